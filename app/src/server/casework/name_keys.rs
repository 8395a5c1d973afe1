//! The stored search keys of clients' names (`client_name_keys`), and computing them anew for
//! every client when Lotse computes keys differently ([`name_search::KEY_VERSION`]), so that
//! clients registered before a change are found like new ones.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::server::casework::name_search;
use crate::server::infra::db::{begin, Db};

/// The `settings` row holding the version the stored keys were computed with.
const VERSION_SETTING: &str = "name_key_version";
/// Clients re-keyed per round trip; key rows inserted per statement (4 parameters each).
const CLIENTS_PER_BATCH: usize = 500;
const ROWS_PER_INSERT: usize = 100;

/// One client's names, as the keys are computed from them.
pub struct Names<'a> {
    pub client_id: i64,
    pub organisation_id: i64,
    pub given: &'a str,
    pub family: &'a str,
    pub given_latin: Option<&'a str>,
    pub family_latin: Option<&'a str>,
}

/// The order search results are listed in (within the same spelling rank): family name, then
/// given names.
pub(crate) fn sort_name(family: &str, given: &str) -> String {
    format!("{family} {given}")
}

/// Replaces the keys of these clients' names.
pub async fn replace(conn: &mut AnyConnection, clients: &[Names<'_>]) -> Result<(), AppError> {
    if clients.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = clients.iter().map(|c| c.client_id).collect();
    sqlx::query(&format!(
        "DELETE FROM client_name_keys WHERE client_id IN ({})",
        crate::server::infra::db::id_list(&ids)
    ))
    .execute(&mut *conn)
    .await?;
    let mut rows: Vec<(i64, String, i64, String)> = Vec::new();
    for c in clients {
        let sort = sort_name(c.family, c.given);
        let names = [Some(c.given), Some(c.family), c.given_latin, c.family_latin];
        for key in name_search::keys(names.into_iter().flatten()) {
            rows.push((c.client_id, key, c.organisation_id, sort.clone()));
        }
    }
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                let b = i * 4;
                format!("(${}, ${}, ${}, ${})", b + 1, b + 2, b + 3, b + 4)
            })
            .collect();
        let sql = format!(
            "INSERT INTO client_name_keys (client_id, search_key, organisation_id, sort_name)
             VALUES {}",
            values.join(", ")
        );
        let mut insert = sqlx::query(&sql);
        for (client_id, key, organisation_id, sort) in chunk {
            insert = insert
                .bind(*client_id)
                .bind(key.as_str())
                .bind(*organisation_id)
                .bind(sort.as_str());
        }
        insert.execute(&mut *conn).await?;
    }
    Ok(())
}

type NameRow = (i64, i64, String, String, Option<String>, Option<String>);

/// Computes every client's keys anew if they were computed by another version of the keys;
/// returns whether it did. The version row is claimed first in the same transaction, so of
/// two processes starting at once on PostgreSQL one re-keys and the other finds it done.
pub async fn rekey_if_outdated(db: &Db) -> Result<bool, AppError> {
    let mut tx = begin(db).await?;
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, '1') ON CONFLICT (key) DO NOTHING")
        .bind(VERSION_SETTING)
        .execute(&mut *tx)
        .await?;
    let version = name_search::KEY_VERSION.to_string();
    let claimed = sqlx::query("UPDATE settings SET value = $1 WHERE key = $2 AND value <> $1")
        .bind(&version)
        .bind(VERSION_SETTING)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if claimed == 0 {
        return Ok(false);
    }
    let mut after = 0i64;
    loop {
        let rows: Vec<NameRow> = sqlx::query_as(
            "SELECT id, organisation_id, given_names, family_name, given_names_latin,
                    family_name_latin
             FROM clients WHERE id > $1 ORDER BY id LIMIT $2",
        )
        .bind(after)
        .bind(CLIENTS_PER_BATCH as i64)
        .fetch_all(&mut *tx)
        .await?;
        let Some(last) = rows.last() else { break };
        after = last.0;
        let names: Vec<Names> = rows
            .iter()
            .map(
                |(id, org, given, family, given_latin, family_latin)| Names {
                    client_id: *id,
                    organisation_id: *org,
                    given,
                    family,
                    given_latin: given_latin.as_deref(),
                    family_latin: family_latin.as_deref(),
                },
            )
            .collect();
        replace(&mut tx, &names).await?;
    }
    tx.commit().await?;
    Ok(true)
}
