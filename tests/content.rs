//! Checks the content JSON in `public/data/` against the facts of the source
//! page (青森県DX推進プランについて, Aomori Prefecture, updated 2024-02-29).
//!
//! The expected Japanese strings are copied from the source literally. Note two
//! oddities of the source that are kept on purpose: it uses ASCII parentheses
//! throughout (e.g. `(仮称)`, `2024(令和6)年度`), and it has a no-break space
//! (U+00A0) before `(素案決定)` and before ` (アクションプラン)`.

use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

use aomori_dx::content::model::{Plan, Poem, Text, Timeline};
use serde::de::DeserializeOwned;

fn read_json<T: DeserializeOwned>(name: &str) -> T {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "public", "data", name]
        .iter()
        .collect();
    let raw =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    assert!(
        !raw.starts_with('\u{feff}'),
        "{} must not start with a BOM",
        path.display()
    );
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("cannot parse {}: {e}", path.display()))
}

fn plan() -> Plan {
    read_json("plan.json")
}

fn poem() -> Poem {
    read_json("poem.json")
}

fn timeline() -> Timeline {
    read_json("timeline.json")
}

/// Every `Text` in the three files, with a path for error messages.
fn all_texts<'a>(
    plan: &'a Plan,
    poem: &'a Poem,
    timeline: &'a Timeline,
) -> Vec<(String, &'a Text)> {
    let mut out: Vec<(String, &Text)> = vec![
        ("plan.title".into(), &plan.title),
        ("plan.intro".into(), &plan.intro),
        ("plan.philosophy".into(), &plan.philosophy),
        ("plan.purpose".into(), &plan.purpose),
        ("plan.period.text".into(), &plan.period.text),
        ("plan.structure.summary".into(), &plan.structure.summary),
        ("plan.decision.summary".into(), &plan.decision.summary),
        ("plan.source.title".into(), &plan.source.title),
        ("plan.source.updated".into(), &plan.source.updated),
        ("plan.source.section".into(), &plan.source.section),
        ("poem.title".into(), &poem.title),
        ("poem.instruction".into(), &poem.instruction),
        ("poem.reflection".into(), &poem.reflection),
        ("poem.wish".into(), &poem.wish),
    ];
    for (i, t) in plan.aims.iter().enumerate() {
        out.push((format!("plan.aims[{i}]"), t));
    }
    for p in &plan.positioning {
        out.push((format!("plan.positioning[{}].label", p.id), &p.label));
        out.push((format!("plan.positioning[{}].text", p.id), &p.text));
        for (i, b) in p.basis.iter().enumerate() {
            out.push((format!("plan.positioning[{}].basis[{i}]", p.id), b));
        }
    }
    for f in &plan.structure.fields {
        out.push((format!("plan.structure.fields[{}]", f.id), &f.name));
    }
    for f in &plan.structure.priorities {
        out.push((format!("plan.structure.priorities[{}]", f.id), &f.name));
    }
    for (i, t) in plan.logo.points.iter().enumerate() {
        out.push((format!("plan.logo.points[{i}]"), t));
    }
    for p in &plan.logo.parts {
        out.push((
            format!("plan.logo.parts[{}].label", p.id.as_str()),
            &p.label,
        ));
        out.push((
            format!("plan.logo.parts[{}].explanation", p.id.as_str()),
            &p.explanation,
        ));
    }
    for (i, t) in poem.lines.iter().enumerate() {
        out.push((format!("poem.lines[{i}]"), t));
    }
    for b in &timeline.bodies {
        out.push((format!("timeline.bodies[{}]", b.id), &b.label));
    }
    for m in &timeline.milestones {
        out.push((format!("timeline.milestones[{}]", m.id), &m.label));
    }
    for e in &timeline.entries {
        out.push((format!("timeline.entries[{}]", e.id), &e.text));
    }
    out
}

/// Hiragana, katakana (including ・ and ー), CJK ideographs and the
/// Japanese punctuation and full-width forms.
fn is_japanese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303f}'
        | '\u{3040}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ff00}'..='\u{ffef}')
}

fn ids<'a>(iter: impl Iterator<Item = &'a String>) -> Vec<&'a str> {
    iter.map(String::as_str).collect()
}

fn ja<'a>(texts: impl Iterator<Item = &'a Text>) -> Vec<&'a str> {
    texts.map(|t| t.ja.as_str()).collect()
}

// ---------------------------------------------------------------- poem

const POEM_LINES: [&str; 12] = [
    "青森県はDXでもっとおもしろくなる。",
    "いや、そんなことは絶対にない。",
    "やる気を起こすなんてできっこない。",
    "それでも誰かが言うだろう。",
    "失敗したらやり直し、未来を切り開け。",
    "こどもたちに託せる明日のために。",
    "今こそ挑戦のときだ。",
    "そうだとしても、",
    "絶望感が覆い尽くす。",
    "仕事もないし、結婚もできない。",
    "大人たちはみんな諦めている。",
    "青森県だから仕方がない。",
];

