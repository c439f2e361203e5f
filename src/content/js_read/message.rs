//! The text of a content error, as serde writes it, with the browser's
//! digits for a number (see the parent module).

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
