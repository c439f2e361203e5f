//! A strict Content-Security-Policy for the built pages, which works on any
//! static host because it travels in the HTML (`<meta http-equiv>`).
//!
//! Trunk writes an inline module script that loads the wasm; a policy
//! without `'unsafe-inline'` would block it. The build moves it into a file
//! of its own, loaded with subresource integrity, and the wasm is fetched
//! with integrity too. The stylesheet goes the other way: into the page, so
//! the first paint waits for no request, allowed by its hash. Native only:
//! run by the prerenderer on the built `index.html` before any page is
//! rendered from it.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// The directives that do not depend on the build: the pages' policy has
/// them, and the server configs (`deploy/`) send them as a header too.
/// `'wasm-unsafe-eval'` allows compiling WebAssembly, nothing else; content
/// JSON only from the site.
pub const FIXED: &str = "script-src 'self' 'wasm-unsafe-eval'; img-src 'self'; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// The pages' policy: [`FIXED`], anything else only from the site, and
/// styles from files and from the one inline stylesheet whose text is
/// `style` (the app sets custom properties through the CSSOM, which the
/// policy allows; `style` attributes stay blocked). The hash changes with
/// every edit of the stylesheet, so the server configs leave `default-src`
/// and `style-src` to this policy, which the build writes; and
/// `frame-ancestors` is ignored in a meta element, so they send that one.
pub fn policy(style: &str) -> String {
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()));
    format!("default-src 'self'; {FIXED}; style-src 'self' 'sha256-{hash}'")
}

/// A file the build must write next to the pages.
#[derive(Debug, PartialEq, Eq)]
pub struct Asset {
    /// Path relative to the dist folder.
    pub path: String,
    pub text: String,
}

/// `sha384-…`, the integrity value for `bytes`.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// What [`harden`] makes of the built template.
#[derive(Debug)]
pub struct Hardened {
    /// The template, with the policy in its head.
    pub html: String,
    /// The loader script, to be written.
    pub loader: Asset,
    /// The stylesheet now inside the page (path relative to the dist
    /// folder): nothing requests the file any more.
    pub inlined: String,
}

