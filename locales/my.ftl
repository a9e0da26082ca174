# Headset ဆက်တင်များ: မြန်မာဘာသာ

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = ထပ်စမ်းကြည့်ရန်
common-cancel = မလုပ်တော့ပါ
common-copy = ကူးယူရန်
common-loading = ဖွင့်နေသည်…
common-saving = သိမ်းနေသည်…
common-checking = စစ်ဆေးနေသည်…
common-signing-out = ထွက်နေသည်…
error-fallback = တစ်ခုခု မှားယွင်းသွားပါသည်။ ထပ်စမ်းကြည့်ပါ။

## Availability statuses and roles

status-online = အွန်လိုင်း
status-busy = အလုပ်များနေသည်
status-offline = အော့ဖ်လိုင်း
role-agent = ဝန်ဆောင်မှုပေးသူ
role-administrator = စီမံခန့်ခွဲသူ

## App

app-connecting = { -headset } သို့ ချိတ်ဆက်နေသည်…
app-title = { -headset } ဆက်တင်များ

## SignIn

signin-title = { -headset } သို့ ဝင်ရောက်ရန်
signin-lead-code = အထောက်အထားစိစစ်ရေး အက်ပ်မှ ဂဏန်း { $digits } လုံးပါ ကုဒ်ကို ထည့်ပါ။
signin-lead-token = ဝဘ် ဒက်ရှ်ဘုတ်ရှိ ပရိုဖိုင် ဆက်တင်များမှ ဝင်ရောက်ခွင့် တိုကင်ကို ကူးထည့်ပါ။
signin-lead-password = သင့် { -chatwoot } ဆာဗာ၏ လိပ်စာနှင့် အကောင့်ကို အသုံးပြုပါ။
signin-server = ဆာဗာ လိပ်စာ
signin-email = အီးမေးလ်
signin-password = စကားဝှက်
signin-backup-code = အရန်ကုဒ်
signin-auth-code = အတည်ပြုကုဒ်
signin-use-backup-code = အရန်ကုဒ် အသုံးပြုနေသည်
signin-token = ဝင်ရောက်ခွင့် တိုကင်
signin-signing-in = ဝင်ရောက်နေသည်…
signin-verify = အတည်ပြုရန်
signin-submit = ဝင်ရောက်ရန်
signin-use-token = ဝင်ရောက်ခွင့် တိုကင်ဖြင့် ဝင်ရန်
signin-use-password = အီးမေးလ်နှင့် စကားဝှက်ဖြင့် ဝင်ရန်
signin-forgot = စကားဝှက် မေ့နေပါသလား။
signin-reset-title = စကားဝှက် ပြန်သတ်မှတ်ရန်
signin-reset-lead = သင့်အကောင့်၏ အီးမေးလ်လိပ်စာကို ထည့်ပါ။ စကားဝှက်အသစ် သတ်မှတ်ရန် လင့်ခ်ကို ဆာဗာက ပို့ပေးပါမည်။
signin-reset-submit = ပြန်သတ်မှတ်ရန် လင့်ခ် ပို့ရန်
signin-reset-sending = ပို့နေသည်…
signin-reset-back = ဝင်ရောက်ရန် စာမျက်နှာသို့ ပြန်သွားရန်
signin-reset-sent = { $email } အတွက် အကောင့်ရှိပါက စကားဝှက် ပြန်သတ်မှတ်ရန် လင့်ခ်ကို ပို့ပြီးပါပြီ။
signin-reset-error-email = သင့်အကောင့်၏ အီးမေးလ်လိပ်စာကို ထည့်ပါ။
signin-network = ချိတ်ဆက်မှု ဆက်တင်များ
signin-network-lead = သင့်ကုမ္ပဏီ၏ ကိုယ်ပိုင်လက်မှတ်များကို သုံးသော သို့မဟုတ် ပရောက်စီမှတစ်ဆင့် ချိတ်ဆက်ရသော ကိုယ်တိုင်လက်ခံထားသည့် ဆာဗာအတွက်။ ဤဆက်တင်များသည် ဤကွန်ပျူတာနှင့်သာ သက်ဆိုင်သည်။

## ProfileSummary

summary-connected = ချိတ်ဆက်ထားသည်
summary-reconnecting = { $seconds } စက္ကန့်အတွင်း ပြန်ချိတ်ဆက်မည် ({ $reason })
summary-connecting = ချိတ်ဆက်နေသည်…
summary-not-connected = ချိတ်ဆက်မထားပါ
summary-live = တိုက်ရိုက် အပ်ဒိတ်များ
summary-unread = မဖတ်ရသေးသော အသိပေးချက်များ
summary-sign-out = ထွက်ရန်
menu-button =
    .aria-label = အကောင့် မီနူး
menu-open-dashboard = ဒက်ရှ်ဘုတ် ဖွင့်ရန်
menu-billing = ငွေတောင်းခံမှုနှင့် အသုံးပြုမှု
menu-switch-account = အကောင့် ပြောင်းရန်
summary-active-account = လက်ရှိ အကောင့်: { $account }
summary-switching-account = အကောင့် ပြောင်းနေသည်…

## GeneralSection

general-title = အထွေထွေ
general-lead = ဤကွန်ပျူတာပေါ်တွင် { -headset } အလုပ်လုပ်ပုံ။

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = ကွန်ပျူတာသို့ ဝင်ရောက်သည့်အခါ { -headset } ကို စတင်ရန်
launch-banner-question = သတိပေးချက်များ ဆက်လက်ရောက်ရှိစေရန် ကွန်ပျူတာသို့ ဝင်ရောက်သည့်အခါ { -headset } ကို စတင်မလား။
launch-banner-yes = ဟုတ်ကဲ့
launch-banner-not-now = ယခု မလုပ်သေးပါ

## StatusSwitcher

status-legend = အခြေအနေ

## Settings

settings-nav =
    .aria-label = ဆက်တင်များ
settings-tabs =
    .aria-label = ဆက်တင် အပိုင်းများ
settings-app-name = { -headset }
settings-section-general = အထွေထွေ
settings-section-profile = ပရိုဖိုင်
settings-section-social = ဆိုရှယ် လင့်ခ်များ
settings-section-region = ဘာသာစကားနှင့် ဒေသ
settings-section-notifications = အသိပေးချက်များ
settings-section-availability = အလုပ်ချိန်
settings-section-segments = အုပ်စုခွဲများ
settings-section-channels = ချန်နယ်များ
settings-section-team = အဖွဲ့
settings-section-security = လုံခြုံရေး
settings-section-network = ချိတ်ဆက်မှု
settings-section-diagnostics = ပြဿနာရှာဖွေခြင်း
settings-pending-edits = ပြောင်းလဲမှု { $count } ခု စင့်ခ်လုပ်ရန် စောင့်နေသည်

## FormFooter

form-saving = သိမ်းနေသည်…
form-pending = ဆာဗာကို စောင့်နေသည်…
form-saved = သင့်ပရိုဖိုင်ကို အောင်မြင်စွာ အပ်ဒိတ်လုပ်ပြီးပါပြီ
form-not-saved-field = မသိမ်းရသေးပါ- အမှတ်အသားပြထားသော အကွက်ကို စစ်ကြည့်ပါ။
form-pending-detail = ဤကွန်ပျူတာတွင် သိမ်းထားသည် — ဆာဗာနှင့် ချိတ်ဆက်နိုင်သည့်အခါ စင့်ခ်လုပ်ပါမည်။
form-pending-detail-retry = ဤကွန်ပျူတာတွင် သိမ်းထားသည် — ဆာဗာနှင့် ချိတ်ဆက်နိုင်သည့်အခါ စင့်ခ်လုပ်ပါမည် ({ $seconds } စက္ကန့်အကြာတွင် ထပ်စမ်းမည်)။
form-save = သိမ်းရန်

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = ပရိုဖိုင်
profile-lead = သင့်အဖွဲ့နှင့် ဖောက်သည်များ သင့်ကို မြင်ရပုံ။
profile-name = အမည်အပြည့်အစုံ
profile-display-name = ပြသမည့် အမည်
profile-display-name-hint = သင့်အမည်အပြည့်အစုံအစား ဖောက်သည်များထံ ပြသသည်။
profile-email = အီးမေးလ်
profile-email-hint = အီးမေးလ်လိပ်စာကို ဤနေရာတွင် ပြောင်း၍ မရပါ။ ပြောင်းပေးရန် သင့်အကောင့်၏ စီမံခန့်ခွဲသူကို မေတ္တာရပ်ခံပါ။
profile-job-title = ရာထူး
    .placeholder = ဝန်ဆောင်မှုအဖွဲ့ ခေါင်းဆောင်
profile-about = ကိုယ်ရေးအကျဉ်း
profile-phone = ဖုန်း
profile-phone-hint = နိုင်ငံတကာ ပုံစံဖြင့်၊ ဥပမာ { $example }။
profile-signature = မက်ဆေ့ချ် လက်မှတ်
profile-signature-hint = လက်မှတ် ဖွင့်ထားသည့်အခါ သင်ပို့သော အကြောင်းပြန်စာများတွင် ထည့်ပေးသည်။
profile-error-name = သင့်အမည်ကို ထည့်ပါ။

