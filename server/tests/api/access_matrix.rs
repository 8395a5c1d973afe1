//! The authorisation matrix: every server function that touches personal data, called over
//! HTTP as every role in every situation, answers as the policy says — and leaves an audit
//! entry for every allowed read and every refusal. The committed document must match.

use lotse::access_matrix::{self, Cell, CALLS, SITUATIONS};

/// Functions of a client's case file, for case managers who own or are assigned the case.
const CASE_FILE: &[&str] = &[
    "load_client",
    "update_client",
    "add_household_member",
    "remove_household_member",
    "save_residence",
    "add_note",
    "open_case",
    "load_case",
    "assign_case",
    "change_phase",
    "record_consent",
    "save_assessment",
    "save_facts",
    "load_plan",
    "load_plan_version",
    "compare_plan",
    "add_goal",
    "update_goal",
    "remove_goal",
    "set_goal_status",
    "add_step",
    "update_step",
    "set_step_status",
    "agree_plan",
    "add_appointment",
    "load_network",
    "record_share_consent",
    "revoke_consent",
    "load_consent_form",
    "send_referral",
    "load_case_volunteers",
    "create_volunteer_task",
    "complete_follow_up",
    "cancel_volunteer_task",
    "load_case_portal",
    "issue_portal_letter",
    "set_portal_blocked",
    "save_portal_translation",
    "load_case_issues",
    "flag_structural_issue",
    "load_merge_candidates",
    "load_merge",
    "merge_clients",
];

/// The client portal's functions: only a client signed in to the portal may call them, and
/// they act on that client's own data; a record of another client is not found.
const PORTAL: &[&str] = &[
    "load_portal_plan",
    "load_portal_appointments",
    "load_portal_referrals",
    "load_portal_consents",
    "load_portal_access_log",
    "load_portal_corrections",
    "portal_mark_step_done",
    "portal_revoke_consent",
    "portal_request_correction",
    "load_portal_erasure",
    "portal_request_erasure",
    "portal_set_reminders",
];

/// The page behind a partner's link: the link and its one-time code decide, not a session,
/// so every caller gets an answer, and with a link nobody was sent it shows nothing.
const EXTERNAL_LINK: &[&str] = &[
    "load_external",
    "send_external_code",
    "verify_external_code",
    "answer_external",
    "external_message",
];

