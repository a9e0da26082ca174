//! The HTTP routes, grouped as Chatwoot groups its controllers.

mod profile;
mod sign_in;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/sign_in", post(sign_in::sign_in))
        .route("/api/v1/profile", get(profile::show))
        .route("/api/v1/profile/availability", post(profile::availability))
}
