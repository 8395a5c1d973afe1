//! When things happened in the demo world. Each demo action is written through the domain
//! functions with the clock set back to its day ([`on`]), so timestamps, validation and the
//! coordinator's figures agree with the story: a case is opened, the client consents, the
//! assessment follows, the plan is agreed weeks later, course steps move on from there.
//!
//! Cases with an agreed plan were opened in one month and agreed their plan in the next,
//! five or six cases per month, so that the monthly trend shows counts of five or more
//! (smaller ones are suppressed); cases in earlier phases began in the last weeks.

use std::future::Future;

use chrono::{Datelike, Duration, Months, NaiveDate};

use crate::models::CasePhase;
use crate::server::{infra::db, infra::input};

/// Runs `work` as if it happened on `day` at `hour` o'clock (Köln). A day that has not
/// passed yet is taken as yesterday, so nothing is written with a time still to come.
pub async fn on<F: Future>(day: NaiveDate, hour: u32, work: F) -> F::Output {
    let day = day.min(input::today() - Duration::days(1));
    db::as_of(input::day_start_ms(day) + i64::from(hour) * 3_600_000, work).await
}

/// The first day of the month `months` before today's.
pub fn month_start(today: NaiveDate, months: u32) -> NaiveDate {
    let first = today.with_day(1).unwrap_or(today);
    first
        .checked_sub_months(Months::new(months))
        .unwrap_or(first)
}

/// Demo cases in implementation whose plan was agreed last month (the others: the month
/// before).
const RECENT_PLANS: &[usize] = &[14, 16, 20, 26, 33, 38];

/// Demo cases in implementation whose integration course has already begun.
const EARLY_STARTS: &[usize] = &[5, 36];

/// Reza Ahmadi (demo client 2) still waits for a course: the browser tests find him one.
const WAITING_FOR_A_COURSE: usize = 1;

/// How far a demo case's integration-course step has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Course {
    /// Eligibility requested from the BAMF.
    Requested,
    /// Eligible (entitlement or obligation issued), no seat yet.
    Eligible,
    /// Referred to the course provider, seat confirmed, course begun.
    Started,
}

/// The days on which the `i`-th demo case (in `phase` now) reached its milestones.
#[derive(Debug, Clone)]
pub struct Story {
    pub opened: NaiveDate,
    /// The client's consent to case management; the assessment begins the same day.
    pub consent: NaiveDate,
    pub planning: NaiveDate,
    /// The plan agreed with the client (cases in implementation or later).
    pub agreed: NaiveDate,
    /// Months between the plan's agreement and today's month (0: no agreed plan).
    pub plan_months: u32,
    pub course: Course,
}

impl Story {
    pub fn of(i: usize, phase: CasePhase, today: NaiveDate) -> Story {
        let n = i as i64;
        let plan_months = match phase {
            CasePhase::Implementation if RECENT_PLANS.contains(&i) => 1,
            CasePhase::Implementation => 2,
            CasePhase::Monitoring => 4,
            CasePhase::Evaluation | CasePhase::Closed => 7,
            _ => 0,
        };
        let days = Duration::days;
        let opened = match phase {
            // Opened on the 8th to 12th, the plan agreed on the 7th to 20th of the next
            // month: three to six weeks from first contact to plan, and the later steps
            // below fit between the agreement and yesterday.
            _ if plan_months > 0 => month_start(today, plan_months + 1) + days(7 + n % 5),
            CasePhase::Planning => month_start(today, 1) + days(2 + n % 5),
            CasePhase::Assessment => today - days(14 + n % 7),
            CasePhase::Intake => today - days(6 + n % 5),
            _ => today - days(2 + n % 5),
        };
        let consent = opened + days(2 + n % 2);
        let agreed = if plan_months > 0 {
            month_start(today, plan_months) + days(6 + (n * 7) % 14)
        } else {
            today
        };
        let course = match phase {
            CasePhase::Implementation if EARLY_STARTS.contains(&i) => Course::Started,
            CasePhase::Implementation if plan_months == 1 && !i.is_multiple_of(4) => {
                Course::Requested
            }
            CasePhase::Implementation if i == 29 => Course::Requested,
            CasePhase::Implementation => Course::Eligible,
            CasePhase::Monitoring if i == WAITING_FOR_A_COURSE => Course::Eligible,
            _ => Course::Started,
        };
        Story {
            opened,
            consent,
            planning: consent + days(8 + n % 4),
            agreed,
            plan_months,
            course,
        }
    }

    /// Days after the agreement: eligibility requested, eligible, referred to the course
    /// provider, seat confirmed, course begun. Access (eligible to begun) takes weeks to
    /// three months, the wait for a confirmed seat two weeks to over two months.
    pub fn course_days(&self, i: usize) -> [NaiveDate; 5] {
        let n = i as i64;
        let days = Duration::days;
        let requested = self.agreed + days(2);
        let eligible = if self.plan_months == 1 {
            self.agreed + days(7)
        } else {
            self.agreed + days(8 + n % 7)
        };
        let referred = eligible + days(3 + n % 5);
        let confirmed = referred + days(2 + n % 7);
        let wait = match self.plan_months {
            2 => 10,
            4 => 20 + (n * 7) % 40,
            _ => 30 + (n * 7) % 50,
        };
        [
            requested,
            eligible,
            referred,
            confirmed,
            confirmed + days(wait),
        ]
    }

    /// The day the step of the plan's second goal was done (plans agreed two months ago or
    /// earlier).
    pub fn second_step_done(&self, i: usize) -> Option<NaiveDate> {
        (self.plan_months >= 2).then(|| self.agreed + Duration::days(10 + i as i64 % 25))
    }

    /// The days the case moved on after implementation: monitoring, evaluation, closed.
    pub fn later_phases(&self) -> [NaiveDate; 3] {
        let days = Duration::days;
        [
            self.agreed + days(90),
            self.agreed + days(150),
            self.agreed + days(165),
        ]
    }
}
