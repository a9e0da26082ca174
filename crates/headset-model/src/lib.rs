//! What Headset's server and client share: the Chatwoot `user` document, Headset's
//! `ui_settings.headset` and the rules both sides validate with, availability hours,
//! notification kinds, the alert tones and Headset's own words.
//!
//! No networking, storage or GUI here: `headset-server` depends on this crate, not on the
//! client (`headset-core`).

mod currency;
pub mod error;
pub mod model;
pub mod notification;
pub mod profile;
pub mod schedule;
pub mod settings;
pub mod texts;
pub mod tones;

pub use error::{Invalid, Result};
pub use notification::NotificationKind;
