# Headset 設定：繁體中文（台灣）。

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = 再試一次
common-cancel = 取消
common-copy = 複製
common-loading = 載入中…
common-saving = 儲存中…
common-checking = 檢查中…
common-signing-out = 登出中…
error-fallback = 發生問題，請再試一次。

## Availability statuses and roles

status-online = 線上
status-busy = 忙碌
status-offline = 離線
role-agent = 客服人員
role-administrator = 管理員

## App

app-connecting = 正在連線到 { -headset }…
app-title = { -headset } 設定

## SignIn

signin-title = 登入 { -headset }
signin-lead-code = 請輸入驗證器應用程式中的 { $digits } 位數驗證碼。
signin-lead-token = 請貼上網頁主控台個人資料設定中的存取權杖。
signin-lead-password = 使用您的 { -chatwoot } 伺服器位址和帳號。
signin-server = 伺服器位址
signin-email = 電子郵件
signin-password = 密碼
signin-backup-code = 備用碼
signin-auth-code = 驗證碼
signin-use-backup-code = 我要使用備用碼
signin-token = 存取權杖
signin-signing-in = 登入中…
signin-verify = 驗證
signin-submit = 登入
signin-use-token = 改用存取權杖登入
signin-use-password = 改用電子郵件和密碼登入
signin-forgot = 忘記密碼？
signin-reset-title = 重設密碼
signin-reset-lead = 請輸入帳號的電子郵件地址，伺服器會寄給您設定新密碼的連結。
signin-reset-submit = 傳送重設連結
signin-reset-sending = 傳送中…
signin-reset-back = 返回登入
signin-reset-sent = 如果 { $email } 有對應的帳號，我們已寄出重設密碼的連結。
signin-reset-error-email = 請輸入帳號的電子郵件地址。
signin-network = 連線設定
signin-network-lead = 適用於使用您公司自有憑證，或需透過代理伺服器連線的自架伺服器。這些設定屬於這台電腦。

## ProfileSummary

summary-connected = 已連線
summary-reconnecting = { $seconds } 秒後重新連線（{ $reason }）
summary-connecting = 連線中…
summary-not-connected = 未連線
summary-live = 即時更新
summary-unread = 未讀通知
summary-sign-out = 登出
menu-button =
    .aria-label = 帳號選單
menu-open-dashboard = 開啟主控台
menu-billing = 帳單與用量
menu-switch-account = 切換帳號
summary-active-account = 目前的帳號：{ $account }
summary-switching-account = 正在切換帳號…

## GeneralSection

general-title = 一般
general-lead = { -headset } 在這台電腦上的運作方式。

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = 登入電腦時啟動 { -headset }
launch-banner-question = 登入電腦時啟動 { -headset }，以便持續收到提醒？
launch-banner-yes = 是
launch-banner-not-now = 以後再說

## StatusSwitcher

status-legend = 狀態

## Settings

settings-nav =
    .aria-label = 設定
settings-tabs =
    .aria-label = 設定區段
settings-app-name = { -headset }
settings-section-general = 一般
settings-section-profile = 個人資料
settings-section-social = 社群連結
settings-section-region = 語言與地區
settings-section-notifications = 通知
settings-section-availability = 上線時段
settings-section-segments = 區隔
settings-section-channels = 管道
settings-section-team = 團隊
settings-section-security = 安全性
settings-section-network = 連線
settings-section-diagnostics = 診斷
settings-pending-edits = { $count } 項變更等待同步

## FormFooter

form-saving = 儲存中…
form-pending = 正在等待伺服器…
form-saved = 您的個人檔案已成功更新
form-not-saved-field = 未儲存：請檢查標示的欄位。
form-pending-detail = 已儲存在這台電腦上，伺服器可連線時會自動同步。
form-pending-detail-retry = 已儲存在這台電腦上，伺服器可連線時會自動同步（{ $seconds } 秒後重試）。
form-save = 儲存

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = 個人資料
profile-lead = 您在團隊和客戶面前呈現的樣子。
profile-name = 全名
profile-display-name = 顯示名稱
profile-display-name-hint = 向客戶顯示，取代您的全名。
profile-email = 電子郵件
profile-email-hint = 無法在這裡變更電子郵件地址。請聯絡帳號的管理員進行變更。
profile-job-title = 職稱
    .placeholder = 客服主管
profile-about = 關於我
profile-phone = 電話
profile-phone-hint = 國際格式，例如 { $example }。
profile-signature = 訊息簽名
profile-signature-hint = 開啟簽名後，會加在您送出的回覆中。
profile-error-name = 請輸入您的名字。

## ProfileFacts

