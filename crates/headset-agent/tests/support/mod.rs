//! The agent's world in one process: a real headset-server on a loopback port (SQLite in
//! a temp dir), the real agent loop, and a desktop that records what it is asked to do.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use headset_agent::{Agent, Desktop, Input, Mailbox, Popup, SecretKey, TrayView};
use headset_core::api::Credentials;
use headset_ipc::{paths::Paths, AgentState, Check, Handler, IpcError, Request, Response};
use headset_model::model::Role;
use headset_model::settings::Tone;
use headset_server::password::Hasher;
use headset_server::store::{CreatedUser, NewUser};
use headset_server::{app, AppState, Store};
use tokio::net::TcpListener;
use tokio::sync::{broadcast, mpsc};

pub const PASSWORD: &str = "correct horse battery";
pub const ACCOUNT: &str = "Acme Support";

/// What the agent asked of the desktop.
#[derive(Default)]
pub struct Recorder {
    pub popups: Mutex<Vec<Popup>>,
    pub closed: Mutex<Vec<i64>>,
    pub rings: Mutex<Vec<Option<Tone>>>,
    pub trays: Mutex<Vec<AgentState>>,
    secrets: Mutex<HashMap<String, Credentials>>,
    pub opened: Mutex<Vec<String>>,
}

impl Recorder {
    pub fn popups(&self) -> Vec<Popup> {
        self.popups.lock().unwrap().clone()
    }

    /// The pop-ups about one conversation.
    pub fn popups_about(&self, conversation: i64) -> usize {
        self.popups()
            .iter()
            .filter(|p| p.conversation == conversation)
            .count()
    }
}

impl Desktop for Recorder {
    fn show(&self, popup: Popup) {
        self.popups.lock().unwrap().push(popup);
    }
    fn close(&self, conversation: i64) {
        self.closed.lock().unwrap().push(conversation);
    }
    fn ring(&self, tone: Option<Tone>, _volume: u8) {
        self.rings.lock().unwrap().push(tone);
    }
    fn set_custom_sound(&self, _bytes: Option<Vec<u8>>) -> Result<(), &'static str> {
        Ok(())
    }
    fn adopt_tone(&self, _tone: Tone, _bytes: Vec<u8>) {}
    fn redraw_tray(&self, state: &AgentState) {
        self.trays.lock().unwrap().push(state.clone());
    }
    fn tray(&self) -> TrayView {
        TrayView::default()
    }
    fn load_secret(&self, key: &SecretKey) -> Result<Option<Credentials>, String> {
        Ok(self.secrets.lock().unwrap().get(&key.account()).cloned())
    }
    fn store_secret(&self, key: &SecretKey, credentials: &Credentials) -> Result<(), String> {
        let mut secrets = self.secrets.lock().unwrap();
        secrets.insert(key.account(), credentials.clone());
        Ok(())
    }
    fn delete_secret(&self, key: &SecretKey) -> Result<(), String> {
        self.secrets.lock().unwrap().remove(&key.account());
        Ok(())
    }
    fn launch_at_login(&self, _enabled: bool) -> Result<(), String> {
        Ok(())
    }
    fn open_url(&self, url: &str) -> Result<(), String> {
        self.opened.lock().unwrap().push(url.to_owned());
        Ok(())
    }
    fn open_settings_window(&self) -> Result<(), String> {
        Ok(())
    }
    fn do_not_disturb(&self) -> Option<&'static str> {
        None
    }
    fn checks(&self) -> Vec<Check> {
        vec![]
    }
    fn quit(&self) {}
}

/// A real headset-server with an administrator, an agent, an inbox the agent works and
/// a customer.
pub struct Server {
    pub base: String,
    pub store: Store,
    pub admin: CreatedUser,
    pub agent: CreatedUser,
    pub inbox: i64,
    pub contact: i64,
    /// Removed when the server is dropped.
    _dir: tempfile::TempDir,
}

