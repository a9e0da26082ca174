//! `cargo xtask conformance`: schemathesis (from PyPI, in a venv under `target/`) against
//! a fresh headset-server's own OpenAPI document — every route, generated and mutated
//! requests — checking that no answer is a 5xx, that every status code and content type
//! is one the document declares, and that every success body matches its schema (the
//! main operations describe their JSON bodies). Signing out and resetting the API token
//! are left out: either would end the credential the run uses.

use std::process::Command;
use std::time::Duration;

use crate::process::{self, free_port, wait_for_port, Children};
use crate::{demo, root, Result};

/// Pinned, so a new release cannot change what passes.
const SCHEMATHESIS: &str = "schemathesis==4.32.5";

pub fn run(examples: u32) -> Result {
    let st = install()?;
    let scratch = std::env::temp_dir().join(format!("headset-conformance-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let result = against_a_fresh_server(&st, &scratch, examples);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn against_a_fresh_server(
    st: &std::path::Path,
    scratch: &std::path::Path,
    examples: u32,
) -> Result {
    let server = root().join("target/debug/headset-server");
    let database = format!("sqlite://{}/conformance.sqlite", scratch.display());
    let email = "conformance@example.com";
    let password = demo::random_password()?;
    demo::add_user(
        &server,
        &database,
        (email, "Conformance Check", "administrator"),
        "Acme",
        &password,
    )?;
    let token = demo::access_token(&server, &database, email)?;
    let address = format!("127.0.0.1:{}", free_port()?);
    let mut children = Children::default();
    children.spawn(
        "headset-server",
        Command::new(&server)
            .args(["serve", "--database", &database, "--listen", &address])
            .stderr(std::process::Stdio::null()),
    )?;
    wait_for_port(&address, Duration::from_secs(20))?;
    eprintln!("xtask: schemathesis against headset-server ({examples} examples an operation)");
    process::run(
        Command::new(st)
            .arg("run")
            .arg(format!("http://{address}/api-docs/openapi.json"))
            .args(["--header", &format!("api_access_token: {token}")])
            .args(["--max-examples", &examples.to_string()])
            .args([
                "--checks",
                "not_a_server_error,status_code_conformance,content_type_conformance,\
                 response_schema_conformance",
            ])
            .args(["--exclude-path-regex", "sign_out|reset_access_token"])
            .args(["--seed", "1"])
            // Its cache of findings goes with the scratch directory.
            .current_dir(scratch),
    )
}

/// schemathesis's `st`, in a venv of its own, made when missing.
fn install() -> Result<std::path::PathBuf> {
    let venv = root().join("target/schemathesis");
    let st = venv.join("bin/st");
    if !st.exists() {
        eprintln!("xtask: installing {SCHEMATHESIS} into target/schemathesis");
        process::run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
        process::run(Command::new(venv.join("bin/pip")).args([
            "install",
            "--quiet",
            SCHEMATHESIS,
        ]))?;
    }
    Ok(st)
}
