//! The GitHub workflows cannot run here (no network), so their text is
//! checked instead: every script they call exists, the Pages build is the
//! README's, and the artifact is the built folder.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The repository files a workflow's shell lines run or source.
fn scripts_called(workflow: &str) -> Vec<String> {
    workflow
        .lines()
        .flat_map(|line| {
            line.split_whitespace()
                .collect::<Vec<_>>()
                .windows(2)
                .map(|w| (w[0].to_string(), w[1].to_string()))
                .collect::<Vec<_>>()
        })
        .filter(|(command, _)| {
            command == "bash" || command == "source" || command.ends_with("run:")
        })
        .map(|(_, path)| path)
        .filter(|path| path.ends_with(".sh") || path.starts_with(".ci/"))
        .collect()
}

#[test]
fn every_script_the_workflows_call_exists() {
    for name in [".github/workflows/pages.yml", ".github/workflows/ci.yml"] {
        let workflow = read(name);
        let called = scripts_called(&workflow);
        assert!(!called.is_empty(), "{name} calls no script");
        for script in called {
            assert!(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join(&script)
                    .is_file(),
                "{name} calls {script}, which does not exist"
            );
        }
    }
    assert!(read(".github/workflows/ci.yml").contains("bash .ci/run"));
}

#[test]
fn the_pages_build_is_the_readmes_and_publishes_dist() {
    let readme = read("README.md");
    let pages = read(".github/workflows/pages.yml");
    // The README's deploy command, as the workflow runs it with Pages' address and path.
    for part in [
        "bash scripts/setup.sh",
        "source scripts/env.sh",
        "SITE_URL=",
        "trunk build --release --public-url",
    ] {
        assert!(readme.contains(part), "README lost {part:?}");
        assert!(pages.contains(part), "pages.yml lost {part:?}");
    }
    assert!(pages.contains("--public-url \"/${{ github.event.repository.name }}/\""));
    assert!(pages.contains("steps.pages.outputs.base_url"));
    for action in [
        "actions/checkout@",
        "actions/configure-pages@",
        "actions/upload-pages-artifact@",
        "actions/deploy-pages@",
    ] {
        assert!(pages.contains(action), "pages.yml does not use {action}");
    }
    let artifact = pages
        .split("actions/upload-pages-artifact@")
        .nth(1)
        .unwrap_or_default();
    assert!(
        artifact.contains("path: dist"),
        "the artifact must be dist/"
    );
    // Pages needs these permissions to deploy.
    for permission in ["pages: write", "id-token: write"] {
        assert!(pages.contains(permission), "pages.yml lacks {permission}");
    }
}
