//! Where the built site lives, as the build knows it.

use super::html::escape;
use crate::lang::Lang;
use crate::routing;

/// Where the built site lives, as the build knows it.
#[derive(Clone, Debug)]
pub struct Deployment {
    /// The deployment base path from `<base href>` (`""` or `/sub/path`).
    pub base: String,
    /// The public origin (`https://example.org`), from the build's
    /// `SITE_URL`; without it, links in the head are root-relative and no
    /// sitemap is written (a sitemap needs absolute URLs).
    pub origin: Option<String>,
    /// The wasm chunks each page's code is in, by split name (`page_poem`),
    /// from the build's manifest (`scripts/tools/wasm-bindgen`); empty when
    /// the wasm is not split.
    pub chunks: std::collections::BTreeMap<String, Vec<String>>,
    /// The shipped content files' fingerprints (`plan.json:1a2b3c4d …`,
    /// [`crate::prerender::fingerprints`]), written on each page for the
    /// take-over to compare with what it fetches; empty when unknown, and
    /// then the live app draws every page anew.
    pub content: String,
}

impl Deployment {
    /// `site_url` may carry the base path already (it usually does); only
    /// its origin is kept, so URLs are `origin + path`.
    pub fn new(base: &str, site_url: Option<&str>) -> Self {
        let origin =
            site_url
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(|u| match u.split_once("://") {
                    Some((scheme, rest)) => {
                        let host = rest.split('/').next().unwrap_or_default();
                        format!("{scheme}://{host}")
                    }
                    None => u.trim_end_matches('/').to_string(),
                });
        Self {
            base: routing::normalize_base(base),
            origin,
            chunks: Default::default(),
            content: String::new(),
        }
    }

    /// The chunk files `page` needs, from the manifest (empty without one).
    pub fn chunks_of(&self, page: routing::Page) -> &[String] {
        self.chunks
            .get(split_name(page))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The URL of an absolute path: with the origin when it is known.
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin.as_deref().unwrap_or_default())
    }

    /// The URL of `page` in `lang`, escaped for an attribute.
    pub(crate) fn page_url(&self, lang: Lang, page: routing::Page) -> String {
        escape(&self.url(&routing::path_for(&self.base, lang, page)))
    }
}

/// The name of `page`'s split point in `src/pages/chunks.rs`, which names
/// its chunk in the manifest.
pub fn split_name(page: routing::Page) -> &'static str {
    match page {
        routing::Page::Overview => "page_overview",
        routing::Page::Poem => "page_poem",
        routing::Page::Timeline => "page_timeline",
        routing::Page::About => "page_about",
    }
}
