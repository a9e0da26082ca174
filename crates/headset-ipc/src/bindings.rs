//! The TypeScript side of the IPC types, generated with ts-rs into one committed file.
//! `bindings_are_fresh` fails when the file no longer matches the Rust types;
//! `cargo xtask bindings` rewrites it.

use ts_rs::TS;

use crate::{
    AccountChoice, AgentInfo, AgentState, Check, Connection, DecisionRecord, Edit, EditStatus,
    ErrorCode, Event, InboxInfo, IpcError, MfaEnrolment, MfaStatus, NetworkSettings,
    NotificationFlags, Part, PasswordPolicy, Profile, Reason, Request, Response, SegmentInfo,
    SessionInfo, TrayAction, TrayItem, WebPage,
};
use headset_model::model::{Availability, Role};
use headset_model::settings::{
    AudioPrefs, AwayPrefs, BlockOutside, ChannelPref, HeadsetSettings, Interval,
    NotificationFrequency, Schedule, SocialLinks, Tone, VisibleSegments, Weekday, LOCALES,
};
use headset_model::NotificationKind;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/lib/bindings.ts");

fn typescript() -> String {
    let decls = [
        ErrorCode::decl(),
        IpcError::decl(),
        Availability::decl(),
        Role::decl(),
        Profile::decl(),
        AccountChoice::decl(),
        Connection::decl(),
        AgentState::decl(),
        NetworkSettings::decl(),
        NotificationFlags::decl(),
        SessionInfo::decl(),
        MfaStatus::decl(),
        MfaEnrolment::decl(),
        PasswordPolicy::decl(),
        InboxInfo::decl(),
        SegmentInfo::decl(),
        AgentInfo::decl(),
        HeadsetSettings::decl(),
        Edit::decl(),
        EditStatus::decl(),
        Reason::decl(),
        Part::decl(),
        DecisionRecord::decl(),
        Check::decl(),
        WebPage::decl(),
        TrayAction::decl(),
        TrayItem::decl(),
        Request::decl(),
        Response::decl(),
        Event::decl(),
        SocialLinks::decl(),
        Weekday::decl(),
        Interval::decl(),
        BlockOutside::decl(),
        Schedule::decl(),
        VisibleSegments::decl(),
        NotificationFrequency::decl(),
        NotificationKind::decl(),
        Tone::decl(),
        AudioPrefs::decl(),
        AwayPrefs::decl(),
        ChannelPref::decl(),
    ];
    let mut out = String::from(
        "// Generated from crates/headset-core by `cargo xtask bindings`. Do not edit.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    // Lists the UI must offer exactly as the Rust side validates them.
    let list = |items: &[&str]| {
        let quoted: Vec<String> = items.iter().map(|i| format!("{i:?}")).collect();
        format!("[{}] as const", quoted.join(", "))
    };
    out.push_str(&format!("export const LOCALES = {};\n\n", list(&LOCALES)));
    out.push_str(&format!(
        "export const NOTIFICATION_KINDS = {};\n\n",
        list(&NotificationKind::ALL.map(NotificationKind::as_str))
    ));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[test]
fn bindings_are_fresh() {
    let wanted = typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(PATH, &wanted).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        committed == wanted,
        "ui/src/lib/bindings.ts is stale: run `cargo xtask bindings` and commit the result"
    );
}
