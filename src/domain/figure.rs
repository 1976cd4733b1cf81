//! Exercise illustrations as data: a simple figure in a start and an end pose.
//!
//! The drawing space is 120 × 90 units, y growing downwards, with the floor at y = 84. A
//! standing adult is about 75 units tall. Limbs that move between the two poses are
//! highlighted, and the component animates between the poses (or shows both, still, when
//! the person prefers reduced motion). Keeping figures as numbers rather than SVG markup
//! makes them small, consistent in style, and checkable by tests.

/// A point in the 120 × 90 drawing space.
pub type Pt = (i16, i16);

/// Width and height of the drawing space.
pub const VIEW: (i16, i16) = (120, 90);
/// The floor line's y.
pub const FLOOR_Y: i16 = 84;
/// Radius of the head.
pub const HEAD_R: i16 = 6;
/// The smallest box a figure is drawn in, so a small figure is not blown up into thick
/// strokes.
const MIN_SIZE: (i16, i16) = (110, 55);

/// Widen the span `lo..hi` around its centre to at least `min`, keeping it inside
/// `0..limit`. Returns the start and the length.
fn grow(lo: i16, hi: i16, min: i16, limit: i16) -> (i16, i16) {
    let len = (hi - lo).max(min).min(limit);
    let centre = (lo + hi) / 2;
    let start = (centre - len / 2).clamp(0, limit - len);
    (start, len)
}

/// Where every joint is. Index 0 of each pair is the limb nearer the viewer (drawn solid),
/// index 1 the far one (drawn lighter, behind).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pose {
    pub head: Pt,
    /// Top of the spine, between the shoulders.
    pub neck: Pt,
    /// Middle of the spine: lets the back round or arch.
    pub mid: Pt,
    /// Bottom of the spine.
    pub hip: Pt,
    pub elbow: [Pt; 2],
    pub hand: [Pt; 2],
    pub knee: [Pt; 2],
    pub foot: [Pt; 2],
}

/// Static things drawn around the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prop {
    /// A chair seen from the side: seat at height `seat_y`, front edge at `x`, back rest on
    /// the left.
    Chair { x: i16, seat_y: i16 },
    /// A wall at `x`.
    Wall { x: i16 },
    /// A strap from the near hand to the near foot (drawn in both poses).
    Strap,
    /// An exercise bike: saddle at `saddle`, handlebar at `bar`, pedal centre at `crank`.
    Bike { saddle: Pt, bar: Pt, crank: Pt },
    /// Water surface at `y` (no floor line is drawn).
    Water { y: i16 },
    /// A rolled towel or cushion under a point, e.g. under the head or knees.
    Cushion { at: Pt },
}

/// An exercise's illustration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    pub start: Pose,
    pub end: Pose,
    pub props: &'static [Prop],
}

/// The named polylines a figure is drawn with, in drawing order (far limbs first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    FarArm,
    FarLeg,
    Spine,
    NearLeg,
    NearArm,
    Head,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::FarArm,
        Part::FarLeg,
        Part::Spine,
        Part::NearLeg,
        Part::NearArm,
        Part::Head,
    ];

    /// CSS class name for the part.
    pub fn class(self) -> &'static str {
        match self {
            Part::FarArm | Part::FarLeg => "far",
            Part::Head => "head",
            _ => "near",
        }
    }
}

impl Pose {
    /// The points of one part, in drawing order. The head is a single point (its centre).
    pub fn points(&self, part: Part) -> Vec<Pt> {
        match part {
            Part::FarArm => vec![self.neck, self.elbow[1], self.hand[1]],
            Part::NearArm => vec![self.neck, self.elbow[0], self.hand[0]],
            Part::FarLeg => vec![self.hip, self.knee[1], self.foot[1]],
            Part::NearLeg => vec![self.hip, self.knee[0], self.foot[0]],
            Part::Spine => vec![self.neck, self.mid, self.hip],
            Part::Head => vec![self.head],
        }
    }

    /// All joints, for bounds checks.
    pub fn joints(&self) -> [Pt; 12] {
        [
            self.head,
            self.neck,
            self.mid,
            self.hip,
            self.elbow[0],
            self.elbow[1],
            self.hand[0],
            self.hand[1],
            self.knee[0],
            self.knee[1],
            self.foot[0],
            self.foot[1],
        ]
    }
}

/// "x1,y1 x2,y2 ..." for an SVG `points` attribute.
pub fn points_attr(points: &[Pt]) -> String {
    let mut out = String::with_capacity(points.len() * 8);
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&format!("{x},{y}"));
    }
    out
}

