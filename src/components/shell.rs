//! The frame around every page: skip link, header with navigation and the
//! language switch, the main landmark, and the footer with the source.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use super::loaded::when_loaded;
use crate::content::use_content;
use crate::i18n::Lang;
use crate::pages;
use crate::routing::{self, Page};
use crate::text::mixed;

/// Where the visitor is: provided by [`Shell`] to every page.
#[derive(Clone, Copy)]
pub struct Site {
    pub base: StoredValue<String>,
    pub route: Memo<routing::Route>,
}

impl Site {
    pub fn lang(&self) -> Lang {
        self.route.get().lang
    }

    /// The path of `page` in the current language.
    pub fn href(&self, page: Page) -> String {
        routing::path_for(&self.base.read_value(), self.lang(), page)
    }
}

pub fn use_site() -> Site {
    expect_context::<Site>()
}

#[component]
pub fn Shell(base: String) -> impl IntoView {
    let location = use_location();
    let base = StoredValue::new(base);
    let route = Memo::new(move |_| routing::parse(&base.read_value(), &location.pathname.get()));
    let site = Site { base, route };
    provide_context(site);
    super::head::manage_head(site);

    view! {
        <SkipLink />
        <Header />
        <main id="main" tabindex="-1">
            // One catch-all route: `routing::parse` is the single source of
            // truth for pages and languages; `Routes` is still needed because
            // it is what completes a navigation (pushes the URL).
            <Routes fallback=|| view! { <pages::not_found::NotFoundPage /> }>
                <Route path=path!("/*any") view=CurrentPage />
            </Routes>
            <super::share::Share />
        </main>
        <Footer />
    }
}

/// The page the current route points at.
#[component]
fn CurrentPage() -> impl IntoView {
    let site = use_site();
    move || match site.route.get().page {
        Some(Page::Overview) => view! { <pages::overview::OverviewPage /> }.into_any(),
        Some(Page::Poem) => view! { <pages::poem::PoemPage /> }.into_any(),
        Some(Page::Timeline) => view! { <pages::timeline::TimelinePage /> }.into_any(),
        Some(Page::About) => view! { <pages::about::AboutPage /> }.into_any(),
        None => view! { <pages::not_found::NotFoundPage /> }.into_any(),
    }
}

/// Focuses the main landmark. The link's own `href` keeps it working where
/// the app is not running.
/// `path` with the router's `search` (given with or without its `?`).
pub fn with_query(path: &str, search: &str) -> String {
    match search.trim_start_matches('?') {
        "" => path.to_string(),
        query => format!("{path}?{query}"),
    }
}

#[component]
fn SkipLink() -> impl IntoView {
    let site = use_site();
    let location = use_location();
    let href = move || {
        format!(
            "{}#main",
            with_query(&location.pathname.get(), &location.search.get())
        )
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    };
    view! {
        <a class="skip-link" href=href on:click=on_click>
            {move || site.lang().strings().skip_link}
        </a>
    }
}

#[component]
fn Header() -> impl IntoView {
    let site = use_site();
    let t = move || site.lang().strings();
    let location = use_location();
    let current = move || site.route.get().page;
    let switch_href = move |to: Lang| {
        routing::switch_lang(
            &site.base.read_value(),
            site.route.get(),
            to,
            &location.search.get(),
        )
    };

    view! {
        <header class="site-header">
            <div class="header-inner">
                <a class="brand" href=move || site.href(Page::Overview)>
                    <span class="brand-name">{move || t().site_name}</span>
                    <span class="brand-tag">{move || t().site_tagline}</span>
                </a>
                <nav class="site-nav" aria-label=move || t().nav_label>
                    <ul>
                        {Page::ALL
                            .into_iter()
                            .map(|page| {
                                view! {
                                    <li>
                                        <a
                                            href=move || site.href(page)
                                            aria-current=move || (current() == Some(page)).then_some("page")
                                        >
                                            {move || t().page_name(page)}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <ul class="lang-switch" aria-label=move || t().lang_label>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <li>
                                    <a
                                        href=move || switch_href(lang)
                                        hreflang=lang.code()
                                        lang=lang.code()
                                        aria-current=move || (site.lang() == lang).then_some("true")
                                    >
                                        {lang.native_name()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let site = use_site();
    let location = use_location();
    let t = move || site.lang().strings();
    // For print: the page's own address (the origin is only known in the browser).
    let origin = RwSignal::new(String::new());
    Effect::new(move |_| origin.set(window().location().origin().unwrap_or_default()));
    // With the query, so a filtered timeline or a reversed poem prints the view it shows.
    let page_url = move || {
        format!(
            "{}{}",
            origin.get(),
            with_query(&location.pathname.get(), &location.search.get())
        )
    };
    view! {
        <footer class="site-footer">
            <div class="footer-inner">
                <p class="unofficial">{move || t().unofficial_note}</p>
                {when_loaded(use_content().plan, move |plan| {
                    let (source, lang) = (&plan.source, site.lang());
                    view! {
                        <p>
                            {t().footer_source_label}
                            {t().colon}
                            <a href=source.url.clone() rel="external">
                                {mixed(source.title.get(lang), lang)}
                            </a>
                        </p>
                        // The source's date and division, labelled as the source's.
                        <p class="source-updated">
                            {(t().footer_source_updated)(source.updated.get(lang))}
                            {t().list_sep}
                            {mixed(source.section.get(lang), lang)}
                        </p>
                    }
                })}
                // This site's own date: the build's (the last commit's).
                {move || crate::content::calendar::site_updated().map(|date| view! {
                    <p class="site-updated">
                        {(t().footer_site_updated)(&crate::content::calendar::format_date(date, site.lang()))}
                    </p>
                })}
                <p class="print-only">{move || t().print_url_label}{move || t().colon}{page_url}</p>
            </div>
        </footer>
    }
}
