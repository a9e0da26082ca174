# Headset-Einstellungen: Deutsch (Sie-Form).

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Erneut versuchen
common-cancel = Abbrechen
common-copy = Kopieren
common-loading = Wird geladen…
common-saving = Wird gespeichert…
common-checking = Wird geprüft…
common-signing-out = Wird abgemeldet…
error-fallback = Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.

## Availability statuses and roles

status-online = Online
status-busy = Beschäftigt
status-offline = Offline
role-agent = Agent
role-administrator = Administrator

## App

app-connecting = Verbindung zu { -headset } wird hergestellt…
app-title = { -headset }-Einstellungen

## SignIn

signin-title = Bei { -headset } anmelden
signin-lead-code = Geben Sie den { $digits }-stelligen Code aus Ihrer Authenticator-App ein.
signin-lead-token = Fügen Sie den Zugriffstoken aus Ihren Profileinstellungen im Web-Dashboard ein.
signin-lead-password = Verwenden Sie die Adresse und das Konto Ihres { -chatwoot }-Servers.
signin-server = Serveradresse
signin-email = E-Mail
signin-password = Passwort
signin-backup-code = Backup-Code
signin-auth-code = Authentifizierungscode
signin-use-backup-code = Ich verwende einen Backup-Code
signin-token = Zugriffstoken
signin-signing-in = Anmeldung läuft…
signin-verify = Bestätigen
signin-submit = Anmelden
signin-use-token = Stattdessen mit einem Zugriffstoken anmelden
signin-use-password = Stattdessen mit E-Mail und Passwort anmelden
signin-forgot = Passwort vergessen?
signin-reset-title = Passwort zurücksetzen
signin-reset-lead = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Ihr Server sendet Ihnen dann einen Link, mit dem Sie ein neues Passwort festlegen.
signin-reset-submit = Link zum Zurücksetzen senden
signin-reset-sending = Wird gesendet…
signin-reset-back = Zurück zur Anmeldung
signin-reset-sent = Falls ein Konto für { $email } existiert, haben wir einen Link zum Zurücksetzen des Passworts gesendet.
signin-reset-error-email = Geben Sie die E-Mail-Adresse Ihres Kontos ein.
signin-network = Verbindungseinstellungen
signin-network-lead = Für einen selbst gehosteten Server, der eigene Zertifikate Ihres Unternehmens verwendet oder über einen Proxy erreicht wird. Diese Einstellungen gelten für diesen Computer.

## ProfileSummary

summary-connected = Verbunden
summary-reconnecting = Neue Verbindung in { $seconds } s ({ $reason })
summary-connecting = Verbindung wird hergestellt…
summary-not-connected = Nicht verbunden
summary-live = Live-Updates
summary-unread = Ungelesene Benachrichtigungen
summary-sign-out = Abmelden
menu-button =
    .aria-label = Kontomenü
menu-open-dashboard = Dashboard öffnen
menu-billing = Abrechnung & Nutzung
menu-switch-account = Konto wechseln
summary-active-account = Aktives Konto: { $account }
summary-switching-account = Konto wird gewechselt…

## GeneralSection

general-title = Allgemein
general-lead = Wie { -headset } auf diesem Computer läuft.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = { -headset } starten, wenn ich mich am Computer anmelde
launch-banner-question = { -headset } starten, wenn Sie sich am Computer anmelden, damit weiterhin Benachrichtigungen eintreffen?
launch-banner-yes = Ja
launch-banner-not-now = Nicht jetzt

## StatusSwitcher

status-legend = Status

## Settings

settings-nav =
    .aria-label = Einstellungen
settings-tabs =
    .aria-label = Bereiche der Einstellungen
settings-app-name = { -headset }
settings-section-general = Allgemein
settings-section-profile = Profil
settings-section-social = Social Links
settings-section-region = Sprache & Region
settings-section-notifications = Benachrichtigungen
settings-section-availability = Verfügbarkeit
settings-section-segments = Segmente
settings-section-channels = Kanäle
settings-section-team = Team
settings-section-security = Sicherheit
settings-section-network = Verbindung
settings-section-diagnostics = Diagnose
settings-pending-edits =
    { $count ->
        [one] { $count } Änderung wartet auf Synchronisierung
       *[other] { $count } Änderungen warten auf Synchronisierung
    }

## FormFooter

form-saving = Wird gespeichert…
form-pending = Warten auf den Server…
form-saved = Ihr Profil wurde erfolgreich aktualisiert
form-not-saved-field = Nicht gespeichert: Bitte das markierte Feld prüfen.
form-pending-detail = Auf diesem Computer gespeichert – wird synchronisiert, sobald der Server erreichbar ist.
form-pending-detail-retry = Auf diesem Computer gespeichert – wird synchronisiert, sobald der Server erreichbar ist (nächster Versuch in { $seconds } s).
form-save = Speichern

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Profil
profile-lead = So sehen Ihr Team und Ihre Kunden Sie.
profile-name = Vollständiger Name
profile-display-name = Anzeigename
profile-display-name-hint = Wird Kunden statt Ihres vollständigen Namens angezeigt.
profile-email = E-Mail
profile-email-hint = Ihre E-Mail-Adresse kann hier nicht geändert werden. Bitten Sie eine Person mit Administratorrechten in Ihrem Konto darum.
profile-job-title = Berufsbezeichnung
    .placeholder = Support-Leitung
profile-about = Über mich
profile-phone = Telefon
profile-phone-hint = Internationales Format, zum Beispiel { $example }.
profile-signature = Nachrichtensignatur
profile-signature-hint = Wird an Ihre Antworten angehängt, wenn die Signatur eingeschaltet ist.
profile-error-name = Geben Sie Ihren Namen ein.

## ProfileFacts

