//! A throwaway PostgreSQL server (Debian's `postgresql` package) for the server's tests:
//! a fresh cluster in a temp dir, on a free loopback port, trusted local login, stopped
//! and removed when dropped.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process;
use crate::Result;

pub struct Postgres {
    bin: PathBuf,
    data: PathBuf,
    /// `postgres://headset@127.0.0.1:PORT` (no database: each test makes its own).
    pub url: String,
}

/// The newest installed server's binaries (`/usr/lib/postgresql/<version>/bin`).
fn binaries() -> Result<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|_| "PostgreSQL is not installed (apt-get install postgresql)".to_string())?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin)| bin.join("initdb").exists())
        .collect();
    versions.sort();
    versions
        .pop()
        .map(|(_, bin)| bin)
        .ok_or_else(|| "no PostgreSQL server binaries in /usr/lib/postgresql".into())
}

/// PostgreSQL will not run as root: as root, the cluster belongs to `postgres`.
fn as_owner(program: &Path) -> Command {
    if unsafe { libc::geteuid() } == 0 {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

impl Postgres {
    pub fn start() -> Result<Self> {
        let bin = binaries()?;
        let data = std::env::temp_dir().join(format!("headset-pg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&data);
        std::fs::create_dir_all(&data).map_err(|e| e.to_string())?;
        if unsafe { libc::geteuid() } == 0 {
            process::run(Command::new("chown").arg("postgres:postgres").arg(&data))?;
        }
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        process::output(
            as_owner(&bin.join("initdb"))
                .args([
                    "--auth=trust",
                    "--username=headset",
                    "--encoding=UTF8",
                    "-D",
                ])
                .arg(&data),
        )?;
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off",
            data.display()
        );
        process::output(
            as_owner(&bin.join("pg_ctl"))
                .args(["-w", "-D"])
                .arg(&data)
                .args(["-o", &options, "-l"])
                .arg(data.join("server.log"))
                .arg("start"),
        )?;
        Ok(Postgres {
            bin,
            data,
            url: format!("postgres://headset@127.0.0.1:{port}"),
        })
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = process::output(
            as_owner(&self.bin.join("pg_ctl"))
                .args(["-w", "-m", "fast", "-D"])
                .arg(&self.data)
                .arg("stop"),
        );
        let _ = std::fs::remove_dir_all(&self.data);
    }
}