## ProfileFacts

profile-facts-title = အကောင့်
profile-facts-company = ကုမ္ပဏီ
profile-facts-role = အခန်းကဏ္ဍ
profile-facts-created = အဖွဲ့ဝင်ဖြစ်သည့်နေ့
profile-facts-last-sign-in = နောက်ဆုံး ဝင်ရောက်ချိန်
profile-facts-updated = ပရိုဖိုင် ပြင်ဆင်ချိန်

## Rules

rules-phone = ဖုန်းနံပါတ်ကို နိုင်ငံတကာ ပုံစံဖြင့် ထည့်ပါ၊ ဥပမာ { $example }။
rules-https = “{ $address }” သည် https:// လိပ်စာ မဟုတ်ပါ
rules-length = စာလုံး { $max } လုံးအထိသာ သုံးပါ (လက်ရှိ { $count } လုံး)။
rules-idle-minutes = { $min } မှ { $max } အတွင်း မိနစ်အရေအတွက်ကို ကိန်းပြည့်ဖြင့် ထည့်ပါ။

## SocialSection

social-title = ဆိုရှယ် လင့်ခ်များ
social-lead = သင့်ပရိုဖိုင်ကတ်တွင် ပြသသည်။ https:// လိပ်စာ အပြည့်အစုံကို သုံးပါ၊ ဖယ်ရှားရန် အကွက်ကို ဗလာထားပါ။
social-website = ဝဘ်ဆိုက်

## RegionSection

region-title = ဘာသာစကားနှင့် ဒေသ
region-lead = { -headset } နှင့် { -chatwoot } ၏ ဘာသာစကား၊ အချိန်နှင့် ငွေပမာဏများကို ပြသပုံ။
region-language = ဘာသာစကား
region-account-default = အကောင့် မူလသတ်မှတ်ချက်
region-language-hint = “အကောင့် မူလသတ်မှတ်ချက်” သည် သင့်စီမံခန့်ခွဲသူ ရွေးထားသော ဘာသာစကားကို လိုက်နာသည်။
region-timezone = အချိန်ဇုန်
region-timezone-filter =
    .placeholder = အချိန်ဇုန်များ စစ်ထုတ်ရန်
    .aria-label = အချိန်ဇုန်များ စစ်ထုတ်ရန်
region-not-set = သတ်မှတ်မထားပါ
region-timezone-count = အချိန်ဇုန် { $count } ခု
region-timezone-count-here = အချိန်ဇုန် { $count } ခု · ဤကွန်ပျူတာ- { $zone }
region-currency = ငွေကြေး

## AwayForm

away-title = နေရာမှ ထွက်သွားသည့်အခါ
away-lead = { -headset } သည် သင့်မျက်နှာပြင် လော့ခ်ကျသည်ကို သိရှိပြီး သင်ပြန်လာသည့်အခါ အခြေအနေကို ပြန်ထားပေးသည်။
away-on-lock = မျက်နှာပြင် လော့ခ်ကျနေစဉ် ကျွန်ုပ်၏ အခြေအနေကို ပြောင်းရန်
away-status = မရှိစဉ် အခြေအနေ
away-status-busy = အလုပ်များနေသည်- အသံမမြည်၊ တာဝန်ပေးခြင်းနှင့် ဖော်ပြခြင်းများသာ
away-status-offline = အော့ဖ်လိုင်း- အသစ်ဘာမှ တာဝန်မပေးပါ
away-idle = { $minutes } မိနစ်ကြာ အသုံးမပြုဘဲ နေသည့်အခါတွင်လည်း
away-idle-minutes =
    .aria-label = အသုံးမပြုသည့် မိနစ်များ
away-idle-hint = အသုံးမပြုခြင်း - ကီးဘုတ်နှင့် မောက်စ် မသုံးခြင်း။ { $min } မှ { $max } မိနစ်အထိ။

## Weekdays

day-mon = တနင်္လာနေ့
day-tue = အင်္ဂါနေ့
day-wed = ဗုဒ္ဓဟူးနေ့
day-thu = ကြာသပတေးနေ့
day-fri = သောကြာနေ့
day-sat = စနေနေ့
day-sun = တနင်္ဂနွေနေ့

## Availability now line and checks

availability-now-any-time = အချိန်မရွေး အဆင်သင့်
availability-now-no-hours = အချိန် မသတ်မှတ်ရသေးပါ- { -headset } သည် တစ်ပတ်လုံး သတိပေးချက်များကို ဆိုင်းထားသည်
availability-now-until-time = ယခု အဆင်သင့်၊ { $time } အထိ ({ $zone })
availability-now-until-midnight = ယခု အဆင်သင့်၊ သန်းခေါင်ယံအထိ ({ $zone })
availability-now-until-day = ယခု အဆင်သင့်၊ { $day } { $time } အထိ ({ $zone })
availability-now-until-next-week = ယခု အဆင်သင့်၊ နောက်အပတ် { $day } { $time } အထိ ({ $zone })
availability-now-round-the-clock = ယခု အဆင်သင့်၊ ၂၄ နာရီပတ်လုံး ({ $zone })
availability-next-today = နောက်တစ်ကြိမ် အဆင်သင့်- ယနေ့ { $time } ({ $zone })
availability-next-day = နောက်တစ်ကြိမ် အဆင်သင့်- { $day } { $time } ({ $zone })
availability-next-next-week = နောက်တစ်ကြိမ် အဆင်သင့်- နောက်အပတ် { $day } { $time } ({ $zone })
availability-error-start-empty = စတင်ချိန်ကို ထည့်ပါ။
availability-error-end-empty = ပြီးဆုံးချိန်ကို ထည့်ပါ။
availability-error-start-24 = 24:00 ကို အချိန်ပိုင်းတစ်ခု၏ ပြီးဆုံးချိန်အဖြစ်သာ သုံးနိုင်သည်။
availability-error-start = “{ $value }” သည် HH:MM ပုံစံ အချိန် မဟုတ်ပါ။
availability-error-end = “{ $value }” သည် HH:MM (သို့မဟုတ် 24:00) ပုံစံ အချိန် မဟုတ်ပါ။
availability-error-same = စတင်ချိန်နှင့် ပြီးဆုံးချိန် မတူရပါ။
availability-error-overlap = { $day }- { $first } နှင့် { $second } ထပ်နေသည်။

## AvailabilitySection

availability-title = အလုပ်ချိန်
availability-lead = သင် စကားဝိုင်းများ လက်ခံသည့် အချိန်များနှင့် ၎င်းအပြင်ဘက်တွင် { -headset } ဆိုင်းထားမည့် အရာများ။
availability-use-hours = အလုပ်ချိန်များ အသုံးပြုရန်
availability-off-hint = { -headset } သည် အချိန်မရွေး သတိပေးပါမည်။
availability-weekly = အပတ်စဉ် အချိန်များ
availability-zone-hint = အချိန်များသည် { $zone } အရ ဖြစ်သည်။ စတင်ချိန်မတိုင်မီ သို့မဟုတ် စတင်ချိန်တွင် ပြီးဆုံးသော အချိန်ပိုင်းသည် သန်းခေါင်ယံကို ကျော်သွားသည်။
availability-zone-hint-local = အချိန်များသည် { $zone } အရ ဖြစ်သည် (ဤကွန်ပျူတာ၏ အချိန်ဇုန်၊ သင့်ဇုန်ကို ဘာသာစကားနှင့် ဒေသတွင် ရွေးပါ)။ စတင်ချိန်မတိုင်မီ သို့မဟုတ် စတင်ချိန်တွင် ပြီးဆုံးသော အချိန်ပိုင်းသည် သန်းခေါင်ယံကို ကျော်သွားသည်။
availability-unavailable = မအားပါ
availability-interval-start =
    .aria-label = { $day }၊ အချိန်ပိုင်း { $number }၊ စတင်ချိန်
availability-interval-end =
    .aria-label = { $day }၊ အချိန်ပိုင်း { $number }၊ ပြီးဆုံးချိန်
availability-remove = ဖယ်ရှားရန်
    .aria-label = { $day }၊ အချိန်ပိုင်း { $number } ကို ဖယ်ရှားရန်
availability-ends-next-day = နောက်နေ့တွင် ပြီးဆုံးသည်
availability-until-midnight = သန်းခေါင်ယံအထိ
availability-add = အချိန်ပိုင်း ထည့်ရန်
    .aria-label = { $day } တွင် အချိန်ပိုင်း ထည့်ရန်
availability-copy = နေ့တိုင်းသို့ ကူးယူရန်
    .aria-label = { $day } ၏ အချိန်များကို နေ့တိုင်းသို့ ကူးယူရန်
