//! The durable queue of edits: committed to SQLite before the agent says "accepted",
//! so neither a crash nor a kill loses one.

use std::path::Path;
use std::str::FromStr;

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::Row;

use headset_ipc::{Edit, Error, Result};

#[derive(Clone)]
pub struct Journal {
    pool: SqlitePool,
}

/// A full disk is said plainly (the edit was not taken; nothing else is lost); any
/// other failure keeps SQLite's own words.
fn db_error(e: impl Into<sqlx::Error>) -> Error {
    let e = e.into();
    let full = match &e {
        // SQLITE_FULL, with or without an extended code.
        sqlx::Error::Database(db) => db.code().is_some_and(|c| c == "13"),
        sqlx::Error::Io(io) => io.kind() == std::io::ErrorKind::StorageFull,
        _ => false,
    };
    if full {
        return Error::Io(std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            headset_model::texts::plain("error-disk-full"),
        ));
    }
    Error::Io(std::io::Error::other(format!("edit journal: {e}")))
}

impl Journal {
    pub async fn open(path: &Path) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
            .map_err(db_error)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a commit is on disk before we acknowledge the edit.
            .synchronous(SqliteSynchronous::Full);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .map_err(db_error)?;
        sqlx::migrate!("./migrations")
            .run(&pool)
            .await
            .map_err(db_error)?;
        Ok(Journal { pool })
    }

    /// Appends an edit; its id orders it. Run to completion (no `RETURNING` row): with
    /// a row in hand sqlx stops stepping, and a commit that then fails — a full disk —
    /// would go unseen, acknowledging an edit that was never stored.
    pub async fn push(&self, edit: &Edit) -> Result<i64> {
        let text = serde_json::to_string(edit).expect("edits serialise");
        let done = sqlx::query("INSERT INTO edits (edit, created_at) VALUES (?, datetime('now'))")
            .bind(text)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(done.last_insert_rowid())
    }

    /// The oldest edit after `id` (the newest one the server already has; 0 for none).
    pub async fn first_after(&self, id: i64) -> Result<Option<(i64, Edit)>> {
        let row = sqlx::query("SELECT id, edit FROM edits WHERE id > ? ORDER BY id LIMIT 1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(row.and_then(|r| {
            let text: String = r.get("edit");
            Some((r.get("id"), serde_json::from_str(&text).ok()?))
        }))
    }

    pub async fn pending(&self) -> Result<Vec<i64>> {
        sqlx::query_scalar("SELECT id FROM edits ORDER BY id")
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)
    }

    /// Removes `id` and every edit before it (all of them done with).
    pub async fn remove_through(&self, id: i64) -> Result<()> {
        sqlx::query("DELETE FROM edits WHERE id <= ?")
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    /// Drops everything (sign-out: the edits belonged to that session's user).
    pub async fn clear(&self) -> Result<()> {
        sqlx::query("DELETE FROM edits")
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn edits_survive_reopening_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let journal = Journal::open(&path).await.unwrap();
        let a = journal
            .push(&Edit::Locale {
                locale: Some("pl".into()),
            })
            .await
            .unwrap();
        let b = journal.push(&Edit::Locale { locale: None }).await.unwrap();
        drop(journal);
        let again = Journal::open(&path).await.unwrap();
        assert_eq!(again.pending().await.unwrap(), vec![a, b]);
        assert_eq!(
            again.first_after(0).await.unwrap().unwrap(),
            (
                a,
                Edit::Locale {
                    locale: Some("pl".into())
                }
            )
        );
        assert_eq!(again.first_after(a).await.unwrap().unwrap().0, b);
        assert_eq!(again.first_after(b).await.unwrap(), None);
        again.remove_through(a).await.unwrap();
        assert_eq!(again.pending().await.unwrap(), vec![b]);
        again.remove_through(b).await.unwrap();
        assert_eq!(again.pending().await.unwrap(), Vec::<i64>::new());
    }
}
