//! `headset diagnose`: is each part Headset depends on there and working?

use headset_core::ipc::{AgentState, Check, Connection};
use headset_model::texts::{plain, text};

fn check(name: &str, result: Result<String, String>) -> Check {
    let (ok, detail) = match result {
        Ok(detail) => (true, detail),
        Err(detail) => (false, detail),
    };
    Check {
        name: name.into(),
        ok,
        detail,
    }
}

/// The checks that need no session; the session adds its own (server, realtime).
pub async fn desktop_checks() -> Vec<Check> {
    let keychain = tokio::task::spawn_blocking(super::keychain::probe)
        .await
        .unwrap_or_else(|e| Err(e.to_string()));
    let notifications = tokio::task::spawn_blocking(notification_server)
        .await
        .unwrap_or_else(|e| Err(e.to_string()));
    let audio = tokio::task::spawn_blocking(|| {
        use rodio::cpal::traits::{DeviceTrait, HostTrait};
        rodio::cpal::default_host()
            .default_output_device()
            .map(|d| {
                d.name()
                    .unwrap_or_else(|_| plain("diagnose-unnamed-device"))
            })
            .ok_or_else(|| plain("diagnose-no-audio-device"))
    })
    .await
    .unwrap_or_else(|e| Err(e.to_string()));
    vec![
        check("keychain", keychain),
        check("notifications", notifications),
        check("audio", audio),
    ]
}

/// The XDG notification server's name and version.
#[cfg(all(unix, not(target_os = "macos")))]
fn notification_server() -> Result<String, String> {
    notify_rust::get_server_information()
        .map(|i| format!("{} {} (spec {})", i.name, i.version, i.spec_version))
        .map_err(|e| {
            text(
                "diagnose-no-notification-daemon",
                &[("detail", e.to_string().into())],
            )
        })
}

/// macOS and Windows always have their notification centre.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn notification_server() -> Result<String, String> {
    Ok(plain("diagnose-system-notifications"))
}

/// What the agent's state says about the server and the realtime link.
pub fn session_checks(
    state: &AgentState,
    reconnects: u32,
    since: Option<String>,
    dnd: Option<&str>,
) -> Vec<Check> {
    let server = match (&state.profile, &state.server) {
        (Some(p), Some(server)) => Ok(text(
            "diagnose-signed-in",
            &[
                ("server", server.into()),
                ("email", p.email.as_str().into()),
            ],
        )),
        (None, Some(server)) => Err(text("diagnose-signed-out", &[("server", server.into())])),
        _ => Err(plain("error-not-signed-in")),
    };
    let realtime = match &state.connection {
        Connection::Connected => Ok(text(
            "diagnose-connected",
            &[
                (
                    "since",
                    since.unwrap_or_else(|| plain("diagnose-now")).into(),
                ),
                ("reconnects", reconnects.into()),
            ],
        )),
        Connection::Connecting => Err(plain("diagnose-connecting")),
        Connection::Reconnecting {
            reason,
            retry_in_seconds,
        } => Err(text(
            "diagnose-retrying",
            &[
                ("reason", reason.as_str().into()),
                ("seconds", (*retry_in_seconds).into()),
            ],
        )),
        Connection::Idle => Err(plain("diagnose-not-connected")),
    };
    // Informational: do-not-disturb is a choice, not a fault.
    let dnd = Check {
        name: "do_not_disturb".into(),
        ok: true,
        detail: dnd.map_or_else(
            || plain("diagnose-dnd-off"),
            |why| text("diagnose-dnd-on", &[("why", plain(why).into())]),
        ),
    };
    vec![check("server", server), check("realtime", realtime), dnd]
}
