//! The first page's take-over: how the live app replaces the prerendered page
//! without being seen, and without much work while a phone is busy.
//!
//! The prerendered page already shows everything. So the live app keeps it
//! and draws live only its islands (`data-island`): the parts that do
//! something (the share buttons; the overview's period, structure and logo;
//! the poem's controls, status and reading for print; the timeline's
//! fold button, filters, results and downloads), each in a task of its own,
//! those on screen first, so no task is long even on a slow phone. An
//! island that only follows the state (the poem's stage and lines, the
//! timeline's axis) is kept as prerendered, its effects working on it
//! (`pages::island::Island::Kept`); only such an island may hold others. The frame
//! gets its handlers without being drawn again (`components::shell::enhance`).
//! The first link to another page draws the whole app, as every later page
//! is drawn.
//!
//! The prerendered page is kept only while it is what the live app would
//! draw: it must be the page for the address (`data-path`; not a 404 page,
//! which a server sends for any unknown address), every content file the
//! page reads must be the one it was built from (`data-content`, compared
//! by fingerprint), and its page's code must load. Otherwise (a file edited
//! after the build, or one that fails), the live app draws the whole page
//! out of sight and swaps it in, keeping scroll position and focus, as for
//! a page without `data-content`.
//! Either way `<html data-live>` says when the page is live.

use std::any::Any;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

use crate::components::{head, share::Share, shell};
use crate::content::load::{as_built, FileStatus};
use crate::content::Content;
use crate::context::{provide_site, use_content, Site};
use crate::lang::Lang;
use crate::navigation;
use crate::pages::island::Island;
use crate::pages::{self, PageCode};
use crate::routing::{self, Page};

mod state;
mod whole;
use state::{mark_live, root_owner, ISLANDS, ROOT};
use whole::{element_at, element_path, focus, whole_app_in_place, whole_app_out_of_sight};

/// Starts the live app (from `main`) in a task of its own: the one that
/// instantiated the wasm has worked long enough.
pub fn start() {
    set_timeout(begin, std::time::Duration::ZERO);
}

fn begin() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let base = routing::normalize_base(&crate::base_from_document());
    let root = Owner::new();
    ROOT.with_borrow_mut(|slot| *slot = Some(root.clone()));
    let Some(prerendered) = document().get_element_by_id("prerendered") else {
        // No prerendered page (a build without the post-build hook): the
        // whole app, drawn at once.
        root.with(|| {
            crate::provide_app(&base, None, None);
            whole::whole_app_at_once(provide_site(base.clone()));
        });
        mark_live();
        return;
    };
    let url = navigation::current_url();
    let route = routing::parse(&base, &url.path);
    if let Some(page) = route.page {
        pages::load_early(page);
    }
    // The rest in a task of its own, not in the one that instantiated the
    // wasm: each stays short, so neither keeps a tap waiting for long.
    set_timeout(
        move || {
            root.with(|| {
                crate::provide_app(&base, None, Some(url));
                let site = provide_site(base.clone());
                pages::prepare_links(site);
                // The page the prerendered HTML is (a server may answer an
                // address with another page's file: a 404 page for every
                // unknown address, in one language).
                let built_for = prerendered
                    .get_attribute("data-path")
                    .map(|path| routing::parse(&base, &path));
                match (prerendered.get_attribute("data-content"), route.page) {
                    (Some(built), Some(page)) if built_for == Some(route) => {
                        keep(prerendered, site, page, built)
                    }
                    _ => whole_app_out_of_sight(prerendered),
                }
            });
        },
        std::time::Duration::ZERO,
    );
}

/// Waits for `page`'s code, then for its content files (the plan, for the
/// frame, and the page's own), then keeps the prerendered page and draws its
/// islands if the files are as built, or else draws it anew.
fn keep(prerendered: web_sys::Element, site: Site, page: Page, built: String) {
    let content = use_content();
    leptos::task::spawn_local(async move {
        match pages::page_code(page).await {
            Ok(code) => {
                root_owner().with(|| when_as_built(prerendered, site, content, code, built))
            }
            // The whole app shows the translated alert and its retry.
            Err(_) => whole_app_out_of_sight(prerendered),
        }
    });
}

