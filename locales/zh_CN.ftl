# Headset 设置：简体中文。

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = 重试
common-cancel = 取消
common-copy = 复制
common-loading = 正在加载…
common-saving = 正在保存…
common-checking = 正在检查…
common-signing-out = 正在退出…
error-fallback = 出了点问题，请重试。

## Availability statuses and roles

status-online = 在线
status-busy = 忙碌
status-offline = 离线
role-agent = 客服
role-administrator = 管理员

## App

app-connecting = 正在连接 { -headset }…
app-title = { -headset } 设置

## SignIn

signin-title = 登录 { -headset }
signin-lead-code = 请输入身份验证器应用中的 { $digits } 位验证码。
signin-lead-token = 请粘贴网页控制台个人资料设置中的访问令牌。
signin-lead-password = 使用您的 { -chatwoot } 服务器地址和账户。
signin-server = 服务器地址
signin-email = 邮箱
signin-password = 密码
signin-backup-code = 备用码
signin-auth-code = 验证码
signin-use-backup-code = 我要使用备用码
signin-token = 访问令牌
signin-signing-in = 正在登录…
signin-verify = 验证
signin-submit = 登录
signin-use-token = 改用访问令牌登录
signin-use-password = 改用邮箱和密码登录
signin-forgot = 忘记密码？
signin-reset-title = 重置密码
signin-reset-lead = 请输入账户的邮箱地址，服务器会向您发送用于设置新密码的链接。
signin-reset-submit = 发送重置链接
signin-reset-sending = 正在发送…
signin-reset-back = 返回登录
signin-reset-sent = 如果 { $email } 存在对应的账户，我们已发送重置密码的链接。
signin-reset-error-email = 请输入账户的邮箱地址。
signin-network = 连接设置
signin-network-lead = 适用于使用您公司自有证书，或需通过代理访问的自托管服务器。这些设置属于这台电脑。

## ProfileSummary

summary-connected = 已连接
summary-reconnecting = { $seconds } 秒后重新连接（{ $reason }）
summary-connecting = 正在连接…
summary-not-connected = 未连接
summary-live = 实时更新
summary-unread = 未读通知
summary-sign-out = 退出登录
menu-button =
    .aria-label = 账户菜单
menu-open-dashboard = 打开控制台
menu-billing = 账单与用量
menu-switch-account = 切换账户
summary-active-account = 当前账户：{ $account }
summary-switching-account = 正在切换账户…

## GeneralSection

general-title = 通用
general-lead = { -headset } 在这台电脑上的运行方式。

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = 登录电脑时启动 { -headset }
launch-banner-question = 登录电脑时启动 { -headset }，以便持续接收提醒？
launch-banner-yes = 是
launch-banner-not-now = 以后再说

## StatusSwitcher

status-legend = 状态

## Settings

settings-nav =
    .aria-label = 设置
settings-tabs =
    .aria-label = 设置分区
settings-app-name = { -headset }
settings-section-general = 通用
settings-section-profile = 个人资料
settings-section-social = 社交链接
settings-section-region = 语言和地区
settings-section-notifications = 通知
settings-section-availability = 在岗时间
settings-section-segments = 分组
settings-section-channels = 渠道
settings-section-team = 团队
settings-section-security = 安全
settings-section-network = 连接
settings-section-diagnostics = 诊断
settings-pending-edits = { $count } 项更改等待同步

## FormFooter

form-saving = 正在保存…
form-pending = 正在等待服务器…
form-saved = 您的个人资料已成功更新
form-not-saved-field = 未保存：请检查标出的字段。
form-pending-detail = 已保存在这台电脑上，服务器可用时会自动同步。
form-pending-detail-retry = 已保存在这台电脑上，服务器可用时会自动同步（{ $seconds } 秒后重试）。
form-save = 保存

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = 个人资料
profile-lead = 您在团队和客户面前的形象。
profile-name = 全名
profile-display-name = 显示名称
profile-display-name-hint = 向客户显示，代替您的全名。
profile-email = 邮箱
profile-email-hint = 无法在此更改邮箱地址。请联系账户管理员更改。
profile-job-title = 职位
    .placeholder = 客服主管
profile-about = 简介
profile-phone = 电话
profile-phone-hint = 国际格式，例如 { $example }。
profile-signature = 消息签名
profile-signature-hint = 开启签名后，会添加到您发送的回复中。
profile-error-name = 请输入您的名字。

