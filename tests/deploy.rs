//! The security policy and headers are written three times: the pages'
//! `<meta http-equiv>` policy (`src/csp.rs`), `deploy/nginx.conf` and
//! `deploy/_headers`. These tests read both server configs and check that
//! they send `csp::FIXED` directive by directive (the directives that do not
//! depend on the build) and nothing the pages' policy would contradict, agree
//! with each other on every other header, and on which files are cached for
//! good.
//!
//! Native only: it reads files of the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use aomori_dx::csp::{policy, FIXED};

const NGINX: &str = include_str!("../deploy/nginx.conf");
const HEADERS: &str = include_str!("../deploy/_headers");

/// Directives a `<meta>` policy ignores, so only the server configs send them
/// (both must, with the same value).
const HEADER_ONLY: &[&str] = &["frame-ancestors"];

/// Directives only the pages' policy has: `style-src` names the hash of the
/// page's inline stylesheet, which changes with the CSS, and `default-src`
/// would stand in for a missing `style-src` and block that stylesheet.
const PAGE_ONLY: &[&str] = &["default-src", "style-src"];

/// The headers both configs must send on every answer, besides the policy.
const SECURITY_HEADERS: &[&str] = &[
    "x-content-type-options",
    "referrer-policy",
    "permissions-policy",
    "x-frame-options",
    "cross-origin-opener-policy",
];

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// A policy as directive name → its sources (in order).
fn directives(policy: &str) -> BTreeMap<String, Vec<String>> {
    let mut map = BTreeMap::new();
    for directive in policy.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let mut words = directive.split_ascii_whitespace();
        let name = words.next().unwrap_or_default().to_ascii_lowercase();
        let sources = words.map(String::from).collect();
        assert!(
            map.insert(name.clone(), sources).is_none(),
            "directive {name} twice in {policy}"
        );
    }
    map
}

/// nginx's `add_header NAME VALUE [always];` lines: lower-case name → (value,
/// whether `always` is set). A quoted value is unquoted; a variable stays as
/// written (`$aomori_dx_cache`).
fn nginx_headers(conf: &str) -> BTreeMap<String, (String, bool)> {
    let mut map = BTreeMap::new();
    for line in conf.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("add_header ") else {
            continue;
        };
        let rest = rest
            .strip_suffix(';')
            .unwrap_or_else(|| panic!("add_header without `;`: {line}"));
        let (name, rest) = rest.split_once(' ').unwrap_or((rest, ""));
        let rest = rest.trim();
        let (value, flags) = match rest.strip_prefix('"') {
            Some(quoted) => quoted
                .split_once('"')
                .unwrap_or_else(|| panic!("unclosed quote: {line}")),
            None => rest.split_once(' ').unwrap_or((rest, "")),
        };
        let always = flags.split_ascii_whitespace().any(|f| f == "always");
        let previous = map.insert(name.to_ascii_lowercase(), (value.to_string(), always));
        assert!(previous.is_none(), "nginx sets {name} twice");
    }
    map
}

/// `_headers` as (path pattern, lower-case name → value) blocks, in order.
fn file_headers(text: &str) -> Vec<(String, BTreeMap<String, String>)> {
    let mut blocks: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            blocks.push((trimmed.to_string(), BTreeMap::new()));
            continue;
        }
        let (name, value) = trimmed
            .split_once(':')
            .unwrap_or_else(|| panic!("not `Name: value`: {line}"));
        let (path, headers) = blocks
            .last_mut()
            .unwrap_or_else(|| panic!("a header before any path: {line}"));
        let previous = headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
        assert!(previous.is_none(), "{path} sets {name} twice");
    }
    blocks
}

/// Whether a `_headers` path pattern matches `path`: `*` stands for any run
/// of characters (as Netlify and Cloudflare Pages read it).
fn glob(pattern: &str, path: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == path,
        Some((head, tail)) => path.strip_prefix(head).is_some_and(|rest| {
            (0..=rest.len()).any(|i| rest.is_char_boundary(i) && glob(tail, &rest[i..]))
        }),
    }
}

/// The headers `_headers` gives `path`: every matching block's, merged.
fn file_headers_for(
    blocks: &[(String, BTreeMap<String, String>)],
    path: &str,
) -> BTreeMap<String, String> {
    let mut merged = BTreeMap::new();
    for (pattern, headers) in blocks {
        if glob(pattern, path) {
            for (name, value) in headers {
                let previous = merged.insert(name.clone(), value.clone());
                assert!(
                    previous.is_none_or(|p| &p == value),
                    "{path}: rules disagree on {name}"
                );
            }
        }
    }
    merged
}

