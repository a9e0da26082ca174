//! The user's other accounts: each is watched with its own socket and alert rules, so
//! alerts come from every account while the window and the tray work on the active one.
//! Snooze and the OS's do-not-disturb follow the active session; the decisions of every
//! account show in "Why was I (not) notified?".

use chrono::{DateTime, Utc};
use headset_core::api::{ApiClient, Credentials};
use headset_core::realtime::{RealtimeHandle, RealtimeUpdate};
use headset_model::model::User;

use super::alerting::Alerting;

pub struct Watch {
    /// Which connection this is (reports of older ones are ignored).
    pub generation: u64,
    /// The user as this account sees them (`account_id` is the watched account).
    pub user: User,
    /// Dropping it closes the socket.
    pub realtime: Option<RealtimeHandle>,
    pub alerting: Alerting,
    connected_before: bool,
}

/// What a watched account's socket said that the session must act on.
pub enum Outcome {
    Handled,
    /// The credential is no longer good: the whole session ends.
    Unauthorized,
}

impl Watch {
    pub fn new(
        generation: u64,
        user: User,
        realtime: Option<RealtimeHandle>,
        alerting: Alerting,
    ) -> Self {
        Watch {
            generation,
            user,
            realtime,
            alerting,
            connected_before: false,
        }
    }

    pub async fn on_realtime(
        &mut self,
        update: RealtimeUpdate,
        api: &ApiClient,
        credentials: &Credentials,
    ) -> Outcome {
        match update {
            RealtimeUpdate::Connected => {
                let mark = self.alerting.notification_mark();
                match api
                    .notifications_since(credentials, self.user.account_id, mark)
                    .await
                {
                    Ok(newest) => self.alerting.catch_up(
                        newest,
                        self.connected_before,
                        &self.user,
                        api.base(),
                    ),
                    Err(e) => tracing::warn!(error = %e, account = self.user.account_id,
                        "could not catch up on notifications"),
                }
                self.connected_before = true;
            }
            RealtimeUpdate::Event(event) => self.alerting.handle(&event, &self.user, api.base()),
            RealtimeUpdate::Disconnected { .. } => {}
            RealtimeUpdate::Unauthorized => return Outcome::Unauthorized,
        }
        Outcome::Handled
    }

    /// The agent's clock: the active session's snooze and do-not-disturb, this account's
    /// digest, and a summary of what its snooze held once that ends.
    pub fn tick(
        &mut self,
        now: DateTime<Utc>,
        os_dnd: Option<&'static str>,
        snoozed_until: Option<DateTime<Utc>>,
        base: &url::Url,
    ) {
        self.alerting.os_dnd = os_dnd;
        if snoozed_until.is_none() && self.alerting.snoozed_until.is_some() {
            self.alerting.wake(now, true, base, &self.user);
        }
        self.alerting.snoozed_until = snoozed_until;
        self.alerting.flush_digest(now, base, &self.user);
    }
}