availability-hold-back = ဤအချိန်များ၏ အပြင်ဘက်တွင် ဆိုင်းထားရန်
availability-block-desktop = ဒက်စ်တော့ အသိပေးချက်များ
availability-block-sound = အသံများ
availability-block-email = အီးမေးလ် အသိပေးချက်များ
availability-block-push = ပုရှ် အသိပေးချက်များ
availability-status = အခြေအနေ
availability-auto-status = အလုပ်ချိန် စသည့်အခါ အွန်လိုင်း၊ ပြီးသည့်အခါ အော့ဖ်လိုင်းအဖြစ် အခြေအနေ ပြောင်းရန်

## NotificationsSection

notifications-title = အသိပေးချက်များ
notifications-lead = { -headset } အသံမြည်သည့်အချိန်၊ ဒက်စ်တော့ အသိပေးချက်များ ပြသသည့် အကြိမ်ရေနှင့် { -chatwoot } က အီးမေးလ်နှင့် ပုရှ်ဖြင့် ပို့ပေးသည့် အရာများ။
notifications-synced = သင့်အကောင့်နှင့် စင့်ခ်လုပ်ထားသည်
notifications-this-computer = ဤကွန်ပျူတာရှိ အသံ
notifications-sound = အသံ
notifications-alerts = မက်ဆေ့ချ်အသစ်များအတွက် အသံမြည်စေမည့် နေရာ
notifications-alerts-none = ဘယ်တော့မှ
notifications-alerts-assigned = ကျွန်ုပ်ထံ တာဝန်ပေးထားသော စကားဝိုင်းများ
notifications-alerts-assigned-unassigned = ကျွန်ုပ်ထံ တာဝန်ပေးထားသော သို့မဟုတ် တာဝန်မပေးရသေးသော စကားဝိုင်းများ
notifications-alerts-all = စကားဝိုင်း အားလုံး
notifications-alerts-custom = စိတ်ကြိုက် ({ $value })
notifications-tone = အသံ ပုံစံ
notifications-tone-ding = ဒင်
notifications-tone-bell = ခေါင်းလောင်း
notifications-tone-chime = ချိုင်း
notifications-tone-magic = မှော်
notifications-tone-ping = ပင်
notifications-volume = အသံအတိုးအကျယ်
notifications-volume-hint = ဤကွန်ပျူတာတွင်သာ
notifications-test-sound = အသံ စမ်းနားထောင်ရန်
notifications-repeat = တာဝန်ပေးထားသော စကားဝိုင်း မဖတ်ရသေးသမျှ { $seconds } စက္ကန့်တိုင်း ထပ်မြည်ရန်
notifications-custom-sound = စိတ်ကြိုက် အသံ
notifications-custom-sound-none = ဤကွန်ပျူတာတွင် အသံပုံစံအစား သင့်ကိုယ်ပိုင်အသံကို ဖွင့်နိုင်သည်။
notifications-custom-sound-plays = ဤကွန်ပျူတာတွင် အသံပုံစံအစား { $name } ကို ဖွင့်သည်။
notifications-custom-sound-hint = WAV၊ MP3၊ Ogg သို့မဟုတ် FLAC၊ အများဆုံး { $megabytes } MB။
notifications-custom-sound-choose = အသံ ရွေးရန်…
notifications-custom-sound-replace = အခြားတစ်ခု ရွေးရန်…
notifications-custom-sound-test = စမ်းရန်
    .aria-label = စိတ်ကြိုက် အသံကို စမ်းနားထောင်ရန်
notifications-custom-sound-remove = ဖယ်ရှားရန်
    .aria-label = စိတ်ကြိုက် အသံကို ဖယ်ရှားရန်
notifications-custom-sound-error-type = WAV၊ MP3၊ Ogg သို့မဟုတ် FLAC ဖိုင်ကို ရွေးပါ။
notifications-custom-sound-error-size = ဤအသံသည် { $megabytes } MB ထက် ကြီးသည်။ ပိုသေးသောဖိုင်ကို ရွေးပါ။
notifications-custom-sound-error-read = ဤဖိုင်ကို ဖတ်၍ မရပါ။
notifications-dashboard-on = ဝဘ် ဒက်ရှ်ဘုတ်ကလည်း အသံမြည်သည် ({ $conversations } အတွက်)။
notifications-dashboard-assigned = သင့်ထံ တာဝန်ပေးထားသော စကားဝိုင်းများ
notifications-dashboard-unassigned = တာဝန်မပေးရသေးသော စကားဝိုင်းများ
notifications-dashboard-notme = အခြားသူများထံ တာဝန်ပေးထားသော စကားဝိုင်းများ
notifications-dashboard-all = စကားဝိုင်း အားလုံး
notifications-dashboard-silence = ဒက်ရှ်ဘုတ်ကို အသံပိတ်ရန်
notifications-dashboard-off = ဝဘ် ဒက်ရှ်ဘုတ်သည် အသံတိတ်နေသည်။ { -headset } သာ မြည်သည်။
notifications-desktop = ဒက်စ်တော့ အသိပေးချက်များ
notifications-show = ပြသပုံ
notifications-instant = ချက်ချင်း
notifications-digest-minutes = { $minutes } မိနစ်တိုင်း အနှစ်ချုပ်
notifications-digest-hour = တစ်နာရီတိုင်း အနှစ်ချုပ်
notifications-email-push = အီးမေးလ်နှင့် ပုရှ် အသိပေးချက်များ
notifications-notify-when = အောက်ပါအခါ အသိပေးရန်
notifications-channel-email = အီးမေးလ်
notifications-channel-push = ပုရှ်
notifications-flag =
    .aria-label = { $channel }- { $event }
notifications-kind-conversation-creation = စကားဝိုင်းအသစ် ဖန်တီးသည့်အခါ
notifications-kind-conversation-assignment = သင့်ထံ စကားဝိုင်းတစ်ခု တာဝန်ပေးသည့်အခါ
notifications-kind-assigned-conversation-new-message = သင့်ထံ တာဝန်ပေးထားသော စကားဝိုင်းတွင် မက်ဆေ့ချ်အသစ် ရောက်သည့်အခါ
notifications-kind-conversation-mention = စကားဝိုင်းတစ်ခုတွင် သင့်ကို ဖော်ပြသည့်အခါ
notifications-kind-participating-conversation-new-message = သင်ပါဝင်သော စကားဝိုင်းတွင် မက်ဆေ့ချ်အသစ် ရောက်သည့်အခါ
notifications-kind-sla-missed-first-response = SLA လွဲချော်- ပထမဆုံး တုံ့ပြန်ချက်
notifications-kind-sla-missed-next-response = SLA လွဲချော်- နောက်တုံ့ပြန်ချက်
notifications-kind-sla-missed-resolution = SLA လွဲချော်- ဖြေရှင်းချက်

## ChannelsSection

channels-title = ချန်နယ်များ
channels-lead = ဤချန်နယ်များမှ စကားဝိုင်းများကို တစ်ပြိုင်နက် သတ်မှတ်အရေအတွက်အထိ လက်ခံပါ။
channels-empty = ချန်နယ် မရှိသေးပါ။ ဝဘ် ဒက်ရှ်ဘုတ်တွင် ဝင်စာပုံးများ ဖန်တီးပါ။
channels-take = စကားဝိုင်းများ လက်ခံရန်
channels-at-most = အများဆုံး
channels-capacity-hint = အများဆုံး- တစ်ပြိုင်နက် ဖွင့်ထားသော စကားဝိုင်း အရေအတွက်၊ { $min } မှ { $max } အထိ၊ { $min } = အကန့်အသတ်မရှိ။
channels-capacity-error = { $min } မှ { $max } အတွင်း ကိန်းပြည့်တစ်ခု ထည့်ပါ။

## SegmentsSection

segments-title = အုပ်စုခွဲများ
segments-lead = ကြည့်လိုသော အဆက်အသွယ်နှင့် ကုမ္ပဏီ အုပ်စုခွဲများကို ရွေးပါ။ အားလုံးကြည့်ရန် ဘာမှ မရွေးပါနှင့်။
segments-contact = အဆက်အသွယ် အုပ်စုခွဲများ
segments-company = ကုမ္ပဏီ အုပ်စုခွဲများ
segments-contact-empty = အဆက်အသွယ် အုပ်စုခွဲ မရှိသေးပါ။ ဝဘ် ဒက်ရှ်ဘုတ်တွင် ဖန်တီးပါ။
segments-company-empty = ကုမ္ပဏီ အုပ်စုခွဲ မရှိသေးပါ။ ဝဘ် ဒက်ရှ်ဘုတ်တွင် ဖန်တီးပါ။
segments-showing-all = အားလုံး ပြသနေသည်
segments-showing = { $total } ခုအနက် { $count } ခု ပြသနေသည်
segments-contact-gone = သင်ရွေးထားသော အဆက်အသွယ် အုပ်စုခွဲ { $count } ခု မရှိတော့ပါ၊ သိမ်းသည့်အခါ ဖယ်ရှားပါမည်။
segments-company-gone = သင်ရွေးထားသော ကုမ္ပဏီ အုပ်စုခွဲ { $count } ခု မရှိတော့ပါ၊ သိမ်းသည့်အခါ ဖယ်ရှားပါမည်။

