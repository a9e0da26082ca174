//! The realtime client against a Chatwoot-shaped stream: a WebSocket peer replays the
//! frames of `fixtures/chatwoot-stream.jsonl` (Chatwoot's payloads, with all the fields
//! Headset ignores), and every event kind the alert engine needs comes out typed and in
//! order; another account's event is dropped and an unknown kind is kept by name.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use headset_core::api::Credentials;
use headset_core::realtime::{self, Backoff, RealtimeConfig, RealtimeUpdate, ServerEvent};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;

const FIXTURE: &str = include_str!("fixtures/chatwoot-stream.jsonl");

/// Chatwoot's answer to the upgrade: the ActionCable subprotocol.
#[allow(clippy::result_large_err)] // tungstenite's callback type
fn cable_upgrade(req: &Request, mut resp: Response) -> Result<Response, ErrorResponse> {
    assert_eq!(req.uri().path(), "/cable");
    assert_eq!(req.headers()["api_access_token"], "agent-token");
    resp.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("actioncable-v1-json"),
    );
    Ok(resp)
}

/// Accepts one client at `/cable`, sends the welcome, answers its subscription and then
/// replays the rest of the fixture. Gives the subscription's identifier.
async fn replay(listener: TcpListener) -> Value {
    let (tcp, _) = listener.accept().await.unwrap();
    let mut ws = tokio_tungstenite::accept_hdr_async(tcp, cable_upgrade)
        .await
        .unwrap();
    let mut frames = FIXTURE.lines();
    ws.send(Message::text(frames.next().unwrap()))
        .await
        .unwrap();
    let identifier = loop {
        let Some(Ok(Message::Text(text))) = ws.next().await else {
            panic!("the client left before subscribing");
        };
        let frame: Value = serde_json::from_str(&text).unwrap();
        if frame["command"] == "subscribe" {
            break frame["identifier"].as_str().unwrap().to_owned();
        }
    };
    let confirm = json!({"identifier": identifier, "type": "confirm_subscription"});
    ws.send(Message::text(confirm.to_string())).await.unwrap();
    let quoted = serde_json::to_string(&identifier).unwrap();
    for frame in frames {
        let frame = frame.replace("\"IDENTIFIER\"", &quoted);
        ws.send(Message::text(frame)).await.unwrap();
    }
    tokio::spawn(async move { while ws.next().await.is_some() {} });
    serde_json::from_str(&identifier).unwrap()
}

#[tokio::test]
async fn a_chatwoot_stream_becomes_typed_events_in_order() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/", listener.local_addr().unwrap());
    let peer = tokio::spawn(replay(listener));
    let (tx, mut updates) = mpsc::unbounded_channel();
    let _connection = realtime::spawn(
        RealtimeConfig {
            base: base.parse().unwrap(),
            credentials: Credentials::ApiToken {
                token: "agent-token".into(),
            },
            pubsub_token: "agent-pubsub".into(),
            account_id: 1,
            user_id: 3,
            backoff: Backoff::default(),
            network: Default::default(),
        },
        tx,
    );

    let mut events = vec![];
    while events.len() < 13 {
        let update = tokio::time::timeout(Duration::from_secs(5), updates.recv())
            .await
            .unwrap_or_else(|_| panic!("only {} events: {events:#?}", events.len()))
            .unwrap();
        match update {
            RealtimeUpdate::Event(event) => events.push(*event),
            RealtimeUpdate::Connected => assert!(events.is_empty()),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        peer.await.unwrap(),
        json!({"channel": "RoomChannel", "pubsub_token": "agent-pubsub",
               "account_id": 1, "user_id": 3})
    );

    let names: Vec<&str> = events.iter().map(ServerEvent::name).collect();
    assert_eq!(
        names,
        [
            "conversation.created",
            "assignee.changed",
            "message.created",
            "conversation.mentioned",
            "message.created",
            "notification.created",
            "message.updated",
            "conversation.typing_on",
            "conversation.read",
            "notification.deleted",
            "conversation.status_changed",
            "conversation.updated",
            "presence.update",
        ],
        "in order; account 2's message dropped"
    );
    let ServerEvent::ConversationCreated(created) = &events[0] else {
        unreachable!()
    };
    assert_eq!(
        (created.id, created.inbox_id, created.status.as_str()),
        (17, Some(2), "open")
    );
    assert_eq!(created.assignee_id(), Some(3));
    let customer = created.meta.sender.as_ref().unwrap();
    assert_eq!(
        (customer.name.as_str(), customer.kind.as_str()),
        ("Carla Customer", "contact")
    );
    assert_eq!(
        created.messages[0].content.as_deref(),
        Some("Where is my parcel?")
    );

    let ServerEvent::MessageCreated(incoming) = &events[2] else {
        unreachable!()
    };
    assert_eq!(
        (
            incoming.id,
            incoming.conversation_id,
            incoming.message_type,
            incoming.private
        ),
        (4512, 17, 0, false)
    );
    assert_eq!(
        (
            incoming.conversation.assignee_id,
            incoming.conversation.unread_count
        ),
        (Some(3), 1)
    );
    let ServerEvent::MessageCreated(note) = &events[4] else {
        unreachable!()
    };
    assert!(note.private && note.message_type == 1);
    assert_eq!(note.sender.as_ref().unwrap().kind, "user");

    let ServerEvent::NotificationCreated(n) = &events[5] else {
        unreachable!()
    };
    assert_eq!(
        (n.notification.id, n.notification.notification_type.as_str()),
        (88, "conversation_mention")
    );
    assert_eq!(
        n.notification.conversation(),
        Some(17),
        "the display id, not primary_actor_id (the row id)"
    );
    assert_eq!(
        n.notification.message(),
        Some(4513),
        "the note that mentioned"
    );
    assert_eq!((n.unread_count, n.count), (2, 7));
    assert!(n.notification.read_at.is_none());

    let ServerEvent::ConversationRead(read) = &events[8] else {
        unreachable!()
    };
    assert_eq!(read.unread_count, 0);
    let ServerEvent::ConversationStatusChanged(resolved) = &events[10] else {
        unreachable!()
    };
    assert_eq!(resolved.status, "resolved");
    let ServerEvent::ConversationUpdated(unassigned) = &events[11] else {
        unreachable!()
    };
    assert_eq!(unassigned.assignee_id(), None);
    let ServerEvent::PresenceUpdate(users) = &events[12] else {
        unreachable!()
    };
    assert_eq!(users.get("4").map(String::as_str), Some("busy"));
}
