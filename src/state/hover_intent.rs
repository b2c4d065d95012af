//! Whether a pointer over an item means to read it: it has slowed down over
//! the item, or stopped. A pointer sweeping across the timeline passes over
//! items fast and shows no card; one that comes to rest shows it at once.
//! Pure: the hook feeds it the pointer's positions and the clock.

/// How long the pointer stays still before it is taken to be at rest, in ms.
/// A moving pointer reports a position at least once a frame (about 16 ms), so
/// three frames without one mean it stopped.
pub const QUIET_MS: i32 = 50;

/// Slower than this (px per ms, 100 px/s) over an item, the reader is reading it.
pub const SLOW_PX_PER_MS: f64 = 0.1;

/// The shortest stretch of time a speed is measured over, in ms: positions
/// closer together in time (coalesced or synthetic events) say nothing about
/// speed.
pub const MIN_SPAN_MS: f64 = 16.0;

/// Where the pointer was, and when (ms on the page's clock, CSS px).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointerSample {
    /// The page's clock, in ms.
    pub time_ms: f64,
    /// Horizontal position, in CSS px.
    pub x: f64,
    /// Vertical position, in CSS px.
    pub y: f64,
}

/// What a pointer's latest move says about the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    /// It has slowed down over the item: show its card.
    Read,
    /// It is moving on, or it is too soon to tell.
    Passing,
}

/// The pointer's pace over one item, from the moment it came onto it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HoverIntent {
    /// The sample the next speed is measured from.
    anchor: PointerSample,
}

impl HoverIntent {
    /// The pointer has come onto an item at `sample`.
    pub fn enter(sample: PointerSample) -> Self {
        Self { anchor: sample }
    }

    /// The pointer moved to `sample` while over the item. Speeds are measured
    /// over at least [`MIN_SPAN_MS`]; a sample with an unusable time or
    /// position starts the measurement again.
    pub fn moved(&mut self, sample: PointerSample) -> Intent {
        let span = sample.time_ms - self.anchor.time_ms;
        let distance = (sample.x - self.anchor.x).hypot(sample.y - self.anchor.y);
        if !span.is_finite() || !distance.is_finite() || span < 0.0 {
            self.anchor = sample;
            return Intent::Passing;
        }
        if span < MIN_SPAN_MS {
            return Intent::Passing;
        }
        self.anchor = sample;
        if distance / span < SLOW_PX_PER_MS {
            Intent::Read
        } else {
            Intent::Passing
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(time_ms: f64, x: f64, y: f64) -> PointerSample {
        PointerSample { time_ms, x, y }
    }

    #[test]
    fn a_sweep_passes_and_a_slow_drift_reads() {
        // A sweep: 600 px/s, one position per frame.
        let mut sweep = HoverIntent::enter(at(0.0, 0.0, 0.0));
        for frame in 1..10 {
            let t = f64::from(frame) * 16.7;
            assert_eq!(sweep.moved(at(t, t * 0.6, 0.0)), Intent::Passing);
        }
        // A hand settling on the item: about a pixel a frame.
        let mut settle = HoverIntent::enter(at(0.0, 0.0, 0.0));
        assert_eq!(settle.moved(at(16.7, 1.0, 1.0)), Intent::Read);
    }

    #[test]
    fn positions_closer_in_time_than_a_frame_say_nothing_until_a_frame_has_passed() {
        let mut intent = HoverIntent::enter(at(100.0, 10.0, 10.0));
        assert_eq!(intent.moved(at(100.0, 10.0, 10.0)), Intent::Passing);
        assert_eq!(intent.moved(at(105.0, 10.0, 10.0)), Intent::Passing);
        // Measured from the first sample: 20 px in 20 ms is fast.
        assert_eq!(intent.moved(at(120.0, 30.0, 10.0)), Intent::Passing);
        // Then from there: 1 px in 30 ms is slow.
        assert_eq!(intent.moved(at(150.0, 31.0, 10.0)), Intent::Read);
    }

    #[test]
    fn unusable_samples_start_again_instead_of_reading() {
        let mut intent = HoverIntent::enter(at(0.0, 0.0, 0.0));
        assert_eq!(intent.moved(at(f64::NAN, 0.0, 0.0)), Intent::Passing);
        assert_eq!(intent.moved(at(50.0, f64::INFINITY, 0.0)), Intent::Passing);
        // A clock that went back.
        let mut intent = HoverIntent::enter(at(100.0, 0.0, 0.0));
        assert_eq!(intent.moved(at(20.0, 0.0, 0.0)), Intent::Passing);
        assert_eq!(intent.moved(at(60.0, 0.0, 0.0)), Intent::Read);
    }
}
