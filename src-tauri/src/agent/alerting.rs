//! Turns realtime events into alerts for one signed-in session: decide (headset-core),
//! log the decision with its reasons, then notify and/or ring.

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use headset_core::alerts::{decide, decide_reminder, Context, DecisionRecord, Part, Reason};
use headset_core::realtime::{AgentEvent, NotificationInfo};
use headset_model::model::User;
use headset_model::settings::{HeadsetSettings, Tone};

use super::inbox_names::InboxNames;
use crate::effects::{DesktopAlert, Notifier, Pictures, Player};
use headset_model::texts::{plain, text};

/// How many decisions "Why was I (not) notified?" can show.
const LOG: usize = 500;
const SOUND_GAP: Duration = Duration::from_secs(3);

#[derive(Default)]
pub struct Alerting {
    notifier: Notifier,
    player: Player,
    /// Customers' pictures for the pop-ups (none in unit tests).
    pub pictures: Option<Pictures>,
    /// Inbox (channel) names, for the pop-ups' titles (none in unit tests).
    pub inboxes: Option<InboxNames>,
    pub push_flags: Vec<String>,
    /// Conversation (display id) -> status, as the events tell it.
    statuses: HashMap<i64, String>,
    last_sound: Option<Instant>,
    log: VecDeque<DecisionRecord>,
    /// The log changed since it was last written to disk.
    log_dirty: bool,
    pub snoozed_until: Option<DateTime<Utc>>,
    /// Why the OS is in do-not-disturb, when it is (refreshed by the agent's clock).
    pub os_dnd: Option<&'static str>,
    /// Inside the hours at the last look (for `auto_status`); `None` before the first.
    last_in_hours: Option<bool>,
    /// What a snooze held back, for the summary when it ends.
    snoozed: Held,
    /// What `notification_frequency` holds for the next digest.
    digest: Held,
    /// Recent message ids: a message delivered twice (a reconnect overlapping a
    /// resend) must not ring twice.
    seen_messages: HashSet<i64>,
    seen_order: VecDeque<i64>,
    /// Open conversations assigned to the agent with unread messages: id -> count.
    unread_mine: HashMap<i64, i64>,
    last_reminder: Option<Instant>,
    /// Notification ids seen (live or caught up), and the newest one: after a reconnect
    /// only newer unread ones not seen are alerted, each once.
    seen_notifications: HashSet<i64>,
    newest_notification: Option<i64>,
    /// The news handled lately, where it came from and when: the socket's copy of news
    /// and its notification found by a catch-up are the same news, alerted once.
    recent_news: HashMap<News, (Source, Instant)>,
    last_news_prune: Option<Instant>,
}

/// How long handled news is remembered. A reconnect's overlap (the socket's copy and
/// the notification a catch-up finds) falls well inside it; a second assignment of the
/// same conversation within it, across a reconnect, merges with the first.
const NEWS_MEMORY: Duration = Duration::from_secs(120);

/// One piece of news: messages are told apart by id, other kinds by conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct News {
    conversation: i64,
    kind: &'static str,
    message: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Socket,
    CatchUp,
}

/// The news an event or a caught-up notification carries, pairing each notification type
/// with the live event it mirrors. A new-message notification without its message
/// cannot be paired and is not.
fn news_of(event: &AgentEvent, conversation: Option<i64>) -> Option<(News, Source)> {
    let ((kind, message), source) = match event {
        AgentEvent::Missed(n) => (
            match n.notification_type.as_str() {
                "conversation_assignment" => ("assignment", None),
                "conversation_mention" => ("mention", None),
                "conversation_creation" => ("creation", None),
                "assigned_conversation_new_message" | "participating_conversation_new_message" => {
                    ("message", Some(n.message()?))
                }
                _ => return None,
            },
            Source::CatchUp,
        ),
        AgentEvent::AssigneeChanged(_) => (("assignment", None), Source::Socket),
        AgentEvent::ConversationMentioned(_) => (("mention", None), Source::Socket),
        AgentEvent::ConversationCreated(_) => (("creation", None), Source::Socket),
        AgentEvent::MessageCreated(m) => (("message", Some(m.id)), Source::Socket),
        _ => return None,
    };
    let news = News {
        conversation: conversation?,
        kind,
        message,
    };
    Some((news, source))
}

