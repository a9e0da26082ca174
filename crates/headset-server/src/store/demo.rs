//! What the demo traffic reads: accounts, their people, contacts and open conversations.

use headset_model::model::Role;
use sqlx::Row;

use super::Store;
use crate::Error;

impl Store {
    pub async fn account_ids(&self) -> Result<Vec<i64>, Error> {
        Ok(sqlx::query_scalar("SELECT id FROM accounts ORDER BY id")
            .fetch_all(&self.pool)
            .await?)
    }

    /// `(user id, name, role)` of each member.
    pub async fn members(&self, account_id: i64) -> Result<Vec<(i64, String, Role)>, Error> {
        let rows = sqlx::query(
            "SELECT u.id, u.name, au.role FROM account_users au JOIN users u ON u.id = au.user_id
             WHERE au.account_id = $1 ORDER BY u.id",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                let role: String = r.get("role");
                (
                    r.get("id"),
                    r.get("name"),
                    Role::parse(&role).unwrap_or(Role::Agent),
                )
            })
            .collect())
    }

    pub async fn inbox_ids(&self, account_id: i64) -> Result<Vec<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT id FROM inboxes WHERE account_id = $1 ORDER BY id")
                .bind(account_id)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    pub async fn contact_ids(&self, account_id: i64) -> Result<Vec<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT id FROM contacts WHERE account_id = $1 ORDER BY id")
                .bind(account_id)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    /// Display ids of the account's open conversations.
    pub async fn open_conversations(&self, account_id: i64) -> Result<Vec<i64>, Error> {
        Ok(sqlx::query_scalar(
            "SELECT display_id FROM conversations WHERE account_id = $1 AND status = 'open'
             ORDER BY display_id",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?)
    }
}
