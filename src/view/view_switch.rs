//! The buttons that choose between the timeline and the map, either alone,
//! and the text twin.

use yew::prelude::*;

use crate::state::ViewChoice;

/// One pressed button per view; `on_choose` is called with the view chosen.
pub fn view_switch(current: ViewChoice, on_choose: &Callback<ViewChoice>) -> Html {
    html! {
        <div class="dl-switch" role="group" aria-label="View">
            { for ViewChoice::ALL.into_iter().map(|option| {
                let onclick = on_choose.reform(move |_: MouseEvent| option);
                html! {
                    <button type="button" class="dl-switch__option" aria-pressed={(option == current).to_string()} title={option.title()} {onclick}>{ option.label() }</button>
                }
            }) }
        </div>
    }
}
