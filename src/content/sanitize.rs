//! Cleaning a content file's text before it is parsed.

use std::borrow::Cow;

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
pub fn without_bidi_controls(text: &str) -> Cow<'_, str> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
