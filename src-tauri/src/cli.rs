//! The command line: which role to run, and `status` as a plain IPC client.

use clap::{Parser, Subcommand};
use headset_core::ipc::{IpcClient, Request};
use headset_core::paths::Paths;

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
}

pub fn status(paths: Paths) -> anyhow::Result<()> {
    tauri::async_runtime::block_on(async {
        let (client, _events) = IpcClient::connect(&paths.socket()).await?;
        let response = client.request(Request::GetState).await?;
        println!("{}", serde_json::to_string_pretty(&response)?);
        Ok(())
    })
}
