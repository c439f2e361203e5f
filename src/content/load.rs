//! Fetching the content JSON at run time.
//!
//! Each file is loaded once, on first use, and kept for the whole visit, so
//! moving between pages never refetches. A failure is kept as a value and
//! shown on the page with a retry; nothing here can panic on bad input.

use std::borrow::Cow;
use std::sync::Arc;

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use super::model::{Period, Plan, Poem, Timeline};

/// Why a content file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, aborted).
    Network(String),
    /// The server answered with a non-success HTTP status.
    Status(u16),
    /// The body is not JSON of the expected shape, or breaks a rule of
    /// [`ContentFile::check`]; the detail names the field (as a path such as
    /// `entries[3].start`) and, for JSON errors, the line and column.
    Format(String),
}

/// The state of one content file.
#[derive(Debug)]
pub enum LoadState<T> {
    Idle,
    Loading,
    Ready(Arc<T>),
    Failed(LoadError),
}

// Manual impl: the data is shared through `Arc`, so `T` need not be `Clone`.
impl<T> Clone for LoadState<T> {
    fn clone(&self) -> Self {
        match self {
            Self::Idle => Self::Idle,
            Self::Loading => Self::Loading,
            Self::Ready(data) => Self::Ready(Arc::clone(data)),
            Self::Failed(error) => Self::Failed(error.clone()),
        }
    }
}

/// A content file's type: its JSON shape (serde) plus the rules serde
/// cannot express, checked before any page sees the data. Fields the type
/// does not name are ignored, so content can grow ahead of the code.
pub trait ContentFile: DeserializeOwned + Send + Sync + 'static {
    fn check(&self) -> Result<(), String> {
        Ok(())
    }
}

impl ContentFile for Plan {
    fn check(&self) -> Result<(), String> {
        let Period {
            start_fiscal_year: start,
            end_fiscal_year: end,
            ..
        } = self.period;
        // The period bar draws one cell a year: keep it a plan's span, not a loop
        // an editor's typo could make endless.
        if !(1900..=2200).contains(&start) || !(start..=start + 30).contains(&end) {
            return Err(format!(
                "period: {start}–{end} is not a span of at most 30 fiscal years"
            ));
        }
        if self.structure.fields.is_empty() || self.structure.priorities.is_empty() {
            return Err("structure: fields and priorities must not be empty".to_string());
        }
        super::link::check_link(&self.source.url).map_err(|why| format!("source.url: {why}"))
    }
}

impl ContentFile for Poem {
    fn check(&self) -> Result<(), String> {
        if self.lines.is_empty() {
            return Err("lines: the poem has no lines".to_string());
        }
        Ok(())
    }
}

impl ContentFile for Timeline {
    fn check(&self) -> Result<(), String> {
        super::timeline_filter::validate(self)
    }
}

/// Parses and checks a content file's text. Content is untrusted: any
/// input gives the data or a [`LoadError::Format`], never a panic. Deep
/// nesting cannot overflow the stack: serde reads no deeper than the type,
/// skips unknown fields without recursion, and serde_json stops at 128
/// levels.
pub fn parse<T: ContentFile>(text: &str) -> Result<T, LoadError> {
    let text = without_bidi_controls(text);
    let data: T =
        serde_json::from_str(&text).map_err(|e| LoadError::Format(brief(&describe(&text, &e))))?;
    data.check().map_err(|e| LoadError::Format(brief(&e)))?;
    Ok(data)
}

/// A message fit for the page: content quoted in it (a mistyped value can
/// be megabytes long) is cut short, the position at its end kept.
fn brief(message: &str) -> String {
    const MAX: usize = 300;
    if message.len() <= MAX {
        return message.to_string();
    }
    let (head, position) = match message.rfind(" at line ") {
        Some(i) if message.len() - i < 40 => message.split_at(i),
        _ => (message, ""),
    };
    format!("{}{position}", shorten(head, MAX))
}

