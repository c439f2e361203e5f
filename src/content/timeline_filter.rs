//! The timeline's filters: parsing them from the URL and writing them back,
//! applying them to the entries, counting per body, and grouping by fiscal
//! year. Everything is linear in the number of entries.

use super::calendar::{Date, YearMonth};
use super::model::{Entry, Timeline};
use super::query::{encode, pairs};
use super::search::{terms, Searchable};
use crate::lang::Lang;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Oldest first.
    #[default]
    Asc,
    /// Newest first.
    Desc,
}

/// The filter state, as it appears in the URL:
/// `?body=committee,hq&q=素案&from=2023-06&to=2023-12&sort=desc`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Selected body ids in the timeline's order; empty means all.
    pub bodies: Vec<String>,
    pub q: String,
    pub from: Option<YearMonth>,
    pub to: Option<YearMonth>,
    pub sort: Sort,
}

/// A parsed filter and what in the query could not be used.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub filter: Filter,
    /// `key=value` of each ignored parameter or value, for a quiet notice.
    pub ignored: Vec<String>,
}

impl Filter {
    /// Parses a query string. Unknown keys, unknown body ids and malformed
    /// values are ignored and reported; a repeated key keeps its last value.
    pub fn parse(search: &str, known_bodies: &[&str]) -> Parsed {
        let mut filter = Filter::default();
        let mut ignored = Vec::new();
        let mut bodies: Vec<&str> = Vec::new();
        for (key, value) in pairs(search) {
            match key.as_str() {
                "body" => {
                    bodies.clear();
                    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        match known_bodies.iter().find(|known| **known == id) {
                            Some(known) => bodies.push(known),
                            None => ignored.push(format!("body={id}")),
                        }
                    }
                }
                "q" => filter.q = value,
                "from" | "to" => match YearMonth::parse(value.trim()) {
                    Some(ym) if key == "from" => filter.from = Some(ym),
                    Some(ym) => filter.to = Some(ym),
                    None if value.is_empty() => {}
                    None => ignored.push(format!("{key}={value}")),
                },
                "sort" => match value.as_str() {
                    "asc" | "desc" => filter.sort = Sort::from_value(&value),
                    _ => ignored.push(format!("sort={value}")),
                },
                // The poem's parameter may come along through the language switch.
                _ => ignored.push(if value.is_empty() {
                    key
                } else {
                    format!("{key}={value}")
                }),
            }
        }
        // Canonical order and no duplicates, so equal filters give equal URLs.
        filter.bodies = known_bodies
            .iter()
            .filter(|known| bodies.contains(known))
            .map(|s| s.to_string())
            .collect();
        Parsed { filter, ignored }
    }

    /// The query string (without `?`), with only non-default values.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.bodies.is_empty() {
            let ids: Vec<String> = self.bodies.iter().map(|b| encode(b)).collect();
            parts.push(format!("body={}", ids.join(",")));
        }
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        if let Some(from) = self.from {
            parts.push(format!("from={}", from.iso()));
        }
        if let Some(to) = self.to {
            parts.push(format!("to={}", to.iso()));
        }
        if self.sort != Sort::default() {
            parts.push(format!("sort={}", self.sort.as_str()));
        }
        parts.join("&")
    }

    /// How many filters narrow the list: the search, each body chosen, each
    /// end of the period (the order narrows nothing).
    pub fn active_count(&self) -> usize {
        usize::from(!self.q.trim().is_empty())
            + self.bodies.len()
            + usize::from(self.from.is_some())
            + usize::from(self.to.is_some())
    }

    pub fn is_default(&self) -> bool {
        *self == Filter::default()
    }

    /// Selects the body `id` if it is not selected, or unselects it, keeping
    /// the bodies in the canonical order that [`Filter::parse`] gives.
    pub fn toggle_body(&mut self, id: &str, known_bodies: &[&str]) {
        let selected = |known: &str| (known == id) != self.bodies.iter().any(|b| b == known);
        self.bodies = known_bodies
            .iter()
            .filter(|known| selected(known))
            .map(|s| s.to_string())
            .collect();
    }
}

