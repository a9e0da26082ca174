# Pengaturan Headset: Bahasa Indonesia.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Coba lagi
common-cancel = Batal
common-copy = Salin
common-loading = Memuat…
common-saving = Menyimpan…
common-checking = Memeriksa…
common-signing-out = Keluar…
error-fallback = Terjadi kesalahan. Silakan coba lagi.

## Availability statuses and roles

status-online = Online
status-busy = Sibuk
status-offline = Offline
role-agent = Agen
role-administrator = Administrator

## App

app-connecting = Menghubungkan ke { -headset }…
app-title = Pengaturan { -headset }

## SignIn

signin-title = Masuk ke { -headset }
signin-lead-code = Masukkan kode { $digits } digit dari aplikasi autentikator Anda.
signin-lead-token = Tempel token akses dari pengaturan profil Anda di dasbor web.
signin-lead-password = Gunakan alamat dan akun server { -chatwoot } Anda.
signin-server = Alamat server
signin-email = Email
signin-password = Kata sandi
signin-backup-code = Kode cadangan
signin-auth-code = Kode autentikasi
signin-use-backup-code = Saya memakai kode cadangan
signin-token = Token akses
signin-signing-in = Sedang masuk…
signin-verify = Verifikasi
signin-submit = Masuk
signin-use-token = Masuk dengan token akses saja
signin-use-password = Masuk dengan email dan kata sandi saja
signin-forgot = Lupa kata sandi?
signin-reset-title = Atur ulang kata sandi
signin-reset-lead = Masukkan alamat email akun Anda, lalu server akan mengirim tautan untuk membuat kata sandi baru.
signin-reset-submit = Kirim tautan
signin-reset-sending = Mengirim…
signin-reset-back = Kembali ke halaman masuk
signin-reset-sent = Jika ada akun untuk { $email }, kami telah mengirim tautan untuk mengatur ulang kata sandi.
signin-reset-error-email = Masukkan alamat email akun Anda.
signin-network = Pengaturan koneksi
signin-network-lead = Untuk server yang di-hosting sendiri yang memakai sertifikat milik perusahaan Anda atau dijangkau melalui proxy. Pengaturan ini milik komputer ini.

## ProfileSummary

summary-connected = Terhubung
summary-reconnecting = Menghubungkan ulang dalam { $seconds } dtk ({ $reason })
summary-connecting = Menghubungkan…
summary-not-connected = Tidak terhubung
summary-live = Pembaruan langsung
summary-unread = Notifikasi belum dibaca
summary-sign-out = Keluar
menu-button =
    .aria-label = Menu akun
menu-open-dashboard = Buka dasbor
menu-billing = Tagihan & penggunaan
menu-switch-account = Ganti akun
summary-active-account = Akun aktif: { $account }
summary-switching-account = Mengganti akun…

## GeneralSection

general-title = Umum
general-lead = Cara { -headset } berjalan di komputer ini.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = Jalankan { -headset } saat saya masuk ke komputer
launch-banner-question = Jalankan { -headset } saat Anda masuk ke komputer, agar peringatan tetap datang?
launch-banner-yes = Ya
launch-banner-not-now = Nanti saja

## StatusSwitcher

status-legend = Status

## Settings

settings-nav =
    .aria-label = Pengaturan
settings-tabs =
    .aria-label = Bagian pengaturan
settings-app-name = { -headset }
settings-section-general = Umum
settings-section-profile = Profil
settings-section-social = Tautan sosial
settings-section-region = Bahasa & wilayah
settings-section-notifications = Notifikasi
settings-section-availability = Ketersediaan
settings-section-segments = Segmen
settings-section-channels = Kanal
settings-section-team = Tim
settings-section-security = Keamanan
settings-section-network = Koneksi
settings-section-diagnostics = Diagnostik
settings-pending-edits = { $count } perubahan menunggu sinkronisasi

## FormFooter

form-saving = Menyimpan…
form-pending = Menunggu server…
form-saved = Profil Anda berhasil diperbarui
form-not-saved-field = Belum tersimpan: periksa kolom yang ditandai.
form-pending-detail = Tersimpan di komputer ini — akan disinkronkan saat server bisa dijangkau.
form-pending-detail-retry = Tersimpan di komputer ini — akan disinkronkan saat server bisa dijangkau (dicoba lagi dalam { $seconds } dtk).
form-save = Simpan

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Profil
profile-lead = Cara tim dan pelanggan melihat Anda.
profile-name = Nama lengkap
profile-display-name = Nama tampilan
profile-display-name-hint = Ditampilkan ke pelanggan sebagai ganti nama lengkap Anda.
profile-email = Email
profile-email-hint = Alamat email Anda tidak bisa diubah di sini. Minta administrator akun Anda untuk mengubahnya.
profile-job-title = Jabatan
    .placeholder = Ketua tim dukungan
profile-about = Tentang saya
profile-phone = Telepon
profile-phone-hint = Format internasional, misalnya { $example }.
profile-signature = Tanda tangan pesan
profile-signature-hint = Ditambahkan ke balasan yang Anda kirim saat tanda tangan diaktifkan.
profile-error-name = Masukkan nama Anda.

## ProfileFacts

