//! The decision table.

use headset_ipc::{Part, Reason};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::realtime::{ConversationEvent, MessageEvent, ServerEvent};
use headset_model::model::Availability;
use headset_model::settings::{parse_alerts, HeadsetSettings};
use headset_model::NotificationKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Decision {
    pub notify: Part,
    pub sound: Part,
}

/// Everything besides the event that the decision depends on.
pub struct Context<'a> {
    pub me: i64,
    pub status: Availability,
    pub snoozed: bool,
    pub os_dnd: bool,
    /// Inside the availability hours (true when hours are off).
    pub in_hours: bool,
    pub settings: &'a HeadsetSettings,
    pub push_flags: &'a [String],
    /// The status of the message's conversation, when known (`pending` never rings).
    pub conversation_status: Option<&'a str>,
    /// A sound played less than 3 s ago.
    pub sound_recently: bool,
}

enum Kind {
    Message,
    Assignment,
    Mention,
    NewConversation,
    Other,
}

/// Decides for one event.
pub fn decide(event: &ServerEvent, ctx: &Context) -> Decision {
    let (kind, notify_kind) = match event {
        ServerEvent::MessageCreated(m) => (Kind::Message, message_flag(m, ctx)),
        ServerEvent::AssigneeChanged(c) if c.assignee_id() == Some(ctx.me) => (
            Kind::Assignment,
            Some(NotificationKind::ConversationAssignment),
        ),
        ServerEvent::ConversationMentioned(_) => {
            (Kind::Mention, Some(NotificationKind::ConversationMention))
        }
        ServerEvent::ConversationCreated(c) if !created_by_me(c, ctx) => (
            Kind::NewConversation,
            Some(NotificationKind::ConversationCreation),
        ),
        ServerEvent::Missed(n) => missed_kind(n.kind()),
        _ => (Kind::Other, None),
    };
    let sound = match (&kind, event) {
        (Kind::Message, ServerEvent::MessageCreated(m)) => dashboard_sound(m, ctx),
        (Kind::Message, ServerEvent::Missed(_)) => missed_message_sound(ctx),
        _ => Part::no(Reason::NotNotifiable),
    };
    let notify = match notify_kind {
        None if matches!(kind, Kind::Message) => Part::no(own_or_flag(event, ctx)),
        None => Part::no(Reason::NotNotifiable),
        Some(kind) if !ctx.push_flags.iter().any(|f| f == kind.push_flag()) => {
            Part::no(Reason::FlagOff)
        }
        Some(_) => Part::yes(),
    };
    let urgent = matches!(kind, Kind::Assignment | Kind::Mention);
    Decision {
        notify: headset_rules(notify, ctx, urgent, false),
        sound: headset_rules(sound, ctx, urgent, true),
    }
}

/// What a missed notification stands for, and its push flag (the server made it because
/// an email or push flag asked for it; the desktop follows the push flag).
fn missed_kind(kind: Option<NotificationKind>) -> (Kind, Option<NotificationKind>) {
    let alert = match kind {
        Some(NotificationKind::ConversationAssignment) => Kind::Assignment,
        Some(NotificationKind::ConversationMention) => Kind::Mention,
        Some(NotificationKind::ConversationCreation) => Kind::NewConversation,
        Some(
            NotificationKind::AssignedConversationNewMessage
            | NotificationKind::ParticipatingConversationNewMessage,
        ) => Kind::Message,
        // SLA kinds, and kinds newer than Headset: no desktop alert.
        _ => return (Kind::Other, None),
    };
    (alert, kind)
}

/// A missed customer message: it rings when the dashboard's choice covers conversations
/// assigned to the agent (the notification says no more about the message).
fn missed_message_sound(ctx: &Context) -> Part {
    let choice = ctx
        .settings
        .audio
        .as_ref()
        .map(|a| a.alerts.as_str())
        .unwrap_or("none");
    match parse_alerts(choice) {
        Some((true, _, _)) => Part::yes(),
        _ => Part::no(Reason::NotSelected),
    }
}

