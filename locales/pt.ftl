# Definições do Headset: português.

-headset = Headset
-chatwoot = Chatwoot

## Shared words

common-try-again = Tentar novamente
common-cancel = Cancelar
common-copy = Copiar
common-loading = A carregar…
common-saving = A guardar…
common-checking = A verificar…
common-signing-out = A terminar sessão…
error-fallback = Algo correu mal. Tente novamente.

## Availability statuses and roles

status-online = Online
status-busy = Ocupado
status-offline = Offline
role-agent = Agente
role-administrator = Administrador

## App

app-connecting = A ligar ao { -headset }…
app-title = Definições do { -headset }

## SignIn

signin-title = Iniciar sessão no { -headset }
signin-lead-code = Introduza o código de { $digits } dígitos da sua aplicação de autenticação.
signin-lead-token = Cole o token de acesso que está nas definições do seu perfil, no painel web.
signin-lead-password = Use o endereço e a conta do seu servidor { -chatwoot }.
signin-server = Endereço do servidor
signin-email = E-mail
signin-password = Palavra-passe
signin-backup-code = Código de recuperação
signin-auth-code = Código de autenticação
signin-use-backup-code = Estou a usar um código de recuperação
signin-token = Token de acesso
signin-signing-in = A iniciar sessão…
signin-verify = Verificar
signin-submit = Iniciar sessão
signin-use-token = Iniciar sessão com um token de acesso
signin-use-password = Iniciar sessão com e-mail e palavra-passe
signin-forgot = Esqueceu-se da palavra-passe?
signin-reset-title = Repor a palavra-passe
signin-reset-lead = Introduza o endereço de e-mail da sua conta e o servidor enviar-lhe-á uma ligação para definir uma nova palavra-passe.
signin-reset-submit = Enviar ligação
signin-reset-sending = A enviar…
signin-reset-back = Voltar ao início de sessão
signin-reset-sent = Se existir uma conta para { $email }, enviámos uma ligação para repor a palavra-passe.
signin-reset-error-email = Introduza o endereço de e-mail da sua conta.
signin-network = Definições de ligação
signin-network-lead = Para um servidor auto-alojado que usa os certificados da sua empresa ou a que se chega através de um proxy. Estas definições pertencem a este computador.

## ProfileSummary

summary-connected = Ligado
summary-reconnecting = A religar dentro de { $seconds } s ({ $reason })
summary-connecting = A ligar…
summary-not-connected = Sem ligação
summary-live = Atualizações em direto
summary-unread = Notificações por ler
summary-sign-out = Terminar sessão
menu-button =
    .aria-label = Menu da conta
menu-open-dashboard = Abrir o painel
menu-billing = Faturação e utilização
menu-switch-account = Mudar de conta
summary-active-account = Conta ativa: { $account }
summary-switching-account = A mudar de conta…

## GeneralSection

general-title = Geral
general-lead = Como o { -headset } funciona neste computador.

## LaunchAtLogin (the Account section) and LaunchAtLoginBanner

launch-at-login = Iniciar o { -headset } quando inicio sessão no computador
launch-banner-question = Iniciar o { -headset } quando iniciar sessão no computador, para continuar a receber alertas?
launch-banner-yes = Sim
launch-banner-not-now = Agora não

## StatusSwitcher

status-legend = Estado

## Settings

settings-nav =
    .aria-label = Definições
settings-tabs =
    .aria-label = Secções das definições
settings-app-name = { -headset }
settings-section-general = Geral
settings-section-profile = Perfil
settings-section-social = Redes sociais
settings-section-region = Idioma e região
settings-section-notifications = Notificações
settings-section-availability = Disponibilidade
settings-section-segments = Segmentos
settings-section-channels = Canais
settings-section-team = Equipa
settings-section-security = Segurança
settings-section-network = Ligação
settings-section-diagnostics = Diagnóstico
settings-pending-edits =
    { $count ->
        [one] { $count } alteração por sincronizar
       *[other] { $count } alterações por sincronizar
    }

## FormFooter

form-saving = A guardar…
form-pending = À espera do servidor…
form-saved = O seu perfil foi atualizado com sucesso
form-not-saved-field = Não guardado: veja o campo assinalado.
form-pending-detail = Guardado neste computador — será sincronizado quando o servidor estiver acessível.
form-pending-detail-retry = Guardado neste computador — será sincronizado quando o servidor estiver acessível (nova tentativa dentro de { $seconds } s).
form-save = Guardar

## TextField

field-counter = { $count }/{ $max }

## ProfileSection

profile-title = Perfil
profile-lead = Como a sua equipa e os clientes o veem.
profile-name = Nome completo
profile-display-name = Nome a apresentar
profile-display-name-hint = Mostrado aos clientes em vez do seu nome completo.
profile-email = E-mail
profile-email-hint = O seu endereço de e-mail não pode ser alterado aqui. Peça a um administrador da sua conta para o alterar.
profile-job-title = Cargo
    .placeholder = Responsável de suporte
