//! Whether an event should ring, pop up or only count — with a reason for each part.
//!
//! Pure: the same inputs give the same decision, so every rule is a row in a table test.
//! Sound follows the Chatwoot dashboard's rules (PROTOCOL.md), read from Headset's own
//! `ui_settings.headset.audio`; desktop notifications follow the agent's `push_*` flags;
//! then Headset's rules (status, snooze, OS do-not-disturb, hours, throttling) apply.

mod decide;

pub use decide::{decide, decide_reminder, Context, Decision};
