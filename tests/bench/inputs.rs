//! Large inputs for the `dateline` commands, made from a seed so that every
//! run reads the same text: TimelineJS timelines, articles and story files
//! of any size. Shared by the benchmark (`tests/bench/toolkit.rs`) and the
//! tests of bounded work (`tests/bounded_work.rs`).

#![allow(dead_code)]

use std::fmt::Write as _;

/// A small seeded generator (the same constants as the benchmarks' LCG).
pub struct Seeded(u64);

impl Seeded {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A number in `0..n` (`n` at least 1).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize % n.max(1)
    }

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "ro", "mi", "ten", "vel", "da", "sor", "lin", "ba", "rus", "no", "gar", "el", "fi",
    "mon", "tar", "is", "ven", "lo", "cha",
];

/// A made-up capitalised word, different for each `n`.
pub fn name_word(n: usize) -> String {
    let mut n = n;
    let mut word = String::new();
    loop {
        word.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
        if n == 0 {
            break;
        }
    }
    word.push_str("ton");
    let mut chars = word.chars();
    let first = chars.next().expect("a word").to_ascii_uppercase();
    std::iter::once(first).chain(chars).collect()
}

const CYRILLIC: &[&str] = &[
    "ка", "ро", "ми", "тен", "вел", "да", "сор", "лин", "ба", "рус", "но", "гар", "ел", "фи",
    "мон", "тар", "ис", "вен", "ло", "ча",
];

/// A made-up capitalised word in Cyrillic, different for each `n`: a name
/// with no Latin letter, whose id is made from nothing but a number.
pub fn cyrillic_word(n: usize) -> String {
    let mut n = n;
    let mut word = String::new();
    loop {
        word.push_str(CYRILLIC[n % CYRILLIC.len()]);
        n /= CYRILLIC.len();
        if n == 0 {
            break;
        }
    }
    word.push_str("ов");
    let mut chars = word.chars();
    let first = chars.next().expect("a word").to_uppercase();
    first.chain(chars).collect()
}

/// A person's full name, different for each `n`.
pub fn person(n: usize) -> String {
    format!("{} {}", name_word(n * 2 + 1), name_word(n * 2))
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    serde_json::to_string(text).expect("a string serialises")
}

