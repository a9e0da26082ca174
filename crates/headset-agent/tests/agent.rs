//! The agent's rules against a real server, on a recording desktop: no Xvfb, no D-Bus.

mod support;

use std::time::Duration;

use headset_agent::{DesktopSignal, Input};
use headset_faultlink::{FaultLink, Mode};
use headset_ipc::{Edit, Reason, Request, Response};
use headset_model::model::{Availability, Role};
use support::{eventually, Running, Server, ACCOUNT};

const SOON: Duration = Duration::from_secs(10);

async fn decisions(agent: &Running) -> Vec<headset_ipc::DecisionRecord> {
    match agent.ask(Request::GetDecisions).await.unwrap() {
        Response::Decisions { items } => items,
        other => panic!("not decisions: {other:?}"),
    }
}

#[tokio::test]
async fn an_assignment_pops_up_once_with_the_inbox_name() {
    let server = Server::start().await;
    let agent = Running::start(&server.base, &server.agent.access_token).await;

    let conversation = server
        .assign_new(server.agent.account_id, server.inbox, server.contact)
        .await;
    eventually("the assignment's pop-up", SOON, || {
        agent.desktop.popups_about(conversation) > 0
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let popups = agent.desktop.popups();
    let about: Vec<_> = popups
        .iter()
        .filter(|p| p.conversation == conversation)
        .collect();
    assert_eq!(about.len(), 1, "one pop-up: {popups:?}");
    assert!(
        about[0]
            .url
            .ends_with(&format!("/conversations/{conversation}")),
        "{:?}",
        about[0]
    );
}

#[tokio::test]
async fn a_conversation_read_elsewhere_takes_its_pop_up_down() {
    let server = Server::start().await;
    let agent = Running::start(&server.base, &server.agent.access_token).await;
    let conversation = server
        .assign_new(server.agent.account_id, server.inbox, server.contact)
        .await;
    eventually("the assignment's pop-up", SOON, || {
        agent.desktop.popups_about(conversation) > 0
    })
    .await;

    // The agent reads it in the web dashboard.
    reqwest::Client::new()
        .post(format!(
            "{}/api/v1/accounts/{}/conversations/{conversation}/update_last_seen",
            server.base, server.agent.account_id
        ))
        .header("api_access_token", &server.agent.access_token)
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap();
    eventually("the pop-up closed", SOON, || {
        agent.desktop.closed.lock().unwrap().contains(&conversation)
    })
    .await;
}

#[tokio::test]
async fn a_snooze_holds_alerts_and_sums_them_up_when_it_ends() {
    let server = Server::start().await;
    let agent = Running::start(&server.base, &server.agent.access_token).await;

    let state = match agent
        .ask(Request::Snooze { minutes: Some(30) })
        .await
        .unwrap()
    {
        Response::State { state } => state,
        other => panic!("{other:?}"),
    };
    assert!(state.snoozed_until.is_some());
    let held = [
        server
            .assign_new(server.agent.account_id, server.inbox, server.contact)
            .await,
        server
            .assign_new(server.agent.account_id, server.inbox, server.contact)
            .await,
    ];
    let deadline = tokio::time::Instant::now() + SOON;
    while decisions(&agent)
        .await
        .iter()
        .filter(|d| d.notify.reason == Reason::Snoozed)
        .count()
        < 2
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the assignments were not decided"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for conversation in held {
        assert_eq!(
            agent.desktop.popups_about(conversation),
            0,
            "held while snoozed"
        );
    }

    agent.ask(Request::Snooze { minutes: None }).await.unwrap();
    let summaries: Vec<_> = agent
        .desktop
        .popups()
        .into_iter()
        .filter(|p| p.conversation == 0)
        .collect();
    assert_eq!(summaries.len(), 1, "{summaries:?}");
    assert!(summaries[0].body.contains('2'), "{:?}", summaries[0]);
    let tray = agent.desktop.trays.lock().unwrap().last().cloned().unwrap();
    assert_eq!(tray.snoozed_until, None, "the tray shows the snooze ended");
}

/// The agent connected through a fault link, the link cut and noticed, and a
/// conversation assigned meanwhile (its display id); the link still cut.
async fn assigned_while_cut() -> (Server, FaultLink, Running, i64) {
    let server = Server::start().await;
    let link = FaultLink::start(&server.base).await.unwrap();
    let agent = Running::start(&link.url, &server.agent.access_token).await;
    // The first catch-up set the mark.
    tokio::time::sleep(Duration::from_millis(500)).await;

    link.set(Mode::Cut);
    agent
        .until("the socket noticed", SOON, |s| {
            s.connection != headset_ipc::Connection::Connected
        })
        .await;
    let missed = server
        .assign_new(server.agent.account_id, server.inbox, server.contact)
        .await;
    (server, link, agent, missed)
}

/// The link drops; a conversation is assigned meanwhile; when the link is back, the
/// catch-up's first tries fail. It is tried again until it works, and alerts once.
#[tokio::test]
async fn a_failed_catch_up_is_tried_again_and_alerts_once() {
    let (_server, link, agent, missed) = assigned_while_cut().await;
    link.refuse_notifications(true);
    link.set(Mode::Flow);
    agent
        .until("reconnected", Duration::from_secs(40), |s| {
            s.connection == headset_ipc::Connection::Connected
        })
        .await;
    eventually("the catch-up failing twice", SOON, || {
        link.refused_notifications() >= 2
    })
    .await;
    assert_eq!(agent.desktop.popups_about(missed), 0, "not alerted yet");

    link.refuse_notifications(false);
    eventually(
        "the missed assignment's pop-up",
        Duration::from_secs(20),
        || agent.desktop.popups_about(missed) > 0,
    )
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        agent.desktop.popups_about(missed),
        1,
        "alerted exactly once"
    );
}

