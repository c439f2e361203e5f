//! Hostile and broken content, and hostile URLs. Content JSON is untrusted:
//! markup in it renders as text, bidi controls are removed, links are
//! checked, a broken file gives a message naming the file and the field, and
//! no input (huge, deeply nested, or random bytes) panics or overflows the
//! stack. Every parser of a URL, query or route takes any string.
//!
//! Native only: pages are rendered to HTML as the prerenderer renders them.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use aomori_dx::components::loaded::Loaded;
use aomori_dx::content::calendar::{Date, YearMonth};
use aomori_dx::content::load::{parse, ContentFile, Files};
use aomori_dx::content::model::{Plan, Poem, Timeline};
use aomori_dx::content::query::pairs;
use aomori_dx::content::reading::Order;
use aomori_dx::content::sanitize::is_bidi_control;
use aomori_dx::content::search::{split_marked, terms, Searchable};
use aomori_dx::content::validate::check_link;
use aomori_dx::content::{Content, LoadError, LoadState};
use aomori_dx::context::Site;
use aomori_dx::lang::Lang;
use aomori_dx::navigation::{with_query, Url};
use aomori_dx::prerender::{self, Deployment};
use aomori_dx::routing::{self, Route};
use aomori_dx::App;
use leptos::prelude::*;
use proptest::prelude::*;
use serde_json::{json, Value};

const PLAN: &str = include_str!("../public/data/plan.json");
const POEM: &str = include_str!("../public/data/poem.json");
const TIMELINE: &str = include_str!("../public/data/timeline.json");
const ACCESSIBILITY: &str = include_str!("../public/data/accessibility.json");

/// A page shell for [`prerender::page`]: no script of its own, so any
/// script in the output came from content.
const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<title>x</title>\n</head>\n<body></body>\n</html>";

/// Markup, a script link and bidi controls in one text.
const PAYLOAD: &str = "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a> javascript:alert(1) \u{202E}gpj.exe\u{2066}x\u{2069} &amp;";

/// How the payload must appear in HTML text: escaped, controls gone.
const PAYLOAD_ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt; javascript:alert(1) gpj.exex &amp;amp;";

fn parsed<T: ContentFile>(text: &str) -> T {
    parse(text).unwrap_or_else(|e| panic!("{e:?}"))
}

fn value(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("shipped file: {e}"))
}

/// Puts the payload into every text of `value`: both languages of each
/// `{ja, en}` object, and the timeline's `source_date` (shown as is).
fn poison(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            let is_text =
                fields.len() == 2 && fields.contains_key("ja") && fields.contains_key("en");
            for (key, field) in fields.iter_mut() {
                if is_text || key == "source_date" {
                    *field = json!(PAYLOAD);
                } else {
                    poison(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(poison),
        _ => {}
    }
}

fn poisoned_files() -> Files {
    let [mut plan, mut poem, mut timeline, mut accessibility] =
        [PLAN, POEM, TIMELINE, ACCESSIBILITY].map(value);
    for file in [&mut plan, &mut poem, &mut timeline, &mut accessibility] {
        poison(file);
    }
    Files {
        plan: Arc::new(parsed(&plan.to_string())),
        poem: Arc::new(parsed(&poem.to_string())),
        timeline: Arc::new(parsed(&timeline.to_string())),
        accessibility: Arc::new(parsed(&accessibility.to_string())),
    }
}

/// Every page, in both languages, plus a not-found page.
fn pathnames() -> Vec<String> {
    let mut paths: Vec<String> = routing::static_routes()
        .into_iter()
        .map(|route| match route.as_str() {
            "" => "/".to_string(),
            route => format!("/{route}/"),
        })
        .collect();
    paths.push("/404.html".to_string());
    paths
}

/// The tags of `html` as (name, attributes): every `<` that starts a tag is
/// markup, since a `<` in text or in an attribute value is escaped.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if rest.starts_with("!--") {
            rest = rest.split_once("-->").map_or("", |(_, after)| after);
            continue;
        }
        let name_end = rest
            .char_indices()
            .skip(1)
            .find(|&(_, c)| c.is_whitespace() || c == '>' || c == '/')
            .map_or(rest.len(), |(i, _)| i);
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let key_end = rest
                .find(|c: char| c.is_whitespace() || c == '=' || c == '>')
                .unwrap_or(rest.len());
            if key_end == 0 && !rest.starts_with('=') {
                // A stray quote: step over it.
                rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
                continue;
            }
            let key = rest[..key_end].to_ascii_lowercase();
            rest = &rest[key_end..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix("=\"") {
                let end = after.find('"').unwrap_or(after.len());
                value = after[..end].to_string();
                rest = after.get(end + 1..).unwrap_or("");
            } else if let Some(after) = rest.strip_prefix('=') {
                let end = after
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .unwrap_or(after.len());
                value = after[..end].to_string();
                rest = &after[end..];
            }
            attributes.push((key, value));
        }
        out.push((name, attributes));
    }
    out
}

