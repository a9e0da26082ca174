//! One change the agent asked for, in a form that can wait in the journal.

use headset_model::texts::{plain, text};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::{Error, Result};
use headset_model::notification::Channel;
use headset_model::profile;
use headset_model::settings::{parse_alerts, HeadsetSettings, LOCALES};
use headset_model::NotificationKind;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Edit {
    /// Plain profile fields; absent ones stay as they are, `null` clears.
    Profile {
        #[ts(optional)]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[ts(optional)]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        display_name: Option<String>,
        #[ts(optional)]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message_signature: Option<String>,
        #[ts(optional)]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        phone_number: Option<String>,
    },
    /// Top-level keys of `ui_settings.headset` to set; the others stay.
    Headset {
        #[ts(type = "Record<string, unknown>")]
        changes: Map<String, Value>,
    },
    /// Chatwoot's `ui_settings.locale` (`null`: the account's default).
    Locale { locale: Option<String> },
    /// The web dashboard's own sounds (`ui_settings.enable_audio_alerts`): `none`
    /// silences the browser tab so one message never rings twice.
    DashboardSounds { alerts: String },
    NotificationFlags {
        email: Vec<String>,
        push: Vec<String>,
    },
}

impl Edit {
    /// The same rules the server enforces, so a bad value is refused before it waits
    /// in the journal (and stock Chatwoot, which checks nothing, never stores it).
    pub fn validate(&self) -> Result<()> {
        match self {
            Edit::Profile {
                name,
                display_name,
                message_signature,
                phone_number,
            } => {
                if let Some(name) = name {
                    profile::name(name)?;
                }
                profile::display_name(display_name.as_deref())?;
                profile::message_signature(message_signature.as_deref())?;
                profile::phone_number(phone_number.as_deref())?;
                Ok(())
            }
            Edit::Headset { changes } => {
                if changes.is_empty() {
                    return Err(Error::invalid(
                        "ui_settings.headset",
                        plain("error-nothing-to-change"),
                    ));
                }
                HeadsetSettings::from_value(&Value::Object(changes.clone()))?;
                Ok(())
            }
            Edit::Locale { locale } => match locale {
                Some(l) if !LOCALES.contains(&l.as_str()) => Err(Error::invalid(
                    "ui_settings.locale",
                    text("error-unknown-language", &[("value", l.as_str().into())]),
                )),
                _ => Ok(()),
            },
            Edit::DashboardSounds { alerts } => match parse_alerts(alerts) {
                Some(_) => Ok(()),
                None => Err(Error::invalid(
                    "ui_settings.enable_audio_alerts",
                    text(
                        "error-unknown-sound-choice",
                        &[("value", alerts.as_str().into())],
                    ),
                )),
            },
            Edit::NotificationFlags { email, push } => {
                for (field, flags, channel) in [
                    ("selected_email_flags", email, Channel::Email),
                    ("selected_push_flags", push, Channel::Push),
                ] {
                    if let Some(bad) = flags
                        .iter()
                        .find(|f| NotificationKind::from_flag(f, channel).is_none())
                    {
                        return Err(Error::invalid(
                            field,
                            text("error-unknown-flag", &[("value", bad.as_str().into())]),
                        ));
                    }
                }
                Ok(())
            }
        }
    }

    /// Applies the edit to a `ui_settings` object; false if it is not a `ui_settings` edit.
    pub fn apply_to_ui_settings(&self, ui: &mut Map<String, Value>) -> bool {
        match self {
            Edit::Headset { changes } => {
                let headset = ui
                    .entry("headset")
                    .or_insert_with(|| Value::Object(Map::new()));
                if !headset.is_object() {
                    *headset = Value::Object(Map::new());
                }
                let object = headset.as_object_mut().expect("made an object");
                for (key, value) in changes {
                    object.insert(key.clone(), value.clone());
                }
                true
            }
            Edit::Locale { locale } => {
                ui.insert(
                    "locale".into(),
                    locale.clone().map_or(Value::Null, Value::String),
                );
                true
            }
            Edit::DashboardSounds { alerts } => {
                ui.insert("enable_audio_alerts".into(), Value::String(alerts.clone()));
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn headset_edits_change_only_their_keys() {
        let mut ui = json!({"locale": "pl", "enable_audio_alerts": "mine",
                            "headset": {"title": "Lead", "timezone": "UTC"}})
        .as_object()
        .unwrap()
        .clone();
        let edit = Edit::Headset {
            changes: json!({"timezone": "Europe/Warsaw"})
                .as_object()
                .unwrap()
                .clone(),
        };
        assert!(edit.apply_to_ui_settings(&mut ui));
        assert_eq!(
            Value::Object(ui),
            json!({"locale": "pl", "enable_audio_alerts": "mine",
                   "headset": {"title": "Lead", "timezone": "Europe/Warsaw"}})
        );
    }

    #[test]
    fn silencing_the_dashboard_sets_its_own_key_only() {
        let mut ui =
            json!({"enable_audio_alerts": "mine", "headset": {"audio": {"alerts": "assigned"}}})
                .as_object()
                .unwrap()
                .clone();
        let edit = Edit::DashboardSounds {
            alerts: "none".into(),
        };
        edit.validate().unwrap();
        assert!(edit.apply_to_ui_settings(&mut ui));
        assert_eq!(
            Value::Object(ui),
            json!({"enable_audio_alerts": "none", "headset": {"audio": {"alerts": "assigned"}}})
        );
    }

    #[test]
    fn bad_edits_are_refused_naming_the_field() {
        let field = |edit: Edit| match edit.validate().unwrap_err() {
            Error::Invalid { field, .. } => field,
            other => panic!("{other:?}"),
        };
        let headset = |v: Value| Edit::Headset {
            changes: v.as_object().unwrap().clone(),
        };
        assert_eq!(
            field(headset(json!({"currency": "EURO"}))),
            "ui_settings.headset.currency"
        );
        assert_eq!(
            field(Edit::Profile {
                name: Some(" ".into()),
                display_name: None,
                message_signature: None,
                phone_number: None
            }),
            "name"
        );
        assert_eq!(
            field(Edit::Locale {
                locale: Some("xx".into())
            }),
            "ui_settings.locale"
        );
        assert_eq!(
            field(Edit::DashboardSounds {
                alerts: "loud".into()
            }),
            "ui_settings.enable_audio_alerts"
        );
        assert_eq!(
            field(Edit::NotificationFlags {
                email: vec!["push_conversation_creation".into()],
                push: vec![]
            }),
            "selected_email_flags"
        );
    }
}
