//! No figure puts a body through its floor, at any moment of its movement.
//!
//! The check reads the drawn paths themselves (what [`Figure::piece_path`] writes: lines,
//! quadratic curves and circular arcs), so a limb's thickness, a hand's round end, the toes
//! and the head are all checked as drawn, not the joints alone. What "the floor" is depends
//! on the view:
//! - From the side or the front the floor is the line at `FLOOR_Y`. A part resting on it may
//!   overlap the line's drawn width but never show under it.
//! - In water no floor line is drawn, but the pool's floor is at the same place: someone
//!   walking in water stands on it, a swimmer floats well above it. The same rule holds.
//! - From above the floor is the mat under the person, and nothing can go through it in a
//!   picture taken from the ceiling; what can go wrong is a limb hanging off the mat, so
//!   every part stays on it.
use super::EXERCISES;
use crate::domain::figure::draw::{loop_moments, Piece};
use crate::domain::figure::{Figure, Frame, View, FLOOR_Y, V};

/// How far a part may reach past the floor line: half the line's drawn width (`.figure
/// .floor` in style/main.css strokes it 1.5 wide), so a part resting on the floor overlaps
/// the line and never shows below it.
const ON_THE_FLOOR: f32 = 0.75;

/// A piece of SVG path data: a command letter or a number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    Cmd(char),
    Num(f32),
}

/// The path data `d`, split into commands and numbers.
fn tokens(d: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut number = String::new();
    let flush = |number: &mut String, out: &mut Vec<Tok>| {
        if !number.is_empty() {
            out.push(Tok::Num(number.parse().expect("a number")));
            number.clear();
        }
    };
    for c in d.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            '-' => {
                flush(&mut number, &mut out);
                number.push(c);
            }
            c if c.is_ascii_alphabetic() => {
                flush(&mut number, &mut out);
                out.push(Tok::Cmd(c));
            }
            _ => flush(&mut number, &mut out),
        }
    }
    flush(&mut number, &mut out);
    out
}

/// What the browser draws partway (`s`) through blending path `a` into path `b`: each number
/// moved that far. Both paths must have the same commands, as every moving piece's do.
fn blend(a: &[Tok], b: &[Tok], s: f32) -> Vec<Tok> {
    assert_eq!(
        a.len(),
        b.len(),
        "paths of different shapes cannot be blended"
    );
    a.iter()
        .zip(b)
        .map(|pair| match pair {
            (Tok::Num(x), Tok::Num(y)) => Tok::Num(x + (y - x) * s),
            (Tok::Cmd(c), Tok::Cmd(d)) if c == d => Tok::Cmd(*c),
            _ => panic!("paths of different shapes cannot be blended"),
        })
        .collect()
}

/// Points on a circular arc of radius `r` from `p` to `q` with SVG's large-arc and sweep
/// flags (no rotation), found as the SVG specification says (its implementation notes,
/// "conversion from endpoint to center parameterization"), a radius too small for the
/// chord growing to fit.
fn arc_points(p: V, q: V, r: f32, large: bool, sweep: bool) -> Vec<V> {
    let (hx, hy) = ((p.0 - q.0) / 2.0, (p.1 - q.1) / 2.0);
    let chord = hx * hx + hy * hy;
    if chord < 1e-9 || r < 1e-6 {
        return vec![q];
    }
    let r = r.max(chord.sqrt());
    let k = ((r * r - chord) / chord).max(0.0).sqrt() * if large == sweep { -1.0 } else { 1.0 };
    let (cx, cy) = (k * hy, -k * hx);
    let centre = (cx + (p.0 + q.0) / 2.0, cy + (p.1 + q.1) / 2.0);
    let from = (hy - cy).atan2(hx - cx);
    let to = (-hy - cy).atan2(-hx - cx);
    let tau = std::f32::consts::TAU;
    let mut turn = to - from;
    if !sweep && turn > 0.0 {
        turn -= tau;
    } else if sweep && turn < 0.0 {
        turn += tau;
    }
    (1..=48)
        .map(|i| {
            let a = from + turn * i as f32 / 48.0;
            (centre.0 + r * a.cos(), centre.1 + r * a.sin())
        })
        .collect()
}

