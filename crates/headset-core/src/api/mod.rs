//! The Chatwoot agent API client (REST), as PROTOCOL.md describes it.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use reqwest::{header::HeaderMap, Method, RequestBuilder, Response, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::json;
use url::Url;

use crate::network::Network;
use headset_ipc::{Error, Result};
use headset_model::model::{Availability, User};
use headset_model::texts::{plain, text};

mod account;
mod security;

/// What authenticates a request. Stored only in the OS keychain.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Credentials {
    /// A devise-token-auth session (`access-token`, `client`, `uid` headers).
    Session {
        access_token: String,
        client: String,
        uid: String,
    },
    /// A personal API access token (`api_access_token` header).
    ApiToken { token: String },
}

impl std::fmt::Debug for Credentials {
    // Never print a secret, not even in a debug log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Session { uid, .. } => write!(f, "Session({uid})"),
            Credentials::ApiToken { .. } => f.write_str("ApiToken"),
        }
    }
}

impl Credentials {
    fn apply(&self, req: RequestBuilder) -> RequestBuilder {
        match self {
            Credentials::Session {
                access_token,
                client,
                uid,
            } => req
                .header("access-token", access_token)
                .header("token-type", "Bearer")
                .header("client", client)
                .header("uid", uid),
            Credentials::ApiToken { token } => req.header("api_access_token", token),
        }
    }

    fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let get = |name: &str| Some(headers.get(name)?.to_str().ok()?.to_owned());
        Some(Credentials::Session {
            access_token: get("access-token")?,
            client: get("client")?,
            uid: get("uid")?,
        })
    }
}

/// The outcome of `POST /auth/sign_in`.
#[derive(Debug)]
pub enum SignIn {
    Done {
        credentials: Credentials,
        user: Box<User>,
    },
    /// Two-factor is on: finish with a code and this token.
    MfaRequired { mfa_token: String },
}

