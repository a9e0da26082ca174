//! Request and response bodies of the main operations, as JSON Schema (OpenAPI 3.1),
//! written beside the handlers' JSON: `routes/*.rs`, the payloads built in `store/`, and
//! headset-model's `model::User` for the user document. A conformance tool checks every real
//! answer against them, so a key is `required` only when the code always sends it, `null`
//! is allowed wherever the code can send it, and extra keys are always allowed.
//!
//! Timestamps are what the code sends, as in Chatwoot: the user document, sessions, saved
//! filters and a notification's `read_at` carry RFC 3339 text; conversations, messages and
//! notifications otherwise carry Unix seconds.
//!
//! Every schema has a `type` or is an `anyOf` (never both), so each one also reads back as
//! a utoipa `Schema`.

use headset_model::model::{Availability, Role};
use headset_model::notification::Channel;
use headset_model::NotificationKind;
use serde_json::{json, Value};

use crate::store::FILTER_TYPES;

/// The JSON bodies of one operation: what it takes and what it answers on success.
#[derive(Default)]
pub struct Bodies {
    pub request: Option<Value>,
    /// The schema of the success response body: 200 for every operation here (sign-in's
    /// 206, `{mfa_required, mfa_token}`, is not this body).
    pub response: Option<Value>,
}

