//! Entry point of the browser build: mounts the app. On a prerendered page
//! (see `src/prerender.rs`) the live app is rendered out of sight first and
//! replaces the static HTML only once its content is on screen, keeping the
//! reader's scroll position and focus, so the take-over is not seen.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long the live app may wait for its content before it takes over
/// anyway (showing its own loading or failure state).
const TAKE_OVER_AFTER_MS: f64 = 10_000.0;

fn main() {
    console_error_panic_hook_lite();
    let prerendered = document().get_element_by_id("prerendered");
    let app = prerendered.as_ref().and_then(|_| {
        let app = document().create_element("div").ok()?;
        app.set_id("app");
        let _ = app.set_attribute("hidden", "");
        document().body()?.append_child(&app).ok()?;
        app.dyn_into::<web_sys::HtmlElement>().ok()
    });
    match (prerendered, app) {
        (Some(prerendered), Some(app)) => {
            // The page the app is about to show, read as the app reads it.
            let base = aomori_dx::routing::normalize_base(&aomori_dx::base_from_document());
            let path = aomori_dx::navigation::current_url().path;
            if let Some(page) = aomori_dx::routing::parse(&base, &path).page {
                aomori_dx::pages::load_early(page);
            }
            // The page is already readable: render the live app in a task of
            // its own, not in the one that instantiated the wasm, so neither
            // blocks input for long (phones count every long task).
            set_timeout(
                move || {
                    leptos::mount::mount_to(app.clone(), aomori_dx::mount_view).forget();
                    wait_then_take_over(prerendered, app, now());
                },
                std::time::Duration::ZERO,
            );
        }
        _ => leptos::mount::mount_to_body(aomori_dx::mount_view),
    }
}

/// Checks once a frame whether the live app has its content.
fn wait_then_take_over(prerendered: web_sys::Element, app: web_sys::HtmlElement, started: f64) {
    let ready = app.query_selector("main h1").ok().flatten().is_some()
        && app
            .query_selector(".loading, [data-pending]")
            .ok()
            .flatten()
            .is_none();
    if ready || now() - started > TAKE_OVER_AFTER_MS {
        take_over(&prerendered, &app);
    } else {
        request_animation_frame(move || wait_then_take_over(prerendered, app, started));
    }
}

/// Swaps the static page for the live one in one step: same layout, same
/// scroll position, and focus on the live twin of the focused element.
fn take_over(prerendered: &web_sys::Element, app: &web_sys::HtmlElement) {
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
    if let Some(el) = focused.and_then(|path| element_at(app, &path)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
    window().scroll_to_with_x_and_y(scroll.0, scroll.1);
}

/// The positions among element children from `root` down to `el`.
fn element_path(root: &web_sys::Element, el: &web_sys::Element) -> Vec<u32> {
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

fn element_at(root: &web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    path.iter()
        .try_fold(root.clone(), |node, &i| node.children().item(i))
}

fn now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// Panics are bugs, not user errors: log them readably in the console.
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        leptos::logging::error!("{info}");
    }));
}
