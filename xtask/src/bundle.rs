//! `cargo xtask bundle`: the .deb and .rpm packages, made by Tauri's bundler
//! (`@tauri-apps/cli`, an npm package of the UI). A release build by default; `--debug`
//! packages the debug binaries `cargo xtask test` already built, in seconds.

use std::path::PathBuf;
use std::process::Command;

use crate::{process, root, setup, Result};

pub fn run(args: &[String]) -> Result {
    let debug = args.iter().any(|a| a == "--debug");
    setup::run()?;
    setup::build_ui()?;
    if debug {
        process::run(process::cargo().args(["build", "--workspace", "--bins"]))?;
    }
    package(debug)?;
    for found in packages(debug) {
        println!("{}", found.display());
    }
    Ok(())
}

/// Packages what is built; `tauri build` (release) compiles first.
pub fn package(debug: bool) -> Result {
    let tauri = root().join("ui/node_modules/.bin/tauri");
    let mut cmd = Command::new(&tauri);
    if debug {
        cmd.args(["bundle", "--debug"]);
    } else {
        cmd.arg("build");
    }
    process::run(
        cmd.args(["--bundles", "deb,rpm", "--ci"])
            .current_dir(root().join("src-tauri")),
    )
}

/// The packages made, .deb first.
pub fn packages(debug: bool) -> Vec<PathBuf> {
    let dir = root()
        .join("target")
        .join(if debug { "debug" } else { "release" })
        .join("bundle");
    ["deb", "rpm"]
        .iter()
        .filter_map(|kind| std::fs::read_dir(dir.join(kind)).ok())
        .flat_map(|entries| entries.flatten().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect()
}
