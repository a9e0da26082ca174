//! OS notifications. One per conversation: a newer message replaces the older pop-up
//! (with a count) instead of stacking, and a burst is coalesced: the pop-up is redrawn
//! at most once per [`REDRAW`], with the newest message and the full count. Clicking it
//! opens the conversation in the web dashboard.

#[cfg(not(target_os = "linux"))]
mod native;
#[cfg(target_os = "linux")]
mod xdg;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[cfg(not(target_os = "linux"))]
use native::Desktop;
#[cfg(target_os = "linux")]
use xdg::Desktop;

/// The shortest time between two redraws of one conversation's pop-up.
const REDRAW: Duration = Duration::from_secs(1);

/// One pop-up, ready to show.
#[derive(Debug, Clone)]
pub struct DesktopAlert {
    pub conversation: i64,
    pub title: String,
    pub body: String,
    /// Opened when the notification is clicked.
    pub url: String,
    /// The customer's picture, when cached.
    pub image: Option<PathBuf>,
}

/// What one drawing of a pop-up shows.
struct Popup {
    summary: String,
    body: String,
    image: Option<PathBuf>,
}

/// What the notification server tells about a pop-up it drew, by its id.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
enum Reply {
    /// The pop-up itself (its default action) was clicked.
    Clicked(u32),
    /// It is gone: expired, dismissed or clicked away.
    Closed(u32),
}

/// A conversation's pop-up: what it stands for and what is still to draw.
#[derive(Default)]
struct Shown {
    /// The server's id once drawn (a redraw replaces it).
    id: Option<u32>,
    /// How many alerts it stands for.
    count: u32,
    /// How many of those the last drawing counted.
    drawn: u32,
    /// The newest alert not drawn yet.
    pending: Option<DesktopAlert>,
    /// Where a click goes: the newest alert's conversation page.
    url: String,
    /// A drawing task is at work for this conversation.
    drawing: bool,
}

#[derive(Default, Clone)]
pub struct Notifier {
    shown: Arc<Mutex<HashMap<i64, Shown>>>,
    desktop: Desktop,
}

impl Notifier {
    pub fn show(&self, alert: DesktopAlert) {
        let conversation = alert.conversation;
        let mut shown = self.shown.lock().unwrap();
        let entry = shown.entry(conversation).or_default();
        entry.count += 1;
        entry.url = alert.url.clone();
        entry.pending = Some(alert);
        if entry.drawing {
            return;
        }
        entry.drawing = true;
        tauri::async_runtime::spawn(self.clone().draw(conversation));
    }

    /// Draws the conversation's newest alert, then again each [`REDRAW`] while more came.
    async fn draw(self, conversation: i64) {
        loop {
            let (popup, id) = {
                let mut shown = self.shown.lock().unwrap();
                let Some(entry) = shown.get_mut(&conversation) else {
                    return;
                };
                let Some(alert) = entry.pending.take() else {
                    entry.drawing = false;
                    // Without a server's id there is no pop-up to redraw: start anew.
                    if entry.id.is_none() {
                        shown.remove(&conversation);
                    }
                    return;
                };
                entry.drawn = entry.count;
                let summary = if entry.count > 1 {
                    format!("{} ({})", alert.title, entry.count)
                } else {
                    alert.title
                };
                let popup = Popup {
                    summary,
                    body: alert.body,
                    image: alert.image,
                };
                (popup, entry.id)
            };
            let replies = {
                let notifier = self.clone();
                move |reply| notifier.reply(reply)
            };
            match self.desktop.show(&popup, id, replies).await {
                Ok(id) => {
                    if let Some(entry) = self.shown.lock().unwrap().get_mut(&conversation) {
                        entry.id = id;
                    }
                }
                Err(e) => tracing::warn!(error = %e, "could not show a notification"),
            }
            tokio::time::sleep(REDRAW).await;
        }
    }

    /// A click opens the conversation; a pop-up closed is forgotten, and alerts that
    /// came after its last drawing start a new one.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    fn reply(&self, reply: Reply) {
        let (Reply::Clicked(id) | Reply::Closed(id)) = reply;
        let mut shown = self.shown.lock().unwrap();
        let Some((&conversation, entry)) = shown.iter_mut().find(|(_, s)| s.id == Some(id)) else {
            return;
        };
        match reply {
            Reply::Clicked(_) => {
                let url = entry.url.clone();
                drop(shown);
                if let Err(e) = open::that_detached(&url) {
                    tracing::warn!(error = %e, "could not open the conversation");
                }
            }
            Reply::Closed(_) if entry.drawing => {
                entry.id = None;
                entry.count -= entry.drawn;
                entry.drawn = 0;
            }
            Reply::Closed(_) => {
                shown.remove(&conversation);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notifier_with(conversation: i64, shown: Shown) -> Notifier {
        let notifier = Notifier::default();
        notifier.shown.lock().unwrap().insert(conversation, shown);
        notifier
    }

    #[test]
    fn a_pop_up_closed_mid_burst_leaves_the_undrawn_alerts_to_a_new_one() {
        let notifier = notifier_with(
            4,
            Shown {
                id: Some(7),
                count: 5,
                drawn: 3,
                drawing: true,
                ..Shown::default()
            },
        );
        notifier.reply(Reply::Closed(8));
        assert_eq!(notifier.shown.lock().unwrap()[&4].id, Some(7), "not ours");
        notifier.reply(Reply::Closed(7));
        let shown = notifier.shown.lock().unwrap();
        assert_eq!((shown[&4].id, shown[&4].count), (None, 2));
    }

    #[test]
    fn a_pop_up_closed_after_its_last_drawing_is_forgotten() {
        let notifier = notifier_with(
            4,
            Shown {
                id: Some(7),
                count: 5,
                drawn: 5,
                ..Shown::default()
            },
        );
        notifier.reply(Reply::Closed(7));
        assert!(notifier.shown.lock().unwrap().is_empty());
    }
}
