//! Share cards: one 1200×630 picture per page and language for link
//! previews (`og:image`), composed here as SVG from the content and the
//! interface strings (pure, so the tests read what each card says), and
//! rendered to PNG by `raster.rs`.

pub mod draw;
mod marks;
mod timeline;
pub mod wrap;

use crate::content::load::Files;
use crate::lang::Lang;
use crate::routing::{Page, Route};
use draw::{
    baseline, frame, Canvas, Style, ACCENT, BAND, HEIGHT, MARGIN, MUTED, SURFACE, TEXT, WIDTH,
};
use wrap::{fit, line_height, Measure, Weight};

/// A card: where it goes in the built site, its SVG, and every text it
/// shows (for the font check).
#[derive(Clone, Debug)]
pub struct Card {
    pub file: String,
    pub svg: String,
    pub texts: Vec<String>,
}

/// The card's path in the built site: `cards/ja-poem.png`, `cards/en-home.png`,
/// `cards/ja-404.png`.
pub fn file(route: Route) -> String {
    let name = match route.page {
        Some(Page::Overview) => "home",
        Some(page) => page.slug(),
        None => "404",
    };
    format!("cards/{}-{name}.png", route.lang.code())
}

/// The card of `route`, its texts from `files` and the interface strings.
pub fn card(route: Route, files: &Files, measure: &dyn Measure) -> Card {
    let lang = route.lang;
    let mut canvas = Canvas::new(lang);
    frame(&mut canvas, lang, measure);
    match route.page {
        Some(Page::Overview) => home(&mut canvas, lang, files, measure),
        Some(Page::Poem) => poem(&mut canvas, lang, files, measure),
        Some(Page::Timeline) => timeline::draw(&mut canvas, lang, &files.timeline, measure),
        Some(Page::About) => plain(&mut canvas, lang, Some(lang.strings().page_about), measure),
        None => plain(&mut canvas, lang, None, measure),
    }
    let (svg, texts) = canvas.finish();
    Card {
        file: file(route),
        svg,
        texts,
    }
}

/// What the card of `route` shows, in its language (`og:image:alt`).
pub fn alt(route: Route, files: &Files) -> String {
    let lang = route.lang;
    let (t, c) = (lang.strings(), lang.card_strings());
    let shown = match route.page {
        Some(Page::Overview) => (c.alt_home)(t.philosophy_label, files.plan.philosophy.get(lang)),
        Some(Page::Poem) => {
            let (first, last) = first_and_last(files, lang);
            (c.alt_poem)(files.poem.title.get(lang), first, last, c.poem_prompt)
        }
        Some(Page::Timeline) => timeline::alt(lang, &files.timeline),
        Some(Page::About) => format!("{}{}{}", t.page_about, t.colon, t.meta_description),
        None => t.meta_description.to_string(),
    };
    format!("{}{shown}", (c.alt_card)(t.site_title))
}

/// The poem's first and last lines.
fn first_and_last(files: &Files, lang: Lang) -> (&str, &str) {
    let lines = &files.poem.lines;
    let first = lines.first().map(|l| l.get(lang)).unwrap_or_default();
    let last = lines.last().map(|l| l.get(lang)).unwrap_or_default();
    (first, last)
}

/// The home page: the plan's basic philosophy, large, and its period.
fn home(canvas: &mut Canvas, lang: Lang, files: &Files, measure: &dyn Measure) {
    let t = lang.strings();
    let plan = &files.plan;
    let x = MARGIN + 32.0;
    let width = WIDTH - MARGIN - x;
    let label = Style::new(32.0, Weight::Bold, ACCENT);
    let philosophy = plan.philosophy.get(lang);
    let big = fit(measure, philosophy, Weight::Bold, width, 48.0..=80.0, 2);
    let period = format!(
        "{}{}{}",
        t.period_heading,
        t.colon,
        plan.period.text.get(lang)
    );
    let small = fit(measure, &period, Weight::Regular, width, 24.0..=28.0, 2);
    let height = label.size + 36.0 + big.height() + 44.0 + small.height();
    let top = BAND + ((HEIGHT - BAND - height) / 2.0).max(32.0);
    canvas.shape(&format!(
        "<rect x=\"{MARGIN}\" y=\"{}\" width=\"8\" height=\"{}\" fill=\"{ACCENT}\"/>",
        top - 2.0,
        label.size + 36.0 + big.height() + 4.0
    ));
    canvas.text(x, baseline(top, label.size), label, t.philosophy_label);
    let y = baseline(top + label.size + 36.0, big.size);
    let style = Style::new(big.size, Weight::Bold, TEXT);
    let after = canvas.lines(x, y, style, &big.lines) - line_height(big.size);
    let y = baseline(after + big.size * 0.22 + 44.0, small.size);
    canvas.lines(
        x,
        y,
        Style::new(small.size, Weight::Regular, MUTED),
        &small.lines,
    );
}

