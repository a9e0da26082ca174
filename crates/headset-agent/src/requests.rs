//! The IPC requests and tray actions. Local ones are answered at once; one that needs
//! the server starts a task and is answered when it finishes, while the loop goes on.

use base64::Engine;
use headset_core::api::{ApiClient, Credentials};
use headset_core::network::Network;
use headset_ipc::{
    ConnId, Edit, Error, Event, IpcError, NetworkSettings, NotificationFlags, Request, Response,
    Result, TrayAction, WebPage,
};
use headset_model::model::{Availability, Role, User};
use headset_model::texts::plain;

use crate::agent::{Agent, Reply};
use crate::{cache, diagnose};

/// The largest picture the window may send (the server's own limit).
const MAX_AVATAR_BYTES: usize = 5 * 1024 * 1024;

fn answer(reply: Reply, result: Result<Response>) {
    let _ = reply.send(result.map_err(IpcError::from));
}

impl Agent {
    pub(crate) async fn request(&mut self, conn: ConnId, request: Request, reply: Reply) {
        let state = |agent: &Agent| Response::State {
            state: agent.state().clone(),
        };
        match request {
            Request::GetState => answer(reply, Ok(state(self))),
            Request::SignIn {
                server,
                email,
                password,
            } => self.sign_in(server, email, password, reply),
            Request::SignInCode { code, backup } => self.sign_in_code(code, backup, reply),
            Request::SignInWithToken { server, token } => {
                if token.trim().is_empty() {
                    return answer(
                        reply,
                        Err(Error::invalid("token", plain("error-token-empty"))),
                    );
                }
                let credentials = Credentials::ApiToken {
                    token: token.trim().to_owned(),
                };
                self.sign_in_with_token(&server, credentials, Some(reply))
            }
            Request::SignOut => {
                if let Some(s) = &self.session {
                    // The local sign-out happens even if the server cannot be told.
                    let (api, credentials) = (s.api.clone(), s.credentials.clone());
                    tokio::spawn(async move {
                        if let Err(e) = api.sign_out(&credentials).await {
                            tracing::warn!(error = %e, "server sign-out failed");
                        }
                    });
                }
                self.forget();
                self.notice = None;
                self.publish();
                answer(reply, Ok(state(self)))
            }
            Request::ChangePassword {
                current_password,
                password,
                password_confirmation,
            } => self.change_password(current_password, password, password_confirmation, reply),
            Request::SetAvailability { availability } => {
                self.change_status(availability, Some(reply))
            }
            Request::ClaimWindow => {
                if self.window.is_some() {
                    let _ = self.events.send(Event::FocusWindow);
                    answer(reply, Err(Error::WindowOpen))
                } else {
                    self.window = Some(conn);
                    answer(reply, Ok(Response::Done))
                }
            }
            Request::TrayAction { action } => self.tray_action(action, Some(reply)),
            Request::GetTray => {
                let tray = self.desktop.tray();
                answer(
                    reply,
                    Ok(Response::Tray {
                        items: tray.items,
                        icon: tray.icon,
                        label: tray.label,
                    }),
                )
            }
            Request::Diagnose => self.diagnose(reply),
            Request::Snooze { minutes } => {
                let result = self.snooze(minutes).map(|()| state(self));
                answer(reply, result)
            }
            Request::SnoozeUntilHours => {
                let result = self.snooze_until_hours().map(|()| state(self));
                answer(reply, result)
            }
            Request::GetDecisions => answer(
                reply,
                Ok(Response::Decisions {
                    items: self.decisions(),
                }),
            ),
            Request::Edit { edit } => {
                let result = self.edit(edit).await;
                answer(reply, result.map(|id| Response::EditQueued { id }))
            }
            Request::SetAvatar { image_base64, mime } => {
                self.set_avatar(&image_base64, mime, reply)
            }
            Request::RemoveAvatar => self.on_account(
                reply,
                |api, creds, _| async move { api.delete_avatar(&creds).await },
                Agent::user_answer,
            ),
            Request::ListSessions => self.on_account(
                reply,
                |api, creds, _| async move { api.sessions(&creds).await },
                |_, _, items| Ok(Response::Sessions { items }),
            ),
            Request::EndSession { id } => self.on_account(
                reply,
                move |api, creds, _| async move {
                    api.end_session(&creds, id).await?;
                    api.sessions(&creds).await
                },
                |_, _, items| Ok(Response::Sessions { items }),
            ),
            Request::EndOtherSessions => self.on_account(
                reply,
                |api, creds, _| async move {
                    for session in api.sessions(&creds).await? {
                        if !session.current {
                            api.end_session(&creds, session.id).await?;
                        }
                    }
                    api.sessions(&creds).await
                },
                |_, _, items| Ok(Response::Sessions { items }),
            ),
            Request::GetMfa => self.on_account(
                reply,
                |api, creds, _| async move { api.mfa_status(&creds).await },
                |_, _, status| Ok(Response::Mfa { status }),
            ),
            Request::BeginMfa => self.on_account(
                reply,
                |api, creds, _| async move { api.mfa_begin(&creds).await },
                |_, _, enrolment| Ok(Response::MfaEnrolment { enrolment }),
            ),
            Request::ConfirmMfa { code } => self.on_account(
                reply,
                move |api, creds, _| async move { api.mfa_confirm(&creds, &code).await },
                |_, _, codes| Ok(Response::BackupCodes { codes }),
            ),
            Request::DisableMfa { password, code } => self.on_account(
                reply,
                move |api, creds, _| async move {
                    api.mfa_disable(&creds, &password, &code).await?;
                    api.mfa_status(&creds).await
                },
                |_, _, status| Ok(Response::Mfa { status }),
            ),
            Request::NewBackupCodes { code } => self.on_account(
                reply,
                move |api, creds, _| async move { api.mfa_backup_codes(&creds, &code).await },
                |_, _, codes| Ok(Response::BackupCodes { codes }),
            ),
            Request::GetPasswordPolicy => self.on_account(
                reply,
                |api, creds, _| async move { api.password_policy(&creds).await },
                |_, _, policy| Ok(Response::PasswordPolicy { policy }),
            ),
            Request::GetAccount => self.on_account(reply, account_lists, |_, _, r| Ok(r)),
            Request::SetAgentRole { agent_id, role } => self.set_agent_role(agent_id, role, reply),
            Request::RevealApiToken { password } => self.on_account(
                reply,
                move |api, creds, user| async move {
                    api.check_password(&user.email, &password).await?;
                    api.profile(&creds).await
                },
                |_, _, user| secret(user),
            ),
            Request::ResetApiToken { password } => self.reset_api_token(password, reply),
            Request::TestSound { tone, volume } => {
                let result = if tone.is_none() && !self.custom_sound {
                    Err(Error::invalid("sound", plain("error-sound-none")))
                } else {
                    self.desktop.ring(tone, volume.min(100));
                    Ok(Response::Done)
                };
                answer(reply, result)
            }
            Request::SetCustomSound { name, data_base64 } => {
                let result = self.set_custom_sound(Some((&name, &data_base64)));
                answer(reply, result.map(|()| state(self)))
            }
            Request::RemoveCustomSound => {
                let result = self.set_custom_sound(None);
                answer(reply, result.map(|()| state(self)))
            }
            Request::SetVolume { volume } => {
                let result = if volume > 100 {
                    Err(Error::invalid("volume", plain("error-volume")))
                } else {
                    self.config.volume = Some(volume);
                    self.save_config();
                    self.publish();
                    Ok(state(self))
                };
                answer(reply, result)
            }
            Request::SetNetwork { network } => {
                let result = self.set_network(network).map(|()| state(self));
                answer(reply, result)
            }
            Request::SetActiveAccount { account_id } => {
                self.set_active_account(account_id, Some(reply))
            }
            Request::RequestPasswordReset { server, email } => {
                let email = email.trim().to_owned();
                if !email.contains('@') {
                    return answer(
                        reply,
                        Err(Error::invalid("email", plain("error-email-empty"))),
                    );
                }
                match self.api(&server) {
                    Ok(api) => {
                        tokio::spawn(async move {
                            let result = api.request_password_reset(&email).await;
                            answer(reply, result.map(|()| Response::Done))
                        });
                    }
                    Err(e) => answer(reply, Err(e)),
                }
            }
            Request::OpenWebPage { page } => answer(reply, self.open_web_page(page)),
            Request::SetLaunchAtLogin { enabled } => {
                let result = match self.desktop.launch_at_login(enabled) {
                    Ok(()) => {
                        self.config.launch_at_login = Some(enabled);
                        self.save_config();
                        self.publish();
                        Ok(state(self))
                    }
                    Err(e) => Err(Error::Protocol(format!(
                        "could not change the start at login: {e}"
                    ))),
                };
                answer(reply, result)
            }
        }
    }

