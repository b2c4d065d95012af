//! The search's list of results as a state machine: whether it is open,
//! which option is active, and what each key pressed in the search box does
//! to them (the ARIA combobox pattern). No DOM: the view only carries out
//! the [`ListOutcome`].

/// What the list shows: whether it is open, and the active option's index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchList {
    /// Whether the list is shown (when there are results).
    pub open: bool,
    /// The active option, if any.
    pub active: Option<usize>,
}

/// A key the search box answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKey {
    /// `ArrowDown`: the next option, from the first.
    Down,
    /// `ArrowUp`: the option before, from the last.
    Up,
    /// `Home`: the first option.
    Home,
    /// `End`: the last option.
    End,
    /// `Enter`: choose the active option, else the first.
    Enter,
    /// `Escape`: close the list, or clear the query when it is closed.
    Escape,
    /// `Tab`: focus leaves, and the list closes.
    Tab,
}

impl ListKey {
    /// The key named `key` (`KeyboardEvent.key`), if the box answers it.
    pub fn named(key: &str) -> Option<Self> {
        Some(match key {
            "ArrowDown" => Self::Down,
            "ArrowUp" => Self::Up,
            "Home" => Self::Home,
            "End" => Self::End,
            "Enter" => Self::Enter,
            "Escape" => Self::Escape,
            "Tab" => Self::Tab,
            _ => return None,
        })
    }
}

/// What a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListOutcome {
    /// The list becomes this (the key is the box's: the browser's default is stopped).
    Show(SearchList),
    /// The option at this index is chosen, and the list closes.
    Choose(usize),
    /// The list closes; the key goes no further (Escape).
    Close,
    /// The list closes and the query is cleared; the key goes no further.
    Clear,
    /// The list closes and the key does what it does anyway (Tab).
    Leave,
    /// The key is not the box's.
    Ignore,
}

impl SearchList {
    /// The list open, with no option active (the reader typed or clicked).
    pub const OPENED: Self = Self {
        open: true,
        active: None,
    };

    /// What `key` does to this list of `count` results, with or without a query typed.
    pub fn key(self, key: ListKey, count: usize, has_query: bool) -> ListOutcome {
        let shown = self.open && count > 0;
        let last = count.saturating_sub(1);
        let active = self.active.filter(|_| shown);
        let show = |index| {
            ListOutcome::Show(Self {
                open: true,
                active: Some(index),
            })
        };
        match key {
            ListKey::Down if count > 0 => show(match active {
                Some(index) if index < last => index + 1,
                _ => 0,
            }),
            ListKey::Up if count > 0 => show(match active {
                Some(index) if index > 0 => index - 1,
                _ => last,
            }),
            ListKey::Home if active.is_some() => show(0),
            ListKey::End if active.is_some() => show(last),
            ListKey::Enter if shown => ListOutcome::Choose(active.unwrap_or(0)),
            ListKey::Escape if shown => ListOutcome::Close,
            ListKey::Escape if has_query => ListOutcome::Clear,
            ListKey::Tab => ListOutcome::Leave,
            _ => ListOutcome::Ignore,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ListKey::{Down, End, Enter, Escape, Home, Tab, Up};
    use super::{ListOutcome, SearchList};

    fn at(active: Option<usize>) -> SearchList {
        SearchList { open: true, active }
    }

    #[test]
    fn the_arrows_walk_the_options_and_wrap_around() {
        assert_eq!(at(None).key(Down, 3, true), ListOutcome::Show(at(Some(0))));
        assert_eq!(
            at(Some(0)).key(Down, 3, true),
            ListOutcome::Show(at(Some(1)))
        );
        assert_eq!(
            at(Some(2)).key(Down, 3, true),
            ListOutcome::Show(at(Some(0)))
        );
        assert_eq!(at(None).key(Up, 3, true), ListOutcome::Show(at(Some(2))));
        assert_eq!(at(Some(0)).key(Up, 3, true), ListOutcome::Show(at(Some(2))));
        assert_eq!(at(Some(2)).key(Up, 3, true), ListOutcome::Show(at(Some(1))));
        let closed = SearchList::default();
        assert_eq!(
            closed.key(Down, 3, true),
            ListOutcome::Show(at(Some(0))),
            "a closed list opens"
        );
        assert_eq!(
            at(None).key(Down, 0, true),
            ListOutcome::Ignore,
            "nothing to walk"
        );
    }

    #[test]
    fn home_and_end_move_only_an_active_option() {
        assert_eq!(
            at(Some(1)).key(Home, 3, true),
            ListOutcome::Show(at(Some(0)))
        );
        assert_eq!(
            at(Some(1)).key(End, 3, true),
            ListOutcome::Show(at(Some(2)))
        );
        assert_eq!(
            at(None).key(Home, 3, true),
            ListOutcome::Ignore,
            "the caret moves instead"
        );
        assert_eq!(at(None).key(End, 3, true), ListOutcome::Ignore);
    }

    #[test]
    fn enter_chooses_the_active_option_or_the_first() {
        assert_eq!(at(Some(2)).key(Enter, 3, true), ListOutcome::Choose(2));
        assert_eq!(at(None).key(Enter, 3, true), ListOutcome::Choose(0));
        assert_eq!(
            SearchList::default().key(Enter, 3, true),
            ListOutcome::Ignore
        );
        assert_eq!(at(None).key(Enter, 0, true), ListOutcome::Ignore);
    }

    #[test]
    fn escape_closes_the_list_then_clears_the_query() {
        assert_eq!(at(Some(1)).key(Escape, 3, true), ListOutcome::Close);
        assert_eq!(
            SearchList::default().key(Escape, 3, true),
            ListOutcome::Clear
        );
        assert_eq!(
            SearchList::default().key(Escape, 0, false),
            ListOutcome::Ignore
        );
        assert_eq!(at(Some(1)).key(Tab, 3, true), ListOutcome::Leave);
    }
}
