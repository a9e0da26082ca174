//! Headset's GUI-free client core: the Chatwoot API client, the realtime socket, the
//! offline-safe settings sync, the alert rules, the typed IPC protocol between the agent
//! and its clients, and the on-disk layout. What the server shares with it (the profile
//! model, the settings and their rules, hours, texts) is `headset_model`.
//!
//! Nothing here depends on Tauri or a GUI toolkit, so every piece is testable headless.

pub mod alerts;
pub mod api;
#[cfg(test)]
mod bindings;
pub mod error;
pub mod ipc;
pub mod network;
pub mod paths;
pub mod realtime;
pub mod sync;

pub use error::{Error, ErrorCode, IpcError, Result};
