//! The agent role: owns the session, the tray and the IPC socket. Never a webview.

mod account;
mod alerting;
mod cache;
mod config;
mod desktop_signals;
mod diagnose;
mod inbox_names;
mod keychain;
mod launch;
mod session;
mod tray;
mod watch;

use std::sync::{Arc, Mutex};

use anyhow::Context;
use headset_core::ipc::{self, AgentState, ConnId, Event, Request, Response, TrayAction, WebPage};
use headset_core::paths::Paths;
use headset_core::{Error, IpcError};
use headset_model::model::Role;
use headset_model::texts::plain;
use tauri::{AppHandle, Manager, RunEvent};
use tokio::sync::broadcast;

use headset_core::sync::Journal;
use session::{Feeds, Session, SignInStep};
use tray::Tray;

pub struct Agent {
    session: Session,
    tray: Tray,
    app: AppHandle,
    events: broadcast::Sender<Event>,
    /// The IPC connection of the open settings window, if any.
    window: Mutex<Option<ConnId>>,
}

pub fn run(paths: Paths, server: Option<String>, token: Option<String>) -> anyhow::Result<()> {
    let _log = crate::logging::init(&paths, "agent");
    // The socket is the single-instance lock: bind it before anything else starts.
    let listener = tauri::async_runtime::block_on(ipc::bind(&paths.socket()))
        .context("cannot start the agent")?;
    let (events, _) = broadcast::channel(64);
    let (realtime_tx, mut realtime_rx) = tokio::sync::mpsc::unbounded_channel();
    let (sync_tx, mut sync_rx) = tokio::sync::mpsc::unbounded_channel();
    let journal = tauri::async_runtime::block_on(Journal::open(&paths.journal()))
        .context("cannot open the edit journal")?;
    let feeds = Feeds {
        realtime: realtime_tx,
        sync: sync_tx,
    };
    let session = Session::new(paths.clone(), events.clone(), feeds, journal);

    let app = tauri::Builder::default()
        // The agent is what starts at login (the window opens from its tray).
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            None,
        ))
        .setup(move |app| {
            let agent = Arc::new(Agent {
                session,
                tray: Tray::build(app.handle())?,
                app: app.handle().clone(),
                events: events.clone(),
                window: Mutex::new(None),
            });
            agent.tray.sync(&agent.session.state());
            app.manage(agent.clone());
            tauri::async_runtime::spawn(follow_state(agent.clone(), events.subscribe()));
            tauri::async_runtime::spawn({
                let agent = agent.clone();
                async move {
                    if let Err(e) = ipc::serve(listener, agent, events).await {
                        tracing::error!(error = %e, "IPC server stopped");
                    }
                }
            });
            tauri::async_runtime::spawn(exit_on_signal(app.handle().clone()));
            tauri::async_runtime::spawn({
                let agent = agent.clone();
                async move {
                    let mut clock = tokio::time::interval(std::time::Duration::from_secs(5));
                    loop {
                        clock.tick().await;
                        agent.session.tick().await;
                    }
                }
            });
            tauri::async_runtime::spawn({
                let agent = agent.clone();
                async move {
                    while let Some((generation, update)) = realtime_rx.recv().await {
                        agent.session.on_realtime(generation, update).await;
                    }
                }
            });
            tauri::async_runtime::spawn({
                let agent = agent.clone();
                async move {
                    while let Some((generation, report)) = sync_rx.recv().await {
                        agent.session.on_sync(generation, report).await;
                    }
                }
            });
            {
                let (tx, mut signals) = tokio::sync::mpsc::unbounded_channel();
                desktop_signals::spawn(tx);
                let agent = agent.clone();
                tauri::async_runtime::spawn(async move {
                    while let Some(signal) = signals.recv().await {
                        match signal {
                            desktop_signals::DesktopSignal::ScreenLocked(locked) => {
                                agent.session.away_signal(Some(locked), None).await
                            }
                            desktop_signals::DesktopSignal::Idle(time) => {
                                agent.session.away_signal(None, Some(time)).await
                            }
                            desktop_signals::DesktopSignal::Resumed
                            | desktop_signals::DesktopSignal::NetworkUp => {
                                agent.session.reconnect_now().await
                            }
                        }
                    }
                });
            }
            tauri::async_runtime::spawn(async move { agent.session.start(server, token).await });
            Ok(())
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

/// The tray redraws at every published state, from the newest snapshot: an event read
/// late (after a tray click drew a newer state) must not draw an older one.
async fn follow_state(agent: Arc<Agent>, mut events: broadcast::Receiver<Event>) {
    loop {
        match events.recv().await {
            Ok(Event::State { .. }) | Err(broadcast::error::RecvError::Lagged(_)) => {
                agent.tray.sync(&agent.session.state())
            }
            Ok(_) => {}
            Err(broadcast::error::RecvError::Closed) => break,
        }
    }
}

impl Agent {
    /// A page of the web dashboard in the browser; billing for administrators only.
    fn open_web_page(&self, page: WebPage) -> Result<Response, Error> {
        let state = self.session.state();
        let (Some(server), Some(profile)) = (state.server, state.profile) else {
            return Err(Error::NotSignedIn);
        };
        let path = match page {
            WebPage::Dashboard => "dashboard",
            WebPage::Billing if profile.role == Role::Administrator => "settings/billing",
            WebPage::Billing => return Err(Error::invalid("page", plain("error-billing-admins"))),
        };
        let url = format!(
            "{}/app/accounts/{}/{path}",
            server.trim_end_matches('/'),
            profile.account_id
        );
        open::that_detached(&url)
            .map_err(|e| Error::Protocol(format!("cannot open {url}: {e}")))?;
        Ok(Response::Done)
    }

    /// One function for a tray click and for the same action asked over the IPC.
    pub async fn tray_action(&self, action: TrayAction) -> Result<Response, Error> {
        match action {
            TrayAction::SetStatus { availability } => {
                self.tray.reflect_click(availability);
                let result = self.session.set_availability(availability).await;
                // Success or not, the marks go back to what the server last confirmed.
                self.tray.sync(&self.session.state());
                result.map(|state| Response::State { state })
            }
            TrayAction::Snooze { .. } | TrayAction::SnoozeUntilHours => {
                let result = match action {
                    TrayAction::Snooze { minutes } => self.session.snooze(minutes).await,
                    _ => self.session.snooze_until_hours().await,
                };
                self.tray.sync(&self.session.state());
                result.map(|state| Response::State { state })
            }
            TrayAction::OpenSettings => {
                if self.window.lock().unwrap().is_some() {
                    let _ = self.events.send(Event::FocusWindow);
                } else {
                    launch::settings_window()?;
                }
                Ok(Response::Done)
            }
            TrayAction::OpenDashboard => self.open_web_page(WebPage::Dashboard),
            TrayAction::SwitchAccount { account_id } => {
                let result = self.session.set_active_account(account_id).await;
                self.tray.sync(&self.session.state());
                result.map(|state| Response::State { state })
            }
            TrayAction::Quit => {
                self.app.exit(0);
                Ok(Response::Done)
            }
        }
    }
}

impl ipc::Handler for Agent {
    async fn handle(&self, conn: ConnId, request: Request) -> Result<Response, IpcError> {
        let state = |s: AgentState| Response::State { state: s };
        let sessions = |items| Response::Sessions { items };
        let mfa = |status| Response::Mfa { status };
        let codes = |codes| Response::BackupCodes { codes };
        let secret = |value| Response::Secret { value };
        let step = |s| match s {
            SignInStep::Done(s) => Response::State { state: *s },
            SignInStep::NeedsCode => Response::MfaRequired,
        };
        let result = match request {
            Request::GetState => Ok(state(self.session.state())),
            Request::SignIn {
                server,
                email,
                password,
            } => self
                .session
                .sign_in(&server, &email, &password)
                .await
                .map(step),
            Request::SignInCode { code, backup } => {
                self.session.sign_in_code(&code, backup).await.map(step)
            }
            Request::SignInWithToken { server, token } => self
                .session
                .sign_in_with_token(&server, &token)
                .await
                .map(state),
            Request::SignOut => self.session.sign_out().await.map(state),
            Request::ChangePassword {
                current_password,
                password,
                password_confirmation,
            } => self
                .session
                .change_password(&current_password, &password, &password_confirmation)
                .await
                .map(state),
            Request::SetAvailability { availability } => {
                self.session.set_availability(availability).await.map(state)
            }
            Request::ClaimWindow => {
                let mut window = self.window.lock().unwrap();
                if window.is_some() {
                    let _ = self.events.send(Event::FocusWindow);
                    Err(Error::WindowOpen)
                } else {
                    *window = Some(conn);
                    Ok(Response::Done)
                }
            }
            Request::TrayAction { action } => self.tray_action(action).await,
            Request::GetTray => Ok(self.tray.describe()),
            Request::Diagnose => {
                let (reconnects, since, dnd) = self.session.link_history().await;
                let mut checks =
                    diagnose::session_checks(&self.session.state(), reconnects, since, dnd);
                checks.extend(diagnose::desktop_checks().await);
                Ok(Response::Diagnosis { checks })
            }
            Request::SnoozeUntilHours => self.session.snooze_until_hours().await.map(state),
            Request::Snooze { minutes } => self.session.snooze(minutes).await.map(state),
            Request::GetDecisions => Ok(Response::Decisions {
                items: self.session.decisions().await,
            }),
            Request::Edit { edit } => self
                .session
                .edit(edit)
                .await
                .map(|id| Response::EditQueued { id }),
            Request::SetAvatar { image_base64, mime } => self
                .session
                .set_avatar(&image_base64, &mime)
                .await
                .map(state),
            Request::RemoveAvatar => self.session.remove_avatar().await.map(state),
            Request::ListSessions => self.session.sessions().await.map(sessions),
            Request::EndSession { id } => self.session.end_session(id).await.map(sessions),
            Request::EndOtherSessions => self.session.end_other_sessions().await.map(sessions),
            Request::GetMfa => self.session.mfa_status().await.map(mfa),
            Request::BeginMfa => self
                .session
                .begin_mfa()
                .await
                .map(|enrolment| Response::MfaEnrolment { enrolment }),
            Request::ConfirmMfa { code } => self.session.confirm_mfa(code).await.map(codes),
            Request::DisableMfa { password, code } => {
                self.session.disable_mfa(password, code).await.map(mfa)
            }
            Request::NewBackupCodes { code } => {
                self.session.new_backup_codes(code).await.map(codes)
            }
            Request::GetAccount => self.session.account_lists().await,
            Request::TestSound { tone, volume } => self
                .session
                .test_sound(tone, volume)
                .map(|()| Response::Done),
            Request::SetCustomSound { name, data_base64 } => self
                .session
                .set_custom_sound(Some((&name, &data_base64)))
                .await
                .map(state),
            Request::RemoveCustomSound => self.session.set_custom_sound(None).await.map(state),
            Request::SetVolume { volume } => self.session.set_volume(volume).await.map(state),
            Request::SetNetwork { network } => self.session.set_network(network).await.map(state),
            Request::SetActiveAccount { account_id } => {
                self.session.set_active_account(account_id).await.map(state)
            }
            Request::RequestPasswordReset { server, email } => self
                .session
                .request_password_reset(&server, &email)
                .await
                .map(|()| Response::Done),
            Request::OpenWebPage { page } => self.open_web_page(page),
            Request::SetLaunchAtLogin { enabled } => {
                use tauri_plugin_autostart::ManagerExt;
                let launcher = self.app.autolaunch();
                let done = if enabled {
                    launcher.enable()
                } else {
                    launcher.disable()
                };
                match done {
                    Ok(()) => Ok(state(self.session.launch_at_login(enabled).await)),
                    Err(e) => Err(Error::Protocol(format!(
                        "could not change the start at login: {e}"
                    ))),
                }
            }
            Request::SetAgentRole { agent_id, role } => {
                self.session.set_agent_role(agent_id, role).await
            }
            Request::GetPasswordPolicy => self
                .session
                .password_policy()
                .await
                .map(|policy| Response::PasswordPolicy { policy }),
            Request::RevealApiToken { password } => {
                self.session.reveal_api_token(password).await.map(secret)
            }
            Request::ResetApiToken { password } => {
                self.session.reset_api_token(&password).await.map(secret)
            }
        };
        result.map_err(IpcError::from)
    }

    fn disconnected(&self, conn: ConnId) {
        let mut window = self.window.lock().unwrap();
        if *window == Some(conn) {
            *window = None;
        }
    }
}
