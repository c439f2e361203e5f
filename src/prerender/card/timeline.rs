//! The timeline's card: the months from the first entry to the last to
//! scale (`content::axis`, the same geometry as the page), one mark per
//! entry in its body's shape and colour (the page's glyphs ◎◆■▲✎, drawn,
//! since the card's font lacks ✎), a range as a bar, the milestones
//! labelled with the page's ★, and a legend of the bodies and the ★.

use super::draw::{baseline, Anchor, Canvas, Style, BAND, HEIGHT, MARGIN, MUTED, TEXT, WIDTH};
use super::marks::{body_colour, body_shape};
use super::wrap::{fit, Measure, Weight};
use crate::content::axis::{lanes, Axis};
use crate::content::model::{Entry, Timeline};
use crate::lang::Lang;
use crate::pages::timeline::time_axis::MILESTONE_GLYPH;

/// A mark's radius, the distance between lanes, between label rows.
const MARK: f32 = 14.0;
const LANE: f32 = 44.0;
const ROW: f32 = 42.0;
/// Text sizes: milestone labels; months, years and the legend.
const LABEL: f32 = 28.0;
const SMALL: f32 = 26.0;

/// Draws the timeline's card below the band.
pub(super) fn draw(canvas: &mut Canvas, lang: Lang, timeline: &Timeline, measure: &dyn Measure) {
    let (t, c) = (lang.strings(), lang.card_strings());
    let head = fit(
        measure,
        t.page_timeline,
        Weight::Bold,
        WIDTH - 2.0 * MARGIN,
        44.0..=56.0,
        1,
    );
    let style = Style::new(head.size, Weight::Bold, TEXT);
    let title_y = baseline(BAND + 40.0, head.size);
    canvas.text(MARGIN, title_y, style, &head.lines.concat());
    let Some(axis) = Axis::new(timeline) else {
        return;
    };
    // The axis is inset by a mark's radius, so marks at its ends stay inside the margins.
    let (left, right) = (MARGIN + MARK, WIDTH - MARGIN - MARK);
    let x = |fraction: f64| left + fraction as f32 * (right - left);
    // Lanes for the card's own marks (the page's are for glyphs on a phone): marks closer than
    // a mark and a half, or a range's pencil and a mark before it, take separate lanes.
    let spans: Vec<(f64, f64)> = axis
        .marks
        .iter()
        .map(|m| (m.at, m.until.unwrap_or(m.at)))
        .collect();
    let lane_of = lanes(&spans, f64::from(3.0 * MARK / (right - left)), 3);
    let lane_count = lane_of.iter().max().map_or(1, |l| l + 1);
    let marks: Vec<(&Entry, f32, Option<f32>, usize)> = axis
        .marks
        .iter()
        .zip(&lane_of)
        .filter_map(|(m, &lane)| {
            let entry = timeline.entries.get(m.entry)?;
            Some((entry, x(m.at), m.until.map(x), lane))
        })
        .collect();
    let milestones: Vec<(f32, usize, String)> = marks
        .iter()
        .filter_map(|&(entry, cx, _, lane)| {
            let milestone = timeline.milestone(entry.milestone.as_deref()?)?;
            Some((
                cx,
                lane,
                format!("{MILESTONE_GLYPH}{}", milestone.label.get(lang)),
            ))
        })
        .collect();
    let labels = label_rows(&milestones, measure);
    let rows = labels.iter().map(|l| l.3 + 1).max().unwrap_or(0) as f32;
    let legend = legend_rows(timeline, &marks, !milestones.is_empty(), lang, measure);

    // Heights around the axis line: labels and lanes above, months, years and legend below.
    let lanes = lane_count as f32;
    let above = (lanes - 1.0) * LANE + MARK + 26.0 + (rows - 1.0).max(0.0) * ROW + LABEL;
    let below = 46.0 + 40.0 + 62.0 + (legend.len() as f32 - 1.0) * 40.0;
    let (top, bottom) = (title_y + 40.0, HEIGHT - 44.0);
    let axis_y = (top + (bottom - top - above - below) / 2.0 + above).round();
    let (months_y, years_y) = (axis_y + 46.0, axis_y + 86.0);
    let lane_y = |lane: usize| axis_y - lane as f32 * LANE;

    for (row, items) in legend.iter().enumerate() {
        let y = years_y + 62.0 + row as f32 * 40.0;
        for (at, id, label) in items {
            if id.is_empty() {
                canvas.text(
                    *at,
                    y,
                    Style::new(SMALL, Weight::Bold, TEXT),
                    MILESTONE_GLYPH,
                );
            } else {
                canvas.shape(&body_shape(id, at + 11.0, y - 9.0, 10.0));
            }
            canvas.text(
                at + 28.0,
                y,
                Style::new(SMALL, Weight::Regular, MUTED),
                label,
            );
        }
    }
    canvas.shape(&format!(
        "<path d=\"M{left} {axis_y}H{right}\" stroke=\"{MUTED}\" stroke-width=\"3\"/>"
    ));
    let month_style = Style::new(SMALL, Weight::Regular, MUTED).anchor(Anchor::Middle);
    let year_style = Style::new(SMALL, Weight::Bold, TEXT);
    for (i, month) in axis.months.iter().enumerate() {
        let new_year = i == 0 || month.month.month == 1;
        let tick = if new_year {
            years_y - 22.0
        } else {
            axis_y + 14.0
        };
        let from = x(month.from);
        canvas.shape(&format!(
            "<path d=\"M{from} {axis_y}V{tick}\" stroke=\"{MUTED}\" stroke-width=\"2\"/>"
        ));
        let middle = x((month.from + month.to) / 2.0);
        canvas.text(
            middle,
            months_y,
            month_style,
            &(c.axis_month)(month.month.month),
        );
        if new_year {
            canvas.text(
                from + 8.0,
                years_y,
                year_style,
                &(c.axis_year)(month.month.year),
            );
        }
    }
    canvas.shape(&format!(
        "<path d=\"M{right} {axis_y}v14\" stroke=\"{MUTED}\" stroke-width=\"2\"/>"
    ));

    // Marks above the axis stand on a stem down to their date.
    for &(entry, cx, until, lane) in &marks {
        let (cy, colour) = (lane_y(lane), body_colour(&entry.body));
        if lane > 0 {
            canvas.shape(&format!(
                "<path d=\"M{cx} {cy}V{axis_y}\" stroke=\"{colour}\" stroke-width=\"3\"/>"
            ));
        }
        // A range is a bar from its start to its end, its glyph just before it (as on the page).
        if let Some(until) = until {
            canvas.shape(&format!(
                "<rect x=\"{cx}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{colour}\" stroke=\"#ffffff\" stroke-width=\"3\"/>",
                cy - MARK * 0.6,
                until - cx + MARK * 0.6,
                1.2 * MARK,
                MARK * 0.6
            ));
        }
        let at = if until.is_some() { cx - MARK - 4.0 } else { cx };
        canvas.shape(&body_shape(&entry.body, at, cy, MARK));
    }
    let top_lane = lane_y(lane_count - 1);
    for (cx, lane, label, row, anchor) in &labels {
        let (cx, lane, row, anchor) = (*cx, *lane, *row, *anchor);
        let y = top_lane - MARK - 26.0 - row as f32 * ROW;
        canvas.shape(&format!(
            "<path d=\"M{cx} {}V{}\" stroke=\"{TEXT}\" stroke-width=\"2\"/>",
            lane_y(lane) - MARK - 4.0,
            y + 8.0
        ));
        canvas.text(
            cx,
            y,
            Style::new(LABEL, Weight::Bold, TEXT).anchor(anchor),
            label,
        );
    }
}

