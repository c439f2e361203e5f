//! The parts of a page that the first page's take-over draws live
//! (`data-island`, see `crate::takeover`), and the state they share.

use leptos::prelude::*;

/// The state a page's islands share (`crate::takeover` draws each in a
/// task of its own): made by whichever is drawn first and provided on the
/// islands' owner for the others.
pub fn shared_by_islands<T: Clone + Send + Sync + 'static>(make: impl FnOnce() -> T) -> T {
    use_context::<T>().unwrap_or_else(|| {
        let state = make();
        provide_context(state.clone());
        state
    })
}

/// What the take-over makes of an island.
pub enum Island {
    /// A live twin, which replaces the prerendered element.
    Drawn(AnyView),
    /// The prerendered element itself, kept: the island's effects and
    /// handlers work on it.
    Kept,
}
