# Headset's agent (vi): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] Không có thông báo chưa đọc
    [one] { $count } thông báo chưa đọc
   *[other] { $count } thông báo chưa đọc
}
tray-waiting = { $count ->
    [0] Không có cuộc trò chuyện nào đang chờ bạn
    [one] { $count } cuộc trò chuyện đang chờ bạn
   *[other] { $count } cuộc trò chuyện đang chờ bạn
}
tray-signed-out = Đã đăng xuất
status-online = Trực tuyến
status-busy = Bận
status-offline = Ngoại tuyến
snooze-30 = Tạm tắt 30 phút
snooze-60 = Tạm tắt 1 giờ
snooze-hours = Tạm tắt đến khi giờ làm việc bắt đầu
snooze-resume = Bật lại cảnh báo
open-dashboard = Mở bảng điều khiển
open-settings = Cài đặt…
quit = Thoát Headset
alert-away-title = Trong lúc bạn vắng mặt
alert-digest-title = Tóm tắt Headset
alert-summary = { $conversations ->
    [one] { $conversations } cuộc trò chuyện
   *[other] { $conversations } cuộc trò chuyện
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } lượt nhắc
   *[other] , { $mentions } lượt nhắc
}
alert-assigned = Đã giao cho bạn: cuộc trò chuyện #{ $id }
alert-mentioned = Bạn được nhắc đến trong cuộc trò chuyện #{ $id }
alert-new-conversation = Cuộc trò chuyện mới #{ $id }
alert-message = { $who } · cuộc trò chuyện #{ $id }
alert-missed = Cuộc trò chuyện #{ $id } cần được chú ý
alert-missed-body = Trong lúc Headset ngoại tuyến
