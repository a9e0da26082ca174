# إعدادات Headset: العربية.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = إعادة المحاولة
common-cancel = إلغاء
common-copy = نسخ
common-loading = جارٍ التحميل…
common-saving = جارٍ الحفظ…
common-checking = جارٍ التحقق…
common-signing-out = جارٍ تسجيل الخروج…
error-fallback = حدث خطأ ما. يُرجى المحاولة مرة أخرى.

## Availability statuses and roles

status-online = متصل
status-busy = مشغول
status-offline = غير متصل
role-agent = موظف دعم
role-administrator = مسؤول

## App

app-connecting = جارٍ الاتصال بـ { -headset }…
app-title = إعدادات { -headset }

## SignIn

signin-title = تسجيل الدخول إلى { -headset }
signin-lead-code = أدخل الرمز المكوّن من { $digits } أرقام من تطبيق المصادقة.
signin-lead-token = الصق رمز الوصول من إعدادات ملفك الشخصي في لوحة التحكم على الويب.
signin-lead-password = استخدم عنوان خادم { -chatwoot } وحسابك عليه.
signin-server = عنوان الخادم
signin-email = البريد الإلكتروني
signin-password = كلمة المرور
signin-backup-code = رمز احتياطي
signin-auth-code = رمز المصادقة
signin-use-backup-code = أستخدم رمزًا احتياطيًا
signin-token = رمز الوصول
signin-signing-in = جارٍ تسجيل الدخول…
signin-verify = تحقق
signin-submit = تسجيل الدخول
signin-use-token = تسجيل الدخول برمز وصول بدلًا من ذلك
signin-use-password = تسجيل الدخول بالبريد الإلكتروني وكلمة المرور بدلًا من ذلك
signin-forgot = هل نسيت كلمة المرور؟
signin-reset-title = إعادة تعيين كلمة المرور
signin-reset-lead = أدخل البريد الإلكتروني لحسابك، وسيرسل إليك الخادم رابطًا لتعيين كلمة مرور جديدة.
signin-reset-submit = إرسال رابط إعادة التعيين
signin-reset-sending = جارٍ الإرسال…
signin-reset-back = العودة إلى تسجيل الدخول
signin-reset-sent = إذا كان هناك حساب للعنوان { $email }، فقد أرسلنا رابطًا لإعادة تعيين كلمة المرور.
signin-reset-error-email = أدخل البريد الإلكتروني لحسابك.
signin-network = إعدادات الاتصال
signin-network-lead = لخادم مستضاف ذاتيًا يستخدم شهادات شركتك الخاصة أو يُوصَل إليه عبر وكيل. هذه الإعدادات خاصة بهذا الكمبيوتر.

## ProfileSummary

summary-connected = متصل
summary-reconnecting = إعادة الاتصال خلال { $seconds } ث ({ $reason })
summary-connecting = جارٍ الاتصال…
summary-not-connected = غير متصل
summary-live = التحديثات المباشرة
summary-unread = الإشعارات غير المقروءة
summary-sign-out = تسجيل الخروج
menu-button =
    .aria-label = قائمة الحساب
menu-open-dashboard = فتح لوحة التحكم
menu-billing = الفوترة والاستخدام
menu-switch-account = تبديل الحساب
summary-active-account = الحساب النشط: { $account }
summary-switching-account = جارٍ تبديل الحساب…

## GeneralSection

general-title = عام
general-lead = كيف يعمل { -headset } على هذا الكمبيوتر.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = تشغيل { -headset } عند تسجيل دخولي إلى الحاسوب
launch-banner-question = هل تريد تشغيل { -headset } عند تسجيل دخولك إلى الحاسوب لتستمر التنبيهات في الوصول؟
launch-banner-yes = نعم
launch-banner-not-now = ليس الآن

## StatusSwitcher

status-legend = الحالة

## Settings

settings-nav =
    .aria-label = الإعدادات
settings-tabs =
    .aria-label = أقسام الإعدادات
settings-app-name = { -headset }
settings-section-general = عام
settings-section-profile = الملف الشخصي
settings-section-social = روابط التواصل الاجتماعي
settings-section-region = اللغة والمنطقة
settings-section-notifications = الإشعارات
settings-section-availability = أوقات التوفر
settings-section-segments = الشرائح
settings-section-channels = القنوات
settings-section-team = الفريق
settings-section-security = الأمان
settings-section-network = الاتصال
settings-section-diagnostics = التشخيص
settings-pending-edits =
    { $count ->
        [zero] لا تغييرات بانتظار المزامنة
        [one] تغيير واحد بانتظار المزامنة
        [two] تغييران بانتظار المزامنة
        [few] { $count } تغييرات بانتظار المزامنة
        [many] { $count } تغييرًا بانتظار المزامنة
       *[other] { $count } تغيير بانتظار المزامنة
    }

## FormFooter

form-saving = جارٍ الحفظ…
form-pending = بانتظار الخادم…
form-saved = تم تحديث ملفك الشخصي بنجاح
form-not-saved-field = لم يُحفظ: راجع الحقل المميَّز.
form-pending-detail = حُفظ على هذا الكمبيوتر — ستتم المزامنة عندما يصبح الخادم متاحًا.
form-pending-detail-retry = حُفظ على هذا الكمبيوتر — ستتم المزامنة عندما يصبح الخادم متاحًا (المحاولة التالية خلال { $seconds } ث).
form-save = حفظ

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = الملف الشخصي
profile-lead = كيف يراك فريقك وعملاؤك.
profile-name = الاسم الكامل
profile-display-name = الاسم المعروض
profile-display-name-hint = يظهر للعملاء بدلًا من اسمك الكامل.
profile-email = البريد الإلكتروني
profile-email-hint = لا يمكن تغيير بريدك الإلكتروني هنا. اطلب من أحد مسؤولي حسابك تغييره.
profile-job-title = المسمى الوظيفي
    .placeholder = قائد فريق الدعم
