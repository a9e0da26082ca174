# Headset's agent: the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] No unread notifications
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}
tray-waiting = { $count ->
    [0] No conversations waiting for you
    [one] { $count } conversation waiting for you
   *[other] { $count } conversations waiting for you
}
tray-signed-out = Signed out
status-online = Online
status-busy = Busy
status-offline = Offline
snooze-30 = Snooze for 30 minutes
snooze-60 = Snooze for 1 hour
snooze-hours = Snooze until my hours start
snooze-resume = Resume alerts
open-dashboard = Open dashboard
open-settings = Settings…
quit = Quit Headset
alert-away-title = While you were away
alert-digest-title = Headset digest
alert-summary = { $conversations ->
    [one] { $conversations } conversation
   *[other] { $conversations } conversations
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } mention
   *[other] , { $mentions } mentions
}
alert-assigned = Assigned to you: conversation #{ $id }
alert-mentioned = You were mentioned in conversation #{ $id }
alert-new-conversation = New conversation #{ $id }
alert-message = { $who } · conversation #{ $id }
alert-missed = Conversation #{ $id } needs attention
alert-missed-body = While Headset was offline
