# Headset の設定: 日本語。

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = 再試行
common-cancel = キャンセル
common-copy = コピー
common-loading = 読み込み中…
common-saving = 保存中…
common-checking = 確認中…
common-signing-out = サインアウト中…
error-fallback = 問題が発生しました。もう一度お試しください。

## Availability statuses and roles

status-online = オンライン
status-busy = 取り込み中
status-offline = オフライン
role-agent = エージェント
role-administrator = 管理者

## App

app-connecting = { -headset } に接続しています…
app-title = { -headset } の設定

## SignIn

signin-title = { -headset } にサインイン
signin-lead-code = 認証アプリに表示される { $digits } 桁のコードを入力してください。
signin-lead-token = Web ダッシュボードのプロフィール設定にあるアクセストークンを貼り付けてください。
signin-lead-password = { -chatwoot } サーバーのアドレスとアカウントを使用します。
signin-server = サーバーアドレス
signin-email = メールアドレス
signin-password = パスワード
signin-backup-code = バックアップコード
signin-auth-code = 認証コード
signin-use-backup-code = バックアップコードを使う
signin-token = アクセストークン
signin-signing-in = サインイン中…
signin-verify = 確認
signin-submit = サインイン
signin-use-token = アクセストークンでサインインする
signin-use-password = メールアドレスとパスワードでサインインする
signin-forgot = パスワードをお忘れですか？
signin-reset-title = パスワードをリセット
signin-reset-lead = アカウントのメールアドレスを入力してください。新しいパスワードを設定するためのリンクがサーバーから送信されます。
signin-reset-submit = リセット用リンクを送信
signin-reset-sending = 送信中…
signin-reset-back = サインインに戻る
signin-reset-sent = { $email } のアカウントが存在する場合は、パスワードをリセットするためのリンクを送信しました。
signin-reset-error-email = アカウントのメールアドレスを入力してください。
signin-network = 接続設定
signin-network-lead = 会社独自の証明書を使うセルフホストのサーバーや、プロキシ経由で接続するサーバー向けの設定です。この設定はこのコンピューターのものです。

## ProfileSummary

summary-connected = 接続済み
summary-reconnecting = { $seconds } 秒後に再接続します（{ $reason }）
summary-connecting = 接続中…
summary-not-connected = 未接続
summary-live = リアルタイム更新
summary-unread = 未読の通知
summary-sign-out = サインアウト
menu-button =
    .aria-label = アカウントメニュー
menu-open-dashboard = ダッシュボードを開く
menu-billing = 請求と使用状況
menu-switch-account = アカウントを切り替え
summary-active-account = 使用中のアカウント：{ $account }
summary-switching-account = アカウントを切り替え中…

## GeneralSection

general-title = 一般
general-lead = このコンピューターでの { -headset } の動作です。

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = ログイン時に { -headset } を起動する
launch-banner-question = ログイン時に { -headset } を起動して、通知を受け取り続けますか？
launch-banner-yes = はい
launch-banner-not-now = 今はしない

## StatusSwitcher

status-legend = ステータス

## Settings

settings-nav =
    .aria-label = 設定
settings-tabs =
    .aria-label = 設定の項目
settings-app-name = { -headset }
settings-section-general = 一般
settings-section-profile = プロフィール
settings-section-social = ソーシャルリンク
settings-section-region = 言語と地域
settings-section-notifications = 通知
settings-section-availability = 対応可能時間
settings-section-segments = セグメント
settings-section-channels = チャネル
settings-section-team = チーム
settings-section-security = セキュリティ
settings-section-network = 接続
settings-section-diagnostics = 診断
settings-pending-edits = { $count } 件の変更が同期待ちです

## FormFooter

form-saving = 保存中…
form-pending = サーバーを待っています…
form-saved = プロフィールを更新しました
form-not-saved-field = 保存されていません。強調表示された項目を確認してください。
form-pending-detail = このコンピューターに保存しました。サーバーに接続できるようになると同期します。
form-pending-detail-retry = このコンピューターに保存しました。サーバーに接続できるようになると同期します（次の再試行まで { $seconds } 秒）。
form-save = 保存

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = プロフィール
profile-lead = チームや顧客にどう表示されるかを設定します。
profile-name = 氏名
profile-display-name = 表示名
profile-display-name-hint = 氏名の代わりに顧客に表示されます。
profile-email = メールアドレス
profile-email-hint = メールアドレスはここでは変更できません。アカウントの管理者に変更を依頼してください。
profile-job-title = 役職
    .placeholder = サポートリーダー
profile-about = 自己紹介
profile-phone = 電話番号
profile-phone-hint = 国際形式で入力します（例: { $example }）。
profile-signature = メッセージの署名
profile-signature-hint = 署名をオンにすると、送信する返信に追加されます。
profile-error-name = 名前を入力してください。

## ProfileFacts

