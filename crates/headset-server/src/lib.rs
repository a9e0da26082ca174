//! headset-server: a Chatwoot-compatible agent API (PROTOCOL.md) backed by SQLite.
//!
//! The binary in `main.rs` is a thin command line over this library; tests build the
//! same router with [`app`] and talk to it over real HTTP.

mod assignment;
mod auth;
pub mod avatar;
pub mod demo;
pub mod email;
pub mod error;
pub mod mail;
mod notify;
mod openapi;
pub mod password;
pub mod policy;
pub mod rate_limit;
pub mod realtime;
mod routes;
pub mod seal;
pub mod store;
pub mod totp;

use std::sync::Arc;
use std::time::Duration;

pub use error::{ApiError, Error};
pub use store::Store;

/// How long sessions live: without use (idle), and at most (absolute).
#[derive(Debug, Clone, Copy)]
pub struct SessionLifetimes {
    pub idle: chrono::Duration,
    pub absolute: chrono::Duration,
}

impl Default for SessionLifetimes {
    fn default() -> Self {
        SessionLifetimes {
            idle: chrono::Duration::days(14),
            absolute: chrono::Duration::days(90),
        }
    }
}

/// Everything a request handler needs.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub hasher: Arc<password::Hasher>,
    pub policy: Arc<policy::PasswordPolicy>,
    pub sessions: SessionLifetimes,
    /// Sign-in and password-reset attempts per IP: 10 a minute.
    pub sign_in_limit: Arc<rate_limit::RateLimiter>,
    /// Two-factor codes typed in the profile (enrol, disable, new backup codes) per IP.
    pub mfa_limit: Arc<rate_limit::RateLimiter>,
    /// Encrypts secrets at rest (TOTP seeds).
    pub sealer: Arc<seal::Sealer>,
    pub hub: Arc<realtime::Hub>,
    /// Where email goes: an SMTP relay, or an outbox folder.
    pub mailer: Arc<mail::Mailer>,
    /// The address people reach the server at, for links in email.
    pub public_url: String,
}

impl AppState {
    /// Defaults for everything but the store. Starts the mail worker: call inside a
    /// Tokio runtime.
    pub fn new(store: Store) -> Self {
        AppState {
            store,
            hasher: Arc::new(password::Hasher::default()),
            policy: Arc::new(policy::PasswordPolicy::new(policy::Kind::Nist)),
            sessions: SessionLifetimes::default(),
            sign_in_limit: Arc::new(rate_limit::RateLimiter::new(10, Duration::from_secs(60))),
            mfa_limit: Arc::new(rate_limit::RateLimiter::new(10, Duration::from_secs(60))),
            sealer: Arc::new(seal::Sealer::random()),
            hub: Arc::default(),
            mailer: Arc::new(
                mail::Mailer::outbox(
                    std::env::temp_dir().join("headset-outbox"),
                    mail::DEFAULT_FROM,
                )
                .expect("the default sender is a valid address"),
            ),
            public_url: "http://127.0.0.1:3000".into(),
        }
    }
}

/// Answers in the language the request asks for (`Accept-Language`), as Chatwoot
/// answers in the user's: every refusal is a message of the shared `locales/` files.
async fn in_the_request_language(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let locale = request
        .headers()
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or("en", headset_model::texts::from_accept_language);
    headset_model::texts::scoped(locale, next.run(request)).await
}

/// JSON bodies larger than this are refused with 413.
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// The HTTP application: every route, with request tracing (no headers are logged).
/// Also starts the presence sweeper and the digest sender, so call it inside a Tokio runtime.
pub fn app(state: AppState) -> axum::Router {
    tokio::spawn(notify::sweep_presence(state.clone()));
    tokio::spawn(email::send_digests(state.clone()));
    routes::router()
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn(in_the_request_language))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}
