//! Credentials on requests: the personal `api_access_token`, or a devise-token-auth
//! session (`access-token` + `client` + `uid`), whose token is stored only as a hash.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::{ApiError, AppState};

/// An opaque 256-bit token, URL-safe.
pub(crate) fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub(crate) fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// The authenticated user of a request, and the session (`client`) it came with, if any.
pub(crate) struct AuthUser {
    pub id: i64,
    pub client: Option<String>,
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        authenticate(&parts.headers, state)
            .await?
            .ok_or(ApiError::Unauthorized)
    }
}

/// The user behind the request's credential; `None` when it carries none, 401 when the
/// one it carries is not (or no longer) valid.
pub(crate) async fn authenticate(
    headers: &HeaderMap,
    state: &AppState,
) -> Result<Option<AuthUser>, ApiError> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(token) = header("api_access_token") {
        let id = state.store.user_by_access_token(token).await?;
        return id
            .map(|id| Some(AuthUser { id, client: None }))
            .ok_or(ApiError::Unauthorized);
    }
    let (token, client, uid) = match (header("access-token"), header("client"), header("uid")) {
        (None, None, None) => return Ok(None),
        (Some(t), Some(c), Some(u)) => (t, c, u),
        _ => return Err(ApiError::Unauthorized),
    };
    let idle_cutoff = crate::store::timestamp(chrono::Utc::now() - state.sessions.idle);
    let Some((id, stored)) = state.store.session(client, uid, &idle_cutoff).await? else {
        return Err(ApiError::Unauthorized);
    };
    if !bool::from(token_hash(token).ct_eq(&stored)) {
        return Err(ApiError::Unauthorized);
    }
    state.store.touch_session(client).await?;
    Ok(Some(AuthUser {
        id,
        client: Some(client.to_owned()),
    }))
}
