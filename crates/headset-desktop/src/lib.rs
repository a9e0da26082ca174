//! The desktop services the agent needs that no GUI toolkit provides: pop-ups (the XDG
//! notification server over D-Bus; the notification centres elsewhere), sounds (rodio),
//! the keychain, the OS's do-not-disturb and the presence signals (lock, idle, sleep,
//! network). No Tauri, GTK or WebKit: the agent's `Desktop` is these plus a tray.

mod dnd;
mod keychain;
mod notifier;
mod player;
pub mod signals;

use headset_agent::{Popup, SecretKey};
use headset_core::api::Credentials;
use headset_ipc::Check;
use headset_model::settings::Tone;
use headset_model::texts::{plain, text};

pub use player::check_sound;

/// Pop-ups, sounds, the keychain and the do-not-disturb state of this computer.
#[derive(Default, Clone)]
pub struct System {
    notifier: notifier::Notifier,
    player: player::Player,
}

impl System {
    pub fn show(&self, popup: Popup) {
        self.notifier.show(popup);
    }

    pub fn close(&self, conversation: i64) {
        self.notifier.close(conversation);
    }

    pub fn ring(&self, tone: Option<Tone>, volume: u8) {
        self.player.play(tone, volume);
    }

    pub fn set_custom_sound(&self, bytes: Option<Vec<u8>>) -> Result<(), &'static str> {
        if let Some(bytes) = &bytes {
            check_sound(bytes)?;
        }
        self.player.set_custom(bytes);
        Ok(())
    }

    pub fn adopt_tone(&self, tone: Tone, bytes: Vec<u8>) {
        self.player.adopt(tone, bytes);
    }

    pub fn load_secret(&self, key: &SecretKey) -> Result<Option<Credentials>, String> {
        keychain::load(key)
    }

    pub fn store_secret(&self, key: &SecretKey, credentials: &Credentials) -> Result<(), String> {
        keychain::store(key, credentials)
    }

    pub fn delete_secret(&self, key: &SecretKey) -> Result<(), String> {
        keychain::delete(key)
    }

    pub fn do_not_disturb(&self) -> Option<&'static str> {
        dnd::os_dnd()
    }

    /// Is each part there and working: the keychain, the notification server, the
    /// audio device? (Blocking.)
    pub fn checks(&self) -> Vec<Check> {
        let audio = {
            use rodio::cpal::traits::{DeviceTrait, HostTrait};
            rodio::cpal::default_host()
                .default_output_device()
                .map(|d| {
                    d.name()
                        .unwrap_or_else(|_| plain("diagnose-unnamed-device"))
                })
                .ok_or_else(|| plain("diagnose-no-audio-device"))
        };
        vec![
            Check::from_result("keychain", keychain::probe()),
            Check::from_result("notifications", notification_server()),
            Check::from_result("audio", audio),
        ]
    }
}

/// The XDG notification server's name and version.
#[cfg(all(unix, not(target_os = "macos")))]
fn notification_server() -> Result<String, String> {
    notify_rust::get_server_information()
        .map(|i| format!("{} {} (spec {})", i.name, i.version, i.spec_version))
        .map_err(|e| {
            text(
                "diagnose-no-notification-daemon",
                &[("detail", e.to_string().into())],
            )
        })
}

/// macOS and Windows always have their notification centre.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn notification_server() -> Result<String, String> {
    Ok(plain("diagnose-system-notifications"))
}
