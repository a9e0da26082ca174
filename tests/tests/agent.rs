//! The agent process on its own: tray actions over the IPC, the socket's protection,
//! single instance, and where the credentials go.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::process::Command;
use std::time::Duration;

use anyhow::Result;
use headset_ipc::{Connection, ErrorCode, Request, Response, TrayAction, TrayItem, WebPage};
use headset_model::model::Availability;
use support::*;

async fn tray(agent: &Agent) -> Result<Vec<TrayItem>> {
    Ok(tray_look(agent).await?.0)
}

/// The menu, the icon's name and the label beside it.
async fn tray_look(agent: &Agent) -> Result<(Vec<TrayItem>, String, Option<String>)> {
    match agent.ipc().await?.request(Request::GetTray).await? {
        Response::Tray { items, icon, label } => Ok((items, icon, label)),
        other => anyhow::bail!("unexpected {other:?}"),
    }
}

fn checked(items: &[TrayItem]) -> Vec<&str> {
    items
        .iter()
        .filter(|i| i.checked == Some(true))
        .map(|i| i.id.as_str())
        .collect()
}

/// Waits (up to 5 s: the tray redraws from the agent's newest state, not in the request)
/// until the menu marks `status` and the icon shows it.
async fn tray_shows(agent: &Agent, status: &str) -> Result<()> {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let (items, icon, _) = tray_look(agent).await?;
        if checked(&items) == [format!("status:{status}")] && icon == status {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            anyhow::bail!("the tray shows {icon}, marks {:?}", checked(&items));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn tray_status_follows_the_server_and_reverts_when_refused() -> Result<()> {
    let mut server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    tray_shows(&agent, "online").await?;
    // The session finishes connecting first (its profile read must not land after the
    // change below and show the old status).
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while agent.state().await?.connection != Connection::Connected {
        anyhow::ensure!(std::time::Instant::now() < deadline, "never connected");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        !tray(&agent)
            .await?
            .iter()
            .any(|i| i.id.starts_with("account:")),
        "one account: nothing to switch"
    );

    let busy = Request::TrayAction {
        action: TrayAction::SetStatus {
            availability: Availability::Busy,
        },
    };
    agent.ipc().await?.request(busy).await?;
    assert_eq!(server.availability_of(&user).await?, "busy");
    tray_shows(&agent, "busy").await?;

    // The server goes away: the click is refused and the mark returns to "busy".
    server.stop();
    let offline = Request::TrayAction {
        action: TrayAction::SetStatus {
            availability: Availability::Offline,
        },
    };
    let err = agent.ipc().await?.request(offline).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::Unreachable, "{err:?}");
    tokio::time::sleep(Duration::from_millis(200)).await;
    tray_shows(&agent, "busy").await?;
    Ok(())
}

#[tokio::test]
async fn a_user_of_two_accounts_switches_between_them_from_the_tray() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let globex = server.join("ada@example.com", "Globex")?;
    let acme = user.account_id;
    let agent = Agent::start(Some((&server, &user))).await?;
    let profile = agent.signed_in().await?.profile.unwrap();
    assert_eq!(profile.account_id, acme);
    let names: Vec<&str> = profile.accounts.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Acme Support", "Globex"]);
    let account_marks = |items: &[TrayItem]| -> Vec<(String, Option<bool>)> {
        items
            .iter()
            .filter(|i| i.id.starts_with("account:"))
            .map(|i| (i.text.clone(), i.checked))
            .collect()
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while account_marks(&tray(&agent).await?)
        != [
            ("Acme Support".to_owned(), Some(true)),
            ("Globex".to_owned(), Some(false)),
        ]
    {
        assert!(
            std::time::Instant::now() < deadline,
            "{:?}",
            tray(&agent).await?
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // The tray's "Globex": the session moves there, on the server too.
    let switch = Request::TrayAction {
        action: TrayAction::SwitchAccount { account_id: globex },
    };
    let Response::State { state } = agent.ipc().await?.request(switch).await? else {
        anyhow::bail!("no state")
    };
    let profile = state.profile.unwrap();
    assert_eq!(
        (profile.account_id, profile.account_name.as_str()),
        (globex, "Globex")
    );
    let on_server: serde_json::Value = reqwest::Client::new()
        .get(format!("{}/api/v1/profile", server.url))
        .header("api_access_token", &user.token)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(on_server["account_id"], globex);
    assert_eq!(
        account_marks(&tray(&agent).await?),
        [
            ("Acme Support".to_owned(), Some(false)),
            ("Globex".to_owned(), Some(true))
        ]
    );
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while agent.state().await?.connection != Connection::Connected {
        assert!(
            std::time::Instant::now() < deadline,
            "the new account's socket"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // An account the user is not in is refused by name.
    let stranger = Request::SetActiveAccount { account_id: 999 };
    let err = agent.ipc().await?.request(stranger).await.unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::Invalid, Some("account_id"))
    );
    assert_eq!(agent.state().await?.profile.unwrap().account_id, globex);
    Ok(())
}

#[tokio::test]
async fn signed_out_tray_has_no_status_to_pick() -> Result<()> {
    let agent = Agent::start(None).await?;
    let items = tray(&agent).await?;
    let status: Vec<_> = items
        .iter()
        .filter(|i| i.id.starts_with("status:"))
        .collect();
    assert_eq!(status.len(), 3);
    assert!(
        status
            .iter()
            .all(|i| !i.enabled && i.checked == Some(false)),
        "{items:?}"
    );
    assert!(items.iter().any(|i| i.id == "settings" && i.enabled));
    assert!(items.iter().any(|i| i.id == "quit" && i.enabled));
    Ok(())
}

#[tokio::test]
async fn only_the_user_can_open_the_socket_and_only_one_agent_runs() -> Result<()> {
    let agent = Agent::start(None).await?;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&agent.socket()), 0o600);
    assert_eq!(mode(agent.data.path()), 0o700);

    // Another user (nobody) gets no answer from the agent.
    let other = Command::new(target_bin("headset"))
        .arg("status")
        .env("HEADSET_DATA_DIR", agent.data.path())
        .uid(65534)
        .gid(65534)
        .output()?;
    assert!(!other.status.success());
    assert!(String::from_utf8_lossy(&other.stdout).is_empty());

    // The same user does.
    let me = Command::new(target_bin("headset"))
        .arg("status")
        .env("HEADSET_DATA_DIR", agent.data.path())
        .output()?;
    assert!(
        me.status.success(),
        "{}",
        String::from_utf8_lossy(&me.stderr)
    );
    assert!(String::from_utf8_lossy(&me.stdout).contains("\"state\""));

    // A second agent for the same user refuses to start and leaves the first working.
    let second = Command::new(target_bin("headset"))
        .env("HEADSET_DATA_DIR", agent.data.path())
        .output()?;
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("already running"));
    agent.state().await?;
    Ok(())
}

