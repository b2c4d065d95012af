//! A force-directed layout in d3-force's terms: link, many-body (Barnes–Hut),
//! collision and centring forces, stepped from outside with `tick` and `run`,
//! seeded and deterministic. Pure Rust: no DOM.

/// Settings of a [`Simulation`], with d3-force's names and defaults where they fit.
#[derive(Clone, Debug, PartialEq)]
pub struct ForceOptions {
    /// Rest length of a link, in CSS px.
    pub link_distance: f64,
    /// Charge of every body; negative repels (d3's `strength` of `forceManyBody`).
    pub charge_strength: f64,
    /// Barnes–Hut accuracy: larger is faster and coarser.
    pub theta: f64,
    /// Space kept between two bodies' circles, in CSS px.
    pub collide_padding: f64,
    /// How firmly overlaps are pushed apart, in `0.0..=1.0`.
    pub collide_strength: f64,
    /// Pull towards the centre, per tick, scaled by alpha.
    pub center_strength: f64,
    /// Alpha below which the simulation counts as settled.
    pub alpha_min: f64,
    /// How fast alpha falls each tick.
    pub alpha_decay: f64,
    /// Share of velocity lost each tick, in `0.0..=1.0`.
    pub velocity_decay: f64,
    /// The box bodies stay inside: `(width, height)` in CSS px, from the origin.
    pub bounds: (f64, f64),
}

impl Default for ForceOptions {
    fn default() -> Self {
        Self {
            link_distance: 90.0,
            charge_strength: -260.0,
            theta: 1.0,
            collide_padding: 6.0,
            collide_strength: 0.8,
            center_strength: 0.06,
            alpha_min: 0.008,
            alpha_decay: 1.0 - 0.001_f64.powf(1.0 / 300.0),
            velocity_decay: 0.4,
            bounds: (800.0, 600.0),
        }
    }
}

impl ForceOptions {
    /// Sets the rest length of links, in CSS px.
    pub fn link_distance(mut self, distance: f64) -> Self {
        self.link_distance = distance;
        self
    }

    /// Sets the charge of every body (negative repels).
    pub fn charge_strength(mut self, strength: f64) -> Self {
        self.charge_strength = strength;
        self
    }

    /// Sets how fast alpha falls each tick.
    pub fn alpha_decay(mut self, decay: f64) -> Self {
        self.alpha_decay = decay;
        self
    }

    /// Sets the box bodies stay inside, in CSS px.
    pub fn bounds(mut self, width: f64, height: f64) -> Self {
        self.bounds = (width, height);
        self
    }
}

/// One body of the simulation.
#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    /// Position, in CSS px.
    pub x: f64,
    /// Position, in CSS px.
    pub y: f64,
    /// Velocity, in CSS px per tick.
    pub vx: f64,
    /// Velocity, in CSS px per tick.
    pub vy: f64,
    /// Radius of its circle, in CSS px.
    pub radius: f64,
    /// Where it is held, if it is being dragged.
    pub pinned: Option<(f64, f64)>,
}

/// A spring between two bodies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    /// Index of one body.
    pub source: usize,
    /// Index of the other body.
    pub target: usize,
    /// Rest length as a multiple of [`ForceOptions::link_distance`].
    pub length: f64,
}

/// d3's linear congruential generator, for the tiny jiggles that separate coincident bodies.
#[derive(Clone, Debug)]
struct Lcg(u32);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        f64::from(self.0) / 4_294_967_296.0
    }

    fn jiggle(&mut self) -> f64 {
        (self.next() - 0.5) * 1e-6
    }
}

/// A force simulation, advanced by [`Simulation::tick`].
#[derive(Clone, Debug)]
pub struct Simulation {
    /// The bodies, in the order they were given.
    pub bodies: Vec<Body>,
    links: Vec<Link>,
    link_bias: Vec<f64>,
    link_strength: Vec<f64>,
    options: ForceOptions,
    alpha: f64,
    random: Lcg,
}