/// The built template with the policy in its head, Trunk's stylesheet link
/// replaced by the stylesheet itself, Trunk's inline loader replaced by
/// `loader-<hash>.js`, and integrity on the no-script stylesheet. `read`
/// reads a file of the dist folder by its path relative to it.
pub fn harden(
    template: &str,
    base: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<Hardened, String> {
    let local = |url: &str| {
        url.strip_prefix(base)
            .unwrap_or(url)
            .trim_start_matches('/')
            .to_string()
    };
    let (template, inlined, style) = inline_stylesheet(template, &local, &read)?;
    let template = template.as_str();
    const OPEN: &str = "<script type=\"module\">";
    let start = template
        .find(OPEN)
        .ok_or("no inline module script (Trunk's loader) in index.html")?;
    let end = template[start..]
        .find("</script>")
        .map(|i| start + i + "</script>".len())
        .ok_or("the loader script is not closed")?;
    let inline = &template[start..end];
    let quoted_after = |marker: &str| {
        inline
            .split_once(marker)
            .and_then(|(_, rest)| rest.split_once('\''))
            .map(|(url, _)| url.to_string())
            .ok_or(format!("the loader has no `{marker}'…'`"))
    };
    let js_url = quoted_after(" from '")?;
    let wasm_url = quoted_after("module_or_path: '")?;
    let wasm_integrity = integrity(&read(&local(&wasm_url))?);

    // The page's head preloads the main wasm (below) and its chunks
    // (`prerender::head::with_chunks`), so their bytes arrive while the
    // page is laid out and painted: on a slow phone the poem's button is
    // live 0.2-0.5 s sooner, the first paint no later (README,
    // Performance). Compiling and running them waits for the paint: not for
    // a frame callback alone, which runs before the frame is on screen, but
    // for the paint's own report, for at most a second (a hidden tab or an
    // early tap reports none).
    let text = format!(
        "// Written by the build (src/csp.rs): the page's policy allows no inline script.\n\
         import init from '{js_url}';\n\
         // The prerendered page is painted before the wasm is compiled and run, so the two\n\
         // do not share the main thread.\n\
         await new Promise((painted) => requestAnimationFrame(() => setTimeout(() => {{\n\
           const types = PerformanceObserver.supportedEntryTypes ?? [];\n\
           const type = ['largest-contentful-paint', 'paint'].find((t) => types.includes(t));\n\
           if (!type) return painted();\n\
           new PerformanceObserver((_, seen) => {{ seen.disconnect(); painted(); }}).observe({{ type, buffered: true }});\n\
           setTimeout(painted, 1000);\n\
         }})));\n\
         await init({{ module_or_path: new Request('{wasm_url}', {{ integrity: '{wasm_integrity}' }}) }});\n"
    );
    let hash: String = Sha256::digest(text.as_bytes())[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let path = format!("loader-{hash}.js");
    // The modules the main module imports (the page chunks' loader): fetched
    // with it rather than after it, since the loader runs only once all of
    // its imports are there.
    let js = read(&local(&js_url))?;
    let mut script = String::new();
    for module in relative_imports(&String::from_utf8_lossy(&js)) {
        let file = format!(
            "{}/{module}",
            js_url.rsplit_once('/').map_or("", |(dir, _)| dir)
        );
        script.push_str(&format!(
            "<link rel=\"modulepreload\" href=\"{file}\" crossorigin=\"anonymous\" integrity=\"{}\">",
            integrity(&read(&local(&file))?)
        ));
    }
    script.push_str(&format!(
        "<script type=\"module\" src=\"{base}/{path}\" integrity=\"{}\"></script>",
        integrity(text.as_bytes())
    ));
    let mut html = format!(
        "{}{script}{}",
        refresh_integrity(&template[..start], &local, &read)?,
        refresh_integrity(&template[end..], &local, &read)?
    );

    // The main wasm's bytes are requested with the page; the loader's
    // request takes them from this preload and checks their integrity
    // (Chromium ignores, and warns about, `integrity` on a preload `as`
    // fetch). Last in the head, after the content files; without Trunk's
    // `type` (its own preload is dropped by the prerenderer).
    html = html.replacen(
        "</head>",
        &format!("<link rel=\"preload\" href=\"{wasm_url}\" as=\"fetch\" crossorigin=\"anonymous\"></head>"),
        1,
    );

    const NOSCRIPT_CSS: &str = "<link rel=\"stylesheet\" href=\"noscript.css\"";
    if html.contains(NOSCRIPT_CSS) {
        let with = format!(
            "{NOSCRIPT_CSS} integrity=\"{}\"",
            integrity(&read("noscript.css")?)
        );
        html = html.replacen(NOSCRIPT_CSS, &with, 1);
    }
    const CHARSET: &str = "<meta charset=\"utf-8\">";
    if !html.contains(CHARSET) {
        return Err("index.html has no <meta charset=\"utf-8\"> to put the policy after".into());
    }
    html = html.replacen(
        CHARSET,
        &format!(
            "{CHARSET}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            policy(&style)
        ),
        1,
    );
    Ok(Hardened {
        html,
        loader: Asset { path, text },
        inlined,
    })
}

/// Trunk's `<link rel="stylesheet">` (the one outside `<noscript>`)
/// replaced by a `<style>` element with the file's text: on a slow phone
/// the first paint then waits for the page alone, not for one more request
/// (measured: 0.1-0.2 s sooner, README). Returns the page, the file's path
/// and the text.
fn inline_stylesheet(
    template: &str,
    local: &dyn Fn(&str) -> String,
    read: &dyn Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<(String, String, String), String> {
    const LINK: &str = "<link rel=\"stylesheet\" href=\"";
    let mut found = template
        .match_indices(LINK)
        .map(|(at, _)| at)
        .filter(|&at| !template[..at].ends_with("<noscript>"));
    let (Some(start), None) = (found.next(), found.next()) else {
        return Err(
            "index.html must have exactly one stylesheet link outside <noscript> (Trunk's)".into(),
        );
    };
    let end = template[start..]
        .find('>')
        .map(|i| start + i + 1)
        .ok_or("the stylesheet link is not closed")?;
    let href = template[start + LINK.len()..end]
        .split_once('"')
        .map(|(href, _)| href)
        .ok_or("the stylesheet link's href is not closed")?;
    let path = local(href);
    let css = String::from_utf8(read(&path)?).map_err(|_| format!("{path} is not UTF-8"))?;
    // The text ends the element at the first `</style`, whatever its case.
    if css.to_ascii_lowercase().contains("</style") {
        return Err(format!(
            "{path} contains `</style`, which would end the inline stylesheet"
        ));
    }
    let html = format!(
        "{}<style>{css}</style>{}",
        &template[..start],
        &template[end..]
    );
    Ok((html, path, css))
}

/// The modules `js` imports from its own folder (`from "./x.js"`), each once,
/// in the order written: wasm-bindgen's glue imports the page chunks' loader.
fn relative_imports(js: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = js;
    while let Some(at) = rest.find("from") {
        rest = &rest[at + "from".len()..];
        let after = rest.trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let Some(name) = after[1..]
            .split(quote)
            .next()
            .and_then(|spec| spec.strip_prefix("./"))
        else {
            continue;
        };
        if !name.is_empty() && !name.contains('/') && !found.iter().any(|f| f == name) {
            found.push(name.to_string());
        }
    }
    found
}

/// Trunk's `integrity` on the stylesheet and the main module, computed
/// again from the files: the release build minifies both after Trunk wrote
/// them (`scripts/postbuild.sh`).
fn refresh_integrity(
    html: &str,
    local: &dyn Fn(&str) -> String,
    read: &dyn Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    const ATTR: &str = " integrity=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(ATTR) {
        let tag_start = rest[..at].rfind('<').unwrap_or(0);
        let tag = &rest[tag_start..at];
        let url = ["href=\"", "src=\""]
            .iter()
            .find_map(|attr| tag.split_once(attr))
            .and_then(|(_, value)| value.split_once('"'))
            .map(|(url, _)| url)
            .ok_or_else(|| format!("an integrity attribute without href or src: {tag}"))?;
        let value_start = at + ATTR.len();
        let value_end = rest[value_start..]
            .find('"')
            .map(|i| value_start + i)
            .ok_or("an integrity attribute is not closed")?;
        out.push_str(&rest[..value_start]);
        out.push_str(&integrity(&read(&local(url))?));
        rest = &rest[value_end..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<head><meta charset=\"utf-8\"><base href=\"/sub/\">\
        <link rel=\"modulepreload\" href=\"/sub/app-1.js\" integrity=\"sha384-stale\">\
        <link rel=\"stylesheet\" href=\"/sub/main-1.css\" integrity=\"sha384-trunk\"/>\
        <noscript><link rel=\"stylesheet\" href=\"noscript.css\"></noscript>\
        <script type=\"module\">\nimport init, * as bindings from '/sub/app-1.js';\n\
        const wasm = await init({ module_or_path: '/sub/app-1_bg.wasm' });\n</script></head>";

    const CSS: &str = "body{color:#1a1a1c}.poem li{margin:0}";

    fn read(path: &str) -> Result<Vec<u8>, String> {
        match path {
            "app-1_bg.wasm" => Ok(b"\0asm".to_vec()),
            "app-1.js" => Ok(b"import*as a from\"./app-split-2.js\";export{}".to_vec()),
            "app-split-2.js" => Ok(b"import{initSync}from\"./app-1.js\"".to_vec()),
            "noscript.css" => Ok(b"a{}".to_vec()),
            "main-1.css" => Ok(CSS.as_bytes().to_vec()),
            other => Err(format!("unexpected read of {other}")),
        }
    }

    #[test]
    fn the_inline_loader_becomes_a_file_with_integrity() {
        let Hardened { html, loader, .. } =
            harden(TEMPLATE, "/sub", read).unwrap_or_else(|e| panic!("{e}"));
        assert!(!html.contains("<script type=\"module\">"), "{html}");
        assert!(!html.contains("import init"), "{html}");
        assert!(html.contains(&format!(
            "<script type=\"module\" src=\"/sub/{}\" integrity=\"{}\"></script>",
            loader.path,
            integrity(loader.text.as_bytes())
        )));
        assert!(loader.path.starts_with("loader-") && loader.path.ends_with(".js"));
        assert!(loader.text.contains("import init from '/sub/app-1.js';"));
        // Its bytes are requested with the page, last in the head.
        assert!(html.contains(
            "<link rel=\"preload\" href=\"/sub/app-1_bg.wasm\" as=\"fetch\" crossorigin=\"anonymous\"></head>"
        ));
        assert!(loader.text.contains(&format!(
            "new Request('/sub/app-1_bg.wasm', {{ integrity: '{}' }})",
            integrity(b"\0asm")
        )));
        // The wasm is compiled and run only after the first paint has been reported.
        let wait = loader.text.find("requestAnimationFrame");
        let init = loader.text.find("init({ module_or_path");
        assert!(wait.is_some() && wait < init);
        let reported = loader.text.find("new PerformanceObserver(");
        assert!(reported > wait && reported < init);
        assert!(loader.text.contains("'largest-contentful-paint', 'paint'"));
    }

    #[test]
    fn the_policy_comes_first_and_allows_nothing_inline_but_the_stylesheet() {
        let html = harden(TEMPLATE, "/sub", read)
            .unwrap_or_else(|e| panic!("{e}"))
            .html;
        let at = html.find("http-equiv=\"Content-Security-Policy\"");
        assert!(at.is_some() && at < html.find("<script") && at < html.find("<style"));
        let meta = policy(CSS);
        assert!(html.contains(&format!("content=\"{meta}\"")), "{html}");
        assert!(!meta.contains("unsafe-inline") && !meta.contains("'unsafe-eval'"));
        assert!(
            !meta.contains("unsafe-hashes"),
            "style attributes stay blocked"
        );
        // echo -n 'body{color:#1a1a1c}.poem li{margin:0}' | openssl dgst -sha256 -binary | base64
        assert!(
            meta.ends_with(
                "style-src 'self' 'sha256-iH2CTkCkjt6p4I5EZZUojfa7mK6XzXrnDoGc6aBGzZg='"
            ),
            "{meta}"
        );
        assert!(meta.contains(FIXED) && meta.starts_with("default-src 'self'; "));
        assert!(html.contains(&format!(
            "href=\"noscript.css\" integrity=\"{}\"",
            integrity(b"a{}")
        )));
    }

    #[test]
    fn the_stylesheet_is_in_the_page_and_its_file_is_no_longer_linked() {
        let Hardened { html, inlined, .. } =
            harden(TEMPLATE, "/sub", read).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(inlined, "main-1.css");
        assert!(html.contains(&format!("<style>{CSS}</style>")), "{html}");
        assert!(
            !html.contains("main-1.css") && !html.contains("sha384-trunk"),
            "{html}"
        );
        // The no-script stylesheet stays a file.
        assert!(html.contains("<noscript><link rel=\"stylesheet\" href=\"noscript.css\""));

        let closing = |path: &str| match path {
            "main-1.css" => Ok(b"a::after{content:'</STYLE>'}".to_vec()),
            other => read(other),
        };
        let error = harden(TEMPLATE, "/sub", closing).unwrap_err();
        assert!(error.contains("</style"), "{error}");
        let two = TEMPLATE.replace(
            "<noscript>",
            "<link rel=\"stylesheet\" href=\"/sub/x.css\"><noscript>",
        );
        assert!(harden(&two, "/sub", read).is_err());
        let none = TEMPLATE.replace(
            "<link rel=\"stylesheet\" href=\"/sub/main-1.css\" integrity=\"sha384-trunk\"/>",
            "",
        );
        assert!(harden(&none, "/sub", read).is_err());
    }

    #[test]
    fn integrity_is_computed_again_from_the_minified_files() {
        let html = harden(TEMPLATE, "/sub", read)
            .unwrap_or_else(|e| panic!("{e}"))
            .html;
        assert!(!html.contains("sha384-stale"), "{html}");
        assert!(html.contains(&format!(
            "href=\"/sub/app-1.js\" integrity=\"{}\"",
            integrity(b"import*as a from\"./app-split-2.js\";export{}")
        )));
    }

    #[test]
    fn the_modules_the_main_module_imports_are_preloaded_before_the_loader() {
        let html = harden(TEMPLATE, "/sub", read)
            .unwrap_or_else(|e| panic!("{e}"))
            .html;
        let preload = html.find(&format!(
            "<link rel=\"modulepreload\" href=\"/sub/app-split-2.js\" crossorigin=\"anonymous\" integrity=\"{}\">",
            integrity(b"import{initSync}from\"./app-1.js\"")
        ));
        assert!(
            preload.is_some() && preload < html.find("<script type=\"module\" src="),
            "{html}"
        );
        assert_eq!(
            relative_imports("import * as a from './x.js'\nimport{b as c}from\"./y.js\";import*as d from\"./x.js\";import e from '../z.js'; const from = 1;"),
            ["x.js", "y.js"]
        );
    }

    #[test]
    fn integrity_is_the_base64_sha384() {
        // echo -n abc | openssl dgst -sha384 -binary | base64
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }

    #[test]
    fn a_template_without_the_loader_is_an_error_not_a_silent_pass() {
        assert!(harden("<head><meta charset=\"utf-8\"></head>", "", read).is_err());
        let missing = TEMPLATE.replace("app-1_bg.wasm", "gone_bg.wasm");
        assert!(harden(&missing, "/sub", read).is_err());
    }
}
