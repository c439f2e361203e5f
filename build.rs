//! Sets `AOMORI_DX_SITE_UPDATED` (YYYY-MM-DD), this site's own last update,
//! shown in the footer: `SITE_UPDATED` if given, else the date of the last
//! git commit. Both the native prerender and the wasm build compile this
//! crate from the same checkout, so they show the same date, and it changes
//! only with a commit. Without git (a source tarball) and without
//! `SITE_UPDATED` it is left unset and the footer leaves the line out.
//!
//! Also: the split browser build (feature `split`) keeps the linker's
//! relocations in the wasm, which the splitter (`scripts/tools/wasm-bindgen`)
//! needs to move each page's code into a chunk of its own.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// `YYYY-MM-DD` with plausible numbers (the app checks the real date again).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn watch(path: &str) {
    if Path::new(path).exists() {
        println!("cargo:rerun-if-changed={path}");
    }
}

/// The repository's `.git` (a folder, or a worktree's file), found from the
/// crate upwards without running git.
fn dot_git() -> Option<std::path::PathBuf> {
    let start = std::env::var_os("CARGO_MANIFEST_DIR")?;
    Path::new(&start)
        .ancestors()
        .map(|dir| dir.join(".git"))
        .find(|path| path.exists())
}

fn main() {
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-env-changed=SITE_UPDATED");
    // Also when git itself could not be asked (not installed, or failed once):
    // a commit or a checkout moves HEAD or a ref, which runs this again, so a
    // build never keeps a missing or stale date. Not the whole `.git`: git
    // rewrites its index on a mere `git status`, and that would rebuild the
    // crate for nothing.
    if let Some(path) = dot_git() {
        if path.is_dir() {
            for part in ["HEAD", "packed-refs", "refs"] {
                watch(&path.join(part).to_string_lossy());
            }
        } else {
            watch(&path.to_string_lossy()); // a worktree's `.git` file
        }
    }
    let given = std::env::var("SITE_UPDATED").ok().filter(|d| is_date(d));
    let date = given.or_else(|| {
        // Rerun when HEAD moves: HEAD itself, the branch it points at, packed refs.
        if let Some(head) = git(&["rev-parse", "--git-path", "HEAD"]) {
            watch(&head);
        }
        if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
            if let Some(path) = git(&["rev-parse", "--git-path", &branch]) {
                watch(&path);
            }
        }
        if let Some(packed) = git(&["rev-parse", "--git-path", "packed-refs"]) {
            watch(&packed);
        }
        // The committer date in the committer's zone: the same wherever it is built.
        git(&["log", "-1", "--format=%cs"]).filter(|d| is_date(d))
    });
    if let Some(date) = date {
        println!("cargo:rustc-env=AOMORI_DX_SITE_UPDATED={date}");
    }
}