profile-about = نبذة عنك
profile-phone = الهاتف
profile-phone-hint = بالصيغة الدولية، مثل { $example }.
profile-signature = توقيع الرسائل
profile-signature-hint = يُضاف إلى الردود التي ترسلها عند تفعيل التوقيع.
profile-error-name = أدخل اسمك.

## ProfileFacts

profile-facts-title = الحساب
profile-facts-company = الشركة
profile-facts-role = الدور
profile-facts-created = عضو منذ
profile-facts-last-sign-in = آخر تسجيل دخول
profile-facts-updated = آخر تحديث للملف الشخصي

## Rules

rules-phone = أدخل رقم الهاتف بالصيغة الدولية، مثل { $example }.
rules-https = “{ $address }” ليس عنوان https://
rules-length = استخدم { $max } حرفًا كحد أقصى (الحالي { $count }).
rules-idle-minutes = أدخل عددًا صحيحًا من الدقائق بين { $min } و{ $max }.

## SocialSection

social-title = روابط التواصل الاجتماعي
social-lead = تظهر على بطاقة ملفك الشخصي. استخدم عناوين https:// كاملة، واترك الحقل فارغًا لإزالة الرابط.
social-website = الموقع الإلكتروني

## RegionSection

region-title = اللغة والمنطقة
region-lead = لغة { -headset } و{ -chatwoot }، وطريقة عرض الأوقات والمبالغ لك.
region-language = اللغة
region-account-default = الافتراضي للحساب
region-language-hint = «الافتراضي للحساب» يتبع اللغة التي اختارها المسؤول.
region-timezone = المنطقة الزمنية
region-timezone-filter =
    .placeholder = تصفية المناطق الزمنية
    .aria-label = تصفية المناطق الزمنية
region-not-set = غير محدد
region-timezone-count =
    { $count ->
        [zero] لا مناطق زمنية
        [one] منطقة زمنية واحدة
        [two] منطقتان زمنيتان
        [few] { $count } مناطق زمنية
        [many] { $count } منطقة زمنية
       *[other] { $count } منطقة زمنية
    }
region-timezone-count-here =
    { $count ->
        [zero] لا مناطق زمنية · هذا الكمبيوتر: { $zone }
        [one] منطقة زمنية واحدة · هذا الكمبيوتر: { $zone }
        [two] منطقتان زمنيتان · هذا الكمبيوتر: { $zone }
        [few] { $count } مناطق زمنية · هذا الكمبيوتر: { $zone }
        [many] { $count } منطقة زمنية · هذا الكمبيوتر: { $zone }
       *[other] { $count } منطقة زمنية · هذا الكمبيوتر: { $zone }
    }
region-currency = العملة

## AwayForm

away-title = عندما تبتعد عن مكتبك
away-lead = يلاحظ { -headset } قفل الشاشة ويعيد حالتك عند عودتك.
away-on-lock = تغيير حالتي أثناء قفل الشاشة
away-status = الحالة أثناء الغياب
away-status-busy = مشغول: بلا أصوات، فقط الإسنادات والإشارات
away-status-offline = غير متصل: لا يُسند إليّ شيء جديد
away-idle =
    { $minutes ->
        [zero] أيضًا عند عدم نشاطي لمدة { $minutes } دقيقة
        [one] أيضًا عند عدم نشاطي لمدة { $minutes } دقيقة
        [two] أيضًا عند عدم نشاطي لمدة { $minutes } دقيقتين
        [few] أيضًا عند عدم نشاطي لمدة { $minutes } دقائق
        [many] أيضًا عند عدم نشاطي لمدة { $minutes } دقيقة
       *[other] أيضًا عند عدم نشاطي لمدة { $minutes } دقيقة
    }
away-idle-minutes =
    .aria-label = دقائق عدم النشاط
away-idle-hint = عدم النشاط: دون استخدام لوحة المفاتيح أو الفأرة. من { $min } إلى { $max } دقيقة.

## Weekdays

day-mon = الاثنين
day-tue = الثلاثاء
day-wed = الأربعاء
day-thu = الخميس
day-fri = الجمعة
day-sat = السبت
day-sun = الأحد

## Availability now line and checks

availability-now-any-time = متاح في أي وقت
availability-now-no-hours = لم تُحدَّد أوقات: يؤجل { -headset } التنبيهات طوال الأسبوع
availability-now-until-time = متاح الآن، حتى { $time } ({ $zone })
availability-now-until-midnight = متاح الآن، حتى منتصف الليل ({ $zone })
availability-now-until-day = متاح الآن، حتى { $day } { $time } ({ $zone })
availability-now-until-next-week = متاح الآن، حتى { $day } القادم { $time } ({ $zone })
availability-now-round-the-clock = متاح الآن، على مدار الساعة ({ $zone })
availability-next-today = متاح مجددًا: اليوم { $time } ({ $zone })
availability-next-day = متاح مجددًا: { $day } { $time } ({ $zone })
availability-next-next-week = متاح مجددًا: { $day } القادم { $time } ({ $zone })
availability-error-start-empty = أدخل وقت البدء.
availability-error-end-empty = أدخل وقت الانتهاء.
availability-error-start-24 = لا يمكن استخدام 24:00 إلا وقتًا لانتهاء الفترة.
availability-error-start = “{ $value }” ليس وقتًا بصيغة HH:MM.
availability-error-end = “{ $value }” ليس وقتًا بصيغة HH:MM (أو 24:00).
availability-error-same = يجب أن يختلف وقت البدء عن وقت الانتهاء.
availability-error-overlap = { $day }: الفترتان { $first } و{ $second } متداخلتان.

## AvailabilitySection

