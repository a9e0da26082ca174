# Headset ayarları: Türkçe.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Tekrar dene
common-cancel = İptal
common-copy = Kopyala
common-loading = Yükleniyor…
common-saving = Kaydediliyor…
common-checking = Kontrol ediliyor…
common-signing-out = Oturum kapatılıyor…
error-fallback = Bir şeyler ters gitti. Lütfen tekrar deneyin.

## Availability statuses and roles

status-online = Çevrimiçi
status-busy = Meşgul
status-offline = Çevrimdışı
role-agent = Temsilci
role-administrator = Yönetici

## App

app-connecting = { -headset } uygulamasına bağlanılıyor…
app-title = { -headset } ayarları

## SignIn

signin-title = { -headset } oturumu açın
signin-lead-code = Kimlik doğrulama uygulamanızdaki { $digits } haneli kodu girin.
signin-lead-token = Web panelindeki profil ayarlarınızda bulunan erişim belirtecini yapıştırın.
signin-lead-password = { -chatwoot } sunucunuzun adresini ve hesabınızı kullanın.
signin-server = Sunucu adresi
signin-email = E-posta
signin-password = Parola
signin-backup-code = Yedek kod
signin-auth-code = Doğrulama kodu
signin-use-backup-code = Yedek kod kullanıyorum
signin-token = Erişim belirteci
signin-signing-in = Oturum açılıyor…
signin-verify = Doğrula
signin-submit = Oturum aç
signin-use-token = Bunun yerine erişim belirteciyle oturum aç
signin-use-password = Bunun yerine e-posta ve parolayla oturum aç
signin-forgot = Parolanızı mı unuttunuz?
signin-reset-title = Parolayı sıfırla
signin-reset-lead = Hesabınızın e-posta adresini girin; sunucu, yeni bir parola belirlemeniz için bir bağlantı gönderecek.
signin-reset-submit = Sıfırlama bağlantısı gönder
signin-reset-sending = Gönderiliyor…
signin-reset-back = Oturum açmaya dön
signin-reset-sent = { $email } için bir hesap varsa parolayı sıfırlamak üzere bir bağlantı gönderdik.
signin-reset-error-email = Hesabınızın e-posta adresini girin.
signin-network = Bağlantı ayarları
signin-network-lead = Şirketinizin kendi sertifikalarını kullanan ya da bir proxy üzerinden erişilen, kendi barındırdığınız bir sunucu için. Bu ayarlar bu bilgisayara aittir.

## ProfileSummary

summary-connected = Bağlı
summary-reconnecting = { $seconds } sn içinde yeniden bağlanılacak ({ $reason })
summary-connecting = Bağlanıyor…
summary-not-connected = Bağlı değil
summary-live = Canlı güncellemeler
summary-unread = Okunmamış bildirimler
summary-sign-out = Oturumu kapat
menu-button =
    .aria-label = Hesap menüsü
menu-open-dashboard = Paneli aç
menu-billing = Faturalama ve kullanım
menu-switch-account = Hesap değiştir
summary-active-account = Etkin hesap: { $account }
summary-switching-account = Hesap değiştiriliyor…

## GeneralSection

general-title = Genel
general-lead = { -headset } uygulamasının bu bilgisayarda nasıl çalıştığı.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = Bilgisayarda oturum açtığımda { -headset } uygulamasını başlat
launch-banner-question = Uyarılar gelmeye devam etsin diye, bilgisayarda oturum açtığınızda { -headset } uygulaması başlatılsın mı?
launch-banner-yes = Evet
launch-banner-not-now = Şimdi değil

## StatusSwitcher

status-legend = Durum

## Settings

settings-nav =
    .aria-label = Ayarlar
settings-tabs =
    .aria-label = Ayar bölümleri
settings-app-name = { -headset }
settings-section-general = Genel
settings-section-profile = Profil
settings-section-social = Sosyal bağlantılar
settings-section-region = Dil ve bölge
settings-section-notifications = Bildirimler
settings-section-availability = Müsaitlik
settings-section-segments = Segmentler
settings-section-channels = Kanallar
settings-section-team = Ekip
settings-section-security = Güvenlik
settings-section-network = Bağlantı
settings-section-diagnostics = Tanılama
settings-pending-edits =
    { $count ->
        [one] { $count } değişiklik eşitlenmeyi bekliyor
       *[other] { $count } değişiklik eşitlenmeyi bekliyor
    }

## FormFooter

form-saving = Kaydediliyor…
form-pending = Sunucu bekleniyor…
form-saved = Profiliniz başarıyla güncellendi
form-not-saved-field = Kaydedilmedi: işaretli alana bakın.
form-pending-detail = Bu bilgisayara kaydedildi; sunucuya ulaşılınca eşitlenecek.
form-pending-detail-retry = Bu bilgisayara kaydedildi; sunucuya ulaşılınca eşitlenecek (sonraki deneme { $seconds } sn sonra).
form-save = Kaydet

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Profil
profile-lead = Ekibinize ve müşterilere nasıl göründüğünüz.
profile-name = Ad soyad
profile-display-name = Görünen ad
profile-display-name-hint = Müşterilere ad soyadınız yerine gösterilir.
profile-email = E-posta
profile-email-hint = E-posta adresiniz buradan değiştirilemez. Değiştirmesi için hesabınızın bir yöneticisine başvurun.
profile-job-title = Unvan
    .placeholder = Destek ekibi lideri
