//! Drawing a figure: the body's shapes for any moment of the movement, and the SVG markup
//! that shows it, still or moving.
//!
//! Each piece (an arm, a leg, the torso, the head, the eyes) is one SVG path. A limb is a
//! chain of tapered capsules with a round hand or a foot at its end; the head has a nose and
//! eyes that show where the face looks.
//!
//! A moving figure is a flipbook: [`FRAMES`] whole pictures of the movement, evenly spaced
//! from the start pose to the end, stacked on top of each other, each on an opaque
//! background. The stylesheet fades each one in over the one below it and out again on the
//! way back, at the moments [`Timing`] says ([`flipbook_css`] writes those rules). Changing
//! only the opacity of whole pictures lets the browser's compositor run the loop on its own:
//! animating the paths' shapes instead made the page lay out and repaint every frame, most of
//! a slow phone's core for as long as a figure was on screen.
use std::fmt::Write;

use super::{
    add, cw, dist, lerp, mul, sub, unit, Figure, Frame, Prop, View, FLOOR_Y, HEAD_R, V, VIEW,
};

/// Half widths of the body's parts at their two ends, in drawing units.
const NECK_R: f32 = 2.0;
const UPPER_ARM: (f32, f32) = (2.3, 1.9);
const FOREARM: (f32, f32) = (1.9, 1.5);
const HAND_R: f32 = 2.0;
/// A knee seen from above, pointing up at the viewer.
const KNEE_CAP: f32 = 3.4;
const THIGH: (f32, f32) = (3.3, 2.5);
const SHIN: (f32, f32) = (2.5, 1.8);
const FOOT: (f32, f32) = (1.7, 1.2);
/// Ankle to toes, seen from the side.
pub const FOOT_LEN: f32 = 6.0;
/// The torso's half width at the shoulders, the waist and the hips.
const TORSO_SIDE: [f32; 3] = [4.0, 3.5, 4.4];
const TORSO_WIDE: [f32; 3] = [6.6, 5.0, 5.8];
const EYE_R: f32 = 0.95;
/// A joint counts as moving when it travels at least this far.
const MOVES_AT: f32 = 1.0;
/// No arrow is drawn for a movement smaller than this.
const ARROW_FROM: f32 = 3.0;
/// The shortest arrow drawn, so a small movement's arrow can be seen.
const ARROW_MIN: f32 = 9.0;
/// How far a small movement's straight arrow keeps from the joint it points at or away
/// from: clear of the body around it.
const ARROW_CLEAR: f32 = 7.0;

/// The pieces of a body, in drawing order: far limbs behind, near limbs in front.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    FarArm,
    FarLeg,
    Torso,
    Head,
    Eyes,
    NearLeg,
    NearArm,
}

impl Piece {
    pub const ALL: [Piece; 7] = [
        Piece::FarArm,
        Piece::FarLeg,
        Piece::Torso,
        Piece::Head,
        Piece::Eyes,
        Piece::NearLeg,
        Piece::NearArm,
    ];

    /// CSS class of the piece.
    pub fn class(self) -> &'static str {
        match self {
            Piece::FarArm | Piece::FarLeg => "far",
            Piece::Torso => "torso",
            Piece::Head => "head",
            Piece::Eyes => "eyes",
            Piece::NearLeg | Piece::NearArm => "near",
        }
    }

    /// The joints the piece is drawn from.
    fn joints(self, f: &Frame, view: View) -> Vec<V> {
        // A thigh moves with the hips (the knee can stay put on the floor); an arm counts
        // as moving only when the elbow or hand does, so a side plank's lifting hips don't
        // light up the arms that hold it.
        let hips = f.sockets(view).1;
        match self {
            Piece::FarArm => vec![f.elbow[1], f.hand[1]],
            Piece::NearArm => vec![f.elbow[0], f.hand[0]],
            Piece::FarLeg => vec![hips[1], f.knee[1], f.foot[1]],
            Piece::NearLeg => vec![hips[0], f.knee[0], f.foot[0]],
            Piece::Torso => vec![f.neck, f.mid, f.hip],
            // The head moves when it travels or turns (a quarter turn counts as 10 units).
            Piece::Head | Piece::Eyes => vec![f.head, (f.turn * 10.0, 0.0)],
        }
    }
}

