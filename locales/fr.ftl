# Réglages de Headset : français (vouvoiement).

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Réessayer
common-cancel = Annuler
common-copy = Copier
common-loading = Chargement…
common-saving = Enregistrement…
common-checking = Vérification…
common-signing-out = Déconnexion…
error-fallback = Un problème est survenu. Veuillez réessayer.

## Availability statuses and roles

status-online = En ligne
status-busy = Occupé
status-offline = Hors ligne
role-agent = Agent
role-administrator = Administrateur

## App

app-connecting = Connexion à { -headset }…
app-title = Paramètres de { -headset }

## SignIn

signin-title = Se connecter à { -headset }
signin-lead-code = Saisissez le code à { $digits } chiffres de votre application d’authentification.
signin-lead-token = Collez le jeton d’accès indiqué dans les paramètres de votre profil, sur le tableau de bord web.
signin-lead-password = Utilisez l’adresse et le compte de votre serveur { -chatwoot }.
signin-server = Adresse du serveur
signin-email = E-mail
signin-password = Mot de passe
signin-backup-code = Code de secours
signin-auth-code = Code d’authentification
signin-use-backup-code = J’utilise un code de secours
signin-token = Jeton d’accès
signin-signing-in = Connexion…
signin-verify = Vérifier
signin-submit = Se connecter
signin-use-token = Se connecter plutôt avec un jeton d’accès
signin-use-password = Se connecter plutôt avec l’e-mail et le mot de passe
signin-forgot = Mot de passe oublié ?
signin-reset-title = Réinitialiser le mot de passe
signin-reset-lead = Saisissez l’adresse e-mail de votre compte : votre serveur vous enverra un lien pour définir un nouveau mot de passe.
signin-reset-submit = Envoyer le lien
signin-reset-sending = Envoi…
signin-reset-back = Retour à la connexion
signin-reset-sent = Si un compte existe pour { $email }, nous avons envoyé un lien pour réinitialiser le mot de passe.
signin-reset-error-email = Saisissez l’adresse e-mail de votre compte.
signin-network = Paramètres de connexion
signin-network-lead = Pour un serveur auto-hébergé qui utilise les certificats de votre entreprise ou qui est joint via un proxy. Ces paramètres sont propres à cet ordinateur.

## ProfileSummary

summary-connected = Connecté
summary-reconnecting = Reconnexion dans { $seconds } s ({ $reason })
summary-connecting = Connexion…
summary-not-connected = Non connecté
summary-live = Mises à jour en direct
summary-unread = Notifications non lues
summary-sign-out = Se déconnecter
menu-button =
    .aria-label = Menu du compte
menu-open-dashboard = Ouvrir le tableau de bord
menu-billing = Facturation et utilisation
menu-switch-account = Changer de compte
summary-active-account = Compte actif : { $account }
summary-switching-account = Changement de compte…

## GeneralSection

general-title = Général
general-lead = Le fonctionnement de { -headset } sur cet ordinateur.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = Lancer { -headset } à l’ouverture de ma session
launch-banner-question = Lancer { -headset } à l’ouverture de votre session, pour continuer à recevoir les alertes ?
launch-banner-yes = Oui
launch-banner-not-now = Pas maintenant

## StatusSwitcher

status-legend = Statut

## Settings

settings-nav =
    .aria-label = Paramètres
settings-tabs =
    .aria-label = Sections des paramètres
settings-app-name = { -headset }
settings-section-general = Général
settings-section-profile = Profil
settings-section-social = Réseaux sociaux
settings-section-region = Langue et région
settings-section-notifications = Notifications
settings-section-availability = Disponibilité
settings-section-segments = Segments
settings-section-channels = Canaux
settings-section-team = Équipe
settings-section-security = Sécurité
settings-section-network = Connexion
settings-section-diagnostics = Diagnostic
settings-pending-edits =
    { $count ->
        [one] { $count } modification en attente de synchronisation
       *[other] { $count } modifications en attente de synchronisation
    }

## FormFooter

form-saving = Enregistrement…
form-pending = En attente du serveur…
form-saved = Votre profil a été mis à jour avec succès
form-not-saved-field = Non enregistré : vérifiez le champ en surbrillance.
form-pending-detail = Enregistré sur cet ordinateur — sera synchronisé quand le serveur sera joignable.
form-pending-detail-retry = Enregistré sur cet ordinateur — sera synchronisé quand le serveur sera joignable (prochain essai dans { $seconds } s).
form-save = Enregistrer

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Profil
profile-lead = Comment votre équipe et vos clients vous voient.
profile-name = Nom complet
profile-display-name = Nom affiché
profile-display-name-hint = Montré aux clients à la place de votre nom complet.
profile-email = E-mail
profile-email-hint = Votre adresse e-mail ne peut pas être modifiée ici. Demandez à un administrateur de votre compte de la changer.
profile-job-title = Poste
    .placeholder = Responsable support
profile-about = À propos
profile-phone = Téléphone
profile-phone-hint = Format international, par exemple { $example }.
profile-signature = Signature des messages
profile-signature-hint = Ajoutée aux réponses que vous envoyez quand la signature est activée.
profile-error-name = Saisissez votre nom.

