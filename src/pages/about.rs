//! About this site: source and credit, what is unofficial and everything the
//! site adds or edits, the downloads and the terms of use, the
//! accessibility policy and its test report (`data/accessibility.json`).
//! (How editors update the content is for maintainers: README.md.)

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::loaded::{when_loaded, Loaded};
use crate::content::calendar::{format_date, Date};
use crate::content::load::ContentFile;
use crate::content::model::{Accessibility, Criterion, Plan, Poem, Timeline};
use crate::context::use_content;
use crate::context::use_site;
use crate::lang::Lang;
use crate::routing::Page;
use crate::text::{mixed, prose};

/// The route `/about/`: source, what is unofficial, downloads, terms, the
/// accessibility policy and its test report.
#[component]
pub fn AboutPage() -> impl IntoView {
    let site = use_site();
    // Rebuilt for each route, so the language is plain, not reactive.
    let lang = site.lang();
    let t = lang.about_strings();
    // The link is content (`data/plan.json`); without it the prose still
    // names the source. Only the test report needs its file.
    let base = site.base.get_value();
    view! {
        <div class="page narrow">
            <h1>{t.page_about}</h1>
            <section aria-labelledby="about-source">
                <h2 id="about-source">{t.about_source_heading}</h2>
                <p>{prose(t.about_source_body, lang)}</p>
                {when_loaded(use_content().plan, move |plan| view! {
                    <p>
                        <a href=plan.source.url.clone() rel="external">
                            {prose(plan.source.title.get(lang), lang)}
                        </a>
                    </p>
                })}
            </section>
            <section aria-labelledby="about-unofficial">
                <h2 id="about-unofficial">{t.about_unofficial_heading}</h2>
                <p>{prose(t.about_unofficial_body, lang)}</p>
                <ul>
                    {t.about_edits.iter().map(|edit| view! { <li>{prose(edit, lang)}</li> }).collect_view()}
                </ul>
                <p>{prose(t.about_omitted_intro, lang)}</p>
                <ul>
                    {t.about_omitted.iter().map(|left| view! { <li>{prose(left, lang)}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="about-data">
                <h2 id="about-data">{t.about_data_heading}</h2>
                <p>{prose(t.about_data_body, lang)}</p>
                <ul>
                    <li>
                        <a href=format!("{}#downloads-heading", site.href(Page::Timeline))>
                            {t.about_data_csv}
                        </a>
                    </li>
                    <li>
                        {t.about_data_files}
                        {t.colon}
                        {[Plan::name(), Poem::name(), Timeline::name()]
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
                    {t.about_terms.iter().map(|term| view! { <li>{prose(term, lang)}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="about-a11y">
                <h2 id="about-a11y">{t.about_a11y_heading}</h2>
                <p>{prose(t.about_a11y_body, lang)}</p>
                <p>
                    <a href=format!("{}#about-report", site.href(Page::About))>{t.about_a11y_report_link}</a>
                </p>
            </section>
            <section class="report" aria-labelledby="about-report">
                // The standard's number is one unit: never broken at its hyphen.
                <h2 id="about-report"><span class="report-standard">"JIS X 8341-3:2016"</span>" "{t.report_heading}</h2>
                <Loaded
                    source=use_content().accessibility
                    render=move |report| report_view(report, lang, &base)
                />
            </section>
        </div>
    }
}

/// The test report as Japanese public bodies publish one: target level,
/// date, pages and method, then one table row per success criterion. A
/// plain table (no sorting or filtering) keeps the wasm small; on a phone
/// each row is laid out as a block (style/main.css), with no sideways
/// scrolling.
fn report_view(report: Arc<Accessibility>, lang: Lang, base: &str) -> impl IntoView {
    let t = lang.about_strings();
    let tested = Date::parse(&report.tested).map(|date| format_date(date, lang));
    let scope = report
        .scope
        .iter()
        .map(|route| {
            let path = match route.as_str() {
                "" => format!("{base}/"),
                route => format!("{base}/{route}/"),
            };
            let text = path.clone();
            view! { <li><a href=path>{text}</a></li> }
        })
        .collect_view();
    let rows = report
        .criteria
        .iter()
        .map(|c| criterion_row(c, lang))
        .collect_view();
    view! {
        <dl class="report-facts">
            <dt>{t.report_target}</dt>
            <dd>{report.target.clone()}</dd>
            <dt>{t.report_tested}</dt>
            <dd><time datetime=report.tested.clone()>{tested}</time></dd>
            <dt>{t.report_scope}</dt>
            <dd><ul class="report-scope">{scope}</ul></dd>
            <dt>{t.report_method}</dt>
            <dd>{prose(report.method.get(lang), lang)}</dd>
        </dl>
        <div class="table-scroll" role="region" aria-labelledby="report-caption" tabindex="0">
            <table class="report-table">
                <caption id="report-caption">{(t.report_caption)(report.criteria.len())}</caption>
                <thead>
                    <tr>{t.report_columns.map(|name| view! { <th scope="col">{name}</th> })}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn criterion_row(c: &Criterion, lang: Lang) -> impl IntoView {
    let t = lang.about_strings();
    // JIS X 8341-3's three results; `partial` passes what was verified, and
    // its note (required for it) says what was not.
    let partial = c.result == "partial";
    let result = match c.result.as_str() {
        "pass" | "partial" => 0,
        "fail" => 1,
        _ => 2,
    };
    // What each test checks, in the reader's language; the tests themselves
    // (file and English title) behind a disclosure, for those who want them.
    let checks = c
        .tests
        .iter()
        .map(|test| view! { <li>{t.report_automated}{t.colon}{prose(test.what.get(lang), lang)}</li> })
        .collect_view();
    // Test titles are English: marked so on a Japanese page (JIS 3.1.2).
    let title_lang = (lang == Lang::Ja).then_some("en");
    let named = (!c.tests.is_empty()).then(|| {
        let tests = c
            .tests
            .iter()
            .map(|test| {
                view! {
                    <li>
                        <code>{test.file.clone()}</code>" "
                        {t.report_quotes[0]}<span lang=title_lang>{test.test.clone()}</span>{t.report_quotes[1]}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="report-tests">
                <summary>{t.report_tests_named}</summary>
                <ul>{tests}</ul>
            </details>
        }
    });
    let labelled = |label: &'static str, text: &Option<crate::content::model::Text>| {
        text.as_ref()
            .map(|text| view! { <li>{label}{t.colon}{prose(text.get(lang), lang)}</li> })
    };
    // Each with the language's colon: 「結果:」, "Result: ".
    let [_, _, level, applies, result_label, method] =
        t.report_columns.map(|name| format!("{name}{}", t.colon));
    // On a phone the rows are laid out as blocks (style/main.css), each cell
    // named by `data-label`; Chromium keeps the table's semantics (report.spec).
    view! {
        <tr>
            <th scope="row">{c.id.clone()}</th>
            <td class="report-name">{mixed(c.name.get(lang), lang)}</td>
            <td data-label=level>{c.level.clone()}</td>
            <td data-label=applies>{t.report_applies[usize::from(!c.applies())]}</td>
            <td data-label=result_label>{t.report_results[result]}</td>
            <td data-label=method>
                <ul class="report-checks">
                    {checks}
                    {labelled(t.report_manual, &c.manual)}
                    {labelled(if partial { t.report_note_partial } else { t.report_note }, &c.note)}
                </ul>
                {named}
            </td>
        </tr>
    }
}