const POEM_LINES_EN: [&str; 12] = [
    "Aomori will become even more interesting with DX.",
    // Read both ways: a denial of line 1 (top down) and of line 3 (bottom up).
    "No, that's not true at all.",
    "Finding the will to try is impossible.",
    "Still, someone is bound to say:",
    "If you fail, start over and open up the future.",
    "For a tomorrow we can entrust to our children.",
    "Now is the time to take on the challenge.",
    "Even so,",
    "Despair covers everything.",
    "There are no jobs, and we can't even get married.",
    "The grown-ups have all given up.",
    "It's Aomori, so nothing can be done.",
];

#[test]
fn poem_lines_are_exact_and_in_source_order() {
    let poem = poem();
    assert_eq!(ja(poem.lines.iter()), POEM_LINES);
}

#[test]
fn poem_english_lines_are_the_agreed_reversible_translation() {
    let poem = poem();
    let en: Vec<&str> = poem.lines.iter().map(|t| t.en.as_str()).collect();
    assert_eq!(en, POEM_LINES_EN);
    for line in &en {
        assert!(
            !line.chars().any(is_japanese),
            "English poem line contains Japanese: {line:?}"
        );
    }
}

#[test]
fn poem_title_instruction_reflection_and_wish() {
    let poem = poem();
    assert_eq!(poem.title.ja, "逆転の発想");
    assert_eq!(poem.title.en, "Reverse Thinking");
    // The source says 「この画像をクリックして、」 first; the site shows text, not an image.
    assert_eq!(
        poem.instruction.ja,
        "まずは普通に上から下まで読んだ後に、逆に下から上まで1行ずつ読んでみてください。"
    );
    assert_eq!(
        poem.reflection.ja,
        "いかがでしょうか。意味が逆転するのが分かると思います。"
    );
    assert_eq!(
        poem.wish.ja,
        "県では、「青森県だから仕方ない」という諦めを払しょくし、デジタル技術を最大限に活用しながら、基本計画にある2040年のめざす姿「若者が、未来を自由に描き、実現できる社会」を目指して、この逆転の発想で挑戦していきたいと考えています。"
    );
    for (name, t) in [
        ("title", &poem.title),
        ("instruction", &poem.instruction),
        ("reflection", &poem.reflection),
        ("wish", &poem.wish),
    ] {
        assert!(
            !t.en.chars().any(is_japanese),
            "poem.{name}.en contains Japanese: {:?}",
            t.en
        );
    }
}

// ---------------------------------------------------------------- plan

#[test]
fn plan_title_intro_philosophy_and_purpose() {
    let plan = plan();
    assert_eq!(plan.title.ja, "青森県DX推進プラン");
    assert!(plan.title.en.contains("青森県DX推進プラン"));
    assert_eq!(
        plan.intro.ja,
        "県では、本県におけるDX(デジタルトランスフォーメーション)を推進するための官民全体で共有すべき指針として、「青森県DX推進プラン」を策定しました。"
    );
    assert_eq!(plan.philosophy.ja, "青森県はDXでもっとおもしろくなる");
    assert_eq!(
        plan.purpose.ja,
        "本プランでは、「青森県はDXでもっとおもしろくなる」を基本理念に掲げ、新たなしごとや働き方で、産業を未来につないでいくことや、県民一人ひとりがつながり、豊かさと安心を築くことをめざして、県民の皆様や市町村、民間企業等とも連携しながらDXを推進していくこととしています。"
    );
    assert!(plan.purpose.ja.contains(&plan.philosophy.ja));
    // The poem opens with the philosophy.
    assert_eq!(POEM_LINES[0], format!("{}。", plan.philosophy.ja));
}

#[test]
fn plan_aims_appear_in_purpose() {
    let plan = plan();
    assert_eq!(
        ja(plan.aims.iter()),
        [
            "新たなしごとや働き方で、産業を未来につないでいくこと",
            "県民一人ひとりがつながり、豊かさと安心を築くこと",
        ]
    );
    for aim in &plan.aims {
        assert!(
            plan.purpose.ja.contains(&aim.ja),
            "aim not in purpose: {}",
            aim.ja
        );
    }
}

