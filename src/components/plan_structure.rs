//! The plan's structure, explorable: the plan, its three fields and its
//! three priority DX; selecting an item says what the plan sets out for it,
//! in the source's own terms.

use leptos::prelude::*;

use crate::content::model::{Item, Structure};
use crate::lang::Lang;
use crate::text::{mixed, prose};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Field,
    Priority,
}

/// プランの構成: the plan, its three fields and three priority DX; a
/// selected item shows what the plan sets out for it.
#[component]
pub fn PlanStructure(structure: Structure, lang: Lang) -> impl IntoView {
    let t = lang.overview_strings();
    let selected = RwSignal::new(None::<(Kind, String)>);
    let item = move |kind: Kind, item: &Item| {
        let id = item.id.clone();
        let name = item.name.get(lang).to_string();
        let is_selected = {
            let id = id.clone();
            move || selected.with(|s| s.as_ref().is_some_and(|(k, i)| *k == kind && *i == id))
        };
        let pressed = is_selected.clone();
        view! {
            <li>
                <button
                    type="button"
                    class="structure-item"
                    class:selected=is_selected
                    aria-pressed=move || pressed().to_string()
                    aria-controls="structure-detail"
                    on:click=move |_| {
                        selected.update(|s| {
                            let again = s.as_ref().is_some_and(|(k, i)| *k == kind && *i == id);
                            *s = (!again).then(|| (kind, id.clone()));
                        })
                    }
                >
                    {mixed(&name, lang)}
                </button>
            </li>
        }
    };
    let names = structure.clone();
    let detail = move || {
        selected.get().and_then(|(kind, id)| {
            let list = if kind == Kind::Field {
                &names.fields
            } else {
                &names.priorities
            };
            let name = list.iter().find(|i| i.id == id)?.name.get(lang).to_string();
            Some(match kind {
                Kind::Field => (t.structure_field_detail)(&name),
                Kind::Priority => (t.structure_priority_detail)(&name),
            })
        })
    };
    view! {
        <p>{prose(structure.summary.get(lang), lang)}</p>
        <div class="structure">
            <div class="structure-group">
                <h3>{t.fields_heading}</h3>
                <ul class="structure-items">
                    {structure.fields.iter().map(|i| item(Kind::Field, i)).collect_view()}
                </ul>
            </div>
            <div class="structure-group priorities">
                <h3>{t.priorities_heading}</h3>
                <ul class="structure-items">
                    {structure.priorities.iter().map(|i| item(Kind::Priority, i)).collect_view()}
                </ul>
            </div>
        </div>
        <p id="structure-detail" class="structure-detail" aria-live="polite">
            {move || detail().map(|d| prose(&d, lang)).unwrap_or_else(|| t.structure_hint.into_any())}
        </p>
    }
}
