//! Open data downloads of timeline entries: CSV following the Japanese
//! government's rules for machine-readable data (UTF-8 with BOM, one header
//! row, one row per entry, ISO 8601 dates, no line breaks inside cells,
//! RFC 4180 quoting, CRLF), and JSON in the same shape as `timeline.json`.

use super::model::{Entry, Timeline};
use crate::lang::Lang;

/// One CSV cell: line breaks become spaces; quoted (with doubled quotes)
/// when it holds a comma, a quote or leading/trailing space.
pub fn cell(value: &str) -> String {
    let flat: String = value
        .replace("\r\n", " ")
        .chars()
        .map(|c| {
            if matches!(c, '\r' | '\n' | '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    if flat.contains([',', '"']) || flat.starts_with(' ') || flat.ends_with(' ') {
        format!("\"{}\"", flat.replace('"', "\"\""))
    } else {
        flat
    }
}

fn label<'a>(
    items: impl Iterator<Item = (&'a str, &'a super::model::Text)>,
    id: &str,
    lang: Lang,
) -> String {
    items
        .into_iter()
        .find(|(i, _)| *i == id)
        .map(|(_, t)| t.get(lang).to_string())
        .unwrap_or_default()
}

/// The CSV file for `entries`, headers in `lang`.
pub fn to_csv<'a>(
    timeline: &Timeline,
    entries: impl Iterator<Item = &'a Entry>,
    lang: Lang,
) -> String {
    let header: [&str; 9] = match lang {
        Lang::Ja => [
            "ID",
            "開始日",
            "終了日",
            "区分ID",
            "区分",
            "決定事項",
            "内容",
            "内容(英語)",
            "出典の日付表記",
        ],
        Lang::En => [
            "id",
            "start_date",
            "end_date",
            "body_id",
            "body",
            "milestone",
            "text_ja",
            "text_en",
            "source_date",
        ],
    };
    let mut out = String::from("\u{FEFF}");
    out.push_str(&header.map(cell).join(","));
    out.push_str("\r\n");
    for e in entries {
        let body = label(
            timeline.bodies.iter().map(|b| (b.id.as_str(), &b.label)),
            &e.body,
            lang,
        );
        let milestone = e
            .milestone
            .as_deref()
            .map(|m| {
                label(
                    timeline
                        .milestones
                        .iter()
                        .map(|x| (x.id.as_str(), &x.label)),
                    m,
                    lang,
                )
            })
            .unwrap_or_default();
        let row = [
            e.id.as_str(),
            &e.start,
            e.end.as_deref().unwrap_or(&e.start),
            &e.body,
            &body,
            &milestone,
            &e.text.ja,
            &e.text.en,
            &e.source_date,
        ];
        out.push_str(&row.map(cell).join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON file shaped like `timeline.json`, holding only `entries`.
pub fn to_json<'a>(timeline: &Timeline, entries: impl Iterator<Item = &'a Entry>) -> String {
    let subset = Timeline {
        bodies: timeline.bodies.clone(),
        milestones: timeline.milestones.clone(),
        entries: entries.cloned().collect(),
    };
    pretty_json(&subset)
}

/// Natively serde_json writes the JSON.
#[cfg(not(target_arch = "wasm32"))]
fn pretty_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// In the browser its own `JSON.stringify` writes it, from the value serde
/// builds: serde_json's writer stays out of the wasm. Two-space indents, as
/// natively.
#[cfg(target_arch = "wasm32")]
fn pretty_json(value: &impl serde::Serialize) -> String {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .ok()
        .and_then(|v| {
            js_sys::JSON::stringify_with_replacer_and_space(
                &v,
                &wasm_bindgen::JsValue::NULL,
                &2.into(),
            )
            .ok()
        })
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{Body, Milestone, Text};

    fn t(ja: &str, en: &str) -> Text {
        Text {
            ja: ja.into(),
            en: en.into(),
        }
    }

    fn timeline() -> Timeline {
        Timeline {
            bodies: vec![Body {
                id: "committee".into(),
                label: t("策定委員会", "Planning Committee"),
            }],
            milestones: vec![Milestone {
                id: "draft".into(),
                label: t("素案決定", "Draft approved"),
            }],
            entries: vec![
                Entry {
                    id: "x".into(),
                    start: "2023-09-28".into(),
                    end: Some("2023-10-27".into()),
                    source_date: "2023.9.28~10.27".into(),
                    text: t("素案, \"意見\"\n募集", "Say \"hi\", ok"),
                    body: "committee".into(),
                    milestone: Some("draft".into()),
                },
                Entry {
                    id: "y".into(),
                    start: "2024-02-29".into(),
                    end: None,
                    source_date: "2024.2.29".into(),
                    text: t("決定", "Adopted"),
                    body: "committee".into(),
                    milestone: None,
                },
            ],
        }
    }

    #[test]
    fn cells_are_quoted_per_rfc_4180_without_line_breaks() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("line\r\nbreak\nand\rmore"), "line break and more");
        assert_eq!(cell(" padded"), "\" padded\"");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn csv_has_bom_one_header_iso_dates_and_crlf() {
        let tl = timeline();
        let csv = to_csv(&tl, tl.entries.iter(), Lang::Ja);
        assert!(csv.starts_with("\u{FEFF}ID,開始日,終了日,"));
        let rows: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert_eq!(
            rows.len(),
            4,
            "header, two rows, and the empty string after the last CRLF"
        );
        assert_eq!(rows[3], "");
        assert_eq!(
            rows[1],
            "x,2023-09-28,2023-10-27,committee,策定委員会,素案決定,\"素案, \"\"意見\"\" 募集\",\"Say \"\"hi\"\", ok\",2023.9.28~10.27"
        );
        assert_eq!(
            rows[2],
            "y,2024-02-29,2024-02-29,committee,策定委員会,,決定,Adopted,2024.2.29"
        );
        assert!(!csv
            .trim_end_matches("\r\n")
            .replace("\r\n", "")
            .contains('\n'));
    }

    #[test]
    fn csv_headers_follow_the_language() {
        let tl = timeline();
        let csv = to_csv(&tl, tl.entries.iter().take(1), Lang::En);
        assert!(csv.starts_with(
            "\u{FEFF}id,start_date,end_date,body_id,body,milestone,text_ja,text_en,source_date\r\n"
        ));
        assert!(csv.contains(",Planning Committee,Draft approved,"));
    }

    /// 区分, as the timeline page's filter calls it (not 会議体: not every
    /// type is a meeting body).
    #[test]
    fn japanese_csv_header_names_the_type_column_kubun() {
        let tl = timeline();
        let csv = to_csv(&tl, tl.entries.iter().take(1), Lang::Ja);
        assert!(csv.starts_with(
            "\u{FEFF}ID,開始日,終了日,区分ID,区分,決定事項,内容,内容(英語),出典の日付表記\r\n"
        ));
        assert!(!csv.contains("会議体"));
    }

    #[test]
    fn json_export_round_trips_through_the_loader() {
        let tl = timeline();
        let json = to_json(&tl, tl.entries.iter().skip(1));
        let back: Timeline = crate::content::load::parse(&json).expect("valid timeline JSON");
        assert_eq!(back.entries, tl.entries[1..]);
        assert_eq!(back.bodies, tl.bodies);
    }
}
