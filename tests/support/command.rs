//! The `dateline` command as its tests run it: from the repository's root,
//! so the fixtures' paths are relative to it.

use std::process::{Command, Output};

/// Runs `dateline` with `args` from the repository's root.
pub fn dateline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("the dateline command runs")
}
