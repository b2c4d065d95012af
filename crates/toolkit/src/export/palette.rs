//! The colours of the export's two themes, read from the widget's own
//! stylesheet.

use std::sync::LazyLock;

use dateline::embed::STYLESHEET;
use dateline_engine::model::{ActorKind, EventKind, Stance};

/// The colours of a theme, read from the widget's own stylesheet: its
/// `--dl-*` custom properties, as the live widget draws with them.
pub(super) struct Palette {
    pub(super) background: String,
    pub(super) text: String,
    pub(super) muted: String,
    pub(super) rule: String,
    pub(super) surface: String,
    pub(super) reported: String,
    pub(super) context: String,
    pub(super) publication: String,
    pub(super) state: String,
    pub(super) organisation: String,
    pub(super) group: String,
    pub(super) person: String,
    pub(super) place: String,
    pub(super) cooperative: String,
    pub(super) hostile: String,
    pub(super) neutral: String,
}

pub(super) static LIGHT: LazyLock<Palette> =
    LazyLock::new(|| Palette::from_stylesheet(&[LIGHT_RULE]));
pub(super) static DARK: LazyLock<Palette> =
    LazyLock::new(|| Palette::from_stylesheet(&[DARK_RULE, LIGHT_RULE]));

/// The stylesheet's rule that sets the light theme's custom properties (the defaults).
pub(super) const LIGHT_RULE: &str = ":host";
/// The stylesheet's rule that sets the dark theme's.
pub(super) const DARK_RULE: &str = ".dl-widget.dl-theme--dark";

impl Palette {
    /// The palette the stylesheet's `rules` set, the first that sets a colour winning.
    fn from_stylesheet(rules: &[&str]) -> Self {
        let colour = |name: &str| {
            rules
                .iter()
                .find_map(|rule| custom_property(STYLESHEET, rule, name))
                .unwrap_or("#808080")
                .to_owned()
        };
        Self {
            background: colour("background"),
            text: colour("text"),
            muted: colour("muted"),
            rule: colour("border"),
            surface: colour("surface"),
            reported: colour("reported"),
            context: colour("context"),
            publication: colour("publication"),
            state: colour("state"),
            organisation: colour("organisation"),
            group: colour("group"),
            person: colour("person"),
            place: colour("place"),
            cooperative: colour("cooperative"),
            hostile: colour("hostile"),
            neutral: colour("neutral"),
        }
    }

    pub(super) fn kind(&self, kind: ActorKind) -> &str {
        match kind {
            ActorKind::Person => &self.person,
            ActorKind::State => &self.state,
            ActorKind::Organisation => &self.organisation,
            ActorKind::Group => &self.group,
            ActorKind::Place => &self.place,
        }
    }

    pub(super) fn stance(&self, stance: Stance) -> &str {
        match stance {
            Stance::Cooperative => &self.cooperative,
            Stance::Hostile => &self.hostile,
            Stance::Neutral => &self.neutral,
        }
    }

    pub(super) fn event(&self, kind: EventKind) -> &str {
        match kind {
            EventKind::Reported => &self.reported,
            EventKind::Context => &self.context,
            EventKind::Publication => &self.publication,
        }
    }
}

/// The value of the custom property `--dl-<name>` in the minified
/// `stylesheet`'s rule for `selector`, if that rule sets it.
pub(super) fn custom_property<'a>(
    stylesheet: &'a str,
    selector: &str,
    name: &str,
) -> Option<&'a str> {
    let start = stylesheet.find(&format!("{selector}{{"))? + selector.len() + 1;
    let body = &stylesheet[start..];
    let body = &body[..body.find('}')?];
    let wanted = format!("--dl-{name}");
    body.split(';').find_map(|declaration| {
        let (property, value) = declaration.split_once(':')?;
        (property.trim() == wanted).then(|| value.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_palettes_are_the_stylesheets_own_colours() {
        for (rules, palette) in [
            (vec![LIGHT_RULE], &*LIGHT),
            (vec![DARK_RULE, LIGHT_RULE], &*DARK),
        ] {
            for (name, colour) in [
                ("background", &palette.background),
                ("text", &palette.text),
                ("border", &palette.rule),
                ("hostile", &palette.hostile),
                ("organisation", &palette.organisation),
            ] {
                let set = rules
                    .iter()
                    .find_map(|rule| custom_property(STYLESHEET, rule, name));
                assert_eq!(set, Some(colour.as_str()), "--dl-{name} in {rules:?}");
            }
            let every = [
                &palette.background,
                &palette.text,
                &palette.muted,
                &palette.rule,
                &palette.surface,
                &palette.reported,
                &palette.context,
                &palette.publication,
                &palette.state,
                &palette.organisation,
                &palette.group,
                &palette.person,
                &palette.place,
                &palette.cooperative,
                &palette.hostile,
                &palette.neutral,
            ];
            assert!(
                every
                    .iter()
                    .all(|colour| colour.starts_with('#') && colour.as_str() != "#808080"),
                "every colour is set by the stylesheet: {every:?}"
            );
        }
        assert_eq!(LIGHT.background, "#ffffff");
        assert_eq!(DARK.background, "#17171b");
    }
}
