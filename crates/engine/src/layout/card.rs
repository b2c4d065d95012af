//! Where a floating card goes: beside the element it describes, inside the
//! visible part of the widget, never over the element. Pure Rust: no DOM.

use crate::measures::CARD_GAP_PX;

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

/// What surrounds a card's item, all in one coordinate space.
#[derive(Clone, Copy, Debug)]
pub struct Surroundings<'a> {
    /// Where the card may go at all: the widget.
    pub bounds: Rect,
    /// The part of `bounds` the reader can see now.
    pub visible: Rect,
    /// Controls the card must leave clear (the view switch, the story steps).
    pub controls: &'a [Rect],
    /// The other items of the item's view, which the reader may point at next.
    pub neighbours: &'a [Rect],
}

/// Which way from its item a card goes, in order of preference.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    Below,
    Right,
    Left,
    Above,
}

/// The top-left corner for a card of `size` describing `trigger` (the item's
/// whole drawing: mark and title). The card stays inside `bounds` when it fits
/// there and never covers the trigger when any place avoids it. Among such
/// places it prefers, in turn: clear of the controls; two thirds on screen; clear
/// of the neighbouring items; more of it on screen; below, then beside, then
/// above the trigger; nearer the trigger.
pub fn place_card(trigger: Rect, size: (f64, f64), around: &Surroundings) -> (f64, f64) {
    let (width, height) = size;
    let (bounds, visible) = (around.bounds, around.visible);
    // `min` then `max`, never `clamp`: bounds computed from the page can be
    // NaN or out of order, and the card should still land somewhere.
    let keep_x = |x: f64| x.min(bounds.right() - width).max(bounds.x);
    let keep_y = |y: f64| y.min(bounds.bottom() - height).max(bounds.y);
    let centred_x = trigger.x + trigger.width / 2.0 - width / 2.0;
    let middle_y = (trigger.y + trigger.height / 2.0 - height / 2.0)
        .min(visible.bottom() - height)
        .max(visible.y);
    let obstacles = || around.controls.iter().chain(around.neighbours);
    let below = trigger.bottom() + CARD_GAP_PX;
    let above = trigger.y - CARD_GAP_PX - height;
    // Below and above, right by the trigger or pushed past whatever is in the way.
    let mut candidates = vec![
        (Side::Below, centred_x, below, below),
        (
            Side::Right,
            trigger.right() + CARD_GAP_PX,
            middle_y,
            middle_y,
        ),
        (
            Side::Left,
            trigger.x - CARD_GAP_PX - width,
            middle_y,
            middle_y,
        ),
        (Side::Above, centred_x, above, above),
    ];
    for obstacle in obstacles() {
        if obstacle.bottom() > trigger.bottom() {
            candidates.push((
                Side::Below,
                centred_x,
                obstacle.bottom() + CARD_GAP_PX,
                below,
            ));
        }
        if obstacle.y < trigger.y {
            candidates.push((
                Side::Above,
                centred_x,
                obstacle.y - CARD_GAP_PX - height,
                above,
            ));
        }
    }
    let covered = |card: &Rect, others: &mut dyn Iterator<Item = &Rect>| -> f64 {
        others.map(|other| overlap_area(card, other)).sum()
    };
    let ranked = candidates.into_iter().map(|(side, x, y, natural_y)| {
        let card = Rect {
            x: keep_x(x),
            y: keep_y(y),
            width,
            height,
        };
        let area = width * height;
        let hidden = area - overlap_area(&card, &visible);
        let rank = [
            overlap_area(&card, &trigger),
            covered(&card, &mut around.controls.iter()),
            // At least two thirds on screen: the reader sees its heading and a good part of it.
            f64::from(u8::from(hidden > area / 3.0)),
            covered(&card, &mut around.neighbours.iter()),
            hidden,
            f64::from(side as u8),
            (card.y - natural_y).abs() + (card.x - x).abs(),
        ];
        (rank, (card.x, card.y))
    });
    ranked
        .min_by(|(a, _), (b, _)| {
            a.iter()
                .zip(b)
                .map(|(a, b)| a.total_cmp(b))
                .find(|order| order.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .map_or((bounds.x, bounds.y), |(_, corner)| corner)
}

/// The area two rectangles share, in square CSS px (0 when they share none).
fn overlap_area(a: &Rect, b: &Rect) -> f64 {
    let width = a.right().min(b.right()) - a.x.max(b.x);
    let height = a.bottom().min(b.bottom()) - a.y.max(b.y);
    // Compared, not `max`ed, so that NaN counts as no overlap rather than leaking through.
    if width > 0.0 && height > 0.0 {
        width * height
    } else {
        0.0
    }
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

    const OPEN: Surroundings<'static> = Surroundings {
        bounds: AREA,
        visible: AREA,
        controls: &[],
        neighbours: &[],
    };

    fn rect(x: f64, y: f64, width: f64, height: f64) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    fn card_at(corner: (f64, f64)) -> Rect {
        rect(corner.0, corner.1, 300.0, 200.0)
    }

    #[test]
    fn a_card_goes_below_its_trigger_when_there_is_room() {
        let trigger = rect(100.0, 50.0, 20.0, 20.0);
        let corner = place_card(trigger, (300.0, 200.0), &OPEN);
        assert_eq!(corner, (0.0, 78.0));
        assert!(!card_at(corner).overlaps(&trigger));
    }

    #[test]
    fn a_card_goes_beside_near_the_bottom_and_shifts_in_at_the_edges() {
        let trigger = rect(780.0, 500.0, 16.0, 16.0);
        let corner = place_card(trigger, (300.0, 200.0), &OPEN);
        assert_eq!(corner, (472.0, 400.0));
        assert!(!card_at(corner).overlaps(&trigger));
    }

    #[test]
    fn a_wide_title_near_the_middle_keeps_its_card_off_the_whole_title() {
        // The seed story at 1280 px: a 575 px title, a 460 px card, 831 px on screen.
        let title = rect(191.0, 422.0, 576.0, 24.0);
        let visible = rect(0.0, 0.0, 832.0, 831.0);
        let around = Surroundings {
            bounds: rect(0.0, 0.0, 832.0, 1261.0),
            visible,
            controls: &[
                rect(17.0, 154.0, 798.0, 38.0),
                rect(17.0, 204.0, 798.0, 36.0),
            ],
            neighbours: &[],
        };
        let (x, y) = place_card(title, (352.0, 460.0), &around);
        let card = rect(x, y, 352.0, 460.0);
        assert!(!card.overlaps(&title), "{card:?}");
        assert!(around
            .controls
            .iter()
            .all(|control| !card.overlaps(control)));
        assert!(x >= 0.0 && card.right() <= 832.0 && card.bottom() <= 1261.0);
        assert_eq!(y, 454.0, "below the title, though it runs off the screen");
    }

    #[test]
    fn a_card_steps_past_the_neighbours_rather_than_over_them_or_the_controls() {
        let controls = [
            rect(17.0, 154.0, 798.0, 38.0),
            rect(17.0, 204.0, 798.0, 36.0),
        ];
        let neighbours = [
            rect(65.0, 366.0, 353.0, 24.0),
            rect(375.0, 450.0, 372.0, 24.0),
            rect(191.0, 422.0, 576.0, 24.0),
            rect(305.0, 478.0, 466.0, 24.0),
        ];
        let trigger = rect(333.0, 394.0, 387.0, 24.0);
        let around = Surroundings {
            bounds: rect(0.0, 0.0, 832.0, 1261.0),
            visible: rect(0.0, 0.0, 832.0, 831.0),
            controls: &controls,
            neighbours: &neighbours,
        };
        let (x, y) = place_card(trigger, (352.0, 350.0), &around);
        let card = rect(x, y, 352.0, 350.0);
        assert_eq!(y, 510.0, "just past the last row");
        assert!(!card.overlaps(&trigger));
        assert!(controls
            .iter()
            .chain(&neighbours)
            .all(|other| !card.overlaps(other)));
    }

    #[test]
    fn a_card_leaves_the_controls_clear_even_when_that_means_covering_a_neighbour() {
        let controls = [rect(0.0, 0.0, 800.0, 40.0)];
        let neighbours = [rect(0.0, 200.0, 800.0, 400.0)];
        let trigger = rect(390.0, 250.0, 20.0, 20.0);
        let around = Surroundings {
            controls: &controls,
            neighbours: &neighbours,
            ..OPEN
        };
        let card = card_at(place_card(trigger, (300.0, 200.0), &around));
        assert!(
            !card.overlaps(&controls[0]) && !card.overlaps(&trigger),
            "{card:?}"
        );
    }

    #[test]
    fn a_card_never_leaves_the_area_or_covers_its_trigger_where_it_can_fit() {
        for x in (0..800).step_by(37) {
            for y in (0..600).step_by(41) {
                let trigger = rect(f64::from(x), f64::from(y), 12.0, 12.0);
                let card = card_at(place_card(trigger, (300.0, 200.0), &OPEN));
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

    /// Properties over random measurements; proptest does not build for wasm32.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn any_f64() -> impl Strategy<Value = f64> {
            prop_oneof![
                4 => -2000.0..2000.0f64,
                1 => Just(f64::NAN),
                1 => Just(f64::INFINITY),
                1 => Just(f64::NEG_INFINITY),
            ]
        }

        fn any_rect() -> impl Strategy<Value = Rect> {
            (any_f64(), any_f64(), any_f64(), any_f64()).prop_map(|(x, y, w, h)| rect(x, y, w, h))
        }

        fn measured_rect() -> impl Strategy<Value = Rect> {
            (0.0..1200.0f64, 0.0..1500.0f64, 0.0..700.0f64, 0.0..60.0f64)
                .prop_map(|(x, y, w, h)| rect(x, y, w, h))
        }

        proptest! {
            #[test]
            fn any_measurement_places_a_card_without_panicking(
                trigger in any_rect(),
                size in (any_f64(), any_f64()),
                bounds in any_rect(),
                visible in any_rect(),
                controls in prop::collection::vec(any_rect(), 0..4),
                neighbours in prop::collection::vec(any_rect(), 0..8),
            ) {
                let around = Surroundings { bounds, visible, controls: &controls, neighbours: &neighbours };
                let _ = place_card(trigger, size, &around);
            }

            #[test]
            fn a_card_that_fits_the_widget_stays_inside_it(
                trigger in measured_rect(),
                size in (0.0..900.0f64, 0.0..700.0f64),
                widget in (200.0..1200.0f64, 200.0..1600.0f64),
                scroll in (-800.0..800.0f64, 100.0..1000.0f64),
                controls in prop::collection::vec(measured_rect(), 0..3),
                neighbours in prop::collection::vec(measured_rect(), 0..10),
            ) {
                let bounds = rect(0.0, 0.0, widget.0, widget.1);
                let top = scroll.0.max(0.0);
                let visible = rect(0.0, top, widget.0, (scroll.0 + scroll.1).min(widget.1) - top);
                let around = Surroundings { bounds, visible, controls: &controls, neighbours: &neighbours };
                let (x, y) = place_card(trigger, size, &around);
                prop_assume!(size.0 <= widget.0 && size.1 <= widget.1);
                prop_assert!(x >= 0.0 && x + size.0 <= widget.0 + 1e-9, "x {x}");
                prop_assert!(y >= 0.0 && y + size.1 <= widget.1 + 1e-9, "y {y}");
            }
        }
    }
}
