//! Line wrapping, which SVG does not do: text set to fit a width at the
//! largest size that fits, broken where Japanese and English allow.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// Text widths in pixels: the real font's advances when rendering
/// (`raster::Fonts`), an estimate in tests.
pub trait Measure {
    fn width(&self, text: &str, size: f32, weight: Weight) -> f32;
}

/// The distance between baselines.
pub fn line_height(size: f32) -> f32 {
    (size * 1.3).round()
}

/// Text set to fit a width: its size and lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub size: f32,
    pub lines: Vec<String>,
}

impl Block {
    /// From the first baseline to the last line's descent.
    pub fn height(&self) -> f32 {
        line_height(self.size) * (self.lines.len().max(1) as f32 - 1.0) + self.size * 1.1
    }
}

/// `text` at the largest size in `sizes` (in steps of 2 px) at which it
/// fits `width` in at most `max_lines` lines, breaking at spaces, after
/// Japanese punctuation or particles if it can, else between any Japanese
/// characters, else anywhere. Text that fits no way is cut with "…" at the
/// smallest size (edited content must not break the build).
pub fn fit(
    measure: &dyn Measure,
    text: &str,
    weight: Weight,
    width: f32,
    sizes: std::ops::RangeInclusive<f32>,
    max_lines: usize,
) -> Block {
    let (min, max) = (*sizes.start(), *sizes.end());
    let steps = ((max - min) / 2.0).floor() as usize;
    let size_at = |step: usize| max - 2.0 * step as f32;
    for level in [Break::Strong, Break::Weak] {
        for step in 0..=steps {
            let size = size_at(step);
            let fits = |line: &str| measure.width(line, size, weight) <= width;
            if let Some(lines) = wrap(text, &fits, level) {
                if lines.len() <= max_lines {
                    return Block { size, lines };
                }
            }
        }
    }
    let fits = |line: &str| measure.width(line, min, weight) <= width;
    let mut lines = wrap(text, &fits, Break::Any).unwrap_or_else(|| vec![text.to_string()]);
    if lines.len() > max_lines {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            let mut kept: Vec<char> = last.chars().collect();
            while !kept.is_empty() && !fits(&format!("{}…", kept.iter().collect::<String>())) {
                kept.pop();
            }
            *last = format!("{}…", kept.iter().collect::<String>().trim_end());
        }
    }
    Block { size: min, lines }
}

/// Which line breaks `wrap` may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    /// After a space, after Japanese punctuation or a closing bracket, or
    /// after a particle that follows a word not in hiragana.
    Strong,
    /// Also next to any Japanese character (not before punctuation or small
    /// kana, not after an opening bracket).
    Weak,
    /// Also anywhere else.
    Any,
}

const NO_START: &str = "、。，．・：；？！ー」』）】〉…ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ";
const NO_END: &str = "「『（【〈";
const STRONG_AFTER: &str = "、。，．！？」』）】〉";
/// Particles that end a phrase when they follow a word written in kanji,
/// katakana or Latin letters (「青森県は」「DXで」): a cheap stand-in for
/// phrase analysis, good enough for titles.
const PARTICLES: &str = "はがをにでともへのや";

/// Japanese (and other full-width) characters.
fn is_wide(c: char) -> bool {
    c >= '\u{2E80}'
}

/// The byte positions where a line may end and the next begin, with the
/// kind of break each is.
fn breaks(text: &str) -> Vec<(usize, Break)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let hiragana = |c: char| ('\u{3041}'..='\u{309F}').contains(&c);
    (1..chars.len())
        .filter_map(|k| {
            let ((_, a), (i, b)) = (chars[k - 1], chars[k]);
            let word = k >= 2 && !hiragana(chars[k - 2].1) && !chars[k - 2].1.is_whitespace();
            let particle = word && PARTICLES.contains(a);
            let kind = if a == ' ' && b != ' ' {
                Break::Strong
            } else if b == ' ' || a == ' ' {
                return None;
            } else if NO_START.contains(b) || NO_END.contains(a) {
                Break::Any
            } else if STRONG_AFTER.contains(a) || particle {
                Break::Strong
            } else if is_wide(a) || is_wide(b) {
                Break::Weak
            } else {
                Break::Any
            };
            Some((i, kind))
        })
        .collect()
}

