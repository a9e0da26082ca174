//! The hot path of every alert: parse an ActionCable event, check the hours, decide.
//! Run by `cargo xtask bench` (results in BENCHMARKS.md).

use chrono::{TimeZone, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use headset_core::alerts::{decide, Context};
use headset_core::realtime::ServerEvent;
use headset_model::model::Availability;
use headset_model::schedule::{is_available, next_change};
use headset_model::settings::HeadsetSettings;
use serde_json::json;

/// A working week with a lunch break and a late shift past midnight, in Warsaw.
fn settings() -> HeadsetSettings {
    let week = json!({
        "timezone": "Europe/Warsaw",
        "audio": {"alerts": "assigned+unassigned", "tone": "bell"},
        "availability": {"enabled": true, "days": {
            "mon": [{"start": "09:00", "end": "12:00"}, {"start": "13:00", "end": "17:00"}],
            "tue": [{"start": "09:00", "end": "17:00"}],
            "wed": [{"start": "09:00", "end": "17:00"}],
            "thu": [{"start": "09:00", "end": "17:00"}],
            "fri": [{"start": "22:00", "end": "06:00"}]
        }}
    });
    HeadsetSettings::from_value(&week).expect("valid settings")
}

fn message() -> serde_json::Value {
    json!({
        "id": 4711, "content": "My parcel has not arrived", "account_id": 1,
        "conversation_id": 42, "message_type": 0, "private": false,
        "created_at": 1_764_000_000,
        "sender": {"id": 9, "name": "Carla Customer", "type": "contact"},
        "conversation": {"id": 42, "display_id": 42, "status": "open",
                         "assignee_id": 7, "inbox_id": 3,
                         "meta": {"assignee": {"id": 7, "name": "Ada", "type": "user"}}}
    })
}

fn benches(c: &mut Criterion) {
    let settings = settings();
    let schedule = settings.availability.clone().expect("hours");
    let tz: chrono_tz::Tz = "Europe/Warsaw".parse().expect("zone");
    let at = Utc.with_ymd_and_hms(2026, 3, 29, 10, 30, 0).unwrap(); // the DST change day
    let flags = vec!["push_assigned_conversation_new_message".to_string()];
    let data = message();

    c.bench_function("availability: is_available", |b| {
        b.iter(|| is_available(black_box(&schedule), tz, black_box(at)))
    });
    c.bench_function("availability: next_change", |b| {
        b.iter(|| next_change(black_box(&schedule), tz, black_box(at)))
    });
    c.bench_function("decide: message.created (parse + hours + decide)", |b| {
        b.iter(|| {
            let event = ServerEvent::parse("message.created", black_box(&data), 1).expect("parses");
            let ctx = Context {
                me: 7,
                status: Availability::Online,
                snoozed: false,
                os_dnd: false,
                in_hours: is_available(&schedule, tz, at),
                settings: &settings,
                push_flags: &flags,
                conversation_status: Some("open"),
                sound_recently: false,
            };
            decide(&event, &ctx)
        })
    });
}

criterion_group!(alerts, benches);
criterion_main!(alerts);
