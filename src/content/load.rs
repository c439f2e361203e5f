//! Fetching the content JSON at run time, and parsing it: the file's text
//! is cleaned (`sanitize`), read by serde, checked (`validate`), and any
//! failure is kept as a message for the page (`message`).
//!
//! Each file is loaded once, on first use, and kept for the whole visit, so
//! moving between pages never refetches. A failure is kept as a value and
//! shown on the page with a retry; nothing here can panic on bad input.

use std::sync::Arc;

use leptos::prelude::*;

use super::message::brief;
#[cfg(not(target_arch = "wasm32"))]
use super::message::describe;
pub use super::message::LoadError;
use super::model::{Accessibility, Plan, Poem, Timeline};
use super::sanitize::without_bidi_controls;
pub use super::validate::ContentFile;

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

/// Parses and checks a content file's text. Content is untrusted: any
/// input gives the data or a [`LoadError::Format`], never a panic. Deep
/// nesting cannot overflow the stack: serde reads no deeper than the type
/// and skips unknown fields without recursion (serde_json stops at 128
/// levels; the browser's `JSON.parse` does not recurse).
pub fn parse<T: ContentFile>(text: &str) -> Result<T, LoadError> {
    let text = without_bidi_controls(text);
    let data: T = read(&text).map_err(|e| LoadError::Format(brief(&e)))?;
    data.check().map_err(|e| LoadError::Format(brief(&e)))?;
    Ok(data)
}

/// Natively (the prerenderer, tests) serde_json reads the text: its message,
/// led by the field's path, ends with the line and column.
#[cfg(not(target_arch = "wasm32"))]
fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| describe(text, &e))
}

/// In the browser its own parser reads the text (`JSON.parse`) and serde
/// reads the value it gives (`js_read`): serde_json's parser and writer stay
/// out of the wasm (11.7 KB brotli, of which tracking the path takes back 5.2). The
/// message is led by the field's path, as natively, but has no line: a
/// parsed value has none.
#[cfg(target_arch = "wasm32")]
fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    // A SyntaxError's message names the position: "… in JSON at position 2 (line 1 column 3)".
    let value = js_sys::JSON::parse(text).map_err(message_of)?;
    serde_path_to_error::deserialize(super::js_read::Deserializer::from(value)).map_err(|e| {
        let path = e.path().to_string();
        let message = e.into_inner().0;
        match path.as_str() {
            "." => message,
            _ => format!("{path}: {message}"),
        }
    })
}

/// The message of a JavaScript `Error` (without its "Error: " prefix).
#[cfg(target_arch = "wasm32")]
fn message_of(error: wasm_bindgen::JsValue) -> String {
    wasm_bindgen::JsCast::dyn_into::<js_sys::Error>(error)
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}

/// One content file, loaded lazily and shared by every page that uses it.
pub struct Source<T: 'static> {
    /// Path relative to the site root, e.g. `data/poem.json`.
    pub file: &'static str,
    url: StoredValue<String>,
    pub state: RwSignal<LoadState<T>>,
    /// The [`fingerprint`] of the text last fetched.
    pub fetched: StoredValue<Option<u32>>,
}

impl<T> Clone for Source<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Source<T> {}

impl<T: ContentFile> Source<T> {
    fn new(base: &str) -> Self {
        let file = T::PATH;
        Self {
            file,
            url: StoredValue::new(format!("{base}/{file}")),
            state: RwSignal::new(LoadState::Idle),
            fetched: StoredValue::new(None),
        }
    }

    /// The data, if it is loaded (untracked).
    pub fn ready(&self) -> Option<Arc<T>> {
        self.state.with_untracked(|state| match state {
            LoadState::Ready(data) => Some(Arc::clone(data)),
            _ => None,
        })
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
        let (state, fetched) = (self.state, self.fetched);
        state.set(LoadState::Loading);
        // The request is the same for every file type, so it is compiled
        // once: only the parsing after it is generic.
        fetch_text(self.url.get_value(), move |text| {
            fetched.set_value(text.as_deref().ok().map(fingerprint));
            state.set(match text.and_then(|text| parse::<T>(&text)) {
                Ok(data) => LoadState::Ready(Arc::new(data)),
                Err(error) => LoadState::Failed(error),
            });
        });
    }
}

