//! The HTTP routes, grouped as Chatwoot groups its controllers.

mod conversations;
mod custom_filters;
mod mfa;
mod notifications;
mod password;
mod presence;
mod profile;
mod sessions;
mod sign_in;

use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::routing::{delete, get, patch, post, put, MethodRouter};
use axum::Router;
use utoipa::openapi::path::HttpMethod;

use crate::auth::{random_token, token_hash};
use crate::{ApiError, AppState};

/// Paths under one account.
const ACCOUNT: &str = "/api/v1/accounts/{account_id}";

/// One path of the API: its handlers, and for the OpenAPI document what each method
/// does. The router and the document are made from the same list, so neither can list a
/// route the other lacks (a test also calls every documented method).
pub(crate) struct Route {
    pub path: String,
    methods: MethodRouter<AppState>,
    pub tag: &'static str,
    pub docs: &'static [(HttpMethod, &'static str)],
}

fn route(
    path: impl Into<String>,
    tag: &'static str,
    methods: MethodRouter<AppState>,
    docs: &'static [(HttpMethod, &'static str)],
) -> Route {
    Route {
        path: path.into(),
        methods,
        tag,
        docs,
    }
}

pub(crate) fn routes() -> Vec<Route> {
    use conversations as c;
    use custom_filters as f;
    use notifications as n;
    use HttpMethod::{Delete, Get, Patch, Post, Put};
    let account = |path: &str| format!("{ACCOUNT}{path}");
    vec![
        route("/auth/sign_in", "auth", post(sign_in::sign_in), &[(Post, "Sign in with email and password (206 asks for the second factor), or finish the two-factor step")]),
        route("/auth/validate_token", "auth", get(sign_in::validate_token), &[(Get, "Whether the credential is still good, and whose it is")]),
        route("/auth/sign_out", "auth", delete(sign_in::sign_out), &[(Delete, "End this device's session")]),
        route("/auth/password", "auth", post(password::request_reset).put(password::reset), &[
            (Post, "Email a reset link (the same answer for every address)"),
            (Put, "Set a new password with a reset link's token"),
        ]),
        route(
            "/api/v1/profile",
            "profile",
            get(profile::show)
                .put(profile::update)
                // Room for a picture and the form around it; JSON keeps BODY_LIMIT.
                .layer(DefaultBodyLimit::max(crate::avatar::MAX_BYTES + 64 * 1024)),
            &[
                (Get, "The user document, with an ETag"),
                (Put, "Change the profile (JSON, or multipart with profile[avatar]); If-Match makes it conditional"),
            ],
        ),
        route("/api/v1/profile/avatar", "profile", delete(profile::delete_avatar), &[(Delete, "Remove the avatar")]),
        route("/avatars/{name}", "profile", get(profile::avatar_image), &[(Get, "An avatar image (public, immutable)")]),
        route("/api/v1/profile/password_policy", "profile", get(profile::password_policy), &[(Get, "The rules a new password must meet")]),
        route("/api/v1/profile/reset_access_token", "profile", post(profile::reset_access_token), &[(Post, "Replace the personal API token")]),
        route("/api/v1/profile/availability", "profile", post(presence::availability), &[(Post, "Set the status in an account: online, busy or offline")]),
        route("/api/v1/profile/auto_offline", "profile", post(presence::auto_offline), &[(Post, "Go offline automatically when disconnected")]),
        route("/api/v1/profile/set_active_account", "profile", put(presence::set_active_account), &[(Put, "Choose the active account")]),
        route("/api/v1/profile/mfa", "security", get(mfa::show).post(mfa::begin).delete(mfa::disable), &[
            (Get, "Two-factor status"),
            (Post, "Start enrolment: a new secret and its otpauth URL"),
            (Delete, "Turn two-factor off (password and code)"),
        ]),
        route("/api/v1/profile/mfa/verify", "security", post(mfa::verify), &[(Post, "Confirm enrolment with a code; answers the backup codes")]),
        route("/api/v1/profile/mfa/backup_codes", "security", post(mfa::backup_codes), &[(Post, "A new set of backup codes (the old set stops working)")]),
        route("/api/v1/profile/sessions", "security", get(sessions::list), &[(Get, "The signed-in devices")]),
        route("/api/v1/profile/sessions/{id}", "security", delete(sessions::end), &[(Delete, "Sign another device out")]),
        route("/cable", "realtime", get(crate::realtime::upgrade), &[(Get, "ActionCable WebSocket (actioncable-v1-json)")]),
        route("/audio/dashboard/{file}", "assets", get(tone), &[(Get, "An alert tone")]),
        route("/api-docs/openapi.json", "assets", get(openapi), &[(Get, "This document")]),
        route(account("/inboxes"), "accounts", get(c::inboxes), &[(Get, "The account's inboxes (channels)")]),
        route(account("/agents"), "accounts", get(c::agents), &[(Get, "The account's agents")]),
        route(account("/agents/{agent_id}"), "accounts", patch(c::update_agent), &[(Patch, "Change an agent's role (administrators)")]),
        route(account("/contacts"), "conversations", post(c::create_contact), &[(Post, "Create a contact")]),
        route(account("/conversations"), "conversations", get(c::list_conversations).post(c::create_conversation), &[
            (Get, "List conversations: assignee_type me, unassigned, assigned or all; status (open by default) or all; 25 a page"),
            (Post, "Create a conversation (auto-assigned when no assignee is given)"),
        ]),
        route(account("/conversations/meta"), "conversations", get(c::meta), &[(Get, "Open conversation counts: mine, assigned, unassigned, all")]),
        route(account("/conversations/{display_id}"), "conversations", get(c::show_conversation), &[(Get, "A conversation")]),
        route(account("/conversations/{display_id}/messages"), "conversations", post(c::create_message), &[(Post, "Add a message (incoming, outgoing or a private note with @mentions)")]),
        route(account("/conversations/{display_id}/assignments"), "conversations", post(c::assign), &[(Post, "Assign or unassign")]),
        route(account("/conversations/{display_id}/toggle_status"), "conversations", post(c::toggle_status), &[(Post, "Change the status: open, resolved, pending or snoozed")]),
        route(account("/conversations/{display_id}/update_last_seen"), "conversations", post(c::update_last_seen), &[(Post, "The agent read the conversation: its unread count starts over, and the agent's devices hear `conversation.read`")]),
        route(account("/custom_filters"), "filters", get(f::list).post(f::create), &[
            (Get, "The user's saved filters (filter_type: conversation, contact, company, report)"),
            (Post, "Save a filter"),
        ]),
        route(account("/custom_filters/{id}"), "filters", get(f::show).patch(f::update).delete(f::delete), &[
            (Get, "A saved filter"),
            (Patch, "Rename a filter or change its query"),
            (Delete, "Delete a filter"),
        ]),
        route(account("/notifications"), "notifications", get(n::list), &[(Get, "The notification inbox, newest first, 15 a page")]),
        route(account("/notifications/unread_count"), "notifications", get(n::unread_count), &[(Get, "Unread notifications")]),
        route(account("/notifications/read_all"), "notifications", post(n::read_all), &[(Post, "Mark all read")]),
        route(account("/notifications/{id}"), "notifications", patch(n::mark_read), &[(Patch, "Mark one read")]),
        route(account("/notification_settings"), "notifications", get(n::show_settings).patch(n::update_settings), &[
            (Get, "The selected email and push flags"),
            (Patch, "Choose the email and push flags"),
        ]),
    ]
}