/// Greedy line breaking with breaks up to `level`; `None` if some line
/// cannot be made to fit.
fn wrap(text: &str, fits: &dyn Fn(&str) -> bool, level: Break) -> Option<Vec<String>> {
    let text = text.trim();
    let breaks: Vec<usize> = breaks(text)
        .into_iter()
        .filter(|&(_, kind)| kind <= level)
        .map(|(i, _)| i)
        .collect();
    let mut lines = Vec::new();
    let mut start = 0;
    loop {
        let rest = text[start..].trim();
        if fits(rest) {
            if !rest.is_empty() {
                lines.push(rest.to_string());
            }
            return Some(lines);
        }
        let end = breaks
            .iter()
            .copied()
            .filter(|&i| i > start)
            .take_while(|&i| fits(text[start..i].trim()))
            .last()?;
        lines.push(text[start..end].trim().to_string());
        start = end;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Widths as the tests assume them: Japanese 1 em, everything else 0.6 em.
    pub(crate) struct Estimate;

    impl Measure for Estimate {
        fn width(&self, text: &str, size: f32, _: Weight) -> f32 {
            text.chars()
                .map(|c| if is_wide(c) { 1.0 } else { 0.6 })
                .sum::<f32>()
                * size
        }
    }

    #[test]
    fn japanese_breaks_after_punctuation_or_a_particle_before_anywhere_else() {
        let fits = |line: &str| Estimate.width(line, 10.0, Weight::Bold) <= 100.0;
        assert_eq!(
            wrap("あいうえおかき、くけこさしすせ。", &fits, Break::Strong),
            Some(vec![
                "あいうえおかき、".to_string(),
                "くけこさしすせ。".to_string()
            ])
        );
        // After a particle that follows kanji or Latin letters, not inside a hiragana word.
        assert_eq!(
            wrap("青森県はDXでもっとおもしろくなる", &fits, Break::Strong),
            Some(vec![
                "青森県はDXで".to_string(),
                "もっとおもしろくなる".to_string()
            ])
        );
        // No such place: only between characters, never before 。.
        assert_eq!(wrap("あいうえおかきくけこさ。", &fits, Break::Strong), None);
        assert_eq!(
            wrap("あいうえおかきくけこさ。", &fits, Break::Weak),
            Some(vec!["あいうえおかきくけこ".to_string(), "さ。".to_string()])
        );
    }

    #[test]
    fn english_breaks_at_spaces_and_fit_shrinks_before_it_breaks() {
        let bold = Weight::Bold;
        let block = fit(
            &Estimate,
            "Read it bottom to top",
            bold,
            400.0,
            30.0..=40.0,
            1,
        );
        assert_eq!(block.lines, ["Read it bottom to top"]);
        assert_eq!(block.size, 30.0);
        let block = fit(
            &Estimate,
            "Read it bottom to top",
            bold,
            300.0,
            30.0..=40.0,
            2,
        );
        assert_eq!(block.lines, ["Read it", "bottom to top"]);
        assert_eq!(block.size, 38.0);
    }

    #[test]
    fn text_too_long_for_its_lines_is_cut_with_an_ellipsis() {
        let regular = Weight::Regular;
        let block = fit(&Estimate, &"あ".repeat(50), regular, 100.0, 10.0..=10.0, 2);
        assert_eq!(
            block.lines,
            ["あ".repeat(10), format!("{}…", "あ".repeat(9))]
        );
        let block = fit(&Estimate, &"a".repeat(40), regular, 60.0, 10.0..=10.0, 1);
        assert_eq!(block.lines, [format!("{}…", "a".repeat(9))]);
    }
}
