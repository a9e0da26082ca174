//! The agent's local API: typed, versioned requests, responses and pushed events, the
//! client and server, and where the agent keeps its files. No HTTP client, no database:
//! the window links this, not the agent's networking.
//!
//! The settings window and the `headset` command line are both clients of this one API
//! (as Mullvad's GUI and CLI share its management interface). Frames are JSON lines over
//! a channel only the user can open (`transport`: a Unix socket, a Windows named pipe).

#[cfg(test)]
mod bindings;
mod client;
mod decision;
mod edit;
mod error;
mod frame;
pub mod paths;
mod server;
mod transport;

pub use client::IpcClient;
pub use decision::{DecisionRecord, Part, Reason};
pub use edit::Edit;
pub use error::{Error, ErrorCode, IpcError, Result};
pub use server::{serve, ConnId, Handler};
pub use transport::{bind, Listener};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use headset_model::model::{Availability, Role, User};
use headset_model::settings::{HeadsetSettings, Tone};

/// Bumped whenever a frame changes shape; both sides check it in the handshake.
pub const PROTOCOL_VERSION: u32 = 1;

/// A request to the agent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Request {
    GetState,
    /// The password passes straight through to the server and is not kept.
    SignIn {
        server: String,
        email: String,
        password: String,
    },
    /// The second step when `sign_in` answered `mfa_required`.
    SignInCode {
        code: String,
        backup: bool,
    },
    /// For accounts without a password (Google/SSO): a personal access token.
    SignInWithToken {
        server: String,
        token: String,
    },
    SignOut,
    /// Changes the password; the agent stays signed in (it swaps in the new session).
    ChangePassword {
        current_password: String,
        password: String,
        password_confirmation: String,
    },
    /// Asks the server; the state changes only when the server agrees.
    SetAvailability {
        availability: Availability,
    },
    /// Made by a settings window as it opens: only one window exists at a time.
    /// Refused with `window_open` (and the open one is focused) when another holds it.
    ClaimWindow,
    /// Runs a tray menu action through the same function as a click on it (the
    /// command line and tests drive the tray this way: Linux tray clicks are unreliable).
    TrayAction {
        action: TrayAction,
    },
    /// The tray menu as it stands (its items' real check marks).
    GetTray,
    /// Holds back sounds and pop-ups for `minutes` (none: resume now). When it ends, one
    /// summary says what was missed.
    Snooze {
        minutes: Option<u32>,
    },
    /// Snoozes until the next start of the agent's availability hours.
    SnoozeUntilHours,
    /// The last alert decisions, newest first.
    GetDecisions,
    /// Checks the parts Headset depends on (`headset diagnose`).
    Diagnose,
    /// A settings change: validated, journaled, then synced; answered with its id, its
    /// fate follows as `Event::Edit`.
    Edit {
        edit: Edit,
    },
    /// A new avatar: the picture as the window cropped it (JPEG or PNG, base64). Sent at
    /// once, not journaled: the window shows the upload's outcome.
    SetAvatar {
        image_base64: String,
        mime: String,
    },
    RemoveAvatar,
    /// The devices signed in to the account.
    ListSessions,
    /// Ends one other device's session; answered with the list that remains.
    EndSession {
        #[ts(type = "number")]
        id: i64,
    },
    /// Ends every session but this one; answered with the list that remains.
    EndOtherSessions,
    GetMfa,
    /// Starts two-factor enrolment: a new secret to scan, inactive until confirmed.
    BeginMfa,
    /// Turns two-factor on with a code from the new secret; answers the backup codes.
    ConfirmMfa {
        code: String,
    },
    DisableMfa {
        password: String,
        code: String,
    },
    /// A new set of backup codes (the old set stops working).
    NewBackupCodes {
        code: String,
    },
    /// The server's password rules, for the live checklist.
    GetPasswordPolicy,
    /// Plays a sound now, as an alert would (the "Test sound" button): `tone`, or this
    /// computer's own sound file when `null`.
    TestSound {
        tone: Option<Tone>,
        volume: u8,
    },
    /// Alerts on this computer play this sound file instead of the tone (WAV, MP3, OGG or
    /// FLAC, at most 1 MB and 10 s). The file stays on this computer.
    SetCustomSound {
        name: String,
        data_base64: String,
    },
    RemoveCustomSound,
    /// How loud Headset's sounds are on this computer, 0–100 (kept here, not synced:
    /// each computer has its own speakers).
    SetVolume {
        volume: u8,
    },
    /// An extra CA file and a proxy for a self-hosted server (this computer's, not
    /// synced); blank fields clear them. Answers the new state.
    SetNetwork {
        network: NetworkSettings,
    },
    /// Makes another of the user's accounts the active one: the one the window edits and
    /// alerts come from. Answers the new state.
    SetActiveAccount {
        #[ts(type = "number")]
        account_id: i64,
    },
    /// Emails a password reset link (the form's "Forgot password?"). Always `done`: the
    /// server does not say whether the address has an account.
    RequestPasswordReset {
        server: String,
        email: String,
    },
    /// Opens a page of the web dashboard in the browser.
    OpenWebPage {
        page: WebPage,
    },
    /// Starts the agent (the tray, not the window) at login, or stops doing so.
    SetLaunchAtLogin {
        enabled: bool,
    },
    /// The account's channels, the user's segments and the team.
    GetAccount,
    /// Administrators: changes a team member's role; answered with the account.
    SetAgentRole {
        #[ts(type = "number")]
        agent_id: i64,
        role: Role,
    },
    /// Shows the personal API token after the password is confirmed.
    RevealApiToken {
        password: String,
    },
    /// Replaces the personal API token (the old one stops working at once) after the
    /// password is confirmed; answers the new one.
    ResetApiToken {
        password: String,
    },
}

