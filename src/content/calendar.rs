//! Dates as the content uses them: ISO 8601 strings, Japanese fiscal years
//! (April to March) and their Japanese era (和暦) names, and display formats.

use crate::lang::Lang;

/// A calendar date. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        (date.month >= 1
            && date.month <= 12
            && date.day >= 1
            && date.day <= days_in_month(date.year, date.month))
        .then_some(date)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    pub fn year_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: self.month,
        }
    }

    /// The Japanese fiscal year the date falls in (April starts a year).
    pub fn fiscal_year(self) -> i32 {
        if self.month >= 4 {
            self.year
        } else {
            self.year - 1
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic.
    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A year and month, as in `?from=2023-06`.
/// The most months a month picker offers (50 years).
pub const MAX_MONTHS: usize = 600;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    /// Parses `YYYY-MM`.
    pub fn parse(s: &str) -> Option<YearMonth> {
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let ym = YearMonth {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
        };
        (1..=12).contains(&ym.month).then_some(ym)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// The month after this one.
    pub fn next(self) -> YearMonth {
        if self.month >= 12 {
            YearMonth {
                year: self.year + 1,
                month: 1,
            }
        } else {
            YearMonth {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// The months a timeline's dates span, first to last, for the month
    /// pickers: at most [`MAX_MONTHS`] of them, so no data makes a list
    /// without end. `extra` (a month the URL asks for) is added in its
    /// place if it is outside the span.
    pub fn span(dates: impl IntoIterator<Item = Date>, extra: &[YearMonth]) -> Vec<YearMonth> {
        let months: Vec<YearMonth> = dates.into_iter().map(Date::year_month).collect();
        let (Some(&first), Some(&last)) = (months.iter().min(), months.iter().max()) else {
            return extra.to_vec();
        };
        let mut out: Vec<YearMonth> = std::iter::successors(Some(first), |m| Some(m.next()))
            .take_while(|m| *m <= last)
            .take(MAX_MONTHS)
            .collect();
        for m in extra {
            if !out.contains(m) {
                out.push(*m);
            }
        }
        out.sort_unstable();
        out
    }

    pub fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: 1,
        }
    }

    pub fn last_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: days_in_month(self.year, self.month),
        }
    }
}

/// The Japanese era name and year of a fiscal year (named after the era in
/// force at its start in April; 2019, whose April was still Heisei, is
/// commonly called 令和元年度 and is named so here).
fn era(fiscal_year: i32) -> (&'static str, &'static str, i32) {
    if fiscal_year >= 2019 {
        ("令和", "Reiwa", fiscal_year - 2018)
    } else if fiscal_year >= 1989 {
        ("平成", "Heisei", fiscal_year - 1988)
    } else {
        ("昭和", "Showa", fiscal_year - 1925)
    }
}

/// `2023(令和5)年度`, as the source writes fiscal years (「2024(令和6)年度」) /
/// `FY2023 (Reiwa 5)`.
pub fn fiscal_year_label(fiscal_year: i32, lang: Lang) -> String {
    let (ja, en, n) = era(fiscal_year);
    match lang {
        Lang::Ja => {
            let n = if n == 1 {
                "元".to_string()
            } else {
                n.to_string()
            };
            format!("{fiscal_year}({ja}{n})年度")
        }
        Lang::En => format!("FY{fiscal_year} ({en} {n})"),
    }
}

/// A date range as written, split at its separator: the source's
/// `2023.9.28~10.27` gives `("2023.9.28", "~", "10.27")`, an English
/// `28 September 2023 – 27 October 2023` gives `(…, " – ", …)`. The separator
/// keeps its spaces, so the three parts joined are the text as written.
/// `None` for a single date.
pub fn split_range(text: &str) -> Option<(&str, &str, &str)> {
    let at = text.find(['~', '\u{ff5e}', '\u{301c}', '\u{2013}'])?;
    let sep_len = text[at..].chars().next().map_or(0, char::len_utf8);
    let start = text[..at].trim_end();
    let end = text[at + sep_len..].trim_start();
    let sep = &text[start.len()..text.len() - end.len()];
    (!start.is_empty() && !end.is_empty()).then_some((start, sep, end))
}

/// An entry's date as the page shows it: in Japanese the source's own
/// text (`2023.9.28~10.27`), in English the dates written out, a range
/// joined by an en dash; the ISO start if it is not a date.
pub fn entry_date_text(start: &str, end: Option<&str>, source_date: &str, lang: Lang) -> String {
    let (start_date, end_date) = (Date::parse(start), end.and_then(Date::parse));
    match (lang, start_date, end_date) {
        (Lang::Ja, _, _) => source_date.to_string(),
        (Lang::En, Some(s), Some(e)) => {
            format!("{} – {}", format_date(s, lang), format_date(e, lang))
        }
        (Lang::En, Some(s), None) => format_date(s, lang),
        (Lang::En, None, _) => start.to_string(),
    }
}

/// This site's own last update: the date of the commit it was built from
/// (`build.rs` sets it for the native prerender and the wasm build alike, or
/// takes `SITE_UPDATED=YYYY-MM-DD`); `None` when neither is known.
pub fn site_updated() -> Option<Date> {
    option_env!("AOMORI_DX_SITE_UPDATED").and_then(Date::parse)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `3月` / `Mar`: a month on the time axis.
pub fn short_month(month: u32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{month}月"),
        Lang::En => MONTHS
            .get(month.wrapping_sub(1) as usize)
            .map(|m| m[..3].to_string())
            .unwrap_or_default(),
    }
}

/// `2023年3月` / `March 2023`.
pub fn format_month(ym: YearMonth, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月", ym.year, ym.month),
        Lang::En => {
            let month = MONTHS
                .get(ym.month.wrapping_sub(1) as usize)
                .copied()
                .unwrap_or_default();
            format!("{month} {}", ym.year)
        }
    }
}

