//! FLIP ("first, last, invert, play") animation of reordered list items with
//! the Web Animations API: only `transform` and `opacity` move, so the
//! browser composites it off the main thread. The DOM order is changed by the
//! caller; this only makes the change visible as movement.

use std::collections::HashMap;

use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
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

fn keyframe(transform: &str, offset: Option<f64>) -> Object {
    let frame = Object::new();
    let _ = Reflect::set(&frame, &"transform".into(), &transform.into());
    if let Some(offset) = offset {
        let _ = Reflect::set(&frame, &"offset".into(), &JsValue::from_f64(offset));
    }
    frame
}

/// "Last, invert, play": moves every item from its measured place to its new
/// one, one after another in the new order. Items going down swing right and
/// items going up swing left, so they pass instead of overlapping.
pub fn play(list: &Element, first: &HashMap<String, f64>) {
    for (position, item) in items(list).iter().enumerate() {
        let Some(from) = key(item).and_then(|k| first.get(&k).copied()) else {
            continue;
        };
        let delta = from - item.get_bounding_client_rect().top();
        if delta.abs() < 0.5 {
            continue;
        }
        let swing = if delta < 0.0 { "1.5rem" } else { "-1.5rem" };
        // Whole pixels: the offset is only where the motion starts, and
        // integer formatting keeps float formatting out of the wasm.
        let (delta, half) = (delta.round() as i32, (delta / 2.0).round() as i32);
        let frames = Array::new();
        frames.push(&keyframe(&format!("translate(0, {delta}px)"), None));
        frames.push(&keyframe(
            &format!("translate({swing}, {half}px)"),
            Some(0.5),
        ));
        frames.push(&keyframe("translate(0, 0)", None));
        let options = Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = Reflect::set(&options, &key.into(), &value);
        };
        set("duration", DURATION_MS.into());
        set("delay", (position as f64 * STAGGER_MS).into());
        set("easing", "cubic-bezier(0.45, 0, 0.2, 1)".into());
        // Hold the starting place during the delay: no line jumps ahead.
        set("fill", "backwards".into());
        item.unchecked_ref::<Animatable>()
            .animate(&frames, &options);
    }
}