/// A signed-in device, as the security section lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SessionInfo {
    #[ts(type = "number")]
    pub id: i64,
    /// The client app and version ("Headset 0.1.0", "Firefox 133").
    pub app: Option<String>,
    pub device: Option<String>,
    /// Operating system and version.
    pub platform: Option<String>,
    pub ip_address: Option<String>,
    /// "City, Country" when the server knows it.
    pub place: Option<String>,
    pub last_active_at: Option<String>,
    pub created_at: Option<String>,
    /// The session this agent uses.
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MfaStatus {
    /// False when the server does not offer two-factor.
    #[serde(default = "yes")]
    pub feature_available: bool,
    pub enabled: bool,
    #[serde(default)]
    pub backup_codes_generated: bool,
}

fn yes() -> bool {
    true
}

/// A channel of the account (Chatwoot's inbox).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InboxInfo {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub channel_type: String,
}

/// A saved contact or company filter the agent may choose to see.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SegmentInfo {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    /// `contact` or `company`.
    pub filter_type: String,
}

/// A member of the account's team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AgentInfo {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// What the team sees: online, busy or offline.
    pub availability: String,
    pub avatar_url: String,
}

/// The rules a new password must meet (`GET /api/v1/profile/password_policy`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PasswordPolicy {
    #[ts(type = "number")]
    pub min_length: u32,
    #[ts(type = "number")]
    pub max_length: u32,
    /// Common and context words refused whole (lower case).
    pub blocklist: Vec<String>,
    pub require_uppercase: bool,
    pub require_digit: bool,
    pub require_special: bool,
}

impl PasswordPolicy {
    /// Stock Chatwoot serves no policy; these are the rules it enforces.
    pub fn chatwoot() -> Self {
        PasswordPolicy {
            min_length: 6,
            max_length: 128,
            blocklist: Vec::new(),
            require_uppercase: true,
            require_digit: true,
            require_special: true,
        }
    }
}

/// A secret to enrol: the window draws the QR code from the URL locally.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MfaEnrolment {
    pub provisioning_url: String,
    pub secret: String,
}

/// One line of `headset diagnose`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Check {
    /// `server`, `realtime`, `keychain`, `notifications`, `audio`.
    pub name: String,
    pub ok: bool,
    pub detail: String,
}

impl Check {
    /// A check that passed with `Ok(detail)` or failed with `Err(detail)`.
    pub fn from_result(name: &str, result: Result<String, String>) -> Check {
        let (ok, detail) = match result {
            Ok(detail) => (true, detail),
            Err(detail) => (false, detail),
        };
        Check {
            name: name.into(),
            ok,
            detail,
        }
    }
}

