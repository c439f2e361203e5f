//! Reading the browser's parsed JSON (`JSON.parse`'s value) with serde, in
//! place of serde-wasm-bindgen's deserializer, for the sake of one message
//! part: serde's own text for an unexpected value (`Unexpected`'s
//! `Display`) formats a number with Rust's float printing, 6.9 KB brotli of
//! the main wasm for a message about a malformed file. Here the browser
//! writes the digits (`Number.prototype.toString`, the same shortest digits
//! Rust finds) and [`rust_decimal`] lays them out as Rust would, so the
//! messages stay word for word those of serde-wasm-bindgen (its behaviour
//! for what `JSON.parse` can give is kept, too: a struct's fields are looked
//! up by name, an array read as a struct has none, any number that is not
//! what was asked for is a "floating point").

use std::fmt::{self, Write};

use serde::de::{Expected, Unexpected};

/// `Unexpected`'s text, as serde writes it, but with the float's digits
/// from `float` (given `v`, its text as `f64`'s `Display` writes it).
pub fn unexpected_text(unexpected: Unexpected, float: impl Fn(f64) -> String) -> String {
    use Unexpected::*;
    match unexpected {
        Bool(b) => format!("boolean `{b}`"),
        Unsigned(i) => format!("integer `{i}`"),
        Signed(i) => format!("integer `{i}`"),
        // serde's `WithDecimalPoint`: a finite float always shows a point.
        Float(f) => {
            let text = float(f);
            match f.is_finite() && !text.contains('.') {
                true => format!("floating point `{text}.0`"),
                false => format!("floating point `{text}`"),
            }
        }
        Char(c) => format!("character `{c}`"),
        Str(s) => format!("string {s:?}"),
        Bytes(_) => "byte array".into(),
        Unit => "unit value".into(),
        Option => "Option value".into(),
        NewtypeStruct => "newtype struct".into(),
        Seq => "sequence".into(),
        Map => "map".into(),
        Enum => "enum".into(),
        UnitVariant => "unit variant".into(),
        NewtypeVariant => "newtype variant".into(),
        TupleVariant => "tuple variant".into(),
        StructVariant => "struct variant".into(),
        Other(other) => other.into(),
    }
}

/// A JavaScript number's text (`String(v)`: `1.5`, `1e+21`, `-2.5e-7`) as
/// `f64`'s `Display` writes the same number: the same digits, never in
/// exponent form (`1000000000000000000000`, `-0.00000025`). JavaScript and
/// Rust both write the shortest digits that read back as the number.
pub fn rust_decimal(js: &str) -> String {
    let Some((mantissa, exponent)) = js.split_once(['e', 'E']) else {
        return js.to_string();
    };
    let Ok(exponent) = exponent.trim_start_matches('+').parse::<i32>() else {
        return js.to_string();
    };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    // Where the point goes, counted in digits from the first.
    let point = i64::from(exponent) + whole.len() as i64;
    let mut out = String::from(sign);
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        let (int, frac) = digits.split_at(point as usize);
        let _ = write!(out, "{int}.{frac}");
    }
    out
}

/// Why a value could not be read: the message, as serde-wasm-bindgen's
/// would be.
#[derive(Debug)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl serde::de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }

    fn invalid_type(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        Error(format!(
            "invalid type: {}, expected {expected}",
            unexpected_text(unexpected, js_float)
        ))
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        Error(format!(
            "invalid value: {}, expected {expected}",
            unexpected_text(unexpected, js_float)
        ))
    }
}

