//! Alerts end to end: a customer writes, the real agent decides, the real notification
//! daemon (dunst, watched with dbus-monitor) gets exactly one Notify call, ALSA writes an
//! audible WAV, and clicking the notification opens the conversation.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use headset_ipc::{DecisionRecord, Reason, Request, Response, TrayAction};
use headset_model::model::Availability;
use serde_json::json;
use support::desk::Desk;
use support::*;

/// Counts `Notify` and `CloseNotification` calls on the session bus.
struct Monitor {
    /// dbus-monitor runs as long as this lives.
    _proc: Proc,
    out: std::path::PathBuf,
}

impl Monitor {
    fn start(dir: &std::path::Path) -> Result<Monitor> {
        let out = dir.join("monitor.txt");
        let child = Command::new("dbus-monitor")
            .arg("interface='org.freedesktop.Notifications',member='Notify'")
            .arg("interface='org.freedesktop.Notifications',member='CloseNotification'")
            .stdout(std::fs::File::create(&out)?)
            .stderr(Stdio::null())
            .spawn()
            .context("dbus-monitor")?;
        std::thread::sleep(Duration::from_millis(300));
        Ok(Monitor {
            _proc: Proc(child),
            out,
        })
    }

    fn calls(&self) -> usize {
        std::fs::read_to_string(&self.out)
            .unwrap_or_default()
            .matches("member=Notify")
            .count()
    }

    fn closes(&self) -> usize {
        std::fs::read_to_string(&self.out)
            .unwrap_or_default()
            .matches("member=CloseNotification")
            .count()
    }
}

async fn until<F: Fn() -> bool>(what: &str, check: F) -> Result<()> {
    wait_for(what, Duration::from_secs(15), check).await
}

/// A signed-in agent with an assigned conversation, its desk (sound, browser) and a
/// monitor of the notifications it raises.
struct Scene {
    server: Server,
    user: User,
    admin: User,
    agent: Agent,
    desk: Desk,
    monitor: Monitor,
    display: i64,
    http: reqwest::Client,
    queue: Queue,
    me: i64,
}

impl Scene {
    async fn start(headset: serde_json::Value, push_flags: &[&str]) -> Result<Scene> {
        let server = Server::start().await?;
        let user = server.add_user("ada@example.com", "Ada Lovelace")?;
        let admin = server.add_admin("boss@example.com")?;
        let http = reqwest::Client::new();
        http.put(format!("{}/api/v1/profile", server.url))
            .header("api_access_token", &user.token)
            .json(&json!({"profile": {"ui_settings": {"headset": headset}}}))
            .send()
            .await?;
        http.patch(format!(
            "{}/api/v1/accounts/{}/notification_settings",
            server.url, user.account_id
        ))
        .header("api_access_token", &user.token)
        .json(
            &json!({"notification_settings": {"selected_email_flags": [],
            "selected_push_flags": push_flags}}),
        )
        .send()
        .await?;
        let desk = Desk::new()?;
        let monitor = Monitor::start(desk.dir.path())?;
        let agent = Agent::start_with(Some((&server, &user)), &desk.env()).await?;
        let me = agent.signed_in().await?.profile.unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        while agent.state().await?.connection != headset_ipc::Connection::Connected {
            anyhow::ensure!(std::time::Instant::now() < deadline, "never connected");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }

        let queue = server
            .queue(user.account_id, me.id, "Website", "Carla Customer")
            .await?;
        let mut scene = Scene {
            server,
            user,
            admin,
            agent,
            desk,
            monitor,
            display: 0,
            http,
            queue,
            me: me.id,
        };
        scene.display = scene.assign_new_conversation().await?;
        Ok(scene)
    }

    /// A new conversation assigned to the agent; its display id.
    async fn assign_new_conversation(&self) -> Result<i64> {
        self.queue.assign_new(&self.admin, self.me).await
    }

