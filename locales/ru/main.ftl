# Lotse – тексты на русском языке (перевод с немецкого; во всех языках одинаковые ключи).

app-tagline = Муниципальное управление интеграцией
skip-to-content = Перейти к содержанию
language-label = Язык
demo-marker = Демо – нет реальных данных
nav-label = Основная навигация
nav-start = Главная
nav-organisations = Организации
nav-users = Учётные записи
nav-account = Моя учётная запись
sign-out = Выйти
signed-out-notice = Вы не вошли в систему.
sign-in-link = Ко входу

## Вход
sign-in-title = Вход
sign-in-submit = Войти
field-email = Адрес электронной почты
field-password = Пароль
demo-accounts-title = Демо-доступы
demo-accounts-password = Пароль для всех демо-доступов:

## Главная страница
start-title = Главная
start-greeting = Здравствуйте, { $name }!
start-intro-administrator = Вы управляете организациями, учётными записями и ролями.
start-intro-case-manager = Вы сопровождаете своих клиенток и клиентов в рамках кейс-менеджмента – от первой беседы до плана интеграции.
start-intro-coordinator = Вы видите анонимизированные показатели и сопровождаете рабочие группы.
start-intro-partner-staff = Вы видите направления в Вашу организацию и только те данные, на передачу которых клиентка или клиент дали согласие.
start-intro-volunteer = Вы видите задачи, которые Вам поручены.
start-intro-data-protection-officer = Вы проверяете, кто, когда и к каким данным получал доступ.

## Роли
role-administrator = Администрирование
role-case-manager = Кейс-менеджмент
role-coordinator = Координация
role-partner-staff = Партнёрская организация
role-volunteer = Волонтёрство
role-data-protection-officer = Защита данных

## Типы организаций
org-type-city-office = Городское ведомство
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = Агентство занятости
org-type-chamber = Палата (IHK/HWK)
org-type-welfare-organisation = Благотворительная организация
org-type-course-provider = Организатор курсов
org-type-volunteer-network = Волонтёрская сеть
org-type-health-service = Служба здравоохранения

## Организации
organisations-title = Организации
organisations-new = Новая организация
organisations-create = Создать организацию
field-organisation-name = Название
field-organisation-type = Тип организации
choose-option = Пожалуйста, выберите

## Учётные записи
users-title = Учётные записи
users-new = Новая учётная запись
users-create = Создать учётную запись
users-created = Учётная запись создана.
users-last-sign-in = Последний вход
users-never = никогда
users-status = Статус
users-role-change = Изменить роль
users-active = активна
users-inactive = деактивирована
users-activate = Активировать
users-deactivate = Деактивировать
field-display-name = Имя
field-organisation = Организация
field-role = Роль
field-initial-password = Начальный пароль
pager-label = Страницы
pager-previous = Предыдущая страница
pager-next = Следующая страница

## Моя учётная запись
account-title = Моя учётная запись
account-change-password = Изменить пароль
account-password-changed = Ваш пароль изменён. Другие сеансы завершены.
field-current-password = Текущий пароль
field-new-password = Новый пароль
field-confirm-password = Повторите новый пароль
password-rule = Не менее 10 символов.

## Страница не найдена
not-found-title = Страница не найдена
not-found-home = На главную страницу

## Сообщения об ошибках
error-unauthenticated = Пожалуйста, войдите в систему.
error-forbidden = У Вас нет на это разрешения.
error-invalid-credentials = Неверный адрес электронной почты или пароль.
error-throttled = Слишком много неудачных попыток входа. Пожалуйста, повторите попытку через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.
error-not-found = Запись не найдена.
error-bad-request = Запрос был некорректным. Пожалуйста, перезагрузите страницу.
error-internal = Произошла внутренняя ошибка. Пожалуйста, сообщите в службу поддержки идентификатор { $request_id }.
error-required = Пожалуйста, заполните это поле.
error-too-long = Этот текст слишком длинный.
error-choose-option = Пожалуйста, выберите один из вариантов.
error-email-invalid = Пожалуйста, введите действительный адрес электронной почты.
error-email-taken = Для этого адреса электронной почты уже существует учётная запись.
error-organisation-exists = Организация с таким названием уже существует.
error-password-too-short = Пароль должен содержать не менее 10 символов.
error-passwords-differ = Пароли не совпадают.
error-current-password-wrong = Текущий пароль неверен.
error-own-account = Здесь нельзя изменить собственную учётную запись.
error-name-required = Пожалуйста, введите хотя бы одно имя.
error-date-part-invalid = Такой даты не существует.
error-day-without-month = День без месяца невозможен.
error-language-code = Пожалуйста, выберите язык из списка.

## Клиентки и клиенты
nav-clients = Клиентки и клиенты
clients-title = Клиентки и клиенты
clients-new = Новая клиентка / новый клиент
clients-search-label = Имя (любое написание, любая письменность)
clients-search-submit = Найти
clients-none-found = Никого не найдено.
clients-col-name = Имя
clients-col-latin = Написание в документах
clients-col-birth = Дата рождения
clients-birth-unknown = неизвестно
client-new-title = Новая клиентка / новый клиент
client-names = Имена
client-birth = Дата рождения
client-birth-hint = Укажите то, что известно; день или месяц можно не заполнять.
client-language = Язык
client-contact = Контакты и адрес
client-create = Создать
client-created = Человек зарегистрирован.
client-duplicates-title = Возможно, эти люди уже зарегистрированы:
client-duplicates-confirm = Это другой человек – всё равно создать
field-given-names = Имя (имена)
field-family-name = Фамилия
field-given-names-latin = Имя (имена) латиницей, как в документах
field-family-name-latin = Фамилия латиницей, как в документах
field-birth-day = День
field-birth-month = Месяц
field-birth-year = Год
field-preferred-language = Предпочитаемый язык
field-interpreter-needed = Требуется устный перевод
field-interpreter-language = Язык устного перевода (код ISO 639-3)
field-phone = Телефон
field-street = Улица и номер дома
field-postal-code = Почтовый индекс
field-city = Населённый пункт

## Case management core (issue 3)

error-conflict = Тем временем кто-то другой сохранил эти данные. Ничего не перезаписано, Ваши введённые данные остались в форме. Сейчас сохранено:
error-number-invalid = Пожалуйста, введите корректное число.
error-date-invalid = Пожалуйста, введите корректную дату.
error-time-invalid = Пожалуйста, введите корректное время (ЧЧ:ММ).
error-choose-from-list = Пожалуйста, выберите запись из списка.
error-date-in-past = Дата в прошлом.
error-date-in-future = Дата в будущем.
error-target-before-start = Целевая дата раньше даты начала.
error-goal-empty = Пожалуйста, опишите цель (словами клиентки или клиента, простым языком или с помощью шаблона).
error-reason-required = Пожалуйста, укажите причину.
error-result-required = Пожалуйста, укажите результат.
error-organisation-required = Пожалуйста, выберите ответственную организацию.
error-interpreter-language-required = Пожалуйста, укажите язык устного перевода.
error-review-before-agreement = Проверка должна быть после согласования.
error-plan-empty = В плане ещё нет ни одной цели.
error-plan-nothing-to-agree = Нет черновика, который можно было бы согласовать.
error-phase-not-allowed = Такой переход между этапами невозможен.
error-consent-missing = Согласия на кейс-менеджмент ещё нет. Пожалуйста, сначала внесите его.
error-entrusted-by-required = Пожалуйста, укажите, кто доверил эту информацию.

value-empty = (пусто)
untranslated-marker = не переведено
language-picker-hint = Введите немецкое название, самоназвание языка или код ISO 639-3.
saved = Сохранено.
save = Сохранить
add = Добавить
remove = Удалить
yes = да
no = нет
nav-catalogues = Каталоги

client-title = Клиентка / клиент
client-personal = Личные данные
client-edit = Изменить данные
client-cases = Дела
client-household = Домохозяйство
client-address = Адрес
client-open-record = Открыть карточку
case-link = Дело
case-open = Создать новое дело
household-add = Добавить члена домохозяйства
field-member-name = Имя
field-relation = Связь
compartment-residence = Пребывание и выплаты
compartment-residence-hint = Чувствительный раздел: хранится отдельно и виден только там, где он нужен.
field-residence-status = Статус пребывания
field-valid-until = Действителен до
field-benefit-regime = Получаемые выплаты
compartment-health = Здоровье
compartment-health-hint = Особая категория персональных данных: передаётся только с явного согласия.
compartment-youth-welfare = Помощь детям и молодёжи
compartment-youth-welfare-hint = Передаётся только с согласия человека, который доверил эту информацию.
compartment-private = Мои личные рабочие заметки
compartment-private-hint = Эти заметки видите только Вы. Они никогда не передаются.
note-add = Добавить заметку
field-note = Заметка
field-entrusted-by = Кто доверил

case-title = Дело
case-phase = Этап
case-owner = Ответственный за дело
case-sections = Разделы дела
case-history = История этапов
case-closed = Дело закрыто:
case-consent-needed = Перед оценкой ситуации нужно внести согласие на кейс-менеджмент.
case-next-phase = Следующий этап
case-change-phase = Сменить этап
field-closure-reason = Причина закрытия
consent-title = Согласие на кейс-менеджмент
consent-recorded = Согласие дано
consent-record = Внести согласие
consent-save = Сохранить согласие
field-given-on = Дата согласия
field-consent-method = Форма согласия
assessment-title = Оценка ситуации
assessment-recorded = внесено
assessment-needs = Потребности
assessment-resources = Ресурсы и возможности
assessment-client-goals = Собственные цели клиентки или клиента
facts-title = Структурированные данные
field-language-level = Уровень немецкого
field-literacy = Грамотность
field-schooling = Школьное образование
field-qualifications = Дипломы и квалификации
field-recognition-needed = Требуется признание иностранного диплома
field-work-experience = Опыт работы
field-housing-situation = Жилищная ситуация
field-health-insurance = Медицинская страховка

