//! Inboxes, contacts, conversations and messages, and their Chatwoot payloads.

use serde_json::{json, Value};
use sqlx::Row;

use super::{now, Store};
use crate::Error;
use headset_model::model::Role;

/// Conversations per page of `GET .../conversations`, as Chatwoot pages them.
const PAGE: i64 = 25;

/// A conversation as the routes need it.
#[derive(Debug, Clone)]
pub struct Conversation {
    pub id: i64,
    pub account_id: i64,
    pub display_id: i64,
    pub inbox_id: i64,
    pub assignee_id: Option<i64>,
    pub status: String,
}

/// Chatwoot's message types.
pub const INCOMING: i64 = 0;
pub const OUTGOING: i64 = 1;

fn unix(ts: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(ts)
        .map(|t| t.timestamp())
        .unwrap_or_default()
}

impl Store {
    pub async fn create_inbox(&self, account_id: i64, name: &str) -> Result<i64, Error> {
        let mut tx = self.begin().await?;
        let returned = sqlx::query_scalar(
            "INSERT INTO inboxes (account_id, name, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(account_id)
        .bind(name)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(returned)
    }

    pub async fn add_inbox_member(&self, inbox_id: i64, user_id: i64) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO inbox_members (inbox_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(inbox_id)
        .bind(user_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn create_contact(
        &self,
        account_id: i64,
        name: &str,
        email: Option<&str>,
    ) -> Result<i64, Error> {
        let mut tx = self.begin().await?;
        let returned = sqlx::query_scalar(
            "INSERT INTO contacts (account_id, name, email, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(account_id)
        .bind(name)
        .bind(email)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(returned)
    }

    /// Sets the URL of a contact's picture (what channels such as a website widget or
    /// WhatsApp give Chatwoot).
    pub async fn set_contact_avatar(&self, contact_id: i64, url: &str) -> Result<(), Error> {
        sqlx::query("UPDATE contacts SET avatar_url = $1 WHERE id = $2")
            .bind(url)
            .bind(contact_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The user's role in the account, if a member.
    pub async fn role_in(&self, user_id: i64, account_id: i64) -> Result<Option<Role>, Error> {
        let role: Option<String> = sqlx::query_scalar(
            "SELECT role FROM account_users WHERE user_id = $1 AND account_id = $2",
        )
        .bind(user_id)
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(role.as_deref().and_then(Role::parse))
    }

    /// Who sees an inbox's conversations: its members and the account's administrators.
    pub async fn inbox_audience(&self, account_id: i64, inbox_id: i64) -> Result<Vec<i64>, Error> {
        Ok(sqlx::query_scalar(
            "SELECT user_id FROM inbox_members WHERE inbox_id = $1
             UNION SELECT user_id FROM account_users WHERE account_id = $2 AND role = 'administrator'",
        )
        .bind(inbox_id)
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn inboxes(&self, account_id: i64) -> Result<Vec<Value>, Error> {
        let rows = sqlx::query(
            "SELECT id, name, channel_type FROM inboxes WHERE account_id = $1 ORDER BY id",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                json!({
                    "id": r.get::<i64, _>("id"), "account_id": account_id,
                    "name": r.get::<String, _>("name"),
                    "channel_type": r.get::<String, _>("channel_type"),
                })
            })
            .collect())
    }

    pub async fn inbox_account(&self, inbox_id: i64) -> Result<Option<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT account_id FROM inboxes WHERE id = $1")
                .bind(inbox_id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn contact_account(&self, contact_id: i64) -> Result<Option<i64>, Error> {
        Ok(
            sqlx::query_scalar("SELECT account_id FROM contacts WHERE id = $1")
                .bind(contact_id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn create_conversation(
        &self,
        account_id: i64,
        inbox_id: i64,
        contact_id: i64,
        assignee_id: Option<i64>,
    ) -> Result<Conversation, Error> {
        let mut tx = self.pool.begin().await?;
        // The account's row locked first: two conversations made at once get two display
        // ids (PostgreSQL), and the write lock is taken before the read (SQLite would
        // refuse the insert at once, without waiting, after another write in between).
        sqlx::query("UPDATE accounts SET name = name WHERE id = $1")
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        let display_id: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(display_id), 0) + 1 FROM conversations WHERE account_id = $1",
        )
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
        let now = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO conversations (account_id, display_id, inbox_id, contact_id, assignee_id,
                created_at, last_activity_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(account_id)
        .bind(display_id)
        .bind(inbox_id)
        .bind(contact_id)
        .bind(assignee_id)
        .bind(&now)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Conversation {
            id,
            account_id,
            display_id,
            inbox_id,
            assignee_id,
            status: "open".into(),
        })
    }

    pub async fn conversation(
        &self,
        account_id: i64,
        display_id: i64,
    ) -> Result<Option<Conversation>, Error> {
        let row = sqlx::query(
            "SELECT id, inbox_id, assignee_id, status FROM conversations
             WHERE account_id = $1 AND display_id = $2",
        )
        .bind(account_id)
        .bind(display_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| Conversation {
            id: r.get("id"),
            account_id,
            display_id,
            inbox_id: r.get("inbox_id"),
            assignee_id: r.get("assignee_id"),
            status: r.get("status"),
        }))
    }

    pub async fn add_message(
        &self,
        conversation: &Conversation,
        content: &str,
        message_type: i64,
        private: bool,
        sender: (&str, i64),
    ) -> Result<i64, Error> {
        let now = now();
        let mut tx = self.begin().await?;
        let id = sqlx::query_scalar(
            "INSERT INTO messages (account_id, conversation_id, content, message_type, private,
                sender_type, sender_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(conversation.account_id)
        .bind(conversation.id)
        .bind(content)
        .bind(message_type)
        .bind(i64::from(private))
        .bind(sender.0)
        .bind(sender.1)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        let seen = if message_type == INCOMING {
            None
        } else {
            Some(&now)
        };
        sqlx::query(
            "UPDATE conversations SET last_activity_at = $1,
                agent_last_seen_at = COALESCE($2, agent_last_seen_at) WHERE id = $3",
        )
        .bind(&now)
        .bind(seen)
        .bind(conversation.id)
        .execute(&self.pool)
        .await?;
        Ok(id)
    }

    pub async fn assign(
        &self,
        conversation_id: i64,
        assignee_id: Option<i64>,
    ) -> Result<(), Error> {
        sqlx::query("UPDATE conversations SET assignee_id = $1 WHERE id = $2")
            .bind(assignee_id)
            .bind(conversation_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn set_status(&self, conversation_id: i64, status: &str) -> Result<(), Error> {
        sqlx::query("UPDATE conversations SET status = $1 WHERE id = $2")
            .bind(status)
            .bind(conversation_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The agents have seen the conversation up to now: its unread count starts over.
    pub async fn mark_seen(&self, conversation_id: i64) -> Result<(), Error> {
        sqlx::query("UPDATE conversations SET agent_last_seen_at = $1 WHERE id = $2")
            .bind(super::now())
            .bind(conversation_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Users who wrote in the conversation (its participants).
    pub async fn participants(&self, conversation_id: i64) -> Result<Vec<i64>, Error> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT sender_id FROM messages WHERE conversation_id = $1 AND sender_type = 'User'",
        )
        .bind(conversation_id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn unread_count(&self, conversation_id: i64) -> Result<i64, Error> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id
             WHERE c.id = $1 AND m.message_type = 0
               AND (c.agent_last_seen_at IS NULL OR m.created_at > c.agent_last_seen_at)",
        )
        .bind(conversation_id)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn user_brief(&self, user_id: i64) -> Result<Value, Error> {
        let r = sqlx::query("SELECT id, name, email, avatar_url FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(json!({
            "id": r.get::<i64, _>("id"), "name": r.get::<String, _>("name"),
            "available_name": r.get::<String, _>("name"), "email": r.get::<String, _>("email"),
            "avatar_url": r.get::<String, _>("avatar_url"), "type": "user",
        }))
    }

    async fn contact_brief(&self, contact_id: i64) -> Result<Value, Error> {
        let r = sqlx::query(
            "SELECT id, name, email, phone_number, avatar_url FROM contacts WHERE id = $1",
        )
        .bind(contact_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(json!({
            "id": r.get::<i64, _>("id"), "name": r.get::<String, _>("name"),
            "email": r.get::<Option<String>, _>("email"),
            "phone_number": r.get::<Option<String>, _>("phone_number"),
            "thumbnail": r.get::<String, _>("avatar_url"), "type": "contact",
        }))
    }

    /// A message as Chatwoot pushes it (`message.created`).
    pub async fn message_payload(&self, message_id: i64) -> Result<Value, Error> {
        let r = sqlx::query(
            "SELECT m.id, m.content, m.message_type, m.private, m.sender_type, m.sender_id,
                m.created_at, m.account_id, c.id AS conversation_id, c.display_id, c.inbox_id,
                c.assignee_id, c.last_activity_at
             FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.id = $1",
        )
        .bind(message_id)
        .fetch_one(&self.pool)
        .await?;
        let sender = match (
            r.get::<Option<String>, _>("sender_type").as_deref(),
            r.get::<Option<i64>, _>("sender_id"),
        ) {
            (Some("User"), Some(id)) => self.user_brief(id).await?,
            (Some("Contact"), Some(id)) => self.contact_brief(id).await?,
            _ => Value::Null,
        };
        let conversation_id: i64 = r.get("conversation_id");
        Ok(json!({
            "id": r.get::<i64, _>("id"),
            "content": r.get::<String, _>("content"),
            "account_id": r.get::<i64, _>("account_id"),
            "inbox_id": r.get::<i64, _>("inbox_id"),
            "conversation_id": r.get::<i64, _>("display_id"),
            "message_type": r.get::<i64, _>("message_type"),
            "private": r.get::<i64, _>("private") != 0,
            "created_at": unix(&r.get::<String, _>("created_at")),
            "sender": sender,
            "sender_type": r.get::<Option<String>, _>("sender_type"),
            "sender_id": r.get::<Option<i64>, _>("sender_id"),
            "conversation": {
                "assignee_id": r.get::<Option<i64>, _>("assignee_id"),
                "unread_count": self.unread_count(conversation_id).await?,
                "last_activity_at": unix(&r.get::<String, _>("last_activity_at")),
            },
        }))
    }

    /// A conversation as Chatwoot pushes it (`conversation.*`, `assignee.changed`).
    pub async fn conversation_payload(&self, conversation_id: i64) -> Result<Value, Error> {
        let r = sqlx::query(
            "SELECT id, account_id, display_id, inbox_id, contact_id, assignee_id, status, priority,
                created_at, last_activity_at, agent_last_seen_at
             FROM conversations WHERE id = $1",
        )
        .bind(conversation_id)
        .fetch_one(&self.pool)
        .await?;
        let assignee = match r.get::<Option<i64>, _>("assignee_id") {
            Some(id) => self.user_brief(id).await?,
            None => Value::Null,
        };
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM messages WHERE conversation_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(conversation_id)
        .fetch_optional(&self.pool)
        .await?;
        let messages = match last {
            Some(id) => vec![self.message_payload(id).await?],
            None => vec![],
        };
        let last_activity = unix(&r.get::<String, _>("last_activity_at"));
        Ok(json!({
            "id": r.get::<i64, _>("display_id"),
            "account_id": r.get::<i64, _>("account_id"),
            "inbox_id": r.get::<i64, _>("inbox_id"),
            "status": r.get::<String, _>("status"),
            "priority": r.get::<Option<String>, _>("priority"),
            "unread_count": self.unread_count(conversation_id).await?,
            "meta": {
                "sender": self.contact_brief(r.get("contact_id")).await?,
                "assignee": assignee,
                "team": null,
            },
            "messages": messages,
            "can_reply": true,
            "created_at": unix(&r.get::<String, _>("created_at")),
            "timestamp": last_activity,
            "last_activity_at": last_activity,
            "agent_last_seen_at": r.get::<Option<String>, _>("agent_last_seen_at").map(|t| unix(&t)).unwrap_or(0),
        }))
    }

    /// One page of the conversations `user_id` can see (members of the inbox, and the
    /// account's administrators), newest activity first: `assignee` is `me`,
    /// `unassigned`, `assigned` or `all`; `status` one status or `all`.
    pub async fn conversation_page(
        &self,
        account_id: i64,
        user_id: i64,
        (assignee, status): (&str, &str),
        page: i64,
    ) -> Result<Vec<Value>, Error> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT c.id FROM conversations c
             WHERE c.account_id = $1
               AND (c.inbox_id IN (SELECT inbox_id FROM inbox_members WHERE user_id = $2)
                    OR EXISTS (SELECT 1 FROM account_users WHERE account_id = $1
                               AND user_id = $2 AND role = 'administrator'))
               AND ($3 = 'all' OR c.status = $3)
               AND ($4 = 'all'
                    OR ($4 = 'me' AND c.assignee_id = $2)
                    OR ($4 = 'unassigned' AND c.assignee_id IS NULL)
                    OR ($4 = 'assigned' AND c.assignee_id IS NOT NULL))
             ORDER BY c.id DESC LIMIT $5 OFFSET $6",
        )
        .bind(account_id)
        .bind(user_id)
        .bind(status)
        .bind(assignee)
        .bind(PAGE)
        .bind((page.max(1) - 1) * PAGE)
        .fetch_all(&self.pool)
        .await?;
        let mut payload = Vec::with_capacity(ids.len());
        for id in ids {
            payload.push(self.conversation_payload(id).await?);
        }
        Ok(payload)
    }

    /// `conversations/meta`: counts as the agent's dashboard tabs show them.
    pub async fn conversation_counts(&self, account_id: i64, user_id: i64) -> Result<Value, Error> {
        let r = sqlx::query(
            "SELECT COUNT(*) AS all_count,
                COUNT(*) FILTER (WHERE assignee_id = $1) AS mine_count,
                COUNT(*) FILTER (WHERE assignee_id IS NULL) AS unassigned_count,
                COUNT(*) FILTER (WHERE assignee_id IS NOT NULL) AS assigned_count
             FROM conversations WHERE account_id = $2 AND status = 'open'",
        )
        .bind(user_id)
        .bind(account_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(json!({"meta": {
            "mine_count": r.get::<i64, _>("mine_count"),
            "assigned_count": r.get::<i64, _>("assigned_count"),
            "unassigned_count": r.get::<i64, _>("unassigned_count"),
            "all_count": r.get::<i64, _>("all_count"),
        }}))
    }
}

impl Store {
    /// The account's agents, as `GET /accounts/{id}/agents` lists them.
    pub async fn agents(&self, account_id: i64) -> Result<Vec<Value>, Error> {
        let rows = sqlx::query(
            "SELECT u.id, u.name, u.display_name, u.email, u.avatar_url, u.confirmed,
                au.role, au.availability, au.auto_offline
             FROM account_users au JOIN users u ON u.id = au.user_id
             WHERE au.account_id = $1 ORDER BY u.id",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                let name: String = r.get("name");
                let display: Option<String> = r.get("display_name");
                let id: i64 = r.get("id");
                let availability: String = r.get("availability");
                json!({
                    "id": id, "account_id": account_id,
                    "availability_status": if self.presence.is_present(account_id, id) { availability.as_str() } else { "offline" },
                    "auto_offline": r.get::<i64, _>("auto_offline") != 0,
                    "confirmed": r.get::<i64, _>("confirmed") != 0,
                    "email": r.get::<String, _>("email"),
                    "available_name": display.clone().filter(|d| !d.is_empty()).unwrap_or_else(|| name.clone()),
                    "name": name,
                    "role": r.get::<String, _>("role"),
                    "thumbnail": r.get::<String, _>("avatar_url"),
                })
            })
            .collect())
    }

    /// Changes a member's role; false when not a member.
    pub async fn set_role(&self, account_id: i64, user_id: i64, role: Role) -> Result<bool, Error> {
        let done = sqlx::query(
            "UPDATE account_users SET role = $1 WHERE account_id = $2 AND user_id = $3",
        )
        .bind(role.as_str())
        .bind(account_id)
        .bind(user_id)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 1 {
            self.bump(user_id).await?;
        }
        Ok(done.rows_affected() == 1)
    }
}
