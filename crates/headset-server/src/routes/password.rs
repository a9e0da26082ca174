//! `/auth/password`: reset by email. The answer never tells whether an account exists.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::Json;
use headset_model::texts;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::{random_token, token_hash};
use crate::realtime::Revocation;
use crate::store::timestamp;
use crate::{ApiError, AppState};

const LIFETIME: chrono::Duration = chrono::Duration::hours(1);

#[derive(Deserialize)]
pub(crate) struct ResetRequest {
    email: String,
}

/// Always 200 with the same words: an unknown email, an SSO account and a real one
/// look alike to the caller.
pub(crate) async fn request_reset(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Json(body): Json<ResetRequest>,
) -> Result<Json<Value>, ApiError> {
    state
        .sign_in_limit
        .check(peer.ip())
        .map_err(ApiError::TooManyRequests)?;
    let email = body.email.trim();
    if let Some(id) = state.store.user_id_by_email(email).await? {
        let basics = state.store.user_basics(id).await?;
        // Accounts of an identity provider have no password here to reset.
        if basics.provider == "email" {
            let token = random_token();
            let expires = timestamp(chrono::Utc::now() + LIFETIME);
            state
                .store
                .create_password_reset(&token_hash(&token), id, &expires)
                .await?;
            let link = format!(
                "{}/app/auth/password/edit?reset_password_token={token}",
                state.public_url
            );
            state.mailer.send(
                &basics.email,
                "Reset your Headset password",
                &format!(
                    "Someone asked to reset the password of {}.\n\nTo choose a new one, open this link within an hour:\n{link}\n\nIf it was not you, ignore this message; your password stays as it is.",
                    basics.email
                ),
            )?;
        }
    }
    Ok(Json(json!({
        "success": true,
        "message": texts::plain("server-reset-sent")
    })))
}

#[derive(Deserialize)]
pub(crate) struct NewPassword {
    reset_password_token: String,
    password: String,
    password_confirmation: String,
}

pub(crate) async fn reset(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Json(body): Json<NewPassword>,
) -> Result<Json<Value>, ApiError> {
    state
        .sign_in_limit
        .check(peer.ip())
        .map_err(ApiError::TooManyRequests)?;
    if body.password != body.password_confirmation {
        return Err(ApiError::on_field(
            "password_confirmation",
            texts::plain("server-confirmation-mismatch"),
        ));
    }
    let hash = token_hash(&body.reset_password_token);
    let Some(user_id) = state.store.take_password_reset(&hash).await? else {
        return Err(ApiError::on_field(
            "reset_password_token",
            texts::plain("server-reset-link-invalid"),
        ));
    };
    let basics = state.store.user_basics(user_id).await?;
    if let Err(refusal) = state
        .policy
        .check(&body.password, &[&basics.email, &basics.name])
    {
        // Give the link back: the person only chose a weak password.
        let expires = timestamp(chrono::Utc::now() + LIFETIME);
        state
            .store
            .create_password_reset(&hash, user_id, &expires)
            .await?;
        return Err(ApiError::Unprocessable {
            message: refusal.message,
            field: Some("password".into()),
            rule: Some(refusal.rule),
        });
    }
    let password_hash = state.hasher.hash(body.password).await?;
    state.store.reset_password(user_id, &password_hash).await?;
    // Whoever can reset the password owns the account: its sign-in lock ends too.
    state.store.clear_failed_sign_ins(user_id).await?;
    state.hub.revoke(Revocation::User(user_id));
    Ok(Json(
        json!({"success": true, "message": texts::plain("server-password-reset-done")}),
    ))
}
