//! Programme figures for coordinators: aggregates only, each query one GROUP BY, no row of a
//! person ever leaves the database. Counts under [`MIN_CELL`] are suppressed, and where a
//! total is published one more cell is suppressed so that subtraction reveals nothing.
//!
//! The period, district and organisation are checked before they reach SQL and are written
//! into it as literals (a catalogue code, a number, a date).
//!
//! Each query sums the groups of the live records in the figures' compact table
//! ([`super::figure_facts`], written anew by the server's tick) and, beside them, the inputs
//! kept of records the retention schedule has deleted ([`super::figure_inputs`]): figures of a
//! closed period stay the same when the people behind them are gone, and any filter is summed
//! in milliseconds.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use sqlx::AnyConnection;

use super::figure_facts::{self, Generation};
use crate::error::AppError;
use crate::models::catalogue::{self, CLOSURE_REASONS, DOMAINS, LANGUAGE_COURSES};
use crate::models::{
    CasePhase, Chart, FigureFilter, FigureRow, FigureTable, Figures, Label, ReferralStatus,
    StepStatus, Value, MIN_CELL, SNAPSHOT_MINUTES, WAITING_BENCHMARK_DAYS,
};
use crate::server::infra::db::{code_list, code_literal, quoted, Backend, Db};
use crate::server::infra::fields::{
    catalogues::{District, Service},
    Code,
};
use crate::server::infra::input;

pub(crate) const DAY_MS: i64 = 86_400_000;

/// Course starts of a group: access times, waiting times (days → how many), how many.
type Dist = (BTreeMap<i64, i64>, BTreeMap<i64, i64>, i64);

/// The checked filter.
#[derive(Debug, Clone)]
pub struct Scope {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub district: Option<Code<District>>,
    pub organisation_id: Option<i64>,
}

impl Scope {
    fn start_ms(&self) -> i64 {
        input::day_start_ms(self.from)
    }
    fn end_ms(&self) -> i64 {
        input::day_start_ms(self.to + Duration::days(1))
    }
    /// The join a district filter needs (cases are `k`).
    fn join(&self) -> &'static str {
        if self.district.is_some() {
            "JOIN clients c ON c.id = k.client_id"
        } else {
            ""
        }
    }
    /// Conditions on the case `k` (and its client `c`).
    fn cases(&self) -> String {
        let mut sql = String::new();
        if let Some(d) = &self.district {
            sql.push_str(&format!(
                " AND c.district = {}",
                quoted(std::slice::from_ref(d))
            ));
        }
        if let Some(o) = self.organisation_id {
            sql.push_str(&format!(" AND k.organisation_id = {o}"));
        }
        sql
    }
    /// The same conditions on the figures' kept inputs `f` ([`super::figure_inputs`]).
    fn inputs(&self) -> String {
        let mut sql = String::new();
        if let Some(d) = &self.district {
            sql.push_str(&format!(
                " AND f.district = {}",
                quoted(std::slice::from_ref(d))
            ));
        }
        if let Some(o) = self.organisation_id {
            sql.push_str(&format!(" AND f.organisation_id = {o}"));
        }
        sql
    }
    /// The records of `kind` in the scope, as rows of `columns` (of a table `f`) with how
    /// many records each stands for (`n`) and how many of them are flagged (`flag`): the
    /// groups of the facts' generation, and the kept inputs of records it no longer saw (one
    /// record each). `period` is a condition on `f` (its `at` or `on_day`).
    fn records(&self, facts: &Generation, kind: &str, columns: &str, period: &str) -> String {
        let inputs = self.inputs();
        format!(
            "SELECT {columns}, f.n AS n, f.flag AS flag FROM figure_facts f
             WHERE f.generation = {generation} AND f.kind = '{kind}' AND {period}{inputs}
             UNION ALL
             SELECT {columns}, 1, f.flag FROM figure_inputs f
             WHERE f.kind = '{kind}' AND f.id <= {upto} AND {period}{inputs}",
            generation = facts.number,
            upto = facts.inputs_upto,
        )
    }

    /// A condition on the instant `f.at`: in the period.
    fn instants(&self) -> String {
        format!("f.at >= {} AND f.at < {}", self.start_ms(), self.end_ms())
    }

    /// A condition on the day `f.on_day`: in the period, up to `last` at most.
    fn days(&self, last: NaiveDate) -> String {
        format!("f.on_day >= '{}' AND f.on_day <= '{}'", self.from, last)
    }
}

