//! An item's picture in its card: loaded lazily from its https address or
//! its path, with its caption and credit, and gone without a trace if it
//! fails to load.

use yew::prelude::*;

use crate::model::web_address::picture_address;
use crate::model::Image;

/// An item's picture, loaded from its https address or from its path read
/// in `folder`; nothing for a path when there is no folder.
pub fn view_picture(image: Option<&Image>, folder: Option<&str>) -> Html {
    let Some((image, src)) =
        image.and_then(|image| Some((image, picture_address(&image.url, folder)?)))
    else {
        return Html::default();
    };
    html! { <Picture image={image.clone()} src={src} /> }
}

/// Properties of [`Picture`].
#[derive(Properties, PartialEq)]
pub struct PictureProps {
    /// The picture, its alt text, credit and caption.
    pub image: Image,
    /// The address it is loaded from: its `url`, or its path read in the
    /// story file's folder (or the host's pictures folder).
    pub src: AttrValue,
}

/// An item's picture with its caption and credit. It exists only inside an
/// open card, so nothing is fetched before; it is loaded lazily, without a
/// referrer; if it fails to load, it is removed and the card stays whole.
#[component]
pub fn Picture(props: &PictureProps) -> Html {
    let broken = use_state_eq(|| false);
    if *broken {
        return Html::default();
    }
    let onerror = {
        let broken = broken.clone();
        Callback::from(move |_: web_sys::Event| broken.set(true))
    };
    let image = &props.image;
    let caption = image.caption.clone().filter(|text| !text.trim().is_empty());
    let credit = image.credit.clone().filter(|text| !text.trim().is_empty());
    html! {
        <figure class="dl-card__picture">
            <img class="dl-card__image" src={props.src.clone()} alt={image.alt.clone()} loading="lazy" decoding="async"
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
