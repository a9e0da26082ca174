# Настройки Headset: русский.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Повторить
common-cancel = Отмена
common-copy = Копировать
common-loading = Загрузка…
common-saving = Сохранение…
common-checking = Проверка…
common-signing-out = Выход…
error-fallback = Что-то пошло не так. Попробуйте ещё раз.

## Availability statuses and roles

status-online = В сети
status-busy = Занят
status-offline = Не в сети
role-agent = Агент
role-administrator = Администратор

## App

app-connecting = Подключение к { -headset }…
app-title = Настройки { -headset }

## SignIn

signin-title = Вход в { -headset }
signin-lead-code = Введите { $digits }-значный код из приложения-аутентификатора.
signin-lead-token = Вставьте токен доступа из настроек профиля в веб-панели.
signin-lead-password = Укажите адрес и учётную запись вашего сервера { -chatwoot }.
signin-server = Адрес сервера
signin-email = Эл. почта
signin-password = Пароль
signin-backup-code = Резервный код
signin-auth-code = Код аутентификации
signin-use-backup-code = Я использую резервный код
signin-token = Токен доступа
signin-signing-in = Вход…
signin-verify = Подтвердить
signin-submit = Войти
signin-use-token = Войти с помощью токена доступа
signin-use-password = Войти по эл. почте и паролю
signin-forgot = Забыли пароль?
signin-reset-title = Сброс пароля
signin-reset-lead = Введите адрес эл. почты вашего аккаунта — сервер пришлёт ссылку для создания нового пароля.
signin-reset-submit = Отправить ссылку
signin-reset-sending = Отправка…
signin-reset-back = Вернуться ко входу
signin-reset-sent = Если аккаунт для { $email } существует, мы отправили ссылку для сброса пароля.
signin-reset-error-email = Введите адрес эл. почты вашего аккаунта.
signin-network = Настройки подключения
signin-network-lead = Для собственного сервера, который использует сертификаты вашей компании или доступен через прокси. Эти настройки относятся к этому компьютеру.

## ProfileSummary

summary-connected = Подключено
summary-reconnecting = Повторное подключение через { $seconds } с ({ $reason })
summary-connecting = Подключение…
summary-not-connected = Нет подключения
summary-live = Обновления в реальном времени
summary-unread = Непрочитанные уведомления
summary-sign-out = Выйти
menu-button =
    .aria-label = Меню аккаунта
menu-open-dashboard = Открыть панель
menu-billing = Оплата и использование
menu-switch-account = Сменить аккаунт
summary-active-account = Текущий аккаунт: { $account }
summary-switching-account = Смена аккаунта…

## GeneralSection

general-title = Общие
general-lead = Как { -headset } работает на этом компьютере.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = Запускать { -headset } при входе в систему
launch-banner-question = Запускать { -headset } при входе в систему, чтобы уведомления продолжали приходить?
launch-banner-yes = Да
launch-banner-not-now = Не сейчас

## StatusSwitcher

status-legend = Статус

## Settings

settings-nav =
    .aria-label = Настройки
settings-tabs =
    .aria-label = Разделы настроек
settings-app-name = { -headset }
settings-section-general = Общие
settings-section-profile = Профиль
settings-section-social = Соцсети
settings-section-region = Язык и регион
settings-section-notifications = Уведомления
settings-section-availability = Доступность
settings-section-segments = Сегменты
settings-section-channels = Каналы
settings-section-team = Команда
settings-section-security = Безопасность
settings-section-network = Подключение
settings-section-diagnostics = Диагностика
settings-pending-edits =
    { $count ->
        [one] { $count } изменение ждёт синхронизации
        [few] { $count } изменения ждут синхронизации
        [many] { $count } изменений ждут синхронизации
       *[other] { $count } изменения ждут синхронизации
    }

## FormFooter

form-saving = Сохранение…
form-pending = Ожидание сервера…
form-saved = Ваш профиль успешно обновлён
form-not-saved-field = Не сохранено: проверьте выделенное поле.
form-pending-detail = Сохранено на этом компьютере — синхронизируется, когда сервер станет доступен.
form-pending-detail-retry = Сохранено на этом компьютере — синхронизируется, когда сервер станет доступен (следующая попытка через { $seconds } с).
form-save = Сохранить

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Профиль
profile-lead = Как вас видят команда и клиенты.
profile-name = Полное имя
profile-display-name = Отображаемое имя
profile-display-name-hint = Показывается клиентам вместо полного имени.
profile-email = Эл. почта
profile-email-hint = Адрес эл. почты здесь изменить нельзя. Попросите об этом администратора вашего аккаунта.
profile-job-title = Должность
    .placeholder = Руководитель поддержки
profile-about = О себе
profile-phone = Телефон
profile-phone-hint = В международном формате, например { $example }.
profile-signature = Подпись сообщений
profile-signature-hint = Добавляется к вашим ответам, когда подпись включена.
profile-error-name = Введите имя.

