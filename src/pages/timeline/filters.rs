//! The timeline's filter form: search (IME-aware), bodies with counts,
//! month range (a select of the months the entries span), order, and a button to clear them all.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{class_token, Explorer};
use crate::components::fold::FoldToggle;
use crate::content::calendar::{format_month, Date, YearMonth};
use crate::content::model::Timeline;
use crate::content::timeline_filter::{Filter, Sort};
use crate::lang::Lang;
use crate::text::{mixed, prose};

/// The form that sets the explorer's filter (through the URL). On phones it
/// folds behind one button that says how many filters are active, so the
/// entries start on the first screen.
#[component]
pub fn Filters(state: Explorer, timeline: Arc<Timeline>, lang: Lang) -> impl IntoView {
    let t = lang.timeline_strings();
    let Explorer {
        filter, outcome, ..
    } = state;
    // While an IME composes (Japanese input), the box holds unconverted kana:
    // filter once the composition ends, so neither the URL nor the box's
    // value is rewritten under the composition.
    let on_search = move |ev: leptos::ev::Event| {
        let composing = js_sys::Reflect::get(&ev, &wasm_bindgen::JsValue::from_str("isComposing"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if !composing {
            state.search(event_target_value(&ev));
        }
    };
    let on_composition_end =
        move |ev: leptos::ev::CompositionEvent| state.search(event_target_value(&ev));
    let month_input = move |is_from: bool| {
        move |ev: leptos::ev::Event| {
            let value = YearMonth::parse(&event_target_value(&ev));
            state.update(|f| {
                if is_from {
                    f.from = value
                } else {
                    f.to = value
                }
            });
        }
    };
    // The months the entries span, a select each (a month field shows only
    // dashes until it is set, and some browsers have none); a month the URL
    // asks for outside them is offered too.
    let dates: Vec<Date> = timeline
        .entries
        .iter()
        .flat_map(|e| [Some(&e.start), e.end.as_ref()])
        .flatten()
        .filter_map(|d| Date::parse(d))
        .collect();
    let month_options = move |is_from: bool| {
        let dates = dates.clone();
        move || {
            let chosen = filter.with(|f| if is_from { f.from } else { f.to });
            let months = YearMonth::span(dates.iter().copied(), chosen.as_slice());
            let any = view! { <option value="" selected=chosen.is_none()>{t.timeline_any_month}</option> };
            let months = months
                .into_iter()
                .map(|m| view! { <option value=m.iso() selected=chosen == Some(m)>{format_month(m, lang)}</option> })
                .collect_view();
            view! { {any} {months} }
        }
    };
    let bodies = timeline
        .bodies
        .iter()
        .enumerate()
        .map(|(b, body)| {
            let id = body.id.clone();
            let checked = {
                let id = id.clone();
                move || filter.with(|f| f.bodies.contains(&id))
            };
            let toggle = {
                let id = id.clone();
                move |_| {
                    state.body_ids.with_value(|known| {
                        let known: Vec<&str> = known.iter().map(String::as_str).collect();
                        state.update(|f| f.toggle_body(&id, &known));
                    })
                }
            };
            let input_id = format!("body-{}", class_token(&id));
            view! {
                <li class=format!("body-option body-{}", class_token(&id))>
                    <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
                    <label for=input_id>
                        <span class="body-icon" aria-hidden="true"></span>
                        {mixed(body.label.get(lang), lang)}
                        " "
                        <span class="count">{move || format!("({})", outcome.with(|o| o.body_counts.get(b).copied().unwrap_or(0)))}</span>
                    </label>
                </li>
            }
        })
        .collect_view();

    let open = RwSignal::new(false);
    // On a phone, where the open filters stand between the search and the
    // entries: the keyboard's search key (the form's submit) or the button
    // at their foot folds them and goes to the count above the entries.
    let to_results = move || {
        if !open.get_untracked() {
            return;
        }
        open.set(false);
        // Once the folded form has left the layout.
        request_animation_frame(|| {
            if let Some(count) = document().get_element_by_id("timeline-count") {
                count.scroll_into_view();
                if let Ok(count) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(count) {
                    let _ = count.focus();
                }
            }
        });
    };
    view! {
        <FoldToggle open=open controls="timeline-filters" class="filters-toggle secondary">
            {move || (t.timeline_filter_toggle)(filter.with(Filter::active_count))}
        </FoldToggle>
        <form id="timeline-filters" class="filters" class:open=open role="search" aria-label=t.timeline_filters_label on:submit=move |ev| {
            ev.prevent_default();
            to_results();
        }>
            <div class="field search-field">
                <label for="timeline-q">{t.timeline_search_label}</label>
                <input
                    id="timeline-q"
                    type="search"
                    aria-describedby="timeline-q-hint"
                    prop:value=move || filter.with(|f| f.q.clone())
                    on:input=on_search
                    on:compositionend=on_composition_end
                    on:blur=move |_| state.end_typing()
                    autocomplete="off"
                />
                <p id="timeline-q-hint" class="hint">{prose(t.timeline_search_hint, lang)}</p>
            </div>
            <fieldset class="field">
                <legend>{t.timeline_bodies_legend}</legend>
                <ul class="body-options">{bodies}</ul>
            </fieldset>
            <div class="field-row">
                <fieldset class="field">
                    <legend>{t.timeline_period_legend}</legend>
                    <div class="months">
                        <div>
                            <label for="timeline-from">{t.timeline_from}</label>
                            <select id="timeline-from" on:change=month_input(true)>
                                {month_options(true)}
                            </select>
                        </div>
                        <div>
                            <label for="timeline-to">{t.timeline_to}</label>
                            <select id="timeline-to" on:change=month_input(false)>
                                {month_options(false)}
                            </select>
                        </div>
                    </div>
                </fieldset>
                <div class="field">
                    <label for="timeline-sort">{t.timeline_sort_label}</label>
                    <select
                        id="timeline-sort"
                        prop:value=move || filter.with(|f| f.sort.as_str())
                        on:change=move |ev| {
                            let sort = Sort::from_value(&event_target_value(&ev));
                            state.update(|f| f.sort = sort);
                        }
                    >
                        <option value=Sort::Asc.as_str()>{t.timeline_sort_asc}</option>
                        <option value=Sort::Desc.as_str()>{t.timeline_sort_desc}</option>
                    </select>
                </div>
            </div>
            <div class="filters-actions">
                <button type="button" class="secondary" on:click=move |_| state.clear() disabled=move || filter.with(Filter::is_default)>
                    {t.timeline_clear}
                </button>
                <button type="button" class="show-results" on:click=move |_| to_results()>
                    {move || (t.timeline_show_results)(outcome.with(|o| o.shown.len()))}
                </button>
            </div>
        </form>
    }
}