/// What the person typed at the two-factor step.
#[derive(Debug, Clone, Copy)]
pub enum SecondFactor<'a> {
    Otp(&'a str),
    Backup(&'a str),
}

/// A client of one server. Clones share their connections, and [`ApiClient::renew`]
/// replaces those for every clone at once.
#[derive(Clone, Debug)]
pub struct ApiClient {
    http: Arc<RwLock<reqwest::Client>>,
    base: Url,
    network: Network,
}

impl ApiClient {
    /// A client for the server at `base` (e.g. `https://chat.example.com`), reached
    /// directly and trusting the OS's certificates.
    pub fn new(base: &str) -> Result<Self> {
        Self::with_network(base, &Network::default())
    }

    /// A client for the server at `base`, reached as `network` says.
    pub fn with_network(base: &str, network: &Network) -> Result<Self> {
        Ok(ApiClient {
            http: Arc::new(RwLock::new(http_client(network)?)),
            base: normalize_base(base)?,
            network: network.clone(),
        })
    }

    /// New connections from now on, for this client and its clones: after the link was
    /// lost (a reconnect, a network change, a resume), pooled connections may be dead
    /// without knowing it, and a request sent on one would wait for its timeout.
    pub fn renew(&self) {
        match http_client(&self.network) {
            Ok(http) => *self.http.write().unwrap() = http,
            Err(e) => tracing::warn!(error = %e, "could not renew the server's connections"),
        }
    }

    fn http(&self) -> reqwest::Client {
        self.http.read().unwrap().clone()
    }

    pub fn base(&self) -> &Url {
        &self.base
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Result<SignIn> {
        let resp = self
            .send(
                self.request(Method::POST, "auth/sign_in")
                    .json(&json!({ "email": email, "password": password })),
            )
            .await?;
        match resp.status() {
            StatusCode::OK => signed_in(resp).await,
            StatusCode::PARTIAL_CONTENT => {
                let body: MfaChallenge = parse(resp).await?;
                Ok(SignIn::MfaRequired {
                    mfa_token: body.mfa_token,
                })
            }
            StatusCode::UNAUTHORIZED => Err(Error::InvalidCredentials(
                error_message(resp)
                    .await
                    .unwrap_or_else(|| plain("error-credentials")),
            )),
            _ => Err(server_error(resp).await),
        }
    }

    /// The second step of a two-factor sign-in.
    pub async fn sign_in_second_step(
        &self,
        mfa_token: &str,
        factor: SecondFactor<'_>,
    ) -> Result<SignIn> {
        let body = match factor {
            SecondFactor::Otp(code) => json!({ "mfa_token": mfa_token, "otp_code": code.trim() }),
            SecondFactor::Backup(code) => {
                json!({ "mfa_token": mfa_token, "backup_code": code.trim() })
            }
        };
        let resp = self
            .send(self.request(Method::POST, "auth/sign_in").json(&body))
            .await?;
        match resp.status() {
            StatusCode::OK => signed_in(resp).await,
            StatusCode::BAD_REQUEST => Err(Error::invalid(
                "code",
                error_message(resp)
                    .await
                    .unwrap_or_else(|| plain("error-code-invalid")),
            )),
            StatusCode::UNAUTHORIZED => Err(Error::InvalidCredentials(
                error_message(resp)
                    .await
                    .unwrap_or_else(|| plain("error-sign-in-expired")),
            )),
            _ => Err(server_error(resp).await),
        }
    }

    /// Asks the server to email a reset link (`POST /auth/password`). The server answers
    /// the same whether or not the address has an account.
    pub async fn request_password_reset(&self, email: &str) -> Result<()> {
        let resp = self
            .send(
                self.request(Method::POST, "auth/password")
                    .json(&json!({ "email": email })),
            )
            .await?;
        checked(resp).await.map(|_| ())
    }

    /// Ends the current session on the server (`DELETE /auth/sign_out`).
    pub async fn sign_out(&self, creds: &Credentials) -> Result<()> {
        if let Credentials::Session { .. } = creds {
            let resp = self
                .send(creds.apply(self.request(Method::DELETE, "auth/sign_out")))
                .await?;
            if !resp.status().is_success() && resp.status() != StatusCode::UNAUTHORIZED {
                return Err(server_error(resp).await);
            }
        }
        Ok(())
    }

    pub async fn profile(&self, creds: &Credentials) -> Result<User> {
        let resp = self
            .send(creds.apply(self.request(Method::GET, "api/v1/profile")))
            .await?;
        parse(checked(resp).await?).await
    }

    pub async fn set_availability(
        &self,
        creds: &Credentials,
        account_id: i64,
        availability: Availability,
    ) -> Result<User> {
        let body = json!({ "profile": { "account_id": account_id, "availability": availability } });
        let resp = self
            .send(
                creds
                    .apply(self.request(Method::POST, "api/v1/profile/availability"))
                    .json(&body),
            )
            .await?;
        parse(checked(resp).await?).await
    }

    /// Makes `account_id` the user's active account (`PUT profile/set_active_account`).
    pub async fn set_active_account(&self, creds: &Credentials, account_id: i64) -> Result<()> {
        let body = json!({ "profile": { "account_id": account_id } });
        let resp = self
            .send(
                creds
                    .apply(self.request(Method::PUT, "api/v1/profile/set_active_account"))
                    .json(&body),
            )
            .await?;
        checked(resp).await.map(|_| ())
    }

    /// The profile and its `ETag` (headset-server sends one; stock Chatwoot does not).
    pub async fn profile_with_etag(&self, creds: &Credentials) -> Result<(User, Option<String>)> {
        let resp = self
            .send(creds.apply(self.request(Method::GET, "api/v1/profile")))
            .await?;
        let resp = checked(resp).await?;
        let etag = resp
            .headers()
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Ok((parse(resp).await?, etag))
    }

    /// `PUT /api/v1/profile`; with `if_match`, a document changed meanwhile gives `Conflict`.
    pub async fn update_profile(
        &self,
        creds: &Credentials,
        body: &serde_json::Value,
        if_match: Option<&str>,
    ) -> Result<User> {
        let mut req = creds
            .apply(self.request(Method::PUT, "api/v1/profile"))
            .json(body);
        if let Some(etag) = if_match {
            req = req.header("if-match", etag);
        }
        let resp = self.send(req).await?;
        if resp.status() == StatusCode::PRECONDITION_FAILED {
            return Err(Error::Conflict);
        }
        parse(checked(resp).await?).await
    }

    /// Changes the password. headset-server answers with new session headers for this
    /// device (its old token stops working); they are returned to be swapped in.
    pub async fn change_password(
        &self,
        creds: &Credentials,
        current: &str,
        new: &str,
        confirmation: &str,
    ) -> Result<(User, Option<Credentials>)> {
        let body = json!({"profile": {
            "current_password": current, "password": new, "password_confirmation": confirmation}});
        let resp = self
            .send(
                creds
                    .apply(self.request(Method::PUT, "api/v1/profile"))
                    .json(&body),
            )
            .await?;
        let resp = checked(resp).await?;
        let rotated = Credentials::from_headers(resp.headers());
        Ok((parse(resp).await?, rotated))
    }

    /// An alert tone as the server serves it (`/audio/dashboard/<tone>.mp3`; the format
    /// is whatever the server sends, decoded by content).
    pub async fn tone(&self, tone: headset_model::settings::Tone) -> Result<Vec<u8>> {
        let path = format!("audio/dashboard/{}.mp3", tone.as_str());
        let resp = self.send(self.request(Method::GET, &path)).await?;
        let resp = checked(resp).await?;
        let bytes = resp
            .bytes()
            .await
            .map_err(|e| Error::Protocol(root_cause(&e)))?;
        Ok(bytes.to_vec())
    }

    /// A picture named by an event (a customer's `thumbnail`): an image of at most
    /// `limit` bytes (PNG, JPEG, WebP or GIF by content), through the same connection
    /// settings. Only http(s) URLs; no credentials are sent.
    pub async fn picture(&self, url: &str, limit: usize) -> Result<Vec<u8>> {
        let url = Url::parse(url).map_err(|e| Error::Protocol(format!("picture URL: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(Error::Protocol(format!(
                "picture URL: {} is not http(s)",
                url.scheme()
            )));
        }
        let mut resp = checked(self.send(self.http().get(url)).await?).await?;
        let mut bytes = Vec::new();
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| Error::Protocol(root_cause(&e)))?
        {
            bytes.extend_from_slice(&chunk);
            if bytes.len() > limit {
                return Err(Error::Protocol(format!(
                    "picture larger than {limit} bytes"
                )));
            }
        }
        let image = bytes.starts_with(b"\x89PNG")
            || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
            || bytes.starts_with(b"GIF8")
            || (bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"));
        if !image {
            return Err(Error::Protocol(
                "picture is not a PNG, JPEG, WebP or GIF image".into(),
            ));
        }
        Ok(bytes)
    }

    /// The selected `email_*` and `push_*` flags of the user in `account_id`.
    pub async fn notification_flags(
        &self,
        creds: &Credentials,
        account_id: i64,
    ) -> Result<headset_ipc::NotificationFlags> {
        let path = format!("api/v1/accounts/{account_id}/notification_settings");
        let resp = self
            .send(creds.apply(self.request(Method::GET, &path)))
            .await?;
        let body: serde_json::Value = parse(checked(resp).await?).await?;
        let flags = |key: &str| -> Vec<String> {
            body[key]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| f.as_str().map(str::to_owned))
                .collect()
        };
        Ok(headset_ipc::NotificationFlags {
            email: flags("selected_email_flags"),
            push: flags("selected_push_flags"),
        })
    }

    pub async fn set_notification_flags(
        &self,
        creds: &Credentials,
        account_id: i64,
        email: &[String],
        push: &[String],
    ) -> Result<()> {
        let path = format!("api/v1/accounts/{account_id}/notification_settings");
        let body = json!({"notification_settings": {
            "selected_email_flags": email, "selected_push_flags": push}});
        let resp = self
            .send(creds.apply(self.request(Method::PATCH, &path)).json(&body))
            .await?;
        checked(resp).await.map(|_| ())
    }

    /// Unread notifications of the user in `account_id`.
    pub async fn unread_notifications(&self, creds: &Credentials, account_id: i64) -> Result<u32> {
        let path = format!("api/v1/accounts/{account_id}/notifications/unread_count");
        let resp = self
            .send(creds.apply(self.request(Method::GET, &path)))
            .await?;
        let count: i64 = parse(checked(resp).await?).await?;
        Ok(count.max(0) as u32)
    }

    /// The notifications newer than `after` (all of the first page when `None`), newest
    /// first: page by page until one reaches `after` (15 a page, at most 20 pages), so a
    /// long time offline is caught up in full.
    pub async fn notifications_since(
        &self,
        creds: &Credentials,
        account_id: i64,
        after: Option<i64>,
    ) -> Result<Vec<crate::realtime::NotificationInfo>> {
        let mut all = Vec::new();
        for page in 1..=20 {
            let path = format!("api/v1/accounts/{account_id}/notifications?page={page}");
            let resp = self
                .send(creds.apply(self.request(Method::GET, &path)))
                .await?;
            let body: serde_json::Value = parse(checked(resp).await?).await?;
            let payload: Vec<crate::realtime::NotificationInfo> = body["data"]["payload"]
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|n| serde_json::from_value(n.clone()).ok())
                        .collect()
                })
                .unwrap_or_default();
            let reached = match after {
                Some(mark) => payload.is_empty() || payload.iter().any(|n| n.id <= mark),
                None => true,
            };
            all.extend(
                payload
                    .into_iter()
                    .filter(|n| after.is_none_or(|m| n.id > m)),
            );
            if reached {
                break;
            }
        }
        Ok(all)
    }

    /// The open conversations assigned to the agent, as (display id, unread messages):
    /// `conversations?assignee_type=me&status=open`, page by page (25 each, at most 20).
    pub async fn my_open_conversations(
        &self,
        creds: &Credentials,
        account_id: i64,
    ) -> Result<Vec<(i64, i64)>> {
        let mut all = Vec::new();
        for page in 1..=20 {
            let path = format!(
                "api/v1/accounts/{account_id}/conversations?assignee_type=me&status=open&page={page}"
            );
            let resp = self
                .send(creds.apply(self.request(Method::GET, &path)))
                .await?;
            let body: serde_json::Value = parse(checked(resp).await?).await?;
            let payload = body["data"]["payload"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            all.extend(payload.iter().filter_map(|c| {
                Some((c["id"].as_i64()?, c["unread_count"].as_i64().unwrap_or(0)))
            }));
            if payload.len() < 25 {
                break;
            }
        }
        Ok(all)
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let url = self.base.join(path).expect("static API paths are valid");
        // The server's refusals come back in the language Headset speaks.
        let language = headset_model::texts::locale().replace('_', "-");
        self.http()
            .request(method, url)
            .header(reqwest::header::ACCEPT_LANGUAGE, language)
    }

    async fn send(&self, req: RequestBuilder) -> Result<Response> {
        req.send().await.map_err(|e| Error::Unreachable {
            url: self.base.to_string(),
            reason: root_cause(&e),
        })
    }
}

