# Headset settings window: English, the source every other language follows.
# Ids are grouped by component. Keep { $variables } in every translation.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Try again
common-cancel = Cancel
common-copy = Copy
common-loading = Loading…
common-saving = Saving…
common-checking = Checking…
common-signing-out = Signing out…
# A made-up error, when the agent's answer carries no words of its own.
error-fallback = Something went wrong. Please try again.

## Availability statuses and roles (status switcher, team, away form)

status-online = Online
status-busy = Busy
status-offline = Offline
role-agent = Agent
role-administrator = Administrator

## App

app-connecting = Connecting to { -headset }…
# The window's title.
app-title = { -headset } Settings

## SignIn

signin-title = Sign in to { -headset }
signin-lead-code = Enter the { $digits }-digit code from your authenticator app.
signin-lead-token = Paste the access token from your profile settings in the web dashboard.
signin-lead-password = Use the address and account of your { -chatwoot } server.
signin-server = Server address
signin-email = Email
signin-password = Password
signin-backup-code = Backup code
signin-auth-code = Authentication code
signin-use-backup-code = I'm using a backup code
signin-token = Access token
signin-signing-in = Signing in…
signin-verify = Verify
signin-submit = Sign in
signin-use-token = Sign in with an access token instead
signin-use-password = Sign in with email and password instead
signin-forgot = Forgot password?
signin-reset-title = Reset your password
signin-reset-lead = Enter the email address of your account, and your server will send you a link to set a new password.
signin-reset-submit = Send reset link
signin-reset-sending = Sending…
signin-reset-back = Back to sign in
# Said whether or not the address has an account.
signin-reset-sent = If an account exists for { $email }, we sent a link to reset the password.
signin-reset-error-email = Enter the email address of your account.

# The sign-in screen’s disclosure with the ConnectionForm (CA file, proxy).
signin-network = Connection settings
signin-network-lead = For a self-hosted server that uses your company’s own certificates or is reached through a proxy. These settings belong to this computer.

## ProfileSummary (the window's header; GeneralSection shows the live link and unread)

summary-connected = Connected
# $reason comes from the agent as it is.
summary-reconnecting = Reconnecting in { $seconds } s ({ $reason })
summary-connecting = Connecting…
summary-not-connected = Not connected
summary-live = Live updates
summary-unread = Unread notifications
summary-sign-out = Sign out
# The button that opens the header’s menu.
menu-button =
    .aria-label = Account menu
menu-open-dashboard = Open dashboard
menu-billing = Billing & usage
# The menu’s group of the user’s accounts, when there are several; the active one is checked.
menu-switch-account = Switch account
# Under the email, when the user works in several accounts: the one this window edits.
# $account is the account’s name.
summary-active-account = Active account: { $account }
summary-switching-account = Switching account…

## GeneralSection (the first section: the live link, unread, start at login)

general-title = General
general-lead = How { -headset } runs on this computer.

## LaunchAtLogin (the General section) and LaunchAtLoginBanner

# "Log in" to the computer (the operating system), not to Chatwoot.
launch-at-login = Start { -headset } when I log in
# Asked once, at the top of the window, until answered.
launch-banner-question = Start { -headset } when you log in, so alerts keep coming?
launch-banner-yes = Yes
launch-banner-not-now = Not now

## StatusSwitcher

status-legend = Status

## Settings (sidebar)

settings-nav =
    .aria-label = Settings
settings-tabs =
    .aria-label = Settings sections
settings-app-name = { -headset }
settings-section-general = General
settings-section-profile = Profile
settings-section-social = Social links
settings-section-region = Language & region
settings-section-notifications = Notifications
settings-section-availability = Availability
settings-section-segments = Segments
settings-section-channels = Channels
settings-section-team = Team
settings-section-security = Security
settings-section-network = Connection
settings-section-diagnostics = Diagnostics
settings-pending-edits =
    { $count ->
        [one] { $count } change waiting to sync
       *[other] { $count } changes waiting to sync
    }

## FormFooter (under every settings form)

form-saving = Saving…
form-pending = Waiting for the server…
form-saved = Your profile has been updated successfully
form-not-saved-field = Not saved: see the highlighted field.
form-pending-detail = Saved on this computer — will sync when the server is reachable.
form-pending-detail-retry = Saved on this computer — will sync when the server is reachable (next try in { $seconds } s).
form-save = Save

