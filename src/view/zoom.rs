//! The zoom buttons the timeline and the actor map share: in, out and fit.

use yew::prelude::*;

use crate::i18n::text;

/// What each of a view's zoom buttons does, whether it can, and the words
/// for it that differ between the views.
pub struct ZoomButtons {
    /// Zooms in.
    pub zoom_in: Callback<MouseEvent>,
    /// Zooms out.
    pub zoom_out: Callback<MouseEvent>,
    /// Shows the whole view again.
    pub fit: Callback<MouseEvent>,
    /// False at the closest zoom.
    pub can_zoom_in: bool,
    /// True when the whole view is shown, so there is nothing to zoom out to.
    pub is_fit: bool,
    /// The catalogue keys of the names screen readers say for the three
    /// buttons, and of the fit button's tooltip.
    pub keys: ZoomKeys,
}

/// The catalogue keys of a view's zoom buttons' names and fit tooltip.
pub struct ZoomKeys {
    /// The zoom in button's name.
    pub zoom_in: &'static str,
    /// The zoom out button's name.
    pub zoom_out: &'static str,
    /// The fit button's name.
    pub fit: &'static str,
    /// The fit button's tooltip.
    pub fit_title: &'static str,
}

/// The three buttons, in the order they are drawn.
pub fn view_zoom_buttons(buttons: ZoomButtons) -> Html {
    let ZoomButtons {
        zoom_in,
        zoom_out,
        fit,
        can_zoom_in,
        is_fit,
        keys,
    } = buttons;
    html! {
        <>
            { view_button("+", zoom_in, !can_zoom_in, keys.zoom_in, "zoom.in_title") }
            { view_button("−", zoom_out, is_fit, keys.zoom_out, "zoom.out_title") }
            { view_button(text("zoom.fit"), fit, is_fit, keys.fit, keys.fit_title) }
        </>
    }
}

/// One button: what it shows, what it does, and the keys of its name and tooltip.
fn view_button(
    shown: &'static str,
    onclick: Callback<MouseEvent>,
    disabled: bool,
    name: &'static str,
    title: &'static str,
) -> Html {
    html! {
        <button type="button" class="dl-button" {onclick} {disabled} aria-label={text(name)} title={text(title)}>{ shown }</button>
    }
}