impl Simulation {
    /// Bodies of the given radii, placed on d3's phyllotaxis spiral around the
    /// centre of the bounds, joined by `links` (links to missing bodies are ignored).
    /// A radius that is negative or not finite counts as 0; the bounds are
    /// taken as [`with_usable_bounds`] says.
    pub fn new(radii: &[f64], links: Vec<Link>, options: ForceOptions) -> Self {
        let options = with_usable_bounds(options);
        let (cx, cy) = (options.bounds.0 / 2.0, options.bounds.1 / 2.0);
        // Each body a golden angle, π(3 - √5), further round than the one
        // before: its direction turned by that angle's cosine and sine (so the
        // module needs no trigonometry).
        let (cos_golden, sin_golden) = (-0.737_368_878_078_319_7, 0.675_490_294_261_523_8);
        let mut direction = (1.0, 0.0);
        let bodies = radii
            .iter()
            .enumerate()
            .map(|(i, &radius)| {
                let distance = 10.0 * (0.5 + i as f64).sqrt();
                let (dx, dy) = direction;
                direction = (
                    dx * cos_golden - dy * sin_golden,
                    dx * sin_golden + dy * cos_golden,
                );
                Body {
                    x: cx + distance * dx,
                    y: cy + distance * dy,
                    vx: 0.0,
                    vy: 0.0,
                    radius: if radius.is_finite() {
                        radius.max(0.0)
                    } else {
                        0.0
                    },
                    pinned: None,
                }
            })
            .collect::<Vec<_>>();
        let links: Vec<Link> = links
            .into_iter()
            .filter(|link| {
                link.source < bodies.len()
                    && link.target < bodies.len()
                    && link.source != link.target
            })
            .collect();
        let mut degree = vec![0_usize; bodies.len()];
        for link in &links {
            degree[link.source] += 1;
            degree[link.target] += 1;
        }
        let link_bias = links
            .iter()
            .map(|link| {
                degree[link.source] as f64 / (degree[link.source] + degree[link.target]) as f64
            })
            .collect();
        let link_strength = links
            .iter()
            .map(|link| 1.0 / degree[link.source].min(degree[link.target]) as f64)
            .collect();
        Self {
            bodies,
            links,
            link_bias,
            link_strength,
            options,
            alpha: 1.0,
            random: Lcg(1),
        }
    }

    /// The current alpha: 1 when hot, falling towards 0 as it settles.
    pub fn alpha(&self) -> f64 {
        self.alpha
    }

    /// Whether alpha has fallen below [`ForceOptions::alpha_min`].
    pub fn is_settled(&self) -> bool {
        self.alpha < self.options.alpha_min
    }

    /// Raises alpha again, as after a drag.
    pub fn reheat(&mut self, alpha: f64) {
        self.alpha = self.alpha.max(alpha);
    }

    /// Holds body `index` at `(x, y)` until [`Simulation::release`]; a
    /// place outside the bounds is held at their edge, one that is not
    /// finite is ignored.
    pub fn pin(&mut self, index: usize, x: f64, y: f64) {
        if !(x.is_finite() && y.is_finite()) {
            return;
        }
        let (width, height) = self.options.bounds;
        if let Some(body) = self.bodies.get_mut(index) {
            body.pinned = Some((x.max(0.0).min(width), y.max(0.0).min(height)));
        }
    }

    /// Lets body `index` move freely again.
    pub fn release(&mut self, index: usize) {
        if let Some(body) = self.bodies.get_mut(index) {
            body.pinned = None;
        }
    }

    /// Runs `ticks` ticks.
    pub fn run(&mut self, ticks: usize) {
        for _ in 0..ticks {
            self.tick();
        }
    }

    /// Ticks until settled, but at most `max_ticks` times, so a caller can
    /// spread the work over animation frames; returns whether it has settled.
    pub fn advance(&mut self, max_ticks: usize) -> bool {
        for _ in 0..max_ticks {
            if self.is_settled() {
                break;
            }
            self.tick();
        }
        self.is_settled()
    }

    /// Takes new options, moving every body, its velocity and its pin in
    /// proportion from the old bounds to the new ones, so a laid-out graph
    /// keeps its shape in a resized box.
    pub fn resize(&mut self, options: ForceOptions) {
        let options = with_usable_bounds(options);
        let scale = |new: f64, old: f64| {
            let ratio = new / old;
            if ratio.is_finite() && ratio > 0.0 {
                ratio
            } else {
                1.0
            }
        };
        let sx = scale(options.bounds.0, self.options.bounds.0);
        let sy = scale(options.bounds.1, self.options.bounds.1);
        for body in &mut self.bodies {
            (body.x, body.y, body.vx, body.vy) =
                (body.x * sx, body.y * sy, body.vx * sx, body.vy * sy);
            body.pinned = body.pinned.map(|(x, y)| (x * sx, y * sy));
        }
        self.options = options;
    }

