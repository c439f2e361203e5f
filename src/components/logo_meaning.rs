//! What the DX logo means, with an original explanatory drawing (not the
//! logo): each part of the drawing and its explanation highlight each other
//! on hover, focus or selection.

use leptos::prelude::*;

use crate::content::model::Logo;
use crate::i18n::Lang;
use crate::text::mixed;

/// The drawing's part for a content part id. Unknown ids draw nothing.
fn part_shape(id: &str) -> AnyView {
    match id {
        "a" | "d" | "x" => {
            let (x, letter) = match id {
                "a" => (24, "A"),
                "d" => (84, "D"),
                _ => (144, "X"),
            };
            view! {
                <rect x=x y="28" width="48" height="48" rx="8" />
                <text x=x + 24 y="61" text-anchor="middle">{letter}</text>
            }
            .into_any()
        }
        "shape" => view! { <rect class="outline" x="12" y="16" width="192" height="72" rx="18" /> }
            .into_any(),
        "circles" => view! {
            <circle cx="236" cy="52" r="5" />
            <circle cx="260" cy="52" r="9" />
            <circle cx="292" cy="52" r="14" />
        }
        .into_any(),
        "arrow" => {
            view! { <path class="stroke" d="M24 140 H176 M156 124 L178 140 L156 156" /> }.into_any()
        }
        "wish" => view! {
            <path d="M276 112 L284 134 L306 142 L284 150 L276 172 L268 150 L246 142 L268 134 Z" />
        }
        .into_any(),
        _ => ().into_any(),
    }
}

#[component]
pub fn LogoMeaning(logo: Logo, lang: Lang) -> impl IntoView {
    let t = lang.strings();
    // Hover or focus previews a part; a click keeps it selected.
    let hovered = RwSignal::new(None::<String>);
    let selected = RwSignal::new(None::<String>);
    let active = move || hovered.get().or_else(|| selected.get());
    // Whether part `id` is the one highlighted (in the drawing and the list alike).
    let is_active = move |id: String| move || active().as_deref() == Some(id.as_str());

    let shapes = logo
        .parts
        .iter()
        .map(|part| {
            let id = part.id.clone();
            let enter = id.clone();
            view! {
                <g
                    class=format!("logo-part part-{}", id)
                    class:active=is_active(id.clone())
                    on:mouseenter=move |_| hovered.set(Some(enter.clone()))
                    on:mouseleave=move |_| hovered.set(None)
                >
                    {part_shape(&id)}
                </g>
            }
        })
        .collect_view();

    let items = logo
        .parts
        .iter()
        .map(|part| {
            let id = part.id.clone();
            let pressed = {
                let id = id.clone();
                move || (selected.get().as_deref() == Some(id.as_str())).to_string()
            };
            let (focus_id, enter_id, click_id) = (id.clone(), id.clone(), id.clone());
            view! {
                <li class:active=is_active(id.clone())>
                    <button
                        type="button"
                        class="logo-explanation"
                        aria-pressed=pressed
                        on:focus=move |_| hovered.set(Some(focus_id.clone()))
                        on:blur=move |_| hovered.set(None)
                        on:mouseenter=move |_| hovered.set(Some(enter_id.clone()))
                        on:mouseleave=move |_| hovered.set(None)
                        on:click=move |_| {
                            selected.update(|s| {
                                *s = if s.as_deref() == Some(click_id.as_str()) { None } else { Some(click_id.clone()) }
                            })
                        }
                    >
                        <span class="logo-label">{mixed(part.label.get(lang), lang)}</span>
                        <span class="logo-text">{mixed(part.explanation.get(lang), lang)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <ul class="logo-points">
            {logo.points.iter().map(|p| view! { <li>{mixed(p.get(lang), lang)}</li> }).collect_view()}
        </ul>
        <div class="logo-explorer" class:has-active=move || active().is_some()>
            <figure class="logo-figure">
                <svg viewBox="0 0 330 190" role="img" aria-label=t.logo_figure_caption>
                    {shapes}
                </svg>
                <figcaption>{t.logo_figure_caption}</figcaption>
            </figure>
            <div>
                <p class="hint">{t.logo_hint}</p>
                <ul class="logo-parts">{items}</ul>
            </div>
        </div>
        <p class="logo-where">{t.logo_where}</p>
    }
}
