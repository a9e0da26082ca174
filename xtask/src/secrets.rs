//! After the end-to-end run: no file the tests left (agents' data dirs and logs, desks,
//! temp files, screenshots) holds the password or an API token they used. The servers'
//! own databases are the one place tokens belong (Chatwoot keeps them there too).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::Result;

/// Scans every regular file under `dirs` for each secret listed in `list`.
pub fn scan(dirs: &[PathBuf], list: &Path) -> Result {
    let listed = std::fs::read_to_string(list).unwrap_or_default();
    let secrets: Vec<&str> = listed.lines().filter(|s| s.len() >= 8).collect();
    if secrets.is_empty() {
        eprintln!("xtask: the tests used no secret; nothing to scan for");
        return Ok(());
    }
    // Secrets by their first 8 bytes: one lookup per position, whatever their number.
    let mut by_prefix: HashMap<u64, Vec<&str>> = HashMap::new();
    for secret in &secrets {
        by_prefix
            .entry(prefix(secret.as_bytes()))
            .or_default()
            .push(secret);
    }
    let (mut files, mut bytes, mut found) = (0, 0, vec![]);
    let mut stack = dirs.to_vec();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() && !server_database(&path) {
                let Ok(content) = std::fs::read(&path) else {
                    continue;
                };
                files += 1;
                bytes += content.len();
                let hit = content.windows(8).enumerate().any(|(i, w)| {
                    by_prefix.get(&prefix(w)).is_some_and(|candidates| {
                        candidates
                            .iter()
                            .any(|s| content[i..].starts_with(s.as_bytes()))
                    })
                });
                if hit {
                    found.push(path.display().to_string());
                }
            }
        }
    }
    if !found.is_empty() {
        return Err(format!(
            "a password or API token the tests used is written in: {}",
            found.join(", ")
        ));
    }
    eprintln!(
        "xtask: none of the {} secrets the tests used is in the {files} files ({} MiB) they left",
        secrets.len(),
        bytes / 1024 / 1024
    );
    Ok(())
}

fn prefix(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes"))
}

/// `server.db` and its `-wal`/`-shm` files (and the in-process servers' `s.db`).
fn server_database(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("server.db") || n.starts_with("s.db"))
}
