//! What Chatwoot notifies about (`notification_type`), and the `email_*` / `push_*` flags
//! that choose each kind.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A kind of Chatwoot notification; each has an `email_` and a `push_` flag. Chatwoot adds
/// kinds now and then: a client reading notifications keeps the type as text and asks
/// [`NotificationKind::parse`], so a kind unknown here still reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    ConversationCreation,
    ConversationAssignment,
    AssignedConversationNewMessage,
    ConversationMention,
    ParticipatingConversationNewMessage,
    SlaMissedFirstResponse,
    SlaMissedNextResponse,
    SlaMissedResolution,
}

/// Where a notification goes: the flags' prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Email,
    Push,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Push => "push",
        }
    }
}

impl NotificationKind {
    /// Every kind, in the order the settings list them.
    pub const ALL: [NotificationKind; 8] = [
        Self::ConversationCreation,
        Self::ConversationAssignment,
        Self::AssignedConversationNewMessage,
        Self::ConversationMention,
        Self::ParticipatingConversationNewMessage,
        Self::SlaMissedFirstResponse,
        Self::SlaMissedNextResponse,
        Self::SlaMissedResolution,
    ];

    /// Chatwoot's name (`notification_type`).
    pub fn as_str(self) -> &'static str {
        self.names().0
    }

    /// The `email_*` flag that selects this kind.
    pub fn email_flag(self) -> &'static str {
        self.names().1
    }

    /// The `push_*` flag that selects this kind.
    pub fn push_flag(self) -> &'static str {
        self.names().2
    }

    /// The flag that selects this kind on `channel`.
    pub fn flag(self, channel: Channel) -> &'static str {
        match channel {
            Channel::Email => self.email_flag(),
            Channel::Push => self.push_flag(),
        }
    }

    /// (name, email flag, push flag)
    fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::ConversationCreation => (
                "conversation_creation",
                "email_conversation_creation",
                "push_conversation_creation",
            ),
            Self::ConversationAssignment => (
                "conversation_assignment",
                "email_conversation_assignment",
                "push_conversation_assignment",
            ),
            Self::AssignedConversationNewMessage => (
                "assigned_conversation_new_message",
                "email_assigned_conversation_new_message",
                "push_assigned_conversation_new_message",
            ),
            Self::ConversationMention => (
                "conversation_mention",
                "email_conversation_mention",
                "push_conversation_mention",
            ),
            Self::ParticipatingConversationNewMessage => (
                "participating_conversation_new_message",
                "email_participating_conversation_new_message",
                "push_participating_conversation_new_message",
            ),
            Self::SlaMissedFirstResponse => (
                "sla_missed_first_response",
                "email_sla_missed_first_response",
                "push_sla_missed_first_response",
            ),
            Self::SlaMissedNextResponse => (
                "sla_missed_next_response",
                "email_sla_missed_next_response",
                "push_sla_missed_next_response",
            ),
            Self::SlaMissedResolution => (
                "sla_missed_resolution",
                "email_sla_missed_resolution",
                "push_sla_missed_resolution",
            ),
        }
    }

    /// The kind Chatwoot names `name`; `None` for a kind Headset does not know.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The kind a `channel` flag (`push_conversation_mention`) selects; `None` when it is
    /// no flag of that channel.
    pub fn from_flag(flag: &str, channel: Channel) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.flag(channel) == flag)
    }

    /// Every flag of `channel`, in the order of [`ALL`](Self::ALL).
    pub fn all_flags(channel: Channel) -> [&'static str; 8] {
        Self::ALL.map(|k| k.flag(channel))
    }

    /// An SLA was missed in the conversation.
    pub fn is_sla_missed(self) -> bool {
        matches!(
            self,
            Self::SlaMissedFirstResponse | Self::SlaMissedNextResponse | Self::SlaMissedResolution
        )
    }
}

impl std::fmt::Display for NotificationKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_flags_agree_with_serde() {
        for kind in NotificationKind::ALL {
            let name = serde_json::to_value(kind).unwrap();
            assert_eq!(name, kind.as_str(), "{kind:?}");
            assert_eq!(NotificationKind::parse(kind.as_str()), Some(kind));
            assert_eq!(kind.email_flag(), format!("email_{kind}"));
            assert_eq!(kind.push_flag(), format!("push_{kind}"));
            for channel in [Channel::Email, Channel::Push] {
                assert_eq!(
                    NotificationKind::from_flag(kind.flag(channel), channel),
                    Some(kind)
                );
            }
        }
        assert_eq!(NotificationKind::parse("sla_missed_everything"), None);
        assert_eq!(
            NotificationKind::from_flag("email_conversation_mention", Channel::Push),
            None
        );
        assert_eq!(NotificationKind::from_flag("push_", Channel::Push), None);
    }
}
