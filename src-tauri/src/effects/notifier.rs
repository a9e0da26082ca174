//! OS notifications. One per conversation: a newer message replaces the older pop-up
//! (with a count) instead of stacking. Clicking one opens the conversation in the web
//! dashboard.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use notify_rust::{Notification, Timeout};

/// One pop-up, ready to show.
#[derive(Debug, Clone)]
pub struct DesktopAlert {
    pub conversation: i64,
    pub title: String,
    pub body: String,
    /// Opened when the notification is clicked.
    pub url: String,
}

#[derive(Default, Clone)]
pub struct Notifier {
    /// Conversation -> (the daemon's notification id, how many alerts it stands for).
    shown: Arc<Mutex<HashMap<i64, (u32, u32)>>>,
}

impl Notifier {
    pub fn show(&self, alert: DesktopAlert) {
        let shown = self.shown.clone();
        // notify-rust blocks on D-Bus, and waiting for the click blocks until it closes.
        std::thread::spawn(move || {
            let previous = shown.lock().unwrap().get(&alert.conversation).copied();
            let count = previous.map_or(1, |(_, n)| n + 1);
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
            if let Some((id, _)) = previous {
                note.id(id);
            }
            match note.show() {
                Ok(handle) => {
                    shown
                        .lock()
                        .unwrap()
                        .insert(alert.conversation, (handle.id(), count));
                    let url = alert.url.clone();
                    handle.wait_for_action(|action| {
                        if action == "default" {
                            if let Err(e) = open::that_detached(&url) {
                                tracing::warn!(error = %e, "could not open the conversation");
                            }
                        }
                    });
                    shown.lock().unwrap().remove(&alert.conversation);
                }
                Err(e) => tracing::warn!(error = %e, "could not show a notification"),
            }
        });
    }
}
