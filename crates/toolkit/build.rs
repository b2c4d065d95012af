//! Compiles the drafter's word lists (`src/draft/words/*.txt`, one entry a
//! line, fields separated by `|`, `#` comments) into the Rust constants
//! `src/draft/gazetteer.rs` includes, so the lists are data to edit and cost
//! nothing to read at run time.

use std::{env, fs, path::Path};

/// Where the word lists are.
const WORDS: &str = "src/draft/words";

/// How an entry's fields become a Rust value.
#[derive(Clone, Copy)]
enum Shape {
    /// One word: `"word"`.
    Word,
    /// A name and its other names: `&["name", "other", ...]`.
    Names,
    /// Two parts: `("a", "b")`.
    Pair,
    /// A word and the words it stands for: `("word", &["a", ...])`.
    Head,
}

/// Each list, by file name, with the shape of its entries.
const LISTS: &[(&str, Shape)] = &[
    ("states", Shape::Names),
    ("regions", Shape::Word),
    ("organisation_words", Shape::Word),
    ("group_words", Shape::Word),
    ("known_organisations", Shape::Pair),
    ("titles", Shape::Word),
    ("honorifics", Shape::Word),
    ("title_modifiers", Shape::Word),
    ("role_words", Shape::Word),
    ("collective_nouns", Shape::Pair),
    ("referring_nouns", Shape::Head),
    ("sentence_starters", Shape::Word),
    ("connectors", Shape::Word),
    ("speech_verbs", Shape::Word),
];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed={WORDS}");
    for &(name, shape) in LISTS {
        let path = Path::new(WORDS).join(format!("{name}.txt"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text =
            fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let entries: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .enumerate()
            .map(|(index, line)| entry(line, shape, &path, index))
            .collect();
        let rust = format!("&[\n{}]\n", entries.join(""));
        fs::write(Path::new(&out).join(format!("{name}.rs")), rust).expect("OUT_DIR is writable");
    }
}

/// One line of a list as a Rust value of `shape`, with a trailing comma.
fn entry(line: &str, shape: Shape, path: &Path, index: usize) -> String {
    let fields: Vec<&str> = line.split('|').map(str::trim).collect();
    let fits = match shape {
        Shape::Word => fields.len() == 1,
        Shape::Names | Shape::Head => !fields.is_empty(),
        Shape::Pair => fields.len() == 2,
    };
    assert!(
        fits && fields.iter().all(|field| !field.is_empty()),
        "{}: entry {} ({line:?}) has the wrong number of fields",
        path.display(),
        index + 1
    );
    let list = |fields: &[&str]| {
        let words: Vec<String> = fields.iter().map(|field| format!("{field:?}")).collect();
        format!("&[{}]", words.join(", "))
    };
    match shape {
        Shape::Word => format!("    {:?},\n", fields[0]),
        Shape::Names => format!("    {},\n", list(&fields)),
        Shape::Pair => format!("    ({:?}, {:?}),\n", fields[0], fields[1]),
        Shape::Head => format!("    ({:?}, {}),\n", fields[0], list(&fields[1..])),
    }
}
