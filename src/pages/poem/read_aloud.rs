//! Read aloud: the poem's lines spoken one utterance each with the Web Speech
//! API, in the order shown and the page's language. A line's `end` starts the
//! next, so the highlight follows the voice rather than a timer.
//!
//! The spoken line is step mode's highlighted line (`current`): the page
//! never runs both, since starting either one stops the other.

use std::sync::Arc;

use js_sys::{Object, Reflect};
use leptos::html::Ol;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::components::flip::prefers_reduced_motion;
use crate::content::model::Poem;
use crate::content::reading::Order;
use crate::lang::Lang;

/// An utterance's `end` or `error` handler.
type Handler = Closure<dyn FnMut()>;

/// What a reading holds between two lines.
struct Session {
    poem: Arc<Poem>,
    order: Order,
    /// Lines spoken so far: the place of the current one in the list.
    spoken: usize,
    /// The line being spoken, `None` when silent. Held, as Chrome never
    /// ends a collected utterance.
    utterance: Option<SpeechSynthesisUtterance>,
    /// `end` and `error`, shared by every utterance; made on the first
    /// reading (so only in the browser), dropped with the page.
    handlers: Option<(Handler, Handler)>,
}

/// A handle to the page's reading aloud.
#[derive(Clone, Copy)]
pub struct ReadAloud {
    /// The highlighted line (the source's numbering).
    current: RwSignal<Option<usize>>,
    session: StoredValue<Session, LocalStorage>,
    lang: Lang,
    status: RwSignal<String>,
    list: NodeRef<Ol>,
}

/// The browser's speech engine, if it has one.
fn synthesis() -> Option<SpeechSynthesis> {
    window()
        .speech_synthesis()
        .ok()
        .filter(|s| !s.is_undefined())
}

/// Whether to offer reading aloud: only where the browser can speak, and
/// never in the prerender (components also render natively, and the static
/// page must not offer what only the app can do).
pub fn supported() -> bool {
    cfg!(target_arch = "wasm32") && synthesis().is_some()
}

impl ReadAloud {
    /// Silent; stops itself when the page goes. `current` is the list's
    /// highlighted line, `list` the list (its items in reading order), and
    /// `status` takes a failure's message.
    pub fn new(
        poem: Arc<Poem>,
        lang: Lang,
        current: RwSignal<Option<usize>>,
        status: RwSignal<String>,
        list: NodeRef<Ol>,
    ) -> Self {
        let session = Session {
            poem,
            order: Order::Original,
            spoken: 0,
            utterance: None,
            handlers: None,
        };
        let this = Self {
            current,
            session: StoredValue::new_local(session),
            lang,
            status,
            list,
        };
        on_cleanup(move || this.stop());
        this
    }

    /// Reads the poem in `order` from its first line.
    pub fn start(&self, order: Order) {
        self.stop();
        let this = *self;
        self.session.update_value(|s| {
            s.order = order;
            s.spoken = 0;
            s.handlers.get_or_insert_with(|| {
                (
                    Closure::new(move || this.next()),
                    Closure::new(move || this.fail()),
                )
            });
        });
        self.next();
    }

    /// Stops speaking and clears the highlight. Does nothing when silent (so
    /// step mode keeps its line, and the prerender's cleanup calls no browser).
    pub fn stop(&self) {
        let utterance = self
            .session
            .try_update_value(|s| s.utterance.take())
            .flatten();
        if let Some(utterance) = utterance {
            // Detached first: Chrome reports a cancelled line as an error.
            utterance.set_onend(None);
            utterance.set_onerror(None);
            if let Some(synth) = synthesis() {
                synth.cancel();
            }
            self.current.try_set(None);
        }
    }

    /// After an engine error: silent, and says so in the poem's status.
    fn fail(&self) {
        self.stop();
        self.status
            .set(self.lang.poem_strings().read_aloud_failed.to_string());
    }

    /// Speaks the next line, or ends the reading after the last.
    fn next(&self) {
        let lang = self.lang;
        let next = self
            .session
            .try_update_value(|s| {
                let count = s.poem.lines.len();
                if s.spoken >= count {
                    return None;
                }
                let (line, place) = (s.order.line_at(count, s.spoken), s.spoken);
                s.spoken += 1;
                let text = s.poem.lines.get(line).map(|l| l.get(lang));
                let utterance = text.and_then(|t| SpeechSynthesisUtterance::new_with_text(t).ok());
                if let (Some(u), Some((end, error))) = (&utterance, &s.handlers) {
                    u.set_onend(Some(end.as_ref().unchecked_ref()));
                    u.set_onerror(Some(error.as_ref().unchecked_ref()));
                    s.utterance = Some(u.clone());
                }
                Some((line, place, utterance))
            })
            .flatten();
        let Some((line, place, utterance)) = next else {
            return self.stop();
        };
        let (Some(synth), Some(utterance)) = (synthesis(), utterance) else {
            return self.fail();
        };
        let code = lang.poem_strings().speech_lang;
        utterance.set_lang(code);
        // A voice of the page's language (`ja-JP`, or Android's `ja_JP`), if
        // there is one; else the browser picks by `lang`.
        let voice = synth
            .get_voices()
            .iter()
            .map(JsCast::unchecked_into::<SpeechSynthesisVoice>)
            .find(|v| v.lang().starts_with(lang.code()));
        utterance.set_voice(voice.as_ref());
        self.current.set(Some(line));
        self.show(place as u32);
        synth.speak(&utterance);
    }

    /// Scrolls the list's item at `place` into view, only as far as needed.
    fn show(&self, place: u32) {
        let item = self
            .list
            .get_untracked()
            .and_then(|l| l.children().item(place));
        if let Some(item) = item {
            // A plain object: web-sys's typed setters would add their glue.
            let options = Object::new();
            let _ = Reflect::set(&options, &"block".into(), &"nearest".into());
            if !prefers_reduced_motion() {
                let _ = Reflect::set(&options, &"behavior".into(), &"smooth".into());
            }
            item.scroll_into_view_with_scroll_into_view_options(options.unchecked_ref());
        }
    }
}
