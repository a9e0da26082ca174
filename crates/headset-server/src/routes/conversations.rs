//! `/api/v1/accounts/{account_id}/...`: inboxes, contacts, conversations, messages,
//! assignments — the shapes of Chatwoot's swagger.json.

use axum::extract::{Path, State};
use axum::Json;
use headset_model::model::Role;
use headset_model::texts;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::AuthUser;
use crate::store::{Conversation, INCOMING, OUTGOING};
use crate::{notify, ApiError, AppState};

/// The caller's role in the account; 403 for non-members (never 401: the credential is fine).
pub(crate) async fn member(
    state: &AppState,
    user: &AuthUser,
    account_id: i64,
) -> Result<Role, ApiError> {
    state
        .store
        .role_in(user.id, account_id)
        .await?
        .ok_or_else(|| ApiError::Forbidden(texts::plain("server-not-a-member")))
}

/// A conversation the caller may work on: in an inbox they belong to, or any if admin.
async fn visible_conversation(
    state: &AppState,
    user: &AuthUser,
    account_id: i64,
    display_id: i64,
) -> Result<Conversation, ApiError> {
    member(state, user, account_id).await?;
    let conv = state
        .store
        .conversation(account_id, display_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let audience = state
        .store
        .inbox_audience(account_id, conv.inbox_id)
        .await?;
    if !audience.contains(&user.id) {
        return Err(ApiError::NotFound);
    }
    Ok(conv)
}

pub(crate) async fn inboxes(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    Ok(Json(
        json!({ "payload": state.store.inboxes(account_id).await? }),
    ))
}

#[derive(Deserialize)]
pub(crate) struct NewContact {
    name: String,
    #[serde(default)]
    email: Option<String>,
}

pub(crate) async fn create_contact(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
    Json(body): Json<NewContact>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    if body.name.trim().is_empty() {
        return Err(ApiError::on_field(
            "name",
            texts::plain("server-contact-name"),
        ));
    }
    let id = state
        .store
        .create_contact(account_id, body.name.trim(), body.email.as_deref())
        .await?;
    Ok(Json(
        json!({"payload": {"contact": {"id": id, "name": body.name.trim(), "email": body.email}}}),
    ))
}

#[derive(Deserialize)]
pub(crate) struct NewConversation {
    inbox_id: i64,
    contact_id: i64,
    #[serde(default)]
    assignee_id: Option<i64>,
    #[serde(default)]
    message: Option<NewMessageText>,
}

#[derive(Deserialize)]
struct NewMessageText {
    content: String,
}

pub(crate) async fn create_conversation(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
    Json(body): Json<NewConversation>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    if state.store.inbox_account(body.inbox_id).await? != Some(account_id) {
        return Err(ApiError::on_field(
            "inbox_id",
            texts::plain("server-no-such-inbox"),
        ));
    }
    if state.store.contact_account(body.contact_id).await? != Some(account_id) {
        return Err(ApiError::on_field(
            "contact_id",
            texts::plain("server-no-such-contact"),
        ));
    }
    let assignee = match body.assignee_id {
        Some(assignee) => {
            check_assignee(&state, account_id, body.inbox_id, assignee).await?;
            Some(assignee)
        }
        None => crate::assignment::pick(&state, account_id, body.inbox_id).await?,
    };
    let conv = state
        .store
        .create_conversation(account_id, body.inbox_id, body.contact_id, assignee)
        .await?;
    if let Some(message) = &body.message {
        // The customer's first message.
        state
            .store
            .add_message(
                &conv,
                &message.content,
                INCOMING,
                false,
                ("Contact", body.contact_id),
            )
            .await?;
    }
    notify::conversation_created(&state, &conv, user.id).await?;
    Ok(Json(state.store.conversation_payload(conv.id).await?))
}

async fn check_assignee(
    state: &AppState,
    account_id: i64,
    inbox_id: i64,
    assignee: i64,
) -> Result<(), ApiError> {
    if !state
        .store
        .inbox_audience(account_id, inbox_id)
        .await?
        .contains(&assignee)
    {
        return Err(ApiError::on_field(
            "assignee_id",
            texts::plain("server-assignee-not-in-inbox"),
        ));
    }
    Ok(())
}

#[derive(Deserialize)]
pub(crate) struct NewMessage {
    content: String,
    #[serde(default = "outgoing")]
    message_type: String,
    #[serde(default)]
    private: bool,
}

fn outgoing() -> String {
    "outgoing".into()
}

pub(crate) async fn create_message(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, display_id)): Path<(i64, i64)>,
    Json(body): Json<NewMessage>,
) -> Result<Json<Value>, ApiError> {
    let conv = visible_conversation(&state, &user, account_id, display_id).await?;
    if body.content.trim().is_empty() {
        return Err(ApiError::on_field(
            "content",
            texts::plain("server-message-empty"),
        ));
    }
    let (kind, sender) = match body.message_type.as_str() {
        // An incoming message arrives from the conversation's contact (API inboxes).
        "incoming" => (INCOMING, ("Contact", contact_of(&state, &conv).await?)),
        "outgoing" => (OUTGOING, ("User", user.id)),
        _ => {
            return Err(ApiError::on_field(
                "message_type",
                texts::text(
                    "server-must-be-one-of",
                    &[
                        ("name", "message_type".into()),
                        ("choices", "incoming, outgoing".into()),
                    ],
                ),
            ))
        }
    };
    let private = body.private && kind == OUTGOING;
    let id = state
        .store
        .add_message(&conv, &body.content, kind, private, sender)
        .await?;
    let sender_user = (sender.0 == "User").then_some(user.id);
    notify::message_created(&state, &conv, id, sender_user, &body.content, kind, private).await?;
    Ok(Json(state.store.message_payload(id).await?))
}

