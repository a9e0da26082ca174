//! The agent role: headset-agent's loop with a desktop that has Tauri's tray. Never a
//! webview.

mod desktop;
mod tray;

use std::sync::Arc;

use anyhow::Context;
use headset_agent::{Agent, Input, Mailbox};
use headset_ipc::paths::Paths;
use tauri::{AppHandle, RunEvent};
use tokio::sync::broadcast;

use desktop::TauriDesktop;
use tray::Tray;

pub fn run(paths: Paths, server: Option<String>, token: Option<String>) -> anyhow::Result<()> {
    let _log = crate::logging::init(&paths, "agent");
    // The socket is the single-instance lock: bind it before anything else starts.
    let listener = tauri::async_runtime::block_on(headset_ipc::bind(&paths.socket()))
        .context("cannot start the agent")?;
    let (events, _) = broadcast::channel(64);
    let (inputs, rx) = tokio::sync::mpsc::unbounded_channel();

    let app = tauri::Builder::default()
        // The agent is what starts at login (the window opens from its tray).
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            None,
        ))
        .setup({
            let paths = paths.clone();
            move |app| {
                let tray = Tray::build(app.handle(), inputs.clone())?;
                let desktop = Arc::new(TauriDesktop::new(app.handle().clone(), tray));
                tauri::async_runtime::spawn(async move {
                    let agent =
                        Agent::new(paths, desktop, events.clone(), inputs.clone(), rx).await;
                    let mut agent = match agent {
                        Ok(agent) => agent,
                        Err(e) => {
                            tracing::error!(error = %e, "cannot open the edit journal");
                            return;
                        }
                    };
                    let inputs = agent.inputs();
                    let mailbox = Arc::new(Mailbox(inputs.clone()));
                    tokio::spawn(async move {
                        if let Err(e) = headset_ipc::serve(listener, mailbox, events).await {
                            tracing::error!(error = %e, "IPC server stopped");
                        }
                    });
                    headset_agent::spawn_clock(inputs.clone());
                    let (signals, mut signal_rx) = tokio::sync::mpsc::unbounded_channel();
                    headset_desktop::signals::spawn(signals);
                    tokio::spawn(async move {
                        while let Some(signal) = signal_rx.recv().await {
                            if inputs.send(Input::Signal(signal)).is_err() {
                                break;
                            }
                        }
                    });
                    agent.start(server, token);
                    agent.run().await;
                });
                tauri::async_runtime::spawn(exit_on_signal(app.handle().clone()));
                Ok(())
            }
        })
        .build(tauri::generate_context!())
        .context("cannot start the tray")?;
    tracing::info!(socket = %paths.socket().display(), "agent running");
    app.run(move |_, event| match event {
        // No window belongs to the agent: it lives until Quit.
        RunEvent::ExitRequested {
            api, code: None, ..
        } => api.prevent_exit(),
        RunEvent::Exit => {
            let _ = std::fs::remove_file(paths.socket());
        }
        _ => {}
    });
    Ok(())
}

/// SIGTERM (logout, `kill`) and Ctrl-C end the agent cleanly, removing its socket.
async fn exit_on_signal(app: AppHandle) {
    #[cfg(not(unix))]
    if tokio::signal::ctrl_c().await.is_ok() {
        app.exit(0);
    }
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
        app.exit(0);
    }
}