## TeamSection

team-title = အဖွဲ့
team-lead = { $account } ၏ ဝန်ဆောင်မှုပေးသူများနှင့် တစ်ဦးချင်း လုပ်ပိုင်ခွင့်များ။
team-empty = ဝန်ဆောင်မှုပေးသူ မရှိသေးပါ။
team-name = အမည်
team-email = အီးမေးလ်
team-status = အခြေအနေ
team-role = အခန်းကဏ္ဍ
team-you = သင်
team-role-select =
    .aria-label = { $name } ၏ အခန်းကဏ္ဍ
    .title = ကိုယ့်အခန်းကဏ္ဍကို ကိုယ်တိုင် ပြောင်း၍ မရပါ။ အခြား စီမံခန့်ခွဲသူကို မေတ္တာရပ်ခံပါ။
team-roles-note = စီမံခန့်ခွဲသူများသာ အခန်းကဏ္ဍများကို ပြောင်းနိုင်သည်။
team-now-administrator = { $name } သည် ယခု စီမံခန့်ခွဲသူ ဖြစ်ပါပြီ။
team-now-agent = { $name } သည် ယခု ဝန်ဆောင်မှုပေးသူ ဖြစ်ပါပြီ။

## AvatarEditor

avatar-drop =
    .aria-label = ပရိုဖိုင်ပုံ- ပုံကို ဤနေရာသို့ ဆွဲချပါ
avatar-change = ပုံ ပြောင်းရန်…
avatar-add = ပုံ ထည့်ရန်…
avatar-remove = ပုံ ဖယ်ရှားရန်
avatar-hint = JPEG၊ PNG သို့မဟုတ် WebP။ ဤနေရာသို့ ဆွဲချပါ သို့မဟုတ် ဖိုင်ရွေးပါ။
avatar-crop =
    .aria-label = ပုံကို ဖြတ်ညှိရန်
avatar-preview =
    .aria-label = အစမ်းကြည့်ရှုမှု။ ပုံကို ရွှေ့ရန် ဆွဲပါ သို့မဟုတ် မြှားခလုတ်များ သုံးပါ။
avatar-zoom = ချဲ့/ချုံ့
avatar-rotate-left = ဘယ်ဘက်သို့ လှည့်ရန်
avatar-rotate-right = ညာဘက်သို့ လှည့်ရန်
avatar-save = ပုံ သိမ်းရန်
avatar-uploading = တင်နေသည်…
    .aria-label = တင်နေသည်
avatar-saved = ပုံ သိမ်းပြီးပါပြီ။
avatar-error-type = JPEG၊ PNG သို့မဟုတ် WebP ပုံကို ရွေးပါ။
avatar-error-size = ဤပုံသည် { $megabytes } MB ထက် ကြီးသည်။ ပိုသေးသောပုံကို ရွေးပါ။
avatar-error-draw = ဤဝင်းဒိုးသည် ပုံများ ဆွဲ၍ မရပါ။
avatar-error-make = ပုံကို ပြုလုပ်၍ မရပါ။
avatar-error-open = ဤပုံကို ဖွင့်၍ မရပါ။ ဖိုင် ပျက်စီးနေနိုင်သည်။

## SecuritySection

security-title = လုံခြုံရေး
security-lead = သင့်စကားဝှက်၊ ဝင်ရောက်ရာတွင် ဒုတိယအဆင့်၊ သင်ဝင်ရောက်ထားသော နေရာများနှင့် သင့် API တိုကင်။

## PasswordInput

password-input-show = ပြရန်
password-input-hide = ဖျောက်ရန်

## ChangePassword

password-title = စကားဝှက်
password-managed = သင့်စကားဝှက်ကို { $provider } က စီမံသည်။
password-provider-sso = သင့်အဖွဲ့အစည်း၏ တစ်ကြိမ်ဝင်ရောက်မှု (SSO)
password-provider-unknown = သင့် အထောက်အထား ပံ့ပိုးသူ
password-lead = ပြောင်းလိုက်ပါက သင့်အခြားစက်များမှ ထွက်သွားပါမည်။
password-policy-error = စကားဝှက် စည်းမျဉ်းများကို ဖွင့်၍ မရပါ- { $error }
password-current = လက်ရှိ စကားဝှက်
    .show = လက်ရှိ စကားဝှက်ကို ပြရန်
password-new = စကားဝှက် အသစ်
    .show = စကားဝှက် အသစ်ကို ပြရန်
password-confirm = စကားဝှက် အသစ်ကို အတည်ပြုရန်
    .show = အတည်ပြု စကားဝှက်ကို ပြရန်
password-strength = ခိုင်မာမှု
password-strength-none = ဘာမှ မရိုက်ရသေးပါ
password-strength-value = ခိုင်မာမှု- { $level }
password-strength-weak = အားနည်း
password-strength-fair = သင့်တင့်
password-strength-strong = ခိုင်မာ
password-strength-very-strong = အလွန်ခိုင်မာ
password-rules =
    .aria-label = စကားဝှက် လိုအပ်ချက်များ
password-rule-met = (ပြည့်မီပြီ)
password-rule-unmet = (မပြည့်မီသေး)
password-rules-loading = စကားဝှက် စည်းမျဉ်းများကို ဖွင့်နေသည်…
password-rule-length-range = စာလုံး { $min } မှ { $max } လုံးအထိ
password-rule-length = စာလုံး { $min } လုံး
password-rule-common = အသုံးများသော စကားဝှက်၊ သင့်အမည် သို့မဟုတ် အီးမေးလ် မဖြစ်ရ
password-rule-uppercase = စာလုံးကြီး တစ်လုံး
password-rule-digit = ဂဏန်း တစ်လုံး (0–9)
password-rule-special = အထူးသင်္ကေတ တစ်ခု၊ ဥပမာ ! ? # သို့မဟုတ် -
password-mismatch = စကားဝှက် အသစ်နှင့် မကိုက်ညီပါ။
password-changed = စကားဝှက် ပြောင်းပြီးပါပြီ။ သင့်အခြားစက်များမှ ထွက်ပြီးပါပြီ။
password-changing = ပြောင်းနေသည်…
password-change = စကားဝှက် ပြောင်းရန်
password-error-current = လက်ရှိ စကားဝှက်ကို ထည့်ပါ။

## TwoFactor

mfa-title = နှစ်ဆင့် အထောက်အထားစိစစ်ခြင်း
mfa-lead = ဝင်ရောက်သည့်အခါ { -headset } သည် သင့်ဖုန်းရှိ အထောက်အထားစိစစ်ရေး အက်ပ်မှ ကုဒ်ကိုလည်း တောင်းပါမည်။
mfa-unavailable = ဤဆာဗာသည် နှစ်ဆင့် အထောက်အထားစိစစ်ခြင်းကို မပံ့ပိုးပါ။
mfa-badge-on = ဖွင့်ထား
mfa-on = ဝင်ရောက်သည့်အခါ သင့်အကောင့်က ကုဒ်တောင်းသည်။
mfa-badge-off = ပိတ်ထား
mfa-off = သင့်အကောင့်ကို စကားဝှက်ဖြင့်သာ ကာကွယ်ထားသည်။
mfa-scan = ဤ QR ကုဒ်ကို သင့် အထောက်အထားစိစစ်ရေး အက်ပ်ဖြင့် စကင်ဖတ်ပါ။
mfa-qr =
    .aria-label = အထောက်အထားစိစစ်ရေး အက်ပ် စနစ်ထည့်ရန် QR ကုဒ်
mfa-cant-scan = စကင်ဖတ်၍ မရဘူးလား။ ဤ စနစ်ထည့်သွင်းရေး ကီးကို ထည့်ပါ-
mfa-copy-key = ကီး ကူးယူရန်
mfa-key-copied = စနစ်ထည့်သွင်းရေး ကီးကို ကူးယူပြီးပါပြီ။
mfa-key-copy-failed = ကူးယူ၍ မရပါ- ကီးကို ရွေးပြီး ကိုယ်တိုင် ကူးယူပါ။
mfa-enter-code = အက်ပ်တွင် ပြသော ဂဏန်း { $digits } လုံးပါ ကုဒ်ကို ထည့်ပါ
mfa-turn-on = ဖွင့်ရန်
mfa-set-up = စနစ်ထည့်ရန်
mfa-starting = စတင်နေသည်…
mfa-new-codes = အရန်ကုဒ် အသစ်များ
mfa-new-codes-hint = အသစ်များ ပြုလုပ်ပြီးသည်နှင့် အရန်ကုဒ် အဟောင်းများ အလုပ်မလုပ်တော့ပါ။
mfa-app-code = အထောက်အထားစိစစ်ရေး အက်ပ်မှ ကုဒ်
mfa-making-codes = ကုဒ်များ ပြုလုပ်နေသည်…
mfa-make-codes = ကုဒ်အသစ်များ ပြုလုပ်ရန်
mfa-disable-title = နှစ်ဆင့် အထောက်အထားစိစစ်ခြင်းကို ပိတ်ရန်
mfa-disable-hint = သင့်အကောင့်ကို စကားဝှက်တစ်ခုတည်းဖြင့်သာ ကာကွယ်ထားပါမည်။
mfa-password = စကားဝှက်
    .show = စကားဝှက်ကို ပြရန်
