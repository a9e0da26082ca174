# ההגדרות של Headset: עברית.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = לנסות שוב
common-cancel = ביטול
common-copy = העתקה
common-loading = בטעינה…
common-saving = בשמירה…
common-checking = בבדיקה…
common-signing-out = מתבצעת יציאה…
error-fallback = משהו השתבש. כדאי לנסות שוב.

## Availability statuses and roles

status-online = מחובר
status-busy = עסוק
status-offline = לא מחובר
role-agent = נציג
role-administrator = מנהל

## App

app-connecting = מתחברים אל { -headset }…
app-title = ההגדרות של { -headset }

## SignIn

signin-title = כניסה אל { -headset }
signin-lead-code = יש להזין את הקוד בן { $digits } הספרות מאפליקציית האימות.
signin-lead-token = יש להדביק את אסימון הגישה מהגדרות הפרופיל בלוח הבקרה באינטרנט.
signin-lead-password = יש להשתמש בכתובת ובחשבון של שרת ה-{ -chatwoot } שלך.
signin-server = כתובת השרת
signin-email = אימייל
signin-password = סיסמה
signin-backup-code = קוד גיבוי
signin-auth-code = קוד אימות
signin-use-backup-code = אני משתמש בקוד גיבוי
signin-token = אסימון גישה
signin-signing-in = מתבצעת כניסה…
signin-verify = אימות
signin-submit = כניסה
signin-use-token = כניסה עם אסימון גישה במקום
signin-use-password = כניסה עם אימייל וסיסמה במקום
signin-forgot = שכחת את הסיסמה?
signin-reset-title = איפוס סיסמה
signin-reset-lead = יש להזין את כתובת האימייל של החשבון, והשרת ישלח קישור להגדרת סיסמה חדשה.
signin-reset-submit = שליחת קישור לאיפוס
signin-reset-sending = בשליחה…
signin-reset-back = חזרה לכניסה
signin-reset-sent = אם קיים חשבון עבור { $email }, שלחנו קישור לאיפוס הסיסמה.
signin-reset-error-email = יש להזין את כתובת האימייל של החשבון.
signin-network = הגדרות חיבור
signin-network-lead = לשרת באירוח עצמי שמשתמש בתעודות של הארגון או שהגישה אליו עוברת דרך פרוקסי. ההגדרות האלה שייכות למחשב הזה.

## ProfileSummary

summary-connected = מחובר
summary-reconnecting = התחברות מחדש בעוד { $seconds } שנ׳ ({ $reason })
summary-connecting = מתחבר…
summary-not-connected = לא מחובר
summary-live = עדכונים בזמן אמת
summary-unread = התראות שלא נקראו
summary-sign-out = יציאה
menu-button =
    .aria-label = תפריט החשבון
menu-open-dashboard = פתיחת לוח הבקרה
menu-billing = חיוב ושימוש
menu-switch-account = החלפת חשבון
summary-active-account = החשבון הפעיל: { $account }
summary-switching-account = מתבצעת החלפת חשבון…

## GeneralSection

general-title = כללי
general-lead = איך { -headset } פועל במחשב הזה.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = להפעיל את { -headset } בכניסה למחשב
launch-banner-question = להפעיל את { -headset } בכניסה למחשב, כדי שההתראות ימשיכו להגיע?
launch-banner-yes = כן
launch-banner-not-now = לא עכשיו

## StatusSwitcher

status-legend = סטטוס

## Settings

settings-nav =
    .aria-label = הגדרות
settings-tabs =
    .aria-label = אזורי ההגדרות
settings-app-name = { -headset }
settings-section-general = כללי
settings-section-profile = פרופיל
settings-section-social = קישורים לרשתות חברתיות
settings-section-region = שפה ואזור
settings-section-notifications = התראות
settings-section-availability = זמינות
settings-section-segments = פלחים
settings-section-channels = ערוצים
settings-section-team = צוות
settings-section-security = אבטחה
settings-section-network = חיבור
settings-section-diagnostics = אבחון
settings-pending-edits =
    { $count ->
        [one] שינוי אחד ממתין לסנכרון
        [two] שני שינויים ממתינים לסנכרון
       *[other] { $count } שינויים ממתינים לסנכרון
    }

## FormFooter

form-saving = בשמירה…
form-pending = ממתינים לשרת…
form-saved = הפרופיל שלך עודכן בהצלחה
form-not-saved-field = לא נשמר: יש לבדוק את השדה המסומן.
form-pending-detail = נשמר במחשב הזה — יסונכרן כשהשרת יהיה זמין.
form-pending-detail-retry = נשמר במחשב הזה — יסונכרן כשהשרת יהיה זמין (ניסיון נוסף בעוד { $seconds } שנ׳).
form-save = שמירה

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = פרופיל
profile-lead = איך הצוות והלקוחות רואים אותך.
profile-name = שם מלא
profile-display-name = שם תצוגה
profile-display-name-hint = מוצג ללקוחות במקום השם המלא.
profile-email = אימייל
profile-email-hint = אי אפשר לשנות כאן את כתובת האימייל. אפשר לבקש ממנהל החשבון לשנות אותה.
profile-job-title = תפקיד
    .placeholder = ראש צוות תמיכה
profile-about = אודות
profile-phone = טלפון
profile-phone-hint = בפורמט בינלאומי, למשל { $example }.
profile-signature = חתימה להודעות
profile-signature-hint = מתווספת לתשובות שנשלחות כשהחתימה מופעלת.
profile-error-name = יש להזין שם.