profile-facts-title = 帳號
profile-facts-company = 公司
profile-facts-role = 角色
profile-facts-created = 加入時間
profile-facts-last-sign-in = 上次登入
profile-facts-updated = 個人資料更新時間

## Rules

rules-phone = 請以國際格式輸入電話號碼，例如 { $example }。
rules-https = 「{ $address }」不是 https:// 位址
rules-length = 最多 { $max } 個字元（目前 { $count } 個）。
rules-idle-minutes = 請輸入 { $min } 到 { $max } 之間的整數分鐘數。

## SocialSection

social-title = 社群連結
social-lead = 顯示在您的個人資料卡上。請使用完整的 https:// 位址；留空即可移除。
social-website = 網站

## RegionSection

region-title = 語言與地區
region-lead = { -headset } 和 { -chatwoot } 的語言，以及時間和金額的顯示方式。
region-language = 語言
region-account-default = 帳號預設
region-language-hint = 「帳號預設」會依照管理員選擇的語言。
region-timezone = 時區
region-timezone-filter =
    .placeholder = 篩選時區
    .aria-label = 篩選時區
region-not-set = 未設定
region-timezone-count = { $count } 個時區
region-timezone-count-here = { $count } 個時區 · 這台電腦：{ $zone }
region-currency = 貨幣

## AwayForm

away-title = 離開座位時
away-lead = { -headset } 會偵測螢幕鎖定，並在您回來時恢復狀態。
away-on-lock = 螢幕鎖定時變更我的狀態
away-status = 離開時的狀態
away-status-busy = 忙碌：不播放音效，只接收指派和提及
away-status-offline = 離線：不再指派新的對話給我
away-idle = 我閒置 { $minutes } 分鐘時也變更
away-idle-minutes =
    .aria-label = 閒置分鐘數
away-idle-hint = 閒置：沒有使用鍵盤或滑鼠。{ $min } 到 { $max } 分鐘。

## Weekdays

day-mon = 星期一
day-tue = 星期二
day-wed = 星期三
day-thu = 星期四
day-fri = 星期五
day-sat = 星期六
day-sun = 星期日

## Availability now line and checks

availability-now-any-time = 隨時可服務
availability-now-no-hours = 尚未設定時段：{ -headset } 整週暫緩提醒
availability-now-until-time = 目前可服務，直到 { $time }（{ $zone }）
availability-now-until-midnight = 目前可服務，直到午夜（{ $zone }）
availability-now-until-day = 目前可服務，直到{ $day } { $time }（{ $zone }）
availability-now-until-next-week = 目前可服務，直到下{ $day } { $time }（{ $zone }）
availability-now-round-the-clock = 目前可服務，全天候（{ $zone }）
availability-next-today = 下次可服務：今天 { $time }（{ $zone }）
availability-next-day = 下次可服務：{ $day } { $time }（{ $zone }）
availability-next-next-week = 下次可服務：下{ $day } { $time }（{ $zone }）
availability-error-start-empty = 請輸入開始時間。
availability-error-end-empty = 請輸入結束時間。
availability-error-start-24 = 24:00 只能作為時段的結束時間。
availability-error-start = 「{ $value }」不是 HH:MM 格式的時間。
availability-error-end = 「{ $value }」不是 HH:MM 格式（或 24:00）的時間。
availability-error-same = 開始和結束時間不能相同。
availability-error-overlap = { $day }：{ $first } 與 { $second } 重疊。

## AvailabilitySection

availability-title = 上線時段
availability-lead = 您接待對話的時段，以及 { -headset } 在時段外暫緩的內容。
availability-use-hours = 使用上線時段
availability-off-hint = { -headset } 會隨時提醒您。
availability-weekly = 每週時段
availability-zone-hint = 時間以 { $zone } 為準。結束時間早於或等於開始時間的時段會跨過午夜。
availability-zone-hint-local = 時間以 { $zone } 為準（這台電腦的時區；可在「語言與地區」中選擇您的時區）。結束時間早於或等於開始時間的時段會跨過午夜。
availability-unavailable = 不提供服務
availability-interval-start =
    .aria-label = { $day }，時段 { $number }，開始
availability-interval-end =
    .aria-label = { $day }，時段 { $number }，結束
availability-remove = 移除
    .aria-label = 移除{ $day }的時段 { $number }
availability-ends-next-day = 隔天結束
availability-until-midnight = 到午夜
availability-add = 新增時段
    .aria-label = 在{ $day }新增時段
availability-copy = 複製到每一天
    .aria-label = 將{ $day }的時段複製到每一天