profile-about = Sobre mim
profile-phone = Telefone
profile-phone-hint = Formato internacional, por exemplo { $example }.
profile-signature = Assinatura das mensagens
profile-signature-hint = Acrescentada às respostas que envia quando a assinatura está ativada.
profile-error-name = Introduza o seu nome.

## ProfileFacts

profile-facts-title = Conta
profile-facts-company = Empresa
profile-facts-role = Função
profile-facts-created = Membro desde
profile-facts-last-sign-in = Último início de sessão
profile-facts-updated = Perfil atualizado

## Rules

rules-phone = Introduza o número de telefone em formato internacional, por exemplo { $example }.
rules-https = “{ $address }” não é um endereço https://
rules-length =
    { $max ->
        [one] Use no máximo { $max } carácter (tem { $count }).
       *[other] Use no máximo { $max } caracteres (tem { $count }).
    }
rules-idle-minutes = Introduza um número inteiro de minutos entre { $min } e { $max }.

## SocialSection

social-title = Redes sociais
social-lead = Mostradas no seu cartão de perfil. Use endereços https:// completos; deixe um campo vazio para o remover.
social-website = Site

## RegionSection

region-title = Idioma e região
region-lead = O idioma do { -headset } e do { -chatwoot }, e como lhe são mostradas as horas e os valores.
region-language = Idioma
region-account-default = Predefinição da conta
region-language-hint = “Predefinição da conta” segue o idioma escolhido pelo seu administrador.
region-timezone = Fuso horário
region-timezone-filter =
    .placeholder = Filtrar fusos horários
    .aria-label = Filtrar fusos horários
region-not-set = Não definido
region-timezone-count =
    { $count ->
        [one] { $count } fuso horário
       *[other] { $count } fusos horários
    }
region-timezone-count-here =
    { $count ->
        [one] { $count } fuso horário · este computador: { $zone }
       *[other] { $count } fusos horários · este computador: { $zone }
    }
region-currency = Moeda

## AwayForm

away-title = Quando se ausenta
away-lead = O { -headset } deteta quando o ecrã é bloqueado e repõe o seu estado quando regressa.
away-on-lock = Mudar o meu estado enquanto o ecrã estiver bloqueado
away-status = Estado durante a ausência
away-status-busy = Ocupado: sem sons, apenas atribuições e menções
away-status-offline = Offline: não me é atribuído nada de novo
away-idle =
    { $minutes ->
        [one] Também quando estiver inativo durante { $minutes } minuto
       *[other] Também quando estiver inativo durante { $minutes } minutos
    }
away-idle-minutes =
    .aria-label = Minutos de inatividade
away-idle-hint = Inativo: sem usar o teclado nem o rato. De { $min } a { $max } minutos.

## Weekdays

day-mon = segunda-feira
day-tue = terça-feira
day-wed = quarta-feira
day-thu = quinta-feira
day-fri = sexta-feira
day-sat = sábado
day-sun = domingo

## Availability now line and checks

availability-now-any-time = Disponível a qualquer hora
availability-now-no-hours = Sem horário definido: o { -headset } retém os alertas a semana toda
availability-now-until-time = Disponível agora, até às { $time } ({ $zone })
availability-now-until-midnight = Disponível agora, até à meia-noite ({ $zone })
availability-now-until-day = Disponível agora, até { $day } às { $time } ({ $zone })
availability-now-until-next-week = Disponível agora, até { $day } da próxima semana às { $time } ({ $zone })
availability-now-round-the-clock = Disponível agora, 24 horas por dia ({ $zone })
availability-next-today = Próxima disponibilidade: hoje às { $time } ({ $zone })
availability-next-day = Próxima disponibilidade: { $day } às { $time } ({ $zone })
availability-next-next-week = Próxima disponibilidade: { $day } da próxima semana às { $time } ({ $zone })
availability-error-start-empty = Introduza uma hora de início.
availability-error-end-empty = Introduza uma hora de fim.
availability-error-start-24 = 24:00 só pode terminar um intervalo.
availability-error-start = “{ $value }” não é uma hora no formato HH:MM.
availability-error-end = “{ $value }” não é uma hora no formato HH:MM (ou 24:00).
availability-error-same = O início e o fim têm de ser diferentes.
availability-error-overlap = { $day }: { $first } e { $second } sobrepõem-se.

## AvailabilitySection

availability-title = Disponibilidade
availability-lead = As horas em que atende conversas e o que o { -headset } retém fora delas.
availability-use-hours = Usar horário de disponibilidade
availability-off-hint = O { -headset } alerta-o a qualquer hora.
availability-weekly = Horário semanal
availability-zone-hint = Horas em { $zone }. Um intervalo que termina antes ou à hora do início passa da meia-noite.
availability-zone-hint-local = Horas em { $zone } (o fuso horário deste computador; escolha o seu em Idioma e região). Um intervalo que termina antes ou à hora do início passa da meia-noite.
availability-unavailable = Indisponível
availability-interval-start =
    .aria-label = { $day }, intervalo { $number }, início
availability-interval-end =
    .aria-label = { $day }, intervalo { $number }, fim
availability-remove = Remover
    .aria-label = Remover { $day }, intervalo { $number }