#[test]
fn plan_positioning() {
    let plan = plan();
    let p = &plan.positioning;
    assert_eq!(
        ids(p.iter().map(|x| &x.id)),
        ["guideline", "action-plan", "data-plan"]
    );
    assert_eq!(
        ja(p.iter().map(|x| &x.label)),
        [
            "指針",
            "個別計画(アクションプラン)",
            "都道府県データ活用推進計画"
        ]
    );
    assert_eq!(
        ja(p.iter().map(|x| &x.text)),
        [
            "あらゆる分野においてDXを推進するための官民全体で共有すべき指針",
            // U+00A0 then an ordinary space, as in the source.
            "「青森県基本計画『青森新時代』への架け橋」及び「青森県行財政改革大綱」に基づき、各分野におけるDX関連施策の取組を加速化させるための個別計画\u{a0} (アクションプラン)",
            "「官民データ活用推進基本法」に基づく「都道府県データ活用推進計画」",
        ]
    );
    // The source names no basis for the first positioning.
    assert!(p[0].basis.is_empty());
    assert_eq!(
        ja(p[1].basis.iter()),
        [
            "青森県基本計画『青森新時代』への架け橋",
            "青森県行財政改革大綱"
        ]
    );
    assert_eq!(ja(p[2].basis.iter()), ["官民データ活用推進基本法"]);
    for pos in p {
        for b in &pos.basis {
            assert!(
                pos.text.ja.contains(&format!("「{}」", b.ja)),
                "basis {:?} not named in {:?}",
                b.ja,
                pos.id
            );
            // Proper names are kept beside the English so readers can search for them.
            assert!(
                b.en.contains(&b.ja),
                "basis en lacks the Japanese name: {}",
                b.en
            );
        }
    }
}

#[test]
fn plan_period() {
    let plan = plan();
    assert_eq!(plan.period.start_fiscal_year, 2024);
    assert_eq!(plan.period.end_fiscal_year, 2028);
    assert_eq!(
        plan.period.text.ja,
        "2024(令和6)年度から2028(令和10)年度の5年間"
    );
    // The sentences say what the two numbers say (the bar is drawn from the
    // numbers, the sentences are shown beside it): years, eras and length.
    let (start, end) = (plan.period.start_fiscal_year, plan.period.end_fiscal_year);
    let years = ["One", "Two", "Three", "Four", "Five", "Six"];
    assert_eq!(
        plan.period.text.ja,
        format!(
            "{start}(令和{})年度から{end}(令和{})年度の{}年間",
            start - 2018,
            end - 2018,
            end - start + 1
        )
    );
    assert_eq!(
        plan.period.text.en,
        format!(
            "{} years, from FY{start} (Reiwa {}) to FY{end} (Reiwa {})",
            years[(end - start) as usize],
            start - 2018,
            end - 2018
        )
    );
}

#[test]
fn plan_structure() {
    let plan = plan();
    let s = &plan.structure;
    assert_eq!(
        s.summary.ja,
        "本プランでは、「産業・しごと」、「暮らし・まち」、「行政経営」の3つの分野におけるめざすべき社会像や取組方針を示すとともに、「産業」「防災」「教育」の3つのDXを重点的に取り組むものに設定しました。"
    );
    assert_eq!(
        ids(s.fields.iter().map(|x| &x.id)),
        ["industry-work", "life-community", "administration"]
    );
    assert_eq!(
        ja(s.fields.iter().map(|x| &x.name)),
        ["産業・しごと", "暮らし・まち", "行政経営"]
    );
    assert_eq!(
        ids(s.priorities.iter().map(|x| &x.id)),
        ["industry", "disaster-prevention", "education"]
    );
    assert_eq!(
        ja(s.priorities.iter().map(|x| &x.name)),
        ["産業", "防災", "教育"]
    );
    for item in s.fields.iter().chain(&s.priorities) {
        assert!(s.summary.ja.contains(&format!("「{}」", item.name.ja)));
    }
}

const LOGO_POINTS: [&str; 3] = [
    "青森の「A」、デジタルの「D」、トランスフォーメーションの「X」の3つの文字で青森県の形をデザイン",
    "「X」は先端に行くほど円が大きくなり、「進化して可能性を広げる」こと、「A」は進行方向を示す矢印であり、「その先へ」という決意を示す",
    "「ワクワクする青森県へ」という未来の想いを込めて、デジタル感がありつつも楽しそうな雰囲気を表現",
];

#[test]
fn plan_logo() {
    let plan = plan();
    assert_eq!(ja(plan.logo.points.iter()), LOGO_POINTS);
    assert_eq!(
        plan.logo
            .parts
            .iter()
            .map(|x| x.id.as_str())
            .collect::<Vec<_>>(),
        ["a", "d", "x", "shape", "circles", "arrow", "wish"]
    );
    let by_id = |id: &str| {
        &plan
            .logo
            .parts
            .iter()
            .find(|p| p.id.as_str() == id)
            .unwrap()
            .explanation
            .ja
    };
    assert_eq!(by_id("a"), "青森の「A」");
    assert_eq!(by_id("d"), "デジタルの「D」");
    assert_eq!(by_id("x"), "トランスフォーメーションの「X」");
    assert_eq!(by_id("shape"), "3つの文字で青森県の形をデザイン");
    assert_eq!(
        by_id("circles"),
        "「X」は先端に行くほど円が大きくなり、「進化して可能性を広げる」こと"
    );
    assert_eq!(
        by_id("arrow"),
        "「A」は進行方向を示す矢印であり、「その先へ」という決意を示す"
    );
    assert_eq!(by_id("wish"), LOGO_POINTS[2]);
    // Only facts from the source: every explanation is quoted from a bullet.
    for part in &plan.logo.parts {
        assert!(
            LOGO_POINTS.iter().any(|p| p.contains(&part.explanation.ja)),
            "logo part {} is not quoted from the source: {}",
            part.id.as_str(),
            part.explanation.ja
        );
    }
}

