//! The actor map's geometry for real and generated stories: deterministic,
//! every actor labelled, no overlapping nodes or labels, the box filled,
//! related actors close together, at 320 to 1600 px.

use dateline_engine::layout::actor_map::MAX_ACTORS_DRAWN;
use dateline_engine::layout::{
    nearest_in_direction, ActorMap, ActorMapLayout, Direction, MapOptions,
};
use dateline_engine::model::{parse_story, Story};

const SEED: &str = include_str!("../static/stories/russia-taliban-2022.json");
const LARGE: &str = include_str!("fixtures/large.json");
const WIDTHS: [f64; 6] = [320.0, 375.0, 768.0, 1024.0, 1280.0, 1600.0];

fn story(text: &str) -> Story {
    parse_story(text).expect("fixture is a story").story
}

fn distance(layout: &ActorMapLayout, a: usize, b: usize) -> f64 {
    let (a, b) = (&layout.actors[a], &layout.actors[b]);
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

/// How much of the map's width and of its height the marks and labels
/// span, as shares of the box.
fn fill(layout: &ActorMapLayout) -> (f64, f64) {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for actor in &layout.actors {
        x0 = x0.min(actor.x - actor.radius);
        x1 = x1.max(actor.x + actor.radius);
        y0 = y0.min(actor.y - actor.radius);
        y1 = y1.max(actor.y + actor.radius);
        if let Some(label) = &actor.label {
            x0 = x0.min(label.x);
            x1 = x1.max(label.x + label.width);
            y0 = y0.min(label.y);
            y1 = y1.max(label.y + label.height);
        }
    }
    ((x1 - x0) / layout.width, (y1 - y0) / layout.height)
}

/// Every actor labelled, and the marks and labels fill at least 60 % of
/// the map's width or of its height.
fn assert_labelled_and_filled(layout: &ActorMapLayout, what: &str) {
    for actor in &layout.actors {
        let label = actor.label.as_ref();
        assert!(
            label.is_some_and(|label| !label.text.is_empty()),
            "actor {} has no label ({what})",
            actor.index
        );
    }
    let (across, down) = fill(layout);
    assert!(
        across >= 0.6 || down >= 0.6,
        "the actors fill {:.0} % of the width and {:.0} % of the height ({what})",
        across * 100.0,
        down * 100.0
    );
}

fn assert_no_overlaps(layout: &ActorMapLayout, width: f64) {
    for (i, a) in layout.actors.iter().enumerate() {
        assert!(
            a.x - a.radius >= -1e-6 && a.x + a.radius <= layout.width + 1e-6,
            "node {i} leaves the map at {width} px"
        );
        for b in &layout.actors[i + 1..] {
            let gap = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt() - a.radius - b.radius;
            assert!(
                gap >= -0.5,
                "nodes {} and {} overlap by {:.1} px at {width} px",
                a.index,
                b.index,
                -gap
            );
        }
    }
    let labels: Vec<_> = layout
        .actors
        .iter()
        .filter_map(|actor| actor.label.as_ref())
        .collect();
    for (i, a) in labels.iter().enumerate() {
        assert!(
            a.x >= 0.0
                && a.y >= 0.0
                && a.x + a.width <= layout.width
                && a.y + a.height <= layout.height,
            "a label leaves the map"
        );
        for b in &labels[i + 1..] {
            let apart = a.x + a.width <= b.x
                || b.x + b.width <= a.x
                || a.y + a.height <= b.y
                || b.y + b.height <= a.y;
            assert!(apart, "labels overlap at {width} px: {a:?} {b:?}");
        }
        for actor in &layout.actors {
            let nearest_x = actor.x.clamp(a.x, a.x + a.width);
            let nearest_y = actor.y.clamp(a.y, a.y + a.height);
            assert!(
                (nearest_x - actor.x).powi(2) + (nearest_y - actor.y).powi(2)
                    >= actor.radius.powi(2) - 1e-6,
                "a label covers node {}",
                actor.index
            );
        }
    }
}

#[test]
fn the_same_story_gives_the_same_positions() {
    let story = story(SEED);
    let a = ActorMap::new(&story, MapOptions::for_width(800.0)).layout();
    let b = ActorMap::new(&story, MapOptions::for_width(800.0)).layout();
    assert_eq!(a, b);
}

#[test]
fn seed_nodes_and_labels_never_overlap_at_any_width() {
    let story = story(SEED);
    for width in WIDTHS {
        let layout = ActorMap::new(&story, MapOptions::for_width(width)).layout();
        assert_eq!(layout.actors.len(), story.actors.len());
        assert_eq!(layout.relations.len(), story.relations.len());
        assert_no_overlaps(&layout, width);
        assert_labelled_and_filled(&layout, &format!("seed at {width} px"));
    }
}

/// A deterministic generator of numbers in `0.0..1.0` (d3's LCG).
struct Lcg(u32);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        f64::from(self.0) / 4_294_967_296.0
    }

    fn below(&mut self, n: usize) -> usize {
        ((self.next() * n as f64) as usize).min(n.saturating_sub(1))
    }
}

