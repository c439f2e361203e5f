//! The frame around every page: skip link, header with navigation and the
//! language switch, the main landmark, and the footer with the source.

use leptos::prelude::*;

use super::later::later;
use super::loaded::when_loaded;
use crate::context::{provide_site, use_content, use_site, Site};
use crate::lang::Lang;
use crate::navigation::use_navigation;
use crate::routing::{self, Page};
use crate::text::prose;

/// The frame of every page (skip link, header, main landmark with the
/// share links, footer) around `children`, the page itself.
#[component]
pub fn Shell(base: String, children: ChildrenFn) -> impl IntoView {
    let site = provide_site(base);
    let route = site.route;
    super::head::manage_head(site);

    // The frame is drawn anew only when the language changes (its strings
    // are plain text, not a reactive closure each); the page, below it, for
    // every route.
    let lang = Memo::new(move |_| route.get().lang);
    // The 404 page is not worth sharing: no share buttons there.
    let shareable = Memo::new(move |_| route.get().page.is_some());
    move || {
        let lang = lang.get();
        view! {
            <SkipLink lang=lang />
            <Header lang=lang />
            <main id="main" tabindex="-1">
                {children()}
                {move || shareable.get().then(|| view! { <super::share::Share lang=lang /> })}
            </main>
            <Footer lang=lang />
        }
    }
}

/// Focuses the main landmark. The link's own `href` keeps it working where
/// the app is not running.
#[component]
fn SkipLink(lang: Lang) -> impl IntoView {
    let location = use_navigation();
    let href = move || format!("{}#main", location.path_and_query());
    view! {
        <a class="skip-link" href=href on:click=|ev: leptos::ev::MouseEvent| focus_main(&ev)>
            {lang.strings().skip_link}
        </a>
    }
}

/// The skip link's click: focuses the main landmark without adding `#main`
/// to the address.
fn focus_main(ev: &web_sys::Event) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
            let _ = main.focus();
        }
    }
}

/// The language switch's address for `to`: the same page and query.
fn switch_href(site: Site, to: Lang) -> String {
    let location = use_navigation();
    routing::switch_lang(
        &site.base.read_value(),
        site.route.get(),
        to,
        &location.search.get(),
    )
}

/// The brand, the language switch (which keeps the page and its query) and
/// the menu (the current page marked). In this order in every layout, so the
/// focus order is the order on screen: on a phone the brand and the switch
/// share the first row, the menu (its short names) has the second.
#[component]
fn Header(lang: Lang) -> impl IntoView {
    let site = use_site();
    let t = lang.strings();
    let current = move || site.route.get().page;
    let href = |page| routing::path_for(&site.base.read_value(), lang, page);

    view! {
        <header class="site-header">
            <div class="header-inner">
                <a class="brand" href=href(Page::Overview)>
                    <span class="brand-name">{t.site_name}</span>
                    <span class="brand-tag">{t.site_tagline}</span>
                </a>
                <ul class="lang-switch" aria-label=t.lang_label>
                    {Lang::ALL
                        .into_iter()
                        .map(|to| {
                            view! {
                                <li>
                                    <a
                                        href=move || switch_href(site, to)
                                        hreflang=to.code()
                                        lang=to.code()
                                        aria-current=(lang == to).then_some("true")
                                    >
                                        {to.native_name()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <nav class="site-nav" aria-label=t.nav_label>
                    <ul>
                        {Page::ALL
                            .into_iter()
                            .map(|page| {
                                view! {
                                    <li>
                                        <a
                                            href=href(page)
                                            aria-current=move || (current() == Some(page)).then_some("page")
                                        >
                                            // One of the two is shown: the short one on a phone.
                                            <span class="nav-full">{t.page_name(page)}</span>
                                            <span class="nav-short">{t.page_short_name(page)}</span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// The prerendered frame `root` made live without drawing it again (the
/// first page's take-over keeps what does not change, `crate::takeover`):
/// what the live [`Shell`] does beyond its markup. The addresses that
/// carry the query (skip link, language switch, the printed address) follow
/// the location, a task later; the skip link gets its handler. `on_move`
/// is called after every change of the address (one effect for both).
/// Browser-only.
pub fn enhance(root: &web_sys::Element, lang: Lang, on_move: impl Fn() + 'static) {
    let site = use_site();
    let location = use_navigation();
    let find = |selector: &str| root.query_selector(selector).ok().flatten();
    let skip = find(".skip-link");
    if let Some(skip) = &skip {
        listen(skip, "click", |ev| focus_main(&ev));
    }
    let switches = Lang::ALL.map(|to| {
        (
            to,
            find(&format!(".lang-switch a[hreflang=\"{}\"]", to.code())),
        )
    });
    let printed = find(".site-footer .print-only");
    let t = lang.strings();
    Effect::new(move |previous: Option<()>| {
        location.path.track();
        location.search.track();
        if previous.is_some() {
            on_move();
        }
    });
    // The links follow a task later: a click's task does only what shows.
    let address = later(move || location.path_and_query());
    Effect::new(move |_| {
        let path_and_query = address.get();
        if let Some(skip) = &skip {
            let _ = skip.set_attribute("href", &format!("{path_and_query}#main"));
        }
        for (to, link) in &switches {
            if let Some(link) = link {
                let _ = link.set_attribute("href", &switch_href(site, *to));
            }
        }
        if let Some(printed) = &printed {
            let url = format!("{}{path_and_query}", crate::navigation::origin());
            printed.set_text_content(Some(&format!("{}{}{url}", t.print_url_label, t.colon)));
        }
    });
}

/// Calls `handler` on every `event` at `target`, for the page's life.
fn listen(target: &web_sys::Element, event: &str, handler: impl Fn(web_sys::Event) + 'static) {
    use wasm_bindgen::JsCast;
    let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

/// The unofficial note, the source with its own date, this site's date,
/// and (in print) the page's address.
#[component]
fn Footer(lang: Lang) -> impl IntoView {
    let location = use_navigation();
    let t = lang.strings();
    // For print: the page's own address (the origin is only known in the browser).
    let origin = RwSignal::new(String::new());
    Effect::new(move |_| origin.set(crate::navigation::origin()));
    // With the query, so a filtered timeline or a reversed poem prints the view it shows.
    let page_url = move || format!("{}{}", origin.get(), location.path_and_query());
    // This site's own date: the build's (the last commit's).
    let site_updated = crate::content::calendar::site_updated().map(|date| {
        view! {
            <p class="site-updated">
                {(t.footer_site_updated)(&crate::content::calendar::format_date(date, lang))}
            </p>
        }
    });
    view! {
        <footer class="site-footer">
            <div class="footer-inner">
                <p class="unofficial">{prose(t.unofficial_note, lang)}</p>
                {when_loaded(use_content().plan, move |plan| {
                    let source = &plan.source;
                    view! {
                        <p>
                            {t.footer_source_label}
                            {t.colon}
                            <a href=source.url.clone() rel="external">
                                {prose(source.title.get(lang), lang)}
                            </a>
                        </p>
                        // The source's date and division, labelled as the source's.
                        <p class="source-updated">
                            {(t.footer_source_updated)(source.updated.get(lang))}
                            {t.list_sep}
                            {prose(source.section.get(lang), lang)}
                        </p>
                    }
                })}
                {site_updated}
                <p class="print-only">{t.print_url_label}{t.colon}{page_url}</p>
            </div>
        </footer>
    }
}
