//! The realtime connection: Chatwoot's ActionCable over WebSocket (PROTOCOL.md).
//!
//! One task per signed-in account keeps the socket alive: it subscribes to `RoomChannel`,
//! sends `update_presence` every 15 s, treats two missed pings (6 s) as a dead socket,
//! and reconnects with exponential backoff and jitter (capped at 30 s), or at once when
//! told the network changed. Events arrive typed, already filtered to the account.

mod client;
mod events;
pub mod frame;

pub use client::{spawn, Backoff, RealtimeConfig, RealtimeHandle, RealtimeUpdate};
pub use events::{
    Actor, ConversationEvent, MessageConversation, MessageEvent, NotificationEvent,
    NotificationInfo, Person, ServerEvent,
};
