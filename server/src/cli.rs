//! The command line: `lotse [serve|migrate|demo-data|create-admin]`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

use app::models::OrganisationType;
use app::server::admin::accounts::{bootstrap_user, NewStaffAccount};
use app::server::demo;

use crate::config::Config;
use crate::startup;

#[derive(Parser)]
#[command(
    name = "lotse",
    version,
    about = "Lotse – case management for municipal integration work"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve Lotse (the default).
    Serve,
    /// Create or update the database schema, then exit.
    Migrate,
    /// Load the demo municipality (Köln) into the database; does nothing if already loaded.
    DemoData {
        /// Also write this many synthetic clients with cases, plans and history (benchmarks).
        #[arg(long)]
        clients: Option<usize>,
        /// Assign every case to this case manager as well (benchmark of a caseload export).
        #[arg(long, value_name = "EMAIL")]
        assign_all_to: Option<String>,
        /// Give this share of the clients (per cent) a consent whose retention period has
        /// passed, for the next retention run to delete (benchmark of that run).
        #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(i64).range(1..=100))]
        due_share: Option<i64>,
        /// Make the users of `make bench`'s mixed workload among the synthetic clients (once:
        /// case managers, partner staff, portal clients, volunteers with tasks) and write
        /// their accounts and records to this file as JSON.
        #[arg(long, value_name = "FILE")]
        load_users: Option<std::path::PathBuf>,
    },
    /// Print who may see what: every personal-data server function called as every role in
    /// every situation of the access policy (on a temporary database). Writes Markdown.
    /// Built with the `testing` feature only (`make access-matrix`).
    #[cfg(feature = "testing")]
    AccessMatrix {
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<std::path::PathBuf>,
    },
    /// Check the audit log's hash chain; exits with 1 when an entry was changed or removed.
    AuditVerify,
    /// Print the retention rules in force: each kind of personal data, when its period
    /// starts, the period, where Lotse keeps it, and the rule's last change.
    Retention {
        /// Also count, per rule, the records whose period has passed: what a run of the
        /// rules would delete now. Changes nothing.
        #[arg(long, conflicts_with = "apply")]
        dry_run: bool,
        /// Apply the rules now, as the daily schedule does, and print per rule how many
        /// records were deleted and how long the run took. The schedule's next run is then
        /// a day later.
        #[arg(long)]
        apply: bool,
    },
    /// Create an administrator account.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// The organisation the administrator belongs to (created when missing).
        #[arg(long, default_value = "Stadt Köln")]
        organisation: String,
        /// The initial password; read from LOTSE_ADMIN_PASSWORD when not given here.
        #[arg(long, env = "LOTSE_ADMIN_PASSWORD", hide_env_values = true)]
        password: String,
    },
}

fn init_logging(json: bool) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(message) => {
            eprintln!("lotse: {message}");
            return ExitCode::from(2);
        }
    };
    init_logging(config.log_json);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&config).await,
        Command::Migrate => startup::connect(&config)
            .await
            .map(|_| println!("database is up to date")),
        Command::DemoData {
            clients,
            assign_all_to,
            due_share,
            load_users,
        } => demo_data(&config, clients, assign_all_to, due_share, load_users).await,
        #[cfg(feature = "testing")]
        Command::AccessMatrix { output } => access_matrix(output).await,
        Command::AuditVerify => audit_verify(&config).await,
        Command::Retention { dry_run, apply } => retention(&config, dry_run, apply).await,
        Command::CreateAdmin {
            email,
            name,
            organisation,
            password,
        } => create_admin(&config, email, name, organisation, password).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            eprintln!("lotse: {message}");
            ExitCode::FAILURE
        }
    }
}

/// How often a process with a mail server looks for mails to send.
const MAIL_INTERVAL: std::time::Duration = std::time::Duration::from_secs(5);

