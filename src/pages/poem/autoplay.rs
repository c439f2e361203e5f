//! Autoplay of the poem's step mode: a step every interval until the end of
//! the reading, stopped by the reader, by the end, or when the page goes.

use std::time::Duration;

use leptos::prelude::*;

/// Time each line is shown.
const INTERVAL: Duration = Duration::from_millis(2400);

#[derive(Clone, Copy)]
pub struct Autoplay {
    pub playing: RwSignal<bool>,
    timer: StoredValue<Option<IntervalHandle>>,
}

impl Autoplay {
    /// Stopped; stops itself when the component that made it is dropped.
    pub fn new() -> Self {
        let autoplay = Self {
            playing: RwSignal::new(false),
            timer: StoredValue::new(None),
        };
        on_cleanup(move || autoplay.stop());
        autoplay
    }

    pub fn stop(&self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        self.playing.set(false);
    }

    /// Calls `step` every interval while it returns `true` (it returns
    /// `false` at the end of the reading, which stops the autoplay).
    pub fn start(&self, step: impl Fn() -> bool + 'static) {
        let this = *self;
        let handle = set_interval_with_handle(
            move || {
                if !step() {
                    this.stop();
                }
            },
            INTERVAL,
        );
        if let Ok(handle) = handle {
            this.timer.set_value(Some(handle));
            this.playing.set(true);
        }
    }
}
