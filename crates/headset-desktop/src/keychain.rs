//! Credentials live only in the OS keychain (Secret Service, Keychain, Credential
//! Manager), keyed by server and user. There is no file fallback by design.

use headset_agent::SecretKey;
use headset_core::api::Credentials;

const SERVICE: &str = "Headset";

fn entry(key: &SecretKey) -> Result<keyring::Entry, String> {
    keyring::Entry::new(SERVICE, &key.account()).map_err(|e| e.to_string())
}

pub fn store(key: &SecretKey, credentials: &Credentials) -> Result<(), String> {
    let secret = serde_json::to_string(credentials).expect("credentials serialise");
    entry(key)?.set_password(&secret).map_err(|e| e.to_string())
}

/// The stored credentials, `None` when there are none.
pub fn load(key: &SecretKey) -> Result<Option<Credentials>, String> {
    match entry(key)?.get_password() {
        Ok(secret) => Ok(serde_json::from_str(&secret).ok()),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

pub fn delete(key: &SecretKey) -> Result<(), String> {
    match entry(key)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(e.to_string()),
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
