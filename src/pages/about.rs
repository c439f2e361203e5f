//! About this site: source and credit, what is unofficial and everything the
//! site adds or edits, the downloads and the terms of use, and the
//! accessibility policy. (How editors update the content is for maintainers:
//! README.md.)

use leptos::prelude::*;

use crate::components::loaded::when_loaded;
use crate::context::use_content;
use crate::context::use_site;
use crate::routing::Page;
use crate::text::mixed;

#[component]
pub fn AboutPage() -> impl IntoView {
    let site = use_site();
    // Rebuilt for each route, so the language is plain, not reactive.
    let lang = site.lang();
    let t = lang.strings();
    // The link is content (`data/plan.json`); without it the prose still
    // names the source, and the page needs no data file to be read.
    view! {
        <div class="page narrow">
            <h1>{t.page_about}</h1>
            <section aria-labelledby="about-source">
                <h2 id="about-source">{t.about_source_heading}</h2>
                <p>{mixed(t.about_source_body, lang)}</p>
                {when_loaded(use_content().plan, move |plan| view! {
                    <p>
                        <a href=plan.source.url.clone() rel="external">
                            {mixed(plan.source.title.get(lang), lang)}
                        </a>
                    </p>
                })}
            </section>
            <section aria-labelledby="about-unofficial">
                <h2 id="about-unofficial">{t.about_unofficial_heading}</h2>
                <p>{t.about_unofficial_body}</p>
                <ul>
                    {t.about_edits.iter().map(|edit| view! { <li>{mixed(edit, lang)}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="about-data">
                <h2 id="about-data">{t.about_data_heading}</h2>
                <p>{t.about_data_body}</p>
                <ul>
                    <li>
                        <a href=format!("{}#downloads-heading", site.href(Page::Timeline))>
                            {t.about_data_csv}
                        </a>
                    </li>
                    <li>
                        {t.about_data_files}
                        {t.colon}
                        {["plan.json", "poem.json", "timeline.json"]
                            .into_iter()
                            .map(|file| {
                                let href = format!("{}/data/{file}", site.base.read_value());
                                view! {
                                    <a class="data-file" href=href rel="external" download="">
                                        {file}
                                    </a>
                                    " "
                                }
                            })
                            .collect_view()}
                    </li>
                </ul>
            </section>
            <section aria-labelledby="about-terms">
                <h2 id="about-terms">{t.about_terms_heading}</h2>
                <ul>
                    {t.about_terms.iter().map(|term| view! { <li>{mixed(term, lang)}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="about-a11y">
                <h2 id="about-a11y">{t.about_a11y_heading}</h2>
                <p>{t.about_a11y_body}</p>
            </section>
        </div>
    }
}