## ProfileFacts

profile-facts-title = Аккаунт
profile-facts-company = Компания
profile-facts-role = Роль
profile-facts-created = Участник с
profile-facts-last-sign-in = Последний вход
profile-facts-updated = Профиль обновлён

## Rules

rules-phone = Введите номер телефона в международном формате, например { $example }.
rules-https = «{ $address }» — не адрес https://
rules-length =
    { $max ->
        [one] Не более { $max } символа (сейчас { $count }).
       *[other] Не более { $max } символов (сейчас { $count }).
    }
rules-idle-minutes = Введите целое число минут от { $min } до { $max }.

## SocialSection

social-title = Соцсети
social-lead = Показываются в карточке профиля. Указывайте полные адреса https://; чтобы удалить ссылку, оставьте поле пустым.
social-website = Сайт

## RegionSection

region-title = Язык и регион
region-lead = Язык { -headset } и { -chatwoot }, а также формат времени и сумм.
region-language = Язык
region-account-default = По умолчанию для аккаунта
region-language-hint = «По умолчанию для аккаунта» — язык, выбранный вашим администратором.
region-timezone = Часовой пояс
region-timezone-filter =
    .placeholder = Поиск часового пояса
    .aria-label = Поиск часового пояса
region-not-set = Не задано
region-timezone-count =
    { $count ->
        [one] { $count } часовой пояс
        [few] { $count } часовых пояса
        [many] { $count } часовых поясов
       *[other] { $count } часового пояса
    }
region-timezone-count-here =
    { $count ->
        [one] { $count } часовой пояс · этот компьютер: { $zone }
        [few] { $count } часовых пояса · этот компьютер: { $zone }
        [many] { $count } часовых поясов · этот компьютер: { $zone }
       *[other] { $count } часового пояса · этот компьютер: { $zone }
    }
region-currency = Валюта

## AwayForm

away-title = Когда вы отходите
away-lead = { -headset } замечает блокировку экрана и возвращает ваш статус, когда вы вернётесь.
away-on-lock = Менять мой статус, пока экран заблокирован
away-status = Статус во время отсутствия
away-status-busy = Занят: без звуков, только назначения и упоминания
away-status-offline = Не в сети: новые разговоры мне не назначаются
away-idle =
    { $minutes ->
        [one] Также когда я бездействую { $minutes } минуту
        [few] Также когда я бездействую { $minutes } минуты
        [many] Также когда я бездействую { $minutes } минут
       *[other] Также когда я бездействую { $minutes } минуты
    }
away-idle-minutes =
    .aria-label = Минуты бездействия
away-idle-hint = Бездействие — клавиатура и мышь не используются. От { $min } до { $max } минут.

## Weekdays

day-mon = понедельник
day-tue = вторник
day-wed = среда
day-thu = четверг
day-fri = пятница
day-sat = суббота
day-sun = воскресенье

## Availability now line and checks

availability-now-any-time = Доступны в любое время
availability-now-no-hours = Часы не заданы: { -headset } придерживает уведомления всю неделю
availability-now-until-time = Доступны сейчас, до { $time } ({ $zone })
availability-now-until-midnight = Доступны сейчас, до полуночи ({ $zone })
availability-now-until-day = Доступны сейчас, до: { $day }, { $time } ({ $zone })
availability-now-until-next-week = Доступны сейчас, до: { $day } на следующей неделе, { $time } ({ $zone })
availability-now-round-the-clock = Доступны сейчас, круглосуточно ({ $zone })
availability-next-today = Снова доступны: сегодня в { $time } ({ $zone })
availability-next-day = Снова доступны: { $day }, { $time } ({ $zone })
availability-next-next-week = Снова доступны: { $day } на следующей неделе, { $time } ({ $zone })
availability-error-start-empty = Введите время начала.
availability-error-end-empty = Введите время окончания.
availability-error-start-24 = 24:00 может быть только концом интервала.
availability-error-start = «{ $value }» — не время в формате ЧЧ:ММ.
availability-error-end = «{ $value }» — не время в формате ЧЧ:ММ (или 24:00).
availability-error-same = Начало и конец должны различаться.
availability-error-overlap = { $day }: { $first } и { $second } пересекаются.

## AvailabilitySection

availability-title = Доступность
availability-lead = Часы, когда вы берёте разговоры, и что { -headset } придерживает в остальное время.
availability-use-hours = Использовать часы доступности
availability-off-hint = { -headset } уведомляет вас в любое время.
availability-weekly = Часы на неделю
availability-zone-hint = Время указано в { $zone }. Интервал, который заканчивается не позже своего начала, переходит через полночь.
availability-zone-hint-local = Время указано в { $zone } (часовой пояс этого компьютера; свой выберите в разделе «Язык и регион»). Интервал, который заканчивается не позже своего начала, переходит через полночь.
availability-unavailable = Недоступны
availability-interval-start =
    .aria-label = { $day }, интервал { $number }, начало