impl Figure {
    /// Whether a piece moves between the start and the end pose: those are highlighted.
    /// The eyes go with the head and are never highlighted themselves.
    pub fn moves(&self, piece: Piece) -> bool {
        if piece == Piece::Eyes {
            return false;
        }
        let (a, b) = (self.frame(0.0), self.frame(1.0));
        piece
            .joints(&a, self.view)
            .into_iter()
            .zip(piece.joints(&b, self.view))
            .any(|(p, q)| dist(p, q) >= MOVES_AT)
    }

    /// The joint that travels furthest, from where to where: the arrow follows it. A far
    /// limb's joint, drawn behind, has to travel a quarter further to be chosen.
    pub fn main_path(&self) -> Option<(V, V)> {
        let (a, b) = (self.frame(0.0), self.frame(1.0));
        // Frame::points lists the far elbow, hand, knee and foot at 5, 7, 9 and 11.
        let weight = |i: usize| if i >= 5 && i % 2 == 1 { 0.75 } else { 1.0 };
        a.points()
            .into_iter()
            .zip(b.points())
            .enumerate()
            .max_by(|(i, x), (j, y)| {
                (dist(x.0, x.1) * weight(*i)).total_cmp(&(dist(y.0, y.1) * weight(*j)))
            })
            .map(|(_, path)| path)
            .filter(|(p, q)| dist(*p, *q) >= ARROW_FROM)
    }

    fn in_water(&self) -> bool {
        self.props.iter().any(|p| matches!(p, Prop::Water { .. }))
    }

    /// The path of one piece at one moment.
    pub fn piece_path(&self, f: &Frame, piece: Piece) -> String {
        let mut out = String::with_capacity(240);
        let (shoulders, hips) = f.sockets(self.view);
        let toes = toes_of(self, f);
        let arm = |out: &mut String, i: usize| {
            capsule(out, shoulders[i], f.elbow[i], UPPER_ARM);
            capsule(out, f.elbow[i], f.hand[i], FOREARM);
            circle(out, f.hand[i], HAND_R);
        };
        let leg = |out: &mut String, i: usize| {
            capsule(out, hips[i], f.knee[i], THIGH);
            capsule(out, f.knee[i], f.foot[i], SHIN);
            capsule(out, f.foot[i], toes[i], FOOT);
            if self.view == View::Above {
                // From above a bent knee points at the viewer: its round cap shows that.
                circle(out, f.knee[i], KNEE_CAP);
            }
        };
        let r = f32::from(HEAD_R);
        let up = unit(sub(f.head, f.neck));
        let face = cw(up);
        let turn = f.turn;
        match piece {
            Piece::FarArm => arm(&mut out, 1),
            Piece::NearArm => arm(&mut out, 0),
            Piece::FarLeg => leg(&mut out, 1),
            Piece::NearLeg => leg(&mut out, 0),
            Piece::Torso => torso(&mut out, f, self.view),
            Piece::Head => {
                capsule(&mut out, f.neck, f.head, (NECK_R, NECK_R));
                circle(&mut out, f.head, r);
                // The nose: out past the cheek in profile, a dot in the middle face on.
                let low = |k: f32| mul(up, -(1.3 * (1.0 - turn) + k * turn));
                let a = add(add(f.head, mul(face, (r - 1.5) * turn)), low(0.2));
                let b = add(add(f.head, mul(face, (r + 1.5) * turn)), low(0.9));
                capsule(&mut out, a, b, (1.3, 0.9));
            }
            Piece::Eyes => {
                for side in [1.0, -1.0] {
                    let across = side * 2.2 * (1.0 - turn) + 3.0 * turn;
                    let eye = add(add(f.head, mul(up, 1.2)), mul(face, across));
                    circle(&mut out, eye, EYE_R);
                }
            }
        }
        out
    }

