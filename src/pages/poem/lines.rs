//! The twelve lines. They are drawn once, in the order the page opens with;
//! from then on the reader moves and marks them in place: their order, the
//! line highlighted, the originals beside a translation. So the prerendered
//! list, which the take-over keeps, and a list drawn later behave the same,
//! and a reversal is one reordering of the DOM and its movement (FLIP) in
//! the click's own task, as a plain-JS page would do it.

use std::sync::Arc;

use leptos::html::Ol;
use leptos::prelude::*;
use web_sys::Element;

use crate::components::flip::items;
use crate::content::model::Poem;
use crate::content::phrases::phrases;
use crate::content::reading::Order;
use crate::i18n::poem::PoemStrings;
use crate::lang::Lang;

/// The list as the page opens: every line in `order`, the originals
/// there but hidden until asked for (`data-original` on the list).
#[component]
pub fn Lines(
    poem: StoredValue<Arc<Poem>>,
    lang: Lang,
    order: Order,
    list_ref: NodeRef<Ol>,
) -> impl IntoView {
    let count = poem.with_value(|p| p.lines.len());
    let items = order
        .lines(count)
        .into_iter()
        .map(|line| {
            let (text, original) = poem.with_value(|p| {
                p.lines
                    .get(line)
                    .map(|l| (l.get(lang).to_string(), l.ja.clone()))
                    .unwrap_or_default()
            });
            let class = match line {
                0 => "poem-line thesis",
                l if l + 1 == count => "poem-line antithesis",
                _ => "poem-line",
            };
            view! {
                <li class=class data-key=line.to_string() value=(line + 1).to_string()>
                    <span class="line-no" aria-hidden="true">{line + 1}</span>
                    <span class="line-text">
                        // Break opportunities after its commas, from the text (content::phrases).
                        {phrases(&text)
                            .into_iter()
                            .enumerate()
                            .map(|(i, piece)| view! { {(i > 0).then(|| view! { <wbr /> })}{piece.to_string()} })
                            .collect_view()}
                        {(lang == Lang::En).then(|| view! { <span class="line-original" lang="ja">{original}</span> })}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ol
            class="poem-lines"
            node_ref=list_ref
            lang=lang.code()
            aria-label=label(lang.poem_strings(), order)
            data-island="lines"
        >
            {items}
        </ol>
    }
}

fn label(t: &PoemStrings, order: Order) -> &'static str {
    match order {
        Order::Original => t.poem_lines_original,
        Order::Reverse => t.poem_lines_reverse,
    }
}

/// Keeps the list (drawn or prerendered) in step with the reader: its
/// order (`shown`), name, highlighted line (`current`) and originals. The
/// reordering itself, with its movement, is `super::order::follow`'s, which
/// calls [`arrange`].
pub(super) fn follow(
    list: Element,
    lang: Lang,
    shown: RwSignal<Order>,
    current: RwSignal<Option<usize>>,
    show_original: RwSignal<bool>,
) {
    let count = list.child_element_count() as usize;
    let t = lang.poem_strings();
    // A prerendered list is in the original order; the URL may ask otherwise.
    arrange(&list, shown.get_untracked(), count);
    let el = list.clone();
    Effect::new(move |_| {
        let _ = el.set_attribute("aria-label", label(t, shown.get()));
    });
    let el = list.clone();
    Effect::new(move |_| {
        let current = current.get().map(|line| line.to_string());
        for item in items(&el) {
            let on = current.is_some() && item.get_attribute("data-key") == current;
            let _ = item.class_list().toggle_with_force("current", on);
            let _ = if on {
                item.set_attribute("aria-current", "step")
            } else {
                item.remove_attribute("aria-current")
            };
        }
    });
    if lang == Lang::En {
        Effect::new(move |_| {
            let _ = list.toggle_attribute_with_force("data-original", show_original.get());
        });
    }
}

/// Puts the list's items in `order`, moving only if they are not already.
pub(super) fn arrange(list: &Element, order: Order, count: usize) {
    let mut by_line: Vec<Option<Element>> = vec![None; count];
    let now = items(list);
    for item in &now {
        let line = item
            .get_attribute("data-key")
            .and_then(|k| k.parse::<usize>().ok());
        if let Some(slot) = line.and_then(|line| by_line.get_mut(line)) {
            *slot = Some(item.clone());
        }
    }
    let wanted: Vec<Element> = order
        .lines(count)
        .into_iter()
        .filter_map(|line| by_line.get(line).cloned().flatten())
        .collect();
    if wanted == now {
        return;
    }
    for item in &wanted {
        let _ = list.append_child(item);
    }
}
