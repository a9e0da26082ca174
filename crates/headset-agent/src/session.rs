//! A signed-in session: the user, their accounts' sockets and alert desks, the edit sync,
//! and what the clock and the desktop's signals do to them.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use chrono::{DateTime, Utc};
use headset_core::api::{ApiClient, Credentials};
use headset_core::realtime::{self, RealtimeConfig, RealtimeHandle, RealtimeUpdate, ServerEvent};
use headset_core::sync::{self, SyncHandle, SyncReport};
use headset_ipc::{
    Connection, DecisionRecord, EditStatus, Error, Event, NotificationFlags, Profile, Result,
};
use headset_model::model::{Availability, User};
use headset_model::settings::{HeadsetSettings, Tone};
use tokio::sync::mpsc;

use crate::agent::{Agent, Input};
use crate::desk::{settings_of, Desk, Effect};
use crate::desktop::{DesktopSignal, SecretKey};
use crate::pictures::Pictures;
use crate::retry::{until_done, Task};
use crate::{cache, seed};

/// An inbox name unknown to a link is looked up again at most this often.
const INBOX_REREAD: chrono::Duration = chrono::Duration::seconds(30);

pub struct Session {
    /// Which session this is: reports of older ones are ignored.
    pub generation: u64,
    pub api: ApiClient,
    pub credentials: Credentials,
    pub user: User,
    pub sync: SyncHandle,
    pub connection: Connection,
    /// When the active account's socket last came up, and how often it had to come back.
    pub connected_since: Option<String>,
    pub reconnects: u32,
    pub unread: u32,
    /// The active account's notification flags as last read or saved.
    pub flags: NotificationFlags,
    /// The status the absence replaced, to restore on return.
    pub away_from: Option<Availability>,
    /// The screen is locked; nobody touched the computer for `away.idle_minutes`.
    pub locked: bool,
    pub idle: bool,
    /// Calls that replace the credentials are under way: the old socket's and the old
    /// sync's 401 is expected then, and does not end the session.
    pub rotating: u32,
    /// One per account of the user; the first is the active account's.
    pub links: Vec<Link>,
    pub pictures: Pictures,
    /// The unread count is being read (a task retries until it has it).
    unread_read: Option<Task>,
}

/// One account's socket and alert desk. Alerts come from every account; the window and
/// the tray work on the active one.
pub struct Link {
    pub id: u64,
    /// The user as this account sees them (`account_id` is this account).
    pub user: User,
    /// Dropping it closes the socket.
    realtime: Option<RealtimeHandle>,
    pub desk: Desk,
    /// How many times the socket came up: a connect after the first is a reconnect.
    connects: u64,
    /// A catch-up succeeded once: later ones alert what the socket missed.
    caught_up: bool,
    /// The socket is up and this connection's catch-up succeeded: every notification
    /// is seen as it comes.
    in_sync: bool,
    /// Every notification up to this id was seen (when the socket last went down in
    /// sync): the next catch-up reads what came after it. A catch-up that never
    /// finished does not move it, so what an outage missed is read again after the next.
    complete: Option<i64>,
    /// The catch-up under way (dropped: stopped).
    catch_up: Option<Task>,
    flags_read: Option<Task>,
    /// Inbox (channel) names for the pop-ups' titles.
    inboxes: HashMap<i64, String>,
    /// When a name missing from them last caused a re-read (the inbox may be new).
    inboxes_reread_at: Option<DateTime<Utc>>,
}

/// What an account's link hands to its successor when the same user reconnects.
struct Carried {
    desk: Desk,
    caught_up: bool,
    complete: Option<i64>,
}

impl From<Link> for Carried {
    fn from(l: Link) -> Carried {
        Carried {
            // In sync until now: everything up to the newest seen is complete.
            complete: if l.in_sync {
                l.desk.notification_mark()
            } else {
                l.complete
            },
            caught_up: l.caught_up,
            desk: l.desk,
        }
    }
}

impl Session {
    pub fn main(&self) -> &Link {
        &self.links[0]
    }

