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
start-more-soon = Другие разделы появятся в следующих версиях.

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
error-throttled = Слишком много неудачных попыток входа. Пожалуйста, повторите попытку через { $minutes } мин.
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
field-interpreter-language = Язык устного перевода (ISO-639-3-Code)
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
language-picker-hint = Введите немецкое название, самоназвание языка или ISO-639-3-Code.
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
service-health-card = Медицинская карта (Gesundheitskarte)
service-treatment-voucher = Направление на лечение (Behandlungsschein)
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
insurance-health-card = Медицинская карта (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = Направления на лечение (Behandlungsscheine)
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
