# Ajustes de Headset: español (tuteo).

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Reintentar
common-cancel = Cancelar
common-copy = Copiar
common-loading = Cargando…
common-saving = Guardando…
common-checking = Comprobando…
common-signing-out = Cerrando sesión…
error-fallback = Algo salió mal. Inténtalo de nuevo.

## Availability statuses and roles

status-online = En línea
status-busy = Ocupado
status-offline = Desconectado
role-agent = Agente
role-administrator = Administrador

## App

app-connecting = Conectando con { -headset }…
app-title = Ajustes de { -headset }

## SignIn

signin-title = Inicia sesión en { -headset }
signin-lead-code = Introduce el código de { $digits } dígitos de tu app de autenticación.
signin-lead-token = Pega el token de acceso que aparece en los ajustes de tu perfil en el panel web.
signin-lead-password = Usa la dirección y la cuenta de tu servidor de { -chatwoot }.
signin-server = Dirección del servidor
signin-email = Correo electrónico
signin-password = Contraseña
signin-backup-code = Código de respaldo
signin-auth-code = Código de autenticación
signin-use-backup-code = Estoy usando un código de respaldo
signin-token = Token de acceso
signin-signing-in = Iniciando sesión…
signin-verify = Verificar
signin-submit = Iniciar sesión
signin-use-token = Iniciar sesión con un token de acceso
signin-use-password = Iniciar sesión con correo y contraseña
signin-forgot = ¿Olvidaste la contraseña?
signin-reset-title = Restablecer la contraseña
signin-reset-lead = Escribe el correo de tu cuenta y tu servidor te enviará un enlace para crear una contraseña nueva.
signin-reset-submit = Enviar enlace
signin-reset-sending = Enviando…
signin-reset-back = Volver a iniciar sesión
signin-reset-sent = Si existe una cuenta para { $email }, te enviamos un enlace para restablecer la contraseña.
signin-reset-error-email = Escribe el correo electrónico de tu cuenta.
signin-network = Ajustes de conexión
signin-network-lead = Para un servidor autoalojado que usa los certificados propios de tu empresa o al que se llega a través de un proxy. Estos ajustes son de este equipo.

## ProfileSummary

summary-connected = Conectado
summary-reconnecting = Reconectando en { $seconds } s ({ $reason })
summary-connecting = Conectando…
summary-not-connected = Sin conexión
summary-live = Actualizaciones en vivo
summary-unread = Notificaciones sin leer
summary-sign-out = Cerrar sesión
menu-button =
    .aria-label = Menú de la cuenta
menu-open-dashboard = Abrir el panel
menu-billing = Facturación y uso
menu-switch-account = Cambiar de cuenta
summary-active-account = Cuenta activa: { $account }
summary-switching-account = Cambiando de cuenta…

## GeneralSection

general-title = General
general-lead = Cómo funciona { -headset } en este equipo.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = Abrir { -headset } al iniciar sesión en el equipo
launch-banner-question = ¿Abrir { -headset } al iniciar sesión en el equipo, para que las alertas sigan llegando?
launch-banner-yes = Sí
launch-banner-not-now = Ahora no

## StatusSwitcher

status-legend = Estado

## Settings

settings-nav =
    .aria-label = Ajustes
settings-tabs =
    .aria-label = Secciones de ajustes
settings-app-name = { -headset }
settings-section-general = General
settings-section-profile = Perfil
settings-section-social = Redes sociales
settings-section-region = Idioma y región
settings-section-notifications = Notificaciones
settings-section-availability = Disponibilidad
settings-section-segments = Segmentos
settings-section-channels = Canales
settings-section-team = Equipo
settings-section-security = Seguridad
settings-section-network = Conexión
settings-section-diagnostics = Diagnóstico
settings-pending-edits =
    { $count ->
        [one] { $count } cambio pendiente de sincronizar
       *[other] { $count } cambios pendientes de sincronizar
    }

## FormFooter

form-saving = Guardando…
form-pending = Esperando al servidor…
form-saved = Tu perfil se ha actualizado correctamente
form-not-saved-field = No se guardó: revisa el campo resaltado.
form-pending-detail = Guardado en este equipo: se sincronizará cuando el servidor esté disponible.
form-pending-detail-retry = Guardado en este equipo: se sincronizará cuando el servidor esté disponible (próximo intento en { $seconds } s).
form-save = Guardar

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Perfil
profile-lead = Cómo te ven tu equipo y tus clientes.
profile-name = Nombre completo
profile-display-name = Nombre visible
profile-display-name-hint = Se muestra a los clientes en lugar de tu nombre completo.
profile-email = Correo electrónico
profile-email-hint = Tu correo no se puede cambiar aquí. Pide a un administrador de tu cuenta que lo cambie.
profile-job-title = Cargo
    .placeholder = Responsable de soporte
profile-about = Acerca de mí
profile-phone = Teléfono
profile-phone-hint = Formato internacional, por ejemplo { $example }.
profile-signature = Firma de mensajes
profile-signature-hint = Se añade a las respuestas que envías cuando la firma está activada.
profile-error-name = Escribe tu nombre.

