//! Pure URL logic: which page and language a path means, and the path of a
//! page in a language. The path decides the language (Japanese at `/…`,
//! English at `/en/…`), so every page has its own shareable URL.

use crate::lang::Lang;

/// The site's pages. The order is the navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Overview,
    Poem,
    Timeline,
    About,
}

impl Page {
    pub const ALL: [Page; 4] = [Page::Overview, Page::Poem, Page::Timeline, Page::About];

    /// The path segment of the page ("" for the overview).
    pub fn slug(self) -> &'static str {
        match self {
            Page::Overview => "",
            Page::Poem => "poem",
            Page::Timeline => "timeline",
            Page::About => "about",
        }
    }

    fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// What a path points at: a page (or `None` for "not found") in a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Lang,
    pub page: Option<Page>,
}

/// Normalises the deployment base: `/` or `` become ``, `/a/b/` becomes `/a/b`.
pub fn normalize_base(base: &str) -> String {
    let trimmed = base.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        format!("/{trimmed}")
    }
}

/// A page's canonical and `hreflang` links in the head, as (`rel`,
/// `hreflang`, the language whose address it names), for a page shown in
/// `lang`. One list for the prerendered head and the live app's.
pub fn head_links(lang: Lang) -> [(&'static str, Option<&'static str>, Lang); 4] {
    [
        ("canonical", None, lang),
        ("alternate", Some("ja"), Lang::Ja),
        ("alternate", Some("en"), Lang::En),
        ("alternate", Some("x-default"), Lang::Ja),
    ]
}

/// Parses a browser pathname (including the deployment `base`) into a route.
/// Paths outside the base are "not found" in Japanese.
pub fn parse(base: &str, pathname: &str) -> Route {
    let Some(rest) = pathname.strip_prefix(base) else {
        return Route {
            lang: Lang::Ja,
            page: None,
        };
    };
    // `/sub` must not match `/subway`.
    if !(rest.is_empty() || rest.starts_with('/')) {
        return Route {
            lang: Lang::Ja,
            page: None,
        };
    }
    let mut segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    // Static hosts may show the file name of a directory index.
    if segments.last() == Some(&"index.html") {
        segments.pop();
    }
    let (lang, segments) = match segments.split_first() {
        Some((&"en", tail)) => (Lang::En, tail),
        _ => (Lang::Ja, segments.as_slice()),
    };
    let page = match segments {
        [] => Some(Page::Overview),
        [slug] if !slug.is_empty() => Page::from_slug(slug).filter(|p| *p != Page::Overview),
        _ => None,
    };
    Route { lang, page }
}

/// The path of `page` in `lang` under `base`, with a trailing slash so it is
/// the directory a static host serves (`/base/en/poem/`).
pub fn path_for(base: &str, lang: Lang, page: Page) -> String {
    let mut path = format!("{base}/");
    if lang == Lang::En {
        path.push_str("en/");
    }
    if page != Page::Overview {
        path.push_str(page.slug());
        path.push('/');
    }
    path
}

/// The same place in the other language: same page (the home page for an
/// unknown path) and the same query string.
pub fn switch_lang(base: &str, route: Route, to: Lang, search: &str) -> String {
    let mut path = path_for(base, to, route.page.unwrap_or(Page::Overview));
    let search = search.trim_start_matches('?');
    if !search.is_empty() {
        path.push('?');
        path.push_str(search);
    }
    path
}

/// Every route a static host must be able to serve directly, relative to the
/// base and without slashes at either end (`""`, `poem`, `en`, `en/poem`, …).
pub fn static_routes() -> Vec<String> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            Page::ALL
                .into_iter()
                .map(move |page| path_for("", lang, page).trim_matches('/').to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_page_in_both_languages_with_and_without_base() {
        for base in ["", "/aomori/dx-plan"] {
            for lang in Lang::ALL {
                for page in Page::ALL {
                    let path = path_for(base, lang, page);
                    assert_eq!(
                        parse(base, &path),
                        Route {
                            lang,
                            page: Some(page)
                        },
                        "{path}"
                    );
                    let no_slash = path.trim_end_matches('/');
                    let no_slash = if no_slash.is_empty() { "/" } else { no_slash };
                    assert_eq!(parse(base, no_slash).page, Some(page), "{no_slash}");
                }
            }
        }
    }

    #[test]
    fn accepts_the_index_file_name() {
        assert_eq!(
            parse("", "/en/poem/index.html"),
            Route {
                lang: Lang::En,
                page: Some(Page::Poem)
            }
        );
        assert_eq!(parse("/b", "/b/index.html").page, Some(Page::Overview));
    }

    #[test]
    fn unknown_paths_are_not_found_in_the_language_of_the_path() {
        assert_eq!(
            parse("", "/nope"),
            Route {
                lang: Lang::Ja,
                page: None
            }
        );
        assert_eq!(
            parse("", "/en/nope"),
            Route {
                lang: Lang::En,
                page: None
            }
        );
        assert_eq!(
            parse("", "/poem/extra"),
            Route {
                lang: Lang::Ja,
                page: None
            }
        );
        assert_eq!(
            parse("", "/en/en"),
            Route {
                lang: Lang::En,
                page: None
            }
        );
        assert_eq!(parse("/sub", "/subway/poem").page, None);
        assert_eq!(parse("/sub", "/other").page, None);
    }

    #[test]
    fn base_is_normalised() {
        assert_eq!(normalize_base("/"), "");
        assert_eq!(normalize_base(""), "");
        assert_eq!(normalize_base("/a/b/"), "/a/b");
        assert_eq!(normalize_base("a/b"), "/a/b");
    }

    #[test]
    fn language_switch_keeps_page_and_query() {
        let route = parse("/b", "/b/timeline/");
        assert_eq!(
            switch_lang("/b", route, Lang::En, "?q=a&sort=desc"),
            "/b/en/timeline/?q=a&sort=desc"
        );
        let route = parse("/b", "/b/en/poem");
        assert_eq!(switch_lang("/b", route, Lang::Ja, ""), "/b/poem/");
        let missing = parse("", "/en/missing");
        assert_eq!(switch_lang("", missing, Lang::Ja, ""), "/");
    }

    #[test]
    fn static_routes_cover_both_languages() {
        assert_eq!(
            static_routes(),
            [
                "",
                "poem",
                "timeline",
                "about",
                "en",
                "en/poem",
                "en/timeline",
                "en/about"
            ]
        );
    }

    #[test]
    fn postbuild_route_list_matches_the_router() {
        let listed = include_str!("routes.txt");
        let listed: Vec<&str> = listed
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let expected: Vec<String> = static_routes()
            .into_iter()
            .filter(|r| !r.is_empty())
            .collect();
        assert_eq!(
            listed, expected,
            "src/routes.txt must list every non-root route"
        );
    }
}
