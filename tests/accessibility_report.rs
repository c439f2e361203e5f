//! Checks the accessibility test report (`public/data/accessibility.json`)
//! against the standard and the repository: it lists exactly the 38 success
//! criteria of JIS X 8341-3:2016 (WCAG 2.0) levels A and AA, once each, in
//! order, with their names and levels; it covers every page of the site; and
//! every automated test it names exists: the file, and in it the test's
//! title (Playwright) or fn (Rust). A report that names a test nobody wrote,
//! or forgets a criterion, fails here. Native only: it reads the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use aomori_dx::content::load::parse;
use aomori_dx::content::model::Accessibility;
use aomori_dx::routing::static_routes;

/// The success criteria of levels A and AA, in the standard's order: number,
/// level, the JIS X 8341-3:2016 name (as Japanese public bodies' test reports
/// write it, without 「の達成基準」) and the WCAG 2.0 name.
const CRITERIA: [(&str, &str, &str, &str); 38] = [
    ("1.1.1", "A", "非テキストコンテンツ", "Non-text Content"),
    (
        "1.2.1",
        "A",
        "音声だけ及び映像だけ(収録済み)",
        "Audio-only and Video-only (Prerecorded)",
    ),
    (
        "1.2.2",
        "A",
        "キャプション(収録済み)",
        "Captions (Prerecorded)",
    ),
    (
        "1.2.3",
        "A",
        "音声解説又はメディアに対する代替コンテンツ(収録済み)",
        "Audio Description or Media Alternative (Prerecorded)",
    ),
    ("1.3.1", "A", "情報及び関係性", "Info and Relationships"),
    ("1.3.2", "A", "意味のある順序", "Meaningful Sequence"),
    ("1.3.3", "A", "感覚的な特徴", "Sensory Characteristics"),
    ("1.4.1", "A", "色の使用", "Use of Color"),
    ("1.4.2", "A", "音声の制御", "Audio Control"),
    ("2.1.1", "A", "キーボード", "Keyboard"),
    ("2.1.2", "A", "キーボードトラップなし", "No Keyboard Trap"),
    ("2.2.1", "A", "タイミング調整可能", "Timing Adjustable"),
    (
        "2.2.2",
        "A",
        "一時停止、停止及び非表示",
        "Pause, Stop, Hide",
    ),
    (
        "2.3.1",
        "A",
        "3回の閃光又は閾値以下",
        "Three Flashes or Below Threshold",
    ),
    ("2.4.1", "A", "ブロックスキップ", "Bypass Blocks"),
    ("2.4.2", "A", "ページタイトル", "Page Titled"),
    ("2.4.3", "A", "フォーカス順序", "Focus Order"),
    (
        "2.4.4",
        "A",
        "リンクの目的(コンテキスト内)",
        "Link Purpose (In Context)",
    ),
    ("3.1.1", "A", "ページの言語", "Language of Page"),
    ("3.2.1", "A", "フォーカス時", "On Focus"),
    ("3.2.2", "A", "入力時", "On Input"),
    ("3.3.1", "A", "エラーの特定", "Error Identification"),
    ("3.3.2", "A", "ラベル又は説明", "Labels or Instructions"),
    ("4.1.1", "A", "構文解析", "Parsing"),
    (
        "4.1.2",
        "A",
        "名前(name)・役割(role)及び値(value)",
        "Name, Role, Value",
    ),
    ("1.2.4", "AA", "キャプション(ライブ)", "Captions (Live)"),
    (
        "1.2.5",
        "AA",
        "音声解説(収録済み)",
        "Audio Description (Prerecorded)",
    ),
    (
        "1.4.3",
        "AA",
        "コントラスト(最低限レベル)",
        "Contrast (Minimum)",
    ),
    ("1.4.4", "AA", "テキストのサイズ変更", "Resize text"),
    ("1.4.5", "AA", "文字画像", "Images of Text"),
    ("2.4.5", "AA", "複数の手段", "Multiple Ways"),
    ("2.4.6", "AA", "見出し及びラベル", "Headings and Labels"),
    ("2.4.7", "AA", "フォーカスの可視化", "Focus Visible"),
    ("3.1.2", "AA", "一部分の言語", "Language of Parts"),
    (
        "3.2.3",
        "AA",
        "一貫したナビゲーション",
        "Consistent Navigation",
    ),
    ("3.2.4", "AA", "一貫した識別性", "Consistent Identification"),
    ("3.3.3", "AA", "エラー修正の提案", "Error Suggestion"),
    (
        "3.3.4",
        "AA",
        "エラー回避(法的、金融及びデータ)",
        "Error Prevention (Legal, Financial, Data)",
    ),
];

