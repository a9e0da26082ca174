//! Notification emails, as Chatwoot's mailers send them: one per notification whose
//! `email_*` flag the agent selected, with a link to the conversation. They go through
//! the outbox; outside the agent's availability hours they are held back when
//! `ui_settings.headset.availability.block_outside.email` says so.

use chrono::Utc;
use headset_core::settings::HeadsetSettings;

use crate::store::Conversation;
use crate::{AppState, Error};

/// The subject line for a notification type (Chatwoot's names).
fn subject(kind: &str, display_id: i64) -> String {
    match kind {
        "conversation_creation" => format!("A new conversation #{display_id} has been created"),
        "conversation_assignment" => format!("Conversation #{display_id} has been assigned to you"),
        "conversation_mention" => format!("You have been mentioned in conversation #{display_id}"),
        k if k.starts_with("sla_missed") => format!("SLA missed in conversation #{display_id}"),
        _ => format!("New message in conversation #{display_id}"),
    }
}

/// Emails `user` about a `kind` notification in `conv`, unless their hours hold it back.
pub(crate) async fn send(
    state: &AppState,
    conv: &Conversation,
    user: i64,
    kind: &str,
) -> Result<(), Error> {
    let doc = state.store.user_document(user).await?;
    let settings = doc
        .ui_settings
        .get("headset")
        .and_then(|h| HeadsetSettings::from_value(h).ok())
        .unwrap_or_default();
    if let Some(schedule) = settings
        .availability
        .as_ref()
        .filter(|s| s.enabled && s.block_outside.email)
    {
        let tz = settings
            .timezone
            .as_deref()
            .and_then(|t| t.parse().ok())
            .unwrap_or(chrono_tz::UTC);
        if !headset_core::schedule::is_available(schedule, tz, Utc::now()) {
            tracing::info!(user, kind, "email held back: outside the agent's hours");
            return Ok(());
        }
    }
    let subject = subject(kind, conv.display_id);
    let link = format!(
        "{}/app/accounts/{}/conversations/{}",
        state.public_url.trim_end_matches('/'),
        conv.account_id,
        conv.display_id
    );
    let body = format!(
        "Hi {},\n\n{subject}.\n\nOpen it: {link}\n\nYou get this email because \
         \"email_{kind}\" is on in your notification settings.",
        doc.name
    );
    state.outbox.send(&doc.email, &subject, &body).map(|_| ())
}
