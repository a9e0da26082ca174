# Cài đặt Headset: Tiếng Việt.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Thử lại
common-cancel = Hủy
common-copy = Sao chép
common-loading = Đang tải…
common-saving = Đang lưu…
common-checking = Đang kiểm tra…
common-signing-out = Đang đăng xuất…
error-fallback = Đã có lỗi xảy ra. Vui lòng thử lại.

## Availability statuses and roles

status-online = Trực tuyến
status-busy = Bận
status-offline = Ngoại tuyến
role-agent = Nhân viên hỗ trợ
role-administrator = Quản trị viên

## App

app-connecting = Đang kết nối với { -headset }…
app-title = Cài đặt { -headset }

## SignIn

signin-title = Đăng nhập vào { -headset }
signin-lead-code = Nhập mã { $digits } chữ số từ ứng dụng xác thực của bạn.
signin-lead-token = Dán mã truy cập lấy từ phần cài đặt hồ sơ trên bảng điều khiển web.
signin-lead-password = Dùng địa chỉ và tài khoản của máy chủ { -chatwoot } của bạn.
signin-server = Địa chỉ máy chủ
signin-email = Email
signin-password = Mật khẩu
signin-backup-code = Mã dự phòng
signin-auth-code = Mã xác thực
signin-use-backup-code = Tôi dùng mã dự phòng
signin-token = Mã truy cập
signin-signing-in = Đang đăng nhập…
signin-verify = Xác minh
signin-submit = Đăng nhập
signin-use-token = Đăng nhập bằng mã truy cập
signin-use-password = Đăng nhập bằng email và mật khẩu
signin-forgot = Quên mật khẩu?
signin-reset-title = Đặt lại mật khẩu
signin-reset-lead = Nhập địa chỉ email của tài khoản, máy chủ sẽ gửi cho bạn một liên kết để đặt mật khẩu mới.
signin-reset-submit = Gửi liên kết đặt lại
signin-reset-sending = Đang gửi…
signin-reset-back = Quay lại đăng nhập
signin-reset-sent = Nếu có tài khoản cho { $email }, chúng tôi đã gửi một liên kết để đặt lại mật khẩu.
signin-reset-error-email = Nhập địa chỉ email của tài khoản.
signin-network = Cài đặt kết nối
signin-network-lead = Dành cho máy chủ tự lưu trữ dùng chứng chỉ riêng của công ty bạn hoặc phải đi qua proxy. Các cài đặt này thuộc về máy tính này.

## ProfileSummary

summary-connected = Đã kết nối
summary-reconnecting = Kết nối lại sau { $seconds } giây ({ $reason })
summary-connecting = Đang kết nối…
summary-not-connected = Chưa kết nối
summary-live = Cập nhật trực tiếp
summary-unread = Thông báo chưa đọc
summary-sign-out = Đăng xuất
menu-button =
    .aria-label = Menu tài khoản
menu-open-dashboard = Mở bảng điều khiển
menu-billing = Thanh toán & mức sử dụng
menu-switch-account = Chuyển tài khoản
summary-active-account = Tài khoản đang dùng: { $account }
summary-switching-account = Đang chuyển tài khoản…

## GeneralSection

general-title = Chung
general-lead = Cách { -headset } hoạt động trên máy tính này.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = Khởi động { -headset } khi tôi đăng nhập máy tính
launch-banner-question = Khởi động { -headset } khi bạn đăng nhập máy tính để tiếp tục nhận cảnh báo?
launch-banner-yes = Có
launch-banner-not-now = Để sau

## StatusSwitcher

status-legend = Trạng thái

## Settings

settings-nav =
    .aria-label = Cài đặt
settings-tabs =
    .aria-label = Các mục cài đặt
settings-app-name = { -headset }
settings-section-general = Chung
settings-section-profile = Hồ sơ
settings-section-social = Liên kết mạng xã hội
settings-section-region = Ngôn ngữ & khu vực
settings-section-notifications = Thông báo
settings-section-availability = Thời gian làm việc
settings-section-segments = Phân khúc
settings-section-channels = Kênh
settings-section-team = Nhóm
settings-section-security = Bảo mật
settings-section-network = Kết nối
settings-section-diagnostics = Chẩn đoán
settings-pending-edits = { $count } thay đổi đang chờ đồng bộ

## FormFooter

form-saving = Đang lưu…
form-pending = Đang chờ máy chủ…
form-saved = Hồ sơ của bạn đã được cập nhật thành công
form-not-saved-field = Chưa lưu: hãy xem trường được đánh dấu.
form-pending-detail = Đã lưu trên máy tính này — sẽ đồng bộ khi kết nối được với máy chủ.
form-pending-detail-retry = Đã lưu trên máy tính này — sẽ đồng bộ khi kết nối được với máy chủ (thử lại sau { $seconds } giây).
form-save = Lưu

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Hồ sơ
profile-lead = Cách nhóm và khách hàng nhìn thấy bạn.
profile-name = Họ và tên
profile-display-name = Tên hiển thị
profile-display-name-hint = Hiển thị cho khách hàng thay cho họ tên đầy đủ.
profile-email = Email
profile-email-hint = Không thể đổi địa chỉ email ở đây. Hãy nhờ quản trị viên tài khoản của bạn thay đổi.
profile-job-title = Chức danh
    .placeholder = Trưởng nhóm hỗ trợ
profile-about = Giới thiệu
profile-phone = Điện thoại
profile-phone-hint = Định dạng quốc tế, ví dụ { $example }.
profile-signature = Chữ ký tin nhắn
profile-signature-hint = Được thêm vào các câu trả lời bạn gửi khi bật chữ ký.
profile-error-name = Hãy nhập tên của bạn.

