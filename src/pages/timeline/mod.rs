//! プラン決定までの経過: the steps that led to the plan, grouped by fiscal
//! year, filterable by body, text and date, sortable, shareable (every
//! filter is in the URL) and downloadable as CSV or JSON.

mod downloads;
mod entry;
mod filters;
mod state;
pub mod time_axis;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::fold::FoldToggle;
use crate::components::loaded::Loaded;
use crate::content::calendar::fiscal_year_label;
use crate::content::model::Timeline;
use crate::content::search::terms;
use crate::content::timeline_filter::group_by_fiscal_year;
use crate::context::{use_content, use_site};
use crate::lang::Lang;
use crate::navigation::use_navigation;
use crate::pages::island::{shared_by_islands, Island};
use crate::text::prose;
use downloads::Downloads;
use entry::EntryRow;
use filters::Filters;
use state::{Explorer, Parts, PAGE};
use time_axis::TimeAxis;

/// The route `/timeline/`: the source's summary of how the plan was
/// decided, then the explorer once `timeline.json` is loaded.
#[component]
pub fn TimelinePage() -> impl IntoView {
    // Rebuilt for each route, so the language is plain, not reactive.
    let lang = use_site().lang();
    let t = lang.timeline_strings();
    view! {
        <div class="page">
            <h1>{t.page_timeline}</h1>
            <SummaryToggle lang=lang />
            <crate::pages::overview::DecisionSummary />
            <p>{prose(t.timeline_intro, lang)}</p>
            <crate::pages::overview::CommitteeMembers />
            <Loaded
                source=use_content().timeline
                render=move |timeline| view! { <TimelineExplorer timeline=timeline lang=lang /> }
            />
        </div>
    }
}

/// On a phone the summary folds behind one button, so the first entry is on
/// the first screen; on larger screens it is always shown. The CSS folds it
/// by the button's `aria-expanded`, so the button alone is live (an island).
#[component]
fn SummaryToggle(lang: Lang) -> impl IntoView {
    view! {
        <FoldToggle open=RwSignal::new(false) controls="decision-summary committee-members" class="summary-toggle secondary" island="fold">
            {lang.timeline_strings().timeline_summary_toggle}
        </FoldToggle>
    }
}

/// The page's parts that the first page's take-over draws live, each in a
/// task of its own (`data-island`, see `crate::takeover`): the summary's
/// fold button, the axis (kept: only its marks follow the filter), the
/// filters, the results and the downloads. The parts share one [`Parts`],
/// made by whichever is drawn first.
pub fn island(name: &str, el: &web_sys::Element) -> Option<Island> {
    let lang = use_site().lang();
    if name == "fold" {
        return Some(Island::Drawn(
            view! { <SummaryToggle lang=lang /> }.into_any(),
        ));
    }
    let timeline = use_content().timeline.ready()?;
    let parts = shared_by_islands(|| Parts::new(timeline, lang));
    let view = match name {
        "axis" => {
            let el = el.clone();
            time_axis::follow_marks(parts, move || Some(el.clone()));
            return Some(Island::Kept);
        }
        "filters" => view! { <FiltersPart parts=parts /> }.into_any(),
        "results" => view! { <Results parts=parts /> }.into_any(),
        "downloads" => view! { <DownloadsPart parts=parts /> }.into_any(),
        _ => return None,
    };
    Some(Island::Drawn(view))
}

/// The axis, the filters, the results and the downloads.
#[component]
fn TimelineExplorer(timeline: Arc<Timeline>, lang: Lang) -> impl IntoView {
    let parts = Parts::new(timeline, lang);
    view! {
        <TimeAxis parts=parts />
        <FiltersPart parts=parts />
        <Results parts=parts />
        <DownloadsPart parts=parts />
    }
}

#[component]
fn FiltersPart(parts: Parts) -> impl IntoView {
    view! {
        <div class="filters-part" data-island="filters">
            <Filters state=parts.state timeline=parts.timeline() lang=parts.lang />
        </div>
    }
}

