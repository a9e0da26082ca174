//! A real server on a loopback port with a fresh database for each test: a SQLite file,
//! or, when `HEADSET_TEST_POSTGRES` names a PostgreSQL server (`cargo xtask test` starts
//! one), a new database on it. The same tests run against both.
#![allow(dead_code)] // Each test binary uses a different part of this harness.

use std::net::SocketAddr;

use headset_model::model::Role;
use headset_server::mail::Mailer;
use headset_server::store::{CreatedUser, NewUser};
use headset_server::{app, password::Hasher, AppState, Store};

pub struct TestServer {
    pub base: String,
    pub store: Store,
    pub state: AppState,
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
        state.mailer = std::sync::Arc::new(
            Mailer::outbox(
                dir.path().join("outbox"),
                headset_server::mail::DEFAULT_FROM,
            )
            .unwrap(),
        );
        let router = app(state.clone());
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
            state,
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
    /// The mails the server wrote to its outbox, oldest first, bodies decoded.
    pub fn outbox(&self) -> Vec<String> {
        let mut mails: Vec<_> = std::fs::read_dir(self.dir.path().join("outbox"))
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        mails.sort();
        mails
            .iter()
            .map(|p| readable(&std::fs::read_to_string(p).unwrap()))
            .collect()
    }

    /// Waits (up to 10 s) until the mail worker wrote at least `count` mails to `to`,
    /// and gives all of them, oldest first.
    pub async fn mails_to(&self, to: &str, count: usize) -> Vec<String> {
        let header = format!("To: {to}\n");
        for _ in 0..200 {
            let mails: Vec<String> = self
                .outbox()
                .into_iter()
                .filter(|m| m.contains(&header))
                .collect();
            if mails.len() >= count {
                return mails;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("fewer than {count} mails to {to}: {:?}", self.outbox());
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

/// A mail as its reader sees it: lines end in `\n`, and a quoted-printable body (lines
/// over 76 characters, such as links, are sent so) is decoded.
pub fn readable(mail: &str) -> String {
    let mail = mail.replace("\r\n", "\n");
    let Some((head, body)) = mail.split_once("\n\n") else {
        return mail;
    };
    if !head.contains("Content-Transfer-Encoding: quoted-printable") {
        return mail;
    }
    let joined = body.replace("=\n", "");
    let mut bytes = Vec::new();
    let mut rest = joined.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        let hex = tail.get(..2).and_then(|h| std::str::from_utf8(h).ok());
        match hex.map(|h| u8::from_str_radix(h, 16)) {
            Some(Ok(byte)) if b == b'=' => {
                bytes.push(byte);
                rest = &tail[2..];
            }
            _ => {
                bytes.push(b);
                rest = tail;
            }
        }
    }
    format!("{head}\n\n{}", String::from_utf8_lossy(&bytes))
}
