//! Biểu 5: the highest and lowest units for a chosen metric.

use super::data::*;
use super::metrics::*;
use crate::core::reports::report::{End, Metric};
use crate::ui::i18n::report::metric_name;
use crate::ui::i18n::use_lang;
use crate::ui::widgets::rank_count::RankCount;
use crate::ui::widgets::user_text::bdi;
use leptos::prelude::*;

#[component]
pub(super) fn RankingTables(
    data: Memo<ReportData>,
    metric: RwSignal<Metric>,
    n: RwSignal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let t = use_lang().report();
    let options = Metric::ALL
        .into_iter()
        .map(|m| {
            view! {
                <option value=metric_slug(m) selected=move || metric.get() == m>
                    {metric_name(lang, m)}
                </option>
            }
        })
        .collect_view();
    let list = move |end: End| {
        let m = metric.get();
        let ranked = data.with(|d| {
            d.ranked(m, end, n.get())
                .into_iter()
                .filter_map(|(i, v)| d.lines.get(i).map(|l| (l.name.clone(), v)))
                .collect::<Vec<_>>()
        });
        if ranked.is_empty() {
            return view! { <tr><td colspan="3">{t.no_ranking}</td></tr> }.into_any();
        }
        ranked
            .into_iter()
            .enumerate()
            .map(|(i, (name, value))| {
                view! {
                    <tr data-unit=name.clone()>
                        <td class="num">{i + 1}</td>
                        <th scope="row" class="name">{bdi(name.clone())}</th>
                        <td class="num">{value.text_vi()}</td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };
    let table = move |end: End| {
        let (head, id) = match end {
            End::Top => (t.top, "ranking-top"),
            End::Bottom => (t.bottom, "ranking-bottom"),
        };
        view! {
            <table class="units report-table ranking-table">
                <caption>{head}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_stt}</th>
                        <th scope="col">{t.col_unit}</th>
                        <th scope="col">{move || if is_share(metric.get()) { t.col_rate } else { t.col_quantity }}</th>
                    </tr>
                </thead>
                <tbody data-testid=id>{move || list(end)}</tbody>
            </table>
        }
    };
    view! {
        <div class="report-ranking bieu" role="group" aria-labelledby="r-bieu-5" data-testid="report-table" data-bieu="5">
            <h3 class="bieu-title" id="r-bieu-5">
                {move || format!("{} 5: {} {}", t.bieu, t.t_ranking, metric_name(lang, metric.get()).to_uppercase())}
            </h3>
            <div class="report-fields no-print">
                <div class="field">
                    <label for="r-rank-metric">{t.rank_metric}</label>
                    <select
                        id="r-rank-metric"
                        name="r-rank-metric"
                        on:change=move |ev| {
                            let slug = event_target_value(&ev);
                            if let Some(m) = Metric::ALL.into_iter().find(|m| metric_slug(*m) == slug) {
                                metric.set(m);
                            }
                        }
                    >
                        {options}
                    </select>
                </div>
                <div class="field">
                    <RankCount id="r-rank-n" name="r-rank-n" label=t.rank_n n/>
                </div>
            </div>
            <div class="ranking">
                {table(End::Top)}
                {table(End::Bottom)}
            </div>
        </div>
    }
}
