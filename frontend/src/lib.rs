//! The WASM entry point. The light bundles (feature `light`, every page but the volunteer's
//! task list; feature `tasks`, that list; see `app::light`) hydrate only the page's islands.
//! Built without either feature, the crate hydrates whole pages with the full app (no page
//! loads that build any more; it stays compiled, by clippy, as the app's own check). Each
//! registers the service worker on pages that may be read offline. Nothing else lives here.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    #[cfg(not(feature = "light"))]
    {
        console_error_panic_hook::set_once();
        leptos::mount::hydrate_body(app::App);
    }
    #[cfg(feature = "light")]
    {
        // The islands themselves are hydrated by the page's loader, after this.
        leptos::mount::hydrate_islands();
        app::light::start();
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    // Lets browser tests (and curious people) see that the page is interactive now (the
    // light loader sets it once the islands are hydrated).
    #[cfg(not(feature = "light"))]
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
    // A client's plan and appointments and a volunteer's task list carry the offline notice;
    // there the service worker (see the server's `offline.rs`) keeps them for offline use.
    if document
        .query_selector(".offline-notice")
        .ok()
        .flatten()
        .is_some()
    {
        let _ = window.navigator().service_worker().register("/sw.js");
    }
}
