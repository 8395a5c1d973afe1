# Lotse – deutsche Texte (Ausgangssprache; jede andere Sprache hat dieselben Schlüssel).

app-tagline = Kommunales Integrationsmanagement
skip-to-content = Zum Inhalt springen
language-label = Sprache
demo-marker = Demo – keine echten Daten
nav-label = Hauptnavigation
nav-start = Start
nav-organisations = Organisationen
nav-users = Benutzerkonten
nav-account = Mein Konto
sign-out = Abmelden
signed-out-notice = Sie sind nicht angemeldet.
sign-in-link = Zur Anmeldung

## Anmeldung
sign-in-title = Anmelden
sign-in-submit = Anmelden
field-email = E-Mail-Adresse
field-password = Passwort
demo-accounts-title = Demo-Zugänge
demo-accounts-password = Alle Demo-Zugänge haben das Passwort

## Startseite
start-title = Start
start-greeting = Guten Tag, { $name }!
start-intro-administrator = Sie verwalten Organisationen, Benutzerkonten und Rollen.
start-intro-case-manager = Sie begleiten Ihre Klientinnen und Klienten im Fallmanagement – vom Erstgespräch bis zum Integrationsplan.
start-intro-coordinator = Sie sehen anonymisierte Kennzahlen und begleiten Arbeitsgruppen.
start-intro-partner-staff = Sie sehen Vermittlungen an Ihre Organisation und nur die Daten, deren Weitergabe die Klientin oder der Klient zugestimmt hat.
start-intro-volunteer = Sie sehen die Aufgaben, die Ihnen übertragen wurden.
start-intro-data-protection-officer = Sie prüfen, wer wann auf welche Daten zugegriffen hat.

## Rollen
role-administrator = Administration
role-case-manager = Fallmanagement
role-coordinator = Koordination
role-partner-staff = Partnerorganisation
role-volunteer = Ehrenamt
role-data-protection-officer = Datenschutz

## Organisationstypen
org-type-city-office = Städtisches Amt
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = Agentur für Arbeit
org-type-chamber = Kammer (IHK/HWK)
org-type-welfare-organisation = Wohlfahrtsverband
org-type-course-provider = Kursträger
org-type-volunteer-network = Ehrenamtsnetzwerk
org-type-health-service = Gesundheitsdienst

## Organisationen
organisations-title = Organisationen
organisations-new = Neue Organisation
organisations-create = Organisation anlegen
field-organisation-name = Name
field-organisation-type = Art der Organisation
choose-option = Bitte auswählen

## Benutzerkonten
users-title = Benutzerkonten
users-new = Neues Benutzerkonto
users-create = Benutzerkonto anlegen
users-created = Das Benutzerkonto wurde angelegt.
users-last-sign-in = Letzte Anmeldung
users-never = noch nie
users-status = Status
users-role-change = Rolle ändern
users-active = aktiv
users-inactive = deaktiviert
users-activate = Aktivieren
users-deactivate = Deaktivieren
field-display-name = Name
field-organisation = Organisation
field-role = Rolle
field-initial-password = Erstes Passwort
pager-label = Seiten
pager-previous = Vorherige Seite
pager-next = Nächste Seite

## Mein Konto
account-title = Mein Konto
account-change-password = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert. Andere Anmeldungen wurden beendet.
field-current-password = Aktuelles Passwort
field-new-password = Neues Passwort
field-confirm-password = Neues Passwort wiederholen
password-rule = Mindestens 10 Zeichen.

## Seite nicht gefunden
not-found-title = Seite nicht gefunden
not-found-home = Zur Startseite

## Fehlermeldungen
error-unauthenticated = Bitte melden Sie sich an.
error-forbidden = Dafür fehlt Ihnen die Berechtigung.
error-invalid-credentials = E-Mail-Adresse oder Passwort ist falsch.
error-throttled = Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} erneut.
error-not-found = Der Eintrag wurde nicht gefunden.
error-bad-request = Die Anfrage war fehlerhaft. Bitte laden Sie die Seite neu.
error-internal = Ein interner Fehler ist aufgetreten. Bitte nennen Sie dem Support die Kennung { $request_id }.
error-required = Bitte füllen Sie dieses Feld aus.
error-too-long = Dieser Text ist zu lang.
error-choose-option = Bitte wählen Sie eine Möglichkeit aus.
error-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein.
error-email-taken = Für diese E-Mail-Adresse gibt es schon ein Benutzerkonto.
error-organisation-exists = Eine Organisation mit diesem Namen gibt es schon.
error-password-too-short = Das Passwort muss mindestens 10 Zeichen lang sein.
error-passwords-differ = Die beiden Passwörter stimmen nicht überein.
error-current-password-wrong = Das aktuelle Passwort ist falsch.
error-own-account = Ihr eigenes Konto können Sie hier nicht ändern.
error-name-required = Bitte geben Sie mindestens einen Namen ein.
error-date-part-invalid = Dieses Datum gibt es nicht.
error-day-without-month = Ein Tag ohne Monat ist nicht möglich.
error-language-code = Bitte wählen Sie eine Sprache aus der Liste.

## Klientinnen und Klienten
nav-clients = Klient:innen
clients-title = Klient:innen
clients-new = Neue Klientin / neuer Klient
clients-search-label = Name (jede Schreibweise, jede Schrift)
clients-search-submit = Suchen
clients-none-found = Niemand gefunden.
clients-col-name = Name
clients-col-latin = Schreibweise in Dokumenten
clients-col-birth = Geburtsdatum
clients-birth-unknown = unbekannt
client-new-title = Neue Klientin / neuer Klient
client-names = Namen
client-birth = Geburtsdatum
client-birth-hint = Tragen Sie ein, was bekannt ist; Tag oder Monat dürfen fehlen.
client-language = Sprache
client-contact = Kontakt und Adresse
client-create = Anlegen
client-created = Die Person wurde angelegt.
client-duplicates-title = Diese Personen sind vielleicht schon erfasst:
client-duplicates-confirm = Es ist eine andere Person – trotzdem anlegen
field-given-names = Vorname(n)
field-family-name = Familienname
field-given-names-latin = Vorname(n) in lateinischer Schrift, wie in Dokumenten
field-family-name-latin = Familienname in lateinischer Schrift, wie in Dokumenten
field-birth-day = Tag
field-birth-month = Monat
field-birth-year = Jahr
field-preferred-language = Bevorzugte Sprache
field-interpreter-needed = Dolmetschung nötig
field-interpreter-language = Sprache der Dolmetschung (ISO-639-3-Code)
field-phone = Telefon
field-street = Straße und Hausnummer
field-postal-code = Postleitzahl
field-city = Ort

## Case management core (issue 3)

error-conflict = Jemand anders hat diese Angaben inzwischen gespeichert. Nichts wurde überschrieben, Ihre Eingaben stehen noch im Formular. Jetzt gespeichert ist:
error-number-invalid = Bitte geben Sie eine gültige Zahl ein.
error-date-invalid = Bitte geben Sie ein gültiges Datum ein.
error-time-invalid = Bitte geben Sie eine gültige Uhrzeit ein (SS:MM).
error-choose-from-list = Bitte wählen Sie einen Eintrag aus der Liste.
error-date-in-past = Das Datum liegt in der Vergangenheit.
error-date-in-future = Das Datum liegt in der Zukunft.
error-target-before-start = Das Zieldatum liegt vor dem Beginn.
error-goal-empty = Bitte beschreiben Sie das Ziel (in den Worten der Klientin oder des Klienten, in einfacher Sprache oder mit einer Vorlage).
error-reason-required = Bitte geben Sie einen Grund an.
error-result-required = Bitte geben Sie das Ergebnis an.
error-organisation-required = Bitte wählen Sie die zuständige Organisation.
error-interpreter-language-required = Bitte geben Sie die Sprache der Dolmetschung an.
error-review-before-agreement = Die Überprüfung muss nach der Vereinbarung liegen.
error-plan-empty = Der Plan hat noch kein Ziel.
error-plan-nothing-to-agree = Es gibt keinen Entwurf, der vereinbart werden könnte.
error-phase-not-allowed = Dieser Phasenwechsel ist nicht möglich.
error-consent-missing = Die Einwilligung in das Case Management fehlt noch. Bitte erfassen Sie sie zuerst.
error-entrusted-by-required = Bitte geben Sie an, wer die Information anvertraut hat.

value-empty = (leer)
untranslated-marker = nicht übersetzt
language-picker-hint = Deutschen Namen, Eigennamen oder ISO-639-3-Code eingeben.
saved = Gespeichert.
save = Speichern
add = Hinzufügen
remove = Entfernen
yes = ja
no = nein
nav-catalogues = Kataloge

client-title = Klient/in
client-personal = Persönliche Angaben
client-edit = Angaben ändern
client-cases = Fälle
client-household = Haushalt
client-address = Anschrift
client-open-record = Akte öffnen
case-link = Fall
case-open = Neuen Fall anlegen
household-add = Haushaltsmitglied hinzufügen
field-member-name = Name
field-relation = Beziehung
compartment-residence = Aufenthalt und Leistungen
compartment-residence-hint = Sensibler Bereich: getrennt gespeichert und nur sichtbar, wo er gebraucht wird.
field-residence-status = Aufenthaltsstatus
field-valid-until = Gültig bis
field-benefit-regime = Leistungsbezug
compartment-health = Gesundheit
compartment-health-hint = Besondere Kategorie personenbezogener Daten: wird nur mit ausdrücklicher Einwilligung weitergegeben.
compartment-youth-welfare = Jugendhilfe
compartment-youth-welfare-hint = Weitergabe nur mit Einwilligung der Person, die die Information anvertraut hat.
compartment-private = Meine persönlichen Arbeitsnotizen
compartment-private-hint = Nur Sie sehen diese Notizen. Sie werden nie weitergegeben.
note-add = Notiz hinzufügen
field-note = Notiz
field-entrusted-by = Anvertraut von

case-title = Fall
case-phase = Phase
case-owner = Fallverantwortung
case-sections = Bereiche des Falls
case-history = Verlauf der Phasen
case-closed = Der Fall ist abgeschlossen:
case-consent-needed = Vor dem Assessment muss die Einwilligung in das Case Management erfasst werden.
case-next-phase = Nächste Phase
case-change-phase = Phase wechseln
field-closure-reason = Abschlussgrund
consent-title = Einwilligung in das Case Management
consent-recorded = Einwilligung erteilt am
consent-record = Einwilligung erfassen
consent-save = Einwilligung speichern
field-given-on = Erteilt am
field-consent-method = Art der Einwilligung
assessment-title = Assessment
assessment-recorded = erfasst
assessment-needs = Bedarfe
assessment-resources = Ressourcen und Potenziale
assessment-client-goals = Eigene Ziele der Klientin oder des Klienten
facts-title = Strukturierte Angaben
field-language-level = Deutschniveau
field-literacy = Alphabetisierung
field-schooling = Schulbildung
field-qualifications = Abschlüsse und Qualifikationen
field-recognition-needed = Anerkennung eines ausländischen Abschlusses nötig
field-work-experience = Berufserfahrung
field-housing-situation = Wohnsituation
field-health-insurance = Krankenversicherung

