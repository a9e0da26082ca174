//! Two-factor: enrolment, the 206 sign-in step, replay protection, backup codes.

mod common;

use common::{Device, TestServer, PASSWORD};
use headset_model::model::Role;
use headset_server::totp;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

struct Enrolled {
    server: TestServer,
    ada: Device,
    secret: Vec<u8>,
    backup: Vec<String>,
    /// The time step whose code turned two-factor on (so it is spent).
    step: u64,
}

fn now_step() -> u64 {
    totp::step_at(chrono::Utc::now().timestamp() as u64)
}

async fn call(
    device: &Device,
    server: &TestServer,
    method: Method,
    path: &str,
    body: Value,
) -> (StatusCode, Value) {
    let resp = device
        .request(method, server.url(path))
        .json(&body)
        .send()
        .await
        .unwrap();
    (resp.status(), resp.json().await.unwrap_or(Value::Null))
}

async fn enrol() -> Enrolled {
    let server = TestServer::start().await;
    server.add_user("ada@example.com", Role::Agent).await;
    let ada = server.device("ada@example.com", "Headset").await;

    let (status, begin) = call(
        &ada,
        &server,
        Method::POST,
        "/api/v1/profile/mfa",
        json!({}),
    )
    .await;
    assert_eq!(status, 200);
    assert!(begin["provisioning_url"]
        .as_str()
        .unwrap()
        .starts_with("otpauth://totp/Headset:ada@example.com?secret="));
    let secret = data_encoding::BASE32_NOPAD
        .decode(begin["secret"].as_str().unwrap().as_bytes())
        .unwrap();

    let (status, wrong) = call(
        &ada,
        &server,
        Method::POST,
        "/api/v1/profile/mfa/verify",
        json!({"otp_code": "000000"}),
    )
    .await;
    assert_eq!(status, 422, "{wrong}");
    let (_, shown) = call(&ada, &server, Method::GET, "/api/v1/profile/mfa", json!({})).await;
    assert_eq!(shown["enabled"], false);

    let step = now_step();
    let code = totp::code(&secret, step);
    let (status, verified) = call(
        &ada,
        &server,
        Method::POST,
        "/api/v1/profile/mfa/verify",
        json!({"otp_code": code}),
    )
    .await;
    assert_eq!(status, 200, "{verified}");
    assert_eq!(verified["enabled"], true);
    let backup: Vec<String> = serde_json::from_value(verified["backup_codes"].clone()).unwrap();
    assert_eq!(backup.len(), 10);
    let (_, shown) = call(&ada, &server, Method::GET, "/api/v1/profile/mfa", json!({})).await;
    assert_eq!(
        shown,
        json!({"feature_available": true, "enabled": true, "backup_codes_generated": true})
    );
    Enrolled {
        server,
        ada,
        secret,
        backup,
        step,
    }
}