fn created_by_me(c: &ConversationEvent, ctx: &Context) -> bool {
    c.messages
        .first()
        .and_then(|m| m.sender.as_ref())
        .is_some_and(|s| s.kind == "user" && s.id == Some(ctx.me))
}

fn own(m: &MessageEvent, ctx: &Context) -> bool {
    m.sender
        .as_ref()
        .is_some_and(|s| s.kind == "user" && s.id == Some(ctx.me))
}

/// The kind (and so the push flag) a message falls under: a customer's message in my
/// conversation.
fn message_flag(m: &MessageEvent, ctx: &Context) -> Option<NotificationKind> {
    let incoming = m.message_type == 0;
    (incoming && !own(m, ctx) && m.conversation.assignee_id == Some(ctx.me))
        .then_some(NotificationKind::AssignedConversationNewMessage)
}

fn own_or_flag(event: &ServerEvent, ctx: &Context) -> Reason {
    match event {
        ServerEvent::MessageCreated(m) if own(m, ctx) => Reason::OwnMessage,
        ServerEvent::MessageCreated(m) if m.message_type != 0 => Reason::NotIncoming,
        _ => Reason::NotSelected,
    }
}

/// Chatwoot's dashboard rules, in its order (the focus rule has no desktop meaning).
fn dashboard_sound(m: &MessageEvent, ctx: &Context) -> Part {
    if ctx.conversation_status == Some("pending") {
        return Part::no(Reason::PendingConversation);
    }
    if own(m, ctx) {
        return Part::no(Reason::OwnMessage);
    }
    let choice = ctx
        .settings
        .audio
        .as_ref()
        .map(|a| a.alerts.as_str())
        .unwrap_or("none");
    let (assigned, notme, unassigned) = parse_alerts(choice).unwrap_or((false, false, false));
    let selected = match m.conversation.assignee_id {
        Some(a) if a == ctx.me => assigned,
        Some(_) => notme,
        None => unassigned,
    };
    if !selected {
        return Part::no(Reason::NotSelected);
    }
    if m.message_type != 0 && !m.private {
        return Part::no(Reason::NotIncoming);
    }
    Part::yes()
}

/// The dashboard's reminder: with `repeat_while_unread`, ring again while a conversation
/// assigned to the agent has unread messages — under Headset's rules like any sound.
pub fn decide_reminder(ctx: &Context) -> Part {
    let wanted = ctx
        .settings
        .audio
        .as_ref()
        .is_some_and(|a| a.repeat_while_unread);
    if !wanted {
        return Part::no(Reason::NotSelected);
    }
    headset_rules(Part::yes(), ctx, false, true)
}

