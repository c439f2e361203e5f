//! The source's layering: no two source files may import each other, even
//! through others. A cycle is where a newcomer gets lost (which file comes
//! first?), so CI fails on a new one and names it.
//!
//! A file's imports are the module paths its code (not its `#[cfg(test)]`
//! tests) names: `crate::a::b`, `super::x`, and in `lib.rs` and `mod.rs`
//! files their child modules by name. A path to a `mod.rs` that only
//! re-exports (`pub use load::{Content, …}`) leads to the file it names.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`crate::content::load`) → source text, for every file of `src/`.
fn read_crate(root: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, module: &str, out: &mut BTreeMap<String, String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "bin" {
                    walk(&path, &format!("{module}::{name}"), out);
                }
            } else if let Some(stem) = name.strip_suffix(".rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let key = match stem {
                    "lib" | "main" if module == "crate" => {
                        if stem == "main" {
                            continue; // the binary: it uses the library from outside
                        }
                        module.to_string()
                    }
                    "mod" => module.to_string(),
                    _ => format!("{module}::{stem}"),
                };
                out.insert(key, text);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, "crate", &mut out);
    out
}

/// The code of a file without its tests (by convention the last item) and comments.
fn code(text: &str) -> String {
    let end = text
        .find("#[cfg(test)]\nmod tests")
        .or_else(|| text.find("#[cfg(test)]\npub(crate) mod tests"))
        .unwrap_or(text.len());
    text[..end]
        .lines()
        .map(|line| match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `a::b::c` path written in `code` that starts with one of `starts`.
fn paths_from(code: &str, start: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut at = 0;
    while let Some(i) = code[at..].find(start) {
        let i = at + i;
        at = i + start.len();
        // A whole word, not the tail of another path (`x::crate::`) or name.
        if i > 0 && (is_ident(bytes[i - 1]) || bytes[i - 1] == b':') {
            continue;
        }
        let mut segments = Vec::new();
        let mut rest = &code[at..];
        while let Some(after) = rest.strip_prefix("::") {
            let len = after.bytes().take_while(|&b| is_ident(b)).count();
            if len == 0 {
                // `crate::{a, b}`: each name in the braces.
                if let Some(inner) = after.strip_prefix('{') {
                    let inner = &inner[..inner.find('}').unwrap_or(inner.len())];
                    for name in inner.split(',') {
                        let name = name.trim().split("::").next().unwrap_or_default();
                        if !name.is_empty() {
                            let mut path = segments.clone();
                            path.push(name.to_string());
                            found.push(path);
                        }
                    }
                }
                break;
            }
            segments.push(after[..len].to_string());
            rest = &after[len..];
        }
        if !segments.is_empty() {
            found.push(segments);
        }
    }
    found
}

/// The import graph between files: module → the modules it names.
fn graph(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    // Re-exports of hub files: (hub, item) → the module that defines it.
    let mut reexports: BTreeMap<(String, String), String> = BTreeMap::new();
    for (module, text) in files {
        for line in code(text).lines() {
            let Some(rest) = line.trim().strip_prefix("pub use ") else {
                continue;
            };
            let rest = rest.trim_end_matches(';');
            let (from, items) = match rest.split_once("::{") {
                Some((from, items)) => (from, items.trim_end_matches('}')),
                None => match rest.rsplit_once("::") {
                    Some((from, item)) => (from, item),
                    None => continue,
                },
            };
            let from = from.trim_start_matches("self::");
            let target = if from.starts_with("crate::") {
                from.to_string()
            } else {
                format!("{module}::{from}")
            };
            for item in items.split(',') {
                let item = item.split(" as ").last().unwrap_or_default().trim();
                if !item.is_empty() {
                    reexports.insert((module.clone(), item.to_string()), target.clone());
                }
            }
        }
    }
    // The longest module prefix of `path`, through re-exports.
    let resolve = |path: &[String]| -> Option<String> {
        let mut best = None;
        for n in (1..=path.len()).rev() {
            let candidate = path[..n].join("::");
            if files.contains_key(&candidate) {
                best = Some((candidate, n));
                break;
            }
        }
        let (module, n) = best?;
        if let Some(item) = path.get(n) {
            if let Some(target) = reexports.get(&(module.clone(), item.clone())) {
                if files.contains_key(target) {
                    return Some(target.clone());
                }
            }
        }
        Some(module)
    };

    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in files {
        let code = code(text);
        let parent = module.rsplit_once("::").map_or("crate", |(p, _)| p);
        let is_hub = files
            .keys()
            .any(|other| other.starts_with(&format!("{module}::")));
        let mut named: Vec<Vec<String>> = Vec::new();
        for path in paths_from(&code, "crate") {
            named.push(std::iter::once("crate".to_string()).chain(path).collect());
        }
        // `super` in `a/b.rs` is `a`; in a hub (`a/mod.rs`, module `a`) it is `a`'s parent;
        // inside an inline `mod x { … }` (after the file's own items) it is the file itself.
        // The first such module, past any `mod child;` declarations before it.
        let inline = code
            .match_indices('\n')
            .map(|(i, _)| i)
            .find(|&i| {
                let line = code[i + 1..].lines().next().unwrap_or_default();
                (line.starts_with("mod ") || line.starts_with("pub mod ")) && line.ends_with('{')
            })
            .unwrap_or(code.len());
        for (part, base) in [
            (&code[..inline], parent),
            (&code[inline..], module.as_str()),
        ] {
            for path in paths_from(part, "super") {
                let base: Vec<String> = base.split("::").map(str::to_string).collect();
                named.push(base.into_iter().chain(path).collect());
            }
        }
        if is_hub {
            // `lib.rs` and `mod.rs` name their children without a prefix.
            for child in files.keys() {
                let Some(name) = child
                    .strip_prefix(&format!("{module}::"))
                    .filter(|n| !n.contains("::"))
                else {
                    continue;
                };
                for path in paths_from(&code, name) {
                    named.push(
                        module
                            .split("::")
                            .map(str::to_string)
                            .chain(std::iter::once(name.to_string()))
                            .chain(path)
                            .collect(),
                    );
                }
            }
        }
        let out = edges.entry(module.clone()).or_default();
        for path in named {
            if let Some(target) = resolve(&path) {
                if &target != module {
                    out.insert(target);
                }
            }
        }
    }
    edges
}

/// The first import cycle found, as the modules around it.
fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[i..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        if let Some(cycle) = visit(node, edges, &mut Vec::new(), &mut done) {
            return Some(cycle);
        }
    }
    None
}

fn files(list: &[(&str, &str)]) -> BTreeMap<String, String> {
    list.iter()
        .map(|(m, t)| (m.to_string(), t.to_string()))
        .collect()
}

#[test]
fn the_source_has_no_import_cycle() {
    let files = read_crate(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(files.len() > 20, "read {} files", files.len());
    let edges = graph(&files);
    // The layering the architecture describes, seen by the checker.
    for (from, to) in [
        ("crate::components::shell", "crate::context"),
        ("crate::pages::poem", "crate::context"),
        ("crate::routing", "crate::lang"),
        ("crate::content::load", "crate::content::validate"),
        ("crate::pages::chunks", "crate::pages::timeline"),
    ] {
        assert!(
            edges[from].contains(to),
            "{from} should import {to}: {:?}",
            edges[from]
        );
    }
    if let Some(cycle) = find_cycle(&edges) {
        panic!("import cycle: {}", cycle.join(" -> "));
    }
}

#[test]
fn a_cycle_is_found_and_named_however_it_is_written() {
    // Through `crate::`, through `super::`, and through a hub's re-export.
    let direct = files(&[
        ("crate", "pub mod a;\npub mod b;"),
        ("crate::a", "use crate::b::thing;"),
        ("crate::b", "fn f() { crate::a::other(); }"),
    ]);
    assert_eq!(
        find_cycle(&graph(&direct)),
        Some(vec![
            "crate::a".into(),
            "crate::b".into(),
            "crate::a".into()
        ])
    );
    let through_super_and_hub = files(&[
        ("crate", "pub mod m;"),
        ("crate::m", "pub mod x;\npub mod y;\npub use x::Thing;"),
        ("crate::m::x", "use super::y::helper;"),
        ("crate::m::y", "use crate::m::Thing;"),
    ]);
    let cycle = find_cycle(&graph(&through_super_and_hub)).unwrap_or_default();
    assert_eq!(cycle.first(), cycle.last());
    assert!(cycle.contains(&"crate::m::x".to_string()), "{cycle:?}");
    // An inline module's `super` is its own file.
    let inline = files(&[
        ("crate", "pub mod a;\npub mod b;"),
        (
            "crate::a",
            "use crate::b::x;\nfn f() {}\nmod inner {\n    use super::f;\n}",
        ),
        ("crate::b", "pub fn x() {}"),
    ]);
    assert_eq!(find_cycle(&graph(&inline)), None);
    // Also in a hub that declares a child first (`mod url;`), where a file-level `super` would be
    // the hub's parent.
    let hub_inline = files(&[
        ("crate", "pub mod a;\npub mod b;"),
        (
            "crate::a",
            "mod url;\nuse crate::b::x;\nfn f() {}\nmod inner {\n    use super::f;\n}",
        ),
        ("crate::a::url", "pub fn g() {}"),
        ("crate::b", "use crate::a::f;\npub fn x() {}"),
    ]);
    let cycle = find_cycle(&graph(&hub_inline)).unwrap_or_default();
    assert!(
        cycle.contains(&"crate::b".to_string()),
        "a real cycle, a <-> b: {cycle:?}"
    );
    assert!(
        !cycle.contains(&"crate".to_string()),
        "not through the crate root: {cycle:?}"
    );
    // Tests and comments are not imports.
    let tests_only = files(&[
        ("crate", "pub mod a;\npub mod b;"),
        ("crate::a", "use crate::b::thing; // crate::b"),
        (
            "crate::b",
            "// uses crate::a::x in prose\n#[cfg(test)]\nmod tests { use crate::a::x; }",
        ),
    ]);
    assert_eq!(find_cycle(&graph(&tests_only)), None);
}
