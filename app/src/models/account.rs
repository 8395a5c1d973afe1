//! Organisations, staff roles and the signed-in user as the browser sees them.

use serde::{Deserialize, Serialize};

/// What a staff user may do in Lotse. Clients are not users of this kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Administrator,
    CaseManager,
    Coordinator,
    PartnerStaff,
    Volunteer,
    DataProtectionOfficer,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Administrator,
        Role::CaseManager,
        Role::Coordinator,
        Role::PartnerStaff,
        Role::Volunteer,
        Role::DataProtectionOfficer,
    ];

    /// The value stored in the database and sent in forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::CaseManager => "case_manager",
            Role::Coordinator => "coordinator",
            Role::PartnerStaff => "partner_staff",
            Role::Volunteer => "volunteer",
            Role::DataProtectionOfficer => "data_protection_officer",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }

    /// Registers clients and keeps a caseload (client search, caseload export): case
    /// managers. The access policy decides by it, and the screens offer these only then.
    pub fn keeps_caseload(self) -> bool {
        self == Role::CaseManager
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Role::Administrator => "role-administrator",
            Role::CaseManager => "role-case-manager",
            Role::Coordinator => "role-coordinator",
            Role::PartnerStaff => "role-partner-staff",
            Role::Volunteer => "role-volunteer",
            Role::DataProtectionOfficer => "role-data-protection-officer",
        }
    }
}

/// The kind of organisation; each works under its own law ("Rechtskreis").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationType {
    CityOffice,
    Bamf,
    Jobcenter,
    EmploymentAgency,
    Chamber,
    WelfareOrganisation,
    CourseProvider,
    VolunteerNetwork,
    HealthService,
}

impl OrganisationType {
    pub const ALL: [OrganisationType; 9] = [
        OrganisationType::CityOffice,
        OrganisationType::Bamf,
        OrganisationType::Jobcenter,
        OrganisationType::EmploymentAgency,
        OrganisationType::Chamber,
        OrganisationType::WelfareOrganisation,
        OrganisationType::CourseProvider,
        OrganisationType::VolunteerNetwork,
        OrganisationType::HealthService,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrganisationType::CityOffice => "city_office",
            OrganisationType::Bamf => "bamf",
            OrganisationType::Jobcenter => "jobcenter",
            OrganisationType::EmploymentAgency => "employment_agency",
            OrganisationType::Chamber => "chamber",
            OrganisationType::WelfareOrganisation => "welfare_organisation",
            OrganisationType::CourseProvider => "course_provider",
            OrganisationType::VolunteerNetwork => "volunteer_network",
            OrganisationType::HealthService => "health_service",
        }
    }

    pub fn parse(value: &str) -> Option<OrganisationType> {
        OrganisationType::ALL
            .into_iter()
            .find(|t| t.as_str() == value)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            OrganisationType::CityOffice => "org-type-city-office",
            OrganisationType::Bamf => "org-type-bamf",
            OrganisationType::Jobcenter => "org-type-jobcenter",
            OrganisationType::EmploymentAgency => "org-type-employment-agency",
            OrganisationType::Chamber => "org-type-chamber",
            OrganisationType::WelfareOrganisation => "org-type-welfare-organisation",
            OrganisationType::CourseProvider => "org-type-course-provider",
            OrganisationType::VolunteerNetwork => "org-type-volunteer-network",
            OrganisationType::HealthService => "org-type-health-service",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub organisation_type: OrganisationType,
    /// A partner without accounts: its contact person, who answers referrals through a link.
    #[serde(default)]
    pub contact: Option<ExternalContact>,
}

/// The contact person of a partner organisation without accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalContact {
    pub name: String,
    pub email: String,
    /// The language of their mails and, by default, of the page behind the link.
    pub language: String,
}

/// The signed-in staff user, as every page and server function knows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub organisation_id: i64,
    pub organisation_name: String,
}

/// What the browser needs to know about the session on every page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub user: Option<CurrentUser>,
    /// A client signed in to the portal (a separate session from staff).
    #[serde(default)]
    pub client: Option<super::PortalClient>,
    /// Demo data is loaded: the UI says so, visibly, on every page.
    pub demo: bool,
}