## ProfileFacts

profile-facts-title = Cuenta
profile-facts-company = Empresa
profile-facts-role = Rol
profile-facts-created = Miembro desde
profile-facts-last-sign-in = Último inicio de sesión
profile-facts-updated = Perfil actualizado

## Rules

rules-phone = Escribe el teléfono en formato internacional, por ejemplo { $example }.
rules-https = «{ $address }» no es una dirección https://
rules-length =
    { $max ->
        [one] Usa como máximo { $max } carácter (tiene { $count }).
       *[other] Usa como máximo { $max } caracteres (tiene { $count }).
    }
rules-idle-minutes = Introduce un número entero de minutos entre { $min } y { $max }.

## SocialSection

social-title = Redes sociales
social-lead = Se muestran en tu tarjeta de perfil. Usa direcciones https:// completas; deja un campo vacío para quitarlo.
social-website = Sitio web

## RegionSection

region-title = Idioma y región
region-lead = El idioma de { -headset } y { -chatwoot }, y cómo se te muestran las horas y los importes.
region-language = Idioma
region-account-default = Predeterminado de la cuenta
region-language-hint = «Predeterminado de la cuenta» sigue el idioma que eligió tu administrador.
region-timezone = Zona horaria
region-timezone-filter =
    .placeholder = Filtrar zonas horarias
    .aria-label = Filtrar zonas horarias
region-not-set = Sin definir
region-timezone-count =
    { $count ->
        [one] { $count } zona horaria
       *[other] { $count } zonas horarias
    }
region-timezone-count-here =
    { $count ->
        [one] { $count } zona horaria · este equipo: { $zone }
       *[other] { $count } zonas horarias · este equipo: { $zone }
    }
region-currency = Moneda

## AwayForm

away-title = Cuando te ausentas
away-lead = { -headset } detecta cuando se bloquea tu pantalla y restablece tu estado cuando vuelves.
away-on-lock = Cambiar mi estado mientras mi pantalla está bloqueada
away-status = Estado durante la ausencia
away-status-busy = Ocupado: sin sonidos, solo asignaciones y menciones
away-status-offline = Desconectado: no se me asigna nada nuevo
away-idle =
    { $minutes ->
        [one] También cuando esté inactivo durante { $minutes } minuto
       *[other] También cuando esté inactivo durante { $minutes } minutos
    }
away-idle-minutes =
    .aria-label = Minutos de inactividad
away-idle-hint = Inactivo: sin usar el teclado ni el ratón. De { $min } a { $max } minutos.

## Weekdays

day-mon = lunes
day-tue = martes
day-wed = miércoles
day-thu = jueves
day-fri = viernes
day-sat = sábado
day-sun = domingo

## Availability now line and checks

availability-now-any-time = Disponible en cualquier momento
availability-now-no-hours = Sin horario: { -headset } retiene las alertas toda la semana
availability-now-until-time = Disponible ahora, hasta las { $time } ({ $zone })
availability-now-until-midnight = Disponible ahora, hasta medianoche ({ $zone })
availability-now-until-day = Disponible ahora, hasta el { $day } a las { $time } ({ $zone })
availability-now-until-next-week = Disponible ahora, hasta el { $day } de la próxima semana a las { $time } ({ $zone })
availability-now-round-the-clock = Disponible ahora, las 24 horas ({ $zone })
availability-next-today = Próxima disponibilidad: hoy a las { $time } ({ $zone })
availability-next-day = Próxima disponibilidad: { $day } a las { $time } ({ $zone })
availability-next-next-week = Próxima disponibilidad: el { $day } de la próxima semana a las { $time } ({ $zone })
availability-error-start-empty = Introduce una hora de inicio.
availability-error-end-empty = Introduce una hora de fin.
availability-error-start-24 = 24:00 solo puede ser el final de un intervalo.
availability-error-start = «{ $value }» no es una hora con formato HH:MM.
availability-error-end = «{ $value }» no es una hora con formato HH:MM (o 24:00).
availability-error-same = El inicio y el fin deben ser distintos.
availability-error-overlap = { $day }: { $first } y { $second } se solapan.

## AvailabilitySection

availability-title = Disponibilidad
availability-lead = Las horas en que atiendes conversaciones y lo que { -headset } retiene fuera de ellas.
availability-use-hours = Usar horario de disponibilidad
availability-off-hint = { -headset } te avisa en cualquier momento.
availability-weekly = Horario semanal
availability-zone-hint = Horas en { $zone }. Un intervalo que termina antes de su inicio, o a la misma hora, pasa de medianoche.
availability-zone-hint-local = Horas en { $zone } (la zona horaria de este equipo; elige la tuya en Idioma y región). Un intervalo que termina antes de su inicio, o a la misma hora, pasa de medianoche.
availability-unavailable = No disponible
availability-interval-start =
    .aria-label = { $day }, intervalo { $number }, inicio
availability-interval-end =
    .aria-label = { $day }, intervalo { $number }, fin
