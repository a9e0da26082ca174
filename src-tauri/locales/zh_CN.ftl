# Headset's agent (zh_CN): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] 没有未读通知
    [one] { $count } 条未读通知
   *[other] { $count } 条未读通知
}
tray-waiting = { $count ->
    [0] 没有等待您的会话
    [one] { $count } 个会话正在等您
   *[other] { $count } 个会话正在等您
}
tray-signed-out = 已退出登录
status-online = 在线
status-busy = 忙碌
status-offline = 离线
snooze-30 = 静音 30 分钟
snooze-60 = 静音 1 小时
snooze-hours = 静音到我的工作时间开始
snooze-resume = 恢复提醒
open-dashboard = 打开仪表板
open-settings = 设置…
quit = 退出 Headset
alert-away-title = 你离开期间
alert-digest-title = Headset 摘要
alert-summary = { $conversations ->
    [one] { $conversations } 个会话
   *[other] { $conversations } 个会话
}{ $mentions ->
    [0] {""}
    [one] ，{ $mentions } 次提及
   *[other] ，{ $mentions } 次提及
}
alert-assigned = 已分配给你：会话 #{ $id }
alert-mentioned = 你在会话 #{ $id } 中被提及
alert-new-conversation = 新会话 #{ $id }
alert-message = { $who } · 会话 #{ $id }
alert-missed = 会话 #{ $id } 需要处理
alert-missed-body = Headset 离线期间
