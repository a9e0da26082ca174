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

use headset_agent::Popup as Alert;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[cfg(not(target_os = "linux"))]
use native::Desktop;
#[cfg(target_os = "linux")]
use xdg::Desktop;

/// The shortest time between two redraws of one conversation's pop-up.
const REDRAW: Duration = Duration::from_secs(1);

/// What one drawing of a pop-up shows.
struct Drawing {
    summary: String,
    body: String,
    image: Option<PathBuf>,
}

/// A pop-up as the server drew it.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
struct Drawn {
    id: u32,
    /// The serial of the server's answer: what it says about the pop-up as it was before
    /// this drawing comes with a lower one.
    serial: u32,
}

/// What the notification server tells about a pop-up it drew, by its id.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
enum Reply {
    /// The pop-up itself (its default action) was clicked.
    Clicked(u32),
    /// It is gone: expired, dismissed or clicked away. `serial` orders it against the
    /// answers to redraws.
    Closed { id: u32, serial: u32 },
}

/// A conversation's pop-up: what it stands for and what is still to draw.
#[derive(Default)]
struct Shown {
    /// The server's id once drawn (a redraw replaces it).
    id: Option<u32>,
    /// The serial of the server's answer to the last drawing.
    answered: u32,
    /// How many alerts it stands for.
    count: u32,
    /// How many of those the last drawing counted.
    drawn: u32,
    /// The newest alert not drawn yet.
    pending: Option<Alert>,
    /// Where a click goes: the newest alert's conversation page.
    url: String,
    /// A drawing task is at work for this conversation.
    drawing: bool,
    /// A drawing is with the server: a close heard meanwhile waits for its answer.
    calling: bool,
    /// The serial of a close heard while `calling`.
    closed_meanwhile: Option<u32>,
    /// Asked to close while `calling`: closed once the server answers.
    closing: bool,
}

impl Shown {
    /// The pop-up is gone: alerts it has not shown start a new one. Whether there is
    /// nothing left to remember.
    fn closed(&mut self) -> bool {
        self.id = None;
        self.count -= self.drawn;
        self.drawn = 0;
        !self.drawing
    }
}

#[derive(Default, Clone)]
pub struct Notifier {
    shown: Arc<Mutex<HashMap<i64, Shown>>>,
    desktop: Desktop,
}

impl Notifier {
    /// Takes the conversation's pop-up down (the agent read it): what it stood for is
    /// done with. A drawing the server has not answered yet is closed once it has.
    pub fn close(&self, conversation: i64) {
        let id = {
            let mut shown = self.shown.lock().unwrap();
            let Some(entry) = shown.get_mut(&conversation) else {
                return;
            };
            entry.pending = None;
            (entry.count, entry.drawn) = (0, 0);
            if entry.calling {
                entry.closing = true;
                return;
            }
            let id = entry.id.take();
            if !entry.drawing {
                shown.remove(&conversation);
            }
            id
        };
        if let Some(id) = id {
            self.take_down(id);
        }
    }

    fn take_down(&self, id: u32) {
        let desktop = self.desktop.clone();
        tokio::spawn(async move {
            if let Err(e) = desktop.close(id).await {
                tracing::warn!(error = %e, "could not close a notification");
            }
        });
    }

    pub fn show(&self, alert: Alert) {
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
        tokio::spawn(self.clone().draw(conversation));
    }

    /// Draws the conversation's newest alert, then again each [`REDRAW`] while more came.
    async fn draw(self, conversation: i64) {
        loop {
            let (popup, id, count) = {
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
                entry.calling = true;
                let summary = if entry.count > 1 {
                    format!("{} ({})", alert.title, entry.count)
                } else {
                    alert.title
                };
                let popup = Drawing {
                    summary,
                    body: alert.body,
                    image: alert.image,
                };
                (popup, entry.id, entry.count)
            };
            let replies = {
                let notifier = self.clone();
                move |reply| notifier.reply(reply)
            };
            let drawn = self.desktop.show(&popup, id, replies).await;
            if let Err(e) = &drawn {
                tracing::warn!(error = %e, "could not show a notification");
            }
            self.answered(conversation, count, drawn.ok());
            tokio::time::sleep(REDRAW).await;
        }
    }

