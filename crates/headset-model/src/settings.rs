//! `ui_settings.headset`: Headset's own settings, kept under one key of Chatwoot's
//! free-form `ui_settings` so the web dashboard never collides with them (PROTOCOL.md).
//!
//! The same rules run in the server (422 naming the field) and in the client before it
//! sends (stock Chatwoot stores whatever it is given).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::texts::{plain, text};
use crate::{Invalid, Result};

/// The interface languages Headset ships (the seed products' 18, as Chatwoot's locale
/// codes); `ar` and `he` are written right to left.
pub const LOCALES: [&str; 18] = [
    "en", "es", "pt", "ar", "my", "th", "zh_TW", "zh_CN", "it", "de", "ru", "fr", "ja", "id", "tr",
    "ko", "vi", "he",
];

pub fn is_rtl(locale: &str) -> bool {
    matches!(locale, "ar" | "he")
}

pub const TITLE_MAX: usize = 100;
pub const ABOUT_MAX: usize = 500;
pub const CAPACITY_MAX: u8 = 50;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct HeadsetSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub about: Option<String>,
    pub social_links: SocialLinks,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub timezone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub availability: Option<Schedule>,
    pub visible_segments: VisibleSegments,
    pub notification_frequency: NotificationFrequency,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub audio: Option<AudioPrefs>,
    /// Per inbox id: opted in, and how many open conversations at most.
    pub channels: BTreeMap<String, ChannelPref>,
    /// What happens while the agent is away from the desk (absent: the defaults).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub away: Option<AwayPrefs>,
}

/// Away handling: when the screen locks, or nobody touched the computer for a while,
/// the status changes, and comes back on return.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AwayPrefs {
    pub on_lock: bool,
    /// Minutes without keyboard or mouse after which the agent counts as away (absent:
    /// never), 1 to 480.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub idle_minutes: Option<u32>,
    /// The status while away: `busy` or `offline`.
    pub status: crate::model::Availability,
}

