//! Greedy lane packing: each item goes in the first lane where it does not
//! overlap the item before it (TimelineJS3 stacks its rows the same way),
//! and [`Lanes`], which takes an item in the first lane where one of its
//! shapes (a title after or before its mark) fits among everything already
//! there. Pure Rust: no DOM.

/// Assigns each extent `(start, end)` to a lane, in the order given (sort by
/// start first), leaving at least `gap` between neighbours in a lane. Items
/// that fit in none of `max_lanes` lanes get `None`.
pub fn pack_lanes(extents: &[(f64, f64)], gap: f64, max_lanes: usize) -> Vec<Option<usize>> {
    let mut lane_ends: Vec<f64> = Vec::new();
    extents
        .iter()
        .map(|&(start, end)| {
            let free = lane_ends
                .iter()
                .position(|&lane_end| lane_end + gap <= start);
            let lane = match free {
                Some(lane) => lane,
                None if lane_ends.len() < max_lanes => {
                    lane_ends.push(f64::NEG_INFINITY);
                    lane_ends.len() - 1
                }
                None => return None,
            };
            lane_ends[lane] = end;
            Some(lane)
        })
        .collect()
}

/// Lanes of occupied extents `(start, end)` in CSS px, each lane kept sorted
/// and free of overlaps, that take an item where one of its shapes fits.
#[derive(Clone, Debug)]
pub struct Lanes {
    /// Each lane's extents, sorted by start, at least `gap` apart.
    lanes: Vec<Vec<(f64, f64)>>,
    /// Most lanes opened.
    max_lanes: usize,
    /// Least space between two extents in one lane.
    gap: f64,
}

impl Lanes {
    /// No lanes yet; at most `max_lanes` are opened, and extents in one lane
    /// keep `gap` CSS px apart (a gap that is not a number counts as 0).
    pub fn new(max_lanes: usize, gap: f64) -> Self {
        Self {
            lanes: Vec::new(),
            max_lanes,
            gap: if gap.is_nan() { 0.0 } else { gap },
        }
    }

    /// Lanes opened so far.
    pub fn used(&self) -> usize {
        self.lanes.len()
    }

    /// Whether `extent` fits in lane `lane` (an unopened lane is empty).
    pub fn fits(&self, lane: usize, extent: (f64, f64)) -> bool {
        let Some(taken) = self.lanes.get(lane) else {
            return true;
        };
        let (start, end) = extent;
        // Extents in a lane do not overlap, so their ends are sorted too: the
        // first one that reaches within `gap` of `start` is the only one
        // that can come too close, unless it starts `gap` after `end`.
        let next = taken.partition_point(|&(_, taken_end)| taken_end + self.gap <= start);
        taken
            .get(next)
            .is_none_or(|&(taken_start, _)| end + self.gap <= taken_start)
    }

