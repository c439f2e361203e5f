//! The button before a part of the page that folds away on phones (the CSS
//! decides where it folds; the button says whether it is open).

use leptos::prelude::*;

/// A button that opens and closes the element(s) it `controls` (space-
/// separated ids), telling assistive technology by `aria-expanded`.
#[component]
pub fn FoldToggle(
    open: RwSignal<bool>,
    controls: &'static str,
    class: &'static str,
    /// `data-island`, when the button is one of its own (see `crate::takeover`).
    #[prop(optional)]
    island: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls=controls
            data-island=island
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {children()}
        </button>
    }
}
