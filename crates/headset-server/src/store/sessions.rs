//! Device sessions (devise_token_auth `client`s): created at sign-in, listed and ended
//! by their owner, expired by idle and absolute lifetimes.

use serde::Serialize;
use sqlx::Row;

use super::{now, NewSession, Store};
use crate::Error;

/// One session as `GET /api/v1/profile/sessions` lists it.
#[derive(Debug, Serialize)]
pub struct SessionRow {
    pub id: i64,
    pub browser_name: Option<String>,
    pub browser_version: Option<String>,
    pub device_name: Option<String>,
    pub platform_name: Option<String>,
    pub platform_version: Option<String>,
    pub ip_address: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub country_code: Option<String>,
    pub last_activity_at: String,
    pub created_at: String,
    pub current: bool,
}

impl Store {
    pub async fn create_session(&self, user_id: i64, s: NewSession) -> Result<(), Error> {
        let now = now();
        sqlx::query(
            "INSERT INTO sessions (user_id, client, token_hash, client_name, client_version,
                platform, device_model, platform_version, user_agent, ip_address,
                created_at, last_active_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(user_id)
        .bind(&s.client)
        .bind(&s.token_hash)
        .bind(&s.client_name)
        .bind(&s.client_version)
        .bind(&s.platform)
        .bind(&s.device_model)
        .bind(&s.platform_version)
        .bind(&s.user_agent)
        .bind(&s.ip_address)
        .bind(&now)
        .bind(&now)
        .bind(&s.expires_at)
        .execute(&self.pool)
        .await?;
        sqlx::query("UPDATE users SET last_sign_in_at = $1 WHERE id = $2")
            .bind(&now)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn touch_session(&self, client: &str) -> Result<(), Error> {
        sqlx::query("UPDATE sessions SET last_active_at = $1 WHERE client = $2")
            .bind(now())
            .bind(client)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The user and token hash of session `client` of `uid`, if it is still alive:
    /// used since `idle_cutoff` and before its absolute expiry.
    pub async fn session(
        &self,
        client: &str,
        uid: &str,
        idle_cutoff: &str,
    ) -> Result<Option<(i64, Vec<u8>)>, Error> {
        let row = sqlx::query(
            "SELECT s.user_id, s.token_hash FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.client = $1 AND lower(u.email) = lower($2) AND s.expires_at > $3 AND s.last_active_at > $4",
        )
        .bind(client)
        .bind(uid)
        .bind(now())
        .bind(idle_cutoff)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| (r.get("user_id"), r.get("token_hash"))))
    }

    pub async fn sessions_of(
        &self,
        user_id: i64,
        current: Option<&str>,
    ) -> Result<Vec<SessionRow>, Error> {
        let rows = sqlx::query(
            "SELECT id, client, client_name, client_version, platform, device_model,
                platform_version, user_agent, ip_address, created_at, last_active_at
             FROM sessions WHERE user_id = $1 AND expires_at > $2 ORDER BY last_active_at DESC",
        )
        .bind(user_id)
        .bind(now())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let client: String = r.get("client");
                let user_agent: Option<String> = r.get("user_agent");
                SessionRow {
                    id: r.get("id"),
                    browser_name: r
                        .get::<Option<String>, _>("client_name")
                        .or_else(|| user_agent.as_deref().and_then(product_name)),
                    browser_version: r.get("client_version"),
                    device_name: r.get("device_model"),
                    platform_name: r.get("platform"),
                    platform_version: r.get("platform_version"),
                    ip_address: r.get("ip_address"),
                    city: None,
                    country: None,
                    country_code: None,
                    last_activity_at: r.get("last_active_at"),
                    created_at: r.get("created_at"),
                    current: current == Some(client.as_str()),
                }
            })
            .collect())
    }

    /// Ends one of the user's sessions, giving its `client`; `None` when there is none.
    pub async fn delete_session(&self, user_id: i64, id: i64) -> Result<Option<String>, Error> {
        let mut tx = self.begin().await?;
        let returned = sqlx::query_scalar(
            "DELETE FROM sessions WHERE id = $1 AND user_id = $2 RETURNING client",
        )
        .bind(id)
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(returned)
    }

    pub async fn session_id(&self, client: &str) -> Result<Option<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT id FROM sessions WHERE client = $1")
                .bind(client)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn delete_session_by_client(&self, client: &str) -> Result<(), Error> {
        sqlx::query("DELETE FROM sessions WHERE client = $1")
            .bind(client)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends every session of the user but `keep`.
    pub async fn delete_other_sessions(
        &self,
        user_id: i64,
        keep: Option<&str>,
    ) -> Result<(), Error> {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND client IS DISTINCT FROM $2")
            .bind(user_id)
            .bind(keep)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Gives session `client` a new token (its old one stops working at once).
    pub async fn rotate_session_token(&self, client: &str, token_hash: &[u8]) -> Result<(), Error> {
        sqlx::query("UPDATE sessions SET token_hash = $1, last_active_at = $2 WHERE client = $3")
            .bind(token_hash)
            .bind(now())
            .bind(client)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

/// `Mozilla/5.0 (X11; Linux) Firefox/120.0` -> the last product token, `Firefox`.
fn product_name(user_agent: &str) -> Option<String> {
    user_agent
        .split_whitespace()
        .rfind(|t| t.contains('/') && !t.starts_with('('))
        .and_then(|t| t.split('/').next())
        .map(str::to_owned)
}
