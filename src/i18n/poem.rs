//! The poem page's interface strings. Only its page reads them, so the wasm
//! splitter puts them in that page's chunk (`src/pages/chunks.rs`), not in
//! the code every first visit downloads.

use super::Strings;

/// The poem page's strings; the shared ones through `Deref`.
pub struct PoemStrings {
    shared: &'static Strings,
    pub translation_note: &'static str,
    // Poem
    pub poem_controls_label: &'static str,
    pub poem_read_reverse: &'static str,
    pub poem_read_original: &'static str,
    pub poem_step_mode: &'static str,
    pub poem_prev: &'static str,
    pub poem_next: &'static str,
    pub poem_play: &'static str,
    pub poem_lines_original: &'static str,
    pub poem_lines_reverse: &'static str,
    pub poem_now_original: &'static str,
    pub poem_now_reverse: &'static str,
    pub poem_step_status: fn(usize, usize, &str) -> String,
    pub poem_step_hint: &'static str,
    pub poem_show_original: &'static str,
    pub poem_print_other_original: &'static str,
    pub poem_print_other_reverse: &'static str,
    pub read_aloud: &'static str,
    pub read_aloud_stop: &'static str,
    /// Said (politely) when the browser's speech fails mid-poem.
    pub read_aloud_failed: &'static str,
    /// The language tag of the voice that reads the poem aloud.
    pub speech_lang: &'static str,
}

super::page_strings!(PoemStrings, poem_strings);

static JA: PoemStrings = PoemStrings {
    shared: &super::JA,
    translation_note: "非公式の翻訳",
    poem_controls_label: "詩の読み方",
    poem_read_reverse: "下から読む",
    poem_read_original: "上から読む",
    poem_step_mode: "1行ずつ読む",
    poem_prev: "前の行",
    poem_next: "次の行",
    poem_play: "自動再生",
    poem_lines_original: "逆転の発想(上から下へ読む順)",
    poem_lines_reverse: "逆転の発想(下から上へ読む順)",
    poem_now_original: "上から下の順(1行目→12行目)で表示しています。",
    poem_now_reverse: "下から上の順(12行目→1行目)で表示しています。",
    poem_step_status: |position, total, line| format!("{total}行中{position}行目:{line}"),
    poem_step_hint: "矢印キーでも前後の行へ移動できます。",
    poem_show_original: "日本語の原文を表示",
    poem_print_other_original: "上から下へ読んだ場合",
    poem_print_other_reverse: "下から上へ読んだ場合",
    read_aloud: "読み上げ",
    read_aloud_stop: "停止",
    read_aloud_failed: "音声合成でエラーが発生したため、読み上げを停止しました。",
    speech_lang: "ja-JP",
};

static EN: PoemStrings = PoemStrings {
    shared: &super::EN,
    translation_note: "Unofficial translation",
    poem_controls_label: "How to read the poem",
    poem_read_reverse: "Read it bottom to top",
    poem_read_original: "Read it top to bottom",
    poem_step_mode: "Read line by line",
    poem_prev: "Previous line",
    poem_next: "Next line",
    poem_play: "Autoplay",
    poem_lines_original: "Reverse Thinking, read top to bottom",
    poem_lines_reverse: "Reverse Thinking, read bottom to top",
    poem_now_original: "Now in top-to-bottom order: line 1 to line 12.",
    poem_now_reverse: "Now in bottom-to-top order: line 12 to line 1.",
    poem_step_status: |position, total, line| format!("Line {position} of {total}: {line}"),
    poem_step_hint: "The arrow keys also move to the previous or next line.",
    poem_show_original: "Show the Japanese original",
    poem_print_other_original: "Read from top to bottom",
    poem_print_other_reverse: "Read from bottom to top",
    read_aloud: "Read aloud",
    read_aloud_stop: "Stop",
    read_aloud_failed: "Reading aloud stopped because of a speech error.",
    speech_lang: "en-GB",
};
