//! The page for any path the site does not have.

use leptos::prelude::*;

use crate::context::use_site;
use crate::routing::Page;
use crate::text::prose;

/// Any path the site does not have: says so in the path's language and
/// offers the way home (the navigation stays).
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let site = use_site();
    // Rebuilt for each route, so the language is plain, not reactive.
    let lang = site.lang();
    let t = lang.strings();
    view! {
        <div class="page narrow">
            <h1>{t.not_found_title}</h1>
            <p>{prose(t.not_found_body, lang)}</p>
            <p>
                <a class="button" href=site.href(Page::Overview)>
                    {t.not_found_home}
                </a>
            </p>
        </div>
    }
}