impl Figure {
    /// The part of the drawing space the figure uses, as (x, y, width, height): both poses,
    /// the head, the props and the floor under them, plus a margin. Drawing only this box
    /// makes a lying figure fill the width instead of sitting in a strip at the bottom.
    pub fn bounds(&self) -> (i16, i16, i16, i16) {
        const MARGIN: i16 = 5;
        let mut xs = Vec::with_capacity(32);
        let mut ys = Vec::with_capacity(32);
        for pose in [self.start, self.end] {
            for (x, y) in pose.joints() {
                xs.push(x);
                ys.push(y);
            }
            let (hx, hy) = pose.head;
            xs.extend([hx - HEAD_R, hx + HEAD_R]);
            ys.extend([hy - HEAD_R, hy + HEAD_R]);
        }
        let mut floor = FLOOR_Y;
        for prop in self.props {
            match *prop {
                Prop::Chair { x, seat_y } => {
                    xs.extend([x - 16, x]);
                    ys.push(seat_y - 22);
                }
                Prop::Wall { x } => xs.push(x),
                Prop::Bike { saddle, bar, crank } => {
                    xs.extend([saddle.0 - 5, bar.0, crank.0 - 14, crank.0 + 14]);
                    ys.extend([saddle.1, bar.1]);
                }
                Prop::Water { y } => floor = y,
                Prop::Cushion { at } => {
                    xs.extend([at.0 - 7, at.0 + 7]);
                    ys.push(at.1 + 3);
                }
                Prop::Strap => {}
            }
        }
        ys.push(floor);
        let (min_x, max_x) = (xs.iter().min(), xs.iter().max());
        let (min_y, max_y) = (ys.iter().min(), ys.iter().max());
        match (min_x, max_x, min_y, max_y) {
            (Some(&x0), Some(&x1), Some(&y0), Some(&y1)) => {
                let (x0, w) = grow(x0 - MARGIN, x1 + MARGIN, MIN_SIZE.0, VIEW.0);
                let (y0, h) = grow(y0 - MARGIN, y1 + MARGIN, MIN_SIZE.1, VIEW.1);
                (x0, y0, w, h)
            }
            _ => (0, 0, VIEW.0, VIEW.1),
        }
    }

    /// Whether a part moves between the start and the end pose: those are highlighted.
    pub fn moves(&self, part: Part) -> bool {
        self.start.points(part) != self.end.points(part)
    }

    /// Distance between two points, for proportion checks.
    pub fn length(a: Pt, b: Pt) -> f32 {
        let dx = f32::from(a.0 - b.0);
        let dy = f32::from(a.1 - b.1);
        (dx * dx + dy * dy).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAND: Pose = Pose {
        head: (60, 15),
        neck: (60, 23),
        mid: (60, 36),
        hip: (60, 48),
        elbow: [(62, 36), (58, 36)],
        hand: [(63, 48), (57, 48)],
        knee: [(61, 66), (59, 66)],
        foot: [(61, 84), (59, 84)],
    };

    #[test]
    fn moving_parts_are_the_ones_that_change() {
        let mut end = STAND;
        end.hand[0] = (70, 10);
        end.elbow[0] = (66, 16);
        let fig = Figure {
            start: STAND,
            end,
            props: &[],
        };
        let moving: Vec<_> = Part::ALL.into_iter().filter(|p| fig.moves(*p)).collect();
        assert_eq!(moving, [Part::NearArm]);
    }

    #[test]
    fn bounds_hug_the_figure_and_floor() {
        let fig = Figure {
            start: STAND,
            end: STAND,
            props: &[],
        };
        // Head top at 9, floor at 84 (with a 5 margin: 4..89); x 49..71 is narrower than
        // the minimum 110, so it widens around its centre (60) to 5..115.
        assert_eq!(fig.bounds(), (5, 4, 110, 85));
        let wide = Figure {
            props: &[Prop::Wall { x: 2 }, Prop::Wall { x: 118 }],
            ..fig
        };
        assert_eq!(wide.bounds(), (0, 4, 120, 85));
        assert_eq!(grow(60, 80, 10, 120), (60, 20));
        assert_eq!(grow(0, 10, 40, 120), (0, 40));
        assert_eq!(grow(110, 119, 40, 120), (80, 40));
    }

    #[test]
    fn points_attribute_format() {
        assert_eq!(points_attr(&[(1, 2), (30, -4)]), "1,2 30,-4");
    }
}
