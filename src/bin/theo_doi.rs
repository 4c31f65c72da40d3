//! The fourth page (`theo-doi/`): monthly history, projection, scorecard and report.

#[cfg(target_arch = "wasm32")]
fn main() {
    ntm_calc::ui::start_history();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ntm-calc is a browser app: build it with scripts/build.");
}