## ProfileFacts

profile-facts-title = Tài khoản
profile-facts-company = Công ty
profile-facts-role = Vai trò
profile-facts-created = Thành viên từ
profile-facts-last-sign-in = Đăng nhập lần cuối
profile-facts-updated = Cập nhật hồ sơ

## Rules

rules-phone = Hãy nhập số điện thoại theo định dạng quốc tế, ví dụ { $example }.
rules-https = “{ $address }” không phải là địa chỉ https://
rules-length = Dùng tối đa { $max } ký tự (hiện có { $count }).
rules-idle-minutes = Hãy nhập số phút là số nguyên từ { $min } đến { $max }.

## SocialSection

social-title = Liên kết mạng xã hội
social-lead = Hiển thị trên thẻ hồ sơ của bạn. Dùng địa chỉ https:// đầy đủ; để trống một trường để xóa liên kết đó.
social-website = Trang web

## RegionSection

region-title = Ngôn ngữ & khu vực
region-lead = Ngôn ngữ của { -headset } và { -chatwoot }, cùng cách hiển thị giờ và số tiền.
region-language = Ngôn ngữ
region-account-default = Mặc định của tài khoản
region-language-hint = “Mặc định của tài khoản” theo ngôn ngữ quản trị viên đã chọn.
region-timezone = Múi giờ
region-timezone-filter =
    .placeholder = Lọc múi giờ
    .aria-label = Lọc múi giờ
region-not-set = Chưa đặt
region-timezone-count = { $count } múi giờ
region-timezone-count-here = { $count } múi giờ · máy tính này: { $zone }
region-currency = Tiền tệ

## AwayForm

away-title = Khi bạn rời đi
away-lead = { -headset } nhận biết khi màn hình khóa và đặt lại trạng thái khi bạn quay lại.
away-on-lock = Đổi trạng thái của tôi khi màn hình bị khóa
away-status = Trạng thái khi vắng mặt
away-status-busy = Bận: không âm thanh, chỉ nhận phân công và lượt nhắc đến
away-status-offline = Ngoại tuyến: không nhận phân công mới
away-idle = Cả khi tôi không hoạt động trong { $minutes } phút
away-idle-minutes =
    .aria-label = Số phút không hoạt động
away-idle-hint = Không hoạt động: không dùng bàn phím hay chuột. Từ { $min } đến { $max } phút.

## Weekdays

day-mon = Thứ Hai
day-tue = Thứ Ba
day-wed = Thứ Tư
day-thu = Thứ Năm
day-fri = Thứ Sáu
day-sat = Thứ Bảy
day-sun = Chủ Nhật

## Availability now line and checks

availability-now-any-time = Sẵn sàng mọi lúc
availability-now-no-hours = Chưa đặt giờ: { -headset } giữ lại cảnh báo cả tuần
availability-now-until-time = Đang sẵn sàng, đến { $time } ({ $zone })
availability-now-until-midnight = Đang sẵn sàng, đến nửa đêm ({ $zone })
availability-now-until-day = Đang sẵn sàng, đến { $time } { $day } ({ $zone })
availability-now-until-next-week = Đang sẵn sàng, đến { $time } { $day } tuần sau ({ $zone })
availability-now-round-the-clock = Đang sẵn sàng, suốt 24 giờ ({ $zone })
availability-next-today = Sẵn sàng lại: hôm nay lúc { $time } ({ $zone })
availability-next-day = Sẵn sàng lại: { $time } { $day } ({ $zone })
availability-next-next-week = Sẵn sàng lại: { $time } { $day } tuần sau ({ $zone })
availability-error-start-empty = Hãy nhập giờ bắt đầu.
availability-error-end-empty = Hãy nhập giờ kết thúc.
availability-error-start-24 = 24:00 chỉ có thể là giờ kết thúc.
availability-error-start = “{ $value }” không phải là giờ theo dạng HH:MM.
availability-error-end = “{ $value }” không phải là giờ theo dạng HH:MM (hoặc 24:00).
availability-error-same = Giờ bắt đầu và kết thúc phải khác nhau.
availability-error-overlap = { $day }: { $first } và { $second } bị chồng lên nhau.

## AvailabilitySection

availability-title = Thời gian làm việc
availability-lead = Các giờ bạn nhận hội thoại, và những gì { -headset } giữ lại ngoài giờ đó.
availability-use-hours = Dùng giờ làm việc
availability-off-hint = { -headset } báo cho bạn bất cứ lúc nào.
availability-weekly = Giờ trong tuần
availability-zone-hint = Giờ tính theo { $zone }. Khoảng giờ kết thúc trước hoặc đúng lúc bắt đầu sẽ kéo qua nửa đêm.
availability-zone-hint-local = Giờ tính theo { $zone } (múi giờ của máy tính này; chọn múi giờ của bạn trong Ngôn ngữ & khu vực). Khoảng giờ kết thúc trước hoặc đúng lúc bắt đầu sẽ kéo qua nửa đêm.
availability-unavailable = Không làm việc
availability-interval-start =
    .aria-label = { $day }, khoảng { $number }, bắt đầu
availability-interval-end =
    .aria-label = { $day }, khoảng { $number }, kết thúc
availability-remove = Xóa
    .aria-label = Xóa { $day }, khoảng { $number }
availability-ends-next-day = kết thúc vào hôm sau
availability-until-midnight = đến nửa đêm
availability-add = Thêm khoảng giờ
    .aria-label = Thêm khoảng giờ vào { $day }
availability-copy = Sao chép cho mọi ngày
    .aria-label = Sao chép giờ của { $day } cho mọi ngày