/// Points along a path's outline, its curves and arcs finely sampled: enough to tell how
/// far it reaches in every direction.
fn outline(toks: &[Tok]) -> Vec<V> {
    let mut pts = Vec::new();
    let (mut at, mut start) = ((0.0, 0.0), (0.0, 0.0));
    let mut i = 0;
    let mut cmd = 'M';
    let num = |i: usize| match toks[i] {
        Tok::Num(x) => x,
        Tok::Cmd(c) => panic!("expected a number, found {c}"),
    };
    while i < toks.len() {
        if let Tok::Cmd(c) = toks[i] {
            cmd = c;
            i += 1;
            if c == 'Z' {
                at = start;
                continue;
            }
        }
        match cmd {
            'M' | 'L' => {
                at = (num(i), num(i + 1));
                if cmd == 'M' {
                    start = at;
                    // Numbers after a move's first pair are lines.
                    cmd = 'L';
                }
                pts.push(at);
                i += 2;
            }
            'Q' => {
                let (c, end) = ((num(i), num(i + 1)), (num(i + 2), num(i + 3)));
                for k in 1..=32 {
                    let t = k as f32 / 32.0;
                    let u = 1.0 - t;
                    pts.push((
                        u * u * at.0 + 2.0 * u * t * c.0 + t * t * end.0,
                        u * u * at.1 + 2.0 * u * t * c.1 + t * t * end.1,
                    ));
                }
                at = end;
                i += 4;
            }
            'A' => {
                let (rx, ry, rotation) = (num(i), num(i + 1), num(i + 2));
                assert!(
                    (rx - ry).abs() < 1e-3 && rotation == 0.0,
                    "only circular arcs are drawn"
                );
                let (large, sweep) = (num(i + 3) != 0.0, num(i + 4) != 0.0);
                let end = (num(i + 5), num(i + 6));
                pts.extend(arc_points(at, end, rx, large, sweep));
                at = end;
                i += 7;
            }
            other => panic!("unexpected path command {other}"),
        }
    }
    pts
}

/// What a drawn part must stay within.
enum Floor {
    /// Nothing lower than this y.
    Line(f32),
    /// Nothing off this rectangle: x0, y0, x1, y1.
    Mat(f32, f32, f32, f32),
}

impl Floor {
    fn of(fig: &Figure) -> Floor {
        match fig.view {
            View::Side | View::Front => Floor::Line(f32::from(FLOOR_Y) + ON_THE_FLOOR),
            View::Above => {
                // As `draw` lays the mat: the figure's box, 2 units in from each side.
                let (x, y, w, h) = fig.bounds();
                let (x, y, w, h) = (f32::from(x), f32::from(y), f32::from(w), f32::from(h));
                Floor::Mat(x + 2.0, y + 2.0, x + w - 2.0, y + h - 2.0)
            }
        }
    }

    /// How far the drawn part `toks` goes wrong, and how, if it does.
    fn fault(&self, toks: &[Tok]) -> Option<(f32, String)> {
        let pts = outline(toks);
        match *self {
            Floor::Line(lowest) => {
                let y = pts.iter().map(|p| p.1).fold(f32::MIN, f32::max);
                let under = y - f32::from(FLOOR_Y);
                (y > lowest).then(|| (under, format!("reaches {under:.2} under the floor line")))
            }
            Floor::Mat(x0, y0, x1, y1) => {
                let off = |p: &V| (x0 - p.0).max(p.0 - x1).max(y0 - p.1).max(p.1 - y1);
                let worst = pts.iter().max_by(|a, b| off(a).total_cmp(&off(b)))?;
                (off(worst) > 0.0).then(|| {
                    let at = format!("hangs off the mat at ({:.1}, {:.1})", worst.0, worst.1);
                    (off(worst), at)
                })
            }
        }
    }
}

/// Every drawn piece of a moment, as path data.
fn pieces(fig: &Figure, f: &Frame) -> Vec<(Piece, Vec<Tok>)> {
    Piece::ALL
        .into_iter()
        .map(|piece| (piece, tokens(&fig.piece_path(f, piece))))
        .collect()
}

