//! Windows: the idle time from `GetLastInputInfo`; the lock state from whether this
//! session may switch to the input desktop (the lock screen is another desktop, so
//! `SwitchDesktop` fails while it shows) — both user32 calls that need no window.

use std::time::Duration;

#[repr(C)]
struct LastInputInfo {
    size: u32,
    time: u32,
}

/// `DESKTOP_SWITCHDESKTOP`.
const SWITCH_DESKTOP: u32 = 0x0100;

#[link(name = "user32")]
extern "system" {
    fn GetLastInputInfo(info: *mut LastInputInfo) -> i32;
    fn OpenInputDesktop(flags: u32, inherit: i32, access: u32) -> isize;
    fn SwitchDesktop(desktop: isize) -> i32;
    fn CloseDesktop(desktop: isize) -> i32;
}

#[link(name = "kernel32")]
extern "system" {
    fn GetTickCount() -> u32;
}

pub struct Desktop;

impl super::polled::Desktop for Desktop {
    fn screen_locked() -> Option<bool> {
        // SAFETY: the desktop handle opened here is closed here.
        unsafe {
            let desktop = OpenInputDesktop(0, 0, SWITCH_DESKTOP);
            if desktop == 0 {
                // The secure desktop (lock screen, UAC prompt) cannot be opened.
                return Some(true);
            }
            let locked = SwitchDesktop(desktop) == 0;
            CloseDesktop(desktop);
            Some(locked)
        }
    }

    fn idle_time() -> Option<Duration> {
        let mut info = LastInputInfo {
            size: std::mem::size_of::<LastInputInfo>() as u32,
            time: 0,
        };
        // SAFETY: `info` is a valid LASTINPUTINFO with its size set, as the call requires.
        unsafe {
            if GetLastInputInfo(&mut info) == 0 {
                return None;
            }
            // Both are milliseconds since boot, wrapping every 49.7 days.
            Some(Duration::from_millis(u64::from(
                GetTickCount().wrapping_sub(info.time),
            )))
        }
    }
}
