//! Helpers shared by the browser tests.

use std::sync::Arc;

use aomori_dx::content::model::Poem;
use aomori_dx::content::{load, Content, LoadState};
use aomori_dx::navigation::{current_url, provide_navigation};
use aomori_dx::{CurrentPage, Shell};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Waits one short timer turn (timers, microtasks and frames run meanwhile).
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn now() -> f64 {
    window().performance().expect("performance").now()
}

/// Waits until `condition` holds, checking every 10 ms; panics naming
/// `what` if it does not within `timeout_ms`. Returns how long it took.
pub async fn until(what: &str, timeout_ms: f64, mut condition: impl FnMut() -> bool) -> f64 {
    let started = now();
    loop {
        if condition() {
            return now() - started;
        }
        assert!(
            now() - started < timeout_ms,
            "timed out after {timeout_ms} ms waiting for {what}"
        );
        pause(10).await;
    }
}

/// The first element matching `selector`.
pub fn query(selector: &str) -> Option<HtmlElement> {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// The text of the first element matching `selector` ("" when there is none).
pub fn text_of(selector: &str) -> String {
    query(selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// The shipped poem, parsed as the app parses it.
#[allow(dead_code)] // the poem's tests use it; tests/web.rs mounts the whole app
pub fn shipped_poem() -> Poem {
    load::parse(include_str!("../../public/data/poem.json")).expect("shipped poem parses")
}

/// Mounts the shell and the page at `path` with `poem` already loaded (no
/// request). Keep the handle: dropping it unmounts the app.
#[allow(dead_code)] // the poem's tests use it; tests/web.rs mounts the whole app
pub fn mount_with_poem(path: &str, poem: Poem) -> impl Sized {
    let container = start_at(path);
    leptos::mount::mount_to(container, move || {
        let content = Content::new("");
        content.poem.state.set(LoadState::Ready(Arc::new(poem)));
        provide_context(content);
        provide_navigation("", current_url());
        view! {
            <Shell base=String::new()>
                <CurrentPage />
            </Shell>
        }
    })
}

/// Puts the test page at `path` (the router reads it on mount) and returns a
/// fresh container to mount into.
pub fn start_at(path: &str) -> HtmlElement {
    let _ = window().history().expect("history").replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(path),
    );
    let container: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    container
}