/// Headset's rules on top: status, snooze, OS do-not-disturb, hours, throttle, digest.
fn headset_rules(part: Part, ctx: &Context, urgent: bool, sound: bool) -> Part {
    if !part.yes {
        return part;
    }
    if ctx.status == Availability::Offline {
        return Part::no(Reason::Offline);
    }
    if ctx.snoozed {
        return Part::no(Reason::Snoozed);
    }
    if ctx.os_dnd {
        return Part::no(Reason::OsDnd);
    }
    if ctx.status == Availability::Busy && (sound || !urgent) {
        return Part::no(Reason::Busy);
    }
    if !ctx.in_hours {
        let block = ctx
            .settings
            .availability
            .as_ref()
            .map(|s| {
                if sound {
                    s.block_outside.sound
                } else {
                    s.block_outside.desktop
                }
            })
            .unwrap_or(false);
        if block {
            return Part::no(Reason::OutsideHours);
        }
    }
    if sound && ctx.sound_recently {
        return Part::no(Reason::Throttled);
    }
    if !sound
        && ctx.settings.notification_frequency
            != headset_model::settings::NotificationFrequency::Instant
    {
        return Part::no(Reason::Digest);
    }
    part
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::realtime::{ConversationEvent, MessageConversation, Person};
    use headset_model::settings::{AudioPrefs, NotificationFrequency, Schedule, Tone};

    const ME: i64 = 7;

    fn message(
        sender_kind: &str,
        sender: i64,
        message_type: i64,
        private: bool,
        assignee: Option<i64>,
    ) -> ServerEvent {
        ServerEvent::MessageCreated(MessageEvent {
            id: 1,
            content: Some("hi".into()),
            conversation_id: 3,
            message_type,
            private,
            sender: Some(Person {
                id: Some(sender),
                name: "X".into(),
                kind: sender_kind.into(),
                ..Person::default()
            }),
            conversation: MessageConversation {
                assignee_id: assignee,
                unread_count: 1,
                last_activity_at: 0,
            },
            ..MessageEvent::default()
        })
    }

    fn customer(assignee: Option<i64>) -> ServerEvent {
        message("contact", 100, 0, false, assignee)
    }

    fn conversation(assignee: Option<i64>) -> ConversationEvent {
        let mut c = ConversationEvent {
            id: 3,
            ..ConversationEvent::default()
        };
        c.meta.assignee = assignee.map(|id| Person {
            id: Some(id),
            kind: "user".into(),
            ..Person::default()
        });
        c
    }

    struct Row {
        name: &'static str,
        event: ServerEvent,
        alerts: &'static str,
        flags: &'static [&'static str],
        tweak: fn(&mut Ctx),
        sound: Reason,
        notify: Reason,
    }

    struct Ctx {
        status: Availability,
        snoozed: bool,
        os_dnd: bool,
        in_hours: bool,
        pending: bool,
        recently: bool,
        frequency: NotificationFrequency,
        block_outside: bool,
    }

    fn run(row: &Row) -> Decision {
        let mut c = Ctx {
            status: Availability::Online,
            snoozed: false,
            os_dnd: false,
            in_hours: true,
            pending: false,
            recently: false,
            frequency: NotificationFrequency::Instant,
            block_outside: true,
        };
        (row.tweak)(&mut c);
        let mut schedule = Schedule {
            enabled: true,
            ..Schedule::default()
        };
        schedule.block_outside.sound = c.block_outside;
        schedule.block_outside.desktop = c.block_outside;
        let settings = HeadsetSettings {
            audio: Some(AudioPrefs {
                alerts: row.alerts.into(),
                tone: Tone::Ding,
                repeat_while_unread: false,
            }),
            availability: Some(schedule),
            notification_frequency: c.frequency,
            ..HeadsetSettings::default()
        };
        let flags: Vec<String> = row.flags.iter().map(|f| f.to_string()).collect();
        let ctx = Context {
            me: ME,
            status: c.status,
            snoozed: c.snoozed,
            os_dnd: c.os_dnd,
            in_hours: c.in_hours,
            settings: &settings,
            push_flags: &flags,
            conversation_status: c.pending.then_some("pending"),
            sound_recently: c.recently,
        };
        decide(&row.event, &ctx)
    }

    const MINE: &[&str] = &[
        "push_assigned_conversation_new_message",
        "push_conversation_assignment",
        "push_conversation_mention",
        "push_conversation_creation",
    ];

    #[test]
    fn reminders_follow_the_choice_and_headsets_rules() {
        fn ctx(settings: &HeadsetSettings, status: Availability) -> Context<'_> {
            Context {
                me: ME,
                status,
                snoozed: false,
                os_dnd: false,
                in_hours: true,
                settings,
                push_flags: &[],
                conversation_status: None,
                sound_recently: false,
            }
        }
        let mut settings = HeadsetSettings::default();
        assert_eq!(
            decide_reminder(&ctx(&settings, Availability::Online)).reason,
            Reason::NotSelected
        );
        settings.audio = Some(AudioPrefs {
            alerts: "assigned".into(),
            tone: Tone::Ding,
            repeat_while_unread: true,
        });
        assert!(decide_reminder(&ctx(&settings, Availability::Online)).yes);
        assert_eq!(
            decide_reminder(&ctx(&settings, Availability::Busy)).reason,
            Reason::Busy
        );
    }

    #[test]
    fn decision_table() {
        use Reason::*;
        let missed = |kind: &str| {
            ServerEvent::Missed(crate::realtime::NotificationInfo {
                id: 9,
                notification_type: kind.into(),
                primary_actor: Some(crate::realtime::Actor { id: Some(3) }),
                ..Default::default()
            })
        };
        let rows = vec![
            // Caught up after a reconnect: the same rules as the event it stands for.
            Row {
                name: "missed message in my conversation",
                event: missed("assigned_conversation_new_message"),
                alerts: "assigned",
                flags: MINE,
                tweak: |_| {},
                sound: Alert,
                notify: Alert,
            },
            Row {
                name: "missed message, sound not chosen",
                event: missed("assigned_conversation_new_message"),
                alerts: "none",
                flags: &[],
                tweak: |_| {},
                sound: NotSelected,
                notify: FlagOff,
            },
            Row {
                name: "missed assignment while busy still pops up, silently",
                event: missed("conversation_assignment"),
                alerts: "assigned",
                flags: &["push_conversation_assignment"],
                tweak: |c| c.status = Availability::Busy,
                sound: NotNotifiable,
                notify: Alert,
            },
            Row {
                name: "missed mention while snoozed",
                event: missed("conversation_mention"),
                alerts: "assigned",
                flags: &["push_conversation_mention"],
                tweak: |c| c.snoozed = true,
                sound: NotNotifiable,
                notify: Snoozed,
            },
            Row {
                name: "missed notification of a kind newer than Headset",
                event: missed("conversation_escalated"),
                alerts: "assigned",
                flags: MINE,
                tweak: |_| {},
                sound: NotNotifiable,
                notify: NotNotifiable,
            },
            // Chatwoot's dashboard rules for sound.
            Row {
                name: "customer message in my conversation",
                event: customer(Some(ME)),
                alerts: "assigned",
                flags: MINE,
                tweak: |_| {},
                sound: Alert,
                notify: Alert,
            },
            Row {
                name: "legacy 'mine' means assigned",
                event: customer(Some(ME)),
                alerts: "mine",
                flags: MINE,
                tweak: |_| {},
                sound: Alert,
                notify: Alert,
            },
            Row {
                name: "alerts none (Chatwoot default)",
                event: customer(Some(ME)),
                alerts: "none",
                flags: MINE,
                tweak: |_| {},
                sound: NotSelected,
                notify: Alert,
            },
            Row {
                name: "unassigned conversation, unassigned chosen",
                event: customer(None),
                alerts: "unassigned",
                flags: MINE,
                tweak: |_| {},
                sound: Alert,
                notify: NotSelected,
            },
            Row {
                name: "someone else's conversation, only assigned chosen",
                event: customer(Some(9)),
                alerts: "assigned",
                flags: MINE,
                tweak: |_| {},
                sound: NotSelected,
                notify: NotSelected,
            },
            Row {
                name: "someone else's conversation, notme chosen",
                event: customer(Some(9)),
                alerts: "notme",
                flags: MINE,
                tweak: |_| {},
                sound: Alert,
                notify: NotSelected,
            },
            Row {
                name: "legacy 'all'",
                event: customer(Some(9)),
                alerts: "all",
                flags: MINE,
                tweak: |_| {},
                sound: Alert,
                notify: NotSelected,
            },
            Row {
                name: "my own message",
                event: message("user", ME, 1, false, Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |_| {},
                sound: OwnMessage,
                notify: OwnMessage,
            },
            Row {
                name: "colleague's outgoing reply",
                event: message("user", 9, 1, false, Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |_| {},
                sound: NotIncoming,
                notify: NotIncoming,
            },
            Row {
                name: "colleague's private note rings",
                event: message("user", 9, 1, true, Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |_| {},
                sound: Alert,
                notify: NotIncoming,
            },
            Row {
                name: "pending conversation",
                event: customer(Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.pending = true,
                sound: PendingConversation,
                notify: Alert,
            },
            // Push flags.
            Row {
                name: "message flag off",
                event: customer(Some(ME)),
                alerts: "all",
                flags: &[],
                tweak: |_| {},
                sound: Alert,
                notify: FlagOff,
            },
            Row {
                name: "assigned to me",
                event: ServerEvent::AssigneeChanged(conversation(Some(ME))),
                alerts: "all",
                flags: MINE,
                tweak: |_| {},
                sound: NotNotifiable,
                notify: Alert,
            },
            Row {
                name: "assigned to someone else",
                event: ServerEvent::AssigneeChanged(conversation(Some(9))),
                alerts: "all",
                flags: MINE,
                tweak: |_| {},
                sound: NotNotifiable,
                notify: NotNotifiable,
            },
            Row {
                name: "mention",
                event: ServerEvent::ConversationMentioned(conversation(None)),
                alerts: "all",
                flags: MINE,
                tweak: |_| {},
                sound: NotNotifiable,
                notify: Alert,
            },
            Row {
                name: "new conversation, flag on",
                event: ServerEvent::ConversationCreated(conversation(None)),
                alerts: "all",
                flags: MINE,
                tweak: |_| {},
                sound: NotNotifiable,
                notify: Alert,
            },
            Row {
                name: "new conversation, flag off",
                event: ServerEvent::ConversationCreated(conversation(None)),
                alerts: "all",
                flags: &[],
                tweak: |_| {},
                sound: NotNotifiable,
                notify: FlagOff,
            },
            Row {
                name: "notification.created only counts",
                event: ServerEvent::NotificationCreated(Default::default()),
                alerts: "all",
                flags: MINE,
                tweak: |_| {},
                sound: NotNotifiable,
                notify: NotNotifiable,
            },
            // Headset's rules.
            Row {
                name: "offline: nothing but the badge",
                event: customer(Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.status = Availability::Offline,
                sound: Offline,
                notify: Offline,
            },
            Row {
                name: "busy: no sound, no message pop-up",
                event: customer(Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.status = Availability::Busy,
                sound: Busy,
                notify: Busy,
            },
            Row {
                name: "busy: assignments still pop up",
                event: ServerEvent::AssigneeChanged(conversation(Some(ME))),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.status = Availability::Busy,
                sound: NotNotifiable,
                notify: Alert,
            },
            Row {
                name: "busy: mentions still pop up",
                event: ServerEvent::ConversationMentioned(conversation(None)),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.status = Availability::Busy,
                sound: NotNotifiable,
                notify: Alert,
            },
            Row {
                name: "snoozed",
                event: customer(Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.snoozed = true,
                sound: Snoozed,
                notify: Snoozed,
            },
            Row {
                name: "OS do-not-disturb",
                event: customer(Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.os_dnd = true,
                sound: OsDnd,
                notify: OsDnd,
            },
            Row {
                name: "outside hours, blocked",
                event: customer(Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.in_hours = false,
                sound: OutsideHours,
                notify: OutsideHours,
            },
            Row {
                name: "outside hours, not blocked",
                event: customer(Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |c| {
                    c.in_hours = false;
                    c.block_outside = false
                },
                sound: Alert,
                notify: Alert,
            },
            Row {
                name: "a sound in the last 3 s",
                event: customer(Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.recently = true,
                sound: Throttled,
                notify: Alert,
            },
            Row {
                name: "digest frequency",
                event: customer(Some(ME)),
                alerts: "all",
                flags: MINE,
                tweak: |c| c.frequency = NotificationFrequency::Digest15m,
                sound: Alert,
                notify: Digest,
            },
        ];
        for row in &rows {
            let d = run(row);
            assert_eq!(
                (d.sound.reason, d.notify.reason),
                (row.sound, row.notify),
                "{}",
                row.name
            );
            assert_eq!(d.sound.yes, row.sound == Alert, "{}", row.name);
            assert_eq!(d.notify.yes, row.notify == Alert, "{}", row.name);
        }
    }
}
