//! Outgoing email: through an SMTP relay (`--smtp URL`) or, without one, as `.eml` files
//! in an outbox folder (the operator's, or a test's, to read), so nothing is silently lost.
//!
//! Messages are queued and a background worker sends them one at a time, in order. No
//! request waits on a mail server, so how long an answer takes says nothing about whether
//! a mail went out (a password reset must not reveal which addresses have accounts).

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::mpsc;

use crate::Error;

/// The sender when `--mail-from` is not given.
pub const DEFAULT_FROM: &str = "Headset <no-reply@headset.local>";

/// Attempts at a message the relay refused for a passing reason (4xx, connection lost).
const ATTEMPTS: u32 = 5;

pub struct Mailer {
    from: Mailbox,
    queue: mpsc::UnboundedSender<Message>,
}

enum Transport {
    Outbox(PathBuf),
    Smtp(Box<AsyncSmtpTransport<Tokio1Executor>>),
}

impl Mailer {
    /// Writes mail into `dir`. Starts the worker: call inside a Tokio runtime.
    pub fn outbox(dir: PathBuf, from: &str) -> Result<Self, Error> {
        Self::start(Transport::Outbox(dir), from)
    }

    /// Sends mail through the relay at `url`: `smtp://host:port` (plain, for a relay on
    /// this machine), `smtp://user:password@host:587?tls=required` (STARTTLS) or
    /// `smtps://user:password@host:465`. Starts the worker: call inside a Tokio runtime.
    pub fn smtp(url: &str, from: &str) -> Result<Self, Error> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| Error::Mail(format!("--smtp: {e}")))?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        Self::start(Transport::Smtp(Box::new(transport)), from)
    }

    fn start(transport: Transport, from: &str) -> Result<Self, Error> {
        let from = from
            .parse()
            .map_err(|e| Error::Mail(format!("--mail-from {from:?}: {e}")))?;
        let (queue, messages) = mpsc::unbounded_channel();
        tokio::spawn(work(transport, messages));
        Ok(Mailer { from, queue })
    }

    /// Queues a plain-text message to `to`.
    pub fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), Error> {
        let to: Mailbox = to
            .parse()
            .map_err(|e| Error::Mail(format!("recipient {to:?}: {e}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .map_err(|e| Error::Mail(e.to_string()))?;
        self.queue
            .send(message)
            .map_err(|_| Error::Mail("the mail worker has stopped".into()))
    }
}

/// Sends queued messages in order until the queue closes. Failures are logged without
/// the message (it may hold a reset link) and the message is dropped after the retries.
async fn work(transport: Transport, mut messages: mpsc::UnboundedReceiver<Message>) {
    while let Some(message) = messages.recv().await {
        let mut wait = Duration::from_secs(1);
        for attempt in 1..=ATTEMPTS {
            match deliver(&transport, &message).await {
                Ok(()) => break,
                Err((error, transient)) if transient && attempt < ATTEMPTS => {
                    tracing::warn!(%error, attempt, "mail not sent yet; retrying");
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
                Err((error, _)) => {
                    tracing::error!(%error, "mail dropped");
                    break;
                }
            }
        }
    }
}

/// Hands one message over; on failure, whether trying again may help.
async fn deliver(transport: &Transport, message: &Message) -> Result<(), (String, bool)> {
    match transport {
        Transport::Outbox(dir) => write_to_outbox(dir, message).map_err(|e| (e, false)),
        Transport::Smtp(smtp) => smtp
            .send(message.clone())
            .await
            .map(|_| ())
            .map_err(|e| (e.to_string(), !e.is_permanent())),
    }
}

/// One RFC 5322 file; the name orders messages by time.
fn write_to_outbox(dir: &std::path::Path, message: &Message) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("outbox {}: {e}", dir.display()))?;
    let name = format!(
        "{}-{}.eml",
        chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"),
        crate::auth::random_token()
    );
    let path = dir.join(name);
    std::fs::write(&path, message.formatted())
        .map_err(|e| format!("outbox {}: {e}", path.display()))
}
