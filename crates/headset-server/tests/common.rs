//! A real server on a loopback port with a fresh SQLite file, for each test.

use std::net::SocketAddr;

use headset_core::model::Role;
use headset_server::store::{CreatedUser, NewUser};
use headset_server::{app, password::Hasher, AppState, Store};

pub struct TestServer {
    pub base: String,
    pub store: Store,
    pub db_url: String,
    _dir: tempfile::TempDir,
}

pub const PASSWORD: &str = "correct horse battery";

impl TestServer {
    pub async fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db_url = format!("sqlite://{}", dir.path().join("server.db").display());
        let store = Store::open(&db_url).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = app(AppState::new(store.clone()));
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await
            .unwrap();
        });
        TestServer {
            base: format!("http://{addr}"),
            store,
            db_url,
            _dir: dir,
        }
    }

    pub async fn add_user(&self, email: &str, role: Role) -> CreatedUser {
        self.store
            .add_user(NewUser {
                email,
                name: "Ada Agent",
                role,
                account: "Acme Support",
                password_hash: Hasher::default().hash(PASSWORD.into()).await.unwrap(),
            })
            .await
            .unwrap()
    }
}