availability-ends-next-day = termina no dia seguinte
availability-until-midnight = até à meia-noite
availability-add = Adicionar intervalo
    .aria-label = Adicionar intervalo em { $day }
availability-copy = Copiar para todos os dias
    .aria-label = Copiar o horário de { $day } para todos os dias
availability-hold-back = Fora deste horário, reter
availability-block-desktop = Notificações no ambiente de trabalho
availability-block-sound = Sons
availability-block-email = Notificações por e-mail
availability-block-push = Notificações push
availability-status = Estado
availability-auto-status = Ficar online quando o meu horário começa e offline quando termina

## NotificationsSection

notifications-title = Notificações
notifications-lead = Quando o { -headset } toca um som, com que frequência mostra notificações no ambiente de trabalho e o que o { -chatwoot } lhe envia por e-mail e push.
notifications-synced = Sincronizado com a sua conta
notifications-this-computer = Som neste computador
notifications-sound = Som
notifications-alerts = Tocar um som para novas mensagens em
notifications-alerts-none = Nunca
notifications-alerts-assigned = Conversas atribuídas a mim
notifications-alerts-assigned-unassigned = Conversas atribuídas a mim ou por atribuir
notifications-alerts-all = Todas as conversas
notifications-alerts-custom = Personalizado ({ $value })
notifications-tone = Toque
notifications-tone-ding = Ding
notifications-tone-bell = Sino
notifications-tone-chime = Carrilhão
notifications-tone-magic = Magia
notifications-tone-ping = Ping
notifications-volume = Volume
notifications-volume-hint = Apenas neste computador
notifications-test-sound = Testar som
notifications-repeat = Repetir a cada { $seconds } s enquanto uma conversa atribuída estiver por ler
notifications-custom-sound = Som personalizado
notifications-custom-sound-none = Reproduza um som seu neste computador em vez do toque.
notifications-custom-sound-plays = Reproduz { $name } neste computador em vez do toque.
notifications-custom-sound-hint = WAV, MP3, Ogg ou FLAC, até { $megabytes } MB.
notifications-custom-sound-choose = Escolher um som…
notifications-custom-sound-replace = Escolher outro…
notifications-custom-sound-test = Testar
    .aria-label = Testar o som personalizado
notifications-custom-sound-remove = Remover
    .aria-label = Remover o som personalizado
notifications-custom-sound-error-type = Escolha um ficheiro WAV, MP3, Ogg ou FLAC.
notifications-custom-sound-error-size = Este som tem mais de { $megabytes } MB. Escolha um mais pequeno.
notifications-custom-sound-error-read = Não foi possível ler este ficheiro.
notifications-dashboard-on = O painel web também reproduz sons (para { $conversations }).
notifications-dashboard-assigned = conversas atribuídas a si
notifications-dashboard-unassigned = conversas por atribuir
notifications-dashboard-notme = conversas atribuídas a outros
notifications-dashboard-all = todas as conversas
notifications-dashboard-silence = Silenciar o painel
notifications-dashboard-off = O painel web está em silêncio; só o { -headset } toca.
notifications-desktop = Notificações no ambiente de trabalho
notifications-show = Mostrá-las
notifications-instant = De imediato
notifications-digest-minutes =
    { $minutes ->
        [one] Um resumo a cada minuto
       *[other] Um resumo a cada { $minutes } minutos
    }
notifications-digest-hour = Um resumo a cada hora
notifications-email-push = Notificações por e-mail e push
notifications-notify-when = Avisar-me quando
notifications-channel-email = E-mail
notifications-channel-push = Push
notifications-flag =
    .aria-label = { $channel }: { $event }
notifications-kind-conversation-creation = É criada uma nova conversa
notifications-kind-conversation-assignment = Uma conversa lhe é atribuída
notifications-kind-assigned-conversation-new-message = Chega uma nova mensagem numa conversa atribuída a si
notifications-kind-conversation-mention = É mencionado numa conversa
notifications-kind-participating-conversation-new-message = Chega uma nova mensagem numa conversa em que participa
notifications-kind-sla-missed-first-response = SLA falhado: primeira resposta
notifications-kind-sla-missed-next-response = SLA falhado: resposta seguinte
notifications-kind-sla-missed-resolution = SLA falhado: resolução

## ChannelsSection

channels-title = Canais
channels-lead = Atenda conversas destes canais, até um certo número de cada vez.
channels-empty = Ainda não há canais. Crie caixas de entrada no painel web.
channels-take = Atender conversas
channels-at-most = No máximo
channels-capacity-hint = No máximo: conversas abertas de cada vez, de { $min } a { $max }; { $min } = sem limite.
channels-capacity-error = Introduza um número inteiro entre { $min } e { $max }.

## SegmentsSection

