//! Forgiving text search: Unicode NFKC plus lower-casing on both sides, so
//! full-width and half-width letters and digits match each other, with the
//! matches mapped back onto the original text for `<mark>`.
//!
//! In the browser NFKC comes from JavaScript's `String.prototype.normalize`,
//! which costs no wasm bytes; native builds (tests) use the
//! `unicode-normalization` crate. Lower-casing is [`lower`], not the
//! standard library's.

use std::ops::Range;

#[cfg(target_arch = "wasm32")]
fn nfkc(s: &str) -> String {
    String::from(js_sys::JsString::from(s).normalize("NFKC"))
}

#[cfg(not(target_arch = "wasm32"))]
fn nfkc(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkc().collect()
}

/// The normalised form used for matching.
pub fn normalize(s: &str) -> String {
    nfkc(s).chars().map(lower).collect()
}

/// A letter's lower case, for matching: ASCII, Latin-1, Latin Extended-A,
/// modern Greek and basic Cyrillic, the letters with case that this site's
/// Japanese and English texts can hold (NFKC has already made full-width
/// letters ASCII). Any other character is itself. Not `char::to_lowercase`:
/// its table of every Unicode case pair is data, which stays in the main
/// wasm that every page downloads, though only the timeline searches
/// (measured: 5.1 KB brotli). Query and texts are folded alike, so what
/// this leaves as it is still matches itself.
pub fn lower(c: char) -> char {
    let u = u32::from(c);
    let folded = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // İ: `to_lowercase` gives i and a combining dot; the i alone matches.
        0x130 => 0x69,
        // Latin Extended-A: capital and small side by side, capital first on
        // even code points in these runs, on odd ones in the others.
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        _ => u,
    };
    char::from_u32(folded).unwrap_or(c)
}