plan-title = План интеграции
plan-none = Плана пока нет.
plan-version = Версия { $number }
plan-version-agreed = Согласованная версия { $number } от
plan-version-draft = Черновик, версия { $number }
plan-print = Распечатать план
plan-goals = Цели
plan-no-goals = Целей пока нет.
plan-steps = Шаги
plan-agree = Согласовать план
plan-agree-hint = План обсуждается и согласуется с клиенткой или клиентом. Последующие изменения начинают новую версию.
plan-review-default = Если не указано: через шесть месяцев после согласования.
plan-versions = Версии
plan-agreed-on = согласовано
plan-draft = Черновик
plan-compare-from = Сравнить
plan-compare-to = с
plan-current = текущим состоянием
plan-compare = Сравнить
plan-no-changes = Изменений нет.
plan-back = Назад к плану
goal-add = Добавить цель
goal-edit = Изменить цель
goal-remove = Удалить цель
goal-status-change = Изменить состояние цели
step-add = Добавить шаг
step-edit = Изменить шаг
step-history = История
step-status-change = Изменить статус
field-domain = Сфера жизни
field-goal-level = Уровень цели
field-goal-template = Шаблон цели
field-client-words = Своими словами
field-plain-wording = Простым языком
field-success-criterion = Как мы поймём, что цель достигнута
field-start-date = Начало
field-target-date = Целевая дата
field-goal-status = Состояние
field-status-reason = Причина
field-service-type = Услуга
field-step-detail = Подробности
field-responsible = Кто отвечает
field-responsible-organisation = Ответственная организация
field-due-date = Срок
field-step-status = Статус
field-status-note = Результат или причина
field-appeal-deadline = Срок обжалования до
field-agreed-on = Дата согласования
field-agreed-how = Как согласовано
field-review-due = Проверка
appointments-title = Встречи
appointment-add = Добавить встречу
field-date = Дата
field-time = Время
field-place = Место
field-with-organisation = В организации
field-linked-step = К шагу
field-appointment-note = Что взять с собой или примечание
diff-added = добавлено
diff-removed = удалено
diff-changed = изменено
diff-goal = Цель
diff-step = Шаг

print-language = Язык печати
print-now = Печать
print-plan-title = Мой план интеграции
print-agreed-on = Согласовано
print-draft = Черновик – ещё не согласовано
print-signature-client = Подпись клиентки / клиента
print-signature-case-manager = Подпись кейс-менеджера

dashboard-phases = Мои дела по этапам
dashboard-overdue = Просроченные шаги
dashboard-reviews = Проверки в ближайшие 14 дней
dashboard-waiting = Шаги, которые ждут партнёров
dashboard-appointments = Встречи в ближайшие 7 дней
dashboard-recent = Недавно изменённые дела
dashboard-none = Ничего делать не нужно.
dashboard-shown-of = Показано { $shown } из { $total }; все они есть в планах дел.

catalogues-title = Каталоги
catalogues-intro = Собственные записи дополняют встроенные каталоги. Немецкий язык обязателен; если какого-то языка нет, показывается немецкий текст с пометкой «не переведено».
catalogues-none = Собственных записей пока нет.
catalogues-col-catalogue = Каталог
catalogues-col-text = Текст
catalogues-col-locales = Языки
catalogues-add = Добавить запись
catalogues-texts = Текст на каждом языке
catalogue-name-service = Услуги
catalogue-name-goal-template = Шаблоны целей
catalogue-name-closure = Причины закрытия

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = Обращение
phase-intake = Первая беседа (Intake)
phase-assessment = Оценка ситуации
phase-planning = Планирование помощи
phase-implementation = Реализация
phase-monitoring = Мониторинг и проверка
phase-evaluation = Оценка результатов
phase-closed = Закрыто

domain-language = Язык
domain-education-work = Образование и работа
domain-housing = Жильё
domain-health = Здоровье
domain-residence = Пребывание
domain-benefits = Выплаты и финансы
domain-family = Семья и дети
domain-participation = Участие в общественной жизни