/// Checks the filter as typed. The default period is the last twelve months.
pub fn scope(filter: &FigureFilter) -> Result<Scope, AppError> {
    let today = input::today();
    let to = input::date(&filter.to, "to")?.unwrap_or(today);
    let default_from = NaiveDate::from_ymd_opt(to.year() - 1, to.month(), 1)
        .unwrap_or(to)
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(to);
    let from = input::date(&filter.from, "from")?.unwrap_or(default_from);
    if from > to {
        return Err(AppError::invalid("to", "error-period-order"));
    }
    if (to - from).num_days() > 3 * 366 {
        return Err(AppError::invalid("from", "error-period-too-long"));
    }
    let district = Code::<District>::parse(&filter.district, "district", &[])?;
    let organisation_id = match filter.organisation.trim() {
        "" => None,
        text => Some(
            text.parse::<i64>()
                .map_err(|_| AppError::invalid("organisation", "error-choose-from-list"))?,
        ),
    };
    Ok(Scope {
        from,
        to,
        district,
        organisation_id,
    })
}

// ---------------------------------------------------------------------------------------
// Suppression

/// Publishes counts: a count of 1 to 4 is suppressed; where the total of the counts is
/// published (`with_total`), a lone suppressed cell takes the smallest other non-zero cell
/// with it, so it cannot be computed as the total minus the rest. Returns the cells and the
/// total as published.
pub fn suppress(counts: &[i64], with_total: bool) -> (Vec<Value>, Value) {
    let total: i64 = counts.iter().sum();
    let mut hidden: Vec<bool> = counts.iter().map(|&n| n > 0 && n < MIN_CELL).collect();
    let mut total_hidden = total > 0 && total < MIN_CELL;
    if with_total && !total_hidden && hidden.iter().filter(|h| **h).count() == 1 {
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, n)| !hidden[*i] && **n > 0)
            .min_by_key(|(i, n)| (**n, *i))
            .map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = true,
            None => total_hidden = true,
        }
    }
    let cells = counts
        .iter()
        .zip(&hidden)
        .map(|(&n, &h)| {
            if h {
                Value::Suppressed
            } else {
                Value::Count(n)
            }
        })
        .collect();
    let total = if total_hidden {
        Value::Suppressed
    } else {
        Value::Count(total)
    };
    (cells, total)
}

/// The median of a distribution (value → how many), published only for five people or more.
pub fn median(distribution: &BTreeMap<i64, i64>) -> Value {
    let n: i64 = distribution.values().sum();
    if n == 0 {
        return Value::Empty;
    }
    if n < MIN_CELL {
        return Value::Suppressed;
    }
    // The lower median for an even count: a whole number of days that occurred.
    let rank = (n + 1) / 2;
    let mut seen = 0;
    for (value, count) in distribution {
        seen += count;
        if seen >= rank {
            return Value::Days(*value);
        }
    }
    Value::Empty
}

/// A share in per cent, published only where both parts are.
fn share(part: Value, whole: Value) -> Value {
    match (part, whole) {
        (Value::Count(p), Value::Count(w)) if w > 0 => Value::Percent((p * 100 + w / 2) / w),
        (_, Value::Count(0)) => Value::Empty,
        _ => Value::Suppressed,
    }
}

fn message(id: impl Into<String>) -> Label {
    Label::Message(id.into())
}

fn catalogue_labels(catalogue: &str, codes: &[&str]) -> Vec<Label> {
    codes
        .iter()
        .map(|c| message(catalogue::message_id(catalogue, c)))
        .collect()
}

/// Column or row headings for the codes of a closed catalogue.
fn closed_labels<C: crate::models::Code>(codes: &[C]) -> Vec<Label> {
    codes.iter().map(|c| message(c.message_id())).collect()
}

/// A one-column table of counts with a total row (cases by phase, closure reasons, ...).
fn counts_table(
    key: &str,
    title_id: &str,
    corner_id: &str,
    column_id: &str,
    labels: Vec<Label>,
    counts: &[i64],
) -> FigureTable {
    let (cells, total) = suppress(counts, true);
    let mut rows: Vec<FigureRow> = labels
        .into_iter()
        .zip(cells)
        .map(|(label, v)| FigureRow {
            label,
            cells: vec![v],
        })
        .collect();
    rows.push(FigureRow {
        label: message("figures-total"),
        cells: vec![total],
    });
    FigureTable {
        key: key.into(),
        title_id: title_id.into(),
        note_id: None,
        corner_id: corner_id.into(),
        columns: vec![message(column_id)],
        rows,
        chart: Chart::Bars { column: 0 },
    }
}

// ---------------------------------------------------------------------------------------
// SQL that differs between the backends

/// A 'YYYY-MM-DD' text column as ms since the epoch (midnight UTC).
pub(crate) fn date_ms(backend: Backend, column: &str) -> String {
    match backend {
        Backend::Sqlite => format!("CAST((julianday({column}) - 2440587.5) * 86400000 AS INTEGER)"),
        Backend::Postgres => {
            format!("CAST(EXTRACT(EPOCH FROM CAST({column} AS DATE)) * 1000 AS BIGINT)")
        }
    }
}