#[test]
fn markup_and_script_links_in_content_render_as_text() {
    let files = poisoned_files();
    assert!(
        files.plan.title.ja.contains("<script>"),
        "the payload must survive parsing"
    );
    let site = Deployment::new("", None);
    for pathname in pathnames() {
        let html = prerender::page(TEMPLATE, &site, &pathname, &files);
        let tags = tags(&html);
        assert!(
            tags.iter().any(|(name, _)| name == "footer"),
            "{pathname}: the tag scan must see the page"
        );
        for (name, attributes) in tags {
            assert!(
                !["script", "img", "iframe", "object", "embed", "svg:script"]
                    .contains(&name.as_str()),
                "{pathname}: <{name}> from content"
            );
            for (key, value) in attributes {
                assert!(
                    !key.starts_with("on"),
                    "{pathname}: <{name} {key}=\"{value}\">"
                );
                assert!(
                    !value.trim().to_ascii_lowercase().starts_with("javascript:"),
                    "{pathname}: <{name} {key}=\"{value}\">"
                );
            }
        }
        // Every page has some: the footer credits the source.
        assert!(
            html.contains(PAYLOAD_ESCAPED),
            "{pathname}: payload not shown escaped\n{html}"
        );
        assert!(
            !html.chars().any(is_bidi_control),
            "{pathname}: a bidi control in\n{html}"
        );
    }
}

#[test]
fn the_tag_scan_finds_what_it_must_refuse() {
    let found = tags("<p>a &lt;img&gt;</p><!-- <script> --><IMG src=x onerror=\"alert(1)\"><a href=\"javascript:x\" title=\"a > b\">");
    let names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["p", "/p", "img", "a"]);
    assert_eq!(
        found[2].1,
        [
            ("src".to_string(), "x".to_string()),
            ("onerror".to_string(), "alert(1)".to_string())
        ]
    );
    assert_eq!(
        found[3].1[0],
        ("href".to_string(), "javascript:x".to_string())
    );
}

/// `html`'s text with every tag taken out (entities left as they are).
fn without_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn the_source_link_is_in_every_prerendered_page() {
    let files = prerender::read_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"),
    )
    .unwrap_or_else(|e| panic!("shipped content: {e}"));
    let site = Deployment::new("", None);
    let link = format!("<a href=\"{}\" rel=\"external\">", files.plan.source.url);
    for pathname in pathnames() {
        let html = prerender::page(TEMPLATE, &site, &pathname, &files);
        let footer = html.split("<footer").nth(1).unwrap_or_default();
        assert!(
            footer.contains(&link),
            "{pathname}: no source link in the footer\n{footer}"
        );
        let expected: &[&str] = if pathname.starts_with("/en/") {
            &[
                "Source page updated 29 February 2024",
                "DX Promotion Division",
            ]
        } else {
            &["出典ページの更新日付:2024年2月29日", "総合政策部 DX推進課"]
        };
        // The words as read: the Japanese names are wrapped to keep them whole on a line.
        let words = without_tags(footer);
        for text in expected {
            assert!(words.contains(text), "{pathname}: {text}\n{footer}");
        }
    }
    let about = prerender::page(TEMPLATE, &site, "/en/about/", &files);
    let main = about.split("<main").nth(1).unwrap_or_default();
    assert!(
        main.contains(&link),
        "the about page links the source\n{main}"
    );
}

