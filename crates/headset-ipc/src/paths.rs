//! Where Headset keeps its files. `HEADSET_DATA_DIR` moves all of them (tests, demo).

use std::path::{Path, PathBuf};

/// Writes a whole file or nothing: a temporary beside it, flushed to disk, then renamed
/// over it, so a crash leaves the old or the new version, never half of one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)?;
    std::fs::File::open(&tmp)?.sync_all()?;
    std::fs::rename(tmp, path)
}

#[derive(Debug, Clone)]
pub struct Paths {
    root: PathBuf,
    runtime: PathBuf,
}

impl Paths {
    /// The user's locations, or everything under `HEADSET_DATA_DIR` when it is set.
    pub fn from_env() -> Self {
        if let Some(dir) = std::env::var_os("HEADSET_DATA_DIR").filter(|d| !d.is_empty()) {
            return Self::under(PathBuf::from(dir));
        }
        let dirs = directories::ProjectDirs::from("app", "headset", "Headset");
        let root = dirs
            .as_ref()
            .map(|d| d.data_dir().to_path_buf())
            .unwrap_or_else(|| std::env::temp_dir().join("headset"));
        let runtime = dirs
            .as_ref()
            .and_then(|d| d.runtime_dir().map(Path::to_path_buf))
            .unwrap_or_else(|| root.clone());
        Paths { root, runtime }
    }

    /// Everything, socket included, under one directory.
    pub fn under(root: PathBuf) -> Self {
        Paths {
            runtime: root.clone(),
            root,
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.root
    }

    /// The agent's IPC socket. Its directory is private to the user (0700).
    pub fn socket(&self) -> PathBuf {
        self.runtime.join("agent.sock")
    }

    pub fn runtime_dir(&self) -> &Path {
        &self.runtime
    }

    pub fn log_dir(&self) -> PathBuf {
        self.root.join("logs")
    }

    /// Non-secret facts: which server and user to look up in the keychain.
    pub fn config_file(&self) -> PathBuf {
        self.root.join("config.json")
    }

    /// The last profile seen, without tokens (offline start).
    pub fn profile_cache(&self) -> PathBuf {
        self.root.join("profile.json")
    }

    /// The last alert decisions ("Why was I (not) notified?"), kept across restarts.
    pub fn decisions(&self) -> PathBuf {
        self.root.join("decisions.json")
    }

    /// The sound file alerts on this computer play instead of the tone.
    pub fn custom_sound(&self) -> PathBuf {
        self.root.join("custom-sound")
    }

    /// Customers' pictures, cached for notifications.
    pub fn pictures(&self) -> PathBuf {
        self.root.join("pictures")
    }

    /// Edits waiting for the server.
    pub fn journal(&self) -> PathBuf {
        self.root.join("journal.db")
    }
}
