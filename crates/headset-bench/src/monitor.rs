//! What reached the notification daemon, watched with dbus-monitor, and the moments
//! the agent and the window log for the bench.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result};

/// `Notify` calls on the session bus, written to a file while this lives.
pub struct Monitor {
    child: Child,
    out: PathBuf,
}

/// One `Notify` call: when the bus delivered it, what it replaces, and its text.
pub struct Notify {
    pub at: f64,
    pub replaces: u32,
    pub summary: String,
    pub body: String,
}

impl Monitor {
    pub fn start(dir: &Path) -> Result<Monitor> {
        let out = dir.join("notify.txt");
        let child = Command::new("dbus-monitor")
            .arg("interface='org.freedesktop.Notifications',member='Notify'")
            .stdout(std::fs::File::create(&out)?)
            .stderr(Stdio::null())
            .spawn()
            .context("dbus-monitor (Debian: dbus-bin)")?;
        std::thread::sleep(Duration::from_millis(300));
        Ok(Monitor { child, out })
    }

    /// Every call so far, oldest first.
    pub fn calls(&self) -> Vec<Notify> {
        parse(&std::fs::read_to_string(&self.out).unwrap_or_default())
    }
}

impl Drop for Monitor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// dbus-monitor's text: a header line with `time=SECONDS`, then one argument a line
/// (`string "…"`, `uint32 N`): app name, replaced id, icon, summary, body, …
fn parse(text: &str) -> Vec<Notify> {
    text.split("method call time=")
        .skip(1)
        .filter_map(|call| {
            let at = call.split_whitespace().next()?.parse().ok()?;
            let args: Vec<&str> = call.lines().skip(1).map(str::trim).collect();
            let string = |i: usize| {
                args.get(i)?
                    .strip_prefix("string \"")?
                    .strip_suffix('"')
                    .map(str::to_owned)
            };
            Some(Notify {
                at,
                replaces: args.get(1)?.strip_prefix("uint32 ")?.parse().ok()?,
                summary: string(3)?,
                body: string(4)?,
            })
        })
        .collect()
}

/// When the lines of `role`'s logs (`<role>.log.<date>` under `logs`) that end with
/// `marker` were written, in seconds since the epoch, oldest first: the agent's "first
/// audio buffer", the settings window's "first paint" (debug lines kept for the bench).
pub fn log_times(logs: &Path, role: &str, marker: &str) -> Vec<f64> {
    let prefix = format!("{role}.log");
    let mut at: Vec<f64> = std::fs::read_dir(logs)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .flat_map(|e| {
            std::fs::read_to_string(e.path())
                .unwrap_or_default()
                .lines()
                .filter(|l| l.ends_with(marker))
                .filter_map(|l| {
                    let stamp = l.split_whitespace().next()?;
                    let t = chrono::DateTime::parse_from_rfc3339(stamp).ok()?;
                    Some(t.timestamp_micros() as f64 / 1e6)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    at.sort_by(f64::total_cmp);
    at
}

/// When the agent started each sound (its audio callback took the first sample).
pub fn sounds(logs: &Path) -> Vec<f64> {
    log_times(logs, "agent", "first audio buffer")
}