## ProfileFacts

profile-facts-title = חשבון
profile-facts-company = חברה
profile-facts-role = תפקיד
profile-facts-created = חבר מאז
profile-facts-last-sign-in = כניסה אחרונה
profile-facts-updated = עדכון אחרון של הפרופיל

## Rules

rules-phone = יש להזין את מספר הטלפון בפורמט בינלאומי, למשל { $example }.
rules-https = “{ $address }” אינה כתובת https://
rules-length = עד { $max } תווים (כרגע { $count }).
rules-idle-minutes = יש להזין מספר שלם של דקות בין { $min } ל-{ $max }.

## SocialSection

social-title = קישורים לרשתות חברתיות
social-lead = מוצגים בכרטיס הפרופיל. יש להשתמש בכתובות https:// מלאות; שדה ריק מסיר את הקישור.
social-website = אתר

## RegionSection

region-title = שפה ואזור
region-lead = השפה של { -headset } ושל { -chatwoot }, ואופן הצגת השעות והסכומים.
region-language = שפה
region-account-default = ברירת המחדל של החשבון
region-language-hint = ״ברירת המחדל של החשבון״ היא השפה שבחר המנהל.
region-timezone = אזור זמן
region-timezone-filter =
    .placeholder = סינון אזורי זמן
    .aria-label = סינון אזורי זמן
region-not-set = לא הוגדר
region-timezone-count =
    { $count ->
        [one] אזור זמן אחד
       *[other] { $count } אזורי זמן
    }
region-timezone-count-here =
    { $count ->
        [one] אזור זמן אחד · המחשב הזה: { $zone }
       *[other] { $count } אזורי זמן · המחשב הזה: { $zone }
    }
region-currency = מטבע

## AwayForm

away-title = כשמתרחקים מהמחשב
away-lead = { -headset } מזהה נעילת מסך ומחזיר את הסטטוס כשחוזרים.
away-on-lock = לשנות את הסטטוס שלי כשהמסך נעול
away-status = סטטוס בזמן היעדרות
away-status-busy = עסוק: בלי צלילים, רק הקצאות ואזכורים
away-status-offline = לא מחובר: לא יוקצה לי שום דבר חדש
away-idle =
    { $minutes ->
        [one] גם כשאין פעילות במשך { $minutes } דקה
       *[other] גם כשאין פעילות במשך { $minutes } דקות
    }
away-idle-minutes =
    .aria-label = דקות ללא פעילות
away-idle-hint = ללא פעילות: בלי שימוש במקלדת או בעכבר. בין { $min } ל-{ $max } דקות.

## Weekdays

day-mon = יום שני
day-tue = יום שלישי
day-wed = יום רביעי
day-thu = יום חמישי
day-fri = יום שישי
day-sat = שבת
day-sun = יום ראשון

## Availability now line and checks

availability-now-any-time = זמין בכל עת
availability-now-no-hours = לא הוגדרו שעות: { -headset } מעכב התראות כל השבוע
availability-now-until-time = זמין עכשיו, עד { $time } ({ $zone })
availability-now-until-midnight = זמין עכשיו, עד חצות ({ $zone })
availability-now-until-day = זמין עכשיו, עד { $day } { $time } ({ $zone })
availability-now-until-next-week = זמין עכשיו, עד { $day } הבא { $time } ({ $zone })
availability-now-round-the-clock = זמין עכשיו, מסביב לשעון ({ $zone })
availability-next-today = זמין שוב: היום { $time } ({ $zone })
availability-next-day = זמין שוב: { $day } { $time } ({ $zone })
availability-next-next-week = זמין שוב: { $day } הבא { $time } ({ $zone })
availability-error-start-empty = יש להזין שעת התחלה.
availability-error-end-empty = יש להזין שעת סיום.
availability-error-start-24 = 24:00 יכולה להיות רק שעת סיום.
availability-error-start = “{ $value }” אינה שעה בתבנית HH:MM.
availability-error-end = “{ $value }” אינה שעה בתבנית HH:MM (או 24:00).
availability-error-same = שעת ההתחלה ושעת הסיום חייבות להיות שונות.
availability-error-overlap = { $day }: { $first } ו-{ $second } חופפים.

## AvailabilitySection

availability-title = זמינות
availability-lead = השעות שבהן מקבלים שיחות, ומה { -headset } מעכב מחוץ להן.
availability-use-hours = שימוש בשעות זמינות
availability-off-hint = { -headset } מתריע בכל עת.
availability-weekly = שעות שבועיות
availability-zone-hint = השעות לפי { $zone }. טווח שמסתיים לפני שעת ההתחלה או בה נמשך אחרי חצות.
availability-zone-hint-local = השעות לפי { $zone } (אזור הזמן של המחשב הזה; אפשר לבחור את שלך ב״שפה ואזור״). טווח שמסתיים לפני שעת ההתחלה או בה נמשך אחרי חצות.
availability-unavailable = לא זמין
availability-interval-start =
    .aria-label = { $day }, טווח { $number }, התחלה
availability-interval-end =
    .aria-label = { $day }, טווח { $number }, סיום
availability-remove = הסרה
    .aria-label = הסרת { $day }, טווח { $number }
