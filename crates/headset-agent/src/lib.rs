//! Headset's agent, without a GUI: the session, the sockets of every account, the alert
//! desks, the edit sync, the clock and the desktop's signals, owned by one [`Agent`] that
//! handles one [`Input`] at a time. Network calls run as tasks whose results come back as
//! inputs; pop-ups, sounds, the tray and the keychain are reached through [`Desktop`].
//!
//! Nothing here depends on Tauri, GTK or WebKit: the rules are tested with a recording
//! desktop against a real server.

mod agent;
mod cache;
mod config;
mod desk;
pub mod desktop;
mod diagnose;
mod pictures;
mod requests;
mod retry;
mod seed;
mod session;
mod sign_in;

pub use agent::{spawn_clock, Agent, Input, Mailbox, Reply, TICK};
pub use desktop::{Desktop, DesktopSignal, Popup, SecretKey, TrayView};
