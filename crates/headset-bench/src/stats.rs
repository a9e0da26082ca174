//! Percentiles and the memory of a process.

/// The `p`-th percentile (nearest rank) of `values`, sorted here.
pub fn percentile(values: &mut [f64], p: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * values.len() as f64).ceil() as usize;
    values[rank.clamp(1, values.len()) - 1]
}

/// "median (min–max)" of `values`, sorted here.
pub fn spread(values: &mut [f64]) -> String {
    values.sort_by(f64::total_cmp);
    format!(
        "{:.1} ({:.1}–{:.1})",
        values[values.len() / 2],
        values[0],
        values[values.len() - 1]
    )
}

/// Resident memory of a process in KiB (`VmRSS`), 0 when it is gone.
pub fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Prints one `key = value` line of the report.
pub fn report(key: &str, value: impl std::fmt::Display) {
    println!("{key} = {value}");
}
