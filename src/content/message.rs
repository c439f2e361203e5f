//! Why a content file could not be used, in words fit for the page: the
//! field's path in the file, and content quoted in a message cut short.

/// Why a content file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, aborted).
    Network(String),
    /// The server answered with a non-success HTTP status.
    Status(u16),
    /// The body is not JSON of the expected shape, or breaks a rule of
    /// [`ContentFile::check`]; the detail names the field (as a path such as
    /// `entries[3].start`) and, for JSON errors, the line and column.
    Format(String),
}

/// A message fit for the page: content quoted in it (a mistyped value can
/// be megabytes long) is cut short, the position at its end kept.
pub fn brief(message: &str) -> String {
    const MAX: usize = 300;
    if message.len() <= MAX {
        return message.to_string();
    }
    let (head, position) = match message.rfind(" at line ") {
        Some(i) if message.len() - i < 40 => message.split_at(i),
        _ => (message, ""),
    };
    format!("{}{position}", shorten(head, MAX))
}

/// serde_json's message, led for a shape error (a missing field, a wrong
/// type) by the path of the value it is about, e.g. `entries[3].start:
/// invalid type: integer `5`, expected a string at line 40 column 18`:
/// serde names the expected type, and the path says where.
#[cfg(not(target_arch = "wasm32"))]
pub fn describe(text: &str, error: &serde_json::Error) -> String {
    if !error.is_data() {
        return error.to_string();
    }
    match path_at(text, error.line(), error.column()) {
        path if path.is_empty() => error.to_string(),
        path => format!("{path}: {error}"),
    }
}

/// The JSON path of the value being read after `column` bytes of `line`
/// (1-based), where serde_json reports a shape error: the key or index of
/// every open object and array. serde_json has read up to there, so the
/// text before it is well-formed; anything else gives a partial path, never
/// a panic.
#[cfg(not(target_arch = "wasm32"))]
fn path_at(text: &str, line: usize, column: usize) -> String {
    /// An open object (the key whose value is being read) or array (the
    /// index of the element, once one has begun).
    enum Open {
        Object(Option<String>),
        Array(usize, bool),
    }
    let line_start = match line {
        0 | 1 => 0,
        n => match text.match_indices('\n').nth(n - 2) {
            Some((i, _)) => i + 1,
            None => return String::new(),
        },
    };
    let bytes = text.as_bytes();
    let read = &bytes[..line_start.saturating_add(column).min(bytes.len())];
    let mut open: Vec<Open> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < read.len() {
        let byte = read[i];
        if let Some(Open::Array(_, begun)) = open.last_mut() {
            *begun |= !matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b']' | b',');
        }
        match byte {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < read.len() && read[i] != b'"' {
                    i += if read[i] == b'\\' { 2 } else { 1 };
                }
                if expect_key {
                    if let Some(Open::Object(key)) = open.last_mut() {
                        let raw = &read[start..i.min(read.len())];
                        *key = Some(shorten(&String::from_utf8_lossy(raw), 40));
                    }
                    expect_key = false;
                }
            }
            b'{' => {
                open.push(Open::Object(None));
                expect_key = true;
            }
            b'[' => open.push(Open::Array(0, false)),
            b'}' | b']' => {
                open.pop();
                expect_key = false;
            }
            b',' => match open.last_mut() {
                Some(Open::Object(key)) => {
                    *key = None;
                    expect_key = true;
                }
                Some(Open::Array(index, begun)) => {
                    *index += 1;
                    *begun = false;
                }
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for level in &open {
        match level {
            Open::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Open::Array(index, true) => path.push_str(&format!("[{index}]")),
            Open::Object(None) | Open::Array(_, false) => break,
        }
    }
    path
}

/// At most `max` characters of `s`, for a message that quotes content.
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &s[..end]),
        None => s.to_string(),
    }
}

// Of the native reader (serde_json's positions); the browser's is tested in tests/web_content.rs.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn paths_survive_odd_keys_and_positions() {
        let text = r#"{"a\"b": [[], {"k": [1, "x", {"z": 1}]}]}"#;
        // After `{"z": 1` (column 34): inside the innermost object.
        assert_eq!(path_at(text, 1, 34), "a\\\"b[1].k[2].z");
        assert_eq!(path_at(text, 1, 0), "");
        assert_eq!(path_at(text, 9, 1), "");
        assert_eq!(path_at(text, 1, usize::MAX), "");
        // A column inside a multi-byte character.
        assert_eq!(path_at("{\"é\": [", 1, 3), "\u{FFFD}");
        let long = format!("{{\"{}\": x", "k".repeat(100));
        assert_eq!(path_at(&long, 1, long.len()).chars().count(), 41);
    }
}
