//! Charts of figures tables. Every chart is drawn next to its table, which carries the same
//! numbers for screen readers and for reading: the chart itself is hidden from them.
//! Bars and lines are SVG: lengths are attributes, since the content security policy refuses
//! inline styles. Bars grow from the start of the reading direction (the stylesheet mirrors
//! them right to left); lines run over time, left to right.

use leptos::prelude::*;

use crate::i18n::{t, t_args};
use crate::models::{Chart, FigureTable, Label, Value};

/// The text of a heading in the interface language.
pub fn label_view(label: &Label) -> String {
    match label {
        Label::Message(id) => t(id),
        Label::Text(text) => text.clone(),
        Label::Days(from, Some(to)) => t_args(
            "figures-days-range",
            &[("from", from.to_string()), ("to", to.to_string())],
        ),
        Label::Days(from, None) => t_args("figures-days-more", &[("from", from.to_string())]),
    }
}

/// Rows that are totals are not drawn as bars.
fn is_total(label: &Label) -> bool {
    matches!(label, Label::Message(id) if id == "figures-total" || id == "figures-interpreter-needed")
}

#[component]
pub fn FigureChart(table: FigureTable) -> impl IntoView {
    match table.chart {
        Chart::None => ().into_any(),
        Chart::Bars { column } => bars(&table, column, None).into_any(),
        Chart::BarsWithBenchmark { column, benchmark } => {
            bars(&table, column, Some(benchmark)).into_any()
        }
        Chart::Lines => lines(&table).into_any(),
    }
}

fn bars(table: &FigureTable, column: usize, benchmark: Option<i64>) -> impl IntoView {
    let rows: Vec<(Label, Value)> = table
        .rows
        .iter()
        .filter(|r| !is_total(&r.label))
        .map(|r| {
            (
                r.label.clone(),
                r.cells.get(column).copied().unwrap_or(Value::Empty),
            )
        })
        .collect();
    let max = rows
        .iter()
        .filter_map(|(_, v)| v.number())
        .chain(benchmark)
        .max()
        .unwrap_or(0)
        .max(1);
    let unit = table.columns.get(column).cloned();
    view! {
        <div class="chart bars" aria-hidden="true">
            {unit.map(|u| view! { <p class="chart-unit">{move || label_view(&u)}</p> })}
            {rows.into_iter().map(|(label, value)| {
                let width = value.number().map(|n| (n * 100 / max).clamp(0, 100)).unwrap_or(0);
                let over = benchmark.is_some_and(|b| value.number().is_some_and(|n| n > b));
                view! {
                    <div class="bar-row">
                        <span class="bar-label">{move || label_view(&label)}</span>
                        <BarTrack width over benchmark=benchmark.map(|b| b * 100 / max) />
                        <span class="bar-value">{value.text()}</span>
                    </div>
                }
            }).collect_view()}
            {benchmark.map(|b| view! {
                <p class="chart-legend"><span class="benchmark-key"></span> {move || t_args("figures-benchmark", &[("days", b.to_string())])}</p>
            })}
        </div>
    }
}

/// One bar on a track of 100 units: `width` and the benchmark's position are percentages of
/// the largest value. The track stretches to its column; the benchmark stays 2 pixels wide.
#[component]
fn BarTrack(width: i64, over: bool, benchmark: Option<i64>) -> impl IntoView {
    view! {
        <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" role="presentation" focusable="false">
            <rect class="bar" class:over=over x="0" y="0" width=width height="10" />
            {benchmark.map(|b| view! {
                <line class="benchmark" x1=b y1="0" x2=b y2="10" vector-effect="non-scaling-stroke" />
            })}
        </svg>
    }
}

fn lines(table: &FigureTable) -> impl IntoView {
    let (width, height, pad) = (600.0_f64, 200.0_f64, 24.0_f64);
    let points = table.columns.len().max(1);
    let max = table
        .rows
        .iter()
        .flat_map(|r| r.cells.iter().filter_map(|v| v.number()))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let x = move |i: usize| {
        if points == 1 {
            width / 2.0
        } else {
            pad + (width - 2.0 * pad) * i as f64 / (points - 1) as f64
        }
    };
    let y = move |n: i64| height - pad - (height - 2.0 * pad) * n as f64 / max;
    let series = table
        .rows
        .iter()
        .enumerate()
        .map(|(k, row)| {
            // A suppressed month breaks the line.
            let mut segments: Vec<Vec<String>> = vec![Vec::new()];
            for (i, v) in row.cells.iter().enumerate() {
                match v.number() {
                    Some(n) => {
                        segments
                            .last_mut()
                            .unwrap()
                            .push(format!("{:.1},{:.1}", x(i), y(n)))
                    }
                    None => segments.push(Vec::new()),
                }
            }
            let class = format!("series series-{k}");
            segments
                .into_iter()
                .filter(|s| !s.is_empty())
                .map(|s| {
                    view! { <polyline class=class.clone() points=s.join(" ") fill="none" /> }
                })
                .collect_view()
        })
        .collect_view();
    let first = table.columns.first().cloned();
    let last = table.columns.last().cloned();
    let legend = table
        .rows
        .iter()
        .enumerate()
        .map(|(k, row)| {
            let label = row.label.clone();
            view! { <li><span class=format!("key series-{k}")></span> {move || label_view(&label)}</li> }
        })
        .collect_view();
    view! {
        <div class="chart lines" aria-hidden="true">
            <svg viewBox=format!("0 0 {width} {height}") dir="ltr" role="presentation" focusable="false">
                <line class="axis" x1=pad y1=height - pad x2=width - pad y2=height - pad />
                <text x=pad y=pad - 8.0 class="axis-label">{max as i64}</text>
                <text x=pad y=height - 6.0 class="axis-label">{first.map(|l| label_view(&l))}</text>
                <text x=width - pad y=height - 6.0 class="axis-label end">{last.map(|l| label_view(&l))}</text>
                {series}
            </svg>
            <ul class="chart-legend plain-list">{legend}</ul>
        </div>
    }
}