/// The policy as the issue states it, written independently of the code.
fn expected(function: &str, situation: &str) -> String {
    let partner_with_referral =
        situation.starts_with("partner-") && situation != "partner-no-referral";
    let case_team = matches!(situation, "cm-owner" | "cm-assigned");
    let client = situation.starts_with("client-");
    let verdict = if function == "load_sign_in_choices" || EXTERNAL_LINK.contains(&function) {
        // The sign-in page's choices of provider: anyone, signed in or not.
        "allow"
    } else if situation == "anonymous" || (client != PORTAL.contains(&function)) {
        // Staff functions have no client session to go on, portal functions no staff one.
        "401"
    } else if client {
        match (situation, function) {
            ("client-self", _) => "allow",
            (_, "portal_mark_step_done" | "portal_revoke_consent") => "404",
            // Another client gets their own data (see the plan's detail below).
            _ => "allow",
        }
    } else if CASE_FILE.contains(&function) {
        match situation {
            _ if case_team => "allow",
            "cm-colleague" => "403",
            "cm-other-org" => "404",
            _ => "403",
        }
    } else {
        match function {
            "search_clients" | "load_possible_duplicates" | "create_client" | "load_dashboard" => {
                if situation.starts_with("cm-") {
                    "allow"
                } else {
                    "403"
                }
            }
            "load_referral" | "respond_referral" | "referral_message" => match situation {
                _ if case_team || partner_with_referral => "allow",
                "cm-colleague" => "403",
                "cm-other-org" | "partner-no-referral" => "404",
                _ => "403",
            },
            // A partner's link is renewed or withdrawn by the sending side only.
            "renew_external_link" | "withdraw_external_link" => match situation {
                _ if case_team => "allow",
                "cm-other-org" | "partner-no-referral" => "404",
                _ => "403",
            },
            "load_inbox" => {
                if situation.starts_with("partner-") {
                    "allow"
                } else {
                    "403"
                }
            }
            "load_volunteer_tasks" => {
                if situation.starts_with("volunteer") {
                    "allow"
                } else {
                    "403"
                }
            }
            "volunteer_task_action" => match situation {
                "volunteer" => "allow",
                "volunteer-other-network" => "404",
                _ => "403",
            },
            // Holds: the client's case team, and the data-protection officer of the client's
            // organisation; another organisation's client is not found.
            // Erasure requests too: recording one and deciding on it.
            "place_hold"
            | "end_hold"
            | "record_erasure_request"
            | "refuse_erasure"
            | "erase_client" => match situation {
                _ if case_team => "allow",
                "data-protection-officer" => "allow",
                "cm-other-org" => "404",
                _ => "403",
            },
            // Each staff member's own sessions and second factor.
            "load_my_sessions"
            | "load_second_factor"
            | "begin_app_setup"
            | "cancel_app_setup"
            | "begin_passkey_registration"
            | "finish_passkey_registration"
            | "load_mail_preferences"
            | "save_mail_preferences" => "allow",
            // One's own passkeys only.
            "remove_passkey" => "404",
            // Only a sign-in waiting for its second factor may send one.
            "verify_second_factor"
            | "load_second_step"
            | "begin_passkey_sign_in"
            | "finish_passkey_sign_in" => "401",
            // Who has which second factor, requiring one, resetting one: administrators.
            "load_second_factors" | "require_second_factor" | "reset_second_factor" => {
                if situation == "administrator" {
                    "allow"
                } else {
                    "403"
                }
            }
            // Single sign-on providers and the outbox of e-mail: administrators.
            "load_sign_in_providers"
            | "save_sign_in_provider"
            | "remove_sign_in_provider"
            | "load_outbox" => {
                if situation == "administrator" {
                    "allow"
                } else {
                    "403"
                }
            }
            // Handing over a case manager's caseload: administrators.
            "load_caseload_handover" | "hand_over_cases" => {
                if situation == "administrator" {
                    "allow"
                } else {
                    "403"
                }
            }
            "load_audit_log"
            | "verify_audit_log"
            | "load_holds"
            | "place_hold_by_number"
            | "load_erasure_requests" => {
                if situation == "data-protection-officer" {
                    "allow"
                } else {
                    "403"
                }
            }
            other => panic!("no expectation for {other}"),
        }
    };
    if function == "load_referral" && verdict == "allow" {
        let detail = match situation {
            "cm-owner" | "cm-assigned" => "sender",
            "partner-consent" => "identity + language",
            "partner-category-missing" => "identity",
            _ => "no client data",
        };
        return format!("allow: {detail}");
    }
    if function == "load_portal_plan" && verdict == "allow" {
        let detail = match situation {
            "client-self" => "this client's plan",
            _ => "own plan only",
        };
        return format!("allow: {detail}");
    }
    if function == "load_volunteer_tasks" && verdict == "allow" {
        // Before accepting, a volunteer sees the first name and language, never more.
        let detail = match situation {
            "volunteer" => "first name + language",
            _ => "no tasks",
        };
        return format!("allow: {detail}");
    }
    verdict.to_owned()
}

fn check(matrix: &access_matrix::Matrix) {
    let mut wrong = Vec::new();
    for call in CALLS {
        for (situation, _) in SITUATIONS {
            let cell: &Cell = &matrix[&(call.function, *situation)];
            let want = expected(call.function, situation);
            if cell.text() != want {
                wrong.push(format!(
                    "{} as {situation}: got {}, expected {want}",
                    call.function,
                    cell.text()
                ));
            }
            if cell.allowed() && call.reads && cell.audited.0 < 1 {
                wrong.push(format!(
                    "{} as {situation}: allowed read without audit entry",
                    call.function
                ));
            }
            if matches!(cell.status, 403 | 404) && cell.audited.1 < 1 {
                wrong.push(format!(
                    "{} as {situation}: refusal without audit entry",
                    call.function
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} cells differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[tokio::test]
async fn every_personal_data_function_answers_every_role_as_the_policy_says_on_sqlite() {
    let world = access_matrix::seed(app::server::testing::sqlite().await).await;
    let matrix = access_matrix::run(&world).await;
    check(&matrix);
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docs/access-matrix.md"
    ))
    .unwrap_or_default();
    assert!(
        committed == access_matrix::document(&matrix),
        "docs/access-matrix.md is out of date: run `make access-matrix`"
    );
}

#[tokio::test]
async fn every_personal_data_function_answers_every_role_as_the_policy_says_on_postgres() {
    let Some(db) = app::server::testing::postgres().await else {
        return;
    };
    let world = access_matrix::seed(db).await;
    check(&access_matrix::run(&world).await);
}
