//! Linux: the screen locking and unlocking (`ActiveChanged` of
//! `org.freedesktop.ScreenSaver` or `org.gnome.ScreenSaver` on the session bus) and the
//! machine waking from sleep (logind's `PrepareForSleep(false)` on the system bus) or
//! the network coming back (NetworkManager's `StateChanged` to connected, also on the
//! system bus), all read as signals; and how long the keyboard and mouse have been idle,
//! asked every [`IDLE_POLL`] (GNOME's `org.gnome.Mutter.IdleMonitor`, or
//! `GetSessionIdleTime` of KDE's ScreenSaver): the desktops offer no portable "idle for
//! N minutes" signal, and one small call every few seconds costs nothing measurable.

use futures_lite::StreamExt;
use tokio::sync::mpsc;
use zbus::message::Type;
use zbus::{Connection, MatchRule, MessageStream};

use super::{DesktopSignal, IDLE_POLL};

/// NetworkManager's state for "connected, with Internet access".
const NM_STATE_CONNECTED_GLOBAL: u32 = 70;

const SCREENSAVERS: [&str; 2] = ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"];

/// Listens on both buses until the receiver goes away. A bus that cannot be reached is
/// logged and skipped: the agent works without these signals.
pub fn spawn(tx: mpsc::UnboundedSender<DesktopSignal>) {
    for interface in SCREENSAVERS {
        let tx = tx.clone();
        tokio::spawn(async move {
            let listen = async {
                let conn = Connection::session().await?;
                let mut stream = signals(&conn, interface, "ActiveChanged").await?;
                while let Some(message) = stream.next().await {
                    let locked: bool = message?.body().deserialize()?;
                    if tx.send(DesktopSignal::ScreenLocked(locked)).is_err() {
                        break;
                    }
                }
                zbus::Result::Ok(())
            };
            if let Err(e) = listen.await {
                tracing::info!(error = %e, interface, "no screen lock signals");
            }
        });
    }
    let idle = tx.clone();
    tokio::spawn(async move {
        let poll = async {
            let conn = Connection::session().await?;
            loop {
                let time = idle_time(&conn).await?;
                if idle.send(DesktopSignal::Idle(time)).is_err() {
                    break;
                }
                tokio::time::sleep(IDLE_POLL).await;
            }
            zbus::Result::Ok(())
        };
        if let Err(e) = poll.await {
            tracing::info!(error = %e, "no idle time from the desktop");
        }
    });
    let network = tx.clone();
    tokio::spawn(async move {
        let listen = async {
            let conn = Connection::system().await?;
            let mut stream =
                signals(&conn, "org.freedesktop.NetworkManager", "StateChanged").await?;
            while let Some(message) = stream.next().await {
                let state: u32 = message?.body().deserialize()?;
                if state == NM_STATE_CONNECTED_GLOBAL
                    && network.send(DesktopSignal::NetworkUp).is_err()
                {
                    break;
                }
            }
            zbus::Result::Ok(())
        };
        if let Err(e) = listen.await {
            tracing::info!(error = %e, "no network signals from NetworkManager");
        }
    });
    tokio::spawn(async move {
        let listen = async {
            let conn = Connection::system().await?;
            let mut stream =
                signals(&conn, "org.freedesktop.login1.Manager", "PrepareForSleep").await?;
            while let Some(message) = stream.next().await {
                let going_to_sleep: bool = message?.body().deserialize()?;
                if !going_to_sleep && tx.send(DesktopSignal::Resumed).is_err() {
                    break;
                }
            }
            zbus::Result::Ok(())
        };
        if let Err(e) = listen.await {
            tracing::info!(error = %e, "no resume signals from logind");
        }
    });
}

/// GNOME's idle monitor (milliseconds), else KDE's screen saver (seconds).
async fn idle_time(conn: &Connection) -> zbus::Result<std::time::Duration> {
    let mutter = conn
        .call_method(
            Some("org.gnome.Mutter.IdleMonitor"),
            "/org/gnome/Mutter/IdleMonitor/Core",
            Some("org.gnome.Mutter.IdleMonitor"),
            "GetIdletime",
            &(),
        )
        .await;
    if let Ok(reply) = mutter {
        let ms: u64 = reply.body().deserialize()?;
        return Ok(std::time::Duration::from_millis(ms));
    }
    let reply = conn
        .call_method(
            Some("org.freedesktop.ScreenSaver"),
            "/org/freedesktop/ScreenSaver",
            Some("org.freedesktop.ScreenSaver"),
            "GetSessionIdleTime",
            &(),
        )
        .await?;
    let seconds: u32 = reply.body().deserialize()?;
    Ok(std::time::Duration::from_secs(seconds.into()))
}

async fn signals(conn: &Connection, interface: &str, member: &str) -> zbus::Result<MessageStream> {
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .interface(interface)
        .member(member)
        .build()?;
    MessageStream::for_match_rule(rule, conn, None).await
}