availability-hold-back = 在這些時段以外，暫緩
availability-block-desktop = 桌面通知
availability-block-sound = 音效
availability-block-email = 電子郵件通知
availability-block-push = 推播通知
availability-status = 狀態
availability-auto-status = 時段開始時設為線上，結束時設為離線

## NotificationsSection

notifications-title = 通知
notifications-lead = { -headset } 何時播放音效、多久顯示一次桌面通知，以及 { -chatwoot } 透過電子郵件和推播傳送哪些內容給您。
notifications-synced = 與您的帳號同步
notifications-this-computer = 這台電腦的音效
notifications-sound = 音效
notifications-alerts = 以下對話有新訊息時播放音效
notifications-alerts-none = 永不
notifications-alerts-assigned = 指派給我的對話
notifications-alerts-assigned-unassigned = 指派給我或未指派的對話
notifications-alerts-all = 所有對話
notifications-alerts-custom = 自訂（{ $value }）
notifications-tone = 鈴聲
notifications-tone-ding = 叮
notifications-tone-bell = 鈴鐺
notifications-tone-chime = 鐘聲
notifications-tone-magic = 魔法
notifications-tone-ping = 乒
notifications-volume = 音量
notifications-volume-hint = 僅限這台電腦
notifications-test-sound = 試聽
notifications-repeat = 指派的對話未讀時，每 { $seconds } 秒重複一次
notifications-custom-sound = 自訂提示音
notifications-custom-sound-none = 在這台電腦上播放您自己的聲音，取代鈴聲。
notifications-custom-sound-plays = 在這台電腦上播放 { $name }，取代鈴聲。
notifications-custom-sound-hint = WAV、MP3、Ogg 或 FLAC，最多 { $megabytes } MB。
notifications-custom-sound-choose = 選擇聲音…
notifications-custom-sound-replace = 選擇其他聲音…
notifications-custom-sound-test = 試聽
    .aria-label = 試聽自訂提示音
notifications-custom-sound-remove = 移除
    .aria-label = 移除自訂提示音
notifications-custom-sound-error-type = 請選擇 WAV、MP3、Ogg 或 FLAC 檔案。
notifications-custom-sound-error-size = 這個聲音超過 { $megabytes } MB，請選擇較小的檔案。
notifications-custom-sound-error-read = 無法讀取這個檔案。
notifications-dashboard-on = 網頁主控台也會播放聲音（針對{ $conversations }）。
notifications-dashboard-assigned = 指派給您的對話
notifications-dashboard-unassigned = 未指派的對話
notifications-dashboard-notme = 指派給他人的對話
notifications-dashboard-all = 所有對話
notifications-dashboard-silence = 將主控台靜音
notifications-dashboard-off = 網頁主控台已靜音，只有 { -headset } 會響鈴。
notifications-desktop = 桌面通知
notifications-show = 顯示方式
notifications-instant = 立即
notifications-digest-minutes = 每 { $minutes } 分鐘彙整一次
notifications-digest-hour = 每小時彙整一次
notifications-email-push = 電子郵件和推播通知
notifications-notify-when = 在以下情況通知我
notifications-channel-email = 電子郵件
notifications-channel-push = 推播
notifications-flag =
    .aria-label = { $channel }：{ $event }
notifications-kind-conversation-creation = 建立了新對話
notifications-kind-conversation-assignment = 有對話指派給您
notifications-kind-assigned-conversation-new-message = 指派給您的對話有新訊息
notifications-kind-conversation-mention = 有人在對話中提及您
notifications-kind-participating-conversation-new-message = 您參與的對話有新訊息
notifications-kind-sla-missed-first-response = 未達 SLA：首次回覆
notifications-kind-sla-missed-next-response = 未達 SLA：下次回覆
notifications-kind-sla-missed-resolution = 未達 SLA：解決

## ChannelsSection

channels-title = 管道
channels-lead = 接待這些管道的對話，並可限制同時接待的數量。
channels-empty = 還沒有管道。請在網頁主控台建立收件匣。
channels-take = 接待對話
channels-at-most = 最多
channels-capacity-hint = 最多：同時處理的未結對話數，{ $min } 到 { $max }；{ $min } = 不限。
channels-capacity-error = 請輸入 { $min } 到 { $max } 之間的整數。

## SegmentsSection

segments-title = 區隔
segments-lead = 選擇您要查看的聯絡人區隔和公司區隔。不選則顯示全部。
segments-contact = 聯絡人區隔
segments-company = 公司區隔
segments-contact-empty = 還沒有聯絡人區隔。請在網頁主控台建立。
segments-company-empty = 還沒有公司區隔。請在網頁主控台建立。
segments-showing-all = 顯示全部
segments-showing = 顯示 { $count } / { $total }
segments-contact-gone = 您選擇的聯絡人區隔中有 { $count } 個已不存在，儲存時會一併移除。
segments-company-gone = 您選擇的公司區隔中有 { $count } 個已不存在，儲存時會一併移除。

