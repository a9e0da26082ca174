//! Plays alert tones. The output stream is opened only while a sound plays and closed
//! right after: an idle open stream costs CPU all day (and on a clockless device, such
//! as ALSA's file output in tests, writes without end). A new stream each time also
//! means an unplugged headset is simply not used next time, never a crash.

use std::collections::HashMap;
use std::io::Cursor;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use headset_model::settings::Tone;

/// The largest sound file the agent keeps, and the longest it plays.
const CUSTOM_BYTES: usize = 1024 * 1024;
const CUSTOM_SECONDS: f64 = 10.0;

#[derive(Clone, Default)]
pub struct Player {
    playing: Arc<AtomicBool>,
    /// Tones fetched from the server (Chatwoot serves MP3, headset-server WAV).
    fetched: Arc<Mutex<HashMap<Tone, Arc<Vec<u8>>>>>,
    /// This computer's own alert sound, which replaces the tone when set.
    custom: Arc<Mutex<Option<Arc<Vec<u8>>>>>,
}

/// Why a sound file is refused: the id of the message for the person who chose it.
pub fn check_sound(bytes: &[u8]) -> Result<(), &'static str> {
    if bytes.len() > CUSTOM_BYTES {
        return Err("error-sound-size");
    }
    let decoder =
        rodio::Decoder::new(Cursor::new(bytes.to_vec())).map_err(|_| "error-sound-format")?;
    let rate = f64::from(rodio::Source::sample_rate(&decoder))
        * f64::from(rodio::Source::channels(&decoder));
    let samples = decoder.count();
    if samples == 0 {
        return Err("error-sound-empty");
    }
    if samples as f64 / rate > CUSTOM_SECONDS {
        return Err("error-sound-length");
    }
    Ok(())
}

impl Player {
    /// Uses `bytes` (checked with [`check_sound`]) instead of the tone, or the tone again.
    pub fn set_custom(&self, bytes: Option<Vec<u8>>) {
        *self.custom.lock().unwrap() = bytes.map(Arc::new);
    }

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

    /// Plays `tone`, or the custom sound for `None`, at `volume` (0–100) unless one is
    /// already playing (a burst never queues sounds).
    pub fn play(&self, tone: Option<Tone>, volume: u8) {
        if self.playing.swap(true, Ordering::SeqCst) {
            return;
        }
        let custom = tone.is_none().then(|| self.custom.lock().unwrap().clone());
        let tone = tone.unwrap_or(Tone::Ding);
        let bytes = custom.flatten().unwrap_or_else(|| {
            self.fetched
                .lock()
                .unwrap()
                .get(&tone)
                .cloned()
                .unwrap_or_else(|| Arc::new(headset_model::tones::wav(tone)))
        });
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
    sink.append(Started::new(rodio::Source::amplify(
        source,
        f32::from(volume.min(100)) / 100.0,
    )));
    sink.sleep_until_end();
    drop(stream);
    Ok(())
}

/// A source that logs (at debug level) when the device's callback takes its first
/// sample, i.e. fills the first buffer handed to the audio device: the moment
/// `cargo xtask bench` counts as "sound started".
struct Started<S> {
    inner: S,
    first: bool,
}

impl<S> Started<S> {
    fn new(inner: S) -> Self {
        Started { inner, first: true }
    }
}

impl<S: Iterator> Iterator for Started<S> {
    type Item = S::Item;

    fn next(&mut self) -> Option<S::Item> {
        if std::mem::take(&mut self.first) {
            tracing::debug!("first audio buffer");
        }
        self.inner.next()
    }
}

impl<S: rodio::Source> rodio::Source for Started<S>
where
    S::Item: rodio::Sample,
{
    fn current_frame_len(&self) -> Option<usize> {
        self.inner.current_frame_len()
    }
    fn channels(&self) -> u16 {
        self.inner.channels()
    }
    fn sample_rate(&self) -> u32 {
        self.inner.sample_rate()
    }
    fn total_duration(&self) -> Option<std::time::Duration> {
        self.inner.total_duration()
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::check_sound;

    #[test]
    fn a_sound_file_must_be_a_short_sound() {
        let bell = headset_model::tones::wav(headset_model::settings::Tone::Bell);
        assert_eq!(check_sound(&bell), Ok(()));
        assert_eq!(
            check_sound(b"<html>not a sound</html>"),
            Err("error-sound-format")
        );
        assert_eq!(
            check_sound(&vec![0; 2 * 1024 * 1024]),
            Err("error-sound-size")
        );
        // 12 s of silence at 8 kHz mono, 16-bit: small, but too long.
        let data = 8000u32 * 12 * 2;
        let mut long = b"RIFF".to_vec();
        long.extend((36 + data).to_le_bytes());
        long.extend(b"WAVEfmt ");
        for field in [16u32, 0x0001_0001, 8000, 16000, 0x0010_0002] {
            long.extend(field.to_le_bytes());
        }
        long.extend(b"data");
        long.extend(data.to_le_bytes());
        long.resize(long.len() + data as usize, 0);
        assert_eq!(check_sound(&long), Err("error-sound-length"));
    }

    /// Chatwoot's real tones (read from ../shared, never copied) and Headset's own decode.
    #[test]
    fn chatwoot_and_headset_tones_decode() {
        let shared = std::env::var("HEADSET_SHARED_DIR")
            .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
        for tone in headset_model::settings::Tone::ALL {
            let path = format!("{shared}/reference/chatwoot/audio/{}.mp3", tone.as_str());
            let mp3 = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            for bytes in [mp3, headset_model::tones::wav(tone)] {
                let decoder = rodio::Decoder::new(Cursor::new(bytes)).expect("decodes");
                let peak = decoder.map(|s: i16| s.unsigned_abs()).max().unwrap_or(0);
                assert!(peak > 1000, "{} is silent", tone.as_str());
            }
        }
    }
}
