//! The time axis as an SVG picture: the months to scale, a mark per entry at
//! its date (the glyph and colour of its body, as the list's badges), the
//! public comment as a bar, the milestones and the fiscal year's start as
//! labels on stems above the marks. Static markup built as text, so the
//! prerendered page has it without JavaScript and the wasm carries no view
//! code per element; the live page only fades and lights marks by their
//! `data-state`.
//!
//! Horizontal positions are percentages of the width and sizes are pixels,
//! so the axis fits any screen without scaling its text. The labels' rows
//! and sides are laid out for the narrowest screen (`content::axis::flags`),
//! which keeps them apart on every wider one.

use std::fmt::Write;

use crate::content::axis::flags::{place, text_em, Flag, Side, NARROWEST_EM};
use crate::content::axis::Axis;
use crate::content::calendar::{entry_date_text, fiscal_year_label, short_month, YearMonth};
use crate::content::model::Timeline;
use crate::lang::Lang;
use crate::pages::timeline::state::class_token;
use crate::text::escape_html as esc;

/// Height of a row of labels, of a lane of marks (glyphs of 22 px, about
/// 15 px of ink), and the distance from the months' baseline to the years',
/// in pixels. The labels are 12 px on a phone and 14 px on a desktop, and in
/// a Japanese face (first on Japanese pages) a line of text is 1.45 em tall:
/// 20 px at 14 px, so the rows are 20 px apart.
const ROW: u32 = 20;
const LANE: u32 = 18;
/// The months' baseline below the axis line (their 14 px boxes reach about
/// 16 px above it, clear of the lowest marks), and the years' below that.
const MONTH_Y: u32 = 17;
const YEAR_Y: u32 = MONTH_Y + ROW;
/// Milestones labelled on the axis at most (the source has three).
const MAX_LABELS: usize = 4;

/// The glyph of a body, the same in the list's badges (`--body-icon` in
/// `style/main.css`), on the axis, in its legend and on the share card;
/// `tests/timeline_axis.rs` checks they agree. A milestone is a ★
/// everywhere.
pub fn body_glyph(body: &str) -> &'static str {
    match body {
        "direction" => "◎",
        "committee" => "◆",
        "hq" => "■",
        "steering" => "▲",
        "consultation" => "✎",
        _ => "●",
    }
}

/// The milestone's mark, before its name wherever it is named.
pub const MILESTONE_GLYPH: &str = "★";

/// `12.345%`, without float formatting (which would add to the wasm).
fn pct(fraction: f64) -> String {
    let n = (fraction.clamp(0.0, 1.0) * 100_000.0).round() as u32;
    format!("{}.{:03}%", n / 1000, n % 1000)
}

/// A label on a stem: its text, class, where it stands, and the lane of
/// the mark its leader points to (none for the fiscal year's rule).
struct Label {
    text: String,
    class: &'static str,
    at: f64,
    lane: Option<usize>,
}

