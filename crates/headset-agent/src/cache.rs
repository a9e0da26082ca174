//! The last profile seen, without its tokens: lets the agent start, and show the
//! profile, while the server is unreachable.

use std::path::Path;

use headset_model::model::User;

pub fn load(path: &Path) -> Option<User> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

/// Written with write-then-rename; the secrets are stripped first.
pub fn save(path: &Path, user: &User) {
    let clean = user.clone().without_secrets();
    let bytes = serde_json::to_vec(&clean).expect("users serialise");
    if let Err(e) = headset_ipc::paths::write_atomically(path, &bytes) {
        tracing::warn!(error = %e, "could not cache the profile");
    }
}

pub fn remove(path: &Path) {
    let _ = std::fs::remove_file(path);
}
