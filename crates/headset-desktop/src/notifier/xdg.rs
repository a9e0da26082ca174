//! The XDG notification server (`org.freedesktop.Notifications`), over one session-bus
//! connection kept for the agent's life: every pop-up is drawn through it, and one
//! signal stream reports clicks and closes by pop-up id. (notify-rust opens a
//! connection and keeps two threads per pop-up until it closes: hundreds of each while
//! the server queues pop-ups.)

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures_lite::StreamExt;
use headset_model::texts::plain;
use tokio::sync::OnceCell;
use zbus::message::Type;
use zbus::Variant;
use zbus::{Connection, MatchRule, Message, MessageStream};

use super::{Drawing, Drawn, Reply};

const SERVER: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
/// `expire_timeout`: the server's default.
const DEFAULT_TIMEOUT: i32 = -1;
/// How long a call may wait for the server (libdbus's default): a hung server must not
/// hold a conversation's pop-up for good.
const CALL_TIMEOUT: Duration = Duration::from_secs(25);

#[derive(Default, Clone)]
pub struct Desktop {
    /// Connected at the first pop-up; a failed attempt is tried again at the next.
    bus: Arc<OnceCell<Connection>>,
}

impl Desktop {
    /// Draws the pop-up, in place of `replaces` when given; its id. `replies` hears
    /// about every pop-up's clicks and closes from then on.
    pub async fn show(
        &self,
        popup: &Drawing,
        replaces: Option<u32>,
        replies: impl Fn(Reply) + Send + 'static,
    ) -> zbus::Result<Option<Drawn>> {
        let bus = self.bus.get_or_try_init(|| connect(replies)).await?;
        let mut hints = HashMap::new();
        if let Some(image) = popup.image.as_deref().and_then(std::path::Path::to_str) {
            hints.insert("image-path", Variant::from(image));
        }
        let open = plain("alert-open");
        let answer = bus
            .call_method(
                Some(SERVER),
                PATH,
                Some(SERVER),
                "Notify",
                &(
                    "Headset",
                    replaces.unwrap_or(0),
                    "",
                    &popup.summary,
                    &popup.body,
                    vec!["default", open.as_str()],
                    hints,
                    DEFAULT_TIMEOUT,
                ),
            )
            .await?;
        Ok(Some(Drawn {
            id: answer.body().deserialize()?,
            serial: serial(&answer),
        }))
    }
}

impl Desktop {
    /// Closes pop-up `id` (nothing to do before the first pop-up connected).
    pub async fn close(&self, id: u32) -> zbus::Result<()> {
        if let Some(bus) = self.bus.get() {
            bus.call_method(
                Some(SERVER),
                PATH,
                Some(SERVER),
                "CloseNotification",
                &(id,),
            )
            .await?;
        }
        Ok(())
    }
}

/// Connects, and follows the server's signals for as long as the connection lives.
async fn connect(replies: impl Fn(Reply) + Send + 'static) -> zbus::Result<Connection> {
    let bus = zbus::connection::Builder::session()
        .method_timeout(CALL_TIMEOUT)
        .build()
        .await?;
    // From the server only: anyone on the bus could send these signals.
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .sender(SERVER)
        .interface(SERVER)
        .path(PATH)
        .build()?;
    let mut signals = MessageStream::for_match_rule(rule, &bus, None).await?;
    tokio::spawn(async move {
        while let Some(Ok(message)) = signals.next().await {
            let body = message.body();
            let reply = match message.header().member().map(|m| m.as_str()) {
                Some("ActionInvoked") => match body.deserialize::<(u32, String)>() {
                    Ok((id, action)) if action == "default" => Some(Reply::Clicked(id)),
                    _ => None,
                },
                Some("NotificationClosed") => {
                    body.deserialize::<(u32, u32)>()
                        .ok()
                        .map(|(id, _)| Reply::Closed {
                            id,
                            serial: serial(&message),
                        })
                }
                _ => None,
            };
            if let Some(reply) = reply {
                replies(reply);
            }
        }
    });
    Ok(bus)
}

/// The server numbers its messages in the order it sends them.
fn serial(message: &Message) -> u32 {
    message.primary_header().serial_num().get()
}