profile-facts-title = アカウント
profile-facts-company = 会社
profile-facts-role = 役割
profile-facts-created = 登録日
profile-facts-last-sign-in = 最終サインイン
profile-facts-updated = プロフィール更新日

## Rules

rules-phone = 電話番号を国際形式で入力してください（例: { $example }）。
rules-https = 「{ $address }」は https:// のアドレスではありません
rules-length = { $max } 文字以内で入力してください（現在 { $count } 文字）。
rules-idle-minutes = 分数は { $min }～{ $max } の整数で入力してください。

## SocialSection

social-title = ソーシャルリンク
social-lead = プロフィールカードに表示されます。https:// から始まる完全なアドレスを使用してください。空欄にするとリンクは削除されます。
social-website = Web サイト

## RegionSection

region-title = 言語と地域
region-lead = { -headset } と { -chatwoot } の言語、時刻や金額の表示方法です。
region-language = 言語
region-account-default = アカウントの既定
region-language-hint = 「アカウントの既定」は管理者が選んだ言語に従います。
region-timezone = タイムゾーン
region-timezone-filter =
    .placeholder = タイムゾーンを絞り込む
    .aria-label = タイムゾーンを絞り込む
region-not-set = 未設定
region-timezone-count = { $count } 件のタイムゾーン
region-timezone-count-here = { $count } 件のタイムゾーン · このコンピューター: { $zone }
region-currency = 通貨

## AwayForm

away-title = 席を外すとき
away-lead = { -headset } は画面のロックを検知し、戻ったときにステータスを元に戻します。
away-on-lock = 画面がロックされている間はステータスを変更する
away-status = 離席中のステータス
away-status-busy = 取り込み中: サウンドなし、割り当てとメンションのみ
away-status-offline = オフライン: 新しい割り当てを受けない
away-idle = { $minutes } 分間操作がないときも変更する
away-idle-minutes =
    .aria-label = 無操作の時間（分）
away-idle-hint = 無操作: キーボードやマウスを使っていない状態です。{ $min }～{ $max } 分。

## Weekdays

day-mon = 月曜日
day-tue = 火曜日
day-wed = 水曜日
day-thu = 木曜日
day-fri = 金曜日
day-sat = 土曜日
day-sun = 日曜日

## Availability now line and checks

availability-now-any-time = いつでも対応可能
availability-now-no-hours = 時間が設定されていません: { -headset } は 1 週間ずっと通知を保留します
availability-now-until-time = 現在対応可能、{ $time } まで（{ $zone }）
availability-now-until-midnight = 現在対応可能、午前 0 時まで（{ $zone }）
availability-now-until-day = 現在対応可能、{ $day } { $time } まで（{ $zone }）
availability-now-until-next-week = 現在対応可能、来週の{ $day } { $time } まで（{ $zone }）
availability-now-round-the-clock = 現在対応可能、24 時間（{ $zone }）
availability-next-today = 次の対応可能時間: 今日 { $time }（{ $zone }）
availability-next-day = 次の対応可能時間: { $day } { $time }（{ $zone }）
availability-next-next-week = 次の対応可能時間: 来週の{ $day } { $time }（{ $zone }）
availability-error-start-empty = 開始時刻を入力してください。
availability-error-end-empty = 終了時刻を入力してください。
availability-error-start-24 = 24:00 は時間帯の終了にのみ使えます。
availability-error-start = 「{ $value }」は HH:MM 形式の時刻ではありません。
availability-error-end = 「{ $value }」は HH:MM 形式（または 24:00）の時刻ではありません。
availability-error-same = 開始と終了は別の時刻にしてください。
availability-error-overlap = { $day }: { $first } と { $second } が重なっています。

## AvailabilitySection

availability-title = 対応可能時間
availability-lead = 会話を受け付ける時間と、その時間外に { -headset } が保留する内容です。
availability-use-hours = 対応可能時間を使う
availability-off-hint = { -headset } はいつでも通知します。
availability-weekly = 週間スケジュール
availability-zone-hint = 時刻は { $zone } です。終了が開始と同じか前の時間帯は、午前 0 時をまたぎます。
availability-zone-hint-local = 時刻は { $zone } です（このコンピューターのタイムゾーン。「言語と地域」でご自分のものを選べます）。終了が開始と同じか前の時間帯は、午前 0 時をまたぎます。
availability-unavailable = 対応不可
availability-interval-start =
    .aria-label = { $day }、時間帯 { $number }、開始
availability-interval-end =
    .aria-label = { $day }、時間帯 { $number }、終了
availability-remove = 削除
    .aria-label = { $day }の時間帯 { $number } を削除
availability-ends-next-day = 翌日に終了
availability-until-midnight = 午前 0 時まで
availability-add = 時間帯を追加
    .aria-label = { $day }に時間帯を追加
availability-copy = すべての曜日にコピー
    .aria-label = { $day }の時間をすべての曜日にコピー
