//! Benchmark of the `dateline` commands' work on large inputs: the time
//! import, draft, validate, diff, export and render take at 1,000, 10,000
//! and 100,000 items (events, paragraphs of an article, or KB of text), to
//! show that each grows in proportion to its input. A story file holds at
//! most 10,000 items in a list and 5 MB, so at 100,000 events validate,
//! export and render show how fast such a file is refused. It prints a
//! table and asserts nothing, so a busy machine cannot fail it.
//!
//! `cargo bench --bench toolkit` prints the table; `cargo bench --bench
//! toolkit -- import 1000` only the rows whose name holds "import", at 1,000;
//! `cargo bench --bench toolkit -- fuzz 600 [SEED]` reads random and mutated
//! inputs with import, draft and validate for 600 seconds instead (see
//! `fuzz` below).
// The commands are native only: built for wasm32 (as `cargo clippy --target
// wasm32-unknown-unknown --all-targets` does), this benchmark is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

#[path = "inputs.rs"]
mod inputs;

use std::time::{Duration, Instant};

use dateline_engine::model::parse_story;
use dateline_toolkit::{diff, draft, export, import, render, report};
use inputs::{article, story_json, story_with_problems, timeline_csv, timeline_json, Seeded};

/// The sizes measured.
const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

/// One row of the table: a name, what its size counts, and the work for a size.
struct Case {
    name: &'static str,
    unit: &'static str,
    /// Makes the input for a size (not timed) and returns the timed work,
    /// which returns a few words on what it did.
    prepare: fn(usize) -> Box<dyn FnOnce() -> String>,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "import (JSON, own headlines, a group per 10 events)",
            unit: "events",
            prepare: |n| {
                let text = timeline_json(
                    n,
                    None,
                    n / 10,
                    "<p>Talks <b>collapsed</b> &amp; the union walked out.</p>",
                );
                Box::new(move || imported(&text))
            },
        },
        Case {
            name: "import (JSON, every headline the same)",
            unit: "events",
            prepare: |n| {
                let text = timeline_json(n, Some("Strike"), 0, "");
                Box::new(move || imported(&text))
            },
        },
        Case {
            name: "import (CSV, a group per event)",
            unit: "events",
            prepare: |n| {
                let text = timeline_csv(n, None, n);
                Box::new(move || imported(&text))
            },
        },
        Case {
            name: "import (one text field of <script></script>)",
            unit: "KB",
            prepare: |n| {
                let text = timeline_json(1, None, 0, &"<script></script>".repeat(n * 1024 / 17));
                Box::new(move || imported(&text))
            },
        },
        Case {
            name: "draft (an article)",
            unit: "paragraphs",
            prepare: |n| {
                let text = article(n, 7);
                Box::new(move || {
                    let drafted = draft::draft_story(&text, &draft::DraftOptions::default());
                    format!(
                        "{} KB in; {} events, {} actors, {} quotes",
                        text.len() / 1024,
                        drafted.story.events.len(),
                        drafted.story.actors.len(),
                        drafted.story.quotes.len()
                    )
                })
            },
        },
        Case {
            name: "draft (one line)",
            unit: "KB",
            prepare: |n| {
                let words = [
                    "Talks",
                    "in",
                    "Kestrel",
                    "collapsed",
                    "on",
                    "Tuesday",
                    "and",
                    "Rose",
                    "said",
                    "so",
                ];
                let mut text = String::from("Headline\n\n14 March 2024\n\n");
                let mut random = Seeded::new(3);
                while text.len() < n * 1024 {
                    text.push_str(random.pick(&words));
                    text.push(' ');
                }
                Box::new(move || {
                    let drafted = draft::draft_story(&text, &draft::DraftOptions::default());
                    format!("{} events", drafted.story.events.len())
                })
            },
        },
        Case {
            name: "validate (a story with an actor per 10 events)",
            unit: "events",
            prepare: |n| {
                let text = story_json(n, n / 10, None);
                Box::new(move || validated(&text))
            },
        },
        Case {
            name: "validate (every event has errors)",
            unit: "events",
            prepare: |n| {
                let text = story_with_problems(n);
                Box::new(move || validated(&text))
            },
        },
        Case {
            name: "diff (every tenth event changed)",
            unit: "events",
            prepare: |n| {
                let old = story_json(n, n / 10, None);
                let new = old.replace("0: ", "0 (changed): ");
                Box::new(move || {
                    let old: serde_json::Value = serde_json::from_str(&old).expect("JSON");
                    let new: serde_json::Value = serde_json::from_str(&new).expect("JSON");
                    let changes = diff::diff_stories(&old, &new);
                    let out = changes.render();
                    out.lines().last().unwrap_or_default().to_owned()
                })
            },
        },
        Case {
            name: "export SVG (timeline and map, 1200 px)",
            unit: "events",
            prepare: |n| {
                let text = story_json(n, n / 10, None);
                Box::new(move || match parse_story(&text) {
                    Ok(checked) => {
                        let svg =
                            export::story_svg(&checked.story, &export::ExportOptions::default());
                        format!("{} KB of SVG", svg.len() / 1024)
                    }
                    Err(error) => format!("refused: {error}"),
                })
            },
        },
        Case {
            name: "export SVG (phone width: the timeline as a list)",
            unit: "events",
            prepare: |n| {
                let text = story_json(n, 0, None);
                Box::new(move || match parse_story(&text) {
                    Ok(checked) => {
                        let options = export::ExportOptions {
                            width: 360.0,
                            view: export::ExportView::Timeline,
                            ..export::ExportOptions::default()
                        };
                        let svg = export::story_svg(&checked.story, &options);
                        format!("{} KB of SVG", svg.len() / 1024)
                    }
                    Err(error) => format!("refused: {error}"),
                })
            },
        },
        Case {
            name: "export PNG (timeline, 1200 px, scale 1)",
            unit: "events",
            prepare: |n| {
                let text = story_json(n, 0, None);
                Box::new(move || match parse_story(&text) {
                    Ok(checked) => {
                        let options = export::ExportOptions {
                            view: export::ExportView::Timeline,
                            ..export::ExportOptions::default()
                        };
                        let svg = export::story_svg(&checked.story, &options);
                        match export::svg_to_png(&svg, 1.0) {
                            Ok(png) => format!("{} KB of PNG", png.len() / 1024),
                            Err(error) => format!("refused: {error}"),
                        }
                    }
                    Err(error) => format!("refused: {error}"),
                })
            },
        },
        Case {
            name: "render (snippet, 800 px)",
            unit: "events",
            prepare: |n| {
                let text = story_json(n, n / 10, None);
                Box::new(move || {
                    let options = render::RenderOptions {
                        view: None,
                        theme: None,
                        lang: None,
                        base: String::new(),
                        width: render::DEFAULT_WIDTH_PX,
                    };
                    match render::snippet(&text, "story.json", &options) {
                        Ok(html) => format!("{} KB of HTML", html.len() / 1024),
                        Err(error) => format!("refused: {error}"),
                    }
                })
            },
        },
    ]
}

