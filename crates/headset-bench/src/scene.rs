//! The agent's side of the server: who it is, an inbox it works, a customer, and
//! conversations assigned to it.

use anyhow::{Context, Result};
use headset_server::Store;
use serde_json::{json, Value};

use crate::Target;

pub struct Scene {
    pub http: reqwest::Client,
    pub server: url::Url,
    token: String,
    pub account: i64,
    pub me: i64,
    pub pubsub: String,
    store: Store,
    inbox: i64,
    contact: i64,
}

impl Scene {
    /// Reads the agent's profile, and makes an inbox it works and a customer.
    pub async fn open(target: &Target, token: &str) -> Result<Scene> {
        let http = reqwest::Client::new();
        let profile: Value = http
            .get(target.server.join("api/v1/profile")?)
            .header("api_access_token", token)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let field = |name: &str| profile[name].as_i64().context(format!("profile {name}"));
        let (account, me) = (field("account_id")?, field("id")?);
        let store = Store::open(&target.database).await?;
        let inbox = store.create_inbox(account, "Bench").await?;
        store.add_inbox_member(inbox, me).await?;
        let contact = store
            .create_contact(account, "Bench Customer", None)
            .await?;
        Ok(Scene {
            http,
            server: target.server.clone(),
            token: token.to_owned(),
            account,
            me,
            pubsub: profile["pubsub_token"]
                .as_str()
                .context("profile pubsub_token")?
                .to_owned(),
            store,
            inbox,
            contact,
        })
    }

    /// Pop-ups and the bell for new messages in the agent's assigned conversations.
    pub async fn prepare(&self) -> Result<()> {
        let headset = json!({"audio": {"alerts": "assigned", "tone": "bell"}});
        self.send(
            reqwest::Method::PUT,
            "api/v1/profile",
            json!({"profile": {"ui_settings": {"headset": headset}}}),
        )
        .await?;
        let flags = json!({"notification_settings": {"selected_email_flags": [],
            "selected_push_flags": ["push_assigned_conversation_new_message"]}});
        let path = format!("api/v1/accounts/{}/notification_settings", self.account);
        self.send(reqwest::Method::PATCH, &path, flags).await
    }

    /// `count` new conversations assigned to the agent, straight in the database (no
    /// realtime events): their display ids.
    pub async fn conversations(&self, count: usize) -> Result<Vec<i64>> {
        let mut ids = Vec::with_capacity(count);
        for _ in 0..count {
            let conversation = self
                .store
                .create_conversation(self.account, self.inbox, self.contact, Some(self.me))
                .await?;
            ids.push(conversation.display_id);
        }
        Ok(ids)
    }

    /// The customer writes `text` in a conversation, through the API (so it is broadcast).
    pub async fn say(&self, conversation: i64, text: &str) -> Result<()> {
        self.say_later(conversation, text.to_owned())?
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    /// The same, as a request to send later (many at once).
    pub fn say_later(&self, conversation: i64, text: String) -> Result<reqwest::RequestBuilder> {
        let path = format!(
            "api/v1/accounts/{}/conversations/{conversation}/messages",
            self.account
        );
        Ok(self
            .request(reqwest::Method::POST, &path)?
            .json(&json!({"content": text, "message_type": "incoming"})))
    }

    /// The agent's API, with its token.
    pub fn request(&self, method: reqwest::Method, path: &str) -> Result<reqwest::RequestBuilder> {
        Ok(self
            .http
            .request(method, self.server.join(path)?)
            .header("api_access_token", &self.token))
    }

    async fn send(&self, method: reqwest::Method, path: &str, body: Value) -> Result<()> {
        self.request(method, path)?
            .json(&body)
            .send()
            .await?
            .error_for_status()
            .with_context(|| path.to_owned())?;
        Ok(())
    }
}