availability-title = أوقات التوفر
availability-lead = الساعات التي تستقبل فيها المحادثات، وما يؤجله { -headset } خارجها.
availability-use-hours = استخدام أوقات التوفر
availability-off-hint = ينبّهك { -headset } في أي وقت.
availability-weekly = الساعات الأسبوعية
availability-zone-hint = الأوقات بتوقيت { $zone }. الفترة التي تنتهي قبل بدايتها أو عندها تمتد إلى ما بعد منتصف الليل.
availability-zone-hint-local = الأوقات بتوقيت { $zone } (المنطقة الزمنية لهذا الكمبيوتر؛ اختر منطقتك من «اللغة والمنطقة»). الفترة التي تنتهي قبل بدايتها أو عندها تمتد إلى ما بعد منتصف الليل.
availability-unavailable = غير متاح
availability-interval-start =
    .aria-label = { $day }، الفترة { $number }، البداية
availability-interval-end =
    .aria-label = { $day }، الفترة { $number }، النهاية
availability-remove = إزالة
    .aria-label = إزالة { $day }، الفترة { $number }
availability-ends-next-day = تنتهي في اليوم التالي
availability-until-midnight = حتى منتصف الليل
availability-add = إضافة فترة
    .aria-label = إضافة فترة يوم { $day }
availability-copy = نسخ إلى كل الأيام
    .aria-label = نسخ ساعات يوم { $day } إلى كل الأيام
availability-hold-back = خارج هذه الساعات، أجّل
availability-block-desktop = إشعارات سطح المكتب
availability-block-sound = الأصوات
availability-block-email = إشعارات البريد الإلكتروني
availability-block-push = الإشعارات الفورية
availability-status = الحالة
availability-auto-status = اجعل حالتي «متصل» عند بدء ساعاتي و«غير متصل» عند انتهائها

## NotificationsSection

notifications-title = الإشعارات
notifications-lead = متى يشغّل { -headset } صوتًا، وكم مرة يعرض إشعارات سطح المكتب، وما يرسله إليك { -chatwoot } بالبريد الإلكتروني والإشعارات الفورية.
notifications-synced = متزامن مع حسابك
notifications-this-computer = الصوت على هذا الكمبيوتر
notifications-sound = الصوت
notifications-alerts = تشغيل صوت للرسائل الجديدة في
notifications-alerts-none = أبدًا
notifications-alerts-assigned = المحادثات المسندة إليّ
notifications-alerts-assigned-unassigned = المحادثات المسندة إليّ أو غير المسندة
notifications-alerts-all = كل المحادثات
notifications-alerts-custom = مخصص ({ $value })
notifications-tone = النغمة
notifications-tone-ding = دينغ
notifications-tone-bell = جرس
notifications-tone-chime = رنين
notifications-tone-magic = سحر
notifications-tone-ping = بينغ
notifications-volume = مستوى الصوت
notifications-volume-hint = على هذا الكمبيوتر فقط
notifications-test-sound = تجربة الصوت
notifications-repeat = التكرار كل { $seconds } ث ما دامت هناك محادثة مسندة غير مقروءة
notifications-custom-sound = صوت مخصص
notifications-custom-sound-none = شغّل صوتًا خاصًا بك على هذا الكمبيوتر بدلًا من النغمة.
notifications-custom-sound-plays = يُشغَّل { $name } على هذا الكمبيوتر بدلًا من النغمة.
notifications-custom-sound-hint = WAV أو MP3 أو Ogg أو FLAC، بحجم { $megabytes } ميغابايت كحد أقصى.
notifications-custom-sound-choose = اختيار صوت…
notifications-custom-sound-replace = اختيار صوت آخر…
notifications-custom-sound-test = تجربة
    .aria-label = تجربة الصوت المخصص
notifications-custom-sound-remove = إزالة
    .aria-label = إزالة الصوت المخصص
notifications-custom-sound-error-type = اختر ملف WAV أو MP3 أو Ogg أو FLAC.
notifications-custom-sound-error-size = حجم هذا الصوت أكبر من { $megabytes } ميغابايت. اختر ملفًا أصغر.
notifications-custom-sound-error-read = تعذّرت قراءة هذا الملف.
notifications-dashboard-on = تشغّل لوحة التحكم على الويب أصواتًا أيضًا (في { $conversations }).
notifications-dashboard-assigned = المحادثات المسندة إليك
notifications-dashboard-unassigned = المحادثات غير المسندة
notifications-dashboard-notme = المحادثات المسندة إلى غيرك
notifications-dashboard-all = كل المحادثات
notifications-dashboard-silence = كتم صوت لوحة التحكم
notifications-dashboard-off = لوحة التحكم على الويب صامتة؛ { -headset } وحده يرن.
notifications-desktop = إشعارات سطح المكتب
notifications-show = العرض
notifications-instant = فورًا
notifications-digest-minutes =
    { $minutes ->
        [one] ملخص كل دقيقة
        [two] ملخص كل دقيقتين
        [few] ملخص كل { $minutes } دقائق
       *[other] ملخص كل { $minutes } دقيقة
    }
notifications-digest-hour = ملخص كل ساعة
notifications-email-push = إشعارات البريد الإلكتروني والإشعارات الفورية
notifications-notify-when = أبلغني عندما
notifications-channel-email = البريد الإلكتروني
notifications-channel-push = فوري
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = تُنشأ محادثة جديدة
notifications-kind-conversation-assignment = تُسند إليك محادثة
notifications-kind-assigned-conversation-new-message = تصل رسالة جديدة في محادثة مسندة إليك
notifications-kind-conversation-mention = يُشار إليك في محادثة
notifications-kind-participating-conversation-new-message = تصل رسالة جديدة في محادثة تشارك فيها
notifications-kind-sla-missed-first-response = تجاوز اتفاقية مستوى الخدمة: الرد الأول
notifications-kind-sla-missed-next-response = تجاوز اتفاقية مستوى الخدمة: الرد التالي
notifications-kind-sla-missed-resolution = تجاوز اتفاقية مستوى الخدمة: الحل

## ChannelsSection

