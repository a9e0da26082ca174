//! The agent: one owner of all state and one loop over its inputs.
//!
//! IPC requests, tray clicks, realtime updates, sync reports, the clock, desktop signals
//! and the results of the network calls it started all arrive as [`Input`]s on one
//! channel and are handled one at a time. A network call runs as a task whose result
//! comes back as an input ([`Input::Done`]): the loop never waits on the network, so a
//! tray click or an edit is answered while a catch-up crawls over a slow link.

use std::collections::{BTreeSet, HashMap};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use headset_core::api::{ApiClient, Credentials};
use headset_core::network::Network;
use headset_core::realtime::RealtimeUpdate;
use headset_core::sync::{Journal, SyncReport};
use headset_ipc::{
    paths::Paths, AgentState, ConnId, Error, Event, IpcError, NotificationFlags, Profile, Request,
    Response, Result,
};
use headset_model::texts;
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::config::Config;
use crate::desktop::{Desktop, DesktopSignal};
use crate::session::Session;

/// Where a request's answer goes.
pub type Reply = oneshot::Sender<Result<Response, IpcError>>;

/// A network call's result, applied to the agent in the loop.
pub type Apply = Box<dyn FnOnce(&mut Agent) + Send>;

/// Everything the agent reacts to.
pub enum Input {
    Request {
        conn: ConnId,
        request: Request,
        reply: Reply,
    },
    /// An IPC client went away (the settings window, when it was one).
    Disconnected(ConnId),
    /// A tray menu click.
    Tray(headset_ipc::TrayAction),
    /// What one account's socket reports (`link` names the socket).
    Realtime {
        link: u64,
        update: RealtimeUpdate,
    },
    /// What the edit sync reports (`generation` names the session).
    Sync {
        generation: u64,
        report: SyncReport,
    },
    /// The 5 s clock.
    Tick,
    Signal(DesktopSignal),
    /// The result of a network call the agent started.
    Done(Apply),
}

/// How often the clock ticks.
pub const TICK: Duration = Duration::from_secs(5);

pub struct Agent {
    pub(crate) desktop: Arc<dyn Desktop>,
    pub(crate) paths: Paths,
    pub(crate) journal: Journal,
    pub(crate) inputs: mpsc::UnboundedSender<Input>,
    rx: Option<mpsc::UnboundedReceiver<Input>>,
    pub(crate) events: broadcast::Sender<Event>,
    pub(crate) config: Config,
    /// The connection settings, loaded: every API client and socket is made with them.
    pub(crate) network: Network,
    pub(crate) session: Option<Session>,
    pub(crate) notice: Option<IpcError>,
    /// Ids of journaled edits the server has not confirmed.
    pub(crate) pending: BTreeSet<i64>,
    /// Notification flags of queued edits, applied to the alert rules once saved.
    pub(crate) pending_flags: HashMap<i64, NotificationFlags>,
    /// A sign-in waiting for its second factor: the server and the `mfa_token`.
    pub(crate) mfa: Option<(String, String)>,
    /// The IPC connection of the open settings window, if any.
    pub(crate) window: Option<ConnId>,
    /// The stored sign-in is being restored: edits are journaled meanwhile (they are its
    /// user's, and the sync sends them once the session is up).
    pub(crate) restoring: bool,
    /// The desktop took the custom sound file (it exists and decodes).
    pub(crate) custom_sound: bool,
    /// Numbers sessions and sockets: reports of replaced ones are ignored.
    next_id: u64,
    /// Journal writes the loop owes once the current input is handled (local disk):
    /// the edits of a session that ended go, Headset's own sound choice is seeded.
    pub(crate) clear_journal: bool,
    pub(crate) seed: Option<headset_ipc::Edit>,
    state: AgentState,
}

