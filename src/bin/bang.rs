//! The second page (`bang/`): the units table and the rule sets.

#[cfg(target_arch = "wasm32")]
fn main() {
    ntm_calc::ui::start_table();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ntm-calc is a browser app: build it with scripts/build.");
}