## ProfileFacts

profile-facts-title = Compte
profile-facts-company = Entreprise
profile-facts-role = Rôle
profile-facts-created = Membre depuis
profile-facts-last-sign-in = Dernière connexion
profile-facts-updated = Profil mis à jour

## Rules

rules-phone = Saisissez le numéro au format international, par exemple { $example }.
rules-https = « { $address } » n’est pas une adresse https://
rules-length =
    { $max ->
        [one] { $max } caractère au maximum (il y en a { $count }).
       *[other] { $max } caractères au maximum (il y en a { $count }).
    }
rules-idle-minutes = Saisissez un nombre entier de minutes entre { $min } et { $max }.

## SocialSection

social-title = Réseaux sociaux
social-lead = Affichés sur votre fiche de profil. Utilisez des adresses https:// complètes ; laissez un champ vide pour le retirer.
social-website = Site web

## RegionSection

region-title = Langue et région
region-lead = La langue de { -headset } et de { -chatwoot }, et la façon dont les heures et les montants vous sont présentés.
region-language = Langue
region-account-default = Par défaut du compte
region-language-hint = « Par défaut du compte » suit la langue choisie par votre administrateur.
region-timezone = Fuseau horaire
region-timezone-filter =
    .placeholder = Filtrer les fuseaux horaires
    .aria-label = Filtrer les fuseaux horaires
region-not-set = Non défini
region-timezone-count =
    { $count ->
        [one] { $count } fuseau horaire
       *[other] { $count } fuseaux horaires
    }
region-timezone-count-here =
    { $count ->
        [one] { $count } fuseau horaire · cet ordinateur : { $zone }
       *[other] { $count } fuseaux horaires · cet ordinateur : { $zone }
    }
region-currency = Devise

## AwayForm

away-title = Quand vous vous absentez
away-lead = { -headset } détecte le verrouillage de votre écran et rétablit votre statut à votre retour.
away-on-lock = Changer mon statut pendant que mon écran est verrouillé
away-status = Statut pendant l’absence
away-status-busy = Occupé : aucun son, seulement les attributions et les mentions
away-status-offline = Hors ligne : rien de nouveau ne m’est attribué
away-idle =
    { $minutes ->
        [one] Aussi quand je suis inactif pendant { $minutes } minute
       *[other] Aussi quand je suis inactif pendant { $minutes } minutes
    }
away-idle-minutes =
    .aria-label = Minutes d’inactivité
away-idle-hint = Inactif : sans utiliser le clavier ni la souris. De { $min } à { $max } minutes.

## Weekdays

day-mon = lundi
day-tue = mardi
day-wed = mercredi
day-thu = jeudi
day-fri = vendredi
day-sat = samedi
day-sun = dimanche

## Availability now line and checks

availability-now-any-time = Disponible à tout moment
availability-now-no-hours = Aucun horaire défini : { -headset } retient les alertes toute la semaine
availability-now-until-time = Disponible maintenant, jusqu’à { $time } ({ $zone })
availability-now-until-midnight = Disponible maintenant, jusqu’à minuit ({ $zone })
availability-now-until-day = Disponible maintenant, jusqu’à { $day } { $time } ({ $zone })
availability-now-until-next-week = Disponible maintenant, jusqu’à { $day } prochain { $time } ({ $zone })
availability-now-round-the-clock = Disponible maintenant, 24 h/24 ({ $zone })
availability-next-today = Prochaine disponibilité : aujourd’hui { $time } ({ $zone })
availability-next-day = Prochaine disponibilité : { $day } { $time } ({ $zone })
availability-next-next-week = Prochaine disponibilité : { $day } prochain { $time } ({ $zone })
availability-error-start-empty = Saisissez une heure de début.
availability-error-end-empty = Saisissez une heure de fin.
availability-error-start-24 = 24:00 ne peut que terminer une plage.
availability-error-start = « { $value } » n’est pas une heure au format HH:MM.
availability-error-end = « { $value } » n’est pas une heure au format HH:MM (ou 24:00).
availability-error-same = Le début et la fin doivent être différents.
availability-error-overlap = { $day } : { $first } et { $second } se chevauchent.

## AvailabilitySection

availability-title = Disponibilité
availability-lead = Les heures où vous prenez des conversations, et ce que { -headset } retient en dehors.
availability-use-hours = Utiliser des heures de disponibilité
availability-off-hint = { -headset } vous alerte à tout moment.
availability-weekly = Horaires de la semaine
availability-zone-hint = Heures exprimées en { $zone }. Une plage qui finit avant ou à son début se prolonge après minuit.
availability-zone-hint-local = Heures exprimées en { $zone } (le fuseau de cet ordinateur ; choisissez le vôtre dans Langue et région). Une plage qui finit avant ou à son début se prolonge après minuit.
availability-unavailable = Indisponible
availability-interval-start =
    .aria-label = { $day }, plage { $number }, début
availability-interval-end =
    .aria-label = { $day }, plage { $number }, fin
availability-remove = Supprimer
    .aria-label = Supprimer { $day }, plage { $number }
availability-ends-next-day = finit le lendemain
availability-until-midnight = jusqu’à minuit
availability-add = Ajouter une plage
    .aria-label = Ajouter une plage le { $day }
