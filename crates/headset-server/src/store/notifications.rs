//! Notifications (the agent's inbox of events) and the flags that choose them.

use serde_json::{json, Value};
use sqlx::Row;

use super::{now, Store};
use crate::Error;

use headset_model::NotificationKind;

impl Store {
    /// (email flags, push flags) selected by the user in the account.
    pub async fn notification_flags(
        &self,
        account_id: i64,
        user_id: i64,
    ) -> Result<(Vec<String>, Vec<String>), Error> {
        let row = sqlx::query(
            "SELECT email_flags, push_flags FROM notification_settings WHERE account_id = $1 AND user_id = $2",
        )
        .bind(account_id)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?;
        let parse = |text: String| serde_json::from_str(&text).unwrap_or_default();
        Ok(match row {
            Some(r) => (parse(r.get("email_flags")), parse(r.get("push_flags"))),
            // New agents start with assignment notifications (Chatwoot's default).
            None => (
                vec![NotificationKind::ConversationAssignment.email_flag().into()],
                vec![NotificationKind::ConversationAssignment.push_flag().into()],
            ),
        })
    }

    pub async fn set_notification_flags(
        &self,
        account_id: i64,
        user_id: i64,
        email: &[String],
        push: &[String],
    ) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO notification_settings (account_id, user_id, email_flags, push_flags)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT(account_id, user_id) DO UPDATE
             SET email_flags = excluded.email_flags, push_flags = excluded.push_flags",
        )
        .bind(account_id)
        .bind(user_id)
        .bind(serde_json::to_string(email).expect("strings"))
        .bind(serde_json::to_string(push).expect("strings"))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn create_notification(
        &self,
        account_id: i64,
        user_id: i64,
        kind: NotificationKind,
        conversation_id: i64,
        message_id: Option<i64>,
    ) -> Result<i64, Error> {
        let mut tx = self.begin().await?;
        let returned = sqlx::query_scalar(
            "INSERT INTO notifications
                (account_id, user_id, notification_type, conversation_id, message_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(account_id)
        .bind(user_id)
        .bind(kind.as_str())
        .bind(conversation_id)
        .bind(message_id)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(returned)
    }

    /// (unread, all) notifications of the user in the account.
    pub async fn notification_counts(
        &self,
        account_id: i64,
        user_id: i64,
    ) -> Result<(i64, i64), Error> {
        let r = sqlx::query(
            "SELECT COUNT(*) FILTER (WHERE read_at IS NULL) AS unread, COUNT(*) AS total
             FROM notifications WHERE account_id = $1 AND user_id = $2",
        )
        .bind(account_id)
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?;
        Ok((r.get("unread"), r.get("total")))
    }

    pub async fn notification_payload(&self, id: i64) -> Result<Value, Error> {
        let r = sqlx::query(
            "SELECT n.id, n.notification_type, n.conversation_id, n.message_id, n.read_at,
                n.created_at, n.user_id, c.display_id
             FROM notifications n JOIN conversations c ON c.id = n.conversation_id WHERE n.id = $1",
        )
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        let kind: String = r.get("notification_type");
        let display_id: i64 = r.get("display_id");
        let created: String = r.get("created_at");
        let conversation_id: i64 = r.get("conversation_id");
        let conversation = self.conversation_payload(conversation_id).await?;
        let message = match r.get::<Option<i64>, _>("message_id") {
            Some(id) => self.message_payload(id).await?,
            None => Value::Null,
        };
        let created = chrono::DateTime::parse_from_rfc3339(&created)
            .map(|t| t.timestamp())
            .unwrap_or_default();
        // Chatwoot's shape: `primary_actor_id` is the conversation's row id, and
        // `primary_actor` a slice of its event data, whose `id` is the display id.
        Ok(json!({
            "id": r.get::<i64, _>("id"),
            "notification_type": kind,
            "push_message_title": push_title(NotificationKind::parse(&kind), display_id),
            "primary_actor_type": "Conversation",
            "primary_actor_id": conversation_id,
            "primary_actor": {
                "id": display_id,
                "meta": conversation["meta"],
                "inbox_id": conversation["inbox_id"],
            },
            "read_at": r.get::<Option<String>, _>("read_at"),
            "secondary_actor": message,
            "user": {"id": r.get::<i64, _>("user_id")},
            "created_at": created,
            "last_activity_at": created,
            "snoozed_until": null,
        }))
    }

    pub async fn notifications(
        &self,
        account_id: i64,
        user_id: i64,
        page: i64,
    ) -> Result<Vec<Value>, Error> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM notifications WHERE account_id = $1 AND user_id = $2
             ORDER BY id DESC LIMIT 15 OFFSET $3",
        )
        .bind(account_id)
        .bind(user_id)
        .bind((page.max(1) - 1) * 15)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(self.notification_payload(id).await?);
        }
        Ok(out)
    }

    /// Marks one notification read; false when it is not the user's.
    pub async fn mark_notification_read(
        &self,
        account_id: i64,
        user_id: i64,
        id: i64,
    ) -> Result<bool, Error> {
        let done = sqlx::query(
            "UPDATE notifications SET read_at = COALESCE(read_at, $1)
             WHERE id = $2 AND account_id = $3 AND user_id = $4",
        )
        .bind(now())
        .bind(id)
        .bind(account_id)
        .bind(user_id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn mark_all_notifications_read(
        &self,
        account_id: i64,
        user_id: i64,
    ) -> Result<(), Error> {
        sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE account_id = $2 AND user_id = $3 AND read_at IS NULL",
        )
        .bind(now())
        .bind(account_id)
        .bind(user_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

/// The title Chatwoot gives a notification (`None`: a kind this server does not know).
fn push_title(kind: Option<NotificationKind>, display_id: i64) -> String {
    use NotificationKind::*;
    match kind {
        Some(ConversationCreation) => {
            format!("A new conversation (#{display_id}) has been created")
        }
        Some(ConversationAssignment) => {
            format!("A new conversation (#{display_id}) has been assigned to you")
        }
        Some(ConversationMention) => {
            format!("You have been mentioned in conversation #{display_id}")
        }
        Some(AssignedConversationNewMessage | ParticipatingConversationNewMessage) => {
            format!("New message in conversation #{display_id}")
        }
        Some(SlaMissedFirstResponse | SlaMissedNextResponse | SlaMissedResolution) | None => {
            format!("Conversation #{display_id} needs attention")
        }
    }
}
