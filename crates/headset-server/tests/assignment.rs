//! Auto-assignment over real HTTP: round robin among the inbox's agents who can take a
//! conversation now; nobody able means unassigned.

mod common;

use common::{Device, TestServer};
use headset_model::model::Role;
use reqwest::Method;
use serde_json::{json, Value};

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

/// The assignee ids (0: nobody) of a conversation list, and its counts.
async fn list(server: &TestServer, d: &Device, account: i64, query: &str) -> (Vec<i64>, Value) {
    let path = format!("/api/v1/accounts/{account}/conversations?{query}");
    let body = call(server, d, Method::GET, &path, json!(null)).await;
    let ids = body["data"]["payload"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["meta"]["assignee"]["id"].as_i64().unwrap_or(0))
        .collect();
    (ids, body["data"]["meta"].clone())
}

/// An agent of the inbox, connected (present) and online, with these `headset` settings.
async fn agent(server: &TestServer, email: &str, inbox: i64, headset: Value) -> i64 {
    let created = server.add_user(email, Role::Agent).await;
    server
        .store
        .add_inbox_member(inbox, created.id)
        .await
        .unwrap();
    server.store.presence.touch(created.account_id, created.id);
    let device = server.device(email, "Headset").await;
    call(
        server,
        &device,
        Method::PUT,
        "/api/v1/profile",
        json!({"profile": {"ui_settings": {"headset": headset}}}),
    )
    .await;
    created.id
}

#[tokio::test]
async fn new_conversations_go_round_to_agents_who_can_take_them() {
    let server = TestServer::start().await;
    let boss = server
        .add_user("boss@example.com", Role::Administrator)
        .await;
    let admin = server.device("boss@example.com", "Headset").await;
    let account = boss.account_id;
    let inbox = server.store.create_inbox(account, "Website").await.unwrap();
    let contact = server
        .store
        .create_contact(account, "Customer", None)
        .await
        .unwrap();
    let inbox_key = inbox.to_string();

    let ada = agent(&server, "ada@example.com", inbox, json!({})).await;
    let _opted_out = agent(
        &server,
        "bob@example.com",
        inbox,
        json!({"channels": {inbox_key.clone(): {"enabled": false, "capacity": 0}}}),
    )
    .await;
    let carol = agent(
        &server,
        "carol@example.com",
        inbox,
        json!({"channels": {inbox_key.clone(): {"enabled": true, "capacity": 1}}}),
    )
    .await;
    // Hours that are never now: an empty week.
    let _off_hours = agent(&server, "dave@example.com", inbox,
        json!({"availability": {"enabled": true, "days": {}, "block_outside": {"desktop": true, "sound": true, "email": true, "push": true}}})).await;
    let busy = agent(&server, "erin@example.com", inbox, json!({})).await;
    let erin = server.device("erin@example.com", "Headset").await;
    call(
        &server,
        &erin,
        Method::POST,
        "/api/v1/profile/availability",
        json!({"profile": {"account_id": account, "availability": "busy"}}),
    )
    .await;

    let new_conversation = || async {
        let conv = call(
            &server,
            &admin,
            Method::POST,
            &format!("/api/v1/accounts/{account}/conversations"),
            json!({"inbox_id": inbox, "contact_id": contact}),
        )
        .await;
        conv["meta"]["assignee"]["id"].as_i64()
    };
    // Ada and Carol can take conversations; Carol only one at a time.
    assert_eq!(new_conversation().await, Some(ada));
    assert_eq!(new_conversation().await, Some(carol));
    assert_eq!(
        new_conversation().await,
        Some(ada),
        "Carol is at her capacity"
    );
    assert_eq!(new_conversation().await, Some(ada));
    assert_ne!(busy, ada);

    // Ada goes offline: nobody left who can take one.
    let ada_device = server.device("ada@example.com", "Headset 2").await;
    call(
        &server,
        &ada_device,
        Method::POST,
        "/api/v1/profile/availability",
        json!({"profile": {"account_id": account, "availability": "offline"}}),
    )
    .await;
    assert_eq!(new_conversation().await, None, "stays unassigned");

    // The lists the dashboard's tabs (and Headset's tray count) read.
    let (mine, meta) = list(
        &server,
        &ada_device,
        account,
        "assignee_type=me&status=open",
    )
    .await;
    assert_eq!(mine, vec![ada; 3], "Ada's three, newest first");
    assert_eq!(meta["mine_count"], 3);
    let (unassigned, _) = list(&server, &admin, account, "assignee_type=unassigned").await;
    assert_eq!(unassigned, vec![0], "the one nobody could take");
    let (resolved, _) = list(&server, &admin, account, "status=resolved").await;
    assert_eq!(resolved, Vec::<i64>::new());
    let bad = admin
        .request(
            Method::GET,
            server.url(&format!(
                "/api/v1/accounts/{account}/conversations?assignee_type=everyone"
            )),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("assignee_type"));
}

/// Conversations made at the same moment each get their own display id, and none fails
/// because another was written first.
#[tokio::test]
async fn conversations_made_at_once_get_their_own_numbers() {
    let server = TestServer::start().await;
    let boss = server
        .add_user("boss@example.com", Role::Administrator)
        .await;
    let admin = server.device("boss@example.com", "Headset").await;
    let account = boss.account_id;
    let inbox = server.store.create_inbox(account, "Website").await.unwrap();
    let contact = server
        .store
        .create_contact(account, "Customer", None)
        .await
        .unwrap();
    let path = format!("/api/v1/accounts/{account}/conversations");
    let made = (0..16).map(|_| {
        call(
            &server,
            &admin,
            Method::POST,
            &path,
            json!({"inbox_id": inbox, "contact_id": contact}),
        )
    });
    let mut ids: Vec<i64> = futures_util::future::join_all(made)
        .await
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    ids.sort();
    assert_eq!(ids, (1..=16).collect::<Vec<i64>>());
}