#[test]
fn plan_decision() {
    let plan = plan();
    assert_eq!(
        plan.decision.summary.ja,
        "2023(令和5)年4月に、外部有識者からなるDXの推進に関する基本的な方針等を検討する「(仮称)青森県DX推進プラン」策定委員会を設置し、本委員会での議論や市町村等の意見を踏まえ、2024(令和6)年2月に「青森県DX推進本部(本部長:知事)」において本プランを決定しました。"
    );
}

/// The source page as the footer and the about page credit it: the seed's
/// header reads 「更新日付:2024年2月29日 DX推進課」, its breadcrumbs
/// 「総合政策部 > DX推進課 > 青森県DX推進プランについて」.
/// 「(仮称)」 belongs to the plan's title, not to the committee (issue 26,
/// item 1): the committee is the Planning Committee for the plan whose title
/// was still provisional, wherever its name is translated.
#[test]
fn the_committee_is_named_after_the_provisional_plan_title() {
    const NAME: &str = "「(仮称)青森県DX推進プラン」策定委員会";
    const EN: &str =
        "the Planning Committee for the \u{201c}Aomori Prefecture DX Promotion Plan (provisional title)\u{201d} (「(仮称)青森県DX推進プラン」策定委員会)";
    let (plan, poem, tl) = (plan(), poem(), timeline());
    let named: Vec<(String, &Text)> = all_texts(&plan, &poem, &tl)
        .into_iter()
        .filter(|(_, t)| t.ja.contains(NAME))
        .collect();
    // The decision summary and the committee's four meetings.
    assert_eq!(named.len(), 5, "{named:?}");
    for (path, t) in all_texts(&plan, &poem, &tl) {
        assert!(!t.en.contains("provisionally"), "{path}: {:?}", t.en);
    }
    for (path, t) in named {
        assert!(t.en.contains(EN), "{path}: {:?}", t.en);
    }
}

#[test]
fn plan_source() {
    let plan = plan();
    let s = &plan.source;
    assert_eq!(
        s.url,
        "https://www.pref.aomori.lg.jp/soshiki/seisaku/dxsuishin/aomori_dxsuishinplan.html"
    );
    assert_eq!(s.title.ja, "青森県「青森県DX推進プランについて」");
    assert_eq!(
        s.title.en,
        // The source's title used as a title (issue 26, item 6): it is the
        // link text in "… are linked from ‹title› on Aomori Prefecture's website".
        "\u{201c}About the Aomori Prefecture DX Promotion Plan\u{201d} (青森県DX推進プランについて) on Aomori Prefecture's website"
    );
    assert_eq!(s.updated.ja, "更新日付:2024年2月29日");
    assert_eq!(s.updated.en, "Updated 29 February 2024");
    assert_eq!(s.section.ja, "総合政策部 DX推進課");
    assert_eq!(
        s.section.en,
        "DX Promotion Division (DX推進課), Policy Planning Department"
    );
}

// ---------------------------------------------------------------- timeline

/// One row of the source table, as the content must hold it.
struct Row {
    id: &'static str,
    source_date: &'static str,
    start: &'static str,
    end: Option<&'static str>,
    ja: &'static str,
    body: &'static str,
    milestone: Option<&'static str>,
}

const TIMELINE: [Row; 11] = [
    Row {
        id: "2023-03-07-direction",
        source_date: "2023.3.7",
        start: "2023-03-07",
        end: None,
        ja: "「青森県DX推進方向」策定・公表",
        body: "direction",
        milestone: None,
    },
    Row {
        id: "2023-05-10-committee-1",
        source_date: "2023.5.10",
        start: "2023-05-10",
        end: None,
        ja: "第1回「(仮称)青森県DX推進プラン」策定委員会(本プランでのめざす姿について意見交換)",
        body: "committee",
        milestone: None,
    },
    Row {
        id: "2023-05-22-steering-1",
        source_date: "2023.5.22",
        start: "2023-05-22",
        end: None,
        ja: "第1回青森県DX推進本部幹事会(準備会)",
        body: "steering",
        milestone: None,
    },
    Row {
        id: "2023-06-02-hq-1",
        source_date: "2023.6.2",
        start: "2023-06-02",
        end: None,
        ja: "青森県DX推進本部設置・第1回本部会議(プランの策定及び推進について)",
        body: "hq",
        milestone: None,
    },
    Row {
        id: "2023-06-07-committee-2",
        source_date: "2023.6.7",
        start: "2023-06-07",
        end: None,
        ja: "第2回「(仮称)青森県DX推進プラン」策定委員会(本プランでのめざす姿、推進方法について意見交換)",
        body: "committee",
        milestone: None,
    },
    Row {
        id: "2023-07-26-committee-3",
        source_date: "2023.7.26",
        start: "2023-07-26",
        end: None,
        ja: "第3回「(仮称)青森県DX推進プラン」策定委員会(素案について意見交換)",
        body: "committee",
        milestone: None,
    },
    Row {
        id: "2023-09-20-steering-2",
        source_date: "2023.9.20",
        start: "2023-09-20",
        end: None,
        ja: "第2回青森県DX推進本部幹事会\u{a0}(素案決定)",
        body: "steering",
        milestone: Some("draft"),
    },
    Row {
        id: "2023-09-28-public-comment",
        source_date: "2023.9.28~10.27",
        start: "2023-09-28",
        end: Some("2023-10-27"),
        ja: "素案のパブリックコメント実施、市町村への意見照会",
        body: "consultation",
        milestone: None,
    },
    Row {
        id: "2023-11-22-committee-4",
        source_date: "2023.11.22",
        start: "2023-11-22",
        end: None,
        ja: "第4回「(仮称)青森県DX推進プラン」策定委員会(原案(成果指標等)についての意見交換)",
        body: "committee",
        milestone: None,
    },
    Row {
        id: "2024-02-22-steering-3",
        source_date: "2024.2.22",
        start: "2024-02-22",
        end: None,
        ja: "第3回青森県DX推進本部幹事会(原案決定)",
        body: "steering",
        milestone: Some("proposal"),
    },
    Row {
        id: "2024-02-29-hq-2",
        source_date: "2024.2.29",
        start: "2024-02-29",
        end: None,
        ja: "第2回青森県DX推進本部会議(プラン決定)",
        body: "hq",
        milestone: Some("adoption"),
    },
];

