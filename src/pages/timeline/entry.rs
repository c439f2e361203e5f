//! One entry of the timeline: its date as the source writes it (each end a
//! `<time>`), its body and milestone, the text with search matches marked,
//! and one quiet control that copies its permalink.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::class_token;
use crate::components::browser;
use crate::content::calendar::{entry_date_text, split_range};
use crate::content::model::Timeline;
use crate::content::search::split_marked;
use crate::content::timeline_filter::Index;
use crate::lang::Lang;
use crate::navigation::use_navigation;
use crate::text::{mixed, prose};

/// The entry at `i` of `timeline`.
#[component]
pub fn EntryRow(
    i: usize,
    timeline: Arc<Timeline>,
    index: Arc<Index>,
    /// The search's terms, whose matches are marked.
    search_terms: Memo<Vec<String>>,
    /// Where the outcome of "copy link" is announced.
    status: RwSignal<String>,
    /// Set while the entry is pointed at or focused: the time axis lights
    /// its mark.
    lit: RwSignal<Option<usize>>,
    lang: Lang,
) -> impl IntoView {
    let t = lang.timeline_strings();
    let location = use_navigation();
    let Some(entry) = timeline.entries.get(i).cloned() else {
        return ().into_any();
    };
    let body_label = timeline
        .body(&entry.body)
        .map(|b| b.label.get(lang).to_string())
        .unwrap_or_default();
    let milestone = entry
        .milestone
        .as_deref()
        .and_then(|m| timeline.milestone(m))
        .map(|m| m.label.get(lang).to_string());
    let date_text = entry_date_text(&entry.start, entry.end.as_deref(), &entry.source_date, lang);
    let is_range = entry.end.is_some();
    // A range as written (the source's 「2023.9.28~10.27」), each end a <time>.
    let (start_text, range_end) = match split_range(&date_text) {
        Some((a, sep, b)) if is_range => (a.to_string(), Some((sep.to_string(), b.to_string()))),
        _ => (date_text.clone(), None),
    };
    let text = entry.text.get(lang).to_string();
    // A memo, so entries whose marks did not change are not redrawn.
    let ranges = Memo::new(move |_| search_terms.with(|terms| index.marks(i, lang, terms)));
    let marked = move || {
        let ranges = ranges.get();
        split_marked(&text, &ranges)
            .into_iter()
            .map(|(m, run)| {
                if m {
                    view! { <mark>{prose(run, lang)}</mark> }.into_any()
                } else {
                    prose(run, lang)
                }
            })
            .collect_view()
    };
    let id = entry.id.clone();
    let permalink = {
        let id = id.clone();
        move || format!("{}#{id}", location.path_and_query())
    };
    let is_target = {
        let id = id.clone();
        move || location.hash.get().trim_start_matches('#') == id
    };
    // The browser follows the link (the entry's own address); the link is
    // copied too, which its name says.
    let copy = {
        let id = id.clone();
        move |_| {
            let url = browser::url_with_hash(&id);
            leptos::task::spawn_local(async move {
                let ok = browser::copy_text(&url).await;
                let said = if ok { t.link_copied } else { t.copy_failed };
                status.set(said.to_string());
                // Shown as a toast over the page: gone after a while, unless
                // another copy said something since.
                set_timeout(
                    move || {
                        if status.with_untracked(|now| now == said) {
                            status.set(String::new());
                        }
                    },
                    std::time::Duration::from_secs(4),
                );
            });
        }
    };
    // A milestone is named by its ★ tag. (Not the class `milestone`, whose
    // marker in the rail is turned into a diamond: ◆ is the committee's
    // glyph on the axis, in the legend and on the share card; the ★ is
    // `time_axis::MILESTONE_GLYPH`.)
    let is_milestone = milestone.is_some();
    view! {
        <li
            id=id
            class=format!("entry body-{}", class_token(&entry.body))
            class:range=is_range
            class:has-milestone=is_milestone
            class:targeted=is_target
            on:mouseenter=move |_| lit.set(Some(i))
            on:mouseleave=move |_| lit.set(None)
            on:focusin=move |_| lit.set(Some(i))
            on:focusout=move |_| lit.set(None)
        >
            <div class="entry-date">
                <time datetime=entry.start.clone()>{start_text}</time>
                {range_end.map(|(sep, end_text)| view! {
                    <span class="range-sep">{sep}</span>
                    <time datetime=entry.end.clone().unwrap_or_default()>{end_text}</time>
                })}
            </div>
            <div class="entry-body">
                <p class="entry-tags">
                    <span class=format!("tag body-tag body-{}", class_token(&entry.body))>
                        <span class="body-icon" aria-hidden="true"></span>
                        {mixed(&body_label, lang)}
                    </span>
                    {milestone.map(|m| view! {
                        <span class="tag milestone-tag"><span aria-hidden="true">"★ "</span>{m}</span>
                    })}
                </p>
                <p class="entry-text">{marked}</p>
                <a class="permalink" href=permalink on:click=copy aria-label=(t.copy_link_for)(&date_text)>"#"</a>
            </div>
        </li>
    }
    .into_any()
}
