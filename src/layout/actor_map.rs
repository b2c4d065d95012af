//! The geometry of the actor map: settled node positions from the force
//! layout, curved edges that keep parallel relations apart, arrowheads, and
//! labels placed clear of every node and of each other. Pure Rust: no DOM.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use super::force::{ForceOptions, Link, Simulation};
use crate::model::{ActorId, ActorKind, Story};

/// Most actors drawn on the map: the busiest ones. The rest are named in the
/// text view, so the layout and the page stay small for any story.
pub const MAX_ACTORS_DRAWN: usize = 150;

/// Sizes of the actor map, in CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct MapOptions {
    /// Width of the map.
    pub width: f64,
    /// Height of the map.
    pub height: f64,
    /// Estimated width of one label character.
    pub char_width: f64,
    /// Height of a label line.
    pub label_height: f64,
    /// Length of an arrowhead.
    pub arrow_size: f64,
    /// Distance between parallel edges at their middle.
    pub parallel_spacing: f64,
}

impl MapOptions {
    /// Options for a map `width` CSS px wide, with a height that suits it:
    /// taller than wide on phones, wider than tall on desktops.
    pub fn for_width(width: f64) -> Self {
        let height = if width < 520.0 {
            (width * 1.5).clamp(420.0, 640.0)
        } else {
            (width * 0.62).clamp(380.0, 620.0)
        };
        Self {
            width,
            height,
            char_width: 7.0,
            label_height: 16.0,
            arrow_size: 9.0,
            parallel_spacing: 26.0,
        }
    }

    /// Estimated width of a label, in CSS px.
    pub fn label_width(&self, label: &str) -> f64 {
        label.chars().count() as f64 * self.char_width
    }
}

/// Radius of an actor's node, in CSS px: by kind, a little larger for more relations.
pub fn node_radius(kind: ActorKind, degree: usize) -> f64 {
    let base = match kind {
        ActorKind::State => 17.0,
        ActorKind::Group => 15.0,
        ActorKind::Organisation => 14.0,
        ActorKind::Place => 13.0,
        ActorKind::Person => 11.0,
    };
    base + degree.min(6) as f64
}

/// Where a node's label goes, relative to nothing: absolute CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelBox {
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
    fn overlaps(&self, other: &LabelBox) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }

    fn overlaps_circle(&self, x: f64, y: f64, radius: f64) -> bool {
        // `max` then `min`, never `clamp`: a box of negative or NaN size must not panic.
        let nearest_x = x.max(self.x).min(self.x + self.width);
        let nearest_y = y.max(self.y).min(self.y + self.height);
        (nearest_x - x).powi(2) + (nearest_y - y).powi(2) < radius * radius
    }
}

/// An actor placed on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedActor {
    /// Position of the actor in the story's list.
    pub index: usize,
    /// Centre, in CSS px.
    pub x: f64,
    /// Centre, in CSS px.
    pub y: f64,
    /// Radius of its node, in CSS px.
    pub radius: f64,
    /// Where its label goes, or `None` when no free place was found (the
    /// name is then shown on hover and focus).
    pub label: Option<LabelBox>,
}

/// A relation drawn as a quadratic curve from one actor to another.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedRelation {
    /// Position of the relation in the story's list.
    pub index: usize,
    /// Start of the curve, on the edge of the source node.
    pub start: (f64, f64),
    /// Control point of the curve (the midpoint, for a straight edge).
    pub control: (f64, f64),
    /// End of the curve, before the target node and its arrowhead.
    pub end: (f64, f64),
    /// Arrowhead triangle at the target, for directed relations.
    pub arrow: Option<[(f64, f64); 3]>,
    /// The middle of the curve, where its label goes.
    pub middle: (f64, f64),
}

/// Everything the actor map draws.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorMapLayout {
    /// Width, in CSS px.
    pub width: f64,
    /// Height, in CSS px.
    pub height: f64,
    /// Actors, in story order.
    pub actors: Vec<PlacedActor>,
    /// Relations, in story order.
    pub relations: Vec<PlacedRelation>,
}

