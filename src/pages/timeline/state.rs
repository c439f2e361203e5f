//! The timeline explorer's state, shared by its parts: the filter read from
//! the URL, its result, and the search session; every change goes through
//! the URL, so back/forward and shared links show the same view.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::model::Timeline;
use crate::content::timeline_filter::{apply, Filter, Index, Outcome, Parsed};
use crate::lang::Lang;
use crate::navigation::{use_navigation, with_query, History, Navigation};

/// Entries listed at first and added by each "show more": enough to read, few
/// enough that a phone redraws them within a frame.
pub const PAGE: usize = 20;

/// What the explorer's parts share: the filter's state, the file and its
/// search index, how many entries are listed, and the entry pointed at.
#[derive(Clone, Copy)]
pub struct Parts {
    pub state: Explorer,
    pub entries: StoredValue<(Arc<Timeline>, Arc<Index>)>,
    /// Long results are listed a page at a time, so a keystroke never has
    /// to redraw thousands of entries; downloads and counts use the whole
    /// result.
    pub limit: RwSignal<usize>,
    /// Set while an entry is pointed at or focused: the axis lights its mark.
    pub lit: RwSignal<Option<usize>>,
    pub lang: Lang,
}

impl Parts {
    pub fn new(timeline: Arc<Timeline>, lang: Lang) -> Self {
        let index = Arc::new(Index::new(&timeline));
        let state = Explorer::new(&timeline, &index, lang);
        let limit = RwSignal::new(PAGE);
        let filter = state.filter;
        Effect::new(move |_| {
            filter.track();
            if limit.get_untracked() != PAGE {
                limit.set(PAGE);
            }
        });
        Self {
            state,
            entries: StoredValue::new((timeline, index)),
            limit,
            lit: RwSignal::new(None),
            lang,
        }
    }

    pub fn timeline(&self) -> Arc<Timeline> {
        self.entries
            .with_value(|(timeline, _)| Arc::clone(timeline))
    }
}

#[derive(Clone, Copy)]
pub struct Explorer {
    /// The filter and what in the URL could not be used.
    pub parsed: Memo<Parsed>,
    pub filter: Memo<Filter>,
    /// The entries the filter shows, in order, and the counts per body.
    pub outcome: Memo<Outcome>,
    /// A message about the last copy or download.
    pub status: RwSignal<String>,
    /// The known body ids, in their canonical order.
    pub body_ids: StoredValue<Vec<String>>,
    /// Whether a search session is under way: one history entry for it,
    /// not one per keystroke.
    typing: StoredValue<bool>,
    /// The latest search text not yet applied, and whether it replaces the
    /// current history entry.
    pending: StoredValue<Option<(String, bool)>>,
    location: Navigation,
}

impl Explorer {
    pub fn new(timeline: &Arc<Timeline>, index: &Arc<Index>, lang: Lang) -> Self {
        let location = use_navigation();
        let body_ids: Vec<String> = timeline.bodies.iter().map(|b| b.id.clone()).collect();
        let parsed = {
            let body_ids = body_ids.clone();
            Memo::new(move |_| {
                let ids: Vec<&str> = body_ids.iter().map(String::as_str).collect();
                Filter::parse(&location.search.get(), &ids)
            })
        };
        let filter = Memo::new(move |_| parsed.with(|p| p.filter.clone()));
        let outcome = {
            let (timeline, index) = (Arc::clone(timeline), Arc::clone(index));
            Memo::new(move |_| filter.with(|f| apply(&timeline, &index, f, lang)))
        };
        Self {
            parsed,
            filter,
            outcome,
            status: RwSignal::new(String::new()),
            body_ids: StoredValue::new(body_ids),
            typing: StoredValue::new(false),
            pending: StoredValue::new(None),
            location,
        }
    }

    /// Shows `next` by putting it in the URL.
    fn set(&self, next: Filter, history: History) {
        let url = with_query(&self.location.path.get_untracked(), &next.to_query());
        self.location.navigate(&url, history);
    }

    /// Changes the filter with `change`, as a new history entry: a choice
    /// other than typing also ends the search session.
    pub fn update(&self, change: impl FnOnce(&mut Filter)) {
        self.typing.set_value(false);
        let mut next = self.filter.get_untracked();
        change(&mut next);
        self.set(next, History::Push);
    }

    /// Back to every entry, dropping any search not yet applied.
    pub fn clear(&self) {
        self.typing.set_value(false);
        self.pending.set_value(None);
        self.set(Filter::default(), History::Push);
    }

    /// The search box's new text. Applied after the frame that shows the
    /// typed character, so a keystroke never waits for the list to redraw;
    /// keystrokes typed in the meantime coalesce into one update with the
    /// latest text. The first keystroke of a session adds a history entry,
    /// the others replace it.
    pub fn search(&self, value: String) {
        let this = *self;
        let replace = this.typing.get_value();
        this.typing.set_value(true);
        let scheduled = this.pending.with_value(Option::is_some);
        this.pending.update_value(|p| {
            let replace = replace && p.as_ref().is_none_or(|(_, r)| *r);
            *p = Some((value, replace));
        });
        if !scheduled {
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        let Some((q, replace)) =
                            this.pending.try_update_value(Option::take).flatten()
                        else {
                            return;
                        };
                        let mut next = this.filter.get_untracked();
                        next.q = q;
                        let history = if replace {
                            History::Replace
                        } else {
                            History::Push
                        };
                        this.set(next, history);
                    },
                    std::time::Duration::ZERO,
                )
            });
        }
    }

    /// The search box lost focus: the next keystroke starts a new session.
    pub fn end_typing(&self) {
        self.typing.set_value(false);
    }
}

/// A CSS class fragment from a body id (ids come from the JSON).
pub fn class_token(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}