/// A file's fingerprint: FNV-1a over its bytes. The prerenderer writes the
/// shipped files' into each page, and the take-over compares them with what
/// it fetched, to tell a file edited after the build (not a security
/// check: a changed file just makes the live app draw the whole page).
pub fn fingerprint(text: &str) -> u32 {
    // The browser's decoder drops a byte order mark; a file read natively keeps it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// Whether a file whose fetched text has the fingerprint `fetched` is the
/// one a page was built from, by the page's list `built` (`plan.json:1a2b3c4d
/// poem.json:…`, [`crate::prerender::fingerprints`]).
pub fn as_built(built: &str, name: &str, fetched: Option<u32>) -> bool {
    let expected = built
        .split_ascii_whitespace()
        .find_map(|entry| entry.strip_prefix(name)?.strip_prefix(':'));
    matches!((expected, fetched), (Some(e), Some(f)) if e.as_bytes() == hex(f))
}

/// `value` as 8 lower-case hex digits, as the prerenderer writes it
/// (`{:08x}`), without pulling padded formatting into the wasm.
fn hex(value: u32) -> [u8; 8] {
    std::array::from_fn(|i| b"0123456789abcdef"[(value >> (28 - 4 * i) & 0xf) as usize])
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
    /// The accessibility test report, read by the about page only.
    pub accessibility: Source<Accessibility>,
}

/// Where a content file is, for the take-over's wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileStatus {
    Pending,
    /// Loaded; the fingerprint of its text.
    Ready(Option<u32>),
    Failed,
}

impl<T: ContentFile> Source<T> {
    /// Starts loading the file if need be, and says where it is (tracked),
    /// with the file's name. Called by the page whose file it is (its chunk
    /// holds the file's parser; the main module holds only the plan's).
    pub fn status(&self) -> (&'static str, FileStatus) {
        self.ensure_loaded();
        let status = self.state.with(|state| match state {
            LoadState::Ready(_) => FileStatus::Ready(self.fetched.get_value()),
            LoadState::Failed(_) => FileStatus::Failed,
            LoadState::Idle | LoadState::Loading => FileStatus::Pending,
        });
        (T::name(), status)
    }
}

impl Content {
    pub fn new(base: &str) -> Self {
        Self {
            plan: Source::new(base),
            poem: Source::new(base),
            timeline: Source::new(base),
            accessibility: Source::new(base),
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
            .accessibility
            .state
            .set(LoadState::Ready(files.accessibility));
        content
    }
}

/// Every content file, parsed and checked.
#[derive(Clone)]
pub struct Files {
    pub plan: Arc<Plan>,
    pub poem: Arc<Poem>,
    pub timeline: Arc<Timeline>,
    pub accessibility: Arc<Accessibility>,
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
    fn a_file_is_as_built_only_with_its_own_fingerprint_in_the_list() {
        let built = format!("plan.json:{:08x} poem.json:0000002a", fingerprint(PLAN));
        assert!(as_built(&built, "plan.json", Some(fingerprint(PLAN))));
        assert!(as_built(&built, "poem.json", Some(42)));
        assert!(!as_built(&built, "poem.json", Some(fingerprint(POEM))));
        assert!(!as_built(&built, "plan.json", None), "not fetched");
        assert!(!as_built(&built, "timeline.json", Some(42)), "not listed");
        assert!(!as_built("plan.jsonx:0000002a", "plan.json", Some(42)));
        for value in [0, 42, 0xdead_beef, u32::MAX] {
            assert_eq!(hex(value), format!("{value:08x}").as_bytes());
        }
        // An edit changes it; the browser's dropped byte order mark does not.
        assert_ne!(
            fingerprint(PLAN),
            fingerprint(&PLAN.replacen("2028", "2029", 1))
        );
        assert_eq!(fingerprint(PLAN), fingerprint(&format!("\u{feff}{PLAN}")));
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