/// Where each exercise's body goes through its floor, the worst moment for each piece: at
/// 21 moments from the start pose to the end (every twentieth of the way), at the moments a
/// loop draws, and at the browser's blends between those.
fn through_the_floor() -> Vec<String> {
    let mut faults = Vec::new();
    for ex in EXERCISES {
        let fig = ex.guide().figure;
        let floor = Floor::of(&fig);
        let mut worst: Vec<(Piece, f32, String)> = Vec::new();
        let mut check = |when: &str, piece: Piece, toks: &[Tok]| {
            let Some((by, fault)) = floor.fault(toks) else {
                return;
            };
            let line = format!("{}: the {piece:?} {when} {fault}", ex.id);
            match worst.iter_mut().find(|w| w.0 == piece) {
                Some(w) if w.1 >= by => {}
                Some(w) => *w = (piece, by, line),
                None => worst.push((piece, by, line)),
            }
        };
        let dense = (0..=20).map(|i| i as f32 / 20.0);
        for t in dense.chain(loop_moments()) {
            for (piece, toks) in pieces(&fig, &fig.frame(t)) {
                check(&format!("at t = {t:.3}"), piece, &toks);
            }
        }
        for pair in loop_moments().windows(2) {
            let (a, b) = (fig.frame(pair[0]), fig.frame(pair[1]));
            for ((piece, ta), (_, tb)) in pieces(&fig, &a).into_iter().zip(pieces(&fig, &b)) {
                for s in [0.25, 0.5, 0.75] {
                    let when = format!("blending t = {:.3} into {:.3} ({s})", pair[0], pair[1]);
                    check(&when, piece, &blend(&ta, &tb, s));
                }
            }
        }
        faults.extend(worst.into_iter().map(|w| w.2));
    }
    faults
}

#[test]
fn no_part_of_a_body_goes_through_the_floor_at_any_moment() {
    let faults = through_the_floor();
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_outline_of_a_drawn_path_is_where_it_is_drawn() {
    use crate::domain::figure::{Pose, Prop};
    // A circle of radius 2 at (10, 20), drawn as two half arcs: it reaches 2 every way.
    let toks = tokens("M10 22L10 22A2 2 0 1 0 10 18L10 18A2 2 0 1 0 10 22Z");
    let pts = outline(&toks);
    let (lo, hi) = pts.iter().fold((f32::MAX, f32::MIN), |(lo, hi), p| {
        (lo.min(p.0), hi.max(p.0))
    });
    assert!(
        (lo - 8.0).abs() < 0.01 && (hi - 12.0).abs() < 0.01,
        "{lo} {hi}"
    );
    let lowest = pts.iter().map(|p| p.1).fold(f32::MIN, f32::max);
    assert!((lowest - 22.0).abs() < 0.01);
    // On a mat reaching to x = 12.5 it lies on the mat; on one ending at 11 it hangs off.
    assert!(Floor::Mat(0.0, 0.0, 12.5, 30.0).fault(&toks).is_none());
    let (by, _) = Floor::Mat(0.0, 0.0, 11.0, 30.0)
        .fault(&toks)
        .expect("off the mat");
    assert!((by - 1.0).abs() < 0.01, "{by}");
    // A forearm resting with its lower edge on the floor passes; one 1 unit lower fails.
    let lying = Pose {
        foot: [(88, 80), (88, 80)],
        ..super::figures::HOOK_LYING
    };
    let fig = |hand_y: i16| Figure {
        start: Pose {
            hand: [(62, hand_y), (62, 82)],
            ..lying
        },
        end: lying,
        props: &[] as &[Prop],
        view: View::Side,
    };
    let floor = Floor::of(&fig(82));
    let arm = |f: &Figure| tokens(&f.piece_path(&f.frame(0.0), Piece::NearArm));
    assert!(floor.fault(&arm(&fig(82))).is_none());
    assert!(floor.fault(&arm(&fig(83))).is_some());
}