/// While a catch-up waits on the server, the agent answers: an edit is acknowledged and a
/// status change reaches the server.
#[tokio::test]
async fn requests_are_answered_while_a_catch_up_waits() {
    let (server, link, agent, missed) = assigned_while_cut().await;
    link.hold_notifications(true);
    link.set(Mode::Flow);
    eventually("the catch-up held", Duration::from_secs(40), || {
        link.held_notifications() >= 1
    })
    .await;

    let edit = Edit::Profile {
        name: None,
        display_name: Some("Carla".into()),
        message_signature: None,
        phone_number: None,
    };
    let answer = tokio::time::timeout(Duration::from_secs(2), agent.ask(Request::Edit { edit }))
        .await
        .expect("an edit is answered while the catch-up waits");
    assert!(
        matches!(answer, Ok(Response::EditQueued { .. })),
        "{answer:?}"
    );
    agent
        .inputs
        .send(Input::Tray(headset_ipc::TrayAction::SetStatus {
            availability: Availability::Busy,
        }))
        .unwrap();
    let deadline = tokio::time::Instant::now() + SOON;
    while server.availability().await != "busy" {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the tray's status never reached the server"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        agent.desktop.popups_about(missed),
        0,
        "the catch-up still waits"
    );

    link.hold_notifications(false);
    eventually("the missed assignment's pop-up", SOON, || {
        agent.desktop.popups_about(missed) > 0
    })
    .await;
}

#[tokio::test]
async fn alerts_come_from_every_account() {
    let server = Server::start().await;
    let other = server
        .store
        .join_account(&server.agent.email, "Beta Helpdesk", Role::Agent)
        .await
        .unwrap();
    server
        .store
        .join_account(&server.admin.email, "Beta Helpdesk", Role::Administrator)
        .await
        .unwrap();
    let inbox = server.store.create_inbox(other, "Email").await.unwrap();
    server
        .store
        .add_inbox_member(inbox, server.agent.id)
        .await
        .unwrap();
    let contact = server
        .store
        .create_contact(other, "Eve", None)
        .await
        .unwrap();
    let agent = Running::start(&server.base, &server.agent.access_token).await;
    let active = agent.state().await.profile.unwrap().account_id;
    assert_eq!(
        active, server.agent.account_id,
        "{ACCOUNT} is the active account"
    );
    // The other account's socket subscribes after the active one's.
    tokio::time::sleep(Duration::from_secs(1)).await;

    let conversation = server.assign_new(other, inbox, contact).await;
    eventually("the other account's pop-up", SOON, || {
        agent.desktop.popups().iter().any(|p| {
            p.url
                .contains(&format!("/accounts/{other}/conversations/{conversation}"))
        })
    })
    .await;
}

