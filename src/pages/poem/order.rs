//! The poem's reading order: the URL asks for it (`?order=reverse`), the
//! list follows, reordered in the DOM and animated line by line (FLIP), or
//! at once with reduced motion, in the task that changed the URL.

use leptos::html::Ol;
use leptos::prelude::*;

use super::lines;
use super::read_aloud::ReadAloud;
use crate::components::flip;
use crate::content::reading::Order;
use crate::i18n::poem::PoemStrings;
use crate::navigation::{with_query, History, Navigation};

/// Makes the list (`shown`) follow the URL's `order`: stops a reading
/// aloud, says the new order in `status`, and animates the lines.
pub fn follow(
    order: Memo<Order>,
    shown: RwSignal<Order>,
    status: RwSignal<String>,
    list_ref: NodeRef<Ol>,
    read_aloud: ReadAloud,
    t: &'static PoemStrings,
    count: usize,
) {
    Effect::new(move |previous: Option<Order>| {
        let target = order.get();
        if previous.is_some() && shown.get_untracked() != target {
            read_aloud.stop();
            let list = list_ref.get_untracked();
            let first = list
                .as_ref()
                .filter(|_| !flip::prefers_reduced_motion())
                .map(|list| flip::measure(list));
            // Reordered and set moving in this task: no frame shows the new
            // order unmoved, and no animation frame does the work again.
            if let Some(list) = &list {
                lines::arrange(list, target, count);
                if let Some(first) = &first {
                    flip::play(list, first);
                }
            }
            shown.set(target);
            status.set(
                match target {
                    Order::Original => t.poem_now_original,
                    Order::Reverse => t.poem_now_reverse,
                }
                .to_string(),
            );
        }
        target
    });
}

/// Asks for the other order, as a new history entry.
pub fn flip(order: Memo<Order>, location: Navigation) {
    let next = order.get_untracked().flipped();
    let query = next
        .to_query()
        .map(|v| format!("order={v}"))
        .unwrap_or_default();
    location.navigate(
        &with_query(&location.path.get_untracked(), &query),
        History::Push,
    );
}
