//! The desktop session's signals on the test's private bus: a screen lock sets the away
//! status and unlocking restores it; a resume from sleep reconnects at once.

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{ensure, Result};
use headset_ipc::{Connection, Request, Response};
use support::*;

/// Emits a signal on the session bus, as the screen saver or logind would.
fn signal(path: &str, member: &str, value: bool) -> Result<()> {
    signal_with(path, member, &format!("boolean:{value}"))
}

/// Sends a signal with one argument in dbus-send's notation (`uint32:70`).
fn signal_with(path: &str, member: &str, argument: &str) -> Result<()> {
    let status = Command::new("dbus-send")
        .args(["--session", "--type=signal", path, member, argument])
        .status()?;
    ensure!(status.success(), "dbus-send failed");
    Ok(())
}

async fn wait_until(what: &str, mut check: impl AsyncFnMut() -> Result<bool>) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !check().await? {
        ensure!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

#[tokio::test]
async fn a_locked_screen_sets_busy_and_unlocking_restores_online() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    wait_until("connected", async || {
        Ok(agent.state().await?.connection == Connection::Connected)
    })
    .await?;
    assert_eq!(server.availability_of(&user).await?, "online");

    signal(
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        true,
    )?;
    wait_until("the server has busy", async || {
        Ok(server.availability_of(&user).await? == "busy")
    })
    .await?;
    // GNOME's own interface says the same thing.
    signal(
        "/org/gnome/ScreenSaver",
        "org.gnome.ScreenSaver.ActiveChanged",
        false,
    )?;
    wait_until("the server has online again", async || {
        Ok(server.availability_of(&user).await? == "online")
    })
    .await?;

    // An agent who chose busy themselves stays busy through a lock and unlock.
    agent
        .ipc()
        .await?
        .request(Request::SetAvailability {
            availability: headset_model::model::Availability::Busy,
        })
        .await?;
    signal(
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        true,
    )?;
    signal(
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        false,
    )?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(server.availability_of(&user).await?, "busy");
    Ok(())
}

async fn reconnects(agent: &Agent) -> Result<u32> {
    let Response::Diagnosis { checks } = agent.ipc().await?.request(Request::Diagnose).await?
    else {
        anyhow::bail!("no diagnosis");
    };
    let realtime = checks.iter().find(|c| c.name == "realtime").unwrap();
    Ok(realtime
        .detail
        .split(", ")
        .find_map(|part| part.split_once(" reconnect")?.0.parse().ok())
        .unwrap_or(0))
}

/// A connected agent whose system bus is the test's bus, where the test sends the
/// signals of logind and NetworkManager.
async fn connected_with_test_system_bus() -> Result<(Server, Agent)> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS")?;
    let agent =
        Agent::start_with(Some((&server, &user)), &[("DBUS_SYSTEM_BUS_ADDRESS", bus)]).await?;
    agent.signed_in().await?;
    wait_until("connected", async || {
        Ok(agent.state().await?.connection == Connection::Connected)
    })
    .await?;
    Ok((server, agent))
}

#[tokio::test]
async fn waking_from_sleep_reconnects_at_once() -> Result<()> {
    let (_server, agent) = connected_with_test_system_bus().await?;
    let before = reconnects(&agent).await?;

    // Going to sleep changes nothing; waking up reconnects well before a ping is missed.
    signal(
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager.PrepareForSleep",
        true,
    )?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(reconnects(&agent).await?, before);
    let woke = Instant::now();
    signal(
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager.PrepareForSleep",
        false,
    )?;
    reconnected(&agent, before).await?;
    assert!(
        woke.elapsed() < Duration::from_secs(6),
        "{:?}",
        woke.elapsed()
    );
    Ok(())
}

/// Waits until the agent has reconnected since `before` reconnects, and is connected.
async fn reconnected(agent: &Agent, before: u32) -> Result<()> {
    wait_until(
        "a reconnect",
        async || Ok(reconnects(agent).await? > before),
    )
    .await?;
    wait_until("connected again", async || {
        Ok(agent.state().await?.connection == Connection::Connected)
    })
    .await
}

#[tokio::test]
async fn the_network_coming_back_reconnects_at_once() -> Result<()> {
    let (_server, agent) = connected_with_test_system_bus().await?;
    let before = reconnects(&agent).await?;
    let state = |value: u32| {
        signal_with(
            "/org/freedesktop/NetworkManager",
            "org.freedesktop.NetworkManager.StateChanged",
            &format!("uint32:{value}"),
        )
    };

    // Connecting (40) or only local (50) changes nothing; full connectivity (70)
    // reconnects at once instead of waiting for a missed ping.
    state(40)?;
    state(50)?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(reconnects(&agent).await?, before);
    state(70)?;
    reconnected(&agent, before).await?;
    Ok(())
}

/// GNOME's idle monitor as the test's bus offers it: the idle time the test sets.
struct IdleMonitor(std::sync::Arc<std::sync::atomic::AtomicU64>);

#[zbus::interface(name = "org.gnome.Mutter.IdleMonitor")]
impl IdleMonitor {
    fn get_idletime(&self) -> u64 {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

#[tokio::test]
async fn idle_past_the_chosen_minutes_sets_away_and_activity_restores_it() -> Result<()> {
    let idle_ms = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let _monitor = zbus::connection::Builder::session()
        .name("org.gnome.Mutter.IdleMonitor")
        .serve_at(
            "/org/gnome/Mutter/IdleMonitor/Core",
            IdleMonitor(idle_ms.clone()),
        )
        .build()
        .await?;
    let server = Server::start().await?;
    let user = server.add_user("idle.ida@example.com", "Ida Idle")?;
    let away =
        serde_json::json!({"away": {"on_lock": false, "idle_minutes": 10, "status": "offline"}});
    reqwest::Client::new()
        .put(format!("{}/api/v1/profile", server.url))
        .header("api_access_token", &user.token)
        .json(&serde_json::json!({"profile": {"ui_settings": {"headset": away}}}))
        .send()
        .await?
        .error_for_status()?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    assert_eq!(server.availability_of(&user).await?, "online");

    // Nine minutes is not ten: still online.
    idle_ms.store(9 * 60_000, std::sync::atomic::Ordering::SeqCst);
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert_eq!(server.availability_of(&user).await?, "online");

    idle_ms.store(11 * 60_000, std::sync::atomic::Ordering::SeqCst);
    wait_until("the server has offline", async || {
        Ok(server.availability_of(&user).await? == "offline")
    })
    .await?;
    // A key pressed: back online.
    idle_ms.store(200, std::sync::atomic::Ordering::SeqCst);
    wait_until("the server has online again", async || {
        Ok(server.availability_of(&user).await? == "online")
    })
    .await?;
    Ok(())
}
