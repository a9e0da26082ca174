//! Saved filters (segments): each user's own, typed, validated by field.

mod common;

use common::{Device, TestServer};
use headset_model::model::Role;
use reqwest::Method;
use serde_json::{json, Value};

async fn call(
    server: &TestServer,
    d: &Device,
    method: Method,
    path: &str,
    body: Value,
) -> (u16, Value) {
    let resp = d
        .request(method, server.url(path))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn segments_are_each_users_own_and_filtered_by_type() {
    let server = TestServer::start().await;
    let ada = server.add_user("ada@example.com", Role::Agent).await;
    server.add_user("bob@example.com", Role::Agent).await;
    let a = server.device("ada@example.com", "Headset").await;
    let b = server.device("bob@example.com", "Headset").await;
    let base = format!("/api/v1/accounts/{}/custom_filters", ada.account_id);

    let mut ids = vec![];
    for (name, kind) in [
        ("VIP customers", "contact"),
        ("Enterprise", "company"),
        ("Urgent", "conversation"),
    ] {
        let (status, created) = call(&server, &a, Method::POST, &base, json!({"custom_filter": {
            "name": name, "filter_type": kind, "query": {"payload": [{"attribute_key": "plan", "values": ["gold"]}]}
        }}))
        .await;
        assert_eq!(status, 200, "{created}");
        assert_eq!(created["filter_type"], kind);
        assert_eq!(created["query"]["payload"][0]["attribute_key"], "plan");
        ids.push(created["id"].as_i64().unwrap());
    }

    let (_, contacts) = call(
        &server,
        &a,
        Method::GET,
        &format!("{base}?filter_type=contact"),
        json!({}),
    )
    .await;
    let names: Vec<&str> = contacts
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["VIP customers"]);
    let (_, all) = call(&server, &a, Method::GET, &base, json!({})).await;
    assert_eq!(all.as_array().unwrap().len(), 3);

    // Bob sees none of Ada's, and cannot touch them.
    let (_, bobs) = call(&server, &b, Method::GET, &base, json!({})).await;
    assert_eq!(bobs, json!([]));
    let (status, _) = call(
        &server,
        &b,
        Method::DELETE,
        &format!("{base}/{}", ids[0]),
        json!({}),
    )
    .await;
    assert_eq!(status, 404);

    let (status, renamed) = call(
        &server,
        &a,
        Method::PATCH,
        &format!("{base}/{}", ids[0]),
        json!({"custom_filter": {"name": "Gold customers"}}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(renamed["name"], "Gold customers");
    assert_eq!(
        renamed["query"]["payload"][0]["values"][0], "gold",
        "the query is kept"
    );

    let (status, _) = call(
        &server,
        &a,
        Method::DELETE,
        &format!("{base}/{}", ids[2]),
        json!({}),
    )
    .await;
    assert_eq!(status, 200);
    let (_, all) = call(&server, &a, Method::GET, &base, json!({})).await;
    assert_eq!(all.as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn bad_filters_name_the_field_and_store_nothing() {
    let server = TestServer::start().await;
    let ada = server.add_user("ada@example.com", Role::Agent).await;
    let a = server.device("ada@example.com", "Headset").await;
    let base = format!("/api/v1/accounts/{}/custom_filters", ada.account_id);
    for (body, field) in [
        (json!({"name": "X", "filter_type": "planet"}), "filter_type"),
        (json!({"name": "  ", "filter_type": "contact"}), "name"),
        (
            json!({"name": "X", "filter_type": "contact", "query": [1, 2]}),
            "query",
        ),
    ] {
        let (status, error) = call(
            &server,
            &a,
            Method::POST,
            &base,
            json!({"custom_filter": body}),
        )
        .await;
        assert_eq!(status, 422, "{error}");
        assert_eq!(error["field"], field);
    }
    let (status, _) = call(
        &server,
        &a,
        Method::GET,
        &format!("{base}?filter_type=planet"),
        json!({}),
    )
    .await;
    assert_eq!(status, 422);
    let (_, all) = call(&server, &a, Method::GET, &base, json!({})).await;
    assert_eq!(all, json!([]));
}
