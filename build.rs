//! Shrinks the widget's stylesheet before `src/embed.rs` compiles it in:
//! comments go, and whitespace shrinks to what CSS needs; quoted strings are
//! copied as they are (about 0.8 KB of the gzipped bundle).

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let source = "static/dateline.css";
    println!("cargo::rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("static/dateline.css is readable");
    fs::write(out.join("dateline.css"), minify(&css)).expect("OUT_DIR is writable");
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