## ProfileFacts

profile-facts-title = 账户
profile-facts-company = 公司
profile-facts-role = 角色
profile-facts-created = 加入时间
profile-facts-last-sign-in = 上次登录
profile-facts-updated = 资料更新时间

## Rules

rules-phone = 请按国际格式输入电话号码，例如 { $example }。
rules-https = “{ $address }”不是 https:// 地址
rules-length = 最多 { $max } 个字符（当前 { $count } 个）。
rules-idle-minutes = 请输入 { $min } 到 { $max } 之间的整数分钟数。

## SocialSection

social-title = 社交链接
social-lead = 显示在您的资料卡上。请使用完整的 https:// 地址；留空即可删除。
social-website = 网站

## RegionSection

region-title = 语言和地区
region-lead = { -headset } 和 { -chatwoot } 的语言，以及时间和金额的显示方式。
region-language = 语言
region-account-default = 账户默认
region-language-hint = “账户默认”会跟随管理员选择的语言。
region-timezone = 时区
region-timezone-filter =
    .placeholder = 筛选时区
    .aria-label = 筛选时区
region-not-set = 未设置
region-timezone-count = { $count } 个时区
region-timezone-count-here = { $count } 个时区 · 这台电脑：{ $zone }
region-currency = 货币

## AwayForm

away-title = 离开时
away-lead = { -headset } 会在屏幕锁定时察觉，并在您回来后恢复状态。
away-on-lock = 屏幕锁定时更改我的状态
away-status = 离开时的状态
away-status-busy = 忙碌：不播放提示音，只接收分配和提及
away-status-offline = 离线：不再给我分配新的会话
away-idle = 我闲置 { $minutes } 分钟时也更改
away-idle-minutes =
    .aria-label = 闲置分钟数
away-idle-hint = 闲置：未使用键盘或鼠标。{ $min } 到 { $max } 分钟。

## Weekdays

day-mon = 星期一
day-tue = 星期二
day-wed = 星期三
day-thu = 星期四
day-fri = 星期五
day-sat = 星期六
day-sun = 星期日

## Availability now line and checks

availability-now-any-time = 随时可用
availability-now-no-hours = 未设置时间：{ -headset } 整周暂缓提醒
availability-now-until-time = 现在可用，直到 { $time }（{ $zone }）
availability-now-until-midnight = 现在可用，直到午夜（{ $zone }）
availability-now-until-day = 现在可用，直到{ $day } { $time }（{ $zone }）
availability-now-until-next-week = 现在可用，直到下{ $day } { $time }（{ $zone }）
availability-now-round-the-clock = 现在可用，全天候（{ $zone }）
availability-next-today = 下次可用：今天 { $time }（{ $zone }）
availability-next-day = 下次可用：{ $day } { $time }（{ $zone }）
availability-next-next-week = 下次可用：下{ $day } { $time }（{ $zone }）
availability-error-start-empty = 请输入开始时间。
availability-error-end-empty = 请输入结束时间。
availability-error-start-24 = 24:00 只能作为时段的结束时间。
availability-error-start = “{ $value }”不是 HH:MM 格式的时间。
availability-error-end = “{ $value }”不是 HH:MM 格式（或 24:00）的时间。
availability-error-same = 开始时间和结束时间不能相同。
availability-error-overlap = { $day }：{ $first } 与 { $second } 重叠。

## AvailabilitySection

availability-title = 在岗时间
availability-lead = 您接待会话的时间，以及 { -headset } 在其他时间暂缓的内容。
availability-use-hours = 使用在岗时间
availability-off-hint = { -headset } 会随时提醒您。
availability-weekly = 每周时间
availability-zone-hint = 时间以 { $zone } 为准。结束时间早于或等于开始时间的时段会跨过午夜。
availability-zone-hint-local = 时间以 { $zone } 为准（这台电脑的时区；可在“语言和地区”中选择您的时区）。结束时间早于或等于开始时间的时段会跨过午夜。
availability-unavailable = 不可用
availability-interval-start =
    .aria-label = { $day }，时段 { $number }，开始
availability-interval-end =
    .aria-label = { $day }，时段 { $number }，结束
availability-remove = 删除
    .aria-label = 删除{ $day }的时段 { $number }
availability-ends-next-day = 次日结束
availability-until-midnight = 到午夜
availability-add = 添加时段
    .aria-label = 在{ $day }添加时段
