//! The real settings window under Xvfb, driven through tauri-driver and WebKitWebDriver.

mod support;

use std::time::Duration;

use anyhow::Result;
use headset_ipc::Request;
use support::webdriver::WebDriver;
use support::*;

const WAIT: Duration = Duration::from_secs(20);

#[tokio::test]
async fn sign_in_through_the_window_switch_status_and_close() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(None).await?;
    let driver = Driver::start(agent.data.path()).await?;
    let bin = target_bin("headset");
    let ui = WebDriver::launch(driver.port, bin.to_str().unwrap(), &["settings"]).await?;

    ui.wait_for("[data-testid=signin-form]", WAIT).await?;
    ui.type_into("[data-testid=server]", &server.url).await?;
    ui.type_into("[data-testid=email]", &user.email).await?;
    ui.type_into("[data-testid=password]", "not the password")
        .await?;
    ui.click("[data-testid=sign-in]").await?;
    ui.wait_for("[data-testid=error]", WAIT).await?;
    let error = ui.text("[data-testid=error]").await?;
    assert!(error.contains("Invalid login credentials"), "{error}");

    ui.type_into("[data-testid=password]", PASSWORD).await?;
    ui.click("[data-testid=sign-in]").await?;
    ui.wait_for("[data-testid=profile]", WAIT).await?;
    assert_eq!(ui.text("[data-testid=profile-name]").await?, "Ada Lovelace");
    assert!(ui.is_selected("[data-testid=status-online]").await?);

    ui.click("[data-testid=status-busy]").await?;
    ui.wait_until("the server reports busy", WAIT, || async {
        Ok(server.availability_of(&user).await? == "busy")
    })
    .await?;
    ui.wait_until("the window shows busy", WAIT, || async {
        ui.is_selected("[data-testid=status-busy]").await
    })
    .await?;
    let shot = ui.screenshot().await?;
    std::fs::create_dir_all(artifacts_dir())?;
    std::fs::write(artifacts_dir().join("signed-in.png"), &shot)?;
    assert!(shot.starts_with(b"\x89PNG"));

    // The session is in the real keyring, and no trace of it or the password is on disk.
    let secret = keyring_secret(&user.email).expect("credential in the Secret Service");
    let token = secret
        .split("\"access_token\":\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a session credential");
    for needle in [token, PASSWORD] {
        let found = files_containing(agent.data.path(), needle);
        assert!(found.is_empty(), "secret found in {found:?}");
    }

    // Closing the window ends its process (and WebKit's); the agent keeps running.
    let window_processes = || {
        ["settings", "WebKitWebProcess", "WebKitNetworkProcess"]
            .map(|needle| processes_of(agent.data.path(), needle).len())
    };
    assert_eq!(window_processes(), [1, 1, 1]);
    ui.close_window().await?;
    wait_for("the window's processes to end", WAIT, || {
        window_processes() == [0, 0, 0]
    })
    .await?;
    ui.quit().await;
    let state = agent.state().await?;
    assert_eq!(state.profile.unwrap().availability.as_str(), "busy");
    // The window's claim ended with it: a new window may open.
    agent.ipc().await?.request(Request::ClaimWindow).await?;
    Ok(())
}

#[tokio::test]
async fn two_factor_sign_in_through_the_window() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("grace@example.com", "Grace Hopper")?;
    let secret = enable_two_factor(&server, &user).await?;
    let agent = Agent::start(None).await?;
    let driver = Driver::start(agent.data.path()).await?;
    let bin = target_bin("headset");
    let ui = WebDriver::launch(driver.port, bin.to_str().unwrap(), &["settings"]).await?;

    ui.type_into("[data-testid=server]", &server.url).await?;
    ui.type_into("[data-testid=email]", &user.email).await?;
    ui.type_into("[data-testid=password]", PASSWORD).await?;
    ui.click("[data-testid=sign-in]").await?;
    ui.wait_for("[data-testid=mfa-code]", WAIT).await?;
    assert!(
        agent.state().await?.profile.is_none(),
        "no session before the code"
    );

    // The step used to enable two-factor is spent; the next one is accepted.
    let step = headset_server::totp::step_at(chrono::Utc::now().timestamp() as u64) + 1;
    ui.type_into(
        "[data-testid=mfa-code]",
        &headset_server::totp::code(&secret, step),
    )
    .await?;
    ui.click("[data-testid=sign-in]").await?;
    ui.wait_for("[data-testid=profile]", WAIT).await?;
    assert_eq!(ui.text("[data-testid=profile-name]").await?, "Grace Hopper");
    assert!(keyring_secret(&user.email).is_some());
    ui.quit().await;
    Ok(())
}

/// Turns two-factor on for `user` over the API and returns the TOTP seed.
async fn enable_two_factor(server: &Server, user: &User) -> Result<Vec<u8>> {
    let http = reqwest::Client::new();
    let begin: serde_json::Value = http
        .post(format!("{}/api/v1/profile/mfa", server.url))
        .header("api_access_token", &user.token)
        .send()
        .await?
        .json()
        .await?;
    let secret =
        data_encoding::BASE32_NOPAD.decode(begin["secret"].as_str().unwrap().as_bytes())?;
    let step = headset_server::totp::step_at(chrono::Utc::now().timestamp() as u64);
    let verified = http
        .post(format!("{}/api/v1/profile/mfa/verify", server.url))
        .header("api_access_token", &user.token)
        .json(&serde_json::json!({"otp_code": headset_server::totp::code(&secret, step)}))
        .send()
        .await?;
    anyhow::ensure!(verified.status().is_success(), "{}", verified.status());
    Ok(secret)
}

#[tokio::test]
async fn the_window_reopens_at_the_size_it_was_left() -> Result<()> {
    let agent = Agent::start(None).await?;
    let driver = Driver::start(agent.data.path()).await?;
    let bin = target_bin("headset");
    let ui = WebDriver::launch(driver.port, bin.to_str().unwrap(), &["settings"]).await?;
    ui.wait_for("[data-testid=signin-form]", WAIT).await?;
    ui.set_window_size(1000, 720).await?;
    ui.wait_until("the window resized", WAIT, || async {
        Ok(ui.window_size().await? == (1000, 720))
    })
    .await?;
    ui.close_window().await?;
    wait_for("the window's process to end", WAIT, || {
        processes_of(agent.data.path(), "settings").is_empty()
    })
    .await?;
    ui.quit().await;

    let again = WebDriver::launch(driver.port, bin.to_str().unwrap(), &["settings"]).await?;
    again.wait_for("[data-testid=signin-form]", WAIT).await?;
    assert_eq!(again.window_size().await?, (1000, 720));
    again.quit().await;
    Ok(())
}
