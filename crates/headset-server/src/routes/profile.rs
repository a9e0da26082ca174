//! `/api/v1/profile`: the signed-in user's own document, its edits and its API token.

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use headset_core::profile as rules;
use headset_core::settings::HeadsetSettings;
use serde_json::{Map, Value};

use super::issue_session_headers;
use crate::auth::AuthUser;
use crate::policy::PasswordPolicy;
use crate::realtime::Revocation;
use crate::store::{ProfileUpdate, UserBasics};
use crate::{ApiError, AppState};

fn etag(user_id: i64, version: i64) -> HeaderValue {
    HeaderValue::from_str(&format!("W/\"{user_id}-{version}\"")).expect("ascii")
}

/// The document with its ETag (and any extra headers).
async fn document(
    state: &AppState,
    user_id: i64,
    mut headers: HeaderMap,
) -> Result<Response, ApiError> {
    let version = state.store.user_basics(user_id).await?.lock_version;
    let user = state.store.user_document(user_id).await?;
    headers.insert(header::ETAG, etag(user_id, version));
    Ok((headers, Json(user)).into_response())
}

pub(crate) async fn show(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Response, ApiError> {
    document(&state, user.id, HeaderMap::new()).await
}

/// The version an `If-Match` header names: `None` for no header or `*`.
fn expected_version(headers: &HeaderMap, user_id: i64) -> Result<Option<i64>, ApiError> {
    let Some(value) = headers.get(header::IF_MATCH) else {
        return Ok(None);
    };
    let text = value
        .to_str()
        .map_err(|_| ApiError::PreconditionFailed)?
        .trim();
    if text == "*" {
        return Ok(None);
    }
    let inner = text.trim_start_matches("W/").trim_matches('"');
    match inner.split_once('-') {
        Some((id, version)) if id == user_id.to_string() => version
            .parse()
            .map(Some)
            .map_err(|_| ApiError::PreconditionFailed),
        _ => Err(ApiError::PreconditionFailed),
    }
}

pub(crate) async fn update(
    State(state): State<AppState>,
    user: AuthUser,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Result<Response, ApiError> {
    let params = body
        .get("profile")
        .and_then(Value::as_object)
        .ok_or_else(|| ApiError::unprocessable("Send the changes as {\"profile\": {...}}."))?;
    let expected = expected_version(&headers, user.id)?;
    let basics = state.store.user_basics(user.id).await?;
    let mut update = profile_fields(params, &basics)?;
    let changes_password = ["current_password", "password", "password_confirmation"]
        .iter()
        .any(|k| params.contains_key(*k));
    if changes_password {
        update.password_hash = Some(new_password_hash(&state, params, &basics).await?);
    }
    if !state
        .store
        .update_profile(user.id, update, expected)
        .await?
    {
        return Err(ApiError::PreconditionFailed);
    }
    let mut out = HeaderMap::new();
    if changes_password {
        // The device that changed it stays signed in with a new token; all others end.
        state
            .store
            .delete_other_sessions(user.id, user.client.as_deref())
            .await?;
        // The pubsub token changed: every realtime socket of the user must re-subscribe.
        state.hub.revoke(Revocation::User(user.id));
        if let Some(client) = &user.client {
            out = issue_session_headers(&state, client, &basics.email).await?;
        }
    }
    document(&state, user.id, out).await
}

/// Validates the plain fields; nothing is written unless all are good.
fn profile_fields(
    params: &Map<String, Value>,
    basics: &UserBasics,
) -> Result<ProfileUpdate, ApiError> {
    let mut update = ProfileUpdate::default();
    for (key, value) in params {
        match key.as_str() {
            "name" => update.name = Some(rules::name(&text(value, "name")?.unwrap_or_default())?),
            "display_name" => {
                update.display_name = Some(rules::display_name(
                    text(value, "display_name")?.as_deref(),
                )?)
            }
            "message_signature" => {
                let signature = text(value, "message_signature")?;
                update.message_signature = Some(rules::message_signature(signature.as_deref())?)
            }
            "phone_number" => {
                update.phone_number = Some(rules::phone_number(
                    text(value, "phone_number")?.as_deref(),
                )?)
            }
            "email" => {
                let email = text(value, "email")?.unwrap_or_default();
                if !email.trim().eq_ignore_ascii_case(&basics.email) {
                    return Err(ApiError::on_field(
                        "email",
                        "Your email address cannot be changed here. Ask an administrator of your account to change it.",
                    ));
                }
            }
            "ui_settings" => {
                let settings = value.as_object().ok_or_else(|| {
                    ApiError::on_field("ui_settings", "ui_settings must be an object.")
                })?;
                if let Some(headset) = settings.get("headset") {
                    HeadsetSettings::from_value(headset)?;
                }
                update.ui_settings = Some(settings.clone());
            }
            // Handled with the password change; other keys are not the profile's.
            _ => {}
        }
    }
    Ok(update)
}

async fn new_password_hash(
    state: &AppState,
    params: &Map<String, Value>,
    basics: &UserBasics,
) -> Result<String, ApiError> {
    if basics.provider != "email" {
        return Err(ApiError::on_field(
            "password",
            "This account signs in with an identity provider; its password is managed there.",
        ));
    }
    let field = |name: &str| -> Result<String, ApiError> {
        params
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| {
                ApiError::on_field(
                    name,
                    format!(
                        "{} is required to change the password.",
                        name.replace('_', " ")
                    ),
                )
            })
    };
    let (current, password, confirmation) = (
        field("current_password")?,
        field("password")?,
        field("password_confirmation")?,
    );
    if !state
        .hasher
        .verify(current, basics.password_hash.clone())
        .await
    {
        return Err(ApiError::on_field(
            "current_password",
            "Invalid current password",
        ));
    }
    if password != confirmation {
        return Err(ApiError::on_field(
            "password_confirmation",
            "Password confirmation doesn't match Password",
        ));
    }
    check_policy(&state.policy, &password, basics)?;
    Ok(state.hasher.hash(password).await?)
}

fn check_policy(
    policy: &PasswordPolicy,
    password: &str,
    basics: &UserBasics,
) -> Result<(), ApiError> {
    policy
        .check(password, &[&basics.email, &basics.name])
        .map_err(|refusal| ApiError::Unprocessable {
            message: refusal.message,
            field: Some("password".into()),
            rule: Some(refusal.rule),
        })
}

/// A string, or null; anything else names the field.
fn text(value: &Value, field: &str) -> Result<Option<String>, ApiError> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        _ => Err(ApiError::on_field(
            field,
            format!("{} must be text.", field.replace('_', " ")),
        )),
    }
}

pub(crate) async fn reset_access_token(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Response, ApiError> {
    state.store.reset_access_token(user.id).await?;
    state.hub.revoke(Revocation::ApiToken(user.id));
    document(&state, user.id, HeaderMap::new()).await
}

pub(crate) async fn password_policy(
    State(state): State<AppState>,
    _user: AuthUser,
) -> Json<PasswordPolicy> {
    Json(state.policy.as_ref().clone())
}