availability-hold-back = Ngoài các giờ này, giữ lại
availability-block-desktop = Thông báo trên màn hình
availability-block-sound = Âm thanh
availability-block-email = Thông báo qua email
availability-block-push = Thông báo đẩy
availability-status = Trạng thái
availability-auto-status = Đặt trạng thái trực tuyến khi giờ làm việc bắt đầu và ngoại tuyến khi kết thúc

## NotificationsSection

notifications-title = Thông báo
notifications-lead = Khi nào { -headset } phát âm thanh, bao lâu hiện thông báo trên màn hình một lần, và { -chatwoot } gửi gì cho bạn qua email và thông báo đẩy.
notifications-synced = Đồng bộ với tài khoản của bạn
notifications-this-computer = Âm thanh trên máy tính này
notifications-sound = Âm thanh
notifications-alerts = Phát âm thanh khi có tin nhắn mới trong
notifications-alerts-none = Không bao giờ
notifications-alerts-assigned = Hội thoại được giao cho tôi
notifications-alerts-assigned-unassigned = Hội thoại được giao cho tôi hoặc chưa được giao
notifications-alerts-all = Tất cả hội thoại
notifications-alerts-custom = Tùy chỉnh ({ $value })
notifications-tone = Nhạc chuông
notifications-tone-ding = Ding
notifications-tone-bell = Chuông
notifications-tone-chime = Chuông gió
notifications-tone-magic = Phép màu
notifications-tone-ping = Ping
notifications-volume = Âm lượng
notifications-volume-hint = Chỉ trên máy tính này
notifications-test-sound = Nghe thử
notifications-repeat = Lặp lại mỗi { $seconds } giây khi còn hội thoại được giao chưa đọc
notifications-custom-sound = Âm thanh tùy chỉnh
notifications-custom-sound-none = Phát âm thanh của riêng bạn trên máy tính này thay cho nhạc chuông.
notifications-custom-sound-plays = Phát { $name } trên máy tính này thay cho nhạc chuông.
notifications-custom-sound-hint = WAV, MP3, Ogg hoặc FLAC, tối đa { $megabytes } MB.
notifications-custom-sound-choose = Chọn âm thanh…
notifications-custom-sound-replace = Chọn âm thanh khác…
notifications-custom-sound-test = Nghe thử
    .aria-label = Nghe thử âm thanh tùy chỉnh
notifications-custom-sound-remove = Xóa
    .aria-label = Xóa âm thanh tùy chỉnh
notifications-custom-sound-error-type = Hãy chọn tệp WAV, MP3, Ogg hoặc FLAC.
notifications-custom-sound-error-size = Âm thanh này lớn hơn { $megabytes } MB. Hãy chọn tệp nhỏ hơn.
notifications-custom-sound-error-read = Không đọc được tệp này.
notifications-dashboard-on = Bảng điều khiển web cũng phát âm thanh (cho { $conversations }).
notifications-dashboard-assigned = hội thoại được giao cho bạn
notifications-dashboard-unassigned = hội thoại chưa được giao
notifications-dashboard-notme = hội thoại được giao cho người khác
notifications-dashboard-all = tất cả hội thoại
notifications-dashboard-silence = Tắt tiếng bảng điều khiển
notifications-dashboard-off = Bảng điều khiển web đang im lặng; chỉ { -headset } đổ chuông.
notifications-desktop = Thông báo trên màn hình
notifications-show = Cách hiển thị
notifications-instant = Ngay lập tức
notifications-digest-minutes = Bản tổng hợp mỗi { $minutes } phút
notifications-digest-hour = Bản tổng hợp mỗi giờ
notifications-email-push = Thông báo qua email và thông báo đẩy
notifications-notify-when = Báo cho tôi khi
notifications-channel-email = Email
notifications-channel-push = Đẩy
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = Có hội thoại mới được tạo
notifications-kind-conversation-assignment = Một hội thoại được giao cho bạn
notifications-kind-assigned-conversation-new-message = Có tin nhắn mới trong hội thoại được giao cho bạn
notifications-kind-conversation-mention = Bạn được nhắc đến trong một hội thoại
notifications-kind-participating-conversation-new-message = Có tin nhắn mới trong hội thoại bạn tham gia
notifications-kind-sla-missed-first-response = Trễ SLA: phản hồi đầu tiên
notifications-kind-sla-missed-next-response = Trễ SLA: phản hồi tiếp theo
notifications-kind-sla-missed-resolution = Trễ SLA: giải quyết

## ChannelsSection

channels-title = Kênh
channels-lead = Nhận hội thoại từ các kênh này, tối đa một số lượng cùng lúc.
channels-empty = Chưa có kênh nào. Hãy tạo hộp thư đến trên bảng điều khiển web.
channels-take = Nhận hội thoại
channels-at-most = Tối đa
channels-capacity-hint = Tối đa: số hội thoại đang mở cùng lúc, từ { $min } đến { $max }; { $min } = không giới hạn.
channels-capacity-error = Hãy nhập một số nguyên từ { $min } đến { $max }.

## SegmentsSection

segments-title = Phân khúc
segments-lead = Chọn các phân khúc liên hệ và công ty bạn muốn xem. Không chọn gì để xem tất cả.
segments-contact = Phân khúc liên hệ
segments-company = Phân khúc công ty
segments-contact-empty = Chưa có phân khúc liên hệ nào. Hãy tạo trên bảng điều khiển web.
segments-company-empty = Chưa có phân khúc công ty nào. Hãy tạo trên bảng điều khiển web.
segments-showing-all = Đang hiện tất cả
segments-showing = Đang hiện { $count } trên { $total }
segments-contact-gone = { $count } phân khúc liên hệ bạn đã chọn không còn tồn tại; chúng sẽ bị bỏ khi bạn lưu.
segments-company-gone = { $count } phân khúc công ty bạn đã chọn không còn tồn tại; chúng sẽ bị bỏ khi bạn lưu.

