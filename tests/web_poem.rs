//! Browser test of the poem component: mounted with the shipped poem data,
//! toggled, and checked in the DOM and the URL. Its own file so it runs in
//! its own page, apart from the shell test's app.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod common;
use common::{mount_with_poem, query, shipped_poem, text_of, until};

wasm_bindgen_test_configure!(run_in_browser);

fn line_keys() -> Vec<String> {
    let items = document()
        .query_selector_all("ol.poem-lines > li")
        .expect("lines");
    (0..items.length())
        .filter_map(|i| items.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute("data-key"))
        .collect()
}

/// How many animations (CSS or script) are running in the document now.
pub fn running_animations() -> usize {
    let get = js_sys::Reflect::get(&document(), &"getAnimations".into()).expect("getAnimations");
    let animations: js_sys::Array = get
        .unchecked_into::<js_sys::Function>()
        .call0(&document())
        .expect("document.getAnimations()")
        .unchecked_into();
    animations
        .iter()
        .filter(|a| {
            js_sys::Reflect::get(a, &"playState".into())
                .ok()
                .and_then(|s| s.as_string())
                .as_deref()
                == Some("running")
        })
        .count()
}

fn toggle() -> HtmlElement {
    query("button.poem-toggle").expect("the reverse toggle")
}

#[wasm_bindgen_test]
async fn poem_toggle_reverses_dom_order_and_url_and_back() {
    let _handle = mount_with_poem("/poem/", shipped_poem());
    let original: Vec<String> = (0..12).map(|i| i.to_string()).collect();
    // Effects run after the mount: the title is set by one, and the poem's
    // own (which reorders on a URL change) has run by then.
    until("the poem page, its effects run", 2000.0, || {
        line_keys() == original && document().title().contains("逆転の発想")
    })
    .await;
    // Its name says what a click does: no pressed state to contradict it.
    assert_eq!(toggle().get_attribute("aria-pressed"), None);
    assert_eq!(
        toggle()
            .text_content()
            .unwrap_or_default()
            .trim_start_matches('⇅'),
        "下から読む"
    );

    toggle().click();
    let reversed: Vec<String> = (0..12).rev().map(|i| i.to_string()).collect();
    // The DOM order changes at once; the lines then move to their new places.
    until("the reversal's movement", 2000.0, || {
        line_keys() == reversed && running_animations() > 0
    })
    .await;
    assert_eq!(
        window().location().search().expect("search"),
        "?order=reverse"
    );
    assert_eq!(toggle().get_attribute("aria-pressed"), None);
    assert_eq!(
        toggle()
            .text_content()
            .unwrap_or_default()
            .trim_start_matches('⇅'),
        "上から読む"
    );
    assert!(text_of(".poem [role=status]").contains("12行目→1行目"));

    // A second click during the movement still ends in the original order,
    // on screen as in the DOM, with nothing left moved.
    let moving = running_animations();
    toggle().click();
    assert!(moving > 0, "the second click landed during the movement");
    assert_eq!(window().location().search().expect("search"), "");
    until("the movement to end", 5000.0, || running_animations() == 0).await;
    assert_eq!(line_keys(), original);
    assert_eq!(visual_keys(), original, "top to bottom on screen");
}

/// The lines' keys sorted by where they are drawn, top to bottom, and each
/// line drawn below the one before (no overlap, no transform left).
fn visual_keys() -> Vec<String> {
    let items = document()
        .query_selector_all("ol.poem-lines > li")
        .expect("lines");
    let mut boxes: Vec<(f64, f64, String)> = (0..items.length())
        .filter_map(|i| items.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|e| {
            let r = e.get_bounding_client_rect();
            (
                r.top(),
                r.bottom(),
                e.get_attribute("data-key").unwrap_or_default(),
            )
        })
        .collect();
    boxes.sort_by(|a, b| a.0.total_cmp(&b.0));
    for pair in boxes.windows(2) {
        assert!(pair[1].0 >= pair[0].1 - 0.5, "lines overlap: {pair:?}");
    }
    boxes.into_iter().map(|(_, _, key)| key).collect()
}

#[wasm_bindgen_test]
fn search_normalisation_in_the_browser_uses_nfkc_and_lower_case() {
    use aomori_dx::content::search::{normalize, terms, Searchable};
    assert_eq!(normalize("ＡＢＣ１２３　ＤＸ"), "abc123 dx");
    assert_eq!(normalize("ｶﾀｶﾅ"), "カタカナ");
    let text = Searchable::new("㍻とＤＸ");
    assert!(text.matches_all(&terms("平成 dx")));
    assert_eq!(
        text.ranges(&terms("dx")),
        vec![6..12],
        "the full-width ＤＸ, by byte offsets"
    );
}