#[test]
fn timeline_entries_match_the_source_table() {
    let tl = timeline();
    assert_eq!(tl.entries.len(), 11);
    for (e, row) in tl.entries.iter().zip(TIMELINE.iter()) {
        let id = row.id;
        assert_eq!(e.id, id);
        assert_eq!(e.source_date, row.source_date, "{id}");
        assert_eq!(e.start, row.start, "{id}");
        assert_eq!(e.end.as_deref(), row.end, "{id}");
        assert_eq!(e.text.ja, row.ja, "{id}");
        assert_eq!(e.body, row.body, "{id}");
        assert_eq!(e.milestone.as_deref(), row.milestone, "{id}");
    }
}

#[test]
fn timeline_bodies_and_milestones() {
    let tl = timeline();
    assert_eq!(
        ids(tl.bodies.iter().map(|b| &b.id)),
        ["direction", "committee", "hq", "steering", "consultation"]
    );
    assert_eq!(
        ids(tl.milestones.iter().map(|m| &m.id)),
        ["draft", "proposal", "adoption"]
    );
    assert_eq!(
        ja(tl.milestones.iter().map(|m| &m.label)),
        ["素案決定", "原案決定", "プラン決定"]
    );
    // A milestone is set exactly where the text names it.
    for e in &tl.entries {
        let named: Vec<&str> = tl
            .milestones
            .iter()
            .filter(|m| e.text.ja.contains(&format!("({})", m.label.ja)))
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(
            named,
            e.milestone.iter().map(String::as_str).collect::<Vec<_>>(),
            "{}",
            e.id
        );
    }
}

#[test]
fn timeline_ids_are_unique_and_references_resolve() {
    let tl = timeline();
    let mut seen = HashSet::new();
    for id in tl
        .entries
        .iter()
        .map(|e| &e.id)
        .chain(tl.bodies.iter().map(|b| &b.id))
        .chain(tl.milestones.iter().map(|m| &m.id))
    {
        assert!(!id.is_empty());
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "id is not a URL-safe slug: {id}"
        );
    }
    for e in &tl.entries {
        assert!(seen.insert(e.id.as_str()), "duplicate entry id {}", e.id);
    }
    let bodies: HashSet<&str> = tl.bodies.iter().map(|b| b.id.as_str()).collect();
    let milestones: HashSet<&str> = tl.milestones.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(bodies.len(), tl.bodies.len(), "duplicate body id");
    assert_eq!(
        milestones.len(),
        tl.milestones.len(),
        "duplicate milestone id"
    );
    for e in &tl.entries {
        assert!(
            bodies.contains(e.body.as_str()),
            "{}: unknown body {}",
            e.id,
            e.body
        );
        if let Some(m) = &e.milestone {
            assert!(
                milestones.contains(m.as_str()),
                "{}: unknown milestone {m}",
                e.id
            );
        }
    }
    // Every body and milestone is used at least once.
    for b in &bodies {
        assert!(tl.entries.iter().any(|e| e.body == *b), "unused body {b}");
    }
    for m in &milestones {
        assert!(
            tl.entries
                .iter()
                .any(|e| e.milestone.as_deref() == Some(*m)),
            "unused milestone {m}"
        );
    }
}