#[test]
fn until_the_plan_is_loaded_the_source_link_is_left_out_quietly() {
    // No files: the content stays unloaded (effects do not run natively).
    let owner = Owner::new();
    let html = owner.with(|| view! { <App base="" url=Url::parse("/about/") /> }.to_html());
    owner.unset();
    let footer = html.split("<footer").nth(1).unwrap_or_default();
    assert!(footer.contains("公式サイトではありません"), "{footer}");
    assert!(!html.contains("pref.aomori.lg.jp"), "{html}");
    // The about page still names the source, with no alert; the one loading
    // note is the test report's, which needs its own file.
    assert!(
        html.contains("このサイトの内容は、青森県のウェブページ"),
        "{html}"
    );
    assert!(!html.contains("role=\"alert\""), "{html}");
    assert_eq!(html.matches("class=\"loading\"").count(), 1, "{html}");
    let report = html.split("id=\"about-report\"").nth(1).unwrap_or_default();
    assert!(report.contains("class=\"loading\""), "{html}");
}

fn render_nothing(_: Arc<Plan>) {}

/// Renders the failure of `data/plan.json` with `error`, as a page shows it.
fn failure_html(error: LoadError, lang: Lang) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        let content = Content::new("");
        content.plan.state.set(LoadState::Failed(error));
        provide_context(Site {
            base: StoredValue::new(String::new()),
            route: Memo::new(move |_| Route { lang, page: None }),
        });
        view! { <Loaded source=content.plan render=render_nothing /> }.to_html()
    });
    owner.unset();
    html
}

#[test]
fn a_broken_file_is_named_with_the_field_on_the_page() {
    let mut plan = value(PLAN);
    plan["source"].as_object_mut().map(|o| o.remove("url"));
    let Err(error) = parse::<Plan>(&serde_json::to_string_pretty(&plan).unwrap_or_default()) else {
        panic!("a plan without source.url must not load");
    };
    let html = failure_html(error, Lang::Ja);
    assert!(html.contains("role=\"alert\""), "{html}");
    assert!(
        html.contains("「data/plan.json」を読み込めませんでした。"),
        "{html}"
    );
    assert!(html.contains("正しい形式ではありません"), "{html}");
    assert!(
        html.contains("source: missing field `url` at line "),
        "{html}"
    );

    // A message quoting content shows it as text.
    let mut plan = value(PLAN);
    plan["period"]["start_fiscal_year"] = json!("<script>alert(1)</script>");
    let Err(error) = parse::<Plan>(&plan.to_string()) else {
        panic!("a period in words must not load");
    };
    let html = failure_html(error, Lang::En);
    assert!(
        html.contains("Could not load \u{201c}data/plan.json\u{201d}."),
        "{html}"
    );
    assert!(
        html.contains("period.start_fiscal_year: invalid type: string \"&lt;script&gt;alert(1)&lt;/script&gt;\", expected i32"),
        "{html}"
    );
    assert!(!html.contains("<script"), "{html}");
}

