//! Drawing a card as SVG: the canvas (shapes and escaped text, every text
//! recorded for the font check) and the frame every card shares.

use super::wrap::{fit, line_height, Measure, Weight};
use crate::lang::Lang;
use crate::prerender::html::escape;

/// The card's size: what link previews ask for (1.91:1).
pub const WIDTH: f32 = 1200.0;
pub const HEIGHT: f32 = 630.0;
/// Left and right margin; text never comes closer to the edge.
pub const MARGIN: f32 = 60.0;
/// The font family, from Debian's `fonts-noto-cjk` (`raster.rs` loads it).
pub const FAMILY: &str = "Noto Sans CJK JP";

/// The light theme's colours (`style/main.css`).
pub const ACCENT: &str = "#0031a7";
pub const TEXT: &str = "#1a1a1c";
pub const MUTED: &str = "#4d4d57";
pub const SURFACE: &str = "#f2f4f8";
/// Height of the band with the site's name at the top.
pub const BAND: f32 = 96.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// How a text is drawn.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub size: f32,
    pub weight: Weight,
    pub fill: &'static str,
    pub anchor: Anchor,
}

impl Style {
    pub fn new(size: f32, weight: Weight, fill: &'static str) -> Self {
        Self {
            size,
            weight,
            fill,
            anchor: Anchor::Start,
        }
    }

    pub fn anchor(self, anchor: Anchor) -> Self {
        Self { anchor, ..self }
    }
}

/// An SVG being drawn, and every text on it.
pub struct Canvas {
    svg: String,
    texts: Vec<String>,
}

impl Canvas {
    /// A white card in `lang`.
    pub fn new(lang: Lang) -> Self {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" xml:lang=\"{}\" font-family=\"{FAMILY}\">\n<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\n",
            lang.code()
        );
        Self {
            svg,
            texts: Vec::new(),
        }
    }

    /// Adds shapes written by the caller (never text: see `text`).
    pub fn shape(&mut self, svg: &str) {
        self.svg.push_str(svg);
        self.svg.push('\n');
    }

    /// One line of text with its baseline at `y`. Control characters, which
    /// XML forbids, are dropped.
    pub fn text(&mut self, x: f32, y: f32, style: Style, text: &str) {
        let text: String = text.chars().filter(|c| !c.is_control()).collect();
        let anchor = match style.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let weight = match style.weight {
            Weight::Regular => 400,
            Weight::Bold => 700,
        };
        self.svg.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{}\" font-weight=\"{weight}\" fill=\"{}\" text-anchor=\"{anchor}\">{}</text>\n",
            style.size,
            style.fill,
            escape(&text)
        ));
        self.texts.push(text);
    }

    /// Lines one under the other, the first baseline at `y`; returns the
    /// baseline after the last line.
    pub fn lines(&mut self, x: f32, y: f32, style: Style, lines: &[String]) -> f32 {
        let mut y = y;
        for line in lines {
            self.text(x, y, style, line);
            y += line_height(style.size);
        }
        y
    }

    /// The SVG document and the texts it shows.
    pub fn finish(mut self) -> (String, Vec<String>) {
        self.svg.push_str("</svg>\n");
        (self.svg, self.texts)
    }
}

/// Where a text block's first baseline goes for its top to be at `top`
/// (the font's ascent is 0.88 em).
pub fn baseline(top: f32, size: f32) -> f32 {
    (top + size * 0.88).round()
}

/// What every card has: the accent band with the site's logo mark and name,
/// and a badge saying the site is unofficial (`site_tagline`), in `lang`.
pub fn frame(canvas: &mut Canvas, lang: Lang, measure: &dyn Measure) {
    let t = lang.strings();
    canvas.shape(&format!(
        "<rect width=\"{WIDTH}\" height=\"{BAND}\" fill=\"{ACCENT}\"/>\n<g transform=\"translate({MARGIN} 22) scale(1.625)\"><rect width=\"32\" height=\"32\" rx=\"7\" fill=\"#ffffff\"/><path d=\"M8 23 16 9l8 14\" fill=\"none\" stroke=\"{ACCENT}\" stroke-width=\"3.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></g>"
    ));
    let badge = Style::new(30.0, Weight::Bold, ACCENT).anchor(Anchor::Middle);
    let badge_width = measure.width(t.site_tagline, badge.size, badge.weight) + 44.0;
    let badge_x = WIDTH - MARGIN - badge_width;
    canvas.shape(&format!(
        "<rect x=\"{badge_x}\" y=\"22\" width=\"{badge_width}\" height=\"52\" rx=\"26\" fill=\"#ffffff\"/>"
    ));
    canvas.text(badge_x + badge_width / 2.0, 59.0, badge, t.site_tagline);
    let name = Style::new(34.0, Weight::Bold, "#ffffff");
    let room = badge_x - 24.0 - (MARGIN + 76.0);
    let name_block = fit(measure, t.site_name, name.weight, room, 24.0..=34.0, 1);
    let name = Style {
        size: name_block.size,
        ..name
    };
    canvas.text(MARGIN + 76.0, 60.0, name, &name_block.lines.concat());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_stripped_of_control_characters() {
        let mut canvas = Canvas::new(Lang::En);
        let style = Style::new(10.0, Weight::Regular, TEXT);
        canvas.text(0.0, 0.0, style, "<b>\"A&B\"</b>\u{1}");
        let (svg, texts) = canvas.finish();
        assert!(
            svg.contains(">&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</text>"),
            "{svg}"
        );
        assert_eq!(texts, ["<b>\"A&B\"</b>"]);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\""));
        assert!(svg.ends_with("</svg>\n"));
    }
}