## TextField

# The character counter under a field: used / allowed.
field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Profile
profile-lead = How you appear to your team and to customers.
profile-name = Full name
profile-display-name = Display name
profile-display-name-hint = Shown to customers instead of your full name.
profile-email = Email
profile-email-hint = Your email address cannot be changed here. Ask an administrator of your account to change it.
profile-job-title = Job title
    .placeholder = Support lead
profile-about = About
profile-phone = Phone
profile-phone-hint = International format, for example { $example }.
profile-signature = Message signature
profile-signature-hint = Added to the replies you send when the signature is switched on.
profile-error-name = Enter your name.

## ProfileFacts (read-only, under the Profile section)

profile-facts-title = Account
profile-facts-company = Company
profile-facts-role = Role
profile-facts-created = Member since
profile-facts-last-sign-in = Last sign-in
profile-facts-updated = Profile updated

## Checks made before saving (rules)

rules-phone = Enter the phone number in international format, for example { $example }.
rules-https = “{ $address }” is not an https:// address
rules-length =
    { $max ->
        [one] Use at most { $max } character (it has { $count }).
       *[other] Use at most { $max } characters (it has { $count }).
    }
rules-idle-minutes = Enter a whole number of minutes from { $min } to { $max }.

## SocialSection

social-title = Social links
social-lead = Shown on your profile card. Use full https:// addresses; leave a field empty to remove it.
social-website = Website

## RegionSection

region-title = Language & region
region-lead = The language of { -headset } and { -chatwoot }, and how times and amounts are shown to you.
region-language = Language
region-account-default = Account default
region-language-hint = “Account default” follows the language your administrator chose.
region-timezone = Time zone
region-timezone-filter =
    .placeholder = Filter time zones
    .aria-label = Filter time zones
region-not-set = Not set
region-timezone-count =
    { $count ->
        [one] { $count } time zone
       *[other] { $count } time zones
    }
region-timezone-count-here =
    { $count ->
        [one] { $count } time zone · this computer: { $zone }
       *[other] { $count } time zones · this computer: { $zone }
    }
region-currency = Currency

## AwayForm

away-title = When you step away
away-lead = { -headset } watches for your screen locking and sets your status back when you return.
away-on-lock = Change my status while my screen is locked
away-status = Status while away
away-status-busy = Busy: no sounds, only assignments and mentions
away-status-offline = Offline: nothing new is assigned to me
# The sentence of the idle checkbox; the number field stands where { $minutes } is
# (the plural follows the number typed).
away-idle =
    { $minutes ->
        [one] Also when I am idle for { $minutes } minute
       *[other] Also when I am idle for { $minutes } minutes
    }
away-idle-minutes =
    .aria-label = Minutes idle
# "Idle": the computer has had no keyboard or mouse use.
away-idle-hint = Idle: no keyboard or mouse use. From { $min } to { $max } minutes.

## Weekdays (availability)

day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday

## The availability "now" line and the checks of the hours

availability-now-any-time = Available at any time
availability-now-no-hours = No hours set: { -headset } holds alerts back all week
availability-now-until-time = Available now, until { $time } ({ $zone })
availability-now-until-midnight = Available now, until midnight ({ $zone })
availability-now-until-day = Available now, until { $day } { $time } ({ $zone })
availability-now-until-next-week = Available now, until next { $day } { $time } ({ $zone })
availability-now-round-the-clock = Available now, round the clock ({ $zone })
availability-next-today = Next available: today { $time } ({ $zone })
availability-next-day = Next available: { $day } { $time } ({ $zone })
availability-next-next-week = Next available: next { $day } { $time } ({ $zone })
availability-error-start-empty = Enter a start time.
availability-error-end-empty = Enter an end time.
availability-error-start-24 = 24:00 can only end an interval.
availability-error-start = “{ $value }” is not a time of day as HH:MM.
availability-error-end = “{ $value }” is not a time of day as HH:MM (or 24:00).
availability-error-same = Start and end must differ.
availability-error-overlap = { $day }: { $first } and { $second } overlap.

## AvailabilitySection