    /// The whole drawing: ground, props, the body and an arrow along the main movement.
    /// Still, it shows the end pose with the moving pieces' start faintly behind it. Moving,
    /// it is the flipbook's pictures, one `<svg>` each (hidden from screen readers: the
    /// element they go in carries the figure's name), the start pose first, and the arrow
    /// last in one of its own; the stylesheet takes them to the end pose and back, staying a
    /// while at the end for a hold.
    pub fn markup(&self, motion: Motion) -> String {
        match motion {
            Motion::Still => {
                let mut out = String::with_capacity(4096);
                self.ground(&mut out);
                let start = self.frame(0.0);
                let end = self.frame(1.0);
                out.push_str("<g class=\"ghost\">");
                for piece in Piece::ALL.into_iter().filter(|p| self.moves(*p)) {
                    self.piece(&mut out, &start, piece);
                }
                out.push_str("</g>");
                self.strap(&mut out, &end);
                for piece in Piece::ALL {
                    self.piece(&mut out, &end, piece);
                }
                self.arrow(&mut out);
                out
            }
            Motion::Loop { .. } => {
                let (x, y, w, h) = self.bounds();
                let mut out = String::with_capacity(FRAMES * 2048);
                let open = format!("<svg viewBox=\"{x} {y} {w} {h}\" aria-hidden=\"true\"");
                for t in loop_moments() {
                    let _ = write!(out, "{open}>{}</svg>", self.frame_markup(t));
                }
                // The arrow stays put: drawn once, over every picture.
                let _ = write!(out, "{open} class=\"over\">");
                self.arrow(&mut out);
                out.push_str("</svg>");
                out
            }
        }
    }

    /// One moment, still, with no ghost or arrow: for the contact sheet.
    pub fn frame_markup(&self, t: f32) -> String {
        let mut out = String::with_capacity(3072);
        self.ground(&mut out);
        let f = self.frame(t);
        self.strap(&mut out, &f);
        for piece in Piece::ALL {
            self.piece(&mut out, &f, piece);
        }
        out
    }

    fn piece(&self, out: &mut String, f: &Frame, piece: Piece) {
        let moving = if self.moves(piece) { " moving" } else { "" };
        let _ = write!(
            out,
            "<path class=\"{}{moving}\" d=\"{}\"/>",
            piece.class(),
            self.piece_path(f, piece)
        );
    }

    fn strap(&self, out: &mut String, f: &Frame) {
        if !self.props.contains(&Prop::Strap) {
            return;
        }
        out.push_str("<path class=\"prop strap\" d=\"M");
        pt(out, f.hand[0]);
        out.push('L');
        pt(out, f.foot[0]);
        out.push_str("\"/>");
    }

    /// The floor (or water, or a mat seen from above) and the props.
    fn ground(&self, out: &mut String) {
        let water = self.props.iter().find_map(|p| match p {
            Prop::Water { y } => Some(*y),
            _ => None,
        });
        match (water, self.view) {
            (Some(y), _) => {
                let _ = write!(
                    out,
                    "<path class=\"water\" d=\"M0 {y}q7.5 -3 15 0t15 0t15 0t15 0t15 0t15 0t15 0t15 0\"/>"
                );
            }
            (None, View::Above) => {
                let (x, y, w, h) = self.bounds();
                let _ = write!(
                    out,
                    "<rect class=\"mat\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\"/>",
                    x + 2,
                    y + 2,
                    w - 4,
                    h - 4
                );
            }
            (None, _) => {
                let _ = write!(
                    out,
                    "<line class=\"floor\" x1=\"0\" y1=\"{FLOOR_Y}\" x2=\"{}\" y2=\"{FLOOR_Y}\"/>",
                    VIEW.0
                );
            }
        }
        for prop in self.props {
            match *prop {
                Prop::Chair { x, seat_y } => {
                    let _ = write!(
                        out,
                        "<path class=\"prop\" d=\"M{} {seat_y}H{x}M{} {seat_y}V{FLOOR_Y}M{} {seat_y}V{FLOOR_Y}M{} {seat_y}V{}\"/>",
                        x - 16,
                        x - 15,
                        x - 1,
                        x - 16,
                        seat_y - 22
                    );
                }
                Prop::Wall { x } => {
                    let _ = write!(
                        out,
                        "<line class=\"prop wall\" x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{FLOOR_Y}\"/>"
                    );
                }
                Prop::Bike { saddle, bar, crank } => {
                    let _ = write!(
                        out,
                        "<path class=\"prop\" d=\"M{} {}H{}M{} {}L{} {}L{} {}M{} {}L{} {FLOOR_Y}M{} {FLOOR_Y}H{}\"/><circle class=\"prop\" cx=\"{}\" cy=\"{}\" r=\"7\"/>",
                        saddle.0 - 5,
                        saddle.1,
                        saddle.0 + 5,
                        saddle.0,
                        saddle.1,
                        crank.0,
                        crank.1,
                        bar.0,
                        bar.1,
                        crank.0,
                        crank.1,
                        crank.0 - 4,
                        crank.0 - 14,
                        crank.0 + 14,
                        crank.0,
                        crank.1
                    );
                }
                Prop::Cushion { at } => {
                    let _ = write!(
                        out,
                        "<ellipse class=\"prop cushion\" cx=\"{}\" cy=\"{}\" rx=\"7\" ry=\"3\"/>",
                        at.0, at.1
                    );
                }
                Prop::Water { .. } | Prop::Strap => {}
            }
        }
    }