/// A TimelineJS3 JSON timeline of `events` slides, each `headline` (or a
/// headline of its own when `None`), `group` groups in turn (none when 0),
/// and `text` as every slide's text.
pub fn timeline_json(events: usize, headline: Option<&str>, groups: usize, text: &str) -> String {
    let mut out = String::from(
        r#"{"title":{"text":{"headline":"A long timeline","text":"<p>Made for measuring.</p>"}},"events":["#,
    );
    for i in 0..events {
        if i > 0 {
            out.push(',');
        }
        let own;
        let headline = match headline {
            Some(headline) => headline,
            None => {
                own = format!("Event {i} at {}", name_word(i));
                &own
            }
        };
        let _ = write!(
            out,
            r#"{{"start_date":{{"year":"{}","month":"{}","day":"{}"}},"text":{{"headline":{},"text":{}}}"#,
            1900 + i % 120,
            1 + i % 12,
            1 + i % 28,
            json_string(headline),
            json_string(text)
        );
        if groups > 0 {
            let _ = write!(out, r#","group":"{} group""#, name_word(i % groups));
        }
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// The same timeline as a Google Sheet saved as CSV.
pub fn timeline_csv(events: usize, headline: Option<&str>, groups: usize) -> String {
    let mut out = String::from("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n");
    out.push_str(",,,,,,,,,A long timeline,Made for measuring.,,,,,title,,\n");
    for i in 0..events {
        let own = format!("Event {i} at {}", name_word(i));
        let headline = headline.unwrap_or(&own);
        let group = if groups > 0 {
            format!("{} group", name_word(i % groups))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{},{},{},,,,,,,\"{}\",<p>Slide {i}.</p>,,,,,,{group},",
            1900 + i % 120,
            1 + i % 12,
            1 + i % 28,
            headline.replace('"', "\"\"")
        );
    }
    out
}

/// An article of `paragraphs` body paragraphs as news sites print it, with
/// people, organisations and states named, quotations, and dates.
pub fn article(paragraphs: usize, seed: u64) -> String {
    let mut random = Seeded::new(seed);
    let mut out = String::from(
        "Talks collapse as the long dispute drags on\n\nBy Amara Okafor\n\n14 March 2024\n\n",
    );
    let states = [
        "Russia", "France", "Kenya", "Brazil", "Japan", "Canada", "Egypt",
    ];
    let roles = [
        "senior analyst",
        "spokesperson",
        "chief executive",
        "general secretary",
        "professor",
    ];
    let verbs = ["condemned", "backed", "criticised", "met", "accused"];
    let dates = [
        "on Tuesday",
        "in March 2022",
        "last month",
        "on 9 April 2023",
        "in 2021",
        "last year",
        "on 4 March",
        "in January",
    ];
    // New people and organisations keep appearing, and earlier ones return.
    for p in 0..paragraphs {
        let who = if p > 3 && random.below(3) == 0 {
            random.below(p / 2 + 1)
        } else {
            p
        };
        let name = person(who);
        let org = format!("{} Institute", name_word(who + 7));
        let state = random.pick(&states);
        let other = random.pick(&states);
        let date = random.pick(&dates);
        let text = match p % 6 {
            0 => format!(
                "“We are ready to talk about the {} plan tonight,” said {name}, a {} at the {org}.",
                name_word(p),
                random.pick(&roles)
            ),
            1 => format!(
                "{state} {} {other} {date}, weeks after the {org} said the talks had failed.",
                random.pick(&verbs)
            ),
            2 => format!(
                "The {org} announced {date} that it would spend £{}m on new cranes. “Standing still is not an option for us,” {} told reporters.",
                random.below(900) + 10,
                name.split(' ').next_back().unwrap_or("she")
            ),
            3 => format!(
                "{name}, the union’s general secretary, said the offer was “an insult to every worker in the port”. She said {date} that the strike would go on."
            ),
            4 => format!(
                "According to figures published by the {org} {date}, the plan would remove {} jobs over five years. {state} disputes the number.",
                random.below(900) + 10
            ),
            _ => format!(
                "Talks brokered by {name} began {date} and broke down late on Monday night, when {state} declined to put a guarantee in writing."
            ),
        };
        out.push_str(&text);
        out.push_str("\n\n");
    }
    out
}

/// An article of `paragraphs` short paragraphs, each naming two people not
/// named before (in Cyrillic, so their ids share one base), one meeting
/// the other on a day, and a quotation: the names, quotations, events and
/// relations grow with the text, as in a long live report.
pub fn crowded_article(paragraphs: usize) -> String {
    let mut out = String::from("Who met whom\n\nBy Amara Okafor\n\n14 March 2024\n\n");
    let person = |n: usize| format!("{} {}", cyrillic_word(2 * n + 1), cyrillic_word(2 * n));
    for p in 0..paragraphs {
        let (first, second) = (person(2 * p), person(2 * p + 1));
        let _ = write!(
            out,
            "{first} met {second} in Kestrel on {} March 2022. “We talked about the plan for hours,” said {second}. {first} agreed.\n\n",
            1 + p % 28
        );
    }
    out
}

/// A story file (format version 1) with `events` events, `actors` actors,
/// as many relations as actors, and a quote per ten events; `title` as
/// every event's title when given.
pub fn story_json(events: usize, actors: usize, title: Option<&str>) -> String {
    let mut out = String::from(
        r#"{"version":1,"meta":{"title":"A long story","source":{"name":"The Herald","url":"https://example.org/news/long"},"published":"2024-03-14","summary":"Made for measuring."},"actors":["#,
    );
    let kinds = ["person", "state", "organisation", "group", "place"];
    for i in 0..actors {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            r#"{{"id":"actor-{i}","name":"{}","kind":"{}"}}"#,
            person(i),
            kinds[i % kinds.len()]
        );
    }
    out.push_str(r#"],"events":["#);
    for i in 0..events {
        if i > 0 {
            out.push(',');
        }
        let own = format!("Event {i}: {} meets the {} group", person(i), name_word(i));
        let title = title.unwrap_or(&own);
        let actor = if actors > 0 {
            format!(r#","actors":["actor-{}"]"#, i % actors)
        } else {
            String::new()
        };
        let _ = write!(
            out,
            r#"{{"id":"event-{i}","date":"{}-{:02}-{:02}","title":{},"kind":"reported"{actor}}}"#,
            1900 + i % 120,
            1 + i % 12,
            1 + i % 28,
            json_string(title)
        );
    }
    out.push_str(r#"],"relations":["#);
    for i in 0..actors.saturating_sub(1) {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            r#"{{"id":"relation-{i}","from":"actor-{i}","to":"actor-{}","kind":"meets","stance":"neutral","label":"meets"}}"#,
            i + 1
        );
    }
    out.push_str(r#"],"quotes":["#);
    let mut first = true;
    for i in (0..events).step_by(10) {
        if actors == 0 {
            break;
        }
        if !first {
            out.push(',');
        }
        first = false;
        // Actor 0 is a person, as a speaker must be.
        let _ = write!(
            out,
            r#"{{"id":"quote-{i}","text":"We will keep talking until it is done, number {i}.","speaker":"actor-0","kind":"direct","event":"event-{i}"}}"#
        );
    }
    out.push_str("]}");
    out
}

/// A story whose events all have errors the checks report (bad dates,
/// dangling actors), so that validation lists as many problems as it keeps.
pub fn story_with_problems(events: usize) -> String {
    let mut out = String::from(
        r#"{"version":1,"meta":{"title":"Broken","source":{"name":"The Herald"}},"events":["#,
    );
    for i in 0..events {
        if i > 0 {
            out.push_str(",\n");
        }
        let _ = write!(
            out,
            r#"  {{"id":"event-{i}","date":"2024-02-30","title":"Event {i}","kind":"reported","actors":["nobody-{i}"]}}"#
        );
    }
    out.push_str("]}");
    out
}
