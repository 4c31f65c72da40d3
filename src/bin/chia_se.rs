//! The third page (`chia-se/`): share the commune's figures as a link and QR code.

#[cfg(target_arch = "wasm32")]
fn main() {
    ntm_calc::ui::start_share();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ntm-calc is a browser app: build it with scripts/build.");
}
