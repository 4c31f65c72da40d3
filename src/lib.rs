//! ntm-calc: is a commune's share of online dossiers enough for its New Rural tier?
//!
//! `core` is the pure domain and builds everywhere; `storage` and `ui` exist only in the
//! WebAssembly build, the only code that touches the browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