profile-facts-title = Konto
profile-facts-company = Unternehmen
profile-facts-role = Rolle
profile-facts-created = Mitglied seit
profile-facts-last-sign-in = Letzte Anmeldung
profile-facts-updated = Profil aktualisiert

## Rules

rules-phone = Geben Sie die Telefonnummer im internationalen Format ein, zum Beispiel { $example }.
rules-https = „{ $address }“ ist keine https://-Adresse
rules-length =
    { $max ->
        [one] Höchstens { $max } Zeichen erlaubt (aktuell { $count }).
       *[other] Höchstens { $max } Zeichen erlaubt (aktuell { $count }).
    }
rules-idle-minutes = Geben Sie eine ganze Zahl an Minuten zwischen { $min } und { $max } ein.

## SocialSection

social-title = Social Links
social-lead = Erscheinen auf Ihrer Profilkarte. Verwenden Sie vollständige https://-Adressen; ein leeres Feld entfernt den Link.
social-website = Website

## RegionSection

region-title = Sprache & Region
region-lead = Die Sprache von { -headset } und { -chatwoot } und wie Ihnen Uhrzeiten und Beträge angezeigt werden.
region-language = Sprache
region-account-default = Kontostandard
region-language-hint = „Kontostandard“ folgt der Sprache, die Ihre Administration gewählt hat.
region-timezone = Zeitzone
region-timezone-filter =
    .placeholder = Zeitzonen filtern
    .aria-label = Zeitzonen filtern
region-not-set = Nicht festgelegt
region-timezone-count =
    { $count ->
        [one] { $count } Zeitzone
       *[other] { $count } Zeitzonen
    }
region-timezone-count-here =
    { $count ->
        [one] { $count } Zeitzone · dieser Computer: { $zone }
       *[other] { $count } Zeitzonen · dieser Computer: { $zone }
    }
region-currency = Währung

## AwayForm

away-title = Wenn Sie nicht am Platz sind
away-lead = { -headset } erkennt, wenn Ihr Bildschirm gesperrt wird, und setzt Ihren Status zurück, sobald Sie wieder da sind.
away-on-lock = Meinen Status ändern, während mein Bildschirm gesperrt ist
away-status = Status während der Abwesenheit
away-status-busy = Beschäftigt: keine Töne, nur Zuweisungen und Erwähnungen
away-status-offline = Offline: mir wird nichts Neues zugewiesen
away-idle =
    { $minutes ->
        [one] Auch wenn ich { $minutes } Minute inaktiv bin
       *[other] Auch wenn ich { $minutes } Minuten inaktiv bin
    }
away-idle-minutes =
    .aria-label = Minuten Inaktivität
away-idle-hint = Inaktiv: keine Nutzung von Tastatur oder Maus. { $min } bis { $max } Minuten.

## Weekdays

day-mon = Montag
day-tue = Dienstag
day-wed = Mittwoch
day-thu = Donnerstag
day-fri = Freitag
day-sat = Samstag
day-sun = Sonntag

## Availability now line and checks

availability-now-any-time = Jederzeit verfügbar
availability-now-no-hours = Keine Zeiten festgelegt: { -headset } hält Benachrichtigungen die ganze Woche zurück
availability-now-until-time = Jetzt verfügbar, bis { $time } ({ $zone })
availability-now-until-midnight = Jetzt verfügbar, bis Mitternacht ({ $zone })
availability-now-until-day = Jetzt verfügbar, bis { $day } { $time } ({ $zone })
availability-now-until-next-week = Jetzt verfügbar, bis nächsten { $day } { $time } ({ $zone })
availability-now-round-the-clock = Jetzt verfügbar, rund um die Uhr ({ $zone })
availability-next-today = Wieder verfügbar: heute { $time } ({ $zone })
availability-next-day = Wieder verfügbar: { $day } { $time } ({ $zone })
availability-next-next-week = Wieder verfügbar: nächsten { $day } { $time } ({ $zone })
availability-error-start-empty = Geben Sie eine Startzeit ein.
availability-error-end-empty = Geben Sie eine Endzeit ein.
availability-error-start-24 = 24:00 kann nur das Ende eines Zeitraums sein.
availability-error-start = „{ $value }“ ist keine Uhrzeit im Format HH:MM.
availability-error-end = „{ $value }“ ist keine Uhrzeit im Format HH:MM (oder 24:00).
availability-error-same = Start und Ende müssen sich unterscheiden.
availability-error-overlap = { $day }: { $first } und { $second } überschneiden sich.

## AvailabilitySection

availability-title = Verfügbarkeit
availability-lead = Die Zeiten, in denen Sie Konversationen übernehmen, und was { -headset } außerhalb davon zurückhält.
availability-use-hours = Verfügbarkeitszeiten verwenden
availability-off-hint = { -headset } benachrichtigt Sie jederzeit.
availability-weekly = Wochenzeiten
availability-zone-hint = Zeiten in { $zone }. Ein Zeitraum, der vor oder zu seinem Beginn endet, läuft über Mitternacht.
availability-zone-hint-local = Zeiten in { $zone } (Zeitzone dieses Computers; wählen Sie Ihre unter Sprache & Region). Ein Zeitraum, der vor oder zu seinem Beginn endet, läuft über Mitternacht.
availability-unavailable = Nicht verfügbar
availability-interval-start =
    .aria-label = { $day }, Zeitraum { $number }, Beginn
availability-interval-end =
    .aria-label = { $day }, Zeitraum { $number }, Ende
availability-remove = Entfernen
    .aria-label = { $day }, Zeitraum { $number } entfernen
availability-ends-next-day = endet am nächsten Tag
availability-until-midnight = bis Mitternacht
availability-add = Zeitraum hinzufügen
    .aria-label = Zeitraum am { $day } hinzufügen
