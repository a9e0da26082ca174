//! Notification emails, as Chatwoot's mailers send them: one per notification whose
//! `email_*` flag the agent selected, with a link to the conversation. Outside the agent's
//! availability hours they are held back when
//! `ui_settings.headset.availability.block_outside.email` says so. With a digest
//! `notification_frequency` they wait, and one email lists them once the period since the
//! oldest has passed.

use std::time::Duration;

use chrono::{DateTime, Utc};
use headset_model::settings::HeadsetSettings;
use headset_model::NotificationKind;

use crate::store::Conversation;
use crate::{AppState, Error};

/// How often waiting digests are looked at: a digest goes out at most this late.
const DIGEST_TICK: Duration = Duration::from_secs(30);

/// The subject line for a notification type (Chatwoot's names).
fn subject(kind: NotificationKind, display_id: i64) -> String {
    match kind {
        NotificationKind::ConversationCreation => {
            format!("A new conversation #{display_id} has been created")
        }
        NotificationKind::ConversationAssignment => {
            format!("Conversation #{display_id} has been assigned to you")
        }
        NotificationKind::ConversationMention => {
            format!("You have been mentioned in conversation #{display_id}")
        }
        k if k.is_sla_missed() => format!("SLA missed in conversation #{display_id}"),
        _ => format!("New message in conversation #{display_id}"),
    }
}

async fn settings_of(
    state: &AppState,
    user: i64,
) -> Result<(String, String, HeadsetSettings), Error> {
    let doc = state.store.user_document(user).await?;
    let settings = doc
        .ui_settings
        .get("headset")
        .and_then(|h| HeadsetSettings::from_value(h).ok())
        .unwrap_or_default();
    Ok((doc.name, doc.email, settings))
}

/// Emails `user` about a `kind` notification in `conv` (now, or in their next digest),
/// unless their hours hold it back.
pub(crate) async fn send(
    state: &AppState,
    conv: &Conversation,
    user: i64,
    kind: NotificationKind,
) -> Result<(), Error> {
    let (name, email, settings) = settings_of(state, user).await?;
    let held_outside = settings
        .availability
        .as_ref()
        .is_some_and(|s| s.block_outside.email);
    if held_outside && !settings.in_hours(Utc::now()) {
        tracing::info!(user, %kind, "email held back: outside the agent's hours");
        return Ok(());
    }
    let subject = subject(kind, conv.display_id);
    let link = format!(
        "{}/app/accounts/{}/conversations/{}",
        state.public_url.trim_end_matches('/'),
        conv.account_id,
        conv.display_id
    );
    if settings.notification_frequency.period().is_some() {
        return state.store.hold_for_digest(user, &subject, &link).await;
    }
    let body = format!(
        "Hi {name},\n\n{subject}.\n\nOpen it: {link}\n\nYou get this email because \
         \"{flag}\" is on in your notification settings.",
        flag = kind.email_flag()
    );
    state.mailer.send(&email, &subject, &body)
}

/// Sends every digest that is due at `now`: the agent's period has passed since the oldest
/// waiting email (or they went back to instant emails). Returns how many were sent.
pub async fn send_due_digests(state: &AppState, now: DateTime<Utc>) -> Result<usize, Error> {
    let mut sent = 0;
    for (user, oldest) in state.store.digest_waiting().await? {
        let (name, email, settings) = settings_of(state, user).await?;
        let due = match settings.notification_frequency.period() {
            None => true,
            Some(period) => DateTime::parse_from_rfc3339(&oldest)
                .map(|t| t.to_utc() + period <= now)
                .unwrap_or(true),
        };
        if !due {
            continue;
        }
        let items = state.store.take_digest(user).await?;
        let subject = match items.len() {
            1 => "1 new notification in Headset".to_owned(),
            n => format!("{n} new notifications in Headset"),
        };
        let list: String = items
            .iter()
            .map(|i| format!("- {}\n  {}\n", i.subject, i.link))
            .collect();
        let why = match settings.notification_frequency.period() {
            Some(p) => format!(
                "You get one email like this at most every {} minutes, as your notification \
                 frequency says.",
                p.as_secs() / 60
            ),
            None => "These waited for a digest before you chose instant emails.".to_owned(),
        };
        let body = format!("Hi {name},\n\nSince your last digest:\n\n{list}\n{why}");
        state.mailer.send(&email, &subject, &body)?;
        sent += 1;
    }
    Ok(sent)
}

/// Looks for due digests every [`DIGEST_TICK`], for as long as the server runs.
pub(crate) async fn send_digests(state: AppState) {
    let mut tick = tokio::time::interval(DIGEST_TICK);
    loop {
        tick.tick().await;
        if let Err(e) = send_due_digests(&state, Utc::now()).await {
            tracing::warn!(error = %e, "could not send the digests");
        }
    }
}
