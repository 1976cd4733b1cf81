//! Exercise illustrations as data: a body in a start and an end pose, seen from one side.
//!
//! The drawing space is 120 × 90 units, y growing downwards, with the floor at y = 84. A
//! standing adult is about 75 units tall. A pose is a skeleton of 12 points projected into
//! the view the exercise is drawn in (from the side, the front or above); [`draw`] turns it
//! into a body with a torso, tapered limbs, hands, feet and a face, highlights what moves,
//! and animates between the poses keeping every limb its own length. Keeping figures as
//! numbers rather than SVG markup makes them small, consistent in style, and checkable by
//! tests.

pub mod draw;

/// A point in the 120 × 90 drawing space.
pub type Pt = (i16, i16);

/// Width and height of the drawing space.
pub const VIEW: (i16, i16) = (120, 90);
/// The floor line's y.
pub const FLOOR_Y: i16 = 84;
/// Radius of the head.
pub const HEAD_R: i16 = 6;
/// The smallest box a figure is drawn in, so a small figure is not blown up into thick
/// shapes.
const MIN_SIZE: (i16, i16) = (110, 55);
/// The same for thumbnails, where every unit counts.
const MIN_THUMB: (i16, i16) = (60, 30);

/// Widen the span `lo..hi` around its centre to at least `min`, keeping it inside
/// `0..limit`. Returns the start and the length.
fn grow(lo: i16, hi: i16, min: i16, limit: i16) -> (i16, i16) {
    let len = (hi - lo).max(min).min(limit);
    let centre = (lo + hi) / 2;
    let start = (centre - len / 2).clamp(0, limit - len);
    (start, len)
}

/// Where the person is seen from, chosen for what the movement needs: a knee swaying to one
/// side is invisible from the side but plain from above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Side on: the person's left side faces the viewer.
    Side,
    /// From in front of the person: shoulders and hips show their width.
    Front,
    /// From the ceiling, looking down at someone on the floor (drawn on a mat).
    Above,
}

impl View {
    /// The view's name in English, for the test-only contact sheets (`library::sheet`).
    #[cfg(test)]
    pub(crate) fn label(self) -> &'static str {
        match self {
            View::Side => "seen from the side",
            View::Front => "seen from the front",
            View::Above => "seen from above",
        }
    }

    /// How the view is named to a screen reader: "seen from above".
    pub fn label_msg(self) -> super::i18n::Msg {
        use super::i18n::messages;
        match self {
            View::Side => messages::session_figure_view_side(),
            View::Front => messages::session_figure_view_front(),
            View::Above => messages::session_figure_view_above(),
        }
    }
}

/// Where the face looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// In profile, to the right of the line from the neck to the head (turning that line a
    /// quarter clockwise): right for someone standing facing right, up for someone lying on
    /// their back with the head on the left.
    Ahead,
    /// Straight out of the picture, at the viewer: both eyes show.
    AtViewer,
}

/// Where every joint is. Index 0 of each pair is the limb nearer the viewer (the person's
/// left in a side view; drawn solid), index 1 the far one (drawn lighter, behind). In the
/// front and above views the shoulders and hips are spread across the body's width, so
/// `neck` and `hip` are the middle of the shoulders and of the pelvis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pose {
    pub head: Pt,
    pub look: Look,
    /// Top of the spine, between the shoulders.
    pub neck: Pt,
    /// Middle of the spine: lets the back round or arch.
    pub mid: Pt,
    /// Bottom of the spine.
    pub hip: Pt,
    pub elbow: [Pt; 2],
    pub hand: [Pt; 2],
    pub knee: [Pt; 2],
    /// The ankle; the drawn foot reaches a few units further, toes first.
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
    pub view: View,
}

/// Half the shoulders' and the hips' width where the view shows it (front and above).
pub const SHOULDER_HALF: f32 = 5.5;
pub const HIP_HALF: f32 = 3.6;

impl Figure {
    /// The part of the drawing space the figure uses, as (x, y, width, height): both poses,
    /// the head, the feet, the props and the floor under them, plus a margin. Drawing only
    /// this box makes a lying figure fill the width instead of sitting in a strip at the
    /// bottom.
    pub fn bounds(&self) -> (i16, i16, i16, i16) {
        self.bounds_at_least(MIN_SIZE)
    }