availability-title = Availability
availability-lead = The hours you take conversations, and what { -headset } holds back outside them.
availability-use-hours = Use availability hours
availability-off-hint = { -headset } alerts you at any time.
availability-weekly = Weekly hours
availability-zone-hint = Times are in { $zone }. An interval that ends at or before its start runs past midnight.
availability-zone-hint-local = Times are in { $zone } (this computer’s time zone; choose yours in Language & region). An interval that ends at or before its start runs past midnight.
availability-unavailable = Unavailable
availability-interval-start =
    .aria-label = { $day }, interval { $number }, start
availability-interval-end =
    .aria-label = { $day }, interval { $number }, end
availability-remove = Remove
    .aria-label = Remove { $day }, interval { $number }
availability-ends-next-day = ends the next day
availability-until-midnight = until midnight
availability-add = Add interval
    .aria-label = Add interval on { $day }
availability-copy = Copy to all days
    .aria-label = Copy to all days: { $day }’s hours
availability-hold-back = Outside these hours, hold back
availability-block-desktop = Desktop notifications
availability-block-sound = Sounds
availability-block-email = Email notifications
availability-block-push = Push notifications
availability-status = Status
availability-auto-status = Set my status to online when my hours begin and offline when they end

## NotificationsSection

notifications-title = Notifications
notifications-lead = When { -headset } plays a sound, how often it shows desktop notifications, and what { -chatwoot } emails and pushes to you.
# A heading: the settings that go with the account, to every computer (synced).
notifications-synced = Synced with your account
# A heading: this computer’s own volume and sound file, not synced.
notifications-this-computer = Sound on this computer
notifications-sound = Sound
notifications-alerts = Play a sound for new messages in
notifications-alerts-none = Never
notifications-alerts-assigned = Conversations assigned to me
notifications-alerts-assigned-unassigned = Conversations assigned to me or unassigned
notifications-alerts-all = All conversations
# A value saved elsewhere, e.g. "assigned, notme".
notifications-alerts-custom = Custom ({ $value })
notifications-tone = Tone
notifications-tone-ding = Ding
notifications-tone-bell = Bell
notifications-tone-chime = Chime
notifications-tone-magic = Magic
notifications-tone-ping = Ping
# The loudness slider; its value is shown as a percentage.
notifications-volume = Volume
# Under the slider: the volume is kept by this computer, not synced with the account.
notifications-volume-hint = On this computer only
# Plays the chosen tone at the slider’s volume, saved or not.
notifications-test-sound = Test sound
notifications-repeat = Repeat every { $seconds } s while an assigned conversation is unread
notifications-custom-sound = Custom sound
notifications-custom-sound-none = Play a sound of your own on this computer instead of the tone.
# $name is the sound file’s name.
notifications-custom-sound-plays = Plays { $name } on this computer instead of the tone.
notifications-custom-sound-hint = WAV, MP3, Ogg or FLAC, up to { $megabytes } MB.
notifications-custom-sound-choose = Choose a sound…
notifications-custom-sound-replace = Choose another…
notifications-custom-sound-test = Test
    .aria-label = Test the custom sound
notifications-custom-sound-remove = Remove
    .aria-label = Remove the custom sound
notifications-custom-sound-error-type = Choose a WAV, MP3, Ogg or FLAC file.
notifications-custom-sound-error-size = This sound is larger than { $megabytes } MB. Choose a smaller one.
notifications-custom-sound-error-read = This file could not be read.
# The web dashboard’s own sounds; $conversations is a list of the phrases below.
notifications-dashboard-on = The web dashboard also plays sounds (for { $conversations }).
notifications-dashboard-assigned = conversations assigned to you
notifications-dashboard-unassigned = unassigned conversations
notifications-dashboard-notme = conversations assigned to others
notifications-dashboard-all = all conversations
notifications-dashboard-silence = Silence the dashboard
notifications-dashboard-off = The web dashboard is silent; only { -headset } rings.
notifications-desktop = Desktop notifications
notifications-show = Show them
notifications-instant = Instantly
notifications-digest-minutes =
    { $minutes ->
        [one] A digest every minute
       *[other] A digest every { $minutes } minutes
    }
