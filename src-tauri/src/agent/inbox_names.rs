//! Inbox (channel) names for the pop-ups' titles: read when the session connects, and
//! again when an event names an inbox created since (at most every 30 s).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use headset_core::api::{ApiClient, Credentials};

const REREAD_GAP: Duration = Duration::from_secs(30);

#[derive(Clone)]
pub struct InboxNames {
    names: Arc<Mutex<HashMap<i64, String>>>,
    api: ApiClient,
    credentials: Credentials,
    account_id: i64,
    /// When an unknown inbox last caused a re-read.
    reread_at: Arc<Mutex<Option<Instant>>>,
}

impl InboxNames {
    /// Starts reading the names in the background.
    pub fn new(api: ApiClient, credentials: Credentials, account_id: i64) -> Self {
        let names = InboxNames {
            names: Arc::default(),
            api,
            credentials,
            account_id,
            reread_at: Arc::default(),
        };
        names.read();
        names
    }

    /// The inbox's name when known; an unknown one starts a re-read for the next pop-up.
    pub fn name(&self, inbox_id: i64) -> Option<String> {
        if let Some(name) = self.names.lock().unwrap().get(&inbox_id) {
            return Some(name.clone());
        }
        let mut at = self.reread_at.lock().unwrap();
        if at.is_none_or(|t| t.elapsed() >= REREAD_GAP) {
            *at = Some(Instant::now());
            self.read();
        }
        None
    }

    fn read(&self) {
        let this = self.clone();
        tokio::spawn(async move {
            match this.api.inboxes(&this.credentials, this.account_id).await {
                Ok(inboxes) => {
                    *this.names.lock().unwrap() =
                        inboxes.into_iter().map(|i| (i.id, i.name)).collect();
                }
                Err(e) => tracing::info!(error = %e, "could not read the inboxes' names"),
            }
        });
    }
}