const SHIPPED: &str = include_str!("../public/data/accessibility.json");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shipped() -> Accessibility {
    parse(SHIPPED).unwrap_or_else(|e| panic!("public/data/accessibility.json: {e:?}"))
}

/// What is wrong with the report's list of criteria: each missing, repeated
/// or unknown criterion, a wrong name or level, the order.
fn criteria_problems(report: &Accessibility) -> Vec<String> {
    let mut problems = Vec::new();
    let listed: Vec<&str> = report.criteria.iter().map(|c| c.id.as_str()).collect();
    for (id, level, ja, en) in CRITERIA {
        match report.criteria.iter().filter(|c| c.id == id).count() {
            0 => problems.push(format!("{id} is missing")),
            1 => {}
            n => problems.push(format!("{id} is listed {n} times")),
        }
        if let Some(c) = report.criteria.iter().find(|c| c.id == id) {
            if c.level != level {
                problems.push(format!("{id}: level {} (the standard: {level})", c.level));
            }
            if c.name.ja != ja || c.name.en != en {
                problems.push(format!(
                    "{id}: name {:?} / {:?} (the standard: {ja} / {en})",
                    c.name.ja, c.name.en
                ));
            }
        }
    }
    for id in &listed {
        if !CRITERIA.iter().any(|(known, ..)| known == id) {
            problems.push(format!("{id} is not a level A or AA success criterion"));
        }
    }
    let expected: Vec<&str> = CRITERIA.iter().map(|(id, ..)| *id).collect();
    if problems.is_empty() && listed != expected {
        problems.push(format!(
            "the criteria are not in the standard's order: {listed:?}"
        ));
    }
    problems
}

/// Every test the report names that does not exist: a missing file, or a
/// file without that test.
fn missing_tests(report: &Accessibility, root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for c in &report.criteria {
        for t in &c.tests {
            let at = format!("{} names {} «{}»", c.id, t.file, t.test);
            // Only files of the repository: no absolute paths, no way out.
            if t.file.starts_with('/') || t.file.split('/').any(|part| part == "..") {
                problems.push(format!("{at}: not a path in the repository"));
                continue;
            }
            let Ok(source) = std::fs::read_to_string(root.join(&t.file)) else {
                problems.push(format!("{at}: no such file"));
                continue;
            };
            let found = if t.file.ends_with(".rs") {
                has_rust_test(&source, &t.test)
            } else {
                playwright_titles(&source)
                    .iter()
                    .any(|title| title.matches(&t.test))
            };
            if !found {
                problems.push(format!("{at}: no such test in the file"));
            }
        }
    }
    problems
}

/// A Rust test: `fn name(` with `#[test]` among the lines just above it.
fn has_rust_test(source: &str, name: &str) -> bool {
    let lines: Vec<&str> = source.lines().collect();
    lines.iter().enumerate().any(|(i, line)| {
        let line = line.trim_start();
        (line.starts_with(&format!("fn {name}(")) || line.starts_with(&format!("async fn {name}(")))
            && lines[i.saturating_sub(4)..i]
                .iter()
                .any(|l| l.trim().starts_with("#[test]"))
    })
}

/// A Playwright title as written: its literal pieces, split where a template
/// literal has a `${…}` (any text matches there).
struct Title(Vec<String>);