fn imported(text: &str) -> String {
    match import::import_timeline(text) {
        Ok(imported) => format!(
            "{} events, {} actors",
            imported.story.events.len(),
            imported.story.actors.len()
        ),
        Err(error) => format!("refused: {}", error.0.lines().next().unwrap_or_default()),
    }
}

fn validated(text: &str) -> String {
    let report = report::check_text("story.json", text);
    let first_line = report::render_text(std::slice::from_ref(&report));
    let last = first_line.lines().last().unwrap_or_default();
    format!(
        "{} KB in; {}",
        text.len() / 1024,
        last.trim_start_matches("story.json: ")
    )
}

fn seconds(duration: Duration) -> String {
    let ms = duration.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else if ms < 10_000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.1} s", ms / 1000.0)
    }
}

fn table(filter: &[String]) {
    // Numbers among the words choose sizes; the other words choose rows.
    let sizes: Vec<usize> = filter.iter().filter_map(|word| word.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        SIZES.to_vec()
    } else {
        sizes
    };
    let filter: Vec<&String> = filter
        .iter()
        .filter(|word| word.parse::<usize>().is_err())
        .collect();
    println!("`dateline` commands on large inputs (native, release build; one run each, input made beforehand)");
    println!();
    println!("| command | size | time | result |");
    println!("|---|---:|---:|---|");
    for case in cases() {
        if !filter.is_empty() && !filter.iter().any(|word| case.name.contains(word.as_str())) {
            continue;
        }
        for &size in &sizes {
            let work = (case.prepare)(size);
            let started = Instant::now();
            let result = std::hint::black_box(work());
            let took = started.elapsed();
            println!(
                "| {} | {} {} | {} | {} |",
                case.name,
                thousands(size),
                case.unit,
                seconds(took),
                result
            );
        }
    }
}

