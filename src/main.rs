//! Entry point of the browser build: starts the live app, which takes over
//! the prerendered page without being seen (see `src/takeover/`).

fn main() {
    console_error_panic_hook_lite();
    #[cfg(target_arch = "wasm32")]
    aomori_dx::takeover::start();
}

/// Panics are bugs, not user errors: log them readably in the console.
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        leptos::logging::error!("{info}");
    }));
}
