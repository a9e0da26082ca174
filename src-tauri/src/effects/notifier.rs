//! OS notifications. One per conversation: a newer message replaces the older pop-up
//! (with a count) instead of stacking, and a burst is coalesced: the pop-up is redrawn
//! at most once per [`REDRAW`], with the newest message and the full count. Clicking it
//! opens the conversation in the web dashboard.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use headset_core::texts::plain;
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
    #[cfg_attr(not(all(unix, not(target_os = "macos"))), allow(dead_code))]
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
                    // Without a server's id there is no pop-up to redraw: start anew.
                    #[cfg(not(all(unix, not(target_os = "macos"))))]
                    shown.remove(&conversation);
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
                .action("default", &plain("alert-open"))
                .timeout(Timeout::Default);
            if let Some(id) = id {
                note.id(id);
            }
            if let Some(image) = alert.image.as_deref().and_then(std::path::Path::to_str) {
                note.image_path(image);
            }
            #[cfg(all(unix, not(target_os = "macos")))]
            self.follow(note.show(), conversation, id.is_none());
            #[cfg(not(all(unix, not(target_os = "macos"))))]
            if let Err(e) = note.show() {
                tracing::warn!(error = %e, "could not show a notification");
            }
            std::thread::sleep(REDRAW);
        }
    }

    /// XDG notification servers answer with an id, to redraw the same pop-up, and report
    /// the click: one waiter per pop-up (redraws keep its id, so it sees the click).
    /// (macOS and Windows show each redraw as its own banner, and notify-rust does not
    /// report their clicks.)
    #[cfg(all(unix, not(target_os = "macos")))]
    fn follow(
        &self,
        shown: notify_rust::error::Result<notify_rust::NotificationHandle>,
        conversation: i64,
        first: bool,
    ) {
        match shown {
            Ok(handle) if first => {
                if let Some(entry) = self.shown.lock().unwrap().get_mut(&conversation) {
                    entry.id = Some(handle.id());
                }
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
    }

    #[cfg(all(unix, not(target_os = "macos")))]
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
