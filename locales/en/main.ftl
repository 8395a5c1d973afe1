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
users-role-change = Change role
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
error-throttled = Too many failed sign-in attempts. Please try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.
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
clients-search-submit = Search
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
field-interpreter-language = Language for interpreting (ISO 639-3 code)
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
language-picker-hint = Enter the German name, the language's own name or the ISO 639-3 code.
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
dashboard-shown-of = { $shown } of { $total } shown; all of them are in the cases' plans.

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

## Partner network (issue 4)
nav-offers = Services
nav-inbox = Inbox
nav-audit = Log
case-team = People responsible for the case
case-assign = Assign
case-assign-colleague = Assign a colleague
case-unassign = Remove assignment
dashboard-overdue-referrals = Overdue referrals
network-title = Network
network-referrals = Referrals
network-no-referrals = No referrals yet.
network-new-referral = New referral
network-consents = Consent to share data
network-no-consents = No consent to share data yet.
network-access-times = Access to language courses
network-access-days = Time to access: { $days ->
    [one] { $days } day
   *[other] { $days } days
}
network-waiting-days = Waiting time: { $days ->
    [one] { $days } day
   *[other] { $days } days
}
consent-record-share = Record consent
consent-health-separate = Health data always needs its own, explicit consent.
consent-print = Print form
consent-revoke = Withdraw
consent-state-active = valid
consent-state-inactive = not valid
consent-state-revoked = withdrawn
consent-form-title = Consent to share data
consent-form-back = Back to the person
consent-form-recipient = Recipient
consent-form-valid = Valid
consent-form-categories-intro = I agree that the following data may be shared with the recipient:
consent-form-voluntary = This consent is voluntary. If I do not agree, this will not cause me any disadvantage.
consent-form-revoke = I can withdraw my consent at any time, just as easily as I gave it. The withdrawal applies at once, for the future.
consent-form-health = Health data is specially protected. This consent only applies to health data.
consent-form-issued-by = Issued by:
consent-form-place-date = Place, date
courses-title = Suitable courses
courses-childcare-on = Do not require childcare
courses-childcare-off = Only courses with childcare
courses-any-type = Show all types of course
courses-only-this-type = Show only this type of course
courses-none = No suitable course found.
courses-distance = { $km } km
courses-full = fully booked (waiting list)
courses-free-seats = { $count ->
    [one] { $count } free place
   *[other] { $count } free places
}
courses-seats-unknown = free places unknown
courses-next-start = Next start:
courses-refer = Refer to this course
courses-refer-submit = Refer
courses-default-message = Please give this person a place on this course.
offers-childcare = Childcare
field-title = Title
field-address = Address
field-birth-date = Date of birth
field-name = Name
field-categories = Data
field-decline-reason = Reason for declining
field-district = District
field-free-seats = Free places
field-message = Message
field-outcome = Outcome
field-purpose = Purpose
field-referral-status = Status of the referral
field-response-due = Reply by
field-seat = Place
field-starts-on = Start
field-step = Step in the plan
field-valid-from = Valid from
inbox-title = Inbox
inbox-referrals = Referrals to my organisation
inbox-empty = No referrals.
referral-title = Referral
referral-facts = Details
referral-client = Person
referral-client-hidden = Person (no valid consent)
referral-to = To
referral-sent-by = Sent by
referral-back-to-case = Back to the case
referral-response-due = Reply by
referral-overdue = overdue
referral-shared-data = Shared data
referral-access-closed = The referral is closed. The person's data is no longer visible.
referral-access-no-consent = There is no valid consent (withdrawn, expired or never given). The person's data is not visible.
referral-nothing-recorded = Nothing recorded.
referral-answer = Reply
referral-withdraw-title = Withdraw
referral-no-further-steps = No further steps possible.
referral-history = History and messages
referral-message-label = Message
referral-send-message = Send message
referral-no-step = – no step –
referral-consent-covered = The selected data is covered by a valid consent.
referral-consent-missing = Consent is missing for: { $categories }.
referral-record-consent = Record consent now
referral-due-hint = Leave empty: 10 working days from today.
referral-offers-hint = Services with place, dates and free places:
referral-send = Send referral
step-find-course = Find a suitable course
step-refer = Refer
error-categories-required = Please choose at least one type of data.
error-consent-already-revoked = This consent has already been withdrawn.
error-consent-missing-for-referral = For at least one selected type of data, there is no valid consent for this organisation and this purpose.
error-free-seats-above-capacity = There cannot be more free places than places.
error-health-consent-separate = Health data needs its own consent: please record it separately.
error-referral-transition = This step is not possible at this status.
error-start-date-required = Please give the date the course starts.
error-target-level-not-above = The target level must be above the entry level.
error-until-before-from = The end is before the start.
consent-category-identity = Name, date of birth and contact
consent-category-language = Language and education
consent-category-work = Work
consent-category-housing = Housing
consent-category-health = Health
consent-category-residence = Residence and benefits
consent-category-youth-welfare = Youth welfare
consent-purpose-language-course = Language course
consent-purpose-employment = Work and training
consent-purpose-recognition = Recognition of qualifications
consent-purpose-housing = Housing
consent-purpose-health-care = Health care
consent-purpose-counselling = Counselling
consent-purpose-volunteer-support = Support from volunteers
referral-status-sent = sent
referral-status-accepted = accepted
referral-status-declined = declined
referral-status-in-progress = in progress
referral-status-completed = completed
referral-status-withdrawn = withdrawn
referral-outcome-service-provided = Service provided
referral-outcome-course-completed = Course completed
referral-outcome-client-did-not-attend = did not attend
referral-outcome-client-withdrew = ended by the person
referral-outcome-not-eligible = not entitled
referral-outcome-referred-elsewhere = referred elsewhere
decline-reason-no-capacity = no free places
decline-reason-not-eligible = not entitled
decline-reason-not-responsible = not responsible
decline-reason-client-unreachable = person cannot be reached
decline-reason-other = other reason
seat-confirmed = Place confirmed
seat-waitlisted = Waiting list
district-innenstadt = Innenstadt
district-rodenkirchen = Rodenkirchen
district-lindenthal = Lindenthal
district-ehrenfeld = Ehrenfeld
district-nippes = Nippes
district-chorweiler = Chorweiler
district-porz = Porz
district-kalk = Kalk
district-muelheim = Mülheim

