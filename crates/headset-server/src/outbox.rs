//! Outgoing email. Without SMTP configured, messages are written as `.eml` files into an
//! outbox folder (the operator's, or a test's, to read), so nothing is silently lost.

use std::path::PathBuf;

use crate::Error;

pub struct Outbox {
    dir: PathBuf,
}

impl Outbox {
    pub fn new(dir: PathBuf) -> Self {
        Outbox { dir }
    }

    /// Writes one RFC 5322 message; the file name orders messages by time.
    pub fn send(&self, to: &str, subject: &str, body: &str) -> Result<PathBuf, Error> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| Error::Invalid(format!("outbox {}: {e}", self.dir.display())))?;
        let now = chrono::Utc::now();
        let name = format!(
            "{}-{}.eml",
            now.format("%Y%m%dT%H%M%S%.6f"),
            crate::auth::random_token()
        );
        let path = self.dir.join(name);
        let message = format!(
            "From: Headset <no-reply@headset.local>\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
            now.to_rfc2822()
        );
        std::fs::write(&path, message)
            .map_err(|e| Error::Invalid(format!("outbox {}: {e}", path.display())))?;
        Ok(path)
    }
}
