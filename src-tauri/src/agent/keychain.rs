//! Credentials live only in the OS keychain (Secret Service, Keychain, Credential
//! Manager), keyed by server and user. There is no file fallback by design.

use headset_core::api::Credentials;
use headset_core::{Error, Result};

const SERVICE: &str = "Headset";

fn entry(server: &str, user: &str) -> Result<keyring::Entry> {
    keyring::Entry::new(SERVICE, &format!("{user} @ {server}")).map_err(keychain_error)
}

fn keychain_error(e: keyring::Error) -> Error {
    Error::Keychain(e.to_string())
}

pub fn store(server: &str, user: &str, credentials: &Credentials) -> Result<()> {
    let secret = serde_json::to_string(credentials).expect("credentials serialise");
    entry(server, user)?
        .set_password(&secret)
        .map_err(keychain_error)
}

/// The stored credentials, `None` when there are none.
pub fn load(server: &str, user: &str) -> Result<Option<Credentials>> {
    match entry(server, user)?.get_password() {
        Ok(secret) => Ok(serde_json::from_str(&secret).ok()),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(keychain_error(e)),
    }
}

pub fn delete(server: &str, user: &str) -> Result<()> {
    match entry(server, user)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(keychain_error(e)),
    }
}

/// Can the keychain be reached at all? (Looking up an entry that does not exist.)
pub fn probe() -> Result<String, String> {
    let entry = keyring::Entry::new(SERVICE, "diagnose").map_err(|e| e.to_string())?;
    match entry.get_password() {
        Ok(_) | Err(keyring::Error::NoEntry) => {
            Ok(headset_model::texts::plain("diagnose-reachable"))
        }
        Err(e) => Err(e.to_string()),
    }
}