availability-ends-next-day = מסתיים למחרת
availability-until-midnight = עד חצות
availability-add = הוספת טווח
    .aria-label = הוספת טווח ב{ $day }
availability-copy = העתקה לכל הימים
    .aria-label = העתקת השעות של { $day } לכל הימים
availability-hold-back = מחוץ לשעות האלה, לעכב
availability-block-desktop = התראות בשולחן העבודה
availability-block-sound = צלילים
availability-block-email = התראות באימייל
availability-block-push = התראות פוש
availability-status = סטטוס
availability-auto-status = להעביר את הסטטוס שלי למחובר כשהשעות מתחילות ולא מחובר כשהן מסתיימות

## NotificationsSection

notifications-title = התראות
notifications-lead = מתי { -headset } משמיע צליל, באיזו תדירות הוא מציג התראות בשולחן העבודה, ומה { -chatwoot } שולח אליך באימייל ובפוש.
notifications-synced = מסונכרן עם החשבון שלך
notifications-this-computer = צליל במחשב הזה
notifications-sound = צליל
notifications-alerts = להשמיע צליל להודעות חדשות ב
notifications-alerts-none = אף פעם
notifications-alerts-assigned = שיחות שהוקצו לי
notifications-alerts-assigned-unassigned = שיחות שהוקצו לי או שלא הוקצו
notifications-alerts-all = כל השיחות
notifications-alerts-custom = מותאם אישית ({ $value })
notifications-tone = צליל התראה
notifications-tone-ding = דינג
notifications-tone-bell = פעמון
notifications-tone-chime = צלצול
notifications-tone-magic = קסם
notifications-tone-ping = פינג
notifications-volume = עוצמת קול
notifications-volume-hint = במחשב הזה בלבד
notifications-test-sound = בדיקת צליל
notifications-repeat = לחזור כל { $seconds } שנ׳ כל עוד שיחה שהוקצתה לא נקראה
notifications-custom-sound = צליל מותאם אישית
notifications-custom-sound-none = אפשר להשמיע במחשב הזה צליל משלך במקום צליל ההתראה.
notifications-custom-sound-plays = במחשב הזה יושמע { $name } במקום צליל ההתראה.
notifications-custom-sound-hint = WAV, MP3, Ogg או FLAC, עד { $megabytes } MB.
notifications-custom-sound-choose = בחירת צליל…
notifications-custom-sound-replace = בחירת צליל אחר…
notifications-custom-sound-test = בדיקה
    .aria-label = בדיקת הצליל המותאם אישית
notifications-custom-sound-remove = הסרה
    .aria-label = הסרת הצליל המותאם אישית
notifications-custom-sound-error-type = יש לבחור קובץ WAV, MP3, Ogg או FLAC.
notifications-custom-sound-error-size = הצליל גדול מ-{ $megabytes } MB. יש לבחור קובץ קטן יותר.
notifications-custom-sound-error-read = לא ניתן לקרוא את הקובץ הזה.
notifications-dashboard-on = גם לוח הבקרה באינטרנט משמיע צלילים (עבור { $conversations }).
notifications-dashboard-assigned = שיחות שהוקצו לך
notifications-dashboard-unassigned = שיחות שלא הוקצו
notifications-dashboard-notme = שיחות שהוקצו לאחרים
notifications-dashboard-all = כל השיחות
notifications-dashboard-silence = השתקת לוח הבקרה
notifications-dashboard-off = לוח הבקרה באינטרנט שקט; רק { -headset } מצלצל.
notifications-desktop = התראות בשולחן העבודה
notifications-show = להציג
notifications-instant = מיד
notifications-digest-minutes =
    { $minutes ->
        [one] סיכום כל דקה
       *[other] סיכום כל { $minutes } דקות
    }
notifications-digest-hour = סיכום כל שעה
notifications-email-push = התראות באימייל ובפוש
notifications-notify-when = להודיע לי כאשר
notifications-channel-email = אימייל
notifications-channel-push = פוש
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = נוצרת שיחה חדשה
notifications-kind-conversation-assignment = שיחה מוקצית אליך
notifications-kind-assigned-conversation-new-message = מגיעה הודעה חדשה בשיחה שהוקצתה אליך
notifications-kind-conversation-mention = מזכירים אותך בשיחה
notifications-kind-participating-conversation-new-message = מגיעה הודעה חדשה בשיחה שבה אתה משתתף
notifications-kind-sla-missed-first-response = הפרת SLA: תגובה ראשונה
notifications-kind-sla-missed-next-response = הפרת SLA: תגובה הבאה
notifications-kind-sla-missed-resolution = הפרת SLA: פתרון

## ChannelsSection

channels-title = ערוצים
channels-lead = קבלת שיחות מהערוצים האלה, עד מספר מסוים בו-זמנית.
channels-empty = אין עדיין ערוצים. אפשר ליצור תיבות דואר נכנס בלוח הבקרה באינטרנט.
channels-take = קבלת שיחות
channels-at-most = לכל היותר
channels-capacity-hint = לכל היותר: שיחות פתוחות בו-זמנית, מ-{ $min } עד { $max }; { $min } = ללא הגבלה.
channels-capacity-error = יש להזין מספר שלם בין { $min } ל-{ $max }.

## SegmentsSection

