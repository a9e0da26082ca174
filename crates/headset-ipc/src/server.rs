//! The agent side: a version handshake, then requests and events.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncWrite, BufReader};
use tokio::sync::{broadcast, mpsc};

use super::transport::Listener;
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

/// Serves clients until the listener fails.
pub async fn serve<H: Handler>(
    mut listener: Listener,
    handler: Arc<H>,
    events: broadcast::Sender<Event>,
) -> Result<()> {
    let ids = AtomicU64::new(0);
    loop {
        let stream = listener.accept().await?;
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
    stream: impl AsyncRead + AsyncWrite,
    handler: Arc<H>,
    mut events: broadcast::Receiver<Event>,
) -> Result<()> {
    let (read, mut write) = tokio::io::split(stream);
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