/// `2023年9月28日` / `28 September 2023`.
pub fn format_date(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月{}日", date.year, date.month, date.day),
        Lang::En => {
            let month = MONTHS
                .get(date.month as usize - 1)
                .copied()
                .unwrap_or_default();
            format!("{} {month} {}", date.day, date.year)
        }
    }
}

/// Where a date stands relative to a plan period of fiscal years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodStatus {
    /// The period starts in `years` fiscal years.
    Before {
        years: i32,
    },
    /// Fiscal year `year` (1-based) of `of`.
    During {
        year: i32,
        of: i32,
    },
    After,
}

/// The status of `today` for the fiscal years `start..=end`.
pub fn period_status(start: i32, end: i32, today: Date) -> PeriodStatus {
    let fy = today.fiscal_year();
    if fy < start {
        PeriodStatus::Before { years: start - fy }
    } else if fy > end {
        PeriodStatus::After
    } else {
        PeriodStatus::During {
            year: fy - start + 1,
            of: end - start + 1,
        }
    }
}

/// `令和8年度` / `Reiwa 8`: the era name alone, for compact labels.
pub fn era_label(fiscal_year: i32, lang: Lang) -> String {
    let (ja, en, n) = era(fiscal_year);
    match lang {
        Lang::Ja if n == 1 => format!("{ja}元年度"),
        Lang::Ja => format!("{ja}{n}年度"),
        Lang::En => format!("{en} {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entrys_date_is_the_sources_in_japanese_and_written_out_in_english() {
        let range = ("2023-09-28", Some("2023-10-27"), "2023.9.28~10.27");
        assert_eq!(
            entry_date_text(range.0, range.1, range.2, Lang::Ja),
            "2023.9.28~10.27"
        );
        assert_eq!(
            entry_date_text(range.0, range.1, range.2, Lang::En),
            "28 September 2023 – 27 October 2023"
        );
        assert_eq!(
            entry_date_text("2024-02-29", None, "2024.2.29", Lang::En),
            "29 February 2024"
        );
        assert_eq!(entry_date_text("soon", None, "近日", Lang::En), "soon");
        assert_eq!(entry_date_text("soon", None, "近日", Lang::Ja), "近日");
    }

    #[test]
    fn months_for_the_time_axis() {
        assert_eq!(short_month(3, Lang::Ja), "3月");
        assert_eq!(short_month(3, Lang::En), "Mar");
        assert_eq!(short_month(13, Lang::En), "");
        let ym = YearMonth {
            year: 2024,
            month: 2,
        };
        assert_eq!(format_month(ym, Lang::Ja), "2024年2月");
        assert_eq!(format_month(ym, Lang::En), "February 2024");
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|| panic!("{s}"))
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(
            d("2023-09-28"),
            Date {
                year: 2023,
                month: 9,
                day: 28
            }
        );
        assert!(Date::parse("2024-02-29").is_some());
        for bad in [
            "2023-02-29",
            "2023-13-01",
            "2023-00-10",
            "2023-9-28",
            "2023-09-28-1",
            "",
            "abcd-ef-gh",
            "2023-04-31",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(d("2023-09-28").iso(), "2023-09-28");
    }

    #[test]
    fn fiscal_years_start_in_april() {
        assert_eq!(d("2023-03-07").fiscal_year(), 2022);
        assert_eq!(d("2023-04-01").fiscal_year(), 2023);
        assert_eq!(d("2024-02-29").fiscal_year(), 2023);
        assert_eq!(d("2024-03-31").fiscal_year(), 2023);
    }

    #[test]
    fn era_labels() {
        // As the source writes 「2024(令和6)年度」.
        assert_eq!(fiscal_year_label(2024, Lang::Ja), "2024(令和6)年度");
        assert_eq!(fiscal_year_label(2023, Lang::Ja), "2023(令和5)年度");
        assert_eq!(fiscal_year_label(2022, Lang::Ja), "2022(令和4)年度");
        assert_eq!(fiscal_year_label(2019, Lang::Ja), "2019(令和元)年度");
        assert_eq!(fiscal_year_label(2018, Lang::Ja), "2018(平成30)年度");
        assert_eq!(fiscal_year_label(2023, Lang::En), "FY2023 (Reiwa 5)");
        assert_eq!(fiscal_year_label(2028, Lang::En), "FY2028 (Reiwa 10)");
    }

    #[test]
    fn ranges_split_at_their_separator_as_written() {
        assert_eq!(
            split_range("2023.9.28~10.27"),
            Some(("2023.9.28", "~", "10.27"))
        );
        assert_eq!(
            split_range("2023.9.28\u{ff5e}10.27"),
            Some(("2023.9.28", "\u{ff5e}", "10.27"))
        );
        assert_eq!(
            split_range("28 September 2023 \u{2013} 27 October 2023"),
            Some(("28 September 2023", " \u{2013} ", "27 October 2023"))
        );
        for single in ["2023.3.7", "", "~10.27", "2023.9.28~"] {
            assert_eq!(split_range(single), None, "{single}");
        }
    }

    #[test]
    fn site_updated_is_a_date_when_known() {
        // Set by build.rs from the last commit (or SITE_UPDATED); when it is
        // set it must be a real date, since the footer shows it.
        if let Some(raw) = option_env!("AOMORI_DX_SITE_UPDATED") {
            assert_eq!(site_updated().map(Date::iso).as_deref(), Some(raw));
        }
    }

    #[test]
    fn day_arithmetic() {
        assert_eq!(d("1970-01-01").days(), 0);
        assert_eq!(d("2023-10-27").days() - d("2023-09-28").days(), 29);
        assert_eq!(d("2024-03-01").days() - d("2024-02-28").days(), 2);
    }

    #[test]
    fn year_months() {
        let ym = YearMonth::parse("2023-06").expect("valid");
        assert_eq!(ym.first_day(), d("2023-06-01"));
        assert_eq!(ym.last_day(), d("2023-06-30"));
        assert_eq!(
            YearMonth::parse("2024-02").map(YearMonth::last_day),
            Some(d("2024-02-29"))
        );
        for bad in [
            "2023-13",
            "2023-6",
            "23-06",
            "2023-06-01",
            "",
            "-",
            "２０２３-06",
            "+023-06",
        ] {
            assert_eq!(YearMonth::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn period_states_follow_the_fiscal_year() {
        use PeriodStatus::*;
        assert_eq!(
            period_status(2024, 2028, d("2024-03-31")),
            Before { years: 1 }
        );
        assert_eq!(
            period_status(2024, 2028, d("2022-12-01")),
            Before { years: 2 }
        );
        assert_eq!(
            period_status(2024, 2028, d("2024-04-01")),
            During { year: 1, of: 5 }
        );
        assert_eq!(
            period_status(2024, 2028, d("2026-11-24")),
            During { year: 3, of: 5 }
        );
        assert_eq!(
            period_status(2024, 2028, d("2029-03-31")),
            During { year: 5, of: 5 }
        );
        assert_eq!(period_status(2024, 2028, d("2029-04-01")), After);
        assert_eq!(era_label(2026, Lang::Ja), "令和8年度");
        assert_eq!(era_label(2019, Lang::Ja), "令和元年度");
        assert_eq!(era_label(2026, Lang::En), "Reiwa 8");
    }

    #[test]
    fn display_formats() {
        assert_eq!(format_date(d("2023-09-28"), Lang::Ja), "2023年9月28日");
        assert_eq!(format_date(d("2023-09-28"), Lang::En), "28 September 2023");
    }

    #[test]
    fn month_pickers_span_the_dates_and_keep_a_month_the_url_asks_for() {
        let d = |s: &str| Date::parse(s).expect("a date");
        let ym = |year, month| YearMonth { year, month };
        let months = YearMonth::span([d("2023-05-10"), d("2023-03-07"), d("2024-02-07")], &[]);
        assert_eq!(months.first(), Some(&ym(2023, 3)));
        assert_eq!(months.last(), Some(&ym(2024, 2)));
        assert_eq!(months.len(), 12);
        assert!(months.windows(2).all(|w| w[0].next() == w[1]));
        let asked = YearMonth::span([d("2023-03-07")], &[ym(2030, 1), ym(2023, 3)]);
        assert_eq!(asked, [ym(2023, 3), ym(2030, 1)]);
        assert_eq!(YearMonth::span([], &[ym(2023, 1)]), [ym(2023, 1)]);
        let long = YearMonth::span([d("1900-01-01"), d("2199-12-31")], &[]);
        assert_eq!(long.len(), MAX_MONTHS);
    }
}
