//! Notification emails over real HTTP: a selected `email_*` flag mails the agent a link
//! to the conversation; outside their hours, with `block_outside.email`, nothing is sent;
//! with a digest frequency, one mail lists what happened in the period.

mod common;

use common::TestServer;
use headset_model::model::Role;
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn an_assignment_is_mailed_at_once_in_a_digest_or_not_outside_the_hours() {
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
    let mails = server.mails_to("ada@example.com", 1).await;
    assert!(mails[0].contains(&format!(
        "Subject: Conversation #{first} has been assigned to you"
    )));
    assert!(mails[0].contains(&format!(
        "{}/app/accounts/{account}/conversations/{first}",
        server.base
    )));

    // Hours that never include now, holding email back: nothing is sent.
    let device = server.device("ada@example.com", "Headset").await;
    let set = |headset: serde_json::Value| {
        let request = device
            .request(Method::PUT, server.url("/api/v1/profile"))
            .json(&json!({"profile": {"ui_settings": {"headset": headset}}}));
        async move { assert!(request.send().await.unwrap().status().is_success()) }
    };
    set(json!({"availability": {"enabled": true, "days": {},
        "block_outside": {"desktop": true, "sound": true, "email": true, "push": true}}}))
    .await;
    let held_back = assign().await;

    // A 15-minute digest: two assignments wait, then come in one mail listing both.
    set(json!({"notification_frequency": "digest_15m"})).await;
    let (second, third) = (assign().await, assign().await);
    let now = chrono::Utc::now();
    let send = |at| headset_server::email::send_due_digests(&server.state, at);
    assert_eq!(send(now).await.unwrap(), 0, "not due before 15 minutes");
    assert_eq!(send(now + chrono::Duration::minutes(16)).await.unwrap(), 1);
    let mails = server.mails_to("ada@example.com", 2).await;
    assert_eq!(mails.len(), 2, "nothing else was sent: {mails:?}");
    let digest = &mails[1];
    assert!(
        digest.contains("Subject: 2 new notifications in Headset"),
        "{digest}"
    );
    for id in [second, third] {
        assert!(digest.contains(&format!("Conversation #{id} has been assigned to you")));
        assert!(digest.contains(&format!("/app/accounts/{account}/conversations/{id}\n")));
    }
    assert!(
        !digest.contains(&format!("#{held_back} ")),
        "held back, not delayed"
    );
    assert_eq!(
        send(now + chrono::Duration::minutes(60)).await.unwrap(),
        0,
        "each notification is mailed once"
    );
}