/// Chatwoot's reminder cadence.
const REMINDER_GAP: Duration = Duration::from_secs(30);

const SEEN: usize = 2000;

impl Alerting {
    /// Rings through `player`, which the session shares (it holds the custom sound).
    pub fn new(player: Player) -> Self {
        Alerting {
            player,
            ..Alerting::default()
        }
    }

    /// Fetches the server's tones in the background; Headset's own play until then.
    pub fn fetch_tones(&self, api: headset_core::api::ApiClient) {
        let player = self.player.clone();
        tokio::spawn(async move {
            for tone in Tone::ALL {
                match api.tone(tone).await {
                    Ok(bytes) => player.adopt(tone, bytes),
                    Err(e) => {
                        tracing::info!(tone = tone.as_str(), error = %e, "no tone from the server")
                    }
                }
            }
        });
    }

    /// Ends an expired snooze (or any, with `force`), showing one summary of what it
    /// held back. True when the snooze state changed.
    pub fn wake(&mut self, now: DateTime<Utc>, force: bool, base: &url::Url, user: &User) -> bool {
        match self.snoozed_until {
            Some(until) if force || now >= until => {}
            _ => return false,
        }
        self.snoozed_until = None;
        if let Some(body) = self.snoozed.take() {
            self.summary(&plain("alert-away-title"), body, base, user);
        }
        true
    }

    /// Shows the digest when its period has passed since the first alert it holds.
    pub fn flush_digest(&mut self, now: DateTime<Utc>, base: &url::Url, user: &User) {
        let period = settings_of(user).notification_frequency.period();
        let due = match (self.digest.since, period) {
            (Some(since), Some(period)) => {
                now - since >= chrono::Duration::from_std(period).unwrap_or_default()
            }
            // Back to instant: what was held is shown now.
            (Some(_), None) => true,
            (None, _) => false,
        };
        if due {
            if let Some(body) = self.digest.take() {
                self.summary(&plain("alert-digest-title"), body, base, user);
            }
        }
    }

    /// One notification standing for several; a click opens the dashboard.
    fn summary(&self, title: &str, body: String, base: &url::Url, user: &User) {
        let url = base
            .join(&format!("app/accounts/{}/dashboard", user.account_id))
            .map(|u| u.to_string())
            .unwrap_or_default();
        self.notifier.show(DesktopAlert {
            conversation: 0,
            title: title.into(),
            body,
            url,
            image: None,
        });
    }