impl Sort {
    /// The value in the URL and in the sort control.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Asc => "asc",
            Sort::Desc => "desc",
        }
    }

    /// The sort a control's value names; anything else is the default.
    pub fn from_value(value: &str) -> Sort {
        if value == "desc" {
            Sort::Desc
        } else {
            Sort::Asc
        }
    }
}

/// One entry prepared for filtering: parsed dates and searchable texts.
#[derive(Clone, Debug)]
struct Prepared {
    start: Date,
    end: Date,
    ja: Searchable,
    en: Searchable,
}

/// The entries prepared once, searched on every keystroke.
#[derive(Clone, Debug)]
pub struct Index {
    prepared: Vec<Prepared>,
}

impl Index {
    /// Entries whose dates do not parse are left out of every result; the
    /// loader rejects such files before this is built.
    pub fn new(timeline: &Timeline) -> Index {
        let prepared = timeline
            .entries
            .iter()
            .map(|e| {
                let start = Date::parse(&e.start).unwrap_or(Date {
                    year: 0,
                    month: 1,
                    day: 1,
                });
                let end = e.end.as_deref().and_then(Date::parse).unwrap_or(start);
                Prepared {
                    start,
                    end,
                    ja: Searchable::new(&e.text.ja),
                    en: Searchable::new(&e.text.en),
                }
            })
            .collect();
        Index { prepared }
    }

    fn searchable(&self, i: usize, lang: Lang) -> Option<&Searchable> {
        self.prepared.get(i).map(|p| match lang {
            Lang::Ja => &p.ja,
            Lang::En => &p.en,
        })
    }

    /// Byte ranges to mark in entry `i`'s text for the search terms.
    pub fn marks(&self, i: usize, lang: Lang, terms: &[String]) -> Vec<std::ops::Range<usize>> {
        self.searchable(i, lang)
            .map(|s| s.ranges(terms))
            .unwrap_or_default()
    }

    pub fn start(&self, i: usize) -> Option<Date> {
        self.prepared.get(i).map(|p| p.start)
    }
}

/// Tests one entry against everything but the body filter.
fn matches_rest(p: &Prepared, search: &Searchable, terms: &[String], filter: &Filter) -> bool {
    let after_from = filter.from.is_none_or(|from| p.end >= from.first_day());
    let before_to = filter.to.is_none_or(|to| p.start <= to.last_day());
    after_from && before_to && search.matches_all(terms)
}

/// The result of applying a filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Indices into `Timeline::entries`, in display order.
    pub shown: Vec<usize>,
    /// For each of `Timeline::bodies`: entries that would show if that body
    /// were the only one selected (the other filters applied).
    pub body_counts: Vec<usize>,
}

pub fn apply(timeline: &Timeline, index: &Index, filter: &Filter, lang: Lang) -> Outcome {
    let terms = terms(&filter.q);
    let mut body_counts = vec![0; timeline.bodies.len()];
    let mut shown = Vec::new();
    for (i, (entry, prepared)) in timeline.entries.iter().zip(&index.prepared).enumerate() {
        let search = match lang {
            Lang::Ja => &prepared.ja,
            Lang::En => &prepared.en,
        };
        if !matches_rest(prepared, search, &terms, filter) {
            continue;
        }
        let body = timeline.bodies.iter().position(|b| b.id == entry.body);
        if let Some(b) = body {
            body_counts[b] += 1;
        }
        if filter.bodies.is_empty() || filter.bodies.contains(&entry.body) {
            shown.push(i);
        }
    }
    // Stable sort by date keeps the file's order for entries of one day.
    shown.sort_by_key(|&i| index.prepared[i].start);
    if filter.sort == Sort::Desc {
        shown.reverse();
    }
    Outcome { shown, body_counts }
}

/// Splits entries (already in display order) into runs of one fiscal year.
pub fn group_by_fiscal_year(shown: &[usize], index: &Index) -> Vec<(i32, Vec<usize>)> {
    let mut groups: Vec<(i32, Vec<usize>)> = Vec::new();
    for &i in shown {
        let fy = index.start(i).map(Date::fiscal_year).unwrap_or_default();
        match groups.last_mut() {
            Some((year, members)) if *year == fy => members.push(i),
            _ => groups.push((fy, vec![i])),
        }
    }
    groups
}

