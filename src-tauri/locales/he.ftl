# Headset's agent (he): the tray menu and the desktop notifications it raises.
tray-unread = { $count ->
    [0] אין התראות שלא נקראו
    [one] התראה אחת שלא נקראה
   *[other] { $count } התראות שלא נקראו
}
tray-waiting = { $count ->
    [0] אין שיחות שממתינות לך
    [one] שיחה אחת ממתינה לך
   *[other] { $count } שיחות ממתינות לך
}
tray-signed-out = מנותק
status-online = מחובר
status-busy = עסוק
status-offline = לא מחובר
snooze-30 = השתקה ל־30 דקות
snooze-60 = השתקה לשעה
snooze-hours = השתקה עד תחילת שעות העבודה שלי
snooze-resume = חידוש ההתראות
open-dashboard = פתיחת לוח הבקרה
open-settings = הגדרות…
quit = יציאה מ־Headset
alert-away-title = בזמן שלא היית
alert-digest-title = סיכום Headset
alert-summary = { $conversations ->
    [one] שיחה אחת
   *[other] { $conversations } שיחות
}{ $mentions ->
    [0] {""}
    [one] , אזכור אחד
   *[other] , { $mentions } אזכורים
}
alert-assigned = הוקצתה לך: שיחה #{ $id }
alert-mentioned = הוזכרת בשיחה #{ $id }
alert-new-conversation = שיחה חדשה #{ $id }
alert-message = { $who } · שיחה #{ $id }
alert-missed = שיחה #{ $id } דורשת תשומת לב
alert-missed-body = בזמן ש־Headset לא היה מחובר