    /// One function for a tray click and for the same action asked over the IPC.
    pub(crate) fn tray_action(&mut self, action: TrayAction, reply: Option<Reply>) {
        let done = |agent: &mut Agent, result: Result<()>, reply: Option<Reply>| {
            // Success or not, the marks go back to what the state says.
            agent.publish();
            agent.answer_state(reply, result, "the snooze");
        };
        match action {
            TrayAction::SetStatus { availability } => self.change_status(availability, reply),
            TrayAction::Snooze { minutes } => {
                let result = self.snooze(minutes);
                done(self, result, reply)
            }
            TrayAction::SnoozeUntilHours => {
                let result = self.snooze_until_hours();
                done(self, result, reply)
            }
            TrayAction::OpenSettings => {
                let result = if self.window.is_some() {
                    let _ = self.events.send(Event::FocusWindow);
                    Ok(())
                } else {
                    self.desktop
                        .open_settings_window()
                        .map_err(|e| Error::Protocol(e.to_string()))
                };
                if let Some(reply) = reply {
                    answer(reply, result.map(|()| Response::Done));
                }
            }
            TrayAction::OpenDashboard => {
                let result = self.open_web_page(WebPage::Dashboard);
                if let Some(reply) = reply {
                    answer(reply, result);
                }
            }
            TrayAction::SwitchAccount { account_id } => self.set_active_account(account_id, reply),
            TrayAction::Quit => {
                if let Some(reply) = reply {
                    answer(reply, Ok(Response::Done));
                }
                self.desktop.quit();
            }
        }
    }

