//! A location inside the site and which clicks on links stay in the app:
//! pure, so the native tests cover them (the browser half is in `mod.rs`).

/// A location inside the site: the path (with the deployment base), the
/// query without its `?` and the fragment without its `#`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Url {
    pub path: String,
    pub search: String,
    pub hash: String,
}

impl Url {
    /// Parses a path-absolute URL (`/a/b?x=1#y`); anything before the path
    /// (a scheme and host) must have been removed by the caller.
    pub fn parse(href: &str) -> Url {
        let (rest, hash) = href.split_once('#').unwrap_or((href, ""));
        let (path, search) = rest.split_once('?').unwrap_or((rest, ""));
        Url {
            path: if path.is_empty() { "/" } else { path }.to_string(),
            search: search.to_string(),
            hash: hash.to_string(),
        }
    }

    /// The path with its query, as the address bar shows it without the
    /// fragment.
    pub fn path_and_query(&self) -> String {
        with_query(&self.path, &self.search)
    }

    /// The whole path-absolute URL.
    pub fn href(&self) -> String {
        let mut href = self.path_and_query();
        if !self.hash.is_empty() {
            href.push('#');
            href.push_str(&self.hash);
        }
        href
    }
}

/// `path` with `query` (given with or without its `?`); no `?` when empty.
pub fn with_query(path: &str, query: &str) -> String {
    match query.trim_start_matches('?') {
        "" => path.to_string(),
        query => format!("{path}?{query}"),
    }
}

/// Whether a navigation adds a history entry or replaces the current one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    Push,
    Replace,
}

/// What the click was: only a plain, unhandled primary click is the app's.
#[derive(Clone, Copy, Debug, Default)]
pub struct Click {
    pub button: i16,
    pub modifier: bool,
    pub default_prevented: bool,
}

/// The clicked link: its resolved absolute `href` and the attributes that
/// hand a link to the browser.
#[derive(Clone, Copy, Debug, Default)]
pub struct Link<'a> {
    pub href: &'a str,
    pub target: &'a str,
    pub download: bool,
    pub rel: &'a str,
}

/// The URL to show in the app for a click on `link`, or `None` when the
/// browser should follow it itself: a modified or non-primary click, a link
/// with a target, a download, `rel="external"`, another origin, a path
/// outside the deployment `base`, or a link to a fragment of the current
/// page (the browser scrolls to it and keeps the history right).
pub fn in_app(click: Click, link: Link, origin: &str, base: &str, current: &Url) -> Option<Url> {
    if click.default_prevented || click.button != 0 || click.modifier {
        return None;
    }
    if !matches!(link.target, "" | "_self") || link.download {
        return None;
    }
    if link.rel.split_ascii_whitespace().any(|r| r == "external") {
        return None;
    }
    let rest = link.href.strip_prefix(origin)?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None; // `https://a.org` must not match `https://a.org.evil`
    }
    let url = Url::parse(rest);
    if !is_under(base, &url.path) {
        return None;
    }
    let same_page = url.path == current.path && url.search == current.search;
    if same_page && !url.hash.is_empty() {
        return None;
    }
    Some(url)
}

