//! One in-process broadcast bus: events for an account's users, and revocations.

use std::sync::Arc;

use serde_json::Value;
use tokio::sync::broadcast;

#[derive(Debug, Clone)]
pub enum Broadcast {
    /// `event` with `data`, for these users of `account_id`.
    Event {
        account_id: i64,
        users: Arc<Vec<i64>>,
        event: &'static str,
        /// `data` as JSON text, serialised once for every socket that sends it.
        data: Arc<str>,
    },
    Revoke(Revocation),
    /// The server is stopping: clients should reconnect (to the next instance).
    Shutdown,
}

/// A credential that just ended: sockets opened with it close at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revocation {
    /// One session (`client`), signed out or ended from another device.
    Session(String),
    /// The user's personal API token was reset.
    ApiToken(i64),
    /// All of the user's sockets: the password changed, so did `pubsub_token`.
    User(i64),
}

pub struct Hub {
    tx: broadcast::Sender<Broadcast>,
}

impl Default for Hub {
    fn default() -> Self {
        Hub {
            tx: broadcast::channel(1024).0,
        }
    }
}

impl Hub {
    pub fn subscribe(&self) -> broadcast::Receiver<Broadcast> {
        self.tx.subscribe()
    }

    pub fn publish(&self, account_id: i64, users: Vec<i64>, event: &'static str, data: Value) {
        if users.is_empty() {
            return;
        }
        let _ = self.tx.send(Broadcast::Event {
            account_id,
            users: Arc::new(users),
            event,
            data: data.to_string().into(),
        });
    }

    /// Tells every socket to close with `reconnect: true`, so a graceful shutdown is
    /// not held open by long-lived connections.
    pub fn shutdown(&self) {
        let _ = self.tx.send(Broadcast::Shutdown);
    }

    pub fn revoke(&self, revocation: Revocation) {
        let _ = self.tx.send(Broadcast::Revoke(revocation));
    }
}