profile-about = Hakkımda
profile-phone = Telefon
profile-phone-hint = Uluslararası biçimde, örneğin { $example }.
profile-signature = Mesaj imzası
profile-signature-hint = İmza açıkken gönderdiğiniz yanıtlara eklenir.
profile-error-name = Adınızı girin.

## ProfileFacts

profile-facts-title = Hesap
profile-facts-company = Şirket
profile-facts-role = Rol
profile-facts-created = Üyelik tarihi
profile-facts-last-sign-in = Son oturum açma
profile-facts-updated = Profil güncellendi

## Rules

rules-phone = Telefon numarasını uluslararası biçimde girin, örneğin { $example }.
rules-https = “{ $address }” bir https:// adresi değil
rules-length = En fazla { $max } karakter kullanın (şu an { $count }).
rules-idle-minutes = { $min } ile { $max } arasında tam sayı olarak dakika girin.

## SocialSection

social-title = Sosyal bağlantılar
social-lead = Profil kartınızda gösterilir. Tam https:// adresleri kullanın; kaldırmak için alanı boş bırakın.
social-website = Web sitesi

## RegionSection

region-title = Dil ve bölge
region-lead = { -headset } ve { -chatwoot } dili ile saatlerin ve tutarların size nasıl gösterileceği.
region-language = Dil
region-account-default = Hesap varsayılanı
region-language-hint = “Hesap varsayılanı”, yöneticinizin seçtiği dili kullanır.
region-timezone = Saat dilimi
region-timezone-filter =
    .placeholder = Saat dilimlerini filtrele
    .aria-label = Saat dilimlerini filtrele
region-not-set = Ayarlanmadı
region-timezone-count = { $count } saat dilimi
region-timezone-count-here = { $count } saat dilimi · bu bilgisayar: { $zone }
region-currency = Para birimi

## AwayForm

away-title = Uzaklaştığınızda
away-lead = { -headset } ekranınızın kilitlendiğini fark eder ve döndüğünüzde durumunuzu geri alır.
away-on-lock = Ekranım kilitliyken durumumu değiştir
away-status = Uzaktayken durum
away-status-busy = Meşgul: ses yok, yalnızca atamalar ve bahsetmeler
away-status-offline = Çevrimdışı: bana yeni bir şey atanmaz
away-idle = Ayrıca { $minutes } dakika boyunca boşta kaldığımda
away-idle-minutes =
    .aria-label = Boşta geçen dakika
away-idle-hint = Boşta: klavye veya fare kullanılmıyor. { $min } ile { $max } dakika arası.

## Weekdays

day-mon = Pazartesi
day-tue = Salı
day-wed = Çarşamba
day-thu = Perşembe
day-fri = Cuma
day-sat = Cumartesi
day-sun = Pazar

## Availability now line and checks

availability-now-any-time = Her zaman müsait
availability-now-no-hours = Saat ayarlanmadı: { -headset } uyarıları bütün hafta bekletiyor
availability-now-until-time = Şu an müsait, bitiş: { $time } ({ $zone })
availability-now-until-midnight = Şu an müsait, gece yarısına kadar ({ $zone })
availability-now-until-day = Şu an müsait, bitiş: { $day } { $time } ({ $zone })
availability-now-until-next-week = Şu an müsait, bitiş: gelecek hafta { $day } { $time } ({ $zone })
availability-now-round-the-clock = Şu an müsait, 24 saat ({ $zone })
availability-next-today = Sonraki müsaitlik: bugün { $time } ({ $zone })
availability-next-day = Sonraki müsaitlik: { $day } { $time } ({ $zone })
availability-next-next-week = Sonraki müsaitlik: gelecek hafta { $day } { $time } ({ $zone })
availability-error-start-empty = Bir başlangıç saati girin.
availability-error-end-empty = Bir bitiş saati girin.
availability-error-start-24 = 24:00 yalnızca bir aralığın bitişi olabilir.
availability-error-start = “{ $value }” SS:DD biçiminde bir saat değil.
availability-error-end = “{ $value }” SS:DD biçiminde (veya 24:00) bir saat değil.
availability-error-same = Başlangıç ve bitiş farklı olmalı.
availability-error-overlap = { $day }: { $first } ile { $second } çakışıyor.

## AvailabilitySection

availability-title = Müsaitlik
availability-lead = Konuşma aldığınız saatler ve { -headset } uygulamasının bu saatler dışında beklettikleri.
availability-use-hours = Müsaitlik saatlerini kullan
availability-off-hint = { -headset } sizi her zaman uyarır.
availability-weekly = Haftalık saatler
availability-zone-hint = Saatler { $zone } dilimindedir. Başlangıcından önce ya da aynı anda biten bir aralık gece yarısını geçer.
availability-zone-hint-local = Saatler { $zone } dilimindedir (bu bilgisayarın saat dilimi; kendinizinkini Dil ve bölge bölümünden seçin). Başlangıcından önce ya da aynı anda biten bir aralık gece yarısını geçer.
availability-unavailable = Müsait değil
availability-interval-start =
    .aria-label = { $day }, aralık { $number }, başlangıç
availability-interval-end =
    .aria-label = { $day }, aralık { $number }, bitiş
availability-remove = Kaldır
    .aria-label = Kaldır: { $day }, aralık { $number }