availability-copy = Copier sur tous les jours
    .aria-label = Copier les horaires du { $day } sur tous les jours
availability-hold-back = En dehors de ces heures, retenir
availability-block-desktop = Notifications du bureau
availability-block-sound = Sons
availability-block-email = Notifications par e-mail
availability-block-push = Notifications push
availability-status = Statut
availability-auto-status = Passer mon statut en ligne au début de mes heures et hors ligne à la fin

## NotificationsSection

notifications-title = Notifications
notifications-lead = Quand { -headset } joue un son, à quelle fréquence il affiche les notifications du bureau, et ce que { -chatwoot } vous envoie par e-mail et en push.
notifications-synced = Synchronisé avec votre compte
notifications-this-computer = Son sur cet ordinateur
notifications-sound = Son
notifications-alerts = Jouer un son pour les nouveaux messages dans
notifications-alerts-none = Jamais
notifications-alerts-assigned = Les conversations qui me sont attribuées
notifications-alerts-assigned-unassigned = Les conversations qui me sont attribuées ou non attribuées
notifications-alerts-all = Toutes les conversations
notifications-alerts-custom = Personnalisé ({ $value })
notifications-tone = Tonalité
notifications-tone-ding = Ding
notifications-tone-bell = Cloche
notifications-tone-chime = Carillon
notifications-tone-magic = Magie
notifications-tone-ping = Ping
notifications-volume = Volume
notifications-volume-hint = Sur cet ordinateur uniquement
notifications-test-sound = Tester le son
notifications-repeat = Répéter toutes les { $seconds } s tant qu’une conversation attribuée n’est pas lue
notifications-custom-sound = Son personnalisé
notifications-custom-sound-none = Jouez votre propre son sur cet ordinateur à la place de la tonalité.
notifications-custom-sound-plays = { $name } est joué sur cet ordinateur à la place de la tonalité.
notifications-custom-sound-hint = WAV, MP3, Ogg ou FLAC, jusqu’à { $megabytes } Mo.
notifications-custom-sound-choose = Choisir un son…
notifications-custom-sound-replace = En choisir un autre…
notifications-custom-sound-test = Tester
    .aria-label = Tester le son personnalisé
notifications-custom-sound-remove = Supprimer
    .aria-label = Supprimer le son personnalisé
notifications-custom-sound-error-type = Choisissez un fichier WAV, MP3, Ogg ou FLAC.
notifications-custom-sound-error-size = Ce son dépasse { $megabytes } Mo. Choisissez-en un plus petit.
notifications-custom-sound-error-read = Ce fichier n’a pas pu être lu.
notifications-dashboard-on = Le tableau de bord web joue aussi des sons (pour { $conversations }).
notifications-dashboard-assigned = les conversations qui vous sont attribuées
notifications-dashboard-unassigned = les conversations non attribuées
notifications-dashboard-notme = les conversations attribuées à d’autres
notifications-dashboard-all = toutes les conversations
notifications-dashboard-silence = Rendre le tableau de bord silencieux
notifications-dashboard-off = Le tableau de bord web est silencieux ; seul { -headset } sonne.
notifications-desktop = Notifications du bureau
notifications-show = Les afficher
notifications-instant = Immédiatement
notifications-digest-minutes =
    { $minutes ->
        [one] Un récapitulatif chaque minute
       *[other] Un récapitulatif toutes les { $minutes } minutes
    }
notifications-digest-hour = Un récapitulatif toutes les heures
notifications-email-push = Notifications par e-mail et push
notifications-notify-when = Me prévenir quand
notifications-channel-email = E-mail
notifications-channel-push = Push
notifications-flag =
    .aria-label = { $channel } : { $event }
notifications-kind-conversation-creation = Une nouvelle conversation est créée
notifications-kind-conversation-assignment = Une conversation vous est attribuée
notifications-kind-assigned-conversation-new-message = Un nouveau message arrive dans une conversation qui vous est attribuée
notifications-kind-conversation-mention = Vous êtes mentionné dans une conversation
notifications-kind-participating-conversation-new-message = Un nouveau message arrive dans une conversation à laquelle vous participez
notifications-kind-sla-missed-first-response = SLA non respecté : première réponse
notifications-kind-sla-missed-next-response = SLA non respecté : réponse suivante
notifications-kind-sla-missed-resolution = SLA non respecté : résolution

## ChannelsSection

channels-title = Canaux
channels-lead = Prenez des conversations de ces canaux, jusqu’à un certain nombre à la fois.
channels-empty = Aucun canal pour l’instant. Créez des boîtes de réception dans le tableau de bord web.
channels-take = Prendre des conversations
channels-at-most = Au maximum
channels-capacity-hint = Au maximum : conversations ouvertes à la fois, de { $min } à { $max } ; { $min } = sans limite.
channels-capacity-error = Saisissez un nombre entier entre { $min } et { $max }.

## SegmentsSection