    /// The customer writes in the conversation.
    async fn say(&self, text: &str) -> Result<()> {
        self.say_in(self.display, text).await
    }

    /// The customer writes in the conversation with this display id.
    async fn say_in(&self, display: i64, text: &str) -> Result<()> {
        self.http
            .post(format!(
                "{}/api/v1/accounts/{}/conversations/{display}/messages",
                self.server.url, self.user.account_id
            ))
            .header("api_access_token", &self.admin.token)
            .json(&json!({"content": text, "message_type": "incoming"}))
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }
}

#[tokio::test]
async fn a_customer_message_rings_and_pops_up_once_and_a_click_opens_it() -> Result<()> {
    let scene = Scene::start(
        json!({"audio": {"alerts": "assigned", "tone": "bell"}}),
        &["push_assigned_conversation_new_message"],
    )
    .await?;
    let Scene {
        server,
        user,
        agent,
        desk,
        monitor,
        display,
        ..
    } = &scene;
    let display = *display;
    let say = |text: &'static str| scene.say(text);
    // Earlier tests on this bus may have left pop-ups; the click below must hit ours.
    Command::new("dunstctl").arg("close-all").status()?;
    say("My parcel has not arrived").await?;

    until("one Notify call", || monitor.calls() == 1).await?;
    until("an audible WAV", || desk.loudness() > 0.1).await?;
    let log = decisions(agent).await?;
    let message = log
        .iter()
        .find(|d| d.event == "message.created")
        .expect("decided");
    assert!(message.notify.yes && message.sound.yes, "{message:?}");
    assert_eq!(message.conversation, Some(display));
    assert!(log
        .iter()
        .any(|d| d.event == "conversation.created" && d.notify.reason == Reason::FlagOff));

    // Clicking it (dunst invokes the default action over D-Bus) opens the conversation.
    Command::new("dunstctl").args(["action", "0"]).status()?;
    until("the conversation opened", || !desk.opened().is_empty()).await?;
    let expected = format!(
        "{}/app/accounts/{}/conversations/{display}",
        server.url, user.account_id
    );
    assert_eq!(desk.opened().trim(), expected);

    // Busy: nothing rings or pops up for a message; the decision says why.
    agent
        .ipc()
        .await?
        .request(Request::SetAvailability {
            availability: Availability::Busy,
        })
        .await?;
    say("Hello?").await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let log = decisions(agent).await?;
        if let Some(d) = log
            .iter()
            .find(|d| d.event == "message.created" && d.sound.reason == Reason::Busy)
        {
            assert_eq!(d.notify.reason, Reason::Busy);
            break;
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "no busy decision: {log:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(monitor.calls(), 1, "busy: no second pop-up");

    // Snoozed from the tray: held back, then one summary when it ends.
    let ipc = agent.ipc().await?;
    ipc.request(Request::SetAvailability {
        availability: Availability::Online,
    })
    .await?;
    let snooze = TrayAction::Snooze { minutes: Some(30) };
    ipc.request(Request::TrayAction { action: snooze }).await?;
    assert!(agent.state().await?.snoozed_until.is_some());
    say("Are you there?").await?;
    say("Anyone?").await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while decisions(agent)
        .await?
        .iter()
        .filter(|d| d.notify.reason == Reason::Snoozed)
        .count()
        < 2
    {
        anyhow::ensure!(std::time::Instant::now() < deadline, "no snoozed decisions");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(monitor.calls(), 1, "snoozed: no pop-up");
    ipc.request(Request::TrayAction {
        action: TrayAction::Snooze { minutes: None },
    })
    .await?;
    until("the summary", || monitor.calls() == 2).await?;
    let seen = std::fs::read_to_string(&monitor.out)?;
    assert!(seen.contains("While you were away"), "{seen}");
    assert!(seen.contains("1 conversation"), "{seen}");
    assert!(agent.state().await?.snoozed_until.is_none());

    // The notification daemon paused (the desktop's do-not-disturb): held back, reason os_dnd.
    let _unpause = Unpause;
    Command::new("dunstctl")
        .args(["set-paused", "true"])
        .status()?;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let Response::Diagnosis { checks } = ipc.request(Request::Diagnose).await? else {
            bail!("no diagnosis")
        };
        let dnd = checks
            .iter()
            .find(|c| c.name == "do_not_disturb")
            .expect("reported");
        if dnd.detail.starts_with("On:") {
            break;
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "do-not-disturb not seen"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    say("Still waiting").await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while !decisions(agent)
        .await?
        .iter()
        .any(|d| d.sound.reason == Reason::OsDnd)
    {
        anyhow::ensure!(std::time::Instant::now() < deadline, "no os_dnd decision");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Command::new("dunstctl")
        .args(["set-paused", "false"])
        .status()?;
    assert_eq!(monitor.calls(), 2, "do-not-disturb: no pop-up");

    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let Response::Diagnosis { checks } = ipc.request(Request::Diagnose).await? else {
            bail!("no diagnosis")
        };
        if checks
            .iter()
            .any(|c| c.name == "do_not_disturb" && c.detail == "Off")
        {
            break;
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "do-not-disturb stayed on"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }

    // Hours that never include now (an empty week): held back as outside_hours.
    let hours = json!({"availability": {"enabled": true, "days": {}}, "timezone": "Asia/Tokyo"});
    let edit = headset_ipc::Edit::Headset {
        changes: hours.as_object().unwrap().clone(),
    };
    ipc.request(Request::Edit { edit }).await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while agent.state().await?.pending_edits > 0 {
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the hours were not saved"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    say("Out of hours").await?;
    while !decisions(agent)
        .await?
        .iter()
        .any(|d| d.sound.reason == Reason::OutsideHours)
    {
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "no outside_hours decision"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(monitor.calls(), 2, "outside hours: no pop-up");
    Ok(())
}

#[tokio::test]
async fn a_digest_holds_alerts_and_sums_them_up_in_one_notification() -> Result<()> {
    let scene = Scene::start(
        json!({"notification_frequency": "digest_15m"}),
        &["push_assigned_conversation_new_message"],
    )
    .await?;
    scene.say("Hello?").await?;
    scene.say("Is anyone there?").await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while decisions(&scene.agent)
        .await?
        .iter()
        .filter(|d| d.notify.reason == Reason::Digest)
        .count()
        < 2
    {
        anyhow::ensure!(std::time::Instant::now() < deadline, "no digest decisions");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Held for the digest: no pop-up yet (the agent's 5 s clock has run meanwhile).
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert_eq!(scene.monitor.calls(), 0, "held for the digest");

    // Back to instant: what the digest held comes at once, as one notification.
    let ipc = scene.agent.ipc().await?;
    let edit = headset_ipc::Edit::Headset {
        changes: json!({"notification_frequency": "instant"})
            .as_object()
            .cloned()
            .unwrap_or_default(),
    };
    ipc.request(Request::Edit { edit }).await?;
    until("the digest", || scene.monitor.calls() == 1).await?;
    let seen = std::fs::read_to_string(&scene.monitor.out)?;
    assert!(seen.contains("Headset digest"), "{seen}");
    assert!(seen.contains("1 conversation"), "{seen}");
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert_eq!(scene.monitor.calls(), 1, "shown once");
    Ok(())
}

#[tokio::test]
async fn twenty_server_restarts_while_assignments_arrive_alert_each_exactly_once() -> Result<()> {
    let mut scene = Scene::start(json!({}), &["push_conversation_assignment"]).await?;
    let connected =
        |s: &headset_ipc::AgentState| s.connection == headset_ipc::Connection::Connected;

    // An administrator assigns a new conversation to the agent every 150 ms, whenever
    // the server is up.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (queue, admin, me) = (scene.queue.clone(), scene.admin.clone(), scene.me);
        let stop = stop.clone();
        tokio::spawn(async move {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = queue.assign_new(&admin, me).await;
                tokio::time::sleep(Duration::from_millis(150)).await;
            }
        })
    };
    for _ in 0..20 {
        scene.server.stop();
        tokio::time::sleep(Duration::from_millis(300)).await;
        scene.server.run().await?;
        tokio::time::sleep(Duration::from_millis(700)).await;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    writer.await?;

    // What the server holds is the truth: every conversation assigned to the agent.
    let mut assigned = vec![];
    for page in 1.. {
        let body: serde_json::Value = scene
            .http
            .get(format!(
                "{}/api/v1/accounts/{}/conversations?assignee_type=me&status=open&page={page}",
                scene.server.url, scene.user.account_id
            ))
            .header("api_access_token", &scene.user.token)
            .send()
            .await?
            .json()
            .await?;
        let ids: Vec<i64> = body["data"]["payload"]
            .as_array()
            .context("a page of conversations")?
            .iter()
            .filter_map(|c| c["id"].as_i64())
            .collect();
        if ids.is_empty() {
            break;
        }
        assigned.extend(ids);
    }
    assert!(assigned.len() > 40, "{} assigned", assigned.len());

    // Each assignment pops up once: from the socket, or from the catch-up after a
    // reconnect, never from both.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let log = loop {
        let log = decisions(&scene.agent).await?;
        let alerted = |id: i64| {
            log.iter()
                .filter(|d| d.conversation == Some(id) && d.notify.yes)
                .count()
        };
        if connected(&scene.agent.state().await?) && assigned.iter().all(|&id| alerted(id) > 0) {
            for &id in &assigned {
                let events: Vec<&str> = log
                    .iter()
                    .filter(|d| d.conversation == Some(id) && d.notify.yes)
                    .map(|d| d.event.as_str())
                    .collect();
                assert_eq!(events.len(), 1, "conversation {id}: {events:?}");
            }
            break log;
        }
        if std::time::Instant::now() > deadline {
            let missing: Vec<i64> = assigned
                .iter()
                .copied()
                .filter(|&id| alerted(id) == 0)
                .collect();
            bail!("never alerted: {missing:?}\n{log:#?}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(
        log.iter().any(|d| d.event == "missed" && d.notify.yes),
        "some assignments came in while the socket was down (else the test proves little)"
    );
    Ok(())
}

#[tokio::test]
async fn a_conversation_read_in_the_dashboard_takes_its_pop_up_down() -> Result<()> {
    let scene = Scene::start(json!({}), &["push_assigned_conversation_new_message"]).await?;
    scene.say("Hello?").await?;
    until("the pop-up", || scene.monitor.calls() == 1).await?;
    assert_eq!(scene.monitor.closes(), 0);

    // The agent reads the conversation in the web dashboard.
    scene
        .http
        .post(format!(
            "{}/api/v1/accounts/{}/conversations/{}/update_last_seen",
            scene.server.url, scene.user.account_id, scene.display
        ))
        .header("api_access_token", &scene.user.token)
        .send()
        .await?
        .error_for_status()?;
    until("the pop-up closed", || scene.monitor.closes() == 1).await?;
    Ok(())
}

#[tokio::test]
async fn the_pop_up_names_the_inbox_and_shows_the_customers_picture_once_cached() -> Result<()> {
    let scene = Scene::start(json!({}), &["push_assigned_conversation_new_message"]).await?;
    // The customer's picture, served like a CDN would.
    let mut png = std::io::Cursor::new(Vec::new());
    image::RgbImage::from_pixel(48, 48, image::Rgb([200, 40, 90]))
        .write_to(&mut png, image::ImageFormat::Png)?;
    let png = png.into_inner();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let picture = format!("http://{}/carla.png", listener.local_addr()?);
    let served = png.clone();
    let app = axum::Router::new().route(
        "/carla.png",
        axum::routing::get(move || async move { ([("content-type", "image/png")], served) }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    let store = headset_server::Store::open(&scene.server.database).await?;
    store
        .set_contact_avatar(scene.queue.contact, &picture)
        .await?;

    // The first pop-up does not wait for the download; the picture is cached for the next.
    scene.say("Hello?").await?;
    until("one Notify call", || scene.monitor.calls() == 1).await?;
    let pictures = scene.agent.data.path().join("pictures");
    until("the picture cached", || {
        std::fs::read_dir(&pictures).is_ok_and(|mut d| d.next().is_some())
    })
    .await?;
    let cached = std::fs::read_dir(&pictures)?.next().unwrap()?.path();
    assert_eq!(std::fs::read(&cached)?, png, "the picture as served");

    scene.say("Anyone there?").await?;
    until("the pop-up redrawn", || scene.monitor.calls() == 2).await?;
    let calls = std::fs::read_to_string(&scene.monitor.out)?;
    let last = calls.rsplit("member=Notify").next().unwrap_or_default();
    assert!(last.contains("\"image-path\""), "{last}");
    assert!(
        last.contains(" · Website"),
        "the inbox in the title: {last}"
    );
    assert!(last.contains(cached.to_str().unwrap()), "{last}");

    // The pictures were that user's customers: signing out removes them.
    scene.agent.ipc().await?.request(Request::SignOut).await?;
    assert!(!pictures.exists());
    Ok(())
}

#[tokio::test]
async fn alerts_come_from_every_account_not_only_the_active_one() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let admin = server.add_admin("boss@example.com")?;
    let globex = server.join("ada@example.com", "Globex")?;
    server.join_as("boss@example.com", "Globex", "administrator")?;
    let desk = Desk::new()?;
    let monitor = Monitor::start(desk.dir.path())?;
    let agent = Agent::start_with(Some((&server, &user)), &desk.env()).await?;
    let me = agent.signed_in().await?.profile.context("signed in")?;
    assert_eq!(me.account_id, user.account_id, "Acme is the active account");

    // In Globex, a conversation is assigned to Ada (Chatwoot's default push flags
    // include assignments).
    let queue = server
        .queue(globex, me.id, "Globex chat", "Gus Customer")
        .await?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let display = queue.assign_new(&admin, me.id).await?;

    until("the Globex assignment pops up", || monitor.calls() == 1).await?;
    let seen = std::fs::read_to_string(&monitor.out)?;
    assert!(seen.contains("Gus Customer"), "Globex's customer: {seen}");
    let log = decisions(&agent).await?;
    assert!(
        log.iter().any(|d| d.event == "assignee.changed"
            && d.conversation == Some(display)
            && d.notify.yes),
        "{log:?}"
    );
    Ok(())
}

#[tokio::test]
async fn what_the_socket_missed_is_alerted_once_after_the_reconnect() -> Result<()> {
    let mut scene = Scene::start(json!({}), &["push_conversation_mention"]).await?;
    let me = scene.agent.state().await?.profile.context("signed in")?.id;
    let connected =
        |s: &headset_ipc::AgentState| s.connection == headset_ipc::Connection::Connected;

    // The socket goes down; meanwhile a mention is recorded for the agent. (The server
    // is stopped, so the notification is written to its database directly: either way
    // the socket never carries it, and the API has it after the reconnect.)
    scene.server.stop();
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while connected(&scene.agent.state().await?) {
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "never noticed the drop"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let store = headset_server::Store::open(&scene.server.database).await?;
    let conversation = store
        .conversation(scene.user.account_id, scene.display)
        .await?
        .context("the conversation")?;
    store
        .create_notification(
            scene.user.account_id,
            me,
            headset_model::NotificationKind::ConversationMention,
            conversation.id,
            None,
        )
        .await?;
    drop(store);
    scene.server.run().await?;

    until("the missed mention pops up", || scene.monitor.calls() == 1).await?;
    let seen = std::fs::read_to_string(&scene.monitor.out)?;
    assert!(seen.contains("mentioned"), "{seen}");
    let log = decisions(&scene.agent).await?;
    assert!(
        log.iter()
            .any(|d| d.event == "missed" && d.notify.yes && d.conversation == Some(scene.display)),
        "{log:?}"
    );

    // Another drop and reconnect: it is not alerted again.
    scene.server.stop();
    scene.server.run().await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while !connected(&scene.agent.state().await?) {
        anyhow::ensure!(std::time::Instant::now() < deadline, "never reconnected");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(scene.monitor.calls(), 1, "alerted once");
    Ok(())
}

#[tokio::test]
async fn test_sound_plays_the_chosen_tone_or_sound_file_at_the_chosen_volume() -> Result<()> {
    use base64::Engine;
    use headset_model::settings::Tone;
    let desk = Desk::new()?;
    let agent = Agent::start_with(None, &desk.env()).await?;
    let ipc = agent.ipc().await?;
    let wav = desk.dir.path().join("out.wav");
    let play = |tone: Option<Tone>, volume: u8| {
        let _ = std::fs::remove_file(&wav);
        let ipc = &ipc;
        let desk = &desk;
        let wav = &wav;
        async move {
            let answer = ipc.request(Request::TestSound { tone, volume }).await?;
            anyhow::ensure!(matches!(answer, Response::Done), "{answer:?}");
            until("an audible WAV", || desk.loudness() > 0.01).await?;
            // The null device has no clock: the sound is written at the CPU's pace, so
            // measure once the file has stopped growing (a busy machine writes slower).
            let size = || std::fs::metadata(wav).map(|m| m.len()).unwrap_or(0);
            let mut last = size();
            for _ in 0..40 {
                tokio::time::sleep(Duration::from_millis(500)).await;
                if size() == last {
                    break;
                }
                last = size();
            }
            Ok::<_, anyhow::Error>((desk.loudness(), desk.length()))
        }
    };

    let (loud, bell) = play(Some(Tone::Bell), 100).await?;
    let (quiet, _) = play(Some(Tone::Bell), 25).await?;
    assert!(loud > 0.1, "full volume is audible: {loud}");
    let ratio = quiet / loud;
    assert!(
        (0.15..0.35).contains(&ratio),
        "25 % is a quarter: {loud} {quiet}"
    );

    // A sound file of the agent's own: a short ping, played instead of the long bell.
    let encode = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let refused = ipc
        .request(Request::SetCustomSound {
            name: "notes.txt".into(),
            data_base64: encode(b"not a sound at all"),
        })
        .await;
    let error = refused.expect_err("a text file is no sound");
    assert!(error.message.contains("not a sound"), "{error:?}");
    assert_eq!(agent.state().await?.custom_sound, None, "nothing kept");

    // A file near the 1 MB limit goes through the window's channel whole: 4.5 s of
    // 48 kHz stereo (860 KiB).
    let data = 48_000u32 * 2 * 2 * 9 / 2;
    let mut big = b"RIFF".to_vec();
    big.extend((36 + data).to_le_bytes());
    big.extend(b"WAVEfmt ");
    for field in [16u32, 0x0002_0001, 48_000, 192_000, 0x0010_0004] {
        big.extend(field.to_le_bytes());
    }
    big.extend(b"data");
    big.extend(data.to_le_bytes());
    big.resize(big.len() + data as usize, 0);
    ipc.request(Request::SetCustomSound {
        name: "long-silence.wav".into(),
        data_base64: encode(&big),
    })
    .await?;
    assert_eq!(
        agent.state().await?.custom_sound.as_deref(),
        Some("long-silence.wav")
    );

    // A sound of the agent's own, three seconds of 440 Hz: clearly longer than the bell
    // (the output's buffering adds a few tenths to either).
    let samples = 8_000u32 * 3;
    let mut hum = b"RIFF".to_vec();
    hum.extend((36 + samples * 2).to_le_bytes());
    hum.extend(b"WAVEfmt ");
    for field in [16u32, 0x0001_0001, 8_000, 16_000, 0x0010_0002] {
        hum.extend(field.to_le_bytes());
    }
    hum.extend(b"data");
    hum.extend((samples * 2).to_le_bytes());
    for n in 0..samples {
        let t = n as f32 / 8_000.0;
        let sample = ((std::f32::consts::TAU * 440.0 * t).sin() * 12_000.0) as i16;
        hum.extend(sample.to_le_bytes());
    }
    ipc.request(Request::SetCustomSound {
        name: "/home/ada/Music/hum.wav".into(),
        data_base64: encode(&hum),
    })
    .await?;
    assert_eq!(
        agent.state().await?.custom_sound.as_deref(),
        Some("hum.wav")
    );
    let (_, own) = play(None, 100).await?;
    assert!(
        own > bell * 2.0,
        "the long file played: {own} s vs {bell} s"
    );

    // The volume belongs to this computer: kept by the agent, refused past 100.
    let Response::State { state } = ipc.request(Request::SetVolume { volume: 40 }).await? else {
        bail!("no state");
    };
    assert_eq!(state.volume, 40);
    let error = ipc
        .request(Request::SetVolume { volume: 101 })
        .await
        .expect_err("too loud");
    assert!(error.message.contains("0 to 100"), "{error:?}");
    assert_eq!(agent.state().await?.volume, 40);

    // Removed: nothing to test with any more, and the tone is back for alerts.
    ipc.request(Request::RemoveCustomSound).await?;
    assert_eq!(agent.state().await?.custom_sound, None);
    let error = ipc
        .request(Request::TestSound {
            tone: None,
            volume: 100,
        })
        .await
        .expect_err("no file chosen");
    assert_eq!(error.code, headset_ipc::ErrorCode::Invalid);
    Ok(())
}

#[tokio::test]
async fn a_burst_of_200_messages_makes_one_pop_up_and_no_queue_of_sounds() -> Result<()> {
    let scene = Scene::start(
        json!({"audio": {"alerts": "assigned", "tone": "ping"}}),
        &["push_assigned_conversation_new_message"],
    )
    .await?;
    Command::new("dunstctl").arg("close-all").status()?;
    // 200 customer messages, back to back.
    for n in 0..200 {
        scene.say(&format!("Message {n}")).await?;
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let log = loop {
        let log: Vec<DecisionRecord> = decisions(&scene.agent)
            .await?
            .into_iter()
            .filter(|d| d.event == "message.created")
            .collect();
        if log.len() >= 200 {
            break log;
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "only {} of 200 decided",
            log.len()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(log.len(), 200, "each message decided once");

    // At most one sound per 3 s over the burst; every other one says why not.
    let at = |d: &DecisionRecord| chrono::DateTime::parse_from_rfc3339(&d.at).unwrap();
    let span = (at(log.last().unwrap()) - at(&log[0])).num_seconds().abs();
    let rang = log.iter().filter(|d| d.sound.yes).count() as i64;
    assert!(
        rang >= 1 && rang <= span / 3 + 1,
        "{rang} sounds in {span} s"
    );
    assert!(log
        .iter()
        .filter(|d| !d.sound.yes)
        .all(|d| d.sound.reason == Reason::Throttled));

    // One conversation, one pop-up on screen, redrawn (not stacked) up to the full count,
    // at most about once a second.
    until("the pop-up counts 200", || {
        std::fs::read_to_string(&scene.monitor.out).is_ok_and(|s| s.contains("(200)"))
    })
    .await?;
    assert_eq!(pop_ups_open()?, 1, "one pop-up");
    let redraws = scene.monitor.calls() as i64;
    assert!(redraws <= span + 2, "{redraws} redraws in {span} s");
    Ok(())
}

/// Pop-ups on screen or queued by the notification server cost the agent no thread or
/// bus connection each (it once kept a connection and two threads per pop-up until it
/// closed: 200 queued pop-ups were 400 threads), and a burst after them is counted in full.
#[tokio::test]
async fn queued_pop_ups_hold_no_thread_or_connection_each_and_a_burst_still_counts() -> Result<()> {
    let scene = Scene::start(
        json!({"audio": {"alerts": "none"}}),
        &["push_assigned_conversation_new_message"],
    )
    .await?;
    let _close = CloseAll;
    Command::new("dunstctl").arg("close-all").status()?;
    let pid = scene.agent.proc.0.id();
    let threads = || std::fs::read_dir(format!("/proc/{pid}/task")).map(Iterator::count);
    let sockets = || -> Result<usize> {
        let links = std::fs::read_dir(format!("/proc/{pid}/fd"))?
            .filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok());
        Ok(links
            .filter(|l| l.to_string_lossy().starts_with("socket:"))
            .count())
    };
    // The first pop-up connects; then two hundred more, one per conversation.
    scene
        .say_in(scene.assign_new_conversation().await?, "Hello")
        .await?;
    until("the first pop-up", || scene.monitor.calls() == 1).await?;
    let (threads_before, sockets_before) = (threads()?, sockets()?);
    let pop_ups = 200;
    for n in 0..pop_ups {
        let display = scene.assign_new_conversation().await?;
        scene.say_in(display, &format!("Hello {n}")).await?;
    }
    until("a pop-up for each", || scene.monitor.calls() > pop_ups).await?;
    // dunst shows five and queues the rest; those shown expire in 10 s.
    until("most of them open", || {
        pop_ups_open().is_ok_and(|n| n as usize >= pop_ups / 2)
    })
    .await?;
    let (threads_after, sockets_after) = (threads()?, sockets()?);
    // Before: +400 threads and +200 sockets. Now the runtime's pools alone may grow.
    assert!(
        threads_after < threads_before + 50,
        "{pop_ups} pop-ups: {threads_before} -> {threads_after} threads"
    );
    assert!(
        sockets_after < sockets_before + 50,
        "{pop_ups} pop-ups: {sockets_before} -> {sockets_after} sockets"
    );

    for n in 0..100 {
        scene.say(&format!("Message {n}")).await?;
    }
    until("the pop-up counts 100", || {
        std::fs::read_to_string(&scene.monitor.out).is_ok_and(|s| s.contains("(100)"))
    })
    .await?;
    Ok(())
}

/// How many pop-ups the notification server shows or holds in its queue.
fn pop_ups_open() -> Result<u32> {
    let count = |what: &str| -> Result<u32> {
        let out = Command::new("dunstctl").args(["count", what]).output()?;
        Ok(String::from_utf8_lossy(&out.stdout).trim().parse()?)
    };
    Ok(count("displayed")? + count("waiting")?)
}

/// Closes every pop-up, the queued ones too, when dropped: the tests after share the
/// session's daemon.
struct CloseAll;

impl Drop for CloseAll {
    fn drop(&mut self) {
        // dunst closes what is on screen; the queue comes up a few at a time.
        for _ in 0..2000 {
            let _ = Command::new("dunstctl").arg("close-all").status();
            if pop_ups_open().is_ok_and(|n| n == 0) {
                break;
            }
        }
    }
}

/// Resumes dunst when dropped, so a test failing while it is paused cannot silence the
/// tests after it (they share the session's daemon).
struct Unpause;

impl Drop for Unpause {
    fn drop(&mut self) {
        let _ = Command::new("dunstctl")
            .args(["set-paused", "false"])
            .status();
    }
}