## TeamSection

team-title = 團隊
team-lead = { $account } 的客服人員及各自的權限。
team-empty = 還沒有客服人員。
team-name = 名稱
team-email = 電子郵件
team-status = 狀態
team-role = 角色
team-you = 您
team-role-select =
    .aria-label = { $name } 的角色
    .title = 您無法變更自己的角色。請洽其他管理員。
team-roles-note = 只有管理員可以變更角色。
team-now-administrator = { $name } 現在是管理員。
team-now-agent = { $name } 現在是客服人員。

## AvatarEditor

avatar-drop =
    .aria-label = 大頭貼：將圖片拖放到這裡
avatar-change = 更換圖片…
avatar-add = 新增圖片…
avatar-remove = 移除圖片
avatar-hint = 支援 JPEG、PNG 或 WebP。拖放到這裡或選擇檔案。
avatar-crop =
    .aria-label = 裁切圖片
avatar-preview =
    .aria-label = 預覽。拖曳或使用方向鍵移動圖片。
avatar-zoom = 縮放
avatar-rotate-left = 向左旋轉
avatar-rotate-right = 向右旋轉
avatar-save = 儲存圖片
avatar-uploading = 上傳中…
    .aria-label = 上傳中
avatar-saved = 圖片已儲存。
avatar-error-type = 請選擇 JPEG、PNG 或 WebP 圖片。
avatar-error-size = 這張圖片超過 { $megabytes } MB，請選擇較小的圖片。
avatar-error-draw = 這個視窗無法繪製圖片。
avatar-error-make = 無法產生圖片。
avatar-error-open = 無法開啟這張圖片，檔案可能已損毀。

## SecuritySection

security-title = 安全性
security-lead = 您的密碼、登入時的第二道驗證、登入的裝置，以及 API 權杖。

## PasswordInput

password-input-show = 顯示
password-input-hide = 隱藏

## ChangePassword

password-title = 密碼
password-managed = 您的密碼由 { $provider } 管理。
password-provider-sso = 貴組織的單一登入
password-provider-unknown = 您的身分識別提供者
password-lead = 變更後，您的其他裝置會被登出。
password-policy-error = 無法載入密碼規則：{ $error }
password-current = 目前的密碼
    .show = 顯示目前的密碼
password-new = 新密碼
    .show = 顯示新密碼
password-confirm = 確認新密碼
    .show = 顯示確認密碼
password-strength = 強度
password-strength-none = 尚未輸入
password-strength-value = 強度：{ $level }
password-strength-weak = 弱
password-strength-fair = 中
password-strength-strong = 強
password-strength-very-strong = 非常強
password-rules =
    .aria-label = 密碼要求
password-rule-met = （已符合）
password-rule-unmet = （尚未符合）
password-rules-loading = 正在載入密碼規則…
password-rule-length-range = { $min } 到 { $max } 個字元
password-rule-length = { $min } 個字元
password-rule-common = 不是常見密碼，也不是您的名字或電子郵件
password-rule-uppercase = 一個大寫字母
password-rule-digit = 一個數字（0–9）
password-rule-special = 一個特殊字元，例如 ! ? # 或 -
password-mismatch = 與新密碼不一致。
password-changed = 密碼已變更。您的其他裝置已被登出。
password-changing = 變更中…
password-change = 變更密碼
password-error-current = 請輸入目前的密碼。

## TwoFactor

mfa-title = 雙重驗證
mfa-lead = 登入時，{ -headset } 也會要求輸入手機上驗證器應用程式的驗證碼。
mfa-unavailable = 這台伺服器不提供雙重驗證。
mfa-badge-on = 已開啟
mfa-on = 登入時您的帳號會要求輸入驗證碼。
mfa-badge-off = 已關閉
mfa-off = 您的帳號只受密碼保護。
mfa-scan = 用驗證器應用程式掃描這個 QR 碼。
mfa-qr =
    .aria-label = 用於設定驗證器應用程式的 QR 碼