segments-title = Segmentos
segments-lead = Escolha os segmentos de contactos e de empresas que quer ver. Não escolha nenhum para ver todos.
segments-contact = Segmentos de contactos
segments-company = Segmentos de empresas
segments-contact-empty = Ainda não há segmentos de contactos. Crie-os no painel web.
segments-company-empty = Ainda não há segmentos de empresas. Crie-os no painel web.
segments-showing-all = A mostrar todos
segments-showing = A mostrar { $count } de { $total }
segments-contact-gone =
    { $count ->
        [one] Um segmento de contactos que escolheu já não existe; será removido quando guardar.
       *[other] { $count } segmentos de contactos que escolheu já não existem; serão removidos quando guardar.
    }
segments-company-gone =
    { $count ->
        [one] Um segmento de empresas que escolheu já não existe; será removido quando guardar.
       *[other] { $count } segmentos de empresas que escolheu já não existem; serão removidos quando guardar.
    }

## TeamSection

team-title = Equipa
team-lead = Os agentes de { $account } e o que cada um pode fazer.
team-empty = Ainda não há agentes.
team-name = Nome
team-email = E-mail
team-status = Estado
team-role = Função
team-you = Você
team-role-select =
    .aria-label = Função de { $name }
    .title = Não pode alterar a sua própria função. Peça a outro administrador.
team-roles-note = Só os administradores podem alterar funções.
team-now-administrator = { $name } é agora administrador.
team-now-agent = { $name } é agora agente.

## AvatarEditor

avatar-drop =
    .aria-label = Foto de perfil: largue aqui uma imagem
avatar-change = Mudar foto…
avatar-add = Adicionar uma foto…
avatar-remove = Remover foto
avatar-hint = JPEG, PNG ou WebP. Largue-a aqui ou escolha um ficheiro.
avatar-crop =
    .aria-label = Recortar a sua foto
avatar-preview =
    .aria-label = Pré-visualização. Arraste ou use as setas para mover a imagem.
avatar-zoom = Zoom
avatar-rotate-left = Rodar para a esquerda
avatar-rotate-right = Rodar para a direita
avatar-save = Guardar foto
avatar-uploading = A enviar…
    .aria-label = A enviar
avatar-saved = Foto guardada.
avatar-error-type = Escolha uma imagem JPEG, PNG ou WebP.
avatar-error-size = Esta imagem tem mais de { $megabytes } MB. Escolha uma mais pequena.
avatar-error-draw = Esta janela não consegue desenhar imagens.
avatar-error-make = Não foi possível criar a imagem.
avatar-error-open = Não foi possível abrir esta imagem. O ficheiro pode estar danificado.

## SecuritySection

security-title = Segurança
security-lead = A sua palavra-passe, o segundo passo no início de sessão, onde tem sessão iniciada e o seu token de API.

## PasswordInput

password-input-show = Mostrar
password-input-hide = Ocultar

## ChangePassword

password-title = Palavra-passe
password-managed = A sua palavra-passe é gerida por { $provider }.
password-provider-sso = o início de sessão único da sua organização
password-provider-unknown = o seu fornecedor de identidade
password-lead = Alterá-la termina a sessão nos seus outros dispositivos.
password-policy-error = Não foi possível carregar as regras da palavra-passe: { $error }
password-current = Palavra-passe atual
    .show = Mostrar a palavra-passe atual
password-new = Nova palavra-passe
    .show = Mostrar a nova palavra-passe
password-confirm = Confirmar a nova palavra-passe
    .show = Mostrar a confirmação da palavra-passe
password-strength = Força
password-strength-none = Ainda nada escrito
password-strength-value = Força: { $level }
password-strength-weak = Fraca
password-strength-fair = Razoável
password-strength-strong = Forte
password-strength-very-strong = Muito forte
password-rules =
    .aria-label = Requisitos da palavra-passe
password-rule-met = (cumprido)
password-rule-unmet = (ainda não)
password-rules-loading = A carregar as regras da palavra-passe…
password-rule-length-range = Entre { $min } e { $max } caracteres
password-rule-length =
    { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }
password-rule-common = Não ser uma palavra-passe comum, o seu nome nem o seu e-mail
password-rule-uppercase = Uma letra maiúscula
password-rule-digit = Um algarismo (0–9)
password-rule-special = Um carácter especial, como ! ? # ou -
password-mismatch = Não coincide com a nova palavra-passe.
password-changed = Palavra-passe alterada. A sessão foi terminada nos seus outros dispositivos.
password-changing = A alterar…
password-change = Alterar palavra-passe
password-error-current = Introduza a sua palavra-passe atual.

## TwoFactor

mfa-title = Autenticação de dois fatores
mfa-lead = Ao iniciar sessão, o { -headset } pede também um código de uma aplicação de autenticação no seu telemóvel.
mfa-unavailable = Este servidor não oferece autenticação de dois fatores.
mfa-badge-on = Ativa
mfa-on = A sua conta pede um código ao iniciar sessão.
mfa-badge-off = Inativa
mfa-off = Só a sua palavra-passe protege a sua conta.
mfa-scan = Leia este código QR com a sua aplicação de autenticação.
mfa-qr =
    .aria-label = Código QR para configurar a sua aplicação de autenticação
