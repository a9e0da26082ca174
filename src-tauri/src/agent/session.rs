//! The agent's session: who is signed in where, their profile and status.
//!
//! Every change goes through here and is published as one `Event::State`; the tray and
//! the settings window only ever draw what they are sent.

use std::time::Duration;

use headset_core::api::{ApiClient, Credentials, SecondFactor, SignIn};
use headset_core::ipc::{AgentState, Connection, EditStatus, Event, NotificationFlags, Profile};
use headset_core::network::{Network, NetworkSettings};
use headset_core::paths::Paths;
use headset_core::realtime::{self, AgentEvent, RealtimeConfig, RealtimeHandle, RealtimeUpdate};
use headset_core::sync::{self, Edit, Journal, SyncHandle, SyncReport};
use headset_core::{Error, IpcError, Result};
use headset_model::model::{Availability, User};
use headset_model::settings::Tone;
use headset_model::texts::{plain, text};
use tokio::sync::{broadcast, mpsc, Mutex};

use super::alerting::Alerting;
use super::config::Config;
use super::inbox_names::InboxNames;
use super::watch::{self, Watch};
use super::{cache, keychain};
use crate::effects::{Pictures, Player};

/// Where the background parts report; the agent feeds each back into the session.
/// Each report carries the generation of the session it belongs to, so that a closing
/// connection of a replaced session (after a password change) cannot touch the new one.
pub struct Feeds {
    pub realtime: mpsc::UnboundedSender<(u64, RealtimeUpdate)>,
    pub sync: mpsc::UnboundedSender<(u64, SyncReport)>,
}

/// Forwards a per-session channel into a feed, tagged with the session's generation.
/// A snooze set or ended holds for every account at once, not at the next tick.
fn share_snooze(session: &mut SignedIn) {
    let base = session.api.base().clone();
    let now = chrono::Utc::now();
    let snoozed_until = session.alerting.snoozed_until;
    for watch in &mut session.watches {
        let dnd = watch.alerting.os_dnd;
        watch.tick(now, dnd, snoozed_until, &base);
    }
}

fn tagged<T: Send + 'static>(
    generation: u64,
    feed: &mpsc::UnboundedSender<(u64, T)>,
) -> mpsc::UnboundedSender<T> {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let feed = feed.clone();
    tokio::spawn(async move {
        while let Some(item) = rx.recv().await {
            if feed.send((generation, item)).is_err() {
                break;
            }
        }
    });
    tx
}

pub struct Session {
    paths: Paths,
    inner: Mutex<Inner>,
    snapshot: std::sync::RwLock<AgentState>,
    events: broadcast::Sender<Event>,
    feeds: Feeds,
    journal: Journal,
    generations: std::sync::atomic::AtomicU64,
    /// Shared by every session's alerts and by "Test sound"; holds the custom sound.
    player: Player,
    /// The connection settings, loaded: every API client and socket is made with them.
    network: std::sync::RwLock<Network>,
}

#[derive(Default)]
struct Inner {
    config: Config,
    signed_in: Option<SignedIn>,
    notice: Option<IpcError>,
    /// Ids of journaled edits the server has not confirmed.
    pending: std::collections::BTreeSet<i64>,
    /// A sign-in waiting for its second factor: the server and the `mfa_token`.
    mfa: Option<(String, String)>,
    /// Notification flags of queued edits, applied to the alert rules once saved.
    pending_flags: std::collections::HashMap<i64, NotificationFlags>,
}

/// Where a sign-in stands.
pub enum SignInStep {
    Done(Box<AgentState>),
    NeedsCode,
}

struct SignedIn {
    api: ApiClient,
    credentials: Credentials,
    user: User,
    /// Which session this is (reports of older ones are ignored).
    generation: u64,
    /// Dropping it closes the socket.
    realtime: Option<RealtimeHandle>,
    sync: SyncHandle,
    connection: Connection,
    /// When the realtime link last came up, and how often it had to come back.
    connected_since: Option<String>,
    reconnects: u32,
    unread: u32,
    alerting: Alerting,
    /// The account's notification flags as last read or saved.
    flags: NotificationFlags,
    /// The status the absence replaced, to restore on return.
    away_from: Option<Availability>,
    /// The screen is locked; nobody touched the computer for `away.idle_minutes`.
    locked: bool,
    idle: bool,
    /// The user's other accounts, watched for alerts.
    watches: Vec<Watch>,
}

impl Session {
    pub fn new(
        paths: Paths,
        events: broadcast::Sender<Event>,
        feeds: Feeds,
        journal: Journal,
    ) -> Self {
        let config = Config::load(&paths.config_file());
        let player = Player::default();
        player.set_volume(config.volume.unwrap_or(100));
        if config.custom_sound.is_some() {
            match std::fs::read(paths.custom_sound()) {
                Ok(bytes) => player.set_custom(Some(bytes)),
                Err(e) => {
                    tracing::warn!(error = %e, "the custom sound file is gone; using the tone")
                }
            }
        }
        let network = config.network.load().unwrap_or_else(|e| {
            tracing::warn!(error = %e, "the connection settings do not work; connecting directly");
            Network::default()
        });
        let inner = Inner {
            config,
            ..Inner::default()
        };
        let session = Session {
            network: std::sync::RwLock::new(network),
            paths,
            snapshot: std::sync::RwLock::new(AgentState::default()),
            inner: Mutex::new(inner),
            events,
            feeds,
            journal,
            generations: Default::default(),
            player,
        };
        session.publish(&session.inner.try_lock().expect("not shared yet"));
        session
    }

