//! The timeline's time axis to scale: the months the entries span, where
//! each entry falls in them, the fiscal years that begin inside them. Pure
//! geometry (fractions of the axis's length), so the page's SVG and the
//! share card draw the same picture from the same numbers.

pub mod flags;

use super::calendar::{Date, YearMonth};
use super::model::Timeline;

/// Entries closer than this many days go in separate lanes, so their marks
/// (glyphs about 15 px wide) stay apart even on a 320 px screen, where a
/// year is about 270 px.
const LANE_GAP_DAYS: f64 = 26.0;

/// At most this many lanes: a dense file overlaps rather than grows tall.
const MAX_LANES: usize = 3;

/// The axis of a timeline: whole months, from the month of the first entry
/// to the month in which the last one ends.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The first day shown (the first of a month).
    pub start: Date,
    /// The first day after the axis (the first of a month).
    pub end: Date,
    pub months: Vec<Month>,
    /// Each fiscal year that begins (1 April) inside the axis, not at its
    /// very start, and where.
    pub fiscal_starts: Vec<(i32, f64)>,
    /// One per dated entry, in the entries' order.
    pub marks: Vec<Mark>,
    /// How many lanes the marks need (at least 1).
    pub lanes: usize,
}

/// A month on the axis: where it starts and ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Month {
    pub month: YearMonth,
    pub from: f64,
    pub to: f64,
}

/// An entry on the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// The entry's index in the timeline.
    pub entry: usize,
    /// Where its (start) date falls, the middle of that day.
    pub at: f64,
    /// Where a range ends (the middle of its last day).
    pub until: Option<f64>,
    /// Which lane it is drawn in, 0 first.
    pub lane: usize,
}

impl Axis {
    /// The axis of `timeline`; `None` when no entry has a valid date.
    pub fn new(timeline: &Timeline) -> Option<Axis> {
        let dated: Vec<(usize, Date, Option<Date>)> = timeline
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let start = Date::parse(&e.start)?;
                let end = e
                    .end
                    .as_deref()
                    .and_then(Date::parse)
                    .filter(|&d| d > start);
                Some((i, start, end))
            })
            .collect();
        let first = dated.iter().map(|&(_, s, _)| s).min()?;
        let last = dated.iter().map(|&(_, s, e)| e.unwrap_or(s)).max()?;
        let start = first_of_month(first);
        let end = next_month(first_of_month(last));
        let span = (end.days() - start.days()) as f64;
        let at = |d: Date| (d.days() - start.days()) as f64 / span;
        let mid = |d: Date| (d.days() - start.days()) as f64 / span + 0.5 / span;

        let mut months = Vec::new();
        let mut m = start;
        while m < end {
            let next = next_month(m);
            months.push(Month {
                month: YearMonth {
                    year: m.year,
                    month: m.month,
                },
                from: at(m),
                to: at(next),
            });
            m = next;
        }
        let fiscal_starts = months
            .iter()
            .filter(|m| m.month.month == 4 && m.from > 0.0)
            .map(|m| (m.month.year, m.from))
            .collect();
        let spans: Vec<(f64, f64)> = dated
            .iter()
            .map(|&(_, s, e)| (mid(s), e.map_or(mid(s), mid)))
            .collect();
        let lane_of = lanes(&spans, LANE_GAP_DAYS / span, MAX_LANES);
        let marks = dated
            .iter()
            .zip(&lane_of)
            .map(|(&(entry, s, e), &lane)| Mark {
                entry,
                at: mid(s),
                until: e.map(mid),
                lane,
            })
            .collect();
        Some(Axis {
            start,
            end,
            months,
            fiscal_starts,
            marks,
            lanes: lane_of.iter().max().map_or(1, |l| l + 1),
        })
    }
}

/// Lanes for spans `(from, to)` given oldest first: each goes in the first
/// lane whose last span ended at least `gap` before it starts; with every
/// lane busy (a dense file) and `max` lanes in use, in the lane free
/// soonest. Greedy, so the same input always gives the same picture.
pub fn lanes(spans: &[(f64, f64)], gap: f64, max: usize) -> Vec<usize> {
    let mut ends: Vec<f64> = Vec::new();
    spans
        .iter()
        .map(|&(from, to)| {
            let lane = match ends.iter().position(|&end| from - end >= gap) {
                Some(lane) => lane,
                None if ends.len() < max.max(1) => {
                    ends.push(f64::NEG_INFINITY);
                    ends.len() - 1
                }
                None => (0..ends.len())
                    .min_by(|&a, &b| ends[a].total_cmp(&ends[b]))
                    .unwrap_or(0),
            };
            if let Some(end) = ends.get_mut(lane) {
                *end = end.max(to);
            }
            lane
        })
        .collect()
}