availability-copy = Auf alle Tage übertragen
    .aria-label = Zeiten von { $day } auf alle Tage übertragen
availability-hold-back = Außerhalb dieser Zeiten zurückhalten
availability-block-desktop = Desktop-Benachrichtigungen
availability-block-sound = Töne
availability-block-email = E-Mail-Benachrichtigungen
availability-block-push = Push-Benachrichtigungen
availability-status = Status
availability-auto-status = Meinen Status zu Beginn meiner Zeiten auf Online und am Ende auf Offline setzen

## NotificationsSection

notifications-title = Benachrichtigungen
notifications-lead = Wann { -headset } einen Ton abspielt, wie oft Desktop-Benachrichtigungen erscheinen und was { -chatwoot } Ihnen per E-Mail und Push sendet.
notifications-synced = Mit Ihrem Konto synchronisiert
notifications-this-computer = Ton auf diesem Computer
notifications-sound = Ton
notifications-alerts = Ton bei neuen Nachrichten in
notifications-alerts-none = Nie
notifications-alerts-assigned = Mir zugewiesenen Konversationen
notifications-alerts-assigned-unassigned = Mir zugewiesenen oder nicht zugewiesenen Konversationen
notifications-alerts-all = Allen Konversationen
notifications-alerts-custom = Benutzerdefiniert ({ $value })
notifications-tone = Klang
notifications-tone-ding = Ding
notifications-tone-bell = Glocke
notifications-tone-chime = Glockenspiel
notifications-tone-magic = Magie
notifications-tone-ping = Ping
notifications-volume = Lautstärke
notifications-volume-hint = Nur auf diesem Computer
notifications-test-sound = Klang testen
notifications-repeat = Alle { $seconds } s wiederholen, solange eine zugewiesene Konversation ungelesen ist
notifications-custom-sound = Eigene Audiodatei
notifications-custom-sound-none = Auf diesem Computer eine eigene Audiodatei statt des Klangs abspielen.
notifications-custom-sound-plays = Spielt auf diesem Computer { $name } statt des Klangs ab.
notifications-custom-sound-hint = WAV, MP3, Ogg oder FLAC, bis { $megabytes } MB.
notifications-custom-sound-choose = Audiodatei auswählen…
notifications-custom-sound-replace = Andere auswählen…
notifications-custom-sound-test = Testen
    .aria-label = Eigene Audiodatei testen
notifications-custom-sound-remove = Entfernen
    .aria-label = Eigene Audiodatei entfernen
notifications-custom-sound-error-type = Wählen Sie eine WAV-, MP3-, Ogg- oder FLAC-Datei.
notifications-custom-sound-error-size = Diese Audiodatei ist größer als { $megabytes } MB. Wählen Sie eine kleinere.
notifications-custom-sound-error-read = Diese Datei konnte nicht gelesen werden.
notifications-dashboard-on = Auch das Web-Dashboard spielt Klänge ab (für { $conversations }).
notifications-dashboard-assigned = Ihnen zugewiesene Konversationen
notifications-dashboard-unassigned = nicht zugewiesene Konversationen
notifications-dashboard-notme = anderen zugewiesene Konversationen
notifications-dashboard-all = alle Konversationen
notifications-dashboard-silence = Dashboard stummschalten
notifications-dashboard-off = Das Web-Dashboard ist stumm; nur { -headset } klingelt.
notifications-desktop = Desktop-Benachrichtigungen
notifications-show = Anzeigen
notifications-instant = Sofort
notifications-digest-minutes =
    { $minutes ->
        [one] Zusammenfassung jede Minute
       *[other] Zusammenfassung alle { $minutes } Minuten
    }
notifications-digest-hour = Zusammenfassung jede Stunde
notifications-email-push = E-Mail- und Push-Benachrichtigungen
notifications-notify-when = Benachrichtigen, wenn
notifications-channel-email = E-Mail
notifications-channel-push = Push
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = Eine neue Konversation erstellt wird
notifications-kind-conversation-assignment = Ihnen eine Konversation zugewiesen wird
notifications-kind-assigned-conversation-new-message = Eine neue Nachricht in einer Ihnen zugewiesenen Konversation eingeht
notifications-kind-conversation-mention = Sie in einer Konversation erwähnt werden
notifications-kind-participating-conversation-new-message = Eine neue Nachricht in einer Konversation eingeht, an der Sie teilnehmen
notifications-kind-sla-missed-first-response = SLA verfehlt: erste Antwort
notifications-kind-sla-missed-next-response = SLA verfehlt: nächste Antwort
notifications-kind-sla-missed-resolution = SLA verfehlt: Lösung

## ChannelsSection

channels-title = Kanäle
channels-lead = Übernehmen Sie Konversationen aus diesen Kanälen, bis zu einer bestimmten Anzahl gleichzeitig.
channels-empty = Noch keine Kanäle. Legen Sie Posteingänge im Web-Dashboard an.
channels-take = Konversationen übernehmen
channels-at-most = Höchstens
channels-capacity-hint = Höchstens: offene Konversationen gleichzeitig, { $min } bis { $max }; { $min } = unbegrenzt.
channels-capacity-error = Geben Sie eine ganze Zahl zwischen { $min } und { $max } ein.

## SegmentsSection

segments-title = Segmente
segments-lead = Wählen Sie die Kontakt- und Unternehmenssegmente, die Sie sehen möchten. Ohne Auswahl sehen Sie alle.
segments-contact = Kontaktsegmente
segments-company = Unternehmenssegmente
segments-contact-empty = Noch keine Kontaktsegmente. Legen Sie sie im Web-Dashboard an.
segments-company-empty = Noch keine Unternehmenssegmente. Legen Sie sie im Web-Dashboard an.
segments-showing-all = Alle werden angezeigt
segments-showing = { $count } von { $total } angezeigt
segments-contact-gone =
    { $count ->
        [one] Ein gewähltes Kontaktsegment existiert nicht mehr; es wird beim Speichern entfernt.
       *[other] { $count } gewählte Kontaktsegmente existieren nicht mehr; sie werden beim Speichern entfernt.
    }