segments-title = פלחים
segments-lead = בחירת פלחי אנשי הקשר והחברות שרוצים לראות. בלי בחירה מוצגים כולם.
segments-contact = פלחי אנשי קשר
segments-company = פלחי חברות
segments-contact-empty = אין עדיין פלחי אנשי קשר. אפשר ליצור אותם בלוח הבקרה באינטרנט.
segments-company-empty = אין עדיין פלחי חברות. אפשר ליצור אותם בלוח הבקרה באינטרנט.
segments-showing-all = מוצגים כולם
segments-showing = מוצגים { $count } מתוך { $total }
segments-contact-gone =
    { $count ->
        [one] פלח אנשי קשר אחד שבחרת כבר לא קיים; הוא יוסר בשמירה.
       *[other] { $count } פלחי אנשי קשר שבחרת כבר לא קיימים; הם יוסרו בשמירה.
    }
segments-company-gone =
    { $count ->
        [one] פלח חברות אחד שבחרת כבר לא קיים; הוא יוסר בשמירה.
       *[other] { $count } פלחי חברות שבחרת כבר לא קיימים; הם יוסרו בשמירה.
    }

## TeamSection

team-title = צוות
team-lead = הנציגים של { $account }, ומה כל אחד יכול לעשות.
team-empty = אין עדיין נציגים.
team-name = שם
team-email = אימייל
team-status = סטטוס
team-role = תפקיד
team-you = את/ה
team-role-select =
    .aria-label = התפקיד של { $name }
    .title = אי אפשר לשנות את התפקיד של עצמך. אפשר לבקש ממנהל אחר.
team-roles-note = רק מנהלים יכולים לשנות תפקידים.
team-now-administrator = { $name } מנהל עכשיו.
team-now-agent = { $name } נציג עכשיו.

## AvatarEditor

avatar-drop =
    .aria-label = תמונת פרופיל: אפשר לשחרר כאן תמונה
avatar-change = החלפת תמונה…
avatar-add = הוספת תמונה…
avatar-remove = הסרת התמונה
avatar-hint = JPEG, PNG או WebP. אפשר לשחרר כאן או לבחור קובץ.
avatar-crop =
    .aria-label = חיתוך התמונה
avatar-preview =
    .aria-label = תצוגה מקדימה. אפשר לגרור או להשתמש במקשי החצים כדי להזיז את התמונה.
avatar-zoom = זום
avatar-rotate-left = סיבוב שמאלה
avatar-rotate-right = סיבוב ימינה
avatar-save = שמירת התמונה
avatar-uploading = בהעלאה…
    .aria-label = בהעלאה
avatar-saved = התמונה נשמרה.
avatar-error-type = יש לבחור תמונת JPEG, PNG או WebP.
avatar-error-size = התמונה גדולה מ-{ $megabytes } MB. יש לבחור תמונה קטנה יותר.
avatar-error-draw = החלון הזה לא יכול לצייר תמונות.
avatar-error-make = לא ניתן היה ליצור את התמונה.
avatar-error-open = לא ניתן היה לפתוח את התמונה. ייתכן שהקובץ פגום.

## SecuritySection

security-title = אבטחה
security-lead = הסיסמה, השלב השני בכניסה, המכשירים שמחוברים לחשבון ואסימון ה-API.

## PasswordInput

password-input-show = הצגה
password-input-hide = הסתרה

## ChangePassword

password-title = סיסמה
password-managed = הסיסמה שלך מנוהלת על ידי { $provider }.
password-provider-sso = הכניסה האחודה (SSO) של הארגון שלך
password-provider-unknown = ספק הזהויות שלך
password-lead = שינוי הסיסמה מנתק אותך במכשירים האחרים.
password-policy-error = לא ניתן היה לטעון את כללי הסיסמה: { $error }
password-current = הסיסמה הנוכחית
    .show = הצגת הסיסמה הנוכחית
password-new = סיסמה חדשה
    .show = הצגת הסיסמה החדשה
password-confirm = אימות הסיסמה החדשה
    .show = הצגת אימות הסיסמה
password-strength = חוזק
password-strength-none = עוד לא הוקלד דבר
password-strength-value = חוזק: { $level }
password-strength-weak = חלשה
password-strength-fair = סבירה
password-strength-strong = חזקה
password-strength-very-strong = חזקה מאוד
password-rules =
    .aria-label = דרישות הסיסמה
password-rule-met = (בוצע)
password-rule-unmet = (עדיין לא)
password-rules-loading = טוענים את כללי הסיסמה…
password-rule-length-range = בין { $min } ל-{ $max } תווים
password-rule-length = { $min } תווים
password-rule-common = לא סיסמה נפוצה, לא השם שלך ולא האימייל שלך
password-rule-uppercase = אות גדולה (לטינית)
password-rule-digit = ספרה (0–9)
password-rule-special = תו מיוחד, כמו ! ? # או -
password-mismatch = לא תואם לסיסמה החדשה.
password-changed = הסיסמה שונתה. נותקת במכשירים האחרים.
password-changing = בשינוי…
password-change = שינוי סיסמה
password-error-current = יש להזין את הסיסמה הנוכחית.

## TwoFactor

mfa-title = אימות דו-שלבי
mfa-lead = בכניסה, { -headset } מבקש גם קוד מאפליקציית אימות בטלפון שלך.
mfa-unavailable = השרת הזה לא מציע אימות דו-שלבי.
mfa-badge-on = פעיל
mfa-on = החשבון שלך מבקש קוד בכניסה.
mfa-badge-off = כבוי
mfa-off = רק הסיסמה מגינה על החשבון שלך.
mfa-scan = יש לסרוק את קוד ה-QR הזה באפליקציית האימות.
mfa-qr =
    .aria-label = קוד QR להגדרת אפליקציית האימות
