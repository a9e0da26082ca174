# การตั้งค่า Headset: ภาษาไทย

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = ลองอีกครั้ง
common-cancel = ยกเลิก
common-copy = คัดลอก
common-loading = กำลังโหลด…
common-saving = กำลังบันทึก…
common-checking = กำลังตรวจสอบ…
common-signing-out = กำลังออกจากระบบ…
error-fallback = เกิดข้อผิดพลาด โปรดลองอีกครั้ง

## Availability statuses and roles

status-online = ออนไลน์
status-busy = ไม่ว่าง
status-offline = ออฟไลน์
role-agent = เจ้าหน้าที่
role-administrator = ผู้ดูแลระบบ

## App

app-connecting = กำลังเชื่อมต่อกับ { -headset }…
app-title = การตั้งค่า { -headset }

## SignIn

signin-title = เข้าสู่ระบบ { -headset }
signin-lead-code = ป้อนรหัส { $digits } หลักจากแอปยืนยันตัวตนของคุณ
signin-lead-token = วางโทเค็นการเข้าถึงจากการตั้งค่าโปรไฟล์ในแดชบอร์ดบนเว็บ
signin-lead-password = ใช้ที่อยู่และบัญชีของเซิร์ฟเวอร์ { -chatwoot } ของคุณ
signin-server = ที่อยู่เซิร์ฟเวอร์
signin-email = อีเมล
signin-password = รหัสผ่าน
signin-backup-code = รหัสสำรอง
signin-auth-code = รหัสยืนยันตัวตน
signin-use-backup-code = ใช้รหัสสำรอง
signin-token = โทเค็นการเข้าถึง
signin-signing-in = กำลังเข้าสู่ระบบ…
signin-verify = ยืนยัน
signin-submit = เข้าสู่ระบบ
signin-use-token = เข้าสู่ระบบด้วยโทเค็นการเข้าถึงแทน
signin-use-password = เข้าสู่ระบบด้วยอีเมลและรหัสผ่านแทน
signin-forgot = ลืมรหัสผ่านใช่ไหม
signin-reset-title = รีเซ็ตรหัสผ่าน
signin-reset-lead = กรอกอีเมลของบัญชีคุณ แล้วเซิร์ฟเวอร์จะส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ให้
signin-reset-submit = ส่งลิงก์รีเซ็ต
signin-reset-sending = กำลังส่ง…
signin-reset-back = กลับไปหน้าเข้าสู่ระบบ
signin-reset-sent = หากมีบัญชีสำหรับ { $email } เราได้ส่งลิงก์สำหรับรีเซ็ตรหัสผ่านไปแล้ว
signin-reset-error-email = กรอกอีเมลของบัญชีคุณ
signin-network = การตั้งค่าการเชื่อมต่อ
signin-network-lead = สำหรับเซิร์ฟเวอร์ที่โฮสต์เองซึ่งใช้ใบรับรองของบริษัทคุณเองหรือเข้าถึงผ่านพร็อกซี การตั้งค่าเหล่านี้เป็นของคอมพิวเตอร์เครื่องนี้

## ProfileSummary

summary-connected = เชื่อมต่อแล้ว
summary-reconnecting = จะเชื่อมต่อใหม่ใน { $seconds } วินาที ({ $reason })
summary-connecting = กำลังเชื่อมต่อ…
summary-not-connected = ไม่ได้เชื่อมต่อ
summary-live = อัปเดตแบบเรียลไทม์
summary-unread = การแจ้งเตือนที่ยังไม่ได้อ่าน
summary-sign-out = ออกจากระบบ
menu-button =
    .aria-label = เมนูบัญชี
menu-open-dashboard = เปิดแดชบอร์ด
menu-billing = การเรียกเก็บเงินและการใช้งาน
menu-switch-account = สลับบัญชี
summary-active-account = บัญชีที่ใช้งานอยู่: { $account }
summary-switching-account = กำลังสลับบัญชี…

## GeneralSection

general-title = ทั่วไป
general-lead = การทำงานของ { -headset } บนคอมพิวเตอร์เครื่องนี้

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = เปิด { -headset } เมื่อฉันเข้าสู่ระบบคอมพิวเตอร์
launch-banner-question = เปิด { -headset } เมื่อคุณเข้าสู่ระบบคอมพิวเตอร์ เพื่อให้ได้รับการแจ้งเตือนต่อไปไหม
launch-banner-yes = ใช่
launch-banner-not-now = ไว้ทีหลัง

## StatusSwitcher

status-legend = สถานะ

## Settings

settings-nav =
    .aria-label = การตั้งค่า
settings-tabs =
    .aria-label = หมวดการตั้งค่า
settings-app-name = { -headset }
settings-section-general = ทั่วไป
settings-section-profile = โปรไฟล์
settings-section-social = ลิงก์โซเชียล
settings-section-region = ภาษาและภูมิภาค
settings-section-notifications = การแจ้งเตือน
settings-section-availability = เวลาทำงาน
settings-section-segments = กลุ่ม
settings-section-channels = ช่องทาง
settings-section-team = ทีม
settings-section-security = ความปลอดภัย
settings-section-network = การเชื่อมต่อ
settings-section-diagnostics = การวินิจฉัย
settings-pending-edits = มีการเปลี่ยนแปลง { $count } รายการรอซิงค์

## FormFooter

form-saving = กำลังบันทึก…
form-pending = กำลังรอเซิร์ฟเวอร์…
form-saved = อัปเดตโปรไฟล์ของคุณเรียบร้อยแล้ว
form-not-saved-field = ยังไม่ได้บันทึก: โปรดตรวจสอบช่องที่ไฮไลต์ไว้
form-pending-detail = บันทึกไว้ในคอมพิวเตอร์เครื่องนี้แล้ว — จะซิงค์เมื่อติดต่อเซิร์ฟเวอร์ได้
form-pending-detail-retry = บันทึกไว้ในคอมพิวเตอร์เครื่องนี้แล้ว — จะซิงค์เมื่อติดต่อเซิร์ฟเวอร์ได้ (ลองใหม่ใน { $seconds } วินาที)
form-save = บันทึก

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = โปรไฟล์
profile-lead = สิ่งที่ทีมและลูกค้าเห็นเกี่ยวกับคุณ
profile-name = ชื่อ-นามสกุล
profile-display-name = ชื่อที่แสดง
profile-display-name-hint = แสดงต่อลูกค้าแทนชื่อ-นามสกุลของคุณ
profile-email = อีเมล
profile-email-hint = เปลี่ยนอีเมลที่นี่ไม่ได้ โปรดขอให้ผู้ดูแลบัญชีของคุณเปลี่ยนให้
profile-job-title = ตำแหน่งงาน
    .placeholder = หัวหน้าทีมซัพพอร์ต
profile-about = เกี่ยวกับฉัน
profile-phone = โทรศัพท์
profile-phone-hint = รูปแบบสากล เช่น { $example }
profile-signature = ลายเซ็นข้อความ
profile-signature-hint = จะถูกเพิ่มในข้อความตอบกลับที่คุณส่งเมื่อเปิดใช้ลายเซ็น
profile-error-name = โปรดป้อนชื่อของคุณ

