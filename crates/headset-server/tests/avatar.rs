//! The avatar pipeline over real HTTP: a picture becomes square, upright and stripped;
//! anything else is refused by name and changes nothing.

mod common;

use common::{Device, TestServer};
use headset_model::model::Role;
use image::{DynamicImage, ImageFormat, Rgb, RgbImage};
use reqwest::multipart::{Form, Part};
use reqwest::Method;
use serde_json::Value;

const RED: Rgb<u8> = Rgb([220, 20, 20]);
const BLUE: Rgb<u8> = Rgb([20, 20, 220]);

async fn setup() -> (TestServer, Device) {
    let server = TestServer::start().await;
    server.add_user("ada@example.com", Role::Agent).await;
    let device = server.device("ada@example.com", "Headset").await;
    (server, device)
}

/// A 300×200 JPEG, red on the left and blue on the right, whose EXIF says "rotate 90°
/// clockwise to show" and names the camera.
fn sideways_photo() -> Vec<u8> {
    let picture = RgbImage::from_fn(300, 200, |x, _| if x < 150 { RED } else { BLUE });
    let mut jpeg = Vec::new();
    DynamicImage::ImageRgb8(picture)
        .write_to(&mut std::io::Cursor::new(&mut jpeg), ImageFormat::Jpeg)
        .unwrap();
    // TIFF (big-endian): one IFD entry, Orientation (0x0112) = 6; then a maker note.
    let mut tiff = b"MM\0\x2a\0\0\0\x08\0\x01".to_vec();
    tiff.extend([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0x00, 0x06, 0, 0]);
    tiff.extend([0, 0, 0, 0]);
    tiff.extend(b"SecretCamera GPS 52.2297N");
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let mut segment = vec![0xFF, 0xE1];
    segment.extend(u16::try_from(app1.len() + 2).unwrap().to_be_bytes());
    segment.extend(app1);
    jpeg.splice(2..2, segment);
    jpeg
}