/// nginx's `map $uri $aomori_dx_cache { … }`: (regex, value) pairs and the default.
fn nginx_cache_map(conf: &str) -> (Vec<(String, String)>, Option<String>) {
    let start = conf
        .find("map $uri $aomori_dx_cache {")
        .unwrap_or_else(|| panic!("nginx.conf has no cache map"));
    // The block ends at the first `}` that starts a line (the regex has braces of its own).
    let body = &conf[start..];
    let open = body.find('{').unwrap_or_default() + 1;
    let close = body
        .find("\n}")
        .unwrap_or_else(|| panic!("the cache map is not closed"));
    let body = &body[open..close];
    let mut rules = Vec::new();
    let mut default = None;
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let line = line
            .strip_suffix(';')
            .unwrap_or_else(|| panic!("no `;`: {line}"));
        let quoted: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        match (line.starts_with("default"), quoted.as_slice()) {
            (true, [value]) => default = Some(value.to_string()),
            (false, [key, value]) => rules.push((key.to_string(), value.to_string())),
            _ => panic!("unexpected line in the cache map: {line}"),
        }
    }
    (rules, default)
}

/// The one regex the cache map is expected to hold, and the same rule spelled
/// out in Rust (the standard library has no regex engine): a name ending in
/// `-` and up to 16 lower-case hex digits (Trunk writes its 64-bit hash
/// without leading zeros: 15 digits in about one build of 16), optionally
/// `_bg`, then `.js`, `.wasm` or `.css`. If the map changes, change both.
const HASHED_REGEX: &str = "~-[0-9a-f]{1,16}(_bg)?\\.(js|wasm|css)$";