/// The month ('YYYY-MM', UTC) of an instant in ms.
fn month_of(backend: Backend, column: &str) -> String {
    match backend {
        Backend::Sqlite => format!("strftime('%Y-%m', {column} / 1000, 'unixepoch')"),
        Backend::Postgres => {
            format!("to_char(to_timestamp({column} / 1000) AT TIME ZONE 'UTC', 'YYYY-MM')")
        }
    }
}

// ---------------------------------------------------------------------------------------
// The figures

/// Every table of the figures page, for a checked scope. The caller has asked the policy.
///
/// The queries only sum the facts' groups and the kept inputs (milliseconds each). On
/// PostgreSQL they run at once, each on a connection of its own; on SQLite one after the other
/// on one connection, whose page cache then serves them all.
pub async fn compute(db: &Db, scope: &Scope) -> Result<Figures, AppError> {
    let backend = db.backend;
    let facts = &figure_facts::readable(db).await?;
    let (phases, domains, trend_and_plans, on_time, courses, referrals, interpreters, closures) =
        match backend {
            Backend::Sqlite => {
                let mut conn = db.pool.acquire().await?;
                let conn = &mut *conn;
                (
                    cases_by_phase(conn, facts, scope).await?,
                    cases_by_domain(conn, facts, scope).await?,
                    trend_and_time_to_plan(conn, backend, facts, scope).await?,
                    steps_on_time(conn, facts, scope).await?,
                    course_waiting(conn, facts, scope).await?,
                    referrals_by_partner(conn, facts, scope).await?,
                    interpreters(conn, facts, scope).await?,
                    closure_reasons(conn, facts, scope).await?,
                )
            }
            Backend::Postgres => {
                let pool = &db.pool;
                tokio::try_join!(
                    async { cases_by_phase(&mut *pool.acquire().await?, facts, scope).await },
                    async { cases_by_domain(&mut *pool.acquire().await?, facts, scope).await },
                    async {
                        trend_and_time_to_plan(&mut *pool.acquire().await?, backend, facts, scope)
                            .await
                    },
                    async { steps_on_time(&mut *pool.acquire().await?, facts, scope).await },
                    async { course_waiting(&mut *pool.acquire().await?, facts, scope).await },
                    async { referrals_by_partner(&mut *pool.acquire().await?, facts, scope).await },
                    async { interpreters(&mut *pool.acquire().await?, facts, scope).await },
                    async { closure_reasons(&mut *pool.acquire().await?, facts, scope).await },
                )?
            }
        };
    let [trend, time_to_plan] = trend_and_plans;
    let [by_type, by_provider] = courses;
    let tables = vec![
        phases,
        domains,
        trend,
        time_to_plan,
        on_time,
        by_type,
        by_provider,
        referrals,
        interpreters,
        closures,
    ];
    Ok(Figures {
        from: scope.from.to_string(),
        to: scope.to.to_string(),
        district: scope.district.as_ref().map(|d| d.as_str().to_owned()),
        organisation_id: scope.organisation_id,
        tables,
        // The figures are as old as the facts they were summed from.
        computed_at: facts.built_at,
    })
}

/// Cases opened in the period, by their phase now.
async fn cases_by_phase(
    conn: &mut AnyConnection,
    facts: &Generation,
    scope: &Scope,
) -> Result<FigureTable, AppError> {
    let records = scope.records(facts, "case-opened", "f.label AS phase", &scope.instants());
    let by_phase: BTreeMap<String, i64> = sqlx::query_as::<_, (String, i64)>(&format!(
        "SELECT phase, CAST(SUM(n) AS BIGINT) FROM ({records}) t GROUP BY phase"
    ))
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .collect();
    let phase_counts: Vec<i64> = CasePhase::ALL
        .iter()
        .map(|p| by_phase.get(p.as_str()).copied().unwrap_or(0))
        .collect();
    Ok(counts_table(
        "cases-by-phase",
        "figures-cases-by-phase",
        "figures-phase",
        "figures-cases",
        closed_labels(CasePhase::ALL),
        &phase_counts,
    ))
}

