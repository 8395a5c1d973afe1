# Lotse – textes en français (traduits de l’allemand ; chaque langue a les mêmes clés).

app-tagline = Gestion municipale de l’intégration
skip-to-content = Aller au contenu
language-label = Langue
demo-marker = Démo – aucune donnée réelle
nav-label = Navigation principale
nav-start = Accueil
nav-organisations = Organisations
nav-users = Comptes utilisateur
nav-account = Mon compte
sign-out = Se déconnecter
signed-out-notice = Vous n’êtes pas connecté.
sign-in-link = Aller à la connexion

## Connexion
sign-in-title = Connexion
sign-in-submit = Se connecter
field-email = Adresse e-mail
field-password = Mot de passe
demo-accounts-title = Comptes de démonstration
demo-accounts-password = Tous les comptes de démonstration ont le mot de passe

## Page d’accueil
start-title = Accueil
start-greeting = Bonjour, { $name } !
start-intro-administrator = Vous gérez les organisations, les comptes utilisateur et les rôles.
start-intro-case-manager = Vous accompagnez vos clientes et clients dans la gestion de cas – du premier entretien au plan d’intégration.
start-intro-coordinator = Vous voyez des indicateurs anonymisés et accompagnez des groupes de travail.
start-intro-partner-staff = Vous voyez les orientations vers votre organisation et uniquement les données dont la cliente ou le client a autorisé la transmission.
start-intro-volunteer = Vous voyez les tâches qui vous ont été confiées.
start-intro-data-protection-officer = Vous vérifiez qui a consulté quelles données et quand.

## Rôles
role-administrator = Administration
role-case-manager = Gestion de cas
role-coordinator = Coordination
role-partner-staff = Organisation partenaire
role-volunteer = Bénévolat
role-data-protection-officer = Protection des données

## Types d’organisation
org-type-city-office = Service municipal
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = Agence pour l’emploi
org-type-chamber = Chambre (IHK/HWK)
org-type-welfare-organisation = Association caritative
org-type-course-provider = Organisme de formation
org-type-volunteer-network = Réseau de bénévoles
org-type-health-service = Service de santé

## Organisations
organisations-title = Organisations
organisations-new = Nouvelle organisation
organisations-create = Créer l’organisation
field-organisation-name = Nom
field-organisation-type = Type d’organisation
choose-option = Veuillez choisir

## Comptes utilisateur
users-title = Comptes utilisateur
users-new = Nouveau compte utilisateur
users-create = Créer le compte utilisateur
users-created = Le compte utilisateur a été créé.
users-last-sign-in = Dernière connexion
users-never = jamais
users-status = Statut
users-role-change = Changer le rôle
users-active = actif
users-inactive = désactivé
users-activate = Activer
users-deactivate = Désactiver
field-display-name = Nom
field-organisation = Organisation
field-role = Rôle
field-initial-password = Mot de passe initial
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante

## Mon compte
account-title = Mon compte
account-change-password = Modifier le mot de passe
account-password-changed = Votre mot de passe a été modifié. Les autres sessions ont été fermées.
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-confirm-password = Répéter le nouveau mot de passe
password-rule = Au moins 10 caractères.

## Page introuvable
not-found-title = Page introuvable
not-found-home = Aller à la page d’accueil

## Messages d’erreur
error-unauthenticated = Veuillez vous connecter.
error-forbidden = Vous n’avez pas l’autorisation nécessaire.
error-invalid-credentials = L’adresse e-mail ou le mot de passe est incorrect.
error-throttled = Trop de tentatives de connexion échouées. Veuillez réessayer dans { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}.
error-not-found = L’entrée est introuvable.
error-bad-request = La requête était incorrecte. Veuillez recharger la page.
error-internal = Une erreur interne s’est produite. Veuillez communiquer au support l’identifiant { $request_id }.
error-required = Veuillez remplir ce champ.
error-too-long = Ce texte est trop long.
error-choose-option = Veuillez choisir une option.
error-email-invalid = Veuillez saisir une adresse e-mail valide.
error-email-taken = Un compte utilisateur existe déjà pour cette adresse e-mail.
error-organisation-exists = Une organisation portant ce nom existe déjà.
error-password-too-short = Le mot de passe doit comporter au moins 10 caractères.
error-passwords-differ = Les deux mots de passe ne correspondent pas.
error-current-password-wrong = Le mot de passe actuel est incorrect.
error-own-account = Vous ne pouvez pas modifier votre propre compte ici.
error-name-required = Veuillez saisir au moins un nom.
error-date-part-invalid = Cette date n’existe pas.
error-day-without-month = Un jour sans mois n’est pas possible.
error-language-code = Veuillez choisir une langue dans la liste.

## Clientes et clients
nav-clients = Clientes et clients
clients-title = Clientes et clients
clients-new = Nouvelle cliente / nouveau client
clients-search-label = Nom (toute orthographe, toute écriture)
clients-search-submit = Rechercher
clients-none-found = Aucune personne trouvée.
clients-col-name = Nom
clients-col-latin = Orthographe dans les documents
clients-col-birth = Date de naissance
clients-birth-unknown = inconnue
client-new-title = Nouvelle cliente / nouveau client
client-names = Noms
client-birth = Date de naissance
client-birth-hint = Indiquez ce qui est connu ; le jour ou le mois peuvent manquer.
client-language = Langue
client-contact = Contact et adresse
client-create = Créer
client-created = La personne a été enregistrée.
client-duplicates-title = Ces personnes sont peut-être déjà enregistrées :
client-duplicates-confirm = Il s’agit d’une autre personne – créer quand même
field-given-names = Prénom(s)
field-family-name = Nom de famille
field-given-names-latin = Prénom(s) en alphabet latin, comme dans les documents
field-family-name-latin = Nom de famille en alphabet latin, comme dans les documents
field-birth-day = Jour
field-birth-month = Mois
field-birth-year = Année
field-preferred-language = Langue préférée
field-interpreter-needed = Interprétariat nécessaire
field-interpreter-language = Langue de l’interprétariat (code ISO 639-3)
field-phone = Téléphone
field-street = Rue et numéro
field-postal-code = Code postal
field-city = Localité

## Case management core (issue 3)

error-conflict = Quelqu’un d’autre a enregistré ces informations entre-temps. Rien n’a été écrasé, vos saisies sont toujours dans le formulaire. Actuellement enregistré :
error-number-invalid = Veuillez saisir un nombre valide.
error-date-invalid = Veuillez saisir une date valide.
error-time-invalid = Veuillez saisir une heure valide (HH:MM).
error-choose-from-list = Veuillez choisir une entrée dans la liste.
error-date-in-past = La date est dans le passé.
error-date-in-future = La date est dans le futur.
error-target-before-start = La date cible est avant le début.
error-goal-empty = Veuillez décrire l’objectif (avec les mots de la cliente ou du client, en langage simple ou avec un modèle).
error-reason-required = Veuillez indiquer un motif.
error-result-required = Veuillez indiquer le résultat.
error-organisation-required = Veuillez choisir l’organisation responsable.
error-interpreter-language-required = Veuillez indiquer la langue de l’interprétariat.
error-review-before-agreement = Le réexamen doit avoir lieu après l’accord.
error-plan-empty = Le plan n’a pas encore d’objectif.
error-plan-nothing-to-agree = Il n’y a aucun brouillon à convenir.
error-phase-not-allowed = Ce changement de phase n’est pas possible.
error-consent-missing = Le consentement à la gestion de cas manque encore. Veuillez d’abord l’enregistrer.
error-entrusted-by-required = Veuillez indiquer qui a confié cette information.

value-empty = (vide)
untranslated-marker = non traduit
language-picker-hint = Saisissez le nom allemand, le nom de la langue dans cette langue ou le code ISO 639-3.
saved = Enregistré.
save = Enregistrer
add = Ajouter
remove = Retirer
yes = oui
no = non
nav-catalogues = Catalogues

client-title = Cliente / client
client-personal = Informations personnelles
client-edit = Modifier les informations
client-cases = Dossiers
client-household = Ménage
client-address = Adresse
client-open-record = Ouvrir la fiche
case-link = Dossier
case-open = Ouvrir un nouveau dossier
household-add = Ajouter un membre du ménage
field-member-name = Nom
field-relation = Lien
compartment-residence = Séjour et prestations
compartment-residence-hint = Rubrique sensible : enregistrée à part et visible seulement là où elle est nécessaire.
field-residence-status = Statut de séjour
field-valid-until = Valable jusqu’au
field-benefit-regime = Prestations perçues
compartment-health = Santé
compartment-health-hint = Catégorie particulière de données personnelles : transmise uniquement avec un consentement explicite.
compartment-youth-welfare = Aide à l’enfance et à la jeunesse
compartment-youth-welfare-hint = Transmission uniquement avec le consentement de la personne qui a confié l’information.
compartment-private = Mes notes de travail personnelles
compartment-private-hint = Vous seul voyez ces notes. Elles ne sont jamais transmises.
note-add = Ajouter une note
field-note = Note
field-entrusted-by = Confié par

case-title = Dossier
case-phase = Phase
case-owner = Responsable du dossier
case-sections = Rubriques du dossier
case-history = Historique des phases
case-closed = Le dossier est clos :
case-consent-needed = Avant le bilan de situation, il faut enregistrer le consentement à la gestion de cas.
case-next-phase = Phase suivante
case-change-phase = Changer de phase
field-closure-reason = Motif de clôture
consent-title = Consentement à la gestion de cas
consent-recorded = Consentement donné le
consent-record = Saisir le consentement
consent-save = Enregistrer le consentement
field-given-on = Donné le
field-consent-method = Forme du consentement
assessment-title = Bilan de situation
assessment-recorded = saisi
assessment-needs = Besoins
assessment-resources = Ressources et potentiels
assessment-client-goals = Objectifs propres de la cliente ou du client
facts-title = Informations structurées
field-language-level = Niveau d’allemand
field-literacy = Alphabétisation
field-schooling = Scolarité
field-qualifications = Diplômes et qualifications
field-recognition-needed = Reconnaissance d’un diplôme étranger nécessaire
field-work-experience = Expérience professionnelle
field-housing-situation = Situation de logement
field-health-insurance = Assurance maladie