/// The entries at `indices`, for downloads.
pub fn select<'a>(
    timeline: &'a Timeline,
    indices: &'a [usize],
) -> impl Iterator<Item = &'a Entry> + 'a {
    indices.iter().filter_map(|&i| timeline.entries.get(i))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::model::{Body, Milestone, Text};

    const BODIES: [&str; 5] = ["direction", "committee", "hq", "steering", "consultation"];

    fn text(ja: &str, en: &str) -> Text {
        Text {
            ja: ja.into(),
            en: en.into(),
        }
    }

    fn entry(id: &str, start: &str, end: Option<&str>, body: &str, ja: &str) -> Entry {
        Entry {
            id: id.into(),
            start: start.into(),
            end: end.map(Into::into),
            source_date: start.into(),
            text: text(ja, &format!("EN {ja}")),
            body: body.into(),
            milestone: None,
        }
    }

    pub(crate) fn sample() -> Timeline {
        Timeline {
            bodies: BODIES
                .iter()
                .map(|id| Body {
                    id: id.to_string(),
                    label: text(id, id),
                })
                .collect(),
            milestones: vec![Milestone {
                id: "draft".into(),
                label: text("素案決定", "Draft approved"),
            }],
            entries: vec![
                entry("a", "2023-03-07", None, "direction", "推進方向の公表"),
                entry("b", "2023-05-10", None, "committee", "第1回策定委員会"),
                entry("c", "2023-06-02", None, "hq", "推進本部設置"),
                entry("d", "2023-09-20", None, "steering", "幹事会(素案決定)"),
                entry(
                    "e",
                    "2023-09-28",
                    Some("2023-10-27"),
                    "consultation",
                    "素案のパブリックコメント",
                ),
                entry("f", "2024-02-29", None, "hq", "本部会議(プラン決定)"),
            ],
        }
    }

    fn ids(t: &Timeline, shown: &[usize]) -> String {
        shown.iter().map(|&i| t.entries[i].id.as_str()).collect()
    }

    fn run(query: &str) -> (String, Vec<usize>, Vec<String>) {
        let t = sample();
        let parsed = Filter::parse(query, &BODIES);
        let outcome = apply(&t, &Index::new(&t), &parsed.filter, Lang::Ja);
        (ids(&t, &outcome.shown), outcome.body_counts, parsed.ignored)
    }

    #[test]
    fn active_filters_are_counted_but_not_the_order() {
        let count = |q: &str| Filter::parse(q, &["hq", "committee"]).filter.active_count();
        assert_eq!(count(""), 0);
        assert_eq!(count("sort=desc"), 0);
        assert_eq!(count("q=%20"), 0);
        assert_eq!(count("q=素案&body=hq,committee"), 3);
        assert_eq!(count("from=2023-06&to=2023-12&body=nope"), 2);
    }

    #[test]
    fn no_filter_shows_everything_oldest_first() {
        assert_eq!(run("").0, "abcdef");
        assert_eq!(run("").1, [1, 1, 2, 1, 1]);
    }

    #[test]
    fn each_filter_alone() {
        assert_eq!(run("body=hq").0, "cf");
        assert_eq!(run("body=hq,committee").0, "bcf");
        assert_eq!(run("q=素案").0, "de");
        assert_eq!(run("q=%E7%B4%A0%E6%A1%88").0, "de", "percent-encoded");
        assert_eq!(run("from=2023-06").0, "cdef");
        assert_eq!(run("to=2023-06").0, "abc");
        assert_eq!(run("sort=desc").0, "fedcba");
    }

    #[test]
    fn a_range_overlapping_the_window_is_included() {
        assert_eq!(run("from=2023-10&to=2023-10").0, "e");
        assert_eq!(run("from=2023-11&to=2024-01").0, "");
    }

    #[test]
    fn filters_combine_and_counts_ignore_the_body_filter() {
        let (shown, counts, ignored) = run("body=hq&from=2023-06&sort=desc");
        assert_eq!(shown, "fc");
        assert_eq!(counts, [0, 0, 2, 1, 1]);
        assert!(ignored.is_empty());
        assert_eq!(run("body=steering,consultation&q=素案&to=2023-09").0, "de");
    }

    #[test]
    fn search_uses_the_page_language() {
        let t = sample();
        let filter = Filter {
            q: "en 推進".into(),
            ..Filter::default()
        };
        let index = Index::new(&t);
        assert_eq!(ids(&t, &apply(&t, &index, &filter, Lang::En).shown), "ac");
        assert_eq!(ids(&t, &apply(&t, &index, &filter, Lang::Ja).shown), "");
    }

    #[test]
    fn bad_parameters_are_ignored_and_reported() {
        let (shown, _, ignored) =
            run("body=hq,nobody&from=2023-13&to=soon&sort=up&x=1&order=reverse");
        assert_eq!(shown, "cf");
        assert_eq!(
            ignored,
            [
                "body=nobody",
                "from=2023-13",
                "to=soon",
                "sort=up",
                "x=1",
                "order=reverse"
            ]
        );
    }

    #[test]
    fn serialises_canonically() {
        let parsed = Filter::parse(
            "sort=desc&body=hq,committee,hq&q=素 案&to=2023-12&from=2023-06",
            &BODIES,
        );
        assert_eq!(
            parsed.filter.to_query(),
            "body=committee,hq&q=%E7%B4%A0%20%E6%A1%88&from=2023-06&to=2023-12&sort=desc"
        );
        assert_eq!(Filter::default().to_query(), "");
        assert!(Filter::parse("sort=asc", &BODIES).filter.is_default());
    }

    #[test]
    fn toggling_a_body_keeps_the_canonical_order() {
        let mut filter = Filter::default();
        filter.toggle_body("hq", &BODIES);
        filter.toggle_body("committee", &BODIES);
        assert_eq!(filter.bodies, ["committee", "hq"]);
        assert_eq!(filter, Filter::parse("body=hq,committee", &BODIES).filter);
        filter.toggle_body("hq", &BODIES);
        assert_eq!(filter.bodies, ["committee"]);
        // An unknown id is never selected.
        filter.toggle_body("nope", &BODIES);
        assert_eq!(filter.bodies, ["committee"]);
        assert_eq!(Sort::from_value(Sort::Desc.as_str()), Sort::Desc);
        assert_eq!(Sort::from_value("anything"), Sort::Asc);
    }

    #[test]
    fn groups_by_fiscal_year() {
        let t = sample();
        let index = Index::new(&t);
        let all = apply(&t, &index, &Filter::default(), Lang::Ja).shown;
        let groups: Vec<(i32, usize)> = group_by_fiscal_year(&all, &index)
            .into_iter()
            .map(|(y, m)| (y, m.len()))
            .collect();
        assert_eq!(groups, [(2022, 1), (2023, 5)]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn filter_strategy() -> impl Strategy<Value = Filter> {
            let ym = (1900i32..2200, 1u32..=12).prop_map(|(year, month)| YearMonth { year, month });
            (
                proptest::sample::subsequence(BODIES.to_vec(), 0..=BODIES.len()),
                ".*",
                proptest::option::of(ym.clone()),
                proptest::option::of(ym),
                any::<bool>(),
            )
                .prop_map(|(bodies, q, from, to, desc)| Filter {
                    bodies: bodies.into_iter().map(str::to_string).collect(),
                    q,
                    from,
                    to,
                    sort: if desc { Sort::Desc } else { Sort::Asc },
                })
        }

        proptest! {
            #[test]
            fn any_query_string_parses_without_panic(s in ".*") {
                let parsed = Filter::parse(&s, &BODIES);
                let t = sample();
                let _ = apply(&t, &Index::new(&t), &parsed.filter, Lang::Ja);
            }

            #[test]
            fn query_like_strings_parse_without_panic(s in "[?&=,%a-z0-9+素案-]{0,40}") {
                let _ = Filter::parse(&s, &BODIES);
            }

            #[test]
            fn serialise_then_parse_is_identity(filter in filter_strategy()) {
                let parsed = Filter::parse(&filter.to_query(), &BODIES);
                prop_assert_eq!(parsed.ignored, Vec::<String>::new());
                prop_assert_eq!(parsed.filter, filter);
            }
        }
    }
}
