//! Plays alert tones. The output stream is opened only while a sound plays and closed
//! right after: an idle open stream costs CPU all day (and on a clockless device, such
//! as ALSA's file output in tests, writes without end). A new stream each time also
//! means an unplugged headset is simply not used next time, never a crash.

use std::io::Cursor;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use headset_core::settings::Tone;

#[derive(Default, Clone)]
pub struct Player {
    playing: Arc<AtomicBool>,
}

impl Player {
    /// Plays `tone` unless one is already playing (a burst never queues sounds).
    pub fn play(&self, tone: Tone) {
        if self.playing.swap(true, Ordering::SeqCst) {
            return;
        }
        let playing = self.playing.clone();
        std::thread::spawn(move || {
            if let Err(e) = play_now(tone) {
                tracing::warn!(error = %e, "could not play the alert sound");
            }
            playing.store(false, Ordering::SeqCst);
        });
    }
}

fn play_now(tone: Tone) -> Result<(), String> {
    let (stream, handle) = rodio::OutputStream::try_default().map_err(|e| e.to_string())?;
    let sink = rodio::Sink::try_new(&handle).map_err(|e| e.to_string())?;
    let source =
        rodio::Decoder::new(Cursor::new(super::tones::wav(tone))).map_err(|e| e.to_string())?;
    sink.append(source);
    sink.sleep_until_end();
    drop(stream);
    Ok(())
}