    /// Takes new options, every body staying where it is (a place outside
    /// new bounds is brought inside at the next tick).
    pub fn set_options(&mut self, options: ForceOptions) {
        self.options = with_usable_bounds(options);
    }

    /// Ticks until settled; returns how many ticks that took.
    pub fn settle(&mut self) -> usize {
        let mut ticks = 0;
        while !self.is_settled() {
            self.tick();
            ticks += 1;
        }
        ticks
    }

    /// Advances the simulation by one step.
    pub fn tick(&mut self) {
        self.alpha += (0.0 - self.alpha) * self.options.alpha_decay;
        self.apply_links();
        self.apply_charge();
        self.apply_collisions();
        self.apply_centering();
        let (width, height) = self.options.bounds;
        let keep = 1.0 - self.options.velocity_decay;
        for body in &mut self.bodies {
            if let Some((x, y)) = body.pinned {
                (body.x, body.y, body.vx, body.vy) = (x, y, 0.0, 0.0);
                continue;
            }
            body.vx *= keep;
            body.vy *= keep;
            // A force gone wild (from options such as a NaN strength) stops
            // the body rather than carrying it off to infinity.
            if !(body.vx.is_finite() && body.vy.is_finite()) {
                (body.vx, body.vy) = (0.0, 0.0);
            }
            // `max` then `min`, so a NaN position lands on an edge, not nowhere.
            body.x = (body.x + body.vx)
                .max(body.radius)
                .min((width - body.radius).max(body.radius));
            body.y = (body.y + body.vy)
                .max(body.radius)
                .min((height - body.radius).max(body.radius));
        }
    }

    fn apply_links(&mut self) {
        for (i, link) in self.links.iter().enumerate() {
            let (s, t) = (&self.bodies[link.source], &self.bodies[link.target]);
            let mut dx = t.x + t.vx - s.x - s.vx;
            let mut dy = t.y + t.vy - s.y - s.vy;
            if dx == 0.0 {
                dx = self.random.jiggle();
            }
            if dy == 0.0 {
                dy = self.random.jiggle();
            }
            let length = (dx * dx + dy * dy).sqrt();
            let pull = (length - self.options.link_distance * link.length) / length
                * self.alpha
                * self.link_strength[i];
            let (dx, dy) = (dx * pull, dy * pull);
            let bias = self.link_bias[i];
            self.bodies[link.target].vx -= dx * bias;
            self.bodies[link.target].vy -= dy * bias;
            self.bodies[link.source].vx += dx * (1.0 - bias);
            self.bodies[link.source].vy += dy * (1.0 - bias);
        }
    }

    fn apply_charge(&mut self) {
        if self.bodies.len() < 2 {
            return;
        }
        let tree = QuadTree::build(&self.bodies, self.options.charge_strength);
        let theta2 = self.options.theta * self.options.theta;
        let alpha = self.alpha;
        let mut stack = Vec::with_capacity(64);
        for i in 0..self.bodies.len() {
            let (x, y) = (self.bodies[i].x, self.bodies[i].y);
            let (fx, fy) = tree.force_on(i, x, y, theta2, &mut stack);
            self.bodies[i].vx += fx * alpha;
            self.bodies[i].vy += fy * alpha;
        }
    }