availability-copy = 复制到每天
    .aria-label = 将{ $day }的时间复制到每天
availability-hold-back = 在这些时间之外，暂缓
availability-block-desktop = 桌面通知
availability-block-sound = 提示音
availability-block-email = 邮件通知
availability-block-push = 推送通知
availability-status = 状态
availability-auto-status = 在岗时间开始时设为在线，结束时设为离线

## NotificationsSection

notifications-title = 通知
notifications-lead = { -headset } 何时播放提示音、多久显示一次桌面通知，以及 { -chatwoot } 通过邮件和推送发给您什么。
notifications-synced = 与您的账户同步
notifications-this-computer = 这台电脑的提示音
notifications-sound = 提示音
notifications-alerts = 以下会话有新消息时播放提示音
notifications-alerts-none = 从不
notifications-alerts-assigned = 分配给我的会话
notifications-alerts-assigned-unassigned = 分配给我或未分配的会话
notifications-alerts-all = 所有会话
notifications-alerts-custom = 自定义（{ $value }）
notifications-tone = 铃声
notifications-tone-ding = 叮
notifications-tone-bell = 铃铛
notifications-tone-chime = 钟声
notifications-tone-magic = 魔法
notifications-tone-ping = 乒
notifications-volume = 音量
notifications-volume-hint = 仅限这台电脑
notifications-test-sound = 试听
notifications-repeat = 有未读的已分配会话时，每 { $seconds } 秒重复一次
notifications-custom-sound = 自定义提示音
notifications-custom-sound-none = 在这台电脑上播放您自己的声音，代替铃声。
notifications-custom-sound-plays = 在这台电脑上播放 { $name }，代替铃声。
notifications-custom-sound-hint = WAV、MP3、Ogg 或 FLAC，不超过 { $megabytes } MB。
notifications-custom-sound-choose = 选择声音…
notifications-custom-sound-replace = 选择其他声音…
notifications-custom-sound-test = 试听
    .aria-label = 试听自定义提示音
notifications-custom-sound-remove = 移除
    .aria-label = 移除自定义提示音
notifications-custom-sound-error-type = 请选择 WAV、MP3、Ogg 或 FLAC 文件。
notifications-custom-sound-error-size = 这个声音超过 { $megabytes } MB，请选择更小的文件。
notifications-custom-sound-error-read = 无法读取此文件。
notifications-dashboard-on = 网页控制台也会播放声音（针对{ $conversations }）。
notifications-dashboard-assigned = 分配给您的会话
notifications-dashboard-unassigned = 未分配的会话
notifications-dashboard-notme = 分配给他人的会话
notifications-dashboard-all = 所有会话
notifications-dashboard-silence = 将控制台静音
notifications-dashboard-off = 网页控制台已静音，只有 { -headset } 会响铃。
notifications-desktop = 桌面通知
notifications-show = 显示方式
notifications-instant = 立即
notifications-digest-minutes = 每 { $minutes } 分钟汇总一次
notifications-digest-hour = 每小时汇总一次
notifications-email-push = 邮件和推送通知
notifications-notify-when = 在以下情况通知我
notifications-channel-email = 邮件
notifications-channel-push = 推送
notifications-flag =
    .aria-label = { $channel }：{ $event }
notifications-kind-conversation-creation = 创建了新会话
notifications-kind-conversation-assignment = 有会话分配给您
notifications-kind-assigned-conversation-new-message = 分配给您的会话有新消息
notifications-kind-conversation-mention = 有人在会话中提及您
notifications-kind-participating-conversation-new-message = 您参与的会话有新消息
notifications-kind-sla-missed-first-response = 未达 SLA：首次回复
notifications-kind-sla-missed-next-response = 未达 SLA：下次回复
notifications-kind-sla-missed-resolution = 未达 SLA：解决

## ChannelsSection

channels-title = 渠道
channels-lead = 接待这些渠道的会话，并可限制同时接待的数量。
channels-empty = 还没有渠道。请在网页控制台创建收件箱。
channels-take = 接待会话
channels-at-most = 最多
channels-capacity-hint = 最多：同时处理的未结会话数，{ $min } 到 { $max }；{ $min } = 不限。
channels-capacity-error = 请输入 { $min } 到 { $max } 之间的整数。

## SegmentsSection

