//! The agent's non-secret memory: which server and user to look up in the keychain.
//! Written with write-then-rename so a crash never leaves half a file.

use std::path::Path;

use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// The server last signed in to (kept after sign-out to prefill the form).
    pub server: Option<String>,
    /// The signed-in user's email (the `uid`), when signed in.
    pub user: Option<String>,
    /// The agent's answer to "start Headset when you log in?" (`None`: not asked yet).
    #[serde(default)]
    pub launch_at_login: Option<bool>,
    /// The name of the sound file alerts play instead of the tone (the file itself is
    /// `custom-sound` in the data dir).
    #[serde(default)]
    pub custom_sound: Option<String>,
    /// The loudness of alerts on this computer, 0–100 (`None`: 100).
    #[serde(default)]
    pub volume: Option<u8>,
    /// The extra CA file and the proxy for reaching the server.
    #[serde(default)]
    pub network: headset_ipc::NetworkSettings,
}

impl Config {
    pub fn load(path: &Path) -> Config {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(self).expect("config serialises");
        headset_ipc::paths::write_atomically(path, &bytes)
    }
}