    pub fn state(&self) -> AgentState {
        self.snapshot.read().unwrap().clone()
    }

    /// Restores the stored session, or signs in with a token given for an unattended start.
    pub async fn start(&self, server: Option<String>, token: Option<String>) {
        let mut inner = self.inner.lock().await;
        let result = match (server, token) {
            (Some(server), Some(token)) => {
                self.establish(&mut inner, &server, Credentials::ApiToken { token }, None)
                    .await
            }
            (server, _) => {
                if let Some(server) = server {
                    inner.config.server = Some(server);
                }
                self.restore(&mut inner).await
            }
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, "could not restore the session");
            inner.notice = Some(e.into());
        }
        self.publish(&inner);
    }

    async fn restore(&self, inner: &mut Inner) -> Result<()> {
        let (Some(server), Some(user)) = (inner.config.server.clone(), inner.config.user.clone())
        else {
            return Ok(());
        };
        let stored = blocking({
            let (server, user) = (server.clone(), user.clone());
            move || keychain::load(&server, &user)
        })
        .await?;
        let Some(credentials) = stored else {
            return Ok(());
        };
        let api = self.api(&server)?;
        match api.profile(&credentials).await {
            Ok(user) => {
                cache::save(&self.paths.profile_cache(), &user);
                inner.signed_in = Some(self.connect(api, credentials, user).await);
                self.settle(inner).await;
                Ok(())
            }
            // Offline: start from the cached profile; realtime and sync keep retrying.
            Err(e @ Error::Unreachable { .. }) => match cache::load(&self.paths.profile_cache()) {
                Some(cached) => {
                    tracing::info!("server unreachable; starting from the cached profile");
                    inner.signed_in = Some(self.connect(api, credentials, cached).await);
                    self.settle(inner).await;
                    Err(e)
                }
                None => Err(e),
            },
            Err(e) => Err(self.on_error(inner, e).await),
        }
    }

    pub async fn sign_in(&self, server: &str, email: &str, password: &str) -> Result<SignInStep> {
        let mut inner = self.inner.lock().await;
        let api = self.api(server)?;
        if email.trim().is_empty() {
            return Err(Error::invalid("email", plain("error-email-empty")));
        }
        if password.is_empty() {
            return Err(Error::invalid("password", plain("error-password-empty")));
        }
        let outcome = api.sign_in(email.trim(), password).await?;
        self.finish_sign_in(&mut inner, server, outcome).await
    }

    /// The two-factor step: the code (or a backup code) for the pending sign-in.
    pub async fn sign_in_code(&self, code: &str, backup: bool) -> Result<SignInStep> {
        let mut inner = self.inner.lock().await;
        let (server, mfa_token) = inner
            .mfa
            .clone()
            .ok_or_else(|| Error::InvalidCredentials(plain("error-sign-in-expired")))?;
        if code.trim().is_empty() {
            return Err(Error::invalid("code", plain("error-code-empty")));
        }
        let factor = if backup {
            SecondFactor::Backup(code)
        } else {
            SecondFactor::Otp(code)
        };
        let api = self.api(&server)?;
        let outcome = match api.sign_in_second_step(&mfa_token, factor).await {
            // The challenge is spent or expired: start again from the password.
            Err(e @ Error::InvalidCredentials(_)) => {
                inner.mfa = None;
                return Err(e);
            }
            other => other?,
        };
        inner.mfa = None;
        self.finish_sign_in(&mut inner, &server, outcome).await
    }

    /// Sign-in with a personal access token (accounts without a password).
    pub async fn sign_in_with_token(&self, server: &str, token: &str) -> Result<AgentState> {
        let mut inner = self.inner.lock().await;
        self.api(server)?;
        if token.trim().is_empty() {
            return Err(Error::invalid("token", plain("error-token-empty")));
        }
        let credentials = Credentials::ApiToken {
            token: token.trim().to_owned(),
        };
        match self.establish(&mut inner, server, credentials, None).await {
            Err(Error::Unauthorized) => Err(Error::invalid("token", plain("error-token-refused"))),
            other => other,
        }?;
        self.publish(&inner);
        Ok(self.state())
    }

    async fn finish_sign_in(
        &self,
        inner: &mut Inner,
        server: &str,
        outcome: SignIn,
    ) -> Result<SignInStep> {
        match outcome {
            SignIn::Done { credentials, user } => {
                inner.mfa = None;
                self.establish(inner, server, credentials, Some(*user))
                    .await?;
                self.publish(inner);
                Ok(SignInStep::Done(Box::new(self.state())))
            }
            SignIn::MfaRequired { mfa_token } => {
                // Kept in memory only: it is worth a sign-in for five minutes.
                inner.mfa = Some((server.to_owned(), mfa_token));
                Ok(SignInStep::NeedsCode)
            }
        }
    }

    /// Adopts working credentials: keychain first, then the non-secret config.
    async fn establish(
        &self,
        inner: &mut Inner,
        server: &str,
        credentials: Credentials,
        user: Option<User>,
    ) -> Result<()> {
        let api = self.api(server)?;
        let user = match user {
            Some(user) => user,
            None => api.profile(&credentials).await?,
        };
        let server = api.base().to_string();
        let stored = blocking({
            let (server, email, credentials) =
                (server.clone(), user.email.clone(), credentials.clone());
            move || keychain::store(&server, &email, &credentials)
        })
        .await;
        inner.notice = match stored {
            Ok(()) => None,
            Err(e) => {
                tracing::warn!(error = %e, "credentials kept in memory only");
                let detail = text(
                    "error-keychain-memory-only",
                    &[("detail", e.to_string().into())],
                );
                Some(IpcError::from(Error::Keychain(detail)))
            }
        };
        inner.config = Config {
            server: Some(server),
            user: Some(user.email.clone()),
            // The rest (start at login, sound, volume) belongs to the machine, not the account.
            ..std::mem::take(&mut inner.config)
        };
        self.save_config(inner);
        tracing::info!(user = %user.email, server = %api.base(), "signed in");
        cache::save(&self.paths.profile_cache(), &user);
        inner.signed_in = Some(self.connect(api, credentials, user).await);
        self.settle(inner).await;
        Ok(())
    }

    /// After a session starts: the journal's waiting edits, and Headset's own sound
    /// choice seeded on first sign-in.
    async fn settle(&self, inner: &mut Inner) {
        inner.pending = self
            .journal
            .pending()
            .await
            .unwrap_or_default()
            .into_iter()
            .collect();
        let Some(session) = inner.signed_in.as_ref() else {
            return;
        };
        if let Some(edit) = seed_audio(&session.user.ui_settings) {
            match self.journal.push(&edit).await {
                Ok(id) => {
                    inner.pending.insert(id);
                    session.sync.wake();
                }
                Err(e) => tracing::warn!(error = %e, "could not seed the sound settings"),
            }
        }
    }

    /// Opens the realtime connection and reads the unread count for a new session.
    async fn connect(&self, api: ApiClient, credentials: Credentials, user: User) -> SignedIn {
        let unread = api
            .unread_notifications(&credentials, user.account_id)
            .await
            .unwrap_or_else(|e| {
                tracing::warn!(error = %e, "could not read the unread count");
                0
            });
        let (mut alerting, flags) = self.alerting_for(&api, &credentials, &user).await;
        alerting.load_log(&self.paths.decisions());
        alerting.fetch_tones(api.clone());
        let (generation, realtime) = self.listen(&api, &credentials, &user);
        let mut watches = Vec::new();
        for other in user.accounts.iter().filter(|a| a.id != user.account_id) {
            let mut as_member = user.clone();
            as_member.account_id = other.id;
            let (alerting, _) = self.alerting_for(&api, &credentials, &as_member).await;
            let (generation, realtime) = self.listen(&api, &credentials, &as_member);
            watches.push(Watch::new(generation, as_member, realtime, alerting));
        }
        let sync = sync::spawn(
            self.journal.clone(),
            api.clone(),
            credentials.clone(),
            user.account_id,
            tagged(generation, &self.feeds.sync),
        );
        SignedIn {
            generation,
            api,
            credentials,
            user,
            realtime,
            sync,
            connection: Connection::Connecting,
            connected_since: None,
            reconnects: 0,
            unread,
            alerting,
            flags,
            away_from: None,
            locked: false,
            idle: false,
            watches,
        }
    }

    /// The alert rules of `user`'s account (`user.account_id`), with its push flags.
    async fn alerting_for(
        &self,
        api: &ApiClient,
        credentials: &Credentials,
        user: &User,
    ) -> (Alerting, NotificationFlags) {
        let mut alerting = Alerting::new(self.player.clone());
        alerting.pictures = Some(Pictures::new(self.paths.pictures(), api.clone()));
        alerting.inboxes = Some(InboxNames::new(
            api.clone(),
            credentials.clone(),
            user.account_id,
        ));
        let flags = api
            .notification_flags(credentials, user.account_id)
            .await
            .unwrap_or_else(|e| {
                tracing::warn!(error = %e, "could not read the notification flags");
                NotificationFlags::chatwoot_default()
            });
        alerting.push_flags = flags.push.clone();
        (alerting, flags)
    }

    /// A realtime connection to `user.account_id`, reporting under a new generation.
    fn listen(
        &self,
        api: &ApiClient,
        credentials: &Credentials,
        user: &User,
    ) -> (u64, Option<RealtimeHandle>) {
        let generation = self
            .generations
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let realtime = user.pubsub_token.clone().map(|pubsub_token| {
            realtime::spawn(
                RealtimeConfig {
                    base: api.base().clone(),
                    credentials: credentials.clone(),
                    pubsub_token,
                    account_id: user.account_id,
                    user_id: user.id,
                    backoff: Default::default(),
                    network: self.network.read().unwrap().clone(),
                },
                tagged(generation, &self.feeds.realtime),
            )
        });
        (generation, realtime)
    }

    /// Validates and journals an edit; the sync sends it when it can.
    pub async fn edit(&self, edit: Edit) -> Result<i64> {
        let mut inner = self.inner.lock().await;
        let session = inner.signed_in.as_ref().ok_or(Error::NotSignedIn)?;
        edit.validate()?;
        let id = self.journal.push(&edit).await?;
        session.sync.wake();
        inner.pending.insert(id);
        if let Edit::NotificationFlags { email, push } = &edit {
            let flags = NotificationFlags {
                email: email.clone(),
                push: push.clone(),
            };
            inner.pending_flags.insert(id, flags);
        }
        self.publish(&inner);
        Ok(id)
    }

    /// The sync's news: each edit's fate, and the document the server answered with.
    pub async fn on_sync(&self, generation: u64, report: SyncReport) {
        let mut inner = self.inner.lock().await;
        if inner.signed_in.as_ref().map(|s| s.generation) != Some(generation) {
            return;
        }
        let (id, status) = match report {
            SyncReport::Saved { id, user } => {
                let flags = inner.pending_flags.remove(&id);
                if let Some(session) = inner.signed_in.as_mut() {
                    if let Some(user) = user {
                        cache::save(&self.paths.profile_cache(), &user);
                        session.user = *user;
                    }
                    if let Some(flags) = flags {
                        session.alerting.push_flags = flags.push.clone();
                        session.flags = flags;
                    }
                }
                inner.pending.remove(&id);
                (id, EditStatus::Saved)
            }
            SyncReport::Pending {
                id,
                reason,
                retry_in,
            } => (
                id,
                EditStatus::Pending {
                    reason,
                    retry_in_seconds: retry_in.as_secs().try_into().unwrap_or(u32::MAX),
                },
            ),
            SyncReport::Refused { id, error } => {
                inner.pending.remove(&id);
                (id, EditStatus::Refused { error })
            }
            SyncReport::Unauthorized => {
                self.forget(&mut inner).await;
                inner.notice = Some(IpcError::from(Error::Unauthorized));
                self.publish(&inner);
                return;
            }
        };
        let _ = self.events.send(Event::Edit { id, status });
        self.publish(&inner);
    }

    /// Starts (or with `None`, ends) a snooze; the end shows a summary of what was missed.
    pub async fn snooze(&self, minutes: Option<u32>) -> Result<AgentState> {
        let mut inner = self.inner.lock().await;
        let session = inner.signed_in.as_mut().ok_or(Error::NotSignedIn)?;
        match minutes {
            Some(m) if m > 0 && m <= 24 * 60 => {
                session.alerting.snoozed_until =
                    Some(chrono::Utc::now() + chrono::Duration::minutes(m.into()));
            }
            Some(_) => return Err(Error::invalid("minutes", plain("error-snooze-minutes"))),
            None => {
                let base = session.api.base().clone();
                session
                    .alerting
                    .wake(chrono::Utc::now(), true, &base, &session.user);
            }
        }
        share_snooze(session);
        self.publish(&inner);
        Ok(self.state())
    }

    /// Snoozes until the agent's hours next begin.
    pub async fn snooze_until_hours(&self) -> Result<AgentState> {
        let mut inner = self.inner.lock().await;
        let session = inner.signed_in.as_mut().ok_or(Error::NotSignedIn)?;
        let settings = Profile::from_user(&session.user).headset;
        let tz = settings
            .timezone
            .as_deref()
            .and_then(|t| t.parse().ok())
            .unwrap_or(chrono_tz::UTC);
        let next = settings
            .availability
            .filter(|s| s.enabled)
            .and_then(|s| headset_model::schedule::next_start(&s, tz, chrono::Utc::now()))
            .ok_or_else(|| Error::invalid("availability", plain("error-snooze-no-hours")))?;
        session.alerting.snoozed_until = Some(next);
        share_snooze(session);
        self.publish(&inner);
        Ok(self.state())
    }

    /// The agent's clock: ends snoozes on time, follows the OS's do-not-disturb, and
    /// rings the unread reminder.
    pub async fn tick(&self) {
        let dnd = tokio::task::spawn_blocking(crate::effects::os_dnd)
            .await
            .unwrap_or(None);
        let mut inner = self.inner.lock().await;
        let Some(session) = inner.signed_in.as_mut() else {
            return;
        };
        if session.alerting.os_dnd != dnd {
            tracing::info!(dnd = ?dnd, "OS do-not-disturb changed");
        }
        session.alerting.os_dnd = dnd;
        session.alerting.save_log(&self.paths.decisions());
        session.alerting.remind(&session.user);
        if let Some(wanted) = session.alerting.auto_status(&session.user) {
            let current = session.user.active_account().map(|a| a.availability);
            if current != Some(wanted) {
                tracing::info!(
                    status = wanted.as_str(),
                    "availability hours changed the status"
                );
                match session
                    .api
                    .set_availability(&session.credentials, session.user.account_id, wanted)
                    .await
                {
                    Ok(user) => {
                        cache::save(&self.paths.profile_cache(), &user);
                        session.user = user;
                        self.publish(&inner);
                        return;
                    }
                    Err(e) => tracing::warn!(error = %e, "could not set the status for the hours"),
                }
            }
        }
        let base = session.api.base().clone();
        let now = chrono::Utc::now();
        session.alerting.flush_digest(now, &base, &session.user);
        let woke = session.alerting.wake(now, false, &base, &session.user);
        let snoozed_until = session.alerting.snoozed_until;
        for watch in &mut session.watches {
            watch.tick(now, dnd, snoozed_until, &base);
        }
        if woke {
            self.publish(&inner);
        }
    }

    /// The realtime link's history and the do-not-disturb state, for `headset diagnose`.
    pub async fn link_history(&self) -> (u32, Option<String>, Option<&'static str>) {
        let inner = self.inner.lock().await;
        inner
            .signed_in
            .as_ref()
            .map(|s| (s.reconnects, s.connected_since.clone(), s.alerting.os_dnd))
            .unwrap_or_default()
    }

    /// The decisions of every account, newest first.
    pub async fn decisions(&self) -> Vec<headset_core::alerts::DecisionRecord> {
        let inner = self.inner.lock().await;
        let Some(session) = inner.signed_in.as_ref() else {
            return vec![];
        };
        let mut all = session.alerting.decisions();
        if !session.watches.is_empty() {
            all.extend(session.watches.iter().flat_map(|w| w.alerting.decisions()));
            // RFC 3339 times in UTC sort as text.
            all.sort_by(|a, b| b.at.cmp(&a.at));
        }
        all
    }

    /// What the realtime connection reports changes the state the tray and window show.
    pub async fn on_realtime(&self, generation: u64, update: RealtimeUpdate) {
        let mut inner = self.inner.lock().await;
        let Some(session) = inner.signed_in.as_mut() else {
            return;
        };
        if session.generation != generation {
            let (api, credentials) = (&session.api, &session.credentials);
            let Some(watch) = session
                .watches
                .iter_mut()
                .find(|w| w.generation == generation)
            else {
                return;
            };
            if let watch::Outcome::Unauthorized = watch.on_realtime(update, api, credentials).await
            {
                self.forget(&mut inner).await;
                inner.notice = Some(IpcError::from(Error::Unauthorized));
                self.publish(&inner);
            }
            return;
        }
        match update {
            RealtimeUpdate::Connected => {
                session.connection = Connection::Connected;
                let reconnected = session.connected_since.is_some();
                session.connected_since = Some(chrono::Utc::now().to_rfc3339());
                // What the socket missed while it was down is in the notifications API.
                let mark = session.alerting.notification_mark();
                match session
                    .api
                    .notifications_since(&session.credentials, session.user.account_id, mark)
                    .await
                {
                    Ok(newest) => {
                        let base = session.api.base().clone();
                        session
                            .alerting
                            .catch_up(newest, reconnected, &session.user, &base);
                    }
                    Err(e) => tracing::warn!(error = %e, "could not catch up on notifications"),
                }
                match session
                    .api
                    .my_open_conversations(&session.credentials, session.user.account_id)
                    .await
                {
                    Ok(mine) => session.alerting.set_mine(mine),
                    Err(e) => {
                        tracing::warn!(error = %e, "could not read the assigned conversations")
                    }
                }
            }
            RealtimeUpdate::Disconnected { reason, retry_in } => {
                session.reconnects += 1;
                session.connection = Connection::Reconnecting {
                    reason,
                    retry_in_seconds: retry_in.as_secs().try_into().unwrap_or(u32::MAX),
                }
            }
            RealtimeUpdate::Event(event) => {
                let base = session.api.base().clone();
                let waiting = session.alerting.waiting();
                session.alerting.handle(&event, &session.user, &base);
                match *event {
                    AgentEvent::NotificationCreated(n) | AgentEvent::NotificationDeleted(n) => {
                        session.unread = n.unread_count.max(0).try_into().unwrap_or(u32::MAX)
                    }
                    _ if session.alerting.waiting() != waiting => {}
                    _ => return,
                }
            }
            RealtimeUpdate::Unauthorized => {
                self.forget(&mut inner).await;
                inner.notice = Some(IpcError::from(Error::Unauthorized));
            }
        }
        self.publish(&inner);
    }

    pub async fn sign_out(&self) -> Result<AgentState> {
        let mut inner = self.inner.lock().await;
        if let Some(s) = &inner.signed_in {
            // The local sign-out happens even if the server cannot be told.
            if let Err(e) = s.api.sign_out(&s.credentials).await {
                tracing::warn!(error = %e, "server sign-out failed");
            }
        }
        self.forget(&mut inner).await;
        inner.notice = None;
        self.publish(&inner);
        Ok(self.state())
    }

    /// Changes the password. The other devices are signed out by the server; this one
    /// keeps going with the new session headers and the new realtime token.
    pub async fn change_password(
        &self,
        current: &str,
        new: &str,
        confirmation: &str,
    ) -> Result<AgentState> {
        let mut inner = self.inner.lock().await;
        let s = inner.signed_in.as_ref().ok_or(Error::NotSignedIn)?;
        let (api, old) = (s.api.clone(), s.credentials.clone());
        let (user, rotated) = match api.change_password(&old, current, new, confirmation).await {
            Ok(done) => done,
            Err(e) => return Err(self.on_error(&mut inner, e).await),
        };
        self.adopt(&mut inner, api, rotated.unwrap_or(old), user)
            .await;
        Ok(self.state())
    }

    /// Takes new credentials for the same account (a rotated session, a new API token):
    /// stored in the keychain, and a fresh socket (the pubsub token may have rotated) and
    /// sync with them.
    async fn adopt(&self, inner: &mut Inner, api: ApiClient, credentials: Credentials, user: User) {
        let (server, email) = (api.base().to_string(), user.email.clone());
        let stored = blocking({
            let credentials = credentials.clone();
            move || keychain::store(&server, &email, &credentials)
        })
        .await;
        if let Err(e) = stored {
            tracing::warn!(error = %e, "the new credentials are kept in memory only");
        }
        cache::save(&self.paths.profile_cache(), &user);
        inner.signed_in = Some(self.connect(api, credentials, user).await);
        self.publish(inner);
    }

    /// The signed-in account's client, credentials and user document, for a request made
    /// without holding the session (the security section's calls).
    pub async fn account(&self) -> Result<(ApiClient, Credentials, User)> {
        let inner = self.inner.lock().await;
        let s = inner.signed_in.as_ref().ok_or(Error::NotSignedIn)?;
        Ok((s.api.clone(), s.credentials.clone(), s.user.clone()))
    }

    /// A failed account request: a 401 signs out here as anywhere else.
    pub async fn failed(&self, e: Error) -> Error {
        let mut inner = self.inner.lock().await;
        let e = self.on_error(&mut inner, e).await;
        self.publish(&inner);
        e
    }

    /// Takes the user document the server answered a change with.
    pub async fn take_user(&self, user: User) -> AgentState {
        let mut inner = self.inner.lock().await;
        if let Some(s) = inner.signed_in.as_mut() {
            cache::save(&self.paths.profile_cache(), &user);
            s.user = user;
        }
        self.publish(&inner);
        self.state()
    }

    /// A new API token once the password is confirmed. If the agent signs in with the
    /// token it switches to the new one; the session is held throughout, so the old
    /// socket's 401 (the server closes it at once) reaches a session already replaced.
    pub async fn reset_api_token(&self, password: &str) -> Result<String> {
        let mut inner = self.inner.lock().await;
        let s = inner.signed_in.as_ref().ok_or(Error::NotSignedIn)?;
        let (api, old, email) = (s.api.clone(), s.credentials.clone(), s.user.email.clone());
        let reset = async {
            api.check_password(&email, password).await?;
            api.reset_access_token(&old).await
        };
        let user = match reset.await {
            Ok(user) => user,
            Err(e) => return Err(self.on_error(&mut inner, e).await),
        };
        let token = user
            .access_token
            .clone()
            .ok_or_else(|| Error::Protocol("the server did not send the API token".into()))?;
        if matches!(old, Credentials::ApiToken { .. }) {
            let credentials = Credentials::ApiToken {
                token: token.clone(),
            };
            self.adopt(&mut inner, api, credentials, user).await;
        } else if let Some(s) = inner.signed_in.as_mut() {
            cache::save(&self.paths.profile_cache(), &user);
            s.user = user;
            self.publish(&inner);
        }
        Ok(token)
    }

    /// Plays a tone (the server's version once fetched), or the custom sound for `None`,
    /// whatever the alert rules say.
    pub fn test_sound(&self, tone: Option<Tone>, volume: u8) -> Result<()> {
        if tone.is_none() && !self.player.has_custom() {
            return Err(Error::invalid("sound", plain("error-sound-none")));
        }
        self.player.play(tone, volume);
        Ok(())
    }

    /// Alerts on this computer play the file `(name, base64 bytes)` instead of the tone,
    /// or the tone again for `None`. Kept in the data dir, not synced: the file belongs
    /// to this computer.
    pub async fn set_custom_sound(&self, file: Option<(&str, &str)>) -> Result<AgentState> {
        use base64::Engine;
        let mut inner = self.inner.lock().await;
        let path = self.paths.custom_sound();
        let bytes = match file {
            Some((name, data)) => {
                let name = name.rsplit(['/', '\\']).next().unwrap_or_default().trim();
                if name.is_empty() || name.chars().count() > 100 {
                    return Err(Error::invalid("sound", plain("error-sound-name")));
                }
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(data)
                    .map_err(|_| Error::invalid("sound", plain("error-sound-damaged")))?;
                crate::effects::check_sound(&bytes)
                    .map_err(|id| Error::invalid("sound", plain(id)))?;
                headset_core::paths::write_atomically(&path, &bytes)?;
                inner.config.custom_sound = Some(name.to_owned());
                Some(bytes)
            }
            None => {
                match std::fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                    _ => {}
                }
                inner.config.custom_sound = None;
                None
            }
        };
        self.player.set_custom(bytes);
        self.save_config(&inner);
        self.publish(&inner);
        Ok(self.state())
    }

    /// A client for `server`, reached as this computer's connection settings say.
    fn api(&self, server: &str) -> Result<ApiClient> {
        ApiClient::with_network(server, &self.network.read().unwrap())
    }

    /// The extra CA file and the proxy. Checked first (errors name the field); a signed-in
    /// session reconnects through them at once.
    pub async fn set_network(&self, settings: NetworkSettings) -> Result<AgentState> {
        let settings = settings.normalized();
        let network = settings.load()?;
        let mut inner = self.inner.lock().await;
        inner.config.network = settings;
        *self.network.write().unwrap() = network;
        self.save_config(&inner);
        if let Some(s) = inner.signed_in.as_ref() {
            let api = self.api(s.api.base().as_str())?;
            let (credentials, user) = (s.credentials.clone(), s.user.clone());
            self.reopen(&mut inner, api, credentials, user).await;
        }
        self.publish(&inner);
        Ok(self.state())
    }

    /// Replaces the signed-in session with a fresh one for `user`: new sockets, alert
    /// rules and sync, the decision log kept.
    async fn reopen(
        &self,
        inner: &mut Inner,
        api: ApiClient,
        credentials: Credentials,
        user: User,
    ) {
        if let Some(mut old) = inner.signed_in.take() {
            old.alerting.save_log(&self.paths.decisions());
        }
        inner.signed_in = Some(self.connect(api, credentials, user).await);
        self.settle(inner).await;
    }

    /// Makes another of the user's accounts the active one, on the server too (the web
    /// dashboard opens in it next time), and reconnects the session to it: the status,
    /// the counts and the settings the window edits are that account's (alerts come from
    /// every account either way).
    pub async fn set_active_account(&self, account_id: i64) -> Result<AgentState> {
        let mut inner = self.inner.lock().await;
        let s = inner.signed_in.as_ref().ok_or(Error::NotSignedIn)?;
        if s.user.account_id == account_id {
            return Ok(self.state());
        }
        if !s.user.accounts.iter().any(|a| a.id == account_id) {
            return Err(Error::invalid("account_id", plain("error-not-a-member")));
        }
        let (api, credentials) = (s.api.clone(), s.credentials.clone());
        let switched = match api.set_active_account(&credentials, account_id).await {
            Ok(()) => api.profile(&credentials).await,
            Err(e) => Err(e),
        };
        let user = match switched {
            Ok(user) => user,
            Err(e) => return Err(self.on_error(&mut inner, e).await),
        };
        cache::save(&self.paths.profile_cache(), &user);
        self.reopen(&mut inner, api, credentials, user).await;
        self.publish(&inner);
        Ok(self.state())
    }

    /// Alerts' loudness on this computer.
    pub async fn set_volume(&self, volume: u8) -> Result<AgentState> {
        if volume > 100 {
            return Err(Error::invalid("volume", plain("error-volume")));
        }
        let mut inner = self.inner.lock().await;
        inner.config.volume = Some(volume);
        self.player.set_volume(volume);
        self.save_config(&inner);
        self.publish(&inner);
        Ok(self.state())
    }

    /// "Forgot password?": the server emails a link; it never says whether the address
    /// has an account, and neither does this.
    pub async fn request_password_reset(&self, server: &str, email: &str) -> Result<()> {
        let email = email.trim();
        if !email.contains('@') {
            return Err(Error::invalid("email", plain("error-email-empty")));
        }
        self.api(server)?.request_password_reset(email).await
    }

    /// Keeps the answer to "start at login?" (what the system now does).
    pub async fn launch_at_login(&self, enabled: bool) -> AgentState {
        let mut inner = self.inner.lock().await;
        inner.config.launch_at_login = Some(enabled);
        self.save_config(&inner);
        self.publish(&inner);
        self.state()
    }

    /// The screen locked or unlocked, or the idle time changed. The agent is away while
    /// the screen is locked (with `away.on_lock`) or idle past `away.idle_minutes`: the
    /// status becomes the chosen away status, and on return the one it replaced (unless
    /// the agent changed it meanwhile). An agent already busy or offline is left alone.
    pub async fn away_signal(&self, locked: Option<bool>, idle: Option<Duration>) {
        let target = {
            let mut inner = self.inner.lock().await;
            let Some(s) = inner.signed_in.as_mut() else {
                return;
            };
            let profile = Profile::from_user(&s.user);
            let prefs = profile.headset.away.unwrap_or_default();
            if let Some(locked) = locked {
                s.locked = locked;
            }
            if let Some(idle) = idle {
                s.idle = prefs
                    .idle_minutes
                    .is_some_and(|m| idle >= Duration::from_secs(u64::from(m) * 60));
            }
            let away = (s.locked && prefs.on_lock) || s.idle;
            let current = profile.availability;
            match (away, s.away_from) {
                (true, None) if current == Availability::Online => {
                    s.away_from = Some(current);
                    prefs.status
                }
                (false, Some(previous)) => {
                    s.away_from = None;
                    if current != prefs.status {
                        return;
                    }
                    previous
                }
                _ => return,
            }
        };
        tracing::info!(status = target.as_str(), "away handling");
        if let Err(e) = self.set_availability(target).await {
            tracing::warn!(error = %e, "could not change the status for the agent's absence");
        }
    }

    /// The network came back or the machine woke: reconnect and resend at once.
    pub async fn reconnect_now(&self) {
        let inner = self.inner.lock().await;
        if let Some(s) = inner.signed_in.as_ref() {
            tracing::info!("reconnecting at once");
            let watched = s.watches.iter().filter_map(|w| w.realtime.as_ref());
            for realtime in s.realtime.iter().chain(watched) {
                realtime.reconnect_now();
            }
            s.sync.wake();
        }
    }

    /// Asks the server for a new status; the state changes only with its answer.
    pub async fn set_availability(&self, availability: Availability) -> Result<AgentState> {
        let mut inner = self.inner.lock().await;
        let s = inner.signed_in.as_ref().ok_or(Error::NotSignedIn)?;
        match s
            .api
            .set_availability(&s.credentials, s.user.account_id, availability)
            .await
        {
            Ok(user) => {
                cache::save(&self.paths.profile_cache(), &user);
                if let Some(s) = inner.signed_in.as_mut() {
                    s.user = user;
                }
                inner.notice = None;
                self.publish(&inner);
                Ok(self.state())
            }
            Err(e) => {
                let e = self.on_error(&mut inner, e).await;
                self.publish(&inner);
                Err(e)
            }
        }
    }

    /// A 401 means the session is over: forget it and ask for sign-in.
    async fn on_error(&self, inner: &mut Inner, e: Error) -> Error {
        if matches!(e, Error::Unauthorized) {
            self.forget(inner).await;
            inner.notice = Some(IpcError::from(&e));
        }
        e
    }

    async fn forget(&self, inner: &mut Inner) {
        if let (Some(server), Some(user)) = (inner.config.server.clone(), inner.config.user.take())
        {
            if let Err(e) = blocking(move || keychain::delete(&server, &user)).await {
                tracing::warn!(error = %e, "could not remove the stored credentials");
            }
        }
        inner.signed_in = None;
        // Edits and the cached profile belonged to that session's user.
        if let Err(e) = self.journal.clear().await {
            tracing::warn!(error = %e, "could not clear the edit journal");
        }
        inner.pending.clear();
        cache::remove(&self.paths.profile_cache());
        // The decisions and the customers' pictures were about that user's conversations.
        cache::remove(&self.paths.decisions());
        if let Err(e) = std::fs::remove_dir_all(self.paths.pictures()) {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(error = %e, "could not remove the cached pictures");
            }
        }
        self.save_config(inner);
    }

    fn save_config(&self, inner: &Inner) {
        if let Err(e) = inner.config.save(&self.paths.config_file()) {
            tracing::warn!(error = %e, "could not save the configuration");
        }
    }

    fn publish(&self, inner: &Inner) {
        let session = inner.signed_in.as_ref();
        let state = AgentState {
            server: inner.config.server.clone(),
            profile: session.map(|s| Profile::from_user(&s.user)),
            notice: inner.notice.clone(),
            connection: session.map(|s| s.connection.clone()).unwrap_or_default(),
            unread: session.map(|s| s.unread).unwrap_or_default(),
            waiting: session.map(|s| s.alerting.waiting()).unwrap_or_default(),
            pending_edits: inner.pending.len().try_into().unwrap_or(u32::MAX),
            snoozed_until: session
                .and_then(|s| s.alerting.snoozed_until)
                .map(|t| t.to_rfc3339()),
            notification_flags: session.map(|s| s.flags.clone()).unwrap_or_default(),
            launch_at_login: inner.config.launch_at_login,
            custom_sound: inner.config.custom_sound.clone(),
            volume: inner.config.volume.unwrap_or(100),
            network: inner.config.network.clone(),
        };
        *self.snapshot.write().unwrap() = state.clone();
        let _ = self.events.send(Event::State { state });
    }
}

