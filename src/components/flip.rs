//! FLIP ("first, last, invert, play") animation of reordered list items with
//! the Web Animations API: only `transform` and `opacity` move, so the
//! browser composites it off the main thread. The DOM order is changed by the
//! caller; this only makes the change visible as movement.

use std::collections::HashMap;

use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

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

fn items(list: &Element) -> Vec<HtmlElement> {
    let children = list.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter_map(|e| e.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn key(item: &HtmlElement) -> Option<String> {
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

/// One keyframe: where the item is drawn and how opaque (both composited,
/// so the movement stays off the main thread).
fn keyframe(transform: &str, opacity: f64, offset: Option<f64>) -> Object {
    let frame = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&frame, &key.into(), &value);
    };
    set("transform", transform.into());
    set("opacity", JsValue::from_f64(opacity));
    if let Some(offset) = offset {
        set("offset", JsValue::from_f64(offset));
    }
    frame
}

/// "Last, invert, play": moves every item from its measured place to its new
/// one, one after another in the new order. They pass in two lanes within
/// the list's own width: an item going up moves a little left and is drawn
/// above the others (`.rising`); an item going down moves a little right,
/// beneath them (`.falling`), faint from the start until it has nearly
/// landed. So no item's text is drawn over another's, and none leaves the
/// frame.
pub fn play(list: &Element, first: &HashMap<String, f64>) {
    for (position, item) in items(list).iter().enumerate() {
        let Some(from) = key(item).and_then(|k| first.get(&k).copied()) else {
            continue;
        };
        let delta = from - item.get_bounding_client_rect().top();
        // Above the others while rising, beneath them while falling: `z-index`
        // by class (animated, it would move the whole movement to the main thread).
        let classes = item.class_list();
        let _ = classes.toggle_with_force("rising", delta >= 0.5);
        let _ = classes.toggle_with_force("falling", delta <= -0.5);
        if delta.abs() < 0.5 {
            continue;
        }
        // Moved up: it was below (`delta` > 0).
        let rising = delta > 0.0;
        let (lane, faded) = if rising { ("-4px", 1.0) } else { ("4px", 0.2) };
        // Whole pixels: the offset is only where the motion starts, and
        // integer formatting keeps float formatting out of the wasm.
        let (delta, half) = (delta.round() as i32, (delta / 2.0).round() as i32);
        let frames = Array::new();
        frames.push(&keyframe(&format!("translate(0, {delta}px)"), faded, None));
        frames.push(&keyframe(
            &format!("translate({lane}, {half}px)"),
            faded,
            Some(0.5),
        ));
        // Faint until it has nearly landed, past the lines it crosses.
        let hold = Object::new();
        let _ = Reflect::set(&hold, &"opacity".into(), &JsValue::from_f64(faded));
        let _ = Reflect::set(&hold, &"offset".into(), &JsValue::from_f64(0.96));
        frames.push(&hold);
        frames.push(&keyframe("translate(0, 0)", 1.0, None));
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
        // Landed: among the others again, so a line still falling passes beneath it.
        let landed = item.clone();
        animation.set_onfinish(&Closure::once_into_js(move || {
            let _ = landed.class_list().remove_2("rising", "falling");
        }));
    }
}