/// The HTTP client every request of a server goes through.
fn http_client(network: &Network) -> Result<reqwest::Client> {
    let builder = reqwest::Client::builder()
        .user_agent(concat!("Headset/", env!("CARGO_PKG_VERSION")))
        .default_headers(client_headers())
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30));
    network
        .configure(builder)?
        .build()
        .map_err(|e| Error::Protocol(e.to_string()))
}

/// Accepts `host:port`, `http://host`, with or without a trailing slash or path.
fn normalize_base(input: &str) -> Result<Url> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid("server", plain("error-server-empty")));
    }
    let with_scheme = if trimmed.contains("://") {
        trimmed.to_owned()
    } else {
        format!("https://{trimmed}")
    };
    let mut url = Url::parse(&with_scheme).map_err(|e| {
        let args = [("value", trimmed.into()), ("detail", e.to_string().into())];
        Error::invalid("server", text("error-server-not-url", &args))
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::invalid("server", plain("error-server-scheme")));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    url.set_query(None);
    url.set_fragment(None);
    Ok(url)
}

/// `X-Chatwoot-Client-*`: the server labels this device's session with them.
fn client_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    let mut put = |name: &'static str, value: &str| {
        if let Ok(v) = value.parse() {
            headers.insert(name, v);
        }
    };
    put("x-chatwoot-client-name", "Headset");
    put("x-chatwoot-client-version", env!("CARGO_PKG_VERSION"));
    put("x-chatwoot-platform", std::env::consts::OS);
    put("x-chatwoot-device-model", std::env::consts::ARCH);
    headers
}

