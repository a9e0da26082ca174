//! The tray icon and menu. The status check marks show only what the server confirmed.
//! The icon shows the status (or the snooze) and, where the platform draws a label next
//! to it (Linux's indicators, macOS), how many open conversations assigned to the agent
//! have unread messages. Every action is in the menu:
//! tray clicks are unreliable on Linux. A user of several accounts picks the active one
//! there too: those items come and go with the accounts.

use std::sync::Mutex;

use headset_agent::{Input, TrayView};
use headset_ipc::{AgentState, TrayAction, TrayItem};
use headset_model::model::Availability;
use tauri::image::Image;
use tauri::menu::{CheckMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Wry};
use tokio::sync::mpsc;

use headset_model::texts::{plain, text};

pub struct Tray {
    icon: TrayIcon,
    /// The unread summary (not clickable): notifications, and conversations waiting.
    unread: MenuItem<Wry>,
    waiting: MenuItem<Wry>,
    status: Vec<(Availability, CheckMenuItem<Wry>)>,
    /// Snooze 30 min, 1 h, until the hours start; resume.
    snooze: [MenuItem<Wry>; 4],
    dashboard: MenuItem<Wry>,
    settings: MenuItem<Wry>,
    quit: MenuItem<Wry>,
    /// The icon and label now shown (set only when they change).
    shown: Mutex<(&'static str, Option<String>)>,
    app: AppHandle,
    menu: Menu<Wry>,
    /// One item per account, when the user has several (by id and name), and the
    /// separator after them.
    accounts: Mutex<Vec<(i64, String, CheckMenuItem<Wry>)>>,
    accounts_end: PredefinedMenuItem<Wry>,
    /// The language the menu speaks.
    locale: Mutex<Option<String>>,
}

/// Where the account items go: after the unread summary, the status and their separators.
const ACCOUNTS_AT: usize = 7;

/// The icons of `icons/tray-*.svg`, drawn at 64 px.
fn icon_png(name: &str) -> &'static [u8] {
    match name {
        "online" => include_bytes!("../../../icons/tray-online.png"),
        "busy" => include_bytes!("../../../icons/tray-busy.png"),
        "snoozed" => include_bytes!("../../../icons/tray-snoozed.png"),
        _ => include_bytes!("../../../icons/tray-offline.png"),
    }
}

/// The icon for a state: a snooze outranks the status; signed out looks offline.
fn icon_name(state: &AgentState) -> &'static str {
    match &state.profile {
        Some(_) if state.snoozed_until.is_some() => "snoozed",
        Some(p) => p.availability.as_str(),
        None => "offline",
    }
}

fn unread_text(unread: u32) -> String {
    text("tray-unread", &[("count", unread.into())])
}

fn waiting_text(waiting: u32) -> String {
    text("tray-waiting", &[("count", waiting.into())])
}

fn label(a: Availability) -> String {
    plain(&format!("status-{}", a.as_str()))
}

/// Menu ids and the message each shows.
const WORDS: [(&str, &str); 7] = [
    ("snooze:30", "snooze-30"),
    ("snooze:60", "snooze-60"),
    ("snooze:hours", "snooze-hours"),
    ("snooze:off", "snooze-resume"),
    ("dashboard", "open-dashboard"),
    ("settings", "open-settings"),
    ("quit", "quit"),
];

fn word(id: &str) -> String {
    WORDS
        .iter()
        .find(|(menu, _)| *menu == id)
        .map(|(_, message)| plain(message))
        .unwrap_or_default()
}

/// Menu ids name their action, so a click and an IPC request parse the same way.
fn action_of(id: &str) -> Option<TrayAction> {
    match id {
        "settings" => Some(TrayAction::OpenSettings),
        "snooze:30" => Some(TrayAction::Snooze { minutes: Some(30) }),
        "snooze:60" => Some(TrayAction::Snooze { minutes: Some(60) }),
        "snooze:off" => Some(TrayAction::Snooze { minutes: None }),
        "snooze:hours" => Some(TrayAction::SnoozeUntilHours),
        "dashboard" => Some(TrayAction::OpenDashboard),
        id if id.starts_with("account:") => id["account:".len()..]
            .parse()
            .ok()
            .map(|account_id| TrayAction::SwitchAccount { account_id }),
        "quit" => Some(TrayAction::Quit),
        _ => id
            .strip_prefix("status:")
            .and_then(Availability::parse)
            .map(|availability| TrayAction::SetStatus { availability }),
    }
}

