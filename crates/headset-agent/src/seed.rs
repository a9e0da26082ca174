//! Headset's own sound choice, seeded on first sign-in from the dashboard's.

use headset_ipc::Edit;
use headset_model::settings::{parse_alerts, Tone};

/// On first sign-in `headset.audio` is seeded from the dashboard's own sound keys, or,
/// when those are absent (Chatwoot's silent default), set to alert for conversations
/// assigned to the agent. `None` once Headset has its own choice.
pub fn audio(ui: &serde_json::Map<String, serde_json::Value>) -> Option<Edit> {
    if ui.get("headset").and_then(|h| h.get("audio")).is_some() {
        return None;
    }
    let string = |key: &str| ui.get(key).and_then(|v| v.as_str());
    let alerts = string("enable_audio_alerts").unwrap_or("assigned");
    let tone = string("notification_tone")
        .filter(|t| Tone::ALL.iter().any(|k| k.as_str() == *t))
        .unwrap_or("ding");
    let repeat = ui
        .get("alert_if_unread_assigned_conversation_exist")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let audio = serde_json::json!({
        "alerts": if parse_alerts(alerts).is_some() { alerts } else { "assigned" },
        "tone": tone,
        "repeat_while_unread": repeat,
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
        match audio(ui.as_object().unwrap())? {
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
