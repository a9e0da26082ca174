//! The one error type of the core, and its wire form `{code, message}` for the IPC.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    InvalidCredentials(String),
    #[error("Your session has ended. Please sign in again.")]
    Unauthorized,
    #[error("Cannot reach the server at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("The server refused the request ({status}): {message}")]
    Server { status: u16, message: String },
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("Unexpected answer from the server: {0}")]
    Protocol(String),
    #[error("Headset's background agent is not running.")]
    AgentUnavailable,
    #[error("This Headset agent speaks IPC version {agent}, the client speaks {client}. Restart Headset.")]
    VersionMismatch { agent: u32, client: u32 },
    #[error("The OS keychain is not available: {0}")]
    Keychain(String),
    #[error("Not signed in.")]
    NotSignedIn,
    #[error("The settings window is already open.")]
    WindowOpen,
    #[error("The profile changed on the server since it was read.")]
    Conflict,
    #[error(transparent)]
    Io(#[from] std::io::Error),
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
