//! IPC answers while the agent works: the round trips of `get_state` and of an `edit` over
//! the agent's socket, on a calm link, and while its catch-up after a reconnect crawls
//! over a slow link (the notifications list held on the way for the whole sample, so it
//! is in flight for every request measured).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use headset_faultlink::{FaultLink, Mode};
use headset_ipc::{AgentState, Connection, Edit, IpcClient, Request, Response};

use crate::stats::{percentile, report};

/// Starts the agent signed in to `server` through a link of ours, in `dir`.
pub async fn answers(
    headset: &Path,
    server: &str,
    token: &str,
    dir: &Path,
    requests: usize,
) -> Result<()> {
    let link = FaultLink::start(server).await?;
    let data = dir.join("ipc");
    let mut child = Command::new(headset)
        .args(["--server", &link.url])
        .env("HEADSET_DATA_DIR", &data)
        .env("HEADSET_ACCESS_TOKEN", token)
        .stderr(Stdio::null())
        .spawn()
        .context("headset")?;
    let measured = async {
        let client = connect(&data.join("agent.sock")).await?;
        until(&client, "connected", |s| {
            s.connection == Connection::Connected
        })
        .await?;
        let calm = sample(&client, requests).await?;

        link.set(Mode::Cut);
        until(&client, "the link noticed cut", |s| {
            s.connection != Connection::Connected
        })
        .await?;
        link.hold_notifications(true);
        link.set(Mode::Slow(Duration::from_millis(200)));
        let began = Instant::now();
        while link.held_notifications() == 0 {
            if began.elapsed() > Duration::from_secs(60) {
                bail!("the agent never caught up");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let catching_up = sample(&client, requests).await?;
        link.hold_notifications(false);
        anyhow::Ok((calm, catching_up))
    };
    let result = measured.await;
    let _ = child.kill();
    let _ = child.wait();
    let (mut calm, mut catching_up) = result?;
    for (name, times) in [("calm", &mut calm), ("catching_up", &mut catching_up)] {
        for p in [50.0, 99.0] {
            report(
                &format!("ipc_{name}_p{p}_ms"),
                format!("{:.2}", percentile(times, p)),
            );
        }
        report(
            &format!("ipc_{name}_max_ms"),
            format!("{:.2}", percentile(times, 100.0)),
        );
    }
    report("ipc_requests", requests);
    Ok(())
}

async fn connect(socket: &Path) -> Result<IpcClient> {
    let began = Instant::now();
    loop {
        if let Ok((client, _events)) = IpcClient::connect(socket).await {
            return Ok(client);
        }
        if began.elapsed() > Duration::from_secs(20) {
            bail!("the agent did not start");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn until(client: &IpcClient, what: &str, check: impl Fn(&AgentState) -> bool) -> Result<()> {
    let began = Instant::now();
    loop {
        if let Response::State { state } = client.request(Request::GetState).await? {
            if check(&state) {
                return Ok(());
            }
        }
        if began.elapsed() > Duration::from_secs(60) {
            bail!("not {what} within 60 s");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// `requests` round trips of each kind, one after another: milliseconds each.
async fn sample(client: &IpcClient, requests: usize) -> Result<Vec<f64>> {
    let mut times = Vec::with_capacity(2 * requests);
    for i in 0..requests {
        let began = Instant::now();
        client.request(Request::GetState).await?;
        times.push(began.elapsed().as_secs_f64() * 1000.0);
        let mut changes = serde_json::Map::new();
        changes.insert("title".into(), format!("Bench {i}").into());
        let began = Instant::now();
        match client
            .request(Request::Edit {
                edit: Edit::Headset { changes },
            })
            .await?
        {
            Response::EditQueued { .. } => times.push(began.elapsed().as_secs_f64() * 1000.0),
            other => bail!("the edit was not queued: {other:?}"),
        }
    }
    Ok(times)
}
