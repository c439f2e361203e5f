//! Small browser services used from event handlers: clipboard and file
//! downloads. Failures are returned, never panicked on.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Copies `text`; `false` if the browser refused (no permission, insecure
/// context, no clipboard API).
pub async fn copy_text(text: &str) -> bool {
    // `navigator.clipboard` is undefined outside secure contexts (plain
    // http on a LAN address); calling it would throw through the wasm.
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|value| !value.is_undefined() && !value.is_null());
    if !has_clipboard {
        return false;
    }
    let clipboard = navigator.clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Offers `content` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // Give the browser time to start the download before the URL is freed.
    set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// The page's absolute URL with `hash` as its fragment.
pub fn url_with_hash(hash: &str) -> String {
    let location = window().location();
    let base = location.href().unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default();
    format!("{base}#{hash}")
}