#[tokio::test]
async fn credentials_land_in_the_keyring_and_nowhere_on_disk() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("grace@example.com", "Grace Hopper")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    let state = agent.signed_in().await?;
    assert_eq!(state.profile.unwrap().name, "Grace Hopper");
    assert!(state.notice.is_none(), "{:?}", state.notice);

    let secret = keyring_secret(&user.email).expect("the credential is in the Secret Service");
    assert!(secret.contains(&user.token));
    assert!(files_containing(agent.data.path(), &user.token).is_empty());

    // A restarted agent signs in again from the keychain alone.
    let data = agent.data;
    drop(agent.proc);
    let child = Command::new(target_bin("headset"))
        .env("HEADSET_DATA_DIR", data.path())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let again = Agent {
        data,
        proc: Proc(child),
    };
    let socket = again.socket();
    wait_for("the restarted agent", Duration::from_secs(30), || {
        socket.exists()
    })
    .await?;
    assert_eq!(again.signed_in().await?.profile.unwrap().email, user.email);
    Ok(())
}

#[tokio::test]
async fn without_a_keychain_the_sign_in_lasts_this_run_only_and_says_so() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    // No session bus, so no Secret Service to keep the credential in.
    let no_bus = [(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/bus".to_owned(),
    )];
    let mut agent = Agent::start_with(Some((&server, &user)), &no_bus).await?;
    let state = agent.signed_in().await?;
    let notice = state
        .notice
        .expect("the agent says the sign-in is not kept");
    assert_eq!(notice.code, ErrorCode::Keychain, "{notice:?}");
    assert!(notice.message.contains("until Headset quits"), "{notice:?}");
    assert!(files_containing(agent.data.path(), &user.token).is_empty());

    // Started again (with the keyring back, and no token given), it has nothing to sign
    // in with: no file held the credential.
    agent.kill_and_restart().await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let again = agent.state().await?;
    assert!(again.profile.is_none(), "nothing was kept: {again:?}");
    Ok(())
}

