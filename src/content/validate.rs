//! Every rule a content file must keep that its JSON shape cannot say:
//! real dates and ranges, known references, unique slug ids, safe links, a
//! plan period of sensible length. The loader runs [`ContentFile::check`]
//! on each file before any page sees it; each message names the field.

use serde::de::DeserializeOwned;

use super::calendar::Date;
use super::message::shorten;
use super::model::{Accessibility, Period, Plan, Poem, Timeline};

/// A content file's type: its JSON shape (serde) plus the rules serde
/// cannot express, checked before any page sees the data. Fields the type
/// does not name are ignored, so content can grow ahead of the code.
pub trait ContentFile: DeserializeOwned + Send + Sync + 'static {
    /// Where the file is, relative to the site's root (`data/plan.json`):
    /// the one place its name is written, for the app's request, the
    /// prerenderer's read, the head's preload and the about page's list.
    const PATH: &'static str;

    /// The file's name alone (`plan.json`).
    fn name() -> &'static str {
        Self::PATH.rsplit('/').next().unwrap_or(Self::PATH)
    }

    fn check(&self) -> Result<(), String> {
        Ok(())
    }
}

impl ContentFile for Plan {
    const PATH: &'static str = "data/plan.json";
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
        for (i, name) in self.unbreakable.iter().enumerate() {
            super::unbreakable::check_name(name)
                .map_err(|why| format!("unbreakable[{i}]: {why}"))?;
        }
        check_link(&self.source.url).map_err(|why| format!("source.url: {why}"))
    }
}

impl ContentFile for Poem {
    const PATH: &'static str = "data/poem.json";
    fn check(&self) -> Result<(), String> {
        if self.lines.is_empty() {
            return Err("lines: the poem has no lines".to_string());
        }
        Ok(())
    }
}

impl ContentFile for Timeline {
    const PATH: &'static str = "data/timeline.json";
    fn check(&self) -> Result<(), String> {
        check_timeline(self)
    }
}

impl ContentFile for Accessibility {
    const PATH: &'static str = "data/accessibility.json";
    fn check(&self) -> Result<(), String> {
        check_report(self)
    }
}

/// What serde cannot check in the test report: a real test date, known
/// levels and results, unique criteria, and a way each applicable criterion
/// was verified. Whether the criteria are exactly the standard's and the
/// tests exist is for the native test (`tests/accessibility_report.rs`),
/// which knows the list and the repository.
pub fn check_report(report: &Accessibility) -> Result<(), String> {
    if Date::parse(&report.tested).is_none() {
        return Err(format!(
            "tested: \"{}\" is not a YYYY-MM-DD date",
            shorten(&report.tested, 40)
        ));
    }
    if !matches!(report.target.as_str(), "A" | "AA") {
        return Err("target: must be \"A\" or \"AA\"".to_string());
    }
    let mut ids = std::collections::HashSet::new();
    for (n, c) in report.criteria.iter().enumerate() {
        let at = |field: &str| format!("criteria[{n}].{field}");
        if !ids.insert(c.id.as_str()) {
            return Err(format!(
                "{}: \"{}\" is listed twice",
                at("id"),
                shorten(&c.id, 20)
            ));
        }
        if !matches!(c.level.as_str(), "A" | "AA") {
            return Err(format!("{}: must be \"A\" or \"AA\"", at("level")));
        }
        if !matches!(c.result.as_str(), "pass" | "fail" | "partial" | "na") {
            return Err(format!(
                "{}: must be \"pass\", \"fail\", \"partial\" or \"na\"",
                at("result")
            ));
        }
        if c.applies() && c.tests.is_empty() && c.manual.is_none() {
            return Err(format!(
                "{}: an applicable criterion needs tests or a manual check",
                at("tests")
            ));
        }
        if !c.applies() && c.note.is_none() {
            return Err(format!("{}: say why it does not apply", at("note")));
        }
        if c.result == "partial" && c.note.is_none() {
            return Err(format!("{}: say what is not verified", at("note")));
        }
        if let Some(i) = c
            .tests
            .iter()
            .position(|t| t.file.is_empty() || t.test.is_empty())
        {
            return Err(format!(
                "{}: needs a file and a test",
                at(&format!("tests[{i}]"))
            ));
        }
    }
    Ok(())
}

