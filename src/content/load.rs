//! Fetching the content JSON at run time.
//!
//! Each file is loaded once, on first use, and kept for the whole visit, so
//! moving between pages never refetches. A failure is kept as a value and
//! shown on the page with a retry; nothing here can panic on bad input.

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
    /// The body is not JSON of the expected shape; the detail names the
    /// field and position as serde reports them.
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
/// cannot express, checked before any page sees the data.
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
        Ok(())
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

/// Parses and checks a content file's text.
pub fn parse<T: ContentFile>(text: &str) -> Result<T, LoadError> {
    let data: T = serde_json::from_str(text).map_err(|e| LoadError::Format(e.to_string()))?;
    data.check().map_err(LoadError::Format)?;
    Ok(data)
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
        let url = self.url.get_value();
        state.set(LoadState::Loading);
        leptos::task::spawn_local(async move {
            let result = fetch::<T>(&url).await;
            state.set(match result {
                Ok(data) => LoadState::Ready(Arc::new(data)),
                Err(error) => LoadState::Failed(error),
            });
        });
    }
}

async fn fetch<T: ContentFile>(url: &str) -> Result<T, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    parse(&text)
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

    #[test]
    fn malformed_and_misshapen_json_are_format_errors_naming_the_problem() {
        let LoadError::Format(detail) = parse::<Poem>("{ not json").unwrap_err() else {
            panic!("expected a format error");
        };
        assert!(detail.contains("line 1"), "{detail}");
        let LoadError::Format(detail) =
            parse::<Poem>(r#"{"title": {"ja": "a", "en": "b"}}"#).unwrap_err()
        else {
            panic!("expected a format error");
        };
        assert!(detail.contains("missing field"), "{detail}");
        assert!(parse::<Poem>("").is_err());
        assert!(parse::<Timeline>("[]").is_err());
    }

    #[test]
    fn a_plan_period_that_is_reversed_or_endless_is_refused() {
        let shipped = include_str!("../../public/data/plan.json");
        assert!(parse::<Plan>(shipped).is_ok());
        for (from, to) in [(r#": 2028"#, r#": 2020"#), (r#": 2028"#, r#": 2147483647"#)] {
            let edited = shipped.replacen(from, to, 1);
            assert_ne!(edited, shipped, "the test must change the period");
            let LoadError::Format(detail) = parse::<Plan>(&edited).unwrap_err() else {
                panic!("expected a format error");
            };
            assert!(detail.starts_with("period:"), "{detail}");
        }
    }
}
