//! FLIP ("first, last, invert, play") animation of reordered list items with
//! the Web Animations API: only `transform` and `opacity` move, so the
//! browser composites it off the main thread. The DOM order is changed by the
//! caller; this only makes the change visible as movement.

use std::collections::HashMap;

use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

// The Web Animations API is behind `web_sys_unstable_apis` in web-sys; these
// two stable browser methods are bound directly instead.
#[wasm_bindgen]
extern "C" {
    type Animation;

    /// An element, seen through its Web Animations methods.
    type Animatable;

    #[wasm_bindgen(method, js_name = animate)]
    fn animate(this: &Animatable, keyframes: &Array, options: &Object) -> Animation;

    #[wasm_bindgen(method, js_name = getAnimations)]
    fn get_animations(this: &Animatable) -> Array;

    #[wasm_bindgen(method)]
    fn cancel(this: &Animation);

    #[wasm_bindgen(method, setter)]
    fn set_onfinish(this: &Animation, handler: &JsValue);
}

/// Duration of one line's journey, in milliseconds.
const DURATION_MS: f64 = 640.0;
/// Delay between consecutive lines: 11 × 55 + 640 ≈ 1.25 s in all.
pub const STAGGER_MS: f64 = 55.0;

/// Whether the visitor asked for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// The list's items, in their order in the DOM.
pub fn items(list: &Element) -> Vec<Element> {
    let children = list.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .collect()
}

fn key(item: &Element) -> Option<String> {
    item.get_attribute("data-key")
}

/// "First": where each item is drawn now, including any movement in flight,
/// so a new reversal starts from there. Running animations are then cancelled.
pub fn measure(list: &Element) -> HashMap<String, f64> {
    let mut tops = HashMap::new();
    let all = items(list);
    for item in &all {
        if let Some(key) = key(item) {
            tops.insert(key, item.get_bounding_client_rect().top());
        }
    }
    for item in &all {
        for animation in item.unchecked_ref::<Animatable>().get_animations().iter() {
            animation.unchecked_into::<Animation>().cancel();
        }
    }
    tops
}

/// One keyframe: where the item is drawn (unchanged where `None`) and how
/// opaque (both composited, so the movement stays off the main thread).
fn keyframe(transform: Option<&str>, opacity: f64, offset: Option<f64>) -> Object {
    let frame = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&frame, &key.into(), &value);
    };
    if let Some(transform) = transform {
        set("transform", transform.into());
    }
    set("opacity", JsValue::from_f64(opacity));
    if let Some(offset) = offset {
        set("offset", JsValue::from_f64(offset));
    }
    frame
}

type FinishHandler = Closure<dyn Fn(JsValue)>;

thread_local! {
    /// The one `finish` handler of the animations last played. Replacing it
    /// frees the one before: those animations were cancelled (`measure`)
    /// and finish no more, and none is left holding a closure of its own.
    static ON_FINISH: std::cell::RefCell<Option<FinishHandler>> =
        const { std::cell::RefCell::new(None) };
}

/// Landed: among the others again, so a line still falling passes beneath
/// it. `event` is the animation's; its effect's target is the line.
fn landed(event: JsValue) {
    let line = Reflect::get(&event, &"target".into())
        .and_then(|animation| Reflect::get(&animation, &"effect".into()))
        .and_then(|effect| Reflect::get(&effect, &"target".into()))
        .ok()
        .and_then(|line| line.dyn_into::<Element>().ok());
    if let Some(line) = line {
        let _ = line.class_list().remove_2("rising", "falling");
    }
}

/// "Last, invert, play": moves every item from its measured place to its new
/// one, one after another in the new order. They pass in two lanes within
/// the list's own width: an item going up moves a little left and is drawn
/// above the others (`.rising`); an item going down moves a little right,
/// beneath them (`.falling`), faint from the start until it has nearly
/// landed. So no item's text is drawn over another's, and none leaves the
/// frame.
pub fn play(list: &Element, first: &HashMap<String, f64>) {
    let on_finish: FinishHandler = Closure::new(landed);
    for (position, item) in items(list).iter().enumerate() {
        let Some(from) = key(item).and_then(|k| first.get(&k).copied()) else {
            continue;
        };
        // Moved up: it was below (`delta` > 0).
        let delta = from - item.get_bounding_client_rect().top();
        let moved = delta.abs() >= 0.5;
        let rising = moved && delta > 0.0;
        // Above the others while rising, beneath them while falling: `z-index`
        // by class (animated, it would move the whole movement to the main thread).
        let classes = item.class_list();
        let _ = classes.toggle_with_force("rising", rising);
        let _ = classes.toggle_with_force("falling", moved && !rising);
        if !moved {
            continue;
        }
        let (lane, faded) = if rising { ("-4px", 1.0) } else { ("4px", 0.2) };
        // Whole pixels: the offset is only where the motion starts, and
        // integer formatting keeps float formatting out of the wasm.
        let (delta, half) = (delta.round() as i32, (delta / 2.0).round() as i32);
        let frames = Array::new();
        frames.push(&keyframe(
            Some(&format!("translate(0, {delta}px)")),
            faded,
            None,
        ));
        frames.push(&keyframe(
            Some(&format!("translate({lane}, {half}px)")),
            faded,
            Some(0.5),
        ));
        // Faint until it has nearly landed, past the lines it crosses.
        frames.push(&keyframe(None, faded, Some(0.96)));
        frames.push(&keyframe(Some("translate(0, 0)"), 1.0, None));
        let options = Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = Reflect::set(&options, &key.into(), &value);
        };
        set("duration", DURATION_MS.into());
        set("delay", (position as f64 * STAGGER_MS).into());
        set("easing", "cubic-bezier(0.45, 0, 0.2, 1)".into());
        // Hold the starting place during the delay: no line jumps ahead.
        set("fill", "backwards".into());
        let animation = item
            .unchecked_ref::<Animatable>()
            .animate(&frames, &options);
        animation.set_onfinish(on_finish.as_ref());
    }
    ON_FINISH.with(|held| *held.borrow_mut() = Some(on_finish));
}
