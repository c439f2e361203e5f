//! The about page's interface strings. Only its page reads them, so the wasm
//! splitter puts them in that page's chunk (`src/pages/chunks.rs`), not in
//! the code every first visit downloads.

use super::Strings;

/// The about page's strings; the shared ones through `Deref`.
pub struct AboutStrings {
    shared: &'static Strings,
    // About
    pub about_source_heading: &'static str,
    /// Names the source in prose, so the about page says it even when
    /// `data/plan.json` (which has the link) cannot be loaded.
    pub about_source_body: &'static str,
    pub about_unofficial_heading: &'static str,
    pub about_unofficial_body: &'static str,
    /// Everything this site adds to or changes from the source.
    pub about_edits: &'static [&'static str],
    /// Before the list of what the source has and this site leaves out.
    pub about_omitted_intro: &'static str,
    pub about_omitted: &'static [&'static str],
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
    /// 結果 in JIS X 8341-3 terms: 適合, 不適合, 非適用. A criterion
    /// verified only in part is not a fourth result: its note says so
    /// (`report_note_partial`), as municipal test reports do.
    pub report_results: [&'static str; 3],
    pub report_automated: &'static str,
    pub report_manual: &'static str,
    pub report_note: &'static str,
    /// The note's label where the criterion was verified only in part.
    pub report_note_partial: &'static str,
    /// Quotes around a test's title, which is in English.
    pub report_quotes: [&'static str; 2],
    /// The disclosure that names a criterion's tests (file and title).
    pub report_tests_named: &'static str,
}

super::page_strings!(AboutStrings, about_strings);

static JA: AboutStrings = AboutStrings {
    shared: &super::JA,
    about_source_heading: "出典",
    about_source_body: "このサイトの内容は、青森県のウェブページ「青森県DX推進プランについて」(総合政策部 DX推進課、2024年2月29日更新)に基づいています。",
    about_unofficial_heading: "非公式のサイトです",
    about_unofficial_body: "このサイトは青森県の公式サイトではなく、青森県とは関係がありません。日本語の文章は出典のとおりに掲載していますが、次のものは、このサイトが加えたもの、または出典から編集したものです。",
    about_edits: &[
        "出典では1つのページにある内容を、概要・詩・経過の3つのページに分けて掲載しています。",
        "出典では画像で示されている「逆転の発想」を、文字で掲載しています。出典はこれを「詩」とは呼んでいませんが、このサイトでは「詩」と呼んでいます。",
        "「逆転の発想」の案内の文は、出典の冒頭の「この画像をクリックして、」を除き、「まずは普通に…」から掲載しています(このサイトでは画像ではなく文字で示しているためです)。",
        "出典では文章の後に画像で示されている「逆転の発想」を、案内の文(「まずは普通に…」)と「いかがでしょうか。…」の間に置いています。",
        "「本プランでは…」の文章から、プランがめざす2つのことを取り出して示しています。",
        "見出しのうち、「プランがめざすこと」「3つの分野」「重点的に取り組む3つのDX」「ロゴマークに込めた意味」(出典の見出しは「本県のDX推進のロゴマーク」)、経過の年度ごとの見出し、「データのダウンロード」は、このサイトが付けたものです。",
        "位置付けの3項目に、見出し(「指針」「個別計画(アクションプラン)」「都道府県データ活用推進計画」)と、根拠となる計画・法律の一覧を加えています。",
        "プランの構成の3つの分野と3つのDXを選択できる項目にし、それぞれに出典の文章に沿った説明を加えています。",
        "ロゴマークの説明を部分ごとに分けて見出しを付け、説明のための図を加えています。図の文字の並べ方や形などの細部はこのサイトによるもので、ロゴマークそのものではありません。",
        "計画期間の図と、閲覧している日の年度の表示を加えています。",
        "表で示されている「プラン決定までの経過」の各項目に、区分(「推進方向の策定・公表」「策定委員会」「推進本部」「推進本部幹事会」「意見募集」)と決定事項(「素案決定」「原案決定」「プラン決定」)の分類、年度ごとのまとまりを加えています。",
        "経過の各項目を日付の位置に示した時間軸の図を加えています。",
        "委員名簿とプラン本編・概要は、出典の「…委員名簿はこちら」などのリンクの代わりに、出典のページで公開されていることを伝える文(「…は、青森県「青森県DX推進プランについて」で公開されています。」)で示しています。",
        "リンクを共有したときに表示される、各ページの紹介画像を加えています。",
        "詩の読み方(下から読む、1行ずつ読む、自動再生、読み上げ)、経過の絞り込み・検索・並べ替え・ダウンロード、共有などの操作は、このサイトが加えたものです。",
        "英語の文章は、すべてこのサイトによる非公式の翻訳です。",
    ],
    about_omitted_intro: "出典にある次のものは、このサイトには掲載していません。",
    about_omitted: &[
        "プランの表紙とロゴマークの画像(ロゴマークは出典のページでご覧いただけます)",
        "プラン本編・概要と委員名簿(PDF)への直接のリンク(出典のページへのリンクを示しています)",
        "「プラン概要」の見出し",
        "ページ上部の案内(パンくずリスト)",
        "出典のページをシェアするリンクと、青森県をフォローするリンク(Facebook・X)",
    ],
    about_data_heading: "データのダウンロード",
    about_data_body: "「プラン決定までの経過」の各項目は、CSV(UTF-8、BOM付き、日付はISO 8601形式)とJSONでダウンロードできます。絞り込んだ項目だけをダウンロードすることもできます。",
    about_data_csv: "経過のページでCSV・JSONをダウンロード",
    about_data_files: "このサイトのデータファイル(JSON)",
    about_terms_heading: "利用について",
    about_terms: &[
        "出典の文章の著作権は青森県に帰属します。その利用については、青森県ホームページのサイトポリシーに従ってください。このサイトが出典の文章の利用を許諾することはありません。",
        "ダウンロードできるCSV・JSONのうち、このサイト独自の部分(英語の翻訳、区分・決定事項の分類、列の名前、ID)は、このサイトのプログラムと同じMITライセンスの条件で再利用できます。ただし、英語の翻訳は出典の文章を訳したものなので、その利用には青森県のサイトポリシーも適用されます。出典の日本語の文章は、MITライセンスの対象ではありません。",
        "ダウンロードできるデータは、現状のまま提供するものです。正確な情報は出典のページでご確認ください。",
        "このサイト独自のプログラムには、MITライセンスを適用しています。ライセンスの全文は、このサイトのソースコードのリポジトリにあるLICENSEファイルのとおりです。",
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
    report_applies: ["はい", "いいえ"],
    report_results: ["適合", "不適合", "非適用"],
    report_automated: "自動テスト",
    report_manual: "目視・手動の確認",
    report_note: "注記",
    report_note_partial: "注記(確認は一部のみ)",
    report_quotes: ["「", "」"],
    report_tests_named: "自動テストのファイル名とテスト名",
};

static EN: AboutStrings = AboutStrings {
    shared: &super::EN,
    about_source_heading: "Source",
    about_source_body: "This site is based on Aomori Prefecture's web page \u{201c}About the Aomori Prefecture DX Promotion Plan\u{201d} (青森県DX推進プランについて), published by the DX Promotion Division (DX推進課) of the Policy Planning Department and last updated on 29 February 2024.",
    about_unofficial_heading: "An unofficial site",
    about_unofficial_body: "This is not an official website of Aomori Prefecture and is not affiliated with it. The Japanese text is reproduced as published, but the following are this site's additions to the source or its edits of it.",
    about_edits: &[
        "What the source has on one page is split into three: the overview, the poem and the timeline.",
        "\u{201c}Reverse Thinking\u{201d} (逆転の発想), shown as an image on the source page, is given here as text. The source does not call it a poem (詩); this site does.",
        "Its instruction leaves out the source's opening words, \u{201c}Click this image, and\u{201d} (この画像をクリックして、), and starts at \u{201c}First read it normally\u{201d}, since this site shows text, not an image.",
        "\u{201c}Reverse Thinking\u{201d}, which the source shows as an image after its sentences, is placed between the instruction (\u{201c}First read it normally\u{201d}) and \u{201c}What do you think?\u{201d}.",
        "The two aims of the plan are taken out of the sentence that begins \u{201c}With \u{2018}Aomori will become even more interesting with DX\u{2019} as its basic philosophy\u{201d} and shown apart.",
        "Some headings are this site's: \u{201c}What the plan aims for\u{201d}, \u{201c}Three fields\u{201d}, \u{201c}Three priority areas of DX\u{201d}, \u{201c}What the logo means\u{201d} (the source's heading is \u{201c}The logo of the prefecture's DX promotion\u{201d}, 本県のDX推進のロゴマーク), the timeline's fiscal-year headings (such as \u{201c}FY2023 (Reiwa 5)\u{201d}) and \u{201c}Download the data\u{201d}.",
        "The three positionings are given headings (\u{201c}Guideline\u{201d}, \u{201c}Individual plan (action plan)\u{201d}, \u{201c}Prefectural Data Utilization Promotion Plan\u{201d}) and a list of the plans and laws they are based on.",
        "The plan's three fields and three priority areas of DX are selectable items, each with an explanation following the source's sentence.",
        "The logo's explanation is split into parts with headings, and an explanatory drawing is added. The drawing's arrangement and details are this site's; it is not the logo.",
        "A drawing of the plan period, marking the fiscal year of the day you visit, is added.",
        "The entries of the table \u{201c}How the plan was decided\u{201d} are given a type (\u{201c}DX Promotion Direction formulated and published\u{201d}, \u{201c}Planning Committee\u{201d}, \u{201c}DX Promotion Headquarters\u{201d}, \u{201c}Headquarters Steering Committee\u{201d}, \u{201c}Public comment\u{201d}) and decision labels (\u{201c}Draft approved\u{201d}, \u{201c}Final draft approved\u{201d}, \u{201c}Plan adopted\u{201d}), and are grouped by fiscal year.",
        "A time axis showing each entry of the timeline at its date is added.",
        "Instead of the source's links to the committee's member list (\u{201c}the member list is here\u{201d}) and to the plan itself and its summary, sentences say that these are linked from the source page.",
        "Each page has a preview image of its own, shown when a link to it is shared.",
        "The controls are this site's own: reading the poem (bottom to top, line by line, autoplay, read aloud), filtering, searching, sorting and downloading the timeline, and sharing.",
        "All English text is this site's own unofficial translation.",
    ],
    about_omitted_intro: "The following, which the source has, are left out here.",
    about_omitted: &[
        "The images of the plan's cover and of the logo (the logo can be seen on the source page)",
        "The direct links to the plan itself, its summary and the committee's member list, a PDF (this site links to the source page instead)",
        "The heading \u{201c}Plan overview\u{201d} (プラン概要)",
        "The breadcrumb trail at the top of the page",
        "The links to share the source page and to follow the prefecture (Facebook, X)",
    ],
    about_data_heading: "Downloading the data",
    about_data_body: "The entries of \u{201c}How the plan was decided\u{201d} can be downloaded as CSV (UTF-8 with BOM, ISO 8601 dates) and as JSON, all of them or only those matching your filters.",
    about_data_csv: "Download CSV or JSON on the timeline page",
    about_data_files: "This site's data files (JSON)",
    about_terms_heading: "Terms of use",
    about_terms: &[
        "The copyright (著作権) in the source's text stays with Aomori Prefecture; its use is subject to the site policy of the prefecture's website. This site grants no licence for it.",
        "In the CSV and JSON downloads, what this site adds (the English translations, the types and decision labels, the column names and the ids) may be reused under the MIT License, as this site's code may. The English translations translate the prefecture's text, so their use is also subject to the prefecture's site policy. The source's Japanese text is not under the MIT License.",
        "The downloadable data are provided as they are. Please check the source page for accurate information.",
        "The MIT License applies to this site's own code; its full text is in the LICENSE file of the site's source repository.",
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
    report_results: ["Pass", "Fail", "Not applicable"],
    report_automated: "Automated test",
    report_manual: "Checked by hand",
    report_note: "Note",
    report_note_partial: "Note (verified in part only)",
    report_quotes: ["\u{201c}", "\u{201d}"],
    report_tests_named: "The tests\u{2019} files and titles",
};
