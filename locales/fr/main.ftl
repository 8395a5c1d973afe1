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
start-more-soon = D’autres rubriques suivront dans les prochaines versions.

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
error-throttled = Trop de tentatives de connexion échouées. Veuillez réessayer dans { $minutes } minutes.
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
field-interpreter-language = Langue de l’interprétariat (ISO-639-3-Code)
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
language-picker-hint = Saisissez le nom allemand, le nom de la langue dans cette langue ou le code ISO-639-3.
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