## Service directory (pages/offers.rs)
offers-title = Service directory
offers-intro = Courses and counselling services of partner organisations in Köln, with free places, next start dates and the access and waiting times measured so far.
offers-new = New service
offers-filter = Filter services
offers-all = All
offers-filter-language = Language (ISO 639-3 code)
offers-filter-childcare = With childcare
offers-filter-free-seats = Only with free places
offers-filter-own = Only my organisation's services
offers-filter-apply = Filter
offers-found = { $count ->
    [one] { $count } service found
   *[other] { $count } services found
}
offers-none = No services found.
offers-accessible = Accessible (barrier-free)
offers-inactive = Not active
offers-place = Place
offers-levels = Language level
offers-level-range = { $entry } → { $target }
offers-levels-hint = Only for language courses: entry level and target level.
offers-seats = Places
offers-seats-of = { $free } of { $capacity } free
offers-starts = Next start dates
offers-languages = Languages of teaching and counselling
offers-edit = Edit
offers-access-title = Access and waiting times
offers-access-hint = Median in days: access time runs from entitlement to course start, waiting time from registration to course start.
offers-access-none = No access or waiting times recorded yet.
offers-access-clients = Clients
offers-access-median = Access (median, days)
offers-waiting-median = Waiting time (median, days)
offers-new-title = New service
offers-edit-title = Edit service
offers-back = Back to my organisation's services
field-description = Description
field-entry-level = Entry level
field-target-level = Target level
field-childcare = Childcare available
field-accessible = Accessible without barriers
field-offer-active = Service is active (visible in the directory)
field-schedule = Days and times
field-capacity = Total places
field-documents = Documents to bring
field-contact = Contact
field-offer-languages = Languages (ISO 639-3 codes, separated by commas, e.g. deu, ara)
field-offer-starts = Start dates (YYYY-MM-DD, separated by commas)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = Log of data access
audit-intro = Who read or changed which personal data and when, for what purpose and on what legal basis – including refused attempts. Reading this log is itself logged.
audit-filter = Filter log
audit-all = All
audit-filter-client = Client (number)
audit-filter-actor = Person
audit-filter-from = From
audit-filter-until = Until
audit-filter-denied = Only refused access
audit-filter-apply = Filter
audit-none = No entries found.
audit-page = Page { $page }
audit-col-time = Time
audit-col-person = Person and role
audit-col-client = Client
audit-col-record = Record
audit-col-action = Action
audit-col-purpose = Purpose
audit-col-basis = Legal basis
audit-col-categories = Data categories
audit-col-allowed = Result
audit-role-system = Lotse (automatic)
audit-allowed = allowed
audit-denied = refused
audit-action-read = Read
audit-action-list = List shown
audit-action-create = Created
audit-action-update = Changed
audit-action-delete = Deleted
audit-action-print = Printed
audit-action-revoke = Withdrawn
audit-action-attempt = Access attempt
audit-action-compare = Versions compared
audit-action-agree = Agreed
audit-action-verify = Integrity checked
audit-verify-title = Integrity of the log
audit-verify-hint = Recalculates the chain of all entries. This shows whether entries were changed or deleted afterwards.
audit-verify = Check integrity
audit-chain-intact = The log is complete and unchanged.
audit-chain-broken = The log is no longer consistent from entry no. { $seq } onwards: entries were changed or deleted.