    /// A curved arrow beside the path of the joint that moves most, bowed away from the
    /// body (and never under the floor): the points of its line and of its head. A small
    /// movement gets a straight arrow instead ([`push_arrow`]).
    pub fn arrow_shape(&self) -> Option<([V; 9], [V; 3])> {
        let (from, to) = self.main_path()?;
        let len = dist(from, to);
        if len < ARROW_MIN {
            return Some(push_arrow(from, to));
        }
        let pts = self.frame(0.0).points();
        let n = pts.len() as f32;
        let centre = pts
            .iter()
            .fold((0.0, 0.0), |acc, p| add(acc, mul(*p, 1.0 / n)));
        let middle = lerp(from, to, 0.5);
        let mut side = cw(unit(sub(to, from)));
        let away = sub(middle, centre);
        if side.0 * away.0 + side.1 * away.1 < 0.0 {
            side = mul(side, -1.0);
        }
        // Never under the floor: a foot sliding along it gets its arrow above.
        if add(middle, mul(side, 0.15 * len + 4.0)).1 > f32::from(FLOOR_Y) - 1.0 {
            side = mul(side, -1.0);
        }
        let control = add(middle, mul(side, 0.3 * len));
        let shift = mul(side, 4.0);
        let at = |t: f32| {
            let a = lerp(from, control, t);
            let b = lerp(control, to, t);
            add(lerp(a, b, t), shift)
        };
        let line = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(|i| at(0.12 + 0.76 * i as f32 / 8.0));
        let base = line[8];
        Some((line, arrow_head(base, unit(sub(base, at(0.8))))))
    }

    fn arrow(&self, out: &mut String) {
        let Some((line, head)) = self.arrow_shape() else {
            return;
        };
        let path = |pts: &[V], close: bool| {
            let mut d = String::with_capacity(pts.len() * 10);
            for (i, p) in pts.iter().enumerate() {
                d.push(if i == 0 { 'M' } else { 'L' });
                pt(&mut d, *p);
            }
            if close {
                d.push('Z');
            }
            d
        };
        let _ = write!(
            out,
            "<path class=\"arrow\" d=\"{}\"/><path class=\"arrow-head\" d=\"{}\"/>",
            path(&line, false),
            path(&head, true)
        );
    }
}

/// The arrow of a small movement (a back flattening, hips lifting a little): straight, in
/// line with the movement and clear of the body, on the side away from the floor. It
/// points at the body for a movement toward the floor (a push) and away from it for any
/// other. Beside so short a path a curved arrow would lie on the body, lost in the colour
/// of the part that moves.
fn push_arrow(from: V, to: V) -> ([V; 9], [V; 3]) {
    let dir = unit(sub(to, from));
    let (tail, base) = if dir.1 > 0.0 {
        let base = sub(from, mul(dir, ARROW_CLEAR));
        (sub(base, mul(dir, ARROW_MIN)), base)
    } else {
        let tail = add(to, mul(dir, ARROW_CLEAR));
        (tail, add(tail, mul(dir, ARROW_MIN)))
    };
    let line = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(|i| lerp(tail, base, i as f32 / 8.0));
    (line, arrow_head(base, dir))
}

