//! Headset: one binary, two processes.
//!
//! - `headset` is the agent: tray, session, sync and alerts, with no webview, serving a
//!   user-only IPC socket. Started at login; one per user (the socket is the lock).
//! - `headset settings` is the window (`window.rs`): a Tauri webview of the settings,
//!   whose every action goes to the agent. It exits when closed, taking WebKit's memory
//!   with it.
//! - `headset status` prints the agent's state: the same IPC, from a terminal.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod agent;
mod cli;
mod logging;
mod window;

use clap::Parser;

fn main() -> std::process::ExitCode {
    // Read the unattended-start token once and drop it from the environment at once, so
    // no process the agent starts inherits it.
    let token = std::env::var("HEADSET_ACCESS_TOKEN")
        .ok()
        .filter(|t| !t.is_empty());
    std::env::remove_var("HEADSET_ACCESS_TOKEN");

    let args = cli::Args::parse();
    // The computer's language until a profile names one.
    headset_model::texts::set_locale(None);
    let paths = headset_ipc::paths::Paths::from_env();
    let result = match args.command {
        None => agent::run(paths, args.server, token),
        Some(cli::Command::Settings) => window::run(paths),
        Some(cli::Command::Status) => cli::status(paths),
        Some(cli::Command::Diagnose) => cli::diagnose(paths),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("headset: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