## Volunteer tasks (issue 6)
volunteers-title = Volunteering
volunteer-tasks-of-case = Tasks for volunteers
volunteer-tasks-none = No tasks for volunteers yet.
volunteer-task-new = Give a task to volunteers
volunteer-task-offered-to = Offered to
volunteer-task-taken-by = taken on by
volunteer-task-declined-by = { $count ->
    [one] one person has declined
   *[other] { $count } people have declined
}
volunteer-task-cancel = Withdraw task
volunteer-task-offer = Offer task
volunteer-report = Report
volunteer-problem-badge = Problem reported
volunteer-consent-covered = The consent covers name, phone and appointment.
volunteer-consent-missing = For this network, the person's consent to support from volunteers (name and contact) is missing.
volunteer-whole-network = Whole network
volunteer-no-step = No step
volunteer-no-appointment = No appointment
volunteer-appointment-hint = If you choose an appointment, its date, time and place are used unless you enter them.
field-task-kind = Type of task
field-volunteer-network = Volunteer network
field-offered-to = Offered to
field-appointment = Appointment
field-bring = What to bring
field-task-note = Short note
field-task-status = Status
follow-ups-title = Follow-ups
follow-up-volunteer-problem = Volunteers report a problem
follow-up-done = Done
volunteer-my-tasks = My tasks
volunteer-no-tasks = There are no tasks for you at the moment.
volunteer-client-language = Language
volunteer-offered-to-you = For you personally
volunteer-accept = Take on
volunteer-decline = Decline
volunteer-cannot-go = I can't make it after all
volunteer-report-label = Short report
volunteer-problem = There was a problem
volunteer-done = Report as done
volunteer-not-yet-sent = Not sent yet
volunteer-outbox-waiting = No connection: your entries are saved on this device and will be sent as soon as the connection is back.
volunteer-refused = Lotse did not accept this:
volunteer-try-again = Send again
volunteer-discard = Discard
error-volunteer-network-required = Please choose a volunteer network.
error-volunteer-consent-missing = The person has not agreed to sharing with this network (name and contact, purpose: support from volunteers).
error-task-transition = This is no longer possible at this status of the task.
error-task-taken = Someone else has already taken on this task.
task-kind-accompany = Going with someone to an appointment
task-kind-form-help = Help with a form
task-kind-language-practice = Practising German
task-kind-housing-search = Looking for a flat
task-kind-other = Other
task-status-offered = Offered
task-status-accepted = Taken on
task-status-declined = Declined
task-status-done = Done
task-status-cancelled = Withdrawn
volunteer-undelivered = Not delivered

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = My plan
portal-sign-in-title = Sign in to the Lotse portal
portal-sign-in-intro = Enter the access code from your letter. The first time, you then choose a PIN.
portal-code = Access code
portal-code-hint = It is in your letter, for example ABCD-EFGH-JKLM.
portal-pin = PIN or passphrase
portal-pin-hint = At least 6 digits or a sentence with at least 12 characters.
portal-pin-repeat = PIN again
portal-choose-pin = Your access code is correct. Now choose your PIN. You need it every time you sign in.
portal-sign-in-button = Sign in
portal-set-pin-button = Save PIN and sign in
portal-sign-out = Sign out
portal-staff-link = Sign-in for staff
portal-nav-label = Sections of the portal
portal-nav-plan = My plan
portal-nav-appointments = Appointments
portal-nav-referrals = Referrals
portal-nav-consents = Consents
portal-nav-access = Who has seen my data?
portal-nav-correction = Something is wrong
portal-nav-data = My data
portal-greeting = Hello { $name }!
portal-large-text = Large text
portal-read-aloud = Read aloud
portal-read-aloud-stop = Stop reading aloud
portal-read-aloud-no-voice = Your device has no voice for this language.
portal-print = Print plan
portal-next = What to do next
portal-next-none = You do not need to do anything at the moment.
portal-goals = My goals
portal-goal-until = Goal by { $date }
portal-step-due = by { $date }
portal-step-responsible = Who takes care of it?
portal-responsible-client = You
portal-responsible-case-manager = Your case manager
portal-responsible-volunteer = A volunteer
portal-responsible-organisation = Another organisation
portal-step-status = Progress
portal-mark-done = I have done this
portal-marked-done = Thank you! Your case manager has been informed.
portal-no-plan = Your plan is being prepared. Your case manager will talk it through with you.
portal-written-in-german = Written in German by your case manager:
portal-appointments-title = My appointments
portal-appointments-none = You have no appointments.
portal-appointments-past = Past appointments
portal-appointment-when = When
portal-appointment-where = Where
portal-appointment-with = With
portal-appointment-bring = Please bring
portal-interpreter-arranged = An interpreter has been booked.
portal-interpreter-not-arranged = An interpreter is needed but has not been booked yet. Ask your case manager.
portal-referrals-title = My referrals
portal-referrals-none = You have not been referred to any organisation yet.
portal-referral-for = What for
portal-referral-sent = { $organisation } has received your registration and will reply soon.
portal-referral-accepted = { $organisation } has said yes.
portal-referral-waitlisted = You are on the waiting list at { $organisation }.
portal-referral-seat = You have a place at { $organisation }. Start: { $date }
portal-referral-declined = { $organisation } has said no. Your case manager is looking for another option with you.
portal-referral-in-progress = { $organisation } is supporting you at the moment.
portal-referral-completed = The support from { $organisation } has ended.
portal-referral-withdrawn = The referral to { $organisation } has been withdrawn.
portal-consents-title = My consents
portal-consents-intro = Here you can see who may see your data. You can withdraw any consent at any time.
portal-consents-none = You have not given any consent.
portal-consent-to = To whom
portal-consent-for = What for
portal-consent-data = Which data
portal-consent-until = Valid until
portal-consent-open-ended = until you withdraw it
portal-consent-revoked = Withdrawn on { $date }
portal-consent-expired = Expired
portal-consent-revoke = Withdraw
portal-consent-revoke-confirm = After this, { $organisation } may no longer see your data. Do you really want to withdraw?
portal-consent-revoke-yes = Yes, withdraw
portal-consent-revoke-no = No, keep it
portal-consent-revoked-now = The consent has been withdrawn. From now on, { $organisation } can no longer see your data. Your case manager has been informed.
portal-access-title = Who has seen my data?
portal-access-intro = Every access to your data is written down. Here you can see which organisation saw or changed what, and when.
portal-access-none = So far nobody has seen your data.
portal-access-looked = { $organisation } looked at this on { $date }: { $what }
portal-access-changed = { $organisation } changed this on { $date }: { $what }
portal-access-system = Lotse (automatic)
portal-what-everything = your file
portal-what-plan = your plan
portal-what-client = your personal details
portal-what-case = your case
portal-what-referral = a referral
portal-what-consent = your consents
portal-what-volunteer = a task for volunteers
portal-what-list = your name in a list
portal-what-data = all your data
portal-what-other = your data
portal-what-identity = your name and contact details
portal-what-language = your language skills
portal-what-work = your school and work details
portal-what-housing = your housing situation
portal-what-health = your health data
portal-what-residence = your residence status
portal-what-youth-welfare = youth welfare data
portal-correction-title = Is something wrong?
portal-correction-intro = Write to your case manager about what is not correct. They will check it and get back to you.
portal-correction-about = What is it about?
portal-correction-about-personal = My personal details
portal-correction-about-plan = My plan
portal-correction-about-appointments = My appointments
portal-correction-about-other = Something else
portal-correction-message = What is wrong? What is right?
portal-correction-send = Send
portal-correction-sent = Your message has arrived. Your case manager will get back to you.
portal-correction-earlier = Your messages
portal-correction-open = still open
portal-correction-done = dealt with
portal-data-title = My data
portal-data-intro = Here you can download everything that is stored about you in Lotse. The file is in JSON format and can be opened with any text editor.
portal-data-download = Download my data
portal-session-ended = Your session has expired. Please sign in again.
portal-letter-title = Your access to Lotse
portal-letter-intro = With this letter you can see your plan, your appointments and your consents on your phone or computer.
portal-letter-step-address = Open this address or scan the QR code:
portal-letter-step-code = Enter this access code:
portal-letter-step-pin = Choose a PIN with at least 6 digits. Do not tell it to anyone.
portal-letter-keep = Keep this letter in a safe place. If you lose it, your case manager will give you a new one.
portal-letter-qr-label = QR code with the address of the portal
error-portal-credentials = The access code or PIN is not correct.
error-portal-pin-short = The PIN needs at least 6 digits. A passphrase needs at least 12 characters.
error-portal-pin-simple = This PIN is too easy to guess. Please choose a different one.
error-portal-pin-mismatch = The two entries are not the same.
error-portal-blocked = Your access is blocked. Please talk to your case manager.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = Portal
portal-staff-title = Access to the client portal
portal-staff-none = No access letter issued yet.
portal-staff-issued = Access letter issued on { $date }, not used yet.
portal-staff-active = Access active since { $date }.
portal-staff-blocked = Access blocked.
portal-staff-last-sign-in = Last sign-in: { $date }
portal-staff-issue = Issue access letter
portal-staff-reissue = Issue new access letter
portal-staff-reissue-warning = The previous access code and PIN will then no longer be valid.
portal-staff-block = Block access
portal-staff-unblock = Unblock access
portal-staff-letter-print = Print letter
portal-staff-letter-once = The access code is only shown now. Print the letter before you leave the page.
portal-staff-letter-language = Letter in { $language } and German
portal-staff-translations-title = Translations for the portal
portal-staff-translations-intro = Texts you wrote in German are shown to the client with the note “written in German”. You can enter a translation here.
portal-staff-translations-none = The plan has no texts to translate yet.
portal-staff-translation-language = Language of the translation
portal-staff-translation-save = Save translation
follow-up-portal-step-done = Marked as done in the portal
follow-up-portal-consent-revoked = Consent withdrawn in the portal
follow-up-portal-correction = Request for correction from the portal
audit-role-client = Client themselves (portal)
field-interpreter-arranged = Interpreter booked

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = Figures
nav-issues = Structural issues
nav-groups = Working groups
nav-results = Interim results
coordination-sections = Sections of coordination
audit-action-export = Exported
portal-what-export = your basic details in a case list (file)
clients-export = Download my cases as CSV
export-case = Case no.
export-opened-on = Opened on
export-review-due = Next review
export-held-until = Restricted until
error-period-order = The end of the period is before its start.
error-period-too-long = Please choose three years at most.
error-choose-organisation = Please choose at least one organisation.
figures-title = Programme figures
figures-intro = All figures are aggregated. Cells with fewer than 5 people are hidden as “< 5”, as are cells from which they could be calculated.
figures-filter = Period and selection
figures-from = From
figures-to = To
figures-organisation = Organisation (leading the case)
figures-all-organisations = All organisations
figures-show = Show
figures-period = Period: { $from } to { $to }
figures-suppression = “< 5”: fewer than 5 people, or hidden for protection
figures-csv = Download table as CSV
figures-total = Total
figures-cases = Cases
figures-phase = Phase
figures-domain = Area of life
figures-month = Month
figures-group = Group
figures-count = Number
figures-cases-by-phase = Cases by phase (opened in the period)
figures-cases-by-domain = Cases by area of life and phase
figures-cases-by-domain-note = A case counts in every area of life in which its plan has goals.
figures-trend = Trend by month
figures-cases-opened = Cases opened
figures-plans-agreed = Plans agreed
figures-time-to-plan = Time from first contact to agreed plan
figures-time-to-plan-note = Days from the opening of the case to the first agreed version of the plan, for plans agreed in the period.
figures-median-days = Median (days)
figures-days-range = { $from }–{ $to } days
figures-days-more = more than { $from } days
figures-steps-on-time = Plan steps done on time
figures-steps-on-time-note = Steps due in the period (up to yesterday), excluding “no longer needed”.
figures-steps-due = Steps due
figures-steps-done-on-time = Done on time
figures-steps-not-on-time = Not on time
figures-share-on-time = Share on time
figures-course-by-type = Language courses: access and waiting time by type of course
figures-course-by-provider = Language courses: access and waiting time by course provider
figures-course-note = Time to access: from entitlement to course start. Waiting time: from registration to course start; BAMF target: 6 weeks (42 days) at most. Courses that started in the period.
figures-course-type = Type of course
figures-provider = Course provider
figures-provider-unknown = Provider not recorded
figures-courses-started = Course starts
figures-median-access = Time to access, median (days)
figures-waiting-known = Waiting time known
figures-median-waiting = Waiting time, median (days)
figures-share-within-benchmark = Share within 6 weeks
figures-benchmark = Marker: BAMF target, { $days ->
    [one] { $days } day
   *[other] { $days } days
}
figures-referrals-by-partner = Referrals by partner
figures-referrals-note = Referrals sent in the period; response time until accepted or declined.
figures-partner = Partner
figures-referrals = Referrals
figures-median-response = Response time, median (days)
figures-interpreters = Interpreting at appointments
figures-interpreter = Interpreting
figures-appointments = Appointments
figures-interpreter-arranged = booked
figures-interpreter-not-arranged = not booked
figures-interpreter-needed = needed (total)
figures-closure-reasons = Reasons for closing (closed in the period)
figures-closure-reason = Reason for closing
figures-reason-other = not stated
issues-title = Structural issues
issues-intro = Recurring problems reported by case managers, aggregated by area of life and district. They contain no personal data.
issues-none = No structural issues have been reported yet.
issues-counted = { $issues ->
    [one] { $issues } report
   *[other] { $issues } reports
} · { $cases ->
    [one] { $cases } case affected
   *[other] { $cases } cases affected
}
issues-cases-affected = { $count ->
    [one] { $count } case affected
   *[other] { $count } cases affected
}
issues-in-group = In working group:
issues-no-groups = First create a working group:
issues-working-group = Working group
issues-bring-to-group = Bring into working group
groups-title = Working groups
groups-none = There is no working group yet.
groups-topic = Topic
groups-measures-count = { $count ->
    [one] { $count } measure, { $implemented } implemented
   *[other] { $count } measures, { $implemented } of them implemented
}
groups-new = New working group
groups-create = Create working group
field-group-name = Name of the working group
group-title = Working group
group-members = Members
group-members-none = No members yet.
field-member-person = Name
group-member-add = Add member
group-issues = Structural issues brought in
group-issues-none = No structural issues brought in yet.
group-measures = Measures
group-measures-none = No measures yet.
group-measure-new = New measure
field-measure-title = Measure
field-measure-status = Status
field-status-on = Status since
field-due-on = To be done by
field-measure-issue = For structural issue
measure-no-issue = No specific issue
field-responsible-organisations = Responsible organisations
field-organisation-1 = Organisation 1
field-organisation-2 = Organisation 2 (optional)
field-organisation-3 = Organisation 3 (optional)
group-measure-add = Record measure
measure-history = History
measure-new-status = New status
measure-set-status = Change status
group-meetings = Meetings and minutes
group-meetings-none = No meetings yet.
field-held-on = Meeting on
field-minutes = Minutes
group-meeting-add = Record meeting
measure-status-proposed = Proposed
measure-status-under-review = Under review
measure-status-agreed = Agreed
measure-status-implemented = Implemented
measure-status-rejected = Rejected
results-title = Interim results
results-intro = Measures of the working groups by topic: how many are at which status and which have been implemented.
results-none = There are no measures yet.
results-by-status = Measures by topic and status
results-none-implemented = No measure implemented yet.
results-implemented-on = Implemented on
case-tab-issues = Structural issues
case-issues-title = Structural issues from the case
case-issue-new = Report a structural issue
case-issue-hint = A recurring problem that does not only affect this case (for example “no childcare during integration courses in Chorweiler”). Do not write any names or other personal details: the report goes to coordination without any link to the case.
field-life-domain = Area of life
field-issue-description = Description
field-cases-affected = How many cases are affected?
field-organisations-involved = Organisations involved
case-issue-flag = Report a structural issue
case-issues-flagged = Reported from this case
case-issues-only-you = Only you can see that the report comes from this case.
case-issues-none = Nothing has been reported from this case yet.
case-issue-waiting = Not yet assigned to a working group.
results-implemented = Implemented
results-agreed = Agreed, being implemented
results-agreed-on = Agreed on
figures-as-of = As of { $time } (recalculated { $minutes ->
    [one] every minute
   *[other] every { $minutes } minutes
})

