//! The agent's alerts under measurement: how long from the broadcast to the pop-up and
//! to the sound, and what a burst of thousands of messages does.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{ensure, Result};
use tokio::sync::{mpsc, Semaphore};

use crate::cable::{self, wall};
use crate::monitor::{self, Monitor};
use crate::scene::Scene;
use crate::stats::{percentile, report, rss_kib};

/// Between two messages of the latency run: alerts one at a time, not a burst.
const PACE: Duration = Duration::from_millis(50);
/// Between two sounds: the agent rings at most once per 3 s.
const SOUND_PACE: Duration = Duration::from_millis(3200);

/// When each message was broadcast: the moment the bench's own subscriber (on the same
/// loopback as the agent's) received it, by content.
struct Broadcasts(mpsc::UnboundedReceiver<(String, f64)>, HashMap<String, f64>);

impl Broadcasts {
    async fn follow(scene: &Scene) -> Result<Broadcasts> {
        let mut socket = cable::subscribe(scene).await?;
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Some(content) = cable::next_message(&mut socket).await {
                if tx.send((content, wall())).is_err() {
                    break;
                }
            }
        });
        Ok(Broadcasts(rx, HashMap::new()))
    }

    fn get(&mut self, content: &str) -> Option<f64> {
        while let Ok((c, at)) = self.0.try_recv() {
            self.1.insert(c, at);
        }
        self.1.get(content).copied()
    }
}

pub async fn latency(scene: &Scene, events: usize, sounds: usize, logs: &Path) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let monitor = Monitor::start(dir.path())?;
    let mut broadcasts = Broadcasts::follow(scene).await?;
    let conversations = scene.conversations(events + sounds).await?;

    // Pop-ups: each message in a conversation of its own, so none waits for a redraw.
    let mut requested = HashMap::new();
    for (i, conversation) in conversations[..events].iter().enumerate() {
        let text = format!("latency {i}");
        requested.insert(text.clone(), wall());
        scene.say(*conversation, &text).await?;
        tokio::time::sleep(PACE).await;
    }
    let shown = wait_for_notify(&monitor, events, |body| body.starts_with("latency ")).await;
    let mut from_broadcast = Vec::new();
    let mut from_request = Vec::new();
    for call in &shown {
        if let Some(at) = broadcasts.get(&call.body) {
            from_broadcast.push((call.at - at) * 1000.0);
        }
        if let Some(at) = requested.get(&call.body) {
            from_request.push((call.at - at) * 1000.0);
        }
    }
    report("notify_events", events);
    report("notify_shown", shown.len());
    summary("notify_ms", &mut from_broadcast);
    summary("notify_from_request_ms", &mut from_request);

    // Sounds: one at a time.
    let mut sent = Vec::new();
    for (j, conversation) in conversations[events..].iter().enumerate() {
        tokio::time::sleep(SOUND_PACE).await;
        let text = format!("sound {j}");
        scene.say(*conversation, &text).await?;
        sent.push(text);
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let started = monitor::sounds(logs);
    let mut to_sound = Vec::new();
    for text in &sent {
        let Some(at) = broadcasts.get(text) else {
            continue;
        };
        if let Some(s) = started.iter().find(|s| **s >= at - 0.005 && **s < at + 3.0) {
            to_sound.push((s - at) * 1000.0);
        }
    }
    report("sound_events", sounds);
    report("sound_started", to_sound.len());
    summary("sound_ms", &mut to_sound);
    Ok(())
}

