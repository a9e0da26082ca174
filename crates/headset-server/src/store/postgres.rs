//! The PostgreSQL backend, for fleets: many agents, one shared database.

use sqlx::any::AnyPoolOptions;
use sqlx::AnyPool;

use crate::Error;

pub async fn open(url: &str) -> Result<AnyPool, Error> {
    let pool = AnyPoolOptions::new()
        .max_connections(16)
        .connect(url)
        .await?;
    sqlx::migrate!("./migrations/postgres").run(&pool).await?;
    Ok(pool)
}
