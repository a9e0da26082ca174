//! What auto-assignment reads and keeps: an inbox's members, their open load, and the
//! round robin's place.

use super::Store;
use crate::Error;

impl Store {
    /// The agents who work the inbox, in id order.
    pub async fn inbox_members(&self, inbox_id: i64) -> Result<Vec<i64>, Error> {
        Ok(sqlx::query_scalar(
            "SELECT user_id FROM inbox_members WHERE inbox_id = $1 ORDER BY user_id",
        )
        .bind(inbox_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Open conversations of the inbox assigned to the agent.
    pub async fn open_load(&self, inbox_id: i64, user_id: i64) -> Result<i64, Error> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM conversations
             WHERE inbox_id = $1 AND assignee_id = $2 AND status = 'open'",
        )
        .bind(inbox_id)
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?)
    }

    pub async fn last_auto_assignee(&self, inbox_id: i64) -> Result<Option<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT last_auto_assignee FROM inboxes WHERE id = $1")
                .bind(inbox_id)
                .fetch_one(&self.pool)
                .await?,
        )
    }

    pub async fn set_last_auto_assignee(&self, inbox_id: i64, user_id: i64) -> Result<(), Error> {
        sqlx::query("UPDATE inboxes SET last_auto_assignee = $1 WHERE id = $2")
            .bind(user_id)
            .bind(inbox_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