segments-title = Segments
segments-lead = Choisissez les segments de contacts et d’entreprises que vous voulez voir. N’en choisissez aucun pour tout voir.
segments-contact = Segments de contacts
segments-company = Segments d’entreprises
segments-contact-empty = Aucun segment de contacts pour l’instant. Créez-en dans le tableau de bord web.
segments-company-empty = Aucun segment d’entreprises pour l’instant. Créez-en dans le tableau de bord web.
segments-showing-all = Tous affichés
segments-showing = { $count } sur { $total } affichés
segments-contact-gone =
    { $count ->
        [one] Un segment de contacts choisi n’existe plus ; il sera retiré à l’enregistrement.
       *[other] { $count } segments de contacts choisis n’existent plus ; ils seront retirés à l’enregistrement.
    }
segments-company-gone =
    { $count ->
        [one] Un segment d’entreprises choisi n’existe plus ; il sera retiré à l’enregistrement.
       *[other] { $count } segments d’entreprises choisis n’existent plus ; ils seront retirés à l’enregistrement.
    }

## TeamSection

team-title = Équipe
team-lead = Les agents de { $account }, et ce que chacun peut faire.
team-empty = Aucun agent pour l’instant.
team-name = Nom
team-email = E-mail
team-status = Statut
team-role = Rôle
team-you = Vous
team-role-select =
    .aria-label = Rôle de { $name }
    .title = Vous ne pouvez pas changer votre propre rôle. Demandez à un autre administrateur.
team-roles-note = Seuls les administrateurs peuvent changer les rôles.
team-now-administrator = { $name } est maintenant administrateur.
team-now-agent = { $name } est maintenant agent.

## AvatarEditor

avatar-drop =
    .aria-label = Photo de profil : déposez une image ici
avatar-change = Changer la photo…
avatar-add = Ajouter une photo…
avatar-remove = Supprimer la photo
avatar-hint = JPEG, PNG ou WebP. Déposez-en une ici ou choisissez un fichier.
avatar-crop =
    .aria-label = Recadrer votre photo
avatar-preview =
    .aria-label = Aperçu. Faites glisser ou utilisez les flèches pour déplacer l’image.
avatar-zoom = Zoom
avatar-rotate-left = Pivoter à gauche
avatar-rotate-right = Pivoter à droite
avatar-save = Enregistrer la photo
avatar-uploading = Envoi…
    .aria-label = Envoi en cours
avatar-saved = Photo enregistrée.
avatar-error-type = Choisissez une image JPEG, PNG ou WebP.
avatar-error-size = Cette image dépasse { $megabytes } Mo. Choisissez-en une plus petite.
avatar-error-draw = Cette fenêtre ne peut pas dessiner d’images.
avatar-error-make = L’image n’a pas pu être créée.
avatar-error-open = Cette image n’a pas pu être ouverte. Le fichier est peut-être endommagé.

## SecuritySection

security-title = Sécurité
security-lead = Votre mot de passe, la deuxième étape de connexion, les appareils connectés et votre jeton d’API.

## PasswordInput

password-input-show = Afficher
password-input-hide = Masquer

## ChangePassword

password-title = Mot de passe
password-managed = Votre mot de passe est géré par { $provider }.
password-provider-sso = l’authentification unique de votre organisation
password-provider-unknown = votre fournisseur d’identité
password-lead = Le changer vous déconnecte de vos autres appareils.
password-policy-error = Impossible de charger les règles de mot de passe : { $error }
password-current = Mot de passe actuel
    .show = Afficher le mot de passe actuel
password-new = Nouveau mot de passe
    .show = Afficher le nouveau mot de passe
password-confirm = Confirmer le nouveau mot de passe
    .show = Afficher la confirmation du mot de passe
password-strength = Robustesse
password-strength-none = Rien de saisi pour l’instant
password-strength-value = Robustesse : { $level }
password-strength-weak = Faible
password-strength-fair = Moyenne
password-strength-strong = Bonne
password-strength-very-strong = Très bonne
password-rules =
    .aria-label = Exigences du mot de passe
password-rule-met = (fait)
password-rule-unmet = (pas encore)
password-rules-loading = Chargement des règles de mot de passe…
password-rule-length-range = Entre { $min } et { $max } caractères
password-rule-length =
    { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }
password-rule-common = Ni un mot de passe courant, ni votre nom, ni votre e-mail
password-rule-uppercase = Une lettre majuscule
password-rule-digit = Un chiffre (0–9)
password-rule-special = Un caractère spécial, comme ! ? # ou -
password-mismatch = Ne correspond pas au nouveau mot de passe.
password-changed = Mot de passe changé. Vos autres appareils ont été déconnectés.
password-changing = Modification…
password-change = Changer le mot de passe
password-error-current = Saisissez votre mot de passe actuel.

## TwoFactor

mfa-title = Authentification à deux facteurs
mfa-lead = À la connexion, { -headset } demande aussi un code d’une application d’authentification sur votre téléphone.
mfa-unavailable = Ce serveur ne propose pas l’authentification à deux facteurs.
mfa-badge-on = Activée
mfa-on = Votre compte demande un code à la connexion.
mfa-badge-off = Désactivée
mfa-off = Seul votre mot de passe protège votre compte.
mfa-scan = Scannez ce code QR avec votre application d’authentification.
mfa-qr =
    .aria-label = Code QR pour configurer votre application d’authentification