plan-title = Integrationsplan
plan-none = Noch kein Plan.
plan-version = Version { $number }
plan-version-agreed = Vereinbarte Version { $number } vom
plan-version-draft = Entwurf, Version { $number }
plan-print = Plan drucken
plan-goals = Ziele
plan-no-goals = Noch keine Ziele.
plan-steps = Schritte
plan-agree = Plan vereinbaren
plan-agree-hint = Der Plan wird mit der Klientin oder dem Klienten besprochen und vereinbart. Spätere Änderungen beginnen eine neue Version.
plan-review-default = Ohne Angabe: sechs Monate nach der Vereinbarung.
plan-versions = Versionen
plan-agreed-on = vereinbart am
plan-draft = Entwurf
plan-compare-from = Vergleichen von
plan-compare-to = mit
plan-current = dem aktuellen Stand
plan-compare = Vergleichen
plan-no-changes = Keine Änderungen.
plan-back = Zurück zum Plan
goal-add = Ziel hinzufügen
goal-edit = Ziel ändern
goal-remove = Ziel entfernen
goal-status-change = Stand des Ziels ändern
step-add = Schritt hinzufügen
step-edit = Schritt ändern
step-history = Verlauf
step-status-change = Status ändern
field-domain = Lebensbereich
field-goal-level = Zielebene
field-goal-template = Zielvorlage
field-client-words = In eigenen Worten
field-plain-wording = In einfacher Sprache
field-success-criterion = Woran wir merken, dass es geschafft ist
field-start-date = Beginn
field-target-date = Zieldatum
field-goal-status = Stand
field-status-reason = Grund
field-service-type = Leistung
field-step-detail = Einzelheiten
field-responsible = Zuständig
field-responsible-organisation = Zuständige Organisation
field-due-date = Fällig am
field-step-status = Status
field-status-note = Ergebnis oder Grund
field-appeal-deadline = Widerspruchsfrist bis
field-agreed-on = Vereinbart am
field-agreed-how = Wie vereinbart
field-review-due = Überprüfung
appointments-title = Termine
appointment-add = Termin hinzufügen
field-date = Datum
field-time = Uhrzeit
field-place = Ort
field-with-organisation = Bei Organisation
field-linked-step = Zu Schritt
field-appointment-note = Mitzubringen oder Hinweis
diff-added = hinzugefügt
diff-removed = entfernt
diff-changed = geändert
diff-goal = Ziel
diff-step = Schritt

print-language = Sprache des Ausdrucks
print-now = Drucken
print-plan-title = Mein Integrationsplan
print-agreed-on = Vereinbart am
print-draft = Entwurf – noch nicht vereinbart
print-signature-client = Unterschrift Klient/in
print-signature-case-manager = Unterschrift Fallmanager/in

dashboard-phases = Meine Fälle nach Phase
dashboard-overdue = Überfällige Schritte
dashboard-reviews = Überprüfungen in den nächsten 14 Tagen
dashboard-waiting = Schritte, die auf Partner warten
dashboard-appointments = Termine in den nächsten 7 Tagen
dashboard-recent = Zuletzt geänderte Fälle
dashboard-none = Nichts zu tun.
dashboard-shown-of = { $shown } von { $total } gezeigt; alle stehen in den Plänen der Fälle.

catalogues-title = Kataloge
catalogues-intro = Eigene Einträge ergänzen die eingebauten Kataloge. Deutsch ist Pflicht; fehlt eine Sprache, erscheint der deutsche Text mit dem Hinweis „nicht übersetzt“.
catalogues-none = Noch keine eigenen Einträge.
catalogues-col-catalogue = Katalog
catalogues-col-text = Text
catalogues-col-locales = Sprachen
catalogues-add = Eintrag hinzufügen
catalogues-texts = Text in jeder Sprache
catalogue-name-service = Leistungen
catalogue-name-goal-template = Zielvorlagen
catalogue-name-closure = Abschlussgründe

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = Zugang
phase-intake = Erstgespräch (Intake)
phase-assessment = Assessment
phase-planning = Hilfeplanung
phase-implementation = Umsetzung
phase-monitoring = Monitoring und Überprüfung
phase-evaluation = Evaluation
phase-closed = Abgeschlossen

domain-language = Sprache
domain-education-work = Bildung und Arbeit
domain-housing = Wohnen
domain-health = Gesundheit
domain-residence = Aufenthalt
domain-benefits = Leistungen und Finanzen
domain-family = Familie und Kinder
domain-participation = Soziale Teilhabe

service-integration-course = Integrationskurs
service-literacy-course = Integrationskurs mit Alphabetisierung
service-youth-integration-course = Jugendintegrationskurs
service-parents-integration-course = Eltern- und Frauenintegrationskurs
service-intensive-integration-course = Intensivkurs
service-second-script-course = Zweitschriftlernerkurs
service-dtz-exam = Deutsch-Test für Zuwanderer (DTZ)
service-job-language-course = Berufssprachkurs
service-course-fee-exemption = Befreiung von den Kurskosten
service-potential-analysis = Potenzialanalyse
service-cooperation-plan = Kooperationsplan (Jobcenter)
service-placement-voucher = Vermittlungsgutschein
service-apprenticeship = Ausbildung
service-entry-qualification = Einstiegsqualifizierung (EQ)
service-wage-subsidy = Lohnkostenzuschuss
service-coaching = Coaching
service-recognition-counselling = Anerkennungsberatung (IQ-Netzwerk)
service-recognition-application = Antrag auf Anerkennung
service-qualification-analysis = Qualifikationsanalyse
service-adaptation-training = Anpassungsqualifizierung
service-zab-evaluation = Zeugnisbewertung (ZAB)
service-housing-entitlement = Wohnberechtigungsschein (WBS)
service-residence-obligation-change = Änderung der Wohnsitzauflage
service-cost-approval = Mietkostenübernahme
service-move-out-of-shelter = Auszug aus der Unterkunft
service-health-card = Gesundheitskarte
service-treatment-voucher = Behandlungsschein
service-health-insurance-enrolment = Anmeldung bei der Krankenkasse
service-psychosocial-centre = Psychosoziales Zentrum
service-vaccination = Impfung
service-permit-application = Antrag auf Aufenthaltserlaubnis
service-naturalisation = Einbürgerung
service-benefit-application = Antrag auf Leistungen
service-debt-counselling = Schuldnerberatung
service-childcare-place = Kita-Platz
service-school-enrolment = Schulanmeldung
service-migration-counselling = Migrationsberatung für Erwachsene (MBE)
service-youth-migration-service = Jugendmigrationsdienst (JMD)
service-interpreter = Dolmetschung
service-document-translation = Übersetzung von Dokumenten
service-volunteer-matching = Vermittlung einer ehrenamtlichen Begleitung

goal-template-reach-b1 = Deutsch auf Niveau B1 sprechen
goal-template-complete-integration-course = Den Integrationskurs abschließen
goal-template-learn-to-read = Lesen und Schreiben lernen
goal-template-qualification-recognised = Den Berufsabschluss anerkennen lassen
goal-template-find-work = Eine Arbeit finden
goal-template-start-apprenticeship = Eine Ausbildung beginnen
goal-template-own-flat = Eine eigene Wohnung finden
goal-template-leave-shelter = Aus der Unterkunft ausziehen
goal-template-health-insurance = Krankenversichert sein
goal-template-family-doctor = Eine Hausärztin oder einen Hausarzt haben
goal-template-secure-residence = Den Aufenthalt sichern
goal-template-secure-income = Das Einkommen sichern
goal-template-childcare = Einen Betreuungsplatz für das Kind finden
goal-template-school-place = Einen Schulplatz für das Kind finden
goal-template-social-contacts = Kontakte und Freizeit vor Ort finden

goal-level-long-term = Langfristiges Ziel
goal-level-framework = Rahmenziel
goal-level-action = Handlungsziel

goal-status-open = offen
goal-status-in-progress = in Arbeit
goal-status-achieved = erreicht
goal-status-partly-achieved = teilweise erreicht
goal-status-not-achieved = nicht erreicht
goal-status-dropped = aufgegeben

step-status-planned = geplant
step-status-eligibility-requested = Berechtigung beantragt
step-status-eligible = berechtigt
step-status-registered = angemeldet
step-status-waitlisted = auf der Warteliste
step-status-started = begonnen
step-status-completed = abgeschlossen
step-status-interrupted = unterbrochen
step-status-dropped = abgebrochen
step-status-rejected = abgelehnt
step-status-not-needed = nicht mehr nötig

closure-goals-achieved = Ziele erreicht
closure-standard-service = An einen Regeldienst übergeben
closure-client-ended = Von der Klientin oder dem Klienten beendet
closure-moved-away = Weggezogen
closure-unreachable = Nicht mehr erreichbar
closure-consent-withdrawn = Einwilligung widerrufen

consent-method-signature = mit Unterschrift
consent-method-electronic = elektronisch bestätigt
consent-method-oral-interpreter = mündlich mit Dolmetschung

responsible-client = Klient/in
responsible-case-manager = Fallmanager/in
responsible-organisation = Partnerorganisation
responsible-volunteer = Ehrenamtliche/r

language-level-a0 = A0 (keine Kenntnisse)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = alphabetisiert (lateinische Schrift)
literacy-other-script = alphabetisiert in einer anderen Schrift
literacy-not-literate = nicht alphabetisiert

housing-shelter = Gemeinschaftsunterkunft
housing-shared-accommodation = Wohngemeinschaft oder Untermiete
housing-own-flat = eigene Wohnung
housing-with-family = bei Familie oder Bekannten
housing-homeless = ohne Wohnung

insurance-statutory = gesetzlich versichert
insurance-health-card = Gesundheitskarte (AsylbLG)
insurance-treatment-vouchers = Behandlungsscheine
insurance-private = privat versichert
insurance-none = nicht versichert

residence-asylum-procedure = Aufenthaltsgestattung (Asylverfahren)
residence-tolerated = Duldung
residence-temporary-protection = Vorübergehender Schutz (§ 24 AufenthG)
residence-residence-permit = Aufenthaltserlaubnis
residence-settlement-permit = Niederlassungserlaubnis
residence-eu-citizen = EU-Bürger/in
residence-german-citizen = deutsche Staatsangehörigkeit
residence-other = anderer Status

benefit-asylblg = Asylbewerberleistungsgesetz (AsylbLG)
benefit-sgb2 = Bürgergeld (SGB II)
benefit-sgb12 = Sozialhilfe (SGB XII)
benefit-none = keine Leistungen

relation-spouse = Ehepartner/in
relation-child = Kind
relation-parent = Elternteil
relation-sibling = Geschwister
relation-other = andere Beziehung


