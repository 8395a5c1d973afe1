# Lotse – English texts (translated from German; every language has the same keys).

app-tagline = Municipal integration management
skip-to-content = Skip to content
language-label = Language
demo-marker = Demo – no real data
nav-label = Main navigation
nav-start = Home
nav-organisations = Organisations
nav-users = User accounts
nav-account = My account
sign-out = Sign out
signed-out-notice = You are not signed in.
sign-in-link = Go to sign-in

## Sign-in
sign-in-title = Sign in
sign-in-submit = Sign in
field-email = Email address
field-password = Password
demo-accounts-title = Demo accounts
demo-accounts-password = All demo accounts use the password

## Home page
start-title = Home
start-greeting = Hello, { $name }!
start-intro-administrator = You manage organisations, user accounts and roles.
start-intro-case-manager = You support your clients in case management – from the first interview to the integration plan.
start-intro-coordinator = You see anonymised figures and support working groups.
start-intro-partner-staff = You see referrals to your organisation and only the data the client has agreed to share.
start-intro-volunteer = You see the tasks assigned to you.
start-intro-data-protection-officer = You check who accessed which data and when.
start-more-soon = More areas will follow in the next versions.

## Roles
role-administrator = Administration
role-case-manager = Case management
role-coordinator = Coordination
role-partner-staff = Partner organisation
role-volunteer = Volunteer
role-data-protection-officer = Data protection

## Organisation types
org-type-city-office = City office
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = Employment agency
org-type-chamber = Chamber (IHK/HWK)
org-type-welfare-organisation = Welfare organisation
org-type-course-provider = Course provider
org-type-volunteer-network = Volunteer network
org-type-health-service = Health service

## Organisations
organisations-title = Organisations
organisations-new = New organisation
organisations-create = Create organisation
field-organisation-name = Name
field-organisation-type = Type of organisation
choose-option = Please select

## User accounts
users-title = User accounts
users-new = New user account
users-create = Create user account
users-created = The user account has been created.
users-last-sign-in = Last sign-in
users-never = never
users-status = Status
users-active = active
users-inactive = deactivated
users-activate = Activate
users-deactivate = Deactivate
field-display-name = Name
field-organisation = Organisation
field-role = Role
field-initial-password = Initial password
pager-label = Pages
pager-previous = Previous page
pager-next = Next page

## My account
account-title = My account
account-change-password = Change password
account-password-changed = Your password has been changed. Other sessions have been signed out.
field-current-password = Current password
field-new-password = New password
field-confirm-password = Repeat new password
password-rule = At least 10 characters.

## Page not found
not-found-title = Page not found
not-found-home = Go to home page

## Error messages
error-unauthenticated = Please sign in.
error-forbidden = You do not have permission to do this.
error-invalid-credentials = Email address or password is incorrect.
error-throttled = Too many failed sign-in attempts. Please try again in { $minutes } minutes.
error-not-found = The entry was not found.
error-bad-request = The request was invalid. Please reload the page.
error-internal = An internal error has occurred. Please give support the reference { $request_id }.
error-required = Please fill in this field.
error-too-long = This text is too long.
error-choose-option = Please choose an option.
error-email-invalid = Please enter a valid email address.
error-email-taken = A user account already exists for this email address.
error-organisation-exists = An organisation with this name already exists.
error-password-too-short = The password must be at least 10 characters long.
error-passwords-differ = The two passwords do not match.
error-current-password-wrong = The current password is incorrect.
error-own-account = You cannot change your own account here.
error-name-required = Please enter at least one name.
error-date-part-invalid = This date does not exist.
error-day-without-month = A day without a month is not possible.
error-language-code = Please choose a language from the list.

## Clients
nav-clients = Clients
clients-title = Clients
clients-new = New client
clients-search-label = Name (any spelling, any script)
clients-none-found = No one found.
clients-col-name = Name
clients-col-latin = Spelling in documents
clients-col-birth = Date of birth
clients-birth-unknown = unknown
client-new-title = New client
client-names = Names
client-birth = Date of birth
client-birth-hint = Enter what is known; the day or month may be left out.
client-language = Language
client-contact = Contact and address
client-create = Create
client-created = The person has been registered.
client-duplicates-title = These people may already be registered:
client-duplicates-confirm = This is a different person – create anyway
field-given-names = Given name(s)
field-family-name = Family name
field-given-names-latin = Given name(s) in Latin script, as in documents
field-family-name-latin = Family name in Latin script, as in documents
field-birth-day = Day
field-birth-month = Month
field-birth-year = Year
field-preferred-language = Preferred language
field-interpreter-needed = Interpreting needed
field-interpreter-language = Language for interpreting (ISO-639-3-Code)
field-phone = Phone
field-street = Street and house number
field-postal-code = Postcode
field-city = Town or city

