# Headset's agent (ja): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] 未読の通知はありません
    [one] 未読の通知 { $count } 件
   *[other] 未読の通知 { $count } 件
}
tray-waiting = { $count ->
    [0] 待っている会話はありません
    [one] { $count } 件の会話が待っています
   *[other] { $count } 件の会話が待っています
}
tray-signed-out = サインアウトしました
status-online = オンライン
status-busy = 取り込み中
status-offline = オフライン
snooze-30 = 30 分間ミュート
snooze-60 = 1 時間ミュート
snooze-hours = 勤務時間が始まるまでミュート
snooze-resume = 通知を再開
open-dashboard = ダッシュボードを開く
open-settings = 設定…
quit = Headset を終了
alert-away-title = 不在の間に
alert-digest-title = Headset のまとめ
alert-summary = { $conversations ->
    [one] 会話 { $conversations } 件
   *[other] 会話 { $conversations } 件
}{ $mentions ->
    [0] {""}
    [one] 、メンション { $mentions } 件
   *[other] 、メンション { $mentions } 件
}
alert-assigned = あなたに割り当てられました: 会話 #{ $id }
alert-mentioned = 会話 #{ $id } でメンションされました
alert-new-conversation = 新しい会話 #{ $id }
alert-message = { $who } · 会話 #{ $id }
alert-missed = 会話 #{ $id } に対応が必要です
alert-missed-body = Headset がオフラインの間に
