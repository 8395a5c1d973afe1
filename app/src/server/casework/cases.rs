//! Cases and their phases, the intake consent and the assessment.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::catalogue;
use crate::models::{
    Assessment, CaseDetail, CaseHead, CasePhase, CaseSummary, Consent, CurrentUser, Facts,
    PhaseChange,
};
pub use crate::models::{AssessmentInput, FactsInput};
use crate::server::consents_in_force;
use crate::server::infra::concurrency::{self, Versioned};
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::fields::catalogues::{
    Closure, ConsentMethod, Domain, Housing, Insurance, LanguageLevel, Literacy,
};
use crate::server::infra::fields::{text_of, Code, LanguageCode, Text};
use crate::server::infra::input;
use crate::server::policy;

/// Opens a case for a client, owned by the acting case manager, in the referral phase.
pub async fn open(db: &Db, actor: &CurrentUser, client_id: i64) -> Result<i64, AppError> {
    let (mut tx, grant) = policy::client(db, actor, client_id).await?;
    let now = now_ms();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO cases (client_id, organisation_id, owner_id, phase, opened_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
    )
    .bind(client_id)
    .bind(actor.organisation_id)
    .bind(actor.id)
    .bind(CasePhase::Referral.as_str())
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO case_phase_changes (case_id, from_phase, to_phase, changed_by, changed_at)
         VALUES ($1, NULL, $2, $3, $4)",
    )
    .bind(id)
    .bind(CasePhase::Referral.as_str())
    .bind(actor.id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    grant.audit(&mut tx, "case", Some(id), "create").await?;
    tx.commit().await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    client_id: i64,
    given_names: String,
    family_name: String,
    phase: String,
    owner_name: String,
    updated_at: i64,
}

impl From<SummaryRow> for CaseSummary {
    fn from(r: SummaryRow) -> Self {
        CaseSummary {
            id: r.id,
            client_id: r.client_id,
            client_name: format!("{} {}", r.given_names, r.family_name)
                .trim()
                .to_owned(),
            phase: r.phase,
            owner_name: r.owner_name,
            updated_at: r.updated_at,
        }
    }
}

/// The SELECT list and joins of a case summary.
pub(crate) const SUMMARY_SQL: &str =
    "SELECT k.id, k.client_id, c.given_names, c.family_name, k.phase, u.display_name AS owner_name, k.updated_at
     FROM cases k JOIN clients c ON c.id = k.client_id JOIN users u ON u.id = k.owner_id";

/// The cases of a client, newest first (the caller has asked the policy).
pub(crate) async fn of_client(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Vec<CaseSummary>, AppError> {
    let rows = sqlx::query_as::<_, SummaryRow>(&format!(
        "{SUMMARY_SQL} WHERE k.client_id = $1 ORDER BY k.opened_at DESC, k.id DESC"
    ))
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(CaseSummary::from).collect())
}

/// Cases recently changed, of one owner.
pub(crate) async fn recent(
    conn: &mut AnyConnection,
    owner_id: i64,
    limit: i64,
) -> Result<Vec<CaseSummary>, AppError> {
    let rows = sqlx::query_as::<_, SummaryRow>(&format!(
        "{SUMMARY_SQL} WHERE k.owner_id = $1 ORDER BY k.updated_at DESC, k.id DESC LIMIT $2"
    ))
    .bind(owner_id)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(CaseSummary::from).collect())
}

#[derive(sqlx::FromRow)]
struct HeadRow {
    id: i64,
    client_id: i64,
    given_names: String,
    family_name: String,
    preferred_language: Option<String>,
    interpreter_needed: i64,
    interpreter_language: Option<String>,
    owner_name: String,
    phase: String,
    closure_reason: Option<String>,
    opened_at: i64,
    version: i64,
    held_until: Option<String>,
}

