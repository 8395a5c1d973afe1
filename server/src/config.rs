//! Configuration from the environment (and an optional `.env` file). See the README's table.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Config {
    /// `postgres://…` or `sqlite://…`; unset means SQLite in `data_dir`.
    pub database_url: Option<String>,
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    /// Where the built site (`pkg/`, static files) lies.
    pub site_root: PathBuf,
    pub secure_cookies: bool,
    pub session_idle: Duration,
    /// Client portal sessions end sooner than staff sessions.
    pub client_session_idle: Duration,
    /// A session ends this long after sign-in, however active (staff, portal).
    pub session_max: Duration,
    pub client_session_max: Duration,
    /// `LOTSE_PUBLIC_URL`: the address users reach Lotse at (scheme, host, optional port).
    pub public_url: Option<String>,
    /// `LOTSE_TRUSTED_PROXIES`: reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub log_json: bool,
    /// `LOTSE_SMTP_URL`: the mail server the outbox is sent through; unset keeps mails in the
    /// outbox, readable by administrators.
    pub smtp_url: Option<String>,
    /// `LOTSE_MAIL_FROM`: the sender of Lotse's mails.
    pub mail_from: String,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

fn flag(name: &str) -> Result<bool, String> {
    match var(name).as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("0" | "false" | "no" | "off") => Ok(false),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some(other) => Err(format!("{name}: expected true or false, got {other:?}")),
    }
}

fn positive(name: &str, default: u64) -> Result<u64, String> {
    match var(name) {
        Some(v) => v
            .parse::<u64>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("{name}: expected a positive whole number, got {v:?}")),
        None => Ok(default),
    }
}

/// `https://lotse.example.de` (an optional port, no path): the address printed on access
/// letters and the origin that state-changing requests must come from.
pub fn parse_public_url(value: &str) -> Result<String, String> {
    let url = value.trim().trim_end_matches('/');
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.contains(['/', '?', '#', '@', ' ']) => {
            Ok(url.to_owned())
        }
        _ => Err(format!(
            "LOTSE_PUBLIC_URL: expected an address like https://lotse.example.de, got {value:?}"
        )),
    }
}

/// `10.0.0.1, 10.1.0.0/16, ::1`: addresses or ranges of trusted reverse proxies.
pub fn parse_proxies(value: &str) -> Result<Vec<ipnet::IpNet>, String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<ipnet::IpNet>()
                .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    format!("LOTSE_TRUSTED_PROXIES: expected addresses or ranges, got {s:?}")
                })
        })
        .collect()
}

/// `http://127.0.0.1:3000`, `127.0.0.1:3000` and `[::1]:3000` are all accepted.
pub fn parse_listen(value: &str) -> Result<SocketAddr, String> {
    let bare = value
        .trim()
        .trim_start_matches("http://")
        .trim_end_matches('/');
    bare.parse().map_err(|_| {
        format!("LOTSE_LISTEN: expected an address like http://127.0.0.1:3000, got {value:?}")
    })
}

impl Config {
    pub fn from_env() -> Result<Config, String> {
        let _ = dotenvy::dotenv();
        let idle_minutes: u64 = match var("LOTSE_SESSION_IDLE_MINUTES") {
            Some(v) => v
                .parse()
                .map_err(|_| format!("LOTSE_SESSION_IDLE_MINUTES: expected minutes, got {v:?}"))?,
            None => 30,
        };
        let client_idle_minutes: u64 = match var("LOTSE_CLIENT_SESSION_IDLE_MINUTES") {
            Some(v) => v.parse().map_err(|_| {
                format!("LOTSE_CLIENT_SESSION_IDLE_MINUTES: expected minutes, got {v:?}")
            })?,
            None => 10,
        };
        Ok(Config {
            database_url: var("DATABASE_URL"),
            listen: parse_listen(
                &var("LOTSE_LISTEN").unwrap_or_else(|| "http://127.0.0.1:3000".into()),
            )?,
            data_dir: PathBuf::from(var("LOTSE_DATA_DIR").unwrap_or_else(|| "data".into())),
            site_root: PathBuf::from(
                var("LOTSE_SITE_ROOT")
                    .or_else(|| var("LEPTOS_SITE_ROOT"))
                    .unwrap_or_else(|| "target/site".into()),
            ),
            secure_cookies: flag("LOTSE_SECURE_COOKIES")?,
            session_idle: Duration::from_secs(idle_minutes.max(1) * 60),
            client_session_idle: Duration::from_secs(client_idle_minutes.max(1) * 60),
            session_max: Duration::from_secs(positive("LOTSE_SESSION_MAX_HOURS", 12)? * 3600),
            client_session_max: Duration::from_secs(
                positive("LOTSE_CLIENT_SESSION_MAX_HOURS", 2)? * 3600,
            ),
            public_url: var("LOTSE_PUBLIC_URL")
                .map(|v| parse_public_url(&v))
                .transpose()?,
            trusted_proxies: parse_proxies(&var("LOTSE_TRUSTED_PROXIES").unwrap_or_default())?,
            log_json: var("LOTSE_LOG_FORMAT").as_deref() == Some("json"),
            smtp_url: var("LOTSE_SMTP_URL"),
            mail_from: var("LOTSE_MAIL_FROM").unwrap_or_else(|| "Lotse <lotse@localhost>".into()),
        })
    }

    /// The database URL in force: `DATABASE_URL`, else the SQLite file in the data directory.
    pub fn effective_database_url(&self) -> Result<String, String> {
        match &self.database_url {
            Some(url) => Ok(url.clone()),
            None => app::server::infra::db::sqlite_url_in(&self.data_dir).map_err(|e| {
                format!(
                    "cannot create data directory {}: {e}",
                    self.data_dir.display()
                )
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listen_addresses_may_be_written_as_urls() {
        assert_eq!(parse_listen("http://127.0.0.1:3000").unwrap().port(), 3000);
        assert_eq!(parse_listen("0.0.0.0:8080").unwrap().port(), 8080);
        assert!(parse_listen("localhost").is_err());
    }

    #[test]
    fn the_public_url_is_a_scheme_and_a_host() {
        assert_eq!(
            parse_public_url("https://lotse.koeln.de/").unwrap(),
            "https://lotse.koeln.de"
        );
        assert_eq!(
            parse_public_url("http://10.1.2.3:8080").unwrap(),
            "http://10.1.2.3:8080"
        );
        for bad in ["lotse.koeln.de", "https://", "https://a/b", "ftp://x"] {
            assert!(parse_public_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        let proxies = parse_proxies("10.0.0.1, 172.16.0.0/12,::1").unwrap();
        assert_eq!(proxies.len(), 3);
        assert!(proxies[1].contains(&"172.20.1.1".parse::<std::net::IpAddr>().unwrap()));
        assert!(parse_proxies("").unwrap().is_empty());
        assert!(parse_proxies("10.0.0.1, proxy.local").is_err());
    }
}
