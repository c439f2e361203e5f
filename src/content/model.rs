//! Plain data types for the content JSON in `public/data/`.
//!
//! Editors change the JSON, never these types. Unknown fields are ignored so
//! that content can grow ahead of the code; every field named here is required.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A user-visible text in both languages. Japanese is the original; English is
/// our own (unofficial) translation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

/// `data/plan.json`: the overview of the plan.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Plan {
    /// 青森県DX推進プラン
    pub title: Text,
    /// The opening paragraph: what the plan is and that it was adopted.
    pub intro: Text,
    /// 基本理念: 青森県はDXでもっとおもしろくなる
    pub philosophy: Text,
    /// The paragraph that states the philosophy and the aims in one sentence.
    pub purpose: Text,
    /// The two aims named in `purpose`, as they appear there.
    pub aims: Vec<Text>,
    /// 位置付け: three positionings.
    pub positioning: Vec<Positioning>,
    /// 期間
    pub period: Period,
    /// プランの構成
    pub structure: Structure,
    /// The meaning of the DX promotion logo.
    pub logo: Logo,
    /// プラン決定までの経過: the summary paragraph above the table.
    pub decision: Decision,
    /// The prefecture's page this site is based on, credited in the footer
    /// and on the about page.
    pub source: SourcePage,
    /// Japanese names that a line never breaks inside, wherever they appear
    /// on the site (see [`super::unbreakable`]); each 2–16 characters.
    pub unbreakable: Vec<String>,
}

/// The source page: its address and how it is credited. Its link is
/// checked when the file is loaded (see [`super::validate::check_link`]).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct SourcePage {
    /// The page's `https:` address.
    pub url: String,
    /// The link text: 青森県「青森県DX推進プランについて」
    pub title: Text,
    /// The page's update date as it states it: 更新日付:2024年2月29日
    pub updated: Text,
    /// The division that publishes it: 総合政策部 DX推進課
    pub section: Text,
}

/// One of the plan's positionings, with the plans or laws it rests on
/// (empty where the source names none).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Positioning {
    pub id: String,
    /// Short name, e.g. 都道府県データ活用推進計画.
    pub label: Text,
    /// The full sentence from the source.
    pub text: Text,
    /// The plans or laws named as its basis.
    pub basis: Vec<Text>,
}

/// The plan period in Japanese fiscal years (April to March).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Period {
    /// First fiscal year (Western calendar), e.g. 2024.
    pub start_fiscal_year: i32,
    /// Last fiscal year, inclusive, e.g. 2028.
    pub end_fiscal_year: i32,
    /// The source's sentence: 2024(令和6)年度から2028(令和10)年度の5年間
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Structure {
    /// The source's sentence describing the structure.
    pub summary: Text,
    /// 3 fields: 産業・しごと, 暮らし・まち, 行政経営
    pub fields: Vec<Item>,
    /// 3 priority DX: 産業, 防災, 教育
    pub priorities: Vec<Item>,
}

/// A named thing with a stable id.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Item {
    pub id: String,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Logo {
    /// The source's three bullet points, exact.
    pub points: Vec<Text>,
    /// The same meaning split into the parts of the mark, for the illustration.
    pub parts: Vec<LogoPart>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct LogoPart {
    pub id: LogoPartId,
    pub label: Text,
    pub explanation: Text,
}

/// The parts of the logo's meaning that the drawing illustrates. A type,
/// not a string, so that an unknown id in `plan.json` fails the load with
/// the field's path instead of leaving a part the drawing cannot point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogoPartId {
    /// 青森の「A」
    A,
    /// デジタルの「D」
    D,
    /// トランスフォーメーションの「X」
    X,
    /// The three letters together form the prefecture's shape.
    Shape,
    /// The X's circles grow toward its tips.
    Circles,
    /// The A is an arrow showing the direction of travel.
    Arrow,
    /// The wish for the future (a mood, not drawn).
    Wish,
}

