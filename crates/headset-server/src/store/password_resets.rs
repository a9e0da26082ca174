//! Password reset tokens: hashed, an hour long, single use.

use super::{now, Store};
use crate::Error;

impl Store {
    pub async fn user_id_by_email(&self, email: &str) -> Result<Option<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT id FROM users WHERE lower(email) = lower($1)")
                .bind(email)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn create_password_reset(
        &self,
        token_hash: &[u8],
        user_id: i64,
        expires_at: &str,
    ) -> Result<(), Error> {
        sqlx::query("DELETE FROM password_resets WHERE user_id = $1 OR expires_at <= $2")
            .bind(user_id)
            .bind(now())
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Uses up a live reset token, giving its user.
    pub async fn take_password_reset(&self, token_hash: &[u8]) -> Result<Option<i64>, Error> {
        let mut tx = self.begin().await?;
        let returned = sqlx::query_scalar(
            "DELETE FROM password_resets WHERE token_hash = $1 AND expires_at > $2 RETURNING user_id",
        )
        .bind(token_hash)
        .bind(now())
        .fetch_optional(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(returned)
    }

    /// A new password: it also retires the realtime token and every session.
    pub async fn reset_password(&self, user_id: i64, password_hash: &str) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE users SET password_hash = $1, pubsub_token = $2, lock_version = lock_version + 1,
                updated_at = $3 WHERE id = $4",
        )
        .bind(password_hash)
        .bind(crate::auth::random_token())
        .bind(now())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
