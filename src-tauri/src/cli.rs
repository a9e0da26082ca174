//! The command line: which role to run, and `status` as a plain IPC client.

use clap::{Parser, Subcommand};
use headset_ipc::{paths::Paths, IpcClient, Request, Response};

#[derive(Parser)]
#[command(
    name = "headset",
    version,
    about = "Desktop companion for live-chat agents"
)]
pub struct Args {
    /// Sign in to this server at start with the token in HEADSET_ACCESS_TOKEN.
    #[arg(long)]
    pub server: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Open the settings window (starting the agent if it is not running).
    Settings,
    /// Print the running agent's state as JSON.
    Status,
    /// Check the server, realtime link, keychain, notification daemon and audio, and
    /// show the last alert decisions with their reasons.
    Diagnose,
}

pub fn status(paths: Paths) -> anyhow::Result<()> {
    tauri::async_runtime::block_on(async {
        let (client, _events) = IpcClient::connect(&paths.socket()).await?;
        let response = client.request(Request::GetState).await?;
        println!("{}", serde_json::to_string_pretty(&response)?);
        Ok(())
    })
}

pub fn diagnose(paths: Paths) -> anyhow::Result<()> {
    tauri::async_runtime::block_on(async {
        let (client, _events) = IpcClient::connect(&paths.socket()).await?;
        let Response::Diagnosis { checks } = client.request(Request::Diagnose).await? else {
            anyhow::bail!("the agent gave no diagnosis");
        };
        for c in &checks {
            println!(
                "{} {:<14} {}",
                if c.ok { "ok  " } else { "FAIL" },
                c.name,
                c.detail
            );
        }
        if let Response::Decisions { items } = client.request(Request::GetDecisions).await? {
            println!("\nLast alert decisions (newest first):");
            for d in items.iter().take(20) {
                println!(
                    "  {} {:<22} #{:<6} notify: {:?}, sound: {:?}",
                    d.at,
                    d.event,
                    d.conversation.map(|c| c.to_string()).unwrap_or_default(),
                    d.notify.reason,
                    d.sound.reason
                );
            }
        }
        anyhow::ensure!(checks.iter().all(|c| c.ok), "some checks failed");
        Ok(())
    })
}