/// The head of a case page (the caller has asked the policy).
pub(crate) async fn head(conn: &mut AnyConnection, case_id: i64) -> Result<CaseHead, AppError> {
    let r = sqlx::query_as::<_, HeadRow>(&format!(
        "SELECT k.id, k.client_id, c.given_names, c.family_name, c.preferred_language,
                c.interpreter_needed, c.interpreter_language, u.display_name AS owner_name,
                k.phase, k.closure_reason, k.opened_at, k.version,
                (SELECT MAX(h.until) FROM client_holds h
                 WHERE h.client_id = k.client_id AND {}) AS held_until
         FROM cases k JOIN clients c ON c.id = k.client_id JOIN users u ON u.id = k.owner_id
         WHERE k.id = $1",
        consents_in_force::hold_in_force("$2")
    ))
    .bind(case_id)
    .bind(input::today().to_string())
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    Ok(CaseHead {
        id: r.id,
        client_id: r.client_id,
        client_name: format!("{} {}", r.given_names, r.family_name)
            .trim()
            .to_owned(),
        preferred_language: r.preferred_language,
        interpreter_needed: r.interpreter_needed != 0,
        interpreter_language: r.interpreter_language,
        owner_name: r.owner_name,
        phase: r.phase.parse()?,
        closure_reason: r.closure_reason,
        opened_at: r.opened_at,
        version: r.version,
        held_until: r.held_until,
    })
}

/// The case page: head, phase history, intake consent, assessment per life domain, facts.
pub async fn detail(db: &Db, actor: &CurrentUser, case_id: i64) -> Result<CaseDetail, AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let head = head(&mut tx, case_id).await?;
    let history = sqlx::query_as::<_, (Option<String>, String, Option<String>, String, i64)>(
        "SELECT p.from_phase, p.to_phase, p.closure_reason, u.display_name, p.changed_at
         FROM case_phase_changes p JOIN users u ON u.id = p.changed_by
         WHERE p.case_id = $1 ORDER BY p.changed_at, p.id",
    )
    .bind(case_id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(
        |(from_phase, to_phase, closure_reason, changed_by, changed_at)| PhaseChange {
            from_phase,
            to_phase,
            closure_reason,
            changed_by,
            changed_at,
        },
    )
    .collect();
    let consent = consent(&mut tx, case_id).await?;
    let stored = sqlx::query_as::<_, (String, String, String, String, i64)>(
        "SELECT domain, needs, resources, client_goals, version FROM assessments WHERE case_id = $1",
    )
    .bind(case_id)
    .fetch_all(&mut *tx)
    .await?;
    let assessments = catalogue::DOMAINS
        .iter()
        .map(|domain| {
            stored
                .iter()
                .find(|row| row.0 == *domain)
                .map(
                    |(domain, needs, resources, client_goals, version)| Assessment {
                        domain: domain.clone(),
                        needs: needs.clone(),
                        resources: resources.clone(),
                        client_goals: client_goals.clone(),
                        version: *version,
                    },
                )
                .unwrap_or_else(|| Assessment {
                    domain: (*domain).to_owned(),
                    ..Assessment::default()
                })
        })
        .collect();
    let facts = facts(&mut tx, case_id).await?;
    let assigned: Vec<(i64, String)> = sqlx::query_as(
        "SELECT u.id, u.display_name FROM case_assignments a JOIN users u ON u.id = a.user_id
         WHERE a.case_id = $1 ORDER BY u.display_name",
    )
    .bind(case_id)
    .fetch_all(&mut *tx)
    .await?;
    let colleagues: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, display_name FROM users
         WHERE organisation_id = $1 AND role = 'case_manager' AND active = 1 AND id <> $2
         ORDER BY display_name",
    )
    .bind(actor.organisation_id)
    .bind(actor.id)
    .fetch_all(&mut *tx)
    .await?;
    grant.audit(&mut tx, "case", Some(case_id), "read").await?;
    tx.commit().await?;
    Ok(CaseDetail {
        head,
        history,
        consent,
        assessments,
        facts,
        assigned,
        colleagues,
    })
}

async fn consent(conn: &mut AnyConnection, case_id: i64) -> Result<Option<Consent>, AppError> {
    Ok(
        sqlx::query_as::<_, (String, String, Option<String>, String)>(
            "SELECT k.given_on, k.method, k.interpreter_language, u.display_name
         FROM case_consents k JOIN users u ON u.id = k.recorded_by
         WHERE k.case_id = $1 ORDER BY k.recorded_at DESC, k.id DESC LIMIT 1",
        )
        .bind(case_id)
        .fetch_optional(&mut *conn)
        .await?
        .map(
            |(given_on, method, interpreter_language, recorded_by)| Consent {
                given_on,
                method,
                interpreter_language,
                recorded_by,
            },
        ),
    )
}

#[derive(sqlx::FromRow)]
struct FactsRow {
    language_level: Option<String>,
    literacy: Option<String>,
    schooling: Option<String>,
    qualifications: Option<String>,
    recognition_needed: i64,
    work_experience: Option<String>,
    housing_situation: Option<String>,
    health_insurance: Option<String>,
    version: i64,
}

