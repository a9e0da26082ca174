//! `cargo xtask demo`: headset-server with demo users, and the app signed in as an agent.
//! Everything lives under `$XDG_DATA_HOME/headset-demo`; Ctrl-C stops all of it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::process::{self, cargo, Children};
use crate::{root, setup, Result};

const AGENT: &str = "agent@headset.demo";

pub fn run() -> Result {
    // Without a session bus there is no keyring and no notifications: make a private one.
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return process::run(
            Command::new("dbus-run-session")
                .arg("--")
                .arg(std::env::current_exe().map_err(|e| e.to_string())?)
                .arg("demo")
                .env("HEADSET_DEMO_PRIVATE_BUS", "1"),
        );
    }
    process::catch_interrupts();
    setup::run()?;
    setup::build_ui()?;
    process::run(cargo().args(["build", "-p", "headset", "-p", "headset-server"]))?;
    let bin = |name: &str| root().join("target/debug").join(name);

    let dir = data_home().join("headset-demo");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut children = Children::default();
    if std::env::var_os("HEADSET_DEMO_PRIVATE_BUS").is_some() {
        unlock_keyring(&dir)?;
    }
    if std::env::var_os("DISPLAY").is_none() {
        let display = children.xvfb()?;
        std::env::set_var("DISPLAY", format!(":{display}"));
        eprintln!("xtask: no display; the app runs on Xvfb :{display} (see it with `DISPLAY=:{display} import -window root shot.png`)");
    }

    let database = format!("sqlite://{}", dir.join("server.db").display());
    let port = if std::net::TcpListener::bind("127.0.0.1:3000").is_ok() {
        3000
    } else {
        process::free_port()?
    };
    let url = format!("http://127.0.0.1:{port}");
    // The users first: the demo fills in their account (inboxes, customers, segments)
    // as it starts, then a customer writes in every 20 seconds.
    create_demo_users(&bin("headset-server"), &database)?;
    children.spawn(
        "headset-server",
        Command::new(bin("headset-server")).args([
            "demo",
            "--traffic",
            "0.05",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--database",
            &database,
        ]),
    )?;
    process::wait_for_port(&format!("127.0.0.1:{port}"), Duration::from_secs(20))?;
    let token = access_token(&bin("headset-server"), &database, AGENT)?;

    let app_dir = dir.join("app");
    children.spawn(
        "headset agent",
        Command::new(bin("headset"))
            .args(["--server", &url])
            .env("HEADSET_DATA_DIR", &app_dir)
            .env("HEADSET_ACCESS_TOKEN", token),
    )?;
    wait_for_socket(&app_dir.join("agent.sock"))?;
    children.spawn(
        "headset settings",
        Command::new(bin("headset"))
            .arg("settings")
            .env("HEADSET_DATA_DIR", &app_dir),
    )?;
    eprintln!("\nHeadset is running against {url}. Press Ctrl-C to stop everything.\n");

    while !process::interrupted() {
        std::thread::sleep(Duration::from_millis(200));
        match children.exited().as_deref() {
            Some("headset settings") => {
                eprintln!("The settings window closed; the agent keeps running in the tray.");
            }
            None => {}
            Some(other) => return Err(format!("{other} stopped unexpectedly")),
        }
    }
    eprintln!("\nxtask: stopping the demo");
    Ok(())
}

fn data_home() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".local/share")
        })
}

/// A keyring for the private bus, kept beside the demo's data.
pub fn unlock_keyring(dir: &Path) -> Result {
    let mut daemon = Command::new("gnome-keyring-daemon")
        .args(["--unlock", "--components=secrets"])
        .env("XDG_DATA_HOME", dir.join("keyring"))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start gnome-keyring-daemon: {e}"))?;
    let _ = daemon
        .stdin
        .take()
        .expect("piped")
        .write_all(b"headset-demo");
    daemon.wait().map_err(|e| e.to_string())?;
    Ok(())
}

/// On first run: one administrator and two agents, with fresh random passwords.
fn create_demo_users(server: &Path, database: &str) -> Result {
    if access_token(server, database, AGENT).is_ok() {
        return Ok(());
    }
    let users = [
        ("admin@headset.demo", "Avery Admin", "administrator"),
        (AGENT, "Sam Agent", "agent"),
        ("agent2@headset.demo", "Robin Agent", "agent"),
    ];
    eprintln!("\nDemo accounts (account \"Headset Demo\"); the passwords are shown only now:");
    for (email, name, role) in users {
        let password = random_password()?;
        add_user(
            server,
            database,
            (email, name, role),
            "Headset Demo",
            &password,
        )?;
        eprintln!("  {role:<13} {email:<22} password: {password}");
    }
    eprintln!();
    Ok(())
}

/// Adds a member to `account` (made if new) through the server's CLI.
pub fn add_user(
    server: &Path,
    database: &str,
    (email, name, role): (&str, &str, &str),
    account: &str,
    password: &str,
) -> Result {
    let mut child = Command::new(server)
        .args(["user", "add", "--database", database, "--email", email])
        .args(["--name", name, "--role", role, "--account", account])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let _ = child
        .stdin
        .take()
        .expect("piped")
        .write_all(password.as_bytes());
    if !child.wait().map_err(|e| e.to_string())?.success() {
        return Err(format!("could not create {email}"));
    }
    Ok(())
}

/// The API access token of `email`, from the server's own CLI.
pub fn access_token(server: &Path, database: &str, email: &str) -> Result<String> {
    let out = process::output(Command::new(server).args([
        "user",
        "token",
        "--database",
        database,
        "--email",
        email,
    ]))?;
    out.split("\"access_token\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
        .ok_or_else(|| format!("unexpected answer from headset-server user token: {out}"))
}

pub fn random_password() -> Result<String> {
    let mut bytes = [0u8; 12];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .map_err(|e| e.to_string())?;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    Ok(bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect())
}

pub fn wait_for_socket(path: &Path) -> Result {
    for _ in 0..100 {
        if path.exists() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(format!("the agent did not open {}", path.display()))
}
