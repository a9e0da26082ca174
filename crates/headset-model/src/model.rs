//! The Chatwoot `user` (profile) document, as `GET /api/v1/profile` returns it.
//!
//! Deserialisation is lenient (absent fields default) so that any Chatwoot version
//! parses; `headset-server` serialises the same types, so both sides share one shape.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    Online,
    Busy,
    Offline,
}

impl Availability {
    pub const ALL: [Availability; 3] = [Self::Online, Self::Busy, Self::Offline];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::Busy => "busy",
            Self::Offline => "offline",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Agent,
    Administrator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agent => "agent",
            Self::Administrator => "administrator",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Agent, Self::Administrator]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// One account the user belongs to (`accounts[]` of the profile).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountMembership {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub active_at: Option<String>,
    pub role: Role,
    #[serde(default)]
    pub permissions: Vec<String>,
    pub availability: Availability,
    #[serde(default)]
    pub availability_status: Option<Availability>,
    #[serde(default)]
    pub auto_offline: bool,
    #[serde(default)]
    pub custom_role_id: Option<i64>,
    #[serde(default)]
    pub custom_role: Option<serde_json::Value>,
}

/// The profile document (schema `user` of Chatwoot's swagger.json, plus headset-server's
/// `created_at`, `updated_at` and `last_sign_in_at`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub available_name: String,
    pub email: String,
    #[serde(default)]
    pub avatar_url: String,
    #[serde(default)]
    pub confirmed: bool,
    #[serde(default)]
    pub message_signature: Option<String>,
    #[serde(default)]
    pub provider: String,
    #[serde(default)]
    pub pubsub_token: Option<String>,
    #[serde(default)]
    pub access_token: Option<String>,
    pub account_id: i64,
    pub role: Role,
    #[serde(default)]
    pub ui_settings: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    pub custom_attributes: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    pub uid: String,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hmac_identifier: Option<String>,
    #[serde(default)]
    pub inviter_id: Option<i64>,
    #[serde(default)]
    pub accounts: Vec<AccountMembership>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sign_in_at: Option<String>,
}

impl User {
    /// The membership of the active account.
    pub fn active_account(&self) -> Option<&AccountMembership> {
        self.accounts.iter().find(|a| a.id == self.account_id)
    }

    /// The same document with the secrets removed, fit to cache on disk or show.
    pub fn without_secrets(mut self) -> Self {
        self.access_token = None;
        self.pubsub_token = None;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_chatwoot_profile_with_missing_optional_fields() {
        let doc = serde_json::json!({
            "id": 7, "name": "Ann", "email": "ann@example.com", "account_id": 1,
            "role": "agent", "access_token": "secret-a", "pubsub_token": "secret-p",
            "accounts": [{"id": 1, "name": "Acme", "role": "agent", "availability": "busy"}]
        });
        let user: User = serde_json::from_value(doc).unwrap();
        assert_eq!(
            user.active_account().unwrap().availability,
            Availability::Busy
        );
        let clean = user.without_secrets();
        let text = serde_json::to_string(&clean).unwrap();
        assert!(!text.contains("secret-"), "{text}");
    }
}