impl Title {
    fn matches(&self, title: &str) -> bool {
        let pieces = &self.0;
        if pieces.len() == 1 {
            return pieces[0] == title;
        }
        let (first, last) = (&pieces[0], &pieces[pieces.len() - 1]);
        let Some(mut rest) = title.strip_prefix(first.as_str()) else {
            return false;
        };
        for middle in &pieces[1..pieces.len() - 1] {
            match rest.find(middle.as_str()) {
                Some(i) => rest = &rest[i + middle.len()..],
                None => return false,
            }
        }
        rest.ends_with(last.as_str()) && rest.len() >= last.len()
    }
}

/// The titles of every `test(…)`, `test.describe(…)` (and the suite's other
/// test functions, `staticTest(…)`, `plainTest(…)`) in a spec: the string literal that is the call's first argument.
fn playwright_titles(source: &str) -> Vec<Title> {
    let mut titles = Vec::new();
    for (at, _) in source.match_indices('(') {
        let before = &source[..at];
        let call = ["test", "test.describe", "staticTest", "plainTest"]
            .into_iter()
            .find(|call| before.ends_with(call));
        // The call's whole name: `notatest(` is not `test(`.
        let whole = call.is_some_and(|call| {
            !before[..before.len() - call.len()]
                .ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.' || c == '$')
        });
        if !whole {
            continue;
        }
        let rest = &source[at + 1..];
        let Some(quote) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '\'' | '"' | '`'))
        else {
            continue;
        };
        let mut pieces = Vec::new();
        let mut piece = String::new();
        let mut chars = rest[1..].chars();
        while let Some(ch) = chars.next() {
            match ch {
                '\\' => piece.extend(chars.next()),
                '$' if quote == '`' && chars.as_str().starts_with('{') => {
                    // Skip the expression to its closing brace.
                    let mut depth = 0;
                    for inner in chars.by_ref() {
                        match inner {
                            '{' => depth += 1,
                            '}' if depth == 1 => break,
                            '}' => depth -= 1,
                            _ => {}
                        }
                    }
                    pieces.push(std::mem::take(&mut piece));
                }
                c if c == quote => break,
                c => piece.push(c),
            }
        }
        pieces.push(piece);
        titles.push(Title(pieces));
    }
    titles
}

#[test]
fn the_report_lists_the_38_criteria_of_levels_a_and_aa_once_each_in_order() {
    let report = shipped();
    assert_eq!(report.target, "AA");
    assert_eq!(criteria_problems(&report), Vec::<String>::new());
    assert_eq!(
        report.criteria.iter().filter(|c| c.level == "A").count(),
        25
    );
    assert_eq!(
        report.criteria.iter().filter(|c| c.level == "AA").count(),
        13
    );
}

#[test]
fn every_test_the_report_names_exists() {
    let report = shipped();
    assert_eq!(missing_tests(&report, root()), Vec::<String>::new());
    let named = report.criteria.iter().map(|c| c.tests.len()).sum::<usize>();
    assert!(named > 50, "{named} tests named");
}

/// Tests whose reader's description (`what`) is empty in a language, or
/// differs from the one the same test has where the report names it before.
fn undescribed_tests(report: &Accessibility) -> Vec<String> {
    let mut seen = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for c in &report.criteria {
        for test in &c.tests {
            let name = format!("{}: {} › {}", c.id, test.file, test.test);
            if test.what.ja.trim().is_empty() || test.what.en.trim().is_empty() {
                problems.push(format!("{name}: says in one language only what it checks"));
            }
            let first = seen.entry((&test.file, &test.test)).or_insert(&test.what);
            if *first != &test.what {
                problems.push(format!("{name}: described otherwise where named before"));
            }
        }
    }
    problems
}

