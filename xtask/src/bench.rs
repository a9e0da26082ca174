//! `cargo xtask bench`: measures release builds the same way every time and writes
//! `BENCHMARKS.md` (method, machine, medians and spreads).
//!
//! - criterion micro-benchmarks of the alert hot path (`crates/headset-core/benches`);
//! - the agent's start (spawn -> its IPC socket answers, which happens after the tray is
//!   built) and its footprint: PSS and RSS of its process tree, signed in and connected
//!   to a local headset-server, after an idle period, with CPU time and context switches
//!   over that period; then the same with the settings window open;
//! - the sizes of the release binaries.
//!
//! `--idle SECONDS` sets the idle period (default 60). The desktop parts run in a private
//! X display, session bus, keyring and notification daemon, as the tests do.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::demo;
use crate::process::{self, cargo, Children};
use crate::{root, setup, Result};

pub fn run(args: &[String]) -> Result {
    let idle = match args {
        [flag, secs] if flag == "--idle" => secs
            .parse()
            .map_err(|_| format!("--idle takes seconds, not {secs:?}"))?,
        [] => 60,
        _ => return Err("usage: cargo xtask bench [--idle SECONDS]".into()),
    };
    setup::run()?;
    setup::build_ui()?;
    process::run(cargo().args(["build", "--release", "--workspace", "--bins"]))?;
    let micro = criterion()?;

    let mut children = Children::default();
    let display = children.xvfb()?;
    let report = root().join("target/bench-desktop.txt");
    process::run(
        Command::new("dbus-run-session")
            .arg("--")
            // A release build leaves this debug binary alone: no copy needed (unlike `test`).
            .arg(std::env::current_exe().map_err(|e| e.to_string())?)
            .args(["bench-in-session", &idle.to_string()])
            .arg(&report)
            .env("DISPLAY", format!(":{display}")),
    )?;
    let desktop = std::fs::read_to_string(&report).map_err(|e| e.to_string())?;
    drop(children);

    let markdown = render(&micro, &desktop, idle)?;
    std::fs::write(root().join("BENCHMARKS.md"), markdown).map_err(|e| e.to_string())?;
    eprintln!("xtask: wrote BENCHMARKS.md");
    Ok(())
}

/// `name | median | spread` rows from criterion's bencher-style output.
fn criterion() -> Result<Vec<(String, String)>> {
    let out = process::output(cargo().args([
        "bench",
        "-p",
        "headset-core",
        "--bench",
        "alerts",
        "--",
        "--output-format",
        "bencher",
    ]))?;
    // test availability: is_available ... bench:          85 ns/iter (+/- 3)
    Ok(out
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("test ")?;
            let (name, numbers) = rest.split_once(" ... bench:")?;
            Some((name.trim().to_owned(), numbers.trim().to_owned()))
        })
        .collect())
}