#[tokio::test]
async fn a_locked_screen_sets_the_away_status_and_unlocking_restores_it() {
    let server = Server::start().await;
    let agent = Running::start(&server.base, &server.agent.access_token).await;
    agent
        .ask(Request::SetAvailability {
            availability: Availability::Online,
        })
        .await
        .unwrap();
    let mut changes = serde_json::Map::new();
    changes.insert(
        "away".into(),
        serde_json::json!({"on_lock": true, "status": "busy"}),
    );
    let queued = agent
        .ask(Request::Edit {
            edit: Edit::Headset { changes },
        })
        .await;
    assert!(
        matches!(queued, Ok(Response::EditQueued { .. })),
        "{queued:?}"
    );
    agent
        .until("the away choice saved", SOON, |s| {
            s.pending_edits == 0
                && s.profile
                    .as_ref()
                    .is_some_and(|p| p.headset.away.as_ref().is_some_and(|a| a.on_lock))
        })
        .await;

    agent
        .inputs
        .send(Input::Signal(DesktopSignal::ScreenLocked(true)))
        .unwrap();
    agent
        .until("busy while locked", SOON, |s| {
            s.profile
                .as_ref()
                .is_some_and(|p| p.availability == Availability::Busy)
        })
        .await;
    assert_eq!(server.availability().await, "busy");
    agent
        .inputs
        .send(Input::Signal(DesktopSignal::ScreenLocked(false)))
        .unwrap();
    agent
        .until("online again", SOON, |s| {
            s.profile
                .as_ref()
                .is_some_and(|p| p.availability == Availability::Online)
        })
        .await;
    assert_eq!(server.availability().await, "online");
}

#[tokio::test]
async fn an_edit_the_server_refuses_is_reported_refused() {
    let server = Server::start().await;
    let agent = Running::start(&server.base, &server.agent.access_token).await;
    // The same rules as the server: refused before it is journaled, naming the field.
    let edit = Edit::Profile {
        name: None,
        display_name: None,
        message_signature: None,
        phone_number: Some("12".into()),
    };
    let refused = agent.ask(Request::Edit { edit }).await.unwrap_err();
    assert_eq!(
        refused.field.as_deref(),
        Some("phone_number"),
        "{refused:?}"
    );
    assert_eq!(agent.state().await.pending_edits, 0);
}

#[tokio::test]
async fn switching_the_active_account_keeps_the_snooze() {
    let server = Server::start().await;
    let other = server
        .store
        .join_account(&server.agent.email, "Beta Helpdesk", Role::Agent)
        .await
        .unwrap();
    let agent = Running::start(&server.base, &server.agent.access_token).await;
    agent
        .ask(Request::Snooze { minutes: Some(30) })
        .await
        .unwrap();

    let switched = agent
        .ask(Request::SetActiveAccount { account_id: other })
        .await
        .unwrap();
    let Response::State { state } = switched else {
        panic!("not a state: {switched:?}");
    };
    assert_eq!(state.profile.as_ref().map(|p| p.account_id), Some(other));
    assert!(
        state.snoozed_until.is_some(),
        "the snooze holds across the switch"
    );
    agent
        .until("connected to the other account", SOON, |s| {
            s.connection == headset_ipc::Connection::Connected
        })
        .await;

    // An assignment in the first account is still held by the snooze, not shown.
    let conversation = server
        .assign_new(server.agent.account_id, server.inbox, server.contact)
        .await;
    let deadline = tokio::time::Instant::now() + SOON;
    while !decisions(&agent)
        .await
        .iter()
        .any(|d| d.conversation == Some(conversation) && d.notify.reason == Reason::Snoozed)
    {
        assert!(tokio::time::Instant::now() < deadline, "never decided");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(agent.desktop.popups_about(conversation), 0);
}