profile-facts-title = Akun
profile-facts-company = Perusahaan
profile-facts-role = Peran
profile-facts-created = Anggota sejak
profile-facts-last-sign-in = Terakhir masuk
profile-facts-updated = Profil diperbarui

## Rules

rules-phone = Masukkan nomor telepon dalam format internasional, misalnya { $example }.
rules-https = “{ $address }” bukan alamat https://
rules-length = Gunakan paling banyak { $max } karakter (saat ini { $count }).
rules-idle-minutes = Masukkan jumlah menit berupa bilangan bulat antara { $min } dan { $max }.

## SocialSection

social-title = Tautan sosial
social-lead = Ditampilkan di kartu profil Anda. Gunakan alamat https:// lengkap; kosongkan kolom untuk menghapusnya.
social-website = Situs web

## RegionSection

region-title = Bahasa & wilayah
region-lead = Bahasa { -headset } dan { -chatwoot }, serta cara waktu dan jumlah uang ditampilkan kepada Anda.
region-language = Bahasa
region-account-default = Bawaan akun
region-language-hint = “Bawaan akun” mengikuti bahasa yang dipilih administrator Anda.
region-timezone = Zona waktu
region-timezone-filter =
    .placeholder = Saring zona waktu
    .aria-label = Saring zona waktu
region-not-set = Belum diatur
region-timezone-count = { $count } zona waktu
region-timezone-count-here = { $count } zona waktu · komputer ini: { $zone }
region-currency = Mata uang

## AwayForm

away-title = Saat Anda menjauh
away-lead = { -headset } mendeteksi saat layar Anda terkunci dan mengembalikan status Anda saat Anda kembali.
away-on-lock = Ubah status saya selama layar terkunci
away-status = Status saat menjauh
away-status-busy = Sibuk: tanpa suara, hanya penugasan dan sebutan
away-status-offline = Offline: tidak ada hal baru yang ditugaskan kepada saya
away-idle = Juga saat saya tidak aktif selama { $minutes } menit
away-idle-minutes =
    .aria-label = Menit tidak aktif
away-idle-hint = Tidak aktif: keyboard dan mouse tidak digunakan. Dari { $min } sampai { $max } menit.

## Weekdays

day-mon = Senin
day-tue = Selasa
day-wed = Rabu
day-thu = Kamis
day-fri = Jumat
day-sat = Sabtu
day-sun = Minggu

## Availability now line and checks

availability-now-any-time = Tersedia kapan saja
availability-now-no-hours = Jam belum diatur: { -headset } menahan peringatan sepanjang minggu
availability-now-until-time = Tersedia sekarang, sampai { $time } ({ $zone })
availability-now-until-midnight = Tersedia sekarang, sampai tengah malam ({ $zone })
availability-now-until-day = Tersedia sekarang, sampai { $day } { $time } ({ $zone })
availability-now-until-next-week = Tersedia sekarang, sampai { $day } depan { $time } ({ $zone })
availability-now-round-the-clock = Tersedia sekarang, 24 jam ({ $zone })
availability-next-today = Tersedia lagi: hari ini { $time } ({ $zone })
availability-next-day = Tersedia lagi: { $day } { $time } ({ $zone })
availability-next-next-week = Tersedia lagi: { $day } depan { $time } ({ $zone })
availability-error-start-empty = Masukkan waktu mulai.
availability-error-end-empty = Masukkan waktu selesai.
availability-error-start-24 = 24:00 hanya bisa menjadi akhir rentang.
availability-error-start = “{ $value }” bukan waktu dengan format HH:MM.
availability-error-end = “{ $value }” bukan waktu dengan format HH:MM (atau 24:00).
availability-error-same = Waktu mulai dan selesai harus berbeda.
availability-error-overlap = { $day }: { $first } dan { $second } tumpang tindih.

## AvailabilitySection

availability-title = Ketersediaan
availability-lead = Jam Anda menerima percakapan, dan apa yang ditahan { -headset } di luar jam itu.
availability-use-hours = Gunakan jam ketersediaan
availability-off-hint = { -headset } memberi tahu Anda kapan saja.
availability-weekly = Jam mingguan
availability-zone-hint = Waktu dalam { $zone }. Rentang yang berakhir sebelum atau tepat pada waktu mulainya berlanjut melewati tengah malam.
availability-zone-hint-local = Waktu dalam { $zone } (zona waktu komputer ini; pilih milik Anda di Bahasa & wilayah). Rentang yang berakhir sebelum atau tepat pada waktu mulainya berlanjut melewati tengah malam.
availability-unavailable = Tidak tersedia
availability-interval-start =
    .aria-label = { $day }, rentang { $number }, mulai
availability-interval-end =
    .aria-label = { $day }, rentang { $number }, selesai
availability-remove = Hapus
    .aria-label = Hapus { $day }, rentang { $number }
availability-ends-next-day = berakhir keesokan harinya
availability-until-midnight = sampai tengah malam
availability-add = Tambah rentang
    .aria-label = Tambah rentang pada hari { $day }
availability-copy = Salin ke semua hari
    .aria-label = Salin jam hari { $day } ke semua hari
