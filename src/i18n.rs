//! Interface strings in both languages. Content (the plan, the poem, the
//! timeline) lives in the JSON files; everything else a user reads is here.

use crate::routing::Page;

use crate::lang::Lang;

// Each page's own strings, in its module: not re-exported here, so that
// these modules depend on this one and not the other way round.
pub mod about;
#[cfg(not(target_arch = "wasm32"))]
mod cards;
pub mod overview;
pub mod poem;
pub mod timeline;

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

/// A page's own strings (`$ty`, in its module) as `Lang::$name()`, with the
/// shared ones reachable through them.
macro_rules! page_strings {
    ($ty:ident, $name:ident) => {
        impl std::ops::Deref for $ty {
            type Target = crate::i18n::Strings;
            fn deref(&self) -> &crate::i18n::Strings {
                self.shared
            }
        }

        impl crate::lang::Lang {
            pub fn $name(self) -> &'static $ty {
                match self {
                    crate::lang::Lang::Ja => &JA,
                    crate::lang::Lang::En => &EN,
                }
            }
        }
    };
}
use page_strings;

/// The interface strings shared by the frame and more than one page; each
/// page's own are in its module (`PoemStrings`, …). Structs rather than maps
/// so that a missing translation is a compile error.
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
    /// The menu's names on a phone, where the four must fit one row:
    /// overview, poem, timeline, about.
    pub nav_short: [&'static str; 4],
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
    /// After a label: 「:」 in Japanese (half-width, as the source writes
    /// 「更新日付:」 and 「本部長:知事」, so the footer has one style), ": " in English.
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
    /// A page's code (its wasm chunk) could not be loaded.
    pub page_code_failed: &'static str,
    pub philosophy_label: &'static str,
    pub period_heading: &'static str,
    pub share_label: &'static str,
    pub share_facebook: &'static str,
    pub share_x: &'static str,
    pub share_line: &'static str,
    pub share_native: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
}

impl Strings {
    /// A page's name in the phone's menu ([`Self::nav_short`]).
    pub fn page_short_name(&self, page: Page) -> &'static str {
        let [overview, poem, timeline, about] = self.nav_short;
        match page {
            Page::Overview => overview,
            Page::Poem => poem,
            Page::Timeline => timeline,
            Page::About => about,
        }
    }

    pub fn page_name(&self, page: Page) -> &'static str {
        match page {
            Page::Overview => self.page_overview,
            Page::Poem => self.page_poem,
            Page::Timeline => self.page_timeline,
            Page::About => self.page_about,
        }
    }

    /// The document title of a page (`None`: the not-found page), also its
    /// `og:title`. Every page's carries the tagline 「非公式ガイド」 /
    /// "Unofficial guide": the title is what a share or a bookmark shows, and
    /// a page titled only with the plan's name reads like the prefecture's.
    pub fn document_title(&self, page: Option<Page>) -> String {
        match page {
            Some(Page::Overview) => self.site_title.to_string(),
            Some(page) => format!("{} | {}", self.page_name(page), self.site_title),
            None => format!("{} | {}", self.not_found_title, self.site_title),
        }
    }
}

static JA: Strings = Strings {
    site_name: "青森県DX推進プラン",
    site_tagline: "非公式ガイド",
    site_title: "青森県DX推進プラン(非公式ガイド)",
    meta_description: "2024(令和6)年度から2028(令和10)年度までの青森県DX推進プランについて、基本理念、詩「逆転の発想」、策定までの経過を日本語と英語で紹介する非公式のサイトです。",
    skip_link: "本文へ移動",
    nav_label: "メインメニュー",
    lang_label: "言語",
    page_overview: "プランの概要",
    page_poem: "逆転の発想",
    page_timeline: "プラン決定までの経過",
    page_about: "このサイトについて",
    nav_short: ["概要", "逆転の発想", "経過", "このサイト"],
    not_found_title: "ページが見つかりません",
    not_found_body: "お探しのページは見つかりませんでした。URLに誤りがないかご確認ください。",
    not_found_home: "トップページへ戻る",
    footer_source_label: "出典",
    footer_source_updated: |updated| format!("出典ページの{updated}"),
    footer_site_updated: |date| format!("このサイトの最終更新日:{date}"),
    colon: ":",
    list_sep: "/",
    unofficial_note: "このサイトは青森県の公式サイトではありません。青森県が公開している情報をもとにした非公式の紹介ページです。",
    print_url_label: "このページのURL",
    loading: "読み込んでいます…",
    load_failed: |file| format!("「{file}」を読み込めませんでした。"),
    load_failed_status: |status| format!("サーバーからエラー(ステータスコード:{status})が返されました。"),
    load_failed_network: "ネットワークに接続できませんでした。通信状況をご確認ください。",
    load_failed_format: "ファイルの内容が正しい形式ではありません。",
    retry: "もう一度読み込む",
    page_code_failed: "このページの表示に必要なプログラムを読み込めませんでした。",
    philosophy_label: "基本理念",
    period_heading: "期間",
    share_label: "このページをシェア",
    share_facebook: "Facebookでシェア",
    share_x: "Xでシェア",
    share_line: "LINEでシェア",
    share_native: "ほかの方法でシェア",
    copy_link: "リンクをコピー",
    link_copied: "リンクをコピーしました。",
    copy_failed: "リンクをコピーできませんでした。アドレスバーのURLをご利用ください。",
};

