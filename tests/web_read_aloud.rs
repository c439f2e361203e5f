//! Browser test of reading the poem aloud, against a stub speech engine put
//! in place before the page mounts: each line's `end` speaks the next, in the
//! order shown, with the highlight on it; Stop cancels. Its own file so it
//! runs in its own page, with its own `speechSynthesis`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

mod common;
use common::{mount_with_poem, query, shipped_poem, text_of, until};

wasm_bindgen_test_configure!(run_in_browser);

/// Records each utterance as `text|lang|voice`, and speaks a line until
/// `__speech.end()` is called.
const STUB: &str = r#"
  let speaking = null;
  window.__speech = { log: [], cancels: 0, end() { const u = speaking; speaking = null; u && u.onend && u.onend({}); } };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
    getVoices: () => [{ lang: 'en-US', name: 'English' }, { lang: 'ja-JP', name: 'Japanese' }],
    speak(u) { speaking = u; window.__speech.log.push([u.text, u.lang, u.voice && u.voice.name].join('|')); },
    cancel() { window.__speech.cancels += 1; speaking = null; },
  } });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
"#;

fn js(code: &str) -> JsValue {
    js_sys::Function::new_no_args(code)
        .call0(&JsValue::NULL)
        .expect(code)
}

fn spoken() -> Vec<String> {
    js_sys::Array::from(&js("return window.__speech.log"))
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// The `data-key` (line index) of the highlighted line.
fn highlighted() -> Option<String> {
    query("ol.poem-lines > li[aria-current]").and_then(|li| li.get_attribute("data-key"))
}

fn button_label() -> String {
    text_of("button.read-aloud")
}

#[wasm_bindgen_test]
async fn each_end_speaks_the_next_line_in_the_order_shown_and_stop_cancels() {
    js(STUB);
    let poem = shipped_poem();
    let lines: Vec<String> = poem.lines.iter().map(|l| l.ja.clone()).collect();
    let _handle = mount_with_poem("/poem/?order=reverse", poem);
    until("the read-aloud button", 2000.0, || {
        button_label() == "読み上げ"
    })
    .await;
    query("button.read-aloud").expect("button").click();
    until("the button to say Stop", 2000.0, || {
        button_label() == "停止"
    })
    .await;

    // Bottom to top: line 12 first.
    for (place, line) in (0..12).rev().enumerate() {
        until("the next utterance", 2000.0, || spoken().len() == place + 1).await;
        assert_eq!(spoken()[place], format!("{}|ja-JP|Japanese", lines[line]));
        let key = Some(line.to_string());
        until("the highlight on the line spoken", 2000.0, || {
            highlighted() == key
        })
        .await;
        js("window.__speech.end()");
    }
    until("the end of the reading", 2000.0, || {
        highlighted().is_none() && button_label() == "読み上げ"
    })
    .await;
    assert_eq!(spoken().len(), 12);

    query("button.read-aloud").expect("button").click();
    until("a second reading", 2000.0, || spoken().len() == 13).await;
    query("button.read-aloud").expect("button").click();
    assert_eq!(js("return window.__speech.cancels").as_f64(), Some(2.0));
    until("Stop to clear the highlight", 2000.0, || {
        highlighted().is_none() && button_label() == "読み上げ"
    })
    .await;
    js("window.__speech.end()");
    assert_eq!(spoken().len(), 13, "nothing spoken after Stop");
}
