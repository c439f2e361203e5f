//! Links carried by content. Content is untrusted: a link may only lead to an
//! `https:` page or to a page of this site, so an edited file cannot turn a
//! link into script (`javascript:`), an inline document (`data:`), a page
//! open to tampering in transit (`http:`) or another host in disguise.

use super::load::shorten;

/// Checks that `url` is an absolute `https:` URL with a host, or a link
/// within the site (`/path`, `path`, `?query`, `#fragment`). The error says
/// why, for a message that the caller prefixes with the field's name.
///
/// Browsers drop tabs and line breaks inside URLs, trim spaces and control
/// characters around them, and read `\` as `/`, so any of these could hide
/// a scheme or make a path protocol-relative; they are refused outright.
pub fn check_link(url: &str) -> Result<(), String> {
    if url.is_empty() {
        return Err("the link is empty".to_string());
    }
    if let Some(c) = url
        .chars()
        .find(|&c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return Err(format!(
            "the link contains {} (U+{:04X})",
            if c == '\\' {
                "a backslash"
            } else {
                "a space or control character"
            },
            u32::from(c)
        ));
    }
    // A colon before the first `/`, `?` or `#` ends a scheme (or would be
    // read as one): only `https` is allowed.
    let first_delimiter = url.find(['/', '?', '#']).unwrap_or(url.len());
    if let Some(colon) = url[..first_delimiter].find(':') {
        let scheme = &url[..colon];
        if !scheme.eq_ignore_ascii_case("https") {
            return Err(format!(
                "only https: links and links within this site are allowed, not \"{}:\"",
                shorten(scheme, 16)
            ));
        }
        let Some(rest) = url[colon + 1..].strip_prefix("//") else {
            return Err("an https: link must be absolute (https://host/…)".to_string());
        };
        let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
        if authority.is_empty() {
            return Err("the https: link has no host".to_string());
        }
        // `https://trusted.example@other.example/` leads to `other.example`.
        if authority.contains('@') {
            return Err("the https: link must not carry a user name or password".to_string());
        }
        return Ok(());
    }
    if url.starts_with("//") {
        return Err("a protocol-relative link (//host) may lead to another site".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_with_a_host_and_site_links_are_allowed() {
        for ok in [
            "https://www.pref.aomori.lg.jp/soshiki/seisaku/dxsuishin/aomori_dxsuishinplan.html",
            "HTTPS://example.org",
            "https://example.org:8443/a?b=c#d",
            "https://例え.jp/パス",
            "/",
            "/about/",
            "/data/plan.json?x=1#y",
            "data/plan.json",
            "./poem/",
            "../timeline/",
            "?order=reverse",
            "#main",
            "poem/a:b",
        ] {
            assert_eq!(check_link(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn other_schemes_are_refused() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://example.org/",
            "vbscript:msgbox(1)",
            "mailto:a@example.org",
            "ftp://example.org/",
            "1abc:x",
            ":x",
        ] {
            let error = check_link(bad).unwrap_err();
            assert!(error.contains("only https:"), "{bad}: {error}");
        }
    }

    #[test]
    fn disguised_links_are_refused() {
        for (bad, why) in [
            ("", "empty"),
            (" javascript:alert(1)", "space"),
            ("java\tscript:alert(1)", "control"),
            ("java\nscript:alert(1)", "control"),
            ("\u{1}javascript:alert(1)", "control"),
            ("https://example.org/\u{85}", "control"),
            ("https://example.org/a b", "space"),
            ("/\\evil.example", "backslash"),
            ("\\\\evil.example", "backslash"),
            ("https:\\\\evil.example", "backslash"),
            ("//evil.example/", "protocol-relative"),
            ("https:evil.example", "absolute"),
            ("https:/evil.example", "absolute"),
            ("https://", "no host"),
            ("https:///evil.example", "no host"),
            ("https://?q", "no host"),
            ("https://www.pref.aomori.lg.jp@evil.example/", "user name"),
        ] {
            let error = check_link(bad).unwrap_err();
            assert!(error.contains(why), "{bad:?}: {error}");
        }
    }

    #[test]
    fn a_long_scheme_is_quoted_short() {
        let error = check_link(&format!("{}:x", "a".repeat(1000))).unwrap_err();
        assert!(error.len() < 120, "{error}");
    }
}