mfa-cant-scan = Não consegue ler o código? Introduza esta chave de configuração:
mfa-copy-key = Copiar chave
mfa-key-copied = Chave de configuração copiada.
mfa-key-copy-failed = Não foi possível copiar: selecione a chave e copie-a manualmente.
mfa-enter-code = Introduza o código de { $digits } dígitos que a aplicação mostra
mfa-turn-on = Ativar
mfa-set-up = Configurar
mfa-starting = A iniciar…
mfa-new-codes = Novos códigos de recuperação
mfa-new-codes-hint = Os códigos de recuperação antigos deixam de funcionar assim que os novos forem criados.
mfa-app-code = Código da sua aplicação de autenticação
mfa-making-codes = A criar códigos…
mfa-make-codes = Criar novos códigos
mfa-disable-title = Desativar a autenticação de dois fatores
mfa-disable-hint = A sua conta ficará protegida apenas pela palavra-passe.
mfa-password = Palavra-passe
    .show = Mostrar a palavra-passe
mfa-app-or-backup-code = Código de autenticação ou de recuperação
mfa-turning-off = A desativar…
mfa-turn-off = Desativar
mfa-turn-off-ask = Desativar…
mfa-error-code = Introduza o código que a sua aplicação de autenticação mostra.
mfa-error-password = Introduza a sua palavra-passe.
mfa-error-app-or-backup-code = Introduza um código da sua aplicação de autenticação ou um código de recuperação.
mfa-now-on = A autenticação de dois fatores está ativa.
mfa-codes-made = Foram criados novos códigos de recuperação. Os antigos já não funcionam.
mfa-now-off = A autenticação de dois fatores está desativada.

## BackupCodes

backup-title = Guarde os seus códigos de recuperação
backup-hint = Cada código inicia sessão uma vez se não puder usar a sua aplicação de autenticação. Guarde-os num local seguro: não voltarão a ser mostrados.
backup-list =
    .aria-label = Códigos de recuperação
backup-download = Transferir
backup-done = Já os guardei
backup-copied = Códigos de recuperação copiados.
backup-copy-failed = Não foi possível copiar: selecione os códigos e copie-os manualmente.
backup-saved-as = Guardado como { $file }.
backup-save-failed = Não foi possível guardar o ficheiro: copie os códigos.
backup-file-title = Códigos de recuperação do { -headset } para { $email }
backup-file-hint = Cada código inicia sessão uma vez quando não puder usar a sua aplicação de autenticação.

## Sessions

sessions-title = Dispositivos com sessão iniciada
sessions-lead = Onde a sua conta tem sessão iniciada neste momento. Termine a sessão em qualquer dispositivo que não reconheça.
sessions-loading = A carregar dispositivos…
sessions-none = Não há dispositivos com sessão iniciada.
sessions-unknown-app = Aplicação desconhecida
sessions-this-device = Este dispositivo
sessions-last-active = Última atividade { $when }
sessions-last-active-unknown = Última atividade desconhecida
sessions-ask-one = Terminar a sessão neste dispositivo?
sessions-sign-out = Terminar sessão
    .aria-label = Terminar sessão em { $app }
sessions-confirm = Sim, terminar sessão
    .aria-label = Sim, terminar sessão em { $app }
sessions-ask-others =
    { $count ->
        [one] Terminar a sessão no outro dispositivo?
       *[other] Terminar a sessão nos outros { $count } dispositivos?
    }
sessions-confirm-others = Sim, terminar as outras
sessions-sign-out-others = Terminar sessão em todos os outros dispositivos
sessions-ended-others = A sessão foi terminada em todos os outros dispositivos.
sessions-ended = A sessão foi terminada em { $app }.
sessions-ended-device = A sessão foi terminada no dispositivo.

## ApiToken

token-title = Token de acesso à API
token-lead = Permite que aplicações e scripts atuem em seu nome através da API do { -chatwoot }, por exemplo para iniciar sessão no { -headset } noutro computador ou ligar uma integração. Trate-o como a sua palavra-passe.
token-value = O seu token de acesso
token-value-new = O seu novo token de acesso
token-hide = Ocultar
token-warning-title = Repor o token?
token-warning = As aplicações e scripts que usam o token atual deixam de funcionar de imediato.
token-password = A sua palavra-passe
    .show = Mostrar a sua palavra-passe
token-password-hint = Confirme que é você para ver ou repor o token.
token-reveal = Mostrar
token-resetting = A repor…
token-reset-now = Repor agora
token-reset = Repor token…
token-error-reveal = Introduza a sua palavra-passe para ver o token.
token-error-reset = Introduza a sua palavra-passe para repor o token.
token-made = Foi criado um novo token. Atualize as aplicações e scripts que o usam.
token-copied = Token copiado.
token-copy-failed = Não foi possível copiar: selecione o token e copie-o manualmente.

## NetworkSection and ConnectionForm (also on the sign-in screen)

