//! Merging two records of one person (registered twice, in different spellings). A case
//! manager who may work on both records compares them, picks the record that stays and, part
//! by part ([`MERGE_PARTS`]), whose value wins. In one transaction the record that goes hands
//! over everything that hangs on it (cases with their plans, household, notes, consents,
//! referrals, volunteer tasks, holds, erasure requests, earlier merges, and the subjects that
//! name it in the audit log, so that "who saw my data" and the audit page follow), the merge
//! is audited on both records and noted on the one that stays, and the record that goes is
//! deleted: with it its portal access and sessions end.
//!
//! A record on hold is not merged (the hold restricts processing; end it first), and neither
//! is a record changed since it was compared.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{
    ClientMerge, ClientQuery, ClientSummary, CurrentUser, MergeComparison, MergeForm, MergeSide,
    PartialDate, MERGE_PARTS,
};
use crate::server::casework::{clients, holds, name_keys};
use crate::server::infra::db::{now_ms, Db};
use crate::server::policy;

/// The columns of `clients` each part of [`MERGE_PARTS`] stands for (the residence is a
/// compartment of its own).
fn columns(part: &str) -> &'static [&'static str] {
    match part {
        "name" => &["given_names", "family_name"],
        "latin" => &["given_names_latin", "family_name_latin"],
        "birth" => &["birth_year", "birth_month", "birth_day"],
        "language" => &["preferred_language"],
        "interpreter" => &["interpreter_needed", "interpreter_language"],
        "phone" => &["phone"],
        "email" => &["email"],
        "address" => &["street", "postal_code", "city", "district"],
        _ => &[],
    }
}

/// What the record that goes hands over to the record that stays: every table that names a
/// client, but the record's own row, its name keys (written anew), its residence (chosen as a
/// part) and its portal access and sessions (which end).
const HANDED_OVER: &[&str] = &[
    "household_members",
    "client_notes",
    "cases",
    "consents",
    "referrals",
    "volunteer_tasks",
    "client_holds",
    "erasure_requests",
    "client_merges",
    "client_subjects",
];

/// Records that may be the same person as this client: its names in any spelling (or the
/// `text` the case manager typed instead), this client left out. The search is audited as
/// searches are.
pub async fn candidates(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    text: &str,
) -> Result<Vec<ClientSummary>, AppError> {
    let (mut tx, grant) = policy::client(db, actor, client_id).await?;
    let client = clients::record(&mut tx, client_id).await?;
    grant
        .audit(&mut tx, "client", Some(client_id), "read")
        .await?;
    tx.commit().await?;
    // As typed, or the record's names: the native and the Latin spelling each on its own
    // (the search asks for every word it is given).
    let texts: Vec<String> = match text.trim() {
        "" => [client.full_name(), client.latin_name()]
            .into_iter()
            .filter(|name| !name.is_empty())
            .collect(),
        typed => vec![typed.to_owned()],
    };
    let mut found: Vec<ClientSummary> = Vec::new();
    for text in texts {
        let query = ClientQuery {
            text,
            birth: PartialDate::default(),
        };
        for c in clients::search(db, actor, &query, 1).await?.items {
            if c.id != client_id && !found.iter().any(|f| f.id == c.id) {
                found.push(c);
            }
        }
    }
    found.truncate(20);
    Ok(found)
}

/// One record with what hangs on it, for the comparison.
async fn side(conn: &mut AnyConnection, client_id: i64) -> Result<MergeSide, AppError> {
    let client = clients::record(conn, client_id).await?;
    let residence = clients::detail_residence(conn, client_id).await?;
    let (cases, household, consents, referrals, portal): (i64, i64, i64, i64, i64) =
        sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM cases WHERE client_id = $1),
                (SELECT COUNT(*) FROM household_members WHERE client_id = $1),
                (SELECT COUNT(*) FROM consents WHERE client_id = $1),
                (SELECT COUNT(*) FROM referrals WHERE client_id = $1),
                (SELECT COUNT(*) FROM portal_access WHERE client_id = $1)",
        )
        .bind(client_id)
        .fetch_one(&mut *conn)
        .await?;
    let held = holds::in_force(conn, client_id).await?.is_some();
    Ok(MergeSide {
        client,
        residence,
        cases,
        household,
        consents,
        referrals,
        portal: portal > 0,
        held,
    })
}

/// The two records side by side (each read is audited).
pub async fn compare(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    other_id: i64,
) -> Result<MergeComparison, AppError> {
    let (mut tx, grant_a, grant_b) = policy::clients_merge(db, actor, client_id, other_id).await?;
    if client_id == other_id {
        return Err(AppError::invalid("other_id", "error-merge-same"));
    }
    let a = side(&mut tx, client_id).await?;
    let b = side(&mut tx, other_id).await?;
    grant_a
        .audit(&mut tx, "client", Some(client_id), "read")
        .await?;
    grant_b
        .audit(&mut tx, "client", Some(other_id), "read")
        .await?;
    tx.commit().await?;
    Ok(MergeComparison { a, b })
}

