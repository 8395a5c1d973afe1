# Lotse – тексти українською мовою (переклад з німецької; усі мови мають однакові ключі).

app-tagline = Муніципальне управління інтеграцією
skip-to-content = Перейти до вмісту
language-label = Мова
demo-marker = Демо – без реальних даних
nav-label = Головна навігація
nav-start = Головна
nav-organisations = Організації
nav-users = Облікові записи
nav-account = Мій обліковий запис
sign-out = Вийти
signed-out-notice = Ви не увійшли в систему.
sign-in-link = До входу

## Вхід
sign-in-title = Вхід
sign-in-submit = Увійти
field-email = Адреса електронної пошти
field-password = Пароль
demo-accounts-title = Демо-доступи
demo-accounts-password = Пароль для всіх демо-доступів:

## Головна сторінка
start-title = Головна
start-greeting = Добрий день, { $name }!
start-intro-administrator = Ви керуєте організаціями, обліковими записами та ролями.
start-intro-case-manager = Ви супроводжуєте своїх клієнток і клієнтів у кейс-менеджменті – від першої розмови до плану інтеграції.
start-intro-coordinator = Ви бачите анонімізовані показники та супроводжуєте робочі групи.
start-intro-partner-staff = Ви бачите направлення до Вашої організації і лише ті дані, на передання яких клієнтка чи клієнт дали згоду.
start-intro-volunteer = Ви бачите завдання, доручені Вам.
start-intro-data-protection-officer = Ви перевіряєте, хто, коли і до яких даних мав доступ.
start-more-soon = Інші розділи з’являться в наступних версіях.

## Ролі
role-administrator = Адміністрування
role-case-manager = Кейс-менеджмент
role-coordinator = Координація
role-partner-staff = Партнерська організація
role-volunteer = Волонтерство
role-data-protection-officer = Захист даних

## Типи організацій
org-type-city-office = Міське відомство
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = Агентство зайнятості
org-type-chamber = Палата (IHK/HWK)
org-type-welfare-organisation = Благодійна організація
org-type-course-provider = Організатор курсів
org-type-volunteer-network = Волонтерська мережа
org-type-health-service = Служба охорони здоров’я

## Організації
organisations-title = Організації
organisations-new = Нова організація
organisations-create = Створити організацію
field-organisation-name = Назва
field-organisation-type = Тип організації
choose-option = Будь ласка, оберіть

## Облікові записи
users-title = Облікові записи
users-new = Новий обліковий запис
users-create = Створити обліковий запис
users-created = Обліковий запис створено.
users-last-sign-in = Останній вхід
users-never = ніколи
users-status = Статус
users-active = активний
users-inactive = деактивовано
users-activate = Активувати
users-deactivate = Деактивувати
field-display-name = Ім’я
field-organisation = Організація
field-role = Роль
field-initial-password = Початковий пароль
pager-label = Сторінки
pager-previous = Попередня сторінка
pager-next = Наступна сторінка

## Мій обліковий запис
account-title = Мій обліковий запис
account-change-password = Змінити пароль
account-password-changed = Ваш пароль змінено. Інші сеанси завершено.
field-current-password = Поточний пароль
field-new-password = Новий пароль
field-confirm-password = Повторіть новий пароль
password-rule = Щонайменше 10 символів.

## Сторінку не знайдено
not-found-title = Сторінку не знайдено
not-found-home = На головну сторінку

## Повідомлення про помилки
error-unauthenticated = Будь ласка, увійдіть у систему.
error-forbidden = У Вас немає на це дозволу.
error-invalid-credentials = Неправильна адреса електронної пошти або пароль.
error-throttled = Забагато невдалих спроб входу. Будь ласка, спробуйте ще раз через { $minutes } хв.
error-not-found = Запис не знайдено.
error-bad-request = Запит був некоректним. Будь ласка, перезавантажте сторінку.
error-internal = Сталася внутрішня помилка. Будь ласка, повідомте службі підтримки ідентифікатор { $request_id }.
error-required = Будь ласка, заповніть це поле.
error-too-long = Цей текст задовгий.
error-choose-option = Будь ласка, оберіть один із варіантів.
error-email-invalid = Будь ласка, введіть дійсну адресу електронної пошти.
error-email-taken = Для цієї адреси електронної пошти вже існує обліковий запис.
error-organisation-exists = Організація з такою назвою вже існує.
error-password-too-short = Пароль має містити щонайменше 10 символів.
error-passwords-differ = Паролі не збігаються.
error-current-password-wrong = Поточний пароль неправильний.
error-own-account = Тут не можна змінити власний обліковий запис.
error-name-required = Будь ласка, введіть принаймні одне ім’я.
error-date-part-invalid = Такої дати не існує.
error-day-without-month = День без місяця неможливий.
error-language-code = Будь ласка, виберіть мову зі списку.

