//! `headset-server demo --traffic RATE`: fills in each account once (two inboxes every
//! member works, six customers, and for each agent a contact and a company segment), then
//! plays customers at RATE events a second — new conversations (auto-assigned), customer
//! messages and an administrator's @mentions — through the same code the routes use, so
//! realtime events, notifications and alerts happen as they would for real.

use std::time::Duration;

use headset_model::model::Role;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde_json::json;

use crate::store::{Conversation, INCOMING, OUTGOING};
use crate::{notify, AppState, Error};

const CUSTOMERS: [&str; 6] = [
    "Carla Customer",
    "Dmitri Petrov",
    "Aiko Tanaka",
    "Lucas Martin",
    "Fatima Zahra",
    "Noah Williams",
];

const LINES: [&str; 8] = [
    "Hi, my order has not arrived yet.",
    "Can I change the delivery address?",
    "The app logs me out every few minutes.",
    "Do you ship to Portugal?",
    "I was charged twice this month.",
    "Is there a discount for teams?",
    "Thanks, that worked!",
    "Any news on my ticket?",
];

/// Fills in the accounts and starts the customers.
pub async fn start(state: AppState, rate: f64) -> Result<(), Error> {
    let accounts = state.store.account_ids().await?;
    if accounts.is_empty() {
        tracing::warn!("demo: no accounts yet; add users with `headset-server user add`");
    }
    for &account in &accounts {
        seed(&state, account).await?;
    }
    let every = Duration::from_secs_f64(1.0 / rate);
    tracing::info!(?every, "demo: customers are writing in");
    tokio::spawn(async move {
        let mut clock = tokio::time::interval(every);
        clock.tick().await;
        loop {
            clock.tick().await;
            for &account in &accounts {
                if let Err(e) = customer_event(&state, account).await {
                    tracing::warn!(error = %e, "demo: a customer event failed");
                }
            }
        }
    });
    Ok(())
}

async fn seed(state: &AppState, account: i64) -> Result<(), Error> {
    let store = &state.store;
    if !store.inbox_ids(account).await?.is_empty() {
        return Ok(());
    }
    let members = store.members(account).await?;
    for name in ["Website chat", "Support email"] {
        let inbox = store.create_inbox(account, name).await?;
        for (user, _, _) in &members {
            store.add_inbox_member(inbox, *user).await?;
        }
    }
    for name in CUSTOMERS {
        let email = format!("{}@example.com", name.to_lowercase().replace(' ', "."));
        store.create_contact(account, name, Some(&email)).await?;
    }
    for (user, _, role) in &members {
        if *role == Role::Agent {
            let query = json!({"payload": [{"attribute_key": "plan", "filter_operator": "equal_to", "values": ["enterprise"]}]});
            store
                .create_custom_filter(account, *user, "VIP customers", "contact", &query)
                .await?;
            store
                .create_custom_filter(account, *user, "Enterprise accounts", "company", &query)
                .await?;
        }
    }
    tracing::info!(account, "demo: inboxes, customers and segments added");
    Ok(())
}

/// One thing a customer (or, now and then, an administrator) does.
async fn customer_event(state: &AppState, account: i64) -> Result<(), Error> {
    let store = &state.store;
    // (Not the thread's generator: this one may be held across awaits.)
    let mut rng = StdRng::from_entropy();
    let open = store.open_conversations(account).await?;
    let roll: f64 = rng.gen();
    let line = *LINES.choose(&mut rng).expect("lines");
    if open.is_empty() || roll < 0.25 {
        let (Some(&inbox), Some(&contact)) = (
            store.inbox_ids(account).await?.choose(&mut rng),
            store.contact_ids(account).await?.choose(&mut rng),
        ) else {
            return Ok(());
        };
        let assignee = crate::assignment::pick(state, account, inbox).await?;
        let conv = store
            .create_conversation(account, inbox, contact, assignee)
            .await?;
        store
            .add_message(&conv, line, INCOMING, false, ("Contact", contact))
            .await?;
        let actor = assignee.unwrap_or_default();
        return notify::conversation_created(state, &conv, actor).await;
    }
    let display = *open.choose(&mut rng).expect("open");
    let Some(conv) = store.conversation(account, display).await? else {
        return Ok(());
    };
    if roll < 0.9 {
        let contact = store.conversation_payload(conv.id).await?["meta"]["sender"]["id"]
            .as_i64()
            .unwrap_or_default();
        return say(state, &conv, line, INCOMING, false, ("Contact", contact)).await;
    }
    // An administrator asks an agent to look: a private note with a mention.
    let members = store.members(account).await?;
    let admin = members.iter().find(|(_, _, r)| *r == Role::Administrator);
    let agent = members
        .iter()
        .filter(|(_, _, r)| *r == Role::Agent)
        .collect::<Vec<_>>()
        .choose(&mut rng)
        .copied();
    let (Some((admin, _, _)), Some((agent, name, _))) = (admin, agent) else {
        return Ok(());
    };
    let note = format!("[@{name}](mention://user/{agent}/{name}) can you take this one?");
    say(state, &conv, &note, OUTGOING, true, ("User", *admin)).await
}

async fn say(
    state: &AppState,
    conv: &Conversation,
    content: &str,
    kind: i64,
    private: bool,
    sender: (&str, i64),
) -> Result<(), Error> {
    let id = state
        .store
        .add_message(conv, content, kind, private, sender)
        .await?;
    let sender_user = (sender.0 == "User").then_some(sender.1);
    notify::message_created(state, conv, id, sender_user, content, kind, private).await
}
