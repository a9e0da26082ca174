//! The one error type of the core, and its wire form `{code, message}` for the IPC.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use headset_model::texts::{plain, text};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error of Headset's; its Display is the message a person reads, in Headset's
/// current language (`texts`).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    InvalidCredentials(String),
    #[error("{}", plain("error-session-ended"))]
    Unauthorized,
    #[error("{}", text("error-unreachable", &[("url", url.into()), ("reason", reason.into())]))]
    Unreachable { url: String, reason: String },
    #[error("{}", text("error-server", &[("status", status.to_string().into()), ("message", message.into())]))]
    Server { status: u16, message: String },
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("{}", text("error-protocol", &[("detail", .0.into())]))]
    Protocol(String),
    #[error("{}", plain("error-agent-unavailable"))]
    AgentUnavailable,
    #[error("{}", text("error-version-mismatch", &[("agent", (*agent).into()), ("client", (*client).into())]))]
    VersionMismatch { agent: u32, client: u32 },
    #[error("{}", text("error-keychain", &[("detail", .0.into())]))]
    Keychain(String),
    #[error("{}", plain("error-not-signed-in"))]
    NotSignedIn,
    #[error("{}", plain("error-window-open"))]
    WindowOpen,
    #[error("{}", plain("error-conflict"))]
    Conflict,
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// The shared rules' refusal (`headset_model`) is a field error here too.
impl From<headset_model::Invalid> for Error {
    fn from(e: headset_model::Invalid) -> Self {
        Error::Invalid {
            field: e.field,
            message: e.message,
        }
    }
}

/// Stable, machine-readable error codes; the UI chooses its wording and focus by them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    InvalidCredentials,
    Unauthorized,
    Unreachable,
    Server,
    Invalid,
    Protocol,
    AgentUnavailable,
    VersionMismatch,
    Keychain,
    NotSignedIn,
    WindowOpen,
    Conflict,
    Io,
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::InvalidCredentials(_) => ErrorCode::InvalidCredentials,
            Error::Unauthorized => ErrorCode::Unauthorized,
            Error::Unreachable { .. } => ErrorCode::Unreachable,
            Error::Server { .. } => ErrorCode::Server,
            Error::Invalid { .. } => ErrorCode::Invalid,
            Error::Protocol(_) => ErrorCode::Protocol,
            Error::AgentUnavailable => ErrorCode::AgentUnavailable,
            Error::VersionMismatch { .. } => ErrorCode::VersionMismatch,
            Error::Keychain(_) => ErrorCode::Keychain,
            Error::NotSignedIn => ErrorCode::NotSignedIn,
            Error::WindowOpen => ErrorCode::WindowOpen,
            Error::Conflict => ErrorCode::Conflict,
            Error::Io(_) => ErrorCode::Io,
        }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

/// What crosses the IPC (and reaches the UI) when a request fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    /// The form field the error is about, when there is one.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl From<&Error> for IpcError {
    fn from(e: &Error) -> Self {
        match e {
            // The field travels apart: the message is shown under it, and says it once.
            Error::Invalid { field, message } => IpcError {
                code: e.code(),
                message: message.clone(),
                field: Some(field.clone()),
            },
            _ => IpcError {
                code: e.code(),
                message: e.to_string(),
                field: None,
            },
        }
    }
}

impl From<Error> for IpcError {
    fn from(e: Error) -> Self {
        IpcError::from(&e)
    }
}
