//! The server's one error type, and how each case answers over HTTP.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use headset_model::texts;
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
    #[error("mail: {0}")]
    Mail(String),
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error("unsupported database `{0}`: use sqlite://PATH or postgres://USER@HOST/DB")]
    UnsupportedDatabase(String),
}

/// An error answered to an HTTP client, in Chatwoot's shapes.
#[derive(Debug)]
pub enum ApiError {
    /// devise's 401 for a missing or bad credential.
    Unauthorized,
    /// 401 on sign-in: `{"success": false, "errors": [...]}`.
    BadCredentials,
    /// 422 `{"error": message}`, naming the field and the rule broken when there is one.
    Unprocessable {
        message: String,
        field: Option<String>,
        rule: Option<&'static str>,
    },
    /// 400 `{"error": message}` (a wrong two-factor code at sign-in).
    BadRequest(String),
    /// 401 `{"error": message}` (an unknown or expired `mfa_token`).
    Expired(String),
    /// 412: `If-Match` no longer matches; nothing was changed.
    PreconditionFailed,
    Forbidden(String),
    NotFound,
    /// 429 with `Retry-After` seconds.
    TooManyRequests(u64),
    Internal(Error),
}

impl ApiError {
    pub fn unprocessable(message: impl Into<String>) -> Self {
        ApiError::Unprocessable {
            message: message.into(),
            field: None,
            rule: None,
        }
    }

    pub fn on_field(field: &str, message: impl Into<String>) -> Self {
        ApiError::Unprocessable {
            message: message.into(),
            field: Some(field.to_owned()),
            rule: None,
        }
    }
}

impl Error {
    /// The disk holding the database is full: SQLite's `SQLITE_FULL` (with or without an
    /// extended code), PostgreSQL's `disk_full`.
    fn is_disk_full(&self) -> bool {
        match self {
            Error::Database(sqlx::Error::Database(db)) => {
                db.code().is_some_and(|c| c == "13" || c == "53100")
            }
            Error::Database(sqlx::Error::Io(io)) => io.kind() == std::io::ErrorKind::StorageFull,
            _ => false,
        }
    }
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

/// The shared rules' refusals (headset-model) already name their field.
impl From<headset_model::Invalid> for ApiError {
    fn from(e: headset_model::Invalid) -> Self {
        ApiError::on_field(&e.field, e.message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                json!({"errors": [texts::plain("server-sign-in-needed")]}),
            ),
            ApiError::BadCredentials => (
                StatusCode::UNAUTHORIZED,
                json!({"success": false, "errors": [texts::plain("server-credentials")]}),
            ),
            ApiError::Unprocessable {
                message,
                field,
                rule,
            } => {
                let mut body = json!({ "error": message });
                if let Some(field) = field {
                    body["field"] = field.into();
                }
                if let Some(rule) = rule {
                    body["rule"] = rule.into();
                }
                (StatusCode::UNPROCESSABLE_ENTITY, body)
            }
            ApiError::PreconditionFailed => (
                StatusCode::PRECONDITION_FAILED,
                json!({"error": texts::plain("server-profile-changed")}),
            ),
            ApiError::BadRequest(message) => (StatusCode::BAD_REQUEST, json!({ "error": message })),
            ApiError::Expired(message) => (StatusCode::UNAUTHORIZED, json!({ "error": message })),
            ApiError::Forbidden(message) => (StatusCode::FORBIDDEN, json!({ "error": message })),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                json!({"error": texts::plain("server-not-found")}),
            ),
            ApiError::TooManyRequests(seconds) => {
                let body = json!({"error": texts::text("server-too-many", &[("seconds", seconds.into())])});
                return (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::RETRY_AFTER, seconds.to_string())],
                    Json(body),
                )
                    .into_response();
            }
            // Said plainly: nothing was stored, and it is the server's to fix.
            ApiError::Internal(e) if e.is_disk_full() => {
                tracing::error!(error = %e, "the database's disk is full");
                (
                    StatusCode::INSUFFICIENT_STORAGE,
                    json!({"error": texts::plain("server-disk-full")}),
                )
            }
            ApiError::Internal(e) => {
                tracing::error!(error = %e, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({"error": texts::plain("server-internal")}),
                )
            }
        };
        (status, Json(body)).into_response()
    }
}
