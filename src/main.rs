//! Entry point of the browser build: mounts the app, nothing else.

fn main() {
    console_error_panic_hook_lite();
    leptos::mount::mount_to_body(aomori_dx::mount_view);
}

/// Panics are bugs, not user errors: log them readably in the console.
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        leptos::logging::error!("{info}");
    }));
}