mfa-cant-scan = 無法掃描？請改為輸入這組設定金鑰：
mfa-copy-key = 複製金鑰
mfa-key-copied = 已複製設定金鑰。
mfa-key-copy-failed = 無法複製：請選取金鑰後自行複製。
mfa-enter-code = 輸入應用程式顯示的 { $digits } 位數驗證碼
mfa-turn-on = 開啟
mfa-set-up = 設定
mfa-starting = 啟動中…
mfa-new-codes = 新的備用碼
mfa-new-codes-hint = 產生新的備用碼後，舊的備用碼就會失效。
mfa-app-code = 驗證器應用程式的驗證碼
mfa-making-codes = 正在產生…
mfa-make-codes = 產生新的備用碼
mfa-disable-title = 關閉雙重驗證
mfa-disable-hint = 您的帳號將只受密碼保護。
mfa-password = 密碼
    .show = 顯示密碼
mfa-app-or-backup-code = 驗證碼或備用碼
mfa-turning-off = 關閉中…
mfa-turn-off = 關閉
mfa-turn-off-ask = 關閉…
mfa-error-code = 請輸入驗證器應用程式顯示的驗證碼。
mfa-error-password = 請輸入密碼。
mfa-error-app-or-backup-code = 請輸入驗證器應用程式的驗證碼或備用碼。
mfa-now-on = 雙重驗證已開啟。
mfa-codes-made = 已產生新的備用碼，舊的備用碼已失效。
mfa-now-off = 雙重驗證已關閉。

## BackupCodes

backup-title = 儲存您的備用碼
backup-hint = 無法使用驗證器應用程式時，每組備用碼可登入一次。請妥善保管：它們不會再顯示。
backup-list =
    .aria-label = 備用碼
backup-download = 下載
backup-done = 我已儲存
backup-copied = 已複製備用碼。
backup-copy-failed = 無法複製：請選取備用碼後自行複製。
backup-saved-as = 已儲存為 { $file }。
backup-save-failed = 無法儲存檔案：請改為複製備用碼。
backup-file-title = { $email } 的 { -headset } 備用碼
backup-file-hint = 無法使用驗證器應用程式時，每組備用碼可登入一次。

## Sessions

sessions-title = 已登入的裝置
sessions-lead = 您的帳號目前登入的位置。如果有不認得的裝置，請將它登出。
sessions-loading = 正在載入裝置…
sessions-none = 沒有已登入的裝置。
sessions-unknown-app = 不明的應用程式
sessions-this-device = 這台裝置
sessions-last-active = 上次活動：{ $when }
sessions-last-active-unknown = 上次活動：不明
sessions-ask-one = 要登出這台裝置嗎？
sessions-sign-out = 登出
    .aria-label = 登出 { $app }
sessions-confirm = 是，登出
    .aria-label = 是，登出 { $app }
sessions-ask-others =
    { $count ->
        [1] 要登出另一台裝置嗎？
       *[other] 要登出其他 { $count } 台裝置嗎？
    }
sessions-confirm-others = 是，登出其他裝置
sessions-sign-out-others = 登出所有其他裝置
sessions-ended-others = 已登出所有其他裝置。
sessions-ended = 已登出 { $app }。
sessions-ended-device = 已登出該裝置。

## ApiToken

token-title = API 存取權杖
token-lead = 讓應用程式和指令碼透過 { -chatwoot } API 以您的身分操作，例如在另一台電腦上登入 { -headset }，或連接整合服務。請像保管密碼一樣保管它。
token-value = 您的存取權杖
token-value-new = 您的新存取權杖
token-hide = 隱藏
token-warning-title = 要重設權杖嗎？
token-warning = 使用目前權杖的應用程式和指令碼會立即停止運作。
token-password = 您的密碼
    .show = 顯示您的密碼
token-password-hint = 查看或重設權杖前，請先確認是您本人。
token-reveal = 顯示
token-resetting = 重設中…
token-reset-now = 立即重設
token-reset = 重設權杖…
token-error-reveal = 請輸入密碼以查看權杖。
token-error-reset = 請輸入密碼以重設權杖。
token-made = 已產生新權杖。請更新使用它的應用程式和指令碼。
token-copied = 已複製權杖。
token-copy-failed = 無法複製：請選取權杖後自行複製。

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = 連線
network-lead = { -headset } 從這台電腦連到自架伺服器的方式：除了作業系統的憑證授權單位之外還要信任的憑證授權單位（例如您公司自有的），以及要經過的 HTTP 代理伺服器。儲存後會立即重新連線。這些設定屬於這台電腦，而不屬於您的帳號。
network-ca-file = 額外的 CA 憑證（PEM 檔案路徑）
network-ca-file-hint = PEM 檔案，例如 { $example }。留空則只信任作業系統的憑證。
network-proxy = HTTP 代理伺服器
network-proxy-hint = 含連接埠的 http:// 位址，不含使用者名稱和密碼。留空則直接連線。
network-saved = 已儲存。{ -headset } 會透過這些設定連線。