/// An arrow's head at the end `base` of its line, pointing along `dir`.
fn arrow_head(base: V, dir: V) -> [V; 3] {
    let back = sub(base, mul(dir, 2.5));
    let wing = mul(cw(dir), 2.3);
    [add(base, mul(dir, 1.5)), add(back, wing), sub(back, wing)]
}

/// Whether a figure stands still or moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Motion {
    Still,
    /// Start to end and back, over and over; a `hold` stays at the end pose a while.
    Loop {
        hold: bool,
    },
}

/// How many pictures a moving figure is drawn as. Between two of them the browser cross-fades,
/// so the more there are, the closer each is to the next and the less a fast limb shows
/// twice while they blend; each one is a whole drawing (about 1.7 KB of markup) and a layer
/// the compositor keeps, which a cheap phone pays for in memory.
pub const FRAMES: usize = 11;

/// How much of the time between two pictures the fade from one to the other takes: its middle
/// half. Blending two pictures shows a fast limb twice, faintly; a short fade shows one body
/// most of the time, and a fade still hides the step from one picture to the next.
pub const FADE: f32 = 0.5;

/// The moments a loop draws, from the start pose (0) to the end pose (1), evenly spaced so
/// that no step between two pictures is much longer than another; [`Timing`] eases the
/// movement by when each is shown.
pub fn loop_moments() -> [f32; FRAMES] {
    std::array::from_fn(|i| i as f32 / (FRAMES - 1) as f32)
}

/// The movement's easing, how far it is `x` of the way through its time: it starts and stops
/// softly. [`Timing`] needs only its inverse, [`unease`].
#[cfg(test)]
fn ease(x: f32) -> f32 {
    x * x * (3.0 - 2.0 * x)
}

/// When the eased movement reaches `y` of the way: the inverse of [`ease`].
fn unease(y: f32) -> f32 {
    0.5 - ((1.0 - 2.0 * y.clamp(0.0, 1.0)).asin() / 3.0).sin()
}

/// When a loop is where, as fractions of the loop: moving out to the end pose, staying there,
/// coming back, and resting at the start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing {
    /// Length of one loop.
    pub secs: u32,
    out: f32,
    stay: f32,
    back: f32,
}

impl Timing {
    pub fn new(hold: bool) -> Self {
        // A hold stays at the end for half the loop, as the person does.
        let (out, stay, back, secs) = if hold {
            (0.25, 0.5, 0.2, 7)
        } else {
            (0.4, 0.1, 0.4, 5)
        };
        Timing {
            secs,
            out,
            stay,
            back,
        }
    }

    /// When the movement reaches picture `i` on the way out (`i` past the last one: the middle
    /// of the stay at the end).
    fn out_at(&self, i: usize) -> f32 {
        match loop_moments().get(i) {
            Some(t) => self.out * unease(*t),
            None => self.out + self.stay / 2.0,
        }
    }

    /// When the movement is back at picture `i` on the way back (past the last one: the
    /// middle of the stay).
    fn back_at(&self, i: usize) -> f32 {
        match loop_moments().get(i) {
            Some(t) => self.out + self.stay + self.back * (1.0 - unease(*t)),
            None => self.out + self.stay / 2.0,
        }
    }