/// `v` as `f64`'s `Display` writes it, with the browser's digits (natively,
/// where nothing reads a value this way, Rust's own).
fn js_float(v: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        // JavaScript writes -0 as "0".
        let text = match js_sys::Number::from(v).to_string_with_radix(10) {
            Ok(text) => rust_decimal(&String::from(text)),
            Err(_) => String::new(),
        };
        match v == 0.0 && v.is_sign_negative() {
            true => format!("-{text}"),
            false => text,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        v.to_string()
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::Deserializer;

#[cfg(target_arch = "wasm32")]
mod browser {
    use js_sys::{Array, Number, Object};
    use serde::de::{self, IntoDeserializer, Unexpected, Visitor};
    use wasm_bindgen::{JsCast, JsValue};

    use super::Error;

    type Result<T> = std::result::Result<T, Error>;

    /// A value `JSON.parse` gave, as a serde [`de::Deserializer`].
    pub struct Deserializer(JsValue);

    impl From<JsValue> for Deserializer {
        fn from(value: JsValue) -> Self {
            Self(value)
        }
    }

    impl Deserializer {
        fn is_nullish(&self) -> bool {
            self.0.is_null() || self.0.is_undefined()
        }

        #[cold]
        fn invalid_type_(&self, expected: &dyn de::Expected) -> Error {
            let text;
            let unexpected = if self.is_nullish() {
                Unexpected::Unit
            } else if let Some(v) = self.0.as_bool() {
                Unexpected::Bool(v)
            } else if let Some(v) = self.0.as_f64() {
                Unexpected::Float(v)
            } else if let Some(v) = self.0.as_string() {
                text = v;
                Unexpected::Str(&text)
            } else {
                text = format!("{:?}", self.0);
                Unexpected::Other(&text)
            };
            de::Error::invalid_type(unexpected, expected)
        }

        fn invalid_type<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value> {
            Err(self.invalid_type_(&visitor))
        }

        fn safe_integer(&self) -> Option<i64> {
            Number::is_safe_integer(&self.0).then(|| self.0.unchecked_into_f64() as i64)
        }

        fn signed<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.safe_integer() {
                Some(v) => visitor.visit_i64(v),
                None => self.invalid_type(visitor),
            }
        }

        fn unsigned<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.safe_integer() {
                Some(v) if v >= 0 => visitor.visit_u64(v as u64),
                _ => self.invalid_type(visitor),
            }
        }
    }

    impl<'de> IntoDeserializer<'de, Error> for Deserializer {
        type Deserializer = Self;
        fn into_deserializer(self) -> Self {
            self
        }
    }

    impl<'de> de::Deserializer<'de> for Deserializer {
        type Error = Error;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            if self.is_nullish() {
                visitor.visit_unit()
            } else if let Some(v) = self.0.as_bool() {
                visitor.visit_bool(v)
            } else if let Some(v) = self.0.as_f64() {
                match self.safe_integer() {
                    Some(i) => visitor.visit_i64(i),
                    None => visitor.visit_f64(v),
                }
            } else if let Some(v) = self.0.as_string() {
                visitor.visit_string(v)
            } else if Array::is_array(&self.0) {
                self.deserialize_seq(visitor)
            } else if self.0.is_object() {
                self.deserialize_map(visitor)
            } else {
                self.invalid_type(visitor)
            }
        }

        fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.is_nullish() {
                true => visitor.visit_unit(),
                false => self.invalid_type(visitor),
            }
        }

        fn deserialize_unit_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            visitor: V,
        ) -> Result<V::Value> {
            self.deserialize_unit(visitor)
        }

        fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0.as_bool() {
                Some(v) => visitor.visit_bool(v),
                None => self.invalid_type(visitor),
            }
        }

        fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.deserialize_f64(visitor)
        }

        fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0.as_f64() {
                Some(v) => visitor.visit_f64(v),
                None => self.invalid_type(visitor),
            }
        }

        fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.signed(visitor)
        }
        fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.signed(visitor)
        }
        fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.signed(visitor)
        }
        fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.signed(visitor)
        }
        fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.unsigned(visitor)
        }
        fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.unsigned(visitor)
        }
        fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.unsigned(visitor)
        }
        fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.unsigned(visitor)
        }

        fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let text = self.0.as_string().unwrap_or_default();
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => visitor.visit_char(c),
                _ => self.invalid_type(visitor),
            }
        }

        fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.deserialize_string(visitor)
        }

        fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0.as_string() {
                Some(v) => visitor.visit_string(v),
                None => self.invalid_type(visitor),
            }
        }

        fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.deserialize_string(visitor)
        }

        fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.deserialize_seq(visitor)
        }

        fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.deserialize_seq(visitor)
        }

        /// `null` (or a missing value) is `None`, anything else `Some`.
        fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.is_nullish() {
                true => visitor.visit_none(),
                false => visitor.visit_some(self),
            }
        }

        fn deserialize_newtype_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            visitor: V,
        ) -> Result<V::Value> {
            visitor.visit_newtype_struct(self)
        }

        fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0.dyn_ref::<Array>() {
                Some(array) => visitor.visit_seq(de::value::SeqDeserializer::new(
                    array.iter().map(Deserializer),
                )),
                None => self.invalid_type(visitor),
            }
        }

        fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
            self.deserialize_seq(visitor)
        }

        fn deserialize_tuple_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _len: usize,
            visitor: V,
        ) -> Result<V::Value> {
            self.deserialize_seq(visitor)
        }

        /// An object's own entries, in order.
        fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            if !self.0.is_object() {
                return self.invalid_type(visitor);
            }
            let entries = Object::entries(self.0.unchecked_ref());
            visitor.visit_map(de::value::MapDeserializer::new(
                entries.iter().map(|pair| pair_of(&pair)),
            ))
        }

        /// A struct's fields, each looked up by name: others are not read,
        /// and a missing one is left to serde (an error, or its default).
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value> {
            if !self.0.is_object() {
                return self.invalid_type(visitor);
            }
            visitor.visit_map(Fields {
                object: self.0,
                fields: fields.iter(),
                value: None,
            })
        }

        /// A unit variant is its name as a string; any other variant an
        /// object with the variant's name as its one key.
        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value> {
            let (tag, payload) = if self.0.is_string() {
                (self, Deserializer(JsValue::UNDEFINED))
            } else if self.0.is_object() {
                let entries = Object::entries(self.0.unchecked_ref());
                if entries.length() != 1 {
                    return Err(de::Error::invalid_length(entries.length() as usize, &"1"));
                }
                pair_of(&entries.get(0))
            } else {
                return self.invalid_type(visitor);
            };
            visitor.visit_enum(Variant { tag, payload })
        }

        fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            visitor.visit_unit()
        }
    }

    /// A `[key, value]` pair from `Object.entries`.
    fn pair_of(pair: &JsValue) -> (Deserializer, Deserializer) {
        let pair = pair.unchecked_ref::<Array>();
        (Deserializer(pair.get(0)), Deserializer(pair.get(1)))
    }

    /// A struct's fields that the object has, in the struct's order.
    struct Fields {
        object: JsValue,
        fields: std::slice::Iter<'static, &'static str>,
        value: Option<Deserializer>,
    }

    impl<'de> de::MapAccess<'de> for Fields {
        type Error = Error;

        fn next_key_seed<K: de::DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>> {
            for field in &mut self.fields {
                // `JSON.parse` gives no undefined values: undefined is missing.
                let value = js_sys::Reflect::get(&self.object, &JsValue::from_str(field))
                    .unwrap_or(JsValue::UNDEFINED);
                if !value.is_undefined() {
                    self.value = Some(Deserializer(value));
                    let key: de::value::StrDeserializer<Error> = field.into_deserializer();
                    return seed.deserialize(key).map(Some);
                }
            }
            Ok(None)
        }

        fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
            let value = self
                .value
                .take()
                .unwrap_or(Deserializer(JsValue::UNDEFINED));
            seed.deserialize(value)
        }
    }

    /// An enum's variant name and its content.
    struct Variant {
        tag: Deserializer,
        payload: Deserializer,
    }

    impl<'de> de::EnumAccess<'de> for Variant {
        type Error = Error;
        type Variant = Deserializer;

        fn variant_seed<V: de::DeserializeSeed<'de>>(
            self,
            seed: V,
        ) -> Result<(V::Value, Deserializer)> {
            Ok((seed.deserialize(self.tag)?, self.payload))
        }
    }

    impl<'de> de::VariantAccess<'de> for Deserializer {
        type Error = Error;

        fn unit_variant(self) -> Result<()> {
            de::Deserialize::deserialize(self)
        }

        fn newtype_variant_seed<T: de::DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
            seed.deserialize(self)
        }

        fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value> {
            de::Deserializer::deserialize_tuple(self, len, visitor)
        }

        fn struct_variant<V: Visitor<'de>>(
            self,
            fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value> {
            de::Deserializer::deserialize_struct(self, "", fields, visitor)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn javascript_numbers_are_laid_out_as_rust_displays_them() {
        for (js, rust) in [
            ("5", "5"),
            ("1.5", "1.5"),
            ("-2.25", "-2.25"),
            ("1e+21", "1000000000000000000000"),
            ("1.2345e+22", "12345000000000000000000"),
            ("-1.5e-7", "-0.00000015"),
            ("1e-7", "0.0000001"),
            ("5e-324", &format!("{}", 5e-324)),
            ("1.7976931348623157e+308", &format!("{}", f64::MAX)),
        ] {
            assert_eq!(rust_decimal(js), rust, "{js}");
        }
    }

    #[test]
    fn rust_exponent_forms_give_rusts_display() {
        // Rust's `{:e}` has JavaScript's digits in exponent form (without
        // the `+`): laid out, they must read as `Display` writes them.
        let mut v = 1.0e-300_f64;
        while v < 1.0e300 {
            for x in [v, -v, v * 1.2345678901234, v / 3.0] {
                assert_eq!(rust_decimal(&format!("{x:e}")), x.to_string(), "{x:e}");
            }
            v *= 7.3;
        }
    }

    #[test]
    fn unexpected_values_read_as_serdes_own_text() {
        let rust = |v: f64| v.to_string();
        for unexpected in [
            Unexpected::Float(5.0),
            Unexpected::Float(-0.0),
            Unexpected::Float(0.1),
            Unexpected::Float(1e21),
            Unexpected::Str("\"<a>\"\n"),
            Unexpected::Signed(-3),
            Unexpected::Unsigned(3),
            Unexpected::Bool(true),
            Unexpected::Char('x'),
            Unexpected::Unit,
            Unexpected::Seq,
            Unexpected::Map,
            Unexpected::Other("JsValue(Object({}))"),
        ] {
            assert_eq!(
                unexpected_text(unexpected, rust),
                unexpected.to_string(),
                "{unexpected:?}"
            );
        }
    }
}