channels-title = القنوات
channels-lead = استقبل المحادثات من هذه القنوات، حتى عدد محدد في الوقت نفسه.
channels-empty = لا توجد قنوات بعد. أنشئ صناديق الوارد من لوحة التحكم على الويب.
channels-take = استقبال المحادثات
channels-at-most = الحد الأقصى
channels-capacity-hint = الحد الأقصى: عدد المحادثات المفتوحة في الوقت نفسه، من { $min } إلى { $max }؛ { $min } = بلا حد.
channels-capacity-error = أدخل عددًا صحيحًا بين { $min } و{ $max }.

## SegmentsSection

segments-title = الشرائح
segments-lead = اختر شرائح جهات الاتصال والشركات التي تريد رؤيتها. لا تختر شيئًا لرؤيتها كلها.
segments-contact = شرائح جهات الاتصال
segments-company = شرائح الشركات
segments-contact-empty = لا توجد شرائح لجهات الاتصال بعد. أنشئها من لوحة التحكم على الويب.
segments-company-empty = لا توجد شرائح للشركات بعد. أنشئها من لوحة التحكم على الويب.
segments-showing-all = يُعرض الكل
segments-showing = يُعرض { $count } من { $total }
segments-contact-gone =
    { $count ->
        [one] شريحة جهات اتصال اخترتها لم تعد موجودة؛ ستُزال عند الحفظ.
        [two] شريحتان لجهات الاتصال اخترتهما لم تعودا موجودتين؛ ستُزالان عند الحفظ.
       *[other] شرائح جهات اتصال اخترتها لم تعد موجودة ({ $count })؛ ستُزال عند الحفظ.
    }
segments-company-gone =
    { $count ->
        [one] شريحة شركات اخترتها لم تعد موجودة؛ ستُزال عند الحفظ.
        [two] شريحتان للشركات اخترتهما لم تعودا موجودتين؛ ستُزالان عند الحفظ.
       *[other] شرائح شركات اخترتها لم تعد موجودة ({ $count })؛ ستُزال عند الحفظ.
    }

## TeamSection

team-title = الفريق
team-lead = موظفو الدعم في { $account }، وما يمكن لكل منهم فعله.
team-empty = لا يوجد موظفو دعم بعد.
team-name = الاسم
team-email = البريد الإلكتروني
team-status = الحالة
team-role = الدور
team-you = أنت
team-role-select =
    .aria-label = دور { $name }
    .title = لا يمكنك تغيير دورك بنفسك. اطلب ذلك من مسؤول آخر.
team-roles-note = المسؤولون وحدهم يمكنهم تغيير الأدوار.
team-now-administrator = أصبح { $name } مسؤولًا.
team-now-agent = أصبح { $name } موظف دعم.

## AvatarEditor

avatar-drop =
    .aria-label = صورة الملف الشخصي: أفلت صورة هنا
avatar-change = تغيير الصورة…
avatar-add = إضافة صورة…
avatar-remove = إزالة الصورة
avatar-hint = JPEG أو PNG أو WebP. أفلتها هنا أو اختر ملفًا.
avatar-crop =
    .aria-label = قص صورتك
avatar-preview =
    .aria-label = معاينة. اسحب أو استخدم مفاتيح الأسهم لتحريك الصورة.
avatar-zoom = التكبير
avatar-rotate-left = تدوير لليسار
avatar-rotate-right = تدوير لليمين
avatar-save = حفظ الصورة
avatar-uploading = جارٍ الرفع…
    .aria-label = جارٍ الرفع
avatar-saved = تم حفظ الصورة.
avatar-error-type = اختر صورة بصيغة JPEG أو PNG أو WebP.
avatar-error-size = حجم هذه الصورة أكبر من { $megabytes } ميغابايت. اختر صورة أصغر.
avatar-error-draw = لا يمكن لهذه النافذة رسم الصور.
avatar-error-make = تعذّر إنشاء الصورة.
avatar-error-open = تعذّر فتح هذه الصورة. ربما يكون الملف تالفًا.

## SecuritySection

security-title = الأمان
security-lead = كلمة مرورك، والخطوة الثانية عند تسجيل الدخول، والأجهزة المسجَّل دخولك عليها، ورمز API الخاص بك.

## PasswordInput

password-input-show = إظهار
password-input-hide = إخفاء

## ChangePassword

password-title = كلمة المرور
password-managed = تُدار كلمة مرورك عبر { $provider }.
password-provider-sso = تسجيل الدخول الموحّد لمؤسستك
password-provider-unknown = مزوّد الهوية الخاص بك
password-lead = تغييرها يسجّل خروجك من أجهزتك الأخرى.
password-policy-error = تعذّر تحميل قواعد كلمة المرور: { $error }
password-current = كلمة المرور الحالية
    .show = إظهار كلمة المرور الحالية
password-new = كلمة المرور الجديدة
    .show = إظهار كلمة المرور الجديدة
password-confirm = تأكيد كلمة المرور الجديدة
    .show = إظهار تأكيد كلمة المرور
password-strength = القوة
password-strength-none = لم تكتب شيئًا بعد
password-strength-value = القوة: { $level }
password-strength-weak = ضعيفة
password-strength-fair = مقبولة
password-strength-strong = قوية
password-strength-very-strong = قوية جدًا
password-rules =
    .aria-label = متطلبات كلمة المرور
password-rule-met = (تم)
password-rule-unmet = (ليس بعد)
password-rules-loading = جارٍ تحميل قواعد كلمة المرور…
password-rule-length-range = بين { $min } و{ $max } حرفًا
password-rule-length = { $min } حرفًا
password-rule-common = ليست كلمة مرور شائعة ولا اسمك ولا بريدك الإلكتروني
password-rule-uppercase = حرف لاتيني كبير
password-rule-digit = رقم (0–9)
password-rule-special = رمز خاص، مثل ! ? # أو -
password-mismatch = لا تطابق كلمة المرور الجديدة.
password-changed = تم تغيير كلمة المرور. سُجّل خروجك من أجهزتك الأخرى.
password-changing = جارٍ التغيير…
password-change = تغيير كلمة المرور
password-error-current = أدخل كلمة المرور الحالية.