    /// The server's answer to a drawing of `count` alerts (`None`: it failed;
    /// `Some(None)`: drawn, with no id to redraw), and to a close heard meanwhile.
    fn answered(&self, conversation: i64, count: u32, drawn: Option<Option<Drawn>>) {
        let mut shown = self.shown.lock().unwrap();
        let Some(entry) = shown.get_mut(&conversation) else {
            return;
        };
        entry.calling = false;
        let closed = entry.closed_meanwhile.take();
        match drawn {
            Some(drawn) => {
                entry.drawn = count;
                entry.id = drawn.as_ref().map(|d| d.id);
                entry.answered = drawn.map_or(0, |d| d.serial);
                if closed.is_some_and(|serial| serial > entry.answered) {
                    entry.closed();
                }
            }
            None if closed.is_some() => {
                entry.closed();
            }
            None => {}
        }
        if std::mem::take(&mut entry.closing) {
            (entry.count, entry.drawn) = (0, 0);
            if let Some(id) = entry.id.take() {
                drop(shown);
                self.take_down(id);
            }
        }
    }

    /// A click opens the conversation; a pop-up closed is forgotten, and alerts that
    /// came after its last drawing start a new one.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    fn reply(&self, reply: Reply) {
        let (Reply::Clicked(id) | Reply::Closed { id, .. }) = reply;
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
            Reply::Closed { serial, .. } if entry.calling => {
                entry.closed_meanwhile = Some(serial);
            }
            // Closed before the server took the last redraw, which drew it anew.
            Reply::Closed { serial, .. } if serial < entry.answered => {}
            Reply::Closed { .. } => {
                if entry.closed() {
                    shown.remove(&conversation);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Conversation 4's pop-up, id 7, answered with serial 100, standing for 5 alerts
    /// of which it showed 3; more are being drawn.
    fn mid_burst() -> Notifier {
        let notifier = Notifier::default();
        let shown = Shown {
            id: Some(7),
            answered: 100,
            count: 5,
            drawn: 3,
            drawing: true,
            ..Shown::default()
        };
        notifier.shown.lock().unwrap().insert(4, shown);
        notifier
    }

    fn state(notifier: &Notifier) -> Option<(Option<u32>, u32)> {
        let shown = notifier.shown.lock().unwrap();
        shown.get(&4).map(|s| (s.id, s.count))
    }

    #[test]
    fn a_pop_up_closed_mid_burst_leaves_the_undrawn_alerts_to_a_new_one() {
        let notifier = mid_burst();
        notifier.reply(Reply::Closed { id: 8, serial: 101 });
        assert_eq!(state(&notifier), Some((Some(7), 5)), "not ours");
        notifier.reply(Reply::Closed { id: 7, serial: 90 });
        assert_eq!(state(&notifier), Some((Some(7), 5)), "before the redraw");
        notifier.reply(Reply::Closed { id: 7, serial: 101 });
        assert_eq!(state(&notifier), Some((None, 2)));
    }

    #[test]
    fn a_close_heard_during_a_redraw_counts_only_if_the_server_sent_it_after() {
        for (close, answer, left) in [(110, 120, Some(7)), (130, 120, None)] {
            let notifier = mid_burst();
            notifier.shown.lock().unwrap().get_mut(&4).unwrap().calling = true;
            notifier.reply(Reply::Closed {
                id: 7,
                serial: close,
            });
            let drawn = Drawn {
                id: 7,
                serial: answer,
            };
            notifier.answered(4, 5, Some(Some(drawn)));
            let count = if left.is_some() { 5 } else { 0 };
            assert_eq!(state(&notifier), Some((left, count)), "close {close}");
        }
    }

    #[test]
    fn a_pop_up_read_meanwhile_is_taken_down_once_its_drawing_is_answered() {
        let notifier = mid_burst();
        notifier.shown.lock().unwrap().get_mut(&4).unwrap().calling = true;
        notifier.close(4);
        assert_eq!(
            state(&notifier),
            Some((Some(7), 0)),
            "still with the server"
        );
        // (The answer spawns the close: a runtime for it.)
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let _entered = runtime.enter();
        notifier.answered(4, 5, Some(Some(Drawn { id: 8, serial: 120 })));
        assert_eq!(
            state(&notifier),
            Some((None, 0)),
            "closed, nothing left to draw"
        );
    }

    #[test]
    fn a_pop_up_closed_after_its_last_drawing_is_forgotten() {
        let notifier = mid_burst();
        notifier.answered(4, 5, Some(Some(Drawn { id: 7, serial: 120 })));
        notifier.shown.lock().unwrap().get_mut(&4).unwrap().drawing = false;
        notifier.reply(Reply::Closed { id: 7, serial: 130 });
        assert_eq!(state(&notifier), None);
    }
}