mfa-cant-scan = לא מצליחים לסרוק? אפשר להזין במקום זאת את מפתח ההגדרה:
mfa-copy-key = העתקת המפתח
mfa-key-copied = מפתח ההגדרה הועתק.
mfa-key-copy-failed = ההעתקה נכשלה: יש לסמן את המפתח ולהעתיק אותו ידנית.
mfa-enter-code = יש להזין את הקוד בן { $digits } הספרות שמוצג באפליקציה
mfa-turn-on = הפעלה
mfa-set-up = הגדרה
mfa-starting = מתחילים…
mfa-new-codes = קודי גיבוי חדשים
mfa-new-codes-hint = קודי הגיבוי הישנים מפסיקים לעבוד ברגע שנוצרים חדשים.
mfa-app-code = קוד מאפליקציית האימות
mfa-making-codes = יוצרים קודים…
mfa-make-codes = יצירת קודים חדשים
mfa-disable-title = כיבוי האימות הדו-שלבי
mfa-disable-hint = החשבון שלך יהיה מוגן בסיסמה בלבד.
mfa-password = סיסמה
    .show = הצגת הסיסמה
mfa-app-or-backup-code = קוד אימות או קוד גיבוי
mfa-turning-off = מכבים…
mfa-turn-off = כיבוי
mfa-turn-off-ask = כיבוי…
mfa-error-code = יש להזין את הקוד שמוצג באפליקציית האימות.
mfa-error-password = יש להזין סיסמה.
mfa-error-app-or-backup-code = יש להזין קוד מאפליקציית האימות או קוד גיבוי.
mfa-now-on = האימות הדו-שלבי פעיל.
mfa-codes-made = נוצרו קודי גיבוי חדשים. הישנים כבר לא עובדים.
mfa-now-off = האימות הדו-שלבי כבוי.

## BackupCodes

backup-title = שמירת קודי הגיבוי
backup-hint = כל קוד מאפשר כניסה אחת כשאי אפשר להשתמש באפליקציית האימות. כדאי לשמור אותם במקום בטוח: הם לא יוצגו שוב.
backup-list =
    .aria-label = קודי גיבוי
backup-download = הורדה
backup-done = שמרתי אותם
backup-copied = קודי הגיבוי הועתקו.
backup-copy-failed = ההעתקה נכשלה: יש לסמן את הקודים ולהעתיק אותם ידנית.
backup-saved-as = נשמר בשם { $file }.
backup-save-failed = לא ניתן היה לשמור את הקובץ: אפשר להעתיק את הקודים במקום.
backup-file-title = קודי גיבוי של { -headset } עבור { $email }
backup-file-hint = כל קוד מאפשר כניסה אחת כשאי אפשר להשתמש באפליקציית האימות.

## Sessions

sessions-title = מכשירים מחוברים
sessions-lead = איפה החשבון שלך מחובר עכשיו. כדאי לנתק כל מכשיר שלא מוכר לך.
sessions-loading = טוענים מכשירים…
sessions-none = אין מכשירים מחוברים.
sessions-unknown-app = אפליקציה לא ידועה
sessions-this-device = המכשיר הזה
sessions-last-active = פעילות אחרונה: { $when }
sessions-last-active-unknown = פעילות אחרונה: לא ידוע
sessions-ask-one = לנתק את המכשיר הזה?
sessions-sign-out = ניתוק
    .aria-label = ניתוק { $app }
sessions-confirm = כן, לנתק
    .aria-label = כן, לנתק את { $app }
sessions-ask-others =
    { $count ->
        [one] לנתק את המכשיר האחר?
        [two] לנתק את שני המכשירים האחרים?
       *[other] לנתק את כל { $count } המכשירים האחרים?
    }
sessions-confirm-others = כן, לנתק את האחרים
sessions-sign-out-others = ניתוק כל המכשירים האחרים
sessions-ended-others = כל המכשירים האחרים נותקו.
sessions-ended = { $app } נותק.
sessions-ended-device = המכשיר נותק.

## ApiToken

token-title = אסימון גישה ל-API
token-lead = מאפשר לאפליקציות ולסקריפטים לפעול בשמך דרך ה-API של { -chatwoot }, למשל כדי להתחבר ל-{ -headset } במחשב אחר או לחבר אינטגרציה. יש לשמור עליו כמו על הסיסמה.
token-value = אסימון הגישה שלך
token-value-new = אסימון הגישה החדש שלך
token-hide = הסתרה
token-warning-title = לאפס את האסימון?
token-warning = אפליקציות וסקריפטים שמשתמשים באסימון הנוכחי יפסיקו לעבוד מיד.
token-password = הסיסמה שלך
    .show = הצגת הסיסמה שלך