segments-title = 分组
segments-lead = 选择您想查看的联系人分组和公司分组。不选则显示全部。
segments-contact = 联系人分组
segments-company = 公司分组
segments-contact-empty = 还没有联系人分组。请在网页控制台创建。
segments-company-empty = 还没有公司分组。请在网页控制台创建。
segments-showing-all = 显示全部
segments-showing = 显示 { $count } / { $total }
segments-contact-gone = 您选择的联系人分组中有 { $count } 个已不存在，保存时会被移除。
segments-company-gone = 您选择的公司分组中有 { $count } 个已不存在，保存时会被移除。

## TeamSection

team-title = 团队
team-lead = { $account } 的客服及各自的权限。
team-empty = 还没有客服。
team-name = 姓名
team-email = 邮箱
team-status = 状态
team-role = 角色
team-you = 您
team-role-select =
    .aria-label = { $name } 的角色
    .title = 您不能更改自己的角色。请联系其他管理员。
team-roles-note = 只有管理员可以更改角色。
team-now-administrator = { $name } 现在是管理员。
team-now-agent = { $name } 现在是客服。

## AvatarEditor

avatar-drop =
    .aria-label = 头像：将图片拖放到此处
avatar-change = 更换头像…
avatar-add = 添加头像…
avatar-remove = 移除头像
avatar-hint = 支持 JPEG、PNG 或 WebP。拖放到此处或选择文件。
avatar-crop =
    .aria-label = 裁剪头像
avatar-preview =
    .aria-label = 预览。拖动或使用方向键移动图片。
avatar-zoom = 缩放
avatar-rotate-left = 向左旋转
avatar-rotate-right = 向右旋转
avatar-save = 保存头像
avatar-uploading = 正在上传…
    .aria-label = 正在上传
avatar-saved = 头像已保存。
avatar-error-type = 请选择 JPEG、PNG 或 WebP 图片。
avatar-error-size = 这张图片超过 { $megabytes } MB，请选择更小的图片。
avatar-error-draw = 此窗口无法绘制图片。
avatar-error-make = 无法生成图片。
avatar-error-open = 无法打开这张图片，文件可能已损坏。

## SecuritySection

security-title = 安全
security-lead = 您的密码、登录时的第二步验证、登录的设备，以及 API 令牌。

## PasswordInput

password-input-show = 显示
password-input-hide = 隐藏

## ChangePassword

password-title = 密码
password-managed = 您的密码由 { $provider } 管理。
password-provider-sso = 贵组织的单点登录
password-provider-unknown = 您的身份提供商
password-lead = 更改后，您的其他设备将退出登录。
password-policy-error = 无法加载密码规则：{ $error }
password-current = 当前密码
    .show = 显示当前密码
password-new = 新密码
    .show = 显示新密码
password-confirm = 确认新密码
    .show = 显示确认密码
password-strength = 强度
password-strength-none = 尚未输入
password-strength-value = 强度：{ $level }
password-strength-weak = 弱
password-strength-fair = 中
password-strength-strong = 强
password-strength-very-strong = 很强
password-rules =
    .aria-label = 密码要求
password-rule-met = （已满足）
password-rule-unmet = （未满足）
password-rules-loading = 正在加载密码规则…
password-rule-length-range = { $min } 到 { $max } 个字符
password-rule-length = { $min } 个字符
password-rule-common = 不是常见密码，也不是您的姓名或邮箱
password-rule-uppercase = 一个大写字母
password-rule-digit = 一个数字（0–9）
password-rule-special = 一个特殊字符，例如 ! ? # 或 -
password-mismatch = 与新密码不一致。
password-changed = 密码已更改。您的其他设备已退出登录。
password-changing = 正在更改…
password-change = 更改密码
password-error-current = 请输入当前密码。

## TwoFactor

mfa-title = 双重验证
mfa-lead = 登录时，{ -headset } 还会要求输入手机上身份验证器应用生成的验证码。
mfa-unavailable = 此服务器不支持双重验证。
mfa-badge-on = 已开启
mfa-on = 登录时您的账户需要验证码。
mfa-badge-off = 已关闭
mfa-off = 您的账户仅受密码保护。
mfa-scan = 用身份验证器应用扫描此二维码。
mfa-qr =
    .aria-label = 用于设置身份验证器应用的二维码