/// How a session was signed in (shown on "Mein Konto"; stored per session).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignInMethod {
    /// E-mail and password only.
    Password,
    /// Password and a code from an authenticator app.
    PasswordAndApp,
    /// Password and a one-time recovery code.
    PasswordAndRecoveryCode,
    /// Password and a passkey (WebAuthn).
    PasswordAndPasskey,
    /// Through the organisation's OpenID Connect provider (single sign-on).
    Provider,
}

impl SignInMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            SignInMethod::Password => "password",
            SignInMethod::PasswordAndApp => "password-and-app",
            SignInMethod::PasswordAndRecoveryCode => "password-and-recovery-code",
            SignInMethod::PasswordAndPasskey => "password-and-passkey",
            SignInMethod::Provider => "provider",
        }
    }

    pub fn parse(raw: &str) -> Option<SignInMethod> {
        [
            SignInMethod::Password,
            SignInMethod::PasswordAndApp,
            SignInMethod::PasswordAndRecoveryCode,
            SignInMethod::PasswordAndPasskey,
            SignInMethod::Provider,
        ]
        .into_iter()
        .find(|m| m.as_str() == raw)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            SignInMethod::Password => "sign-in-method-password",
            SignInMethod::PasswordAndApp => "sign-in-method-password-and-app",
            SignInMethod::PasswordAndRecoveryCode => "sign-in-method-password-and-recovery-code",
            SignInMethod::PasswordAndPasskey => "sign-in-method-password-and-passkey",
            SignInMethod::Provider => "sign-in-method-provider",
        }
    }
}

/// One of the signed-in user's sessions, as "Mein Konto" lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSession {
    /// Names the session in the form that ends it (never its token).
    pub id: String,
    /// The browser's and the system's product names (`Firefox`, `Windows`); empty: unknown.
    pub browser: String,
    pub system: String,
    pub signed_in_with: SignInMethod,
    /// Milliseconds since the Unix epoch, UTC.
    pub started_at: i64,
    pub last_seen_at: i64,
    /// The session of this very request.
    pub current: bool,
}

/// The user's second factor as "Mein Konto" (or the set-up page) shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondFactorStatus {
    /// An authenticator app is set up (milliseconds since the Unix epoch, UTC).
    pub app_since: Option<i64>,
    /// An app being set up: what to scan or type into it.
    pub pending: Option<AppSetup>,
    /// Unused recovery codes left.
    pub recovery_codes_left: i64,
    /// The user's organisation requires a second factor.
    pub required: bool,
    /// The user signs in through their organisation's provider (single sign-on): password
    /// and second factor are the provider's business.
    #[serde(default)]
    pub through_provider: bool,
    /// The user's passkeys (WebAuthn).
    #[serde(default)]
    pub passkeys: Vec<PasskeyInfo>,
    /// The address (origin) passkeys are registered for: browsers offer them only there.
    #[serde(default)]
    pub passkey_address: String,
}

impl SecondFactorStatus {
    /// An app or a passkey: the user can pass the sign-in's second step.
    pub fn has_factor(&self) -> bool {
        self.app_since.is_some() || !self.passkeys.is_empty()
    }
}

/// One of the user's passkeys as "Mein Konto" lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyInfo {
    pub id: i64,
    /// The name the user gave it ("Laptop im Büro").
    pub name: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// What the sign-in's second step offers the user: a passkey (and where it works), a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondStep {
    pub passkeys: bool,
    pub app: bool,
    pub passkey_address: String,
}

/// What an authenticator app needs to be set up: the QR code (an SVG of the `otpauth://`
/// address) and the secret to type in, in groups of four.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppSetup {
    pub qr_svg: String,
    pub secret_grouped: String,
}

/// Per organisation: whether it requires a second factor, and who of its staff has which.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationFactors {
    pub organisation_id: i64,
    pub organisation_name: String,
    pub required: bool,
    pub users: Vec<UserFactors>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserFactors {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub active: bool,
    pub app: bool,
    /// How many passkeys the user has.
    #[serde(default)]
    pub passkeys: i64,
    pub recovery_codes_left: i64,
}

/// The administrators' page of single sign-on: the address providers send browsers back to
/// (what the city's IT registers), and every organisation's provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInProviders {
    pub return_address: String,
    pub organisations: Vec<OrganisationProvider>,
}

