//! プラン決定までの経過: the steps that led to the plan, grouped by fiscal
//! year, filterable by body, text and date, sortable, shareable (every
//! filter is in the URL) and downloadable as CSV or JSON.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::browser;
use crate::components::loaded::Loaded;
use crate::content::calendar::{fiscal_year_label, format_date, split_range, Date, YearMonth};
use crate::content::export;
use crate::content::model::{Entry, Timeline};
use crate::content::search::{split_marked, terms};
use crate::content::timeline_filter::{apply, group_by_fiscal_year, select, Filter, Index, Sort};
use crate::context::use_content;
use crate::context::use_site;
use crate::lang::Lang;
use crate::navigation::{use_navigation, with_query, History};
use crate::text::mixed;

/// Entries listed at first and added by each "show more": enough to read, few
/// enough that a phone redraws them within a frame.
const PAGE: usize = 20;

#[component]
pub fn TimelinePage() -> impl IntoView {
    // Rebuilt for each route, so the language is plain, not reactive.
    let lang = use_site().lang();
    view! {
        <div class="page">
            <h1>{lang.strings().page_timeline}</h1>
            <crate::pages::overview::DecisionSummary />
            <p>{lang.strings().timeline_intro}</p>
            <crate::pages::overview::CommitteeMembers />
            <Loaded
                source=use_content().timeline
                render=move |timeline| view! { <TimelineExplorer timeline=timeline lang=lang /> }
            />
        </div>
    }
}