availability-remove = Quitar
    .aria-label = Quitar { $day }, intervalo { $number }
availability-ends-next-day = termina al día siguiente
availability-until-midnight = hasta medianoche
availability-add = Añadir intervalo
    .aria-label = Añadir intervalo el { $day }
availability-copy = Copiar a todos los días
    .aria-label = Copiar el horario del { $day } a todos los días
availability-hold-back = Fuera de este horario, retener
availability-block-desktop = Notificaciones de escritorio
availability-block-sound = Sonidos
availability-block-email = Notificaciones por correo
availability-block-push = Notificaciones push
availability-status = Estado
availability-auto-status = Ponerme en línea cuando empiece mi horario y desconectado cuando termine

## NotificationsSection

notifications-title = Notificaciones
notifications-lead = Cuándo { -headset } reproduce un sonido, cada cuánto muestra notificaciones de escritorio y qué te envía { -chatwoot } por correo y push.
notifications-synced = Sincronizado con tu cuenta
notifications-this-computer = Sonido en este equipo
notifications-sound = Sonido
notifications-alerts = Reproducir un sonido con mensajes nuevos en
notifications-alerts-none = Nunca
notifications-alerts-assigned = Conversaciones asignadas a mí
notifications-alerts-assigned-unassigned = Conversaciones asignadas a mí o sin asignar
notifications-alerts-all = Todas las conversaciones
notifications-alerts-custom = Personalizado ({ $value })
notifications-tone = Tono
notifications-tone-ding = Ding
notifications-tone-bell = Campana
notifications-tone-chime = Carillón
notifications-tone-magic = Magia
notifications-tone-ping = Ping
notifications-volume = Volumen
notifications-volume-hint = Solo en este equipo
notifications-test-sound = Probar sonido
notifications-repeat = Repetir cada { $seconds } s mientras haya una conversación asignada sin leer
notifications-custom-sound = Sonido propio
notifications-custom-sound-none = Reproduce un sonido propio en este equipo en lugar del tono.
notifications-custom-sound-plays = Se reproduce { $name } en este equipo en lugar del tono.
notifications-custom-sound-hint = WAV, MP3, Ogg o FLAC, hasta { $megabytes } MB.
notifications-custom-sound-choose = Elegir un sonido…
notifications-custom-sound-replace = Elegir otro…
notifications-custom-sound-test = Probar
    .aria-label = Probar el sonido propio
notifications-custom-sound-remove = Quitar
    .aria-label = Quitar el sonido propio
notifications-custom-sound-error-type = Elige un archivo WAV, MP3, Ogg o FLAC.
notifications-custom-sound-error-size = Este sonido pesa más de { $megabytes } MB. Elige uno más pequeño.
notifications-custom-sound-error-read = No se pudo leer este archivo.
notifications-dashboard-on = El panel web también reproduce sonidos (para { $conversations }).
notifications-dashboard-assigned = conversaciones asignadas a ti
notifications-dashboard-unassigned = conversaciones sin asignar
notifications-dashboard-notme = conversaciones asignadas a otros
notifications-dashboard-all = todas las conversaciones
notifications-dashboard-silence = Silenciar el panel
notifications-dashboard-off = El panel web está en silencio; solo suena { -headset }.
notifications-desktop = Notificaciones de escritorio
notifications-show = Mostrarlas
notifications-instant = Al instante
notifications-digest-minutes =
    { $minutes ->
        [one] Un resumen cada minuto
       *[other] Un resumen cada { $minutes } minutos
    }
notifications-digest-hour = Un resumen cada hora
notifications-email-push = Notificaciones por correo y push
notifications-notify-when = Avisarme cuando
notifications-channel-email = Correo
notifications-channel-push = Push
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = Se crea una conversación nueva
notifications-kind-conversation-assignment = Se te asigna una conversación
notifications-kind-assigned-conversation-new-message = Llega un mensaje nuevo en una conversación asignada a ti
notifications-kind-conversation-mention = Te mencionan en una conversación
notifications-kind-participating-conversation-new-message = Llega un mensaje nuevo en una conversación en la que participas
notifications-kind-sla-missed-first-response = SLA incumplido: primera respuesta
notifications-kind-sla-missed-next-response = SLA incumplido: siguiente respuesta
notifications-kind-sla-missed-resolution = SLA incumplido: resolución

## ChannelsSection

channels-title = Canales
channels-lead = Atiende conversaciones de estos canales, hasta un número a la vez.
channels-empty = Aún no hay canales. Crea bandejas de entrada en el panel web.
channels-take = Atender conversaciones
channels-at-most = Como máximo
channels-capacity-hint = Como máximo: conversaciones abiertas a la vez, de { $min } a { $max }; { $min } = sin límite.
channels-capacity-error = Introduce un número entero entre { $min } y { $max }.

## SegmentsSection

