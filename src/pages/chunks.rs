//! The page the current route points at. In the browser build (feature
//! `split`) each page's code is a wasm chunk of its own, loaded when the page
//! is first shown: a first visit downloads the frame and one page, not all
//! four. Elsewhere (the prerenderer, the tests) every page is linked in.

use leptos::prelude::*;

use crate::content::load::FileStatus;
use crate::content::Content;
#[cfg(not(feature = "split"))]
use crate::context::use_site;
use crate::routing::Page;

use super::island::Island;
use super::not_found::NotFoundPage;

/// A page's code, as its chunk hands it to the main module: plain function
/// pointers, so that the main module draws them under its own reactive owner.
#[derive(Clone, Copy)]
pub struct PageCode {
    /// Draws the whole page.
    pub page: fn() -> AnyView,
    /// Draws one of the page's islands (`data-island="name"`): the parts the
    /// first page's take-over draws live, keeping the rest of the
    /// prerendered page (`crate::takeover`), given the prerendered element.
    /// `None` for an unknown name.
    pub island: fn(&str, &web_sys::Element) -> Option<Island>,
    /// The page's own content file and where it is (`Source::status`),
    /// which the take-over waits for: here, so that its parser stays in
    /// the page's chunk.
    pub file: fn(&Content) -> (&'static str, FileStatus),
}

fn overview() -> AnyView {
    view! { <super::overview::OverviewPage /> }.into_any()
}
fn poem() -> AnyView {
    view! { <super::poem::PoemPage /> }.into_any()
}
fn timeline() -> AnyView {
    view! { <super::timeline::TimelinePage /> }.into_any()
}
fn about() -> AnyView {
    view! { <super::about::AboutPage /> }.into_any()
}

const OVERVIEW: PageCode = PageCode {
    page: overview,
    island: |name, _| super::overview::island(name).map(Island::Drawn),
    file: |content| content.plan.status(),
};
const POEM: PageCode = PageCode {
    page: poem,
    island: super::poem::island,
    file: |content| content.poem.status(),
};
const TIMELINE: PageCode = PageCode {
    page: timeline,
    island: super::timeline::island,
    file: |content| content.timeline.status(),
};
/// The about page has nothing to draw live: links and text only.
const ABOUT: PageCode = PageCode {
    page: about,
    island: |_, _| None,
    file: |content| content.accessibility.status(),
};

/// A chunk could not be loaded: offline, or a newer deployment replaced it.
#[derive(Debug)]
pub struct ChunkFailed;

/// `routing::parse` is the single source of truth for pages and languages.
#[cfg(not(feature = "split"))]
#[component]
pub fn CurrentPage() -> impl IntoView {
    let site = use_site();
    move || match site.route.get().page {
        Some(page) => (code_of(page).page)(),
        None => view! { <NotFoundPage /> }.into_any(),
    }
}

#[cfg(not(feature = "split"))]
fn code_of(page: Page) -> PageCode {
    match page {
        Page::Overview => OVERVIEW,
        Page::Poem => POEM,
        Page::Timeline => TIMELINE,
        Page::About => ABOUT,
    }
}

#[cfg(feature = "split")]
pub use split::{load_early, page_code, prepare_links, CurrentPage};

/// Without chunks every page is linked in: nothing to load.
#[cfg(not(feature = "split"))]
pub fn load_early(_page: Page) {}

/// `page`'s code (without chunks, linked in).
#[cfg(not(feature = "split"))]
pub async fn page_code(page: Page) -> Result<PageCode, ChunkFailed> {
    Ok(code_of(page))
}

/// Without chunks no link waits for a page's code.
#[cfg(not(feature = "split"))]
pub fn prepare_links(_site: crate::context::Site) {}

#[cfg(feature = "split")]
mod split {
    use std::cell::RefCell;
    use std::rc::Rc;

    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    use super::{ChunkFailed, NotFoundPage, Page, PageCode};
    use crate::components::head::focus_heading;
    use crate::components::loaded::failure_alert;
    use crate::context::{use_site, Site};
    use crate::navigation::use_navigation;
    use crate::routing;

    impl From<SplitLoaderError> for ChunkFailed {
        fn from(_: SplitLoaderError) -> Self {
            ChunkFailed
        }
    }

