//! Avatars: the processed images of each user, and the `avatar_url` that points at them.

use sqlx::Row;

use super::{now, Store};
use crate::avatar::{Avatar, SIZES};
use crate::Error;

impl Store {
    /// Replaces the user's avatar; `base` is the public URL the names are served under.
    /// Returns the new `avatar_url` (the large image).
    pub async fn set_avatar(
        &self,
        user_id: i64,
        avatar: &Avatar,
        base: &str,
    ) -> Result<String, Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM avatars WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        // One random stem for both sizes: a new upload always gets a new URL, so the
        // images can be cached for ever.
        let stem = crate::auth::random_token();
        let mut urls = Vec::new();
        for (size, bytes) in SIZES.iter().zip([&avatar.large, &avatar.small]) {
            let name = format!("{stem}-{size}.{}", avatar.extension);
            sqlx::query(
                "INSERT INTO avatars (name, user_id, size, content_type, bytes)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&name)
            .bind(user_id)
            .bind(i64::from(*size))
            .bind(avatar.content_type)
            .bind(bytes.as_slice())
            .execute(&mut *tx)
            .await?;
            urls.push(format!("{base}/avatars/{name}"));
        }
        let url = urls.swap_remove(0);
        sqlx::query(
            "UPDATE users SET avatar_url = $1, updated_at = $2, lock_version = lock_version + 1
             WHERE id = $3",
        )
        .bind(&url)
        .bind(now())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(url)
    }

    pub async fn delete_avatar(&self, user_id: i64) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM avatars WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE users SET avatar_url = '', updated_at = $1, lock_version = lock_version + 1
             WHERE id = $2",
        )
        .bind(now())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// `(content type, bytes)` of a served avatar image.
    pub async fn avatar_image(&self, name: &str) -> Result<Option<(String, Vec<u8>)>, Error> {
        let row = sqlx::query("SELECT content_type, bytes FROM avatars WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| (r.get("content_type"), r.get("bytes"))))
    }
}
