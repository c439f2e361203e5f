//! Issue 26, "True to the source, second pass", on the prerendered pages:
//! what the site says around the source's text, in both languages, as the
//! build writes it (the e2e suite, `tests/e2e/fidelity.spec.ts`, checks the
//! live app the same way).
#![cfg(not(target_arch = "wasm32"))]

use aomori_dx::content::load::Files;
use aomori_dx::lang::Lang;
use aomori_dx::prerender::{self, Deployment};
use aomori_dx::routing::{self, Page};

/// The head fields the prerenderer fills in, as in `index.html`.
const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<title>x</title>\n<meta name=\"description\" content=\"x\">\n<meta property=\"og:site_name\" content=\"x\">\n<meta property=\"og:title\" content=\"x\">\n<meta property=\"og:description\" content=\"x\">\n<meta property=\"og:locale\" content=\"ja_JP\">\n<meta property=\"og:locale:alternate\" content=\"en_GB\">\n<meta property=\"og:url\" content=\"__PAGE_URL__\">\n</head>\n<body></body>\n</html>";

fn files() -> Files {
    prerender::read_files(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
        .unwrap_or_else(|e| panic!("shipped content: {e}"))
}

fn render(pathname: &str, files: &Files) -> String {
    prerender::page(TEMPLATE, &Deployment::new("", None), pathname, files)
}

/// The text of `html`, tags and comments left out, so that a sentence the
/// English marks up in parts (`<span lang="ja">`) is found whole.
fn text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |i| start + i + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
}

/// The `content` of the `<meta>` whose key attribute is `key`.
fn meta<'a>(html: &'a str, key: &str) -> &'a str {
    let start = format!("<meta {key} content=\"");
    html.split_once(&start)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(content, _)| content)
        .unwrap_or_else(|| panic!("no <meta {key}>"))
}

/// The text of `<main>`.
fn main_text(html: &str) -> String {
    let main = html
        .split_once("<main")
        .and_then(|(_, rest)| rest.split_once("</main>"))
        .map(|(main, _)| main)
        .unwrap_or_else(|| panic!("no <main>"));
    text(main)
}

/// Where `needle` starts in `haystack`, or a failure naming it.
fn at(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in\n{haystack}"))
}

/// Item 5: every page's `<title>` and `og:title`, the text of every share and
/// bookmark, says the site is unofficial, in both languages; `og:locale`
/// matches the English's British spelling.
#[test]
fn every_title_and_og_title_says_unofficial() {
    let files = files();
    let mut pathnames: Vec<(Lang, String)> = Lang::ALL
        .into_iter()
        .flat_map(|lang| Page::ALL.map(|page| (lang, routing::path_for("", lang, page))))
        .collect();
    pathnames.push((Lang::Ja, "/404.html".to_string()));
    for (lang, pathname) in pathnames {
        let html = render(&pathname, &files);
        let title = html
            .split_once("<title>")
            .and_then(|(_, rest)| rest.split_once("</title>"))
            .map(|(title, _)| title)
            .unwrap_or_default();
        let tagline = match lang {
            Lang::Ja => "(非公式ガイド)",
            Lang::En => "(Unofficial guide)",
        };
        assert!(title.ends_with(tagline), "{pathname}: {title}");
        assert_eq!(meta(&html, "property=\"og:title\""), title, "{pathname}");
        let (locale, other) = match lang {
            Lang::Ja => ("ja_JP", "en_GB"),
            Lang::En => ("en_GB", "ja_JP"),
        };
        assert_eq!(meta(&html, "property=\"og:locale\""), locale, "{pathname}");
        assert_eq!(
            meta(&html, "property=\"og:locale:alternate\""),
            other,
            "{pathname}"
        );
    }
    let poem = render("/poem/", &files);
    assert!(poem.contains("<title>逆転の発想 | 青森県DX推進プラン(非公式ガイド)</title>"));
    let timeline = render("/en/timeline/", &files);
    assert!(timeline.contains(
        "<title>How the plan was decided | Aomori Prefecture DX Promotion Plan (Unofficial guide)</title>"
    ));
}

/// Item 4: the source's two lead paragraphs come before 「基本理念」, as on
/// the source page, not inside its section.
#[test]
fn the_lead_paragraphs_come_before_the_philosophy() {
    let files = files();
    for (pathname, heading) in [("/", "基本理念"), ("/en/", "Basic philosophy")] {
        let lang = if pathname == "/" { Lang::Ja } else { Lang::En };
        let main = main_text(&render(pathname, &files));
        let intro = at(&main, files.plan.intro.get(lang));
        let purpose = at(&main, files.plan.purpose.get(lang));
        let philosophy = at(&main, heading);
        assert!(intro < purpose && purpose < philosophy, "{pathname}");
        // The unofficial notice still comes first.
        let notice = match lang {
            Lang::Ja => "このサイトは、青森県の公式サイトではありません。",
            Lang::En => "This is not a website of Aomori Prefecture.",
        };
        assert!(at(&main, notice) < intro, "{pathname}");
    }
    let html = render("/", &files);
    let hero = html
        .split_once("<section class=\"hero\"")
        .and_then(|(_, rest)| rest.split_once("</section>"))
        .map(|(hero, _)| hero)
        .unwrap_or_default();
    assert!(!hero.contains(&files.plan.intro.ja), "{hero}");
    assert!(!hero.contains(&files.plan.purpose.ja), "{hero}");
}

