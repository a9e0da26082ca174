//! The real settings window, section by section: edits made in the window reach the
//! server through the agent, and each section is photographed for review
//! (`artifacts/settings-<section>.png`).

mod support;

use std::time::Duration;

use anyhow::Result;
use serde_json::Value;
use support::webdriver::WebDriver;
use support::*;

const WAIT: Duration = Duration::from_secs(20);

async fn profile(server: &Server, user: &User) -> Result<Value> {
    api_get(&server.url, &user.token, "/api/v1/profile").await
}

/// The account's email notification flags as the server holds them.
async fn email_flags(server: &Server, user: &User) -> Result<Vec<String>> {
    let path = format!("/api/v1/accounts/{}/notification_settings", user.account_id);
    let settings = api_get(&server.url, &user.token, &path).await?;
    Ok(serde_json::from_value(
        settings["selected_email_flags"].clone(),
    )?)
}

/// Waits for a section's own line to say the save went through, in Chatwoot's words.
async fn saved(ui: &WebDriver, section: &str) -> Result<()> {
    let status = format!("[data-testid=status-{section}]");
    let said = ui
        .wait_until("the section says it saved", WAIT, || async {
            Ok(ui.text(&status).await? == SAVED)
        })
        .await;
    if let Err(e) = said {
        let text = ui.text(&status).await.unwrap_or_default();
        photograph(ui, &format!("unsaved-{section}")).await?;
        anyhow::bail!("{e}; the {section} section says {text:?}");
    }
    Ok(())
}

const SAVED: &str = "Your profile has been updated successfully";

async fn photograph(ui: &WebDriver, name: &str) -> Result<()> {
    // Let the section settle (fonts, the account read) before the picture.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let shot = ui.screenshot().await?;
    std::fs::create_dir_all(artifacts_dir())?;
    std::fs::write(artifacts_dir().join(format!("settings-{name}.png")), &shot)?;
    Ok(())
}

/// axe-core (the UI's npm package) run on the page as it stands: the serious and
/// critical violations, each as "rule: where".
async fn accessibility_problems(ui: &WebDriver) -> Result<Vec<String>> {
    let axe = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../ui/node_modules/axe-core/axe.min.js"),
    )?;
    let script = format!(
        "{axe}\n;const done = arguments[arguments.length - 1];\n\
         axe.run(document, {{resultTypes: ['violations']}}).then(r => done(r.violations\n\
           .filter(v => v.impact === 'serious' || v.impact === 'critical')\n\
           .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));"
    );
    let found = ui.execute_async(&script).await?;
    Ok(serde_json::from_value(found)?)
}

