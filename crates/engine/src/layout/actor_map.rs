//! The geometry of the actor map: settled node positions from the force
//! layout, fitted to the map's box, curved edges that keep parallel
//! relations apart, arrowheads, and a label for every actor, clear of every
//! node and of each other (actors are nudged apart where labels would
//! collide). The map's height follows what it holds. Pure Rust: no DOM.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::cut::cut_after_word;
use super::force::{bounds, usable_side, ForceOptions, Link, Simulation};
pub use super::label_box::LabelBox;
use super::label_box::LABEL_GAP;
use crate::model::{ActorKind, Story};
use crate::sort::{sort_by, sort_by_key};

/// Most actors drawn on the map: the busiest ones. The rest are named in the
/// text view, so the layout and the page stay small for any story.
pub const MAX_ACTORS_DRAWN: usize = 150;

/// Space kept between the map's edges and its actors and labels, in CSS px.
const EDGE_PADDING: f64 = 10.0;

/// Least space between two marks, or between a mark and its label, in CSS px.
const MARK_GAP: f64 = 2.0;

/// Least space between a label and the map's sides, in CSS px: room for a
/// label drawn a little wider than estimated.
const LABEL_EDGE: f64 = 4.0;

/// Room kept either side of every label's estimated text, in CSS px.
const LABEL_PADDING: f64 = 2.0;

/// Safety margin on a label measured in the browser, for rounding.
const MEASURED_LABEL_MARGIN: f64 = 1.02;

/// Most the settled layout is enlarged to fill the map: links at most this
/// many times their rest length, so a small cast stays a readable group.
const MAX_FIT_SCALE: f64 = 2.0;

/// Least the settled layout is shrunk to fit the map.
const MIN_FIT_SCALE: f64 = 0.05;

/// How far, in CSS px, and in how many steps an actor is nudged from its
/// place to find room for its label before it goes below everything.
const NUDGE_STEP: f64 = 8.0;
const NUDGE_RINGS: usize = 10;
const NUDGE_DIRECTIONS: usize = 12;

/// Sizes of the actor map, in CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct MapOptions {
    /// Width of the map.
    pub width: f64,
    /// Height of the box the force layout runs in, the most the map is
    /// drawn in unless its cast needs more; the map drawn takes only the
    /// height its actors and labels need ([`ActorMapLayout::height`]).
    pub height: f64,
    /// Estimated width of an average label letter; wide letters count
    /// more and narrow ones less ([`MapOptions::label_width`]).
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
            char_width: 8.0,
            label_height: 16.0,
            arrow_size: 9.0,
            parallel_spacing: 26.0,
        }
    }

    /// Estimated width of a label, in CSS px: generous, so the label drawn
    /// in the host page's font (sans-serif or serif, semibold) fits in it,
    /// with [`LABEL_PADDING`] either side for scripts whose letters the
    /// estimate knows less well.
    pub fn label_width(&self, label: &str) -> f64 {
        self.scaled_label_width(label, 1.0)
    }

    /// The width of a label whose letters are `scale` times as wide as
    /// estimated, with its padding, in CSS px.
    fn scaled_label_width(&self, label: &str, scale: f64) -> f64 {
        label.chars().map(letter_width).sum::<f64>() * self.char_width * scale + 2.0 * LABEL_PADDING
    }

    /// Height of the label for `name`, in CSS px: taller for scripts whose
    /// fonts reach further above and below the line (Arabic, the scripts of
    /// India and South-East Asia, Chinese, Japanese, Korean, Ethiopic), so
    /// their letters do not touch the label or mark above or below.
    pub fn label_height_of(&self, name: &str) -> f64 {
        let tall = name.chars().any(|c| {
            matches!(c,
                '\u{0600}'..='\u{08ff}'
                | '\u{0900}'..='\u{0e7f}'
                | '\u{1200}'..='\u{139f}'
                | '\u{1100}'..='\u{11ff}'
                | '\u{2e80}'..='\u{a4cf}'
                | '\u{ac00}'..='\u{d7a3}'
                | '\u{f900}'..='\u{faff}'
                | '\u{fb50}'..='\u{fdff}'
                | '\u{fe70}'..='\u{feff}'
                | '\u{ff00}'..='\u{ff60}')
        });
        if tall {
            self.label_height * 1.375
        } else {
            self.label_height
        }
    }

    /// The label shown for `name`, whose letters are `scale` times as wide
    /// as estimated, in a map `width` CSS px wide: the whole name when it
    /// fits, else cut with an ellipsis. Returns it with its width.
    fn fitted_label(&self, name: &str, scale: f64, width: f64) -> (String, f64) {
        let whole = self.scaled_label_width(name, scale);
        if whole <= width {
            return (name.to_owned(), whole);
        }
        let letter = self.char_width * scale;
        let mut used = letter_width('…') * letter + 2.0 * LABEL_PADDING;
        let fitting = name
            .chars()
            .take_while(|&c| {
                used += letter_width(c) * letter;
                used <= width
            })
            .count();
        let shown: String = name.chars().take(cut_after_word(name, fitting)).collect();
        let mut shown = shown.trim_end().to_owned();
        shown.push('…');
        let used = self.scaled_label_width(&shown, scale);
        (shown, used)
    }
}