/// The same cases by life domain (of their goals) and phase.
async fn cases_by_domain(
    conn: &mut AnyConnection,
    facts: &Generation,
    scope: &Scope,
) -> Result<FigureTable, AppError> {
    let records = scope.records(
        facts,
        "case-domain",
        "f.label AS domain, f.label2 AS phase",
        &scope.instants(),
    );
    let mut matrix: BTreeMap<(String, String), i64> = BTreeMap::new();
    for (domain, phase, n) in sqlx::query_as::<_, (String, String, i64)>(&format!(
        "SELECT domain, phase, CAST(SUM(n) AS BIGINT) FROM ({records}) t GROUP BY domain, phase"
    ))
    .fetch_all(&mut *conn)
    .await?
    {
        *matrix.entry((domain, phase)).or_insert(0) += n;
    }
    let mut columns = closed_labels(CasePhase::ALL);
    columns.push(message("figures-total"));
    let rows = DOMAINS
        .iter()
        .map(|domain| {
            let counts: Vec<i64> = CasePhase::ALL
                .iter()
                .map(|p| {
                    matrix
                        .get(&((*domain).to_owned(), p.as_str().to_owned()))
                        .copied()
                        .unwrap_or(0)
                })
                .collect();
            let (mut cells, total) = suppress(&counts, true);
            cells.push(total);
            FigureRow {
                label: message(catalogue::message_id(catalogue::DOMAIN, domain)),
                cells,
            }
        })
        .collect();
    Ok(FigureTable {
        key: "cases-by-domain".into(),
        title_id: "figures-cases-by-domain".into(),
        note_id: Some("figures-cases-by-domain-note".into()),
        corner_id: "figures-domain".into(),
        columns,
        rows,
        chart: Chart::Bars {
            column: CasePhase::ALL.len(),
        },
    })
}

/// Trend (cases opened and plans agreed per month) and the time from first contact (the
/// case opened) to the first agreed plan. The first agreed plans are read once, for both
/// tables, starting from the cases in scope (not from every plan version).
async fn trend_and_time_to_plan(
    conn: &mut AnyConnection,
    backend: Backend,
    facts: &Generation,
    scope: &Scope,
) -> Result<[FigureTable; 2], AppError> {
    let months = months_between(scope.from, scope.to);
    let opened_sql = format!(
        "SELECT month, CAST(SUM(n) AS BIGINT) FROM (
             SELECT {month} AS month, t.n FROM ({records}) t
         ) u GROUP BY month",
        month = month_of(backend, "t.at"),
        records = scope.records(facts, "case-opened", "f.at AS at", &scope.instants()),
    );
    let opened: BTreeMap<String, i64> = sqlx::query_as::<_, (String, i64)>(&opened_sql)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .collect();
    // Each case's first agreed plan, agreed in the period: its month and how many days after
    // the case was opened.
    let first_plans_sql = format!(
        "SELECT SUBSTR(on_day, 1, 7), days, CAST(SUM(n) AS BIGINT) FROM ({records}) t GROUP BY 1, 2",
        records = scope.records(
            facts,
            "first-plan",
            "f.on_day AS on_day, f.days AS days",
            &scope.days(scope.to)
        ),
    );
    let first_plans = sqlx::query_as::<_, (String, i64, i64)>(&first_plans_sql)
        .fetch_all(&mut *conn)
        .await?;
    let mut agreed: BTreeMap<String, i64> = BTreeMap::new();
    let mut days_to_plan = BTreeMap::new();
    for (month, days, n) in first_plans {
        *agreed.entry(month).or_insert(0) += n;
        *days_to_plan.entry(days.max(0)).or_insert(0) += n;
    }
    let series = |values: &BTreeMap<String, i64>, id: &str| {
        let counts: Vec<i64> = months
            .iter()
            .map(|m| values.get(m).copied().unwrap_or(0))
            .collect();
        // The totals are published elsewhere (cases by phase, time to a plan).
        FigureRow {
            label: message(id),
            cells: suppress(&counts, true).0,
        }
    };
    let trend = FigureTable {
        key: "trend".into(),
        title_id: "figures-trend".into(),
        note_id: None,
        corner_id: "figures-month".into(),
        columns: months.iter().map(|m| Label::Text(m.clone())).collect(),
        rows: vec![
            series(&opened, "figures-cases-opened"),
            series(&agreed, "figures-plans-agreed"),
        ],
        chart: Chart::Lines,
    };
    let time_to_plan = duration_table(
        "time-to-plan",
        "figures-time-to-plan",
        "figures-time-to-plan-note",
        &[("figures-plans-agreed", &days_to_plan)],
        &[30, 90],
        None,
    );
    Ok([trend, time_to_plan])
}