    /// Takes the first lane, from the top, where one of `shapes` fits (the
    /// first that fits there, in the order given), and returns the lane and
    /// the shape's position in `shapes`; `None` when none fits in the lanes
    /// allowed. A shape is the extents it needs in consecutive lanes, from
    /// the lane it takes down (a title on two lines needs room in the lane
    /// below too); a shape with no extents, or with an end that is not a
    /// number, never fits.
    pub fn place(&mut self, shapes: &[Vec<(f64, f64)>]) -> Option<(usize, usize)> {
        let usable = |&(start, end): &(f64, f64)| !start.is_nan() && !end.is_nan() && start <= end;
        let fits_at = |lane: usize, shape: &[(f64, f64)]| {
            !shape.is_empty()
                && lane.saturating_add(shape.len()) <= self.max_lanes
                && shape
                    .iter()
                    .enumerate()
                    .all(|(below, extent)| usable(extent) && self.fits(lane + below, *extent))
        };
        let lanes = self.lanes.len().saturating_add(1).min(self.max_lanes);
        let (lane, shape) = (0..lanes).find_map(|lane| {
            shapes
                .iter()
                .position(|shape| fits_at(lane, shape))
                .map(|shape| (lane, shape))
        })?;
        for (below, &extent) in shapes[shape].iter().enumerate() {
            if self.lanes.len() <= lane + below {
                self.lanes.resize_with(lane + below + 1, Vec::new);
            }
            let taken = &mut self.lanes[lane + below];
            let at = taken.partition_point(|&(start, _)| start < extent.0);
            taken.insert(at, extent);
        }
        Some((lane, shape))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_overlapping_events_share_one_lane() {
        assert_eq!(
            pack_lanes(&[(0.0, 10.0), (20.0, 30.0), (40.0, 50.0)], 4.0, 3),
            [Some(0), Some(0), Some(0)]
        );
    }

    #[test]
    fn overlapping_events_stack_into_new_lanes() {
        let lanes = pack_lanes(
            &[(0.0, 100.0), (10.0, 50.0), (20.0, 30.0), (60.0, 90.0)],
            4.0,
            5,
        );
        assert_eq!(lanes, [Some(0), Some(1), Some(2), Some(1)]);
    }

    #[test]
    fn the_gap_keeps_touching_items_apart() {
        assert_eq!(
            pack_lanes(&[(0.0, 10.0), (12.0, 20.0)], 4.0, 3),
            [Some(0), Some(1)]
        );
    }

    #[test]
    fn items_past_the_last_lane_are_left_for_clustering() {
        assert_eq!(
            pack_lanes(&[(0.0, 10.0), (0.0, 10.0), (0.0, 10.0)], 0.0, 2),
            [Some(0), Some(1), None]
        );
    }

    #[test]
    fn an_item_takes_the_first_lane_where_one_of_its_shapes_fits() {
        let mut lanes = Lanes::new(3, 4.0);
        assert_eq!(lanes.place(&[vec![(0.0, 100.0)]]), Some((0, 0)));
        // After the first item there is no room; before it, there is.
        assert_eq!(
            lanes.place(&[vec![(90.0, 200.0)], vec![(-120.0, -10.0)]]),
            Some((0, 1))
        );
        // Neither shape fits in lane 0, so the first goes in a new lane.
        assert_eq!(
            lanes.place(&[vec![(50.0, 80.0)], vec![(-50.0, 60.0)]]),
            Some((1, 0))
        );
        assert_eq!(lanes.used(), 2);
    }

    #[test]
    fn an_item_fits_between_two_others_in_a_lane() {
        let mut lanes = Lanes::new(1, 4.0);
        lanes.place(&[vec![(0.0, 10.0)]]);
        lanes.place(&[vec![(50.0, 60.0)]]);
        assert_eq!(lanes.place(&[vec![(14.0, 46.0)]]), Some((0, 0)));
        assert_eq!(
            lanes.place(&[vec![(14.0, 47.0)]]),
            None,
            "the gap keeps them apart"
        );
    }

    #[test]
    fn nothing_fits_once_the_lanes_run_out() {
        let mut lanes = Lanes::new(2, 0.0);
        assert_eq!(lanes.place(&[vec![(0.0, 10.0)]]), Some((0, 0)));
        assert_eq!(lanes.place(&[vec![(0.0, 10.0)]]), Some((1, 0)));
        assert_eq!(lanes.place(&[vec![(0.0, 10.0)]]), None);
        assert_eq!(lanes.place(&[vec![(f64::NAN, 10.0)], vec![]]), None);
        assert_eq!(lanes.used(), 2);
    }

    #[test]
    fn a_shape_over_two_lanes_needs_room_in_both() {
        let mut lanes = Lanes::new(3, 0.0);
        assert_eq!(lanes.place(&[vec![(50.0, 60.0)]]), Some((0, 0)));
        assert_eq!(lanes.place(&[vec![(100.0, 110.0)]]), Some((0, 0)));
        assert_eq!(lanes.place(&[vec![(100.0, 110.0)]]), Some((1, 0)));
        // Lane 0 is free from 0 to 50, but lane 1 below it is not free to 120.
        let two_lines = vec![(0.0, 40.0), (0.0, 120.0)];
        assert_eq!(lanes.place(std::slice::from_ref(&two_lines)), Some((1, 0)));
        assert_eq!(lanes.used(), 3);
        assert_eq!(
            lanes.place(&[two_lines]),
            None,
            "a shape may not run past the last lane"
        );
    }
}