token-password-hint = יש לאשר שזה אכן את/ה כדי לראות או לאפס את האסימון.
token-reveal = הצגה
token-resetting = מאפסים…
token-reset-now = איפוס עכשיו
token-reset = איפוס האסימון…
token-error-reveal = יש להזין את הסיסמה כדי לראות את האסימון.
token-error-reset = יש להזין את הסיסמה כדי לאפס את האסימון.
token-made = נוצר אסימון חדש. יש לעדכן את האפליקציות והסקריפטים שמשתמשים בו.
token-copied = האסימון הועתק.
token-copy-failed = ההעתקה נכשלה: יש לסמן את האסימון ולהעתיק אותו ידנית.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = חיבור
network-lead = איך { -headset } מגיע לשרת באירוח עצמי מהמחשב הזה: רשות אישורים שסומכים עליה בנוסף לאלה של מערכת ההפעלה (למשל של הארגון), ופרוקסי HTTP שהחיבור עובר דרכו. השמירה מחברת מחדש מיד. ההגדרות האלה שייכות למחשב הזה, לא לחשבון.
network-ca-file = תעודת CA נוספת (נתיב לקובץ PEM)
network-ca-file-hint = קובץ PEM, למשל { $example }. אם השדה ריק, סומכים רק על התעודות של מערכת ההפעלה.
network-proxy = פרוקסי HTTP
network-proxy-hint = כתובת http:// עם פורט, בלי שם משתמש או סיסמה. אם השדה ריק, החיבור ישיר.
network-saved = נשמר. { -headset } מתחבר דרך ההגדרות האלה.

## DiagnosticsSection

diagnostics-title = אבחון
diagnostics-lead = האם { -headset } עובד במחשב הזה, ולמה הוא התריע או לא התריע.

## Health

health-title = תקינות
health-lead = מה ש-{ -headset } צריך כדי להתריע לך, כפי שנבדק במחשב הזה.
health-check-server = שרת
health-check-realtime = עדכונים בזמן אמת
health-check-keychain = אחסון מאובטח (מחזיק מפתחות)
health-check-notifications = התראות בשולחן העבודה
health-check-audio = פלט שמע
health-check-do-not-disturb = נא לא להפריע
health-ok = תקין
health-problem = בעיה
health-none = הסוכן לא דיווח על בדיקות.
health-all-ok = הכול עובד.
health-problems =
    { $count ->
        [one] נמצאה בעיה אחת.
        [two] נמצאו שתי בעיות.
       *[other] נמצאו { $count } בעיות.
    }
health-check-again = לבדוק שוב

## Decisions

decisions-title = למה קיבלתי (או לא קיבלתי) התראה?
decisions-lead = לכל אירוע אחרון: האם { -headset } הציג התראה והשמיע צליל, ולמה. החדשים ראשונים.
decisions-only-held = רק מה שעוכב
decisions-only-held-hint = אירועים שלא הציגו התראה ולא השמיעו צליל.
decisions-refresh = רענון
decisions-empty = אין אירועים עדיין. הם יופיעו כאן כשיגיעו.
decisions-empty-held = שום דבר לא עוכב.
decisions-time = שעה
decisions-event = אירוע
decisions-conversation = שיחה
decisions-notify = התראה
decisions-sound = צליל
decisions-yes = כן
decisions-no = לא
decisions-reason-alert = ההגדרות שלך מאפשרות זאת
decisions-reason-own-message = שלחת אותה בעצמך
decisions-reason-not-selected = לא בין השיחות שבחרת לקבל עליהן התראות
decisions-reason-not-incoming = זו לא הייתה הודעה נכנסת
decisions-reason-pending-conversation = השיחה ממתינה
decisions-reason-flag-off = כיבית התראות פוש לסוג אירוע זה
decisions-reason-not-notifiable = סוג אירוע זה אף פעם לא מתריע בפני עצמו
decisions-reason-offline = הסטטוס שלך היה לא מחובר
decisions-reason-busy = הסטטוס שלך היה עסוק
decisions-reason-snoozed = ההתראות הושהו
decisions-reason-os-dnd = המחשב היה במצב נא לא להפריע
decisions-reason-outside-hours = מחוץ לשעות הזמינות שלך
decisions-reason-throttled = צליל אחר הושמע זה עתה
decisions-reason-digest = עוכב לסיכום
decisions-reason-counted = נספר כלא נקרא בלבד
decisions-reason-already-alerted = כבר נשלחה עליו התראה פעם אחת (הגיע בזמן ההתחברות מחדש)