/// The poem: its title, then its first and last lines with the reversal
/// arrow ⇅ between them and the invitation to read it bottom to top.
fn poem(canvas: &mut Canvas, lang: Lang, files: &Files, measure: &dyn Measure) {
    let c = lang.card_strings();
    let title = files.poem.title.get(lang);
    let (first, last) = first_and_last(files, lang);
    let head = fit(
        measure,
        title,
        Weight::Bold,
        WIDTH - 2.0 * MARGIN,
        48.0..=64.0,
        1,
    );
    canvas.text(
        MARGIN,
        baseline(BAND + 44.0, head.size),
        Style::new(head.size, Weight::Bold, TEXT),
        &head.lines.concat(),
    );

    let panel_top = BAND + 44.0 + head.size * 1.1 + 32.0;
    let panel_bottom = HEIGHT - 44.0;
    let text_x = MARGIN + 150.0;
    let width = WIDTH - MARGIN - 40.0 - text_x;
    let line = Style::new(46.0, Weight::Bold, TEXT);
    let lines = [first, last].map(|text| fit(measure, text, line.weight, width, 34.0..=46.0, 2));
    let size = lines[0].size.min(lines[1].size);
    let lines = [first, last].map(|text| fit(measure, text, line.weight, width, 34.0..=size, 2));
    let prompt = fit(measure, c.poem_prompt, Weight::Bold, width, 28.0..=36.0, 1);
    canvas.shape(&format!(
        "<rect x=\"{MARGIN}\" y=\"{panel_top}\" width=\"{}\" height=\"{}\" rx=\"16\" fill=\"{SURFACE}\"/>",
        WIDTH - 2.0 * MARGIN,
        panel_bottom - panel_top
    ));
    let inner = 36.0;
    let style = Style::new(size, Weight::Bold, TEXT);
    canvas.lines(
        text_x,
        baseline(panel_top + inner, size),
        style,
        &lines[0].lines,
    );
    let last_top = panel_bottom - inner - lines[1].height();
    canvas.lines(text_x, baseline(last_top, size), style, &lines[1].lines);
    let middle = (panel_top + inner + lines[0].height() + last_top) / 2.0;
    canvas.text(
        text_x,
        baseline(middle - prompt.size * 0.55, prompt.size),
        Style::new(prompt.size, Weight::Bold, ACCENT),
        &prompt.lines.concat(),
    );
    canvas.shape(&reversal_arrow(
        MARGIN + 72.0,
        panel_top + inner,
        panel_bottom - inner,
    ));
}

/// ⇅ drawn as two arrows side by side, centred on `x`, from `top` to
/// `bottom`: the left one points up, the right one down.
fn reversal_arrow(x: f32, top: f32, bottom: f32) -> String {
    let (left, right) = (x - 18.0, x + 18.0);
    let head = 18.0;
    format!(
        "<g fill=\"none\" stroke=\"{ACCENT}\" stroke-width=\"8\" stroke-linecap=\"round\" stroke-linejoin=\"round\"><path d=\"M{left} {bottom}V{}M{} {}L{left} {top}L{} {}\"/><path d=\"M{right} {top}V{}M{} {}L{right} {bottom}L{} {}\"/></g>",
        top + 4.0,
        left - head,
        top + head,
        left + head,
        top + head,
        bottom - 4.0,
        right - head,
        bottom - head,
        right + head,
        bottom - head,
    )
}