/// Pages of the web dashboard the app links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WebPage {
    Dashboard,
    /// Billing & usage: administrators only.
    Billing,
}

/// What the tray menu offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum TrayAction {
    SetStatus {
        availability: Availability,
    },
    Snooze {
        minutes: Option<u32>,
    },
    SnoozeUntilHours,
    OpenSettings,
    /// The web dashboard of the agent's account, in the browser.
    OpenDashboard,
    /// Makes another of the user's accounts the active one.
    SwitchAccount {
        #[ts(type = "number")]
        account_id: i64,
    },
    Quit,
}

/// One tray menu entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TrayItem {
    pub id: String,
    pub text: String,
    /// For check items: whether the check mark is shown.
    pub checked: Option<bool>,
    pub enabled: bool,
}

// Answers are few and short-lived: boxing the state would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Response {
    State {
        state: AgentState,
    },
    /// The password was right; now the code from the authenticator app (or a backup code).
    MfaRequired,
    Decisions {
        items: Vec<DecisionRecord>,
    },
    Diagnosis {
        checks: Vec<Check>,
    },
    Tray {
        items: Vec<TrayItem>,
        /// Which icon shows: `online`, `busy`, `offline` or `snoozed`.
        icon: String,
        /// The label beside the icon (the unread count), where the platform shows one.
        label: Option<String>,
    },
    /// The edit is safely journaled under this id.
    EditQueued {
        #[ts(type = "number")]
        id: i64,
    },
    Sessions {
        items: Vec<SessionInfo>,
    },
    Mfa {
        status: MfaStatus,
    },
    MfaEnrolment {
        enrolment: MfaEnrolment,
    },
    /// Shown once; the window offers copy and download.
    BackupCodes {
        codes: Vec<String>,
    },
    PasswordPolicy {
        policy: PasswordPolicy,
    },
    Account {
        inboxes: Vec<InboxInfo>,
        segments: Vec<SegmentInfo>,
        agents: Vec<AgentInfo>,
    },
    /// A secret the agent asked to see (the API token).
    Secret {
        value: String,
    },
    Done,
}

/// Pushed by the agent to every client.
// A handful of events a minute: boxing the state would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    State {
        state: AgentState,
    },
    /// The open settings window should come to the front.
    FocusWindow,
    /// What became of a queued edit.
    Edit {
        #[ts(type = "number")]
        id: i64,
        status: EditStatus,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum EditStatus {
    Saved,
    /// Waiting for the server; kept on disk meanwhile.
    Pending {
        reason: String,
        retry_in_seconds: u32,
    },
    /// The server refused it; `error.field` names the field.
    Refused {
        error: IpcError,
    },
}

/// Everything a client needs to draw the agent's state. Holds no secret.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct AgentState {
    /// The server the agent is signed in to, or last used.
    pub server: Option<String>,
    /// Present when signed in.
    pub profile: Option<Profile>,
    /// Something the agent wants the user to know (keychain missing, server unreachable).
    pub notice: Option<IpcError>,
    /// The realtime connection to the server.
    pub connection: Connection,
    /// Unread notifications in the active account.
    pub unread: u32,
    /// Open conversations assigned to the agent with unread messages (the tray's count).
    pub waiting: u32,
    /// Edits accepted but not yet confirmed by the server.
    pub pending_edits: u32,
    /// Alerts are held back until then (RFC 3339).
    pub snoozed_until: Option<String>,
    /// The account's notification settings (`selected_*_flags`).
    pub notification_flags: NotificationFlags,
    /// Whether the agent starts at login; `None` until the user has been asked.
    pub launch_at_login: Option<bool>,
    /// The name of this computer's own alert sound, when one is set.
    pub custom_sound: Option<String>,
    /// The loudness of alerts on this computer, 0–100.
    pub volume: u8,
    /// How this computer reaches the server (extra CA file, proxy).
    pub network: NetworkSettings,
}

/// Which events the agent wants an email or a desktop (push) notification for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct NotificationFlags {
    pub email: Vec<String>,
    pub push: Vec<String>,
}

impl NotificationFlags {
    /// Chatwoot's defaults for a new agent, used while the server cannot be asked.
    pub fn chatwoot_default() -> Self {
        NotificationFlags {
            email: vec!["email_conversation_assignment".into()],
            push: vec!["push_conversation_assignment".into()],
        }
    }
}

