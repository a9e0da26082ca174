// Generated from crates/headset-core by `cargo xtask bindings`. Do not edit.

export type ErrorCode = "invalid_credentials" | "unauthorized" | "unreachable" | "server" | "invalid" | "protocol" | "agent_unavailable" | "version_mismatch" | "keychain" | "not_signed_in" | "window_open" | "conflict" | "io";

export type IpcError = { code: ErrorCode, message: string, 
/**
 * The form field the error is about, when there is one.
 */
field?: string, };

export type Availability = "online" | "busy" | "offline";

export type Role = "agent" | "administrator";

export type Profile = { id: number, name: string, display_name: string | null, email: string, avatar_url: string, role: Role, account_id: number, account_name: string, 
/**
 * Every account the user works in; the active one is `account_id`.
 */
accounts: Array<AccountChoice>, 
/**
 * The status the server last confirmed.
 */
availability: Availability, message_signature: string | null, phone_number: string | null, 
/**
 * `email`, or the identity provider (`google`, `saml`) that manages the password.
 */
provider: string, 
/**
 * `ui_settings.locale`: the interface language, `null` for the account's default.
 */
locale: string | null, 
/**
 * `ui_settings.headset`, or the defaults when absent or unreadable.
 */
headset: HeadsetSettings, 
/**
 * The web dashboard's own sound choice (`ui_settings.enable_audio_alerts`, `none`
 * when absent), so the window can offer to silence it.
 */
dashboard_alerts: string, 
/**
 * Account facts (RFC 3339) when the server provides them.
 */
created_at: string | null, updated_at: string | null, last_sign_in_at: string | null, };

export type AccountChoice = { id: number, name: string, role: Role, };

export type Connection = { "state": "idle" } | { "state": "connecting" } | { "state": "connected" } | { "state": "reconnecting", reason: string, retry_in_seconds: number, };

export type AgentState = { 
/**
 * The server the agent is signed in to, or last used.
 */
server: string | null, 
/**
 * Present when signed in.
 */
profile: Profile | null, 
/**
 * Something the agent wants the user to know (keychain missing, server unreachable).
 */
notice: IpcError | null, 
/**
 * The realtime connection to the server.
 */
connection: Connection, 
/**
 * Unread notifications in the active account.
 */
unread: number, 
/**
 * Open conversations assigned to the agent with unread messages (the tray's count).
 */
waiting: number, 
/**
 * Edits accepted but not yet confirmed by the server.
 */
pending_edits: number, 
/**
 * Alerts are held back until then (RFC 3339).
 */
snoozed_until: string | null, 
/**
 * The account's notification settings (`selected_*_flags`).
 */
notification_flags: NotificationFlags, 
/**
 * Whether the agent starts at login; `None` until the user has been asked.
 */
launch_at_login: boolean | null, 
/**
 * The name of this computer's own alert sound, when one is set.
 */
custom_sound: string | null, 
/**
 * The loudness of alerts on this computer, 0–100.
 */
volume: number, 
/**
 * How this computer reaches the server (extra CA file, proxy).
 */
network: NetworkSettings, };

export type NetworkSettings = { 
/**
 * A PEM file of CA certificates to trust besides the OS's.
 */
ca_file?: string, 
/**
 * `http://host:port` of a proxy that tunnels to the server.
 */
proxy?: string, };

export type NotificationFlags = { email: Array<string>, push: Array<string>, };

export type SessionInfo = { id: number, 
/**
 * The client app and version ("Headset 0.1.0", "Firefox 133").
 */
app: string | null, device: string | null, 
/**
 * Operating system and version.
 */
platform: string | null, ip_address: string | null, 
/**
 * "City, Country" when the server knows it.
 */
place: string | null, last_active_at: string | null, created_at: string | null, 
/**
 * The session this agent uses.
 */
current: boolean, };

export type MfaStatus = { 
/**
 * False when the server does not offer two-factor.
 */
feature_available: boolean, enabled: boolean, backup_codes_generated: boolean, };

export type MfaEnrolment = { provisioning_url: string, secret: string, };