/// About and 404: the site's name, large, and what the site is; the about
/// page's name above them.
fn plain(canvas: &mut Canvas, lang: Lang, page: Option<&str>, measure: &dyn Measure) {
    let t = lang.strings();
    let width = WIDTH - 2.0 * MARGIN;
    let label = Style::new(32.0, Weight::Bold, ACCENT);
    let name = fit(measure, t.site_name, Weight::Bold, width, 48.0..=76.0, 2);
    let text = fit(
        measure,
        t.meta_description,
        Weight::Regular,
        width,
        24.0..=30.0,
        3,
    );
    let label_height = if page.is_some() {
        label.size + 28.0
    } else {
        0.0
    };
    let height = label_height + name.height() + 40.0 + text.height();
    let mut top = BAND + ((HEIGHT - BAND - height) / 2.0).max(32.0);
    if let Some(page) = page {
        canvas.text(MARGIN, baseline(top, label.size), label, page);
        top += label_height;
    }
    let style = Style::new(name.size, Weight::Bold, TEXT);
    let after = canvas.lines(MARGIN, baseline(top, name.size), style, &name.lines);
    let y = after - line_height(name.size) + name.size * 0.22 + 40.0;
    let style = Style::new(text.size, Weight::Regular, MUTED);
    canvas.lines(MARGIN, baseline(y, text.size), style, &text.lines);
}

#[cfg(test)]
mod tests {
    use super::wrap::tests::Estimate;
    use super::*;

    fn files() -> Files {
        super::super::read_files(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"),
        )
        .unwrap_or_else(|e| panic!("shipped content: {e}"))
    }

    fn route(lang: Lang, page: Option<Page>) -> Route {
        Route { lang, page }
    }

    /// Whether the card shows `text`, perhaps over several lines.
    fn shows(card: &Card, text: &str) -> bool {
        let all: String = card.texts.concat().replace(' ', "");
        all.contains(&text.replace(' ', ""))
    }

    #[test]
    fn every_card_names_the_site_and_says_it_is_unofficial_in_its_language() {
        let files = files();
        let routes = super::super::card_routes();
        assert_eq!(routes.len(), 9);
        let mut names = Vec::new();
        for route in routes {
            let card = card(route, &files, &Estimate);
            let t = route.lang.strings();
            assert!(card.texts.iter().any(|s| s == t.site_name), "{}", card.file);
            assert!(
                card.texts.iter().any(|s| s == t.site_tagline),
                "{}",
                card.file
            );
            let unofficial = match route.lang {
                Lang::Ja => "非公式",
                Lang::En => "Unofficial",
            };
            assert!(t.site_tagline.contains(unofficial));
            assert!(card
                .svg
                .contains(&format!("xml:lang=\"{}\"", route.lang.code())));
            names.push(card.file);
        }
        assert_eq!(
            names,
            [
                "cards/ja-home.png",
                "cards/ja-poem.png",
                "cards/ja-timeline.png",
                "cards/ja-about.png",
                "cards/en-home.png",
                "cards/en-poem.png",
                "cards/en-timeline.png",
                "cards/en-about.png",
                "cards/ja-404.png",
            ]
        );
    }

    #[test]
    fn the_home_card_shows_the_philosophy_as_the_data_has_it() {
        let files = files();
        for lang in Lang::ALL {
            let card = card(route(lang, Some(Page::Overview)), &files, &Estimate);
            assert!(
                shows(&card, files.plan.philosophy.get(lang)),
                "{:?}",
                card.texts
            );
            assert!(shows(&card, lang.strings().philosophy_label));
            assert!(shows(&card, files.plan.period.text.get(lang)));
        }
        let ja = card(route(Lang::Ja, Some(Page::Overview)), &files, &Estimate);
        assert!(shows(&ja, "青森県はDXでもっとおもしろくなる"));
    }

    #[test]
    fn the_poem_card_shows_its_first_and_last_lines_and_invites_reversing_it() {
        let files = files();
        let ja = card(route(Lang::Ja, Some(Page::Poem)), &files, &Estimate);
        for text in [
            "逆転の発想",
            "青森県はDXでもっとおもしろくなる。",
            "青森県だから仕方がない。",
            "下から読むと…",
        ] {
            assert!(shows(&ja, text), "{text}: {:?}", ja.texts);
        }
        // Lines of the middle are not on the card; the arrow is drawn, not a character.
        assert!(!shows(&ja, "今こそ挑戦のときだ。"));
        assert!(ja.svg.contains("stroke-width=\"8\""));
        let en = card(route(Lang::En, Some(Page::Poem)), &files, &Estimate);
        for text in [
            "Reverse Thinking",
            "Aomori will become even more interesting with DX.",
            "It's Aomori, so nothing can be done.",
            "Read it bottom to top…",
        ] {
            assert!(shows(&en, text), "{text}: {:?}", en.texts);
        }
    }