    /// Asks the server for a new status; the state changes only with its answer.
    pub(crate) fn change_status(&mut self, availability: Availability, reply: Option<Reply>) {
        let Some(s) = &self.session else {
            self.publish();
            if let Some(reply) = reply {
                answer(reply, Err(Error::NotSignedIn));
            }
            return;
        };
        let (api, credentials, account) = (s.api.clone(), s.credentials.clone(), s.user.account_id);
        let generation = s.generation;
        self.spawn(
            async move {
                api.set_availability(&credentials, account, availability)
                    .await
            },
            move |agent, result| {
                let result = match result {
                    Ok(user) => {
                        agent.take_user(generation, user);
                        Ok(())
                    }
                    Err(e) => Err(agent.failed(Some(generation), e)),
                };
                // Success or not, the tray's marks go back to what the server confirmed.
                agent.publish();
                agent.answer_state(reply, result, "the status change");
            },
        );
    }

    /// Runs `call` with the account's client, credentials and user document as a task;
    /// `then` makes the answer in the loop. A failure is answered, and a 401 signs out.
    fn on_account<T, F, Fut>(
        &mut self,
        reply: Reply,
        call: F,
        then: impl FnOnce(&mut Agent, u64, T) -> Result<Response> + Send + 'static,
    ) where
        T: Send + 'static,
        F: FnOnce(ApiClient, Credentials, User) -> Fut,
        Fut: std::future::Future<Output = Result<T>> + Send + 'static,
    {
        let Some(s) = &self.session else {
            return answer(reply, Err(Error::NotSignedIn));
        };
        let generation = s.generation;
        let call = call(s.api.clone(), s.credentials.clone(), s.user.clone());
        self.spawn(call, move |agent, result| {
            let result = match result {
                Ok(value) => then(agent, generation, value),
                Err(e) => Err(agent.failed(Some(generation), e)),
            };
            answer(reply, result)
        });
    }