impl Tray {
    /// The tray; its clicks go to the agent as inputs.
    pub fn build(app: &AppHandle, inputs: mpsc::UnboundedSender<Input>) -> tauri::Result<Tray> {
        let status = Availability::ALL
            .into_iter()
            .map(|a| {
                let id = format!("status:{}", a.as_str());
                CheckMenuItem::with_id(app, id, label(a), false, false, None::<&str>)
                    .map(|item| (a, item))
            })
            .collect::<tauri::Result<Vec<_>>>()?;
        let snooze = [
            MenuItem::with_id(
                app,
                "snooze:30",
                "Snooze for 30 minutes",
                false,
                None::<&str>,
            )?,
            MenuItem::with_id(app, "snooze:60", "Snooze for 1 hour", false, None::<&str>)?,
            MenuItem::with_id(
                app,
                "snooze:hours",
                "Snooze until my hours start",
                false,
                None::<&str>,
            )?,
            MenuItem::with_id(app, "snooze:off", "Resume alerts", false, None::<&str>)?,
        ];
        let unread = MenuItem::with_id(app, "unread", unread_text(0), false, None::<&str>)?;
        let waiting = MenuItem::with_id(app, "waiting", waiting_text(0), false, None::<&str>)?;
        let dashboard = MenuItem::with_id(app, "dashboard", "Open dashboard", false, None::<&str>)?;
        let settings = MenuItem::with_id(app, "settings", "Settings…", true, None::<&str>)?;
        let quit = MenuItem::with_id(app, "quit", "Quit Headset", true, None::<&str>)?;
        let menu = Menu::new(app)?;
        menu.append_items(&[&unread, &waiting, &PredefinedMenuItem::separator(app)?])?;
        for (_, item) in &status {
            menu.append(item)?;
        }
        menu.append(&PredefinedMenuItem::separator(app)?)?;
        for item in &snooze {
            menu.append(item)?;
        }
        menu.append_items(&[
            &PredefinedMenuItem::separator(app)?,
            &dashboard,
            &settings,
            &quit,
        ])?;
        let mut builder = TrayIconBuilder::with_id("headset")
            .menu(&menu)
            .tooltip("Headset")
            .show_menu_on_left_click(true)
            .on_menu_event(move |_, event| {
                if let Some(action) = action_of(event.id().as_ref()) {
                    let _ = inputs.send(Input::Tray(action));
                }
            });
        if let Ok(icon) = Image::from_bytes(icon_png("offline")) {
            builder = builder.icon(icon);
        }
        Ok(Tray {
            app: app.clone(),
            menu,
            accounts: Mutex::default(),
            accounts_end: PredefinedMenuItem::separator(app)?,
            icon: builder.build(app)?,
            unread,
            waiting,
            status,
            snooze,
            dashboard,
            settings,
            quit,
            shown: Mutex::new(("offline", None)),
            locale: Mutex::default(),
        })
    }

    /// Draws the state: the server's status checked, status items only when signed in.
    pub fn sync(&self, state: &AgentState) {
        // The menu speaks the agent's language (the agent set it), and changes with it.
        let locale = state.profile.as_ref().and_then(|p| p.locale.clone());
        if std::mem::replace(&mut *self.locale.lock().unwrap(), locale.clone()) != locale {
            self.relabel();
        }
        let current = state.profile.as_ref().map(|p| p.availability);
        for (a, item) in &self.status {
            let _ = item.set_checked(current == Some(*a));
            let _ = item.set_enabled(current.is_some());
        }
        self.sync_accounts(state);
        let snoozed = state.snoozed_until.is_some();
        let signed_in = current.is_some();
        let [half_hour, hour, until_hours, resume] = &self.snooze;
        for item in [half_hour, hour, until_hours] {
            let _ = item.set_enabled(signed_in && !snoozed);
        }
        let _ = resume.set_enabled(signed_in && snoozed);
        let _ = self.dashboard.set_enabled(signed_in);
        let _ = self.unread.set_text(if signed_in {
            unread_text(state.unread)
        } else {
            plain("tray-signed-out")
        });
        let _ = self.waiting.set_text(waiting_text(state.waiting));
        let icon = icon_name(state);
        let count = (signed_in && state.waiting > 0).then(|| state.waiting.to_string());
        let mut shown = self.shown.lock().unwrap();
        if shown.0 != icon {
            if let Ok(image) = Image::from_bytes(icon_png(icon)) {
                let _ = self.icon.set_icon(Some(image));
            }
        }
        if shown.1 != count {
            let _ = self.icon.set_title(count.as_deref());
        }
        *shown = (icon, count);
        let tooltip = match &state.profile {
            Some(p) => format!(
                "Headset — {} ({}) · {}",
                p.name,
                label(p.availability),
                waiting_text(state.waiting)
            ),
            None => format!("Headset — {}", plain("tray-signed-out")),
        };
        let _ = self.icon.set_tooltip(Some(tooltip));
    }