availability-interval-end =
    .aria-label = { $day }, интервал { $number }, конец
availability-remove = Удалить
    .aria-label = Удалить: { $day }, интервал { $number }
availability-ends-next-day = заканчивается на следующий день
availability-until-midnight = до полуночи
availability-add = Добавить интервал
    .aria-label = Добавить интервал: { $day }
availability-copy = Копировать на все дни
    .aria-label = Копировать на все дни часы дня: { $day }
availability-hold-back = Вне этих часов придерживать
availability-block-desktop = Уведомления на рабочем столе
availability-block-sound = Звуки
availability-block-email = Уведомления по эл. почте
availability-block-push = Push-уведомления
availability-status = Статус
availability-auto-status = Ставить статус «В сети» в начале моих часов и «Не в сети» в конце

## NotificationsSection

notifications-title = Уведомления
notifications-lead = Когда { -headset } подаёт звук, как часто показывает уведомления на рабочем столе и что { -chatwoot } присылает вам по эл. почте и push.
notifications-synced = Синхронизируется с вашим аккаунтом
notifications-this-computer = Звук на этом компьютере
notifications-sound = Звук
notifications-alerts = Звук при новых сообщениях в
notifications-alerts-none = Никогда
notifications-alerts-assigned = Разговорах, назначенных мне
notifications-alerts-assigned-unassigned = Разговорах, назначенных мне или без назначения
notifications-alerts-all = Всех разговорах
notifications-alerts-custom = Особый вариант ({ $value })
notifications-tone = Мелодия
notifications-tone-ding = Динь
notifications-tone-bell = Колокольчик
notifications-tone-chime = Перезвон
notifications-tone-magic = Волшебство
notifications-tone-ping = Пинг
notifications-volume = Громкость
notifications-volume-hint = Только на этом компьютере
notifications-test-sound = Проверить звук
notifications-repeat = Повторять каждые { $seconds } с, пока назначенный разговор не прочитан
notifications-custom-sound = Свой звук
notifications-custom-sound-none = Воспроизводите на этом компьютере свой звук вместо мелодии.
notifications-custom-sound-plays = На этом компьютере вместо мелодии звучит { $name }.
notifications-custom-sound-hint = WAV, MP3, Ogg или FLAC, до { $megabytes } МБ.
notifications-custom-sound-choose = Выбрать звук…
notifications-custom-sound-replace = Выбрать другой…
notifications-custom-sound-test = Проверить
    .aria-label = Проверить свой звук
notifications-custom-sound-remove = Удалить
    .aria-label = Удалить свой звук
notifications-custom-sound-error-type = Выберите файл WAV, MP3, Ogg или FLAC.
notifications-custom-sound-error-size = Этот звук больше { $megabytes } МБ. Выберите файл поменьше.
notifications-custom-sound-error-read = Не удалось прочитать этот файл.
notifications-dashboard-on = Веб-панель тоже воспроизводит звуки (для { $conversations }).
notifications-dashboard-assigned = разговоров, назначенных вам
notifications-dashboard-unassigned = разговоров без назначения
notifications-dashboard-notme = разговоров, назначенных другим
notifications-dashboard-all = всех разговоров
notifications-dashboard-silence = Выключить звуки панели
notifications-dashboard-off = Веб-панель молчит; звучит только { -headset }.
notifications-desktop = Уведомления на рабочем столе
notifications-show = Показывать
notifications-instant = Сразу
notifications-digest-minutes =
    { $minutes ->
        [one] Сводка раз в { $minutes } минуту
        [few] Сводка раз в { $minutes } минуты
       *[other] Сводка раз в { $minutes } минут
    }
notifications-digest-hour = Сводка раз в час
notifications-email-push = Уведомления по эл. почте и push
notifications-notify-when = Сообщать, когда
notifications-channel-email = Эл. почта
notifications-channel-push = Push
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = Создан новый разговор
notifications-kind-conversation-assignment = Вам назначен разговор
notifications-kind-assigned-conversation-new-message = Новое сообщение в назначенном вам разговоре
notifications-kind-conversation-mention = Вас упомянули в разговоре
notifications-kind-participating-conversation-new-message = Новое сообщение в разговоре, где вы участвуете
notifications-kind-sla-missed-first-response = SLA нарушен: первый ответ
notifications-kind-sla-missed-next-response = SLA нарушен: следующий ответ
notifications-kind-sla-missed-resolution = SLA нарушен: решение

## ChannelsSection

channels-title = Каналы
channels-lead = Берите разговоры из этих каналов, не больше заданного числа одновременно.
channels-empty = Каналов пока нет. Создайте входящие в веб-панели.
channels-take = Брать разговоры
channels-at-most = Не больше
channels-capacity-hint = Не больше: открытых разговоров одновременно, от { $min } до { $max }; { $min } = без ограничений.
channels-capacity-error = Введите целое число от { $min } до { $max }.