    /// A tighter box for small still thumbnails, so a figure lying down fills more of a
    /// list's little picture.
    pub fn thumb_bounds(&self) -> (i16, i16, i16, i16) {
        self.bounds_at_least(MIN_THUMB)
    }

    fn bounds_at_least(&self, min: (i16, i16)) -> (i16, i16, i16, i16) {
        const MARGIN: i16 = 5;
        let mut xs = Vec::with_capacity(40);
        let mut ys = Vec::with_capacity(40);
        for t in [0.0, 1.0] {
            let frame = self.frame(t);
            for (x, y) in frame
                .points()
                .into_iter()
                .chain(draw::toes_of(self, &frame))
            {
                // Whole units outwards, so a toe at 67.4 is inside a box ending at 68.
                xs.extend([x.floor() as i16, x.ceil() as i16]);
                ys.extend([y.floor() as i16, y.ceil() as i16]);
            }
        }
        if let Some((line, head)) = self.arrow_shape() {
            for (x, y) in line.into_iter().chain(head) {
                xs.extend([x.floor() as i16, x.ceil() as i16]);
                ys.extend([y.floor() as i16, y.ceil() as i16]);
            }
        }
        for pose in [self.start, self.end] {
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
        if self.view != View::Above {
            ys.push(floor);
        }
        let (min_x, max_x) = (xs.iter().min(), xs.iter().max());
        let (min_y, max_y) = (ys.iter().min(), ys.iter().max());
        match (min_x, max_x, min_y, max_y) {
            (Some(&x0), Some(&x1), Some(&y0), Some(&y1)) => {
                let (x0, w) = grow(x0 - MARGIN, x1 + MARGIN, min.0, VIEW.0);
                let (y0, h) = grow(y0 - MARGIN, y1 + MARGIN, min.1, VIEW.1);
                (x0, y0, w, h)
            }
            _ => (0, 0, VIEW.0, VIEW.1),
        }
    }

    /// Distance between two points, for proportion checks.
    pub fn length(a: Pt, b: Pt) -> f32 {
        let dx = f32::from(a.0 - b.0);
        let dy = f32::from(a.1 - b.1);
        (dx * dx + dy * dy).sqrt()
    }

    /// The floor's y where the picture has one to rest on: from the side or the front
    /// (in water too, where the pool's floor is not drawn but is there to stand on); none
    /// from above, where the mat is under everything.
    pub fn floor(&self) -> Option<f32> {
        (self.view != View::Above).then_some(f32::from(FLOOR_Y))
    }

    /// The pose a fraction `t` of the way from start (0) to end (1). Limbs swing about the
    /// joint they hang from and keep their length; a hand or foot that stays put in both
    /// poses stays put all the way, and one resting on the floor in both slides along it,
    /// with the elbow or knee bending to suit. At 0 and 1 it is exactly the start and end
    /// pose.
    pub fn frame(&self, t: f32) -> Frame {
        let (a, b) = (Frame::from(self.start), Frame::from(self.end));
        // Hips that pivot over a knee kept on the floor travel round it, not across.
        let hip = if a.knee[0] == b.knee[0] {
            swing(a.knee[0], a.hip, b.knee[0], b.hip, a.knee[0], t)
        } else {
            lerp(a.hip, b.hip, t)
        };
        let neck = swing(a.hip, a.neck, b.hip, b.neck, hip, t);
        let mid = bend((a.hip, a.mid, a.neck), (b.hip, b.mid, b.neck), hip, neck, t);
        let head = swing(a.neck, a.head, b.neck, b.head, neck, t);
        let (sa, sb) = (a.sockets(self.view), b.sockets(self.view));
        let floor = self.floor();
        let mut out = Frame {
            head,
            turn: lerp1(a.turn, b.turn, t),
            neck,
            mid,
            hip,
            ..a
        };
        let sockets = out.sockets(self.view);
        for i in 0..2 {
            let (elbow, hand) = limb(
                (sa.0[i], a.elbow[i], a.hand[i]),
                (sb.0[i], b.elbow[i], b.hand[i]),
                sockets.0[i],
                t,
                floor,
            );
            let (knee, foot) = limb(
                (sa.1[i], a.knee[i], a.foot[i]),
                (sb.1[i], b.knee[i], b.foot[i]),
                sockets.1[i],
                t,
                floor,
            );
            out.elbow[i] = elbow;
            out.hand[i] = hand;
            out.knee[i] = knee;
            out.foot[i] = foot;
        }
        out
    }
}

/// A point with fractions, for drawing and in-between poses.
pub type V = (f32, f32);

/// A pose with fractional joints, as drawn: the start, the end or a moment in between.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub head: V,
    /// How far the face is turned into profile: 1 is [`Look::Ahead`], 0 [`Look::AtViewer`].
    pub turn: f32,
    pub neck: V,
    pub mid: V,
    pub hip: V,
    pub elbow: [V; 2],
    pub hand: [V; 2],
    pub knee: [V; 2],
    pub foot: [V; 2],
}