    // One split point per page: the splitter moves what only that page uses
    // into its chunk, and what two or more pages share into shared chunks.
    #[wasm_split(page_overview, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn overview() -> Result<PageCode, ChunkFailed> {
        Ok(super::OVERVIEW)
    }
    #[wasm_split(page_poem, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn poem() -> Result<PageCode, ChunkFailed> {
        Ok(super::POEM)
    }
    #[wasm_split(page_timeline, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn timeline() -> Result<PageCode, ChunkFailed> {
        Ok(super::TIMELINE)
    }
    #[wasm_split(page_about, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn about() -> Result<PageCode, ChunkFailed> {
        Ok(super::ABOUT)
    }

    thread_local! {
        /// The pages whose code has arrived, for the life of the document.
        static LOADED: RefCell<Vec<(Page, PageCode)>> = const { RefCell::new(Vec::new()) };
    }

    fn loaded(page: Page) -> Option<PageCode> {
        LOADED.with_borrow(|loaded| loaded.iter().find(|(p, _)| *p == page).map(|(_, r)| *r))
    }

    /// Loads `page`'s chunk once; a failed load is tried again next time.
    async fn load(page: Page) -> Result<PageCode, ChunkFailed> {
        if let Some(code) = loaded(page) {
            return Ok(code);
        }
        let code = match page {
            Page::Overview => overview().await,
            Page::Poem => poem().await,
            Page::Timeline => timeline().await,
            Page::About => about().await,
        }?;
        LOADED.with_borrow_mut(|loaded| loaded.push((page, code)));
        Ok(code)
    }

    /// `page`'s code, once its chunk has arrived (the take-over's wait).
    pub async fn page_code(page: Page) -> Result<PageCode, ChunkFailed> {
        load(page).await
    }

    /// Links, back and forward wait for the next page's code before they
    /// show it (`navigation::Prepare`): set by `CurrentPage`, and by the
    /// take-over while the first page is drawn without it.
    pub fn prepare_links(site: Site) {
        let base = site.base;
        use_navigation().set_prepare(Rc::new(move |path: &str| {
            let page = routing::parse(&base.read_value(), path).page?;
            loaded(page).is_none().then(|| {
                Box::pin(async move {
                    let _ = load(page).await;
                }) as _
            })
        }));
    }

    /// Starts loading `page`'s chunk before the app is mounted: the chunk
    /// has usually arrived with the main wasm (the loader preloads it), and
    /// compiling it off the main thread while the frame is drawn saves the
    /// first page that wait (`CurrentPage` awaits the same load).
    pub fn load_early(page: Page) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = load(page).await;
        });
    }

    /// The current route's page once its code has arrived. Links, back and
    /// forward wait for a page's code before they show it (see
    /// `navigation::Prepare`), so this draws a page at once except on the
    /// first visit (where the prerendered page stays until it can) and after
    /// a failed load, which gets a translated alert with a retry button.
    #[component]
    pub fn CurrentPage() -> impl IntoView {
        let site = use_site();
        prepare_links(site);
        // Bumped when the awaited page's code arrives or fails to.
        let arrived = RwSignal::new(0u32);
        // The page whose code last failed to load, while it is the one shown.
        let failed = RwSignal::new(None::<Page>);
        let retried = StoredValue::new(false);
        move || {
            let route = site.route.get();
            let Some(page) = route.page else {
                return view! { <NotFoundPage /> }.into_any();
            };
            arrived.track();
            if let Some(code) = loaded(page) {
                if retried.get_value() {
                    retried.set_value(false);
                    focus_heading();
                }
                return (code.page)();
            }
            let t = route.lang.strings();
            if failed.get_untracked() == Some(page) {
                let retry = move || {
                    retried.set_value(true);
                    failed.set(None);
                    arrived.update(|n| *n += 1);
                };
                // The page's own heading stays, so the page is still named and
                // focus after a link has somewhere to go.
                let alert = failure_alert(
                    t.page_code_failed.to_string(),
                    t.load_failed_network.to_string(),
                    retried.get_value(),
                    Box::new(retry),
                );
                return view! {
                    <div class="page narrow">
                        <h1>{t.page_name(page)}</h1>
                        {alert}
                    </div>
                }
                .into_any();
            }
            spawn_local(async move {
                let ok = load(page).await.is_ok();
                if site.route.get_untracked().page == Some(page) {
                    failed.set((!ok).then_some(page));
                    arrived.update(|n| *n += 1);
                }
            });
            view! {
                <div class="page narrow">
                    <p class="loading" role="status" data-pending="">{t.loading}</p>
                </div>
            }
            .into_any()
        }
    }
}
