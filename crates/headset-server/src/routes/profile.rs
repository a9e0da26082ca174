//! `/api/v1/profile`: the signed-in user's own document.

use axum::extract::State;
use axum::Json;
use headset_core::model::{Availability, User};
use serde::Deserialize;

use crate::auth::AuthUser;
use crate::{ApiError, AppState};

pub(crate) async fn show(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<User>, ApiError> {
    Ok(Json(state.store.user_document(user.id).await?))
}

#[derive(Deserialize)]
pub(crate) struct AvailabilityBody {
    profile: AvailabilityParams,
}

#[derive(Deserialize)]
struct AvailabilityParams {
    account_id: i64,
    availability: String,
}

pub(crate) async fn availability(
    State(state): State<AppState>,
    user: AuthUser,
    Json(body): Json<AvailabilityBody>,
) -> Result<Json<User>, ApiError> {
    let p = body.profile;
    let availability = Availability::parse(&p.availability).ok_or_else(|| {
        ApiError::Unprocessable(format!(
            "availability must be one of online, busy, offline (got \"{}\")",
            p.availability
        ))
    })?;
    if !state
        .store
        .set_availability(user.id, p.account_id, availability)
        .await?
    {
        return Err(ApiError::Unprocessable(format!(
            "you are not a member of account {}",
            p.account_id
        )));
    }
    Ok(Json(state.store.user_document(user.id).await?))
}