/// Parses `YYYY-MM-DD` strictly.
fn iso(s: &str) -> (u32, u32, u32) {
    let parts: Vec<&str> = s.split('-').collect();
    assert!(
        parts.len() == 3 && parts[0].len() == 4 && parts[1].len() == 2 && parts[2].len() == 2,
        "not an ISO 8601 date: {s}"
    );
    let n: Vec<u32> = parts
        .iter()
        .map(|p| {
            p.parse()
                .unwrap_or_else(|_| panic!("not an ISO 8601 date: {s}"))
        })
        .collect();
    let leap = n[0].is_multiple_of(4) && (!n[0].is_multiple_of(100) || n[0].is_multiple_of(400));
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    assert!((1..=12).contains(&n[1]), "bad month: {s}");
    assert!(
        (1..=days[n[1] as usize - 1]).contains(&n[2]),
        "bad day: {s}"
    );
    (n[0], n[1], n[2])
}

#[test]
fn timeline_dates_are_iso_sorted_and_agree_with_the_source() {
    let tl = timeline();
    let mut prev = (0, 0, 0);
    for e in &tl.entries {
        let start = iso(&e.start);
        assert!(start >= prev, "{} is out of order", e.id);
        prev = start;
        // `2023.9.28` or `2023.9.28~10.27` (ASCII tilde, as in the source).
        let (from, to) = match e.source_date.split_once('~') {
            Some((a, b)) => (a, Some(b)),
            None => (e.source_date.as_str(), None),
        };
        let f: Vec<u32> = from.split('.').map(|x| x.parse().unwrap()).collect();
        assert_eq!(f.len(), 3, "{}", e.source_date);
        assert_eq!(start, (f[0], f[1], f[2]), "{}", e.id);
        match (to, &e.end) {
            (None, None) => {}
            (Some(to), Some(end)) => {
                let t: Vec<u32> = to.split('.').map(|x| x.parse().unwrap()).collect();
                assert_eq!(t.len(), 2, "{}", e.source_date);
                let end = iso(end);
                assert_eq!(end, (f[0], t[0], t[1]), "{}", e.id);
                assert!(end > start, "{}", e.id);
            }
            _ => panic!("{}: end does not match source_date", e.id),
        }
        assert!(
            e.id.starts_with(&e.start),
            "{}: id should start with the date",
            e.id
        );
    }
}

// ---------------------------------------------------------------- all texts

#[test]
fn every_text_has_both_languages() {
    let (plan, poem, tl) = (plan(), poem(), timeline());
    for (path, t) in all_texts(&plan, &poem, &tl) {
        assert!(!t.ja.trim().is_empty(), "{path}: empty ja");
        assert!(!t.en.trim().is_empty(), "{path}: empty en");
        assert!(
            t.ja.chars().any(is_japanese),
            "{path}: ja has no Japanese: {:?}",
            t.ja
        );
    }
}

/// Japanese may appear in English only inside parentheses, beside the
/// English name (e.g. `… Plan (青森県DX推進プラン)`).
#[test]
fn english_keeps_japanese_only_in_parentheses() {
    let (plan, poem, tl) = (plan(), poem(), timeline());
    for (path, t) in all_texts(&plan, &poem, &tl) {
        let mut depth = 0i32;
        for c in t.en.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                c if depth == 0 && is_japanese(c) => {
                    panic!("{path}: Japanese outside parentheses in en: {:?}", t.en)
                }
                _ => {}
            }
            assert!(
                depth >= 0,
                "{path}: unbalanced parentheses in en: {:?}",
                t.en
            );
        }
        assert_eq!(depth, 0, "{path}: unbalanced parentheses in en: {:?}", t.en);
    }
}

