//! The time axis above the timeline's list: the months to scale, a mark per
//! entry at its date (shaped and coloured by body, like the list's badges),
//! the public comment as a bar, the milestones labelled, the start of the
//! fiscal year. Static SVG markup built as text, so the prerendered page has
//! it without JavaScript and the wasm carries no view code per element; the
//! live page only fades and lights marks by their `data-state`.
//!
//! Horizontal positions are percentages of the width and sizes are pixels,
//! so the axis fits any screen without scaling its text.

use std::fmt::Write;

use leptos::prelude::*;

use super::state::{class_token, Parts};
use crate::content::axis::Axis;
use crate::content::calendar::{
    entry_date_text, fiscal_year_label, format_month, short_month, YearMonth,
};
use crate::content::model::Timeline;
use crate::context::use_site;
use crate::lang::Lang;
use crate::navigation::use_navigation;
use crate::routing::Page;
use crate::text::escape_html as esc;

/// Beyond this many entries the axis would be a smear of marks (the list
/// remains the content); it is left out.
const MAX_MARKS: usize = 300;
/// Height of a text row, and of a lane of marks, in pixels.
const ROW: u32 = 18;
const LANE: u32 = 22;
/// Milestones labelled on the axis at most (the source has three).
const MAX_LABELS: usize = 4;

/// The badge glyph of a body, as `style/main.css` gives it to the list
/// (`--body-icon`); `tests/timeline_axis.rs` checks the two agree.
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

/// `12.345%`, without float formatting (which would add to the wasm).
fn pct(fraction: f64) -> String {
    let n = (fraction.clamp(0.0, 1.0) * 100_000.0).round() as u32;
    format!("{}.{:03}%", n / 1000, n % 1000)
}