async fn contact_of(state: &AppState, conv: &Conversation) -> Result<i64, ApiError> {
    let payload = state.store.conversation_payload(conv.id).await?;
    payload["meta"]["sender"]["id"]
        .as_i64()
        .ok_or(ApiError::NotFound)
}

#[derive(Deserialize)]
pub(crate) struct Assignment {
    assignee_id: Option<i64>,
}

pub(crate) async fn assign(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, display_id)): Path<(i64, i64)>,
    Json(body): Json<Assignment>,
) -> Result<Json<Value>, ApiError> {
    let mut conv = visible_conversation(&state, &user, account_id, display_id).await?;
    if let Some(assignee) = body.assignee_id {
        check_assignee(&state, account_id, conv.inbox_id, assignee).await?;
    }
    state.store.assign(conv.id, body.assignee_id).await?;
    conv.assignee_id = body.assignee_id;
    notify::assignee_changed(&state, &conv, user.id).await?;
    let payload = state.store.conversation_payload(conv.id).await?;
    Ok(Json(payload["meta"]["assignee"].clone()))
}

#[derive(Deserialize)]
pub(crate) struct StatusChange {
    /// Without one, Chatwoot toggles between open and resolved.
    status: Option<String>,
}

/// `POST .../conversations/{id}/toggle_status`: open, resolved, pending or snoozed.
pub(crate) async fn toggle_status(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, display_id)): Path<(i64, i64)>,
    Json(body): Json<StatusChange>,
) -> Result<Json<Value>, ApiError> {
    let conv = visible_conversation(&state, &user, account_id, display_id).await?;
    let current = state.store.conversation_payload(conv.id).await?["status"]
        .as_str()
        .unwrap_or("open")
        .to_owned();
    let status = match body.status.as_deref() {
        Some(s @ ("open" | "resolved" | "pending" | "snoozed")) => s.to_owned(),
        Some(_) => {
            return Err(ApiError::on_field(
                "status",
                texts::text(
                    "server-must-be-one-of",
                    &[
                        ("name", "status".into()),
                        ("choices", "open, resolved, pending, snoozed".into()),
                    ],
                ),
            ))
        }
        None if current == "open" => "resolved".into(),
        None => "open".into(),
    };
    if status != current {
        state.store.set_status(conv.id, &status).await?;
        notify::status_changed(&state, &conv).await?;
    }
    Ok(Json(json!({"meta": {}, "payload": {
        "success": true, "conversation_id": display_id, "current_status": status}})))
}