## ProfileFacts

profile-facts-title = บัญชี
profile-facts-company = บริษัท
profile-facts-role = บทบาท
profile-facts-created = เป็นสมาชิกตั้งแต่
profile-facts-last-sign-in = เข้าสู่ระบบล่าสุด
profile-facts-updated = อัปเดตโปรไฟล์ล่าสุด

## Rules

rules-phone = โปรดป้อนหมายเลขโทรศัพท์ในรูปแบบสากล เช่น { $example }
rules-https = “{ $address }” ไม่ใช่ที่อยู่ https://
rules-length = ใช้ได้ไม่เกิน { $max } ตัวอักษร (ตอนนี้มี { $count })
rules-idle-minutes = โปรดป้อนจำนวนนาทีเป็นจำนวนเต็มระหว่าง { $min } ถึง { $max }

## SocialSection

social-title = ลิงก์โซเชียล
social-lead = แสดงบนการ์ดโปรไฟล์ของคุณ ใช้ที่อยู่ https:// แบบเต็ม และเว้นช่องว่างไว้หากต้องการลบลิงก์
social-website = เว็บไซต์

## RegionSection

region-title = ภาษาและภูมิภาค
region-lead = ภาษาของ { -headset } และ { -chatwoot } รวมถึงรูปแบบการแสดงเวลาและจำนวนเงิน
region-language = ภาษา
region-account-default = ค่าเริ่มต้นของบัญชี
region-language-hint = “ค่าเริ่มต้นของบัญชี” จะใช้ภาษาที่ผู้ดูแลระบบของคุณเลือกไว้
region-timezone = เขตเวลา
region-timezone-filter =
    .placeholder = กรองเขตเวลา
    .aria-label = กรองเขตเวลา
region-not-set = ยังไม่ได้ตั้ง
region-timezone-count = { $count } เขตเวลา
region-timezone-count-here = { $count } เขตเวลา · คอมพิวเตอร์เครื่องนี้: { $zone }
region-currency = สกุลเงิน

## AwayForm

away-title = เมื่อคุณไม่อยู่ที่โต๊ะ
away-lead = { -headset } จะตรวจจับเมื่อหน้าจอล็อก และคืนสถานะของคุณเมื่อคุณกลับมา
away-on-lock = เปลี่ยนสถานะของฉันขณะที่หน้าจอล็อกอยู่
away-status = สถานะขณะไม่อยู่
away-status-busy = ไม่ว่าง: ไม่มีเสียง รับเฉพาะงานที่มอบหมายและการกล่าวถึง
away-status-offline = ออฟไลน์: ไม่รับงานใหม่
away-idle = และเมื่อฉันไม่ได้ใช้งานนาน { $minutes } นาที
away-idle-minutes =
    .aria-label = จำนวนนาทีที่ไม่ได้ใช้งาน
away-idle-hint = ไม่ได้ใช้งาน: ไม่มีการใช้แป้นพิมพ์หรือเมาส์ ตั้งได้ { $min } ถึง { $max } นาที

## Weekdays

day-mon = วันจันทร์
day-tue = วันอังคาร
day-wed = วันพุธ
day-thu = วันพฤหัสบดี
day-fri = วันศุกร์
day-sat = วันเสาร์
day-sun = วันอาทิตย์

## Availability now line and checks

availability-now-any-time = พร้อมให้บริการตลอดเวลา
availability-now-no-hours = ยังไม่ได้ตั้งเวลา: { -headset } จะพักการแจ้งเตือนทั้งสัปดาห์
availability-now-until-time = พร้อมให้บริการตอนนี้ ถึง { $time } ({ $zone })
availability-now-until-midnight = พร้อมให้บริการตอนนี้ ถึงเที่ยงคืน ({ $zone })
availability-now-until-day = พร้อมให้บริการตอนนี้ ถึง{ $day } { $time } ({ $zone })
availability-now-until-next-week = พร้อมให้บริการตอนนี้ ถึง{ $day }หน้า { $time } ({ $zone })
availability-now-round-the-clock = พร้อมให้บริการตอนนี้ ตลอด 24 ชั่วโมง ({ $zone })
availability-next-today = พร้อมให้บริการอีกครั้ง: วันนี้ { $time } ({ $zone })
availability-next-day = พร้อมให้บริการอีกครั้ง: { $day } { $time } ({ $zone })
availability-next-next-week = พร้อมให้บริการอีกครั้ง: { $day }หน้า { $time } ({ $zone })
availability-error-start-empty = โปรดป้อนเวลาเริ่ม
availability-error-end-empty = โปรดป้อนเวลาสิ้นสุด
availability-error-start-24 = 24:00 ใช้ได้เฉพาะเป็นเวลาสิ้นสุดของช่วงเวลา
availability-error-start = “{ $value }” ไม่ใช่เวลาในรูปแบบ HH:MM
availability-error-end = “{ $value }” ไม่ใช่เวลาในรูปแบบ HH:MM (หรือ 24:00)
availability-error-same = เวลาเริ่มและเวลาสิ้นสุดต้องไม่เหมือนกัน
availability-error-overlap = { $day }: { $first } และ { $second } ซ้อนทับกัน

## AvailabilitySection

availability-title = เวลาทำงาน
availability-lead = ช่วงเวลาที่คุณรับการสนทนา และสิ่งที่ { -headset } จะพักไว้นอกช่วงเวลานั้น
availability-use-hours = ใช้เวลาทำงาน
availability-off-hint = { -headset } จะแจ้งเตือนคุณได้ทุกเวลา
availability-weekly = เวลาประจำสัปดาห์
availability-zone-hint = เวลาอิงตาม { $zone } ช่วงเวลาที่สิ้นสุดก่อนหรือตรงกับเวลาเริ่มจะต่อเนื่องข้ามเที่ยงคืน
availability-zone-hint-local = เวลาอิงตาม { $zone } (เขตเวลาของคอมพิวเตอร์เครื่องนี้ เลือกเขตเวลาของคุณได้ในภาษาและภูมิภาค) ช่วงเวลาที่สิ้นสุดก่อนหรือตรงกับเวลาเริ่มจะต่อเนื่องข้ามเที่ยงคืน
availability-unavailable = ไม่พร้อมให้บริการ
availability-interval-start =
    .aria-label = { $day } ช่วงที่ { $number } เวลาเริ่ม
availability-interval-end =
    .aria-label = { $day } ช่วงที่ { $number } เวลาสิ้นสุด
availability-remove = ลบ
    .aria-label = ลบ{ $day } ช่วงที่ { $number }
availability-ends-next-day = สิ้นสุดวันถัดไป
availability-until-midnight = ถึงเที่ยงคืน
availability-add = เพิ่มช่วงเวลา
    .aria-label = เพิ่มช่วงเวลาใน{ $day }
availability-copy = คัดลอกไปทุกวัน
    .aria-label = คัดลอกเวลาของ{ $day }ไปทุกวัน