/// A force layout of a story's actors (at most [`MAX_ACTORS_DRAWN`] of
/// them), kept so nodes can be dragged and the map resized. Bodies of the
/// simulation are numbered in the order of [`ActorMap::drawn`].
#[derive(Clone, Debug)]
pub struct ActorMap {
    simulation: Simulation,
    options: MapOptions,
    /// Story positions of the actors drawn, ascending; one per body.
    drawn: Vec<usize>,
    /// Actors in the story but not drawn.
    left_out: usize,
    labels: Vec<String>,
    degree: Vec<usize>,
    radii: Vec<f64>,
    links: Vec<Link>,
    /// `(relation, from, to, directed)`: the story position of each relation
    /// between two drawn actors, in story order, and its ends' bodies.
    relations: Vec<(usize, usize, usize, bool)>,
    /// Whether the simulation has not ticked yet (a resize then starts afresh).
    fresh: bool,
    /// Whether the layout has settled at least once.
    has_settled: bool,
    /// A dropped body, held where it was dropped until the rest settles.
    release_when_settled: Option<usize>,
}

impl ActorMap {
    /// Lays out the story's actors and runs the layout until it settles.
    pub fn new(story: &Story, options: MapOptions) -> Self {
        let mut map = Self::unsettled(story, options);
        map.settle();
        map
    }

    /// The story's actors (the [`MAX_ACTORS_DRAWN`] busiest) at their
    /// starting places, before the first tick. [`ActorMap::advance`] moves
    /// them a few ticks at a time, so the work can be spread over frames.
    pub fn unsettled(story: &Story, options: MapOptions) -> Self {
        let drawn = busiest_actors(story, MAX_ACTORS_DRAWN);
        let drawn_actors: Vec<_> = drawn.iter().filter_map(|&i| story.actors.get(i)).collect();
        let index: HashMap<&ActorId, usize> = drawn_actors
            .iter()
            .enumerate()
            .map(|(body, actor)| (&actor.id, body))
            .collect();
        let relations: Vec<(usize, usize, usize, bool)> = story
            .relations
            .iter()
            .enumerate()
            .filter_map(|(position, relation)| {
                Some((
                    position,
                    *index.get(&relation.from)?,
                    *index.get(&relation.to)?,
                    !relation.mutual,
                ))
            })
            .collect();
        let mut links: Vec<Link> = Vec::new();
        let mut linked = HashSet::new();
        for &(_, from, to, _) in &relations {
            if linked.insert((from.min(to), from.max(to))) {
                links.push(Link {
                    source: from,
                    target: to,
                    length: 1.0,
                });
            }
        }
        for (i, actor) in drawn_actors.iter().enumerate() {
            if let Some(&institute) = actor.affiliation.as_ref().and_then(|id| index.get(id)) {
                if linked.insert((i.min(institute), i.max(institute))) {
                    links.push(Link {
                        source: i,
                        target: institute,
                        length: 0.7,
                    });
                }
            }
        }
        let mut degree = vec![0; drawn_actors.len()];
        for link in &links {
            degree[link.source] += 1;
            degree[link.target] += 1;
        }
        let radii: Vec<f64> = drawn_actors
            .iter()
            .zip(&degree)
            .map(|(actor, &degree)| node_radius(actor.kind, degree))
            .collect();
        let simulation = Simulation::new(
            &radii,
            links.clone(),
            force_options(&options, drawn_actors.len()),
        );
        let labels = drawn_actors
            .iter()
            .map(|actor| actor.display_name().to_owned())
            .collect();
        Self {
            simulation,
            options,
            left_out: story.actors.len().saturating_sub(drawn.len()),
            drawn,
            labels,
            degree,
            radii,
            links,
            relations,
            fresh: true,
            has_settled: false,
            release_when_settled: None,
        }
    }