availability-hold-back = 時間外に保留するもの
availability-block-desktop = デスクトップ通知
availability-block-sound = サウンド
availability-block-email = メール通知
availability-block-push = プッシュ通知
availability-status = ステータス
availability-auto-status = 対応時間の開始時にオンライン、終了時にオフラインにする

## NotificationsSection

notifications-title = 通知
notifications-lead = { -headset } がサウンドを鳴らすタイミング、デスクトップ通知の頻度、{ -chatwoot } からのメールとプッシュ通知の内容です。
notifications-synced = アカウントと同期
notifications-this-computer = このコンピューターのサウンド
notifications-sound = サウンド
notifications-alerts = 新着メッセージでサウンドを鳴らす対象
notifications-alerts-none = 鳴らさない
notifications-alerts-assigned = 自分に割り当てられた会話
notifications-alerts-assigned-unassigned = 自分に割り当てられた会話と未割り当ての会話
notifications-alerts-all = すべての会話
notifications-alerts-custom = カスタム（{ $value }）
notifications-tone = 音色
notifications-tone-ding = ディン
notifications-tone-bell = ベル
notifications-tone-chime = チャイム
notifications-tone-magic = マジック
notifications-tone-ping = ピン
notifications-volume = 音量
notifications-volume-hint = このコンピューターのみ
notifications-test-sound = サウンドをテスト
notifications-repeat = 割り当てられた会話が未読の間、{ $seconds } 秒ごとに繰り返す
notifications-custom-sound = カスタムサウンド
notifications-custom-sound-none = このコンピューターでは、音色の代わりに自分のサウンドを鳴らせます。
notifications-custom-sound-plays = このコンピューターでは、音色の代わりに { $name } を再生します。
notifications-custom-sound-hint = WAV、MP3、Ogg、FLAC（{ $megabytes } MB まで）。
notifications-custom-sound-choose = サウンドを選択…
notifications-custom-sound-replace = 別のサウンドを選択…
notifications-custom-sound-test = テスト
    .aria-label = カスタムサウンドをテスト
notifications-custom-sound-remove = 削除
    .aria-label = カスタムサウンドを削除
notifications-custom-sound-error-type = WAV、MP3、Ogg、FLAC のいずれかのファイルを選んでください。
notifications-custom-sound-error-size = このサウンドは { $megabytes } MB を超えています。小さいファイルを選んでください。
notifications-custom-sound-error-read = このファイルを読み込めませんでした。
notifications-dashboard-on = Web ダッシュボードでもサウンドが鳴ります（対象: { $conversations }）。
notifications-dashboard-assigned = 自分に割り当てられた会話
notifications-dashboard-unassigned = 未割り当ての会話
notifications-dashboard-notme = 他の人に割り当てられた会話
notifications-dashboard-all = すべての会話
notifications-dashboard-silence = ダッシュボードをミュート
notifications-dashboard-off = Web ダッシュボードは鳴りません。鳴るのは { -headset } だけです。
notifications-desktop = デスクトップ通知
notifications-show = 表示のタイミング
notifications-instant = すぐに
notifications-digest-minutes = { $minutes } 分ごとにまとめて
notifications-digest-hour = 1 時間ごとにまとめて
notifications-email-push = メールとプッシュ通知
notifications-notify-when = 通知するタイミング
notifications-channel-email = メール
notifications-channel-push = プッシュ
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = 新しい会話が作成されたとき
notifications-kind-conversation-assignment = 会話が自分に割り当てられたとき
notifications-kind-assigned-conversation-new-message = 自分に割り当てられた会話に新しいメッセージが届いたとき
notifications-kind-conversation-mention = 会話でメンションされたとき
notifications-kind-participating-conversation-new-message = 参加している会話に新しいメッセージが届いたとき
notifications-kind-sla-missed-first-response = SLA 未達: 初回応答
notifications-kind-sla-missed-next-response = SLA 未達: 次回応答
notifications-kind-sla-missed-resolution = SLA 未達: 解決

## ChannelsSection

channels-title = チャネル
channels-lead = これらのチャネルから会話を受け付けます。同時に受け付ける数の上限も設定できます。
channels-empty = チャネルはまだありません。Web ダッシュボードで受信箱を作成してください。
channels-take = 会話を受け付ける
channels-at-most = 上限
channels-capacity-hint = 上限: 同時に対応する未解決の会話の数（{ $min }～{ $max }）。{ $min } = 上限なし。
channels-capacity-error = { $min }～{ $max } の整数を入力してください。

## SegmentsSection

