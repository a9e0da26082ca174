//! The security section's requests through the real agent to the real server: devices,
//! two-factor, the API token and the avatar.

mod support;

use anyhow::{bail, Result};
use base64::Engine;
use headset_ipc::{ErrorCode, IpcError, Request, Response};
use support::*;

async fn ask(agent: &Agent, request: Request) -> std::result::Result<Response, IpcError> {
    let ipc = agent.ipc().await.expect("the agent's socket");
    ipc.request(request).await
}

async fn status_with_token(server: &Server, token: &str) -> Result<u16> {
    Ok(reqwest::Client::new()
        .get(format!("{}/api/v1/profile", server.url))
        .header("api_access_token", token)
        .send()
        .await?
        .status()
        .as_u16())
}

#[tokio::test]
async fn other_devices_are_listed_and_signed_out() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;

    let browser = server.sign_in_browser(&user).await?;

    let Response::Sessions { items } = ask(&agent, Request::ListSessions).await? else {
        bail!("not a session list");
    };
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(!items[0].current);
    assert_eq!(items[0].ip_address.as_deref(), Some("127.0.0.1"));

    let Response::Sessions { items } = ask(&agent, Request::EndOtherSessions).await? else {
        bail!("not a session list");
    };
    assert!(items.is_empty(), "{items:?}");
    assert_eq!(
        browser.profile_status().await?,
        401,
        "the browser is signed out"
    );
    Ok(())
}

