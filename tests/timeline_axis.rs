//! The timeline's time axis as it is built from the shipped `timeline.json`:
//! what the page's SVG holds, and that its marks look like the list's badges.

use std::fs;

use aomori_dx::content::axis::Axis;
use aomori_dx::content::model::Timeline;
use aomori_dx::lang::Lang;
use aomori_dx::pages::timeline::time_axis::{body_glyph, svg};

fn read(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn timeline() -> Timeline {
    serde_json::from_str(&read("public/data/timeline.json")).expect("timeline.json parses")
}

#[test]
fn the_axis_runs_from_march_2023_to_february_2024_with_every_entry() {
    let t = timeline();
    let axis = Axis::new(&t).expect("dated entries");
    assert_eq!(axis.start.iso(), "2023-03-01");
    assert_eq!(axis.end.iso(), "2024-03-01");
    assert_eq!(axis.marks.len(), t.entries.len());
    assert_eq!(axis.fiscal_starts.len(), 1, "1 April 2023");
    // The public comment is the one bar: 28 September to 27 October 2023.
    let bars: Vec<_> = axis.marks.iter().filter(|m| m.until.is_some()).collect();
    assert_eq!(bars.len(), 1);
    assert_eq!(t.entries[bars[0].entry].id, "2023-09-28-public-comment");
}

#[test]
fn the_svg_links_each_mark_to_its_entry_and_labels_the_milestones() {
    let t = timeline();
    let axis = Axis::new(&t).expect("dated entries");
    for (lang, labels) in [
        (Lang::Ja, ["★素案決定", "★原案決定", "★プラン決定"]),
        (
            Lang::En,
            ["★Draft approved", "★Final draft approved", "★Plan adopted"],
        ),
    ] {
        let markup = svg(&axis, &t, "/sub/timeline/", lang);
        assert!(markup.starts_with("<svg ") && markup.ends_with("</svg>"));
        assert!(markup.contains(r#"aria-hidden="true""#));
        for e in &t.entries {
            let link = format!(r##"href="/sub/timeline/#{}" tabindex="-1""##, e.id);
            assert_eq!(markup.matches(&link).count(), 1, "{}", e.id);
        }
        for label in labels {
            assert_eq!(
                markup.matches(&format!(">{label}</text>")).count(),
                1,
                "{label}"
            );
        }
        // Text from the JSON is escaped (the entries' titles hold quotes).
        assert!(!markup.contains("\"Aomori Prefecture DX Promotion Plan\""));
        assert_eq!(markup.matches("<rect ").count(), 1);
    }
}

#[test]
fn each_bodys_mark_is_its_badge_in_the_stylesheet() {
    let css = read("style/main.css");
    let t = timeline();
    for body in &t.bodies {
        let rule = format!(".body-{} {{", body.id);
        let at = css
            .find(&rule)
            .unwrap_or_else(|| panic!("style/main.css has no rule {rule}"));
        let line = css[at..].lines().next().unwrap_or_default();
        let expected = format!("--body-icon: \"{}\";", body_glyph(&body.id));
        assert!(line.contains(&expected), "{line} should set {expected}");
    }
}

/// The number in attribute `name` of the first element that starts with `start`.
fn number(markup: &str, start: &str, name: &str) -> f64 {
    let at = markup
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in the SVG"));
    let rest = &markup[at..];
    let rest = &rest[..rest.find('>').unwrap_or(rest.len())];
    let key = format!(" {name}=\"");
    let from = rest
        .find(&key)
        .map(|i| i + key.len())
        .unwrap_or_else(|| panic!("{start} has no {name}"));
    let value = &rest[from..];
    value[..value.find('"').unwrap_or(value.len())]
        .parse()
        .unwrap_or_else(|e| panic!("{start} {name}: {e}"))
}

#[test]
fn the_fiscal_years_rule_runs_from_its_label_down_to_the_axis_line_not_through_the_months() {
    let t = timeline();
    let axis = Axis::new(&t).expect("dated entries");
    for (lang, label) in [
        (Lang::Ja, "2023(令和5)年度"),
        (Lang::En, "FY2023 (Reiwa 5)"),
    ] {
        let markup = svg(&axis, &t, "/", lang);
        let axis_line = number(&markup, r#"<line class="axis-line""#, "y1");
        assert_eq!(number(&markup, r#"<line class="fy-rule""#, "y2"), axis_line);
        let top = number(&markup, r#"<line class="fy-rule""#, "y1");
        let text = number(&markup, r#"<text class="fy-label""#, "y");
        assert!(text < top && top < axis_line, "{text} {top} {axis_line}");
        assert!(markup.contains(&format!(">{label}</text>")), "{label}");
        // Months and years are below the axis line.
        assert!(number(&markup, r#"<text class="month""#, "y") > axis_line);
        assert!(number(&markup, r#"<text class="year""#, "y") > axis_line);
    }
}
