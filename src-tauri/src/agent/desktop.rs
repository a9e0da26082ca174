//! The agent's desktop: headset-desktop's services, Tauri's tray, its start-at-login
//! plugin, and the settings window's process.

use std::process::{Command, Stdio};

use headset_agent::{Desktop, Popup, SecretKey, TrayView};
use headset_core::api::Credentials;
use headset_desktop::System;
use headset_ipc::{AgentState, Check};
use headset_model::settings::Tone;
use tauri::AppHandle;
use tauri_plugin_autostart::ManagerExt;

use super::tray::Tray;

pub struct TauriDesktop {
    system: System,
    tray: Tray,
    app: AppHandle,
}

impl TauriDesktop {
    pub fn new(app: AppHandle, tray: Tray) -> Self {
        TauriDesktop {
            system: System::default(),
            tray,
            app,
        }
    }
}

impl Desktop for TauriDesktop {
    fn show(&self, popup: Popup) {
        self.system.show(popup);
    }
    fn close(&self, conversation: i64) {
        self.system.close(conversation);
    }
    fn ring(&self, tone: Option<Tone>, volume: u8) {
        self.system.ring(tone, volume);
    }
    fn set_custom_sound(&self, bytes: Option<Vec<u8>>) -> Result<(), &'static str> {
        self.system.set_custom_sound(bytes)
    }
    fn adopt_tone(&self, tone: Tone, bytes: Vec<u8>) {
        self.system.adopt_tone(tone, bytes);
    }
    fn redraw_tray(&self, state: &AgentState) {
        self.tray.sync(state);
    }
    fn tray(&self) -> TrayView {
        self.tray.describe()
    }
    fn load_secret(&self, key: &SecretKey) -> Result<Option<Credentials>, String> {
        self.system.load_secret(key)
    }
    fn store_secret(&self, key: &SecretKey, credentials: &Credentials) -> Result<(), String> {
        self.system.store_secret(key, credentials)
    }
    fn delete_secret(&self, key: &SecretKey) -> Result<(), String> {
        self.system.delete_secret(key)
    }
    fn launch_at_login(&self, enabled: bool) -> Result<(), String> {
        let launcher = self.app.autolaunch();
        let done = if enabled {
            launcher.enable()
        } else {
            launcher.disable()
        };
        done.map_err(|e| e.to_string())
    }
    fn open_url(&self, url: &str) -> Result<(), String> {
        open::that_detached(url).map_err(|e| e.to_string())
    }
    /// `headset settings`, detached from our stdio, never passing secrets along; reaped
    /// by a thread so no zombie stays.
    fn open_settings_window(&self) -> Result<(), String> {
        let mut child = Command::new(std::env::current_exe().map_err(|e| e.to_string())?)
            .arg("settings")
            .env_remove("HEADSET_ACCESS_TOKEN")
            .stdin(Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        std::thread::spawn(move || child.wait());
        Ok(())
    }
    fn do_not_disturb(&self) -> Option<&'static str> {
        self.system.do_not_disturb()
    }
    fn checks(&self) -> Vec<Check> {
        self.system.checks()
    }
    fn quit(&self) {
        self.app.exit(0);
    }
}