impl Default for AwayPrefs {
    /// Busy: no sounds, only assignments and mentions pop up, and no auto-assignment.
    fn default() -> Self {
        AwayPrefs {
            on_lock: true,
            idle_minutes: None,
            status: crate::model::Availability::Busy,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct SocialLinks {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub linkedin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub x: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub facebook: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub instagram: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub github: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub website: Option<String>,
}

impl SocialLinks {
    fn entries(&self) -> [(&'static str, &Option<String>); 6] {
        [
            ("linkedin", &self.linkedin),
            ("x", &self.x),
            ("facebook", &self.facebook),
            ("instagram", &self.instagram),
            ("github", &self.github),
            ("website", &self.website),
        ]
    }
}

/// Weekly availability hours, in the settings' `timezone`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Schedule {
    pub enabled: bool,
    /// `mon` .. `sun`; an interval whose end is not after its start runs past midnight.
    pub days: BTreeMap<Weekday, Vec<Interval>>,
    pub block_outside: BlockOutside,
    /// Set the status from the hours (online inside, offline outside).
    pub auto_status: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Interval {
    /// `HH:MM`, 00:00 to 23:59.
    pub start: String,
    /// `HH:MM`, or `24:00`.
    pub end: String,
}

/// What is held back outside the hours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct BlockOutside {
    pub desktop: bool,
    pub sound: bool,
    pub email: bool,
    pub push: bool,
}

impl Default for BlockOutside {
    fn default() -> Self {
        BlockOutside {
            desktop: true,
            sound: true,
            email: false,
            push: true,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct VisibleSegments {
    #[ts(type = "number[]")]
    pub contact: Vec<i64>,
    #[ts(type = "number[]")]
    pub company: Vec<i64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NotificationFrequency {
    #[default]
    Instant,
    #[serde(rename = "digest_5m")]
    Digest5m,
    #[serde(rename = "digest_15m")]
    Digest15m,
    #[serde(rename = "digest_60m")]
    Digest60m,
}

impl NotificationFrequency {
    /// How often a digest is shown; `None` for instant notifications.
    pub fn period(self) -> Option<std::time::Duration> {
        let minutes = match self {
            Self::Instant => return None,
            Self::Digest5m => 5,
            Self::Digest15m => 15,
            Self::Digest60m => 60,
        };
        Some(std::time::Duration::from_secs(minutes * 60))
    }
}

/// Headset's own sound choice, in the dashboard's vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AudioPrefs {
    /// As `enable_audio_alerts`: `none`, or a `+`-joined subset of
    /// `assigned`, `notme`, `unassigned` (legacy `mine`, `all`).
    pub alerts: String,
    pub tone: Tone,
    #[serde(default)]
    pub repeat_while_unread: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Tone {
    #[default]
    Ding,
    Bell,
    Chime,
    Magic,
    Ping,
}

impl Tone {
    pub const ALL: [Tone; 5] = [Tone::Ding, Tone::Bell, Tone::Chime, Tone::Magic, Tone::Ping];

    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Ding => "ding",
            Tone::Bell => "bell",
            Tone::Chime => "chime",
            Tone::Magic => "magic",
            Tone::Ping => "ping",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ChannelPref {
    pub enabled: bool,
    pub capacity: u8,
}

const FIELD: &str = "ui_settings.headset";

impl HeadsetSettings {
    /// Parses and validates a `ui_settings.headset` value; errors name the field.
    pub fn from_value(value: &serde_json::Value) -> Result<Self> {
        let settings: HeadsetSettings = serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            let field = if path == "." {
                FIELD.to_owned()
            } else {
                format!("{FIELD}.{path}")
            };
            Invalid::new(field, simplify(e.inner().to_string()))
        })?;
        settings.validate()?;
        Ok(settings)
    }

    pub fn validate(&self) -> Result<()> {
        let field = |name: &str| format!("{FIELD}.{name}");
        check_length(&field("title"), self.title.as_deref(), TITLE_MAX)?;
        check_length(&field("about"), self.about.as_deref(), ABOUT_MAX)?;
        for (name, link) in self.social_links.entries() {
            if let Some(link) = link.as_deref().filter(|l| !l.is_empty()) {
                check_https(&field(&format!("social_links.{name}")), link)?;
            }
        }
        if let Some(tz) = &self.timezone {
            if tz.parse::<chrono_tz::Tz>().is_err() {
                return Err(Invalid::new(
                    field("timezone"),
                    text("error-timezone", &[("value", tz.as_str().into())]),
                ));
            }
        }
        if let Some(code) = &self.currency {
            if !crate::currency::is_iso_4217(code) {
                return Err(Invalid::new(
                    field("currency"),
                    text("error-currency", &[("value", code.as_str().into())]),
                ));
            }
        }
        if let Some(schedule) = &self.availability {
            for (day, intervals) in &schedule.days {
                for (i, interval) in intervals.iter().enumerate() {
                    let at = |end: &str| {
                        field(&format!("availability.days.{}[{i}].{end}", day_name(*day)))
                    };
                    check_time(&at("start"), &interval.start, false)?;
                    check_time(&at("end"), &interval.end, true)?;
                }
            }
        }
        if let Some(audio) = &self.audio {
            if parse_alerts(&audio.alerts).is_none() {
                return Err(Invalid::new(
                    field("audio.alerts"),
                    plain("error-audio-alerts"),
                ));
            }
        }
        if self
            .away
            .as_ref()
            .is_some_and(|a| a.status == crate::model::Availability::Online)
        {
            return Err(Invalid::new(
                field("away.status"),
                plain("error-away-status"),
            ));
        }
        if let Some(minutes) = self.away.as_ref().and_then(|a| a.idle_minutes) {
            if !(1..=480).contains(&minutes) {
                return Err(Invalid::new(
                    field("away.idle_minutes"),
                    plain("error-idle-minutes"),
                ));
            }
        }
        for (inbox, pref) in &self.channels {
            if inbox.parse::<u64>().is_err() {
                return Err(Invalid::new(
                    field("channels"),
                    text("error-inbox-id", &[("value", inbox.as_str().into())]),
                ));
            }
            if pref.capacity > CAPACITY_MAX {
                return Err(Invalid::new(
                    field(&format!("channels.{inbox}.capacity")),
                    text("error-capacity", &[("max", CAPACITY_MAX.into())]),
                ));
            }
        }
        Ok(())
    }
}

impl HeadsetSettings {
    /// The zone the hours are read in: `timezone`, UTC when unset or not a zone.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.timezone
            .as_deref()
            .and_then(|t| t.parse().ok())
            .unwrap_or(chrono_tz::UTC)
    }

    /// Whether the agent is inside their availability hours at `at`, by the wall clock of
    /// their [`zone`](Self::zone). No hours, or hours switched off, mean always inside.
    pub fn in_hours(&self, at: DateTime<Utc>) -> bool {
        self.availability
            .as_ref()
            .is_none_or(|s| crate::schedule::is_available(s, self.zone(), at))
    }
}

fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// The conditions an `enable_audio_alerts` value turns on: (assigned, notme, unassigned).
pub fn parse_alerts(value: &str) -> Option<(bool, bool, bool)> {
    match value {
        "none" | "" => return Some((false, false, false)),
        "mine" => return Some((true, false, false)),
        "all" => return Some((true, true, true)),
        _ => {}
    }
    let mut on = (false, false, false);
    for part in value.split('+') {
        let slot = match part {
            "assigned" => &mut on.0,
            "notme" => &mut on.1,
            "unassigned" => &mut on.2,
            _ => return None,
        };
        *slot = true;
    }
    Some(on)
}

fn check_length(field: &str, value: Option<&str>, max: usize) -> Result<()> {
    match value {
        Some(v) if v.chars().count() > max => Err(Invalid::new(
            field,
            text(
                "error-too-long-count",
                &[("max", max.into()), ("count", v.chars().count().into())],
            ),
        )),
        _ => Ok(()),
    }
}

fn check_https(field: &str, link: &str) -> Result<()> {
    match url::Url::parse(link) {
        Ok(url) if url.scheme() == "https" && url.host_str().is_some() => Ok(()),
        _ => Err(Invalid::new(
            field,
            text("error-https-link", &[("value", link.into())]),
        )),
    }
}

fn check_time(field: &str, value: &str, is_end: bool) -> Result<()> {
    let valid = value == "24:00" && is_end
        || matches!(value.as_bytes(), [h1, h2, b':', m1, m2]
            if h1.is_ascii_digit() && h2.is_ascii_digit() && m1.is_ascii_digit() && m2.is_ascii_digit()
            && (h1 - b'0') * 10 + (h2 - b'0') < 24 && (m1 - b'0') * 10 + (m2 - b'0') < 60);
    if valid {
        Ok(())
    } else {
        Err(Invalid::new(
            field,
            text(
                if is_end {
                    "error-time-of-day-end"
                } else {
                    "error-time-of-day"
                },
                &[("value", value.into())],
            ),
        ))
    }
}

/// serde's messages name Rust types; keep the part a person can act on.
fn simplify(message: String) -> String {
    message
        .split(" at line ")
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn error_field(value: serde_json::Value) -> String {
        HeadsetSettings::from_value(&value).unwrap_err().field
    }

    #[test]
    fn a_complete_valid_document_round_trips() {
        let value = json!({
            "title": "Support lead", "about": "Here to help",
            "social_links": {"linkedin": "https://linkedin.com/in/ada"},
            "timezone": "Europe/Warsaw", "currency": "PLN",
            "availability": {"enabled": true, "days": {"mon": [{"start": "22:00", "end": "06:00"}],
                "fri": [{"start": "09:00", "end": "24:00"}]},
                "block_outside": {"desktop": true, "sound": true, "email": false, "push": true},
                "auto_status": false},
            "visible_segments": {"contact": [1, 2], "company": []},
            "notification_frequency": "digest_15m",
            "audio": {"alerts": "assigned+unassigned", "tone": "chime", "repeat_while_unread": true},
            "channels": {"3": {"enabled": true, "capacity": 10}},
            "away": {"on_lock": true, "status": "offline"}
        });
        let parsed = HeadsetSettings::from_value(&value).unwrap();
        assert_eq!(serde_json::to_value(&parsed).unwrap(), value);
    }

    #[test]
    fn away_cannot_mean_online() {
        assert_eq!(
            error_field(json!({"away": {"on_lock": true, "status": "online"}})),
            "ui_settings.headset.away.status"
        );
        assert_eq!(
            error_field(json!({"away": {"on_lock": true, "status": "busy", "idle_minutes": 0}})),
            "ui_settings.headset.away.idle_minutes"
        );
        assert_eq!(
            HeadsetSettings::default().away,
            None,
            "absent: the defaults apply"
        );
    }

    #[test]
    fn each_bad_value_names_its_field() {
        assert_eq!(
            error_field(json!({"timezone": "Mars/Olympus"})),
            "ui_settings.headset.timezone"
        );
        assert_eq!(
            error_field(json!({"currency": "XYZ"})),
            "ui_settings.headset.currency"
        );
        assert_eq!(
            error_field(json!({"social_links": {"github": "http://github.com/ada"}})),
            "ui_settings.headset.social_links.github"
        );
        assert_eq!(
            error_field(json!({"title": "x".repeat(101)})),
            "ui_settings.headset.title"
        );
        assert_eq!(
            error_field(
                json!({"availability": {"days": {"tue": [{"start": "9:00", "end": "17:00"}]}}})
            ),
            "ui_settings.headset.availability.days.tue[0].start"
        );
        assert_eq!(
            error_field(
                json!({"availability": {"days": {"tue": [{"start": "24:00", "end": "17:00"}]}}})
            ),
            "ui_settings.headset.availability.days.tue[0].start"
        );
        assert_eq!(
            error_field(json!({"channels": {"3": {"enabled": true, "capacity": 51}}})),
            "ui_settings.headset.channels.3.capacity"
        );
        assert_eq!(
            error_field(json!({"notification_frequency": "hourly"})),
            "ui_settings.headset.notification_frequency"
        );
        assert_eq!(
            error_field(json!({"audio": {"alerts": "everyone", "tone": "ding"}})),
            "ui_settings.headset.audio.alerts"
        );
    }

    fn weekdays_nine_to_five(timezone: Option<&str>, enabled: bool) -> HeadsetSettings {
        HeadsetSettings::from_value(&json!({
            "timezone": timezone,
            "availability": {"enabled": enabled, "days": {"mon": [{"start": "09:00", "end": "17:00"}]}},
        }))
        .unwrap()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn hours_are_read_in_the_agents_zone_across_dst() {
        let warsaw = weekdays_nine_to_five(Some("Europe/Warsaw"), true);
        // Monday 2024-03-18 is winter time (UTC+1), Monday 2024-04-01 summer time (UTC+2).
        assert!(!warsaw.in_hours(utc("2024-03-18T07:30:00Z")), "08:30 CET");
        assert!(warsaw.in_hours(utc("2024-03-18T08:00:00Z")), "09:00 CET");
        assert!(warsaw.in_hours(utc("2024-04-01T07:30:00Z")), "09:30 CEST");
        assert!(warsaw.in_hours(utc("2024-04-01T14:59:00Z")), "16:59 CEST");
        assert!(!warsaw.in_hours(utc("2024-04-01T15:00:00Z")), "17:00 CEST");
        assert!(
            !warsaw.in_hours(utc("2024-04-02T08:00:00Z")),
            "Tuesday: no hours"
        );
    }

    #[test]
    fn hours_switched_off_or_absent_mean_always_in_hours() {
        let off = weekdays_nine_to_five(Some("Europe/Warsaw"), false);
        assert!(off.in_hours(utc("2024-04-02T03:00:00Z")));
        assert!(HeadsetSettings::default().in_hours(utc("2024-04-02T03:00:00Z")));
    }

    #[test]
    fn hours_without_a_zone_are_read_in_utc() {
        let unset = weekdays_nine_to_five(None, true);
        assert_eq!(unset.zone(), chrono_tz::UTC);
        assert!(!unset.in_hours(utc("2024-04-01T08:30:00Z")));
        assert!(unset.in_hours(utc("2024-04-01T09:00:00Z")));
        // Not a zone (stored by a server that does not validate): UTC as well.
        let unknown = HeadsetSettings {
            timezone: Some("Mars/Olympus".into()),
            ..unset
        };
        assert_eq!(unknown.zone(), chrono_tz::UTC);
        assert!(unknown.in_hours(utc("2024-04-01T16:59:00Z")));
        assert!(!unknown.in_hours(utc("2024-04-01T17:00:00Z")));
    }

    #[test]
    fn alert_choices_include_the_legacy_values() {
        assert_eq!(parse_alerts("mine"), Some((true, false, false)));
        assert_eq!(parse_alerts("all"), Some((true, true, true)));
        assert_eq!(parse_alerts("notme+unassigned"), Some((false, true, true)));
        assert_eq!(parse_alerts("none"), Some((false, false, false)));
        assert_eq!(parse_alerts("assigned+me"), None);
    }
}
