//! Running commands, and stopping the ones we started when asked to (Ctrl-C).

use std::process::{Child, Command};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::Result;

pub fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(crate::root());
    c
}

/// Runs to completion; a non-zero exit is an error naming the command.
pub fn run(cmd: &mut Command) -> Result {
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", describe(cmd)))
    }
}

pub fn output(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    if !out.status.success() {
        return Err(format!(
            "{} failed: {}",
            describe(cmd),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

pub fn found(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program} >/dev/null")])
        .status()
        .is_ok_and(|s| s.success())
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_interrupt(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Catches Ctrl-C and SIGTERM so we can stop our children in order. (A handler, unlike
/// an ignored signal, is reset in the children we start.)
pub fn catch_interrupts() {
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_interrupt as *const () as libc::sighandler_t,
        );
        libc::signal(
            libc::SIGTERM,
            on_interrupt as *const () as libc::sighandler_t,
        );
    }
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Children stopped with SIGTERM (then SIGKILL) when dropped, newest first.
#[derive(Default)]
pub struct Children(Vec<(String, Child)>);

impl Children {
    pub fn spawn(&mut self, name: &str, cmd: &mut Command) -> Result<&mut Child> {
        let child = cmd
            .spawn()
            .map_err(|e| format!("cannot start {name}: {e}"))?;
        self.0.push((name.to_owned(), child));
        Ok(&mut self.0.last_mut().expect("just pushed").1)
    }

    /// A private X display (Xvfb, 1280x800) on a free number, ready when this returns.
    pub fn xvfb(&mut self) -> Result<u32> {
        let display = free_display();
        self.spawn(
            "Xvfb",
            Command::new("Xvfb")
                .arg(format!(":{display}"))
                .args(["-screen", "0", "1280x800x24", "-nolisten", "tcp"])
                .stderr(std::process::Stdio::null()),
        )?;
        let socket = format!("/tmp/.X11-unix/X{display}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !std::path::Path::new(&socket).exists() {
            if Instant::now() > deadline {
                return Err(format!(
                    "Xvfb :{display} did not start ({socket} is missing)"
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(display)
    }

    /// The notification daemon (dunst), configured in `dir` as desktops behave: a few
    /// pop-ups on screen, the rest queued. (dunst's own default draws every pop-up at
    /// once, and past a few hundred it takes ~100 ms to answer each `Notify`.)
    pub fn dunst(&mut self, dir: &std::path::Path) -> Result {
        let config = dir.join("dunstrc");
        std::fs::write(&config, "[global]\n    notification_limit = 5\n")
            .map_err(|e| e.to_string())?;
        self.spawn(
            "dunst",
            Command::new("dunst")
                .arg("-config")
                .arg(&config)
                .stderr(std::process::Stdio::null()),
        )?;
        Ok(())
    }

    /// Takes out a child that has exited, and gives its name.
    pub fn exited(&mut self) -> Option<String> {
        let i = self
            .0
            .iter_mut()
            .position(|(_, c)| matches!(c.try_wait(), Ok(Some(_))))?;
        Some(self.0.remove(i).0)
    }
}

impl Drop for Children {
    fn drop(&mut self) {
        for (name, child) in self.0.iter_mut().rev() {
            if let Ok(None) = child.try_wait() {
                unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
                let deadline = Instant::now() + Duration::from_secs(5);
                while Instant::now() < deadline && matches!(child.try_wait(), Ok(None)) {
                    std::thread::sleep(Duration::from_millis(50));
                }
                if let Ok(None) = child.try_wait() {
                    eprintln!("xtask: {name} did not stop; killing it");
                    let _ = child.kill();
                }
                let _ = child.wait();
            }
        }
    }
}

/// Waits until `addr` accepts TCP connections.
pub fn wait_for_port(addr: &str, within: Duration) -> Result {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(addr).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(format!("nothing listens on {addr} after {within:?}"))
}

pub fn free_port() -> Result<u16> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

/// A free X display number (no lock file in /tmp).
fn free_display() -> u32 {
    (99..200)
        .find(|n| !std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists())
        .unwrap_or(99)
}