## Клієнтки та клієнти
nav-clients = Клієнтки та клієнти
clients-title = Клієнтки та клієнти
clients-new = Нова клієнтка / новий клієнт
clients-search-label = Ім’я (будь-яке написання, будь-яка писемність)
clients-none-found = Нікого не знайдено.
clients-col-name = Ім’я
clients-col-latin = Написання в документах
clients-col-birth = Дата народження
clients-birth-unknown = невідомо
client-new-title = Нова клієнтка / новий клієнт
client-names = Імена
client-birth = Дата народження
client-birth-hint = Вкажіть те, що відомо; день або місяць можна не заповнювати.
client-language = Мова
client-contact = Контакти та адреса
client-create = Створити
client-created = Особу зареєстровано.
client-duplicates-title = Можливо, ці особи вже зареєстровані:
client-duplicates-confirm = Це інша особа – все одно створити
field-given-names = Ім’я (імена)
field-family-name = Прізвище
field-given-names-latin = Ім’я (імена) латиницею, як у документах
field-family-name-latin = Прізвище латиницею, як у документах
field-birth-day = День
field-birth-month = Місяць
field-birth-year = Рік
field-preferred-language = Бажана мова
field-interpreter-needed = Потрібен усний переклад
field-interpreter-language = Мова усного перекладу (ISO-639-3-Code)
field-phone = Телефон
field-street = Вулиця та номер будинку
field-postal-code = Поштовий індекс
field-city = Населений пункт

## Case management core (issue 3)

error-conflict = Тим часом хтось інший зберіг ці дані. Нічого не перезаписано, Ваші введені дані залишилися у формі. Зараз збережено:
error-number-invalid = Будь ласка, введіть коректне число.
error-date-invalid = Будь ласка, введіть коректну дату.
error-time-invalid = Будь ласка, введіть коректний час (ГГ:ХХ).
error-choose-from-list = Будь ласка, виберіть запис зі списку.
error-date-in-past = Дата в минулому.
error-date-in-future = Дата в майбутньому.
error-target-before-start = Цільова дата раніше за дату початку.
error-goal-empty = Будь ласка, опишіть ціль (словами клієнтки чи клієнта, простою мовою або за допомогою шаблону).
error-reason-required = Будь ласка, вкажіть причину.
error-result-required = Будь ласка, вкажіть результат.
error-organisation-required = Будь ласка, виберіть відповідальну організацію.
error-interpreter-language-required = Будь ласка, вкажіть мову усного перекладу.
error-review-before-agreement = Перевірка має бути після узгодження.
error-plan-empty = У плані ще немає жодної цілі.
error-plan-nothing-to-agree = Немає чернетки, яку можна було б узгодити.
error-phase-not-allowed = Такий перехід між етапами неможливий.
error-consent-missing = Ще немає згоди на кейс-менеджмент. Будь ласка, спочатку внесіть її.
error-entrusted-by-required = Будь ласка, вкажіть, хто довірив цю інформацію.

value-empty = (порожньо)
untranslated-marker = не перекладено
language-picker-hint = Введіть німецьку назву, власну назву мови або ISO-639-3-Code.
saved = Збережено.
save = Зберегти
add = Додати
remove = Видалити
yes = так
no = ні
nav-catalogues = Каталоги

