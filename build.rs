//! Checks the data in `data/` and turns it into static Rust in `OUT_DIR`.
//! A malformed or inconsistent file stops the build with `file:line: problem`.

#[path = "build_support/mod.rs"]
mod build_support;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build_support");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let data = build_support::dataset::load(Path::new("data")).unwrap_or_else(|e| fail(&e));
    let code = build_support::codegen::dataset_rs(&data);
    std::fs::write(Path::new(&out_dir).join("dataset.rs"), code).expect("write dataset.rs");
}

fn fail(e: &dyn std::fmt::Display) -> ! {
    eprintln!("\nerror: the project's data is not valid:\n  {e}\n");
    std::process::exit(1)
}
