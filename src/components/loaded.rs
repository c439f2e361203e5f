//! Shows a content file's data once it is loaded; until then a loading note
//! (made visible by CSS only after a short delay, so fast loads do not
//! flicker), and on failure a translated alert with a retry button.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::load::ContentFile;
use crate::content::{LoadError, LoadState, Source};
use crate::context::use_site;

#[component]
pub fn Loaded<T, V, F>(source: Source<T>, render: F) -> impl IntoView
where
    T: ContentFile,
    V: IntoView + 'static,
    F: Fn(Arc<T>) -> V + Send + Sync + 'static,
{
    // Inside a page, which is rebuilt for each route: the language is fixed.
    let t = use_site().lang().strings();
    Effect::new(move |_| source.ensure_loaded());
    move || match source.state.get() {
        LoadState::Ready(data) => render(data).into_any(),
        LoadState::Failed(error) => view! { <LoadFailed source=source error=error /> }.into_any(),
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

#[component]
fn LoadFailed<T: ContentFile>(source: Source<T>, error: LoadError) -> impl IntoView {
    let t = use_site().lang().strings();
    let reason = match &error {
        LoadError::Status(status) => (t.load_failed_status)(*status),
        LoadError::Network(_) => t.load_failed_network.to_string(),
        LoadError::Format(detail) => format!("{} ({detail})", t.load_failed_format),
    };
    view! {
        <div class="load-failed" role="alert">
            <p class="load-failed-title">{(t.load_failed)(source.file)}</p>
            <p>{reason}</p>
            <button type="button" class="button" on:click=move |_| source.reload()>
                {t.retry}
            </button>
        </div>
    }
}