availability-hold-back = นอกเวลาเหล่านี้ ให้พักไว้
availability-block-desktop = การแจ้งเตือนบนเดสก์ท็อป
availability-block-sound = เสียง
availability-block-email = การแจ้งเตือนทางอีเมล
availability-block-push = การแจ้งเตือนแบบพุช
availability-status = สถานะ
availability-auto-status = ตั้งสถานะเป็นออนไลน์เมื่อเริ่มเวลาทำงาน และออฟไลน์เมื่อสิ้นสุด

## NotificationsSection

notifications-title = การแจ้งเตือน
notifications-lead = เวลาที่ { -headset } เล่นเสียง ความถี่ในการแสดงการแจ้งเตือนบนเดสก์ท็อป และสิ่งที่ { -chatwoot } ส่งถึงคุณทางอีเมลและพุช
notifications-synced = ซิงค์กับบัญชีของคุณ
notifications-this-computer = เสียงบนคอมพิวเตอร์เครื่องนี้
notifications-sound = เสียง
notifications-alerts = เล่นเสียงเมื่อมีข้อความใหม่ใน
notifications-alerts-none = ไม่เลย
notifications-alerts-assigned = การสนทนาที่มอบหมายให้ฉัน
notifications-alerts-assigned-unassigned = การสนทนาที่มอบหมายให้ฉันหรือยังไม่ได้มอบหมาย
notifications-alerts-all = การสนทนาทั้งหมด
notifications-alerts-custom = กำหนดเอง ({ $value })
notifications-tone = เสียงเตือน
notifications-tone-ding = ติ๊ง
notifications-tone-bell = กระดิ่ง
notifications-tone-chime = ระฆังลม
notifications-tone-magic = เวทมนตร์
notifications-tone-ping = ปิง
notifications-volume = ระดับเสียง
notifications-volume-hint = เฉพาะคอมพิวเตอร์เครื่องนี้
notifications-test-sound = ทดสอบเสียง
notifications-repeat = เล่นซ้ำทุก { $seconds } วินาทีขณะที่การสนทนาที่มอบหมายยังไม่ได้อ่าน
notifications-custom-sound = เสียงที่กำหนดเอง
notifications-custom-sound-none = เล่นเสียงของคุณเองบนคอมพิวเตอร์เครื่องนี้แทนเสียงเตือน
notifications-custom-sound-plays = เล่น { $name } บนคอมพิวเตอร์เครื่องนี้แทนเสียงเตือน
notifications-custom-sound-hint = WAV, MP3, Ogg หรือ FLAC ขนาดไม่เกิน { $megabytes } MB
notifications-custom-sound-choose = เลือกเสียง…
notifications-custom-sound-replace = เลือกเสียงอื่น…
notifications-custom-sound-test = ทดสอบ
    .aria-label = ทดสอบเสียงที่กำหนดเอง
notifications-custom-sound-remove = ลบ
    .aria-label = ลบเสียงที่กำหนดเอง
notifications-custom-sound-error-type = โปรดเลือกไฟล์ WAV, MP3, Ogg หรือ FLAC
notifications-custom-sound-error-size = เสียงนี้มีขนาดเกิน { $megabytes } MB โปรดเลือกไฟล์ที่เล็กกว่านี้
notifications-custom-sound-error-read = อ่านไฟล์นี้ไม่ได้
notifications-dashboard-on = แดชบอร์ดบนเว็บก็เล่นเสียงด้วย (สำหรับ { $conversations })
notifications-dashboard-assigned = การสนทนาที่มอบหมายให้คุณ
notifications-dashboard-unassigned = การสนทนาที่ยังไม่ได้มอบหมาย
notifications-dashboard-notme = การสนทนาที่มอบหมายให้ผู้อื่น
notifications-dashboard-all = การสนทนาทั้งหมด
notifications-dashboard-silence = ปิดเสียงแดชบอร์ด
notifications-dashboard-off = แดชบอร์ดบนเว็บไม่มีเสียง มีเพียง { -headset } ที่ส่งเสียง
notifications-desktop = การแจ้งเตือนบนเดสก์ท็อป
notifications-show = แสดง
notifications-instant = ทันที
notifications-digest-minutes = สรุปทุก { $minutes } นาที
notifications-digest-hour = สรุปทุกชั่วโมง
notifications-email-push = การแจ้งเตือนทางอีเมลและพุช
notifications-notify-when = แจ้งฉันเมื่อ
notifications-channel-email = อีเมล
notifications-channel-push = พุช
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = มีการสร้างการสนทนาใหม่
notifications-kind-conversation-assignment = มีการมอบหมายการสนทนาให้คุณ
notifications-kind-assigned-conversation-new-message = มีข้อความใหม่ในการสนทนาที่มอบหมายให้คุณ
notifications-kind-conversation-mention = มีคนกล่าวถึงคุณในการสนทนา
notifications-kind-participating-conversation-new-message = มีข้อความใหม่ในการสนทนาที่คุณเข้าร่วม
notifications-kind-sla-missed-first-response = พลาด SLA: การตอบกลับครั้งแรก
notifications-kind-sla-missed-next-response = พลาด SLA: การตอบกลับครั้งถัดไป
notifications-kind-sla-missed-resolution = พลาด SLA: การแก้ไขปัญหา

## ChannelsSection

channels-title = ช่องทาง
channels-lead = รับการสนทนาจากช่องทางเหล่านี้ ได้สูงสุดตามจำนวนที่กำหนดในเวลาเดียวกัน
channels-empty = ยังไม่มีช่องทาง สร้างกล่องข้อความได้ในแดชบอร์ดบนเว็บ
channels-take = รับการสนทนา
channels-at-most = สูงสุด
channels-capacity-hint = สูงสุด: จำนวนการสนทนาที่เปิดอยู่พร้อมกัน ตั้งแต่ { $min } ถึง { $max } โดย { $min } = ไม่จำกัด
channels-capacity-error = โปรดป้อนจำนวนเต็มระหว่าง { $min } ถึง { $max }

## SegmentsSection

segments-title = กลุ่ม
segments-lead = เลือกกลุ่มผู้ติดต่อและกลุ่มบริษัทที่คุณต้องการเห็น หากไม่เลือกจะแสดงทั้งหมด
segments-contact = กลุ่มผู้ติดต่อ
segments-company = กลุ่มบริษัท
segments-contact-empty = ยังไม่มีกลุ่มผู้ติดต่อ สร้างได้ในแดชบอร์ดบนเว็บ
segments-company-empty = ยังไม่มีกลุ่มบริษัท สร้างได้ในแดชบอร์ดบนเว็บ
segments-showing-all = แสดงทั้งหมด
segments-showing = แสดง { $count } จาก { $total }
segments-contact-gone = กลุ่มผู้ติดต่อที่คุณเลือกไว้ { $count } กลุ่มไม่มีอยู่แล้ว และจะถูกนำออกเมื่อบันทึก
segments-company-gone = กลุ่มบริษัทที่คุณเลือกไว้ { $count } กลุ่มไม่มีอยู่แล้ว และจะถูกนำออกเมื่อบันทึก

