# Headset 설정: 한국어.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = 다시 시도
common-cancel = 취소
common-copy = 복사
common-loading = 불러오는 중…
common-saving = 저장 중…
common-checking = 확인 중…
common-signing-out = 로그아웃 중…
error-fallback = 문제가 발생했습니다. 다시 시도해 주세요.

## Availability statuses and roles

status-online = 온라인
status-busy = 다른 용무 중
status-offline = 오프라인
role-agent = 상담원
role-administrator = 관리자

## App

app-connecting = { -headset }에 연결하는 중…
app-title = { -headset } 설정

## SignIn

signin-title = { -headset }에 로그인
signin-lead-code = 인증 앱에 표시된 { $digits }자리 코드를 입력하세요.
signin-lead-token = 웹 대시보드의 프로필 설정에 있는 액세스 토큰을 붙여 넣으세요.
signin-lead-password = { -chatwoot } 서버의 주소와 계정을 사용하세요.
signin-server = 서버 주소
signin-email = 이메일
signin-password = 비밀번호
signin-backup-code = 백업 코드
signin-auth-code = 인증 코드
signin-use-backup-code = 백업 코드 사용
signin-token = 액세스 토큰
signin-signing-in = 로그인하는 중…
signin-verify = 확인
signin-submit = 로그인
signin-use-token = 액세스 토큰으로 로그인
signin-use-password = 이메일과 비밀번호로 로그인
signin-forgot = 비밀번호를 잊으셨나요?
signin-reset-title = 비밀번호 재설정
signin-reset-lead = 계정의 이메일 주소를 입력하면 서버가 새 비밀번호를 설정할 수 있는 링크를 보내 드립니다.
signin-reset-submit = 재설정 링크 보내기
signin-reset-sending = 보내는 중…
signin-reset-back = 로그인으로 돌아가기
signin-reset-sent = { $email } 계정이 있다면 비밀번호를 재설정할 수 있는 링크를 보냈습니다.
signin-reset-error-email = 계정의 이메일 주소를 입력하세요.
signin-network = 연결 설정
signin-network-lead = 회사 자체 인증서를 쓰거나 프록시를 거쳐 접속하는 자체 호스팅 서버를 위한 설정입니다. 이 설정은 이 컴퓨터에 적용됩니다.

## ProfileSummary

summary-connected = 연결됨
summary-reconnecting = { $seconds }초 후 다시 연결 ({ $reason })
summary-connecting = 연결 중…
summary-not-connected = 연결되지 않음
summary-live = 실시간 업데이트
summary-unread = 읽지 않은 알림
summary-sign-out = 로그아웃
menu-button =
    .aria-label = 계정 메뉴
menu-open-dashboard = 대시보드 열기
menu-billing = 결제 및 사용량
menu-switch-account = 계정 전환
summary-active-account = 현재 계정: { $account }
summary-switching-account = 계정 전환 중…

## GeneralSection

general-title = 일반
general-lead = 이 컴퓨터에서 { -headset }이(가) 동작하는 방식입니다.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = 컴퓨터에 로그인할 때 { -headset } 시작
launch-banner-question = 컴퓨터에 로그인할 때 { -headset } 앱을 시작해 알림을 계속 받으시겠어요?
launch-banner-yes = 예
launch-banner-not-now = 나중에

## StatusSwitcher

status-legend = 상태

## Settings

settings-nav =
    .aria-label = 설정
settings-tabs =
    .aria-label = 설정 섹션
settings-app-name = { -headset }
settings-section-general = 일반
settings-section-profile = 프로필
settings-section-social = 소셜 링크
settings-section-region = 언어 및 지역
settings-section-notifications = 알림
settings-section-availability = 근무 시간
settings-section-segments = 세그먼트
settings-section-channels = 채널
settings-section-team = 팀
settings-section-security = 보안
settings-section-network = 연결
settings-section-diagnostics = 진단
settings-pending-edits = 변경 사항 { $count }개가 동기화를 기다리는 중

## FormFooter

form-saving = 저장 중…
form-pending = 서버를 기다리는 중…
form-saved = 프로필이 업데이트되었습니다
form-not-saved-field = 저장되지 않음: 강조 표시된 항목을 확인하세요.
form-pending-detail = 이 컴퓨터에 저장했습니다. 서버에 연결되면 동기화됩니다.
form-pending-detail-retry = 이 컴퓨터에 저장했습니다. 서버에 연결되면 동기화됩니다({ $seconds }초 후 다시 시도).
form-save = 저장

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = 프로필
profile-lead = 팀과 고객에게 보이는 내 모습입니다.
profile-name = 이름
profile-display-name = 표시 이름
profile-display-name-hint = 이름 대신 고객에게 표시됩니다.
profile-email = 이메일
profile-email-hint = 이메일 주소는 여기에서 바꿀 수 없습니다. 계정 관리자에게 변경을 요청하세요.
profile-job-title = 직함
    .placeholder = 지원팀 리더
profile-about = 소개
profile-phone = 전화번호
profile-phone-hint = 국제 형식으로 입력하세요(예: { $example }).
profile-signature = 메시지 서명
profile-signature-hint = 서명을 켜면 보내는 답장에 추가됩니다.
profile-error-name = 이름을 입력하세요.

## ProfileFacts

profile-facts-title = 계정
profile-facts-company = 회사
profile-facts-role = 역할
profile-facts-created = 가입일
profile-facts-last-sign-in = 마지막 로그인
profile-facts-updated = 프로필 수정일