availability-hold-back = Di luar jam ini, tahan
availability-block-desktop = Notifikasi desktop
availability-block-sound = Suara
availability-block-email = Notifikasi email
availability-block-push = Notifikasi push
availability-status = Status
availability-auto-status = Atur status saya menjadi online saat jam saya dimulai dan offline saat berakhir

## NotificationsSection

notifications-title = Notifikasi
notifications-lead = Kapan { -headset } memutar suara, seberapa sering menampilkan notifikasi desktop, dan apa yang dikirim { -chatwoot } kepada Anda lewat email dan push.
notifications-synced = Disinkronkan dengan akun Anda
notifications-this-computer = Suara di komputer ini
notifications-sound = Suara
notifications-alerts = Putar suara untuk pesan baru di
notifications-alerts-none = Tidak pernah
notifications-alerts-assigned = Percakapan yang ditugaskan kepada saya
notifications-alerts-assigned-unassigned = Percakapan yang ditugaskan kepada saya atau belum ditugaskan
notifications-alerts-all = Semua percakapan
notifications-alerts-custom = Kustom ({ $value })
notifications-tone = Nada
notifications-tone-ding = Ding
notifications-tone-bell = Lonceng
notifications-tone-chime = Denting
notifications-tone-magic = Ajaib
notifications-tone-ping = Ping
notifications-volume = Volume
notifications-volume-hint = Hanya di komputer ini
notifications-test-sound = Uji suara
notifications-repeat = Ulangi setiap { $seconds } dtk selama percakapan yang ditugaskan belum dibaca
notifications-custom-sound = Suara khusus
notifications-custom-sound-none = Putar suara Anda sendiri di komputer ini sebagai pengganti nada.
notifications-custom-sound-plays = Memutar { $name } di komputer ini sebagai pengganti nada.
notifications-custom-sound-hint = WAV, MP3, Ogg, atau FLAC, maksimal { $megabytes } MB.
notifications-custom-sound-choose = Pilih suara…
notifications-custom-sound-replace = Pilih yang lain…
notifications-custom-sound-test = Uji
    .aria-label = Uji suara khusus
notifications-custom-sound-remove = Hapus
    .aria-label = Hapus suara khusus
notifications-custom-sound-error-type = Pilih file WAV, MP3, Ogg, atau FLAC.
notifications-custom-sound-error-size = Suara ini lebih besar dari { $megabytes } MB. Pilih yang lebih kecil.
notifications-custom-sound-error-read = File ini tidak dapat dibaca.
notifications-dashboard-on = Dasbor web juga memutar suara (untuk { $conversations }).
notifications-dashboard-assigned = percakapan yang ditugaskan kepada Anda
notifications-dashboard-unassigned = percakapan yang belum ditugaskan
notifications-dashboard-notme = percakapan yang ditugaskan kepada orang lain
notifications-dashboard-all = semua percakapan
notifications-dashboard-silence = Senyapkan dasbor
notifications-dashboard-off = Dasbor web senyap; hanya { -headset } yang berbunyi.
notifications-desktop = Notifikasi desktop
notifications-show = Tampilkan
notifications-instant = Langsung
notifications-digest-minutes = Ringkasan setiap { $minutes } menit
notifications-digest-hour = Ringkasan setiap jam
notifications-email-push = Notifikasi email dan push
notifications-notify-when = Beri tahu saya saat
notifications-channel-email = Email
notifications-channel-push = Push
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = Percakapan baru dibuat
notifications-kind-conversation-assignment = Percakapan ditugaskan kepada Anda
notifications-kind-assigned-conversation-new-message = Ada pesan baru di percakapan yang ditugaskan kepada Anda
notifications-kind-conversation-mention = Anda disebut dalam percakapan
notifications-kind-participating-conversation-new-message = Ada pesan baru di percakapan yang Anda ikuti
notifications-kind-sla-missed-first-response = SLA terlewat: respons pertama
notifications-kind-sla-missed-next-response = SLA terlewat: respons berikutnya
notifications-kind-sla-missed-resolution = SLA terlewat: penyelesaian

## ChannelsSection

channels-title = Kanal
channels-lead = Terima percakapan dari kanal ini, hingga jumlah tertentu sekaligus.
channels-empty = Belum ada kanal. Buat kotak masuk di dasbor web.
channels-take = Terima percakapan
channels-at-most = Paling banyak
channels-capacity-hint = Paling banyak: percakapan terbuka sekaligus, { $min } sampai { $max }; { $min } = tanpa batas.
channels-capacity-error = Masukkan bilangan bulat antara { $min } dan { $max }.

## SegmentsSection

segments-title = Segmen
segments-lead = Pilih segmen kontak dan perusahaan yang ingin Anda lihat. Jangan pilih apa pun untuk melihat semuanya.
segments-contact = Segmen kontak
segments-company = Segmen perusahaan
segments-contact-empty = Belum ada segmen kontak. Buat di dasbor web.
segments-company-empty = Belum ada segmen perusahaan. Buat di dasbor web.
segments-showing-all = Menampilkan semua
segments-showing = Menampilkan { $count } dari { $total }
segments-contact-gone = { $count } segmen kontak yang Anda pilih sudah tidak ada; akan dihapus saat Anda menyimpan.
segments-company-gone = { $count } segmen perusahaan yang Anda pilih sudah tidak ada; akan dihapus saat Anda menyimpan.

