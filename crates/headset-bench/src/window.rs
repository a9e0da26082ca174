//! The settings window's start: spawn -> the UI's first frame, which the window logs.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::cable::wall;
use crate::monitor::log_times;
use crate::stats::{report, spread};

/// Starts `headset settings` on the agent's data dir `starts` times, one at a time.
pub fn first_paint(headset: &Path, data: &Path, starts: usize) -> Result<()> {
    let logs = data.join("logs");
    let mut paints = Vec::with_capacity(starts);
    for _ in 0..starts {
        let painted = log_times(&logs, "settings", "first paint").len();
        let began = wall();
        let mut window = Command::new(headset)
            .arg("settings")
            .env("HEADSET_DATA_DIR", data)
            .stderr(Stdio::null())
            .spawn()
            .context("headset settings")?;
        let deadline = Instant::now() + Duration::from_secs(30);
        let at = loop {
            if let Some(at) = log_times(&logs, "settings", "first paint").get(painted) {
                break *at;
            }
            if Instant::now() > deadline {
                bail!("the settings window never reported its first paint");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        paints.push((at - began) * 1000.0);
        // SIGTERM, as a window manager's close would end it; the next start waits.
        // SAFETY: signalling our own child.
        unsafe { libc::kill(window.id() as i32, libc::SIGTERM) };
        window.wait()?;
    }
    report("paint_ms", spread(&mut paints));
    Ok(())
}
