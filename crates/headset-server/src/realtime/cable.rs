//! One ActionCable connection: welcome, pings every 3 s, `RoomChannel` subscriptions
//! (authorised by `pubsub_token`), presence heartbeats, and broadcasts.

use std::time::Duration;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::sync::broadcast::error::RecvError;

use super::{Broadcast, Revocation};
use crate::auth::{authenticate, AuthUser};
use crate::{ApiError, AppState};

const PING: Duration = Duration::from_secs(3);
/// No client frame is this large; a bigger one ends the connection.
const MAX_MESSAGE: usize = 64 * 1024;
/// Clients send a few small frames (subscribe, presence): the default 128 KiB read
/// buffer per socket would make 5 000 sockets cost 640 MiB.
const READ_BUFFER: usize = 4 * 1024;

/// `GET /cable`. Credentials on the upgrade are optional (Chatwoot authorises at
/// subscribe time), but when given they must be valid, and the socket lives only as
/// long as they do.
pub(crate) async fn upgrade(
    State(state): State<AppState>,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    let credential = authenticate(&headers, &state).await?;
    Ok(ws
        .protocols(["actioncable-v1-json"])
        .max_message_size(MAX_MESSAGE)
        .read_buffer_size(READ_BUFFER)
        .on_upgrade(move |socket| async move {
            if let Err(e) = Connection::new(state, credential).run(socket).await {
                tracing::debug!(error = %e, "cable connection ended");
            }
        })
        .into_response())
}

#[derive(Deserialize)]
struct ClientFrame {
    command: String,
    identifier: String,
    #[serde(default)]
    data: Option<String>,
}

#[derive(Deserialize)]
struct RoomIdentifier {
    channel: String,
    pubsub_token: String,
    account_id: i64,
    #[serde(default)]
    user_id: Option<i64>,
}

struct Subscription {
    /// Echoed byte-for-byte in every frame for this subscription.
    identifier: String,
    user_id: i64,
    account_id: i64,
}

struct Connection {
    state: AppState,
    credential: Option<AuthUser>,
    subscriptions: Vec<Subscription>,
}

fn text(value: Value) -> Message {
    Message::Text(value.to_string().into())
}

