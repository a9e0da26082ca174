//! The SQLite backend (the default): one file, WAL, foreign keys on every connection.

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};

use crate::Error;

pub async fn open(url: &str) -> Result<AnyPool, Error> {
    // `mode=rwc` creates the file on first start.
    let url = if url.contains('?') {
        url.to_owned()
    } else {
        format!("{url}?mode=rwc")
    };
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
                    .await?;
                Ok(())
            })
        })
        .connect(&url)
        .await?;
    // WAL is a property of the file: set once, it stays.
    pool.execute("PRAGMA journal_mode = WAL").await?;
    sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
    Ok(pool)
}