/// Every sentence of the source page's plan content, literally. Left out, as
/// page furniture rather than plan content: breadcrumbs, the update date,
/// headings (基本理念, 位置付け, 期間, …), image captions, the PDF link to the
/// committee member list, the table header, share/follow links, and the table's
/// lead-in 「本プラン決定までの経過は以下のとおりです。」. The poem instruction
/// is checked without its opening 「この画像をクリックして、」 because the site
/// shows the poem as text.
const SOURCE_SENTENCES: &[&str] = &[
    "県では、本県におけるDX(デジタルトランスフォーメーション)を推進するための官民全体で共有すべき指針として、「青森県DX推進プラン」を策定しました。",
    "本プランでは、「青森県はDXでもっとおもしろくなる」を基本理念に掲げ、新たなしごとや働き方で、産業を未来につないでいくことや、県民一人ひとりがつながり、豊かさと安心を築くことをめざして、県民の皆様や市町村、民間企業等とも連携しながらDXを推進していくこととしています。",
    "青森県はDXでもっとおもしろくなる",
    "逆転の発想",
    "まずは普通に上から下まで読んだ後に、逆に下から上まで1行ずつ読んでみてください。",
    "いかがでしょうか。",
    "意味が逆転するのが分かると思います。",
    "県では、「青森県だから仕方ない」という諦めを払しょくし、デジタル技術を最大限に活用しながら、基本計画にある2040年のめざす姿「若者が、未来を自由に描き、実現できる社会」を目指して、この逆転の発想で挑戦していきたいと考えています。",
    "青森県はDXでもっとおもしろくなる。",
    "いや、そんなことは絶対にない。",
    "やる気を起こすなんてできっこない。",
    "それでも誰かが言うだろう。",
    "失敗したらやり直し、未来を切り開け。",
    "こどもたちに託せる明日のために。",
    "今こそ挑戦のときだ。",
    "そうだとしても、",
    "絶望感が覆い尽くす。",
    "仕事もないし、結婚もできない。",
    "大人たちはみんな諦めている。",
    "青森県だから仕方がない。",
    "あらゆる分野においてDXを推進するための官民全体で共有すべき指針",
    "「青森県基本計画『青森新時代』への架け橋」及び「青森県行財政改革大綱」に基づき、各分野におけるDX関連施策の取組を加速化させるための個別計画\u{a0} (アクションプラン)",
    "「官民データ活用推進基本法」に基づく「都道府県データ活用推進計画」",
    "2024(令和6)年度から2028(令和10)年度の5年間",
    "本プランでは、「産業・しごと」、「暮らし・まち」、「行政経営」の3つの分野におけるめざすべき社会像や取組方針を示すとともに、「産業」「防災」「教育」の3つのDXを重点的に取り組むものに設定しました。",
    "青森の「A」、デジタルの「D」、トランスフォーメーションの「X」の3つの文字で青森県の形をデザイン",
    "「X」は先端に行くほど円が大きくなり、「進化して可能性を広げる」こと、「A」は進行方向を示す矢印であり、「その先へ」という決意を示す",
    "「ワクワクする青森県へ」という未来の想いを込めて、デジタル感がありつつも楽しそうな雰囲気を表現",
    "2023(令和5)年4月に、外部有識者からなるDXの推進に関する基本的な方針等を検討する「(仮称)青森県DX推進プラン」策定委員会を設置し、本委員会での議論や市町村等の意見を踏まえ、2024(令和6)年2月に「青森県DX推進本部(本部長:知事)」において本プランを決定しました。",
    "「青森県DX推進方向」策定・公表",
    "第1回「(仮称)青森県DX推進プラン」策定委員会(本プランでのめざす姿について意見交換)",
    "第1回青森県DX推進本部幹事会(準備会)",
    "青森県DX推進本部設置・第1回本部会議(プランの策定及び推進について)",
    "第2回「(仮称)青森県DX推進プラン」策定委員会(本プランでのめざす姿、推進方法について意見交換)",
    "第3回「(仮称)青森県DX推進プラン」策定委員会(素案について意見交換)",
    "第2回青森県DX推進本部幹事会\u{a0}(素案決定)",
    "素案のパブリックコメント実施、市町村への意見照会",
    "第4回「(仮称)青森県DX推進プラン」策定委員会(原案(成果指標等)についての意見交換)",
    "第3回青森県DX推進本部幹事会(原案決定)",
    "第2回青森県DX推進本部会議(プラン決定)",
];

#[test]
fn every_source_sentence_appears_in_the_japanese_content() {
    let (plan, poem, tl) = (plan(), poem(), timeline());
    let texts = all_texts(&plan, &poem, &tl);
    let missing: Vec<&str> = SOURCE_SENTENCES
        .iter()
        .copied()
        .filter(|s| !texts.iter().any(|(_, t)| t.ja.contains(s)))
        .collect();
    assert!(
        missing.is_empty(),
        "source sentences missing from the content: {missing:#?}"
    );
}

// ---------------------------------------------------------------- English

/// The translation choices of issue 14: 「もっと」 is "even more"; "exciting"
/// is kept for ワクワク and never used for おもしろく; names keep their inner
/// quotes; one term per Japanese term; no stacked brackets.
#[test]
fn english_translation_choices() {
    let (plan, poem, tl) = (plan(), poem(), timeline());
    assert_eq!(
        plan.philosophy.en,
        "Aomori will become even more interesting with DX"
    );
    assert_eq!(
        poem.lines[0].en,
        format!("{}.", plan.philosophy.en),
        "the poem opens with the philosophy"
    );
    for (path, t) in all_texts(&plan, &poem, &tl) {
        assert!(!t.en.contains("far more"), "{path}: {:?}", t.en);
        assert_eq!(
            t.en.to_lowercase().contains("excit"),
            t.ja.contains("ワクワク"),
            "{path}: \"exciting\" is for ワクワク only: {:?}",
            t.en
        );
        assert!(
            !t.en.contains(") ("),
            "{path}: stacked brackets in en: {:?}",
            t.en
        );
        assert!(!t.en.contains("provisional name)"), "{path}: {:?}", t.en);
    }
    assert!(
        plan.purpose
            .en
            .contains("and to help every resident connect with others"),
        "{}",
        plan.purpose.en
    );
    let data_plan = &plan.positioning[2].text.en;
    assert!(
        data_plan.starts_with("The Prefectural Data Utilization Promotion Plan"),
        "{data_plan}"
    );
    // 『青森新時代』 is quoted inside the plan's name, in English too.
    for text in [&plan.positioning[1].text, &plan.positioning[1].basis[0]] {
        assert!(text.ja.contains("『青森新時代』"));
        assert!(
            text.en
                .contains("\u{201c}Bridge to \u{2018}Aomori New Era\u{2019}\u{201d}"),
            "{}",
            text.en
        );
    }
    let administration = &plan.structure.fields[2].name;
    assert_eq!(administration.ja, "行政経営");
    assert_eq!(administration.en, "Administrative management");
    assert!(plan
        .structure
        .summary
        .en
        .contains("\u{201c}Administrative management\u{201d}"));
    // 意見募集: "Public comment", in the type's label and in the entry.
    let consultation = tl.bodies.iter().find(|b| b.id == "consultation").unwrap();
    assert_eq!(consultation.label.ja, "意見募集");
    assert_eq!(consultation.label.en, "Public comment");
    let entry = tl
        .entries
        .iter()
        .find(|e| e.body == "consultation")
        .unwrap();
    assert!(
        entry.text.en.starts_with("Public comment "),
        "{}",
        entry.text.en
    );
    // The hedge of 分かると思います, and 諦め as an attitude.
    assert!(poem.reflection.en.contains("You will probably see"));
    assert!(poem.wish.en.contains(
        "the resigned attitude that \u{201c}It's Aomori, so nothing can be done\u{201d}"
    ));
}