/// Keychain calls block on D-Bus (and may wait for an unlock prompt).
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::Keychain(e.to_string()))?
}

/// On first sign-in `headset.audio` is seeded from the dashboard's own sound keys, or,
/// when those are absent (Chatwoot's silent default), set to alert for conversations
/// assigned to the agent. `None` once Headset has its own choice.
fn seed_audio(ui: &serde_json::Map<String, serde_json::Value>) -> Option<Edit> {
    if ui.get("headset").and_then(|h| h.get("audio")).is_some() {
        return None;
    }
    let string = |key: &str| ui.get(key).and_then(|v| v.as_str());
    let alerts = string("enable_audio_alerts").unwrap_or("assigned");
    let audio = serde_json::json!({
        "alerts": if headset_model::settings::parse_alerts(alerts).is_some() { alerts } else { "assigned" },
        "tone": string("notification_tone").filter(|t| headset_model::settings::Tone::ALL.iter().any(|k| k.as_str() == *t)).unwrap_or("ding"),
        "repeat_while_unread": ui.get("alert_if_unread_assigned_conversation_exist").and_then(|v| v.as_bool()).unwrap_or(false),
    });
    let mut changes = serde_json::Map::new();
    changes.insert("audio".into(), audio);
    Some(Edit::Headset { changes })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn seeded(ui: serde_json::Value) -> Option<serde_json::Value> {
        match seed_audio(ui.as_object().unwrap())? {
            Edit::Headset { changes } => changes.get("audio").cloned(),
            _ => None,
        }
    }

    #[test]
    fn first_sign_in_seeds_the_sound_choice() {
        assert_eq!(
            seeded(json!({})),
            Some(json!({"alerts": "assigned", "tone": "ding", "repeat_while_unread": false}))
        );
        assert_eq!(
            seeded(
                json!({"enable_audio_alerts": "mine", "notification_tone": "bell",
                          "alert_if_unread_assigned_conversation_exist": true})
            ),
            Some(json!({"alerts": "mine", "tone": "bell", "repeat_while_unread": true}))
        );
        assert_eq!(
            seeded(json!({"enable_audio_alerts": "none"})).unwrap()["alerts"],
            "none",
            "an explicit choice of silence is kept"
        );
        assert_eq!(
            seeded(json!({"headset": {"audio": {"alerts": "all", "tone": "ping"}}})),
            None
        );
    }
}
