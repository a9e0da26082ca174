# Headset's agent (fr): the tray menu and the desktop notifications it raises.
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
status-online = En ligne
status-busy = Occupé
status-offline = Hors ligne
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