## SegmentsSection

segments-title = Сегменты
segments-lead = Выберите сегменты контактов и компаний, которые хотите видеть. Ничего не выбрано — видны все.
segments-contact = Сегменты контактов
segments-company = Сегменты компаний
segments-contact-empty = Сегментов контактов пока нет. Создайте их в веб-панели.
segments-company-empty = Сегментов компаний пока нет. Создайте их в веб-панели.
segments-showing-all = Показаны все
segments-showing = Показано { $count } из { $total }
segments-contact-gone =
    { $count ->
        [one] Выбранных сегментов контактов, которых больше нет: { $count }. Они будут убраны при сохранении.
       *[other] Выбранных сегментов контактов, которых больше нет: { $count }. Они будут убраны при сохранении.
    }
segments-company-gone =
    { $count ->
        [one] Выбранных сегментов компаний, которых больше нет: { $count }. Они будут убраны при сохранении.
       *[other] Выбранных сегментов компаний, которых больше нет: { $count }. Они будут убраны при сохранении.
    }

## TeamSection

team-title = Команда
team-lead = Агенты { $account } и их права.
team-empty = Агентов пока нет.
team-name = Имя
team-email = Эл. почта
team-status = Статус
team-role = Роль
team-you = Вы
team-role-select =
    .aria-label = Роль: { $name }
    .title = Свою роль изменить нельзя. Попросите другого администратора.
team-roles-note = Менять роли могут только администраторы.
team-now-administrator = { $name } теперь администратор.
team-now-agent = { $name } теперь агент.

## AvatarEditor

avatar-drop =
    .aria-label = Фото профиля: перетащите сюда изображение
avatar-change = Сменить фото…
avatar-add = Добавить фото…
avatar-remove = Удалить фото
avatar-hint = JPEG, PNG или WebP. Перетащите сюда или выберите файл.
avatar-crop =
    .aria-label = Обрезка фото
avatar-preview =
    .aria-label = Предпросмотр. Перетаскивайте или двигайте изображение стрелками.
avatar-zoom = Масштаб
avatar-rotate-left = Повернуть влево
avatar-rotate-right = Повернуть вправо
avatar-save = Сохранить фото
avatar-uploading = Загрузка…
    .aria-label = Загрузка
avatar-saved = Фото сохранено.
avatar-error-type = Выберите изображение JPEG, PNG или WebP.
avatar-error-size = Изображение больше { $megabytes } МБ. Выберите поменьше.
avatar-error-draw = Это окно не может рисовать изображения.
avatar-error-make = Не удалось создать изображение.
avatar-error-open = Не удалось открыть изображение. Возможно, файл повреждён.

## SecuritySection

security-title = Безопасность
security-lead = Пароль, второй шаг при входе, устройства, где выполнен вход, и ваш API-токен.

## PasswordInput

password-input-show = Показать
password-input-hide = Скрыть

## ChangePassword

password-title = Пароль
password-managed = Вашим паролем управляет { $provider }.
password-provider-sso = единый вход вашей организации
password-provider-unknown = ваш поставщик удостоверений
password-lead = После смены пароля вы выйдете на других устройствах.
password-policy-error = Не удалось загрузить требования к паролю: { $error }
password-current = Текущий пароль
    .show = Показать текущий пароль
password-new = Новый пароль
    .show = Показать новый пароль
password-confirm = Повторите новый пароль
    .show = Показать повтор пароля
password-strength = Надёжность
password-strength-none = Пока ничего не введено
password-strength-value = Надёжность: { $level }
password-strength-weak = Слабый
password-strength-fair = Средний
password-strength-strong = Надёжный
password-strength-very-strong = Очень надёжный
password-rules =
    .aria-label = Требования к паролю
password-rule-met = (выполнено)
password-rule-unmet = (ещё нет)
password-rules-loading = Загрузка требований к паролю…
password-rule-length-range = От { $min } до { $max } символов
password-rule-length =
    { $min ->
        [one] { $min } символ
        [few] { $min } символа
       *[other] { $min } символов
    }
password-rule-common = Не распространённый пароль, не ваше имя и не эл. почта
password-rule-uppercase = Заглавная буква
password-rule-digit = Цифра (0–9)
password-rule-special = Спецсимвол, например ! ? # или -
password-mismatch = Не совпадает с новым паролем.
password-changed = Пароль изменён. На других устройствах выполнен выход.
password-changing = Смена…
password-change = Сменить пароль
password-error-current = Введите текущий пароль.

## TwoFactor

mfa-title = Двухфакторная аутентификация
mfa-lead = При входе { -headset } также запросит код из приложения-аутентификатора на вашем телефоне.
mfa-unavailable = Этот сервер не поддерживает двухфакторную аутентификацию.
mfa-badge-on = Вкл.
mfa-on = При входе в аккаунт запрашивается код.
mfa-badge-off = Выкл.
mfa-off = Аккаунт защищён только паролем.
mfa-scan = Отсканируйте этот QR-код приложением-аутентификатором.
mfa-qr =
    .aria-label = QR-код для настройки приложения-аутентификатора