## TeamSection

team-title = ทีม
team-lead = เจ้าหน้าที่ของ { $account } และสิ่งที่แต่ละคนทำได้
team-empty = ยังไม่มีเจ้าหน้าที่
team-name = ชื่อ
team-email = อีเมล
team-status = สถานะ
team-role = บทบาท
team-you = คุณ
team-role-select =
    .aria-label = บทบาทของ { $name }
    .title = คุณเปลี่ยนบทบาทของตัวเองไม่ได้ โปรดขอให้ผู้ดูแลระบบคนอื่นเปลี่ยนให้
team-roles-note = เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนบทบาทได้
team-now-administrator = ตอนนี้ { $name } เป็นผู้ดูแลระบบแล้ว
team-now-agent = ตอนนี้ { $name } เป็นเจ้าหน้าที่แล้ว

## AvatarEditor

avatar-drop =
    .aria-label = รูปโปรไฟล์: วางรูปภาพที่นี่
avatar-change = เปลี่ยนรูป…
avatar-add = เพิ่มรูป…
avatar-remove = ลบรูป
avatar-hint = JPEG, PNG หรือ WebP วางรูปที่นี่หรือเลือกไฟล์
avatar-crop =
    .aria-label = ครอบตัดรูปของคุณ
avatar-preview =
    .aria-label = ตัวอย่าง ลากหรือใช้ปุ่มลูกศรเพื่อเลื่อนรูป
avatar-zoom = ซูม
avatar-rotate-left = หมุนซ้าย
avatar-rotate-right = หมุนขวา
avatar-save = บันทึกรูป
avatar-uploading = กำลังอัปโหลด…
    .aria-label = กำลังอัปโหลด
avatar-saved = บันทึกรูปแล้ว
avatar-error-type = โปรดเลือกรูป JPEG, PNG หรือ WebP
avatar-error-size = รูปนี้มีขนาดเกิน { $megabytes } MB โปรดเลือกรูปที่เล็กกว่านี้
avatar-error-draw = หน้าต่างนี้วาดรูปไม่ได้
avatar-error-make = สร้างรูปไม่สำเร็จ
avatar-error-open = เปิดรูปนี้ไม่ได้ ไฟล์อาจเสียหาย

## SecuritySection

security-title = ความปลอดภัย
security-lead = รหัสผ่าน ขั้นตอนที่สองในการเข้าสู่ระบบ อุปกรณ์ที่เข้าสู่ระบบอยู่ และโทเค็น API ของคุณ

## PasswordInput

password-input-show = แสดง
password-input-hide = ซ่อน

## ChangePassword

password-title = รหัสผ่าน
password-managed = รหัสผ่านของคุณจัดการโดย { $provider }
password-provider-sso = ระบบลงชื่อเข้าใช้ครั้งเดียวขององค์กรคุณ
password-provider-unknown = ผู้ให้บริการข้อมูลประจำตัวของคุณ
password-lead = การเปลี่ยนรหัสผ่านจะออกจากระบบในอุปกรณ์อื่นๆ ของคุณ
password-policy-error = โหลดกฎรหัสผ่านไม่สำเร็จ: { $error }
password-current = รหัสผ่านปัจจุบัน
    .show = แสดงรหัสผ่านปัจจุบัน
password-new = รหัสผ่านใหม่
    .show = แสดงรหัสผ่านใหม่
password-confirm = ยืนยันรหัสผ่านใหม่
    .show = แสดงรหัสผ่านที่ยืนยัน
password-strength = ความปลอดภัย
password-strength-none = ยังไม่ได้พิมพ์
password-strength-value = ความปลอดภัย: { $level }
password-strength-weak = อ่อน
password-strength-fair = พอใช้
password-strength-strong = ดี
password-strength-very-strong = ดีมาก
password-rules =
    .aria-label = ข้อกำหนดของรหัสผ่าน
password-rule-met = (ผ่านแล้ว)
password-rule-unmet = (ยังไม่ผ่าน)
password-rules-loading = กำลังโหลดกฎรหัสผ่าน…
password-rule-length-range = { $min } ถึง { $max } ตัวอักษร
password-rule-length = { $min } ตัวอักษร
password-rule-common = ไม่ใช่รหัสผ่านที่ใช้กันทั่วไป ชื่อ หรืออีเมลของคุณ
password-rule-uppercase = ตัวพิมพ์ใหญ่ 1 ตัว
password-rule-digit = ตัวเลข 1 ตัว (0–9)
password-rule-special = อักขระพิเศษ 1 ตัว เช่น ! ? # หรือ -
password-mismatch = ไม่ตรงกับรหัสผ่านใหม่
password-changed = เปลี่ยนรหัสผ่านแล้ว อุปกรณ์อื่นๆ ของคุณออกจากระบบแล้ว
password-changing = กำลังเปลี่ยน…
password-change = เปลี่ยนรหัสผ่าน
password-error-current = โปรดป้อนรหัสผ่านปัจจุบัน

## TwoFactor

mfa-title = การยืนยันตัวตนแบบสองขั้นตอน
mfa-lead = เมื่อเข้าสู่ระบบ { -headset } จะขอรหัสจากแอปยืนยันตัวตนในโทรศัพท์ของคุณด้วย
mfa-unavailable = เซิร์ฟเวอร์นี้ไม่รองรับการยืนยันตัวตนแบบสองขั้นตอน
mfa-badge-on = เปิด
mfa-on = บัญชีของคุณจะขอรหัสเมื่อเข้าสู่ระบบ
mfa-badge-off = ปิด
mfa-off = บัญชีของคุณป้องกันด้วยรหัสผ่านเท่านั้น
mfa-scan = สแกนคิวอาร์โค้ดนี้ด้วยแอปยืนยันตัวตนของคุณ
mfa-qr =
    .aria-label = คิวอาร์โค้ดสำหรับตั้งค่าแอปยืนยันตัวตน
mfa-cant-scan = สแกนไม่ได้ใช่ไหม ป้อนคีย์สำหรับตั้งค่านี้แทน:
mfa-copy-key = คัดลอกคีย์
mfa-key-copied = คัดลอกคีย์สำหรับตั้งค่าแล้ว
mfa-key-copy-failed = คัดลอกไม่ได้: โปรดเลือกคีย์แล้วคัดลอกเอง
mfa-enter-code = ป้อนรหัส { $digits } หลักที่แอปแสดง
mfa-turn-on = เปิด
mfa-set-up = ตั้งค่า
mfa-starting = กำลังเริ่ม…
mfa-new-codes = รหัสสำรองชุดใหม่
mfa-new-codes-hint = รหัสสำรองชุดเก่าจะใช้ไม่ได้ทันทีที่สร้างชุดใหม่
mfa-app-code = รหัสจากแอปยืนยันตัวตน
mfa-making-codes = กำลังสร้างรหัส…
mfa-make-codes = สร้างรหัสชุดใหม่
mfa-disable-title = ปิดการยืนยันตัวตนแบบสองขั้นตอน
mfa-disable-hint = บัญชีของคุณจะป้องกันด้วยรหัสผ่านเพียงอย่างเดียว
mfa-password = รหัสผ่าน
    .show = แสดงรหัสผ่าน
