//! macOS and Windows notification centres (and the other systems'), through notify-rust:
//! each redraw shows as a banner of its own, with no id to replace and no click reported.

use headset_model::texts::plain;
use notify_rust::{Notification, Timeout};

use super::{Drawing, Drawn, Reply};

#[derive(Default, Clone)]
pub struct Desktop;

impl Desktop {
    pub async fn show(
        &self,
        popup: &Drawing,
        _replaces: Option<u32>,
        _replies: impl Fn(Reply) + Send + 'static,
    ) -> Result<Option<Drawn>, String> {
        let mut note = Notification::new();
        note.appname("Headset")
            .summary(&popup.summary)
            .body(&popup.body)
            .action("default", &plain("alert-open"))
            .timeout(Timeout::Default);
        if let Some(image) = popup.image.as_deref().and_then(std::path::Path::to_str) {
            note.image_path(image);
        }
        // notify-rust blocks: off the async workers.
        tokio::task::spawn_blocking(move || note.show().map(|_| None))
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())
    }

    /// The notification centres give no id to close by: their banners expire.
    pub async fn close(&self, _id: u32) -> Result<(), String> {
        Ok(())
    }
}
