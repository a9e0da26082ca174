//! A minimal ActionCable client: subscribes to the agent's `RoomChannel` and hands back
//! the content of each `message.created` it receives.

use anyhow::{bail, Context, Result};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::scene::Scene;

pub type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// A socket subscribed to the agent's room, once the server confirmed it.
pub async fn subscribe(scene: &Scene) -> Result<Socket> {
    let mut url = scene.server.join("cable")?;
    url.set_scheme("ws").ok().context("an http server URL")?;
    let (mut socket, _) = tokio_tungstenite::connect_async(url.as_str()).await?;
    let identifier = json!({"channel": "RoomChannel", "pubsub_token": scene.pubsub,
        "account_id": scene.account, "user_id": scene.me})
    .to_string();
    let subscribe = json!({"command": "subscribe", "identifier": identifier}).to_string();
    socket.send(Message::Text(subscribe.into())).await?;
    while let Some(frame) = socket.next().await {
        if let Message::Text(text) = frame? {
            match serde_json::from_str::<Value>(&text)?["type"].as_str() {
                Some("confirm_subscription") => return Ok(socket),
                Some("reject_subscription") => bail!("the server refused the subscription"),
                _ => {}
            }
        }
    }
    bail!("the socket closed before the subscription was confirmed")
}

/// The next text frame as it came; `None` when the socket ends.
pub async fn next_text(socket: &mut Socket) -> Option<String> {
    while let Some(Ok(frame)) = socket.next().await {
        if let Message::Text(text) = frame {
            return Some(text.as_str().to_owned());
        }
    }
    None
}

/// The content of the next `message.created`; `None` when the socket ends.
pub async fn next_message(socket: &mut Socket) -> Option<String> {
    while let Some(Ok(frame)) = socket.next().await {
        let Message::Text(text) = frame else { continue };
        let Ok(frame) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        if frame["message"]["event"] == "message.created" {
            return frame["message"]["data"]["content"]
                .as_str()
                .map(str::to_owned);
        }
    }
    None
}

/// Seconds since the epoch: the clock dbus-monitor and the agent's log also use.
pub fn wall() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or_default()
}