## Rules

rules-phone = 전화번호를 국제 형식으로 입력하세요(예: { $example }).
rules-https = “{ $address }”은(는) https:// 주소가 아닙니다
rules-length = 최대 { $max }자까지 입력할 수 있습니다(현재 { $count }자).
rules-idle-minutes = { $min }에서 { $max } 사이의 정수로 분을 입력하세요.

## SocialSection

social-title = 소셜 링크
social-lead = 프로필 카드에 표시됩니다. 전체 https:// 주소를 사용하세요. 칸을 비우면 삭제됩니다.
social-website = 웹사이트

## RegionSection

region-title = 언어 및 지역
region-lead = { -headset }와 { -chatwoot }의 언어, 그리고 시간과 금액을 표시하는 방식입니다.
region-language = 언어
region-account-default = 계정 기본값
region-language-hint = “계정 기본값”은 관리자가 선택한 언어를 따릅니다.
region-timezone = 시간대
region-timezone-filter =
    .placeholder = 시간대 검색
    .aria-label = 시간대 검색
region-not-set = 설정 안 됨
region-timezone-count = 시간대 { $count }개
region-timezone-count-here = 시간대 { $count }개 · 이 컴퓨터: { $zone }
region-currency = 통화

## AwayForm

away-title = 자리를 비울 때
away-lead = { -headset }는 화면이 잠기는 것을 감지하고, 돌아오면 상태를 되돌립니다.
away-on-lock = 화면이 잠겨 있는 동안 내 상태 변경
away-status = 자리 비움 상태
away-status-busy = 다른 용무 중: 소리 없이 배정과 멘션만 받기
away-status-offline = 오프라인: 새 대화를 배정받지 않기
away-idle = { $minutes }분 동안 입력이 없을 때도 변경
away-idle-minutes =
    .aria-label = 유휴 시간(분)
away-idle-hint = 유휴: 키보드나 마우스를 사용하지 않는 상태입니다. { $min }~{ $max }분.

## Weekdays

day-mon = 월요일
day-tue = 화요일
day-wed = 수요일
day-thu = 목요일
day-fri = 금요일
day-sat = 토요일
day-sun = 일요일

## Availability now line and checks

availability-now-any-time = 언제든 응대 가능
availability-now-no-hours = 근무 시간이 없음: { -headset }가 일주일 내내 알림을 보류합니다
availability-now-until-time = 지금 응대 가능, { $time }까지 ({ $zone })
availability-now-until-midnight = 지금 응대 가능, 자정까지 ({ $zone })
availability-now-until-day = 지금 응대 가능, { $day } { $time }까지 ({ $zone })
availability-now-until-next-week = 지금 응대 가능, 다음 주 { $day } { $time }까지 ({ $zone })
availability-now-round-the-clock = 지금 응대 가능, 24시간 ({ $zone })
availability-next-today = 다음 응대 가능 시간: 오늘 { $time } ({ $zone })
availability-next-day = 다음 응대 가능 시간: { $day } { $time } ({ $zone })
availability-next-next-week = 다음 응대 가능 시간: 다음 주 { $day } { $time } ({ $zone })
availability-error-start-empty = 시작 시간을 입력하세요.
availability-error-end-empty = 종료 시간을 입력하세요.
availability-error-start-24 = 24:00은 시간대의 끝으로만 쓸 수 있습니다.
availability-error-start = “{ $value }”은(는) HH:MM 형식의 시간이 아닙니다.
availability-error-end = “{ $value }”은(는) HH:MM 형식(또는 24:00)의 시간이 아닙니다.
availability-error-same = 시작과 종료 시간이 달라야 합니다.
availability-error-overlap = { $day }: { $first }와 { $second }이(가) 겹칩니다.

## AvailabilitySection

availability-title = 근무 시간
availability-lead = 대화를 받는 시간과, 그 밖의 시간에 { -headset }가 보류하는 항목입니다.
availability-use-hours = 근무 시간 사용
availability-off-hint = { -headset }가 언제든 알려 드립니다.
availability-weekly = 주간 근무 시간
availability-zone-hint = 시간은 { $zone } 기준입니다. 종료 시간이 시작 시간과 같거나 이른 시간대는 자정을 넘깁니다.
availability-zone-hint-local = 시간은 { $zone } 기준입니다(이 컴퓨터의 시간대이며, 언어 및 지역에서 내 시간대를 선택할 수 있습니다). 종료 시간이 시작 시간과 같거나 이른 시간대는 자정을 넘깁니다.
availability-unavailable = 응대 불가
availability-interval-start =
    .aria-label = { $day }, 시간대 { $number }, 시작
availability-interval-end =
    .aria-label = { $day }, 시간대 { $number }, 종료
availability-remove = 삭제
    .aria-label = { $day } 시간대 { $number } 삭제
availability-ends-next-day = 다음 날 종료
availability-until-midnight = 자정까지
availability-add = 시간대 추가
    .aria-label = { $day }에 시간대 추가
availability-copy = 모든 요일에 복사
    .aria-label = { $day } 시간을 모든 요일에 복사
availability-hold-back = 근무 시간 외에 보류할 항목
availability-block-desktop = 데스크톱 알림
availability-block-sound = 소리
availability-block-email = 이메일 알림
availability-block-push = 푸시 알림
availability-status = 상태
availability-auto-status = 근무 시간이 시작되면 온라인, 끝나면 오프라인으로 상태 변경

