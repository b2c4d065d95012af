//! Greedy lane packing: each item goes in the first lane where it does not
//! overlap the item before it (TimelineJS3 stacks its rows the same way).
//! Pure Rust: no DOM.

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
}
