//! 「逆転の発想」: read top to bottom it despairs, bottom to top it hopes.
//!
//! The reading order lives in the URL (`?order=reverse`), so it can be
//! shared and back/forward step through it. When it changes, the lines are
//! reordered in the DOM (so screen readers, focus, copy and print follow the
//! meaning) and the change is animated line by line (FLIP), or applied at
//! once with reduced motion (`order`). The lines can also be read aloud
//! (`read_aloud`), which the reordering and step mode stop.

mod autoplay;
mod order;
mod read_aloud;

use std::sync::Arc;

use leptos::html::Ol;
use leptos::prelude::*;

use crate::components::loaded::Loaded;
use crate::content::model::Poem;
use crate::content::phrases::phrases;
use crate::content::reading::{is_last, step, Order};
use crate::context::use_content;
use crate::context::use_site;
use crate::lang::Lang;
use crate::navigation::use_navigation;
use autoplay::Autoplay;
use read_aloud::ReadAloud;

/// The route `/poem/`: the poem's reader once `poem.json` is loaded.
#[component]
pub fn PoemPage() -> impl IntoView {
    // Rebuilt for each route, so the language is plain, not reactive.
    let lang = use_site().lang();
    view! {
        <div class="page poem-page" data-island="page">
            <h1>{lang.poem_strings().page_poem}</h1>
            <Loaded source=use_content().poem render=move |poem| view! { <PoemReader poem=poem lang=lang /> } />
        </div>
    }
}