mfa-cant-scan = 无法扫描？请改为输入此设置密钥：
mfa-copy-key = 复制密钥
mfa-key-copied = 设置密钥已复制。
mfa-key-copy-failed = 无法复制：请选中密钥后手动复制。
mfa-enter-code = 输入应用显示的 { $digits } 位验证码
mfa-turn-on = 开启
mfa-set-up = 设置
mfa-starting = 正在启动…
mfa-new-codes = 新的备用码
mfa-new-codes-hint = 生成新备用码后，旧的备用码将失效。
mfa-app-code = 身份验证器应用中的验证码
mfa-making-codes = 正在生成…
mfa-make-codes = 生成新备用码
mfa-disable-title = 关闭双重验证
mfa-disable-hint = 您的账户将仅受密码保护。
mfa-password = 密码
    .show = 显示密码
mfa-app-or-backup-code = 验证码或备用码
mfa-turning-off = 正在关闭…
mfa-turn-off = 关闭
mfa-turn-off-ask = 关闭…
mfa-error-code = 请输入身份验证器应用显示的验证码。
mfa-error-password = 请输入密码。
mfa-error-app-or-backup-code = 请输入身份验证器应用中的验证码或备用码。
mfa-now-on = 双重验证已开启。
mfa-codes-made = 已生成新的备用码，旧的备用码已失效。
mfa-now-off = 双重验证已关闭。

## BackupCodes

backup-title = 保存您的备用码
backup-hint = 无法使用身份验证器应用时，每个备用码可登录一次。请妥善保管：它们不会再次显示。
backup-list =
    .aria-label = 备用码
backup-download = 下载
backup-done = 我已保存
backup-copied = 备用码已复制。
backup-copy-failed = 无法复制：请选中备用码后手动复制。
backup-saved-as = 已保存为 { $file }。
backup-save-failed = 无法保存文件：请改为复制备用码。
backup-file-title = { $email } 的 { -headset } 备用码
backup-file-hint = 无法使用身份验证器应用时，每个备用码可登录一次。

## Sessions

sessions-title = 已登录的设备
sessions-lead = 您的账户当前登录的位置。如有不认识的设备，请将其退出登录。
sessions-loading = 正在加载设备…
sessions-none = 没有已登录的设备。
sessions-unknown-app = 未知应用
sessions-this-device = 本设备
sessions-last-active = 上次活动：{ $when }
sessions-last-active-unknown = 上次活动：未知
sessions-ask-one = 要让这台设备退出登录吗？
sessions-sign-out = 退出登录
    .aria-label = 让 { $app } 退出登录
sessions-confirm = 是，退出登录
    .aria-label = 是，让 { $app } 退出登录
sessions-ask-others =
    { $count ->
        [1] 要让另一台设备退出登录吗？
       *[other] 要让其他 { $count } 台设备全部退出登录吗？
    }
sessions-confirm-others = 是，退出其他设备
sessions-sign-out-others = 让其他所有设备退出登录
sessions-ended-others = 其他所有设备已退出登录。
sessions-ended = { $app } 已退出登录。
sessions-ended-device = 该设备已退出登录。

## ApiToken

token-title = API 访问令牌
token-lead = 允许应用和脚本通过 { -chatwoot } API 以您的身份操作，例如在另一台电脑上登录 { -headset } 或连接集成。请像对待密码一样保管它。
token-value = 您的访问令牌
token-value-new = 您的新访问令牌
token-hide = 隐藏
token-warning-title = 重置令牌？
token-warning = 使用当前令牌的应用和脚本将立即停止工作。
token-password = 您的密码
    .show = 显示您的密码
token-password-hint = 查看或重置令牌前，请确认是您本人。
token-reveal = 显示
token-resetting = 正在重置…
token-reset-now = 立即重置
token-reset = 重置令牌…
token-error-reveal = 请输入密码以查看令牌。
token-error-reset = 请输入密码以重置令牌。
token-made = 已生成新令牌。请更新使用它的应用和脚本。
token-copied = 令牌已复制。
token-copy-failed = 无法复制：请选中令牌后手动复制。

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = 连接
network-lead = { -headset } 从这台电脑访问自托管服务器的方式：除操作系统的证书颁发机构之外还要信任的证书颁发机构（例如您公司自有的），以及要经过的 HTTP 代理。保存后会立即重新连接。这些设置属于这台电脑，而不属于您的账户。
network-ca-file = 额外的 CA 证书（PEM 文件路径）
network-ca-file-hint = PEM 文件，例如 { $example }。留空则只信任操作系统的证书。
network-proxy = HTTP 代理
network-proxy-hint = 带端口的 http:// 地址，不含用户名和密码。留空则直接连接。
network-saved = 已保存。{ -headset } 将通过这些设置连接。

