//! The figures' contact sheet: every exercise's start, middle and end frame, and the still
//! drawing lists show, in HTML pages of 12 exercises. `scripts/figure-sheet.mjs` runs this
//! and photographs the pages; it is a test only so that it can reach the domain's drawing
//! code without a browser build.
use std::fmt::Write;

use super::EXERCISES;
use crate::domain::figure::draw::Motion;

#[test]
#[ignore = "writes the contact sheet; run by scripts/figure-sheet.mjs"]
fn write_figure_sheet() -> std::io::Result<()> {
    let dir = std::env::var("FIGURE_SHEET_DIR").unwrap_or_else(|_| "target/figure-sheet".into());
    std::fs::create_dir_all(&dir)?;
    let css = concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css");
    for (page, chunk) in EXERCISES.chunks(12).enumerate() {
        let mut html = format!(
            "<!doctype html><meta charset=utf-8><link rel=stylesheet href=\"file://{css}\">\
             <style>body{{margin:8px;background:var(--bg)}}table{{border-collapse:collapse}}\
             th{{text-align:left;font:600 14px sans-serif;width:150px;padding:4px}}\
             td{{border:1px solid #ccc;padding:2px}}.figure{{width:210px;height:auto}}td:last-child .figure{{width:116px;height:78px}}\
             th small{{display:block;font-weight:400;color:#555}}</style><table>\
             <tr><th></th><th>start</th><th>middle</th><th>end</th><th>still (lists)</th></tr>"
        );
        for ex in chunk {
            let fig = ex.guide().figure;
            let svg = |(x, y, w, h): (i16, i16, i16, i16), inner: String| {
                format!("<td><svg class=\"figure\" viewBox=\"{x} {y} {w} {h}\">{inner}</svg></td>")
            };
            let (large, thumb) = (fig.bounds(), fig.thumb_bounds());
            let _ = write!(
                html,
                "<tr><th>{}<small>{}</small></th>{}{}{}{}</tr>",
                ex.name,
                fig.view.label(),
                svg(large, fig.frame_markup(0.0)),
                svg(large, fig.frame_markup(0.5)),
                svg(large, fig.frame_markup(1.0)),
                svg(thumb, fig.markup(Motion::Still)),
            );
        }
        html.push_str("</table>");
        std::fs::write(format!("{dir}/sheet-{}.html", page + 1), html)?;
    }
    Ok(())
}

#[test]
#[ignore = "prints what each figure highlights, for review"]
fn print_moving_pieces() {
    use crate::domain::figure::draw::Piece;
    for ex in EXERCISES {
        let moving: Vec<_> = Piece::ALL
            .into_iter()
            .filter(|p| ex.guide().figure.moves(*p))
            .collect();
        println!("{:24} {moving:?}", ex.id);
    }
}