segments-company-gone =
    { $count ->
        [one] Ein gewähltes Unternehmenssegment existiert nicht mehr; es wird beim Speichern entfernt.
       *[other] { $count } gewählte Unternehmenssegmente existieren nicht mehr; sie werden beim Speichern entfernt.
    }

## TeamSection

team-title = Team
team-lead = Die Agenten von { $account } und ihre Rechte.
team-empty = Noch keine Agenten.
team-name = Name
team-email = E-Mail
team-status = Status
team-role = Rolle
team-you = Sie
team-role-select =
    .aria-label = Rolle von { $name }
    .title = Sie können Ihre eigene Rolle nicht ändern. Bitten Sie eine andere Person mit Administratorrechten.
team-roles-note = Nur Administratoren können Rollen ändern.
team-now-administrator = { $name } ist jetzt Administrator.
team-now-agent = { $name } ist jetzt Agent.

## AvatarEditor

avatar-drop =
    .aria-label = Profilbild: Bild hier ablegen
avatar-change = Bild ändern…
avatar-add = Bild hinzufügen…
avatar-remove = Bild entfernen
avatar-hint = JPEG, PNG oder WebP. Hier ablegen oder eine Datei auswählen.
avatar-crop =
    .aria-label = Bild zuschneiden
avatar-preview =
    .aria-label = Vorschau. Ziehen oder mit den Pfeiltasten das Bild verschieben.
avatar-zoom = Zoom
avatar-rotate-left = Nach links drehen
avatar-rotate-right = Nach rechts drehen
avatar-save = Bild speichern
avatar-uploading = Wird hochgeladen…
    .aria-label = Wird hochgeladen
avatar-saved = Bild gespeichert.
avatar-error-type = Wählen Sie ein JPEG-, PNG- oder WebP-Bild.
avatar-error-size = Dieses Bild ist größer als { $megabytes } MB. Wählen Sie ein kleineres.
avatar-error-draw = Dieses Fenster kann keine Bilder zeichnen.
avatar-error-make = Das Bild konnte nicht erstellt werden.
avatar-error-open = Dieses Bild konnte nicht geöffnet werden. Die Datei ist möglicherweise beschädigt.

## SecuritySection

security-title = Sicherheit
security-lead = Ihr Passwort, der zweite Schritt bei der Anmeldung, wo Sie angemeldet sind und Ihr API-Token.

## PasswordInput

password-input-show = Anzeigen
password-input-hide = Verbergen

## ChangePassword

password-title = Passwort
password-managed = Ihr Passwort wird von { $provider } verwaltet.
password-provider-sso = dem Single Sign-on Ihrer Organisation
password-provider-unknown = Ihrem Identitätsanbieter
password-lead = Eine Änderung meldet Sie auf Ihren anderen Geräten ab.
password-policy-error = Die Passwortregeln konnten nicht geladen werden: { $error }
password-current = Aktuelles Passwort
    .show = Aktuelles Passwort anzeigen
password-new = Neues Passwort
    .show = Neues Passwort anzeigen
password-confirm = Neues Passwort bestätigen
    .show = Bestätigung des neuen Passworts anzeigen
password-strength = Stärke
password-strength-none = Noch nichts eingegeben
password-strength-value = Stärke: { $level }
password-strength-weak = Schwach
password-strength-fair = Mittel
password-strength-strong = Stark
password-strength-very-strong = Sehr stark
password-rules =
    .aria-label = Passwortanforderungen
password-rule-met = (erfüllt)
password-rule-unmet = (noch nicht)
password-rules-loading = Passwortregeln werden geladen…
password-rule-length-range = Zwischen { $min } und { $max } Zeichen
password-rule-length =
    { $min ->
        [one] { $min } Zeichen
       *[other] { $min } Zeichen
    }
password-rule-common = Kein gängiges Passwort, nicht Ihr Name oder Ihre E-Mail
password-rule-uppercase = Ein Großbuchstabe
password-rule-digit = Eine Ziffer (0–9)
password-rule-special = Ein Sonderzeichen, etwa ! ? # oder -
password-mismatch = Stimmt nicht mit dem neuen Passwort überein.
password-changed = Passwort geändert. Ihre anderen Geräte wurden abgemeldet.
password-changing = Wird geändert…
password-change = Passwort ändern
password-error-current = Geben Sie Ihr aktuelles Passwort ein.

## TwoFactor

mfa-title = Zwei-Faktor-Authentifizierung
mfa-lead = Bei der Anmeldung fragt { -headset } zusätzlich nach einem Code aus einer Authenticator-App auf Ihrem Smartphone.
mfa-unavailable = Dieser Server bietet keine Zwei-Faktor-Authentifizierung an.
mfa-badge-on = An
mfa-on = Ihr Konto fragt bei der Anmeldung nach einem Code.
mfa-badge-off = Aus
mfa-off = Nur Ihr Passwort schützt Ihr Konto.
mfa-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.
mfa-qr =
    .aria-label = QR-Code zum Einrichten Ihrer Authenticator-App