/// What the timeline's card shows: the months it spans, how many entries,
/// the body whose entry is a range, the milestones.
pub(super) fn alt(lang: Lang, timeline: &Timeline) -> String {
    let (t, c) = (lang.strings(), lang.card_strings());
    let Some(axis) = Axis::new(timeline) else {
        return t.page_timeline.to_string();
    };
    let month = |m: Option<&crate::content::axis::Month>| {
        m.map(|m| (c.month)(m.month.year, m.month.month))
            .unwrap_or_default()
    };
    let entries = || {
        axis.marks
            .iter()
            .filter_map(|m| timeline.entries.get(m.entry))
    };
    let range = axis
        .marks
        .iter()
        .filter(|m| m.until.is_some())
        .filter_map(|m| timeline.entries.get(m.entry))
        .find_map(|e| timeline.body(&e.body))
        .map(|b| b.label.get(lang));
    let milestones: Vec<&str> = entries()
        .filter_map(|e| e.milestone.as_deref().and_then(|m| timeline.milestone(m)))
        .map(|m| m.label.get(lang))
        .collect();
    (c.alt_timeline)(
        &month(axis.months.first()),
        &month(axis.months.last()),
        axis.marks.len(),
        range,
        &milestones,
    )
}

/// The bodies that have marks, laid out in rows: where each item starts,
/// its id and its label.
/// The milestones' item, last, has no id; it is left out rather than put
/// on a fourth row.
fn legend_rows<'a>(
    timeline: &'a Timeline,
    marks: &[(&Entry, f32, Option<f32>, usize)],
    milestones: bool,
    lang: Lang,
    measure: &dyn Measure,
) -> Vec<Vec<(f32, &'a str, &'a str)>> {
    let used = |id: &str| marks.iter().any(|m| m.0.body == id);
    let mut rows: Vec<Vec<(f32, &str, &str)>> = vec![Vec::new()];
    let mut at = MARGIN;
    let star = milestones.then_some(("", lang.timeline_strings().axis_milestone));
    let items = timeline
        .bodies
        .iter()
        .filter(|b| used(&b.id))
        .map(|b| (b.id.as_str(), b.label.get(lang)))
        .chain(star);
    for (id, label) in items {
        let item = 28.0 + measure.width(label, SMALL, Weight::Regular);
        if at + item > WIDTH - MARGIN && at > MARGIN {
            // The ★ in three rows at most: its labels name it, and a fourth
            // row would push the legend off the card.
            if id.is_empty() && rows.len() >= 3 {
                break;
            }
            rows.push(Vec::new());
            at = MARGIN;
        }
        if let Some(row) = rows.last_mut() {
            row.push((at, id, label));
        }
        at += item + 36.0;
    }
    rows
}