## DiagnosticsSection

diagnostics-title = 诊断
diagnostics-lead = { -headset } 在这台电脑上是否正常工作，以及它为什么提醒或没有提醒您。

## Health

health-title = 运行状况
health-lead = { -headset } 提醒您所需的各项条件在这台电脑上的检查结果。
health-check-server = 服务器
health-check-realtime = 实时更新
health-check-keychain = 安全存储（钥匙串）
health-check-notifications = 桌面通知
health-check-audio = 声音输出
health-check-do-not-disturb = 勿扰模式
health-ok = 正常
health-problem = 有问题
health-none = 代理未报告任何检查项。
health-all-ok = 一切正常。
health-problems = 发现 { $count } 个问题。
health-check-again = 重新检查

## Decisions

decisions-title = 为什么我收到（或没收到）通知？
decisions-lead = 每个最近事件：{ -headset } 是否显示了通知、是否播放了提示音，以及原因。最新的在前。
decisions-only-held = 仅显示被拦下的
decisions-only-held-hint = 既没有显示通知也没有播放提示音的事件。
decisions-refresh = 刷新
decisions-empty = 暂无事件。事件到达后会显示在这里。
decisions-empty-held = 没有被拦下的事件。
decisions-time = 时间
decisions-event = 事件
decisions-conversation = 会话
decisions-notify = 通知
decisions-sound = 提示音
decisions-yes = 是
decisions-no = 否
decisions-reason-alert = 您的设置允许
decisions-reason-own-message = 是您自己发送的
decisions-reason-not-selected = 不在您选择接收提醒的会话范围内
decisions-reason-not-incoming = 不是收到的消息
decisions-reason-pending-conversation = 会话处于待处理状态
decisions-reason-flag-off = 您关闭了此类事件的推送通知
decisions-reason-not-notifiable = 此类事件本身从不提醒
decisions-reason-offline = 您当时离线
decisions-reason-busy = 您当时忙碌
decisions-reason-snoozed = 提醒已暂停
decisions-reason-os-dnd = 您的电脑处于勿扰模式
decisions-reason-outside-hours = 不在您的在岗时间内
decisions-reason-throttled = 刚刚已播放过另一个提示音
decisions-reason-digest = 留待汇总时一并通知
decisions-reason-counted = 仅计入未读
decisions-reason-already-alerted = 已提醒过一次（在您重新连接期间收到）

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] 没有未读通知
    [one] { $count } 条未读通知
   *[other] { $count } 条未读通知
}
tray-waiting = { $count ->
    [0] 没有等待您的会话
    [one] { $count } 个会话正在等您
   *[other] { $count } 个会话正在等您
}
tray-signed-out = 已退出登录
snooze-30 = 静音 30 分钟
snooze-60 = 静音 1 小时
snooze-hours = 静音到我的工作时间开始
snooze-resume = 恢复提醒
open-dashboard = 打开仪表板
open-settings = 设置…
quit = 退出 Headset
alert-away-title = 你离开期间
alert-digest-title = Headset 摘要
alert-summary = { $conversations ->
    [one] { $conversations } 个会话
   *[other] { $conversations } 个会话
}{ $mentions ->
    [0] {""}
    [one] ，{ $mentions } 次提及
   *[other] ，{ $mentions } 次提及
}
alert-assigned = 已分配给你：会话 #{ $id }
alert-mentioned = 你在会话 #{ $id } 中被提及
alert-new-conversation = 新会话 #{ $id }
alert-message = { $who } · 会话 #{ $id }
alert-missed = 会话 #{ $id } 需要处理
alert-missed-body = Headset 离线期间
alert-open = 打开会话

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = 您的登录已失效，请重新登录。
error-unreachable = 无法连接到服务器 { $url }：{ $reason }
error-server = 服务器拒绝了请求（{ $status }）：{ $message }
error-protocol = 服务器返回了意外的响应：{ $detail }
error-agent-unavailable = Headset 的后台代理程序未在运行。
error-version-mismatch = 此 Headset 代理程序使用 IPC 版本 { $agent }，客户端使用版本 { $client }。请重新启动 Headset。
error-keychain = 系统钥匙串不可用：{ $detail }
error-not-signed-in = 未登录。
error-window-open = 设置窗口已经打开。
error-conflict = 读取个人资料后，服务器上的资料已被更改。
error-too-long = 最多 { $max } 个字符。
error-too-long-count = 最多 { $max } 个字符（当前 { $count } 个）。
error-name-empty = 请输入您的名字。
error-phone-format = 请按国际格式输入电话号码，例如 +48 600 700 800。
error-ca-file-unreadable = 无法读取 { $path }：{ $detail }。
error-ca-file-not-pem = { $path } 不是 PEM 文件：{ $detail }。
error-ca-file-empty = { $path } 中没有证书（应包含“-----BEGIN CERTIFICATE-----”）。
error-ca-file-unusable = { $path } 中的证书无法使用：{ $detail }。
error-proxy-not-url = 请以 URL 形式输入代理（例如 http://proxy.example.com:3128）。
error-proxy-scheme = 仅支持 http:// 代理，通过隧道连接 https 服务器（例如 http://proxy.example.com:3128）。
error-proxy-host = 代理 URL 必须包含主机（例如 http://proxy.example.com:3128）。
error-proxy-password = 不支持需要密码的代理：请不要填写用户名和密码。
error-nothing-to-change = 没有需要更改的内容。
error-unknown-language = “{ $value }”不是 Headset 支持的语言。
error-unknown-sound-choice = “{ $value }”不是可选的提示音。
error-unknown-flag = “{ $value }”不是通知设置项。
error-timezone = “{ $value }”不是 IANA 时区（例如 Europe/Warsaw）。
error-currency = “{ $value }”不是 ISO 4217 货币代码（例如 EUR）。
error-audio-alerts = 请选择 none，或用 + 连接 assigned、notme 和 unassigned。
error-away-status = 请选择离开时的状态：忙碌或离线。
error-idle-minutes = 请选择 1 到 480 分钟。
error-inbox-id = “{ $value }”不是收件箱 ID。
error-capacity = 请选择 0 到 { $max } 之间的数量上限。
error-https-link = “{ $value }”不是 https:// 地址。
error-time-of-day = “{ $value }”不是 HH:MM 格式的时间。
error-time-of-day-end = “{ $value }”不是 HH:MM 格式（或 24:00）的时间。
error-credentials = 登录凭据无效，请重试。
error-code-invalid = 验证码无效。
error-sign-in-expired = 登录已过期，请重新登录。
error-server-empty = 请输入您的 Chatwoot 服务器地址。
error-server-not-url = “{ $value }”不是网址（{ $detail }）。
error-server-scheme = 地址必须以 https:// 或 http:// 开头。
error-wrong-password = 密码不正确。
error-keychain-memory-only = { $detail }。在退出 Headset 之前您将保持登录；Headset 从不将凭据保存到文件中，因此下次启动时会再次询问。
error-avatar-type = 请使用 JPEG 或 PNG 图片。
error-avatar-damaged = 图片在传输中损坏，请重试。
error-avatar-size = 图片大于 5 MB，请选择更小的图片。
error-billing-admins = 只有账户管理员可以查看账单与用量。
error-email-empty = 请输入邮箱地址。
error-password-empty = 请输入密码。
error-code-empty = 请输入验证码。
error-token-empty = 请粘贴个人资料设置中的访问令牌。
error-token-refused = 服务器不接受此访问令牌。
error-snooze-minutes = 静音时长须在 1 分钟到 24 小时之间。
error-snooze-no-hours = 请先设置在岗时间：目前没有可等待的下一个开始时间。
error-sound-none = 未选择声音文件。
error-sound-name = 请为声音命名，最多 100 个字符。
error-sound-damaged = 文件在传输中损坏，请重试。
error-sound-size = 声音文件大于 1 MB。
error-sound-format = 此文件不是 Headset 可以播放的声音（WAV、MP3、OGG 或 FLAC）。
error-sound-empty = 声音文件为空。
error-sound-length = 声音长度超过 10 秒。
error-not-a-member = 您不是该账户的成员。
error-volume = 音量范围为 0 到 100。
error-disk-full = 存放 Headset 数据的磁盘已满，因此此更改未保存。请释放一些空间后重试。

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = 可访问
diagnose-no-notification-daemon = 没有通知守护进程：{ $detail }
diagnose-system-notifications = 系统通知中心
diagnose-unnamed-device = 未命名设备
diagnose-no-audio-device = 没有音频输出设备
diagnose-signed-in = 已使用 { $email } 登录 { $server }
diagnose-signed-out = 已退出登录（上次的服务器：{ $server }）
diagnose-now = 现在
diagnose-connected = { $reconnects ->
   *[other] 自 { $since } 起已连接，重新连接 { $reconnects } 次
}
diagnose-connecting = 正在连接
diagnose-retrying = { $reason }；{ $seconds } 秒后重试
diagnose-not-connected = 未连接（已退出登录）
diagnose-dnd-off = 已关闭
diagnose-dnd-on = 已开启：{ $why }
dnd-gnome-banners-off = GNOME：通知横幅已关闭
dnd-dunst-paused = 通知守护进程（dunst）已暂停
dnd-macos-focus = macOS 专注模式已开启
dnd-windows-focus-assist = Windows 专注助手已开启
dnd-windows-busy = Windows 正在暂缓通知（全屏应用或演示）