impl Agent {
    /// The agent with its journal open. Its inputs arrive on `rx`; `inputs` is the
    /// channel's sender, which the desktop's tray may already hold.
    pub async fn new(
        paths: Paths,
        desktop: Arc<dyn Desktop>,
        events: broadcast::Sender<Event>,
        inputs: mpsc::UnboundedSender<Input>,
        rx: mpsc::UnboundedReceiver<Input>,
    ) -> Result<Agent> {
        let journal = Journal::open(&paths.journal()).await?;
        let pending = journal
            .pending()
            .await
            .unwrap_or_default()
            .into_iter()
            .collect();
        let config = Config::load(&paths.config_file());
        let custom_sound = config.custom_sound.is_some()
            && match std::fs::read(paths.custom_sound()) {
                Ok(bytes) => desktop.set_custom_sound(Some(bytes)).is_ok(),
                Err(e) => {
                    tracing::warn!(error = %e, "the custom sound file is gone; using the tone");
                    false
                }
            };
        let network = Network::load(&config.network).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "the connection settings do not work; connecting directly");
            Network::default()
        });
        let mut agent = Agent {
            desktop,
            paths,
            journal,
            inputs,
            rx: Some(rx),
            events,
            config,
            network,
            session: None,
            notice: None,
            pending,
            pending_flags: HashMap::new(),
            mfa: None,
            window: None,
            restoring: false,
            custom_sound,
            next_id: 0,
            clear_journal: false,
            seed: None,
            state: AgentState::default(),
        };
        agent.publish();
        Ok(agent)
    }

    /// Where inputs are sent: the IPC server, the tray, desktop signals, the clock.
    pub fn inputs(&self) -> mpsc::UnboundedSender<Input> {
        self.inputs.clone()
    }

    /// The state as last published.
    pub fn state(&self) -> &AgentState {
        &self.state
    }

    /// Restores the stored session, or signs in with a token given for an unattended
    /// start. The answer comes back as an input.
    pub fn start(&mut self, server: Option<String>, token: Option<String>) {
        match (server, token) {
            (Some(server), Some(token)) => {
                self.sign_in_with_token(&server, Credentials::ApiToken { token }, None)
            }
            (server, _) => {
                if let Some(server) = server {
                    self.config.server = Some(server);
                }
                self.restore();
            }
        }
    }

    /// Handles inputs for as long as the agent runs (it holds a sender itself: tasks
    /// answer through it).
    pub async fn run(mut self) {
        let Some(mut inputs) = self.rx.take() else {
            return;
        };
        while let Some(input) = inputs.recv().await {
            self.handle(input).await;
        }
    }

    /// One input. Awaits local work only (the journal on disk), never the network.
    pub async fn handle(&mut self, input: Input) {
        match input {
            Input::Request {
                conn,
                request,
                reply,
            } => self.request(conn, request, reply).await,
            Input::Disconnected(conn) => {
                if self.window == Some(conn) {
                    self.window = None;
                }
            }
            Input::Tray(action) => self.tray_action(action, None),
            Input::Realtime { link, update } => self.on_realtime(link, update),
            Input::Sync { generation, report } => self.on_sync(generation, report),
            Input::Tick => self.tick(),
            Input::Signal(signal) => self.on_signal(signal),
            Input::Done(apply) => apply(self),
        }
        self.settle().await;
    }

    /// The journal writes an input left owed. Written here, in the loop, so that a new
    /// sign-in's edits are never cleared with the old one's, and the sync never reports
    /// an edit the agent has not counted yet.
    async fn settle(&mut self) {
        if std::mem::take(&mut self.clear_journal) {
            if let Err(e) = self.journal.clear().await {
                tracing::warn!(error = %e, "could not clear the edit journal");
            }
        }
        let Some(edit) = self.seed.take() else {
            return;
        };
        // Already queued (a seed not sent before a restart, or the agent's own choice):
        // that one stands.
        let mut after = 0;
        while let Ok(Some((id, queued))) = self.journal.first_after(after).await {
            if matches!(&queued, headset_ipc::Edit::Headset { changes } if changes.contains_key("audio"))
            {
                return;
            }
            after = id;
        }
        match self.journal.push(&edit).await {
            Ok(id) => {
                self.pending.insert(id);
                if let Some(s) = &self.session {
                    s.sync.wake();
                }
                self.publish();
            }
            Err(e) => tracing::warn!(error = %e, "could not seed the sound settings"),
        }
    }

    pub(crate) fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Runs `call` as a task; `then` gets its result back in the loop.
    pub(crate) fn spawn<T: Send + 'static>(
        &self,
        call: impl Future<Output = T> + Send + 'static,
        then: impl FnOnce(&mut Agent, T) + Send + 'static,
    ) {
        let inputs = self.inputs.clone();
        tokio::spawn(async move {
            let result = call.await;
            let _ = inputs.send(Input::Done(Box::new(move |agent| then(agent, result))));
        });
    }

    /// A client for `server`, reached as this computer's connection settings say.
    pub(crate) fn api(&self, server: &str) -> Result<ApiClient> {
        ApiClient::with_network(server, &self.network)
    }

    /// A failed server call: a 401 means the session is over; forget it and ask for
    /// sign-in. A call made for session `generation` (`None`: for none, as the stored
    /// sign-in's) counts only while that session is current and its credentials are not
    /// being replaced.
    pub(crate) fn failed(&mut self, generation: Option<u64>, e: Error) -> Error {
        let stale = generation.is_some_and(|g| {
            self.session
                .as_ref()
                .is_none_or(|s| s.generation != g || s.rotating > 0)
        });
        if matches!(e, Error::Unauthorized) && !stale {
            self.forget();
            self.notice = Some(IpcError::from(&e));
            self.publish();
        }
        e
    }

    pub(crate) fn save_config(&self) {
        if let Err(e) = self.config.save(&self.paths.config_file()) {
            tracing::warn!(error = %e, "could not save the configuration");
        }
    }

    /// Publishes the state once: to every IPC client and the tray.
    pub(crate) fn publish(&mut self) {
        let session = self.session.as_ref();
        let profile = session.map(|s| Profile::from_user(&s.user));
        texts::set_locale(profile.as_ref().and_then(|p| p.locale.as_deref()));
        let state = AgentState {
            server: self.config.server.clone(),
            profile,
            notice: self.notice.clone(),
            connection: session.map(|s| s.connection.clone()).unwrap_or_default(),
            unread: session.map(|s| s.unread).unwrap_or_default(),
            waiting: session.map(|s| s.main().desk.waiting()).unwrap_or_default(),
            pending_edits: self.pending.len().try_into().unwrap_or(u32::MAX),
            snoozed_until: session
                .and_then(|s| s.main().desk.snoozed_until)
                .map(|t| t.to_rfc3339()),
            notification_flags: session.map(|s| s.flags.clone()).unwrap_or_default(),
            launch_at_login: self.config.launch_at_login,
            custom_sound: self.config.custom_sound.clone(),
            volume: self.config.volume.unwrap_or(100),
            network: self.config.network.clone(),
        };
        self.desktop.redraw_tray(&state);
        self.state = state.clone();
        let _ = self.events.send(Event::State { state });
    }
}