client-title = Клієнтка / клієнт
client-personal = Особисті дані
client-edit = Змінити дані
client-cases = Справи
client-household = Домогосподарство
client-address = Адреса
client-open-record = Відкрити картку
case-link = Справа
case-open = Створити нову справу
household-add = Додати члена домогосподарства
field-member-name = Ім’я
field-relation = Зв’язок
compartment-residence = Перебування та виплати
compartment-residence-hint = Чутливий розділ: зберігається окремо і видимий лише там, де він потрібен.
field-residence-status = Статус перебування
field-valid-until = Дійсний до
field-benefit-regime = Отримувані виплати
compartment-health = Здоров’я
compartment-health-hint = Особлива категорія персональних даних: передається лише за явною згодою.
compartment-youth-welfare = Допомога дітям і молоді
compartment-youth-welfare-hint = Передається лише за згодою особи, яка довірила цю інформацію.
compartment-private = Мої особисті робочі нотатки
compartment-private-hint = Ці нотатки бачите лише Ви. Вони ніколи не передаються.
note-add = Додати нотатку
field-note = Нотатка
field-entrusted-by = Хто довірив

case-title = Справа
case-phase = Етап
case-owner = Відповідальна особа
case-sections = Розділи справи
case-history = Історія етапів
case-closed = Справу закрито:
case-consent-needed = Перед оцінкою ситуації потрібно внести згоду на кейс-менеджмент.
case-next-phase = Наступний етап
case-change-phase = Змінити етап
field-closure-reason = Причина закриття
consent-title = Згода на кейс-менеджмент
consent-recorded = Згоду надано
consent-record = Внести згоду
consent-save = Зберегти згоду
field-given-on = Дата надання
field-consent-method = Форма згоди
assessment-title = Оцінка ситуації
assessment-recorded = внесено
assessment-needs = Потреби
assessment-resources = Ресурси та можливості
assessment-client-goals = Власні цілі клієнтки чи клієнта
facts-title = Структуровані дані
field-language-level = Рівень німецької
field-literacy = Грамотність
field-schooling = Шкільна освіта
field-qualifications = Дипломи та кваліфікації
field-recognition-needed = Потрібне визнання іноземного диплома
field-work-experience = Досвід роботи
field-housing-situation = Житлова ситуація
field-health-insurance = Медичне страхування

plan-title = План інтеграції
plan-none = Плану ще немає.
plan-version = Версія { $number }
plan-version-agreed = Узгоджена версія { $number } від
plan-version-draft = Чернетка, версія { $number }
plan-print = Надрукувати план
plan-goals = Цілі
plan-no-goals = Цілей ще немає.
plan-steps = Кроки
plan-agree = Узгодити план
plan-agree-hint = План обговорюють і узгоджують із клієнткою чи клієнтом. Пізніші зміни починають нову версію.
plan-review-default = Якщо не вказано: через шість місяців після узгодження.
plan-versions = Версії
plan-agreed-on = узгоджено
plan-draft = Чернетка
plan-compare-from = Порівняти
plan-compare-to = з
plan-current = поточним станом
plan-compare = Порівняти
plan-no-changes = Змін немає.
plan-back = Назад до плану
goal-add = Додати ціль
goal-edit = Змінити ціль
goal-remove = Видалити ціль
goal-status-change = Змінити стан цілі
step-add = Додати крок
step-edit = Змінити крок
step-history = Історія
step-status-change = Змінити статус
field-domain = Сфера життя
field-goal-level = Рівень цілі
field-goal-template = Шаблон цілі
field-client-words = Власними словами
field-plain-wording = Простою мовою
field-success-criterion = Як ми зрозуміємо, що ціль досягнуто
field-start-date = Початок
field-target-date = Цільова дата
field-goal-status = Стан
field-status-reason = Причина
field-service-type = Послуга
field-step-detail = Подробиці
field-responsible = Хто відповідає
field-responsible-organisation = Відповідальна організація
field-due-date = Термін
field-step-status = Статус
field-status-note = Результат або причина
field-appeal-deadline = Строк оскарження до
field-agreed-on = Дата узгодження
field-agreed-how = Як узгоджено
field-review-due = Перевірка
appointments-title = Зустрічі
appointment-add = Додати зустріч
field-date = Дата
field-time = Час
field-place = Місце
field-with-organisation = В організації
field-linked-step = До кроку
field-appointment-note = Що взяти з собою або примітка
diff-added = додано
diff-removed = видалено
diff-changed = змінено
diff-goal = Ціль
diff-step = Крок

print-language = Мова друку
print-now = Друкувати
print-plan-title = Мій план інтеграції
print-agreed-on = Узгоджено
print-draft = Чернетка – ще не узгоджено
print-signature-client = Підпис клієнтки / клієнта
print-signature-case-manager = Підпис кейс-менеджерки / кейс-менеджера

