//! Plays alert tones. The output stream is opened only while a sound plays and closed
//! right after: an idle open stream costs CPU all day (and on a clockless device, such
//! as ALSA's file output in tests, writes without end). A new stream each time also
//! means an unplugged headset is simply not used next time, never a crash.

use std::collections::HashMap;
use std::io::Cursor;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use headset_core::settings::Tone;

#[derive(Default, Clone)]
pub struct Player {
    playing: Arc<AtomicBool>,
    /// Tones fetched from the server (Chatwoot serves MP3, headset-server WAV).
    fetched: Arc<Mutex<HashMap<Tone, Arc<Vec<u8>>>>>,
}

impl Player {
    /// Keeps the server's version of a tone, if it decodes.
    pub fn adopt(&self, tone: Tone, bytes: Vec<u8>) {
        match rodio::Decoder::new(Cursor::new(bytes.clone())) {
            Ok(_) => {
                self.fetched.lock().unwrap().insert(tone, Arc::new(bytes));
            }
            Err(e) => {
                tracing::warn!(tone = tone.as_str(), error = %e, "the server's tone does not decode; using Headset's own")
            }
        }
    }

    /// Plays `tone` at `volume` (0–100) unless one is already playing (a burst never
    /// queues sounds).
    pub fn play(&self, tone: Tone, volume: u8) {
        if self.playing.swap(true, Ordering::SeqCst) {
            return;
        }
        let bytes = self
            .fetched
            .lock()
            .unwrap()
            .get(&tone)
            .cloned()
            .unwrap_or_else(|| Arc::new(headset_core::tones::wav(tone)));
        let playing = self.playing.clone();
        std::thread::spawn(move || {
            if let Err(e) = play_now(bytes.as_ref().clone(), volume) {
                tracing::warn!(error = %e, "could not play the alert sound");
            }
            playing.store(false, Ordering::SeqCst);
        });
    }
}

fn play_now(bytes: Vec<u8>, volume: u8) -> Result<(), String> {
    let (stream, handle) = rodio::OutputStream::try_default().map_err(|e| e.to_string())?;
    let sink = rodio::Sink::try_new(&handle).map_err(|e| e.to_string())?;
    let source = rodio::Decoder::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    // On the source, not the sink: the sink's volume reaches the samples only after its
    // first 5 ms, and a tone's attack peaks inside them.
    sink.append(rodio::Source::amplify(
        source,
        f32::from(volume.min(100)) / 100.0,
    ));
    sink.sleep_until_end();
    drop(stream);
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    /// Chatwoot's real tones (read from ../shared, never copied) and Headset's own decode.
    #[test]
    fn chatwoot_and_headset_tones_decode() {
        let shared = std::env::var("HEADSET_SHARED_DIR")
            .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared").into());
        for tone in headset_core::settings::Tone::ALL {
            let path = format!("{shared}/reference/chatwoot/audio/{}.mp3", tone.as_str());
            let mp3 = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            for bytes in [mp3, headset_core::tones::wav(tone)] {
                let decoder = rodio::Decoder::new(Cursor::new(bytes)).expect("decodes");
                let peak = decoder.map(|s: i16| s.unsigned_abs()).max().unwrap_or(0);
                assert!(peak > 1000, "{} is silent", tone.as_str());
            }
        }
    }
}