impl Server {
    pub async fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("server.db").display());
        let store = Store::open(&url).await.unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut state = AppState::new(store.clone());
        state.public_url = format!("http://{addr}");
        let router = app(state);
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await
            .unwrap();
        });
        let hash = Hasher::default().hash(PASSWORD.into()).await.unwrap();
        let user = |email, name, role| NewUser {
            email,
            name,
            role,
            account: ACCOUNT,
            password_hash: hash.clone(),
        };
        let admin = store
            .add_user(user("admin@example.com", "Ada Admin", Role::Administrator))
            .await
            .unwrap();
        let agent = store
            .add_user(user("agent@example.com", "Carla Agent", Role::Agent))
            .await
            .unwrap();
        let inbox = store
            .create_inbox(agent.account_id, "Web chat")
            .await
            .unwrap();
        store.add_inbox_member(inbox, agent.id).await.unwrap();
        let contact = store
            .create_contact(agent.account_id, "Dana Customer", None)
            .await
            .unwrap();
        Server {
            base: format!("http://{addr}"),
            store,
            admin,
            agent,
            inbox,
            contact,
            _dir: dir,
        }
    }

    /// The administrator assigns a new conversation with the customer to the agent,
    /// through the API (so it is broadcast and notified): its display id.
    pub async fn assign_new(&self, account: i64, inbox: i64, contact: i64) -> i64 {
        let conversation: serde_json::Value = reqwest::Client::new()
            .post(format!(
                "{}/api/v1/accounts/{account}/conversations",
                self.base
            ))
            .header("api_access_token", &self.admin.access_token)
            .json(
                &serde_json::json!({"inbox_id": inbox, "contact_id": contact,
                                       "assignee_id": self.agent.id}),
            )
            .send()
            .await
            .unwrap()
            .error_for_status()
            .unwrap()
            .json()
            .await
            .unwrap();
        conversation["id"].as_i64().expect("a conversation")
    }

    /// The agent's status as the server keeps it.
    pub async fn availability(&self) -> String {
        let profile: serde_json::Value = reqwest::Client::new()
            .get(format!("{}/api/v1/profile", self.base))
            .header("api_access_token", &self.agent.access_token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let account = profile["accounts"]
            .as_array()
            .and_then(|a| {
                a.iter()
                    .find(|a| a["id"].as_i64() == Some(self.agent.account_id))
            })
            .cloned()
            .unwrap_or_default();
        account["availability"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}

/// The real agent loop, signed in with the agent's API token through `base`.
pub struct Running {
    pub inputs: mpsc::UnboundedSender<Input>,
    pub desktop: Arc<Recorder>,
    /// The agent's data dir, removed when dropped.
    _data: tempfile::TempDir,
}

impl Running {
    pub async fn start(base: &str, token: &str) -> Running {
        let data = tempfile::tempdir().unwrap();
        let desktop = Arc::new(Recorder::default());
        let (events, _) = broadcast::channel(64);
        let (inputs, rx) = mpsc::unbounded_channel();
        let paths = Paths::under(data.path().into());
        let mut agent = Agent::new(paths, desktop.clone(), events, inputs.clone(), rx)
            .await
            .unwrap();
        agent.start(Some(base.to_owned()), Some(token.to_owned()));
        tokio::spawn(agent.run());
        let running = Running {
            inputs,
            desktop,
            _data: data,
        };
        running
            .until("signed in and connected", Duration::from_secs(10), |s| {
                s.profile.is_some() && s.connection == headset_ipc::Connection::Connected
            })
            .await;
        running
    }

    pub async fn ask(&self, request: Request) -> Result<Response, IpcError> {
        Mailbox(self.inputs.clone()).handle(0, request).await
    }

    pub async fn state(&self) -> AgentState {
        match self.ask(Request::GetState).await.unwrap() {
            Response::State { state } => state,
            other => panic!("not a state: {other:?}"),
        }
    }

    /// Waits until the state satisfies `check`.
    pub async fn until(
        &self,
        what: &str,
        within: Duration,
        check: impl Fn(&AgentState) -> bool,
    ) -> AgentState {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let state = self.state().await;
            if check(&state) {
                return state;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{what}: not within {within:?}; state: {state:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// Waits until `check` holds.
pub async fn eventually(what: &str, within: Duration, check: impl Fn() -> bool) {
    let deadline = tokio::time::Instant::now() + within;
    while !check() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "{what}: not within {within:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
