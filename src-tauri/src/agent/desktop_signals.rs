//! What the desktop session says about the agent's presence (Linux): the screen locking
//! and unlocking (`ActiveChanged` of `org.freedesktop.ScreenSaver` or
//! `org.gnome.ScreenSaver` on the session bus) and the machine waking from sleep
//! (logind's `PrepareForSleep(false)` on the system bus). Both are read as signals, so
//! nothing polls.

use futures_lite::StreamExt;
use tokio::sync::mpsc;
use zbus::message::Type;
use zbus::{Connection, MatchRule, MessageStream};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DesktopSignal {
    /// The screen locked (`true`) or unlocked (`false`).
    ScreenLocked(bool),
    /// The machine woke from sleep.
    Resumed,
}

const SCREENSAVERS: [&str; 2] = ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"];

/// Listens on both buses until the receiver goes away. A bus that cannot be reached is
/// logged and skipped: the agent works without these signals.
pub fn spawn(tx: mpsc::UnboundedSender<DesktopSignal>) {
    for interface in SCREENSAVERS {
        let tx = tx.clone();
        tauri::async_runtime::spawn(async move {
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
    tauri::async_runtime::spawn(async move {
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

async fn signals(conn: &Connection, interface: &str, member: &str) -> zbus::Result<MessageStream> {
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .interface(interface)
        .member(member)
        .build()?;
    MessageStream::for_match_rule(rule, conn, None).await
}
