# Headset's agent (it): the tray menu and the desktop notifications it raises.
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
status-online = Online
status-busy = Occupato
status-offline = Offline
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
