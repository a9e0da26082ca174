//! Storage: SQLite by default, PostgreSQL for fleets, migrated on open.
//!
//! [`Store`] is the one storage interface the routes use. Its queries are written once, in
//! the SQL both databases share (`$n` parameters, `RETURNING`, `ON CONFLICT`,
//! `FILTER`), and run through sqlx's `Any` driver, so they are checked at run time: one
//! query text cannot be compile-checked against two databases. What differs per database
//! (connection set-up, column types in the migrations) lives in `sqlite.rs` and
//! `postgres.rs`. Values cross as text, integers and bytes only: timestamps are RFC 3339
//! text, flags are integers.

use chrono::{SecondsFormat, Utc};
use headset_model::model::{Availability, Role};
use sqlx::{AnyPool, Row};

use crate::Error;

mod assignment;
mod avatars;
mod conversations;
mod custom_filters;
mod demo;
mod digests;
mod lockout;
mod mfa;
mod notifications;
mod password_resets;
mod postgres;
mod profile;
mod sessions;
mod sqlite;
mod user_doc;

pub use conversations::{Conversation, INCOMING, OUTGOING};
pub use custom_filters::FILTER_TYPES;
pub use digests::DigestItem;
pub use profile::{ProfileUpdate, UserBasics};
pub use sessions::SessionRow;

#[derive(Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
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
    /// A transaction for one statement with `RETURNING`, committed by the caller. In
    /// autocommit mode SQLite commits only as such a statement finishes, after sqlx has
    /// handed back the row and stopped: a commit that then failed (a full disk) would go
    /// unseen, and the caller would report a change that was never stored.
    async fn begin(&self) -> Result<sqlx::Transaction<'_, sqlx::Any>, Error> {
        Ok(self.pool.begin().await?)
    }

    /// Opens and migrates the database at `url`: `sqlite://PATH` (created if needed) or
    /// `postgres://...` (the database must exist).
    pub async fn open(url: &str) -> Result<Self, Error> {
        sqlx::any::install_default_drivers();
        let pool = if url.starts_with("sqlite:") {
            sqlite::open(url).await?
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            postgres::open(url).await?
        } else {
            return Err(Error::UnsupportedDatabase(
                url.split(':').next().unwrap_or_default().to_owned(),
            ));
        };
        Ok(Store {
            pool,
            presence: Default::default(),
        })
    }

    pub async fn add_user(&self, new: NewUser<'_>) -> Result<CreatedUser, Error> {
        let now = now();
        let mut tx = self.pool.begin().await?;
        let taken = sqlx::query("SELECT 1 FROM users WHERE lower(email) = lower($1)")
            .bind(new.email)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(Error::DuplicateEmail(new.email.to_owned()));
        }
        sqlx::query(
            "INSERT INTO accounts (name, created_at) VALUES ($1, $2) ON CONFLICT(name) DO NOTHING",
        )
        .bind(new.account)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        let account_id: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE name = $1")
            .bind(new.account)
            .fetch_one(&mut *tx)
            .await?;
        let access_token = crate::auth::random_token();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, name, password_hash, access_token, pubsub_token,
                active_account_id, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
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
             VALUES ($1, $2, $3, $4, $5)",
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

    /// Makes an existing user a member of `account` (created when it does not exist) with
    /// `role`; gives the account's id. Already a member: the role is updated.
    pub async fn join_account(&self, email: &str, account: &str, role: Role) -> Result<i64, Error> {
        let now = now();
        let mut tx = self.pool.begin().await?;
        let user: i64 = sqlx::query_scalar("SELECT id FROM users WHERE lower(email) = lower($1)")
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| Error::Invalid(format!("no user with the email {email}")))?;
        sqlx::query(
            "INSERT INTO accounts (name, created_at) VALUES ($1, $2) ON CONFLICT(name) DO NOTHING",
        )
        .bind(account)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        let account_id: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE name = $1")
            .bind(account)
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO account_users (account_id, user_id, role, active_at, created_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (account_id, user_id) DO UPDATE SET role = excluded.role",
        )
        .bind(account_id)
        .bind(user)
        .bind(role.as_str())
        .bind(&now)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(account_id)
    }

    /// The user's id and password hash, for sign-in.
    pub async fn credentials_by_email(
        &self,
        email: &str,
    ) -> Result<Option<(i64, Option<String>)>, Error> {
        let row = sqlx::query("SELECT id, password_hash FROM users WHERE lower(email) = lower($1)")
            .bind(email)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| (r.get("id"), r.get("password_hash"))))
    }

    pub async fn access_token_of(&self, email: &str) -> Result<Option<String>, Error> {
        Ok(
            sqlx::query_scalar("SELECT access_token FROM users WHERE lower(email) = lower($1)")
                .bind(email)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn user_by_pubsub_token(&self, token: &str) -> Result<Option<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT id FROM users WHERE pubsub_token = $1")
                .bind(token)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Every member of the account.
    pub async fn account_members(&self, account_id: i64) -> Result<Vec<(i64, String)>, Error> {
        let rows =
            sqlx::query("SELECT user_id, availability FROM account_users WHERE account_id = $1")
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
            sqlx::query_scalar("SELECT id FROM users WHERE access_token = $1")
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
            "UPDATE account_users SET availability = $1 WHERE user_id = $2 AND account_id = $3",
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
            "UPDATE users SET lock_version = lock_version + 1, updated_at = $1 WHERE id = $2",
        )
        .bind(now())
        .bind(user_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
