//! Storage: one SQLite database (WAL), migrated on open. Queries are checked at run time
//! so that the same texts can later serve PostgreSQL too.

use std::str::FromStr;

use chrono::{SecondsFormat, Utc};
use headset_core::model::{Availability, Role};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::Row;

use crate::Error;

mod conversations;
mod mfa;
mod notifications;
mod password_resets;
mod profile;
mod sessions;
mod user_doc;

pub use conversations::{Conversation, INCOMING, OUTGOING};
pub use notifications::all_flags;
pub use profile::{ProfileUpdate, UserBasics};
pub use sessions::SessionRow;

#[derive(Clone)]
pub struct Store {
    pub(crate) pool: SqlitePool,
    /// Who is connected right now (Chatwoot keeps this in Redis): ephemeral by design.
    pub presence: std::sync::Arc<crate::realtime::Presence>,
}

/// A user to create (`headset-server user add`).
pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub account: &'a str,
    pub password_hash: String,
}

/// What `user add` prints.
#[derive(Debug, serde::Serialize)]
pub struct CreatedUser {
    pub id: i64,
    pub email: String,
    pub account_id: i64,
    pub access_token: String,
}

/// A device's session, as the sign-in request described it.
#[derive(Default)]
pub struct NewSession {
    pub client: String,
    pub token_hash: Vec<u8>,
    pub client_name: Option<String>,
    pub client_version: Option<String>,
    pub platform: Option<String>,
    pub device_model: Option<String>,
    pub platform_version: Option<String>,
    pub user_agent: Option<String>,
    pub ip_address: Option<String>,
    pub expires_at: String,
}

pub(crate) fn now() -> String {
    timestamp(Utc::now())
}

/// RFC 3339 in UTC, which also sorts as text.
pub fn timestamp(at: chrono::DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `url` (`sqlite://PATH`).
    pub async fn open(url: &str) -> Result<Self, Error> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Store {
            pool,
            presence: Default::default(),
        })
    }

    pub async fn add_user(&self, new: NewUser<'_>) -> Result<CreatedUser, Error> {
        let now = now();
        let mut tx = self.pool.begin().await?;
        let taken = sqlx::query("SELECT 1 FROM users WHERE email = ?")
            .bind(new.email)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(Error::DuplicateEmail(new.email.to_owned()));
        }
        sqlx::query(
            "INSERT INTO accounts (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
        )
        .bind(new.account)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        let account_id: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE name = ?")
            .bind(new.account)
            .fetch_one(&mut *tx)
            .await?;
        let access_token = crate::auth::random_token();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, name, password_hash, access_token, pubsub_token,
                active_account_id, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(new.email)
        .bind(new.name)
        .bind(&new.password_hash)
        .bind(&access_token)
        .bind(crate::auth::random_token())
        .bind(account_id)
        .bind(&now)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO account_users (account_id, user_id, role, active_at, created_at)
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(account_id)
        .bind(id)
        .bind(new.role.as_str())
        .bind(&now)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(CreatedUser {
            id,
            email: new.email.to_owned(),
            account_id,
            access_token,
        })
    }

    /// The user's id and password hash, for sign-in.
    pub async fn credentials_by_email(
        &self,
        email: &str,
    ) -> Result<Option<(i64, Option<String>)>, Error> {
        let row = sqlx::query("SELECT id, password_hash FROM users WHERE email = ?")
            .bind(email)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| (r.get("id"), r.get("password_hash"))))
    }

    pub async fn access_token_of(&self, email: &str) -> Result<Option<String>, Error> {
        Ok(
            sqlx::query_scalar("SELECT access_token FROM users WHERE email = ?")
                .bind(email)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn user_by_pubsub_token(&self, token: &str) -> Result<Option<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT id FROM users WHERE pubsub_token = ?")
                .bind(token)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Every member of the account.
    pub async fn account_members(&self, account_id: i64) -> Result<Vec<(i64, String)>, Error> {
        let rows =
            sqlx::query("SELECT user_id, availability FROM account_users WHERE account_id = ?")
                .bind(account_id)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .iter()
            .map(|r| (r.get("user_id"), r.get("availability")))
            .collect())
    }

    pub async fn user_by_access_token(&self, token: &str) -> Result<Option<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT id FROM users WHERE access_token = ?")
                .bind(token)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Sets the user's status in one of their accounts; false when not a member.
    pub async fn set_availability(
        &self,
        user_id: i64,
        account_id: i64,
        availability: Availability,
    ) -> Result<bool, Error> {
        let done = sqlx::query(
            "UPDATE account_users SET availability = ? WHERE user_id = ? AND account_id = ?",
        )
        .bind(availability.as_str())
        .bind(user_id)
        .bind(account_id)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 1 {
            self.bump(user_id).await?;
        }
        Ok(done.rows_affected() == 1)
    }

    /// Marks the user document changed (its ETag).
    pub(crate) async fn bump(&self, user_id: i64) -> Result<(), Error> {
        sqlx::query(
            "UPDATE users SET lock_version = lock_version + 1, updated_at = ? WHERE id = ?",
        )
        .bind(now())
        .bind(user_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
