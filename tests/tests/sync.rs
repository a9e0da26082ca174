//! Settings edits through the agent: journaled, synced in order, kept while the server is
//! away and across a killed agent (also killed at random points, many times), merged into
//! `ui_settings` without losing the dashboard's keys.

mod support;

use std::time::Duration;

use anyhow::{bail, Result};
use headset_ipc::{AgentState, Edit, ErrorCode, Request, Response};
use serde_json::{json, Value};
use support::*;

async fn wait_state(
    agent: &Agent,
    what: &str,
    check: impl Fn(&AgentState) -> bool,
) -> Result<AgentState> {
    // Long enough for the kill test's hundreds of journalled edits to be sent, each a
    // read and a conditional write of the profile; a bound, not a wait.
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    loop {
        if let Ok(state) = agent.state().await {
            if check(&state) {
                return Ok(state);
            }
            if std::time::Instant::now() > deadline {
                bail!("timed out waiting until {what}: {state:?}");
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn profile(server: &Server, user: &User) -> Result<Value> {
    Ok(reqwest::Client::new()
        .get(format!("{}/api/v1/profile", server.url))
        .header("api_access_token", &user.token)
        .send()
        .await?
        .json()
        .await?)
}

fn headset(changes: Value) -> Request {
    Request::Edit {
        edit: Edit::Headset {
            changes: changes.as_object().unwrap().clone(),
        },
    }
}

#[tokio::test]
async fn edits_wait_for_the_server_and_survive_a_killed_agent() -> Result<()> {
    let mut server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    // The web dashboard's own settings, which Headset must never erase.
    reqwest::Client::new()
        .put(format!("{}/api/v1/profile", server.url))
        .header("api_access_token", &user.token)
        .json(&json!({"profile": {"ui_settings": {"enable_audio_alerts": "mine", "locale": "de"}}}))
        .send()
        .await?;
    let mut agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    // The first sign-in seeds Headset's sound choice from the dashboard's keys.
    let seeded = wait_state(&agent, "the seed saved", |s| s.pending_edits == 0).await?;
    let audio = seeded.profile.unwrap().headset.audio.expect("seeded");
    assert_eq!(audio.alerts, "mine");

    server.stop();
    let Response::EditQueued { id } = agent
        .ipc()
        .await?
        .request(headset(json!({"timezone": "Europe/Warsaw"})))
        .await?
    else {
        bail!("not queued")
    };
    assert!(id > 0);
    wait_state(&agent, "one edit pending", |s| s.pending_edits == 1).await?;

    // Killed outright, restarted while the server is still away: the profile comes
    // from the cache, the edit from the journal.
    agent.kill_and_restart().await?;
    let offline = wait_state(&agent, "the cached profile", |s| s.profile.is_some()).await?;
    assert_eq!(offline.profile.unwrap().name, "Ada Lovelace");
    assert_eq!(offline.pending_edits, 1);
    assert!(
        files_containing(agent.data.path(), &user.token).is_empty(),
        "no token on disk"
    );

    server.run().await?;
    let synced = wait_state(&agent, "the edit saved", |s| s.pending_edits == 0).await?;
    assert_eq!(
        synced.profile.unwrap().headset.timezone.as_deref(),
        Some("Europe/Warsaw")
    );
    let doc = profile(&server, &user).await?;
    assert_eq!(doc["ui_settings"]["headset"]["timezone"], "Europe/Warsaw");
    assert_eq!(doc["ui_settings"]["enable_audio_alerts"], "mine");
    assert_eq!(doc["ui_settings"]["locale"], "de");
    assert_eq!(doc["ui_settings"]["headset"]["audio"]["alerts"], "mine");
    Ok(())
}

#[tokio::test]
async fn edits_apply_in_order_and_bad_values_are_refused_before_queueing() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    let ipc = agent.ipc().await?;

    let err = ipc
        .request(headset(json!({"currency": "EURO"})))
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Invalid);
    assert_eq!(err.field.as_deref(), Some("ui_settings.headset.currency"));

    ipc.request(headset(json!({"title": "Support lead"})))
        .await?;
    ipc.request(headset(
        json!({"title": "Head of support", "currency": "EUR"}),
    ))
    .await?;
    ipc.request(Request::Edit {
        edit: Edit::Profile {
            name: Some("Ada King".into()),
            display_name: Some("Ada".into()),
            message_signature: None,
            phone_number: Some("+48 600 700 800".into()),
        },
    })
    .await?;
    ipc.request(Request::Edit {
        edit: Edit::NotificationFlags {
            email: vec![],
            push: vec!["push_conversation_mention".into()],
        },
    })
    .await?;
    let state = wait_state(&agent, "all saved", |s| {
        s.pending_edits == 0 && s.profile.as_ref().is_some_and(|p| p.name == "Ada King")
    })
    .await?;
    let p = state.profile.unwrap();
    assert_eq!(p.headset.title.as_deref(), Some("Head of support"));
    assert_eq!(p.phone_number.as_deref(), Some("+48600700800"));
    let path = format!("/api/v1/accounts/{}/notification_settings", user.account_id);
    let flags = api_get(&server.url, &user.token, &path).await?;
    assert_eq!(
        flags["selected_push_flags"],
        json!(["push_conversation_mention"])
    );
    Ok(())
}

/// A small xorshift generator: the kill points differ per run, and the seed is printed so a
/// failure can be replayed (`HEADSET_TEST_SEED`).
struct Rng(u64);

impl Rng {
    fn from_env() -> Rng {
        let seed = std::env::var("HEADSET_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
                    | 1
            });
        eprintln!("HEADSET_TEST_SEED={seed}");
        Rng(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[tokio::test]
async fn kill_9_at_random_points_of_editing_loses_no_acknowledged_edit() -> Result<()> {
    const RUNS: usize = 100;
    let mut server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let mut agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    wait_state(&agent, "the seed saved", |s| s.pending_edits == 0).await?;
    server.stop();

    let mut rng = Rng::from_env();
    // (journal id, text) of every edit the agent acknowledged, in order.
    let mut acked: Vec<(i64, String)> = vec![];
    // Edits tried since the last acknowledged one: any may have been written unanswered.
    let mut unanswered: Vec<String> = vec![];
    for run in 0..RUNS {
        let ipc = agent.ipc().await?;
        let kill_at = tokio::time::Instant::now() + Duration::from_millis(rng.below(100));
        let mut k = 0;
        // Edits one after another until the kill point, which falls anywhere: before the
        // first, between two, or while one is being written.
        loop {
            k += 1;
            let text = format!("run {run}, edit {k}");
            unanswered.push(text.clone());
            let request = ipc.request(headset(json!({"about": text})));
            match tokio::time::timeout_at(kill_at, request).await {
                Err(_) => break,
                Ok(Ok(Response::EditQueued { id })) => {
                    unanswered.clear();
                    acked.push((id, text));
                }
                Ok(other) => bail!("run {run}: {other:?}"),
            }
        }
        agent.kill_and_restart().await?;
        let n = acked.len();
        wait_state(&agent, &format!("run {run}: {n} edits pending"), |s| {
            s.pending_edits as usize >= n
        })
        .await?;
    }
    assert!(acked.len() > RUNS, "the runs did edit: {}", acked.len());

    // The journal as the agent left it: every acknowledged edit, in order, and at most
    // one more per run (written, but killed before the answer went out).
    agent.proc.0.kill()?;
    agent.proc.0.wait()?;
    let journal = headset_core::sync::Journal::open(&agent.data.path().join("journal.db")).await?;
    let pending = journal.pending().await?;
    drop(journal);
    let ids: Vec<i64> = acked.iter().map(|(id, _)| *id).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "ids keep their order");
    assert!(
        ids.iter().all(|id| pending.contains(id)),
        "an acknowledged edit is lost"
    );
    assert!(
        pending.len() <= acked.len() + RUNS,
        "{} pending",
        pending.len()
    );

    // Back online, everything is sent, in order: the last edit is the one that stays.
    agent.kill_and_restart().await?;
    server.run().await?;
    wait_state(&agent, "connected, all sent", |s| {
        s.connection == headset_ipc::Connection::Connected && s.pending_edits == 0
    })
    .await?;
    let about = profile(&server, &user).await?["ui_settings"]["headset"]["about"].clone();
    let last_acked = &acked.last().unwrap().1;
    if pending.last() == ids.last() {
        assert_eq!(about, json!(last_acked));
    } else {
        assert!(
            unanswered.iter().any(|t| about == json!(t)),
            "{about} is none of the edits tried last"
        );
    }
    Ok(())
}