/// Waits until `want` pop-ups whose body passes `ours` arrived (or 30 s of nothing
/// new); the first call for each body.
async fn wait_for_notify(
    monitor: &Monitor,
    want: usize,
    ours: impl Fn(&str) -> bool,
) -> Vec<monitor::Notify> {
    let mut seen = 0;
    let mut quiet = 0;
    loop {
        let mut calls: Vec<_> = monitor
            .calls()
            .into_iter()
            .filter(|c| ours(&c.body))
            .collect();
        let mut bodies = std::collections::HashSet::new();
        calls.retain(|c| bodies.insert(c.body.clone()));
        if calls.len() >= want || quiet >= 300 {
            return calls;
        }
        if calls.len() == seen {
            quiet += 1;
        } else {
            (seen, quiet) = (calls.len(), 0);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn summary(key: &str, values: &mut [f64]) {
    report(
        &format!("{key}_p50"),
        format!("{:.1}", percentile(values, 50.0)),
    );
    report(
        &format!("{key}_p99"),
        format!("{:.1}", percentile(values, 99.0)),
    );
    report(
        &format!("{key}_max"),
        format!("{:.1}", percentile(values, 100.0)),
    );
}

/// When the last `Notify` came, once none has come for 4 s (pop-ups are redrawn each
/// second while alerts arrive) or after two minutes.
async fn settled(monitor: &Monitor) -> f64 {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
    let (mut seen, mut since) = (0, tokio::time::Instant::now());
    loop {
        let calls = monitor.calls();
        if calls.len() != seen {
            (seen, since) = (calls.len(), tokio::time::Instant::now());
        } else if since.elapsed() >= Duration::from_secs(4)
            || tokio::time::Instant::now() > deadline
        {
            return calls.last().map_or(0.0, |c| c.at);
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// How many conversations the burst spreads over.
const BURST_CONVERSATIONS: usize = 50;

pub async fn burst(
    scene: &Scene,
    messages: usize,
    seconds: u64,
    agent: u32,
    logs: &Path,
) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let conversations = scene.conversations(BURST_CONVERSATIONS).await?;
    let monitor = Monitor::start(dir.path())?;
    // Past the last sound's gap, and settled.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let rss_before = rss_kib(agent);
    let began = wall();
    let start = tokio::time::Instant::now();
    let period = Duration::from_secs(seconds).div_f64(messages as f64);
    let in_flight = Arc::new(Semaphore::new(64));
    let mut sends = Vec::with_capacity(messages);
    for i in 0..messages {
        tokio::time::sleep_until(start + period.mul_f64(i as f64)).await;
        let permit = in_flight.clone().acquire_owned().await?;
        let say = scene.say_later(conversations[i % conversations.len()], format!("burst {i}"))?;
        sends.push(tokio::spawn(async move {
            let ok = say.send().await.is_ok_and(|r| r.status().is_success());
            drop(permit);
            ok
        }));
    }
    let mut accepted = 0;
    for send in sends {
        accepted += usize::from(send.await?);
    }
    let sent_in = start.elapsed().as_secs_f64();
    let sent = wall();
    ensure!(accepted > 0, "the server accepted none of the burst");
    // The agent may still be working through the burst: wait until its pop-ups are
    // settled, then give memory a moment.
    let last_notify = settled(&monitor).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let rss_after = rss_kib(agent);
    let ended = wall();

    // Each pop-up's summary counts the alerts it stands for ("… (37)"); a call that
    // replaces none starts a new pop-up for its conversation.
    let mut open: HashMap<usize, u64> = HashMap::new();
    let mut shown = 0;
    let calls: Vec<_> = monitor
        .calls()
        .into_iter()
        .filter(|c| c.body.starts_with("burst "))
        .collect();
    for call in &calls {
        let Some(i) = call.body["burst ".len()..].parse::<usize>().ok() else {
            continue;
        };
        let count = call
            .summary
            .rsplit_once(" (")
            .and_then(|(_, n)| n.strip_suffix(')')?.parse().ok())
            .unwrap_or(1);
        let conversation = i % conversations.len();
        if call.replaces == 0 {
            shown += open.remove(&conversation).unwrap_or(0);
        }
        let max = open.entry(conversation).or_default();
        *max = (*max).max(count);
    }
    shown += open.values().sum::<u64>();
    let sounds: Vec<f64> = monitor::sounds(logs)
        .into_iter()
        .filter(|s| (began..ended).contains(s))
        .collect();
    let min_gap = sounds
        .windows(2)
        .map(|w| w[1] - w[0])
        .fold(f64::INFINITY, f64::min);

    report("burst_messages", messages);
    report("burst_accepted", accepted);
    report("burst_seconds", format!("{sent_in:.1}"));
    report(
        "burst_drain_s",
        format!("{:.1}", (last_notify - sent).max(0.0)),
    );
    report("burst_alerted", shown);
    report("burst_notify_calls", calls.len());
    report("burst_sounds", sounds.len());
    report(
        "burst_min_sound_gap_s",
        if min_gap.is_finite() {
            format!("{min_gap:.2}")
        } else {
            "-".into()
        },
    );
    report("burst_rss_before_kib", rss_before);
    report("burst_rss_after_kib", rss_after);
    Ok(())
}