## TwoFactor

mfa-title = المصادقة الثنائية
mfa-lead = عند تسجيل الدخول، يطلب { -headset } أيضًا رمزًا من تطبيق مصادقة على هاتفك.
mfa-unavailable = هذا الخادم لا يوفّر المصادقة الثنائية.
mfa-badge-on = مفعّلة
mfa-on = يطلب حسابك رمزًا عند تسجيل الدخول.
mfa-badge-off = متوقفة
mfa-off = كلمة مرورك وحدها تحمي حسابك.
mfa-scan = امسح رمز QR هذا بتطبيق المصادقة.
mfa-qr =
    .aria-label = رمز QR لإعداد تطبيق المصادقة
mfa-cant-scan = لا يمكنك مسحه؟ أدخل مفتاح الإعداد هذا بدلًا من ذلك:
mfa-copy-key = نسخ المفتاح
mfa-key-copied = تم نسخ مفتاح الإعداد.
mfa-key-copy-failed = تعذّر النسخ: حدّد المفتاح وانسخه بنفسك.
mfa-enter-code = أدخل الرمز المكوّن من { $digits } أرقام الذي يعرضه التطبيق
mfa-turn-on = تفعيل
mfa-set-up = إعداد
mfa-starting = جارٍ البدء…
mfa-new-codes = رموز احتياطية جديدة
mfa-new-codes-hint = تتوقف الرموز الاحتياطية القديمة عن العمل بمجرد إنشاء الجديدة.
mfa-app-code = الرمز من تطبيق المصادقة
mfa-making-codes = جارٍ إنشاء الرموز…
mfa-make-codes = إنشاء رموز جديدة
mfa-disable-title = إيقاف المصادقة الثنائية
mfa-disable-hint = سيكون حسابك محميًا بكلمة المرور وحدها.
mfa-password = كلمة المرور
    .show = إظهار كلمة المرور
mfa-app-or-backup-code = رمز المصادقة أو الرمز الاحتياطي
mfa-turning-off = جارٍ الإيقاف…
mfa-turn-off = إيقاف
mfa-turn-off-ask = إيقاف…
mfa-error-code = أدخل الرمز الذي يعرضه تطبيق المصادقة.
mfa-error-password = أدخل كلمة المرور.
mfa-error-app-or-backup-code = أدخل رمزًا من تطبيق المصادقة أو رمزًا احتياطيًا.
mfa-now-on = المصادقة الثنائية مفعّلة.
mfa-codes-made = تم إنشاء رموز احتياطية جديدة. لم تعد الرموز القديمة تعمل.
mfa-now-off = المصادقة الثنائية متوقفة.

## BackupCodes

backup-title = احفظ رموزك الاحتياطية
backup-hint = كل رمز يتيح لك تسجيل الدخول مرة واحدة إذا تعذّر عليك استخدام تطبيق المصادقة. احفظها في مكان آمن: لن تُعرض مرة أخرى.
backup-list =
    .aria-label = الرموز الاحتياطية
backup-download = تنزيل
backup-done = حفظتها
backup-copied = تم نسخ الرموز الاحتياطية.
backup-copy-failed = تعذّر النسخ: حدّد الرموز وانسخها بنفسك.
backup-saved-as = حُفظت باسم { $file }.
backup-save-failed = تعذّر حفظ الملف: انسخ الرموز بدلًا من ذلك.
backup-file-title = رموز { -headset } الاحتياطية لـ { $email }
backup-file-hint = كل رمز يتيح لك تسجيل الدخول مرة واحدة عندما يتعذّر عليك استخدام تطبيق المصادقة.

## Sessions

sessions-title = الأجهزة المسجَّل دخولها
sessions-lead = الأماكن التي سُجّل فيها دخول حسابك الآن. سجّل الخروج من أي جهاز لا تعرفه.
sessions-loading = جارٍ تحميل الأجهزة…
sessions-none = لا توجد أجهزة مسجَّل دخولها.
sessions-unknown-app = تطبيق غير معروف
sessions-this-device = هذا الجهاز
sessions-last-active = آخر نشاط: { $when }
sessions-last-active-unknown = آخر نشاط: غير معروف
sessions-ask-one = تسجيل الخروج من هذا الجهاز؟
sessions-sign-out = تسجيل الخروج
    .aria-label = تسجيل الخروج من { $app }
sessions-confirm = نعم، سجّل الخروج
    .aria-label = نعم، سجّل الخروج من { $app }
sessions-ask-others =
    { $count ->
        [one] تسجيل الخروج من الجهاز الآخر؟
        [two] تسجيل الخروج من الجهازين الآخرين؟
        [few] تسجيل الخروج من الأجهزة الـ{ $count } الأخرى؟
       *[other] تسجيل الخروج من كل الأجهزة الأخرى ({ $count })؟
    }
sessions-confirm-others = نعم، سجّل الخروج من الأخرى
sessions-sign-out-others = تسجيل الخروج من كل الأجهزة الأخرى
sessions-ended-others = تم تسجيل الخروج من كل الأجهزة الأخرى.
sessions-ended = تم تسجيل الخروج من { $app }.
sessions-ended-device = تم تسجيل الخروج من الجهاز.

## ApiToken

token-title = رمز الوصول إلى API
token-lead = يتيح للتطبيقات والبرامج النصية العمل باسمك عبر واجهة { -chatwoot } البرمجية، مثلًا لتسجيل الدخول إلى { -headset } على كمبيوتر آخر أو لربط تكامل. تعامل معه كما تتعامل مع كلمة مرورك.
token-value = رمز الوصول الخاص بك
token-value-new = رمز الوصول الجديد الخاص بك
token-hide = إخفاء
token-warning-title = إعادة تعيين الرمز؟
token-warning = ستتوقف التطبيقات والبرامج النصية التي تستخدم الرمز الحالي عن العمل فورًا.
token-password = كلمة مرورك
    .show = إظهار كلمة مرورك