    /// The document a change answered with becomes the session's; answers the state.
    fn user_answer(&mut self, generation: u64, user: User) -> Result<Response> {
        self.take_user(generation, user);
        Ok(Response::State {
            state: self.state().clone(),
        })
    }

    fn set_avatar(&mut self, image_base64: &str, mime: String, reply: Reply) {
        if !matches!(mime.as_str(), "image/jpeg" | "image/png") {
            return answer(
                reply,
                Err(Error::invalid("avatar", plain("error-avatar-type"))),
            );
        }
        let Ok(image) = base64::engine::general_purpose::STANDARD.decode(image_base64) else {
            return answer(
                reply,
                Err(Error::invalid("avatar", plain("error-avatar-damaged"))),
            );
        };
        if image.len() > MAX_AVATAR_BYTES {
            return answer(
                reply,
                Err(Error::invalid("avatar", plain("error-avatar-size"))),
            );
        }
        self.on_account(
            reply,
            |api, creds, _| async move { api.upload_avatar(&creds, image, &mime).await },
            Agent::user_answer,
        )
    }

    fn set_agent_role(&mut self, agent_id: i64, role: Role, reply: Reply) {
        self.on_account(
            reply,
            move |api, creds, user| async move {
                api.set_agent_role(&creds, user.account_id, agent_id, role)
                    .await?;
                account_lists(api, creds, user).await
            },
            |_, _, r| Ok(r),
        )
    }

    /// Validates and journals an edit; the sync sends it when it can.
    async fn edit(&mut self, edit: Edit) -> Result<i64> {
        if self.session.is_none() && !self.restoring {
            return Err(Error::NotSignedIn);
        }
        edit.validate()?;
        let id = self.journal.push(&edit).await?;
        if let Some(s) = &self.session {
            s.sync.wake();
        }
        self.pending.insert(id);
        if let Edit::NotificationFlags { email, push } = &edit {
            let flags = NotificationFlags {
                email: email.clone(),
                push: push.clone(),
            };
            self.pending_flags.insert(id, flags);
        }
        self.publish();
        Ok(id)
    }

    /// A page of the web dashboard in the browser; billing for administrators only.
    fn open_web_page(&self, page: WebPage) -> Result<Response> {
        let (Some(server), Some(s)) = (&self.config.server, &self.session) else {
            return Err(Error::NotSignedIn);
        };
        let role = s.user.active_account().map(|a| a.role);
        let path = match page {
            WebPage::Dashboard => "dashboard",
            WebPage::Billing if role == Some(Role::Administrator) => "settings/billing",
            WebPage::Billing => return Err(Error::invalid("page", plain("error-billing-admins"))),
        };
        let url = format!(
            "{}/app/accounts/{}/{path}",
            server.trim_end_matches('/'),
            s.user.account_id
        );
        self.desktop
            .open_url(&url)
            .map_err(|e| Error::Protocol(format!("cannot open {url}: {e}")))?;
        Ok(Response::Done)
    }

    /// `headset diagnose`: the session's checks now, the desktop's off the loop.
    fn diagnose(&self, reply: Reply) {
        let mut checks = diagnose::session_checks(self.state(), self.session.as_ref());
        let desktop = self.desktop.clone();
        tokio::spawn(async move {
            match tokio::task::spawn_blocking(move || desktop.checks()).await {
                Ok(desktop) => checks.extend(desktop),
                Err(e) => tracing::warn!(error = %e, "the desktop checks failed"),
            }
            answer(reply, Ok(Response::Diagnosis { checks }))
        });
    }

