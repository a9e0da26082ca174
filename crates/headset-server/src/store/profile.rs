//! Writes to the user's own profile. Every write bumps `lock_version`, the ETag.

use sqlx::Row;

use super::{now, Store};
use crate::Error;

/// What the profile routes need to decide on a change.
pub struct UserBasics {
    pub email: String,
    pub name: String,
    pub provider: String,
    pub password_hash: Option<String>,
    pub lock_version: i64,
}

/// A validated `PUT /api/v1/profile`: `None` leaves a field as it is.
#[derive(Default)]
pub struct ProfileUpdate {
    pub name: Option<String>,
    /// `Some(None)` clears it.
    pub display_name: Option<Option<String>>,
    pub message_signature: Option<Option<String>>,
    /// `Some(None)` removes the phone number.
    pub phone_number: Option<Option<String>>,
    /// Replaces `ui_settings` whole.
    pub ui_settings: Option<serde_json::Map<String, serde_json::Value>>,
    pub password_hash: Option<String>,
}

impl Store {
    pub async fn user_basics(&self, user_id: i64) -> Result<UserBasics, Error> {
        let r = sqlx::query(
            "SELECT email, name, provider, password_hash, lock_version FROM users WHERE id = $1",
        )
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(UserBasics {
            email: r.get("email"),
            name: r.get("name"),
            provider: r.get("provider"),
            password_hash: r.get("password_hash"),
            lock_version: r.get("lock_version"),
        })
    }

    /// Applies `update` in one transaction if the document is still at `expected`
    /// (when given); returns false, changing nothing, when it is not.
    pub async fn update_profile(
        &self,
        user_id: i64,
        update: ProfileUpdate,
        expected: Option<i64>,
    ) -> Result<bool, Error> {
        let mut tx = self.pool.begin().await?;
        // A write first, so the transaction takes the write lock (SQLite) or the row
        // (PostgreSQL) before it reads: a read first would make SQLite refuse the later
        // write at once (no waiting) when another write committed in between, as a sync's
        // save and an avatar upload at the same moment do.
        let current: i64 = sqlx::query_scalar(
            "UPDATE users SET lock_version = lock_version WHERE id = $1 RETURNING lock_version",
        )
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
        if expected.is_some_and(|e| e != current) {
            return Ok(false);
        }
        if let Some(name) = &update.name {
            sqlx::query("UPDATE users SET name = $1 WHERE id = $2")
                .bind(name)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(display_name) = &update.display_name {
            sqlx::query("UPDATE users SET display_name = $1 WHERE id = $2")
                .bind(display_name)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(signature) = &update.message_signature {
            sqlx::query("UPDATE users SET message_signature = $1 WHERE id = $2")
                .bind(signature)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(phone) = &update.phone_number {
            let text: String =
                sqlx::query_scalar("SELECT custom_attributes FROM users WHERE id = $1")
                    .bind(user_id)
                    .fetch_one(&mut *tx)
                    .await?;
            let mut attributes: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&text).unwrap_or_default();
            match phone {
                Some(p) => attributes.insert("phone_number".into(), p.clone().into()),
                None => attributes.remove("phone_number"),
            };
            sqlx::query("UPDATE users SET custom_attributes = $1 WHERE id = $2")
                .bind(serde_json::Value::Object(attributes).to_string())
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(settings) = update.ui_settings {
            sqlx::query("UPDATE users SET ui_settings = $1 WHERE id = $2")
                .bind(serde_json::Value::Object(settings).to_string())
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(hash) = &update.password_hash {
            // A new password also retires the realtime token (clients re-subscribe).
            sqlx::query("UPDATE users SET password_hash = $1, pubsub_token = $2 WHERE id = $3")
                .bind(hash)
                .bind(crate::auth::random_token())
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "UPDATE users SET lock_version = lock_version + 1, updated_at = $1 WHERE id = $2",
        )
        .bind(now())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn reset_access_token(&self, user_id: i64) -> Result<(), Error> {
        sqlx::query("UPDATE users SET access_token = $1 WHERE id = $2")
            .bind(crate::auth::random_token())
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        self.bump(user_id).await
    }

    /// False when the user is not a member of `account_id`.
    pub async fn set_auto_offline(
        &self,
        user_id: i64,
        account_id: i64,
        on: bool,
    ) -> Result<bool, Error> {
        let done = sqlx::query(
            "UPDATE account_users SET auto_offline = $1 WHERE user_id = $2 AND account_id = $3",
        )
        .bind(i64::from(on))
        .bind(user_id)
        .bind(account_id)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 1 {
            self.bump(user_id).await?;
        }
        Ok(done.rows_affected() == 1)
    }

    /// False when the user is not a member of `account_id`.
    pub async fn set_active_account(&self, user_id: i64, account_id: i64) -> Result<bool, Error> {
        let done = sqlx::query(
            "UPDATE users SET active_account_id = $1 WHERE id = $2
             AND EXISTS (SELECT 1 FROM account_users WHERE user_id = $3 AND account_id = $4)",
        )
        .bind(account_id)
        .bind(user_id)
        .bind(user_id)
        .bind(account_id)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 1 {
            sqlx::query(
                "UPDATE account_users SET active_at = $1 WHERE user_id = $2 AND account_id = $3",
            )
            .bind(now())
            .bind(user_id)
            .bind(account_id)
            .execute(&self.pool)
            .await?;
            self.bump(user_id).await?;
        }
        Ok(done.rows_affected() == 1)
    }
}