    /// A new user document: every account's desk follows its settings.
    pub fn set_user(&mut self, user: User) {
        for l in &mut self.links {
            l.user = User {
                account_id: l.user.account_id,
                ..user.clone()
            };
        }
        self.user = user;
    }

    fn link(&mut self, id: u64) -> Option<&mut Link> {
        self.links.iter_mut().find(|l| l.id == id)
    }
}

/// Forwards what a background part reports into the agent's inputs.
fn feed<T: Send + 'static>(
    inputs: &mpsc::UnboundedSender<Input>,
    wrap: impl Fn(T) -> Input + Send + 'static,
) -> mpsc::UnboundedSender<T> {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let inputs = inputs.clone();
    tokio::spawn(async move {
        while let Some(item) = rx.recv().await {
            if inputs.send(wrap(item)).is_err() {
                break;
            }
        }
    });
    tx
}

impl Agent {
    /// Opens sockets for every account of `user`, the sync, and the reads that fill the
    /// counts in; the state shows the session at once.
    pub(crate) fn connect(&mut self, api: ApiClient, credentials: Credentials, user: User) {
        // The same user again (another active account, new connection settings, new
        // credentials): each account's desk goes on, with its snooze, what it holds back,
        // what it has seen and where its catch-up stands. Another user starts anew from
        // the log a previous run kept.
        let mut kept: HashMap<i64, Carried> = HashMap::new();
        let mut rotating = 0;
        let mut log = VecDeque::new();
        match self.session.take() {
            Some(mut old) => {
                if let Some(log) = old.links[0].desk.log_to_keep() {
                    save_log(&self.paths.decisions(), log);
                }
                if old.user.id == user.id && old.api.base() == api.base() {
                    rotating = old.rotating;
                    kept = old
                        .links
                        .into_iter()
                        .map(|l| (l.user.account_id, Carried::from(l)))
                        .collect();
                } else {
                    log = old.links[0].desk.log().cloned().collect();
                }
            }
            None => log = load_log(&self.paths.decisions()),
        }
        let generation = self.next_id();
        let mut accounts: Vec<i64> = vec![user.account_id];
        accounts.extend(
            user.accounts
                .iter()
                .map(|a| a.id)
                .filter(|id| *id != user.account_id),
        );
        let mut links = Vec::new();
        for account_id in accounts {
            let mut member = user.clone();
            member.account_id = account_id;
            let id = self.next_id();
            let realtime = member.pubsub_token.clone().map(|pubsub_token| {
                realtime::spawn(
                    RealtimeConfig {
                        base: api.base().clone(),
                        credentials: credentials.clone(),
                        pubsub_token,
                        account_id,
                        user_id: member.id,
                        backoff: Default::default(),
                        network: self.network.clone(),
                    },
                    feed(&self.inputs, move |update| Input::Realtime {
                        link: id,
                        update,
                    }),
                )
            });
            let carried = kept.remove(&account_id).unwrap_or_else(|| {
                let mut desk = Desk::new(NotificationFlags::chatwoot_default().push);
                desk.restore_log(std::mem::take(&mut log));
                Carried {
                    desk,
                    caught_up: false,
                    complete: None,
                }
            });
            links.push(Link {
                id,
                user: member,
                realtime,
                desk: carried.desk,
                connects: 0,
                caught_up: carried.caught_up,
                in_sync: false,
                complete: carried.complete,
                catch_up: None,
                flags_read: None,
                inboxes: HashMap::new(),
                inboxes_reread_at: None,
            });
        }
        let sync = sync::spawn(
            self.journal.clone(),
            api.clone(),
            credentials.clone(),
            user.account_id,
            feed(&self.inputs, move |report| Input::Sync {
                generation,
                report,
            }),
        );
        let pictures = Pictures::new(self.paths.pictures(), api.clone());
        self.session = Some(Session {
            generation,
            api: api.clone(),
            credentials,
            user,
            sync,
            connection: Connection::Connecting,
            connected_since: None,
            reconnects: 0,
            unread: 0,
            flags: NotificationFlags::chatwoot_default(),
            away_from: None,
            locked: false,
            idle: false,
            rotating,
            links,
            pictures,
            unread_read: None,
        });
        self.read_unread();
        let ids: Vec<u64> = self.links().map(|l| l.id).collect();
        for id in ids {
            self.read_flags(id);
            self.read_inboxes(id);
        }
        self.fetch_tones(api);
        if let Some(s) = &self.session {
            self.seed = seed::audio(&s.user.ui_settings);
        }
        self.publish();
    }