/// Per organisation, the OpenID Connect provider its staff sign in through, if any
/// (administrators' page "Anmeldedienste").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationProvider {
    pub organisation_id: i64,
    pub organisation_name: String,
    pub provider: Option<ProviderSettings>,
}

/// An organisation's provider as administrators see it. The client secret is never sent back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderSettings {
    pub issuer: String,
    pub client_id: String,
    /// The ID token's claim that identifies a person (`sub` unless the provider says otherwise).
    pub subject_claim: String,
    pub enabled: bool,
    /// The provider publishes a sign-out page Lotse can offer after signing out.
    pub offers_sign_out: bool,
    /// Accounts of the organisation bound to a person at this provider.
    pub bound_accounts: i64,
}

/// A button on the sign-in page: sign in through this organisation's provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInProvider {
    pub organisation_id: i64,
    pub organisation_name: String,
}

/// The sign-in page's message for the refusal code a sign-in through a provider came back
/// with (`?provider-error=`); an unknown code shows none.
pub fn provider_refusal_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "not-configured" => "sign-in-provider-not-configured",
        "unreachable" => "sign-in-provider-unreachable",
        "cancelled" => "sign-in-provider-cancelled",
        "failed" => "sign-in-provider-failed",
        "no-account" => "sign-in-provider-no-account",
        "unverified" => "sign-in-provider-unverified",
        "deactivated" => "sign-in-provider-deactivated",
        _ => return None,
    })
}

/// A staff account as administrators see it in the user list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffAccount {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub organisation_name: String,
    pub active: bool,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_sign_in_at: Option<i64>,
}

/// A staff member's caseload as an administrator sees it to hand it over: the cases they
/// own (open ones first) by number, with no client's name, and the colleagues of their
/// organisation who can take them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caseload {
    pub user_id: i64,
    pub display_name: String,
    pub organisation_name: String,
    pub active: bool,
    pub cases: Vec<CaseloadCase>,
    pub colleagues: Vec<Colleague>,
}

impl Caseload {
    /// How many of the cases are not closed (deactivation waits for none).
    pub fn open_cases(&self) -> usize {
        self.cases.iter().filter(|c| c.phase != "closed").count()
    }
}

/// One case of a caseload: its number, its client's number, its phase and dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadCase {
    pub case_id: i64,
    pub client_id: i64,
    /// The phase's stored code (`intake`, …, `closed`).
    pub phase: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub opened_at: i64,
    pub updated_at: i64,
}

/// An active case manager of the same organisation, with how many open cases they own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colleague {
    pub id: i64,
    pub display_name: String,
    pub open_cases: i64,
}

/// The handover form: the colleague and the ticked cases (`case_<id>` checkboxes, see
/// [`case_field`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HandoverForm {
    pub to_user_id: String,
    #[serde(flatten)]
    pub cases: std::collections::BTreeMap<String, String>,
}

/// The checkbox field of a case in the handover form.
pub fn case_field(case_id: i64) -> String {
    format!("case_{case_id}")
}

impl HandoverForm {
    /// The ticked cases' numbers, ascending; a field that names no number is ignored.
    pub fn case_ids(&self) -> Vec<i64> {
        self.cases
            .keys()
            .filter_map(|k| k.strip_prefix("case_")?.parse().ok())
            .collect::<std::collections::BTreeSet<i64>>()
            .into_iter()
            .collect()
    }
}

/// One page of a list, with whether another page follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: i64,
    pub has_next: bool,
}

/// Rows per page in staff lists.
pub const PAGE_SIZE: i64 = 50;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_organisation_types_round_trip_through_their_stored_names() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        for t in OrganisationType::ALL {
            assert_eq!(OrganisationType::parse(t.as_str()), Some(t));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn the_handover_form_yields_the_ticked_case_numbers_and_nothing_else() {
        let mut form = HandoverForm::default();
        for key in [
            case_field(12),
            case_field(3),
            "case_x".into(),
            "to_user_id".into(),
        ] {
            form.cases.insert(key, "on".into());
        }
        assert_eq!(form.case_ids(), vec![3, 12]);
    }
}