async fn sign_in(server: &TestServer, body: Value) -> reqwest::Response {
    reqwest::Client::new()
        .post(server.url("/auth/sign_in"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn mfa_token(server: &TestServer) -> String {
    let resp = sign_in(
        server,
        json!({"email": "ada@example.com", "password": PASSWORD}),
    )
    .await;
    assert_eq!(resp.status(), 206);
    assert!(
        resp.headers().get("access-token").is_none(),
        "no session before the second step"
    );
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["mfa_required"], true);
    body["mfa_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn two_factor_sign_in_accepts_each_code_once() {
    let e = enrol().await;
    let token = mfa_token(&e.server).await;

    // The step used to enrol cannot be used again.
    let used = totp::code(&e.secret, e.step);
    let replay = sign_in(&e.server, json!({"mfa_token": token, "otp_code": used})).await;
    assert_eq!(replay.status(), 400);
    let bad = sign_in(&e.server, json!({"mfa_token": token, "otp_code": "123"})).await;
    assert_eq!(bad.status(), 400);
    assert!(bad.json::<Value>().await.unwrap()["error"]
        .as_str()
        .unwrap()
        .contains("Invalid code"));

    let next = totp::code(&e.secret, e.step + 1);
    let ok = sign_in(&e.server, json!({"mfa_token": token, "otp_code": next})).await;
    assert_eq!(ok.status(), 200);
    assert!(Device::from_headers(ok.headers()).is_some());
    // The challenge is spent, and so is that step.
    let again = sign_in(&e.server, json!({"mfa_token": token, "otp_code": next})).await;
    assert_eq!(again.status(), 401);
    let token = mfa_token(&e.server).await;
    let replay = sign_in(&e.server, json!({"mfa_token": token, "otp_code": next})).await;
    assert_eq!(replay.status(), 400);

    let expired = sign_in(
        &e.server,
        json!({"mfa_token": "made-up", "otp_code": "123456"}),
    )
    .await;
    assert_eq!(expired.status(), 401);
    assert!(expired.json::<Value>().await.unwrap()["error"]
        .as_str()
        .unwrap()
        .contains("expired"));
}

#[tokio::test]
async fn backup_codes_work_once_and_a_new_set_retires_the_old() {
    let e = enrol().await;
    let token = mfa_token(&e.server).await;
    let ok = sign_in(
        &e.server,
        json!({"mfa_token": token, "backup_code": e.backup[0].to_uppercase()}),
    )
    .await;
    assert_eq!(ok.status(), 200);
    let token = mfa_token(&e.server).await;
    let again = sign_in(
        &e.server,
        json!({"mfa_token": token, "backup_code": e.backup[0]}),
    )
    .await;
    assert_eq!(again.status(), 400);

    let code = totp::code(&e.secret, now_step() + 1);
    let (status, fresh) = call(
        &e.ada,
        &e.server,
        Method::POST,
        "/api/v1/profile/mfa/backup_codes",
        json!({"otp_code": code}),
    )
    .await;
    assert_eq!(status, 200, "{fresh}");
    let fresh: Vec<String> = serde_json::from_value(fresh["backup_codes"].clone()).unwrap();
    assert!(fresh.iter().all(|c| !e.backup.contains(c)));
    let old = sign_in(
        &e.server,
        json!({"mfa_token": token, "backup_code": e.backup[1]}),
    )
    .await;
    assert_eq!(old.status(), 400);
    let new = sign_in(
        &e.server,
        json!({"mfa_token": token, "backup_code": fresh[0]}),
    )
    .await;
    assert_eq!(new.status(), 200);
}

#[tokio::test]
async fn disabling_needs_the_password_and_a_code() {
    let e = enrol().await;
    let disable = |body: Value| {
        call(
            &e.ada,
            &e.server,
            Method::DELETE,
            "/api/v1/profile/mfa",
            body,
        )
    };
    let (status, body) = disable(json!({"otp_code": e.backup[0], "password": "wrong"})).await;
    assert_eq!(
        (status, body["field"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!("password"))
    );
    let (status, body) = disable(json!({"otp_code": "000000", "password": PASSWORD})).await;
    assert_eq!(
        (status, body["field"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!("otp_code"))
    );
    let (_, shown) = call(
        &e.ada,
        &e.server,
        Method::GET,
        "/api/v1/profile/mfa",
        json!({}),
    )
    .await;
    assert_eq!(shown["enabled"], true, "refusals change nothing");

    let (status, body) = disable(json!({"otp_code": e.backup[0], "password": PASSWORD})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({"enabled": false}));
    let direct = sign_in(
        &e.server,
        json!({"email": "ada@example.com", "password": PASSWORD}),
    )
    .await;
    assert_eq!(direct.status(), 200);
}

#[tokio::test]
async fn the_seed_is_not_stored_in_clear() {
    let e = enrol().await;
    let url = &e.server.db_url;
    // Everything the database holds: SQLite's files, or PostgreSQL's two-factor rows.
    let bytes = if common::is_postgres(url) {
        use sqlx::Connection;
        let mut db = sqlx::AnyConnection::connect(url).await.unwrap();
        let rows: Vec<Vec<u8>> = sqlx::query_scalar("SELECT secret_sealed FROM mfa")
            .fetch_all(&mut db)
            .await
            .unwrap();
        assert_eq!(rows.len(), 1, "the enrolment is stored");
        rows.concat()
    } else {
        let db = url.trim_start_matches("sqlite://").to_owned();
        let mut bytes = std::fs::read(&db).unwrap();
        for suffix in ["-wal", "-shm"] {
            bytes.extend(std::fs::read(format!("{db}{suffix}")).unwrap_or_default());
        }
        bytes
    };
    let encoded = data_encoding::BASE32_NOPAD.encode(&e.secret);
    assert!(!bytes
        .windows(e.secret.len())
        .any(|w| w == e.secret.as_slice()));
    assert!(!bytes
        .windows(encoded.len())
        .any(|w| w == encoded.as_bytes()));
}

#[tokio::test]
async fn guessing_codes_in_the_profile_is_rate_limited() {
    let e = enrol().await;
    let mut statuses = Vec::new();
    for _ in 0..11 {
        let (status, _) = call(
            &e.ada,
            &e.server,
            Method::POST,
            "/api/v1/profile/mfa/backup_codes",
            json!({"otp_code": "000000"}),
        )
        .await;
        statuses.push(status);
    }
    // Ten codes a minute per address (enrolment already typed two): wrong codes are
    // refused one by one, then every further try waits.
    let limited = statuses
        .iter()
        .position(|s| *s == 429)
        .expect("the guesses are limited");
    assert_eq!(limited, 8, "{statuses:?}");
    assert!(
        statuses[..limited].iter().all(|s| *s == 422),
        "{statuses:?}"
    );
    assert!(
        statuses[limited..].iter().all(|s| *s == 429),
        "{statuses:?}"
    );
}
