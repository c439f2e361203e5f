//! What the take-over's two paths share: the live app's root owner, the
//! islands while the prerendered page is the page, and the mark that says
//! the page is live.

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;

/// The islands' owner and their view states (kept: dropping a state stops
/// its updates).
type Islands = (Owner, Vec<Box<dyn Any>>);

thread_local! {
    /// The owner of everything live: contexts, islands, the whole app.
    pub(super) static ROOT: RefCell<Option<Owner>> = const { RefCell::new(None) };
    /// The islands, while the prerendered page is the page; dropped when
    /// the whole app takes over.
    pub(super) static ISLANDS: RefCell<Option<Islands>> = const { RefCell::new(None) };
}

pub(super) fn root_owner() -> Owner {
    // Set first thing in `start`.
    ROOT.with_borrow(|root| root.clone()).unwrap_or_default()
}

/// `<html data-live>`: the page is live (the tests and benchmarks wait for it).
pub(super) fn mark_live() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-live", "");
    }
}
