# Headset's agent (ar): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] لا توجد إشعارات غير مقروءة
    [one] إشعار واحد غير مقروء
   *[other] { $count } إشعارات غير مقروءة
}
tray-waiting = { $count ->
    [0] لا محادثات بانتظارك
    [one] محادثة واحدة بانتظارك
   *[other] محادثات بانتظارك: { $count }
}
tray-signed-out = تم تسجيل الخروج
status-online = متصل
status-busy = مشغول
status-offline = غير متصل
snooze-30 = كتم التنبيهات 30 دقيقة
snooze-60 = كتم التنبيهات ساعة واحدة
snooze-hours = كتم التنبيهات حتى بداية ساعات عملي
snooze-resume = استئناف التنبيهات
open-dashboard = فتح لوحة التحكم
open-settings = الإعدادات…
quit = إنهاء Headset
alert-away-title = أثناء غيابك
alert-digest-title = ملخص Headset
alert-summary = { $conversations ->
    [one] محادثة واحدة
   *[other] { $conversations } محادثات
}{ $mentions ->
    [0] {""}
    [one] ، إشارة واحدة
   *[other] ، { $mentions } إشارات
}
alert-assigned = أُسندت إليك: المحادثة رقم { $id }
alert-mentioned = تمت الإشارة إليك في المحادثة رقم { $id }
alert-new-conversation = محادثة جديدة رقم { $id }
alert-message = { $who } · المحادثة رقم { $id }
alert-missed = المحادثة رقم { $id } تحتاج إلى انتباه
alert-missed-body = أثناء انقطاع Headset