mfa-cant-scan = Scannen klappt nicht? Geben Sie stattdessen diesen Einrichtungsschlüssel ein:
mfa-copy-key = Schlüssel kopieren
mfa-key-copied = Einrichtungsschlüssel kopiert.
mfa-key-copy-failed = Kopieren fehlgeschlagen: Markieren Sie den Schlüssel und kopieren Sie ihn selbst.
mfa-enter-code = Geben Sie den { $digits }-stelligen Code aus der App ein
mfa-turn-on = Einschalten
mfa-set-up = Einrichten
mfa-starting = Wird gestartet…
mfa-new-codes = Neue Backup-Codes
mfa-new-codes-hint = Ihre alten Backup-Codes funktionieren nicht mehr, sobald neue erstellt sind.
mfa-app-code = Code aus Ihrer Authenticator-App
mfa-making-codes = Codes werden erstellt…
mfa-make-codes = Neue Codes erstellen
mfa-disable-title = Zwei-Faktor-Authentifizierung ausschalten
mfa-disable-hint = Ihr Konto ist dann nur noch durch Ihr Passwort geschützt.
mfa-password = Passwort
    .show = Passwort anzeigen
mfa-app-or-backup-code = Authenticator- oder Backup-Code
mfa-turning-off = Wird ausgeschaltet…
mfa-turn-off = Ausschalten
mfa-turn-off-ask = Ausschalten…
mfa-error-code = Geben Sie den Code ein, den Ihre Authenticator-App anzeigt.
mfa-error-password = Geben Sie Ihr Passwort ein.
mfa-error-app-or-backup-code = Geben Sie einen Code aus Ihrer Authenticator-App oder einen Backup-Code ein.
mfa-now-on = Die Zwei-Faktor-Authentifizierung ist eingeschaltet.
mfa-codes-made = Neue Backup-Codes erstellt. Die alten funktionieren nicht mehr.
mfa-now-off = Die Zwei-Faktor-Authentifizierung ist ausgeschaltet.

## BackupCodes

backup-title = Backup-Codes sichern
backup-hint = Jeder Code meldet Sie einmal an, falls Sie Ihre Authenticator-App nicht nutzen können. Bewahren Sie sie sicher auf: Sie werden nicht noch einmal angezeigt.
backup-list =
    .aria-label = Backup-Codes
backup-download = Herunterladen
backup-done = Ich habe sie gesichert
backup-copied = Backup-Codes kopiert.
backup-copy-failed = Kopieren fehlgeschlagen: Markieren Sie die Codes und kopieren Sie sie selbst.
backup-saved-as = Gespeichert als { $file }.
backup-save-failed = Die Datei konnte nicht gespeichert werden: Kopieren Sie die Codes stattdessen.
backup-file-title = { -headset }-Backup-Codes für { $email }
backup-file-hint = Jeder Code meldet Sie einmal an, wenn Sie Ihre Authenticator-App nicht nutzen können.

## Sessions

sessions-title = Angemeldete Geräte
sessions-lead = Wo Ihr Konto gerade angemeldet ist. Melden Sie jedes Gerät ab, das Sie nicht kennen.
sessions-loading = Geräte werden geladen…
sessions-none = Keine Geräte angemeldet.
sessions-unknown-app = Unbekannte App
sessions-this-device = Dieses Gerät
sessions-last-active = Zuletzt aktiv { $when }
sessions-last-active-unknown = Zuletzt aktiv: unbekannt
sessions-ask-one = Dieses Gerät abmelden?
sessions-sign-out = Abmelden
    .aria-label = { $app } abmelden
sessions-confirm = Ja, abmelden
    .aria-label = Ja, { $app } abmelden
sessions-ask-others =
    { $count ->
        [one] Das andere Gerät abmelden?
       *[other] Alle { $count } anderen Geräte abmelden?
    }
sessions-confirm-others = Ja, die anderen abmelden
sessions-sign-out-others = Alle anderen Geräte abmelden
sessions-ended-others = Alle anderen Geräte wurden abgemeldet.
sessions-ended = { $app } wurde abgemeldet.
sessions-ended-device = Das Gerät wurde abgemeldet.

## ApiToken

token-title = API-Zugriffstoken
token-lead = Damit können Apps und Skripte über die { -chatwoot }-API in Ihrem Namen handeln, etwa um { -headset } auf einem anderen Computer anzumelden oder eine Integration zu verbinden. Behandeln Sie ihn wie Ihr Passwort.
token-value = Ihr Zugriffstoken
token-value-new = Ihr neuer Zugriffstoken
token-hide = Verbergen
token-warning-title = Token zurücksetzen?
token-warning = Apps und Skripte, die den aktuellen Token nutzen, funktionieren dann sofort nicht mehr.
token-password = Ihr Passwort
    .show = Ihr Passwort anzeigen
token-password-hint = Bestätigen Sie, dass Sie es sind, um den Token zu sehen oder zurückzusetzen.
token-reveal = Anzeigen
token-resetting = Wird zurückgesetzt…
token-reset-now = Jetzt zurücksetzen
token-reset = Token zurücksetzen…
token-error-reveal = Geben Sie Ihr Passwort ein, um den Token zu sehen.
token-error-reset = Geben Sie Ihr Passwort ein, um den Token zurückzusetzen.
token-made = Ein neuer Token wurde erstellt. Aktualisieren Sie die Apps und Skripte, die ihn nutzen.
token-copied = Token kopiert.
token-copy-failed = Kopieren fehlgeschlagen: Markieren Sie den Token und kopieren Sie ihn selbst.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = Verbindung
network-lead = Wie { -headset } von diesem Computer aus einen selbst gehosteten Server erreicht: eine Zertifizierungsstelle, der zusätzlich zu denen des Betriebssystems vertraut wird (etwa die Ihres Unternehmens), und ein HTTP-Proxy, über den die Verbindung läuft. Beim Speichern wird sofort neu verbunden. Diese Einstellungen gehören zu diesem Computer, nicht zu Ihrem Konto.
network-ca-file = Zusätzliches CA-Zertifikat (Pfad der PEM-Datei)
network-ca-file-hint = Eine PEM-Datei, zum Beispiel { $example }. Leer lassen, um nur den Zertifikaten des Betriebssystems zu vertrauen.
network-proxy = HTTP-Proxy
network-proxy-hint = Eine http://-Adresse mit Port, ohne Benutzername und Passwort. Leer lassen, um direkt zu verbinden.
network-saved = Gespeichert. { -headset } verbindet sich mit diesen Einstellungen.