mfa-app-or-backup-code = အက်ပ်ကုဒ် သို့မဟုတ် အရန်ကုဒ်
mfa-turning-off = ပိတ်နေသည်…
mfa-turn-off = ပိတ်ရန်
mfa-turn-off-ask = ပိတ်ရန်…
mfa-error-code = အထောက်အထားစိစစ်ရေး အက်ပ်တွင် ပြသော ကုဒ်ကို ထည့်ပါ။
mfa-error-password = စကားဝှက်ကို ထည့်ပါ။
mfa-error-app-or-backup-code = အထောက်အထားစိစစ်ရေး အက်ပ်မှ ကုဒ် သို့မဟုတ် အရန်ကုဒ်ကို ထည့်ပါ။
mfa-now-on = နှစ်ဆင့် အထောက်အထားစိစစ်ခြင်း ဖွင့်ထားသည်။
mfa-codes-made = အရန်ကုဒ် အသစ်များ ပြုလုပ်ပြီးပါပြီ။ အဟောင်းများ အလုပ်မလုပ်တော့ပါ။
mfa-now-off = နှစ်ဆင့် အထောက်အထားစိစစ်ခြင်း ပိတ်ထားသည်။

## BackupCodes

backup-title = အရန်ကုဒ်များကို သိမ်းထားပါ
backup-hint = အထောက်အထားစိစစ်ရေး အက်ပ်ကို မသုံးနိုင်သည့်အခါ ကုဒ်တစ်ခုစီဖြင့် တစ်ကြိမ် ဝင်ရောက်နိုင်သည်။ လုံခြုံသောနေရာတွင် သိမ်းထားပါ- ထပ်မပြတော့ပါ။
backup-list =
    .aria-label = အရန်ကုဒ်များ
backup-download = ဒေါင်းလုဒ်
backup-done = သိမ်းပြီးပါပြီ
backup-copied = အရန်ကုဒ်များကို ကူးယူပြီးပါပြီ။
backup-copy-failed = ကူးယူ၍ မရပါ- ကုဒ်များကို ရွေးပြီး ကိုယ်တိုင် ကူးယူပါ။
backup-saved-as = { $file } အဖြစ် သိမ်းပြီးပါပြီ။
backup-save-failed = ဖိုင်ကို သိမ်း၍ မရပါ- ကုဒ်များကို ကူးယူပါ။
backup-file-title = { $email } အတွက် { -headset } အရန်ကုဒ်များ
backup-file-hint = အထောက်အထားစိစစ်ရေး အက်ပ်ကို မသုံးနိုင်သည့်အခါ ကုဒ်တစ်ခုစီဖြင့် တစ်ကြိမ် ဝင်ရောက်နိုင်သည်။

## Sessions

sessions-title = ဝင်ရောက်ထားသော စက်များ
sessions-lead = သင့်အကောင့် ယခု ဝင်ရောက်ထားသော နေရာများ။ မသိသော စက်မှန်သမျှကို ထွက်ပါ။
sessions-loading = စက်များကို ဖွင့်နေသည်…
sessions-none = ဝင်ရောက်ထားသော စက် မရှိပါ။
sessions-unknown-app = အမည်မသိ အက်ပ်
sessions-this-device = ဤစက်
sessions-last-active = နောက်ဆုံး အသုံးပြုချိန်- { $when }
sessions-last-active-unknown = နောက်ဆုံး အသုံးပြုချိန်- မသိပါ
sessions-ask-one = ဤစက်မှ ထွက်မလား။
sessions-sign-out = ထွက်ရန်
    .aria-label = { $app } မှ ထွက်ရန်
sessions-confirm = ဟုတ်ကဲ့၊ ထွက်ပါ
    .aria-label = ဟုတ်ကဲ့၊ { $app } မှ ထွက်ပါ
sessions-ask-others =
    { $count ->
        [1] အခြားစက်မှ ထွက်မလား။
       *[other] အခြားစက် { $count } လုံးလုံးမှ ထွက်မလား။
    }
sessions-confirm-others = ဟုတ်ကဲ့၊ အခြားစက်များမှ ထွက်ပါ
sessions-sign-out-others = အခြားစက်များ အားလုံးမှ ထွက်ရန်
sessions-ended-others = အခြားစက်များ အားလုံးမှ ထွက်ပြီးပါပြီ။
sessions-ended = { $app } မှ ထွက်ပြီးပါပြီ။
sessions-ended-device = စက်မှ ထွက်ပြီးပါပြီ။

## ApiToken

token-title = API ဝင်ရောက်ခွင့် တိုကင်
token-lead = အက်ပ်များနှင့် စခရစ်များကို { -chatwoot } API မှတစ်ဆင့် သင့်ကိုယ်စား လုပ်ဆောင်ခွင့်ပေးသည်၊ ဥပမာ အခြားကွန်ပျူတာတွင် { -headset } သို့ ဝင်ရန် သို့မဟုတ် ပေါင်းစည်းမှုတစ်ခု ချိတ်ဆက်ရန်။ သင့်စကားဝှက်ကဲ့သို့ ထိန်းသိမ်းပါ။
token-value = သင့် ဝင်ရောက်ခွင့် တိုကင်
token-value-new = သင့် ဝင်ရောက်ခွင့် တိုကင် အသစ်
token-hide = ဖျောက်ရန်
token-warning-title = တိုကင်ကို ပြန်သတ်မှတ်မလား။
token-warning = လက်ရှိ တိုကင်ကို သုံးနေသော အက်ပ်များနှင့် စခရစ်များ ချက်ချင်း အလုပ်မလုပ်တော့ပါ။
token-password = သင့်စကားဝှက်
    .show = သင့်စကားဝှက်ကို ပြရန်
token-password-hint = တိုကင်ကို ကြည့်ရန် သို့မဟုတ် ပြန်သတ်မှတ်ရန် သင်ဖြစ်ကြောင်း အတည်ပြုပါ။
token-reveal = ပြရန်
token-resetting = ပြန်သတ်မှတ်နေသည်…
token-reset-now = ယခု ပြန်သတ်မှတ်ရန်
token-reset = တိုကင် ပြန်သတ်မှတ်ရန်…
token-error-reveal = တိုကင်ကို ကြည့်ရန် စကားဝှက်ကို ထည့်ပါ။
token-error-reset = တိုကင်ကို ပြန်သတ်မှတ်ရန် စကားဝှက်ကို ထည့်ပါ။
token-made = တိုကင်အသစ် ပြုလုပ်ပြီးပါပြီ။ ၎င်းကို သုံးသော အက်ပ်များနှင့် စခရစ်များကို အပ်ဒိတ်လုပ်ပါ။
token-copied = တိုကင်ကို ကူးယူပြီးပါပြီ။
token-copy-failed = ကူးယူ၍ မရပါ- တိုကင်ကို ရွေးပြီး ကိုယ်တိုင် ကူးယူပါ။

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = ချိတ်ဆက်မှု
network-lead = ဤကွန်ပျူတာမှ ကိုယ်တိုင်လက်ခံထားသည့် ဆာဗာသို့ { -headset } ချိတ်ဆက်ပုံ- လည်ပတ်မှုစနစ်၏ လက်မှတ်များအပြင် ယုံကြည်ရမည့် လက်မှတ်ထုတ်ပေးသူ (ဥပမာ သင့်ကုမ္ပဏီ၏) နှင့် ဖြတ်သန်းရမည့် HTTP ပရောက်စီ။ သိမ်းလိုက်သည်နှင့် ချက်ချင်း ပြန်ချိတ်ဆက်သည်။ ဤဆက်တင်များသည် သင့်အကောင့်နှင့် မဟုတ်ဘဲ ဤကွန်ပျူတာနှင့် သက်ဆိုင်သည်။
network-ca-file = နောက်ထပ် CA လက်မှတ် (PEM ဖိုင်လမ်းကြောင်း)
network-ca-file-hint = PEM ဖိုင်၊ ဥပမာ { $example }။ လည်ပတ်မှုစနစ်၏ လက်မှတ်များကိုသာ ယုံကြည်ရန် ဗလာထားပါ။
network-proxy = HTTP ပရောက်စီ
network-proxy-hint = ပို့တ်နံပါတ်ပါသော http:// လိပ်စာ၊ အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက် မပါဘဲ။ တိုက်ရိုက်ချိတ်ဆက်ရန် ဗလာထားပါ။
network-saved = သိမ်းပြီးပါပြီ။ { -headset } သည် ဤဆက်တင်များဖြင့် ချိတ်ဆက်သည်။

