//! The buttons that choose between the timeline and the map, either alone,
//! and the text twin.

use yew::prelude::*;

use crate::i18n::text;
use crate::state::ViewChoice;

/// One pressed button per view; `on_choose` is called with the view chosen.
pub fn view_switch(current: ViewChoice, on_choose: &Callback<ViewChoice>) -> Html {
    html! {
        <div class="dl-switch" role="group" aria-label={text("switch.label")}>
            { for ViewChoice::ALL.into_iter().map(|option| {
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