/// Plan steps due in the period (up to yesterday): completed by their due date?
async fn steps_on_time(
    conn: &mut AnyConnection,
    facts: &Generation,
    scope: &Scope,
) -> Result<FigureTable, AppError> {
    let last_due = scope.to.min(input::today() - Duration::days(1));
    let period = scope.days(last_due);
    let inputs = scope.inputs();
    let mut on_time = Vec::new();
    for domain in DOMAINS {
        on_time.push(((*domain).to_owned(), (0i64, 0i64, 0i64)));
    }
    // How many people: a group of the facts knows how many cases its steps belong to, a kept
    // input the number drawn for its case when it was kept (no two cases share one). The
    // people of the largest group plus those of the kept inputs are a lower bound, the people
    // of all groups plus those of the kept inputs an upper one. Only the smallest cell
    // matters: where the lower bound reaches it, or the upper one stays below it, that is
    // decided; else the people are counted exactly in the live records.
    for (domain, due, done, largest_group, all_groups, kept_people) in
        sqlx::query_as::<_, (String, i64, i64, Option<i64>, Option<i64>, i64)>(&format!(
            "SELECT domain, CAST(SUM(n) AS BIGINT), CAST(SUM(flag) AS BIGINT), MAX(people),
                    CAST(SUM(people) AS BIGINT), COUNT(DISTINCT person)
             FROM (SELECT f.label AS domain, f.n AS n, f.flag AS flag, f.people AS people,
                          CAST(NULL AS BIGINT) AS person
                   FROM figure_facts f
                   WHERE f.generation = {generation} AND f.kind = 'step-due' AND {period}{inputs}
                   UNION ALL
                   SELECT f.label, 1, f.flag, CAST(NULL AS BIGINT), f.person FROM figure_inputs f
                   WHERE f.kind = 'step-due' AND f.id <= {upto} AND {period}{inputs}
             ) t GROUP BY domain",
            generation = facts.number,
            upto = facts.inputs_upto,
        ))
        .fetch_all(&mut *conn)
        .await?
    {
        let mut people = largest_group.unwrap_or(0) + kept_people;
        let at_most = all_groups.unwrap_or(0) + kept_people;
        if due > 0 && people < MIN_CELL && at_most >= MIN_CELL {
            people = kept_people + live_people(conn, scope, &domain, last_due).await?;
        } else if at_most < MIN_CELL {
            people = at_most;
        }
        if let Some(entry) = on_time.iter_mut().find(|(d, _)| *d == domain) {
            entry.1 = (due, done, people);
        }
    }
    let rows = on_time
        .iter()
        .map(|(domain, (due, done, people))| {
            let cells = if *people > 0 && *people < MIN_CELL {
                vec![Value::Suppressed; 4]
            } else {
                let (parts, total) = suppress(&[*done, due - done], true);
                vec![
                    total,
                    parts[0],
                    parts[1],
                    if *due == 0 {
                        Value::Empty
                    } else {
                        share(parts[0], total)
                    },
                ]
            };
            FigureRow {
                label: message(catalogue::message_id(catalogue::DOMAIN, domain)),
                cells,
            }
        })
        .collect();
    Ok(FigureTable {
        key: "steps-on-time".into(),
        title_id: "figures-steps-on-time".into(),
        note_id: Some("figures-steps-on-time-note".into()),
        corner_id: "figures-domain".into(),
        columns: vec![
            message("figures-steps-due"),
            message("figures-steps-done-on-time"),
            message("figures-steps-not-on-time"),
            message("figures-share-on-time"),
        ],
        rows,
        chart: Chart::Bars { column: 3 },
    })
}

/// The cases with a step in `domain` due in the scope, up to `last_due`, counted in the live
/// records (only where the facts cannot tell that there are enough of them to show).
async fn live_people(
    conn: &mut AnyConnection,
    scope: &Scope,
    domain: &str,
    last_due: NaiveDate,
) -> Result<i64, AppError> {
    let (join, cases) = (scope.join(), scope.cases());
    Ok(sqlx::query_scalar(&format!(
        "SELECT COUNT(DISTINCT s.case_id)
         FROM steps s JOIN goals g ON g.id = s.goal_id JOIN cases k ON k.id = s.case_id {join}
         WHERE g.domain = $1 AND s.due_date >= '{from}' AND s.due_date <= '{last_due}'
           AND s.status <> {not_needed}{cases}",
        from = scope.from,
        not_needed = code_literal(StepStatus::NotNeeded),
    ))
    .bind(domain)
    .fetch_one(&mut *conn)
    .await?)
}