    /// Picture `i`'s opacity through the loop, as (fraction of the loop, opacity) stops with
    /// straight lines between them. Pictures are stacked in order, each opaque, so the one on
    /// top is what shows: on the way out, picture `i` fades in over `i - 1` halfway between
    /// the moments the movement is at one and at the other (taking [`FADE`] of that time),
    /// and out again the same way back, `i - 1` fully shown under it. While a picture above
    /// covers it, it is taken away and put back, so the compositor only ever blends two.
    /// The first picture is always shown, at the bottom, and has none.
    pub fn stops(&self, i: usize) -> Vec<(f32, f32)> {
        if i == 0 {
            return Vec::new();
        }
        let (o, b) = (|k: usize| self.out_at(k), |k: usize| self.back_at(k));
        // The fade from `from` to `to`: its middle part.
        let fade = |from: f32, to: f32| {
            let (middle, half) = ((from + to) / 2.0, (to - from) * FADE / 2.0);
            (middle - half, middle + half)
        };
        let (fade_in, fade_out) = (fade(o(i - 1), o(i)), fade(b(i), b(i - 1)));
        let mut stops = vec![(0.0, 0.0), (fade_in.0, 0.0), (fade_in.1, 1.0)];
        if i + 1 < FRAMES {
            // Covered by the next picture from when it is fully in until it starts to go.
            stops.extend([
                (o(i + 1), 1.0),
                (o(i + 2), 0.0),
                (b(i + 2), 0.0),
                (b(i + 1), 1.0),
            ]);
        }
        stops.extend([(fade_out.0, 1.0), (fade_out.1, 0.0), (1.0, 0.0)]);
        stops
    }
}

/// A fraction of a loop as a CSS percentage, to a tenth of a percent (7 ms of a hold's loop).
fn percent(x: f32) -> String {
    let mut out = String::new();
    num(&mut out, x * 100.0);
    out.push('%');
    out
}

/// The stylesheet rules that run a flipbook (see the module's doc): for each timing, the
/// loop's length and, for each picture after the first, the keyframes of its opacity. A
/// flipbook is `.flipbook` with `.hold` for a hold; its pictures are its children, in
/// order. style/main.css holds this text (a test checks it).
pub fn flipbook_css() -> String {
    let mut css = String::with_capacity(4096);
    for (hold, name) in [(false, "flip-loop"), (true, "flip-hold")] {
        let timing = Timing::new(hold);
        let scope = if hold { ".flipbook.hold" } else { ".flipbook" };
        let _ = writeln!(
            css,
            "{scope} > svg {{ animation-duration: {}s; }}",
            timing.secs
        );
        for i in 1..FRAMES {
            let _ = write!(
                css,
                "{scope} > :nth-child({}) {{ animation-name: {name}-{i}; }} @keyframes {name}-{i} {{",
                i + 1
            );
            // Stops in a row with the same opacity share one rule.
            for run in timing.stops(i).chunk_by(|a, b| a.1 == b.1) {
                let mut at: Vec<String> = run.iter().map(|s| percent(s.0)).collect();
                at.dedup();
                let _ = write!(css, " {} {{ opacity: {} }}", at.join(", "), run[0].1);
            }
            css.push_str(" }\n");
        }
    }
    css
}

/// Where the toes of each foot are: from the side, forward of the ankle and flat on the
/// floor when the foot is down (pointed along the shin when kneeling, lying face down or
/// swimming); from the front, a short foot toward the viewer; from above, pointing away
/// from the head. Never through the floor.
pub fn toes_of(fig: &Figure, f: &Frame) -> [V; 2] {
    let floor = f32::from(FLOOR_Y);
    [0, 1].map(|i| {
        let shin = unit(sub(f.foot[i], f.knee[i]));
        let (dir, len) = match fig.view {
            // Swimming: toes pointed back along the leg.
            View::Side if fig.in_water() && shin.1.abs() < 0.5 => (shin, FOOT_LEN),
            View::Side => {
                let forward = (shin.1, -shin.0);
                let flat = if shin.1.abs() < 0.5 {
                    (shin.0.signum(), 0.0)
                } else {
                    (forward.0.signum(), 0.0)
                };
                let down = ((f.foot[i].1 - (floor - 6.0)) / 3.5).clamp(0.0, 1.0);
                (unit(lerp(forward, flat, down)), FOOT_LEN)
            }
            View::Front => (shin, 3.5),
            View::Above => (unit(sub(f.hip, f.neck)), 4.5),
        };
        let dir = match fig.floor() {
            Some(floor) => above_floor(f.foot[i], dir, len, floor),
            None => dir,
        };
        add(f.foot[i], mul(dir, len))
    })
}

