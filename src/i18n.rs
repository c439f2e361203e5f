//! Interface strings in both languages. Content (the plan, the poem, the
//! timeline) lives in the JSON files; everything else a user reads is here.

use crate::routing::Page;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// BCP 47 tag for `lang` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    /// The language's own name, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }
}

/// Every interface string. A struct rather than a map so that a missing
/// translation is a compile error.
pub struct Strings {
    pub site_name: &'static str,
    pub site_tagline: &'static str,
    pub skip_link: &'static str,
    pub nav_label: &'static str,
    pub lang_label: &'static str,
    pub page_overview: &'static str,
    pub page_poem: &'static str,
    pub page_timeline: &'static str,
    pub page_about: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,
    pub footer_source_label: &'static str,
    pub footer_source_title: &'static str,
    pub footer_updated: &'static str,
    pub footer_section: &'static str,
    pub unofficial_note: &'static str,
    pub loading: &'static str,
    pub load_failed: fn(&str) -> String,
    pub load_failed_status: fn(u16) -> String,
    pub load_failed_network: &'static str,
    pub load_failed_format: &'static str,
    pub retry: &'static str,
    pub translation_note: &'static str,
    // Overview
    pub philosophy_label: &'static str,
    pub aims_heading: &'static str,
    pub positioning_heading: &'static str,
    pub positioning_basis: &'static str,
    pub period_heading: &'static str,
    pub structure_heading: &'static str,
    pub fields_heading: &'static str,
    pub priorities_heading: &'static str,
    pub logo_heading: &'static str,
    pub decision_heading: &'static str,
    pub to_poem: &'static str,
    pub to_timeline: &'static str,
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
    // Timeline
    pub timeline_intro: &'static str,
    // About
    pub about_source_heading: &'static str,
    pub about_source_body: &'static str,
    pub about_unofficial_heading: &'static str,
    pub about_unofficial_body: &'static str,
    pub about_edits: &'static [&'static str],
    pub about_content_heading: &'static str,
    pub about_content_body: &'static str,
    pub about_a11y_heading: &'static str,
    pub about_a11y_body: &'static str,
}

impl Strings {
    pub fn page_name(&self, page: Page) -> &'static str {
        match page {
            Page::Overview => self.page_overview,
            Page::Poem => self.page_poem,
            Page::Timeline => self.page_timeline,
            Page::About => self.page_about,
        }
    }

    /// The document title of a page (`None`: the not-found page).
    pub fn document_title(&self, page: Option<Page>) -> String {
        match page {
            Some(Page::Overview) => format!("{}({})", self.site_name, self.site_tagline),
            Some(page) => format!("{} | {}", self.page_name(page), self.site_name),
            None => format!("{} | {}", self.not_found_title, self.site_name),
        }
    }
}

pub const SOURCE_URL: &str =
    "https://www.pref.aomori.lg.jp/soshiki/seisaku/dxsuishin/aomori_dxsuishinplan.html";

static JA: Strings = Strings {
    site_name: "青森県DX推進プラン",
    site_tagline: "非公式ガイド",
    skip_link: "本文へ移動",
    nav_label: "メインメニュー",
    lang_label: "言語",
    page_overview: "プランの概要",
    page_poem: "逆転の発想",
    page_timeline: "プラン決定までの経過",
    page_about: "このサイトについて",
    not_found_title: "ページが見つかりません",
    not_found_body: "お探しのページは見つかりませんでした。URLに誤りがないかご確認ください。",
    not_found_home: "トップページへ戻る",
    footer_source_label: "出典",
    footer_source_title: "青森県「青森県DX推進プランについて」",
    footer_updated: "更新日付:2024年2月29日",
    footer_section: "総合政策部 DX推進課",
    unofficial_note: "このサイトは青森県の公式サイトではありません。青森県が公開している情報をもとにした非公式の紹介ページです。",
    loading: "読み込んでいます…",
    load_failed: |file| format!("「{file}」を読み込めませんでした。"),
    load_failed_status: |status| format!("サーバーから「{status}」の応答がありました。"),
    load_failed_network: "ネットワークに接続できませんでした。通信状況をご確認ください。",
    load_failed_format: "ファイルの内容が正しい形式ではありません。",
    retry: "もう一度読み込む",
    translation_note: "",
    philosophy_label: "基本理念",
    aims_heading: "プランがめざすこと",
    positioning_heading: "位置付け",
    positioning_basis: "根拠",
    period_heading: "期間",
    structure_heading: "プランの構成",
    fields_heading: "3つの分野",
    priorities_heading: "重点的に取り組む3つのDX",
    logo_heading: "ロゴマークに込めた意味",
    decision_heading: "プラン決定までの経過",
    to_poem: "詩「逆転の発想」を読む",
    to_timeline: "決定までの経過を見る",
    poem_controls_label: "詩の読み方",
    poem_read_reverse: "下から読む",
    poem_read_original: "上から読む",
    poem_step_mode: "1行ずつ読む",
    poem_prev: "前の行",
    poem_next: "次の行",
    poem_play: "自動で進む",
    poem_lines_original: "逆転の発想(上から下へ読む順)",
    poem_lines_reverse: "逆転の発想(下から上へ読む順)",
    poem_now_original: "上から下へ読む順(1行目から12行目)に並べました。",
    poem_now_reverse: "下から上へ読む順(12行目から1行目)に並べ替えました。",
    poem_step_status: |position, total, line| format!("{total}行中{position}行目:{line}"),
    poem_step_hint: "矢印キーでも前後の行へ移動できます。",
    poem_show_original: "",
    poem_print_other_original: "上から下へ読んだ場合",
    poem_print_other_reverse: "下から上へ読んだ場合",
    timeline_intro: "本プラン決定までの経過は以下のとおりです。",
    about_source_heading: "出典",
    about_source_body: "このサイトの内容は、青森県のウェブページ「青森県DX推進プランについて」(総合政策部 DX推進課、更新日付:2024年2月29日)にもとづいています。",
    about_unofficial_heading: "非公式のサイトです",
    about_unofficial_body: "このサイトは青森県の公式サイトではなく、青森県とは関係のない非公式の紹介ページです。日本語の文章は出典のとおりに掲載し、次の点だけを編集しています。",
    about_edits: &[
        "出典では画像で示されている詩「逆転の発想」を、文字で掲載しています。",
        "表で示されている「プラン決定までの経過」に、会議体や決定事項の分類を加えています。",
        "英語の文章は、このサイトによる非公式の翻訳です。",
    ],
    about_content_heading: "内容の更新",
    about_content_body: "掲載内容は public/data/ にある JSON ファイル(plan.json、poem.json、timeline.json)にまとめてあり、プログラムを変更せずに編集して公開し直すことができます。",
    about_a11y_heading: "アクセシビリティ",
    about_a11y_body: "JIS X 8341-3:2016 および WCAG 2.2 の適合レベルAAを目標としています。キーボードだけでの操作、スクリーンリーダーでの読み上げ、動きを減らす設定、ダークモードに対応し、自動テスト(axe-core)で全ページを検査しています。",
};