/// `path` exactly as in routes/mod.rs (e.g. "/api/v1/profile",
/// "/api/v1/accounts/{account_id}/conversations"), `method` lower-case ("get", "post",
/// "put", "patch", "delete"). Operations whose bodies are not JSON (avatar images, tones,
/// the WebSocket) or are empty have none.
pub fn of(path: &str, method: &str) -> Bodies {
    match (path, method) {
        ("/auth/sign_in", "post") => takes(sign_in(), object(json!({ "data": user() }))),
        ("/auth/validate_token", "get") => {
            answers(object(json!({ "success": boolean(), "data": user() })))
        }
        ("/auth/sign_out", "delete") => answers(success()),
        ("/auth/password", "post") => takes(object(json!({ "email": string() })), notice()),
        ("/auth/password", "put") => takes(
            object(json!({
                "reset_password_token": string(),
                "password": string(),
                "password_confirmation": string(),
            })),
            notice(),
        ),
        // PUT takes JSON or multipart (with the avatar): its request is left undescribed.
        ("/api/v1/profile", "get" | "put")
        | ("/api/v1/profile/avatar", "delete")
        | ("/api/v1/profile/reset_access_token", "post") => answers(user()),
        ("/api/v1/profile/password_policy", "get") => answers(password_policy()),
        ("/api/v1/profile/availability", "post") => takes(
            in_profile(object(json!({
                "account_id": integer(),
                "availability": availability(),
            }))),
            user(),
        ),
        // Chatwoot: a missing flag means false.
        ("/api/v1/profile/auto_offline", "post") => takes(
            in_profile(object_with(
                json!({ "account_id": integer() }),
                json!({ "auto_offline": boolean() }),
            )),
            user(),
        ),
        // Answers 200 with an empty body.
        ("/api/v1/profile/set_active_account", "put") => Bodies {
            request: Some(in_profile(object(json!({ "account_id": integer() })))),
            response: None,
        },
        ("/api/v1/profile/mfa", "get") => answers(object(json!({
            "feature_available": boolean(),
            "enabled": boolean(),
            "backup_codes_generated": boolean(),
        }))),
        ("/api/v1/profile/mfa", "post") => answers(object(json!({
            "provisioning_url": string(),
            "secret": string(),
        }))),
        ("/api/v1/profile/mfa", "delete") => takes(
            object(json!({ "otp_code": string(), "password": string() })),
            object(json!({ "enabled": boolean() })),
        ),
        ("/api/v1/profile/mfa/verify", "post") => takes(
            otp(),
            object(json!({ "enabled": boolean(), "backup_codes": array(string()) })),
        ),
        ("/api/v1/profile/mfa/backup_codes", "post") => {
            takes(otp(), object(json!({ "backup_codes": array(string()) })))
        }
        ("/api/v1/profile/sessions", "get") => answers(array(session())),
        ("/api/v1/profile/sessions/{id}", "delete") => answers(success()),
        ("/api/v1/accounts/{account_id}/inboxes", "get") => {
            answers(object(json!({ "payload": array(inbox()) })))
        }
        ("/api/v1/accounts/{account_id}/agents", "get") => answers(array(agent())),
        ("/api/v1/accounts/{account_id}/agents/{agent_id}", "patch") => {
            takes(object(json!({ "role": role() })), agent())
        }
        ("/api/v1/accounts/{account_id}/contacts", "post") => takes(
            object_with(
                json!({ "name": text() }),
                json!({ "email": nullable("string") }),
            ),
            object(json!({
                "payload": object(json!({
                    "contact": object(json!({
                        "id": integer(),
                        "name": string(),
                        "email": nullable("string"),
                    })),
                })),
            })),
        ),
        ("/api/v1/accounts/{account_id}/conversations", "get") => answers(object(json!({
            "data": object(json!({ "meta": counts(), "payload": array(conversation()) })),
        }))),
        ("/api/v1/accounts/{account_id}/conversations", "post") => takes(
            object_with(
                json!({ "inbox_id": integer(), "contact_id": integer() }),
                json!({
                    // None: the inbox's round robin picks one.
                    "assignee_id": nullable("integer"),
                    "message": or_null(object(json!({ "content": string() }))),
                }),
            ),
            conversation(),
        ),
        ("/api/v1/accounts/{account_id}/conversations/meta", "get") => {
            answers(object(json!({ "meta": counts() })))
        }
        ("/api/v1/accounts/{account_id}/conversations/{display_id}", "get") => {
            answers(conversation())
        }
        ("/api/v1/accounts/{account_id}/conversations/{display_id}/messages", "post") => takes(
            object_with(
                json!({ "content": text() }),
                json!({
                    "message_type": choice(["incoming", "outgoing"]),
                    "private": boolean(),
                }),
            ),
            message(),
        ),
        // Answers the new assignee, or null when unassigned.
        ("/api/v1/accounts/{account_id}/conversations/{display_id}/assignments", "post") => takes(
            object_with(json!({}), json!({ "assignee_id": nullable("integer") })),
            or_null(user_brief()),
        ),
        // Without a status, open and resolved toggle.
        ("/api/v1/accounts/{account_id}/conversations/{display_id}/toggle_status", "post") => {
            takes(
                object_with(json!({}), json!({ "status": or_null(choice(STATUSES)) })),
                object(json!({
                    "meta": typed("object"),
                    "payload": object(json!({
                        "success": boolean(),
                        "conversation_id": integer(),
                        "current_status": choice(STATUSES),
                    })),
                })),
            )
        }
        ("/api/v1/accounts/{account_id}/custom_filters", "get") => answers(array(custom_filter())),
        // The type defaults to conversation, the query to {}.
        ("/api/v1/accounts/{account_id}/custom_filters", "post") => takes(
            object(json!({
                "custom_filter": object_with(
                    json!({ "name": filter_name() }),
                    json!({
                        "filter_type": or_null(choice(FILTER_TYPES)),
                        "query": nullable("object"),
                    }),
                ),
            })),
            custom_filter(),
        ),
        ("/api/v1/accounts/{account_id}/custom_filters/{id}", "get") => answers(custom_filter()),
        // Only the name and the query change; the type stays.
        ("/api/v1/accounts/{account_id}/custom_filters/{id}", "patch") => takes(
            object(json!({
                "custom_filter": object_with(
                    json!({}),
                    json!({ "name": or_null(filter_name()), "query": nullable("object") }),
                ),
            })),
            custom_filter(),
        ),
        ("/api/v1/accounts/{account_id}/notifications", "get") => answers(object(json!({
            "data": object(json!({
                "meta": object(json!({
                    "unread_count": integer(),
                    "count": integer(),
                    "current_page": integer(),
                })),
                "payload": array(notification()),
            })),
        }))),
        // A bare number, as Chatwoot answers it.
        ("/api/v1/accounts/{account_id}/notifications/unread_count", "get") => answers(integer()),
        ("/api/v1/accounts/{account_id}/notifications/read_all", "post") => answers(success()),
        ("/api/v1/accounts/{account_id}/notifications/{id}", "patch") => answers(notification()),
        ("/api/v1/accounts/{account_id}/notification_settings", "get") => {
            answers(notification_settings())
        }
        ("/api/v1/accounts/{account_id}/notification_settings", "patch") => takes(
            object(json!({
                "notification_settings": object(json!({
                    "selected_email_flags": array(choice(NotificationKind::all_flags(Channel::Email))),
                    "selected_push_flags": array(choice(NotificationKind::all_flags(Channel::Push))),
                })),
            })),
            notification_settings(),
        ),
        _ => Bodies::default(),
    }
}

fn answers(response: Value) -> Bodies {
    Bodies {
        request: None,
        response: Some(response),
    }
}

fn takes(request: Value, response: Value) -> Bodies {
    Bodies {
        request: Some(request),
        response: Some(response),
    }
}

/// The statuses a conversation can have.
const STATUSES: [&str; 4] = ["open", "resolved", "pending", "snoozed"];

