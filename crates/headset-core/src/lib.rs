//! Headset's GUI-free core: the profile model, the Chatwoot API client, the typed IPC
//! protocol between the agent and its clients, and the on-disk layout.
//!
//! Nothing here depends on Tauri or a GUI toolkit, so every piece is testable headless.

pub mod alerts;
pub mod api;
#[cfg(test)]
mod bindings;
mod currency;
pub mod error;
pub mod ipc;
pub mod model;
pub mod network;
pub mod paths;
pub mod profile;
pub mod realtime;
pub mod schedule;
pub mod settings;
pub mod sync;
pub mod texts;
pub mod tones;

pub use error::{Error, ErrorCode, IpcError, Result};