mfa-app-or-backup-code = รหัสจากแอปหรือรหัสสำรอง
mfa-turning-off = กำลังปิด…
mfa-turn-off = ปิด
mfa-turn-off-ask = ปิด…
mfa-error-code = โปรดป้อนรหัสที่แอปยืนยันตัวตนแสดง
mfa-error-password = โปรดป้อนรหัสผ่าน
mfa-error-app-or-backup-code = โปรดป้อนรหัสจากแอปยืนยันตัวตนหรือรหัสสำรอง
mfa-now-on = เปิดการยืนยันตัวตนแบบสองขั้นตอนแล้ว
mfa-codes-made = สร้างรหัสสำรองชุดใหม่แล้ว รหัสชุดเก่าใช้ไม่ได้อีกต่อไป
mfa-now-off = ปิดการยืนยันตัวตนแบบสองขั้นตอนแล้ว

## BackupCodes

backup-title = บันทึกรหัสสำรองของคุณ
backup-hint = แต่ละรหัสใช้เข้าสู่ระบบได้ครั้งเดียวเมื่อใช้แอปยืนยันตัวตนไม่ได้ เก็บไว้ในที่ปลอดภัย เพราะจะไม่แสดงอีก
backup-list =
    .aria-label = รหัสสำรอง
backup-download = ดาวน์โหลด
backup-done = บันทึกแล้ว
backup-copied = คัดลอกรหัสสำรองแล้ว
backup-copy-failed = คัดลอกไม่ได้: โปรดเลือกรหัสแล้วคัดลอกเอง
backup-saved-as = บันทึกเป็น { $file } แล้ว
backup-save-failed = บันทึกไฟล์ไม่ได้: โปรดคัดลอกรหัสแทน
backup-file-title = รหัสสำรอง { -headset } ของ { $email }
backup-file-hint = แต่ละรหัสใช้เข้าสู่ระบบได้ครั้งเดียวเมื่อใช้แอปยืนยันตัวตนไม่ได้

## Sessions

sessions-title = อุปกรณ์ที่เข้าสู่ระบบอยู่
sessions-lead = ที่ที่บัญชีของคุณเข้าสู่ระบบอยู่ตอนนี้ ออกจากระบบในอุปกรณ์ที่คุณไม่รู้จัก
sessions-loading = กำลังโหลดอุปกรณ์…
sessions-none = ไม่มีอุปกรณ์ที่เข้าสู่ระบบอยู่
sessions-unknown-app = แอปที่ไม่รู้จัก
sessions-this-device = อุปกรณ์นี้
sessions-last-active = ใช้งานล่าสุด { $when }
sessions-last-active-unknown = ใช้งานล่าสุด: ไม่ทราบ
sessions-ask-one = ออกจากระบบในอุปกรณ์นี้ใช่ไหม
sessions-sign-out = ออกจากระบบ
    .aria-label = ออกจากระบบ { $app }
sessions-confirm = ใช่ ออกจากระบบ
    .aria-label = ใช่ ออกจากระบบ { $app }
sessions-ask-others =
    { $count ->
        [1] ออกจากระบบในอุปกรณ์อีกเครื่องใช่ไหม
       *[other] ออกจากระบบในอุปกรณ์อื่นทั้ง { $count } เครื่องใช่ไหม
    }
sessions-confirm-others = ใช่ ออกจากระบบเครื่องอื่น
sessions-sign-out-others = ออกจากระบบในอุปกรณ์อื่นทั้งหมด
sessions-ended-others = ออกจากระบบในอุปกรณ์อื่นทั้งหมดแล้ว
sessions-ended = ออกจากระบบ { $app } แล้ว
sessions-ended-device = ออกจากระบบในอุปกรณ์แล้ว

## ApiToken

token-title = โทเค็นการเข้าถึง API
token-lead = ให้แอปและสคริปต์ทำงานแทนคุณผ่าน API ของ { -chatwoot } เช่น ลงชื่อเข้าใช้ { -headset } บนคอมพิวเตอร์เครื่องอื่นหรือเชื่อมต่อการผสานรวม โปรดเก็บรักษาเหมือนรหัสผ่าน
token-value = โทเค็นการเข้าถึงของคุณ
token-value-new = โทเค็นการเข้าถึงใหม่ของคุณ
token-hide = ซ่อน
token-warning-title = รีเซ็ตโทเค็นใช่ไหม
token-warning = แอปและสคริปต์ที่ใช้โทเค็นปัจจุบันจะหยุดทำงานทันที
token-password = รหัสผ่านของคุณ
    .show = แสดงรหัสผ่านของคุณ
token-password-hint = ยืนยันว่าเป็นคุณเพื่อดูหรือรีเซ็ตโทเค็น
token-reveal = แสดง
token-resetting = กำลังรีเซ็ต…
token-reset-now = รีเซ็ตเลย
token-reset = รีเซ็ตโทเค็น…
token-error-reveal = โปรดป้อนรหัสผ่านเพื่อดูโทเค็น
token-error-reset = โปรดป้อนรหัสผ่านเพื่อรีเซ็ตโทเค็น
token-made = สร้างโทเค็นใหม่แล้ว โปรดอัปเดตแอปและสคริปต์ที่ใช้โทเค็นนี้
token-copied = คัดลอกโทเค็นแล้ว
token-copy-failed = คัดลอกไม่ได้: โปรดเลือกโทเค็นแล้วคัดลอกเอง

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = การเชื่อมต่อ
network-lead = วิธีที่ { -headset } เข้าถึงเซิร์ฟเวอร์ที่โฮสต์เองจากคอมพิวเตอร์เครื่องนี้ ได้แก่ ผู้ออกใบรับรองที่เชื่อถือเพิ่มเติมจากของระบบปฏิบัติการ (เช่น ของบริษัทคุณ) และพร็อกซี HTTP ที่ใช้เชื่อมต่อผ่าน เมื่อบันทึกจะเชื่อมต่อใหม่ทันที การตั้งค่าเหล่านี้เป็นของคอมพิวเตอร์เครื่องนี้ ไม่ใช่ของบัญชีคุณ
network-ca-file = ใบรับรอง CA เพิ่มเติม (พาธของไฟล์ PEM)
network-ca-file-hint = ไฟล์ PEM เช่น { $example } เว้นว่างไว้เพื่อเชื่อถือเฉพาะใบรับรองของระบบปฏิบัติการ
network-proxy = พร็อกซี HTTP
network-proxy-hint = ที่อยู่ http:// พร้อมพอร์ต โดยไม่มีชื่อผู้ใช้หรือรหัสผ่าน เว้นว่างไว้เพื่อเชื่อมต่อโดยตรง
network-saved = บันทึกแล้ว { -headset } จะเชื่อมต่อผ่านการตั้งค่าเหล่านี้

