//! `cargo xtask test`: every test, against the real parts.
//!
//! UI unit tests run under vitest, the fuzz targets for 20 s each, schemathesis against
//! the server's OpenAPI document; then one `cargo nextest run --workspace` runs all Rust
//! tests, the end-to-end ones included, inside a private X display (Xvfb), session bus
//! (`dbus-run-session`), unlocked keyring (gnome-keyring) and notification daemon (dunst).
//! The server's tests then run a second time against a throwaway PostgreSQL server, from
//! the same build. Between the two, every file the tests left is scanned for the password
//! and API tokens they used.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::postgres::Postgres;
use crate::process::{self, cargo, Children};
use crate::{root, setup, Result};

pub fn run(args: &[String]) -> Result {
    // The workspace build below rebuilds this very binary (its dependencies' features
    // unify with the rest of the workspace) and replaces the file: keep a copy to run
    // the in-session half from.
    let session_half = std::env::temp_dir().join(format!("headset-xtask-{}", std::process::id()));
    std::fs::copy(
        std::env::current_exe().map_err(|e| e.to_string())?,
        &session_half,
    )
    .map_err(|e| format!("cannot copy xtask: {e}"))?;
    let result = run_with(args, &session_half);
    let _ = std::fs::remove_file(&session_half);
    result
}

fn run_with(args: &[String], session_half: &Path) -> Result {
    setup::run()?;
    setup::build_ui()?;
    process::run(cargo().args(["fmt", "--all", "--check"]))
        .map_err(|_| "code is not formatted: run `cargo fmt --all`".to_string())?;
    process::run(
        Command::new("npm")
            .args(["test", "--silent"])
            .current_dir(root().join("ui")),
    )?;
    // Hostile input, on a short budget (`cargo xtask fuzz` runs longer).
    crate::fuzz::run(&["--seconds".into(), "20".into(), "--dev".into()])?;
    // The end-to-end tests drive these binaries; the test build reuses the same artifacts.
    // (headset-bench is for `cargo xtask bench`, on release builds.)
    process::run(cargo().args([
        "build",
        "--workspace",
        "--exclude",
        "headset-bench",
        "--bins",
    ]))?;
    // The server against its own OpenAPI document, briefly (`cargo xtask conformance`
    // runs longer).
    crate::conformance::run(20)?;
    // The package test checks the .deb made from those very binaries.
    crate::bundle::package(true)?;

    let mut children = Children::default();
    let display = children.xvfb()?;
    let artifacts = root().join("artifacts");
    std::fs::create_dir_all(&artifacts).map_err(|e| e.to_string())?;
    process::run(
        Command::new("dbus-run-session")
            .arg("--")
            .arg(session_half)
            .arg("test-in-session")
            .args(args)
            .env("DISPLAY", format!(":{display}"))
            .env("TAURI_DRIVER", setup::tauri_driver_path())
            .env("HEADSET_ARTIFACTS", &artifacts)
            .env_remove("HEADSET_DATA_DIR"),
    )
}

/// Inside the private session bus: start the desktop services, then the tests.
pub fn in_session(args: &[String]) -> Result {
    let scratch = std::env::temp_dir().join(format!("headset-test-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let mut children = Children::default();

    // A fresh keyring in a scratch data dir, unlocked: the real Secret Service.
    let mut keyring = Command::new("gnome-keyring-daemon")
        .args(["--unlock", "--components=secrets"])
        .env("XDG_DATA_HOME", &scratch)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start gnome-keyring-daemon: {e}"))?;
    keyring
        .stdin
        .take()
        .expect("piped")
        .write_all(b"headset-test")
        .map_err(|e| e.to_string())?;
    keyring.wait().map_err(|e| e.to_string())?;
    children.dunst(&scratch)?;

    // Every directory the tests make stays until the scan for secrets below.
    let tmp = scratch.join("tmp");
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let secrets = scratch.join("secrets");
    let mut result = process::run(
        cargo()
            .args(["nextest", "run", "--workspace", "--no-fail-fast"])
            .args(args)
            .env("TMPDIR", &tmp)
            .env("HEADSET_KEEP_TEST_DIRS", "1")
            .env("HEADSET_TEST_SECRETS", &secrets),
    );
    result = result.and(crate::secrets::scan(
        &[tmp, root().join("artifacts")],
        &secrets,
    ));
    if args.is_empty() {
        let postgres = Postgres::start();
        let postgres_run = postgres.and_then(|pg| {
            eprintln!("xtask: the server's tests again, on PostgreSQL");
            process::run(
                cargo()
                    .args(["nextest", "run", "--workspace", "--no-fail-fast"])
                    .args(["-E", "package(headset-server)"])
                    .env("HEADSET_TEST_POSTGRES", &pg.url),
            )
        });
        result = result.and(postgres_run);
    }
    drop(children);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}
