//! The `headset-server` command line, as an operator and `cargo xtask demo` use it.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

fn headset_server() -> Command {
    Command::new(env!("CARGO_BIN_EXE_headset-server"))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits (up to 5 s) until something listens on `port`.
fn wait_listening(port: u16) {
    let up = (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
    assert!(up, "nothing listens on port {port}");
}

fn user_add(db: &str, email: &str, password: &str) -> std::process::Output {
    let mut child = headset_server()
        .args([
            "user",
            "add",
            "--database",
            db,
            "--email",
            email,
            "--name",
            "Ada",
        ])
        .args(["--role", "agent", "--account", "Acme"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(password.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn user_add_prints_one_json_line_and_refuses_a_duplicate_email() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("s.db").display());

    let out = user_add(&db, "ada@example.com", "long enough pw\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1);
    let created: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(created["email"], "ada@example.com");
    assert!(created["id"].is_i64() && created["account_id"].is_i64());
    assert!(created["access_token"].as_str().unwrap().len() >= 40);

    let dup = user_add(&db, "ADA@example.com", "long enough pw\n");
    assert_eq!(dup.status.code(), Some(2));
    let err = String::from_utf8_lossy(&dup.stderr);
    assert!(err.contains("already exists"), "{err}");

    let short = user_add(&db, "bob@example.com", "short\n");
    assert_eq!(short.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&short.stderr).contains("8 to 128 characters"));

    let token = headset_server()
        .args([
            "user",
            "token",
            "--database",
            &db,
            "--email",
            "ada@example.com",
        ])
        .output()
        .unwrap();
    let token: serde_json::Value = serde_json::from_slice(&token.stdout).unwrap();
    assert_eq!(token["access_token"], created["access_token"]);
}

#[test]
fn serve_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("s.db").display());
    let port = free_port();
    let mut child = headset_server()
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--database",
            &db,
        ])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let addr = format!("127.0.0.1:{port}");
    wait_listening(port);
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(std::net::TcpStream::connect(&addr).is_err());
}

#[tokio::test]
async fn demo_fills_in_the_account_and_customers_write_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("s.db").display());
    let out = user_add(&db, "ada@example.com", "long enough pw\n");
    assert!(out.status.success());
    let created: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (token, account) = (
        created["access_token"].as_str().unwrap().to_owned(),
        created["account_id"].as_i64().unwrap(),
    );
    let port = free_port();
    let mut child = headset_server()
        .args([
            "demo",
            "--traffic",
            "20",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--database",
            &db,
        ])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}/api/v1/accounts/{account}");
    let get = |path: &str| {
        let url = format!("{base}{path}");
        let token = token.clone();
        async move {
            let resp = reqwest::Client::new()
                .get(url)
                .header("api_access_token", token)
                .send()
                .await;
            match resp {
                Ok(r) if r.status().is_success() => r.json::<serde_json::Value>().await.ok(),
                _ => None,
            }
        }
    };
    // Within a few seconds at 20 events a second, conversations come in. (Ada is not
    // connected, so auto-assignment leaves them unassigned.)
    let mut busy = false;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let meta = get("/conversations/meta").await;
        if meta.is_some_and(|m| m["meta"]["unassigned_count"].as_i64().unwrap_or(0) >= 2) {
            busy = true;
            break;
        }
    }
    assert!(busy, "no conversations came in");
    let inboxes = get("/inboxes").await.unwrap();
    assert_eq!(
        inboxes["payload"].as_array().map(Vec::len),
        Some(2),
        "{inboxes}"
    );
    let segments = get("/custom_filters?filter_type=contact").await.unwrap();
    assert_eq!(segments[0]["name"], "VIP customers");
    let first = get("/conversations/1").await.unwrap();
    assert!(
        first["meta"]["sender"]["name"]
            .as_str()
            .is_some_and(|n| !n.is_empty()),
        "{first}"
    );

    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert!(child.wait().unwrap().success());
}