#[test]
fn an_entry_id_that_is_not_a_slug_keeps_the_timeline_from_loading() {
    // Ids become element ids and links (#id): one that tries to leave its quotes.
    let mut timeline = value(TIMELINE);
    timeline["entries"][0]["id"] = json!("x\" onmouseover=\"alert(1)");
    match parse::<Timeline>(&timeline.to_string()) {
        Err(LoadError::Format(detail)) => {
            assert!(detail.starts_with("entries[0].id: "), "{detail}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_logo_part_the_drawing_does_not_know_keeps_the_plan_from_loading() {
    let mut plan = value(PLAN);
    plan["logo"]["parts"][2]["id"] = json!("star");
    match parse::<Plan>(&plan.to_string()) {
        Err(LoadError::Format(detail)) => {
            assert!(
                detail.starts_with("logo.parts[2].id: unknown variant `star`"),
                "{detail}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_bad_source_link_keeps_the_plan_from_loading() {
    for url in [
        "javascript:alert(1)",
        "data:text/html,x",
        "http://example.org/",
        "//example.org/",
        "/\\example.org",
    ] {
        let mut plan = value(PLAN);
        plan["source"]["url"] = json!(url);
        match parse::<Plan>(&plan.to_string()) {
            Err(LoadError::Format(detail)) => {
                assert!(detail.starts_with("source.url: "), "{url}: {detail}")
            }
            other => panic!("{url}: {other:?}"),
        }
    }
}

/// About 5 MB: `count` entries with long texts, all valid.
fn big_timeline(count: usize) -> String {
    let mut timeline = value(TIMELINE);
    let ja = "素案のパブリックコメント実施、市町村への意見照会".repeat(6);
    let en = "Public comment on the draft and consultation of the municipalities. ".repeat(2);
    let entries: Vec<Value> = (0..count)
        .map(|i| {
            let (year, month, day) = (2000 + i / 336, i / 28 % 12 + 1, i % 28 + 1);
            let start = format!("{year}-{month:02}-{day:02}");
            json!({
                "id": format!("{start}-e{i}"),
                "start": start,
                "source_date": format!("{year}.{month}.{day}"),
                "text": {"ja": format!("{ja}{i}"), "en": format!("{en}{i}")},
                "body": "committee",
            })
        })
        .collect();
    timeline["entries"] = Value::Array(entries);
    timeline.to_string()
}

#[test]
fn a_multi_megabyte_timeline_parses() {
    let count = 10_000;
    let text = big_timeline(count);
    assert!(text.len() > 5_000_000, "{} bytes", text.len());
    let timeline: Timeline = parsed(&text);
    assert_eq!(timeline.entries.len(), count);
    let last = &timeline.entries[count - 1];
    assert_eq!(last.id, format!("{}-e{}", last.start, count - 1));
    assert!(last.text.en.ends_with("municipalities. 9999"));
}

#[test]
fn a_multi_megabyte_timeline_renders_one_page_of_entries() {
    let files = Files {
        timeline: Arc::new(parsed(&big_timeline(10_000))),
        ..prerender::read_files(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"),
        )
        .unwrap_or_else(|e| panic!("shipped content: {e}"))
    };
    let html = prerender::page(TEMPLATE, &Deployment::new("", None), "/timeline/", &files);
    // The list is paged, not 10,000 entries long.
    let shown = html.matches("<time datetime=\"").count();
    assert_eq!(shown, 20, "one page of 20 entries, one date each");
    assert!(html.contains("10000件中"), "the count names every entry");
}

#[test]
fn a_multi_megabyte_text_parses_without_its_controls() {
    let mut poem = value(POEM);
    poem["title"]["ja"] = json!("逆\u{202E}".repeat(1_000_000));
    let poem: Poem = parsed(&poem.to_string());
    assert_eq!(poem.title.ja.len(), 3_000_000);
    assert!(!poem.title.ja.chars().any(is_bidi_control));
}

#[test]
fn deeply_nested_json_is_a_format_error() {
    let depth = 100_000;
    let deep_arrays = "[".repeat(depth);
    let closed_arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    // Unknown keys all the way down: skipped, not typed.
    let deep_objects = "{\"a\":".repeat(depth);
    for text in [&deep_arrays, &closed_arrays, &deep_objects] {
        for result in [
            parse::<Plan>(text).map(|_| ()),
            parse::<Poem>(text).map(|_| ()),
            parse::<Timeline>(text).map(|_| ()),
        ] {
            assert!(matches!(result, Err(LoadError::Format(_))), "{result:?}");
        }
    }
    // Well-formed but deep, in a field the type does not name: skipped
    // without recursion, so the file still loads.
    let in_unknown_field = POEM.replacen('{', &format!("{{\"extra\": {closed_arrays},"), 1);
    let skipped = parse::<Poem>(&in_unknown_field).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(skipped, parsed::<Poem>(POEM));
}

/// Every content parser; none may panic, and a failure is a format error.
fn parse_all(text: &str) -> Result<(), TestCaseError> {
    for result in [
        parse::<Plan>(text).map(|_| ()),
        parse::<Poem>(text).map(|_| ()),
        parse::<Timeline>(text).map(|_| ()),
    ] {
        prop_assert!(
            matches!(result, Ok(()) | Err(LoadError::Format(_))),
            "{result:?}"
        );
    }
    Ok(())
}

/// The byte offset `index` picks in `text`, moved back to a character boundary.
fn boundary(text: &str, index: prop::sample::Index) -> usize {
    let mut at = index.index(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_the_content_parsers(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        parse_all(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn arbitrary_strings_never_panic_the_content_parsers(text in any::<String>()) {
        parse_all(&text)?;
    }

    #[test]
    fn json_like_strings_never_panic_the_content_parsers(
        text in "[{}\\[\\]\":,0-9a-z\\\\ .+\\-\u{202E}]{0,300}"
    ) {
        parse_all(&text)?;
    }

    /// Near-valid files reach the field paths and the checks.
    #[test]
    fn damaged_shipped_files_never_panic_the_content_parsers(
        file in 0..3usize,
        from in any::<prop::sample::Index>(),
        to in any::<prop::sample::Index>(),
        insert in "[{}\\[\\]\":,0-9a-z\\\\ \u{202E}]{0,12}",
    ) {
        let text = [PLAN, POEM, TIMELINE][file];
        let (a, b) = (boundary(text, from), boundary(text, to));
        let (a, b) = (a.min(b), a.max(b).min(a + 64));
        let b = (a..=b).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(a);
        parse_all(&format!("{}{insert}{}", &text[..a], &text[b..]))?;
    }

    #[test]
    fn any_path_and_base_give_a_route(base in any::<String>(), path in any::<String>(), search in any::<String>()) {
        let _ = routing::parse(&base, &path);
        let base = routing::normalize_base(&base);
        let route = routing::parse(&base, &path);
        let switched = routing::switch_lang(&base, route, route.lang.other(), &search);
        // The query is kept as given, after one `?`.
        let joined = with_query(&path, &search);
        prop_assert!(joined.starts_with(&path), "{joined}");
        prop_assert_eq!(joined.len() - path.len(), match search.trim_start_matches('?') { "" => 0, q => q.len() + 1 });
        if let Some(page) = route.page {
            // A page's own path leads back to it.
            prop_assert_eq!(routing::parse(&base, &routing::path_for(&base, route.lang, page)), route);
        }
        prop_assert!(switched.starts_with(&base), "{switched}");
    }

    #[test]
    fn any_date_or_month_parses_or_not_and_round_trips(s in any::<String>(), digits in "[0-9+-]{0,5}-[0-9+-]{0,3}(-[0-9+-]{0,3})?") {
        for s in [s.as_str(), digits.as_str()] {
            if let Some(date) = Date::parse(s) {
                prop_assert_eq!(Date::parse(&date.iso()), Some(date));
            }
            if let Some(month) = YearMonth::parse(s) {
                prop_assert_eq!(YearMonth::parse(&month.iso()), Some(month));
            }
        }
    }

    #[test]
    fn any_query_value_gives_a_reading_order_and_search(value in any::<String>(), text in any::<String>()) {
        let order = Order::from_query(Some(&value));
        prop_assert_eq!(Order::from_query(order.to_query()), order);
        // One pair for each non-empty `&`-separated part.
        prop_assert_eq!(
            pairs(&value).len(),
            value.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).count()
        );
        // The search box's query is part of the URL.
        let searchable = Searchable::new(&text);
        let ranges = searchable.ranges(&terms(&value));
        let runs: String = split_marked(&text, &ranges).into_iter().map(|(_, run)| run).collect();
        prop_assert_eq!(runs, text);
    }

    #[test]
    fn any_site_address_or_template_gives_a_site(url in any::<String>(), template in any::<String>()) {
        let _ = Deployment::new(&template, Some(&url));
        let _ = Deployment::new(&url, None);
        // The base is read from the first <base href="…">: empty, or a path
        // from the root without a trailing slash.
        let base = prerender::base_of(&format!("<base href=\"{url}\">"));
        if !url.contains('"') {
            prop_assert_eq!(&base, &routing::normalize_base(&url));
        }
        prop_assert!(base.is_empty() || (base.starts_with('/') && !base.ends_with('/')), "{base:?}");
        if !template.contains("<base href=\"") {
            prop_assert_eq!(prerender::base_of(&template), "");
        }
    }

    #[test]
    fn an_accepted_link_is_https_or_within_the_site(url in any::<String>(), tail in "[a-zA-Z:/\\\\@?# .\t]{0,12}") {
        for url in [url.clone(), format!("https:{tail}"), format!("{tail}{url}")] {
            if check_link(&url).is_ok() {
                prop_assert!(!url.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\'));
                let https = url.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https://"));
                let scheme_end = url.find(['/', '?', '#']).unwrap_or(url.len());
                prop_assert!(
                    https || (!url[..scheme_end].contains(':') && !url.starts_with("//")),
                    "{url}"
                );
            }
        }
    }
}
