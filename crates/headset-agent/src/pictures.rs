//! Customers' pictures for notifications, cached on disk by URL. A pop-up shows the
//! picture when it is cached; otherwise the picture is fetched in the background for the
//! next one: an alert never waits for a download.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use headset_core::api::ApiClient;
use sha2::{Digest, Sha256};

/// Larger pictures are not worth a pop-up's few pixels.
const LIMIT: usize = 1024 * 1024;

#[derive(Clone)]
pub struct Pictures {
    dir: PathBuf,
    api: ApiClient,
    /// URLs being fetched (or found broken this run): each is tried once.
    tried: Arc<Mutex<HashSet<String>>>,
}

impl Pictures {
    pub fn new(dir: PathBuf, api: ApiClient) -> Self {
        Pictures {
            dir,
            api,
            tried: Arc::default(),
        }
    }

    fn file(&self, url: &str) -> PathBuf {
        let digest = Sha256::digest(url.as_bytes());
        let name: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(name)
    }

    /// The cached picture of `url`; when there is none yet, a fetch starts.
    pub fn cached(&self, url: &str) -> Option<PathBuf> {
        if url.is_empty() {
            return None;
        }
        let file = self.file(url);
        if file.exists() {
            return Some(file);
        }
        if self.tried.lock().unwrap().insert(url.to_owned()) {
            let (api, url) = (self.api.clone(), url.to_owned());
            tokio::spawn(async move {
                let stored = match api.picture(&url, LIMIT).await {
                    Ok(bytes) => headset_ipc::paths::write_atomically(&file, &bytes)
                        .map_err(|e| e.to_string()),
                    Err(e) => Err(e.to_string()),
                };
                if let Err(error) = stored {
                    tracing::info!(%error, "no picture for the notification");
                }
            });
        }
        None
    }
}