## Partner network (issue 4)
nav-offers = Angebote
nav-inbox = Eingang
nav-audit = Protokoll
case-team = Fallverantwortliche
case-assign = Zuweisen
case-assign-colleague = Kollegin oder Kollegen zuweisen
case-unassign = Zuweisung aufheben
dashboard-overdue-referrals = Überfällige Vermittlungen
network-title = Netzwerk
network-referrals = Vermittlungen
network-no-referrals = Noch keine Vermittlungen.
network-new-referral = Neue Vermittlung
network-consents = Einwilligungen zur Datenweitergabe
network-no-consents = Noch keine Einwilligungen zur Datenweitergabe.
network-access-times = Zugang zu Sprachkursen
network-access-days = Zugangszeit: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
network-waiting-days = Wartezeit: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
consent-record-share = Einwilligung erfassen
consent-health-separate = Gesundheitsdaten brauchen immer eine eigene, ausdrückliche Einwilligung.
consent-print = Formular drucken
consent-revoke = Widerrufen
consent-state-active = gültig
consent-state-inactive = nicht gültig
consent-state-revoked = widerrufen
consent-form-title = Einwilligung in die Weitergabe von Daten
consent-form-back = Zurück zur Person
consent-form-recipient = Empfänger
consent-form-valid = Gültig
consent-form-categories-intro = Ich bin einverstanden, dass folgende Daten an den Empfänger weitergegeben werden:
consent-form-voluntary = Die Einwilligung ist freiwillig. Wenn ich nicht einwillige, entstehen mir keine Nachteile.
consent-form-revoke = Ich kann die Einwilligung jederzeit widerrufen, ebenso einfach, wie ich sie gegeben habe. Der Widerruf gilt sofort für die Zukunft.
consent-form-health = Gesundheitsdaten sind besonders geschützt. Diese Einwilligung gilt nur für Gesundheitsdaten.
consent-form-issued-by = Ausgestellt von:
consent-form-place-date = Ort, Datum
courses-title = Passende Kurse
courses-childcare-on = Kinderbetreuung nicht voraussetzen
courses-childcare-off = Nur Kurse mit Kinderbetreuung
courses-any-type = Alle Kursarten zeigen
courses-only-this-type = Nur diese Kursart zeigen
courses-none = Kein passender Kurs gefunden.
courses-distance = { $km } km
courses-full = ausgebucht (Warteliste)
courses-free-seats = { $count ->
    [one] { $count } freier Platz
   *[other] { $count } freie Plätze
}
courses-seats-unknown = freie Plätze unbekannt
courses-next-start = Nächster Beginn:
courses-refer = Zu diesem Kurs vermitteln
courses-refer-submit = Vermitteln
courses-default-message = Bitte um einen Platz in diesem Kurs für die Person.
offers-childcare = Kinderbetreuung
field-title = Titel
field-address = Adresse
field-birth-date = Geburtsdatum
field-name = Name
field-categories = Daten
field-decline-reason = Grund der Absage
field-district = Stadtbezirk
field-free-seats = Freie Plätze
field-message = Nachricht
field-outcome = Ergebnis
field-purpose = Zweck
field-referral-status = Stand der Vermittlung
field-response-due = Antwort bis
field-seat = Platz
field-starts-on = Beginn
field-step = Schritt im Plan
field-valid-from = Gültig ab
inbox-title = Eingang
inbox-referrals = Vermittlungen an meine Organisation
inbox-empty = Keine Vermittlungen.
referral-title = Vermittlung
referral-facts = Angaben
referral-client = Person
referral-client-hidden = Person (keine gültige Einwilligung)
referral-to = An
referral-sent-by = Gesendet von
referral-back-to-case = Zurück zum Fall
referral-response-due = Antwort bis
referral-overdue = überfällig
referral-shared-data = Freigegebene Daten
referral-access-closed = Die Vermittlung ist abgeschlossen. Daten der Person sind nicht mehr sichtbar.
referral-access-no-consent = Es gibt keine gültige Einwilligung (widerrufen, abgelaufen oder nie erteilt). Daten der Person sind nicht sichtbar.
referral-nothing-recorded = Nichts erfasst.
referral-answer = Antworten
referral-withdraw-title = Zurückziehen
referral-no-further-steps = Keine weiteren Schritte möglich.
referral-history = Verlauf und Nachrichten
referral-message-label = Nachricht
referral-send-message = Nachricht senden
referral-no-step = – ohne Schritt –
referral-consent-covered = Die gewählten Daten sind durch eine gültige Einwilligung gedeckt.
referral-consent-missing = Es fehlt eine Einwilligung für: { $categories }.
referral-record-consent = Einwilligung jetzt erfassen
referral-due-hint = Leer lassen: 10 Arbeitstage ab heute.
referral-offers-hint = Angebote mit Ort, Terminen und freien Plätzen:
referral-send = Vermittlung senden
step-find-course = Passenden Kurs finden
step-refer = Vermitteln
error-categories-required = Bitte mindestens eine Datenart wählen.
error-consent-already-revoked = Diese Einwilligung ist bereits widerrufen.
error-consent-missing-for-referral = Für mindestens eine gewählte Datenart fehlt eine gültige Einwilligung an diese Organisation für diesen Zweck.
error-free-seats-above-capacity = Es kann nicht mehr freie Plätze als Plätze geben.
error-health-consent-separate = Gesundheitsdaten brauchen eine eigene Einwilligung: bitte getrennt erfassen.
error-referral-transition = Dieser Schritt ist bei diesem Stand nicht möglich.
error-start-date-required = Bitte das Datum des Kursbeginns angeben.
error-target-level-not-above = Das Zielniveau muss über dem Einstiegsniveau liegen.
error-until-before-from = Das Ende liegt vor dem Beginn.
consent-category-identity = Name, Geburtsdatum und Kontakt
consent-category-language = Sprache und Bildung
consent-category-work = Arbeit
consent-category-housing = Wohnen
consent-category-health = Gesundheit
consent-category-residence = Aufenthalt und Leistungen
consent-category-youth-welfare = Jugendhilfe
consent-purpose-language-course = Sprachkurs
consent-purpose-employment = Arbeit und Ausbildung
consent-purpose-recognition = Anerkennung von Abschlüssen
consent-purpose-housing = Wohnen
consent-purpose-health-care = Gesundheitsversorgung
consent-purpose-counselling = Beratung
consent-purpose-volunteer-support = Begleitung durch Ehrenamtliche
referral-status-sent = gesendet
referral-status-accepted = angenommen
referral-status-declined = abgelehnt
referral-status-in-progress = in Arbeit
referral-status-completed = abgeschlossen
referral-status-withdrawn = zurückgezogen
referral-outcome-service-provided = Leistung erbracht
referral-outcome-course-completed = Kurs abgeschlossen
referral-outcome-client-did-not-attend = nicht erschienen
referral-outcome-client-withdrew = von der Person beendet
referral-outcome-not-eligible = keine Berechtigung
referral-outcome-referred-elsewhere = weitervermittelt
decline-reason-no-capacity = keine freien Plätze
decline-reason-not-eligible = keine Berechtigung
decline-reason-not-responsible = nicht zuständig
decline-reason-client-unreachable = Person nicht erreichbar
decline-reason-other = anderer Grund
seat-confirmed = Platz bestätigt
seat-waitlisted = Warteliste
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
offers-title = Angebotsverzeichnis
offers-intro = Kurse und Beratungsangebote der Partnerorganisationen in Köln, mit freien Plätzen, nächsten Starts und den bisher gemessenen Zugangs- und Wartezeiten.
offers-new = Neues Angebot
offers-filter = Angebote filtern
offers-all = Alle
offers-filter-language = Sprache (ISO-639-3-Code)
offers-filter-childcare = Mit Kinderbetreuung
offers-filter-free-seats = Nur mit freien Plätzen
offers-filter-own = Nur Angebote meiner Organisation
offers-filter-apply = Filtern
offers-found = { $count ->
    [one] { $count } Angebot gefunden
   *[other] { $count } Angebote gefunden
}
offers-none = Keine Angebote gefunden.
offers-accessible = Barrierefrei
offers-inactive = Nicht aktiv
offers-place = Ort
offers-levels = Sprachniveau
offers-level-range = { $entry } → { $target }
offers-levels-hint = Nur für Sprachkurse: Einstiegs- und Zielniveau.
offers-seats = Plätze
offers-seats-of = { $free } von { $capacity } frei
offers-starts = Nächste Starttermine
offers-languages = Unterrichts- und Beratungssprachen
offers-edit = Bearbeiten
offers-access-title = Zugangs- und Wartezeiten
offers-access-hint = Median in Tagen: Zugang von der Berechtigung bis zum Kursbeginn, Wartezeit von der Anmeldung bis zum Kursbeginn.
offers-access-none = Noch keine Zugangs- oder Wartezeiten erfasst.
offers-access-clients = Klient:innen
offers-access-median = Zugang (Median, Tage)
offers-waiting-median = Wartezeit (Median, Tage)
offers-new-title = Neues Angebot
offers-edit-title = Angebot bearbeiten
offers-back = Zurück zu den Angeboten meiner Organisation
field-description = Beschreibung
field-entry-level = Einstiegsniveau
field-target-level = Zielniveau
field-childcare = Kinderbetreuung vorhanden
field-accessible = Barrierefrei zugänglich
field-offer-active = Angebot ist aktiv (im Verzeichnis sichtbar)
field-schedule = Tage und Zeiten
field-capacity = Plätze insgesamt
field-documents = Mitzubringende Unterlagen
field-contact = Kontakt
field-offer-languages = Sprachen (ISO-639-3-Codes, durch Komma getrennt, z. B. deu, ara)
field-offer-starts = Starttermine (JJJJ-MM-TT, durch Komma getrennt)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = Protokoll der Datenzugriffe
audit-intro = Wer hat wann welche personenbezogenen Daten gelesen oder geändert, zu welchem Zweck und auf welcher Rechtsgrundlage – auch abgelehnte Versuche. Das Lesen dieses Protokolls wird selbst protokolliert.
audit-filter = Protokoll filtern
audit-all = Alle
audit-filter-client = Klient:in (Nummer)
audit-filter-actor = Person
audit-filter-from = Von
audit-filter-until = Bis
audit-filter-denied = Nur abgelehnte Zugriffe
audit-filter-apply = Filtern
audit-none = Keine Einträge gefunden.
audit-page = Seite { $page }
audit-col-time = Zeitpunkt
audit-col-person = Person und Rolle
audit-col-client = Klient:in
audit-col-record = Datensatz
audit-col-action = Aktion
audit-col-purpose = Zweck
audit-col-basis = Rechtsgrundlage
audit-col-categories = Datenkategorien
audit-col-allowed = Ergebnis
audit-role-system = Lotse (automatisch)
audit-allowed = erlaubt
audit-denied = abgelehnt
audit-action-read = Gelesen
audit-action-list = Liste angezeigt
audit-action-create = Angelegt
audit-action-update = Geändert
audit-action-delete = Gelöscht
audit-action-print = Gedruckt
audit-action-revoke = Widerrufen
audit-action-attempt = Zugriffsversuch
audit-action-compare = Versionen verglichen
audit-action-agree = Vereinbart
audit-action-verify = Integrität geprüft
audit-verify-title = Integrität des Protokolls
audit-verify-hint = Berechnet die Verkettung aller Einträge neu. So lässt sich erkennen, ob Einträge nachträglich verändert oder gelöscht wurden.
audit-verify = Integrität prüfen
audit-chain-intact = Das Protokoll ist vollständig und unverändert.
audit-chain-broken = Das Protokoll ist ab Eintrag Nr. { $seq } nicht mehr stimmig: Einträge wurden verändert oder gelöscht.