    fn apply_collisions(&mut self) {
        let largest = self
            .bodies
            .iter()
            .map(|body| body.radius)
            .fold(0.0, f64::max)
            + self.options.collide_padding;
        let grid = Grid::new(&self.bodies, (2.0 * largest).max(1.0), self.options.bounds);
        let padding = self.options.collide_padding;
        for i in 0..self.bodies.len() {
            let (column, row) = grid.cell_of(self.bodies[i].x, self.bodies[i].y);
            for neighbour_row in row.saturating_sub(1)..=(row + 1).min(grid.rows - 1) {
                for neighbour_column in
                    column.saturating_sub(1)..=(column + 1).min(grid.columns - 1)
                {
                    for &j in grid
                        .bodies_in(neighbour_column, neighbour_row)
                        .iter()
                        .filter(|&&j| j > i)
                    {
                        let (a, b) = (&self.bodies[i], &self.bodies[j]);
                        let reach = a.radius + b.radius + padding;
                        let mut dx = (a.x + a.vx) - (b.x + b.vx);
                        let mut dy = (a.y + a.vy) - (b.y + b.vy);
                        let mut distance2 = dx * dx + dy * dy;
                        if distance2 >= reach * reach {
                            continue;
                        }
                        if distance2 == 0.0 {
                            dx = self.random.jiggle();
                            dy = self.random.jiggle();
                            distance2 = dx * dx + dy * dy;
                        }
                        let distance = distance2.sqrt();
                        let push = (reach - distance) / distance * self.options.collide_strength;
                        let (ra, rb) = (b.radius * b.radius, a.radius * a.radius);
                        // Two points (radius 0) share the push equally.
                        let share = if ra + rb > 0.0 { ra / (ra + rb) } else { 0.5 };
                        self.bodies[i].vx += dx * push * share;
                        self.bodies[i].vy += dy * push * share;
                        self.bodies[j].vx -= dx * push * (1.0 - share);
                        self.bodies[j].vy -= dy * push * (1.0 - share);
                    }
                }
            }
        }
    }

    /// Pulls bodies towards the centre, harder along the box's shorter side.
    fn apply_centering(&mut self) {
        let (width, height) = self.options.bounds;
        let (cx, cy) = (width / 2.0, height / 2.0);
        let base = self.options.center_strength * self.alpha;
        let (sx, sy) = (
            base * (height / width).max(1.0),
            base * (width / height).max(1.0),
        );
        for body in &mut self.bodies {
            body.vx += (cx - body.x) * sx;
            body.vy += (cy - body.y) * sy;
        }
    }
}

/// Most columns, and most rows, of the collision grid.
const MAX_GRID_SIDE: usize = 256;

/// Longest side of the bounds, in CSS px.
const MAX_SIDE: f64 = 1e6;

/// The options with bounds bodies can be held in: each side from 1 px to
/// [`MAX_SIDE`], and 1 px where it is not finite. Positions then stay small
/// enough for the quadtree to split them in a few dozen levels.
fn with_usable_bounds(options: ForceOptions) -> ForceOptions {
    let (width, height) = options.bounds;
    options.bounds(usable_side(width), usable_side(height))
}

/// A side of the bounds as the simulation takes it, in CSS px: from 1 to
/// [`MAX_SIDE`], and 1 where `length` is not finite.
pub fn usable_side(length: f64) -> f64 {
    if length.is_finite() {
        length.clamp(1.0, MAX_SIDE)
    } else {
        1.0
    }
}

/// Bodies sorted into square cells of the bounds (a counting sort into one
/// flat list), so collisions only compare neighbours.
struct Grid {
    cell: f64,
    columns: usize,
    rows: usize,
    /// Where each cell's bodies start in `members`; one more entry than cells.
    starts: Vec<usize>,
    members: Vec<usize>,
}

impl Grid {
    /// Bodies beyond the last column or row are counted in it, so a huge
    /// box costs comparisons, not memory.
    fn new(bodies: &[Body], cell: f64, (width, height): (f64, f64)) -> Self {
        let columns = ((width / cell).ceil() as usize).clamp(1, MAX_GRID_SIDE);
        let rows = ((height / cell).ceil() as usize).clamp(1, MAX_GRID_SIDE);
        let mut grid = Self {
            cell,
            columns,
            rows,
            starts: vec![0; columns * rows + 1],
            members: vec![0; bodies.len()],
        };
        let cells: Vec<usize> = bodies
            .iter()
            .map(|body| {
                let (column, row) = grid.cell_of(body.x, body.y);
                row * columns + column
            })
            .collect();
        for &cell in &cells {
            grid.starts[cell + 1] += 1;
        }
        for i in 1..grid.starts.len() {
            grid.starts[i] += grid.starts[i - 1];
        }
        let mut next = grid.starts.clone();
        for (body, &cell) in cells.iter().enumerate() {
            grid.members[next[cell]] = body;
            next[cell] += 1;
        }
        grid
    }