service-integration-course = Интеграционный курс (Integrationskurs)
service-literacy-course = Интеграционный курс с обучением грамоте (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = Интеграционный курс для молодёжи (Jugendintegrationskurs)
service-parents-integration-course = Интеграционный курс для родителей и женщин (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = Интенсивный курс (Intensivkurs)
service-second-script-course = Курс для изучающих латинский алфавит (Zweitschriftlernerkurs)
service-dtz-exam = Тест по немецкому для иммигрантов (Deutsch-Test für Zuwanderer, DTZ)
service-job-language-course = Курс профессионального немецкого (Berufssprachkurs)
service-course-fee-exemption = Освобождение от оплаты курса
service-potential-analysis = Анализ потенциала (Potenzialanalyse)
service-cooperation-plan = План сотрудничества (Kooperationsplan, Jobcenter)
service-placement-voucher = Ваучер на поиск работы (Vermittlungsgutschein)
service-apprenticeship = Профессиональное обучение (Ausbildung)
service-entry-qualification = Подготовительная практика перед профессиональным обучением (Einstiegsqualifizierung, EQ)
service-wage-subsidy = Доплата работодателю к зарплате (Lohnkostenzuschuss)
service-coaching = Коучинг
service-recognition-counselling = Консультация по признанию дипломов (Anerkennungsberatung, IQ-Netzwerk)
service-recognition-application = Заявление о признании диплома (Antrag auf Anerkennung)
service-qualification-analysis = Анализ квалификации (Qualifikationsanalyse)
service-adaptation-training = Адаптационное обучение для признания (Anpassungsqualifizierung)
service-zab-evaluation = Оценка диплома (Zeugnisbewertung, ZAB)
service-housing-entitlement = Справка о праве на социальное жильё (Wohnberechtigungsschein, WBS)
service-residence-obligation-change = Изменение обязанности жить в определённом месте (Wohnsitzauflage)
service-cost-approval = Оплата расходов на аренду жилья (Mietkostenübernahme)
service-move-out-of-shelter = Переезд из коллективного жилья
service-health-card = Карта медицинского страхования (Gesundheitskarte)
service-treatment-voucher = Талон на лечение (Behandlungsschein)
service-health-insurance-enrolment = Регистрация в больничной кассе (Krankenkasse)
service-psychosocial-centre = Психосоциальный центр (Psychosoziales Zentrum)
service-vaccination = Прививка
service-permit-application = Заявление на вид на жительство (Aufenthaltserlaubnis)
service-naturalisation = Получение немецкого гражданства (Einbürgerung)
service-benefit-application = Заявление на выплаты
service-debt-counselling = Консультация по долгам (Schuldnerberatung)
service-childcare-place = Место в детском саду (Kita-Platz)
service-school-enrolment = Запись в школу (Schulanmeldung)
service-migration-counselling = Миграционная консультация для взрослых (Migrationsberatung, MBE)
service-youth-migration-service = Миграционная служба для молодёжи (Jugendmigrationsdienst, JMD)
service-interpreter = Устный перевод
service-document-translation = Перевод документов
service-volunteer-matching = Подбор волонтёра для сопровождения

goal-template-reach-b1 = Говорить по-немецки на уровне B1
goal-template-complete-integration-course = Закончить интеграционный курс (Integrationskurs)
goal-template-learn-to-read = Научиться читать и писать
goal-template-qualification-recognised = Добиться признания профессионального диплома
goal-template-find-work = Найти работу
goal-template-start-apprenticeship = Начать профессиональное обучение (Ausbildung)
goal-template-own-flat = Найти собственное жильё
goal-template-leave-shelter = Переехать из коллективного жилья
goal-template-health-insurance = Иметь медицинскую страховку
goal-template-family-doctor = Иметь семейного врача
goal-template-secure-residence = Обеспечить право на пребывание
goal-template-secure-income = Обеспечить доход
goal-template-childcare = Найти для ребёнка место в детском саду
goal-template-school-place = Найти для ребёнка место в школе
goal-template-social-contacts = Найти знакомых и досуг рядом с домом

goal-level-long-term = Долгосрочная цель
goal-level-framework = Рамочная цель
goal-level-action = Цель действия

goal-status-open = открыта
goal-status-in-progress = в работе
goal-status-achieved = достигнута
goal-status-partly-achieved = частично достигнута
goal-status-not-achieved = не достигнута
goal-status-dropped = отменена

step-status-planned = запланировано
step-status-eligibility-requested = подан запрос на право участия
step-status-eligible = право получено
step-status-registered = зарегистрировано
step-status-waitlisted = в списке ожидания
step-status-started = начато
step-status-completed = завершено
step-status-interrupted = прервано
step-status-dropped = прекращено
step-status-rejected = отклонено
step-status-not-needed = больше не нужно

closure-goals-achieved = Цели достигнуты
closure-standard-service = Передано в обычную службу
closure-client-ended = Завершено клиенткой или клиентом
closure-moved-away = Переезд в другое место
closure-unreachable = Связаться больше не удаётся
closure-consent-withdrawn = Согласие отозвано

consent-method-signature = с подписью
consent-method-electronic = подтверждено электронно
consent-method-oral-interpreter = устно с устным переводом

responsible-client = Клиентка / клиент
responsible-case-manager = Кейс-менеджер
responsible-organisation = Партнёрская организация
responsible-volunteer = Волонтёрка / волонтёр

language-level-a0 = A0 (нет знаний)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = умеет читать и писать (латиница)
literacy-other-script = умеет читать и писать в другой письменности
literacy-not-literate = не умеет читать и писать

housing-shelter = Коллективное жильё (Gemeinschaftsunterkunft)
housing-shared-accommodation = общая квартира или субаренда
housing-own-flat = своя квартира
housing-with-family = у родственников или знакомых
housing-homeless = без жилья

insurance-statutory = государственная (обязательная) страховка
insurance-health-card = Карта медицинского страхования (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = Талоны на лечение (Behandlungsscheine)
insurance-private = частная страховка
insurance-none = нет страховки

residence-asylum-procedure = Разрешение на пребывание на время процедуры убежища (Aufenthaltsgestattung)
residence-tolerated = Временная отсрочка депортации (Duldung)
residence-temporary-protection = Временная защита (§ 24 AufenthG)
residence-residence-permit = Вид на жительство (Aufenthaltserlaubnis)
residence-settlement-permit = Бессрочный вид на жительство (Niederlassungserlaubnis)
residence-eu-citizen = Гражданство ЕС
residence-german-citizen = немецкое гражданство
residence-other = другой статус

benefit-asylblg = Пособие для ищущих убежища (AsylbLG)
benefit-sgb2 = Базовое пособие (Bürgergeld, SGB II)
benefit-sgb12 = Социальная помощь (Sozialhilfe, SGB XII)
benefit-none = нет выплат

relation-spouse = Супруг / супруга
relation-child = Ребёнок
relation-parent = Мать или отец
relation-sibling = Брат или сестра
relation-other = другая связь

## Partner network (issue 4)
nav-offers = Предложения
nav-inbox = Входящие
nav-audit = Журнал
case-team = Ответственные за дело
case-assign = Назначить
case-assign-colleague = Назначить коллегу
case-unassign = Отменить назначение
dashboard-overdue-referrals = Просроченные направления
network-title = Сеть
network-referrals = Направления
network-no-referrals = Направлений пока нет.
network-new-referral = Новое направление
network-consents = Согласия на передачу данных
network-no-consents = Согласий на передачу данных пока нет.
network-access-times = Доступ к языковым курсам
network-access-days = Время доступа: { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
network-waiting-days = Время ожидания: { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
consent-record-share = Внести согласие
consent-health-separate = Для данных о здоровье всегда нужно отдельное явное согласие.
consent-print = Распечатать форму
consent-revoke = Отозвать
consent-state-active = действует
consent-state-inactive = не действует
consent-state-revoked = отозвано
consent-form-title = Согласие на передачу данных
consent-form-back = Назад к данным человека
consent-form-recipient = Получатель
consent-form-valid = Срок действия
consent-form-categories-intro = Я даю согласие на передачу получателю следующих данных:
consent-form-voluntary = Согласие добровольное. Если я не дам согласия, это не будет иметь для меня негативных последствий.
consent-form-revoke = Я могу в любое время отозвать согласие так же просто, как оно было дано. Отзыв сразу действует на будущее.
consent-form-health = Данные о здоровье находятся под особой защитой. Это согласие действует только для данных о здоровье.
consent-form-issued-by = Кем выдано:
consent-form-place-date = Место, дата
courses-title = Подходящие курсы
courses-childcare-on = Не требовать присмотра за детьми
courses-childcare-off = Только курсы с присмотром за детьми
courses-any-type = Показать все виды курсов
courses-only-this-type = Показать только этот вид курса
courses-none = Подходящий курс не найден.
courses-distance = { $km } км
courses-full = мест нет (список ожидания)
courses-free-seats = { $count ->
    [one] { $count } свободное место
    [few] { $count } свободных места
    [many] { $count } свободных мест
   *[other] { $count } свободного места
}
courses-seats-unknown = количество свободных мест неизвестно
courses-next-start = Следующее начало:
courses-refer = Направить на этот курс
courses-refer-submit = Направить
courses-default-message = Просим предоставить этому человеку место на этом курсе.
offers-childcare = Присмотр за детьми
field-title = Название
field-address = Адрес
field-birth-date = Дата рождения
field-name = Имя
field-categories = Данные
field-decline-reason = Причина отказа
field-district = Район города
field-free-seats = Свободные места
field-message = Сообщение
field-outcome = Результат
field-purpose = Цель
field-referral-status = Статус направления
field-response-due = Ответить до
field-seat = Место
field-starts-on = Начало
field-step = Шаг в плане
field-valid-from = Действует с
inbox-title = Входящие
inbox-referrals = Направления в мою организацию
inbox-empty = Направлений нет.
referral-title = Направление
referral-facts = Сведения
referral-client = Человек
referral-client-hidden = Человек (нет действующего согласия)
referral-to = Кому
referral-sent-by = Отправитель
referral-back-to-case = Назад к делу
referral-response-due = Ответить до
referral-overdue = просрочено
referral-shared-data = Переданные данные
referral-access-closed = Направление закрыто. Данные человека больше не видны.
referral-access-no-consent = Нет действующего согласия (отозвано, истекло или никогда не давалось). Данные человека не видны.
referral-nothing-recorded = Ничего не внесено.
referral-answer = Ответить
referral-withdraw-title = Отозвать
referral-no-further-steps = Дальнейшие шаги невозможны.
referral-history = История и сообщения
referral-message-label = Сообщение
referral-send-message = Отправить сообщение
referral-no-step = – без шага –
referral-consent-covered = Выбранные данные покрыты действующим согласием.
referral-consent-missing = Нет согласия на: { $categories }.
referral-record-consent = Внести согласие сейчас
referral-due-hint = Если оставить пустым: 10 рабочих дней с сегодняшнего дня.
referral-offers-hint = Предложения с местом, датами и свободными местами:
referral-send = Отправить направление
step-find-course = Найти подходящий курс
step-refer = Направить
error-categories-required = Пожалуйста, выберите хотя бы один вид данных.
error-consent-already-revoked = Это согласие уже отозвано.
error-consent-missing-for-referral = Хотя бы для одного выбранного вида данных нет действующего согласия на передачу этой организации для этой цели.
error-free-seats-above-capacity = Свободных мест не может быть больше, чем мест всего.
error-health-consent-separate = Для данных о здоровье нужно отдельное согласие: пожалуйста, внесите его отдельно.
error-referral-transition = При этом статусе этот шаг невозможен.
error-start-date-required = Пожалуйста, укажите дату начала курса.
error-target-level-not-above = Целевой уровень должен быть выше начального.
error-until-before-from = Конец раньше начала.
consent-category-identity = Имя, дата рождения и контакты
consent-category-language = Язык и образование
consent-category-work = Работа
consent-category-housing = Жильё
consent-category-health = Здоровье
consent-category-residence = Пребывание и выплаты
consent-category-youth-welfare = Помощь детям и молодёжи
consent-purpose-language-course = Языковой курс
consent-purpose-employment = Работа и профессиональное обучение
consent-purpose-recognition = Признание дипломов
consent-purpose-housing = Жильё
consent-purpose-health-care = Медицинская помощь
consent-purpose-counselling = Консультирование
consent-purpose-volunteer-support = Сопровождение волонтёрами
referral-status-sent = отправлено
referral-status-accepted = принято
referral-status-declined = отклонено
referral-status-in-progress = в работе
referral-status-completed = завершено
referral-status-withdrawn = отозвано
referral-outcome-service-provided = Услуга оказана
referral-outcome-course-completed = Курс завершён
referral-outcome-client-did-not-attend = неявка
referral-outcome-client-withdrew = прекращено самим человеком
referral-outcome-not-eligible = нет права
referral-outcome-referred-elsewhere = перенаправлено
decline-reason-no-capacity = нет свободных мест
decline-reason-not-eligible = нет права
decline-reason-not-responsible = не в нашей компетенции
decline-reason-client-unreachable = не удаётся связаться с человеком
decline-reason-other = другая причина
seat-confirmed = Место подтверждено
seat-waitlisted = Список ожидания
district-innenstadt = Innenstadt
district-rodenkirchen = Rodenkirchen
district-lindenthal = Lindenthal
district-ehrenfeld = Ehrenfeld
district-nippes = Nippes
district-chorweiler = Chorweiler
district-porz = Porz
district-kalk = Kalk
district-muelheim = Mülheim

## Service directory (pages/offers.rs)
offers-title = Каталог предложений
offers-intro = Курсы и консультации партнёрских организаций в Кёльне: свободные места, ближайшие даты начала и измеренное до сих пор время доступа и ожидания.
offers-new = Новое предложение
offers-filter = Фильтровать предложения
offers-all = Все
offers-filter-language = Язык (код ISO 639-3)
offers-filter-childcare = С присмотром за детьми
offers-filter-free-seats = Только со свободными местами
offers-filter-own = Только предложения моей организации
offers-filter-apply = Фильтровать
offers-found = { $count ->
    [one] Найдено { $count } предложение
    [few] Найдено { $count } предложения
    [many] Найдено { $count } предложений
   *[other] Найдено { $count } предложения
}
offers-none = Предложения не найдены.
offers-accessible = Безбарьерно
offers-inactive = Неактивно
offers-place = Место
offers-levels = Уровень языка
offers-level-range = { $entry } → { $target }
offers-levels-hint = Только для языковых курсов: начальный и целевой уровень.
offers-seats = Места
offers-seats-of = Свободно { $free } из { $capacity }
offers-starts = Ближайшие даты начала
offers-languages = Языки обучения и консультаций
offers-edit = Редактировать
offers-access-title = Время доступа и ожидания
offers-access-hint = Медиана в днях: доступ – от получения права до начала курса, ожидание – от записи до начала курса.
offers-access-none = Время доступа или ожидания ещё не внесено.
offers-access-clients = Клиентки и клиенты
offers-access-median = Доступ (медиана, дни)
offers-waiting-median = Ожидание (медиана, дни)
offers-new-title = Новое предложение
offers-edit-title = Редактировать предложение
offers-back = Назад к предложениям моей организации
field-description = Описание
field-entry-level = Начальный уровень
field-target-level = Целевой уровень
field-childcare = Есть присмотр за детьми
field-accessible = Доступно без барьеров
field-offer-active = Предложение активно (видно в каталоге)
field-schedule = Дни и время
field-capacity = Всего мест
field-documents = Документы, которые нужно принести
field-contact = Контакт
field-offer-languages = Языки (коды ISO 639-3, через запятую, напр. deu, ara)
field-offer-starts = Даты начала (ГГГГ-ММ-ДД, через запятую)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = Журнал доступа к данным
audit-intro = Кто, когда, какие персональные данные просматривал или изменял, с какой целью и на каком правовом основании – включая отклонённые попытки. Просмотр этого журнала тоже записывается.
audit-filter = Фильтровать журнал
audit-all = Все
audit-filter-client = Клиентка / клиент (номер)
audit-filter-actor = Человек
audit-filter-from = С
audit-filter-until = По
audit-filter-denied = Только отклонённые попытки доступа
audit-filter-apply = Фильтровать
audit-none = Записи не найдены.
audit-page = Страница { $page }
audit-col-time = Время
audit-col-person = Человек и роль
audit-col-client = Клиентка / клиент
audit-col-record = Запись
audit-col-action = Действие
audit-col-purpose = Цель
audit-col-basis = Правовое основание
audit-col-categories = Категории данных
audit-col-allowed = Результат
audit-role-system = Lotse (автоматически)
audit-allowed = разрешено
audit-denied = отклонено
audit-action-read = Просмотрено
audit-action-list = Показан список
audit-action-create = Создано
audit-action-update = Изменено
audit-action-delete = Удалено
audit-action-print = Распечатано
audit-action-revoke = Отозвано
audit-action-attempt = Попытка доступа
audit-action-compare = Версии сравнены
audit-action-agree = Согласовано
audit-action-verify = Целостность проверена
audit-verify-title = Целостность журнала
audit-verify-hint = Заново вычисляет цепочку всех записей. Так можно увидеть, были ли записи позже изменены или удалены.
audit-verify = Проверить целостность
audit-chain-intact = Журнал полный и не изменён.
audit-chain-broken = Начиная с записи № { $seq } журнал не согласован: записи были изменены или удалены.


## Volunteer tasks (issue 6)
volunteers-title = Волонтёрство
volunteer-tasks-of-case = Задачи для волонтёров
volunteer-tasks-none = Задач для волонтёров пока нет.
volunteer-task-new = Передать задачу волонтёрам
volunteer-task-offered-to = Предложено:
volunteer-task-taken-by = выполняет:
volunteer-task-declined-by = { $count ->
    [one] { $count } человек отказался
    [few] { $count } человека отказались
    [many] { $count } человек отказались
   *[other] { $count } человека отказались
}
volunteer-task-cancel = Отозвать задачу
volunteer-task-offer = Предложить задачу
volunteer-report = Отчёт
volunteer-problem-badge = Сообщено о проблеме
volunteer-consent-covered = Согласие покрывает имя, телефон и встречу.
volunteer-consent-missing = Для этой сети нет согласия человека на сопровождение волонтёрами (имя и контакты).
volunteer-whole-network = Вся сеть
volunteer-no-step = Без шага
volunteer-no-appointment = Без встречи
volunteer-appointment-hint = Если выбрать встречу, её дата, время и место будут взяты из неё, если Вы их не укажете.
field-task-kind = Вид задачи
field-volunteer-network = Сеть волонтёров
field-offered-to = Кому предложить
field-appointment = Встреча
field-bring = Что взять с собой
field-task-note = Краткое примечание
field-task-status = Состояние
follow-ups-title = Требует внимания
follow-up-volunteer-problem = Волонтёры сообщают о проблеме
follow-up-done = Готово
volunteer-my-tasks = Мои задачи
volunteer-no-tasks = Сейчас для Вас нет задач.
volunteer-client-language = Язык
volunteer-offered-to-you = Лично Вам
volunteer-accept = Принять
volunteer-decline = Отказаться
volunteer-cannot-go = Я всё-таки не смогу
volunteer-report-label = Краткий отчёт
volunteer-problem = Возникла проблема
volunteer-done = Сообщить о выполнении
volunteer-not-yet-sent = Ещё не отправлено
volunteer-outbox-waiting = Нет связи: Ваши данные сохранены на этом устройстве и будут отправлены, как только связь восстановится.
volunteer-refused = Lotse не принял это:
volunteer-try-again = Отправить ещё раз
volunteer-discard = Удалить
error-volunteer-network-required = Пожалуйста, выберите сеть волонтёров.
error-volunteer-consent-missing = Человек не дал согласия на передачу данных этой сети (имя и контакты, цель: сопровождение волонтёрами).
error-task-transition = При таком состоянии задачи это уже невозможно.
error-task-taken = Эту задачу уже взял кто-то другой.
task-kind-accompany = Сопровождение на встречу
task-kind-form-help = Помощь с заполнением бланка
task-kind-language-practice = Практика немецкого языка
task-kind-housing-search = Поиск жилья
task-kind-other = Другое
task-status-offered = Предложено
task-status-accepted = Принято
task-status-declined = Отклонено
task-status-done = Выполнено
task-status-cancelled = Отозвано
volunteer-undelivered = Не доставлено

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = Мой план
portal-sign-in-title = Вход в портал Lotse
portal-sign-in-intro = Введите код доступа из Вашего письма. В первый раз после этого Вы выберете PIN.
portal-code = Код доступа
portal-code-hint = Он указан в Вашем письме, например ABCD-EFGH-JKLM.
portal-pin = PIN или парольная фраза
portal-pin-hint = Не менее 6 цифр или предложение не менее чем из 12 символов.
portal-pin-repeat = PIN ещё раз
portal-choose-pin = Ваш код доступа верный. Теперь выберите свой PIN. Он нужен Вам при каждом входе.
portal-sign-in-button = Войти
portal-set-pin-button = Сохранить PIN и войти
portal-sign-out = Выйти
portal-staff-link = Вход для сотрудников
portal-nav-label = Разделы портала
portal-nav-plan = Мой план
portal-nav-appointments = Встречи
portal-nav-referrals = Направления
portal-nav-consents = Согласия
portal-nav-access = Кто видел мои данные?
portal-nav-correction = Что-то не так
portal-nav-data = Мои данные
portal-greeting = Здравствуйте, { $name }!
portal-large-text = Крупный шрифт
portal-read-aloud = Прочитать вслух
portal-read-aloud-stop = Остановить чтение
portal-read-aloud-no-voice = На Вашем устройстве нет голоса для этого языка.
portal-print = Распечатать план
portal-next = Что нужно сделать дальше
portal-next-none = Сейчас Вам ничего не нужно делать.
portal-goals = Мои цели
portal-goal-until = Цель до { $date }
portal-step-due = до { $date }
portal-step-responsible = Кто этим занимается?
portal-responsible-client = Вы сами
portal-responsible-case-manager = Ваш кейс-менеджер
portal-responsible-volunteer = Волонтёрка или волонтёр
portal-responsible-organisation = Другая организация
portal-step-status = Состояние
portal-mark-done = Я это сделал / сделала
portal-marked-done = Спасибо! Ваш кейс-менеджер проинформирован.
portal-no-plan = Ваш план сейчас составляется. Ваш кейс-менеджер обсудит его с Вами.
portal-written-in-german = Написано по-немецки Вашим кейс-менеджером:
portal-appointments-title = Мои встречи
portal-appointments-none = У Вас нет встреч.
portal-appointments-past = Прошедшие встречи
portal-appointment-when = Когда
portal-appointment-where = Где
portal-appointment-with = У кого
portal-appointment-bring = Пожалуйста, возьмите с собой
portal-interpreter-arranged = Устный переводчик заказан.
portal-interpreter-not-arranged = Нужен устный переводчик, но он ещё не заказан. Спросите Вашего кейс-менеджера.
portal-referrals-title = Мои направления
portal-referrals-none = Вас ещё не направили ни в одну организацию.
portal-referral-for = Для чего
portal-referral-sent = Ваша заявка поступила в { $organisation }. Скоро Вам ответят.
portal-referral-accepted = От { $organisation } пришёл положительный ответ.
portal-referral-waitlisted = Вы в списке ожидания в { $organisation }.
portal-referral-seat = У Вас есть место в { $organisation }. Начало: { $date }
portal-referral-declined = От { $organisation } пришёл отказ. Ваш кейс-менеджер вместе с Вами ищет другую возможность.
portal-referral-in-progress = { $organisation } сейчас поддерживает Вас.
portal-referral-completed = Поддержка от { $organisation } завершена.
portal-referral-withdrawn = Направление в { $organisation } отозвано.
portal-consents-title = Мои согласия
portal-consents-intro = Здесь видно, кто может видеть Ваши данные. Вы можете в любое время отозвать любое согласие.
portal-consents-none = Вы не давали никаких согласий.
portal-consent-to = Кому
portal-consent-for = Для чего
portal-consent-data = Какие данные
portal-consent-until = Действует до
portal-consent-open-ended = пока Вы его не отзовёте
portal-consent-revoked = Отозвано { $date }
portal-consent-expired = Срок действия истёк
portal-consent-revoke = Отозвать
portal-consent-revoke-confirm = После этого { $organisation } больше не сможет видеть Ваши данные. Действительно отозвать?
portal-consent-revoke-yes = Да, отозвать
portal-consent-revoke-no = Нет, оставить
portal-consent-revoked-now = Согласие отозвано. С этого момента { $organisation } больше не видит Ваши данные. Ваш кейс-менеджер проинформирован.
portal-access-title = Кто видел мои данные?
portal-access-intro = Каждый доступ к Вашим данным записывается. Здесь видно, какая организация когда что просмотрела или изменила.
portal-access-none = Пока никто не видел Ваши данные.
portal-access-looked = { $organisation }, { $date }, просмотрено: { $what }
portal-access-changed = { $organisation }, { $date }, изменено: { $what }
portal-access-system = Lotse (автоматически)
portal-what-everything = Ваша карточка
portal-what-plan = Ваш план
portal-what-client = Ваши личные данные
portal-what-case = Ваше дело
portal-what-referral = направление
portal-what-consent = Ваши согласия
portal-what-volunteer = задача для волонтёров
portal-what-list = Ваше имя в списке
portal-what-data = все Ваши данные
portal-what-other = Ваши данные
portal-what-identity = Ваше имя и контактные данные
portal-what-language = Ваше знание языков
portal-what-work = Ваши данные о школе и профессии
portal-what-housing = Ваши жилищные условия
portal-what-health = Ваши данные о здоровье
portal-what-residence = Ваш статус пребывания
portal-what-youth-welfare = данные помощи детям и молодёжи
portal-correction-title = Что-то не так?
portal-correction-intro = Напишите Вашему кейс-менеджеру, что неверно. Кейс-менеджер проверит это и свяжется с Вами.
portal-correction-about = О чём речь?
portal-correction-about-personal = Мои личные данные
portal-correction-about-plan = Мой план
portal-correction-about-appointments = Мои встречи
portal-correction-about-other = Другое
portal-correction-message = Что неверно? Как правильно?
portal-correction-send = Отправить
portal-correction-sent = Ваше сообщение получено. Ваш кейс-менеджер свяжется с Вами.
portal-correction-earlier = Ваши сообщения
portal-correction-open = ещё не обработано
portal-correction-done = обработано
portal-data-title = Мои данные
portal-data-intro = Здесь Вы можете скачать всё, что хранится о Вас в Lotse. Файл в формате JSON, его можно открыть любым текстовым редактором.
portal-data-download = Скачать мои данные
portal-session-ended = Ваш сеанс истёк. Пожалуйста, войдите снова.
portal-letter-title = Ваш доступ к Lotse
portal-letter-intro = С этим письмом Вы можете видеть свой план, свои встречи и свои согласия на телефоне или компьютере.
portal-letter-step-address = Откройте этот адрес или отсканируйте QR-код:
portal-letter-step-code = Введите этот код доступа:
portal-letter-step-pin = Выберите PIN не менее чем из 6 цифр. Никому его не говорите.
portal-letter-keep = Хорошо храните это письмо. Если Вы его потеряете, Ваш кейс-менеджер выдаст Вам новое.
portal-letter-qr-label = QR-код с адресом портала
error-portal-credentials = Неверный код доступа или PIN.
error-portal-pin-short = PIN должен содержать не менее 6 цифр. Парольная фраза должна содержать не менее 12 символов.
error-portal-pin-simple = Этот PIN слишком легко угадать. Пожалуйста, выберите другой.
error-portal-pin-mismatch = Два ввода не совпадают.
error-portal-blocked = Ваш доступ заблокирован. Пожалуйста, поговорите с Вашим кейс-менеджером.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = Портал
portal-staff-title = Доступ к порталу для клиентов
portal-staff-none = Письмо с доступом ещё не выдано.
portal-staff-issued = Письмо с доступом выдано { $date }, ещё не использовано.
portal-staff-active = Доступ активен с { $date }.
portal-staff-blocked = Доступ заблокирован.
portal-staff-last-sign-in = Последний вход: { $date }
portal-staff-issue = Выдать письмо с доступом
portal-staff-reissue = Выдать новое письмо с доступом
portal-staff-reissue-warning = Тогда прежний код доступа и PIN перестанут действовать.
portal-staff-block = Заблокировать доступ
portal-staff-unblock = Разблокировать доступ
portal-staff-letter-print = Распечатать письмо
portal-staff-letter-once = Код доступа показывается только сейчас. Распечатайте письмо, прежде чем покинуть страницу.
portal-staff-letter-language = Письмо на языках: { $language } и немецкий
portal-staff-translations-title = Переводы для портала
portal-staff-translations-intro = Тексты, которые Вы написали по-немецки, клиентка или клиент видит с пометкой «написано по-немецки». Здесь Вы можете внести перевод.
portal-staff-translations-none = В плане ещё нет текстов для перевода.
portal-staff-translation-language = Язык перевода
portal-staff-translation-save = Сохранить перевод
follow-up-portal-step-done = Отмечено в портале как выполненное
follow-up-portal-consent-revoked = Согласие отозвано в портале
follow-up-portal-correction = Просьба об исправлении из портала
audit-role-client = Клиентка / клиент лично (портал)
field-interpreter-arranged = Переводчик заказан

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = Показатели
nav-issues = Структурные проблемы
nav-groups = Рабочие группы
nav-results = Промежуточные результаты
coordination-sections = Разделы координации
audit-action-export = Экспортировано
portal-what-export = Ваши основные данные в списке дел (файл)
clients-export = Скачать мои дела в формате CSV
export-case = № дела
export-opened-on = Открыто
export-review-due = Следующая проверка
export-held-until = Ограничено до
error-period-order = Конец периода раньше его начала.
error-period-too-long = Пожалуйста, выберите не более трёх лет.
error-choose-organisation = Пожалуйста, выберите хотя бы одну организацию.
figures-title = Показатели программы
figures-intro = Все данные обобщены. Поля, в которых меньше 5 человек, скрыты как «< 5»; также скрыты поля, по которым их можно было бы вычислить.
figures-filter = Период и выбор
figures-from = С
figures-to = По
figures-organisation = Организация (ведущая дело)
figures-all-organisations = Все организации
figures-show = Показать
figures-period = Период: с { $from } по { $to }
figures-suppression = «< 5»: меньше 5 человек или скрыто для защиты
figures-csv = Скачать таблицу в формате CSV
figures-total = Всего
figures-cases = Дела
figures-phase = Этап
figures-domain = Сфера жизни
figures-month = Месяц
figures-group = Группа
figures-count = Количество
figures-cases-by-phase = Дела по этапам (открытые в периоде)
figures-cases-by-domain = Дела по сферам жизни и этапам
figures-cases-by-domain-note = Дело учитывается в каждой сфере жизни, в которой в его плане есть цели.
figures-trend = Динамика по месяцам
figures-cases-opened = Открыто дел
figures-plans-agreed = Согласовано планов
figures-time-to-plan = Время от первого контакта до согласованного плана
figures-time-to-plan-note = Дни от открытия дела до первой согласованной версии плана, для планов, согласованных в периоде.
figures-median-days = Медиана (дни)
figures-days-range = { $from }–{ $to } дн.
figures-days-more = более { $from } дн.
figures-steps-on-time = Шаги плана, выполненные в срок
figures-steps-on-time-note = Шаги со сроком в пределах периода (до вчерашнего дня), без «больше не нужно».
figures-steps-due = Шаги, срок которых наступил
figures-steps-done-on-time = Выполнено в срок
figures-steps-not-on-time = Не в срок
figures-share-on-time = Доля выполненных в срок
figures-course-by-type = Языковые курсы: доступ и ожидание по виду курса
figures-course-by-provider = Языковые курсы: доступ и ожидание по организатору курсов
figures-course-note = Время доступа: от получения права до начала курса. Время ожидания: от записи до начала курса; цель BAMF: не более 6 недель (42 дня). Курсы, начавшиеся в периоде.
figures-course-type = Вид курса
figures-provider = Организатор курсов
figures-provider-unknown = Организатор не внесён
figures-courses-started = Начатые курсы
figures-median-access = Время доступа, медиана (дни)
figures-waiting-known = Время ожидания известно
figures-median-waiting = Время ожидания, медиана (дни)
figures-share-within-benchmark = Доля до 6 недель
figures-benchmark = Отметка: цель BAMF, { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
figures-referrals-by-partner = Направления по партнёрам
figures-referrals-note = Направления, отправленные в периоде; время ответа до принятия или отказа.
figures-partner = Партнёр
figures-referrals = Направления
figures-median-response = Время ответа, медиана (дни)
figures-interpreters = Устный перевод на встречах
figures-interpreter = Устный перевод
figures-appointments = Встречи
figures-interpreter-arranged = заказан
figures-interpreter-not-arranged = не заказан
figures-interpreter-needed = нужен (всего)
figures-closure-reasons = Причины закрытия (закрытые в периоде)
figures-closure-reason = Причина закрытия
figures-reason-other = не указано
issues-title = Структурные проблемы
issues-intro = Повторяющиеся проблемы, о которых сообщили кейс-менеджеры, обобщённые по сферам жизни и районам города. Они не содержат персональных данных.
issues-none = О структурных проблемах ещё не сообщалось.
issues-counted = { $issues ->
    [one] { $issues } сообщение
    [few] { $issues } сообщения
    [many] { $issues } сообщений
   *[other] { $issues } сообщения
} · { $cases ->
    [one] касается { $cases } дела
    [few] касается { $cases } дел
    [many] касается { $cases } дел
   *[other] касается { $cases } дела
}
issues-cases-affected = { $count ->
    [one] Касается { $count } дела
    [few] Касается { $count } дел
    [many] Касается { $count } дел
   *[other] Касается { $count } дела
}
issues-in-group = В рабочей группе:
issues-no-groups = Сначала создайте рабочую группу:
issues-working-group = Рабочая группа
issues-bring-to-group = Передать в рабочую группу
groups-title = Рабочие группы
groups-none = Рабочих групп пока нет.
groups-topic = Тема
groups-measures-count = { $count ->
    [one] { $count } мера, из них реализовано: { $implemented }
    [few] { $count } меры, из них реализовано: { $implemented }
    [many] { $count } мер, из них реализовано: { $implemented }
   *[other] { $count } меры, из них реализовано: { $implemented }
}
groups-new = Новая рабочая группа
groups-create = Создать рабочую группу
field-group-name = Название рабочей группы
group-title = Рабочая группа
group-members = Участники
group-members-none = Участников пока нет.
field-member-person = Имя
group-member-add = Добавить участника
group-issues = Переданные структурные проблемы
group-issues-none = Структурные проблемы пока не переданы.
group-measures = Меры
group-measures-none = Мер пока нет.
group-measure-new = Новая мера
field-measure-title = Мера
field-measure-status = Состояние
field-status-on = Состояние с
field-due-on = Выполнить до
field-measure-issue = К структурной проблеме
measure-no-issue = Без конкретной проблемы
field-responsible-organisations = Ответственные организации
field-organisation-1 = Организация 1
field-organisation-2 = Организация 2 (необязательно)
field-organisation-3 = Организация 3 (необязательно)
group-measure-add = Зафиксировать меру
measure-history = История
measure-new-status = Новое состояние
measure-set-status = Изменить состояние
group-meetings = Заседания и протоколы
group-meetings-none = Заседаний пока нет.
field-held-on = Дата заседания
field-minutes = Протокол
group-meeting-add = Зафиксировать заседание
measure-status-proposed = Предложено
measure-status-under-review = На рассмотрении
measure-status-agreed = Согласовано
measure-status-implemented = Реализовано
measure-status-rejected = Отклонено
results-title = Промежуточные результаты
results-intro = Меры рабочих групп по темам: сколько их в каком состоянии и какие из них реализованы.
results-none = Мер пока нет.
results-by-status = Меры по теме и состоянию
results-none-implemented = Ни одна мера ещё не реализована.
results-implemented-on = Дата реализации
case-tab-issues = Структурные проблемы
case-issues-title = Структурные проблемы из дела
case-issue-new = Сообщить о структурной проблеме
case-issue-hint = Повторяющаяся проблема, которая касается не только этого дела (например, «нет присмотра за детьми во время интеграционных курсов в Chorweiler»). Не пишите имён или других персональных данных: сообщение поступает в координацию без связи с делом.
field-life-domain = Сфера жизни
field-issue-description = Описание
field-cases-affected = Скольких дел это касается?
field-organisations-involved = Участвующие организации
case-issue-flag = Сообщить о структурной проблеме
case-issues-flagged = Сообщено из этого дела
case-issues-only-you = То, что сообщение поступило из этого дела, видите только Вы.
case-issues-none = Из этого дела ещё ничего не сообщалось.
case-issue-waiting = Ещё не передано ни в одну рабочую группу.
results-implemented = Реализовано
results-agreed = Согласовано, реализуется
results-agreed-on = Согласовано
figures-as-of = По состоянию на { $time } (пересчитывается { $minutes ->
    [1] каждую минуту
    [one] каждые { $minutes } минуту
    [few] каждые { $minutes } минуты
    [many] каждые { $minutes } минут
   *[other] каждые { $minutes } минуты
})

# Issue 22: request hygiene and accounts
error-control-character = Текст содержит невидимый управляющий символ, который нельзя сохранить. Пожалуйста, удалите его (например, набрав текст заново).
audit-action-change-password = Смена пароля
# Issue 22: a client's name in a colleague's search
portal-what-search = Ваше имя и дата рождения в результатах поиска
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = При нынешнем согласии волонтёры этой сети увидят:
volunteer-sees-name-phone = имя человека, а после того как кто-то возьмёт задачу, — его номер телефона
volunteer-sees-language = предпочитаемый язык человека
volunteer-sees-no-language = не предпочитаемый язык (согласие не охватывает язык)
volunteer-sees-task = вид задачи, дату, время и место
volunteer-sees-notes = «Что взять с собой» и Вашу заметку, пока согласие охватывает имя и контакты, и только пока задача не выполнена
volunteer-notes-within-consent = В «Что взять с собой» и в заметке пишите только то, что волонтёрам нужно для этой задачи и что охватывает согласие. Больше ничего о человеке волонтёры не видят.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = Оценку ситуации можно внести только после того, как человек дал согласие на кейс-менеджмент. Сначала внесите согласие выше.
error-assessment-consent-missing = Ничего не сохранено: оценку ситуации можно внести только после того, как внесено согласие человека на кейс-менеджмент.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = Ваши разделы
nav-figures-hint = Анонимизированные показатели программы: дела по этапам, время до плана, время ожидания языковых курсов, направления.
nav-issues-hint = Структурные проблемы, о которых сообщили кейс-менеджеры: просмотреть и поручить рабочей группе.
nav-groups-hint = Рабочие группы с партнёрами: участники, заседания и согласованные меры.
nav-results-hint = Что рабочие группы согласовали и реализовали, по темам.
nav-offers-hint = Предложения партнёров с местом, датами и свободными местами.
nav-organisations-hint = Создавать и изменять организации сети.
nav-users-hint = Создавать учётные записи, назначать роли и блокировать учётные записи.
nav-catalogues-hint = Дополнять каталоги собственными записями с текстом для каждого языка.
nav-audit-hint = Кто, когда и к каким данным обращался, и не изменён ли журнал.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = Нет связи: Вы видите то, что это устройство сохранило в { $time }. С тех пор что-то могло измениться.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = Сроки хранения
nav-retention-hint = Когда какие персональные данные удаляются: одно правило для каждого вида данных, с началом и сроком.
retention-title = Сроки хранения
retention-intro = Для каждого вида персональных данных есть одно правило: срок начинается с события; когда он истёк, данные удаляются или обезличиваются. Событие задано для каждого вида данных, срок устанавливаете вы. Каждое изменение записывается в журнал.
retention-not-legal-advice = Сроки, которые поставляются с Lotse, — это примеры, а не юридическая консультация. Установите их по концепции удаления данных вашего муниципалитета.
retention-col-kind = Вид данных
retention-col-start = Срок начинается, когда
retention-col-period = Срок
retention-col-changed = Последнее изменение
retention-default = Значение Lotse по умолчанию
retention-col-run = Последнее применение
retention-run = { $date }; удалено: { $deleted }
retention-run-none = Ещё не применялось
retention-schedule = Lotse применяет правила раз в день и фиксирует каждый запуск: какое правило, сколько записей, когда. Эта запись не содержит персональных данных.
hold-title = Ограничение обработки
hold-in-force = Данные этого человека ограничены до { $until } включительно.
hold-effect = Пока действует ограничение, Lotse ничего из них не удаляет по срокам хранения и ничем не делится с партнёрами или волонтёрами (ст. 18 GDPR, § 84 SGB X).
hold-placed = Кто ограничил
hold-end = Снять ограничение
hold-place = Ограничить данные (вместо удаления)
hold-hint = При текущем производстве, если оспаривается их точность или по просьбе человека. Ограничение заканчивается само после последнего дня.
hold-place-submit = Ограничить
field-hold-reason = Причина
field-hold-until = Последний день
field-hold-note = Заметка (например, номер дела)
hold-badge = Ограничено до { $until }
hold-marker = Ограничено
hold-reason-ongoing-procedure = Текущее производство
hold-reason-disputed-accuracy = Точность оспаривается
hold-reason-client-request = По просьбе человека
error-hold-until-past = Последний день не может быть в прошлом.
error-hold-until-far = Не более пяти лет; после этого ограничение можно установить снова.
error-hold-exists = Для этого человека уже действует ограничение. Снимите его, чтобы установить новое.
error-client-held = Данные этого человека ограничены: пока это действует, ничего не передаётся.
nav-holds = Ограничения
nav-holds-hint = Данные людей, которые не удаляются и никому не передаются: с причиной и последним днём.
holds-title = Ограничения обработки
holds-intro = Все ограничения, действующие сегодня для людей вашей организации. Кейс-менеджеры устанавливают их в данных человека; здесь вы снимаете ограничение или устанавливаете его для человека, которого знаете по номеру.
holds-none = Сейчас не действует ни одного ограничения.
holds-col-client = Номер человека
holds-col-end = Снять
field-client-number = Номер человека (из журнала или заявления)
error-client-number = В вашей организации нет человека с этим номером.
retention-changed = { $date }, изменил(а): { $name }; раньше: { $before }
retention-changed-by-unknown = удалённая учётная запись
field-retention-period = Срок
field-retention-unit = Единица
retention-unit-days = дни
retention-unit-months = месяцы
retention-unit-years = годы
retention-period-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дня
        [many] { $count } дней
       *[other] { $count } дня
    }
retention-period-months =
    { $count ->
        [one] { $count } месяц
        [few] { $count } месяца
        [many] { $count } месяцев
       *[other] { $count } месяца
    }
retention-period-years =
    { $count ->
        [one] { $count } год
        [few] { $count } года
        [many] { $count } лет
       *[other] { $count } года
    }
error-retention-period = Введите целое число больше нуля, не больше 100 лет.
error-retention-unit = Выберите дни, месяцы или годы.
retention-kind-client-record = Основные данные человека (имя, дата рождения, язык)
retention-kind-contact = Контактные данные и адрес
retention-kind-household = Члены домохозяйства
retention-kind-residence = Вид на жительство и пособия
retention-kind-health-notes = Заметки о здоровье
retention-kind-youth-welfare-notes = Заметки о помощи молодёжи
retention-kind-private-notes = Личные рабочие заметки
retention-kind-case = Дело и фазы
retention-kind-assessment = Оценка ситуации
retention-kind-plan = Версии плана и история шагов
retention-kind-appointments = Встречи
retention-kind-consents = Согласия
retention-kind-referrals = Направления и сообщения к ним
retention-kind-volunteer-tasks = Задания и отчёты волонтёров
retention-kind-portal-access = Доступ к порталу и сеансы портала
retention-kind-correction-requests = Просьбы об исправлении из портала
retention-kind-structural-issue-links = Связи структурных проблем с делами
retention-kind-staff-sessions = Сеансы и попытки входа сотрудников
retention-kind-audit-log = Журнал доступа к данным
retention-start-case-closed = последнее дело человека закрыто
retention-start-consent-ended = согласие отозвано или истекло
retention-start-referral-closed = направление завершено, отклонено или отозвано
retention-start-task-finished = задание выполнено или отменено
retention-start-portal-access-ended = доступ к порталу прекращён или заблокирован
retention-start-request-answered = на просьбу дан ответ
retention-start-session-ended = сеанс заканчивается (выход или истечение) или была попытка входа
retention-start-entry-written = запись сделана

# Handing over a caseload (administrators)
handover-title = Передать дела
handover-link = Передать дела
handover-counts = Открытые дела: { $open } · Закрытые дела: { $closed }
handover-none = Этот человек не отвечает ни за одно дело.
handover-cases = Дела этого человека
handover-cases-hint = Отмеченные дела перейдут к коллеге, которого вы выберете ниже. Чтобы распределить дела между несколькими коллегами, передавайте их по очереди.
handover-col-hand-over = Передать
handover-col-case = Номер дела
handover-col-opened = Открыто
handover-col-updated = Последнее изменение
handover-case-label = Передать дело { $case }
handover-to = Кому передать
handover-colleague = { $name } (открытые дела: { $open })
handover-no-colleague = В этой организации нет другого активного кейс-менеджера. Сначала создайте учётную запись.
handover-submit = Передать отмеченные дела
handover-done = Передано. Количество дел: { $number }
handover-deactivate-later = Учётную запись можно будет отключить, когда не останется открытых дел.
handover-deactivate-now = Этот человек больше не отвечает ни за одно открытое дело. Теперь учётную запись можно отключить.
handover-deactivated = Учётная запись отключена.
error-deactivate-open-cases = Этот человек ещё отвечает за открытые дела. Сначала передайте дела («Передать дела»).
error-handover-colleague = Выберите активного кейс-менеджера той же организации.
error-handover-no-case = Отметьте хотя бы одно дело.
error-handover-changed = Некоторые из этих дел тем временем изменились. Обновите страницу и попробуйте ещё раз.
audit-action-handover = Передано
audit-action-erase = Удалено (заявление об удалении)
audit-action-refuse = Отклонено
erasure-title = Удаление данных
erasure-requested-portal = Человек { $date } подал в портале заявление об удалении своих данных.
erasure-recorded-by = Заявление человека об удалении; внёс(ла) { $name }, { $date }.
erasure-refused-on = { $date } отклонил(а) { $name }:
erasure-erased-on = { $date } данные удалил(а) { $name }.
erasure-record = Внести заявление об удалении
erasure-record-hint = Человек лично или письменно потребовал удалить свои данные. Заявление также появится у уполномоченного по защите данных.
erasure-record-submit = Внести заявление
erasure-erase-warning = Удаление стирает данные человека, его дела, планы, согласия, направления, задачи и доступ к порталу. Это нельзя отменить. Журнал сохраняется, но без указания человека; показатели программы остаются анонимными.
erasure-confirm = Я проверил(а): никакая обязанность хранения не препятствует удалению.
erasure-erase = Удалить все данные сейчас
erasure-refuse = Отклонить заявление
field-erasure-refusal = Причина отказа (человек прочтёт её в портале)
erasure-done = Данные человека удалены.
erasure-requests-title = Заявления об удалении
erasure-requests-intro = Заявления людей вашей организации об удалении их данных: из портала или внесённые кейс-менеджерами. Решение принимаете вы здесь или кейс-менеджер в данных человека.
erasure-requests-none = Сейчас нет открытых заявлений об удалении.
erasure-requests-decided = Недавно рассмотренные
erasure-client-number = Человек № { $number }
erasure-client-erased = Человек, чьи данные удалены
nav-erasure-requests = Заявления об удалении
nav-erasure-requests-hint = Заявления об удалении (ст. 17 GDPR): удалить или отклонить с указанием причины.
follow-up-portal-erasure = В портале подано заявление об удалении данных
error-erasure-confirm = Пожалуйста, отметьте галочкой, что никакая обязанность хранения этому не препятствует.
error-erasure-held = Для этого человека действует ограничение обработки. Сначала снимите его или отклоните заявление.
error-erasure-decided = По этому заявлению уже принято решение.
portal-erasure-title = Удалить мои данные
portal-erasure-intro = Вы можете подать заявление, чтобы все Ваши данные были удалены. Решение принимают Ваш кейс-менеджер и уполномоченный по защите данных. Когда Ваши данные будут удалены, Вашего плана больше не будет, и Вы больше не сможете здесь войти.
portal-erasure-ask = Подать заявление об удалении
portal-erasure-sent = Ваше заявление отправлено.
portal-erasure-open = Вы подали заявление об удалении { $date }. Решение ещё не принято.
portal-erasure-refused = Ваше заявление об удалении отклонено { $date }. Причина:
portal-erasure-refusal-still-needed = Ваши данные ещё нужны для Вашего текущего дела.
portal-erasure-refusal-legal-duty = По закону мы обязаны хранить эти данные ещё некоторое время.
portal-erasure-refusal-legal-claims = Данные нужны для юридического разбирательства.

## Merging two records of one person
merge-section-title = Человек зарегистрирован дважды?
merge-section-hint = Если один и тот же человек был зарегистрирован дважды, например в разных написаниях, объедините две карточки.
merge-find = Найти дублирующую карточку и объединить
merge-merged-from = Карточка № { $number } ({ $name }) объединена с этой карточкой { $date }; объединил(а) { $by }.
merge-taken = Взято из неё: { $parts }.
merge-part-name = Имя
merge-part-latin = Имя латиницей
merge-part-birth = Дата рождения
merge-part-language = Предпочитаемый язык
merge-part-interpreter = Устный перевод
merge-part-phone = Телефон
merge-part-email = Электронная почта
merge-part-address = Адрес и район города
merge-part-residence = Пребывание и выплаты
merge-title = Объединить карточки
merge-back = Назад к карточке
merge-intro = Эти карточки могут относиться к одному и тому же человеку. Выберите одну для сравнения или найдите другое имя.
merge-search-label = Имя
merge-search = Найти
merge-none-found = Другой карточки с этим именем не найдено.
merge-candidates = Возможные дублирующие карточки
merge-col-number = №
merge-compare = Сравнить
merge-count-cases = Дела
merge-count-household = Домохозяйство
merge-count-consents = Согласия
merge-count-referrals = Направления
merge-side-portal = Доступ к порталу
merge-record = Карточка № { $number }
merge-compare-intro = Выберите, какая карточка остаётся и какое значение действует для каждого пункта. Всё, что связано с другой карточкой, переходит к остающейся карточке.
merge-keep = Эта карточка остаётся
merge-parts-hint = Какое значение действует?
merge-parts-same = Сведения, одинаковые в обеих карточках, не показаны.
merge-warning = Другая карточка удаляется. Её дела с планами, домохозяйство, заметки, согласия, направления, задачи и записи журнала переходят к остающейся карточке. Её доступ к порталу прекращается; при необходимости человек получает новое письмо с доступом. Это нельзя отменить.
merge-submit = Объединить карточки
merge-done = Карточки объединены.
error-merge-same = Карточку нельзя объединить с ней самой.
error-merge-changed = Одна из двух карточек тем временем была изменена. Пожалуйста, сравните их ещё раз.
error-merge-held = Для одной из двух карточек действует ограничение обработки. Сначала снимите его.
audit-action-merge = Объединено

## Sign-in security: second factor, sessions (issue 18)
account-password-title = Пароль
second-factor-title = Второй фактор
second-factor-app-since = Вы входите в систему с паролем и приложением-аутентификатором (настроено { $date }).
second-factor-none = Вы входите в систему только с паролем. Второй фактор защищает вашу учётную запись, если кто-то узнает ваш пароль.
second-factor-required-here = Ваша организация требует второй фактор.
second-factor-begin = Настроить приложение-аутентификатор
second-factor-new-phone = Настроить приложение-аутентификатор на новом телефоне
second-factor-scan = Отсканируйте этот QR-код приложением-аутентификатором.
second-factor-qr-label = QR-код для приложения-аутентификатора
second-factor-type-secret = Или введите этот ключ в приложении:
second-factor-app-code = Шестизначный код из приложения
second-factor-confirm = Подтвердить
second-factor-cancel = Отменить настройку
second-factor-app-set-up = Приложение-аутентификатор настроено. Теперь создайте коды восстановления на случай, если у вас не будет под рукой телефона.
second-factor-app-removed = Второй фактор удалён.
second-factor-remove = Удалить второй фактор
second-factor-remove-hint = После этого вы будете входить только с паролем. Подтвердите текущим паролем.
recovery-codes-title = Коды восстановления
recovery-codes-left = { $count ->
    [0] У вас нет неиспользованных кодов восстановления.
    [one] У вас остался { $count } неиспользованный код восстановления.
    [few] У вас осталось { $count } неиспользованных кода восстановления.
    [many] У вас осталось { $count } неиспользованных кодов восстановления.
   *[other] У вас осталось { $count } неиспользованного кода восстановления.
}
recovery-codes-hint = С кодом восстановления можно войти, если у вас нет под рукой телефона. Каждый код действует один раз.
recovery-codes-create = Создать новые коды восстановления
recovery-codes-once = Запишите или распечатайте эти коды сейчас и храните их в надёжном месте. Они показываются только этот один раз. Прежние коды больше не действуют.
sessions-title = Ваши сеансы
sessions-intro = Здесь видно, где вы вошли в систему. Завершите сеансы, которые вам незнакомы, а затем смените пароль.
sessions-browser-unknown = Неизвестный браузер
sessions-browser-on = { $browser } на { $system }
sessions-details = Вход: { $started } · Последняя активность: { $seen }
sessions-this-one = Этот сеанс
sessions-end = Завершить сеанс
sessions-end-others = Завершить все другие сеансы
sessions-ended-one = Сеанс завершён.
sessions-ended-others = Все другие сеансы завершены.
sign-in-method-password = Вход с паролем
sign-in-method-password-and-app = Вход с паролем и приложением-аутентификатором
sign-in-method-password-and-recovery-code = Вход с паролем и кодом восстановления
second-factor-sign-in-title = Подтверждение входа
second-factor-sign-in-intro = Введите код, который сейчас показывает ваше приложение-аутентификатор.
second-factor-code = Код
second-factor-code-hint = Нет телефона под рукой: введите один из ваших кодов восстановления.
second-factor-set-up-title = Настройка второго фактора
second-factor-set-up-intro = Ваша организация требует второй фактор при входе. Настройте приложение-аутентификатор, например на служебном телефоне. После этого можно будет продолжить.
error-second-factor-not-started = Сначала начните настройку приложения-аутентификатора.
error-second-factor-code-wrong = Код неверен. Введите код, который сейчас показывает приложение.
error-second-factor-not-set-up = Сначала настройте приложение-аутентификатор.
error-second-factor-required-by-organisation = Ваша организация требует второй фактор. Удалить его нельзя.
nav-second-factors = Второй фактор
nav-second-factors-hint = Видеть, кто входит со вторым фактором; требовать его для организации; сбрасывать его.
second-factors-title = Второй фактор при входе
second-factors-intro = По каждой организации: требует ли она второй фактор и кто его настроил. У кого его нет, тот настроит его при следующем входе, как только этого потребует его организация.
second-factors-required = Второй фактор обязателен
second-factors-optional = Второй фактор необязателен
second-factors-require = Требовать
second-factors-waive = Больше не требовать
second-factors-without = { $count ->
    [0] У всех активных учётных записей есть второй фактор.
    [one] { $count } активная учётная запись не имеет второго фактора.
    [few] { $count } активные учётные записи не имеют второго фактора.
    [many] { $count } активных учётных записей не имеют второго фактора.
   *[other] { $count } активной учётной записи не имеют второго фактора.
}
second-factors-app = Приложение-аутентификатор
second-factors-recovery-codes = Коды восстановления
second-factors-actions = Действия
second-factors-yes = Настроено
second-factors-none = Нет
second-factors-reset = Сбросить
second-factors-reset-for = Сбросить второй фактор для { $name }
second-factors-reset-done = Второй фактор сброшен. Сеансы этой учётной записи завершены.
audit-action-set-up-second-factor = Второй фактор настроен
audit-action-remove-second-factor = Второй фактор удалён
audit-action-new-recovery-codes = Новые коды восстановления
audit-action-reset-second-factor = Второй фактор сброшен
audit-action-require-second-factor = Второй фактор стал обязательным
audit-action-waive-second-factor = Второй фактор больше не обязателен

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = Вход через сервис аутентификации организации
error-sign-in-through-provider = В вашей организации вход выполняется через её сервис аутентификации. Пожалуйста, выберите свою организацию ниже.
error-provider-issuer = Пожалуйста, укажите адрес сервиса аутентификации, начиная с https://.
error-provider-unreachable = По этому адресу не отвечает ни один сервис аутентификации OpenID Connect. Пожалуйста, проверьте адрес.
sign-in-provider-title = Войти с учётной записью вашей организации
sign-in-provider-link = Войти через { $organisation }
sign-in-provider-not-configured = Для этой организации вход через сервис аутентификации не настроен.
sign-in-provider-unreachable = Сервис аутентификации сейчас недоступен. Пожалуйста, повторите попытку позже.
sign-in-provider-cancelled = Вход в сервисе аутентификации был отменён.
sign-in-provider-failed = Не удалось проверить вход. Пожалуйста, начните заново.
sign-in-provider-no-account = Для вас нет учётной записи в Lotse. Пожалуйста, обратитесь к администраторам.
sign-in-provider-unverified = Сервис аутентификации не подтверждает ваш адрес электронной почты. Пожалуйста, обратитесь к администраторам.
sign-in-provider-deactivated = Ваша учётная запись отключена. Пожалуйста, обратитесь к администраторам.
sign-in-provider-signed-out = Вы вышли из Lotse. В сервисе аутентификации { $organisation } вы, возможно, всё ещё остаётесь в системе.
sign-in-provider-sign-out = Выйти также из сервиса аутентификации
nav-sign-in-providers = Сервисы аутентификации
nav-sign-in-providers-hint = Настроить вход через сервис аутентификации организации (единый вход).
providers-title = Сервисы аутентификации (единый вход)
providers-intro = По каждой организации: входят ли её сотрудники через сервис аутентификации OpenID Connect, например городской? Учётные записи вы по-прежнему создаёте сами. При первом входе учётная запись связывается по подтверждённому адресу электронной почты. Администраторы по-прежнему входят с паролем.
providers-return-address = Адрес возврата для регистрации в сервисе аутентификации:
providers-saved = Сервис аутентификации сохранён.
providers-removed = Сервис аутентификации удалён. Сотрудники снова входят с паролем.
providers-none = Нет сервиса аутентификации: вход с паролем.
providers-disabled = Сервис аутентификации настроен, но выключен: вход с паролем.
providers-in-use = { $count ->
    [one] Вход через сервис аутентификации. Связана { $count } учётная запись.
    [few] Вход через сервис аутентификации. Связаны { $count } учётные записи.
    [many] Вход через сервис аутентификации. Связано { $count } учётных записей.
   *[other] Вход через сервис аутентификации. Связано { $count } учётной записи.
}
providers-offers-sign-out = Сервис аутентификации предлагает выход; Lotse показывает его после выхода.
providers-issuer = Адрес (issuer)
providers-issuer-hint = Lotse считывает там /.well-known/openid-configuration.
providers-client-id = Client ID
providers-client-secret = Секрет клиента
providers-client-secret-hint = Выдаётся сервисом аутентификации.
providers-client-secret-keep = Оставьте пустым, чтобы сохранить прежний секрет.
providers-subject-claim = Признак, обозначающий человека (claim)
providers-subject-claim-hint = Обычно «sub». Меняйте, только если так скажет ИТ-отдел города.
providers-enabled = Включить вход через этот сервис
providers-save = Сохранить
providers-remove = Удалить сервис аутентификации
audit-action-configure-sign-in-provider = Сервис аутентификации настроен
audit-action-remove-sign-in-provider = Сервис аутентификации удалён
providers-settings = Настроить или изменить сервис аутентификации
account-through-provider = Вы входите через сервис аутентификации вашей организации. Паролем и вторым фактором управляет там ваша организация.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = Ключи доступа
passkeys-intro = Ключ доступа подтверждает ваш вход с этого устройства: отпечатком пальца, лицом, PIN-кодом устройства или ключом безопасности. Он заменяет код из приложения.
passkeys-none = У вас ещё нет ключа доступа.
passkey-details = Добавлен { $added }. Последнее использование: { $used }
passkey-never-used = никогда
passkey-remove = Удалить
passkey-remove-named = Удалить ключ доступа { $name }
passkey-name = Название ключа доступа
passkey-name-hint = Чтобы вы могли его узнать, например «Ноутбук в офисе» или «Ключ безопасности».
passkey-add = Добавить ключ доступа
passkey-waiting = Ваше устройство сейчас запрашивает ключ доступа.
passkey-sign-in = Войти с ключом доступа
passkey-sign-in-intro = Подтвердите вход с помощью вашего ключа доступа.
passkey-or-code = Или введите код:
passkey-set-up-intro = Или добавьте ключ доступа, если на этом устройстве есть сканер отпечатков пальцев, распознавание лица или ключ безопасности:
passkey-unsupported = Этот браузер не поддерживает ключи доступа. Используйте современный браузер или приложение-аутентификатор.
passkey-cancelled = Ключ доступа не был использован (отменено или время истекло). Попробуйте ещё раз.
passkey-known = На этом устройстве уже есть ключ доступа для вашей учётной записи.
passkey-elsewhere = Ключи доступа работают только по адресу { $address }.
passkey-elsewhere-link = Открыть Lotse по этому адресу
passkey-added = Ключ доступа добавлен. Создайте коды восстановления, если у вас их ещё нет.
passkey-removed = Ключ доступа удалён.
error-passkey-failed = Не удалось подтвердить ключ доступа. Попробуйте ещё раз.
error-passkey-expired = Срок действия запроса истёк. Попробуйте ещё раз.
error-passkey-none = Для вашей учётной записи нет ключа доступа.
error-passkey-name-required = Дайте ключу доступа название.
error-passkey-name-too-long = Название может содержать не более 60 символов.
sign-in-method-password-and-passkey = Вход с паролем и ключом доступа
second-factors-passkeys = Ключи доступа
audit-action-add-passkey = Ключ доступа добавлен
audit-action-remove-passkey = Ключ доступа удалён
second-factor-remove-app = Удалить приложение-аутентификатор
second-factor-remove-app-hint = Ваши ключи доступа и коды восстановления сохраняются; с их помощью вы и дальше подтверждаете вход. Подтвердите текущим паролем.
second-factor-app-only-removed = Приложение-аутентификатор удалено. Ваши ключи доступа сохраняются.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = Исходящая почта
nav-outbox-hint = Какие письма написал Lotse, какие отправлены, а какие нет.
outbox-title = Исходящая почта
outbox-intro = Каждое письмо, которое пишет Lotse, сначала появляется здесь. Письма не содержат данных клиенток и клиентов, только ссылку на Lotse.
outbox-smtp-configured = Почтовый сервер настроен: ожидающие письма отправляются в течение нескольких секунд. Если попытка не удалась, Lotse повторит её позже.
outbox-no-smtp = Почтовый сервер не настроен (LOTSE_SMTP_URL): письма не отправляются. Они остаются здесь, и их можно прочитать.
outbox-counts = Ожидают: { $waiting } · Отправлено: { $sent } · Не удалось: { $failed }
outbox-empty = Писем пока нет.
outbox-to = Кому
outbox-written = Написано
outbox-state = Состояние
outbox-state-waiting = Ожидает отправки
outbox-state-sent = Отправлено { $time }
outbox-state-failed = Не удалось; попыток: { $attempts }
outbox-state-retrying = Неудачных попыток: { $attempts }; следующая попытка { $time }
outbox-last-error = Ответ почтового сервера
outbox-read = Прочитать письмо
mail-settings-title = Уведомления по электронной почте
mail-settings-intro = Lotse пишет Вам на { $email }, когда что-то касается Вас. Письма не содержат данных клиенток и клиентов, только ссылку. Выберите для каждого вида: сразу, собранными раз в день или никогда.
mail-settings-language = Язык писем
mail-settings-save = Сохранить настройки
mail-settings-saved = Настройки электронной почты сохранены.
notify-kind-new-referral = Новое направление в Вашу организацию
notify-kind-referral-overdue = Направление с истёкшим сроком ответа
notify-kind-correction-requested = Клиентка / клиент просит об исправлении
notify-kind-consent-revoked = Клиентка / клиент отозвал согласие
notify-kind-volunteer-problem = Волонтёрка / волонтёр сообщает о проблеме
delivery-now = Сразу
delivery-daily = Ежедневная сводка
delivery-never = Никогда
mail-new-referral-subject = Новое направление в { $organisation }
mail-new-referral-body = В Lotse поступило новое направление для { $organisation }. Пожалуйста, ответьте до окончания срока ответа:
    { $link }
mail-referral-overdue-subject = Направление ждёт ответа дольше установленного срока
mail-referral-overdue-body = Срок ответа на направление истёк, а ответа ещё нет:
    { $link }
mail-correction-requested-subject = Просьба об исправлении
mail-correction-requested-body = Клиентка или клиент из одного из Ваших дел просит в портале об исправлении. Просьбу Вы найдёте в Lotse:
    { $link }
mail-consent-revoked-subject = Согласие отозвано
mail-consent-revoked-body = Клиентка или клиент из одного из Ваших дел отозвал в портале согласие. Подробнее в Lotse:
    { $link }
mail-volunteer-problem-subject = Волонтёрка или волонтёр сообщает о проблеме
mail-volunteer-problem-body = По задаче в одном из Ваших дел сообщили о проблеме. Подробнее в Lotse:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [one] { $count } новость
        [few] { $count } новости
        [many] { $count } новостей
       *[other] { $count } новости
    }
mail-digest-intro = { $count ->
        [one] С момента последней сводки для Вас есть { $count } новость:
        [few] С момента последней сводки для Вас есть { $count } новости:
        [many] С момента последней сводки для Вас есть { $count } новостей:
       *[other] С момента последней сводки для Вас есть { $count } новости:
    }
mail-footer = Это письмо не содержит данных клиенток и клиентов. Какие письма Вы получаете, Вы настраиваете в разделе «Моя учётная запись»: { $settings }

external-title = Направление в Вашу организацию
external-tagline = Направления для партнёров
external-gone = По этой ссылке (больше) ничего нет: срок её действия истёк или она отозвана, либо направление закрыто. Пожалуйста, обратитесь к человеку, который отправил Вам направление.
external-for = Для: { $organisation }
external-code-intro = Для защиты данных эта ссылка ничего не показывает, пока Вы не введёте одноразовый код. Мы отправим его на Ваш адрес вторым письмом.
external-send-code = Отправить код по электронной почте
external-send-code-again = Отправить новый код
external-code-sent = Код уже в пути. Он действует 15 минут.
external-code = Одноразовый код из письма
external-open = Открыть направление
external-referral-title = Направление
external-audited = Каждое открытие этой страницы записывается. Человек, которого направили, может видеть, когда Ваша организация просматривала его данные.
external-link-title = Ссылка для партнёрской организации
external-link-explained = У этой организации нет учётной записи в Lotse. Её контактное лицо получило ссылку по электронной почте и открывает её с помощью одноразового кода.
external-contact = Контактное лицо
external-link-state = Ссылка
external-link-active = действует
external-link-expired = истекла
external-link-withdrawn = отозвана
external-link-until = Действует до
external-link-last-viewed = Последнее открытие
external-link-never-viewed = ни разу
external-link-renew = Продлить на 14 дней
external-link-withdraw = Отозвать ссылку
external-link-renewed = Ссылка снова действует 14 дней.
external-link-withdrawn-done = Ссылка отозвана. С этого момента она ничего не показывает.
organisations-external-contact = Контактное лицо (без учётной записи)
organisations-has-accounts = с учётными записями в Lotse
organisations-external-new = Создать партнёрскую организацию без учётных записей
organisations-external-explained = Для партнёров, которые не работают в Lotse (например, профессиональных палат или небольших объединений): направления приходят контактному лицу в виде ссылки по электронной почте.
organisations-contact-name = Имя контактного лица
organisations-contact-email = Адрес электронной почты контактного лица
organisations-contact-language = Язык писем
organisations-external-create = Создать партнёрскую организацию
organisations-external-created = Партнёрская организация создана.
error-external-no-contact = У этой организации нет контактного лица для направлений.
error-external-link-gone = Эта ссылка больше ничего не показывает. Пожалуйста, обратитесь к человеку, который отправил Вам направление.
error-external-code-again = Ваш сеанс истёк. Пожалуйста, запросите новый код и введите его.
error-external-code-limit = За последний час было отправлено слишком много кодов. Пожалуйста, попробуйте позже.
error-external-code-expired = Этот код больше не действует. Пожалуйста, запросите новый.
error-external-code-wrong = Код неверен. Пожалуйста, проверьте его.
error-external-no-link = У этого направления нет действующей ссылки.
mail-external-referral-subject = Новое направление от { $sender }
mail-external-referral-body = Ваша организация получила от { $sender } направление в рамках муниципального управления интеграцией. В целях защиты данных в этом письме нет сведений о человеке. Направление находится здесь:
    { $link }
    При открытии мы попросим Вас ввести одноразовый код, который пришлём Вам вторым письмом. Ссылка действует до { $expires }.
mail-external-code-subject = Ваш одноразовый код для Lotse
mail-external-code-body = Ваш одноразовый код: { $code }
    Он действует 15 минут. Если Вы не запрашивали код, можете удалить это письмо.
portal-reminders-title = Напоминание по электронной почте
portal-reminders-explained = За день до встречи мы присылаем Вам письмо с датой и временем. Больше в нём ничего нет. Подробности Вы видите здесь, в портале.
portal-reminders-to = Кому: { $email }
portal-reminders-no-email = Для Вас не сохранён адрес электронной почты. Ваш кейс-менеджер может его внести.
portal-reminders-on = Да, напоминайте мне
portal-reminders-off = Больше не напоминать
portal-reminders-are-on = Вы получаете напоминания по электронной почте.
portal-reminders-are-off = Вы не получаете напоминаний по электронной почте.
mail-appointment-reminder-subject = Напоминание: завтра у Вас встреча
mail-appointment-reminder-body = Завтра, { $date }, в { $time } у Вас встреча. Подробности Вы найдёте в портале:
    { $link }
mail-appointment-reminder-body-day = Завтра, { $date }, у Вас встреча. Подробности Вы найдёте в портале:
    { $link }
mail-appointment-reminder-footer = Вы получаете это напоминание, потому что включили его в портале. Там же Вы можете снова его выключить.
