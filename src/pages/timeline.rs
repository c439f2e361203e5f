//! プラン決定までの経過: the dated steps that led to the plan.

use leptos::prelude::*;

use crate::components::loaded::Loaded;
use crate::components::shell::use_site;
use crate::content::use_content;
use crate::text::mixed;

#[component]
pub fn TimelinePage() -> impl IntoView {
    let site = use_site();
    let content = use_content();
    let lang = move || site.lang();
    let t = move || lang().strings();
    view! {
        <div class="page">
            <h1>{move || t().page_timeline}</h1>
            <p>{move || t().timeline_intro}</p>
            <Loaded
                source=content.timeline
                render=move |timeline| {
                    let lang = lang();
                    view! {
                        <ol class="timeline">
                            {timeline
                                .entries
                                .iter()
                                .map(|entry| {
                                    let datetime = match &entry.end {
                                        Some(end) => format!("{}/{}", entry.start, end),
                                        None => entry.start.clone(),
                                    };
                                    view! {
                                        <li class="timeline-entry" id=entry.id.clone()>
                                            <time datetime=datetime>{entry.source_date.clone()}</time>
                                            <p>{mixed(entry.text.get(lang), lang)}</p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                }
            />
        </div>
    }
}
