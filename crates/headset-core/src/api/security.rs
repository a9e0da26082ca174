//! The security side of the profile: signed-in devices, two-factor, the API token, the
//! avatar, and a password check that works against any Chatwoot server.

use headset_model::texts::plain;
use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::json;

use super::{checked, parse, server_error, ApiClient, Credentials, SignIn};
use headset_ipc::{Error, MfaEnrolment, MfaStatus, PasswordPolicy, Result, SessionInfo};
use headset_model::model::User;

/// A session as `GET /api/v1/profile/sessions` lists it.
#[derive(Deserialize)]
struct SessionRow {
    id: i64,
    browser_name: Option<String>,
    browser_version: Option<String>,
    device_name: Option<String>,
    platform_name: Option<String>,
    platform_version: Option<String>,
    ip_address: Option<String>,
    city: Option<String>,
    country: Option<String>,
    last_activity_at: Option<String>,
    created_at: Option<String>,
    #[serde(default)]
    current: bool,
}

impl From<SessionRow> for SessionInfo {
    fn from(row: SessionRow) -> Self {
        let join = |parts: [Option<String>; 2]| {
            let parts: Vec<String> = parts
                .into_iter()
                .flatten()
                .filter(|p| !p.is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        };
        let place = [row.city, row.country]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        SessionInfo {
            id: row.id,
            app: join([row.browser_name, row.browser_version]),
            device: row.device_name,
            platform: join([row.platform_name, row.platform_version]),
            ip_address: row.ip_address,
            place: (!place.is_empty()).then_some(place),
            last_active_at: row.last_activity_at,
            created_at: row.created_at,
            current: row.current,
        }
    }
}

#[derive(Deserialize)]
struct BackupCodes {
    backup_codes: Vec<String>,
}

impl ApiClient {
    /// The server's password rules; Chatwoot's own when it serves none.
    pub async fn password_policy(&self, creds: &Credentials) -> Result<PasswordPolicy> {
        let resp = self
            .send(creds.apply(self.request(Method::GET, "api/v1/profile/password_policy")))
            .await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(PasswordPolicy::chatwoot());
        }
        parse(checked(resp).await?).await
    }

    pub async fn sessions(&self, creds: &Credentials) -> Result<Vec<SessionInfo>> {
        let resp = self
            .send(creds.apply(self.request(Method::GET, "api/v1/profile/sessions")))
            .await?;
        // Older Chatwoot servers cannot list sessions (PROTOCOL.md).
        if resp.status() == StatusCode::NOT_FOUND {
            return Err(Error::Server {
                status: 404,
                message: "This server cannot list signed-in devices.".into(),
            });
        }
        let rows: Vec<SessionRow> = parse(checked(resp).await?).await?;
        Ok(rows.into_iter().map(SessionInfo::from).collect())
    }

    pub async fn end_session(&self, creds: &Credentials, id: i64) -> Result<()> {
        let path = format!("api/v1/profile/sessions/{id}");
        let resp = self
            .send(creds.apply(self.request(Method::DELETE, &path)))
            .await?;
        checked(resp).await.map(|_| ())
    }

    pub async fn mfa_status(&self, creds: &Credentials) -> Result<MfaStatus> {
        let resp = self
            .send(creds.apply(self.request(Method::GET, "api/v1/profile/mfa")))
            .await?;
        parse(checked(resp).await?).await
    }

    /// Starts enrolment: a new secret, not active until a code from it is confirmed.
    pub async fn mfa_begin(&self, creds: &Credentials) -> Result<MfaEnrolment> {
        let resp = self
            .send(creds.apply(self.request(Method::POST, "api/v1/profile/mfa")))
            .await?;
        parse(checked(resp).await?).await
    }

    /// Confirms enrolment with a code; answers the backup codes (shown once).
    pub async fn mfa_confirm(&self, creds: &Credentials, code: &str) -> Result<Vec<String>> {
        let body = json!({ "otp_code": code.trim() });
        let resp = self
            .send(
                creds
                    .apply(self.request(Method::POST, "api/v1/profile/mfa/verify"))
                    .json(&body),
            )
            .await?;
        code_error(resp, "otp_code")
            .await
            .map(|b: BackupCodes| b.backup_codes)
    }