## DiagnosticsSection

diagnostics-title = ပြဿနာရှာဖွေခြင်း
diagnostics-lead = ဤကွန်ပျူတာပေါ်တွင် { -headset } အလုပ်လုပ်မလုပ်နှင့် သင့်ကို အဘယ်ကြောင့် သတိပေးခဲ့သည် (သို့) မပေးခဲ့သည်။

## Health

health-title = အခြေအနေ
health-lead = သင့်ကို သတိပေးရန် { -headset } လိုအပ်သည်များကို ဤကွန်ပျူတာပေါ်တွင် စစ်ဆေးထားသည်။
health-check-server = ဆာဗာ
health-check-realtime = တိုက်ရိုက် အပ်ဒိတ်များ
health-check-keychain = လုံခြုံသော သိုလှောင်မှု (keychain)
health-check-notifications = ဒက်စ်တော့ အသိပေးချက်များ
health-check-audio = အသံထွက်
health-check-do-not-disturb = မနှောင့်ယှက်ရ
health-ok = ကောင်းမွန်
health-problem = ပြဿနာ
health-none = အေးဂျင့်က မည်သည့်စစ်ဆေးချက်ကိုမျှ မပို့ပါ။
health-all-ok = အားလုံး အလုပ်လုပ်နေသည်။
health-problems = ပြဿနာ { $count } ခု တွေ့ရှိသည်။
health-check-again = ထပ်စစ်ရန်

## Decisions