#[tokio::test]
async fn the_api_token_is_shown_and_reset_only_with_the_password() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("token-reset@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;

    let wrong = ask(
        &agent,
        Request::RevealApiToken {
            password: "not my password".into(),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(wrong.code, ErrorCode::Invalid, "{wrong:?}");
    assert_eq!(wrong.field.as_deref(), Some("password"));

    let Response::Secret { value } = ask(
        &agent,
        Request::RevealApiToken {
            password: PASSWORD.into(),
        },
    )
    .await?
    else {
        bail!("no secret");
    };
    assert_eq!(value, user.token);

    // This agent signs in with that very token: after the reset it uses the new one.
    let Response::Secret { value: fresh } = ask(
        &agent,
        Request::ResetApiToken {
            password: PASSWORD.into(),
        },
    )
    .await?
    else {
        bail!("no secret");
    };
    assert_ne!(fresh, user.token);
    assert_eq!(status_with_token(&server, &user.token).await?, 401);
    assert_eq!(status_with_token(&server, &fresh).await?, 200);
    // (An email of its own: the keyring holds other tests' entries too.)
    let stored = keyring_secret(&user.email);
    assert!(
        stored.as_deref().is_some_and(|s| s.contains(&fresh)),
        "{stored:?}"
    );
    assert!(
        matches!(
            ask(&agent, Request::ListSessions).await?,
            Response::Sessions { .. }
        ),
        "the agent goes on with the new token"
    );
    Ok(())
}

#[tokio::test]
async fn two_factor_is_enrolled_and_disabled_with_a_backup_code() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;

    let Response::Mfa { status } = ask(&agent, Request::GetMfa).await? else {
        bail!("no status");
    };
    assert!(status.feature_available && !status.enabled);
    let Response::MfaEnrolment { enrolment } = ask(&agent, Request::BeginMfa).await? else {
        bail!("no enrolment");
    };
    assert!(enrolment.provisioning_url.starts_with("otpauth://totp/"));
    let secret = data_encoding::BASE32_NOPAD.decode(enrolment.secret.as_bytes())?;

    let wrong = ask(
        &agent,
        Request::ConfirmMfa {
            code: "000000".into(),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(wrong.field.as_deref(), Some("otp_code"), "{wrong:?}");

    let step = headset_server::totp::step_at(chrono::Utc::now().timestamp() as u64);
    let code = headset_server::totp::code(&secret, step);
    let Response::BackupCodes { codes } = ask(&agent, Request::ConfirmMfa { code }).await? else {
        bail!("no backup codes");
    };
    assert_eq!(codes.len(), 10);
    let Response::Mfa { status } = ask(&agent, Request::GetMfa).await? else {
        bail!("no status");
    };
    assert!(status.enabled);

    let Response::Mfa { status } = ask(
        &agent,
        Request::DisableMfa {
            password: PASSWORD.into(),
            code: codes[0].clone(),
        },
    )
    .await?
    else {
        bail!("no status");
    };
    assert!(!status.enabled);
    Ok(())
}

#[tokio::test]
async fn the_avatar_is_uploaded_and_removed() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let agent = Agent::start(Some((&server, &user))).await?;
    agent.signed_in().await?;

    let picture = image::RgbImage::from_pixel(64, 64, image::Rgb([30, 120, 200]));
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(picture).write_to(
        &mut std::io::Cursor::new(&mut jpeg),
        image::ImageFormat::Jpeg,
    )?;
    let request = Request::SetAvatar {
        image_base64: base64::engine::general_purpose::STANDARD.encode(&jpeg),
        mime: "image/jpeg".into(),
    };
    let Response::State { state } = ask(&agent, request).await? else {
        bail!("no state");
    };
    let url = state.profile.unwrap().avatar_url;
    assert!(
        url.starts_with(&server.url) && url.ends_with(".jpg"),
        "{url}"
    );
    assert_eq!(reqwest::get(&url).await?.status(), 200);

    let refused = ask(
        &agent,
        Request::SetAvatar {
            image_base64: base64::engine::general_purpose::STANDARD.encode(b"GIF89a"),
            mime: "image/gif".into(),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(refused.field.as_deref(), Some("avatar"));

    let Response::State { state } = ask(&agent, Request::RemoveAvatar).await? else {
        bail!("no state");
    };
    assert_eq!(state.profile.unwrap().avatar_url, "");
    assert_eq!(reqwest::get(&url).await?.status(), 404);
    Ok(())
}

#[tokio::test]
async fn channels_segments_and_team_come_from_the_account() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let admin = server.add_admin("boss@example.com")?;
    let store = headset_server::Store::open(&server.database).await?;
    store.create_inbox(user.account_id, "Website").await?;
    store.create_inbox(user.account_id, "Email").await?;
    for (name, kind) in [
        ("VIP", "contact"),
        ("Enterprise", "company"),
        ("Urgent", "conversation"),
    ] {
        let resp = reqwest::Client::new()
            .post(format!(
                "{}/api/v1/accounts/{}/custom_filters",
                server.url, user.account_id
            ))
            .header("api_access_token", &user.token)
            .json(&serde_json::json!({"custom_filter": {"name": name, "filter_type": kind}}))
            .send()
            .await?;
        assert!(resp.status().is_success());
    }
    let agent = Agent::start(Some((&server, &user))).await?;
    let me = agent.signed_in().await?.profile.unwrap();

    let Response::Account {
        inboxes,
        segments,
        agents,
    } = ask(&agent, Request::GetAccount).await?
    else {
        bail!("no account");
    };
    let names: Vec<&str> = inboxes.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["Website", "Email"]);
    let segments: Vec<(&str, &str)> = segments
        .iter()
        .map(|s| (s.name.as_str(), s.filter_type.as_str()))
        .collect();
    assert_eq!(segments, [("VIP", "contact"), ("Enterprise", "company")]);
    assert_eq!(agents.len(), 2);

    // An agent may not change roles; the server says so and nothing changes.
    let boss = agents
        .iter()
        .find(|a| a.email == "boss@example.com")
        .unwrap();
    let refused = ask(
        &agent,
        Request::SetAgentRole {
            agent_id: boss.id,
            role: headset_model::model::Role::Agent,
        },
    )
    .await
    .unwrap_err();
    assert!(
        refused.message.contains("Only administrators"),
        "{refused:?}"
    );

    // An administrator's agent may.
    let boss_agent = Agent::start(Some((&server, &admin))).await?;
    boss_agent.signed_in().await?;
    let Response::Account { agents, .. } = ask(
        &boss_agent,
        Request::SetAgentRole {
            agent_id: me.id,
            role: headset_model::model::Role::Administrator,
        },
    )
    .await?
    else {
        bail!("no account");
    };
    let ada = agents.iter().find(|a| a.id == me.id).unwrap();
    assert_eq!(ada.role, headset_model::model::Role::Administrator);
    Ok(())
}

#[tokio::test]
async fn forgot_password_emails_a_link_without_saying_who_has_an_account() -> Result<()> {
    let server = Server::start().await?;
    server.add_user("grace@example.com", "Grace Hopper")?;
    let agent = Agent::start(None).await?;
    let outbox = server.dir.path().join("server.db.outbox");
    let mails = || -> Vec<String> {
        std::fs::read_dir(&outbox)
            .map(|dir| {
                dir.flatten()
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .collect()
            })
            .unwrap_or_default()
    };
    let reset = |email: &str| Request::RequestPasswordReset {
        server: server.url.clone(),
        email: email.into(),
    };

    // The same answer for a stranger and for a member; only the member gets a mail.
    assert!(matches!(
        ask(&agent, reset("nobody@example.com")).await?,
        Response::Done
    ));
    assert!(matches!(
        ask(&agent, reset(" grace@example.com ")).await?,
        Response::Done
    ));
    let sent = mails();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(sent[0].contains("To: grace@example.com"), "{}", sent[0]);
    assert!(sent[0].contains("reset_password_token"), "{}", sent[0]);

    let error = ask(&agent, reset("grace"))
        .await
        .expect_err("not an address");
    assert_eq!(error.code, ErrorCode::Invalid);
    Ok(())
}
