# Impostazioni di Headset: italiano.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Riprova
common-cancel = Annulla
common-copy = Copia
common-loading = Caricamento…
common-saving = Salvataggio…
common-checking = Verifica…
common-signing-out = Disconnessione…
error-fallback = Qualcosa è andato storto. Riprova.

## Availability statuses and roles

status-online = Online
status-busy = Occupato
status-offline = Offline
role-agent = Agente
role-administrator = Amministratore

## App

app-connecting = Connessione a { -headset }…
app-title = Impostazioni di { -headset }

## SignIn

signin-title = Accedi a { -headset }
signin-lead-code = Inserisci il codice di { $digits } cifre della tua app di autenticazione.
signin-lead-token = Incolla il token di accesso che trovi nelle impostazioni del profilo, nella dashboard web.
signin-lead-password = Usa l’indirizzo e l’account del tuo server { -chatwoot }.
signin-server = Indirizzo del server
signin-email = Email
signin-password = Password
signin-backup-code = Codice di backup
signin-auth-code = Codice di autenticazione
signin-use-backup-code = Sto usando un codice di backup
signin-token = Token di accesso
signin-signing-in = Accesso in corso…
signin-verify = Verifica
signin-submit = Accedi
signin-use-token = Accedi invece con un token di accesso
signin-use-password = Accedi invece con email e password
signin-forgot = Password dimenticata?
signin-reset-title = Reimposta la password
signin-reset-lead = Inserisci l’indirizzo email del tuo account: il server ti invierà un link per impostare una nuova password.
signin-reset-submit = Invia link
signin-reset-sending = Invio…
signin-reset-back = Torna all’accesso
signin-reset-sent = Se esiste un account per { $email }, abbiamo inviato un link per reimpostare la password.
signin-reset-error-email = Inserisci l’indirizzo email del tuo account.
signin-network = Impostazioni di connessione
signin-network-lead = Per un server self-hosted che usa i certificati della tua azienda o che si raggiunge tramite un proxy. Queste impostazioni valgono per questo computer.

## ProfileSummary

summary-connected = Connesso
summary-reconnecting = Nuova connessione tra { $seconds } s ({ $reason })
summary-connecting = Connessione…
summary-not-connected = Non connesso
summary-live = Aggiornamenti in tempo reale
summary-unread = Notifiche non lette
summary-sign-out = Esci
menu-button =
    .aria-label = Menu dell’account
menu-open-dashboard = Apri la dashboard
menu-billing = Fatturazione e utilizzo
menu-switch-account = Cambia account
summary-active-account = Account attivo: { $account }
summary-switching-account = Cambio di account…

## GeneralSection

general-title = Generali
general-lead = Come funziona { -headset } su questo computer.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = Avvia { -headset } quando accedo al computer
launch-banner-question = Avviare { -headset } quando accedi al computer, così gli avvisi continuano ad arrivare?
launch-banner-yes = Sì
launch-banner-not-now = Non ora

## StatusSwitcher

status-legend = Stato

## Settings

settings-nav =
    .aria-label = Impostazioni
settings-tabs =
    .aria-label = Sezioni delle impostazioni
settings-app-name = { -headset }
settings-section-general = Generali
settings-section-profile = Profilo
settings-section-social = Link social
settings-section-region = Lingua e area geografica
settings-section-notifications = Notifiche
settings-section-availability = Disponibilità
settings-section-segments = Segmenti
settings-section-channels = Canali
settings-section-team = Team
settings-section-security = Sicurezza
settings-section-network = Connessione
settings-section-diagnostics = Diagnostica
settings-pending-edits =
    { $count ->
        [one] { $count } modifica in attesa di sincronizzazione
       *[other] { $count } modifiche in attesa di sincronizzazione
    }

## FormFooter

form-saving = Salvataggio…
form-pending = In attesa del server…
form-saved = Il tuo profilo è stato aggiornato correttamente
form-not-saved-field = Non salvato: controlla il campo evidenziato.
form-pending-detail = Salvato su questo computer: verrà sincronizzato quando il server sarà raggiungibile.
form-pending-detail-retry = Salvato su questo computer: verrà sincronizzato quando il server sarà raggiungibile (nuovo tentativo tra { $seconds } s).
form-save = Salva

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Profilo
profile-lead = Come ti vedono il tuo team e i clienti.
profile-name = Nome completo
profile-display-name = Nome visualizzato
profile-display-name-hint = Mostrato ai clienti al posto del tuo nome completo.
profile-email = Email
profile-email-hint = Il tuo indirizzo email non si può cambiare qui. Chiedi a un amministratore del tuo account di modificarlo.
profile-job-title = Ruolo aziendale
    .placeholder = Responsabile supporto
profile-about = Su di me
profile-phone = Telefono
profile-phone-hint = Formato internazionale, per esempio { $example }.
profile-signature = Firma dei messaggi
profile-signature-hint = Aggiunta alle risposte che invii quando la firma è attiva.
profile-error-name = Inserisci il tuo nome.

## ProfileFacts

