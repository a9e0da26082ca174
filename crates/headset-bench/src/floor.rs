//! The framework's floors for `cargo xtask bench`: an empty Tauri 2 app, built with the
//! same Tauri features (and so the same GTK, WebKitGTK and appindicator libraries) as
//! Headset. `headset-floor tray` shows a tray icon and never creates a webview, as the
//! agent does; `headset-floor window` opens one window with a static page, as the
//! settings window does. What Headset uses above these is its own.

use tauri::tray::TrayIconBuilder;
use tauri::{RunEvent, WebviewUrl, WebviewWindowBuilder};

fn main() {
    let window = match std::env::args().nth(1).as_deref() {
        Some("tray") => false,
        Some("window") => true,
        _ => {
            eprintln!("usage: headset-floor tray|window");
            std::process::exit(2);
        }
    };
    let app = tauri::Builder::default()
        .setup(move |app| {
            if window {
                WebviewWindowBuilder::new(app, "floor", WebviewUrl::App("index.html".into()))
                    .title("Floor")
                    .build()?;
            } else {
                let icon = app.default_window_icon().cloned().ok_or("no icon")?;
                TrayIconBuilder::new()
                    .icon(icon)
                    .tooltip("Floor")
                    .build(app)?;
            }
            Ok(())
        })
        .build(tauri::generate_context!())
        .expect("the floor app builds");
    // Like the agent, live on with no window.
    app.run(|_, event| {
        if let RunEvent::ExitRequested { api, .. } = event {
            api.prevent_exit();
        }
    });
}
