//! The tray icon and menu. The status check marks show only what the server confirmed.

use headset_core::ipc::{AgentState, TrayAction, TrayItem};
use headset_core::model::Availability;
use tauri::menu::{CheckMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Manager, Wry};

use super::Agent;

pub struct Tray {
    icon: TrayIcon,
    status: Vec<(Availability, CheckMenuItem<Wry>)>,
    /// Snooze 30 min, 1 h, until the hours start; resume.
    snooze: [MenuItem<Wry>; 4],
    settings: MenuItem<Wry>,
    quit: MenuItem<Wry>,
}

fn label(a: Availability) -> &'static str {
    match a {
        Availability::Online => "Online",
        Availability::Busy => "Busy",
        Availability::Offline => "Offline",
    }
}

/// Menu ids name their action, so a click and an IPC request parse the same way.
fn action_of(id: &str) -> Option<TrayAction> {
    match id {
        "settings" => Some(TrayAction::OpenSettings),
        "snooze:30" => Some(TrayAction::Snooze { minutes: Some(30) }),
        "snooze:60" => Some(TrayAction::Snooze { minutes: Some(60) }),
        "snooze:off" => Some(TrayAction::Snooze { minutes: None }),
        "snooze:hours" => Some(TrayAction::SnoozeUntilHours),
        "quit" => Some(TrayAction::Quit),
        _ => id
            .strip_prefix("status:")
            .and_then(Availability::parse)
            .map(|availability| TrayAction::SetStatus { availability }),
    }
}

impl Tray {
    pub fn build(app: &AppHandle) -> tauri::Result<Tray> {
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
        let settings = MenuItem::with_id(app, "settings", "Settings…", true, None::<&str>)?;
        let quit = MenuItem::with_id(app, "quit", "Quit Headset", true, None::<&str>)?;
        let menu = Menu::new(app)?;
        for (_, item) in &status {
            menu.append(item)?;
        }
        menu.append(&PredefinedMenuItem::separator(app)?)?;
        for item in &snooze {
            menu.append(item)?;
        }
        menu.append_items(&[&PredefinedMenuItem::separator(app)?, &settings, &quit])?;
        let mut builder = TrayIconBuilder::with_id("headset")
            .menu(&menu)
            .tooltip("Headset")
            .show_menu_on_left_click(true)
            .on_menu_event(|app, event| {
                if let Some(action) = action_of(event.id().as_ref()) {
                    let agent = app.state::<std::sync::Arc<Agent>>().inner().clone();
                    tauri::async_runtime::spawn(async move {
                        if let Err(e) = agent.tray_action(action).await {
                            tracing::warn!(error = %e, "tray action failed");
                        }
                    });
                }
            });
        if let Some(icon) = app.default_window_icon() {
            builder = builder.icon(icon.clone());
        }
        Ok(Tray {
            icon: builder.build(app)?,
            status,
            snooze,
            settings,
            quit,
        })
    }

    /// Draws the state: the server's status checked, status items only when signed in.
    pub fn sync(&self, state: &AgentState) {
        let current = state.profile.as_ref().map(|p| p.availability);
        for (a, item) in &self.status {
            let _ = item.set_checked(current == Some(*a));
            let _ = item.set_enabled(current.is_some());
        }
        let snoozed = state.snoozed_until.is_some();
        let signed_in = current.is_some();
        let [half_hour, hour, until_hours, resume] = &self.snooze;
        for item in [half_hour, hour, until_hours] {
            let _ = item.set_enabled(signed_in && !snoozed);
        }
        let _ = resume.set_enabled(signed_in && snoozed);
        let tooltip = match &state.profile {
            Some(p) if state.unread > 0 => format!(
                "Headset — {} ({}), {} unread",
                p.name,
                label(p.availability),
                state.unread
            ),
            Some(p) => format!("Headset — {} ({})", p.name, label(p.availability)),
            None => "Headset — signed out".to_owned(),
        };
        let _ = self.icon.set_tooltip(Some(tooltip));
    }

    /// What the platform does to a check item when it is clicked, before we are told.
    pub fn reflect_click(&self, clicked: Availability) {
        for (a, item) in &self.status {
            if *a == clicked {
                let _ = item.set_checked(!item.is_checked().unwrap_or(false));
            }
        }
    }

    pub fn items(&self) -> Vec<TrayItem> {
        let mut items: Vec<TrayItem> = self
            .status
            .iter()
            .map(|(a, item)| TrayItem {
                id: item.id().0.clone(),
                text: label(*a).to_owned(),
                checked: item.is_checked().ok(),
                enabled: item.is_enabled().unwrap_or(false),
            })
            .collect();
        for item in self.snooze.iter().chain([&self.settings, &self.quit]) {
            items.push(TrayItem {
                id: item.id().0.clone(),
                text: item.text().unwrap_or_default(),
                checked: None,
                enabled: item.is_enabled().unwrap_or(false),
            });
        }
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
        assert_eq!(action_of("status:away"), None);
    }
}
