//! "Who looked at my data": the audit log as a client reads it.

use crate::error::AppError;
use crate::i18n::koeln_date;
use crate::models::{ConsentCategory, PortalAccessDay, PortalAccessOrganisation, PortalClient};
use crate::server::infra::db::Db;
use crate::server::policy;

/// What an audit entry touched, as the `portal-what-…` message ids a client reads: for a
/// read the data categories it was limited to, else (and for changes) the kind of record.
fn what(record: &str, categories: &str, read: bool) -> Vec<String> {
    if read && categories != "*" && !categories.is_empty() && categories != "-" {
        // Each consent category has its message: `portal-what-identity`, `…-language`, ….
        let list: Vec<String> = ConsentCategory::ALL
            .iter()
            .filter(|c| categories.split(',').any(|k| k == **c))
            .map(|c| format!("portal-what-{}", c.as_str()))
            .collect();
        if !list.is_empty() {
            return list;
        }
    }
    let kind = record.split(':').next().unwrap_or_default();
    vec![match kind {
        "plan" | "goal" | "step" | "plan-version" | "appointment" => "portal-what-plan",
        "client" | "household-member" | "residence" | "hold" | "holds" | "erasure-request"
        | "erasure-requests" => "portal-what-client",
        "case" | "assessment" | "facts" | "portal" | "portal-access" | "portal-translation" => {
            "portal-what-case"
        }
        "referral" | "external-link" => "portal-what-referral",
        "consent" => "portal-what-consent",
        "volunteer-task" | "volunteer-tasks" => "portal-what-volunteer",
        "caseload" | "caseload-handover" | "search" | "inbox" | "dashboard" => "portal-what-list",
        crate::server::casework::clients::SEARCH_RECORD => "portal-what-search",
        "caseload-export" => "portal-what-export",
        "structural-issue" | "structural-issues" => "portal-what-case",
        "export" => "portal-what-data",
        _ => "portal-what-other",
    }
    .to_owned()]
}

const READ_ACTIONS: &[&str] = &[
    "read", "list", "print", "compare", "verify", "export", "remind",
];

/// Who saw my data: every allowed access by staff or by Lotse itself, grouped by
/// organisation and by day (in Köln), newest first.
pub async fn access_log(
    db: &Db,
    client: &PortalClient,
) -> Result<Vec<PortalAccessOrganisation>, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let rows = sqlx::query_as::<_, (i64, Option<String>, String, String, String)>(
        // The client's entries are read first, from the index that holds only them
        // (`audit_log_seen_by_others_idx`), and then sorted: left to choose, PostgreSQL
        // walked the whole log newest first when it guessed the client had many.
        // Entries name the client by subject (`audit_log_subject_seen_by_others_idx`), read
        // as a join: written as `subject IN (…)`, SQLite scanned the whole log when its
        // statistics were from a small one (29 ms at 100,000 clients); those written before
        // subjects existed, by number.
        "WITH seen AS MATERIALIZED (
             SELECT l.at, l.organisation_id, l.record, l.action, l.categories
             FROM client_subjects s JOIN audit_log l ON l.subject = s.subject
             WHERE s.client_id = $1 AND l.allowed = 1 AND l.actor_role <> 'client'
             UNION ALL
             SELECT at, organisation_id, record, action, categories FROM audit_log
             WHERE client_id = $1 AND allowed = 1 AND actor_role <> 'client')
         SELECT s.at, o.name, s.record, s.action, s.categories
         FROM seen s LEFT JOIN organisations o ON o.id = s.organisation_id
         ORDER BY s.at DESC LIMIT 5000",
    )
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut organisations: Vec<PortalAccessOrganisation> = Vec::new();
    for (at, organisation, record, action, categories) in rows {
        let organisation = organisation.unwrap_or_default();
        let date = koeln_date(at).to_string();
        let index = match organisations
            .iter()
            .position(|o| o.organisation == organisation)
        {
            Some(i) => i,
            None => {
                organisations.push(PortalAccessOrganisation {
                    organisation: organisation.clone(),
                    days: Vec::new(),
                });
                organisations.len() - 1
            }
        };
        let days = &mut organisations[index].days;
        if days.last().is_none_or(|d| d.date != date) {
            days.push(PortalAccessDay {
                date,
                looked: Vec::new(),
                changed: Vec::new(),
            });
        }
        let day = days.last_mut().expect("pushed above");
        let read = READ_ACTIONS.contains(&action.as_str());
        let list = if read {
            &mut day.looked
        } else {
            &mut day.changed
        };
        for id in what(&record, &categories, read) {
            if !list.contains(&id) {
                list.push(id);
            }
        }
    }
    grant.audit(&mut tx, "access-log", None, "read").await?;
    tx.commit().await?;
    Ok(organisations)
}
