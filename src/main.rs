//! The WebAssembly entry point: `dateline.js` starts one instance per widget
//! and mounts it through [`dateline::embed::mount`].

/// The module's memory, grown as the widget needs it.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    dateline::embed::report_faults();
}
