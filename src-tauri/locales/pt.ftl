# Headset's agent (pt): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] Nenhuma notificação por ler
    [one] { $count } notificação por ler
   *[other] { $count } notificações por ler
}
tray-waiting = { $count ->
    [0] Nenhuma conversa à sua espera
    [one] { $count } conversa à sua espera
   *[other] { $count } conversas à sua espera
}
tray-signed-out = Sessão terminada
status-online = Online
status-busy = Ocupado
status-offline = Offline
snooze-30 = Silenciar por 30 minutos
snooze-60 = Silenciar por 1 hora
snooze-hours = Silenciar até o meu horário começar
snooze-resume = Retomar alertas
open-dashboard = Abrir painel
open-settings = Definições…
quit = Sair do Headset
alert-away-title = Enquanto esteve ausente
alert-digest-title = Resumo do Headset
alert-summary = { $conversations ->
    [one] { $conversations } conversa
   *[other] { $conversations } conversas
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } menção
   *[other] , { $mentions } menções
}
alert-assigned = Atribuída a si: conversa #{ $id }
alert-mentioned = Foi mencionado na conversa #{ $id }
alert-new-conversation = Nova conversa #{ $id }
alert-message = { $who } · conversa #{ $id }
alert-missed = A conversa #{ $id } precisa de atenção
alert-missed-body = Enquanto o Headset estava offline
