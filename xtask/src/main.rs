//! `cargo xtask`: set-up, the demo and the whole test suite, on a fresh Debian/Ubuntu.

mod bench;
mod bundle;
mod conformance;
mod demo;
mod fuzz;
mod postgres;
mod process;
mod secrets;
mod setup;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: cargo xtask <setup | demo | test | bench | fuzz | conformance | bundle | bindings>
  setup     install what is missing (Debian packages, npm packages, tauri-driver)
  demo      start headset-server with demo users and the signed-in desktop app
  test      run every test: Rust (nextest), UI (vitest), the real app under Xvfb
  bench     measure release builds (footprint, start, hot path) into BENCHMARKS.md
  fuzz      run each fuzz target (--seconds N, default 60; --dev: a debug build)
  conformance  schemathesis against headset-server's OpenAPI document (--examples N)
  bundle    build the .deb and .rpm packages (--debug: from the debug build, fast)
  bindings  regenerate ui/src/lib/bindings.ts from the Rust types";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run(),
        Some("demo") => demo::run(),
        Some("test") => test::run(&args[1..]),
        Some("test-in-session") => test::in_session(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("bench-in-session") => bench::in_session(&args[1..]),
        Some("fuzz") => fuzz::run(&args[1..]),
        Some("conformance") => match &args[1..] {
            [] => conformance::run(100),
            [flag, n] if flag == "--examples" => n
                .parse()
                .map_err(|_| format!("not a number: {n}"))
                .and_then(conformance::run),
            _ => Err("usage: cargo xtask conformance [--examples N]".into()),
        },
        Some("bundle") => bundle::run(&args[1..]),
        Some("bindings") => process::run(
            process::cargo()
                .args(["test", "-p", "headset-core", "--lib", "bindings"])
                .env("UPDATE_BINDINGS", "1"),
        ),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}