availability-ends-next-day = ertesi gün biter
availability-until-midnight = gece yarısına kadar
availability-add = Aralık ekle
    .aria-label = Aralık ekle: { $day }
availability-copy = Tüm günlere kopyala
    .aria-label = Tüm günlere kopyala: { $day } saatleri
availability-hold-back = Bu saatler dışında beklet
availability-block-desktop = Masaüstü bildirimleri
availability-block-sound = Sesler
availability-block-email = E-posta bildirimleri
availability-block-push = Anlık bildirimler
availability-status = Durum
availability-auto-status = Saatlerim başlayınca durumumu çevrimiçi, bitince çevrimdışı yap

## NotificationsSection

notifications-title = Bildirimler
notifications-lead = { -headset } uygulamasının ne zaman ses çalacağı, masaüstü bildirimlerini ne sıklıkla göstereceği ve { -chatwoot } tarafından size e-posta ve anlık bildirimle ne gönderileceği.
notifications-synced = Hesabınızla eşitlenir
notifications-this-computer = Bu bilgisayardaki ses
notifications-sound = Ses
notifications-alerts = Şuralardaki yeni mesajlar için ses çal
notifications-alerts-none = Hiçbir zaman
notifications-alerts-assigned = Bana atanan konuşmalar
notifications-alerts-assigned-unassigned = Bana atanan veya atanmamış konuşmalar
notifications-alerts-all = Tüm konuşmalar
notifications-alerts-custom = Özel ({ $value })
notifications-tone = Ton
notifications-tone-ding = Ding
notifications-tone-bell = Zil
notifications-tone-chime = Çan
notifications-tone-magic = Sihir
notifications-tone-ping = Ping
notifications-volume = Ses düzeyi
notifications-volume-hint = Yalnızca bu bilgisayarda
notifications-test-sound = Sesi dene
notifications-repeat = Atanmış bir konuşma okunmadığı sürece her { $seconds } sn'de bir tekrarla
notifications-custom-sound = Özel ses
notifications-custom-sound-none = Bu bilgisayarda ton yerine kendi sesinizi çalın.
notifications-custom-sound-plays = Bu bilgisayarda ton yerine { $name } çalınır.
notifications-custom-sound-hint = WAV, MP3, Ogg veya FLAC, en fazla { $megabytes } MB.
notifications-custom-sound-choose = Ses seç…
notifications-custom-sound-replace = Başka bir ses seç…
notifications-custom-sound-test = Dene
    .aria-label = Özel sesi dene
notifications-custom-sound-remove = Kaldır
    .aria-label = Özel sesi kaldır
notifications-custom-sound-error-type = Bir WAV, MP3, Ogg veya FLAC dosyası seçin.
notifications-custom-sound-error-size = Bu ses { $megabytes } MB'tan büyük. Daha küçük bir dosya seçin.
notifications-custom-sound-error-read = Bu dosya okunamadı.
notifications-dashboard-on = Web paneli de ses çalıyor ({ $conversations } için).
notifications-dashboard-assigned = size atanan konuşmalar
notifications-dashboard-unassigned = atanmamış konuşmalar
notifications-dashboard-notme = başkalarına atanan konuşmalar
notifications-dashboard-all = tüm konuşmalar
notifications-dashboard-silence = Paneli sessize al
notifications-dashboard-off = Web paneli sessiz; yalnızca { -headset } çalıyor.
notifications-desktop = Masaüstü bildirimleri
notifications-show = Gösterim
notifications-instant = Anında
notifications-digest-minutes = { $minutes } dakikada bir özet
notifications-digest-hour = Saatte bir özet
notifications-email-push = E-posta ve anlık bildirimler
notifications-notify-when = Şu durumlarda bildir
notifications-channel-email = E-posta
notifications-channel-push = Anlık
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = Yeni bir konuşma oluşturulduğunda
notifications-kind-conversation-assignment = Size bir konuşma atandığında
notifications-kind-assigned-conversation-new-message = Size atanan bir konuşmaya yeni mesaj geldiğinde
notifications-kind-conversation-mention = Bir konuşmada sizden bahsedildiğinde
notifications-kind-participating-conversation-new-message = Katıldığınız bir konuşmaya yeni mesaj geldiğinde
notifications-kind-sla-missed-first-response = SLA kaçırıldı: ilk yanıt
notifications-kind-sla-missed-next-response = SLA kaçırıldı: sonraki yanıt
notifications-kind-sla-missed-resolution = SLA kaçırıldı: çözüm

## ChannelsSection

channels-title = Kanallar
channels-lead = Bu kanallardan, aynı anda belirli bir sayıya kadar konuşma alın.
channels-empty = Henüz kanal yok. Web panelinde gelen kutuları oluşturun.
channels-take = Konuşma al
channels-at-most = En fazla
channels-capacity-hint = En fazla: aynı anda açık konuşma sayısı, { $min } ile { $max } arası; { $min } = sınır yok.
channels-capacity-error = { $min } ile { $max } arasında bir tam sayı girin.

## SegmentsSection

segments-title = Segmentler
segments-lead = Görmek istediğiniz kişi ve şirket segmentlerini seçin. Hepsini görmek için hiçbirini seçmeyin.
segments-contact = Kişi segmentleri
segments-company = Şirket segmentleri
segments-contact-empty = Henüz kişi segmenti yok. Web panelinde oluşturun.
segments-company-empty = Henüz şirket segmenti yok. Web panelinde oluşturun.
segments-showing-all = Tümü gösteriliyor
segments-showing = { $total } segmentten { $count } tanesi gösteriliyor
segments-contact-gone = Seçtiğiniz kişi segmentlerinden { $count } tanesi artık yok; kaydettiğinizde çıkarılacak.
segments-company-gone = Seçtiğiniz şirket segmentlerinden { $count } tanesi artık yok; kaydettiğinizde çıkarılacak.

