//! Browser tests of reading content: the browser build parses with
//! `JSON.parse` and serde-wasm-bindgen, and writes the JSON download with
//! `JSON.stringify`, where the native build uses serde_json; both must agree
//! on the data and name the place of a problem.
#![cfg(target_arch = "wasm32")]

use aomori_dx::content::export::to_json;
use aomori_dx::content::load::{parse, LoadError};
use aomori_dx::content::model::{Plan, Poem, Timeline};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLAN: &str = include_str!("../public/data/plan.json");
const POEM: &str = include_str!("../public/data/poem.json");
const TIMELINE: &str = include_str!("../public/data/timeline.json");

fn format_error<T: aomori_dx::content::load::ContentFile + std::fmt::Debug>(text: &str) -> String {
    match parse::<T>(text) {
        Err(LoadError::Format(detail)) => detail,
        other => panic!("expected a format error, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn the_shipped_files_parse_in_the_browser() {
    let plan = parse::<Plan>(PLAN).expect("plan.json");
    assert_eq!(plan.period.start_fiscal_year, 2024);
    assert_eq!(parse::<Poem>(POEM).expect("poem.json").lines.len(), 12);
    assert!(!parse::<Timeline>(TIMELINE)
        .expect("timeline.json")
        .entries
        .is_empty());
}

#[wasm_bindgen_test]
fn a_wrong_field_is_named_by_its_path() {
    let edited = PLAN.replacen(
        "\"start_fiscal_year\": 2024",
        "\"start_fiscal_year\": \"2024\"",
        1,
    );
    assert_ne!(edited, PLAN, "the edit must apply");
    assert_eq!(
        format_error::<Plan>(&edited),
        "period.start_fiscal_year: invalid type: string \"2024\", expected i32"
    );
    let detail = format_error::<Timeline>(&TIMELINE.replacen("\"start\"", "\"begin\"", 1));
    assert!(
        detail.starts_with("entries[0]: missing field `start`"),
        "{detail}"
    );
    // A problem at the top has no path to name (an array reads as an object
    // with no fields here: serde_json would say "invalid type: sequence").
    assert_eq!(format_error::<Poem>("[]"), "missing field `title`");
    assert_eq!(
        format_error::<Poem>("5"),
        "invalid type: floating point `5.0`, expected struct Poem"
    );
}

/// A number where another type belongs is written as serde writes a float
/// (`content::js_read` lays out the browser's digits): with a point, never
/// in exponent form, and -0 with its sign.
#[wasm_bindgen_test]
fn a_misplaced_number_reads_as_serdes_float() {
    for (number, shown) in [
        ("2024.5", "2024.5"),
        ("1e21", "1000000000000000000000.0"),
        ("-1.5e-7", "-0.00000015"),
        ("-0", "-0.0"),
    ] {
        assert_eq!(
            format_error::<Poem>(number),
            format!("invalid type: floating point `{shown}`, expected struct Poem"),
        );
    }
    let edited = PLAN.replacen(
        "\"start_fiscal_year\": 2024",
        "\"start_fiscal_year\": 2024.5",
        1,
    );
    assert_eq!(
        format_error::<Plan>(&edited),
        "period.start_fiscal_year: invalid type: floating point `2024.5`, expected i32"
    );
}

#[wasm_bindgen_test]
fn a_syntax_error_names_its_position() {
    let detail = format_error::<Poem>("{ not json");
    assert!(detail.contains("JSON at position 2"), "{detail}");
    assert!(parse::<Poem>("").is_err());
}

#[wasm_bindgen_test]
fn the_json_download_is_pretty_and_reads_back_as_the_same_entries() {
    let timeline = parse::<Timeline>(TIMELINE).expect("timeline.json");
    let json = to_json(&timeline, timeline.entries.iter().take(2));
    assert!(json.starts_with("{\n  \"bodies\": "), "{json}");
    let back = parse::<Timeline>(&json).expect("the download reads back");
    assert_eq!(back.entries, timeline.entries[..2]);
}
