//! The alert desk of one account: an event in, effects out. It decides
//! (`headset_core::alerts`), logs the decision with its reasons, holds back what a snooze
//! or a digest collects, pairs what a catch-up finds with the socket's copy of the same
//! news, and counts the conversations waiting. No I/O: the time comes in, the pop-ups
//! and sounds go out as [`Effect`]s.

use std::collections::{HashMap, HashSet, VecDeque};

use chrono::{DateTime, Duration, Utc};
use headset_core::alerts::{decide, decide_reminder, Context};
use headset_core::realtime::{NotificationInfo, ServerEvent};
use headset_ipc::{DecisionRecord, Part, Reason};
use headset_model::model::{Availability, User};
use headset_model::settings::{HeadsetSettings, Tone};
use headset_model::texts::{plain, text};
use headset_model::NotificationKind;

use crate::desktop::Popup;

/// How many decisions "Why was I (not) notified?" can show.
pub const LOG: usize = 500;
/// At most one sound per this long.
const SOUND_GAP: Duration = Duration::seconds(3);
/// Chatwoot's reminder cadence.
const REMINDER_GAP: Duration = Duration::seconds(30);
/// How many message ids are remembered to ignore a message delivered twice.
const SEEN: usize = 2000;
/// How long handled news is remembered. A reconnect's overlap (the socket's copy and
/// the notification a catch-up finds) falls well inside it; a second assignment of the
/// same conversation within it, across a reconnect, merges with the first.
const NEWS_MEMORY: Duration = Duration::seconds(120);

/// What the desk wants done.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// A pop-up; `picture` (the customer's) and `inbox` let the agent complete it.
    Popup {
        popup: Popup,
        picture: Option<String>,
        inbox: Option<i64>,
    },
    /// The agent's tone (or this computer's own sound).
    Ring(Tone),
    /// The conversation's pop-up is done with: the agent read it (here or elsewhere).
    Close(i64),
}

#[derive(Default)]
pub struct Desk {
    pub push_flags: Vec<String>,
    pub snoozed_until: Option<DateTime<Utc>>,
    /// Why the OS is in do-not-disturb, when it is (a message id).
    pub os_dnd: Option<&'static str>,
    /// Conversation (display id) -> status, as the events tell it.
    statuses: HashMap<i64, String>,
    last_sound: Option<DateTime<Utc>>,
    log: VecDeque<DecisionRecord>,
    /// The log changed since it was last taken for the disk.
    log_dirty: bool,
    /// Inside the hours at the last look (for `auto_status`); `None` before the first.
    last_in_hours: Option<bool>,
    /// What a snooze held back, for the summary when it ends.
    snoozed: Held,
    /// What `notification_frequency` holds for the next digest.
    digest: Held,
    /// Recent message ids: a message delivered twice (a reconnect overlapping a resend)
    /// must not ring twice.
    seen_messages: HashSet<i64>,
    seen_order: VecDeque<i64>,
    /// Open conversations assigned to the agent with unread messages: id -> count.
    unread_mine: HashMap<i64, i64>,
    last_reminder: Option<DateTime<Utc>>,
    /// Notification ids seen (live or caught up), and the newest one: after a reconnect
    /// only newer unread ones not seen are alerted, each once.
    seen_notifications: HashSet<i64>,
    newest_notification: Option<i64>,
    /// The news handled lately, where it came from and when.
    recent_news: HashMap<News, (Source, DateTime<Utc>)>,
    last_news_prune: Option<DateTime<Utc>>,
}

/// One piece of news: messages are told apart by id, other kinds by conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct News {
    conversation: i64,
    kind: &'static str,
    message: Option<i64>,
}

/// Where news came from: a live event of the change itself, or a notification about it
/// (caught up, or `notification.created` on the socket).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Event,
    Notification,
}

