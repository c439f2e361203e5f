//! What the eye does not need in the frame after a click (the reading for
//! print, the share links, the frame's links that carry the address) follows
//! its source a task later, so the click's own task does only what shows.

use leptos::prelude::*;

/// A signal that takes `source`'s value a task after it changes (at once
/// when first read, so a page is drawn complete). Browser-only updates: the
/// effect does not run in the prerender, which draws the first value.
pub fn later<T>(source: impl Fn() -> T + 'static) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(untrack(&source));
    Effect::new(move |previous: Option<()>| {
        let next = source();
        if previous.is_some() {
            set_timeout(
                move || {
                    if value.try_get_untracked().is_some_and(|v| v != next) {
                        value.set(next);
                    }
                },
                std::time::Duration::ZERO,
            );
        }
    });
    value.read_only()
}