    /// The options the map was laid out with.
    pub fn options(&self) -> &MapOptions {
        &self.options
    }

    /// Story positions of the actors drawn, ascending.
    pub fn drawn(&self) -> &[usize] {
        &self.drawn
    }

    /// How many of the story's actors are not drawn (beyond [`MAX_ACTORS_DRAWN`]).
    pub fn actors_left_out(&self) -> usize {
        self.left_out
    }

    /// Whether the layout is at rest.
    pub fn is_settled(&self) -> bool {
        self.simulation.is_settled()
    }

    /// Whether the layout has settled at least once; it may be moving again
    /// after a drag or a resize.
    pub fn has_settled(&self) -> bool {
        self.has_settled
    }

    /// Runs at most `max_ticks` ticks towards rest; returns whether it has settled.
    pub fn advance(&mut self, max_ticks: usize) -> bool {
        self.fresh = false;
        let settled = self.simulation.advance(max_ticks);
        if settled {
            self.has_settled = true;
            if let Some(body) = self.release_when_settled.take() {
                self.simulation.release(body);
            }
        }
        settled
    }

    /// Runs the layout until it settles.
    pub fn settle(&mut self) {
        while !self.advance(usize::MAX) {}
    }

    /// Lays the map out for new sizes: afresh if it has not moved yet, else
    /// keeping every actor where it was, in proportion to the new box, and
    /// letting the layout settle again from there.
    pub fn resize(&mut self, options: MapOptions) {
        if options == self.options {
            return;
        }
        let force = force_options(&options, self.drawn.len());
        if self.fresh {
            self.simulation = Simulation::new(&self.radii, self.links.clone(), force);
        } else {
            self.simulation.resize(force);
            self.simulation.reheat(0.1);
        }
        self.options = options;
    }

    /// The body of the actor at story position `index`, if it is drawn.
    fn body_of(&self, index: usize) -> Option<usize> {
        self.drawn.binary_search(&index).ok()
    }

    /// Holds the actor at story position `index` at `(x, y)` and lets the
    /// rest move around it for a few ticks.
    pub fn drag(&mut self, index: usize, x: f64, y: f64) {
        let Some(body) = self.body_of(index) else {
            return;
        };
        self.fresh = false;
        self.simulation.pin(body, x, y);
        self.simulation.reheat(0.3);
        self.simulation.run(30);
    }

    /// Lets a dragged actor go; it stays where it was dropped while the rest
    /// settles, which this runs to the end.
    pub fn drop_actor(&mut self, index: usize) {
        self.let_go(index);
        self.settle();
    }

    /// Lets a dragged actor go without running the layout: it is held where
    /// it was dropped until [`ActorMap::advance`] has settled the rest.
    pub fn let_go(&mut self, index: usize) {
        if let Some(body) = self.body_of(index) {
            self.release_when_settled = Some(body);
        }
    }

    /// The geometry to draw for the current positions.
    pub fn layout(&self) -> ActorMapLayout {
        let bodies = &self.simulation.bodies;
        let mut actors: Vec<PlacedActor> = bodies
            .iter()
            .zip(&self.drawn)
            .map(|(body, &index)| PlacedActor {
                index,
                x: body.x,
                y: body.y,
                radius: body.radius,
                label: None,
            })
            .collect();
        self.place_labels(&mut actors);
        let relations = self.place_relations(&actors);
        ActorMapLayout {
            width: self.options.width,
            height: self.options.height,
            actors,
            relations,
        }
    }