export type PasswordPolicy = { min_length: number, max_length: number, 
/**
 * Common and context words refused whole (lower case).
 */
blocklist: Array<string>, require_uppercase: boolean, require_digit: boolean, require_special: boolean, };

export type InboxInfo = { id: number, name: string, channel_type: string, };

export type SegmentInfo = { id: number, name: string, 
/**
 * `contact` or `company`.
 */
filter_type: string, };

export type AgentInfo = { id: number, name: string, email: string, role: Role, 
/**
 * What the team sees: online, busy or offline.
 */
availability: string, avatar_url: string, };

export type HeadsetSettings = { title?: string, about?: string, social_links: SocialLinks, timezone?: string, currency?: string, availability?: Schedule, visible_segments: VisibleSegments, notification_frequency: NotificationFrequency, audio?: AudioPrefs, 
/**
 * Per inbox id: opted in, and how many open conversations at most.
 */
channels: { [key in string]?: ChannelPref }, 
/**
 * What happens while the agent is away from the desk (absent: the defaults).
 */
away?: AwayPrefs, };

export type Edit = { "type": "profile", name?: string, display_name?: string, message_signature?: string, phone_number?: string, } | { "type": "headset", changes: Record<string, unknown>, } | { "type": "locale", locale: string | null, } | { "type": "dashboard_sounds", alerts: string, } | { "type": "notification_flags", email: Array<string>, push: Array<string>, };

export type EditStatus = { "status": "saved" } | { "status": "pending", reason: string, retry_in_seconds: number, } | { "status": "refused", error: IpcError, };

export type Reason = "alert" | "own_message" | "not_selected" | "not_incoming" | "pending_conversation" | "flag_off" | "not_notifiable" | "offline" | "busy" | "snoozed" | "os_dnd" | "outside_hours" | "throttled" | "digest" | "counted" | "already_alerted";

export type Part = { yes: boolean, reason: Reason, };

export type DecisionRecord = { 
/**
 * RFC 3339.
 */
at: string, 
/**
 * The event's name, e.g. `message.created`.
 */
event: string, 
/**
 * The conversation's display id, when there is one.
 */
conversation: number | null, notify: Part, sound: Part, };

export type Check = { 
/**
 * `server`, `realtime`, `keychain`, `notifications`, `audio`.
 */
name: string, ok: boolean, detail: string, };

export type WebPage = "dashboard" | "billing";

export type TrayAction = { "action": "set_status", availability: Availability, } | { "action": "snooze", minutes: number | null, } | { "action": "snooze_until_hours" } | { "action": "open_settings" } | { "action": "open_dashboard" } | { "action": "switch_account", account_id: number, } | { "action": "quit" };

export type TrayItem = { id: string, text: string, 
/**
 * For check items: whether the check mark is shown.
 */
checked: boolean | null, enabled: boolean, };

export type Request = { "type": "get_state" } | { "type": "sign_in", server: string, email: string, password: string, } | { "type": "sign_in_code", code: string, backup: boolean, } | { "type": "sign_in_with_token", server: string, token: string, } | { "type": "sign_out" } | { "type": "change_password", current_password: string, password: string, password_confirmation: string, } | { "type": "set_availability", availability: Availability, } | { "type": "claim_window" } | { "type": "tray_action", action: TrayAction, } | { "type": "get_tray" } | { "type": "snooze", minutes: number | null, } | { "type": "snooze_until_hours" } | { "type": "get_decisions" } | { "type": "diagnose" } | { "type": "edit", edit: Edit, } | { "type": "set_avatar", image_base64: string, mime: string, } | { "type": "remove_avatar" } | { "type": "list_sessions" } | { "type": "end_session", id: number, } | { "type": "end_other_sessions" } | { "type": "get_mfa" } | { "type": "begin_mfa" } | { "type": "confirm_mfa", code: string, } | { "type": "disable_mfa", password: string, code: string, } | { "type": "new_backup_codes", code: string, } | { "type": "get_password_policy" } | { "type": "test_sound", tone: Tone | null, volume: number, } | { "type": "set_custom_sound", name: string, data_base64: string, } | { "type": "remove_custom_sound" } | { "type": "set_volume", volume: number, } | { "type": "set_network", network: NetworkSettings, } | { "type": "set_active_account", account_id: number, } | { "type": "request_password_reset", server: string, email: string, } | { "type": "open_web_page", page: WebPage, } | { "type": "set_launch_at_login", enabled: boolean, } | { "type": "get_account" } | { "type": "set_agent_role", agent_id: number, role: Role, } | { "type": "reveal_api_token", password: string, } | { "type": "reset_api_token", password: string, };