profile-facts-title = Account
profile-facts-company = Azienda
profile-facts-role = Ruolo
profile-facts-created = Membro dal
profile-facts-last-sign-in = Ultimo accesso
profile-facts-updated = Profilo aggiornato

## Rules

rules-phone = Inserisci il numero di telefono in formato internazionale, per esempio { $example }.
rules-https = “{ $address }” non è un indirizzo https://
rules-length =
    { $max ->
        [one] Usa al massimo { $max } carattere (ne ha { $count }).
       *[other] Usa al massimo { $max } caratteri (ne ha { $count }).
    }
rules-idle-minutes = Inserisci un numero intero di minuti tra { $min } e { $max }.

## SocialSection

social-title = Link social
social-lead = Mostrati sulla tua scheda profilo. Usa indirizzi https:// completi; lascia un campo vuoto per rimuoverlo.
social-website = Sito web

## RegionSection

region-title = Lingua e area geografica
region-lead = La lingua di { -headset } e { -chatwoot }, e come ti vengono mostrati orari e importi.
region-language = Lingua
region-account-default = Predefinita dell’account
region-language-hint = “Predefinita dell’account” segue la lingua scelta dal tuo amministratore.
region-timezone = Fuso orario
region-timezone-filter =
    .placeholder = Filtra i fusi orari
    .aria-label = Filtra i fusi orari
region-not-set = Non impostato
region-timezone-count =
    { $count ->
        [one] { $count } fuso orario
       *[other] { $count } fusi orari
    }
region-timezone-count-here =
    { $count ->
        [one] { $count } fuso orario · questo computer: { $zone }
       *[other] { $count } fusi orari · questo computer: { $zone }
    }
region-currency = Valuta

## AwayForm

away-title = Quando ti allontani
away-lead = { -headset } rileva quando lo schermo si blocca e ripristina il tuo stato quando torni.
away-on-lock = Cambia il mio stato mentre lo schermo è bloccato
away-status = Stato durante l’assenza
away-status-busy = Occupato: niente suoni, solo assegnazioni e menzioni
away-status-offline = Offline: non mi viene assegnato nulla di nuovo
away-idle =
    { $minutes ->
        [one] Anche quando sono inattivo per { $minutes } minuto
       *[other] Anche quando sono inattivo per { $minutes } minuti
    }
away-idle-minutes =
    .aria-label = Minuti di inattività
away-idle-hint = Inattivo: nessun uso di tastiera o mouse. Da { $min } a { $max } minuti.

## Weekdays

day-mon = lunedì
day-tue = martedì
day-wed = mercoledì
day-thu = giovedì
day-fri = venerdì
day-sat = sabato
day-sun = domenica

## Availability now line and checks

availability-now-any-time = Disponibile in qualsiasi momento
availability-now-no-hours = Nessun orario impostato: { -headset } trattiene gli avvisi tutta la settimana
availability-now-until-time = Disponibile ora, fino alle { $time } ({ $zone })
availability-now-until-midnight = Disponibile ora, fino a mezzanotte ({ $zone })
availability-now-until-day = Disponibile ora, fino a { $day } alle { $time } ({ $zone })
availability-now-until-next-week = Disponibile ora, fino a { $day } prossimo alle { $time } ({ $zone })
availability-now-round-the-clock = Disponibile ora, 24 ore su 24 ({ $zone })
availability-next-today = Di nuovo disponibile: oggi alle { $time } ({ $zone })
availability-next-day = Di nuovo disponibile: { $day } alle { $time } ({ $zone })
availability-next-next-week = Di nuovo disponibile: { $day } prossimo alle { $time } ({ $zone })
availability-error-start-empty = Inserisci un orario di inizio.
availability-error-end-empty = Inserisci un orario di fine.
availability-error-start-24 = 24:00 può solo chiudere un intervallo.
availability-error-start = “{ $value }” non è un orario nel formato HH:MM.
availability-error-end = “{ $value }” non è un orario nel formato HH:MM (o 24:00).
availability-error-same = Inizio e fine devono essere diversi.
availability-error-overlap = { $day }: { $first } e { $second } si sovrappongono.

## AvailabilitySection

availability-title = Disponibilità
availability-lead = Le ore in cui prendi le conversazioni e cosa { -headset } trattiene al di fuori.
availability-use-hours = Usa gli orari di disponibilità
availability-off-hint = { -headset } ti avvisa in qualsiasi momento.
availability-weekly = Orari settimanali
availability-zone-hint = Orari in { $zone }. Un intervallo che finisce prima o all’ora d’inizio prosegue oltre la mezzanotte.
availability-zone-hint-local = Orari in { $zone } (il fuso orario di questo computer; scegli il tuo in Lingua e area geografica). Un intervallo che finisce prima o all’ora d’inizio prosegue oltre la mezzanotte.
availability-unavailable = Non disponibile
availability-interval-start =
    .aria-label = { $day }, intervallo { $number }, inizio
availability-interval-end =
    .aria-label = { $day }, intervallo { $number }, fine
