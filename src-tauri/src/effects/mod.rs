//! What alert decisions do on the desktop: OS notifications (D-Bus, notify-rust) and sounds
//! (rodio). Failures are logged, never fatal: a missing notification daemon or sound
//! card must not take the agent down.

mod dnd;
mod notifier;
mod pictures;
mod player;

pub use dnd::os_dnd;
pub use notifier::{DesktopAlert, Notifier};
pub use pictures::Pictures;
pub use player::{check_sound, Player};
