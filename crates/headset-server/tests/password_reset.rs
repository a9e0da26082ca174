//! Password reset by email: no account enumeration, single-use links, policy enforced,
//! every session ended.

mod common;

use common::{TestServer, PASSWORD};
use headset_model::model::Role;
use reqwest::Method;
use serde_json::{json, Value};

async fn ask(server: &TestServer, email: &str) -> Value {
    let resp = reqwest::Client::new()
        .post(server.url("/auth/password"))
        .json(&json!({"email": email}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    resp.json().await.unwrap()
}

async fn reset(server: &TestServer, token: &str, password: &str) -> (u16, Value) {
    let resp = reqwest::Client::new()
        .put(server.url("/auth/password"))
        .json(&json!({"reset_password_token": token, "password": password, "password_confirmation": password}))
        .send()
        .await
        .unwrap();
    (resp.status().as_u16(), resp.json().await.unwrap())
}

#[tokio::test]
async fn a_reset_link_works_once_and_ends_every_session() {
    let server = TestServer::start().await;
    server.add_user("ada@example.com", Role::Agent).await;
    let device = server.device("ada@example.com", "Headset").await;

    // Known and unknown emails get the same answer; only the real one gets mail.
    let known = ask(&server, "ada@example.com").await;
    let unknown = ask(&server, "nobody@example.com").await;
    assert_eq!(known, unknown);
    let mails = server.mails_to("ada@example.com", 1).await;
    assert_eq!(server.outbox().len(), 1, "no mail to an unknown address");
    let token = mails[0]
        .split("reset_password_token=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap()
        .to_owned();

    let (status, body) = reset(&server, &token, "password123").await;
    assert_eq!(
        (status, body["rule"].clone()),
        (422, json!("blocklist")),
        "{body}"
    );
    let (status, body) = reset(&server, &token, "a much better phrase").await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = reset(&server, &token, "yet another phrase").await;
    assert_eq!(
        (status, body["field"].clone()),
        (422, json!("reset_password_token"))
    );

    let profile = device
        .request(Method::GET, server.url("/api/v1/profile"))
        .send()
        .await
        .unwrap();
    assert_eq!(profile.status(), 401, "the reset signed every device out");
    let sign_in = |password: &'static str| {
        reqwest::Client::new()
            .post(server.url("/auth/sign_in"))
            .json(&json!({"email": "ada@example.com", "password": password}))
            .send()
    };
    assert_eq!(sign_in(PASSWORD).await.unwrap().status(), 401);
    assert_eq!(sign_in("a much better phrase").await.unwrap().status(), 200);
}

async fn sign_in(server: &TestServer, password: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(server.url("/auth/sign_in"))
        .json(&json!({"email": "ada@example.com", "password": password}))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn repeated_wrong_passwords_lock_the_account_until_a_reset() {
    let server = TestServer::start().await;
    server.add_user("ada@example.com", Role::Agent).await;
    for _ in 0..5 {
        assert_eq!(sign_in(&server, "a wrong guess").await.status(), 401);
    }
    // Locked: even the right password waits, and the answer says how long.
    let locked = sign_in(&server, PASSWORD).await;
    assert_eq!(locked.status(), 429);
    let wait: u64 = locked.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=30).contains(&wait), "{wait}");
    // Another account is not affected.
    server.add_user("bob@example.com", Role::Agent).await;
    let bob = reqwest::Client::new()
        .post(server.url("/auth/sign_in"))
        .json(&json!({"email": "bob@example.com", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(bob.status(), 200);

    ask(&server, "ada@example.com").await;
    let mail = server.mails_to("ada@example.com", 1).await.pop().unwrap();
    let token = mail
        .split("reset_password_token=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap()
        .to_owned();
    assert_eq!(
        reset(&server, &token, "a brand new passphrase").await.0,
        200
    );
    assert_eq!(
        sign_in(&server, "a brand new passphrase").await.status(),
        200,
        "the reset ends the lock"
    );
}