/// The search terms of a query: normalised, split on white space (NFKC
/// turns the ideographic space into a plain one), empty terms dropped.
pub fn terms(query: &str) -> Vec<String> {
    normalize(query)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// A text prepared once for many searches.
#[derive(Clone, Debug)]
pub struct Searchable {
    norm: String,
    /// For each byte of `norm`, the original byte range of the character it
    /// came from.
    origin: Vec<(u32, u32)>,
}

impl Searchable {
    pub fn new(text: &str) -> Self {
        let mut norm = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut push = |piece: &str, start: usize, end: usize| {
            norm.push_str(piece);
            origin.extend(std::iter::repeat_n((start as u32, end as u32), piece.len()));
        };
        let whole = nfkc(text);
        if whole.chars().count() == text.chars().count() {
            // One character in, one out (the usual case): map pairwise
            // without normalising character by character.
            for ((start, c), n) in text.char_indices().zip(whole.chars()) {
                let mut buf = [0u8; 4];
                push(lower(n).encode_utf8(&mut buf), start, start + c.len_utf8());
            }
        } else {
            for (start, c) in text.char_indices() {
                let mut buf = [0u8; 4];
                push(
                    &normalize(c.encode_utf8(&mut buf)),
                    start,
                    start + c.len_utf8(),
                );
            }
        }
        Searchable { norm, origin }
    }

    /// Whether every term occurs.
    pub fn matches_all(&self, terms: &[String]) -> bool {
        terms.iter().all(|t| self.norm.contains(t.as_str()))
    }

    /// Byte ranges of the original text where any term occurs, sorted and
    /// merged so they never overlap.
    pub fn ranges(&self, terms: &[String]) -> Vec<Range<usize>> {
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for term in terms.iter().filter(|t| !t.is_empty()) {
            for (at, _) in self.norm.match_indices(term.as_str()) {
                let start = self.origin[at].0 as usize;
                let end = self.origin[at + term.len() - 1].1 as usize;
                ranges.push(start..end);
            }
        }
        ranges.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

/// Splits `text` into runs, `true` for a highlighted match.
pub fn split_marked<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<(bool, &'a str)> {
    let mut out = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for r in ranges {
        if r.start < at
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        if r.start > at {
            out.push((false, &text[at..r.start]));
        }
        out.push((true, &text[r.start..r.end]));
        at = r.end;
    }
    if at < text.len() {
        out.push((false, &text[at..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, query: &str) -> Vec<String> {
        let s = Searchable::new(text);
        split_marked(text, &s.ranges(&terms(query)))
            .into_iter()
            .filter(|(m, _)| *m)
            .map(|(_, r)| r.to_string())
            .collect()
    }

    #[test]
    fn full_and_half_width_match_each_other() {
        assert_eq!(normalize("ＤＸ推進　２０２３"), "dx推進 2023");
        assert!(Searchable::new("第1回青森県DX推進本部幹事会").matches_all(&terms("ｄｘ")));
        assert!(Searchable::new("ＤＸ推進").matches_all(&terms("dx")));
        assert!(Searchable::new("第１回").matches_all(&terms("1回")));
        assert!(Searchable::new("ｶﾀｶﾅ").matches_all(&terms("カタカナ")));
    }

    #[test]
    fn case_is_folded() {
        assert!(Searchable::new("Public Comment").matches_all(&terms("public COMMENT")));
        assert_eq!(
            marked("Public Comment on the draft", "COMMENT"),
            ["Comment"]
        );
    }

    #[test]
    fn lower_is_the_standard_lower_case_in_the_scripts_it_covers() {
        // Basic Latin to Latin Extended-A, modern Greek, basic Cyrillic.
        let covered = [0..0x180, 0x380..0x3CF, 0x400..0x460];
        let mut checked = 0;
        for c in covered.into_iter().flatten().filter_map(char::from_u32) {
            let mut std = c.to_lowercase();
            match (std.next(), std.next()) {
                (Some(l), None) => {
                    assert_eq!(lower(c), l, "{c:?} U+{:04X}", u32::from(c));
                    checked += 1;
                }
                // Only İ lower-cases to two characters here: its i.
                (Some(i), Some(_)) => assert_eq!((c, lower(c)), ('İ', i)),
                _ => {}
            }
        }
        assert!(checked > 550, "{checked}");
        // Outside: itself (Latin Extended-B, Armenian, full-width before NFKC).
        for c in ['Ƀ', 'Ա', 'Ａ', '青', 'ー'] {
            assert_eq!(lower(c), c);
        }
        assert_eq!(normalize("ÉCOLE Ελλάδα МОСКВА Ｘ"), "école ελλάδα москва x");
        assert!(Searchable::new("Émile ZOLA").matches_all(&terms("émile zola")));
    }

    #[test]
    fn all_terms_must_match_and_all_are_marked() {
        let s = Searchable::new("第2回青森県DX推進本部幹事会 (素案決定)");
        assert!(s.matches_all(&terms("幹事会　素案")));
        assert!(!s.matches_all(&terms("幹事会 原案")));
        assert_eq!(
            marked("第2回青森県DX推進本部幹事会 (素案決定)", "幹事会　素案"),
            ["幹事会", "素案"]
        );
    }

    #[test]
    fn marks_map_back_to_the_original_characters() {
        // Full-width text, half-width query: the mark covers the full-width characters.
        assert_eq!(marked("ＤＸ推進プラン", "dx"), ["ＤＸ"]);
        // A character that expands under NFKC (㍻ → 平成) still maps back whole.
        assert_eq!(marked("㍻の計画", "平成"), ["㍻"]);
        assert_eq!(marked("㍻の計画", "成の"), ["㍻の"]);
    }

    #[test]
    fn overlapping_matches_are_merged() {
        assert_eq!(marked("abcabc", "abc bca"), ["abcabc"]);
        assert_eq!(marked("aaaa", "aa"), ["aaaa"]);
    }

    #[test]
    fn empty_query_matches_everything_and_marks_nothing() {
        let s = Searchable::new("何か");
        assert!(s.matches_all(&terms("")));
        assert!(s.matches_all(&terms("　 ")));
        assert!(s.ranges(&terms("")).is_empty());
        assert_eq!(split_marked("何か", &[]), [(false, "何か")]);
    }

    #[test]
    fn bad_ranges_are_skipped_not_panicked_on() {
        assert_eq!(split_marked("abc", &[5..9, 9..12]), [(false, "abc")]);
        assert_eq!(split_marked("青森", &[1..2, 4..5]), [(false, "青森")]);
    }
}