impl LogoPartId {
    /// The id as in the JSON, and in the drawing's CSS classes (`part-a`).
    pub fn as_str(self) -> &'static str {
        match self {
            LogoPartId::A => "a",
            LogoPartId::D => "d",
            LogoPartId::X => "x",
            LogoPartId::Shape => "shape",
            LogoPartId::Circles => "circles",
            LogoPartId::Arrow => "arrow",
            LogoPartId::Wish => "wish",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Decision {
    /// The summary paragraph (committee in April 2023, HQ decision in February 2024).
    pub summary: Text,
}

/// `data/poem.json`: 「逆転の発想」.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Poem {
    /// 逆転の発想
    pub title: Text,
    /// How to read it: top to bottom, then bottom to top, line by line.
    pub instruction: Text,
    /// いかがでしょうか。意味が逆転するのが分かると思います。
    pub reflection: Text,
    /// The prefecture's wish: dispel 「青森県だから仕方ない」, aim for the 2040 goal.
    pub wish: Text,
    /// The 12 lines in the source's order (top to bottom).
    pub lines: Vec<Text>,
}

/// `data/timeline.json`: プラン決定までの経過.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Timeline {
    /// The bodies an entry can belong to, in display order.
    pub bodies: Vec<Body>,
    /// The milestones an entry can reach.
    pub milestones: Vec<Milestone>,
    /// The entries, oldest first.
    pub entries: Vec<Entry>,
}

impl Timeline {
    /// The body with this id (checked to exist for every entry on load).
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// The milestone with this id.
    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.id == id)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Body {
    /// Stable id used in URLs, e.g. `committee`.
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Milestone {
    /// Stable id, e.g. `draft`.
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Entry {
    /// Stable id, used as the permalink fragment.
    pub id: String,
    /// ISO 8601 date, e.g. `2023-09-28`.
    pub start: String,
    /// ISO 8601 end date for a range, else absent.
    #[serde(default)]
    pub end: Option<String>,
    /// The date exactly as the source writes it, e.g. `2023.9.28~10.27`.
    pub source_date: String,
    pub text: Text,
    /// Id of one of `Timeline::bodies`.
    pub body: String,
    /// Id of one of `Timeline::milestones`, where the text names one.
    #[serde(default)]
    pub milestone: Option<String>,
}

/// `data/accessibility.json`: the site's JIS X 8341-3:2016 test report, one
/// row per success criterion of the target level and below.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Accessibility {
    /// The conformance level the site aims for and was tested against: `AA`.
    pub target: String,
    /// The day the report's checks were done, `YYYY-MM-DD`.
    pub tested: String,
    /// The pages tested, as route paths under the site's base (`""`, `poem`,
    /// `en/poem`, …): every route, checked natively against the router.
    pub scope: Vec<String>,
    /// How the site was tested: the guideline followed, the tools, what was
    /// done by hand.
    pub method: Text,
    /// The criteria, in the standard's order.
    pub criteria: Vec<Criterion>,
}

/// One success criterion and how the site meets it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Criterion {
    /// Its number, e.g. `1.4.3`.
    pub id: String,
    /// `A` or `AA`.
    pub level: String,
    /// Its name: the JIS X 8341-3:2016 wording and the WCAG 2.0 one.
    pub name: Text,
    /// `pass` (適合), `fail` (不適合), `partial` (verified in part: shown as
    /// 適合, its note labelled as covering only part), or `na` (非適用:
    /// nothing on the site it applies to).
    pub result: String,
    /// The automated tests that check it.
    #[serde(default)]
    pub tests: Vec<TestRef>,
    /// What was checked by hand, and how.
    #[serde(default)]
    pub manual: Option<Text>,
    /// Why it does not apply, or what is not yet verified.
    #[serde(default)]
    pub note: Option<Text>,
}

impl Criterion {
    /// Whether anything on the site falls under it (適用).
    pub fn applies(&self) -> bool {
        self.result != "na"
    }
}

/// An automated test: the file it is in (from the repository's root), its
/// title (a Playwright test's or describe block's, or a Rust test's fn name),
/// and what it checks, for readers (the same words wherever it is named).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct TestRef {
    pub file: String,
    pub test: String,
    pub what: Text,
}