/// The realtime link, as the tray and the window show it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Connection {
    /// Not signed in.
    #[default]
    Idle,
    Connecting,
    Connected,
    /// Lost; the next attempt is in `retry_in_seconds`.
    Reconnecting {
        reason: String,
        retry_in_seconds: u32,
    },
}

/// The signed-in agent as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Profile {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub display_name: Option<String>,
    pub email: String,
    pub avatar_url: String,
    pub role: Role,
    #[ts(type = "number")]
    pub account_id: i64,
    pub account_name: String,
    /// Every account the user works in; the active one is `account_id`.
    pub accounts: Vec<AccountChoice>,
    /// The status the server last confirmed.
    pub availability: Availability,
    pub message_signature: Option<String>,
    pub phone_number: Option<String>,
    /// `email`, or the identity provider (`google`, `saml`) that manages the password.
    pub provider: String,
    /// `ui_settings.locale`: the interface language, `null` for the account's default.
    pub locale: Option<String>,
    /// `ui_settings.headset`, or the defaults when absent or unreadable.
    pub headset: HeadsetSettings,
    /// The web dashboard's own sound choice (`ui_settings.enable_audio_alerts`, `none`
    /// when absent), so the window can offer to silence it.
    pub dashboard_alerts: String,
    /// Account facts (RFC 3339) when the server provides them.
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    pub last_sign_in_at: Option<String>,
}

/// An account the user belongs to (agents of several companies have several).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AccountChoice {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub role: Role,
}

impl Profile {
    pub fn from_user(user: &User) -> Self {
        let account = user.active_account();
        Profile {
            id: user.id,
            name: user.name.clone(),
            display_name: user.display_name.clone().filter(|d| !d.is_empty()),
            email: user.email.clone(),
            avatar_url: user.avatar_url.clone(),
            role: account.map(|a| a.role).unwrap_or(user.role),
            account_id: user.account_id,
            account_name: account.map(|a| a.name.clone()).unwrap_or_default(),
            accounts: user
                .accounts
                .iter()
                .map(|a| AccountChoice {
                    id: a.id,
                    name: a.name.clone(),
                    role: a.role,
                })
                .collect(),
            availability: account
                .map(|a| a.availability)
                .unwrap_or(Availability::Offline),
            message_signature: user.message_signature.clone(),
            provider: user.provider.clone(),
            phone_number: user
                .custom_attributes
                .get("phone_number")
                .and_then(|p| p.as_str())
                .map(str::to_owned),
            locale: user
                .ui_settings
                .get("locale")
                .and_then(|l| l.as_str())
                .map(str::to_owned),
            headset: user
                .ui_settings
                .get("headset")
                .and_then(|h| HeadsetSettings::from_value(h).ok())
                .unwrap_or_default(),
            dashboard_alerts: user
                .ui_settings
                .get("enable_audio_alerts")
                .and_then(|a| a.as_str())
                .unwrap_or("none")
                .to_owned(),
            created_at: user.created_at.clone(),
            updated_at: user.updated_at.clone(),
            last_sign_in_at: user.last_sign_in_at.clone(),
        }
    }
}

/// First frame of each side.
#[derive(Debug, Serialize, Deserialize)]
struct Hello {
    version: u32,
}

#[derive(Debug, Serialize, Deserialize)]
struct ClientFrame {
    id: u64,
    request: Request,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "frame", rename_all = "snake_case")]
enum AgentFrame {
    Reply {
        id: u64,
        result: Result<Response, IpcError>,
    },
    Event {
        event: Event,
    },
}

/// The connection settings of this computer (kept in the agent's config, not synced).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NetworkSettings {
    /// A PEM file of CA certificates to trust besides the OS's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub ca_file: Option<String>,
    /// `http://host:port` of a proxy that tunnels to the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub proxy: Option<String>,
}

impl NetworkSettings {
    /// Blank fields count as unset.
    pub fn normalized(self) -> NetworkSettings {
        let keep = |v: Option<String>| v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        NetworkSettings {
            ca_file: keep(self.ca_file),
            proxy: keep(self.proxy),
        }
    }
}
