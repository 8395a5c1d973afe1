//! "Download my data": everything stored about the client, as JSON.

use crate::error::AppError;
use crate::models::PortalClient;
use crate::server::infra::db::Db;
use crate::server::policy;

use super::consents::consents_in;
use super::corrections::corrections_in;
use super::plan::{appointments_in, plan_in};
use super::referrals::referrals_in;
use super::CLIENT_CASES;

/// Everything stored about me, as JSON, except internal notes (which the portal never
/// reads). The export itself is audited.
pub async fn export(db: &Db, client: &PortalClient) -> Result<serde_json::Value, AppError> {
    use serde_json::json;
    let (mut tx, grant) = policy::portal(db, client).await?;
    let person = sqlx::query_as::<
        _,
        (
            String,
            String,
            Option<String>,
            Option<String>,
            Option<i64>,
            Option<i64>,
            Option<i64>,
            Option<String>,
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
    >(
        "SELECT given_names, family_name, given_names_latin, family_name_latin, birth_year,
                    birth_month, birth_day, preferred_language, interpreter_needed,
                    interpreter_language, phone, email, street, postal_code, city
             FROM clients WHERE id = $1",
    )
    .bind(client.client_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(p) = person else {
        return Err(AppError::NotFound);
    };
    let household = sqlx::query_as::<_, (String, String, Option<i64>)>(
        "SELECT name, relation, birth_year FROM household_members WHERE client_id = $1 ORDER BY id",
    )
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let residence = sqlx::query_as::<_, (Option<String>, Option<String>, Option<String>)>(
        "SELECT residence_status, valid_until, benefit_regime FROM client_residence WHERE client_id = $1",
    )
    .bind(client.client_id)
    .fetch_optional(&mut *tx)
    .await?;
    let cases = sqlx::query_as::<_, (i64, String, Option<String>, i64)>(
        "SELECT id, phase, closure_reason, opened_at FROM cases WHERE client_id = $1 ORDER BY id",
    )
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let facts = sqlx::query_as::<
        _,
        (
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
    >(&format!(
        "SELECT case_id, language_level, literacy, schooling, qualifications, recognition_needed,
                    work_experience, housing_situation, health_insurance
             FROM case_facts WHERE case_id IN ({CLIENT_CASES})"
    ))
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let assessments = sqlx::query_as::<_, (i64, String, String, String, String)>(&format!(
        "SELECT case_id, domain, needs, resources, client_goals FROM assessments
         WHERE case_id IN ({CLIENT_CASES}) ORDER BY case_id, domain"
    ))
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let plan = plan_in(&mut tx, client).await?;
    let appointments = appointments_in(&mut tx, client).await?;
    let referrals = referrals_in(&mut tx, client).await?;
    let consents = consents_in(&mut tx, client).await?;
    let corrections = corrections_in(&mut tx, client).await?;
    let tasks = sqlx::query_as::<_, (String, String, Option<String>, String, String)>(
        "SELECT kind, on_date, at_time, place, status FROM volunteer_tasks WHERE client_id = $1 ORDER BY on_date",
    )
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    grant.audit(&mut tx, "export", None, "read").await?;
    tx.commit().await?;
    Ok(json!({
        "exported_at": chrono::Utc::now().to_rfc3339(),
        "person": {
            "given_names": p.0, "family_name": p.1, "given_names_latin": p.2,
            "family_name_latin": p.3, "birth_year": p.4, "birth_month": p.5, "birth_day": p.6,
            "preferred_language": p.7, "interpreter_needed": p.8 != 0,
            "interpreter_language": p.9, "phone": p.10, "email": p.11, "street": p.12,
            "postal_code": p.13, "city": p.14,
        },
        "household": household.into_iter().map(|(name, relation, birth_year)| json!({
            "name": name, "relation": relation, "birth_year": birth_year,
        })).collect::<Vec<_>>(),
        "residence": residence.map(|(status, valid_until, benefits)| json!({
            "residence_status": status, "valid_until": valid_until, "benefit_regime": benefits,
        })),
        "cases": cases.into_iter().map(|(id, phase, closure_reason, opened_at)| json!({
            "id": id, "phase": phase, "closure_reason": closure_reason,
            "opened_at": chrono::DateTime::from_timestamp_millis(opened_at).map(|d| d.to_rfc3339()),
        })).collect::<Vec<_>>(),
        "facts": facts.into_iter().map(|f| json!({
            "case_id": f.0, "language_level": f.1, "literacy": f.2, "schooling": f.3,
            "qualifications": f.4, "recognition_needed": f.5 != 0, "work_experience": f.6,
            "housing_situation": f.7, "health_insurance": f.8,
        })).collect::<Vec<_>>(),
        "assessments": assessments.into_iter().map(|a| json!({
            "case_id": a.0, "domain": a.1, "needs": a.2, "resources": a.3, "your_goals": a.4,
        })).collect::<Vec<_>>(),
        "plan": plan.goals,
        "appointments": appointments.upcoming.into_iter().chain(appointments.past).collect::<Vec<_>>(),
        "referrals": referrals,
        "consents": consents,
        "correction_requests": corrections,
        "volunteer_tasks": tasks.into_iter().map(|t| json!({
            "kind": t.0, "on_date": t.1, "at_time": t.2, "place": t.3, "status": t.4,
        })).collect::<Vec<_>>(),
    }))
}
