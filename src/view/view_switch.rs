//! The buttons that choose between the timeline and the map, either alone,
//! and the text twin.

use yew::prelude::*;

use crate::i18n::text;
use crate::state::ViewChoice;

/// One button per view in `offered`, the `current` one pressed; `on_choose`
/// is called with the view chosen. With one view to offer, no switch.
pub fn view_switch(
    current: ViewChoice,
    offered: &[ViewChoice],
    on_choose: &Callback<ViewChoice>,
) -> Html {
    if offered.len() < 2 {
        return Html::default();
    }
    html! {
        <div class="dl-switch" role="group" aria-label={text("switch.label")}>
            { for offered.iter().copied().map(|option| {
                let onclick = on_choose.reform(move |_: MouseEvent| option);
                html! {
                    <button type="button" class="dl-switch__option" aria-pressed={(option == current).to_string()} title={title(option)} {onclick}>{ label(option) }</button>
                }
            }) }
        </div>
    }
}

/// The switch button's label in the widget's language.
fn label(view: ViewChoice) -> &'static str {
    text(match view {
        ViewChoice::Both => "view.both",
        ViewChoice::Timeline => "view.timeline",
        ViewChoice::Map => "view.map",
        ViewChoice::Text => "view.text",
    })
}

/// A longer description, for the button's tooltip.
fn title(view: ViewChoice) -> &'static str {
    text(match view {
        ViewChoice::Both => "view.both.title",
        ViewChoice::Timeline => "view.timeline.title",
        ViewChoice::Map => "view.map.title",
        ViewChoice::Text => "view.text.title",
    })
}