/// The news an event or a caught-up notification carries, pairing each notification kind
/// with the live event it mirrors. A new-message notification without its message
/// cannot be paired and is not.
fn news_of(event: &ServerEvent, conversation: Option<i64>) -> Option<(News, Source)> {
    let ((kind, message), source) = match event {
        ServerEvent::Missed(n) => (
            match n.kind()? {
                NotificationKind::ConversationAssignment => ("assignment", None),
                NotificationKind::ConversationMention => ("mention", None),
                NotificationKind::ConversationCreation => ("creation", None),
                NotificationKind::AssignedConversationNewMessage
                | NotificationKind::ParticipatingConversationNewMessage => {
                    ("message", Some(n.message()?))
                }
                _ => return None,
            },
            Source::Notification,
        ),
        ServerEvent::AssigneeChanged(_) => (("assignment", None), Source::Event),
        ServerEvent::ConversationMentioned(_) => (("mention", None), Source::Event),
        ServerEvent::ConversationCreated(_) => (("creation", None), Source::Event),
        ServerEvent::MessageCreated(m) => (("message", Some(m.id)), Source::Event),
        _ => return None,
    };
    let news = News {
        conversation: conversation?,
        kind,
        message,
    };
    Some((news, source))
}

impl Desk {
    /// A desk that pops up what these `push_*` flags select.
    pub fn new(push_flags: Vec<String>) -> Desk {
        Desk {
            push_flags,
            ..Desk::default()
        }
    }

    /// Ends an expired snooze (or any, with `force`), with one summary of what it held
    /// back. True when the snooze state changed.
    pub fn wake(
        &mut self,
        now: DateTime<Utc>,
        force: bool,
        base: &url::Url,
        user: &User,
    ) -> Vec<Effect> {
        match self.snoozed_until {
            Some(until) if force || now >= until => {}
            _ => return vec![],
        }
        self.snoozed_until = None;
        summary(&plain("alert-away-title"), self.snoozed.take(), base, user)
    }

    /// Follows the active account's snooze: a snooze ended there sums up here too.
    pub fn follow_snooze(
        &mut self,
        until: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
        base: &url::Url,
        user: &User,
    ) -> Vec<Effect> {
        let effects = match until {
            None => self.wake(now, true, base, user),
            Some(_) => vec![],
        };
        self.snoozed_until = until;
        effects
    }

    /// The digest, when its period has passed since the first alert it holds.
    pub fn flush_digest(
        &mut self,
        now: DateTime<Utc>,
        base: &url::Url,
        user: &User,
    ) -> Vec<Effect> {
        let period = settings_of(user).notification_frequency.period();
        let due = match (self.digest.since, period) {
            (Some(since), Some(period)) => {
                now - since >= Duration::from_std(period).unwrap_or_default()
            }
            // Back to instant: what was held is shown now.
            (Some(_), None) => true,
            (None, _) => false,
        };
        if !due {
            return vec![];
        }
        summary(&plain("alert-digest-title"), self.digest.take(), base, user)
    }