/// `POST .../conversations/{id}/update_last_seen`: the agent read the conversation.
pub(crate) async fn update_last_seen(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, display_id)): Path<(i64, i64)>,
) -> Result<Json<Value>, ApiError> {
    let conv = visible_conversation(&state, &user, account_id, display_id).await?;
    state.store.mark_seen(conv.id).await?;
    notify::read(&state, &conv, user.id).await?;
    Ok(Json(json!({})))
}

#[derive(Deserialize)]
pub(crate) struct ListQuery {
    assignee_type: Option<String>,
    status: Option<String>,
    page: Option<i64>,
}

/// `GET .../conversations?assignee_type=me|unassigned|assigned|all&status=open|…|all&page=N`:
/// Chatwoot's list, `{data: {meta, payload}}`, 25 a page, open and all by default.
pub(crate) async fn list_conversations(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    let assignee = q.assignee_type.as_deref().unwrap_or("all");
    if !matches!(assignee, "me" | "unassigned" | "assigned" | "all") {
        return Err(ApiError::on_field(
            "assignee_type",
            texts::text(
                "server-must-be-one-of",
                &[
                    ("name", "assignee_type".into()),
                    ("choices", "me, unassigned, assigned, all".into()),
                ],
            ),
        ));
    }
    let status = q.status.as_deref().unwrap_or("open");
    if !matches!(status, "open" | "resolved" | "pending" | "snoozed" | "all") {
        return Err(ApiError::on_field(
            "status",
            texts::text(
                "server-must-be-one-of",
                &[
                    ("name", "status".into()),
                    ("choices", "open, resolved, pending, snoozed, all".into()),
                ],
            ),
        ));
    }
    let payload = state
        .store
        .conversation_page(account_id, user.id, (assignee, status), q.page.unwrap_or(1))
        .await?;
    let counts = state.store.conversation_counts(account_id, user.id).await?;
    Ok(Json(
        json!({"data": {"meta": counts["meta"], "payload": payload}}),
    ))
}

pub(crate) async fn meta(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    member(&state, &user, account_id).await?;
    Ok(Json(
        state.store.conversation_counts(account_id, user.id).await?,
    ))
}

pub(crate) async fn show_conversation(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, display_id)): Path<(i64, i64)>,
) -> Result<Json<Value>, ApiError> {
    let conv = visible_conversation(&state, &user, account_id, display_id).await?;
    Ok(Json(state.store.conversation_payload(conv.id).await?))
}

pub(crate) async fn agents(
    State(state): State<AppState>,
    user: AuthUser,
    Path(account_id): Path<i64>,
) -> Result<Json<Vec<Value>>, ApiError> {
    member(&state, &user, account_id).await?;
    Ok(Json(state.store.agents(account_id).await?))
}

#[derive(Deserialize)]
pub(crate) struct RoleChange {
    role: String,
}

/// Administrators only; an agent gets 403 and nothing changes.
pub(crate) async fn update_agent(
    State(state): State<AppState>,
    user: AuthUser,
    Path((account_id, agent_id)): Path<(i64, i64)>,
    Json(body): Json<RoleChange>,
) -> Result<Json<Value>, ApiError> {
    if member(&state, &user, account_id).await? != Role::Administrator {
        return Err(ApiError::Forbidden(texts::plain("server-role-admins-only")));
    }
    let role = Role::parse(&body.role).ok_or_else(|| {
        ApiError::on_field(
            "role",
            texts::text(
                "server-must-be-one-of",
                &[
                    ("name", "role".into()),
                    ("choices", "agent, administrator".into()),
                ],
            ),
        )
    })?;
    if !state.store.set_role(account_id, agent_id, role).await? {
        return Err(ApiError::NotFound);
    }
    let agents = state.store.agents(account_id).await?;
    let agent = agents
        .into_iter()
        .find(|a| a["id"] == agent_id)
        .ok_or(ApiError::NotFound)?;
    Ok(Json(agent))
}