/// A story of `count` actors of every kind, with names of every length
/// (short, long, Arabic, Chinese), some affiliations, and about as many
/// relations as actors between random pairs.
fn generated_story(count: usize, random: &mut Lcg) -> Story {
    const NAMES: [&str; 12] = [
        "UN",
        "Russia",
        "Taliban",
        "Foreign Ministry",
        "Caroline Rose",
        "Northmere Port Authority",
        "International Transport Workers' Federation",
        "حركة طالبان",
        "وزارة الخارجية الروسية",
        "中华人民共和国外交部",
        "WWF",
        "Marie-Thérèse Wójcik-Mwangi",
    ];
    const KINDS: [&str; 5] = ["person", "state", "organisation", "group", "place"];
    let actors: Vec<String> = (0..count)
        .map(|i| {
            let name = NAMES[random.below(NAMES.len())];
            let kind = KINDS[random.below(KINDS.len())];
            let affiliation = if random.next() < 0.2 {
                format!(r#","affiliation":"a{}""#, random.below(count))
            } else {
                String::new()
            };
            format!(r#"{{"id":"a{i}","name":"{name} {i}","kind":"{kind}"{affiliation}}}"#)
        })
        .collect();
    let relations: Vec<String> = (0..count.saturating_sub(1) + count / 4)
        .map(|i| {
            let (from, to) = (random.below(count), random.below(count));
            let mutual = random.next() < 0.3;
            format!(r#"{{"id":"r{i}","from":"a{from}","to":"a{to}","kind":"engages","stance":"neutral","label":"talks","mutual":{mutual}}}"#)
        })
        .collect();
    let text = format!(
        r#"{{"version":1,"meta":{{"title":"Generated","source":{{"name":"Test"}}}},"actors":[{}],"relations":[{}]}}"#,
        actors.join(","),
        relations.join(",")
    );
    // Self-relations and dangling affiliations are problems the validator
    // drops; what remains is still a story.
    dateline_engine::model::parse_story(&text)
        .map(|parsed| parsed.story)
        .unwrap_or_else(|problems| panic!("a generated story: {problems:?}"))
}

#[test]
fn generated_casts_of_1_to_150_are_labelled_clear_and_fill_the_map_at_any_width() {
    let mut random = Lcg(7);
    let counts = [1, 2, 3, 5, 8, 13, 21, 34, 60, 100, 150];
    for (case, &count) in counts.iter().enumerate() {
        let story = generated_story(count, &mut random);
        let widths = [WIDTHS[case % WIDTHS.len()], 320.0 + random.next() * 1280.0];
        for width in widths {
            let layout = ActorMap::new(&story, MapOptions::for_width(width)).layout();
            assert_eq!(layout.actors.len(), story.actors.len());
            assert_no_overlaps(&layout, width);
            assert_labelled_and_filled(&layout, &format!("{count} actors at {width:.0} px"));
        }
    }
}

#[test]
fn a_pair_of_actors_fills_a_box_no_taller_than_it_needs() {
    let story = story(include_str!("fixtures/minimal.json"));
    let seed = story_heights(&self::story(SEED));
    for (width, seed_height) in [375.0, 1280.0].into_iter().zip(seed) {
        let layout = ActorMap::new(&story, MapOptions::for_width(width)).layout();
        assert_labelled_and_filled(&layout, &format!("two actors at {width} px"));
        assert!(
            layout.height < seed_height * 0.75,
            "two actors take {:.0} px of height at {width} px, the seed's sixteen {seed_height:.0}",
            layout.height
        );
    }
}

fn story_heights(story: &Story) -> [f64; 2] {
    [375.0, 1280.0].map(|width| {
        ActorMap::new(story, MapOptions::for_width(width))
            .layout()
            .height
    })
}

#[test]
fn a_name_wider_than_the_map_is_cut_with_an_ellipsis() {
    let story = generated_story(1, &mut Lcg(3));
    let mut options = MapOptions::for_width(320.0);
    options.char_width = 100.0;
    let layout = ActorMap::new(&story, options).layout();
    let label = layout.actors[0].label.as_ref().expect("a label");
    assert!(label.text.ends_with('…'), "{label:?}");
    assert!(label.x >= 0.0 && label.x + label.width <= layout.width);
}

#[test]
fn a_hundred_actors_do_not_overlap() {
    let story = story(LARGE);
    for width in [375.0, 1280.0] {
        let layout = ActorMap::new(&story, MapOptions::for_width(width)).layout();
        assert_no_overlaps(&layout, width);
        assert_labelled_and_filled(&layout, &format!("large at {width} px"));
    }
}

#[test]
fn related_actors_end_up_closer_than_unrelated_ones() {
    let story = story(SEED);
    let layout = ActorMap::new(&story, MapOptions::for_width(1024.0)).layout();
    let index = |id: &str| {
        story
            .actors
            .iter()
            .position(|actor| actor.id.as_str() == id)
            .unwrap()
    };
    let mut linked = std::collections::HashSet::new();
    for relation in &story.relations {
        let (a, b) = (index(relation.from.as_str()), index(relation.to.as_str()));
        linked.insert((a.min(b), a.max(b)));
    }
    let (mut near, mut far) = (Vec::new(), Vec::new());
    for a in 0..story.actors.len() {
        for b in a + 1..story.actors.len() {
            if linked.contains(&(a, b)) {
                near.push(distance(&layout, a, b))
            } else {
                far.push(distance(&layout, a, b))
            }
        }
    }
    let mean = |values: &[f64]| values.iter().sum::<f64>() / values.len() as f64;
    assert!(
        mean(&near) < mean(&far) * 0.75,
        "related {:.0} px vs unrelated {:.0} px",
        mean(&near),
        mean(&far)
    );
    let rose = index("caroline-rose");
    assert!(
        distance(&layout, rose, index("new-lines-institute")) < mean(&far),
        "a person sits near their institute"
    );
}

#[test]
fn parallel_relations_are_drawn_apart_and_directed_ones_have_arrows() {
    let story = story(SEED);
    let layout = ActorMap::new(&story, MapOptions::for_width(1024.0)).layout();
    let relation = |id: &str| {
        let index = story
            .relations
            .iter()
            .position(|relation| relation.id.as_str() == id)
            .unwrap();
        &layout.relations[index]
    };
    let (condemns, aligned, hostile) = (
        relation("us-condemns-russia"),
        relation("us-russia-aligned-goals"),
        relation("us-russia-hostility"),
    );
    let apart = |a: (f64, f64), b: (f64, f64)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
    assert!(
        apart(condemns.middle, aligned.middle) > 15.0
            && apart(aligned.middle, hostile.middle) > 15.0
    );
    assert!(condemns.arrow.is_some(), "condemns has a direction");
    assert!(aligned.arrow.is_none(), "aligned goals are mutual");
}

#[test]
fn dragging_an_actor_moves_it_and_the_rest_settles_around_it() {
    let story = story(SEED);
    let mut map = ActorMap::new(&story, MapOptions::for_width(800.0));
    let before = map.layout();
    map.drag(0, 60.0, 60.0);
    map.drop_actor(0);
    let after = map.layout();
    assert!((after.actors[0].x - 60.0).abs() < 1e-9 && (after.actors[0].y - 60.0).abs() < 1e-9);
    assert_ne!(before.actors[1].x, after.actors[1].x, "the others moved");
    assert_no_overlaps(&after, 800.0);
}

#[test]
fn while_the_map_moves_each_label_is_below_its_mark_and_at_rest_they_are_tidied() {
    let mut random = Lcg(7);
    let story = generated_story(60, &mut random);
    let mut map = ActorMap::new(&story, MapOptions::for_width(375.0));
    map.drag(0, 40.0, 40.0);
    assert!(!map.is_settled());
    let moving = map.layout();
    for actor in &moving.actors {
        let label = actor
            .label
            .as_ref()
            .expect("every actor is labelled while moving");
        assert!(
            label.y >= actor.y + actor.radius
                && (label.x + label.width / 2.0 - actor.x).abs() < label.width / 2.0 + 1e-9,
            "the label of actor {} is under its mark while the map moves",
            actor.index
        );
    }
    map.drop_actor(0);
    assert_no_overlaps(&map.layout(), 375.0);
    assert_labelled_and_filled(&map.layout(), "settled after a drag");
}

#[test]
fn arrow_keys_move_to_the_nearest_actor_in_that_direction() {
    let story = story(SEED);
    let layout = ActorMap::new(&story, MapOptions::for_width(1024.0)).layout();
    for from in 0..layout.actors.len() {
        for direction in [
            Direction::Up,
            Direction::Down,
            Direction::Left,
            Direction::Right,
        ] {
            if let Some(to) = nearest_in_direction(&layout.actors, from, direction) {
                let (dx, dy) = (
                    layout.actors[to].x - layout.actors[from].x,
                    layout.actors[to].y - layout.actors[from].y,
                );
                let ahead = match direction {
                    Direction::Up => -dy,
                    Direction::Down => dy,
                    Direction::Left => -dx,
                    Direction::Right => dx,
                };
                assert!(ahead > 0.0, "{direction:?} from {from} went backwards");
            }
        }
    }
    let reachable: std::collections::HashSet<usize> = (0..layout.actors.len())
        .flat_map(|from| {
            [
                Direction::Up,
                Direction::Down,
                Direction::Left,
                Direction::Right,
            ]
            .map(|d| nearest_in_direction(&layout.actors, from, d))
        })
        .flatten()
        .collect();
    assert!(
        reachable.len() >= layout.actors.len() - 1,
        "arrow keys reach the map's actors"
    );
}

#[test]
fn arrow_keys_alone_reach_every_actor_from_the_first() {
    let story = story(SEED);
    for width in WIDTHS {
        let layout = ActorMap::new(&story, MapOptions::for_width(width)).layout();
        let mut reached = vec![false; layout.actors.len()];
        let mut frontier = vec![0];
        reached[0] = true;
        while let Some(from) = frontier.pop() {
            for direction in [
                Direction::Up,
                Direction::Down,
                Direction::Left,
                Direction::Right,
            ] {
                if let Some(to) = nearest_in_direction(&layout.actors, from, direction) {
                    if !reached[to] {
                        reached[to] = true;
                        frontier.push(to);
                    }
                }
            }
        }
        let missed: Vec<&str> = reached
            .iter()
            .enumerate()
            .filter(|(_, &r)| !r)
            .map(|(i, _)| story.actors[i].id.as_str())
            .collect();
        assert!(
            missed.is_empty(),
            "at {width} px the arrow keys never reach {missed:?}"
        );
    }
}

/// A story of `actors` actors in which actor `a{i}` for `i < busy` is in a
/// ring of relations and every other actor is in none.
fn crowded_story(actors: usize, busy: usize) -> Story {
    let actor_list: Vec<String> = (0..actors)
        .map(|i| format!(r#"{{"id":"a{i}","name":"Actor {i}","kind":"state"}}"#))
        .collect();
    let relation_list: Vec<String> = (0..busy)
        .map(|i| {
            let (from, to) = (actors - 1 - i, actors - 1 - (i + 1) % busy);
            format!(r#"{{"id":"r{i}","from":"a{from}","to":"a{to}","kind":"engages","stance":"neutral","label":"r{i}"}}"#)
        })
        .collect();
    story(&format!(
        r#"{{"version":1,"meta":{{"title":"Crowded","source":{{"name":"Test"}}}},"actors":[{}],"relations":[{}]}}"#,
        actor_list.join(","),
        relation_list.join(",")
    ))
}

#[test]
fn a_crowded_story_draws_its_busiest_actors_and_counts_the_rest() {
    let story = crowded_story(400, 40);
    let map = ActorMap::new(&story, MapOptions::for_width(1280.0));
    let layout = map.layout();
    assert_eq!(layout.actors.len(), MAX_ACTORS_DRAWN);
    assert_eq!(map.actors_left_out(), 400 - MAX_ACTORS_DRAWN);
    let drawn: Vec<usize> = layout.actors.iter().map(|actor| actor.index).collect();
    assert!(
        drawn.windows(2).all(|pair| pair[0] < pair[1]),
        "in story order"
    );
    assert_eq!(drawn, map.drawn());
    for busy in 360..400 {
        assert!(drawn.contains(&busy), "the related actor {busy} is drawn");
    }
    assert_eq!(
        drawn[..110],
        (0..110).collect::<Vec<_>>(),
        "then the earliest"
    );
    assert_eq!(
        layout.relations.len(),
        40,
        "every relation between drawn actors"
    );
    let indices: Vec<usize> = layout.relations.iter().map(|r| r.index).collect();
    assert_eq!(indices, (0..40).collect::<Vec<_>>(), "by story position");
    assert_no_overlaps(&layout, 1280.0);
}

#[test]
fn arrow_keys_and_dragging_name_actors_by_story_position_when_some_are_left_out() {
    let story = crowded_story(400, 40);
    let mut map = ActorMap::new(&story, MapOptions::for_width(1280.0));
    let layout = map.layout();
    let last = layout.actors.last().expect("actors are drawn").index;
    assert_eq!(last, 399);
    let next = [
        Direction::Up,
        Direction::Down,
        Direction::Left,
        Direction::Right,
    ]
    .into_iter()
    .find_map(|direction| nearest_in_direction(&layout.actors, last, direction))
    .expect("another actor lies in some direction");
    assert!(map.drawn().contains(&next));
    assert_eq!(
        nearest_in_direction(&layout.actors, 200, Direction::Up),
        None,
        "actor 200 is not drawn"
    );
    map.drag(399, 50.0, 60.0);
    map.drop_actor(399);
    let dropped = map.layout();
    let placed = dropped.actors.last().expect("actors are drawn");
    assert_eq!((placed.index, placed.x, placed.y), (399, 50.0, 60.0));
    map.drag(200, 10.0, 10.0);
    map.drop_actor(200);
}

#[test]
fn laying_out_in_slices_gives_the_layout_of_settling_at_once() {
    let story = story(SEED);
    let options = MapOptions::for_width(1024.0);
    let mut sliced = ActorMap::unsettled(&story, MapOptions::for_width(720.0));
    assert!(!sliced.has_settled());
    sliced.resize(options.clone());
    let mut slices = 0;
    while !sliced.advance(5) {
        slices += 1;
    }
    assert!(slices > 10, "{slices} slices");
    assert!(sliced.has_settled());
    assert_eq!(sliced.layout(), ActorMap::new(&story, options).layout());
}

#[test]
fn resizing_a_laid_out_map_keeps_its_shape_fitted_to_the_new_box() {
    let story = story(SEED);
    let mut map = ActorMap::new(&story, MapOptions::for_width(800.0));
    let before = map.layout();
    for width in [1200.0, 1024.0] {
        map.resize(MapOptions::for_width(width));
        assert!(
            map.is_settled(),
            "a settled map is fitted again, not run again"
        );
        let after = map.layout();
        assert_eq!(after.width, width);
        assert_no_overlaps(&after, width);
        assert_labelled_and_filled(&after, &format!("resized to {width} px"));
        // One scale for both axes: each actor where the others' scale puts it,
        // give or take a nudge for a label.
        let centre = |layout: &ActorMapLayout| {
            let n = layout.actors.len() as f64;
            (
                layout.actors.iter().map(|a| a.x).sum::<f64>() / n,
                layout.actors.iter().map(|a| a.y).sum::<f64>() / n,
            )
        };
        let spread = |layout: &ActorMapLayout, (cx, cy): (f64, f64)| {
            layout
                .actors
                .iter()
                .map(|a| ((a.x - cx).powi(2) + (a.y - cy).powi(2)).sqrt())
                .sum::<f64>()
        };
        let (c0, c1) = (centre(&before), centre(&after));
        let scale = spread(&after, c1) / spread(&before, c0);
        for (a, b) in before.actors.iter().zip(&after.actors) {
            let expected = (c1.0 + (a.x - c0.0) * scale, c1.1 + (a.y - c0.1) * scale);
            let off = ((b.x - expected.0).powi(2) + (b.y - expected.1).powi(2)).sqrt();
            assert!(
                off < 40.0,
                "actor {} is {off:.0} px off its scaled place at {width} px",
                a.index
            );
        }
    }
    // Down to a phone: smaller, every actor still labelled and clear.
    map.resize(MapOptions::for_width(375.0));
    let phone = map.layout();
    assert_no_overlaps(&phone, 375.0);
    assert_labelled_and_filled(&phone, "resized to 375 px");
    map.drag(0, 100.0, 100.0);
    map.drop_actor(0);
    assert_no_overlaps(&map.layout(), 375.0);
    assert_labelled_and_filled(&map.layout(), "dragged at 375 px");
}

#[test]
fn the_date_control_covers_every_dated_item_up_to_publication() {
    use dateline_engine::layout::map_view::day_range;
    use dateline_engine::model::date::days_from_civil;
    let (first, last) = day_range(&story(SEED));
    assert_eq!(
        first,
        days_from_civil(2021, 8, 1),
        "the Taliban's takeover, August 2021"
    );
    assert_eq!(
        last,
        days_from_civil(2022, 4, 18),
        "the publication, 18 April 2022"
    );
    assert_eq!(
        day_range(&Story::default()),
        (0, 0),
        "a story with no dates"
    );
}
