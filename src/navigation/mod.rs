//! The app's own navigation over the History API, in place of a router
//! crate (which cost about 47 KB brotli for what is one catch-all route):
//! a reactive location, `navigate` with push or replace, the back and
//! forward buttons, and in-app handling of clicks on the site's own links.
//!
//! The pure parts (parsing a URL, whether a click stays in the app) have
//! native tests; the browser parts run only in the browser.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;

mod url;
pub use url::{in_app, is_under, with_query, Click, History, Link, Url};

/// What must finish before the app shows a path: a page whose code is still
/// to be loaded (`crate::pages`), or `None` when it can be drawn at once.
/// Waiting first keeps a new page's focus, scroll and fragment handling as
/// it is for a page drawn at once.
pub type Prepare = Rc<dyn Fn(&str) -> Option<Pin<Box<dyn Future<Output = ()>>>>>;

/// The location, reactive, provided by [`provide_navigation`] to the app.
#[derive(Clone, Copy)]
pub struct Navigation {
    url: RwSignal<Url>,
    /// Each part apart, so a page that reads only the query is not redrawn
    /// when the fragment changes.
    pub path: Memo<String>,
    pub search: Memo<String>,
    pub hash: Memo<String>,
    prepare: StoredValue<Option<Prepare>, LocalStorage>,
}

impl Navigation {
    fn new(initial: Url) -> Self {
        let url = RwSignal::new(initial);
        Self {
            url,
            path: Memo::new(move |_| url.with(|u| u.path.clone())),
            search: Memo::new(move |_| url.with(|u| u.search.clone())),
            hash: Memo::new(move |_| url.with(|u| u.hash.clone())),
            prepare: StoredValue::new_local(None),
        }
    }

    /// Sets what links, back and forward wait for before they show a path.
    pub fn set_prepare(&self, prepare: Prepare) {
        self.prepare.set_value(Some(prepare));
    }

    /// What showing `path` must wait for, if anything.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn prepare(&self, path: &str) -> Option<Pin<Box<dyn Future<Output = ()>>>> {
        self.prepare
            .with_value(|prepare| prepare.as_ref().and_then(|prepare| prepare(path)))
    }

    /// The current path with its query (no fragment).
    pub fn path_and_query(&self) -> String {
        self.url.with(Url::path_and_query)
    }

    /// Shows `href` (path-absolute, within the site) and records it in the
    /// history. Scrolling is the caller's: filters and the poem's order
    /// keep the reader where they are. Browser-only (an event handler).
    pub fn navigate(&self, href: &str, history: History) {
        let url = Url::parse(href);
        browser::write_history(&url.href(), history);
        self.url.set(url);
    }
}

/// Provides the location for `initial` (the prerenderer's route, or the
/// browser's address) and, in the browser, follows the back and forward
/// buttons and takes over clicks on the site's own links.
pub fn provide_navigation(base: &str, initial: Url) -> Navigation {
    let navigation = Navigation::new(initial);
    provide_context(navigation);
    browser::listen(navigation, base.to_string());
    navigation
}

/// The location provided by the app. A missing context is a bug in how the
/// app is put together, not a visitor's error, so it fails loudly.
pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

