//! Interface strings in both languages. Content (the plan, the poem, the
//! timeline) lives in the JSON files; everything else a user reads is here.

use crate::routing::Page;

use crate::lang::Lang;

#[cfg(not(target_arch = "wasm32"))]
mod cards;
#[cfg(not(target_arch = "wasm32"))]
pub use cards::CardStrings;

/// The interface strings in this language.
impl Lang {
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
    /// The site's name with its tagline: the home page's title and `og:site_name`.
    pub site_title: &'static str,
    /// The page's `<meta name="description">` and link-preview text.
    pub meta_description: &'static str,
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
    /// Labels the source link; the source's address, title and date are
    /// content (`source` in `data/plan.json`).
    pub footer_source_label: &'static str,
    /// The source page's own update date (content: `source.updated`, as the
    /// source writes it), labelled so it is not read as this site's.
    pub footer_source_updated: fn(&str) -> String,
    /// This site's own last update (the build's date, see `calendar::site_updated`).
    pub footer_site_updated: fn(&str) -> String,
    /// After a label: 「：」 in Japanese, ": " in English.
    pub colon: &'static str,
    /// Between items on one line: 「/」 in Japanese, " · " in English.
    pub list_sep: &'static str,
    pub unofficial_note: &'static str,
    pub print_url_label: &'static str,
    pub loading: &'static str,
    pub load_failed: fn(&str) -> String,
    pub load_failed_status: fn(u16) -> String,
    pub load_failed_network: &'static str,
    pub load_failed_format: &'static str,
    pub retry: &'static str,
    pub translation_note: &'static str,
    // Overview
    /// The home page's notice that the site is unofficial: text before and
    /// after the link to the source page (the link text is its title).
    pub home_notice: [&'static str; 2],
    /// Where the plan's documents are (before and after the source link).
    pub plan_documents: [&'static str; 2],
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
    pub read_aloud: &'static str,
    pub read_aloud_stop: &'static str,
    /// Said (politely) when the browser's speech fails mid-poem.
    pub read_aloud_failed: &'static str,
    /// The language tag of the voice that reads the poem aloud.
    pub speech_lang: &'static str,
    pub period_bar_label: &'static str,
    pub period_this_year: &'static str,
    pub period_during: fn(i32, &str, i32, i32) -> String,
    pub period_before: fn(i32, i32) -> String,
    pub period_after: fn(i32) -> String,
    pub structure_hint: &'static str,
    pub structure_field_detail: fn(&str) -> String,
    pub structure_priority_detail: fn(&str) -> String,
    pub logo_hint: &'static str,
    pub logo_figure_caption: &'static str,
    /// Where the logo itself is: before, the link text, after.
    pub logo_where: [&'static str; 3],
    pub share_label: &'static str,
    pub share_facebook: &'static str,
    pub share_x: &'static str,
    pub share_line: &'static str,
    pub share_native: &'static str,
    // Timeline
    pub timeline_intro: &'static str,
    /// Where the committee's member list is (before and after the source link).
    pub timeline_members: [&'static str; 2],
    pub timeline_filters_label: &'static str,
    pub timeline_search_label: &'static str,
    pub timeline_search_hint: &'static str,
    pub timeline_bodies_legend: &'static str,
    pub timeline_period_legend: &'static str,
    pub timeline_from: &'static str,
    pub timeline_to: &'static str,
    pub timeline_sort_label: &'static str,
    pub timeline_sort_asc: &'static str,
    pub timeline_sort_desc: &'static str,
    pub timeline_clear: &'static str,
    pub timeline_count: fn(usize, usize) -> String,
    pub timeline_empty: &'static str,
    pub timeline_more: fn(usize, usize) -> String,
    pub timeline_listed: fn(usize) -> String,
    pub timeline_ignored: fn(&str) -> String,
    pub timeline_group_count: fn(usize) -> String,
    pub timeline_filter_toggle: fn(usize) -> String,
    pub timeline_summary_toggle: &'static str,
    pub axis_caption: fn(&str, &str, usize) -> String,
    pub copy_link: &'static str,
    pub copy_link_for: fn(&str) -> String,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub download_failed: &'static str,
    pub download_heading: &'static str,
    pub download_shown: fn(usize) -> String,
    pub download_all: fn(usize) -> String,
    pub download_as: fn(&str, &str) -> String,
    // About
    pub about_source_heading: &'static str,
    /// Names the source in prose, so the about page says it even when
    /// `data/plan.json` (which has the link) cannot be loaded.
    pub about_source_body: &'static str,
    pub about_unofficial_heading: &'static str,
    pub about_unofficial_body: &'static str,
    /// Everything this site adds to or changes from the source.
    pub about_edits: &'static [&'static str],
    pub about_data_heading: &'static str,
    pub about_data_body: &'static str,
    pub about_data_csv: &'static str,
    pub about_data_files: &'static str,
    pub about_terms_heading: &'static str,
    pub about_terms: &'static [&'static str],
    pub about_a11y_heading: &'static str,
    pub about_a11y_body: &'static str,
    /// The link from the accessibility section to the test report below it.
    pub about_a11y_report_link: &'static str,
    // The accessibility test report (data/accessibility.json)
    /// After the standard's number, JIS X 8341-3:2016.
    pub report_heading: &'static str,
    pub report_target: &'static str,
    pub report_tested: &'static str,
    pub report_scope: &'static str,
    pub report_method: &'static str,
    pub report_caption: fn(usize) -> String,
    /// Column headers: number, criterion, level, applies, result, how verified.
    pub report_columns: [&'static str; 6],
    /// 適用: yes, no.
    pub report_applies: [&'static str; 2],
    /// 結果: pass, fail, partly, not applicable.
    pub report_results: [&'static str; 4],
    pub report_automated: &'static str,
    pub report_manual: &'static str,
    pub report_note: &'static str,
    /// Quotes around a test's title, which is in English.
    pub report_quotes: [&'static str; 2],
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
            Some(Page::Overview) => self.site_title.to_string(),
            Some(page) => format!("{} | {}", self.page_name(page), self.site_name),
            None => format!("{} | {}", self.not_found_title, self.site_name),
        }
    }
}

static JA: Strings = Strings {
    site_name: "青森県DX推進プラン",
    site_tagline: "非公式ガイド",
    site_title: "青森県DX推進プラン(非公式ガイド)",
    meta_description: "青森県DX推進プラン(2024〜2028年度)の基本理念、詩「逆転の発想」、策定までの経過を日本語と英語で紹介する非公式のサイトです。",
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
    footer_source_updated: |updated| format!("出典ページの{updated}"),
    footer_site_updated: |date| format!("このサイトの最終更新日：{date}"),
    colon: "：",
    list_sep: "/",
    unofficial_note: "このサイトは青森県の公式サイトではありません。青森県が公開している情報をもとにした非公式の紹介ページです。",
    print_url_label: "このページのURL",
    loading: "読み込んでいます…",
    load_failed: |file| format!("「{file}」を読み込めませんでした。"),
    load_failed_status: |status| format!("サーバーからエラー(ステータスコード：{status})が返されました。"),
    load_failed_network: "ネットワークに接続できませんでした。通信状況をご確認ください。",
    load_failed_format: "ファイルの内容が正しい形式ではありません。",
    retry: "もう一度読み込む",
    translation_note: "非公式の翻訳",
    home_notice: ["このサイトは、青森県の公式サイトではない非公式の紹介ページです。公式の情報は、", "をご覧ください。"],
    plan_documents: ["プラン本編・概要(PDF)は、", "で公開されています。"],
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
    poem_play: "自動再生",
    poem_lines_original: "逆転の発想(上から下へ読む順)",
    poem_lines_reverse: "逆転の発想(下から上へ読む順)",
    poem_now_original: "上から下の順(1行目→12行目)で表示しています。",
    poem_now_reverse: "下から上の順(12行目→1行目)で表示しています。",
    poem_step_status: |position, total, line| format!("{total}行中{position}行目：{line}"),
    poem_step_hint: "矢印キーでも前後の行へ移動できます。",
    poem_show_original: "日本語の原文を表示",
    poem_print_other_original: "上から下へ読んだ場合",
    poem_print_other_reverse: "下から上へ読んだ場合",
    read_aloud: "読み上げ",
    read_aloud_stop: "停止",
    read_aloud_failed: "音声のエラーで読み上げを停止しました。",
    speech_lang: "ja-JP",
    period_bar_label: "計画期間(2024年度から2028年度)",
    period_this_year: "今年度",
    // `era` is 「令和8年度」; the year is written as the source writes it: 2026(令和8)年度.
    period_during: |fy, era, year, of| format!("現在は{fy}({})年度で、{of}年間の計画期間のうち{year}年目です。", era.trim_end_matches("年度")),
    period_before: |start, years| format!("計画期間は{start}年度に始まります(あと{years}年)。"),
    period_after: |end| format!("計画期間は{end}年度で終了しました。"),
    structure_hint: "項目を選択すると、その内容が表示されます。",
    structure_field_detail: |name| format!("「{name}」の分野について、めざすべき社会像や取組方針を示しています。"),
    structure_priority_detail: |name| format!("「{name}」のDXを、重点的に取り組むものに設定しています。"),
    logo_hint: "説明を選択するか、図の各部分にポインターを合わせると、対応する部分が強調されます。",
    logo_figure_caption: "ロゴマークの考え方を説明するための図です(ロゴマークそのものではありません)。",
    logo_where: ["ロゴマークそのものは、", "出典の青森県ホームページ", "でご覧いただけます。"],
    share_label: "このページをシェア",
    share_facebook: "Facebookでシェア",
    share_x: "Xでシェア",
    share_line: "LINEでシェア",
    share_native: "ほかの方法でシェア",
    timeline_intro: "本プラン決定までの経過は以下のとおりです。",
    timeline_members: ["※「(仮称)青森県DX推進プラン」策定委員会の委員名簿(PDF)は、", "で公開されています。"],
    timeline_filters_label: "項目の絞り込み",
    timeline_search_label: "キーワードで検索",
    timeline_search_hint: "全角・半角や大文字・小文字の違いは区別しません。スペースで区切ると、すべての語を含む項目を表示します。",
    timeline_bodies_legend: "区分",
    timeline_period_legend: "時期",
    timeline_from: "開始(年月)",
    timeline_to: "終了(年月)",
    timeline_sort_label: "並び順",
    timeline_sort_asc: "古い順",
    timeline_sort_desc: "新しい順",
    timeline_clear: "絞り込みを解除",
    timeline_count: |total, shown| format!("全{total}件中{shown}件を表示"),
    timeline_empty: "条件に合う項目はありません。",
    timeline_more: |next, rest| format!("さらに{next}件を表示(残り{rest}件)"),
    timeline_listed: |n| format!("(先頭の{n}件を一覧に表示)"),
    timeline_ignored: |list| format!("URLに含まれる次の条件は認識できないため、適用していません：{list}"),
    timeline_group_count: |n| format!("{n}件"),
    timeline_filter_toggle: |n| if n == 0 { "絞り込み".into() } else { format!("絞り込み({n}件適用中)") },
    timeline_summary_toggle: "経過の概要と委員名簿",
    axis_caption: |first, last, n| format!("{first}から{last}までの{n}件を日付の位置に示した時間軸。詳細は下の一覧のとおりです。"),
    copy_link: "リンクをコピー",
    copy_link_for: |date| format!("{date}の項目へのリンクをコピー"),
    link_copied: "リンクをコピーしました。",
    copy_failed: "リンクをコピーできませんでした。アドレスバーのURLをご利用ください。",
    download_failed: "ファイルを作成できませんでした。もう一度お試しください。",
    download_heading: "データのダウンロード",
    download_shown: |n| format!("表示中の{n}件"),
    download_all: |n| format!("全{n}件"),
    download_as: |what, format| format!("{what}を{format}でダウンロード"),
    about_source_heading: "出典",
    about_source_body: "このサイトの内容は、青森県のウェブページ「青森県DX推進プランについて」(総合政策部 DX推進課、2024年2月29日更新)に基づいています。",
    about_unofficial_heading: "非公式のサイトです",
    about_unofficial_body: "このサイトは青森県の公式サイトではなく、青森県とは関係のない非公式の紹介ページです。日本語の文章は出典のとおりに掲載しています。出典にない次のものは、このサイトが加えたもの、または編集したものです。",
    about_edits: &[
        "出典では画像で示されている詩「逆転の発想」を、文字で掲載しています。",
        "基本理念の文章から、プランがめざす2つのことを分けて示しています。",
        "位置付けの3項目に、見出し(「指針」「個別計画(アクションプラン)」「都道府県データ活用推進計画」)と、根拠となる計画・法律の一覧を加えています。",
        "プランの構成の3つの分野と3つのDXを選択できる項目にし、それぞれに出典の文章に沿った説明を加えています。",
        "ロゴマークの説明を部分ごとに分けて見出しを付け、説明のための図(ロゴマークそのものではありません)を加えています。",
        "計画期間の図と、閲覧している日の年度の表示を加えています。",
        "表で示されている「プラン決定までの経過」の各項目に、区分(「推進方向の策定・公表」「策定委員会」「推進本部」「推進本部幹事会」「意見募集」)と決定事項(「素案決定」「原案決定」「プラン決定」)の分類、年度ごとのまとまりを加えています。",
        "詩の読み方(下から読む、1行ずつ読む、自動再生、読み上げ)、経過の絞り込み・検索・並べ替え・ダウンロード、共有などの操作は、このサイトが加えたものです。",
        "英語の文章は、すべてこのサイトによる非公式の翻訳です。",
    ],
    about_data_heading: "データのダウンロード",
    about_data_body: "「プラン決定までの経過」の各項目は、CSV(UTF-8、BOM付き、日付はISO 8601形式)とJSONでダウンロードできます。絞り込んだ項目だけをダウンロードすることもできます。",
    about_data_csv: "経過のページでCSV・JSONをダウンロード",
    about_data_files: "このサイトのデータファイル(JSON)",
    about_terms_heading: "利用について",
    about_terms: &[
        "出典の文章の著作権は青森県に帰属します。その利用については、青森県ホームページのサイトポリシーに従ってください。",
        "ダウンロードできるデータは、現状のまま提供するものです。正確な情報は出典のページでご確認ください。",
        "このサイト独自のプログラムは、MITライセンスで公開しています。",
    ],
    about_a11y_heading: "アクセシビリティ",
    about_a11y_body: "このサイトは、JIS X 8341-3:2016の適合レベルAAに準拠することを目標としています(WCAG 2.2の適合レベルAAも目標としています)。見出し・ランドマーク・リストなどの意味に沿ったHTML、キーボードだけでの操作と見えるフォーカス、4.5:1以上のコントラスト、動きを減らす設定、ダークモード、強制カラー(ハイコントラスト)、印刷に対応しています。変更のたびに、全ページを日本語・英語、ライト・ダークの両方で自動検査(axe-core)し、キーボード操作、読み上げ用のアクセシブルな名前と状態の通知、動きを減らす設定での動作をブラウザーの自動テストで確かめています。スクリーンリーダーが読み上げる内容(各ページの見出しとランドマークの順序、詩の操作、経過の検索結果の件数、読み込みエラー)も、仮想スクリーンリーダー(読み上げの内容を仕様に沿って再現するテスト用のソフトウェア)で確かめています。NVDAやVoiceOverなどの実際のスクリーンリーダーと、それを使う方による確認は、まだ行っていません。",
    about_a11y_report_link: "達成基準ごとの試験結果と確認方法",
    report_heading: "試験結果",
    report_target: "目標とする適合レベル",
    report_tested: "試験日",
    report_scope: "対象ページ",
    report_method: "試験の方法",
    report_caption: |count| format!("達成基準チェックリスト(レベルA・AA、{count}項目)"),
    report_columns: ["番号", "達成基準", "適合レベル", "適用", "結果", "確認方法"],
    report_applies: ["適用", "適用なし"],
    report_results: ["適合", "不適合", "一部", "適用なし"],
    report_automated: "自動テスト",
    report_manual: "目視・手動の確認",
    report_note: "注記",
    report_quotes: ["「", "」"],
};

static EN: Strings = Strings {
    site_name: "Aomori Prefecture DX Promotion Plan",
    site_tagline: "Unofficial guide",
    site_title: "Aomori Prefecture DX Promotion Plan (Unofficial guide)",
    meta_description: "An unofficial site presenting Aomori Prefecture's DX Promotion Plan (fiscal 2024–2028) in Japanese and English: its basic philosophy, the poem “Reverse Thinking” and how the plan was decided.",
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
    // `source.updated` reads "Updated 29 February 2024".
    footer_source_updated: |updated| {
        let mut chars = updated.chars();
        let rest: String = chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
        format!("Source page {rest}")
    },
    footer_site_updated: |date| format!("This site last updated {date}"),
    colon: ": ",
    list_sep: " · ",
    unofficial_note: "This is not an official website of Aomori Prefecture. It is an unofficial presentation of information published by the prefecture; the English text is our own translation.",
    print_url_label: "This page's address",
    loading: "Loading…",
    load_failed: |file| format!("Could not load \u{201c}{file}\u{201d}."),
    load_failed_status: |status| format!("The server answered with status {status}."),
    load_failed_network: "The network could not be reached. Please check your connection.",
    load_failed_format: "The file's content is not in the expected format.",
    retry: "Try again",
    translation_note: "Unofficial translation",
    home_notice: ["This is an unofficial guide, not a website of Aomori Prefecture. For the official information, see ", "."],
    plan_documents: ["The plan itself and its summary (PDF, in Japanese) are published on ", "."],
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
    period_bar_label: "Plan period, fiscal 2024 to fiscal 2028",
    period_this_year: "This fiscal year",
    period_during: |fy, era, year, of| format!("It is now fiscal {fy} ({era}): year {year} of the {of}-year plan period."),
    period_before: |start, years| format!("The plan period begins in fiscal {start} ({years} fiscal year{} from now).", if years == 1 { "" } else { "s" }),
    period_after: |end| format!("The plan period ended with fiscal {end}."),
    structure_hint: "Select an item to see what the plan sets out for it.",
    structure_field_detail: |name| format!("For the field \u{201c}{name}\u{201d}, the plan sets out the society to aim for and the policy for its measures."),
    structure_priority_detail: |name| format!("DX in \u{201c}{name}\u{201d} is set as one of the priorities to work on."),
    logo_hint: "Select an explanation, or point at a part of the drawing, to highlight the matching part.",
    logo_figure_caption: "A drawing that explains the ideas behind the logo (it is not the logo itself).",
    logo_where: ["The logo itself can be seen on ", "Aomori Prefecture's page, the source of this guide", "."],
    share_label: "Share this page",
    share_facebook: "Share on Facebook",
    share_x: "Share on X",
    share_line: "Share on LINE",
    share_native: "Share another way",
    timeline_intro: "The steps that led to the plan's adoption are listed below.",
    timeline_members: ["The member list of the Planning Committee (PDF, in Japanese) is published on ", "."],
    timeline_filters_label: "Filter the entries",
    timeline_search_label: "Search",
    timeline_search_hint: "Full-width and half-width characters and upper and lower case are treated alike. Separate words with spaces to find entries containing all of them.",
    timeline_bodies_legend: "Type",
    timeline_period_legend: "Date range",
    timeline_from: "From (month)",
    timeline_to: "To (month)",
    timeline_sort_label: "Order",
    timeline_sort_asc: "Oldest first",
    timeline_sort_desc: "Newest first",
    timeline_clear: "Clear filters",
    timeline_count: |total, shown| format!("Showing {shown} of {total} entries"),
    timeline_empty: "No entries match these filters.",
    timeline_more: |next, rest| format!("Show {next} more ({rest} not listed yet)"),
    timeline_listed: |n| format!("(the first {n} are listed)"),
    timeline_ignored: |list| format!("Some conditions in the address were not recognised and were ignored ({list})."),
    timeline_group_count: |n| if n == 1 { "1 entry".to_string() } else { format!("{n} entries") },
    timeline_filter_toggle: |n| if n == 0 { "Filter".into() } else { format!("Filter ({n} active)") },
    timeline_summary_toggle: "Summary and members",
    axis_caption: |first, last, n| format!("Time axis of the {n} steps, {first} to {last}, each at its date; details in the list below."),
    copy_link: "Copy link",
    copy_link_for: |date| format!("Copy link to the entry of {date}"),
    link_copied: "Link copied.",
    copy_failed: "The link could not be copied. Please use the address in the address bar.",
    download_failed: "The file could not be created. Please try again.",
    download_heading: "Download the data",
    download_shown: |n| if n == 1 { "The entry shown".to_string() } else { format!("The {n} entries shown") },
    download_all: |n| format!("All {n} entries"),
    download_as: |what, format| format!("{what} as {format}"),
    about_source_heading: "Source",
    about_source_body: "This site is based on Aomori Prefecture's web page \u{201c}About the Aomori Prefecture DX Promotion Plan\u{201d} (青森県DX推進プランについて), published by the DX Promotion Division (DX推進課) of the Policy Planning Department and last updated on 29 February 2024.",
    about_unofficial_heading: "An unofficial site",
    about_unofficial_body: "This is not an official website of Aomori Prefecture and is not affiliated with it. The Japanese text is reproduced as published. The following are not in the source: this site added or edited them.",
    about_edits: &[
        "The poem \u{201c}Reverse Thinking\u{201d}, shown as an image on the source page, is given here as text.",
        "The two aims of the plan are shown apart from the sentence of its basic philosophy.",
        "The three positionings are given headings (\u{201c}Guideline\u{201d}, \u{201c}Individual plan (action plan)\u{201d}, \u{201c}Prefectural Data Utilization Promotion Plan\u{201d}) and a list of the plans and laws they are based on.",
        "The plan's three fields and three priority areas of DX are selectable items, each with an explanation following the source's sentence.",
        "The logo's explanation is split into parts with headings, and an explanatory drawing is added (it is not the logo itself).",
        "A drawing of the plan period, marking the fiscal year of the day you visit, is added.",
        "The entries of the table \u{201c}How the plan was decided\u{201d} are given a type (\u{201c}DX promotion direction\u{201d}, \u{201c}Planning Committee\u{201d}, \u{201c}DX Promotion Headquarters\u{201d}, \u{201c}Headquarters Steering Committee\u{201d}, \u{201c}Public comment\u{201d}) and decision labels (\u{201c}Draft approved\u{201d}, \u{201c}Final draft approved\u{201d}, \u{201c}Plan adopted\u{201d}), and are grouped by fiscal year.",
        "The controls are this site's own: reading the poem (bottom to top, line by line, autoplay, read aloud), filtering, searching, sorting and downloading the timeline, and sharing.",
        "All English text is this site's own unofficial translation.",
    ],
    about_data_heading: "Downloading the data",
    about_data_body: "The entries of \u{201c}How the plan was decided\u{201d} can be downloaded as CSV (UTF-8 with BOM, ISO 8601 dates) and as JSON, all of them or only those matching your filters.",
    about_data_csv: "Download CSV or JSON on the timeline page",
    about_data_files: "This site's data files (JSON)",
    about_terms_heading: "Terms of use",
    about_terms: &[
        "The copyright (著作権) in the source's text stays with Aomori Prefecture; its use is subject to the site policy of the prefecture's website.",
        "The downloadable data are provided as they are. Please check the source page for accurate information.",
        "This site's own code is published under the MIT License.",
    ],
    about_a11y_heading: "Accessibility",
    about_a11y_body: "This site aims to conform to JIS X 8341-3:2016 at level AA (and to WCAG 2.2 at level AA). It has semantic HTML (headings, landmarks, lists), keyboard operation with visible focus and contrast of at least 4.5:1, and supports reduced motion, dark mode, forced colours (high contrast) and print. With every change, every page is checked with axe-core in Japanese and English, light and dark, and browser tests confirm keyboard use, accessible names and announced states, and behaviour with reduced motion. What a screen reader says (each page's headings and landmarks in order, the poem's controls, the timeline's result count, loading errors) is also checked, with a virtual screen reader: a testing tool that reproduces screen reader output from the specifications. The site has not yet been checked with real screen readers such as NVDA or VoiceOver, or by people who use them.",
    about_a11y_report_link: "Test report: the result for each success criterion and how it was verified",
    report_heading: "test report",
    report_target: "Target conformance level",
    report_tested: "Date of the test",
    report_scope: "Pages tested",
    report_method: "How it was tested",
    report_caption: |count| format!("Success criteria checklist (levels A and AA, {count} criteria)"),
    report_columns: ["No.", "Success criterion", "Level", "Applies", "Result", "How it was verified"],
    report_applies: ["Yes", "No"],
    report_results: ["Pass", "Fail", "Partly", "Not applicable"],
    report_automated: "Automated test",
    report_manual: "Checked by hand",
    report_note: "Note",
    report_quotes: ["\u{201c}", "\u{201d}"],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_titles_space_the_tagline_as_each_language_does() {
        assert_eq!(
            Lang::Ja.strings().document_title(Some(Page::Overview)),
            "青森県DX推進プラン(非公式ガイド)"
        );
        assert_eq!(
            Lang::En.strings().document_title(Some(Page::Overview)),
            "Aomori Prefecture DX Promotion Plan (Unofficial guide)"
        );
        for lang in Lang::ALL {
            let t = lang.strings();
            assert!(t.site_title.starts_with(t.site_name));
            assert!(t.site_title.contains(t.site_tagline));
        }
    }

    #[test]
    fn footer_dates_say_whose_date_they_are() {
        let (ja, en) = (Lang::Ja.strings(), Lang::En.strings());
        assert_eq!(
            (ja.footer_source_updated)("更新日付:2024年2月29日"),
            "出典ページの更新日付:2024年2月29日"
        );
        assert_eq!(
            (en.footer_source_updated)("Updated 29 February 2024"),
            "Source page updated 29 February 2024"
        );
        assert_eq!(
            (ja.footer_site_updated)("2026年11月25日"),
            "このサイトの最終更新日：2026年11月25日"
        );
        assert_eq!(
            (en.footer_site_updated)("25 November 2026"),
            "This site last updated 25 November 2026"
        );
    }

    /// The wording Japanese public-sector sites use (issue 14, item 10).
    #[test]
    fn japanese_interface_wording() {
        let t = Lang::Ja.strings();
        assert_eq!(
            (t.load_failed_status)(404),
            "サーバーからエラー(ステータスコード：404)が返されました。"
        );
        assert_eq!(t.poem_play, "自動再生");
        assert_eq!(
            t.poem_now_original,
            "上から下の順(1行目→12行目)で表示しています。"
        );
        assert_eq!(
            t.poem_now_reverse,
            "下から上の順(12行目→1行目)で表示しています。"
        );
        assert_eq!(
            (t.period_before)(2024, 1),
            "計画期間は2024年度に始まります(あと1年)。"
        );
        assert_eq!(
            (t.period_during)(2026, "令和8年度", 3, 5),
            "現在は2026(令和8)年度で、5年間の計画期間のうち3年目です。"
        );
        assert_eq!(
            t.structure_hint,
            "項目を選択すると、その内容が表示されます。"
        );
        assert!(t.logo_hint.contains("図の各部分に"));
        assert_eq!(
            t.logo_where.concat(),
            "ロゴマークそのものは、出典の青森県ホームページでご覧いただけます。"
        );
        assert_eq!(t.timeline_bodies_legend, "区分");
        assert_eq!(t.timeline_period_legend, "時期");
        assert_eq!(t.timeline_clear, "絞り込みを解除");
        assert_eq!((t.timeline_count)(11, 4), "全11件中4件を表示");
        assert_eq!((t.timeline_more)(20, 71), "さらに20件を表示(残り71件)");
        assert_eq!(
            (t.timeline_ignored)("body=nobody"),
            "URLに含まれる次の条件は認識できないため、適用していません：body=nobody"
        );
        assert!(t.about_source_body.contains("基づいています"));
        assert!(!t.about_source_body.contains("もとづ"));
        assert_eq!(t.colon, "：");
        assert_eq!(t.list_sep, "/");
        assert_eq!((t.poem_step_status)(3, 12, "x"), "12行中3行目：x");
        assert_eq!(t.about_data_heading, "データのダウンロード");
        assert!(t.about_a11y_body.starts_with(
            "このサイトは、JIS X 8341-3:2016の適合レベルAAに準拠することを目標としています"
        ));
    }

    #[test]
    fn english_interface_wording() {
        let t = Lang::En.strings();
        assert_eq!(t.timeline_bodies_legend, "Type");
        assert_eq!(t.poem_play, "Autoplay");
        assert_eq!(t.colon, ": ");
    }

    /// About lists everything the site adds, the terms, and no maintainer
    /// instructions (those are in the README).
    #[test]
    fn about_is_complete_and_for_visitors() {
        for lang in Lang::ALL {
            let t = lang.strings();
            let all = [
                t.about_unofficial_body,
                &t.about_edits.concat(),
                &t.about_terms.concat(),
                t.about_data_body,
            ]
            .concat();
            assert!(!all.contains("public/data"), "{lang:?}");
            assert!(
                !all.contains("公開し直す") && !all.contains("redeploy"),
                "{lang:?}"
            );
            assert!(t.about_terms.concat().contains("MIT"), "{lang:?}");
        }
        let ja = Lang::Ja.strings();
        let edits = ja.about_edits.concat();
        for added in [
            "「逆転の発想」",
            "プランがめざす2つのこと",
            "見出し(「指針」",
            "根拠",
            "「推進方向の策定・公表」",
            "「意見募集」",
            "「素案決定」",
            "説明のための図",
            "自動再生",
            "翻訳",
        ] {
            assert!(edits.contains(added), "about_edits lacks {added}");
        }
        let terms = ja.about_terms.concat();
        assert!(terms.contains("著作権は青森県に帰属"));
        assert!(terms.contains("サイトポリシー"));
        assert!(terms.contains("現状のまま"));
        assert!(Lang::En.strings().about_terms.concat().contains("(著作権)"));
    }
}