/// 1000 -> "1,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn main() {
    // `cargo bench` passes `--bench`; anything else is ours.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"))
        .collect();
    match args.first().map(String::as_str) {
        Some("fuzz") => {
            let seconds = args
                .get(1)
                .and_then(|text| text.parse().ok())
                .unwrap_or(600);
            let seed = args
                .get(2)
                .and_then(|text| text.parse().ok())
                .unwrap_or_else(|| {
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(1, |since| since.as_secs())
                });
            fuzz::run(Duration::from_secs(seconds), seed);
        }
        Some("check") => fuzz::check_files(&args[1..]),
        _ => table(&args),
    }
}

/// Fuzzing of the readers: import, draft and validate (with export of what
/// validate reads) on random and mutated inputs, for a given time. Each
/// input is made from a seed (printed, so a run can be repeated) either
/// from scratch, out of pieces of HTML, news writing and JSON, or by
/// mutating a committed fixture; each is checked for panics, for work that
/// takes more than two seconds, and for what the output must be: ids unique,
/// imported text without tags, drafts and imports the widget reads without
/// errors, exports that are well-formed XML. Findings are written to
/// `target/fuzz-findings/` and listed at the end; the run exits 1 if there
/// are any, or at once if an input is still being read after a minute.
/// `check TARGET FILE...` reads saved inputs again.
mod fuzz {
    use std::collections::HashSet;
    use std::panic::{catch_unwind, AssertUnwindSafe};
    use std::path::{Path, PathBuf};
    use std::sync::{Arc, Mutex, PoisonError};
    use std::time::{Duration, Instant};

    use dateline_engine::model::{parse_story, Severity, Story, StoryError};
    use dateline_toolkit::draft::{draft_story, DraftOptions};
    use dateline_toolkit::export::{story_svg, ExportOptions};
    use dateline_toolkit::import::import_timeline;
    use dateline_toolkit::report::check_text;

    use crate::inputs::Seeded;

    /// Longest an input may take before it counts as a finding.
    const SLOW: Duration = Duration::from_secs(2);

    /// Longest an input may take before the run ends with it.
    const HUNG: Duration = Duration::from_secs(60);

    /// The input being read: since when, by which reader, and the input.
    type Reading = (Instant, &'static str, String);

    /// Where inputs that found something are saved.
    fn findings_folder() -> PathBuf {
        let folder =
            Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("target/fuzz-findings");
        let _ = std::fs::create_dir_all(&folder);
        folder
    }

    const HTML: &[&str] = &[
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        "<br>",
        "<script>",
        "</script>",
        "<STYLE>",
        "</style >",
        "<!--",
        "-->",
        "<",
        ">",
        "&lt;",
        "&gt;",
        "&amp;",
        "&#60;",
        "&#x3C;",
        "&lt;script&gt;",
        "&nbsp;",
        "&",
        "<a href=\"x\">",
        "</a>",
        "<?",
        "<!",
        "</",
        "/",
        "\"",
        "'",
        " ",
        "\n",
        "Talks",
        "collapsed",
        "5 < 6",
        "\u{FFFE}",
        "\u{0}",
        "🙂",
    ];

    const NEWS: &[&str] = &[
        "BRENTFORD — ",
        "“",
        "”",
        "\"",
        "‘",
        "’s ",
        "Dr. ",
        "U.S. ",
        "Łódź ",
        "said ",
        "told ",
        "according to ",
        "on Tuesday",
        " last month",
        "in 2021",
        " 9 April",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "Anna Nowak",
        "Declan Moyo",
        "Kestrel Port Holdings",
        "the Maritime and Dock Workers Union",
        ", a senior analyst at the Institute for Ünïcode, ",
        "he said",
        "she said",
        "—",
        "…",
        "the union’s",
        "the company’s chief executive, ",
        "(",
        ")",
        ":",
        "Oct. 20",
        "🙂",
        "\u{200b}",
        " ",
        "Russia",
        "Moscow",
        "Washington condemned ",
        "TNA",
        "The New Arab",
        "will meet ",
        "next Monday",
        "in March 2022",
        "on 4 March 2024",
        "The 2011 strike",
        "As Moyo told reporters, ",
        "By Amara Okafor\n\n",
        "14 March 2024\n\n",
        "Follow us",
        "Governor ",
        "Caroline Rose",
        "\u{FFFF}",
        "\r\n",
        "\t",
        "ǅ",
        "İ",
        "ß",
        "Ω",
        "\u{301}",
    ];

    const JSON: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"id\"",
        "\"events\"",
        "\"actors\"",
        "\"relations\"",
        "\"quotes\"",
        "\"updates\"",
        "\"meta\"",
        "\"version\"",
        "1",
        "0",
        "-1",
        "1e400",
        "null",
        "true",
        "\"a\"",
        "\"2024-02-30\"",
        "\"2024-03\"",
        "\"-0043\"",
        "\"person\"",
        "\"date\"",
        "\"title\"",
        "\"kind\"",
        "\"reported\"",
        "\"speaker\"",
        "\"from\"",
        "\"to\"",
        "\\u0000",
        "\"\\ud800\"",
        "\"x\\\"y\"",
        " ",
        "\n",
        "\"https://example.org/\"",
        "\"source\"",
    ];

