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