#[tokio::test]
async fn the_log_at_its_most_verbose_holds_no_password_or_token() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("s.db").display());
    let out = user_add(&db, "ada@example.com", "a secret passphrase");
    assert!(out.status.success());
    let created: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let api_token = created["access_token"].as_str().unwrap().to_owned();
    let port = free_port();
    let log = dir.path().join("server.log");
    let mut child = headset_server()
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .args(["--database", &db])
        .env("RUST_LOG", "trace")
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    wait_listening(port);

    let http = reqwest::Client::new();
    let sign_in = |password: &'static str| {
        http.post(format!("{base}/auth/sign_in"))
            .json(&serde_json::json!({"email": "ada@example.com", "password": password}))
            .send()
    };
    assert_eq!(sign_in("a wrong guess").await.unwrap().status(), 401);
    let signed_in = sign_in("a secret passphrase").await.unwrap();
    assert_eq!(signed_in.status(), 200);
    let header = |name: &str| signed_in.headers()[name].to_str().unwrap().to_owned();
    let (session_token, client) = (header("access-token"), header("client"));
    let profile = http
        .get(format!("{base}/api/v1/profile"))
        .header("access-token", &session_token)
        .header("client", &client)
        .header("uid", "ada@example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(profile.status(), 200);
    let with_token = http
        .get(format!("{base}/api/v1/profile"))
        .header("api_access_token", &api_token)
        .send()
        .await
        .unwrap();
    assert_eq!(with_token.status(), 200);
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    child.wait().unwrap();

    let text = std::fs::read_to_string(&log).unwrap();
    assert!(
        text.contains("/api/v1/profile"),
        "requests are logged: {text}"
    );
    for secret in [
        "a secret passphrase",
        "a wrong guess",
        &session_token,
        &client,
        &api_token,
    ] {
        assert!(!text.contains(secret), "the log holds a secret");
    }
}

/// Debian's aiosmtpd (python3-aiosmtpd): a real SMTP server that files what it receives
/// into a Maildir.
fn smtp_relay(port: u16, maildir: &std::path::Path) -> std::process::Child {
    Command::new("/usr/bin/python3")
        .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(maildir)
        .stderr(Stdio::null())
        .spawn()
        .expect("aiosmtpd (apt-get install python3-aiosmtpd; cargo xtask setup does)")
}

#[tokio::test]
async fn mail_goes_through_the_smtp_relay_even_when_it_answers_late() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("s.db").display());
    assert!(user_add(&db, "ada@example.com", "long enough pw")
        .status
        .success());
    let (port, smtp_port) = (free_port(), free_port());
    let mut server = headset_server()
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .args(["--database", &db, "--public-url", "https://desk.example"])
        .env(
            "HEADSET_SERVER_SMTP",
            format!("smtp://127.0.0.1:{smtp_port}"),
        )
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_listening(port);

    // The relay is not up yet: the answer does not wait for it, and the mail is kept.
    let asked = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{port}/auth/password"))
        .json(&serde_json::json!({"email": "ada@example.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 200);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let maildir = dir.path().join("maildir");
    let mut relay = smtp_relay(smtp_port, &maildir);

    let mut received = Vec::new();
    for _ in 0..200 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        received = std::fs::read_dir(maildir.join("new"))
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        if !received.is_empty() {
            break;
        }
    }
    relay.kill().unwrap();
    relay.wait().unwrap();
    unsafe { libc::kill(server.id() as i32, libc::SIGTERM) };
    server.wait().unwrap();
    assert_eq!(received.len(), 1, "one mail reached the relay");
    let mail = common::readable(&std::fs::read_to_string(&received[0]).unwrap());
    assert!(mail.contains("To: ada@example.com\n"), "{mail}");
    assert!(
        mail.contains("From: Headset <no-reply@headset.local>\n"),
        "{mail}"
    );
    assert!(
        mail.contains("Subject: Reset your Headset password\n"),
        "{mail}"
    );
    assert!(
        mail.contains("https://desk.example/app/auth/password/edit?reset_password_token="),
        "{mail}"
    );
}
