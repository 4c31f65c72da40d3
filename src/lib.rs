//! ntm-calc: is a commune's share of online dossiers enough for its New Rural tier?
//!
//! `core` is the pure domain and builds everywhere; `storage` and `ui` exist only in the
//! WebAssembly build, the only code that touches the browser.

pub mod core;

/// The browser build's allocator: Talc, faster and smaller than the default (dlmalloc).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