#[component]
fn DownloadsPart(parts: Parts) -> impl IntoView {
    view! { <Downloads state=parts.state timeline=parts.timeline() lang=parts.lang /> }
}

/// The result count and notices, and the entries grouped by fiscal year (a
/// page at a time).
#[component]
fn Results(parts: Parts) -> impl IntoView {
    let Parts {
        state,
        entries,
        limit,
        lit,
        lang,
    } = parts;
    let t = lang.timeline_strings();
    let Explorer {
        parsed,
        filter,
        outcome,
        status,
        ..
    } = state;
    let (total, index) =
        entries.with_value(|(timeline, index)| (timeline.entries.len(), Arc::clone(index)));
    let groups = Memo::new(move |_| {
        let limit = limit.get();
        outcome.with(|o| group_by_fiscal_year(&o.shown[..o.shown.len().min(limit)], &index))
    });
    let unlisted = move || outcome.with(|o| o.shown.len().saturating_sub(limit.get()));
    let search_terms = Memo::new(move |_| filter.with(|f| terms(&f.q)));

    // A shared link may point at an entry (#id): bring it into view once the
    // entries are drawn (the browser tried before they existed).
    let hash = use_navigation().hash;
    Effect::new(move |_| {
        let id = hash.get_untracked();
        let id = id.trim_start_matches('#');
        if !id.is_empty() {
            if let Some(el) = document().get_element_by_id(id) {
                el.scroll_into_view();
            }
        }
    });
    let ignored = move || parsed.with(|p| p.ignored.join(", "));

    view! {
        // `data-said`: the copy status shows (as a toast) only while it says
        // something; an attribute here, not on the live region.
        <div class="results" data-island="results" data-said=move || status.with(|s| !s.is_empty()).then_some("")>
            <p class="result-count" id="timeline-count" role="status" tabindex="-1">
                {move || (t.timeline_count)(total, outcome.with(|o| o.shown.len()))}
                {move || (unlisted() > 0).then(|| format!(" {}", (t.timeline_listed)(limit.get())))}
            </p>
            <Show when=move || !ignored().is_empty()>
                <p class="notice">{move || (t.timeline_ignored)(&ignored())}</p>
            </Show>
            <p class="copy-status" role="status">{move || status.get()}</p>

            <Show when=move || outcome.with(|o| o.shown.is_empty())>
                <div class="empty">
                    <p>{prose(t.timeline_empty, lang)}</p>
                    <button type="button" on:click=move |_| state.clear()>{t.timeline_clear}</button>
                </div>
            </Show>

            <div class="timeline">
                <For each=move || groups.get() key=|(year, _)| *year let:group>
                    {
                        let (year, _) = group;
                        let members = move || groups.with(|g| g.iter().find(|(y, _)| *y == year).map(|(_, m)| m.clone()).unwrap_or_default());
                        let heading_id = format!("fy-{year}");
                        let labelled_by = heading_id.clone();
                        view! {
                            <section class="fiscal-year" aria-labelledby=labelled_by>
                                <h2 id=heading_id>
                                    {fiscal_year_label(year, lang)}
                                    <span class="group-count">{move || (t.timeline_group_count)(members().len())}</span>
                                </h2>
                                <ol class="entries">
                                    <For each=members key=|i| *i let:i>
                                        {entries.with_value(|(timeline, index)| view! {
                                            <EntryRow
                                                i=i
                                                timeline=Arc::clone(timeline)
                                                index=Arc::clone(index)
                                                search_terms=search_terms
                                                status=status
                                                lit=lit
                                                lang=lang
                                            />
                                        })}
                                    </For>
                                </ol>
                            </section>
                        }
                    }
                </For>
            </div>

            <Show when=move || { unlisted() > 0 }>
                <p class="more">
                    <button type="button" class="secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || (t.timeline_more)(unlisted().min(PAGE), unlisted())}
                    </button>
                </p>
            </Show>
        </div>
    }
}
