//! Query strings: percent-decoding into pairs and encoding back, shared by
//! every page that keeps state in the URL. Never panics on any input.

/// Decodes `%XX` escapes and `+` (form encoding of a space); an invalid
/// escape is kept as it stands, invalid UTF-8 becomes U+FFFD.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Splits a query string (with or without the leading `?`) into decoded
/// key/value pairs, in order.
pub fn pairs(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode(k), decode(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_and_plus() {
        assert_eq!(decode("%E7%B4%A0%E6%A1%88"), "素案");
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn encodes_what_it_must() {
        assert_eq!(encode("素案 a,b&c=d"), "%E7%B4%A0%E6%A1%88%20a%2Cb%26c%3Dd");
        assert_eq!(encode("Az09-_.~"), "Az09-_.~");
    }

    #[test]
    fn splits_pairs() {
        assert_eq!(
            pairs("?q=%E7%B4%A0&sort=desc&flag&&=x"),
            [
                ("q".to_string(), "素".to_string()),
                ("sort".to_string(), "desc".to_string()),
                ("flag".to_string(), String::new()),
                (String::new(), "x".to_string())
            ]
        );
        assert!(pairs("").is_empty());
        assert!(pairs("?").is_empty());
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn encode_then_decode_is_identity(s in ".*") {
            proptest::prop_assert_eq!(decode(&encode(&s)), s);
        }

        #[test]
        fn any_input_decodes_without_panic(s in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            let s = String::from_utf8_lossy(&s);
            let _ = pairs(&s);
        }
    }
}
