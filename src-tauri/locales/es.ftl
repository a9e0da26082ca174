# Headset's agent (es): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] No hay notificaciones sin leer
    [one] { $count } notificación sin leer
   *[other] { $count } notificaciones sin leer
}
tray-waiting = { $count ->
    [0] Ninguna conversación te espera
    [one] { $count } conversación te espera
   *[other] { $count } conversaciones te esperan
}
tray-signed-out = Sesión cerrada
status-online = En línea
status-busy = Ocupado
status-offline = Desconectado
snooze-30 = Pausar 30 minutos
snooze-60 = Pausar 1 hora
snooze-hours = Pausar hasta que empiece mi horario
snooze-resume = Reanudar avisos
open-dashboard = Abrir el panel
open-settings = Ajustes…
quit = Salir de Headset
alert-away-title = Mientras no estabas
alert-digest-title = Resumen de Headset
alert-summary = { $conversations ->
    [one] { $conversations } conversación
   *[other] { $conversations } conversaciones
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } mención
   *[other] , { $mentions } menciones
}
alert-assigned = Asignada a ti: conversación #{ $id }
alert-mentioned = Te mencionaron en la conversación #{ $id }
alert-new-conversation = Nueva conversación #{ $id }
alert-message = { $who } · conversación #{ $id }
alert-missed = La conversación #{ $id } necesita atención
alert-missed-body = Mientras Headset estaba desconectado
