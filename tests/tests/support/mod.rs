//! The real parts the end-to-end tests run: headset-server, the agent, tauri-driver.
//! `cargo xtask test` builds the binaries and provides Xvfb, the session bus, the
//! keyring and the notification daemon.

#![allow(dead_code)] // Each test file uses a different part of this harness.

pub mod desk;
pub mod webdriver;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use headset_ipc::{AgentState, IpcClient, Request, Response};

pub const PASSWORD: &str = "a long demo passphrase";

pub fn target_bin(name: &str) -> PathBuf {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let bin = dir.join("debug").join(name);
    assert!(
        bin.exists(),
        "{} is not built: run `cargo xtask test`",
        bin.display()
    );
    bin
}

/// A fresh directory for a server's database, an agent's data dir or a desk. Under
/// `cargo xtask test` (`HEADSET_KEEP_TEST_DIRS`) it outlives the test, so that after the
/// run the task can scan every file the tests left for the secrets they used.
pub fn scratch() -> Result<tempfile::TempDir> {
    let keep = std::env::var_os("HEADSET_KEEP_TEST_DIRS").is_some();
    Ok(tempfile::Builder::new()
        .prefix("headset-")
        .disable_cleanup(keep)
        .tempdir()?)
}

/// Notes a secret the tests used (`HEADSET_TEST_SECRETS`, under `cargo xtask test`), for
/// the scan after the run.
fn used_secret(secret: &str) {
    if let Some(list) = std::env::var_os("HEADSET_TEST_SECRETS") {
        let line = format!("{secret}\n");
        let appended = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(list)
            .and_then(|mut f| f.write_all(line.as_bytes()));
        appended.expect("the list of secrets to scan for");
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A child process killed when dropped.
pub struct Proc(pub Child);

impl Drop for Proc {
    fn drop(&mut self) {
        unsafe { libc::kill(self.0.id() as i32, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub async fn wait_for(what: &str, within: Duration, mut check: impl FnMut() -> bool) -> Result<()> {
    let deadline = Instant::now() + within;
    while !check() {
        if Instant::now() > deadline {
            bail!("timed out waiting for {what}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

pub struct Server {
    pub url: String,
    pub database: String,
    pub proc: Option<Proc>,
    pub dir: tempfile::TempDir,
}

#[derive(Clone)]
pub struct User {
    pub email: String,
    pub token: String,
    pub account_id: i64,
}

impl Server {
    pub async fn start() -> Result<Self> {
        Self::start_in(scratch()?).await
    }

    /// Starts with its database in `dir` (one on a filesystem of the test's choosing).
    pub async fn start_in(dir: tempfile::TempDir) -> Result<Self> {
        let database = format!("sqlite://{}", dir.path().join("server.db").display());
        let port = free_port();
        let mut server = Server {
            url: format!("http://127.0.0.1:{port}"),
            database,
            proc: None,
            dir,
        };
        server.run().await?;
        Ok(server)
    }

    /// Starts (again) on the same address and database.
    pub async fn run(&mut self) -> Result<()> {
        let addr = self.url.trim_start_matches("http://").to_owned();
        let child = Command::new(target_bin("headset-server"))
            .args(["serve", "--listen", &addr, "--database", &self.database])
            .stderr(Stdio::null())
            .spawn()?;
        self.proc = Some(Proc(child));
        wait_for("the server", Duration::from_secs(20), || {
            std::net::TcpStream::connect(&addr).is_ok()
        })
        .await
    }

    pub fn add_user(&self, email: &str, name: &str) -> Result<User> {
        self.add_member(email, name, "agent")
    }

    pub fn add_admin(&self, email: &str) -> Result<User> {
        self.add_member(email, "Avery Admin", "administrator")
    }

    /// Adds an existing user to another account as an agent; gives the account's id.
    pub fn join(&self, email: &str, account: &str) -> Result<i64> {
        self.join_as(email, account, "agent")
    }

    /// Adds an existing user to another account with `role`; gives the account's id.
    pub fn join_as(&self, email: &str, account: &str, role: &str) -> Result<i64> {
        let out = Command::new(target_bin("headset-server"))
            .args([
                "user",
                "join",
                "--database",
                &self.database,
                "--email",
                email,
            ])
            .args(["--role", role, "--account", account])
            .output()?;
        let v: serde_json::Value =
            serde_json::from_slice(&out.stdout).context("user join output")?;
        v["account_id"].as_i64().context("account id")
    }

    fn add_member(&self, email: &str, name: &str, role: &str) -> Result<User> {
        let mut child = Command::new(target_bin("headset-server"))
            .args([
                "user",
                "add",
                "--database",
                &self.database,
                "--email",
                email,
                "--name",
                name,
            ])
            .args(["--role", role, "--account", "Acme Support"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()?;
        child.stdin.take().unwrap().write_all(PASSWORD.as_bytes())?;
        let out = child.wait_with_output()?;
        let v: serde_json::Value =
            serde_json::from_slice(&out.stdout).context("user add output")?;
        let token = v["access_token"].as_str().context("token")?.to_owned();
        used_secret(PASSWORD);
        used_secret(&token);
        Ok(User {
            email: email.to_owned(),
            token,
            account_id: v["account_id"].as_i64().context("account")?,
        })
    }

    /// A browser (Firefox) signs in as `user` elsewhere: a session of its own.
    pub async fn sign_in_browser(&self, user: &User) -> Result<Browser> {
        let signed_in = reqwest::Client::new()
            .post(format!("{}/auth/sign_in", self.url))
            .header(
                "user-agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Firefox/133.0",
            )
            .json(&serde_json::json!({"email": user.email, "password": PASSWORD}))
            .send()
            .await?
            .error_for_status()?;
        let header =
            |n: &str| -> Result<String> { Ok(signed_in.headers()[n].to_str()?.to_owned()) };
        let browser = Browser {
            url: self.url.clone(),
            email: user.email.clone(),
            token: header("access-token")?,
            client: header("client")?,
        };
        used_secret(&browser.token);
        Ok(browser)
    }

    /// What the server says the user's status is (`GET /api/v1/profile`).
    pub async fn availability_of(&self, user: &User) -> Result<String> {
        let profile = api_get(&self.url, &user.token, "/api/v1/profile").await?;
        let account = profile["accounts"]
            .as_array()
            .and_then(|a| a.iter().find(|a| a["id"].as_i64() == Some(user.account_id)))
            .context("no account in profile")?;
        Ok(account["availability"]
            .as_str()
            .unwrap_or_default()
            .to_owned())
    }

    pub fn stop(&mut self) {
        self.proc.take();
    }
}

/// `GET path` on the server at `base` with a user's API token: the JSON it answers.
pub async fn api_get(base: &str, token: &str, path: &str) -> Result<serde_json::Value> {
    Ok(reqwest::Client::new()
        .get(format!("{base}{path}"))
        .header("api_access_token", token)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?)
}

/// The agent's recent alert decisions, newest first ("Why was I (not) notified?").
pub async fn decisions(agent: &Agent) -> Result<Vec<headset_ipc::DecisionRecord>> {
    match agent.ipc().await?.request(Request::GetDecisions).await? {
        Response::Decisions { items } => Ok(items),
        other => bail!("unexpected {other:?}"),
    }
}

/// An inbox an agent works and a customer of it, in one account.
#[derive(Clone)]
pub struct Queue {
    url: String,
    pub account: i64,
    pub inbox: i64,
    pub contact: i64,
}

impl Server {
    /// An inbox `agent` works, named `inbox`, and a customer, `customer`, in `account`
    /// (straight in the database: no realtime events).
    pub async fn queue(
        &self,
        account: i64,
        agent: i64,
        inbox: &str,
        customer: &str,
    ) -> Result<Queue> {
        let store = headset_server::Store::open(&self.database).await?;
        let inbox = store.create_inbox(account, inbox).await?;
        store.add_inbox_member(inbox, agent).await?;
        let contact = store.create_contact(account, customer, None).await?;
        Ok(Queue {
            url: self.url.clone(),
            account,
            inbox,
            contact,
        })
    }
}

impl Queue {
    /// `admin` assigns a new conversation with the customer to `agent`, through the API
    /// (so it is broadcast and notified): its display id.
    pub async fn assign_new(&self, admin: &User, agent: i64) -> Result<i64> {
        let conversation: serde_json::Value = reqwest::Client::new()
            .post(format!(
                "{}/api/v1/accounts/{}/conversations",
                self.url, self.account
            ))
            .header("api_access_token", &admin.token)
            .json(
                &serde_json::json!({"inbox_id": self.inbox, "contact_id": self.contact,
                                      "assignee_id": agent}),
            )
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        conversation["id"].as_i64().context("a conversation")
    }
}

/// A browser's session (devise_token_auth headers).
pub struct Browser {
    url: String,
    email: String,
    token: String,
    client: String,
}

impl Browser {
    /// The status of the browser's `GET /api/v1/profile`: 200 while it is signed in.
    pub async fn profile_status(&self) -> Result<u16> {
        let resp = reqwest::Client::new()
            .get(format!("{}/api/v1/profile", self.url))
            .header("access-token", &self.token)
            .header("client", &self.client)
            .header("uid", &self.email)
            .send()
            .await?;
        Ok(resp.status().as_u16())
    }
}

/// A running agent with its own data dir.
pub struct Agent {
    pub data: tempfile::TempDir,
    pub proc: Proc,
}

impl Agent {
    pub async fn start(server: Option<(&Server, &User)>) -> Result<Self> {
        Self::start_with(server, &[]).await
    }

    /// Starts with extra environment (HOME for ALSA's config, PATH for a browser).
    pub async fn start_with(
        server: Option<(&Server, &User)>,
        env: &[(&str, String)],
    ) -> Result<Self> {
        Self::start_in(scratch()?, server, env).await
    }

    /// Starts on the data dir `data` (one on a filesystem of the test's choosing).
    pub async fn start_in(
        data: tempfile::TempDir,
        server: Option<(&Server, &User)>,
        env: &[(&str, String)],
    ) -> Result<Self> {
        let mut cmd = Command::new(target_bin("headset"));
        cmd.env("HEADSET_DATA_DIR", data.path())
            .stderr(Stdio::null());
        for (key, value) in env {
            cmd.env(key, value);
        }
        if let Some((server, user)) = server {
            cmd.args(["--server", &server.url])
                .env("HEADSET_ACCESS_TOKEN", &user.token);
        }
        let proc = Proc(cmd.spawn()?);
        let agent = Agent { data, proc };
        let socket = agent.socket();
        wait_for("the agent's socket", Duration::from_secs(30), || {
            socket.exists()
        })
        .await?;
        Ok(agent)
    }

    /// Kills the agent outright (SIGKILL: no clean-up runs) and starts it again on the
    /// same data dir, as the login session would; returns once it answers on IPC.
    pub async fn kill_and_restart(&mut self) -> Result<()> {
        self.proc.0.kill()?;
        self.proc.0.wait()?;
        let child = Command::new(target_bin("headset"))
            .env("HEADSET_DATA_DIR", self.data.path())
            .stderr(Stdio::null())
            .spawn()?;
        self.proc = Proc(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.state().await.is_err() {
            if Instant::now() > deadline {
                bail!("the restarted agent does not answer");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(())
    }

    pub fn socket(&self) -> PathBuf {
        self.data.path().join("agent.sock")
    }

    pub async fn ipc(&self) -> Result<IpcClient> {
        Ok(IpcClient::connect(&self.socket()).await?.0)
    }

    pub async fn state(&self) -> Result<AgentState> {
        match self.ipc().await?.request(Request::GetState).await? {
            Response::State { state } => Ok(state),
            other => bail!("unexpected {other:?}"),
        }
    }

    /// Waits until the agent has finished restoring or establishing its session.
    pub async fn signed_in(&self) -> Result<AgentState> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let state = self.state().await;
            if let Ok(
                state @ AgentState {
                    profile: Some(_), ..
                },
            ) = state
            {
                return Ok(state);
            }
            if Instant::now() > deadline {
                bail!("the agent did not sign in: {state:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// tauri-driver on free ports, with the app's data dir in its environment.
pub struct Driver {
    pub port: u16,
    _proc: Proc,
}

impl Driver {
    pub async fn start(data_dir: &Path) -> Result<Self> {
        let driver = std::env::var_os("TAURI_DRIVER")
            .map(PathBuf::from)
            .context("TAURI_DRIVER is not set: run the desktop tests with `cargo xtask test`")?;
        let (port, native) = (free_port(), free_port());
        let child = Command::new(driver)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .env("HEADSET_DATA_DIR", data_dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let proc = Proc(child);
        let addr = format!("127.0.0.1:{port}");
        wait_for("tauri-driver", Duration::from_secs(20), || {
            std::net::TcpStream::connect(&addr).is_ok()
        })
        .await?;
        Ok(Driver { port, _proc: proc })
    }
}

/// Pids of running processes whose environment holds `HEADSET_DATA_DIR=<dir>` and
/// whose command line contains `needle`.
pub fn processes_of(data_dir: &Path, needle: &str) -> Vec<u32> {
    let marker = format!("HEADSET_DATA_DIR={}", data_dir.display());
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return vec![];
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let has = |hay: &[u8], s: &str| hay.split(|b| *b == 0).any(|part| part == s.as_bytes());
            let contains = |hay: &[u8], s: &str| hay.windows(s.len()).any(|w| w == s.as_bytes());
            has(&environ, &marker) && contains(&cmdline, needle)
        })
        .collect()
}

/// Every file under `dir` that contains `secret`.
pub fn files_containing(dir: &Path, secret: &str) -> Vec<PathBuf> {
    let mut found = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(bytes) = std::fs::read(&path) {
                if bytes.windows(secret.len()).any(|w| w == secret.as_bytes()) {
                    found.push(path);
                }
            }
        }
    }
    found
}

/// What `secret-tool search` finds in the real Secret Service for this user.
pub fn keyring_secret(email: &str) -> Option<String> {
    let out = Command::new("secret-tool")
        .args(["search", "--all", "service", "Headset"])
        .output()
        .ok()?;
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let mut current_label = false;
    for line in text.lines() {
        if let Some(label) = line.strip_prefix("label = ") {
            current_label = label.starts_with(&format!("{email} @ "));
        } else if let Some(secret) = line.strip_prefix("secret = ") {
            if current_label {
                return Some(secret.to_owned());
            }
        }
    }
    None
}

pub fn artifacts_dir() -> PathBuf {
    std::env::var_os("HEADSET_ARTIFACTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../artifacts"))
}
