//! `/api/v1/accounts/{id}/custom_filters`: the user's saved filters (segments are the
//! `contact` and `company` ones), as Chatwoot serves them.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use headset_model::texts;
use serde::Deserialize;
use serde_json::Value;

use super::conversations::member;
use crate::auth::AuthUser;
use crate::store::FILTER_TYPES;
use crate::{ApiError, AppState};

#[derive(Deserialize)]
pub(crate) struct Listing {
    filter_type: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct Body {
    custom_filter: FilterFields,
}

#[derive(Deserialize)]
pub(crate) struct FilterFields {
    name: Option<String>,
    filter_type: Option<String>,
    query: Option<Value>,
}

fn filter_type(given: Option<&str>) -> Result<Option<&str>, ApiError> {
    match given {
        None => Ok(None),
        Some(t) if FILTER_TYPES.contains(&t) => Ok(Some(t)),
        Some(_) => Err(ApiError::on_field(
            "filter_type",
            texts::text(
                "server-must-be-one-of",
                &[
                    ("name", "filter_type".into()),
                    ("choices", "conversation, contact, company, report".into()),
                ],
            ),
        )),
    }
}

fn name(given: Option<&str>) -> Result<Option<&str>, ApiError> {
    match given.map(str::trim) {
        Some("") => Err(ApiError::on_field(
            "name",
            texts::plain("server-filter-name"),
        )),
        Some(n) if n.chars().count() > 100 => Err(ApiError::on_field(
            "name",
            texts::plain("server-filter-name-long"),
        )),
        other => Ok(other),
    }
}

fn query(given: Option<&Value>) -> Result<Option<&Value>, ApiError> {
    match given {
        Some(q) if !q.is_object() => Err(ApiError::on_field(
            "query",
            texts::text("server-must-be-object", &[("name", "query".into())]),
        )),
        other => Ok(other),
    }
}

pub(crate) async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
    Query(listing): Query<Listing>,
) -> Result<Json<Vec<Value>>, ApiError> {
    member(&state, &user, account_id).await?;
    let kind = filter_type(listing.filter_type.as_deref())?;
    Ok(Json(
        state
            .store
            .custom_filters(account_id, user.id, kind)
            .await?,
    ))
}

pub(crate) async fn show(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, id)): Path<(i64, i64)>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    let filter = state.store.custom_filter(account_id, user.id, id).await?;
    filter.map(Json).ok_or(ApiError::NotFound)
}

pub(crate) async fn create(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
    Json(body): Json<Body>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    let fields = &body.custom_filter;
    let name = name(fields.name.as_deref())?
        .ok_or_else(|| ApiError::on_field("name", texts::plain("server-filter-name")))?;
    let kind = filter_type(fields.filter_type.as_deref())?.unwrap_or("conversation");
    let empty = Value::Object(Default::default());
    let query = query(fields.query.as_ref())?.unwrap_or(&empty);
    Ok(Json(
        state
            .store
            .create_custom_filter(account_id, user.id, name, kind, query)
            .await?,
    ))
}

pub(crate) async fn update(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, id)): Path<(i64, i64)>,
    Json(body): Json<Body>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    let fields = &body.custom_filter;
    let filter = state
        .store
        .update_custom_filter(
            account_id,
            user.id,
            id,
            name(fields.name.as_deref())?,
            query(fields.query.as_ref())?,
        )
        .await?;
    filter.map(Json).ok_or(ApiError::NotFound)
}

pub(crate) async fn delete(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, id)): Path<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    member(&state, &user, account_id).await?;
    if state
        .store
        .delete_custom_filter(account_id, user.id, id)
        .await?
    {
        Ok(StatusCode::OK)
    } else {
        Err(ApiError::NotFound)
    }
}
