//! What the agent owes is tried until it is done: a catch-up, a count, a read.

use std::future::Future;
use std::time::Duration;

use headset_ipc::{Error, Result};

const FIRST: Duration = Duration::from_secs(1);
const MOST: Duration = Duration::from_secs(30);

/// Runs `call` until it succeeds, waiting 1 s after the first failure, doubling to 30 s.
/// A 401 is not retried: the credential is gone, and the caller ends the session.
pub async fn until_done<T, F, Fut>(what: &'static str, mut call: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let mut wait = FIRST;
    loop {
        match call().await {
            Ok(value) => return Ok(value),
            Err(Error::Unauthorized) => return Err(Error::Unauthorized),
            Err(e) => {
                tracing::warn!(error = %e, retry_in = ?wait, "could not read {what}; trying again");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(MOST);
            }
        }
    }
}

/// A task that stops when its owner drops it (a session or a socket that is gone).
pub struct Task(tokio::task::JoinHandle<()>);

impl Task {
    pub fn spawn(work: impl Future<Output = ()> + Send + 'static) -> Task {
        Task(tokio::spawn(work))
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        self.0.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_failing_call_is_tried_again_until_it_succeeds() {
        let mut tries = 0;
        let started = std::time::Instant::now();
        let value = until_done("a count", || {
            tries += 1;
            let attempt = tries;
            async move {
                match attempt {
                    1..=2 => Err(Error::Protocol("connection closed".into())),
                    _ => Ok(attempt),
                }
            }
        })
        .await
        .unwrap();
        assert_eq!(value, 3);
        // 1 s, then 2 s of waiting.
        assert!(started.elapsed() >= Duration::from_secs(3));
    }

    #[tokio::test]
    async fn a_refused_credential_is_not_tried_again() {
        let mut tries = 0;
        let result: Result<()> = until_done("a count", || {
            tries += 1;
            async { Err(Error::Unauthorized) }
        })
        .await;
        assert!(matches!(result, Err(Error::Unauthorized)));
        assert_eq!(tries, 1);
    }
}