/// `settings-<section>-<language>.png` for every section, for review, each checked with
/// axe-core first.
async fn photograph_every_section(ui: &WebDriver, language: &str) -> Result<()> {
    let mut problems = Vec::new();
    for section in [
        "general",
        "profile",
        "social",
        "region",
        "notifications",
        "availability",
        "segments",
        "channels",
        "team",
        "security",
        "network",
        "diagnostics",
    ] {
        ui.click(&format!("[data-testid=nav-{section}]")).await?;
        photograph(ui, &format!("{section}-{language}")).await?;
        for problem in accessibility_problems(ui).await? {
            problems.push(format!("{section} ({language}): {problem}"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    Ok(())
}

#[tokio::test]
async fn each_section_saves_through_the_agent() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    server.add_admin("boss@example.com")?;
    let store = headset_server::Store::open(&server.database).await?;
    store.create_inbox(user.account_id, "Website").await?;
    store.create_inbox(user.account_id, "Email").await?;
    for (name, kind) in [("VIP customers", "contact"), ("Enterprise", "company")] {
        reqwest::Client::new()
            .post(format!(
                "{}/api/v1/accounts/{}/custom_filters",
                server.url, user.account_id
            ))
            .header("api_access_token", &user.token)
            .json(&serde_json::json!({"custom_filter": {"name": name, "filter_type": kind}}))
            .send()
            .await?
            .error_for_status()?;
    }
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    let driver = Driver::start(agent.data.path()).await?;
    let bin = target_bin("headset");
    let ui = WebDriver::launch(driver.port, bin.to_str().unwrap(), &["settings"]).await?;
    ui.set_window_size(1100, 760).await?;
    ui.wait_for("[data-testid=profile]", WAIT).await?;

    // Profile: a title typed in the window is stored in ui_settings.headset.
    ui.click("[data-testid=nav-profile]").await?;
    ui.type_into("[data-testid=field-title]", "Support lead")
        .await?;
    ui.click("[data-testid=save-profile]").await?;
    ui.wait_until("the server has the title", WAIT, || async {
        Ok(profile(&server, &user).await?["ui_settings"]["headset"]["title"] == "Support lead")
    })
    .await?;
    saved(&ui, "profile").await?;
    photograph(&ui, "profile").await?;

    // Social links: a full https:// address is kept.
    ui.click("[data-testid=nav-social]").await?;
    ui.type_into("[data-testid=field-github]", "https://github.com/ada")
        .await?;
    ui.click("[data-testid=save-social]").await?;
    ui.wait_until("the server has the link", WAIT, || async {
        Ok(
            profile(&server, &user).await?["ui_settings"]["headset"]["social_links"]["github"]
                == "https://github.com/ada",
        )
    })
    .await?;
    saved(&ui, "social").await?;

    // Notifications: an email flag turned over reaches the account's settings.
    let before = email_flags(&server, &user).await?;
    let flag = "email_conversation_creation";
    ui.click("[data-testid=nav-notifications]").await?;
    ui.click(&format!("[data-testid=field-{flag}]")).await?;
    ui.click("[data-testid=save-notifications]").await?;
    ui.wait_until("the server has the flag turned over", WAIT, || async {
        let after = email_flags(&server, &user).await?;
        Ok(after.iter().any(|f| f == flag) != before.iter().any(|f| f == flag))
    })
    .await?;
    saved(&ui, "notifications").await?;

    // Availability: Monday's interval copied to every day.
    ui.click("[data-testid=nav-availability]").await?;
    ui.click("[data-testid=availability-enabled]").await?;
    ui.click("[data-testid=add-mon]").await?;
    ui.click("[data-testid=copy-mon]").await?;
    ui.click("[data-testid=save-availability]").await?;
    ui.wait_until("the server has hours every day", WAIT, || async {
        let days = profile(&server, &user).await?["ui_settings"]["headset"]["availability"]["days"]
            .clone();
        Ok(days.as_object().is_some_and(|d| d.len() == 7))
    })
    .await?;
    saved(&ui, "availability").await?;
    photograph(&ui, "availability").await?;

    // Segments and channels come from the account.
    ui.click("[data-testid=nav-segments]").await?;
    ui.click("[data-testid=segments-contact] [data-testid^=segment-]")
        .await?;
    ui.click("[data-testid=save-segments]").await?;
    ui.wait_until("the server has the segment chosen", WAIT, || async {
        let chosen = profile(&server, &user).await?["ui_settings"]["headset"]["visible_segments"]
            ["contact"]
            .clone();
        Ok(chosen.as_array().is_some_and(|c| c.len() == 1))
    })
    .await?;
    saved(&ui, "segments").await?;
    photograph(&ui, "segments").await?;
    ui.click("[data-testid=nav-channels]").await?;
    ui.type_into("[data-testid$=-capacity]", "3").await?;
    ui.click("[data-testid=save-channels]").await?;
    ui.wait_until("the server has the capacity", WAIT, || async {
        let channels = profile(&server, &user).await?["ui_settings"]["headset"]["channels"].clone();
        Ok(channels
            .as_object()
            .is_some_and(|c| c.values().any(|c| c["capacity"] == 3)))
    })
    .await?;
    saved(&ui, "channels").await?;
    photograph(&ui, "channels").await?;
    ui.click("[data-testid=nav-team]").await?;
    ui.wait_until("the team is listed", WAIT, || async {
        Ok(ui
            .text("[role=tabpanel]:not([hidden])")
            .await?
            .contains("boss@example.com"))
    })
    .await?;
    photograph(&ui, "team").await?;

    // Security: the devices list and the two-factor status are read from the server.
    ui.click("[data-testid=nav-security]").await?;
    ui.wait_for("[data-testid=mfa-status]", WAIT).await?;
    ui.wait_for("[data-testid=sessions-list]", WAIT).await?;
    photograph(&ui, "security").await?;

    ui.click("[data-testid=nav-notifications]").await?;
    photograph(&ui, "notifications").await?;

    // Connection: a proxy the agent cannot use is refused under its field, and kept in
    // the field for correcting; nothing is stored.
    ui.click("[data-testid=nav-network]").await?;
    ui.type_into("#network-proxy", "socks5://127.0.0.1:1080")
        .await?;
    ui.click("#network-save").await?;
    ui.wait_for("#network-proxy-error", WAIT).await?;
    assert!(ui.text("#network-proxy-error").await?.contains("http://"));
    assert_eq!(agent.state().await?.network, Default::default());
    photograph(&ui, "network-error").await?;

    photograph_every_section(&ui, "en").await?;

    // Language: Arabic lays the whole window out right to left, at once; Japanese after it.
    for (code, heading, dir) in [("ar", "الإشعارات", "rtl"), ("ja", "通知", "ltr")] {
        ui.click("[data-testid=nav-region]").await?;
        ui.click(&format!("[data-testid=field-locale] option[value={code}]"))
            .await?;
        ui.click("[data-testid=save-region]").await?;
        ui.wait_until("the server has the language", WAIT, || async {
            Ok(profile(&server, &user).await?["ui_settings"]["locale"] == code)
        })
        .await?;
        ui.wait_until(
            "the save is confirmed in the new language",
            WAIT,
            || async {
                let said = ui.text("[data-testid=status-region]").await?;
                Ok(!said.is_empty() && said != SAVED)
            },
        )
        .await?;
        ui.wait_for(&format!("html[lang={code}][dir={dir}]"), WAIT)
            .await?;
        assert_eq!(ui.text("[data-testid=nav-notifications]").await?, heading);
        photograph_every_section(&ui, code).await?;
    }
    ui.quit().await;
    Ok(())
}

#[tokio::test]
async fn two_factor_is_turned_on_in_the_window_with_an_authenticator_code() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    let driver = Driver::start(agent.data.path()).await?;
    let bin = target_bin("headset");
    let ui = WebDriver::launch(driver.port, bin.to_str().unwrap(), &["settings"]).await?;
    ui.set_window_size(1100, 760).await?;
    ui.click("[data-testid=nav-security]").await?;
    ui.click("[data-testid=mfa-setup]").await?;

    // The QR code is drawn in the window; the same key is shown as text to type instead.
    ui.wait_for("[data-testid=mfa-qr]", WAIT).await?;
    let shown: String = ui
        .text("[data-testid=mfa-secret]")
        .await?
        .split_whitespace()
        .collect();
    let secret = data_encoding::BASE32_NOPAD.decode(shown.as_bytes())?;
    photograph(&ui, "mfa-setup").await?;

    // A wrong code is refused under the field; the setup stays open.
    ui.type_into("[data-testid=mfa-code]", "000000").await?;
    ui.click("[data-testid=mfa-confirm]").await?;
    ui.wait_for("#mfa-code-error", WAIT).await?;
    assert!(!ui.text("#mfa-code-error").await?.is_empty());

    // The authenticator's code turns it on and shows ten backup codes once.
    let step = headset_server::totp::step_at(chrono::Utc::now().timestamp() as u64);
    let code = headset_server::totp::code(&secret, step);
    ui.type_into("[data-testid=mfa-code]", &code).await?;
    ui.click("[data-testid=mfa-confirm]").await?;
    ui.wait_for("[data-testid=mfa-backup-codes]", WAIT).await?;
    let codes = ui
        .execute_async(
            "arguments[arguments.length - 1](document\
               .querySelectorAll('[data-testid=mfa-backup-codes] li').length)",
        )
        .await?;
    assert_eq!(codes, 10);
    photograph(&ui, "mfa-backup-codes").await?;
    ui.click("[data-testid=mfa-backup-done]").await?;
    ui.wait_for("[data-testid=mfa-status][data-enabled=true]", WAIT)
        .await?;

    // The server now asks for the second step at sign-in.
    let sign_in = reqwest::Client::new()
        .post(format!("{}/auth/sign_in", server.url))
        .json(&serde_json::json!({"email": "ada@example.com", "password": PASSWORD}))
        .send()
        .await?;
    assert_eq!(sign_in.status(), 206);
    ui.quit().await;
    Ok(())
}

/// Whether the element `css` matches is disabled, read in the page.
async fn is_disabled(ui: &WebDriver, css: &str) -> Result<bool> {
    let script =
        format!("arguments[arguments.length - 1](document.querySelector({css:?}).disabled)");
    Ok(ui.execute_async(&script).await? == Value::Bool(true))
}

#[tokio::test]
async fn security_refusals_by_their_fields_then_a_device_signed_out_and_the_password_changed(
) -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;
    let browser = server.sign_in_browser(&user).await?;
    assert_eq!(browser.profile_status().await?, 200);

    let driver = Driver::start(agent.data.path()).await?;
    let bin = target_bin("headset");
    let ui = WebDriver::launch(driver.port, bin.to_str().unwrap(), &["settings"]).await?;
    ui.set_window_size(1100, 760).await?;

    // A link that is not https:// is refused under its own field; nothing is sent.
    ui.click("[data-testid=nav-social]").await?;
    ui.type_into("[data-testid=field-linkedin]", "ftp://linkedin.com/in/ada")
        .await?;
    ui.click("[data-testid=save-social]").await?;
    ui.wait_for("[data-testid=field-linkedin-error]", WAIT)
        .await?;
    assert!(ui
        .text("[data-testid=field-linkedin-error]")
        .await?
        .contains("https://"));
    let links = &profile(&server, &user).await?["ui_settings"]["headset"]["social_links"];
    assert!(links.get("linkedin").is_none(), "{links}");
    photograph(&ui, "social-error").await?;

    // A common password: the server's live policy marks the rule broken, Save stays off.
    ui.click("[data-testid=nav-security]").await?;
    ui.wait_for("[data-testid=security-policy-item][data-rule=common]", WAIT)
        .await?;
    ui.type_into("[data-testid=security-password-current]", PASSWORD)
        .await?;
    ui.type_into("[data-testid=security-password-new]", "password123")
        .await?;
    ui.type_into("[data-testid=security-password-confirm]", "password123")
        .await?;
    ui.wait_for(
        "[data-testid=security-policy-item][data-rule=common][data-met=false]",
        WAIT,
    )
    .await?;
    assert!(is_disabled(&ui, "[data-testid=security-password-save]").await?);

    // The wrong current password: the server's words, under that field.
    let strong = "violet tuesday harbour 42";
    // The form, filled in and saved: the current password, the strong one twice.
    let form = &ui;
    let change_password = |current: &'static str| async move {
        form.type_into("[data-testid=security-password-current]", current)
            .await?;
        form.type_into("[data-testid=security-password-new]", strong)
            .await?;
        form.type_into("[data-testid=security-password-confirm]", strong)
            .await?;
        form.click("[data-testid=security-password-save]").await
    };
    change_password("not my password").await?;
    ui.wait_for("[data-testid=security-password-current-error]", WAIT)
        .await?;
    assert_eq!(
        ui.text("[data-testid=security-password-current-error]")
            .await?,
        "Invalid current password"
    );
    photograph(&ui, "password-error").await?;
    assert_eq!(browser.profile_status().await?, 200, "nothing changed");

    // The browser is listed under the devices; ending its session from here signs it out.
    ui.wait_for("[data-testid=session-row][data-current=false]", WAIT)
        .await?;
    // The first click asks, the second (the same button, now "Sign out") confirms.
    let end = "[data-testid=session-row][data-current=false] [data-testid^=session-end-]";
    ui.click(end).await?;
    ui.wait_for("[id^=session-ask-]", WAIT).await?;
    ui.click(end).await?;
    ui.wait_until("the browser is signed out", WAIT, || async {
        Ok(browser.profile_status().await? == 401)
    })
    .await?;

    // The right current password: changed, said so, and the new one signs in.
    change_password(PASSWORD).await?;
    ui.wait_until("the window says the password changed", WAIT, || async {
        Ok(!ui
            .text("[data-testid=security-password-status]")
            .await?
            .is_empty())
    })
    .await?;
    let sign_in = |password: &'static str| {
        let (url, email) = (format!("{}/auth/sign_in", server.url), user.email.clone());
        async move {
            let resp = reqwest::Client::new()
                .post(url)
                .json(&serde_json::json!({"email": email, "password": password}))
                .send()
                .await?;
            anyhow::Ok(resp.status().as_u16())
        }
    };
    assert_eq!(sign_in(strong).await?, 200);
    assert_eq!(sign_in(PASSWORD).await?, 401);
    ui.quit().await;
    Ok(())
}

