//! Is the desktop in do-not-disturb? GNOME's `show-banners` off, or a paused
//! notification daemon (dunst). Then Headset holds back sounds and banners too.

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

/// What turned do-not-disturb on, if anything. Blocking: call off the async threads.
pub fn os_dnd() -> Option<&'static str> {
    if output(
        "gsettings",
        &["get", "org.gnome.desktop.notifications", "show-banners"],
    )
    .as_deref()
        == Some("false")
    {
        return Some("GNOME: notification banners are off");
    }
    if output("dunstctl", &["is-paused"]).as_deref() == Some("true") {
        return Some("the notification daemon (dunst) is paused");
    }
    None
}
