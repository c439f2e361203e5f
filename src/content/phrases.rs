//! Where a line of Japanese may break when it does not fit: after a comma
//! (「、」 or 「，」), computed from the text instead of placed by hand.
//!
//! The poem's lines are rendered as these pieces with a `<wbr>` between
//! them, and with `word-break: keep-all` (or `auto-phrase` where the browser
//! has it): a browser without phrase-aware breaking then breaks a line only
//! between its phrases, never inside a word.

/// Punctuation after which a Japanese line may break.
const BREAK_AFTER: [char; 2] = ['、', '，'];

/// Closing brackets that stay with the comma before them (「…、」 breaks after 」).
const CLOSING: [char; 6] = ['」', '』', '）', ')', '】', '〉'];

/// `text` cut after each comma that is followed by more text. The pieces,
/// joined, are `text`; a text without such a comma is one piece.
pub fn phrases(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !BREAK_AFTER.contains(&c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if !CLOSING.contains(&next) {
                break;
            }
            end = j + next.len_utf8();
            chars.next();
        }
        if end < text.len() {
            pieces.push(&text[start..end]);
            start = end;
        }
    }
    pieces.push(&text[start..]);
    pieces
}

#[cfg(test)]
mod tests {
    use super::phrases;

    #[test]
    fn breaks_after_each_comma() {
        assert_eq!(
            phrases("いや、そんなことは絶対にない。"),
            ["いや、", "そんなことは絶対にない。"]
        );
        assert_eq!(
            phrases("失敗したらやり直し、未来を切り開け。"),
            ["失敗したらやり直し、", "未来を切り開け。"]
        );
        assert_eq!(phrases("a、b，c"), ["a、", "b，", "c"]);
    }

    #[test]
    fn a_line_without_a_comma_is_one_piece() {
        assert_eq!(
            phrases("こどもたちに託せる明日のために。"),
            ["こどもたちに託せる明日のために。"]
        );
        assert_eq!(
            phrases("Even so, it is English."),
            ["Even so, it is English."]
        );
        assert_eq!(phrases(""), [""]);
    }

    #[test]
    fn no_break_after_a_final_comma() {
        assert_eq!(phrases("そうだとしても、"), ["そうだとしても、"]);
        assert_eq!(phrases("そうだとしても、」"), ["そうだとしても、」"]);
    }

    #[test]
    fn closing_brackets_stay_with_the_comma() {
        assert_eq!(phrases("「はい、」と言う"), ["「はい、」", "と言う"]);
        assert_eq!(phrases("（注、）後"), ["（注、）", "後"]);
    }

    #[test]
    fn the_pieces_are_the_text() {
        for text in [
            "仕事もないし、結婚もできない。",
            "、、",
            "、x",
            "x、、y",
            "青森県だから仕方がない。",
        ] {
            assert_eq!(phrases(text).concat(), text);
            assert!(phrases(text).iter().all(|p| !p.is_empty()) || text.is_empty());
        }
    }

    #[test]
    fn the_shipped_poem_breaks_only_at_its_commas() {
        let poem: serde_json::Value =
            serde_json::from_str(include_str!("../../public/data/poem.json")).expect("poem.json");
        let lines = poem["lines"].as_array().expect("lines");
        let pieces: Vec<usize> = lines
            .iter()
            .map(|line| phrases(line["ja"].as_str().expect("ja")).len())
            .collect();
        // 2: いや、 / 5: やり直し、 / 10: ないし、 — 8 ends with its comma.
        assert_eq!(pieces, [1, 2, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1]);
    }
}