async fn upload(
    server: &TestServer,
    ada: &Device,
    bytes: Vec<u8>,
    name: Option<&str>,
) -> reqwest::Response {
    let mut form = Form::new().part(
        "profile[avatar]",
        Part::bytes(bytes)
            .file_name("me.jpg")
            .mime_str("image/jpeg")
            .unwrap(),
    );
    if let Some(name) = name {
        form = form.text("profile[name]", name.to_owned());
    }
    ada.request(Method::PUT, server.url("/api/v1/profile"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn fetch(url: &str) -> reqwest::Response {
    reqwest::get(url).await.unwrap()
}

async fn document(server: &TestServer, ada: &Device) -> Value {
    ada.request(Method::GET, server.url("/api/v1/profile"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A small PNG that claims `width`×`height` (what a pixel bomb does: a few bytes of
/// compressed data would inflate to gigabytes).
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut header = width.to_be_bytes().to_vec();
    header.extend(height.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [
        (b"IHDR", header),
        (b"IDAT", vec![0x78, 0x9c, 0x03, 0x00]),
        (b"IEND", vec![]),
    ] {
        png.extend(u32::try_from(data.len()).unwrap().to_be_bytes());
        let mut chunk = kind.to_vec();
        chunk.extend(data);
        png.extend(&chunk);
        png.extend(crc32(&chunk).to_be_bytes());
    }
    png
}

#[tokio::test]
async fn a_photo_becomes_square_upright_and_stripped_in_two_sizes() {
    let (server, ada) = setup().await;
    let resp = upload(&server, &ada, sideways_photo(), Some("Ada Avatar")).await;
    assert_eq!(resp.status(), 200);
    let user: Value = resp.json().await.unwrap();
    assert_eq!(
        user["name"], "Ada Avatar",
        "the form's other fields are saved too"
    );
    let url = user["avatar_url"].as_str().unwrap().to_owned();
    assert!(
        url.starts_with(&server.base) && url.ends_with("-512.jpg"),
        "{url}"
    );

    let resp = fetch(&url).await;
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "image/jpeg");
    assert_eq!(resp.headers()["x-content-type-options"], "nosniff");
    let bytes = resp.bytes().await.unwrap();
    assert!(
        !bytes.windows(12).any(|w| w == b"SecretCamera"),
        "no metadata survives"
    );
    let large = image::load_from_memory(&bytes).unwrap().to_rgb8();
    // 300×200 turned upright is 200×300; its centre square is 200×200 (never enlarged).
    assert_eq!(large.dimensions(), (200, 200));
    // Upright, the photo's left (red) is at the top and its right (blue) at the bottom.
    let top = large.get_pixel(100, 10);
    let bottom = large.get_pixel(100, 190);
    assert!(top[0] > 150 && top[2] < 100, "top is red: {top:?}");
    assert!(
        bottom[2] > 150 && bottom[0] < 100,
        "bottom is blue: {bottom:?}"
    );

    let small = fetch(&url.replace("-512.jpg", "-128.jpg")).await;
    assert_eq!(small.status(), 200);
    let small = image::load_from_memory(&small.bytes().await.unwrap()).unwrap();
    assert_eq!((small.width(), small.height()), (128, 128));
}

#[tokio::test]
async fn bad_pictures_are_refused_by_name_and_change_nothing() {
    let (server, ada) = setup().await;
    let mut truncated = sideways_photo();
    truncated.truncate(400);
    let cases: [(&str, Vec<u8>, u16, &str); 4] = [
        (
            "a GIF",
            b"GIF89a\x01\0\x01\0\0\0\0;".to_vec(),
            422,
            "not a JPEG, PNG or WebP",
        ),
        (
            "a pixel bomb",
            png_claiming(10_000, 5_000),
            422,
            "too many pixels",
        ),
        (
            "a huge side",
            png_claiming(100_000, 10),
            422,
            "too many pixels",
        ),
        ("a truncated JPEG", truncated, 422, "damaged or incomplete"),
    ];
    for (what, bytes, status, message) in cases {
        let resp = upload(&server, &ada, bytes, Some("Changed Name")).await;
        assert_eq!(resp.status(), status, "{what}");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(body["field"], "avatar", "{what}");
        let error = body["error"].as_str().unwrap();
        assert!(error.contains(message), "{what}: {error}");
    }
    let too_big = upload(&server, &ada, vec![0xFF; 6 * 1024 * 1024], None).await;
    assert_eq!(too_big.status(), 413);

    let user = document(&server, &ada).await;
    assert_eq!(user["avatar_url"], "");
    assert_eq!(
        user["name"], "Ada Agent",
        "a refused upload saves no other field"
    );
}

#[tokio::test]
async fn removing_the_avatar_stops_serving_it() {
    let (server, ada) = setup().await;
    let user: Value = upload(&server, &ada, sideways_photo(), None)
        .await
        .json()
        .await
        .unwrap();
    let url = user["avatar_url"].as_str().unwrap().to_owned();
    let resp = ada
        .request(Method::DELETE, server.url("/api/v1/profile/avatar"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let user: Value = resp.json().await.unwrap();
    assert_eq!(user["avatar_url"], "");
    assert_eq!(fetch(&url).await.status(), 404);
}

/// A sync's profile save and an avatar upload at the same moment (as right after a
/// sign-in) both go through: neither fails because the other wrote first.
#[tokio::test]
async fn profile_saves_and_uploads_at_once_all_go_through() {
    let (server, ada) = setup().await;
    let mut calls = Vec::new();
    for i in 0..12 {
        let (server_url, ada) = (server.url("/api/v1/profile"), ada.clone());
        calls.push(tokio::spawn(async move {
            ada.request(Method::PUT, server_url)
                .json(&serde_json::json!({"profile": {"display_name": format!("Ada {i}")}}))
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let names: Vec<String> = (0..4).map(|i| format!("Ada Upload {i}")).collect();
    let uploads: Vec<_> = names
        .iter()
        .map(|name| upload(&server, &ada, sideways_photo(), Some(name)))
        .collect();
    for status in futures_util::future::join_all(uploads)
        .await
        .iter()
        .map(|r| r.status())
    {
        assert_eq!(status, 200, "an upload beside the saves");
    }
    for call in calls {
        assert_eq!(call.await.unwrap(), 200, "a save beside the uploads");
    }
}
