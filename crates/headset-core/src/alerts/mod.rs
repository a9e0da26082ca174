//! Whether an event should ring, pop up or only count — with a reason for each part.
//!
//! Pure: the same inputs give the same decision, so every rule is a row in a table test.
//! Sound follows the Chatwoot dashboard's rules (PROTOCOL.md), read from Headset's own
//! `ui_settings.headset.audio`; desktop notifications follow the agent's `push_*` flags;
//! then Headset's rules (status, snooze, OS do-not-disturb, hours, throttling) apply.

mod decide;

pub use decide::{decide, decide_reminder, Context, Decision, Part, Reason};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
