//! A desk for the effects: a HOME whose ALSA output is a WAV file to measure, and a
//! browser that only writes down what it was asked to open.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use anyhow::Result;

pub struct Desk {
    pub dir: tempfile::TempDir,
}

impl Desk {
    /// A HOME whose ALSA default device writes to `out.wav`, and a PATH whose
    /// `xdg-open` records the URL it was asked to open.
    pub fn new() -> Result<Desk> {
        let dir = super::scratch()?;
        let wav = dir.path().join("out.wav");
        std::fs::write(
            dir.path().join(".asoundrc"),
            format!(
                // Through `plug` to 16-bit samples: the file plugin labels float samples as
                // integers in its WAV header, which would make every level meaningless.
                "pcm.!default {{ type plug; slave {{ pcm \"towav\"; format S16_LE }} }}\n\
                 pcm.towav {{ type file; slave.pcm \"null\"; file \"{}\"; format \"wav\" }}\n",
                wav.display()
            ),
        )?;
        let bin = dir.path().join("bin");
        std::fs::create_dir(&bin)?;
        let opener = bin.join("xdg-open");
        std::fs::write(
            &opener,
            format!(
                "#!/bin/sh\necho \"$1\" >> {}\n",
                dir.path().join("opened").display()
            ),
        )?;
        std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755))?;
        Ok(Desk { dir })
    }

    pub fn env(&self) -> Vec<(&'static str, String)> {
        let path = format!(
            "{}:{}",
            self.dir.path().join("bin").display(),
            std::env::var("PATH").unwrap_or_default()
        );
        vec![
            ("HOME", self.dir.path().display().to_string()),
            ("PATH", path),
        ]
    }

    /// Sox's maximum amplitude of what ALSA wrote (0 when nothing).
    pub fn loudness(&self) -> f64 {
        self.stat("Maximum amplitude")
    }

    /// Seconds of sound ALSA wrote.
    pub fn length(&self) -> f64 {
        self.stat("Length (seconds)")
    }

    /// One line of `sox out.wav -n stat` (0 when nothing was written).
    fn stat(&self, name: &str) -> f64 {
        let out = Command::new("sox")
            .arg(self.dir.path().join("out.wav"))
            .args(["-n", "stat"])
            .output();
        let text = out
            .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
            .unwrap_or_default();
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split(':').nth(1))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0.0)
    }

    pub fn opened(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("opened")).unwrap_or_default()
    }
}
