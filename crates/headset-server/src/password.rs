//! argon2id password hashing, off the async threads and bounded in parallelism
//! (each hash takes ~19 MiB; an unbounded burst of sign-ins must not exhaust memory).

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::LazyLock;

use tokio::sync::Semaphore;

use crate::Error;

/// The minimum length NIST SP 800-63B asks of a memorised secret.
pub const MIN_LENGTH: usize = 8;
pub const MAX_LENGTH: usize = 128;

pub struct Hasher {
    permits: Semaphore,
}

impl Default for Hasher {
    fn default() -> Self {
        Hasher {
            permits: Semaphore::new(4),
        }
    }
}

/// OWASP's argon2id parameters: m = 19 MiB, t = 2, p = 1.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

impl Hasher {
    pub async fn hash(&self, password: String) -> Result<String, Error> {
        let _permit = self
            .permits
            .acquire()
            .await
            .expect("semaphore never closed");
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            argon2()
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| Error::Hash(e.to_string()))
        })
        .await
        .map_err(|e| Error::Hash(e.to_string()))?
    }

    /// Verifies against `hash`, or against a dummy when the user does not exist, so that
    /// the answer takes as long either way (no account enumeration by timing).
    pub async fn verify(&self, password: String, hash: Option<String>) -> bool {
        let _permit = self
            .permits
            .acquire()
            .await
            .expect("semaphore never closed");
        tokio::task::spawn_blocking(move || {
            let real = hash.is_some();
            let hash = hash.unwrap_or_else(|| DUMMY.clone());
            let Ok(parsed) = PasswordHash::new(&hash) else {
                return false;
            };
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
                && real
        })
        .await
        .unwrap_or(false)
    }
}

static DUMMY: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(b"no such user", &salt)
        .expect("hashing a constant works")
        .to_string()
});
