//! Saved filters (`custom_filters`), each user's own, in Chatwoot's shape.

use serde_json::{json, Value};
use sqlx::any::AnyRow;
use sqlx::Row;

use super::{now, Store};
use crate::Error;

/// What a filter selects.
pub const FILTER_TYPES: [&str; 4] = ["conversation", "contact", "company", "report"];

fn payload(r: &AnyRow) -> Value {
    let query: String = r.get("query");
    json!({
        "id": r.get::<i64, _>("id"),
        "name": r.get::<String, _>("name"),
        "filter_type": r.get::<String, _>("filter_type"),
        "query": serde_json::from_str::<Value>(&query).unwrap_or_else(|_| json!({})),
        "created_at": r.get::<String, _>("created_at"),
        "updated_at": r.get::<String, _>("updated_at"),
    })
}

const COLUMNS: &str = "id, name, filter_type, query, created_at, updated_at";

impl Store {
    pub async fn custom_filters(
        &self,
        account_id: i64,
        user_id: i64,
        filter_type: Option<&str>,
    ) -> Result<Vec<Value>, Error> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM custom_filters
             WHERE account_id = $1 AND user_id = $2 AND ($3 = '' OR filter_type = $3)
             ORDER BY id"
        ))
        .bind(account_id)
        .bind(user_id)
        .bind(filter_type.unwrap_or_default())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(payload).collect())
    }

    pub async fn custom_filter(
        &self,
        account_id: i64,
        user_id: i64,
        id: i64,
    ) -> Result<Option<Value>, Error> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM custom_filters WHERE account_id = $1 AND user_id = $2 AND id = $3"
        ))
        .bind(account_id)
        .bind(user_id)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(payload))
    }

    pub async fn create_custom_filter(
        &self,
        account_id: i64,
        user_id: i64,
        name: &str,
        filter_type: &str,
        query: &Value,
    ) -> Result<Value, Error> {
        let now = now();
        let mut tx = self.begin().await?;
        let row = sqlx::query(&format!(
            "INSERT INTO custom_filters (account_id, user_id, name, filter_type, query, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING {COLUMNS}"
        ))
        .bind(account_id)
        .bind(user_id)
        .bind(name)
        .bind(filter_type)
        .bind(query.to_string())
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(payload(&row))
    }

    /// Changes the given parts; `None` when the filter is not the user's.
    pub async fn update_custom_filter(
        &self,
        account_id: i64,
        user_id: i64,
        id: i64,
        name: Option<&str>,
        query: Option<&Value>,
    ) -> Result<Option<Value>, Error> {
        let mut tx = self.begin().await?;
        let row = sqlx::query(&format!(
            "UPDATE custom_filters SET name = COALESCE($1, name), query = COALESCE($2, query),
                updated_at = $3
             WHERE account_id = $4 AND user_id = $5 AND id = $6 RETURNING {COLUMNS}"
        ))
        .bind(name)
        .bind(query.map(Value::to_string))
        .bind(now())
        .bind(account_id)
        .bind(user_id)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(row.as_ref().map(payload))
    }

    pub async fn delete_custom_filter(
        &self,
        account_id: i64,
        user_id: i64,
        id: i64,
    ) -> Result<bool, Error> {
        let done = sqlx::query(
            "DELETE FROM custom_filters WHERE account_id = $1 AND user_id = $2 AND id = $3",
        )
        .bind(account_id)
        .bind(user_id)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() > 0)
    }
}