    fn context<'a>(
        &'a self,
        settings: &'a HeadsetSettings,
        user: &User,
        conversation: Option<i64>,
    ) -> Context<'a> {
        Context {
            me: user.id,
            status: user
                .active_account()
                .map(|a| a.availability)
                .unwrap_or(headset_model::model::Availability::Offline),
            snoozed: self.snoozed_until.is_some_and(|u| Utc::now() < u),
            os_dnd: self.os_dnd.is_some(),
            in_hours: in_hours(settings),
            settings,
            push_flags: &self.push_flags,
            conversation_status: conversation
                .and_then(|c| self.statuses.get(&c))
                .map(String::as_str),
            sound_recently: self.last_sound.is_some_and(|t| t.elapsed() < SOUND_GAP),
        }
    }

    /// Open conversations assigned to the agent with unread messages.
    pub fn waiting(&self) -> u32 {
        self.unread_mine.len().try_into().unwrap_or(u32::MAX)
    }

    /// Starts over from the server's list of (conversation, unread) assigned to the
    /// agent: at each (re)connect, since the socket may have missed changes.
    pub fn set_mine(&mut self, conversations: Vec<(i64, i64)>) {
        self.unread_mine = conversations.into_iter().filter(|(_, n)| *n > 0).collect();
    }

    /// Keeps the unread count of the open conversations assigned to the agent.
    fn track_unread(&mut self, event: &AgentEvent, me: i64) {
        let (id, mine, unread) = match event {
            AgentEvent::MessageCreated(m) => (
                m.conversation_id,
                m.conversation.assignee_id == Some(me),
                m.conversation.unread_count,
            ),
            AgentEvent::ConversationRead(c) => (c.id, false, 0),
            other => match other.conversation() {
                Some(c) => (
                    c.id,
                    c.assignee_id() == Some(me) && matches!(c.status.as_str(), "open" | ""),
                    c.unread_count,
                ),
                None => return,
            },
        };
        if mine && unread > 0 {
            self.unread_mine.insert(id, unread);
        } else {
            self.unread_mine.remove(&id);
        }
    }

    /// With `auto_status`, the status the hours call for when they just began or ended.
    pub fn auto_status(&mut self, user: &User) -> Option<headset_model::model::Availability> {
        let settings = settings_of(user);
        let schedule = settings
            .availability
            .as_ref()
            .filter(|s| s.enabled && s.auto_status);
        let Some(_) = schedule else {
            self.last_in_hours = None;
            return None;
        };
        let now = in_hours(&settings);
        if self.last_in_hours == Some(now) {
            return None;
        }
        self.last_in_hours = Some(now);
        Some(if now {
            headset_model::model::Availability::Online
        } else {
            headset_model::model::Availability::Offline
        })
    }

    /// The 30 s reminder while an assigned conversation is unread (called by the clock).
    pub fn remind(&mut self, user: &User) {
        let quiet_for = |t: Option<Instant>| t.is_none_or(|t| t.elapsed() >= REMINDER_GAP);
        if self.unread_mine.is_empty()
            || !quiet_for(self.last_reminder)
            || !quiet_for(self.last_sound)
        {
            return;
        }
        let settings = settings_of(user);
        let part = decide_reminder(&self.context(&settings, user, None));
        if part.reason == Reason::NotSelected {
            return; // Reminders are off: nothing to log every 30 s.
        }
        self.last_reminder = Some(Instant::now());
        if part.yes {
            self.last_sound = Some(Instant::now());
            self.ring(&settings);
        }
        self.record(
            "reminder",
            None,
            Part {
                yes: false,
                reason: Reason::NotNotifiable,
            },
            part,
        );
    }

    fn record(&mut self, event: &str, conversation: Option<i64>, notify: Part, sound: Part) {
        if self.log.len() == LOG {
            self.log.pop_front();
        }
        self.log_dirty = true;
        self.log.push_back(DecisionRecord {
            at: chrono::Utc::now().to_rfc3339(),
            event: event.to_owned(),
            conversation,
            notify,
            sound,
        });
    }

    /// The agent's tone, or this computer's own sound.
    fn ring(&self, settings: &HeadsetSettings) {
        let tone = settings
            .audio
            .as_ref()
            .map(|a| a.tone)
            .unwrap_or(Tone::Ding);
        self.player.alert(tone);
    }

    /// Takes the decisions a previous run wrote (the newest [`LOG`]).
    pub fn load_log(&mut self, path: &std::path::Path) {
        let Ok(bytes) = std::fs::read(path) else {
            return;
        };
        match serde_json::from_slice::<VecDeque<DecisionRecord>>(&bytes) {
            Ok(mut log) => {
                while log.len() > LOG {
                    log.pop_front();
                }
                self.log = log;
            }
            Err(e) => tracing::warn!(error = %e, "the decision log was unreadable; starting anew"),
        }
    }

    /// Writes the log when it changed (write-then-rename: a crash leaves the old one).
    pub fn save_log(&mut self, path: &std::path::Path) {
        if !self.log_dirty {
            return;
        }
        self.log_dirty = false;
        let tmp = path.with_extension("json.tmp");
        let bytes = serde_json::to_vec(&self.log).expect("decisions serialise");
        if let Err(e) = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path)) {
            tracing::warn!(error = %e, "could not keep the decision log");
        }
    }

    pub fn decisions(&self) -> Vec<DecisionRecord> {
        self.log.iter().rev().cloned().collect()
    }

    /// True the first time a message id is seen.
    fn first_sight(&mut self, event: &AgentEvent) -> bool {
        let AgentEvent::MessageCreated(m) = event else {
            return true;
        };
        if !self.seen_messages.insert(m.id) {
            return false;
        }
        self.seen_order.push_back(m.id);
        if self.seen_order.len() > SEEN {
            if let Some(old) = self.seen_order.pop_front() {
                self.seen_messages.remove(&old);
            }
        }
        true
    }

    /// The newest notification id seen: a catch-up reads what came after it.
    pub fn notification_mark(&self) -> Option<i64> {
        self.newest_notification
    }

    /// After a (re)connect: the notifications since the mark from the API. On the first
    /// connect they only set the mark; after a reconnect the unread ones the socket never
    /// brought are alerted, oldest first, each once.
    pub fn catch_up(
        &mut self,
        mut newest: Vec<NotificationInfo>,
        reconnected: bool,
        user: &User,
        base: &url::Url,
    ) {
        newest.sort_by_key(|n| n.id);
        for n in newest {
            let new = self.newest_notification.is_none_or(|mark| n.id > mark);
            let missed = reconnected && new && n.read_at.is_none();
            if self.saw_notification(n.id) && missed {
                self.handle(&AgentEvent::Missed(n), user, base);
            }
        }
    }

    /// True when the same news came from the other source lately (the socket's copy of
    /// what a catch-up already alerted, or the reverse); remembers it otherwise.
    fn told_already(&mut self, event: &AgentEvent, conversation: Option<i64>) -> bool {
        let Some((news, source)) = news_of(event, conversation) else {
            return false;
        };
        let now = Instant::now();
        // Pruned at most once a second: a burst of thousands stays linear.
        if self
            .last_news_prune
            .is_none_or(|at| now.duration_since(at) > Duration::from_secs(1))
        {
            self.last_news_prune = Some(now);
            self.recent_news
                .retain(|_, (_, at)| now.duration_since(*at) < NEWS_MEMORY);
        }
        match self.recent_news.get(&news) {
            // The pair is complete: the next news of this kind is new again.
            Some(&(earlier, at)) if earlier != source && now.duration_since(at) < NEWS_MEMORY => {
                self.recent_news.remove(&news);
                true
            }
            _ => {
                self.recent_news.insert(news, (source, now));
                false
            }
        }
    }

    /// Marks a notification id seen; true the first time.
    fn saw_notification(&mut self, id: i64) -> bool {
        self.newest_notification = Some(self.newest_notification.map_or(id, |m| m.max(id)));
        self.seen_notifications.insert(id)
    }

    pub fn handle(&mut self, event: &AgentEvent, user: &User, base: &url::Url) {
        if let AgentEvent::NotificationCreated(n) = event {
            self.saw_notification(n.notification.id);
        }
        if !self.first_sight(event) {
            return;
        }
        if let Some(c) = event.conversation() {
            if !c.status.is_empty() {
                self.statuses.insert(c.id, c.status.clone());
            }
        }
        let conversation = match event {
            AgentEvent::MessageCreated(m) => Some(m.conversation_id),
            AgentEvent::Missed(n) => n.conversation(),
            other => other.conversation().map(|c| c.id),
        };
        self.track_unread(event, user.id);
        if self.told_already(event, conversation) {
            let already = Part {
                yes: false,
                reason: Reason::AlreadyAlerted,
            };
            self.record(event.name(), conversation, already, already);
            return;
        }
        let settings = settings_of(user);
        let ctx = self.context(&settings, user, conversation);
        let decision = decide(event, &ctx);
        let mention = matches!(event, AgentEvent::ConversationMentioned(_));
        match decision.notify.reason {
            Reason::Snoozed => self.snoozed.add(conversation, mention, Utc::now()),
            Reason::Digest => self.digest.add(conversation, mention, Utc::now()),
            _ => {}
        }
        if decision.sound.yes {
            self.last_sound = Some(Instant::now());
            self.ring(&settings);
        }
        if decision.notify.yes {
            if let Some(mut alert) = desktop_alert(event, user, base) {
                alert.image = picture_of(event)
                    .zip(self.pictures.as_ref())
                    .and_then(|(url, pictures)| pictures.cached(url));
                // The channel it came in through: a name, the same in every language.
                let inbox = inbox_of(event).zip(self.inboxes.as_ref());
                if let Some(inbox) = inbox.and_then(|(id, names)| names.name(id)) {
                    alert.title = format!("{} · {inbox}", alert.title);
                }
                self.notifier.show(alert);
            }
        }
        tracing::debug!(event = event.name(), ?decision, "alert decision");
        self.record(event.name(), conversation, decision.notify, decision.sound);
    }
}

