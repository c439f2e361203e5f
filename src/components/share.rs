//! Sharing the current page: plain links to Facebook, X and LINE (no
//! third-party scripts), the Web Share API where the browser has it, and
//! copying the link.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::browser;
use super::later::later;
use crate::content::query::encode;
use crate::context::use_site;
use crate::i18n::Strings;
use crate::lang::Lang;
use crate::navigation::use_navigation;

/// The networks a page can be shared to, by a plain link (no scripts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Network {
    Facebook,
    X,
    Line,
}

impl Network {
    pub const ALL: [Network; 3] = [Network::Facebook, Network::X, Network::Line];

    /// The link's class name.
    fn id(self) -> &'static str {
        match self {
            Network::Facebook => "facebook",
            Network::X => "x",
            Network::Line => "line",
        }
    }

    /// The network's share address for a page URL and title, correctly encoded.
    pub fn share_url(self, url: &str, title: &str) -> String {
        let u = encode(url);
        match self {
            Network::Facebook => format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
            Network::X => format!("https://x.com/intent/post?url={u}&text={}", encode(title)),
            Network::Line => format!("https://social-plugins.line.me/lineit/share?url={u}"),
        }
    }

    fn label(self, t: &Strings) -> &'static str {
        match self {
            Network::Facebook => t.share_facebook,
            Network::X => t.share_x,
            Network::Line => t.share_line,
        }
    }
}

/// The share links and buttons for the page shown, in the frame's `lang`.
#[component]
pub fn Share(lang: Lang) -> impl IntoView {
    let site = use_site();
    let location = use_navigation();
    let t = lang.strings();
    let origin = RwSignal::new(None::<String>);
    let can_share = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    // The origin and the Web Share API are only known in the browser.
    Effect::new(move |_| {
        origin.set(Some(crate::navigation::origin()));
        can_share.set(
            js_sys::Reflect::has(&window().navigator(), &JsValue::from_str("share"))
                .unwrap_or(false),
        );
    });
    // The links follow the address a task later (a click's task does only
    // what shows); copying and sharing read it as it is.
    let address = later(move || location.path_and_query());
    let url = move || {
        origin
            .get()
            .map(|o| format!("{o}{}", location.path_and_query()))
    };
    let link_url = move || origin.get().map(|o| format!("{o}{}", address.get()));
    let title = move || t.document_title(site.route.get().page);
    let copy = move |_| {
        let Some(url) = url() else { return };
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&url).await;
            status.set(if ok { t.link_copied } else { t.copy_failed }.to_string());
        });
    };
    let native = move |_| {
        let Some(url) = url() else { return };
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title().into());
        let share = js_sys::Reflect::get(&window().navigator(), &"share".into());
        if let Ok(share) = share.and_then(|f| f.dyn_into::<js_sys::Function>()) {
            // A rejected promise (the visitor cancelled) needs no message.
            let _ = share.call1(&window().navigator(), &data);
        }
    };
    // Always laid out, so the prerendered page has the same height as the
    // live one; invisible until the page's address is known.
    view! {
        <aside class="share" class:pending=move || origin.get().is_none() aria-labelledby="share-heading" data-island="share">
            <h2 id="share-heading" class="share-heading">{t.share_label}</h2>
            <ul>
                {Network::ALL
                    .into_iter()
                    .map(|network| {
                        let href = move || network.share_url(&link_url().unwrap_or_default(), &title());
                        view! {
                            <li>
                                <a class=format!("share-link share-{}", network.id()) href=href rel="external noopener">
                                    {network.label(t)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
                <li>
                    <button type="button" class="secondary" on:click=copy>{t.copy_link}</button>
                </li>
                // Last, so that where the browser has it, adding it moves nothing.
                <Show when=move || can_share.get()>
                    <li>
                        <button type="button" class="secondary" on:click=native>{t.share_native}</button>
                    </li>
                </Show>
            </ul>
            <p class="copy-status" role="status">{move || status.get()}</p>
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_urls_encode_the_page_url_and_title() {
        let (url, title) = (
            "https://example.org/a/en/timeline/?q=素案&sort=desc",
            "A & B | C",
        );
        let links: Vec<String> = Network::ALL
            .into_iter()
            .map(|n| n.share_url(url, title))
            .collect();
        assert_eq!(
            links[0],
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fa%2Fen%2Ftimeline%2F%3Fq%3D%E7%B4%A0%E6%A1%88%26sort%3Ddesc"
        );
        assert!(links[1].starts_with("https://x.com/intent/post?url=https%3A%2F%2Fexample.org"));
        assert!(links[1].ends_with("&text=A%20%26%20B%20%7C%20C"));
        assert_eq!(links[2], "https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fexample.org%2Fa%2Fen%2Ftimeline%2F%3Fq%3D%E7%B4%A0%E6%A1%88%26sort%3Ddesc");
    }
}