mfa-cant-scan = Не получается отсканировать? Введите этот ключ настройки:
mfa-copy-key = Копировать ключ
mfa-key-copied = Ключ настройки скопирован.
mfa-key-copy-failed = Не удалось скопировать: выделите ключ и скопируйте его вручную.
mfa-enter-code = Введите { $digits }-значный код из приложения
mfa-turn-on = Включить
mfa-set-up = Настроить
mfa-starting = Запуск…
mfa-new-codes = Новые резервные коды
mfa-new-codes-hint = Старые резервные коды перестанут работать, как только будут созданы новые.
mfa-app-code = Код из приложения-аутентификатора
mfa-making-codes = Создание кодов…
mfa-make-codes = Создать новые коды
mfa-disable-title = Отключить двухфакторную аутентификацию
mfa-disable-hint = Аккаунт будет защищён только паролем.
mfa-password = Пароль
    .show = Показать пароль
mfa-app-or-backup-code = Код аутентификатора или резервный код
mfa-turning-off = Отключение…
mfa-turn-off = Отключить
mfa-turn-off-ask = Отключить…
mfa-error-code = Введите код из приложения-аутентификатора.
mfa-error-password = Введите пароль.
mfa-error-app-or-backup-code = Введите код из приложения-аутентификатора или резервный код.
mfa-now-on = Двухфакторная аутентификация включена.
mfa-codes-made = Созданы новые резервные коды. Старые больше не работают.
mfa-now-off = Двухфакторная аутентификация отключена.

## BackupCodes

backup-title = Сохраните резервные коды
backup-hint = Каждый код позволяет войти один раз, если приложение-аутентификатор недоступно. Храните их в надёжном месте: больше они показаны не будут.
backup-list =
    .aria-label = Резервные коды
backup-download = Скачать
backup-done = Я их сохранил
backup-copied = Резервные коды скопированы.
backup-copy-failed = Не удалось скопировать: выделите коды и скопируйте их вручную.
backup-saved-as = Сохранено как { $file }.
backup-save-failed = Не удалось сохранить файл: скопируйте коды.
backup-file-title = Резервные коды { -headset } для { $email }
backup-file-hint = Каждый код позволяет войти один раз, если приложение-аутентификатор недоступно.

## Sessions

sessions-title = Устройства со входом
sessions-lead = Где сейчас выполнен вход в ваш аккаунт. Выйдите на любом устройстве, которое вам незнакомо.
sessions-loading = Загрузка устройств…
sessions-none = Нет устройств со входом.
sessions-unknown-app = Неизвестное приложение
sessions-this-device = Это устройство
sessions-last-active = Последняя активность: { $when }
sessions-last-active-unknown = Последняя активность: неизвестно
sessions-ask-one = Выйти на этом устройстве?
sessions-sign-out = Выйти
    .aria-label = Выйти: { $app }
sessions-confirm = Да, выйти
    .aria-label = Да, выйти: { $app }
sessions-ask-others =
    { $count ->
        [one] Выйти на другом устройстве?
        [few] Выйти на всех { $count } других устройствах?
       *[other] Выйти на всех { $count } других устройствах?
    }
sessions-confirm-others = Да, выйти на остальных
sessions-sign-out-others = Выйти на всех других устройствах
sessions-ended-others = Выполнен выход на всех других устройствах.
sessions-ended = Выполнен выход: { $app }.
sessions-ended-device = Выполнен выход на устройстве.

## ApiToken

token-title = Токен доступа к API
token-lead = Позволяет приложениям и скриптам действовать от вашего имени через API { -chatwoot }, например войти в { -headset } на другом компьютере или подключить интеграцию. Храните его как пароль.
token-value = Ваш токен доступа
token-value-new = Ваш новый токен доступа
token-hide = Скрыть
token-warning-title = Сбросить токен?
token-warning = Приложения и скрипты с текущим токеном сразу перестанут работать.
token-password = Ваш пароль
    .show = Показать ваш пароль
token-password-hint = Подтвердите, что это вы, чтобы увидеть или сбросить токен.
token-reveal = Показать
token-resetting = Сброс…
token-reset-now = Сбросить сейчас
token-reset = Сбросить токен…
token-error-reveal = Введите пароль, чтобы увидеть токен.
token-error-reset = Введите пароль, чтобы сбросить токен.
token-made = Создан новый токен. Обновите приложения и скрипты, которые его используют.
token-copied = Токен скопирован.
token-copy-failed = Не удалось скопировать: выделите токен и скопируйте его вручную.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = Подключение
network-lead = Как { -headset } подключается с этого компьютера к собственному серверу: центр сертификации, которому нужно доверять помимо центров операционной системы (например, центр вашей компании), и HTTP-прокси, через который идёт подключение. После сохранения подключение сразу перезапускается. Эти настройки относятся к этому компьютеру, а не к вашей учётной записи.
network-ca-file = Дополнительный сертификат ЦС (путь к файлу PEM)
network-ca-file-hint = Файл PEM, например { $example }. Оставьте поле пустым, чтобы доверять только сертификатам операционной системы.
network-proxy = HTTP-прокси
network-proxy-hint = Адрес http:// с портом, без имени пользователя и пароля. Оставьте поле пустым для прямого подключения.
network-saved = Сохранено. { -headset } подключается с этими настройками.