async fn facts(conn: &mut AnyConnection, case_id: i64) -> Result<Facts, AppError> {
    Ok(sqlx::query_as::<_, FactsRow>(
        "SELECT language_level, literacy, schooling, qualifications, recognition_needed,
                work_experience, housing_situation, health_insurance, version
         FROM case_facts WHERE case_id = $1",
    )
    .bind(case_id)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| Facts {
        language_level: r.language_level,
        literacy: r.literacy,
        schooling: r.schooling,
        qualifications: r.qualifications,
        recognition_needed: r.recognition_needed != 0,
        work_experience: r.work_experience,
        housing_situation: r.housing_situation,
        health_insurance: r.health_insurance,
        version: r.version,
    })
    .unwrap_or_default())
}

/// Moves a case to another phase, recording who and when. Assessment needs the client's
/// consent to case management; closing needs a reason from the catalogue.
pub async fn change_phase(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    version: i64,
    to_phase: &str,
    closure_reason: &str,
) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let head = head(&mut tx, case_id).await?;
    concurrency::check_version(&phase_of(&head), head.version, &PHASE_SENT, version)?;
    let to_phase = CasePhase::parse(to_phase)
        .filter(|to| head.phase.next().contains(to))
        .ok_or_else(|| AppError::invalid("to_phase", "error-phase-not-allowed"))?;
    let custom = crate::server::admin::catalogues::custom_entries_in(&mut tx).await?;
    let reason = if to_phase == CasePhase::Closed {
        Some(Code::<Closure>::required(
            closure_reason,
            "closure_reason",
            &custom,
        )?)
    } else {
        None
    };
    let reason = reason.as_ref().map(Code::as_str);
    if to_phase == CasePhase::Assessment
        && !policy::has_case_management_consent(&mut tx, case_id).await?
    {
        return Err(AppError::invalid("to_phase", "error-consent-missing"));
    }
    let now = now_ms();
    let changed = sqlx::query(
        "UPDATE cases SET phase = $1, closure_reason = $2, updated_at = $3, version = version + 1
         WHERE id = $4 AND version = $5",
    )
    .bind(to_phase.as_str())
    .bind(reason)
    .bind(now)
    .bind(case_id)
    .bind(version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        // Someone moved the case in the meantime: name the phase and version it has now.
        let now_stored = self::head(&mut tx, case_id).await?;
        return Err(concurrency::conflict(
            &phase_of(&now_stored),
            now_stored.version,
            &PHASE_SENT,
        ));
    }
    sqlx::query(
        "INSERT INTO case_phase_changes (case_id, from_phase, to_phase, closure_reason, changed_by, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(case_id)
    .bind(head.phase.as_str())
    .bind(to_phase.as_str())
    .bind(reason)
    .bind(actor.id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    grant
        .audit(&mut tx, "case", Some(case_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// What a phase-change conflict names: the stored phase. The phase form sends no phase to
/// compare with ([`PHASE_SENT`]), so a conflict always names it.
fn phase_of(head: &CaseHead) -> [(&'static str, String); 1] {
    [("case-phase", head.phase.to_string())]
}

const PHASE_SENT: [(&str, String); 1] = [("case-phase", String::new())];

/// Marks a case as changed now (for "recently changed" on the dashboard).
pub(crate) async fn touch(tx: &mut sqlx::AnyConnection, case_id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE cases SET updated_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(case_id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Records the client's consent to case management (intake).
pub async fn record_consent(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    given_on: &str,
    method: &str,
    interpreter_language: &str,
) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let given_on = input::date(given_on, "given_on")?
        .ok_or_else(|| AppError::invalid("given_on", "error-required"))?;
    if given_on > input::today() {
        return Err(AppError::invalid("given_on", "error-date-in-future"));
    }
    let method = Code::<ConsentMethod>::required(method, "method", &[])?;
    let interpreter = LanguageCode::parse(interpreter_language, "interpreter_language")?;
    if method.as_str() == "oral-interpreter" && interpreter.is_none() {
        return Err(AppError::invalid(
            "interpreter_language",
            "error-interpreter-language-required",
        ));
    }
    sqlx::query(
        "INSERT INTO case_consents (case_id, given_on, method, interpreter_language, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(case_id)
    .bind(given_on.to_string())
    .bind(method.as_str())
    .bind(interpreter.as_ref().map(LanguageCode::as_str))
    .bind(actor.id)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "case-consent", Some(case_id), "create")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The assessment of one life domain as the form sent it, checked.
struct AssessmentEdit {
    domain: Code<Domain>,
    needs: Option<Text>,
    resources: Option<Text>,
    client_goals: Option<Text>,
}

impl TryFrom<&AssessmentInput> for AssessmentEdit {
    type Error = AppError;

    fn try_from(form: &AssessmentInput) -> Result<Self, AppError> {
        Ok(AssessmentEdit {
            domain: Code::required(&form.domain, "domain", &[])?,
            needs: Text::parse(&form.needs, "needs", 10_000)?,
            resources: Text::parse(&form.resources, "resources", 10_000)?,
            client_goals: Text::parse(&form.client_goals, "client_goals", 10_000)?,
        })
    }
}

/// The fields an assessment conflict names (the one list of them).
impl Versioned for Assessment {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("assessment-needs", self.needs.clone()),
            ("assessment-resources", self.resources.clone()),
            ("assessment-client-goals", self.client_goals.clone()),
        ]
    }
}

impl Versioned for AssessmentEdit {
    fn fields(&self) -> Vec<(&'static str, String)> {
        Assessment {
            domain: self.domain.as_str().to_owned(),
            needs: text_of(&self.needs),
            resources: text_of(&self.resources),
            client_goals: text_of(&self.client_goals),
            version: 0,
        }
        .fields()
    }
}

/// Saves the assessment of one life domain (version 0: first time).
pub async fn save_assessment(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    version: i64,
    form: &AssessmentInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, _) = policy::assessment(db, actor, case_id).await?;
    let edit = AssessmentEdit::try_from(form)?;
    let domain = edit.domain.as_str();
    // The one stored row of this domain (not the whole case page).
    let stored = sqlx::query_as::<_, (String, String, String, i64)>(
        "SELECT needs, resources, client_goals, version FROM assessments
         WHERE case_id = $1 AND domain = $2",
    )
    .bind(case_id)
    .bind(domain)
    .fetch_optional(&mut *tx)
    .await?
    .map(|(needs, resources, client_goals, version)| Assessment {
        domain: domain.to_owned(),
        needs,
        resources,
        client_goals,
        version,
    })
    .unwrap_or_default();
    concurrency::check_version(&stored, stored.version, &edit, version)?;
    let (needs, resources, client_goals) = (
        text_of(&edit.needs),
        text_of(&edit.resources),
        text_of(&edit.client_goals),
    );
    let now = now_ms();
    let changed = if version == 0 {
        sqlx::query(
            "INSERT INTO assessments (case_id, domain, needs, resources, client_goals, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (case_id, domain) DO NOTHING",
        )
        .bind(case_id)
        .bind(domain)
        .bind(&needs)
        .bind(&resources)
        .bind(&client_goals)
        .bind(actor.id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
    } else {
        sqlx::query(
            "UPDATE assessments SET needs = $1, resources = $2, client_goals = $3, updated_by = $4,
                 updated_at = $5, version = version + 1
             WHERE case_id = $6 AND domain = $7 AND version = $8",
        )
        .bind(&needs)
        .bind(&resources)
        .bind(&client_goals)
        .bind(actor.id)
        .bind(now)
        .bind(case_id)
        .bind(domain)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected()
    };
    concurrency::check_updated(changed, &stored, stored.version, &edit)?;
    touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "assessment", Some(case_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

/// The structured facts as the form sent them, checked.
struct FactsEdit {
    language_level: Option<Code<LanguageLevel>>,
    literacy: Option<Code<Literacy>>,
    schooling: Option<Text>,
    qualifications: Option<Text>,
    recognition_needed: bool,
    work_experience: Option<Text>,
    housing_situation: Option<Code<Housing>>,
    health_insurance: Option<Code<Insurance>>,
}

impl TryFrom<&FactsInput> for FactsEdit {
    type Error = AppError;

    /// Checks the fields in the order the form shows them, so the first wrong one is named.
    fn try_from(form: &FactsInput) -> Result<Self, AppError> {
        Ok(FactsEdit {
            language_level: Code::parse(&form.language_level, "language_level", &[])?,
            literacy: Code::parse(&form.literacy, "literacy", &[])?,
            schooling: Text::parse(&form.schooling, "schooling", 2_000)?,
            qualifications: Text::parse(&form.qualifications, "qualifications", 2_000)?,
            recognition_needed: form.recognition_needed,
            work_experience: Text::parse(&form.work_experience, "work_experience", 2_000)?,
            housing_situation: Code::parse(&form.housing_situation, "housing_situation", &[])?,
            health_insurance: Code::parse(&form.health_insurance, "health_insurance", &[])?,
        })
    }
}

/// The fields a facts conflict names (the one list of them; whether recognition is needed
/// is a checkbox and not compared).
impl Versioned for Facts {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("field-language-level", text_of(&self.language_level)),
            ("field-literacy", text_of(&self.literacy)),
            ("field-schooling", text_of(&self.schooling)),
            ("field-qualifications", text_of(&self.qualifications)),
            ("field-work-experience", text_of(&self.work_experience)),
            ("field-housing-situation", text_of(&self.housing_situation)),
            ("field-health-insurance", text_of(&self.health_insurance)),
        ]
    }
}

impl Versioned for FactsEdit {
    fn fields(&self) -> Vec<(&'static str, String)> {
        fn owned<T: AsRef<str>>(value: &Option<T>) -> Option<String> {
            value.as_ref().map(|v| v.as_ref().to_owned())
        }
        Facts {
            language_level: owned(&self.language_level),
            literacy: owned(&self.literacy),
            schooling: owned(&self.schooling),
            qualifications: owned(&self.qualifications),
            recognition_needed: self.recognition_needed,
            work_experience: owned(&self.work_experience),
            housing_situation: owned(&self.housing_situation),
            health_insurance: owned(&self.health_insurance),
            version: 0,
        }
        .fields()
    }
}

/// Saves the structured facts of the assessment (version 0: first time).
pub async fn save_facts(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    version: i64,
    form: &FactsInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, _) = policy::assessment(db, actor, case_id).await?;
    let f = FactsEdit::try_from(form)?;
    let stored = facts(&mut tx, case_id).await?;
    concurrency::check_version(&stored, stored.version, &f, version)?;
    let now = now_ms();
    let sql = if version == 0 {
        "INSERT INTO case_facts (language_level, literacy, schooling, qualifications, recognition_needed,
             work_experience, housing_situation, health_insurance, updated_by, updated_at, case_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (case_id) DO NOTHING"
    } else {
        "UPDATE case_facts SET language_level = $1, literacy = $2, schooling = $3, qualifications = $4,
             recognition_needed = $5, work_experience = $6, housing_situation = $7,
             health_insurance = $8, updated_by = $9, updated_at = $10, version = version + 1
         WHERE case_id = $11 AND version = $12"
    };
    let mut statement = sqlx::query(sql)
        .bind(f.language_level.as_ref().map(Code::as_str))
        .bind(f.literacy.as_ref().map(Code::as_str))
        .bind(f.schooling.as_ref().map(Text::as_str))
        .bind(f.qualifications.as_ref().map(Text::as_str))
        .bind(i64::from(f.recognition_needed))
        .bind(f.work_experience.as_ref().map(Text::as_str))
        .bind(f.housing_situation.as_ref().map(Code::as_str))
        .bind(f.health_insurance.as_ref().map(Code::as_str))
        .bind(actor.id)
        .bind(now)
        .bind(case_id);
    if version != 0 {
        statement = statement.bind(version);
    }
    let changed = statement.execute(&mut *tx).await?.rows_affected();
    concurrency::check_updated(changed, &stored, stored.version, &f)?;
    touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "facts", Some(case_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

/// Assigns another case manager of the organisation to a case (they then see and work on it
/// like the owner), or removes the assignment.
pub async fn assign(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    user_id: i64,
    assigned: bool,
) -> Result<(), AppError> {
    let (mut tx, grant, scope) = policy::case(db, actor, case_id).await?;
    let colleague: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM users WHERE id = $1 AND organisation_id = $2 AND role = 'case_manager'",
    )
    .bind(user_id)
    .bind(actor.organisation_id)
    .fetch_optional(&mut *tx)
    .await?;
    if colleague.is_none() || user_id == scope.owner_id {
        return Err(AppError::invalid("user_id", "error-choose-from-list"));
    }
    if assigned {
        sqlx::query(
            "INSERT INTO case_assignments (case_id, user_id, assigned_by, assigned_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(case_id)
        .bind(user_id)
        .bind(actor.id)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    } else {
        sqlx::query("DELETE FROM case_assignments WHERE case_id = $1 AND user_id = $2")
            .bind(case_id)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
    }
    grant
        .audit(
            &mut tx,
            "case-assignment",
            Some(case_id),
            if assigned { "create" } else { "delete" },
        )
        .await?;
    tx.commit().await?;
    Ok(())
}
