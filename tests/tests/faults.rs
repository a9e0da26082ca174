//! Fault injection: the agent reaches the server through a TCP link of the tests' own
//! (`headset-faultlink`) that can stall, cut, slow or swallow, and hold the catch-up's
//! request while the rest flows. A stalled link is noticed by the missed pings
//! (6 s) and recovered once it flows again; what happened meanwhile is alerted exactly
//! once. A cut link is noticed at once and recovered the same way. A slow link (every
//! chunk held back) is no dead link: the socket stays up and alerts still come, once.
//! And the data dir on a full filesystem: an edit is refused in plain words, nothing
//! acknowledged is lost, and edits are taken again once there is room.

mod support;

use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use headset_faultlink::{FaultLink, Mode};
use headset_ipc::{Connection, DecisionRecord, Request};
use serde_json::json;
use support::*;

/// A server with an agent and an administrator, and the agent signed in through a
/// fault link of its own, connected, with an inbox it works and a customer.
struct Linked {
    server: Server,
    user: User,
    admin: User,
    link: FaultLink,
    agent: Agent,
    me: i64,
    queue: Queue,
}

impl Linked {
    async fn start() -> Result<Linked> {
        let server = Server::start().await?;
        let user = server.add_user("ada@example.com", "Ada Lovelace")?;
        let admin = server.add_admin("boss@example.com")?;
        let link = FaultLink::start(&server.url).await?;
        let agent = Agent::start(None).await?;
        let sign_in = Request::SignInWithToken {
            server: link.url.clone(),
            token: user.token.clone(),
        };
        agent.ipc().await?.request(sign_in).await?;
        until_connected(&agent, true, Duration::from_secs(15)).await?;
        let me = agent.state().await?.profile.context("signed in")?.id;
        let queue = server
            .queue(user.account_id, me, "Website", "Carla Customer")
            .await?;
        Ok(Linked {
            server,
            user,
            admin,
            link,
            agent,
            me,
            queue,
        })
    }
}

