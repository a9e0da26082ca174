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
use axum::routing::{delete, get, patch, post, put};
use axum::Router;

use crate::auth::{random_token, token_hash};
use crate::{ApiError, AppState};

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/sign_in", post(sign_in::sign_in))
        .route("/auth/validate_token", get(sign_in::validate_token))
        .route("/auth/sign_out", delete(sign_in::sign_out))
        .route(
            "/auth/password",
            post(password::request_reset).put(password::reset),
        )
        .route(
            "/api/v1/profile",
            get(profile::show)
                .put(profile::update)
                // Room for a picture and the form around it; JSON keeps BODY_LIMIT.
                .layer(DefaultBodyLimit::max(crate::avatar::MAX_BYTES + 64 * 1024)),
        )
        .route("/api/v1/profile/avatar", delete(profile::delete_avatar))
        .route("/avatars/{name}", get(profile::avatar_image))
        .route(
            "/api/v1/profile/password_policy",
            get(profile::password_policy),
        )
        .route(
            "/api/v1/profile/reset_access_token",
            post(profile::reset_access_token),
        )
        .route("/api/v1/profile/availability", post(presence::availability))
        .route("/api/v1/profile/auto_offline", post(presence::auto_offline))
        .route(
            "/api/v1/profile/set_active_account",
            put(presence::set_active_account),
        )
        .route(
            "/api/v1/profile/mfa",
            get(mfa::show).post(mfa::begin).delete(mfa::disable),
        )
        .route("/api/v1/profile/mfa/verify", post(mfa::verify))
        .route("/api/v1/profile/mfa/backup_codes", post(mfa::backup_codes))
        .route("/api/v1/profile/sessions", get(sessions::list))
        .route("/api/v1/profile/sessions/{id}", delete(sessions::end))
        .route("/cable", get(crate::realtime::upgrade))
        .route("/audio/dashboard/{file}", get(tone))
        .nest("/api/v1/accounts/{account_id}", account_routes())
}

fn account_routes() -> Router<AppState> {
    use conversations as c;
    use notifications as n;
    Router::new()
        .route("/inboxes", get(c::inboxes))
        .route("/agents", get(c::agents))
        .route("/agents/{agent_id}", patch(c::update_agent))
        .route("/contacts", post(c::create_contact))
        .route("/conversations", post(c::create_conversation))
        .route("/conversations/meta", get(c::meta))
        .route("/conversations/{display_id}", get(c::show_conversation))
        .route(
            "/conversations/{display_id}/messages",
            post(c::create_message),
        )
        .route("/conversations/{display_id}/assignments", post(c::assign))
        .route(
            "/conversations/{display_id}/toggle_status",
            post(c::toggle_status),
        )
        .route(
            "/custom_filters",
            get(custom_filters::list).post(custom_filters::create),
        )
        .route(
            "/custom_filters/{id}",
            get(custom_filters::show)
                .patch(custom_filters::update)
                .delete(custom_filters::delete),
        )
        .route("/notifications", get(n::list))
        .route("/notifications/unread_count", get(n::unread_count))
        .route("/notifications/read_all", post(n::read_all))
        .route("/notifications/{id}", patch(n::mark_read))
        .route(
            "/notification_settings",
            get(n::show_settings).patch(n::update_settings),
        )
}

/// Headset's own alert tones where Chatwoot serves its MP3s; clients decode by content.
async fn tone(
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let name = file.strip_suffix(".mp3").ok_or(ApiError::NotFound)?;
    let tone = headset_core::settings::Tone::ALL
        .into_iter()
        .find(|t| t.as_str() == name)
        .ok_or(ApiError::NotFound)?;
    let headers = [
        (axum::http::header::CONTENT_TYPE, "audio/wav"),
        (axum::http::header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (axum::http::header::CACHE_CONTROL, "public, max-age=86400"),
    ];
    Ok((headers, headset_core::tones::wav(tone)).into_response())
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