pub(crate) fn router() -> Router<AppState> {
    routes()
        .into_iter()
        .fold(Router::new(), |router, r| router.route(&r.path, r.methods))
}

async fn openapi() -> axum::Json<utoipa::openapi::OpenApi> {
    axum::Json(crate::openapi::document())
}

/// Headset's own alert tones where Chatwoot serves its MP3s; clients decode by content.
async fn tone(
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let name = file.strip_suffix(".mp3").ok_or(ApiError::NotFound)?;
    let tone = headset_model::settings::Tone::ALL
        .into_iter()
        .find(|t| t.as_str() == name)
        .ok_or(ApiError::NotFound)?;
    let headers = [
        (axum::http::header::CONTENT_TYPE, "audio/wav"),
        (axum::http::header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (axum::http::header::CACHE_CONTROL, "public, max-age=86400"),
    ];
    Ok((headers, headset_model::tones::wav(tone)).into_response())
}

/// devise_token_auth's response headers for session `client` with a fresh token.
pub(crate) async fn issue_session_headers(
    state: &AppState,
    client: &str,
    uid: &str,
) -> Result<HeaderMap, ApiError> {
    let token = random_token();
    state
        .store
        .rotate_session_token(client, &token_hash(&token))
        .await?;
    let expiry = chrono::Utc::now() + state.sessions.absolute;
    Ok(session_headers(&token, client, uid, expiry.timestamp()))
}

pub(crate) fn session_headers(token: &str, client: &str, uid: &str, expiry: i64) -> HeaderMap {
    let mut out = HeaderMap::new();
    let mut put = |name: &'static str, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            out.insert(HeaderName::from_static(name), v);
        }
    };
    put("access-token", token);
    put("token-type", "Bearer");
    put("client", client);
    put("expiry", &expiry.to_string());
    put("uid", uid);
    out
}