/// Bidirectional embedding, override and isolate controls (U+202A–U+202E,
/// U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The file's text without bidi controls, written literally or as `\uXXXX`
/// escapes. They make text display in another order than it is stored, so
/// an edited file could show a date, a name or a link text other than what
/// it holds (as in "Trojan Source" attacks), and an unclosed one reorders
/// the text after it on the page. Japanese and English never need them.
///
/// Done once, on the text before it is parsed, so no field can be missed
/// and no type needs more code; files without one are not copied. In valid
/// JSON a backslash only appears in strings, where `\\` is a backslash, so
/// `\\u202E` (the text "\u202E") is kept.
fn without_bidi_controls(text: &str) -> Cow<'_, str> {
    if !text.contains(is_bidi_control) && !text.contains("\\u") {
        return Cow::Borrowed(text);
    }
    let escaped_control = |rest: &str| {
        rest.strip_prefix('u')
            .and_then(|hex| hex.get(..4))
            .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32)
            .is_some_and(is_bidi_control)
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if is_bidi_control(c) {
            continue;
        }
        if c == '\\' {
            if escaped_control(&text[i + 1..]) {
                chars.nth(4); // the `u` and four hex digits
                continue;
            }
            out.push(c);
            // The escaped character, so `\\u…` is not read as an escape.
            if let Some((_, next)) = chars.next() {
                out.push(next);
            }
            continue;
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// serde_json's message, led for a shape error (a missing field, a wrong
/// type) by the path of the value it is about, e.g. `entries[3].start:
/// invalid type: integer `5`, expected a string at line 40 column 18`:
/// serde names the expected type, and the path says where.
fn describe(text: &str, error: &serde_json::Error) -> String {
    if !error.is_data() {
        return error.to_string();
    }
    match path_at(text, error.line(), error.column()) {
        path if path.is_empty() => error.to_string(),
        path => format!("{path}: {error}"),
    }
}

/// The JSON path of the value being read after `column` bytes of `line`
/// (1-based), where serde_json reports a shape error: the key or index of
/// every open object and array. serde_json has read up to there, so the
/// text before it is well-formed; anything else gives a partial path, never
/// a panic.
fn path_at(text: &str, line: usize, column: usize) -> String {
    /// An open object (the key whose value is being read) or array (the
    /// index of the element, once one has begun).
    enum Open {
        Object(Option<String>),
        Array(usize, bool),
    }
    let line_start = match line {
        0 | 1 => 0,
        n => match text.match_indices('\n').nth(n - 2) {
            Some((i, _)) => i + 1,
            None => return String::new(),
        },
    };
    let bytes = text.as_bytes();
    let read = &bytes[..line_start.saturating_add(column).min(bytes.len())];
    let mut open: Vec<Open> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < read.len() {
        let byte = read[i];
        if let Some(Open::Array(_, begun)) = open.last_mut() {
            *begun |= !matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b']' | b',');
        }
        match byte {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < read.len() && read[i] != b'"' {
                    i += if read[i] == b'\\' { 2 } else { 1 };
                }
                if expect_key {
                    if let Some(Open::Object(key)) = open.last_mut() {
                        let raw = &read[start..i.min(read.len())];
                        *key = Some(shorten(&String::from_utf8_lossy(raw), 40));
                    }
                    expect_key = false;
                }
            }
            b'{' => {
                open.push(Open::Object(None));
                expect_key = true;
            }
            b'[' => open.push(Open::Array(0, false)),
            b'}' | b']' => {
                open.pop();
                expect_key = false;
            }
            b',' => match open.last_mut() {
                Some(Open::Object(key)) => {
                    *key = None;
                    expect_key = true;
                }
                Some(Open::Array(index, begun)) => {
                    *index += 1;
                    *begun = false;
                }
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for level in &open {
        match level {
            Open::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Open::Array(index, true) => path.push_str(&format!("[{index}]")),
            Open::Object(None) | Open::Array(_, false) => break,
        }
    }
    path
}

/// At most `max` characters of `s`, for a message that quotes content.
pub(super) fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &s[..end]),
        None => s.to_string(),
    }
}

