//! Builds the complete `user` document (every field of the swagger `user` schema).

use headset_model::model::{AccountMembership, Availability, Role, User};
use sqlx::Row;

use crate::{Error, Store};

impl Store {
    pub async fn user_document(&self, user_id: i64) -> Result<User, Error> {
        let u = sqlx::query("SELECT * FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?;
        let rows = sqlx::query(
            "SELECT a.id, a.name, au.role, au.availability, au.auto_offline, au.active_at
             FROM account_users au JOIN accounts a ON a.id = au.account_id
             WHERE au.user_id = $1 ORDER BY a.id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        let accounts: Vec<AccountMembership> = rows
            .iter()
            .map(|r| {
                let role = Role::parse(r.get("role")).unwrap_or(Role::Agent);
                let availability =
                    Availability::parse(r.get("availability")).unwrap_or(Availability::Offline);
                AccountMembership {
                    id: r.get("id"),
                    name: r.get("name"),
                    status: "active".into(),
                    active_at: r.get("active_at"),
                    role,
                    permissions: vec![role.as_str().to_owned()],
                    availability,
                    // Chatwoot: the chosen status while connected, offline otherwise.
                    availability_status: Some(if self.presence.is_present(r.get("id"), user_id) {
                        availability
                    } else {
                        Availability::Offline
                    }),
                    auto_offline: r.get::<i64, _>("auto_offline") != 0,
                    custom_role_id: None,
                    custom_role: None,
                }
            })
            .collect();
        let active: Option<i64> = u.get("active_account_id");
        let account_id = active
            .filter(|id| accounts.iter().any(|a| a.id == *id))
            .or(accounts.first().map(|a| a.id))
            .unwrap_or_default();
        let role = accounts
            .iter()
            .find(|a| a.id == account_id)
            .map(|a| a.role)
            .unwrap_or(Role::Agent);
        let name: String = u.get("name");
        let display_name: Option<String> = u.get("display_name");
        let email: String = u.get("email");
        Ok(User {
            id: user_id,
            available_name: display_name
                .clone()
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| name.clone()),
            name,
            display_name,
            uid: email.clone(),
            email,
            avatar_url: u.get("avatar_url"),
            confirmed: u.get::<i64, _>("confirmed") != 0,
            message_signature: u.get("message_signature"),
            provider: u.get("provider"),
            pubsub_token: Some(u.get("pubsub_token")),
            access_token: Some(u.get("access_token")),
            account_id,
            role,
            ui_settings: parse_object(u.get("ui_settings")),
            custom_attributes: parse_object(u.get("custom_attributes")),
            kind: Some("User".into()),
            hmac_identifier: None,
            inviter_id: None,
            accounts,
            created_at: u.get("created_at"),
            updated_at: u.get("updated_at"),
            last_sign_in_at: u.get("last_sign_in_at"),
        })
    }
}

fn parse_object(text: String) -> serde_json::Map<String, serde_json::Value> {
    serde_json::from_str(&text).unwrap_or_default()
}