fn nginx_caches_for_good(uri: &str) -> bool {
    let Some((stem, ext)) = uri.rsplit_once('.') else {
        return false;
    };
    if !matches!(ext, "js" | "wasm" | "css") {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((_, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    (1..=16).contains(&hash.len())
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Files of a build (at the site's root), as Trunk and the prerenderer name them.
const BUILT: &[&str] = &[
    "/aomori-dx-0123456789abcdef.js",
    // A hash with a leading zero, which Trunk leaves out.
    "/aomori-dx-9f4f057364d46fe.js",
    "/aomori-dx-0123456789abcdef_bg.wasm",
    "/main-0123456789abcdef.css",
    "/loader-0123456789abcdef.js",
    "/index.html",
    "/404.html",
    "/en/poem/index.html",
    "/noscript.css",
    "/favicon.svg",
    "/data/plan.json",
    "/data/timeline.json",
    "/robots.txt",
    "/sitemap.xml",
];

#[test]
fn both_server_configs_send_the_fixed_policy_and_the_header_only_directives() {
    let meta = directives(&policy("body{}"));
    for name in HEADER_ONLY {
        assert!(
            !meta.contains_key(*name),
            "{name} is ignored in a <meta> policy: send it from the server configs only"
        );
    }
    let fixed = directives(FIXED);
    for name in PAGE_ONLY {
        assert!(
            meta.contains_key(*name) && !fixed.contains_key(*name),
            "{name}"
        );
    }
    for (name, sources) in &fixed {
        assert_eq!(meta.get(name), Some(sources), "the pages' policy: {name}");
    }
    let nginx = nginx_headers(NGINX);
    let (nginx_policy, always) = nginx
        .get("content-security-policy")
        .cloned()
        .unwrap_or_else(|| panic!("nginx.conf sends no Content-Security-Policy"));
    assert!(always, "nginx's policy must be `always` (error pages too)");
    let blocks = file_headers(HEADERS);
    let file_policy = file_headers_for(&blocks, "/index.html")
        .remove("content-security-policy")
        .unwrap_or_else(|| panic!("_headers sends no Content-Security-Policy for pages"));

    for (config, policy) in [("nginx.conf", &nginx_policy), ("_headers", &file_policy)] {
        let mut sent = directives(policy);
        for name in HEADER_ONLY {
            assert!(
                sent.remove(*name).is_some(),
                "deploy/{config} must send {name}"
            );
        }
        for (name, sources) in &fixed {
            assert_eq!(
                sent.get(name),
                Some(sources),
                "deploy/{config}: directive {name} differs from src/csp.rs"
            );
        }
        let extra: Vec<_> = sent.keys().filter(|k| !fixed.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "deploy/{config} has directives csp::FIXED lacks (the pages' own policy holds {PAGE_ONLY:?}): {extra:?}"
        );
    }
    assert_eq!(
        directives(&nginx_policy)[HEADER_ONLY[0]],
        directives(&file_policy)[HEADER_ONLY[0]]
    );
}

#[test]
fn both_server_configs_send_the_same_security_headers_on_every_answer() {
    let nginx = nginx_headers(NGINX);
    let blocks = file_headers(HEADERS);
    for (name, (_, always)) in &nginx {
        assert!(
            always,
            "nginx.conf: {name} must be `always` (error pages too)"
        );
    }
    for path in BUILT {
        let file = file_headers_for(&blocks, path);
        for name in SECURITY_HEADERS {
            let from_nginx = nginx.get(*name).map(|(value, _)| value);
            assert!(from_nginx.is_some(), "nginx.conf does not send {name}");
            assert_eq!(
                file.get(*name),
                from_nginx,
                "{path}: {name} differs between deploy/_headers and deploy/nginx.conf"
            );
        }
        // Nothing else, but the cache rule, that one config sends and the other does not.
        for name in file.keys() {
            assert!(
                nginx.contains_key(name),
                "{path}: _headers sends {name}, nginx.conf does not"
            );
        }
    }
    for name in nginx.keys() {
        assert!(
            name == "cache-control" || file_headers_for(&blocks, "/index.html").contains_key(name),
            "nginx.conf sends {name}, _headers does not"
        );
    }
    // Vary: nginx compresses (precompressed copies) and names Accept-Encoding itself
    // (`gzip_vary on`); the hosts that read _headers compress, and set Vary, themselves.
    assert!(NGINX.lines().any(|l| l.trim() == "gzip_vary on;"));
}

#[test]
fn both_server_configs_cache_the_same_files_for_good() {
    let (rules, default) = nginx_cache_map(NGINX);
    assert_eq!(
        rules,
        [(HASHED_REGEX.to_string(), IMMUTABLE.to_string())],
        "the cache map changed: update HASHED_REGEX and nginx_caches_for_good"
    );
    assert_eq!(default.as_deref(), Some("no-cache"));
    assert_eq!(
        nginx_headers(NGINX)
            .get("cache-control")
            .map(|(v, _)| v.as_str()),
        Some("$aomori_dx_cache")
    );
    let blocks = file_headers(HEADERS);
    for path in BUILT {
        let nginx = nginx_caches_for_good(path);
        let file = file_headers_for(&blocks, path).remove("cache-control");
        if nginx {
            assert_eq!(
                file.as_deref(),
                Some(IMMUTABLE),
                "{path}: _headers must cache it for good too"
            );
        } else {
            // Not hashed: the host's default, which revalidates (as nginx's no-cache does).
            assert_eq!(file, None, "{path}: _headers must not cache it for good");
        }
    }
    // The spelled-out rule against names that are nearly hashed.
    for near_miss in [
        "/aomori-dx.js",
        "/main-0123456789abcdeg.css",
        "/main-0123456789ABCDEF.css",
        "/main0123456789abcdef.css",
        "/main-0123456789abcdef.json",
        "/main-.css",
        "/main-0123456789abcdef0.css",
    ] {
        assert!(!nginx_caches_for_good(near_miss), "{near_miss}");
    }
}

#[test]
fn the_parsers_see_what_they_must() {
    let conf = "add_header X-A \"a b; c\" always;\nadd_header X-B $var;\n";
    let headers = nginx_headers(conf);
    assert_eq!(headers["x-a"], ("a b; c".to_string(), true));
    assert_eq!(headers["x-b"], ("$var".to_string(), false));
    let blocks = file_headers("# c\n/*\n  X-A: 1\n/*.wasm\n  X-B: 2\n");
    assert_eq!(file_headers_for(&blocks, "/a/b.wasm").len(), 2);
    assert_eq!(file_headers_for(&blocks, "/a.js").len(), 1);
    assert!(glob("/loader-*.js", "/loader-abc.js") && !glob("/loader-*.js", "/loader-abc.css"));
    assert_eq!(
        directives("a 'x' b;  c 'y' ;"),
        BTreeMap::from([
            ("a".to_string(), vec!["'x'".to_string(), "b".to_string()]),
            ("c".to_string(), vec!["'y'".to_string()]),
        ])
    );
}