static EN: Strings = Strings {
    site_name: "Aomori DX Promotion Plan",
    site_tagline: "Unofficial guide",
    skip_link: "Skip to main content",
    nav_label: "Main menu",
    lang_label: "Language",
    page_overview: "Overview",
    page_poem: "Reverse Thinking",
    page_timeline: "How the plan was decided",
    page_about: "About this site",
    not_found_title: "Page not found",
    not_found_body: "We could not find the page you were looking for. Please check the address.",
    not_found_home: "Go to the home page",
    footer_source_label: "Source",
    footer_source_title: "Aomori Prefecture, \u{201c}About the Aomori Prefecture DX Promotion Plan\u{201d} (青森県DX推進プランについて)",
    footer_updated: "Updated 29 February 2024",
    footer_section: "DX Promotion Division (DX推進課), Policy Planning Department",
    unofficial_note: "This is not an official website of Aomori Prefecture. It is an unofficial presentation of information published by the prefecture; the English text is our own translation.",
    loading: "Loading…",
    load_failed: |file| format!("Could not load \u{201c}{file}\u{201d}."),
    load_failed_status: |status| format!("The server answered with status {status}."),
    load_failed_network: "The network could not be reached. Please check your connection.",
    load_failed_format: "The file's content is not in the expected format.",
    retry: "Try again",
    translation_note: "Unofficial translation",
    philosophy_label: "Basic philosophy",
    aims_heading: "What the plan aims for",
    positioning_heading: "Positioning",
    positioning_basis: "Based on",
    period_heading: "Period",
    structure_heading: "Structure of the plan",
    fields_heading: "Three fields",
    priorities_heading: "Three priority areas of DX",
    logo_heading: "What the logo means",
    decision_heading: "How the plan was decided",
    to_poem: "Read the poem \u{201c}Reverse Thinking\u{201d}",
    to_timeline: "See how the plan was decided",
    poem_controls_label: "How to read the poem",
    poem_read_reverse: "Read it bottom to top",
    poem_read_original: "Read it top to bottom",
    poem_step_mode: "Read line by line",
    poem_prev: "Previous line",
    poem_next: "Next line",
    poem_play: "Play",
    poem_lines_original: "Reverse Thinking, read top to bottom",
    poem_lines_reverse: "Reverse Thinking, read bottom to top",
    poem_now_original: "Now in top-to-bottom order: line 1 to line 12.",
    poem_now_reverse: "Now in bottom-to-top order: line 12 to line 1.",
    poem_step_status: |position, total, line| format!("Line {position} of {total}: {line}"),
    poem_step_hint: "The arrow keys also move to the previous or next line.",
    poem_show_original: "Show the Japanese original",
    poem_print_other_original: "Read from top to bottom",
    poem_print_other_reverse: "Read from bottom to top",
    timeline_intro: "The steps that led to the plan's adoption are listed below.",
    about_source_heading: "Source",
    about_source_body: "This site is based on Aomori Prefecture's web page \u{201c}About the Aomori Prefecture DX Promotion Plan\u{201d} (青森県DX推進プランについて), published by the DX Promotion Division (DX推進課) of the Policy Planning Department and last updated on 29 February 2024.",
    about_unofficial_heading: "An unofficial site",
    about_unofficial_body: "This is not an official website of Aomori Prefecture and is not affiliated with it. The Japanese text is reproduced as published; only the following was edited.",
    about_edits: &[
        "The poem \u{201c}Reverse Thinking\u{201d}, shown as an image on the source page, is given here as text.",
        "The table \u{201c}How the plan was decided\u{201d} is given categories for the bodies involved and the decisions taken.",
        "All English text is this site's own unofficial translation.",
    ],
    about_content_heading: "How the content is updated",
    about_content_body: "All content is kept in JSON files in public/data/ (plan.json, poem.json, timeline.json); editors change them and redeploy, with no change to the program.",
    about_a11y_heading: "Accessibility",
    about_a11y_body: "We aim for JIS X 8341-3:2016 and WCAG 2.2 level AA. The site works with a keyboard alone, with screen readers, with reduced motion and in dark mode, and every page is checked automatically with axe-core.",
};
