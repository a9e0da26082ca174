//! Headset's own alert tones, synthesised (no recorded sounds are shipped): short
//! decaying chords in 16-bit mono WAV, one per Chatwoot tone name.

use crate::settings::Tone;

const RATE: u32 = 44_100;

/// (partials in Hz, length in seconds) for each tone.
fn recipe(tone: Tone) -> (&'static [f32], f32) {
    match tone {
        Tone::Ding => (&[1318.5, 2637.0], 0.45),
        Tone::Bell => (&[659.3, 1318.5, 1975.5], 0.8),
        Tone::Chime => (&[1046.5, 1568.0], 0.6),
        Tone::Magic => (&[880.0, 1108.7, 1318.5], 0.7),
        Tone::Ping => (&[1760.0], 0.25),
    }
}

pub fn wav(tone: Tone) -> Vec<u8> {
    let (partials, seconds) = recipe(tone);
    let samples = (RATE as f32 * seconds) as u32;
    let mut out = Vec::with_capacity(44 + samples as usize * 2);
    let data_len = samples * 2;
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for n in 0..samples {
        let t = n as f32 / RATE as f32;
        // A quick attack avoids a click; the exponential decay sounds like a struck bell.
        let envelope = (t * 400.0).min(1.0) * (-t * 6.0 / seconds).exp();
        let value: f32 = partials
            .iter()
            .enumerate()
            .map(|(i, f)| (std::f32::consts::TAU * f * t).sin() / (i as f32 + 1.0))
            .sum::<f32>()
            / partials.len() as f32;
        let sample = (value * envelope * 0.8 * i16::MAX as f32) as i16;
        out.extend_from_slice(&sample.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tone_is_a_wav_with_an_audible_peak() {
        for tone in [Tone::Ding, Tone::Bell, Tone::Chime, Tone::Magic, Tone::Ping] {
            let bytes = wav(tone);
            assert_eq!(&bytes[..4], b"RIFF");
            let samples: Vec<i16> = bytes[44..]
                .chunks_exact(2)
                .map(|c| i16::from_le_bytes([c[0], c[1]]))
                .collect();
            let peak = samples.iter().map(|s| s.unsigned_abs()).max().unwrap();
            assert!(samples.len() > 10_000, "{tone:?} is too short");
            assert!(peak > 10_000, "{tone:?} is too quiet: {peak}");
        }
    }
}
