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