## Volunteer tasks (issue 6)
volunteers-title = Ehrenamt
volunteer-tasks-of-case = Aufgaben für Ehrenamtliche
volunteer-tasks-none = Noch keine Aufgaben für Ehrenamtliche.
volunteer-task-new = Aufgabe an Ehrenamtliche geben
volunteer-task-offered-to = Angeboten an
volunteer-task-taken-by = übernommen von
volunteer-task-declined-by = { $count ->
    [one] eine Person hat abgelehnt
   *[other] { $count } Personen haben abgelehnt
}
volunteer-task-cancel = Aufgabe zurückziehen
volunteer-task-offer = Aufgabe anbieten
volunteer-report = Bericht
volunteer-problem-badge = Problem gemeldet
volunteer-consent-covered = Die Einwilligung deckt Name, Telefon und Termin ab.
volunteer-consent-missing = Für dieses Netzwerk fehlt die Einwilligung der Person zur Begleitung durch Ehrenamtliche (Name und Kontakt).
volunteer-whole-network = Ganzes Netzwerk
volunteer-no-step = Ohne Schritt
volunteer-no-appointment = Ohne Termin
volunteer-appointment-hint = Mit einem Termin werden Datum, Uhrzeit und Ort übernommen, wenn Sie sie nicht eintragen.
field-task-kind = Art der Aufgabe
field-volunteer-network = Netzwerk der Ehrenamtlichen
field-offered-to = Angeboten an
field-appointment = Termin
field-bring = Mitbringen
field-task-note = Kurzer Hinweis
field-task-status = Stand
follow-ups-title = Nachfassen
follow-up-volunteer-problem = Ehrenamtliche melden ein Problem
follow-up-done = Erledigt
volunteer-my-tasks = Meine Aufgaben
volunteer-no-tasks = Zurzeit gibt es keine Aufgaben für Sie.
volunteer-client-language = Sprache
volunteer-offered-to-you = An Sie persönlich
volunteer-accept = Übernehmen
volunteer-decline = Ablehnen
volunteer-cannot-go = Ich kann doch nicht
volunteer-report-label = Kurzer Bericht
volunteer-problem = Es gab ein Problem
volunteer-done = Erledigt melden
volunteer-not-yet-sent = Noch nicht gesendet
volunteer-outbox-waiting = Keine Verbindung: Ihre Eingaben sind auf diesem Gerät gespeichert und werden gesendet, sobald die Verbindung wieder da ist.
volunteer-refused = Lotse hat das nicht angenommen:
volunteer-try-again = Noch einmal senden
volunteer-discard = Verwerfen
error-volunteer-network-required = Bitte ein Netzwerk der Ehrenamtlichen wählen.
error-volunteer-consent-missing = Die Person hat der Weitergabe an dieses Netzwerk (Name und Kontakt, Zweck: Begleitung durch Ehrenamtliche) nicht zugestimmt.
error-task-transition = Das geht bei diesem Stand der Aufgabe nicht mehr.
error-task-taken = Jemand anderes hat diese Aufgabe schon übernommen.
task-kind-accompany = Begleitung zu einem Termin
task-kind-form-help = Hilfe bei einem Formular
task-kind-language-practice = Deutsch üben
task-kind-housing-search = Wohnungssuche
task-kind-other = Sonstiges
task-status-offered = Angeboten
task-status-accepted = Übernommen
task-status-declined = Abgelehnt
task-status-done = Erledigt
task-status-cancelled = Zurückgezogen
volunteer-undelivered = Nicht übermittelt

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = Mein Plan
portal-sign-in-title = Anmelden im Lotse-Portal
portal-sign-in-intro = Geben Sie den Zugangscode aus Ihrem Brief ein. Beim ersten Mal wählen Sie danach eine PIN.
portal-code = Zugangscode
portal-code-hint = Er steht in Ihrem Brief, zum Beispiel ABCD-EFGH-JKLM.
portal-pin = PIN oder Passwort-Satz
portal-pin-hint = Mindestens 6 Ziffern oder ein Satz mit mindestens 12 Zeichen.
portal-pin-repeat = PIN noch einmal
portal-choose-pin = Ihr Zugangscode ist richtig. Wählen Sie jetzt Ihre PIN. Sie brauchen sie bei jeder Anmeldung.
portal-sign-in-button = Anmelden
portal-set-pin-button = PIN speichern und anmelden
portal-sign-out = Abmelden
portal-staff-link = Anmeldung für Mitarbeitende
portal-nav-label = Bereiche des Portals
portal-nav-plan = Mein Plan
portal-nav-appointments = Termine
portal-nav-referrals = Weiterleitungen
portal-nav-consents = Einwilligungen
portal-nav-access = Wer hat meine Daten gesehen?
portal-nav-correction = Etwas ist falsch
portal-nav-data = Meine Daten
portal-greeting = Hallo { $name }!
portal-large-text = Große Schrift
portal-read-aloud = Vorlesen
portal-read-aloud-stop = Vorlesen beenden
portal-read-aloud-no-voice = Ihr Gerät hat keine Stimme für diese Sprache.
portal-print = Plan drucken
portal-next = Das ist als Nächstes zu tun
portal-next-none = Im Moment müssen Sie nichts tun.
portal-goals = Meine Ziele
portal-goal-until = Ziel bis { $date }
portal-step-due = bis { $date }
portal-step-responsible = Wer kümmert sich?
portal-responsible-client = Sie selbst
portal-responsible-case-manager = Ihre Fallmanagerin oder Ihr Fallmanager
portal-responsible-volunteer = Eine Ehrenamtliche oder ein Ehrenamtlicher
portal-responsible-organisation = Eine andere Stelle
portal-step-status = Stand
portal-mark-done = Ich habe das erledigt
portal-marked-done = Danke! Ihre Fallmanagerin oder Ihr Fallmanager wurde informiert.
portal-no-plan = Ihr Plan wird gerade erstellt. Ihre Fallmanagerin oder Ihr Fallmanager bespricht ihn mit Ihnen.
portal-written-in-german = Auf Deutsch geschrieben von Ihrer Fallmanagerin oder Ihrem Fallmanager:
portal-appointments-title = Meine Termine
portal-appointments-none = Sie haben keine Termine.
portal-appointments-past = Vergangene Termine
portal-appointment-when = Wann
portal-appointment-where = Wo
portal-appointment-with = Bei
portal-appointment-bring = Bitte mitbringen
portal-interpreter-arranged = Eine Dolmetscherin oder ein Dolmetscher ist bestellt.
portal-interpreter-not-arranged = Eine Dolmetscherin oder ein Dolmetscher ist nötig, aber noch nicht bestellt. Fragen Sie Ihre Fallmanagerin oder Ihren Fallmanager.
portal-referrals-title = Meine Weiterleitungen
portal-referrals-none = Sie wurden noch an keine Stelle weitergeleitet.
portal-referral-for = Wofür
portal-referral-sent = { $organisation } hat Ihre Anmeldung bekommen und antwortet bald.
portal-referral-accepted = { $organisation } hat zugesagt.
portal-referral-waitlisted = Sie stehen bei { $organisation } auf der Warteliste.
portal-referral-seat = Sie haben einen Platz bei { $organisation }. Beginn: { $date }
portal-referral-declined = { $organisation } hat abgesagt. Ihre Fallmanagerin oder Ihr Fallmanager sucht mit Ihnen eine andere Möglichkeit.
portal-referral-in-progress = { $organisation } unterstützt Sie gerade.
portal-referral-completed = Die Unterstützung durch { $organisation } ist abgeschlossen.
portal-referral-withdrawn = Die Weiterleitung an { $organisation } wurde zurückgenommen.
portal-consents-title = Meine Einwilligungen
portal-consents-intro = Hier sehen Sie, wer Ihre Daten sehen darf. Sie können jede Einwilligung jederzeit zurücknehmen.
portal-consents-none = Sie haben keine Einwilligungen gegeben.
portal-consent-to = An wen
portal-consent-for = Wofür
portal-consent-data = Welche Daten
portal-consent-until = Gültig bis
portal-consent-open-ended = bis Sie sie zurücknehmen
portal-consent-revoked = Zurückgenommen am { $date }
portal-consent-expired = Abgelaufen
portal-consent-revoke = Zurücknehmen
portal-consent-revoke-confirm = Danach darf { $organisation } Ihre Daten nicht mehr sehen. Wirklich zurücknehmen?
portal-consent-revoke-yes = Ja, zurücknehmen
portal-consent-revoke-no = Nein, behalten
portal-consent-revoked-now = Die Einwilligung ist zurückgenommen. { $organisation } sieht Ihre Daten ab sofort nicht mehr. Ihre Fallmanagerin oder Ihr Fallmanager wurde informiert.
portal-access-title = Wer hat meine Daten gesehen?
portal-access-intro = Jeder Zugriff auf Ihre Daten wird aufgeschrieben. Hier sehen Sie, welche Stelle wann was gesehen oder geändert hat.
portal-access-none = Bisher hat niemand Ihre Daten gesehen.
portal-access-looked = { $organisation } hat am { $date } angesehen: { $what }
portal-access-changed = { $organisation } hat am { $date } geändert: { $what }
portal-access-system = Lotse (automatisch)
portal-what-everything = Ihre Akte
portal-what-plan = Ihren Plan
portal-what-client = Ihre persönlichen Daten
portal-what-case = Ihren Fall
portal-what-referral = eine Weiterleitung
portal-what-consent = Ihre Einwilligungen
portal-what-volunteer = eine Aufgabe für Ehrenamtliche
portal-what-list = Ihren Namen in einer Liste
portal-what-data = alle Ihre Daten
portal-what-other = Ihre Daten
portal-what-identity = Ihren Namen und Ihre Kontaktdaten
portal-what-language = Ihre Sprachkenntnisse
portal-what-work = Ihre Schul- und Berufsdaten
portal-what-housing = Ihre Wohnsituation
portal-what-health = Ihre Gesundheitsdaten
portal-what-residence = Ihren Aufenthaltsstatus
portal-what-youth-welfare = Daten der Jugendhilfe
portal-correction-title = Etwas ist falsch?
portal-correction-intro = Schreiben Sie Ihrer Fallmanagerin oder Ihrem Fallmanager, was nicht stimmt. Sie oder er prüft es und meldet sich bei Ihnen.
portal-correction-about = Worum geht es?
portal-correction-about-personal = Meine persönlichen Daten
portal-correction-about-plan = Mein Plan
portal-correction-about-appointments = Meine Termine
portal-correction-about-other = Etwas anderes
portal-correction-message = Was ist falsch? Was ist richtig?
portal-correction-send = Senden
portal-correction-sent = Ihre Nachricht ist angekommen. Ihre Fallmanagerin oder Ihr Fallmanager meldet sich bei Ihnen.
portal-correction-earlier = Ihre Nachrichten
portal-correction-open = noch offen
portal-correction-done = bearbeitet
portal-data-title = Meine Daten
portal-data-intro = Hier können Sie alles herunterladen, was in Lotse über Sie gespeichert ist. Die Datei ist im JSON-Format und kann mit jedem Texteditor geöffnet werden.
portal-data-download = Meine Daten herunterladen
portal-session-ended = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich neu an.
portal-letter-title = Ihr Zugang zu Lotse
portal-letter-intro = Mit diesem Brief sehen Sie Ihren Plan, Ihre Termine und Ihre Einwilligungen auf dem Handy oder am Computer.
portal-letter-step-address = Öffnen Sie diese Adresse oder scannen Sie den QR-Code:
portal-letter-step-code = Geben Sie diesen Zugangscode ein:
portal-letter-step-pin = Wählen Sie eine PIN mit mindestens 6 Ziffern. Sagen Sie sie niemandem.
portal-letter-keep = Bewahren Sie diesen Brief gut auf. Wenn Sie ihn verlieren, bekommen Sie bei Ihrer Fallmanagerin oder Ihrem Fallmanager einen neuen.
portal-letter-qr-label = QR-Code mit der Adresse des Portals
error-portal-credentials = Zugangscode oder PIN stimmt nicht.
error-portal-pin-short = Die PIN braucht mindestens 6 Ziffern. Ein Passwort-Satz braucht mindestens 12 Zeichen.
error-portal-pin-simple = Diese PIN ist zu leicht zu erraten. Bitte wählen Sie eine andere.
error-portal-pin-mismatch = Die beiden Eingaben sind nicht gleich.
error-portal-blocked = Ihr Zugang ist gesperrt. Bitte sprechen Sie mit Ihrer Fallmanagerin oder Ihrem Fallmanager.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = Portal
portal-staff-title = Zugang zum Klientenportal
portal-staff-none = Noch kein Zugangsbrief ausgestellt.
portal-staff-issued = Zugangsbrief ausgestellt am { $date }, noch nicht benutzt.
portal-staff-active = Zugang aktiv seit { $date }.
portal-staff-blocked = Zugang gesperrt.
portal-staff-last-sign-in = Letzte Anmeldung: { $date }
portal-staff-issue = Zugangsbrief ausstellen
portal-staff-reissue = Neuen Zugangsbrief ausstellen
portal-staff-reissue-warning = Der bisherige Zugangscode und die PIN gelten dann nicht mehr.
portal-staff-block = Zugang sperren
portal-staff-unblock = Zugang wieder freigeben
portal-staff-letter-print = Brief drucken
portal-staff-letter-once = Der Zugangscode wird nur jetzt angezeigt. Drucken Sie den Brief, bevor Sie die Seite verlassen.
portal-staff-letter-language = Brief in { $language } und Deutsch
portal-staff-translations-title = Übersetzungen für das Portal
portal-staff-translations-intro = Texte, die Sie auf Deutsch geschrieben haben, sieht die Klientin oder der Klient mit dem Hinweis „auf Deutsch geschrieben“. Hier können Sie eine Übersetzung eintragen.
portal-staff-translations-none = Der Plan hat noch keine Texte zum Übersetzen.
portal-staff-translation-language = Sprache der Übersetzung
portal-staff-translation-save = Übersetzung speichern
follow-up-portal-step-done = Im Portal als erledigt markiert
follow-up-portal-consent-revoked = Im Portal eine Einwilligung zurückgenommen
follow-up-portal-correction = Bitte um Korrektur aus dem Portal
audit-role-client = Klient/in selbst (Portal)
field-interpreter-arranged = Dolmetschung ist bestellt

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = Kennzahlen
nav-issues = Strukturthemen
nav-groups = Arbeitsgruppen
nav-results = Zwischenergebnisse
coordination-sections = Bereiche der Koordination
audit-action-export = Exportiert
portal-what-export = Ihre Grunddaten in einer Fallliste (Datei)
clients-export = Meine Fälle als CSV herunterladen
export-case = Fall-Nr.
export-opened-on = Eröffnet am
export-review-due = Nächste Überprüfung
export-held-until = Eingeschränkt bis
error-period-order = Das Ende des Zeitraums liegt vor seinem Anfang.
error-period-too-long = Bitte wählen Sie höchstens drei Jahre.
error-choose-organisation = Bitte wählen Sie mindestens eine Organisation.
figures-title = Kennzahlen des Programms
figures-intro = Alle Zahlen sind zusammengefasst. Felder mit weniger als 5 Personen sind als „< 5“ verborgen, ebenso Felder, aus denen man sie errechnen könnte.
figures-filter = Zeitraum und Auswahl
figures-from = Von
figures-to = Bis
figures-organisation = Organisation (fallführend)
figures-all-organisations = Alle Organisationen
figures-show = Anzeigen
figures-period = Zeitraum: { $from } bis { $to }
figures-suppression = „< 5“: weniger als 5 Personen oder zum Schutz verborgen
figures-csv = Tabelle als CSV herunterladen
figures-total = Gesamt
figures-cases = Fälle
figures-phase = Phase
figures-domain = Lebensbereich
figures-month = Monat
figures-group = Gruppe
figures-count = Anzahl
figures-cases-by-phase = Fälle nach Phase (im Zeitraum eröffnet)
figures-cases-by-domain = Fälle nach Lebensbereich und Phase
figures-cases-by-domain-note = Ein Fall zählt in jedem Lebensbereich, in dem sein Plan Ziele hat.
figures-trend = Verlauf pro Monat
figures-cases-opened = Fälle eröffnet
figures-plans-agreed = Pläne vereinbart
figures-time-to-plan = Zeit vom Erstkontakt bis zum vereinbarten Plan
figures-time-to-plan-note = Tage von der Eröffnung des Falls bis zur ersten vereinbarten Planfassung, für Pläne, die im Zeitraum vereinbart wurden.
figures-median-days = Median (Tage)
figures-days-range = { $from }–{ $to } Tage
figures-days-more = über { $from } Tage
figures-steps-on-time = Planschritte fristgerecht erledigt
figures-steps-on-time-note = Schritte mit Fälligkeit im Zeitraum (bis gestern), ohne „nicht nötig“.
figures-steps-due = Schritte fällig
figures-steps-done-on-time = Fristgerecht erledigt
figures-steps-not-on-time = Nicht fristgerecht
figures-share-on-time = Anteil fristgerecht
figures-course-by-type = Sprachkurse: Zugang und Wartezeit nach Kursart
figures-course-by-provider = Sprachkurse: Zugang und Wartezeit nach Kursträger
figures-course-note = Zugangszeit: von der Berechtigung bis zum Kursbeginn. Wartezeit: von der Anmeldung bis zum Kursbeginn; Ziel des BAMF: höchstens 6 Wochen (42 Tage). Kurse, die im Zeitraum begonnen haben.
figures-course-type = Kursart
figures-provider = Kursträger
figures-provider-unknown = Träger nicht erfasst
figures-courses-started = Kursbeginne
figures-median-access = Zugangszeit, Median (Tage)
figures-waiting-known = Wartezeit bekannt
figures-median-waiting = Wartezeit, Median (Tage)
figures-share-within-benchmark = Anteil bis 6 Wochen
figures-benchmark = Markierung: Ziel des BAMF, { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
figures-referrals-by-partner = Weiterleitungen nach Partner
figures-referrals-note = Im Zeitraum gesendete Weiterleitungen; Antwortzeit bis zur Zusage oder Absage.
figures-partner = Partner
figures-referrals = Weiterleitungen
figures-median-response = Antwortzeit, Median (Tage)
figures-interpreters = Dolmetschung bei Terminen
figures-interpreter = Dolmetschung
figures-appointments = Termine
figures-interpreter-arranged = bestellt
figures-interpreter-not-arranged = nicht bestellt
figures-interpreter-needed = gebraucht (gesamt)
figures-closure-reasons = Abschlussgründe (im Zeitraum abgeschlossen)
figures-closure-reason = Abschlussgrund
figures-reason-other = ohne Angabe
issues-title = Strukturthemen
issues-intro = Von Fallmanager:innen gemeldete wiederkehrende Probleme, nach Lebensbereich und Stadtbezirk zusammengefasst. Sie enthalten keine persönlichen Daten.
issues-none = Es wurden noch keine Strukturthemen gemeldet.
issues-counted = { $issues ->
    [one] { $issues } Meldung
   *[other] { $issues } Meldungen
} · { $cases ->
    [one] { $cases } betroffener Fall
   *[other] { $cases } betroffene Fälle
}
issues-cases-affected = { $count ->
    [one] { $count } Fall betroffen
   *[other] { $count } Fälle betroffen
}
issues-in-group = In Arbeitsgruppe:
issues-no-groups = Legen Sie zuerst eine Arbeitsgruppe an:
issues-working-group = Arbeitsgruppe
issues-bring-to-group = In Arbeitsgruppe einbringen
groups-title = Arbeitsgruppen
groups-none = Es gibt noch keine Arbeitsgruppe.
groups-topic = Thema
groups-measures-count = { $count ->
    [one] { $count } Maßnahme, davon { $implemented } umgesetzt
   *[other] { $count } Maßnahmen, davon { $implemented } umgesetzt
}
groups-new = Neue Arbeitsgruppe
groups-create = Arbeitsgruppe anlegen
field-group-name = Name der Arbeitsgruppe
group-title = Arbeitsgruppe
group-members = Mitglieder
group-members-none = Noch keine Mitglieder.
field-member-person = Name
group-member-add = Mitglied hinzufügen
group-issues = Eingebrachte Strukturthemen
group-issues-none = Noch keine Strukturthemen eingebracht.
group-measures = Maßnahmen
group-measures-none = Noch keine Maßnahmen.
group-measure-new = Neue Maßnahme
field-measure-title = Maßnahme
field-measure-status = Stand
field-status-on = Stand seit
field-due-on = Zu erledigen bis
field-measure-issue = Zu Strukturthema
measure-no-issue = Kein bestimmtes Thema
field-responsible-organisations = Verantwortliche Organisationen
field-organisation-1 = Organisation 1
field-organisation-2 = Organisation 2 (freiwillig)
field-organisation-3 = Organisation 3 (freiwillig)
group-measure-add = Maßnahme festhalten
measure-history = Verlauf
measure-new-status = Neuer Stand
measure-set-status = Stand ändern
group-meetings = Sitzungen und Protokolle
group-meetings-none = Noch keine Sitzungen.
field-held-on = Sitzung am
field-minutes = Protokoll
group-meeting-add = Sitzung festhalten
measure-status-proposed = Vorgeschlagen
measure-status-under-review = In Prüfung
measure-status-agreed = Vereinbart
measure-status-implemented = Umgesetzt
measure-status-rejected = Abgelehnt
results-title = Zwischenergebnisse
results-intro = Maßnahmen der Arbeitsgruppen nach Thema: wie viele in welchem Stand sind und welche umgesetzt wurden.
results-none = Es gibt noch keine Maßnahmen.
results-by-status = Maßnahmen nach Thema und Stand
results-none-implemented = Noch keine Maßnahme umgesetzt.
results-implemented-on = Umgesetzt am
case-tab-issues = Strukturthemen
case-issues-title = Strukturthemen aus dem Fall
case-issue-new = Strukturthema melden
case-issue-hint = Ein wiederkehrendes Problem, das nicht nur diesen Fall betrifft (zum Beispiel „keine Kinderbetreuung während der Integrationskurse in Chorweiler“). Schreiben Sie keine Namen oder anderen persönlichen Angaben hinein: die Meldung geht ohne Bezug zum Fall an die Koordination.
field-life-domain = Lebensbereich
field-issue-description = Beschreibung
field-cases-affected = Wie viele Fälle sind betroffen?
field-organisations-involved = Beteiligte Organisationen
case-issue-flag = Strukturthema melden
case-issues-flagged = Aus diesem Fall gemeldet
case-issues-only-you = Dass die Meldung aus diesem Fall kommt, sehen nur Sie.
case-issues-none = Aus diesem Fall wurde noch nichts gemeldet.
case-issue-waiting = Noch keiner Arbeitsgruppe zugeordnet.
results-implemented = Umgesetzt
results-agreed = Vereinbart, in Umsetzung
results-agreed-on = Vereinbart am
figures-as-of = Stand: { $time } (neu berechnet { $minutes ->
    [one] jede Minute
   *[other] alle { $minutes } Minuten
})

# Issue 22: request hygiene and accounts
error-control-character = Der Text enthält ein unsichtbares Steuerzeichen, das nicht gespeichert werden kann. Bitte entfernen Sie es (zum Beispiel, indem Sie den Text neu eintippen).
audit-action-change-password = Passwortänderung
# Issue 22: a client's name in a colleague's search
portal-what-search = Ihren Namen und Ihr Geburtsdatum in einem Suchergebnis
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = Mit der Einwilligung, wie sie jetzt ist, sehen Ehrenamtliche dieses Netzwerks:
volunteer-sees-name-phone = den Vornamen der Person und, sobald jemand die Aufgabe übernommen hat, ihre Telefonnummer
volunteer-sees-language = die bevorzugte Sprache der Person
volunteer-sees-no-language = nicht die bevorzugte Sprache (die Einwilligung umfasst die Sprache nicht)
volunteer-sees-task = Art der Aufgabe, Datum, Uhrzeit und Ort
volunteer-sees-notes = „Mitbringen“ und Ihren Hinweis, solange die Einwilligung Name und Kontakt umfasst, und nur bis die Aufgabe erledigt ist
volunteer-notes-within-consent = Schreiben Sie in „Mitbringen“ und den Hinweis nur, was Ehrenamtliche für diese Aufgabe brauchen und was die Einwilligung umfasst. Sonst sehen Ehrenamtliche nichts über die Person.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = Das Assessment kann erst erfasst werden, wenn die Person in das Case Management eingewilligt hat. Erfassen Sie zuerst oben die Einwilligung.
error-assessment-consent-missing = Nichts gespeichert: Das Assessment kann erst erfasst werden, wenn die Einwilligung der Person in das Case Management erfasst ist.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = Ihre Bereiche
nav-figures-hint = Anonymisierte Kennzahlen des Programms: Fälle nach Phase, Zeit bis zum Plan, Wartezeiten auf Sprachkurse, Vermittlungen.
nav-issues-hint = Strukturthemen, die Fallmanager:innen gemeldet haben: sichten und einer Arbeitsgruppe zuordnen.
nav-groups-hint = Arbeitsgruppen mit den Partnern: Mitglieder, Sitzungen und vereinbarte Maßnahmen.
nav-results-hint = Was die Arbeitsgruppen vereinbart und umgesetzt haben, nach Thema.
nav-offers-hint = Angebote der Partner mit Ort, Terminen und freien Plätzen.
nav-organisations-hint = Organisationen des Netzwerks anlegen und ändern.
nav-users-hint = Benutzerkonten anlegen, Rollen vergeben und Konten sperren.
nav-catalogues-hint = Kataloge um eigene Einträge ergänzen, mit einem Text je Sprache.
nav-audit-hint = Wer wann auf welche Daten zugegriffen hat, und ob das Protokoll unverändert ist.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = Keine Verbindung: Sie sehen den Stand von { $time } Uhr, wie er auf diesem Gerät gespeichert ist. Inzwischen kann sich etwas geändert haben.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = Löschfristen
nav-retention-hint = Wann welche personenbezogenen Daten gelöscht werden: eine Regel je Datenart, mit Beginn und Frist.
retention-title = Löschfristen
retention-intro = Jede Art personenbezogener Daten hat eine Regel: Die Frist beginnt mit einem Ereignis; ist sie abgelaufen, werden die Daten gelöscht oder anonymisiert. Das Ereignis ist je Datenart festgelegt, die Frist legen Sie fest. Jede Änderung wird protokolliert.
retention-not-legal-advice = Die mitgelieferten Fristen sind Beispiele, keine Rechtsberatung. Legen Sie sie nach dem Löschkonzept Ihrer Kommune fest.
retention-col-kind = Datenart
retention-col-start = Die Frist beginnt, wenn
retention-col-period = Frist
retention-col-changed = Zuletzt geändert
retention-default = Voreinstellung von Lotse
retention-col-run = Zuletzt angewendet
retention-run = { $date }; gelöscht: { $deleted }
retention-run-none = Noch nicht angewendet
retention-schedule = Lotse wendet die Regeln einmal am Tag an und hält jeden Lauf fest: welche Regel, wie viele Einträge, wann. Dieser Nachweis enthält keine personenbezogenen Daten.
hold-title = Einschränkung der Verarbeitung
hold-in-force = Die Daten dieser Person sind eingeschränkt bis einschließlich { $until }.
hold-effect = Solange die Einschränkung gilt, löscht Lotse nichts davon nach den Löschfristen und teilt nichts mit Partnern oder Ehrenamtlichen (Art. 18 DSGVO, § 84 SGB X).
hold-placed = Eingeschränkt von
hold-end = Einschränkung beenden
hold-place = Daten einschränken (statt löschen)
hold-hint = Für ein laufendes Verfahren, wenn die Richtigkeit bestritten ist oder wenn die Person es wünscht. Die Einschränkung endet nach ihrem letzten Tag von selbst.
hold-place-submit = Einschränken
field-hold-reason = Grund
field-hold-until = Letzter Tag
field-hold-note = Notiz (zum Beispiel Aktenzeichen)
hold-badge = Eingeschränkt bis { $until }
hold-marker = Eingeschränkt
hold-reason-ongoing-procedure = Laufendes Verfahren
hold-reason-disputed-accuracy = Richtigkeit bestritten
hold-reason-client-request = Auf Wunsch der Person
error-hold-until-past = Der letzte Tag darf nicht in der Vergangenheit liegen.
error-hold-until-far = Höchstens fünf Jahre; danach kann die Einschränkung erneut gesetzt werden.
error-hold-exists = Für diese Person gilt schon eine Einschränkung. Beenden Sie sie, um eine neue zu setzen.
error-client-held = Die Daten dieser Person sind eingeschränkt: Solange das gilt, wird nichts geteilt.
nav-holds = Einschränkungen
nav-holds-hint = Daten von Personen, die nicht gelöscht und mit niemandem geteilt werden: mit Grund und letztem Tag.
holds-title = Einschränkungen der Verarbeitung
holds-intro = Hier stehen alle Einschränkungen, die heute für Personen Ihrer Organisation gelten. Fallmanagerinnen und Fallmanager setzen sie in den Daten der Person; hier beenden Sie eine oder setzen eine für eine Person, die Sie mit ihrer Nummer kennen.
holds-none = Zurzeit gilt keine Einschränkung.
holds-col-client = Nummer der Person
holds-col-end = Beenden
field-client-number = Nummer der Person (aus dem Protokoll oder dem Antrag)
error-client-number = In Ihrer Organisation gibt es keine Person mit dieser Nummer.
retention-changed = { $date } von { $name }; vorher { $before }
retention-changed-by-unknown = einem gelöschten Konto
field-retention-period = Frist
field-retention-unit = Einheit
retention-unit-days = Tage
retention-unit-months = Monate
retention-unit-years = Jahre
retention-period-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
retention-period-months =
    { $count ->
        [one] { $count } Monat
       *[other] { $count } Monate
    }
retention-period-years =
    { $count ->
        [one] { $count } Jahr
       *[other] { $count } Jahre
    }
error-retention-period = Bitte eine ganze Zahl größer als null eingeben, höchstens 100 Jahre.
error-retention-unit = Bitte Tage, Monate oder Jahre wählen.
retention-kind-client-record = Stammdaten der Person (Name, Geburtsdatum, Sprache)
retention-kind-contact = Kontaktdaten und Anschrift
retention-kind-household = Haushaltsangehörige
retention-kind-residence = Aufenthalt und Leistungen
retention-kind-health-notes = Notizen zur Gesundheit
retention-kind-youth-welfare-notes = Notizen zur Jugendhilfe
retention-kind-private-notes = Persönliche Arbeitsnotizen
retention-kind-case = Fall und Phasen
retention-kind-assessment = Assessment
retention-kind-plan = Planfassungen und Verlauf der Schritte
retention-kind-appointments = Termine
retention-kind-consents = Einwilligungen
retention-kind-referrals = Vermittlungen und ihre Nachrichten
retention-kind-volunteer-tasks = Aufgaben und Berichte im Ehrenamt
retention-kind-portal-access = Portalzugang und Portal-Sitzungen
retention-kind-correction-requests = Bitten um Korrektur aus dem Portal
retention-kind-structural-issue-links = Verbindung von Strukturthemen mit Fällen
retention-kind-staff-sessions = Sitzungen und Anmeldeversuche der Mitarbeitenden
retention-kind-audit-log = Protokoll der Datenzugriffe
retention-start-case-closed = der letzte Fall der Person abgeschlossen ist
retention-start-consent-ended = die Einwilligung widerrufen oder abgelaufen ist
retention-start-referral-closed = die Vermittlung abgeschlossen, abgelehnt oder zurückgezogen ist
retention-start-task-finished = die Aufgabe erledigt oder abgesagt ist
retention-start-portal-access-ended = der Portalzugang beendet oder gesperrt ist
retention-start-request-answered = die Bitte beantwortet ist
retention-start-session-ended = die Sitzung endet (Abmeldung oder Ablauf) oder der Anmeldeversuch war
retention-start-entry-written = der Eintrag geschrieben wurde

# Handing over a caseload (administrators)
handover-title = Fälle übergeben
handover-link = Fälle übergeben
handover-counts = Offene Fälle: { $open } · Abgeschlossene Fälle: { $closed }
handover-none = Diese Person ist für keinen Fall zuständig.
handover-cases = Fälle dieser Person
handover-cases-hint = Die angekreuzten Fälle gehen an die Kollegin oder den Kollegen, die Sie unten wählen. Um Fälle auf mehrere zu verteilen, übergeben Sie sie nacheinander.
handover-col-hand-over = Übergeben
handover-col-case = Fallnummer
handover-col-opened = Eröffnet
handover-col-updated = Zuletzt bearbeitet
handover-case-label = Fall { $case } übergeben
handover-to = Übergeben an
handover-colleague = { $name } (offene Fälle: { $open })
handover-no-colleague = In dieser Organisation gibt es sonst keine aktive Fallmanagerin und keinen aktiven Fallmanager. Legen Sie zuerst ein Konto an.
handover-submit = Angekreuzte Fälle übergeben
handover-done = Übergeben. Anzahl der Fälle: { $number }
handover-deactivate-later = Sie können das Konto deaktivieren, sobald keine offenen Fälle mehr übrig sind.
handover-deactivate-now = Diese Person ist für keinen offenen Fall mehr zuständig. Sie können das Konto jetzt deaktivieren.
handover-deactivated = Das Konto ist deaktiviert.
error-deactivate-open-cases = Diese Person ist noch für offene Fälle zuständig. Übergeben Sie die Fälle zuerst („Fälle übergeben“).
error-handover-colleague = Bitte wählen Sie eine aktive Fallmanagerin oder einen aktiven Fallmanager derselben Organisation.
error-handover-no-case = Bitte kreuzen Sie mindestens einen Fall an.
error-handover-changed = Einige dieser Fälle wurden inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es noch einmal.
audit-action-handover = Übergeben
audit-action-erase = Gelöscht (Löschantrag)
audit-action-refuse = Abgelehnt
erasure-title = Löschung der Daten
erasure-requested-portal = Die Person hat am { $date } im Portal die Löschung ihrer Daten beantragt.
erasure-recorded-by = Löschantrag der Person, erfasst von { $name } am { $date }.
erasure-refused-on = Abgelehnt am { $date } von { $name }:
erasure-erased-on = Gelöscht am { $date } von { $name }.
erasure-record = Löschantrag erfassen
erasure-record-hint = Die Person hat persönlich oder schriftlich verlangt, dass ihre Daten gelöscht werden. Der Antrag erscheint auch bei der oder dem Datenschutzbeauftragten.
erasure-record-submit = Antrag erfassen
erasure-erase-warning = Löschen entfernt die Daten der Person, ihre Fälle, Pläne, Einwilligungen, Vermittlungen, Aufgaben und ihren Portalzugang. Das kann nicht rückgängig gemacht werden. Das Protokoll bleibt, ohne die Person zu nennen; die Programmzahlen bleiben anonym.
erasure-confirm = Ich habe geprüft: Keine Pflicht zur Aufbewahrung steht der Löschung entgegen.
erasure-erase = Jetzt alle Daten löschen
erasure-refuse = Antrag ablehnen
field-erasure-refusal = Grund der Ablehnung (die Person liest ihn im Portal)
erasure-done = Die Daten der Person wurden gelöscht.
erasure-requests-title = Löschanträge
erasure-requests-intro = Anträge von Personen Ihrer Organisation, ihre Daten zu löschen: aus dem Portal oder von Fallmanagerinnen und Fallmanagern erfasst. Sie entscheiden hier oder die Fallmanagerin oder der Fallmanager in den Daten der Person.
erasure-requests-none = Zurzeit ist kein Löschantrag offen.
erasure-requests-decided = Zuletzt entschieden
erasure-client-number = Person Nr. { $number }
erasure-client-erased = Gelöschte Person
nav-erasure-requests = Löschanträge
nav-erasure-requests-hint = Anträge auf Löschung (Art. 17 DSGVO): löschen oder mit Grund ablehnen.
follow-up-portal-erasure = Im Portal die Löschung der Daten beantragt
error-erasure-confirm = Bitte bestätigen Sie mit dem Kästchen, dass keine Aufbewahrungspflicht entgegensteht.
error-erasure-held = Für diese Person gilt eine Einschränkung der Verarbeitung. Beenden Sie sie zuerst oder lehnen Sie den Antrag ab.
error-erasure-decided = Über diesen Antrag wurde schon entschieden.
portal-erasure-title = Meine Daten löschen lassen
portal-erasure-intro = Sie können beantragen, dass alle Ihre Daten gelöscht werden. Ihre Fallmanagerin oder Ihr Fallmanager und die Datenschutzbeauftragte entscheiden darüber. Wenn Ihre Daten gelöscht sind, gibt es Ihren Plan nicht mehr und Sie können sich hier nicht mehr anmelden.
portal-erasure-ask = Löschung beantragen
portal-erasure-sent = Ihr Antrag wurde gesendet.
portal-erasure-open = Sie haben am { $date } die Löschung beantragt. Die Entscheidung steht noch aus.
portal-erasure-refused = Ihr Antrag auf Löschung wurde am { $date } abgelehnt. Der Grund:
portal-erasure-refusal-still-needed = Ihre Daten werden für Ihren laufenden Fall noch gebraucht.
portal-erasure-refusal-legal-duty = Ein Gesetz verlangt, dass wir diese Daten noch eine Zeit lang aufbewahren.
portal-erasure-refusal-legal-claims = Die Daten werden für ein rechtliches Verfahren gebraucht.

## Merging two records of one person
merge-section-title = Doppelt erfasst?
merge-section-hint = Wurde dieselbe Person zweimal erfasst, etwa in verschiedenen Schreibweisen, führen Sie die beiden Akten zusammen.
merge-find = Doppelte Akte suchen und zusammenführen
merge-merged-from = Akte Nr. { $number } ({ $name }) wurde am { $date } von { $by } mit dieser Akte zusammengeführt.
merge-taken = Aus ihr übernommen: { $parts }.
merge-part-name = Name
merge-part-latin = Name in lateinischer Schrift
merge-part-birth = Geburtsdatum
merge-part-language = Bevorzugte Sprache
merge-part-interpreter = Dolmetschung
merge-part-phone = Telefon
merge-part-email = E-Mail
merge-part-address = Anschrift und Stadtbezirk
merge-part-residence = Aufenthalt und Leistungen
merge-title = Akten zusammenführen
merge-back = Zurück zur Akte
merge-intro = Diese Akten könnten dieselbe Person sein. Wählen Sie eine zum Vergleich oder suchen Sie nach einem anderen Namen.
merge-search-label = Name
merge-search = Suchen
merge-none-found = Keine andere Akte mit diesem Namen gefunden.
merge-candidates = Mögliche doppelte Akten
merge-col-number = Nr.
merge-compare = Vergleichen
merge-count-cases = Fälle
merge-count-household = Haushalt
merge-count-consents = Einwilligungen
merge-count-referrals = Vermittlungen
merge-side-portal = Portalzugang
merge-record = Akte Nr. { $number }
merge-compare-intro = Wählen Sie, welche Akte bleibt und welcher Wert für jede Angabe gilt. Alles, was an der anderen Akte hängt, geht auf die bleibende Akte über.
merge-keep = Diese Akte bleibt
merge-parts-hint = Welcher Wert gilt?
merge-parts-same = Angaben, die in beiden Akten gleich sind, werden nicht gezeigt.
merge-warning = Die andere Akte wird entfernt. Ihre Fälle mit Plänen, der Haushalt, die Notizen, Einwilligungen, Vermittlungen, Aufgaben und Protokolleinträge gehen auf die bleibende Akte über. Ihr Portalzugang endet; bei Bedarf erhält die Person einen neuen Zugangsbrief. Das kann nicht rückgängig gemacht werden.
merge-submit = Akten zusammenführen
merge-done = Die Akten wurden zusammengeführt.
error-merge-same = Eine Akte kann nicht mit sich selbst zusammengeführt werden.
error-merge-changed = Eine der beiden Akten wurde inzwischen geändert. Bitte vergleichen Sie sie noch einmal.
error-merge-held = Für eine der beiden Akten gilt eine Einschränkung der Verarbeitung. Beenden Sie sie zuerst.
audit-action-merge = Zusammengeführt

## Sign-in security: second factor, sessions (issue 18)
account-password-title = Passwort
second-factor-title = Zweiter Faktor
second-factor-app-since = Sie melden sich mit Passwort und Authenticator-App an (eingerichtet am { $date }).
second-factor-none = Sie melden sich nur mit Ihrem Passwort an. Ein zweiter Faktor schützt Ihr Konto, falls jemand Ihr Passwort erfährt.
second-factor-required-here = Ihre Organisation verlangt einen zweiten Faktor.
second-factor-begin = Authenticator-App einrichten
second-factor-new-phone = Authenticator-App auf einem neuen Telefon einrichten
second-factor-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.
second-factor-qr-label = QR-Code für die Authenticator-App
second-factor-type-secret = Oder geben Sie diesen Schlüssel in der App ein:
second-factor-app-code = Sechsstelliger Code aus der App
second-factor-confirm = Bestätigen
second-factor-cancel = Einrichtung abbrechen
second-factor-app-set-up = Die Authenticator-App ist eingerichtet. Erstellen Sie jetzt Wiederherstellungscodes, für den Fall, dass Sie Ihr Telefon nicht zur Hand haben.
second-factor-app-removed = Der zweite Faktor wurde entfernt.
second-factor-remove = Zweiten Faktor entfernen
second-factor-remove-hint = Danach melden Sie sich nur noch mit Ihrem Passwort an. Bestätigen Sie mit Ihrem aktuellen Passwort.
recovery-codes-title = Wiederherstellungscodes
recovery-codes-left = { $count ->
    [0] Sie haben keine unbenutzten Wiederherstellungscodes.
    [one] Sie haben noch einen unbenutzten Wiederherstellungscode.
   *[other] Sie haben noch { $count } unbenutzte Wiederherstellungscodes.
}
recovery-codes-hint = Mit einem Wiederherstellungscode melden Sie sich an, wenn Sie Ihr Telefon nicht zur Hand haben. Jeder Code gilt einmal.
recovery-codes-create = Neue Wiederherstellungscodes erstellen
recovery-codes-once = Schreiben Sie diese Codes jetzt auf oder drucken Sie sie aus, und bewahren Sie sie sicher auf. Sie werden nur dieses eine Mal angezeigt. Frühere Codes gelten nicht mehr.
sessions-title = Ihre Sitzungen
sessions-intro = Hier sehen Sie, wo Sie angemeldet sind. Beenden Sie Sitzungen, die Sie nicht kennen, und ändern Sie dann Ihr Passwort.
sessions-browser-unknown = Unbekannter Browser
sessions-browser-on = { $browser } unter { $system }
sessions-details = Angemeldet: { $started } · Zuletzt aktiv: { $seen }
sessions-this-one = Diese Sitzung
sessions-end = Sitzung beenden
sessions-end-others = Alle anderen Sitzungen beenden
sessions-ended-one = Die Sitzung wurde beendet.
sessions-ended-others = Alle anderen Sitzungen wurden beendet.
sign-in-method-password = Angemeldet mit Passwort
sign-in-method-password-and-app = Angemeldet mit Passwort und Authenticator-App
sign-in-method-password-and-recovery-code = Angemeldet mit Passwort und Wiederherstellungscode
second-factor-sign-in-title = Anmeldung bestätigen
second-factor-sign-in-intro = Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.
second-factor-code = Code
second-factor-code-hint = Ohne Telefon: Geben Sie einen Ihrer Wiederherstellungscodes ein.
second-factor-set-up-title = Zweiten Faktor einrichten
second-factor-set-up-intro = Ihre Organisation verlangt bei der Anmeldung einen zweiten Faktor. Richten Sie eine Authenticator-App ein, zum Beispiel auf Ihrem Diensttelefon. Danach geht es weiter.
error-second-factor-not-started = Beginnen Sie zuerst die Einrichtung der Authenticator-App.
error-second-factor-code-wrong = Der Code stimmt nicht. Geben Sie den Code ein, den die App jetzt anzeigt.
error-second-factor-not-set-up = Richten Sie zuerst eine Authenticator-App ein.
error-second-factor-required-by-organisation = Ihre Organisation verlangt einen zweiten Faktor. Sie können ihn nicht entfernen.
nav-second-factors = Zweiter Faktor
nav-second-factors-hint = Sehen, wer sich mit zweitem Faktor anmeldet; ihn je Organisation verlangen; ihn zurücksetzen.
second-factors-title = Zweiter Faktor bei der Anmeldung
second-factors-intro = Je Organisation: ob sie einen zweiten Faktor verlangt und wer ihn eingerichtet hat. Wer keinen hat, richtet ihn bei der nächsten Anmeldung ein, sobald seine Organisation ihn verlangt.
second-factors-required = Zweiter Faktor verlangt
second-factors-optional = Zweiter Faktor freiwillig
second-factors-require = Verlangen
second-factors-waive = Nicht mehr verlangen
second-factors-without = { $count ->
    [0] Alle aktiven Konten haben einen zweiten Faktor.
    [one] Ein aktives Konto hat keinen zweiten Faktor.
   *[other] { $count } aktive Konten haben keinen zweiten Faktor.
}
second-factors-app = Authenticator-App
second-factors-recovery-codes = Wiederherstellungscodes
second-factors-actions = Aktionen
second-factors-yes = Eingerichtet
second-factors-none = Keiner
second-factors-reset = Zurücksetzen
second-factors-reset-for = Zweiten Faktor von { $name } zurücksetzen
second-factors-reset-done = Der zweite Faktor wurde zurückgesetzt. Die Sitzungen des Kontos sind beendet.
audit-action-set-up-second-factor = Zweiter Faktor eingerichtet
audit-action-remove-second-factor = Zweiter Faktor entfernt
audit-action-new-recovery-codes = Neue Wiederherstellungscodes
audit-action-reset-second-factor = Zweiter Faktor zurückgesetzt
audit-action-require-second-factor = Zweiter Faktor verlangt
audit-action-waive-second-factor = Zweiter Faktor nicht mehr verlangt

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = Angemeldet über den Anmeldedienst der Organisation
error-sign-in-through-provider = Ihre Organisation meldet sich über ihren Anmeldedienst an. Bitte wählen Sie unten Ihre Organisation.
error-provider-issuer = Bitte geben Sie die Adresse des Anmeldedienstes an, beginnend mit https://.
error-provider-unreachable = Unter dieser Adresse antwortet kein OpenID-Connect-Anmeldedienst. Bitte prüfen Sie die Adresse.
sign-in-provider-title = Mit dem Konto Ihrer Organisation anmelden
sign-in-provider-link = Anmelden über { $organisation }
sign-in-provider-not-configured = Für diese Organisation ist keine Anmeldung über einen Anmeldedienst eingerichtet.
sign-in-provider-unreachable = Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.
sign-in-provider-cancelled = Die Anmeldung beim Anmeldedienst wurde abgebrochen.
sign-in-provider-failed = Die Anmeldung konnte nicht geprüft werden. Bitte beginnen Sie noch einmal.
sign-in-provider-no-account = Für Sie gibt es in Lotse kein Konto. Bitte wenden Sie sich an die Administration.
sign-in-provider-unverified = Der Anmeldedienst bestätigt Ihre E-Mail-Adresse nicht. Bitte wenden Sie sich an die Administration.
sign-in-provider-deactivated = Ihr Konto ist deaktiviert. Bitte wenden Sie sich an die Administration.
sign-in-provider-signed-out = Sie sind von Lotse abgemeldet. Beim Anmeldedienst von { $organisation } können Sie noch angemeldet sein.
sign-in-provider-sign-out = Auch beim Anmeldedienst abmelden
nav-sign-in-providers = Anmeldedienste
nav-sign-in-providers-hint = Anmeldung über den Anmeldedienst einer Organisation (Single Sign-on) einrichten.
providers-title = Anmeldedienste (Single Sign-on)
providers-intro = Je Organisation: Meldet sich das Personal über einen OpenID-Connect-Anmeldedienst an, etwa den der Stadt? Konten legen Sie weiter selbst an. Bei der ersten Anmeldung wird das Konto über die bestätigte E-Mail-Adresse verknüpft. Administratorinnen und Administratoren melden sich weiter mit Passwort an.
providers-return-address = Rücksprungadresse für die Registrierung beim Anmeldedienst:
providers-saved = Der Anmeldedienst wurde gespeichert.
providers-removed = Der Anmeldedienst wurde entfernt. Das Personal meldet sich wieder mit Passwort an.
providers-none = Kein Anmeldedienst: Anmeldung mit Passwort.
providers-disabled = Anmeldedienst eingerichtet, aber ausgeschaltet: Anmeldung mit Passwort.
providers-in-use = { $count ->
    [one] Anmeldung über den Anmeldedienst. { $count } Konto ist verknüpft.
   *[other] Anmeldung über den Anmeldedienst. { $count } Konten sind verknüpft.
}
providers-offers-sign-out = Der Anmeldedienst bietet eine Abmeldung an; Lotse zeigt sie nach dem Abmelden.
providers-issuer = Adresse (Issuer)
providers-issuer-hint = Lotse liest dort /.well-known/openid-configuration.
providers-client-id = Client-ID
providers-client-secret = Client-Geheimnis
providers-client-secret-hint = Vom Anmeldedienst vergeben.
providers-client-secret-keep = Leer lassen, um das gespeicherte Geheimnis zu behalten.
providers-subject-claim = Merkmal, das eine Person bezeichnet (Claim)
providers-subject-claim-hint = Meist „sub“. Nur ändern, wenn die IT der Stadt es sagt.
providers-enabled = Anmeldung über diesen Dienst einschalten
providers-save = Speichern
providers-remove = Anmeldedienst entfernen
audit-action-configure-sign-in-provider = Anmeldedienst eingerichtet
audit-action-remove-sign-in-provider = Anmeldedienst entfernt
providers-settings = Anmeldedienst einrichten oder ändern
account-through-provider = Sie melden sich über den Anmeldedienst Ihrer Organisation an. Passwort und zweiten Faktor verwaltet Ihre Organisation dort.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = Passkeys
passkeys-intro = Ein Passkey bestätigt Ihre Anmeldung mit diesem Gerät: mit Fingerabdruck, Gesicht, der PIN des Geräts oder einem Sicherheitsschlüssel. Er ersetzt den Code aus der App.
passkeys-none = Sie haben noch keinen Passkey.
passkey-details = Hinzugefügt am { $added }. Zuletzt benutzt: { $used }
passkey-never-used = noch nie
passkey-remove = Entfernen
passkey-remove-named = Passkey { $name } entfernen
passkey-name = Name des Passkeys
passkey-name-hint = Damit Sie ihn wiedererkennen, zum Beispiel „Laptop im Büro“ oder „Sicherheitsschlüssel“.
passkey-add = Passkey hinzufügen
passkey-waiting = Ihr Gerät fragt jetzt nach dem Passkey.
passkey-sign-in = Mit Passkey anmelden
passkey-sign-in-intro = Bestätigen Sie die Anmeldung mit Ihrem Passkey.
passkey-or-code = Oder geben Sie einen Code ein:
passkey-set-up-intro = Oder fügen Sie einen Passkey hinzu, wenn dieses Gerät Fingerabdruck, Gesichtserkennung oder einen Sicherheitsschlüssel kennt:
passkey-unsupported = Dieser Browser kann keine Passkeys verwenden. Nehmen Sie einen aktuellen Browser oder die Authenticator-App.
passkey-cancelled = Der Passkey wurde nicht verwendet (abgebrochen oder Zeit abgelaufen). Versuchen Sie es noch einmal.
passkey-known = Dieses Gerät hat schon einen Passkey für Ihr Konto.
passkey-elsewhere = Passkeys funktionieren nur unter der Adresse { $address }.
passkey-elsewhere-link = Lotse unter dieser Adresse öffnen
passkey-added = Der Passkey ist hinzugefügt. Erstellen Sie Wiederherstellungscodes, falls Sie noch keine haben.
passkey-removed = Der Passkey ist entfernt.
error-passkey-failed = Der Passkey konnte nicht bestätigt werden. Versuchen Sie es noch einmal.
error-passkey-expired = Die Anfrage ist abgelaufen. Versuchen Sie es noch einmal.
error-passkey-none = Für Ihr Konto gibt es keinen Passkey.
error-passkey-name-required = Geben Sie dem Passkey einen Namen.
error-passkey-name-too-long = Der Name darf höchstens 60 Zeichen lang sein.
sign-in-method-password-and-passkey = Angemeldet mit Passwort und Passkey
second-factors-passkeys = Passkeys
audit-action-add-passkey = Passkey hinzugefügt
audit-action-remove-passkey = Passkey entfernt
second-factor-remove-app = Authenticator-App entfernen
second-factor-remove-app-hint = Ihre Passkeys und Wiederherstellungscodes bleiben; mit ihnen bestätigen Sie weiter die Anmeldung. Bestätigen Sie mit Ihrem aktuellen Passwort.
second-factor-app-only-removed = Die Authenticator-App wurde entfernt. Ihre Passkeys bleiben.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = E-Mail-Ausgang
nav-outbox-hint = Welche E-Mails Lotse geschrieben hat, welche gesendet sind und welche nicht.
outbox-title = E-Mail-Ausgang
outbox-intro = Jede E-Mail, die Lotse schreibt, steht zuerst hier. Die E-Mails enthalten keine Daten von Klientinnen und Klienten, nur einen Link in Lotse.
outbox-smtp-configured = Ein Mailserver ist eingerichtet: Wartende E-Mails werden in wenigen Sekunden gesendet. Schlägt ein Versuch fehl, versucht Lotse es später noch einmal.
outbox-no-smtp = Kein Mailserver eingerichtet (LOTSE_SMTP_URL): Die E-Mails werden nicht gesendet. Sie bleiben hier und können gelesen werden.
outbox-counts = Wartend: { $waiting } · Gesendet: { $sent } · Fehlgeschlagen: { $failed }
outbox-empty = Noch keine E-Mails.
outbox-to = An
outbox-written = Geschrieben
outbox-state = Stand
outbox-state-waiting = Wartet auf den Versand
outbox-state-sent = Gesendet am { $time }
outbox-state-failed = Fehlgeschlagen nach { $attempts } Versuchen
outbox-state-retrying = { $attempts } Versuche fehlgeschlagen, nächster Versuch am { $time }
outbox-last-error = Antwort des Mailservers
outbox-read = E-Mail lesen
mail-settings-title = E-Mail-Benachrichtigungen
mail-settings-intro = Lotse schreibt Ihnen an { $email }, wenn etwas Sie betrifft. Die E-Mails enthalten keine Daten von Klientinnen und Klienten, nur einen Link. Wählen Sie für jede Art: sofort, einmal am Tag gesammelt oder nie.
mail-settings-language = Sprache der E-Mails
mail-settings-save = Einstellungen speichern
mail-settings-saved = Die E-Mail-Einstellungen sind gespeichert.
notify-kind-new-referral = Neue Vermittlung an Ihre Organisation
notify-kind-referral-overdue = Vermittlung über der Antwortfrist
notify-kind-correction-requested = Klient/in bittet um eine Korrektur
notify-kind-consent-revoked = Klient/in hat eine Einwilligung widerrufen
notify-kind-volunteer-problem = Ehrenamtliche/r meldet ein Problem
delivery-now = Sofort
delivery-daily = Täglich gesammelt
delivery-never = Nie
mail-new-referral-subject = Neue Vermittlung an { $organisation }
mail-new-referral-body = Für { $organisation } ist in Lotse eine neue Vermittlung eingegangen. Bitte antworten Sie bis zur Antwortfrist:
    { $link }
mail-referral-overdue-subject = Eine Vermittlung wartet über die Antwortfrist hinaus
mail-referral-overdue-body = Eine Vermittlung hat ihre Antwortfrist überschritten und ist noch nicht beantwortet:
    { $link }
mail-correction-requested-subject = Bitte um eine Korrektur
mail-correction-requested-body = Eine Klientin oder ein Klient aus Ihren Fällen bittet im Portal um eine Korrektur. Sie finden die Bitte in Lotse:
    { $link }
mail-consent-revoked-subject = Eine Einwilligung wurde widerrufen
mail-consent-revoked-body = Eine Klientin oder ein Klient aus Ihren Fällen hat im Portal eine Einwilligung widerrufen. Mehr dazu in Lotse:
    { $link }
mail-volunteer-problem-subject = Eine Ehrenamtliche oder ein Ehrenamtlicher meldet ein Problem
mail-volunteer-problem-body = Bei einer Aufgabe in einem Ihrer Fälle wurde ein Problem gemeldet. Mehr dazu in Lotse:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [one] 1 Neuigkeit
       *[other] { $count } Neuigkeiten
    }
