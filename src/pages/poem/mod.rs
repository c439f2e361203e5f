//! 「逆転の発想」: read top to bottom it despairs, bottom to top it hopes.
//!
//! The reading order lives in the URL (`?order=reverse`), so it can be
//! shared and back/forward step through it. When it changes, the lines are
//! reordered in the DOM (so screen readers, focus, copy and print follow the
//! meaning) and the change is animated line by line (FLIP), or applied at
//! once with reduced motion (`order`). The lines can also be read aloud
//! (`read_aloud`), which the reordering and step mode stop.

mod autoplay;
mod lines;
mod order;
mod read_aloud;
mod reader;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::tachys::html::node_ref::NodeRefContainer;

use crate::components::later::later;
use crate::components::loaded::Loaded;
use crate::content::model::Poem;
use crate::content::reading::Order;
use crate::context::use_content;
use crate::context::use_site;
use crate::lang::Lang;
use crate::navigation::use_navigation;
use crate::pages::island::{shared_by_islands, Island};
use crate::text::prose;
use lines::Lines;
use reader::Reader;

/// The route `/poem/`: the poem's reader once `poem.json` is loaded.
#[component]
pub fn PoemPage() -> impl IntoView {
    // Rebuilt for each route, so the language is plain, not reactive.
    let lang = use_site().lang();
    view! {
        <div class="page poem-page">
            <h1>{lang.poem_strings().page_poem}</h1>
            <Loaded source=use_content().poem render=move |poem| view! { <PoemReader poem=poem lang=lang /> } />
        </div>
    }
}

/// The reader's parts that the first page's take-over makes live, each in
/// a task of its own (`data-island`, see `crate::takeover`): it draws the
/// controls, the status and the other reading for print anew, and keeps the
/// stage and the lines, which follow the reader in place. The parts share
/// one [`Reader`], made by whichever comes first.
pub fn island(name: &str, el: &web_sys::Element) -> Option<Island> {
    let poem = use_content().poem.ready()?;
    let lang = use_site().lang();
    let reader = shared_by_islands(|| Reader::new(poem, lang));
    let view = match name {
        "stage" => {
            let el = el.clone();
            Effect::new(move |_| {
                let _ = el.set_attribute("data-order", reader.order_name());
                let _ = el.toggle_attribute_with_force("data-said", reader.said());
            });
            return Some(Island::Kept);
        }
        "controls" => view! { <Controls reader=reader /> }.into_any(),
        "lines" => {
            // Kept: the reader moves and marks the prerendered lines (`lines`).
            reader.list_ref.load(el);
            return Some(Island::Kept);
        }
        "status" => view! { <Status reader=reader /> }.into_any(),
        "print" => view! { <OtherReading reader=reader /> }.into_any(),
        _ => return None,
    };
    Some(Island::Drawn(view))
}

/// The instruction, the controls (order, step mode, original, read aloud),
/// the twelve lines in the order shown, and their status.
#[component]
fn PoemReader(poem: Arc<Poem>, lang: Lang) -> impl IntoView {
    let t = lang.poem_strings();
    let reader = Reader::new(Arc::clone(&poem), lang);
    view! {
        <div class="poem-intro">
            <p>{prose(poem.instruction.get(lang), lang)}</p>
        </div>
        <section
            class="poem"
            aria-label=t.page_poem
            data-order=move || reader.order_name()
            data-said=move || reader.said().then_some("")
            data-island="stage"
        >
            <Controls reader=reader />
            {(lang == Lang::En).then(|| view! { <p class="translation-note">{t.translation_note}</p> })}
            <Lines poem=reader.poem lang=lang order=reader.shown.get_untracked() list_ref=reader.list_ref />
            <Status reader=reader />
        </section>
        <div class="poem-outro">
            <p>{prose(poem.reflection.get(lang), lang)}</p>
            <p>{prose(poem.wish.get(lang), lang)}</p>
        </div>
        <OtherReading reader=reader />
    }
}