/// Language courses started in the period: access time (eligible → started) and waiting
/// time (registered → started), per course type and per provider.
async fn course_waiting(
    conn: &mut AnyConnection,
    facts: &Generation,
    scope: &Scope,
) -> Result<[FigureTable; 2], AppError> {
    let period = format!(
        "{} AND f.label IN ({})",
        scope.instants(),
        quoted(&Code::<Service>::builtins(LANGUAGE_COURSES))
    );
    let records = scope.records(
        facts,
        "course-start",
        "f.label AS service_type, f.partner_id AS partner_id, f.days AS access, f.days2 AS waiting",
        &period,
    );
    let course_rows =
        sqlx::query_as::<_, (String, Option<String>, Option<i64>, Option<i64>, i64)>(&format!(
            "SELECT t.service_type, o.name, t.access, t.waiting, CAST(SUM(t.n) AS BIGINT)
         FROM ({records}) t LEFT JOIN organisations o ON o.id = t.partner_id
         GROUP BY t.service_type, o.name, t.access, t.waiting"
        ))
        .fetch_all(&mut *conn)
        .await?;
    let mut by_type: BTreeMap<String, Dist> = BTreeMap::new();
    let mut by_provider: BTreeMap<String, Dist> = BTreeMap::new();
    for (service, provider, access, waiting, n) in course_rows {
        for (map, key) in [
            (&mut by_type, service.clone()),
            (&mut by_provider, provider.clone().unwrap_or_default()),
        ] {
            let entry = map.entry(key).or_default();
            entry.2 += n;
            if let Some(a) = access {
                *entry.0.entry(a.max(0)).or_insert(0) += n;
            }
            if let Some(w) = waiting {
                *entry.1.entry(w.max(0)).or_insert(0) += n;
            }
        }
    }
    let type_rows: Vec<(Label, Dist)> = LANGUAGE_COURSES
        .iter()
        .filter_map(|c| {
            by_type
                .remove(*c)
                .map(|d| (message(catalogue::message_id(catalogue::SERVICE, c)), d))
        })
        .collect();
    let provider_rows: Vec<(Label, Dist)> = by_provider
        .into_iter()
        .map(|(name, d)| {
            (
                if name.is_empty() {
                    message("figures-provider-unknown")
                } else {
                    Label::Text(name)
                },
                d,
            )
        })
        .collect();
    Ok([
        course_table(
            "course-waiting-by-type",
            "figures-course-by-type",
            "figures-course-type",
            type_rows,
        ),
        course_table(
            "course-waiting-by-provider",
            "figures-course-by-provider",
            "figures-provider",
            provider_rows,
        ),
    ])
}

/// Whole days from a referral's sending (`{r}.sent_at`) to its first answer; NULL while
/// unanswered. The kept inputs of deleted referrals store the same number.
pub(crate) fn days_to_first_answer(r: &str) -> String {
    format!(
        "((SELECT MIN(e.at) FROM referral_events e
           WHERE e.referral_id = {r}.id AND e.status IN ({answers})) - {r}.sent_at) / {DAY_MS}",
        answers = code_list(
            &ReferralStatus::ALL
                .iter()
                .copied()
                .filter(|s| s.is_answer())
                .collect::<Vec<_>>()
        )
    )
}

