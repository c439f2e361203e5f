//! Where Japanese running text must not break. Paragraphs break between any
//! two characters (strict kinsoku), as Japanese is set; a name the content
//! lists (`plan.json` → `unbreakable`: 青森県DX推進プラン, 一人ひとり…) and a
//! date (2024(令和6)年2月29日, 令和6年度, 2024.2.29) are kept whole instead.
//! The pieces are found here, in the text, not placed by hand in it.

/// The longest name that may be kept whole, in characters: 16 Japanese
/// characters fit the narrowest text column (a card at 320 px).
pub const MAX_NAME: usize = 16;

/// `text` cut into pieces, `true` for a piece kept whole: every occurrence
/// of a name in `names` and every date. Joined, the pieces are `text`.
pub fn pieces<'a>(text: &'a str, names: &[String]) -> Vec<(bool, &'a str)> {
    let mut spans = dates(text);
    for name in names.iter().filter(|n| !n.is_empty()) {
        spans.extend(
            text.match_indices(name.as_str())
                .map(|(i, m)| (i, i + m.len())),
        );
    }
    spans.sort_unstable();
    // Overlapping pieces (a date inside a name) become one.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end) in merged {
        if start > at {
            out.push((false, &text[at..start]));
        }
        out.push((true, &text[start..end]));
        at = end;
    }
    if at < text.len() || out.is_empty() {
        out.push((false, &text[at..]));
    }
    out
}

/// Why a name cannot be kept whole, if it cannot: for the loader's check.
pub fn check_name(name: &str) -> Result<(), String> {
    let chars = name.chars().count();
    if !(2..=MAX_NAME).contains(&chars) {
        return Err(format!("{name:?} has {chars} characters, not 2–{MAX_NAME}"));
    }
    if name.chars().any(char::is_whitespace) {
        return Err(format!("{name:?} has a space, where a line may break"));
    }
    Ok(())
}

/// The byte ranges of the dates in `text`, in order.
fn dates(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let after_digit = text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit());
        let len = if after_digit { None } else { date_at(rest) };
        match len {
            Some(len) => {
                out.push((i, i + len));
                i += len;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// The length of the date that `s` starts with, if it starts with one.
fn date_at(s: &str) -> Option<usize> {
    let mut c = Cursor(s, 0);
    if c.era() {
        // 令和6年, 令和6年度, 令和6年2月(29日)
        c.digits(1, 2).then_some(())?;
        c.lit("年").then_some(())?;
        if !c.lit("度") {
            c.month_day();
        }
        return Some(c.1);
    }
    if c.digits(4, 4) {
        let year = c.1;
        // 2024.2.29
        if c.lit(".") && c.digits(1, 2) && c.lit(".") && c.digits(1, 2) {
            return Some(c.1);
        }
        c.1 = year;
        // 2024(令和6)年…
        let plain = c.1;
        if !(c.open() && c.era() && c.digits(1, 2) && c.close()) {
            c.1 = plain;
        }
        c.lit("年").then_some(())?;
        if !c.lit("度") {
            c.month_day();
        }
        return Some(c.1);
    }
    // 2月29日
    c.month_day().then_some(c.1)
}

/// A position in a text, for reading a date's parts one by one; each
/// method moves past what it reads and says whether it was there.
struct Cursor<'a>(&'a str, usize);

impl Cursor<'_> {
    fn lit(&mut self, s: &str) -> bool {
        let found = self.0[self.1..].starts_with(s);
        if found {
            self.1 += s.len();
        }
        found
    }

    fn any(&mut self, options: &[&str]) -> bool {
        options.iter().any(|s| self.lit(s))
    }

    fn era(&mut self) -> bool {
        self.any(&["令和", "平成"])
    }

    fn open(&mut self) -> bool {
        self.any(&["(", "（"])
    }

    fn close(&mut self) -> bool {
        self.any(&[")", "）"])
    }

    /// `min` to `max` ASCII digits, and no more.
    fn digits(&mut self, min: usize, max: usize) -> bool {
        let n = self.0[self.1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let found = (min..=max).contains(&n);
        if found {
            self.1 += n;
        }
        found
    }

    /// 2月 or 2月29日; nothing moves if there is neither.
    fn month_day(&mut self) -> bool {
        let start = self.1;
        if !(self.digits(1, 2) && self.lit("月")) {
            self.1 = start;
            return false;
        }
        let month = self.1;
        if !(self.digits(1, 2) && self.lit("日")) {
            self.1 = month;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str, names: &[&str]) -> Vec<String> {
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let pieces = pieces(text, &names);
        assert_eq!(pieces.iter().map(|(_, p)| *p).collect::<String>(), text);
        pieces
            .into_iter()
            .filter(|(w, _)| *w)
            .map(|(_, p)| p.to_string())
            .collect()
    }

    #[test]
    fn dates_as_the_source_writes_them_are_whole() {
        assert_eq!(
            whole("2024(令和6)年度から2028(令和10)年度の5年間", &[]),
            ["2024(令和6)年度", "2028(令和10)年度"]
        );
        assert_eq!(
            whole("2023(令和5)年4月に、2024(令和6)年2月に決定", &[]),
            ["2023(令和5)年4月", "2024(令和6)年2月"]
        );
        assert_eq!(whole("更新日付:2024年2月29日", &[]), ["2024年2月29日"]);
        assert_eq!(
            whole("令和6年度と平成31年3月", &[]),
            ["令和6年度", "平成31年3月"]
        );
        assert_eq!(whole("2024.2.29 と 2月29日", &[]), ["2024.2.29", "2月29日"]);
        assert_eq!(whole("2024（令和6）年", &[]), ["2024（令和6）年"]);
    }

    #[test]
    fn numbers_that_are_not_dates_are_left_alone() {
        assert!(whole("5年間、3つの分野、12行", &[]).is_empty());
        assert!(whole("第12345年", &[]).is_empty());
        assert!(whole("令和の時代", &[]).is_empty());
        // An era that does not close is a date of its own.
        assert_eq!(whole("2024(令和6年", &[]), ["令和6年"]);
        assert_eq!(whole("2024年(", &[]), ["2024年"]);
    }

    #[test]
    fn every_occurrence_of_a_name_is_whole() {
        assert_eq!(
            whole(
                "県民一人ひとりが、青森県DX推進プランを。青森県DX推進プラン",
                &["一人ひとり", "青森県DX推進プラン"]
            ),
            ["一人ひとり", "青森県DX推進プラン", "青森県DX推進プラン"]
        );
    }

    #[test]
    fn overlapping_names_become_one_piece() {
        assert_eq!(
            whole(
                "第2回青森県DX推進本部会議",
                &["青森県DX推進本部", "本部会議"]
            ),
            ["青森県DX推進本部会議"]
        );
    }

    #[test]
    fn text_without_a_name_or_date_is_one_piece() {
        assert_eq!(pieces("あいう", &[]), [(false, "あいう")]);
        assert_eq!(pieces("", &[]), [(false, "")]);
        assert_eq!(pieces("令和6年度", &[]), [(true, "令和6年度")]);
    }

    #[test]
    fn names_must_fit_a_line_and_have_no_space() {
        assert!(check_name("青森県DX推進プラン").is_ok());
        assert!(check_name("デジタルトランスフォーメーション").is_ok()); // 16
        assert!(check_name("あ").is_err());
        assert!(check_name("デジタルトランスフォーメーションX").is_err());
        assert!(check_name("本部 会議").is_err());
    }
}
