//! headset-core's realtime client against a real headset-server (in process, so the
//! test can stop and restart it): events, reconnection, and the end of a session.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::{Context, Result};
use headset_core::api::{ApiClient, Credentials, SignIn};
use headset_core::realtime::{self, Backoff, RealtimeConfig, RealtimeUpdate, ServerEvent};
use headset_model::model::{Role, User};
use headset_server::store::NewUser;
use headset_server::{app, password::Hasher, AppState, Store};
use serde_json::json;
use tokio::sync::{mpsc, oneshot};

const PASSWORD: &str = "a long test passphrase";

/// headset-server on a fixed address, stoppable and restartable on the same database.
struct Server {
    addr: SocketAddr,
    db: String,
    stop: Option<oneshot::Sender<()>>,
    hub: Option<std::sync::Arc<headset_server::realtime::Hub>>,
    _dir: tempfile::TempDir,
}

impl Server {
    async fn start() -> Result<Self> {
        let dir = tempfile::tempdir()?;
        let db = format!("sqlite://{}", dir.path().join("s.db").display());
        let addr = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
        let mut server = Server {
            addr,
            db,
            stop: None,
            hub: None,
            _dir: dir,
        };
        server.run().await?;
        Ok(server)
    }

    async fn run(&mut self) -> Result<()> {
        let store = Store::open(&self.db).await?;
        let listener = tokio::net::TcpListener::bind(self.addr).await?;
        let (stop, stopped) = oneshot::channel::<()>();
        let state = AppState::new(store);
        self.hub = Some(state.hub.clone());
        let router = app(state);
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(async {
                stopped.await.ok();
            })
            .await
            .ok();
        });
        self.stop = Some(stop);
        Ok(())
    }

    /// Stops as `headset-server` does on SIGTERM.
    fn halt(&mut self) {
        if let Some(hub) = self.hub.take() {
            hub.shutdown();
        }
        self.stop.take();
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    async fn store(&self) -> Result<Store> {
        Ok(Store::open(&self.db).await?)
    }
}

struct Agent {
    api: ApiClient,
    credentials: Credentials,
    user: User,
}

async fn agent(server: &Server, email: &str) -> Result<Agent> {
    let store = server.store().await?;
    store
        .add_user(NewUser {
            email,
            name: "Ada",
            role: Role::Agent,
            account: "Acme",
            password_hash: Hasher::default().hash(PASSWORD.into()).await?,
        })
        .await?;
    let api = ApiClient::new(&server.url())?;
    let SignIn::Done { credentials, user } = api.sign_in(email, PASSWORD).await? else {
        anyhow::bail!("two-factor is off")
    };
    Ok(Agent {
        api,
        credentials,
        user: *user,
    })
}

fn config(agent: &Agent) -> RealtimeConfig {
    RealtimeConfig {
        base: agent.api.base().clone(),
        credentials: agent.credentials.clone(),
        pubsub_token: agent.user.pubsub_token.clone().unwrap(),
        account_id: agent.user.account_id,
        user_id: agent.user.id,
        backoff: Backoff {
            base: Duration::from_millis(100),
            cap: Duration::from_millis(400),
        },
        network: Default::default(),
    }
}

async fn next(
    updates: &mut mpsc::UnboundedReceiver<RealtimeUpdate>,
    wanted: impl Fn(&RealtimeUpdate) -> bool,
) -> Result<RealtimeUpdate> {
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let update = updates.recv().await.context("connection task ended")?;
            if wanted(&update) {
                return Ok(update);
            }
        }
    })
    .await
    .context("timed out waiting for an update")?
}

/// A customer writes in a conversation assigned to the agent.
async fn customer_writes(server: &Server, agent: &Agent, text: &str) -> Result<()> {
    let store = server.store().await?;
    let account = agent.user.account_id;
    let inbox = store.create_inbox(account, "Web").await?;
    store.add_inbox_member(inbox, agent.user.id).await?;
    let contact = store.create_contact(account, "Customer", None).await?;
    let Credentials::Session {
        access_token,
        client,
        uid,
    } = &agent.credentials
    else {
        unreachable!()
    };
    let resp = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/accounts/{account}/conversations",
            server.url()
        ))
        .header("access-token", access_token)
        .header("client", client)
        .header("uid", uid)
        .json(
            &json!({"inbox_id": inbox, "contact_id": contact, "assignee_id": agent.user.id,
                      "message": {"content": text}}),
        )
        .send()
        .await?;
    anyhow::ensure!(resp.status().is_success(), "{}", resp.status());
    Ok(())
}

#[tokio::test]
async fn receives_typed_events_and_survives_a_server_restart() -> Result<()> {
    let mut server = Server::start().await?;
    let ada = agent(&server, "ada@example.com").await?;
    let (tx, mut updates) = mpsc::unbounded_channel();
    let _conn = realtime::spawn(config(&ada), tx);
    next(&mut updates, |u| *u == RealtimeUpdate::Connected).await?;

    customer_writes(&server, &ada, "Where is my parcel?").await?;
    let created = next(&mut updates, |u| {
        matches!(u, RealtimeUpdate::Event(e) if matches!(**e, ServerEvent::ConversationCreated(_)))
    })
    .await?;
    let RealtimeUpdate::Event(event) = created else {
        unreachable!()
    };
    let ServerEvent::ConversationCreated(conv) = *event else {
        unreachable!()
    };
    assert_eq!(conv.assignee_id(), Some(ada.user.id));
    assert_eq!(
        conv.messages[0].content.as_deref(),
        Some("Where is my parcel?")
    );

    server.halt();
    let lost = next(&mut updates, |u| {
        matches!(u, RealtimeUpdate::Disconnected { .. })
    })
    .await?;
    let RealtimeUpdate::Disconnected { retry_in, .. } = lost else {
        unreachable!()
    };
    assert!(retry_in <= Duration::from_millis(400));

    server.run().await?;
    next(&mut updates, |u| *u == RealtimeUpdate::Connected).await?;
    customer_writes(&server, &ada, "Hello again").await?;
    next(&mut updates, |u| matches!(u, RealtimeUpdate::Event(e) if matches!(&**e, ServerEvent::ConversationCreated(c) if c.messages[0].content.as_deref() == Some("Hello again")))).await?;
    Ok(())
}

#[tokio::test]
async fn a_session_ended_elsewhere_stops_the_connection_as_unauthorized() -> Result<()> {
    let server = Server::start().await?;
    let ada = agent(&server, "ada@example.com").await?;
    let (tx, mut updates) = mpsc::unbounded_channel();
    let _conn = realtime::spawn(config(&ada), tx);
    next(&mut updates, |u| *u == RealtimeUpdate::Connected).await?;
    ada.api.sign_out(&ada.credentials).await?;
    next(&mut updates, |u| *u == RealtimeUpdate::Unauthorized).await?;
    // The task ends rather than retrying a dead credential.
    assert!(tokio::time::timeout(Duration::from_secs(2), updates.recv())
        .await?
        .is_none());
    Ok(())
}

#[tokio::test]
async fn a_wrong_pubsub_token_is_unauthorized() -> Result<()> {
    let server = Server::start().await?;
    let ada = agent(&server, "ada@example.com").await?;
    let (tx, mut updates) = mpsc::unbounded_channel();
    let mut bad = config(&ada);
    bad.pubsub_token = "not-it".into();
    let _conn = realtime::spawn(bad, tx);
    next(&mut updates, |u| *u == RealtimeUpdate::Unauthorized).await?;
    Ok(())
}
