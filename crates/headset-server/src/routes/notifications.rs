//! The agent's notifications and the flags that choose them.

use axum::extract::{Path, Query, State};
use axum::Json;
use headset_model::texts;
use serde::Deserialize;
use serde_json::{json, Value};

use super::conversations::member;
use crate::auth::AuthUser;
use crate::{ApiError, AppState};
use headset_model::notification::Channel;
use headset_model::NotificationKind;

#[derive(Deserialize)]
pub(crate) struct Page {
    #[serde(default)]
    page: Option<i64>,
}

pub(crate) async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
    Query(page): Query<Page>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    let page = page.page.unwrap_or(1);
    let (unread, count) = state.store.notification_counts(account_id, user.id).await?;
    let payload = state.store.notifications(account_id, user.id, page).await?;
    Ok(Json(json!({"data": {
        "meta": {"unread_count": unread, "count": count, "current_page": page},
        "payload": payload,
    }})))
}

pub(crate) async fn unread_count(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
) -> Result<Json<i64>, ApiError> {
    member(&state, &user, account_id).await?;
    Ok(Json(
        state
            .store
            .notification_counts(account_id, user.id)
            .await?
            .0,
    ))
}

pub(crate) async fn mark_read(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, id)): Path<(i64, i64)>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    if !state
        .store
        .mark_notification_read(account_id, user.id, id)
        .await?
    {
        return Err(ApiError::NotFound);
    }
    Ok(Json(state.store.notification_payload(id).await?))
}

pub(crate) async fn read_all(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    state
        .store
        .mark_all_notifications_read(account_id, user.id)
        .await?;
    Ok(Json(json!({"success": true})))
}

async fn settings_document(
    state: &AppState,
    account_id: i64,
    user_id: i64,
) -> Result<Value, ApiError> {
    let (email, push) = state.store.notification_flags(account_id, user_id).await?;
    Ok(json!({
        "id": account_id * 1_000_000 + user_id,
        "user_id": user_id,
        "account_id": account_id,
        "all_email_flags": NotificationKind::all_flags(Channel::Email),
        "selected_email_flags": email,
        "all_push_flags": NotificationKind::all_flags(Channel::Push),
        "selected_push_flags": push,
    }))
}

pub(crate) async fn show_settings(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    Ok(Json(settings_document(&state, account_id, user.id).await?))
}

#[derive(Deserialize)]
pub(crate) struct SettingsBody {
    notification_settings: SelectedFlags,
}

#[derive(Deserialize)]
struct SelectedFlags {
    selected_email_flags: Vec<String>,
    selected_push_flags: Vec<String>,
}

pub(crate) async fn update_settings(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
    Json(body): Json<SettingsBody>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    let flags = body.notification_settings;
    for (field, selected, channel) in [
        (
            "selected_email_flags",
            &flags.selected_email_flags,
            Channel::Email,
        ),
        (
            "selected_push_flags",
            &flags.selected_push_flags,
            Channel::Push,
        ),
    ] {
        if let Some(bad) = selected
            .iter()
            .find(|f| NotificationKind::from_flag(f, channel).is_none())
        {
            return Err(ApiError::on_field(
                field,
                texts::text("error-unknown-flag", &[("value", bad.as_str().into())]),
            ));
        }
    }
    let dedup = |mut v: Vec<String>| {
        v.sort();
        v.dedup();
        v
    };
    state
        .store
        .set_notification_flags(
            account_id,
            user.id,
            &dedup(flags.selected_email_flags),
            &dedup(flags.selected_push_flags),
        )
        .await?;
    Ok(Json(settings_document(&state, account_id, user.id).await?))
}