## TeamSection

team-title = Ekip
team-lead = { $account } temsilcileri ve her birinin yetkileri.
team-empty = Henüz temsilci yok.
team-name = Ad
team-email = E-posta
team-status = Durum
team-role = Rol
team-you = Siz
team-role-select =
    .aria-label = Rol: { $name }
    .title = Kendi rolünüzü değiştiremezsiniz. Başka bir yöneticiye başvurun.
team-roles-note = Rolleri yalnızca yöneticiler değiştirebilir.
team-now-administrator = { $name } artık yönetici.
team-now-agent = { $name } artık temsilci.

## AvatarEditor

avatar-drop =
    .aria-label = Profil resmi: resmi buraya bırakın
avatar-change = Resmi değiştir…
avatar-add = Resim ekle…
avatar-remove = Resmi kaldır
avatar-hint = JPEG, PNG veya WebP. Buraya bırakın ya da bir dosya seçin.
avatar-crop =
    .aria-label = Resminizi kırpın
avatar-preview =
    .aria-label = Önizleme. Resmi sürükleyerek veya ok tuşlarıyla taşıyın.
avatar-zoom = Yakınlaştır
avatar-rotate-left = Sola döndür
avatar-rotate-right = Sağa döndür
avatar-save = Resmi kaydet
avatar-uploading = Yükleniyor…
    .aria-label = Yükleniyor
avatar-saved = Resim kaydedildi.
avatar-error-type = Bir JPEG, PNG veya WebP resmi seçin.
avatar-error-size = Bu resim { $megabytes } MB'tan büyük. Daha küçük bir resim seçin.
avatar-error-draw = Bu pencere resim çizemiyor.
avatar-error-make = Resim oluşturulamadı.
avatar-error-open = Bu resim açılamadı. Dosya bozuk olabilir.

## SecuritySection

security-title = Güvenlik
security-lead = Parolanız, oturum açarken ikinci adım, oturumunuzun açık olduğu yerler ve API belirteciniz.

## PasswordInput

password-input-show = Göster
password-input-hide = Gizle

## ChangePassword

password-title = Parola
password-managed = Parolanızı yöneten: { $provider }.
password-provider-sso = kuruluşunuzun çoklu oturum açma sistemi
password-provider-unknown = kimlik sağlayıcınız
password-lead = Parolayı değiştirmek diğer cihazlarınızdaki oturumları kapatır.
password-policy-error = Parola kuralları yüklenemedi: { $error }
password-current = Mevcut parola
    .show = Mevcut parolayı göster
password-new = Yeni parola
    .show = Yeni parolayı göster
password-confirm = Yeni parolayı onaylayın
    .show = Parola onayını göster
password-strength = Güç
password-strength-none = Henüz bir şey yazılmadı
password-strength-value = Güç: { $level }
password-strength-weak = Zayıf
password-strength-fair = Orta
password-strength-strong = Güçlü
password-strength-very-strong = Çok güçlü
password-rules =
    .aria-label = Parola gereksinimleri
password-rule-met = (tamam)
password-rule-unmet = (henüz değil)
password-rules-loading = Parola kuralları yükleniyor…
password-rule-length-range = { $min } ile { $max } karakter arası
password-rule-length = { $min } karakter
password-rule-common = Yaygın bir parola, adınız ya da e-postanız olmamalı
password-rule-uppercase = Bir büyük harf
password-rule-digit = Bir rakam (0–9)
password-rule-special = Bir özel karakter, örneğin ! ? # veya -
password-mismatch = Yeni parolayla eşleşmiyor.
password-changed = Parola değiştirildi. Diğer cihazlarınızdaki oturumlar kapatıldı.
password-changing = Değiştiriliyor…
password-change = Parolayı değiştir
password-error-current = Mevcut parolanızı girin.

## TwoFactor

mfa-title = İki adımlı doğrulama
mfa-lead = { -headset } oturum açarken telefonunuzdaki kimlik doğrulama uygulamasından bir kod da ister.
mfa-unavailable = Bu sunucu iki adımlı doğrulama sunmuyor.
mfa-badge-on = Açık
mfa-on = Hesabınız oturum açarken kod istiyor.
mfa-badge-off = Kapalı
mfa-off = Hesabınızı yalnızca parolanız koruyor.
mfa-scan = Bu QR kodunu kimlik doğrulama uygulamanızla tarayın.
mfa-qr =
    .aria-label = Kimlik doğrulama uygulamanızı kurmak için QR kodu
