//! Small SVG charts drawn by the app. Colours come from CSS variables, so they follow dark
//! mode. Each chart is `aria-hidden`, with the same numbers in a table for screen readers
//! (visually hidden, but also used by the printed report).
//!
//! A chart never changes once drawn, so each is written as markup and set as its figure's
//! inner HTML in one step: a long history's charts (hundreds of marks and table cells) then
//! cost the page one parse instead of a call from wasm for every element and attribute.

use std::fmt::Write as _;

use leptos::prelude::*;

use crate::domain::i18n::{messages as m, Msg, Num};
use crate::state::{lang, t};

/// A whole number in the current language's way ("1,234", "1.234").
fn num(v: u32) -> String {
    lang().number(Num::from(v))
}

/// A 0-10 score as a table shows it ("4/10"), or a dash for none.
fn score(v: Option<u8>) -> Msg {
    v.map_or_else(m::report_chart_no_score, m::report_chart_score)
}

/// Text made safe to put in markup.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A coordinate: whole numbers as they are, others to two decimals.
fn n(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A line's points for a `<polyline>`: "x,y x,y …".
fn polyline(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A chart's figure: its markup set in one step.
fn figure(class: &'static str, markup: String) -> impl IntoView {
    view! { <figure class=class inner_html=markup></figure> }
}

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
    let w = 300.0 / count.max(1) as f64;
    let mut svg = String::from(
        r#"<svg viewBox="0 0 300 130" aria-hidden="true"><line class="baseline" x1="0" y1="110" x2="300" y2="110"></line>"#,
    );
    for (i, (label, v)) in bars.iter().enumerate() {
        let h = 100.0 * f64::from(*v) / f64::from(max);
        let x = i as f64 * w;
        let _ = write!(
            svg,
            r#"<rect class="bar" x="{}" y="{}" width="{}" height="{}" rx="2"></rect>"#,
            n(x + w * 0.15),
            n(110.0 - h),
            n(w * 0.7),
            n(h)
        );
        if *v > 0 {
            let _ = write!(
                svg,
                r#"<text class="bar-value" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                n(x + w / 2.0),
                n(106.0 - h),
                num(*v)
            );
        }
        // Every third label, counting back from the newest, so they never overlap.
        if (count - 1 - i).is_multiple_of(3) {
            let _ = write!(
                svg,
                r#"<text class="axis" x="{}" y="124" text-anchor="middle">{}</text>"#,
                n(x + w / 2.0),
                esc(label)
            );
        }
    }
    if let Some((v, label)) = &target {
        let y = 110.0 - 100.0 * f64::from(*v) / f64::from(max);
        let _ = write!(
            svg,
            r#"<line class="target-line" x1="0" y1="{y}" x2="300" y2="{y}"></line><text class="axis target-label" x="296" y="{}" text-anchor="end">{}</text>"#,
            n(y - 3.0),
            esc(label),
            y = n(y)
        );
    }
    svg.push_str("</svg>");
    let rows: Vec<(String, String)> = bars.into_iter().map(|(l, v)| (l, num(v))).collect();
    svg.push_str(&table(&caption, (&t(m::report_chart_week()), &unit), &rows));
    figure("chart", svg)
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
fn scale_grid() -> String {
    let mut out = String::new();
    for v in [0u8, 5, 10] {
        let y = scale_y(v);
        let _ = write!(
            out,
            r#"<line class="grid" x1="0" y1="{y}" x2="300" y2="{y}"></line><text class="axis" x="296" y="{}" text-anchor="end">{v}</text>"#,
            n(y - 2.0),
            y = n(y)
        );
    }
    out
}

/// A legend key drawn as a short line in SVG, stroked by the same class as its series, so
/// it prints (printers drop CSS backgrounds) and matches the line in every theme.
fn key_swatch(class: &str) -> String {
    format!(
        r#"<svg class="key-swatch" viewBox="0 0 14 4" aria-hidden="true"><line class="{}" x1="0" y1="2" x2="14" y2="2"></line></svg>"#,
        esc(class)
    )
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
    let count = points.len();
    let x = move |i: usize| scale_x(i, count);
    let y = scale_y;
    let line = |pick: fn(&PainPoint) -> Option<u8>| {
        let coords: Vec<(f64, f64)> = points
            .iter()
            .enumerate()
            .filter_map(|(i, p)| pick(p).map(|v| (x(i), y(v))))
            .collect();
        polyline(&coords)
    };
    let mut out = format!(
        r#"<svg viewBox="0 0 300 120" aria-hidden="true">{}<polyline class="pain-before" points="{}"></polyline><polyline class="pain-after" points="{}"></polyline>"#,
        scale_grid(),
        line(|p| p.1),
        line(|p| p.2)
    );
    // With a single session there is no line to draw, so mark the points themselves.
    if let (1, Some((_, b, a))) = (count, points.first()) {
        for (v, class) in [(b, "pain-before"), (a, "pain-after")] {
            if let Some(v) = v {
                let _ = write!(
                    out,
                    r#"<circle class="{class}" cx="{}" cy="{}" r="3.5"></circle>"#,
                    n(x(0)),
                    n(y(*v))
                );
            }
        }
    }
    out.push_str("</svg>");
    // The first and last sessions' dates under the line's two ends (the table has every
    // date for screen readers).
    let _ = write!(
        out,
        r#"<p class="chart-dates small muted" aria-hidden="true"><span>{}</span>"#,
        esc(&dates.0)
    );
    if count > 1 && dates.1 != dates.0 {
        let _ = write!(out, "<span>{}</span>", esc(&dates.1));
    }
    let _ = write!(
        out,
        r#"</p><figcaption class="legend"><span class="key before">{}{}</span><span class="key after">{}{}</span></figcaption>"#,
        key_swatch("pain-before"),
        esc(&t(m::report_chart_before())),
        key_swatch("pain-after"),
        esc(&t(m::report_chart_after()))
    );
    let rows: Vec<(String, String)> = points
        .iter()
        .map(|(d, b, a)| (d.clone(), t(m::report_chart_pain_row(score(*b), score(*a)))))
        .collect();
    out.push_str(&table(
        &t(m::report_chart_pain_caption()),
        (&t(m::report_chart_date()), &t(m::report_chart_pain())),
        &rows,
    ));
    figure("chart", out)
}

/// A calendar, a column a week: one square per day, darker with more sessions.
#[component]
pub fn HeatMap(
    /// (date label, sessions), oldest first, from the first day of a week
    /// (`calendar::week_start`).
    days: Vec<(String, u32)>,
    /// The rows' weekday names, in the order the person's week runs.
    weekdays: [String; 7],
    #[prop(into)] caption: String,
) -> impl IntoView {
    let mut out = String::from(r#"<svg viewBox="0 0 292 108" aria-hidden="true">"#);
    for (i, d) in weekdays.iter().enumerate().filter(|(i, _)| i % 2 == 0) {
        let _ = write!(
            out,
            r#"<text class="axis" x="0" y="{}">{}</text>"#,
            n(i as f64 * 15.0 + 10.0),
            esc(d)
        );
    }
    for (i, (label, count)) in days.iter().enumerate() {
        let (col, row) = (i / 7, i % 7);
        let _ = write!(
            out,
            r#"<rect class="day level-{}" x="{}" y="{}" width="18" height="12" rx="2"><title>{}: {}</title></rect>"#,
            (*count).min(3),
            n(col as f64 * 22.0 + 24.0),
            n(row as f64 * 15.0),
            esc(label),
            num(*count)
        );
    }
    out.push_str("</svg>");
    let rows: Vec<(String, String)> = days
        .iter()
        .filter(|d| d.1 > 0)
        .map(|(l, c)| (l.clone(), num(*c)))
        .collect();
    out.push_str(&table(
        &caption,
        (&t(m::report_chart_day()), &t(m::report_chart_sessions())),
        &rows,
    ));
    figure("chart", out)
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
    let count = dates.len();
    let x = move |i: usize| scale_x(i, count);
    let y = scale_y;
    let mut out = format!(
        r#"<svg viewBox="0 0 300 120" aria-hidden="true">{}"#,
        scale_grid()
    );
    for (k, (_, values)) in series.iter().enumerate() {
        let points: Vec<(f64, f64)> = values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (x(i), y(v))))
            .collect();
        let _ = write!(
            out,
            r#"<polyline class="trend trend-{k}" points="{}"></polyline>"#,
            polyline(&points)
        );
        // A single point still shows, as a dot.
        if let [(cx, cy)] = points[..] {
            let _ = write!(
                out,
                r#"<circle class="trend-{k}" cx="{cx:.1}" cy="{cy:.1}" r="3"></circle>"#
            );
        }
    }
    out.push_str(r#"</svg><figcaption class="legend">"#);
    for (k, (name, _)) in series.iter().enumerate() {
        let _ = write!(
            out,
            r#"<span class="key trend-key-{k}">{}{}</span>"#,
            key_swatch(&format!("trend trend-{k}")),
            esc(name)
        );
    }
    out.push_str("</figcaption>");
    let rows: Vec<(String, String)> = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let cells = series
                .iter()
                .map(|(name, values)| {
                    let v = values.get(i).copied().flatten();
                    t(m::report_chart_rating(name.clone(), score(v)))
                })
                .collect::<Vec<_>>()
                .join(", ");
            (d.clone(), cells)
        })
        .collect();
    out.push_str(&table(
        &caption,
        (&t(m::report_chart_date()), &t(m::report_chart_ratings())),
        &rows,
    ));
    figure("chart", out)
}

