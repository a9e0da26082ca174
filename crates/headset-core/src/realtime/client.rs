//! The connection task: connect, subscribe, heartbeat, watch pings, reconnect.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use rand::Rng;
use serde_json::json;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use url::Url;

use super::frame::{self, Frame};
use super::ServerEvent;
use crate::api::Credentials;

/// Reconnect delays: `base * 2^attempt`, capped, each drawn from its upper half.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            base: Duration::from_secs(1),
            cap: Duration::from_secs(30),
        }
    }
}

impl Backoff {
    fn delay(&self, attempt: u32) -> Duration {
        let full = self
            .base
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.cap);
        // Jitter spreads a fleet of clients reconnecting after a server restart.
        let half = full / 2;
        half + half.mul_f64(rand::thread_rng().gen::<f64>())
    }
}

#[derive(Clone)]
pub struct RealtimeConfig {
    /// The server's base URL (`https://chat.example.com/`).
    pub base: Url,
    pub credentials: Credentials,
    pub pubsub_token: String,
    pub account_id: i64,
    pub user_id: i64,
    pub backoff: Backoff,
    /// The extra CA and the proxy, as for the REST client.
    pub network: crate::network::Network,
}

/// What the connection tells its owner.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeUpdate {
    Connected,
    Disconnected {
        reason: String,
        retry_in: Duration,
    },
    /// Boxed: events come in bursts and sit in the channel.
    Event(Box<ServerEvent>),
    /// The server refused the credential or the subscription: sign in again.
    Unauthorized,
}

enum Control {
    ReconnectNow,
}

/// Stops the connection when dropped.
pub struct RealtimeHandle {
    control: mpsc::UnboundedSender<Control>,
    task: tokio::task::JoinHandle<()>,
}

impl RealtimeHandle {
    /// Drops the current socket and connects again at once (network change, resume).
    pub fn reconnect_now(&self) {
        let _ = self.control.send(Control::ReconnectNow);
    }
}

impl Drop for RealtimeHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

const STALE_AFTER: Duration = Duration::from_secs(6);
const HEARTBEAT: Duration = Duration::from_secs(15);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub fn spawn(
    config: RealtimeConfig,
    updates: mpsc::UnboundedSender<RealtimeUpdate>,
) -> RealtimeHandle {
    let (control, control_rx) = mpsc::unbounded_channel();
    let task = tokio::spawn(run(config, updates, control_rx));
    RealtimeHandle { control, task }
}

enum Ended {
    Lost(String),
    Unauthorized,
    /// The owner asked for a fresh connection.
    Restart,
}

async fn run(
    config: RealtimeConfig,
    updates: mpsc::UnboundedSender<RealtimeUpdate>,
    mut control: mpsc::UnboundedReceiver<Control>,
) {
    let identifier = json!({
        "channel": "RoomChannel",
        "pubsub_token": config.pubsub_token,
        "account_id": config.account_id,
        "user_id": config.user_id,
    })
    .to_string();
    let mut attempt = 0u32;
    loop {
        let mut confirmed = false;
        let ended = connection(&config, &identifier, &updates, &mut control, &mut confirmed).await;
        // The server took the subscription, so it is up: a drop after that (a restart,
        // a Wi-Fi change) starts the backoff anew instead of waiting out old failures.
        if confirmed {
            attempt = 0;
        }
        let reason = match ended {
            Ended::Unauthorized => {
                let _ = updates.send(RealtimeUpdate::Unauthorized);
                return;
            }
            Ended::Restart => {
                attempt = 0;
                // Said like any drop, so the session counts it and the window shows it.
                let restart = RealtimeUpdate::Disconnected {
                    reason: "reconnecting at once (network change or resume)".into(),
                    retry_in: Duration::ZERO,
                };
                if updates.send(restart).is_err() {
                    return;
                }
                continue;
            }
            Ended::Lost(reason) => reason,
        };
        let retry_in = config.backoff.delay(attempt);
        attempt = attempt.saturating_add(1);
        tracing::info!(%reason, ?retry_in, "realtime connection lost");
        if updates
            .send(RealtimeUpdate::Disconnected { reason, retry_in })
            .is_err()
        {
            return;
        }
        tokio::select! {
            _ = tokio::time::sleep(retry_in) => {}
            Some(Control::ReconnectNow) = control.recv() => attempt = 0,
        }
    }
}

