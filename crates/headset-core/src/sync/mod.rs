//! Offline-safe settings sync: every edit is validated, written to a durable journal
//! (SQLite, the server's sqlx), then sent in order, retried while the server is
//! unreachable, and reported per edit as saved, pending or refused.
//!
//! `ui_settings` is replaced whole by the server, so an edit of it re-reads the current
//! document, changes only its own keys and writes the complete object back with
//! `If-Match` (re-reading on 412). Against a server without ETags (stock Chatwoot) the
//! re-read right before the write is the best that can be done.

mod engine;
mod journal;

pub use engine::{spawn, SyncHandle, SyncReport};
pub use journal::Journal;