/// The page's origin (`https://example.org`); browser-only, like [`window`].
pub fn origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// The browser's current address as a [`Url`]; `/` outside a browser.
pub fn current_url() -> Url {
    browser::current()
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};

    use super::{in_app, origin, Click, History, Link, Navigation, Url};

    pub fn current() -> Url {
        let location = window().location();
        let part = |value: Result<String, JsValue>, mark: char| {
            value
                .unwrap_or_default()
                .trim_start_matches(mark)
                .to_string()
        };
        Url {
            path: location.pathname().unwrap_or_else(|_| "/".to_string()),
            search: part(location.search(), '?'),
            hash: part(location.hash(), '#'),
        }
    }

    /// Each entry the app writes keeps the reader's scroll position as its
    /// state, so back and forward can put it back once the page they lead
    /// to is drawn (the browser's own restoration runs before that, on a
    /// page that may still be too short).
    pub fn write_history(href: &str, history: History) {
        let Ok(h) = window().history() else { return };
        let scroll = JsValue::from_f64(window().scroll_y().unwrap_or(0.0));
        let _ = match history {
            History::Push => {
                // The entry being left remembers where the reader was.
                let _ = h.replace_state(&scroll, "");
                h.push_state_with_url(&JsValue::NULL, "", Some(href))
            }
            History::Replace => h.replace_state_with_url(&scroll, "", Some(href)),
        };
    }

    pub fn listen(navigation: Navigation, base: String) {
        // Back, forward and fragment changes: the browser has changed the
        // address; the position an entry remembers is restored once drawn.
        let _ = window_event_listener(leptos::ev::popstate, move |ev| {
            let url = current();
            let y = ev.state().as_f64();
            when_ready(navigation, &url.path.clone(), move || {
                navigation.url.set(url);
                if let Some(y) = y {
                    request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
                }
            });
        });
        let _ = window_event_listener(leptos::ev::hashchange, move |_| {
            navigation.url.set(current())
        });
        let intent_base = base.clone();
        let _ = window_event_listener(leptos::ev::click, move |ev| on_click(navigation, &base, ev));
        // A pointer over a link, or focus on it, starts loading what its
        // page needs, so the click that usually follows does not wait.
        let intent = move |target: Option<web_sys::EventTarget>| {
            let Some(link) = link_of(target) else { return };
            let href = link.href();
            let plain = Click {
                button: 0,
                modifier: false,
                default_prevented: false,
            };
            let link = Link {
                href: &href,
                target: "",
                download: false,
                rel: "",
            };
            let current = navigation.url.get_untracked();
            if let Some(url) = in_app(plain, link, &origin(), &intent_base, &current) {
                if let Some(wait) = navigation.prepare(&url.path) {
                    leptos::task::spawn_local(wait);
                }
            }
        };
        let intent = std::rc::Rc::new(intent);
        for event in ["pointerover", "focusin"] {
            let intent = intent.clone();
            let _ = window_event_listener_untyped(event, move |ev| intent(ev.target()));
        }
    }

    thread_local! {
        /// The latest navigation: one that finishes waiting after a later
        /// one has started is dropped.
        static LATEST: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }

    /// Runs `show` once `path` can be drawn: at once, or after what it
    /// waits for, with `data-navigating` on the root element meanwhile (the
    /// stylesheet shows progress).
    fn when_ready(navigation: Navigation, path: &str, show: impl FnOnce() + 'static) {
        let ticket = LATEST.with(|latest| {
            latest.set(latest.get().wrapping_add(1));
            latest.get()
        });
        let root = document().document_element();
        let Some(wait) = navigation.prepare(path) else {
            if let Some(root) = root {
                let _ = root.remove_attribute("data-navigating");
            }
            return show();
        };
        if let Some(root) = &root {
            let _ = root.set_attribute("data-navigating", "");
        }
        leptos::task::spawn_local(async move {
            wait.await;
            if LATEST.with(|latest| latest.get()) == ticket {
                if let Some(root) = root {
                    let _ = root.remove_attribute("data-navigating");
                }
                show();
            }
        });
    }

    fn link_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::HtmlAnchorElement> {
        target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    }

    fn on_click(navigation: Navigation, base: &str, ev: web_sys::MouseEvent) {
        let Some(link) = link_of(ev.target()) else {
            return;
        };
        let click = Click {
            button: ev.button(),
            modifier: ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key(),
            default_prevented: ev.default_prevented(),
        };
        let (href, target, rel) = (link.href(), link.target(), link.rel());
        let link = Link {
            href: &href,
            target: &target,
            download: link.has_attribute("download"),
            rel: &rel,
        };
        let origin = origin();
        let current = navigation.url.get_untracked();
        let Some(url) = in_app(click, link, &origin, base, &current) else {
            return;
        };
        ev.prevent_default();
        // Following a link to the page already shown does not add an entry.
        let history = if url == current {
            History::Replace
        } else {
            History::Push
        };
        // A new page starts at its top, or at the fragment it names, once
        // it is drawn.
        when_ready(navigation, &url.path.clone(), move || {
            navigation.navigate(&url.href(), history);
            let hash = url.hash;
            request_animation_frame(move || {
                let target = (!hash.is_empty())
                    .then(|| document().get_element_by_id(&crate::content::query::decode(&hash)))
                    .flatten();
                match target {
                    Some(el) => el.scroll_into_view(),
                    None => window().scroll_to_with_x_and_y(0.0, 0.0),
                }
            });
        });
    }
}

/// Outside the browser (the prerenderer, native tests) there is no
/// address bar: the location is what the caller gave.
#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::{History, Navigation, Url};

    pub fn current() -> Url {
        Url::parse("/")
    }

    pub fn write_history(_href: &str, _history: History) {}

    pub fn listen(_navigation: Navigation, _base: String) {}
}
