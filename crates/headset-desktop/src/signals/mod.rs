//! What the desktop says about the agent's presence: the screen locked, the keyboard and
//! mouse idle, the machine awake again, the network back. Each platform reads its own
//! sources; the agent sees the same [`DesktopSignal`]s everywhere.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(any(target_os = "macos", target_os = "windows", test))]
mod polled;
#[cfg(target_os = "windows")]
mod windows;

use headset_agent::DesktopSignal;
use tokio::sync::mpsc;

/// How often the idle time (and, off Linux, the lock state) is asked.
const IDLE_POLL: std::time::Duration = std::time::Duration::from_secs(5);

/// Sends the desktop's signals until the receiver goes away. A source that cannot be
/// reached is logged and skipped: the agent works without these signals.
pub fn spawn(tx: mpsc::UnboundedSender<DesktopSignal>) {
    #[cfg(target_os = "linux")]
    linux::spawn(tx);
    #[cfg(target_os = "macos")]
    polled::spawn::<macos::Desktop>(tx);
    #[cfg(target_os = "windows")]
    polled::spawn::<windows::Desktop>(tx);
}
