#[cfg(target_arch = "wasm32")]
fn main() {
    ntm_calc::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ntm-calc is a browser app: build it with `trunk build --release`.");
}