impl Agent {
    /// Answers a request with the state after `result`; for a tray click or the agent's
    /// own doing (no request), a failure is logged as `what` failing.
    pub(crate) fn answer_state(&self, reply: Option<Reply>, result: Result<()>, what: &str) {
        match reply {
            Some(reply) => {
                let answer = result.map(|()| Response::State {
                    state: self.state.clone(),
                });
                let _ = reply.send(answer.map_err(IpcError::from));
            }
            None => {
                if let Err(e) = result {
                    tracing::warn!(error = %e, "{what} failed");
                }
            }
        }
    }
}

/// Forwards an IPC request into the loop and waits for its answer there.
pub struct Mailbox(pub mpsc::UnboundedSender<Input>);

impl headset_ipc::Handler for Mailbox {
    async fn handle(&self, conn: ConnId, request: Request) -> Result<Response, IpcError> {
        let (reply, answer) = oneshot::channel();
        self.0
            .send(Input::Request {
                conn,
                request,
                reply,
            })
            .map_err(|_| IpcError::from(Error::AgentUnavailable))?;
        answer
            .await
            .unwrap_or_else(|_| Err(IpcError::from(Error::AgentUnavailable)))
    }

    fn disconnected(&self, conn: ConnId) {
        let _ = self.0.send(Input::Disconnected(conn));
    }
}

/// Sends [`Input::Tick`] every [`TICK`] while the agent runs.
pub fn spawn_clock(inputs: mpsc::UnboundedSender<Input>) {
    tokio::spawn(async move {
        let mut clock = tokio::time::interval(TICK);
        loop {
            clock.tick().await;
            if inputs.send(Input::Tick).is_err() {
                break;
            }
        }
    });
}