async fn until_connected(agent: &Agent, connected: bool, within: Duration) -> Result<Duration> {
    let start = Instant::now();
    loop {
        let state = agent.state().await?;
        if (state.connection == Connection::Connected) == connected {
            return Ok(start.elapsed());
        }
        if start.elapsed() > within {
            bail!(
                "connected is not {connected} after {within:?}: {:?}",
                state.connection
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_stalled_cut_or_slow_link_is_survived_and_nothing_is_alerted_twice() -> Result<()> {
    // The server lives as long as its binding.
    let Linked {
        server: _server,
        user: _user,
        admin,
        link,
        agent,
        me,
        queue,
    } = Linked::start().await?;

    // The link stalls: no byte moves, nothing is closed. The missing pings give it away.
    link.set(Mode::Stall);
    let noticed = until_connected(&agent, false, Duration::from_secs(15)).await?;
    assert!(
        noticed < Duration::from_secs(8),
        "noticed after {noticed:?}"
    );

    // Meanwhile a conversation is assigned to the agent (straight to the server).
    let assign = || queue.assign_new(&admin, me);
    let display = assign().await?;

    // The link flows again: back, and the assignment is alerted, once.
    link.set(Mode::Flow);
    until_connected(&agent, true, Duration::from_secs(45)).await?;
    let alerted = |log: &[DecisionRecord], display: i64| {
        log.iter()
            .filter(|d| d.conversation == Some(display) && d.notify.yes)
            .count()
    };
    let agent = &agent;
    let until_alerted = |display: i64| async move {
        let deadline = Instant::now() + Duration::from_secs(20);
        while alerted(&decisions(agent).await?, display) == 0 {
            if Instant::now() > deadline {
                bail!("never alerted: {:?}", decisions(agent).await?);
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        anyhow::Ok(())
    };
    until_alerted(display).await?;

    // The link is cut: noticed at once, and recovered; still one alert.
    link.set(Mode::Cut);
    let noticed = until_connected(agent, false, Duration::from_secs(15)).await?;
    assert!(
        noticed < Duration::from_secs(3),
        "noticed after {noticed:?}"
    );
    link.set(Mode::Flow);
    until_connected(agent, true, Duration::from_secs(45)).await?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        alerted(&decisions(agent).await?, display),
        1,
        "alerted exactly once"
    );

    // The link slows down (each chunk held 400 ms, each way): pings still arrive within
    // the 6 s the agent allows, so it stays connected, and a new assignment is alerted
    // once, late by the link's delay.
    link.set(Mode::Slow(Duration::from_millis(400)));
    let slow = assign().await?;
    until_alerted(slow).await?;
    let watched = Instant::now();
    while watched.elapsed() < Duration::from_secs(10) {
        assert_eq!(
            agent.state().await?.connection,
            Connection::Connected,
            "a slow link is not a dead one"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert_eq!(alerted(&decisions(agent).await?, slow), 1);
    assert_eq!(alerted(&decisions(agent).await?, display), 1);
    Ok(())
}

/// The link swallows every byte for 12 s, its connections left open. The socket notices
/// and reconnects; the catch-up then goes out over fresh connections (the pooled ones lost
/// bytes mid-answer) and, failing, is tried again: the customer's message sent meanwhile
/// pops up within 15 s of the link's return, exactly once.
#[tokio::test]
async fn a_message_sent_while_the_link_swallowed_bytes_pops_up_once_soon_after() -> Result<()> {
    let Linked {
        server,
        user,
        admin,
        link,
        agent,
        me,
        queue,
    } = Linked::start().await?;
    let ipc = agent.ipc().await?;
    let flags = headset_ipc::Edit::NotificationFlags {
        email: vec![],
        push: vec![
            "push_conversation_assignment".into(),
            "push_assigned_conversation_new_message".into(),
        ],
    };
    ipc.request(Request::Edit { edit: flags }).await?;
    let display = queue.assign_new(&admin, me).await?;
    let popped = |log: &[DecisionRecord]| {
        log.iter()
            .filter(|d| d.conversation == Some(display) && d.notify.yes)
            .count()
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while popped(&decisions(&agent).await?) == 0 || agent.state().await?.pending_edits > 0 {
        anyhow::ensure!(Instant::now() < deadline, "the assignment never popped up");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    link.set(Mode::Swallow);
    tokio::time::sleep(Duration::from_secs(2)).await;
    reqwest::Client::new()
        .post(format!(
            "{}/api/v1/accounts/{}/conversations/{display}/messages",
            server.url, user.account_id
        ))
        .header("api_access_token", &admin.token)
        .json(&json!({"content": "Are you there?", "message_type": "incoming"}))
        .send()
        .await?
        .error_for_status()?;
    tokio::time::sleep(Duration::from_secs(10)).await;
    link.set(Mode::Flow);
    let back = Instant::now();
    while popped(&decisions(&agent).await?) < 2 {
        anyhow::ensure!(
            back.elapsed() < Duration::from_secs(15),
            "the message sent meanwhile did not pop up within 15 s: {:?}",
            decisions(&agent).await?
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        popped(&decisions(&agent).await?),
        2,
        "the message popped up once"
    );
    Ok(())
}

/// While the catch-up after a cut is held on the server's side, the agent still answers:
/// an edit is acknowledged and a tray status change reaches the server; released, the
/// assignment made during the cut pops up.
#[tokio::test]
async fn the_agent_answers_while_its_catch_up_is_held() -> Result<()> {
    let Linked {
        server,
        user,
        admin,
        link,
        agent,
        me,
        queue,
    } = Linked::start().await?;
    let ipc = agent.ipc().await?;

    link.set(Mode::Cut);
    until_connected(&agent, false, Duration::from_secs(15)).await?;
    let display = queue.assign_new(&admin, me).await?;
    link.hold_notifications(true);
    link.set(Mode::Flow);
    let deadline = Instant::now() + Duration::from_secs(45);
    while link.held_notifications() == 0 {
        anyhow::ensure!(Instant::now() < deadline, "the catch-up never came");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let asked = Instant::now();
    let edit = headset_ipc::Edit::Headset {
        changes: json!({"title": "On call"})
            .as_object()
            .cloned()
            .unwrap_or_default(),
    };
    let answer = ipc.request(Request::Edit { edit }).await?;
    assert!(
        matches!(answer, headset_ipc::Response::EditQueued { .. }),
        "{answer:?}"
    );
    assert!(
        asked.elapsed() < Duration::from_secs(2),
        "answered after {:?}",
        asked.elapsed()
    );
    let busy = headset_ipc::TrayAction::SetStatus {
        availability: headset_model::model::Availability::Busy,
    };
    ipc.request(Request::TrayAction { action: busy }).await?;
    assert_eq!(server.availability_of(&user).await?, "busy");
    let popped = |log: &[DecisionRecord]| {
        log.iter()
            .any(|d| d.conversation == Some(display) && d.notify.yes)
    };
    assert!(
        !popped(&decisions(&agent).await?),
        "the catch-up is still held"
    );

    link.hold_notifications(false);
    let deadline = Instant::now() + Duration::from_secs(15);
    while !popped(&decisions(&agent).await?) {
        anyhow::ensure!(Instant::now() < deadline, "the held catch-up never alerted");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

/// A 2 MiB tmpfs of the test's own, unmounted when dropped (mounting needs root, which
/// `cargo xtask test` has, as it installs packages).
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn mount() -> Result<SmallDisk> {
        let dir = scratch()?;
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
            .arg(dir.path())
            .status()?;
        anyhow::ensure!(
            status.success(),
            "cannot mount a tmpfs: run the tests as root"
        );
        Ok(SmallDisk(dir))
    }

    /// Fills what is left with one file; returns it, to remove for room.
    fn fill(&self) -> Result<std::path::PathBuf> {
        use std::io::Write;
        let path = self.0.path().join("filler");
        let mut file = std::fs::File::create(&path)?;
        let chunk = vec![0u8; 64 * 1024];
        while file.write_all(&chunk).is_ok() {}
        // The last partial chunk too, to the last byte.
        while file.write_all(&[0]).is_ok() {}
        Ok(path)
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .args(["--lazy"])
            .arg(self.0.path())
            .status();
    }
}

#[tokio::test]
async fn a_full_disk_refuses_an_edit_plainly_and_loses_nothing_acknowledged() -> Result<()> {
    let mut server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let disk = SmallDisk::mount()?;
    let data = tempfile::tempdir_in(disk.0.path())?;
    let agent = Agent::start_in(data, Some((&server, &user)), &[]).await?;
    agent.signed_in().await?;
    let (url, token) = (server.url.clone(), user.token.clone());
    let title_on_server = || {
        let (url, token) = (url.clone(), token.clone());
        async move {
            let profile = api_get(&url, &token, "/api/v1/profile").await?;
            anyhow::Ok(profile["ui_settings"]["headset"]["title"].clone())
        }
    };
    let until_on_server = |title: String| async move {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let on_server = title_on_server().await?;
            if on_server == title.as_str() {
                break;
            }
            anyhow::ensure!(
                Instant::now() < deadline,
                "{title} never reached the server, which has {on_server}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        anyhow::Ok(())
    };
    // Each edit carries a full "about" text, so waiting edits soon need the disk.
    let about = "x".repeat(headset_model::settings::ABOUT_MAX);
    let edit = |title: &str| Request::Edit {
        edit: headset_ipc::Edit::Headset {
            changes: serde_json::from_value(json!({ "title": title, "about": about })).unwrap(),
        },
    };
    let ipc = agent.ipc().await?;

    // The server is away, so edits wait in the journal; then the disk fills up. The
    // journal takes edits while its file has room; the first that needs more is
    // refused, and says why. Two wait at least: once the first is sent, the full disk
    // may refuse to remove it, and that must not hold back the second.
    server.stop();
    ipc.request(edit("Team lead")).await?;
    ipc.request(edit("Support lead")).await?;
    let filler = disk.fill()?;
    let mut last = "Support lead".to_owned();
    let mut n = 0;
    let refused = loop {
        n += 1;
        anyhow::ensure!(n < 5000, "edits keep being taken on a full disk");
        let title = format!("Title {n}");
        match ipc.request(edit(&title)).await {
            Ok(_) => last = title,
            Err(refused) => break refused,
        }
    };
    assert!(refused.message.contains("full"), "{refused:?}");

    // The server is back: the agent lived on, and the last edit it acknowledged arrives.
    server.run().await?;
    until_on_server(last).await?;

    // Room again: edits are taken.
    std::fs::remove_file(filler)?;
    ipc.request(edit("Head of support")).await?;
    until_on_server("Head of support".to_owned()).await?;
    Ok(())
}

#[tokio::test]
async fn the_server_on_a_full_disk_refuses_plainly_and_keeps_all_it_acknowledged() -> Result<()> {
    let disk = SmallDisk::mount()?;
    let mut server = Server::start_in(tempfile::tempdir_in(disk.0.path())?).await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let admin = server.add_admin("boss@example.com")?;
    let me = api_get(&server.url, &user.token, "/api/v1/profile").await?["id"]
        .as_i64()
        .context("the agent's id")?;
    let queue = server
        .queue(user.account_id, me, "Website", "Carla Customer")
        .await?;
    let display = queue.assign_new(&admin, me).await?;

    // The disk fills up but for a little room; the customer writes on until a message
    // is refused. Each message the server acknowledged is one it must keep.
    let filler = disk.fill()?;
    let room = std::fs::metadata(&filler)?.len() - 256 * 1024;
    std::fs::OpenOptions::new()
        .write(true)
        .open(&filler)?
        .set_len(room)?;
    let http = reqwest::Client::new();
    let messages = format!(
        "{}/api/v1/accounts/{}/conversations/{display}/messages",
        server.url, user.account_id
    );
    let say = |text: String| {
        http.post(&messages)
            .header("api_access_token", &user.token)
            .json(&json!({"content": text, "message_type": "incoming"}))
            .send()
    };
    let mut acknowledged = vec![];
    let refused = loop {
        anyhow::ensure!(acknowledged.len() < 2000, "messages keep being taken");
        let text = format!("{} {}", acknowledged.len(), "x".repeat(4000));
        let answer = say(text.clone()).await?;
        if !answer.status().is_success() {
            break answer;
        }
        let message: serde_json::Value = answer.json().await?;
        acknowledged.push((message["id"].as_i64().context("a message id")?, text));
    };
    assert!(!acknowledged.is_empty(), "the room left took no message");
    assert_eq!(refused.status(), 507);
    let body: serde_json::Value = refused.json().await?;
    assert_eq!(
        body["error"],
        "The server's disk is full, so this was not saved. Ask its administrator to free some space."
    );

    // Room again, and the server restarted: everything acknowledged is there, and
    // messages are taken again.
    std::fs::remove_file(filler)?;
    server.stop();
    server.run().await?;
    let store = headset_server::Store::open(&server.database).await?;
    for (id, text) in &acknowledged {
        let message = store.message_payload(*id).await?;
        assert_eq!(message["content"], json!(text), "message {id}");
    }
    assert!(say("Back to normal".into()).await?.status().is_success());
    Ok(())
}
