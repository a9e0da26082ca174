//! `cargo xtask fuzz [--seconds N] [--dev]`: each cargo-fuzz target in `fuzz/` for N
//! seconds (default 60), on stable Rust (`RUSTC_BOOTSTRAP=1` lets cargo-fuzz pass its
//! flags); optimised, or with `--dev` a debug build that compiles in half the time (the
//! test suite's short run).
//! No sanitizer: the code under test is safe Rust, so the findings are panics, hangs and
//! runaway allocations, which libFuzzer catches itself. A crash fails the run and stays
//! in `fuzz/artifacts/<target>/`; each one found becomes a regression test beside the
//! code it broke.

use std::path::PathBuf;
use std::process::Command;

use crate::{process, root, Result};

const TARGETS: [&str; 3] = ["cable_frame", "avatar", "ui_settings"];

pub fn run(args: &[String]) -> Result {
    let usage = || "usage: cargo xtask fuzz [--seconds N] [--dev]".to_string();
    let (mut seconds, mut dev) = (60u32, false);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                let n = args.next().ok_or_else(usage)?;
                seconds = n.parse().map_err(|_| format!("not seconds: {n}"))?;
            }
            "--dev" => dev = true,
            _ => return Err(usage()),
        }
    }
    let cargo_fuzz = install()?;
    for target in TARGETS {
        eprintln!("xtask: fuzzing {target} for {seconds} s");
        let corpus = root().join("fuzz/corpus").join(target);
        std::fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
        let mut run = Command::new(&cargo_fuzz);
        run.args(["fuzz", "run", "--sanitizer", "none"]);
        if dev {
            run.arg("--dev");
        }
        run.arg(target).arg(&corpus);
        // The project's own pictures seed the avatar pipeline with real PNGs.
        if target == "avatar" {
            run.arg("icons");
        }
        process::run(
            run.args([
                "--",
                &format!("-max_total_time={seconds}"),
                "-rss_limit_mb=2048",
            ])
            .env("RUSTC_BOOTSTRAP", "1")
            .current_dir(root()),
        )?;
    }
    Ok(())
}

/// cargo-fuzz, installed from crates.io when missing.
fn install() -> Result<PathBuf> {
    let bin = crate::setup::tauri_driver_path().with_file_name("cargo-fuzz");
    if !bin.exists() {
        eprintln!("xtask: cargo install cargo-fuzz");
        process::run(process::cargo().args(["install", "cargo-fuzz", "--locked"]))?;
    }
    Ok(bin)
}