    /// The account items: rebuilt when the accounts change, the active one checked.
    fn sync_accounts(&self, state: &AgentState) {
        let wanted: Vec<(i64, String)> = state
            .profile
            .as_ref()
            .filter(|p| p.accounts.len() > 1)
            .map(|p| p.accounts.iter().map(|a| (a.id, a.name.clone())).collect())
            .unwrap_or_default();
        let mut shown = self.accounts.lock().unwrap();
        let now: Vec<(i64, String)> = shown.iter().map(|(id, n, _)| (*id, n.clone())).collect();
        if now != wanted {
            for (_, _, item) in shown.drain(..) {
                let _ = self.menu.remove(&item);
            }
            let _ = self.menu.remove(&self.accounts_end);
            for (at, (id, name)) in wanted.iter().enumerate() {
                let item = CheckMenuItem::with_id(
                    &self.app,
                    format!("account:{id}"),
                    name,
                    true,
                    false,
                    None::<&str>,
                );
                match item {
                    Ok(item) => {
                        let _ = self.menu.insert(&item, ACCOUNTS_AT + at);
                        shown.push((*id, name.clone(), item));
                    }
                    Err(e) => tracing::warn!(error = %e, "no tray item for an account"),
                }
            }
            if !shown.is_empty() {
                let _ = self
                    .menu
                    .insert(&self.accounts_end, ACCOUNTS_AT + shown.len());
            }
        }
        let active = state.profile.as_ref().map(|p| p.account_id);
        for (id, _, item) in shown.iter() {
            let _ = item.set_checked(active == Some(*id));
        }
    }

    fn relabel(&self) {
        for (a, item) in &self.status {
            let _ = item.set_text(label(*a));
        }
        let words = [&self.dashboard, &self.settings, &self.quit];
        for item in self.snooze.iter().chain(words) {
            let _ = item.set_text(word(&item.id().0));
        }
    }

    /// The menu, icon and label as they stand (the same the user sees).
    pub fn describe(&self) -> TrayView {
        let (icon, label) = self.shown.lock().unwrap().clone();
        TrayView {
            items: self.items(),
            icon: icon.to_owned(),
            label,
        }
    }

    fn items(&self) -> Vec<TrayItem> {
        let plain = |item: &MenuItem<Wry>| TrayItem {
            id: item.id().0.clone(),
            text: item.text().unwrap_or_default(),
            checked: None,
            enabled: item.is_enabled().unwrap_or(false),
        };
        let mut items = vec![plain(&self.unread), plain(&self.waiting)];
        items.extend(self.status.iter().map(|(a, item)| TrayItem {
            id: item.id().0.clone(),
            text: label(*a),
            checked: item.is_checked().ok(),
            enabled: item.is_enabled().unwrap_or(false),
        }));
        items.extend(
            self.accounts
                .lock()
                .unwrap()
                .iter()
                .map(|(_, name, item)| TrayItem {
                    id: item.id().0.clone(),
                    text: name.clone(),
                    checked: item.is_checked().ok(),
                    enabled: item.is_enabled().unwrap_or(false),
                }),
        );
        let rest = [&self.dashboard, &self.settings, &self.quit];
        items.extend(self.snooze.iter().chain(rest).map(plain));
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menu_ids_map_to_actions() {
        assert_eq!(
            action_of("status:busy"),
            Some(TrayAction::SetStatus {
                availability: Availability::Busy
            })
        );
        assert_eq!(action_of("settings"), Some(TrayAction::OpenSettings));
        assert_eq!(action_of("quit"), Some(TrayAction::Quit));
        assert_eq!(
            action_of("snooze:60"),
            Some(TrayAction::Snooze { minutes: Some(60) })
        );
        assert_eq!(action_of("dashboard"), Some(TrayAction::OpenDashboard));
        assert_eq!(
            action_of("account:7"),
            Some(TrayAction::SwitchAccount { account_id: 7 })
        );
        assert_eq!(action_of("account:x"), None);
        assert_eq!(action_of("status:away"), None);
        assert_eq!(action_of("unread"), None, "the summary is not an action");
    }

    #[test]
    fn the_icon_shows_the_snooze_over_the_status() {
        let user: headset_model::model::User = serde_json::from_value(serde_json::json!({
            "id": 7, "name": "Ann", "email": "ann@example.com", "account_id": 1, "role": "agent",
            "accounts": [{"id": 1, "name": "Acme", "role": "agent", "availability": "busy"}]
        }))
        .unwrap();
        let mut state = AgentState {
            profile: Some(headset_ipc::Profile::from_user(&user)),
            ..AgentState::default()
        };
        assert_eq!(icon_name(&state), "busy");
        state.snoozed_until = Some("2030-01-01T00:00:00Z".into());
        assert_eq!(icon_name(&state), "snoozed");
        assert_eq!(icon_name(&AgentState::default()), "offline");
        for name in ["online", "busy", "offline", "snoozed"] {
            assert!(Image::from_bytes(icon_png(name)).is_ok(), "{name}");
        }
    }
}