    /// The committed fixtures a run mutates.
    fn seeds() -> Vec<(PathBuf, String)> {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("tests/fixtures");
        let mut found = Vec::new();
        let mut folders = vec![root];
        while let Some(folder) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    if text.len() < 400_000 {
                        found.push((path, text));
                    }
                }
            }
        }
        found.sort();
        found
    }

    fn pieces(random: &mut Seeded, from: &[&str], count: usize) -> String {
        (0..count).map(|_| random.pick(from)).collect()
    }

    /// Up to `most` pieces.
    fn some(random: &mut Seeded, from: &[&str], most: usize) -> String {
        let count = random.below(most);
        pieces(random, from, count)
    }

    /// A number below `usual`, or once in `rarely` times below `large`.
    fn size(random: &mut Seeded, usual: usize, rarely: usize, large: usize) -> usize {
        let most = if random.below(rarely) == 0 {
            large
        } else {
            usual
        };
        random.below(most)
    }

    /// A character, often one of those that trouble readers.
    fn odd_char(random: &mut Seeded) -> char {
        const ODD: &[char] = &[
            '<', '>', '&', '"', '\'', '“', '”', '‘', '’', '\n', ' ', '.', ',', '\\', '{', '}', '[',
            ']', ':', '\u{0}', '\u{FFFE}', '\u{FFFF}', '\u{85}', '\u{2028}', '🙂', 'é',
        ];
        if random.below(3) == 0 {
            char::from_u32(random.below(0x11_0000) as u32).unwrap_or('x')
        } else {
            ODD[random.below(ODD.len())]
        }
    }

    /// `text` with a few random edits: characters inserted, a stretch cut,
    /// a stretch repeated (so inputs also grow large), pieces spliced in.
    fn mutate(random: &mut Seeded, text: &str, splice: &[&str]) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        for _ in 0..1 + random.below(8) {
            let at = random.below(chars.len() + 1);
            match random.below(5) {
                0 => chars.insert(at, odd_char(random)),
                1 => {
                    let end = (at + random.below(64)).min(chars.len());
                    chars.drain(at..end);
                }
                2 if !chars.is_empty() => {
                    let start = at.min(chars.len() - 1);
                    let end = (start + 1 + random.below(200)).min(chars.len());
                    let stretch: Vec<char> = chars[start..end].to_vec();
                    let times = 1 + size(random, 20, 10, 2_000);
                    let repeated: Vec<char> = stretch
                        .iter()
                        .copied()
                        .cycle()
                        .take(stretch.len() * times)
                        .take(2_000_000)
                        .collect();
                    chars.splice(end..end, repeated);
                }
                _ => {
                    let piece: Vec<char> = random.pick(splice).chars().collect();
                    chars.splice(at..at, piece);
                }
            }
        }
        chars.into_iter().collect()
    }

    fn timeline(random: &mut Seeded) -> String {
        let slides = 1 + size(random, 40, 20, 5_000);
        let events: Vec<serde_json::Value> = (0..slides)
            .map(|_| {
                let year = random.pick(&["2020", "-44", "0", "2021.0", "x", "99999"]);
                let mut event = serde_json::json!({
                    "start_date": {"year": year, "month": random.below(14).to_string(), "day": random.below(33).to_string()},
                    "text": {"headline": some(random, HTML, 12), "text": some(random, HTML, 40)},
                });
                if random.below(2) == 0 {
                    event["group"] = serde_json::json!(some(random, HTML, 3));
                }
                if random.below(3) == 0 {
                    event["unique_id"] = serde_json::json!(some(random, HTML, 3));
                }
                if random.below(4) == 0 {
                    event["end_date"] = serde_json::json!({"year": "2022", "month": random.below(14).to_string()});
                }
                event
            })
            .collect();
        serde_json::json!({"title": {"text": {"headline": pieces(random, HTML, 5)}}, "events": events, "eras": [{"start_date": {"year": "2009"}, "end_date": {"year": "2049"}, "text": {"headline": pieces(random, HTML, 4)}}]}).to_string()
    }

    fn article(random: &mut Seeded) -> String {
        let count = size(random, 400, 20, 200_000);
        format!(
            "{}\n\n{}",
            pieces(random, NEWS, 3),
            pieces(random, NEWS, count)
        )
    }

    /// A story file: a generated one with random fields, or JSON pieces.
    fn story(random: &mut Seeded) -> String {
        if random.below(3) == 0 {
            return some(random, JSON, 300);
        }
        let events = size(random, 30, 20, 10_000);
        let actors = random.below(20);
        let mut text = crate::inputs::story_json(events, actors, None);
        // Break some of it.
        let edits = random.below(6);
        for _ in 0..edits {
            let piece = random.pick(JSON);
            let at = text.floor_char_boundary(random.below(text.len() + 1));
            text.insert_str(at, piece);
        }
        text
    }

    /// What a run found: a panic, slow work, or broken output.
    struct Finding {
        target: &'static str,
        what: String,
        input: String,
    }

    fn unique_ids(story: &Story) -> Result<(), String> {
        let lists: [Vec<&str>; 4] = [
            story.actors.iter().map(|item| item.id.as_str()).collect(),
            story.events.iter().map(|item| item.id.as_str()).collect(),
            story
                .relations
                .iter()
                .map(|item| item.id.as_str())
                .collect(),
            story.quotes.iter().map(|item| item.id.as_str()).collect(),
        ];
        for ids in lists {
            let unique: HashSet<&str> = ids.iter().copied().collect();
            if unique.len() != ids.len() {
                return Err("ids repeat".to_owned());
            }
        }
        Ok(())
    }

    /// The story as the widget reads it has no errors (a story too large
    /// for the widget is not checked), and is not much larger than what it
    /// was made from.
    fn read_without_errors(story: &Story, from: &str) -> Result<(), String> {
        let json = story.to_json();
        if json.len() > 64 * 1024 + 20 * from.len() {
            return Err(format!(
                "{} bytes make a story of {} bytes",
                from.len(),
                json.len()
            ));
        }
        let checked = match parse_story(&json) {
            Ok(checked) => checked,
            Err(StoryError::TooLarge { .. }) => return Ok(()),
            Err(error) => return Err(error.to_string()),
        };
        match checked
            .problems
            .iter()
            .find(|problem| problem.severity == Severity::Error)
        {
            Some(problem) => Err(format!("the widget finds an error: {problem}")),
            None => Ok(()),
        }
    }

    fn tag_like(text: &str) -> bool {
        text.match_indices('<').any(|(at, _)| {
            text[at + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
        })
    }

    fn check(target: &'static str, input: &str) -> Result<(), String> {
        match target {
            "import" => {
                let Ok(imported) = import_timeline(input) else {
                    return Ok(());
                };
                let story = &imported.story;
                unique_ids(story)?;
                let texts = story
                    .events
                    .iter()
                    .flat_map(|event| [Some(&event.title), event.summary.as_ref()])
                    .flatten()
                    .chain([&story.meta.title])
                    .chain(story.actors.iter().map(|actor| &actor.name));
                for text in texts {
                    if tag_like(text) {
                        return Err(format!("tag-like text survives: {text:?}"));
                    }
                }
                read_without_errors(story, input)
            }
            "draft" => {
                let drafted = draft_story(input, &DraftOptions::default());
                unique_ids(&drafted.story)?;
                read_without_errors(&drafted.story, input)
            }
            _ => {
                let report = check_text("story.json", input);
                if report
                    .problems
                    .iter()
                    .any(|problem| problem.line == 0 || problem.column == 0)
                {
                    return Err("a problem at line or column 0".to_owned());
                }
                if let Ok(checked) = parse_story(input) {
                    for width in [360.0, 1200.0] {
                        let options = ExportOptions {
                            width,
                            ..ExportOptions::default()
                        };
                        let svg = story_svg(&checked.story, &options);
                        roxmltree::Document::parse(&svg)
                            .map_err(|error| format!("the SVG is not well-formed: {error}"))?;
                    }
                }
                Ok(())
            }
        }
    }

    /// Checks saved inputs again: `check import|draft|validate FILE...`.
    pub fn check_files(args: &[String]) {
        let Some(target) = ["import", "draft", "validate"]
            .into_iter()
            .find(|target| args.first().map(String::as_str) == Some(*target))
        else {
            println!("check import|draft|validate FILE...");
            return;
        };
        for path in &args[1..] {
            let input = std::fs::read_to_string(path).unwrap_or_default();
            let began = Instant::now();
            let outcome = catch_unwind(AssertUnwindSafe(|| check(target, &input)));
            let result = match outcome {
                Ok(Ok(())) => "ok".to_owned(),
                Ok(Err(broken)) => broken,
                Err(_) => "panic".to_owned(),
            };
            println!(
                "{path}: {} bytes, {:?}: {result}",
                input.len(),
                began.elapsed()
            );
        }
    }

    pub fn run(length: Duration, seed: u64) {
        println!("fuzzing import, draft and validate for {length:?}, seed {seed}");
        let seeds = seeds();
        let mut random = Seeded::new(seed);
        let started = Instant::now();
        let mut findings: Vec<Finding> = Vec::new();
        let mut runs = [0_usize; 3];
        let mut largest = [0_usize; 3];
        let mut slowest = [Duration::ZERO; 3];
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        // A watchdog: an input still being read after a minute is saved, and
        // the run ends there.
        let current: Arc<Mutex<Option<Reading>>> = Arc::default();
        let watched = Arc::clone(&current);
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_secs(1));
            let guard = watched.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some((began, target, input)) = guard.as_ref() {
                if began.elapsed() > HUNG {
                    let path = findings_folder().join(format!("{target}-hung.txt"));
                    let _ = std::fs::write(&path, input);
                    println!(
                        "finding in {target}: still reading {} bytes after {HUNG:?} ({})",
                        input.len(),
                        path.display()
                    );
                    std::process::exit(1);
                }
            }
        });
        while started.elapsed() < length {
            let which = random.below(3);
            let target = ["import", "draft", "validate"][which];
            let input = if random.below(2) == 0 {
                let (_, text) = &seeds[random.below(seeds.len())];
                let splice = [HTML, NEWS, JSON][which];
                mutate(&mut random, text, splice)
            } else {
                match target {
                    "import" => timeline(&mut random),
                    "draft" => article(&mut random),
                    _ => story(&mut random),
                }
            };
            let began = Instant::now();
            *current.lock().unwrap_or_else(PoisonError::into_inner) =
                Some((began, target, input.clone()));
            let outcome = catch_unwind(AssertUnwindSafe(|| check(target, &input)));
            let took = began.elapsed();
            *current.lock().unwrap_or_else(PoisonError::into_inner) = None;
            runs[which] += 1;
            largest[which] = largest[which].max(input.len());
            slowest[which] = slowest[which].max(took);
            let what = match outcome {
                Err(panic) => Some(format!(
                    "panic: {}",
                    panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|text| (*text).to_owned()))
                        .unwrap_or_default()
                )),
                Ok(Err(broken)) => Some(broken),
                Ok(Ok(())) if took > SLOW => {
                    Some(format!("took {took:?} on {} bytes", input.len()))
                }
                Ok(Ok(())) => None,
            };
            if let Some(what) = what {
                println!("finding in {target}: {what}");
                findings.push(Finding {
                    target,
                    what,
                    input,
                });
            }
        }
        std::panic::set_hook(quiet);
        for (i, target) in ["import", "draft", "validate"].iter().enumerate() {
            println!(
                "{target}: {} inputs, largest {} KB, slowest {:?}",
                runs[i],
                largest[i] / 1024,
                slowest[i]
            );
        }
        if findings.is_empty() {
            println!("no findings");
            return;
        }
        let folder = findings_folder();
        for (n, finding) in findings.iter().enumerate() {
            let path = folder.join(format!("{}-{n}.txt", finding.target));
            let _ = std::fs::write(&path, &finding.input);
            println!("{}: {} ({})", finding.target, finding.what, path.display());
        }
        std::process::exit(1);
    }
}