/// Referrals sent in the period, per partner: response time and where they stand.
async fn referrals_by_partner(
    conn: &mut AnyConnection,
    facts: &Generation,
    scope: &Scope,
) -> Result<FigureTable, AppError> {
    let records = scope.records(
        facts,
        "referral",
        "f.label AS status, f.partner_id AS partner_id, f.days AS days",
        &scope.instants(),
    );
    let referral_rows = sqlx::query_as::<_, (String, String, Option<i64>, i64)>(&format!(
        "SELECT o.name, t.status, t.days, CAST(SUM(t.n) AS BIGINT)
         FROM ({records}) t JOIN organisations o ON o.id = t.partner_id
         GROUP BY o.name, t.status, t.days"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let mut partners: BTreeMap<String, (BTreeMap<i64, i64>, Vec<i64>)> = BTreeMap::new();
    for (name, status, days, n) in referral_rows {
        let entry = partners
            .entry(name)
            .or_insert_with(|| (BTreeMap::new(), vec![0; ReferralStatus::ALL.len()]));
        if let Some(d) = days {
            *entry.0.entry(d.max(0)).or_insert(0) += n;
        }
        if let Some(i) = ReferralStatus::ALL.iter().position(|s| status == *s) {
            entry.1[i] += n;
        }
    }
    let mut columns = vec![
        message("figures-referrals"),
        message("figures-median-response"),
    ];
    columns.extend(closed_labels(ReferralStatus::ALL));
    let rows = partners
        .into_iter()
        .map(|(name, (response, statuses))| {
            let (parts, total) = suppress(&statuses, true);
            let mut cells = vec![total, median(&response)];
            cells.extend(parts);
            FigureRow {
                label: Label::Text(name),
                cells,
            }
        })
        .collect();
    Ok(FigureTable {
        key: "referrals-by-partner".into(),
        title_id: "figures-referrals-by-partner".into(),
        note_id: Some("figures-referrals-note".into()),
        corner_id: "figures-partner".into(),
        columns,
        rows,
        chart: Chart::Bars { column: 1 },
    })
}

/// Appointments in the period that needed an interpreter: was one arranged?
async fn interpreters(
    conn: &mut AnyConnection,
    facts: &Generation,
    scope: &Scope,
) -> Result<FigureTable, AppError> {
    let records = scope.records(facts, "interpreter", "f.on_day", &scope.days(scope.to));
    let (arranged, not_arranged) = sqlx::query_as::<_, (i64, i64)>(&format!(
        "SELECT CAST(COALESCE(SUM(flag), 0) AS BIGINT), CAST(COALESCE(SUM(n - flag), 0) AS BIGINT)
         FROM ({records}) t"
    ))
    .fetch_one(&mut *conn)
    .await?;
    let mut interpreters = counts_table(
        "interpreters",
        "figures-interpreters",
        "figures-interpreter",
        "figures-appointments",
        vec![
            message("figures-interpreter-arranged"),
            message("figures-interpreter-not-arranged"),
        ],
        &[arranged, not_arranged],
    );
    interpreters.rows.last_mut().unwrap().label = message("figures-interpreter-needed");
    Ok(interpreters)
}

/// Cases closed in the period, by reason.
async fn closure_reasons(
    conn: &mut AnyConnection,
    facts: &Generation,
    scope: &Scope,
) -> Result<FigureTable, AppError> {
    let records = scope.records(facts, "case-closed", "f.label AS reason", &scope.instants());
    let reasons: BTreeMap<String, i64> = sqlx::query_as::<_, (Option<String>, i64)>(&format!(
        "SELECT reason, CAST(SUM(n) AS BIGINT) FROM ({records}) t GROUP BY reason"
    ))
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|(r, n)| (r.unwrap_or_default(), n))
    .fold(BTreeMap::new(), |mut m, (r, n)| {
        let key = if CLOSURE_REASONS.contains(&r.as_str()) {
            r
        } else {
            String::new()
        };
        *m.entry(key).or_insert(0) += n;
        m
    });
    let mut counts: Vec<i64> = CLOSURE_REASONS
        .iter()
        .map(|r| reasons.get(*r).copied().unwrap_or(0))
        .collect();
    counts.push(reasons.get("").copied().unwrap_or(0));
    let mut labels = catalogue_labels(catalogue::CLOSURE, CLOSURE_REASONS);
    labels.push(message("figures-reason-other"));
    Ok(counts_table(
        "closure-reasons",
        "figures-closure-reasons",
        "figures-closure-reason",
        "figures-cases",
        labels,
        &counts,
    ))
}

impl Scope {
    fn key(&self) -> String {
        format!(
            "{}|{}|{}|{}",
            self.from,
            self.to,
            self.district.as_ref().map(Code::as_str).unwrap_or(""),
            self.organisation_id
                .map(|o| o.to_string())
                .unwrap_or_default()
        )
    }
}

/// The figures of a scope: a snapshot younger than [`SNAPSHOT_MINUTES`], else computed now
/// and kept.
pub async fn snapshot(db: &Db, scope: &Scope) -> Result<Figures, AppError> {
    let key = scope.key();
    let fresh_after = crate::server::infra::db::now_ms() - SNAPSHOT_MINUTES * 60_000;
    let stored: Option<String> = sqlx::query_scalar(
        "SELECT body FROM figure_snapshots WHERE filter_key = $1 AND computed_at > $2",
    )
    .bind(&key)
    .bind(fresh_after)
    .fetch_optional(&db.pool)
    .await?;
    if let Some(figures) = stored.and_then(|body| serde_json::from_str::<Figures>(&body).ok()) {
        return Ok(figures);
    }
    keep(db, scope).await
}

/// Reads the live records into the figures' facts anew, then computes the figures of a
/// scope from them and keeps them.
pub async fn refresh(db: &Db, scope: &Scope) -> Result<Figures, AppError> {
    figure_facts::rebuild(db).await?;
    keep(db, scope).await
}

/// Computes the figures of a scope from the current facts and keeps them.
async fn keep(db: &Db, scope: &Scope) -> Result<Figures, AppError> {
    let figures = compute(db, scope).await?;
    let body = serde_json::to_string(&figures)
        .map_err(|e| crate::server::infra::context::internal(format!("figures: {e}")))?;
    sqlx::query(
        "INSERT INTO figure_snapshots (filter_key, computed_at, body) VALUES ($1, $2, $3)
         ON CONFLICT (filter_key) DO UPDATE SET computed_at = excluded.computed_at, body = excluded.body",
    )
    .bind(scope.key())
    .bind(figures.computed_at)
    .bind(&body)
    .execute(&db.pool)
    .await?;
    Ok(figures)
}

/// Reads the live records into the figures' facts anew and keeps the default view (the last
/// twelve months, everything) computed, so the page a coordinator opens first never waits.
/// Called by the server's regular tick.
pub async fn refresh_default(db: &Db) -> Result<(), AppError> {
    refresh(db, &scope(&FigureFilter::default())?)
        .await
        .map(|_| ())
}

/// The months a period touches, 'YYYY-MM'.
fn months_between(from: NaiveDate, to: NaiveDate) -> Vec<String> {
    let mut months = Vec::new();
    let mut month = NaiveDate::from_ymd_opt(from.year(), from.month(), 1).unwrap_or(from);
    while month <= to {
        months.push(format!("{:04}-{:02}", month.year(), month.month()));
        month = month
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(to + Duration::days(1));
    }
    months
}

/// Durations (days) of one or more groups: how many, the median, and how many up to each
/// bound (and above the last).
fn duration_table(
    key: &str,
    title_id: &str,
    note_id: &str,
    groups: &[(&str, &BTreeMap<i64, i64>)],
    bounds: &[i64],
    benchmark: Option<i64>,
) -> FigureTable {
    let mut columns = vec![message("figures-count"), message("figures-median-days")];
    columns.extend(bin_labels(bounds));
    let rows = groups
        .iter()
        .map(|(label, dist)| FigureRow {
            label: message(*label),
            cells: duration_cells(dist, bounds),
        })
        .collect();
    FigureTable {
        key: key.into(),
        title_id: title_id.into(),
        note_id: Some(note_id.into()),
        corner_id: "figures-group".into(),
        columns,
        rows,
        chart: match benchmark {
            Some(days) => Chart::BarsWithBenchmark {
                column: 1,
                benchmark: days,
            },
            None => Chart::None,
        },
    }
}

fn bin_labels(bounds: &[i64]) -> Vec<Label> {
    let mut labels = Vec::new();
    let mut lower = 0;
    for b in bounds {
        labels.push(Label::Days(lower, Some(*b)));
        lower = b + 1;
    }
    labels.push(Label::Days(lower, None));
    labels
}

fn bins(dist: &BTreeMap<i64, i64>, bounds: &[i64]) -> Vec<i64> {
    let mut counts = vec![0; bounds.len() + 1];
    for (days, n) in dist {
        let i = bounds
            .iter()
            .position(|b| days <= b)
            .unwrap_or(bounds.len());
        counts[i] += n;
    }
    counts
}

/// How many, the median, the distribution over bins (suppressed against the count).
fn duration_cells(dist: &BTreeMap<i64, i64>, bounds: &[i64]) -> Vec<Value> {
    let (parts, total) = suppress(&bins(dist, bounds), true);
    let mut cells = vec![total, median(dist)];
    cells.extend(parts);
    cells
}

/// Course starts per row: how many, median access time, how many with a known waiting time,
/// its median, its distribution against the six-week benchmark, the share within it.
fn course_table(
    key: &str,
    title_id: &str,
    corner_id: &str,
    rows: Vec<(Label, Dist)>,
) -> FigureTable {
    let bounds = [WAITING_BENCHMARK_DAYS, 2 * WAITING_BENCHMARK_DAYS];
    let mut columns = vec![
        message("figures-courses-started"),
        message("figures-median-access"),
        message("figures-waiting-known"),
        message("figures-median-waiting"),
    ];
    columns.extend(bin_labels(&bounds));
    columns.push(message("figures-share-within-benchmark"));
    let rows = rows
        .into_iter()
        .map(|(label, (access, waiting, started))| {
            let started_value = suppress(&[started], false).0[0];
            let (parts, known) = suppress(&bins(&waiting, &bounds), true);
            let mut cells = vec![started_value, median(&access), known, median(&waiting)];
            cells.extend(parts.iter().copied());
            cells.push(share(parts[0], known));
            FigureRow { label, cells }
        })
        .collect();
    FigureTable {
        key: key.into(),
        title_id: title_id.into(),
        note_id: Some("figures-course-note".into()),
        corner_id: corner_id.into(),
        columns,
        rows,
        chart: Chart::BarsWithBenchmark {
            column: 3,
            benchmark: WAITING_BENCHMARK_DAYS,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_suppressed_with_a_complement_where_a_total_is_shown() {
        use Value::{Count, Suppressed};
        assert_eq!(
            suppress(&[12, 3, 7, 0], true),
            (vec![Count(12), Suppressed, Suppressed, Count(0)], Count(22))
        );
        // Two small cells protect each other.
        assert_eq!(
            suppress(&[12, 3, 2], true),
            (vec![Count(12), Suppressed, Suppressed], Count(17))
        );
        // Without a published total one small cell stands alone.
        assert_eq!(
            suppress(&[12, 3, 7], false),
            (vec![Count(12), Suppressed, Count(7)], Count(22))
        );
        // Nothing else to hide: the total goes.
        assert_eq!(
            suppress(&[3, 0], true),
            (vec![Suppressed, Count(0)], Suppressed)
        );
        assert_eq!(
            suppress(&[0, 0], true),
            (vec![Count(0), Count(0)], Count(0))
        );
    }

    #[test]
    fn medians_need_five_people() {
        let dist: BTreeMap<i64, i64> = [(10, 2), (20, 2), (50, 1)].into_iter().collect();
        assert_eq!(median(&dist), Value::Days(20));
        let few: BTreeMap<i64, i64> = [(10, 4)].into_iter().collect();
        assert_eq!(median(&few), Value::Suppressed);
        assert_eq!(median(&BTreeMap::new()), Value::Empty);
    }
}