fn first_of_month(d: Date) -> Date {
    Date { day: 1, ..d }
}

fn next_month(d: Date) -> Date {
    if d.month == 12 {
        Date {
            year: d.year + 1,
            month: 1,
            day: 1,
        }
    } else {
        Date {
            month: d.month + 1,
            day: 1,
            ..d
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{Body, Entry, Text};

    fn entry(start: &str, end: Option<&str>) -> Entry {
        Entry {
            id: format!("e-{start}"),
            start: start.into(),
            end: end.map(Into::into),
            source_date: start.into(),
            text: Text::default(),
            body: "b".into(),
            milestone: None,
        }
    }

    fn timeline(entries: Vec<Entry>) -> Timeline {
        Timeline {
            bodies: vec![Body {
                id: "b".into(),
                label: Text::default(),
            }],
            milestones: vec![],
            entries,
        }
    }

    #[test]
    fn spans_whole_months_from_the_first_entry_to_the_end_of_the_last() {
        let t = timeline(vec![
            entry("2023-03-07", None),
            entry("2023-09-28", Some("2023-10-27")),
            entry("2024-02-29", None),
        ]);
        let axis = Axis::new(&t).expect("dated entries");
        assert_eq!(axis.start.iso(), "2023-03-01");
        assert_eq!(axis.end.iso(), "2024-03-01");
        assert_eq!(axis.months.len(), 12);
        assert_eq!(axis.months[0].from, 0.0);
        assert_eq!(axis.months[11].to, 1.0);
        // To scale: 31 days of March out of 366 (2024 is a leap year).
        assert!((axis.months[0].to - 31.0 / 366.0).abs() < 1e-12);
        // The fiscal year 2023 begins on 1 April, right after March.
        assert_eq!(axis.fiscal_starts, vec![(2023, 31.0 / 366.0)]);
        // The range has an end; marks are in date order.
        assert!(axis.marks[1].until.is_some_and(|u| u > axis.marks[1].at));
        assert!(axis.marks.windows(2).all(|w| w[0].at < w[1].at));
        assert!(axis.marks[2].at < 1.0);
    }

    #[test]
    fn entries_a_week_apart_take_different_lanes() {
        let t = timeline(vec![
            entry("2023-06-02", None),
            entry("2024-02-22", None),
            entry("2024-02-29", None),
        ]);
        let axis = Axis::new(&t).expect("dated entries");
        assert_eq!(axis.marks[0].lane, 0);
        assert_eq!(axis.marks[1].lane, 0);
        assert_eq!(axis.marks[2].lane, 1);
        assert_eq!(axis.lanes, 2);
    }

    #[test]
    fn undated_entries_are_left_out_and_none_gives_no_axis() {
        let t = timeline(vec![entry("someday", None), entry("2023-05-10", None)]);
        let axis = Axis::new(&t).expect("one dated entry");
        assert_eq!(axis.marks.len(), 1);
        assert_eq!(axis.marks[0].entry, 1);
        assert_eq!(axis.months.len(), 1);
        assert!(axis.fiscal_starts.is_empty());
        assert!(Axis::new(&timeline(vec![entry("x", None)])).is_none());
        assert!(Axis::new(&timeline(vec![])).is_none());
    }

    #[test]
    fn a_range_keeps_its_lane_clear_until_it_ends() {
        let spans = [(0.1, 0.3), (0.2, 0.2), (0.35, 0.35), (0.5, 0.5)];
        assert_eq!(lanes(&spans, 0.03, 3), vec![0, 1, 0, 0]);
        assert_eq!(lanes(&spans, 0.06, 3), vec![0, 1, 1, 0]);
    }

    #[test]
    fn a_dense_file_stays_within_the_lanes_allowed() {
        let spans: Vec<(f64, f64)> = (0..100)
            .map(|i| (i as f64 / 1000.0, i as f64 / 1000.0))
            .collect();
        let lane_of = lanes(&spans, 0.05, 3);
        assert!(lane_of.iter().all(|&l| l < 3));
        assert_eq!(&lane_of[..4], &[0, 1, 2, 0]);
        assert_eq!(lanes(&spans[..2], 0.05, 0), vec![0, 0]);
    }
}
