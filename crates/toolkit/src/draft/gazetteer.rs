//! Word lists the drafter reads names with: the world's states (with the
//! capitals and other names news uses for them), the words that mark an
//! organisation or a group, titles, and the nouns of people's roles. Each is
//! a data file in `words/`, which the build compiles in (see `build.rs`).

/// States: the name used for the actor first, then other names the news
/// uses for the state (short forms, capitals and seats of government).
pub const STATES: &[&[&str]] = include!(concat!(env!("OUT_DIR"), "/states.rs"));

/// Regions and other places that are never drawn as actors by themselves.
pub const REGIONS: &[&str] = include!(concat!(env!("OUT_DIR"), "/regions.rs"));

/// Words in a name that make it an organisation.
pub const ORGANISATION_WORDS: &[&str] =
    include!(concat!(env!("OUT_DIR"), "/organisation_words.rs"));

/// Words in a name that make it a group (movements, armed groups, alliances).
pub const GROUP_WORDS: &[&str] = include!(concat!(env!("OUT_DIR"), "/group_words.rs"));

/// Organisations the news names by their initials, which are not states.
pub const KNOWN_ORGANISATIONS: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/known_organisations.rs"));

/// Titles that stand before a person's name, the last word of a title
/// ("Prime Minister", "Health Minister").
pub const TITLES: &[&str] = include!(concat!(env!("OUT_DIR"), "/titles.rs"));

/// Titles that say nothing about a role ("Dr", "Ms").
pub const HONORIFICS: &[&str] = include!(concat!(env!("OUT_DIR"), "/honorifics.rs"));

/// Words that may stand before a title ("Prime Minister", "Foreign Secretary").
pub const TITLE_MODIFIERS: &[&str] = include!(concat!(env!("OUT_DIR"), "/title_modifiers.rs"));

/// Nouns of people's roles: an appositive holding one describes a person.
pub const ROLE_WORDS: &[&str] = include!(concat!(env!("OUT_DIR"), "/role_words.rs"));

/// Nouns that make an appositive describe an organisation or a group:
/// `(noun, kind)`, where kind is "organisation" or "group".
pub const COLLECTIVE_NOUNS: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/collective_nouns.rs"));

/// The nouns by which an article refers back to an organisation it has
/// named ("the union", "the company"), with the words of the organisation's
/// name that each one matches.
pub const REFERRING_NOUNS: &[(&str, &[&str])] =
    include!(concat!(env!("OUT_DIR"), "/referring_nouns.rs"));

/// Words that start sentences but never names.
pub const SENTENCE_STARTERS: &[&str] = include!(concat!(env!("OUT_DIR"), "/sentence_starters.rs"));

/// Lower-case words allowed inside a name ("Institute for Strategy and Policy").
pub const CONNECTORS: &[&str] = include!(concat!(env!("OUT_DIR"), "/connectors.rs"));

/// Verbs of saying, in the forms news uses around quotes.
pub const SPEECH_VERBS: &[&str] = include!(concat!(env!("OUT_DIR"), "/speech_verbs.rs"));