## Case management core (issue 3)

error-conflict = Someone else has saved this information in the meantime. Nothing was overwritten; your entries are still in the form. What is saved now:
error-number-invalid = Please enter a valid number.
error-date-invalid = Please enter a valid date.
error-time-invalid = Please enter a valid time (HH:MM).
error-choose-from-list = Please choose an entry from the list.
error-date-in-past = The date is in the past.
error-date-in-future = The date is in the future.
error-target-before-start = The target date is before the start.
error-goal-empty = Please describe the goal (in the client's own words, in plain language or with a template).
error-reason-required = Please give a reason.
error-result-required = Please give the result.
error-organisation-required = Please choose the responsible organisation.
error-interpreter-language-required = Please give the language for interpreting.
error-review-before-agreement = The review must be after the agreement.
error-plan-empty = The plan has no goal yet.
error-plan-nothing-to-agree = There is no draft that could be agreed.
error-phase-not-allowed = This change of phase is not possible.
error-consent-missing = Consent to case management is still missing. Please record it first.
error-entrusted-by-required = Please state who entrusted this information.

value-empty = (empty)
untranslated-marker = not translated
language-picker-hint = Enter the German name, the language's own name or the ISO-639-3-Code.
saved = Saved.
save = Save
add = Add
remove = Remove
yes = yes
no = no
nav-catalogues = Catalogues

client-title = Client
client-personal = Personal details
client-edit = Edit details
client-cases = Cases
client-household = Household
client-address = Address
client-open-record = Open record
case-link = Case
case-open = Open a new case
household-add = Add household member
field-member-name = Name
field-relation = Relationship
compartment-residence = Residence and benefits
compartment-residence-hint = Sensitive area: stored separately and only visible where it is needed.
field-residence-status = Residence status
field-valid-until = Valid until
field-benefit-regime = Benefits received
compartment-health = Health
compartment-health-hint = Special category of personal data: only shared with explicit consent.
compartment-youth-welfare = Youth welfare
compartment-youth-welfare-hint = Only shared with the consent of the person who entrusted the information.
compartment-private = My personal working notes
compartment-private-hint = Only you see these notes. They are never shared.
note-add = Add note
field-note = Note
field-entrusted-by = Entrusted by

case-title = Case
case-phase = Phase
case-owner = Responsible for the case
case-sections = Sections of the case
case-history = Phase history
case-closed = The case is closed:
case-consent-needed = Consent to case management must be recorded before the assessment.
case-next-phase = Next phase
case-change-phase = Change phase
field-closure-reason = Reason for closing
consent-title = Consent to case management
consent-recorded = Consent given on
consent-record = Record consent
consent-save = Save consent
field-given-on = Given on
field-consent-method = Type of consent
assessment-title = Assessment
assessment-recorded = recorded
assessment-needs = Needs
assessment-resources = Resources and potential
assessment-client-goals = The client's own goals
facts-title = Structured information
field-language-level = German level
field-literacy = Literacy
field-schooling = Schooling
field-qualifications = Certificates and qualifications
field-recognition-needed = Recognition of a foreign qualification needed
field-work-experience = Work experience
field-housing-situation = Housing situation
field-health-insurance = Health insurance

plan-title = Integration plan
plan-none = No plan yet.
plan-version = Version { $number }
plan-version-agreed = Version { $number }, agreed on
plan-version-draft = Draft, version { $number }
plan-print = Print plan
plan-goals = Goals
plan-no-goals = No goals yet.
plan-steps = Steps
plan-agree = Agree plan
plan-agree-hint = The plan is discussed and agreed with the client. Later changes start a new version.
plan-review-default = If left empty: six months after the agreement.
plan-versions = Versions
plan-agreed-on = agreed on
plan-draft = Draft
plan-compare-from = Compare
plan-compare-to = with
plan-current = the current state
plan-compare = Compare
plan-no-changes = No changes.
plan-back = Back to the plan
goal-add = Add goal
goal-edit = Edit goal
goal-remove = Remove goal
goal-status-change = Change progress of the goal
step-add = Add step
step-edit = Edit step
step-history = History
step-status-change = Change status
field-domain = Area of life
field-goal-level = Goal level
field-goal-template = Goal template
field-client-words = In their own words
field-plain-wording = In plain language
field-success-criterion = How we will know it is done
field-start-date = Start
field-target-date = Target date
field-goal-status = Progress
field-status-reason = Reason
field-service-type = Service
field-step-detail = Details
field-responsible = Responsible
field-responsible-organisation = Responsible organisation
field-due-date = Due on
field-step-status = Status
field-status-note = Result or reason
field-appeal-deadline = Deadline for objection (Widerspruch)
field-agreed-on = Agreed on
field-agreed-how = How it was agreed
field-review-due = Review
appointments-title = Appointments
appointment-add = Add appointment
field-date = Date
field-time = Time
field-place = Place
field-with-organisation = At organisation
field-linked-step = For step
field-appointment-note = What to bring, or a note
diff-added = added
diff-removed = removed
diff-changed = changed
diff-goal = Goal
diff-step = Step

print-language = Language of the printout
print-now = Print
print-plan-title = My integration plan
print-agreed-on = Agreed on
print-draft = Draft – not yet agreed
print-signature-client = Signature of the client
print-signature-case-manager = Signature of the case manager

dashboard-phases = My cases by phase
dashboard-overdue = Overdue steps
dashboard-reviews = Reviews in the next 14 days
dashboard-waiting = Steps waiting for partners
dashboard-appointments = Appointments in the next 7 days
dashboard-recent = Recently changed cases
dashboard-none = Nothing to do.

catalogues-title = Catalogues
catalogues-intro = Your own entries add to the built-in catalogues. German is required; if a language is missing, the German text is shown with the note “not translated”.
catalogues-none = No own entries yet.
catalogues-col-catalogue = Catalogue
catalogues-col-text = Text
catalogues-col-locales = Languages
catalogues-add = Add entry
catalogues-texts = Text in each language
catalogue-name-service = Services
catalogue-name-goal-template = Goal templates
catalogue-name-closure = Reasons for closing

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = Referral
phase-intake = First interview (intake)
phase-assessment = Assessment
phase-planning = Support planning
phase-implementation = Implementation
phase-monitoring = Monitoring and review
phase-evaluation = Evaluation
phase-closed = Closed

domain-language = Language
domain-education-work = Education and work
domain-housing = Housing
domain-health = Health
domain-residence = Residence
domain-benefits = Benefits and money
domain-family = Family and children
domain-participation = Social participation

service-integration-course = Integration course (Integrationskurs)
service-literacy-course = Integration course with learning to read and write (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = Integration course for young people (Jugendintegrationskurs)
service-parents-integration-course = Integration course for parents and women (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = Intensive course (Intensivkurs)
service-second-script-course = Course for people who can already read and write another script (Zweitschriftlernerkurs)
service-dtz-exam = German test for immigrants (DTZ)
service-job-language-course = German course for work (Berufssprachkurs)
service-course-fee-exemption = Exemption from course fees
service-potential-analysis = Analysis of skills and strengths (Potenzialanalyse)
service-cooperation-plan = Cooperation plan with the Jobcenter (Kooperationsplan)
service-placement-voucher = Job placement voucher (Vermittlungsgutschein)
service-apprenticeship = Vocational training (Ausbildung)
service-entry-qualification = Work placement to prepare for vocational training (Einstiegsqualifizierung, EQ)
service-wage-subsidy = Wage subsidy
service-coaching = Coaching
service-recognition-counselling = Advice on recognition of qualifications (IQ network)
service-recognition-application = Application for recognition
service-qualification-analysis = Practical test of professional skills (Qualifikationsanalyse)
service-adaptation-training = Further training for full recognition (Anpassungsqualifizierung)
service-zab-evaluation = Evaluation of a foreign certificate (ZAB)
service-housing-entitlement = Certificate for social housing (WBS)
service-residence-obligation-change = Change of the obligation to live in a certain place (Wohnsitzauflage)
service-cost-approval = Approval to pay the rent (Mietkostenübernahme)
service-move-out-of-shelter = Moving out of the shared accommodation
service-health-card = Health card (Gesundheitskarte)
service-treatment-voucher = Treatment voucher (Behandlungsschein)
service-health-insurance-enrolment = Registration with a health insurance fund (Krankenkasse)
service-psychosocial-centre = Psychosocial centre (Psychosoziales Zentrum)
service-vaccination = Vaccination
service-permit-application = Application for a residence permit (Aufenthaltserlaubnis)
service-naturalisation = Naturalisation (Einbürgerung)
service-benefit-application = Application for benefits
service-debt-counselling = Debt counselling
service-childcare-place = Place in a day-care centre (Kita)
service-school-enrolment = School registration
service-migration-counselling = Migration counselling for adults (MBE)
service-youth-migration-service = Youth migration service (JMD)
service-interpreter = Interpreting
service-document-translation = Translation of documents
service-volunteer-matching = Finding a volunteer to support you

goal-template-reach-b1 = Speak German at level B1
goal-template-complete-integration-course = Finish the integration course (Integrationskurs)
goal-template-learn-to-read = Learn to read and write
goal-template-qualification-recognised = Get the professional qualification recognised
goal-template-find-work = Find a job
goal-template-start-apprenticeship = Start vocational training (Ausbildung)
goal-template-own-flat = Find a flat of my own
goal-template-leave-shelter = Move out of the shared accommodation
goal-template-health-insurance = Have health insurance
goal-template-family-doctor = Have a family doctor
goal-template-secure-residence = Secure the right to stay
goal-template-secure-income = Secure an income
goal-template-childcare = Find a childcare place for the child
goal-template-school-place = Find a school place for the child
goal-template-social-contacts = Find contacts and leisure activities locally

goal-level-long-term = Long-term goal
goal-level-framework = Framework goal
goal-level-action = Action goal

goal-status-open = open
goal-status-in-progress = in progress
goal-status-achieved = achieved
goal-status-partly-achieved = partly achieved
goal-status-not-achieved = not achieved
goal-status-dropped = given up

step-status-planned = planned
step-status-eligibility-requested = entitlement applied for
step-status-eligible = entitled
step-status-registered = registered
step-status-waitlisted = on the waiting list
step-status-started = started
step-status-completed = completed
step-status-interrupted = paused
step-status-dropped = stopped
step-status-rejected = refused
step-status-not-needed = no longer needed

closure-goals-achieved = Goals achieved
closure-standard-service = Handed over to a regular service
closure-client-ended = Ended by the client
closure-moved-away = Moved away
closure-unreachable = No longer reachable
closure-consent-withdrawn = Consent withdrawn

consent-method-signature = with signature
consent-method-electronic = confirmed electronically
consent-method-oral-interpreter = orally, with an interpreter

responsible-client = Client
responsible-case-manager = Case manager
responsible-organisation = Partner organisation
responsible-volunteer = Volunteer

language-level-a0 = A0 (no knowledge)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = can read and write (Latin script)
literacy-other-script = can read and write in another script
literacy-not-literate = cannot read and write

housing-shelter = shared accommodation centre (Gemeinschaftsunterkunft)
housing-shared-accommodation = flat share or subletting
housing-own-flat = own flat
housing-with-family = with family or friends
housing-homeless = no home

insurance-statutory = statutory health insurance
insurance-health-card = health card (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = treatment vouchers (Behandlungsscheine)
insurance-private = private health insurance
insurance-none = no health insurance

residence-asylum-procedure = Permission to stay during the asylum procedure (Aufenthaltsgestattung)
residence-tolerated = Temporary suspension of deportation (Duldung)
residence-temporary-protection = Temporary protection (§ 24 AufenthG)
residence-residence-permit = Residence permit (Aufenthaltserlaubnis)
residence-settlement-permit = Permanent residence permit (Niederlassungserlaubnis)
residence-eu-citizen = EU citizen
residence-german-citizen = German citizenship
residence-other = other status

benefit-asylblg = Benefits for asylum seekers (AsylbLG)
benefit-sgb2 = Citizen's income (Bürgergeld, SGB II)
benefit-sgb12 = Social assistance (Sozialhilfe, SGB XII)
benefit-none = no benefits

relation-spouse = Spouse
relation-child = Child
relation-parent = Parent
relation-sibling = Brother or sister
relation-other = other relationship