# Issue 22: request hygiene and accounts
error-control-character = The text contains an invisible control character that cannot be saved. Please remove it (for example by typing the text again).
audit-action-change-password = Password change
# Issue 22: a client's name in a colleague's search
portal-what-search = your name and date of birth in a search result
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = With the consent as it is now, volunteers of this network will see:
volunteer-sees-name-phone = the person's first name and, once someone has accepted the task, their phone number
volunteer-sees-language = the person's preferred language
volunteer-sees-no-language = not the preferred language (the consent does not cover language)
volunteer-sees-task = the kind of task, date, time and place
volunteer-sees-notes = “What to bring” and your note, as long as the consent covers name and contact, and only until the task is done
volunteer-notes-within-consent = In “What to bring” and the note, write only what volunteers need for this task and what the consent covers. Volunteers see nothing else about the person.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = The assessment can only be recorded once the person has consented to case management. Record the consent above first.
error-assessment-consent-missing = Nothing was saved: the assessment can only be recorded once the person's consent to case management is recorded.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = Your areas
nav-figures-hint = Anonymised programme figures: cases by phase, time to a plan, waiting times for language courses, referrals.
nav-issues-hint = Structural issues reported by case managers: review them and assign them to a working group.
nav-groups-hint = Working groups with the partners: members, meetings and agreed measures.
nav-results-hint = What the working groups have agreed and implemented, by topic.
nav-offers-hint = Partners' services with place, dates and free places.
nav-organisations-hint = Create and change the organisations of the network.
nav-users-hint = Create user accounts, assign roles and block accounts.
nav-catalogues-hint = Add your own entries to the catalogues, with a text for each language.
nav-audit-hint = Who accessed which data and when, and whether the log is unchanged.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = Offline: you are seeing what this device stored at { $time }. Things may have changed since.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = Retention periods
nav-retention-hint = When which personal data is deleted: one rule per kind of data, with its start and period.
retention-title = Retention periods
retention-intro = Every kind of personal data has one rule: the period starts with an event; once it has passed, the data is deleted or anonymised. The event is fixed for each kind of data; you set the period. Every change is logged.
retention-not-legal-advice = The periods shipped with Lotse are examples, not legal advice. Set them according to your municipality's deletion concept.
retention-col-kind = Kind of data
retention-col-start = The period starts when
retention-col-period = Period
retention-col-changed = Last changed
retention-default = Lotse's default
retention-col-run = Last applied
retention-run = { $date }; deleted: { $deleted }
retention-run-none = Not applied yet
retention-schedule = Lotse applies the rules once a day and keeps a record of each run: which rule, how many records, when. The record holds no personal data.
hold-title = Restriction of processing
hold-in-force = This person's data are restricted up to and including { $until }.
hold-effect = While the restriction lasts, Lotse deletes nothing of them under the retention rules and shares nothing with partners or volunteers (GDPR Art. 18, SGB X section 84).
hold-placed = Restricted by
hold-end = End the restriction
hold-place = Restrict the data (instead of deleting them)
hold-hint = For an ongoing procedure, when their accuracy is disputed, or when the person asks for it. The restriction ends by itself after its last day.
hold-place-submit = Restrict
field-hold-reason = Reason
field-hold-until = Last day
field-hold-note = Note (for example a file number)
hold-badge = Restricted until { $until }
hold-marker = Restricted
hold-reason-ongoing-procedure = Ongoing procedure
hold-reason-disputed-accuracy = Accuracy disputed
hold-reason-client-request = At the person's request
error-hold-until-past = The last day cannot be in the past.
error-hold-until-far = Five years at most; after that the restriction can be set again.
error-hold-exists = A restriction is already in force for this person. End it to set a new one.
error-client-held = This person's data are restricted: nothing is shared while that lasts.
nav-holds = Restrictions
nav-holds-hint = People's data that are not deleted and shared with no one: with the reason and the last day.
holds-title = Restrictions of processing
holds-intro = All restrictions in force today for people of your organisation. Case managers set them in the person's record; here you end one, or set one for a person you know by their number.
holds-none = No restriction is in force at the moment.
holds-col-client = Person's number
holds-col-end = End
field-client-number = Person's number (from the log or the request)
error-client-number = Your organisation has no person with this number.
retention-changed = { $date } by { $name }; before: { $before }
retention-changed-by-unknown = a deleted account
field-retention-period = Period
field-retention-unit = Unit
retention-unit-days = days
retention-unit-months = months
retention-unit-years = years
retention-period-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
retention-period-months =
    { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
retention-period-years =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
error-retention-period = Please enter a whole number greater than zero, at most 100 years.
error-retention-unit = Please choose days, months or years.
retention-kind-client-record = The person's basic data (name, date of birth, language)
retention-kind-contact = Contact details and address
retention-kind-household = Household members
retention-kind-residence = Residence and benefits
retention-kind-health-notes = Notes on health
retention-kind-youth-welfare-notes = Notes on youth welfare
retention-kind-private-notes = Personal working notes
retention-kind-case = Case and phases
retention-kind-assessment = Assessment
retention-kind-plan = Plan versions and history of the steps
retention-kind-appointments = Appointments
retention-kind-consents = Consents
retention-kind-referrals = Referrals and their messages
retention-kind-volunteer-tasks = Volunteer tasks and reports
retention-kind-portal-access = Portal access and portal sessions
retention-kind-correction-requests = Requests for correction from the portal
retention-kind-structural-issue-links = Links between structural issues and cases
retention-kind-staff-sessions = Staff sessions and sign-in attempts
retention-kind-audit-log = Log of data access
retention-start-case-closed = the person's last case is closed
retention-start-consent-ended = the consent is revoked or has expired
retention-start-referral-closed = the referral is completed, declined or withdrawn
retention-start-task-finished = the task is done or cancelled
retention-start-portal-access-ended = the portal access is ended or blocked
retention-start-request-answered = the request is answered
retention-start-session-ended = the session ends (sign-out or expiry) or the sign-in attempt was made
retention-start-entry-written = the entry was written

# Handing over a caseload (administrators)
handover-title = Hand over cases
handover-link = Hand over cases
handover-counts = Open cases: { $open } · Closed cases: { $closed }
handover-none = This person is not responsible for any case.
handover-cases = This person's cases
handover-cases-hint = The ticked cases go to the colleague you choose below. To share cases among several colleagues, hand them over one after the other.
handover-col-hand-over = Hand over
handover-col-case = Case number
handover-col-opened = Opened
handover-col-updated = Last worked on
handover-case-label = Hand over case { $case }
handover-to = Hand over to
handover-colleague = { $name } (open cases: { $open })
handover-no-colleague = This organisation has no other active case manager. Create an account first.
handover-submit = Hand over the ticked cases
handover-done = Handed over. Number of cases: { $number }
handover-deactivate-later = You can deactivate the account once no open cases are left.
handover-deactivate-now = This person is no longer responsible for any open case. You can deactivate the account now.
handover-deactivated = The account is deactivated.
error-deactivate-open-cases = This person is still responsible for open cases. Hand the cases over first ("Hand over cases").
error-handover-colleague = Please choose an active case manager of the same organisation.
error-handover-no-case = Please tick at least one case.
error-handover-changed = Some of these cases have changed in the meantime. Reload the page and try again.
audit-action-handover = Handed over
audit-action-erase = Erased (erasure request)
audit-action-refuse = Refused
erasure-title = Erasure of the data
erasure-requested-portal = The person asked in the portal on { $date } for their data to be erased.
erasure-recorded-by = Erasure request of the person, recorded by { $name } on { $date }.
erasure-refused-on = Refused on { $date } by { $name }:
erasure-erased-on = Erased on { $date } by { $name }.
erasure-record = Record an erasure request
erasure-record-hint = The person asked in person or in writing for their data to be erased. The request also appears for the data-protection officer.
erasure-record-submit = Record the request
erasure-erase-warning = Erasing removes the person's data, their cases, plans, consents, referrals, tasks and portal access. This cannot be undone. The audit log stays without naming the person; the programme figures stay anonymous.
erasure-confirm = I have checked: no duty to keep the data stands in the way of erasure.
erasure-erase = Erase all data now
erasure-refuse = Refuse the request
field-erasure-refusal = Reason for refusal (the person reads it in the portal)
erasure-done = The person's data were erased.
erasure-requests-title = Erasure requests
erasure-requests-intro = Requests from people of your organisation to erase their data: from the portal or recorded by case managers. You decide here, or the case manager does on the person's record.
erasure-requests-none = No erasure request is open.
erasure-requests-decided = Decided recently
erasure-client-number = Person no. { $number }
erasure-client-erased = Erased person
nav-erasure-requests = Erasure requests
nav-erasure-requests-hint = Requests for erasure (GDPR Art. 17): erase, or refuse with a reason.
follow-up-portal-erasure = Asked in the portal for their data to be erased
error-erasure-confirm = Please tick the box to confirm that no duty to keep the data stands in the way.
error-erasure-held = This person's data are on hold (restriction of processing). End the hold first, or refuse the request.
error-erasure-decided = This request has already been decided.
portal-erasure-title = Have my data erased
portal-erasure-intro = You can ask for all your data to be erased. Your case manager and the data-protection officer decide. Once your data are erased, your plan is gone and you can no longer sign in here.
portal-erasure-ask = Ask for erasure
portal-erasure-sent = Your request was sent.
portal-erasure-open = You asked for erasure on { $date }. The decision is still open.
portal-erasure-refused = Your request for erasure was refused on { $date }. The reason:
portal-erasure-refusal-still-needed = Your data are still needed for your ongoing case.
portal-erasure-refusal-legal-duty = A law requires us to keep these data for a while longer.
portal-erasure-refusal-legal-claims = The data are needed for a legal procedure.

## Merging two records of one person
merge-section-title = Registered twice?
merge-section-hint = If the same person was registered twice, for example in different spellings, merge the two records.
merge-find = Find a duplicate record and merge it
merge-merged-from = Record no. { $number } ({ $name }) was merged into this record on { $date } by { $by }.
merge-taken = Taken from it: { $parts }.
merge-part-name = Name
merge-part-latin = Name in Latin letters
merge-part-birth = Date of birth
merge-part-language = Preferred language
merge-part-interpreter = Interpreting
merge-part-phone = Phone
merge-part-email = E-mail
merge-part-address = Address and district
merge-part-residence = Residence and benefits
merge-title = Merge records
merge-back = Back to the record
merge-intro = These records could be the same person. Choose one to compare, or search for another name.
merge-search-label = Name
merge-search = Search
merge-none-found = No other record with this name was found.
merge-candidates = Possible duplicate records
merge-col-number = No.
merge-compare = Compare
merge-count-cases = Cases
merge-count-household = Household
merge-count-consents = Consents
merge-count-referrals = Referrals
merge-side-portal = Portal access
merge-record = Record no. { $number }
merge-compare-intro = Choose which record stays and which value applies for each item. Everything attached to the other record moves to the record that stays.
merge-keep = This record stays
merge-parts-hint = Which value applies?
merge-parts-same = Items that are the same in both records are not shown.
merge-warning = The other record is removed. Its cases with their plans, the household, notes, consents, referrals, tasks and audit entries move to the record that stays. Its portal access ends; if needed, the person receives a new access letter. This cannot be undone.
merge-submit = Merge records
merge-done = The records were merged.
error-merge-same = A record cannot be merged with itself.
error-merge-changed = One of the two records was changed in the meantime. Please compare them again.
error-merge-held = Processing of one of the two records is restricted. End the restriction first.
audit-action-merge = Merged

## Sign-in security: second factor, sessions (issue 18)
account-password-title = Password
second-factor-title = Second factor
second-factor-app-since = You sign in with your password and an authenticator app (set up on { $date }).
second-factor-none = You sign in with your password only. A second factor protects your account if someone learns your password.
second-factor-required-here = Your organisation requires a second factor.
second-factor-begin = Set up an authenticator app
second-factor-new-phone = Set up the authenticator app on a new phone
second-factor-scan = Scan this QR code with your authenticator app.
second-factor-qr-label = QR code for the authenticator app
second-factor-type-secret = Or type this key into the app:
second-factor-app-code = Six-digit code from the app
second-factor-confirm = Confirm
second-factor-cancel = Cancel set-up
second-factor-app-set-up = The authenticator app is set up. Now create recovery codes, in case you do not have your phone with you.
second-factor-app-removed = The second factor has been removed.
second-factor-remove = Remove second factor
second-factor-remove-hint = After this you sign in with your password only. Confirm with your current password.
recovery-codes-title = Recovery codes
recovery-codes-left = { $count ->
    [0] You have no unused recovery codes.
    [one] You have one unused recovery code left.
   *[other] You have { $count } unused recovery codes left.
}
recovery-codes-hint = A recovery code lets you sign in when you do not have your phone with you. Each code works once.
recovery-codes-create = Create new recovery codes
recovery-codes-once = Write these codes down or print them now, and keep them safe. They are shown only this once. Earlier codes no longer work.
sessions-title = Your sessions
sessions-intro = This is where you are signed in. End sessions you do not recognise, then change your password.
sessions-browser-unknown = Unknown browser
sessions-browser-on = { $browser } on { $system }
sessions-details = Signed in: { $started } · Last active: { $seen }
sessions-this-one = This session
sessions-end = End session
sessions-end-others = End all other sessions
sessions-ended-one = The session has been ended.
sessions-ended-others = All other sessions have been ended.
sign-in-method-password = Signed in with password
sign-in-method-password-and-app = Signed in with password and authenticator app
sign-in-method-password-and-recovery-code = Signed in with password and recovery code
second-factor-sign-in-title = Confirm sign-in
second-factor-sign-in-intro = Enter the code your authenticator app shows now.
second-factor-code = Code
second-factor-code-hint = No phone at hand: enter one of your recovery codes.
second-factor-set-up-title = Set up a second factor
second-factor-set-up-intro = Your organisation requires a second factor to sign in. Set up an authenticator app, for example on your work phone. Then you can continue.
error-second-factor-not-started = First start setting up the authenticator app.
error-second-factor-code-wrong = The code is not correct. Enter the code the app shows now.
error-second-factor-not-set-up = First set up an authenticator app.
error-second-factor-required-by-organisation = Your organisation requires a second factor. You cannot remove it.
nav-second-factors = Second factor
nav-second-factors-hint = See who signs in with a second factor; require it per organisation; reset it.
second-factors-title = Second factor at sign-in
second-factors-intro = Per organisation: whether it requires a second factor and who has set one up. Anyone without one sets it up at their next sign-in once their organisation requires it.
second-factors-required = Second factor required
second-factors-optional = Second factor optional
second-factors-require = Require
second-factors-waive = No longer require
second-factors-without = { $count ->
    [0] All active accounts have a second factor.
    [one] One active account has no second factor.
   *[other] { $count } active accounts have no second factor.
}
second-factors-app = Authenticator app
second-factors-recovery-codes = Recovery codes
second-factors-actions = Actions
second-factors-yes = Set up
second-factors-none = None
second-factors-reset = Reset
second-factors-reset-for = Reset the second factor of { $name }
second-factors-reset-done = The second factor has been reset. The account's sessions have ended.
audit-action-set-up-second-factor = Second factor set up
audit-action-remove-second-factor = Second factor removed
audit-action-new-recovery-codes = New recovery codes
audit-action-reset-second-factor = Second factor reset
audit-action-require-second-factor = Second factor required
audit-action-waive-second-factor = Second factor no longer required

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = Signed in through the organisation's sign-in service
error-sign-in-through-provider = Your organisation signs in through its sign-in service. Please choose your organisation below.
error-provider-issuer = Please give the sign-in service's address, starting with https://.
error-provider-unreachable = No OpenID Connect sign-in service answers at this address. Please check the address.
sign-in-provider-title = Sign in with your organisation's account
sign-in-provider-link = Sign in through { $organisation }
sign-in-provider-not-configured = This organisation has no sign-in service set up.
sign-in-provider-unreachable = The sign-in service cannot be reached right now. Please try again later.
sign-in-provider-cancelled = The sign-in at the sign-in service was cancelled.
sign-in-provider-failed = The sign-in could not be verified. Please start again.
sign-in-provider-no-account = There is no Lotse account for you. Please contact the administration.
sign-in-provider-unverified = The sign-in service does not confirm your e-mail address. Please contact the administration.
sign-in-provider-deactivated = Your account is deactivated. Please contact the administration.
sign-in-provider-signed-out = You are signed out of Lotse. You may still be signed in at the sign-in service of { $organisation }.
sign-in-provider-sign-out = Sign out at the sign-in service too
nav-sign-in-providers = Sign-in services
nav-sign-in-providers-hint = Set up sign-in through an organisation's sign-in service (single sign-on).
providers-title = Sign-in services (single sign-on)
providers-intro = Per organisation: do its staff sign in through an OpenID Connect sign-in service, such as the city's? You still create the accounts. At the first sign-in, the account is linked through the confirmed e-mail address. Administrators keep signing in with their password.
providers-return-address = Return address to register with the sign-in service:
providers-saved = The sign-in service was saved.
providers-removed = The sign-in service was removed. Staff sign in with their password again.
providers-none = No sign-in service: sign-in with password.
providers-disabled = Sign-in service set up but switched off: sign-in with password.
providers-in-use = { $count ->
    [one] Sign-in through the sign-in service. { $count } account is linked.
   *[other] Sign-in through the sign-in service. { $count } accounts are linked.
}
providers-offers-sign-out = The sign-in service offers a sign-out; Lotse shows it after signing out.
providers-issuer = Address (issuer)
providers-issuer-hint = Lotse reads /.well-known/openid-configuration there.
providers-client-id = Client ID
providers-client-secret = Client secret
providers-client-secret-hint = Given by the sign-in service.
providers-client-secret-keep = Leave empty to keep the stored secret.
providers-subject-claim = Claim that identifies a person
providers-subject-claim-hint = Usually "sub". Change it only if the city's IT says so.
providers-enabled = Switch on sign-in through this service
providers-save = Save
providers-remove = Remove sign-in service
audit-action-configure-sign-in-provider = Sign-in service set up
audit-action-remove-sign-in-provider = Sign-in service removed
providers-settings = Set up or change the sign-in service
account-through-provider = You sign in through your organisation's sign-in service. Your organisation manages your password and second factor there.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = Passkeys
passkeys-intro = A passkey confirms your sign-in with this device: with your fingerprint, face, the device's PIN or a security key. It replaces the code from the app.
passkeys-none = You have no passkey yet.
passkey-details = Added on { $added }. Last used: { $used }
passkey-never-used = never
passkey-remove = Remove
passkey-remove-named = Remove passkey { $name }
passkey-name = Name of the passkey
passkey-name-hint = So that you recognise it, for example “Office laptop” or “Security key”.
passkey-add = Add a passkey
passkey-waiting = Your device is now asking for the passkey.
passkey-sign-in = Sign in with a passkey
passkey-sign-in-intro = Confirm your sign-in with your passkey.
passkey-or-code = Or enter a code:
passkey-set-up-intro = Or add a passkey, if this device has a fingerprint reader, face recognition or a security key:
passkey-unsupported = This browser cannot use passkeys. Use a current browser or the authenticator app.
passkey-cancelled = The passkey was not used (cancelled or timed out). Please try again.
passkey-known = This device already has a passkey for your account.
passkey-elsewhere = Passkeys work only at the address { $address }.
passkey-elsewhere-link = Open Lotse at this address
passkey-added = The passkey has been added. Create recovery codes if you have none yet.
passkey-removed = The passkey has been removed.
error-passkey-failed = The passkey could not be confirmed. Please try again.
error-passkey-expired = The request has expired. Please try again.
error-passkey-none = There is no passkey for your account.
error-passkey-name-required = Give the passkey a name.
error-passkey-name-too-long = The name can be at most 60 characters long.
sign-in-method-password-and-passkey = Signed in with password and passkey
second-factors-passkeys = Passkeys
audit-action-add-passkey = Passkey added
audit-action-remove-passkey = Passkey removed
second-factor-remove-app = Remove authenticator app
second-factor-remove-app-hint = Your passkeys and recovery codes stay; you keep confirming your sign-in with them. Confirm with your current password.
second-factor-app-only-removed = The authenticator app has been removed. Your passkeys stay.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = Outgoing e-mail
nav-outbox-hint = Which e-mails Lotse wrote, which were sent and which were not.
outbox-title = Outgoing e-mail
outbox-intro = Every e-mail Lotse writes is listed here first. The e-mails contain no client data, only a link into Lotse.
outbox-smtp-configured = A mail server is set up: waiting e-mails are sent within a few seconds. If an attempt fails, Lotse tries again later.
outbox-no-smtp = No mail server is set up (LOTSE_SMTP_URL): the e-mails are not sent. They stay here and can be read.
outbox-counts = Waiting: { $waiting } · Sent: { $sent } · Failed: { $failed }
outbox-empty = No e-mails yet.
outbox-to = To
outbox-written = Written
outbox-state = State
outbox-state-waiting = Waiting to be sent
outbox-state-sent = Sent on { $time }
outbox-state-failed = Failed after { $attempts } attempts
outbox-state-retrying = { $attempts } attempts failed, next attempt on { $time }
outbox-last-error = Mail server's answer
outbox-read = Read the e-mail
mail-settings-title = E-mail notifications
mail-settings-intro = Lotse writes to you at { $email } when something concerns you. The e-mails contain no client data, only a link. Choose for each kind: at once, collected once a day, or never.
mail-settings-language = Language of the e-mails
mail-settings-save = Save settings
mail-settings-saved = Your e-mail settings are saved.
notify-kind-new-referral = New referral to your organisation
notify-kind-referral-overdue = Referral past its response date
notify-kind-correction-requested = A client asks for a correction
notify-kind-consent-revoked = A client revoked a consent
notify-kind-volunteer-problem = A volunteer reports a problem
delivery-now = At once
delivery-daily = Daily summary
delivery-never = Never
mail-new-referral-subject = New referral to { $organisation }
mail-new-referral-body = A new referral for { $organisation } has arrived in Lotse. Please answer by the response date:
    { $link }
mail-referral-overdue-subject = A referral is waiting past its response date
mail-referral-overdue-body = A referral is past its response date and has not been answered yet:
    { $link }
mail-correction-requested-subject = A request for a correction
mail-correction-requested-body = A client in one of your cases asks in the portal for a correction. You find the request in Lotse:
    { $link }
mail-consent-revoked-subject = A consent was revoked
mail-consent-revoked-body = A client in one of your cases revoked a consent in the portal. More in Lotse:
    { $link }
mail-volunteer-problem-subject = A volunteer reports a problem
mail-volunteer-problem-body = A problem was reported with a task in one of your cases. More in Lotse:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [one] 1 update
       *[other] { $count } updates
    }