    /// Gives each actor, busiest first, the first label place that overlaps
    /// no node, no placed label and no edge of the map.
    fn place_labels(&self, actors: &mut [PlacedActor]) {
        let mut order: Vec<usize> = (0..actors.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.degree[i]));
        let mut placed: Vec<LabelBox> = Vec::new();
        let (width, height) = (self.options.width, self.options.height);
        for i in order {
            let (x, y, radius) = (actors[i].x, actors[i].y, actors[i].radius);
            let w = self.options.label_width(&self.labels[i]);
            let h = self.options.label_height;
            let candidates = [
                LabelBox {
                    x: x - w / 2.0,
                    y: y + radius + 2.0,
                    width: w,
                    height: h,
                },
                LabelBox {
                    x: x - w / 2.0,
                    y: y - radius - 2.0 - h,
                    width: w,
                    height: h,
                },
                LabelBox {
                    x: x + radius + 4.0,
                    y: y - h / 2.0,
                    width: w,
                    height: h,
                },
                LabelBox {
                    x: x - radius - 4.0 - w,
                    y: y - h / 2.0,
                    width: w,
                    height: h,
                },
                LabelBox {
                    x: x + radius * 0.7,
                    y: y + radius * 0.7,
                    width: w,
                    height: h,
                },
                LabelBox {
                    x: x - radius * 0.7 - w,
                    y: y + radius * 0.7,
                    width: w,
                    height: h,
                },
                LabelBox {
                    x: x + radius * 0.7,
                    y: y - radius * 0.7 - h,
                    width: w,
                    height: h,
                },
                LabelBox {
                    x: x - radius * 0.7 - w,
                    y: y - radius * 0.7 - h,
                    width: w,
                    height: h,
                },
            ];
            let free = candidates.into_iter().find(|candidate| {
                candidate.x >= 0.0
                    && candidate.y >= 0.0
                    && candidate.x + candidate.width <= width
                    && candidate.y + candidate.height <= height
                    && !placed.iter().any(|other| other.overlaps(candidate))
                    && !actors.iter().any(|actor| {
                        candidate.overlaps_circle(actor.x, actor.y, actor.radius + 1.0)
                    })
            });
            if let Some(label) = free {
                placed.push(label.clone());
                actors[i].label = Some(label);
            }
        }
    }

    /// Curves each relation, spreading the relations between one pair of actors apart.
    fn place_relations(&self, actors: &[PlacedActor]) -> Vec<PlacedRelation> {
        let mut pair_counts: HashMap<(usize, usize), usize> = HashMap::new();
        for &(_, from, to, _) in &self.relations {
            *pair_counts.entry((from.min(to), from.max(to))).or_default() += 1;
        }
        let mut pair_seen: HashMap<(usize, usize), usize> = HashMap::new();
        self.relations
            .iter()
            .map(|&(index, from, to, directed)| {
                let pair = (from.min(to), from.max(to));
                let count = pair_counts[&pair];
                let nth = pair_seen.entry(pair).or_default();
                let offset =
                    (*nth as f64 - (count as f64 - 1.0) / 2.0) * self.options.parallel_spacing;
                *nth += 1;
                let (a, b) = (&actors[pair.0], &actors[pair.1]);
                let (dx, dy) = (b.x - a.x, b.y - a.y);
                let length = (dx * dx + dy * dy).sqrt().max(1e-9);
                let normal = (-dy / length, dx / length);
                let (source, target) = (&actors[from], &actors[to]);
                let middle_of_line = ((source.x + target.x) / 2.0, (source.y + target.y) / 2.0);
                let control = (
                    middle_of_line.0 + normal.0 * offset * 2.0,
                    middle_of_line.1 + normal.1 * offset * 2.0,
                );
                let start = toward(source, control, source.radius + 2.0);
                let tip = toward(target, control, target.radius + 2.0);
                let (arrow, end) = if directed {
                    let (ux, uy) = unit(control, tip);
                    let size = self.options.arrow_size;
                    let base = (tip.0 - ux * size, tip.1 - uy * size);
                    let wing = (-uy * size * 0.5, ux * size * 0.5);
                    (
                        Some([
                            tip,
                            (base.0 + wing.0, base.1 + wing.1),
                            (base.0 - wing.0, base.1 - wing.1),
                        ]),
                        base,
                    )
                } else {
                    (None, tip)
                };
                let middle = (
                    0.25 * start.0 + 0.5 * control.0 + 0.25 * tip.0,
                    0.25 * start.1 + 0.5 * control.1 + 0.25 * tip.1,
                );
                PlacedRelation {
                    index,
                    start,
                    control,
                    end,
                    arrow,
                    middle,
                }
            })
            .collect()
    }
}

