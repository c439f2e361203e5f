//! The share cards' own words (`prerender/card`). Native only: the cards are
//! drawn at build time, so the wasm does not carry these strings.

use crate::content::calendar::{format_month, short_month, YearMonth};
use crate::lang::Lang;

/// Words on the cards and in their `og:image:alt`, beyond the page names
/// and the content. A struct, so a missing translation is a compile error.
pub struct CardStrings {
    /// Beside the poem's reversal arrow: invites reading it the other way.
    pub poem_prompt: &'static str,
    /// A year on the timeline's axis: 「2023年」 / "2023".
    pub axis_year: fn(i32) -> String,
    /// A month on the timeline's axis: 「3月」 / "Mar".
    pub axis_month: fn(u32) -> String,
    /// A month in the alt text: 「2023年3月」 / "March 2023".
    pub month: fn(i32, u32) -> String,
    /// Alt text before the card's own description: what the image is.
    pub alt_card: fn(&str) -> String,
    /// Alt text of the home page's card: the philosophy's label and text.
    pub alt_home: fn(&str, &str) -> String,
    /// Alt text of the poem's card: title, first line, last line, prompt.
    pub alt_poem: fn(&str, &str, &str, &str) -> String,
    /// Alt text of the timeline's card: first and last month, entries,
    /// the label of the body whose entry is a range (the public comment),
    /// and the milestones' labels.
    pub alt_timeline: fn(&str, &str, usize, Option<&str>, &[&str]) -> String,
}

static JA: CardStrings = CardStrings {
    poem_prompt: "下から読むと…",
    axis_year: |year| format!("{year}年"),
    axis_month: |month| short_month(month, Lang::Ja),
    month: |year, month| format_month(YearMonth { year, month }, Lang::Ja),
    alt_card: |site| format!("{site}の紹介画像。"),
    alt_home: |label, philosophy| format!("{label}「{philosophy}」。"),
    alt_poem: |title, first, last, prompt| {
        format!("詩「{title}」の最初の行「{first}」と最後の行「{last}」、その間に上下の矢印と「{prompt}」。")
    },
    alt_timeline: |from, to, count, consultation, milestones| {
        let milestones: String = milestones.iter().map(|m| format!("「{m}」")).collect();
        let range = consultation
            .map(|c| format!("と「{c}」の期間"))
            .unwrap_or_default();
        format!("{from}から{to}までの時間軸に、{count}件の経過{range}、{milestones}の時期。")
    },
};

static EN: CardStrings = CardStrings {
    poem_prompt: "Read it bottom to top…",
    axis_year: |year| year.to_string(),
    axis_month: |month| short_month(month, Lang::En),
    month: |year, month| format_month(YearMonth { year, month }, Lang::En),
    alt_card: |site| format!("Card of {site}. "),
    alt_home: |label, philosophy| format!("{label}: “{philosophy}”."),
    alt_poem: |title, first, last, prompt| {
        format!("The poem “{title}”, its first line “{first}” and its last line “{last}”, with an up-and-down arrow and “{prompt}” between them.")
    },
    alt_timeline: |from, to, count, consultation, milestones| {
        let quoted: Vec<String> = milestones.iter().map(|m| format!("“{m}”")).collect();
        let milestones = match quoted.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        let range = consultation
            .map(|c| format!(", the period of “{c}”,"))
            .unwrap_or_default();
        format!("A time axis from {from} to {to} with its {count} dated steps{range} and the milestones {milestones}.")
    },
};

impl Lang {
    /// The share cards' words in this language.
    pub fn card_strings(self) -> &'static CardStrings {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_labels_and_months_in_both_languages() {
        let (ja, en) = (Lang::Ja.card_strings(), Lang::En.card_strings());
        assert_eq!((ja.axis_year)(2023), "2023年");
        assert_eq!((ja.axis_month)(3), "3月");
        assert_eq!((en.axis_year)(2023), "2023");
        assert_eq!((en.axis_month)(3), "Mar");
        assert_eq!((en.axis_month)(13), "");
        assert_eq!((ja.month)(2024, 2), "2024年2月");
        assert_eq!((en.month)(2024, 2), "February 2024");
        let milestones = ["A", "B", "C"];
        assert!(
            (en.alt_timeline)("x", "y", 11, Some("z"), &milestones).contains("“A”, “B” and “C”.")
        );
        assert!((ja.alt_timeline)("x", "y", 11, None, &milestones).contains("「A」「B」「C」"));
    }
}