plan-title = Plan d’intégration
plan-none = Pas encore de plan.
plan-version = Version { $number }
plan-version-agreed = Version convenue { $number } du
plan-version-draft = Brouillon, version { $number }
plan-print = Imprimer le plan
plan-goals = Objectifs
plan-no-goals = Pas encore d’objectifs.
plan-steps = Étapes
plan-agree = Convenir du plan
plan-agree-hint = Le plan est discuté et convenu avec la cliente ou le client. Toute modification ultérieure commence une nouvelle version.
plan-review-default = Sans indication : six mois après l’accord.
plan-versions = Versions
plan-agreed-on = convenu le
plan-draft = Brouillon
plan-compare-from = Comparer
plan-compare-to = avec
plan-current = l’état actuel
plan-compare = Comparer
plan-no-changes = Aucune modification.
plan-back = Retour au plan
goal-add = Ajouter un objectif
goal-edit = Modifier l’objectif
goal-remove = Retirer l’objectif
goal-status-change = Modifier l’état de l’objectif
step-add = Ajouter une étape
step-edit = Modifier l’étape
step-history = Historique
step-status-change = Modifier le statut
field-domain = Domaine de vie
field-goal-level = Niveau d’objectif
field-goal-template = Modèle d’objectif
field-client-words = Avec ses propres mots
field-plain-wording = En langage simple
field-success-criterion = Comment saurons-nous que c’est réussi
field-start-date = Début
field-target-date = Date cible
field-goal-status = État
field-status-reason = Motif
field-service-type = Prestation
field-step-detail = Détails
field-responsible = Responsable
field-responsible-organisation = Organisation responsable
field-due-date = Échéance
field-step-status = Statut
field-status-note = Résultat ou motif
field-appeal-deadline = Délai de recours jusqu’au
field-agreed-on = Convenu le
field-agreed-how = Comment l’accord a été donné
field-review-due = Réexamen
appointments-title = Rendez-vous
appointment-add = Ajouter un rendez-vous
field-date = Date
field-time = Heure
field-place = Lieu
field-with-organisation = Auprès de l’organisation
field-linked-step = Pour l’étape
field-appointment-note = À apporter ou remarque
diff-added = ajouté
diff-removed = retiré
diff-changed = modifié
diff-goal = Objectif
diff-step = Étape

print-language = Langue de l’impression
print-now = Imprimer
print-plan-title = Mon plan d’intégration
print-agreed-on = Convenu le
print-draft = Brouillon – pas encore convenu
print-signature-client = Signature de la cliente / du client
print-signature-case-manager = Signature de la / du gestionnaire de cas

dashboard-phases = Mes dossiers par phase
dashboard-overdue = Étapes en retard
dashboard-reviews = Réexamens dans les 14 prochains jours
dashboard-waiting = Étapes en attente des partenaires
dashboard-appointments = Rendez-vous dans les 7 prochains jours
dashboard-recent = Dossiers modifiés récemment
dashboard-none = Rien à faire.
dashboard-shown-of = { $shown } sur { $total } affichées ; toutes figurent dans les plans des dossiers.

catalogues-title = Catalogues
catalogues-intro = Vos propres entrées complètent les catalogues intégrés. L’allemand est obligatoire ; s’il manque une langue, le texte allemand s’affiche avec la mention « non traduit ».
catalogues-none = Pas encore d’entrées propres.
catalogues-col-catalogue = Catalogue
catalogues-col-text = Texte
catalogues-col-locales = Langues
catalogues-add = Ajouter une entrée
catalogues-texts = Texte dans chaque langue
catalogue-name-service = Prestations
catalogue-name-goal-template = Modèles d’objectifs
catalogue-name-closure = Motifs de clôture

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = Accès
phase-intake = Premier entretien (Intake)
phase-assessment = Bilan de situation
phase-planning = Planification de l’aide
phase-implementation = Mise en œuvre
phase-monitoring = Suivi et réexamen
phase-evaluation = Évaluation
phase-closed = Clos

domain-language = Langue
domain-education-work = Formation et travail
domain-housing = Logement
domain-health = Santé
domain-residence = Séjour
domain-benefits = Prestations et argent
domain-family = Famille et enfants
domain-participation = Vie sociale

