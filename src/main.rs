//! The first page: the commune calculator.

#[cfg(target_arch = "wasm32")]
fn main() {
    ntm_calc::ui::start_calculator();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ntm-calc is a browser app: build it with scripts/build.");
}