mfa-cant-scan = Impossible de le scanner ? Saisissez plutôt cette clé de configuration :
mfa-copy-key = Copier la clé
mfa-key-copied = Clé de configuration copiée.
mfa-key-copy-failed = Copie impossible : sélectionnez la clé et copiez-la vous-même.
mfa-enter-code = Saisissez le code à { $digits } chiffres affiché par l’application
mfa-turn-on = Activer
mfa-set-up = Configurer
mfa-starting = Démarrage…
mfa-new-codes = Nouveaux codes de secours
mfa-new-codes-hint = Vos anciens codes de secours cessent de fonctionner dès que les nouveaux sont créés.
mfa-app-code = Code de votre application d’authentification
mfa-making-codes = Création des codes…
mfa-make-codes = Créer de nouveaux codes
mfa-disable-title = Désactiver l’authentification à deux facteurs
mfa-disable-hint = Votre compte ne sera plus protégé que par votre mot de passe.
mfa-password = Mot de passe
    .show = Afficher le mot de passe
mfa-app-or-backup-code = Code d’authentification ou de secours
mfa-turning-off = Désactivation…
mfa-turn-off = Désactiver
mfa-turn-off-ask = Désactiver…
mfa-error-code = Saisissez le code affiché par votre application d’authentification.
mfa-error-password = Saisissez votre mot de passe.
mfa-error-app-or-backup-code = Saisissez un code de votre application d’authentification ou un code de secours.
mfa-now-on = L’authentification à deux facteurs est activée.
mfa-codes-made = Nouveaux codes de secours créés. Les anciens ne fonctionnent plus.
mfa-now-off = L’authentification à deux facteurs est désactivée.

## BackupCodes

backup-title = Conservez vos codes de secours
backup-hint = Chaque code vous connecte une fois si vous ne pouvez pas utiliser votre application d’authentification. Gardez-les en lieu sûr : ils ne seront plus affichés.
backup-list =
    .aria-label = Codes de secours
backup-download = Télécharger
backup-done = Je les ai conservés
backup-copied = Codes de secours copiés.
backup-copy-failed = Copie impossible : sélectionnez les codes et copiez-les vous-même.
backup-saved-as = Enregistrés sous { $file }.
backup-save-failed = Impossible d’enregistrer le fichier : copiez plutôt les codes.
backup-file-title = Codes de secours { -headset } pour { $email }
backup-file-hint = Chaque code vous connecte une fois si vous ne pouvez pas utiliser votre application d’authentification.

## Sessions

sessions-title = Appareils connectés
sessions-lead = Là où votre compte est connecté en ce moment. Déconnectez tout appareil que vous ne reconnaissez pas.
sessions-loading = Chargement des appareils…
sessions-none = Aucun appareil connecté.
sessions-unknown-app = Application inconnue
sessions-this-device = Cet appareil
sessions-last-active = Dernière activité { $when }
sessions-last-active-unknown = Dernière activité inconnue
sessions-ask-one = Déconnecter cet appareil ?
sessions-sign-out = Déconnecter
    .aria-label = Déconnecter { $app }
sessions-confirm = Oui, déconnecter
    .aria-label = Oui, déconnecter { $app }
sessions-ask-others =
    { $count ->
        [one] Déconnecter l’autre appareil ?
       *[other] Déconnecter les { $count } autres appareils ?
    }
sessions-confirm-others = Oui, déconnecter les autres
sessions-sign-out-others = Déconnecter tous les autres appareils
sessions-ended-others = Tous les autres appareils ont été déconnectés.
sessions-ended = { $app } a été déconnecté.
sessions-ended-device = L’appareil a été déconnecté.

## ApiToken

token-title = Jeton d’accès à l’API
token-lead = Permet à des applications et des scripts d’agir en votre nom via l’API { -chatwoot }, par exemple pour connecter { -headset } sur un autre ordinateur ou relier une intégration. Traitez-le comme votre mot de passe.
token-value = Votre jeton d’accès
token-value-new = Votre nouveau jeton d’accès
token-hide = Masquer
token-warning-title = Réinitialiser le jeton ?
token-warning = Les applications et scripts qui utilisent le jeton actuel cessent aussitôt de fonctionner.
token-password = Votre mot de passe
    .show = Afficher votre mot de passe
token-password-hint = Confirmez qu’il s’agit bien de vous pour voir ou réinitialiser le jeton.
token-reveal = Afficher
token-resetting = Réinitialisation…
token-reset-now = Réinitialiser maintenant
token-reset = Réinitialiser le jeton…
token-error-reveal = Saisissez votre mot de passe pour voir le jeton.
token-error-reset = Saisissez votre mot de passe pour réinitialiser le jeton.
token-made = Un nouveau jeton a été créé. Mettez à jour les applications et scripts qui l’utilisent.
token-copied = Jeton copié.
token-copy-failed = Copie impossible : sélectionnez le jeton et copiez-le vous-même.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = Connexion
network-lead = La façon dont { -headset } joint un serveur auto-hébergé depuis cet ordinateur : une autorité de certification approuvée en plus de celles du système d’exploitation (celle de votre entreprise, par exemple) et un proxy HTTP par lequel passer. L’enregistrement reconnecte aussitôt. Ces paramètres sont propres à cet ordinateur, pas à votre compte.
network-ca-file = Certificat d’AC supplémentaire (chemin du fichier PEM)
network-ca-file-hint = Un fichier PEM, par exemple { $example }. Laissez vide pour ne faire confiance qu’aux certificats du système d’exploitation.
network-proxy = Proxy HTTP
network-proxy-hint = Une adresse http:// avec un port, sans utilisateur ni mot de passe. Laissez vide pour vous connecter directement.
network-saved = Enregistré. { -headset } se connecte avec ces paramètres.