mfa-cant-scan = Tarayamıyor musunuz? Bunun yerine bu kurulum anahtarını girin:
mfa-copy-key = Anahtarı kopyala
mfa-key-copied = Kurulum anahtarı kopyalandı.
mfa-key-copy-failed = Kopyalanamadı: anahtarı seçip kendiniz kopyalayın.
mfa-enter-code = Uygulamanın gösterdiği { $digits } haneli kodu girin
mfa-turn-on = Aç
mfa-set-up = Kur
mfa-starting = Başlatılıyor…
mfa-new-codes = Yeni yedek kodlar
mfa-new-codes-hint = Yenileri oluşturulunca eski yedek kodlarınız çalışmaz.
mfa-app-code = Kimlik doğrulama uygulamanızdaki kod
mfa-making-codes = Kodlar oluşturuluyor…
mfa-make-codes = Yeni kodlar oluştur
mfa-disable-title = İki adımlı doğrulamayı kapat
mfa-disable-hint = Hesabınız yalnızca parolanızla korunacak.
mfa-password = Parola
    .show = Parolayı göster
mfa-app-or-backup-code = Doğrulama kodu veya yedek kod
mfa-turning-off = Kapatılıyor…
mfa-turn-off = Kapat
mfa-turn-off-ask = Kapat…
mfa-error-code = Kimlik doğrulama uygulamanızın gösterdiği kodu girin.
mfa-error-password = Parolanızı girin.
mfa-error-app-or-backup-code = Kimlik doğrulama uygulamanızdan bir kod veya bir yedek kod girin.
mfa-now-on = İki adımlı doğrulama açık.
mfa-codes-made = Yeni yedek kodlar oluşturuldu. Eskileri artık çalışmaz.
mfa-now-off = İki adımlı doğrulama kapalı.

## BackupCodes

backup-title = Yedek kodlarınızı saklayın
backup-hint = Kimlik doğrulama uygulamanızı kullanamadığınızda her kod bir kez oturum açmanızı sağlar. Güvenli bir yerde saklayın: bir daha gösterilmeyecekler.
backup-list =
    .aria-label = Yedek kodlar
backup-download = İndir
backup-done = Kaydettim
backup-copied = Yedek kodlar kopyalandı.
backup-copy-failed = Kopyalanamadı: kodları seçip kendiniz kopyalayın.
backup-saved-as = { $file } olarak kaydedildi.
backup-save-failed = Dosya kaydedilemedi: bunun yerine kodları kopyalayın.
backup-file-title = { $email } için { -headset } yedek kodları
backup-file-hint = Kimlik doğrulama uygulamanızı kullanamadığınızda her kod bir kez oturum açmanızı sağlar.

## Sessions

sessions-title = Oturum açık cihazlar
sessions-lead = Hesabınızın şu an oturum açık olduğu yerler. Tanımadığınız her cihazda oturumu kapatın.
sessions-loading = Cihazlar yükleniyor…
sessions-none = Oturum açık cihaz yok.
sessions-unknown-app = Bilinmeyen uygulama
sessions-this-device = Bu cihaz
sessions-last-active = Son etkinlik: { $when }
sessions-last-active-unknown = Son etkinlik: bilinmiyor
sessions-ask-one = Bu cihazda oturum kapatılsın mı?
sessions-sign-out = Oturumu kapat
    .aria-label = Oturumu kapat: { $app }
sessions-confirm = Evet, oturumu kapat
    .aria-label = Evet, oturumu kapat: { $app }
sessions-ask-others =
    { $count ->
        [one] Diğer cihazda oturum kapatılsın mı?
       *[other] Diğer { $count } cihazın hepsinde oturum kapatılsın mı?
    }
sessions-confirm-others = Evet, diğerlerini kapat
sessions-sign-out-others = Diğer tüm cihazlarda oturumu kapat
sessions-ended-others = Diğer tüm cihazlarda oturum kapatıldı.
sessions-ended = Oturum kapatıldı: { $app }.
sessions-ended-device = Cihazda oturum kapatıldı.

## ApiToken

token-title = API erişim belirteci
token-lead = Uygulama ve betiklerin { -chatwoot } API'si üzerinden sizin adınıza işlem yapmasını sağlar; örneğin başka bir bilgisayarda { -headset } oturumu açmak veya bir entegrasyon bağlamak için. Parolanız gibi koruyun.
token-value = Erişim belirteciniz
token-value-new = Yeni erişim belirteciniz
token-hide = Gizle
token-warning-title = Belirteç sıfırlansın mı?
token-warning = Mevcut belirteci kullanan uygulama ve betikler hemen çalışmayı durdurur.
token-password = Parolanız
    .show = Parolanızı göster
token-password-hint = Belirteci görmek veya sıfırlamak için kimliğinizi doğrulayın.
token-reveal = Göster
token-resetting = Sıfırlanıyor…
token-reset-now = Şimdi sıfırla
token-reset = Belirteci sıfırla…
token-error-reveal = Belirteci görmek için parolanızı girin.
token-error-reset = Belirteci sıfırlamak için parolanızı girin.
token-made = Yeni bir belirteç oluşturuldu. Onu kullanan uygulama ve betikleri güncelleyin.
token-copied = Belirteç kopyalandı.
token-copy-failed = Kopyalanamadı: belirteci seçip kendiniz kopyalayın.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = Bağlantı
network-lead = { -headset } uygulamasının bu bilgisayardan kendi barındırdığınız bir sunucuya nasıl ulaştığı: işletim sisteminin sertifika yetkililerine ek olarak güvenilecek bir sertifika yetkilisi (örneğin şirketinizinki) ve bağlantının geçeceği bir HTTP proxy. Kaydettiğinizde hemen yeniden bağlanır. Bu ayarlar hesabınıza değil, bu bilgisayara aittir.
network-ca-file = Ek CA sertifikası (PEM dosyasının yolu)
network-ca-file-hint = Bir PEM dosyası, örneğin { $example }. Yalnızca işletim sisteminin sertifikalarına güvenmek için boş bırakın.
network-proxy = HTTP proxy
network-proxy-hint = Bağlantı noktası içeren bir http:// adresi; kullanıcı adı veya parola olmadan. Doğrudan bağlanmak için boş bırakın.
network-saved = Kaydedildi. { -headset } bu ayarlarla bağlanır.