/// The force settings for `count` actors in a map of `options`' size: links
/// shorter and charges weaker as the map fills up.
fn force_options(options: &MapOptions, count: usize) -> ForceOptions {
    let count = count.max(1) as f64;
    // A map of negative or NaN area counts as none: the shortest links, not NaN ones.
    let area = (options.width * options.height).max(0.0);
    let link_distance = ((area / count).sqrt() * 0.75).clamp(48.0, 120.0);
    ForceOptions::default()
        .bounds(options.width, options.height)
        .link_distance(link_distance)
        .charge_strength(-link_distance * 3.0)
}

/// Story positions of the `max` busiest actors, ascending: those in the most
/// relations, affiliations and events, ties going to the earlier actor.
fn busiest_actors(story: &Story, max: usize) -> Vec<usize> {
    if story.actors.len() <= max {
        return (0..story.actors.len()).collect();
    }
    let position: HashMap<&ActorId, usize> = story
        .actors
        .iter()
        .enumerate()
        .map(|(i, actor)| (&actor.id, i))
        .collect();
    let mut busy = vec![0_usize; story.actors.len()];
    let named = story
        .relations
        .iter()
        .flat_map(|relation| [&relation.from, &relation.to])
        .chain(story.events.iter().flat_map(|event| &event.actors))
        .chain(
            story
                .actors
                .iter()
                .filter_map(|actor| actor.affiliation.as_ref()),
        );
    for id in named {
        if let Some(count) = position.get(id).and_then(|&i| busy.get_mut(i)) {
            *count += 1;
        }
    }
    let mut ranked: Vec<(usize, usize)> = busy.into_iter().enumerate().collect();
    ranked.sort_by_key(|&(i, count)| (Reverse(count), i));
    let mut drawn: Vec<usize> = ranked.into_iter().take(max).map(|(i, _)| i).collect();
    drawn.sort_unstable();
    drawn
}

/// The point `distance` from an actor's centre towards `point`.
fn toward(actor: &PlacedActor, point: (f64, f64), distance: f64) -> (f64, f64) {
    let (ux, uy) = unit((actor.x, actor.y), point);
    (actor.x + ux * distance, actor.y + uy * distance)
}

/// The unit vector from `a` to `b` (pointing right when they coincide).
fn unit(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = (dx * dx + dy * dy).sqrt();
    if length < 1e-9 {
        (1.0, 0.0)
    } else {
        (dx / length, dy / length)
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let view = MapView::default().zoom(2.0, 300.0, 200.0, (800.0, 600.0));
        assert_eq!(view.invert(300.0, 200.0), (300.0, 200.0));
        assert_eq!(view.k, 2.0);
    }

    #[test]
    fn zoom_and_pan_stay_within_the_map() {
        let size = (800.0, 600.0);
        let view = MapView::default().zoom(100.0, 0.0, 0.0, size);
        assert_eq!(view.k, MAX_MAP_ZOOM);
        let panned = view.pan(10_000.0, 10_000.0, size);
        assert_eq!((panned.x, panned.y), (0.0, 0.0));
        let panned = view.pan(-10_000.0, -10_000.0, size);
        assert_eq!(
            (panned.x, panned.y),
            (800.0 - 800.0 * MAX_MAP_ZOOM, 600.0 - 600.0 * MAX_MAP_ZOOM)
        );
        assert!(MapView::default().zoom(0.1, 400.0, 300.0, size).is_fit());
    }
}