async fn serve(config: &Config) -> Result<(), String> {
    let db = startup::connect(config).await?;
    let state = startup::state(db, config).await?;
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let options = startup::leptos_options(&config.site_root, addr);
    // Scheduled work; with several processes on one database, each job runs in one of them.
    let jobs_state = state.clone();
    let holder = app::server::jobs::holder_name();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(app::server::jobs::TICK);
        loop {
            every.tick().await;
            app::server::jobs::run_due(&jobs_state.db, &jobs_state.settings, &holder).await;
        }
    });
    // The outbox: with a mail server configured, every process sends what is due; the
    // outbox's claims give each mail to one of them.
    if let Some(url) = &config.smtp_url {
        let mailer = app::server::mail::smtp::Mailer::new(url, &config.mail_from)?;
        let db = state.db.clone();
        let holder = app::server::jobs::holder_name();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(MAIL_INTERVAL);
            loop {
                every.tick().await;
                let now = app::server::infra::db::now_ms();
                if let Err(error) =
                    app::server::mail::smtp::deliver_due(&db, &mailer, &holder, now).await
                {
                    tracing::warn!(?error, "cannot send the outbox");
                }
            }
        });
    }
    tracing::info!("Lotse listens on http://{addr}");
    println!("Lotse listens on http://{addr}");
    startup::serve(listener, startup::router(state, options))
        .await
        .map_err(|e| e.to_string())
}