segments-title = Segmentos
segments-lead = Elige los segmentos de contactos y empresas que quieres ver. Si no eliges ninguno, los verás todos.
segments-contact = Segmentos de contactos
segments-company = Segmentos de empresas
segments-contact-empty = Aún no hay segmentos de contactos. Créalos en el panel web.
segments-company-empty = Aún no hay segmentos de empresas. Créalos en el panel web.
segments-showing-all = Se muestran todos
segments-showing = Se muestran { $count } de { $total }
segments-contact-gone =
    { $count ->
        [one] Un segmento de contactos que elegiste ya no existe; se quitará al guardar.
       *[other] { $count } segmentos de contactos que elegiste ya no existen; se quitarán al guardar.
    }
segments-company-gone =
    { $count ->
        [one] Un segmento de empresas que elegiste ya no existe; se quitará al guardar.
       *[other] { $count } segmentos de empresas que elegiste ya no existen; se quitarán al guardar.
    }

## TeamSection

team-title = Equipo
team-lead = Los agentes de { $account } y lo que puede hacer cada uno.
team-empty = Aún no hay agentes.
team-name = Nombre
team-email = Correo electrónico
team-status = Estado
team-role = Rol
team-you = Tú
team-role-select =
    .aria-label = Rol de { $name }
    .title = No puedes cambiar tu propio rol. Pídeselo a otro administrador.
team-roles-note = Solo los administradores pueden cambiar los roles.
team-now-administrator = { $name } ahora es administrador.
team-now-agent = { $name } ahora es agente.

## AvatarEditor

avatar-drop =
    .aria-label = Foto de perfil: suelta una imagen aquí
avatar-change = Cambiar foto…
avatar-add = Añadir una foto…
avatar-remove = Quitar foto
avatar-hint = JPEG, PNG o WebP. Suéltala aquí o elige un archivo.
avatar-crop =
    .aria-label = Recorta tu foto
avatar-preview =
    .aria-label = Vista previa. Arrastra o usa las flechas para mover la imagen.
avatar-zoom = Zoom
avatar-rotate-left = Girar a la izquierda
avatar-rotate-right = Girar a la derecha
avatar-save = Guardar foto
avatar-uploading = Subiendo…
    .aria-label = Subiendo
avatar-saved = Foto guardada.
avatar-error-type = Elige una imagen JPEG, PNG o WebP.
avatar-error-size = Esta imagen pesa más de { $megabytes } MB. Elige una más pequeña.
avatar-error-draw = Esta ventana no puede dibujar imágenes.
avatar-error-make = No se pudo crear la imagen.
avatar-error-open = No se pudo abrir esta imagen. Puede que el archivo esté dañado.

## SecuritySection

security-title = Seguridad
security-lead = Tu contraseña, el segundo paso al iniciar sesión, dónde tienes la sesión abierta y tu token de API.

## PasswordInput

password-input-show = Mostrar
password-input-hide = Ocultar

## ChangePassword

password-title = Contraseña
password-managed = Tu contraseña la gestiona { $provider }.
password-provider-sso = el inicio de sesión único de tu organización
password-provider-unknown = tu proveedor de identidad
password-lead = Al cambiarla se cierra la sesión en tus otros dispositivos.
password-policy-error = No se pudieron cargar las reglas de contraseña: { $error }
password-current = Contraseña actual
    .show = Mostrar la contraseña actual
password-new = Contraseña nueva
    .show = Mostrar la contraseña nueva
password-confirm = Confirma la contraseña nueva
    .show = Mostrar la confirmación de la contraseña
password-strength = Seguridad
password-strength-none = Aún no has escrito nada
password-strength-value = Seguridad: { $level }
password-strength-weak = Débil
password-strength-fair = Aceptable
password-strength-strong = Fuerte
password-strength-very-strong = Muy fuerte
password-rules =
    .aria-label = Requisitos de la contraseña
password-rule-met = (cumplido)
password-rule-unmet = (pendiente)
password-rules-loading = Cargando las reglas de contraseña…
password-rule-length-range = Entre { $min } y { $max } caracteres
password-rule-length =
    { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }
password-rule-common = Que no sea una contraseña común, tu nombre ni tu correo
password-rule-uppercase = Una letra mayúscula
password-rule-digit = Un dígito (0–9)
password-rule-special = Un carácter especial, como ! ? # o -
password-mismatch = No coincide con la contraseña nueva.
password-changed = Contraseña cambiada. Se cerró la sesión en tus otros dispositivos.
password-changing = Cambiando…
password-change = Cambiar contraseña
password-error-current = Introduce tu contraseña actual.

## TwoFactor

mfa-title = Autenticación de dos factores
mfa-lead = Al iniciar sesión, { -headset } también te pide un código de una app de autenticación de tu teléfono.
mfa-unavailable = Este servidor no ofrece autenticación de dos factores.
mfa-badge-on = Activada
mfa-on = Tu cuenta pide un código al iniciar sesión.
mfa-badge-off = Desactivada
mfa-off = Solo tu contraseña protege tu cuenta.
mfa-scan = Escanea este código QR con tu app de autenticación.
mfa-qr =
    .aria-label = Código QR para configurar tu app de autenticación
