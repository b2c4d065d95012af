//! The visible window of a time axis: zoom and pan within bounds.
//! Pure Rust: no DOM.
//!
//! The window is counted in axis days: days, except that a story's axis
//! breaks ([`super::TimeWarp`]) take only a short stretch of the axis. Pan
//! and zoom are linear in axis days, so they work the same across a break;
//! [`super::TimeScale`] turns axis days into CSS px and back.

/// Shortest span the axis zooms in to, in days.
pub const MIN_SPAN_DAYS: f64 = 2.0;

/// Furthest the axis reaches from 1970-01-01 either way, in days: about 2.7
/// million years, far beyond any date a story can give, and small enough
/// that a day is still a distinct step (a day number near it has an ulp of
/// about 1e-7).
pub const DAY_LIMIT: f64 = 1e9;

/// Which axis days of the story are on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Everything there is to see, in axis days: the story's events with a margin.
    pub full: (f64, f64),
    /// What is on screen now, in axis days; always inside `full`.
    pub visible: (f64, f64),
}

impl Viewport {
    /// Shows all of `full`, widened to at least [`MIN_SPAN_DAYS`] and kept
    /// within [`DAY_LIMIT`] of day 0; an end that is NaN takes the other
    /// end's value (day 0 if both are NaN).
    pub fn fit(full: (f64, f64)) -> Self {
        let (start, end) = match (full.0.is_nan(), full.1.is_nan()) {
            (false, false) => full,
            (false, true) => (full.0, full.0),
            (true, false) => (full.1, full.1),
            (true, true) => (0.0, 0.0),
        };
        let within = |day: f64| day.clamp(-DAY_LIMIT, DAY_LIMIT);
        let (start, end) = (within(start), within(end));
        let full = if end - start >= MIN_SPAN_DAYS {
            (start, end)
        } else {
            let middle = (start + end) / 2.0;
            (middle - MIN_SPAN_DAYS / 2.0, middle + MIN_SPAN_DAYS / 2.0)
        };
        Self {
            full,
            visible: full,
        }
    }

    /// The viewport for items spanning `first..last` days, with a margin of
    /// 4% of the span (and at least a fortnight) on each side.
    pub fn around(first: f64, last: f64) -> Self {
        let margin = ((last - first) * 0.04).max(14.0);
        Self::fit((first - margin, last + margin))
    }

    /// Days on screen.
    pub fn span(&self) -> f64 {
        self.visible.1 - self.visible.0
    }

    /// Whether everything is on screen.
    pub fn is_fit(&self) -> bool {
        self.visible == self.full
    }

    /// Whether the axis can zoom in further.
    pub fn can_zoom_in(&self) -> bool {
        self.span() > MIN_SPAN_DAYS + 1e-9
    }

    /// Zooms by `factor` (above 1 zooms in) keeping the day at `anchor`
    /// (a fraction of the visible width, taken into `0.0..=1.0`; NaN is the
    /// middle) where it is. A factor that is NaN, zero or negative changes nothing.
    pub fn zoom(&self, factor: f64, anchor: f64) -> Self {
        if factor.is_nan() || factor <= 0.0 {
            return *self;
        }
        let full_span = self.full.1 - self.full.0;
        let span = (self.span() / factor)
            .max(MIN_SPAN_DAYS.min(full_span))
            .min(full_span);
        let anchor = if anchor.is_nan() {
            0.5
        } else {
            anchor.clamp(0.0, 1.0)
        };
        let anchor_day = self.visible.0 + self.span() * anchor;
        self.place(anchor_day - span * anchor, span)
    }

    /// Moves the window by `days` (positive moves later), stopping at the
    /// ends. NaN changes nothing.
    pub fn pan(&self, days: f64) -> Self {
        if days.is_nan() {
            return *self;
        }
        self.place(self.visible.0 + days, self.span())
    }

    /// The least pan that brings `start..end` on screen, with a margin of a
    /// tenth of the window; zooms out if it cannot fit. NaN changes nothing.
    pub fn reveal(&self, start: f64, end: f64) -> Self {
        if start.is_nan() || end.is_nan() {
            return *self;
        }
        let (start, end) = (start.min(end), start.max(end));
        let margin = self.span() * 0.1;
        if end - start > self.span() - 2.0 * margin {
            let span = ((end - start) / 0.8).max(self.span());
            return self.place((start + end) / 2.0 - span / 2.0, span);
        }
        if start < self.visible.0 + margin {
            self.place(start - margin, self.span())
        } else if end > self.visible.1 - margin {
            self.place(end + margin - self.span(), self.span())
        } else {
            *self
        }
    }

    /// A window of `span` days from `start`, kept inside `full`: all of it
    /// when `span` covers it. The bounds on `start` are ordered by
    /// construction, not by arithmetic: `full.1 - (full.1 - full.0)` can round
    /// below `full.0`, which made `f64::clamp` panic on stories whose events
    /// are decades apart.
    fn place(&self, start: f64, span: f64) -> Self {
        let (first, last) = self.full;
        let full_span = last - first;
        if span.is_nan() || span >= full_span {
            return Self {
                full: self.full,
                visible: self.full,
            };
        }
        let span = span.max(MIN_SPAN_DAYS.min(full_span));
        let latest = (last - span).max(first);
        let start = if start.is_nan() {
            first
        } else {
            start.max(first).min(latest)
        };
        Self {
            full: self.full,
            visible: (start, (start + span).min(last)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn zoom_keeps_the_anchor_day_in_place() {
        let view = Viewport::fit((0.0, 1000.0)).zoom(4.0, 0.25);
        assert!(close(view.span(), 250.0));
        assert!(close(view.visible.0 + view.span() * 0.25, 250.0));
    }

    #[test]
    fn zoom_is_bounded_both_ways() {
        let mut view = Viewport::fit((0.0, 1000.0));
        for _ in 0..100 {
            view = view.zoom(2.0, 0.5);
        }
        assert!(close(view.span(), MIN_SPAN_DAYS));
        assert!(!view.can_zoom_in());
        for _ in 0..100 {
            view = view.zoom(0.5, 0.5);
        }
        assert!(view.is_fit());
    }

    #[test]
    fn pan_stops_at_the_ends() {
        let view = Viewport::fit((0.0, 1000.0)).zoom(10.0, 0.5);
        assert!(close(view.pan(-5000.0).visible.0, 0.0));
        assert!(close(view.pan(5000.0).visible.1, 1000.0));
        assert!(close(view.pan(10.0).visible.0, view.visible.0 + 10.0));
    }

    #[test]
    fn reveal_brings_an_item_on_screen() {
        let view = Viewport::fit((0.0, 1000.0)).zoom(10.0, 0.0);
        let moved = view.reveal(600.0, 601.0);
        assert!(moved.visible.0 < 600.0 && moved.visible.1 > 601.0);
        assert!(close(moved.span(), view.span()));
        assert_eq!(
            moved.reveal(600.0, 601.0),
            moved,
            "an item on screen does not move the window"
        );
    }

    #[test]
    fn a_single_day_story_still_has_a_window() {
        let view = Viewport::around(100.0, 101.0);
        assert!(view.span() >= 28.0);
    }
}