/// A CSS class fragment from a body id (ids come from the JSON).
fn class_token(id: &str) -> String {
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

#[component]
fn TimelineExplorer(timeline: Arc<Timeline>, lang: Lang) -> impl IntoView {
    let t = lang.strings();
    let location = use_navigation();
    let index = Arc::new(Index::new(&timeline));
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
        let (timeline, index) = (Arc::clone(&timeline), Arc::clone(&index));
        Memo::new(move |_| filter.with(|f| apply(&timeline, &index, f, lang)))
    };
    // Long results are listed a page at a time, so a keystroke never has to
    // redraw thousands of entries; downloads and counts use the whole result.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        filter.track();
        if limit.get_untracked() != PAGE {
            limit.set(PAGE);
        }
    });
    let groups = {
        let index = Arc::clone(&index);
        Memo::new(move |_| {
            let limit = limit.get();
            outcome.with(|o| group_by_fiscal_year(&o.shown[..o.shown.len().min(limit)], &index))
        })
    };
    let unlisted = move || outcome.with(|o| o.shown.len().saturating_sub(limit.get()));
    let search_terms = Memo::new(move |_| filter.with(|f| terms(&f.q)));
    let total = timeline.entries.len();
    // Per file, not per result, so typing never restyles the whole list.
    let long_file = total > PAGE;

    // One history entry per search session, not per keystroke.
    let typing = StoredValue::new(false);
    let set_filter = move |next: Filter, replace: bool| {
        let url = with_query(&location.path.get_untracked(), &next.to_query());
        let history = if replace {
            History::Replace
        } else {
            History::Push
        };
        location.navigate(&url, history);
    };
    let set_filter = StoredValue::new_local(set_filter);
    let update = move |change: &dyn Fn(&mut Filter), replace: bool| {
        let mut next = filter.get_untracked();
        change(&mut next);
        set_filter.with_value(|set| set(next, replace));
    };

    // The search is applied after the frame that shows the typed character,
    // so a keystroke never waits for the list to redraw; keystrokes typed in
    // the meantime coalesce into one update with the latest text.
    let pending: StoredValue<Option<(String, bool)>> = StoredValue::new(None);
    let apply_search = move |value: String| {
        let replace = typing.get_value();
        typing.set_value(true);
        let scheduled = pending.with_value(Option::is_some);
        pending.update_value(|p| {
            let replace = replace && p.as_ref().is_none_or(|(_, r)| *r);
            *p = Some((value, replace));
        });
        if !scheduled {
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        if let Some((q, replace)) = pending.try_update_value(Option::take).flatten()
                        {
                            update(&|f| f.q = q.clone(), replace);
                        }
                    },
                    std::time::Duration::ZERO,
                )
            });
        }
    };
    // While an IME composes (Japanese input), the box holds unconverted kana:
    // filter once the composition ends, so neither the URL nor the box's
    // value is rewritten under the composition.
    let on_search = move |ev: leptos::ev::Event| {
        let composing = js_sys::Reflect::get(&ev, &wasm_bindgen::JsValue::from_str("isComposing"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if !composing {
            apply_search(event_target_value(&ev));
        }
    };
    let on_composition_end =
        move |ev: leptos::ev::CompositionEvent| apply_search(event_target_value(&ev));
    let end_typing = move |_| typing.set_value(false);

    let month_input = move |is_from: bool| {
        move |ev: leptos::ev::Event| {
            let value = YearMonth::parse(&event_target_value(&ev));
            typing.set_value(false);
            update(
                &|f| {
                    if is_from {
                        f.from = value
                    } else {
                        f.to = value
                    }
                },
                false,
            );
        }
    };
    let clear = move |_| {
        typing.set_value(false);
        pending.set_value(None);
        set_filter.with_value(|set| set(Filter::default(), false));
    };

    let status = RwSignal::new(String::new());
    let hash = location.hash;

    // A shared link may point at an entry (#id): bring it into view once the
    // entries are drawn (the browser tried before they existed).
    Effect::new(move |_| {
        let id = hash.get_untracked();
        let id = id.trim_start_matches('#');
        if !id.is_empty() {
            if let Some(el) = document().get_element_by_id(id) {
                el.scroll_into_view();
            }
        }
    });

    let ignored = move || parsed.with(|p| p.ignored.join(", "));
    let download = {
        let timeline = Arc::clone(&timeline);
        move |all: bool, csv: bool| {
            let shown: Vec<usize> = if all {
                (0..timeline.entries.len()).collect()
            } else {
                outcome.get_untracked().shown
            };
            let entries = select(&timeline, &shown);
            let name = if all {
                "aomori-dx-timeline"
            } else {
                "aomori-dx-timeline-filtered"
            };
            let result = if csv {
                browser::download(
                    &format!("{name}.csv"),
                    "text/csv;charset=utf-8",
                    &export::to_csv(&timeline, entries, lang),
                )
            } else {
                browser::download(
                    &format!("{name}.json"),
                    "application/json",
                    &export::to_json(&timeline, entries),
                )
            };
            if result.is_err() {
                status.set(t.download_failed.to_string());
            }
        }
    };
    let download = StoredValue::new_local(download);

    let bodies_view = timeline
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
                let body_ids = body_ids.clone();
                move |_| {
                    typing.set_value(false);
                    let id = id.clone();
                    let body_ids = body_ids.clone();
                    update(
                        &move |f| {
                            let mut selected: Vec<String> = f.bodies.clone();
                            if let Some(at) = selected.iter().position(|s| *s == id) {
                                selected.remove(at);
                            } else {
                                selected.push(id.clone());
                            }
                            f.bodies = body_ids.iter().filter(|known| selected.contains(known)).cloned().collect();
                        },
                        false,
                    )
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

    let entry_view = {
        let timeline = Arc::clone(&timeline);
        let index = Arc::clone(&index);
        move |i: usize| {
            let entry: Option<&Entry> = timeline.entries.get(i);
            let Some(entry) = entry.cloned() else {
                return ().into_any();
            };
            let body_label = timeline
                .bodies
                .iter()
                .find(|b| b.id == entry.body)
                .map(|b| b.label.get(lang).to_string())
                .unwrap_or_default();
            let milestone = entry
                .milestone
                .as_ref()
                .and_then(|m| timeline.milestones.iter().find(|x| x.id == *m))
                .map(|m| m.label.get(lang).to_string());
            let start = Date::parse(&entry.start);
            let end = entry.end.as_deref().and_then(Date::parse);
            let date_text = match (lang, start, end) {
                (Lang::Ja, _, _) => entry.source_date.clone(),
                (Lang::En, Some(s), Some(e)) => {
                    format!("{} – {}", format_date(s, lang), format_date(e, lang))
                }
                (Lang::En, Some(s), None) => format_date(s, lang),
                (Lang::En, None, _) => entry.start.clone(),
            };
            // A range as written (the source's 「2023.9.28~10.27」), each end a <time>.
            let (start_text, range_end) = match split_range(&date_text) {
                Some((a, sep, b)) if end.is_some() => {
                    (a.to_string(), Some((sep.to_string(), b.to_string())))
                }
                _ => (date_text.clone(), None),
            };
            let text = entry.text.get(lang).to_string();
            // A memo, so entries whose marks did not change are not redrawn.
            let ranges = {
                let index = Arc::clone(&index);
                Memo::new(move |_| search_terms.with(|terms| index.marks(i, lang, terms)))
            };
            let marked = {
                move || {
                    let ranges = ranges.get();
                    split_marked(&text, &ranges)
                        .into_iter()
                        .map(|(m, run)| {
                            if m {
                                view! { <mark>{mixed(run, lang)}</mark> }.into_any()
                            } else {
                                mixed(run, lang)
                            }
                        })
                        .collect_view()
                }
            };
            let id = entry.id.clone();
            let permalink = {
                let id = id.clone();
                move || format!("{}#{id}", location.path_and_query())
            };
            let is_target = {
                let id = id.clone();
                move || hash.get().trim_start_matches('#') == id
            };
            let copy = {
                let id = id.clone();
                move |_| {
                    let url = browser::url_with_hash(&id);
                    leptos::task::spawn_local(async move {
                        let ok = browser::copy_text(&url).await;
                        status.set(if ok { t.link_copied } else { t.copy_failed }.to_string());
                    });
                }
            };
            let date_label = date_text.clone();
            let (is_range, is_milestone) = (end.is_some(), milestone.is_some());
            view! {
                <li
                    id=id.clone()
                    class=format!("entry body-{}", class_token(&entry.body))
                    class:range=is_range
                    class:milestone=is_milestone
                    class:targeted=is_target
                >
                    <div class="entry-date">
                        <time datetime=entry.start.clone()>{start_text}</time>
                        {range_end.map(|(sep, end_text)| view! {
                            <span class="range-sep">{sep}</span>
                            <time datetime=entry.end.clone().unwrap_or_default()>{end_text}</time>
                        })}
                    </div>
                    <div class="entry-body">
                        <p class="entry-tags">
                            <span class=format!("tag body-tag body-{}", class_token(&entry.body))>
                                <span class="body-icon" aria-hidden="true"></span>
                                {mixed(&body_label, lang)}
                            </span>
                            {milestone.map(|m| view! {
                                <span class="tag milestone-tag"><span aria-hidden="true">"★ "</span>{m}</span>
                            })}
                        </p>
                        <p class="entry-text">{marked}</p>
                        <p class="entry-actions">
                            <a class="permalink" href=permalink aria-label=(t.timeline_permalink)(&date_label)>"#"</a>
                            <button type="button" class="link-button" on:click=copy aria-label=(t.copy_link_for)(&date_label)>
                                {t.copy_link}
                            </button>
                        </p>
                    </div>
                </li>
            }
            .into_any()
        }
    };
    let entry_view = StoredValue::new_local(entry_view);

    view! {
        <form class="filters" role="search" aria-label=t.timeline_filters_label on:submit=|ev| ev.prevent_default()>
            <div class="field search-field">
                <label for="timeline-q">{t.timeline_search_label}</label>
                <input
                    id="timeline-q"
                    type="search"
                    aria-describedby="timeline-q-hint"
                    prop:value=move || filter.with(|f| f.q.clone())
                    on:input=on_search
                    on:compositionend=on_composition_end
                    on:blur=end_typing
                    autocomplete="off"
                />
                <p id="timeline-q-hint" class="hint">{t.timeline_search_hint}</p>
            </div>
            <fieldset class="field">
                <legend>{t.timeline_bodies_legend}</legend>
                <ul class="body-options">{bodies_view}</ul>
            </fieldset>
            <div class="field-row">
                <fieldset class="field">
                    <legend>{t.timeline_period_legend}</legend>
                    <div class="months">
                        <div>
                            <label for="timeline-from">{t.timeline_from}</label>
                            <input id="timeline-from" type="month"
                                prop:value=move || filter.with(|f| f.from.map(YearMonth::iso).unwrap_or_default())
                                on:change=month_input(true) />
                        </div>
                        <div>
                            <label for="timeline-to">{t.timeline_to}</label>
                            <input id="timeline-to" type="month"
                                prop:value=move || filter.with(|f| f.to.map(YearMonth::iso).unwrap_or_default())
                                on:change=month_input(false) />
                        </div>
                    </div>
                </fieldset>
                <div class="field">
                    <label for="timeline-sort">{t.timeline_sort_label}</label>
                    <select
                        id="timeline-sort"
                        prop:value=move || if filter.with(|f| f.sort == Sort::Desc) { "desc" } else { "asc" }
                        on:change=move |ev| {
                            let desc = event_target_value(&ev) == "desc";
                            typing.set_value(false);
                            update(&|f| f.sort = if desc { Sort::Desc } else { Sort::Asc }, false);
                        }
                    >
                        <option value="asc">{t.timeline_sort_asc}</option>
                        <option value="desc">{t.timeline_sort_desc}</option>
                    </select>
                </div>
            </div>
            <button type="button" class="secondary" on:click=clear disabled=move || filter.with(Filter::is_default)>
                {t.timeline_clear}
            </button>
        </form>

        <p class="result-count" role="status">
            {move || (t.timeline_count)(total, outcome.with(|o| o.shown.len()))}
            {move || (unlisted() > 0).then(|| format!(" {}", (t.timeline_listed)(limit.get())))}
        </p>
        <Show when=move || !ignored().is_empty()>
            <p class="notice">{move || (t.timeline_ignored)(&ignored())}</p>
        </Show>
        <p class="copy-status" role="status">{move || status.get()}</p>

        <Show when=move || outcome.with(|o| o.shown.is_empty())>
            <div class="empty">
                <p>{t.timeline_empty}</p>
                <button type="button" on:click=clear>{t.timeline_clear}</button>
            </div>
        </Show>

        <div class="timeline" class:long=long_file>
            <For each=move || groups.get() key=|(year, _)| *year let:group>
                {
                    let (year, _) = group;
                    let members = move || groups.with(|g| g.iter().find(|(y, _)| *y == year).map(|(_, m)| m.clone()).unwrap_or_default());
                    let heading_id = format!("fy-{year}");
                    let labelled_by = heading_id.clone();
                    view! {
                        <section class="fiscal-year" aria-labelledby=labelled_by>
                            <h2 id=heading_id>
                                {fiscal_year_label(year, lang)}
                                <span class="group-count">{move || (t.timeline_group_count)(members().len())}</span>
                            </h2>
                            <ol class="entries">
                                <For each=members key=|i| *i let:i>
                                    {entry_view.with_value(|render| render(i))}
                                </For>
                            </ol>
                        </section>
                    }
                }
            </For>
        </div>

        <Show when=move || { unlisted() > 0 }>
            <p class="more">
                <button type="button" class="secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || (t.timeline_more)(unlisted().min(PAGE), unlisted())}
                </button>
            </p>
        </Show>

        <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{t.download_heading}</h2>
            <ul>
                <li>
                    <span>{move || (t.download_shown)(outcome.with(|o| o.shown.len()))}</span>
                    <button type="button" class="secondary" on:click=move |_| download.with_value(|d| d(false, true))
                        aria-label=move || (t.download_as)(&(t.download_shown)(outcome.with(|o| o.shown.len())), "CSV")>"CSV"</button>
                    <button type="button" class="secondary" on:click=move |_| download.with_value(|d| d(false, false))
                        aria-label=move || (t.download_as)(&(t.download_shown)(outcome.with(|o| o.shown.len())), "JSON")>"JSON"</button>
                </li>
                <li>
                    <span>{(t.download_all)(total)}</span>
                    <button type="button" class="secondary" on:click=move |_| download.with_value(|d| d(true, true))
                        aria-label=(t.download_as)(&(t.download_all)(total), "CSV")>"CSV"</button>
                    <button type="button" class="secondary" on:click=move |_| download.with_value(|d| d(true, false))
                        aria-label=(t.download_as)(&(t.download_all)(total), "JSON")>"JSON"</button>
                </li>
            </ul>
        </section>
    }
}
