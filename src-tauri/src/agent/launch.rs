//! Starts the settings window as its own process, never passing secrets along.

use std::process::{Command, Stdio};

/// `headset settings`, detached from our stdio; reaped by a thread so no zombie stays.
pub fn settings_window() -> std::io::Result<()> {
    let mut child = Command::new(std::env::current_exe()?)
        .arg("settings")
        .env_remove("HEADSET_ACCESS_TOKEN")
        .stdin(Stdio::null())
        .spawn()?;
    std::thread::spawn(move || child.wait());
    Ok(())
}
