//! `headset-server`: serve the API (with demo traffic if asked), or manage users from
//! the command line.

use std::io::Read;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use headset_model::model::Role;
use headset_server::mail::Mailer;
use headset_server::seal::Sealer;
use headset_server::store::NewUser;
use headset_server::{app, password, policy, AppState, Error, SessionLifetimes, Store};

#[derive(Parser)]
#[command(
    name = "headset-server",
    version,
    about = "A Chatwoot-compatible agent API server"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API until SIGTERM or Ctrl-C.
    Serve(ServeArgs),
    /// Serve, with a demo account filled in (inboxes, contacts, segments) and simulated
    /// customers writing in, so alerts can be seen live.
    Demo {
        #[command(flatten)]
        serve: ServeArgs,
        /// Customer events per second (new conversations, messages, mentions).
        #[arg(long, default_value_t = 0.1)]
        traffic: f64,
    },
    /// Manage users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(clap::Args)]
struct ServeArgs {
    #[arg(long, default_value = "127.0.0.1:3000")]
    listen: SocketAddr,
    /// `sqlite://PATH` or `postgres://USER@HOST/DB`; defaults to a SQLite file in
    /// the user's data directory. PostgreSQL also needs HEADSET_SERVER_SECRET_KEY.
    #[arg(long, env = "HEADSET_SERVER_DATABASE")]
    database: Option<String>,
    /// NIST (length and blocklist) or composition (also upper case, digit, special).
    #[arg(long, value_enum, default_value = "nist")]
    password_policy: policy::Kind,
    /// Days a session lives without being used.
    #[arg(long, default_value_t = 14)]
    session_idle_days: i64,
    /// Days a session lives at most.
    #[arg(long, default_value_t = 90)]
    session_max_days: i64,
    /// The address people reach the server at (for links in email).
    #[arg(long)]
    public_url: Option<String>,
    /// The SMTP relay for email: smtp://HOST:PORT (plain, a relay on this machine),
    /// smtp://USER:PASSWORD@HOST:587?tls=required (STARTTLS) or smtps://USER:PASSWORD@HOST.
    /// Best given in the environment, where other users cannot read it.
    #[arg(long, env = "HEADSET_SERVER_SMTP", hide_env_values = true)]
    smtp: Option<String>,
    /// The sender of email.
    #[arg(long, default_value = headset_server::mail::DEFAULT_FROM)]
    mail_from: String,
    /// Where email is written while no SMTP relay is given.
    #[arg(long, conflicts_with = "smtp")]
    outbox: Option<std::path::PathBuf>,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user (the password is read from standard input) and print it as JSON.
    Add {
        #[arg(long, env = "HEADSET_SERVER_DATABASE")]
        database: Option<String>,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = ["agent", "administrator"])]
        role: String,
        /// The account (created when it does not exist).
        #[arg(long)]
        account: String,
    },
    /// Add an existing user to another account (created when it does not exist) and
    /// print the account as JSON.
    Join {
        #[arg(long, env = "HEADSET_SERVER_DATABASE")]
        database: Option<String>,
        #[arg(long)]
        email: String,
        #[arg(long, value_parser = ["agent", "administrator"])]
        role: String,
        #[arg(long)]
        account: String,
    },
    /// Print a user's personal API access token as JSON.
    Token {
        #[arg(long, env = "HEADSET_SERVER_DATABASE")]
        database: Option<String>,
        #[arg(long)]
        email: String,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    match runtime.block_on(run(Cli::parse().command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("headset-server: {e}");
            ExitCode::from(2)
        }
    }
}

async fn run(command: Command) -> Result<(), Error> {
    match command {
        Command::Serve(args) => serve(args, None).await,
        Command::Demo {
            serve: args,
            traffic,
        } => {
            if !(traffic > 0.0 && traffic <= 100.0) {
                return Err(Error::Invalid(
                    "--traffic must be above 0 and at most 100 events a second".into(),
                ));
            }
            serve(args, Some(traffic)).await
        }
        Command::User {
            command:
                UserCommand::Add {
                    database,
                    email,
                    name,
                    role,
                    account,
                },
        } => {
            let mut password = String::new();
            std::io::stdin()
                .read_to_string(&mut password)
                .map_err(|e| Error::Invalid(format!("cannot read the password from stdin: {e}")))?;
            let password = password.trim_end_matches(['\r', '\n']).to_owned();
            let length = password.chars().count();
            if !(password::MIN_LENGTH..=password::MAX_LENGTH).contains(&length) {
                return Err(Error::Invalid(format!(
                    "the password must be {} to {} characters long (got {length})",
                    password::MIN_LENGTH,
                    password::MAX_LENGTH
                )));
            }
            let store = Store::open(&database_url(database)?).await?;
            let created = store
                .add_user(NewUser {
                    email: email.trim(),
                    name: name.trim(),
                    role: Role::parse(&role).expect("clap checked the role"),
                    account: account.trim(),
                    password_hash: password::Hasher::default().hash(password).await?,
                })
                .await?;
            println!("{}", serde_json::to_string(&created).expect("serialisable"));
            Ok(())
        }
        Command::User {
            command:
                UserCommand::Join {
                    database,
                    email,
                    role,
                    account,
                },
        } => {
            let store = Store::open(&database_url(database)?).await?;
            let role = Role::parse(&role).expect("clap checked the role");
            let account_id = store
                .join_account(email.trim(), account.trim(), role)
                .await?;
            println!(
                "{}",
                serde_json::json!({ "email": email, "account": account, "account_id": account_id })
            );
            Ok(())
        }
        Command::User {
            command: UserCommand::Token { database, email },
        } => {
            let store = Store::open(&database_url(database)?).await?;
            let token = store
                .access_token_of(&email)
                .await?
                .ok_or_else(|| Error::Invalid(format!("no user with the email {email}")))?;
            println!(
                "{}",
                serde_json::json!({ "email": email, "access_token": token })
            );
            Ok(())
        }
    }
}