notifications-digest-hour = A digest every hour
notifications-email-push = Email and push notifications
notifications-notify-when = Notify me when
notifications-channel-email = Email
notifications-channel-push = Push
# The label of one checkbox of the table: "Email: A new conversation is created".
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = A new conversation is created
notifications-kind-conversation-assignment = A conversation is assigned to you
notifications-kind-assigned-conversation-new-message = A new message in a conversation assigned to you
notifications-kind-conversation-mention = You are mentioned in a conversation
notifications-kind-participating-conversation-new-message = A new message in a conversation you participate in
notifications-kind-sla-missed-first-response = SLA missed: first response
notifications-kind-sla-missed-next-response = SLA missed: next response
notifications-kind-sla-missed-resolution = SLA missed: resolution

## ChannelsSection

channels-title = Channels
channels-lead = Take conversations from these channels, up to a number at a time.
channels-empty = No channels yet. Create inboxes in the web dashboard.
channels-take = Take conversations
channels-at-most = At most
channels-capacity-hint = At most: open conversations at a time, { $min } to { $max }; { $min } = no limit.
channels-capacity-error = Enter a whole number between { $min } and { $max }.

## SegmentsSection

segments-title = Segments
segments-lead = Choose the contact and company segments you want to see. Choose none to see all.
segments-contact = Contact segments
segments-company = Company segments
segments-contact-empty = No contact segments yet. Create them in the web dashboard.
segments-company-empty = No company segments yet. Create them in the web dashboard.
segments-showing-all = Showing all
segments-showing = Showing { $count } of { $total }
segments-contact-gone =
    { $count ->
        [one] One contact segment you chose no longer exists; it will be dropped when you save.
       *[other] { $count } contact segments you chose no longer exist; they will be dropped when you save.
    }
segments-company-gone =
    { $count ->
        [one] One company segment you chose no longer exists; it will be dropped when you save.
       *[other] { $count } company segments you chose no longer exist; they will be dropped when you save.
    }

## TeamSection

team-title = Team
team-lead = The agents of { $account }, and what each may do.
team-empty = No agents yet.
team-name = Name
team-email = Email
team-status = Status
team-role = Role
team-you = You
team-role-select =
    .aria-label = Role of { $name }
    .title = You can’t change your own role. Ask another administrator.
team-roles-note = Only administrators can change roles.
team-now-administrator = { $name } is now an administrator.
team-now-agent = { $name } is now an agent.

## AvatarEditor

avatar-drop =
    .aria-label = Profile picture: drop a picture here
avatar-change = Change picture…
avatar-add = Add a picture…
avatar-remove = Remove picture
avatar-hint = JPEG, PNG or WebP. Drop one here or choose a file.
avatar-crop =
    .aria-label = Crop your picture
avatar-preview =
    .aria-label = Preview. Drag or use the arrow keys to move the picture.
avatar-zoom = Zoom
avatar-rotate-left = Rotate left
avatar-rotate-right = Rotate right
avatar-save = Save picture
avatar-uploading = Uploading…
    .aria-label = Uploading
avatar-saved = Picture saved.
avatar-error-type = Choose a JPEG, PNG or WebP picture.
avatar-error-size = This picture is larger than { $megabytes } MB. Choose a smaller one.
avatar-error-draw = This window cannot draw pictures.
avatar-error-make = The picture could not be made.
avatar-error-open = This picture could not be opened. The file may be damaged.

## SecuritySection

security-title = Security
security-lead = Your password, the second step at sign-in, where you are signed in, and your API token.

## PasswordInput (the show/hide button)

password-input-show = Show
password-input-hide = Hide

## ChangePassword

password-title = Password
# $provider is "Google", "Okta"… or one of the two phrases below.
password-managed = Your password is managed by { $provider }.
password-provider-sso = your organisation’s single sign-on
password-provider-unknown = your identity provider
password-lead = Changing it signs you out on your other devices.
password-policy-error = Couldn’t load the password rules: { $error }
password-current = Current password
    .show = Show current password
password-new = New password
    .show = Show new password
password-confirm = Confirm new password
    .show = Show the new password’s confirmation
password-strength = Strength
password-strength-none = Nothing typed yet
password-strength-value = Strength: { $level }
password-strength-weak = Weak
password-strength-fair = Fair
password-strength-strong = Strong
password-strength-very-strong = Very strong
password-rules =
    .aria-label = Password requirements
password-rule-met = (done)
password-rule-unmet = (not yet)
password-rules-loading = Loading the password rules…
password-rule-length-range = Between { $min } and { $max } characters
password-rule-length =
    { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }
password-rule-common = Not a common password, your name or your email
password-rule-uppercase = An uppercase letter
password-rule-digit = A digit (0–9)
password-rule-special = A special character, such as ! ? # or -
password-mismatch = Doesn’t match the new password.
password-changed = Password changed. Your other devices were signed out.
password-changing = Changing…
password-change = Change password
password-error-current = Enter your current password.

## TwoFactor

mfa-title = Two-factor authentication
mfa-lead = At sign-in, { -headset } also asks for a code from an authenticator app on your phone.
mfa-unavailable = This server doesn’t offer two-factor authentication.
mfa-badge-on = On
mfa-on = Your account asks for a code at sign-in.
mfa-badge-off = Off
mfa-off = Only your password protects your account.
mfa-scan = Scan this QR code with your authenticator app.
mfa-qr =
    .aria-label = QR code for setting up your authenticator app
mfa-cant-scan = Can’t scan it? Enter this setup key instead:
mfa-copy-key = Copy key
mfa-key-copied = Setup key copied.
mfa-key-copy-failed = Couldn’t copy: select the key and copy it yourself.
mfa-enter-code = Enter the { $digits }-digit code the app shows
mfa-turn-on = Turn on
mfa-set-up = Set up
mfa-starting = Starting…
mfa-new-codes = New backup codes
mfa-new-codes-hint = Your old backup codes stop working once the new ones are made.
mfa-app-code = Code from your authenticator app
mfa-making-codes = Making codes…
mfa-make-codes = Make new codes
mfa-disable-title = Turn off two-factor authentication
mfa-disable-hint = Your account will be protected by your password alone.
mfa-password = Password
    .show = Show password
mfa-app-or-backup-code = Authenticator or backup code
mfa-turning-off = Turning off…
mfa-turn-off = Turn off
mfa-turn-off-ask = Turn off…
mfa-error-code = Enter the code your authenticator app shows.
mfa-error-password = Enter your password.
mfa-error-app-or-backup-code = Enter a code from your authenticator app or a backup code.
mfa-now-on = Two-factor authentication is on.
mfa-codes-made = New backup codes made. The old ones no longer work.
mfa-now-off = Two-factor authentication is off.

## BackupCodes

backup-title = Save your backup codes
backup-hint = Each code signs you in once if you can’t use your authenticator app. Keep them somewhere safe: they won’t be shown again.
backup-list =
    .aria-label = Backup codes
backup-download = Download
backup-done = I saved them
backup-copied = Backup codes copied.
backup-copy-failed = Couldn’t copy: select the codes and copy them yourself.
backup-saved-as = Saved as { $file }.
backup-save-failed = Couldn’t save the file: copy the codes instead.
# The first two lines of the downloaded text file.
backup-file-title = { -headset } backup codes for { $email }
backup-file-hint = Each code signs you in once when you cannot use your authenticator app.

## Sessions

sessions-title = Signed-in devices
sessions-lead = Where your account is signed in now. Sign out of any device you don’t recognise.
sessions-loading = Loading devices…
sessions-none = No devices are signed in.
sessions-unknown-app = Unknown app
sessions-this-device = This device
# $when is "5 minutes ago", "yesterday"… (made by the browser in the same language).
sessions-last-active = Last active { $when }
sessions-last-active-unknown = Last active unknown
sessions-ask-one = Sign out this device?
sessions-sign-out = Sign out
    .aria-label = Sign out { $app }
sessions-confirm = Yes, sign out
    .aria-label = Yes, sign out { $app }
sessions-ask-others =
    { $count ->
        [one] Sign out the other device?
       *[other] Sign out all { $count } other devices?
    }
sessions-confirm-others = Yes, sign out the others
sessions-sign-out-others = Sign out all other devices
sessions-ended-others = Signed out of all other devices.
sessions-ended = Signed out of { $app }.
sessions-ended-device = Signed out of the device.

## ApiToken

token-title = API access token
token-lead = Lets apps and scripts act as you through the { -chatwoot } API, for example to sign { -headset } in on another computer or to connect an integration. Treat it like your password.
token-value = Your access token
token-value-new = Your new access token
token-hide = Hide
token-warning-title = Reset the token?
token-warning = Apps and scripts using the current token stop working at once.
token-password = Your password
    .show = Show your password