/// The instruction, the controls (order, step mode, original, read aloud),
/// the twelve lines in the order shown, and their status.
#[component]
fn PoemReader(poem: Arc<Poem>, lang: Lang) -> impl IntoView {
    let t = lang.poem_strings();
    let count = poem.lines.len();
    let location = use_navigation();

    // What the URL asks for, and what the list shows (they differ only for
    // the instant between a URL change and the reordering).
    let order = Memo::new(move |_| location.search.with(|s| Order::from_search(s)));
    let shown = RwSignal::new(order.get_untracked());
    let stepping = RwSignal::new(false);
    let current = RwSignal::new(None::<usize>);
    let autoplay = Autoplay::new();
    let playing = autoplay.playing;
    let show_original = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let list_ref = NodeRef::<Ol>::new();
    let stop_playing = move || autoplay.stop();
    let read_aloud = ReadAloud::new(Arc::clone(&poem), lang, current, status, list_ref);

    order::follow(order, shown, status, list_ref, read_aloud, t);
    let toggle_order = move |_| order::flip(order, location);

    let poem_for_status = Arc::clone(&poem);
    let move_by = move |delta: isize| {
        let order = shown.get_untracked();
        let next = step(order, count, current.get_untracked(), delta);
        current.set(next);
        if let Some(line) = next.and_then(|i| poem_for_status.lines.get(i)) {
            let position = order.position(count, next.unwrap_or_default()) + 1;
            status.set((t.poem_step_status)(position, count, line.get(lang)));
        }
    };
    let move_by = StoredValue::new_local(move_by);
    let go = move |delta: isize| move_by.with_value(|f| f(delta));

    let leave_stepping = move || {
        stop_playing();
        stepping.set(false);
        current.set(None);
        status.set(String::new());
    };

    let toggle_stepping = move |_| {
        read_aloud.stop();
        if stepping.get_untracked() {
            leave_stepping();
        } else {
            stepping.set(true);
            go(0);
        }
    };

    let toggle_playing = move |_| {
        if playing.get_untracked() {
            stop_playing();
            return;
        }
        // Start again from the top of the reading when at its end.
        if current
            .get_untracked()
            .is_none_or(|line| is_last(shown.get_untracked(), count, line))
        {
            current.set(None);
        }
        go(if current.get_untracked().is_none() {
            0
        } else {
            1
        });
        autoplay.start(move || {
            let at_end = current
                .get_untracked()
                .is_some_and(|line| is_last(shown.get_untracked(), count, line));
            if !at_end {
                go(1);
            }
            !at_end
        });
    };

    // Reading aloud highlights `current` too: a line highlighted outside
    // step mode is the one being read.
    let reading = move || current.get().is_some() && !stepping.get();
    let toggle_read_aloud = move |_| {
        if current.get_untracked().is_some() && !stepping.get_untracked() {
            return read_aloud.stop();
        }
        leave_stepping();
        read_aloud.start(shown.get_untracked());
    };

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if !stepping.get_untracked() {
            return;
        }
        let delta = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" => 1,
            "ArrowUp" | "ArrowLeft" => -1,
            _ => return,
        };
        ev.prevent_default();
        stop_playing();
        go(delta);
    };

    let reversed = move || shown.get() == Order::Reverse;
    let is_en = lang == Lang::En;
    let lines = Arc::clone(&poem);
    let print_lines = Arc::clone(&poem);

    view! {
        <div class="poem-intro">
            <p>{poem.instruction.get(lang).to_string()}</p>
        </div>
        <section
            class="poem"
            aria-label=t.page_poem
            data-order=move || if reversed() { "reverse" } else { "original" }
            on:keydown=on_keydown
        >
            <div class="poem-controls" role="group" aria-label=t.poem_controls_label>
                // Its name says what a click does (「下から読む」 / 「上から読む」), so it has
                // no pressed state: 「上から読む」 announced as pressed would say the
                // opposite of the order shown. The status and the list's name tell the order.
                <button type="button" class="poem-toggle" on:click=toggle_order>
                    <span class="poem-toggle-icon" aria-hidden="true">"⇅"</span>
                    {move || if reversed() { t.poem_read_original } else { t.poem_read_reverse }}
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-pressed=move || stepping.get().to_string()
                    on:click=toggle_stepping
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
                            <button type="button" class="secondary read-aloud" on:click=toggle_read_aloud>
                                {move || if reading() { t.read_aloud_stop } else { t.read_aloud }}
                            </button>
                        }
                    })}
            </div>
            <Show when=move || stepping.get()>
                <div class="poem-steps" role="group" aria-label=t.poem_step_mode>
                    <button type="button" class="secondary" on:click=move |_| { stop_playing(); go(-1) }>
                        <span aria-hidden="true">"↑ "</span>
                        {t.poem_prev}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| { stop_playing(); go(1) }>
                        <span aria-hidden="true">"↓ "</span>
                        {t.poem_next}
                    </button>
                    <button type="button" class="secondary" aria-pressed=move || playing.get().to_string() on:click=toggle_playing>
                        {t.poem_play}
                    </button>
                    <p class="poem-hint">{t.poem_step_hint}</p>
                </div>
            </Show>
            {is_en.then(|| view! { <p class="translation-note">{t.translation_note}</p> })}
            <ol
                class="poem-lines"
                node_ref=list_ref
                lang=lang.code()
                aria-label=move || if reversed() { t.poem_lines_reverse } else { t.poem_lines_original }
            >
                <For each=move || shown.get().lines(count) key=|line| *line let:line>
                    {
                        let text = lines.lines.get(line).map(|l| l.get(lang).to_string()).unwrap_or_default();
                        let original = lines.lines.get(line).map(|l| l.ja.clone()).unwrap_or_default();
                        let is_current = move || current.get() == Some(line);
                        let class = match line {
                            0 => "poem-line thesis",
                            l if l + 1 == count => "poem-line antithesis",
                            _ => "poem-line",
                        };
                        view! {
                            <li
                                class=class
                                class:current=is_current
                                data-key=line.to_string()
                                value=(line + 1).to_string()
                                aria-current=move || is_current().then_some("step")
                            >
                                <span class="line-no" aria-hidden="true">{line + 1}</span>
                                <span class="line-text">
                                    // Break opportunities after its commas, from the text (content::phrases).
                                    {phrases(&text)
                                        .into_iter()
                                        .enumerate()
                                        .map(|(i, piece)| view! { {(i > 0).then(|| view! { <wbr /> })}{piece.to_string()} })
                                        .collect_view()}
                                    <Show when=move || show_original.get()>
                                        <span class="line-original" lang="ja">{original.clone()}</span>
                                    </Show>
                                </span>
                            </li>
                        }
                    }
                </For>
            </ol>
            <p class="poem-status" role="status">{move || status.get()}</p>
        </section>
        <div class="poem-outro">
            <p>{poem.reflection.get(lang).to_string()}</p>
            <p>{poem.wish.get(lang).to_string()}</p>
        </div>
        // Print, and the page without scripts, show both readings: the list above in the
        // current order, this in the other.
        <section class="print-only" aria-labelledby="poem-other-reading">
            <h2 id="poem-other-reading">{move || if reversed() { t.poem_print_other_original } else { t.poem_print_other_reverse }}</h2>
            <ol lang=lang.code()>
                {move || {
                    shown
                        .get()
                        .flipped()
                        .lines(count)
                        .into_iter()
                        .map(|line| {
                            let text = print_lines.lines.get(line).map(|l| l.get(lang).to_string()).unwrap_or_default();
                            view! { <li value=(line + 1).to_string()>{text}</li> }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}
