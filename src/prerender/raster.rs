//! Cards to PNG: the font (Noto Sans CJK from Debian's `fonts-noto-cjk`,
//! loaded from its two files only, so every machine draws the same picture),
//! checks that it has every character a card shows and that no text runs
//! past the margins, and the rendering with resvg.

use std::path::Path;
use std::sync::Arc;

use resvg::usvg::{self, fontdb};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::card::draw::{FAMILY, HEIGHT, MARGIN, WIDTH};
use super::card::wrap::{Measure, Weight};
use super::card::Card;

/// Where Debian's `fonts-noto-cjk` puts the fonts.
pub const FONT_DIR: &str = "/usr/share/fonts/opentype/noto";
const REGULAR: &str = "NotoSansCJK-Regular.ttc";
const BOLD: &str = "NotoSansCJK-Bold.ttc";

/// One face of a font collection file.
struct Face {
    data: Arc<Vec<u8>>,
    index: u32,
}

impl Face {
    fn font(&self) -> Option<FontRef<'_>> {
        FontRef::from_index(&self.data, self.index).ok()
    }
}

/// The cards' font: the database resvg draws with, and the regular and
/// bold faces for measuring and checking text.
pub struct Fonts {
    db: Arc<fontdb::Database>,
    regular: Face,
    bold: Face,
}

impl Fonts {
    /// Loads the two font files from `dir`; fails, naming the package to
    /// install, when either is missing or lacks the family.
    pub fn load(dir: &Path) -> Result<Self, String> {
        let mut db = fontdb::Database::new();
        let mut face = |name: &str, weight: u16| -> Result<Face, String> {
            let path = dir.join(name);
            let data = std::fs::read(&path).map_err(|e| {
                format!(
                    "the share cards' font {} cannot be read ({e}): install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk)",
                    path.display()
                )
            })?;
            let data = Arc::new(data);
            let ids = db.load_font_source(fontdb::Source::Binary(data.clone()));
            ids.iter()
                .filter_map(|&id| db.face(id))
                .find(|f| f.weight.0 == weight && f.families.iter().any(|(n, _)| n == FAMILY))
                .map(|f| Face {
                    data: data.clone(),
                    index: f.index,
                })
                .ok_or_else(|| {
                    format!(
                        "{} has no \"{FAMILY}\" of weight {weight}: install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk)",
                        path.display()
                    )
                })
        };
        let regular = face(REGULAR, 400)?;
        let bold = face(BOLD, 700)?;
        Ok(Self {
            db: Arc::new(db),
            regular,
            bold,
        })
    }

    fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// The characters of `text` that the font cannot draw (they would show
    /// as empty boxes).
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut missing: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .filter(|&c| {
                [&self.regular, &self.bold]
                    .iter()
                    .any(|face| face.font().and_then(|font| font.charmap().map(c)).is_none())
            })
            .collect();
        missing.dedup();
        missing
    }
}

impl Measure for Fonts {
    /// The sum of the glyphs' advances (no kerning: a little wide, never narrow
    /// enough to matter at these sizes).
    fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let Some(font) = self.face(weight).font() else {
            return f32::INFINITY;
        };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|glyph| metrics.advance_width(glyph))
                    .unwrap_or(size)
            })
            .sum()
    }
}

/// The card as PNG, after checking its texts against the font and its
/// layout against the margins.
pub fn render(card: &Card, fonts: &Fonts) -> Result<Vec<u8>, String> {
    for text in &card.texts {
        let missing = fonts.missing(text);
        if !missing.is_empty() {
            let list: Vec<String> = missing
                .iter()
                .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
                .collect();
            return Err(format!(
                "{}: the font {FAMILY} has no glyph for {} in “{text}”",
                card.file,
                list.join(", ")
            ));
        }
    }
    let options = usvg::Options {
        fontdb: fonts.db.clone(),
        font_family: FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&card.svg, &options)
        .map_err(|e| format!("{}: the card's SVG: {e}", card.file))?;
    check_margins(tree.root(), &card.file)?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH as u32, HEIGHT as u32)
        .ok_or_else(|| format!("{}: no pixmap", card.file))?;
    resvg::render(&tree, Default::default(), &mut pixmap.as_mut());
    encode(&pixmap).map_err(|e| format!("{}: PNG: {e}", card.file))
}

/// An opaque picture as small a PNG as the encoder makes it: with a palette
/// when it has at most 256 colours, else RGB (no alpha channel: the cards
/// are opaque, which tiny-skia's own RGBA encoder cannot know).
fn encode(pixmap: &resvg::tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let rgb: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue()]
        })
        .collect();
    let indexed = palette(&rgb);
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::High);
    let data = match indexed {
        Some((table, indices)) => {
            encoder.set_color(png::ColorType::Indexed);
            encoder.set_palette(table);
            indices
        }
        None => {
            encoder.set_color(png::ColorType::Rgb);
            rgb
        }
    };
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&data)?;
    writer.finish()?;
    Ok(out)
}

