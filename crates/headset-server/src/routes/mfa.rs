//! `/api/v1/profile/mfa`: TOTP two-factor with single-use backup codes.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::Json;
use headset_model::texts;
use rand::RngCore;
use serde::Deserialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::auth::AuthUser;
use crate::{totp, ApiError, AppState};

const BACKUP_CODES: usize = 10;

/// A second factor as the user typed it.
pub(crate) enum Code<'a> {
    Otp(&'a str),
    Backup(&'a str),
}

/// Checks `code` for the user and uses it up: a time step is accepted once, a backup code once.
pub(crate) async fn use_code(
    state: &AppState,
    user_id: i64,
    code: Code<'_>,
) -> Result<bool, ApiError> {
    match code {
        Code::Otp(otp) => {
            let Some(row) = state.store.mfa(user_id).await? else {
                return Ok(false);
            };
            let secret = state.sealer.open(&row.secret_sealed)?;
            let now = chrono::Utc::now().timestamp() as u64;
            match totp::matching_step(&secret, otp, now) {
                Some(step) => Ok(state.store.mfa_use_step(user_id, step).await?),
                None => Ok(false),
            }
        }
        Code::Backup(code) => Ok(state
            .store
            .use_backup_code(user_id, &backup_hash(code))
            .await?),
    }
}

fn backup_hash(code: &str) -> Vec<u8> {
    let normalized: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    Sha256::digest(normalized.as_bytes()).to_vec()
}

/// Ten fresh codes (shown once), stored only as hashes.
async fn new_backup_codes(state: &AppState, user_id: i64) -> Result<Vec<String>, ApiError> {
    let codes: Vec<String> = (0..BACKUP_CODES)
        .map(|_| {
            let mut bytes = [0u8; 7];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            let text = data_encoding::BASE32_NOPAD.encode(&bytes).to_lowercase();
            format!("{}-{}", &text[..5], &text[5..10])
        })
        .collect();
    let hashes: Vec<Vec<u8>> = codes.iter().map(|c| backup_hash(c)).collect();
    state.store.replace_backup_codes(user_id, &hashes).await?;
    Ok(codes)
}

fn invalid_code() -> ApiError {
    ApiError::on_field("otp_code", texts::plain("server-mfa-code-invalid"))
}

pub(crate) async fn show(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<Value>, ApiError> {
    let enabled = state.store.mfa(user.id).await?.is_some_and(|m| m.enabled);
    Ok(Json(json!({
        "feature_available": true,
        "enabled": enabled,
        "backup_codes_generated": enabled && state.store.backup_codes_generated(user.id).await?,
    })))
}

/// Starts enrolment: a new seed, to be confirmed with `verify`.
pub(crate) async fn begin(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<Value>, ApiError> {
    if state.store.mfa(user.id).await?.is_some_and(|m| m.enabled) {
        return Err(ApiError::unprocessable(texts::plain(
            "server-mfa-already-on",
        )));
    }
    let mut secret = [0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    state
        .store
        .mfa_begin(user.id, &state.sealer.seal(&secret))
        .await?;
    let encoded = data_encoding::BASE32_NOPAD.encode(&secret);
    let email = state.store.user_basics(user.id).await?.email;
    Ok(Json(json!({
        "provisioning_url": totp::provisioning_url(&encoded, &email, "Headset"),
        "secret": encoded,
    })))
}

#[derive(Deserialize)]
pub(crate) struct OtpBody {
    otp_code: String,
}

pub(crate) async fn verify(
    State(state): State<AppState>,
    user: AuthUser,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Json(body): Json<OtpBody>,
) -> Result<Json<Value>, ApiError> {
    state
        .mfa_limit
        .check(peer.ip())
        .map_err(ApiError::TooManyRequests)?;
    match state.store.mfa(user.id).await? {
        None => {
            return Err(ApiError::unprocessable(texts::plain(
                "server-mfa-not-started",
            )))
        }
        Some(m) if m.enabled => {
            return Err(ApiError::unprocessable(texts::plain(
                "server-mfa-already-on",
            )))
        }
        Some(_) => {}
    }
    if !use_code(&state, user.id, Code::Otp(&body.otp_code)).await? {
        return Err(invalid_code());
    }
    state.store.mfa_enable(user.id).await?;
    let codes = new_backup_codes(&state, user.id).await?;
    Ok(Json(json!({ "enabled": true, "backup_codes": codes })))
}

#[derive(Deserialize)]
pub(crate) struct DisableBody {
    otp_code: String,
    password: String,
}

pub(crate) async fn disable(
    State(state): State<AppState>,
    user: AuthUser,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Json(body): Json<DisableBody>,
) -> Result<Json<Value>, ApiError> {
    state
        .mfa_limit
        .check(peer.ip())
        .map_err(ApiError::TooManyRequests)?;
    if !state.store.mfa(user.id).await?.is_some_and(|m| m.enabled) {
        return Err(ApiError::unprocessable(texts::plain("server-mfa-not-on")));
    }
    let hash = state.store.user_basics(user.id).await?.password_hash;
    if !state.hasher.verify(body.password, hash).await {
        return Err(ApiError::on_field(
            "password",
            texts::plain("server-password-invalid"),
        ));
    }
    let ok = use_code(&state, user.id, Code::Otp(&body.otp_code)).await?
        || use_code(&state, user.id, Code::Backup(&body.otp_code)).await?;
    if !ok {
        return Err(invalid_code());
    }
    state.store.mfa_disable(user.id).await?;
    Ok(Json(json!({ "enabled": false })))
}

pub(crate) async fn backup_codes(
    State(state): State<AppState>,
    user: AuthUser,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Json(body): Json<OtpBody>,
) -> Result<Json<Value>, ApiError> {
    state
        .mfa_limit
        .check(peer.ip())
        .map_err(ApiError::TooManyRequests)?;
    if !state.store.mfa(user.id).await?.is_some_and(|m| m.enabled) {
        return Err(ApiError::unprocessable(texts::plain("server-mfa-not-on")));
    }
    if !use_code(&state, user.id, Code::Otp(&body.otp_code)).await? {
        return Err(invalid_code());
    }
    Ok(Json(
        json!({ "backup_codes": new_backup_codes(&state, user.id).await? }),
    ))
}