    /// Alerts on this computer play the file `(name, base64 bytes)` instead of the tone,
    /// or the tone again for `None`. Kept in the data dir, not synced: the file belongs
    /// to this computer.
    fn set_custom_sound(&mut self, file: Option<(&str, &str)>) -> Result<()> {
        let path = self.paths.custom_sound();
        match file {
            Some((name, data)) => {
                let name = name.rsplit(['/', '\\']).next().unwrap_or_default().trim();
                if name.is_empty() || name.chars().count() > 100 {
                    return Err(Error::invalid("sound", plain("error-sound-name")));
                }
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(data)
                    .map_err(|_| Error::invalid("sound", plain("error-sound-damaged")))?;
                self.desktop
                    .set_custom_sound(Some(bytes.clone()))
                    .map_err(|id| Error::invalid("sound", plain(id)))?;
                headset_ipc::paths::write_atomically(&path, &bytes)?;
                self.config.custom_sound = Some(name.to_owned());
                self.custom_sound = true;
            }
            None => {
                match std::fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                    _ => {}
                }
                let _ = self.desktop.set_custom_sound(None);
                self.config.custom_sound = None;
                self.custom_sound = false;
            }
        }
        self.save_config();
        self.publish();
        Ok(())
    }

    /// The extra CA file and the proxy. Checked first (errors name the field); a
    /// signed-in session reconnects through them at once.
    fn set_network(&mut self, settings: NetworkSettings) -> Result<()> {
        let settings = settings.normalized();
        self.network = Network::load(&settings)?;
        self.config.network = settings;
        self.save_config();
        if let Some(s) = &self.session {
            let api = self.api(s.api.base().as_str())?;
            let (credentials, user) = (s.credentials.clone(), s.user.clone());
            self.connect(api, credentials, user);
        }
        self.publish();
        Ok(())
    }

    /// Makes another of the user's accounts the active one, on the server too (the web
    /// dashboard opens in it next time), and reconnects the session to it: the status,
    /// the counts and the settings the window edits are that account's.
    fn set_active_account(&mut self, account_id: i64, reply: Option<Reply>) {
        let what = "switching the account";
        let Some(s) = &self.session else {
            return self.answer_state(reply, Err(Error::NotSignedIn), what);
        };
        if s.user.account_id == account_id {
            return self.answer_state(reply, Ok(()), what);
        }
        if !s.user.accounts.iter().any(|a| a.id == account_id) {
            let e = Error::invalid("account_id", plain("error-not-a-member"));
            return self.answer_state(reply, Err(e), what);
        }
        let (api, credentials, generation) = (s.api.clone(), s.credentials.clone(), s.generation);
        let call = {
            let (api, credentials) = (api.clone(), credentials.clone());
            async move {
                api.set_active_account(&credentials, account_id).await?;
                api.profile(&credentials).await
            }
        };
        self.spawn(call, move |agent, result| {
            let result = match result {
                Ok(user) if agent.session.as_ref().map(|s| s.generation) == Some(generation) => {
                    cache::save(&agent.paths.profile_cache(), &user);
                    agent.connect(api, credentials, user);
                    Ok(())
                }
                Ok(_) => Err(Error::NotSignedIn),
                Err(e) => Err(agent.failed(Some(generation), e)),
            };
            agent.publish();
            agent.answer_state(reply, result, what)
        });
    }
}

/// Channels, segments and team, read together for the settings sections.
async fn account_lists(api: ApiClient, creds: Credentials, user: User) -> Result<Response> {
    let id = user.account_id;
    let (inboxes, segments, agents) = tokio::try_join!(
        api.inboxes(&creds, id),
        api.segments(&creds, id),
        api.agents(&creds, id)
    )?;
    Ok(Response::Account {
        inboxes,
        segments,
        agents,
    })
}

/// The API token a user document carries.
fn secret(user: User) -> Result<Response> {
    let value = user
        .access_token
        .ok_or_else(|| Error::Protocol("the server did not send the API token".into()))?;
    Ok(Response::Secret { value })
}
