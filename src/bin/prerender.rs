//! Writes the prerendered site into a built `dist` (Trunk's staging folder):
//! `index.html` for every route in both languages, `404.html`, `sitemap.xml`
//! and the share cards `cards/*.png` (both when `SITE_URL` is set) and
//! `robots.txt`; release builds also get a Content-Security-Policy and an
//! external loader script (`csp.rs`).
//!
//! Usage: `prerender DIST_DIR DATA_DIR [CHUNK_MANIFEST]` (run by
//! `scripts/postbuild.sh`; the manifest lists each page's wasm chunks).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run() {
        Ok(count) => {
            println!("prerender: wrote {count} pages");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<usize, String> {
    use std::path::PathBuf;

    use aomori_dx::csp::harden;
    use aomori_dx::prerender::{
        base_of, cards, fingerprints, page, read_files, robots, sitemap, Deployment, Fonts,
        FONT_DIR,
    };
    use aomori_dx::routing::static_routes;

    let mut args = std::env::args().skip(1);
    let (Some(dist), Some(data)) = (args.next(), args.next()) else {
        return Err("usage: prerender DIST_DIR DATA_DIR [CHUNK_MANIFEST]".to_string());
    };
    let manifest = args.next();
    let dist = PathBuf::from(dist);
    let write = |relative: &str, bytes: &[u8]| {
        let path = dist.join(relative);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    let write_text = |relative: &str, text: &str| write(relative, text.as_bytes());

    let index = dist.join("index.html");
    let template =
        std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let files = read_files(std::path::Path::new(&data))?;
    let site_url = std::env::var("SITE_URL").ok();
    let mut site = Deployment::new(&base_of(&template), site_url.as_deref());
    site.content = fingerprints(std::path::Path::new(&data))?;
    if let Some(manifest) = manifest {
        let text = std::fs::read_to_string(&manifest).map_err(|e| format!("{manifest}: {e}"))?;
        site.chunks = serde_json::from_str(&text).map_err(|e| format!("{manifest}: {e}"))?;
        for page in aomori_dx::routing::Page::ALL {
            if site.chunks_of(page).is_empty() {
                return Err(format!("{manifest}: no chunks for {page:?}"));
            }
        }
    }
    // `trunk serve` adds an inline live-reload script to debug builds, which
    // the policy would block; the policy is for what gets deployed.
    let template = if std::env::var("TRUNK_PROFILE").as_deref() == Ok("debug") {
        eprintln!("prerender: debug build, so no Content-Security-Policy (live reload is inline)");
        template
    } else {
        let read = |relative: &str| {
            let path = dist.join(relative);
            std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
        };
        let hardened = harden(&template, &site.base, read)?;
        write_text(&hardened.loader.path, &hardened.loader.text)?;
        // In every page now: a file nothing requests is not deployed.
        let inlined = dist.join(&hardened.inlined);
        std::fs::remove_file(&inlined).map_err(|e| format!("{}: {e}", inlined.display()))?;
        hardened.html
    };

    let mut count = 0;
    for route in static_routes() {
        let file = if route.is_empty() {
            "index.html".to_string()
        } else {
            format!("{route}/index.html")
        };
        let pathname = format!("{}/{}", site.base, file.trim_end_matches("index.html"));
        write_text(&file, &page(&template, &site, &pathname, &files))?;
        count += 1;
    }
    let not_found = format!("{}/404.html", site.base);
    write_text("404.html", &page(&template, &site, &not_found, &files))?;
    count += 1;
    match sitemap(&site) {
        Some(xml) => {
            write_text("sitemap.xml", &xml)?;
            // The pages name their cards only with an address (og:image is absolute).
            let fonts = Fonts::load(std::path::Path::new(FONT_DIR))?;
            for (file, png) in cards(&files, &fonts)? {
                write(&file, &png)?;
            }
        }
        None => eprintln!(
            "prerender: SITE_URL is not set, so no sitemap.xml and no share cards (they need absolute URLs)"
        ),
    }
    write_text("robots.txt", &robots(&site))?;
    Ok(count)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