#[test]
fn every_test_says_what_it_checks_in_both_languages_the_same_wherever_named() {
    assert_eq!(undescribed_tests(&shipped()), Vec::<String>::new());
    let mut report = shipped();
    // 1.3.1 names the axe-core scan 1.1.1 named first; 1.3.2's first test is named there only.
    report.criteria[4].tests[2].what.en.push_str(" Also.");
    report.criteria[5].tests[0].what.ja.clear();
    let problems = undescribed_tests(&report);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("1.3.1: tests/e2e/overview.spec.ts"),
        "{problems:?}"
    );
    assert!(
        problems[0].ends_with("described otherwise where named before"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("1.3.2: tests/e2e/poem.spec.ts"),
        "{problems:?}"
    );
    assert!(
        problems[1].ends_with("in one language only what it checks"),
        "{problems:?}"
    );
}

#[test]
fn the_report_covers_every_page_of_the_site() {
    assert_eq!(shipped().scope, static_routes());
}

#[test]
fn a_criterion_missing_repeated_or_unknown_is_caught() {
    let mut report = shipped();
    report.criteria.retain(|c| c.id != "2.4.7");
    assert_eq!(criteria_problems(&report), ["2.4.7 is missing"]);

    let mut report = shipped();
    let copy = report.criteria[3].clone();
    report.criteria.push(copy);
    assert_eq!(criteria_problems(&report), ["1.2.3 is listed 2 times"]);

    let mut report = shipped();
    report.criteria[0].id = "2.5.8".into();
    assert_eq!(
        criteria_problems(&report),
        [
            "1.1.1 is missing",
            "2.5.8 is not a level A or AA success criterion"
        ]
    );

    let mut report = shipped();
    report.criteria[1].level = "AA".into();
    report.criteria[2].name.ja = "キャプション".into();
    let problems = criteria_problems(&report);
    assert!(problems[0].starts_with("1.2.1: level AA"), "{problems:?}");
    assert!(problems[1].starts_with("1.2.2: name"), "{problems:?}");

    let mut report = shipped();
    report.criteria.swap(0, 1);
    assert!(criteria_problems(&report)[0].contains("order"));
}

#[test]
fn a_test_that_does_not_exist_is_caught() {
    let mut report = shipped();
    report.criteria.truncate(1);
    let test = report.criteria[0].tests[0].clone();
    let mut renamed = test.clone();
    renamed.test.push_str(" (renamed)");
    let mut elsewhere = test.clone();
    elsewhere.file = "tests/e2e/nothing.spec.ts".into();
    let mut outside = test.clone();
    outside.file = "../outside.spec.ts".into();
    let mut rust = test.clone();
    rust.file = "src/i18n.rs".into();
    rust.test = "no_such_test".into();
    report.criteria[0].tests = vec![renamed, elsewhere, outside, rust];
    let problems = missing_tests(&report, root());
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(
        problems[0].ends_with("no such test in the file"),
        "{problems:?}"
    );
    assert!(problems[1].ends_with("no such file"), "{problems:?}");
    assert!(
        problems[2].ends_with("not a path in the repository"),
        "{problems:?}"
    );
    assert!(
        problems[3].ends_with("no such test in the file"),
        "{problems:?}"
    );
}

#[test]
fn titles_are_found_as_written_literal_escaped_or_templated() {
    let spec = "test('a \\'quoted\\' title', () => {});\n\
        test.describe(\"group\", () => {});\n\
        for (const p of ['x/', 'y/']) test(`deep link /${p} works (${p.length})`, () => {});\n\
        notatest('hidden', () => {});";
    let titles = playwright_titles(spec);
    let found = |title: &str| titles.iter().any(|t| t.matches(title));
    assert!(found("a 'quoted' title"));
    assert!(found("group"));
    assert!(found("deep link /x/ works (2)"));
    assert!(!found("deep link /x/ works"));
    assert!(!found("hidden"));
    assert!(!found("a 'quoted'"));
    assert!(has_rust_test("#[test]\nfn real() {}\n", "real"));
    assert!(!has_rust_test("fn helper() {}\n", "helper"));
}
