//! The GitHub workflows cannot run here (no network), so they are read as
//! YAML and their meaning checked: both run in the Debian container the
//! scripts assume, at the pinned Rust; CI runs `.ci/run`; the Pages job
//! builds as the README says with the build-only setup (no browser, nginx or
//! Java) and publishes the built folder; both cache the tools and `target/`;
//! every script they call exists.
#![cfg(not(target_arch = "wasm32"))]

use serde_yaml::Value;
use std::path::Path;

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn workflow(name: &str) -> Value {
    let path = format!(".github/workflows/{name}");
    serde_yaml::from_str(&read(&path)).unwrap_or_else(|e| panic!("{path}: not YAML: {e}"))
}

/// `value[key]`, which must be there.
fn at<'a>(value: &'a Value, key: &str) -> &'a Value {
    value
        .get(key)
        .unwrap_or_else(|| panic!("no {key:?} in {value:?}"))
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    at(value, key)
        .as_str()
        .unwrap_or_else(|| panic!("{key:?} is not text in {value:?}"))
}

fn steps(job: &Value) -> &[Value] {
    at(job, "steps").as_sequence().map_or(&[], Vec::as_slice)
}

/// The shell commands of a job's `run` steps, one per line, in order.
fn commands(job: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for step in steps(job) {
        let Some(run) = step.get("run").and_then(Value::as_str) else {
            continue;
        };
        // A line ending in `\` goes on with the next one.
        let joined = run.replace("\\\n", " ");
        out.extend(
            joined
                .lines()
                .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|line| !line.is_empty()),
        );
    }
    out
}

/// The `with` of the job's step that uses `action` (e.g. `actions/cache`).
fn uses<'a>(job: &'a Value, action: &str) -> Option<&'a Value> {
    steps(job).iter().find_map(|step| {
        let name = step.get("uses")?.as_str()?;
        name.starts_with(&format!("{action}@"))
            .then(|| step.get("with").unwrap_or(&Value::Null))
    })
}

/// The Rust version rust-toolchain.toml pins.
fn pinned_rust() -> String {
    read("rust-toolchain.toml")
        .lines()
        .find_map(|line| line.strip_prefix("channel = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("rust-toolchain.toml has a channel")
        .to_string()
}

/// A job that runs in Debian 12 with the pinned Rust, as root, in bash, and
/// caches the cargo-installed tools, the crates and `target/`.
fn check_container_and_cache(name: &str, job: &Value) {
    assert_eq!(
        text(job, "container"),
        format!("rust:{}-bookworm", pinned_rust()),
        "{name}: the Debian image of the pinned Rust"
    );
    assert_eq!(text(at(at(job, "defaults"), "run"), "shell"), "bash");
    let cache = uses(job, "actions/cache").unwrap_or_else(|| panic!("{name}: no cache"));
    let paths: Vec<&str> = text(cache, "path").lines().map(str::trim).collect();
    for path in [
        "/usr/local/cargo/bin",
        "/usr/local/cargo/registry",
        "target",
    ] {
        assert!(paths.contains(&path), "{name}: does not cache {path}");
    }
    let key = text(cache, "key");
    for file in ["rust-toolchain.toml", "Cargo.lock", "scripts/env.sh"] {
        assert!(key.contains(file), "{name}: the cache key ignores {file}");
    }
}

/// The repository files the commands run or source, which must exist.
fn check_scripts_exist(name: &str, commands: &[String]) {
    let called: Vec<&str> = commands
        .iter()
        .flat_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            words
                .windows(2)
                .filter(|w| w[0] == "bash" || w[0] == "source")
                .map(|w| w[1])
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(!called.is_empty(), "{name} calls no script");
    for script in called {
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(script).is_file(),
            "{name} calls {script}, which does not exist"
        );
    }
}

#[test]
fn ci_runs_the_tests_in_the_debian_container_with_the_tools_cached() {
    let ci = workflow("ci.yml");
    let job = at(at(&ci, "jobs"), "test");
    check_container_and_cache("ci.yml", job);
    let commands = commands(job);
    assert_eq!(commands.last().map(String::as_str), Some("bash .ci/run"));
    check_scripts_exist("ci.yml", &commands);
    let limit = at(job, "timeout-minutes").as_u64().unwrap_or(u64::MAX);
    assert!(limit <= 90, "CI has 90 minutes, the job {limit}");
    assert!(uses(job, "actions/checkout").is_some());
}

#[test]
fn the_pages_build_is_the_readmes_installs_no_test_tools_and_publishes_dist() {
    let pages = workflow("pages.yml");
    let jobs = at(&pages, "jobs");
    let build = at(jobs, "build");
    check_container_and_cache("pages.yml", build);
    let commands = commands(build);
    check_scripts_exist("pages.yml", &commands);
    assert!(
        commands.contains(&"bash scripts/setup.sh --build-only".to_string()),
        "{commands:#?}"
    );
    assert!(commands.contains(&"source scripts/env.sh".to_string()));
    let trunk = commands
        .iter()
        .find(|c| c.contains("trunk build"))
        .expect("pages.yml builds with trunk");
    assert_eq!(
        trunk,
        "SITE_URL=\"${{ steps.pages.outputs.base_url }}/\" trunk build --release \
         --public-url \"/${{ github.event.repository.name }}/\""
    );
    // No browser, server or Java for a build.
    for tool in ["chromium", "nginx", "java", "jre", "playwright"] {
        assert!(
            !commands.iter().any(|c| c.contains(tool)),
            "pages.yml installs or runs {tool}: {commands:#?}"
        );
    }
    // The README's deploy commands are the workflow's.
    let readme = read("README.md");
    for part in [
        "bash scripts/setup.sh --build-only",
        "source scripts/env.sh",
        "trunk build --release --public-url",
    ] {
        assert!(readme.contains(part), "README lost {part:?}");
    }
    let artifact = uses(build, "actions/upload-pages-artifact").expect("an artifact");
    assert_eq!(
        text(artifact, "path"),
        "dist",
        "the artifact is the built folder"
    );
    assert!(uses(build, "actions/configure-pages").is_some());

    let deploy = at(jobs, "deploy");
    assert_eq!(text(deploy, "needs"), "build");
    assert!(uses(deploy, "actions/deploy-pages").is_some());
    let permissions = at(&pages, "permissions");
    assert_eq!(text(permissions, "pages"), "write");
    assert_eq!(text(permissions, "id-token"), "write");
    assert_eq!(
        at(at(&pages, "on"), "push")
            .get("branches")
            .and_then(Value::as_sequence)
            .map(|b| b.iter().filter_map(Value::as_str).collect::<Vec<_>>()),
        Some(vec!["main"])
    );
}