## DiagnosticsSection

diagnostics-title = Diagnostic
diagnostics-lead = Si { -headset } fonctionne sur cet ordinateur, et pourquoi il vous a alerté ou non.

## Health

health-title = État
health-lead = Ce dont { -headset } a besoin pour vous alerter, vérifié sur cet ordinateur.
health-check-server = Serveur
health-check-realtime = Mises à jour en direct
health-check-keychain = Stockage sécurisé (trousseau)
health-check-notifications = Notifications du bureau
health-check-audio = Sortie audio
health-check-do-not-disturb = Ne pas déranger
health-ok = OK
health-problem = Problème
health-none = L’agent n’a signalé aucune vérification.
health-all-ok = Tout fonctionne.
health-problems =
    { $count ->
        [one] { $count } problème détecté.
       *[other] { $count } problèmes détectés.
    }
health-check-again = Vérifier à nouveau

## Decisions

decisions-title = Pourquoi ai-je été (ou non) alerté ?
decisions-lead = Pour chaque événement récent : si { -headset } a affiché une notification et joué un son, et pourquoi. Les plus récents d’abord.
decisions-only-held = Seulement les retenus
decisions-only-held-hint = Événements qui n’ont affiché aucune notification ni joué aucun son.
decisions-refresh = Actualiser
decisions-empty = Aucun événement pour l’instant. Ils apparaissent ici à mesure qu’ils arrivent.
decisions-empty-held = Rien n’a été retenu.
decisions-time = Heure
decisions-event = Événement
decisions-conversation = Conversation
decisions-notify = Notification
decisions-sound = Son
decisions-yes = Oui
decisions-no = Non
decisions-reason-alert = Autorisé par vos réglages
decisions-reason-own-message = Vous l’avez envoyé vous-même
decisions-reason-not-selected = Ne fait pas partie des conversations pour lesquelles vous avez choisi d’être alerté
decisions-reason-not-incoming = Ce n’était pas un message entrant
decisions-reason-pending-conversation = La conversation est en attente
decisions-reason-flag-off = Vous avez désactivé les notifications push pour ce type d’événement
decisions-reason-not-notifiable = Ce type d’événement n’alerte jamais à lui seul
decisions-reason-offline = Vous étiez hors ligne
decisions-reason-busy = Vous étiez occupé
decisions-reason-snoozed = Les alertes étaient suspendues
decisions-reason-os-dnd = Votre ordinateur était en mode Ne pas déranger
decisions-reason-outside-hours = En dehors de vos heures de disponibilité
decisions-reason-throttled = Un autre son venait d’être joué
decisions-reason-digest = Retenu pour le récapitulatif
decisions-reason-counted = Seulement compté comme non lu
decisions-reason-already-alerted = Déjà signalé une fois (arrivé pendant votre reconnexion)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] Aucune notification non lue
    [one] { $count } notification non lue
   *[other] { $count } notifications non lues
}
tray-waiting = { $count ->
    [0] Aucune conversation ne vous attend
    [one] { $count } conversation vous attend
   *[other] { $count } conversations vous attendent
}
tray-signed-out = Déconnecté
snooze-30 = Mettre en pause 30 minutes
snooze-60 = Mettre en pause 1 heure
snooze-hours = Mettre en pause jusqu'au début de mes horaires
snooze-resume = Reprendre les alertes
open-dashboard = Ouvrir le tableau de bord
open-settings = Paramètres…
quit = Quitter Headset
alert-away-title = Pendant votre absence
alert-digest-title = Récapitulatif Headset
alert-summary = { $conversations ->
    [one] { $conversations } conversation
   *[other] { $conversations } conversations
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } mention
   *[other] , { $mentions } mentions
}
alert-assigned = Assignée à vous : conversation n° { $id }
alert-mentioned = Vous avez été mentionné dans la conversation n° { $id }
alert-new-conversation = Nouvelle conversation n° { $id }
alert-message = { $who } · conversation n° { $id }
alert-missed = La conversation n° { $id } demande votre attention
alert-missed-body = Pendant que Headset était hors ligne
alert-open = Ouvrir la conversation

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = Votre session a pris fin. Veuillez vous reconnecter.
error-unreachable = Impossible de joindre le serveur à l’adresse { $url } : { $reason }
error-server = Le serveur a refusé la requête ({ $status }) : { $message }
error-protocol = Réponse inattendue du serveur : { $detail }
error-agent-unavailable = L’agent d’arrière-plan de Headset n’est pas lancé.
error-version-mismatch = Cet agent Headset utilise la version { $agent } du protocole IPC, le client la version { $client }. Redémarrez Headset.
error-keychain = Le trousseau du système d’exploitation n’est pas disponible : { $detail }
error-not-signed-in = Non connecté.
error-window-open = La fenêtre des paramètres est déjà ouverte.
error-conflict = Le profil a été modifié sur le serveur depuis sa lecture.
error-too-long = { $max } caractères au maximum.
error-too-long-count = { $max } caractères au maximum (il y en a { $count }).
error-name-empty = Saisissez votre nom.
error-phone-format = Saisissez le numéro au format international, par exemple +48 600 700 800.
error-ca-file-unreadable = Impossible de lire { $path } : { $detail }.
error-ca-file-not-pem = { $path } n’est pas un fichier PEM : { $detail }.
error-ca-file-empty = { $path } ne contient aucun certificat (« -----BEGIN CERTIFICATE----- » attendu).
error-ca-file-unusable = { $path } contient un certificat inutilisable : { $detail }.
error-proxy-not-url = Saisissez le proxy sous forme d’URL (par exemple http://proxy.example.com:3128).
error-proxy-scheme = Seuls les proxys http:// sont pris en charge ; ils établissent un tunnel vers les serveurs https (par exemple http://proxy.example.com:3128).
error-proxy-host = L’URL du proxy doit comporter un hôte (par exemple http://proxy.example.com:3128).
error-proxy-password = Les proxys qui demandent un mot de passe ne sont pas pris en charge : omettez l’utilisateur et le mot de passe.
error-nothing-to-change = Rien à modifier.
error-unknown-language = « { $value } » ne fait pas partie des langues de Headset.
error-unknown-sound-choice = « { $value } » n’est pas un choix de son valide.
error-unknown-flag = « { $value } » n’est pas un réglage de notification.
error-timezone = « { $value } » n’est pas un fuseau horaire IANA (par exemple Europe/Warsaw).
error-currency = « { $value } » n’est pas un code de devise ISO 4217 (par exemple EUR).
error-audio-alerts = Choisissez none, ou bien assigned, notme et unassigned reliés par +.
error-away-status = Choisissez Occupé ou Hors ligne : le statut pendant votre absence.
error-idle-minutes = Choisissez une durée entre 1 et 480 minutes.
error-inbox-id = « { $value } » n’est pas un identifiant de boîte de réception.
error-capacity = Choisissez une capacité entre 0 et { $max }.
error-https-link = « { $value } » n’est pas une adresse https://.
error-time-of-day = « { $value } » n’est pas une heure au format HH:MM.
error-time-of-day-end = « { $value } » n’est pas une heure au format HH:MM (ou 24:00).
error-credentials = Identifiants de connexion invalides. Veuillez réessayer.
error-code-invalid = Code invalide.
error-sign-in-expired = La connexion a expiré. Reconnectez-vous.
error-server-empty = Saisissez l’adresse de votre serveur Chatwoot.
error-server-not-url = « { $value } » n’est pas une adresse web ({ $detail }).
error-server-scheme = L’adresse doit commencer par https:// ou http://.
error-wrong-password = Ce n’est pas votre mot de passe.
error-keychain-memory-only = { $detail }. Vous restez connecté jusqu’à la fermeture de Headset ; il n’enregistre jamais vos identifiants dans un fichier et vous les redemandera donc au prochain démarrage.
error-avatar-type = Utilisez une image JPEG ou PNG.
error-avatar-damaged = L’image est arrivée endommagée. Réessayez.
error-avatar-size = L’image dépasse 5 Mo. Choisissez-en une plus petite.
error-billing-admins = La section Facturation et utilisation est réservée aux administrateurs du compte.
error-email-empty = Saisissez votre adresse e-mail.
error-password-empty = Saisissez votre mot de passe.
error-code-empty = Saisissez le code.
error-token-empty = Collez le jeton d’accès indiqué dans les paramètres de votre profil.
error-token-refused = Le serveur n’accepte pas ce jeton d’accès.
error-snooze-minutes = La pause doit durer entre 1 minute et 24 heures.
error-snooze-no-hours = Définissez d’abord vos heures de disponibilité : il n’y a pas de prochain début à attendre.
error-sound-none = Aucun fichier audio choisi.
error-sound-name = Donnez au son un nom de 100 caractères au maximum.
error-sound-damaged = Le fichier est arrivé endommagé. Réessayez.
error-sound-size = Le fichier audio dépasse 1 Mo.
error-sound-format = Headset ne peut pas lire ce fichier (formats pris en charge : WAV, MP3, OGG ou FLAC).
error-sound-empty = Le fichier audio est vide.
error-sound-length = Le son dure plus de 10 secondes.
error-not-a-member = Vous n’êtes pas membre de ce compte.
error-volume = Le volume va de 0 à 100.
error-disk-full = Le disque qui contient les données de Headset est plein : cette modification n’a pas été enregistrée. Libérez de l’espace et réessayez.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Joignable
diagnose-no-notification-daemon = Aucun service de notification : { $detail }
diagnose-system-notifications = Le centre de notifications du système
diagnose-unnamed-device = Appareil sans nom
diagnose-no-audio-device = Aucun périphérique de sortie audio
diagnose-signed-in = Connecté à { $server } en tant que { $email }
diagnose-signed-out = Déconnecté (dernier serveur : { $server })
diagnose-now = maintenant
diagnose-connected = { $reconnects ->
    [one] Connecté depuis { $since }, { $reconnects } reconnexion
   *[other] Connecté depuis { $since }, { $reconnects } reconnexions
}
diagnose-connecting = Connexion en cours
diagnose-retrying = { $reason } ; nouvel essai dans { $seconds } s
diagnose-not-connected = Non connecté (vous êtes déconnecté)
diagnose-dnd-off = Désactivé
diagnose-dnd-on = Activé : { $why }
dnd-gnome-banners-off = GNOME : les bannières de notification sont désactivées
dnd-dunst-paused = Le service de notification (dunst) est en pause
dnd-macos-focus = Un mode de concentration macOS est activé
dnd-windows-focus-assist = L’Assistant de concentration de Windows est activé
dnd-windows-busy = Windows retient les notifications (une application en plein écran ou une présentation)

## headset-server's answers, in the language the request asks for
server-not-a-member = Vous n’êtes pas membre de ce compte.
server-contact-name = Saisissez le nom du contact.
server-no-such-inbox = Cette boîte de réception n’existe pas dans ce compte.
server-no-such-contact = Ce contact n’existe pas dans ce compte.
server-assignee-not-in-inbox = Cet agent n’a pas accès à cette boîte de réception et ne peut donc pas être assigné.
server-message-empty = Le message est vide.
server-role-admins-only = Seuls les administrateurs peuvent changer le rôle d’un agent.
server-filter-name = Donnez un nom au filtre.
server-filter-name-long = Le nom dépasse 100 caractères.
server-mfa-code-invalid = Le code n’est pas valide. Saisissez le code actuel de votre application d’authentification.
server-mfa-already-on = L’authentification à deux facteurs est déjà activée.
server-mfa-not-started = Commencez d’abord la configuration de l’authentification à deux facteurs.
server-mfa-not-on = L’authentification à deux facteurs n’est pas activée.
server-password-invalid = Mot de passe invalide
server-reset-sent = Si un compte existe avec cette adresse e-mail, nous y avons envoyé un lien pour réinitialiser le mot de passe.
server-confirmation-mismatch = La confirmation ne correspond pas au mot de passe
server-reset-link-invalid = Ce lien de réinitialisation est invalide ou a expiré. Demandez-en un nouveau.
server-password-reset-done = Votre mot de passe a été modifié. Connectez-vous dès maintenant avec celui-ci.
server-email-fixed = Votre adresse e-mail ne peut pas être modifiée ici. Demandez à un administrateur de votre compte de la changer.
server-password-managed = Ce compte se connecte via un fournisseur d’identité ; son mot de passe est géré par celui-ci.
server-current-password-invalid = Mot de passe actuel invalide
server-session-current = C’est la session que vous utilisez. Déconnectez-vous plutôt.
server-sign-in-expired = La connexion a expiré. Saisissez à nouveau votre adresse e-mail et votre mot de passe.
server-code-missing = Saisissez le code de votre application d’authentification ou un code de secours.
server-code-invalid = Code invalide. Vérifiez votre application d’authentification et réessayez.
server-avatar-size = L’image dépasse 5 Mo. Choisissez-en une plus petite.
server-avatar-type = Ce fichier n’est pas une image JPEG, PNG ou WebP.
server-avatar-damaged = L’image n’a pas pu être lue : le fichier est endommagé ou incomplet.
server-avatar-empty = L’image est vide.
server-sign-in-needed = Vous devez vous connecter ou vous inscrire pour continuer.
server-credentials = Identifiants de connexion invalides. Veuillez réessayer.
server-profile-changed = Le profil a été modifié depuis sa lecture. Relisez-le et appliquez à nouveau la modification.
server-not-found = Ressource introuvable
server-internal = Erreur interne du serveur
server-disk-full = Le disque du serveur est plein : impossible d’enregistrer. Demandez à l’administrateur du serveur de libérer de l’espace.
server-password-common = Ce mot de passe est trop courant. Choisissez-en un moins prévisible.
server-password-personal = Le mot de passe ne doit contenir ni votre nom ni votre adresse e-mail.
server-password-uppercase = Incluez au moins une lettre majuscule.
server-password-digit = Incluez au moins un chiffre.
server-password-special = Incluez au moins un caractère spécial.
server-avatar-pixels = L’image compte trop de pixels ({ $max } mégapixels au maximum). Choisissez-en une plus petite.
server-too-many = Trop de tentatives. Réessayez dans { $seconds } secondes.
server-not-member-of = Vous n’êtes pas membre du compte { $account }.
server-password-min = Utilisez au moins { $min } caractères.
server-password-max = Utilisez au plus { $max } caractères.
server-profile-shape = Envoyez les modifications sous la forme {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = Remplissez ce champ pour changer le mot de passe.
server-ui-settings-object = ui_settings doit être un objet.
server-must-be-text = Ce champ doit contenir du texte.
server-must-be-one-of = { $name } doit être l’une de ces valeurs : { $choices }.
server-must-be-object = { $name } doit être un objet.