## TeamSection

team-title = Nhóm
team-lead = Các nhân viên hỗ trợ của { $account } và quyền của từng người.
team-empty = Chưa có nhân viên hỗ trợ nào.
team-name = Tên
team-email = Email
team-status = Trạng thái
team-role = Vai trò
team-you = Bạn
team-role-select =
    .aria-label = Vai trò của { $name }
    .title = Bạn không thể đổi vai trò của chính mình. Hãy nhờ một quản trị viên khác.
team-roles-note = Chỉ quản trị viên mới đổi được vai trò.
team-now-administrator = { $name } giờ là quản trị viên.
team-now-agent = { $name } giờ là nhân viên hỗ trợ.

## AvatarEditor

avatar-drop =
    .aria-label = Ảnh đại diện: thả ảnh vào đây
avatar-change = Đổi ảnh…
avatar-add = Thêm ảnh…
avatar-remove = Xóa ảnh
avatar-hint = JPEG, PNG hoặc WebP. Thả ảnh vào đây hoặc chọn tệp.
avatar-crop =
    .aria-label = Cắt ảnh của bạn
avatar-preview =
    .aria-label = Xem trước. Kéo hoặc dùng phím mũi tên để di chuyển ảnh.
avatar-zoom = Thu phóng
avatar-rotate-left = Xoay trái
avatar-rotate-right = Xoay phải
avatar-save = Lưu ảnh
avatar-uploading = Đang tải lên…
    .aria-label = Đang tải lên
avatar-saved = Đã lưu ảnh.
avatar-error-type = Hãy chọn ảnh JPEG, PNG hoặc WebP.
avatar-error-size = Ảnh này lớn hơn { $megabytes } MB. Hãy chọn ảnh nhỏ hơn.
avatar-error-draw = Cửa sổ này không vẽ được ảnh.
avatar-error-make = Không tạo được ảnh.
avatar-error-open = Không mở được ảnh này. Tệp có thể bị hỏng.

## SecuritySection

security-title = Bảo mật
security-lead = Mật khẩu, bước thứ hai khi đăng nhập, những nơi bạn đang đăng nhập và mã API của bạn.

## PasswordInput

password-input-show = Hiện
password-input-hide = Ẩn

## ChangePassword

password-title = Mật khẩu
password-managed = Mật khẩu của bạn do { $provider } quản lý.
password-provider-sso = hệ thống đăng nhập một lần của tổ chức bạn
password-provider-unknown = nhà cung cấp danh tính của bạn
password-lead = Đổi mật khẩu sẽ đăng xuất bạn khỏi các thiết bị khác.
password-policy-error = Không tải được quy tắc mật khẩu: { $error }
password-current = Mật khẩu hiện tại
    .show = Hiện mật khẩu hiện tại
password-new = Mật khẩu mới
    .show = Hiện mật khẩu mới
password-confirm = Xác nhận mật khẩu mới
    .show = Hiện mật khẩu xác nhận
password-strength = Độ mạnh
password-strength-none = Chưa nhập gì
password-strength-value = Độ mạnh: { $level }
password-strength-weak = Yếu
password-strength-fair = Trung bình
password-strength-strong = Mạnh
password-strength-very-strong = Rất mạnh
password-rules =
    .aria-label = Yêu cầu về mật khẩu
password-rule-met = (đạt)
password-rule-unmet = (chưa đạt)
password-rules-loading = Đang tải quy tắc mật khẩu…
password-rule-length-range = Từ { $min } đến { $max } ký tự
password-rule-length = { $min } ký tự
password-rule-common = Không phải mật khẩu phổ biến, tên hay email của bạn
password-rule-uppercase = Một chữ in hoa
password-rule-digit = Một chữ số (0–9)
password-rule-special = Một ký tự đặc biệt, như ! ? # hoặc -
password-mismatch = Không khớp với mật khẩu mới.
password-changed = Đã đổi mật khẩu. Các thiết bị khác của bạn đã bị đăng xuất.
password-changing = Đang đổi…
password-change = Đổi mật khẩu
password-error-current = Hãy nhập mật khẩu hiện tại.

## TwoFactor

mfa-title = Xác thực hai yếu tố
mfa-lead = Khi đăng nhập, { -headset } sẽ hỏi thêm mã từ ứng dụng xác thực trên điện thoại của bạn.
mfa-unavailable = Máy chủ này không hỗ trợ xác thực hai yếu tố.
mfa-badge-on = Bật
mfa-on = Tài khoản của bạn yêu cầu mã khi đăng nhập.
mfa-badge-off = Tắt
mfa-off = Chỉ có mật khẩu bảo vệ tài khoản của bạn.
mfa-scan = Quét mã QR này bằng ứng dụng xác thực của bạn.
mfa-qr =
    .aria-label = Mã QR để thiết lập ứng dụng xác thực