## DiagnosticsSection

diagnostics-title = Диагностика
diagnostics-lead = Работает ли { -headset } на этом компьютере и почему он уведомил или не уведомил вас.

## Health

health-title = Состояние
health-lead = Что нужно { -headset }, чтобы уведомлять вас, — проверено на этом компьютере.
health-check-server = Сервер
health-check-realtime = Обновления в реальном времени
health-check-keychain = Защищённое хранилище (связка ключей)
health-check-notifications = Уведомления на рабочем столе
health-check-audio = Вывод звука
health-check-do-not-disturb = Не беспокоить
health-ok = В порядке
health-problem = Проблема
health-none = Агент не сообщил ни об одной проверке.
health-all-ok = Всё работает.
health-problems =
    { $count ->
        [one] Найдена { $count } проблема.
        [few] Найдено { $count } проблемы.
        [many] Найдено { $count } проблем.
       *[other] Найдено { $count } проблемы.
    }
health-check-again = Проверить снова

## Decisions

decisions-title = Почему я (не) получил уведомление?
decisions-lead = Для каждого недавнего события: показал ли { -headset } уведомление и подал ли звук, и почему. Сначала новые.
decisions-only-held = Только задержанные
decisions-only-held-hint = События без уведомления и без звука.
decisions-refresh = Обновить
decisions-empty = Событий пока нет. Они появятся здесь по мере поступления.
decisions-empty-held = Ничего не было задержано.
decisions-time = Время
decisions-event = Событие
decisions-conversation = Разговор
decisions-notify = Уведомление
decisions-sound = Звук
decisions-yes = Да
decisions-no = Нет
decisions-reason-alert = Разрешено вашими настройками
decisions-reason-own-message = Вы отправили его сами
decisions-reason-not-selected = Не входит в разговоры, о которых вы выбрали получать оповещения
decisions-reason-not-incoming = Это было не входящее сообщение
decisions-reason-pending-conversation = Разговор в ожидании
decisions-reason-flag-off = Вы отключили push-уведомления для событий этого типа
decisions-reason-not-notifiable = События этого типа никогда не оповещают сами по себе
decisions-reason-offline = Вы были не в сети
decisions-reason-busy = Вы были заняты
decisions-reason-snoozed = Оповещения были отложены
decisions-reason-os-dnd = На компьютере был включён режим «Не беспокоить»
decisions-reason-outside-hours = Вне ваших часов доступности
decisions-reason-throttled = Только что уже прозвучал другой звук
decisions-reason-digest = Отложено для сводки
decisions-reason-counted = Только учтено как непрочитанное
decisions-reason-already-alerted = Оповещение об этом уже было (пришло, пока вы переподключались)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] Нет непрочитанных уведомлений
    [one] { $count } непрочитанное уведомление
   *[other] Непрочитанных уведомлений: { $count }
}
tray-waiting = { $count ->
    [0] Нет ожидающих вас разговоров
    [one] { $count } разговор ждёт вас
   *[other] Разговоров ждут вас: { $count }
}
tray-signed-out = Вы вышли
snooze-30 = Без звука на 30 минут
snooze-60 = Без звука на 1 час
snooze-hours = Без звука до начала рабочих часов
snooze-resume = Возобновить оповещения
open-dashboard = Открыть панель
open-settings = Настройки…
quit = Выйти из Headset
alert-away-title = Пока вас не было
alert-digest-title = Сводка Headset
alert-summary = { $conversations ->
    [one] { $conversations } разговор
   *[other] Разговоров: { $conversations }
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } упоминание
   *[other] , упоминаний: { $mentions }
}
alert-assigned = Назначено вам: разговор №{ $id }
alert-mentioned = Вас упомянули в разговоре №{ $id }
alert-new-conversation = Новый разговор №{ $id }
alert-message = { $who } · разговор №{ $id }
alert-missed = Разговор №{ $id } требует внимания
alert-missed-body = Пока Headset был не в сети
alert-open = Открыть разговор

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = Сеанс завершён. Войдите снова.
error-unreachable = Не удаётся связаться с сервером { $url }: { $reason }
error-server = Сервер отклонил запрос ({ $status }): { $message }
error-protocol = Неожиданный ответ сервера: { $detail }
error-agent-unavailable = Фоновый агент Headset не запущен.
error-version-mismatch = Этот агент Headset использует IPC версии { $agent }, а клиент — версии { $client }. Перезапустите Headset.
error-keychain = Связка ключей ОС недоступна: { $detail }
error-not-signed-in = Вход не выполнен.
error-window-open = Окно настроек уже открыто.
error-conflict = Профиль на сервере изменился после того, как был загружен.
error-too-long = Максимум символов: { $max }.
error-too-long-count = Максимум символов: { $max } (сейчас: { $count }).
error-name-empty = Введите имя.
error-phone-format = Введите номер телефона в международном формате, например +48 600 700 800.
error-ca-file-unreadable = Не удаётся прочитать { $path }: { $detail }.
error-ca-file-not-pem = { $path } — не файл PEM: { $detail }.
error-ca-file-empty = В файле { $path } нет сертификата (ожидается «-----BEGIN CERTIFICATE-----»).
error-ca-file-unusable = Сертификат в файле { $path } непригоден: { $detail }.
error-proxy-not-url = Укажите прокси в виде URL (например, http://proxy.example.com:3128).
error-proxy-scheme = Поддерживаются только прокси http://; через них создаётся туннель к серверам https (например, http://proxy.example.com:3128).
error-proxy-host = В URL прокси нужно указать хост (например, http://proxy.example.com:3128).
error-proxy-password = Прокси, запрашивающие пароль, не поддерживаются: не указывайте имя пользователя и пароль.
error-nothing-to-change = Изменять нечего.
error-unknown-language = Headset не поддерживает язык «{ $value }».
error-unknown-sound-choice = «{ $value }» — недопустимый вариант звука.
error-unknown-flag = «{ $value }» — не настройка уведомлений.
error-timezone = «{ $value }» — не часовой пояс IANA (например, Europe/Warsaw).
error-currency = «{ $value }» — не код валюты ISO 4217 (например, EUR).
error-audio-alerts = Укажите none либо assigned, notme и unassigned, соединённые знаком +.
error-away-status = Выберите «Занят» или «Не в сети» — статус во время отсутствия.
error-idle-minutes = Укажите от 1 до 480 минут.
error-inbox-id = «{ $value }» — не идентификатор входящих.
error-capacity = Укажите лимит от 0 до { $max }.
error-https-link = «{ $value }» — не адрес https://.
error-time-of-day = «{ $value }» — не время в формате HH:MM.
error-time-of-day-end = «{ $value }» — не время в формате HH:MM (или 24:00).
error-credentials = Неверные данные для входа. Попробуйте ещё раз.
error-code-invalid = Неверный код.
error-sign-in-expired = Время для входа истекло. Войдите снова.
error-server-empty = Введите адрес вашего сервера Chatwoot.
error-server-not-url = «{ $value }» — не веб-адрес ({ $detail }).
error-server-scheme = Адрес должен начинаться с https:// или http://.
error-wrong-password = Неверный пароль.
error-keychain-memory-only = { $detail }. Вход действует до закрытия Headset: учётные данные никогда не сохраняются в файл, поэтому при следующем запуске их запросят снова.
error-avatar-type = Используйте изображение JPEG или PNG.
error-avatar-damaged = Изображение повреждено при передаче. Попробуйте ещё раз.
error-avatar-size = Изображение больше 5 МБ. Выберите поменьше.
error-billing-admins = Раздел «Оплата и использование» доступен только администраторам аккаунта.
error-email-empty = Введите адрес эл. почты.
error-password-empty = Введите пароль.
error-code-empty = Введите код.
error-token-empty = Вставьте токен доступа из настроек профиля.
error-token-refused = Сервер не принимает этот токен доступа.
error-snooze-minutes = Отключить звук можно на срок от 1 минуты до 24 часов.
error-snooze-no-hours = Сначала задайте часы доступности: без них неизвестно, когда они начнутся.
error-sound-none = Звуковой файл не выбран.
error-sound-name = Дайте звуку название длиной не более 100 символов.
error-sound-damaged = Файл повреждён при передаче. Попробуйте ещё раз.
error-sound-size = Звуковой файл больше 1 МБ.
error-sound-format = Headset не может воспроизвести этот файл (поддерживаются WAV, MP3, OGG или FLAC).
error-sound-empty = Звуковой файл пуст.
error-sound-length = Звук длиннее 10 секунд.
error-not-a-member = Вы не состоите в этом аккаунте.
error-volume = Громкость задаётся от 0 до 100.
error-disk-full = Диск с данными Headset заполнен, поэтому это изменение не сохранено. Освободите место и повторите попытку.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Доступен
diagnose-no-notification-daemon = Нет службы уведомлений: { $detail }
diagnose-system-notifications = Центр уведомлений системы
diagnose-unnamed-device = Устройство без названия
diagnose-no-audio-device = Нет устройства вывода звука
diagnose-signed-in = Вход на { $server } выполнен как { $email }
diagnose-signed-out = Выход выполнен (последний сервер: { $server })
diagnose-now = этого момента
diagnose-connected = { $reconnects ->
    [one] Подключено с { $since }, { $reconnects } переподключение
    [few] Подключено с { $since }, { $reconnects } переподключения
    [many] Подключено с { $since }, { $reconnects } переподключений
   *[other] Подключено с { $since }, переподключений: { $reconnects }
}
diagnose-connecting = Подключение
diagnose-retrying = { $reason }; повтор через { $seconds } с
diagnose-not-connected = Нет подключения (выход выполнен)
diagnose-dnd-off = Выключен
diagnose-dnd-on = Включён: { $why }
dnd-gnome-banners-off = GNOME: всплывающие уведомления отключены
dnd-dunst-paused = Служба уведомлений (dunst) приостановлена
dnd-macos-focus = Включён режим фокусирования macOS
dnd-windows-focus-assist = Включена фокусировка внимания Windows
dnd-windows-busy = Windows задерживает уведомления (полноэкранное приложение или презентация)

## headset-server's answers, in the language the request asks for
server-not-a-member = Вы не состоите в этом аккаунте.
server-contact-name = Введите имя контакта.
server-no-such-inbox = В этом аккаунте нет таких входящих.
server-no-such-contact = В этом аккаунте нет такого контакта.
server-assignee-not-in-inbox = Этот агент не видит эти входящие, поэтому его нельзя назначить.
server-message-empty = Сообщение пустое.
server-role-admins-only = Менять роль агента могут только администраторы.
server-filter-name = Дайте фильтру название.
server-filter-name-long = Название длиннее 100 символов.
server-mfa-code-invalid = Неверный код. Введите текущий код из приложения-аутентификатора.
server-mfa-already-on = Двухфакторная аутентификация уже включена.
server-mfa-not-started = Сначала начните настройку двухфакторной аутентификации.
server-mfa-not-on = Двухфакторная аутентификация не включена.
server-password-invalid = Неверный пароль
server-reset-sent = Если аккаунт с этим адресом эл. почты существует, мы отправили на него ссылку для сброса пароля.
server-confirmation-mismatch = Подтверждение пароля не совпадает с паролем
server-reset-link-invalid = Эта ссылка для сброса недействительна или устарела. Запросите новую.
server-password-reset-done = Пароль изменён. Теперь войдите с новым паролем.
server-email-fixed = Адрес эл. почты здесь изменить нельзя. Попросите об этом администратора вашего аккаунта.
server-password-managed = Вход в этот аккаунт выполняется через поставщика удостоверений; паролем управляют там.
server-current-password-invalid = Неверный текущий пароль
server-session-current = Это ваш текущий сеанс. Чтобы завершить его, выйдите из аккаунта.
server-sign-in-expired = Время для входа истекло. Снова введите адрес эл. почты и пароль.
server-code-missing = Введите код из приложения-аутентификатора или резервный код.
server-code-invalid = Неверный код. Проверьте приложение-аутентификатор и попробуйте ещё раз.
server-avatar-size = Изображение больше 5 МБ. Выберите поменьше.
server-avatar-type = Этот файл — не изображение JPEG, PNG или WebP.
server-avatar-damaged = Не удалось прочитать изображение: файл повреждён или неполон.
server-avatar-empty = Изображение пустое.
server-sign-in-needed = Чтобы продолжить, войдите или зарегистрируйтесь.
server-credentials = Неверные данные для входа. Попробуйте ещё раз.
server-profile-changed = Профиль изменился после загрузки. Загрузите его снова и повторите изменение.
server-not-found = Ресурс не найден
server-internal = Внутренняя ошибка сервера
server-disk-full = Диск сервера заполнен, поэтому сохранить не удалось. Попросите администратора сервера освободить место.
server-password-common = Этот пароль слишком распространён. Выберите менее предсказуемый.
server-password-personal = Пароль не должен содержать ваше имя или адрес эл. почты.
server-password-uppercase = Добавьте хотя бы одну заглавную букву.
server-password-digit = Добавьте хотя бы одну цифру.
server-password-special = Добавьте хотя бы один спецсимвол.
server-avatar-pixels = В изображении слишком много пикселей (максимум — { $max } Мп). Выберите поменьше.
server-too-many = Слишком много попыток. Повторите через { $seconds } с.
server-not-member-of = Вы не состоите в аккаунте { $account }.
server-password-min = Минимум символов: { $min }.
server-password-max = Максимум символов: { $max }.
server-profile-shape = Отправьте изменения в виде {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = Заполните это поле, чтобы изменить пароль.
server-ui-settings-object = ui_settings должен быть объектом.
server-must-be-text = Здесь должен быть текст.
server-must-be-one-of = { $name } должен быть одним из: { $choices }.
server-must-be-object = { $name } должен быть объектом.