#[tokio::test]
async fn an_administrator_changes_an_agents_role_in_the_window() -> Result<()> {
    let server = Server::start().await?;
    server.add_user("ada@example.com", "Ada Lovelace")?;
    let boss = server.add_admin("boss@example.com")?;
    let (server, boss) = (&server, &boss);
    let role_of = |email: &'static str| async move {
        let path = format!("/api/v1/accounts/{}/agents", boss.account_id);
        let agents = api_get(&server.url, &boss.token, &path).await?;
        let agent = agents
            .as_array()
            .and_then(|a| a.iter().find(|a| a["email"] == email))
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("{email} is not listed: {agents}"))?;
        anyhow::Ok(agent)
    };
    let ada_id = role_of("ada@example.com").await?["id"].clone();
    assert_eq!(role_of("ada@example.com").await?["role"], "agent");

    let agent = Agent::start(Some((server, boss))).await?;
    agent.signed_in().await?;
    let driver = Driver::start(agent.data.path()).await?;
    let bin = target_bin("headset");
    let ui = WebDriver::launch(driver.port, bin.to_str().unwrap(), &["settings"]).await?;
    ui.set_window_size(1100, 760).await?;
    ui.click("[data-testid=nav-team]").await?;
    ui.click(&format!(
        "[data-testid=role-{ada_id}] option[value=administrator]"
    ))
    .await?;
    ui.wait_until("the server has Ada as an administrator", WAIT, || async {
        Ok(role_of("ada@example.com").await?["role"] == "administrator")
    })
    .await?;
    ui.wait_until("the window says so", WAIT, || async {
        Ok(!ui.text("[data-testid=team-note]").await?.is_empty())
    })
    .await?;
    photograph(&ui, "team-role-changed").await?;
    ui.quit().await;
    Ok(())
}
