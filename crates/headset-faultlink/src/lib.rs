//! A TCP link of the tests' own between the agent and the server, for the faults a real
//! network has: connections that stall, are cut, slow down, or swallow bytes while they
//! stay open (a laptop changing network, a NAT that forgot the connection). It also knows
//! one request by its first line: the notifications list, which the agent reads to catch
//! up, can be held or refused, while everything else flows.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Flow,
    /// Connections stay open, and no byte moves either way.
    Stall,
    /// Every connection is closed, and new ones are closed at once.
    Cut,
    /// Bytes move, each chunk held back this long first (a congested or distant link).
    Slow(Duration),
    /// Connections stay open, and every byte is read and dropped: what was sent
    /// meanwhile never comes.
    Swallow,
}

/// The link; clones share it.
#[derive(Clone)]
pub struct FaultLink {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    mode: watch::Sender<Mode>,
    catch_up: Arc<CatchUp>,
}

/// What happens to the requests for the notifications list.
#[derive(Default)]
struct CatchUp {
    /// Closed unanswered while set.
    refuse: AtomicBool,
    refused: AtomicUsize,
    /// Held while set, until it is cleared.
    hold: AtomicBool,
    held: AtomicUsize,
    released: Notify,
}

impl FaultLink {
    /// A link to `upstream` (`http://host:port` or `host:port`), flowing.
    pub async fn start(upstream: &str) -> std::io::Result<FaultLink> {
        let upstream = upstream.trim_start_matches("http://").to_owned();
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let (mode, watching) = watch::channel(Mode::Flow);
        let link = FaultLink {
            url: format!("http://{}", listener.local_addr()?),
            mode,
            catch_up: Arc::default(),
        };
        let catch_up = link.catch_up.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                if *watching.borrow() == Mode::Cut {
                    continue;
                }
                let (upstream, mode, catch_up) =
                    (upstream.clone(), watching.clone(), catch_up.clone());
                tokio::spawn(connect(client, upstream, mode, catch_up));
            }
        });
        Ok(link)
    }

    pub fn set(&self, mode: Mode) {
        self.mode.send_replace(mode);
    }

    /// Closes the notifications-list requests unanswered (`true`), or lets them through.
    pub fn refuse_notifications(&self, refuse: bool) {
        self.catch_up.refuse.store(refuse, Ordering::SeqCst);
    }

    /// Holds the notifications-list requests (`true`) until released (`false`).
    pub fn hold_notifications(&self, hold: bool) {
        self.catch_up.hold.store(hold, Ordering::SeqCst);
        if !hold {
            self.catch_up.released.notify_waiters();
        }
    }

    /// How many notifications-list requests were refused, and held.
    pub fn refused_notifications(&self) -> usize {
        self.catch_up.refused.load(Ordering::SeqCst)
    }

    pub fn held_notifications(&self) -> usize {
        self.catch_up.held.load(Ordering::SeqCst)
    }
}

/// One connection: its first request line decides whether it is refused or held; then
/// both directions are pumped as the mode says.
async fn connect(
    mut client: TcpStream,
    upstream: String,
    mode: watch::Receiver<Mode>,
    catch_up: Arc<CatchUp>,
) {
    let mut first = vec![0u8; 4096];
    let Ok(n) = client.read(&mut first).await else {
        return;
    };
    let line = String::from_utf8_lossy(&first[..n]);
    let line = line.lines().next().unwrap_or_default();
    if line.contains("/notifications?") || line.contains("/notifications ") {
        if catch_up.refuse.load(Ordering::SeqCst) {
            catch_up.refused.fetch_add(1, Ordering::SeqCst);
            return;
        }
        let released = catch_up.released.notified();
        tokio::pin!(released);
        released.as_mut().enable();
        if catch_up.hold.load(Ordering::SeqCst) {
            catch_up.held.fetch_add(1, Ordering::SeqCst);
            released.await;
        }
    }
    let Ok(mut server) = TcpStream::connect(&upstream).await else {
        return;
    };
    // The first bytes go as the mode says, as all later ones do.
    let mut first_mode = mode.clone();
    loop {
        let now = *first_mode.borrow_and_update();
        match now {
            Mode::Flow | Mode::Slow(_) => {
                if let Mode::Slow(delay) = now {
                    tokio::time::sleep(delay).await;
                }
                if server.write_all(&first[..n]).await.is_err() {
                    return;
                }
                break;
            }
            Mode::Swallow => break,
            Mode::Cut => return,
            Mode::Stall => {
                if first_mode.changed().await.is_err() {
                    return;
                }
            }
        }
    }
    let (from_client, to_client) = client.into_split();
    let (from_server, to_server) = server.into_split();
    tokio::spawn(pump(from_client, to_server, mode.clone()));
    tokio::spawn(pump(from_server, to_client, mode));
}

/// Copies one direction while the link flows; holds still while it stalls.
async fn pump(mut from: OwnedReadHalf, mut to: OwnedWriteHalf, mut mode: watch::Receiver<Mode>) {
    let mut buffer = vec![0u8; 16 * 1024];
    loop {
        let (delay, drop) = loop {
            match *mode.borrow_and_update() {
                Mode::Flow => break (Duration::ZERO, false),
                Mode::Slow(delay) => break (delay, false),
                Mode::Swallow => break (Duration::ZERO, true),
                Mode::Cut => return,
                Mode::Stall => {}
            }
            if mode.changed().await.is_err() {
                return;
            }
        };
        tokio::select! {
            read = from.read(&mut buffer) => match read {
                Ok(0) | Err(_) => return,
                Ok(_) if drop => {}
                Ok(n) => {
                    tokio::time::sleep(delay).await;
                    if to.write_all(&buffer[..n]).await.is_err() { return }
                }
            },
            // The mode changed: look again before moving another byte.
            _ = mode.changed() => {}
        }
    }
}
