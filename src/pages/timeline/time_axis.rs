//! The time axis above the timeline's list, in a figure: the picture
//! (`picture`), a legend of its marks, which stays on screen on phones, and
//! a caption that sums it up. Marks of entries the filters hide fade; the
//! entry pointed at in the list lights its mark.

mod picture;

use leptos::prelude::*;

pub use self::picture::{body_glyph, svg, MILESTONE_GLYPH};
use super::state::{class_token, Parts};
use crate::content::axis::Axis;
use crate::content::calendar::format_month;
use crate::content::model::Timeline;
use crate::context::use_site;
use crate::lang::Lang;
use crate::navigation::use_navigation;
use crate::routing::Page;
use crate::text::mixed;

/// Beyond this many entries the axis would be a smear of marks (the list
/// remains the content); it is left out.
const MAX_MARKS: usize = 300;

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
    let legend = legend(&axis, &timeline, lang);
    let figure = NodeRef::<leptos::html::Figure>::new();
    follow_marks(parts, move || figure.get().map(Into::into));
    // An island the take-over keeps as prerendered: only its marks follow.
    view! {
        <figure class="time-axis" node_ref=figure data-island="axis">
            <div class="axis-frame" inner_html=markup></div>
            {legend}
            <figcaption>{caption}</figcaption>
        </figure>
    }
    .into_any()
}

/// The key to the axis's marks: each body that has one, with its glyph as
/// the list's badges show it, and the milestones' star. A list named as the
/// legend, so a screen reader hears which bodies the picture shows (the
/// glyphs, pictures themselves, are hidden from it).
fn legend(axis: &Axis, timeline: &Timeline, lang: Lang) -> impl IntoView {
    let t = lang.timeline_strings();
    let used = |id: &str| {
        axis.marks
            .iter()
            .any(|m| timeline.entries.get(m.entry).is_some_and(|e| e.body == id))
    };
    let bodies = timeline
        .bodies
        .iter()
        .filter(|b| used(&b.id))
        .map(|b| {
            view! {
                <li class=format!("body-{}", class_token(&b.id))>
                    <span class="body-icon" aria-hidden="true"></span>
                    {mixed(b.label.get(lang), lang)}
                </li>
            }
        })
        .collect_view();
    let milestones = axis.marks.iter().any(|m| {
        timeline
            .entries
            .get(m.entry)
            .is_some_and(|e| e.milestone.is_some())
    });
    view! {
        <ul class="axis-legend" aria-label=t.axis_legend>
            {bodies}
            {milestones.then(|| view! {
                <li class="legend-milestone">
                    <span class="legend-star" aria-hidden="true">{MILESTONE_GLYPH}</span>
                    {t.axis_milestone}
                </li>
            })}
        </ul>
    }
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