availability-remove = Rimuovi
    .aria-label = Rimuovi { $day }, intervallo { $number }
availability-ends-next-day = finisce il giorno dopo
availability-until-midnight = fino a mezzanotte
availability-add = Aggiungi intervallo
    .aria-label = Aggiungi intervallo il { $day }
availability-copy = Copia su tutti i giorni
    .aria-label = Copia gli orari di { $day } su tutti i giorni
availability-hold-back = Fuori da questi orari, trattieni
availability-block-desktop = Notifiche desktop
availability-block-sound = Suoni
availability-block-email = Notifiche email
availability-block-push = Notifiche push
availability-status = Stato
availability-auto-status = Imposta il mio stato su online quando iniziano i miei orari e su offline quando finiscono

## NotificationsSection

notifications-title = Notifiche
notifications-lead = Quando { -headset } riproduce un suono, ogni quanto mostra le notifiche desktop e cosa ti invia { -chatwoot } via email e push.
notifications-synced = Sincronizzato con il tuo account
notifications-this-computer = Suono su questo computer
notifications-sound = Suono
notifications-alerts = Riproduci un suono per i nuovi messaggi in
notifications-alerts-none = Mai
notifications-alerts-assigned = Conversazioni assegnate a me
notifications-alerts-assigned-unassigned = Conversazioni assegnate a me o non assegnate
notifications-alerts-all = Tutte le conversazioni
notifications-alerts-custom = Personalizzato ({ $value })
notifications-tone = Tono
notifications-tone-ding = Ding
notifications-tone-bell = Campanello
notifications-tone-chime = Rintocco
notifications-tone-magic = Magia
notifications-tone-ping = Ping
notifications-volume = Volume
notifications-volume-hint = Solo su questo computer
notifications-test-sound = Prova suono
notifications-repeat = Ripeti ogni { $seconds } s finché una conversazione assegnata non è letta
notifications-custom-sound = Suono personalizzato
notifications-custom-sound-none = Riproduci un tuo suono su questo computer al posto del tono.
notifications-custom-sound-plays = Su questo computer viene riprodotto { $name } al posto del tono.
notifications-custom-sound-hint = WAV, MP3, Ogg o FLAC, fino a { $megabytes } MB.
notifications-custom-sound-choose = Scegli un suono…
notifications-custom-sound-replace = Scegline un altro…
notifications-custom-sound-test = Prova
    .aria-label = Prova il suono personalizzato
notifications-custom-sound-remove = Rimuovi
    .aria-label = Rimuovi il suono personalizzato
notifications-custom-sound-error-type = Scegli un file WAV, MP3, Ogg o FLAC.
notifications-custom-sound-error-size = Questo suono supera { $megabytes } MB. Scegline uno più piccolo.
notifications-custom-sound-error-read = Impossibile leggere questo file.
notifications-dashboard-on = Anche la dashboard web riproduce suoni (per { $conversations }).
notifications-dashboard-assigned = le conversazioni assegnate a te
notifications-dashboard-unassigned = le conversazioni non assegnate
notifications-dashboard-notme = le conversazioni assegnate ad altri
notifications-dashboard-all = tutte le conversazioni
notifications-dashboard-silence = Silenzia la dashboard
notifications-dashboard-off = La dashboard web è silenziosa; suona solo { -headset }.
notifications-desktop = Notifiche desktop
notifications-show = Mostrale
notifications-instant = Subito
notifications-digest-minutes =
    { $minutes ->
        [one] Un riepilogo ogni minuto
       *[other] Un riepilogo ogni { $minutes } minuti
    }
notifications-digest-hour = Un riepilogo ogni ora
notifications-email-push = Notifiche email e push
notifications-notify-when = Avvisami quando
notifications-channel-email = Email
notifications-channel-push = Push
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = Viene creata una nuova conversazione
notifications-kind-conversation-assignment = Ti viene assegnata una conversazione
notifications-kind-assigned-conversation-new-message = Arriva un nuovo messaggio in una conversazione assegnata a te
notifications-kind-conversation-mention = Vieni menzionato in una conversazione
notifications-kind-participating-conversation-new-message = Arriva un nuovo messaggio in una conversazione a cui partecipi
notifications-kind-sla-missed-first-response = SLA mancato: prima risposta
notifications-kind-sla-missed-next-response = SLA mancato: risposta successiva
notifications-kind-sla-missed-resolution = SLA mancato: risoluzione

## ChannelsSection

channels-title = Canali
channels-lead = Prendi conversazioni da questi canali, fino a un certo numero alla volta.
channels-empty = Ancora nessun canale. Crea le caselle nella dashboard web.
channels-take = Prendi conversazioni
channels-at-most = Al massimo
channels-capacity-hint = Al massimo: conversazioni aperte alla volta, da { $min } a { $max }; { $min } = nessun limite.
channels-capacity-error = Inserisci un numero intero tra { $min } e { $max }.

## SegmentsSection

