//! The poem reader's state, which its parts share (each part may be an
//! island of its own, `crate::takeover`): the order asked for and shown,
//! step mode, the line highlighted, and what the status says; and what the
//! controls do with it.

use std::sync::Arc;

use leptos::html::Ol;
use leptos::prelude::*;

use super::autoplay::Autoplay;
use super::lines;
use super::order;
use super::read_aloud::ReadAloud;
use crate::content::model::Poem;
use crate::content::reading::{is_last, step, Order};
use crate::lang::Lang;
use crate::navigation::use_navigation;

/// What the reader's parts share: the poem, the order asked for and shown,
/// step mode, the line highlighted, and what the status says.
#[derive(Clone, Copy)]
pub struct Reader {
    pub(super) poem: StoredValue<Arc<Poem>>,
    pub(super) lang: Lang,
    pub(super) count: usize,
    /// What the URL asks for, and what the list shows (they differ only for
    /// the instant between a URL change and the reordering).
    pub(super) order: Memo<Order>,
    pub(super) shown: RwSignal<Order>,
    pub(super) stepping: RwSignal<bool>,
    pub(super) current: RwSignal<Option<usize>>,
    pub(super) autoplay: Autoplay,
    pub(super) show_original: RwSignal<bool>,
    pub(super) status: RwSignal<String>,
    pub(super) list_ref: NodeRef<Ol>,
    pub(super) read_aloud: ReadAloud,
}

impl Reader {
    pub(super) fn new(poem: Arc<Poem>, lang: Lang) -> Self {
        let t = lang.poem_strings();
        let location = use_navigation();
        let order = Memo::new(move |_| location.search.with(|s| Order::from_search(s)));
        let shown = RwSignal::new(order.get_untracked());
        let current = RwSignal::new(None::<usize>);
        let status = RwSignal::new(String::new());
        let list_ref = NodeRef::<Ol>::new();
        let read_aloud = ReadAloud::new(Arc::clone(&poem), lang, current, status, list_ref);
        let count = poem.lines.len();
        order::follow(order, shown, status, list_ref, read_aloud, t, count);
        let reader = Self {
            count,
            poem: StoredValue::new(poem),
            lang,
            order,
            shown,
            stepping: RwSignal::new(false),
            current,
            autoplay: Autoplay::new(),
            show_original: RwSignal::new(false),
            status,
            list_ref,
            read_aloud,
        };
        // Drawn or prerendered and kept, the list follows the reader.
        let show_original = reader.show_original;
        list_ref
            .on_load(move |list| lines::follow(list.into(), lang, shown, current, show_original));
        reader
    }

    pub(super) fn reversed(&self) -> bool {
        self.shown.get() == Order::Reverse
    }

    /// Whether the status says something: the stage's `data-said`, without
    /// which the status takes no room (an attribute of the stage, not of the
    /// live region, whose every change a screen reader may announce).
    pub(super) fn said(&self) -> bool {
        self.status.with(|status| !status.is_empty())
    }

    /// `data-order` of the stage, whose colours follow the order shown.
    pub(super) fn order_name(&self) -> &'static str {
        if self.reversed() {
            "reverse"
        } else {
            "original"
        }
    }

    /// Highlights the line `delta` away from the current one, in the order
    /// shown, and says it in the status.
    pub(super) fn go(&self, delta: isize) {
        let (order, count, lang) = (self.shown.get_untracked(), self.count, self.lang);
        let next = step(order, count, self.current.get_untracked(), delta);
        self.current.set(next);
        let line = next.and_then(|i| {
            self.poem
                .with_value(|p| p.lines.get(i).map(|l| l.get(lang).to_string()))
        });
        if let Some(line) = line {
            let position = order.position(count, next.unwrap_or_default()) + 1;
            let t = lang.poem_strings();
            self.status
                .set((t.poem_step_status)(position, count, &line));
        }
    }

    fn leave_stepping(&self) {
        self.autoplay.stop();
        self.stepping.set(false);
        self.current.set(None);
        self.status.set(String::new());
    }

    pub(super) fn toggle_stepping(&self) {
        self.read_aloud.stop();
        if self.stepping.get_untracked() {
            self.leave_stepping();
        } else {
            self.stepping.set(true);
            self.go(0);
        }
    }

    fn at_end(&self) -> bool {
        self.current
            .get_untracked()
            .is_some_and(|line| is_last(self.shown.get_untracked(), self.count, line))
    }

    pub(super) fn toggle_playing(&self) {
        if self.autoplay.playing.get_untracked() {
            return self.autoplay.stop();
        }
        // Start again from the top of the reading when at its end.
        if self.current.get_untracked().is_none() || self.at_end() {
            self.current.set(None);
        }
        self.go(if self.current.get_untracked().is_none() {
            0
        } else {
            1
        });
        let this = *self;
        self.autoplay.start(move || {
            let at_end = this.at_end();
            if !at_end {
                this.go(1);
            }
            !at_end
        });
    }

    /// Reading aloud highlights `current` too: a line highlighted outside
    /// step mode is the one being read.
    pub(super) fn reading(&self) -> bool {
        self.current.get().is_some() && !self.stepping.get()
    }

    pub(super) fn toggle_read_aloud(&self) {
        if self.current.get_untracked().is_some() && !self.stepping.get_untracked() {
            return self.read_aloud.stop();
        }
        self.leave_stepping();
        self.read_aloud.start(self.shown.get_untracked());
    }

    /// Arrow keys step through the lines in step mode.
    pub(super) fn on_keydown(&self, ev: leptos::ev::KeyboardEvent) {
        if !self.stepping.get_untracked() {
            return;
        }
        let delta = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" => 1,
            "ArrowUp" | "ArrowLeft" => -1,
            _ => return,
        };
        ev.prevent_default();
        self.autoplay.stop();
        self.go(delta);
    }
}