decisions-title = ကျွန်ုပ် အဘယ်ကြောင့် အသိပေးချက် ရခဲ့/မရခဲ့သနည်း။
decisions-lead = မကြာသေးမီ ဖြစ်ရပ်တစ်ခုစီအတွက် - { -headset } က အသိပေးချက် ပြခဲ့ပြီး အသံမြည်ခဲ့သလား၊ အဘယ်ကြောင့်နည်း။ အသစ်ဆုံးကို အရင်ပြသည်။
decisions-only-held = ထိန်းထားသည်များသာ
decisions-only-held-hint = အသိပေးချက် မပြ၊ အသံလည်း မမြည်ခဲ့သော ဖြစ်ရပ်များ။
decisions-refresh = ပြန်လည်ရယူရန်
decisions-empty = ဖြစ်ရပ် မရှိသေးပါ။ ရောက်လာသည်နှင့် ဤနေရာတွင် ပေါ်လာမည်။
decisions-empty-held = မည်သည့်အရာမျှ ထိန်းမထားပါ။
decisions-time = အချိန်
decisions-event = ဖြစ်ရပ်
decisions-conversation = စကားဝိုင်း
decisions-notify = အသိပေးချက်
decisions-sound = အသံ
decisions-yes = ဟုတ်
decisions-no = မဟုတ်
decisions-reason-alert = သင့်ဆက်တင်များက ခွင့်ပြုသည်
decisions-reason-own-message = သင်ကိုယ်တိုင် ပို့ခဲ့သည်
decisions-reason-not-selected = သတိပေးရန် သင်ရွေးထားသော စကားဝိုင်းများထဲတွင် မပါပါ
decisions-reason-not-incoming = ဝင်လာသော မက်ဆေ့ချ် မဟုတ်ပါ
decisions-reason-pending-conversation = စကားဝိုင်းသည် ဆိုင်းငံ့ထားဆဲ ဖြစ်သည်
decisions-reason-flag-off = ဤဖြစ်ရပ်အမျိုးအစားအတွက် ပုရှ် အသိပေးချက်များကို သင် ပိတ်ထားသည်
decisions-reason-not-notifiable = ဤဖြစ်ရပ်အမျိုးအစားသည် သူ့ဘာသာ ဘယ်တော့မှ မသတိပေးပါ
decisions-reason-offline = သင် အော့ဖ်လိုင်း ဖြစ်နေခဲ့သည်
decisions-reason-busy = သင် အလုပ်များနေခဲ့သည်
decisions-reason-snoozed = သတိပေးချက်များကို ခဏဆိုင်းထားခဲ့သည်
decisions-reason-os-dnd = သင့်ကွန်ပျူတာသည် မနှောင့်ယှက်ရ မုဒ်တွင် ရှိနေခဲ့သည်
decisions-reason-outside-hours = သင်၏ အလုပ်ချိန် ပြင်ပတွင်
decisions-reason-throttled = အခြားအသံတစ်ခု ယခုလေးတင် မြည်ခဲ့သည်
decisions-reason-digest = အနှစ်ချုပ်အတွက် ထိန်းထားသည်
decisions-reason-counted = မဖတ်ရသေးသည့်အဖြစ်သာ ရေတွက်ထားသည်
decisions-reason-already-alerted = တစ်ကြိမ် သတိပေးပြီး ဖြစ်သည် (သင် ပြန်ချိတ်ဆက်နေစဉ် ဝင်လာခဲ့သည်)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] မဖတ်ရသေးသော အသိပေးချက် မရှိပါ
    [one] မဖတ်ရသေးသော အသိပေးချက် { $count } ခု
   *[other] မဖတ်ရသေးသော အသိပေးချက် { $count } ခု
}
tray-waiting = { $count ->
    [0] သင့်ကို စောင့်နေသော စကားဝိုင်း မရှိပါ
    [one] သင့်ကို စောင့်နေသော စကားဝိုင်း { $count } ခု
   *[other] သင့်ကို စောင့်နေသော စကားဝိုင်း { $count } ခု
}
tray-signed-out = ထွက်ပြီးပါပြီ
snooze-30 = မိနစ် 30 အသံပိတ်ရန်
snooze-60 = 1 နာရီ အသံပိတ်ရန်
snooze-hours = ကျွန်ုပ်၏ အလုပ်ချိန် စသည်အထိ အသံပိတ်ရန်
snooze-resume = သတိပေးချက်များ ပြန်ဖွင့်ရန်
open-dashboard = ဒက်ရှ်ဘုတ် ဖွင့်ရန်
open-settings = ဆက်တင်များ…
quit = Headset မှ ထွက်ရန်
alert-away-title = သင်မရှိစဉ်အတွင်း
alert-digest-title = Headset အနှစ်ချုပ်
alert-summary = { $conversations ->
    [one] စကားပြောဆိုမှု { $conversations } ခု
   *[other] စကားပြောဆိုမှု { $conversations } ခု
}{ $mentions ->
    [0] {""}
    [one] , ဖော်ပြချက် { $mentions } ခု
   *[other] , ဖော်ပြချက် { $mentions } ခု
}
alert-assigned = သင့်ထံ တာဝန်ပေးထားသည်: စကားပြောဆိုမှု #{ $id }
alert-mentioned = စကားပြောဆိုမှု #{ $id } တွင် သင့်ကို ဖော်ပြထားသည်
alert-new-conversation = စကားပြောဆိုမှု အသစ် #{ $id }
alert-message = { $who } · စကားပြောဆိုမှု #{ $id }
alert-missed = စကားပြောဆိုမှု #{ $id } ကို ဂရုစိုက်ရန် လိုအပ်သည်
alert-missed-body = Headset အော့ဖ်လိုင်း ဖြစ်နေစဉ်
alert-open = စကားပြောဆိုမှုကို ဖွင့်ရန်

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = သင့် ဝင်ရောက်မှု ကာလ ပြီးဆုံးသွားပါပြီ။ ထပ်မံ ဝင်ရောက်ပါ။
error-unreachable = { $url } ရှိ ဆာဗာသို့ ချိတ်ဆက်၍ မရပါ: { $reason }
error-server = ဆာဗာက တောင်းဆိုချက်ကို ငြင်းပယ်သည် ({ $status }): { $message }
error-protocol = ဆာဗာထံမှ မမျှော်လင့်ထားသော အဖြေ: { $detail }
error-agent-unavailable = Headset ၏ နောက်ခံ အေးဂျင့် လည်ပတ်မနေပါ။
error-version-mismatch = ဤ Headset အေးဂျင့်သည် IPC ဗားရှင်း { $agent } ကို သုံးပြီး ကလိုင်းယင့်က ဗားရှင်း { $client } ကို သုံးသည်။ Headset ကို ပြန်စတင်ပါ။
error-keychain = လည်ပတ်မှုစနစ်၏ လုံခြုံသော သိုလှောင်မှု (keychain) ကို အသုံးပြု၍ မရပါ: { $detail }
error-not-signed-in = ဝင်ရောက်ထားခြင်း မရှိပါ။
error-window-open = ဆက်တင်များ ဝင်းဒိုးကို ဖွင့်ထားပြီး ဖြစ်သည်။
error-conflict = ပရိုဖိုင်ကို ဖတ်ပြီးနောက် ဆာဗာပေါ်တွင် ပြောင်းလဲသွားသည်။
error-too-long = စာလုံး အများဆုံး { $max } လုံးသာ သုံးပါ။
error-too-long-count = စာလုံး အများဆုံး { $max } လုံးသာ သုံးပါ (ယခု { $count } လုံး ရှိသည်)။
error-name-empty = သင့်အမည်ကို ထည့်ပါ။
error-phone-format = ဖုန်းနံပါတ်ကို နိုင်ငံတကာ ပုံစံဖြင့် ထည့်ပါ၊ ဥပမာ +48 600 700 800။
error-ca-file-unreadable = { $path } ကို ဖတ်၍ မရပါ: { $detail }။
error-ca-file-not-pem = { $path } သည် PEM ဖိုင် မဟုတ်ပါ: { $detail }။
error-ca-file-empty = { $path } တွင် လက်မှတ် မပါပါ (“-----BEGIN CERTIFICATE-----” ပါရမည်)။
error-ca-file-unusable = { $path } တွင် အသုံးပြု၍ မရသော လက်မှတ် ပါသည်: { $detail }။
error-proxy-not-url = ပရောက်စီကို လိပ်စာအပြည့်အစုံဖြင့် ထည့်ပါ (ဥပမာ http://proxy.example.com:3128)။
error-proxy-scheme = http:// ပရောက်စီများကိုသာ ပံ့ပိုးသည်၊ ၎င်းတို့မှတစ်ဆင့် https ဆာဗာများသို့ ချိတ်ဆက်သည် (ဥပမာ http://proxy.example.com:3128)။
error-proxy-host = ပရောက်စီ လိပ်စာတွင် ဟို့စ်အမည် ပါရမည် (ဥပမာ http://proxy.example.com:3128)။
error-proxy-password = စကားဝှက် တောင်းသော ပရောက်စီများကို မပံ့ပိုးပါ- အသုံးပြုသူအမည်နှင့် စကားဝှက်ကို ချန်ထားပါ။
error-nothing-to-change = ပြောင်းစရာ မရှိပါ။
error-unknown-language = “{ $value }” သည် Headset ၏ ဘာသာစကားများထဲတွင် မပါပါ။
error-unknown-sound-choice = “{ $value }” သည် အသံ ရွေးချယ်မှုတစ်ခု မဟုတ်ပါ။
error-unknown-flag = “{ $value }” သည် အသိပေးချက် ဆက်တင်တစ်ခု မဟုတ်ပါ။
error-timezone = “{ $value }” သည် IANA အချိန်ဇုန် မဟုတ်ပါ (ဥပမာ Europe/Warsaw)။
error-currency = “{ $value }” သည် ISO 4217 ငွေကြေးကုဒ် မဟုတ်ပါ (ဥပမာ EUR)။
error-audio-alerts = none ကို ရွေးပါ၊ သို့မဟုတ် assigned၊ notme နှင့် unassigned ကို + ဖြင့် တွဲပါ။
error-away-status = “အလုပ်များနေသည်” သို့မဟုတ် “အော့ဖ်လိုင်း” ကို ရွေးပါ- သင်မရှိစဉ် အခြေအနေ ဖြစ်သည်။
error-idle-minutes = 1 မှ 480 မိနစ်အတွင်း ရွေးပါ။
error-inbox-id = “{ $value }” သည် ဝင်စာပုံး အိုင်ဒီ မဟုတ်ပါ။
error-capacity = 0 မှ { $max } အတွင်း အများဆုံး အရေအတွက်ကို ရွေးပါ။
error-https-link = “{ $value }” သည် https:// လိပ်စာ မဟုတ်ပါ။
error-time-of-day = “{ $value }” သည် HH:MM ပုံစံ အချိန် မဟုတ်ပါ။
error-time-of-day-end = “{ $value }” သည် HH:MM (သို့မဟုတ် 24:00) ပုံစံ အချိန် မဟုတ်ပါ။
error-credentials = ဝင်ရောက်ရန် အချက်အလက် မမှန်ကန်ပါ။ ထပ်စမ်းကြည့်ပါ။
error-code-invalid = ကုဒ် မမှန်ကန်ပါ။
error-sign-in-expired = ဝင်ရောက်မှု သက်တမ်းကုန်သွားပါပြီ။ ထပ်မံ ဝင်ရောက်ပါ။
error-server-empty = သင့် Chatwoot ဆာဗာ၏ လိပ်စာကို ထည့်ပါ။
error-server-not-url = “{ $value }” သည် ဝဘ်လိပ်စာ မဟုတ်ပါ ({ $detail })။
error-server-scheme = လိပ်စာသည် https:// သို့မဟုတ် http:// ဖြင့် စရမည်။
error-wrong-password = ၎င်းသည် သင့်စကားဝှက် မဟုတ်ပါ။
error-keychain-memory-only = { $detail }။ Headset ကို ပိတ်သည်အထိ သင် ဝင်ရောက်ထားမည် ဖြစ်သည်။ Headset သည် ဝင်ရောက်ရန် အချက်အလက်များကို ဖိုင်ထဲတွင် ဘယ်တော့မှ မသိမ်းသောကြောင့် နောက်တစ်ကြိမ် စတင်သည့်အခါ ထပ်မေးပါမည်။
error-avatar-type = JPEG သို့မဟုတ် PNG ပုံကို သုံးပါ။
error-avatar-damaged = ပုံ ပျက်စီးနေသည်။ ထပ်စမ်းကြည့်ပါ။
error-avatar-size = ပုံသည် 5 MB ထက် ကြီးသည်။ ပိုသေးသောပုံကို ရွေးပါ။
error-billing-admins = ငွေတောင်းခံမှုနှင့် အသုံးပြုမှုကို အကောင့်၏ စီမံခန့်ခွဲသူများသာ ကြည့်နိုင်သည်။
error-email-empty = သင့်အီးမေးလ်လိပ်စာကို ထည့်ပါ။
error-password-empty = သင့်စကားဝှက်ကို ထည့်ပါ။
error-code-empty = ကုဒ်ကို ထည့်ပါ။
error-token-empty = ပရိုဖိုင် ဆက်တင်များမှ ဝင်ရောက်ခွင့် တိုကင်ကို ကူးထည့်ပါ။
error-token-refused = ဆာဗာက ဤဝင်ရောက်ခွင့် တိုကင်ကို လက်မခံပါ။
error-snooze-minutes = 1 မိနစ်မှ 24 နာရီအထိ အသံပိတ်နိုင်သည်။
error-snooze-no-hours = အလုပ်ချိန်များကို ဦးစွာ သတ်မှတ်ပါ- စောင့်ရမည့် နောက်စတင်ချိန် မရှိပါ။
error-sound-none = အသံဖိုင် ရွေးမထားပါ။
error-sound-name = အသံကို စာလုံး 100 လုံးအထိ အမည်ပေးပါ။
error-sound-damaged = ဖိုင် ပျက်စီးနေသည်။ ထပ်စမ်းကြည့်ပါ။
error-sound-size = အသံဖိုင်သည် 1 MB ထက် ကြီးသည်။
error-sound-format = ဤဖိုင်သည် Headset ဖွင့်နိုင်သော အသံ မဟုတ်ပါ (WAV၊ MP3၊ OGG သို့မဟုတ် FLAC)။
error-sound-empty = အသံဖိုင်သည် ဗလာ ဖြစ်နေသည်။
error-sound-length = အသံသည် 10 စက္ကန့်ထက် ရှည်သည်။
error-not-a-member = သင်သည် ထိုအကောင့်၏ အဖွဲ့ဝင် မဟုတ်ပါ။
error-volume = အသံအတိုးအကျယ်သည် 0 မှ 100 အထိ ဖြစ်သည်။
error-disk-full = Headset ၏ ဒေတာကို သိမ်းသည့် ဒစ်ခ် ပြည့်နေသဖြင့် ဤပြောင်းလဲမှုကို မသိမ်းရသေးပါ။ နေရာလွတ် အနည်းငယ် ပြုလုပ်ပြီး ထပ်စမ်းကြည့်ပါ။

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = ချိတ်ဆက်နိုင်သည်
diagnose-no-notification-daemon = အသိပေးချက် ဝန်ဆောင်မှု မရှိပါ: { $detail }
diagnose-system-notifications = စနစ်၏ အသိပေးချက် စင်တာ
diagnose-unnamed-device = အမည်မရှိ စက်
diagnose-no-audio-device = အသံထွက် စက်ပစ္စည်း မရှိပါ
diagnose-signed-in = { $server } သို့ { $email } အဖြစ် ဝင်ရောက်ထားသည်
diagnose-signed-out = ထွက်ထားသည် (နောက်ဆုံး ဆာဗာ: { $server })
diagnose-now = ယခု
diagnose-connected = { $reconnects ->
   *[other] { $since } မှစ၍ ချိတ်ဆက်ထားသည်၊ ပြန်ချိတ်ဆက်မှု { $reconnects } ကြိမ်
}
diagnose-connecting = ချိတ်ဆက်နေသည်
diagnose-retrying = { $reason }၊ { $seconds } စက္ကန့်အတွင်း ပြန်ကြိုးစားမည်
diagnose-not-connected = ချိတ်ဆက်မထားပါ (ထွက်ထားသည်)
diagnose-dnd-off = ပိတ်ထားသည်
diagnose-dnd-on = ဖွင့်ထားသည်: { $why }
dnd-gnome-banners-off = GNOME: အသိပေးချက် ဘန်နာများကို ပိတ်ထားသည်
dnd-dunst-paused = အသိပေးချက် ဝန်ဆောင်မှု (dunst) ကို ခဏရပ်ထားသည်
dnd-macos-focus = macOS Focus ဖွင့်ထားသည်
dnd-windows-focus-assist = Windows Focus Assist ဖွင့်ထားသည်
dnd-windows-busy = Windows က အသိပေးချက်များကို ဆိုင်းငံ့ထားသည် (မျက်နှာပြင်အပြည့် အက်ပ် သို့မဟုတ် တင်ပြမှု)

## headset-server's answers, in the language the request asks for
server-not-a-member = သင်သည် ဤအကောင့်၏ အဖွဲ့ဝင် မဟုတ်ပါ။
server-contact-name = အဆက်အသွယ်၏ အမည်ကို ထည့်ပါ။
server-no-such-inbox = ဤအကောင့်တွင် ထိုဝင်စာပုံး မရှိပါ။
server-no-such-contact = ဤအကောင့်တွင် ထိုအဆက်အသွယ် မရှိပါ။
server-assignee-not-in-inbox = ထိုဝန်ဆောင်မှုပေးသူသည် ဤဝင်စာပုံးကို မမြင်ရသောကြောင့် တာဝန်ပေး၍ မရပါ။
server-message-empty = မက်ဆေ့ချ်သည် ဗလာ ဖြစ်နေသည်။
server-role-admins-only = စီမံခန့်ခွဲသူများသာ ဝန်ဆောင်မှုပေးသူ၏ အခန်းကဏ္ဍကို ပြောင်းနိုင်သည်။
server-filter-name = စစ်ထုတ်မှုကို အမည်ပေးပါ။
server-filter-name-long = အမည်သည် စာလုံး 100 ထက် ရှည်နေသည်။
server-mfa-code-invalid = ကုဒ် မမှန်ကန်ပါ။ အထောက်အထားစိစစ်ရေး အက်ပ်မှ လက်ရှိကုဒ်ကို ထည့်ပါ။
server-mfa-already-on = နှစ်ဆင့် အထောက်အထားစိစစ်ခြင်းကို ဖွင့်ထားပြီး ဖြစ်သည်။
server-mfa-not-started = နှစ်ဆင့် အထောက်အထားစိစစ်ခြင်း စနစ်ထည့်ခြင်းကို ဦးစွာ စတင်ပါ။
server-mfa-not-on = နှစ်ဆင့် အထောက်အထားစိစစ်ခြင်းကို ဖွင့်မထားပါ။
server-password-invalid = စကားဝှက် မမှန်ကန်ပါ
server-reset-sent = ဤအီးမေးလ်ဖြင့် အကောင့်ရှိပါက စကားဝှက် ပြန်သတ်မှတ်ရန် လင့်ခ်ကို ပို့ပြီးပါပြီ။
server-confirmation-mismatch = စကားဝှက် အတည်ပြုချက်သည် စကားဝှက်နှင့် မကိုက်ညီပါ
server-reset-link-invalid = ဤပြန်သတ်မှတ်ရန် လင့်ခ်သည် မမှန်ကန်ပါ သို့မဟုတ် သက်တမ်းကုန်သွားပါပြီ။ လင့်ခ်အသစ် တောင်းပါ။
server-password-reset-done = သင့်စကားဝှက်ကို ပြောင်းပြီးပါပြီ။ ယခု ၎င်းဖြင့် ဝင်ရောက်ပါ။
server-email-fixed = အီးမေးလ်လိပ်စာကို ဤနေရာတွင် ပြောင်း၍ မရပါ။ ပြောင်းပေးရန် သင့်အကောင့်၏ စီမံခန့်ခွဲသူကို မေတ္တာရပ်ခံပါ။
server-password-managed = ဤအကောင့်သည် အထောက်အထား ပံ့ပိုးသူမှတစ်ဆင့် ဝင်ရောက်သဖြင့် ၎င်း၏ စကားဝှက်ကို ထိုနေရာတွင် စီမံသည်။
server-current-password-invalid = လက်ရှိ စကားဝှက် မမှန်ကန်ပါ
server-session-current = ဤသည်မှာ သင် ယခု အသုံးပြုနေသော ဝင်ရောက်မှု ဖြစ်သည်။ ယင်းအစား ထွက်ပါ။
server-sign-in-expired = ဝင်ရောက်မှု သက်တမ်းကုန်သွားပါပြီ။ သင့်အီးမေးလ်နှင့် စကားဝှက်ကို ထပ်မံ ထည့်ပါ။
server-code-missing = အထောက်အထားစိစစ်ရေး အက်ပ်မှ ကုဒ် သို့မဟုတ် အရန်ကုဒ်ကို ထည့်ပါ။
server-code-invalid = ကုဒ် မမှန်ကန်ပါ။ အထောက်အထားစိစစ်ရေး အက်ပ်ကို စစ်ဆေးပြီး ထပ်စမ်းကြည့်ပါ။
server-avatar-size = ပုံသည် 5 MB ထက် ကြီးသည်။ ပိုသေးသောပုံကို ရွေးပါ။
server-avatar-type = ဤဖိုင်သည် JPEG၊ PNG သို့မဟုတ် WebP ပုံ မဟုတ်ပါ။
server-avatar-damaged = ပုံကို ဖတ်၍ မရပါ- ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ။
server-avatar-empty = ပုံသည် ဗလာ ဖြစ်နေသည်။
server-sign-in-needed = ဆက်လက်မလုပ်ဆောင်မီ ဝင်ရောက်ရန် သို့မဟုတ် စာရင်းသွင်းရန် လိုအပ်သည်။
server-credentials = ဝင်ရောက်ရန် အချက်အလက် မမှန်ကန်ပါ။ ထပ်စမ်းကြည့်ပါ။
server-profile-changed = ပရိုဖိုင်ကို ဖတ်ပြီးနောက် ပြောင်းလဲသွားသည်။ ထပ်မံဖတ်ပြီး အပြောင်းအလဲကို ပြန်လုပ်ပါ။
server-not-found = အရင်းအမြစ်ကို ရှာမတွေ့ပါ
server-internal = ဆာဗာ အတွင်းပိုင်း အမှား
server-disk-full = ဆာဗာ၏ ဒစ်ခ် ပြည့်နေသဖြင့် သိမ်း၍ မရပါ။ နေရာလွတ် အနည်းငယ် ပြုလုပ်ပေးရန် ဆာဗာ၏ စီမံခန့်ခွဲသူကို မေတ္တာရပ်ခံပါ။
server-password-common = ဤစကားဝှက်သည် အသုံးများလွန်းသည်။ ခန့်မှန်းရခက်သော စကားဝှက်ကို ရွေးပါ။
server-password-personal = စကားဝှက်တွင် သင့်အမည် သို့မဟုတ် အီးမေးလ်လိပ်စာ မပါရပါ။
server-password-uppercase = စာလုံးကြီး အနည်းဆုံး တစ်လုံး ထည့်ပါ။
server-password-digit = ဂဏန်း အနည်းဆုံး တစ်လုံး ထည့်ပါ။
server-password-special = အထူးသင်္ကေတ အနည်းဆုံး တစ်ခု ထည့်ပါ။
server-avatar-pixels = ပုံတွင် ပစ်ဇယ် များလွန်းသည် (အများဆုံး { $max } မဂ္ဂါပစ်ဇယ်)။ ပိုသေးသောပုံကို ရွေးပါ။
server-too-many = ကြိုးစားမှု များလွန်းသည်။ { $seconds } စက္ကန့်အကြာတွင် ထပ်စမ်းကြည့်ပါ။
server-not-member-of = သင်သည် { $account } အကောင့်၏ အဖွဲ့ဝင် မဟုတ်ပါ။
server-password-min = စာလုံး အနည်းဆုံး { $min } လုံး သုံးပါ။
server-password-max = စာလုံး အများဆုံး { $max } လုံးသာ သုံးပါ။
server-profile-shape = အပြောင်းအလဲများကို {"{"}"profile": {"{"}…{"}"}{"}"} ပုံစံဖြင့် ပို့ပါ။
server-password-field-required = စကားဝှက် ပြောင်းရန် ဤအကွက်ကို ဖြည့်ပါ။
server-ui-settings-object = ui_settings သည် object တစ်ခု ဖြစ်ရမည်။
server-must-be-text = ဤနေရာတွင် စာသား ဖြစ်ရမည်။
server-must-be-one-of = { $name } သည် ဤတို့အနက် တစ်ခု ဖြစ်ရမည်- { $choices }။
server-must-be-object = { $name } သည် object တစ်ခု ဖြစ်ရမည်။