token-password-hint = أكّد هويتك لرؤية الرمز أو إعادة تعيينه.
token-reveal = إظهار
token-resetting = جارٍ إعادة التعيين…
token-reset-now = إعادة التعيين الآن
token-reset = إعادة تعيين الرمز…
token-error-reveal = أدخل كلمة مرورك لرؤية الرمز.
token-error-reset = أدخل كلمة مرورك لإعادة تعيين الرمز.
token-made = تم إنشاء رمز جديد. حدّث التطبيقات والبرامج النصية التي تستخدمه.
token-copied = تم نسخ الرمز.
token-copy-failed = تعذّر النسخ: حدّد الرمز وانسخه بنفسك.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = الاتصال
network-lead = كيف يصل { -headset } إلى خادم مستضاف ذاتيًا من هذا الكمبيوتر: جهة إصدار شهادات يُوثَق بها إضافةً إلى جهات نظام التشغيل (جهة شركتك مثلًا)، ووكيل HTTP يمر عبره الاتصال. يُعاد الاتصال فور الحفظ. هذه الإعدادات خاصة بهذا الكمبيوتر وليست بحسابك.
network-ca-file = شهادة CA إضافية (مسار ملف PEM)
network-ca-file-hint = ملف PEM، مثل { $example }. اتركه فارغًا للوثوق بشهادات نظام التشغيل وحدها.
network-proxy = وكيل HTTP
network-proxy-hint = عنوان http:// مع رقم المنفذ، دون اسم مستخدم أو كلمة مرور. اتركه فارغًا للاتصال مباشرةً.
network-saved = تم الحفظ. يتصل { -headset } عبر هذه الإعدادات.

## DiagnosticsSection

diagnostics-title = التشخيص
diagnostics-lead = هل يعمل { -headset } على هذا الكمبيوتر، ولماذا نبّهك أو لم ينبّهك.

## Health

health-title = الحالة
health-lead = ما يحتاجه { -headset } لتنبيهك، وقد جرى التحقق منه على هذا الكمبيوتر.
health-check-server = الخادم
health-check-realtime = التحديثات المباشرة
health-check-keychain = التخزين الآمن (سلسلة المفاتيح)
health-check-notifications = إشعارات سطح المكتب
health-check-audio = إخراج الصوت
health-check-do-not-disturb = عدم الإزعاج
health-ok = سليم
health-problem = مشكلة
health-none = لم يُبلغ الوكيل عن أي فحص.
health-all-ok = كل شيء يعمل.
health-problems =
    { $count ->
        [zero] لم يُعثر على مشكلات.
        [one] وُجدت مشكلة واحدة.
        [two] وُجدت مشكلتان.
        [few] وُجدت { $count } مشكلات.
        [many] وُجدت { $count } مشكلة.
       *[other] وُجدت { $count } مشكلة.
    }
health-check-again = التحقق مجددًا

## Decisions

decisions-title = لماذا وصلني (أو لم يصلني) تنبيه؟
decisions-lead = لكل حدث حديث: هل عرض { -headset } إشعارًا وشغّل صوتًا، ولماذا. الأحدث أولًا.
decisions-only-held = المحجوبة فقط
decisions-only-held-hint = أحداث لم تعرض إشعارًا ولم تشغّل صوتًا.
decisions-refresh = تحديث
decisions-empty = لا أحداث بعد. تظهر هنا فور وصولها.
decisions-empty-held = لم يُحجب شيء.
decisions-time = الوقت
decisions-event = الحدث
decisions-conversation = المحادثة
decisions-notify = الإشعار
decisions-sound = الصوت
decisions-yes = نعم
decisions-no = لا
decisions-reason-alert = تسمح به إعداداتك
decisions-reason-own-message = أرسلتها بنفسك
decisions-reason-not-selected = ليست من المحادثات التي اخترت أن تُنبَّه بشأنها
decisions-reason-not-incoming = لم تكن رسالة واردة
decisions-reason-pending-conversation = المحادثة معلّقة
decisions-reason-flag-off = أوقفت الإشعارات الفورية لهذا النوع من الأحداث
decisions-reason-not-notifiable = هذا النوع من الأحداث لا يُنبّه من تلقاء نفسه أبدًا
decisions-reason-offline = كنت غير متصل
decisions-reason-busy = كنت مشغولًا
decisions-reason-snoozed = كانت التنبيهات مؤجلة
decisions-reason-os-dnd = كان الكمبيوتر في وضع عدم الإزعاج
decisions-reason-outside-hours = خارج أوقات توفرك
decisions-reason-throttled = كان صوت آخر قد شُغّل للتو
decisions-reason-digest = محجوب للملخص
decisions-reason-counted = احتُسب كغير مقروء فقط
decisions-reason-already-alerted = سبق التنبيه به مرة (وصل أثناء إعادة الاتصال)

