//! `/auth`: sign-in (one session per device), token validation, sign-out.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

use super::session_headers;
use crate::auth::{random_token, token_hash, AuthUser};
use crate::store::{timestamp, NewSession};
use crate::{ApiError, AppState};

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
    state
        .sign_in_limit
        .check(peer.ip())
        .map_err(ApiError::TooManyRequests)?;
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
    let expiry = chrono::Utc::now() + state.sessions.absolute;
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
                expires_at: timestamp(expiry),
            },
        )
        .await?;
    let user = state.store.user_document(id).await?;
    let headers = session_headers(&token, &client, &user.uid, expiry.timestamp());
    Ok((headers, Json(json!({ "data": user }))).into_response())
}

/// `GET /auth/validate_token`: is this credential still good, and whose is it.
pub(crate) async fn validate_token(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<serde_json::Value>, ApiError> {
    let user = state.store.user_document(user.id).await?;
    Ok(Json(json!({ "success": true, "data": user })))
}

/// `DELETE /auth/sign_out`: ends the current session only.
pub(crate) async fn sign_out(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<serde_json::Value>, ApiError> {
    if let Some(client) = &user.client {
        state.store.delete_session_by_client(client).await?;
    }
    Ok(Json(json!({ "success": true })))
}