network-title = Ligação
network-lead = Como o { -headset } chega a um servidor auto-alojado a partir deste computador: uma autoridade de certificação em que confiar além das do sistema operativo (a da sua empresa, por exemplo) e um proxy HTTP por onde passar. Ao guardar, volta a ligar de imediato. Estas definições pertencem a este computador, não à sua conta.
network-ca-file = Certificado de AC adicional (caminho do ficheiro PEM)
network-ca-file-hint = Um ficheiro PEM, por exemplo { $example }. Deixe vazio para confiar apenas nos certificados do sistema operativo.
network-proxy = Proxy HTTP
network-proxy-hint = Um endereço http:// com porta, sem utilizador nem palavra-passe. Deixe vazio para ligar diretamente.
network-saved = Guardado. O { -headset } liga-se através destas definições.

## DiagnosticsSection

diagnostics-title = Diagnóstico
diagnostics-lead = Se o { -headset } funciona neste computador e porque o alertou ou não.

## Health

health-title = Estado
health-lead = O que o { -headset } precisa para o alertar, verificado neste computador.
health-check-server = Servidor
health-check-realtime = Atualizações em direto
health-check-keychain = Armazenamento seguro (porta-chaves)
health-check-notifications = Notificações no ambiente de trabalho
health-check-audio = Saída de som
health-check-do-not-disturb = Não incomodar
health-ok = OK
health-problem = Problema
health-none = O agente não comunicou nenhuma verificação.
health-all-ok = Está tudo a funcionar.
health-problems =
    { $count ->
        [one] { $count } problema encontrado.
       *[other] { $count } problemas encontrados.
    }
health-check-again = Verificar novamente

## Decisions

decisions-title = Porque (não) fui notificado?
decisions-lead = Para cada evento recente: se o { -headset } mostrou uma notificação e tocou um som, e porquê. Os mais recentes primeiro.
decisions-only-held = Só os retidos
decisions-only-held-hint = Eventos que não mostraram notificação nem tocaram som.
decisions-refresh = Atualizar
decisions-empty = Ainda não há eventos. Aparecem aqui à medida que chegam.
decisions-empty-held = Nada foi retido.
decisions-time = Hora
decisions-event = Evento
decisions-conversation = Conversa
decisions-notify = Notificação
decisions-sound = Som
decisions-yes = Sim
decisions-no = Não
decisions-reason-alert = Permitido pelas suas definições
decisions-reason-own-message = Foi enviada por si
decisions-reason-not-selected = Não está entre as conversas sobre as quais escolheu ser alertado
decisions-reason-not-incoming = Não era uma mensagem recebida
decisions-reason-pending-conversation = A conversa está pendente
decisions-reason-flag-off = Desativou as notificações push para este tipo de evento
decisions-reason-not-notifiable = Este tipo de evento nunca alerta por si só
decisions-reason-offline = Estava offline
decisions-reason-busy = Estava ocupado
decisions-reason-snoozed = Os alertas estavam adiados
decisions-reason-os-dnd = O computador estava em modo Não incomodar
decisions-reason-outside-hours = Fora do seu horário de disponibilidade
decisions-reason-throttled = Outro som tinha acabado de tocar
decisions-reason-digest = Retido para o resumo
decisions-reason-counted = Apenas contado como não lido
decisions-reason-already-alerted = Já foi alertado uma vez (chegou enquanto estava a religar)

## The agent: tray menu and desktop notifications
tray-unread = { $count ->
    [0] Nenhuma notificação por ler
    [one] { $count } notificação por ler
   *[other] { $count } notificações por ler
}
tray-waiting = { $count ->
    [0] Nenhuma conversa à sua espera
    [one] { $count } conversa à sua espera
   *[other] { $count } conversas à sua espera
}
tray-signed-out = Sessão terminada
snooze-30 = Silenciar por 30 minutos
snooze-60 = Silenciar por 1 hora
snooze-hours = Silenciar até o meu horário começar
snooze-resume = Retomar alertas
open-dashboard = Abrir painel
open-settings = Definições…
quit = Sair do Headset
alert-away-title = Enquanto esteve ausente
alert-digest-title = Resumo do Headset
alert-summary = { $conversations ->
    [one] { $conversations } conversa
   *[other] { $conversations } conversas
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } menção
   *[other] , { $mentions } menções
}
alert-assigned = Atribuída a si: conversa #{ $id }
alert-mentioned = Foi mencionado na conversa #{ $id }
alert-new-conversation = Nova conversa #{ $id }
alert-message = { $who } · conversa #{ $id }
alert-missed = A conversa #{ $id } precisa de atenção
alert-missed-body = Enquanto o Headset estava offline
alert-open = Abrir conversa

