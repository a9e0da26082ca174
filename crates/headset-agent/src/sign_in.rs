//! Signing in, restoring the stored sign-in at start, and taking new credentials for the
//! same account (a changed password, a new API token). The server calls and the keychain
//! writes run as tasks; the session changes in the loop when they are done.

use std::time::Duration;

use headset_core::api::{ApiClient, Credentials, SecondFactor, SignIn};
use headset_ipc::{Error, IpcError, Response, Result};
use headset_model::model::User;
use headset_model::texts::{plain, text};

use crate::agent::{Agent, Reply};
use crate::cache;
use crate::config::Config;
use crate::desktop::SecretKey;

/// How long a start without the server and without a cached profile waits before it
/// tries again.
const RESTORE_RETRY: Duration = Duration::from_secs(10);

/// Credentials the server accepted, and whether the keychain kept them.
pub(crate) struct Accepted {
    api: ApiClient,
    credentials: Credentials,
    user: User,
    stored: std::result::Result<(), String>,
}

/// Stores accepted credentials in the keychain (off the loop).
async fn keep(
    desktop: std::sync::Arc<dyn crate::desktop::Desktop>,
    api: ApiClient,
    credentials: Credentials,
    user: User,
) -> Accepted {
    let key = SecretKey {
        server: api.base().to_string(),
        user: user.email.clone(),
    };
    let stored = {
        let credentials = credentials.clone();
        tokio::task::spawn_blocking(move || desktop.store_secret(&key, &credentials))
            .await
            .unwrap_or_else(|e| Err(e.to_string()))
    };
    Accepted {
        api,
        credentials,
        user,
        stored,
    }
}

impl Agent {
    /// The stored sign-in: the keychain's credentials and a fresh profile. Offline, the
    /// cached profile stands in (realtime and sync keep retrying); without one, the
    /// start is tried again shortly.
    pub(crate) fn restore(&mut self) {
        let (Some(server), Some(user)) = (self.config.server.clone(), self.config.user.clone())
        else {
            return;
        };
        let api = match self.api(&server) {
            Ok(api) => api,
            Err(e) => {
                self.notice = Some(e.into());
                return self.publish();
            }
        };
        let desktop = self.desktop.clone();
        let key = SecretKey { server, user };
        let restoring = key.clone();
        self.restoring = true;
        let call = async move {
            let stored = tokio::task::spawn_blocking(move || desktop.load_secret(&key))
                .await
                .map_err(|e| Error::Keychain(e.to_string()))?
                .map_err(Error::Keychain)?;
            let Some(credentials) = stored else {
                return Ok(None);
            };
            let profile = api.profile(&credentials).await;
            Ok::<_, Error>(Some((api, credentials, profile)))
        };
        self.spawn(call, move |agent, restored: Result<_>| {
            agent.restoring = false;
            // Signed in, or out, meanwhile: that is what holds now.
            let still = agent.session.is_none()
                && agent.config.server.as_deref() == Some(restoring.server.as_str())
                && agent.config.user.as_deref() == Some(restoring.user.as_str());
            if !still {
                return;
            }
            match restored {
                Ok(None) => {}
                Ok(Some((api, credentials, Ok(user)))) => {
                    cache::save(&agent.paths.profile_cache(), &user);
                    agent.connect(api, credentials, user);
                }
                Ok(Some((api, credentials, Err(e @ Error::Unreachable { .. })))) => {
                    match cache::load(&agent.paths.profile_cache()) {
                        Some(cached) => {
                            tracing::info!("server unreachable; starting from the cached profile");
                            agent.connect(api, credentials, cached);
                        }
                        None => agent.spawn(tokio::time::sleep(RESTORE_RETRY), |agent, ()| {
                            if agent.session.is_none() {
                                agent.restore();
                            }
                        }),
                    }
                    agent.notice = Some(e.into());
                }
                Ok(Some((_, _, Err(e)))) | Err(e) => {
                    tracing::warn!(error = %e, "could not restore the session");
                    let e = agent.failed(None, e);
                    agent.notice = Some(e.into());
                }
            }
            agent.publish();
        });
    }

