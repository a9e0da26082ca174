//! What the server broadcasts to the agent over ActionCable, typed from Chatwoot's
//! payloads (lenient: absent fields default, unknown events are kept by name). Not to be
//! confused with `ipc::Event`, what the agent tells its own clients.

use headset_model::NotificationKind;
use serde::Deserialize;
use serde_json::Value;

/// One event the server broadcast (or, as `Missed`, a notification a catch-up found).
#[derive(Debug, Clone, PartialEq)]
pub enum ServerEvent {
    MessageCreated(MessageEvent),
    MessageUpdated(MessageEvent),
    ConversationCreated(ConversationEvent),
    ConversationStatusChanged(ConversationEvent),
    ConversationUpdated(ConversationEvent),
    ConversationRead(ConversationEvent),
    AssigneeChanged(ConversationEvent),
    ConversationMentioned(ConversationEvent),
    NotificationCreated(NotificationEvent),
    NotificationDeleted(NotificationEvent),
    /// `{user id: status}` of the account's connected agents.
    PresenceUpdate(std::collections::BTreeMap<String, String>),
    /// Not on the wire: a notification the server made while the socket was down,
    /// found in the notifications API after the reconnect (the catch-up).
    Missed(NotificationInfo),
    Other(String),
}

/// A contact or an agent, as payloads name them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Person {
    pub id: Option<i64>,
    pub name: String,
    /// `contact` or `user`.
    #[serde(rename = "type")]
    pub kind: String,
    pub thumbnail: Option<String>,
    pub avatar_url: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MessageConversation {
    pub assignee_id: Option<i64>,
    pub unread_count: i64,
    pub last_activity_at: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MessageEvent {
    pub id: i64,
    pub content: Option<String>,
    /// The conversation's display id.
    pub conversation_id: i64,
    pub inbox_id: Option<i64>,
    /// 0 incoming, 1 outgoing, 2 activity, 3 template.
    pub message_type: i64,
    pub private: bool,
    pub created_at: i64,
    pub sender: Option<Person>,
    pub conversation: MessageConversation,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ConversationMeta {
    pub sender: Option<Person>,
    pub assignee: Option<Person>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ConversationEvent {
    /// The display id.
    pub id: i64,
    pub inbox_id: Option<i64>,
    pub status: String,
    pub unread_count: i64,
    pub meta: ConversationMeta,
    pub messages: Vec<MessageEvent>,
}

impl ConversationEvent {
    pub fn assignee_id(&self) -> Option<i64> {
        self.meta.assignee.as_ref().and_then(|a| a.id)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NotificationInfo {
    pub id: i64,
    /// Chatwoot's `notification_type`, kept as text: kinds newer than Headset still
    /// read ([`kind`](Self::kind) is `None` for them).
    pub notification_type: String,
    /// The conversation the notification is about (`primary_actor_id` is its row id,
    /// which no link uses).
    pub primary_actor: Option<Actor>,
    /// The message that caused it (new messages and mentions), as Chatwoot sends it.
    pub secondary_actor: Option<Actor>,
    pub push_message_title: Option<String>,
    /// When it was read (`null` while unread).
    pub read_at: Option<Value>,
}

impl NotificationInfo {
    /// The kind, when Headset knows it.
    pub fn kind(&self) -> Option<NotificationKind> {
        NotificationKind::parse(&self.notification_type)
    }
}

/// What a notification names, by id: the conversation's display id, or the message's id.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Actor {
    pub id: Option<i64>,
}

impl NotificationInfo {
    /// The display id of the conversation it is about.
    pub fn conversation(&self) -> Option<i64> {
        self.primary_actor.as_ref().and_then(|a| a.id)
    }

    /// The id of the message that caused it.
    pub fn message(&self) -> Option<i64> {
        self.secondary_actor.as_ref().and_then(|a| a.id)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NotificationEvent {
    pub notification: NotificationInfo,
    pub unread_count: i64,
    pub count: i64,
}

impl ServerEvent {
    /// The wire name of the event.
    pub fn name(&self) -> &str {
        match self {
            ServerEvent::MessageCreated(_) => "message.created",
            ServerEvent::MessageUpdated(_) => "message.updated",
            ServerEvent::ConversationCreated(_) => "conversation.created",
            ServerEvent::ConversationStatusChanged(_) => "conversation.status_changed",
            ServerEvent::ConversationUpdated(_) => "conversation.updated",
            ServerEvent::ConversationRead(_) => "conversation.read",
            ServerEvent::AssigneeChanged(_) => "assignee.changed",
            ServerEvent::ConversationMentioned(_) => "conversation.mentioned",
            ServerEvent::NotificationCreated(_) => "notification.created",
            ServerEvent::NotificationDeleted(_) => "notification.deleted",
            ServerEvent::PresenceUpdate(_) => "presence.update",
            ServerEvent::Missed(_) => "missed",
            ServerEvent::Other(name) => name,
        }
    }

    /// The conversation (display id) the event is about.
    pub fn conversation(&self) -> Option<&ConversationEvent> {
        match self {
            ServerEvent::ConversationCreated(c)
            | ServerEvent::ConversationStatusChanged(c)
            | ServerEvent::ConversationUpdated(c)
            | ServerEvent::ConversationRead(c)
            | ServerEvent::AssigneeChanged(c)
            | ServerEvent::ConversationMentioned(c) => Some(c),
            _ => None,
        }
    }

    /// Types a broadcast; `None` when it belongs to another account or does not parse.
    pub fn parse(name: &str, data: &Value, account_id: i64) -> Option<ServerEvent> {
        if data
            .get("account_id")
            .and_then(Value::as_i64)
            .is_some_and(|a| a != account_id)
        {
            return None;
        }
        fn typed<T: for<'de> Deserialize<'de>>(data: &Value) -> Option<T> {
            serde_json::from_value(data.clone()).ok()
        }
        Some(match name {
            "message.created" => ServerEvent::MessageCreated(typed(data)?),
            "message.updated" => ServerEvent::MessageUpdated(typed(data)?),
            "conversation.created" => ServerEvent::ConversationCreated(typed(data)?),
            "conversation.status_changed" => ServerEvent::ConversationStatusChanged(typed(data)?),
            "conversation.updated" => ServerEvent::ConversationUpdated(typed(data)?),
            "conversation.read" => ServerEvent::ConversationRead(typed(data)?),
            "assignee.changed" => ServerEvent::AssigneeChanged(typed(data)?),
            "conversation.mentioned" => ServerEvent::ConversationMentioned(typed(data)?),
            "notification.created" => ServerEvent::NotificationCreated(typed(data)?),
            "notification.deleted" => ServerEvent::NotificationDeleted(typed(data)?),
            "presence.update" => ServerEvent::PresenceUpdate(
                data.get("users")
                    .and_then(Value::as_object)
                    .map(|users| {
                        users
                            .iter()
                            .map(|(id, s)| (id.clone(), s.as_str().unwrap_or_default().to_owned()))
                            .collect()
                    })
                    .unwrap_or_default(),
            ),
            other => ServerEvent::Other(other.to_owned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn types_a_message_and_drops_other_accounts() {
        let data = json!({"id": 5, "content": "hi", "account_id": 1, "conversation_id": 9,
            "message_type": 0, "private": false, "created_at": 1700000000,
            "sender": {"id": 3, "name": "Customer", "type": "contact"},
            "conversation": {"assignee_id": 7, "unread_count": 2, "last_activity_at": 1700000000}});
        let Some(ServerEvent::MessageCreated(m)) = ServerEvent::parse("message.created", &data, 1)
        else {
            panic!("not typed");
        };
        assert_eq!(
            (m.conversation_id, m.conversation.assignee_id),
            (9, Some(7))
        );
        assert_eq!(m.sender.unwrap().kind, "contact");
        assert_eq!(ServerEvent::parse("message.created", &data, 2), None);
        assert_eq!(
            ServerEvent::parse("typing_on", &json!({"account_id": 1}), 1),
            Some(ServerEvent::Other("typing_on".into()))
        );
    }
}
