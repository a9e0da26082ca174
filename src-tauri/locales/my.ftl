# Headset's agent (my): the tray menu and the desktop notifications it raises.
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
status-online = အွန်လိုင်း
status-busy = အလုပ်များနေသည်
status-offline = အော့ဖ်လိုင်း
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