/// Inside the private bus: server, agent, window; writes `key = value` lines.
pub fn in_session(args: &[String]) -> Result {
    let [idle, report] = args else {
        return Err("bench-in-session IDLE REPORT".into());
    };
    let idle: u64 = idle.parse().map_err(|e| format!("{e}"))?;
    let dir = std::env::temp_dir().join(format!("headset-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    demo::unlock_keyring(&dir)?;
    let mut children = Children::default();
    children.spawn("dunst", Command::new("dunst").stderr(Stdio::null()))?;
    let bin = |name: &str| root().join("target/release").join(name);

    let database = format!("sqlite://{}", dir.join("server.db").display());
    let email = "bench@headset.bench";
    demo::add_user(
        &bin("headset-server"),
        &database,
        (email, "Bench Agent", "agent"),
        "Bench",
        &demo::random_password()?,
    )?;
    let token = demo::access_token(&bin("headset-server"), &database, email)?;
    let port = process::free_port()?;
    let url = format!("http://127.0.0.1:{port}");
    children.spawn(
        "headset-server",
        Command::new(bin("headset-server"))
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .args(["--database", &database])
            .stderr(Stdio::null()),
    )?;
    process::wait_for_port(&format!("127.0.0.1:{port}"), Duration::from_secs(20))?;

    let mut out = String::new();
    // Start: five cold starts of the agent, spawn -> socket present.
    let mut starts = Vec::new();
    for run in 0..5 {
        let data = dir.join(format!("start-{run}"));
        let began = Instant::now();
        let mut child = Command::new(bin("headset"))
            .args(["--server", &url])
            .env("HEADSET_DATA_DIR", &data)
            .env("HEADSET_ACCESS_TOKEN", &token)
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        while !data.join("agent.sock").exists() {
            if began.elapsed() > Duration::from_secs(20) {
                return Err("the agent did not start".into());
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        starts.push(began.elapsed().as_secs_f64() * 1000.0);
        let _ = child.kill();
        let _ = child.wait();
    }
    let _ = writeln!(out, "start_ms = {}", spread(&mut starts));

    // Footprint: one agent signed in and connected, left alone.
    let data = dir.join("agent");
    let agent = children.spawn(
        "headset agent",
        Command::new(bin("headset"))
            .args(["--server", &url])
            .env("HEADSET_DATA_DIR", &data)
            .env("HEADSET_ACCESS_TOKEN", &token)
            .stderr(Stdio::null()),
    )?;
    let agent_pid = agent.id();
    demo::wait_for_socket(&data.join("agent.sock"))?;
    std::thread::sleep(Duration::from_secs(5)); // signed in, socket up
    let before = Usage::of_tree(agent_pid);
    std::thread::sleep(Duration::from_secs(idle));
    let after = Usage::of_tree(agent_pid);
    let _ = writeln!(out, "agent_pss_kib = {}", after.pss_kib);
    let _ = writeln!(out, "agent_rss_kib = {}", after.rss_kib);
    let _ = writeln!(out, "agent_processes = {}", after.processes);
    let cpu = (after.cpu_ticks - before.cpu_ticks) as f64 / ticks_per_second() / idle as f64;
    let _ = writeln!(out, "agent_idle_cpu_percent = {:.3}", cpu * 100.0);
    let switches = (after.switches - before.switches) as f64 / idle as f64;
    let _ = writeln!(out, "agent_switches_per_second = {switches:.2}");

    // The settings window beside it.
    let window = children.spawn(
        "headset settings",
        Command::new(bin("headset"))
            .arg("settings")
            .env("HEADSET_DATA_DIR", &data)
            .stderr(Stdio::null()),
    )?;
    let window_pid = window.id();
    std::thread::sleep(Duration::from_secs(15));
    let with_window = Usage::of_tree(window_pid);
    let agent_now = Usage::of_tree(agent_pid);
    let _ = writeln!(out, "window_pss_kib = {}", with_window.pss_kib);
    let _ = writeln!(out, "window_rss_kib = {}", with_window.rss_kib);
    let _ = writeln!(out, "window_processes = {}", with_window.processes);
    let _ = writeln!(
        out,
        "both_pss_kib = {}",
        with_window.pss_kib + agent_now.pss_kib
    );

    for name in ["headset", "headset-server"] {
        let size = std::fs::metadata(bin(name)).map(|m| m.len()).unwrap_or(0);
        let _ = writeln!(out, "size_{} = {size}", name.replace('-', "_"));
    }
    drop(children);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::write(report, out).map_err(|e| e.to_string())
}

/// "median (min–max)" of a few runs.
fn spread(values: &mut [f64]) -> String {
    values.sort_by(f64::total_cmp);
    format!(
        "{:.1} ({:.1}–{:.1})",
        values[values.len() / 2],
        values[0],
        values[values.len() - 1]
    )
}

fn ticks_per_second() -> f64 {
    // SAFETY: sysconf has no preconditions.
    (unsafe { libc::sysconf(libc::_SC_CLK_TCK) }) as f64
}

/// What a process and its descendants use, from /proc.
#[derive(Default)]
struct Usage {
    processes: usize,
    pss_kib: u64,
    rss_kib: u64,
    cpu_ticks: u64,
    switches: u64,
}

impl Usage {
    fn of_tree(root_pid: u32) -> Usage {
        let mut usage = Usage::default();
        for pid in tree(root_pid) {
            let proc = PathBuf::from(format!("/proc/{pid}"));
            let rollup = std::fs::read_to_string(proc.join("smaps_rollup")).unwrap_or_default();
            usage.processes += 1;
            usage.pss_kib += field_number(&rollup, "Pss:");
            usage.rss_kib += field_number(&rollup, "Rss:");
            // utime and stime: fields 14 and 15, counted after the ")" of the name.
            let stat = std::fs::read_to_string(proc.join("stat")).unwrap_or_default();
            if let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) {
                let fields: Vec<&str> = rest.split_whitespace().collect();
                for i in [11, 12] {
                    usage.cpu_ticks += fields.get(i).and_then(|v| v.parse().ok()).unwrap_or(0);
                }
            }
            usage.switches += switches(&proc);
        }
        usage
    }
}

/// The first number after `name` on its line (`Pss:  123 kB`, `voluntary_ctxt_switches: 5`).
fn field_number(text: &str, name: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Voluntary and involuntary context switches of every thread.
fn switches(proc: &Path) -> u64 {
    let Ok(tasks) = std::fs::read_dir(proc.join("task")) else {
        return 0;
    };
    tasks
        .flatten()
        .map(|task| {
            let status = std::fs::read_to_string(task.path().join("status")).unwrap_or_default();
            ["voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:"]
                .iter()
                .map(|name| field_number(&status, name))
                .sum::<u64>()
        })
        .sum()
}

/// `root` and every process below it (WebKit's helpers run as children).
fn tree(root: u32) -> Vec<u32> {
    let mut all = vec![root];
    let mut i = 0;
    while i < all.len() {
        let parent = all[i];
        let children = std::fs::read_to_string(format!("/proc/{parent}/task/{parent}/children"))
            .unwrap_or_default();
        all.extend(
            children
                .split_whitespace()
                .filter_map(|c| c.parse::<u32>().ok()),
        );
        i += 1;
    }
    all
}

fn render(micro: &[(String, String)], desktop: &str, idle: u64) -> Result<String> {
    let value = |key: &str| {
        desktop
            .lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix(" = "))
            .unwrap_or("?")
            .to_owned()
    };
    let mib = |key: &str| {
        value(key)
            .parse::<f64>()
            .map(|kib| format!("{:.1} MiB", kib / 1024.0))
            .unwrap_or_else(|_| "?".into())
    };
    let machine = machine();
    let mut md = String::new();
    let _ = writeln!(md, "# Benchmarks\n");
    let _ = writeln!(
        md,
        "Written by `cargo xtask bench` (release builds) on {machine}. Run it again after a change \
         that could matter; the numbers below are from one run of it.\n"
    );
    let _ = writeln!(md, "## Footprint and start\n");
    let _ = writeln!(md, "| What | Result |\n|---|---|");
    let _ = writeln!(md, "| Agent start: spawn -> IPC socket present (after the tray is built), 5 cold starts, median (min–max) | {} ms |", value("start_ms"));
    let _ = writeln!(
        md,
        "| Agent PSS, signed in and connected, after {idle} s idle (processes: {}) | {} |",
        value("agent_processes"),
        mib("agent_pss_kib")
    );
    let _ = writeln!(md, "| Agent RSS, same moment | {} |", mib("agent_rss_kib"));
    let _ = writeln!(
        md,
        "| Agent CPU while idle ({idle} s, utime + stime) | {} % |",
        value("agent_idle_cpu_percent")
    );
    let _ = writeln!(
        md,
        "| Agent context switches while idle, all threads | {} /s |",
        value("agent_switches_per_second")
    );
    let _ = writeln!(md, "| Settings window PSS, 15 s after start, its process tree incl. WebKit (processes: {}) | {} |", value("window_processes"), mib("window_pss_kib"));
    let _ = writeln!(md, "| Settings window RSS | {} |", mib("window_rss_kib"));
    let _ = writeln!(md, "| Agent + window PSS | {} |", mib("both_pss_kib"));
    let _ = writeln!(
        md,
        "| Release binary `headset` | {} |",
        bytes(&value("size_headset"))
    );
    let _ = writeln!(
        md,
        "| Release binary `headset-server` | {} |",
        bytes(&value("size_headset_server"))
    );
    let _ = writeln!(
        md,
        "\n## Alert hot path (criterion, `crates/headset-core/benches/alerts.rs`)\n"
    );
    let _ = writeln!(md, "| Benchmark | Time per call (± spread) |\n|---|---|");
    for (name, numbers) in micro {
        let _ = writeln!(md, "| {name} | {numbers} |");
    }
    let _ = writeln!(
        md,
        "\n## Method\n\n\
         - PSS and RSS: the sum of `Pss:` and `Rss:` in `/proc/<pid>/smaps_rollup` over the process and all its \
           descendants (`/proc/<pid>/task/<pid>/children`). PSS shares a shared library's pages among the \
           processes that map it, so it is the fair \"cost of this app\" figure.\n\
         - CPU: the change of `utime + stime` (`/proc/<pid>/stat`) over the idle period, divided by it.\n\
         - Context switches: the change of `voluntary_ctxt_switches + nonvoluntary_ctxt_switches` summed over \
           `/proc/<pid>/task/*/status`.\n\
         - The agent runs against a local `headset-server` (SQLite) with an API token, inside a private X \
           display (Xvfb), D-Bus session, gnome-keyring and dunst, exactly as the tests run it.\n\
         - Start: from `spawn()` to the IPC socket file existing; the agent binds it after building the tray.\n\
         - Criterion: default settings (100 samples, warm-up 3 s); the figure is criterion's estimate and \
           its spread as the `bencher` format prints them.\n\n\
         ## Not measured yet\n\n\
         The floors (an empty Tauri 2 tray app and an empty window built in the same run), first paint of the \
         window, alert latency (broadcast -> `Notify`, -> first audio buffer), the 10 000-message burst, \
         the avatar pipeline against `vipsthumbnail`, the server under 5 000 subscribers, and the .deb size."
    );
    Ok(md)
}

fn bytes(value: &str) -> String {
    value
        .parse::<f64>()
        .map(|b| format!("{:.1} MiB", b / 1024.0 / 1024.0))
        .unwrap_or_else(|_| "?".into())
}

/// CPU model and count, memory, kernel.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find_map(|l| {
                l.strip_prefix("model name")?
                    .split_once(':')
                    .map(|(_, v)| v.trim().to_owned())
            })
        })
        .unwrap_or_else(|| "an unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .map(|m| field_number(&m, "MemTotal:") / 1024 / 1024)
        .unwrap_or(0);
    let kernel = process::output(Command::new("uname").arg("-r"))
        .map(|k| k.trim().to_owned())
        .unwrap_or_default();
    format!("{cores} × {cpu}, {memory} GiB RAM, Linux {kernel}")
}