## TeamSection

team-title = Tim
team-lead = Para agen { $account }, dan apa yang boleh dilakukan masing-masing.
team-empty = Belum ada agen.
team-name = Nama
team-email = Email
team-status = Status
team-role = Peran
team-you = Anda
team-role-select =
    .aria-label = Peran { $name }
    .title = Anda tidak bisa mengubah peran Anda sendiri. Minta administrator lain.
team-roles-note = Hanya administrator yang bisa mengubah peran.
team-now-administrator = { $name } sekarang menjadi administrator.
team-now-agent = { $name } sekarang menjadi agen.

## AvatarEditor

avatar-drop =
    .aria-label = Foto profil: letakkan gambar di sini
avatar-change = Ganti foto…
avatar-add = Tambah foto…
avatar-remove = Hapus foto
avatar-hint = JPEG, PNG, atau WebP. Letakkan di sini atau pilih file.
avatar-crop =
    .aria-label = Pangkas foto Anda
avatar-preview =
    .aria-label = Pratinjau. Seret atau gunakan tombol panah untuk menggeser gambar.
avatar-zoom = Perbesar
avatar-rotate-left = Putar ke kiri
avatar-rotate-right = Putar ke kanan
avatar-save = Simpan foto
avatar-uploading = Mengunggah…
    .aria-label = Mengunggah
avatar-saved = Foto tersimpan.
avatar-error-type = Pilih gambar JPEG, PNG, atau WebP.
avatar-error-size = Gambar ini lebih besar dari { $megabytes } MB. Pilih yang lebih kecil.
avatar-error-draw = Jendela ini tidak bisa menggambar.
avatar-error-make = Gambar tidak bisa dibuat.
avatar-error-open = Gambar ini tidak bisa dibuka. File mungkin rusak.

## SecuritySection

security-title = Keamanan
security-lead = Kata sandi Anda, langkah kedua saat masuk, tempat Anda sedang masuk, dan token API Anda.

## PasswordInput

password-input-show = Tampilkan
password-input-hide = Sembunyikan

## ChangePassword

password-title = Kata sandi
password-managed = Kata sandi Anda dikelola oleh { $provider }.
password-provider-sso = sistem masuk tunggal organisasi Anda
password-provider-unknown = penyedia identitas Anda
password-lead = Mengubahnya akan mengeluarkan Anda dari perangkat lain.
password-policy-error = Aturan kata sandi tidak bisa dimuat: { $error }
password-current = Kata sandi saat ini
    .show = Tampilkan kata sandi saat ini
password-new = Kata sandi baru
    .show = Tampilkan kata sandi baru
password-confirm = Konfirmasi kata sandi baru
    .show = Tampilkan konfirmasi kata sandi
password-strength = Kekuatan
password-strength-none = Belum ada yang diketik
password-strength-value = Kekuatan: { $level }
password-strength-weak = Lemah
password-strength-fair = Cukup
password-strength-strong = Kuat
password-strength-very-strong = Sangat kuat
password-rules =
    .aria-label = Syarat kata sandi
password-rule-met = (terpenuhi)
password-rule-unmet = (belum)
password-rules-loading = Memuat aturan kata sandi…
password-rule-length-range = Antara { $min } dan { $max } karakter
password-rule-length = { $min } karakter
password-rule-common = Bukan kata sandi umum, nama, atau email Anda
password-rule-uppercase = Satu huruf kapital
password-rule-digit = Satu angka (0–9)
password-rule-special = Satu karakter khusus, seperti ! ? # atau -
password-mismatch = Tidak cocok dengan kata sandi baru.
password-changed = Kata sandi diubah. Anda telah dikeluarkan dari perangkat lain.
password-changing = Mengubah…
password-change = Ubah kata sandi
password-error-current = Masukkan kata sandi Anda saat ini.

## TwoFactor

mfa-title = Autentikasi dua faktor
mfa-lead = Saat masuk, { -headset } juga meminta kode dari aplikasi autentikator di ponsel Anda.
mfa-unavailable = Server ini tidak menyediakan autentikasi dua faktor.
mfa-badge-on = Aktif
mfa-on = Akun Anda meminta kode saat masuk.
mfa-badge-off = Nonaktif
mfa-off = Akun Anda hanya dilindungi kata sandi.
mfa-scan = Pindai kode QR ini dengan aplikasi autentikator Anda.
mfa-qr =
    .aria-label = Kode QR untuk menyiapkan aplikasi autentikator Anda
mfa-cant-scan = Tidak bisa memindai? Masukkan kunci penyiapan ini:
mfa-copy-key = Salin kunci
mfa-key-copied = Kunci penyiapan disalin.
mfa-key-copy-failed = Tidak bisa menyalin: pilih kunci dan salin sendiri.
mfa-enter-code = Masukkan kode { $digits } digit yang ditampilkan aplikasi
mfa-turn-on = Aktifkan
mfa-set-up = Siapkan
mfa-starting = Memulai…
mfa-new-codes = Kode cadangan baru
mfa-new-codes-hint = Kode cadangan lama berhenti berfungsi begitu kode baru dibuat.
mfa-app-code = Kode dari aplikasi autentikator Anda
mfa-making-codes = Membuat kode…
mfa-make-codes = Buat kode baru
mfa-disable-title = Nonaktifkan autentikasi dua faktor
mfa-disable-hint = Akun Anda hanya akan dilindungi kata sandi.
mfa-password = Kata sandi
    .show = Tampilkan kata sandi
