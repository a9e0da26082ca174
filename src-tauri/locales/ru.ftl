# Headset's agent (ru): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] Нет непрочитанных уведомлений
    [one] { $count } непрочитанное уведомление
   *[other] Непрочитанных уведомлений: { $count }
}
tray-waiting = { $count ->
    [0] Нет ожидающих вас разговоров
    [one] { $count } разговор ждёт вас
   *[other] Разговоров ждут вас: { $count }
}
tray-signed-out = Вы вышли
status-online = В сети
status-busy = Занят
status-offline = Не в сети
snooze-30 = Без звука на 30 минут
snooze-60 = Без звука на 1 час
snooze-hours = Без звука до начала рабочих часов
snooze-resume = Возобновить оповещения
open-dashboard = Открыть панель
open-settings = Настройки…
quit = Выйти из Headset
alert-away-title = Пока вас не было
alert-digest-title = Сводка Headset
alert-summary = { $conversations ->
    [one] { $conversations } разговор
   *[other] Разговоров: { $conversations }
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } упоминание
   *[other] , упоминаний: { $mentions }
}
alert-assigned = Назначено вам: разговор №{ $id }
alert-mentioned = Вас упомянули в разговоре №{ $id }
alert-new-conversation = Новый разговор №{ $id }
alert-message = { $who } · разговор №{ $id }
alert-missed = Разговор №{ $id } требует внимания
alert-missed-body = Пока Headset был не в сети
