//! Installs what the build, the demo and the tests need, when it is missing.

use std::path::PathBuf;
use std::process::Command;

use crate::process::{self, found};
use crate::{root, Result};

/// Debian packages: build libraries for Tauri/WebKitGTK, ALSA and D-Bus, plus the real
/// desktop services the tests run against (Xvfb, a notification daemon, a keyring, an
/// SMTP server).
pub const PACKAGES: &[&str] = &[
    "libwebkit2gtk-4.1-dev",
    "libgtk-3-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "libasound2-dev",
    "libdbus-1-dev",
    "libssl-dev",
    "pkg-config",
    "xvfb",
    "webkit2gtk-driver",
    "dbus-x11",
    "dbus-bin",
    "dbus-daemon",
    "dunst",
    "gnome-keyring",
    "libsecret-tools",
    "sox",
    "imagemagick",
    "libvips-tools",
    "libglib2.0-bin",
    "gsettings-desktop-schemas",
    "dconf-service",
    "postgresql",
    "python3-aiosmtpd",
    // schemathesis (the API conformance run) is installed from PyPI into a venv.
    "python3-venv",
    // Chinese, Japanese and Korean glyphs, so the window's screenshots in those
    // languages can be reviewed.
    "fonts-noto-cjk",
];

pub fn run() -> Result {
    debian_packages()?;
    npm_packages()?;
    tauri_driver()?;
    Ok(())
}

fn debian_packages() -> Result {
    let missing: Vec<&str> = PACKAGES
        .iter()
        .copied()
        .filter(|p| {
            let status = Command::new("dpkg-query")
                .args(["-W", "-f=${Status}", p])
                .output();
            !matches!(status, Ok(o) if String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let command = format!(
        "apt-get update && apt-get install -y --no-install-recommends {}",
        missing.join(" ")
    );
    if unsafe { libc::geteuid() } != 0 {
        return Err(format!(
            "missing Debian packages: {}\nrun as root:\n  {command}",
            missing.join(" ")
        ));
    }
    eprintln!("xtask: installing {}", missing.join(" "));
    process::run(
        Command::new("sh")
            .args(["-c", &command])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

fn npm_packages() -> Result {
    if !found("npm") {
        return Err(
            "npm is missing: install Node.js 20 or newer (apt-get install nodejs npm)".into(),
        );
    }
    let ui = root().join("ui");
    let installed = ui.join("node_modules/.package-lock.json");
    let lock = ui.join("package-lock.json");
    let fresh = match (installed.metadata(), lock.metadata()) {
        (Ok(i), Ok(l)) => i.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    eprintln!("xtask: npm ci in ui/");
    process::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&ui),
    )
}

/// `tauri-driver`, the WebDriver bridge the end-to-end tests use.
pub fn tauri_driver_path() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo")
        });
    home.join("bin/tauri-driver")
}

fn tauri_driver() -> Result {
    if tauri_driver_path().exists() {
        return Ok(());
    }
    eprintln!("xtask: cargo install tauri-driver");
    process::run(
        Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())).args([
            "install",
            "tauri-driver",
            "--locked",
        ]),
    )
}

/// Builds the UI into ui/dist (the app embeds it at compile time).
pub fn build_ui() -> Result {
    process::run(
        Command::new("npm")
            .args(["run", "build", "--silent"])
            .current_dir(root().join("ui")),
    )
}