## DiagnosticsSection

diagnostics-title = Tanılama
diagnostics-lead = { -headset } uygulamasının bu bilgisayarda çalışıp çalışmadığı ve sizi neden uyardığı ya da uyarmadığı.

## Health

health-title = Durum
health-lead = { -headset } uygulamasının sizi uyarmak için ihtiyaç duyduğu şeyler, bu bilgisayarda denetlendi.
health-check-server = Sunucu
health-check-realtime = Canlı güncellemeler
health-check-keychain = Güvenli depolama (anahtar zinciri)
health-check-notifications = Masaüstü bildirimleri
health-check-audio = Ses çıkışı
health-check-do-not-disturb = Rahatsız Etmeyin
health-ok = Tamam
health-problem = Sorun
health-none = Aracı hiçbir denetim bildirmedi.
health-all-ok = Her şey çalışıyor.
health-problems = { $count } sorun bulundu.
health-check-again = Yeniden denetle

## Decisions

decisions-title = Neden bildirim aldım (ya da almadım)?
decisions-lead = Her yeni olay için: { -headset } bildirim gösterdi mi ve ses çaldı mı, neden. En yeniler önce.
decisions-only-held = Yalnızca bekletilenler
decisions-only-held-hint = Bildirim göstermeyen ve ses çalmayan olaylar.
decisions-refresh = Yenile
decisions-empty = Henüz olay yok. Geldikçe burada görünürler.
decisions-empty-held = Hiçbir şey bekletilmedi.
decisions-time = Zaman
decisions-event = Olay
decisions-conversation = Konuşma
decisions-notify = Bildirim
decisions-sound = Ses
decisions-yes = Evet
decisions-no = Hayır
decisions-reason-alert = Ayarlarınız buna izin veriyor
decisions-reason-own-message = Bunu kendiniz gönderdiniz
decisions-reason-not-selected = Uyarı almayı seçtiğiniz konuşmalar arasında değil
decisions-reason-not-incoming = Gelen bir mesaj değildi
decisions-reason-pending-conversation = Konuşma beklemede
decisions-reason-flag-off = Bu tür olaylar için anlık bildirimleri kapattınız
decisions-reason-not-notifiable = Bu tür olaylar hiçbir zaman kendi başına uyarı vermez
decisions-reason-offline = Çevrimdışıydınız
decisions-reason-busy = Meşguldünüz
decisions-reason-snoozed = Uyarılar ertelenmişti
decisions-reason-os-dnd = Bilgisayarınız Rahatsız Etmeyin modundaydı
decisions-reason-outside-hours = Müsaitlik saatlerinizin dışında
decisions-reason-throttled = Az önce başka bir ses çalmıştı
decisions-reason-digest = Özet için bekletildi
decisions-reason-counted = Yalnızca okunmamış olarak sayıldı
decisions-reason-already-alerted = Zaten bir kez uyarı verildi (yeniden bağlanırken geldi)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] Okunmamış bildirim yok
    [one] { $count } okunmamış bildirim
   *[other] { $count } okunmamış bildirim
}
tray-waiting = { $count ->
    [0] Sizi bekleyen konuşma yok
    [one] Sizi bekleyen { $count } konuşma var
   *[other] Sizi bekleyen { $count } konuşma var
}
tray-signed-out = Oturum kapalı
snooze-30 = 30 dakika sessize al
snooze-60 = 1 saat sessize al
snooze-hours = Çalışma saatlerim başlayana kadar sessize al
snooze-resume = Uyarıları sürdür
open-dashboard = Paneli aç
open-settings = Ayarlar…
quit = Headset'ten çık
alert-away-title = Siz yokken
alert-digest-title = Headset özeti
alert-summary = { $conversations ->
    [one] { $conversations } konuşma
   *[other] { $conversations } konuşma
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } anılma
   *[other] , { $mentions } anılma
}
alert-assigned = Size atandı: konuşma #{ $id }
alert-mentioned = #{ $id } numaralı konuşmada anıldınız
alert-new-conversation = Yeni konuşma #{ $id }
alert-message = { $who } · konuşma #{ $id }
alert-missed = #{ $id } numaralı konuşma ilgi bekliyor
alert-missed-body = Headset çevrimdışıyken
alert-open = Konuşmayı aç

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = Oturumunuz sona erdi. Lütfen yeniden oturum açın.
error-unreachable = { $url } adresindeki sunucuya ulaşılamıyor: { $reason }
error-server = Sunucu isteği reddetti ({ $status }): { $message }
error-protocol = Sunucudan beklenmeyen yanıt: { $detail }
error-agent-unavailable = Headset'in arka plan aracısı çalışmıyor.
error-version-mismatch = Bu Headset aracısı IPC { $agent } sürümünü, istemci ise { $client } sürümünü kullanıyor. Headset'i yeniden başlatın.
error-keychain = İşletim sisteminin anahtar zinciri kullanılamıyor: { $detail }
error-not-signed-in = Oturum açık değil.
error-window-open = Ayarlar penceresi zaten açık.
error-conflict = Profil, okunduktan sonra sunucuda değişti.
error-too-long = En fazla { $max } karakter kullanın.
error-too-long-count = En fazla { $max } karakter kullanın (bu metin { $count } karakter).
error-name-empty = Adınızı girin.
error-phone-format = Telefon numarasını uluslararası biçimde girin, örneğin +48 600 700 800.
error-ca-file-unreadable = { $path } okunamıyor: { $detail }.
error-ca-file-not-pem = { $path } bir PEM dosyası değil: { $detail }.
error-ca-file-empty = { $path } sertifika içermiyor (“-----BEGIN CERTIFICATE-----” bekleniyordu).
error-ca-file-unusable = { $path } kullanılamayan bir sertifika içeriyor: { $detail }.
error-proxy-not-url = Proxy'yi URL olarak girin (örneğin http://proxy.example.com:3128).
error-proxy-scheme = Yalnızca http:// proxy'leri desteklenir; bunlar https sunucularına tünel açar (örneğin http://proxy.example.com:3128).
error-proxy-host = Proxy URL'sinde bir ana makine bulunmalı (örneğin http://proxy.example.com:3128).
error-proxy-password = Parola isteyen proxy'ler desteklenmez: kullanıcı adını ve parolayı yazmayın.
error-nothing-to-change = Değiştirilecek bir şey yok.
error-unknown-language = “{ $value }”, Headset'in dillerinden biri değil.
error-unknown-sound-choice = “{ $value }” geçerli bir ses seçeneği değil.
error-unknown-flag = “{ $value }” bir bildirim ayarı değil.
error-timezone = “{ $value }” bir IANA saat dilimi değil (örneğin Europe/Warsaw).
error-currency = “{ $value }” bir ISO 4217 para birimi kodu değil (örneğin EUR).
error-audio-alerts = none ya da + ile birleştirilmiş assigned, notme ve unassigned değerlerini seçin.
error-away-status = Uzaktayken durumunuz için Meşgul veya Çevrimdışı seçin.
error-idle-minutes = 1 ile 480 dakika arasında bir değer seçin.
error-inbox-id = “{ $value }” bir gelen kutusu kimliği değil.
error-capacity = 0 ile { $max } arasında bir kapasite seçin.
error-https-link = “{ $value }” bir https:// adresi değil.
error-time-of-day = “{ $value }” HH:MM biçiminde bir saat değil.
error-time-of-day-end = “{ $value }” HH:MM biçiminde (veya 24:00) bir saat değil.
error-credentials = Oturum açma bilgileri geçersiz. Lütfen tekrar deneyin.
error-code-invalid = Geçersiz kod.
error-sign-in-expired = Oturum açma işleminin süresi doldu. Yeniden oturum açın.
error-server-empty = Chatwoot sunucunuzun adresini girin.
error-server-not-url = “{ $value }” bir web adresi değil ({ $detail }).
error-server-scheme = Adres https:// veya http:// ile başlamalı.
error-wrong-password = Parola yanlış.
error-keychain-memory-only = { $detail }. Headset kapanana kadar oturumunuz açık kalır; kimlik bilgileri hiçbir zaman bir dosyaya kaydedilmediği için bir sonraki başlatmada yeniden sorulur.
error-avatar-type = JPEG veya PNG biçiminde bir resim kullanın.
error-avatar-damaged = Resim bozuk ulaştı. Tekrar deneyin.
error-avatar-size = Resim 5 MB'tan büyük. Daha küçük bir resim seçin.
error-billing-admins = Faturalama ve kullanım yalnızca hesap yöneticilerine açıktır.
error-email-empty = E-posta adresinizi girin.
error-password-empty = Parolanızı girin.
error-code-empty = Kodu girin.
error-token-empty = Profil ayarlarınızdaki erişim belirtecini yapıştırın.
error-token-refused = Sunucu bu erişim belirtecini kabul etmiyor.
error-snooze-minutes = Sessize alma süresi 1 dakika ile 24 saat arasında olmalı.
error-snooze-no-hours = Önce müsaitlik saatlerinizi ayarlayın: beklenecek bir sonraki başlangıç yok.
error-sound-none = Ses dosyası seçilmedi.
error-sound-name = Sese en fazla 100 karakterlik bir ad verin.
error-sound-damaged = Dosya bozuk ulaştı. Tekrar deneyin.
error-sound-size = Ses dosyası 1 MB'tan büyük.
error-sound-format = Bu dosya, Headset'in çalabileceği bir ses değil (WAV, MP3, OGG veya FLAC).
error-sound-empty = Ses dosyası boş.
error-sound-length = Ses 10 saniyeden uzun.
error-not-a-member = Bu hesabın üyesi değilsiniz.
error-volume = Ses düzeyi 0 ile 100 arasında olmalı.
error-disk-full = Headset verilerinin tutulduğu disk dolu, bu yüzden bu değişiklik kaydedilmedi. Biraz yer açıp yeniden deneyin.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Erişilebilir
diagnose-no-notification-daemon = Bildirim hizmeti yok: { $detail }
diagnose-system-notifications = Sistemin bildirim merkezi
diagnose-unnamed-device = Adsız cihaz
diagnose-no-audio-device = Ses çıkış cihazı yok
diagnose-signed-in = { $server } sunucusunda { $email } olarak oturum açık
diagnose-signed-out = Oturum kapalı (son sunucu: { $server })
diagnose-now = şu an
diagnose-connected = { $reconnects ->
   *[other] { $since } itibarıyla bağlı, { $reconnects } kez yeniden bağlandı
}
diagnose-connecting = Bağlanıyor
diagnose-retrying = { $reason }; { $seconds } sn sonra yeniden denenecek
diagnose-not-connected = Bağlı değil (oturum kapalı)
diagnose-dnd-off = Kapalı
diagnose-dnd-on = Açık: { $why }
dnd-gnome-banners-off = GNOME: bildirim afişleri kapalı
dnd-dunst-paused = Bildirim hizmeti (dunst) duraklatıldı
dnd-macos-focus = Bir macOS Odak modu açık
dnd-windows-focus-assist = Windows Odak Yardımı açık
dnd-windows-busy = Windows bildirimleri bekletiyor (tam ekran bir uygulama veya sunum)

