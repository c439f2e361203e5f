//! Browser tests (wasm-bindgen-test in headless Chromium): the shell mounted
//! for real, clicked, and checked in the DOM.
#![cfg(target_arch = "wasm32")]

use aomori_dx::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod common;
use common::{query, start_at, text_of, until};

wasm_bindgen_test_configure!(run_in_browser);

fn link_named(name: &str) -> HtmlElement {
    let links = document().query_selector_all("a").expect("query links");
    (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|a| {
            // A menu link carries its phone name too (`.nav-short`): its full name counts.
            let full = a.query_selector(".nav-full").ok().flatten();
            full.and_then(|f| f.text_content())
                .or_else(|| a.text_content())
                .unwrap_or_default()
                .trim()
                == name
        })
        .unwrap_or_else(|| panic!("no link named {name}"))
}

fn html_lang() -> String {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

fn h1() -> String {
    text_of("h1")
}

#[wasm_bindgen_test]
async fn language_switch_changes_language_page_and_url() {
    let container = start_at("/timeline/?q=test");
    let _handle = leptos::mount::mount_to(container, || view! { <App base="" /> });
    until("the timeline page", 2000.0, || {
        h1() == "プラン決定までの経過" && document().title().contains("プラン決定までの経過")
    })
    .await;

    assert_eq!(html_lang(), "ja");
    assert_eq!(h1(), "プラン決定までの経過");
    assert!(document().title().contains("プラン決定までの経過"));

    link_named("English").click();
    until("the English page", 2000.0, || {
        h1() == "How the plan was decided"
            && html_lang() == "en"
            && document().title().contains("How the plan was decided")
    })
    .await;

    assert_eq!(html_lang(), "en");
    assert_eq!(h1(), "How the plan was decided");
    let location = window().location();
    assert_eq!(location.pathname().expect("pathname"), "/en/timeline/");
    assert_eq!(
        location.search().expect("search"),
        "?q=test",
        "the query is kept"
    );
    assert!(document().title().contains("How the plan was decided"));
    let alternate = query("link[rel=alternate][hreflang=ja]").expect("hreflang ja link");
    assert!(alternate
        .get_attribute("href")
        .unwrap_or_default()
        .ends_with("/timeline/"));

    // Navigation works in English and the switch goes back to Japanese.
    link_named("About this site").click();
    until("the about page", 2000.0, || h1() == "About this site").await;
    link_named("日本語").click();
    until("the Japanese about page", 2000.0, || {
        h1() == "このサイトについて" && html_lang() == "ja"
    })
    .await;
    assert_eq!(html_lang(), "ja");
    assert_eq!(h1(), "このサイトについて");
    assert_eq!(window().location().pathname().expect("pathname"), "/about/");

    // The content files are not served by the test runner: the failure is
    // visible as a translated alert with a retry button, not a blank page
    // (the about page has one already, for its test report's file).
    link_named("プランの概要").click();
    until("an alert for the missing data file", 5000.0, || {
        h1() == "青森県DX推進プラン" && query("[role=alert] button").is_some()
    })
    .await;
    let alert = query("[role=alert]").expect("an alert for the missing data file");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("data/plan.json"), "{text}");
    assert!(query("[role=alert] button").is_some(), "retry button");
}