/// Alerts held back to be summed up in one notification (after a snooze, in a digest).
#[derive(Default)]
struct Held {
    conversations: HashSet<i64>,
    mentions: u32,
    /// When the first of them came.
    since: Option<DateTime<Utc>>,
}

impl Held {
    fn add(&mut self, conversation: Option<i64>, mention: bool, now: DateTime<Utc>) {
        self.since.get_or_insert(now);
        if let Some(c) = conversation {
            self.conversations.insert(c);
        }
        if mention {
            self.mentions += 1;
        }
    }

    /// "3 conversations, 1 mention", emptying it; `None` when nothing was held.
    fn take(&mut self) -> Option<String> {
        let held = std::mem::take(self);
        let conversations = held.conversations.len();
        if conversations == 0 && held.mentions == 0 {
            return None;
        }
        Some(text(
            "alert-summary",
            &[
                ("conversations", conversations.into()),
                ("mentions", held.mentions.into()),
            ],
        ))
    }
}

fn settings_of(user: &User) -> HeadsetSettings {
    user.ui_settings
        .get("headset")
        .and_then(|h| HeadsetSettings::from_value(h).ok())
        .unwrap_or_default()
}

/// Inside the agent's availability hours now, in their time zone (UTC when unset)?
fn in_hours(settings: &HeadsetSettings) -> bool {
    let tz = settings
        .timezone
        .as_deref()
        .and_then(|t| t.parse().ok())
        .unwrap_or(chrono_tz::UTC);
    settings
        .availability
        .as_ref()
        .is_none_or(|s| headset_model::schedule::is_available(s, tz, Utc::now()))
}

