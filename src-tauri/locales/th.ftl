# Headset's agent (th): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] ไม่มีการแจ้งเตือนที่ยังไม่อ่าน
    [one] การแจ้งเตือนที่ยังไม่อ่าน { $count } รายการ
   *[other] การแจ้งเตือนที่ยังไม่อ่าน { $count } รายการ
}
tray-waiting = { $count ->
    [0] ไม่มีบทสนทนาที่รอคุณ
    [one] มี { $count } บทสนทนาที่รอคุณ
   *[other] มี { $count } บทสนทนาที่รอคุณ
}
tray-signed-out = ออกจากระบบแล้ว
status-online = ออนไลน์
status-busy = ไม่ว่าง
status-offline = ออฟไลน์
snooze-30 = ปิดเสียง 30 นาที
snooze-60 = ปิดเสียง 1 ชั่วโมง
snooze-hours = ปิดเสียงจนถึงเวลาทำงานของฉัน
snooze-resume = เปิดการแจ้งเตือนอีกครั้ง
open-dashboard = เปิดแดชบอร์ด
open-settings = การตั้งค่า…
quit = ออกจาก Headset
alert-away-title = ระหว่างที่คุณไม่อยู่
alert-digest-title = สรุปจาก Headset
alert-summary = { $conversations ->
    [one] { $conversations } การสนทนา
   *[other] { $conversations } การสนทนา
}{ $mentions ->
    [0] {""}
    [one] , ถูกกล่าวถึง { $mentions } ครั้ง
   *[other] , ถูกกล่าวถึง { $mentions } ครั้ง
}
alert-assigned = มอบหมายให้คุณ: การสนทนา #{ $id }
alert-mentioned = คุณถูกกล่าวถึงในการสนทนา #{ $id }
alert-new-conversation = การสนทนาใหม่ #{ $id }
alert-message = { $who } · การสนทนา #{ $id }
alert-missed = การสนทนา #{ $id } ต้องการความสนใจ
alert-missed-body = ระหว่างที่ Headset ออฟไลน์
