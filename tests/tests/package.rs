//! The .deb made by `cargo xtask bundle --debug` (`cargo xtask test` makes it): its
//! contents and dependencies, and, as root, a real install that starts the agent and a
//! clean removal.

mod support;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use anyhow::{ensure, Context, Result};
use support::*;

fn deb() -> Result<PathBuf> {
    let dir = target_bin("bundle").join("deb");
    std::fs::read_dir(&dir)
        .with_context(|| format!("no {}: run `cargo xtask bundle --debug`", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "deb"))
        .context("no .deb: run `cargo xtask bundle --debug`")
}

fn run(program: &str, args: &[&str]) -> Result<String> {
    let out = Command::new(program).args(args).output()?;
    ensure!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_deb_holds_the_app_its_entry_and_icons_and_names_its_libraries() -> Result<()> {
    let deb = deb()?;
    let deb = deb.to_str().unwrap();
    let files = run("dpkg-deb", &["-c", deb])?;
    for wanted in [
        "usr/bin/headset",
        "usr/share/applications/Headset.desktop",
        "usr/share/icons/hicolor/128x128/apps/headset.png",
    ] {
        ensure!(files.contains(wanted), "{wanted} missing from\n{files}");
    }
    let depends = run("dpkg-deb", &["-f", deb, "Depends"])?;
    for library in [
        "libwebkit2gtk-4.1-0",
        "libayatana-appindicator3-1",
        "libasound2",
        "libdbus-1-3",
    ] {
        ensure!(
            depends.contains(library),
            "{library} not in Depends: {depends}"
        );
    }
    let extract = tempfile::tempdir()?;
    run("dpkg-deb", &["-x", deb, extract.path().to_str().unwrap()])?;
    let entry = std::fs::read_to_string(
        extract
            .path()
            .join("usr/share/applications/Headset.desktop"),
    )?;
    // The menu entry starts the agent, the process that lives in the tray.
    assert!(entry.lines().any(|l| l == "Exec=headset"), "{entry}");
    assert!(entry.lines().any(|l| l == "Icon=headset"), "{entry}");
    Ok(())
}

#[tokio::test]
async fn the_deb_installs_starts_the_agent_and_removes_cleanly() -> Result<()> {
    if unsafe { libc::geteuid() } != 0 {
        // Installing needs root (CI runs as root); the contents test above still runs.
        eprintln!("skipped: dpkg -i needs root");
        return Ok(());
    }
    let deb = deb()?;
    run("dpkg", &["-i", deb.to_str().unwrap()])?;
    let installed = run("dpkg-query", &["-W", "-f=${Status}", "headset"])?;
    assert_eq!(installed, "install ok installed");

    let data = tempfile::tempdir()?;
    let agent = Proc(
        Command::new("/usr/bin/headset")
            .env("HEADSET_DATA_DIR", data.path())
            .stderr(std::process::Stdio::null())
            .spawn()?,
    );
    let socket = data.path().join("agent.sock");
    wait_for(
        "the installed agent's socket",
        Duration::from_secs(30),
        || socket.exists(),
    )
    .await?;
    drop(agent);

    run("dpkg", &["-r", "headset"])?;
    assert!(!std::path::Path::new("/usr/bin/headset").exists());
    assert!(!std::path::Path::new("/usr/share/applications/Headset.desktop").exists());
    let gone = Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", "headset"])
        .output()?;
    assert!(
        !String::from_utf8_lossy(&gone.stdout).contains("installed") || !gone.status.success(),
        "still installed"
    );
    Ok(())
}
