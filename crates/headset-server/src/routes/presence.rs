//! The agent's status in an account, and which account is active.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use headset_model::model::{Availability, User};
use headset_model::texts;
use serde::Deserialize;

use crate::auth::AuthUser;
use crate::{ApiError, AppState};

#[derive(Deserialize)]
pub(crate) struct Body<T> {
    profile: T,
}

#[derive(Deserialize)]
pub(crate) struct AvailabilityParams {
    account_id: i64,
    availability: String,
}

fn not_member(account_id: i64) -> ApiError {
    ApiError::on_field(
        "account_id",
        texts::text("server-not-member-of", &[("account", account_id.into())]),
    )
}

pub(crate) async fn availability(
    State(state): State<AppState>,
    user: AuthUser,
    Json(Body { profile: p }): Json<Body<AvailabilityParams>>,
) -> Result<Json<User>, ApiError> {
    let availability = Availability::parse(&p.availability).ok_or_else(|| {
        ApiError::on_field(
            "availability",
            format!(
                "availability must be one of online, busy, offline (got \"{}\")",
                p.availability
            ),
        )
    })?;
    if !state
        .store
        .set_availability(user.id, p.account_id, availability)
        .await?
    {
        return Err(not_member(p.account_id));
    }
    Ok(Json(state.store.user_document(user.id).await?))
}

#[derive(Deserialize)]
pub(crate) struct AutoOfflineParams {
    account_id: i64,
    /// Chatwoot: a missing flag means false.
    #[serde(default)]
    auto_offline: bool,
}

pub(crate) async fn auto_offline(
    State(state): State<AppState>,
    user: AuthUser,
    Json(Body { profile: p }): Json<Body<AutoOfflineParams>>,
) -> Result<Json<User>, ApiError> {
    if !state
        .store
        .set_auto_offline(user.id, p.account_id, p.auto_offline)
        .await?
    {
        return Err(not_member(p.account_id));
    }
    Ok(Json(state.store.user_document(user.id).await?))
}

#[derive(Deserialize)]
pub(crate) struct ActiveAccountParams {
    account_id: i64,
}

pub(crate) async fn set_active_account(
    State(state): State<AppState>,
    user: AuthUser,
    Json(Body { profile: p }): Json<Body<ActiveAccountParams>>,
) -> Result<StatusCode, ApiError> {
    if !state
        .store
        .set_active_account(user.id, p.account_id)
        .await?
    {
        return Err(not_member(p.account_id));
    }
    Ok(StatusCode::OK)
}
