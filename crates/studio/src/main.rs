//! The studio's WebAssembly entry point: logs panics, then waits for
//! `studio/boot.js` to call [`dateline_studio::start`] with the page's root
//! and the widget's `mount`.

fn main() {
    dateline_studio::app::log_panics();
}