/// `{"identifier": …, "message": {"event": …, "data": …}}` around data already in JSON:
/// a broadcast to thousands of sockets serialises its data once, not once per socket.
fn event_frame(identifier: &str, event: &str, data: &str) -> Message {
    let (identifier, event) = (Value::from(identifier), Value::from(event));
    Message::Text(
        format!(r#"{{"identifier":{identifier},"message":{{"event":{event},"data":{data}}}}}"#)
            .into(),
    )
}

impl Connection {
    fn new(state: AppState, credential: Option<AuthUser>) -> Self {
        Connection {
            state,
            credential,
            subscriptions: Vec::new(),
        }
    }

    async fn run(mut self, mut socket: WebSocket) -> Result<(), axum::Error> {
        let mut hub = self.state.hub.subscribe();
        socket.send(text(json!({"type": "welcome"}))).await?;
        let mut ping = tokio::time::interval(PING);
        loop {
            tokio::select! {
                _ = ping.tick() => {
                    let now = chrono::Utc::now().timestamp();
                    socket.send(text(json!({"type": "ping", "message": now}))).await?;
                }
                incoming = socket.recv() => match incoming {
                    Some(Ok(Message::Text(frame))) => {
                        for reply in self.on_frame(&frame).await {
                            socket.send(reply).await?;
                        }
                    }
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return Ok(()),
                    Some(Ok(_)) => {}
                },
                broadcast = hub.recv() => match broadcast {
                    Ok(Broadcast::Event { account_id, users, event, data }) => {
                        for sub in &self.subscriptions {
                            if sub.account_id == account_id && users.contains(&sub.user_id) {
                                socket.send(event_frame(&sub.identifier, event, &data)).await?;
                            }
                        }
                    }
                    Ok(Broadcast::Revoke(revocation)) => {
                        if self.is_ended_by(&revocation) {
                            let bye = json!({"type": "disconnect", "reason": "unauthorized", "reconnect": false});
                            socket.send(text(bye)).await?;
                            socket.send(Message::Close(None)).await?;
                            return Ok(());
                        }
                    }
                    Ok(Broadcast::Shutdown) => {
                        let bye = json!({"type": "disconnect", "reason": "server_restart", "reconnect": true});
                        socket.send(text(bye)).await?;
                        socket.send(Message::Close(None)).await?;
                        return Ok(());
                    }
                    Err(RecvError::Lagged(missed)) => {
                        tracing::warn!(missed, "a cable client fell behind; closing it so it resyncs");
                        return Ok(());
                    }
                    Err(RecvError::Closed) => return Ok(()),
                },
            }
        }
    }

    fn is_ended_by(&self, revocation: &Revocation) -> bool {
        let cred = self.credential.as_ref();
        match revocation {
            Revocation::Session(client) => cred.is_some_and(|c| c.client.as_ref() == Some(client)),
            Revocation::ApiToken(user) => cred.is_some_and(|c| c.client.is_none() && c.id == *user),
            Revocation::User(user) => {
                cred.is_some_and(|c| c.id == *user)
                    || self.subscriptions.iter().any(|s| s.user_id == *user)
            }
        }
    }

    async fn on_frame(&mut self, frame: &str) -> Vec<Message> {
        let Ok(frame) = serde_json::from_str::<ClientFrame>(frame) else {
            return vec![];
        };
        match frame.command.as_str() {
            "subscribe" => {
                let kind = match self.subscribe(&frame.identifier).await {
                    Ok(()) => "confirm_subscription",
                    Err(()) => "reject_subscription",
                };
                vec![text(json!({"identifier": frame.identifier, "type": kind}))]
            }
            "unsubscribe" => {
                self.subscriptions
                    .retain(|s| s.identifier != frame.identifier);
                vec![]
            }
            "message" => {
                let action = frame
                    .data
                    .as_deref()
                    .and_then(|d| serde_json::from_str::<Value>(d).ok())
                    .and_then(|d| d.get("action").and_then(Value::as_str).map(str::to_owned));
                if action.as_deref() == Some("update_presence") {
                    if let Some(sub) = self
                        .subscriptions
                        .iter()
                        .find(|s| s.identifier == frame.identifier)
                    {
                        let (account, user) = (sub.account_id, sub.user_id);
                        if self.state.store.presence.touch(account, user) {
                            crate::notify::presence_changed(&self.state, account).await;
                        }
                    }
                }
                vec![]
            }
            _ => vec![],
        }
    }

    /// A `RoomChannel` subscription: the `pubsub_token`'s owner, a member of the account,
    /// and the credential's user when the socket was opened with one.
    async fn subscribe(&mut self, identifier: &str) -> Result<(), ()> {
        let room: RoomIdentifier = serde_json::from_str(identifier).map_err(|_| ())?;
        if room.channel != "RoomChannel" {
            return Err(());
        }
        let user = self
            .state
            .store
            .user_by_pubsub_token(&room.pubsub_token)
            .await
            .ok()
            .flatten()
            .ok_or(())?;
        let member = self
            .state
            .store
            .role_in(user, room.account_id)
            .await
            .ok()
            .flatten();
        let consistent = room.user_id.is_none_or(|u| u == user)
            && self.credential.as_ref().is_none_or(|c| c.id == user);
        if member.is_none() || !consistent {
            return Err(());
        }
        self.subscriptions.push(Subscription {
            identifier: identifier.to_owned(),
            user_id: user,
            account_id: room.account_id,
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use axum::extract::ws::Message;
    use serde_json::{json, Value};

    #[test]
    fn an_event_frame_is_the_json_a_client_expects() {
        let identifier = r#"{"channel":"RoomChannel","pubsub_token":"t\"1"}"#;
        let data = json!({"id": 7, "content": "Ça va? \"oui\"\n", "nested": {"a": [1, null]}});
        let Message::Text(frame) =
            super::event_frame(identifier, "message.created", &data.to_string())
        else {
            panic!("a text frame");
        };
        let parsed: Value = serde_json::from_str(&frame).expect("valid JSON");
        assert_eq!(
            parsed,
            json!({"identifier": identifier, "message": {"event": "message.created", "data": data}})
        );
    }
}
