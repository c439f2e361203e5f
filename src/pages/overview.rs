//! The overview: the plan's philosophy, aims, positioning, period, structure,
//! logo and how it was decided, all from `data/plan.json`; first, a notice
//! that the site is unofficial, linking to the official page.

use leptos::prelude::*;

use crate::components::loaded::Loaded;
use crate::components::logo_meaning::LogoMeaning;
use crate::components::plan_period::PlanPeriod;
use crate::components::plan_structure::PlanStructure;
use crate::content::model::{Plan, SourcePage};
use crate::context::use_content;
use crate::context::use_site;
use crate::lang::Lang;
use crate::routing::Page;
use crate::text::{mixed, prose};

/// The home page: the plan's title, the unofficial notice, and its
/// sections once `plan.json` is loaded.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let site = use_site();
    let content = use_content();
    // Rebuilt for each route, so the language is plain, not reactive.
    let lang = site.lang();
    let t = lang.overview_strings();
    view! {
        <div class="page">
            <h1 class="page-title">{t.site_name}</h1>
            <Loaded source=content.plan render=move |plan| view! { <PlanSections plan=plan lang=lang /> } />
        </div>
    }
}

/// A sentence around a link to the source page, whose title is the link
/// text: `parts` is the text before and after it.
pub fn source_sentence(source: &SourcePage, parts: [&'static str; 2], lang: Lang) -> AnyView {
    view! {
        {prose(parts[0], lang)}
        <a href=source.url.clone() rel="external">
            {prose(source.title.get(lang), lang)}
        </a>
        {prose(parts[1], lang)}
    }
    .into_any()
}

/// How the plan was decided, as the source summarises it above its table:
/// on the home page and at the top of the timeline page.
#[component]
pub fn DecisionSummary() -> impl IntoView {
    let lang = use_site().lang();
    crate::components::loaded::when_loaded(use_content().plan, move |plan| {
        view! { <p class="decision-summary" id="decision-summary">{prose(plan.decision.summary.get(lang), lang)}</p> }
    })
}

/// Where the committee's member list is (the source links its PDF).
#[component]
pub fn CommitteeMembers() -> impl IntoView {
    let lang = use_site().lang();
    crate::components::loaded::when_loaded(use_content().plan, move |plan| {
        view! {
            <p class="committee-members" id="committee-members">
                {source_sentence(&plan.source, lang.overview_strings().timeline_members, lang)}
            </p>
        }
    })
}

/// The plan's sections in the source's order: its two lead paragraphs
/// (before 「プラン概要 › 基本理念」 on the source page), then philosophy,
/// positioning, period, structure, logo.
#[component]
fn PlanSections(plan: std::sync::Arc<Plan>, lang: Lang) -> impl IntoView {
    let site = use_site();
    let t = lang.overview_strings();
    let txt = |text: &crate::content::model::Text| prose(text.get(lang), lang);
    let label = |text: &crate::content::model::Text| mixed(text.get(lang), lang);
    // In two halves, each type-erased: one view type for the whole page is
    // deeper than the compiler's query limit. Every section has a heading
    // (the HTML checker warns of one without): the first is 基本理念.
    let first = view! {
        <p class="unofficial-notice" role="note">
            {source_sentence(&plan.source, t.home_notice, lang)}
        </p>

        <p class="plan-lead">{txt(&plan.intro)}</p>
        <p class="plan-lead">{txt(&plan.purpose)}</p>

        <section class="hero" aria-labelledby="philosophy">
            <h2 class="hero-label" id="philosophy">{t.philosophy_label}</h2>
            <p class="hero-philosophy">{txt(&plan.philosophy)}</p>
            <p class="hero-links">
                <a class="button" href=site.href(Page::Poem)>{t.to_poem}</a>
                <a class="button secondary" href=site.href(Page::Timeline)>{t.to_timeline}</a>
            </p>
        </section>

        <section aria-labelledby="aims">
            <h2 id="aims">{t.aims_heading}</h2>
            <ul class="cards">
                {plan.aims.iter().map(|aim| view! { <li class="card">{txt(aim)}</li> }).collect_view()}
            </ul>
        </section>

        <section aria-labelledby="positioning">
            <h2 id="positioning">{t.positioning_heading}</h2>
            <ul class="cards">
                {plan
                    .positioning
                    .iter()
                    .map(|p| {
                        view! {
                            <li class="card">
                                <h3>{label(&p.label)}</h3>
                                <p>{txt(&p.text)}</p>
                                {(!p.basis.is_empty())
                                    .then(|| {
                                        view! {
                                            <p class="basis">
                                                {t.positioning_basis}{t.colon}
                                                {p
                                                    .basis
                                                    .iter()
                                                    .map(|b| view! { <span class="basis-item">{label(b)}</span> })
                                                    .collect_view()}
                                            </p>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>

    }
    .into_any();
    let second = view! {
        {period_section(&plan, lang)}
        {structure_section(&plan, lang)}
        {logo_section(&plan, lang)}

        <section aria-labelledby="decision">
            <h2 id="decision">{t.decision_heading}</h2>
            <p>{txt(&plan.decision.summary)}</p>
            <p>
                <a href=site.href(Page::Timeline)>{t.to_timeline}</a>
            </p>
        </section>
    }
    .into_any();
    view! { {first} {second} }
}

/// The sections that the first page's take-over draws live (`data-island`,
/// see `crate::takeover`); the rest of the prerendered page is kept.
pub fn island(name: &str) -> Option<AnyView> {
    let plan = use_content().plan.ready()?;
    let lang = use_site().lang();
    match name {
        "period" => Some(period_section(&plan, lang)),
        "structure" => Some(structure_section(&plan, lang)),
        "logo" => Some(logo_section(&plan, lang)),
        _ => None,
    }
}

/// The period, with the bar that marks the visitor's fiscal year.
fn period_section(plan: &Plan, lang: Lang) -> AnyView {
    let t = lang.overview_strings();
    view! {
        <section aria-labelledby="period" data-island="period">
            <h2 id="period">{t.period_heading}</h2>
            <p>{prose(plan.period.text.get(lang), lang)}</p>
            <PlanPeriod start=plan.period.start_fiscal_year end=plan.period.end_fiscal_year lang=lang />
        </section>
    }
    .into_any()
}

/// The structure to explore, and where the plan's documents are.
fn structure_section(plan: &Plan, lang: Lang) -> AnyView {
    let t = lang.overview_strings();
    view! {
        <section aria-labelledby="structure" data-island="structure">
            <h2 id="structure">{t.structure_heading}</h2>
            <PlanStructure structure=plan.structure.clone() lang=lang />
            <p class="plan-documents">{source_sentence(&plan.source, t.plan_documents, lang)}</p>
        </section>
    }
    .into_any()
}

/// The logo's meaning, with the drawing that explains it.
fn logo_section(plan: &Plan, lang: Lang) -> AnyView {
    let t = lang.overview_strings();
    view! {
        <section aria-labelledby="logo" data-island="logo">
            <h2 id="logo">{t.logo_heading}</h2>
            <LogoMeaning logo=plan.logo.clone() source_url=plan.source.url.clone() lang=lang />
        </section>
    }
    .into_any()
}
