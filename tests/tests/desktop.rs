//! The real settings window under Xvfb, driven through tauri-driver and WebKitWebDriver.

mod support;

use std::time::Duration;

use anyhow::Result;
use headset_core::ipc::Request;
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