token-password-hint = Confirm it’s you to see or reset the token.
token-reveal = Reveal
token-resetting = Resetting…
token-reset-now = Reset now
token-reset = Reset token…
token-error-reveal = Enter your password to see the token.
token-error-reset = Enter your password to reset the token.
token-made = A new token was made. Update the apps and scripts that use it.
token-copied = Token copied.
token-copy-failed = Couldn’t copy: select the token and copy it yourself.

## NetworkSection and ConnectionForm (also on the sign-in screen)

# How this computer reaches a self-hosted server; kept by this computer, not synced.
network-title = Connection
network-lead = How { -headset } reaches a self-hosted server from this computer: a certificate authority to trust besides the operating system’s (your company’s own, for example) and an HTTP proxy to go through. Saving reconnects at once. These settings belong to this computer, not to your account.
network-ca-file = Extra CA certificate (PEM file path)
# $example is a file path, shown as it is.
network-ca-file-hint = A PEM file, for example { $example }. Leave it empty to trust only the operating system’s certificates.
network-proxy = HTTP proxy
network-proxy-hint = An http:// address with a port, without a user or password. Leave it empty to connect directly.
network-saved = Saved. { -headset } connects through these settings.

## DiagnosticsSection

diagnostics-title = Diagnostics
diagnostics-lead = Whether { -headset } works on this computer, and why it did or didn’t alert you.

## Health (the Diagnostics section)

health-title = Health
health-lead = What { -headset } needs to alert you, checked on this computer.
# The checks, by the agent's name for each; the details under them come from the agent as they are.
health-check-server = Server
health-check-realtime = Live updates
health-check-keychain = Secure storage (keychain)
health-check-notifications = Desktop notifications
health-check-audio = Sound output
health-check-do-not-disturb = Do Not Disturb
health-ok = OK
health-problem = Problem
health-none = The agent reported no checks.
health-all-ok = Everything is working.
health-problems =
    { $count ->
        [one] { $count } problem found.
       *[other] { $count } problems found.
    }
health-check-again = Check again

## Decisions (the Diagnostics section: "Why was I (not) notified?")