/// A legend key drawn as a dot in SVG: hollow or filled like the marks it names.
fn key_dot(class: &'static str) -> String {
    format!(
        r#"<svg class="key-swatch key-dot" viewBox="0 0 10 10" aria-hidden="true"><circle class="{class}" cx="5" cy="5" r="3.5"></circle></svg>"#
    )
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
    let mut out = format!(
        r#"<svg viewBox="0 0 300 {}" aria-hidden="true"><text class="axis" x="{}" y="8" text-anchor="middle">0</text><text class="axis" x="{}" y="8" text-anchor="middle">10</text>"#,
        n(height),
        n(x(0)),
        n(x(10))
    );
    for (i, (name, first, latest, _)) in rows.iter().enumerate() {
        let top = TOP + ROW * i as f64;
        let y = n(top + 20.0);
        let below = n(top + 34.0);
        let _ = write!(
            out,
            r#"<text class="change-name" x="20" y="{}">{}</text><line class="grid" x1="{}" y1="{y}" x2="{}" y2="{y}"></line>"#,
            n(top + 10.0),
            esc(&shortened(name)),
            n(x(0)),
            n(x(10))
        );
        if let Some(l) = latest {
            let _ = write!(
                out,
                r#"<line class="change-line" x1="{}" y1="{y}" x2="{}" y2="{y}"></line>"#,
                n(x(*first)),
                n(x(*l))
            );
        }
        let _ = write!(
            out,
            r#"<circle class="change-first" cx="{}" cy="{y}" r="4"></circle><text class="axis" x="{}" y="{below}" text-anchor="middle">{first}</text>"#,
            n(x(*first)),
            n(x(*first))
        );
        if let Some(l) = latest {
            let _ = write!(
                out,
                r#"<circle class="change-latest" cx="{}" cy="{y}" r="4"></circle>"#,
                n(x(*l))
            );
            if l != first {
                let _ = write!(
                    out,
                    r#"<text class="axis" x="{}" y="{below}" text-anchor="middle">{l}</text>"#,
                    n(x(*l))
                );
            }
        }
    }
    let _ = write!(
        out,
        r#"</svg><figcaption class="legend"><span class="key">{}{}</span><span class="key">{}{}</span></figcaption>"#,
        key_dot("change-first"),
        esc(&t(m::report_change_chart_at_start())),
        key_dot("change-latest"),
        esc(&t(m::report_change_chart_latest()))
    );
    let table_rows: Vec<(String, String)> = rows
        .iter()
        .map(|(name, _, _, text)| (name.clone(), text.clone()))
        .collect();
    out.push_str(&table(
        &caption,
        (
            &t(m::report_change_chart_activity()),
            &t(m::report_change_chart_rating()),
        ),
        &table_rows,
    ));
    figure("chart change-chart", out)
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
fn table(caption: &str, head: (&str, &str), rows: &[(String, String)]) -> String {
    let mut out = format!(
        r#"<table class="chart-table"><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>"#,
        esc(caption),
        esc(head.0),
        esc(head.1)
    );
    for (a, b) in rows {
        let _ = write!(
            out,
            r#"<tr><th scope="row">{}</th><td>{}</td></tr>"#,
            esc(a),
            esc(b)
        );
    }
    out.push_str("</tbody></table>");
    out
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
    let count = points.len();
    let lo = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let hi = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    // A flat or single-point series sits in the middle rather than on an edge.
    let flat = (hi - lo).abs() < f64::EPSILON;
    let y = move |v: f64| {
        if flat {
            60.0
        } else {
            105.0 - 90.0 * (v - lo) / (hi - lo)
        }
    };
    let coords: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (scale_x(i, count), y(p.1)))
        .collect();
    let line = polyline(&coords);
    let mut out = format!(
        r#"<svg viewBox="0 0 300 120" aria-hidden="true"><polyline class="trend trend-0" points="{line}"></polyline>"#
    );
    for (x, y) in &coords {
        let _ = write!(
            out,
            r#"<circle class="line-dot" cx="{x:.1}" cy="{y:.1}" r="2.5"></circle>"#
        );
    }
    if count > 0 {
        let tenths = |v: f64| esc(&lang().number(Num::decimal((v * 10.0).round() as i64, 1)));
        let _ = write!(
            out,
            r#"<text class="axis" x="298" y="14" text-anchor="end">{}</text><text class="axis" x="298" y="116" text-anchor="end">{}</text>"#,
            tenths(hi),
            tenths(lo)
        );
    }
    out.push_str("</svg>");
    let rows: Vec<(String, String)> = points.into_iter().map(|(d, _, text)| (d, text)).collect();
    out.push_str(&table(&caption, (&t(m::report_chart_date()), &unit), &rows));
    figure("chart", out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_numbers_short() {
        assert_eq!(
            esc(r#"Tom & "Jerry" <b>"#),
            "Tom &amp; &quot;Jerry&quot; &lt;b&gt;"
        );
        assert_eq!(n(110.0), "110");
        assert_eq!(n(23.333_333), "23.33");
        assert_eq!(n(0.5), "0.5");
        assert_eq!(n(-3.0), "-3");
    }

    #[test]
    fn a_table_has_its_caption_head_and_a_row_each() {
        let rows = vec![
            ("25 Nov".to_string(), "3".to_string()),
            ("<x>".to_string(), "1".to_string()),
        ];
        let t = table("Sessions & minutes", ("Week", "Sessions"), &rows);
        assert_eq!(
            t,
            concat!(
                r#"<table class="chart-table"><caption>Sessions &amp; minutes</caption>"#,
                r#"<thead><tr><th scope="col">Week</th><th scope="col">Sessions</th></tr></thead><tbody>"#,
                r#"<tr><th scope="row">25 Nov</th><td>3</td></tr><tr><th scope="row">&lt;x&gt;</th><td>1</td></tr>"#,
                "</tbody></table>"
            )
        );
    }
}