segments-title = セグメント
segments-lead = 表示したいコンタクトと企業のセグメントを選びます。何も選ばなければすべて表示されます。
segments-contact = コンタクトのセグメント
segments-company = 企業のセグメント
segments-contact-empty = コンタクトのセグメントはまだありません。Web ダッシュボードで作成してください。
segments-company-empty = 企業のセグメントはまだありません。Web ダッシュボードで作成してください。
segments-showing-all = すべて表示中
segments-showing = { $total } 件中 { $count } 件を表示中
segments-contact-gone = 選択したコンタクトのセグメントのうち { $count } 件は存在しなくなりました。保存時に外されます。
segments-company-gone = 選択した企業のセグメントのうち { $count } 件は存在しなくなりました。保存時に外されます。

## TeamSection

team-title = チーム
team-lead = { $account } のエージェントと、それぞれの権限です。
team-empty = エージェントはまだいません。
team-name = 名前
team-email = メールアドレス
team-status = ステータス
team-role = 役割
team-you = あなた
team-role-select =
    .aria-label = { $name } の役割
    .title = 自分の役割は変更できません。別の管理者に依頼してください。
team-roles-note = 役割を変更できるのは管理者だけです。
team-now-administrator = { $name } は管理者になりました。
team-now-agent = { $name } はエージェントになりました。

## AvatarEditor

avatar-drop =
    .aria-label = プロフィール画像: ここに画像をドロップ
avatar-change = 画像を変更…
avatar-add = 画像を追加…
avatar-remove = 画像を削除
avatar-hint = JPEG、PNG、WebP に対応。ここにドロップするか、ファイルを選んでください。
avatar-crop =
    .aria-label = 画像を切り抜く
avatar-preview =
    .aria-label = プレビュー。ドラッグするか矢印キーで画像を動かせます。
avatar-zoom = ズーム
avatar-rotate-left = 左に回転
avatar-rotate-right = 右に回転
avatar-save = 画像を保存
avatar-uploading = アップロード中…
    .aria-label = アップロード中
avatar-saved = 画像を保存しました。
avatar-error-type = JPEG、PNG、WebP のいずれかの画像を選んでください。
avatar-error-size = この画像は { $megabytes } MB を超えています。小さい画像を選んでください。
avatar-error-draw = このウィンドウでは画像を描画できません。
avatar-error-make = 画像を作成できませんでした。
avatar-error-open = この画像を開けませんでした。ファイルが壊れている可能性があります。

## SecuritySection

security-title = セキュリティ
security-lead = パスワード、サインイン時の 2 段階目、サインイン中の場所、API トークンです。

## PasswordInput

password-input-show = 表示
password-input-hide = 非表示

## ChangePassword

password-title = パスワード
password-managed = パスワードは { $provider } で管理されています。
password-provider-sso = 組織のシングルサインオン
password-provider-unknown = ご利用の ID プロバイダー
password-lead = 変更すると、ほかのデバイスからサインアウトされます。
password-policy-error = パスワードのルールを読み込めませんでした: { $error }
password-current = 現在のパスワード
    .show = 現在のパスワードを表示
password-new = 新しいパスワード
    .show = 新しいパスワードを表示
password-confirm = 新しいパスワード（確認）
    .show = 確認用のパスワードを表示
password-strength = 強度
password-strength-none = まだ入力されていません
password-strength-value = 強度: { $level }
password-strength-weak = 弱い
password-strength-fair = 普通
password-strength-strong = 強い
password-strength-very-strong = とても強い
password-rules =
    .aria-label = パスワードの条件
password-rule-met = （達成）
password-rule-unmet = （未達成）
password-rules-loading = パスワードのルールを読み込み中…
password-rule-length-range = { $min }～{ $max } 文字
password-rule-length = { $min } 文字
password-rule-common = よく使われるパスワード、名前、メールアドレスではない
password-rule-uppercase = 大文字を含む
password-rule-digit = 数字（0～9）を含む
password-rule-special = 記号（! ? # - など）を含む
password-mismatch = 新しいパスワードと一致しません。
password-changed = パスワードを変更しました。ほかのデバイスからはサインアウトされました。
password-changing = 変更中…
password-change = パスワードを変更
password-error-current = 現在のパスワードを入力してください。

## TwoFactor

mfa-title = 2 要素認証
mfa-lead = サインイン時に、{ -headset } はスマートフォンの認証アプリのコードも求めます。
mfa-unavailable = このサーバーは 2 要素認証に対応していません。
mfa-badge-on = オン
mfa-on = サインイン時にコードが求められます。
mfa-badge-off = オフ
mfa-off = アカウントはパスワードだけで保護されています。
mfa-scan = 認証アプリでこの QR コードをスキャンしてください。
mfa-qr =
    .aria-label = 認証アプリ設定用の QR コード
