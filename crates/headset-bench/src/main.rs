//! The measuring half of `cargo xtask bench`, which starts the server, the agent and the
//! desktop services, then runs each scenario here. Every scenario prints `key = value`
//! lines for BENCHMARKS.md. Credentials come in the environment (`BENCH_TOKEN`), never
//! on the command line.

mod alerts;
mod avatar;
mod cable;
mod ipc;
mod monitor;
mod scene;
mod server;
mod starts;
mod stats;

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Where the server is, for the scenarios that talk to it.
#[derive(Args, Clone)]
pub struct Target {
    /// The server's base URL.
    #[arg(long)]
    server: url::Url,
    /// Its database, to set up inboxes and conversations without realtime noise.
    #[arg(long)]
    database: String,
}

#[derive(Subcommand)]
enum Command {
    /// Chooses the agent's alerts: pop-ups and a tone for its assigned conversations.
    Prepare(Target),
    /// Broadcast -> `Notify` on the bus, and -> first audio buffer.
    Alerts {
        #[command(flatten)]
        target: Target,
        /// Messages, each in a conversation of its own (pop-ups redraw once a second).
        #[arg(long, default_value_t = 1000)]
        events: usize,
        /// Sounds, one each 3.2 s (the agent rings at most once per 3 s).
        #[arg(long, default_value_t = 40)]
        sounds: usize,
        /// The agent's log directory (its debug lines mark the first audio buffer).
        #[arg(long)]
        agent_logs: PathBuf,
    },
    /// Thousands of customer messages in seconds: lost, rung and shown, and the memory.
    Burst {
        #[command(flatten)]
        target: Target,
        #[arg(long, default_value_t = 10_000)]
        messages: usize,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        #[arg(long)]
        agent_pid: u32,
        #[arg(long)]
        agent_logs: PathBuf,
    },
    /// Many ActionCable subscribers on one server, and profile reads and writes.
    Cable {
        #[command(flatten)]
        target: Target,
        #[arg(long, default_value_t = 5000)]
        subscribers: usize,
        #[arg(long, default_value_t = 50)]
        broadcasts: usize,
        #[arg(long)]
        server_pid: u32,
    },
    /// The agent's start to its IPC socket, signed in, each in a fresh data dir.
    Start {
        #[arg(long)]
        headset: PathBuf,
        #[arg(long)]
        server: String,
        #[arg(long)]
        dir: PathBuf,
        #[arg(long, default_value_t = 5)]
        starts: usize,
    },
    /// IPC round trips on a calm link and while a catch-up crawls over a slow one.
    Ipc {
        #[arg(long)]
        headset: PathBuf,
        #[arg(long)]
        server: String,
        #[arg(long)]
        dir: PathBuf,
        #[arg(long, default_value_t = 500)]
        requests: usize,
    },
    /// The settings window's start to its first frame, on a running agent's data dir.
    Paint {
        #[arg(long)]
        headset: PathBuf,
        #[arg(long)]
        data: PathBuf,
        #[arg(long, default_value_t = 5)]
        starts: usize,
    },
    /// The avatar pipeline against vipsthumbnail on a 24-megapixel JPEG.
    Avatar {
        #[arg(long, default_value_t = 9)]
        runs: usize,
    },
}

#[tokio::main]
async fn main() -> Result<()> {
    let token = || std::env::var("BENCH_TOKEN").context("BENCH_TOKEN: the agent's API token");
    match Cli::parse().command {
        Command::Prepare(target) => {
            scene::Scene::open(&target, &token()?)
                .await?
                .prepare()
                .await
        }
        Command::Alerts {
            target,
            events,
            sounds,
            agent_logs,
        } => {
            let scene = scene::Scene::open(&target, &token()?).await?;
            alerts::latency(&scene, events, sounds, &agent_logs).await
        }
        Command::Burst {
            target,
            messages,
            seconds,
            agent_pid,
            agent_logs,
        } => {
            let scene = scene::Scene::open(&target, &token()?).await?;
            alerts::burst(&scene, messages, seconds, agent_pid, &agent_logs).await
        }
        Command::Cable {
            target,
            subscribers,
            broadcasts,
            server_pid,
        } => {
            let scene = scene::Scene::open(&target, &token()?).await?;
            server::load(&scene, subscribers, broadcasts, server_pid).await
        }
        Command::Start {
            headset,
            server,
            dir,
            starts,
        } => starts::agent(&headset, &server, &token()?, &dir, starts),
        Command::Ipc {
            headset,
            server,
            dir,
            requests,
        } => ipc::answers(&headset, &server, &token()?, &dir, requests).await,
        Command::Paint {
            headset,
            data,
            starts,
        } => starts::first_paint(&headset, &data, starts),
        Command::Avatar { runs } => avatar::compare(runs),
    }
}
