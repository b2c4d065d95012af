//! Dates and numbers written by the browser's `Intl`, in the reader's
//! language: month names, day-month order, calendar and digits as the
//! locale writes them. Formatters are made once per widget, on first use.

use std::cell::{OnceCell, RefCell};

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::{AxisLabel, PlatformFormats};
use crate::model::date::days_from_civil;
use crate::model::Precision;

/// Milliseconds in a day.
const DAY_MS: f64 = 86_400_000.0;
/// The furthest day from 1970-01-01 a JavaScript `Date` holds.
const LAST_JS_DAY: i64 = 100_000_000;

/// The formatters of one language tag.
pub struct Formats {
    tag: String,
    day: OnceCell<Intl::DateTimeFormat>,
    month: OnceCell<Intl::DateTimeFormat>,
    year: OnceCell<Intl::DateTimeFormat>,
    number: OnceCell<Intl::NumberFormat>,
    /// Axis formats by which of day, month and year they show (bits 4, 2, 1).
    axis: RefCell<Vec<(u8, Intl::DateTimeFormat)>>,
}

impl Formats {
    /// Formatters for `tag`, or for its language alone when `Intl` does not
    /// take the tag (its constructors throw on one they reject, which would
    /// stop the widget mid-render).
    pub fn new(tag: &str) -> Self {
        let tag = if intl_accepts(tag) {
            tag
        } else {
            tag.split('-').next().unwrap_or("en")
        };
        Self {
            tag: tag.to_owned(),
            day: OnceCell::new(),
            month: OnceCell::new(),
            year: OnceCell::new(),
            number: OnceCell::new(),
            axis: RefCell::default(),
        }
    }

    /// A date format showing `fields`, for days counted in UTC.
    fn utc_date_format(&self, fields: &[(&str, &str)]) -> Intl::DateTimeFormat {
        let options = options(fields);
        let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
        Intl::DateTimeFormat::new(&self.locales(), &options)
    }

    fn locales(&self) -> Array {
        Array::of1(&JsValue::from_str(&self.tag))
    }
}

impl PlatformFormats for Formats {
    /// The day `first_day` (days since 1970-01-01) at `precision`, in UTC.
    fn date(&self, precision: Precision, first_day: i64) -> Option<String> {
        if first_day.abs() > LAST_JS_DAY {
            return None;
        }
        let (cell, fields): (_, &[(&str, &str)]) = match precision {
            Precision::Day => (
                &self.day,
                &[("day", "numeric"), ("month", "long"), ("year", "numeric")],
            ),
            Precision::Month => (&self.month, &[("month", "long"), ("year", "numeric")]),
            Precision::Year => (&self.year, &[("year", "numeric")]),
        };
        write_day(cell.get_or_init(|| self.utc_date_format(fields)), first_day)
    }

    /// An axis label with the locale's short month names; a label without a
    /// year is written for a day of 2000, so its month and day are right.
    fn axis(&self, label: AxisLabel) -> Option<String> {
        let mask = u8::from(label.day.is_some()) << 2
            | u8::from(label.month.is_some()) << 1
            | u8::from(label.year.is_some());
        let mut fields: Vec<(&str, &str)> = Vec::new();
        if label.day.is_some() {
            fields.push(("day", "numeric"));
        }
        if label.month.is_some() {
            fields.push(("month", "short"));
        }
        if label.year.is_some() {
            fields.push(("year", "numeric"));
        }
        let first_day = days_from_civil(
            label.year.unwrap_or(2000),
            label.month.unwrap_or(1),
            label.day.unwrap_or(1),
        );
        if first_day.abs() > LAST_JS_DAY {
            return None;
        }
        let known = self
            .axis
            .borrow()
            .iter()
            .find(|(shown, _)| *shown == mask)
            .cloned();
        let format = match known {
            Some((_, format)) => format,
            None => {
                let format = self.utc_date_format(&fields);
                self.axis.borrow_mut().push((mask, format.clone()));
                format
            }
        };
        write_day(&format, first_day)
    }

    /// A whole number with the locale's digits and grouping.
    fn number(&self, n: usize) -> Option<String> {
        let format = self
            .number
            .get_or_init(|| Intl::NumberFormat::new(&self.locales(), &Object::new()));
        format
            .format()
            .call1(&JsValue::UNDEFINED, &JsValue::from_f64(n as f64))
            .ok()?
            .as_string()
    }
}

/// An options object with each `(name, value)` set.
fn options(fields: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&options, &(*name).into(), &(*value).into());
    }
    options
}

/// The day `first_day` (days since 1970-01-01) written by `format`.
fn write_day(format: &Intl::DateTimeFormat, first_day: i64) -> Option<String> {
    let date = Date::new(&JsValue::from_f64(first_day as f64 * DAY_MS));
    format
        .format()
        .call1(&JsValue::UNDEFINED, &date)
        .ok()?
        .as_string()
}

/// Whether `Intl` takes `tag`: `Intl.getCanonicalLocales` throws a
/// `RangeError` for a tag it rejects, and this call catches it.
fn intl_accepts(tag: &str) -> bool {
    Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"getCanonicalLocales".into()))
        .ok()
        .and_then(|function| function.dyn_into::<Function>().ok())
        .is_some_and(|function| {
            function
                .call1(&JsValue::UNDEFINED, &JsValue::from_str(tag))
                .is_ok()
        })
}