## NotificationsSection

notifications-title = 알림
notifications-lead = { -headset }가 소리를 내는 때, 데스크톱 알림을 보여 주는 빈도, { -chatwoot }가 이메일과 푸시로 보내는 내용입니다.
notifications-synced = 계정과 동기화됨
notifications-this-computer = 이 컴퓨터의 소리
notifications-sound = 소리
notifications-alerts = 새 메시지가 오면 소리 알림
notifications-alerts-none = 안 함
notifications-alerts-assigned = 나에게 배정된 대화
notifications-alerts-assigned-unassigned = 나에게 배정되었거나 배정되지 않은 대화
notifications-alerts-all = 모든 대화
notifications-alerts-custom = 사용자 지정({ $value })
notifications-tone = 알림음
notifications-tone-ding = 딩
notifications-tone-bell = 벨
notifications-tone-chime = 차임
notifications-tone-magic = 매직
notifications-tone-ping = 핑
notifications-volume = 음량
notifications-volume-hint = 이 컴퓨터에만 적용
notifications-test-sound = 소리 테스트
notifications-repeat = 배정된 대화를 읽지 않은 동안 { $seconds }초마다 반복
notifications-custom-sound = 사용자 지정 소리
notifications-custom-sound-none = 이 컴퓨터에서 알림음 대신 원하는 소리를 재생할 수 있습니다.
notifications-custom-sound-plays = 이 컴퓨터에서는 알림음 대신 { $name }을(를) 재생합니다.
notifications-custom-sound-hint = WAV, MP3, Ogg 또는 FLAC, 최대 { $megabytes }MB.
notifications-custom-sound-choose = 소리 선택…
notifications-custom-sound-replace = 다른 소리 선택…
notifications-custom-sound-test = 테스트
    .aria-label = 사용자 지정 소리 테스트
notifications-custom-sound-remove = 삭제
    .aria-label = 사용자 지정 소리 삭제
notifications-custom-sound-error-type = WAV, MP3, Ogg 또는 FLAC 파일을 선택하세요.
notifications-custom-sound-error-size = 이 소리는 { $megabytes }MB보다 큽니다. 더 작은 파일을 선택하세요.
notifications-custom-sound-error-read = 이 파일을 읽을 수 없습니다.
notifications-dashboard-on = 웹 대시보드에서도 소리가 납니다(대상: { $conversations }).
notifications-dashboard-assigned = 나에게 배정된 대화
notifications-dashboard-unassigned = 배정되지 않은 대화
notifications-dashboard-notme = 다른 사람에게 배정된 대화
notifications-dashboard-all = 모든 대화
notifications-dashboard-silence = 대시보드 음소거
notifications-dashboard-off = 웹 대시보드는 조용합니다. { -headset }만 울립니다.
notifications-desktop = 데스크톱 알림
notifications-show = 표시 방법
notifications-instant = 바로
notifications-digest-minutes = { $minutes }분마다 모아서
notifications-digest-hour = 1시간마다 모아서
notifications-email-push = 이메일 및 푸시 알림
notifications-notify-when = 알림을 받을 때
notifications-channel-email = 이메일
notifications-channel-push = 푸시
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = 새 대화가 생성됨
notifications-kind-conversation-assignment = 대화가 나에게 배정됨
notifications-kind-assigned-conversation-new-message = 나에게 배정된 대화에 새 메시지가 옴
notifications-kind-conversation-mention = 대화에서 나를 멘션함
notifications-kind-participating-conversation-new-message = 참여 중인 대화에 새 메시지가 옴
notifications-kind-sla-missed-first-response = SLA 미준수: 첫 응답
notifications-kind-sla-missed-next-response = SLA 미준수: 다음 응답
notifications-kind-sla-missed-resolution = SLA 미준수: 해결

## ChannelsSection

channels-title = 채널
channels-lead = 이 채널들에서 대화를 받으며, 동시에 받을 개수를 정할 수 있습니다.
channels-empty = 아직 채널이 없습니다. 웹 대시보드에서 받은편지함을 만드세요.
channels-take = 대화 받기
channels-at-most = 최대
channels-capacity-hint = 최대: 동시에 열려 있는 대화 수, { $min }~{ $max }, { $min } = 제한 없음.
channels-capacity-error = { $min }에서 { $max } 사이의 정수를 입력하세요.

## SegmentsSection

segments-title = 세그먼트
segments-lead = 보고 싶은 연락처 세그먼트와 회사 세그먼트를 선택하세요. 선택하지 않으면 모두 표시됩니다.
segments-contact = 연락처 세그먼트
segments-company = 회사 세그먼트
segments-contact-empty = 아직 연락처 세그먼트가 없습니다. 웹 대시보드에서 만드세요.
segments-company-empty = 아직 회사 세그먼트가 없습니다. 웹 대시보드에서 만드세요.
segments-showing-all = 모두 표시 중
segments-showing = { $total }개 중 { $count }개 표시 중
segments-contact-gone = 선택한 연락처 세그먼트 중 { $count }개가 더 이상 없습니다. 저장할 때 제외됩니다.
segments-company-gone = 선택한 회사 세그먼트 중 { $count }개가 더 이상 없습니다. 저장할 때 제외됩니다.

## TeamSection

