# Headset's agent (id): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] Tidak ada notifikasi belum dibaca
    [one] { $count } notifikasi belum dibaca
   *[other] { $count } notifikasi belum dibaca
}
tray-waiting = { $count ->
    [0] Tidak ada percakapan yang menunggu Anda
    [one] { $count } percakapan menunggu Anda
   *[other] { $count } percakapan menunggu Anda
}
tray-signed-out = Sudah keluar
status-online = Online
status-busy = Sibuk
status-offline = Offline
snooze-30 = Senyapkan 30 menit
snooze-60 = Senyapkan 1 jam
snooze-hours = Senyapkan sampai jam kerja saya mulai
snooze-resume = Lanjutkan peringatan
open-dashboard = Buka dasbor
open-settings = Pengaturan…
quit = Keluar dari Headset
alert-away-title = Selama Anda pergi
alert-digest-title = Ringkasan Headset
alert-summary = { $conversations ->
    [one] { $conversations } percakapan
   *[other] { $conversations } percakapan
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } sebutan
   *[other] , { $mentions } sebutan
}
alert-assigned = Ditugaskan kepada Anda: percakapan #{ $id }
alert-mentioned = Anda disebut dalam percakapan #{ $id }
alert-new-conversation = Percakapan baru #{ $id }
alert-message = { $who } · percakapan #{ $id }
alert-missed = Percakapan #{ $id } perlu perhatian
alert-missed-body = Selama Headset offline