mfa-cant-scan = Không quét được? Hãy nhập khóa thiết lập này:
mfa-copy-key = Sao chép khóa
mfa-key-copied = Đã sao chép khóa thiết lập.
mfa-key-copy-failed = Không sao chép được: hãy chọn khóa và tự sao chép.
mfa-enter-code = Nhập mã { $digits } chữ số mà ứng dụng hiển thị
mfa-turn-on = Bật
mfa-set-up = Thiết lập
mfa-starting = Đang bắt đầu…
mfa-new-codes = Mã dự phòng mới
mfa-new-codes-hint = Mã dự phòng cũ sẽ ngừng hoạt động ngay khi có mã mới.
mfa-app-code = Mã từ ứng dụng xác thực
mfa-making-codes = Đang tạo mã…
mfa-make-codes = Tạo mã mới
mfa-disable-title = Tắt xác thực hai yếu tố
mfa-disable-hint = Tài khoản của bạn sẽ chỉ được bảo vệ bằng mật khẩu.
mfa-password = Mật khẩu
    .show = Hiện mật khẩu
mfa-app-or-backup-code = Mã xác thực hoặc mã dự phòng
mfa-turning-off = Đang tắt…
mfa-turn-off = Tắt
mfa-turn-off-ask = Tắt…
mfa-error-code = Hãy nhập mã mà ứng dụng xác thực hiển thị.
mfa-error-password = Hãy nhập mật khẩu.
mfa-error-app-or-backup-code = Hãy nhập mã từ ứng dụng xác thực hoặc một mã dự phòng.
mfa-now-on = Đã bật xác thực hai yếu tố.
mfa-codes-made = Đã tạo mã dự phòng mới. Mã cũ không còn dùng được.
mfa-now-off = Đã tắt xác thực hai yếu tố.

## BackupCodes

backup-title = Lưu mã dự phòng của bạn
backup-hint = Mỗi mã giúp bạn đăng nhập một lần nếu không dùng được ứng dụng xác thực. Hãy cất ở nơi an toàn: các mã này sẽ không hiện lại.
backup-list =
    .aria-label = Mã dự phòng
backup-download = Tải xuống
backup-done = Tôi đã lưu
backup-copied = Đã sao chép mã dự phòng.
backup-copy-failed = Không sao chép được: hãy chọn các mã và tự sao chép.
backup-saved-as = Đã lưu thành { $file }.
backup-save-failed = Không lưu được tệp: hãy sao chép các mã.
backup-file-title = Mã dự phòng { -headset } cho { $email }
backup-file-hint = Mỗi mã giúp bạn đăng nhập một lần khi không dùng được ứng dụng xác thực.

## Sessions

sessions-title = Thiết bị đang đăng nhập
sessions-lead = Những nơi tài khoản của bạn đang đăng nhập. Hãy đăng xuất thiết bị nào bạn không nhận ra.
sessions-loading = Đang tải thiết bị…
sessions-none = Không có thiết bị nào đang đăng nhập.
sessions-unknown-app = Ứng dụng không rõ
sessions-this-device = Thiết bị này
sessions-last-active = Hoạt động lần cuối { $when }
sessions-last-active-unknown = Hoạt động lần cuối: không rõ
sessions-ask-one = Đăng xuất thiết bị này?
sessions-sign-out = Đăng xuất
    .aria-label = Đăng xuất { $app }
sessions-confirm = Có, đăng xuất
    .aria-label = Có, đăng xuất { $app }
sessions-ask-others =
    { $count ->
        [1] Đăng xuất thiết bị còn lại?
       *[other] Đăng xuất cả { $count } thiết bị khác?
    }
sessions-confirm-others = Có, đăng xuất các thiết bị khác
sessions-sign-out-others = Đăng xuất mọi thiết bị khác
sessions-ended-others = Đã đăng xuất mọi thiết bị khác.
sessions-ended = Đã đăng xuất { $app }.
sessions-ended-device = Đã đăng xuất thiết bị.

## ApiToken

token-title = Mã truy cập API
token-lead = Cho phép ứng dụng và tập lệnh thay bạn thao tác qua API của { -chatwoot }, ví dụ để đăng nhập { -headset } trên máy tính khác hoặc kết nối một tích hợp. Hãy giữ nó như mật khẩu.
token-value = Mã truy cập của bạn
token-value-new = Mã truy cập mới của bạn
token-hide = Ẩn
token-warning-title = Đặt lại mã?
token-warning = Các ứng dụng và tập lệnh đang dùng mã hiện tại sẽ ngừng hoạt động ngay.
token-password = Mật khẩu của bạn
    .show = Hiện mật khẩu của bạn
token-password-hint = Xác nhận đúng là bạn để xem hoặc đặt lại mã.
token-reveal = Hiện
token-resetting = Đang đặt lại…
token-reset-now = Đặt lại ngay
token-reset = Đặt lại mã…
token-error-reveal = Hãy nhập mật khẩu để xem mã.
token-error-reset = Hãy nhập mật khẩu để đặt lại mã.
token-made = Đã tạo mã mới. Hãy cập nhật các ứng dụng và tập lệnh đang dùng nó.
token-copied = Đã sao chép mã.
token-copy-failed = Không sao chép được: hãy chọn mã và tự sao chép.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = Kết nối
network-lead = Cách { -headset } kết nối tới máy chủ tự lưu trữ từ máy tính này: một tổ chức cấp chứng chỉ được tin cậy ngoài các tổ chức của hệ điều hành (ví dụ của công ty bạn) và một proxy HTTP để đi qua. Khi lưu, { -headset } kết nối lại ngay. Các cài đặt này thuộc về máy tính này, không thuộc tài khoản của bạn.
network-ca-file = Chứng chỉ CA bổ sung (đường dẫn tệp PEM)
network-ca-file-hint = Một tệp PEM, ví dụ { $example }. Để trống để chỉ tin cậy các chứng chỉ của hệ điều hành.
network-proxy = Proxy HTTP
network-proxy-hint = Một địa chỉ http:// kèm cổng, không có tên người dùng hay mật khẩu. Để trống để kết nối trực tiếp.
network-saved = Đã lưu. { -headset } kết nối qua các cài đặt này.

