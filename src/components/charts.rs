//! Small SVG charts drawn by the app. Colours come from CSS variables, so they follow dark
//! mode. Each chart is `aria-hidden`, with the same numbers in a table for screen readers
//! (visually hidden, but also used by the printed report).

use leptos::prelude::*;

/// Vertical bars with a label under each.
#[component]
pub fn BarChart(
    /// (label under the bar, value).
    bars: Vec<(String, u32)>,
    /// Caption of the data table.
    #[prop(into)]
    caption: String,
    /// Column heading for the values.
    #[prop(into)]
    unit: String,
    /// A goal drawn as a dashed line across the bars, with its label.
    #[prop(optional)]
    target: Option<(u32, String)>,
) -> impl IntoView {
    let goal = target.as_ref().map_or(0, |t| t.0);
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(goal).max(1);
    let count = bars.len();
    let n = count.max(1) as f64;
    let w = 300.0 / n;
    let rects = bars
        .iter()
        .enumerate()
        .map(|(i, (label, v))| {
            let h = 100.0 * f64::from(*v) / f64::from(max);
            let x = i as f64 * w;
            view! {
                <rect class="bar" x=x + w * 0.15 y=110.0 - h width=w * 0.7 height=h rx="2" />
                {(*v > 0).then(|| view! { <text class="bar-value" x=x + w / 2.0 y=106.0 - h text-anchor="middle">{*v}</text> })}
                // Every third label, counting back from the newest, so they never overlap.
                {(count - 1 - i).is_multiple_of(3).then(|| view! {
                    <text class="axis" x=x + w / 2.0 y="124" text-anchor="middle">{label.clone()}</text>
                })}
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox="0 0 300 130" aria-hidden="true">
                <line class="baseline" x1="0" y1="110" x2="300" y2="110" />
                {rects}
                {target.map(|(v, label)| {
                    let y = 110.0 - 100.0 * f64::from(v) / f64::from(max);
                    view! {
                        <line class="target-line" x1="0" y1=y x2="300" y2=y />
                        <text class="axis target-label" x="296" y=y - 3.0 text-anchor="end">{label}</text>
                    }
                })}
            </svg>
            <DataTable caption=caption head=("Week".to_string(), unit) rows=bars.into_iter().map(|(l, v)| (l, v.to_string())).collect() />
        </figure>
    }
}

/// Where point `i` of `n` sits across a 300-wide line chart (one point sits in the middle).
fn scale_x(i: usize, n: usize) -> f64 {
    if n <= 1 {
        150.0
    } else {
        10.0 + 280.0 * i as f64 / (n - 1) as f64
    }
}

/// Height of a 0-10 value on a line chart 120 high.
fn scale_y(v: u8) -> f64 {
    105.0 - 9.5 * f64::from(v)
}

/// The 0, 5 and 10 lines of a 0-10 line chart, labelled.
fn scale_grid() -> impl IntoView {
    [0u8, 5, 10].map(|v| {
        view! {
            <line class="grid" x1="0" y1=scale_y(v) x2="300" y2=scale_y(v) />
            <text class="axis" x="296" y=scale_y(v) - 2.0 text-anchor="end">{v}</text>
        }
    })
}

/// A legend key drawn as a short line in SVG, stroked by the same class as its series, so
/// it prints (printers drop CSS backgrounds) and matches the line in every theme.
fn key_swatch(class: String) -> impl IntoView {
    view! {
        <svg class="key-swatch" viewBox="0 0 14 4" aria-hidden="true">
            <line class=class x1="0" y1="2" x2="14" y2="2" />
        </svg>
    }
}

/// One point of the pain chart: date label, pain before, pain after.
pub type PainPoint = (String, Option<u8>, Option<u8>);

/// Pain before and after over time: two lines on a 0-10 scale, dated at both ends.
#[component]
pub fn PainChart(
    /// (date label, before, after).
    points: Vec<PainPoint>,
    /// The first and last points' dates, short ("25 Nov"), under the chart's ends.
    dates: (String, String),
) -> impl IntoView {
    let n = points.len();
    let x = move |i: usize| scale_x(i, n);
    let y = scale_y;
    let line = |pick: fn(&PainPoint) -> Option<u8>| {
        points
            .iter()
            .enumerate()
            .filter_map(|(i, p)| pick(p).map(|v| format!("{:.1},{:.1}", x(i), y(v))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let before = line(|p| p.1);
    let after = line(|p| p.2);
    // With a single session there is no line to draw, so mark the points themselves.
    let dots = (n == 1)
        .then(|| {
            points.first().map(|(_, b, a)| {
                let dot = |v: Option<u8>, class: &'static str| {
                    v.map(|v| view! { <circle class=class cx=x(0) cy=y(v) r="3.5" /> })
                };
                (dot(*b, "pain-before"), dot(*a, "pain-after"))
            })
        })
        .flatten();
    let rows = points
        .iter()
        .map(|(d, b, a)| {
            let f = |v: &Option<u8>| v.map_or("–".to_string(), |v| format!("{v}/10"));
            (d.clone(), format!("{} before, {} after", f(b), f(a)))
        })
        .collect();
    view! {
        <figure class="chart">
            <svg viewBox="0 0 300 120" aria-hidden="true">
                {scale_grid()}
                <polyline class="pain-before" points=before />
                <polyline class="pain-after" points=after />
                {dots}
            </svg>
            // The first and last sessions' dates under the line's two ends (the table has
            // every date for screen readers).
            <p class="chart-dates small muted" aria-hidden="true">
                <span>{dates.0.clone()}</span>
                {(n > 1 && dates.1 != dates.0).then(|| view! { <span>{dates.1}</span> })}
            </p>
            <figcaption class="legend">
                <span class="key before">{key_swatch("pain-before".into())}"Before"</span>
                <span class="key after">{key_swatch("pain-after".into())}"After"</span>
            </figcaption>
            <DataTable caption="Pain before and after each session" head=("Date".to_string(), "Pain".to_string()) rows=rows />
        </figure>
    }
}

/// A calendar, a column a week: one square per day, darker with more sessions.
#[component]
pub fn HeatMap(
    /// (date label, sessions), oldest first, from the first day of a week
    /// (`calendar::week_start`).
    days: Vec<(String, u32)>,
    /// The rows' weekday names, in the order the person's week runs.
    weekdays: [&'static str; 7],
    #[prop(into)] caption: String,
) -> impl IntoView {
    let cells = days
        .iter()
        .enumerate()
        .map(|(i, (label, n))| {
            let (col, row) = (i / 7, i % 7);
            let level = (*n).min(3);
            view! {
                <rect class=format!("day level-{level}") x=col as f64 * 22.0 + 24.0 y=row as f64 * 15.0 width="18" height="12" rx="2">
                    <title>{format!("{label}: {n}")}</title>
                </rect>
            }
        })
        .collect_view();
    let rows = days
        .iter()
        .filter(|d| d.1 > 0)
        .map(|(l, n)| (l.clone(), n.to_string()))
        .collect();
    view! {
        <figure class="chart">
            <svg viewBox="0 0 292 108" aria-hidden="true">
                {weekdays.iter().enumerate().filter(|(i, _)| i % 2 == 0).map(|(i, d)| view! {
                    <text class="axis" x="0" y=i as f64 * 15.0 + 10.0>{*d}</text>
                }).collect_view()}
                {cells}
            </svg>
            <DataTable caption=caption head=("Day".to_string(), "Sessions".to_string()) rows=rows />
        </figure>
    }
}

/// Several 0-10 series over the same dates (the weekly check-in trend): one line each, a
/// legend, and the numbers in a table. Up to four series get their own colours.
#[component]
pub fn TrendChart(
    dates: Vec<String>,
    /// (name, one value per date).
    series: Vec<(String, Vec<Option<u8>>)>,
    #[prop(into)] caption: String,
) -> impl IntoView {
    let n = dates.len();
    let x = move |i: usize| scale_x(i, n);
    let y = scale_y;
    let lines = series
        .iter()
        .enumerate()
        .map(|(k, (_, values))| {
            let points = values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| format!("{:.1},{:.1}", x(i), y(v))))
                .collect::<Vec<_>>();
            // A single point still shows, as a dot.
            let dots = (points.len() == 1).then(|| {
                let (cx, cy) = points[0].split_once(',').unwrap_or(("0", "0"));
                view! { <circle class=format!("trend-{k}") cx=cx.to_string() cy=cy.to_string() r="3" /> }
            });
            view! {
                <polyline class=format!("trend trend-{k}") points=points.join(" ") />
                {dots}
            }
        })
        .collect_view();
    let rows = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let cells = series
                .iter()
                .map(|(name, values)| {
                    let v = values.get(i).copied().flatten();
                    format!(
                        "{name} {}",
                        v.map_or("–".to_string(), |v| format!("{v}/10"))
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            (d.clone(), cells)
        })
        .collect();
    let legend = series
        .iter()
        .enumerate()
        .map(|(k, (name, _))| view! { <span class=format!("key trend-key-{k}")>{key_swatch(format!("trend trend-{k}"))}{name.clone()}</span> })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox="0 0 300 120" aria-hidden="true">
                {scale_grid()}
                {lines}
            </svg>
            <figcaption class="legend">{legend}</figcaption>
            <DataTable caption=caption head=("Date".to_string(), "Ratings".to_string()) rows=rows />
        </figure>
    }
}

/// A legend key drawn as a dot in SVG: hollow or filled like the marks it names.
fn key_dot(class: &'static str) -> impl IntoView {
    view! {
        <svg class="key-swatch key-dot" viewBox="0 0 10 10" aria-hidden="true">
            <circle class=class cx="5" cy="5" r="3.5" />
        </svg>
    }
}

/// One row of a [`ChangeChart`]: a name, the first rating and the latest (0-10), and the
/// same in a sentence for the data table.
pub type ChangeRow = (String, u8, Option<u8>, String);

/// Longest name drawn on a chart row; longer ones end in "…" (the table has them whole).
const CHART_NAME_CHARS: usize = 40;

/// Ratings at the start and now, one row each on a 0-10 track: a hollow dot for the start,
/// a filled dot for the latest, joined by a line. Small enough for the report's first page.
#[component]
pub fn ChangeChart(rows: Vec<ChangeRow>, #[prop(into)] caption: String) -> impl IntoView {
    const ROW: f64 = 40.0;
    const TOP: f64 = 12.0;
    let x = |v: u8| 20.0 + 26.0 * f64::from(v);
    let height = TOP + ROW * rows.len() as f64;
    let marks = rows
        .iter()
        .enumerate()
        .map(|(i, (name, first, latest, _))| {
            let top = TOP + ROW * i as f64;
            let y = top + 20.0;
            view! {
                <text class="change-name" x="20" y=top + 10.0>{shortened(name)}</text>
                <line class="grid" x1=x(0) y1=y x2=x(10) y2=y />
                {latest.map(|l| view! { <line class="change-line" x1=x(*first) y1=y x2=x(l) y2=y /> })}
                <circle class="change-first" cx=x(*first) cy=y r="4" />
                <text class="axis" x=x(*first) y=y + 14.0 text-anchor="middle">{*first}</text>
                {latest.map(|l| view! {
                    <circle class="change-latest" cx=x(l) cy=y r="4" />
                    {(l != *first).then(|| view! { <text class="axis" x=x(l) y=y + 14.0 text-anchor="middle">{l}</text> })}
                })}
            }
        })
        .collect_view();
    let table = rows
        .iter()
        .map(|(name, _, _, text)| (name.clone(), text.clone()))
        .collect();
    view! {
        <figure class="chart change-chart">
            <svg viewBox=format!("0 0 300 {height}") aria-hidden="true">
                <text class="axis" x=x(0) y="8" text-anchor="middle">"0"</text>
                <text class="axis" x=x(10) y="8" text-anchor="middle">"10"</text>
                {marks}
            </svg>
            <figcaption class="legend">
                <span class="key">{key_dot("change-first")}"At the start"</span>
                <span class="key">{key_dot("change-latest")}"Latest"</span>
            </figcaption>
            <DataTable caption=caption head=("Activity".to_string(), "Rating".to_string()) rows=table />
        </figure>
    }
}

fn shortened(name: &str) -> String {
    if name.chars().count() <= CHART_NAME_CHARS {
        name.to_string()
    } else {
        let cut: String = name.chars().take(CHART_NAME_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The numbers behind a chart, for screen readers (and print).
#[component]
fn DataTable(
    #[prop(into)] caption: String,
    head: (String, String),
    rows: Vec<(String, String)>,
) -> impl IntoView {
    view! {
        <table class="chart-table">
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{head.0}</th><th scope="col">{head.1}</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|(a, b)| view! { <tr><th scope="row">{a}</th><td>{b}</td></tr> }).collect_view()}
            </tbody>
        </table>
    }
}

/// One series of measurements (body weight) as a line, scaled to its own range with the
/// lowest and highest values marked, and the numbers in a table.
#[component]
pub fn LineChart(
    /// (date label, value, value as text for the table).
    points: Vec<(String, f64, String)>,
    #[prop(into)] caption: String,
    #[prop(into)] unit: String,
) -> impl IntoView {
    let n = points.len();
    let lo = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let hi = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    // A flat or single-point series sits in the middle rather than on an edge.
    let span = if (hi - lo).abs() < f64::EPSILON {
        1.0
    } else {
        hi - lo
    };
    let y = move |v: f64| {
        if (hi - lo).abs() < f64::EPSILON {
            60.0
        } else {
            105.0 - 90.0 * (v - lo) / span
        }
    };
    let coords: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (scale_x(i, n), y(p.1)))
        .collect();
    let line = coords
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let dots = coords
        .iter()
        .map(|(x, y)| view! { <circle class="line-dot" cx=format!("{x:.1}") cy=format!("{y:.1}") r="2.5" /> })
        .collect_view();
    let marks = (n > 0).then(|| {
        let fmt = |v: f64| format!("{v:.1}");
        view! {
            <text class="axis" x="298" y="14" text-anchor="end">{fmt(hi)}</text>
            <text class="axis" x="298" y="116" text-anchor="end">{fmt(lo)}</text>
        }
    });
    let rows = points.into_iter().map(|(d, _, text)| (d, text)).collect();
    view! {
        <figure class="chart">
            <svg viewBox="0 0 300 120" aria-hidden="true">
                <polyline class="trend trend-0" points=line />
                {dots}
                {marks}
            </svg>
            <DataTable caption=caption head=("Date".to_string(), unit) rows=rows />
        </figure>
    }
}
