//! One stable sort for every list the widget orders.
//!
//! Each use of the standard library's `sort_by` with another element type or
//! comparison compiles a whole sort into the WebAssembly module again (a few
//! kilobytes each), and the widget orders some twenty kinds of list. These
//! functions sort positions through one comparison object instead, so the
//! module holds the standard sort once.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|position| slots[position].take()),
    );
}

/// Sorts `items` by the key `key` gives, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` gives them.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_a_comparison_and_by_a_key() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "date"];
        sort_by_key(&mut words, |word| word.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "date", "apple"]);
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["pear", "kiwi", "fig", "date", "apple"]);
        let mut empty: Vec<f64> = Vec::new();
        sort_by(&mut empty, f64::total_cmp);
        assert!(empty.is_empty());
    }
}
