//! A browser timeout owned by Rust: rescheduled, cancelled, or cancelled when dropped.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// The page's `setTimeout`, looked up when called. Its handle is kept as
    /// the page gave it: a page (or a test's fake clock) may wrap timers and
    /// hand out handles that are not small integers, and a handle cut down to
    /// an `i32` would cancel nothing, leaving a dropped closure to be called.
    #[wasm_bindgen(js_name = setTimeout, catch)]
    fn set_timeout(handler: &js_sys::Function, delay_ms: i32) -> Result<JsValue, JsValue>;

    /// The page's `clearTimeout`, looked up when called.
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(handle: &JsValue);
}

/// A browser timeout that can be rescheduled or cancelled; dropping it cancels it.
#[derive(Default)]
pub struct Timeout {
    pending: Option<(JsValue, Closure<dyn FnMut()>)>,
}

impl Timeout {
    /// Runs `work` after `delay_ms` milliseconds, replacing anything scheduled before.
    pub fn schedule(&mut self, delay_ms: i32, work: impl FnOnce() + 'static) {
        self.cancel();
        let mut work = Some(work);
        let closure = Closure::<dyn FnMut()>::new(move || {
            if let Some(work) = work.take() {
                work();
            }
        });
        if let Ok(handle) = set_timeout(closure.as_ref().unchecked_ref(), delay_ms) {
            self.pending = Some((handle, closure));
        }
    }

    /// Cancels what was scheduled, if it has not run yet.
    pub fn cancel(&mut self) {
        if let Some((handle, _)) = self.pending.take() {
            clear_timeout(&handle);
        }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        self.cancel();
    }
}
