//! The site-wide contexts every page and component may read: where the
//! visitor is ([`Site`], provided by the shell) and the content files
//! ([`Content`], provided by the app). Its own module, below the shell and
//! the pages, so that neither imports the other for them.

use leptos::prelude::*;

use crate::content::Content;
use crate::lang::Lang;
use crate::routing::{self, Page, Route};

/// Where the visitor is: the deployment base and the current route.
#[derive(Clone, Copy)]
pub struct Site {
    pub base: StoredValue<String>,
    pub route: Memo<Route>,
}

impl Site {
    pub fn lang(&self) -> Lang {
        self.route.get().lang
    }

    /// The path of `page` in the current language.
    pub fn href(&self, page: Page) -> String {
        routing::path_for(&self.base.read_value(), self.lang(), page)
    }
}

/// Provides the route for the deployment `base`, read from the location
/// (`navigation::provide_navigation` must have run): by the shell, and by
/// the take-over before the shell exists (`crate::takeover`).
pub fn provide_site(base: String) -> Site {
    let location = crate::navigation::use_navigation();
    let base = StoredValue::new(base);
    let route = Memo::new(move |_| routing::parse(&base.read_value(), &location.path.get()));
    let site = Site { base, route };
    provide_context(site);
    site
}

/// The route, provided by the shell.
pub fn use_site() -> Site {
    expect_context::<Site>()
}

/// The content files, provided once by [`crate::App`]. A missing context is
/// a bug in how the app is put together, so it fails loudly rather than
/// handing out content that never loads.
pub fn use_content() -> Content {
    expect_context::<Content>()
}