#[tokio::test]
async fn the_agent_stays_connected_and_counts_unread_notifications() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    let me = agent.signed_in().await?.profile.unwrap();
    wait_for_state(&agent, "connected", |s| {
        s.connection == Connection::Connected
    })
    .await?;

    // A conversation assigned to the agent: one notification (assignment is on by default).
    let queue = server
        .queue(user.account_id, me.id, "Website", "Customer")
        .await?;
    let admin = server.add_admin("boss@example.com")?;
    let display = queue.assign_new(&admin, me.id).await?;
    wait_for_state(&agent, "one unread notification", |s| s.unread == 1).await?;
    let (items, _, label) = tray_look(&agent).await?;
    assert_eq!(items[0].text, "1 unread notification");
    // Assigned, but the customer has not written yet: nothing waits, no number.
    assert_eq!(items[1].text, "No conversations waiting for you");
    assert_eq!(label, None);

    // The customer writes twice: one conversation waits, and the number beside the icon says so.
    for text in ["Hello?", "Anyone there?"] {
        reqwest::Client::new()
            .post(format!(
                "{}/api/v1/accounts/{}/conversations/{display}/messages",
                server.url, user.account_id
            ))
            .header("api_access_token", &admin.token)
            .json(&serde_json::json!({"content": text, "message_type": "incoming"}))
            .send()
            .await?
            .error_for_status()?;
    }
    wait_for_state(&agent, "one conversation waiting", |s| s.waiting == 1).await?;
    let (items, _, label) = tray_look(&agent).await?;
    assert_eq!(items[1].text, "1 conversation waiting for you");
    assert_eq!(label.as_deref(), Some("1"));

    // A fresh start knows it from the server's list, before any event arrives.
    drop(agent);
    let again = Agent::start(Some((&server, &user))).await?;
    wait_for_state(&again, "the waiting conversation read at start", |s| {
        s.waiting == 1
    })
    .await?;
    Ok(())
}

