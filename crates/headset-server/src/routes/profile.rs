//! `/api/v1/profile`: the signed-in user's own document, its edits and its API token.

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use headset_model::profile as rules;
use headset_model::settings::HeadsetSettings;
use headset_model::texts;
use serde_json::{Map, Value};

use super::issue_session_headers;
use crate::auth::AuthUser;
use crate::policy::PasswordPolicy;
use crate::realtime::Revocation;
use crate::store::{ProfileUpdate, UserBasics};
use crate::{avatar, ApiError, AppState};

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

/// The changes of a `PUT`: JSON `{"profile": {...}}`, or multipart with `profile[...]`
/// text fields and the picture in `profile[avatar]` (as Chatwoot's dashboard sends it).
async fn read_changes(
    state: &AppState,
    request: Request,
) -> Result<(Map<String, Value>, Option<Bytes>), Response> {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|t| t.to_str().ok())
        .is_some_and(|t| t.starts_with("multipart/form-data"));
    if !multipart {
        // The route allows avatar-sized bodies; JSON keeps the server-wide limit.
        let body = axum::body::to_bytes(request.into_body(), crate::BODY_LIMIT)
            .await
            .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
        let Json(body) = Json::<Value>::from_bytes(&body).map_err(IntoResponse::into_response)?;
        let params = body
            .get("profile")
            .and_then(Value::as_object)
            .cloned()
            .ok_or_else(|| {
                ApiError::unprocessable(texts::plain("server-profile-shape")).into_response()
            })?;
        return Ok((params, None));
    }
    let mut form = Multipart::from_request(request, state)
        .await
        .map_err(IntoResponse::into_response)?;
    let (mut params, mut avatar) = (Map::new(), None);
    while let Some(field) = form
        .next_field()
        .await
        .map_err(IntoResponse::into_response)?
    {
        let Some(key) = field
            .name()
            .and_then(|n| n.strip_prefix("profile["))
            .and_then(|n| n.strip_suffix(']'))
            .map(str::to_owned)
        else {
            continue;
        };
        if key == "avatar" {
            avatar = Some(field.bytes().await.map_err(IntoResponse::into_response)?);
        } else {
            let text = field.text().await.map_err(IntoResponse::into_response)?;
            params.insert(key, Value::String(text));
        }
    }
    Ok((params, avatar))
}

pub(crate) async fn update(
    State(state): State<AppState>,
    user: AuthUser,
    headers: HeaderMap,
    request: Request,
) -> Result<Response, ApiError> {
    let (params, avatar) = match read_changes(&state, request).await {
        Ok(changes) => changes,
        Err(refusal) => return Ok(refusal),
    };
    let params = &params;
    let expected = expected_version(&headers, user.id)?;
    let basics = state.store.user_basics(user.id).await?;
    let mut update = profile_fields(params, &basics)?;
    // Checked and made before anything is written, so a bad picture changes nothing.
    let avatar = match avatar {
        Some(bytes) => Some(
            tokio::task::spawn_blocking(move || avatar::process(&bytes))
                .await
                .map_err(|e| ApiError::Internal(crate::Error::Invalid(e.to_string())))??,
        ),
        None => None,
    };
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
    if let Some(avatar) = &avatar {
        state
            .store
            .set_avatar(user.id, avatar, &state.public_url)
            .await?;
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
                        texts::plain("server-email-fixed"),
                    ));
                }
            }
            "ui_settings" => {
                let settings = value.as_object().ok_or_else(|| {
                    ApiError::on_field("ui_settings", texts::plain("server-ui-settings-object"))
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
            texts::plain("server-password-managed"),
        ));
    }
    let field = |name: &str| -> Result<String, ApiError> {
        params
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| ApiError::on_field(name, texts::plain("server-password-field-required")))
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
            texts::plain("server-current-password-invalid"),
        ));
    }
    if password != confirmation {
        return Err(ApiError::on_field(
            "password_confirmation",
            texts::plain("server-confirmation-mismatch"),
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
            texts::plain("server-must-be-text"),
        )),
    }
}

pub(crate) async fn delete_avatar(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Response, ApiError> {
    state.store.delete_avatar(user.id).await?;
    document(&state, user.id, HeaderMap::new()).await
}

/// An avatar image. Names are random and never reused, so it may be cached for ever;
/// `nosniff` keeps browsers from reading it as anything but the image it is.
pub(crate) async fn avatar_image(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, ApiError> {
    let (content_type, bytes) = state
        .store
        .avatar_image(&name)
        .await?
        .ok_or(ApiError::NotFound)?;
    let headers = [
        (header::CONTENT_TYPE, content_type),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
        (
            header::CACHE_CONTROL,
            "public, max-age=31536000, immutable".to_owned(),
        ),
    ];
    Ok((headers, bytes).into_response())
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
