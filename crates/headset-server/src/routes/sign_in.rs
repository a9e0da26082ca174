//! `/auth`: sign-in (one session per device), token validation, sign-out.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use headset_model::texts;
use serde::Deserialize;
use serde_json::json;

use super::mfa::{use_code, Code};
use super::session_headers;
use crate::auth::{random_token, token_hash, AuthUser};
use crate::realtime::Revocation;
use crate::store::{timestamp, NewSession};
use crate::{ApiError, AppState};

/// How long the second step of a two-factor sign-in may take.
const MFA_WINDOW: chrono::Duration = chrono::Duration::minutes(5);

#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum SignIn {
    SecondStep {
        mfa_token: String,
        #[serde(default)]
        otp_code: Option<String>,
        #[serde(default)]
        backup_code: Option<String>,
    },
    Password {
        email: String,
        password: String,
    },
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
    let id = match body {
        SignIn::Password { email, password } => {
            let found = state.store.credentials_by_email(email.trim()).await?;
            let (id, hash) = match found {
                Some((id, hash)) => (Some(id), hash),
                None => (None, None),
            };
            if let Some(id) = id {
                refuse_if_locked(&state, id).await?;
            }
            if !state.hasher.verify(password, hash).await {
                if let Some(id) = id {
                    state
                        .store
                        .record_failed_sign_in(id, chrono::Utc::now())
                        .await?;
                }
                return Err(ApiError::BadCredentials);
            }
            let id = id.ok_or(ApiError::BadCredentials)?;
            if state.store.mfa(id).await?.is_some_and(|m| m.enabled) {
                let token = random_token();
                let expires = timestamp(chrono::Utc::now() + MFA_WINDOW);
                state
                    .store
                    .create_mfa_challenge(&token_hash(&token), id, &expires)
                    .await?;
                let body = json!({ "mfa_required": true, "mfa_token": token });
                return Ok((StatusCode::PARTIAL_CONTENT, Json(body)).into_response());
            }
            id
        }
        SignIn::SecondStep {
            mfa_token,
            otp_code,
            backup_code,
        } => {
            let challenge = token_hash(&mfa_token);
            let id = state
                .store
                .mfa_challenge_user(&challenge)
                .await?
                .ok_or_else(|| ApiError::Expired(texts::plain("server-sign-in-expired")))?;
            refuse_if_locked(&state, id).await?;
            let code = match (&otp_code, &backup_code) {
                (Some(otp), _) => Code::Otp(otp),
                (None, Some(backup)) => Code::Backup(backup),
                (None, None) => {
                    return Err(ApiError::BadRequest(texts::plain("server-code-missing")))
                }
            };
            if !use_code(&state, id, code).await? {
                state
                    .store
                    .record_failed_sign_in(id, chrono::Utc::now())
                    .await?;
                return Err(ApiError::BadRequest(texts::plain("server-code-invalid")));
            }
            state.store.delete_mfa_challenge(&challenge).await?;
            id
        }
    };
    state.store.clear_failed_sign_ins(id).await?;
    start_session(&state, id, peer, &headers).await
}

/// An account locked by its failed sign-ins answers 429 until the lock ends, even to the
/// right password: the guesser learns nothing more while it lasts.
async fn refuse_if_locked(state: &AppState, id: i64) -> Result<(), ApiError> {
    match state.store.locked_for(id, chrono::Utc::now()).await? {
        Some(seconds) => Err(ApiError::TooManyRequests(seconds)),
        None => Ok(()),
    }
}

/// A new session for this device, answered as devise_token_auth does.
async fn start_session(
    state: &AppState,
    id: i64,
    peer: SocketAddr,
    headers: &HeaderMap,
) -> Result<Response, ApiError> {
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
        state.hub.revoke(Revocation::Session(client.clone()));
    }
    Ok(Json(json!({ "success": true })))
}