export type Response = { "type": "state", state: AgentState, } | { "type": "mfa_required" } | { "type": "decisions", items: Array<DecisionRecord>, } | { "type": "diagnosis", checks: Array<Check>, } | { "type": "tray", items: Array<TrayItem>, 
/**
 * Which icon shows: `online`, `busy`, `offline` or `snoozed`.
 */
icon: string, 
/**
 * The label beside the icon (the unread count), where the platform shows one.
 */
label: string | null, } | { "type": "edit_queued", id: number, } | { "type": "sessions", items: Array<SessionInfo>, } | { "type": "mfa", status: MfaStatus, } | { "type": "mfa_enrolment", enrolment: MfaEnrolment, } | { "type": "backup_codes", codes: Array<string>, } | { "type": "password_policy", policy: PasswordPolicy, } | { "type": "account", inboxes: Array<InboxInfo>, segments: Array<SegmentInfo>, agents: Array<AgentInfo>, } | { "type": "secret", value: string, } | { "type": "done" };

export type Event = { "type": "state", state: AgentState, } | { "type": "focus_window" } | { "type": "edit", id: number, status: EditStatus, };

export type SocialLinks = { linkedin?: string, x?: string, facebook?: string, instagram?: string, github?: string, website?: string, };

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export type Interval = { 
/**
 * `HH:MM`, 00:00 to 23:59.
 */
start: string, 
/**
 * `HH:MM`, or `24:00`.
 */
end: string, };

export type BlockOutside = { desktop: boolean, sound: boolean, email: boolean, push: boolean, };

export type Schedule = { enabled: boolean, 
/**
 * `mon` .. `sun`; an interval whose end is not after its start runs past midnight.
 */
days: { [key in Weekday]?: Array<Interval> }, block_outside: BlockOutside, 
/**
 * Set the status from the hours (online inside, offline outside).
 */
auto_status: boolean, };

export type VisibleSegments = { contact: number[], company: number[], };

export type NotificationFrequency = "instant" | "digest_5m" | "digest_15m" | "digest_60m";

export type NotificationKind = "conversation_creation" | "conversation_assignment" | "assigned_conversation_new_message" | "conversation_mention" | "participating_conversation_new_message" | "sla_missed_first_response" | "sla_missed_next_response" | "sla_missed_resolution";

export type Tone = "ding" | "bell" | "chime" | "magic" | "ping";

export type AudioPrefs = { 
/**
 * As `enable_audio_alerts`: `none`, or a `+`-joined subset of
 * `assigned`, `notme`, `unassigned` (legacy `mine`, `all`).
 */
alerts: string, tone: Tone, repeat_while_unread: boolean, };

export type AwayPrefs = { on_lock: boolean, 
/**
 * Minutes without keyboard or mouse after which the agent counts as away (absent:
 * never), 1 to 480.
 */
idle_minutes?: number, 
/**
 * The status while away: `busy` or `offline`.
 */
status: Availability, };

export type ChannelPref = { enabled: boolean, capacity: number, };

export const LOCALES = ["en", "es", "pt", "ar", "my", "th", "zh_TW", "zh_CN", "it", "de", "ru", "fr", "ja", "id", "tr", "ko", "vi", "he"] as const;

export const NOTIFICATION_KINDS = ["conversation_creation", "conversation_assignment", "assigned_conversation_new_message", "conversation_mention", "participating_conversation_new_message", "sla_missed_first_response", "sla_missed_next_response", "sla_missed_resolution"] as const;
