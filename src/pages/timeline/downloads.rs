//! The timeline's downloads: the entries shown or all of them, as CSV or
//! JSON, made in the browser from the loaded file.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::Explorer;
use crate::components::browser;
use crate::content::export;
use crate::content::model::Timeline;
use crate::content::timeline_filter::select;
use crate::lang::Lang;

/// Which entries a download holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Shown,
    All,
}

/// A download's file format.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
}

impl Format {
    const BOTH: [Format; 2] = [Format::Csv, Format::Json];

    fn name(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Json => "JSON",
        }
    }
}

/// Two rows of buttons: the entries shown, and all entries.
#[component]
pub fn Downloads(state: Explorer, timeline: Arc<Timeline>, lang: Lang) -> impl IntoView {
    let t = lang.timeline_strings();
    let outcome = state.outcome;
    let total = timeline.entries.len();
    let download = move |scope: Scope, format: Format| {
        let indices: Vec<usize> = match scope {
            Scope::All => (0..timeline.entries.len()).collect(),
            Scope::Shown => outcome.get_untracked().shown,
        };
        let entries = select(&timeline, &indices);
        let name = match scope {
            Scope::All => "aomori-dx-timeline",
            Scope::Shown => "aomori-dx-timeline-filtered",
        };
        let result = match format {
            Format::Csv => browser::download(
                &format!("{name}.csv"),
                "text/csv;charset=utf-8",
                &export::to_csv(&timeline, entries, lang),
            ),
            Format::Json => browser::download(
                &format!("{name}.json"),
                "application/json",
                &export::to_json(&timeline, entries),
            ),
        };
        if result.is_err() {
            state.status.set(t.download_failed.to_string());
        }
    };
    let download = StoredValue::new_local(download);
    let shown_label = move || (t.download_shown)(outcome.with(|o| o.shown.len()));
    let buttons = move |scope: Scope| {
        Format::BOTH
            .into_iter()
            .map(|format| {
                let label = move || match scope {
                    Scope::Shown => (t.download_as)(&shown_label(), format.name()),
                    Scope::All => (t.download_as)(&(t.download_all)(total), format.name()),
                };
                view! {
                    <button type="button" class="secondary" aria-label=label
                        on:click=move |_| download.with_value(|d| d(scope, format))>
                        {format.name()}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <section class="downloads" aria-labelledby="downloads-heading" data-island="downloads">
            <h2 id="downloads-heading">{t.download_heading}</h2>
            <ul>
                <li>
                    <span>{shown_label}</span>
                    {buttons(Scope::Shown)}
                </li>
                <li>
                    <span>{(t.download_all)(total)}</span>
                    {buttons(Scope::All)}
                </li>
            </ul>
        </section>
    }
}
