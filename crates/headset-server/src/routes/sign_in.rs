//! `POST /auth/sign_in`: email + password -> a new session (one per device).

use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{Duration, SecondsFormat, Utc};
use serde::Deserialize;
use serde_json::json;
use std::net::SocketAddr;

use crate::auth::{random_token, token_hash};
use crate::store::NewSession;
use crate::{ApiError, AppState};

/// How long a session lives without being used again (devise_token_auth's default).
const SESSION_LIFETIME: Duration = Duration::weeks(2);

#[derive(Deserialize)]
pub(crate) struct SignIn {
    email: String,
    password: String,
}

pub(crate) async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Json(body): Json<SignIn>,
) -> Result<Response, ApiError> {
    let found = state.store.credentials_by_email(body.email.trim()).await?;
    let (id, hash) = match found {
        Some((id, hash)) => (Some(id), hash),
        None => (None, None),
    };
    if !state.hasher.verify(body.password, hash).await {
        return Err(ApiError::BadCredentials);
    }
    let id = id.ok_or(ApiError::BadCredentials)?;

    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(200).collect::<String>())
    };
    let token = random_token();
    let client = random_token();
    let expiry = Utc::now() + SESSION_LIFETIME;
    state
        .store
        .create_session(
            id,
            NewSession {
                client: client.clone(),
                token_hash: token_hash(&token),
                client_name: header("x-chatwoot-client-name"),
                client_version: header("x-chatwoot-client-version"),
                platform: header("x-chatwoot-platform"),
                device_model: header("x-chatwoot-device-model"),
                platform_version: header("x-chatwoot-platform-version"),
                user_agent: header("user-agent"),
                ip_address: Some(peer.ip().to_string()),
                expires_at: expiry.to_rfc3339_opts(SecondsFormat::Secs, true),
            },
        )
        .await?;
    let user = state.store.user_document(id).await?;

    let mut out = HeaderMap::new();
    let mut put = |name: &'static str, value: &str| {
        out.insert(
            name,
            HeaderValue::from_str(value).expect("token chars are header-safe"),
        );
    };
    put("access-token", &token);
    put("token-type", "Bearer");
    put("client", &client);
    put("expiry", &expiry.timestamp().to_string());
    put("uid", &user.uid);
    Ok((out, Json(json!({ "data": user }))).into_response())
}
