//! The avatar pipeline: an uploaded picture becomes two square images, 512 and 128 px.
//!
//! Only JPEG, PNG and WebP are accepted, recognised by their first bytes (never by the
//! file name or the declared type). The dimensions are read from the header and checked
//! before any pixel is decoded, so a small file that claims a huge image (a pixel bomb)
//! costs nothing. The EXIF orientation is applied, the picture is centre-cropped to a
//! square and resized with fast_image_resize, then re-encoded, which leaves every piece
//! of metadata (EXIF, GPS, comments) behind. CPU-bound: callers run it on a blocking
//! thread.

use std::io::Cursor;

use fast_image_resize as fr;
use headset_model::texts;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{
    DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageFormat, ImageReader, Limits,
};

use crate::ApiError;

/// The largest upload accepted.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The most pixels a picture may have (a 24-megapixel camera photo fits).
pub const MAX_PIXELS: u64 = 40_000_000;
/// The longest side a picture may have.
const MAX_SIDE: u32 = 16_384;
/// The sizes made, largest first.
pub const SIZES: [u32; 2] = [512, 128];

/// One processed picture, in the [`SIZES`].
pub struct Avatar {
    pub content_type: &'static str,
    pub extension: &'static str,
    pub large: Vec<u8>,
    pub small: Vec<u8>,
}

fn refuse(message: impl Into<String>) -> ApiError {
    ApiError::on_field("avatar", message)
}

/// The format, by content.
fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some(ImageFormat::Jpeg),
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some(ImageFormat::Png),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some(ImageFormat::WebP),
        _ => None,
    }
}

pub fn process(bytes: &[u8]) -> Result<Avatar, ApiError> {
    if bytes.len() > MAX_BYTES {
        return Err(refuse(texts::plain("server-avatar-size")));
    }
    let format = sniff(bytes).ok_or_else(|| refuse(texts::plain("server-avatar-type")))?;
    let unreadable = |e: image::ImageError| {
        tracing::debug!(error = %e, "avatar refused");
        refuse(texts::plain("server-avatar-damaged"))
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|e| match e {
        image::ImageError::Limits(_) => too_large(),
        other => unreadable(other),
    })?;
    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 {
        return Err(refuse(texts::plain("server-avatar-empty")));
    }
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(too_large());
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    image.apply_orientation(orientation);

    let opaque = !image.color().has_alpha();
    let image = match image {
        DynamicImage::ImageRgb8(_) if opaque => image,
        DynamicImage::ImageRgba8(_) if !opaque => image,
        other if opaque => DynamicImage::ImageRgb8(other.to_rgb8()),
        other => DynamicImage::ImageRgba8(other.to_rgba8()),
    };
    let side = image.width().min(image.height());
    let crop = (
        f64::from((image.width() - side) / 2),
        f64::from((image.height() - side) / 2),
        f64::from(side),
    );
    // Never enlarge: a small picture keeps its own size.
    let large = resize(&image, crop, SIZES[0].min(side))?;
    let small_side = SIZES[1].min(large.width());
    let small = resize(&large, (0.0, 0.0, f64::from(large.width())), small_side)?;
    Ok(Avatar {
        content_type: if opaque { "image/jpeg" } else { "image/png" },
        extension: if opaque { "jpg" } else { "png" },
        large: encode(&large)?,
        small: encode(&small)?,
    })
}

fn too_large() -> ApiError {
    let max = MAX_PIXELS / 1_000_000;
    refuse(texts::text("server-avatar-pixels", &[("max", max.into())]))
}

/// The square `(left, top, side)` of `source`, resized to `size` × `size`.
fn resize(
    source: &DynamicImage,
    (left, top, side): (f64, f64, f64),
    size: u32,
) -> Result<DynamicImage, ApiError> {
    let mut target = DynamicImage::new(size, size, source.color());
    let options = fr::ResizeOptions::new()
        .crop(left, top, side, side)
        .resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
    fr::Resizer::new()
        .resize(source, &mut target, &options)
        .map_err(|e| ApiError::Internal(crate::Error::Invalid(format!("resize: {e}"))))?;
    Ok(target)
}

fn encode(image: &DynamicImage) -> Result<Vec<u8>, ApiError> {
    let mut out = Vec::new();
    let (w, h) = (image.width(), image.height());
    let result = match image {
        DynamicImage::ImageRgb8(rgb) => JpegEncoder::new_with_quality(&mut out, 85).write_image(
            rgb.as_raw(),
            w,
            h,
            ExtendedColorType::Rgb8,
        ),
        other => {
            PngEncoder::new(&mut out).write_image(other.as_bytes(), w, h, ExtendedColorType::Rgba8)
        }
    };
    result.map_err(|e| ApiError::Internal(crate::Error::Invalid(format!("encode: {e}"))))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_content_only() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(ImageFormat::Jpeg));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(ImageFormat::WebP));
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b"<svg xmlns="), None);
    }
}