dashboard-phases = Мої справи за етапами
dashboard-overdue = Прострочені кроки
dashboard-reviews = Перевірки в найближчі 14 днів
dashboard-waiting = Кроки, що чекають на партнерів
dashboard-appointments = Зустрічі в найближчі 7 днів
dashboard-recent = Нещодавно змінені справи
dashboard-none = Нічого робити не потрібно.

catalogues-title = Каталоги
catalogues-intro = Власні записи доповнюють вбудовані каталоги. Німецька мова обов’язкова; якщо якоїсь мови бракує, показується німецький текст із позначкою «не перекладено».
catalogues-none = Власних записів ще немає.
catalogues-col-catalogue = Каталог
catalogues-col-text = Текст
catalogues-col-locales = Мови
catalogues-add = Додати запис
catalogues-texts = Текст кожною мовою
catalogue-name-service = Послуги
catalogue-name-goal-template = Шаблони цілей
catalogue-name-closure = Причини закриття

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = Звернення
phase-intake = Перша розмова (Intake)
phase-assessment = Оцінка ситуації
phase-planning = Планування допомоги
phase-implementation = Виконання
phase-monitoring = Моніторинг і перевірка
phase-evaluation = Оцінка результатів
phase-closed = Закрито

domain-language = Мова
domain-education-work = Освіта і робота
domain-housing = Житло
domain-health = Здоров’я
domain-residence = Перебування
domain-benefits = Виплати і фінанси
domain-family = Сім’я і діти
domain-participation = Участь у суспільному житті

