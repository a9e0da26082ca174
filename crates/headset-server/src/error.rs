//! The server's one error type, and how each case answers over HTTP.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("a user with the email {0} already exists")]
    DuplicateEmail(String),
    #[error("{0}")]
    Invalid(String),
    #[error("password hashing failed: {0}")]
    Hash(String),
}

/// An error answered to an HTTP client, in Chatwoot's shapes.
#[derive(Debug)]
pub enum ApiError {
    /// devise's 401 for a missing or bad credential.
    Unauthorized,
    /// 401 on sign-in: `{"success": false, "errors": [...]}`.
    BadCredentials,
    /// 422 `{"error": message}`.
    Unprocessable(String),
    NotFound,
    Internal(Error),
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        ApiError::Internal(e)
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        ApiError::Internal(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                json!({"errors": ["You need to sign in or sign up before continuing."]}),
            ),
            ApiError::BadCredentials => (
                StatusCode::UNAUTHORIZED,
                json!({"success": false, "errors": ["Invalid login credentials. Please try again."]}),
            ),
            ApiError::Unprocessable(message) => {
                (StatusCode::UNPROCESSABLE_ENTITY, json!({"error": message}))
            }
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                json!({"error": "Resource could not be found"}),
            ),
            ApiError::Internal(e) => {
                tracing::error!(error = %e, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({"error": "Internal server error"}),
                )
            }
        };
        (status, Json(body)).into_response()
    }
}
