//! Notification emails held for a digest, in the order they happened.

use super::{now, Store};
use crate::Error;

/// One held email: what it was about and where it links.
pub struct DigestItem {
    pub subject: String,
    pub link: String,
}

impl Store {
    pub async fn hold_for_digest(
        &self,
        user_id: i64,
        subject: &str,
        link: &str,
    ) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO digest_items (user_id, subject, link, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(user_id)
        .bind(subject)
        .bind(link)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Each user with held emails, and when the oldest of them was held.
    pub async fn digest_waiting(&self) -> Result<Vec<(i64, String)>, Error> {
        Ok(sqlx::query_as(
            "SELECT user_id, min(created_at) FROM digest_items GROUP BY user_id ORDER BY user_id",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// Takes every held email of `user_id`, oldest first.
    pub async fn take_digest(&self, user_id: i64) -> Result<Vec<DigestItem>, Error> {
        let mut rows: Vec<(i64, String, String)> = sqlx::query_as(
            "DELETE FROM digest_items WHERE user_id = $1 RETURNING id, subject, link",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        rows.sort_by_key(|(id, ..)| *id);
        Ok(rows
            .into_iter()
            .map(|(_, subject, link)| DigestItem { subject, link })
            .collect())
    }
}