mfa-app-or-backup-code = Kode autentikator atau kode cadangan
mfa-turning-off = Menonaktifkan…
mfa-turn-off = Nonaktifkan
mfa-turn-off-ask = Nonaktifkan…
mfa-error-code = Masukkan kode yang ditampilkan aplikasi autentikator Anda.
mfa-error-password = Masukkan kata sandi Anda.
mfa-error-app-or-backup-code = Masukkan kode dari aplikasi autentikator Anda atau kode cadangan.
mfa-now-on = Autentikasi dua faktor aktif.
mfa-codes-made = Kode cadangan baru dibuat. Kode lama tidak berfungsi lagi.
mfa-now-off = Autentikasi dua faktor nonaktif.

## BackupCodes

backup-title = Simpan kode cadangan Anda
backup-hint = Setiap kode bisa dipakai masuk sekali jika Anda tidak bisa memakai aplikasi autentikator. Simpan di tempat aman: kode ini tidak akan ditampilkan lagi.
backup-list =
    .aria-label = Kode cadangan
backup-download = Unduh
backup-done = Sudah saya simpan
backup-copied = Kode cadangan disalin.
backup-copy-failed = Tidak bisa menyalin: pilih kode dan salin sendiri.
backup-saved-as = Disimpan sebagai { $file }.
backup-save-failed = File tidak bisa disimpan: salin kodenya saja.
backup-file-title = Kode cadangan { -headset } untuk { $email }
backup-file-hint = Setiap kode bisa dipakai masuk sekali saat Anda tidak bisa memakai aplikasi autentikator.

## Sessions

sessions-title = Perangkat yang sedang masuk
sessions-lead = Tempat akun Anda sedang masuk saat ini. Keluarkan perangkat yang tidak Anda kenali.
sessions-loading = Memuat perangkat…
sessions-none = Tidak ada perangkat yang sedang masuk.
sessions-unknown-app = Aplikasi tidak dikenal
sessions-this-device = Perangkat ini
sessions-last-active = Terakhir aktif { $when }
sessions-last-active-unknown = Terakhir aktif tidak diketahui
sessions-ask-one = Keluarkan perangkat ini?
sessions-sign-out = Keluarkan
    .aria-label = Keluarkan { $app }
sessions-confirm = Ya, keluarkan
    .aria-label = Ya, keluarkan { $app }
sessions-ask-others =
    { $count ->
        [1] Keluarkan perangkat lainnya?
       *[other] Keluarkan semua { $count } perangkat lainnya?
    }
sessions-confirm-others = Ya, keluarkan yang lain
sessions-sign-out-others = Keluarkan semua perangkat lain
sessions-ended-others = Semua perangkat lain telah dikeluarkan.
sessions-ended = { $app } telah dikeluarkan.
sessions-ended-device = Perangkat telah dikeluarkan.

## ApiToken

token-title = Token akses API
token-lead = Memungkinkan aplikasi dan skrip bertindak atas nama Anda melalui API { -chatwoot }, misalnya untuk masuk ke { -headset } di komputer lain atau menghubungkan integrasi. Jaga seperti kata sandi Anda.
token-value = Token akses Anda
token-value-new = Token akses baru Anda
token-hide = Sembunyikan
token-warning-title = Atur ulang token?
token-warning = Aplikasi dan skrip yang memakai token saat ini akan langsung berhenti berfungsi.
token-password = Kata sandi Anda
    .show = Tampilkan kata sandi Anda
token-password-hint = Pastikan ini Anda untuk melihat atau mengatur ulang token.
token-reveal = Tampilkan
token-resetting = Mengatur ulang…
token-reset-now = Atur ulang sekarang
token-reset = Atur ulang token…
token-error-reveal = Masukkan kata sandi Anda untuk melihat token.
token-error-reset = Masukkan kata sandi Anda untuk mengatur ulang token.
token-made = Token baru dibuat. Perbarui aplikasi dan skrip yang memakainya.
token-copied = Token disalin.
token-copy-failed = Tidak bisa menyalin: pilih token dan salin sendiri.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = Koneksi
network-lead = Cara { -headset } menjangkau server yang di-hosting sendiri dari komputer ini: otoritas sertifikat yang dipercaya selain milik sistem operasi (misalnya milik perusahaan Anda), dan proxy HTTP yang dilalui. Menyimpan akan langsung menyambung ulang. Pengaturan ini milik komputer ini, bukan akun Anda.
network-ca-file = Sertifikat CA tambahan (jalur file PEM)
network-ca-file-hint = File PEM, misalnya { $example }. Kosongkan untuk hanya memercayai sertifikat sistem operasi.
network-proxy = Proxy HTTP
network-proxy-hint = Alamat http:// beserta port, tanpa nama pengguna atau kata sandi. Kosongkan untuk terhubung langsung.
network-saved = Tersimpan. { -headset } terhubung melalui pengaturan ini.