mfa-cant-scan = スキャンできない場合は、このセットアップキーを入力してください:
mfa-copy-key = キーをコピー
mfa-key-copied = セットアップキーをコピーしました。
mfa-key-copy-failed = コピーできませんでした。キーを選択して手動でコピーしてください。
mfa-enter-code = アプリに表示される { $digits } 桁のコードを入力
mfa-turn-on = オンにする
mfa-set-up = 設定する
mfa-starting = 開始中…
mfa-new-codes = 新しいバックアップコード
mfa-new-codes-hint = 新しいコードを作成すると、古いバックアップコードは使えなくなります。
mfa-app-code = 認証アプリのコード
mfa-making-codes = コードを作成中…
mfa-make-codes = 新しいコードを作成
mfa-disable-title = 2 要素認証をオフにする
mfa-disable-hint = アカウントはパスワードだけで保護されるようになります。
mfa-password = パスワード
    .show = パスワードを表示
mfa-app-or-backup-code = 認証アプリのコードまたはバックアップコード
mfa-turning-off = オフにしています…
mfa-turn-off = オフにする
mfa-turn-off-ask = オフにする…
mfa-error-code = 認証アプリに表示されるコードを入力してください。
mfa-error-password = パスワードを入力してください。
mfa-error-app-or-backup-code = 認証アプリのコードかバックアップコードを入力してください。
mfa-now-on = 2 要素認証をオンにしました。
mfa-codes-made = 新しいバックアップコードを作成しました。古いコードは使えません。
mfa-now-off = 2 要素認証をオフにしました。

## BackupCodes

backup-title = バックアップコードを保存してください
backup-hint = 認証アプリを使えないとき、各コードで 1 回サインインできます。安全な場所に保管してください。再表示はされません。
backup-list =
    .aria-label = バックアップコード
backup-download = ダウンロード
backup-done = 保存しました
backup-copied = バックアップコードをコピーしました。
backup-copy-failed = コピーできませんでした。コードを選択して手動でコピーしてください。
backup-saved-as = { $file } として保存しました。
backup-save-failed = ファイルを保存できませんでした。代わりにコードをコピーしてください。
backup-file-title = { $email } の { -headset } バックアップコード
backup-file-hint = 認証アプリを使えないとき、各コードで 1 回サインインできます。

## Sessions

sessions-title = サインイン中のデバイス
sessions-lead = 現在アカウントにサインインしている場所です。心当たりのないデバイスはサインアウトしてください。
sessions-loading = デバイスを読み込み中…
sessions-none = サインイン中のデバイスはありません。
sessions-unknown-app = 不明なアプリ
sessions-this-device = このデバイス
sessions-last-active = 最終アクティブ: { $when }
sessions-last-active-unknown = 最終アクティブ: 不明
sessions-ask-one = このデバイスをサインアウトしますか？
sessions-sign-out = サインアウト
    .aria-label = { $app } をサインアウト
sessions-confirm = はい、サインアウト
    .aria-label = はい、{ $app } をサインアウト
sessions-ask-others =
    { $count ->
        [1] もう 1 台のデバイスをサインアウトしますか？
       *[other] ほかの { $count } 台のデバイスをすべてサインアウトしますか？
    }
sessions-confirm-others = はい、ほかをサインアウト
sessions-sign-out-others = ほかのデバイスをすべてサインアウト
sessions-ended-others = ほかのすべてのデバイスをサインアウトしました。
sessions-ended = { $app } をサインアウトしました。
sessions-ended-device = デバイスをサインアウトしました。

## ApiToken

token-title = API アクセストークン
token-lead = アプリやスクリプトが { -chatwoot } API を通じてあなたとして操作できるようにします。たとえば別のコンピューターで { -headset } にサインインしたり、連携を接続したりするときに使います。パスワードと同じように扱ってください。
token-value = アクセストークン
token-value-new = 新しいアクセストークン
token-hide = 非表示
token-warning-title = トークンをリセットしますか？
token-warning = 現在のトークンを使っているアプリやスクリプトはすぐに動作しなくなります。
token-password = パスワード
    .show = パスワードを表示
token-password-hint = トークンを表示またはリセットするには、本人確認をしてください。
token-reveal = 表示
token-resetting = リセット中…
token-reset-now = 今すぐリセット
token-reset = トークンをリセット…
token-error-reveal = トークンを表示するにはパスワードを入力してください。
token-error-reset = トークンをリセットするにはパスワードを入力してください。
token-made = 新しいトークンを作成しました。これを使うアプリやスクリプトを更新してください。
token-copied = トークンをコピーしました。
token-copy-failed = コピーできませんでした。トークンを選択して手動でコピーしてください。

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = 接続
network-lead = このコンピューターから { -headset } がセルフホストのサーバーに接続する方法です。OS の証明書に加えて信頼する認証局（会社独自のものなど）と、経由する HTTP プロキシを設定します。保存するとすぐに再接続します。この設定はアカウントではなく、このコンピューターのものです。
network-ca-file = 追加の CA 証明書（PEM ファイルのパス）
network-ca-file-hint = PEM ファイル（例: { $example }）。空欄にすると OS の証明書だけを信頼します。
network-proxy = HTTP プロキシ
network-proxy-hint = ポート番号付きの http:// アドレス（ユーザー名とパスワードは含めません）。空欄にすると直接接続します。
network-saved = 保存しました。{ -headset } はこの設定で接続します。