async fn wait_for_state(
    agent: &Agent,
    what: &str,
    check: impl Fn(&headset_ipc::AgentState) -> bool,
) -> Result<()> {
    // Generous: two cores also run the server suite's argon2 hashing meanwhile.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let state = agent.state().await?;
        if check(&state) {
            return Ok(());
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "timed out waiting until {what}: {state:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn sign_in_with_an_access_token_and_refusals_name_the_field() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(None).await?;
    let ipc = agent.ipc().await?;
    let err = ipc
        .request(Request::SignInWithToken {
            server: server.url.clone(),
            token: "wrong".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("token"), "{err:?}");
    let Response::State { state } = ipc
        .request(Request::SignInWithToken {
            server: server.url.clone(),
            token: user.token.clone(),
        })
        .await?
    else {
        anyhow::bail!("no state")
    };
    assert_eq!(state.profile.unwrap().email, "ada@example.com");
    // No two-factor step is pending, so a code alone is refused.
    let err = ipc
        .request(Request::SignInCode {
            code: "123456".into(),
            backup: false,
        })
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidCredentials);
    Ok(())
}

#[tokio::test]
async fn a_password_change_keeps_this_device_signed_in_with_a_new_session() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(None).await?;
    let ipc = agent.ipc().await?;
    ipc.request(Request::SignIn {
        server: server.url.clone(),
        email: user.email.clone(),
        password: PASSWORD.into(),
    })
    .await?;
    wait_for_state(&agent, "connected", |s| {
        s.connection == Connection::Connected
    })
    .await?;
    let before = keyring_secret(&user.email).expect("session in the keyring");

    let err = ipc
        .request(Request::ChangePassword {
            current_password: "wrong".into(),
            password: "a brand new phrase".into(),
            password_confirmation: "a brand new phrase".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("current_password"), "{err:?}");

    ipc.request(Request::ChangePassword {
        current_password: PASSWORD.into(),
        password: "a brand new phrase".into(),
        password_confirmation: "a brand new phrase".into(),
    })
    .await?;
    let after = keyring_secret(&user.email).expect("session in the keyring");
    assert_ne!(before, after, "the rotated session replaced the old one");
    let state = agent.state().await?;
    assert!(state.profile.is_some(), "still signed in");
    wait_for_state(&agent, "reconnected", |s| {
        s.connection == Connection::Connected
    })
    .await?;
    // The session still works for the server (a status change goes through).
    ipc.request(Request::SetAvailability {
        availability: Availability::Busy,
    })
    .await?;
    assert_eq!(server.availability_of(&user).await?, "busy");
    Ok(())
}

#[tokio::test]
async fn diagnose_checks_every_part_headset_depends_on() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    // An ALSA default device that writes to a file stands in for a sound card.
    let home = scratch()?;
    std::fs::write(
        home.path().join(".asoundrc"),
        format!(
            "pcm.!default {{ type file; slave.pcm \"null\"; file \"{}\"; format \"wav\" }}\n",
            home.path().join("out.wav").display()
        ),
    )?;
    let env = [("HOME", home.path().display().to_string())];
    let agent = Agent::start_with(Some((&server, &user)), &env).await?;
    wait_for_state(&agent, "connected", |s| {
        s.connection == Connection::Connected
    })
    .await?;
    let out = Command::new(target_bin("headset"))
        .arg("diagnose")
        .env("HEADSET_DATA_DIR", agent.data.path())
        .output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    for part in ["server", "realtime", "keychain", "notifications", "audio"] {
        assert!(
            text.lines()
                .any(|l| l.starts_with("ok") && l.contains(part)),
            "{part} not ok:\n{text}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(out.status.success());
    assert!(text.contains("Signed in to"), "{text}");
    Ok(())
}

#[tokio::test]
async fn snooze_until_the_hours_start() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    let ipc = agent.ipc().await?;
    let err = ipc.request(Request::SnoozeUntilHours).await.unwrap_err();
    assert_eq!(err.field.as_deref(), Some("availability"), "{err:?}");

    // Every day 09:00-17:00 in Tokyo: the snooze ends at the next 09:00 there.
    let days: serde_json::Map<String, serde_json::Value> =
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            .iter()
            .map(|d| {
                (
                    d.to_string(),
                    serde_json::json!([{"start": "09:00", "end": "17:00"}]),
                )
            })
            .collect();
    let hours = serde_json::json!({"availability": {"enabled": true, "days": days}, "timezone": "Asia/Tokyo"});
    let edit = headset_ipc::Edit::Headset {
        changes: hours.as_object().unwrap().clone(),
    };
    ipc.request(Request::Edit { edit }).await?;
    wait_for_state(&agent, "hours saved", |s| {
        s.pending_edits == 0
            && s.profile
                .as_ref()
                .is_some_and(|p| p.headset.availability.is_some())
    })
    .await?;
    let Response::State { state } = ipc.request(Request::SnoozeUntilHours).await? else {
        anyhow::bail!("no state")
    };
    let until = state.snoozed_until.expect("snoozed");
    let until = chrono::DateTime::parse_from_rfc3339(&until)?;
    let tokyo = until.with_timezone(&chrono_tz::Asia::Tokyo);
    assert_eq!(tokyo.format("%H:%M").to_string(), "09:00", "{until}");
    assert!(until > chrono::Utc::now() && until < chrono::Utc::now() + chrono::Duration::days(1));
    Ok(())
}

#[tokio::test]
async fn automatic_status_follows_the_hours() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    assert_eq!(server.availability_of(&user).await?, "online");
    // Hours that never include now, with automatic status: the agent goes offline.
    let hours =
        serde_json::json!({"availability": {"enabled": true, "days": {}, "auto_status": true}});
    let edit = headset_ipc::Edit::Headset {
        changes: hours.as_object().unwrap().clone(),
    };
    agent.ipc().await?.request(Request::Edit { edit }).await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while server.availability_of(&user).await? != "offline" {
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the status did not follow the hours"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    wait_for_state(&agent, "offline shown", |s| {
        s.profile
            .as_ref()
            .is_some_and(|p| p.availability == Availability::Offline)
    })
    .await?;
    Ok(())
}

