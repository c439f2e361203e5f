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
use crate::content::timeline_filter::{group_by_fiscal_year, Index};
use crate::context::{use_content, use_site};
use crate::lang::Lang;
use crate::navigation::use_navigation;
use downloads::Downloads;
use entry::EntryRow;
use filters::Filters;
use state::Explorer;
use time_axis::TimeAxis;

/// Entries listed at first and added by each "show more": enough to read, few
/// enough that a phone redraws them within a frame.
const PAGE: usize = 20;

/// The route `/timeline/`: the source's summary of how the plan was
/// decided, then the explorer once `timeline.json` is loaded.
#[component]
pub fn TimelinePage() -> impl IntoView {
    // Rebuilt for each route, so the language is plain, not reactive.
    let lang = use_site().lang();
    let t = lang.timeline_strings();
    // On a phone the summary folds behind one button, so the first entry is
    // on the first screen; on larger screens it is always shown (CSS).
    let open = RwSignal::new(false);
    view! {
        <div class="page" class:summary-folded=move || !open.get() data-island="page">
            <h1>{t.page_timeline}</h1>
            <FoldToggle open=open controls="decision-summary committee-members" class="summary-toggle secondary">
                {t.timeline_summary_toggle}
            </FoldToggle>
            <crate::pages::overview::DecisionSummary />
            <p>{t.timeline_intro}</p>
            <crate::pages::overview::CommitteeMembers />
            <Loaded
                source=use_content().timeline
                render=move |timeline| view! { <TimelineExplorer timeline=timeline lang=lang /> }
            />
        </div>
    }
}

/// The filters, the result count and notices, the entries grouped by
/// fiscal year (a page at a time), and the downloads.
#[component]
fn TimelineExplorer(timeline: Arc<Timeline>, lang: Lang) -> impl IntoView {
    let t = lang.timeline_strings();
    let index = Arc::new(Index::new(&timeline));
    let state = Explorer::new(&timeline, &index, lang);
    let Explorer {
        parsed,
        filter,
        outcome,
        status,
        ..
    } = state;
    // Long results are listed a page at a time, so a keystroke never has to
    // redraw thousands of entries; downloads and counts use the whole result.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        filter.track();
        if limit.get_untracked() != PAGE {
            limit.set(PAGE);
        }
    });
    let groups = {
        let index = Arc::clone(&index);
        Memo::new(move |_| {
            let limit = limit.get();
            outcome.with(|o| group_by_fiscal_year(&o.shown[..o.shown.len().min(limit)], &index))
        })
    };
    let unlisted = move || outcome.with(|o| o.shown.len().saturating_sub(limit.get()));
    let search_terms = Memo::new(move |_| filter.with(|f| terms(&f.q)));
    let total = timeline.entries.len();
    // Per file, not per result, so typing never restyles the whole list.
    let long_file = total > PAGE;

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
    let entries = StoredValue::new((Arc::clone(&timeline), index));
    let lit = RwSignal::new(None);

    view! {
        <TimeAxis timeline=Arc::clone(&timeline) state=state lit=lit lang=lang />
        <Filters state=state timeline=Arc::clone(&timeline) lang=lang />

        <p class="result-count" role="status">
            {move || (t.timeline_count)(total, outcome.with(|o| o.shown.len()))}
            {move || (unlisted() > 0).then(|| format!(" {}", (t.timeline_listed)(limit.get())))}
        </p>
        <Show when=move || !ignored().is_empty()>
            <p class="notice">{move || (t.timeline_ignored)(&ignored())}</p>
        </Show>
        <p class="copy-status" role="status">{move || status.get()}</p>

        <Show when=move || outcome.with(|o| o.shown.is_empty())>
            <div class="empty">
                <p>{t.timeline_empty}</p>
                <button type="button" on:click=move |_| state.clear()>{t.timeline_clear}</button>
            </div>
        </Show>

        <div class="timeline" class:long=long_file>
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

        <Downloads state=state timeline=timeline lang=lang />
    }
}