/// The pop-up for an event: who and what, and where a click leads.
fn desktop_alert(event: &AgentEvent, user: &User, base: &url::Url) -> Option<DesktopAlert> {
    let (conversation, title, body) = match event {
        AgentEvent::MessageCreated(m) => {
            let who = m
                .sender
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default();
            let said: String = m
                .content
                .clone()
                .unwrap_or_default()
                .chars()
                .take(140)
                .collect();
            (
                m.conversation_id,
                text(
                    "alert-message",
                    &[("who", who.into()), ("id", m.conversation_id.into())],
                ),
                said,
            )
        }
        AgentEvent::AssigneeChanged(c) => {
            let who = c
                .meta
                .sender
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default();
            (c.id, text("alert-assigned", &[("id", c.id.into())]), who)
        }
        AgentEvent::ConversationMentioned(c) => (
            c.id,
            text("alert-mentioned", &[("id", c.id.into())]),
            String::new(),
        ),
        AgentEvent::ConversationCreated(c) => {
            let who = c
                .meta
                .sender
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default();
            (
                c.id,
                text("alert-new-conversation", &[("id", c.id.into())]),
                who,
            )
        }
        AgentEvent::Missed(n) => {
            let conversation = n.conversation()?;
            let title = n
                .push_message_title
                .clone()
                .unwrap_or_else(|| text("alert-missed", &[("id", conversation.into())]));
            (conversation, title, plain("alert-missed-body"))
        }
        _ => return None,
    };
    let url = base
        .join(&format!(
            "app/accounts/{}/conversations/{conversation}",
            user.account_id
        ))
        .ok()?
        .to_string();
    Some(DesktopAlert {
        conversation,
        title,
        body,
        url,
        image: None,
    })
}

/// The inbox an event happened in.
fn inbox_of(event: &AgentEvent) -> Option<i64> {
    match event {
        AgentEvent::MessageCreated(m) => m.inbox_id,
        other => other.conversation().and_then(|c| c.inbox_id),
    }
}

