//! Profile edits, password changes, sessions and tokens over real HTTP, each bad input
//! answered with a specific 4xx that changes nothing.

mod common;

use common::{Device, TestServer, PASSWORD};
use headset_model::model::Role;
use reqwest::Method;
use serde_json::{json, Value};

async fn profile(
    server: &TestServer,
    device: &Device,
) -> (reqwest::StatusCode, Option<String>, Value) {
    let resp = device
        .request(Method::GET, server.url("/api/v1/profile"))
        .send()
        .await
        .unwrap();
    let etag = resp
        .headers()
        .get("etag")
        .map(|e| e.to_str().unwrap().to_owned());
    (
        resp.status(),
        etag,
        resp.json().await.unwrap_or(Value::Null),
    )
}

async fn put(
    server: &TestServer,
    device: &Device,
    etag: Option<&str>,
    body: Value,
) -> reqwest::Response {
    let mut req = device
        .request(Method::PUT, server.url("/api/v1/profile"))
        .json(&body);
    if let Some(etag) = etag {
        req = req.header("If-Match", etag);
    }
    req.send().await.unwrap()
}

async fn setup() -> (TestServer, Device) {
    let server = TestServer::start().await;
    server.add_user("ada@example.com", Role::Agent).await;
    let device = server.device("ada@example.com", "Headset").await;
    (server, device)
}

#[tokio::test]
async fn profile_edits_replace_ui_settings_whole_and_honour_if_match() {
    let (server, ada) = setup().await;
    let (_, etag, _) = profile(&server, &ada).await;
    let etag = etag.expect("GET /api/v1/profile sends an ETag");

    let resp = put(
        &server,
        &ada,
        Some(&etag),
        json!({"profile": {
            "name": "Ada King", "display_name": "Ada", "phone_number": "+48 600 700 800",
            "message_signature": "Ada, Acme Support",
            "ui_settings": {"locale": "pl", "enable_audio_alerts": "mine",
                            "headset": {"timezone": "Europe/Warsaw", "currency": "PLN"}}
        }}),
    )
    .await;
    assert_eq!(resp.status(), 200);
    let new_etag = resp.headers()["etag"].to_str().unwrap().to_owned();
    assert_ne!(new_etag, etag);
    let doc: Value = resp.json().await.unwrap();
    assert_eq!(doc["name"], "Ada King");
    assert_eq!(doc["available_name"], "Ada");
    assert_eq!(doc["custom_attributes"]["phone_number"], "+48600700800");
    assert_eq!(doc["ui_settings"]["headset"]["timezone"], "Europe/Warsaw");

    // A writer holding the old ETag is refused and changes nothing.
    let stale = put(
        &server,
        &ada,
        Some(&etag),
        json!({"profile": {"name": "Stale"}}),
    )
    .await;
    assert_eq!(stale.status(), 412);
    let (_, _, doc) = profile(&server, &ada).await;
    assert_eq!(doc["name"], "Ada King");

    // ui_settings is replaced whole, as Chatwoot does.
    let resp = put(
        &server,
        &ada,
        Some(&new_etag),
        json!({"profile": {"ui_settings": {"locale": "en"}}}),
    )
    .await;
    assert_eq!(resp.status(), 200);
    let doc: Value = resp.json().await.unwrap();
    assert_eq!(doc["ui_settings"], json!({"locale": "en"}));
}

#[tokio::test]
async fn bad_profile_input_names_the_field_and_changes_nothing() {
    let (server, ada) = setup().await;
    let (_, etag, before) = profile(&server, &ada).await;
    let cases = [
        (
            json!({"email": "other@example.com"}),
            "email",
            "administrator",
        ),
        (json!({"name": "  "}), "name", "Enter your name"),
        (json!({"name": 42}), "name", "must be text"),
        (
            json!({"phone_number": "600700"}),
            "phone_number",
            "international format",
        ),
        (
            json!({"display_name": "x".repeat(256)}),
            "display_name",
            "at most 255",
        ),
        (json!({"ui_settings": "dark"}), "ui_settings", "object"),
        (
            json!({"ui_settings": {"headset": {"timezone": "Mars/Base"}}}),
            "ui_settings.headset.timezone",
            "IANA",
        ),
        (
            json!({"ui_settings": {"headset": {"channels": {"1": {"enabled": true, "capacity": 99}}}}}),
            "ui_settings.headset.channels.1.capacity",
            "between 0 and 50",
        ),
        (
            json!({"name": "Fine", "ui_settings": {"headset": {"social_links": {"x": "javascript:alert(1)"}}}}),
            "ui_settings.headset.social_links.x",
            "https://",
        ),
    ];
    for (change, field, words) in cases {
        let resp = put(&server, &ada, None, json!({"profile": change})).await;
        assert_eq!(resp.status(), 422, "{change}");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(body["field"], field, "{body}");
        assert!(body["error"].as_str().unwrap().contains(words), "{body}");
    }
    let (_, etag_after, after) = profile(&server, &ada).await;
    assert_eq!(etag_after, etag);
    assert_eq!(after, before);

    let resp = put(&server, &ada, None, json!({"name": "no envelope"})).await;
    assert_eq!(resp.status(), 422);
}