    #[test]
    fn the_timeline_card_shows_the_axis_a_mark_per_entry_and_the_milestones() {
        let files = files();
        let ja = card(route(Lang::Ja, Some(Page::Timeline)), &files, &Estimate);
        let months: Vec<String> = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2]
            .iter()
            .map(|m| format!("{m}月"))
            .collect();
        let texts: Vec<&str> = ja.texts.iter().map(String::as_str).collect();
        let on_axis: Vec<&str> = texts
            .iter()
            .copied()
            .filter(|t| months.iter().any(|m| m == t))
            .collect();
        assert_eq!(
            on_axis, months,
            "every month from March 2023 to February 2024, in order"
        );
        for text in [
            "プラン決定までの経過",
            "2023年",
            "2024年",
            "★素案決定",
            "★原案決定",
            "★プラン決定",
            "意見募集",
            "★",
            "プラン策定の節目",
        ] {
            assert!(texts.contains(&text), "{text}: {texts:?}");
        }
        // Eleven marks in their bodies' shapes (as the page's glyphs) and colours, the public
        // comment's bar, and the legend's five bodies, each edged in white.
        assert_eq!(
            ja.svg
                .matches("stroke=\"#ffffff\" stroke-width=\"3\"")
                .count(),
            11 + 1 + 5
        );
        assert_eq!(
            ja.svg.matches("transform=\"rotate(-45").count(),
            2,
            "the public comment's pencil, on the axis and in the legend"
        );
        assert!(ja.svg.contains("<rect x="), "the public comment as a bar");
        assert_eq!(
            ja.svg.matches("Z\" fill=\"#0b57c2\"").count(),
            4 + 1,
            "committee: four diamonds and the legend's"
        );
        let en = card(route(Lang::En, Some(Page::Timeline)), &files, &Estimate);
        for text in [
            "Mar",
            "Feb",
            "2023",
            "2024",
            "★Draft approved",
            "★Final draft approved",
            "★Plan adopted",
        ] {
            assert!(en.texts.iter().any(|t| t == text), "{text}: {:?}", en.texts);
        }
    }

    #[test]
    fn about_and_not_found_are_plain_cards_with_the_site_name() {
        let files = files();
        let about = card(route(Lang::En, Some(Page::About)), &files, &Estimate);
        assert!(shows(&about, "About this site"));
        assert!(shows(&about, Lang::En.strings().meta_description));
        let not_found = card(route(Lang::Ja, None), &files, &Estimate);
        assert_eq!(not_found.file, "cards/ja-404.png");
        assert!(
            not_found
                .texts
                .iter()
                .filter(|t| *t == "青森県DX推進プラン")
                .count()
                >= 2
        );
    }

    #[test]
    fn content_is_escaped_in_the_svg() {
        let mut files = files();
        std::sync::Arc::make_mut(&mut files.plan).philosophy.ja = "<b>\"A&B\"</b>".into();
        let home = card(route(Lang::Ja, Some(Page::Overview)), &files, &Estimate);
        assert!(
            home.svg.contains("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"),
            "{}",
            home.svg
        );
        assert!(!home.svg.contains("<b>"));
    }

    #[test]
    fn alt_texts_describe_the_card_in_the_page_language() {
        let files = files();
        let japanese = |s: &str| s.chars().any(|c| ('\u{3040}'..='\u{9FFF}').contains(&c));
        for route in super::super::card_routes() {
            let alt = alt(route, &files);
            assert_eq!(japanese(&alt), route.lang == Lang::Ja, "{alt}");
        }
        let poem = alt(route(Lang::Ja, Some(Page::Poem)), &files);
        assert!(
            poem.contains("「青森県はDXでもっとおもしろくなる。」"),
            "{poem}"
        );
        assert!(poem.contains("「青森県だから仕方がない。」"), "{poem}");
        let timeline = alt(route(Lang::En, Some(Page::Timeline)), &files);
        assert!(
            timeline.contains("from March 2023 to February 2024 with its 11 dated steps"),
            "{timeline}"
        );
        assert!(timeline.contains("“Public comment”"), "{timeline}");
        assert!(
            timeline.contains("“Draft approved”, “Final draft approved” and “Plan adopted”"),
            "{timeline}"
        );
        let home = alt(route(Lang::En, Some(Page::Overview)), &files);
        assert!(
            home.ends_with("Basic philosophy: “Aomori will become even more interesting with DX”."),
            "{home}"
        );
    }
}