/// The customer's picture URL an event carries.
fn picture_of(event: &AgentEvent) -> Option<&str> {
    let customer = match event {
        AgentEvent::MessageCreated(m) => m.sender.as_ref(),
        other => other.conversation().and_then(|c| c.meta.sender.as_ref()),
    }?;
    let url = [&customer.thumbnail, &customer.avatar_url]
        .into_iter()
        .filter_map(|u| u.as_deref())
        .find(|u| !u.is_empty())?;
    (customer.kind == "contact").then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use headset_core::realtime::{ConversationEvent, MessageConversation, MessageEvent, Person};

    fn message(conversation: i64, assignee: Option<i64>, unread: i64) -> AgentEvent {
        AgentEvent::MessageCreated(MessageEvent {
            id: conversation * 100 + unread,
            conversation_id: conversation,
            conversation: MessageConversation {
                assignee_id: assignee,
                unread_count: unread,
                last_activity_at: 0,
            },
            ..MessageEvent::default()
        })
    }

    #[test]
    fn tracks_the_unread_conversations_assigned_to_me() {
        let mut a = Alerting::default();
        a.track_unread(&message(1, Some(7), 2), 7);
        a.track_unread(&message(2, Some(9), 5), 7);
        a.track_unread(&message(3, None, 1), 7);
        assert_eq!(a.unread_mine.keys().copied().collect::<Vec<_>>(), vec![1]);

        let mut read = ConversationEvent {
            id: 1,
            ..ConversationEvent::default()
        };
        read.meta.assignee = Some(Person {
            id: Some(7),
            ..Person::default()
        });
        a.track_unread(&AgentEvent::ConversationRead(read.clone()), 7);
        assert!(
            a.unread_mine.is_empty(),
            "read conversations stop the reminder"
        );

        a.track_unread(&message(1, Some(7), 1), 7);
        let mut resolved = read;
        resolved.status = "resolved".into();
        resolved.unread_count = 1;
        a.track_unread(&AgentEvent::ConversationStatusChanged(resolved), 7);
        assert!(
            a.unread_mine.is_empty(),
            "resolved conversations stop the reminder"
        );
    }

    fn missed(kind: &str, conversation: i64, message: Option<i64>) -> AgentEvent {
        use headset_core::realtime::Actor;
        AgentEvent::Missed(NotificationInfo {
            notification_type: kind.into(),
            primary_actor: Some(Actor {
                id: Some(conversation),
            }),
            secondary_actor: message.map(|id| Actor { id: Some(id) }),
            ..NotificationInfo::default()
        })
    }

    #[test]
    fn the_socket_and_the_catch_up_tell_the_same_news_once() {
        let mut a = Alerting::default();
        let assigned = AgentEvent::AssigneeChanged(ConversationEvent {
            id: 5,
            ..ConversationEvent::default()
        });
        let told = |a: &mut Alerting, e: &AgentEvent, c: i64| a.told_already(e, Some(c));

        // The socket's assignment, then the catch-up's notification of it: once.
        assert!(!told(&mut a, &assigned, 5));
        assert!(told(&mut a, &missed("conversation_assignment", 5, None), 5));
        // Two assignments on the socket are two pieces of news.
        assert!(!told(&mut a, &assigned, 5));
        assert!(!told(&mut a, &assigned, 5));

        // A caught-up message, then its socket copy: once; another message is news.
        let unread = "assigned_conversation_new_message";
        assert!(!told(&mut a, &missed(unread, 6, Some(601)), 6));
        // (`message(6, _, n)` is message 600 + n.)
        assert!(told(&mut a, &message(6, Some(7), 1), 6));
        assert!(!told(&mut a, &message(6, Some(7), 2), 6));
        // A message notification that does not name its message is never paired.
        assert!(!told(&mut a, &missed(unread, 6, None), 6));
        assert!(!told(&mut a, &missed(unread, 6, None), 6));
    }

    #[test]
    fn the_decision_log_survives_a_restart_and_stays_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("decisions.json");
        let mut first = Alerting::default();
        for conversation in 0..(LOG as i64 + 100) {
            first.record(
                "message.created",
                Some(conversation),
                Part {
                    yes: false,
                    reason: Reason::Busy,
                },
                Part {
                    yes: false,
                    reason: Reason::Busy,
                },
            );
        }
        first.save_log(&path);

        let mut next = Alerting::default();
        next.load_log(&path);
        let log = next.decisions();
        assert_eq!(log.len(), LOG);
        assert_eq!(log[0].conversation, Some(LOG as i64 + 99), "newest first");
        assert_eq!(log[0].notify.reason, Reason::Busy);

        // Unchanged: not written again; a damaged file starts anew instead of failing.
        std::fs::write(&path, b"{not json").unwrap();
        next.save_log(&path);
        assert_eq!(std::fs::read(&path).unwrap(), b"{not json");
        let mut fresh = Alerting::default();
        fresh.load_log(&path);
        assert!(fresh.decisions().is_empty());
    }
}