impl From<Pose> for Frame {
    fn from(p: Pose) -> Self {
        let v = |(x, y): Pt| (f32::from(x), f32::from(y));
        Frame {
            head: v(p.head),
            turn: match p.look {
                Look::Ahead => 1.0,
                Look::AtViewer => 0.0,
            },
            neck: v(p.neck),
            mid: v(p.mid),
            hip: v(p.hip),
            elbow: p.elbow.map(v),
            hand: p.hand.map(v),
            knee: p.knee.map(v),
            foot: p.foot.map(v),
        }
    }
}

impl Frame {
    /// Where the arms and legs join the body: (shoulders, hips), near side first. From the
    /// side both shoulders are at the neck and both hips at the hip; from the front or above
    /// they spread across the body, the near one on the right of the spine's line from the
    /// hip to the neck (turning it a quarter clockwise).
    pub fn sockets(&self, view: View) -> ([V; 2], [V; 2]) {
        match view {
            View::Side => ([self.neck; 2], [self.hip; 2]),
            View::Front | View::Above => {
                let across = cw(unit(sub(self.neck, self.hip)));
                let spread =
                    |c: V, half: f32| [add(c, mul(across, half)), sub(c, mul(across, half))];
                (spread(self.neck, SHOULDER_HALF), spread(self.hip, HIP_HALF))
            }
        }
    }

