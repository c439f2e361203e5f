//! Shows a content file's data once it is loaded; until then a loading note
//! (made visible by CSS only after a short delay, so fast loads do not
//! flicker), and on failure a translated alert with a retry button.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::load::ContentFile;
use crate::content::{LoadError, LoadState, Source};
use crate::context::use_site;

/// `render` of the file `source` once it is loaded; until then a loading
/// note, and on failure the translated alert with its retry button.
#[component]
pub fn Loaded<T, V, F>(source: Source<T>, render: F) -> impl IntoView
where
    T: ContentFile,
    V: IntoView + 'static,
    F: Fn(Arc<T>) -> V + Send + Sync + 'static,
{
    // Inside a page, which is rebuilt for each route: the language is fixed.
    let t = use_site().lang().strings();
    // A retry removes the alert with its button, where focus was: once the
    // file has loaded or failed again, focus goes to the page's heading or
    // to the new retry button, not to the body, where a screen reader would
    // say nothing.
    let retried = StoredValue::new(false);
    Effect::new(move |_| source.ensure_loaded());
    move || match source.state.get() {
        LoadState::Ready(data) => {
            if retried.get_value() {
                retried.set_value(false);
                super::head::focus_heading();
            }
            render(data).into_any()
        }
        LoadState::Failed(error) => {
            let refocus = retried.get_value();
            retried.set_value(false);
            let retry = move || {
                retried.set_value(true);
                source.reload();
            };
            load_failed(source.file, &error, refocus, Box::new(retry))
        }
        LoadState::Idle | LoadState::Loading => {
            view! { <p class="loading" role="status">{t.loading}</p> }.into_any()
        }
    }
}

/// `render(data)` once `source` is loaded, and nothing if it fails: for
/// what a page can do without (the source credit, shown on every page), so
/// it adds no loading note and no second alert. While the file loads, a
/// hidden `data-pending` marker keeps the live app from replacing the
/// prerendered page, which has the data, before it arrives (`main.rs`).
pub fn when_loaded<T, V, F>(source: Source<T>, render: F) -> impl IntoView
where
    T: ContentFile,
    V: IntoView + 'static,
    F: Fn(Arc<T>) -> V + Send + Sync + 'static,
{
    Effect::new(move |_| source.ensure_loaded());
    move || match source.state.get() {
        LoadState::Ready(data) => render(data).into_any(),
        LoadState::Failed(_) => ().into_any(),
        LoadState::Idle | LoadState::Loading => {
            view! { <span data-pending="" hidden></span> }.into_any()
        }
    }
}

/// The alert for `file`, which could not be loaded, with a retry button
/// (focused when `refocus`: it replaces the one that was clicked). Not
/// generic, so every content type shares its code.
fn load_failed(
    file: &'static str,
    error: &LoadError,
    refocus: bool,
    retry: Box<dyn Fn()>,
) -> AnyView {
    let t = use_site().lang().strings();
    let reason = match error {
        LoadError::Status(status) => (t.load_failed_status)(*status),
        LoadError::Network(_) => t.load_failed_network.to_string(),
        LoadError::Format(detail) => format!("{} ({detail})", t.load_failed_format),
    };
    failure_alert((t.load_failed)(file), reason, refocus, retry)
}

/// A translated alert: what failed (`title`), why, and a retry button
/// (focused when `refocus`: it replaces the one that was clicked).
pub(crate) fn failure_alert(
    title: String,
    reason: String,
    refocus: bool,
    retry: Box<dyn Fn()>,
) -> AnyView {
    let t = use_site().lang().strings();
    let button = NodeRef::<leptos::html::Button>::new();
    if refocus {
        Effect::new(move |_| {
            if let Some(button) = button.get() {
                let _ = button.focus();
            }
        });
    }
    view! {
        <div class="load-failed" role="alert">
            <p class="load-failed-title">{title}</p>
            <p>{reason}</p>
            <button type="button" class="button" node_ref=button on:click=move |_| retry()>
                {t.retry}
            </button>
        </div>
    }
    .into_any()
}
