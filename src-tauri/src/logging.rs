//! Logs go to stderr and a daily file under the data dir. Nothing secret is ever logged:
//! credentials have redacting `Debug` impls and are never formatted.

use headset_ipc::paths::Paths;
use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::{fmt, layer::SubscriberExt, util::SubscriberInitExt, EnvFilter, Layer};

/// Starts logging for `role`; keep the guard alive until exit so the file is flushed.
pub fn init(paths: &Paths, role: &str) -> Option<WorkerGuard> {
    let filter =
        || EnvFilter::try_from_env("HEADSET_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let file = std::fs::create_dir_all(paths.log_dir())
        .ok()
        .map(|()| tracing_appender::rolling::daily(paths.log_dir(), format!("{role}.log")));
    let (writer, guard) = match file {
        Some(f) => {
            let (w, g) = tracing_appender::non_blocking(f);
            (Some(w), Some(g))
        }
        None => (None, None),
    };
    let registry = tracing_subscriber::registry()
        .with(
            fmt::layer()
                .with_writer(std::io::stderr)
                .with_filter(filter()),
        )
        .with(writer.map(|w| {
            fmt::layer()
                .with_ansi(false)
                .with_writer(w)
                .with_filter(filter())
        }));
    let _ = registry.try_init();
    guard
}