/// The palette (RGB triples) and each pixel's index in it, if the RGB
/// pixels have at most 256 colours. Runs of one colour, which a flat
/// design is made of, are looked up once.
fn palette(rgb: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut colours: std::collections::HashMap<&[u8], u8> = std::collections::HashMap::new();
    let mut table = Vec::new();
    let mut indices = Vec::with_capacity(rgb.len() / 3);
    let mut last: Option<(&[u8], u8)> = None;
    for pixel in rgb.chunks_exact(3) {
        let index = match last {
            Some((colour, index)) if colour == pixel => index,
            _ => {
                let next = colours.len();
                let index = match colours.get(pixel) {
                    Some(&index) => index,
                    None => {
                        let index = u8::try_from(next).ok()?;
                        colours.insert(pixel, index);
                        table.extend_from_slice(pixel);
                        index
                    }
                };
                last = Some((pixel, index));
                index
            }
        };
        indices.push(index);
    }
    Some((table, indices))
}

/// Fails when a text's drawn box crosses the side margins (a wrapping bug
/// would otherwise ship a cut-off card).
fn check_margins(group: &usvg::Group, file: &str) -> Result<(), String> {
    for node in group.children() {
        match node {
            usvg::Node::Group(group) => check_margins(group, file)?,
            usvg::Node::Text(text) => {
                let bounds = text.abs_bounding_box();
                if bounds.left() < MARGIN - 4.0 || bounds.right() > WIDTH - MARGIN + 4.0 {
                    let shown: String = text.chunks().iter().map(|c| c.text()).collect();
                    return Err(format!(
                        "{file}: “{shown}” runs from x = {:.0} to {:.0}, past the {MARGIN} px margins",
                        bounds.left(),
                        bounds.right()
                    ));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load(Path::new(FONT_DIR)).unwrap_or_else(|e| panic!("{e}"))
    }

    fn card(texts: &[&str], svg: &str) -> Card {
        Card {
            file: "cards/test.png".into(),
            svg: format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\" font-family=\"{FAMILY}\">{svg}</svg>"
            ),
            texts: texts.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn without_the_font_the_build_fails_naming_the_package() {
        let error = Fonts::load(Path::new("/nonexistent"))
            .err()
            .unwrap_or_default();
        assert!(
            error.contains("/nonexistent/NotoSansCJK-Regular.ttc"),
            "{error}"
        );
        assert!(error.contains("apt-get install fonts-noto-cjk"), "{error}");
    }

    #[test]
    fn a_character_the_font_lacks_fails_the_build_instead_of_showing_a_box() {
        let fonts = fonts();
        assert_eq!(
            fonts.missing("青森県 DX「逆転」…⇅ “Aomori”"),
            Vec::<char>::new()
        );
        assert_eq!(fonts.missing("a🦀b"), vec!['🦀']);
        let error = render(&card(&["DX🦀"], ""), &fonts)
            .err()
            .unwrap_or_default();
        assert!(error.contains("🦀 (U+1F980) in “DX🦀”"), "{error}");
    }

    #[test]
    fn text_past_the_margins_fails_the_build() {
        let fonts = fonts();
        let long = "<text x=\"1000\" y=\"100\" font-size=\"40\">青森県DX推進プラン</text>";
        let error = render(&card(&["青森県DX推進プラン"], long), &fonts)
            .err()
            .unwrap_or_default();
        assert!(
            error.contains("“青森県DX推進プラン” runs from x = 10"),
            "{error}"
        );
        let inside = "<g><text x=\"60\" y=\"100\" font-size=\"40\">青森県</text></g>";
        assert!(render(&card(&["青森県"], inside), &fonts).is_ok());
    }

    #[test]
    fn the_real_font_measures_wider_for_bold_and_japanese() {
        let fonts = fonts();
        let width = |text, weight| fonts.width(text, 100.0, weight);
        let japanese = width("青森", Weight::Regular);
        assert!((japanese - 200.0).abs() < 0.01, "one em each: {japanese}");
        assert!(width("Aomori", Weight::Bold) > width("Aomori", Weight::Regular));
        assert!(width("Aomori", Weight::Regular) < 400.0);
    }

    #[test]
    fn every_card_is_a_png_of_1200_by_630_under_200_kb() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        let files = super::super::read_files(&dir).unwrap_or_else(|e| panic!("{e}"));
        let cards = super::super::cards(&files, &fonts()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(cards.len(), 9);
        for (file, png) in cards {
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{file}");
            assert_eq!(&png[12..16], b"IHDR", "{file}");
            let size =
                |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
            assert_eq!((size(16), size(20)), (1200, 630), "{file}");
            assert!(png.len() <= 200 * 1024, "{file}: {} bytes", png.len());
        }
    }

    #[test]
    fn a_flat_picture_gets_a_palette_and_a_busy_one_stays_rgb() {
        let flat = [1u8, 2, 3, 1, 2, 3, 4, 5, 6];
        assert_eq!(
            palette(&flat),
            Some((vec![1, 2, 3, 4, 5, 6], vec![0, 0, 1]))
        );
        let busy: Vec<u8> = (0..300u32)
            .flat_map(|i| [(i % 256) as u8, (i / 256) as u8, 0])
            .collect();
        assert_eq!(palette(&busy), None);
    }
}