#[tokio::test]
async fn password_change_rotates_this_session_and_ends_the_others() {
    let (server, ada) = setup().await;
    let phone = server.device("ada@example.com", "Phone").await;
    let (_, _, before) = profile(&server, &ada).await;
    let change = |current: &str, new: &str, confirm: &str| json!({"profile": {"current_password": current, "password": new, "password_confirmation": confirm}});

    let refusals = [
        (
            change("wrong", "a fresh passphrase", "a fresh passphrase"),
            "current_password",
            None,
        ),
        (
            change(PASSWORD, "a fresh passphrase", "a different one"),
            "password_confirmation",
            None,
        ),
        (
            change(PASSWORD, "short", "short"),
            "password",
            Some("min_length"),
        ),
        (
            change(PASSWORD, "password123", "password123"),
            "password",
            Some("blocklist"),
        ),
        (
            change(PASSWORD, "the best agent ever", "the best agent ever"),
            "password",
            Some("context"),
        ),
        (
            json!({"profile": {"password": "a fresh passphrase"}}),
            "current_password",
            None,
        ),
    ];
    for (body, field, rule) in refusals {
        let resp = put(&server, &ada, None, body.clone()).await;
        assert_eq!(resp.status(), 422, "{body}");
        let err: Value = resp.json().await.unwrap();
        assert_eq!(err["field"], field, "{err}");
        if let Some(rule) = rule {
            assert_eq!(err["rule"], rule, "{err}");
        }
    }
    let wrong: Value = put(
        &server,
        &ada,
        None,
        change("wrong", "a fresh passphrase", "a fresh passphrase"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(wrong["error"], "Invalid current password");
    assert_eq!(
        profile(&server, &phone).await.0,
        200,
        "refusals end no session"
    );

    let resp = put(
        &server,
        &ada,
        None,
        change(PASSWORD, "a fresh passphrase", "a fresh passphrase"),
    )
    .await;
    assert_eq!(resp.status(), 200);
    let rotated = Device::from_headers(resp.headers()).expect("new session headers");
    assert_eq!(rotated.client, ada.client);
    assert_ne!(rotated.token, ada.token);
    let after: Value = resp.json().await.unwrap();
    assert_ne!(after["pubsub_token"], before["pubsub_token"]);

    assert_eq!(
        profile(&server, &ada).await.0,
        401,
        "the old token stops working"
    );
    assert_eq!(
        profile(&server, &phone).await.0,
        401,
        "other devices are signed out"
    );
    assert_eq!(profile(&server, &rotated).await.0, 200);
    let signin = reqwest::Client::new()
        .post(server.url("/auth/sign_in"))
        .json(&json!({"email": "ada@example.com", "password": "a fresh passphrase"}))
        .send()
        .await
        .unwrap();
    assert_eq!(signin.status(), 200);
}

#[tokio::test]
async fn sessions_are_listed_and_ended_one_by_one() {
    let (server, ada) = setup().await;
    let phone = server.device("ada@example.com", "Phone").await;
    let list: Vec<Value> = ada
        .request(Method::GET, server.url("/api/v1/profile/sessions"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list.len(), 2);
    let me = list.iter().find(|s| s["current"] == true).unwrap();
    let other = list.iter().find(|s| s["current"] == false).unwrap();
    assert_eq!(me["browser_name"], "Headset");
    assert_eq!(other["browser_name"], "Phone");
    assert_eq!(me["ip_address"], "127.0.0.1");

    let end = |id: &Value| {
        ada.request(
            Method::DELETE,
            server.url(&format!("/api/v1/profile/sessions/{id}")),
        )
        .send()
    };
    assert_eq!(end(&me["id"]).await.unwrap().status(), 422);
    assert_eq!(end(&json!(999)).await.unwrap().status(), 404);
    assert_eq!(end(&other["id"]).await.unwrap().status(), 200);
    assert_eq!(profile(&server, &phone).await.0, 401);
    assert_eq!(profile(&server, &ada).await.0, 200);

    // Sign-out ends this session too.
    let validate = ada
        .request(Method::GET, server.url("/auth/validate_token"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        validate.json::<Value>().await.unwrap()["data"]["email"],
        "ada@example.com"
    );
    let out = ada
        .request(Method::DELETE, server.url("/auth/sign_out"))
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 200);
    assert_eq!(profile(&server, &ada).await.0, 401);
}

#[tokio::test]
async fn resetting_the_api_token_retires_the_old_one_at_once() {
    let server = TestServer::start().await;
    let created = server.add_user("ada@example.com", Role::Agent).await;
    let with_token = |token: String| {
        reqwest::Client::new()
            .request(Method::GET, server.url("/api/v1/profile"))
            .header("api_access_token", token)
            .send()
    };
    let resp = reqwest::Client::new()
        .post(server.url("/api/v1/profile/reset_access_token"))
        .header("api_access_token", &created.access_token)
        .send()
        .await
        .unwrap();
    let doc: Value = resp.json().await.unwrap();
    let new = doc["access_token"].as_str().unwrap().to_owned();
    assert_ne!(new, created.access_token);
    assert_eq!(
        with_token(created.access_token).await.unwrap().status(),
        401
    );
    assert_eq!(with_token(new).await.unwrap().status(), 200);
}

#[tokio::test]
async fn auto_offline_and_active_account_need_membership() {
    let (server, ada) = setup().await;
    let (_, _, doc) = profile(&server, &ada).await;
    let account = doc["account_id"].clone();
    let post = |path: &str, body: Value| {
        ada.request(Method::POST, server.url(path))
            .json(&body)
            .send()
    };
    let resp = post(
        "/api/v1/profile/auto_offline",
        json!({"profile": {"account_id": account}}),
    )
    .await
    .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(
        resp.json::<Value>().await.unwrap()["accounts"][0]["auto_offline"],
        false
    );
    let resp = post(
        "/api/v1/profile/auto_offline",
        json!({"profile": {"account_id": 77, "auto_offline": true}}),
    )
    .await
    .unwrap();
    assert_eq!(resp.status(), 422);
    assert_eq!(resp.json::<Value>().await.unwrap()["field"], "account_id");

    let set = |id: Value| {
        ada.request(
            Method::PUT,
            server.url("/api/v1/profile/set_active_account"),
        )
        .json(&json!({"profile": {"account_id": id}}))
        .send()
    };
    assert_eq!(set(account).await.unwrap().status(), 200);
    assert_eq!(set(json!(77)).await.unwrap().status(), 422);
}

#[tokio::test]
async fn password_policy_is_served_to_clients() {
    let (server, ada) = setup().await;
    let policy: Value = ada
        .request(Method::GET, server.url("/api/v1/profile/password_policy"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(policy["min_length"], 8);
    assert_eq!(policy["require_uppercase"], false);
    assert!(policy["blocklist"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w == "password123"));
}

#[tokio::test]
async fn sign_in_is_rate_limited_per_address() {
    let server = TestServer::start().await;
    let attempt = || {
        reqwest::Client::new()
            .post(server.url("/auth/sign_in"))
            .json(&json!({"email": "who@example.com", "password": "guess"}))
            .send()
    };
    for _ in 0..10 {
        assert_eq!(attempt().await.unwrap().status(), 401);
    }
    let limited = attempt().await.unwrap();
    assert_eq!(limited.status(), 429);
    let retry: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
}

#[tokio::test]
async fn oversized_and_malformed_bodies_are_refused() {
    let (server, ada) = setup().await;
    let huge = json!({"profile": {"message_signature": "x".repeat(3 * 1024 * 1024)}});
    assert_eq!(put(&server, &ada, None, huge).await.status(), 413);
    let malformed = ada
        .request(Method::PUT, server.url("/api/v1/profile"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), 400);
}

#[tokio::test]
async fn refusals_come_in_the_language_the_request_asks_for() {
    let (server, ada) = setup().await;
    let german = include_str!("../../../locales/de.ftl")
        .lines()
        .find_map(|l| l.strip_prefix("server-current-password-invalid = "))
        .expect("German has the message");
    let change = json!({"profile": {"current_password": "wrong",
        "password": "a fresh passphrase", "password_confirmation": "a fresh passphrase"}});
    let refused = |language: &'static str| {
        let (server, ada, change) = (&server, &ada, change.clone());
        async move {
            let resp = ada
                .request(reqwest::Method::PUT, server.url("/api/v1/profile"))
                .header("accept-language", language)
                .json(&change)
                .send()
                .await
                .unwrap();
            assert_eq!(resp.status(), 422);
            resp.json::<Value>().await.unwrap()["error"].clone()
        }
    };
    assert_eq!(refused("de-DE,de;q=0.9,en;q=0.8").await, german);
    assert_eq!(refused("nl, en;q=0.5").await, "Invalid current password");
    assert_ne!(german, "Invalid current password");
}