/// One content file, loaded lazily and shared by every page that uses it.
pub struct Source<T: 'static> {
    /// Path relative to the site root, e.g. `data/poem.json`.
    pub file: &'static str,
    url: StoredValue<String>,
    pub state: RwSignal<LoadState<T>>,
}

impl<T> Clone for Source<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Source<T> {}

impl<T: ContentFile> Source<T> {
    fn new(base: &str, file: &'static str) -> Self {
        Self {
            file,
            url: StoredValue::new(format!("{base}/{file}")),
            state: RwSignal::new(LoadState::Idle),
        }
    }

    /// Starts loading unless the file is loaded or loading. Browser-only:
    /// call it from an effect or an event handler.
    pub fn ensure_loaded(&self) {
        if self.state.with_untracked(|s| matches!(s, LoadState::Idle)) {
            self.reload();
        }
    }

    /// Loads the file (again), e.g. from a retry button.
    pub fn reload(&self) {
        let state = self.state;
        state.set(LoadState::Loading);
        // The request is the same for every file type, so it is compiled
        // once: only the parsing after it is generic.
        fetch_text(self.url.get_value(), move |text| {
            state.set(match text.and_then(|text| parse::<T>(&text)) {
                Ok(data) => LoadState::Ready(Arc::new(data)),
                Err(error) => LoadState::Failed(error),
            });
        });
    }
}

/// Fetches `url` as text in a task of its own and hands the outcome to `done`.
fn fetch_text(url: String, done: impl FnOnce(Result<String, LoadError>) + 'static) {
    let done: Box<dyn FnOnce(Result<String, LoadError>)> = Box::new(done);
    leptos::task::spawn_local(async move { done(fetch(&url).await) });
}

async fn fetch(url: &str) -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

/// All content files, provided once by the app.
#[derive(Clone, Copy)]
pub struct Content {
    pub plan: Source<Plan>,
    pub poem: Source<Poem>,
    pub timeline: Source<Timeline>,
}

impl Content {
    pub fn new(base: &str) -> Self {
        Self {
            plan: Source::new(base, "data/plan.json"),
            poem: Source::new(base, "data/poem.json"),
            timeline: Source::new(base, "data/timeline.json"),
        }
    }

    /// Content already parsed, as the build's prerenderer has it: pages
    /// render at once, without effects or requests.
    pub fn ready(base: &str, files: Files) -> Self {
        let content = Self::new(base);
        content.plan.state.set(LoadState::Ready(files.plan));
        content.poem.state.set(LoadState::Ready(files.poem));
        content.timeline.state.set(LoadState::Ready(files.timeline));
        content
    }
}

/// Every content file, parsed and checked.
#[derive(Clone)]
pub struct Files {
    pub plan: Arc<Plan>,
    pub poem: Arc<Poem>,
    pub timeline: Arc<Timeline>,
}

