//! Keeps the document head in step with the route: `<html lang>`, `<title>`,
//! canonical and `hreflang` alternates. Also moves focus to the new page's
//! heading after in-app navigation, as a full page load would for a screen
//! reader. Browser-only work, so all of it runs in effects.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::context::Site;
use crate::lang::Lang;
use crate::routing::{self, Route};

pub fn manage_head(site: Site) {
    Effect::new(move |_| {
        let route = site.route.get();
        apply(&site.base.read_value(), route);
    });

    Effect::new(move |previous: Option<Route>| {
        let route = site.route.get();
        if previous.is_some_and(|p| p != route) {
            focus_heading();
        }
        route
    });
}

fn apply(base: &str, route: Route) {
    let doc = document();
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", route.lang.code());
    }
    doc.set_title(&route.lang.strings().document_title(route.page));

    let origin = crate::navigation::origin();
    let url = |lang: Lang| {
        route
            .page
            .map(|page| format!("{origin}{}", routing::path_for(base, lang, page)))
    };
    for (rel, hreflang, lang) in routing::head_links(route.lang) {
        set_link(rel, hreflang, url(lang));
    }
}

/// Creates, updates or (for `href: None`) removes a `<link>` in the head.
fn set_link(rel: &str, hreflang: Option<&str>, href: Option<String>) {
    let doc = document();
    let selector = match hreflang {
        Some(lang) => format!("link[rel=\"{rel}\"][hreflang=\"{lang}\"]"),
        None => format!("link[rel=\"{rel}\"]:not([hreflang])"),
    };
    let existing = doc.query_selector(&selector).ok().flatten();
    match (existing, href) {
        (Some(link), Some(href)) => {
            let _ = link.set_attribute("href", &href);
        }
        (Some(link), None) => link.remove(),
        (None, Some(href)) => {
            let Ok(link) = doc.create_element("link") else {
                return;
            };
            let _ = link.set_attribute("rel", rel);
            if let Some(lang) = hreflang {
                let _ = link.set_attribute("hreflang", lang);
            }
            let _ = link.set_attribute("href", &href);
            if let Some(head) = doc.head() {
                let _ = head.append_child(&link);
            }
        }
        (None, None) => {}
    }
}

/// Focuses the page's `<h1>` once the new page is in the DOM.
pub(crate) fn focus_heading() {
    request_animation_frame(|| {
        let heading = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.set_attribute("tabindex", "-1");
            // Without scrolling: a new page starts at its top anyway, and
            // back/forward restore where the reader was.
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
        }
    });
}