    pub(crate) fn sign_in(
        &mut self,
        server: String,
        email: String,
        password: String,
        reply: Reply,
    ) {
        let checked = self.api(&server).and_then(|api| {
            if email.trim().is_empty() {
                return Err(Error::invalid("email", plain("error-email-empty")));
            }
            if password.is_empty() {
                return Err(Error::invalid("password", plain("error-password-empty")));
            }
            Ok(api)
        });
        let api = match checked {
            Ok(api) => api,
            Err(e) => return self.answer_state(Some(reply), Err(e), "signing in"),
        };
        let desktop = self.desktop.clone();
        let call = async move {
            let outcome = api.sign_in(email.trim(), &password).await?;
            Ok::<_, Error>(match outcome {
                SignIn::Done { credentials, user } => {
                    Ok(keep(desktop, api, credentials, *user).await)
                }
                SignIn::MfaRequired { mfa_token } => Err(mfa_token),
            })
        };
        self.spawn(call, move |agent, result| {
            agent.signed_in(server, result, reply)
        });
    }

    /// The two-factor step: the code (or a backup code) for the pending sign-in.
    pub(crate) fn sign_in_code(&mut self, code: String, backup: bool, reply: Reply) {
        let Some((server, mfa_token)) = self.mfa.clone() else {
            let e = Error::InvalidCredentials(plain("error-sign-in-expired"));
            return self.answer_state(Some(reply), Err(e), "signing in");
        };
        if code.trim().is_empty() {
            let e = Error::invalid("code", plain("error-code-empty"));
            return self.answer_state(Some(reply), Err(e), "signing in");
        }
        let api = match self.api(&server) {
            Ok(api) => api,
            Err(e) => return self.answer_state(Some(reply), Err(e), "signing in"),
        };
        let desktop = self.desktop.clone();
        let call = async move {
            let factor = if backup {
                SecondFactor::Backup(&code)
            } else {
                SecondFactor::Otp(&code)
            };
            let outcome = api.sign_in_second_step(&mfa_token, factor).await?;
            Ok::<_, Error>(match outcome {
                SignIn::Done { credentials, user } => {
                    Ok(keep(desktop, api, credentials, *user).await)
                }
                SignIn::MfaRequired { mfa_token } => Err(mfa_token),
            })
        };
        self.spawn(call, move |agent, result| {
            // The challenge is spent or expired: start again from the password.
            if let Err(Error::InvalidCredentials(_)) = &result {
                agent.mfa = None;
            }
            agent.signed_in(server, result, reply)
        });
    }

    /// The outcome of a sign-in step.
    fn signed_in(
        &mut self,
        server: String,
        result: Result<std::result::Result<Accepted, String>>,
        reply: Reply,
    ) {
        match result {
            Ok(Ok(accepted)) => {
                self.mfa = None;
                self.adopt(accepted);
                self.answer_state(Some(reply), Ok(()), "signing in")
            }
            Ok(Err(mfa_token)) => {
                // Kept in memory only: it is worth a sign-in for five minutes.
                self.mfa = Some((server, mfa_token));
                let _ = reply.send(Ok(Response::MfaRequired));
            }
            Err(e) => self.answer_state(Some(reply), Err(e), "signing in"),
        }
    }

    /// Sign-in with a personal access token (accounts without a password, and the
    /// unattended start).
    pub(crate) fn sign_in_with_token(
        &mut self,
        server: &str,
        credentials: Credentials,
        reply: Option<Reply>,
    ) {
        let api = match self.api(server) {
            Ok(api) => api,
            Err(e) => return self.answer_state(reply, Err(e), "signing in"),
        };
        let desktop = self.desktop.clone();
        let (retry_server, retry_credentials) = (server.to_owned(), credentials.clone());
        let call = async move {
            let user = api.profile(&credentials).await?;
            Ok::<_, Error>(keep(desktop, api, credentials, user).await)
        };
        self.spawn(call, move |agent, result: Result<Accepted>| {
            let result = match result {
                Ok(accepted) => {
                    agent.adopt(accepted);
                    Ok(())
                }
                Err(Error::Unauthorized) => {
                    Err(Error::invalid("token", plain("error-token-refused")))
                }
                Err(e) => Err(e),
            };
            if let (Err(e), None) = (&result, &reply) {
                // The unattended start waits for the server.
                if matches!(e, Error::Unreachable { .. }) {
                    agent.spawn(tokio::time::sleep(RESTORE_RETRY), move |agent, ()| {
                        if agent.session.is_none() {
                            agent.sign_in_with_token(&retry_server, retry_credentials, None);
                        }
                    });
                }
                agent.notice = Some(IpcError::from(e));
                agent.publish();
            }
            agent.answer_state(reply, result, "signing in")
        });
    }

