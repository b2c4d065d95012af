//! How the reader moves about the actor map: its zoom and pan, the actor an
//! arrow key goes to, and the span of days the map's date control covers.

use super::actor_map::PlacedActor;
use crate::model::Story;

/// Which way an arrow key points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards smaller y.
    Up,
    /// Towards larger y.
    Down,
    /// Towards smaller x.
    Left,
    /// Towards larger x.
    Right,
}

/// The actor nearest to the actor at story position `from` in `direction`:
/// within 60° of it if any actor is, else anywhere on that side; nearer and
/// straighter ahead wins. Returns its story position.
pub fn nearest_in_direction(
    actors: &[PlacedActor],
    from: usize,
    direction: Direction,
) -> Option<usize> {
    let origin = actors.iter().find(|actor| actor.index == from)?;
    let (ax, ay) = match direction {
        Direction::Up => (0.0, -1.0),
        Direction::Down => (0.0, 1.0),
        Direction::Left => (-1.0, 0.0),
        Direction::Right => (1.0, 0.0),
    };
    let nearest_within = |min_cosine: f64| {
        actors
            .iter()
            .filter(|actor| actor.index != origin.index)
            .filter_map(|actor| {
                let (dx, dy) = (actor.x - origin.x, actor.y - origin.y);
                let distance = (dx * dx + dy * dy).sqrt();
                let cosine = (dx * ax + dy * ay) / distance.max(1e-9);
                (cosine >= min_cosine).then_some((actor.index, distance * (2.0 - cosine)))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(index, _)| index)
    };
    nearest_within(0.5).or_else(|| nearest_within(1e-6))
}

/// Largest zoom of the map.
pub const MAX_MAP_ZOOM: f64 = 4.0;

/// The map's zoom and pan: a scale `k` about the origin, then a translation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    /// Scale, from 1 (the whole map) to [`MAX_MAP_ZOOM`].
    pub k: f64,
    /// Translation, in CSS px.
    pub x: f64,
    /// Translation, in CSS px.
    pub y: f64,
}

impl Default for MapView {
    fn default() -> Self {
        Self {
            k: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

impl MapView {
    /// Whether the whole map is shown.
    pub fn is_fit(&self) -> bool {
        *self == Self::default()
    }

    /// Zooms by `factor` keeping the point `(px, py)` (CSS px in the map's box) still,
    /// within `1..=MAX_MAP_ZOOM`, and never showing past the map's edges. A
    /// factor that is NaN, or a point that is not finite, changes nothing.
    pub fn zoom(&self, factor: f64, px: f64, py: f64, size: (f64, f64)) -> Self {
        if factor.is_nan() || !px.is_finite() || !py.is_finite() {
            return self.clamped(size);
        }
        let k = (self.k * factor).clamp(1.0, MAX_MAP_ZOOM);
        let (mx, my) = ((px - self.x) / self.k, (py - self.y) / self.k);
        Self {
            k,
            x: px - mx * k,
            y: py - my * k,
        }
        .clamped(size)
    }

    /// Moves the view by `(dx, dy)` CSS px, never past the map's edges.
    pub fn pan(&self, dx: f64, dy: f64, size: (f64, f64)) -> Self {
        Self {
            x: self.x + dx,
            y: self.y + dy,
            ..*self
        }
        .clamped(size)
    }

    /// Map coordinates of a point in the map's box.
    pub fn invert(&self, px: f64, py: f64) -> (f64, f64) {
        ((px - self.x) / self.k, (py - self.y) / self.k)
    }

    /// The view with its zoom in `1..=MAX_MAP_ZOOM` and its translation no
    /// further than the part of the map out of sight, `size - size * k..=0`.
    /// The translation is kept with `max` and `min`, never `clamp`: its
    /// bounds come from the size, which may be negative or NaN. A zoom or
    /// translation that is NaN becomes 1 or 0.
    fn clamped(self, (width, height): (f64, f64)) -> Self {
        let k = if self.k.is_nan() {
            1.0
        } else {
            self.k.clamp(1.0, MAX_MAP_ZOOM)
        };
        let within = |offset: f64, side: f64| {
            let least = side - side * k;
            let least = if least.is_finite() {
                least.min(0.0)
            } else {
                0.0
            };
            if offset.is_nan() {
                0.0
            } else {
                offset.max(least).min(0.0)
            }
        };
        Self {
            x: within(self.x, width),
            y: within(self.y, height),
            k,
        }
    }
}

/// The days the map's date control covers (days since 1970-01-01): from the
/// first day of the story's dated events and relations to the last, the
/// publication included; `(0, 0)` for a story with no dates.
pub fn day_range(story: &Story) -> (i64, i64) {
    let dates = story
        .events
        .iter()
        .flat_map(|event| [event.date, event.end])
        .chain(
            story
                .relations
                .iter()
                .flat_map(|relation| [relation.since, relation.until]),
        )
        .chain([story.meta.published])
        .flatten();
    let (first, last) = dates.fold((i64::MAX, i64::MIN), |(first, last), date| {
        (first.min(date.first_day()), last.max(date.end_day() - 1))
    });
    if first > last {
        (0, 0)
    } else {
        (first, last)
    }
}