    fn links(&self) -> impl Iterator<Item = &Link> {
        self.session.iter().flat_map(|s| s.links.iter())
    }

    /// The server's tones, played from now on; Headset's own until then.
    fn fetch_tones(&self, api: ApiClient) {
        let desktop = self.desktop.clone();
        tokio::spawn(async move {
            for tone in Tone::ALL {
                match api.tone(tone).await {
                    Ok(bytes) => desktop.adopt_tone(tone, bytes),
                    Err(e) => {
                        tracing::info!(tone = tone.as_str(), error = %e, "no tone from the server")
                    }
                }
            }
        });
    }

    /// The unread notification count, read until the server answers.
    fn read_unread(&mut self) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let (api, credentials, account) = (s.api.clone(), s.credentials.clone(), s.user.account_id);
        let generation = s.generation;
        let task = self.keep_trying(
            generation,
            "the unread count",
            move || {
                let (api, credentials) = (api.clone(), credentials.clone());
                async move { api.unread_notifications(&credentials, account).await }
            },
            move |agent, unread| {
                if let Some(s) = agent
                    .session
                    .as_mut()
                    .filter(|s| s.generation == generation)
                {
                    s.unread = unread;
                    agent.publish();
                }
            },
        );
        if let Some(s) = self.session.as_mut() {
            s.unread_read = Some(task);
        }
    }

    /// A link's push flags (the active account's are also the window's flags).
    fn read_flags(&mut self, link: u64) {
        let Some(s) = self.session.as_ref() else {
            return;
        };
        let Some(l) = s.links.iter().find(|l| l.id == link) else {
            return;
        };
        let (api, credentials, account) = (s.api.clone(), s.credentials.clone(), l.user.account_id);
        let generation = s.generation;
        let task = self.keep_trying(
            generation,
            "the notification flags",
            move || {
                let (api, credentials) = (api.clone(), credentials.clone());
                async move { api.notification_flags(&credentials, account).await }
            },
            move |agent, flags: NotificationFlags| {
                let Some(s) = agent.session.as_mut() else {
                    return;
                };
                let main = s.main().id == link;
                let Some(l) = s.link(link) else {
                    return;
                };
                l.desk.push_flags = flags.push.clone();
                if main {
                    s.flags = flags;
                    agent.publish();
                }
            },
        );
        if let Some(l) = self.session.as_mut().and_then(|s| s.link(link)) {
            l.flags_read = Some(task);
        }
    }

    /// A link's inbox names, for the pop-ups' titles (one try: a name is a nicety).
    fn read_inboxes(&mut self, link: u64) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let (api, credentials) = (s.api.clone(), s.credentials.clone());
        let Some(l) = s.link(link) else {
            return;
        };
        let account = l.user.account_id;
        self.spawn(
            async move { api.inboxes(&credentials, account).await },
            move |agent, inboxes| match inboxes {
                Ok(inboxes) => {
                    if let Some(l) = agent.session.as_mut().and_then(|s| s.link(link)) {
                        l.inboxes = inboxes.into_iter().map(|i| (i.id, i.name)).collect();
                    }
                }
                Err(e) => tracing::info!(error = %e, "could not read the inboxes' names"),
            },
        );
    }

    /// Runs `call` until it succeeds, waiting longer after each failure; `then` gets the
    /// value in the loop. A 401 ends the session instead. The task stops when the
    /// returned [`Task`] is dropped (its session or socket is gone).
    pub(crate) fn keep_trying<T, F, Fut>(
        &self,
        generation: u64,
        what: &'static str,
        call: F,
        then: impl FnOnce(&mut Agent, T) + Send + 'static,
    ) -> Task
    where
        T: Send + 'static,
        F: FnMut() -> Fut + Send + 'static,
        Fut: std::future::Future<Output = Result<T>> + Send,
    {
        let inputs = self.inputs.clone();
        Task::spawn(async move {
            let result = until_done(what, call).await;
            let apply: crate::agent::Apply = match result {
                Ok(value) => Box::new(move |agent| then(agent, value)),
                Err(e) => Box::new(move |agent| {
                    agent.failed(Some(generation), e);
                }),
            };
            let _ = inputs.send(Input::Done(apply));
        })
    }

    /// What a socket reports.
    pub(crate) fn on_realtime(&mut self, link: u64, update: RealtimeUpdate) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let main = s.main().id == link;
        if s.link(link).is_none() {
            return;
        }
        match update {
            RealtimeUpdate::Connected => {
                if main {
                    s.connection = Connection::Connected;
                    s.connected_since = Some(Utc::now().to_rfc3339());
                }
                self.catch_up(link);
                if main {
                    self.publish();
                }
            }
            RealtimeUpdate::Disconnected { reason, retry_in } => {
                if let Some(l) = s.link(link) {
                    if std::mem::take(&mut l.in_sync) {
                        l.complete = l.desk.notification_mark();
                    }
                }
                if main {
                    s.reconnects += 1;
                    s.connection = Connection::Reconnecting {
                        reason,
                        retry_in_seconds: retry_in.as_secs().try_into().unwrap_or(u32::MAX),
                    };
                    self.publish();
                }
            }
            RealtimeUpdate::Event(event) => self.on_event(link, main, &event),
            RealtimeUpdate::Unauthorized if s.rotating > 0 => {
                tracing::info!("the old credentials' socket closed while they are replaced")
            }
            RealtimeUpdate::Unauthorized => {
                let generation = s.generation;
                self.failed(Some(generation), Error::Unauthorized);
            }
        }
    }

    fn on_event(&mut self, link: u64, main: bool, event: &ServerEvent) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let base = s.api.base().clone();
        let Some(l) = s.link(link) else {
            return;
        };
        let waiting = l.desk.waiting();
        let effects = l.desk.handle(event, &l.user.clone(), &base, Utc::now());
        let waiting_changed = l.desk.waiting() != waiting;
        self.perform(link, effects);
        let Some(s) = self.session.as_mut().filter(|_| main) else {
            return;
        };
        match event {
            ServerEvent::NotificationCreated(n) | ServerEvent::NotificationDeleted(n) => {
                s.unread = n.unread_count.max(0).try_into().unwrap_or(u32::MAX);
                self.publish();
            }
            _ if waiting_changed => self.publish(),
            _ => {}
        }
    }

    /// After a socket (re)connects: what it missed while down is in the notifications
    /// API, and the active account's waiting conversations are read anew. Tried until it
    /// succeeds; after a reconnect, over fresh connections (the pooled ones may have died
    /// with the link).
    fn catch_up(&mut self, link: u64) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let main = s.main().id == link;
        let (api, credentials, generation) = (s.api.clone(), s.credentials.clone(), s.generation);
        let Some(l) = s.link(link) else {
            return;
        };
        l.connects += 1;
        l.in_sync = false;
        if l.connects > 1 {
            api.renew();
        }
        let (account, mark, connect) = (l.user.account_id, l.complete, l.connects);
        let task = self.keep_trying(
            generation,
            "the catch-up",
            move || {
                let (api, credentials) = (api.clone(), credentials.clone());
                async move {
                    let newest = api.notifications_since(&credentials, account, mark).await?;
                    // The active account's counts, which the socket may have missed too.
                    let counts = match main {
                        true => Some((
                            api.my_open_conversations(&credentials, account).await?,
                            api.unread_notifications(&credentials, account).await?,
                        )),
                        false => None,
                    };
                    Ok((newest, counts))
                }
            },
            move |agent, (newest, counts)| agent.caught_up(link, connect, newest, mark, counts),
        );
        if let Some(l) = self.session.as_mut().and_then(|s| s.link(link)) {
            l.catch_up = Some(task);
        }
    }

    /// A catch-up's answer, asked after connect number `connect`, for what came after
    /// `since`.
    fn caught_up(
        &mut self,
        link: u64,
        connect: u64,
        newest: Vec<headset_core::realtime::NotificationInfo>,
        since: Option<i64>,
        counts: Option<(Vec<(i64, i64)>, u32)>,
    ) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let base = s.api.base().clone();
        let Some(l) = s.link(link) else {
            return;
        };
        // Asked before the socket came back once more: the newer catch-up reads it all.
        if l.connects != connect {
            return;
        }
        l.catch_up = None;
        l.in_sync = true;
        let reconnected = std::mem::replace(&mut l.caught_up, true);
        let effects = l.desk.catch_up(
            newest,
            since,
            reconnected,
            &l.user.clone(),
            &base,
            Utc::now(),
        );
        if let Some((mine, _)) = &counts {
            l.desk.set_mine(mine.clone());
        }
        if let Some((_, unread)) = counts {
            s.unread = unread;
        }
        self.perform(link, effects);
        self.publish();
    }

    /// Shows and plays what a desk decided, completing pop-ups with the customer's
    /// picture (when cached) and the inbox's name.
    pub(crate) fn perform(&mut self, link: u64, effects: Vec<Effect>) {
        let mut reread = false;
        for effect in effects {
            match effect {
                Effect::Ring(tone) => {
                    let tone = (!self.custom_sound).then_some(tone);
                    self.desktop.ring(tone, self.config.volume.unwrap_or(100));
                }
                Effect::Close(conversation) => self.desktop.close(conversation),
                Effect::Popup {
                    mut popup,
                    picture,
                    inbox,
                } => {
                    let Some(s) = self.session.as_mut() else {
                        return;
                    };
                    popup.image = picture.and_then(|url| s.pictures.cached(&url));
                    if let (Some(inbox), Some(l)) = (inbox, s.link(link)) {
                        match l.inboxes.get(&inbox) {
                            // The channel it came in through: a name, the same in every language.
                            Some(name) => popup.title = format!("{} · {name}", popup.title),
                            None => {
                                let now = Utc::now();
                                if l.inboxes_reread_at
                                    .is_none_or(|at| now - at >= INBOX_REREAD)
                                {
                                    l.inboxes_reread_at = Some(now);
                                    reread = true;
                                }
                            }
                        }
                    }
                    self.desktop.show(popup);
                }
            }
        }
        if reread {
            self.read_inboxes(link);
        }
    }

    /// The sync's news: each edit's fate, and the document the server answered with.
    pub(crate) fn on_sync(&mut self, generation: u64, report: SyncReport) {
        let Some(s) = self.session.as_mut().filter(|s| s.generation == generation) else {
            return;
        };
        let (id, status) = match report {
            SyncReport::Saved { id, user } => {
                if let Some(user) = user {
                    cache::save(&self.paths.profile_cache(), &user);
                    s.set_user(*user);
                }
                if let Some(flags) = self.pending_flags.remove(&id) {
                    s.links[0].desk.push_flags = flags.push.clone();
                    s.flags = flags;
                }
                self.pending.remove(&id);
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
                self.pending.remove(&id);
                (id, EditStatus::Refused { error })
            }
            SyncReport::Unauthorized if s.rotating > 0 => return,
            SyncReport::Unauthorized => {
                self.failed(Some(generation), Error::Unauthorized);
                return;
            }
        };
        let _ = self.events.send(Event::Edit { id, status });
        self.publish();
    }

    /// The clock: ends snoozes on time, shows digests, follows the OS's do-not-disturb,
    /// rings the unread reminder, keeps the decision log, and sets the status the hours
    /// call for.
    pub(crate) fn tick(&mut self) {
        let desktop = self.desktop.clone();
        self.spawn(
            async move {
                tokio::task::spawn_blocking(move || desktop.do_not_disturb())
                    .await
                    .unwrap_or(None)
            },
            |agent, dnd| agent.follow_dnd(dnd),
        );
        let now = Utc::now();
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let base = s.api.base().clone();
        let main = s.links[0].id;
        let user = s.links[0].user.clone();
        let desk = &mut s.links[0].desk;
        if let Some(log) = desk.log_to_keep() {
            save_log(&self.paths.decisions(), log);
        }
        let mut effects = desk.remind(&user, now);
        let wanted = desk.auto_status(&user, now);
        effects.extend(desk.flush_digest(now, &base, &user));
        let was_snoozed = desk.snoozed_until.is_some();
        effects.extend(desk.wake(now, false, &base, &user));
        let woke = was_snoozed && desk.snoozed_until.is_none();
        self.perform(main, effects);
        self.share_snooze(now);
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let others: Vec<(u64, Vec<Effect>)> = s
            .links
            .iter_mut()
            .skip(1)
            .map(|l| {
                let user = l.user.clone();
                (l.id, l.desk.flush_digest(now, &base, &user))
            })
            .collect();
        for (link, effects) in others {
            self.perform(link, effects);
        }
        if let Some(wanted) = wanted {
            let current = user.active_account().map(|a| a.availability);
            if current != Some(wanted) {
                tracing::info!(
                    status = wanted.as_str(),
                    "availability hours changed the status"
                );
                self.change_status(wanted, None);
            }
        }
        if woke {
            self.publish();
        }
    }

    /// The OS's do-not-disturb, for every account's desk.
    fn follow_dnd(&mut self, dnd: Option<&'static str>) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        if s.links[0].desk.os_dnd != dnd {
            tracing::info!(dnd = ?dnd, "OS do-not-disturb changed");
        }
        for l in &mut s.links {
            l.desk.os_dnd = dnd;
        }
    }

    /// A snooze set or ended on the active account holds for every account at once; an
    /// ended one sums up what each held back.
    pub(crate) fn share_snooze(&mut self, now: DateTime<Utc>) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let base = s.api.base().clone();
        let until = s.links[0].desk.snoozed_until;
        let mut all = vec![];
        for l in s.links.iter_mut().skip(1) {
            if l.desk.snoozed_until != until {
                let user = l.user.clone();
                all.push((l.id, l.desk.follow_snooze(until, now, &base, &user)));
            }
        }
        for (link, effects) in all {
            self.perform(link, effects);
        }
    }

    /// Starts (or with `None`, ends) a snooze; the end shows a summary of what was missed.
    pub(crate) fn snooze(&mut self, minutes: Option<u32>) -> Result<()> {
        let s = self.session.as_mut().ok_or(Error::NotSignedIn)?;
        let now = Utc::now();
        let main = s.links[0].id;
        let effects = match minutes {
            Some(m) if m > 0 && m <= 24 * 60 => {
                s.links[0].desk.snoozed_until = Some(now + chrono::Duration::minutes(m.into()));
                vec![]
            }
            Some(_) => {
                return Err(Error::invalid(
                    "minutes",
                    headset_model::texts::plain("error-snooze-minutes"),
                ))
            }
            None => {
                let (base, user) = (s.api.base().clone(), s.links[0].user.clone());
                s.links[0].desk.wake(now, true, &base, &user)
            }
        };
        self.perform(main, effects);
        self.share_snooze(now);
        self.publish();
        Ok(())
    }

    /// Snoozes until the agent's hours next begin.
    pub(crate) fn snooze_until_hours(&mut self) -> Result<()> {
        let s = self.session.as_mut().ok_or(Error::NotSignedIn)?;
        let next = next_hours_start(&settings_of(&s.user), Utc::now()).ok_or_else(|| {
            Error::invalid(
                "availability",
                headset_model::texts::plain("error-snooze-no-hours"),
            )
        })?;
        s.links[0].desk.snoozed_until = Some(next);
        self.share_snooze(Utc::now());
        self.publish();
        Ok(())
    }

    /// The screen locked or unlocked, the idle time changed, the machine woke or the
    /// network came back.
    pub(crate) fn on_signal(&mut self, signal: DesktopSignal) {
        match signal {
            DesktopSignal::ScreenLocked(locked) => self.away(Some(locked), None),
            DesktopSignal::Idle(time) => self.away(None, Some(time)),
            DesktopSignal::Resumed | DesktopSignal::NetworkUp => self.reconnect_now(),
        }
    }

    /// The agent is away while the screen is locked (with `away.on_lock`) or idle past
    /// `away.idle_minutes`: the status becomes the chosen away status, and on return the
    /// one it replaced (unless the agent changed it meanwhile). An agent already busy or
    /// offline is left alone.
    fn away(&mut self, locked: Option<bool>, idle: Option<Duration>) {
        let Some(s) = self.session.as_mut() else {
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
        let target = match (away, s.away_from) {
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
        };
        tracing::info!(status = target.as_str(), "away handling");
        self.change_status(target, None);
    }

    /// The network came back or the machine woke: fresh connections, reconnect and
    /// resend at once.
    fn reconnect_now(&mut self) {
        let Some(s) = self.session.as_ref() else {
            return;
        };
        tracing::info!("reconnecting at once");
        s.api.renew();
        for l in &s.links {
            if let Some(realtime) = &l.realtime {
                realtime.reconnect_now();
            }
        }
        s.sync.wake();
    }

    /// Forgets the session: its credentials, its queued edits and what was cached for
    /// its user.
    pub(crate) fn forget(&mut self) {
        let key = match (&self.config.server, self.config.user.take()) {
            (Some(server), Some(user)) => Some(SecretKey {
                server: server.clone(),
                user,
            }),
            _ => None,
        };
        if let Some(key) = key {
            let desktop = self.desktop.clone();
            tokio::task::spawn_blocking(move || {
                if let Err(e) = desktop.delete_secret(&key) {
                    tracing::warn!(error = %e, "could not remove the stored credentials");
                }
            });
        }
        self.session = None;
        // Edits and the cached profile belonged to that session's user.
        self.clear_journal = true;
        self.seed = None;
        self.pending.clear();
        self.pending_flags.clear();
        cache::remove(&self.paths.profile_cache());
        // The decisions and the customers' pictures were about that user's conversations.
        cache::remove(&self.paths.decisions());
        if let Err(e) = std::fs::remove_dir_all(self.paths.pictures()) {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(error = %e, "could not remove the cached pictures");
            }
        }
        self.save_config();
    }

    /// The decisions of every account, newest first.
    pub(crate) fn decisions(&self) -> Vec<DecisionRecord> {
        let mut all: Vec<DecisionRecord> =
            self.links().flat_map(|l| l.desk.log().cloned()).collect();
        // RFC 3339 times in UTC sort as text.
        all.sort_by(|a, b| b.at.cmp(&a.at));
        all
    }

    /// Takes the user document the server answered a change with.
    pub(crate) fn take_user(&mut self, generation: u64, user: User) {
        if let Some(s) = self.session.as_mut().filter(|s| s.generation == generation) {
            cache::save(&self.paths.profile_cache(), &user);
            s.set_user(user);
            self.notice = None;
            self.publish();
        }
    }
}

/// When the agent's hours next begin, in their zone.
fn next_hours_start(settings: &HeadsetSettings, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let schedule = settings.availability.as_ref().filter(|s| s.enabled)?;
    headset_model::schedule::next_start(schedule, settings.zone(), now)
}

/// The decisions a previous run kept.
fn load_log(path: &std::path::Path) -> VecDeque<DecisionRecord> {
    let Ok(bytes) = std::fs::read(path) else {
        return VecDeque::new();
    };
    serde_json::from_slice(&bytes).unwrap_or_else(|e| {
        tracing::warn!(error = %e, "the decision log was unreadable; starting anew");
        VecDeque::new()
    })
}

/// Write-then-rename: a crash leaves the old log.
fn save_log(path: &std::path::Path, log: &VecDeque<DecisionRecord>) {
    let bytes = serde_json::to_vec(log).expect("decisions serialise");
    if let Err(e) = headset_ipc::paths::write_atomically(path, &bytes) {
        tracing::warn!(error = %e, "could not keep the decision log");
    }
}