/// Issue 26, item 6: the English reads as one text. One style for fiscal
/// years (the timeline's headings write `FY2023 (Reiwa 5)`), curly quotes
/// throughout (single ones inside double), the poem in natural English, the
/// plan's structure in the words the overview uses, and the type of the
/// first entry named after the entry.
#[test]
fn english_is_consistent() {
    let (plan, poem, tl) = (plan(), poem(), timeline());
    for (path, t) in all_texts(&plan, &poem, &tl) {
        assert!(!t.en.contains('"'), "{path}: straight quotes: {:?}", t.en);
        assert!(
            !t.en.contains(" '") && !t.en.contains("' "),
            "{path}: straight single quotes: {:?}",
            t.en
        );
        assert_eq!(
            t.en.matches('\u{201c}').count(),
            t.en.matches('\u{201d}').count(),
            "{path}: unpaired quotes: {:?}",
            t.en
        );
        assert!(!t.en.contains("fiscal 20"), "{path}: {:?}", t.en);
    }
    assert_eq!(
        plan.period.text.en,
        "Five years, from FY2024 (Reiwa 6) to FY2028 (Reiwa 10)"
    );
    assert_eq!(
        poem.reflection.en,
        "What do you think? You will probably see that the meaning is reversed."
    );
    assert_eq!(poem.lines[1].en, "No, that's not true at all.");
    assert!(poem.lines[9].en.ends_with("we can't even get married."));
    let summary = &plan.structure.summary.en;
    assert!(
        summary.contains("the vision of society to aim for and the policies for action"),
        "{summary}"
    );
    assert!(
        summary.contains("three priority areas of DX: \u{201c}Industry\u{201d}"),
        "{summary}"
    );
    let direction = tl.bodies.iter().find(|b| b.id == "direction");
    let direction = direction.map(|b| b.label.en.as_str());
    assert_eq!(
        direction,
        Some("DX Promotion Direction formulated and published")
    );
    assert!(tl.entries[0]
        .text
        .en
        .contains("DX Promotion Direction (青森県DX推進方向) formulated and published"));
}

/// Every name the plan keeps whole on a line is one the site shows: in a
/// content file or in the program's own Japanese strings. A name no text
/// has any more is a stale entry, and one that fits no line is refused.
#[test]
fn every_unbreakable_name_is_in_the_site_text() {
    let root = env!("CARGO_MANIFEST_DIR");
    // The plan without its list, so that no name is found in the list itself.
    let mut plan = plan();
    let names = std::mem::take(&mut plan.unbreakable);
    let mut texts = serde_json::to_string(&plan).unwrap_or_default();
    let mut files = vec![PathBuf::from(format!("{root}/src/i18n.rs"))];
    for dir in ["public/data", "src/i18n"] {
        let listed = fs::read_dir(format!("{root}/{dir}")).unwrap_or_else(|e| panic!("{dir}: {e}"));
        files.extend(listed.filter_map(|f| f.ok().map(|f| f.path())));
    }
    for file in files.iter().filter(|f| !f.ends_with("plan.json")) {
        texts += &fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
    assert!(names.len() >= 10, "the plan lists its names");
    for name in &names {
        assert!(texts.contains(name.as_str()), "{name} is on no page");
        assert!(
            aomori_dx::content::unbreakable::check_name(name).is_ok(),
            "{name} cannot be kept whole"
        );
    }
    for name in ["青森県DX推進プラン", "一人ひとり", "本部会議", "取組方針"] {
        assert!(names.iter().any(|n| n == name), "{name} is kept whole");
    }
}