segments-title = Segmenti
segments-lead = Scegli i segmenti di contatti e aziende che vuoi vedere. Non sceglierne nessuno per vederli tutti.
segments-contact = Segmenti di contatti
segments-company = Segmenti di aziende
segments-contact-empty = Ancora nessun segmento di contatti. Creali nella dashboard web.
segments-company-empty = Ancora nessun segmento di aziende. Creali nella dashboard web.
segments-showing-all = Mostrati tutti
segments-showing = Mostrati { $count } su { $total }
segments-contact-gone =
    { $count ->
        [one] Un segmento di contatti che avevi scelto non esiste più; verrà rimosso al salvataggio.
       *[other] { $count } segmenti di contatti che avevi scelto non esistono più; verranno rimossi al salvataggio.
    }
segments-company-gone =
    { $count ->
        [one] Un segmento di aziende che avevi scelto non esiste più; verrà rimosso al salvataggio.
       *[other] { $count } segmenti di aziende che avevi scelto non esistono più; verranno rimossi al salvataggio.
    }

## TeamSection

team-title = Team
team-lead = Gli agenti di { $account } e cosa può fare ciascuno.
team-empty = Ancora nessun agente.
team-name = Nome
team-email = Email
team-status = Stato
team-role = Ruolo
team-you = Tu
team-role-select =
    .aria-label = Ruolo di { $name }
    .title = Non puoi cambiare il tuo ruolo. Chiedi a un altro amministratore.
team-roles-note = Solo gli amministratori possono cambiare i ruoli.
team-now-administrator = { $name } ora è amministratore.
team-now-agent = { $name } ora è agente.

## AvatarEditor

avatar-drop =
    .aria-label = Immagine del profilo: trascina qui un’immagine
avatar-change = Cambia immagine…
avatar-add = Aggiungi un’immagine…
avatar-remove = Rimuovi immagine
avatar-hint = JPEG, PNG o WebP. Trascinala qui o scegli un file.
avatar-crop =
    .aria-label = Ritaglia la tua immagine
avatar-preview =
    .aria-label = Anteprima. Trascina o usa i tasti freccia per spostare l’immagine.
avatar-zoom = Zoom
avatar-rotate-left = Ruota a sinistra
avatar-rotate-right = Ruota a destra
avatar-save = Salva immagine
avatar-uploading = Caricamento…
    .aria-label = Caricamento in corso
avatar-saved = Immagine salvata.
avatar-error-type = Scegli un’immagine JPEG, PNG o WebP.
avatar-error-size = Questa immagine supera { $megabytes } MB. Scegline una più piccola.
avatar-error-draw = Questa finestra non può disegnare immagini.
avatar-error-make = Non è stato possibile creare l’immagine.
avatar-error-open = Non è stato possibile aprire questa immagine. Il file potrebbe essere danneggiato.

## SecuritySection

security-title = Sicurezza
security-lead = La tua password, il secondo passaggio all’accesso, dove hai effettuato l’accesso e il tuo token API.

## PasswordInput

password-input-show = Mostra
password-input-hide = Nascondi

## ChangePassword

password-title = Password
password-managed = La tua password è gestita da { $provider }.
password-provider-sso = il single sign-on della tua organizzazione
password-provider-unknown = il tuo provider di identità
password-lead = Cambiarla ti disconnette dagli altri dispositivi.
password-policy-error = Impossibile caricare le regole della password: { $error }
password-current = Password attuale
    .show = Mostra la password attuale
password-new = Nuova password
    .show = Mostra la nuova password
password-confirm = Conferma la nuova password
    .show = Mostra la conferma della password
password-strength = Sicurezza
password-strength-none = Ancora niente
password-strength-value = Sicurezza: { $level }
password-strength-weak = Debole
password-strength-fair = Discreta
password-strength-strong = Forte
password-strength-very-strong = Molto forte
password-rules =
    .aria-label = Requisiti della password
password-rule-met = (fatto)
password-rule-unmet = (non ancora)
password-rules-loading = Caricamento delle regole della password…
password-rule-length-range = Tra { $min } e { $max } caratteri
password-rule-length =
    { $min ->
        [one] { $min } carattere
       *[other] { $min } caratteri
    }
password-rule-common = Non una password comune, il tuo nome o la tua email
password-rule-uppercase = Una lettera maiuscola
password-rule-digit = Una cifra (0–9)
password-rule-special = Un carattere speciale, come ! ? # o -
password-mismatch = Non corrisponde alla nuova password.
password-changed = Password cambiata. Sei stato disconnesso dagli altri dispositivi.
password-changing = Modifica…
password-change = Cambia password
password-error-current = Inserisci la password attuale.

## TwoFactor

mfa-title = Autenticazione a due fattori
mfa-lead = All’accesso, { -headset } chiede anche un codice da un’app di autenticazione sul tuo telefono.
mfa-unavailable = Questo server non offre l’autenticazione a due fattori.
mfa-badge-on = Attiva
mfa-on = Il tuo account chiede un codice all’accesso.
mfa-badge-off = Disattiva
mfa-off = Solo la password protegge il tuo account.
mfa-scan = Scansiona questo codice QR con la tua app di autenticazione.
mfa-qr =
    .aria-label = Codice QR per configurare la tua app di autenticazione