## DiagnosticsSection

diagnostics-title = 診斷
diagnostics-lead = { -headset } 在這台電腦上是否正常運作，以及它為什麼通知或沒有通知您。

## Health

health-title = 運作狀態
health-lead = { -headset } 通知您所需的各項條件在這台電腦上的檢查結果。
health-check-server = 伺服器
health-check-realtime = 即時更新
health-check-keychain = 安全儲存空間（鑰匙圈）
health-check-notifications = 桌面通知
health-check-audio = 聲音輸出
health-check-do-not-disturb = 勿擾模式
health-ok = 正常
health-problem = 有問題
health-none = 代理程式未回報任何檢查項目。
health-all-ok = 一切正常。
health-problems = 發現 { $count } 個問題。
health-check-again = 再檢查一次

## Decisions

decisions-title = 為什麼我收到（或沒收到）通知？
decisions-lead = 每個最近的事件：{ -headset } 是否顯示了通知、是否播放了音效，以及原因。最新的在前。
decisions-only-held = 只顯示被擋下的
decisions-only-held-hint = 既沒有顯示通知也沒有播放音效的事件。
decisions-refresh = 重新整理
decisions-empty = 目前沒有事件。事件送達後會顯示在這裡。
decisions-empty-held = 沒有被擋下的事件。
decisions-time = 時間
decisions-event = 事件
decisions-conversation = 對話
decisions-notify = 通知
decisions-sound = 音效
decisions-yes = 是
decisions-no = 否
decisions-reason-alert = 您的設定允許
decisions-reason-own-message = 這是您自己傳送的
decisions-reason-not-selected = 不在您選擇接收提醒的對話範圍內
decisions-reason-not-incoming = 不是收到的訊息
decisions-reason-pending-conversation = 對話處於待處理狀態
decisions-reason-flag-off = 您關閉了此類事件的推播通知
decisions-reason-not-notifiable = 此類事件本身從不發出提醒
decisions-reason-offline = 您當時離線
decisions-reason-busy = 您當時忙碌
decisions-reason-snoozed = 提醒已暫停
decisions-reason-os-dnd = 您的電腦處於勿擾模式
decisions-reason-outside-hours = 不在您的上線時段內
decisions-reason-throttled = 剛剛已播放過另一個音效
decisions-reason-digest = 留待彙整時一併通知
decisions-reason-counted = 僅計入未讀
decisions-reason-already-alerted = 已提醒過一次（在您重新連線期間收到）

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] 沒有未讀通知
    [one] { $count } 則未讀通知
   *[other] { $count } 則未讀通知
}
tray-waiting = { $count ->
    [0] 沒有等待您的對話
    [one] { $count } 個對話正在等您
   *[other] { $count } 個對話正在等您
}
tray-signed-out = 已登出
snooze-30 = 靜音 30 分鐘
snooze-60 = 靜音 1 小時
snooze-hours = 靜音到我的工作時間開始
snooze-resume = 恢復提醒
open-dashboard = 開啟儀表板
open-settings = 設定…
quit = 結束 Headset
alert-away-title = 你離開期間
alert-digest-title = Headset 摘要
alert-summary = { $conversations ->
    [one] { $conversations } 個對話
   *[other] { $conversations } 個對話
}{ $mentions ->
    [0] {""}
    [one] ，{ $mentions } 次提及
   *[other] ，{ $mentions } 次提及
}
alert-assigned = 已指派給你：對話 #{ $id }
alert-mentioned = 你在對話 #{ $id } 中被提及
alert-new-conversation = 新對話 #{ $id }
alert-message = { $who } · 對話 #{ $id }
alert-missed = 對話 #{ $id } 需要處理
alert-missed-body = Headset 離線期間
alert-open = 開啟對話

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = 您的登入已失效，請重新登入。
error-unreachable = 無法連線到伺服器 { $url }：{ $reason }
error-server = 伺服器拒絕了要求（{ $status }）：{ $message }
error-protocol = 伺服器傳回了非預期的回應：{ $detail }
error-agent-unavailable = Headset 的背景代理程式未在執行。
error-version-mismatch = 這個 Headset 代理程式使用 IPC 版本 { $agent }，用戶端使用版本 { $client }。請重新啟動 Headset。
error-keychain = 無法使用作業系統的鑰匙圈：{ $detail }
error-not-signed-in = 尚未登入。
error-window-open = 設定視窗已經開啟。
error-conflict = 讀取個人資料後，伺服器上的資料已被變更。
error-too-long = 最多 { $max } 個字元。
error-too-long-count = 最多 { $max } 個字元（目前 { $count } 個）。
error-name-empty = 請輸入您的名字。
error-phone-format = 請以國際格式輸入電話號碼，例如 +48 600 700 800。
error-ca-file-unreadable = 無法讀取 { $path }：{ $detail }。
error-ca-file-not-pem = { $path } 不是 PEM 檔案：{ $detail }。
error-ca-file-empty = { $path } 中沒有憑證（應包含「-----BEGIN CERTIFICATE-----」）。
error-ca-file-unusable = { $path } 中的憑證無法使用：{ $detail }。
error-proxy-not-url = 請以 URL 格式輸入代理伺服器（例如 http://proxy.example.com:3128）。
error-proxy-scheme = 僅支援 http:// 代理伺服器，透過通道連線到 https 伺服器（例如 http://proxy.example.com:3128）。
error-proxy-host = 代理伺服器 URL 必須包含主機（例如 http://proxy.example.com:3128）。
error-proxy-password = 不支援需要密碼的代理伺服器：請不要填寫使用者名稱和密碼。
error-nothing-to-change = 沒有需要變更的內容。
error-unknown-language = 「{ $value }」不是 Headset 支援的語言。
error-unknown-sound-choice = 「{ $value }」不是可選的音效。
error-unknown-flag = 「{ $value }」不是通知設定項目。
error-timezone = 「{ $value }」不是 IANA 時區（例如 Europe/Warsaw）。
error-currency = 「{ $value }」不是 ISO 4217 貨幣代碼（例如 EUR）。
error-audio-alerts = 請選擇 none，或用 + 連接 assigned、notme 和 unassigned。
error-away-status = 請選擇離開時的狀態：忙碌或離線。
error-idle-minutes = 請選擇 1 到 480 分鐘。
error-inbox-id = 「{ $value }」不是收件匣 ID。
error-capacity = 請選擇 0 到 { $max } 之間的數量上限。
error-https-link = 「{ $value }」不是 https:// 位址。
error-time-of-day = 「{ $value }」不是 HH:MM 格式的時間。
error-time-of-day-end = 「{ $value }」不是 HH:MM 格式（或 24:00）的時間。
error-credentials = 登入資訊無效，請再試一次。
error-code-invalid = 驗證碼無效。
error-sign-in-expired = 登入已逾時，請重新登入。
error-server-empty = 請輸入您的 Chatwoot 伺服器位址。
error-server-not-url = 「{ $value }」不是網址（{ $detail }）。
error-server-scheme = 位址必須以 https:// 或 http:// 開頭。
error-wrong-password = 密碼不正確。
error-keychain-memory-only = { $detail }。在結束 Headset 之前您會保持登入；Headset 從不將登入資訊儲存在檔案中，因此下次啟動時會再次詢問。
error-avatar-type = 請使用 JPEG 或 PNG 圖片。
error-avatar-damaged = 圖片在傳輸過程中損毀，請再試一次。
error-avatar-size = 圖片大於 5 MB，請選擇較小的圖片。
error-billing-admins = 只有帳號管理員可以查看帳單與用量。
error-email-empty = 請輸入電子郵件地址。
error-password-empty = 請輸入密碼。
error-code-empty = 請輸入驗證碼。
error-token-empty = 請貼上個人資料設定中的存取權杖。
error-token-refused = 伺服器不接受這個存取權杖。
error-snooze-minutes = 靜音時間必須介於 1 分鐘到 24 小時之間。
error-snooze-no-hours = 請先設定上線時段：目前沒有可等待的下一個開始時間。
error-sound-none = 尚未選擇聲音檔案。
error-sound-name = 請為聲音命名，最多 100 個字元。
error-sound-damaged = 檔案在傳輸過程中損毀，請再試一次。
error-sound-size = 聲音檔案大於 1 MB。
error-sound-format = 這個檔案不是 Headset 可以播放的聲音（WAV、MP3、OGG 或 FLAC）。
error-sound-empty = 聲音檔案是空的。
error-sound-length = 聲音長度超過 10 秒。
error-not-a-member = 您不是該帳號的成員。
error-volume = 音量範圍為 0 到 100。
error-disk-full = 存放 Headset 資料的磁碟已滿，因此這項變更未儲存。請釋放一些空間後再試一次。

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = 可存取
diagnose-no-notification-daemon = 沒有通知常駐程式：{ $detail }
diagnose-system-notifications = 系統通知中心
diagnose-unnamed-device = 未命名的裝置
diagnose-no-audio-device = 沒有音訊輸出裝置
diagnose-signed-in = 已使用 { $email } 登入 { $server }
diagnose-signed-out = 已登出（上次的伺服器：{ $server }）
diagnose-now = 現在
diagnose-connected = { $reconnects ->
   *[other] 自 { $since } 起已連線，重新連線 { $reconnects } 次
}
diagnose-connecting = 連線中
diagnose-retrying = { $reason }；{ $seconds } 秒後重試
diagnose-not-connected = 未連線（已登出）
diagnose-dnd-off = 已關閉
diagnose-dnd-on = 已開啟：{ $why }
dnd-gnome-banners-off = GNOME：通知橫幅已關閉
dnd-dunst-paused = 通知常駐程式（dunst）已暫停
dnd-macos-focus = macOS 專注模式已開啟
dnd-windows-focus-assist = Windows 專注輔助已開啟
dnd-windows-busy = Windows 正在暫緩通知（全螢幕應用程式或簡報）

