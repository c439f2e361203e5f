//! Text as the page sets it: in Japanese pages, names and dates kept whole on
//! a line; in English pages, Japanese names kept beside their translation
//! marked `lang="ja"` so screen readers pronounce them right.

use leptos::prelude::*;

use crate::content::unbreakable::pieces;
use crate::content::Content;
use crate::lang::Lang;

/// Escapes text for an HTML or SVG attribute or element.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn is_japanese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}'   // punctuation, kana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms
    )
}

/// Splits `s` into runs, `true` for Japanese. ASCII letters and digits
/// between Japanese characters (the "DX" in 青森県DX推進プラン) stay in the run.
pub fn split_japanese(s: &str) -> Vec<(bool, &str)> {
    let mut runs: Vec<(bool, &str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    let mut last_ja_end = 0;
    for (i, c) in s.char_indices() {
        let ja = is_japanese(c);
        match current {
            None => current = Some(ja),
            Some(true) if ja => {}
            Some(true) if c.is_ascii_alphanumeric() => continue,
            Some(true) => {
                // End the run after its last Japanese character.
                runs.push((true, &s[start..last_ja_end]));
                start = last_ja_end;
                current = Some(false);
                if ja {
                    current = Some(true);
                }
            }
            Some(false) if ja => {
                if i > start {
                    runs.push((false, &s[start..i]));
                }
                start = i;
                current = Some(true);
            }
            Some(false) => {}
        }
        if ja {
            last_ja_end = i + c.len_utf8();
        }
    }
    match current {
        Some(true) => {
            runs.push((true, &s[start..last_ja_end]));
            if last_ja_end < s.len() {
                runs.push((false, &s[last_ja_end..]));
            }
        }
        Some(false) if start < s.len() => runs.push((false, &s[start..])),
        _ => {}
    }
    runs
}

/// Renders a label or name for a page in `lang`: in English, Japanese runs
/// are marked. Labels break only between phrases (CSS: auto-phrase), so
/// they need no more; and they are often flex items, where one more element
/// would become an item of its own.
pub fn mixed(text: &str, lang: Lang) -> AnyView {
    if lang == Lang::Ja {
        return text.to_string().into_any();
    }
    marked(split_japanese(text), |run| {
        view! { <span lang="ja">{run}</span> }.into_any()
    })
}

/// Text in runs, each marked run wrapped by `wrap`, the others as plain text.
fn marked(runs: Vec<(bool, &str)>, wrap: impl Fn(String) -> AnyView) -> AnyView {
    runs.into_iter()
        .map(|(mark, run)| {
            let run = run.to_string();
            if mark {
                wrap(run)
            } else {
                run.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// Renders running text for a page in `lang`: as [`mixed`], and in Japanese,
/// which breaks between any two characters, the names the plan lists and
/// dates kept whole (`<span class="whole">`, see `content::unbreakable`).
///
/// The names come from `plan.json`, which every page loads for its footer
/// and the take-over waits for: so the prerendered and the live text match.
pub fn prose(text: &str, lang: Lang) -> AnyView {
    if lang == Lang::En {
        return mixed(text, lang);
    }
    let plan = use_context::<Content>().and_then(|content| content.plan.ready());
    let names = plan.as_ref().map_or(&[][..], |plan| &plan.unbreakable[..]);
    let pieces = pieces(text, names);
    if let [(false, piece)] = pieces[..] {
        return piece.to_string().into_any();
    }
    marked(pieces, |piece| {
        view! { <span class="whole">{piece}</span> }.into_any()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_japanese_runs_with_embedded_latin() {
        assert_eq!(
            split_japanese("Aomori DX Promotion Plan (青森県DX推進プラン)"),
            [
                (false, "Aomori DX Promotion Plan ("),
                (true, "青森県DX推進プラン"),
                (false, ")")
            ]
        );
    }

    #[test]
    fn plain_text_is_one_run() {
        assert_eq!(split_japanese("Hello, world"), [(false, "Hello, world")]);
        assert_eq!(split_japanese("日本語"), [(true, "日本語")]);
        assert!(split_japanese("").is_empty());
    }

    #[test]
    fn trailing_latin_after_japanese_is_not_japanese() {
        assert_eq!(
            split_japanese("推進課 DX"),
            [(true, "推進課"), (false, " DX")]
        );
        assert_eq!(split_japanese("課DX"), [(true, "課"), (false, "DX")]);
        assert_eq!(
            split_japanese("a 青 b 森 c"),
            [
                (false, "a "),
                (true, "青"),
                (false, " b "),
                (true, "森"),
                (false, " c")
            ]
        );
    }

    #[test]
    fn runs_cover_the_whole_string() {
        for s in ["x「逆転の発想」y", "（全角）abc", "ab12青cd森", "青a"] {
            let joined: String = split_japanese(s).iter().map(|(_, r)| *r).collect();
            assert_eq!(joined, s);
        }
    }
}
