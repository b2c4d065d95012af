//! A browser timeout owned by Rust: rescheduled, cancelled, or cancelled when dropped.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A browser timeout that can be rescheduled or cancelled; dropping it cancels it.
#[derive(Default)]
pub struct Timeout {
    pending: Option<(i32, Closure<dyn FnMut()>)>,
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
        let window = web_sys::window().expect("the widget runs in a browser window");
        if let Ok(handle) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            closure.as_ref().unchecked_ref(),
            delay_ms,
        ) {
            self.pending = Some((handle, closure));
        }
    }

    /// Cancels what was scheduled, if it has not run yet.
    pub fn cancel(&mut self) {
        if let Some((handle, _)) = self.pending.take() {
            if let Some(window) = web_sys::window() {
                window.clear_timeout_with_handle(handle);
            }
        }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        self.cancel();
    }
}