## The agent's own messages: refusals and errors, shown in the window and the CLI
error-session-ended = A sua sessão terminou. Inicie sessão novamente.
error-unreachable = Não foi possível contactar o servidor em { $url }: { $reason }
error-server = O servidor recusou o pedido ({ $status }): { $message }
error-protocol = Resposta inesperada do servidor: { $detail }
error-agent-unavailable = O agente do Headset em segundo plano não está em execução.
error-version-mismatch = Este agente do Headset usa a versão { $agent } do IPC e o cliente usa a { $client }. Reinicie o Headset.
error-keychain = O porta-chaves do sistema operativo não está disponível: { $detail }
error-not-signed-in = Sem sessão iniciada.
error-window-open = A janela de definições já está aberta.
error-conflict = O perfil foi alterado no servidor depois de ter sido lido.
error-too-long = Use no máximo { $max } caracteres.
error-too-long-count = Use no máximo { $max } caracteres (tem { $count }).
error-name-empty = Introduza o seu nome.
error-phone-format = Introduza o número de telefone em formato internacional, por exemplo +48 600 700 800.
error-ca-file-unreadable = Não foi possível ler { $path }: { $detail }.
error-ca-file-not-pem = { $path } não é um ficheiro PEM: { $detail }.
error-ca-file-empty = { $path } não contém nenhum certificado (era esperado “-----BEGIN CERTIFICATE-----”).
error-ca-file-unusable = { $path } contém um certificado inutilizável: { $detail }.
error-proxy-not-url = Introduza o proxy como URL (por exemplo, http://proxy.example.com:3128).
error-proxy-scheme = Só são suportados proxies http://, que fazem túnel para servidores https (por exemplo, http://proxy.example.com:3128).
error-proxy-host = O URL do proxy tem de incluir um anfitrião (por exemplo, http://proxy.example.com:3128).
error-proxy-password = Não são suportados proxies que pedem palavra-passe: omita o utilizador e a palavra-passe.
error-nothing-to-change = Não há nada a alterar.
error-unknown-language = “{ $value }” não é um dos idiomas do Headset.
error-unknown-sound-choice = “{ $value }” não é uma opção de som.
error-unknown-flag = “{ $value }” não é uma definição de notificações.
error-timezone = “{ $value }” não é um fuso horário IANA (por exemplo, Europe/Warsaw).
error-currency = “{ $value }” não é um código de moeda ISO 4217 (por exemplo, EUR).
error-audio-alerts = Escolha none, ou assigned, notme e unassigned unidos por +.
error-away-status = Escolha Ocupado ou Offline: o estado enquanto está ausente.
error-idle-minutes = Escolha entre 1 e 480 minutos.
error-inbox-id = “{ $value }” não é um ID de caixa de entrada.
error-capacity = Escolha uma capacidade entre 0 e { $max }.
error-https-link = “{ $value }” não é um endereço https://.
error-time-of-day = “{ $value }” não é uma hora no formato HH:MM.
error-time-of-day-end = “{ $value }” não é uma hora no formato HH:MM (ou 24:00).
error-credentials = Credenciais de início de sessão inválidas. Tente novamente.
error-code-invalid = Código inválido.
error-sign-in-expired = O início de sessão expirou. Inicie sessão novamente.
error-server-empty = Introduza o endereço do seu servidor Chatwoot.
error-server-not-url = “{ $value }” não é um endereço web ({ $detail }).
error-server-scheme = O endereço tem de começar por https:// ou http://.
error-wrong-password = Essa não é a sua palavra-passe.
error-keychain-memory-only = { $detail }. A sessão mantém-se iniciada até sair do Headset; como nunca guarda credenciais num ficheiro, voltará a pedi-las no próximo arranque.
error-avatar-type = Use uma imagem JPEG ou PNG.
error-avatar-damaged = A imagem chegou danificada. Tente novamente.
error-avatar-size = A imagem tem mais de 5 MB. Escolha uma mais pequena.
error-billing-admins = Faturação e utilização está disponível apenas para os administradores da conta.
error-email-empty = Introduza o seu endereço de e-mail.
error-password-empty = Introduza a sua palavra-passe.
error-code-empty = Introduza o código.
error-token-empty = Cole o token de acesso que está nas definições do seu perfil.
error-token-refused = O servidor não aceita este token de acesso.
error-snooze-minutes = Pode silenciar entre 1 minuto e 24 horas.
error-snooze-no-hours = Defina primeiro o seu horário de disponibilidade: não há nenhum próximo início pelo qual esperar.
error-sound-none = Nenhum ficheiro de som escolhido.
error-sound-name = Dê ao som um nome com 100 caracteres no máximo.
error-sound-damaged = O ficheiro chegou danificado. Tente novamente.
error-sound-size = O ficheiro de som tem mais de 1 MB.
error-sound-format = O Headset não consegue reproduzir este ficheiro (suporta WAV, MP3, OGG ou FLAC).
error-sound-empty = O ficheiro de som está vazio.
error-sound-length = O som tem mais de 10 segundos.
error-not-a-member = Não é membro dessa conta.
error-volume = O volume vai de 0 a 100.
error-disk-full = O disco onde o Headset guarda os dados está cheio, por isso esta alteração não foi guardada. Liberte algum espaço e tente novamente.

## The agent's diagnosis (`headset diagnose` and the Diagnostics view)
diagnose-reachable = Acessível
diagnose-no-notification-daemon = Sem serviço de notificações: { $detail }
diagnose-system-notifications = O centro de notificações do sistema
diagnose-unnamed-device = Dispositivo sem nome
diagnose-no-audio-device = Nenhum dispositivo de saída de som
diagnose-signed-in = Sessão iniciada em { $server } como { $email }
diagnose-signed-out = Sessão terminada (último servidor: { $server })
diagnose-now = agora
diagnose-connected = { $reconnects ->
    [one] Ligado desde { $since }, { $reconnects } religação
   *[other] Ligado desde { $since }, { $reconnects } religações
}
diagnose-connecting = A ligar
diagnose-retrying = { $reason }; nova tentativa dentro de { $seconds } s
diagnose-not-connected = Sem ligação (sessão terminada)
diagnose-dnd-off = Desativado
diagnose-dnd-on = Ativado: { $why }
dnd-gnome-banners-off = GNOME: os banners de notificação estão desativados
dnd-dunst-paused = O serviço de notificações (dunst) está em pausa
dnd-macos-focus = Um modo de concentração do macOS está ativo
dnd-windows-focus-assist = O Assistente de Concentração do Windows está ativo
dnd-windows-busy = O Windows está a reter as notificações (uma aplicação em ecrã inteiro ou uma apresentação)

## headset-server's answers, in the language the request asks for
server-not-a-member = Não é membro desta conta.
server-contact-name = Introduza o nome do contacto.
server-no-such-inbox = Essa caixa de entrada não existe nesta conta.
server-no-such-contact = Esse contacto não existe nesta conta.
server-assignee-not-in-inbox = Esse agente não tem acesso a esta caixa de entrada, por isso não pode ser atribuído.
server-message-empty = A mensagem está vazia.
server-role-admins-only = Só os administradores podem alterar a função de um agente.
server-filter-name = Dê um nome ao filtro.
server-filter-name-long = O nome tem mais de 100 caracteres.
server-mfa-code-invalid = O código não é válido. Introduza o código atual da sua aplicação de autenticação.
server-mfa-already-on = A autenticação de dois fatores já está ativa.
server-mfa-not-started = Comece primeiro a configuração da autenticação de dois fatores.
server-mfa-not-on = A autenticação de dois fatores não está ativa.
server-password-invalid = Palavra-passe inválida
server-reset-sent = Se existir uma conta com este e-mail, enviámos-lhe uma ligação para repor a palavra-passe.
server-confirmation-mismatch = A confirmação não coincide com a palavra-passe
server-reset-link-invalid = Esta ligação de reposição é inválida ou expirou. Peça uma nova.
server-password-reset-done = A sua palavra-passe foi alterada. Inicie sessão com ela agora.
server-email-fixed = O seu endereço de e-mail não pode ser alterado aqui. Peça a um administrador da sua conta para o alterar.
server-password-managed = Esta conta inicia sessão através de um fornecedor de identidade; a palavra-passe é gerida aí.
server-current-password-invalid = Palavra-passe atual inválida
server-session-current = Esta é a sessão que está a usar. Em vez disso, termine a sessão.
server-sign-in-expired = O início de sessão expirou. Introduza novamente o seu e-mail e a palavra-passe.
server-code-missing = Introduza o código da sua aplicação de autenticação ou um código de recuperação.
server-code-invalid = Código inválido. Verifique a sua aplicação de autenticação e tente novamente.
server-avatar-size = A imagem tem mais de 5 MB. Escolha uma mais pequena.
server-avatar-type = Este ficheiro não é uma imagem JPEG, PNG ou WebP.
server-avatar-damaged = Não foi possível ler a imagem: o ficheiro está danificado ou incompleto.
server-avatar-empty = A imagem está vazia.
server-sign-in-needed = Tem de iniciar sessão ou registar-se para continuar.
server-credentials = Credenciais de início de sessão inválidas. Tente novamente.
server-profile-changed = O perfil foi alterado depois de ter sido lido. Leia-o novamente e volte a aplicar a alteração.
server-not-found = Não foi possível encontrar o recurso
server-internal = Erro interno do servidor
server-disk-full = O disco do servidor está cheio, por isso não foi possível guardar. Peça ao administrador do servidor para libertar algum espaço.
server-password-common = Esta palavra-passe é demasiado comum. Escolha uma menos previsível.
server-password-personal = A palavra-passe não pode conter o seu nome nem o seu endereço de e-mail.
server-password-uppercase = Inclua pelo menos uma letra maiúscula.
server-password-digit = Inclua pelo menos um algarismo.
server-password-special = Inclua pelo menos um carácter especial.
server-avatar-pixels = A imagem tem demasiados píxeis (no máximo { $max } megapíxeis). Escolha uma mais pequena.
server-too-many = Demasiadas tentativas. Tente novamente dentro de { $seconds } segundos.
server-not-member-of = Não é membro da conta { $account }.
server-password-min = Use pelo menos { $min } caracteres.
server-password-max = Use no máximo { $max } caracteres.
server-profile-shape = Envie as alterações como {"{"}"profile": {"{"}…{"}"}{"}"}.
server-password-field-required = Preencha este campo para alterar a palavra-passe.
server-ui-settings-object = ui_settings tem de ser um objeto.
server-must-be-text = Isto tem de ser texto.
server-must-be-one-of = { $name } tem de ser um destes valores: { $choices }.
server-must-be-object = { $name } tem de ser um objeto.
