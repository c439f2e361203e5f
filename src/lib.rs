//! 青森県DX推進プラン — an unofficial, bilingual, interactive presentation of
//! Aomori Prefecture's DX Promotion Plan. Client-side Leptos app; the content
//! is fetched as JSON from `data/` at run time.

// The timeline page's nested view types exceed rustc's default query depth in
// a build without incremental cache (CI's clean clone), though not always locally.
#![recursion_limit = "256"]

pub mod components;
pub mod content;
pub mod context;
#[cfg(not(target_arch = "wasm32"))]
pub mod csp;
pub mod i18n;
pub mod lang;
pub mod navigation;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod routing;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
pub mod text;

use leptos::prelude::*;

pub use components::shell::Shell;
pub use pages::CurrentPage;

/// The app under a deployment `base` path (`""` or `/some/sub/path`).
/// `files` and `url` are for the prerenderer, which has the content already
/// and renders a given address; the browser leaves them out, fetches the
/// JSON and reads its own address.
#[component]
pub fn App(
    #[prop(into)] base: String,
    #[prop(optional)] files: Option<content::load::Files>,
    #[prop(optional)] url: Option<navigation::Url>,
) -> impl IntoView {
    let base = provide_app(&base, files, url);
    view! {
        <Shell base=base>
            <CurrentPage />
        </Shell>
    }
}

/// Provides what every part of the app reads (the content files and the
/// location) and returns the normalised base: for [`App`], and for the
/// browser's take-over, which may make the first page live without it.
pub fn provide_app(
    base: &str,
    files: Option<content::load::Files>,
    url: Option<navigation::Url>,
) -> String {
    let base = routing::normalize_base(base);
    provide_context(match files {
        Some(files) => content::Content::ready(&base, files),
        None => content::Content::new(&base),
    });
    navigation::provide_navigation(&base, url.unwrap_or_else(navigation::current_url));
    base
}

/// The path of the document's `<base href>`, or `""` when there is none.
pub fn base_from_document() -> String {
    document()
        .query_selector("base[href]")
        .ok()
        .flatten()
        .and_then(|base| base.get_attribute("href"))
        .map(|href| {
            // An absolute URL in <base href> is reduced to its path.
            match href.split_once("://") {
                Some((_, rest)) => rest
                    .find('/')
                    .map(|i| rest[i..].to_string())
                    .unwrap_or_default(),
                None => href,
            }
        })
        .unwrap_or_default()
}
