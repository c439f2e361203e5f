//! The page for any path the site does not have.

use leptos::prelude::*;

use crate::components::shell::use_site;
use crate::routing::Page;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let site = use_site();
    let t = move || site.lang().strings();
    view! {
        <div class="page narrow">
            <h1>{move || t().not_found_title}</h1>
            <p>{move || t().not_found_body}</p>
            <p>
                <a class="button" href=move || site.href(Page::Overview)>
                    {move || t().not_found_home}
                </a>
            </p>
        </div>
    }
}