/// `dir`, turned if need be so that toes `len` along it from `ankle` stay on or above the
/// floor: a foot near the floor (lifting off it, or kneeling) points flatter rather than
/// through it.
fn above_floor(ankle: V, dir: V, len: f32, floor: f32) -> V {
    let lowest = floor - FOOT.1;
    if ankle.1 + dir.1 * len <= lowest {
        return dir;
    }
    let down = ((lowest - ankle.1) / len).clamp(-1.0, 1.0);
    let across = (1.0 - down * down).sqrt();
    (if dir.0 < 0.0 { -across } else { across }, down)
}

/// A number with at most one decimal, as short as it can be written ("12", "3.5", "-0.4").
fn num(out: &mut String, x: f32) {
    let tenths = (x * 10.0).round() as i32;
    if tenths < 0 {
        out.push('-');
    }
    let a = tenths.unsigned_abs();
    let _ = write!(out, "{}", a / 10);
    if !a.is_multiple_of(10) {
        let _ = write!(out, ".{}", a % 10);
    }
}

fn pt(out: &mut String, p: V) {
    num(out, p.0);
    out.push(' ');
    num(out, p.1);
}

/// Half a circle of radius `r` to `to`, bowing to the left of the direction of travel.
fn arc(out: &mut String, r: f32, to: V) {
    out.push('A');
    num(out, r);
    out.push(' ');
    num(out, r);
    out.push_str(" 0 1 0 ");
    pt(out, to);
}

/// A tapered capsule from `a` (half width `r.0`) to `b` (half width `r.1`).
fn capsule(out: &mut String, a: V, b: V, r: (f32, f32)) {
    let n = cw(unit(sub(b, a)));
    out.push('M');
    pt(out, add(a, mul(n, r.0)));
    out.push('L');
    pt(out, add(b, mul(n, r.1)));
    arc(out, r.1, sub(b, mul(n, r.1)));
    out.push('L');
    pt(out, sub(a, mul(n, r.0)));
    arc(out, r.0, add(a, mul(n, r.0)));
    out.push('Z');
}

fn circle(out: &mut String, c: V, r: f32) {
    capsule(out, c, add(c, (0.0, 0.0)), (r, r));
}