decisions-title = Why was I (not) notified?
decisions-lead = For each recent event: whether { -headset } showed a notification and played a sound, and why. Newest first.
# A filter: only events that neither showed a notification nor played a sound.
decisions-only-held = Only held back
decisions-only-held-hint = Events that showed no notification and played no sound.
decisions-refresh = Refresh
decisions-empty = No events yet. They appear here as they arrive.
decisions-empty-held = Nothing was held back.
decisions-time = Time
decisions-event = Event
decisions-conversation = Conversation
decisions-notify = Notification
decisions-sound = Sound
decisions-yes = Yes
decisions-no = No
# Why a notification or a sound came (alert) or did not (the others).
decisions-reason-alert = Allowed by your settings
decisions-reason-own-message = You sent it yourself
decisions-reason-not-selected = Not among the conversations you chose to be alerted about
decisions-reason-not-incoming = It was not an incoming message
decisions-reason-pending-conversation = The conversation is pending
decisions-reason-flag-off = You turned off push notifications for this kind of event
decisions-reason-not-notifiable = This kind of event never alerts on its own
decisions-reason-offline = You were offline
decisions-reason-busy = You were busy
decisions-reason-snoozed = Alerts were snoozed
decisions-reason-os-dnd = Your computer was set to Do Not Disturb
decisions-reason-outside-hours = Outside your availability hours
decisions-reason-throttled = Another sound had just played
decisions-reason-digest = Held for the digest
decisions-reason-counted = Only counted as unread
decisions-reason-already-alerted = Already alerted once (it came in while you were reconnecting)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] No unread notifications
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}
tray-waiting = { $count ->
    [0] No conversations waiting for you
    [one] { $count } conversation waiting for you
   *[other] { $count } conversations waiting for you
}
tray-signed-out = Signed out
snooze-30 = Snooze for 30 minutes
snooze-60 = Snooze for 1 hour
snooze-hours = Snooze until my hours start
snooze-resume = Resume alerts
open-dashboard = Open dashboard
open-settings = Settings…
quit = Quit Headset
alert-away-title = While you were away
alert-digest-title = Headset digest
alert-summary = { $conversations ->
    [one] { $conversations } conversation
   *[other] { $conversations } conversations
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } mention
   *[other] , { $mentions } mentions
}
alert-assigned = Assigned to you: conversation #{ $id }
alert-mentioned = You were mentioned in conversation #{ $id }
alert-new-conversation = New conversation #{ $id }
alert-message = { $who } · conversation #{ $id }
alert-missed = Conversation #{ $id } needs attention
alert-missed-body = While Headset was offline
alert-open = Open conversation

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = Your session has ended. Please sign in again.
error-unreachable = Cannot reach the server at { $url }: { $reason }
error-server = The server refused the request ({ $status }): { $message }
error-protocol = Unexpected answer from the server: { $detail }
error-agent-unavailable = Headset's background agent is not running.
error-version-mismatch = This Headset agent speaks IPC version { $agent }, the client speaks { $client }. Restart Headset.
error-keychain = The OS keychain is not available: { $detail }
error-not-signed-in = Not signed in.
error-window-open = The settings window is already open.
error-conflict = The profile changed on the server since it was read.
error-too-long = Use at most { $max } characters.
error-too-long-count = Use at most { $max } characters (this has { $count }).
error-name-empty = Enter your name.
error-phone-format = Enter the phone number in international format, for example +48 600 700 800.
error-ca-file-unreadable = Cannot read { $path }: { $detail }.
error-ca-file-not-pem = { $path } is not a PEM file: { $detail }.
error-ca-file-empty = { $path } holds no certificate (expected “-----BEGIN CERTIFICATE-----”).
error-ca-file-unusable = { $path } holds an unusable certificate: { $detail }.
error-proxy-not-url = Enter the proxy as a URL (for example http://proxy.example.com:3128).
error-proxy-scheme = Only http:// proxies are supported; they tunnel to https servers (for example http://proxy.example.com:3128).
error-proxy-host = The proxy URL needs a host (for example http://proxy.example.com:3128).
error-proxy-password = Proxies that ask for a password are not supported: leave the user and password out.
error-nothing-to-change = Nothing to change.
error-unknown-language = “{ $value }” is not one of Headset's languages.
error-unknown-sound-choice = “{ $value }” is not a sound choice.
error-unknown-flag = “{ $value }” is not a notification setting.
error-timezone = “{ $value }” is not an IANA time zone (for example Europe/Warsaw).
error-currency = “{ $value }” is not an ISO 4217 currency code (for example EUR).
error-audio-alerts = Choose none, or assigned, notme and unassigned joined with +.
error-away-status = Choose busy or offline: the status while you are away.
error-idle-minutes = Choose between 1 and 480 minutes.
error-inbox-id = “{ $value }” is not an inbox id.
error-capacity = Choose a capacity between 0 and { $max }.
error-https-link = “{ $value }” is not an https:// address.
error-time-of-day = “{ $value }” is not a time of day as HH:MM.
error-time-of-day-end = “{ $value }” is not a time of day as HH:MM (or 24:00).
error-credentials = Invalid login credentials. Please try again.
error-code-invalid = Invalid code.
error-sign-in-expired = The sign-in has expired. Sign in again.
error-server-empty = Enter your Chatwoot server's address.
error-server-not-url = “{ $value }” is not a web address ({ $detail }).
error-server-scheme = The address must start with https:// or http://.
error-wrong-password = That is not your password.
error-keychain-memory-only = { $detail }. You are signed in until Headset quits; it never stores credentials in a file, so it will ask again next start.
error-avatar-type = Use a JPEG or PNG picture.
error-avatar-damaged = The picture arrived damaged. Try again.
error-avatar-size = The picture is larger than 5 MB. Choose a smaller one.
error-billing-admins = Billing & usage is for the account's administrators.
error-email-empty = Enter your email address.
error-password-empty = Enter your password.
error-code-empty = Enter the code.
error-token-empty = Paste your access token from your profile settings.
error-token-refused = The server does not accept this access token.
error-snooze-minutes = Snooze for 1 minute to 24 hours.
error-snooze-no-hours = Set your availability hours first: there is no next start to wait for.
error-sound-none = No sound file is chosen.
error-sound-name = Give the sound a name of at most 100 characters.
error-sound-damaged = The file arrived damaged. Try again.
error-sound-size = The sound file is larger than 1 MB.
error-sound-format = This file is not a sound Headset can play (WAV, MP3, OGG or FLAC).
error-sound-empty = The sound file is empty.
error-sound-length = The sound is longer than 10 seconds.
error-not-a-member = You are not a member of that account.
error-volume = The volume goes from 0 to 100.
error-disk-full = The disk holding Headset's data is full, so this change was not saved. Free some space and try again.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Reachable
diagnose-no-notification-daemon = No notification daemon: { $detail }
diagnose-system-notifications = The system's notification centre
diagnose-unnamed-device = Unnamed device
diagnose-no-audio-device = No audio output device
diagnose-signed-in = Signed in to { $server } as { $email }
diagnose-signed-out = Signed out (last server { $server })
diagnose-now = now
diagnose-connected = { $reconnects ->
    [one] Connected since { $since }, 1 reconnect
   *[other] Connected since { $since }, { $reconnects } reconnects
}
diagnose-connecting = Connecting
diagnose-retrying = { $reason }; retrying in { $seconds } s
diagnose-not-connected = Not connected (signed out)
diagnose-dnd-off = Off
diagnose-dnd-on = On: { $why }
dnd-gnome-banners-off = GNOME: notification banners are off
dnd-dunst-paused = The notification daemon (dunst) is paused
dnd-macos-focus = A macOS Focus is on
dnd-windows-focus-assist = Windows Focus Assist is on
dnd-windows-busy = Windows is holding notifications back (a full-screen app or a presentation)

## headset-server's answers, in the language the request asks for
server-not-a-member = You are not a member of this account.
server-contact-name = Enter the contact's name.
server-no-such-inbox = No such inbox in this account.
server-no-such-contact = No such contact in this account.
server-assignee-not-in-inbox = That agent cannot see this inbox, so cannot be assigned.
server-message-empty = The message is empty.
server-role-admins-only = Only administrators can change an agent's role.
server-filter-name = Give the filter a name.
server-filter-name-long = The name is longer than 100 characters.
server-mfa-code-invalid = The code is not valid. Enter the current code from your authenticator app.
server-mfa-already-on = Two-factor authentication is already on.
server-mfa-not-started = Start two-factor set-up first.
server-mfa-not-on = Two-factor authentication is not on.
server-password-invalid = Invalid password
server-reset-sent = If an account with this email exists, we sent it a link to reset the password.
server-confirmation-mismatch = Password confirmation doesn't match Password
server-reset-link-invalid = This reset link is invalid or has expired. Ask for a new one.
server-password-reset-done = Your password has been changed. Sign in with it now.
server-email-fixed = Your email address cannot be changed here. Ask an administrator of your account to change it.
server-password-managed = This account signs in with an identity provider; its password is managed there.
server-current-password-invalid = Invalid current password
server-session-current = This is the session you are using. Sign out instead.
server-sign-in-expired = The sign-in has expired. Enter your email and password again.
server-code-missing = Enter the code from your authenticator app or a backup code.
server-code-invalid = Invalid code. Check your authenticator app and try again.
server-avatar-size = The picture is larger than 5 MB. Choose a smaller one.
server-avatar-type = This file is not a JPEG, PNG or WebP picture.
server-avatar-damaged = The picture could not be read: the file is damaged or incomplete.
server-avatar-empty = The picture is empty.
server-sign-in-needed = You need to sign in or sign up before continuing.
server-credentials = Invalid login credentials. Please try again.
server-profile-changed = The profile changed since it was read. Read it again and reapply the change.
server-not-found = Resource could not be found
server-internal = Internal server error
server-disk-full = The server's disk is full, so this was not saved. Ask its administrator to free some space.
server-password-common = This password is too common. Choose a less predictable one.
server-password-personal = The password must not contain your name or email address.
server-password-uppercase = Include at least one uppercase letter.
server-password-digit = Include at least one digit.
server-password-special = Include at least one special character.
server-avatar-pixels = The picture has too many pixels (at most { $max } megapixels). Choose a smaller one.
server-too-many = Too many attempts. Try again in { $seconds } seconds.
server-not-member-of = You are not a member of account { $account }.
server-password-min = Use at least { $min } characters.
server-password-max = Use at most { $max } characters.
server-profile-shape = Send the changes as {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = Fill this in to change the password.
server-ui-settings-object = ui_settings must be an object.
server-must-be-text = This must be text.
server-must-be-one-of = { $name } must be one of: { $choices }.
server-must-be-object = { $name } must be an object.