    fn cell_of(&self, x: f64, y: f64) -> (usize, usize) {
        let column = ((x / self.cell).floor().max(0.0) as usize).min(self.columns - 1);
        let row = ((y / self.cell).floor().max(0.0) as usize).min(self.rows - 1);
        (column, row)
    }

    fn bodies_in(&self, column: usize, row: usize) -> &[usize] {
        let cell = row * self.columns + column;
        &self.members[self.starts[cell]..self.starts[cell + 1]]
    }
}

/// A Barnes–Hut quadtree over bodies' positions, each node holding the
/// total charge and charge-weighted centre of the bodies below it.
struct QuadTree {
    nodes: Vec<QuadNode>,
    /// For each body, the next body in the same leaf (bodies that share a point).
    next_in_leaf: Vec<usize>,
}

struct QuadNode {
    /// Left, top and side length of the square.
    x0: f64,
    y0: f64,
    size: f64,
    /// Total charge and its centre.
    charge: f64,
    cx: f64,
    cy: f64,
    /// Children (NW, NE, SW, SE) by index.
    children: [usize; 4],
    /// Whether any child exists.
    split: bool,
    /// Bodies in this leaf.
    count: u32,
    /// For a leaf, its first body; chained through `next_in_leaf`.
    first_body: usize,
}

const NONE: usize = usize::MAX;

/// Below this side length, in CSS px, a square stops splitting.
const SMALLEST_SQUARE: f64 = 1e-3;

/// The smallest box holding every body's centre, as `(left, top, right,
/// bottom)`; infinite and inverted when there are no bodies.
pub fn bounds(bodies: &[Body]) -> (f64, f64, f64, f64) {
    bodies.iter().fold(
        (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ),
        |(x0, y0, x1, y1), body| {
            (
                x0.min(body.x),
                y0.min(body.y),
                x1.max(body.x),
                y1.max(body.y),
            )
        },
    )
}

impl QuadTree {
    fn build(bodies: &[Body], charge: f64) -> Self {
        let (x0, y0, x1, y1) = bounds(bodies);
        let size = (x1 - x0).max(y1 - y0).max(1.0) * 1.0001;
        let mut tree = Self {
            nodes: Vec::with_capacity(bodies.len() * 2),
            next_in_leaf: vec![NONE; bodies.len()],
        };
        tree.nodes.push(QuadNode::new(x0, y0, size));
        for i in 0..bodies.len() {
            tree.insert(0, i, bodies);
        }
        tree.accumulate(0, bodies, charge);
        tree
    }

    fn is_leaf(&self, node: usize) -> bool {
        !self.nodes[node].split
    }

    fn insert(&mut self, mut node: usize, body: usize, bodies: &[Body]) {
        loop {
            if self.is_leaf(node) {
                let resident = self.nodes[node].first_body;
                if resident == NONE {
                    self.nodes[node].first_body = body;
                    return;
                }
                let size = self.nodes[node].size;
                if size < SMALLEST_SQUARE || !size.is_finite() {
                    self.next_in_leaf[body] = resident;
                    self.nodes[node].first_body = body;
                    return;
                }
                // Split: move the resident chain down into a child, then keep descending with `body`.
                self.nodes[node].first_body = NONE;
                let child = self.child_for(node, resident, bodies);
                self.nodes[child].first_body = resident;
            }
            node = self.child_for(node, body, bodies);
        }
    }

    /// The child of `node` whose quadrant holds `body`, created if needed.
    fn child_for(&mut self, node: usize, body: usize, bodies: &[Body]) -> usize {
        let QuadNode { x0, y0, size, .. } = self.nodes[node];
        let half = size / 2.0;
        let right = bodies[body].x >= x0 + half;
        let bottom = bodies[body].y >= y0 + half;
        let quadrant = usize::from(right) + 2 * usize::from(bottom);
        if self.nodes[node].children[quadrant] == NONE {
            self.nodes.push(QuadNode::new(
                x0 + if right { half } else { 0.0 },
                y0 + if bottom { half } else { 0.0 },
                half,
            ));
            let index = self.nodes.len() - 1;
            self.nodes[node].children[quadrant] = index;
            self.nodes[node].split = true;
        }
        self.nodes[node].children[quadrant]
    }