service-integration-course = Інтеграційний курс (Integrationskurs)
service-literacy-course = Інтеграційний курс із навчанням грамоти (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = Інтеграційний курс для молоді (Jugendintegrationskurs)
service-parents-integration-course = Інтеграційний курс для батьків і жінок (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = Інтенсивний курс (Intensivkurs)
service-second-script-course = Курс для тих, хто вчить латинську абетку (Zweitschriftlernerkurs)
service-dtz-exam = Тест з німецької для іммігрантів (Deutsch-Test für Zuwanderer, DTZ)
service-job-language-course = Курс професійної німецької (Berufssprachkurs)
service-course-fee-exemption = Звільнення від оплати курсу
service-potential-analysis = Аналіз потенціалу (Potenzialanalyse)
service-cooperation-plan = План співпраці (Kooperationsplan, Jobcenter)
service-placement-voucher = Ваучер на пошук роботи (Vermittlungsgutschein)
service-apprenticeship = Професійне навчання (Ausbildung)
service-entry-qualification = Підготовча практика перед професійним навчанням (Einstiegsqualifizierung, EQ)
service-wage-subsidy = Доплата роботодавцю до зарплати (Lohnkostenzuschuss)
service-coaching = Коучинг
service-recognition-counselling = Консультація щодо визнання дипломів (Anerkennungsberatung, IQ-Netzwerk)
service-recognition-application = Заява на визнання диплома (Antrag auf Anerkennung)
service-qualification-analysis = Аналіз кваліфікації (Qualifikationsanalyse)
service-adaptation-training = Адаптаційне навчання для визнання (Anpassungsqualifizierung)
service-zab-evaluation = Оцінка диплома (Zeugnisbewertung, ZAB)
service-housing-entitlement = Довідка про право на соціальне житло (Wohnberechtigungsschein, WBS)
service-residence-obligation-change = Зміна обов’язку проживати в певному місці (Wohnsitzauflage)
service-cost-approval = Оплата витрат на оренду житла (Mietkostenübernahme)
service-move-out-of-shelter = Переїзд із колективного житла
service-health-card = Медична картка (Gesundheitskarte)
service-treatment-voucher = Направлення на лікування (Behandlungsschein)
service-health-insurance-enrolment = Реєстрація в лікарняній касі (Krankenkasse)
service-psychosocial-centre = Психосоціальний центр (Psychosoziales Zentrum)
service-vaccination = Щеплення
service-permit-application = Заява на посвідку на проживання (Aufenthaltserlaubnis)
service-naturalisation = Набуття німецького громадянства (Einbürgerung)
service-benefit-application = Заява на виплати
service-debt-counselling = Консультація щодо боргів (Schuldnerberatung)
service-childcare-place = Місце в дитячому садку (Kita-Platz)
service-school-enrolment = Запис до школи (Schulanmeldung)
service-migration-counselling = Міграційна консультація для дорослих (Migrationsberatung, MBE)
service-youth-migration-service = Міграційна служба для молоді (Jugendmigrationsdienst, JMD)
service-interpreter = Усний переклад
service-document-translation = Переклад документів
service-volunteer-matching = Пошук волонтера для супроводу

goal-template-reach-b1 = Говорити німецькою на рівні B1
goal-template-complete-integration-course = Закінчити інтеграційний курс (Integrationskurs)
goal-template-learn-to-read = Навчитися читати й писати
goal-template-qualification-recognised = Отримати визнання професійного диплома
goal-template-find-work = Знайти роботу
goal-template-start-apprenticeship = Почати професійне навчання (Ausbildung)
goal-template-own-flat = Знайти власне житло
goal-template-leave-shelter = Виїхати з колективного житла
goal-template-health-insurance = Мати медичне страхування
goal-template-family-doctor = Мати сімейного лікаря
goal-template-secure-residence = Забезпечити право на перебування
goal-template-secure-income = Забезпечити дохід
goal-template-childcare = Знайти для дитини місце в дитячому садку
goal-template-school-place = Знайти для дитини місце в школі
goal-template-social-contacts = Знайти знайомих і дозвілля поруч

goal-level-long-term = Довгострокова ціль
goal-level-framework = Рамкова ціль
goal-level-action = Ціль дій

goal-status-open = відкрита
goal-status-in-progress = у роботі
goal-status-achieved = досягнута
goal-status-partly-achieved = частково досягнута
goal-status-not-achieved = не досягнута
goal-status-dropped = скасована

step-status-planned = заплановано
step-status-eligibility-requested = подано запит на право участі
step-status-eligible = право отримано
step-status-registered = зареєстровано
step-status-waitlisted = у списку очікування
step-status-started = розпочато
step-status-completed = завершено
step-status-interrupted = перервано
step-status-dropped = припинено
step-status-rejected = відхилено
step-status-not-needed = більше не потрібно

closure-goals-achieved = Цілей досягнуто
closure-standard-service = Передано до звичайної служби
closure-client-ended = Завершено клієнткою чи клієнтом
closure-moved-away = Переїзд в інше місце
closure-unreachable = Більше немає зв’язку
closure-consent-withdrawn = Згоду відкликано

consent-method-signature = з підписом
consent-method-electronic = підтверджено електронно
consent-method-oral-interpreter = усно з усним перекладом

responsible-client = Клієнтка / клієнт
responsible-case-manager = Кейс-менеджерка / кейс-менеджер
responsible-organisation = Партнерська організація
responsible-volunteer = Волонтерка / волонтер

language-level-a0 = A0 (немає знань)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = вміє читати й писати (латиниця)
literacy-other-script = вміє читати й писати іншою писемністю
literacy-not-literate = не вміє читати й писати

housing-shelter = Колективне житло (Gemeinschaftsunterkunft)
housing-shared-accommodation = спільна квартира або суборенда
housing-own-flat = власна квартира
housing-with-family = у родичів або знайомих
housing-homeless = без житла

insurance-statutory = державне (обов’язкове) страхування
insurance-health-card = Медична картка (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = Направлення на лікування (Behandlungsscheine)
insurance-private = приватне страхування
insurance-none = немає страхування

residence-asylum-procedure = Дозвіл на перебування на час процедури надання притулку (Aufenthaltsgestattung)
residence-tolerated = Тимчасове відтермінування депортації (Duldung)
residence-temporary-protection = Тимчасовий захист (§ 24 AufenthG)
residence-residence-permit = Посвідка на проживання (Aufenthaltserlaubnis)
residence-settlement-permit = Безстрокова посвідка на проживання (Niederlassungserlaubnis)
residence-eu-citizen = Громадянство ЄС
residence-german-citizen = німецьке громадянство
residence-other = інший статус

benefit-asylblg = Допомога для шукачів притулку (AsylbLG)
benefit-sgb2 = Базова допомога (Bürgergeld, SGB II)
benefit-sgb12 = Соціальна допомога (Sozialhilfe, SGB XII)
benefit-none = немає виплат

relation-spouse = Чоловік / дружина
relation-child = Дитина
relation-parent = Мати або батько
relation-sibling = Брат або сестра
relation-other = інший зв’язок
