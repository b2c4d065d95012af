//! Story steps: the dated events in time order, walked with Previous and Next.

use crate::model::{EventId, Story};

/// The story's steps: its dated events in time order.
pub fn story_steps(story: &Story) -> Vec<EventId> {
    story
        .events_in_time_order()
        .into_iter()
        .map(|event| event.id.clone())
        .collect()
}

/// The step `offset` away from the selected event (the first step when
/// nothing on the path is selected), kept within the steps.
pub fn step_from(steps: &[EventId], selected: Option<&EventId>, offset: isize) -> Option<EventId> {
    let current = selected.and_then(|id| steps.iter().position(|step| step == id));
    let next = match current {
        Some(index) => index
            .saturating_add_signed(offset)
            .min(steps.len().checked_sub(1)?),
        None if offset < 0 => steps.len().checked_sub(1)?,
        None => 0,
    };
    steps.get(next).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::test_story::seed;

    #[test]
    fn story_steps_walk_the_dated_events_in_time_order() {
        let story = seed();
        let steps = story_steps(&story);
        assert_eq!(steps.len(), 6);
        assert_eq!(step_from(&steps, None, 1), Some(steps[0].clone()));
        assert_eq!(step_from(&steps, None, -1), Some(steps[5].clone()));
        assert_eq!(
            step_from(&steps, Some(&steps[2]), 1),
            Some(steps[3].clone())
        );
        assert_eq!(
            step_from(&steps, Some(&steps[5]), 1),
            Some(steps[5].clone()),
            "the last step stays"
        );
        assert_eq!(
            step_from(&steps, Some(&steps[0]), -1),
            Some(steps[0].clone()),
            "the first step stays"
        );
        assert_eq!(step_from(&[], None, 1), None);
    }
}