    fn accumulate(&mut self, node: usize, bodies: &[Body], charge: f64) {
        let (mut total, mut sx, mut sy) = (0.0, 0.0, 0.0);
        let mut body = self.nodes[node].first_body;
        let mut count = 0;
        while body != NONE {
            total += charge;
            sx += charge * bodies[body].x;
            sy += charge * bodies[body].y;
            count += 1;
            body = self.next_in_leaf[body];
        }
        self.nodes[node].count = count;
        for quadrant in 0..4 {
            let child = self.nodes[node].children[quadrant];
            if child != NONE {
                self.accumulate(child, bodies, charge);
                let child = &self.nodes[child];
                total += child.charge;
                sx += child.charge * child.cx;
                sy += child.charge * child.cy;
            }
        }
        let node = &mut self.nodes[node];
        node.charge = total;
        if total != 0.0 {
            (node.cx, node.cy) = (sx / total, sy / total);
        }
    }

    /// The many-body force on body `body` at `(x, y)`, before scaling by
    /// alpha; `stack` is scratch space, reused between calls. Written as one
    /// flat loop: it is the layout's hot path.
    fn force_on(
        &self,
        body: usize,
        x: f64,
        y: f64,
        theta2: f64,
        stack: &mut Vec<usize>,
    ) -> (f64, f64) {
        let (mut fx, mut fy) = (0.0, 0.0);
        stack.clear();
        stack.push(0);
        while let Some(index) = stack.pop() {
            let node = &self.nodes[index];
            if node.charge == 0.0 {
                continue;
            }
            let (dx, dy) = (node.cx - x, node.cy - y);
            let distance2 = (dx * dx + dy * dy).max(1.0);
            if node.split {
                if node.size * node.size < distance2 * theta2 {
                    fx += dx * node.charge / distance2;
                    fy += dy * node.charge / distance2;
                } else {
                    for child in node.children {
                        if child != NONE {
                            stack.push(child);
                        }
                    }
                }
            } else if node.first_body != body || self.next_in_leaf[body] != NONE {
                // A leaf: its charge, less this body's own share when it lives here.
                let own = if self.leaf_holds(index, body) {
                    node.charge / f64::from(node.count)
                } else {
                    0.0
                };
                fx += dx * (node.charge - own) / distance2;
                fy += dy * (node.charge - own) / distance2;
            }
        }
        (fx, fy)
    }

    fn leaf_holds(&self, node: usize, body: usize) -> bool {
        let mut resident = self.nodes[node].first_body;
        while resident != NONE {
            if resident == body {
                return true;
            }
            resident = self.next_in_leaf[resident];
        }
        false
    }
}

