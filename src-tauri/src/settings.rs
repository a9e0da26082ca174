//! The settings role: a webview window that forwards every action to the agent.
//! It holds no credentials, and exits when its window closes.

use std::time::Duration;

use anyhow::Context;
use headset_core::ipc::{Event, IpcClient, Request, Response};
use headset_core::paths::Paths;
use headset_core::{Error, ErrorCode, IpcError};
use tauri::{Emitter, WebviewUrl, WebviewWindowBuilder};

const WINDOW: &str = "settings";

/// The UI's one command: a typed request to the agent, its typed answer.
#[tauri::command]
async fn agent_request(
    client: tauri::State<'_, IpcClient>,
    request: Request,
) -> Result<Response, IpcError> {
    client.request(request).await
}

pub fn run(paths: Paths) -> anyhow::Result<()> {
    let _log = crate::logging::init(&paths, "settings");
    let (client, mut events) = tauri::async_runtime::block_on(connect_or_start_agent(&paths))
        .context("cannot reach the Headset agent")?;
    match tauri::async_runtime::block_on(client.request(Request::ClaimWindow)) {
        Ok(_) => {}
        // The agent has brought the open window to the front.
        Err(e) if e.code == ErrorCode::WindowOpen => return Ok(()),
        Err(e) => return Err(e).context("the agent refused the window"),
    }

    tauri::Builder::default()
        .manage(client)
        .invoke_handler(tauri::generate_handler![agent_request])
        .setup(move |app| {
            let window =
                WebviewWindowBuilder::new(app, WINDOW, WebviewUrl::App("index.html".into()))
                    .title("Headset Settings")
                    .inner_size(900.0, 640.0)
                    .min_inner_size(640.0, 480.0)
                    .build()?;
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                while let Some(event) = events.recv().await {
                    match event {
                        Event::FocusWindow => {
                            let _ = window.unminimize();
                            let _ = window.show();
                            let _ = window.set_focus();
                        }
                        Event::State { .. } | Event::Edit { .. } => {
                            let _ = handle.emit("agent-event", &event);
                        }
                    }
                }
                // The agent went away: this window cannot do anything without it.
                tracing::warn!("agent connection lost; closing the settings window");
                handle.exit(1);
            });
            Ok(())
        })
        .run(tauri::generate_context!())
        .context("the settings window failed")?;
    Ok(())
}

/// Connects to the running agent, starting one if there is none.
async fn connect_or_start_agent(
    paths: &Paths,
) -> headset_core::Result<(IpcClient, tokio::sync::mpsc::UnboundedReceiver<Event>)> {
    match IpcClient::connect(&paths.socket()).await {
        Err(Error::AgentUnavailable) => {}
        other => return other,
    }
    tracing::info!("no agent running; starting one");
    let mut command = std::process::Command::new(std::env::current_exe()?);
    command
        .env_remove("HEADSET_ACCESS_TOKEN")
        .stdin(std::process::Stdio::null());
    // Its own process group: a Ctrl-C meant for this window must not stop the agent.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut agent = command.spawn()?;
    std::thread::spawn(move || agent.wait());
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if let Ok(connected) = IpcClient::connect(&paths.socket()).await {
            return Ok(connected);
        }
    }
    Err(Error::AgentUnavailable)
}