#[tokio::test]
async fn the_tray_menu_and_the_agents_errors_speak_the_agents_language() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    let text_of = |items: &[TrayItem], id: &str| {
        items
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.text.clone())
            .unwrap_or_default()
    };
    assert_eq!(text_of(&tray(&agent).await?, "status:busy"), "Busy");

    let edit = headset_ipc::Edit::Locale {
        locale: Some("ja".into()),
    };
    agent.ipc().await?.request(Request::Edit { edit }).await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let items = tray(&agent).await?;
        if text_of(&items, "status:busy") == "取り込み中" {
            assert_eq!(text_of(&items, "quit"), "Headset を終了");
            assert_eq!(text_of(&items, "unread"), "未読の通知はありません");
            break;
        }
        anyhow::ensure!(std::time::Instant::now() < deadline, "still {items:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // A refusal of the agent's own is worded in the same language, from the same files
    // the window reads.
    let japanese = include_str!("../../locales/ja.ftl")
        .lines()
        .find_map(|l| l.strip_prefix("error-volume = "))
        .expect("Japanese has the message");
    let refused = agent
        .ipc()
        .await?
        .request(Request::SetVolume { volume: 101 })
        .await
        .expect_err("101 is refused");
    assert_eq!(refused.field.as_deref(), Some("volume"));
    assert_eq!(refused.message, japanese);
    assert!(!japanese.is_ascii(), "{japanese}");
    Ok(())
}

#[tokio::test]
async fn start_at_login_is_the_agents_choice_and_points_at_the_agent() -> Result<()> {
    let home = scratch()?;
    let env = [
        ("HOME", home.path().display().to_string()),
        (
            "XDG_CONFIG_HOME",
            home.path().join(".config").display().to_string(),
        ),
    ];
    let agent = Agent::start_with(None, &env).await?;
    assert_eq!(agent.state().await?.launch_at_login, None, "not asked yet");
    let entries = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(home.path().join(".config/autostart"))
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };

    let on = Request::SetLaunchAtLogin { enabled: true };
    let Response::State { state } = agent.ipc().await?.request(on).await? else {
        anyhow::bail!("no state");
    };
    assert_eq!(state.launch_at_login, Some(true));
    let found = entries();
    assert_eq!(found.len(), 1, "{found:?}");
    let entry = std::fs::read_to_string(&found[0])?;
    let exec = entry
        .lines()
        .find_map(|l| l.strip_prefix("Exec="))
        .expect("an Exec line");
    assert!(
        exec.contains("headset") && !exec.contains("settings"),
        "{exec}"
    );

    let off = Request::SetLaunchAtLogin { enabled: false };
    agent.ipc().await?.request(off).await?;
    assert!(entries().is_empty());
    assert_eq!(
        agent.state().await?.launch_at_login,
        Some(false),
        "the answer is kept"
    );
    Ok(())
}

#[tokio::test]
async fn the_dashboard_and_billing_open_in_the_browser_billing_for_administrators() -> Result<()> {
    let server = Server::start().await?;
    let agent_user = server.add_user("linus@example.com", "Linus Agent")?;
    let admin = server.add_admin("ada.admin@example.com")?;
    let open = |page| Request::OpenWebPage { page };

    let desk = support::desk::Desk::new()?;
    let agent = Agent::start_with(Some((&server, &agent_user)), &desk.env()).await?;
    let ipc = agent.ipc().await?;
    let account = agent.signed_in().await?.profile.unwrap().account_id;
    ipc.request(open(WebPage::Dashboard)).await?;
    wait_for("the browser", Duration::from_secs(10), || {
        !desk.opened().is_empty()
    })
    .await?;
    assert_eq!(
        desk.opened().trim(),
        format!("{}/app/accounts/{account}/dashboard", server.url)
    );
    let refused = ipc
        .request(open(WebPage::Billing))
        .await
        .expect_err("agents");
    assert_eq!(refused.code, ErrorCode::Invalid);
    assert!(refused.message.contains("administrators"), "{refused:?}");
    drop((ipc, agent));

    let desk = support::desk::Desk::new()?;
    let agent = Agent::start_with(Some((&server, &admin)), &desk.env()).await?;
    agent.signed_in().await?;
    agent.ipc().await?.request(open(WebPage::Billing)).await?;
    wait_for("the browser", Duration::from_secs(10), || {
        !desk.opened().is_empty()
    })
    .await?;
    assert_eq!(
        desk.opened().trim(),
        format!("{}/app/accounts/{account}/settings/billing", server.url)
    );
    Ok(())
}
