//! The client side: used by the settings window, the command line and the tests.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use tokio::io::BufReader;
use tokio::sync::{mpsc, oneshot};

use super::{frame, AgentFrame, ClientFrame, Event, Hello, Request, Response, PROTOCOL_VERSION};
use crate::{Error, IpcError, Result};

type Pending = Arc<Mutex<HashMap<u64, oneshot::Sender<Result<Response, IpcError>>>>>;

/// A connection to the agent. Cheap to clone; requests may run concurrently.
#[derive(Clone)]
pub struct IpcClient {
    outgoing: mpsc::UnboundedSender<(Request, oneshot::Sender<Result<Response, IpcError>>)>,
}

impl IpcClient {
    /// Connects and checks the protocol version. Events arrive on the returned receiver,
    /// which closes when the agent goes away.
    pub async fn connect(socket: &Path) -> Result<(Self, mpsc::UnboundedReceiver<Event>)> {
        let stream = super::transport::connect(socket)
            .await
            .map_err(|_| Error::AgentUnavailable)?;
        let (read, mut write) = tokio::io::split(stream);
        let mut read = BufReader::new(read);
        frame::write(
            &mut write,
            &Hello {
                version: PROTOCOL_VERSION,
            },
        )
        .await?;
        let hello: Hello = frame::read(&mut read)
            .await?
            .ok_or(Error::AgentUnavailable)?;
        if hello.version != PROTOCOL_VERSION {
            return Err(Error::VersionMismatch {
                agent: hello.version,
                client: PROTOCOL_VERSION,
            });
        }

        let pending: Pending = Arc::default();
        let (events_tx, events_rx) = mpsc::unbounded_channel();
        let (outgoing, mut requests) = mpsc::unbounded_channel::<(Request, oneshot::Sender<_>)>();

        let writer_pending = pending.clone();
        tokio::spawn(async move {
            let mut next_id = 0u64;
            while let Some((request, reply)) = requests.recv().await {
                next_id += 1;
                writer_pending.lock().unwrap().insert(next_id, reply);
                let sent = frame::write(
                    &mut write,
                    &ClientFrame {
                        id: next_id,
                        request,
                    },
                )
                .await;
                if sent.is_err() {
                    break;
                }
            }
        });
        tokio::spawn(async move {
            while let Ok(Some(frame)) = frame::read::<AgentFrame>(&mut read).await {
                match frame {
                    AgentFrame::Reply { id, result } => {
                        if let Some(reply) = pending.lock().unwrap().remove(&id) {
                            let _ = reply.send(result);
                        }
                    }
                    AgentFrame::Event { event } => {
                        let _ = events_tx.send(event);
                    }
                }
            }
            // Dropping the senders fails every request still waiting.
            pending.lock().unwrap().clear();
        });
        Ok((IpcClient { outgoing }, events_rx))
    }

    pub async fn request(&self, request: Request) -> Result<Response, IpcError> {
        let (tx, rx) = oneshot::channel();
        self.outgoing
            .send((request, tx))
            .map_err(|_| IpcError::from(Error::AgentUnavailable))?;
        rx.await
            .unwrap_or_else(|_| Err(IpcError::from(Error::AgentUnavailable)))
    }
}