    pub async fn mfa_disable(&self, creds: &Credentials, password: &str, code: &str) -> Result<()> {
        let body = json!({ "password": password, "otp_code": code.trim() });
        let resp = self
            .send(
                creds
                    .apply(self.request(Method::DELETE, "api/v1/profile/mfa"))
                    .json(&body),
            )
            .await?;
        code_error::<serde_json::Value>(resp, "otp_code")
            .await
            .map(|_| ())
    }

    /// A new set of backup codes; the old set stops working.
    pub async fn mfa_backup_codes(&self, creds: &Credentials, code: &str) -> Result<Vec<String>> {
        let body = json!({ "otp_code": code.trim() });
        let resp = self
            .send(
                creds
                    .apply(self.request(Method::POST, "api/v1/profile/mfa/backup_codes"))
                    .json(&body),
            )
            .await?;
        code_error(resp, "otp_code")
            .await
            .map(|b: BackupCodes| b.backup_codes)
    }

    /// A new personal API token; the old one stops working at once.
    pub async fn reset_access_token(&self, creds: &Credentials) -> Result<User> {
        let resp = self
            .send(creds.apply(self.request(Method::POST, "api/v1/profile/reset_access_token")))
            .await?;
        parse(checked(resp).await?).await
    }

    /// Uploads an avatar (`profile[avatar]`, as the dashboard sends it).
    pub async fn upload_avatar(
        &self,
        creds: &Credentials,
        image: Vec<u8>,
        mime: &str,
    ) -> Result<User> {
        let extension = if mime == "image/png" { "png" } else { "jpg" };
        let part = reqwest::multipart::Part::bytes(image)
            .file_name(format!("avatar.{extension}"))
            .mime_str(mime)
            .map_err(|e| Error::invalid("avatar", e.to_string()))?;
        let form = reqwest::multipart::Form::new().part("profile[avatar]", part);
        let resp = self
            .send(
                creds
                    .apply(self.request(Method::PUT, "api/v1/profile"))
                    .multipart(form),
            )
            .await?;
        parse(checked(resp).await?).await
    }

    pub async fn delete_avatar(&self, creds: &Credentials) -> Result<User> {
        let resp = self
            .send(creds.apply(self.request(Method::DELETE, "api/v1/profile/avatar")))
            .await?;
        parse(checked(resp).await?).await
    }

    /// Whether `password` is the account's, asked the only way every Chatwoot server
    /// answers: a sign-in. The session it opens is ended at once; a 206 (two-factor
    /// step) already proves the password.
    pub async fn check_password(&self, email: &str, password: &str) -> Result<()> {
        match self.sign_in(email, password).await {
            Ok(SignIn::Done { credentials, .. }) => {
                if let Err(e) = self.sign_out(&credentials).await {
                    tracing::warn!(error = %e, "could not end the password-check session");
                }
                Ok(())
            }
            Ok(SignIn::MfaRequired { .. }) => Ok(()),
            Err(Error::InvalidCredentials(_)) => {
                Err(Error::invalid("password", plain("error-wrong-password")))
            }
            Err(e) => Err(e),
        }
    }
}

/// A wrong code is the person's mistake, named on the code field; 401 still means the
/// session is gone.
async fn code_error<T: serde::de::DeserializeOwned>(
    resp: reqwest::Response,
    field: &str,
) -> Result<T> {
    match resp.status() {
        s if s.is_success() => parse(resp).await,
        StatusCode::UNAUTHORIZED => Err(Error::Unauthorized),
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::BAD_REQUEST => {
            match server_error(resp).await {
                Error::Server { message, .. } => Err(Error::invalid(field, message)),
                named => Err(named),
            }
        }
        _ => Err(server_error(resp).await),
    }
}