## The agent: tray menu and desktop notifications
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
alert-open = فتح المحادثة

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = انتهت جلستك. يُرجى تسجيل الدخول مجددًا.
error-unreachable = تعذّر الوصول إلى الخادم على { $url }: { $reason }
error-server = رفض الخادم الطلب ({ $status }): { $message }
error-protocol = ردّ غير متوقع من الخادم: { $detail }
error-agent-unavailable = وكيل Headset في الخلفية لا يعمل.
error-version-mismatch = وكيل Headset هذا يستخدم الإصدار { $agent } من IPC، بينما يستخدم العميل الإصدار { $client }. أعد تشغيل Headset.
error-keychain = سلسلة المفاتيح في نظام التشغيل غير متاحة: { $detail }
error-not-signed-in = لم تسجّل الدخول.
error-window-open = نافذة الإعدادات مفتوحة بالفعل.
error-conflict = تغيّر الملف الشخصي على الخادم منذ قراءته.
error-too-long = استخدم { $max } حرفًا كحد أقصى.
error-too-long-count = استخدم { $max } حرفًا كحد أقصى (النص الحالي { $count }).
error-name-empty = أدخل اسمك.
error-phone-format = أدخل رقم الهاتف بالصيغة الدولية، مثل +48 600 700 800.
error-ca-file-unreadable = تعذّرت قراءة { $path }: { $detail }.
error-ca-file-not-pem = { $path } ليس ملف PEM: { $detail }.
error-ca-file-empty = لا يحتوي { $path } على أي شهادة (يُتوقع وجود “-----BEGIN CERTIFICATE-----”).
error-ca-file-unusable = يحتوي { $path } على شهادة غير صالحة للاستخدام: { $detail }.
error-proxy-not-url = أدخل عنوان الوكيل كاملًا (مثل http://proxy.example.com:3128).
error-proxy-scheme = يُدعَم الوكيل من نوع http:// فقط، وهو يفتح نفقًا إلى خوادم https (مثل http://proxy.example.com:3128).
error-proxy-host = يجب أن يتضمن عنوان الوكيل اسم المضيف (مثل http://proxy.example.com:3128).
error-proxy-password = لا يُدعَم الوكيل الذي يطلب كلمة مرور: احذف اسم المستخدم وكلمة المرور من العنوان.
error-nothing-to-change = لا يوجد ما يُغيَّر.
error-unknown-language = “{ $value }” ليست من لغات Headset.
error-unknown-sound-choice = “{ $value }” ليس من خيارات الصوت.
error-unknown-flag = “{ $value }” ليس من إعدادات الإشعارات.
error-timezone = “{ $value }” ليس منطقة زمنية وفق IANA (مثل Europe/Warsaw).
error-currency = “{ $value }” ليس رمز عملة وفق ISO 4217 (مثل EUR).
error-audio-alerts = اختر none، أو اجمع بين assigned و notme و unassigned بعلامة +.
error-away-status = اختر «مشغول» أو «غير متصل»: الحالة أثناء غيابك.
error-idle-minutes = اختر مدة بين 1 و480 دقيقة.
error-inbox-id = “{ $value }” ليس معرّف صندوق وارد.
error-capacity = اختر سعة بين 0 و{ $max }.
error-https-link = “{ $value }” ليس عنوان https://.
error-time-of-day = “{ $value }” ليس وقتًا بصيغة HH:MM.
error-time-of-day-end = “{ $value }” ليس وقتًا بصيغة HH:MM (أو 24:00).
error-credentials = بيانات تسجيل الدخول غير صحيحة. يُرجى المحاولة مجددًا.
error-code-invalid = الرمز غير صالح.
error-sign-in-expired = انتهت صلاحية تسجيل الدخول. سجّل الدخول مجددًا.
error-server-empty = أدخل عنوان خادم Chatwoot الخاص بك.
error-server-not-url = “{ $value }” ليس عنوان ويب ({ $detail }).
error-server-scheme = يجب أن يبدأ العنوان بـ https:// أو http://.
error-wrong-password = هذه ليست كلمة مرورك.
error-keychain-memory-only = { $detail }. ستبقى مسجّل الدخول حتى يُغلَق Headset؛ فهو لا يخزّن بيانات الاعتماد في ملف أبدًا، لذا سيطلبها مجددًا عند التشغيل التالي.
error-avatar-type = استخدم صورة بصيغة JPEG أو PNG.
error-avatar-damaged = وصلت الصورة تالفة. حاول مجددًا.
error-avatar-size = حجم الصورة أكبر من 5 ميغابايت. اختر صورة أصغر.
error-billing-admins = الفوترة والاستخدام متاحة لمسؤولي الحساب فقط.
error-email-empty = أدخل بريدك الإلكتروني.
error-password-empty = أدخل كلمة المرور.
error-code-empty = أدخل الرمز.
error-token-empty = الصق رمز الوصول من إعدادات ملفك الشخصي.
error-token-refused = لا يقبل الخادم رمز الوصول هذا.
error-snooze-minutes = يمكن كتم التنبيهات من دقيقة واحدة إلى 24 ساعة.
error-snooze-no-hours = حدّد أوقات توفرك أولًا: لا توجد بداية قادمة يمكن الانتظار حتى حلولها.
error-sound-none = لم يتم اختيار ملف صوتي.
error-sound-name = أعطِ الصوت اسمًا لا يتجاوز 100 حرف.
error-sound-damaged = وصل الملف تالفًا. حاول مجددًا.
error-sound-size = حجم الملف الصوتي أكبر من 1 ميغابايت.
error-sound-format = هذا الملف ليس صوتًا يستطيع Headset تشغيله (WAV أو MP3 أو OGG أو FLAC).
error-sound-empty = الملف الصوتي فارغ.
error-sound-length = مدة الصوت أطول من 10 ثوانٍ.
error-not-a-member = لست عضوًا في هذا الحساب.
error-volume = يتراوح مستوى الصوت بين 0 و100.
error-disk-full = القرص الذي يحفظ بيانات Headset ممتلئ، لذا لم يُحفظ هذا التغيير. أفرغ بعض المساحة ثم حاول مجددًا.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = متاح
diagnose-no-notification-daemon = لا توجد خدمة إشعارات: { $detail }
diagnose-system-notifications = مركز الإشعارات في النظام
diagnose-unnamed-device = جهاز بلا اسم
diagnose-no-audio-device = لا يوجد جهاز لإخراج الصوت
diagnose-signed-in = تم تسجيل الدخول إلى { $server } بحساب { $email }
diagnose-signed-out = تم تسجيل الخروج (آخر خادم: { $server })
diagnose-now = الآن
diagnose-connected = { $reconnects ->
    [zero] متصل منذ { $since }، دون إعادة اتصال
    [one] متصل منذ { $since }، أُعيد الاتصال مرة واحدة
    [two] متصل منذ { $since }، أُعيد الاتصال مرتين
    [few] متصل منذ { $since }، أُعيد الاتصال { $reconnects } مرات
    [many] متصل منذ { $since }، أُعيد الاتصال { $reconnects } مرة
   *[other] متصل منذ { $since }، أُعيد الاتصال { $reconnects } مرة
}
diagnose-connecting = جارٍ الاتصال
diagnose-retrying = { $reason }؛ إعادة المحاولة خلال { $seconds } ث
diagnose-not-connected = غير متصل (تم تسجيل الخروج)
diagnose-dnd-off = معطّل
diagnose-dnd-on = مفعّل: { $why }
dnd-gnome-banners-off = GNOME: لافتات الإشعارات معطّلة
dnd-dunst-paused = خدمة الإشعارات (dunst) متوقفة مؤقتًا
dnd-macos-focus = وضع التركيز في macOS مفعّل
dnd-windows-focus-assist = مساعد التركيز في Windows مفعّل
dnd-windows-busy = يؤجل Windows الإشعارات (تطبيق بملء الشاشة أو عرض تقديمي)

## headset-server's answers, in the language the request asks for
server-not-a-member = لست عضوًا في هذا الحساب.
server-contact-name = أدخل اسم جهة الاتصال.
server-no-such-inbox = صندوق الوارد هذا غير موجود في هذا الحساب.
server-no-such-contact = جهة الاتصال هذه غير موجودة في هذا الحساب.
server-assignee-not-in-inbox = لا يستطيع موظف الدعم هذا رؤية صندوق الوارد هذا، لذا لا يمكن الإسناد إليه.
server-message-empty = الرسالة فارغة.
server-role-admins-only = المسؤولون وحدهم يمكنهم تغيير دور موظف الدعم.
server-filter-name = أعطِ عامل التصفية اسمًا.
server-filter-name-long = الاسم أطول من 100 حرف.
server-mfa-code-invalid = الرمز غير صالح. أدخل الرمز الحالي من تطبيق المصادقة.
server-mfa-already-on = المصادقة الثنائية مفعّلة بالفعل.
server-mfa-not-started = ابدأ إعداد المصادقة الثنائية أولًا.
server-mfa-not-on = المصادقة الثنائية غير مفعّلة.
server-password-invalid = كلمة المرور غير صحيحة
server-reset-sent = إذا كان هناك حساب بهذا البريد الإلكتروني، فقد أرسلنا إليه رابطًا لإعادة تعيين كلمة المرور.
server-confirmation-mismatch = تأكيد كلمة المرور لا يطابق كلمة المرور
server-reset-link-invalid = رابط إعادة التعيين هذا غير صالح أو انتهت صلاحيته. اطلب رابطًا جديدًا.
server-password-reset-done = تم تغيير كلمة مرورك. سجّل الدخول بها الآن.
server-email-fixed = لا يمكن تغيير بريدك الإلكتروني هنا. اطلب من أحد مسؤولي حسابك تغييره.
server-password-managed = يسجّل هذا الحساب الدخول عبر مزوّد هوية، وتُدار كلمة مروره هناك.
server-current-password-invalid = كلمة المرور الحالية غير صحيحة
server-session-current = هذه هي الجلسة التي تستخدمها حاليًا. سجّل الخروج بدلًا من ذلك.
server-sign-in-expired = انتهت صلاحية تسجيل الدخول. أدخل بريدك الإلكتروني وكلمة المرور مجددًا.
server-code-missing = أدخل الرمز من تطبيق المصادقة أو رمزًا احتياطيًا.
server-code-invalid = الرمز غير صالح. تحقّق من تطبيق المصادقة وحاول مجددًا.
server-avatar-size = حجم الصورة أكبر من 5 ميغابايت. اختر صورة أصغر.
server-avatar-type = هذا الملف ليس صورة بصيغة JPEG أو PNG أو WebP.
server-avatar-damaged = تعذّرت قراءة الصورة: الملف تالف أو غير مكتمل.
server-avatar-empty = الصورة فارغة.
server-sign-in-needed = عليك تسجيل الدخول أو إنشاء حساب قبل المتابعة.
server-credentials = بيانات تسجيل الدخول غير صحيحة. يُرجى المحاولة مجددًا.
server-profile-changed = تغيّر الملف الشخصي منذ قراءته. اقرأه مجددًا وأعد تطبيق التغيير.
server-not-found = تعذّر العثور على المورد
server-internal = خطأ داخلي في الخادم
server-disk-full = قرص الخادم ممتلئ، لذا تعذّر الحفظ. اطلب من مسؤول الخادم إفراغ بعض المساحة.
server-password-common = كلمة المرور هذه شائعة جدًا. اختر كلمة مرور يصعب تخمينها.
server-password-personal = يجب ألا تحتوي كلمة المرور على اسمك أو بريدك الإلكتروني.
server-password-uppercase = أدرج حرفًا لاتينيًا كبيرًا واحدًا على الأقل.
server-password-digit = أدرج رقمًا واحدًا على الأقل.
server-password-special = أدرج رمزًا خاصًا واحدًا على الأقل.
server-avatar-pixels = عدد بكسلات الصورة كبير جدًا (الحد الأقصى { $max } ميغابكسل). اختر صورة أصغر.
server-too-many = محاولات كثيرة جدًا. حاول مجددًا بعد { $seconds } ثانية.
server-not-member-of = لست عضوًا في الحساب { $account }.
server-password-min = استخدم { $min } حرفًا على الأقل.
server-password-max = استخدم { $max } حرفًا كحد أقصى.
server-profile-shape = أرسل التغييرات بالصيغة {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = املأ هذا الحقل لتغيير كلمة المرور.
server-ui-settings-object = يجب أن يكون ui_settings كائنًا.
server-must-be-text = يجب أن تكون هذه القيمة نصًا.
server-must-be-one-of = يجب أن تكون قيمة { $name } إحدى: { $choices }.
server-must-be-object = يجب أن تكون قيمة { $name } كائنًا.
