//! 「逆転の発想」: the poem that reads as despair top to bottom and as hope
//! bottom to top.

use leptos::prelude::*;

use crate::components::loaded::Loaded;
use crate::components::shell::use_site;
use crate::content::use_content;

#[component]
pub fn PoemPage() -> impl IntoView {
    let site = use_site();
    let content = use_content();
    let lang = move || site.lang();
    let t = move || lang().strings();
    view! {
        <div class="page narrow">
            <h1>{move || t().page_poem}</h1>
            <Loaded
                source=content.poem
                render=move |poem| {
                    let lang = lang();
                    view! {
                        <p>{poem.instruction.get(lang).to_string()}</p>
                        <ol class="poem-lines">
                            {poem
                                .lines
                                .iter()
                                .map(|line| view! { <li>{line.get(lang).to_string()}</li> })
                                .collect_view()}
                        </ol>
                        <p>{poem.reflection.get(lang).to_string()}</p>
                        <p>{poem.wish.get(lang).to_string()}</p>
                    }
                }
            />
        </div>
    }
}