mfa-cant-scan = ¿No puedes escanearlo? Introduce esta clave de configuración:
mfa-copy-key = Copiar clave
mfa-key-copied = Clave de configuración copiada.
mfa-key-copy-failed = No se pudo copiar: selecciona la clave y cópiala tú.
mfa-enter-code = Introduce el código de { $digits } dígitos que muestra la app
mfa-turn-on = Activar
mfa-set-up = Configurar
mfa-starting = Iniciando…
mfa-new-codes = Nuevos códigos de respaldo
mfa-new-codes-hint = Tus códigos de respaldo anteriores dejan de funcionar en cuanto se crean los nuevos.
mfa-app-code = Código de tu app de autenticación
mfa-making-codes = Creando códigos…
mfa-make-codes = Crear códigos nuevos
mfa-disable-title = Desactivar la autenticación de dos factores
mfa-disable-hint = Tu cuenta quedará protegida solo por tu contraseña.
mfa-password = Contraseña
    .show = Mostrar la contraseña
mfa-app-or-backup-code = Código de autenticación o de respaldo
mfa-turning-off = Desactivando…
mfa-turn-off = Desactivar
mfa-turn-off-ask = Desactivar…
mfa-error-code = Introduce el código que muestra tu app de autenticación.
mfa-error-password = Introduce tu contraseña.
mfa-error-app-or-backup-code = Introduce un código de tu app de autenticación o un código de respaldo.
mfa-now-on = La autenticación de dos factores está activada.
mfa-codes-made = Se crearon nuevos códigos de respaldo. Los anteriores ya no funcionan.
mfa-now-off = La autenticación de dos factores está desactivada.

## BackupCodes

backup-title = Guarda tus códigos de respaldo
backup-hint = Cada código te permite iniciar sesión una vez si no puedes usar tu app de autenticación. Guárdalos en un lugar seguro: no se volverán a mostrar.
backup-list =
    .aria-label = Códigos de respaldo
backup-download = Descargar
backup-done = Ya los guardé
backup-copied = Códigos de respaldo copiados.
backup-copy-failed = No se pudo copiar: selecciona los códigos y cópialos tú.
backup-saved-as = Guardado como { $file }.
backup-save-failed = No se pudo guardar el archivo: copia los códigos.
backup-file-title = Códigos de respaldo de { -headset } para { $email }
backup-file-hint = Cada código te permite iniciar sesión una vez si no puedes usar tu app de autenticación.

## Sessions

sessions-title = Dispositivos con sesión iniciada
sessions-lead = Dónde está abierta tu cuenta ahora. Cierra la sesión en cualquier dispositivo que no reconozcas.
sessions-loading = Cargando dispositivos…
sessions-none = No hay dispositivos con sesión iniciada.
sessions-unknown-app = App desconocida
sessions-this-device = Este dispositivo
sessions-last-active = Última actividad { $when }
sessions-last-active-unknown = Última actividad desconocida
sessions-ask-one = ¿Cerrar la sesión en este dispositivo?
sessions-sign-out = Cerrar sesión
    .aria-label = Cerrar sesión en { $app }
sessions-confirm = Sí, cerrar sesión
    .aria-label = Sí, cerrar sesión en { $app }
sessions-ask-others =
    { $count ->
        [one] ¿Cerrar la sesión en el otro dispositivo?
       *[other] ¿Cerrar la sesión en los otros { $count } dispositivos?
    }
sessions-confirm-others = Sí, cerrar las demás
sessions-sign-out-others = Cerrar sesión en todos los demás dispositivos
sessions-ended-others = Se cerró la sesión en todos los demás dispositivos.
sessions-ended = Se cerró la sesión en { $app }.
sessions-ended-device = Se cerró la sesión en el dispositivo.

## ApiToken

token-title = Token de acceso a la API
token-lead = Permite que apps y scripts actúen en tu nombre a través de la API de { -chatwoot }, por ejemplo para iniciar sesión en { -headset } en otro equipo o conectar una integración. Trátalo como tu contraseña.
token-value = Tu token de acceso
token-value-new = Tu nuevo token de acceso
token-hide = Ocultar
token-warning-title = ¿Restablecer el token?
token-warning = Las apps y scripts que usan el token actual dejarán de funcionar al instante.
token-password = Tu contraseña
    .show = Mostrar tu contraseña
token-password-hint = Confirma que eres tú para ver o restablecer el token.
token-reveal = Mostrar
token-resetting = Restableciendo…
token-reset-now = Restablecer ahora
token-reset = Restablecer token…
token-error-reveal = Introduce tu contraseña para ver el token.
token-error-reset = Introduce tu contraseña para restablecer el token.
token-made = Se creó un token nuevo. Actualiza las apps y scripts que lo usan.
token-copied = Token copiado.
token-copy-failed = No se pudo copiar: selecciona el token y cópialo tú.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = Conexión
network-lead = Cómo llega { -headset } a un servidor autoalojado desde este equipo: una autoridad de certificación en la que confiar además de las del sistema operativo (por ejemplo, la de tu empresa) y un proxy HTTP por el que pasar. Al guardar, se vuelve a conectar enseguida. Estos ajustes son de este equipo, no de tu cuenta.
network-ca-file = Certificado de CA adicional (ruta del archivo PEM)
network-ca-file-hint = Un archivo PEM, por ejemplo { $example }. Déjalo vacío para confiar solo en los certificados del sistema operativo.
network-proxy = Proxy HTTP
network-proxy-hint = Una dirección http:// con puerto, sin usuario ni contraseña. Déjalo vacío para conectarte directamente.
network-saved = Guardado. { -headset } se conecta con estos ajustes.

