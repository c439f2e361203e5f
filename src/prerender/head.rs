//! Editing the built page's head: meta values, preloads, canonical and
//! `hreflang` links, all escaped.

use super::deployment::Deployment;
use super::html::escape;
use crate::content::load::ContentFile;
use crate::content::model::{Accessibility, Poem, Timeline};
use crate::routing::{self, Route};

/// Preloads only the content files the route reads: the plan everywhere
/// (the footer credits the source from it), the poem, the timeline and the
/// accessibility report on their own pages. On a slow line every byte preloaded for nothing delays
/// the wasm.
pub(super) fn route_preloads(html: &str, page: Option<routing::Page>) -> String {
    let needed = |href: &str| {
        let is = |path: &str| href.ends_with(path);
        if is(Poem::PATH) {
            page == Some(routing::Page::Poem)
        } else if is(Timeline::PATH) {
            page == Some(routing::Page::Timeline)
        } else if is(Accessibility::PATH) {
            page == Some(routing::Page::About)
        } else {
            true
        }
    };
    let mut out = String::with_capacity(html.len());
    for line in html.split_inclusive('\n') {
        let tag = line.trim();
        let href = tag
            .strip_prefix("<link rel=\"preload\" href=\"")
            .and_then(|rest| rest.split_once('"'))
            .map(|(href, _)| href)
            .filter(|href| href.ends_with(".json"));
        if href.is_none_or(needed) {
            out.push_str(line);
        }
    }
    out
}

/// Drops the template's comments (notes for editors of `index.html`, not
/// for readers), with the line each stood on: every page is smaller by
/// about 600 bytes. Runs before the body goes in.
pub(super) fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        let Some(end) = rest[start..].find("-->").map(|i| start + i + 3) else {
            break;
        };
        let before = &rest[..start];
        // A comment alone on its line goes with its indentation and line break.
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let alone = before[line_start..].trim().is_empty() && rest[end..].starts_with('\n');
        if alone {
            out.push_str(&before[..line_start]);
            rest = &rest[end + 1..];
        } else {
            out.push_str(before);
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

/// The chunks of the page's code, preloaded at the end of the head (after
/// the main wasm, `csp.rs`), so they arrive with it; the loader's script
/// element names them too (`data-chunks`, which the size budgets read).
/// Nothing for a page without chunks, or a template without the loader (a
/// debug build).
pub(super) fn with_chunks(html: &str, chunks: &[String]) -> String {
    const LOADER: &str = "<script type=\"module\" src=\"";
    if chunks.is_empty() {
        return html.to_string();
    }
    let Some(at) = html.match_indices(LOADER).map(|(i, _)| i).find(|&i| {
        html[i..]
            .split('>')
            .next()
            .is_some_and(|tag| tag.contains("/loader-"))
    }) else {
        return html.to_string();
    };
    let at = at + "<script type=\"module\"".len();
    let html = format!(
        "{} data-chunks=\"{}\"{}",
        &html[..at],
        super::html::escape(&chunks.join(" ")),
        &html[at..]
    );
    let preloads: String = chunks
        .iter()
        .map(|chunk| {
            format!(
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\">",
                super::html::escape(chunk)
            )
        })
        .collect();
    html.replacen("</head>", &format!("{preloads}</head>"), 1)
}

/// Drops Trunk's `<link rel="preload">` of the wasm, early in the head: the
/// build's own (`csp.rs`, with the loader's integrity) comes last, after
/// the content files.
pub(super) fn without_wasm_preload(html: &str) -> String {
    let Some(start) = html
        .match_indices("<link rel=\"preload\"")
        .map(|(i, _)| i)
        .find(|&i| {
            html[i..]
                .split('>')
                .next()
                .is_some_and(|tag| tag.contains("type=\"application/wasm\""))
        })
    else {
        return html.to_string();
    };
    let end = html[start..]
        .find('>')
        .map_or(html.len(), |i| start + i + 1);
    format!("{}{}", &html[..start], &html[end..])
}

/// `og:url` for a page with an address; the line is dropped otherwise.
pub(super) fn og_url(html: &str, site: &Deployment, route: Route) -> String {
    let marker = "<meta property=\"og:url\" content=\"__PAGE_URL__\">";
    match (route.page, &site.origin) {
        (Some(page), Some(_)) => html.replacen(
            marker,
            &format!(
                "<meta property=\"og:url\" content=\"{}\">",
                site.page_url(route.lang, page)
            ),
            1,
        ),
        _ => html.replacen(marker, "", 1),
    }
}

/// `og:image` (the route's share card, `card.rs`), its size and its
/// description, and the large preview for X; only with an address
/// (`SITE_URL`), because `og:image` must be absolute.
pub(super) fn og_image(html: &str, site: &Deployment, route: Route, alt: &str) -> String {
    if site.origin.is_none() {
        return html.to_string();
    }
    let url = site.url(&format!("{}/{}", site.base, super::card::file(route)));
    let tags = format!(
        "<meta property=\"og:image\" content=\"{}\">\n  <meta property=\"og:image:width\" content=\"{}\">\n  <meta property=\"og:image:height\" content=\"{}\">\n  <meta property=\"og:image:alt\" content=\"{}\">\n  ",
        escape(&url),
        super::card::draw::WIDTH,
        super::card::draw::HEIGHT,
        escape(alt)
    );
    let twitter = "<meta name=\"twitter:card\"";
    match html.find(twitter) {
        Some(at) => {
            let html = format!("{}{tags}{}", &html[..at], &html[at..]);
            set_meta(&html, "name=\"twitter:card\"", "summary_large_image")
        }
        None => html.replacen("</head>", &format!("{tags}</head>"), 1),
    }
}

/// Canonical and `hreflang` links, as the live app's head manager writes
/// them (it updates these same elements when the route changes).
pub(super) fn head_links(site: &Deployment, route: Route) -> String {
    let Some(page) = route.page else {
        return String::new();
    };
    routing::head_links(route.lang)
        .into_iter()
        .map(|(rel, hreflang, lang)| {
            let hreflang = hreflang.map_or(String::new(), |l| format!(" hreflang=\"{l}\""));
            format!(
                "<link rel=\"{rel}\"{hreflang} href=\"{}\">\n",
                site.page_url(lang, page)
            )
        })
        .collect()
}

/// Replaces the text between the first `start` and the next `end`.
pub(super) fn replace_between(html: &str, start: &str, end: &str, with: &str) -> String {
    let Some(from) = html.find(start).map(|i| i + start.len()) else {
        return html.to_string();
    };
    let Some(to) = html[from..].find(end).map(|i| from + i) else {
        return html.to_string();
    };
    format!("{}{with}{}", &html[..from], &html[to..])
}

/// Sets the `content` of the `<meta>` whose key attribute is `key`.
pub(super) fn set_meta(html: &str, key: &str, content: &str) -> String {
    replace_between(
        html,
        &format!("<meta {key} content=\""),
        "\"",
        &escape(content),
    )
}
