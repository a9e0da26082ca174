//! The security section's requests: avatar, signed-in devices, two-factor and the API
//! token. Each goes straight to the server (nothing here is queued: the window shows the
//! outcome), and a 401 signs out as anywhere else.

use base64::Engine;
use headset_core::ipc::{
    AgentState, MfaEnrolment, MfaStatus, PasswordPolicy, Response, SessionInfo,
};
use headset_core::{Error, Result};
use headset_model::model::Role;
use headset_model::texts::plain;

use super::session::Session;

/// The largest picture the window may send (the server's own limit).
const MAX_AVATAR_BYTES: usize = 5 * 1024 * 1024;

impl Session {
    /// Runs `call` with the account's client and credentials; a failure is reported.
    async fn on_account<T, F, Fut>(&self, call: F) -> Result<T>
    where
        F: FnOnce(
            headset_core::api::ApiClient,
            headset_core::api::Credentials,
            headset_model::model::User,
        ) -> Fut,
        Fut: std::future::Future<Output = Result<T>>,
    {
        let (api, credentials, user) = self.account().await?;
        match call(api, credentials, user).await {
            Ok(value) => Ok(value),
            Err(e) => Err(self.failed(e).await),
        }
    }

    pub async fn set_avatar(&self, image_base64: &str, mime: &str) -> Result<AgentState> {
        if !matches!(mime, "image/jpeg" | "image/png") {
            return Err(Error::invalid("avatar", plain("error-avatar-type")));
        }
        let image = base64::engine::general_purpose::STANDARD
            .decode(image_base64)
            .map_err(|_| Error::invalid("avatar", plain("error-avatar-damaged")))?;
        if image.len() > MAX_AVATAR_BYTES {
            return Err(Error::invalid("avatar", plain("error-avatar-size")));
        }
        let mime = mime.to_owned();
        let user = self
            .on_account(
                |api, creds, _| async move { api.upload_avatar(&creds, image, &mime).await },
            )
            .await?;
        Ok(self.take_user(user).await)
    }

    pub async fn remove_avatar(&self) -> Result<AgentState> {
        let user = self
            .on_account(|api, creds, _| async move { api.delete_avatar(&creds).await })
            .await?;
        Ok(self.take_user(user).await)
    }

    /// Channels, segments and team, read together for the settings sections.
    pub async fn account_lists(&self) -> Result<Response> {
        self.on_account(|api, creds, user| async move {
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
        })
        .await
    }

    pub async fn set_agent_role(&self, agent_id: i64, role: Role) -> Result<Response> {
        self.on_account(|api, creds, user| async move {
            api.set_agent_role(&creds, user.account_id, agent_id, role)
                .await
        })
        .await?;
        self.account_lists().await
    }

    pub async fn password_policy(&self) -> Result<PasswordPolicy> {
        self.on_account(|api, creds, _| async move { api.password_policy(&creds).await })
            .await
    }

    pub async fn sessions(&self) -> Result<Vec<SessionInfo>> {
        self.on_account(|api, creds, _| async move { api.sessions(&creds).await })
            .await
    }

    pub async fn end_session(&self, id: i64) -> Result<Vec<SessionInfo>> {
        self.on_account(|api, creds, _| async move {
            api.end_session(&creds, id).await?;
            api.sessions(&creds).await
        })
        .await
    }

    pub async fn end_other_sessions(&self) -> Result<Vec<SessionInfo>> {
        self.on_account(|api, creds, _| async move {
            for session in api.sessions(&creds).await? {
                if !session.current {
                    api.end_session(&creds, session.id).await?;
                }
            }
            api.sessions(&creds).await
        })
        .await
    }

    pub async fn mfa_status(&self) -> Result<MfaStatus> {
        self.on_account(|api, creds, _| async move { api.mfa_status(&creds).await })
            .await
    }

    pub async fn begin_mfa(&self) -> Result<MfaEnrolment> {
        self.on_account(|api, creds, _| async move { api.mfa_begin(&creds).await })
            .await
    }

    pub async fn confirm_mfa(&self, code: String) -> Result<Vec<String>> {
        self.on_account(|api, creds, _| async move { api.mfa_confirm(&creds, &code).await })
            .await
    }

    pub async fn disable_mfa(&self, password: String, code: String) -> Result<MfaStatus> {
        self.on_account(|api, creds, _| async move {
            api.mfa_disable(&creds, &password, &code).await?;
            api.mfa_status(&creds).await
        })
        .await
    }

    pub async fn new_backup_codes(&self, code: String) -> Result<Vec<String>> {
        self.on_account(|api, creds, _| async move { api.mfa_backup_codes(&creds, &code).await })
            .await
    }

    /// The API token, read fresh from the server once the password is confirmed.
    pub async fn reveal_api_token(&self, password: String) -> Result<String> {
        let user = self
            .on_account(|api, creds, user| async move {
                api.check_password(&user.email, &password).await?;
                api.profile(&creds).await
            })
            .await?;
        user.access_token
            .ok_or_else(|| Error::Protocol("the server did not send the API token".into()))
    }
}
