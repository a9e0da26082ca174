//! macOS and Windows: the lock state and the idle time are asked every [`IDLE_POLL`]
//! (both systems answer in one cheap call; their change notifications need a run loop or
//! a window of the agent's own), and waking from sleep is seen as the wall clock jumping
//! ahead between two polls — the same on both, with no power-notification window.

use std::time::{Duration, SystemTime};

#[cfg(not(target_os = "linux"))]
use {
    super::{DesktopSignal, IDLE_POLL},
    tokio::sync::mpsc,
};

/// What a platform answers when asked.
#[cfg(not(target_os = "linux"))]
pub trait Desktop {
    /// Whether the screen is locked; `None` when the system does not say.
    fn screen_locked() -> Option<bool>;
    /// How long since the last keyboard or mouse input; `None` when unknown.
    fn idle_time() -> Option<Duration>;
}

/// Longer than any pause of a busy but awake machine between two polls.
const SLEPT: Duration = Duration::from_secs(30);

/// Whether the machine slept between a poll at `before` and one at `now`, `interval` apart.
pub fn slept_between(before: SystemTime, now: SystemTime, interval: Duration) -> bool {
    now.duration_since(before)
        .is_ok_and(|passed| passed > interval + SLEPT)
}

#[cfg(not(target_os = "linux"))]
pub fn spawn<D: Desktop>(tx: mpsc::UnboundedSender<DesktopSignal>) {
    tokio::spawn(async move {
        let mut locked = None;
        let mut last = SystemTime::now();
        loop {
            let now = SystemTime::now();
            let mut signals = Vec::new();
            if slept_between(last, now, IDLE_POLL) {
                signals.push(DesktopSignal::Resumed);
            }
            last = now;
            let (is_locked, idle) =
                tokio::task::spawn_blocking(|| (D::screen_locked(), D::idle_time()))
                    .await
                    .unwrap_or((None, None));
            if is_locked.is_some() && is_locked != locked {
                locked = is_locked;
                signals.extend(is_locked.map(DesktopSignal::ScreenLocked));
            }
            signals.extend(idle.map(DesktopSignal::Idle));
            if signals.into_iter().any(|s| tx.send(s).is_err()) {
                break;
            }
            tokio::time::sleep(IDLE_POLL).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jump_of_the_wall_clock_between_polls_is_a_wake_from_sleep() {
        let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let poll = Duration::from_secs(5);
        assert!(!slept_between(t0, t0 + poll, poll));
        assert!(
            !slept_between(t0, t0 + Duration::from_secs(20), poll),
            "a slow poll"
        );
        assert!(slept_between(t0, t0 + Duration::from_secs(3600), poll));
        assert!(
            !slept_between(t0, t0 - Duration::from_secs(3600), poll),
            "clock set back"
        );
    }
}
