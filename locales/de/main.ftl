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