mail-digest-intro = { $count ->
        [one] Seit der letzten Zusammenfassung gibt es 1 Neuigkeit für Sie:
       *[other] Seit der letzten Zusammenfassung gibt es { $count } Neuigkeiten für Sie:
    }
mail-footer = Diese E-Mail enthält keine Daten von Klientinnen und Klienten. Welche E-Mails Sie bekommen, stellen Sie unter „Mein Konto“ ein: { $settings }

external-title = Vermittlung an Ihre Organisation
external-tagline = Vermittlung für Partner
external-gone = Über diesen Link ist nichts (mehr) zu sehen: Er ist abgelaufen oder zurückgezogen, oder die Vermittlung ist abgeschlossen. Bitte wenden Sie sich an die Person, die Ihnen die Vermittlung geschickt hat.
external-for = Für: { $organisation }
external-code-intro = Zum Schutz der Daten zeigt dieser Link erst etwas, wenn Sie einen Einmal-Code eingeben. Wir schicken ihn in einer zweiten E-Mail an Ihre Adresse.
external-send-code = Code per E-Mail senden
external-send-code-again = Neuen Code senden
external-code-sent = Der Code ist unterwegs. Er gilt 15 Minuten.
external-code = Einmal-Code aus der E-Mail
external-open = Vermittlung öffnen
external-referral-title = Vermittlung
external-audited = Jeder Aufruf dieser Seite wird protokolliert. Die vermittelte Person kann sehen, wann Ihre Organisation ihre Daten angesehen hat.
external-link-title = Link für die Partnerorganisation
external-link-explained = Diese Organisation hat kein Konto in Lotse. Ihre Ansprechperson hat einen Link per E-Mail bekommen und öffnet ihn mit einem Einmal-Code.
external-contact = Ansprechperson
external-link-state = Link
external-link-active = gültig
external-link-expired = abgelaufen
external-link-withdrawn = zurückgezogen
external-link-until = Gültig bis
external-link-last-viewed = Zuletzt geöffnet
external-link-never-viewed = noch nie
external-link-renew = Um 14 Tage verlängern
external-link-withdraw = Link zurückziehen
external-link-renewed = Der Link gilt wieder 14 Tage.
external-link-withdrawn-done = Der Link ist zurückgezogen. Er zeigt ab sofort nichts mehr.
organisations-external-contact = Ansprechperson (ohne Konto)
organisations-has-accounts = mit Konten in Lotse
organisations-external-new = Partnerorganisation ohne Konten anlegen
organisations-external-explained = Für Partner, die nicht in Lotse arbeiten (zum Beispiel Kammern oder kleine Vereine): Vermittlungen gehen als Link per E-Mail an die Ansprechperson.
organisations-contact-name = Name der Ansprechperson
organisations-contact-email = E-Mail-Adresse der Ansprechperson
organisations-contact-language = Sprache der E-Mails
organisations-external-create = Partnerorganisation anlegen
organisations-external-created = Die Partnerorganisation ist angelegt.
error-external-no-contact = Diese Organisation hat keine Ansprechperson für Vermittlungen.
error-external-link-gone = Dieser Link zeigt nichts mehr. Bitte wenden Sie sich an die Person, die Ihnen die Vermittlung geschickt hat.
error-external-code-again = Ihre Sitzung ist abgelaufen. Bitte fordern Sie einen neuen Code an und geben Sie ihn ein.
error-external-code-limit = In der letzten Stunde wurden zu viele Codes gesendet. Bitte versuchen Sie es später wieder.
error-external-code-expired = Dieser Code gilt nicht mehr. Bitte fordern Sie einen neuen an.
error-external-code-wrong = Der Code stimmt nicht. Bitte prüfen Sie ihn.
error-external-no-link = Diese Vermittlung hat keinen gültigen Link.
mail-external-referral-subject = Neue Vermittlung von { $sender }
mail-external-referral-body = { $sender } hat Ihrer Organisation eine Vermittlung im Kommunalen Integrationsmanagement geschickt. Zum Schutz der Daten steht in dieser E-Mail nichts über die Person. Sie finden die Vermittlung hier:
    { $link }
    Beim Öffnen bitten wir Sie um einen Einmal-Code, den wir Ihnen in einer zweiten E-Mail schicken. Der Link gilt bis { $expires }.