/// Whether `path` is the deployment `base` (normalised: `""` or `/a/b`) or
/// below it: `/sub` holds `/sub/poem/` but not `/subway/`.
pub fn is_under(base: &str, path: &str) -> bool {
    path.strip_prefix(base)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGIN: &str = "https://example.org";

    fn here() -> Url {
        Url::parse("/sub/timeline/?q=a")
    }

    fn click(href: &str) -> Option<Url> {
        in_app(
            Click::default(),
            Link {
                href,
                ..Link::default()
            },
            ORIGIN,
            "/sub",
            &here(),
        )
    }

    #[test]
    fn urls_split_into_path_query_and_fragment() {
        assert_eq!(
            Url::parse("/a/b?x=1&y=2#z"),
            Url {
                path: "/a/b".into(),
                search: "x=1&y=2".into(),
                hash: "z".into()
            }
        );
        assert_eq!(Url::parse("/a#b?c").search, "");
        assert_eq!(Url::parse("/a#b?c").hash, "b?c");
        assert_eq!(Url::parse("").path, "/");
        assert_eq!(Url::parse("?q").path, "/");
        for href in ["/a/b?x=1#z", "/", "/en/poem/?order=reverse", "/t/#entry"] {
            assert_eq!(Url::parse(href).href(), href);
        }
        assert_eq!(Url::parse("/a?#").href(), "/a");
    }

    #[test]
    fn a_query_is_added_only_when_there_is_one() {
        assert_eq!(with_query("/p/", ""), "/p/");
        assert_eq!(with_query("/p/", "?"), "/p/");
        assert_eq!(with_query("/p/", "?a=1"), "/p/?a=1");
        assert_eq!(with_query("/p/", "a=1"), "/p/?a=1");
    }

    #[test]
    fn plain_clicks_on_the_sites_links_stay_in_the_app() {
        assert_eq!(
            click("https://example.org/sub/en/poem/"),
            Some(Url::parse("/sub/en/poem/"))
        );
        assert_eq!(click("https://example.org/sub"), Some(Url::parse("/sub")));
        // Another page's fragment is a new page, scrolled to the fragment.
        assert_eq!(
            click("https://example.org/sub/?x=1#main"),
            Some(Url::parse("/sub/?x=1#main"))
        );
        // The same page without a fragment (the brand link on the home page).
        assert_eq!(click("https://example.org/sub/timeline/?q=a"), Some(here()));
    }

    #[test]
    fn fragments_of_this_page_are_left_to_the_browser() {
        assert_eq!(click("https://example.org/sub/timeline/?q=a#entry"), None);
        // The same path with another query is another view: the app's.
        assert!(click("https://example.org/sub/timeline/?q=b#entry").is_some());
    }

    #[test]
    fn other_origins_and_bases_are_left_to_the_browser() {
        for href in [
            "https://other.example/sub/poem/",
            "http://example.org/sub/poem/",
            "https://example.org.evil/sub/poem/",
            "https://example.org:8443/sub/poem/",
            "https://example.org/subway/",
            "https://example.org/",
            "https://example.org/other/sub/",
            "mailto:a@example.org",
            "javascript:void(0)",
        ] {
            assert_eq!(click(href), None, "{href}");
        }
    }

    #[test]
    fn modified_and_non_primary_clicks_are_left_to_the_browser() {
        let link = Link {
            href: "https://example.org/sub/poem/",
            ..Link::default()
        };
        let go = |click: Click| in_app(click, link, ORIGIN, "/sub", &here());
        assert!(go(Click::default()).is_some());
        assert_eq!(
            go(Click {
                button: 1,
                ..Click::default()
            }),
            None
        );
        assert_eq!(
            go(Click {
                modifier: true,
                ..Click::default()
            }),
            None
        );
        assert_eq!(
            go(Click {
                default_prevented: true,
                ..Click::default()
            }),
            None
        );
    }

    #[test]
    fn targets_downloads_and_external_links_are_left_to_the_browser() {
        let href = "https://example.org/sub/poem/";
        let go = |link: Link| in_app(Click::default(), link, ORIGIN, "/sub", &here());
        for target in ["_blank", "_top", "named"] {
            let link = Link {
                href,
                target,
                ..Link::default()
            };
            assert_eq!(go(link), None, "{target}");
        }
        let link = Link {
            href,
            target: "_self",
            ..Link::default()
        };
        assert!(go(link).is_some());
        let download = Link {
            href,
            download: true,
            ..Link::default()
        };
        assert_eq!(go(download), None);
        let external = Link {
            href,
            rel: "noopener external",
            ..Link::default()
        };
        assert_eq!(go(external), None);
    }

    #[test]
    fn the_root_base_holds_every_path() {
        let at_root = in_app(
            Click::default(),
            Link {
                href: "https://example.org/en/",
                ..Link::default()
            },
            ORIGIN,
            "",
            &Url::parse("/"),
        );
        assert_eq!(at_root, Some(Url::parse("/en/")));
        assert!(is_under("", "/anything"));
        assert!(is_under("/sub", "/sub"));
        assert!(!is_under("/sub", "/subway"));
    }
}