mfa-cant-scan = Non riesci a scansionarlo? Inserisci invece questa chiave di configurazione:
mfa-copy-key = Copia chiave
mfa-key-copied = Chiave di configurazione copiata.
mfa-key-copy-failed = Impossibile copiare: seleziona la chiave e copiala tu.
mfa-enter-code = Inserisci il codice di { $digits } cifre mostrato dall’app
mfa-turn-on = Attiva
mfa-set-up = Configura
mfa-starting = Avvio…
mfa-new-codes = Nuovi codici di backup
mfa-new-codes-hint = I vecchi codici di backup smettono di funzionare appena vengono creati quelli nuovi.
mfa-app-code = Codice dalla tua app di autenticazione
mfa-making-codes = Creazione dei codici…
mfa-make-codes = Crea nuovi codici
mfa-disable-title = Disattiva l’autenticazione a due fattori
mfa-disable-hint = Il tuo account sarà protetto solo dalla password.
mfa-password = Password
    .show = Mostra la password
mfa-app-or-backup-code = Codice di autenticazione o di backup
mfa-turning-off = Disattivazione…
mfa-turn-off = Disattiva
mfa-turn-off-ask = Disattiva…
mfa-error-code = Inserisci il codice mostrato dalla tua app di autenticazione.
mfa-error-password = Inserisci la tua password.
mfa-error-app-or-backup-code = Inserisci un codice dalla tua app di autenticazione o un codice di backup.
mfa-now-on = L’autenticazione a due fattori è attiva.
mfa-codes-made = Nuovi codici di backup creati. Quelli vecchi non funzionano più.
mfa-now-off = L’autenticazione a due fattori è disattivata.

## BackupCodes

backup-title = Salva i tuoi codici di backup
backup-hint = Ogni codice ti fa accedere una volta se non puoi usare la tua app di autenticazione. Conservali in un posto sicuro: non verranno più mostrati.
backup-list =
    .aria-label = Codici di backup
backup-download = Scarica
backup-done = Li ho salvati
backup-copied = Codici di backup copiati.
backup-copy-failed = Impossibile copiare: seleziona i codici e copiali tu.
backup-saved-as = Salvato come { $file }.
backup-save-failed = Impossibile salvare il file: copia invece i codici.
backup-file-title = Codici di backup di { -headset } per { $email }
backup-file-hint = Ogni codice ti fa accedere una volta quando non puoi usare la tua app di autenticazione.

## Sessions

sessions-title = Dispositivi connessi
sessions-lead = Dove il tuo account è connesso ora. Disconnetti qualsiasi dispositivo che non riconosci.
sessions-loading = Caricamento dei dispositivi…
sessions-none = Nessun dispositivo connesso.
sessions-unknown-app = App sconosciuta
sessions-this-device = Questo dispositivo
sessions-last-active = Ultima attività { $when }
sessions-last-active-unknown = Ultima attività sconosciuta
sessions-ask-one = Disconnettere questo dispositivo?
sessions-sign-out = Disconnetti
    .aria-label = Disconnetti { $app }
sessions-confirm = Sì, disconnetti
    .aria-label = Sì, disconnetti { $app }
sessions-ask-others =
    { $count ->
        [one] Disconnettere l’altro dispositivo?
       *[other] Disconnettere tutti gli altri { $count } dispositivi?
    }
sessions-confirm-others = Sì, disconnetti gli altri
sessions-sign-out-others = Disconnetti tutti gli altri dispositivi
sessions-ended-others = Tutti gli altri dispositivi sono stati disconnessi.
sessions-ended = { $app } è stato disconnesso.
sessions-ended-device = Il dispositivo è stato disconnesso.

## ApiToken

token-title = Token di accesso API
token-lead = Permette ad app e script di agire a tuo nome tramite l’API di { -chatwoot }, per esempio per accedere a { -headset } da un altro computer o collegare un’integrazione. Trattalo come la tua password.
token-value = Il tuo token di accesso
token-value-new = Il tuo nuovo token di accesso
token-hide = Nascondi
token-warning-title = Reimpostare il token?
token-warning = App e script che usano il token attuale smettono subito di funzionare.
token-password = La tua password
    .show = Mostra la tua password
token-password-hint = Conferma che sei tu per vedere o reimpostare il token.
token-reveal = Mostra
token-resetting = Reimpostazione…
token-reset-now = Reimposta ora
token-reset = Reimposta token…
token-error-reveal = Inserisci la tua password per vedere il token.
token-error-reset = Inserisci la tua password per reimpostare il token.
token-made = È stato creato un nuovo token. Aggiorna le app e gli script che lo usano.
token-copied = Token copiato.
token-copy-failed = Impossibile copiare: seleziona il token e copialo tu.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = Connessione
network-lead = Come { -headset } raggiunge un server self-hosted da questo computer: un’autorità di certificazione di cui fidarsi oltre a quelle del sistema operativo (per esempio quella della tua azienda) e un proxy HTTP attraverso cui passare. Al salvataggio si riconnette subito. Queste impostazioni appartengono a questo computer, non al tuo account.
network-ca-file = Certificato CA aggiuntivo (percorso del file PEM)
network-ca-file-hint = Un file PEM, per esempio { $example }. Lascialo vuoto per fidarti solo dei certificati del sistema operativo.
network-proxy = Proxy HTTP
network-proxy-hint = Un indirizzo http:// con la porta, senza utente né password. Lascialo vuoto per connetterti direttamente.
network-saved = Salvato. { -headset } si connette tramite queste impostazioni.

