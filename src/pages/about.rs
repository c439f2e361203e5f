//! About this site: source and credit, what is unofficial and what was
//! edited, how content is updated, and the accessibility policy.

use leptos::prelude::*;

use crate::components::shell::use_site;
use crate::i18n::SOURCE_URL;
use crate::text::mixed;

#[component]
pub fn AboutPage() -> impl IntoView {
    let site = use_site();
    let lang = move || site.lang();
    let t = move || lang().strings();
    view! {
        <div class="page narrow">
            <h1>{move || t().page_about}</h1>
            <section aria-labelledby="about-source">
                <h2 id="about-source">{move || t().about_source_heading}</h2>
                <p>{move || mixed(t().about_source_body, lang())}</p>
                <p>
                    <a href=SOURCE_URL rel="external">
                        {move || mixed(t().footer_source_title, lang())}
                    </a>
                </p>
            </section>
            <section aria-labelledby="about-unofficial">
                <h2 id="about-unofficial">{move || t().about_unofficial_heading}</h2>
                <p>{move || t().about_unofficial_body}</p>
                <ul>
                    {move || t().about_edits.iter().map(|edit| view! { <li>{*edit}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="about-content">
                <h2 id="about-content">{move || t().about_content_heading}</h2>
                <p>{move || t().about_content_body}</p>
            </section>
            <section aria-labelledby="about-a11y">
                <h2 id="about-a11y">{move || t().about_a11y_heading}</h2>
                <p>{move || t().about_a11y_body}</p>
            </section>
        </div>
    }
}
