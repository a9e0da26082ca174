# Headset's agent (ko): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] 읽지 않은 알림이 없습니다
    [one] 읽지 않은 알림 { $count }개
   *[other] 읽지 않은 알림 { $count }개
}
tray-waiting = { $count ->
    [0] 기다리는 대화가 없습니다
    [one] 대화 { $count }개가 기다리고 있습니다
   *[other] 대화 { $count }개가 기다리고 있습니다
}
tray-signed-out = 로그아웃됨
status-online = 온라인
status-busy = 다른 용무 중
status-offline = 오프라인
snooze-30 = 30분 동안 알림 끄기
snooze-60 = 1시간 동안 알림 끄기
snooze-hours = 근무 시간이 시작될 때까지 알림 끄기
snooze-resume = 알림 다시 켜기
open-dashboard = 대시보드 열기
open-settings = 설정…
quit = Headset 종료
alert-away-title = 자리를 비운 동안
alert-digest-title = Headset 요약
alert-summary = { $conversations ->
    [one] 대화 { $conversations }개
   *[other] 대화 { $conversations }개
}{ $mentions ->
    [0] {""}
    [one] , 멘션 { $mentions }개
   *[other] , 멘션 { $mentions }개
}
alert-assigned = 나에게 배정됨: 대화 #{ $id }
alert-mentioned = 대화 #{ $id }에서 멘션되었습니다
alert-new-conversation = 새 대화 #{ $id }
alert-message = { $who } · 대화 #{ $id }
alert-missed = 대화 #{ $id }에 확인이 필요합니다
alert-missed-body = Headset이 오프라인인 동안
