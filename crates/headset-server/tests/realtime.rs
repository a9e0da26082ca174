//! ActionCable at /cable over a real WebSocket: framing, who receives which event,
//! presence, and sockets closing when their credential ends.

mod common;

use std::time::Duration;

use common::{Device, TestServer, PASSWORD};
use futures_util::{SinkExt, StreamExt};
use headset_model::model::Role;
use reqwest::Method;
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

struct Agent {
    device: Device,
    doc: Value,
}

impl Agent {
    fn id(&self) -> i64 {
        self.doc["id"].as_i64().unwrap()
    }
    fn account(&self) -> i64 {
        self.doc["account_id"].as_i64().unwrap()
    }
    fn identifier(&self) -> String {
        json!({"channel": "RoomChannel", "pubsub_token": self.doc["pubsub_token"],
               "account_id": self.account(), "user_id": self.id()})
        .to_string()
    }
}

async fn agent(server: &TestServer, email: &str, role: Role) -> Agent {
    server.add_user(email, role).await;
    let device = server.device(email, "Headset").await;
    let doc = device
        .request(Method::GET, server.url("/api/v1/profile"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    Agent { device, doc }
}

async fn connect(server: &TestServer, device: Option<&Device>) -> Socket {
    let mut request = format!("{}/cable", server.base.replace("http", "ws"))
        .into_client_request()
        .unwrap();
    let headers = request.headers_mut();
    headers.insert(
        "Sec-WebSocket-Protocol",
        "actioncable-v1-json".parse().unwrap(),
    );
    if let Some(d) = device {
        headers.insert("access-token", d.token.parse().unwrap());
        headers.insert("client", d.client.parse().unwrap());
        headers.insert("uid", d.uid.parse().unwrap());
    }
    let (mut ws, response) = tokio_tungstenite::connect_async(request).await.unwrap();
    assert_eq!(
        response.headers()["sec-websocket-protocol"],
        "actioncable-v1-json"
    );
    assert_eq!(next_frame(&mut ws).await.unwrap()["type"], "welcome");
    ws
}

async fn next_frame(ws: &mut Socket) -> Option<Value> {
    loop {
        match tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .ok()??
        {
            Ok(Message::Text(t)) => return Some(serde_json::from_str(&t).unwrap()),
            Ok(Message::Close(_)) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

async fn subscribe(ws: &mut Socket, identifier: &str) -> String {
    ws.send(Message::text(
        json!({"command": "subscribe", "identifier": identifier}).to_string(),
    ))
    .await
    .unwrap();
    loop {
        let frame = next_frame(ws).await.expect("an answer to subscribe");
        if frame["identifier"] == identifier {
            return frame["type"].as_str().unwrap().to_owned();
        }
    }
}

/// The events that arrive within `wait`, in order (pings skipped).
async fn events(ws: &mut Socket, wait: Duration) -> Vec<(String, Value)> {
    let mut out = vec![];
    let deadline = tokio::time::Instant::now() + wait;
    while let Ok(Some(Ok(msg))) = tokio::time::timeout_at(deadline, ws.next()).await {
        if let Message::Text(t) = msg {
            let frame: Value = serde_json::from_str(&t).unwrap();
            if let Some(event) = frame["message"]["event"].as_str() {
                out.push((event.to_owned(), frame["message"]["data"].clone()));
            }
        }
    }
    out
}

fn names(events: &[(String, Value)]) -> Vec<&str> {
    events.iter().map(|(e, _)| e.as_str()).collect()
}

async fn call(server: &TestServer, d: &Device, method: Method, path: &str, body: Value) -> Value {
    let resp = d
        .request(method, server.url(path))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{path}: {}", resp.status());
    resp.json().await.unwrap()
}

#[tokio::test]
async fn events_reach_the_agents_who_may_see_them_and_no_one_else() {
    let server = TestServer::start().await;
    let ada = agent(&server, "ada@example.com", Role::Agent).await;
    let bob = agent(&server, "bob@example.com", Role::Agent).await;
    let carol = agent(&server, "carol@example.com", Role::Administrator).await;
    let account = ada.account();
    let inbox = server.store.create_inbox(account, "Website").await.unwrap();
    server
        .store
        .add_inbox_member(inbox, ada.id())
        .await
        .unwrap();
    let contact = server
        .store
        .create_contact(account, "Customer", None)
        .await
        .unwrap();
    let base = format!("/api/v1/accounts/{account}");
    call(&server, &ada.device, Method::PATCH, &format!("{base}/notification_settings"), json!({"notification_settings": {
        "selected_email_flags": [],
        "selected_push_flags": ["push_conversation_assignment", "push_assigned_conversation_new_message", "push_conversation_mention"]
    }})).await;

    let mut sockets = vec![];
    for a in [&ada, &bob, &carol] {
        let mut ws = connect(&server, Some(&a.device)).await;
        assert_eq!(
            subscribe(&mut ws, &a.identifier()).await,
            "confirm_subscription"
        );
        sockets.push(ws);
    }

    let conv = call(
        &server,
        &carol.device,
        Method::POST,
        &format!("{base}/conversations"),
        json!({
            "inbox_id": inbox, "contact_id": contact, "assignee_id": ada.id(),
            "message": {"content": "Hello, my order is late"}
        }),
    )
    .await;
    let display = conv["id"].as_i64().unwrap();
    call(
        &server,
        &carol.device,
        Method::POST,
        &format!("{base}/conversations/{display}/messages"),
        json!({"content": "Any news?", "message_type": "incoming"}),
    )
    .await;
    call(&server, &carol.device, Method::POST, &format!("{base}/conversations/{display}/messages"),
        json!({"content": format!("[@Ada](mention://user/{}/Ada) please check", ada.id()), "private": true})).await;

    let wait = Duration::from_millis(800);
    let ada_events = events(&mut sockets[0], wait).await;
    let bob_events = events(&mut sockets[1], wait).await;
    let carol_events = events(&mut sockets[2], wait).await;

    assert_eq!(
        names(&ada_events),
        [
            "conversation.created",
            "assignee.changed",
            "notification.created",
            "message.created",
            "notification.created",
            "message.created",
            "conversation.mentioned",
            "notification.created"
        ]
    );
    let kinds: Vec<&str> = ada_events
        .iter()
        .filter(|(e, _)| e == "notification.created")
        .map(|(_, d)| d["notification"]["notification_type"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "conversation_assignment",
            "assigned_conversation_new_message",
            "conversation_mention"
        ]
    );
    let (_, message) = &ada_events[3];
    assert_eq!(message["conversation_id"], display);
    assert_eq!(message["message_type"], 0);
    assert_eq!(message["sender"]["type"], "contact");
    assert_eq!(message["conversation"]["assignee_id"], ada.id());
    assert_eq!(message["account_id"], account);
    let (_, created) = &ada_events[0];
    assert_eq!(created["meta"]["assignee"]["id"], ada.id());
    assert_eq!(ada_events[2].1["unread_count"], 1);

    assert!(
        bob_events.is_empty(),
        "bob is not in the inbox: {bob_events:?}"
    );
    assert_eq!(
        names(&carol_events),
        [
            "conversation.created",
            "assignee.changed",
            "message.created",
            "message.created"
        ]
    );

    let unread: Value = call(
        &server,
        &ada.device,
        Method::GET,
        &format!("{base}/notifications/unread_count"),
        json!({}),
    )
    .await;
    assert_eq!(unread, 3);
    let meta = call(
        &server,
        &ada.device,
        Method::GET,
        &format!("{base}/conversations/meta"),
        json!({}),
    )
    .await;
    assert_eq!(meta["meta"]["mine_count"], 1);

    // Resolving it tells the same audience; the open count drops.
    let toggled = call(
        &server,
        &ada.device,
        Method::POST,
        &format!("{base}/conversations/{display}/toggle_status"),
        json!({"status": "resolved"}),
    )
    .await;
    assert_eq!(toggled["payload"]["current_status"], "resolved");
    let ada_events = events(&mut sockets[0], wait).await;
    assert_eq!(names(&ada_events), ["conversation.status_changed"]);
    assert_eq!(ada_events[0].1["status"], "resolved");
    assert!(events(&mut sockets[1], wait).await.is_empty());
    let meta = call(
        &server,
        &ada.device,
        Method::GET,
        &format!("{base}/conversations/meta"),
        json!({}),
    )
    .await;
    assert_eq!(meta["meta"]["mine_count"], 0);
}

#[tokio::test]
async fn subscriptions_need_the_users_own_pubsub_token() {
    let server = TestServer::start().await;
    let ada = agent(&server, "ada@example.com", Role::Agent).await;
    let bob = agent(&server, "bob@example.com", Role::Agent).await;
    let mut anonymous = connect(&server, None).await;
    let forged =
        json!({"channel": "RoomChannel", "pubsub_token": "nope", "account_id": ada.account()})
            .to_string();
    assert_eq!(
        subscribe(&mut anonymous, &forged).await,
        "reject_subscription"
    );
    assert_eq!(
        subscribe(&mut anonymous, &ada.identifier()).await,
        "confirm_subscription"
    );
    let mut bobs = connect(&server, Some(&bob.device)).await;
    assert_eq!(
        subscribe(&mut bobs, &ada.identifier()).await,
        "reject_subscription"
    );

    let stale = Device {
        token: "stale".into(),
        ..ada.device.clone()
    };
    let mut request = format!("{}/cable", server.base.replace("http", "ws"))
        .into_client_request()
        .unwrap();
    request
        .headers_mut()
        .insert("access-token", stale.token.parse().unwrap());
    request
        .headers_mut()
        .insert("client", stale.client.parse().unwrap());
    request
        .headers_mut()
        .insert("uid", stale.uid.parse().unwrap());
    assert!(
        tokio_tungstenite::connect_async(request).await.is_err(),
        "a bad credential is refused at upgrade"
    );
}

#[tokio::test]
async fn pings_and_presence() {
    let server = TestServer::start().await;
    let ada = agent(&server, "ada@example.com", Role::Agent).await;
    let bob = agent(&server, "bob@example.com", Role::Agent).await;
    let mut bobs = connect(&server, Some(&bob.device)).await;
    assert_eq!(
        subscribe(&mut bobs, &bob.identifier()).await,
        "confirm_subscription"
    );
    let ping = loop {
        let frame = next_frame(&mut bobs).await.unwrap();
        if frame["type"] == "ping" {
            break frame;
        }
    };
    assert!(ping["message"].as_i64().unwrap() > 1_700_000_000);

    let profile = |d: &Device| d.request(Method::GET, server.url("/api/v1/profile")).send();
    let before: Value = profile(&ada.device).await.unwrap().json().await.unwrap();
    assert_eq!(before["accounts"][0]["availability_status"], "offline");

    let mut adas = connect(&server, Some(&ada.device)).await;
    let id = ada.identifier();
    assert_eq!(subscribe(&mut adas, &id).await, "confirm_subscription");
    let heartbeat = json!({"command": "message", "identifier": id, "data": json!({"action": "update_presence"}).to_string()});
    adas.send(Message::text(heartbeat.to_string()))
        .await
        .unwrap();
    let seen = events(&mut bobs, Duration::from_millis(500)).await;
    let (_, presence) = seen
        .iter()
        .find(|(e, _)| e == "presence.update")
        .expect("presence.update");
    assert_eq!(presence["users"][ada.id().to_string()], "online");
    let after: Value = profile(&ada.device).await.unwrap().json().await.unwrap();
    assert_eq!(after["accounts"][0]["availability_status"], "online");
}

#[tokio::test]
async fn ending_the_credential_closes_its_socket_at_once() {
    let server = TestServer::start().await;
    let ada = agent(&server, "ada@example.com", Role::Agent).await;

    // Session sign-out.
    let mut ws = connect(&server, Some(&ada.device)).await;
    assert_eq!(
        subscribe(&mut ws, &ada.identifier()).await,
        "confirm_subscription"
    );
    call(
        &server,
        &ada.device,
        Method::DELETE,
        "/auth/sign_out",
        json!({}),
    )
    .await;
    let bye = loop {
        let frame = next_frame(&mut ws).await.expect("a disconnect frame");
        if frame["type"] == "disconnect" {
            break frame;
        }
    };
    assert_eq!(bye["reconnect"], false);
    assert!(
        next_frame(&mut ws).await.is_none(),
        "then the socket closes"
    );

    // API token reset.
    let token = ada.doc["access_token"].as_str().unwrap().to_owned();
    let mut request = format!("{}/cable", server.base.replace("http", "ws"))
        .into_client_request()
        .unwrap();
    request
        .headers_mut()
        .insert("api_access_token", token.parse().unwrap());
    let (mut ws, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    assert_eq!(next_frame(&mut ws).await.unwrap()["type"], "welcome");
    reqwest::Client::new()
        .post(server.url("/api/v1/profile/reset_access_token"))
        .header("api_access_token", &token)
        .send()
        .await
        .unwrap();
    let mut closed = false;
    while let Some(frame) = next_frame(&mut ws).await {
        closed = frame["type"] == "disconnect";
        if closed {
            break;
        }
    }
    assert!(closed);

    // A password change ends every socket of the user (the pubsub token rotated).
    let phone = server.device("ada@example.com", "Phone").await;
    let mut ws = connect(&server, None).await;
    let doc: Value = phone
        .request(Method::GET, server.url("/api/v1/profile"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let identifier = json!({"channel": "RoomChannel", "pubsub_token": doc["pubsub_token"], "account_id": doc["account_id"]}).to_string();
    assert_eq!(
        subscribe(&mut ws, &identifier).await,
        "confirm_subscription"
    );
    call(&server, &phone, Method::PUT, "/api/v1/profile", json!({"profile": {
        "current_password": PASSWORD, "password": "another long phrase", "password_confirmation": "another long phrase"}})).await;
    let mut closed = false;
    while let Some(frame) = next_frame(&mut ws).await {
        closed = frame["type"] == "disconnect";
        if closed {
            break;
        }
    }
    assert!(closed);
}

#[tokio::test]
async fn an_oversized_frame_closes_only_its_own_socket() {
    let server = TestServer::start().await;
    let ada = agent(&server, "ada@example.com", Role::Agent).await;
    let mut flooder = connect(&server, Some(&ada.device)).await;
    let mut other = connect(&server, Some(&ada.device)).await;
    let huge = json!({"command": "subscribe", "identifier": ada.identifier(),
                      "padding": "x".repeat(65 * 1024)});
    // The server may drop the connection while the frame is still being written.
    let _ = flooder.send(Message::text(huge.to_string())).await;
    // A live socket gets a ping every 3 s, so three frames without the end means alive.
    let mut frames = 0;
    while let Some(frame) = next_frame(&mut flooder).await {
        assert_ne!(frame["type"], "confirm_subscription", "{frame}");
        frames += 1;
        assert!(frames < 3, "the socket stayed open after a 65 KiB frame");
    }
    assert_eq!(
        subscribe(&mut other, &ada.identifier()).await,
        "confirm_subscription",
        "the other socket is served as before"
    );
}
