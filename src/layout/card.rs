//! Where a floating card goes: beside the element it describes, inside the
//! visible part of the widget, never over the element. Pure Rust: no DOM.

/// A rectangle in CSS px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Rect {
    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    /// Whether the two rectangles share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// Space between the card and the element it describes, in CSS px.
pub const CARD_GAP: f64 = 8.0;

/// The top-left corner for a card of `size` describing `trigger`, inside
/// `area` (all in one coordinate space): below the trigger if it fits there,
/// else above, else beside it, else wherever in `area` covers it least;
/// shifted sideways to stay inside `area`.
pub fn place_card(trigger: Rect, size: (f64, f64), area: Rect) -> (f64, f64) {
    let (width, height) = size;
    // `min` then `max`, never `clamp`: bounds computed from the page can be
    // NaN or out of order, and the card should still land somewhere.
    let clamp_x = |x: f64| x.min(area.right() - width).max(area.x);
    let clamp_y = |y: f64| y.min(area.bottom() - height).max(area.y);
    let centred_x = clamp_x(trigger.x + trigger.width / 2.0 - width / 2.0);
    let middle_y = clamp_y(trigger.y + trigger.height / 2.0 - height / 2.0);
    let candidates = [
        (centred_x, trigger.bottom() + CARD_GAP),
        (centred_x, trigger.y - CARD_GAP - height),
        (trigger.right() + CARD_GAP, middle_y),
        (trigger.x - CARD_GAP - width, middle_y),
    ];
    let fits = |(x, y): (f64, f64)| {
        x >= area.x - 0.5
            && y >= area.y - 0.5
            && x + width <= area.right() + 0.5
            && y + height <= area.bottom() + 0.5
    };
    candidates
        .into_iter()
        .find(|&corner| fits(corner))
        .unwrap_or_else(|| {
            // Nothing fits whole: below or above, whichever side has more room, kept in the area.
            let room_below = area.bottom() - trigger.bottom();
            let room_above = trigger.y - area.y;
            let y = if room_below >= room_above {
                trigger.bottom() + CARD_GAP
            } else {
                trigger.y - CARD_GAP - height
            };
            (centred_x, clamp_y(y))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: Rect = Rect {
        x: 0.0,
        y: 0.0,
        width: 800.0,
        height: 600.0,
    };

    fn card_at(corner: (f64, f64)) -> Rect {
        Rect {
            x: corner.0,
            y: corner.1,
            width: 300.0,
            height: 200.0,
        }
    }

    #[test]
    fn a_card_goes_below_its_trigger_when_there_is_room() {
        let trigger = Rect {
            x: 100.0,
            y: 50.0,
            width: 20.0,
            height: 20.0,
        };
        let corner = place_card(trigger, (300.0, 200.0), AREA);
        assert_eq!(corner.1, 78.0);
        assert!(!card_at(corner).overlaps(&trigger));
    }

    #[test]
    fn a_card_flips_above_near_the_bottom_and_shifts_in_at_the_edges() {
        let trigger = Rect {
            x: 780.0,
            y: 500.0,
            width: 16.0,
            height: 16.0,
        };
        let corner = place_card(trigger, (300.0, 200.0), AREA);
        assert_eq!(corner, (500.0, 292.0));
        assert!(!card_at(corner).overlaps(&trigger));
    }

    #[test]
    fn a_card_never_leaves_the_area_or_covers_its_trigger_where_it_can_fit() {
        for x in (0..800).step_by(37) {
            for y in (0..600).step_by(41) {
                let trigger = Rect {
                    x: f64::from(x),
                    y: f64::from(y),
                    width: 12.0,
                    height: 12.0,
                };
                let card = card_at(place_card(trigger, (300.0, 200.0), AREA));
                assert!(
                    card.x >= 0.0
                        && card.right() <= 800.0
                        && card.y >= 0.0
                        && card.bottom() <= 600.0,
                    "{trigger:?} -> {card:?}"
                );
                assert!(
                    !card.overlaps(&trigger),
                    "{trigger:?} is covered by {card:?}"
                );
            }
        }
    }
}
