//! The window role (`headset settings`): a webview of the settings that forwards every
//! action to the agent.
//! It holds no credentials, and exits when its window closes.

use std::time::Duration;

use anyhow::Context;
use headset_ipc::{paths::Paths, Error, ErrorCode, Event, IpcClient, IpcError, Request, Response};
use serde::{Deserialize, Serialize};
use tauri::{Emitter, WebviewUrl, WebviewWindow, WebviewWindowBuilder, WindowEvent};

const WINDOW: &str = "settings";

/// The UI's one command: a typed request to the agent, its typed answer.
#[tauri::command]
async fn agent_request(
    client: tauri::State<'_, IpcClient>,
    request: Request,
) -> Result<Response, IpcError> {
    client.request(request).await
}

/// The UI's first frame is on screen: logged (at debug level) for `cargo xtask bench`,
/// which times the window's start from spawn to this line.
#[tauri::command]
fn window_painted() {
    tracing::debug!("first paint");
}

pub fn run(paths: Paths) -> anyhow::Result<()> {
    let _log = crate::logging::init(&paths, "window");
    let (client, mut events) = tauri::async_runtime::block_on(connect_or_start_agent(&paths))
        .context("cannot reach the Headset agent")?;
    match tauri::async_runtime::block_on(client.request(Request::ClaimWindow)) {
        Ok(_) => {}
        // The agent has brought the open window to the front.
        Err(e) if e.code == ErrorCode::WindowOpen => return Ok(()),
        Err(e) => return Err(e).context("the agent refused the window"),
    }

    let state_file = paths.data_dir().join("window.json");
    tauri::Builder::default()
        .manage(client)
        .invoke_handler(tauri::generate_handler![agent_request, window_painted])
        .setup(move |app| {
            let saved = WindowState::load(&state_file);
            let mut builder =
                WebviewWindowBuilder::new(app, WINDOW, WebviewUrl::App("index.html".into()))
                    .title("Headset Settings")
                    .inner_size(saved.width, saved.height)
                    .min_inner_size(640.0, 480.0);
            if let (Some(x), Some(y)) = (saved.x, saved.y) {
                builder = builder.position(x, y);
            }
            let window = builder.build()?;
            // Remember size and position as they change, so the next window opens the same.
            window.on_window_event({
                let window = window.clone();
                let state_file = state_file.clone();
                move |event| {
                    if matches!(event, WindowEvent::Resized(_) | WindowEvent::Moved(_)) {
                        WindowState::of(&window).save(&state_file);
                    }
                }
            });
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
) -> headset_ipc::Result<(IpcClient, tokio::sync::mpsc::UnboundedReceiver<Event>)> {
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

/// The window's size and position, in logical pixels, kept in the data dir.
#[derive(Debug, Serialize, Deserialize)]
struct WindowState {
    width: f64,
    height: f64,
    x: Option<f64>,
    y: Option<f64>,
}

impl WindowState {
    fn load(path: &std::path::Path) -> WindowState {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<WindowState>(&bytes).ok())
            .filter(|s| s.width >= 320.0 && s.height >= 240.0)
            .unwrap_or(WindowState {
                width: 900.0,
                height: 640.0,
                x: None,
                y: None,
            })
    }

    fn of(window: &WebviewWindow) -> WindowState {
        let scale = window.scale_factor().unwrap_or(1.0);
        let size = window
            .inner_size()
            .unwrap_or_default()
            .to_logical::<f64>(scale);
        let position = window
            .outer_position()
            .ok()
            .map(|p| p.to_logical::<f64>(scale));
        WindowState {
            width: size.width,
            height: size.height,
            x: position.map(|p| p.x),
            y: position.map(|p| p.y),
        }
    }

    fn save(&self, path: &std::path::Path) {
        let tmp = path.with_extension("json.tmp");
        let written = std::fs::write(&tmp, serde_json::to_vec(self).expect("serialises"))
            .and_then(|()| std::fs::rename(&tmp, path));
        if let Err(e) = written {
            tracing::warn!(error = %e, "could not remember the window's size");
        }
    }
}