team-title = 팀
team-lead = { $account }의 상담원과 각자의 권한입니다.
team-empty = 아직 상담원이 없습니다.
team-name = 이름
team-email = 이메일
team-status = 상태
team-role = 역할
team-you = 나
team-role-select =
    .aria-label = { $name }의 역할
    .title = 내 역할은 직접 바꿀 수 없습니다. 다른 관리자에게 요청하세요.
team-roles-note = 관리자만 역할을 바꿀 수 있습니다.
team-now-administrator = 이제 { $name } 님은 관리자입니다.
team-now-agent = 이제 { $name } 님은 상담원입니다.

## AvatarEditor

avatar-drop =
    .aria-label = 프로필 사진: 여기에 사진을 끌어다 놓으세요
avatar-change = 사진 변경…
avatar-add = 사진 추가…
avatar-remove = 사진 삭제
avatar-hint = JPEG, PNG 또는 WebP. 여기에 끌어다 놓거나 파일을 선택하세요.
avatar-crop =
    .aria-label = 사진 자르기
avatar-preview =
    .aria-label = 미리 보기. 드래그하거나 화살표 키로 사진을 옮기세요.
avatar-zoom = 확대/축소
avatar-rotate-left = 왼쪽으로 회전
avatar-rotate-right = 오른쪽으로 회전
avatar-save = 사진 저장
avatar-uploading = 업로드 중…
    .aria-label = 업로드 중
avatar-saved = 사진을 저장했습니다.
avatar-error-type = JPEG, PNG 또는 WebP 사진을 선택하세요.
avatar-error-size = 이 사진은 { $megabytes }MB보다 큽니다. 더 작은 사진을 선택하세요.
avatar-error-draw = 이 창에서는 사진을 그릴 수 없습니다.
avatar-error-make = 사진을 만들 수 없습니다.
avatar-error-open = 이 사진을 열 수 없습니다. 파일이 손상되었을 수 있습니다.

## SecuritySection

security-title = 보안
security-lead = 비밀번호, 로그인 시 2단계 인증, 로그인된 기기, API 토큰을 관리합니다.

## PasswordInput

password-input-show = 표시
password-input-hide = 숨기기

## ChangePassword

password-title = 비밀번호
password-managed = 비밀번호는 { $provider }에서 관리합니다.
password-provider-sso = 조직의 통합 로그인(SSO)
password-provider-unknown = 사용 중인 ID 공급자
password-lead = 비밀번호를 바꾸면 다른 기기에서 로그아웃됩니다.
password-policy-error = 비밀번호 규칙을 불러오지 못했습니다: { $error }
password-current = 현재 비밀번호
    .show = 현재 비밀번호 표시
password-new = 새 비밀번호
    .show = 새 비밀번호 표시
password-confirm = 새 비밀번호 확인
    .show = 확인용 비밀번호 표시
password-strength = 강도
password-strength-none = 아직 입력하지 않음
password-strength-value = 강도: { $level }
password-strength-weak = 약함
password-strength-fair = 보통
password-strength-strong = 강함
password-strength-very-strong = 매우 강함
password-rules =
    .aria-label = 비밀번호 요구 사항
