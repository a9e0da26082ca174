//! headset-server under load: thousands of ActionCable subscribers on loopback, a
//! broadcast's time to reach each, the server's memory; then profile reads and writes.
//! (`cargo xtask bench` lifts the soft limit on file descriptors for both processes.)

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{ensure, Result};
use serde_json::json;
use tokio::sync::mpsc;

use crate::cable;
use crate::scene::Scene;
use crate::stats::{percentile, report, rss_kib};

/// Subscribers connecting at once (the server's accept queue is finite).
const WAVE: usize = 250;
const BETWEEN_BROADCASTS: Duration = Duration::from_millis(200);
/// Concurrent clients and the length of the profile read and write runs.
const CLIENTS: usize = 16;
const RUN: Duration = Duration::from_secs(5);

pub async fn load(scene: &Scene, subscribers: usize, broadcasts: usize, pid: u32) -> Result<()> {
    let rss_idle = rss_kib(pid);
    let (tx, mut rx) = mpsc::unbounded_channel::<(usize, Instant)>();
    let mut connected = 0;
    let mut left = subscribers;
    while left > 0 {
        let wave = left.min(WAVE);
        left -= wave;
        let sockets = futures_util::future::join_all((0..wave).map(|_| cable::subscribe(scene)));
        for socket in sockets.await.into_iter().flatten() {
            connected += 1;
            let tx = tx.clone();
            let mut socket = socket;
            tokio::spawn(async move {
                // Thousands of subscribers share the cores with the server: find the
                // number in the frame's text rather than parse all of its JSON.
                while let Some(frame) = cable::next_text(&mut socket).await {
                    let at = Instant::now();
                    if let Some(k) = broadcast_number(&frame) {
                        let _ = tx.send((k, at));
                    }
                }
            });
        }
    }
    ensure!(connected > 0, "no subscriber could connect");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let rss_connected = rss_kib(pid);

    let conversation = scene.conversations(1).await?[0];
    let mut sent = Vec::with_capacity(broadcasts);
    for k in 0..broadcasts {
        sent.push(Instant::now());
        scene.say(conversation, &format!("cable {k}")).await?;
        tokio::time::sleep(BETWEEN_BROADCASTS).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    drop(tx);
    let mut latencies = Vec::new();
    while let Ok((k, at)) = rx.try_recv() {
        latencies.push(at.duration_since(sent[k]).as_secs_f64() * 1000.0);
    }
    let rss_peak = rss_kib(pid);

    report("cable_subscribers", subscribers);
    report("cable_connected", connected);
    report("cable_broadcasts", broadcasts);
    report("cable_delivered", latencies.len());
    for (key, p) in [("p50", 50.0), ("p99", 99.0), ("max", 100.0)] {
        report(
            &format!("cable_ms_{key}"),
            format!("{:.1}", percentile(&mut latencies, p)),
        );
    }
    report("server_rss_idle_kib", rss_idle);
    report("server_rss_connected_kib", rss_connected);
    report("server_rss_after_kib", rss_peak);

    let reads = rate(scene, |scene, _| {
        scene.request(reqwest::Method::GET, "api/v1/profile")
    })
    .await?;
    let writes = rate(scene, |scene, n| {
        Ok(scene
            .request(reqwest::Method::PUT, "api/v1/profile")?
            .json(&json!({"profile": {"display_name": format!("Bench {n}")}})))
    })
    .await?;
    report("profile_reads_per_s", format!("{reads:.0}"));
    report("profile_writes_per_s", format!("{writes:.0}"));
    Ok(())
}

/// `k` of a `message.created` frame whose content is "cable k".
fn broadcast_number(frame: &str) -> Option<usize> {
    // (A notification about the message carries its content too.)
    let (_, data) = frame.split_once(r#""event":"message.created""#)?;
    let (_, rest) = data.split_once(r#""content":"cable "#)?;
    rest.split('"').next()?.parse().ok()
}

/// Successful requests a second, [`CLIENTS`] at a time for [`RUN`].
async fn rate(
    scene: &Scene,
    request: impl Fn(&Scene, usize) -> Result<reqwest::RequestBuilder>,
) -> Result<f64> {
    let done = Arc::new(AtomicUsize::new(0));
    let until = Instant::now() + RUN;
    let clients = (0..CLIENTS).map(|client| {
        let done = done.clone();
        let request = &request;
        async move {
            let mut n = client;
            while Instant::now() < until {
                let ok = request(scene, n)?
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success());
                if ok {
                    done.fetch_add(1, Ordering::Relaxed);
                }
                n += CLIENTS;
            }
            anyhow::Ok(())
        }
    });
    for result in futures_util::future::join_all(clients).await {
        result?;
    }
    Ok(done.load(Ordering::Relaxed) as f64 / RUN.as_secs_f64())
}
