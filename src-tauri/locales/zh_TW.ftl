# Headset's agent (zh_TW): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] 沒有未讀通知
    [one] { $count } 則未讀通知
   *[other] { $count } 則未讀通知
}
tray-waiting = { $count ->
    [0] 沒有等待您的對話
    [one] { $count } 個對話正在等您
   *[other] { $count } 個對話正在等您
}
tray-signed-out = 已登出
status-online = 線上
status-busy = 忙碌
status-offline = 離線
snooze-30 = 靜音 30 分鐘
snooze-60 = 靜音 1 小時
snooze-hours = 靜音到我的工作時間開始
snooze-resume = 恢復提醒
open-dashboard = 開啟儀表板
open-settings = 設定…
quit = 結束 Headset
alert-away-title = 你離開期間
alert-digest-title = Headset 摘要
alert-summary = { $conversations ->
    [one] { $conversations } 個對話
   *[other] { $conversations } 個對話
}{ $mentions ->
    [0] {""}
    [one] ，{ $mentions } 次提及
   *[other] ，{ $mentions } 次提及
}
alert-assigned = 已指派給你：對話 #{ $id }
alert-mentioned = 你在對話 #{ $id } 中被提及
alert-new-conversation = 新對話 #{ $id }
alert-message = { $who } · 對話 #{ $id }
alert-missed = 對話 #{ $id } 需要處理
alert-missed-body = Headset 離線期間
