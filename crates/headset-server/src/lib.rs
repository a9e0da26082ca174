//! headset-server: a Chatwoot-compatible agent API (PROTOCOL.md) backed by SQLite.
//!
//! The binary in `main.rs` is a thin command line over this library; tests build the
//! same router with [`app`] and talk to it over real HTTP.

mod auth;
pub mod error;
pub mod password;
mod routes;
pub mod store;
mod user_doc;

use std::sync::Arc;

pub use error::{ApiError, Error};
pub use store::Store;

/// Everything a request handler needs.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub hasher: Arc<password::Hasher>,
}

impl AppState {
    pub fn new(store: Store) -> Self {
        AppState {
            store,
            hasher: Arc::new(password::Hasher::default()),
        }
    }
}

/// The HTTP application: every route, with request tracing (no headers are logged).
pub fn app(state: AppState) -> axum::Router {
    routes::router()
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}