#[derive(Deserialize)]
struct DataEnvelope {
    data: User,
}

#[derive(Deserialize)]
struct MfaChallenge {
    mfa_token: String,
}

/// A 200 from `POST /auth/sign_in`: the session headers and the user document.
async fn signed_in(resp: Response) -> Result<SignIn> {
    let credentials = Credentials::from_headers(resp.headers())
        .ok_or_else(|| Error::Protocol("sign-in answered without session headers".into()))?;
    let body: DataEnvelope = parse(resp).await?;
    Ok(SignIn::Done {
        credentials,
        user: Box::new(body.data),
    })
}

async fn checked(resp: Response) -> Result<Response> {
    match resp.status() {
        s if s.is_success() => Ok(resp),
        StatusCode::UNAUTHORIZED => Err(Error::Unauthorized),
        _ => Err(server_error(resp).await),
    }
}

async fn parse<T: serde::de::DeserializeOwned>(resp: Response) -> Result<T> {
    let bytes = resp
        .bytes()
        .await
        .map_err(|e| Error::Protocol(root_cause(&e)))?;
    serde_json::from_slice(&bytes).map_err(|e| Error::Protocol(e.to_string()))
}

async fn server_error(resp: Response) -> Error {
    let status = resp.status();
    let body: Option<serde_json::Value> = resp.json().await.ok();
    let message = body
        .as_ref()
        .and_then(message_of)
        .unwrap_or_else(|| status.canonical_reason().unwrap_or("error").to_owned());
    // headset-server names the field a 422 is about.
    if let Some(field) = body.as_ref().and_then(|b| b.get("field")?.as_str()) {
        return Error::invalid(field, message);
    }
    Error::Server {
        status: status.as_u16(),
        message,
    }
}

