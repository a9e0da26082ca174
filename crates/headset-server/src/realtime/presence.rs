//! Who is connected: agents send `update_presence` at least every 20 s; after 20 s of
//! silence an agent counts as offline (Chatwoot's OnlineStatusTracker).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const PRESENCE_TTL: Duration = Duration::from_secs(20);

#[derive(Default)]
pub struct Presence {
    seen: Mutex<HashMap<(i64, i64), Instant>>,
}

impl Presence {
    /// Records a heartbeat; true when the user was not present before.
    pub fn touch(&self, account_id: i64, user_id: i64) -> bool {
        let mut seen = self.seen.lock().unwrap();
        let fresh = seen
            .get(&(account_id, user_id))
            .is_none_or(|t| t.elapsed() >= PRESENCE_TTL);
        seen.insert((account_id, user_id), Instant::now());
        fresh
    }

    pub fn is_present(&self, account_id: i64, user_id: i64) -> bool {
        self.seen
            .lock()
            .unwrap()
            .get(&(account_id, user_id))
            .is_some_and(|t| t.elapsed() < PRESENCE_TTL)
    }

    /// Forgets and returns those silent for longer than the TTL.
    pub fn expire(&self) -> Vec<(i64, i64)> {
        let mut seen = self.seen.lock().unwrap();
        let gone: Vec<_> = seen
            .iter()
            .filter(|(_, t)| t.elapsed() >= PRESENCE_TTL)
            .map(|(k, _)| *k)
            .collect();
        for key in &gone {
            seen.remove(key);
        }
        gone
    }
}