/// The content provided by [`crate::App`].
pub fn use_content() -> Content {
    use_context::<Content>().unwrap_or_else(|| Content::new(""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const PLAN: &str = include_str!("../../public/data/plan.json");
    const POEM: &str = include_str!("../../public/data/poem.json");
    const TIMELINE: &str = include_str!("../../public/data/timeline.json");

    /// A shipped file as a JSON value, to edit.
    fn value(text: &str) -> Value {
        serde_json::from_str(text).unwrap_or_else(|e| panic!("shipped file: {e}"))
    }

    fn format_error<T: ContentFile + std::fmt::Debug>(text: &str) -> String {
        match parse::<T>(text) {
            Err(LoadError::Format(detail)) => detail,
            other => panic!("expected a format error, got {other:?}"),
        }
    }

    #[test]
    fn malformed_and_misshapen_json_are_format_errors_naming_the_problem() {
        let detail = format_error::<Poem>("{ not json");
        assert!(detail.contains("line 1"), "{detail}");
        let detail = format_error::<Poem>(r#"{"title": {"ja": "a", "en": "b"}}"#);
        assert!(detail.contains("missing field"), "{detail}");
        assert!(parse::<Poem>("").is_err());
        assert!(parse::<Timeline>("[]").is_err());
    }

    #[test]
    fn a_plan_period_that_is_reversed_or_endless_is_refused() {
        assert!(parse::<Plan>(PLAN).is_ok());
        for (from, to) in [(r#": 2028"#, r#": 2020"#), (r#": 2028"#, r#": 2147483647"#)] {
            let edited = PLAN.replacen(from, to, 1);
            assert_ne!(edited, PLAN, "the test must change the period");
            let detail = format_error::<Plan>(&edited);
            assert!(detail.starts_with("period:"), "{detail}");
        }
    }

    #[test]
    fn unknown_fields_are_ignored_at_every_level() {
        let mut poem = value(POEM);
        poem["added_later"] = json!({"nested": [1, {"deep": null}]});
        poem["lines"][0]["note"] = json!("an editor's note");
        let parsed = parse::<Poem>(&poem.to_string()).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(Ok(parsed), parse::<Poem>(POEM));
    }

    #[test]
    fn a_missing_field_is_named_with_the_path_of_its_object() {
        let mut poem = value(POEM);
        poem.as_object_mut().map(|o| o.remove("reflection"));
        let detail = format_error::<Poem>(&poem.to_string());
        assert!(detail.starts_with("missing field `reflection`"), "{detail}");

        let mut timeline = value(TIMELINE);
        timeline["entries"][3]
            .as_object_mut()
            .map(|o| o.remove("start"));
        // Pretty-printed, so the position is a real line.
        let text = serde_json::to_string_pretty(&timeline).unwrap_or_default();
        let detail = format_error::<Timeline>(&text);
        assert!(
            detail.starts_with("entries[3]: missing field `start` at line "),
            "{detail}"
        );

        let mut plan = value(PLAN);
        plan["source"].as_object_mut().map(|o| o.remove("url"));
        let detail = format_error::<Plan>(&plan.to_string());
        assert!(
            detail.starts_with("source: missing field `url`"),
            "{detail}"
        );
    }

    #[test]
    fn a_field_of_the_wrong_type_is_named_with_its_path() {
        let mut poem = value(POEM);
        poem["lines"][2]["en"] = json!(5);
        let detail = format_error::<Poem>(&poem.to_string());
        assert!(
            detail.starts_with("lines[2].en: invalid type: integer `5`, expected a string"),
            "{detail}"
        );

        for (edit, path) in [
            (
                json!("2024"),
                "period.start_fiscal_year: invalid type: string",
            ),
            (
                json!([2024]),
                "period.start_fiscal_year: invalid type: sequence",
            ),
            (
                json!({"a": 1}),
                "period.start_fiscal_year: invalid type: map",
            ),
        ] {
            let mut plan = value(PLAN);
            plan["period"]["start_fiscal_year"] = edit;
            let detail = format_error::<Plan>(&plan.to_string());
            assert!(detail.starts_with(path), "{detail}");
        }

        let mut timeline = value(TIMELINE);
        timeline["entries"][1]["milestone"] = json!(true);
        let text = serde_json::to_string_pretty(&timeline).unwrap_or_default();
        let detail = format_error::<Timeline>(&text);
        assert!(
            detail.starts_with("entries[1].milestone: invalid type: boolean `true`"),
            "{detail}"
        );
    }

    #[test]
    fn a_huge_quoted_value_is_cut_short_and_keeps_its_position() {
        let mut poem = value(POEM);
        let huge = "<".repeat(1_000_000);
        poem["lines"][0] = json!(huge);
        let text = poem.to_string();
        let detail = format_error::<Poem>(&text);
        assert!(detail.len() < 1000, "{} bytes", detail.len());
        assert!(
            detail.starts_with("lines[0]: invalid type: string \"<<<"),
            "{detail}"
        );
        // The column of the closing quote.
        let column = text.find(&huge).unwrap_or_default() + huge.len() + 1;
        assert!(
            detail.ends_with(&format!("<… at line 1 column {column}")),
            "{detail}"
        );
        let mut timeline = value(TIMELINE);
        timeline["entries"][0]["start"] = json!("9".repeat(1_000_000));
        let detail = format_error::<Timeline>(&timeline.to_string());
        assert!(detail.starts_with("entries[0].start: \"999"), "{detail}");
        assert!(detail.len() < 1000, "{} bytes", detail.len());
    }

    #[test]
    fn paths_survive_odd_keys_and_positions() {
        let text = r#"{"a\"b": [[], {"k": [1, "x", {"z": 1}]}]}"#;
        // After `{"z": 1` (column 34): inside the innermost object.
        assert_eq!(path_at(text, 1, 34), "a\\\"b[1].k[2].z");
        assert_eq!(path_at(text, 1, 0), "");
        assert_eq!(path_at(text, 9, 1), "");
        assert_eq!(path_at(text, 1, usize::MAX), "");
        // A column inside a multi-byte character.
        assert_eq!(path_at("{\"é\": [", 1, 3), "\u{FFFD}");
        let long = format!("{{\"{}\": x", "k".repeat(100));
        assert_eq!(path_at(&long, 1, long.len()).chars().count(), 41);
    }

    #[test]
    fn bidi_controls_are_removed_from_every_string() {
        let mut timeline = value(TIMELINE);
        // Literal controls and `\u` escapes, in text, ids and references
        // alike; ids stay consistent with the references to them.
        timeline["entries"][0]["text"]["ja"] = json!("前\u{202E}後\u{2066}");
        timeline["entries"][0]["source_date"] = json!("\u{202D}2023.3.7\u{2069}");
        timeline["bodies"][0]["id"] = json!("direc\u{202A}tion");
        timeline["entries"][0]["body"] = json!("\u{2067}direction");
        let text = timeline
            .to_string()
            .replace('\u{2066}', "\\u2066")
            .replace('\u{2067}', "\\u2067");
        assert!(text.contains("\\u2066"), "the test must use escapes too");
        let parsed = parse::<Timeline>(&text).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(parsed.entries[0].text.ja, "前後");
        assert_eq!(parsed.entries[0].source_date, "2023.3.7");
        assert_eq!(parsed.entries[0].body, "direction");
        assert_eq!(parsed.bodies[0].id, "direction");

        let poem =
            value(POEM)
                .to_string()
                .replacen("逆転の発想", "\\\\u202E \\u2014 \\u202e\u{200E}", 1);
        let parsed = parse::<Poem>(&poem).unwrap_or_else(|e| panic!("{e:?}"));
        // An escaped backslash is text, other escapes and marks are kept.
        assert_eq!(parsed.title.ja, "\\u202E \u{2014} \u{200E}");
    }

    #[test]
    fn bidi_controls_are_exactly_the_embeddings_overrides_and_isolates() {
        let controls: Vec<char> = ('\u{0}'..='\u{FFFF}')
            .filter(|&c| is_bidi_control(c))
            .collect();
        assert_eq!(
            controls,
            [
                '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
                '\u{2068}', '\u{2069}'
            ]
        );
    }

    #[test]
    fn the_source_link_must_be_https_or_within_the_site() {
        for (url, ok) in [
            ("https://www.pref.aomori.lg.jp/", true),
            ("/about/", true),
            ("javascript:alert(1)", false),
            ("http://www.pref.aomori.lg.jp/", false),
            ("//evil.example/", false),
            // A control stripped as bidi cannot smuggle a scheme in.
            ("java\u{202E}script:alert(1)", false),
        ] {
            let mut plan = value(PLAN);
            plan["source"]["url"] = json!(url);
            match parse::<Plan>(&plan.to_string()) {
                Ok(parsed) => assert!(ok, "{url} was accepted as {}", parsed.source.url),
                Err(LoadError::Format(detail)) => {
                    assert!(!ok, "{url}: {detail}");
                    assert!(detail.starts_with("source.url: "), "{detail}");
                }
                Err(other) => panic!("{other:?}"),
            }
        }
    }
}