    /// Every joint, for bounds and distance checks.
    pub fn points(&self) -> [V; 12] {
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

pub(crate) fn add(a: V, b: V) -> V {
    (a.0 + b.0, a.1 + b.1)
}
pub(crate) fn sub(a: V, b: V) -> V {
    (a.0 - b.0, a.1 - b.1)
}
pub(crate) fn mul(a: V, k: f32) -> V {
    (a.0 * k, a.1 * k)
}
pub(crate) fn dist(a: V, b: V) -> f32 {
    let (dx, dy) = sub(a, b);
    (dx * dx + dy * dy).sqrt()
}
/// The direction of `a`, or straight right for a zero vector.
pub(crate) fn unit(a: V) -> V {
    let len = dist(a, (0.0, 0.0));
    if len < 1e-4 {
        (1.0, 0.0)
    } else {
        mul(a, 1.0 / len)
    }
}
/// `a` turned a quarter clockwise on screen (y grows downwards).
pub(crate) fn cw(a: V) -> V {
    (-a.1, a.0)
}
pub(crate) fn lerp(a: V, b: V, t: f32) -> V {
    add(a, mul(sub(b, a), t))
}
fn lerp1(a: f32, b: f32, t: f32) -> f32 {
    a + (b - a) * t
}
fn cross(a: V, b: V) -> f32 {
    a.0 * b.1 - a.1 * b.0
}

/// Where `end` is at `t` when it hangs from `root`, which has moved to `root_t`: the angle
/// and the distance from the root each change evenly, so a limb sweeps an arc instead of
/// shrinking along a straight line.
fn swing(root_a: V, end_a: V, root_b: V, end_b: V, root_t: V, t: f32) -> V {
    let (va, vb) = (sub(end_a, root_a), sub(end_b, root_b));
    let (la, lb) = (dist(va, (0.0, 0.0)), dist(vb, (0.0, 0.0)));
    let (aa, mut ab) = (va.1.atan2(va.0), vb.1.atan2(vb.0));
    let tau = std::f32::consts::TAU;
    if ab - aa > tau / 2.0 {
        ab -= tau;
    } else if aa - ab > tau / 2.0 {
        ab += tau;
    }
    let angle = lerp1(aa, ab, t);
    let len = lerp1(la, lb, t);
    add(root_t, (angle.cos() * len, angle.sin() * len))
}

/// The middle joint of a two-part limb from `root` to `end`, its parts `upper` and `lower`
/// long, bent to the `side` given (the sign of the turn from the root-to-end line).
fn knee_for(root: V, end: V, upper: f32, lower: f32, side: f32) -> V {
    let d = dist(root, end).clamp(1e-3, upper + lower);
    // Distance along the root-to-end line to the foot of the knee's perpendicular.
    let along = (d * d + upper * upper - lower * lower) / (2.0 * d);
    let off = (upper * upper - along * along).max(0.0).sqrt();
    let dir = unit(sub(end, root));
    add(add(root, mul(dir, along)), mul(cw(dir), off * side))
}

/// The side a limb bends to: +1, -1, or 0 when it is straight.
fn bend_side(root: V, mid: V, end: V) -> f32 {
    let c = cross(sub(end, root), sub(mid, root));
    if c.abs() < 0.5 {
        0.0
    } else {
        c.signum()
    }
}

/// A middle joint at `t`, between a root and an end already placed there.
fn bend(a: (V, V, V), b: (V, V, V), root: V, end: V, t: f32) -> V {
    let (sa, sb) = (bend_side(a.0, a.1, a.2), bend_side(b.0, b.1, b.2));
    if sa != 0.0 && sb != 0.0 && sa != sb {
        // The limb bends the other way by the end: swing it straight through instead.
        return swing(a.0, a.1, b.0, b.1, root, t);
    }
    let side = if sa != 0.0 { sa } else { sb };
    let upper = lerp1(dist(a.0, a.1), dist(b.0, b.1), t);
    let lower = lerp1(dist(a.1, a.2), dist(b.1, b.2), t);
    knee_for(root, end, upper, lower, side)
}

/// A limb lying along the floor at both ends, its middle joint and its end both resting on
/// it (forearms on the floor as the chest lifts): it stays on the floor in between, sliding,
/// each bone keeping its length. None when it would have to pass under its socket or fold
/// back on itself to do so; the limb then moves as any other.
fn along_floor(a: (V, V, V), b: (V, V, V), socket: V, t: f32) -> Option<(V, V)> {
    let ahead = |from: V, to: V| (to.0 - from.0).signum();
    let (upper, lower) = (ahead(a.0, a.1), ahead(a.1, a.2));
    if upper != ahead(b.0, b.1) || lower != ahead(b.1, b.2) {
        return None;
    }
    // A point `len` from `root` at height `y`, on the side `dir` (or straight below `root`
    // when it cannot reach that low).
    let reach = |root: V, len: f32, y: f32, dir: f32| {
        let dy = y - root.1;
        (root.0 + dir * (len * len - dy * dy).max(0.0).sqrt(), y)
    };
    let mid = reach(
        socket,
        lerp1(dist(a.0, a.1), dist(b.0, b.1), t),
        lerp1(a.1 .1, b.1 .1, t),
        upper,
    );
    let end = reach(
        mid,
        lerp1(dist(a.1, a.2), dist(b.1, b.2), t),
        lerp1(a.2 .1, b.2 .1, t),
        lower,
    );
    Some((mid, end))
}

/// How close to the floor a joint is, at most, to count as resting on it.
const RESTING: f32 = 3.0;

/// The elbow and hand (or knee and foot) at `t`, for a limb hanging from `socket`, above
/// the `floor` if there is one.
fn limb(a: (V, V, V), b: (V, V, V), socket: V, t: f32, floor: Option<f32>) -> (V, V) {
    if a.1 == b.1 {
        // The elbow or knee stays put (a knee on the floor): so does it all the way.
        let end = if a.2 == b.2 {
            a.2
        } else {
            swing(a.1, a.2, b.1, b.2, a.1, t)
        };
        return (a.1, end);
    }
    let (sa, sb) = (bend_side(a.0, a.1, a.2), bend_side(b.0, b.1, b.2));
    if sa != 0.0 && sb != 0.0 && sa != sb {
        // The limb bends the other way by the end (a knee opening past the line from hip to
        // foot): swing the middle joint about the socket, keeping a planted end planted.
        let mid = swing(a.0, a.1, b.0, b.1, socket, t);
        let end = if a.2 == b.2 {
            a.2
        } else {
            swing(a.1, a.2, b.1, b.2, mid, t)
        };
        return (mid, end);
    }
    let resting = |p: V| floor.is_some_and(|y| p.1 >= y - RESTING);
    if resting(a.1) && resting(b.1) && resting(a.2) && resting(b.2) && a.2 != b.2 {
        if let Some(lying) = along_floor(a, b, socket, t) {
            return lying;
        }
    }
    let end = if a.2 == b.2 {
        a.2
    } else if resting(a.2) && resting(b.2) {
        // On the floor at both ends (a foot in a stride): it slides along the floor, where
        // swinging round the hip or shoulder would take it through.
        lerp(a.2, b.2, t)
    } else {
        swing(a.0, a.2, b.0, b.2, socket, t)
    };
    (bend(a, b, socket, end, t), end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAND: Pose = Pose {
        head: (60, 15),
        look: Look::Ahead,
        neck: (60, 23),
        mid: (60, 36),
        hip: (60, 48),
        elbow: [(62, 36), (58, 36)],
        hand: [(63, 48), (57, 48)],
        knee: [(61, 66), (59, 66)],
        foot: [(61, 84), (59, 84)],
    };

    #[test]
    fn bounds_hug_the_figure_and_floor() {
        let fig = Figure {
            start: STAND,
            end: STAND,
            props: &[],
            view: View::Side,
        };
        // Head top at 9, floor at 84 (with a 5 margin: 4..89); x 49..71 (toes at 67) is
        // narrower than the minimum 110, so it widens around its centre (60) to 5..115.
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
    fn frames_start_and_end_exactly_on_the_poses() {
        let mut end = STAND;
        end.hand[0] = (70, 14);
        end.elbow[0] = (67, 25);
        let fig = Figure {
            start: STAND,
            end,
            props: &[],
            view: View::Side,
        };
        for (t, pose) in [(0.0, STAND), (1.0, end)] {
            let f = fig.frame(t);
            for (a, b) in f.points().into_iter().zip(Frame::from(pose).points()) {
                assert!(dist(a, b) < 0.01, "{a:?} vs {b:?} at {t}");
            }
        }
    }

    #[test]
    fn a_raised_arm_sweeps_an_arc_instead_of_shrinking() {
        // Straight down to straight up: halfway it points forward at full length.
        let mut end = STAND;
        end.elbow[0] = (60, 10);
        end.hand[0] = (60, -2);
        let mut start = STAND;
        start.elbow[0] = (60, 36);
        start.hand[0] = (60, 48);
        let fig = Figure {
            start,
            end,
            props: &[],
            view: View::Side,
        };
        let half = fig.frame(0.5);
        assert!((dist(half.neck, half.hand[0]) - 25.0).abs() < 0.5);
    }

    #[test]
    fn a_foot_on_the_floor_at_both_ends_slides_along_it() {
        // A stride, the feet swapping over: swung round the hips, a foot passing under them
        // would sink through the floor (the leg is longer than the hips are high).
        let start = Pose {
            knee: [(66, 66), (56, 66)],
            foot: [(70, 84), (50, 84)],
            ..STAND
        };
        let end = Pose {
            knee: [start.knee[1], start.knee[0]],
            foot: [start.foot[1], start.foot[0]],
            ..STAND
        };
        let fig = Figure {
            start,
            end,
            props: &[],
            view: View::Side,
        };
        for t in [0.25, 0.5, 0.75] {
            let f = fig.frame(t);
            for i in 0..2 {
                assert!((f.foot[i].1 - 84.0).abs() < 0.01, "{:?} at {t}", f.foot[i]);
                let (thigh, shin) = (dist(f.hip, f.knee[i]), dist(f.knee[i], f.foot[i]));
                assert!(
                    (thigh - 18.7).abs() < 1.0 && (shin - 18.7).abs() < 1.0,
                    "{thigh} {shin} at {t}"
                );
            }
        }
    }

    #[test]
    fn a_planted_foot_stays_put_while_the_hips_move() {
        let mut end = STAND;
        end.hip = (58, 58);
        end.mid = (59, 46);
        end.neck = (60, 33);
        end.head = (60, 25);
        end.knee = [(73, 70), (71, 70)];
        let fig = Figure {
            start: STAND,
            end,
            props: &[],
            view: View::Side,
        };
        for t in [0.25, 0.5, 0.75] {
            let f = fig.frame(t);
            assert_eq!(f.foot[0], (61.0, 84.0));
            let thigh = dist(f.hip, f.knee[0]);
            let shin = dist(f.knee[0], f.foot[0]);
            assert!(
                (thigh - 18.0).abs() < 1.5 && (shin - 18.0).abs() < 1.5,
                "{thigh} {shin}"
            );
        }
    }
}
