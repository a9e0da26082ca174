//! OS notifications. One per conversation: a newer message replaces the older pop-up
//! (with a count) instead of stacking, and a burst is coalesced: the pop-up is redrawn
//! at most once per [`REDRAW`], with the newest message and the full count. Clicking it
//! opens the conversation in the web dashboard.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify_rust::{Notification, Timeout};

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
    pub image: Option<std::path::PathBuf>,
}

/// A conversation's pop-up: what it stands for and what is still to draw.
#[derive(Default)]
struct Shown {
    /// The daemon's id once drawn (a redraw replaces it).
    id: Option<u32>,
    /// How many alerts it stands for.
    count: u32,
    /// The newest alert not drawn yet.
    pending: Option<DesktopAlert>,
    /// Where a click goes: the newest alert's conversation page.
    url: String,
    /// A drawing thread is at work for this conversation.
    drawing: bool,
}

#[derive(Default, Clone)]
pub struct Notifier {
    shown: Arc<Mutex<HashMap<i64, Shown>>>,
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
        // notify-rust blocks on D-Bus: draw on a thread of its own.
        let notifier = self.clone();
        std::thread::spawn(move || notifier.draw(conversation));
    }

    /// Draws the conversation's newest alert, then again each [`REDRAW`] while more came.
    fn draw(&self, conversation: i64) {
        loop {
            let (alert, count, id) = {
                let mut shown = self.shown.lock().unwrap();
                let Some(entry) = shown.get_mut(&conversation) else {
                    return;
                };
                let Some(alert) = entry.pending.take() else {
                    entry.drawing = false;
                    return;
                };
                (alert, entry.count, entry.id)
            };
            let summary = if count > 1 {
                format!("{} ({count})", alert.title)
            } else {
                alert.title.clone()
            };
            let mut note = Notification::new();
            note.appname("Headset")
                .summary(&summary)
                .body(&alert.body)
                .action("default", "Open conversation")
                .timeout(Timeout::Default);
            if let Some(id) = id {
                note.id(id);
            }
            if let Some(image) = alert.image.as_deref().and_then(std::path::Path::to_str) {
                note.image_path(image);
            }
            match note.show() {
                Ok(handle) if id.is_none() => {
                    if let Some(entry) = self.shown.lock().unwrap().get_mut(&conversation) {
                        entry.id = Some(handle.id());
                    }
                    // One waiter per pop-up: redraws keep its id, so it sees the click.
                    let notifier = self.clone();
                    std::thread::spawn(move || {
                        handle.wait_for_action(|action| {
                            if action == "default" {
                                notifier.open(conversation);
                            }
                        });
                        notifier.shown.lock().unwrap().remove(&conversation);
                    });
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not show a notification"),
            }
            std::thread::sleep(REDRAW);
        }
    }

    fn open(&self, conversation: i64) {
        let url = self
            .shown
            .lock()
            .unwrap()
            .get(&conversation)
            .map(|s| s.url.clone());
        if let Some(url) = url {
            if let Err(e) = open::that_detached(&url) {
                tracing::warn!(error = %e, "could not open the conversation");
            }
        }
    }
}
