//! The agent API over real HTTP, driven by headset-core's own client where it can be.

mod common;

use common::{TestServer, PASSWORD};
use headset_core::api::{ApiClient, Credentials, SignIn};
use headset_ipc::{Error, ErrorCode};
use headset_model::model::{Availability, Role};
use serde_json::{json, Value};

async fn sign_in(server: &TestServer, email: &str) -> Credentials {
    let client = ApiClient::new(&server.base).unwrap();
    match client.sign_in(email, PASSWORD).await.unwrap() {
        SignIn::Done { credentials, .. } => credentials,
        SignIn::MfaRequired { .. } => panic!("no two-factor configured"),
    }
}

fn swagger_user_properties() -> Vec<String> {
    let path = std::env::var("HEADSET_SHARED_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
    let text = std::fs::read_to_string(format!("{path}/reference/chatwoot/swagger.json"))
        .expect("../shared/reference/chatwoot/swagger.json beside the repository");
    let swagger: Value = serde_json::from_str(&text).unwrap();
    let props = &swagger["components"]["schemas"]["user"]["properties"];
    props.as_object().unwrap().keys().cloned().collect()
}

#[tokio::test]
async fn sign_in_gives_session_headers_and_the_complete_user_document() {
    let server = TestServer::start().await;
    server.add_user("ada@example.com", Role::Agent).await;

    let resp = reqwest::Client::new()
        .post(format!("{}/auth/sign_in", server.base))
        .header("X-Chatwoot-Client-Name", "Headset")
        .json(&serde_json::json!({"email": "ada@example.com", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    for header in ["access-token", "token-type", "client", "expiry", "uid"] {
        assert!(resp.headers().contains_key(header), "missing {header}");
    }
    assert_eq!(resp.headers()["uid"], "ada@example.com");
    let body: Value = resp.json().await.unwrap();
    let user = body["data"].as_object().unwrap();
    for field in swagger_user_properties() {
        if field == "hmac_identifier" {
            continue; // Chatwoot sends it only when an HMAC secret is configured.
        }
        assert!(user.contains_key(&field), "user document lacks `{field}`");
    }
    assert_eq!(user["accounts"][0]["name"], "Acme Support");
    assert!(user["last_sign_in_at"].is_string());
}

#[tokio::test]
async fn wrong_password_and_unknown_email_get_the_same_401() {
    let server = TestServer::start().await;
    server.add_user("ada@example.com", Role::Agent).await;
    let client = ApiClient::new(&server.base).unwrap();
    for (email, password) in [
        ("ada@example.com", "wrong password"),
        ("who@example.com", PASSWORD),
    ] {
        let err = client.sign_in(email, password).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidCredentials(m) if m == "Invalid login credentials. Please try again."),
            "{err:?}"
        );
    }
}

#[tokio::test]
async fn profile_by_session_headers_and_by_api_token() {
    let server = TestServer::start().await;
    let created = server
        .add_user("ada@example.com", Role::Administrator)
        .await;
    let client = ApiClient::new(&server.base).unwrap();

    let by_session = client
        .profile(&sign_in(&server, "ada@example.com").await)
        .await
        .unwrap();
    let by_token = client
        .profile(&Credentials::ApiToken {
            token: created.access_token.clone(),
        })
        .await
        .unwrap();
    assert_eq!(by_session.id, created.id);
    assert_eq!(by_token.email, "ada@example.com");
    assert_eq!(by_token.role, Role::Administrator);
    assert_eq!(
        by_token.access_token.as_deref(),
        Some(created.access_token.as_str())
    );

    let forged = Credentials::Session {
        access_token: "not-the-token".into(),
        client: "nope".into(),
        uid: "ada@example.com".into(),
    };
    assert_eq!(
        client.profile(&forged).await.unwrap_err().code(),
        ErrorCode::Unauthorized
    );
    let bad_token = Credentials::ApiToken {
        token: "bad".into(),
    };
    assert_eq!(
        client.profile(&bad_token).await.unwrap_err().code(),
        ErrorCode::Unauthorized
    );
}

#[tokio::test]
async fn a_session_token_only_works_with_its_own_client() {
    let server = TestServer::start().await;
    server.add_user("ada@example.com", Role::Agent).await;
    server.add_user("bob@example.com", Role::Agent).await;
    let client = ApiClient::new(&server.base).unwrap();
    let Credentials::Session { access_token, .. } = sign_in(&server, "ada@example.com").await
    else {
        unreachable!()
    };
    let Credentials::Session {
        client: bobs_client,
        ..
    } = sign_in(&server, "bob@example.com").await
    else {
        unreachable!()
    };
    let mixed = Credentials::Session {
        access_token,
        client: bobs_client,
        uid: "bob@example.com".into(),
    };
    assert_eq!(
        client.profile(&mixed).await.unwrap_err().code(),
        ErrorCode::Unauthorized
    );
}

#[tokio::test]
async fn availability_changes_are_stored_and_bad_values_refused() {
    let server = TestServer::start().await;
    let created = server.add_user("ada@example.com", Role::Agent).await;
    let creds = sign_in(&server, "ada@example.com").await;
    let client = ApiClient::new(&server.base).unwrap();

    let user = client
        .set_availability(&creds, created.account_id, Availability::Busy)
        .await
        .unwrap();
    assert_eq!(
        user.active_account().unwrap().availability,
        Availability::Busy
    );
    let again = client.profile(&creds).await.unwrap();
    assert_eq!(
        again.active_account().unwrap().availability,
        Availability::Busy
    );

    let err = client
        .set_availability(&creds, 999, Availability::Online)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Invalid { field, message } if field == "account_id" && message.contains("999")),
        "{err:?}"
    );

    let Credentials::Session {
        access_token,
        client: c,
        uid,
    } = creds
    else {
        unreachable!()
    };
    let resp = reqwest::Client::new()
        .post(format!("{}/api/v1/profile/availability", server.base))
        .header("access-token", access_token)
        .header("client", c)
        .header("uid", uid)
        .json(&serde_json::json!({"profile": {"account_id": created.account_id, "availability": "away"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 422);
    let body: Value = resp.json().await.unwrap();
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("online, busy, offline"),
        "{body}"
    );
}

#[tokio::test]
async fn data_survives_reopening_the_database() {
    let server = TestServer::start().await;
    let created = server.add_user("ada@example.com", Role::Agent).await;
    server
        .store
        .set_availability(created.id, created.account_id, Availability::Offline)
        .await
        .unwrap();
    let reopened = headset_server::Store::open(&server.db_url).await.unwrap();
    let user = reopened.user_document(created.id).await.unwrap();
    assert_eq!(
        user.active_account().unwrap().availability,
        Availability::Offline
    );
}

#[tokio::test]
async fn alert_tones_are_served_where_chatwoot_serves_them() {
    let server = TestServer::start().await;
    let client = ApiClient::new(&server.base).unwrap();
    for tone in headset_model::settings::Tone::ALL {
        let bytes = client.tone(tone).await.unwrap();
        assert_eq!(&bytes[..4], b"RIFF", "{tone:?}");
    }
    let missing = reqwest::get(format!("{}/audio/dashboard/horn.mp3", server.base))
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn only_administrators_change_roles() {
    let server = TestServer::start().await;
    let admin = server
        .add_user("boss@example.com", Role::Administrator)
        .await;
    let agent = server.add_user("ada@example.com", Role::Agent).await;
    let patch = |token: &str, role: &str| {
        reqwest::Client::new()
            .patch(format!(
                "{}/api/v1/accounts/{}/agents/{}",
                server.base, admin.account_id, agent.id
            ))
            .header("api_access_token", token)
            .json(&serde_json::json!({"role": role}))
            .send()
    };
    let refused = patch(&agent.access_token, "administrator").await.unwrap();
    assert_eq!(refused.status(), 403);
    let list: Value = reqwest::Client::new()
        .get(format!(
            "{}/api/v1/accounts/{}/agents",
            server.base, admin.account_id
        ))
        .header("api_access_token", &agent.access_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ada = list
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == agent.id)
        .unwrap();
    assert_eq!(ada["role"], "agent", "a refused change changes nothing");
    assert_eq!(
        patch(&admin.access_token, "overlord")
            .await
            .unwrap()
            .status(),
        422
    );
    let done: Value = patch(&admin.access_token, "administrator")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(done["role"], "administrator");
}

#[tokio::test]
async fn the_openapi_document_lists_every_route_and_each_one_answers() {
    let server = TestServer::start().await;
    let doc: Value = reqwest::get(server.url("/api-docs/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 35, "{} paths", paths.len());
    let profile = &paths["/api/v1/profile"];
    assert!(profile["get"].is_object() && profile["put"].is_object());
    let toggle = &paths["/api/v1/accounts/{account_id}/conversations/{display_id}/toggle_status"];
    let params: Vec<&str> = toggle["post"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(params, ["account_id", "display_id"]);
    // The main operations describe their JSON bodies (schemathesis checks the answers
    // against them), whole: the sign-in's two shapes survive as `anyOf`.
    let profile_body = &profile["get"]["responses"]["200"]["content"]["application/json"];
    let required = profile_body["schema"]["required"].as_array().unwrap();
    assert!(required.contains(&json!("pubsub_token")), "{profile_body}");
    let sign_in = &paths["/auth/sign_in"]["post"]["requestBody"]["content"]["application/json"];
    assert_eq!(
        sign_in["schema"]["anyOf"].as_array().map(Vec::len),
        Some(2),
        "{sign_in}"
    );

    // Every documented method reaches a handler: the router never says "no such route"
    // (an empty 404) or "not this method" (405) for it.
    let client = reqwest::Client::new();
    for (path, item) in paths {
        let concrete = path
            .split('/')
            .map(|s| if s.starts_with('{') { "1" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        for method in item.as_object().unwrap().keys() {
            let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let resp = client
                .request(method.clone(), server.url(&concrete))
                .json(&json!({}))
                .send()
                .await
                .unwrap();
            let status = resp.status().as_u16();
            let body = resp.text().await.unwrap_or_default();
            assert_ne!(status, 405, "{method} {path}");
            assert!(
                status != 404 || !body.is_empty(),
                "{method} {path}: no route"
            );
        }
    }
}
