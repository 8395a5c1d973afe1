//! The navigation each role sees. One function, so the rule is readable in one place.

use super::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NavItem {
    pub href: &'static str,
    pub message_id: &'static str,
}

const START: NavItem = NavItem {
    href: "/",
    message_id: "nav-start",
};
const ORGANISATIONS: NavItem = NavItem {
    href: "/admin/organisations",
    message_id: "nav-organisations",
};
const USERS: NavItem = NavItem {
    href: "/admin/users",
    message_id: "nav-users",
};
const CLIENTS: NavItem = NavItem {
    href: "/clients",
    message_id: "nav-clients",
};
const CATALOGUES: NavItem = NavItem {
    href: "/admin/catalogues",
    message_id: "nav-catalogues",
};
const OFFERS: NavItem = NavItem {
    href: "/offers",
    message_id: "nav-offers",
};
const INBOX: NavItem = NavItem {
    href: "/inbox",
    message_id: "nav-inbox",
};
const AUDIT: NavItem = NavItem {
    href: "/audit",
    message_id: "nav-audit",
};
const FIGURES: NavItem = NavItem {
    href: "/coordination",
    message_id: "nav-figures",
};
const ISSUES: NavItem = NavItem {
    href: "/coordination/issues",
    message_id: "nav-issues",
};
const GROUPS: NavItem = NavItem {
    href: "/coordination/groups",
    message_id: "nav-groups",
};
const RESULTS: NavItem = NavItem {
    href: "/coordination/results",
    message_id: "nav-results",
};
const ACCOUNT: NavItem = NavItem {
    href: "/account",
    message_id: "nav-account",
};

/// Menu entries for a role, in display order. Later features add their entries here.
pub fn navigation(role: Role) -> Vec<NavItem> {
    match role {
        Role::Administrator => vec![START, ORGANISATIONS, USERS, CATALOGUES, ACCOUNT],
        Role::CaseManager => vec![START, CLIENTS, OFFERS, ACCOUNT],
        Role::PartnerStaff => vec![START, INBOX, OFFERS, ACCOUNT],
        Role::DataProtectionOfficer => vec![START, AUDIT, ACCOUNT],
        Role::Coordinator => vec![START, FIGURES, ISSUES, GROUPS, RESULTS, OFFERS, ACCOUNT],
        Role::Volunteer => vec![START, ACCOUNT],
    }
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
                "{role:?} can change their password"
            );
        }
    }
}