    fn context<'a>(
        &'a self,
        settings: &'a HeadsetSettings,
        user: &User,
        conversation: Option<i64>,
        now: DateTime<Utc>,
    ) -> Context<'a> {
        Context {
            me: user.id,
            status: user
                .active_account()
                .map(|a| a.availability)
                .unwrap_or(Availability::Offline),
            snoozed: self.snoozed_until.is_some_and(|u| now < u),
            os_dnd: self.os_dnd.is_some(),
            in_hours: settings.in_hours(now),
            settings,
            push_flags: &self.push_flags,
            conversation_status: conversation
                .and_then(|c| self.statuses.get(&c))
                .map(String::as_str),
            sound_recently: self.last_sound.is_some_and(|t| now - t < SOUND_GAP),
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
    fn track_unread(&mut self, event: &ServerEvent, me: i64) {
        let (id, mine, unread) = match event {
            ServerEvent::MessageCreated(m) => (
                m.conversation_id,
                m.conversation.assignee_id == Some(me),
                m.conversation.unread_count,
            ),
            ServerEvent::ConversationRead(c) => (c.id, false, 0),
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
    pub fn auto_status(&mut self, user: &User, now: DateTime<Utc>) -> Option<Availability> {
        let settings = settings_of(user);
        let auto = settings
            .availability
            .as_ref()
            .is_some_and(|s| s.enabled && s.auto_status);
        if !auto {
            self.last_in_hours = None;
            return None;
        }
        let inside = settings.in_hours(now);
        if self.last_in_hours == Some(inside) {
            return None;
        }
        self.last_in_hours = Some(inside);
        Some(if inside {
            Availability::Online
        } else {
            Availability::Offline
        })
    }

    /// The 30 s reminder while an assigned conversation is unread (called by the clock).
    pub fn remind(&mut self, user: &User, now: DateTime<Utc>) -> Vec<Effect> {
        let quiet_for = |t: Option<DateTime<Utc>>| t.is_none_or(|t| now - t >= REMINDER_GAP);
        if self.unread_mine.is_empty()
            || !quiet_for(self.last_reminder)
            || !quiet_for(self.last_sound)
        {
            return vec![];
        }
        let settings = settings_of(user);
        let part = decide_reminder(&self.context(&settings, user, None, now));
        if part.reason == Reason::NotSelected {
            return vec![]; // Reminders are off: nothing to log every 30 s.
        }
        self.last_reminder = Some(now);
        let mut effects = vec![];
        if part.yes {
            self.last_sound = Some(now);
            effects.push(Effect::Ring(tone_of(&settings)));
        }
        let no = Part {
            yes: false,
            reason: Reason::NotNotifiable,
        };
        self.record(now, "reminder", None, no, part);
        effects
    }

    fn record(
        &mut self,
        now: DateTime<Utc>,
        event: &str,
        conversation: Option<i64>,
        notify: Part,
        sound: Part,
    ) {
        if self.log.len() == LOG {
            self.log.pop_front();
        }
        self.log_dirty = true;
        self.log.push_back(DecisionRecord {
            at: now.to_rfc3339(),
            event: event.to_owned(),
            conversation,
            notify,
            sound,
        });
    }

    /// Takes a log a previous run kept (the newest [`LOG`]).
    pub fn restore_log(&mut self, mut log: VecDeque<DecisionRecord>) {
        while log.len() > LOG {
            log.pop_front();
        }
        self.log = log;
    }

    /// The log to keep on disk, when it changed since last asked.
    pub fn log_to_keep(&mut self) -> Option<&VecDeque<DecisionRecord>> {
        std::mem::take(&mut self.log_dirty).then_some(&self.log)
    }

    /// The decisions, oldest first.
    pub fn log(&self) -> impl Iterator<Item = &DecisionRecord> {
        self.log.iter()
    }

    /// True the first time a message id is seen.
    fn first_sight(&mut self, event: &ServerEvent) -> bool {
        let ServerEvent::MessageCreated(m) = event else {
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

    /// After a (re)connect: the notifications the API has after `since` (the mark when
    /// the catch-up was asked for: the socket may have brought newer ones meanwhile). The
    /// first catch-up only sets the mark; later ones alert the unread ones the socket
    /// never brought, oldest first, each once.
    pub fn catch_up(
        &mut self,
        mut newest: Vec<NotificationInfo>,
        since: Option<i64>,
        reconnected: bool,
        user: &User,
        base: &url::Url,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        newest.sort_by_key(|n| n.id);
        let mut effects = vec![];
        for n in newest {
            let new = since.is_none_or(|mark| n.id > mark);
            let missed = reconnected && new && n.read_at.is_none();
            if self.saw_notification(n.id) && missed {
                effects.extend(self.handle(&ServerEvent::Missed(n), user, base, now));
            }
        }
        effects
    }

    /// True when the same news came from the other source lately (the live event of what
    /// a notification already alerted, or the reverse); remembers it otherwise.
    fn told_already(
        &mut self,
        event: &ServerEvent,
        conversation: Option<i64>,
        now: DateTime<Utc>,
    ) -> bool {
        let Some((news, source)) = news_of(event, conversation) else {
            return false;
        };
        // Pruned at most once a second: a burst of thousands stays linear.
        if self
            .last_news_prune
            .is_none_or(|at| now - at > Duration::seconds(1))
        {
            self.last_news_prune = Some(now);
            self.recent_news
                .retain(|_, (_, at)| now - *at < NEWS_MEMORY);
        }
        match self.recent_news.get(&news) {
            // The pair is complete: the next news of this kind is new again.
            Some(&(earlier, at)) if earlier != source && now - at < NEWS_MEMORY => {
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

    /// One realtime event (or a caught-up notification): decide, record, and say what
    /// to show and play. A `notification.created` stands for the change it is about when
    /// the socket did not bring that change itself (it subscribed between the two).
    pub fn handle(
        &mut self,
        received: &ServerEvent,
        user: &User,
        base: &url::Url,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        let notified;
        let event = match received {
            ServerEvent::NotificationCreated(n) => {
                if !self.saw_notification(n.notification.id) {
                    return vec![];
                }
                notified = ServerEvent::Missed(n.notification.clone());
                // Only news that pairs with its live event: else it would be told twice.
                match news_of(&notified, n.notification.conversation()) {
                    Some(_) => &notified,
                    None => received,
                }
            }
            other => other,
        };
        if !self.first_sight(event) {
            return vec![];
        }
        if let ServerEvent::ConversationRead(c) = event {
            self.track_unread(event, user.id);
            return vec![Effect::Close(c.id)];
        }
        if let Some(c) = event.conversation() {
            if !c.status.is_empty() {
                self.statuses.insert(c.id, c.status.clone());
            }
        }
        let conversation = match event {
            ServerEvent::MessageCreated(m) => Some(m.conversation_id),
            ServerEvent::Missed(n) => n.conversation(),
            other => other.conversation().map(|c| c.id),
        };
        self.track_unread(event, user.id);
        if self.told_already(event, conversation, now) {
            let already = Part {
                yes: false,
                reason: Reason::AlreadyAlerted,
            };
            self.record(now, received.name(), conversation, already, already);
            return vec![];
        }
        let settings = settings_of(user);
        let decision = decide(event, &self.context(&settings, user, conversation, now));
        let mention = matches!(event, ServerEvent::ConversationMentioned(_));
        match decision.notify.reason {
            Reason::Snoozed => self.snoozed.add(conversation, mention, now),
            Reason::Digest => self.digest.add(conversation, mention, now),
            _ => {}
        }
        let mut effects = vec![];
        if decision.sound.yes {
            self.last_sound = Some(now);
            effects.push(Effect::Ring(tone_of(&settings)));
        }
        if decision.notify.yes {
            if let Some(popup) = popup_of(event, user, base) {
                effects.push(Effect::Popup {
                    popup,
                    picture: picture_of(event).map(str::to_owned),
                    inbox: inbox_of(event),
                });
            }
        }
        tracing::debug!(event = received.name(), ?decision, "alert decision");
        self.record(
            now,
            received.name(),
            conversation,
            decision.notify,
            decision.sound,
        );
        effects
    }
}

/// Alerts held back to be summed up in one pop-up (after a snooze, in a digest).
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

/// One pop-up standing for several; a click opens the dashboard.
fn summary(title: &str, body: Option<String>, base: &url::Url, user: &User) -> Vec<Effect> {
    let Some(body) = body else {
        return vec![];
    };
    let url = base
        .join(&format!("app/accounts/{}/dashboard", user.account_id))
        .map(|u| u.to_string())
        .unwrap_or_default();
    vec![Effect::Popup {
        popup: Popup {
            conversation: 0,
            title: title.into(),
            body,
            url,
            image: None,
        },
        picture: None,
        inbox: None,
    }]
}

pub fn settings_of(user: &User) -> HeadsetSettings {
    user.ui_settings
        .get("headset")
        .and_then(|h| HeadsetSettings::from_value(h).ok())
        .unwrap_or_default()
}

fn tone_of(settings: &HeadsetSettings) -> Tone {
    settings
        .audio
        .as_ref()
        .map(|a| a.tone)
        .unwrap_or(Tone::Ding)
}

/// The pop-up for an event: who and what, and where a click leads.
fn popup_of(event: &ServerEvent, user: &User, base: &url::Url) -> Option<Popup> {
    let sender_name = |c: &headset_core::realtime::ConversationEvent| {
        c.meta
            .sender
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default()
    };
    let (conversation, title, body) = match event {
        ServerEvent::MessageCreated(m) => {
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
            let title = text(
                "alert-message",
                &[("who", who.into()), ("id", m.conversation_id.into())],
            );
            (m.conversation_id, title, said)
        }
        ServerEvent::AssigneeChanged(c) => (
            c.id,
            text("alert-assigned", &[("id", c.id.into())]),
            sender_name(c),
        ),
        ServerEvent::ConversationMentioned(c) => (
            c.id,
            text("alert-mentioned", &[("id", c.id.into())]),
            String::new(),
        ),
        ServerEvent::ConversationCreated(c) => (
            c.id,
            text("alert-new-conversation", &[("id", c.id.into())]),
            sender_name(c),
        ),
        ServerEvent::Missed(n) => {
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
    Some(Popup {
        conversation,
        title,
        body,
        url,
        image: None,
    })
}

/// The inbox an event happened in.
fn inbox_of(event: &ServerEvent) -> Option<i64> {
    match event {
        ServerEvent::MessageCreated(m) => m.inbox_id,
        other => other.conversation().and_then(|c| c.inbox_id),
    }
}

/// The customer's picture URL an event carries.
fn picture_of(event: &ServerEvent) -> Option<&str> {
    let customer = match event {
        ServerEvent::MessageCreated(m) => m.sender.as_ref(),
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
    use headset_core::realtime::{
        Actor, ConversationEvent, MessageConversation, MessageEvent, Person,
    };

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap()
    }

    fn base() -> url::Url {
        "https://chat.example.com/".parse().unwrap()
    }

    /// An online agent (id 7) of account 1, with `headset` settings.
    fn agent(headset: serde_json::Value) -> User {
        serde_json::from_value(serde_json::json!({
            "id": 7, "name": "Carla", "email": "carla@example.com", "account_id": 1,
            "role": "agent", "ui_settings": {"headset": headset},
            "accounts": [{"id": 1, "name": "Acme", "role": "agent", "availability": "online"}]
        }))
        .unwrap()
    }

    fn desk() -> Desk {
        Desk::new(vec!["push_conversation_assignment".into()])
    }

    fn assigned(conversation: i64) -> ServerEvent {
        let mut c = ConversationEvent {
            id: conversation,
            ..ConversationEvent::default()
        };
        c.meta.assignee = Some(Person {
            id: Some(7),
            ..Person::default()
        });
        ServerEvent::AssigneeChanged(c)
    }

    fn popups(effects: &[Effect]) -> Vec<&Popup> {
        effects
            .iter()
            .filter_map(|e| match e {
                Effect::Popup { popup, .. } => Some(popup),
                Effect::Ring(_) | Effect::Close(_) => None,
            })
            .collect()
    }

    fn message(conversation: i64, assignee: Option<i64>, unread: i64) -> ServerEvent {
        ServerEvent::MessageCreated(MessageEvent {
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

    fn missed(kind: &str, conversation: i64, message: Option<i64>) -> ServerEvent {
        ServerEvent::Missed(NotificationInfo {
            notification_type: kind.into(),
            primary_actor: Some(Actor {
                id: Some(conversation),
            }),
            secondary_actor: message.map(|id| Actor { id: Some(id) }),
            ..NotificationInfo::default()
        })
    }

    #[test]
    fn a_digest_holds_alerts_for_its_period_then_sums_them_up() {
        let user = agent(serde_json::json!({"notification_frequency": "digest_5m"}));
        let mut d = desk();
        for (conversation, second) in [(11, 0), (12, 60), (11, 120)] {
            let effects = d.handle(&assigned(conversation), &user, &base(), at(second));
            assert!(popups(&effects).is_empty(), "held for the digest");
        }
        assert!(
            d.flush_digest(at(299), &base(), &user).is_empty(),
            "not due yet"
        );
        let effects = d.flush_digest(at(300), &base(), &user);
        let shown = popups(&effects);
        assert_eq!(shown.len(), 1);
        assert_eq!(shown[0].conversation, 0, "a summary");
        assert!(
            shown[0].body.contains('2'),
            "two conversations: {:?}",
            shown[0]
        );
        assert!(shown[0].url.ends_with("/app/accounts/1/dashboard"));
        assert!(
            d.flush_digest(at(900), &base(), &user).is_empty(),
            "shown once"
        );
    }

    #[test]
    fn a_snooze_holds_alerts_and_its_end_sums_them_up() {
        let user = agent(serde_json::json!({}));
        let mut d = desk();
        d.snoozed_until = Some(at(1800));
        let effects = d.handle(&assigned(5), &user, &base(), at(0));
        assert!(effects.is_empty());
        assert_eq!(d.log().last().unwrap().notify.reason, Reason::Snoozed);
        assert!(
            d.wake(at(1799), false, &base(), &user).is_empty(),
            "still snoozed"
        );
        let effects = d.wake(at(1800), false, &base(), &user);
        assert_eq!(popups(&effects).len(), 1, "one summary when it ends");
        assert_eq!(d.snoozed_until, None);
        let effects = d.handle(&assigned(6), &user, &base(), at(1801));
        assert_eq!(popups(&effects)[0].conversation, 6, "alerts again");
    }

    #[test]
    fn a_snooze_ended_early_sums_up_at_once_and_an_empty_one_says_nothing() {
        let user = agent(serde_json::json!({}));
        let mut d = desk();
        d.snoozed_until = Some(at(1800));
        assert!(
            d.wake(at(10), true, &base(), &user).is_empty(),
            "nothing held"
        );
        d.snoozed_until = Some(at(1800));
        d.handle(&assigned(5), &user, &base(), at(20));
        let effects = d.follow_snooze(None, at(30), &base(), &user);
        assert_eq!(popups(&effects).len(), 1);
    }

    #[test]
    fn a_caught_up_notification_stands_for_the_sockets_copy() {
        let user = agent(serde_json::json!({}));
        let mut d = desk();
        let notification = |id: i64, conversation: i64| NotificationInfo {
            id,
            notification_type: "conversation_assignment".into(),
            primary_actor: Some(Actor {
                id: Some(conversation),
            }),
            ..NotificationInfo::default()
        };
        // The first connect only sets the mark.
        assert!(d
            .catch_up(vec![notification(1, 4)], None, false, &user, &base(), at(0))
            .is_empty());
        // After a reconnect, what is newer is alerted, once.
        let mark = d.notification_mark();
        assert_eq!(mark, Some(1));
        let both = vec![notification(1, 4), notification(2, 5)];
        let effects = d.catch_up(both, mark, true, &user, &base(), at(10));
        assert_eq!(popups(&effects).len(), 1);
        assert_eq!(popups(&effects)[0].conversation, 5);
        assert!(d
            .catch_up(vec![notification(2, 5)], mark, true, &user, &base(), at(11))
            .is_empty());
        // The socket's late copy of the same assignment is not alerted again.
        assert!(popups(&d.handle(&assigned(5), &user, &base(), at(12))).is_empty());
        assert_eq!(
            d.log().last().unwrap().notify.reason,
            Reason::AlreadyAlerted
        );
    }

    #[test]
    fn the_hours_set_the_status_when_they_begin_and_end() {
        // Monday to Sunday 09:00–17:00 in Warsaw; `at(0)` is 2027-01-15 08:00 UTC (09:00
        // there).
        let day = serde_json::json!([{"start": "09:00", "end": "17:00"}]);
        let week: serde_json::Map<String, serde_json::Value> =
            ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                .iter()
                .map(|d| (d.to_string(), day.clone()))
                .collect();
        let user = agent(serde_json::json!({
            "timezone": "Europe/Warsaw",
            "availability": {"enabled": true, "auto_status": true, "days": week},
        }));
        let mut d = desk();
        assert_eq!(d.auto_status(&user, at(0)), Some(Availability::Online));
        assert_eq!(
            d.auto_status(&user, at(60)),
            None,
            "no change: nothing to set"
        );
        let evening = at(8 * 3600);
        assert_eq!(d.auto_status(&user, evening), Some(Availability::Offline));
        assert_eq!(d.auto_status(&user, evening), None);
        let manual = agent(serde_json::json!({"timezone": "Europe/Warsaw"}));
        assert_eq!(
            d.auto_status(&manual, at(0)),
            None,
            "off without auto_status"
        );
    }

    #[test]
    fn a_conversation_read_closes_its_pop_up() {
        let user = agent(serde_json::json!({}));
        let mut d = desk();
        d.handle(&assigned(5), &user, &base(), at(0));
        let read = ServerEvent::ConversationRead(ConversationEvent {
            id: 5,
            ..ConversationEvent::default()
        });
        assert_eq!(
            d.handle(&read, &user, &base(), at(1)),
            vec![Effect::Close(5)]
        );
    }

    #[test]
    fn tracks_the_unread_conversations_assigned_to_me() {
        let mut d = desk();
        d.track_unread(&message(1, Some(7), 2), 7);
        d.track_unread(&message(2, Some(9), 5), 7);
        d.track_unread(&message(3, None, 1), 7);
        assert_eq!(d.unread_mine.keys().copied().collect::<Vec<_>>(), vec![1]);

        let mut read = ConversationEvent {
            id: 1,
            ..ConversationEvent::default()
        };
        read.meta.assignee = Some(Person {
            id: Some(7),
            ..Person::default()
        });
        d.track_unread(&ServerEvent::ConversationRead(read.clone()), 7);
        assert!(
            d.unread_mine.is_empty(),
            "read conversations stop the reminder"
        );

        d.track_unread(&message(1, Some(7), 1), 7);
        let mut resolved = read;
        resolved.status = "resolved".into();
        resolved.unread_count = 1;
        d.track_unread(&ServerEvent::ConversationStatusChanged(resolved), 7);
        assert!(
            d.unread_mine.is_empty(),
            "resolved conversations stop the reminder"
        );
    }

    #[test]
    fn the_socket_and_the_catch_up_tell_the_same_news_once() {
        let mut d = desk();
        let now = at(0);
        let told = |d: &mut Desk, e: &ServerEvent, c: i64| d.told_already(e, Some(c), now);
        let assigned = assigned(5);

        // The socket's assignment, then the catch-up's notification of it: once.
        assert!(!told(&mut d, &assigned, 5));
        assert!(told(&mut d, &missed("conversation_assignment", 5, None), 5));
        // Two assignments on the socket are two pieces of news.
        assert!(!told(&mut d, &assigned, 5));
        assert!(!told(&mut d, &assigned, 5));

        // A caught-up message, then its socket copy: once; another message is news.
        let unread = "assigned_conversation_new_message";
        assert!(!told(&mut d, &missed(unread, 6, Some(601)), 6));
        // (`message(6, _, n)` is message 600 + n.)
        assert!(told(&mut d, &message(6, Some(7), 1), 6));
        assert!(!told(&mut d, &message(6, Some(7), 2), 6));
        // A message notification that does not name its message is never paired.
        assert!(!told(&mut d, &missed(unread, 6, None), 6));
        assert!(!told(&mut d, &missed(unread, 6, None), 6));
        // News is forgotten after a while: the same pair long apart is two alerts.
        let later = at(121);
        assert!(!d.told_already(&missed("conversation_assignment", 5, None), Some(5), later));
    }

    #[test]
    fn the_decision_log_stays_bounded_and_says_when_it_changed() {
        let user = agent(serde_json::json!({}));
        let mut d = desk();
        for conversation in 0..(LOG as i64 + 100) {
            d.handle(&assigned(conversation), &user, &base(), at(conversation));
        }
        let kept = d.log_to_keep().expect("changed").clone();
        assert_eq!(kept.len(), LOG);
        assert_eq!(kept.back().unwrap().conversation, Some(LOG as i64 + 99));
        assert!(d.log_to_keep().is_none(), "unchanged since");

        let mut next = Desk::default();
        let mut long = kept.clone();
        long.extend(kept.iter().cloned());
        next.restore_log(long);
        assert_eq!(next.log().count(), LOG, "a restored log is bounded too");
    }

    fn notification(id: i64, conversation: i64) -> NotificationInfo {
        NotificationInfo {
            id,
            notification_type: "conversation_assignment".into(),
            primary_actor: Some(Actor {
                id: Some(conversation),
            }),
            ..NotificationInfo::default()
        }
    }

    fn notification_created(id: i64, conversation: i64) -> ServerEvent {
        ServerEvent::NotificationCreated(headset_core::realtime::NotificationEvent {
            notification: notification(id, conversation),
            ..Default::default()
        })
    }

    #[test]
    fn a_catch_up_answered_late_still_alerts_what_the_socket_never_brought() {
        let user = agent(serde_json::json!({}));
        let mut d = desk();
        d.catch_up(vec![notification(1, 4)], None, false, &user, &base(), at(0));
        // Reconnected: the catch-up is asked from mark 1; before it answers, the socket
        // brings the assignment of conversation 6 and its notification 3. Notification 2
        // came while the socket was down.
        let asked_from = d.notification_mark();
        d.handle(&assigned(6), &user, &base(), at(5));
        d.handle(&notification_created(3, 6), &user, &base(), at(5));
        assert_eq!(d.notification_mark(), Some(3));
        let answer = vec![notification(2, 5), notification(3, 6)];
        let effects = d.catch_up(answer, asked_from, true, &user, &base(), at(6));
        let shown: Vec<i64> = popups(&effects).iter().map(|p| p.conversation).collect();
        assert_eq!(
            shown,
            vec![5],
            "the missed one, not the one the socket brought"
        );
    }

    #[test]
    fn a_notification_stands_for_the_change_the_socket_did_not_bring() {
        let user = agent(serde_json::json!({}));
        let mut d = desk();
        // The usual order: the change, then its notification: one pop-up.
        assert_eq!(
            popups(&d.handle(&assigned(5), &user, &base(), at(0))).len(),
            1
        );
        let mirror = d.handle(&notification_created(1, 5), &user, &base(), at(0));
        assert!(popups(&mirror).is_empty());
        // Subscribed between the two: the notification alone tells of the assignment.
        let shown = d.handle(&notification_created(2, 6), &user, &base(), at(1));
        assert_eq!(popups(&shown)[0].conversation, 6);
        // A catch-up that finds it again, and the socket's copy: nothing more.
        let again = d.catch_up(
            vec![notification(2, 6)],
            Some(1),
            true,
            &user,
            &base(),
            at(2),
        );
        assert!(again.is_empty());
        assert!(popups(&d.handle(&assigned(6), &user, &base(), at(3))).is_empty());
    }
}
