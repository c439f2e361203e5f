//! Build-time prerendering: every route rendered to static HTML with the
//! same components the browser runs, so a page is readable before (and
//! without) the wasm. Native only; run by `src/bin/prerender.rs` from the
//! Trunk post-build hook. The live app then replaces this HTML (see
//! `main.rs`), so the two never need to match node for node.

mod body;
mod card;
mod deployment;
mod head;
mod html;
mod raster;

use crate::content::load::{parse, Files, LoadError};
use crate::lang::Lang;
use crate::routing;
use body::render_body;
pub use deployment::Deployment;
use head::{
    head_links, og_image, og_url, replace_between, route_preloads, set_meta, with_chunks,
    without_comments, without_wasm_preload,
};
use html::escape;
pub use raster::{Fonts, FONT_DIR};

/// Reads the content files from `dir` (the shipped `public/data`).
pub fn read_files(dir: &std::path::Path) -> Result<Files, String> {
    fn one<T: crate::content::load::ContentFile>(
        dir: &std::path::Path,
    ) -> Result<std::sync::Arc<T>, String> {
        let path = dir.join(T::name());
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        parse::<T>(&text).map(std::sync::Arc::new).map_err(|e| {
            let detail = match e {
                LoadError::Format(detail) => detail,
                other => format!("{other:?}"),
            };
            format!("{}: {detail}", path.display())
        })
    }
    Ok(Files {
        plan: one(dir)?,
        poem: one(dir)?,
        timeline: one(dir)?,
        accessibility: one(dir)?,
    })
}

/// The fingerprints of the content files in `dir` (`plan.json:1a2b3c4d
/// poem.json:…`), which the pages carry as `data-content`: the take-over
/// keeps the prerendered page only while the files it fetches are these.
pub fn fingerprints(dir: &std::path::Path) -> Result<String, String> {
    use crate::content::load::{fingerprint, ContentFile};
    use crate::content::model::{Accessibility, Plan, Poem, Timeline};
    let names = [
        Plan::name(),
        Poem::name(),
        Timeline::name(),
        Accessibility::name(),
    ];
    let mut out = Vec::new();
    for name in names {
        let path = dir.join(name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push(format!("{name}:{:08x}", fingerprint(&text)));
    }
    Ok(out.join(" "))
}

/// One page: the build's `index.html` with the route's language, title,
/// description, canonical and alternate links, and its rendered body.
/// `pathname` includes the base (`/sub/en/poem/`, `/sub/404.html`).
pub fn page(template: &str, site: &Deployment, pathname: &str, files: &Files) -> String {
    let route = routing::parse(&site.base, pathname);
    let t = route.lang.strings();
    let title = t.document_title(route.page);
    let mut html = without_comments(template).replacen(
        "<html lang=\"ja\">",
        &format!("<html lang=\"{}\">", route.lang.code()),
        1,
    );
    html = replace_between(&html, "<title>", "</title>", &escape(&title));
    html = set_meta(&html, "name=\"description\"", t.meta_description);
    html = set_meta(&html, "property=\"og:title\"", &title);
    html = set_meta(&html, "property=\"og:description\"", t.meta_description);
    html = set_meta(
        &html,
        "property=\"og:site_name\"",
        &t.document_title(Some(routing::Page::Overview)),
    );
    // The English is British (colour, recognised), so is its locale.
    let (locale, other) = match route.lang {
        Lang::Ja => ("ja_JP", "en_GB"),
        Lang::En => ("en_GB", "ja_JP"),
    };
    html = set_meta(&html, "property=\"og:locale\"", locale);
    html = set_meta(&html, "property=\"og:locale:alternate\"", other);
    html = og_url(&html, site, route);
    html = og_image(&html, site, route, &card::alt(route, files));
    html = without_wasm_preload(&html);
    html = route_preloads(&html, route.page);
    if let Some(page) = route.page {
        html = with_chunks(&html, site.chunks_of(page));
    }
    html = html.replacen("</head>", &format!("{}</head>", head_links(site, route)), 1);
    let body = render_body(site, pathname, files);
    let content = match site.content.as_str() {
        "" => String::new(),
        content => format!(
            " data-path=\"{}\" data-content=\"{}\"",
            escape(pathname),
            escape(content)
        ),
    };
    html.replacen(
        "<body>",
        &format!("<body>\n<div id=\"prerendered\"{content}>{body}</div>"),
        1,
    )
}

/// Every page's share card as PNG, with its path in the built site: each
/// page in both languages, and the 404 page.
pub fn cards(files: &Files, fonts: &Fonts) -> Result<Vec<(String, Vec<u8>)>, String> {
    card_routes()
        .into_iter()
        .map(|route| {
            let card = card::card(route, files, fonts);
            raster::render(&card, fonts).map(|png| (card.file, png))
        })
        .collect()
}

/// The routes that have a card: every page in both languages, and 404.
fn card_routes() -> Vec<routing::Route> {
    let pages = Lang::ALL.into_iter().flat_map(|lang| {
        routing::Page::ALL
            .into_iter()
            .map(move |page| routing::Route {
                lang,
                page: Some(page),
            })
    });
    let not_found = routing::Route {
        lang: Lang::Ja,
        page: None,
    };
    pages.chain([not_found]).collect()
}

/// `sitemap.xml` with every page and its language alternates, or `None`
/// without a known site URL.
pub fn sitemap(site: &Deployment) -> Option<String> {
    site.origin.as_ref()?;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for lang in Lang::ALL {
        for page in routing::Page::ALL {
            let url = |lang| site.page_url(lang, page);
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n    <xhtml:link rel=\"alternate\" hreflang=\"ja\" href=\"{}\"/>\n    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{}\"/>\n  </url>\n",
                url(lang),
                url(Lang::Ja),
                url(Lang::En)
            ));
        }
    }
    xml.push_str("</urlset>\n");
    Some(xml)
}