/// Serves until SIGTERM or Ctrl-C; with `traffic`, fills in a demo account and simulates
/// customers at that rate.
async fn serve(args: ServeArgs, traffic: Option<f64>) -> Result<(), Error> {
    let ServeArgs {
        listen,
        database,
        password_policy,
        session_idle_days,
        session_max_days,
        public_url,
        smtp,
        mail_from,
        outbox,
    } = args;
    let url = database_url(database)?;
    let store = Store::open(&url).await?;
    let mut state = AppState::new(store);
    state.sealer = Arc::new(Sealer::load_or_create(&key_path(&url)?)?);
    state.public_url = public_url
        .unwrap_or_else(|| format!("http://{listen}"))
        .trim_end_matches('/')
        .to_owned();
    let mailer = match smtp {
        Some(smtp) => Mailer::smtp(&smtp, &mail_from)?,
        None => {
            let outbox = match outbox {
                Some(outbox) => outbox,
                None => default_outbox(&url)?,
            };
            tracing::info!(outbox = %outbox.display(), "no SMTP relay: email is written to the outbox");
            Mailer::outbox(outbox, &mail_from)?
        }
    };
    state.mailer = Arc::new(mailer);
    state.policy = Arc::new(policy::PasswordPolicy::new(password_policy));
    state.sessions = SessionLifetimes {
        idle: chrono::Duration::days(session_idle_days),
        absolute: chrono::Duration::days(session_max_days),
    };
    let stop = shutdown_signal()?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| Error::Invalid(format!("cannot listen on {listen}: {e}")))?;
    tracing::info!(
        "listening on http://{}",
        listener
            .local_addr()
            .map_err(|e| Error::Invalid(e.to_string()))?
    );
    if let Some(rate) = traffic {
        headset_server::demo::start(state.clone(), rate).await?;
    }
    let hub = state.hub.clone();
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        stop.await;
        hub.shutdown();
    })
    .await
    .map_err(|e| Error::Invalid(e.to_string()))?;
    tracing::info!("stopped");
    Ok(())
}

fn database_url(given: Option<String>) -> Result<String, Error> {
    if let Some(url) = given {
        return Ok(url);
    }
    Ok(format!(
        "sqlite://{}",
        data_dir()?.join("headset.db").display()
    ))
}

/// Email waits in a folder beside a SQLite database, or in the data directory.
fn default_outbox(database_url: &str) -> Result<std::path::PathBuf, Error> {
    match database_url.strip_prefix("sqlite://") {
        Some(path) => Ok(format!("{}.outbox", path.split('?').next().unwrap_or(path)).into()),
        None => Ok(data_dir()?.join("outbox")),
    }
}

fn data_dir() -> Result<std::path::PathBuf, Error> {
    let dirs = directories::ProjectDirs::from("app", "headset", "headset-server")
        .ok_or_else(|| Error::Invalid("no home directory: pass --database".into()))?;
    std::fs::create_dir_all(dirs.data_dir())
        .map_err(|e| Error::Invalid(format!("cannot create {}: {e}", dirs.data_dir().display())))?;
    Ok(dirs.data_dir().to_path_buf())
}

/// The key that seals secrets lives beside a SQLite database (`<file>.key`, 0600);
/// other databases need `HEADSET_SERVER_SECRET_KEY`.
fn key_path(database_url: &str) -> Result<std::path::PathBuf, Error> {
    match database_url.strip_prefix("sqlite://") {
        Some(path) => Ok(format!("{}.key", path.split('?').next().unwrap_or(path)).into()),
        None if std::env::var_os("HEADSET_SERVER_SECRET_KEY").is_some() => Ok("".into()),
        None => Err(Error::Invalid(
            "set HEADSET_SERVER_SECRET_KEY (32 bytes, base64) to seal secrets".into(),
        )),
    }
}

/// Resolves at SIGTERM or Ctrl-C. The handlers are in place when this returns, before the
/// server listens: a signal sent as soon as the port answers still stops it cleanly.
fn shutdown_signal() -> Result<impl std::future::Future<Output = ()>, Error> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let handler =
            |kind| signal(kind).map_err(|e| Error::Invalid(format!("cannot handle signals: {e}")));
        let (mut term, mut int) = (
            handler(SignalKind::terminate())?,
            handler(SignalKind::interrupt())?,
        );
        Ok(async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}
