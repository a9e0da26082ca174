//! Encryption at rest for server-side secrets (TOTP seeds): XChaCha20-Poly1305 with a
//! key kept outside the database (a 0600 key file, or `HEADSET_SERVER_SECRET_KEY`).

use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use crate::Error;

pub struct Sealer {
    cipher: XChaCha20Poly1305,
}

const NONCE: usize = 24;

impl Sealer {
    pub fn from_key(key: &[u8; 32]) -> Self {
        Sealer {
            cipher: XChaCha20Poly1305::new(key.into()),
        }
    }

    /// A fresh random key (tests and first start).
    pub fn random() -> Self {
        Sealer {
            cipher: XChaCha20Poly1305::new(&XChaCha20Poly1305::generate_key(&mut OsRng)),
        }
    }

    /// The key from `HEADSET_SERVER_SECRET_KEY` (base64), else from `path`, which is
    /// created with a new random key (mode 0600) when missing.
    pub fn load_or_create(path: &Path) -> Result<Self, Error> {
        let decode = |text: &str| -> Result<[u8; 32], Error> {
            STANDARD
                .decode(text.trim())
                .ok()
                .and_then(|bytes| bytes.try_into().ok())
                .ok_or_else(|| Error::Invalid("the secret key must be 32 bytes in base64".into()))
        };
        if let Ok(text) = std::env::var("HEADSET_SERVER_SECRET_KEY") {
            return Ok(Sealer::from_key(&decode(&text)?));
        }
        let io = |e: std::io::Error| Error::Invalid(format!("secret key {}: {e}", path.display()));
        if let Ok(text) = std::fs::read_to_string(path) {
            return Ok(Sealer::from_key(&decode(&text)?));
        }
        let key = XChaCha20Poly1305::generate_key(&mut OsRng);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(path).map_err(io)?;
        std::io::Write::write_all(&mut file, STANDARD.encode(key).as_bytes()).map_err(io)?;
        Ok(Sealer::from_key(&key.into()))
    }

    pub fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let mut out = nonce.to_vec();
        out.extend(
            self.cipher
                .encrypt(&nonce, plain)
                .expect("encryption cannot fail"),
        );
        out
    }

    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, Error> {
        if sealed.len() < NONCE {
            return Err(Error::Invalid("sealed value too short".into()));
        }
        let (nonce, body) = sealed.split_at(NONCE);
        self.cipher
            .decrypt(XNonce::from_slice(nonce), body)
            .map_err(|_| Error::Invalid("cannot decrypt a stored secret: wrong server key?".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_detects_the_wrong_key() {
        let sealer = Sealer::random();
        let sealed = sealer.seal(b"totp seed");
        assert!(!sealed.windows(9).any(|w| w == b"totp seed"));
        assert_eq!(sealer.open(&sealed).unwrap(), b"totp seed");
        assert!(Sealer::random().open(&sealed).is_err());
    }

    #[test]
    fn key_file_is_created_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("server.key");
        let first = Sealer::load_or_create(&path).unwrap();
        let sealed = first.seal(b"x");
        let again = Sealer::load_or_create(&path).unwrap();
        assert_eq!(again.open(&sealed).unwrap(), b"x");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
