//! The user's signed-in devices: list them, end one.

use axum::extract::{Path, State};
use axum::Json;
use headset_model::texts;
use serde_json::json;

use crate::auth::AuthUser;
use crate::realtime::Revocation;
use crate::store::SessionRow;
use crate::{ApiError, AppState};

pub(crate) async fn list(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<Vec<SessionRow>>, ApiError> {
    Ok(Json(
        state
            .store
            .sessions_of(user.id, user.client.as_deref())
            .await?,
    ))
}

pub(crate) async fn end(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<serde_json::Value>, ApiError> {
    if let Some(client) = &user.client {
        if state.store.session_id(client).await? == Some(id) {
            return Err(ApiError::unprocessable(texts::plain(
                "server-session-current",
            )));
        }
    }
    let client = state
        .store
        .delete_session(user.id, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    state.hub.revoke(Revocation::Session(client));
    Ok(Json(json!({ "success": true })))
}
