//! The take-over's other path: the whole app drawn in place of the
//! prerendered page, after a link from it, or out of sight and swapped in
//! one step, keeping scroll position and focus, when the prerendered page
//! cannot be kept (see the parent module).

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

use super::state::{mark_live, root_owner, ISLANDS};
use crate::components::head;
use crate::context::Site;
use crate::{CurrentPage, Shell};

/// How long a whole-page take-over may wait for its content before it
/// swaps anyway (showing its own loading or failure state).
const TAKE_OVER_AFTER_MS: f64 = 10_000.0;

/// After a link from the first page: the islands go, and the whole app is
/// drawn in place of the prerendered page (the new page's code has arrived:
/// links wait for it), its heading focused as after any link.
pub(super) fn whole_app_in_place(prerendered: web_sys::Element, site: Site) {
    let Some((owner, states)) = ISLANDS.with_borrow_mut(Option::take) else {
        return;
    };
    drop(states);
    owner.cleanup();
    let Some(app) = app_root(false) else { return };
    mount_whole_app(&app, site);
    prerendered.remove();
    head::focus_heading();
    // Also when the link came before the last island was drawn.
    mark_live();
}

/// The whole app at the end of the body, for a page without a prerendered
/// twin.
pub(super) fn whole_app_at_once(site: Site) {
    if let Some(app) = app_root(false) {
        mount_whole_app(&app, site);
    }
}

/// The first page drawn anew, out of sight, then swapped in.
pub(super) fn whole_app_out_of_sight(prerendered: web_sys::Element) {
    if let Some((owner, _)) = ISLANDS.with_borrow_mut(Option::take) {
        owner.cleanup();
    }
    // In a task of its own, not in the one that instantiated the wasm or
    // loaded the content, so neither blocks input for long.
    set_timeout(
        move || {
            let Some(app) = app_root(true) else { return };
            let site = root_owner().with(crate::context::use_site);
            mount_whole_app(&app, site);
            wait_then_take_over(prerendered, app, now());
        },
        std::time::Duration::ZERO,
    );
}

/// A new `<div id="app">` at the end of the body (`hidden` when it is drawn
/// out of sight).
fn app_root(hidden: bool) -> Option<web_sys::HtmlElement> {
    let app = document().create_element("div").ok()?;
    app.set_id("app");
    if hidden {
        let _ = app.set_attribute("hidden", "");
    }
    document().body()?.append_child(&app).ok()?;
    app.dyn_into().ok()
}

/// The whole app (frame and current page) into `app`, for the life of the
/// page.
fn mount_whole_app(app: &web_sys::HtmlElement, site: Site) {
    let base = site.base.get_value();
    let owner = root_owner().child();
    let state = owner.with(|| {
        let mut state = view! {
            <Shell base=base>
                <CurrentPage />
            </Shell>
        }
        .build();
        state.mount(app, None);
        state
    });
    std::mem::forget((owner, state));
}

/// Checks once a frame whether the whole app has its content.
fn wait_then_take_over(prerendered: web_sys::Element, app: web_sys::HtmlElement, started: f64) {
    let ready = app.query_selector("main h1").ok().flatten().is_some()
        && app
            .query_selector(".loading, [data-pending]")
            .ok()
            .flatten()
            .is_none();
    if ready || now() - started > TAKE_OVER_AFTER_MS {
        swap(&prerendered, &app);
        mark_live();
    } else {
        request_animation_frame(move || wait_then_take_over(prerendered, app, started));
    }
}

/// Swaps the static page for the live one in one step: same layout, same
/// scroll position, and focus on the live twin of the focused element.
fn swap(prerendered: &web_sys::Element, app: &web_sys::HtmlElement) {
    let scroll = (
        window().scroll_x().unwrap_or(0.0),
        window().scroll_y().unwrap_or(0.0),
    );
    let focused = document()
        .active_element()
        .filter(|el| prerendered.contains(Some(el)))
        .map(|el| element_path(prerendered, &el));
    let _ = app.remove_attribute("hidden");
    prerendered.remove();
    if let Some(path) = focused {
        focus(element_at(app, &path));
    }
    window().scroll_to_with_x_and_y(scroll.0, scroll.1);
}

pub(super) fn focus(el: Option<web_sys::Element>) {
    if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The positions among element children from `root` down to `el`.
pub(super) fn element_path(root: &web_sys::Element, el: &web_sys::Element) -> Vec<u32> {
    let mut path = Vec::new();
    let mut node = el.clone();
    while &node != root {
        let Some(parent) = node.parent_element() else {
            break;
        };
        let children = parent.children();
        let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&node));
        path.push(index.unwrap_or(0));
        node = parent;
    }
    path.reverse();
    path
}

pub(super) fn element_at(root: &web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    path.iter()
        .try_fold(root.clone(), |node, &i| node.children().item(i))
}

fn now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}