    /// Adopts working credentials: the keychain (already written), then the non-secret
    /// config, then a session.
    fn adopt(&mut self, accepted: Accepted) {
        let Accepted {
            api,
            credentials,
            user,
            stored,
        } = accepted;
        self.notice = stored.err().map(|e| {
            tracing::warn!(error = %e, "credentials kept in memory only");
            let detail = text("error-keychain-memory-only", &[("detail", e.into())]);
            IpcError::from(Error::Keychain(detail))
        });
        self.config = Config {
            server: Some(api.base().to_string()),
            user: Some(user.email.clone()),
            // The rest (start at login, sound, volume) belongs to the machine.
            ..std::mem::take(&mut self.config)
        };
        self.save_config();
        tracing::info!(user = %user.email, server = %api.base(), "signed in");
        cache::save(&self.paths.profile_cache(), &user);
        self.connect(api, credentials, user);
    }

    /// Changes the password. The other devices are signed out by the server; this one
    /// keeps going with the new session headers and the new realtime token.
    pub(crate) fn change_password(
        &mut self,
        current: String,
        new: String,
        confirmation: String,
        reply: Reply,
    ) {
        let Some(s) = self.session.as_mut() else {
            return self.answer_state(Some(reply), Err(Error::NotSignedIn), "the password change");
        };
        s.rotating += 1;
        let (api, old, generation) = (s.api.clone(), s.credentials.clone(), s.generation);
        let desktop = self.desktop.clone();
        let call = async move {
            let (user, rotated) = api
                .change_password(&old, &current, &new, &confirmation)
                .await?;
            Ok::<_, Error>(keep(desktop, api, rotated.unwrap_or(old), user).await)
        };
        self.spawn(call, move |agent, result| {
            let result = agent.rotated(generation, result);
            agent.answer_state(Some(reply), result, "the password change")
        });
    }

    /// A new API token once the password is confirmed. If the agent signs in with the
    /// token it switches to the new one; the old socket's 401 (the server closes it at
    /// once) is expected meanwhile.
    pub(crate) fn reset_api_token(&mut self, password: String, reply: Reply) {
        let Some(s) = self.session.as_mut() else {
            let _ = reply.send(Err(IpcError::from(Error::NotSignedIn)));
            return;
        };
        let by_token = matches!(s.credentials, Credentials::ApiToken { .. });
        if by_token {
            s.rotating += 1;
        }
        let (api, old, generation) = (s.api.clone(), s.credentials.clone(), s.generation);
        let email = s.user.email.clone();
        let desktop = self.desktop.clone();
        let call = async move {
            api.check_password(&email, &password).await?;
            let user = api.reset_access_token(&old).await?;
            let token = user
                .access_token
                .clone()
                .ok_or_else(|| Error::Protocol("the server did not send the API token".into()))?;
            let credentials = match by_token {
                true => Credentials::ApiToken {
                    token: token.clone(),
                },
                false => old,
            };
            Ok::<_, Error>((token, keep(desktop, api, credentials, user).await))
        };
        self.spawn(call, move |agent, result: Result<(String, Accepted)>| {
            let result = match result {
                Ok((token, accepted)) if by_token => {
                    agent.rotated(generation, Ok(accepted)).map(|()| token)
                }
                Ok((token, accepted)) => {
                    agent.take_user(generation, accepted.user);
                    Ok(token)
                }
                Err(e) => {
                    if by_token {
                        agent.rotated(generation, Err(e)).map(|()| String::new())
                    } else {
                        Err(agent.failed(Some(generation), e))
                    }
                }
            };
            let _ = reply.send(
                result
                    .map(|value| Response::Secret { value })
                    .map_err(IpcError::from),
            );
        });
    }

    /// New credentials for the same account: a fresh socket (the pubsub token may have
    /// rotated) and sync with them.
    /// The session may have been replaced meanwhile for the same user (another active
    /// account): the new credentials are its too.
    fn rotated(&mut self, generation: u64, result: Result<Accepted>) -> Result<()> {
        let Some(s) = self.session.as_mut() else {
            return Err(Error::NotSignedIn);
        };
        s.rotating = s.rotating.saturating_sub(1);
        let accepted = result.map_err(|e| self.failed(Some(generation), e))?;
        if self
            .session
            .as_ref()
            .is_none_or(|s| s.user.id != accepted.user.id)
        {
            return Err(Error::NotSignedIn);
        }
        if let Err(e) = &accepted.stored {
            tracing::warn!(error = %e, "the new credentials are kept in memory only");
        }
        cache::save(&self.paths.profile_cache(), &accepted.user);
        self.connect(accepted.api, accepted.credentials, accepted.user);
        Ok(())
    }
}