## DiagnosticsSection

diagnostics-title = 診断
diagnostics-lead = このコンピューターで { -headset } が正しく動作しているか、通知した理由・しなかった理由を確認できます。

## Health

health-title = 状態
health-lead = { -headset } が通知するために必要なものを、このコンピューターで確認した結果です。
health-check-server = サーバー
health-check-realtime = リアルタイム更新
health-check-keychain = 安全な保管場所（キーチェーン）
health-check-notifications = デスクトップ通知
health-check-audio = サウンド出力
health-check-do-not-disturb = おやすみモード
health-ok = 正常
health-problem = 問題あり
health-none = エージェントから確認結果が届きませんでした。
health-all-ok = すべて正常に動作しています。
health-problems = { $count } 件の問題が見つかりました。
health-check-again = もう一度確認

## Decisions

decisions-title = 通知が届いた（届かなかった）理由
decisions-lead = 最近のイベントごとに、{ -headset } が通知を表示したか、サウンドを鳴らしたか、その理由を新しい順に示します。
decisions-only-held = 保留されたものだけ
decisions-only-held-hint = 通知もサウンドもなかったイベントです。
decisions-refresh = 更新
decisions-empty = まだイベントはありません。届き次第ここに表示されます。
decisions-empty-held = 保留されたものはありません。
decisions-time = 日時
decisions-event = イベント
decisions-conversation = 会話
decisions-notify = 通知
decisions-sound = サウンド
decisions-yes = はい
decisions-no = いいえ
decisions-reason-alert = 設定で許可されています
decisions-reason-own-message = 自分で送信したメッセージです
decisions-reason-not-selected = 通知を受けるよう選んだ会話に含まれていません
decisions-reason-not-incoming = 受信メッセージではありません
decisions-reason-pending-conversation = 会話が保留中です
decisions-reason-flag-off = この種類のイベントのプッシュ通知をオフにしています
decisions-reason-not-notifiable = この種類のイベントは単独では通知されません
decisions-reason-offline = オフラインでした
decisions-reason-busy = 取り込み中でした
decisions-reason-snoozed = 通知を一時停止していました
decisions-reason-os-dnd = コンピューターがおやすみモードでした
decisions-reason-outside-hours = 対応可能時間外でした
decisions-reason-throttled = 直前に別のサウンドが鳴りました
decisions-reason-digest = まとめて通知するため保留しました
decisions-reason-counted = 未読として数えただけです
decisions-reason-already-alerted = すでに一度通知しました（再接続中に届きました）

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] 未読の通知はありません
    [one] 未読の通知 { $count } 件
   *[other] 未読の通知 { $count } 件
}
tray-waiting = { $count ->
    [0] 待っている会話はありません
    [one] { $count } 件の会話が待っています
   *[other] { $count } 件の会話が待っています
}
tray-signed-out = サインアウトしました
snooze-30 = 30 分間ミュート
snooze-60 = 1 時間ミュート
snooze-hours = 勤務時間が始まるまでミュート
snooze-resume = 通知を再開
open-dashboard = ダッシュボードを開く
open-settings = 設定…
quit = Headset を終了
alert-away-title = 不在の間に
alert-digest-title = Headset のまとめ
alert-summary = { $conversations ->
    [one] 会話 { $conversations } 件
   *[other] 会話 { $conversations } 件
}{ $mentions ->
    [0] {""}
    [one] 、メンション { $mentions } 件
   *[other] 、メンション { $mentions } 件
}
alert-assigned = あなたに割り当てられました: 会話 #{ $id }
alert-mentioned = 会話 #{ $id } でメンションされました
alert-new-conversation = 新しい会話 #{ $id }
alert-message = { $who } · 会話 #{ $id }
alert-missed = 会話 #{ $id } に対応が必要です
alert-missed-body = Headset がオフラインの間に
alert-open = 会話を開く

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = セッションが終了しました。もう一度サインインしてください。
error-unreachable = サーバー { $url } に接続できません: { $reason }
error-server = サーバーがリクエストを拒否しました（{ $status }）: { $message }
error-protocol = サーバーから予期しない応答がありました: { $detail }
error-agent-unavailable = Headset のバックグラウンドエージェントが実行されていません。
error-version-mismatch = この Headset エージェントの IPC バージョンは { $agent }、クライアントは { $client } です。Headset を再起動してください。
error-keychain = OS のキーチェーンを利用できません: { $detail }
error-not-signed-in = サインインしていません。
error-window-open = 設定ウィンドウはすでに開いています。
error-conflict = 読み込んだ後に、サーバー上のプロフィールが変更されました。
error-too-long = { $max } 文字以内で入力してください。
error-too-long-count = { $max } 文字以内で入力してください（現在 { $count } 文字）。
error-name-empty = 名前を入力してください。
error-phone-format = 電話番号を国際形式で入力してください（例: +48 600 700 800）。
error-ca-file-unreadable = { $path } を読み込めません: { $detail }。
error-ca-file-not-pem = { $path } は PEM ファイルではありません: { $detail }。
error-ca-file-empty = { $path } に証明書が含まれていません（「-----BEGIN CERTIFICATE-----」が必要です）。
error-ca-file-unusable = { $path } の証明書は使用できません: { $detail }。
error-proxy-not-url = プロキシは URL で入力してください（例: http://proxy.example.com:3128）。
error-proxy-scheme = 使用できるのは http:// のプロキシだけです。https のサーバーへはプロキシ経由のトンネルで接続します（例: http://proxy.example.com:3128）。
error-proxy-host = プロキシの URL にはホスト名が必要です（例: http://proxy.example.com:3128）。
error-proxy-password = パスワードを要求するプロキシには対応していません。ユーザー名とパスワードは含めないでください。
error-nothing-to-change = 変更する項目はありません。
error-unknown-language = 「{ $value }」は Headset の対応言語ではありません。
error-unknown-sound-choice = 「{ $value }」は選択できるサウンドではありません。
error-unknown-flag = 「{ $value }」は通知の設定項目ではありません。
error-timezone = 「{ $value }」は IANA のタイムゾーンではありません（例: Europe/Warsaw）。
error-currency = 「{ $value }」は ISO 4217 の通貨コードではありません（例: EUR）。
error-audio-alerts = none を指定するか、assigned、notme、unassigned を + でつないで指定してください。
error-away-status = 離席中のステータスとして、取り込み中またはオフラインを選んでください。
error-idle-minutes = 1～480 分の範囲で指定してください。
error-inbox-id = 「{ $value }」は受信箱の ID ではありません。
error-capacity = 上限は 0～{ $max } の範囲で指定してください。
error-https-link = 「{ $value }」は https:// のアドレスではありません。
error-time-of-day = 「{ $value }」は HH:MM 形式の時刻ではありません。
error-time-of-day-end = 「{ $value }」は HH:MM 形式（または 24:00）の時刻ではありません。
error-credentials = 認証情報が正しくありません。もう一度お試しください。
error-code-invalid = コードが正しくありません。
error-sign-in-expired = サインインの有効期限が切れました。もう一度サインインしてください。
error-server-empty = Chatwoot サーバーのアドレスを入力してください。
error-server-not-url = 「{ $value }」は Web アドレスではありません（{ $detail }）。
error-server-scheme = アドレスは https:// または http:// で始めてください。
error-wrong-password = パスワードが違います。
error-keychain-memory-only = { $detail }。Headset を終了するまではサインインしたままです。認証情報はファイルに保存しないため、次回の起動時にもう一度入力を求めます。
error-avatar-type = JPEG または PNG の画像を使用してください。
error-avatar-damaged = 画像が破損した状態で届きました。もう一度お試しください。
error-avatar-size = 画像が 5 MB を超えています。小さい画像を選んでください。
error-billing-admins = 請求と使用状況は、アカウントの管理者だけが利用できます。
error-email-empty = メールアドレスを入力してください。
error-password-empty = パスワードを入力してください。
error-code-empty = コードを入力してください。
error-token-empty = プロフィール設定にあるアクセストークンを貼り付けてください。
error-token-refused = サーバーがこのアクセストークンを受け付けません。
error-snooze-minutes = ミュートは 1 分～24 時間の範囲で指定してください。
error-snooze-no-hours = 先に対応可能時間を設定してください。次の開始時刻がないため、待つことができません。
error-sound-none = サウンドファイルが選択されていません。
error-sound-name = サウンドの名前は 100 文字以内で入力してください。
error-sound-damaged = ファイルが破損した状態で届きました。もう一度お試しください。
error-sound-size = サウンドファイルが 1 MB を超えています。
error-sound-format = Headset で再生できるサウンドファイルではありません（WAV、MP3、OGG または FLAC）。
error-sound-empty = サウンドファイルが空です。
error-sound-length = サウンドが 10 秒を超えています。
error-not-a-member = あなたはそのアカウントのメンバーではありません。
error-volume = 音量は 0～100 の範囲で指定してください。
error-disk-full = Headset のデータを保存するディスクがいっぱいのため、この変更は保存されませんでした。空き容量を増やしてからもう一度お試しください。

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = アクセス可能
diagnose-no-notification-daemon = 通知デーモンがありません: { $detail }
diagnose-system-notifications = システムの通知センター
diagnose-unnamed-device = 名前のないデバイス
diagnose-no-audio-device = 音声出力デバイスがありません
diagnose-signed-in = { $server } に { $email } としてサインイン中
diagnose-signed-out = サインアウト中（最後のサーバー: { $server }）
diagnose-now = 今
diagnose-connected = { $reconnects ->
   *[other] { $since } から接続中、再接続 { $reconnects } 回
}
diagnose-connecting = 接続中
diagnose-retrying = { $reason }。{ $seconds } 秒後に再試行します
diagnose-not-connected = 未接続（サインアウト中）
diagnose-dnd-off = オフ
diagnose-dnd-on = オン: { $why }
dnd-gnome-banners-off = GNOME: 通知バナーがオフです
dnd-dunst-paused = 通知デーモン（dunst）が一時停止中です
dnd-macos-focus = macOS の集中モードがオンです
dnd-windows-focus-assist = Windows の集中モードがオンです
dnd-windows-busy = Windows が通知を保留しています（全画面アプリまたはプレゼンテーション）