## DiagnosticsSection

diagnostics-title = Diagnose
diagnostics-lead = Ob { -headset } auf diesem Computer funktioniert und warum es Sie benachrichtigt hat oder nicht.

## Health

health-title = Zustand
health-lead = Was { -headset } braucht, um Sie zu benachrichtigen, geprüft auf diesem Computer.
health-check-server = Server
health-check-realtime = Live-Updates
health-check-keychain = Sicherer Speicher (Schlüsselbund)
health-check-notifications = Desktop-Benachrichtigungen
health-check-audio = Tonausgabe
health-check-do-not-disturb = Nicht stören
health-ok = OK
health-problem = Problem
health-none = Der Agent hat keine Prüfungen gemeldet.
health-all-ok = Alles funktioniert.
health-problems =
    { $count ->
        [one] { $count } Problem gefunden.
       *[other] { $count } Probleme gefunden.
    }
health-check-again = Erneut prüfen

## Decisions

decisions-title = Warum wurde ich (nicht) benachrichtigt?
decisions-lead = Für jedes jüngste Ereignis: ob { -headset } eine Benachrichtigung gezeigt und einen Ton abgespielt hat, und warum. Neueste zuerst.
decisions-only-held = Nur zurückgehaltene
decisions-only-held-hint = Ereignisse ohne Benachrichtigung und ohne Ton.
decisions-refresh = Aktualisieren
decisions-empty = Noch keine Ereignisse. Sie erscheinen hier, sobald sie eintreffen.
decisions-empty-held = Nichts wurde zurückgehalten.
decisions-time = Zeit
decisions-event = Ereignis
decisions-conversation = Konversation
decisions-notify = Benachrichtigung
decisions-sound = Ton
decisions-yes = Ja
decisions-no = Nein
decisions-reason-alert = Von Ihren Einstellungen erlaubt
decisions-reason-own-message = Sie haben sie selbst gesendet
decisions-reason-not-selected = Nicht unter den Konversationen, für die Sie Hinweise gewählt haben
decisions-reason-not-incoming = Es war keine eingehende Nachricht
decisions-reason-pending-conversation = Die Konversation ist ausstehend
decisions-reason-flag-off = Sie haben Push-Benachrichtigungen für diese Art von Ereignis ausgeschaltet
decisions-reason-not-notifiable = Diese Art von Ereignis meldet sich nie von selbst
decisions-reason-offline = Sie waren offline
decisions-reason-busy = Sie waren beschäftigt
decisions-reason-snoozed = Hinweise waren pausiert
decisions-reason-os-dnd = Ihr Computer stand auf „Nicht stören“
decisions-reason-outside-hours = Außerhalb Ihrer Verfügbarkeitszeiten
decisions-reason-throttled = Gerade war schon ein anderer Ton zu hören
decisions-reason-digest = Für die Zusammenfassung zurückgehalten
decisions-reason-counted = Nur als ungelesen gezählt
decisions-reason-already-alerted = Bereits einmal gemeldet (kam an, während die Verbindung neu aufgebaut wurde)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] Keine ungelesenen Benachrichtigungen
    [one] { $count } ungelesene Benachrichtigung
   *[other] { $count } ungelesene Benachrichtigungen
}
tray-waiting = { $count ->
    [0] Keine Unterhaltung wartet auf Sie
    [one] { $count } Unterhaltung wartet auf Sie
   *[other] { $count } Unterhaltungen warten auf Sie
}
tray-signed-out = Abgemeldet
snooze-30 = 30 Minuten stummschalten
snooze-60 = 1 Stunde stummschalten
snooze-hours = Stummschalten bis meine Zeiten beginnen
snooze-resume = Hinweise fortsetzen
open-dashboard = Dashboard öffnen
open-settings = Einstellungen…
quit = Headset beenden
alert-away-title = Während Sie weg waren
alert-digest-title = Headset-Zusammenfassung
alert-summary = { $conversations ->
    [one] { $conversations } Unterhaltung
   *[other] { $conversations } Unterhaltungen
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } Erwähnung
   *[other] , { $mentions } Erwähnungen
}
alert-assigned = Ihnen zugewiesen: Unterhaltung #{ $id }
alert-mentioned = Sie wurden in Unterhaltung #{ $id } erwähnt
alert-new-conversation = Neue Unterhaltung #{ $id }
alert-message = { $who } · Unterhaltung #{ $id }
alert-missed = Unterhaltung #{ $id } braucht Aufmerksamkeit
alert-missed-body = Während Headset offline war
alert-open = Unterhaltung öffnen

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.
error-unreachable = Der Server unter { $url } ist nicht erreichbar: { $reason }
error-server = Der Server hat die Anfrage abgelehnt ({ $status }): { $message }
error-protocol = Unerwartete Antwort vom Server: { $detail }
error-agent-unavailable = Der Hintergrund-Agent von Headset läuft nicht.
error-version-mismatch = Dieser Headset-Agent verwendet die IPC-Version { $agent }, der Client die Version { $client }. Starten Sie Headset neu.
error-keychain = Der Schlüsselbund des Betriebssystems ist nicht verfügbar: { $detail }
error-not-signed-in = Nicht angemeldet.
error-window-open = Das Einstellungsfenster ist bereits geöffnet.
error-conflict = Das Profil wurde auf dem Server geändert, nachdem es geladen wurde.
error-too-long = Höchstens { $max } Zeichen erlaubt.
error-too-long-count = Höchstens { $max } Zeichen erlaubt (aktuell { $count }).
error-name-empty = Geben Sie Ihren Namen ein.
error-phone-format = Geben Sie die Telefonnummer im internationalen Format ein, zum Beispiel +48 600 700 800.
error-ca-file-unreadable = { $path } kann nicht gelesen werden: { $detail }.
error-ca-file-not-pem = { $path } ist keine PEM-Datei: { $detail }.
error-ca-file-empty = { $path } enthält kein Zertifikat (erwartet: „-----BEGIN CERTIFICATE-----“).
error-ca-file-unusable = { $path } enthält ein unbrauchbares Zertifikat: { $detail }.
error-proxy-not-url = Geben Sie den Proxy als URL ein (zum Beispiel http://proxy.example.com:3128).
error-proxy-scheme = Nur http://-Proxys werden unterstützt; sie tunneln zu https-Servern (zum Beispiel http://proxy.example.com:3128).
error-proxy-host = Die Proxy-URL braucht einen Host (zum Beispiel http://proxy.example.com:3128).
error-proxy-password = Proxys, die ein Passwort verlangen, werden nicht unterstützt: Lassen Sie Benutzername und Passwort weg.
error-nothing-to-change = Nichts zu ändern.
error-unknown-language = „{ $value }“ ist keine der Sprachen von Headset.
error-unknown-sound-choice = „{ $value }“ ist keine gültige Tonauswahl.
error-unknown-flag = „{ $value }“ ist keine Benachrichtigungseinstellung.
error-timezone = „{ $value }“ ist keine IANA-Zeitzone (zum Beispiel Europe/Warsaw).
error-currency = „{ $value }“ ist kein Währungscode nach ISO 4217 (zum Beispiel EUR).
error-audio-alerts = Wählen Sie none oder eine Kombination aus assigned, notme und unassigned, verbunden mit +.
error-away-status = Wählen Sie „Beschäftigt“ oder „Offline“ als Status während Ihrer Abwesenheit.
error-idle-minutes = Wählen Sie einen Wert zwischen 1 und 480 Minuten.
error-inbox-id = „{ $value }“ ist keine Posteingangs-ID.
error-capacity = Wählen Sie eine Kapazität zwischen 0 und { $max }.
error-https-link = „{ $value }“ ist keine https://-Adresse.
error-time-of-day = „{ $value }“ ist keine Uhrzeit im Format HH:MM.
error-time-of-day-end = „{ $value }“ ist keine Uhrzeit im Format HH:MM (oder 24:00).
error-credentials = Ungültige Anmeldedaten. Bitte versuchen Sie es erneut.
error-code-invalid = Ungültiger Code.
error-sign-in-expired = Die Anmeldung ist abgelaufen. Melden Sie sich erneut an.
error-server-empty = Geben Sie die Adresse Ihres Chatwoot-Servers ein.
error-server-not-url = „{ $value }“ ist keine Webadresse ({ $detail }).
error-server-scheme = Die Adresse muss mit https:// oder http:// beginnen.
error-wrong-password = Das ist nicht Ihr Passwort.
error-keychain-memory-only = { $detail }. Sie bleiben angemeldet, bis Headset beendet wird. Headset speichert Anmeldedaten nie in einer Datei und fragt daher beim nächsten Start erneut danach.
error-avatar-type = Verwenden Sie ein JPEG- oder PNG-Bild.
error-avatar-damaged = Das Bild ist beschädigt angekommen. Versuchen Sie es erneut.
error-avatar-size = Das Bild ist größer als 5 MB. Wählen Sie ein kleineres.
error-billing-admins = Abrechnung & Nutzung ist den Administratoren des Kontos vorbehalten.
error-email-empty = Geben Sie Ihre E-Mail-Adresse ein.
error-password-empty = Geben Sie Ihr Passwort ein.
error-code-empty = Geben Sie den Code ein.
error-token-empty = Fügen Sie den Zugriffstoken aus Ihren Profileinstellungen ein.
error-token-refused = Der Server akzeptiert diesen Zugriffstoken nicht.
error-snooze-minutes = Sie können für 1 Minute bis 24 Stunden stummschalten.
error-snooze-no-hours = Legen Sie zuerst Ihre Verfügbarkeitszeiten fest: Es gibt keinen nächsten Beginn, auf den gewartet werden kann.
error-sound-none = Es ist keine Audiodatei ausgewählt.
error-sound-name = Geben Sie dem Ton einen Namen mit höchstens 100 Zeichen.
error-sound-damaged = Die Datei ist beschädigt angekommen. Versuchen Sie es erneut.
error-sound-size = Die Audiodatei ist größer als 1 MB.
error-sound-format = Headset kann diese Datei nicht abspielen (unterstützt: WAV, MP3, OGG oder FLAC).
error-sound-empty = Die Audiodatei ist leer.
error-sound-length = Der Ton ist länger als 10 Sekunden.
error-not-a-member = Sie sind kein Mitglied dieses Kontos.
error-volume = Die Lautstärke reicht von 0 bis 100.
error-disk-full = Der Datenträger mit den Daten von Headset ist voll, daher wurde diese Änderung nicht gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Erreichbar
diagnose-no-notification-daemon = Kein Benachrichtigungsdienst: { $detail }
diagnose-system-notifications = Die Mitteilungszentrale des Systems
diagnose-unnamed-device = Unbenanntes Gerät
diagnose-no-audio-device = Kein Audioausgabegerät
diagnose-signed-in = Bei { $server } angemeldet als { $email }
diagnose-signed-out = Abgemeldet (letzter Server: { $server })
diagnose-now = jetzt
diagnose-connected = { $reconnects ->
    [one] Verbunden seit { $since }, { $reconnects } Neuverbindung
   *[other] Verbunden seit { $since }, { $reconnects } Neuverbindungen
}
diagnose-connecting = Verbindung wird hergestellt
diagnose-retrying = { $reason }; neuer Versuch in { $seconds } s
diagnose-not-connected = Nicht verbunden (abgemeldet)
diagnose-dnd-off = Aus
diagnose-dnd-on = An: { $why }
dnd-gnome-banners-off = GNOME: Benachrichtigungsbanner sind ausgeschaltet
dnd-dunst-paused = Der Benachrichtigungsdienst (dunst) ist pausiert
dnd-macos-focus = Ein macOS-Fokus ist aktiv
dnd-windows-focus-assist = Der Windows-Fokusassistent ist aktiv
dnd-windows-busy = Windows hält Benachrichtigungen zurück (eine Vollbild-App oder eine Präsentation)

## headset-server's answers, in the language the request asks for
server-not-a-member = Sie sind kein Mitglied dieses Kontos.
server-contact-name = Geben Sie den Namen des Kontakts ein.
server-no-such-inbox = Diesen Posteingang gibt es in diesem Konto nicht.
server-no-such-contact = Diesen Kontakt gibt es in diesem Konto nicht.
server-assignee-not-in-inbox = Dieser Agent hat keinen Zugriff auf diesen Posteingang und kann daher nicht zugewiesen werden.
server-message-empty = Die Nachricht ist leer.
server-role-admins-only = Nur Administratoren können die Rolle eines Agenten ändern.
server-filter-name = Geben Sie dem Filter einen Namen.
server-filter-name-long = Der Name ist länger als 100 Zeichen.
server-mfa-code-invalid = Der Code ist ungültig. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.
server-mfa-already-on = Die Zwei-Faktor-Authentifizierung ist bereits eingeschaltet.
server-mfa-not-started = Beginnen Sie zuerst mit der Einrichtung der Zwei-Faktor-Authentifizierung.
server-mfa-not-on = Die Zwei-Faktor-Authentifizierung ist nicht eingeschaltet.
server-password-invalid = Ungültiges Passwort
server-reset-sent = Falls ein Konto mit dieser E-Mail-Adresse existiert, haben wir einen Link zum Zurücksetzen des Passworts an diese Adresse gesendet.
server-confirmation-mismatch = Die Passwortbestätigung stimmt nicht mit dem Passwort überein
server-reset-link-invalid = Dieser Link zum Zurücksetzen ist ungültig oder abgelaufen. Fordern Sie einen neuen an.
server-password-reset-done = Ihr Passwort wurde geändert. Melden Sie sich jetzt damit an.
server-email-fixed = Ihre E-Mail-Adresse kann hier nicht geändert werden. Bitten Sie eine Person mit Administratorrechten in Ihrem Konto darum.
server-password-managed = Dieses Konto meldet sich über einen Identitätsanbieter an; das Passwort wird dort verwaltet.
server-current-password-invalid = Ungültiges aktuelles Passwort
server-session-current = Das ist die Sitzung, die Sie gerade verwenden. Melden Sie sich stattdessen ab.
server-sign-in-expired = Die Anmeldung ist abgelaufen. Geben Sie Ihre E-Mail-Adresse und Ihr Passwort erneut ein.
server-code-missing = Geben Sie den Code aus Ihrer Authenticator-App oder einen Backup-Code ein.
server-code-invalid = Ungültiger Code. Prüfen Sie Ihre Authenticator-App und versuchen Sie es erneut.
server-avatar-size = Das Bild ist größer als 5 MB. Wählen Sie ein kleineres.
server-avatar-type = Diese Datei ist kein JPEG-, PNG- oder WebP-Bild.
server-avatar-damaged = Das Bild konnte nicht gelesen werden: Die Datei ist beschädigt oder unvollständig.
server-avatar-empty = Das Bild ist leer.
server-sign-in-needed = Sie müssen sich anmelden oder registrieren, um fortzufahren.
server-credentials = Ungültige Anmeldedaten. Bitte versuchen Sie es erneut.
server-profile-changed = Das Profil wurde geändert, nachdem es geladen wurde. Laden Sie es erneut und wenden Sie die Änderung noch einmal an.
server-not-found = Die Ressource wurde nicht gefunden
server-internal = Interner Serverfehler
server-disk-full = Der Datenträger des Servers ist voll, daher konnte nicht gespeichert werden. Bitten Sie die Person, die den Server verwaltet, Speicherplatz freizugeben.
server-password-common = Dieses Passwort ist zu verbreitet. Wählen Sie ein weniger vorhersehbares.
server-password-personal = Das Passwort darf weder Ihren Namen noch Ihre E-Mail-Adresse enthalten.
server-password-uppercase = Verwenden Sie mindestens einen Großbuchstaben.
server-password-digit = Verwenden Sie mindestens eine Ziffer.
server-password-special = Verwenden Sie mindestens ein Sonderzeichen.
server-avatar-pixels = Das Bild hat zu viele Pixel (höchstens { $max } Megapixel). Wählen Sie ein kleineres.
server-too-many = Zu viele Versuche. Versuchen Sie es in { $seconds } Sekunden erneut.
server-not-member-of = Sie sind kein Mitglied des Kontos { $account }.
server-password-min = Verwenden Sie mindestens { $min } Zeichen.
server-password-max = Verwenden Sie höchstens { $max } Zeichen.
server-profile-shape = Senden Sie die Änderungen als {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = Füllen Sie dieses Feld aus, um das Passwort zu ändern.
server-ui-settings-object = ui_settings muss ein Objekt sein.
server-must-be-text = Hier muss Text stehen.
server-must-be-one-of = { $name } muss einer dieser Werte sein: { $choices }.
server-must-be-object = { $name } muss ein Objekt sein.