static EN: Strings = Strings {
    site_name: "Aomori Prefecture DX Promotion Plan",
    site_tagline: "Unofficial guide",
    site_title: "Aomori Prefecture DX Promotion Plan (Unofficial guide)",
    meta_description: "An unofficial site presenting Aomori Prefecture's DX Promotion Plan (FY2024 to FY2028) in Japanese and English: its basic philosophy, the poem “Reverse Thinking” and how the plan was decided.",
    skip_link: "Skip to main content",
    nav_label: "Main menu",
    lang_label: "Language",
    page_overview: "Overview",
    page_poem: "Reverse Thinking",
    page_timeline: "How the plan was decided",
    page_about: "About this site",
    nav_short: ["Overview", "Poem", "Timeline", "About"],
    not_found_title: "Page not found",
    not_found_body: "We could not find the page you were looking for. Please check the address.",
    not_found_home: "Go to the home page",
    footer_source_label: "Source",
    // `source.updated` reads "Updated 29 February 2024".
    footer_source_updated: |updated| {
        // Its first letter lower-cased when ASCII, as it is (`to_lowercase`
        // would bring Unicode's case table into the wasm).
        match updated.get(..1) {
            Some(first) => format!("Source page {}{}", first.to_ascii_lowercase(), &updated[1..]),
            None => format!("Source page {updated}"),
        }
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
    page_code_failed: "The program this page needs could not be loaded.",
    philosophy_label: "Basic philosophy",
    period_heading: "Period",
    share_label: "Share this page",
    share_facebook: "Share on Facebook",
    share_x: "Share on X",
    share_line: "Share on LINE",
    share_native: "Share another way",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    copy_failed: "The link could not be copied. Please use the address in the address bar.",
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

    /// Every page's title (also its `og:title`, what a share or bookmark
    /// shows) says the site is unofficial, in both languages (issue 26, item 5).
    #[test]
    fn every_title_says_unofficial() {
        let pages = Page::ALL.into_iter().map(Some).chain([None]);
        for page in pages {
            assert!(Lang::Ja
                .strings()
                .document_title(page)
                .ends_with("青森県DX推進プラン(非公式ガイド)"));
            assert!(Lang::En
                .strings()
                .document_title(page)
                .ends_with("Aomori Prefecture DX Promotion Plan (Unofficial guide)"));
        }
        assert_eq!(
            Lang::Ja.strings().document_title(Some(Page::Poem)),
            "逆転の発想 | 青森県DX推進プラン(非公式ガイド)"
        );
        assert_eq!(
            Lang::En.strings().document_title(None),
            "Page not found | Aomori Prefecture DX Promotion Plan (Unofficial guide)"
        );
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
            "このサイトの最終更新日:2026年11月25日"
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
        let t_about = Lang::Ja.about_strings();
        let t_overview = Lang::Ja.overview_strings();
        let t_poem = Lang::Ja.poem_strings();
        let t_timeline = Lang::Ja.timeline_strings();
        assert_eq!(
            (t.load_failed_status)(404),
            "サーバーからエラー(ステータスコード:404)が返されました。"
        );
        assert_eq!(t_poem.poem_play, "自動再生");
        assert_eq!(
            t_poem.poem_now_original,
            "上から下の順(1行目→12行目)で表示しています。"
        );
        assert_eq!(
            t_poem.poem_now_reverse,
            "下から上の順(12行目→1行目)で表示しています。"
        );
        // Fiscal years as the source writes them (issue 26, item 7).
        assert_eq!(
            (t_overview.period_before)(2024, 1),
            "計画期間は2024(令和6)年度に始まります(あと1年)。"
        );
        assert_eq!(
            (t_overview.period_after)(2028),
            "計画期間は2028(令和10)年度で終了しました。"
        );
        assert_eq!(
            t_overview.period_bar_label,
            "計画期間:2024(令和6)年度から2028(令和10)年度"
        );
        assert!(t
            .meta_description
            .starts_with("2024(令和6)年度から2028(令和10)年度まで"));
        assert_eq!(
            (t_overview.period_during)(2026, "令和8年度", 3, 5),
            "現在は2026(令和8)年度で、5年間の計画期間のうち3年目です。"
        );
        assert_eq!(
            t_overview.structure_hint,
            "項目を選択すると、その内容が表示されます。"
        );
        assert!(t_overview.logo_hint.contains("図の各部分に"));
        assert_eq!(
            t_overview.logo_where.concat(),
            "ロゴマークそのものは、出典の青森県ホームページでご覧いただけます。"
        );
        assert_eq!(t_timeline.timeline_bodies_legend, "区分");
        assert_eq!(t_timeline.timeline_period_legend, "時期");
        assert_eq!(t_timeline.timeline_clear, "絞り込みを解除");
        assert_eq!((t_timeline.timeline_count)(11, 4), "全11件中4件を表示");
        assert_eq!(
            (t_timeline.timeline_more)(20, 71),
            "さらに20件を表示(残り71件)"
        );
        assert_eq!(
            (t_timeline.timeline_ignored)("body=nobody"),
            "URLに含まれる次の条件は認識できないため、適用していません:body=nobody"
        );
        assert!(t_about.about_source_body.contains("基づいています"));
        assert!(!t_about.about_source_body.contains("もとづ"));
        // One colon style, the source's half-width one (「更新日付:」).
        assert_eq!(t.colon, ":");
        assert!(!(t.footer_site_updated)("x").contains('：'));
        assert_eq!(t.list_sep, "/");
        assert_eq!((t_poem.poem_step_status)(3, 12, "x"), "12行中3行目:x");
        // Issue 26, item 7: said once, a count of conditions, a whole sentence.
        assert_eq!(
            t_overview.home_notice[0],
            "このサイトは、青森県の公式サイトではありません。公式の情報は、"
        );
        assert_eq!((t_timeline.timeline_filter_toggle)(0), "絞り込み");
        assert_eq!(
            (t_timeline.timeline_filter_toggle)(2),
            "絞り込み(2件の条件を適用中)"
        );
        assert_eq!(
            t_poem.read_aloud_failed,
            "音声合成でエラーが発生したため、読み上げを停止しました。"
        );
        assert_eq!(t_about.report_results, ["適合", "不適合", "非適用"]);
        assert_eq!(t_about.report_note_partial, "注記(確認は一部のみ)");
        assert_eq!(t_about.about_data_heading, "データのダウンロード");
        assert!(t_about.about_a11y_body.starts_with(
            "このサイトは、JIS X 8341-3:2016の適合レベルAAに準拠することを目標としています"
        ));
    }

    #[test]
    fn english_interface_wording() {
        let t = Lang::En.strings();
        let t_poem = Lang::En.poem_strings();
        let t_timeline = Lang::En.timeline_strings();
        let t_overview = Lang::En.overview_strings();
        assert_eq!(t_timeline.timeline_bodies_legend, "Type");
        assert_eq!(t_poem.poem_play, "Autoplay");
        assert_eq!(t.colon, ": ");
        // One style for fiscal years, the timeline headings' (issue 26, item 6).
        assert_eq!(
            (t_overview.period_during)(2026, "Reiwa 8", 3, 5),
            "It is now FY2026 (Reiwa 8): year 3 of the 5-year plan period."
        );
        assert_eq!(
            (t_overview.period_before)(2024, 2),
            "The plan period begins in FY2024 (Reiwa 6) (2 fiscal years from now)."
        );
        assert_eq!(
            (t_overview.period_after)(2028),
            "The plan period ended with FY2028 (Reiwa 10)."
        );
        assert!(t.meta_description.contains("(FY2024 to FY2028)"));
        let all_en = [
            t.meta_description,
            t_overview.period_bar_label,
            &(t_overview.period_during)(2026, "Reiwa 8", 3, 5),
        ]
        .concat();
        assert!(!all_en.contains("fiscal 20"), "{all_en}");
        // The structure in the words of the plan's summary.
        assert_eq!(
            (t_overview.structure_field_detail)("Industry and work"),
            "For the field \u{201c}Industry and work\u{201d}, the plan sets out the vision of society to aim for and the policies for action."
        );
        assert_eq!(
            (t_overview.structure_priority_detail)("Education"),
            "\u{201c}Education\u{201d} is one of the plan's three priority areas of DX."
        );
        assert!(t_overview
            .priorities_heading
            .ends_with("priority areas of DX"));
        // Say less where the source is silent: no format for the plan's documents.
        assert!(!t_overview.plan_documents.concat().contains("PDF"));
        assert!(!t_overview.plan_documents.concat().contains("in Japanese"));
        assert_eq!(
            Lang::En.about_strings().report_results,
            ["Pass", "Fail", "Not applicable"]
        );
    }

    /// About lists everything the site adds, the terms, and no maintainer
    /// instructions (those are in the README).
    #[test]
    fn about_is_complete_and_for_visitors() {
        for lang in Lang::ALL {
            let t = lang.about_strings();
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
        let ja = Lang::Ja.about_strings();
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
            // Issue 26, item 2: every edit, said plainly.
            "3つのページに分けて",
            "出典はこれを「詩」とは呼んでいません",
            "「この画像をクリックして、」を除き",
            "案内の文(「まずは普通に…」)と「いかがでしょうか。…」の間",
            "「ロゴマークに込めた意味」(出典の見出しは「本県のDX推進のロゴマーク」)",
            "「3つの分野」",
            "「重点的に取り組む3つのDX」",
            "経過の年度ごとの見出し、",
            "閲覧している日の年度",
            "時間軸",
            "委員名簿とプラン本編・概要",
            "紹介画像",
            "ロゴマークそのものではありません",
        ] {
            assert!(edits.contains(added), "about_edits lacks {added}");
        }
        let omitted = ja.about_omitted.concat();
        for left_out in [
            "表紙とロゴマークの画像",
            "直接のリンク",
            "「プラン概要」の見出し",
            "フォロー",
        ] {
            assert!(omitted.contains(left_out), "about_omitted lacks {left_out}");
        }
        // Both languages list as many, one for one.
        let en = Lang::En.about_strings();
        assert_eq!(ja.about_edits.len(), en.about_edits.len());
        assert_eq!(ja.about_omitted.len(), en.about_omitted.len());
        let en_edits = en.about_edits.concat();
        for added in [
            "does not call it a poem",
            "(この画像をクリックして、)",
            "\u{201c}What do you think?\u{201d}",
            "(the source's heading is \u{201c}The logo of the prefecture's DX promotion\u{201d}",
            "\u{201c}Three fields\u{201d}",
            "\u{201c}FY2023 (Reiwa 5)\u{201d}",
            "time axis",
            "preview image",
            "it is not the logo",
            "\u{201c}DX Promotion Direction formulated and published\u{201d}",
        ] {
            assert!(
                en_edits.contains(added),
                "English about_edits lacks {added}"
            );
        }
        assert!(en.about_omitted.concat().contains("(プラン概要)"));

        let terms = ja.about_terms.concat();
        assert!(terms.contains("著作権は青森県に帰属"));
        assert!(terms.contains("サイトポリシー"));
        assert!(terms.contains("現状のまま"));
        // Issue 26, item 8: the licence names its file, says what of the
        // downloads it covers, and is never claimed for the prefecture's text.
        for lang in Lang::ALL {
            let t = lang.about_strings();
            let terms = t.about_terms.concat();
            assert!(terms.contains("LICENSE"), "{lang:?}");
            assert!(terms.contains("CSV") && terms.contains("JSON"), "{lang:?}");
            assert!(!terms.contains("公開しています"), "{lang:?}");
            assert!(!terms.contains("published under"), "{lang:?}");
        }
        assert!(terms.contains("出典の日本語の文章は、MITライセンスの対象ではありません"));
        assert!(terms.contains("出典の文章の利用を許諾することはありません"));
        let en_terms = en.about_terms.concat();
        assert!(en_terms.contains("(著作権)"));
        assert!(en_terms.contains("The source's Japanese text is not under the MIT License"));
        assert!(en_terms.contains("This site grants no licence for it"));
    }
}