service-integration-course = Cours d’intégration (Integrationskurs)
service-literacy-course = Cours d’intégration avec alphabétisation (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = Cours d’intégration pour les jeunes (Jugendintegrationskurs)
service-parents-integration-course = Cours d’intégration pour parents et femmes (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = Cours intensif (Intensivkurs)
service-second-script-course = Cours pour apprendre l’alphabet latin (Zweitschriftlernerkurs)
service-dtz-exam = Test d’allemand pour immigrés (Deutsch-Test für Zuwanderer, DTZ)
service-job-language-course = Cours d’allemand pour le travail (Berufssprachkurs)
service-course-fee-exemption = Dispense des frais de cours
service-potential-analysis = Bilan des capacités (Potenzialanalyse)
service-cooperation-plan = Plan de coopération (Kooperationsplan, Jobcenter)
service-placement-voucher = Bon pour l’aide à trouver un emploi (Vermittlungsgutschein)
service-apprenticeship = Formation professionnelle (Ausbildung)
service-entry-qualification = Stage d’entrée en formation professionnelle (Einstiegsqualifizierung, EQ)
service-wage-subsidy = Aide au salaire versée à l’employeur (Lohnkostenzuschuss)
service-coaching = Coaching
service-recognition-counselling = Conseil pour faire reconnaître un diplôme (Anerkennungsberatung, IQ-Netzwerk)
service-recognition-application = Demande de reconnaissance du diplôme (Antrag auf Anerkennung)
service-qualification-analysis = Analyse des qualifications (Qualifikationsanalyse)
service-adaptation-training = Formation complémentaire pour la reconnaissance (Anpassungsqualifizierung)
service-zab-evaluation = Évaluation du diplôme (Zeugnisbewertung, ZAB)
service-housing-entitlement = Certificat d’accès au logement social (Wohnberechtigungsschein, WBS)
service-residence-obligation-change = Modification de l’obligation d’habiter dans un lieu fixé (Wohnsitzauflage)
service-cost-approval = Prise en charge du loyer (Mietkostenübernahme)
service-move-out-of-shelter = Départ de l’hébergement collectif
service-health-card = Carte de santé (Gesundheitskarte)
service-treatment-voucher = Bon de soins (Behandlungsschein)
service-health-insurance-enrolment = Inscription à une caisse d’assurance maladie (Krankenkasse)
service-psychosocial-centre = Centre psychosocial (Psychosoziales Zentrum)
service-vaccination = Vaccination
service-permit-application = Demande de titre de séjour (Aufenthaltserlaubnis)
service-naturalisation = Naturalisation (Einbürgerung)
service-benefit-application = Demande de prestations
service-debt-counselling = Conseil en cas de dettes (Schuldnerberatung)
service-childcare-place = Place en crèche ou jardin d’enfants (Kita-Platz)
service-school-enrolment = Inscription à l’école (Schulanmeldung)
service-migration-counselling = Conseil en migration pour adultes (Migrationsberatung, MBE)
service-youth-migration-service = Service migration pour les jeunes (Jugendmigrationsdienst, JMD)
service-interpreter = Interprétariat
service-document-translation = Traduction de documents
service-volunteer-matching = Mise en relation avec une ou un bénévole pour un accompagnement

goal-template-reach-b1 = Parler allemand au niveau B1
goal-template-complete-integration-course = Terminer le cours d’intégration (Integrationskurs)
goal-template-learn-to-read = Apprendre à lire et à écrire
goal-template-qualification-recognised = Faire reconnaître son diplôme professionnel
goal-template-find-work = Trouver un travail
goal-template-start-apprenticeship = Commencer une formation professionnelle (Ausbildung)
goal-template-own-flat = Trouver son propre logement
goal-template-leave-shelter = Quitter l’hébergement collectif
goal-template-health-insurance = Avoir une assurance maladie
goal-template-family-doctor = Avoir un médecin de famille
goal-template-secure-residence = Sécuriser le droit de séjour
goal-template-secure-income = Sécuriser les revenus
goal-template-childcare = Trouver une place de garde pour l’enfant
goal-template-school-place = Trouver une place à l’école pour l’enfant
goal-template-social-contacts = Trouver des contacts et des loisirs sur place

goal-level-long-term = Objectif à long terme
goal-level-framework = Objectif cadre
goal-level-action = Objectif d’action

goal-status-open = ouvert
goal-status-in-progress = en cours
goal-status-achieved = atteint
goal-status-partly-achieved = en partie atteint
goal-status-not-achieved = non atteint
goal-status-dropped = abandonné

step-status-planned = prévu
step-status-eligibility-requested = droit demandé
step-status-eligible = droit accordé
step-status-registered = inscrit
step-status-waitlisted = sur liste d’attente
step-status-started = commencé
step-status-completed = terminé
step-status-interrupted = interrompu
step-status-dropped = arrêté
step-status-rejected = refusé
step-status-not-needed = plus nécessaire

closure-goals-achieved = Objectifs atteints
closure-standard-service = Transmis à un service ordinaire
closure-client-ended = Arrêté par la cliente ou le client
closure-moved-away = A déménagé
closure-unreachable = Plus joignable
closure-consent-withdrawn = Consentement retiré

consent-method-signature = avec signature
consent-method-electronic = confirmé par voie électronique
consent-method-oral-interpreter = oralement, avec interprète

responsible-client = Cliente / client
responsible-case-manager = Gestionnaire de cas
responsible-organisation = Organisation partenaire
responsible-volunteer = Bénévole

language-level-a0 = A0 (aucune connaissance)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = sait lire et écrire (alphabet latin)
literacy-other-script = sait lire et écrire dans une autre écriture
literacy-not-literate = ne sait pas lire ni écrire

housing-shelter = Hébergement collectif (Gemeinschaftsunterkunft)
housing-shared-accommodation = colocation ou sous-location
housing-own-flat = logement à soi
housing-with-family = chez de la famille ou des connaissances
housing-homeless = sans logement

insurance-statutory = assurance maladie légale
insurance-health-card = Carte de santé (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = Bons de soins (Behandlungsscheine)
insurance-private = assurance privée
insurance-none = sans assurance

residence-asylum-procedure = Autorisation de séjour pendant la demande d’asile (Aufenthaltsgestattung)
residence-tolerated = Suspension de l’expulsion (Duldung)
residence-temporary-protection = Protection temporaire (§ 24 AufenthG)
residence-residence-permit = Titre de séjour (Aufenthaltserlaubnis)
residence-settlement-permit = Titre de séjour permanent (Niederlassungserlaubnis)
residence-eu-citizen = Citoyenne / citoyen de l’UE
residence-german-citizen = nationalité allemande
residence-other = autre statut

benefit-asylblg = Prestations pour demandeurs d’asile (AsylbLG)
benefit-sgb2 = Revenu de base (Bürgergeld, SGB II)
benefit-sgb12 = Aide sociale (Sozialhilfe, SGB XII)
benefit-none = aucune prestation

relation-spouse = Époux / épouse
relation-child = Enfant
relation-parent = Mère ou père
relation-sibling = Frère ou sœur
relation-other = autre lien

## Partner network (issue 4)
nav-offers = Offres
nav-inbox = Boîte de réception
nav-audit = Journal
case-team = Responsables du dossier
case-assign = Attribuer
case-assign-colleague = Attribuer à une ou un collègue
case-unassign = Retirer l’attribution
dashboard-overdue-referrals = Orientations en retard
network-title = Réseau
network-referrals = Orientations
network-no-referrals = Pas encore d’orientation.
network-new-referral = Nouvelle orientation
network-consents = Consentements à la transmission de données
network-no-consents = Pas encore de consentement à la transmission de données.
network-access-times = Accès aux cours de langue
network-access-days = Délai d’accès : { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}
network-waiting-days = Délai d’attente : { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}
consent-record-share = Saisir le consentement
consent-health-separate = Les données de santé demandent toujours un consentement séparé et explicite.
consent-print = Imprimer le formulaire
consent-revoke = Retirer
consent-state-active = valide
consent-state-inactive = non valide
consent-state-revoked = retiré
consent-form-title = Consentement à la transmission de données
consent-form-back = Retour à la personne
consent-form-recipient = Destinataire
consent-form-valid = Validité
consent-form-categories-intro = J’accepte que les données suivantes soient transmises au destinataire :
consent-form-voluntary = Le consentement est volontaire. Si je ne le donne pas, je ne subis aucun désavantage.
consent-form-revoke = Je peux retirer mon consentement à tout moment, aussi simplement que je l’ai donné. Le retrait prend effet immédiatement pour l’avenir.
consent-form-health = Les données de santé sont particulièrement protégées. Ce consentement concerne uniquement les données de santé.
consent-form-issued-by = Établi par :
consent-form-place-date = Lieu, date
courses-title = Cours adaptés
courses-childcare-on = Ne pas exiger de garde d’enfants
courses-childcare-off = Uniquement les cours avec garde d’enfants
courses-any-type = Afficher tous les types de cours
courses-only-this-type = Afficher uniquement ce type de cours
courses-none = Aucun cours adapté trouvé.
courses-distance = { $km } km
courses-full = complet (liste d’attente)
courses-free-seats = { $count ->
    [one] { $count } place libre
    [many] { $count } de places libres
   *[other] { $count } places libres
}
courses-seats-unknown = nombre de places libres inconnu
courses-next-start = Prochain début :
courses-refer = Orienter vers ce cours
courses-refer-submit = Orienter
courses-default-message = Nous demandons une place dans ce cours pour cette personne.
offers-childcare = Garde d’enfants
field-title = Titre
field-address = Adresse
field-birth-date = Date de naissance
field-name = Nom
field-categories = Données
field-decline-reason = Motif du refus
field-district = Arrondissement
field-free-seats = Places libres
field-message = Message
field-outcome = Résultat
field-purpose = But
field-referral-status = État de l’orientation
field-response-due = Réponse avant le
field-seat = Place
field-starts-on = Début
field-step = Étape du plan
field-valid-from = Valide à partir du
inbox-title = Boîte de réception
inbox-referrals = Orientations vers mon organisation
inbox-empty = Aucune orientation.
referral-title = Orientation
referral-facts = Informations
referral-client = Personne
referral-client-hidden = Personne (pas de consentement valide)
referral-to = À
referral-sent-by = Envoyé par
referral-back-to-case = Retour au dossier
referral-response-due = Réponse avant le
referral-overdue = en retard
referral-shared-data = Données transmises
referral-access-closed = L’orientation est close. Les données de la personne ne sont plus visibles.
referral-access-no-consent = Il n’y a pas de consentement valide (retiré, expiré ou jamais donné). Les données de la personne ne sont pas visibles.
referral-nothing-recorded = Rien n’a été saisi.
referral-answer = Répondre
referral-withdraw-title = Retirer
referral-no-further-steps = Aucune autre étape possible.
referral-history = Historique et messages
referral-message-label = Message
referral-send-message = Envoyer le message
referral-no-step = – sans étape –
referral-consent-covered = Les données choisies sont couvertes par un consentement valide.
referral-consent-missing = Il manque un consentement pour : { $categories }.
referral-record-consent = Saisir le consentement maintenant
referral-due-hint = Laisser vide : 10 jours ouvrables à partir d’aujourd’hui.
referral-offers-hint = Offres avec lieu, dates et places libres :
referral-send = Envoyer l’orientation
step-find-course = Trouver un cours adapté
step-refer = Orienter
error-categories-required = Veuillez choisir au moins un type de données.
error-consent-already-revoked = Ce consentement a déjà été retiré.
error-consent-missing-for-referral = Pour au moins un type de données choisi, il manque un consentement valide pour cette organisation et ce but.
error-free-seats-above-capacity = Il ne peut pas y avoir plus de places libres que de places au total.
error-health-consent-separate = Les données de santé demandent un consentement à part : veuillez le saisir séparément.
error-referral-transition = Cette étape n’est pas possible dans cet état.
error-start-date-required = Veuillez indiquer la date de début du cours.
error-target-level-not-above = Le niveau visé doit être supérieur au niveau d’entrée.
error-until-before-from = La fin est avant le début.
consent-category-identity = Nom, date de naissance et contact
consent-category-language = Langue et formation
consent-category-work = Travail
consent-category-housing = Logement
consent-category-health = Santé
consent-category-residence = Séjour et prestations
consent-category-youth-welfare = Aide à l’enfance et à la jeunesse
consent-purpose-language-course = Cours de langue
consent-purpose-employment = Travail et formation professionnelle
consent-purpose-recognition = Reconnaissance des diplômes
consent-purpose-housing = Logement
consent-purpose-health-care = Soins de santé
consent-purpose-counselling = Conseil
consent-purpose-volunteer-support = Accompagnement par des bénévoles
referral-status-sent = envoyée
referral-status-accepted = acceptée
referral-status-declined = refusée
referral-status-in-progress = en cours
referral-status-completed = terminée
referral-status-withdrawn = retirée
referral-outcome-service-provided = Prestation fournie
referral-outcome-course-completed = Cours terminé
referral-outcome-client-did-not-attend = ne s’est pas présenté(e)
referral-outcome-client-withdrew = arrêté par la personne
referral-outcome-not-eligible = pas de droit
referral-outcome-referred-elsewhere = orienté(e) ailleurs
decline-reason-no-capacity = pas de places libres
decline-reason-not-eligible = pas de droit
decline-reason-not-responsible = pas compétent
decline-reason-client-unreachable = personne injoignable
decline-reason-other = autre motif
seat-confirmed = Place confirmée
seat-waitlisted = Liste d’attente
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
offers-title = Répertoire des offres
offers-intro = Cours et offres de conseil des organisations partenaires à Cologne, avec les places libres, les prochains débuts et les délais d’accès et d’attente mesurés jusqu’ici.
offers-new = Nouvelle offre
offers-filter = Filtrer les offres
offers-all = Toutes
offers-filter-language = Langue (code ISO 639-3)
offers-filter-childcare = Avec garde d’enfants
offers-filter-free-seats = Uniquement avec places libres
offers-filter-own = Uniquement les offres de mon organisation
offers-filter-apply = Filtrer
offers-found = { $count ->
    [one] { $count } offre trouvée
    [many] { $count } d’offres trouvées
   *[other] { $count } offres trouvées
}
offers-none = Aucune offre trouvée.
offers-accessible = Accessible
offers-inactive = Inactive
offers-place = Lieu
offers-levels = Niveau de langue
offers-level-range = { $entry } → { $target }
offers-levels-hint = Uniquement pour les cours de langue : niveau d’entrée et niveau visé.
offers-seats = Places
offers-seats-of = { $free } libres sur { $capacity }
offers-starts = Prochaines dates de début
offers-languages = Langues des cours et du conseil
offers-edit = Modifier
offers-access-title = Délais d’accès et d’attente
offers-access-hint = Médiane en jours : accès – de l’ouverture du droit au début du cours ; attente – de l’inscription au début du cours.
offers-access-none = Aucun délai d’accès ou d’attente saisi pour l’instant.
offers-access-clients = Clientes et clients
offers-access-median = Accès (médiane, jours)
offers-waiting-median = Attente (médiane, jours)
offers-new-title = Nouvelle offre
offers-edit-title = Modifier l’offre
offers-back = Retour aux offres de mon organisation
field-description = Description
field-entry-level = Niveau d’entrée
field-target-level = Niveau visé
field-childcare = Garde d’enfants disponible
field-accessible = Accès sans obstacles
field-offer-active = L’offre est active (visible dans le répertoire)
field-schedule = Jours et horaires
field-capacity = Nombre total de places
field-documents = Documents à apporter
field-contact = Contact
field-offer-languages = Langues (codes ISO 639-3, séparés par une virgule, p. ex. deu, ara)
field-offer-starts = Dates de début (AAAA-MM-JJ, séparées par une virgule)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = Journal des accès aux données
audit-intro = Qui a lu ou modifié quelles données personnelles, quand, dans quel but et sur quelle base juridique – y compris les tentatives refusées. La lecture de ce journal est elle-même enregistrée.
audit-filter = Filtrer le journal
audit-all = Tous
audit-filter-client = Cliente / client (numéro)
audit-filter-actor = Personne
audit-filter-from = Du
audit-filter-until = Au
audit-filter-denied = Uniquement les accès refusés
audit-filter-apply = Filtrer
audit-none = Aucune entrée trouvée.
audit-page = Page { $page }
audit-col-time = Date et heure
audit-col-person = Personne et rôle
audit-col-client = Cliente / client
audit-col-record = Enregistrement
audit-col-action = Action
audit-col-purpose = But
audit-col-basis = Base juridique
audit-col-categories = Catégories de données
audit-col-allowed = Résultat
audit-role-system = Lotse (automatique)
audit-allowed = autorisé
audit-denied = refusé
audit-action-read = Lu
audit-action-list = Liste affichée
audit-action-create = Créé
audit-action-update = Modifié
audit-action-delete = Supprimé
audit-action-print = Imprimé
audit-action-revoke = Retiré
audit-action-attempt = Tentative d’accès
audit-action-compare = Versions comparées
audit-action-agree = Convenu
audit-action-verify = Intégrité vérifiée
audit-verify-title = Intégrité du journal
audit-verify-hint = Recalcule le chaînage de toutes les entrées. On peut ainsi voir si des entrées ont été modifiées ou supprimées après coup.
audit-verify = Vérifier l’intégrité
audit-chain-intact = Le journal est complet et n’a pas été modifié.
audit-chain-broken = Le journal n’est plus cohérent à partir de l’entrée n° { $seq } : des entrées ont été modifiées ou supprimées.


## Volunteer tasks (issue 6)
volunteers-title = Bénévolat
volunteer-tasks-of-case = Tâches pour les bénévoles
volunteer-tasks-none = Pas encore de tâche pour les bénévoles.
volunteer-task-new = Confier une tâche à des bénévoles
volunteer-task-offered-to = Proposée à
volunteer-task-taken-by = prise en charge par
volunteer-task-declined-by = { $count ->
    [one] { $count } personne a refusé
    [many] { $count } de personnes ont refusé
   *[other] { $count } personnes ont refusé
}
volunteer-task-cancel = Retirer la tâche
volunteer-task-offer = Proposer la tâche
volunteer-report = Compte rendu
volunteer-problem-badge = Problème signalé
volunteer-consent-covered = Le consentement couvre le nom, le téléphone et le rendez-vous.
volunteer-consent-missing = Pour ce réseau, il manque le consentement de la personne à l’accompagnement par des bénévoles (nom et contact).
volunteer-whole-network = Tout le réseau
volunteer-no-step = Sans étape
volunteer-no-appointment = Sans rendez-vous
volunteer-appointment-hint = Si vous choisissez un rendez-vous, sa date, son heure et son lieu sont repris si vous ne les saisissez pas.
field-task-kind = Type de tâche
field-volunteer-network = Réseau de bénévoles
field-offered-to = Proposée à
field-appointment = Rendez-vous
field-bring = À apporter
field-task-note = Courte remarque
field-task-status = État
follow-ups-title = À suivre
follow-up-volunteer-problem = Des bénévoles signalent un problème
follow-up-done = Terminé
volunteer-my-tasks = Mes tâches
volunteer-no-tasks = Il n’y a aucune tâche pour vous en ce moment.
volunteer-client-language = Langue
volunteer-offered-to-you = Pour vous personnellement
volunteer-accept = Accepter
volunteer-decline = Refuser
volunteer-cannot-go = Finalement, je ne peux pas
volunteer-report-label = Court compte rendu
volunteer-problem = Il y a eu un problème
volunteer-done = Signaler comme fait
volunteer-not-yet-sent = Pas encore envoyé
volunteer-outbox-waiting = Pas de connexion : vos saisies sont enregistrées sur cet appareil et seront envoyées dès que la connexion sera rétablie.
volunteer-refused = Lotse n’a pas accepté ceci :
volunteer-try-again = Renvoyer
volunteer-discard = Abandonner
error-volunteer-network-required = Veuillez choisir un réseau de bénévoles.
error-volunteer-consent-missing = La personne n’a pas accepté la transmission à ce réseau (nom et contact, but : accompagnement par des bénévoles).
error-task-transition = Ce n’est plus possible dans cet état de la tâche.
error-task-taken = Quelqu’un d’autre a déjà pris en charge cette tâche.
task-kind-accompany = Accompagnement à un rendez-vous
task-kind-form-help = Aide pour un formulaire
task-kind-language-practice = Pratiquer l’allemand
task-kind-housing-search = Recherche de logement
task-kind-other = Autre
task-status-offered = Proposée
task-status-accepted = Prise en charge
task-status-declined = Refusée
task-status-done = Terminée
task-status-cancelled = Retirée
volunteer-undelivered = Non transmis

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = Mon plan
portal-sign-in-title = Connexion au portail Lotse
portal-sign-in-intro = Saisissez le code d’accès de votre lettre. La première fois, vous choisissez ensuite un PIN.
portal-code = Code d’accès
portal-code-hint = Il se trouve dans votre lettre, par exemple ABCD-EFGH-JKLM.
portal-pin = PIN ou phrase secrète
portal-pin-hint = Au moins 6 chiffres ou une phrase d’au moins 12 caractères.
portal-pin-repeat = Répéter le PIN
portal-choose-pin = Votre code d’accès est correct. Choisissez maintenant votre PIN. Vous en aurez besoin à chaque connexion.
portal-sign-in-button = Se connecter
portal-set-pin-button = Enregistrer le PIN et se connecter
portal-sign-out = Se déconnecter
portal-staff-link = Connexion pour le personnel
portal-nav-label = Rubriques du portail
portal-nav-plan = Mon plan
portal-nav-appointments = Rendez-vous
portal-nav-referrals = Orientations
portal-nav-consents = Consentements
portal-nav-access = Qui a vu mes données ?
portal-nav-correction = Quelque chose est faux
portal-nav-data = Mes données
portal-greeting = Bonjour { $name } !
portal-large-text = Grands caractères
portal-read-aloud = Lire à voix haute
portal-read-aloud-stop = Arrêter la lecture
portal-read-aloud-no-voice = Votre appareil n’a pas de voix pour cette langue.
portal-print = Imprimer le plan
portal-next = Ce qu’il faut faire ensuite
portal-next-none = Pour le moment, vous n’avez rien à faire.
portal-goals = Mes objectifs
portal-goal-until = Objectif d’ici le { $date }
portal-step-due = d’ici le { $date }
portal-step-responsible = Qui s’en occupe ?
portal-responsible-client = Vous-même
portal-responsible-case-manager = Votre gestionnaire de cas
portal-responsible-volunteer = Une ou un bénévole
portal-responsible-organisation = Un autre organisme
portal-step-status = État
portal-mark-done = Je l’ai fait
portal-marked-done = Merci ! Votre gestionnaire de cas a reçu l’information.
portal-no-plan = Votre plan est en cours de préparation. Votre gestionnaire de cas en parlera avec vous.
portal-written-in-german = Écrit en allemand par votre gestionnaire de cas :
portal-appointments-title = Mes rendez-vous
portal-appointments-none = Vous n’avez aucun rendez-vous.
portal-appointments-past = Rendez-vous passés
portal-appointment-when = Quand
portal-appointment-where = Où
portal-appointment-with = Avec
portal-appointment-bring = Veuillez apporter
portal-interpreter-arranged = Une ou un interprète est réservé.
portal-interpreter-not-arranged = Une ou un interprète est nécessaire, mais n’est pas encore réservé. Demandez à votre gestionnaire de cas.
portal-referrals-title = Mes orientations
portal-referrals-none = Il n’y a encore aucune orientation vers un organisme.
portal-referral-for = Pour quoi
portal-referral-sent = { $organisation } a reçu votre inscription et vous répondra bientôt.
portal-referral-accepted = { $organisation } a accepté.
portal-referral-waitlisted = Vous êtes sur la liste d’attente de { $organisation }.
portal-referral-seat = Vous avez une place chez { $organisation }. Début : { $date }
portal-referral-declined = { $organisation } a refusé. Votre gestionnaire de cas cherche avec vous une autre possibilité.
portal-referral-in-progress = { $organisation } vous soutient en ce moment.
portal-referral-completed = Le soutien de { $organisation } est terminé.
portal-referral-withdrawn = L’orientation vers { $organisation } a été retirée.
portal-consents-title = Mes consentements
portal-consents-intro = Ici, vous voyez qui a le droit de voir vos données. Vous pouvez retirer chaque consentement à tout moment.
portal-consents-none = Vous n’avez donné aucun consentement.
portal-consent-to = À qui
portal-consent-for = Pour quoi
portal-consent-data = Quelles données
portal-consent-until = Valable jusqu’au
portal-consent-open-ended = jusqu’à ce que vous le retiriez
portal-consent-revoked = Retiré le { $date }
portal-consent-expired = Expiré
portal-consent-revoke = Retirer
portal-consent-revoke-confirm = Ensuite, { $organisation } n’aura plus le droit de voir vos données. Voulez-vous vraiment le retirer ?
portal-consent-revoke-yes = Oui, retirer
portal-consent-revoke-no = Non, garder
portal-consent-revoked-now = Le consentement est retiré. À partir de maintenant, { $organisation } ne voit plus vos données. Votre gestionnaire de cas a reçu l’information.
portal-access-title = Qui a vu mes données ?
portal-access-intro = Chaque accès à vos données est noté. Ici, vous voyez quel organisme a vu ou modifié quoi, et quand.
portal-access-none = Jusqu’à présent, personne n’a vu vos données.
portal-access-looked = { $organisation } a consulté le { $date } : { $what }
portal-access-changed = { $organisation } a modifié le { $date } : { $what }
portal-access-system = Lotse (automatique)
portal-what-everything = votre fiche
portal-what-plan = votre plan
portal-what-client = vos informations personnelles
portal-what-case = votre dossier
portal-what-referral = une orientation
portal-what-consent = vos consentements
portal-what-volunteer = une tâche pour les bénévoles
portal-what-list = votre nom dans une liste
portal-what-data = toutes vos données
portal-what-other = vos données
portal-what-identity = votre nom et vos coordonnées
portal-what-language = vos connaissances en langues
portal-what-work = vos données sur l’école et le travail
portal-what-housing = votre situation de logement
portal-what-health = vos données de santé
portal-what-residence = votre statut de séjour
portal-what-youth-welfare = des données de l’aide à l’enfance et à la jeunesse
portal-correction-title = Quelque chose est faux ?
portal-correction-intro = Écrivez à votre gestionnaire de cas ce qui n’est pas correct. Elle ou il vérifie et vous recontacte.
portal-correction-about = De quoi s’agit-il ?
portal-correction-about-personal = Mes informations personnelles
portal-correction-about-plan = Mon plan
portal-correction-about-appointments = Mes rendez-vous
portal-correction-about-other = Autre chose
portal-correction-message = Qu’est-ce qui est faux ? Qu’est-ce qui est juste ?
portal-correction-send = Envoyer
portal-correction-sent = Votre message est bien arrivé. Votre gestionnaire de cas vous recontactera.
portal-correction-earlier = Vos messages
portal-correction-open = pas encore traité
portal-correction-done = traité
portal-data-title = Mes données
portal-data-intro = Ici, vous pouvez télécharger tout ce qui est enregistré sur vous dans Lotse. Le fichier est au format JSON et peut être ouvert avec n’importe quel éditeur de texte.
portal-data-download = Télécharger mes données
portal-session-ended = Votre session a expiré. Veuillez vous reconnecter.
portal-letter-title = Votre accès à Lotse
portal-letter-intro = Avec cette lettre, vous pouvez voir votre plan, vos rendez-vous et vos consentements sur votre téléphone ou votre ordinateur.
portal-letter-step-address = Ouvrez cette adresse ou scannez le code QR :
portal-letter-step-code = Saisissez ce code d’accès :
portal-letter-step-pin = Choisissez un PIN d’au moins 6 chiffres. Ne le dites à personne.
portal-letter-keep = Gardez bien cette lettre. Si vous la perdez, votre gestionnaire de cas vous en donnera une nouvelle.
portal-letter-qr-label = Code QR avec l’adresse du portail
error-portal-credentials = Le code d’accès ou le PIN n’est pas correct.
error-portal-pin-short = Le PIN doit avoir au moins 6 chiffres. Une phrase secrète doit avoir au moins 12 caractères.
error-portal-pin-simple = Ce PIN est trop facile à deviner. Veuillez en choisir un autre.
error-portal-pin-mismatch = Les deux saisies ne sont pas identiques.
error-portal-blocked = Votre accès est bloqué. Veuillez en parler à votre gestionnaire de cas.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = Portail
portal-staff-title = Accès au portail des clients
portal-staff-none = Aucune lettre d’accès n’a encore été émise.
portal-staff-issued = Lettre d’accès émise le { $date }, pas encore utilisée.
portal-staff-active = Accès actif depuis le { $date }.
portal-staff-blocked = Accès bloqué.
portal-staff-last-sign-in = Dernière connexion : { $date }
portal-staff-issue = Émettre une lettre d’accès
portal-staff-reissue = Émettre une nouvelle lettre d’accès
portal-staff-reissue-warning = L’ancien code d’accès et le PIN ne seront alors plus valables.
portal-staff-block = Bloquer l’accès
portal-staff-unblock = Débloquer l’accès
portal-staff-letter-print = Imprimer la lettre
portal-staff-letter-once = Le code d’accès n’est affiché que maintenant. Imprimez la lettre avant de quitter la page.
portal-staff-letter-language = Lettre en { $language } et en allemand
portal-staff-translations-title = Traductions pour le portail
portal-staff-translations-intro = La cliente ou le client voit les textes que vous avez écrits en allemand avec la mention « écrit en allemand ». Ici, vous pouvez saisir une traduction.
portal-staff-translations-none = Le plan n’a pas encore de textes à traduire.
portal-staff-translation-language = Langue de la traduction
portal-staff-translation-save = Enregistrer la traduction
follow-up-portal-step-done = Marqué comme fait dans le portail
follow-up-portal-consent-revoked = Consentement retiré dans le portail
follow-up-portal-correction = Demande de correction depuis le portail
audit-role-client = Cliente / client en personne (portail)
field-interpreter-arranged = Interprète réservé

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = Indicateurs
nav-issues = Problèmes structurels
nav-groups = Groupes de travail
nav-results = Résultats intermédiaires
coordination-sections = Rubriques de la coordination
audit-action-export = Exporté
portal-what-export = vos données de base dans une liste de dossiers (fichier)
clients-export = Télécharger mes dossiers en CSV
export-case = N° de dossier
export-opened-on = Ouvert le
export-review-due = Prochain réexamen
export-held-until = Limité jusqu’au
error-period-order = La fin de la période est antérieure à son début.
error-period-too-long = Veuillez choisir trois ans au maximum.
error-choose-organisation = Veuillez choisir au moins une organisation.
figures-title = Indicateurs du programme
figures-intro = Tous les chiffres sont agrégés. Les cases comptant moins de 5 personnes sont masquées sous la forme « < 5 », de même que les cases qui permettraient de les calculer.
figures-filter = Période et sélection
figures-from = Du
figures-to = Au
figures-organisation = Organisation (chargée du dossier)
figures-all-organisations = Toutes les organisations
figures-show = Afficher
figures-period = Période : du { $from } au { $to }
figures-suppression = « < 5 » : moins de 5 personnes ou masqué par mesure de protection
figures-csv = Télécharger le tableau en CSV
figures-total = Total
figures-cases = Dossiers
figures-phase = Phase
figures-domain = Domaine de vie
figures-month = Mois
figures-group = Groupe
figures-count = Nombre
figures-cases-by-phase = Dossiers par phase (ouverts dans la période)
figures-cases-by-domain = Dossiers par domaine de vie et par phase
figures-cases-by-domain-note = Un dossier est compté dans chaque domaine de vie où son plan comporte des objectifs.
figures-trend = Évolution par mois
figures-cases-opened = Dossiers ouverts
figures-plans-agreed = Plans convenus
figures-time-to-plan = Délai entre le premier contact et le plan convenu
figures-time-to-plan-note = Jours entre l’ouverture du dossier et la première version convenue du plan, pour les plans convenus dans la période.
figures-median-days = Médiane (jours)
figures-days-range = { $from }–{ $to } jours
figures-days-more = plus de { $from } jours
figures-steps-on-time = Étapes du plan réalisées dans les délais
figures-steps-on-time-note = Étapes dont l’échéance tombe dans la période (jusqu’à hier), hors « plus nécessaire ».
figures-steps-due = Étapes arrivées à échéance
figures-steps-done-on-time = Réalisées dans les délais
figures-steps-not-on-time = Hors délai
figures-share-on-time = Part dans les délais
figures-course-by-type = Cours de langue : accès et attente par type de cours
figures-course-by-provider = Cours de langue : accès et attente par organisme de formation
figures-course-note = Délai d’accès : de l’ouverture du droit au début du cours. Délai d’attente : de l’inscription au début du cours ; objectif du BAMF : 6 semaines (42 jours) au maximum. Cours ayant commencé dans la période.
figures-course-type = Type de cours
figures-provider = Organisme de formation
figures-provider-unknown = Organisme non saisi
figures-courses-started = Débuts de cours
figures-median-access = Délai d’accès, médiane (jours)
figures-waiting-known = Délai d’attente connu
figures-median-waiting = Délai d’attente, médiane (jours)
figures-share-within-benchmark = Part dans les 6 semaines
figures-benchmark = Repère : objectif du BAMF, { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}
figures-referrals-by-partner = Orientations par partenaire
figures-referrals-note = Orientations envoyées dans la période ; délai de réponse jusqu’à l’acceptation ou au refus.
figures-partner = Partenaire
figures-referrals = Orientations
figures-median-response = Délai de réponse, médiane (jours)
figures-interpreters = Interprétariat lors des rendez-vous
figures-interpreter = Interprétariat
figures-appointments = Rendez-vous
figures-interpreter-arranged = réservé
figures-interpreter-not-arranged = non réservé
figures-interpreter-needed = nécessaire (total)
figures-closure-reasons = Motifs de clôture (dossiers clos dans la période)
figures-closure-reason = Motif de clôture
figures-reason-other = non indiqué
issues-title = Problèmes structurels
issues-intro = Problèmes récurrents signalés par les gestionnaires de cas, regroupés par domaine de vie et par arrondissement. Ils ne contiennent aucune donnée personnelle.
issues-none = Aucun problème structurel n’a encore été signalé.
issues-counted = { $issues ->
    [one] { $issues } signalement
    [many] { $issues } de signalements
   *[other] { $issues } signalements
} · { $cases ->
    [one] { $cases } dossier concerné
    [many] { $cases } de dossiers concernés
   *[other] { $cases } dossiers concernés
}
issues-cases-affected = { $count ->
    [one] { $count } dossier concerné
    [many] { $count } de dossiers concernés
   *[other] { $count } dossiers concernés
}
issues-in-group = Dans le groupe de travail :
issues-no-groups = Créez d’abord un groupe de travail :
issues-working-group = Groupe de travail
issues-bring-to-group = Soumettre au groupe de travail
groups-title = Groupes de travail
groups-none = Il n’y a pas encore de groupe de travail.
groups-topic = Thème
groups-measures-count = { $count ->
    [one] { $count } mesure
    [many] { $count } de mesures
   *[other] { $count } mesures
}, dont { $implemented ->
    [one] { $implemented } mise en œuvre
   *[other] { $implemented } mises en œuvre
}
groups-new = Nouveau groupe de travail
groups-create = Créer le groupe de travail
field-group-name = Nom du groupe de travail
group-title = Groupe de travail
group-members = Membres
group-members-none = Pas encore de membres.
field-member-person = Nom
group-member-add = Ajouter un membre
group-issues = Problèmes structurels soumis
group-issues-none = Aucun problème structurel soumis pour l’instant.
group-measures = Mesures
group-measures-none = Pas encore de mesures.
group-measure-new = Nouvelle mesure
field-measure-title = Mesure
field-measure-status = État
field-status-on = État depuis le
field-due-on = À réaliser avant le
field-measure-issue = Problème structurel concerné
measure-no-issue = Aucun problème particulier
field-responsible-organisations = Organisations responsables
field-organisation-1 = Organisation 1
field-organisation-2 = Organisation 2 (facultatif)
field-organisation-3 = Organisation 3 (facultatif)
group-measure-add = Consigner la mesure
measure-history = Historique
measure-new-status = Nouvel état
measure-set-status = Modifier l’état
group-meetings = Réunions et procès-verbaux
group-meetings-none = Pas encore de réunions.
field-held-on = Réunion du
field-minutes = Procès-verbal
group-meeting-add = Consigner la réunion
measure-status-proposed = Proposée
measure-status-under-review = En cours d’examen
measure-status-agreed = Convenue
measure-status-implemented = Mise en œuvre
measure-status-rejected = Rejetée
results-title = Résultats intermédiaires
results-intro = Mesures des groupes de travail par thème : combien en sont à chaque état, et lesquelles ont été mises en œuvre.
results-none = Il n’y a pas encore de mesures.
results-by-status = Mesures par thème et par état
results-none-implemented = Aucune mesure mise en œuvre pour l’instant.
results-implemented-on = Mise en œuvre le
case-tab-issues = Problèmes structurels
case-issues-title = Problèmes structurels issus du dossier
case-issue-new = Signaler un problème structurel
case-issue-hint = Un problème récurrent qui ne concerne pas uniquement ce dossier (par exemple « pas de garde d’enfants pendant les cours d’intégration à Chorweiler »). N’y inscrivez ni noms ni autres informations personnelles : le signalement est transmis à la coordination sans lien avec le dossier.
field-life-domain = Domaine de vie
field-issue-description = Description
field-cases-affected = Combien de dossiers sont concernés ?
field-organisations-involved = Organisations impliquées
case-issue-flag = Signaler un problème structurel
case-issues-flagged = Signalés à partir de ce dossier
case-issues-only-you = Vous êtes la seule personne à voir que le signalement provient de ce dossier.
case-issues-none = Rien n’a encore été signalé à partir de ce dossier.
case-issue-waiting = Pas encore attribué à un groupe de travail.
results-implemented = Mises en œuvre
results-agreed = Convenues, en cours de mise en œuvre
results-agreed-on = Convenue le
figures-as-of = État au { $time } (recalculé { $minutes ->
    [one] chaque minute
    [many] toutes les { $minutes } de minutes
   *[other] toutes les { $minutes } minutes
})

# Issue 22: request hygiene and accounts
error-control-character = Le texte contient un caractère de contrôle invisible qui ne peut pas être enregistré. Veuillez le supprimer (par exemple en retapant le texte).
audit-action-change-password = Changement de mot de passe
# Issue 22: a client's name in a colleague's search
portal-what-search = votre nom et votre date de naissance dans un résultat de recherche
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = Avec le consentement tel qu’il est maintenant, les bénévoles de ce réseau verront :
volunteer-sees-name-phone = le prénom de la personne et, dès que quelqu’un a accepté la tâche, son numéro de téléphone
volunteer-sees-language = la langue préférée de la personne
volunteer-sees-no-language = pas la langue préférée (le consentement ne couvre pas la langue)
volunteer-sees-task = le type de tâche, la date, l’heure et le lieu
volunteer-sees-notes = « À apporter » et votre remarque, tant que le consentement couvre le nom et les coordonnées, et seulement jusqu’à ce que la tâche soit faite
volunteer-notes-within-consent = Dans « À apporter » et la remarque, n’écrivez que ce dont les bénévoles ont besoin pour cette tâche et ce que couvre le consentement. Les bénévoles ne voient rien d’autre sur la personne.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = Le bilan de situation ne peut être saisi qu’une fois que la personne a consenti à la gestion de cas. Saisissez d’abord le consentement ci-dessus.
error-assessment-consent-missing = Rien n’a été enregistré : le bilan de situation ne peut être saisi qu’une fois le consentement de la personne à la gestion de cas enregistré.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = Vos espaces
nav-figures-hint = Chiffres anonymisés du programme : dossiers par phase, délai jusqu’au plan, délais d’attente pour les cours de langue, orientations.
nav-issues-hint = Problèmes structurels signalés par les gestionnaires de cas : les examiner et les confier à un groupe de travail.
nav-groups-hint = Groupes de travail avec les partenaires : membres, réunions et mesures convenues.
nav-results-hint = Ce que les groupes de travail ont convenu et mis en œuvre, par thème.
nav-offers-hint = Offres des partenaires avec lieu, dates et places libres.
nav-organisations-hint = Créer et modifier les organisations du réseau.
nav-users-hint = Créer des comptes, attribuer des rôles et bloquer des comptes.
nav-catalogues-hint = Compléter les catalogues par vos propres entrées, avec un texte par langue.
nav-audit-hint = Qui a consulté quelles données et quand, et si le journal est resté inchangé.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = Pas de connexion : vous voyez ce que cet appareil a enregistré à { $time }. Des choses ont pu changer depuis.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = Durées de conservation
nav-retention-hint = Quand quelles données personnelles sont supprimées : une règle par type de données, avec son début et sa durée.
retention-title = Durées de conservation
retention-intro = Chaque type de données personnelles a une règle : la durée commence avec un événement ; une fois écoulée, les données sont supprimées ou anonymisées. L’événement est fixé pour chaque type de données ; vous fixez la durée. Chaque modification est journalisée.
retention-not-legal-advice = Les durées livrées avec Lotse sont des exemples, pas un conseil juridique. Fixez-les selon le concept de suppression de votre commune.
retention-col-kind = Type de données
retention-col-start = La durée commence quand
retention-col-period = Durée
retention-col-changed = Dernière modification
retention-default = Valeur par défaut de Lotse
retention-col-run = Dernière application
retention-run = { $date } ; supprimés : { $deleted }
retention-run-none = Pas encore appliquée
retention-schedule = Lotse applique les règles une fois par jour et consigne chaque passage : quelle règle, combien d’enregistrements, quand. Ce relevé ne contient aucune donnée personnelle.
hold-title = Limitation du traitement
hold-in-force = Les données de cette personne sont limitées jusqu’au { $until } inclus.
hold-effect = Tant que la limitation dure, Lotse n’en supprime rien selon les délais de conservation et n’en partage rien avec les partenaires ou les bénévoles (art. 18 RGPD, § 84 SGB X).
hold-placed = Limitée par
hold-end = Mettre fin à la limitation
hold-place = Limiter les données (au lieu de les supprimer)
hold-hint = Pour une procédure en cours, lorsque leur exactitude est contestée ou lorsque la personne le demande. La limitation prend fin d’elle-même après son dernier jour.
hold-place-submit = Limiter
field-hold-reason = Motif
field-hold-until = Dernier jour
field-hold-note = Note (par exemple un numéro de dossier)
hold-badge = Limitée jusqu’au { $until }
hold-marker = Limitée
hold-reason-ongoing-procedure = Procédure en cours
hold-reason-disputed-accuracy = Exactitude contestée
hold-reason-client-request = À la demande de la personne
error-hold-until-past = Le dernier jour ne peut pas être dans le passé.
error-hold-until-far = Cinq ans au plus ; ensuite, la limitation peut être posée à nouveau.
error-hold-exists = Une limitation est déjà en vigueur pour cette personne. Mettez-y fin pour en poser une nouvelle.
error-client-held = Les données de cette personne sont limitées : rien n’est partagé tant que cela dure.
nav-holds = Limitations
nav-holds-hint = Données de personnes qui ne sont ni supprimées ni partagées : avec le motif et le dernier jour.
holds-title = Limitations du traitement
holds-intro = Toutes les limitations en vigueur aujourd’hui pour des personnes de votre organisation. Les gestionnaires de cas les posent dans le dossier de la personne ; ici, vous en levez une ou vous en posez une pour une personne que vous connaissez par son numéro.
holds-none = Aucune limitation n’est en vigueur pour le moment.
holds-col-client = Numéro de la personne
holds-col-end = Lever
field-client-number = Numéro de la personne (du journal ou de la demande)
error-client-number = Votre organisation n’a aucune personne avec ce numéro.
retention-changed = { $date } par { $name } ; avant : { $before }
retention-changed-by-unknown = un compte supprimé
field-retention-period = Durée
field-retention-unit = Unité
retention-unit-days = jours
retention-unit-months = mois
retention-unit-years = ans
retention-period-days =
    { $count ->
        [one] { $count } jour
        [many] { $count } de jours
       *[other] { $count } jours
    }
retention-period-months =
    { $count ->
        [one] { $count } mois
        [many] { $count } de mois
       *[other] { $count } mois
    }
retention-period-years =
    { $count ->
        [one] { $count } an
        [many] { $count } d’ans
       *[other] { $count } ans
    }
error-retention-period = Veuillez saisir un nombre entier supérieur à zéro, au plus 100 ans.
error-retention-unit = Veuillez choisir jours, mois ou ans.
retention-kind-client-record = Données de base de la personne (nom, date de naissance, langue)
retention-kind-contact = Coordonnées et adresse
retention-kind-household = Membres du foyer
retention-kind-residence = Séjour et prestations
retention-kind-health-notes = Notes sur la santé
retention-kind-youth-welfare-notes = Notes sur l’aide à la jeunesse
retention-kind-private-notes = Notes de travail personnelles
retention-kind-case = Dossier et phases
retention-kind-assessment = Bilan de situation
retention-kind-plan = Versions du plan et historique des étapes
retention-kind-appointments = Rendez-vous
retention-kind-consents = Consentements
retention-kind-referrals = Orientations et leurs messages
retention-kind-volunteer-tasks = Tâches et comptes rendus des bénévoles
retention-kind-portal-access = Accès au portail et sessions du portail
retention-kind-correction-requests = Demandes de correction envoyées depuis le portail
retention-kind-structural-issue-links = Liens entre problèmes structurels et dossiers
retention-kind-staff-sessions = Sessions et tentatives de connexion du personnel
retention-kind-audit-log = Journal des accès aux données
retention-start-case-closed = le dernier dossier de la personne est clos
retention-start-consent-ended = le consentement est révoqué ou a expiré
retention-start-referral-closed = l’orientation est terminée, refusée ou retirée
retention-start-task-finished = la tâche est faite ou annulée
retention-start-portal-access-ended = l’accès au portail est terminé ou bloqué
retention-start-request-answered = la demande a reçu une réponse
retention-start-session-ended = la session se termine (déconnexion ou expiration) ou la tentative de connexion a eu lieu
retention-start-entry-written = l’entrée a été écrite

# Handing over a caseload (administrators)
handover-title = Transférer des dossiers
handover-link = Transférer des dossiers
handover-counts = Dossiers ouverts : { $open } · Dossiers clos : { $closed }
handover-none = Cette personne n’est responsable d’aucun dossier.
handover-cases = Dossiers de cette personne
handover-cases-hint = Les dossiers cochés vont à la collègue ou au collègue que vous choisissez ci-dessous. Pour répartir des dossiers entre plusieurs personnes, transférez-les l’un après l’autre.
handover-col-hand-over = Transférer
handover-col-case = Numéro du dossier
handover-col-opened = Ouvert le
handover-col-updated = Dernière modification
handover-case-label = Transférer le dossier { $case }
handover-to = Transférer à
handover-colleague = { $name } (dossiers ouverts : { $open })
handover-no-colleague = Cette organisation n’a pas d’autre gestionnaire de cas actif. Créez d’abord un compte.
handover-submit = Transférer les dossiers cochés
handover-done = Transfert effectué. Nombre de dossiers : { $number }
handover-deactivate-later = Vous pourrez désactiver le compte lorsqu’il ne restera plus aucun dossier ouvert.
handover-deactivate-now = Cette personne n’est plus responsable d’aucun dossier ouvert. Vous pouvez désactiver le compte maintenant.
handover-deactivated = Le compte est désactivé.
error-deactivate-open-cases = Cette personne est encore responsable de dossiers ouverts. Transférez d’abord les dossiers (« Transférer des dossiers »).
error-handover-colleague = Veuillez choisir une ou un gestionnaire de cas actif de la même organisation.
error-handover-no-case = Veuillez cocher au moins un dossier.
error-handover-changed = Certains de ces dossiers ont été modifiés entre-temps. Rechargez la page et réessayez.
audit-action-handover = Transféré
audit-action-erase = Effacé (demande d’effacement)
audit-action-refuse = Refusé
erasure-title = Effacement des données
erasure-requested-portal = La personne a demandé le { $date } dans le portail l’effacement de ses données.
erasure-recorded-by = Demande d’effacement de la personne, enregistrée par { $name } le { $date }.
erasure-refused-on = Demande refusée le { $date } par { $name } :
erasure-erased-on = Données effacées le { $date } par { $name }.
erasure-record = Enregistrer une demande d’effacement
erasure-record-hint = La personne a demandé, en personne ou par écrit, que ses données soient effacées. La demande apparaît aussi chez la déléguée ou le délégué à la protection des données.
erasure-record-submit = Enregistrer la demande
erasure-erase-warning = L’effacement supprime les données de la personne, ses dossiers, plans, consentements, orientations, tâches et son accès au portail. C’est irréversible. Le journal est conservé, sans nommer la personne ; les chiffres du programme restent anonymes.
erasure-confirm = J’ai vérifié : aucune obligation de conservation ne s’oppose à l’effacement.
erasure-erase = Effacer toutes les données maintenant
erasure-refuse = Refuser la demande
field-erasure-refusal = Motif du refus (la personne le lit dans le portail)
erasure-done = Les données de la personne ont été effacées.
erasure-requests-title = Demandes d’effacement
erasure-requests-intro = Demandes de personnes de votre organisation visant à effacer leurs données : depuis le portail ou enregistrées par les gestionnaires de cas. Vous décidez ici, ou la ou le gestionnaire de cas le fait dans le dossier de la personne.
erasure-requests-none = Aucune demande d’effacement n’est en attente pour le moment.
erasure-requests-decided = Décidées récemment
erasure-client-number = Personne n° { $number }
erasure-client-erased = Personne effacée
nav-erasure-requests = Demandes d’effacement
nav-erasure-requests-hint = Demandes d’effacement (art. 17 RGPD) : effacer, ou refuser avec un motif.
follow-up-portal-erasure = Effacement des données demandé dans le portail
error-erasure-confirm = Veuillez cocher la case pour confirmer qu’aucune obligation de conservation ne s’y oppose.
error-erasure-held = Une limitation du traitement est en vigueur pour cette personne. Mettez-y d’abord fin, ou refusez la demande.
error-erasure-decided = Cette demande a déjà fait l’objet d’une décision.
portal-erasure-title = Faire effacer mes données
portal-erasure-intro = Vous pouvez demander que toutes vos données soient effacées. Votre gestionnaire de cas et la déléguée ou le délégué à la protection des données en décident. Une fois vos données effacées, votre plan n’existe plus et vous ne pouvez plus vous connecter ici.
portal-erasure-ask = Demander l’effacement
portal-erasure-sent = Votre demande a été envoyée.
portal-erasure-open = Vous avez demandé l’effacement le { $date }. La décision n’a pas encore été prise.
portal-erasure-refused = Votre demande d’effacement a été refusée le { $date }. Le motif :
portal-erasure-refusal-still-needed = Vos données sont encore nécessaires pour votre dossier en cours.
portal-erasure-refusal-legal-duty = Une loi nous oblige à conserver ces données encore quelque temps.
portal-erasure-refusal-legal-claims = Les données sont nécessaires pour une procédure juridique.

## Merging two records of one person
merge-section-title = Enregistrée deux fois ?
merge-section-hint = Si la même personne a été enregistrée deux fois, par exemple avec des orthographes différentes, fusionnez les deux fiches.
merge-find = Rechercher une fiche en double et la fusionner
merge-merged-from = La fiche n° { $number } ({ $name }) a été fusionnée avec cette fiche le { $date } par { $by }.
merge-taken = Repris de celle-ci : { $parts }.
merge-part-name = Nom
merge-part-latin = Nom en alphabet latin
merge-part-birth = Date de naissance
merge-part-language = Langue préférée
merge-part-interpreter = Interprétariat
merge-part-phone = Téléphone
merge-part-email = E-mail
merge-part-address = Adresse et arrondissement
merge-part-residence = Séjour et prestations
merge-title = Fusionner des fiches
merge-back = Retour à la fiche
merge-intro = Ces fiches pourraient concerner la même personne. Choisissez-en une pour la comparer, ou recherchez un autre nom.
merge-search-label = Nom
merge-search = Rechercher
merge-none-found = Aucune autre fiche trouvée à ce nom.
merge-candidates = Fiches peut-être en double
merge-col-number = N°
merge-compare = Comparer
merge-count-cases = Dossiers
merge-count-household = Ménage
merge-count-consents = Consentements
merge-count-referrals = Orientations
merge-side-portal = Accès au portail
merge-record = Fiche n° { $number }
merge-compare-intro = Choisissez la fiche qui est conservée et la valeur qui s’applique pour chaque information. Tout ce qui est rattaché à l’autre fiche passe à la fiche conservée.
merge-keep = Cette fiche est conservée
merge-parts-hint = Quelle valeur s’applique ?
merge-parts-same = Les informations identiques dans les deux fiches ne sont pas affichées.
merge-warning = L’autre fiche est supprimée. Ses dossiers avec leurs plans, le ménage, les notes, les consentements, les orientations, les tâches et les entrées du journal passent à la fiche conservée. Son accès au portail prend fin ; si nécessaire, la personne reçoit une nouvelle lettre d’accès. C’est irréversible.
merge-submit = Fusionner les fiches
merge-done = Les fiches ont été fusionnées.
error-merge-same = Une fiche ne peut pas être fusionnée avec elle-même.
error-merge-changed = L’une des deux fiches a été modifiée entre-temps. Veuillez les comparer à nouveau.
error-merge-held = Une limitation du traitement est en vigueur pour l’une des deux fiches. Mettez-y d’abord fin.
audit-action-merge = Fusionné

## Sign-in security: second factor, sessions (issue 18)
account-password-title = Mot de passe
second-factor-title = Second facteur
second-factor-app-since = Vous vous connectez avec votre mot de passe et une application d’authentification (configurée le { $date }).
second-factor-none = Vous vous connectez uniquement avec votre mot de passe. Un second facteur protège votre compte si quelqu’un apprend votre mot de passe.
second-factor-required-here = Votre organisation exige un second facteur.
second-factor-begin = Configurer une application d’authentification
second-factor-new-phone = Configurer l’application d’authentification sur un nouveau téléphone
second-factor-scan = Scannez ce code QR avec votre application d’authentification.
second-factor-qr-label = Code QR pour l’application d’authentification
second-factor-type-secret = Ou saisissez cette clé dans l’application :
second-factor-app-code = Code à six chiffres de l’application
second-factor-confirm = Confirmer
second-factor-cancel = Annuler la configuration
second-factor-app-set-up = L’application d’authentification est configurée. Créez maintenant des codes de récupération, au cas où vous n’auriez pas votre téléphone sur vous.
second-factor-app-removed = Le second facteur a été supprimé.
second-factor-remove = Supprimer le second facteur
second-factor-remove-hint = Vous vous connecterez ensuite uniquement avec votre mot de passe. Confirmez avec votre mot de passe actuel.
recovery-codes-title = Codes de récupération
recovery-codes-left = { $count ->
    [0] Vous n’avez aucun code de récupération inutilisé.
    [one] Il vous reste un code de récupération inutilisé.
    [many] Il vous reste { $count } de codes de récupération inutilisés.
   *[other] Il vous reste { $count } codes de récupération inutilisés.
}
recovery-codes-hint = Un code de récupération vous permet de vous connecter lorsque vous n’avez pas votre téléphone sur vous. Chaque code n’est valable qu’une fois.
recovery-codes-create = Créer de nouveaux codes de récupération
recovery-codes-once = Notez ces codes ou imprimez-les maintenant, et conservez-les en lieu sûr. Ils ne sont affichés que cette seule fois. Les codes précédents ne sont plus valables.
sessions-title = Vos sessions
sessions-intro = Vous voyez ici où vous êtes connecté. Fermez les sessions que vous ne reconnaissez pas, puis modifiez votre mot de passe.
sessions-browser-unknown = Navigateur inconnu
sessions-browser-on = { $browser } sous { $system }
sessions-details = Connexion : { $started } · Dernière activité : { $seen }
sessions-this-one = Cette session
sessions-end = Fermer la session
sessions-end-others = Fermer toutes les autres sessions
sessions-ended-one = La session a été fermée.
sessions-ended-others = Toutes les autres sessions ont été fermées.
sign-in-method-password = Connexion avec mot de passe
sign-in-method-password-and-app = Connexion avec mot de passe et application d’authentification
sign-in-method-password-and-recovery-code = Connexion avec mot de passe et code de récupération
second-factor-sign-in-title = Confirmer la connexion
second-factor-sign-in-intro = Saisissez le code que votre application d’authentification affiche maintenant.
second-factor-code = Code
second-factor-code-hint = Sans téléphone : saisissez l’un de vos codes de récupération.
second-factor-set-up-title = Configurer un second facteur
second-factor-set-up-intro = Votre organisation exige un second facteur pour la connexion. Configurez une application d’authentification, par exemple sur votre téléphone professionnel. Vous pourrez ensuite continuer.
error-second-factor-not-started = Commencez d’abord la configuration de l’application d’authentification.
error-second-factor-code-wrong = Le code est incorrect. Saisissez le code que l’application affiche maintenant.
error-second-factor-not-set-up = Configurez d’abord une application d’authentification.
error-second-factor-required-by-organisation = Votre organisation exige un second facteur. Vous ne pouvez pas le supprimer.
nav-second-factors = Second facteur
nav-second-factors-hint = Voir qui se connecte avec un second facteur ; l’exiger par organisation ; le réinitialiser.
second-factors-title = Second facteur à la connexion
second-factors-intro = Par organisation : si elle exige un second facteur et qui en a configuré un. Les personnes qui n’en ont pas le configurent à leur prochaine connexion, dès que leur organisation l’exige.
second-factors-required = Second facteur exigé
second-factors-optional = Second facteur facultatif
second-factors-require = Exiger
second-factors-waive = Ne plus exiger
second-factors-without = { $count ->
    [0] Tous les comptes actifs ont un second facteur.
    [one] Un compte actif n’a pas de second facteur.
    [many] { $count } de comptes actifs n’ont pas de second facteur.
   *[other] { $count } comptes actifs n’ont pas de second facteur.
}
second-factors-app = Application d’authentification
second-factors-recovery-codes = Codes de récupération
second-factors-actions = Actions
second-factors-yes = Configuré
second-factors-none = Aucun
second-factors-reset = Réinitialiser
second-factors-reset-for = Réinitialiser le second facteur de { $name }
second-factors-reset-done = Le second facteur a été réinitialisé. Les sessions du compte ont été fermées.
audit-action-set-up-second-factor = Second facteur configuré
audit-action-remove-second-factor = Second facteur supprimé
audit-action-new-recovery-codes = Nouveaux codes de récupération
audit-action-reset-second-factor = Second facteur réinitialisé
audit-action-require-second-factor = Second facteur exigé
audit-action-waive-second-factor = Le second facteur n’est plus exigé

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = Connexion via le service d’authentification de l’organisation
error-sign-in-through-provider = Votre organisation se connecte via son service d’authentification. Veuillez choisir votre organisation ci-dessous.
error-provider-issuer = Veuillez indiquer l’adresse du service d’authentification, commençant par https://.
error-provider-unreachable = Aucun service d’authentification OpenID Connect ne répond à cette adresse. Veuillez vérifier l’adresse.
sign-in-provider-title = Se connecter avec le compte de votre organisation
sign-in-provider-link = Se connecter via { $organisation }
sign-in-provider-not-configured = Aucune connexion via un service d’authentification n’est configurée pour cette organisation.
sign-in-provider-unreachable = Le service d’authentification n’est pas accessible pour le moment. Veuillez réessayer plus tard.
sign-in-provider-cancelled = La connexion auprès du service d’authentification a été annulée.
sign-in-provider-failed = La connexion n’a pas pu être vérifiée. Veuillez recommencer.
sign-in-provider-no-account = Il n’existe pas de compte Lotse pour vous. Veuillez vous adresser à l’administration.
sign-in-provider-unverified = Le service d’authentification ne confirme pas votre adresse e-mail. Veuillez vous adresser à l’administration.
sign-in-provider-deactivated = Votre compte est désactivé. Veuillez vous adresser à l’administration.
sign-in-provider-signed-out = Vous êtes déconnecté de Lotse. Vous êtes peut-être encore connecté au service d’authentification de { $organisation }.
sign-in-provider-sign-out = Se déconnecter aussi du service d’authentification
nav-sign-in-providers = Services d’authentification
nav-sign-in-providers-hint = Configurer la connexion via le service d’authentification d’une organisation (authentification unique).
providers-title = Services d’authentification (authentification unique)
providers-intro = Par organisation : son personnel se connecte-t-il via un service d’authentification OpenID Connect, par exemple celui de la ville ? Vous continuez à créer les comptes vous-même. À la première connexion, le compte est associé grâce à l’adresse e-mail confirmée. Les administratrices et administrateurs continuent de se connecter avec leur mot de passe.
providers-return-address = Adresse de retour pour l’enregistrement auprès du service d’authentification :
providers-saved = Le service d’authentification a été enregistré.
providers-removed = Le service d’authentification a été supprimé. Le personnel se connecte de nouveau avec son mot de passe.
providers-none = Aucun service d’authentification : connexion avec mot de passe.
providers-disabled = Service d’authentification configuré mais désactivé : connexion avec mot de passe.
providers-in-use = { $count ->
    [one] Connexion via le service d’authentification. { $count } compte est associé.
    [many] Connexion via le service d’authentification. { $count } de comptes sont associés.
   *[other] Connexion via le service d’authentification. { $count } comptes sont associés.
}
providers-offers-sign-out = Le service d’authentification propose une déconnexion ; Lotse l’affiche après la déconnexion.
providers-issuer = Adresse (issuer)
providers-issuer-hint = Lotse y lit /.well-known/openid-configuration.
providers-client-id = Client ID
providers-client-secret = Secret client
providers-client-secret-hint = Attribué par le service d’authentification.
providers-client-secret-keep = Laisser vide pour conserver le secret enregistré.
providers-subject-claim = Attribut qui désigne une personne (claim)
providers-subject-claim-hint = Généralement « sub ». Ne le modifiez que si le service informatique de la ville le demande.
providers-enabled = Activer la connexion via ce service
providers-save = Enregistrer
providers-remove = Supprimer le service d’authentification
audit-action-configure-sign-in-provider = Service d’authentification configuré
audit-action-remove-sign-in-provider = Service d’authentification supprimé
providers-settings = Configurer ou modifier le service d’authentification
account-through-provider = Vous vous connectez par le service d’authentification de votre organisation. Votre organisation y gère votre mot de passe et votre second facteur.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = Clés d’accès
passkeys-intro = Une clé d’accès confirme votre connexion avec cet appareil : avec votre empreinte digitale, votre visage, le PIN de l’appareil ou une clé de sécurité. Elle remplace le code de l’application.
passkeys-none = Vous n’avez pas encore de clé d’accès.
passkey-details = Ajoutée le { $added }. Dernière utilisation : { $used }
passkey-never-used = jamais
passkey-remove = Supprimer
passkey-remove-named = Supprimer la clé d’accès { $name }
passkey-name = Nom de la clé d’accès
passkey-name-hint = Pour que vous la reconnaissiez, par exemple « Ordinateur portable du bureau » ou « Clé de sécurité ».
passkey-add = Ajouter une clé d’accès
passkey-waiting = Votre appareil vous demande maintenant la clé d’accès.
passkey-sign-in = Se connecter avec une clé d’accès
passkey-sign-in-intro = Confirmez la connexion avec votre clé d’accès.
passkey-or-code = Ou saisissez un code :
passkey-set-up-intro = Ou ajoutez une clé d’accès si cet appareil dispose d’un lecteur d’empreintes digitales, de la reconnaissance faciale ou d’une clé de sécurité :
passkey-unsupported = Ce navigateur ne peut pas utiliser de clés d’accès. Utilisez un navigateur récent ou l’application d’authentification.
passkey-cancelled = La clé d’accès n’a pas été utilisée (annulation ou délai dépassé). Veuillez réessayer.
passkey-known = Cet appareil a déjà une clé d’accès pour votre compte.
passkey-elsewhere = Les clés d’accès ne fonctionnent qu’à l’adresse { $address }.
passkey-elsewhere-link = Ouvrir Lotse à cette adresse
passkey-added = La clé d’accès a été ajoutée. Créez des codes de récupération si vous n’en avez pas encore.
passkey-removed = La clé d’accès a été supprimée.
error-passkey-failed = La clé d’accès n’a pas pu être confirmée. Veuillez réessayer.
error-passkey-expired = La demande a expiré. Veuillez réessayer.
error-passkey-none = Il n’y a pas de clé d’accès pour votre compte.
error-passkey-name-required = Donnez un nom à la clé d’accès.
error-passkey-name-too-long = Le nom ne doit pas dépasser 60 caractères.
sign-in-method-password-and-passkey = Connexion avec mot de passe et clé d’accès
second-factors-passkeys = Clés d’accès
audit-action-add-passkey = Clé d’accès ajoutée
audit-action-remove-passkey = Clé d’accès supprimée
second-factor-remove-app = Supprimer l’application d’authentification
second-factor-remove-app-hint = Vos clés d’accès et vos codes de récupération sont conservés ; vous continuez à confirmer votre connexion avec eux. Confirmez avec votre mot de passe actuel.
second-factor-app-only-removed = L’application d’authentification a été supprimée. Vos clés d’accès sont conservées.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = E-mails sortants
nav-outbox-hint = Les e-mails que Lotse a écrits, ceux qui ont été envoyés et ceux qui ne l’ont pas été.
outbox-title = E-mails sortants
outbox-intro = Chaque e-mail que Lotse écrit apparaît d’abord ici. Les e-mails ne contiennent aucune donnée de clientes ou de clients, seulement un lien vers Lotse.
outbox-smtp-configured = Un serveur de messagerie est configuré : les e-mails en attente sont envoyés en quelques secondes. Si une tentative échoue, Lotse réessaie plus tard.
outbox-no-smtp = Aucun serveur de messagerie n’est configuré (LOTSE_SMTP_URL) : les e-mails ne sont pas envoyés. Ils restent ici et peuvent être lus.
outbox-counts = En attente : { $waiting } · Envoyés : { $sent } · Échecs : { $failed }
outbox-empty = Pas encore d’e-mails.
outbox-to = À
outbox-written = Écrit le
outbox-state = État
outbox-state-waiting = En attente d’envoi
outbox-state-sent = Envoyé le { $time }
outbox-state-failed = Échec ; nombre de tentatives : { $attempts }
outbox-state-retrying = Tentatives échouées : { $attempts } ; prochaine tentative le { $time }
outbox-last-error = Réponse du serveur de messagerie
outbox-read = Lire l’e-mail
mail-settings-title = Notifications par e-mail
mail-settings-intro = Lotse vous écrit à { $email } lorsque quelque chose vous concerne. Les e-mails ne contiennent aucune donnée de clientes ou de clients, seulement un lien. Choisissez pour chaque type : immédiatement, regroupés une fois par jour ou jamais.
mail-settings-language = Langue des e-mails
mail-settings-save = Enregistrer les paramètres
mail-settings-saved = Les paramètres d’e-mail sont enregistrés.
notify-kind-new-referral = Nouvelle orientation vers votre organisation
notify-kind-referral-overdue = Orientation dont le délai de réponse est dépassé
notify-kind-correction-requested = Une cliente ou un client demande une correction
notify-kind-consent-revoked = Une cliente ou un client a retiré un consentement
notify-kind-volunteer-problem = Une ou un bénévole signale un problème
delivery-now = Immédiatement
delivery-daily = Regroupés chaque jour
delivery-never = Jamais
mail-new-referral-subject = Nouvelle orientation vers { $organisation }
mail-new-referral-body = Une nouvelle orientation pour { $organisation } est arrivée dans Lotse. Veuillez répondre avant la fin du délai de réponse :
    { $link }
mail-referral-overdue-subject = Une orientation attend au-delà du délai de réponse
mail-referral-overdue-body = Une orientation a dépassé son délai de réponse et n’a pas encore reçu de réponse :
    { $link }
mail-correction-requested-subject = Demande de correction
mail-correction-requested-body = Une cliente ou un client de l’un de vos dossiers demande une correction dans le portail. Vous trouverez la demande dans Lotse :
    { $link }
mail-consent-revoked-subject = Un consentement a été retiré
mail-consent-revoked-body = Une cliente ou un client de l’un de vos dossiers a retiré un consentement dans le portail. Plus d’informations dans Lotse :
    { $link }
mail-volunteer-problem-subject = Une ou un bénévole signale un problème
mail-volunteer-problem-body = Un problème a été signalé pour une tâche dans l’un de vos dossiers. Plus d’informations dans Lotse :
    { $link }
mail-digest-subject = Lotse : { $count ->
        [one] { $count } nouveauté
        [many] { $count } de nouveautés
       *[other] { $count } nouveautés
    }
mail-digest-intro = { $count ->
        [one] Depuis le dernier résumé, il y a { $count } nouveauté pour vous :
        [many] Depuis le dernier résumé, il y a { $count } de nouveautés pour vous :
       *[other] Depuis le dernier résumé, il y a { $count } nouveautés pour vous :
    }
mail-footer = Cet e-mail ne contient aucune donnée de clientes ou de clients. Vous choisissez les e-mails que vous recevez sous « Mon compte » : { $settings }

external-title = Orientation vers votre organisation
external-tagline = Orientations pour les partenaires
external-gone = Il n’y a (plus) rien à voir par ce lien : il a expiré ou a été retiré, ou l’orientation est close. Veuillez vous adresser à la personne qui vous a envoyé l’orientation.
external-for = Pour : { $organisation }
external-code-intro = Pour protéger les données, ce lien n’affiche rien tant que vous n’avez pas saisi un code à usage unique. Nous l’envoyons à votre adresse dans un deuxième e-mail.
external-send-code = Envoyer le code par e-mail
external-send-code-again = Envoyer un nouveau code
external-code-sent = Le code est en route. Il est valable 15 minutes.
external-code = Code à usage unique reçu par e-mail
external-open = Ouvrir l’orientation
external-referral-title = Orientation
external-audited = Chaque consultation de cette page est enregistrée. La personne orientée peut voir quand votre organisation a consulté ses données.
external-link-title = Lien pour l’organisation partenaire
external-link-explained = Cette organisation n’a pas de compte dans Lotse. Sa personne de contact a reçu un lien par e-mail et l’ouvre avec un code à usage unique.
external-contact = Personne de contact
external-link-state = Lien
external-link-active = valable
external-link-expired = expiré
external-link-withdrawn = retiré
external-link-until = Valable jusqu’au
external-link-last-viewed = Dernière ouverture
external-link-never-viewed = jamais
external-link-renew = Prolonger de 14 jours
external-link-withdraw = Retirer le lien
external-link-renewed = Le lien est de nouveau valable 14 jours.
external-link-withdrawn-done = Le lien est retiré. À partir de maintenant, il n’affiche plus rien.
organisations-external-contact = Personne de contact (sans compte)
organisations-has-accounts = avec des comptes dans Lotse
organisations-external-new = Créer une organisation partenaire sans comptes
organisations-external-explained = Pour les partenaires qui ne travaillent pas dans Lotse (par exemple des chambres consulaires ou de petites associations) : les orientations sont envoyées à la personne de contact sous forme de lien par e-mail.
organisations-contact-name = Nom de la personne de contact
organisations-contact-email = Adresse e-mail de la personne de contact
organisations-contact-language = Langue des e-mails
organisations-external-create = Créer l’organisation partenaire
organisations-external-created = L’organisation partenaire est créée.
error-external-no-contact = Cette organisation n’a pas de personne de contact pour les orientations.
error-external-link-gone = Ce lien n’affiche plus rien. Veuillez vous adresser à la personne qui vous a envoyé l’orientation.
error-external-code-again = Votre session a expiré. Veuillez demander un nouveau code et le saisir.
error-external-code-limit = Trop de codes ont été envoyés au cours de la dernière heure. Veuillez réessayer plus tard.
error-external-code-expired = Ce code n’est plus valable. Veuillez en demander un nouveau.
error-external-code-wrong = Le code est incorrect. Veuillez le vérifier.
error-external-no-link = Cette orientation n’a pas de lien valable.
mail-external-referral-subject = Nouvelle orientation de la part de { $sender }
mail-external-referral-body = { $sender } a envoyé à votre organisation une orientation dans le cadre de la gestion municipale de l’intégration. Pour protéger les données, cet e-mail ne dit rien sur la personne. Vous trouverez l’orientation ici :
    { $link }
    À l’ouverture, nous vous demanderons un code à usage unique, que nous vous enverrons dans un deuxième e-mail. Le lien est valable jusqu’au { $expires }.
mail-external-code-subject = Votre code à usage unique pour Lotse
mail-external-code-body = Votre code à usage unique : { $code }
    Il est valable 15 minutes. Si vous n’avez pas demandé de code, vous pouvez supprimer cet e-mail.
portal-reminders-title = Rappel par e-mail
portal-reminders-explained = La veille d’un rendez-vous, nous vous envoyons un e-mail avec la date et l’heure. Il ne contient rien d’autre. Vous voyez les détails ici, dans le portail.
portal-reminders-to = À : { $email }
portal-reminders-no-email = Aucune adresse e-mail n’est enregistrée pour vous. Votre gestionnaire de cas peut l’ajouter.
portal-reminders-on = Oui, je veux des rappels
portal-reminders-off = Ne plus recevoir de rappels
portal-reminders-are-on = Vous recevez des rappels par e-mail.
portal-reminders-are-off = Vous ne recevez pas de rappels par e-mail.
mail-appointment-reminder-subject = Rappel : vous avez un rendez-vous demain
mail-appointment-reminder-body = Vous avez un rendez-vous demain, le { $date }, à { $time }. Vous trouverez les détails dans le portail :
    { $link }
mail-appointment-reminder-body-day = Vous avez un rendez-vous demain, le { $date }. Vous trouverez les détails dans le portail :
    { $link }
mail-appointment-reminder-footer = Vous recevez ce rappel parce que vous l’avez activé dans le portail. Vous pouvez aussi le désactiver à cet endroit.
