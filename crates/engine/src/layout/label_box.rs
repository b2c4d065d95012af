//! An actor's label on the map as a box, and the tests that keep labels
//! apart from each other, from the relations' lines and from the marks.

/// Least space between two labels, in CSS px.
pub const LABEL_GAP: f64 = 2.0;

/// Where a node's label goes, relative to nothing: absolute CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelBox {
    /// The text shown: the actor's short name, cut with an ellipsis only
    /// when it is wider than the map.
    pub text: String,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl LabelBox {
    /// Whether the two boxes come closer than [`LABEL_GAP`].
    pub fn overlaps_with_gap(&self, other: &LabelBox) -> bool {
        self.x < other.x + other.width + LABEL_GAP
            && other.x < self.x + self.width + LABEL_GAP
            && self.y < other.y + other.height + LABEL_GAP
            && other.y < self.y + self.height + LABEL_GAP
    }

    /// Whether the straight line from `a` to `b` passes through the box
    /// (clipping the line to the box, as Liang and Barsky do).
    pub fn crosses(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut enter, mut leave) = (0.0_f64, 1.0_f64);
        for (towards, room) in [
            (-dx, a.0 - self.x),
            (dx, self.x + self.width - a.0),
            (-dy, a.1 - self.y),
            (dy, self.y + self.height - a.1),
        ] {
            if towards == 0.0 {
                if room < 0.0 {
                    return false;
                }
            } else {
                let t = room / towards;
                if towards < 0.0 {
                    enter = enter.max(t);
                } else {
                    leave = leave.min(t);
                }
            }
        }
        enter < leave
    }

    /// Whether the box reaches inside the circle of `radius` about (`x`, `y`): a mark it would cover.
    pub fn overlaps_circle(&self, x: f64, y: f64, radius: f64) -> bool {
        // `max` then `min`, never `clamp`: a box of negative or NaN size must not panic.
        let nearest_x = x.max(self.x).min(self.x + self.width);
        let nearest_y = y.max(self.y).min(self.y + self.height);
        (nearest_x - x).powi(2) + (nearest_y - y).powi(2) < radius * radius
    }
}