/// Sign-in is untagged: a pending two-factor step (`mfa_token`) or email and password.
fn sign_in() -> Value {
    json!({
        "anyOf": [
            object_with(
                json!({ "mfa_token": string() }),
                json!({ "otp_code": nullable("string"), "backup_code": nullable("string") }),
            ),
            object(json!({ "email": string(), "password": string() })),
        ],
    })
}

/// The presence routes take their fields under `profile`.
fn in_profile(fields: Value) -> Value {
    object(json!({ "profile": fields }))
}

fn otp() -> Value {
    object(json!({ "otp_code": string() }))
}

fn success() -> Value {
    object(json!({ "success": boolean() }))
}

/// The password-reset answers: the same words whether or not the account exists.
fn notice() -> Value {
    object(json!({ "success": boolean(), "message": string() }))
}

/// The user document (`Store::user_document`).
fn user() -> Value {
    object_with(
        json!({
            "id": integer(),
            "name": string(),
            "display_name": nullable("string"),
            "available_name": string(),
            "email": string(),
            "uid": string(),
            // Empty without a picture.
            "avatar_url": string(),
            "confirmed": boolean(),
            "message_signature": nullable("string"),
            "provider": string(),
            "pubsub_token": string(),
            "access_token": string(),
            // 0, with the agent role, for a user of no account.
            "account_id": integer(),
            "role": role(),
            "ui_settings": typed("object"),
            "custom_attributes": typed("object"),
            "type": string(),
            "inviter_id": nullable("integer"),
            "accounts": array(membership()),
            "created_at": string(),
            "updated_at": string(),
        }),
        // Left out until the first sign-in.
        json!({ "last_sign_in_at": string() }),
    )
}

/// One of `user().accounts`.
fn membership() -> Value {
    object(json!({
        "id": integer(),
        "name": string(),
        "status": string(),
        "active_at": nullable("string"),
        "role": role(),
        "permissions": array(string()),
        "availability": availability(),
        // The chosen status while connected, offline otherwise.
        "availability_status": availability(),
        "auto_offline": boolean(),
        "custom_role_id": nullable("integer"),
        "custom_role": nullable("object"),
    }))
}

fn password_policy() -> Value {
    object(json!({
        "min_length": integer(),
        "max_length": integer(),
        "blocklist": array(string()),
        "require_uppercase": boolean(),
        "require_digit": boolean(),
        "require_special": boolean(),
    }))
}

/// `store::SessionRow`: what the device told at sign-in, each part maybe unknown.
fn session() -> Value {
    object(json!({
        "id": integer(),
        "browser_name": nullable("string"),
        "browser_version": nullable("string"),
        "device_name": nullable("string"),
        "platform_name": nullable("string"),
        "platform_version": nullable("string"),
        "ip_address": nullable("string"),
        "city": nullable("string"),
        "country": nullable("string"),
        "country_code": nullable("string"),
        "last_activity_at": string(),
        "created_at": string(),
        "current": boolean(),
    }))
}

fn inbox() -> Value {
    object(json!({
        "id": integer(),
        "account_id": integer(),
        "name": string(),
        "channel_type": string(),
    }))
}

fn agent() -> Value {
    object(json!({
        "id": integer(),
        "account_id": integer(),
        "availability_status": availability(),
        "auto_offline": boolean(),
        "confirmed": boolean(),
        "email": string(),
        "available_name": string(),
        "name": string(),
        "role": role(),
        "thumbnail": string(),
    }))
}

/// A user as a conversation shows them: its assignee, a message's sender.
fn user_brief() -> Value {
    object(json!({
        "id": integer(),
        "name": string(),
        "available_name": string(),
        "email": string(),
        "avatar_url": string(),
        "type": choice(["user"]),
    }))
}

/// A contact as a conversation shows them; `thumbnail` is empty without a picture.
fn contact_brief() -> Value {
    object(json!({
        "id": integer(),
        "name": string(),
        "email": nullable("string"),
        "phone_number": nullable("string"),
        "thumbnail": string(),
        "type": choice(["contact"]),
    }))
}

/// `Store::conversation_payload`; its `id` is the display id.
fn conversation() -> Value {
    object(json!({
        "id": integer(),
        "account_id": integer(),
        "inbox_id": integer(),
        "status": choice(STATUSES),
        "priority": nullable("string"),
        "unread_count": integer(),
        "meta": conversation_meta(),
        // The last message only, or none.
        "messages": array(message()),
        "can_reply": boolean(),
        "created_at": integer(),
        "timestamp": integer(),
        "last_activity_at": integer(),
        // 0 until an agent has looked.
        "agent_last_seen_at": integer(),
    }))
}

