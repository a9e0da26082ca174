# Headset's agent (tr): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] Okunmamış bildirim yok
    [one] { $count } okunmamış bildirim
   *[other] { $count } okunmamış bildirim
}
tray-waiting = { $count ->
    [0] Sizi bekleyen konuşma yok
    [one] Sizi bekleyen { $count } konuşma var
   *[other] Sizi bekleyen { $count } konuşma var
}
tray-signed-out = Oturum kapalı
status-online = Çevrimiçi
status-busy = Meşgul
status-offline = Çevrimdışı
snooze-30 = 30 dakika sessize al
snooze-60 = 1 saat sessize al
snooze-hours = Çalışma saatlerim başlayana kadar sessize al
snooze-resume = Uyarıları sürdür
open-dashboard = Paneli aç
open-settings = Ayarlar…
quit = Headset'ten çık
alert-away-title = Siz yokken
alert-digest-title = Headset özeti
alert-summary = { $conversations ->
    [one] { $conversations } konuşma
   *[other] { $conversations } konuşma
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } anılma
   *[other] , { $mentions } anılma
}
alert-assigned = Size atandı: konuşma #{ $id }
alert-mentioned = #{ $id } numaralı konuşmada anıldınız
alert-new-conversation = Yeni konuşma #{ $id }
alert-message = { $who } · konuşma #{ $id }
alert-missed = #{ $id } numaralı konuşma ilgi bekliyor
alert-missed-body = Headset çevrimdışıyken
