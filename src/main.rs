//! Mounts the explainer. Everything else lives in the library.

fn main() {
    uncyber::browser::crash::install_panic_hook();
    leptos::mount::mount_to_body(uncyber::App);
}