/// The torso: a smooth shape through the neck, the middle of the back and the hips, round
/// at both ends; wider from the front or above than from the side.
fn torso(out: &mut String, f: &Frame, view: View) {
    let w = match view {
        View::Side => TORSO_SIDE,
        View::Front | View::Above => TORSO_WIDE,
    };
    let n0 = cw(unit(sub(f.mid, f.neck)));
    let n1 = cw(unit(sub(f.hip, f.neck)));
    let n2 = cw(unit(sub(f.hip, f.mid)));
    // A quadratic curve from `s` to `e` that passes through `m` halfway.
    let through = |s: V, m: V, e: V| sub(mul(m, 2.0), mul(add(s, e), 0.5));
    let side = |k: f32| {
        let s = add(f.neck, mul(n0, w[0] * k));
        let m = add(f.mid, mul(n1, w[1] * k));
        let e = add(f.hip, mul(n2, w[2] * k));
        (s, through(s, m, e), e)
    };
    let (s, c, e) = side(1.0);
    out.push('M');
    pt(out, s);
    out.push('Q');
    pt(out, c);
    out.push(' ');
    pt(out, e);
    let (s2, c2, e2) = side(-1.0);
    arc(out, w[2], e2);
    out.push('Q');
    pt(out, c2);
    out.push(' ');
    pt(out, s2);
    arc(out, w[0], s);
    out.push('Z');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        let mut s = String::new();
        for x in [12.0, 3.46, -0.04, -0.4, 0.0, -12.25] {
            num(&mut s, x);
            s.push(',');
        }
        assert_eq!(s, "12,3.5,0,-0.4,0,-12.3,");
    }

    /// What a flipbook shows at `at` (a fraction of the loop): how much of each picture, as
    /// the stacked pictures with their opacities blend, the first at the bottom.
    fn shown(timing: &Timing, at: f32) -> [f32; FRAMES] {
        let mut weights = [0.0; FRAMES];
        weights[0] = 1.0;
        for i in 1..FRAMES {
            let stops = timing.stops(i);
            let k = stops.iter().rposition(|s| s.0 <= at).unwrap_or(0);
            let opacity = match stops.get(k + 1) {
                Some(next) if next.0 > stops[k].0 => {
                    let f = (at - stops[k].0) / (next.0 - stops[k].0);
                    stops[k].1 + (next.1 - stops[k].1) * f
                }
                _ => stops[k].1,
            };
            for w in &mut weights[..i] {
                *w *= 1.0 - opacity;
            }
            weights[i] = opacity;
        }
        weights
    }

    #[test]
    fn a_flipbook_shows_one_body_moving_as_the_eased_loop_does() {
        for hold in [false, true] {
            let timing = Timing::new(hold);
            let (out, stay, back) = (timing.out, timing.stay, timing.back);
            let step = 1.0 / (FRAMES - 1) as f32;
            for n in 0..=1000 {
                let at = n as f32 / 1000.0;
                let weights = shown(&timing, at);
                // One picture, or two next to each other blending: never a third ghost.
                let seen: Vec<usize> = (0..FRAMES).filter(|i| weights[*i] > 1e-4).collect();
                assert!(
                    seen.len() == 1 || (seen.len() == 2 && seen[1] == seen[0] + 1),
                    "hold {hold}, at {at}: pictures {seen:?} show"
                );
                // Where the body is: the blend's moment, against the eased movement's.
                let moment: f32 = (0..FRAMES).map(|i| weights[i] * i as f32 * step).sum();
                let expected = if at < out {
                    ease(at / out)
                } else if at < out + stay {
                    1.0
                } else if at < out + stay + back {
                    1.0 - ease((at - out - stay) / back)
                } else {
                    0.0
                };
                assert!(
                    (moment - expected).abs() <= step / 2.0 + 1e-3,
                    "hold {hold}, at {at}: the body is at {moment}, the movement at {expected}"
                );
            }
            // Each picture shows alone at its own moment, and for most of the time around it.
            for i in 0..FRAMES {
                for at in [timing.out_at(i), timing.back_at(i)] {
                    assert_eq!(
                        shown(&timing, at)[i],
                        1.0,
                        "hold {hold}: picture {i} at {at}"
                    );
                }
            }
            let moving: Vec<f32> = (0..1000)
                .map(|n| n as f32 / 1000.0)
                .filter(|at| *at < out || (*at > out + stay && *at < out + stay + back))
                .collect();
            let one = moving
                .iter()
                .filter(|at| shown(&timing, **at).iter().any(|w| *w >= 0.9))
                .count();
            assert!(
                one as f32 >= 0.55 * moving.len() as f32,
                "hold {hold}: one body shows {one} of {} moments of the movement",
                moving.len()
            );
            // Still at each end: the end pose alone while it stays, the start at rest.
            assert_eq!(shown(&timing, out + stay / 2.0)[FRAMES - 1], 1.0);
            assert_eq!(shown(&timing, (1.0 + out + stay + back) / 2.0)[0], 1.0);
        }
    }

    #[test]
    fn unease_undoes_ease() {
        for n in 0..=20 {
            let x = n as f32 / 20.0;
            assert!((unease(ease(x)) - x).abs() < 1e-4, "{x}");
        }
    }

    #[test]
    fn the_stylesheet_runs_flipbooks_as_the_domain_times_them() {
        let css = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"));
        let rules = flipbook_css();
        assert!(
            css.contains(&rules),
            "style/main.css should hold, as written here:\n{rules}"
        );
    }

    #[test]
    fn a_capsule_is_two_sides_and_two_round_ends() {
        let mut s = String::new();
        capsule(&mut s, (0.0, 0.0), (10.0, 0.0), (2.0, 1.0));
        assert_eq!(s, "M0 2L10 1A1 1 0 1 0 10 -1L0 -2A2 2 0 1 0 0 2Z");
    }
}
