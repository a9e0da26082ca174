//! The agent's only way out to the desktop, and what the desktop tells it.
//!
//! The real implementation (pop-ups over D-Bus, rodio, the keychain, the tray) lives
//! outside this crate; tests implement a recording fake. Every method returns at once
//! or blocks briefly on a local service (D-Bus, the keychain): the agent calls the
//! blocking ones off its loop.

use std::path::PathBuf;

use headset_core::api::Credentials;
use headset_ipc::{AgentState, Check, TrayItem};
use headset_model::settings::Tone;

/// One pop-up. A newer one for the same conversation redraws the older (with a count)
/// instead of stacking; `conversation` 0 is a summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Popup {
    pub conversation: i64,
    pub title: String,
    pub body: String,
    /// Opened when the pop-up is clicked.
    pub url: String,
    /// The customer's picture, when cached.
    pub image: Option<PathBuf>,
}

/// Where the credentials of one sign-in are kept: service "Headset", this account name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretKey {
    pub server: String,
    pub user: String,
}

impl SecretKey {
    pub fn account(&self) -> String {
        format!("{} @ {}", self.user, self.server)
    }
}

/// The tray as it stands: its items' real check marks, the icon (`online`, `busy`,
/// `offline`, `snoozed`) and the label beside it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrayView {
    pub items: Vec<TrayItem>,
    pub icon: String,
    pub label: Option<String>,
}

/// What the desktop says about the agent's presence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DesktopSignal {
    /// The screen locked (`true`) or unlocked (`false`).
    ScreenLocked(bool),
    /// Nobody has touched the keyboard or mouse for this long.
    Idle(std::time::Duration),
    /// The machine woke from sleep.
    Resumed,
    /// The network is back.
    NetworkUp,
}

pub trait Desktop: Send + Sync + 'static {
    /// Shows a pop-up, or redraws the conversation's pop-up with it.
    fn show(&self, popup: Popup);
    /// Closes the conversation's pop-up, if one is up.
    fn close(&self, conversation: i64);
    /// Plays `tone` (the custom sound for `None`) at `volume` (0–100), unless a sound is
    /// already playing.
    fn ring(&self, tone: Option<Tone>, volume: u8);
    /// Uses this sound file instead of the tone (`None`: the tone again). Refused with
    /// the id of the message that says why (too long, not a sound).
    fn set_custom_sound(&self, bytes: Option<Vec<u8>>) -> Result<(), &'static str>;
    /// The server's version of a tone, played from now on when it decodes.
    fn adopt_tone(&self, tone: Tone, bytes: Vec<u8>);
    /// Draws the tray from the newest state.
    fn redraw_tray(&self, state: &AgentState);
    fn tray(&self) -> TrayView;
    /// The keychain (blocking).
    fn load_secret(&self, key: &SecretKey) -> Result<Option<Credentials>, String>;
    fn store_secret(&self, key: &SecretKey, credentials: &Credentials) -> Result<(), String>;
    fn delete_secret(&self, key: &SecretKey) -> Result<(), String>;
    /// Starts the agent at login, or stops doing so.
    fn launch_at_login(&self, enabled: bool) -> Result<(), String>;
    fn open_url(&self, url: &str) -> Result<(), String>;
    /// Starts the settings window's process.
    fn open_settings_window(&self) -> Result<(), String>;
    /// Why the OS holds notifications back, as a message id, when it does (blocking).
    fn do_not_disturb(&self) -> Option<&'static str>;
    /// The keychain, notification server and audio device checks (blocking).
    fn checks(&self) -> Vec<Check>;
    /// Ends the agent.
    fn quit(&self);
}
