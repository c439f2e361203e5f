//! The rendered `<body>` of a page: the app at a URL with the shipped
//! content, without hydration markers, its controls disabled until the live
//! app takes over.

use leptos::prelude::*;

use super::deployment::Deployment;
use crate::content::load::Files;
use crate::App;

/// The `<body>` content of the page at `pathname` (which includes the base).
pub(super) fn render_body(site: &Deployment, pathname: &str, files: &Files) -> String {
    make_controls_inert(&without_hydration_markers(&render_app(
        site, pathname, files,
    )))
}

/// The app at `pathname` as Leptos renders it to HTML.
pub(super) fn render_app(site: &Deployment, pathname: &str, files: &Files) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        let url = crate::navigation::Url::parse(pathname);
        view! { <App base=site.base.clone() files=files.clone() url=url /> }.to_html()
    });
    owner.unset();
    html
}

/// Leptos's renderer writes `<!>` where hydration must find its place (between
/// adjacent texts, before a dynamic child). This app never hydrates: the live
/// app renders afresh and swaps the prerendered page out (`main.rs`). And `<!>`
/// is not valid HTML (a "bogus comment"), so every one is dropped. No `<!>`
/// can come from content: text and attribute values are escaped (`<` becomes
/// `&lt;`), and nothing is rendered unescaped (no `inner_html`, no script or
/// style element in the body).
pub(super) fn without_hydration_markers(html: &str) -> String {
    html.replace("<!>", "")
}

/// The form controls that only work once the app is live.
pub(super) const CONTROLS: [&str; 4] = ["button", "input", "select", "textarea"];

/// Controls only work once the app is live: until then they are disabled,
/// so none of them is a button that does nothing. A control that is
/// disabled already keeps its one `disabled` (an attribute twice is invalid).
pub(super) fn make_controls_inert(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 1024);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |i| i + 3);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let end = start_tag_end(rest);
        let tag = &rest[..end];
        let name_len = tag[1..]
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .unwrap_or(tag.len() - 1);
        let name = &tag[1..1 + name_len];
        let is_control = CONTROLS.iter().any(|c| name.eq_ignore_ascii_case(c));
        if is_control && !attribute_names(&tag[1 + name_len..]).any(|a| a == "disabled") {
            out.push_str(&tag[..1 + name_len]);
            out.push_str(" disabled");
            out.push_str(&tag[1 + name_len..]);
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The length of the tag at the start of `html` (which starts with `<`), up
/// to and including its `>`, skipping quoted attribute values; the whole of
/// `html` when the tag is not closed.
pub(super) fn start_tag_end(html: &str) -> usize {
    let mut quote = None;
    for (i, c) in html.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

/// The attribute names (lower case) of a start tag's attribute text, e.g.
/// ` type="button" disabled>`: names end at whitespace, `=`, `/` or `>`;
/// values are quoted or run to whitespace.
pub(super) fn attribute_names(attributes: &str) -> impl Iterator<Item = String> + '_ {
    let mut rest = attributes;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() || rest.starts_with('>') {
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '/' | '>'))
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let value = value.trim_start();
            rest = match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..]
                    .find(q)
                    .map_or("", |close| &value[1 + close + 1..]),
                _ => value
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .map_or("", |end| &value[end..]),
            };
        }
        Some(name)
    })
}