/// `robots.txt`: everything may be crawled; names the sitemap when there is one.
pub fn robots(site: &Deployment) -> String {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if site.origin.is_some() {
        text.push_str(&format!(
            "\nSitemap: {}\n",
            site.url(&format!("{}/sitemap.xml", site.base))
        ));
    }
    text
}

/// The deployment base from the built `index.html`'s `<base href>`.
pub fn base_of(template: &str) -> String {
    let href = template
        .split_once("<base href=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(href, _)| href)
        .unwrap_or_default();
    routing::normalize_base(href)
}

#[cfg(test)]
mod tests {
    use super::body::{
        attribute_names, make_controls_inert, render_app, start_tag_end, without_hydration_markers,
        CONTROLS,
    };
    use super::*;

    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<base href=\"/sub/\">\n<title>x</title>\n<meta name=\"description\" content=\"x\">\n<meta property=\"og:site_name\" content=\"x\">\n<meta property=\"og:title\" content=\"x\">\n<meta property=\"og:description\" content=\"x\">\n<meta property=\"og:locale\" content=\"ja_JP\">\n<meta property=\"og:locale:alternate\" content=\"en_GB\">\n<meta property=\"og:url\" content=\"__PAGE_URL__\">\n<meta name=\"twitter:card\" content=\"summary\">\n</head>\n<body></body>\n</html>";

    fn files() -> Files {
        read_files(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
            .unwrap_or_else(|e| panic!("shipped content: {e}"))
    }

    #[test]
    fn the_base_comes_from_the_built_index() {
        assert_eq!(base_of(TEMPLATE), "/sub");
        assert_eq!(base_of("<base href=\"/\">"), "");
        assert_eq!(base_of("<head></head>"), "");
    }

    #[test]
    fn an_english_page_gets_its_language_title_links_and_content() {
        let site = Deployment::new("/sub", Some("https://example.org/sub/"));
        let html = page(TEMPLATE, &site, "/sub/en/poem/", &files());
        assert!(html.contains("<html lang=\"en\">"));
        assert!(
            html.contains(
                "<title>Reverse Thinking | Aomori Prefecture DX Promotion Plan (Unofficial guide)</title>"
            ),
            "{html}"
        );
        assert!(html.contains("<meta property=\"og:locale\" content=\"en_GB\">"));
        assert!(html
            .contains("<meta property=\"og:url\" content=\"https://example.org/sub/en/poem/\">"));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/sub/en/poem/\">"));
        assert!(html.contains(
            "<link rel=\"alternate\" hreflang=\"ja\" href=\"https://example.org/sub/poem/\">"
        ));
        // The body: the heading, all 12 lines, and no control that works without the app.
        assert!(html.contains("<div id=\"prerendered\">"));
        assert!(html.contains("Aomori will become even more interesting with DX."));
        assert!(html.contains("It's Aomori, so nothing can be done."));
        assert!(!html.contains("<button type"), "every button is disabled");
        assert!(!html.contains("__PAGE_URL__"));
    }

    #[test]
    fn the_japanese_timeline_lists_every_entry_and_the_404_page_has_no_canonical() {
        let site = Deployment::new("/sub", None);
        let files = files();
        let html = page(TEMPLATE, &site, "/sub/timeline/", &files);
        assert!(html.contains("<html lang=\"ja\">"));
        assert!(html.contains("<link rel=\"canonical\" href=\"/sub/timeline/\">"));
        assert!(html.matches("<time datetime=\"20").count() >= 11);
        for entry in &files.timeline.entries {
            assert!(
                html.contains(&format!("id=\"{}\"", entry.id)),
                "{}",
                entry.id
            );
        }
        assert!(!html.contains("og:url"), "no address without SITE_URL");

        let not_found = page(TEMPLATE, &site, "/sub/404.html", &files);
        assert!(not_found.contains("<title>ページが見つかりません"));
        assert!(!not_found.contains("rel=\"canonical\""));
    }

    #[test]
    fn with_an_address_every_page_names_its_share_card_and_asks_for_a_large_preview() {
        let files = files();
        let site = Deployment::new("/sub", Some("https://example.org/sub/"));
        let html = page(TEMPLATE, &site, "/sub/en/poem/", &files);
        for tag in [
            "<meta property=\"og:image\" content=\"https://example.org/sub/cards/en-poem.png\">",
            "<meta property=\"og:image:width\" content=\"1200\">",
            "<meta property=\"og:image:height\" content=\"630\">",
            "<meta property=\"og:image:alt\" content=\"Card of Aomori Prefecture DX Promotion Plan (Unofficial guide). The poem “Reverse Thinking”, its first line “Aomori will become even more interesting with DX.” and its last line “It's Aomori, so nothing can be done.”",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        ] {
            assert!(html.contains(tag), "{tag}\n{html}");
        }
        assert_eq!(html.matches("og:image\"").count(), 1);
        let not_found = page(TEMPLATE, &site, "/sub/404.html", &files);
        assert!(not_found.contains(
            "<meta property=\"og:image\" content=\"https://example.org/sub/cards/ja-404.png\">"
        ));
        assert!(not_found.contains("<meta property=\"og:image:alt\" content=\"青森県DX推進プラン(非公式ガイド)の紹介画像。"));

        // Without an address there is no absolute URL for the card: no image, the small preview.
        let html = page(
            TEMPLATE,
            &Deployment::new("/sub", None),
            "/sub/en/poem/",
            &files,
        );
        assert!(!html.contains("og:image"));
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    }

    #[test]
    fn sitemap_and_robots_need_the_site_url() {
        let without = Deployment::new("/sub", None);
        assert_eq!(sitemap(&without), None);
        assert_eq!(robots(&without), "User-agent: *\nAllow: /\n");
        let with = Deployment::new("/sub/", Some("https://example.org/sub/"));
        let xml = sitemap(&with).unwrap_or_default();
        assert_eq!(xml.matches("<loc>").count(), 8);
        assert!(xml.contains("<loc>https://example.org/sub/en/timeline/</loc>"));
        assert!(robots(&with).ends_with("Sitemap: https://example.org/sub/sitemap.xml\n"));
    }

    #[test]
    fn the_templates_comments_are_left_out_and_its_tags_kept() {
        let template = "<head>\n  <!-- a note\n  on two lines -->\n  <meta charset=\"utf-8\">\n  <title>t</title><!-- after -->\n<!-- last -->\n</head><body></body>";
        assert_eq!(
            without_comments(template),
            "<head>\n  <meta charset=\"utf-8\">\n  <title>t</title>\n</head><body></body>"
        );
        assert_eq!(without_comments("a <!-- unclosed"), "a <!-- unclosed");
        let commented = TEMPLATE.replace("<title>", "<!-- a note for editors -->\n<title>");
        let html = page(
            &commented,
            &Deployment::new("/sub", None),
            "/sub/",
            &files(),
        );
        let head = &html[..html.find("<body>").unwrap_or(html.len())];
        assert!(
            head.contains("<title>") && !head.contains("a note for editors"),
            "{head}"
        );
    }

    #[test]
    fn trunks_own_wasm_preload_is_dropped_but_the_content_kept() {
        let head = "<link rel=\"preload\" href=\"data/plan.json\" as=\"fetch\"><link rel=\"modulepreload\" href=\"/a.js\"><link rel=\"preload\" href=\"/a_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>";
        assert_eq!(
            without_wasm_preload(head),
            "<link rel=\"preload\" href=\"data/plan.json\" as=\"fetch\"><link rel=\"modulepreload\" href=\"/a.js\"></head>"
        );
    }

    #[test]
    fn a_control_gets_one_disabled_attribute() {
        assert_eq!(
            make_controls_inert(
                "<p>a</p><button type=\"button\">b</button><input type=\"search\" value=\"a>b\"/>"
            ),
            "<p>a</p><button disabled type=\"button\">b</button><input disabled type=\"search\" value=\"a>b\"/>"
        );
        // Already disabled (as Leptos writes it, or in another spelling): left as it is.
        for tag in [
            "<button type=\"button\" class=\"secondary\" disabled>x</button>",
            "<button disabled=\"\">x</button>",
            "<select DISABLED><option>x</option></select>",
            "<input title='a \"disabled\" b' disabled=disabled>",
        ] {
            assert_eq!(make_controls_inert(tag), tag);
        }
        // The word in a value, another attribute's name or a comment is not the attribute.
        assert_eq!(
            make_controls_inert("<textarea title=\"disabled\" data-disabled>x</textarea>"),
            "<textarea disabled title=\"disabled\" data-disabled>x</textarea>"
        );
        assert_eq!(
            make_controls_inert("<!-- <button '> --><button>x</button>"),
            "<!-- <button '> --><button disabled>x</button>"
        );
        // Elements whose names start like a control's are not controls.
        assert_eq!(
            make_controls_inert("<inputs><buttons>"),
            "<inputs><buttons>"
        );
    }

    #[test]
    fn every_prerendered_control_is_disabled_exactly_once() {
        let site = Deployment::new("", None);
        let files = files();
        let mut controls = 0;
        for pathname in ["/", "/poem/", "/timeline/", "/en/timeline/", "/404.html"] {
            let html = page(TEMPLATE, &site, pathname, &files);
            let mut rest = html.as_str();
            while let Some(open) = rest.find('<') {
                rest = &rest[open..];
                let tag = &rest[..start_tag_end(rest)];
                let name = tag[1..]
                    .split(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
                    .next()
                    .unwrap_or_default();
                if CONTROLS.contains(&name) {
                    controls += 1;
                    let disabled = attribute_names(&tag[1 + name.len()..])
                        .filter(|a| a == "disabled")
                        .count();
                    assert_eq!(disabled, 1, "{pathname}: {tag}");
                }
                rest = &rest[1..];
            }
        }
        assert!(controls > 10, "the pages have controls: {controls}");
    }

    #[test]
    fn no_hydration_marker_is_left_and_content_cannot_make_one() {
        let site = Deployment::new("", None);
        let mut files = files();
        let poem = std::sync::Arc::make_mut(&mut files.poem);
        poem.instruction.ja = "<!>まずは<!>読む".into();
        poem.lines[0].ja = "<!>".into();
        let raw = render_app(&site, "/poem/", &files);
        assert!(raw.contains("<!>"), "Leptos writes the markers: {raw}");
        let html = page(TEMPLATE, &site, "/poem/", &files);
        assert!(!html.contains("<!>"), "{html}");
        assert!(
            html.contains("<p>&lt;!&gt;まずは&lt;!&gt;読む</p>"),
            "{html}"
        );
        assert!(
            html.contains("<span class=\"line-text\">&lt;!&gt;"),
            "{html}"
        );
        assert_eq!(without_hydration_markers("a<!>b<!---->c"), "ab<!---->c");
    }

    #[test]
    fn each_route_preloads_only_the_content_it_reads() {
        let site = Deployment::new("/sub", None);
        let files = files();
        let template = TEMPLATE.replace(
            "</head>",
            "<link rel=\"preload\" href=\"data/plan.json\" as=\"fetch\">\n<link rel=\"preload\" href=\"data/poem.json\" as=\"fetch\">\n<link rel=\"preload\" href=\"data/timeline.json\" as=\"fetch\">\n<link rel=\"preload\" href=\"data/accessibility.json\" as=\"fetch\">\n</head>",
        );
        let preloads = |path: &str| -> Vec<String> {
            page(&template, &site, path, &files)
                .lines()
                .filter(|l| l.starts_with("<link rel=\"preload\""))
                .map(|l| l.split('"').nth(3).unwrap_or_default().to_string())
                .collect()
        };
        assert_eq!(preloads("/sub/"), ["data/plan.json"]);
        assert_eq!(
            preloads("/sub/en/poem/"),
            ["data/plan.json", "data/poem.json"]
        );
        assert_eq!(
            preloads("/sub/timeline/"),
            ["data/plan.json", "data/timeline.json"]
        );
        assert_eq!(
            preloads("/sub/about/"),
            ["data/plan.json", "data/accessibility.json"]
        );
        assert_eq!(
            preloads("/sub/en/about/"),
            ["data/plan.json", "data/accessibility.json"]
        );
        assert_eq!(preloads("/sub/404.html"), ["data/plan.json"]);
    }

    #[test]
    fn each_page_names_its_own_chunks_on_the_loader_and_the_404_page_none() {
        let mut site = Deployment::new("/sub", None);
        for page in routing::Page::ALL {
            let name = deployment::split_name(page);
            site.chunks.insert(
                name.to_string(),
                vec![format!("split_{name}-1.wasm"), "chunk_5-2.wasm".into()],
            );
        }
        let template = TEMPLATE.replace(
            "</head>",
            "<script type=\"module\" src=\"/sub/loader-1.js\" integrity=\"sha384-x\"></script></head>",
        );
        let files = files();
        let loader = |path: &str| {
            let html = page(&template, &site, path, &files);
            let at = html.find("<script type=\"module\"").unwrap_or_default();
            html[at..].split('>').next().unwrap_or_default().to_string()
        };
        assert!(
            loader("/sub/en/poem/")
                .contains(" data-chunks=\"split_page_poem-1.wasm chunk_5-2.wasm\" "),
            "{}",
            loader("/sub/en/poem/")
        );
        assert!(loader("/sub/").contains("split_page_overview-1.wasm"));
        // Preloaded with the page, the main wasm first (the template's last link).
        let head = page(&template, &site, "/sub/en/poem/", &files);
        let chunk = head.find("<link rel=\"preload\" href=\"split_page_poem-1.wasm\" as=\"fetch\" crossorigin=\"anonymous\">");
        assert!(chunk.is_some() && chunk < head.find("</head>"), "{head}");
        assert!(!loader("/sub/404.html").contains("data-chunks"));
        // Without a manifest (a build that is not split) nothing is added.
        let plain = Deployment::new("/sub", None);
        assert!(!page(&template, &plain, "/sub/poem/", &files).contains("data-chunks"));
    }

    /// The split names the manifest uses are the ones `pages/chunks.rs` declares.
    #[test]
    fn every_page_has_the_split_point_its_chunk_is_named_after() {
        let source = include_str!("../pages/chunks.rs");
        for page in routing::Page::ALL {
            let name = deployment::split_name(page);
            assert!(
                source.contains(&format!("#[wasm_split({name}, ")),
                "no split point {name} in src/pages/chunks.rs"
            );
        }
    }

    #[test]
    fn text_is_escaped_in_the_head() {
        assert_eq!(escape("A & \"B\" <c>"), "A &amp; &quot;B&quot; &lt;c&gt;");
        let html = set_meta(TEMPLATE, "name=\"description\"", "a \"quoted\" <b>");
        assert!(html.contains("content=\"a &quot;quoted&quot; &lt;b&gt;\""));
    }

    /// The start and end of every outermost `data-island` element in
    /// `html`, and the names of all islands, outer and inner.
    fn islands(html: &str) -> (Vec<(usize, usize)>, Vec<String>) {
        const VOID: [&str; 8] = ["input", "br", "img", "meta", "link", "wbr", "hr", "source"];
        let (mut stack, mut ranges, mut names) =
            (Vec::<(String, usize, bool)>::new(), vec![], vec![]);
        let mut at = 0;
        while let Some(open) = html[at..].find('<').map(|i| at + i) {
            let end = open + start_tag_end(&html[open..]);
            let tag = &html[open..end];
            at = end;
            if let Some(name) = tag.strip_prefix("</") {
                let name = name.trim_end_matches('>').trim().to_ascii_lowercase();
                while let Some((open_name, start, island)) = stack.pop() {
                    if island && !stack.iter().any(|(_, _, i)| *i) {
                        ranges.push((start, end));
                    }
                    if open_name == name {
                        break;
                    }
                }
                continue;
            }
            let name: String = tag[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect::<String>()
                .to_ascii_lowercase();
            if name.is_empty() || tag.ends_with("/>") || VOID.contains(&name.as_str()) {
                continue;
            }
            let island = tag
                .split("data-island=\"")
                .nth(1)
                .and_then(|v| v.split('"').next());
            if let Some(island) = island {
                names.push(island.to_string());
            }
            stack.push((name, open, island.is_some()));
        }
        (ranges, names)
    }

    #[test]
    fn every_control_is_in_an_island_the_take_over_draws_live() {
        // The take-over keeps the rest of the prerendered page, whose
        // controls stay disabled: a control outside every island would be
        // dead on the first page.
        let site = Deployment::new("", None);
        let files = files();
        let expected: [(&str, &[&str]); 7] = [
            ("/", &["period", "structure", "logo", "share"]),
            ("/en/", &["period", "structure", "logo", "share"]),
            (
                "/poem/",
                &["stage", "controls", "lines", "status", "print", "share"],
            ),
            (
                "/en/poem/",
                &["stage", "controls", "lines", "status", "print", "share"],
            ),
            (
                "/timeline/",
                &["fold", "axis", "filters", "results", "downloads", "share"],
            ),
            ("/about/", &["share"]),
            ("/404.html", &[]),
        ];
        for (pathname, names) in expected {
            let html = page(TEMPLATE, &site, pathname, &files);
            let (ranges, found) = islands(&html);
            assert_eq!(found, names, "{pathname}: the islands");
            let mut controls = 0;
            for control in CONTROLS {
                for (at, _) in html.match_indices(&format!("<{control}")) {
                    controls += 1;
                    assert!(
                        ranges.iter().any(|(s, e)| (*s..*e).contains(&at)),
                        "{pathname}: a <{control}> outside the islands at {}",
                        &html[at..(at + 80).min(html.len())]
                    );
                }
            }
            assert_eq!(
                controls > 0,
                !names.is_empty(),
                "{pathname}: {controls} controls"
            );
        }
    }

    #[test]
    fn pages_carry_the_content_files_fingerprints_when_known() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        let prints = fingerprints(&dir).unwrap_or_else(|e| panic!("{e}"));
        let plan = std::fs::read_to_string(dir.join("plan.json")).unwrap_or_default();
        let entry = format!("plan.json:{:08x}", crate::content::load::fingerprint(&plan));
        assert!(prints.split(' ').any(|e| e == entry), "{prints}");
        assert_eq!(prints.split(' ').count(), 4, "{prints}");
        let mut site = Deployment::new("", None);
        let html = page(TEMPLATE, &site, "/", &files());
        assert!(
            html.contains("<div id=\"prerendered\">"),
            "without them, none"
        );
        site.content = prints.clone();
        let html = page(TEMPLATE, &site, "/", &files());
        assert!(html.contains(&format!(
            "<div id=\"prerendered\" data-path=\"/\" data-content=\"{prints}\">"
        )));
    }
}
