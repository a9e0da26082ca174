//! Two-factor state: the sealed TOTP seed, the last step used, backup codes and the
//! pending second steps of sign-ins.

use sqlx::Row;

use super::{now, Store};
use crate::Error;

pub struct MfaRow {
    pub secret_sealed: Vec<u8>,
    pub enabled: bool,
}

impl Store {
    pub async fn mfa(&self, user_id: i64) -> Result<Option<MfaRow>, Error> {
        let row = sqlx::query("SELECT secret_sealed, enabled FROM mfa WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| MfaRow {
            secret_sealed: r.get("secret_sealed"),
            enabled: r.get::<i64, _>("enabled") != 0,
        }))
    }

    /// Stores a new, not yet enabled, seed (replacing an unconfirmed one).
    pub async fn mfa_begin(&self, user_id: i64, sealed: &[u8]) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO mfa (user_id, secret_sealed, created_at) VALUES ($1, $2, $3)
             ON CONFLICT(user_id) DO UPDATE SET secret_sealed = excluded.secret_sealed,
                 last_step = 0, created_at = excluded.created_at
             WHERE mfa.enabled = 0",
        )
        .bind(user_id)
        .bind(sealed)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Consumes time step `step`: false if it (or a later one) was used already.
    pub async fn mfa_use_step(&self, user_id: i64, step: u64) -> Result<bool, Error> {
        let done =
            sqlx::query("UPDATE mfa SET last_step = $1 WHERE user_id = $2 AND last_step < $3")
                .bind(step as i64)
                .bind(user_id)
                .bind(step as i64)
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn mfa_enable(&self, user_id: i64) -> Result<(), Error> {
        sqlx::query("UPDATE mfa SET enabled = 1 WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn mfa_disable(&self, user_id: i64) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        for table in ["mfa", "backup_codes"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The new set replaces the old one: old codes stop working.
    pub async fn replace_backup_codes(
        &self,
        user_id: i64,
        code_hashes: &[Vec<u8>],
    ) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM backup_codes WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        for hash in code_hashes {
            sqlx::query("INSERT INTO backup_codes (user_id, code_hash) VALUES ($1, $2)")
                .bind(user_id)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Uses up a backup code; false if it is unknown or used.
    pub async fn use_backup_code(&self, user_id: i64, code_hash: &[u8]) -> Result<bool, Error> {
        let done = sqlx::query(
            "UPDATE backup_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(now())
        .bind(user_id)
        .bind(code_hash)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn backup_codes_generated(&self, user_id: i64) -> Result<bool, Error> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM backup_codes WHERE user_id = $1")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(n > 0)
    }

    pub async fn create_mfa_challenge(
        &self,
        token_hash: &[u8],
        user_id: i64,
        expires_at: &str,
    ) -> Result<(), Error> {
        sqlx::query("DELETE FROM mfa_challenges WHERE expires_at <= $1")
            .bind(now())
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO mfa_challenges (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The user a live challenge belongs to.
    pub async fn mfa_challenge_user(&self, token_hash: &[u8]) -> Result<Option<i64>, Error> {
        Ok(sqlx::query_scalar(
            "SELECT user_id FROM mfa_challenges WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now())
        .fetch_optional(&self.pool)
        .await?)
    }

    pub async fn delete_mfa_challenge(&self, token_hash: &[u8]) -> Result<(), Error> {
        sqlx::query("DELETE FROM mfa_challenges WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