fn conversation_meta() -> Value {
    object(json!({
        "sender": contact_brief(),
        "assignee": or_null(user_brief()),
        // Teams are not served: always null.
        "team": typed("null"),
    }))
}

/// `Store::message_payload`; `conversation_id` is the display id.
fn message() -> Value {
    object(json!({
        "id": integer(),
        "content": string(),
        "account_id": integer(),
        "inbox_id": integer(),
        "conversation_id": integer(),
        // Chatwoot's enum: 0 incoming, 1 outgoing, 2 activity, 3 template.
        "message_type": integer(),
        "private": boolean(),
        "created_at": integer(),
        "sender": { "anyOf": [user_brief(), contact_brief(), typed("null")] },
        "sender_type": nullable("string"),
        "sender_id": nullable("integer"),
        "conversation": object(json!({
            "assignee_id": nullable("integer"),
            "unread_count": integer(),
            "last_activity_at": integer(),
        })),
    }))
}

/// Open conversations in the dashboard's tabs.
fn counts() -> Value {
    object(json!({
        "mine_count": integer(),
        "assigned_count": integer(),
        "unassigned_count": integer(),
        "all_count": integer(),
    }))
}

fn custom_filter() -> Value {
    object(json!({
        "id": integer(),
        "name": string(),
        "filter_type": choice(FILTER_TYPES),
        "query": typed("object"),
        "created_at": string(),
        "updated_at": string(),
    }))
}

/// The handler trims the name and refuses it blank or longer than 100 characters.
fn filter_name() -> Value {
    json!({ "type": "string", "pattern": "\\S", "maxLength": 100 })
}

/// `Store::notification_payload`, in Chatwoot's shape: `primary_actor_id` is the
/// conversation's row id, `primary_actor.id` its display id, and `secondary_actor` the
/// message it is about, if any.
fn notification() -> Value {
    object(json!({
        "id": integer(),
        "notification_type": string(),
        "push_message_title": string(),
        "primary_actor_type": string(),
        "primary_actor_id": integer(),
        "primary_actor": object(json!({
            "id": integer(),
            "meta": conversation_meta(),
            "inbox_id": integer(),
        })),
        "read_at": nullable("string"),
        "secondary_actor": or_null(message()),
        "user": object(json!({ "id": integer() })),
        "created_at": integer(),
        "last_activity_at": integer(),
        // Snoozing notifications is not served: always null.
        "snoozed_until": typed("null"),
    }))
}

fn notification_settings() -> Value {
    object(json!({
        "id": integer(),
        "user_id": integer(),
        "account_id": integer(),
        "all_email_flags": array(string()),
        "selected_email_flags": array(string()),
        "all_push_flags": array(string()),
        "selected_push_flags": array(string()),
    }))
}

fn availability() -> Value {
    choice(Availability::ALL.map(Availability::as_str))
}

fn role() -> Value {
    choice([Role::Agent, Role::Administrator].map(Role::as_str))
}

/// An object whose properties are all always present.
fn object(required: Value) -> Value {
    object_with(required, json!({}))
}

/// An object with `required` properties always present and `optional` ones sometimes.
fn object_with(required: Value, optional: Value) -> Value {
    let (Value::Object(mut properties), Value::Object(optional)) = (required, optional) else {
        unreachable!("properties are written as JSON objects");
    };
    let names: Vec<String> = properties.keys().cloned().collect();
    properties.extend(optional);
    let mut schema = json!({ "type": "object", "properties": properties });
    if !names.is_empty() {
        schema["required"] = json!(names);
    }
    schema
}

fn array(items: Value) -> Value {
    json!({ "type": "array", "items": items })
}

/// One of `values` (strings).
fn choice(values: impl serde::Serialize) -> Value {
    json!({ "type": "string", "enum": values })
}

/// `schema`, or null (also added to its `enum`, if it has one).
fn or_null(mut schema: Value) -> Value {
    let kind = schema["type"].take();
    schema["type"] = json!([kind, "null"]);
    if let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) {
        values.push(Value::Null);
    }
    schema
}

/// A value of JSON type `kind`, or null.
fn nullable(kind: &str) -> Value {
    json!({ "type": [kind, "null"] })
}

fn typed(kind: &str) -> Value {
    json!({ "type": kind })
}

fn integer() -> Value {
    typed("integer")
}

fn string() -> Value {
    typed("string")
}

fn boolean() -> Value {
    typed("boolean")
}

/// Text the handler trims and refuses when blank.
fn text() -> Value {
    json!({ "type": "string", "pattern": "\\S" })
}