/// The longest entry id: it is a URL fragment and an element id.
pub const MAX_ID: usize = 80;

/// An entry id is a lowercase ASCII slug, so that its permalink (`#id`) is
/// the same text in every browser and needs no escaping anywhere.
fn is_slug(id: &str) -> bool {
    (1..=MAX_ID).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Checks what serde cannot: dates, references between fields, id slugs
/// that are unique.
/// The message names the entry and the field.
pub fn check_timeline(timeline: &Timeline) -> Result<(), String> {
    let mut ids = std::collections::HashSet::new();
    for (n, e) in timeline.entries.iter().enumerate() {
        let at = |field: &str| format!("entries[{n}].{field}");
        let start = Date::parse(&e.start)
            .ok_or_else(|| format!("{}: \"{}\" is not a YYYY-MM-DD date", at("start"), e.start))?;
        if let Some(end) = &e.end {
            let end_date = Date::parse(end)
                .ok_or_else(|| format!("{}: \"{end}\" is not a YYYY-MM-DD date", at("end")))?;
            if end_date < start {
                return Err(format!("{}: ends before it starts", at("end")));
            }
        }
        if !timeline.bodies.iter().any(|b| b.id == e.body) {
            return Err(format!("{}: unknown body \"{}\"", at("body"), e.body));
        }
        if let Some(m) = &e.milestone {
            if !timeline.milestones.iter().any(|known| known.id == *m) {
                return Err(format!("{}: unknown milestone \"{m}\"", at("milestone")));
            }
        }
        if !is_slug(&e.id) {
            return Err(format!(
                "{}: \"{}\" must be 1 to {MAX_ID} of a-z, 0-9 and \"-\" (it is the entry's link, #id)",
                at("id"),
                e.id
            ));
        }
        if !ids.insert(e.id.as_str()) {
            return Err(format!("{}: \"{}\" is not unique", at("id"), e.id));
        }
    }
    Ok(())
}

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
    use crate::content::timeline_filter::tests::sample;

    #[test]
    fn validation_names_the_entry_and_field() {
        let mut t = sample();
        assert_eq!(check_timeline(&t), Ok(()));
        t.entries[2].start = "2023-02-30".into();
        assert_eq!(
            check_timeline(&t).unwrap_err(),
            "entries[2].start: \"2023-02-30\" is not a YYYY-MM-DD date"
        );
        let mut t = sample();
        t.entries[4].end = Some("2023-09-01".into());
        assert!(check_timeline(&t)
            .unwrap_err()
            .starts_with("entries[4].end"));
        let mut t = sample();
        t.entries[1].body = "council".into();
        assert!(check_timeline(&t).unwrap_err().contains("unknown body"));
        let mut t = sample();
        let first = t.entries[0].id.clone();
        t.entries[1].id = first.clone();
        assert_eq!(
            check_timeline(&t).unwrap_err(),
            format!("entries[1].id: \"{first}\" is not unique")
        );
        for bad in [
            "",
            "Upper",
            "with space",
            "x\"y",
            "日本",
            "a#b",
            &"a".repeat(MAX_ID + 1),
        ] {
            let mut t = sample();
            t.entries[1].id = bad.into();
            let error = check_timeline(&t).unwrap_err();
            assert!(error.starts_with("entries[1].id: "), "{bad}: {error}");
            assert!(error.contains("a-z, 0-9"), "{bad}: {error}");
        }
        for good in ["z", "2023-05-10-committee-1", &"z".repeat(MAX_ID)] {
            let mut t = sample();
            t.entries[1].id = good.into();
            assert_eq!(check_timeline(&t), Ok(()), "{good}");
        }
    }

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