## headset-server's answers, in the language the request asks for
server-not-a-member = あなたはこのアカウントのメンバーではありません。
server-contact-name = コンタクトの名前を入力してください。
server-no-such-inbox = 指定した受信箱はこのアカウントにありません。
server-no-such-contact = 指定したコンタクトはこのアカウントにありません。
server-assignee-not-in-inbox = そのエージェントはこの受信箱を閲覧できないため、割り当てられません。
server-message-empty = メッセージが空です。
server-role-admins-only = エージェントの役割を変更できるのは管理者だけです。
server-filter-name = フィルターの名前を入力してください。
server-filter-name-long = 名前が 100 文字を超えています。
server-mfa-code-invalid = コードが正しくありません。認証アプリに表示されている現在のコードを入力してください。
server-mfa-already-on = 2 要素認証はすでにオンになっています。
server-mfa-not-started = 先に 2 要素認証の設定を開始してください。
server-mfa-not-on = 2 要素認証はオンになっていません。
server-password-invalid = パスワードが正しくありません。
server-reset-sent = このメールアドレスのアカウントが存在する場合は、パスワードをリセットするためのリンクを送信しました。
server-confirmation-mismatch = パスワード（確認）がパスワードと一致しません。
server-reset-link-invalid = このリセット用リンクは無効か、有効期限が切れています。新しいリンクをリクエストしてください。
server-password-reset-done = パスワードを変更しました。新しいパスワードでサインインしてください。
server-email-fixed = メールアドレスはここでは変更できません。アカウントの管理者に変更を依頼してください。
server-password-managed = このアカウントは ID プロバイダーでサインインします。パスワードはそちらで管理されています。
server-current-password-invalid = 現在のパスワードが正しくありません。
server-session-current = これは現在使用中のセッションです。代わりにサインアウトしてください。
server-sign-in-expired = サインインの有効期限が切れました。メールアドレスとパスワードをもう一度入力してください。
server-code-missing = 認証アプリのコードかバックアップコードを入力してください。
server-code-invalid = コードが正しくありません。認証アプリを確認して、もう一度お試しください。
server-avatar-size = 画像が 5 MB を超えています。小さい画像を選んでください。
server-avatar-type = このファイルは JPEG、PNG または WebP の画像ではありません。
server-avatar-damaged = 画像を読み込めませんでした。ファイルが破損しているか、不完全です。
server-avatar-empty = 画像が空です。
server-sign-in-needed = 続けるには、サインインまたは新規登録が必要です。
server-credentials = 認証情報が正しくありません。もう一度お試しください。
server-profile-changed = 読み込んだ後にプロフィールが変更されました。もう一度読み込んでから、変更をやり直してください。
server-not-found = リソースが見つかりませんでした。
server-internal = サーバー内部エラーが発生しました。
server-disk-full = サーバーのディスクがいっぱいのため、保存できませんでした。サーバーの管理者に空き容量を増やすよう依頼してください。
server-password-common = このパスワードはよく使われています。推測されにくいパスワードを選んでください。
server-password-personal = パスワードに名前やメールアドレスを含めないでください。
server-password-uppercase = 大文字を 1 文字以上含めてください。
server-password-digit = 数字を 1 文字以上含めてください。
server-password-special = 記号を 1 文字以上含めてください。
server-avatar-pixels = 画像の画素数が多すぎます（上限 { $max } メガピクセル）。小さい画像を選んでください。
server-too-many = 試行回数が多すぎます。{ $seconds } 秒後にもう一度お試しください。
server-not-member-of = あなたはアカウント { $account } のメンバーではありません。
server-password-min = { $min } 文字以上にしてください。
server-password-max = { $max } 文字以内にしてください。
server-profile-shape = 変更内容は {"{"}"profile": {"{"}…{"}"}{"}"} の形式で送信してください。
server-password-field-required = パスワードを変更するには、この欄を入力してください。
server-ui-settings-object = ui_settings はオブジェクトである必要があります。
server-must-be-text = ここにはテキストを入力してください。
server-must-be-one-of = { $name } は次のいずれかである必要があります: { $choices }。
server-must-be-object = { $name } はオブジェクトである必要があります。
