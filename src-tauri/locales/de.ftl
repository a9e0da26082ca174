# Headset's agent (de): the tray menu and the desktop notifications it raises.
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
status-online = Online
status-busy = Beschäftigt
status-offline = Offline
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