password-rule-met = (충족)
password-rule-unmet = (미충족)
password-rules-loading = 비밀번호 규칙을 불러오는 중…
password-rule-length-range = { $min }~{ $max }자
password-rule-length = { $min }자
password-rule-common = 흔한 비밀번호나 내 이름, 이메일이 아닐 것
password-rule-uppercase = 대문자 1개
password-rule-digit = 숫자 1개(0–9)
password-rule-special = 특수 문자 1개(예: ! ? # -)
password-mismatch = 새 비밀번호와 일치하지 않습니다.
password-changed = 비밀번호를 변경했습니다. 다른 기기에서는 로그아웃되었습니다.
password-changing = 변경 중…
password-change = 비밀번호 변경
password-error-current = 현재 비밀번호를 입력하세요.

## TwoFactor

mfa-title = 2단계 인증
mfa-lead = 로그인할 때 { -headset }가 휴대폰 인증 앱의 코드도 요청합니다.
mfa-unavailable = 이 서버는 2단계 인증을 지원하지 않습니다.
mfa-badge-on = 켜짐
mfa-on = 로그인할 때 코드를 요청합니다.
mfa-badge-off = 꺼짐
mfa-off = 비밀번호만으로 계정을 보호하고 있습니다.
mfa-scan = 인증 앱으로 이 QR 코드를 스캔하세요.
mfa-qr =
    .aria-label = 인증 앱 설정용 QR 코드
mfa-cant-scan = 스캔할 수 없나요? 대신 이 설정 키를 입력하세요:
mfa-copy-key = 키 복사
mfa-key-copied = 설정 키를 복사했습니다.
mfa-key-copy-failed = 복사하지 못했습니다. 키를 선택해 직접 복사하세요.
mfa-enter-code = 앱에 표시된 { $digits }자리 코드를 입력하세요
mfa-turn-on = 켜기
mfa-set-up = 설정
mfa-starting = 시작하는 중…
mfa-new-codes = 새 백업 코드
mfa-new-codes-hint = 새 코드를 만들면 이전 백업 코드는 더 이상 쓸 수 없습니다.
mfa-app-code = 인증 앱의 코드
mfa-making-codes = 코드를 만드는 중…
mfa-make-codes = 새 코드 만들기
mfa-disable-title = 2단계 인증 끄기
mfa-disable-hint = 계정이 비밀번호만으로 보호됩니다.
mfa-password = 비밀번호
    .show = 비밀번호 표시
mfa-app-or-backup-code = 인증 코드 또는 백업 코드
mfa-turning-off = 끄는 중…
mfa-turn-off = 끄기
mfa-turn-off-ask = 끄기…
mfa-error-code = 인증 앱에 표시된 코드를 입력하세요.
mfa-error-password = 비밀번호를 입력하세요.
mfa-error-app-or-backup-code = 인증 앱의 코드나 백업 코드를 입력하세요.
mfa-now-on = 2단계 인증을 켰습니다.
mfa-codes-made = 새 백업 코드를 만들었습니다. 이전 코드는 더 이상 쓸 수 없습니다.
mfa-now-off = 2단계 인증을 껐습니다.

## BackupCodes

backup-title = 백업 코드를 저장하세요
backup-hint = 인증 앱을 쓸 수 없을 때 코드 하나로 한 번 로그인할 수 있습니다. 안전한 곳에 보관하세요. 다시 표시되지 않습니다.
backup-list =
    .aria-label = 백업 코드
backup-download = 다운로드
backup-done = 저장했습니다
backup-copied = 백업 코드를 복사했습니다.
backup-copy-failed = 복사하지 못했습니다. 코드를 선택해 직접 복사하세요.
backup-saved-as = { $file }(으)로 저장했습니다.
backup-save-failed = 파일을 저장하지 못했습니다. 대신 코드를 복사하세요.
backup-file-title = { $email }의 { -headset } 백업 코드
backup-file-hint = 인증 앱을 쓸 수 없을 때 코드 하나로 한 번 로그인할 수 있습니다.

## Sessions

sessions-title = 로그인된 기기
sessions-lead = 지금 계정에 로그인되어 있는 곳입니다. 모르는 기기는 로그아웃하세요.
sessions-loading = 기기를 불러오는 중…
sessions-none = 로그인된 기기가 없습니다.
sessions-unknown-app = 알 수 없는 앱
sessions-this-device = 이 기기
sessions-last-active = 마지막 활동: { $when }
sessions-last-active-unknown = 마지막 활동: 알 수 없음
sessions-ask-one = 이 기기에서 로그아웃할까요?
sessions-sign-out = 로그아웃
    .aria-label = { $app } 로그아웃
sessions-confirm = 예, 로그아웃
    .aria-label = 예, { $app } 로그아웃
sessions-ask-others =
    { $count ->
        [1] 다른 기기 1대에서 로그아웃할까요?
       *[other] 다른 기기 { $count }대에서 모두 로그아웃할까요?
    }
sessions-confirm-others = 예, 다른 기기 로그아웃
sessions-sign-out-others = 다른 모든 기기에서 로그아웃
sessions-ended-others = 다른 모든 기기에서 로그아웃했습니다.
sessions-ended = { $app }에서 로그아웃했습니다.
sessions-ended-device = 기기에서 로그아웃했습니다.

## ApiToken

token-title = API 액세스 토큰
token-lead = 앱과 스크립트가 { -chatwoot } API를 통해 나 대신 작업할 수 있게 합니다. 예를 들어 다른 컴퓨터에서 { -headset }에 로그인하거나 연동을 연결할 때 씁니다. 비밀번호처럼 다루세요.
token-value = 액세스 토큰
token-value-new = 새 액세스 토큰
token-hide = 숨기기
token-warning-title = 토큰을 재설정할까요?
token-warning = 현재 토큰을 쓰는 앱과 스크립트는 즉시 작동을 멈춥니다.
token-password = 비밀번호
    .show = 비밀번호 표시
token-password-hint = 토큰을 보거나 재설정하려면 본인 확인이 필요합니다.
token-reveal = 보기
token-resetting = 재설정 중…
token-reset-now = 지금 재설정
token-reset = 토큰 재설정…
token-error-reveal = 토큰을 보려면 비밀번호를 입력하세요.
token-error-reset = 토큰을 재설정하려면 비밀번호를 입력하세요.
token-made = 새 토큰을 만들었습니다. 이 토큰을 쓰는 앱과 스크립트를 업데이트하세요.
token-copied = 토큰을 복사했습니다.
token-copy-failed = 복사하지 못했습니다. 토큰을 선택해 직접 복사하세요.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = 연결
network-lead = 이 컴퓨터에서 { -headset }이(가) 자체 호스팅 서버에 연결하는 방식입니다. 운영 체제의 인증 기관 외에 신뢰할 인증 기관(예: 회사 자체 인증 기관)과 거쳐 갈 HTTP 프록시를 지정합니다. 저장하면 바로 다시 연결합니다. 이 설정은 계정이 아니라 이 컴퓨터에 속합니다.
network-ca-file = 추가 CA 인증서(PEM 파일 경로)
network-ca-file-hint = PEM 파일(예: { $example }). 비워 두면 운영 체제의 인증서만 신뢰합니다.
network-proxy = HTTP 프록시
network-proxy-hint = 포트가 포함된 http:// 주소(사용자 이름과 비밀번호 없이). 비워 두면 직접 연결합니다.
network-saved = 저장됨. { -headset }이(가) 이 설정으로 연결합니다.

## DiagnosticsSection

diagnostics-title = 진단
diagnostics-lead = 이 컴퓨터에서 { -headset }가 제대로 동작하는지, 알림을 보낸 이유와 보내지 않은 이유를 확인합니다.

## Health

health-title = 상태
health-lead = { -headset }가 알림을 보내는 데 필요한 것을 이 컴퓨터에서 확인한 결과입니다.
health-check-server = 서버
health-check-realtime = 실시간 업데이트
health-check-keychain = 보안 저장소(키체인)
health-check-notifications = 데스크톱 알림
health-check-audio = 소리 출력
health-check-do-not-disturb = 방해 금지 모드
health-ok = 정상
health-problem = 문제 있음
health-none = 에이전트가 보고한 확인 항목이 없습니다.
health-all-ok = 모두 정상적으로 동작합니다.
health-problems = 문제 { $count }개를 찾았습니다.
health-check-again = 다시 확인

## Decisions

decisions-title = 알림을 받은(받지 못한) 이유
decisions-lead = 최근 이벤트마다 { -headset }가 알림을 표시하고 소리를 냈는지, 그리고 그 이유를 최신순으로 보여 줍니다.
decisions-only-held = 보류된 것만
decisions-only-held-hint = 알림도 소리도 없었던 이벤트입니다.
decisions-refresh = 새로 고침
decisions-empty = 아직 이벤트가 없습니다. 이벤트가 도착하면 여기에 표시됩니다.
decisions-empty-held = 보류된 것이 없습니다.
decisions-time = 시간
decisions-event = 이벤트
decisions-conversation = 대화
decisions-notify = 알림
decisions-sound = 소리
decisions-yes = 예
decisions-no = 아니요
decisions-reason-alert = 설정에서 허용됨
decisions-reason-own-message = 직접 보낸 메시지임
decisions-reason-not-selected = 알림을 받기로 선택한 대화가 아님
decisions-reason-not-incoming = 수신 메시지가 아님
decisions-reason-pending-conversation = 대화가 보류 중임
decisions-reason-flag-off = 이 종류의 이벤트에 대한 푸시 알림을 껐음
decisions-reason-not-notifiable = 이 종류의 이벤트는 그 자체로는 알리지 않음
decisions-reason-offline = 오프라인 상태였음
decisions-reason-busy = 다른 용무 중이었음
decisions-reason-snoozed = 알림이 일시 중지되어 있었음
decisions-reason-os-dnd = 컴퓨터가 방해 금지 모드였음
decisions-reason-outside-hours = 근무 시간 외였음
decisions-reason-throttled = 방금 다른 소리가 재생되었음
decisions-reason-digest = 요약 알림을 위해 보류됨
decisions-reason-counted = 읽지 않은 항목으로만 집계됨
decisions-reason-already-alerted = 이미 한 번 알렸음 (다시 연결하는 동안 도착함)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] 읽지 않은 알림이 없습니다
    [one] 읽지 않은 알림 { $count }개
   *[other] 읽지 않은 알림 { $count }개
}
tray-waiting = { $count ->
    [0] 기다리는 대화가 없습니다
    [one] 대화 { $count }개가 기다리고 있습니다
   *[other] 대화 { $count }개가 기다리고 있습니다
}
tray-signed-out = 로그아웃됨
snooze-30 = 30분 동안 알림 끄기
snooze-60 = 1시간 동안 알림 끄기
snooze-hours = 근무 시간이 시작될 때까지 알림 끄기
snooze-resume = 알림 다시 켜기
open-dashboard = 대시보드 열기
open-settings = 설정…
quit = Headset 종료
alert-away-title = 자리를 비운 동안
alert-digest-title = Headset 요약
alert-summary = { $conversations ->
    [one] 대화 { $conversations }개
   *[other] 대화 { $conversations }개
}{ $mentions ->
    [0] {""}
    [one] , 멘션 { $mentions }개
   *[other] , 멘션 { $mentions }개
}
alert-assigned = 나에게 배정됨: 대화 #{ $id }
alert-mentioned = 대화 #{ $id }에서 멘션되었습니다
alert-new-conversation = 새 대화 #{ $id }
alert-message = { $who } · 대화 #{ $id }
alert-missed = 대화 #{ $id }에 확인이 필요합니다
alert-missed-body = Headset이 오프라인인 동안
alert-open = 대화 열기

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = 세션이 종료되었습니다. 다시 로그인하세요.
error-unreachable = 서버 { $url }에 연결할 수 없습니다: { $reason }
error-server = 서버가 요청을 거부했습니다({ $status }): { $message }
error-protocol = 서버에서 예상하지 못한 응답을 받았습니다: { $detail }
error-agent-unavailable = Headset 백그라운드 에이전트가 실행 중이 아닙니다.
error-version-mismatch = 이 Headset 에이전트와 클라이언트의 IPC 버전이 다릅니다(에이전트 { $agent }, 클라이언트 { $client }). Headset을 다시 시작하세요.
error-keychain = 운영 체제 키체인을 사용할 수 없습니다: { $detail }
error-not-signed-in = 로그인되어 있지 않습니다.
error-window-open = 설정 창이 이미 열려 있습니다.
error-conflict = 프로필을 불러온 뒤 서버에서 프로필이 변경되었습니다.
error-too-long = 최대 { $max }자까지 입력할 수 있습니다.
error-too-long-count = 최대 { $max }자까지 입력할 수 있습니다(현재 { $count }자).
error-name-empty = 이름을 입력하세요.
error-phone-format = 전화번호를 국제 형식으로 입력하세요(예: +48 600 700 800).
error-ca-file-unreadable = { $path } 파일을 읽을 수 없습니다: { $detail }.
error-ca-file-not-pem = { $path } 파일은 PEM 파일이 아닙니다: { $detail }.
error-ca-file-empty = { $path } 파일에 인증서가 없습니다(“-----BEGIN CERTIFICATE-----”가 있어야 합니다).
error-ca-file-unusable = { $path } 파일의 인증서를 사용할 수 없습니다: { $detail }.
error-proxy-not-url = 프록시를 URL로 입력하세요(예: http://proxy.example.com:3128).
error-proxy-scheme = http:// 프록시만 지원하며, 이 프록시를 거쳐 https 서버에 터널로 연결합니다(예: http://proxy.example.com:3128).
error-proxy-host = 프록시 URL에 호스트가 있어야 합니다(예: http://proxy.example.com:3128).
error-proxy-password = 비밀번호를 요구하는 프록시는 지원하지 않습니다. 사용자 이름과 비밀번호를 빼고 입력하세요.
error-nothing-to-change = 변경할 내용이 없습니다.
error-unknown-language = “{ $value }”은(는) Headset에서 지원하는 언어가 아닙니다.
error-unknown-sound-choice = “{ $value }”은(는) 선택할 수 있는 소리가 아닙니다.
error-unknown-flag = “{ $value }”은(는) 알림 설정 항목이 아닙니다.
error-timezone = “{ $value }”은(는) IANA 시간대가 아닙니다(예: Europe/Warsaw).
error-currency = “{ $value }”은(는) ISO 4217 통화 코드가 아닙니다(예: EUR).
error-audio-alerts = none을 선택하거나 assigned, notme, unassigned를 +로 연결해 입력하세요.
error-away-status = 자리 비움 상태로 다른 용무 중 또는 오프라인을 선택하세요.
error-idle-minutes = 1분에서 480분 사이로 선택하세요.
error-inbox-id = “{ $value }”은(는) 받은편지함 ID가 아닙니다.
error-capacity = 최대 대화 수는 0에서 { $max } 사이로 선택하세요.
error-https-link = “{ $value }”은(는) https:// 주소가 아닙니다.
error-time-of-day = “{ $value }”은(는) HH:MM 형식의 시간이 아닙니다.
error-time-of-day-end = “{ $value }”은(는) HH:MM 형식(또는 24:00)의 시간이 아닙니다.
error-credentials = 로그인 정보가 올바르지 않습니다. 다시 시도해 주세요.
error-code-invalid = 코드가 올바르지 않습니다.
error-sign-in-expired = 로그인 시간이 만료되었습니다. 다시 로그인하세요.
error-server-empty = Chatwoot 서버 주소를 입력하세요.
error-server-not-url = “{ $value }”은(는) 웹 주소가 아닙니다({ $detail }).
error-server-scheme = 주소는 https:// 또는 http://로 시작해야 합니다.
error-wrong-password = 비밀번호가 올바르지 않습니다.
error-keychain-memory-only = { $detail }. Headset을 종료할 때까지 로그인 상태가 유지됩니다. Headset은 로그인 정보를 파일에 저장하지 않으므로 다음에 시작할 때 다시 물어봅니다.
error-avatar-type = JPEG 또는 PNG 사진을 사용하세요.
error-avatar-damaged = 사진이 손상된 채로 전송되었습니다. 다시 시도하세요.
error-avatar-size = 사진이 5MB보다 큽니다. 더 작은 사진을 선택하세요.
error-billing-admins = 결제 및 사용량은 계정 관리자만 볼 수 있습니다.
error-email-empty = 이메일 주소를 입력하세요.
error-password-empty = 비밀번호를 입력하세요.
error-code-empty = 코드를 입력하세요.
error-token-empty = 프로필 설정에 있는 액세스 토큰을 붙여 넣으세요.
error-token-refused = 서버가 이 액세스 토큰을 받아들이지 않습니다.
error-snooze-minutes = 알림은 1분에서 24시간까지 끌 수 있습니다.
error-snooze-no-hours = 먼저 근무 시간을 설정하세요. 기다릴 다음 시작 시간이 없습니다.
error-sound-none = 선택한 소리 파일이 없습니다.
error-sound-name = 소리 이름을 100자 이내로 입력하세요.
error-sound-damaged = 파일이 손상된 채로 전송되었습니다. 다시 시도하세요.
error-sound-size = 소리 파일이 1MB보다 큽니다.
error-sound-format = Headset에서 재생할 수 있는 소리 파일이 아닙니다(WAV, MP3, OGG 또는 FLAC).
error-sound-empty = 소리 파일이 비어 있습니다.
error-sound-length = 소리가 10초보다 깁니다.
error-not-a-member = 해당 계정의 멤버가 아닙니다.
error-volume = 음량은 0에서 100 사이여야 합니다.
error-disk-full = Headset 데이터가 저장된 디스크가 가득 차서 이 변경 사항을 저장하지 못했습니다. 공간을 확보한 뒤 다시 시도하세요.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = 접근 가능
diagnose-no-notification-daemon = 알림 데몬 없음: { $detail }
diagnose-system-notifications = 시스템 알림 센터
diagnose-unnamed-device = 이름 없는 기기
diagnose-no-audio-device = 오디오 출력 기기 없음
diagnose-signed-in = { $server }에 { $email } 계정으로 로그인됨
diagnose-signed-out = 로그아웃됨(마지막 서버: { $server })
diagnose-now = 지금
diagnose-connected = { $reconnects ->
   *[other] { $since }부터 연결됨, 재연결 { $reconnects }회
}
diagnose-connecting = 연결 중
diagnose-retrying = { $reason }. { $seconds }초 후 다시 시도
diagnose-not-connected = 연결되지 않음(로그아웃됨)
diagnose-dnd-off = 꺼짐
diagnose-dnd-on = 켜짐: { $why }
dnd-gnome-banners-off = GNOME: 알림 배너가 꺼져 있음
dnd-dunst-paused = 알림 데몬(dunst)이 일시 중지됨
dnd-macos-focus = macOS 집중 모드가 켜져 있음
dnd-windows-focus-assist = Windows 집중 지원이 켜져 있음
dnd-windows-busy = Windows가 알림을 보류하는 중(전체 화면 앱 또는 프레젠테이션)

## headset-server's answers, in the language the request asks for
server-not-a-member = 이 계정의 멤버가 아닙니다.
server-contact-name = 연락처 이름을 입력하세요.
server-no-such-inbox = 이 계정에 해당 받은편지함이 없습니다.
server-no-such-contact = 이 계정에 해당 연락처가 없습니다.
server-assignee-not-in-inbox = 해당 상담원은 이 받은편지함을 볼 수 없으므로 배정할 수 없습니다.
server-message-empty = 메시지가 비어 있습니다.
server-role-admins-only = 관리자만 상담원의 역할을 바꿀 수 있습니다.
server-filter-name = 필터 이름을 입력하세요.
server-filter-name-long = 이름이 100자를 넘습니다.
server-mfa-code-invalid = 코드가 올바르지 않습니다. 인증 앱에 표시된 현재 코드를 입력하세요.
server-mfa-already-on = 2단계 인증이 이미 켜져 있습니다.
server-mfa-not-started = 먼저 2단계 인증 설정을 시작하세요.
server-mfa-not-on = 2단계 인증이 켜져 있지 않습니다.
server-password-invalid = 비밀번호가 올바르지 않습니다.
server-reset-sent = 이 이메일을 사용하는 계정이 있다면 비밀번호를 재설정할 수 있는 링크를 보냈습니다.
server-confirmation-mismatch = 비밀번호 확인이 비밀번호와 일치하지 않습니다.
server-reset-link-invalid = 이 재설정 링크는 유효하지 않거나 만료되었습니다. 새 링크를 요청하세요.
server-password-reset-done = 비밀번호가 변경되었습니다. 이제 새 비밀번호로 로그인하세요.
server-email-fixed = 이메일 주소는 여기에서 바꿀 수 없습니다. 계정 관리자에게 변경을 요청하세요.
server-password-managed = 이 계정은 ID 공급자를 통해 로그인하므로 비밀번호도 그곳에서 관리합니다.
server-current-password-invalid = 현재 비밀번호가 올바르지 않습니다.
server-session-current = 지금 사용 중인 세션입니다. 대신 로그아웃하세요.
server-sign-in-expired = 로그인 시간이 만료되었습니다. 이메일과 비밀번호를 다시 입력하세요.
server-code-missing = 인증 앱의 코드나 백업 코드를 입력하세요.
server-code-invalid = 코드가 올바르지 않습니다. 인증 앱을 확인하고 다시 시도하세요.
server-avatar-size = 사진이 5MB보다 큽니다. 더 작은 사진을 선택하세요.
server-avatar-type = 이 파일은 JPEG, PNG 또는 WebP 사진이 아닙니다.
server-avatar-damaged = 사진을 읽을 수 없습니다. 파일이 손상되었거나 불완전합니다.
server-avatar-empty = 사진이 비어 있습니다.
server-sign-in-needed = 계속하려면 로그인하거나 가입해야 합니다.
server-credentials = 로그인 정보가 올바르지 않습니다. 다시 시도해 주세요.
server-profile-changed = 프로필을 불러온 뒤 프로필이 변경되었습니다. 다시 불러온 후 변경 사항을 다시 적용하세요.
server-not-found = 리소스를 찾을 수 없습니다.
server-internal = 내부 서버 오류가 발생했습니다.
server-disk-full = 서버 디스크가 가득 차서 저장하지 못했습니다. 서버 관리자에게 공간 확보를 요청하세요.
server-password-common = 너무 흔한 비밀번호입니다. 예측하기 어려운 비밀번호를 선택하세요.
server-password-personal = 비밀번호에 이름이나 이메일 주소를 넣지 마세요.
server-password-uppercase = 대문자를 1개 이상 넣으세요.
server-password-digit = 숫자를 1개 이상 넣으세요.
server-password-special = 특수 문자를 1개 이상 넣으세요.
server-avatar-pixels = 사진의 픽셀 수가 너무 많습니다(최대 { $max }메가픽셀). 더 작은 사진을 선택하세요.
server-too-many = 시도 횟수가 너무 많습니다. { $seconds }초 후에 다시 시도하세요.
server-not-member-of = { $account } 계정의 멤버가 아닙니다.
server-password-min = { $min }자 이상 입력하세요.
server-password-max = 최대 { $max }자까지 입력하세요.
server-profile-shape = 변경 사항은 {"{"}"profile": {"{"}…{"}"}{"}"} 형식으로 보내세요.
server-password-field-required = 비밀번호를 바꾸려면 이 항목을 입력하세요.
server-ui-settings-object = ui_settings는 객체여야 합니다.
server-must-be-text = 텍스트여야 합니다.
server-must-be-one-of = { $name }은(는) 다음 중 하나여야 합니다: { $choices }.
server-must-be-object = { $name }은(는) 객체여야 합니다.