/// Rows for the milestones' labels above their marks (row 0 lowest), so
/// that no label covers another or another's leader line: the first row
/// where it fits, in date order. Labels near the ends are aligned to their
/// mark's side so they stay on the card.
fn label_rows<'a>(
    milestones: &'a [(f32, usize, String)],
    measure: &dyn Measure,
) -> Vec<(f32, usize, &'a str, usize, Anchor)> {
    let mut placed: Vec<(f32, usize, &str, usize, Anchor)> = Vec::new();
    let mut extents: Vec<(f32, f32)> = Vec::new();
    for (x, lane, label) in milestones {
        let (x, lane, label) = (*x, *lane, label.as_str());
        let w = measure.width(label, LABEL, Weight::Bold);
        let (anchor, from) = if x - w / 2.0 < MARGIN + 120.0 {
            (Anchor::Start, x)
        } else if x + w / 2.0 > WIDTH - MARGIN - 120.0 {
            (Anchor::End, x - w)
        } else {
            (Anchor::Middle, x - w / 2.0)
        };
        let to = from + w;
        let free = |row: usize| {
            placed.iter().zip(&extents).all(|(p, &(a, b))| {
                let apart = to + 20.0 < a || b + 20.0 < from;
                match p.3.cmp(&row) {
                    std::cmp::Ordering::Equal => apart,
                    // A higher label's leader passes this row; this label's leader passes lower rows.
                    std::cmp::Ordering::Greater => p.0 < from - 12.0 || p.0 > to + 12.0,
                    std::cmp::Ordering::Less => x < a - 12.0 || x > b + 12.0,
                }
            })
        };
        let row = (0..=placed.len())
            .find(|&r| free(r))
            .unwrap_or(placed.len());
        placed.push((x, lane, label, row, anchor));
        extents.push((from, to));
    }
    placed
}
