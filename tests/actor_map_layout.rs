//! The actor map's geometry for real stories: deterministic, no overlapping
//! nodes or labels, related actors close together, at 320 to 1600 px.

use dateline::layout::{nearest_in_direction, ActorMap, ActorMapLayout, Direction, MapOptions};
use dateline::model::{parse_story, Story};

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

fn assert_no_overlaps(layout: &ActorMapLayout, width: f64) {
    for (i, a) in layout.actors.iter().enumerate() {
        assert!(
            a.x - a.radius >= -1e-6 && a.x + a.radius <= layout.width + 1e-6,
            "node {i} leaves the map at {width} px"
        );
        for b in &layout.actors[i + 1..] {
            let gap = distance(layout, a.index, b.index) - a.radius - b.radius;
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
        let labelled = layout
            .actors
            .iter()
            .filter(|actor| actor.label.is_some())
            .count();
        assert!(
            labelled * 10 >= story.actors.len() * 8,
            "only {labelled} of {} actors labelled at {width} px",
            story.actors.len()
        );
    }
}

#[test]
fn a_hundred_actors_do_not_overlap() {
    let story = story(LARGE);
    let layout = ActorMap::new(&story, MapOptions::for_width(1280.0)).layout();
    assert_no_overlaps(&layout, 1280.0);
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
