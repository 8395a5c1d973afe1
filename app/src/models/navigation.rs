//! The navigation each role sees. One function, so the rule is readable in one place.

use super::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NavItem {
    pub href: &'static str,
    pub message_id: &'static str,
    /// A sentence on what the area is for, where the start page offers it as an entry point.
    pub hint_id: Option<&'static str>,
}

const START: NavItem = NavItem {
    href: "/",
    message_id: "nav-start",
    hint_id: None,
};
const ORGANISATIONS: NavItem = NavItem {
    href: "/admin/organisations",
    message_id: "nav-organisations",
    hint_id: Some("nav-organisations-hint"),
};
const USERS: NavItem = NavItem {
    href: "/admin/users",
    message_id: "nav-users",
    hint_id: Some("nav-users-hint"),
};
const SECOND_FACTORS: NavItem = NavItem {
    href: "/admin/second-factors",
    message_id: "nav-second-factors",
    hint_id: Some("nav-second-factors-hint"),
};
const SIGN_IN_PROVIDERS: NavItem = NavItem {
    href: "/admin/sign-in-providers",
    message_id: "nav-sign-in-providers",
    hint_id: Some("nav-sign-in-providers-hint"),
};
const OUTBOX: NavItem = NavItem {
    href: "/admin/mail",
    message_id: "nav-outbox",
    hint_id: Some("nav-outbox-hint"),
};
const CLIENTS: NavItem = NavItem {
    href: "/clients",
    message_id: "nav-clients",
    hint_id: None,
};
const CATALOGUES: NavItem = NavItem {
    href: "/admin/catalogues",
    message_id: "nav-catalogues",
    hint_id: Some("nav-catalogues-hint"),
};
const OFFERS: NavItem = NavItem {
    href: "/offers",
    message_id: "nav-offers",
    hint_id: Some("nav-offers-hint"),
};
const INBOX: NavItem = NavItem {
    href: "/inbox",
    message_id: "nav-inbox",
    hint_id: None,
};
const AUDIT: NavItem = NavItem {
    href: "/audit",
    message_id: "nav-audit",
    hint_id: Some("nav-audit-hint"),
};
const RETENTION: NavItem = NavItem {
    href: "/retention",
    message_id: "nav-retention",
    hint_id: Some("nav-retention-hint"),
};
const HOLDS: NavItem = NavItem {
    href: "/holds",
    message_id: "nav-holds",
    hint_id: Some("nav-holds-hint"),
};
const ERASURE_REQUESTS: NavItem = NavItem {
    href: "/erasure-requests",
    message_id: "nav-erasure-requests",
    hint_id: Some("nav-erasure-requests-hint"),
};
const FIGURES: NavItem = NavItem {
    href: "/coordination",
    message_id: "nav-figures",
    hint_id: Some("nav-figures-hint"),
};
const ISSUES: NavItem = NavItem {
    href: "/coordination/issues",
    message_id: "nav-issues",
    hint_id: Some("nav-issues-hint"),
};
const GROUPS: NavItem = NavItem {
    href: "/coordination/groups",
    message_id: "nav-groups",
    hint_id: Some("nav-groups-hint"),
};
const RESULTS: NavItem = NavItem {
    href: "/coordination/results",
    message_id: "nav-results",
    hint_id: Some("nav-results-hint"),
};
const ACCOUNT: NavItem = NavItem {
    href: "/account",
    message_id: "nav-account",
    hint_id: None,
};

/// Menu entries for a role, in display order. Later features add their entries here.
pub fn navigation(role: Role) -> Vec<NavItem> {
    match role {
        Role::Administrator => vec![
            START,
            ORGANISATIONS,
            USERS,
            SECOND_FACTORS,
            SIGN_IN_PROVIDERS,
            CATALOGUES,
            OUTBOX,
            ACCOUNT,
        ],
        Role::CaseManager => vec![START, CLIENTS, OFFERS, ACCOUNT],
        Role::PartnerStaff => vec![START, INBOX, OFFERS, ACCOUNT],
        Role::DataProtectionOfficer => {
            vec![START, AUDIT, RETENTION, HOLDS, ERASURE_REQUESTS, ACCOUNT]
        }
        Role::Coordinator => vec![START, FIGURES, ISSUES, GROUPS, RESULTS, OFFERS, ACCOUNT],
        Role::Volunteer => vec![START, ACCOUNT],
    }
}

/// The start page's entry points for a role without a dashboard of its own (administrators,
/// coordinators, the data-protection officer): its menu entries that say what they are for.
pub fn entry_points(role: Role) -> Vec<NavItem> {
    navigation(role)
        .into_iter()
        .filter(|item| item.hint_id.is_some())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_administrators_see_account_management() {
        for role in Role::ALL {
            let hrefs: Vec<_> = navigation(role).iter().map(|i| i.href).collect();
            assert_eq!(
                hrefs.contains(&"/admin/users"),
                role == Role::Administrator,
                "{role:?}"
            );
            assert!(
                hrefs.contains(&"/account"),
                "{role:?} can change their password and set up a second factor"
            );
        }
    }

    #[test]
    fn the_start_page_leads_each_role_without_a_dashboard_to_what_it_can_do_now() {
        let hrefs = |role| -> Vec<&str> { entry_points(role).iter().map(|i| i.href).collect() };
        assert_eq!(
            hrefs(Role::Coordinator),
            [
                "/coordination",
                "/coordination/issues",
                "/coordination/groups",
                "/coordination/results",
                "/offers"
            ]
        );
        assert_eq!(
            hrefs(Role::Administrator),
            [
                "/admin/organisations",
                "/admin/users",
                "/admin/second-factors",
                "/admin/sign-in-providers",
                "/admin/catalogues",
                "/admin/mail"
            ]
        );
        assert_eq!(
            hrefs(Role::DataProtectionOfficer),
            ["/audit", "/retention", "/holds", "/erasure-requests"]
        );
    }
}