## DiagnosticsSection

diagnostics-title = Diagnostik
diagnostics-lead = Apakah { -headset } berfungsi di komputer ini, dan mengapa Anda diberi atau tidak diberi peringatan.

## Health

health-title = Status
health-lead = Hal-hal yang dibutuhkan { -headset } untuk memberi Anda peringatan, diperiksa di komputer ini.
health-check-server = Server
health-check-realtime = Pembaruan langsung
health-check-keychain = Penyimpanan aman (keychain)
health-check-notifications = Notifikasi desktop
health-check-audio = Keluaran suara
health-check-do-not-disturb = Jangan Ganggu
health-ok = OK
health-problem = Masalah
health-none = Agen tidak melaporkan pemeriksaan apa pun.
health-all-ok = Semuanya berfungsi.
health-problems = { $count } masalah ditemukan.
health-check-again = Periksa lagi

## Decisions

decisions-title = Mengapa saya (tidak) diberi notifikasi?
decisions-lead = Untuk setiap peristiwa terbaru: apakah { -headset } menampilkan notifikasi dan memutar suara, dan mengapa. Yang terbaru di atas.
decisions-only-held = Hanya yang ditahan
decisions-only-held-hint = Peristiwa yang tidak menampilkan notifikasi dan tidak memutar suara.
decisions-refresh = Muat ulang
decisions-empty = Belum ada peristiwa. Peristiwa muncul di sini saat tiba.
decisions-empty-held = Tidak ada yang ditahan.
decisions-time = Waktu
decisions-event = Peristiwa
decisions-conversation = Percakapan
decisions-notify = Notifikasi
decisions-sound = Suara
decisions-yes = Ya
decisions-no = Tidak
decisions-reason-alert = Diizinkan oleh pengaturan Anda
decisions-reason-own-message = Anda sendiri yang mengirimnya
decisions-reason-not-selected = Tidak termasuk percakapan yang Anda pilih untuk diberi peringatan
decisions-reason-not-incoming = Bukan pesan masuk
decisions-reason-pending-conversation = Percakapan sedang tertunda
decisions-reason-flag-off = Anda menonaktifkan notifikasi push untuk jenis peristiwa ini
decisions-reason-not-notifiable = Jenis peristiwa ini tidak pernah memberi peringatan sendiri
decisions-reason-offline = Anda sedang offline
decisions-reason-busy = Anda sedang sibuk
decisions-reason-snoozed = Peringatan sedang ditunda
decisions-reason-os-dnd = Komputer Anda dalam mode Jangan Ganggu
decisions-reason-outside-hours = Di luar jam ketersediaan Anda
decisions-reason-throttled = Suara lain baru saja diputar
decisions-reason-digest = Ditahan untuk ringkasan
decisions-reason-counted = Hanya dihitung sebagai belum dibaca
decisions-reason-already-alerted = Sudah diberi peringatan sekali (masuk saat Anda sedang menghubungkan ulang)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] Tidak ada notifikasi belum dibaca
    [one] { $count } notifikasi belum dibaca
   *[other] { $count } notifikasi belum dibaca
}
tray-waiting = { $count ->
    [0] Tidak ada percakapan yang menunggu Anda
    [one] { $count } percakapan menunggu Anda
   *[other] { $count } percakapan menunggu Anda
}
tray-signed-out = Sudah keluar
snooze-30 = Senyapkan 30 menit
snooze-60 = Senyapkan 1 jam
snooze-hours = Senyapkan sampai jam kerja saya mulai
snooze-resume = Lanjutkan peringatan
open-dashboard = Buka dasbor
open-settings = Pengaturan…
quit = Keluar dari Headset
alert-away-title = Selama Anda pergi
alert-digest-title = Ringkasan Headset
alert-summary = { $conversations ->
    [one] { $conversations } percakapan
   *[other] { $conversations } percakapan
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } sebutan
   *[other] , { $mentions } sebutan
}
alert-assigned = Ditugaskan kepada Anda: percakapan #{ $id }
alert-mentioned = Anda disebut dalam percakapan #{ $id }
alert-new-conversation = Percakapan baru #{ $id }
alert-message = { $who } · percakapan #{ $id }
alert-missed = Percakapan #{ $id } perlu perhatian
alert-missed-body = Selama Headset offline
alert-open = Buka percakapan

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = Sesi Anda telah berakhir. Silakan masuk lagi.
error-unreachable = Tidak dapat menjangkau server di { $url }: { $reason }
error-server = Server menolak permintaan ({ $status }): { $message }
error-protocol = Respons tak terduga dari server: { $detail }
error-agent-unavailable = Agen latar belakang Headset tidak berjalan.
error-version-mismatch = Agen Headset ini memakai IPC versi { $agent }, sedangkan klien memakai versi { $client }. Mulai ulang Headset.
error-keychain = Penyimpanan aman (keychain) sistem operasi tidak tersedia: { $detail }
error-not-signed-in = Belum masuk.
error-window-open = Jendela pengaturan sudah terbuka.
error-conflict = Profil telah berubah di server sejak terakhir dibaca.
error-too-long = Gunakan paling banyak { $max } karakter.
error-too-long-count = Gunakan paling banyak { $max } karakter (saat ini { $count }).
error-name-empty = Masukkan nama Anda.
error-phone-format = Masukkan nomor telepon dalam format internasional, misalnya +48 600 700 800.
error-ca-file-unreadable = Tidak dapat membaca { $path }: { $detail }.
error-ca-file-not-pem = { $path } bukan file PEM: { $detail }.
error-ca-file-empty = { $path } tidak berisi sertifikat (seharusnya ada “-----BEGIN CERTIFICATE-----”).
error-ca-file-unusable = { $path } berisi sertifikat yang tidak dapat digunakan: { $detail }.
error-proxy-not-url = Masukkan proxy sebagai URL (misalnya http://proxy.example.com:3128).
error-proxy-scheme = Hanya proxy http:// yang didukung; proxy ini membuat terowongan ke server https (misalnya http://proxy.example.com:3128).
error-proxy-host = URL proxy harus berisi host (misalnya http://proxy.example.com:3128).
error-proxy-password = Proxy yang meminta kata sandi tidak didukung: jangan sertakan nama pengguna dan kata sandi.
error-nothing-to-change = Tidak ada yang perlu diubah.
error-unknown-language = “{ $value }” bukan salah satu bahasa Headset.
error-unknown-sound-choice = “{ $value }” bukan pilihan suara.
error-unknown-flag = “{ $value }” bukan pengaturan notifikasi.
error-timezone = “{ $value }” bukan zona waktu IANA (misalnya Europe/Warsaw).
error-currency = “{ $value }” bukan kode mata uang ISO 4217 (misalnya EUR).
error-audio-alerts = Pilih none, atau assigned, notme, dan unassigned yang digabung dengan +.
error-away-status = Pilih sibuk atau offline: status saat Anda menjauh.
error-idle-minutes = Pilih antara 1 dan 480 menit.
error-inbox-id = “{ $value }” bukan ID kotak masuk.
error-capacity = Pilih kapasitas antara 0 dan { $max }.
error-https-link = “{ $value }” bukan alamat https://.
error-time-of-day = “{ $value }” bukan waktu dengan format HH:MM.
error-time-of-day-end = “{ $value }” bukan waktu dengan format HH:MM (atau 24:00).
error-credentials = Kredensial masuk tidak valid. Silakan coba lagi.
error-code-invalid = Kode tidak valid.
error-sign-in-expired = Proses masuk sudah kedaluwarsa. Masuk lagi.
error-server-empty = Masukkan alamat server Chatwoot Anda.
error-server-not-url = “{ $value }” bukan alamat web ({ $detail }).
error-server-scheme = Alamat harus diawali https:// atau http://.
error-wrong-password = Kata sandi salah.
error-keychain-memory-only = { $detail }. Anda tetap masuk sampai Headset ditutup; Headset tidak pernah menyimpan kredensial dalam file, jadi Anda akan diminta lagi saat dibuka berikutnya.
error-avatar-type = Gunakan gambar JPEG atau PNG.
error-avatar-damaged = Gambar yang diterima rusak. Coba lagi.
error-avatar-size = Gambar lebih besar dari 5 MB. Pilih yang lebih kecil.
error-billing-admins = Tagihan & penggunaan hanya untuk administrator akun.
error-email-empty = Masukkan alamat email Anda.
error-password-empty = Masukkan kata sandi Anda.
error-code-empty = Masukkan kode.
error-token-empty = Tempel token akses dari pengaturan profil Anda.
error-token-refused = Server tidak menerima token akses ini.
error-snooze-minutes = Senyapkan selama 1 menit hingga 24 jam.
error-snooze-no-hours = Atur jam ketersediaan Anda terlebih dahulu: belum ada waktu mulai berikutnya untuk ditunggu.
error-sound-none = Belum ada file suara yang dipilih.
error-sound-name = Beri nama suara paling banyak 100 karakter.
error-sound-damaged = File yang diterima rusak. Coba lagi.
error-sound-size = File suara lebih besar dari 1 MB.
error-sound-format = File ini bukan suara yang bisa diputar Headset (WAV, MP3, OGG, atau FLAC).
error-sound-empty = File suara kosong.
error-sound-length = Durasi suara lebih dari 10 detik.
error-not-a-member = Anda bukan anggota akun tersebut.
error-volume = Volume berkisar dari 0 sampai 100.
error-disk-full = Disk tempat data Headset penuh, jadi perubahan ini tidak disimpan. Kosongkan sebagian ruang lalu coba lagi.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Dapat dijangkau
diagnose-no-notification-daemon = Tidak ada layanan notifikasi: { $detail }
diagnose-system-notifications = Pusat notifikasi sistem
diagnose-unnamed-device = Perangkat tanpa nama
diagnose-no-audio-device = Tidak ada perangkat keluaran suara
diagnose-signed-in = Masuk ke { $server } sebagai { $email }
diagnose-signed-out = Sudah keluar (server terakhir: { $server })
diagnose-now = saat ini
diagnose-connected = { $reconnects ->
   *[other] Terhubung sejak { $since }, terhubung ulang { $reconnects } kali
}
diagnose-connecting = Menghubungkan
diagnose-retrying = { $reason }; mencoba lagi dalam { $seconds } dtk
diagnose-not-connected = Tidak terhubung (sudah keluar)
diagnose-dnd-off = Nonaktif
diagnose-dnd-on = Aktif: { $why }
dnd-gnome-banners-off = GNOME: banner notifikasi dinonaktifkan
dnd-dunst-paused = Layanan notifikasi (dunst) dijeda
dnd-macos-focus = Mode Fokus macOS aktif
dnd-windows-focus-assist = Bantuan Fokus Windows aktif
dnd-windows-busy = Windows sedang menahan notifikasi (aplikasi layar penuh atau presentasi)

## headset-server's answers, in the language the request asks for
server-not-a-member = Anda bukan anggota akun ini.
server-contact-name = Masukkan nama kontak.
server-no-such-inbox = Kotak masuk tersebut tidak ada di akun ini.
server-no-such-contact = Kontak tersebut tidak ada di akun ini.
server-assignee-not-in-inbox = Agen tersebut tidak dapat melihat kotak masuk ini, jadi tidak bisa ditugaskan.
server-message-empty = Pesan kosong.
server-role-admins-only = Hanya administrator yang bisa mengubah peran agen.
server-filter-name = Beri nama filter ini.
server-filter-name-long = Nama lebih dari 100 karakter.
server-mfa-code-invalid = Kode tidak valid. Masukkan kode terbaru dari aplikasi autentikator Anda.
server-mfa-already-on = Autentikasi dua faktor sudah aktif.
server-mfa-not-started = Mulai penyiapan autentikasi dua faktor terlebih dahulu.
server-mfa-not-on = Autentikasi dua faktor tidak aktif.
server-password-invalid = Kata sandi tidak valid
server-reset-sent = Jika ada akun dengan email ini, kami telah mengirim tautan untuk mengatur ulang kata sandi ke email tersebut.
server-confirmation-mismatch = Konfirmasi kata sandi tidak cocok dengan kata sandi
server-reset-link-invalid = Tautan pengaturan ulang ini tidak valid atau sudah kedaluwarsa. Minta tautan baru.
server-password-reset-done = Kata sandi Anda telah diubah. Sekarang masuklah dengan kata sandi baru.
server-email-fixed = Alamat email Anda tidak bisa diubah di sini. Minta administrator akun Anda untuk mengubahnya.
server-password-managed = Akun ini masuk melalui penyedia identitas; kata sandinya dikelola di sana.
server-current-password-invalid = Kata sandi saat ini tidak valid
server-session-current = Ini sesi yang sedang Anda gunakan. Sebagai gantinya, silakan keluar.
server-sign-in-expired = Proses masuk sudah kedaluwarsa. Masukkan email dan kata sandi Anda lagi.
server-code-missing = Masukkan kode dari aplikasi autentikator Anda atau kode cadangan.
server-code-invalid = Kode tidak valid. Periksa aplikasi autentikator Anda, lalu coba lagi.
server-avatar-size = Gambar lebih besar dari 5 MB. Pilih yang lebih kecil.
server-avatar-type = File ini bukan gambar JPEG, PNG, atau WebP.
server-avatar-damaged = Gambar tidak dapat dibaca: file rusak atau tidak lengkap.
server-avatar-empty = Gambar kosong.
server-sign-in-needed = Anda perlu masuk atau mendaftar sebelum melanjutkan.
server-credentials = Kredensial masuk tidak valid. Silakan coba lagi.
server-profile-changed = Profil telah berubah sejak terakhir dibaca. Baca ulang profil, lalu terapkan kembali perubahannya.
server-not-found = Sumber daya tidak ditemukan
server-internal = Kesalahan server internal
server-disk-full = Disk server penuh, jadi data tidak bisa disimpan. Minta administrator server untuk mengosongkan sebagian ruang.
server-password-common = Kata sandi ini terlalu umum. Pilih yang lebih sulit ditebak.
server-password-personal = Kata sandi tidak boleh berisi nama atau alamat email Anda.
server-password-uppercase = Sertakan setidaknya satu huruf kapital.
server-password-digit = Sertakan setidaknya satu angka.
server-password-special = Sertakan setidaknya satu karakter khusus.
server-avatar-pixels = Gambar memiliki terlalu banyak piksel (maksimal { $max } megapiksel). Pilih yang lebih kecil.
server-too-many = Terlalu banyak percobaan. Coba lagi dalam { $seconds } detik.
server-not-member-of = Anda bukan anggota akun { $account }.
server-password-min = Gunakan setidaknya { $min } karakter.
server-password-max = Gunakan paling banyak { $max } karakter.
server-profile-shape = Kirim perubahan dalam format {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = Isi kolom ini untuk mengubah kata sandi.
server-ui-settings-object = ui_settings harus berupa objek.
server-must-be-text = Ini harus berupa teks.
server-must-be-one-of = { $name } harus salah satu dari: { $choices }.
server-must-be-object = { $name } harus berupa objek.
