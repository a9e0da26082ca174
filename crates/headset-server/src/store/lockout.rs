//! Per-account failure counters: after a few wrong guesses each further one locks the
//! account's sign-in for longer (exponential backoff), so a slow guesser spread over many
//! addresses gets nowhere. A successful sign-in or a password reset clears it.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{timestamp, Store};
use crate::Error;

/// Failures allowed before the first lock.
pub const FREE_FAILURES: i64 = 5;
const FIRST_LOCK_SECONDS: i64 = 30;
const LONGEST_LOCK_SECONDS: i64 = 3600;

/// How long the account is locked after `failures` consecutive failures.
pub fn lock_seconds(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let doublings = u32::try_from((failures - FREE_FAILURES).min(16)).unwrap_or(16);
    (FIRST_LOCK_SECONDS << doublings).min(LONGEST_LOCK_SECONDS)
}

impl Store {
    /// Seconds the account's sign-in stays locked, if it is.
    pub async fn locked_for(&self, user_id: i64, now: DateTime<Utc>) -> Result<Option<u64>, Error> {
        let row = sqlx::query("SELECT locked_until FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?;
        let until: Option<String> = row.get("locked_until");
        Ok(until
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| (t.with_timezone(&Utc) - now).num_seconds())
            .filter(|s| *s > 0)
            .map(|s| s.unsigned_abs()))
    }

    /// Counts a failure; returns the lock it earned in seconds (0 for none).
    pub async fn record_failed_sign_in(
        &self,
        user_id: i64,
        now: DateTime<Utc>,
    ) -> Result<i64, Error> {
        let mut tx = self.begin().await?;
        let failures: i64 = sqlx::query_scalar(
            "UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = $1
             RETURNING failed_sign_ins",
        )
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        let seconds = lock_seconds(failures);
        if seconds > 0 {
            sqlx::query("UPDATE users SET locked_until = $1 WHERE id = $2")
                .bind(timestamp(now + chrono::Duration::seconds(seconds)))
                .bind(user_id)
                .execute(&self.pool)
                .await?;
        }
        Ok(seconds)
    }

    pub async fn clear_failed_sign_ins(&self, user_id: i64) -> Result<(), Error> {
        sqlx::query("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_the_sixth_failure_up_to_an_hour() {
        assert_eq!(lock_seconds(4), 0);
        assert_eq!(lock_seconds(5), 30);
        assert_eq!(lock_seconds(6), 60);
        assert_eq!(lock_seconds(9), 480);
        assert_eq!(lock_seconds(12), 3600);
        assert_eq!(lock_seconds(1000), 3600);
    }
}
