//! What the account holds that the settings read: channels (inboxes), segments (saved
//! contact and company filters) and the team (agents), and an administrator's role change.

use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::{json, Value};

use super::{checked, parse, ApiClient, Credentials};
use headset_ipc::{AgentInfo, InboxInfo, Result, SegmentInfo};
use headset_model::model::Role;

/// Chatwoot wraps some lists in `{payload: [...]}`; accept both.
fn items(body: Value) -> Vec<Value> {
    match body {
        Value::Array(items) => items,
        Value::Object(mut o) => match o.remove("payload") {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

#[derive(Deserialize)]
struct Agent {
    id: i64,
    name: String,
    #[serde(default)]
    email: String,
    role: Role,
    #[serde(default)]
    availability_status: Option<String>,
    #[serde(default)]
    thumbnail: Option<String>,
}

impl ApiClient {
    async fn list(&self, creds: &Credentials, path: &str) -> Result<Vec<Value>> {
        let resp = self
            .send(creds.apply(self.request(Method::GET, path)))
            .await?;
        Ok(items(parse(checked(resp).await?).await?))
    }

    pub async fn inboxes(&self, creds: &Credentials, account_id: i64) -> Result<Vec<InboxInfo>> {
        let items = self
            .list(creds, &format!("api/v1/accounts/{account_id}/inboxes"))
            .await?;
        Ok(items
            .into_iter()
            .filter_map(|i| serde_json::from_value(i).ok())
            .collect())
    }

    /// The user's contact and company filters; none on a server without saved filters.
    pub async fn segments(&self, creds: &Credentials, account_id: i64) -> Result<Vec<SegmentInfo>> {
        let path = format!("api/v1/accounts/{account_id}/custom_filters");
        let resp = self
            .send(creds.apply(self.request(Method::GET, &path)))
            .await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(Vec::new());
        }
        let items = items(parse(checked(resp).await?).await?);
        Ok(items
            .into_iter()
            .filter_map(|f| serde_json::from_value::<SegmentInfo>(f).ok())
            .filter(|s| matches!(s.filter_type.as_str(), "contact" | "company"))
            .collect())
    }

    pub async fn agents(&self, creds: &Credentials, account_id: i64) -> Result<Vec<AgentInfo>> {
        let items = self
            .list(creds, &format!("api/v1/accounts/{account_id}/agents"))
            .await?;
        Ok(items
            .into_iter()
            .filter_map(|a| serde_json::from_value::<Agent>(a).ok())
            .map(|a| AgentInfo {
                id: a.id,
                name: a.name,
                email: a.email,
                role: a.role,
                availability: a.availability_status.unwrap_or_else(|| "offline".into()),
                avatar_url: a.thumbnail.unwrap_or_default(),
            })
            .collect())
    }

    /// Administrators only: the server answers 403 to anyone else.
    pub async fn set_agent_role(
        &self,
        creds: &Credentials,
        account_id: i64,
        agent_id: i64,
        role: Role,
    ) -> Result<()> {
        let path = format!("api/v1/accounts/{account_id}/agents/{agent_id}");
        let resp = self
            .send(
                creds
                    .apply(self.request(Method::PATCH, &path))
                    .json(&json!({ "role": role.as_str() })),
            )
            .await?;
        checked(resp).await.map(|_| ())
    }
}
