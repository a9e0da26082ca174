//! `headset diagnose`: what the agent's state says about the server and the realtime
//! link (the desktop adds its own checks: keychain, notifications, audio).

use headset_ipc::{AgentState, Check, Connection};
use headset_model::texts::{plain, text};

use crate::session::Session;

/// What the agent's state says about the server and the realtime link.
pub fn session_checks(state: &AgentState, session: Option<&Session>) -> Vec<Check> {
    let reconnects = session.map_or(0, |s| s.reconnects);
    let since = session.and_then(|s| s.connected_since.clone());
    let dnd = session.and_then(|s| s.main().desk.os_dnd);
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
    vec![
        Check::from_result("server", server),
        Check::from_result("realtime", realtime),
        dnd,
    ]
}
