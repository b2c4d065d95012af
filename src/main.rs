//! The WebAssembly entry point: `dateline.js` starts one instance per widget
//! and mounts it through [`dateline::embed::mount`].

fn main() {
    dateline::embed::report_faults();
}
