//! An alert decision as the agent logs it and its clients read it ("Why was I (not)
//! notified?"): each part (pop-up, sound) yes or no, with the reason.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why a part of a decision came out as it did. Shown as "Why was I (not) notified?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// It passed every rule.
    Alert,
    OwnMessage,
    /// The alert choice (assigned / unassigned / not me) does not cover it.
    NotSelected,
    /// Only incoming messages and private notes ring.
    NotIncoming,
    PendingConversation,
    /// The `push_*` flag for this kind is off.
    FlagOff,
    /// This kind never pops up on its own (it mirrors another event, or is not news).
    NotNotifiable,
    Offline,
    Busy,
    Snoozed,
    OsDnd,
    OutsideHours,
    /// At most one sound per 3 s.
    Throttled,
    /// Collected into the next digest.
    Digest,
    /// Counted only.
    Counted,
    /// Alerted once already: after a reconnect, the catch-up brought it before the
    /// socket's own copy arrived.
    AlreadyAlerted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Part {
    pub yes: bool,
    pub reason: Reason,
}

impl Part {
    pub fn yes() -> Part {
        Part {
            yes: true,
            reason: Reason::Alert,
        }
    }
    pub fn no(reason: Reason) -> Part {
        Part { yes: false, reason }
    }
}

/// One line of the decision log ("Why was I (not) notified?").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DecisionRecord {
    /// RFC 3339.
    pub at: String,
    /// The event's name, e.g. `message.created`.
    pub event: String,
    /// The conversation's display id, when there is one.
    #[ts(type = "number | null")]
    pub conversation: Option<i64>,
    pub notify: Part,
    pub sound: Part,
}
