//! Shrinks what the bundle carries as text before it is compiled in: the
//! widget's stylesheet for `src/embed.rs` (comments go, and whitespace shrinks
//! to what CSS needs; quoted strings are copied as they are; about 0.8 KB of
//! the gzipped bundle), and the message catalogues for `src/i18n/catalogue.rs`
//! (comments and blank lines go, and the spaces around each `=`; about 0.6 KB).

use std::{env, fs, path::Path};

/// Where the message catalogues are, one `<language>.txt` each.
const CATALOGUES: &str = "src/i18n/messages";

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let source = "static/dateline.css";
    println!("cargo::rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("static/dateline.css is readable");
    fs::write(out.join("dateline.css"), minify(&css)).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed={CATALOGUES}");
    let catalogues = fs::read_dir(CATALOGUES).expect("src/i18n/messages is readable");
    for entry in catalogues.map(|entry| entry.expect("src/i18n/messages is readable")) {
        let path = entry.path();
        if path.extension().is_some_and(|extension| extension == "txt") {
            println!("cargo::rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("a message catalogue is readable");
            fs::write(out.join(entry.file_name()), compact_catalogue(&text))
                .expect("OUT_DIR is writable");
        }
    }
}

/// A catalogue's `key = message` lines as `key=message`, without comments
/// or the other lines the catalogue skips; it reads both forms alike (a
/// quoted message keeps its quotes, and with them its spaces).
fn compact_catalogue(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .map(|(key, message)| format!("{}={}\n", key.trim(), message.trim()))
        .collect()
}

/// `css` without comments, with each run of whitespace cut to one space and
/// none beside `{`, `}`, `;`, `,`, `>` or after `:`, and no `;` before `}`.
fn minify(css: &str) -> String {
    const TIGHT: &[char] = &['{', '}', ';', ',', '>'];
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                push_space(&mut out, &mut space, TIGHT);
                out.push(c);
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == c {
                        break;
                    }
                }
            }
            c => {
                if TIGHT.contains(&c) {
                    space = false;
                    if c == '}' && out.ends_with(';') {
                        out.pop();
                    }
                } else {
                    push_space(&mut out, &mut space, TIGHT);
                }
                out.push(c);
            }
        }
    }
    out
}

/// Writes the pending space unless the text so far ends where none is needed.
fn push_space(out: &mut String, space: &mut bool, tight: &[char]) {
    if std::mem::take(space) && !out.is_empty() && !out.ends_with(tight) && !out.ends_with(':') {
        out.push(' ');
    }
}