## headset-server's answers, in the language the request asks for
server-not-a-member = 您不是這個帳號的成員。
server-contact-name = 請輸入聯絡人名稱。
server-no-such-inbox = 這個帳號中沒有這個收件匣。
server-no-such-contact = 這個帳號中沒有這位聯絡人。
server-assignee-not-in-inbox = 該客服人員無法查看這個收件匣，因此無法指派給他。
server-message-empty = 訊息是空的。
server-role-admins-only = 只有管理員可以變更客服人員的角色。
server-filter-name = 請為篩選器命名。
server-filter-name-long = 名稱超過 100 個字元。
server-mfa-code-invalid = 驗證碼無效。請輸入驗證器應用程式目前顯示的驗證碼。
server-mfa-already-on = 雙重驗證已經開啟。
server-mfa-not-started = 請先開始設定雙重驗證。
server-mfa-not-on = 雙重驗證未開啟。
server-password-invalid = 密碼無效。
server-reset-sent = 如果有使用這個電子郵件的帳號，我們已寄出重設密碼的連結。
server-confirmation-mismatch = 確認密碼與密碼不一致。
server-reset-link-invalid = 這個重設連結無效或已過期，請重新申請。
server-password-reset-done = 您的密碼已變更，現在請用新密碼登入。
server-email-fixed = 無法在這裡變更電子郵件地址。請聯絡帳號的管理員進行變更。
server-password-managed = 這個帳號透過身分識別提供者登入，密碼由該提供者管理。
server-current-password-invalid = 目前的密碼無效。
server-session-current = 這是您目前正在使用的登入裝置，請直接登出。
server-sign-in-expired = 登入已逾時，請重新輸入電子郵件和密碼。
server-code-missing = 請輸入驗證器應用程式的驗證碼或備用碼。
server-code-invalid = 驗證碼無效。請檢查驗證器應用程式後再試一次。
server-avatar-size = 圖片大於 5 MB，請選擇較小的圖片。
server-avatar-type = 這個檔案不是 JPEG、PNG 或 WebP 圖片。
server-avatar-damaged = 無法讀取圖片：檔案已損毀或不完整。
server-avatar-empty = 圖片是空的。
server-sign-in-needed = 請先登入或註冊再繼續。
server-credentials = 登入資訊無效，請再試一次。
server-profile-changed = 個人資料在讀取後已被變更。請重新讀取，再重新套用變更。
server-not-found = 找不到資源。
server-internal = 伺服器內部錯誤。
server-disk-full = 伺服器磁碟已滿，因此無法儲存。請聯絡伺服器管理員釋放一些空間。
server-password-common = 這個密碼太常見了，請選擇較難猜到的密碼。
server-password-personal = 密碼不得包含您的名字或電子郵件地址。
server-password-uppercase = 請至少包含一個大寫字母。
server-password-digit = 請至少包含一個數字。
server-password-special = 請至少包含一個特殊字元。
server-avatar-pixels = 圖片像素過多（最多 { $max } 百萬像素），請選擇較小的圖片。
server-too-many = 嘗試次數過多，請在 { $seconds } 秒後再試一次。
server-not-member-of = 您不是帳號 { $account } 的成員。
server-password-min = 請至少使用 { $min } 個字元。
server-password-max = 最多使用 { $max } 個字元。
server-profile-shape = 請以 {"{"}"profile": {"{"}…{"}"}{"}"} 的格式傳送變更。
server-password-field-required = 要變更密碼，請填寫這個欄位。
server-ui-settings-object = ui_settings 必須是一個物件。
server-must-be-text = 此處必須是文字。
server-must-be-one-of = { $name } 必須是以下之一：{ $choices }。
server-must-be-object = { $name } 必須是一個物件。