fn when_as_built(
    prerendered: web_sys::Element,
    site: Site,
    content: Content,
    code: PageCode,
    built: String,
) {
    // The effect's own last value says whether it has decided.
    Effect::new(move |decided: Option<bool>| {
        if decided == Some(true) {
            return true;
        }
        // Both statuses first, so both files start loading at once.
        let statuses = [content.plan.status(), (code.file)(&content)];
        if statuses.iter().any(|(_, s)| *s == FileStatus::Pending) {
            return false;
        }
        let fresh = statuses.iter().all(|(name, status)| match status {
            FileStatus::Ready(fetched) => as_built(&built, name, *fetched),
            _ => false,
        });
        let prerendered = prerendered.clone();
        if fresh {
            islands(prerendered, site, code);
        } else {
            whole_app_out_of_sight(prerendered);
        }
        true
    });
}

/// Makes the prerendered page live: the frame's handlers, then each island
/// drawn in a task of its own, those on screen first.
fn islands(prerendered: web_sys::Element, site: Site, code: PageCode) {
    let lang = site.route.get_untracked().lang;
    let owner = root_owner().child();
    owner.with(|| {
        // A link or back/forward to another page: the whole app from now on.
        let first = site.route.get_untracked();
        let leaving = prerendered.clone();
        shell::enhance(&prerendered, lang, move || {
            if site.route.get_untracked() != first {
                let prerendered = leaving.clone();
                queue_microtask(move || whole_app_in_place(prerendered, site));
            }
        });
        head::manage_head(site);
    });
    ISLANDS.with_borrow_mut(|slot| *slot = Some((owner, Vec::new())));

    let mut found: Vec<web_sys::Element> = Vec::new();
    if let Ok(list) = prerendered.query_selector_all("[data-island]") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into().ok()) {
                found.push(el);
            }
        }
    }
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let on_screen = |el: &web_sys::Element| {
        let rect = el.get_bounding_client_rect();
        rect.bottom() > 0.0 && rect.top() < height
    };
    // On screen first (a partition, not a sort: no sorting code in the wasm).
    let (mut order, below): (Vec<_>, Vec<_>) = found.into_iter().partition(on_screen);
    order.extend(below);
    order.reverse(); // popped from the end
    next_island(prerendered, order, lang, code);
}

/// Draws the next island in a task of its own, then the rest.
fn next_island(
    prerendered: web_sys::Element,
    mut rest: Vec<web_sys::Element>,
    lang: Lang,
    code: PageCode,
) {
    let Some(el) = rest.pop() else {
        mark_live();
        return;
    };
    set_timeout(
        move || {
            // Dropped meanwhile: the whole app has taken over.
            let Some(owner) = ISLANDS.with_borrow(|slot| slot.as_ref().map(|(o, _)| o.clone()))
            else {
                return;
            };
            let name = el.get_attribute("data-island").unwrap_or_default();
            let island = owner.with(|| match name.as_str() {
                "share" => Some(Island::Drawn(view! { <Share lang=lang /> }.into_any())),
                name => (code.island)(name, &el),
            });
            let view = match island {
                Some(Island::Drawn(view)) => Some(view),
                Some(Island::Kept) => return next_island(prerendered, rest, lang, code),
                None => None,
            };
            let Some(view) = view else {
                // An island this build cannot draw: a bug, but never a dead page.
                leptos::logging::error!("take-over: no island named {name}");
                return whole_app_out_of_sight(prerendered);
            };
            let Some(state) = owner.with(|| replace(&el, view)) else {
                return whole_app_out_of_sight(prerendered);
            };
            ISLANDS.with_borrow_mut(|slot| {
                if let Some((_, states)) = slot {
                    states.push(state);
                }
            });
            next_island(prerendered, rest, lang, code);
        },
        std::time::Duration::ZERO,
    );
}

/// Puts `view` where `el` is, keeping focus on the live twin of whatever
/// was focused inside it.
fn replace(el: &web_sys::Element, view: AnyView) -> Option<Box<dyn Any>> {
    let parent = el.parent_element()?;
    let focused = document()
        .active_element()
        .filter(|f| el.contains(Some(f)))
        .map(|f| element_path(el, &f));
    let mut state = view.build();
    state.mount(&parent, Some(el));
    let live = el.previous_element_sibling();
    el.remove();
    if let (Some(path), Some(live)) = (focused, live) {
        focus(element_at(&live, &path));
    }
    Some(Box::new(state))
}
