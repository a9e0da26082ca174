//! Sends the journal's edits to the server, oldest first, one at a time.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use tokio::sync::{mpsc, Notify};

use super::Journal;
use crate::api::{ApiClient, Credentials};
use headset_ipc::{Edit, Error, IpcError};
use headset_model::model::User;

/// What happened to an edit (or to the whole sync).
#[derive(Debug, Clone, PartialEq)]
pub enum SyncReport {
    /// The server has it; here is the document it answered with, when it sent one.
    Saved { id: i64, user: Option<Box<User>> },
    /// The server cannot be reached; the edit waits and is tried again.
    Pending {
        id: i64,
        reason: String,
        retry_in: Duration,
    },
    /// The server refused it (a 4xx naming the field): it is dropped from the journal.
    Refused { id: i64, error: IpcError },
    /// 401: the session is over; nothing more is sent.
    Unauthorized,
}

/// Wakes the sync when an edit is queued; stops it when dropped.
pub struct SyncHandle {
    wake: Arc<Notify>,
    task: tokio::task::JoinHandle<()>,
}

impl SyncHandle {
    pub fn wake(&self) {
        self.wake.notify_one();
    }
}

impl Drop for SyncHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

const RETRY_MIN: Duration = Duration::from_secs(1);
const RETRY_MAX: Duration = Duration::from_secs(60);
/// Attempts at a conditional write before giving up on this round (someone else keeps
/// changing the document).
const CONFLICT_ATTEMPTS: usize = 5;

pub fn spawn(
    journal: Journal,
    api: ApiClient,
    credentials: Credentials,
    account_id: i64,
    reports: mpsc::UnboundedSender<SyncReport>,
) -> SyncHandle {
    let wake = Arc::new(Notify::new());
    let task = tokio::spawn(run(
        journal,
        api,
        credentials,
        account_id,
        reports,
        wake.clone(),
    ));
    SyncHandle { wake, task }
}

async fn run(
    journal: Journal,
    api: ApiClient,
    credentials: Credentials,
    account_id: i64,
    reports: mpsc::UnboundedSender<SyncReport>,
    wake: Arc<Notify>,
) {
    let mut retry = RETRY_MIN;
    // The newest edit done with (saved or refused), and whether the journal still holds
    // it: removing needs a write, which a full disk refuses. The sync goes on past it
    // rather than sending it again, and removes it once it can.
    let (mut done, mut held) = (0, false);
    loop {
        if held {
            held = journal.remove_through(done).await.is_err();
        }
        let next = match journal.first_after(done).await {
            Ok(next) => next,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the edit journal");
                back_off(&mut retry, &wake).await;
                continue;
            }
        };
        let Some((id, edit)) = next else {
            wake.notified().await;
            continue;
        };
        match send(&api, &credentials, account_id, &edit).await {
            Ok(user) => {
                retry = RETRY_MIN;
                (done, held) = (id, true);
                let _ = reports.send(SyncReport::Saved {
                    id,
                    user: user.map(Box::new),
                });
            }
            Err(Error::Unauthorized) => {
                let _ = reports.send(SyncReport::Unauthorized);
                return;
            }
            Err(
                e @ (Error::Unreachable { .. }
                | Error::Server { status: 500.., .. }
                | Error::Protocol(_)),
            ) => {
                let _ = reports.send(SyncReport::Pending {
                    id,
                    reason: e.to_string(),
                    retry_in: retry,
                });
                back_off(&mut retry, &wake).await;
            }
            Err(e) => {
                (done, held) = (id, true);
                let _ = reports.send(SyncReport::Refused {
                    id,
                    error: IpcError::from(e),
                });
            }
        }
    }
}

/// Waits `retry`, or less if an edit is queued meanwhile, and doubles it for next time.
async fn back_off(retry: &mut Duration, wake: &Notify) {
    tokio::select! {
        _ = tokio::time::sleep(*retry) => {}
        _ = wake.notified() => {}
    }
    *retry = (*retry * 2).min(RETRY_MAX);
}

async fn send(
    api: &ApiClient,
    creds: &Credentials,
    account_id: i64,
    edit: &Edit,
) -> Result<Option<User>, Error> {
    match edit {
        Edit::Profile {
            name,
            display_name,
            message_signature,
            phone_number,
        } => {
            let mut profile = serde_json::Map::new();
            for (key, value) in [
                ("name", name),
                ("display_name", display_name),
                ("message_signature", message_signature),
                ("phone_number", phone_number),
            ] {
                if let Some(v) = value {
                    profile.insert(key.into(), Value::String(v.clone()));
                }
            }
            let user = api
                .update_profile(creds, &json!({ "profile": profile }), None)
                .await?;
            Ok(Some(user))
        }
        Edit::Headset { .. } | Edit::Locale { .. } | Edit::DashboardSounds { .. } => {
            for _ in 0..CONFLICT_ATTEMPTS {
                let (mut user, etag) = api.profile_with_etag(creds).await?;
                edit.apply_to_ui_settings(&mut user.ui_settings);
                let body = json!({ "profile": { "ui_settings": user.ui_settings } });
                match api.update_profile(creds, &body, etag.as_deref()).await {
                    Err(Error::Conflict) => continue,
                    other => return other.map(Some),
                }
            }
            Err(Error::Protocol(
                "the profile kept changing while saving; will try again".into(),
            ))
        }
        Edit::NotificationFlags { email, push } => {
            api.set_notification_flags(creds, account_id, email, push)
                .await?;
            Ok(None)
        }
    }
}