## DiagnosticsSection

diagnostics-title = Diagnóstico
diagnostics-lead = Si { -headset } funciona en este equipo y por qué te avisó o no.

## Health

health-title = Estado
health-lead = Lo que { -headset } necesita para avisarte, comprobado en este equipo.
health-check-server = Servidor
health-check-realtime = Actualizaciones en vivo
health-check-keychain = Almacenamiento seguro (llavero)
health-check-notifications = Notificaciones de escritorio
health-check-audio = Salida de sonido
health-check-do-not-disturb = No molestar
health-ok = Correcto
health-problem = Problema
health-none = El agente no informó de ninguna comprobación.
health-all-ok = Todo funciona.
health-problems =
    { $count ->
        [one] Se encontró { $count } problema.
       *[other] Se encontraron { $count } problemas.
    }
health-check-again = Comprobar de nuevo

## Decisions

decisions-title = ¿Por qué (no) recibí un aviso?
decisions-lead = Para cada evento reciente: si { -headset } mostró una notificación y reprodujo un sonido, y por qué. Los más recientes primero.
decisions-only-held = Solo los retenidos
decisions-only-held-hint = Eventos que no mostraron ninguna notificación ni reprodujeron ningún sonido.
decisions-refresh = Actualizar
decisions-empty = Aún no hay eventos. Aparecerán aquí a medida que lleguen.
decisions-empty-held = No se retuvo nada.
decisions-time = Hora
decisions-event = Evento
decisions-conversation = Conversación
decisions-notify = Notificación
decisions-sound = Sonido
decisions-yes = Sí
decisions-no = No
decisions-reason-alert = Lo permite tu configuración
decisions-reason-own-message = Lo enviaste tú
decisions-reason-not-selected = No está entre las conversaciones sobre las que elegiste recibir avisos
decisions-reason-not-incoming = No era un mensaje entrante
decisions-reason-pending-conversation = La conversación está pendiente
decisions-reason-flag-off = Desactivaste las notificaciones push para este tipo de evento
decisions-reason-not-notifiable = Este tipo de evento nunca avisa por sí solo
decisions-reason-offline = Estabas desconectado
decisions-reason-busy = Estabas ocupado
decisions-reason-snoozed = Los avisos estaban pospuestos
decisions-reason-os-dnd = Tu equipo estaba en modo No molestar
decisions-reason-outside-hours = Fuera de tu horario de disponibilidad
decisions-reason-throttled = Acababa de sonar otro sonido
decisions-reason-digest = Retenido para el resumen
decisions-reason-counted = Solo se contó como no leído
decisions-reason-already-alerted = Ya se avisó una vez (llegó mientras te reconectabas)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] No hay notificaciones sin leer
    [one] { $count } notificación sin leer
   *[other] { $count } notificaciones sin leer
}
tray-waiting = { $count ->
    [0] Ninguna conversación te espera
    [one] { $count } conversación te espera
   *[other] { $count } conversaciones te esperan
}
tray-signed-out = Sesión cerrada
snooze-30 = Pausar 30 minutos
snooze-60 = Pausar 1 hora
snooze-hours = Pausar hasta que empiece mi horario
snooze-resume = Reanudar avisos
open-dashboard = Abrir el panel
open-settings = Ajustes…
quit = Salir de Headset
alert-away-title = Mientras no estabas
alert-digest-title = Resumen de Headset
alert-summary = { $conversations ->
    [one] { $conversations } conversación
   *[other] { $conversations } conversaciones
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } mención
   *[other] , { $mentions } menciones
}
alert-assigned = Asignada a ti: conversación #{ $id }
alert-mentioned = Te mencionaron en la conversación #{ $id }
alert-new-conversation = Nueva conversación #{ $id }
alert-message = { $who } · conversación #{ $id }
alert-missed = La conversación #{ $id } necesita atención
alert-missed-body = Mientras Headset estaba desconectado
alert-open = Abrir conversación

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = Tu sesión ha terminado. Vuelve a iniciar sesión.
error-unreachable = No se puede conectar con el servidor en { $url }: { $reason }
error-server = El servidor rechazó la solicitud ({ $status }): { $message }
error-protocol = Respuesta inesperada del servidor: { $detail }
error-agent-unavailable = El agente en segundo plano de Headset no se está ejecutando.
error-version-mismatch = Este agente de Headset usa la versión { $agent } de IPC y el cliente, la { $client }. Reinicia Headset.
error-keychain = El llavero del sistema operativo no está disponible: { $detail }
error-not-signed-in = No has iniciado sesión.
error-window-open = La ventana de ajustes ya está abierta.
error-conflict = El perfil cambió en el servidor después de leerlo.
error-too-long = Usa como máximo { $max } caracteres.
error-too-long-count = Usa como máximo { $max } caracteres (tiene { $count }).
error-name-empty = Escribe tu nombre.
error-phone-format = Escribe el teléfono en formato internacional, por ejemplo +48 600 700 800.
error-ca-file-unreadable = No se puede leer { $path }: { $detail }.
error-ca-file-not-pem = { $path } no es un archivo PEM: { $detail }.
error-ca-file-empty = { $path } no contiene ningún certificado (se esperaba «-----BEGIN CERTIFICATE-----»).
error-ca-file-unusable = { $path } contiene un certificado que no se puede usar: { $detail }.
error-proxy-not-url = Escribe el proxy como una URL (por ejemplo, http://proxy.example.com:3128).
error-proxy-scheme = Solo se admiten proxies http://; hacen de túnel hacia servidores https (por ejemplo, http://proxy.example.com:3128).
error-proxy-host = La URL del proxy necesita un host (por ejemplo, http://proxy.example.com:3128).
error-proxy-password = No se admiten proxies que piden contraseña: omite el usuario y la contraseña.
error-nothing-to-change = No hay nada que cambiar.
error-unknown-language = «{ $value }» no es uno de los idiomas de Headset.
error-unknown-sound-choice = «{ $value }» no es una opción de sonido.
error-unknown-flag = «{ $value }» no es un ajuste de notificaciones.
error-timezone = «{ $value }» no es una zona horaria IANA (por ejemplo, Europe/Warsaw).
error-currency = «{ $value }» no es un código de moneda ISO 4217 (por ejemplo, EUR).
error-audio-alerts = Elige none, o bien assigned, notme y unassigned unidos con +.
error-away-status = Elige Ocupado o Desconectado: el estado mientras estás ausente.
error-idle-minutes = Elige entre 1 y 480 minutos.
error-inbox-id = «{ $value }» no es un identificador de bandeja de entrada.
error-capacity = Elige una capacidad entre 0 y { $max }.
error-https-link = «{ $value }» no es una dirección https://.
error-time-of-day = «{ $value }» no es una hora con formato HH:MM.
error-time-of-day-end = «{ $value }» no es una hora con formato HH:MM (o 24:00).
error-credentials = Las credenciales no son válidas. Inténtalo de nuevo.
error-code-invalid = El código no es válido.
error-sign-in-expired = El inicio de sesión ha caducado. Vuelve a iniciar sesión.
error-server-empty = Escribe la dirección de tu servidor de Chatwoot.
error-server-not-url = «{ $value }» no es una dirección web ({ $detail }).
error-server-scheme = La dirección debe empezar por https:// o http://.
error-wrong-password = Esa no es tu contraseña.
error-keychain-memory-only = { $detail }. Seguirás con la sesión iniciada hasta que cierres Headset; nunca guarda las credenciales en un archivo, así que te las volverá a pedir la próxima vez que se abra.
error-avatar-type = Usa una imagen JPEG o PNG.
error-avatar-damaged = La imagen llegó dañada. Inténtalo de nuevo.
error-avatar-size = La imagen pesa más de 5 MB. Elige una más pequeña.
error-billing-admins = Facturación y uso solo está disponible para los administradores de la cuenta.
error-email-empty = Escribe tu correo electrónico.
error-password-empty = Escribe tu contraseña.
error-code-empty = Escribe el código.
error-token-empty = Pega el token de acceso que aparece en los ajustes de tu perfil.
error-token-refused = El servidor no acepta este token de acceso.
error-snooze-minutes = La pausa debe durar entre 1 minuto y 24 horas.
error-snooze-no-hours = Primero define tu horario de disponibilidad: no hay un próximo inicio que esperar.
error-sound-none = No se ha elegido ningún archivo de sonido.
error-sound-name = Ponle al sonido un nombre de 100 caracteres como máximo.
error-sound-damaged = El archivo llegó dañado. Inténtalo de nuevo.
error-sound-size = El archivo de sonido pesa más de 1 MB.
error-sound-format = Headset no puede reproducir este archivo (admite WAV, MP3, OGG o FLAC).
error-sound-empty = El archivo de sonido está vacío.
error-sound-length = El sonido dura más de 10 segundos.
error-not-a-member = No eres miembro de esa cuenta.
error-volume = El volumen va de 0 a 100.
error-disk-full = El disco donde Headset guarda sus datos está lleno, así que este cambio no se ha guardado. Libera espacio e inténtalo de nuevo.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Accesible
diagnose-no-notification-daemon = No hay servicio de notificaciones: { $detail }
diagnose-system-notifications = El centro de notificaciones del sistema
diagnose-unnamed-device = Dispositivo sin nombre
diagnose-no-audio-device = No hay ningún dispositivo de salida de audio
diagnose-signed-in = Sesión iniciada en { $server } como { $email }
diagnose-signed-out = Sesión cerrada (último servidor: { $server })
diagnose-now = ahora
diagnose-connected = { $reconnects ->
    [one] Conectado desde { $since }, { $reconnects } reconexión
   *[other] Conectado desde { $since }, { $reconnects } reconexiones
}
diagnose-connecting = Conectando
diagnose-retrying = { $reason }; reintento en { $seconds } s
diagnose-not-connected = Sin conexión (sesión cerrada)
diagnose-dnd-off = Desactivado
diagnose-dnd-on = Activado: { $why }
dnd-gnome-banners-off = GNOME: los banners de notificación están desactivados
dnd-dunst-paused = El servicio de notificaciones (dunst) está en pausa
dnd-macos-focus = Hay un modo de concentración de macOS activado
dnd-windows-focus-assist = El asistente de concentración de Windows está activado
dnd-windows-busy = Windows está reteniendo las notificaciones (una app a pantalla completa o una presentación)

## headset-server's answers, in the language the request asks for
server-not-a-member = No eres miembro de esta cuenta.
server-contact-name = Escribe el nombre del contacto.
server-no-such-inbox = Esa bandeja de entrada no existe en esta cuenta.
server-no-such-contact = Ese contacto no existe en esta cuenta.
server-assignee-not-in-inbox = Ese agente no puede ver esta bandeja de entrada, así que no se le puede asignar.
server-message-empty = El mensaje está vacío.
server-role-admins-only = Solo los administradores pueden cambiar el rol de un agente.
server-filter-name = Ponle un nombre al filtro.
server-filter-name-long = El nombre tiene más de 100 caracteres.
server-mfa-code-invalid = El código no es válido. Introduce el código actual de tu app de autenticación.
server-mfa-already-on = La autenticación de dos factores ya está activada.
server-mfa-not-started = Primero inicia la configuración de la autenticación de dos factores.
server-mfa-not-on = La autenticación de dos factores no está activada.
server-password-invalid = Contraseña no válida
server-reset-sent = Si existe una cuenta con este correo, le hemos enviado un enlace para restablecer la contraseña.
server-confirmation-mismatch = La confirmación no coincide con la contraseña
server-reset-link-invalid = Este enlace para restablecer la contraseña no es válido o ha caducado. Solicita uno nuevo.
server-password-reset-done = Tu contraseña se ha cambiado. Ya puedes iniciar sesión con ella.
server-email-fixed = Tu correo no se puede cambiar aquí. Pide a un administrador de tu cuenta que lo cambie.
server-password-managed = Esta cuenta inicia sesión con un proveedor de identidad; su contraseña se gestiona allí.
server-current-password-invalid = La contraseña actual no es válida
server-session-current = Esta es la sesión que estás usando. En su lugar, cierra sesión.
server-sign-in-expired = El inicio de sesión ha caducado. Vuelve a escribir tu correo y tu contraseña.
server-code-missing = Introduce el código de tu app de autenticación o un código de respaldo.
server-code-invalid = Código no válido. Revisa tu app de autenticación e inténtalo de nuevo.
server-avatar-size = La imagen pesa más de 5 MB. Elige una más pequeña.
server-avatar-type = Este archivo no es una imagen JPEG, PNG o WebP.
server-avatar-damaged = No se pudo leer la imagen: el archivo está dañado o incompleto.
server-avatar-empty = La imagen está vacía.
server-sign-in-needed = Tienes que iniciar sesión o registrarte para continuar.
server-credentials = Las credenciales no son válidas. Inténtalo de nuevo.
server-profile-changed = El perfil cambió después de leerlo. Vuelve a leerlo y aplica el cambio de nuevo.
server-not-found = No se encontró el recurso
server-internal = Error interno del servidor
server-disk-full = El disco del servidor está lleno, así que no se ha podido guardar. Pide al administrador del servidor que libere espacio.
server-password-common = Esta contraseña es demasiado común. Elige una menos predecible.
server-password-personal = La contraseña no puede contener tu nombre ni tu correo.
server-password-uppercase = Incluye al menos una letra mayúscula.
server-password-digit = Incluye al menos un dígito.
server-password-special = Incluye al menos un carácter especial.
server-avatar-pixels = La imagen tiene demasiados píxeles (como máximo { $max } megapíxeles). Elige una más pequeña.
server-too-many = Demasiados intentos. Vuelve a intentarlo dentro de { $seconds } segundos.
server-not-member-of = No eres miembro de la cuenta { $account }.
server-password-min = Usa al menos { $min } caracteres.
server-password-max = Usa como máximo { $max } caracteres.
server-profile-shape = Envía los cambios como {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = Rellena este campo para cambiar la contraseña.
server-ui-settings-object = ui_settings debe ser un objeto.
server-must-be-text = Aquí debe ir texto.
server-must-be-one-of = { $name } debe ser uno de estos valores: { $choices }.
server-must-be-object = { $name } debe ser un objeto.