async fn error_message(resp: Response) -> Option<String> {
    message_of(&resp.json().await.ok()?)
}

/// Chatwoot answers errors as `{error}`, `{message}` or `{errors: [..]}`.
fn message_of(body: &serde_json::Value) -> Option<String> {
    if let Some(s) = body
        .get("error")
        .or(body.get("message"))
        .and_then(|v| v.as_str())
    {
        return Some(s.to_owned());
    }
    let list = body.get("errors")?.as_array()?;
    let parts: Vec<&str> = list.iter().filter_map(|v| v.as_str()).collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_addresses_are_normalized() {
        assert_eq!(
            normalize_base("chat.example.com").unwrap().as_str(),
            "https://chat.example.com/"
        );
        assert_eq!(
            normalize_base("http://127.0.0.1:3000/chatwoot?x=1")
                .unwrap()
                .as_str(),
            "http://127.0.0.1:3000/chatwoot/"
        );
        let err = normalize_base("  ").unwrap_err();
        assert_eq!(err.code(), headset_ipc::ErrorCode::Invalid);
        assert!(normalize_base("ftp://x").is_err());
    }

    #[test]
    fn credentials_never_print_their_secret() {
        let c = Credentials::ApiToken {
            token: "s3cret".into(),
        };
        assert!(!format!("{c:?}").contains("s3cret"));
    }
}