/// A letter's width as a multiple of an average letter's: capitals and
/// wide letters more, narrow letters and spaces less, ideographs two.
fn letter_width(letter: char) -> f64 {
    match letter {
        'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '’' | '|' | '!' => 0.5,
        'f' | 't' | 'r' | ' ' | '(' | ')' | '-' => 0.7,
        'm' | 'w' | 'M' | 'W' | '—' => 1.5,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FF60}' => 2.0,
        letter if letter.is_uppercase() => 1.3,
        _ => 1.0,
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
    /// Where its label goes. [`ActorMap::layout`] labels every actor: it
    /// moves actors apart rather than leave one out.
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
///
/// Once the simulation settles, the layout is fitted to the map's box (one
/// scale for both axes, so its shape is kept, and forces scaled with it, so
/// it stays at rest) and every actor gets a label, actors being nudged apart
/// where labels would collide. The map's height then follows its content.
#[derive(Clone, Debug)]
pub struct ActorMap {
    simulation: Simulation,
    options: MapOptions,
    /// Story positions of the actors drawn, ascending; one per body.
    drawn: Vec<usize>,
    /// Actors in the story but not drawn.
    left_out: usize,
    labels: Vec<String>,
    /// Each label's drawn width over its estimate: 1 until [`ActorMap::measure_labels`].
    label_scales: Vec<f64>,
    radii: Vec<f64>,
    links: Vec<Link>,
    /// `(relation, from, to, directed)`: the story position of each relation
    /// between two drawn actors, in story order, and its ends' bodies.
    relations: Vec<(usize, usize, usize, bool)>,
    /// Each relation's place among the relations between its two bodies,
    /// in story order, and their number: what spreads them apart.
    parallel: Vec<(usize, usize)>,
    /// Whether the simulation has not ticked yet (a resize then starts afresh).
    fresh: bool,
    /// Whether the layout has settled at least once.
    has_settled: bool,
    /// A dropped body, held where it was dropped until the rest settles.
    release_when_settled: Option<usize>,
    /// How much the layout has been enlarged to fit the box: link lengths
    /// are multiplied by it, charges by its square.
    scale: f64,
    /// Height of the box the actors are kept in, in CSS px: the most
    /// ([`ActorMap::most_height`]) until the first fit, then what they need.
    height: f64,
    /// The layout drawn while the simulation is at rest.
    at_rest: Option<ActorMapLayout>,
}

impl ActorMap {
    /// Measures every label as drawn with `width_of` (in CSS px, at the
    /// map's font size; a browser's measurement in the page's font), so
    /// labels take the room they need rather than an estimate. Before the
    /// first tick, the map's height is reckoned again from the measures.
    pub fn measure_labels(&mut self, mut width_of: impl FnMut(&str) -> f64) {
        self.label_scales = self
            .labels
            .iter()
            .map(|label| {
                let estimate = self.options.label_width(label) - 2.0 * LABEL_PADDING;
                let width = width_of(label);
                if width > 0.0 && width.is_finite() && estimate > 0.0 {
                    width * MEASURED_LABEL_MARGIN / estimate
                } else {
                    1.0
                }
            })
            .collect();
        if self.fresh {
            self.height = self.most_height();
        }
        self.at_rest = None;
    }

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
        let index: HashMap<String, usize> = drawn_actors
            .iter()
            .enumerate()
            .map(|(body, actor)| (actor.id.0.clone(), body))
            .collect();
        let relations: Vec<(usize, usize, usize, bool)> = story
            .relations
            .iter()
            .enumerate()
            .filter_map(|(position, relation)| {
                Some((
                    position,
                    *index.get(relation.from.as_str())?,
                    *index.get(relation.to.as_str())?,
                    !relation.mutual,
                ))
            })
            .collect();
        // Pairs of bodies, whichever way a relation runs: how many relations
        // each has, and whether the two are linked in the simulation yet.
        let bodies = drawn_actors.len();
        let pair = |a: usize, b: usize| a.min(b) * bodies + a.max(b);
        let mut between = vec![0; bodies * bodies];
        let places: Vec<usize> = relations
            .iter()
            .map(|&(_, from, to, _)| {
                let count = &mut between[pair(from, to)];
                *count += 1;
                *count - 1
            })
            .collect();
        let parallel = relations
            .iter()
            .zip(places)
            .map(|(&(_, from, to, _), place)| (place, between[pair(from, to)]))
            .collect();
        let mut linked = vec![false; bodies * bodies];
        let mut link_once = |a: usize, b: usize| !std::mem::replace(&mut linked[pair(a, b)], true);
        let mut links: Vec<Link> = Vec::new();
        for &(_, from, to, _) in &relations {
            if link_once(from, to) {
                links.push(Link {
                    source: from,
                    target: to,
                    length: 1.0,
                });
            }
        }
        for (i, actor) in drawn_actors.iter().enumerate() {
            if let Some(&institute) = actor
                .affiliation
                .as_ref()
                .and_then(|id| index.get(id.as_str()))
            {
                if link_once(i, institute) {
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
        let labels: Vec<String> = drawn_actors
            .iter()
            .map(|actor| actor.display_name().to_owned())
            .collect();
        let mut map = Self {
            simulation: Simulation::new(&[], Vec::new(), ForceOptions::default()),
            options,
            left_out: story.actors.len().saturating_sub(drawn.len()),
            drawn,
            label_scales: vec![1.0; labels.len()],
            labels,
            radii,
            links,
            relations,
            parallel,
            fresh: true,
            has_settled: false,
            release_when_settled: None,
            scale: 1.0,
            height: 0.0,
            at_rest: None,
        };
        map.height = map.most_height();
        map.simulation = Simulation::new(&map.radii, map.links.clone(), map.force_options());
        map
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

    /// Runs at most `max_ticks` ticks towards rest; returns whether it has
    /// settled. When it settles the actors are fitted to the box (the first
    /// time) and nudged apart wherever labels would collide.
    pub fn advance(&mut self, max_ticks: usize) -> bool {
        if self.simulation.is_settled() && self.at_rest.is_some() {
            return true;
        }
        self.fresh = false;
        self.at_rest = None;
        let settled = self.simulation.advance(max_ticks);
        if settled {
            let first = !self.has_settled;
            self.has_settled = true;
            // The dropped actor is still held while the rest makes room.
            self.tidy(first);
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

    /// Lays the map out for new sizes: afresh if it has not moved yet; in
    /// proportion to the new box while the first layout runs; and once it
    /// has settled, the same picture fitted to the new box (one scale for
    /// both axes, so every actor keeps its place relative to the others).
    pub fn resize(&mut self, options: MapOptions) {
        if options == self.options {
            return;
        }
        self.options = options;
        self.at_rest = None;
        if self.fresh {
            self.scale = 1.0;
            self.height = self.most_height();
            self.simulation =
                Simulation::new(&self.radii, self.links.clone(), self.force_options());
        } else if !self.has_settled {
            self.height = self.most_height();
            self.simulation.resize(self.force_options());
            self.simulation.reheat(0.1);
        } else {
            self.tidy(true);
        }
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
        self.at_rest = None;
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
        if let Some(layout) = &self.at_rest {
            return layout.clone();
        }
        let (actors, bottom) = self.place_actors(false);
        let relations = self.place_relations(&actors);
        ActorMapLayout {
            width: self.width(),
            height: self.height.max(bottom + EDGE_PADDING),
            actors,
            relations,
        }
    }

    /// Width of the map, in CSS px, as the simulation takes it.
    fn width(&self) -> f64 {
        usable_side(self.options.width)
    }

    /// The most height the map is given, in CSS px: the options' height,
    /// or more when the cast needs more room for its marks and labels.
    pub fn most_height(&self) -> f64 {
        let width = self.width();
        let room: f64 = self
            .labels
            .iter()
            .zip(&self.label_scales)
            .zip(&self.radii)
            .map(|((label, &scale), &radius)| {
                let label_width = self.options.scaled_label_width(label, scale).min(width);
                let across = label_width.max(2.0 * radius) + 24.0;
                let down = 2.0 * radius + MARK_GAP + self.options.label_height + 12.0;
                across * down
            })
            .sum();
        // Force layouts leave gaps: count half as much again.
        usable_side(self.options.height).max(usable_side(room * 1.5 / width))
    }

    /// The force settings for the current box and fit.
    fn force_options(&self) -> ForceOptions {
        let count = self.drawn.len().max(1) as f64;
        // A map of negative or NaN area counts as none: the shortest links, not NaN ones.
        let area = (self.options.width * self.options.height).max(0.0);
        let link_distance = ((area / count).sqrt() * 0.75).clamp(48.0, 120.0);
        ForceOptions::default()
            .bounds(self.width(), self.height)
            .link_distance(link_distance * self.scale)
            .charge_strength(-link_distance * 3.0 * self.scale * self.scale)
    }

    /// Fits the layout to the box when `fit`, gives every actor a label,
    /// moving actors where labels would collide, and keeps those places
    /// (a held actor stays where it is held). The box's height then
    /// follows the content: fitted, it is what the actors need; else it
    /// only grows.
    fn tidy(&mut self, fit: bool) {
        if fit {
            self.fit_to_box();
        }
        let (actors, bottom) = self.place_actors(true);
        for (body, placed) in self.simulation.bodies.iter_mut().zip(&actors) {
            if body.pinned.is_none() && (body.x, body.y) != (placed.x, placed.y) {
                (body.x, body.y, body.vx, body.vy) = (placed.x, placed.y, 0.0, 0.0);
            }
        }
        let needed = bottom + EDGE_PADDING;
        self.height = if fit { needed } else { self.height.max(needed) };
        self.simulation.set_options(self.force_options());
        let relations = self.place_relations(&actors);
        let layout = ActorMapLayout {
            width: self.width(),
            height: self.height,
            actors,
            relations,
        };
        self.at_rest = self.simulation.is_settled().then_some(layout);
    }

    /// Scales and moves the bodies so their marks fill the width of the
    /// box, or the most height, whichever is reached first, with room
    /// below the lowest for its label; the forces are scaled to match.
    fn fit_to_box(&mut self) {
        let bodies = &self.simulation.bodies;
        if bodies.is_empty() {
            self.height = EDGE_PADDING * 2.0;
            return;
        }
        let (x0, y0, x1, y1) = bounds(bodies);
        let largest = bodies.iter().map(|body| body.radius).fold(0.0, f64::max);
        let side = largest + EDGE_PADDING;
        let below = largest + MARK_GAP + self.options.label_height + EDGE_PADDING;
        let (width, most) = (self.width(), self.most_height());
        let room = |space: f64, extent: f64| {
            if extent > 1e-6 {
                space / extent
            } else {
                f64::INFINITY
            }
        };
        // `f64::min` passes over NaN; a scale that is not positive and finite becomes the least.
        let scale = room(width - 2.0 * side, x1 - x0)
            .min(room(most - side - below, y1 - y0))
            .min(MAX_FIT_SCALE);
        let scale = if scale >= MIN_FIT_SCALE {
            scale
        } else {
            MIN_FIT_SCALE
        };
        let (cx, top) = ((x0 + x1) / 2.0, y0);
        let place = |(x, y): (f64, f64)| (width / 2.0 + (x - cx) * scale, side + (y - top) * scale);
        for body in &mut self.simulation.bodies {
            (body.x, body.y) = place((body.x, body.y));
            (body.vx, body.vy) = (body.vx * scale, body.vy * scale);
            body.pinned = body.pinned.map(place);
        }
        self.scale *= scale;
        self.height = most;
    }

    /// Every actor with a label. To `tidy` (at rest): held actors first,
    /// then from the top down, each keeps its place if one of its label's
    /// places (below, above, right, left of the mark, then the corners) is
    /// clear of the marks and labels already placed and inside the box; else
    /// it is nudged to the nearest place where one is, or, failing that, goes
    /// below everything. While the map moves (a drag, a resize), each label
    /// is simply below its mark: the search would cost every frame as much as
    /// the rest of the drawing, and the map is tidied when it comes to rest.
    /// Returns the actors in body order and the lowest edge of any mark or
    /// label, in CSS px.
    fn place_actors(&self, tidy: bool) -> (Vec<PlacedActor>, f64) {
        let bodies = &self.simulation.bodies;
        let (width, height) = (self.width(), self.height);
        let mut order: Vec<usize> = (0..bodies.len()).collect();
        sort_by(&mut order, |&a, &b| {
            let (a, b) = (&bodies[a], &bodies[b]);
            (b.pinned.is_some().cmp(&a.pinned.is_some()))
                .then(a.y.total_cmp(&b.y))
                .then(a.x.total_cmp(&b.x))
        });
        let mut actors: Vec<Option<PlacedActor>> = vec![None; bodies.len()];
        let mut marks: Vec<(f64, f64, f64)> = Vec::with_capacity(bodies.len());
        let mut labels: Vec<LabelBox> = Vec::with_capacity(bodies.len());
        let mut bottom: f64 = 0.0;
        let lines: Vec<((f64, f64), (f64, f64))> = self
            .links
            .iter()
            .filter_map(|link| {
                let (a, b) = (bodies.get(link.source)?, bodies.get(link.target)?);
                Some(((a.x, a.y), (b.x, b.y)))
            })
            .collect();
        for body_index in order {
            let body = &bodies[body_index];
            let radius = body.radius;
            let name = self.labels.get(body_index).map_or("", String::as_str);
            let scale = self.label_scales.get(body_index).copied().unwrap_or(1.0);
            let (text, label_width) =
                self.options
                    .fitted_label(name, scale, width - 2.0 * LABEL_EDGE);
            let label_height = self.options.label_height_of(name);
            let inside = |x: f64, y: f64| {
                (
                    x.max(radius).min((width - radius).max(radius)),
                    y.max(radius).min((height - radius).max(radius)),
                )
            };
            let mark_free = |x: f64, y: f64| {
                marks.iter().all(|&(mx, my, mr)| {
                    (mx - x).powi(2) + (my - y).powi(2) >= (mr + radius + MARK_GAP).powi(2)
                }) && !labels
                    .iter()
                    .any(|label| label.overlaps_circle(x, y, radius + 1.0))
            };
            let label_free = |label: &LabelBox, x: f64, y: f64| {
                label.x >= LABEL_EDGE
                    && label.y >= 0.0
                    && label.x + label.width <= width - LABEL_EDGE
                    && label.y + label.height <= height
                    && !label.overlaps_circle(x, y, radius + 1.0)
                    && !marks
                        .iter()
                        .any(|&(mx, my, mr)| label.overlaps_circle(mx, my, mr + 1.0))
                    && !labels.iter().any(|other| other.overlaps_with_gap(label))
            };
            let search = || {
                nudges().enumerate().find_map(|(nudge, (dx, dy))| {
                    let (x, y) = inside(body.x + dx, body.y + dy);
                    if !mark_free(x, y) {
                        return None;
                    }
                    let places = label_places(x, y, radius, label_width, label_height, width);
                    // Where it need not move, a place no relation's line crosses is better.
                    let clear_of_lines = places.iter().position(|label| {
                        nudge == 0
                            && label_free(label, x, y)
                            && !lines.iter().any(|&(a, b)| label.crosses(a, b))
                    });
                    clear_of_lines
                        .or_else(|| places.iter().position(|label| label_free(label, x, y)))
                        .map(|place| (x, y, places[place].clone()))
                })
            };
            let found = if tidy {
                search()
            } else {
                let (x, y) = inside(body.x, body.y);
                label_places(x, y, radius, label_width, label_height, width)
                    .into_iter()
                    .next()
                    .map(|label| (x, y, label))
            };
            let (x, y, mut label) = found.unwrap_or_else(|| {
                // Below every mark and label placed so far, its label below it.
                let lowest = marks
                    .iter()
                    .map(|&(_, my, mr)| my + mr)
                    .chain(labels.iter().map(|label| label.y + label.height))
                    .fold(0.0, f64::max);
                let (x, _) = inside(body.x, body.y);
                let y = body.y.max(lowest + MARK_GAP + LABEL_GAP + radius);
                let label = label_places(x, y, radius, label_width, label_height, width)
                    .into_iter()
                    .next()
                    .expect("a mark has a place for its label below it");
                (x, y, label)
            });
            label.text = text;
            bottom = bottom.max(y + radius).max(label.y + label.height);
            marks.push((x, y, radius));
            labels.push(label.clone());
            actors[body_index] = Some(PlacedActor {
                index: self.drawn.get(body_index).copied().unwrap_or(body_index),
                x,
                y,
                radius,
                label: Some(label),
            });
        }
        let actors = actors
            .into_iter()
            .map(|actor| actor.expect("every body is placed once"))
            .collect();
        (actors, bottom)
    }

    /// Curves each relation, spreading the relations between one pair of actors apart.
    fn place_relations(&self, actors: &[PlacedActor]) -> Vec<PlacedRelation> {
        self.relations
            .iter()
            .zip(&self.parallel)
            .map(|(&(index, from, to, directed), &(place, count))| {
                let pair = (from.min(to), from.max(to));
                let offset =
                    (place as f64 - (count as f64 - 1.0) / 2.0) * self.options.parallel_spacing;
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

/// The moves tried for an actor whose label finds no room, nearest first:
/// none, then rings [`NUDGE_STEP`] CSS px apart, in CSS px.
fn nudges() -> impl Iterator<Item = (f64, f64)> {
    // Each ring turned 0.4 radians further than the one before, so the rings
    // do not share their spokes: the turn's direction is rotated by that
    // angle's cosine and sine ring by ring (so the module needs no trigonometry).
    let (cos_turn, sin_turn) = (0.921_060_994_002_885_1, 0.389_418_342_308_650_5);
    let turns = std::iter::successors(Some((cos_turn, sin_turn)), move |&(c, s)| {
        Some((c * cos_turn - s * sin_turn, c * sin_turn + s * cos_turn))
    });
    std::iter::once((0.0, 0.0)).chain((1..=NUDGE_RINGS).zip(turns).flat_map(|(ring, (c, s))| {
        let distance = ring as f64 * NUDGE_STEP;
        SPOKES
            .iter()
            .map(move |&(x, y)| (distance * (x * c - y * s), distance * (x * s + y * c)))
    }))
}

/// The [`NUDGE_DIRECTIONS`] directions of a ring of nudges, 30° apart.
const SPOKES: [(f64, f64); NUDGE_DIRECTIONS] = {
    const HALF_ROOT_3: f64 = 0.866_025_403_784_438_6;
    [
        (1.0, 0.0),
        (HALF_ROOT_3, 0.5),
        (0.5, HALF_ROOT_3),
        (0.0, 1.0),
        (-0.5, HALF_ROOT_3),
        (-HALF_ROOT_3, 0.5),
        (-1.0, 0.0),
        (-HALF_ROOT_3, -0.5),
        (-0.5, -HALF_ROOT_3),
        (0.0, -1.0),
        (0.5, -HALF_ROOT_3),
        (HALF_ROOT_3, -0.5),
    ]
};

/// The places for a label `width` x `height` CSS px of a mark of `radius`
/// at `(x, y)`, in order of preference: below, above, right, left, then
/// the four corners. Below and above are slid sideways to stay inside a
/// map `map_width` CSS px wide.
fn label_places(
    x: f64,
    y: f64,
    radius: f64,
    width: f64,
    height: f64,
    map_width: f64,
) -> [LabelBox; 8] {
    let centred = (x - width / 2.0)
        .min(map_width - LABEL_EDGE - width)
        .max(LABEL_EDGE);
    let corner = radius * 0.7;
    let place = |x: f64, y: f64| LabelBox {
        text: String::new(),
        x,
        y,
        width,
        height,
    };
    [
        place(centred, y + radius + MARK_GAP),
        place(centred, y - radius - MARK_GAP - height),
        place(x + radius + 4.0, y - height / 2.0),
        place(x - radius - 4.0 - width, y - height / 2.0),
        place(x + corner, y + corner),
        place(x - corner - width, y + corner),
        place(x + corner, y - corner - height),
        place(x - corner - width, y - corner - height),
    ]
}

/// Story positions of the `max` busiest actors, ascending: those in the most
/// relations, affiliations and events, ties going to the earlier actor.
fn busiest_actors(story: &Story, max: usize) -> Vec<usize> {
    if story.actors.len() <= max {
        return (0..story.actors.len()).collect();
    }
    let position: HashMap<String, usize> = story
        .actors
        .iter()
        .enumerate()
        .map(|(i, actor)| (actor.id.0.clone(), i))
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
        if let Some(count) = position.get(id.as_str()).and_then(|&i| busy.get_mut(i)) {
            *count += 1;
        }
    }
    let mut ranked: Vec<(usize, usize)> = busy.into_iter().enumerate().collect();
    sort_by_key(&mut ranked, |&(i, count)| (Reverse(count), i));
    let mut drawn: Vec<usize> = ranked.into_iter().take(max).map(|(i, _)| i).collect();
    sort_by(&mut drawn, usize::cmp);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::map_view::{MapView, MAX_MAP_ZOOM};

    #[test]
    fn a_line_crosses_a_box_only_where_it_passes_through_it() {
        let label = LabelBox {
            text: String::new(),
            x: 10.0,
            y: 10.0,
            width: 20.0,
            height: 10.0,
        };
        assert!(label.crosses((0.0, 15.0), (40.0, 15.0)), "straight through");
        assert!(label.crosses((20.0, 0.0), (20.0, 12.0)), "ending inside");
        assert!(!label.crosses((0.0, 0.0), (40.0, 5.0)), "passing above");
        assert!(!label.crosses((0.0, 15.0), (8.0, 15.0)), "stopping short");
        assert!(!label.crosses((35.0, 0.0), (35.0, 40.0)), "passing beside");
    }

    #[test]
    fn capitals_count_wider_than_narrow_letters_and_long_names_are_cut() {
        let options = MapOptions::for_width(320.0);
        assert!(options.label_width("WM") > options.label_width("il") * 2.0);
        let (shown, width) = options.fitted_label("Northmere Port Authority", 1.0, 100.0);
        assert!(shown.ends_with('…') && width <= 100.0, "{shown} {width}");
        let (whole, _) = options.fitted_label("UN", 1.0, 100.0);
        assert_eq!(whole, "UN");
    }

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
