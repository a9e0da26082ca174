//! Notification emails over real HTTP: a selected `email_*` flag mails the agent a link
//! to the conversation; outside their hours, with `block_outside.email`, nothing is sent.

mod common;

use common::TestServer;
use headset_core::model::Role;
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn an_assignment_is_mailed_unless_the_hours_hold_it_back() {
    let server = TestServer::start().await;
    let boss = server
        .add_user("boss@example.com", Role::Administrator)
        .await;
    let ada = server.add_user("ada@example.com", Role::Agent).await;
    let account = boss.account_id;
    let inbox = server.store.create_inbox(account, "Website").await.unwrap();
    server.store.add_inbox_member(inbox, ada.id).await.unwrap();
    let contact = server
        .store
        .create_contact(account, "Carla Customer", None)
        .await
        .unwrap();
    let admin = server.device("boss@example.com", "Headset").await;
    let assign = || async {
        let resp = admin
            .request(
                Method::POST,
                server.url(&format!("/api/v1/accounts/{account}/conversations")),
            )
            .json(&json!({"inbox_id": inbox, "contact_id": contact, "assignee_id": ada.id}))
            .send()
            .await
            .unwrap();
        assert!(resp.status().is_success());
        resp.json::<serde_json::Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap()
    };

    // Chatwoot's default flags mail an assignment.
    let first = assign().await;
    let mails: Vec<String> = server
        .outbox()
        .into_iter()
        .filter(|m| m.contains("To: ada@example.com"))
        .collect();
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert!(mails[0].contains(&format!(
        "Subject: Conversation #{first} has been assigned to you"
    )));
    assert!(mails[0].contains(&format!(
        "{}/app/accounts/{account}/conversations/{first}",
        server.base
    )));

    // Hours that never include now, holding email back: no second mail.
    let device = server.device("ada@example.com", "Headset").await;
    let hours = json!({"availability": {"enabled": true, "days": {},
        "block_outside": {"desktop": true, "sound": true, "email": true, "push": true}}});
    let resp = device
        .request(Method::PUT, server.url("/api/v1/profile"))
        .json(&json!({"profile": {"ui_settings": {"headset": hours}}}))
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success());
    assign().await;
    let to_ada = server
        .outbox()
        .iter()
        .filter(|m| m.contains("To: ada@example.com"))
        .count();
    assert_eq!(to_ada, 1, "held back outside the hours");
}