async fn demo_data(
    config: &Config,
    synthetic: Option<usize>,
    assign_all: Option<String>,
    due_share: Option<i64>,
    load_users: Option<std::path::PathBuf>,
) -> Result<(), String> {
    // The demo's mails link to where this configuration serves Lotse.
    let _ = startup::settings(config);
    let db = startup::connect(config).await?;
    let loaded = demo::load(&db)
        .await
        .map_err(|e| format!("cannot load demo data: {e:?}"))?;
    if loaded {
        println!(
            "Demo data loaded. Staff accounts (password \"{}\"):",
            demo::DEMO_PASSWORD
        );
    } else {
        println!(
            "Demo data was already loaded. Staff accounts (password \"{}\"):",
            demo::DEMO_PASSWORD
        );
    }
    for (email, name, role, organisation, _) in demo::DEMO_ACCOUNTS {
        println!("  {email:<30} {role:<24} {name}, {organisation}");
    }
    if let Some(n) = synthetic {
        let started = std::time::Instant::now();
        let written = app::server::demo::cases::generate(&db, n)
            .await
            .map_err(|e| format!("cannot generate clients: {e:?}"))?;
        println!(
            "{written} synthetic clients with cases and plans written in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    if let Some(email) = assign_all {
        let assigned = app::server::demo::cases::assign_all(&db, &email)
            .await
            .map_err(|e| format!("cannot assign cases: {e:?}"))?;
        println!("{assigned} cases assigned to {email}");
    }
    if let Some(percent) = due_share {
        let written = app::server::demo::cases::clients_past_their_period(&db, 100 / percent)
            .await
            .map_err(|e| format!("cannot make clients due: {e:?}"))?;
        println!(
            "{written} clients ({percent} %) due for deletion: cases closed and a consent ended four years ago"
        );
    }
    if let Some(path) = load_users {
        let started = std::time::Instant::now();
        let users = demo::load_users::load(&db)
            .await
            .map_err(|e| format!("cannot make the workload's users: {e:?}"))?;
        let json = serde_json::to_string(&users).map_err(|e| e.to_string())?;
        std::fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!(
            "workload users ({} case managers, {} partner staff, {} portal clients, {} volunteers with {} tasks) in {:.1} s, written to {}",
            users.case_managers.len(),
            users.partners.len(),
            users.clients.len(),
            users.volunteers.len(),
            users.volunteers.iter().map(|v| v.tasks.len()).sum::<usize>(),
            started.elapsed().as_secs_f64(),
            path.display()
        );
    }
    Ok(())
}

async fn create_admin(
    config: &Config,
    email: String,
    name: String,
    organisation: String,
    password: String,
) -> Result<(), String> {
    let db = startup::connect(config).await?;
    let account = NewStaffAccount {
        display_name: name,
        email,
        organisation_id: 0,
        role: "administrator".into(),
        password,
    };
    let id = bootstrap_user(&db, &organisation, OrganisationType::CityOffice, account)
        .await
        .map_err(|e| match e {
            app::error::AppError::Invalid { field, message_id } => format!("{field}: {message_id}"),
            other => format!("{other}"),
        })?;
    println!("administrator created (id {id})");
    Ok(())
}

#[cfg(feature = "testing")]
async fn access_matrix(output: Option<std::path::PathBuf>) -> Result<(), String> {
    let document = crate::access_matrix::generate().await;
    match output {
        Some(path) => std::fs::write(&path, document)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => {
            print!("{document}");
            Ok(())
        }
    }
}

async fn retention(config: &Config, dry_run: bool, apply: bool) -> Result<(), String> {
    use app::server::admin::retention;
    let db = startup::connect(config).await?;
    if apply {
        let started = std::time::Instant::now();
        let (run, counts) = retention::apply(&db, app::server::infra::db::now_ms())
            .await
            .map_err(|e| format!("cannot apply the retention rules: {e}"))?;
        let mut out = format!(
            "Retention run {run}: {} records deleted in {:.2} s\n",
            counts.iter().map(|(_, n)| n).sum::<i64>(),
            started.elapsed().as_secs_f64()
        );
        for (kind, n) in counts {
            out.push_str(&format!("  {kind}: {n}\n"));
        }
        print!("{out}");
        return Ok(());
    }
    let mut conn = db.pool.acquire().await.map_err(|e| e.to_string())?;
    let rules = retention::in_force(&mut conn)
        .await
        .map_err(|e| format!("cannot read the retention rules: {e}"))?;
    let due = if dry_run {
        retention::due(&mut conn, &rules, app::server::infra::db::now_ms())
            .await
            .map_err(|e| format!("cannot count what is due: {e}"))?
    } else {
        Vec::new()
    };
    print!("{}", retention_table(&rules, dry_run.then_some(&due[..])));
    Ok(())
}

/// The rules as plain text in English (the `en` messages, without Fluent's isolation marks),
/// with what is due now per rule when `due` is given (a dry run).
pub fn retention_table(
    rules: &[app::models::RetentionRule],
    due: Option<&[(String, i64)]>,
) -> String {
    use app::i18n::{t_in, t_in_args};
    use app::models::retention::DataKind;
    let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
    let utc = |at: i64| {
        chrono::DateTime::from_timestamp_millis(at)
            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default()
    };
    let period = |amount: i64, unit: &str| {
        plain(t_in_args(
            "en",
            &format!("retention-period-{unit}"),
            &[("count", amount.to_string())],
        ))
    };
    let mut out = String::from(
        "Retention rules in force. The periods shipped with Lotse are examples, not legal advice.\n",
    );
    if due.is_some() {
        out.push_str("Dry run: counts what is due now. Nothing is deleted.\n");
    }
    for rule in rules {
        let stored = DataKind::parse(&rule.data_kind)
            .map(|k| k.stored_in().join(", "))
            .unwrap_or_default();
        out.push_str(&format!(
            "\n{} ({})\n  {} after: {}\n  kept in: {}\n",
            plain(t_in("en", &format!("retention-kind-{}", rule.data_kind))),
            rule.data_kind,
            period(rule.period_amount, &rule.period_unit),
            plain(t_in("en", &format!("retention-start-{}", rule.start_event))),
            stored,
        ));
        out.push_str("  deleted by the schedule once a day when due\n");
        if let Some(due) = due {
            let n = due
                .iter()
                .find(|(kind, _)| *kind == rule.data_kind)
                .map_or(0, |(_, n)| *n);
            out.push_str(&format!("  due now (a run would delete): {n} records\n"));
        }
        if let Some(run) = &rule.last_run {
            out.push_str(&format!(
                "  last run {}: {} records deleted\n",
                utc(run.at),
                run.deleted
            ));
        }
        if let Some(change) = &rule.last_change {
            out.push_str(&format!(
                "  changed {} by {} (before: {})\n",
                utc(change.at),
                if change.by.is_empty() {
                    plain(t_in("en", "retention-changed-by-unknown"))
                } else {
                    change.by.clone()
                },
                period(change.old_amount, &change.old_unit),
            ));
        }
    }
    out
}

async fn audit_verify(config: &Config) -> Result<(), String> {
    let db = startup::connect(config).await?;
    match app::server::audit::verify(&db)
        .await
        .map_err(|e| format!("cannot read the audit log: {e:?}"))?
    {
        None => {
            println!("audit log intact");
            Ok(())
        }
        Some(seq) => Err(format!(
            "audit log broken at entry {seq}: entries were changed, inserted or removed"
        )),
    }
}
