//! Is the computer in do-not-disturb? Then Headset holds back sounds and banners too.
//! Linux: GNOME's `show-banners` off, or a paused notification daemon (dunst). macOS: a
//! Focus turned on (its assertions file). Windows: Focus Assist / Do not disturb (the
//! shell's quiet-hours state), or the shell's own "busy" (a full-screen app, a
//! presentation), when Windows itself holds its notifications back.
//!
//! [`os_dnd`] answers with the id of the message that names the cause. Blocking: call it
//! off the async threads.

#[cfg(target_os = "linux")]
pub use linux::os_dnd;
#[cfg(target_os = "macos")]
pub use macos::os_dnd;
#[cfg(target_os = "windows")]
pub use windows::os_dnd;

#[cfg(target_os = "linux")]
mod linux {
    use std::process::{Command, Stdio};

    fn output(program: &str, args: &[&str]) -> Option<String> {
        let out = Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }

    pub fn os_dnd() -> Option<&'static str> {
        if output(
            "gsettings",
            &["get", "org.gnome.desktop.notifications", "show-banners"],
        )
        .as_deref()
            == Some("false")
        {
            return Some("dnd-gnome-banners-off");
        }
        if output("dunstctl", &["is-paused"]).as_deref() == Some("true") {
            return Some("dnd-dunst-paused");
        }
        None
    }
}

/// Whether macOS's Focus assertions (`~/Library/DoNotDisturb/DB/Assertions.json`, the
/// file the Focus menu writes) hold an active Focus: a record in `storeAssertionRecords`.
#[cfg(any(target_os = "macos", test))]
fn focus_asserted(assertions: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(assertions)
        .ok()
        .and_then(|doc| {
            let stores = doc.get("data")?.as_array()?.clone();
            Some(stores.iter().any(|store| {
                store
                    .get("storeAssertionRecords")
                    .and_then(serde_json::Value::as_array)
                    .is_some_and(|records| !records.is_empty())
            }))
        })
        .unwrap_or(false)
}

#[cfg(target_os = "macos")]
mod macos {
    pub fn os_dnd() -> Option<&'static str> {
        let home = std::env::var_os("HOME")?;
        let path = std::path::Path::new(&home).join("Library/DoNotDisturb/DB/Assertions.json");
        let assertions = std::fs::read_to_string(path).ok()?;
        super::focus_asserted(&assertions).then_some("dnd-macos-focus")
    }
}

#[cfg(target_os = "windows")]
mod windows {
    use std::ffi::c_void;

    /// `WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED`: 0 off, 1 priority only, 2 alarms only.
    const QUIET_HOURS: u64 = 0x0D83_063E_A3BF_1C75;
    /// `QUERY_USER_NOTIFICATION_STATE` values when the shell holds notifications back:
    /// busy (full screen), Direct3D full screen, presentation mode, quiet time.
    const HELD_BACK: [i32; 4] = [2, 3, 4, 6];

    #[link(name = "ntdll")]
    extern "system" {
        fn NtQueryWnfStateData(
            state_name: *const u64,
            type_id: *const c_void,
            explicit_scope: *const c_void,
            change_stamp: *mut u32,
            buffer: *mut c_void,
            buffer_size: *mut u32,
        ) -> i32;
    }

    #[link(name = "shell32")]
    extern "system" {
        fn SHQueryUserNotificationState(state: *mut i32) -> i32;
    }

    /// Focus Assist's profile. The shell publishes it only through this (undocumented
    /// but stable since Windows 10 1803) notification-facility state.
    fn focus_assist() -> Option<u32> {
        let (mut stamp, mut profile, mut size) = (0u32, 0u32, 4u32);
        // SAFETY: the buffer is a u32 and `size` says so; the call writes at most that.
        let status = unsafe {
            NtQueryWnfStateData(
                &QUIET_HOURS,
                std::ptr::null(),
                std::ptr::null(),
                &mut stamp,
                (&mut profile as *mut u32).cast(),
                &mut size,
            )
        };
        (status == 0 && size == 4).then_some(profile)
    }

    pub fn os_dnd() -> Option<&'static str> {
        if focus_assist().is_some_and(|profile| profile != 0) {
            return Some("dnd-windows-focus-assist");
        }
        let mut state = 0;
        // SAFETY: one i32 out.
        let ok = unsafe { SHQueryUserNotificationState(&mut state) } == 0;
        (ok && HELD_BACK.contains(&state)).then_some("dnd-windows-busy")
    }
}

#[cfg(test)]
mod tests {
    use super::focus_asserted;

    #[test]
    fn a_focus_is_on_while_its_assertion_is_recorded() {
        let on = r#"{"data":[{"storeAssertionRecords":[{"assertionDetails":
            {"assertionDetailsModeIdentifier":"com.apple.donotdisturb.mode.default"}}]}]}"#;
        assert!(focus_asserted(on));
        assert!(!focus_asserted(
            r#"{"data":[{"storeAssertionRecords":[]}]}"#
        ));
        assert!(!focus_asserted(r#"{"data":[{}]}"#));
        assert!(
            !focus_asserted("not json"),
            "an unreadable file is no Focus"
        );
    }
}
