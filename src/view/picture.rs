//! An item's picture in its card: loaded lazily from its https address or
//! its path, with its caption and credit, and gone without a trace if it
//! fails to load.

use yew::prelude::*;

use crate::dom::target_element;
use crate::model::web_address::picture_address;
use crate::model::Image;

/// An item's picture with its caption and credit, loaded from its https
/// address or from its path read in `folder`; nothing for a path when there
/// is no folder. It exists only inside an open card, so nothing is fetched
/// before; it is loaded lazily, without a referrer. If it fails to load, its
/// figure is hidden (out of the layout and of what screen readers read) and
/// the card stays whole. The figure is keyed by its address, so another
/// picture drawn in its place is a new figure, shown until it fails too.
pub fn view_picture(image: Option<&Image>, folder: Option<&str>) -> Html {
    let Some((image, src)) =
        image.and_then(|image| Some((image, picture_address(&image.url, folder)?)))
    else {
        return Html::default();
    };
    let onerror = Callback::from(|event: web_sys::Event| {
        if let Some(figure) = target_element(&event).and_then(|image| image.parent_element()) {
            let _ = figure.set_attribute("hidden", "");
        }
    });
    let caption = image.caption.clone().filter(|text| !text.trim().is_empty());
    let credit = image.credit.clone().filter(|text| !text.trim().is_empty());
    html! {
        <figure key={src.clone()} class="dl-card__picture">
            <img class="dl-card__image" {src} alt={image.alt.clone()} loading="lazy" decoding="async"
                referrerpolicy="no-referrer" {onerror} />
            if caption.is_some() || credit.is_some() {
                <figcaption class="dl-card__picture-caption">
                    if let Some(caption) = caption {
                        <span class="dl-card__caption">{ caption }</span>{ " " }
                    }
                    if let Some(credit) = credit {
                        <span class="dl-card__credit">{ credit }</span>
                    }
                </figcaption>
            }
        </figure>
    }
}