impl QuadNode {
    fn new(x0: f64, y0: f64, size: f64) -> Self {
        Self {
            x0,
            y0,
            size,
            charge: 0.0,
            cx: 0.0,
            cy: 0.0,
            children: [NONE; 4],
            split: false,
            count: 0,
            first_body: NONE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(n: usize) -> (Vec<f64>, Vec<Link>) {
        let links = (0..n)
            .map(|i| Link {
                source: i,
                target: (i + 1) % n,
                length: 1.0,
            })
            .collect();
        (vec![10.0; n], links)
    }

    #[test]
    fn the_same_input_gives_the_same_positions() {
        let (radii, links) = ring(12);
        let mut a = Simulation::new(&radii, links.clone(), ForceOptions::default());
        let mut b = Simulation::new(&radii, links, ForceOptions::default());
        a.settle();
        b.settle();
        assert_eq!(a.bodies, b.bodies);
    }

    #[test]
    fn settling_takes_a_bounded_number_of_ticks() {
        let (radii, links) = ring(20);
        let mut simulation = Simulation::new(&radii, links, ForceOptions::default());
        let ticks = simulation.settle();
        assert!((180..=260).contains(&ticks), "{ticks} ticks");
        assert!(simulation.is_settled());
    }

    #[test]
    fn a_pinned_body_stays_where_it_is_held() {
        let (radii, links) = ring(6);
        let mut simulation = Simulation::new(&radii, links, ForceOptions::default());
        simulation.pin(2, 100.0, 120.0);
        simulation.run(50);
        assert_eq!(
            (simulation.bodies[2].x, simulation.bodies[2].y),
            (100.0, 120.0)
        );
        simulation.release(2);
        simulation.reheat(0.3);
        simulation.run(5);
        assert_ne!(
            (simulation.bodies[2].x, simulation.bodies[2].y),
            (100.0, 120.0)
        );
    }

    #[test]
    fn advancing_in_slices_ends_where_settling_at_once_does() {
        let (radii, links) = ring(20);
        let mut sliced = Simulation::new(&radii, links.clone(), ForceOptions::default());
        let mut whole = Simulation::new(&radii, links, ForceOptions::default());
        let mut slices = 0;
        while !sliced.advance(7) {
            slices += 1;
            assert!(slices < 1_000, "the simulation never settles");
        }
        whole.settle();
        assert_eq!(sliced.bodies, whole.bodies);
        assert!(sliced.advance(7), "a settled simulation stays settled");
        assert_eq!(sliced.bodies, whole.bodies, "and does not move");
    }

    #[test]
    fn resizing_moves_bodies_in_proportion() {
        let (radii, links) = ring(8);
        let mut simulation =
            Simulation::new(&radii, links, ForceOptions::default().bounds(400.0, 300.0));
        simulation.settle();
        simulation.pin(3, 100.0, 150.0);
        let before = simulation.bodies.clone();
        simulation.resize(ForceOptions::default().bounds(800.0, 150.0));
        for (a, b) in before.iter().zip(&simulation.bodies) {
            assert!((b.x - a.x * 2.0).abs() < 1e-9 && (b.y - a.y * 0.5).abs() < 1e-9);
        }
        assert_eq!(simulation.bodies[3].pinned, Some((200.0, 75.0)));
        simulation.resize(ForceOptions::default().bounds(0.0, f64::NAN));
        assert!(simulation
            .bodies
            .iter()
            .all(|body| body.x.is_finite() && body.y.is_finite()));
    }

    #[test]
    fn new_options_leave_bodies_where_they_are() {
        let (radii, links) = ring(6);
        let mut simulation = Simulation::new(&radii, links, ForceOptions::default());
        simulation.settle();
        let before = simulation.bodies.clone();
        simulation.set_options(
            ForceOptions::default()
                .link_distance(180.0)
                .bounds(f64::NAN, 900.0),
        );
        assert_eq!(simulation.bodies, before);
        assert!(simulation.is_settled(), "still at rest");
    }

    #[test]
    fn bodies_stay_inside_the_bounds() {
        let radii = vec![12.0; 60];
        let mut simulation = Simulation::new(
            &radii,
            Vec::new(),
            ForceOptions::default().bounds(300.0, 400.0),
        );
        simulation.settle();
        for body in &simulation.bodies {
            assert!(
                body.x >= 12.0 && body.x <= 288.0 && body.y >= 12.0 && body.y <= 388.0,
                "{body:?}"
            );
        }
    }

    #[test]
    fn barnes_hut_matches_the_exact_force_closely() {
        let bodies: Vec<Body> = (0..40)
            .map(|i| Body {
                x: (i * 37 % 101) as f64 * 5.0,
                y: (i * 53 % 89) as f64 * 4.0,
                vx: 0.0,
                vy: 0.0,
                radius: 5.0,
                pinned: None,
            })
            .collect();
        let tree = QuadTree::build(&bodies, -30.0);
        for i in [0, 7, 39] {
            let (fx, fy) = tree.force_on(i, bodies[i].x, bodies[i].y, 0.5 * 0.5, &mut Vec::new());
            let (mut ex, mut ey) = (0.0, 0.0);
            for (_, other) in bodies.iter().enumerate().filter(|&(j, _)| j != i) {
                let (dx, dy) = (other.x - bodies[i].x, other.y - bodies[i].y);
                let d2 = (dx * dx + dy * dy).max(1.0);
                ex += dx * -30.0 / d2;
                ey += dy * -30.0 / d2;
            }
            let error = ((fx - ex).powi(2) + (fy - ey).powi(2)).sqrt() / (ex * ex + ey * ey).sqrt();
            assert!(error < 0.05, "body {i}: relative error {error}");
        }
    }
}
