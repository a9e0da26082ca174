//! The channel under the IPC, private to the user. Unix: a socket in a 0700 directory,
//! itself 0600, and each peer's uid checked. Windows: a named pipe whose name carries
//! the socket path (so each data directory has its own agent), local clients only; its
//! default access list lets only the owner (and the system and administrators) write,
//! and a client that cannot write cannot even say hello.
//!
//! Binding is the single-instance lock on both: a second agent fails with `AddrInUse`.

use std::io;

use crate::Error;

fn already_running() -> Error {
    Error::Io(io::Error::new(
        io::ErrorKind::AddrInUse,
        "another Headset agent is already running",
    ))
}

#[cfg(unix)]
pub use unix::{bind, connect, Listener};
#[cfg(windows)]
pub use windows::{bind, connect, Listener};

#[cfg(unix)]
mod unix {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    use std::path::Path;

    use tokio::net::{UnixListener, UnixStream};

    use crate::Result;

    pub struct Listener {
        listener: UnixListener,
        me: libc::uid_t,
    }

    /// Binds the socket; a stale file left by a crash is removed.
    pub async fn bind(socket: &Path) -> Result<Listener> {
        let dir = socket.parent().expect("socket path has a parent");
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        // The directory may predate us (logs are written there too): make sure it is private.
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        if UnixStream::connect(socket).await.is_ok() {
            return Err(super::already_running());
        }
        let _ = std::fs::remove_file(socket);
        // Created under a 0077 umask, so the socket is never briefly open to others.
        let old = unsafe { libc::umask(0o077) };
        let bound = UnixListener::bind(socket);
        unsafe { libc::umask(old) };
        let listener = bound?;
        std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o600))?;
        Ok(Listener {
            listener,
            me: unsafe { libc::getuid() },
        })
    }

    impl Listener {
        /// The next client of this user; others are refused and logged.
        pub async fn accept(&mut self) -> Result<UnixStream> {
            loop {
                let (stream, _) = self.listener.accept().await?;
                match stream.peer_cred() {
                    Ok(cred) if cred.uid() == self.me => return Ok(stream),
                    other => {
                        let peer = other.map(|c| c.uid()).ok();
                        tracing::warn!(?peer, "refused an IPC client of another user");
                    }
                }
            }
        }
    }

    pub async fn connect(socket: &Path) -> std::io::Result<UnixStream> {
        UnixStream::connect(socket).await
    }
}

#[cfg(windows)]
mod windows {
    use std::path::Path;
    use std::time::Duration;

    use tokio::net::windows::named_pipe::{
        ClientOptions, NamedPipeClient, NamedPipeServer, ServerOptions,
    };

    use crate::Result;

    /// `ERROR_PIPE_BUSY`: every instance is taken for the moment.
    const PIPE_BUSY: i32 = 231;

    /// A pipe name may hold any character but a backslash.
    fn pipe_name(socket: &Path) -> String {
        let path = socket.display().to_string().replace('\\', "/");
        format!(r"\\.\pipe\headset-{path}")
    }

    pub struct Listener {
        name: String,
        next: NamedPipeServer,
    }

    pub async fn bind(socket: &Path) -> Result<Listener> {
        let name = pipe_name(socket);
        let next = ServerOptions::new()
            .first_pipe_instance(true)
            .reject_remote_clients(true)
            .create(&name)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::PermissionDenied => super::already_running(),
                _ => e.into(),
            })?;
        Ok(Listener { name, next })
    }

    impl Listener {
        /// The next client; a fresh instance waits for the one after it.
        pub async fn accept(&mut self) -> Result<NamedPipeServer> {
            self.next.connect().await?;
            let fresh = ServerOptions::new()
                .reject_remote_clients(true)
                .create(&self.name)?;
            Ok(std::mem::replace(&mut self.next, fresh))
        }
    }

    pub async fn connect(socket: &Path) -> std::io::Result<NamedPipeClient> {
        let name = pipe_name(socket);
        loop {
            match ClientOptions::new().open(&name) {
                Err(e) if e.raw_os_error() == Some(PIPE_BUSY) => {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                other => return other,
            }
        }
    }
}