## DiagnosticsSection

diagnostics-title = Chẩn đoán
diagnostics-lead = { -headset } có hoạt động trên máy tính này không, và vì sao nó đã báo hoặc không báo cho bạn.

## Health

health-title = Tình trạng
health-lead = Những gì { -headset } cần để báo cho bạn, được kiểm tra trên máy tính này.
health-check-server = Máy chủ
health-check-realtime = Cập nhật trực tiếp
health-check-keychain = Kho lưu trữ an toàn (keychain)
health-check-notifications = Thông báo trên màn hình
health-check-audio = Đầu ra âm thanh
health-check-do-not-disturb = Không làm phiền
health-ok = Ổn
health-problem = Sự cố
health-none = Tác nhân không báo cáo mục kiểm tra nào.
health-all-ok = Mọi thứ đều hoạt động.
health-problems = Tìm thấy { $count } sự cố.
health-check-again = Kiểm tra lại

## Decisions

decisions-title = Vì sao tôi (không) nhận được thông báo?
decisions-lead = Với mỗi sự kiện gần đây: { -headset } có hiện thông báo và phát âm thanh không, và vì sao. Mới nhất ở trên.
decisions-only-held = Chỉ những mục bị giữ lại
decisions-only-held-hint = Sự kiện không hiện thông báo và không phát âm thanh.
decisions-refresh = Làm mới
decisions-empty = Chưa có sự kiện nào. Sự kiện sẽ hiện ở đây khi đến.
decisions-empty-held = Không có gì bị giữ lại.
decisions-time = Thời gian
decisions-event = Sự kiện
decisions-conversation = Hội thoại
decisions-notify = Thông báo
decisions-sound = Âm thanh
decisions-yes = Có
decisions-no = Không
decisions-reason-alert = Cài đặt của bạn cho phép
decisions-reason-own-message = Bạn tự gửi tin này
decisions-reason-not-selected = Không thuộc các hội thoại bạn chọn để được báo
decisions-reason-not-incoming = Đây không phải tin nhắn đến
decisions-reason-pending-conversation = Hội thoại đang chờ xử lý
decisions-reason-flag-off = Bạn đã tắt thông báo đẩy cho loại sự kiện này
decisions-reason-not-notifiable = Loại sự kiện này không bao giờ tự báo
decisions-reason-offline = Bạn đang ngoại tuyến
decisions-reason-busy = Bạn đang bận
decisions-reason-snoozed = Cảnh báo đang được tạm hoãn
decisions-reason-os-dnd = Máy tính của bạn đang ở chế độ Không làm phiền
decisions-reason-outside-hours = Ngoài thời gian làm việc của bạn
decisions-reason-throttled = Một âm thanh khác vừa phát
decisions-reason-digest = Được giữ lại cho bản tổng hợp
decisions-reason-counted = Chỉ được tính là chưa đọc
decisions-reason-already-alerted = Đã báo một lần rồi (đến trong lúc bạn đang kết nối lại)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] Không có thông báo chưa đọc
    [one] { $count } thông báo chưa đọc
   *[other] { $count } thông báo chưa đọc
}
tray-waiting = { $count ->
    [0] Không có cuộc trò chuyện nào đang chờ bạn
    [one] { $count } cuộc trò chuyện đang chờ bạn
   *[other] { $count } cuộc trò chuyện đang chờ bạn
}
tray-signed-out = Đã đăng xuất
snooze-30 = Tạm tắt 30 phút
snooze-60 = Tạm tắt 1 giờ
snooze-hours = Tạm tắt đến khi giờ làm việc bắt đầu
snooze-resume = Bật lại cảnh báo
open-dashboard = Mở bảng điều khiển
open-settings = Cài đặt…
quit = Thoát Headset
alert-away-title = Trong lúc bạn vắng mặt
alert-digest-title = Tóm tắt Headset
alert-summary = { $conversations ->
    [one] { $conversations } cuộc trò chuyện
   *[other] { $conversations } cuộc trò chuyện
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } lượt nhắc
   *[other] , { $mentions } lượt nhắc
}
alert-assigned = Đã giao cho bạn: cuộc trò chuyện #{ $id }
alert-mentioned = Bạn được nhắc đến trong cuộc trò chuyện #{ $id }
alert-new-conversation = Cuộc trò chuyện mới #{ $id }
alert-message = { $who } · cuộc trò chuyện #{ $id }
alert-missed = Cuộc trò chuyện #{ $id } cần được chú ý
alert-missed-body = Trong lúc Headset ngoại tuyến
alert-open = Mở cuộc trò chuyện

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = Phiên của bạn đã kết thúc. Vui lòng đăng nhập lại.
error-unreachable = Không kết nối được với máy chủ tại { $url }: { $reason }
error-server = Máy chủ đã từ chối yêu cầu ({ $status }): { $message }
error-protocol = Phản hồi không mong đợi từ máy chủ: { $detail }
error-agent-unavailable = Tác nhân chạy nền của Headset không hoạt động.
error-version-mismatch = Tác nhân Headset này dùng IPC phiên bản { $agent }, còn ứng dụng khách dùng phiên bản { $client }. Hãy khởi động lại Headset.
error-keychain = Kho lưu trữ an toàn (keychain) của hệ điều hành không khả dụng: { $detail }
error-not-signed-in = Chưa đăng nhập.
error-window-open = Cửa sổ cài đặt đã mở.
error-conflict = Hồ sơ đã thay đổi trên máy chủ kể từ lúc được đọc.
error-too-long = Dùng tối đa { $max } ký tự.
error-too-long-count = Dùng tối đa { $max } ký tự (hiện có { $count }).
error-name-empty = Hãy nhập tên của bạn.
error-phone-format = Hãy nhập số điện thoại theo định dạng quốc tế, ví dụ +48 600 700 800.
error-ca-file-unreadable = Không đọc được { $path }: { $detail }.
error-ca-file-not-pem = { $path } không phải là tệp PEM: { $detail }.
error-ca-file-empty = { $path } không chứa chứng chỉ nào (cần có “-----BEGIN CERTIFICATE-----”).
error-ca-file-unusable = { $path } chứa chứng chỉ không dùng được: { $detail }.
error-proxy-not-url = Hãy nhập proxy dưới dạng URL (ví dụ http://proxy.example.com:3128).
error-proxy-scheme = Chỉ hỗ trợ proxy http://; proxy này tạo đường hầm tới máy chủ https (ví dụ http://proxy.example.com:3128).
error-proxy-host = URL của proxy cần có tên máy chủ (ví dụ http://proxy.example.com:3128).
error-proxy-password = Không hỗ trợ proxy yêu cầu mật khẩu: hãy bỏ tên người dùng và mật khẩu.
error-nothing-to-change = Không có gì để thay đổi.
error-unknown-language = “{ $value }” không phải là một ngôn ngữ của Headset.
error-unknown-sound-choice = “{ $value }” không phải là một lựa chọn âm thanh.
error-unknown-flag = “{ $value }” không phải là một cài đặt thông báo.
error-timezone = “{ $value }” không phải là múi giờ IANA (ví dụ Europe/Warsaw).
error-currency = “{ $value }” không phải là mã tiền tệ ISO 4217 (ví dụ EUR).
error-audio-alerts = Hãy chọn none, hoặc assigned, notme và unassigned nối với nhau bằng dấu +.
error-away-status = Hãy chọn Bận hoặc Ngoại tuyến: trạng thái khi bạn vắng mặt.
error-idle-minutes = Hãy chọn từ 1 đến 480 phút.
error-inbox-id = “{ $value }” không phải là ID hộp thư đến.
error-capacity = Hãy chọn giới hạn từ 0 đến { $max }.
error-https-link = “{ $value }” không phải là địa chỉ https://.
error-time-of-day = “{ $value }” không phải là giờ theo dạng HH:MM.
error-time-of-day-end = “{ $value }” không phải là giờ theo dạng HH:MM (hoặc 24:00).
error-credentials = Thông tin đăng nhập không hợp lệ. Vui lòng thử lại.
error-code-invalid = Mã không hợp lệ.
error-sign-in-expired = Lượt đăng nhập đã hết hạn. Hãy đăng nhập lại.
error-server-empty = Hãy nhập địa chỉ máy chủ Chatwoot của bạn.
error-server-not-url = “{ $value }” không phải là địa chỉ web ({ $detail }).
error-server-scheme = Địa chỉ phải bắt đầu bằng https:// hoặc http://.
error-wrong-password = Mật khẩu không đúng.
error-keychain-memory-only = { $detail }. Bạn vẫn đăng nhập cho đến khi thoát Headset; Headset không bao giờ lưu thông tin đăng nhập vào tệp, nên lần khởi động sau sẽ hỏi lại.
error-avatar-type = Hãy dùng ảnh JPEG hoặc PNG.
error-avatar-damaged = Ảnh nhận được bị hỏng. Hãy thử lại.
error-avatar-size = Ảnh lớn hơn 5 MB. Hãy chọn ảnh nhỏ hơn.
error-billing-admins = Thanh toán & mức sử dụng chỉ dành cho quản trị viên tài khoản.
error-email-empty = Hãy nhập địa chỉ email.
error-password-empty = Hãy nhập mật khẩu.
error-code-empty = Hãy nhập mã.
error-token-empty = Hãy dán mã truy cập lấy từ phần cài đặt hồ sơ.
error-token-refused = Máy chủ không chấp nhận mã truy cập này.
error-snooze-minutes = Chỉ tạm tắt được từ 1 phút đến 24 giờ.
error-snooze-no-hours = Hãy đặt giờ làm việc trước: chưa có thời điểm bắt đầu tiếp theo để chờ.
error-sound-none = Chưa chọn tệp âm thanh.
error-sound-name = Hãy đặt tên cho âm thanh, tối đa 100 ký tự.
error-sound-damaged = Tệp nhận được bị hỏng. Hãy thử lại.
error-sound-size = Tệp âm thanh lớn hơn 1 MB.
error-sound-format = Headset không phát được tệp này (chỉ hỗ trợ WAV, MP3, OGG hoặc FLAC).
error-sound-empty = Tệp âm thanh trống.
error-sound-length = Âm thanh dài hơn 10 giây.
error-not-a-member = Bạn không phải là thành viên của tài khoản đó.
error-volume = Âm lượng từ 0 đến 100.
error-disk-full = Ổ đĩa chứa dữ liệu của Headset đã đầy nên thay đổi này chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Kết nối được
diagnose-no-notification-daemon = Không có dịch vụ thông báo: { $detail }
diagnose-system-notifications = Trung tâm thông báo của hệ thống
diagnose-unnamed-device = Thiết bị chưa đặt tên
diagnose-no-audio-device = Không có thiết bị đầu ra âm thanh
diagnose-signed-in = Đã đăng nhập vào { $server } bằng { $email }
diagnose-signed-out = Đã đăng xuất (máy chủ gần nhất: { $server })
diagnose-now = lúc này
diagnose-connected = { $reconnects ->
   *[other] Đã kết nối từ { $since }, kết nối lại { $reconnects } lần
}
diagnose-connecting = Đang kết nối
diagnose-retrying = { $reason }; thử lại sau { $seconds } giây
diagnose-not-connected = Chưa kết nối (đã đăng xuất)
diagnose-dnd-off = Tắt
diagnose-dnd-on = Bật: { $why }
dnd-gnome-banners-off = GNOME: biểu ngữ thông báo đang tắt
dnd-dunst-paused = Dịch vụ thông báo (dunst) đang tạm dừng
dnd-macos-focus = Chế độ Tập trung của macOS đang bật
dnd-windows-focus-assist = Hỗ trợ tập trung của Windows đang bật
dnd-windows-busy = Windows đang tạm giữ thông báo (ứng dụng toàn màn hình hoặc bản trình chiếu)

## headset-server's answers, in the language the request asks for
server-not-a-member = Bạn không phải là thành viên của tài khoản này.
server-contact-name = Hãy nhập tên liên hệ.
server-no-such-inbox = Tài khoản này không có hộp thư đến đó.
server-no-such-contact = Tài khoản này không có liên hệ đó.
server-assignee-not-in-inbox = Nhân viên hỗ trợ đó không xem được hộp thư đến này nên không thể được giao.
server-message-empty = Tin nhắn trống.
server-role-admins-only = Chỉ quản trị viên mới đổi được vai trò của nhân viên hỗ trợ.
server-filter-name = Hãy đặt tên cho bộ lọc.
server-filter-name-long = Tên dài hơn 100 ký tự.
server-mfa-code-invalid = Mã không hợp lệ. Hãy nhập mã hiện tại từ ứng dụng xác thực.
server-mfa-already-on = Xác thực hai yếu tố đã được bật.
server-mfa-not-started = Hãy bắt đầu thiết lập xác thực hai yếu tố trước.
server-mfa-not-on = Xác thực hai yếu tố chưa được bật.
server-password-invalid = Mật khẩu không hợp lệ
server-reset-sent = Nếu có tài khoản dùng email này, chúng tôi đã gửi đến đó một liên kết để đặt lại mật khẩu.
server-confirmation-mismatch = Mật khẩu xác nhận không khớp với mật khẩu
server-reset-link-invalid = Liên kết đặt lại này không hợp lệ hoặc đã hết hạn. Hãy yêu cầu liên kết mới.
server-password-reset-done = Mật khẩu của bạn đã được đổi. Hãy đăng nhập bằng mật khẩu mới.
server-email-fixed = Không thể đổi địa chỉ email ở đây. Hãy nhờ quản trị viên tài khoản của bạn thay đổi.
server-password-managed = Tài khoản này đăng nhập qua nhà cung cấp danh tính; mật khẩu được quản lý ở đó.
server-current-password-invalid = Mật khẩu hiện tại không hợp lệ
server-session-current = Đây là phiên bạn đang dùng. Thay vào đó, hãy đăng xuất.
server-sign-in-expired = Lượt đăng nhập đã hết hạn. Hãy nhập lại email và mật khẩu.
server-code-missing = Hãy nhập mã từ ứng dụng xác thực hoặc một mã dự phòng.
server-code-invalid = Mã không hợp lệ. Hãy kiểm tra ứng dụng xác thực rồi thử lại.
server-avatar-size = Ảnh lớn hơn 5 MB. Hãy chọn ảnh nhỏ hơn.
server-avatar-type = Tệp này không phải là ảnh JPEG, PNG hoặc WebP.
server-avatar-damaged = Không đọc được ảnh: tệp bị hỏng hoặc không đầy đủ.
server-avatar-empty = Ảnh trống.
server-sign-in-needed = Bạn cần đăng nhập hoặc đăng ký trước khi tiếp tục.
server-credentials = Thông tin đăng nhập không hợp lệ. Vui lòng thử lại.
server-profile-changed = Hồ sơ đã thay đổi kể từ lúc được đọc. Hãy đọc lại rồi áp dụng lại thay đổi.
server-not-found = Không tìm thấy tài nguyên
server-internal = Lỗi máy chủ nội bộ
server-disk-full = Ổ đĩa của máy chủ đã đầy nên không lưu được. Hãy nhờ quản trị viên máy chủ giải phóng bớt dung lượng.
server-password-common = Mật khẩu này quá phổ biến. Hãy chọn mật khẩu khó đoán hơn.
server-password-personal = Mật khẩu không được chứa tên hoặc địa chỉ email của bạn.
server-password-uppercase = Hãy dùng ít nhất một chữ in hoa.
server-password-digit = Hãy dùng ít nhất một chữ số.
server-password-special = Hãy dùng ít nhất một ký tự đặc biệt.
server-avatar-pixels = Ảnh có quá nhiều điểm ảnh (tối đa { $max } megapixel). Hãy chọn ảnh nhỏ hơn.
server-too-many = Quá nhiều lần thử. Hãy thử lại sau { $seconds } giây.
server-not-member-of = Bạn không phải là thành viên của tài khoản { $account }.
server-password-min = Dùng ít nhất { $min } ký tự.
server-password-max = Dùng tối đa { $max } ký tự.
server-profile-shape = Hãy gửi các thay đổi dưới dạng {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = Hãy điền vào đây để đổi mật khẩu.
server-ui-settings-object = ui_settings phải là một đối tượng.
server-must-be-text = Giá trị này phải là văn bản.
server-must-be-one-of = { $name } phải là một trong các giá trị: { $choices }.
server-must-be-object = { $name } phải là một đối tượng.
