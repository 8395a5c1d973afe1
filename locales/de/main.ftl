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
start-intro-partner-staff = Sie sehen Überweisungen an Ihre Organisation und nur die Daten, deren Weitergabe die Klientin oder der Klient zugestimmt hat.
start-intro-volunteer = Sie sehen die Aufgaben, die Ihnen übertragen wurden.
start-intro-data-protection-officer = Sie prüfen, wer wann auf welche Daten zugegriffen hat.
start-more-soon = Weitere Bereiche folgen in den nächsten Versionen.

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
error-throttled = Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in { $minutes } Minuten erneut.
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
