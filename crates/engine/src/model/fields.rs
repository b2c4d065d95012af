//! The field names serde derives for a story type, read once at run time,
//! so misspelt keys in a story file can be reported as warnings without a
//! second list of names to keep in step. Pure Rust: no DOM.

use std::fmt;

use serde::de::{self, DeserializeOwned, Visitor};
use serde_json::{Map, Value};

use super::story::{Actor, Event, Meta, Publication, Quote, Relation, SourceRef, Update};

/// A story type whose `source` key holds an object of type `Source`.
pub trait Sourced: DeserializeOwned {
    /// The type of the nested `source` object.
    type Source: DeserializeOwned;
}

impl Sourced for Meta {
    type Source = Publication;
}

impl Sourced for Actor {
    type Source = SourceRef;
}

impl Sourced for Event {
    type Source = SourceRef;
}

impl Sourced for Relation {
    type Source = SourceRef;
}

impl Sourced for Quote {
    type Source = SourceRef;
}

/// Updates have no `source`: any keys under one are reported as unknown.
impl Sourced for Update {
    type Source = serde::de::IgnoredAny;
}

/// The field names `T`'s derived `Deserialize` asks for.
pub fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names = None;
    let _ = T::deserialize(Introspect(&mut names));
    names.unwrap_or(&[])
}

/// The keys of `object` (and of its nested `source` object) that `T` does
/// not read, as paths relative to the object: `titel`, `source.page`.
pub fn unknown_keys<T: Sourced>(object: &Map<String, Value>) -> Vec<String> {
    let known = field_names::<T>();
    let mut unknown: Vec<String> = object
        .keys()
        .filter(|key| !known.contains(&key.as_str()))
        .cloned()
        .collect();
    if let Some(Value::Object(source)) = object.get("source") {
        let nested = field_names::<T::Source>();
        unknown.extend(
            source
                .keys()
                .filter(|key| !nested.contains(&key.as_str()))
                .map(|key| format!("source.{key}")),
        );
    }
    unknown
}

/// A deserializer that records the field list of the struct asked of it and
/// then refuses, so nothing is built.
struct Introspect<'a>(&'a mut Option<&'static [&'static str]>);

#[derive(Debug)]
struct Refused;

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("introspection only")
    }
}

impl std::error::Error for Refused {}

impl de::Error for Refused {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Refused
    }
}

impl<'de> de::Deserializer<'de> for Introspect<'_> {
    type Error = Refused;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Refused> {
        Err(Refused)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Refused> {
        *self.0 = Some(fields);
        Err(Refused)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_come_from_the_derived_deserializer() {
        let names = field_names::<Event>();
        for name in [
            "id", "date", "end", "title", "summary", "actors", "quotes", "kind", "source",
        ] {
            assert!(names.contains(&name), "{name} missing from {names:?}");
        }
    }

    #[test]
    fn misspelt_keys_are_found_at_both_levels() {
        let event = serde_json::json!({"id": "e", "titel": "x", "source": {"paragraph": 1, "excerpt": "x", "page": 2}});
        assert_eq!(
            unknown_keys::<Event>(event.as_object().unwrap()),
            ["titel", "source.page"]
        );
        let meta = serde_json::json!({"title": "t", "published": "2022", "source": {"name": "n", "link": "x"}});
        assert_eq!(
            unknown_keys::<Meta>(meta.as_object().unwrap()),
            ["source.link"]
        );
    }
}
