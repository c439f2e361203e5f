//! What the DX logo means, with an original explanatory drawing (not the
//! logo): each part of the drawing and its explanation highlight each other
//! on hover, focus or selection.
//!
//! The drawing shows only what the source's bullets state: the letters A, D
//! and X, and circles on the X that grow toward its tips. The A is the arrow
//! (「「A」は進行方向を示す矢印」), so the arrow lights the A and nothing is
//! added for it. The letters form the prefecture's shape, but the source
//! gives no outline and says nothing of their arrangement: nothing stands for
//! the shape, so that the row of letters is not read as it. The wish for the
//! future names a mood, so nothing stands for it either. Where the letters
//! stand and how they look is this site's illustration, as the caption says.

use leptos::prelude::*;

use crate::content::model::{Logo, LogoPartId};
use crate::lang::Lang;
use crate::text::{mixed, prose};

/// The content part ids each piece of the drawing illustrates.
/// The first id is the one pointing at the piece previews.
use LogoPartId::{Arrow, Circles, A as LetterA, D as LetterD, X as LetterX};
const A: &[LogoPartId] = &[LetterA, Arrow];
const D: &[LogoPartId] = &[LetterD];
const X_STROKES: &[LogoPartId] = &[LetterX];
const X_CIRCLES: &[LogoPartId] = &[Circles, LetterX];

/// Whether the drawing illustrates part `id` at all.
fn drawn(id: LogoPartId) -> bool {
    [A, D, X_STROKES, X_CIRCLES]
        .iter()
        .any(|parts| parts.contains(&id))
}

/// The X's circles: on each of its four strokes, from the centre
/// (250, 86) toward the tip, larger the nearer the tip. Lengths are in
/// tenths, written by [`tenths`]: an `f64` attribute would bring float
/// formatting into the wasm (about 10 KB).
fn x_circles() -> impl IntoView {
    // (distance from the centre, radius), in tenths.
    let steps = [(180, 35), (288, 55), (400, 85)];
    [(-1, -1), (1, -1), (-1, 1), (1, 1)]
        .into_iter()
        .flat_map(|(dx, dy)| {
            steps.into_iter().map(move |(d, r): (i32, i32)| {
                view! { <circle class="fill" cx=tenths(2500 + dx * d) cy=tenths(860 + dy * d) r=tenths(r) /> }
            })
        })
        .collect_view()
}

/// `n` tenths as a decimal number, as `f64`'s `Display` writes it: `2212`
/// is "221.2", `2320` is "232". For the drawing's non-negative lengths.
fn tenths(n: i32) -> String {
    match n % 10 {
        0 => format!("{}", n / 10),
        d => format!("{}.{d}", n / 10),
    }
}

/// The logo's meaning: the explanatory drawing beside the source's bullets
/// (the logo itself is on the source page, `source_url`).
#[component]
pub fn LogoMeaning(logo: Logo, source_url: String, lang: Lang) -> impl IntoView {
    let t = lang.overview_strings();
    // Hover or focus previews a part; a click keeps it selected.
    let hovered = RwSignal::new(None::<LogoPartId>);
    let selected = RwSignal::new(None::<LogoPartId>);
    let active = move || hovered.get().or_else(|| selected.get());
    // Whether part `id` is the one highlighted in the list.
    let is_active = move |id: LogoPartId| move || active() == Some(id);
    // A piece of the drawing is highlighted when it illustrates the active part.
    let piece_active =
        move |parts: &'static [LogoPartId]| move || active().is_some_and(|id| parts.contains(&id));
    // Pointing at a piece previews the first part it stands for.
    let piece = move |parts: &'static [LogoPartId], shape: AnyView| {
        let classes = parts
            .iter()
            .map(|p| format!(" part-{}", p.as_str()))
            .collect::<String>();
        view! {
            <g
                class=format!("logo-part{classes}")
                class:active=piece_active(parts)
                on:mouseenter=move |_| hovered.set(parts.first().copied())
                on:mouseleave=move |_| hovered.set(None)
            >
                {shape}
            </g>
        }
    };
    let shapes = view! {
        // A, which the source calls the arrow: no arrowhead is added to it.
        {piece(A, view! { <path d="M24 132 L64 46 L104 132 M38 102 H90" /> }.into_any())}
        {piece(D, view! { <path d="M124 40 V132 H148 A46 46 0 0 0 148 40 Z" /> }.into_any())}
        // X: two strokes; the circles on them grow toward the tips.
        {piece(X_STROKES, view! { <path class="thin" d="M210 46 L290 126 M290 46 L210 126" /> }.into_any())}
        {piece(X_CIRCLES, x_circles().into_any())}
    };

    let items = logo
        .parts
        .iter()
        .map(|part| {
            let id = part.id;
            let pressed = move || (selected.get() == Some(id)).to_string();
            view! {
                <li class:active=is_active(id)>
                    <button
                        type="button"
                        class="logo-explanation"
                        aria-pressed=pressed
                        on:focus=move |_| hovered.set(Some(id))
                        on:blur=move |_| hovered.set(None)
                        on:mouseenter=move |_| hovered.set(Some(id))
                        on:mouseleave=move |_| hovered.set(None)
                        on:click=move |_| selected.update(|s| *s = if *s == Some(id) { None } else { Some(id) })
                    >
                        <span class="logo-label">{mixed(part.label.get(lang), lang)}</span>
                        <span class="logo-text">{prose(part.explanation.get(lang), lang)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <ul class="logo-points">
            {logo.points.iter().map(|p| view! { <li>{prose(p.get(lang), lang)}</li> }).collect_view()}
        </ul>
        <div class="logo-explorer" class:has-active=move || active().is_some_and(drawn)>
            <figure class="logo-figure">
                <svg viewBox="0 28 310 116" role="img" aria-label=t.logo_figure_caption>
                    {shapes}
                </svg>
                <figcaption>{t.logo_figure_caption}</figcaption>
            </figure>
            <div>
                <p class="hint">{prose(t.logo_hint, lang)}</p>
                <ul class="logo-parts">{items}</ul>
            </div>
        </div>
        <p class="logo-where">
            {t.logo_where[0]}
            <a href=source_url rel="external">{t.logo_where[1]}</a>
            {t.logo_where[2]}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::{drawn, tenths, A, D, X_CIRCLES, X_STROKES};
    use crate::content::model::LogoPartId;

    /// Only what the bullets say is drawn (issue 26, item 3): the arrow is
    /// the A alone, and neither the prefecture's shape nor the wish lights
    /// anything.
    #[test]
    fn the_drawing_stands_only_for_what_the_source_states() {
        let pieces = [A, D, X_STROKES, X_CIRCLES];
        let lit = |id: LogoPartId| pieces.iter().filter(|p| p.contains(&id)).count();
        assert_eq!(lit(LogoPartId::Arrow), 1);
        assert!(A.contains(&LogoPartId::Arrow));
        assert_eq!(lit(LogoPartId::Circles), 1);
        assert!(!drawn(LogoPartId::Shape));
        assert!(!drawn(LogoPartId::Wish));
        for id in [LogoPartId::A, LogoPartId::D, LogoPartId::X] {
            assert_eq!(lit(id), if id == LogoPartId::X { 2 } else { 1 }, "{id:?}");
        }
    }

    #[test]
    fn tenths_are_written_as_f64_display_writes_them() {
        for n in [0, 5, 35, 680, 1040, 2212, 2320, 2788, 2900] {
            assert_eq!(tenths(n), (f64::from(n) / 10.0).to_string(), "{n}");
        }
    }
}
