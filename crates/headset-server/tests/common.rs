//! A real server on a loopback port with a fresh database for each test: a SQLite file,
//! or, when `HEADSET_TEST_POSTGRES` names a PostgreSQL server (`cargo xtask test` starts
//! one), a new database on it. The same tests run against both.
#![allow(dead_code)] // Each test binary uses a different part of this harness.

use std::net::SocketAddr;

use headset_core::model::Role;
use headset_server::store::{CreatedUser, NewUser};
use headset_server::{app, password::Hasher, AppState, Store};

pub struct TestServer {
    pub base: String,
    pub store: Store,
    pub db_url: String,
    pub dir: tempfile::TempDir,
}

pub const PASSWORD: &str = "correct horse battery";

impl TestServer {
    pub async fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db_url = fresh_database(&dir).await;
        let store = Store::open(&db_url).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut state = AppState::new(store.clone());
        state.public_url = format!("http://{addr}");
        state.outbox = std::sync::Arc::new(headset_server::outbox::Outbox::new(
            dir.path().join("outbox"),
        ));
        let router = app(state);
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
            dir,
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

/// A signed-in device: its session headers.
#[derive(Clone, Debug)]
pub struct Device {
    pub token: String,
    pub client: String,
    pub uid: String,
}

impl TestServer {
    /// The mails the server wrote to its outbox, oldest first.
    pub fn outbox(&self) -> Vec<String> {
        let mut mails: Vec<_> = std::fs::read_dir(self.dir.path().join("outbox"))
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        mails.sort();
        mails
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Signs in over HTTP as device `name`.
    pub async fn device(&self, email: &str, name: &str) -> Device {
        let resp = reqwest::Client::new()
            .post(self.url("/auth/sign_in"))
            .header("X-Chatwoot-Client-Name", name)
            .json(&serde_json::json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        Device::from_headers(resp.headers()).unwrap()
    }
}

impl Device {
    pub fn from_headers(headers: &reqwest::header::HeaderMap) -> Option<Device> {
        let get = |n: &str| Some(headers.get(n)?.to_str().ok()?.to_owned());
        Some(Device {
            token: get("access-token")?,
            client: get("client")?,
            uid: get("uid")?,
        })
    }

    pub fn request(&self, method: reqwest::Method, url: String) -> reqwest::RequestBuilder {
        reqwest::Client::new()
            .request(method, url)
            .header("access-token", &self.token)
            .header("client", &self.client)
            .header("uid", &self.uid)
    }
}

/// A database no other test uses.
pub async fn fresh_database(dir: &tempfile::TempDir) -> String {
    let Ok(server) = std::env::var("HEADSET_TEST_POSTGRES") else {
        return format!("sqlite://{}", dir.path().join("server.db").display());
    };
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let server = server.trim_end_matches('/');
    let name = format!("headset_test_{}", rand::random::<u64>());
    let mut admin = sqlx::AnyConnection::connect(&format!("{server}/postgres"))
        .await
        .expect("HEADSET_TEST_POSTGRES is reachable");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    format!("{server}/{name}")
}

pub fn is_postgres(db_url: &str) -> bool {
    db_url.starts_with("postgres")
}