fn cable_request(
    config: &RealtimeConfig,
) -> Result<tokio_tungstenite::tungstenite::handshake::client::Request, String> {
    let mut url = config.base.join("cable").map_err(|e| e.to_string())?;
    let scheme = if url.scheme() == "https" { "wss" } else { "ws" };
    url.set_scheme(scheme)
        .map_err(|()| "bad scheme".to_owned())?;
    let mut request = url
        .as_str()
        .into_client_request()
        .map_err(|e| e.to_string())?;
    let headers = request.headers_mut();
    let mut put = |name: &'static str, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            headers.insert(name, v);
        }
    };
    put("sec-websocket-protocol", "actioncable-v1-json");
    put(
        "origin",
        config.base.origin().ascii_serialization().as_str(),
    );
    match &config.credentials {
        Credentials::Session {
            access_token,
            client,
            uid,
        } => {
            put("access-token", access_token);
            put("client", client);
            put("uid", uid);
        }
        Credentials::ApiToken { token } => put("api_access_token", token),
    }
    Ok(request)
}

async fn connection(
    config: &RealtimeConfig,
    identifier: &str,
    updates: &mpsc::UnboundedSender<RealtimeUpdate>,
    control: &mut mpsc::UnboundedReceiver<Control>,
    confirmed: &mut bool,
) -> Ended {
    let request = match cable_request(config) {
        Ok(r) => r,
        Err(e) => return Ended::Lost(e),
    };
    let connected = tokio::time::timeout(CONNECT_TIMEOUT, config.network.websocket(request)).await;
    let mut ws = match connected {
        Ok(Ok(ws)) => ws,
        Ok(Err(tokio_tungstenite::tungstenite::Error::Http(resp))) if resp.status() == 401 => {
            return Ended::Unauthorized
        }
        Ok(Err(e)) => return Ended::Lost(e.to_string()),
        Err(_) => return Ended::Lost("connection timed out".into()),
    };
    let subscribe = json!({"command": "subscribe", "identifier": identifier}).to_string();
    if let Err(e) = ws.send(Message::text(subscribe)).await {
        return Ended::Lost(e.to_string());
    }
    let heartbeat = json!({
        "command": "message",
        "identifier": identifier,
        "data": json!({"action": "update_presence"}).to_string(),
    })
    .to_string();
    let mut beat = tokio::time::interval(HEARTBEAT);
    let mut last_sign_of_life = tokio::time::Instant::now();
    loop {
        let stale_at = last_sign_of_life + STALE_AFTER;
        tokio::select! {
            frame = ws.next() => {
                let text = match frame {
                    Some(Ok(Message::Text(text))) => text,
                    Some(Ok(Message::Close(_))) | None => return Ended::Lost("closed by the server".into()),
                    Some(Err(e)) => return Ended::Lost(e.to_string()),
                    Some(Ok(_)) => continue,
                };
                last_sign_of_life = tokio::time::Instant::now();
                match frame::decode(&text, identifier, config.account_id) {
                    Frame::Confirmed => {
                        *confirmed = true;
                        let _ = updates.send(RealtimeUpdate::Connected);
                        let _ = ws.send(Message::text(heartbeat.clone())).await;
                    }
                    Frame::Rejected => return Ended::Unauthorized,
                    Frame::Disconnect { unauthorized: true, .. } => return Ended::Unauthorized,
                    Frame::Disconnect { reason, .. } => {
                        return Ended::Lost(format!("server closed the connection ({reason})"))
                    }
                    Frame::Event(event) => {
                        if updates.send(RealtimeUpdate::Event(event)).is_err() {
                            return Ended::Lost("owner gone".into());
                        }
                    }
                    Frame::Other => {}
                }
            }
            _ = beat.tick(), if *confirmed => {
                if let Err(e) = ws.send(Message::text(heartbeat.clone())).await {
                    return Ended::Lost(e.to_string());
                }
            }
            _ = tokio::time::sleep_until(stale_at) => return Ended::Lost("no ping from the server for 6 s".into()),
            Some(Control::ReconnectNow) = control.recv() => return Ended::Restart,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_with_jitter_and_is_capped() {
        let b = Backoff::default();
        for attempt in 0..20 {
            let d = b.delay(attempt);
            let full = Duration::from_secs(1u64 << attempt.min(5)).min(Duration::from_secs(30));
            assert!(d >= full / 2 && d <= full, "attempt {attempt}: {d:?}");
        }
    }
}
