//! What each change tells whom: realtime events for those who may see them, and
//! `Notification` rows (with `notification.created`) for those whose flags ask for them,
//! as Chatwoot's listeners do.

use std::time::Duration;

use headset_model::notification::Channel;
use headset_model::NotificationKind;
use serde_json::json;

use crate::store::{Conversation, INCOMING};
use crate::{AppState, Error};

/// Creates a notification of `kind` for `user` (about `message`, when one caused it) if
/// they selected its email or push flag, and tells them over the cable.
async fn notify(
    state: &AppState,
    conv: &Conversation,
    user: i64,
    kind: NotificationKind,
    message: Option<i64>,
) -> Result<(), Error> {
    let (email, push) = state
        .store
        .notification_flags(conv.account_id, user)
        .await?;
    let wanted = |flags: &[String], channel| flags.iter().any(|f| f == kind.flag(channel));
    if !wanted(&email, Channel::Email) && !wanted(&push, Channel::Push) {
        return Ok(());
    }
    let id = state
        .store
        .create_notification(conv.account_id, user, kind, conv.id, message)
        .await?;
    let (unread, count) = state
        .store
        .notification_counts(conv.account_id, user)
        .await?;
    let data = json!({
        "notification": state.store.notification_payload(id).await?,
        "unread_count": unread,
        "count": count,
        "account_id": conv.account_id,
    });
    state
        .hub
        .publish(conv.account_id, vec![user], "notification.created", data);
    // A mail that cannot be written is logged; the notification itself stands.
    if wanted(&email, Channel::Email) {
        if let Err(e) = crate::email::send(state, conv, user, kind).await {
            tracing::warn!(error = %e, user, %kind, "could not send the notification email");
        }
    }
    Ok(())
}

async fn publish_conversation(
    state: &AppState,
    conv: &Conversation,
    event: &'static str,
) -> Result<(), Error> {
    let audience = state
        .store
        .inbox_audience(conv.account_id, conv.inbox_id)
        .await?;
    let data = state.store.conversation_payload(conv.id).await?;
    state.hub.publish(conv.account_id, audience, event, data);
    Ok(())
}

pub(crate) async fn conversation_created(
    state: &AppState,
    conv: &Conversation,
    actor: i64,
) -> Result<(), Error> {
    publish_conversation(state, conv, "conversation.created").await?;
    for user in state
        .store
        .inbox_audience(conv.account_id, conv.inbox_id)
        .await?
    {
        notify(
            state,
            conv,
            user,
            NotificationKind::ConversationCreation,
            None,
        )
        .await?;
    }
    if conv.assignee_id.is_some() {
        assignee_changed(state, conv, actor).await?;
    }
    Ok(())
}

pub(crate) async fn status_changed(state: &AppState, conv: &Conversation) -> Result<(), Error> {
    publish_conversation(state, conv, "conversation.status_changed").await
}

/// `conversation.read` goes to the reader alone (their other devices take their pop-ups
/// of it down), as Chatwoot sends it.
pub(crate) async fn read(state: &AppState, conv: &Conversation, reader: i64) -> Result<(), Error> {
    let data = state.store.conversation_payload(conv.id).await?;
    state
        .hub
        .publish(conv.account_id, vec![reader], "conversation.read", data);
    Ok(())
}

pub(crate) async fn assignee_changed(
    state: &AppState,
    conv: &Conversation,
    actor: i64,
) -> Result<(), Error> {
    publish_conversation(state, conv, "assignee.changed").await?;
    match conv.assignee_id {
        // Assigning yourself needs no notification.
        Some(assignee) if assignee != actor => {
            notify(
                state,
                conv,
                assignee,
                NotificationKind::ConversationAssignment,
                None,
            )
            .await
        }
        _ => Ok(()),
    }
}

/// After a message: `message.created` to the inbox's audience, then the notifications
/// for the assignee, the participants and anyone @mentioned in a private note.
pub(crate) async fn message_created(
    state: &AppState,
    conv: &Conversation,
    message_id: i64,
    sender_user: Option<i64>,
    content: &str,
    message_type: i64,
    private: bool,
) -> Result<(), Error> {
    let audience = state
        .store
        .inbox_audience(conv.account_id, conv.inbox_id)
        .await?;
    let data = state.store.message_payload(message_id).await?;
    state
        .hub
        .publish(conv.account_id, audience.clone(), "message.created", data);

    let mut told: Vec<i64> = sender_user.into_iter().collect();
    if private {
        for user in mentioned_users(content) {
            if told.contains(&user) || !audience.contains(&user) {
                continue;
            }
            told.push(user);
            let data = state.store.conversation_payload(conv.id).await?;
            state
                .hub
                .publish(conv.account_id, vec![user], "conversation.mentioned", data);
            notify(
                state,
                conv,
                user,
                NotificationKind::ConversationMention,
                Some(message_id),
            )
            .await?;
        }
        return Ok(());
    }
    if message_type != INCOMING {
        return Ok(());
    }
    if let Some(assignee) = conv.assignee_id.filter(|a| !told.contains(a)) {
        told.push(assignee);
        notify(
            state,
            conv,
            assignee,
            NotificationKind::AssignedConversationNewMessage,
            Some(message_id),
        )
        .await?;
    }
    for user in state.store.participants(conv.id).await? {
        if !told.contains(&user) {
            told.push(user);
            notify(
                state,
                conv,
                user,
                NotificationKind::ParticipatingConversationNewMessage,
                Some(message_id),
            )
            .await?;
        }
    }
    Ok(())
}

/// User ids in Chatwoot's mention markup: `[@Name](mention://user/ID/Name)`.
fn mentioned_users(content: &str) -> Vec<i64> {
    content
        .split("mention://user/")
        .skip(1)
        .filter_map(|rest| rest.split('/').next()?.parse().ok())
        .collect()
}

/// `presence.update` to the account: who is connected, with their chosen status.
pub(crate) async fn presence_changed(state: &AppState, account_id: i64) {
    let Ok(members) = state.store.account_members(account_id).await else {
        return;
    };
    let users: serde_json::Map<String, serde_json::Value> = members
        .iter()
        .filter(|(user, _)| state.store.presence.is_present(account_id, *user))
        .map(|(user, availability)| (user.to_string(), availability.clone().into()))
        .collect();
    let ids = members.iter().map(|(user, _)| *user).collect();
    let data = json!({"account_id": account_id, "users": users, "contacts": {}});
    state.hub.publish(account_id, ids, "presence.update", data);
}

/// Agents silent for 20 s go offline; the account hears of it.
pub(crate) async fn sweep_presence(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        let mut accounts: Vec<i64> = state
            .store
            .presence
            .expire()
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        accounts.dedup();
        for account in accounts {
            presence_changed(&state, account).await;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_mentions_in_chatwoot_markup() {
        let note =
            "Can you look? [@Ada](mention://user/7/Ada) and [@Bob](mention://user/12/Bob%20K)";
        assert_eq!(super::mentioned_users(note), vec![7, 12]);
        assert!(super::mentioned_users("no mentions, mention://team/3/x").is_empty());
    }
}