## headset-server's answers, in the language the request asks for
server-not-a-member = 您不是此账户的成员。
server-contact-name = 请输入联系人姓名。
server-no-such-inbox = 此账户中没有该收件箱。
server-no-such-contact = 此账户中没有该联系人。
server-assignee-not-in-inbox = 该客服无法查看此收件箱，因此无法分配给该客服。
server-message-empty = 消息为空。
server-role-admins-only = 只有管理员可以更改客服的角色。
server-filter-name = 请为筛选器命名。
server-filter-name-long = 名称超过 100 个字符。
server-mfa-code-invalid = 验证码无效。请输入身份验证器应用中当前显示的验证码。
server-mfa-already-on = 双重验证已经开启。
server-mfa-not-started = 请先开始设置双重验证。
server-mfa-not-on = 双重验证未开启。
server-password-invalid = 密码无效。
server-reset-sent = 如果存在使用此邮箱的账户，我们已发送重置密码的链接。
server-confirmation-mismatch = 确认密码与密码不一致。
server-reset-link-invalid = 此重置链接无效或已过期，请重新申请。
server-password-reset-done = 您的密码已更改，现在请用新密码登录。
server-email-fixed = 无法在此更改邮箱地址。请联系账户管理员更改。
server-password-managed = 此账户通过身份提供商登录，密码由身份提供商管理。
server-current-password-invalid = 当前密码无效。
server-session-current = 这是您当前正在使用的登录设备，请直接退出登录。
server-sign-in-expired = 登录已过期，请重新输入邮箱和密码。
server-code-missing = 请输入身份验证器应用中的验证码或备用码。
server-code-invalid = 验证码无效。请检查身份验证器应用后重试。
server-avatar-size = 图片大于 5 MB，请选择更小的图片。
server-avatar-type = 此文件不是 JPEG、PNG 或 WebP 图片。
server-avatar-damaged = 无法读取图片：文件已损坏或不完整。
server-avatar-empty = 图片为空。
server-sign-in-needed = 请先登录或注册，然后再继续。
server-credentials = 登录凭据无效，请重试。
server-profile-changed = 个人资料在读取后已被更改。请重新读取，然后再次进行更改。
server-not-found = 找不到资源。
server-internal = 服务器内部错误。
server-disk-full = 服务器磁盘已满，因此未能保存。请联系服务器管理员释放一些空间。
server-password-common = 此密码过于常见，请选择不易被猜到的密码。
server-password-personal = 密码不能包含您的姓名或邮箱地址。
server-password-uppercase = 请至少包含一个大写字母。
server-password-digit = 请至少包含一个数字。
server-password-special = 请至少包含一个特殊字符。
server-avatar-pixels = 图片像素过多（最多 { $max } 百万像素），请选择更小的图片。
server-too-many = 尝试次数过多，请在 { $seconds } 秒后重试。
server-not-member-of = 您不是账户 { $account } 的成员。
server-password-min = 请至少使用 { $min } 个字符。
server-password-max = 最多使用 { $max } 个字符。
server-profile-shape = 请以 {"{"}"profile": {"{"}…{"}"}{"}"} 的形式发送更改。
server-password-field-required = 要更改密码，请填写此项。
server-ui-settings-object = ui_settings 必须是一个对象。
server-must-be-text = 此处必须是文本。
server-must-be-one-of = { $name } 必须是以下之一：{ $choices }。
server-must-be-object = { $name } 必须是一个对象。