/// Which side a choice names: `a` (`client_id`), `b` (`other_id`), or none.
fn side_of(choice: &str, field: &str) -> Result<Option<bool>, AppError> {
    match choice {
        "a" => Ok(Some(true)),
        "b" => Ok(Some(false)),
        "" => Ok(None),
        _ => Err(AppError::invalid(field, "error-choose-option")),
    }
}

/// Merges the two records of the form; returns the number of the record that stays.
pub async fn merge(db: &Db, actor: &CurrentUser, form: &MergeForm) -> Result<i64, AppError> {
    let (a, b) = (form.client_id, form.other_id);
    let (mut tx, grant_a, grant_b) = policy::clients_merge(db, actor, a, b).await?;
    if a == b {
        return Err(AppError::invalid("other_id", "error-merge-same"));
    }
    let keep_a = side_of(&form.choice.keep, "keep")?
        .ok_or_else(|| AppError::invalid("keep", "error-choose-option"))?;
    let (kept, gone, kept_grant, gone_grant) = if keep_a {
        (a, b, grant_a, grant_b)
    } else {
        (b, a, grant_b, grant_a)
    };
    // The parts whose winning value is the other record's.
    let mut taken: Vec<&str> = Vec::new();
    for part in MERGE_PARTS {
        if let Some(from_a) = side_of(form.choice.part(part), part)? {
            if from_a != keep_a {
                taken.push(part);
            }
        }
    }
    let stored_a = clients::record(&mut tx, a).await?;
    let stored_b = clients::record(&mut tx, b).await?;
    if stored_a.version != form.version || stored_b.version != form.other_version {
        return Err(AppError::invalid("merge", "error-merge-changed"));
    }
    for id in [a, b] {
        if holds::in_force(&mut tx, id).await?.is_some() {
            return Err(AppError::invalid("merge", "error-merge-held"));
        }
    }
    let gone_name = if keep_a { &stored_b } else { &stored_a }.full_name();
    let now = now_ms();

    // The record that stays takes the parts chosen from the other.
    let assignments: Vec<String> = taken
        .iter()
        .flat_map(|part| columns(part))
        .map(|column| format!("{column} = (SELECT g.{column} FROM clients g WHERE g.id = $2)"))
        .chain([
            "updated_at = $3".to_owned(),
            "version = version + 1".to_owned(),
        ])
        .collect();
    sqlx::query(&format!(
        "UPDATE clients SET {} WHERE id = $1",
        assignments.join(", ")
    ))
    .bind(kept)
    .bind(gone)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if taken.contains(&"residence") {
        sqlx::query("DELETE FROM client_residence WHERE client_id = $1")
            .bind(kept)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE client_residence SET client_id = $1 WHERE client_id = $2")
            .bind(kept)
            .bind(gone)
            .execute(&mut *tx)
            .await?;
    }
    let merged = clients::record(&mut tx, kept).await?;
    // The policy granted only clients of the actor's organisation.
    name_keys::replace(
        &mut tx,
        &[name_keys::Names {
            client_id: kept,
            organisation_id: actor.organisation_id,
            given: &merged.given_names,
            family: &merged.family_name,
            given_latin: merged.given_names_latin.as_deref(),
            family_latin: merged.family_name_latin.as_deref(),
        }],
    )
    .await?;

    // Audited on the record that goes while its subjects still name it; then they move.
    gone_grant
        .audit(&mut tx, "client", Some(gone), "merge")
        .await?;
    for table in HANDED_OVER {
        sqlx::query(&format!(
            "UPDATE {table} SET client_id = $1 WHERE client_id = $2"
        ))
        .bind(kept)
        .bind(gone)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO client_merges (client_id, merged_number, merged_name, taken, merged_by, merged_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(kept)
    .bind(gone)
    .bind(&gone_name)
    .bind(taken.join(","))
    .bind(actor.id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    kept_grant
        .audit(&mut tx, "client", Some(kept), "merge")
        .await?;
    // Its name keys, residence (if not taken), portal access and sessions go with it.
    sqlx::query("DELETE FROM clients WHERE id = $1")
        .bind(gone)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(kept)
}

/// The records merged into this client, newest first (the caller has asked the policy).
pub async fn merged_into(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Vec<ClientMerge>, AppError> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT m.merged_number, m.merged_name, m.taken, u.display_name, m.merged_at
         FROM client_merges m JOIN users u ON u.id = m.merged_by
         WHERE m.client_id = $1
         ORDER BY m.merged_at DESC, m.id DESC",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(merged_number, merged_name, taken, merged_by, merged_at)| ClientMerge {
                merged_number,
                merged_name,
                taken: taken
                    .split(',')
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned)
                    .collect(),
                merged_by,
                merged_at,
            },
        )
        .collect())
}
