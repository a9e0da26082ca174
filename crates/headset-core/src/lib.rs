//! Headset's GUI-free client core: the Chatwoot API client, the realtime socket, the
//! offline-safe settings sync and the alert rules. What the server shares with it (the
//! profile model, the settings and their rules, hours, texts) is `headset_model`; the
//! agent's local API, its error type and data layout are `headset_ipc`.
//!
//! Nothing here depends on Tauri or a GUI toolkit, so every piece is testable headless.

pub mod alerts;
pub mod api;
pub mod network;
pub mod realtime;
pub mod sync;
