//! The plan period as a five-year bar that marks the visitor's current
//! fiscal year, with the same information as a sentence.

use leptos::prelude::*;

use crate::content::calendar::{era_label, period_status, Date, PeriodStatus};
use crate::lang::Lang;

/// Today by the visitor's clock. Browser-only, so read in an effect.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date {
        year: now.get_full_year() as i32,
        month: now.get_month() + 1,
        day: now.get_date(),
    }
}

/// The plan's period as a bar of fiscal years, `start` to `end` inclusive,
/// with the visitor's current fiscal year marked (by the app only: the
/// prerender cannot know the date it is read on).
#[component]
pub fn PlanPeriod(start: i32, end: i32, lang: Lang) -> impl IntoView {
    let t = lang.overview_strings();
    let status = RwSignal::new(None::<PeriodStatus>);
    let current_fy = RwSignal::new(None::<i32>);
    Effect::new(move |_| {
        let today = today();
        current_fy.set(Some(today.fiscal_year()));
        status.set(Some(period_status(start, end, today)));
    });
    let years: Vec<i32> = (start..=end).collect();
    let sentence = move || {
        status.get().map(|s| match s {
            PeriodStatus::During { year, of } => {
                let fy = start + year - 1;
                (t.period_during)(fy, &era_label(fy, lang), year, of)
            }
            PeriodStatus::Before { years } => (t.period_before)(start, years),
            PeriodStatus::After => (t.period_after)(end),
        })
    };
    let state = move || match status.get() {
        Some(PeriodStatus::Before { .. }) => "before",
        Some(PeriodStatus::During { .. }) => "during",
        Some(PeriodStatus::After) => "after",
        None => "unknown",
    };
    view! {
        <div class="period" data-state=state>
            <ol class="period-bar" aria-label=t.period_bar_label>
                {years
                    .into_iter()
                    .map(|fy| {
                        let is_now = move || current_fy.get() == Some(fy);
                        let is_past = move || current_fy.get().is_some_and(|now| fy < now);
                        view! {
                            <li class:now=is_now class:past=is_past aria-current=move || is_now().then_some("date")>
                                // Read together as the source writes a year,
                                // 「2024(令和6)年度」 / "FY2024 (Reiwa 6)", on two lines.
                                <span class="period-year">
                                    {match lang {
                                        Lang::Ja => fy.to_string(),
                                        Lang::En => format!("FY{fy}"),
                                    }}
                                </span>
                                <span class="period-era">
                                    {match lang {
                                        Lang::Ja => format!("({})年度", era_label(fy, lang).trim_end_matches("年度")),
                                        Lang::En => format!(" ({})", era_label(fy, lang)),
                                    }}
                                </span>
                                <Show when=is_now>
                                    <span class="period-now">{t.period_this_year}</span>
                                </Show>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="period-status">{sentence}</p>
        </div>
    }
}
