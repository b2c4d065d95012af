//! Benchmark of the actor map's force layout, natively: time for the layout
//! to settle at 15, 100 and 500 actors with about two relations each (the
//! map draws at most the 150 busiest). It prints figures and asserts nothing.
//! Run with `cargo bench --bench actor_map`.

use std::time::Instant;

use dateline_engine::layout::{ActorMap, MapOptions};
use dateline_engine::model::parse_story;

/// A story of `actors` actors and about two relations per actor, as JSON.
fn story(actors: usize) -> String {
    let mut seed: u64 = 2022;
    let mut random = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    };
    let kinds = ["state", "organisation", "group", "person", "place"];
    let actor_list: Vec<String> = (0..actors)
        .map(|i| {
            format!(
                r#"{{"id":"a{i}","name":"Actor {i}","kind":"{}"}}"#,
                kinds[i % kinds.len()]
            )
        })
        .collect();
    let relation_list: Vec<String> = (0..actors * 2)
        .map(|i| {
            let from = random(actors);
            let to = (from + 1 + random(actors - 1)) % actors;
            format!(r#"{{"id":"r{i}","from":"a{from}","to":"a{to}","kind":"engages","stance":"neutral","label":"relation {i}"}}"#)
        })
        .collect();
    format!(
        r#"{{"version":1,"meta":{{"title":"Benchmark","source":{{"name":"Benchmark"}}}},"actors":[{}],"relations":[{}]}}"#,
        actor_list.join(","),
        relation_list.join(",")
    )
}

fn main() {
    println!("Actor map layout benchmark (native, release, 1280 px wide, median of 7 runs)");
    for actors in [15, 100, 500] {
        let story = parse_story(&story(actors))
            .expect("the generated story is valid")
            .story;
        let mut drawn = 0;
        let mut times: Vec<f64> = (0..7)
            .map(|_| {
                let started = Instant::now();
                let map = ActorMap::new(&story, MapOptions::for_width(1280.0));
                drawn = std::hint::black_box(map.layout()).actors.len();
                started.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!(
            "{actors:>5} actors ({drawn:>3} drawn), {:>4} relations: settles in {:.1} ms (min {:.1} ms)",
            story.relations.len(),
            times[3],
            times[0]
        );
    }
}
