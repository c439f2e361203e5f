//! The overview's interface strings. Only its page reads them, so the wasm
//! splitter puts them in that page's chunk (`src/pages/chunks.rs`), not in
//! the code every first visit downloads.

use super::Strings;
use crate::content::calendar::fiscal_year_label;
use crate::lang::Lang;

/// The overview's strings; the shared ones through `Deref`.
pub struct OverviewStrings {
    shared: &'static Strings,
    // Overview
    /// The home page's notice that the site is unofficial: text before and
    /// after the link to the source page (the link text is its title).
    pub home_notice: [&'static str; 2],
    /// Where the plan's documents are (before and after the source link).
    pub plan_documents: [&'static str; 2],
    pub aims_heading: &'static str,
    pub positioning_heading: &'static str,
    pub positioning_basis: &'static str,
    pub structure_heading: &'static str,
    pub fields_heading: &'static str,
    pub priorities_heading: &'static str,
    pub logo_heading: &'static str,
    pub decision_heading: &'static str,
    pub to_poem: &'static str,
    pub to_timeline: &'static str,
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
    /// Where the committee's member list is (before and after the source link).
    pub timeline_members: [&'static str; 2],
}

super::page_strings!(OverviewStrings, overview_strings);

static JA: OverviewStrings = OverviewStrings {
    shared: &super::JA,
    home_notice: [
        "このサイトは、青森県の公式サイトではありません。公式の情報は、",
        "をご覧ください。",
    ],
    // The source marks only the member list as a PDF, so no format here.
    plan_documents: ["プラン本編・概要は、", "で公開されています。"],
    aims_heading: "プランがめざすこと",
    positioning_heading: "位置付け",
    positioning_basis: "根拠",
    structure_heading: "プランの構成",
    fields_heading: "3つの分野",
    priorities_heading: "重点的に取り組む3つのDX",
    logo_heading: "ロゴマークに込めた意味",
    decision_heading: "プラン決定までの経過",
    to_poem: "詩「逆転の発想」を読む",
    to_timeline: "決定までの経過を見る",
    period_bar_label: "計画期間:2024(令和6)年度から2028(令和10)年度",
    period_this_year: "今年度",
    // `era` is 「令和8年度」; the year is written as the source writes it: 2026(令和8)年度.
    period_during: |fy, era, year, of| {
        format!(
            "現在は{fy}({})年度で、{of}年間の計画期間のうち{year}年目です。",
            era.trim_end_matches("年度")
        )
    },
    // Fiscal years as the source writes them: 2024(令和6)年度.
    period_before: |start, years| {
        format!(
            "計画期間は{}に始まります(あと{years}年)。",
            fiscal_year_label(start, Lang::Ja)
        )
    },
    period_after: |end| format!("計画期間は{}で終了しました。", fiscal_year_label(end, Lang::Ja)),
    structure_hint: "項目を選択すると、その内容が表示されます。",
    structure_field_detail: |name| {
        format!("「{name}」の分野について、めざすべき社会像や取組方針を示しています。")
    },
    structure_priority_detail: |name| {
        format!("「{name}」のDXを、重点的に取り組むものに設定しています。")
    },
    logo_hint: "説明を選択するか、図の各部分にポインターを合わせると、対応する部分が強調されます。",
    // The drawing's arrangement and details are ours, not the logo's (issue 26).
    logo_figure_caption: "ロゴマークの説明にある「A」「D」「X」の3つの文字と「X」の円を、このサイトが描いた図です。文字の並べ方や形などの細部はこのサイトによる説明のためのもので、ロゴマークそのものではありません。青森県の形は描いていません。",
    logo_where: [
        "ロゴマークそのものは、",
        "出典の青森県ホームページ",
        "でご覧いただけます。",
    ],
    timeline_members: [
        "※「(仮称)青森県DX推進プラン」策定委員会の委員名簿(PDF)は、",
        "で公開されています。",
    ],
};

static EN: OverviewStrings = OverviewStrings {
    shared: &super::EN,
    home_notice: ["This is not a website of Aomori Prefecture. For the official information, see ", "."],
    plan_documents: ["The plan itself and its summary are linked from ", "."],
    aims_heading: "What the plan aims for",
    positioning_heading: "Positioning",
    positioning_basis: "Based on",
    structure_heading: "Structure of the plan",
    fields_heading: "Three fields",
    priorities_heading: "Three priority areas of DX",
    logo_heading: "What the logo means",
    decision_heading: "How the plan was decided",
    to_poem: "Read the poem \u{201c}Reverse Thinking\u{201d}",
    to_timeline: "See how the plan was decided",
    period_bar_label: "Plan period: FY2024 (Reiwa 6) to FY2028 (Reiwa 10)",
    period_this_year: "This fiscal year",
    // Fiscal years as the timeline's headings write them: FY2026 (Reiwa 8).
    period_during: |fy, era, year, of| format!("It is now FY{fy} ({era}): year {year} of the {of}-year plan period."),
    period_before: |start, years| format!("The plan period begins in {} ({years} fiscal year{} from now).", fiscal_year_label(start, Lang::En), if years == 1 { "" } else { "s" }),
    period_after: |end| format!("The plan period ended with {}.", fiscal_year_label(end, Lang::En)),
    structure_hint: "Select an item to see what the plan sets out for it.",
    // In the words of the plan's summary (data/plan.json) and the headings.
    structure_field_detail: |name| format!("For the field \u{201c}{name}\u{201d}, the plan sets out the vision of society to aim for and the policies for action."),
    structure_priority_detail: |name| format!("\u{201c}{name}\u{201d} is one of the plan's three priority areas of DX."),
    logo_hint: "Select an explanation, or point at a part of the drawing, to highlight the matching part.",
    logo_figure_caption: "This site's own drawing of what the explanation names: the three letters A, D and X, and the circles of the X. Their arrangement and every detail are this site's illustration, not the logo, and the drawing does not show the shape of the prefecture.",
    logo_where: ["The logo itself can be seen on ", "Aomori Prefecture's page, the source of this guide", "."],
    timeline_members: ["The member list of the Planning Committee, a PDF, is linked from ", "."],
};