/// The buttons, and step mode's own when it is on (the arrow keys step too).
#[component]
fn Controls(reader: Reader) -> impl IntoView {
    let Reader {
        lang,
        stepping,
        show_original,
        autoplay,
        order,
        ..
    } = reader;
    let t = lang.poem_strings();
    let location = use_navigation();
    let is_en = lang == Lang::En;
    view! {
        <div class="poem-bar" data-island="controls" on:keydown=move |ev| reader.on_keydown(ev)>
            <div class="poem-controls" role="group" aria-label=t.poem_controls_label>
                // Its name says what a click does (「下から読む」 / 「上から読む」), so it has
                // no pressed state: 「上から読む」 announced as pressed would say the
                // opposite of the order shown. The status and the list's name tell the order.
                <button type="button" class="poem-toggle" on:click=move |_| order::flip(order, location)>
                    <span class="poem-toggle-icon" aria-hidden="true">"⇅"</span>
                    {move || if reader.reversed() { t.poem_read_original } else { t.poem_read_reverse }}
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-pressed=move || stepping.get().to_string()
                    on:click=move |_| reader.toggle_stepping()
                >
                    {t.poem_step_mode}
                </button>
                {is_en
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="secondary"
                                aria-pressed=move || show_original.get().to_string()
                                on:click=move |_| show_original.update(|v| *v = !*v)
                            >
                                {t.poem_show_original}
                            </button>
                        }
                    })}
                // Only where the browser can speak (its room is kept in CSS, so it moves nothing).
                {read_aloud::supported()
                    .then(|| {
                        view! {
                            <button type="button" class="secondary read-aloud" on:click=move |_| reader.toggle_read_aloud()>
                                {move || if reader.reading() { t.read_aloud_stop } else { t.read_aloud }}
                            </button>
                        }
                    })}
            </div>
            <Show when=move || stepping.get()>
                <div class="poem-steps" role="group" aria-label=t.poem_step_mode>
                    <button type="button" class="secondary" on:click=move |_| { autoplay.stop(); reader.go(-1) }>
                        <span aria-hidden="true">"↑ "</span>
                        {t.poem_prev}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| { autoplay.stop(); reader.go(1) }>
                        <span aria-hidden="true">"↓ "</span>
                        {t.poem_next}
                    </button>
                    <button type="button" class="secondary" aria-pressed=move || autoplay.playing.get().to_string() on:click=move |_| reader.toggle_playing()>
                        {t.poem_play}
                    </button>
                    <p class="poem-hint">{prose(t.poem_step_hint, lang)}</p>
                </div>
            </Show>
        </div>
    }
}

/// What the reader last did, for screen readers and sighted readers alike.
#[component]
fn Status(reader: Reader) -> impl IntoView {
    let status = reader.status;
    view! { <p class="poem-status" role="status" data-island="status">{move || status.get()}</p> }
}

/// Print, and the page without scripts, show both readings: the list in the
/// current order, this in the other.
#[component]
fn OtherReading(reader: Reader) -> impl IntoView {
    let Reader {
        lang,
        count,
        shown,
        poem,
        ..
    } = reader;
    let t = lang.poem_strings();
    // Out of sight on screen: it follows the order a task after the click.
    let order = later(move || shown.get());
    view! {
        <section class="print-only" aria-labelledby="poem-other-reading" data-island="print">
            <h2 id="poem-other-reading">{move || if order.get() == Order::Reverse { t.poem_print_other_original } else { t.poem_print_other_reverse }}</h2>
            <ol lang=lang.code()>
                {move || {
                    order
                        .get()
                        .flipped()
                        .lines(count)
                        .into_iter()
                        .map(|line| {
                            let text = poem.with_value(|p| p.lines.get(line).map(|l| l.get(lang).to_string()).unwrap_or_default());
                            view! { <li value=(line + 1).to_string()>{text}</li> }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}