/// Item 3 and 1: where the source is silent, say less: no format for the
/// plan's documents (only the member list is marked as a PDF), the logo
/// drawing called this site's illustration, the committee named after the
/// plan's provisional title.
#[test]
fn claims_the_source_does_not_make_are_gone() {
    let files = files();
    let ja = main_text(&render("/", &files));
    assert!(
        ja.contains("プラン本編・概要は、青森県「青森県DX推進プランについて」で公開されています。")
    );
    assert!(!ja.contains("概要(PDF)"));
    assert!(ja.contains("文字の並べ方や形などの細部はこのサイトによる説明のためのもので、ロゴマークそのものではありません。青森県の形は描いていません。"));
    let en = main_text(&render("/en/", &files));
    assert!(en.contains(
        "The plan itself and its summary are linked from \u{201c}About the Aomori Prefecture DX Promotion Plan\u{201d} (青森県DX推進プランについて) on Aomori Prefecture's website."
    ), "{en}");
    assert!(!en.contains("(PDF, in Japanese)"));
    assert!(en.contains("Their arrangement and every detail are this site's illustration, not the logo, and the drawing does not show the shape of the prefecture."));
    assert!(en.contains(
        "the Planning Committee for the \u{201c}Aomori Prefecture DX Promotion Plan (provisional title)\u{201d}"
    ));
    assert!(!en.contains("provisionally named"));
    // The drawing: no arrowhead added to the A, and nothing stands for the shape.
    let html = render("/", &files);
    let svg = html
        .split_once("<svg viewBox=")
        .and_then(|(_, rest)| rest.split_once("</svg>"))
        .map(|(svg, _)| svg)
        .unwrap_or_default();
    assert!(!svg.is_empty());
    assert!(!svg.contains("part-shape"), "{svg}");
    assert_eq!(svg.matches("part-arrow").count(), 1, "{svg}");
    assert!(!svg.contains("<path class=\"fill\""), "{svg}");
}

/// Item 2: the about page names every edit and everything left out.
#[test]
fn the_about_page_lists_every_edit_and_what_is_left_out() {
    let files = files();
    let ja = main_text(&render("/about/", &files));
    for edit in [
        "日本語の文章は出典のとおりに掲載していますが、次のものは、このサイトが加えたもの、または出典から編集したものです。",
        "出典はこれを「詩」とは呼んでいませんが、このサイトでは「詩」と呼んでいます。",
        "出典の冒頭の「この画像をクリックして、」を除き",
        "案内の文(「まずは普通に…」)と「いかがでしょうか。…」の間に置いています。",
        "「ロゴマークに込めた意味」(出典の見出しは「本県のDX推進のロゴマーク」)",
        "経過の各項目を日付の位置に示した時間軸の図を加えています。",
        "リンクを共有したときに表示される、各ページの紹介画像を加えています。",
        "出典にある次のものは、このサイトには掲載していません。",
        "プランの表紙とロゴマークの画像",
        "「プラン概要」の見出し",
        "出典の日本語の文章は、MITライセンスの対象ではありません。",
        "LICENSEファイル",
    ] {
        assert!(ja.contains(edit), "/about/ lacks {edit}");
    }
    assert!(!ja.contains("MITライセンスで公開しています"));
    let en = main_text(&render("/en/about/", &files));
    for edit in [
        "The source does not call it a poem (詩); this site does.",
        "\u{201c}Click this image, and\u{201d} (この画像をクリックして、)",
        "The following, which the source has, are left out here.",
        "The heading \u{201c}Plan overview\u{201d} (プラン概要)",
        "The source's Japanese text is not under the MIT License.",
    ] {
        assert!(en.contains(edit), "/en/about/ lacks {edit}");
    }
    // The report's results in JIS X 8341-3 terms: no fourth result, and a
    // criterion verified in part says so in its note.
    let ja_html = render("/about/", &files);
    assert!(!ja_html.contains(">一部<"));
    assert!(ja_html.contains(">非適用<") && ja.contains("注記(確認は一部のみ)"));
    let en_html = render("/en/about/", &files);
    assert!(!en_html.contains(">Partly<"));
    assert!(en.contains("Note (verified in part only)"));
}

/// The licence the about page names is in the repository, as Cargo.toml says.
#[test]
fn the_licence_file_is_there_and_matches_the_manifest() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let licence =
        std::fs::read_to_string(root.join("LICENSE")).unwrap_or_else(|e| panic!("LICENSE: {e}"));
    assert!(licence.contains("MIT License"));
    assert!(licence.contains("Permission is hereby granted, free of charge"));
    // It never claims a licence for the prefecture's text.
    assert!(licence.contains("does not cover the text quoted from Aomori Prefecture's page"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))
        .unwrap_or_else(|e| panic!("Cargo.toml: {e}"));
    assert!(manifest.contains("license = \"MIT\""));
}