## DiagnosticsSection

diagnostics-title = Diagnostica
diagnostics-lead = Se { -headset } funziona su questo computer e perché ti ha avvisato o no.

## Health

health-title = Stato
health-lead = Ciò di cui { -headset } ha bisogno per avvisarti, verificato su questo computer.
health-check-server = Server
health-check-realtime = Aggiornamenti in tempo reale
health-check-keychain = Archivio sicuro (portachiavi)
health-check-notifications = Notifiche desktop
health-check-audio = Uscita audio
health-check-do-not-disturb = Non disturbare
health-ok = OK
health-problem = Problema
health-none = L’agente non ha segnalato alcun controllo.
health-all-ok = Funziona tutto.
health-problems =
    { $count ->
        [one] { $count } problema trovato.
       *[other] { $count } problemi trovati.
    }
health-check-again = Verifica di nuovo

## Decisions

decisions-title = Perché (non) ho ricevuto un avviso?
decisions-lead = Per ogni evento recente: se { -headset } ha mostrato una notifica e riprodotto un suono, e perché. Prima i più recenti.
decisions-only-held = Solo quelli trattenuti
decisions-only-held-hint = Eventi che non hanno mostrato notifiche né riprodotto suoni.
decisions-refresh = Aggiorna
decisions-empty = Ancora nessun evento. Compaiono qui man mano che arrivano.
decisions-empty-held = Non è stato trattenuto nulla.
decisions-time = Ora
decisions-event = Evento
decisions-conversation = Conversazione
decisions-notify = Notifica
decisions-sound = Suono
decisions-yes = Sì
decisions-no = No
decisions-reason-alert = Consentito dalle tue impostazioni
decisions-reason-own-message = L’hai inviato tu
decisions-reason-not-selected = Non rientra nelle conversazioni per cui hai scelto di ricevere avvisi
decisions-reason-not-incoming = Non era un messaggio in arrivo
decisions-reason-pending-conversation = La conversazione è in sospeso
decisions-reason-flag-off = Hai disattivato le notifiche push per questo tipo di evento
decisions-reason-not-notifiable = Questo tipo di evento non avvisa mai da solo
decisions-reason-offline = Eri offline
decisions-reason-busy = Eri occupato
decisions-reason-snoozed = Gli avvisi erano posticipati
decisions-reason-os-dnd = Il computer era in modalità Non disturbare
decisions-reason-outside-hours = Fuori dal tuo orario di disponibilità
decisions-reason-throttled = Era appena stato riprodotto un altro suono
decisions-reason-digest = Trattenuto per il riepilogo
decisions-reason-counted = Solo contato come non letto
decisions-reason-already-alerted = Già segnalato una volta (è arrivato mentre ti stavi riconnettendo)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] Nessuna notifica da leggere
    [one] { $count } notifica da leggere
   *[other] { $count } notifiche da leggere
}
tray-waiting = { $count ->
    [0] Nessuna conversazione ti aspetta
    [one] { $count } conversazione ti aspetta
   *[other] { $count } conversazioni ti aspettano
}
tray-signed-out = Disconnesso
snooze-30 = Silenzia per 30 minuti
snooze-60 = Silenzia per 1 ora
snooze-hours = Silenzia fino all'inizio del mio orario
snooze-resume = Riprendi gli avvisi
open-dashboard = Apri la dashboard
open-settings = Impostazioni…
quit = Esci da Headset
alert-away-title = Mentre eri via
alert-digest-title = Riepilogo di Headset
alert-summary = { $conversations ->
    [one] { $conversations } conversazione
   *[other] { $conversations } conversazioni
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } menzione
   *[other] , { $mentions } menzioni
}
alert-assigned = Assegnata a te: conversazione #{ $id }
alert-mentioned = Sei stato menzionato nella conversazione #{ $id }
alert-new-conversation = Nuova conversazione #{ $id }
alert-message = { $who } · conversazione #{ $id }
alert-missed = La conversazione #{ $id } richiede attenzione
alert-missed-body = Mentre Headset era offline
alert-open = Apri conversazione

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = La sessione è terminata. Accedi di nuovo.
error-unreachable = Impossibile raggiungere il server all’indirizzo { $url }: { $reason }
error-server = Il server ha rifiutato la richiesta ({ $status }): { $message }
error-protocol = Risposta inattesa dal server: { $detail }
error-agent-unavailable = L’agente in background di Headset non è in esecuzione.
error-version-mismatch = Questo agente di Headset usa la versione { $agent } dell’IPC, il client la versione { $client }. Riavvia Headset.
error-keychain = Il portachiavi del sistema operativo non è disponibile: { $detail }
error-not-signed-in = Accesso non effettuato.
error-window-open = La finestra delle impostazioni è già aperta.
error-conflict = Il profilo è stato modificato sul server dopo essere stato letto.
error-too-long = Usa al massimo { $max } caratteri.
error-too-long-count = Usa al massimo { $max } caratteri (ne ha { $count }).
error-name-empty = Inserisci il tuo nome.
error-phone-format = Inserisci il numero di telefono in formato internazionale, per esempio +48 600 700 800.
error-ca-file-unreadable = Impossibile leggere { $path }: { $detail }.
error-ca-file-not-pem = { $path } non è un file PEM: { $detail }.
error-ca-file-empty = { $path } non contiene alcun certificato (previsto “-----BEGIN CERTIFICATE-----”).
error-ca-file-unusable = { $path } contiene un certificato inutilizzabile: { $detail }.
error-proxy-not-url = Inserisci il proxy come URL (per esempio http://proxy.example.com:3128).
error-proxy-scheme = Sono supportati solo i proxy http://, che creano un tunnel verso i server https (per esempio http://proxy.example.com:3128).
error-proxy-host = L’URL del proxy deve contenere un host (per esempio http://proxy.example.com:3128).
error-proxy-password = I proxy che richiedono una password non sono supportati: ometti utente e password.
error-nothing-to-change = Niente da modificare.
error-unknown-language = “{ $value }” non è una delle lingue di Headset.
error-unknown-sound-choice = “{ $value }” non è una scelta di suono valida.
error-unknown-flag = “{ $value }” non è un’impostazione di notifica.
error-timezone = “{ $value }” non è un fuso orario IANA (per esempio Europe/Warsaw).
error-currency = “{ $value }” non è un codice valuta ISO 4217 (per esempio EUR).
error-audio-alerts = Scegli none, oppure assigned, notme e unassigned uniti con +.
error-away-status = Scegli Occupato o Offline: lo stato mentre sei assente.
error-idle-minutes = Scegli un valore tra 1 e 480 minuti.
error-inbox-id = “{ $value }” non è un ID di casella.
error-capacity = Scegli una capacità tra 0 e { $max }.
error-https-link = “{ $value }” non è un indirizzo https://.
error-time-of-day = “{ $value }” non è un orario nel formato HH:MM.
error-time-of-day-end = “{ $value }” non è un orario nel formato HH:MM (o 24:00).
error-credentials = Credenziali di accesso non valide. Riprova.
error-code-invalid = Codice non valido.
error-sign-in-expired = L’accesso è scaduto. Accedi di nuovo.
error-server-empty = Inserisci l’indirizzo del tuo server Chatwoot.
error-server-not-url = “{ $value }” non è un indirizzo web ({ $detail }).
error-server-scheme = L’indirizzo deve iniziare con https:// o http://.
error-wrong-password = Questa non è la tua password.
error-keychain-memory-only = { $detail }. Resti connesso finché non chiudi Headset; non salva mai le credenziali in un file, quindi te le chiederà di nuovo al prossimo avvio.
error-avatar-type = Usa un’immagine JPEG o PNG.
error-avatar-damaged = L’immagine è arrivata danneggiata. Riprova.
error-avatar-size = L’immagine supera 5 MB. Scegline una più piccola.
error-billing-admins = Fatturazione e utilizzo è riservato agli amministratori dell’account.
error-email-empty = Inserisci il tuo indirizzo email.
error-password-empty = Inserisci la tua password.
error-code-empty = Inserisci il codice.
error-token-empty = Incolla il token di accesso che trovi nelle impostazioni del profilo.
error-token-refused = Il server non accetta questo token di accesso.
error-snooze-minutes = Puoi silenziare da 1 minuto a 24 ore.
error-snooze-no-hours = Imposta prima i tuoi orari di disponibilità: non c’è un prossimo inizio da attendere.
error-sound-none = Nessun file audio scelto.
error-sound-name = Dai al suono un nome di massimo 100 caratteri.
error-sound-damaged = Il file è arrivato danneggiato. Riprova.
error-sound-size = Il file audio supera 1 MB.
error-sound-format = Headset non può riprodurre questo file (formati supportati: WAV, MP3, OGG o FLAC).
error-sound-empty = Il file audio è vuoto.
error-sound-length = Il suono dura più di 10 secondi.
error-not-a-member = Non sei membro di quell’account.
error-volume = Il volume va da 0 a 100.
error-disk-full = Il disco con i dati di Headset è pieno, quindi questa modifica non è stata salvata. Libera un po’ di spazio e riprova.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Raggiungibile
diagnose-no-notification-daemon = Nessun servizio di notifica: { $detail }
diagnose-system-notifications = Il centro notifiche del sistema
diagnose-unnamed-device = Dispositivo senza nome
diagnose-no-audio-device = Nessun dispositivo di uscita audio
diagnose-signed-in = Accesso effettuato su { $server } come { $email }
diagnose-signed-out = Disconnesso (ultimo server: { $server })
diagnose-now = ora
diagnose-connected = { $reconnects ->
    [one] Connesso da { $since }, { $reconnects } riconnessione
   *[other] Connesso da { $since }, { $reconnects } riconnessioni
}
diagnose-connecting = Connessione in corso
diagnose-retrying = { $reason }; nuovo tentativo tra { $seconds } s
diagnose-not-connected = Non connesso (accesso non effettuato)
diagnose-dnd-off = Disattivato
diagnose-dnd-on = Attivato: { $why }
dnd-gnome-banners-off = GNOME: i banner di notifica sono disattivati
dnd-dunst-paused = Il servizio di notifica (dunst) è in pausa
dnd-macos-focus = Una modalità Full immersion di macOS è attiva
dnd-windows-focus-assist = L’assistente notifiche di Windows è attivo
dnd-windows-busy = Windows sta trattenendo le notifiche (un’app a schermo intero o una presentazione)

## headset-server's answers, in the language the request asks for
server-not-a-member = Non sei membro di questo account.
server-contact-name = Inserisci il nome del contatto.
server-no-such-inbox = Questa casella non esiste in questo account.
server-no-such-contact = Questo contatto non esiste in questo account.
server-assignee-not-in-inbox = Quell’agente non vede questa casella, quindi non può essere assegnato.
server-message-empty = Il messaggio è vuoto.
server-role-admins-only = Solo gli amministratori possono cambiare il ruolo di un agente.
server-filter-name = Dai un nome al filtro.
server-filter-name-long = Il nome supera i 100 caratteri.
server-mfa-code-invalid = Il codice non è valido. Inserisci il codice attuale della tua app di autenticazione.
server-mfa-already-on = L’autenticazione a due fattori è già attiva.
server-mfa-not-started = Avvia prima la configurazione dell’autenticazione a due fattori.
server-mfa-not-on = L’autenticazione a due fattori non è attiva.
server-password-invalid = Password non valida
server-reset-sent = Se esiste un account con questa email, abbiamo inviato a questo indirizzo un link per reimpostare la password.
server-confirmation-mismatch = La conferma non corrisponde alla password
server-reset-link-invalid = Questo link di reimpostazione non è valido o è scaduto. Richiedine uno nuovo.
server-password-reset-done = La tua password è stata cambiata. Ora puoi accedere con quella nuova.
server-email-fixed = Il tuo indirizzo email non si può cambiare qui. Chiedi a un amministratore del tuo account di modificarlo.
server-password-managed = Questo account accede tramite un provider di identità, che ne gestisce la password.
server-current-password-invalid = Password attuale non valida
server-session-current = Questa è la sessione che stai usando. Per chiuderla, esci.
server-sign-in-expired = L’accesso è scaduto. Inserisci di nuovo email e password.
server-code-missing = Inserisci il codice della tua app di autenticazione o un codice di backup.
server-code-invalid = Codice non valido. Controlla la tua app di autenticazione e riprova.
server-avatar-size = L’immagine supera 5 MB. Scegline una più piccola.
server-avatar-type = Questo file non è un’immagine JPEG, PNG o WebP.
server-avatar-damaged = Impossibile leggere l’immagine: il file è danneggiato o incompleto.
server-avatar-empty = L’immagine è vuota.
server-sign-in-needed = Devi accedere o registrarti per continuare.
server-credentials = Credenziali di accesso non valide. Riprova.
server-profile-changed = Il profilo è cambiato dopo essere stato letto. Rileggilo e applica di nuovo la modifica.
server-not-found = Risorsa non trovata
server-internal = Errore interno del server
server-disk-full = Il disco del server è pieno, quindi non è stato possibile salvare. Chiedi all’amministratore del server di liberare un po’ di spazio.
server-password-common = Questa password è troppo comune. Scegline una meno prevedibile.
server-password-personal = La password non deve contenere il tuo nome o il tuo indirizzo email.
server-password-uppercase = Includi almeno una lettera maiuscola.
server-password-digit = Includi almeno una cifra.
server-password-special = Includi almeno un carattere speciale.
server-avatar-pixels = L’immagine ha troppi pixel (al massimo { $max } megapixel). Scegline una più piccola.
server-too-many = Troppi tentativi. Riprova tra { $seconds } secondi.
server-not-member-of = Non sei membro dell’account { $account }.
server-password-min = Usa almeno { $min } caratteri.
server-password-max = Usa al massimo { $max } caratteri.
server-profile-shape = Invia le modifiche come {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = Compila questo campo per cambiare la password.
server-ui-settings-object = ui_settings deve essere un oggetto.
server-must-be-text = Qui serve del testo.
server-must-be-one-of = { $name } deve essere uno di questi valori: { $choices }.
server-must-be-object = { $name } deve essere un oggetto.