## headset-server's answers, in the language the request asks for
server-not-a-member = Bu hesabın üyesi değilsiniz.
server-contact-name = Kişinin adını girin.
server-no-such-inbox = Bu hesapta böyle bir gelen kutusu yok.
server-no-such-contact = Bu hesapta böyle bir kişi yok.
server-assignee-not-in-inbox = Bu temsilci bu gelen kutusunu göremediği için atanamaz.
server-message-empty = Mesaj boş.
server-role-admins-only = Temsilcilerin rolünü yalnızca yöneticiler değiştirebilir.
server-filter-name = Filtreye bir ad verin.
server-filter-name-long = Ad 100 karakterden uzun.
server-mfa-code-invalid = Kod geçerli değil. Kimlik doğrulama uygulamanızdaki güncel kodu girin.
server-mfa-already-on = İki adımlı doğrulama zaten açık.
server-mfa-not-started = Önce iki adımlı doğrulama kurulumunu başlatın.
server-mfa-not-on = İki adımlı doğrulama açık değil.
server-password-invalid = Geçersiz parola
server-reset-sent = Bu e-posta adresine ait bir hesap varsa, parolayı sıfırlamak için bu adrese bir bağlantı gönderdik.
server-confirmation-mismatch = Parola onayı parolayla eşleşmiyor
server-reset-link-invalid = Bu sıfırlama bağlantısı geçersiz veya süresi dolmuş. Yeni bir bağlantı isteyin.
server-password-reset-done = Parolanız değiştirildi. Şimdi yeni parolanızla oturum açın.
server-email-fixed = E-posta adresiniz buradan değiştirilemez. Değiştirmesi için hesabınızın bir yöneticisine başvurun.
server-password-managed = Bu hesapta oturum bir kimlik sağlayıcı üzerinden açılıyor; parolası da orada yönetiliyor.
server-current-password-invalid = Mevcut parola geçersiz
server-session-current = Bu, şu anda kullandığınız oturum. Bunun yerine oturumu kapatın.
server-sign-in-expired = Oturum açma işleminin süresi doldu. E-posta adresinizi ve parolanızı yeniden girin.
server-code-missing = Kimlik doğrulama uygulamanızdan bir kod veya bir yedek kod girin.
server-code-invalid = Geçersiz kod. Kimlik doğrulama uygulamanızı kontrol edip tekrar deneyin.
server-avatar-size = Resim 5 MB'tan büyük. Daha küçük bir resim seçin.
server-avatar-type = Bu dosya bir JPEG, PNG veya WebP resmi değil.
server-avatar-damaged = Resim okunamadı: dosya bozuk veya eksik.
server-avatar-empty = Resim boş.
server-sign-in-needed = Devam etmek için oturum açmanız veya kaydolmanız gerekiyor.
server-credentials = Oturum açma bilgileri geçersiz. Lütfen tekrar deneyin.
server-profile-changed = Profil, okunduktan sonra değişti. Profili yeniden okuyup değişikliği tekrar uygulayın.
server-not-found = Kaynak bulunamadı
server-internal = Dahili sunucu hatası
server-disk-full = Sunucunun diski dolu, bu yüzden kaydedilemedi. Sunucu yöneticisinden biraz yer açmasını isteyin.
server-password-common = Bu parola çok yaygın. Tahmin edilmesi daha zor bir parola seçin.
server-password-personal = Parola, adınızı veya e-posta adresinizi içermemeli.
server-password-uppercase = En az bir büyük harf kullanın.
server-password-digit = En az bir rakam kullanın.
server-password-special = En az bir özel karakter kullanın.
server-avatar-pixels = Resimde çok fazla piksel var (en fazla { $max } megapiksel). Daha küçük bir resim seçin.
server-too-many = Çok fazla deneme yapıldı. { $seconds } saniye sonra tekrar deneyin.
server-not-member-of = { $account } hesabının üyesi değilsiniz.
server-password-min = En az { $min } karakter kullanın.
server-password-max = En fazla { $max } karakter kullanın.
server-profile-shape = Değişiklikleri {"{"}"profile": {"{"}…{"}"}{"}"} biçiminde gönderin.
server-password-field-required = Parolayı değiştirmek için bu alanı doldurun.
server-ui-settings-object = ui_settings bir nesne olmalıdır.
server-must-be-text = Bu alan metin olmalıdır.
server-must-be-one-of = { $name } şunlardan biri olmalıdır: { $choices }.
server-must-be-object = { $name } bir nesne olmalıdır.