## DiagnosticsSection

diagnostics-title = การวินิจฉัย
diagnostics-lead = { -headset } ทำงานบนคอมพิวเตอร์เครื่องนี้ได้หรือไม่ และเหตุใดจึงแจ้งเตือนหรือไม่แจ้งเตือนคุณ

## Health

health-title = สถานะ
health-lead = สิ่งที่ { -headset } ต้องใช้เพื่อแจ้งเตือนคุณ ตรวจสอบบนคอมพิวเตอร์เครื่องนี้
health-check-server = เซิร์ฟเวอร์
health-check-realtime = อัปเดตแบบเรียลไทม์
health-check-keychain = ที่เก็บข้อมูลที่ปลอดภัย (พวงกุญแจ)
health-check-notifications = การแจ้งเตือนบนเดสก์ท็อป
health-check-audio = เอาต์พุตเสียง
health-check-do-not-disturb = ห้ามรบกวน
health-ok = ปกติ
health-problem = มีปัญหา
health-none = เอเจนต์ไม่ได้รายงานการตรวจสอบใดๆ
health-all-ok = ทุกอย่างทำงานปกติ
health-problems = พบปัญหา { $count } รายการ
health-check-again = ตรวจสอบอีกครั้ง

## Decisions

decisions-title = ทำไมฉันจึงได้รับ (หรือไม่ได้รับ) การแจ้งเตือน
decisions-lead = สำหรับแต่ละเหตุการณ์ล่าสุด: { -headset } แสดงการแจ้งเตือนและเล่นเสียงหรือไม่ และเพราะอะไร เรียงจากใหม่สุด
decisions-only-held = เฉพาะที่ถูกระงับไว้
decisions-only-held-hint = เหตุการณ์ที่ไม่ได้แสดงการแจ้งเตือนและไม่ได้เล่นเสียง
decisions-refresh = รีเฟรช
decisions-empty = ยังไม่มีเหตุการณ์ เหตุการณ์จะแสดงที่นี่เมื่อเข้ามา
decisions-empty-held = ไม่มีสิ่งใดถูกระงับไว้
decisions-time = เวลา
decisions-event = เหตุการณ์
decisions-conversation = การสนทนา
decisions-notify = การแจ้งเตือน
decisions-sound = เสียง
decisions-yes = ใช่
decisions-no = ไม่
decisions-reason-alert = การตั้งค่าของคุณอนุญาต
decisions-reason-own-message = คุณส่งเอง
decisions-reason-not-selected = ไม่อยู่ในการสนทนาที่คุณเลือกให้แจ้งเตือน
decisions-reason-not-incoming = ไม่ใช่ข้อความขาเข้า
decisions-reason-pending-conversation = การสนทนาอยู่ระหว่างรอดำเนินการ
decisions-reason-flag-off = คุณปิดการแจ้งเตือนแบบพุชสำหรับเหตุการณ์ประเภทนี้
decisions-reason-not-notifiable = เหตุการณ์ประเภทนี้ไม่แจ้งเตือนด้วยตัวเอง
decisions-reason-offline = คุณออฟไลน์อยู่
decisions-reason-busy = สถานะของคุณคือไม่ว่าง
decisions-reason-snoozed = การแจ้งเตือนถูกเลื่อนไว้
decisions-reason-os-dnd = คอมพิวเตอร์ของคุณอยู่ในโหมดห้ามรบกวน
decisions-reason-outside-hours = นอกเวลาทำงานของคุณ
decisions-reason-throttled = เพิ่งมีเสียงอื่นเล่นไป
decisions-reason-digest = ระงับไว้สำหรับสรุป
decisions-reason-counted = นับเป็นยังไม่ได้อ่านเท่านั้น
decisions-reason-already-alerted = แจ้งเตือนไปแล้วหนึ่งครั้ง (เข้ามาระหว่างที่คุณกำลังเชื่อมต่อใหม่)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] ไม่มีการแจ้งเตือนที่ยังไม่อ่าน
    [one] การแจ้งเตือนที่ยังไม่อ่าน { $count } รายการ
   *[other] การแจ้งเตือนที่ยังไม่อ่าน { $count } รายการ
}
tray-waiting = { $count ->
    [0] ไม่มีบทสนทนาที่รอคุณ
    [one] มี { $count } บทสนทนาที่รอคุณ
   *[other] มี { $count } บทสนทนาที่รอคุณ
}
tray-signed-out = ออกจากระบบแล้ว
snooze-30 = ปิดเสียง 30 นาที
snooze-60 = ปิดเสียง 1 ชั่วโมง
snooze-hours = ปิดเสียงจนถึงเวลาทำงานของฉัน
snooze-resume = เปิดการแจ้งเตือนอีกครั้ง
open-dashboard = เปิดแดชบอร์ด
open-settings = การตั้งค่า…
quit = ออกจาก Headset
alert-away-title = ระหว่างที่คุณไม่อยู่
alert-digest-title = สรุปจาก Headset
alert-summary = { $conversations ->
    [one] { $conversations } การสนทนา
   *[other] { $conversations } การสนทนา
}{ $mentions ->
    [0] {""}
    [one] , ถูกกล่าวถึง { $mentions } ครั้ง
   *[other] , ถูกกล่าวถึง { $mentions } ครั้ง
}
alert-assigned = มอบหมายให้คุณ: การสนทนา #{ $id }
alert-mentioned = คุณถูกกล่าวถึงในการสนทนา #{ $id }
alert-new-conversation = การสนทนาใหม่ #{ $id }
alert-message = { $who } · การสนทนา #{ $id }
alert-missed = การสนทนา #{ $id } ต้องการความสนใจ
alert-missed-body = ระหว่างที่ Headset ออฟไลน์
alert-open = เปิดการสนทนา

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = เซสชันของคุณสิ้นสุดแล้ว โปรดเข้าสู่ระบบอีกครั้ง
error-unreachable = ไม่สามารถเชื่อมต่อเซิร์ฟเวอร์ที่ { $url }: { $reason }
error-server = เซิร์ฟเวอร์ปฏิเสธคำขอ ({ $status }): { $message }
error-protocol = ได้รับการตอบกลับที่ไม่คาดคิดจากเซิร์ฟเวอร์: { $detail }
error-agent-unavailable = เอเจนต์เบื้องหลังของ Headset ไม่ได้ทำงานอยู่
error-version-mismatch = เอเจนต์ Headset นี้ใช้ IPC เวอร์ชัน { $agent } แต่ไคลเอนต์ใช้เวอร์ชัน { $client } โปรดรีสตาร์ต Headset
error-keychain = ใช้พวงกุญแจของระบบปฏิบัติการไม่ได้: { $detail }
error-not-signed-in = ยังไม่ได้เข้าสู่ระบบ
error-window-open = หน้าต่างการตั้งค่าเปิดอยู่แล้ว
error-conflict = โปรไฟล์บนเซิร์ฟเวอร์มีการเปลี่ยนแปลงหลังจากที่อ่านมา
error-too-long = ใช้ได้ไม่เกิน { $max } ตัวอักษร
error-too-long-count = ใช้ได้ไม่เกิน { $max } ตัวอักษร (ตอนนี้มี { $count } ตัว)
error-name-empty = โปรดป้อนชื่อของคุณ
error-phone-format = โปรดป้อนหมายเลขโทรศัพท์ในรูปแบบสากล เช่น +48 600 700 800
error-ca-file-unreadable = อ่าน { $path } ไม่ได้: { $detail }
error-ca-file-not-pem = { $path } ไม่ใช่ไฟล์ PEM: { $detail }
error-ca-file-empty = { $path } ไม่มีใบรับรอง (ต้องมี “-----BEGIN CERTIFICATE-----”)
error-ca-file-unusable = { $path } มีใบรับรองที่ใช้งานไม่ได้: { $detail }
error-proxy-not-url = โปรดป้อนพร็อกซีเป็นที่อยู่แบบเต็ม (เช่น http://proxy.example.com:3128)
error-proxy-scheme = รองรับเฉพาะพร็อกซี http:// ซึ่งจะส่งการเชื่อมต่อแบบทันเนลไปยังเซิร์ฟเวอร์ https (เช่น http://proxy.example.com:3128)
error-proxy-host = ที่อยู่พร็อกซีต้องมีชื่อโฮสต์ (เช่น http://proxy.example.com:3128)
error-proxy-password = ไม่รองรับพร็อกซีที่ต้องใช้รหัสผ่าน: โปรดเว้นชื่อผู้ใช้และรหัสผ่านไว้
error-nothing-to-change = ไม่มีอะไรต้องเปลี่ยน
error-unknown-language = “{ $value }” ไม่ใช่ภาษาที่ Headset รองรับ
error-unknown-sound-choice = “{ $value }” ไม่ใช่ตัวเลือกเสียง
error-unknown-flag = “{ $value }” ไม่ใช่การตั้งค่าการแจ้งเตือน
error-timezone = “{ $value }” ไม่ใช่เขตเวลาตาม IANA (เช่น Europe/Warsaw)
error-currency = “{ $value }” ไม่ใช่รหัสสกุลเงินตาม ISO 4217 (เช่น EUR)
error-audio-alerts = เลือก none หรือใช้ assigned, notme และ unassigned โดยเชื่อมด้วย +
error-away-status = เลือก “ไม่ว่าง” หรือ “ออฟไลน์” เป็นสถานะขณะที่คุณไม่อยู่
error-idle-minutes = เลือกระหว่าง 1 ถึง 480 นาที
error-inbox-id = “{ $value }” ไม่ใช่รหัสของกล่องข้อความ
error-capacity = เลือกจำนวนสูงสุดระหว่าง 0 ถึง { $max }
error-https-link = “{ $value }” ไม่ใช่ที่อยู่ https://
error-time-of-day = “{ $value }” ไม่ใช่เวลาในรูปแบบ HH:MM
error-time-of-day-end = “{ $value }” ไม่ใช่เวลาในรูปแบบ HH:MM (หรือ 24:00)
error-credentials = ข้อมูลเข้าสู่ระบบไม่ถูกต้อง โปรดลองอีกครั้ง
error-code-invalid = รหัสไม่ถูกต้อง
error-sign-in-expired = การเข้าสู่ระบบหมดอายุแล้ว โปรดเข้าสู่ระบบอีกครั้ง
error-server-empty = โปรดป้อนที่อยู่เซิร์ฟเวอร์ Chatwoot ของคุณ
error-server-not-url = “{ $value }” ไม่ใช่ที่อยู่เว็บ ({ $detail })
error-server-scheme = ที่อยู่ต้องขึ้นต้นด้วย https:// หรือ http://
error-wrong-password = นี่ไม่ใช่รหัสผ่านของคุณ
error-keychain-memory-only = { $detail } คุณจะอยู่ในระบบจนกว่าจะปิด Headset และเนื่องจาก Headset ไม่เคยเก็บข้อมูลเข้าสู่ระบบไว้ในไฟล์ จึงจะขอข้อมูลอีกครั้งเมื่อเปิดครั้งถัดไป
error-avatar-type = โปรดใช้รูป JPEG หรือ PNG
error-avatar-damaged = รูปที่ได้รับเสียหาย โปรดลองอีกครั้ง
error-avatar-size = รูปมีขนาดเกิน 5 MB โปรดเลือกรูปที่เล็กกว่านี้
error-billing-admins = การเรียกเก็บเงินและการใช้งานมีไว้สำหรับผู้ดูแลบัญชีเท่านั้น
error-email-empty = โปรดป้อนอีเมลของคุณ
error-password-empty = โปรดป้อนรหัสผ่าน
error-code-empty = โปรดป้อนรหัส
error-token-empty = โปรดวางโทเค็นการเข้าถึงจากการตั้งค่าโปรไฟล์ของคุณ
error-token-refused = เซิร์ฟเวอร์ไม่ยอมรับโทเค็นการเข้าถึงนี้
error-snooze-minutes = ปิดเสียงได้ตั้งแต่ 1 นาทีถึง 24 ชั่วโมง
error-snooze-no-hours = โปรดตั้งเวลาทำงานก่อน: ยังไม่มีเวลาเริ่มครั้งถัดไปให้รอ
error-sound-none = ยังไม่ได้เลือกไฟล์เสียง
error-sound-name = โปรดตั้งชื่อเสียงไม่เกิน 100 ตัวอักษร
error-sound-damaged = ไฟล์ที่ได้รับเสียหาย โปรดลองอีกครั้ง
error-sound-size = ไฟล์เสียงมีขนาดเกิน 1 MB
error-sound-format = ไฟล์นี้ไม่ใช่เสียงที่ Headset เล่นได้ (WAV, MP3, OGG หรือ FLAC)
error-sound-empty = ไฟล์เสียงว่างเปล่า
error-sound-length = เสียงยาวเกิน 10 วินาที
error-not-a-member = คุณไม่ได้เป็นสมาชิกของบัญชีนั้น
error-volume = ระดับเสียงอยู่ระหว่าง 0 ถึง 100
error-disk-full = ดิสก์ที่เก็บข้อมูลของ Headset เต็ม จึงไม่ได้บันทึกการเปลี่ยนแปลงนี้ โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = เข้าถึงได้
diagnose-no-notification-daemon = ไม่มีบริการแจ้งเตือน: { $detail }
diagnose-system-notifications = ศูนย์การแจ้งเตือนของระบบ
diagnose-unnamed-device = อุปกรณ์ไม่มีชื่อ
diagnose-no-audio-device = ไม่มีอุปกรณ์เอาต์พุตเสียง
diagnose-signed-in = เข้าสู่ระบบ { $server } ในชื่อ { $email }
diagnose-signed-out = ออกจากระบบแล้ว (เซิร์ฟเวอร์ล่าสุด: { $server })
diagnose-now = ตอนนี้
diagnose-connected = { $reconnects ->
   *[other] เชื่อมต่อตั้งแต่ { $since } เชื่อมต่อใหม่ { $reconnects } ครั้ง
}
diagnose-connecting = กำลังเชื่อมต่อ
diagnose-retrying = { $reason }; จะลองใหม่ใน { $seconds } วินาที
diagnose-not-connected = ไม่ได้เชื่อมต่อ (ออกจากระบบแล้ว)
diagnose-dnd-off = ปิด
diagnose-dnd-on = เปิด: { $why }
dnd-gnome-banners-off = GNOME: ปิดแบนเนอร์การแจ้งเตือนอยู่
dnd-dunst-paused = บริการแจ้งเตือน (dunst) หยุดชั่วคราวอยู่
dnd-macos-focus = โหมดโฟกัสของ macOS เปิดอยู่
dnd-windows-focus-assist = ตัวช่วยโฟกัสของ Windows เปิดอยู่
dnd-windows-busy = Windows กำลังพักการแจ้งเตือนไว้ (แอปแบบเต็มหน้าจอหรือการนำเสนอ)

## headset-server's answers, in the language the request asks for
server-not-a-member = คุณไม่ได้เป็นสมาชิกของบัญชีนี้
server-contact-name = โปรดป้อนชื่อผู้ติดต่อ
server-no-such-inbox = ไม่พบกล่องข้อความนี้ในบัญชีนี้
server-no-such-contact = ไม่พบผู้ติดต่อนี้ในบัญชีนี้
server-assignee-not-in-inbox = เจ้าหน้าที่คนนั้นมองไม่เห็นกล่องข้อความนี้ จึงมอบหมายให้ไม่ได้
server-message-empty = ข้อความว่างเปล่า
server-role-admins-only = เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนบทบาทของเจ้าหน้าที่ได้
server-filter-name = โปรดตั้งชื่อตัวกรอง
server-filter-name-long = ชื่อยาวเกิน 100 ตัวอักษร
server-mfa-code-invalid = รหัสไม่ถูกต้อง โปรดป้อนรหัสปัจจุบันจากแอปยืนยันตัวตนของคุณ
server-mfa-already-on = เปิดการยืนยันตัวตนแบบสองขั้นตอนอยู่แล้ว
server-mfa-not-started = โปรดเริ่มตั้งค่าการยืนยันตัวตนแบบสองขั้นตอนก่อน
server-mfa-not-on = ยังไม่ได้เปิดการยืนยันตัวตนแบบสองขั้นตอน
server-password-invalid = รหัสผ่านไม่ถูกต้อง
server-reset-sent = หากมีบัญชีที่ใช้อีเมลนี้ เราได้ส่งลิงก์สำหรับรีเซ็ตรหัสผ่านไปแล้ว
server-confirmation-mismatch = การยืนยันรหัสผ่านไม่ตรงกับรหัสผ่าน
server-reset-link-invalid = ลิงก์รีเซ็ตนี้ไม่ถูกต้องหรือหมดอายุแล้ว โปรดขอลิงก์ใหม่
server-password-reset-done = เปลี่ยนรหัสผ่านของคุณแล้ว เข้าสู่ระบบด้วยรหัสผ่านนี้ได้เลย
server-email-fixed = เปลี่ยนอีเมลที่นี่ไม่ได้ โปรดขอให้ผู้ดูแลบัญชีของคุณเปลี่ยนให้
server-password-managed = บัญชีนี้เข้าสู่ระบบผ่านผู้ให้บริการข้อมูลประจำตัว รหัสผ่านจึงจัดการที่นั่น
server-current-password-invalid = รหัสผ่านปัจจุบันไม่ถูกต้อง
server-session-current = นี่คือเซสชันที่คุณกำลังใช้อยู่ โปรดออกจากระบบแทน
server-sign-in-expired = การเข้าสู่ระบบหมดอายุแล้ว โปรดป้อนอีเมลและรหัสผ่านอีกครั้ง
server-code-missing = โปรดป้อนรหัสจากแอปยืนยันตัวตนหรือรหัสสำรอง
server-code-invalid = รหัสไม่ถูกต้อง โปรดตรวจสอบแอปยืนยันตัวตนแล้วลองอีกครั้ง
server-avatar-size = รูปมีขนาดเกิน 5 MB โปรดเลือกรูปที่เล็กกว่านี้
server-avatar-type = ไฟล์นี้ไม่ใช่รูป JPEG, PNG หรือ WebP
server-avatar-damaged = อ่านรูปไม่ได้: ไฟล์เสียหายหรือไม่สมบูรณ์
server-avatar-empty = รูปว่างเปล่า
server-sign-in-needed = คุณต้องเข้าสู่ระบบหรือลงทะเบียนก่อนดำเนินการต่อ
server-credentials = ข้อมูลเข้าสู่ระบบไม่ถูกต้อง โปรดลองอีกครั้ง
server-profile-changed = โปรไฟล์มีการเปลี่ยนแปลงหลังจากที่อ่านมา โปรดอ่านอีกครั้งแล้วทำการเปลี่ยนแปลงใหม่
server-not-found = ไม่พบทรัพยากร
server-internal = เซิร์ฟเวอร์เกิดข้อผิดพลาดภายใน
server-disk-full = ดิสก์ของเซิร์ฟเวอร์เต็ม จึงบันทึกไม่สำเร็จ โปรดขอให้ผู้ดูแลเซิร์ฟเวอร์เพิ่มพื้นที่ว่างให้
server-password-common = รหัสผ่านนี้ใช้กันทั่วไปเกินไป โปรดเลือกรหัสผ่านที่คาดเดาได้ยากกว่านี้
server-password-personal = รหัสผ่านต้องไม่มีชื่อหรืออีเมลของคุณ
server-password-uppercase = ใส่ตัวพิมพ์ใหญ่อย่างน้อย 1 ตัว
server-password-digit = ใส่ตัวเลขอย่างน้อย 1 ตัว
server-password-special = ใส่อักขระพิเศษอย่างน้อย 1 ตัว
server-avatar-pixels = รูปมีจำนวนพิกเซลมากเกินไป (ไม่เกิน { $max } เมกะพิกเซล) โปรดเลือกรูปที่เล็กกว่านี้
server-too-many = พยายามหลายครั้งเกินไป โปรดลองอีกครั้งใน { $seconds } วินาที
server-not-member-of = คุณไม่ได้เป็นสมาชิกของบัญชี { $account }
server-password-min = ใช้อย่างน้อย { $min } ตัวอักษร
server-password-max = ใช้ได้ไม่เกิน { $max } ตัวอักษร
server-profile-shape = ส่งการเปลี่ยนแปลงในรูปแบบ {"{"}"profile": {"{"}…{"}"}{"}"}
server-password-field-required = กรอกช่องนี้เพื่อเปลี่ยนรหัสผ่าน
server-ui-settings-object = ui_settings ต้องเป็นออบเจ็กต์
server-must-be-text = ค่านี้ต้องเป็นข้อความ
server-must-be-one-of = { $name } ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: { $choices }
server-must-be-object = { $name } ต้องเป็นออบเจ็กต์
