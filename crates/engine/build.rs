//! Shrinks the message catalogues before `src/i18n/catalogue.rs` compiles
//! them in: comments and blank lines go, and the spaces around each `=`
//! (about 0.6 KB of the gzipped bundle).

use std::{env, fs, path::Path};

/// Where the message catalogues are, one `<language>.txt` each.
const CATALOGUES: &str = "src/i18n/messages";

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
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
