//! The agent side: a user-only socket, a version handshake, then requests and events.

use std::future::Future;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tokio::io::BufReader;
use tokio::net::{UnixListener, UnixStream};
use tokio::sync::{broadcast, mpsc};

use super::{frame, AgentFrame, ClientFrame, Event, Hello, Request, Response, PROTOCOL_VERSION};
use crate::{Error, IpcError, Result};

/// Identifies one client connection for the lifetime of the agent.
pub type ConnId = u64;

pub trait Handler: Send + Sync + 'static {
    fn handle(
        &self,
        conn: ConnId,
        request: Request,
    ) -> impl Future<Output = Result<Response, IpcError>> + Send;
    fn disconnected(&self, conn: ConnId);
}

/// Binds the agent's socket. The socket is the single-instance lock: if another agent
/// answers on it, this fails with `AddrInUse`; a stale file left by a crash is removed.
pub async fn bind(socket: &Path) -> Result<UnixListener> {
    let dir = socket.parent().expect("socket path has a parent");
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    // The directory may predate us (logs are written there too): make sure it is private.
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    if UnixStream::connect(socket).await.is_ok() {
        return Err(Error::Io(std::io::Error::new(
            std::io::ErrorKind::AddrInUse,
            "another Headset agent is already running",
        )));
    }
    let _ = std::fs::remove_file(socket);
    // Created under a 0077 umask, so the socket is never briefly open to others.
    let old = unsafe { libc::umask(0o077) };
    let bound = UnixListener::bind(socket);
    unsafe { libc::umask(old) };
    let listener = bound?;
    std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o600))?;
    Ok(listener)
}

/// Serves clients until the listener fails. Connections from other users are refused.
pub async fn serve<H: Handler>(
    listener: UnixListener,
    handler: Arc<H>,
    events: broadcast::Sender<Event>,
) -> Result<()> {
    let ids = AtomicU64::new(0);
    let me = unsafe { libc::getuid() };
    loop {
        let (stream, _) = listener.accept().await?;
        match stream.peer_cred() {
            Ok(cred) if cred.uid() == me => {}
            other => {
                tracing::warn!(peer = ?other.map(|c| c.uid()).ok(), "refused an IPC client of another user");
                continue;
            }
        }
        let conn = ids.fetch_add(1, Ordering::Relaxed) + 1;
        let handler = handler.clone();
        let events = events.subscribe();
        tokio::spawn(async move {
            if let Err(e) = connection(conn, stream, handler.clone(), events).await {
                tracing::debug!(conn, error = %e, "IPC client ended");
            }
            handler.disconnected(conn);
        });
    }
}

async fn connection<H: Handler>(
    conn: ConnId,
    stream: UnixStream,
    handler: Arc<H>,
    mut events: broadcast::Receiver<Event>,
) -> Result<()> {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    let Some(hello) = frame::read::<Hello>(&mut read).await? else {
        return Ok(());
    };
    frame::write(
        &mut write,
        &Hello {
            version: PROTOCOL_VERSION,
        },
    )
    .await?;
    if hello.version != PROTOCOL_VERSION {
        return Ok(());
    }

    // Replies and events share one writer; requests run concurrently so a slow server
    // call never holds up events or other requests.
    let (out_tx, mut out_rx) = mpsc::unbounded_channel::<AgentFrame>();
    let writer = async {
        while let Some(frame) = out_rx.recv().await {
            frame::write(&mut write, &frame).await?;
        }
        Ok::<_, Error>(())
    };
    let forward_events = {
        let out_tx = out_tx.clone();
        async move {
            loop {
                match events.recv().await {
                    Ok(event) => {
                        if out_tx.send(AgentFrame::Event { event }).is_err() {
                            break;
                        }
                    }
                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(broadcast::error::RecvError::Closed) => break,
                }
            }
        }
    };
    let requests = async {
        while let Some(ClientFrame { id, request }) = frame::read(&mut read).await? {
            let (handler, out_tx) = (handler.clone(), out_tx.clone());
            tokio::spawn(async move {
                let result = handler.handle(conn, request).await;
                let _ = out_tx.send(AgentFrame::Reply { id, result });
            });
        }
        Ok::<_, Error>(())
    };
    tokio::select! {
        r = writer => r,
        r = requests => r,
        _ = forward_events => Ok(()),
    }
}