mail-digest-intro = { $count ->
        [one] Since the last summary there is 1 update for you:
       *[other] Since the last summary there are { $count } updates for you:
    }
mail-footer = This e-mail contains no client data. You choose which e-mails you get under "My account": { $settings }

external-title = Referral to your organisation
external-tagline = Referrals for partners
external-gone = There is nothing (more) to see through this link: it has expired or been withdrawn, or the referral is closed. Please contact the person who sent you the referral.
external-for = For: { $organisation }
external-code-intro = To protect the data, this link shows nothing until you enter a one-time code. We send it to your address in a second e-mail.
external-send-code = Send code by e-mail
external-send-code-again = Send a new code
external-code-sent = The code is on its way. It is valid for 15 minutes.
external-code = One-time code from the e-mail
external-open = Open referral
external-referral-title = Referral
external-audited = Every visit to this page is logged. The person referred can see when your organisation looked at their data.
external-link-title = Link for the partner organisation
external-link-explained = This organisation has no Lotse account. Its contact person received a link by e-mail and opens it with a one-time code.
external-contact = Contact person
external-link-state = Link
external-link-active = valid
external-link-expired = expired
external-link-withdrawn = withdrawn
external-link-until = Valid until
external-link-last-viewed = Last opened
external-link-never-viewed = never
external-link-renew = Extend by 14 days
external-link-withdraw = Withdraw link
external-link-renewed = The link is valid for another 14 days.
external-link-withdrawn-done = The link is withdrawn. From now on it shows nothing.
organisations-external-contact = Contact person (no account)
organisations-has-accounts = with accounts in Lotse
organisations-external-new = Add a partner organisation without accounts
organisations-external-explained = For partners who do not work in Lotse (for example chambers or small associations): referrals go to the contact person as a link by e-mail.
organisations-contact-name = Name of the contact person
organisations-contact-email = E-mail address of the contact person
organisations-contact-language = Language of the e-mails
organisations-external-create = Add partner organisation
organisations-external-created = The partner organisation has been added.
error-external-no-contact = This organisation has no contact person for referrals.
error-external-link-gone = This link no longer shows anything. Please contact the person who sent you the referral.
error-external-code-again = Your session has expired. Please request a new code and enter it.
error-external-code-limit = Too many codes were sent in the last hour. Please try again later.
error-external-code-expired = This code is no longer valid. Please request a new one.
error-external-code-wrong = The code is not correct. Please check it.
error-external-no-link = This referral has no valid link.
mail-external-referral-subject = New referral from { $sender }
mail-external-referral-body = { $sender } has sent your organisation a referral in the municipal integration management. To protect the data, this e-mail says nothing about the person. You will find the referral here:
    { $link }
    When you open it, we ask for a one-time code that we send you in a second e-mail. The link is valid until { $expires }.
mail-external-code-subject = Your one-time code for Lotse
mail-external-code-body = Your one-time code: { $code }
    It is valid for 15 minutes. If you did not ask for a code, you can delete this e-mail.
portal-reminders-title = Reminder by e-mail
portal-reminders-explained = The day before an appointment we send you an e-mail with the date and time. Nothing else is in it. You see the details here in the portal.
portal-reminders-to = To: { $email }
portal-reminders-no-email = No e-mail address is saved for you. Your case manager can add it.
portal-reminders-on = Yes, please remind me
portal-reminders-off = No more reminders
portal-reminders-are-on = You get reminders by e-mail.
portal-reminders-are-off = You do not get reminders by e-mail.
mail-appointment-reminder-subject = Reminder: you have an appointment tomorrow
mail-appointment-reminder-body = You have an appointment tomorrow, { $date }, at { $time }. You will find the details in the portal:
    { $link }
mail-appointment-reminder-body-day = You have an appointment tomorrow, { $date }. You will find the details in the portal:
    { $link }
mail-appointment-reminder-footer = You get this reminder because you switched it on in the portal. You can switch it off there too.
