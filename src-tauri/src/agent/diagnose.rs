//! `headset diagnose`: is each part Headset depends on there and working?

use headset_core::ipc::{AgentState, Check, Connection};

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
    let notifications = tokio::task::spawn_blocking(|| {
        notify_rust::get_server_information()
            .map(|i| format!("{} {} (spec {})", i.name, i.version, i.spec_version))
            .map_err(|e| format!("no notification daemon: {e}"))
    })
    .await
    .unwrap_or_else(|e| Err(e.to_string()));
    let audio = tokio::task::spawn_blocking(|| {
        use rodio::cpal::traits::{DeviceTrait, HostTrait};
        rodio::cpal::default_host()
            .default_output_device()
            .map(|d| d.name().unwrap_or_else(|_| "unnamed device".into()))
            .ok_or_else(|| "no audio output device".to_owned())
    })
    .await
    .unwrap_or_else(|e| Err(e.to_string()));
    vec![
        check("keychain", keychain),
        check("notifications", notifications),
        check("audio", audio),
    ]
}

/// What the agent's state says about the server and the realtime link.
pub fn session_checks(
    state: &AgentState,
    reconnects: u32,
    since: Option<String>,
    dnd: Option<&str>,
) -> Vec<Check> {
    let server = match (&state.profile, &state.server) {
        (Some(p), Some(server)) => Ok(format!("signed in to {server} as {}", p.email)),
        (None, Some(server)) => Err(format!("signed out (last server {server})")),
        _ => Err("not signed in".into()),
    };
    let realtime = match &state.connection {
        Connection::Connected => Ok(format!(
            "connected since {}, {reconnects} reconnects",
            since.unwrap_or_else(|| "now".into())
        )),
        Connection::Connecting => Err("connecting".into()),
        Connection::Reconnecting {
            reason,
            retry_in_seconds,
        } => Err(format!("{reason}; retrying in {retry_in_seconds} s")),
        Connection::Idle => Err("not connected (signed out)".into()),
    };
    // Informational: do-not-disturb is a choice, not a fault.
    let dnd = Check {
        name: "do_not_disturb".into(),
        ok: true,
        detail: dnd.map_or_else(|| "off".to_owned(), |why| format!("on: {why}")),
    };
    vec![check("server", server), check("realtime", realtime), dnd]
}
