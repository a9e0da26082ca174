//! Starts: the agent's (spawn -> its IPC socket, bound after the tray is built) and the
//! settings window's (spawn -> the UI's first frame, which the window logs).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::cable::wall;
use crate::monitor::log_times;
use crate::stats::{report, spread};

/// Starts the agent `starts` times, each signed in to `server` (the token from
/// `BENCH_TOKEN`) in a fresh data dir under `dir`, and stops it once its socket is there.
pub fn agent(headset: &Path, server: &str, token: &str, dir: &Path, starts: usize) -> Result<()> {
    let mut times = Vec::with_capacity(starts);
    for run in 0..starts {
        let data = dir.join(format!("start-{run}"));
        let began = Instant::now();
        let mut child = Command::new(headset)
            .args(["--server", server])
            .env("HEADSET_DATA_DIR", &data)
            .env("HEADSET_ACCESS_TOKEN", token)
            .stderr(Stdio::null())
            .spawn()
            .context("headset")?;
        while !data.join("agent.sock").exists() {
            if began.elapsed() > Duration::from_secs(20) {
                bail!("the agent did not start");
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        times.push(began.elapsed().as_secs_f64() * 1000.0);
        child.kill()?;
        child.wait()?;
    }
    report("start_ms", spread(&mut times));
    Ok(())
}

/// Starts `headset settings` on the agent's data dir `starts` times, one at a time.
pub fn first_paint(headset: &Path, data: &Path, starts: usize) -> Result<()> {
    let logs = data.join("logs");
    let mut paints = Vec::with_capacity(starts);
    for _ in 0..starts {
        let painted = log_times(&logs, "window", "first paint").len();
        let began = wall();
        let mut window = Command::new(headset)
            .arg("settings")
            .env("HEADSET_DATA_DIR", data)
            .stderr(Stdio::null())
            .spawn()
            .context("headset settings")?;
        let deadline = Instant::now() + Duration::from_secs(30);
        let at = loop {
            if let Some(at) = log_times(&logs, "window", "first paint").get(painted) {
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