## The agent: tray menu and desktop notifications
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
alert-open = פתיחת השיחה

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = ההתחברות שלך הסתיימה. יש להיכנס שוב.
error-unreachable = לא ניתן להגיע לשרת בכתובת { $url }: { $reason }
error-server = השרת דחה את הבקשה ({ $status }): { $message }
error-protocol = תשובה לא צפויה מהשרת: { $detail }
error-agent-unavailable = סוכן הרקע של Headset אינו פועל.
error-version-mismatch = סוכן Headset הזה משתמש בגרסה { $agent } של IPC, והלקוח בגרסה { $client }. יש להפעיל מחדש את Headset.
error-keychain = מחזיק המפתחות של מערכת ההפעלה אינו זמין: { $detail }
error-not-signed-in = לא בוצעה כניסה.
error-window-open = חלון ההגדרות כבר פתוח.
error-conflict = הפרופיל השתנה בשרת מאז שנקרא.
error-too-long = אפשר להשתמש בעד { $max } תווים.
error-too-long-count = אפשר להשתמש בעד { $max } תווים (כאן יש { $count }).
error-name-empty = יש להזין שם.
error-phone-format = יש להזין את מספר הטלפון בפורמט בינלאומי, למשל +48 600 700 800.
error-ca-file-unreadable = לא ניתן לקרוא את { $path }: { $detail }.
error-ca-file-not-pem = הקובץ { $path } אינו קובץ PEM: { $detail }.
error-ca-file-empty = הקובץ { $path } אינו מכיל תעודה (נדרשת השורה “-----BEGIN CERTIFICATE-----”).
error-ca-file-unusable = הקובץ { $path } מכיל תעודה שאי אפשר להשתמש בה: { $detail }.
error-proxy-not-url = יש להזין את הפרוקסי ככתובת מלאה (למשל http://proxy.example.com:3128).
error-proxy-scheme = יש תמיכה רק בפרוקסי מסוג http://, שמעביר את החיבור במנהרה לשרתי https (למשל http://proxy.example.com:3128).
error-proxy-host = כתובת הפרוקסי חייבת לכלול שם מארח (למשל http://proxy.example.com:3128).
error-proxy-password = אין תמיכה בפרוקסי שדורש סיסמה: יש להשמיט את שם המשתמש והסיסמה.
error-nothing-to-change = אין מה לשנות.
error-unknown-language = “{ $value }” אינה אחת מהשפות של Headset.
error-unknown-sound-choice = “{ $value }” אינה אפשרות צליל.
error-unknown-flag = “{ $value }” אינה הגדרת התראות.
error-timezone = “{ $value }” אינו אזור זמן של IANA (למשל Europe/Warsaw).
error-currency = “{ $value }” אינו קוד מטבע לפי ISO 4217 (למשל EUR).
error-audio-alerts = יש לבחור none, או צירוף של assigned, notme ו-unassigned עם + ביניהם.
error-away-status = יש לבחור ״עסוק״ או ״לא מחובר״: הסטטוס בזמן היעדרות.
error-idle-minutes = יש לבחור בין 1 ל-480 דקות.
error-inbox-id = “{ $value }” אינו מזהה של תיבת דואר נכנס.
error-capacity = יש לבחור קיבולת בין 0 ל-{ $max }.
error-https-link = “{ $value }” אינה כתובת https://.
error-time-of-day = “{ $value }” אינה שעה בתבנית HH:MM.
error-time-of-day-end = “{ $value }” אינה שעה בתבנית HH:MM (או 24:00).
error-credentials = פרטי הכניסה שגויים. יש לנסות שוב.
error-code-invalid = הקוד שגוי.
error-sign-in-expired = תוקף הכניסה פג. יש להיכנס שוב.
error-server-empty = יש להזין את כתובת שרת ה-Chatwoot.
error-server-not-url = “{ $value }” אינה כתובת אינטרנט ({ $detail }).
error-server-scheme = הכתובת חייבת להתחיל ב-https:// או ב-http://.
error-wrong-password = זו לא הסיסמה שלך.
error-keychain-memory-only = { $detail }. החיבור יישמר עד ש־Headset ייסגר; הוא אף פעם לא שומר פרטי כניסה בקובץ, ולכן יבקש אותם שוב בהפעלה הבאה.
error-avatar-type = יש להשתמש בתמונת JPEG או PNG.
error-avatar-damaged = התמונה הגיעה פגומה. יש לנסות שוב.
error-avatar-size = התמונה גדולה מ-5 MB. יש לבחור תמונה קטנה יותר.
error-billing-admins = חיוב ושימוש זמינים רק למנהלי החשבון.
error-email-empty = יש להזין כתובת אימייל.
error-password-empty = יש להזין סיסמה.
error-code-empty = יש להזין את הקוד.
error-token-empty = יש להדביק את אסימון הגישה מהגדרות הפרופיל.
error-token-refused = השרת לא מקבל את אסימון הגישה הזה.
error-snooze-minutes = אפשר להשתיק לפרק זמן שבין דקה אחת ל-24 שעות.
error-snooze-no-hours = יש להגדיר קודם שעות זמינות: אין מועד התחלה קרוב שאפשר להמתין לו.
error-sound-none = לא נבחר קובץ צליל.
error-sound-name = יש לתת לצליל שם של עד 100 תווים.
error-sound-damaged = הקובץ הגיע פגום. יש לנסות שוב.
error-sound-size = קובץ הצליל גדול מ-1 MB.
error-sound-format = הקובץ הזה אינו צליל ש־Headset יכול להשמיע (WAV, MP3, OGG או FLAC).
error-sound-empty = קובץ הצליל ריק.
error-sound-length = הצליל ארוך מ-10 שניות.
error-not-a-member = המשתמש שלך אינו חבר בחשבון הזה.
error-volume = עוצמת הקול נעה בין 0 ל-100.
error-disk-full = הדיסק שבו נשמרים הנתונים של Headset מלא, ולכן השינוי לא נשמר. יש לפנות מקום ולנסות שוב.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = נגיש
diagnose-no-notification-daemon = אין שירות התראות: { $detail }
diagnose-system-notifications = מרכז ההתראות של המערכת
diagnose-unnamed-device = מכשיר ללא שם
diagnose-no-audio-device = אין התקן פלט שמע
diagnose-signed-in = מחובר ל-{ $server } בתור { $email }
diagnose-signed-out = מנותק (שרת אחרון: { $server })
diagnose-now = עכשיו
diagnose-connected = { $reconnects ->
    [one] מחובר מאז { $since }, התחברות מחדש אחת
    [two] מחובר מאז { $since }, שתי התחברויות מחדש
   *[other] מחובר מאז { $since }, { $reconnects } התחברויות מחדש
}
diagnose-connecting = מתחבר
diagnose-retrying = { $reason }; ניסיון חוזר בעוד { $seconds } שנ׳
diagnose-not-connected = לא מחובר (בוצעה יציאה)
diagnose-dnd-off = כבוי
diagnose-dnd-on = פעיל: { $why }
dnd-gnome-banners-off = GNOME: באנרי ההתראות כבויים
dnd-dunst-paused = שירות ההתראות (dunst) מושהה
dnd-macos-focus = מצב ריכוז של macOS פעיל
dnd-windows-focus-assist = מסייע הריכוז של Windows פעיל
dnd-windows-busy = ‏Windows מעכב התראות (יישום במסך מלא או מצגת)

## headset-server's answers, in the language the request asks for
server-not-a-member = המשתמש שלך אינו חבר בחשבון הזה.
server-contact-name = יש להזין את שם איש הקשר.
server-no-such-inbox = אין תיבת דואר נכנס כזו בחשבון הזה.
server-no-such-contact = אין איש קשר כזה בחשבון הזה.
server-assignee-not-in-inbox = הנציג הזה לא רואה את תיבת הדואר הנכנס הזו, ולכן אי אפשר להקצות אליו.
server-message-empty = ההודעה ריקה.
server-role-admins-only = רק מנהלים יכולים לשנות את התפקיד של נציג.
server-filter-name = יש לתת שם למסנן.
server-filter-name-long = השם ארוך מ-100 תווים.
server-mfa-code-invalid = הקוד שגוי. יש להזין את הקוד הנוכחי מאפליקציית האימות.
server-mfa-already-on = האימות הדו-שלבי כבר פעיל.
server-mfa-not-started = יש להתחיל קודם את הגדרת האימות הדו-שלבי.
server-mfa-not-on = האימות הדו-שלבי לא פעיל.
server-password-invalid = סיסמה שגויה
server-reset-sent = אם קיים חשבון עם כתובת האימייל הזו, שלחנו אליה קישור לאיפוס הסיסמה.
server-confirmation-mismatch = אימות הסיסמה לא תואם לסיסמה
server-reset-link-invalid = קישור האיפוס הזה לא תקין או שתוקפו פג. יש לבקש קישור חדש.
server-password-reset-done = הסיסמה שונתה. אפשר להיכנס איתה עכשיו.
server-email-fixed = אי אפשר לשנות כאן את כתובת האימייל. אפשר לבקש ממנהל החשבון לשנות אותה.
server-password-managed = הכניסה לחשבון הזה מתבצעת דרך ספק זהויות, והסיסמה מנוהלת שם.
server-current-password-invalid = הסיסמה הנוכחית שגויה
server-session-current = זו ההתחברות שבה נעשה שימוש עכשיו. במקום זאת יש להתנתק.
server-sign-in-expired = תוקף הכניסה פג. יש להזין שוב את האימייל והסיסמה.
server-code-missing = יש להזין את הקוד מאפליקציית האימות או קוד גיבוי.
server-code-invalid = הקוד שגוי. יש לבדוק את אפליקציית האימות ולנסות שוב.
server-avatar-size = התמונה גדולה מ-5 MB. יש לבחור תמונה קטנה יותר.
server-avatar-type = הקובץ הזה אינו תמונת JPEG, PNG או WebP.
server-avatar-damaged = לא ניתן היה לקרוא את התמונה: הקובץ פגום או חלקי.
server-avatar-empty = התמונה ריקה.
server-sign-in-needed = יש להיכנס או להירשם לפני שממשיכים.
server-credentials = פרטי הכניסה שגויים. יש לנסות שוב.
server-profile-changed = הפרופיל השתנה מאז שנקרא. יש לקרוא אותו שוב ולהחיל את השינוי מחדש.
server-not-found = המשאב לא נמצא
server-internal = שגיאת שרת פנימית
server-disk-full = הדיסק בשרת מלא, ולכן לא ניתן היה לשמור. אפשר לבקש ממנהל השרת לפנות מקום.
server-password-common = הסיסמה הזו נפוצה מדי. יש לבחור סיסמה שקשה יותר לנחש.
server-password-personal = הסיסמה לא יכולה לכלול את השם או את כתובת האימייל שלך.
server-password-uppercase = יש לכלול לפחות אות גדולה (לטינית) אחת.
server-password-digit = יש לכלול לפחות ספרה אחת.
server-password-special = יש לכלול לפחות תו מיוחד אחד.
server-avatar-pixels = יש בתמונה יותר מדי פיקסלים (לכל היותר { $max } מגה-פיקסל). יש לבחור תמונה קטנה יותר.
server-too-many = יותר מדי ניסיונות. אפשר לנסות שוב בעוד { $seconds } שניות.
server-not-member-of = המשתמש שלך אינו חבר בחשבון { $account }.
server-password-min = יש להשתמש בלפחות { $min } תווים.
server-password-max = אפשר להשתמש בעד { $max } תווים.
server-profile-shape = יש לשלוח את השינויים בתבנית {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = יש למלא את השדה הזה כדי לשנות את הסיסמה.
server-ui-settings-object = ui_settings חייב להיות אובייקט.
server-must-be-text = ערך זה חייב להיות טקסט.
server-must-be-one-of = הערך של { $name } חייב להיות אחד מאלה: { $choices }.
server-must-be-object = הערך של { $name } חייב להיות אובייקט.
