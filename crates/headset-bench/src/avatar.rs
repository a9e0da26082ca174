//! The avatar pipeline (headset-server's, in this process) against `vipsthumbnail`
//! (libvips, a separate process as it is used) on the same 24-megapixel JPEG.

use std::process::Command;
use std::time::Instant;

use anyhow::{anyhow, ensure, Context, Result};
use image::codecs::jpeg::JpegEncoder;
use image::{ExtendedColorType, ImageEncoder};

use crate::stats::{percentile, report, spread};

const WIDTH: u32 = 6000;
const HEIGHT: u32 = 4000;

pub fn compare(runs: usize) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let input = dir.path().join("photo.jpg");
    let jpeg = photo()?;
    ensure!(
        jpeg.len() <= headset_server::avatar::MAX_BYTES,
        "the test photo is {} bytes, over the upload limit",
        jpeg.len()
    );
    std::fs::write(&input, &jpeg)?;

    let mut ours = Vec::new();
    for _ in 0..runs {
        let began = Instant::now();
        headset_server::avatar::process(&jpeg).map_err(|e| anyhow!("{e:?}"))?;
        ours.push(began.elapsed().as_secs_f64() * 1000.0);
    }
    let mut vips = Vec::new();
    for _ in 0..runs {
        let began = Instant::now();
        let status = Command::new("vipsthumbnail")
            .arg(&input)
            .args(["--size", "512x512", "--smartcrop", "centre", "-o"])
            .arg(dir.path().join("thumb.jpg"))
            .status()
            .context("vipsthumbnail (Debian: libvips-tools)")?;
        ensure!(status.success(), "vipsthumbnail failed");
        vips.push(began.elapsed().as_secs_f64() * 1000.0);
    }
    let (ours_ms, vips_ms) = (percentile(&mut ours, 50.0), percentile(&mut vips, 50.0));
    report("avatar_input_bytes", jpeg.len());
    report("avatar_runs", runs);
    report("avatar_ms", spread(&mut ours));
    report("vips_ms", spread(&mut vips));
    report("avatar_ratio", format!("{:.2}", ours_ms / vips_ms));
    Ok(())
}

/// A smooth, photo-like 24-megapixel picture (gradients and soft waves, as a camera
/// makes them; noise would make a file no upload limit allows).
fn photo() -> Result<Vec<u8>> {
    let mut pixels = Vec::with_capacity((WIDTH * HEIGHT * 3) as usize);
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let (fx, fy) = (x as f32, y as f32);
            let wave = ((fx / 90.0).sin() * (fy / 130.0).cos() * 60.0) as i32;
            pixels.push((fx / WIDTH as f32 * 200.0) as u8 + 20);
            pixels.push((fy / HEIGHT as f32 * 180.0) as u8 + 30);
            pixels.push((128 + wave).clamp(0, 255) as u8);
        }
    }
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 85).write_image(
        &pixels,
        WIDTH,
        HEIGHT,
        ExtendedColorType::Rgb8,
    )?;
    Ok(out)
}