/// The axis as an `<svg>` element, hidden from assistive technology (the
/// list is the content; the figure's caption sums the axis up). Its marks
/// link to their entries but are no tab stops.
/// `page` is the timeline's path: a fragment alone would resolve against the
/// document's `<base>`, the site's home.
pub fn svg(axis: &Axis, timeline: &Timeline, page: &str, lang: Lang) -> String {
    // Milestone labels above the marks, one row each (close ones, like
    // 原案決定 and プラン決定 a week apart, would overlap). A label runs from
    // its mark towards the middle; rows are ordered so that no leader line
    // crosses another label. Beyond a handful the list names them instead.
    let mut milestones: Vec<(f64, usize, String)> = axis
        .marks
        .iter()
        .filter_map(|m| {
            let entry = timeline.entries.get(m.entry)?;
            let label = timeline.milestone(entry.milestone.as_deref()?)?;
            Some((m.at, m.lane, label.label.get(lang).to_string()))
        })
        .collect();
    if milestones.len() > MAX_LABELS {
        milestones.clear();
    }
    // Outermost on top: right of the middle from the right, left of it from
    // the left. (Counted, not sorted: a sort would add kilobytes to the wasm.)
    let off = |at: f64| (at - 0.5).abs();
    let row_of = |i: usize| {
        let me = off(milestones[i].0);
        milestones
            .iter()
            .enumerate()
            .filter(|&(j, m)| off(m.0) > me || (off(m.0) == me && j < i))
            .count()
    };
    let label_rows = milestones.len() as u32;
    let marks_top = 4 + label_rows * ROW + 6;
    let lane_y = |lane: usize| marks_top + LANE / 2 + lane as u32 * LANE;
    let axis_y = marks_top + axis.lanes as u32 * LANE + 4;
    let height = axis_y + 3 * ROW + 10;

    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="axis" width="100%" height="{height}" aria-hidden="true" focusable="false">"#
    );
    // The fiscal year's start: a dashed rule through the axis, named below.
    for &(year, at) in &axis.fiscal_starts {
        let x = pct(at);
        let _ = write!(
            out,
            r#"<line class="fy-rule" x1="{x}" x2="{x}" y1="{}" y2="{}"/><text class="fy-label" x="{x}" dx="5" y="{}">{}</text>"#,
            marks_top - 4,
            axis_y + 3 * ROW + 2,
            axis_y + 3 * ROW + 2,
            esc(&fiscal_year_label(year, lang)),
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
                axis_y + 6
            );
        }
        if !many {
            let _ = write!(
                out,
                r#"<text class="month{}" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                if n % 2 == 1 { " odd" } else { "" },
                pct((m.from + m.to) / 2.0),
                axis_y + ROW + 3,
                short_month(m.month.month, lang),
            );
        }
        let year_step = if axis.months.len() > 120 { 5 } else { 1 };
        if n == 0 || (m.month.month == 1 && m.month.year % year_step == 0) {
            let _ = write!(
                out,
                r#"<text class="year" x="{}" y="{}">{}</text>"#,
                pct(m.from),
                axis_y + 2 * ROW + 3,
                year_label(m.month, lang),
            );
        }
    }
    // Milestone labels, anchored on the side away from the nearer edge, with
    // a leader down to their mark.
    for (i, (at, lane, label)) in milestones.iter().enumerate() {
        let (at, lane, row) = (*at, *lane, row_of(i));
        let x = pct(at);
        let y = 4 + (row as u32 + 1) * ROW - 4;
        let anchor = if at > 0.5 { "end" } else { "start" };
        let _ = write!(
            out,
            r#"<line class="leader" x1="{x}" x2="{x}" y1="{}" y2="{}"/><text class="milestone-label" x="{x}" y="{y}" text-anchor="{anchor}">★{}</text>"#,
            y + 3,
            lane_y(lane) - 8,
            esc(label),
        );
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
                r#"<rect class="range" x="{x}" y="{}" width="{}" height="10" rx="5"/>"#,
                y - 5,
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
            y + 6,
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

/// The axis in a figure whose caption sums it up. Marks of entries the
/// filters hide fade; the entry under the pointer or focus in the list
/// lights its mark; each mark's link keeps the filters in its query.
#[component]
pub fn TimeAxis(parts: Parts) -> impl IntoView {
    let (timeline, lang) = (parts.timeline(), parts.lang);
    let Some(axis) = shown_axis(&timeline) else {
        return ().into_any();
    };
    let (Some(first), Some(last)) = (axis.months.first(), axis.months.last()) else {
        return ().into_any();
    };
    let caption = (lang.timeline_strings().axis_caption)(
        &format_month(first.month, lang),
        &format_month(last.month, lang),
        axis.marks.len(),
    );
    let markup = svg(&axis, &timeline, &use_site().href(Page::Timeline), lang);
    let figure = NodeRef::<leptos::html::Figure>::new();
    follow_marks(parts, move || figure.get().map(Into::into));
    // An island the take-over keeps as prerendered: only its marks follow.
    view! {
        <figure class="time-axis" node_ref=figure data-island="axis">
            <div class="axis-frame" inner_html=markup></div>
            <figcaption>{caption}</figcaption>
        </figure>
    }
    .into_any()
}

/// The axis of `timeline`, unless it would be a smear of marks.
fn shown_axis(timeline: &Timeline) -> Option<Axis> {
    Axis::new(timeline).filter(|axis| axis.marks.len() <= MAX_MARKS)
}

/// Fades the marks of entries the filter hides and lights the one pointed
/// at in the list, in the axis `figure` (browser only: an effect). The
/// marks are looked up in the figure, not the document: until the live
/// app takes over, the prerendered twin has the same ids.
pub fn follow_marks(parts: Parts, figure: impl Fn() -> Option<web_sys::Element> + 'static) {
    let timeline = parts.timeline();
    let Some(axis) = shown_axis(&timeline) else {
        return;
    };
    let location = use_navigation();
    let marks: Vec<(usize, String)> = axis
        .marks
        .iter()
        .filter_map(|m| Some((m.entry, timeline.entries.get(m.entry)?.id.clone())))
        .collect();
    let total = timeline.entries.len();
    let (outcome, lit) = (parts.state.outcome, parts.lit);
    Effect::new(move |_| {
        let lit = lit.get();
        let shown = outcome.with(|o| {
            let mut shown = vec![false; total];
            for &i in &o.shown {
                if let Some(s) = shown.get_mut(i) {
                    *s = true;
                }
            }
            shown
        });
        // With the query, so a mark keeps the filters, as the list's links do.
        let page = location.path_and_query();
        let Some(figure) = figure() else {
            return;
        };
        for (entry, id) in &marks {
            let Ok(Some(el)) = figure.query_selector(&format!("#axis-{id}")) else {
                continue;
            };
            let _ = el.set_attribute("href", &format!("{page}#{id}"));
            let state = if lit == Some(*entry) {
                "lit"
            } else if shown.get(*entry).copied().unwrap_or(false) {
                ""
            } else {
                "faded"
            };
            let _ = el.set_attribute("data-state", state);
        }
    });
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