mail-external-code-subject = Ihr Einmal-Code für Lotse
mail-external-code-body = Ihr Einmal-Code: { $code }
    Er gilt 15 Minuten. Wenn Sie keinen Code angefordert haben, können Sie diese E-Mail löschen.
portal-reminders-title = Erinnerung per E-Mail
portal-reminders-explained = Wir schicken Ihnen am Tag vor einem Termin eine E-Mail mit Datum und Uhrzeit. Mehr steht nicht darin. Die Einzelheiten sehen Sie hier im Portal.
portal-reminders-to = An: { $email }
portal-reminders-no-email = Für Sie ist keine E-Mail-Adresse gespeichert. Ihre Fallmanagerin oder Ihr Fallmanager kann sie eintragen.
portal-reminders-on = Ja, bitte erinnern
portal-reminders-off = Keine Erinnerungen mehr
portal-reminders-are-on = Sie bekommen Erinnerungen per E-Mail.
portal-reminders-are-off = Sie bekommen keine Erinnerungen per E-Mail.
mail-appointment-reminder-subject = Erinnerung: Sie haben morgen einen Termin
mail-appointment-reminder-body = Sie haben morgen, am { $date }, um { $time } Uhr einen Termin. Die Einzelheiten finden Sie im Portal:
    { $link }
mail-appointment-reminder-body-day = Sie haben morgen, am { $date }, einen Termin. Die Einzelheiten finden Sie im Portal:
    { $link }
mail-appointment-reminder-footer = Sie bekommen diese Erinnerung, weil Sie sie im Portal eingeschaltet haben. Dort können Sie sie auch wieder ausschalten.