/// The axis as an `<svg>` element, hidden from assistive technology (the
/// list is the content; the figure's caption sums the axis up and its
/// legend names the marks). Its marks link to their entries but are no tab
/// stops. `page` is the timeline's path: a fragment alone would resolve
/// against the document's `<base>`, the site's home.
pub fn svg(axis: &Axis, timeline: &Timeline, page: &str, lang: Lang) -> String {
    // The milestones (beyond a handful the list names them instead), then
    // the start of each fiscal year.
    let mut labels: Vec<Label> = axis
        .marks
        .iter()
        .filter_map(|m| {
            let entry = timeline.entries.get(m.entry)?;
            let label = timeline.milestone(entry.milestone.as_deref()?)?;
            Some(Label {
                text: format!("{MILESTONE_GLYPH}{}", label.label.get(lang)),
                class: "milestone-label",
                at: m.at,
                lane: Some(m.lane),
            })
        })
        .collect();
    if labels.len() > MAX_LABELS {
        labels.clear();
    }
    labels.extend(axis.fiscal_starts.iter().map(|&(year, at)| Label {
        text: fiscal_year_label(year, lang),
        class: "fy-label",
        at,
        lane: None,
    }));
    let flags: Vec<Flag> = labels
        .iter()
        .map(|l| Flag {
            at: l.at,
            width: text_em(&l.text),
        })
        .collect();
    let placed = place(&flags, NARROWEST_EM);
    let rows = placed.iter().map(|p| p.row as u32 + 1).max().unwrap_or(0);
    // 11 px: the lowest labels' boxes reach 4 px below their baseline (3 px above the row's
    // end), and a 22 px mark's box about 8 px above the lane's top in a Japanese face.
    let marks_top = rows * ROW + 11;
    let lane_y = |lane: usize| marks_top + LANE / 2 + lane as u32 * LANE;
    // 5 px: the lowest marks' boxes reach 6 px below their baseline in a Japanese face.
    let axis_y = marks_top + axis.lanes as u32 * LANE + 5;
    // Room for the years' descent.
    let height = axis_y + YEAR_Y + 6;

    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="axis" width="100%" height="{height}" aria-hidden="true" focusable="false">"#
    );
    // The labels, each on its stem: the fiscal year's a dashed rule down to
    // the axis line, a milestone's a leader down to its mark.
    for (label, p) in labels.iter().zip(&placed) {
        let x = pct(label.at);
        let y = (rows - p.row as u32) * ROW - 3;
        let (class, bottom) = match label.lane {
            Some(lane) => ("leader", lane_y(lane) - 9),
            None => ("fy-rule", axis_y),
        };
        let anchor = match p.side {
            Side::Right => "start",
            Side::Left => "end",
        };
        let _ = write!(
            out,
            r#"<line class="{class}" x1="{x}" x2="{x}" y1="{}" y2="{bottom}"/><text class="{}" x="{x}" y="{y}" text-anchor="{anchor}">{}</text>"#,
            y + 5,
            label.class,
            esc(&label.text),
        );
    }
    // The axis line, a tick between months, month names (every other one
    // is hidden on narrow screens), and the year at its first month.
    let _ = write!(
        out,
        r#"<line class="axis-line" x1="0" x2="100%" y1="{axis_y}" y2="{axis_y}"/>"#
    );
    let many = axis.months.len() > 24;
    for (n, m) in axis.months.iter().enumerate() {
        if m.from > 0.0 {
            let x = pct(m.from);
            let _ = write!(
                out,
                r#"<line class="tick" x1="{x}" x2="{x}" y1="{axis_y}" y2="{}"/>"#,
                axis_y + 5
            );
        }
        if !many {
            let _ = write!(
                out,
                r#"<text class="month{}" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                if n % 2 == 1 { " odd" } else { "" },
                pct((m.from + m.to) / 2.0),
                axis_y + MONTH_Y,
                short_month(m.month.month, lang),
            );
        }
        let year_step = if axis.months.len() > 120 { 5 } else { 1 };
        if n == 0 || (m.month.month == 1 && m.month.year % year_step == 0) {
            let _ = write!(
                out,
                r#"<text class="year" x="{}" y="{}">{}</text>"#,
                pct(m.from),
                axis_y + YEAR_Y,
                year_label(m.month, lang),
            );
        }
    }
    // The marks: a glyph at the date, a bar to the end of a range.
    for m in &axis.marks {
        let Some(entry) = timeline.entries.get(m.entry) else {
            continue;
        };
        let (x, y) = (pct(m.at), lane_y(m.lane));
        let date = entry_date_text(&entry.start, entry.end.as_deref(), &entry.source_date, lang);
        let _ = write!(
            out,
            r##"<a id="axis-{id}" href="{page}#{id}" tabindex="-1" class="axis-mark body-{body}{milestone}"><title>{date} {text}</title>"##,
            id = esc(&entry.id),
            page = esc(page),
            body = class_token(&entry.body),
            milestone = if entry.milestone.is_some() {
                " milestone"
            } else {
                ""
            },
            date = esc(&date),
            text = esc(entry.text.get(lang)),
        );
        if let Some(until) = m.until {
            let _ = write!(
                out,
                r#"<rect class="range" x="{x}" y="{}" width="{}" height="12" rx="6"/>"#,
                y - 6,
                pct(until - m.at),
            );
        }
        // A range's glyph stands just before its bar.
        let anchor = if m.until.is_some() {
            r#"end" dx="-3"#
        } else {
            "middle"
        };
        let _ = write!(
            out,
            r#"<text x="{x}" y="{}" text-anchor="{anchor}">{}</text></a>"#,
            y + 8,
            body_glyph(&entry.body),
        );
    }
    out.push_str("</svg>");
    out
}

fn year_label(ym: YearMonth, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}年", ym.year),
        Lang::En => ym.year.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_written_without_floats() {
        assert_eq!(pct(0.0), "0.000%");
        assert_eq!(pct(0.123456), "12.346%");
        assert_eq!(pct(1.0), "100.000%");
        assert_eq!(pct(2.0), "100.000%");
        assert_eq!(pct(-1.0), "0.000%");
    }
}
