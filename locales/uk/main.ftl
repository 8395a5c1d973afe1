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
users-role-change = Змінити роль
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
error-throttled = Забагато невдалих спроб входу. Будь ласка, спробуйте ще раз через { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.
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
clients-search-submit = Знайти
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
field-interpreter-language = Мова усного перекладу (код ISO 639-3)
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
language-picker-hint = Введіть німецьку назву, власну назву мови або код ISO 639-3.
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
dashboard-shown-of = Показано { $shown } з { $total }; усі вони є в планах справ.

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
service-health-card = Картка медичного страхування (Gesundheitskarte)
service-treatment-voucher = Талон на лікування (Behandlungsschein)
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
insurance-health-card = Картка медичного страхування (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = Талони на лікування (Behandlungsscheine)
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

## Partner network (issue 4)
nav-offers = Пропозиції
nav-inbox = Вхідні
nav-audit = Журнал
case-team = Відповідальні за справу
case-assign = Призначити
case-assign-colleague = Призначити колегу
case-unassign = Скасувати призначення
dashboard-overdue-referrals = Прострочені направлення
network-title = Мережа
network-referrals = Направлення
network-no-referrals = Направлень ще немає.
network-new-referral = Нове направлення
network-consents = Згоди на передання даних
network-no-consents = Згод на передання даних ще немає.
network-access-times = Доступ до мовних курсів
network-access-days = Час доступу: { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
network-waiting-days = Час очікування: { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
consent-record-share = Внести згоду
consent-health-separate = Для даних про здоров’я завжди потрібна окрема явна згода.
consent-print = Надрукувати форму
consent-revoke = Відкликати
consent-state-active = чинна
consent-state-inactive = нечинна
consent-state-revoked = відкликана
consent-form-title = Згода на передання даних
consent-form-back = Назад до особи
consent-form-recipient = Одержувач
consent-form-valid = Чинна
consent-form-categories-intro = Я даю згоду на передання одержувачу таких даних:
consent-form-voluntary = Згода є добровільною. Якщо я не дам згоди, це не матиме для мене негативних наслідків.
consent-form-revoke = Я можу будь-коли відкликати згоду так само просто, як її було надано. Відкликання діє одразу на майбутнє.
consent-form-health = Дані про здоров’я мають особливий захист. Ця згода стосується лише даних про здоров’я.
consent-form-issued-by = Ким видано:
consent-form-place-date = Місце, дата
courses-title = Відповідні курси
courses-childcare-on = Не вимагати догляду за дітьми
courses-childcare-off = Лише курси з доглядом за дітьми
courses-any-type = Показати всі види курсів
courses-only-this-type = Показати лише цей вид курсу
courses-none = Відповідного курсу не знайдено.
courses-distance = { $km } км
courses-full = місць немає (список очікування)
courses-free-seats = { $count ->
    [one] { $count } вільне місце
    [few] { $count } вільні місця
    [many] { $count } вільних місць
   *[other] { $count } вільного місця
}
courses-seats-unknown = кількість вільних місць невідома
courses-next-start = Наступний початок:
courses-refer = Направити на цей курс
courses-refer-submit = Направити
courses-default-message = Просимо надати цій особі місце на цьому курсі.
offers-childcare = Догляд за дітьми
field-title = Назва
field-address = Адреса
field-birth-date = Дата народження
field-name = Ім’я
field-categories = Дані
field-decline-reason = Причина відмови
field-district = Район міста
field-free-seats = Вільні місця
field-message = Повідомлення
field-outcome = Результат
field-purpose = Мета
field-referral-status = Стан направлення
field-response-due = Відповісти до
field-seat = Місце
field-starts-on = Початок
field-step = Крок у плані
field-valid-from = Чинна з
inbox-title = Вхідні
inbox-referrals = Направлення до моєї організації
inbox-empty = Направлень немає.
referral-title = Направлення
referral-facts = Відомості
referral-client = Особа
referral-client-hidden = Особа (немає чинної згоди)
referral-to = Кому
referral-sent-by = Відправник
referral-back-to-case = Назад до справи
referral-response-due = Відповісти до
referral-overdue = прострочено
referral-shared-data = Передані дані
referral-access-closed = Направлення закрито. Дані особи більше не видно.
referral-access-no-consent = Немає чинної згоди (відкликана, закінчилася або ніколи не надавалася). Дані особи не видно.
referral-nothing-recorded = Нічого не внесено.
referral-answer = Відповісти
referral-withdraw-title = Відкликати
referral-no-further-steps = Подальші кроки неможливі.
referral-history = Історія та повідомлення
referral-message-label = Повідомлення
referral-send-message = Надіслати повідомлення
referral-no-step = – без кроку –
referral-consent-covered = Вибрані дані охоплені чинною згодою.
referral-consent-missing = Бракує згоди на: { $categories }.
referral-record-consent = Внести згоду зараз
referral-due-hint = Якщо залишити порожнім: 10 робочих днів від сьогодні.
referral-offers-hint = Пропозиції з місцем, датами та вільними місцями:
referral-send = Надіслати направлення
step-find-course = Знайти відповідний курс
step-refer = Направити
error-categories-required = Будь ласка, виберіть принаймні один вид даних.
error-consent-already-revoked = Цю згоду вже відкликано.
error-consent-missing-for-referral = Принаймні для одного вибраного виду даних немає чинної згоди на передання цій організації з цією метою.
error-free-seats-above-capacity = Вільних місць не може бути більше, ніж місць загалом.
error-health-consent-separate = Для даних про здоров’я потрібна окрема згода: будь ласка, внесіть її окремо.
error-referral-transition = У цьому стані цей крок неможливий.
error-start-date-required = Будь ласка, вкажіть дату початку курсу.
error-target-level-not-above = Цільовий рівень має бути вищим за початковий.
error-until-before-from = Кінець раніше за початок.
consent-category-identity = Ім’я, дата народження та контакти
consent-category-language = Мова та освіта
consent-category-work = Робота
consent-category-housing = Житло
consent-category-health = Здоров’я
consent-category-residence = Перебування та виплати
consent-category-youth-welfare = Допомога дітям і молоді
consent-purpose-language-course = Мовний курс
consent-purpose-employment = Робота та професійне навчання
consent-purpose-recognition = Визнання дипломів
consent-purpose-housing = Житло
consent-purpose-health-care = Медична допомога
consent-purpose-counselling = Консультування
consent-purpose-volunteer-support = Супровід волонтерами
referral-status-sent = надіслано
referral-status-accepted = прийнято
referral-status-declined = відхилено
referral-status-in-progress = у роботі
referral-status-completed = завершено
referral-status-withdrawn = відкликано
referral-outcome-service-provided = Послугу надано
referral-outcome-course-completed = Курс завершено
referral-outcome-client-did-not-attend = неявка
referral-outcome-client-withdrew = припинено самою особою
referral-outcome-not-eligible = немає права
referral-outcome-referred-elsewhere = перенаправлено
decline-reason-no-capacity = немає вільних місць
decline-reason-not-eligible = немає права
decline-reason-not-responsible = не належить до нашої компетенції
decline-reason-client-unreachable = не вдається зв’язатися з особою
decline-reason-other = інша причина
seat-confirmed = Місце підтверджено
seat-waitlisted = Список очікування
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
offers-title = Довідник пропозицій
offers-intro = Курси та консультації партнерських організацій у Кельні: вільні місця, найближчі дати початку та виміряний досі час доступу й очікування.
offers-new = Нова пропозиція
offers-filter = Фільтрувати пропозиції
offers-all = Усі
offers-filter-language = Мова (код ISO 639-3)
offers-filter-childcare = З доглядом за дітьми
offers-filter-free-seats = Лише з вільними місцями
offers-filter-own = Лише пропозиції моєї організації
offers-filter-apply = Фільтрувати
offers-found = { $count ->
    [one] Знайдено { $count } пропозицію
    [few] Знайдено { $count } пропозиції
    [many] Знайдено { $count } пропозицій
   *[other] Знайдено { $count } пропозиції
}
offers-none = Пропозицій не знайдено.
offers-accessible = Безбар’єрно
offers-inactive = Неактивна
offers-place = Місце
offers-levels = Рівень мови
offers-level-range = { $entry } → { $target }
offers-levels-hint = Лише для мовних курсів: початковий і цільовий рівень.
offers-seats = Місця
offers-seats-of = Вільно { $free } з { $capacity }
offers-starts = Найближчі дати початку
offers-languages = Мови навчання та консультацій
offers-edit = Редагувати
offers-access-title = Час доступу та очікування
offers-access-hint = Медіана в днях: доступ – від отримання права до початку курсу, очікування – від реєстрації до початку курсу.
offers-access-none = Час доступу чи очікування ще не внесено.
offers-access-clients = Клієнтки та клієнти
offers-access-median = Доступ (медіана, дні)
offers-waiting-median = Очікування (медіана, дні)
offers-new-title = Нова пропозиція
offers-edit-title = Редагувати пропозицію
offers-back = Назад до пропозицій моєї організації
field-description = Опис
field-entry-level = Початковий рівень
field-target-level = Цільовий рівень
field-childcare = Є догляд за дітьми
field-accessible = Доступно без бар’єрів
field-offer-active = Пропозиція активна (видно в довіднику)
field-schedule = Дні та час
field-capacity = Усього місць
field-documents = Документи, які треба принести
field-contact = Контакт
field-offer-languages = Мови (коди ISO 639-3, через кому, напр. deu, ara)
field-offer-starts = Дати початку (РРРР-ММ-ДД, через кому)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = Журнал доступу до даних
audit-intro = Хто, коли, які персональні дані переглядав або змінював, з якою метою та на якій правовій підставі – зокрема й відхилені спроби. Перегляд цього журналу теж записується.
audit-filter = Фільтрувати журнал
audit-all = Усі
audit-filter-client = Клієнтка / клієнт (номер)
audit-filter-actor = Особа
audit-filter-from = Від
audit-filter-until = До
audit-filter-denied = Лише відхилені спроби доступу
audit-filter-apply = Фільтрувати
audit-none = Записів не знайдено.
audit-page = Сторінка { $page }
audit-col-time = Час
audit-col-person = Особа та роль
audit-col-client = Клієнтка / клієнт
audit-col-record = Запис
audit-col-action = Дія
audit-col-purpose = Мета
audit-col-basis = Правова підстава
audit-col-categories = Категорії даних
audit-col-allowed = Результат
audit-role-system = Lotse (автоматично)
audit-allowed = дозволено
audit-denied = відхилено
audit-action-read = Переглянуто
audit-action-list = Показано список
audit-action-create = Створено
audit-action-update = Змінено
audit-action-delete = Видалено
audit-action-print = Надруковано
audit-action-revoke = Відкликано
audit-action-attempt = Спроба доступу
audit-action-compare = Версії порівняно
audit-action-agree = Узгоджено
audit-action-verify = Цілісність перевірено
audit-verify-title = Цілісність журналу
audit-verify-hint = Заново обчислює ланцюжок усіх записів. Так можна побачити, чи записи пізніше змінювали або видаляли.
audit-verify = Перевірити цілісність
audit-chain-intact = Журнал повний і не змінений.
audit-chain-broken = Журнал неузгоджений, починаючи із запису № { $seq }: записи було змінено або видалено.


## Volunteer tasks (issue 6)
volunteers-title = Волонтерство
volunteer-tasks-of-case = Завдання для волонтерів
volunteer-tasks-none = Завдань для волонтерів ще немає.
volunteer-task-new = Передати завдання волонтерам
volunteer-task-offered-to = Запропоновано:
volunteer-task-taken-by = виконує:
volunteer-task-declined-by = { $count ->
    [one] { $count } особа відмовилася
    [few] { $count } особи відмовилися
    [many] { $count } осіб відмовилися
   *[other] { $count } особи відмовилися
}
volunteer-task-cancel = Відкликати завдання
volunteer-task-offer = Запропонувати завдання
volunteer-report = Звіт
volunteer-problem-badge = Повідомлено про проблему
volunteer-consent-covered = Згода охоплює ім’я, телефон і зустріч.
volunteer-consent-missing = Для цієї мережі немає згоди особи на супровід волонтерами (ім’я та контакти).
volunteer-whole-network = Уся мережа
volunteer-no-step = Без кроку
volunteer-no-appointment = Без зустрічі
volunteer-appointment-hint = Якщо вибрати зустріч, її дата, час і місце будуть узяті з неї, якщо Ви їх не вкажете.
field-task-kind = Вид завдання
field-volunteer-network = Мережа волонтерів
field-offered-to = Кому запропонувати
field-appointment = Зустріч
field-bring = Що взяти з собою
field-task-note = Коротка примітка
field-task-status = Стан
follow-ups-title = Потребує уваги
follow-up-volunteer-problem = Волонтери повідомляють про проблему
follow-up-done = Готово
volunteer-my-tasks = Мої завдання
volunteer-no-tasks = Зараз для Вас немає завдань.
volunteer-client-language = Мова
volunteer-offered-to-you = Особисто Вам
volunteer-accept = Прийняти
volunteer-decline = Відмовитися
volunteer-cannot-go = Я все ж не зможу
volunteer-report-label = Короткий звіт
volunteer-problem = Виникла проблема
volunteer-done = Повідомити про виконання
volunteer-not-yet-sent = Ще не надіслано
volunteer-outbox-waiting = Немає з’єднання: Ваші дані збережено на цьому пристрої, їх буде надіслано, щойно з’єднання відновиться.
volunteer-refused = Lotse не прийняв це:
volunteer-try-again = Надіслати ще раз
volunteer-discard = Видалити
error-volunteer-network-required = Будь ласка, виберіть мережу волонтерів.
error-volunteer-consent-missing = Особа не дала згоди на передання даних цій мережі (ім’я та контакти, мета: супровід волонтерами).
error-task-transition = За такого стану завдання це вже неможливо.
error-task-taken = Це завдання вже взяв хтось інший.
task-kind-accompany = Супровід на зустріч
task-kind-form-help = Допомога із заповненням бланка
task-kind-language-practice = Практика німецької мови
task-kind-housing-search = Пошук житла
task-kind-other = Інше
task-status-offered = Запропоновано
task-status-accepted = Прийнято
task-status-declined = Відхилено
task-status-done = Виконано
task-status-cancelled = Відкликано
volunteer-undelivered = Не доставлено

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = Мій план
portal-sign-in-title = Вхід до порталу Lotse
portal-sign-in-intro = Введіть код доступу з Вашого листа. Першого разу після цього Ви виберете PIN.
portal-code = Код доступу
portal-code-hint = Він є у Вашому листі, наприклад ABCD-EFGH-JKLM.
portal-pin = PIN або парольна фраза
portal-pin-hint = Щонайменше 6 цифр або речення щонайменше з 12 символів.
portal-pin-repeat = PIN ще раз
portal-choose-pin = Ваш код доступу правильний. Тепер виберіть свій PIN. Він потрібен Вам під час кожного входу.
portal-sign-in-button = Увійти
portal-set-pin-button = Зберегти PIN і увійти
portal-sign-out = Вийти
portal-staff-link = Вхід для працівників
portal-nav-label = Розділи порталу
portal-nav-plan = Мій план
portal-nav-appointments = Зустрічі
portal-nav-referrals = Направлення
portal-nav-consents = Згоди
portal-nav-access = Хто бачив мої дані?
portal-nav-correction = Щось не так
portal-nav-data = Мої дані
portal-greeting = Вітаємо, { $name }!
portal-large-text = Великий шрифт
portal-read-aloud = Прочитати вголос
portal-read-aloud-stop = Зупинити читання
portal-read-aloud-no-voice = На Вашому пристрої немає голосу для цієї мови.
portal-print = Надрукувати план
portal-next = Що потрібно зробити далі
portal-next-none = Зараз Вам нічого не потрібно робити.
portal-goals = Мої цілі
portal-goal-until = Ціль до { $date }
portal-step-due = до { $date }
portal-step-responsible = Хто цим займається?
portal-responsible-client = Ви самі
portal-responsible-case-manager = Ваша кейс-менеджерка або Ваш кейс-менеджер
portal-responsible-volunteer = Волонтерка або волонтер
portal-responsible-organisation = Інша установа
portal-step-status = Стан
portal-mark-done = Я це зробив / зробила
portal-marked-done = Дякуємо! Вашу кейс-менеджерку або Вашого кейс-менеджера повідомлено.
portal-no-plan = Ваш план зараз складають. Ваша кейс-менеджерка або Ваш кейс-менеджер обговорить його з Вами.
portal-written-in-german = Написано німецькою Вашою кейс-менеджеркою або Вашим кейс-менеджером:
portal-appointments-title = Мої зустрічі
portal-appointments-none = У Вас немає зустрічей.
portal-appointments-past = Минулі зустрічі
portal-appointment-when = Коли
portal-appointment-where = Де
portal-appointment-with = У кого
portal-appointment-bring = Будь ласка, візьміть із собою
portal-interpreter-arranged = Перекладачку або перекладача замовлено.
portal-interpreter-not-arranged = Потрібна перекладачка або перекладач, але їх ще не замовлено. Запитайте Вашу кейс-менеджерку або Вашого кейс-менеджера.
portal-referrals-title = Мої направлення
portal-referrals-none = Вас ще не направили до жодної установи.
portal-referral-for = Для чого
portal-referral-sent = Ваша заявка надійшла до { $organisation }. Скоро Вам дадуть відповідь.
portal-referral-accepted = Від { $organisation } надійшла позитивна відповідь.
portal-referral-waitlisted = Ви у списку очікування в { $organisation }.
portal-referral-seat = У Вас є місце в { $organisation }. Початок: { $date }
portal-referral-declined = Від { $organisation } надійшла відмова. Ваша кейс-менеджерка або Ваш кейс-менеджер шукає разом із Вами іншу можливість.
portal-referral-in-progress = { $organisation } зараз підтримує Вас.
portal-referral-completed = Підтримку від { $organisation } завершено.
portal-referral-withdrawn = Направлення до { $organisation } відкликано.
portal-consents-title = Мої згоди
portal-consents-intro = Тут видно, хто може бачити Ваші дані. Ви можете будь-коли відкликати кожну згоду.
portal-consents-none = Ви не давали жодної згоди.
portal-consent-to = Кому
portal-consent-for = Для чого
portal-consent-data = Які дані
portal-consent-until = Дійсна до
portal-consent-open-ended = доки Ви її не відкличете
portal-consent-revoked = Відкликано { $date }
portal-consent-expired = Термін дії минув
portal-consent-revoke = Відкликати
portal-consent-revoke-confirm = Після цього { $organisation } більше не зможе бачити Ваші дані. Справді відкликати?
portal-consent-revoke-yes = Так, відкликати
portal-consent-revoke-no = Ні, залишити
portal-consent-revoked-now = Згоду відкликано. Відтепер { $organisation } більше не бачить Ваших даних. Вашу кейс-менеджерку або Вашого кейс-менеджера повідомлено.
portal-access-title = Хто бачив мої дані?
portal-access-intro = Кожен доступ до Ваших даних записується. Тут видно, яка установа коли що переглянула або змінила.
portal-access-none = Досі ніхто не бачив Ваших даних.
portal-access-looked = { $organisation }, { $date }, переглянуто: { $what }
portal-access-changed = { $organisation }, { $date }, змінено: { $what }
portal-access-system = Lotse (автоматично)
portal-what-everything = Ваша картка
portal-what-plan = Ваш план
portal-what-client = Ваші особисті дані
portal-what-case = Ваша справа
portal-what-referral = направлення
portal-what-consent = Ваші згоди
portal-what-volunteer = завдання для волонтерів
portal-what-list = Ваше ім’я у списку
portal-what-data = усі Ваші дані
portal-what-other = Ваші дані
portal-what-identity = Ваше ім’я та контактні дані
portal-what-language = Ваше знання мов
portal-what-work = Ваші дані про школу та професію
portal-what-housing = Ваші житлові умови
portal-what-health = Ваші дані про здоров’я
portal-what-residence = Ваш статус перебування
portal-what-youth-welfare = дані допомоги дітям і молоді
portal-correction-title = Щось не так?
portal-correction-intro = Напишіть Вашій кейс-менеджерці або Вашому кейс-менеджеру, що не так. Вона чи він перевірить це і зв’яжеться з Вами.
portal-correction-about = Про що йдеться?
portal-correction-about-personal = Мої особисті дані
portal-correction-about-plan = Мій план
portal-correction-about-appointments = Мої зустрічі
portal-correction-about-other = Щось інше
portal-correction-message = Що неправильно? Як правильно?
portal-correction-send = Надіслати
portal-correction-sent = Ваше повідомлення надійшло. Ваша кейс-менеджерка або Ваш кейс-менеджер зв’яжеться з Вами.
portal-correction-earlier = Ваші повідомлення
portal-correction-open = ще не опрацьовано
portal-correction-done = опрацьовано
portal-data-title = Мої дані
portal-data-intro = Тут Ви можете завантажити все, що зберігається про Вас у Lotse. Файл має формат JSON, його можна відкрити будь-яким текстовим редактором.
portal-data-download = Завантажити мої дані
portal-session-ended = Ваш сеанс завершився. Будь ласка, увійдіть знову.
portal-letter-title = Ваш доступ до Lotse
portal-letter-intro = З цим листом Ви можете бачити свій план, свої зустрічі та свої згоди на телефоні або комп’ютері.
portal-letter-step-address = Відкрийте цю адресу або відскануйте QR-код:
portal-letter-step-code = Введіть цей код доступу:
portal-letter-step-pin = Виберіть PIN щонайменше з 6 цифр. Нікому його не кажіть.
portal-letter-keep = Добре зберігайте цей лист. Якщо Ви його загубите, Ваша кейс-менеджерка або Ваш кейс-менеджер дасть Вам новий.
portal-letter-qr-label = QR-код з адресою порталу
error-portal-credentials = Код доступу або PIN неправильний.
error-portal-pin-short = PIN має містити щонайменше 6 цифр. Парольна фраза має містити щонайменше 12 символів.
error-portal-pin-simple = Цей PIN занадто легко вгадати. Будь ласка, виберіть інший.
error-portal-pin-mismatch = Обидва введення не збігаються.
error-portal-blocked = Ваш доступ заблоковано. Будь ласка, поговоріть із Вашою кейс-менеджеркою або Вашим кейс-менеджером.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = Портал
portal-staff-title = Доступ до порталу для клієнтів
portal-staff-none = Лист доступу ще не видано.
portal-staff-issued = Лист доступу видано { $date }, ще не використано.
portal-staff-active = Доступ активний з { $date }.
portal-staff-blocked = Доступ заблоковано.
portal-staff-last-sign-in = Останній вхід: { $date }
portal-staff-issue = Видати лист доступу
portal-staff-reissue = Видати новий лист доступу
portal-staff-reissue-warning = Тоді попередній код доступу та PIN більше не діятимуть.
portal-staff-block = Заблокувати доступ
portal-staff-unblock = Розблокувати доступ
portal-staff-letter-print = Надрукувати лист
portal-staff-letter-once = Код доступу показано лише зараз. Надрукуйте лист, перш ніж залишити сторінку.
portal-staff-letter-language = Лист мовами: { $language } і німецька
portal-staff-translations-title = Переклади для порталу
portal-staff-translations-intro = Тексти, які Ви написали німецькою, клієнтка чи клієнт бачить із приміткою «написано німецькою». Тут Ви можете внести переклад.
portal-staff-translations-none = У плані ще немає текстів для перекладу.
portal-staff-translation-language = Мова перекладу
portal-staff-translation-save = Зберегти переклад
follow-up-portal-step-done = Позначено в порталі як виконане
follow-up-portal-consent-revoked = Згоду відкликано в порталі
follow-up-portal-correction = Прохання про виправлення з порталу
audit-role-client = Клієнтка / клієнт особисто (портал)
field-interpreter-arranged = Перекладача замовлено

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = Показники
nav-issues = Структурні проблеми
nav-groups = Робочі групи
nav-results = Проміжні результати
coordination-sections = Розділи координації
audit-action-export = Експортовано
portal-what-export = Ваші основні дані у списку справ (файл)
clients-export = Завантажити мої справи у форматі CSV
export-case = № справи
export-opened-on = Відкрито
export-review-due = Наступна перевірка
export-held-until = Обмежено до
error-period-order = Кінець періоду раніше за його початок.
error-period-too-long = Будь ласка, виберіть не більше трьох років.
error-choose-organisation = Будь ласка, виберіть щонайменше одну організацію.
figures-title = Показники програми
figures-intro = Усі дані узагальнені. Поля, у яких менше 5 осіб, приховано як «< 5»; так само приховано поля, з яких їх можна було б обчислити.
figures-filter = Період і вибір
figures-from = Від
figures-to = До
figures-organisation = Організація (що веде справу)
figures-all-organisations = Усі організації
figures-show = Показати
figures-period = Період: з { $from } по { $to }
figures-suppression = «< 5»: менше 5 осіб або приховано для захисту
figures-csv = Завантажити таблицю у форматі CSV
figures-total = Усього
figures-cases = Справи
figures-phase = Етап
figures-domain = Сфера життя
figures-month = Місяць
figures-group = Група
figures-count = Кількість
figures-cases-by-phase = Справи за етапами (відкриті в періоді)
figures-cases-by-domain = Справи за сферами життя та етапами
figures-cases-by-domain-note = Справа враховується в кожній сфері життя, у якій її план має цілі.
figures-trend = Динаміка за місяцями
figures-cases-opened = Відкрито справ
figures-plans-agreed = Узгоджено планів
figures-time-to-plan = Час від першого контакту до узгодженого плану
figures-time-to-plan-note = Дні від відкриття справи до першої узгодженої версії плану, для планів, узгоджених у періоді.
figures-median-days = Медіана (дні)
figures-days-range = { $from }–{ $to } дн.
figures-days-more = понад { $from } дн.
figures-steps-on-time = Кроки плану, виконані вчасно
figures-steps-on-time-note = Кроки з терміном у межах періоду (до вчорашнього дня), без «більше не потрібно».
figures-steps-due = Кроки, термін яких настав
figures-steps-done-on-time = Виконано вчасно
figures-steps-not-on-time = Не вчасно
figures-share-on-time = Частка вчасно виконаних
figures-course-by-type = Мовні курси: доступ і очікування за видом курсу
figures-course-by-provider = Мовні курси: доступ і очікування за організатором курсів
figures-course-note = Час доступу: від отримання права до початку курсу. Час очікування: від реєстрації до початку курсу; ціль BAMF: не більше 6 тижнів (42 дні). Курси, що розпочалися в періоді.
figures-course-type = Вид курсу
figures-provider = Організатор курсів
figures-provider-unknown = Організатора не внесено
figures-courses-started = Розпочаті курси
figures-median-access = Час доступу, медіана (дні)
figures-waiting-known = Час очікування відомий
figures-median-waiting = Час очікування, медіана (дні)
figures-share-within-benchmark = Частка до 6 тижнів
figures-benchmark = Позначка: ціль BAMF, { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
figures-referrals-by-partner = Направлення за партнерами
figures-referrals-note = Направлення, надіслані в періоді; час відповіді до прийняття або відмови.
figures-partner = Партнер
figures-referrals = Направлення
figures-median-response = Час відповіді, медіана (дні)
figures-interpreters = Усний переклад на зустрічах
figures-interpreter = Усний переклад
figures-appointments = Зустрічі
figures-interpreter-arranged = замовлено
figures-interpreter-not-arranged = не замовлено
figures-interpreter-needed = потрібен (усього)
figures-closure-reasons = Причини закриття (закриті в періоді)
figures-closure-reason = Причина закриття
figures-reason-other = не вказано
issues-title = Структурні проблеми
issues-intro = Проблеми, що повторюються, про які повідомили кейс-менеджерки та кейс-менеджери, узагальнені за сферою життя та районом міста. Вони не містять персональних даних.
issues-none = Про структурні проблеми ще не повідомлено.
issues-counted = { $issues ->
    [one] { $issues } повідомлення
    [few] { $issues } повідомлення
    [many] { $issues } повідомлень
   *[other] { $issues } повідомлення
} · { $cases ->
    [one] стосується { $cases } справи
    [few] стосується { $cases } справ
    [many] стосується { $cases } справ
   *[other] стосується { $cases } справи
}
issues-cases-affected = { $count ->
    [one] Стосується { $count } справи
    [few] Стосується { $count } справ
    [many] Стосується { $count } справ
   *[other] Стосується { $count } справи
}
issues-in-group = У робочій групі:
issues-no-groups = Спочатку створіть робочу групу:
issues-working-group = Робоча група
issues-bring-to-group = Передати до робочої групи
groups-title = Робочі групи
groups-none = Робочої групи ще немає.
groups-topic = Тема
groups-measures-count = { $count ->
    [one] { $count } захід, з них впроваджено: { $implemented }
    [few] { $count } заходи, з них впроваджено: { $implemented }
    [many] { $count } заходів, з них впроваджено: { $implemented }
   *[other] { $count } заходу, з них впроваджено: { $implemented }
}
groups-new = Нова робоча група
groups-create = Створити робочу групу
field-group-name = Назва робочої групи
group-title = Робоча група
group-members = Учасники
group-members-none = Учасників ще немає.
field-member-person = Ім’я
group-member-add = Додати учасника
group-issues = Передані структурні проблеми
group-issues-none = Структурних проблем ще не передано.
group-measures = Заходи
group-measures-none = Заходів ще немає.
group-measure-new = Новий захід
field-measure-title = Захід
field-measure-status = Стан
field-status-on = Стан від
field-due-on = Виконати до
field-measure-issue = До структурної проблеми
measure-no-issue = Без певної проблеми
field-responsible-organisations = Відповідальні організації
field-organisation-1 = Організація 1
field-organisation-2 = Організація 2 (необов’язково)
field-organisation-3 = Організація 3 (необов’язково)
group-measure-add = Зафіксувати захід
measure-history = Історія
measure-new-status = Новий стан
measure-set-status = Змінити стан
group-meetings = Засідання та протоколи
group-meetings-none = Засідань ще немає.
field-held-on = Дата засідання
field-minutes = Протокол
group-meeting-add = Зафіксувати засідання
measure-status-proposed = Запропоновано
measure-status-under-review = На розгляді
measure-status-agreed = Узгоджено
measure-status-implemented = Впроваджено
measure-status-rejected = Відхилено
results-title = Проміжні результати
results-intro = Заходи робочих груп за темами: скільки їх у якому стані та які з них впроваджено.
results-none = Заходів ще немає.
results-by-status = Заходи за темою та станом
results-none-implemented = Жодного заходу ще не впроваджено.
results-implemented-on = Дата впровадження
case-tab-issues = Структурні проблеми
case-issues-title = Структурні проблеми зі справи
case-issue-new = Повідомити про структурну проблему
case-issue-hint = Проблема, що повторюється і стосується не лише цієї справи (наприклад, «немає догляду за дітьми під час інтеграційних курсів у Chorweiler»). Не пишіть імен чи інших персональних даних: повідомлення надходить до координації без зв’язку зі справою.
field-life-domain = Сфера життя
field-issue-description = Опис
field-cases-affected = Скільки справ це стосується?
field-organisations-involved = Залучені організації
case-issue-flag = Повідомити про структурну проблему
case-issues-flagged = Повідомлено з цієї справи
case-issues-only-you = Те, що повідомлення надійшло з цієї справи, бачите лише Ви.
case-issues-none = З цієї справи ще нічого не повідомлено.
case-issue-waiting = Ще не передано до жодної робочої групи.
results-implemented = Впроваджено
results-agreed = Погоджено, впроваджується
results-agreed-on = Погоджено
figures-as-of = Станом на { $time } (перераховується { $minutes ->
    [1] щохвилини
    [one] кожні { $minutes } хвилину
    [few] кожні { $minutes } хвилини
    [many] кожні { $minutes } хвилин
   *[other] кожні { $minutes } хвилини
})

# Issue 22: request hygiene and accounts
error-control-character = Текст містить невидимий керувальний символ, який не можна зберегти. Будь ласка, видаліть його (наприклад, набравши текст заново).
audit-action-change-password = Зміна пароля
# Issue 22: a client's name in a colleague's search
portal-what-search = Ваше ім’я та дата народження в результатах пошуку
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = За нинішньої згоди волонтери цієї мережі бачитимуть:
volunteer-sees-name-phone = ім’я особи, а після того як хтось візьме завдання, — її номер телефону
volunteer-sees-language = бажану мову особи
volunteer-sees-no-language = не бажану мову (згода не охоплює мову)
volunteer-sees-task = вид завдання, дату, час і місце
volunteer-sees-notes = «Що взяти з собою» та Вашу примітку, доки згода охоплює ім’я та контакти, і лише доки завдання не виконано
volunteer-notes-within-consent = У «Що взяти з собою» та в примітці пишіть лише те, що волонтерам потрібно для цього завдання і що охоплює згода. Більше нічого про особу волонтери не бачать.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = Оцінку ситуації можна внести лише після того, як особа дала згоду на кейс-менеджмент. Спочатку внесіть згоду вище.
error-assessment-consent-missing = Нічого не збережено: оцінку ситуації можна внести лише після того, як внесено згоду особи на кейс-менеджмент.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = Ваші розділи
nav-figures-hint = Анонімізовані показники програми: справи за етапами, час до плану, час очікування на мовні курси, направлення.
nav-issues-hint = Структурні проблеми, про які повідомили кейс-менеджери: переглянути й доручити робочій групі.
nav-groups-hint = Робочі групи з партнерами: учасники, засідання та погоджені заходи.
nav-results-hint = Що робочі групи погодили й реалізували, за темами.
nav-offers-hint = Пропозиції партнерів із місцем, датами та вільними місцями.
nav-organisations-hint = Створювати та змінювати організації мережі.
nav-users-hint = Створювати облікові записи, призначати ролі та блокувати облікові записи.
nav-catalogues-hint = Доповнювати каталоги власними записами з текстом для кожної мови.
nav-audit-hint = Хто, коли й до яких даних мав доступ, і чи журнал не змінено.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = Немає з’єднання: Ви бачите те, що цей пристрій зберіг о { $time }. Відтоді щось могло змінитися.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = Строки зберігання
nav-retention-hint = Коли які персональні дані видаляються: одне правило для кожного виду даних, з початком і строком.
retention-title = Строки зберігання
retention-intro = Для кожного виду персональних даних є одне правило: строк починається з події; коли він минув, дані видаляються або знеособлюються. Подію визначено для кожного виду даних, строк встановлюєте ви. Кожну зміну записано в журнал.
retention-not-legal-advice = Строки, що постачаються з Lotse, — це приклади, а не юридична консультація. Встановіть їх за концепцією видалення даних вашої громади.
retention-col-kind = Вид даних
retention-col-start = Строк починається, коли
retention-col-period = Строк
retention-col-changed = Остання зміна
retention-default = Типове значення Lotse
retention-col-run = Востаннє застосовано
retention-run = { $date }; видалено: { $deleted }
retention-run-none = Ще не застосовувалося
retention-schedule = Lotse застосовує правила раз на день і фіксує кожен запуск: яке правило, скільки записів, коли. Цей запис не містить персональних даних.
hold-title = Обмеження обробки
hold-in-force = Дані цієї людини обмежено до { $until } включно.
hold-effect = Поки діє обмеження, Lotse нічого з них не видаляє за строками зберігання і нічим не ділиться з партнерами чи волонтерами (ст. 18 GDPR, § 84 SGB X).
hold-placed = Хто обмежив
hold-end = Зняти обмеження
hold-place = Обмежити дані (замість видалення)
hold-hint = Для поточного провадження, якщо їхня точність оскаржується або на прохання людини. Обмеження закінчується само після останнього дня.
hold-place-submit = Обмежити
field-hold-reason = Причина
field-hold-until = Останній день
field-hold-note = Нотатка (наприклад, номер справи)
hold-badge = Обмежено до { $until }
hold-marker = Обмежено
hold-reason-ongoing-procedure = Поточне провадження
hold-reason-disputed-accuracy = Точність оскаржується
hold-reason-client-request = На прохання людини
error-hold-until-past = Останній день не може бути в минулому.
error-hold-until-far = Не більше п’яти років; після цього обмеження можна встановити знову.
error-hold-exists = Для цієї людини вже діє обмеження. Зніміть його, щоб встановити нове.
error-client-held = Дані цієї людини обмежено: поки це діє, нічим не діляться.
nav-holds = Обмеження
nav-holds-hint = Дані людей, які не видаляються і нікому не передаються: з причиною та останнім днем.
holds-title = Обмеження обробки
holds-intro = Усі обмеження, що діють сьогодні для людей вашої організації. Кейс-менеджери встановлюють їх у даних людини; тут ви знімаєте обмеження або встановлюєте його для людини, яку знаєте за номером.
holds-none = Зараз не діє жодне обмеження.
holds-col-client = Номер людини
holds-col-end = Зняти
field-client-number = Номер людини (з журналу або заяви)
error-client-number = У вашій організації немає людини з цим номером.
retention-changed = { $date }, змінив(ла): { $name }; раніше: { $before }
retention-changed-by-unknown = видалений обліковий запис
field-retention-period = Строк
field-retention-unit = Одиниця
retention-unit-days = дні
retention-unit-months = місяці
retention-unit-years = роки
retention-period-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дні
        [many] { $count } днів
       *[other] { $count } дня
    }
retention-period-months =
    { $count ->
        [one] { $count } місяць
        [few] { $count } місяці
        [many] { $count } місяців
       *[other] { $count } місяця
    }
retention-period-years =
    { $count ->
        [one] { $count } рік
        [few] { $count } роки
        [many] { $count } років
       *[other] { $count } року
    }
error-retention-period = Введіть ціле число, більше за нуль, не більше 100 років.
error-retention-unit = Виберіть дні, місяці або роки.
retention-kind-client-record = Основні дані особи (ім’я, дата народження, мова)
retention-kind-contact = Контактні дані та адреса
retention-kind-household = Члени домогосподарства
retention-kind-residence = Перебування та виплати
retention-kind-health-notes = Нотатки про здоров’я
retention-kind-youth-welfare-notes = Нотатки про допомогу молоді
retention-kind-private-notes = Особисті робочі нотатки
retention-kind-case = Справа та фази
retention-kind-assessment = Оцінка ситуації
retention-kind-plan = Версії плану та історія кроків
retention-kind-appointments = Зустрічі
retention-kind-consents = Згоди
retention-kind-referrals = Направлення та повідомлення до них
retention-kind-volunteer-tasks = Завдання та звіти волонтерів
retention-kind-portal-access = Доступ до порталу та сеанси порталу
retention-kind-correction-requests = Прохання про виправлення з порталу
retention-kind-structural-issue-links = Зв’язки структурних проблем зі справами
retention-kind-staff-sessions = Сеанси та спроби входу працівників
retention-kind-audit-log = Журнал доступу до даних
retention-start-case-closed = останню справу особи закрито
retention-start-consent-ended = згоду відкликано або її строк минув
retention-start-referral-closed = направлення завершено, відхилено або відкликано
retention-start-task-finished = завдання виконано або скасовано
retention-start-portal-access-ended = доступ до порталу припинено або заблоковано
retention-start-request-answered = на прохання відповіли
retention-start-session-ended = сеанс закінчується (вихід або закінчення строку) або була спроба входу
retention-start-entry-written = запис зроблено

# Handing over a caseload (administrators)
handover-title = Передати справи
handover-link = Передати справи
handover-counts = Відкриті справи: { $open } · Закриті справи: { $closed }
handover-none = Ця людина не відповідає за жодну справу.
handover-cases = Справи цієї людини
handover-cases-hint = Позначені справи перейдуть до колеги, якого ви оберете нижче. Щоб розподілити справи між кількома колегами, передавайте їх по черзі.
handover-col-hand-over = Передати
handover-col-case = Номер справи
handover-col-opened = Відкрито
handover-col-updated = Остання зміна
handover-case-label = Передати справу { $case }
handover-to = Кому передати
handover-colleague = { $name } (відкриті справи: { $open })
handover-no-colleague = У цій організації немає іншого активного кейс-менеджера. Спочатку створіть обліковий запис.
handover-submit = Передати позначені справи
handover-done = Передано. Кількість справ: { $number }
handover-deactivate-later = Обліковий запис можна буде вимкнути, коли не залишиться відкритих справ.
handover-deactivate-now = Ця людина більше не відповідає за жодну відкриту справу. Тепер обліковий запис можна вимкнути.
handover-deactivated = Обліковий запис вимкнено.
error-deactivate-open-cases = Ця людина ще відповідає за відкриті справи. Спочатку передайте справи («Передати справи»).
error-handover-colleague = Оберіть активного кейс-менеджера тієї ж організації.
error-handover-no-case = Позначте принаймні одну справу.
error-handover-changed = Деякі з цих справ тим часом змінилися. Оновіть сторінку й спробуйте ще раз.
audit-action-handover = Передано
audit-action-erase = Видалено (заява про видалення)
audit-action-refuse = Відхилено
erasure-title = Видалення даних
erasure-requested-portal = Людина { $date } подала в порталі заяву про видалення своїх даних.
erasure-recorded-by = Заява людини про видалення; вніс(ла) { $name }, { $date }.
erasure-refused-on = { $date } відхилив(ла) { $name }:
erasure-erased-on = { $date } дані видалив(ла) { $name }.
erasure-record = Внести заяву про видалення
erasure-record-hint = Людина особисто або письмово вимагала видалити свої дані. Заява також з’явиться в уповноваженої особи з питань захисту даних.
erasure-record-submit = Внести заяву
erasure-erase-warning = Видалення стирає дані людини, її справи, плани, згоди, направлення, завдання і доступ до порталу. Це не можна скасувати. Журнал зберігається, але без згадки про людину; показники програми залишаються анонімними.
erasure-confirm = Я перевірив(ла): жоден обов’язок зберігання не перешкоджає видаленню.
erasure-erase = Видалити всі дані зараз
erasure-refuse = Відхилити заяву
field-erasure-refusal = Причина відмови (людина прочитає її в порталі)
erasure-done = Дані людини видалено.
erasure-requests-title = Заяви про видалення
erasure-requests-intro = Заяви людей вашої організації про видалення їхніх даних: з порталу або внесені кейс-менеджерами. Рішення ухвалюєте ви тут або кейс-менеджер у даних людини.
erasure-requests-none = Зараз немає відкритих заяв про видалення.
erasure-requests-decided = Нещодавно розглянуті
erasure-client-number = Людина № { $number }
erasure-client-erased = Людина, чиї дані видалено
nav-erasure-requests = Заяви про видалення
nav-erasure-requests-hint = Заяви про видалення (ст. 17 GDPR): видалити або відхилити із зазначенням причини.
follow-up-portal-erasure = У порталі подано заяву про видалення даних
error-erasure-confirm = Будь ласка, позначте прапорцем, що жоден обов’язок зберігання цьому не перешкоджає.
error-erasure-held = Для цієї людини діє обмеження обробки. Спочатку зніміть його або відхиліть заяву.
error-erasure-decided = Щодо цієї заяви вже ухвалено рішення.
portal-erasure-title = Видалити мої дані
portal-erasure-intro = Ви можете подати заяву, щоб усі Ваші дані було видалено. Рішення ухвалюють Ваша кейс-менеджерка або Ваш кейс-менеджер та уповноважена особа з питань захисту даних. Коли Ваші дані буде видалено, Вашого плану більше не буде і Ви більше не зможете тут увійти.
portal-erasure-ask = Подати заяву про видалення
portal-erasure-sent = Вашу заяву надіслано.
portal-erasure-open = Ви подали заяву про видалення { $date }. Рішення ще не ухвалено.
portal-erasure-refused = Вашу заяву про видалення відхилено { $date }. Причина:
portal-erasure-refusal-still-needed = Ваші дані ще потрібні для Вашої поточної справи.
portal-erasure-refusal-legal-duty = Закон вимагає, щоб ми зберігали ці дані ще деякий час.
portal-erasure-refusal-legal-claims = Дані потрібні для юридичного провадження.

## Merging two records of one person
merge-section-title = Людину зареєстровано двічі?
merge-section-hint = Якщо ту саму людину зареєстровано двічі, наприклад у різних написаннях, об’єднайте дві картки.
merge-find = Знайти дублікат картки й об’єднати
merge-merged-from = Картку № { $number } ({ $name }) об’єднано з цією карткою { $date }; об’єднав(ла) { $by }.
merge-taken = Взято з неї: { $parts }.
merge-part-name = Ім’я
merge-part-latin = Ім’я латиницею
merge-part-birth = Дата народження
merge-part-language = Бажана мова
merge-part-interpreter = Усний переклад
merge-part-phone = Телефон
merge-part-email = Електронна пошта
merge-part-address = Адреса та район міста
merge-part-residence = Перебування та виплати
merge-title = Об’єднати картки
merge-back = Назад до картки
merge-intro = Ці картки можуть стосуватися тієї самої людини. Виберіть одну для порівняння або знайдіть інше ім’я.
merge-search-label = Ім’я
merge-search = Знайти
merge-none-found = Іншої картки з цим ім’ям не знайдено.
merge-candidates = Можливі картки-дублікати
merge-col-number = №
merge-compare = Порівняти
merge-count-cases = Справи
merge-count-household = Домогосподарство
merge-count-consents = Згоди
merge-count-referrals = Направлення
merge-side-portal = Доступ до порталу
merge-record = Картка № { $number }
merge-compare-intro = Виберіть, яка картка залишається і яке значення діє для кожного пункту. Усе, що пов’язане з іншою карткою, переходить до картки, яка залишається.
merge-keep = Ця картка залишається
merge-parts-hint = Яке значення діє?
merge-parts-same = Відомості, однакові в обох картках, не показано.
merge-warning = Іншу картку буде видалено. Її справи з планами, домогосподарство, нотатки, згоди, направлення, завдання та записи журналу переходять до картки, яка залишається. Її доступ до порталу припиняється; за потреби людина отримає новий лист доступу. Це не можна скасувати.
merge-submit = Об’єднати картки
merge-done = Картки об’єднано.
error-merge-same = Картку не можна об’єднати з нею самою.
error-merge-changed = Одну з двох карток тим часом змінено. Будь ласка, порівняйте їх ще раз.
error-merge-held = Для однієї з двох карток діє обмеження обробки. Спочатку зніміть його.
audit-action-merge = Об’єднано

## Sign-in security: second factor, sessions (issue 18)
account-password-title = Пароль
second-factor-title = Другий фактор
second-factor-app-since = Ви входите в систему з паролем і застосунком-автентифікатором (налаштовано { $date }).
second-factor-none = Ви входите в систему лише з паролем. Другий фактор захищає ваш обліковий запис, якщо хтось дізнається ваш пароль.
second-factor-required-here = Ваша організація вимагає другий фактор.
second-factor-begin = Налаштувати застосунок-автентифікатор
second-factor-new-phone = Налаштувати застосунок-автентифікатор на новому телефоні
second-factor-scan = Відскануйте цей QR-код застосунком-автентифікатором.
second-factor-qr-label = QR-код для застосунку-автентифікатора
second-factor-type-secret = Або введіть цей ключ у застосунку:
second-factor-app-code = Шестизначний код із застосунку
second-factor-confirm = Підтвердити
second-factor-cancel = Скасувати налаштування
second-factor-app-set-up = Застосунок-автентифікатор налаштовано. Тепер створіть коди відновлення на випадок, якщо у вас не буде під рукою телефона.
second-factor-app-removed = Другий фактор видалено.
second-factor-remove = Видалити другий фактор
second-factor-remove-hint = Після цього ви входитимете лише з паролем. Підтвердьте поточним паролем.
recovery-codes-title = Коди відновлення
recovery-codes-left = { $count ->
    [0] У вас немає невикористаних кодів відновлення.
    [one] У вас залишився { $count } невикористаний код відновлення.
    [few] У вас залишилося { $count } невикористані коди відновлення.
    [many] У вас залишилося { $count } невикористаних кодів відновлення.
   *[other] У вас залишилося { $count } невикористаного коду відновлення.
}
recovery-codes-hint = З кодом відновлення можна увійти, якщо у вас немає під рукою телефона. Кожен код діє один раз.
recovery-codes-create = Створити нові коди відновлення
recovery-codes-once = Запишіть або роздрукуйте ці коди зараз і зберігайте їх у надійному місці. Вони показуються лише цей один раз. Попередні коди більше не діють.
sessions-title = Ваші сеанси
sessions-intro = Тут видно, де ви увійшли в систему. Завершіть сеанси, яких ви не впізнаєте, а потім змініть пароль.
sessions-browser-unknown = Невідомий браузер
sessions-browser-on = { $browser } на { $system }
sessions-details = Вхід: { $started } · Остання активність: { $seen }
sessions-this-one = Цей сеанс
sessions-end = Завершити сеанс
sessions-end-others = Завершити всі інші сеанси
sessions-ended-one = Сеанс завершено.
sessions-ended-others = Усі інші сеанси завершено.
sign-in-method-password = Вхід із паролем
sign-in-method-password-and-app = Вхід із паролем і застосунком-автентифікатором
sign-in-method-password-and-recovery-code = Вхід із паролем і кодом відновлення
second-factor-sign-in-title = Підтвердження входу
second-factor-sign-in-intro = Введіть код, який зараз показує ваш застосунок-автентифікатор.
second-factor-code = Код
second-factor-code-hint = Немає телефона під рукою: введіть один зі своїх кодів відновлення.
second-factor-set-up-title = Налаштування другого фактора
second-factor-set-up-intro = Ваша організація вимагає другий фактор під час входу. Налаштуйте застосунок-автентифікатор, наприклад на службовому телефоні. Після цього можна буде продовжити.
error-second-factor-not-started = Спочатку почніть налаштування застосунку-автентифікатора.
error-second-factor-code-wrong = Код неправильний. Введіть код, який зараз показує застосунок.
error-second-factor-not-set-up = Спочатку налаштуйте застосунок-автентифікатор.
error-second-factor-required-by-organisation = Ваша організація вимагає другий фактор. Видалити його не можна.
nav-second-factors = Другий фактор
nav-second-factors-hint = Бачити, хто входить із другим фактором; вимагати його для організації; скидати його.
second-factors-title = Другий фактор під час входу
second-factors-intro = Для кожної організації: чи вимагає вона другий фактор і хто його налаштував. У кого його немає, той налаштує його під час наступного входу, щойно цього вимагатиме його організація.
second-factors-required = Другий фактор обов’язковий
second-factors-optional = Другий фактор необов’язковий
second-factors-require = Вимагати
second-factors-waive = Більше не вимагати
second-factors-without = { $count ->
    [0] Усі активні облікові записи мають другий фактор.
    [one] { $count } активний обліковий запис не має другого фактора.
    [few] { $count } активні облікові записи не мають другого фактора.
    [many] { $count } активних облікових записів не мають другого фактора.
   *[other] { $count } активного облікового запису не мають другого фактора.
}
second-factors-app = Застосунок-автентифікатор
second-factors-recovery-codes = Коди відновлення
second-factors-actions = Дії
second-factors-yes = Налаштовано
second-factors-none = Немає
second-factors-reset = Скинути
second-factors-reset-for = Скинути другий фактор для { $name }
second-factors-reset-done = Другий фактор скинуто. Сеанси цього облікового запису завершено.
audit-action-set-up-second-factor = Другий фактор налаштовано
audit-action-remove-second-factor = Другий фактор видалено
audit-action-new-recovery-codes = Нові коди відновлення
audit-action-reset-second-factor = Другий фактор скинуто
audit-action-require-second-factor = Другий фактор став обов’язковим
audit-action-waive-second-factor = Другий фактор більше не обов’язковий

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = Вхід через сервіс автентифікації організації
error-sign-in-through-provider = У вашій організації вхід виконується через її сервіс автентифікації. Будь ласка, виберіть свою організацію нижче.
error-provider-issuer = Будь ласка, вкажіть адресу сервісу автентифікації, що починається з https://.
error-provider-unreachable = За цією адресою не відповідає жоден сервіс автентифікації OpenID Connect. Будь ласка, перевірте адресу.
sign-in-provider-title = Увійти з обліковим записом вашої організації
sign-in-provider-link = Увійти через { $organisation }
sign-in-provider-not-configured = Для цієї організації вхід через сервіс автентифікації не налаштовано.
sign-in-provider-unreachable = Сервіс автентифікації зараз недоступний. Будь ласка, спробуйте пізніше.
sign-in-provider-cancelled = Вхід у сервісі автентифікації скасовано.
sign-in-provider-failed = Не вдалося перевірити вхід. Будь ласка, почніть знову.
sign-in-provider-no-account = Для вас немає облікового запису в Lotse. Будь ласка, зверніться до адміністраторів.
sign-in-provider-unverified = Сервіс автентифікації не підтверджує вашу адресу електронної пошти. Будь ласка, зверніться до адміністраторів.
sign-in-provider-deactivated = Ваш обліковий запис вимкнено. Будь ласка, зверніться до адміністраторів.
sign-in-provider-signed-out = Ви вийшли з Lotse. У сервісі автентифікації { $organisation } ви, можливо, ще залишаєтеся в системі.
sign-in-provider-sign-out = Вийти також із сервісу автентифікації
nav-sign-in-providers = Сервіси автентифікації
nav-sign-in-providers-hint = Налаштувати вхід через сервіс автентифікації організації (єдиний вхід).
providers-title = Сервіси автентифікації (єдиний вхід)
providers-intro = Для кожної організації: чи входять її працівники через сервіс автентифікації OpenID Connect, наприклад міський? Облікові записи ви й надалі створюєте самі. Під час першого входу обліковий запис пов’язується за підтвердженою адресою електронної пошти. Адміністратори й надалі входять із паролем.
providers-return-address = Адреса повернення для реєстрації в сервісі автентифікації:
providers-saved = Сервіс автентифікації збережено.
providers-removed = Сервіс автентифікації видалено. Працівники знову входять із паролем.
providers-none = Немає сервісу автентифікації: вхід із паролем.
providers-disabled = Сервіс автентифікації налаштовано, але вимкнено: вхід із паролем.
providers-in-use = { $count ->
    [one] Вхід через сервіс автентифікації. Пов’язано { $count } обліковий запис.
    [few] Вхід через сервіс автентифікації. Пов’язано { $count } облікові записи.
    [many] Вхід через сервіс автентифікації. Пов’язано { $count } облікових записів.
   *[other] Вхід через сервіс автентифікації. Пов’язано { $count } облікового запису.
}
providers-offers-sign-out = Сервіс автентифікації пропонує вихід; Lotse показує його після виходу.
providers-issuer = Адреса (issuer)
providers-issuer-hint = Lotse зчитує там /.well-known/openid-configuration.
providers-client-id = Client ID
providers-client-secret = Секрет клієнта
providers-client-secret-hint = Видається сервісом автентифікації.
providers-client-secret-keep = Залиште порожнім, щоб зберегти попередній секрет.
providers-subject-claim = Ознака, що позначає особу (claim)
providers-subject-claim-hint = Зазвичай «sub». Змінюйте, лише якщо так скаже ІТ-відділ міста.
providers-enabled = Увімкнути вхід через цей сервіс
providers-save = Зберегти
providers-remove = Видалити сервіс автентифікації
audit-action-configure-sign-in-provider = Сервіс автентифікації налаштовано
audit-action-remove-sign-in-provider = Сервіс автентифікації видалено
providers-settings = Налаштувати або змінити сервіс автентифікації
account-through-provider = Ви входите через сервіс автентифікації вашої організації. Паролем і другим фактором там керує ваша організація.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = Ключі доступу
passkeys-intro = Ключ доступу підтверджує ваш вхід із цього пристрою: відбитком пальця, обличчям, PIN-кодом пристрою або ключем безпеки. Він замінює код із застосунку.
passkeys-none = У вас ще немає ключа доступу.
passkey-details = Додано { $added }. Останнє використання: { $used }
passkey-never-used = ніколи
passkey-remove = Видалити
passkey-remove-named = Видалити ключ доступу { $name }
passkey-name = Назва ключа доступу
passkey-name-hint = Щоб ви могли його впізнати, наприклад «Ноутбук в офісі» або «Ключ безпеки».
passkey-add = Додати ключ доступу
passkey-waiting = Ваш пристрій зараз запитує ключ доступу.
passkey-sign-in = Увійти за допомогою ключа доступу
passkey-sign-in-intro = Підтвердьте вхід за допомогою свого ключа доступу.
passkey-or-code = Або введіть код:
passkey-set-up-intro = Або додайте ключ доступу, якщо на цьому пристрої є сканер відбитків пальців, розпізнавання обличчя або ключ безпеки:
passkey-unsupported = Цей браузер не підтримує ключі доступу. Використайте сучасний браузер або застосунок-автентифікатор.
passkey-cancelled = Ключ доступу не було використано (скасовано або час минув). Спробуйте ще раз.
passkey-known = На цьому пристрої вже є ключ доступу для вашого облікового запису.
passkey-elsewhere = Ключі доступу працюють лише за адресою { $address }.
passkey-elsewhere-link = Відкрити Lotse за цією адресою
passkey-added = Ключ доступу додано. Створіть коди відновлення, якщо у вас їх ще немає.
passkey-removed = Ключ доступу видалено.
error-passkey-failed = Не вдалося підтвердити ключ доступу. Спробуйте ще раз.
error-passkey-expired = Термін дії запиту минув. Спробуйте ще раз.
error-passkey-none = Для вашого облікового запису немає ключа доступу.
error-passkey-name-required = Дайте ключу доступу назву.
error-passkey-name-too-long = Назва може містити щонайбільше 60 символів.
sign-in-method-password-and-passkey = Вхід із паролем і ключем доступу
second-factors-passkeys = Ключі доступу
audit-action-add-passkey = Ключ доступу додано
audit-action-remove-passkey = Ключ доступу видалено
second-factor-remove-app = Видалити застосунок-автентифікатор
second-factor-remove-app-hint = Ваші ключі доступу та коди відновлення зберігаються; за їх допомогою ви й надалі підтверджуєте вхід. Підтвердьте поточним паролем.
second-factor-app-only-removed = Застосунок-автентифікатор видалено. Ваші ключі доступу зберігаються.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = Вихідна пошта
nav-outbox-hint = Які листи написав Lotse, які надіслано, а які ні.
outbox-title = Вихідна пошта
outbox-intro = Кожен лист, який пише Lotse, спочатку з’являється тут. Листи не містять даних клієнток і клієнтів, лише посилання на Lotse.
outbox-smtp-configured = Поштовий сервер налаштовано: листи, що очікують, надсилаються протягом кількох секунд. Якщо спроба не вдається, Lotse пробує ще раз пізніше.
outbox-no-smtp = Поштовий сервер не налаштовано (LOTSE_SMTP_URL): листи не надсилаються. Вони залишаються тут, і їх можна прочитати.
outbox-counts = Очікують: { $waiting } · Надіслано: { $sent } · Не вдалося: { $failed }
outbox-empty = Листів ще немає.
outbox-to = Кому
outbox-written = Написано
outbox-state = Стан
outbox-state-waiting = Очікує надсилання
outbox-state-sent = Надіслано { $time }
outbox-state-failed = Не вдалося; спроб: { $attempts }
outbox-state-retrying = Невдалих спроб: { $attempts }; наступна спроба { $time }
outbox-last-error = Відповідь поштового сервера
outbox-read = Прочитати лист
mail-settings-title = Сповіщення електронною поштою
mail-settings-intro = Lotse пише Вам на { $email }, коли щось стосується Вас. Листи не містять даних клієнток і клієнтів, лише посилання. Оберіть для кожного виду: одразу, зібрано раз на день або ніколи.
mail-settings-language = Мова листів
mail-settings-save = Зберегти налаштування
mail-settings-saved = Налаштування електронної пошти збережено.
notify-kind-new-referral = Нове направлення до Вашої організації
notify-kind-referral-overdue = Направлення з простроченим строком відповіді
notify-kind-correction-requested = Клієнтка / клієнт просить про виправлення
notify-kind-consent-revoked = Клієнтка / клієнт відкликав згоду
notify-kind-volunteer-problem = Волонтерка / волонтер повідомляє про проблему
delivery-now = Одразу
delivery-daily = Щоденне зведення
delivery-never = Ніколи
mail-new-referral-subject = Нове направлення до { $organisation }
mail-new-referral-body = У Lotse надійшло нове направлення для { $organisation }. Будь ласка, дайте відповідь до кінця строку відповіді:
    { $link }
mail-referral-overdue-subject = Направлення чекає довше за строк відповіді
mail-referral-overdue-body = Строк відповіді на направлення минув, а відповіді ще немає:
    { $link }
mail-correction-requested-subject = Прохання про виправлення
mail-correction-requested-body = Клієнтка або клієнт з однієї з Ваших справ просить у порталі про виправлення. Прохання Ви знайдете в Lotse:
    { $link }
mail-consent-revoked-subject = Згоду відкликано
mail-consent-revoked-body = Клієнтка або клієнт з однієї з Ваших справ відкликав у порталі згоду. Докладніше в Lotse:
    { $link }
mail-volunteer-problem-subject = Волонтерка або волонтер повідомляє про проблему
mail-volunteer-problem-body = Щодо завдання в одній із Ваших справ повідомлено про проблему. Докладніше в Lotse:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [one] { $count } новина
        [few] { $count } новини
        [many] { $count } новин
       *[other] { $count } новини
    }
mail-digest-intro = { $count ->
        [one] Від останнього зведення для Вас є { $count } новина:
        [few] Від останнього зведення для Вас є { $count } новини:
        [many] Від останнього зведення для Вас є { $count } новин:
       *[other] Від останнього зведення для Вас є { $count } новини:
    }
mail-footer = Цей лист не містить даних клієнток і клієнтів. Які листи Ви отримуєте, Ви налаштовуєте в розділі «Мій обліковий запис»: { $settings }

external-title = Направлення до Вашої організації
external-tagline = Направлення для партнерів
external-gone = За цим посиланням (більше) нічого не видно: строк його дії минув або його відкликано, або направлення закрито. Будь ласка, зверніться до особи, яка надіслала Вам направлення.
external-for = Для: { $organisation }
external-code-intro = Для захисту даних це посилання нічого не показує, доки Ви не введете одноразовий код. Ми надішлемо його на Вашу адресу другим листом.
external-send-code = Надіслати код електронною поштою
external-send-code-again = Надіслати новий код
external-code-sent = Код уже в дорозі. Він дійсний 15 хвилин.
external-code = Одноразовий код із листа
external-open = Відкрити направлення
external-referral-title = Направлення
external-audited = Кожне відкриття цієї сторінки записується. Направлена особа може бачити, коли Ваша організація переглядала її дані.
external-link-title = Посилання для партнерської організації
external-link-explained = Ця організація не має облікового запису в Lotse. Її контактна особа отримала посилання електронною поштою і відкриває його за допомогою одноразового коду.
external-contact = Контактна особа
external-link-state = Посилання
external-link-active = дійсне
external-link-expired = строк дії минув
external-link-withdrawn = відкликано
external-link-until = Дійсне до
external-link-last-viewed = Востаннє відкрито
external-link-never-viewed = ще ніколи
external-link-renew = Продовжити на 14 днів
external-link-withdraw = Відкликати посилання
external-link-renewed = Посилання знову дійсне 14 днів.
external-link-withdrawn-done = Посилання відкликано. Відтепер воно нічого не показує.
organisations-external-contact = Контактна особа (без облікового запису)
organisations-has-accounts = з обліковими записами в Lotse
organisations-external-new = Створити партнерську організацію без облікових записів
organisations-external-explained = Для партнерів, які не працюють у Lotse (наприклад, професійних палат або невеликих об’єднань): направлення надходять контактній особі у вигляді посилання електронною поштою.
organisations-contact-name = Ім’я контактної особи
organisations-contact-email = Адреса електронної пошти контактної особи
organisations-contact-language = Мова листів
organisations-external-create = Створити партнерську організацію
organisations-external-created = Партнерську організацію створено.
error-external-no-contact = Ця організація не має контактної особи для направлень.
error-external-link-gone = Це посилання більше нічого не показує. Будь ласка, зверніться до особи, яка надіслала Вам направлення.
error-external-code-again = Ваш сеанс завершився. Будь ласка, запросіть новий код і введіть його.
error-external-code-limit = За останню годину було надіслано забагато кодів. Будь ласка, спробуйте пізніше.
error-external-code-expired = Цей код більше не дійсний. Будь ласка, запросіть новий.
error-external-code-wrong = Код неправильний. Будь ласка, перевірте його.
error-external-no-link = Це направлення не має дійсного посилання.
mail-external-referral-subject = Нове направлення від { $sender }
mail-external-referral-body = Ваша організація отримала від { $sender } направлення в межах муніципального управління інтеграцією. Для захисту даних у цьому листі немає жодних відомостей про особу. Направлення Ви знайдете тут:
    { $link }
    Під час відкриття ми попросимо Вас ввести одноразовий код, який надішлемо Вам другим листом. Посилання дійсне до { $expires }.
mail-external-code-subject = Ваш одноразовий код для Lotse
mail-external-code-body = Ваш одноразовий код: { $code }
    Він дійсний 15 хвилин. Якщо Ви не запитували код, можете видалити цей лист.
portal-reminders-title = Нагадування електронною поштою
portal-reminders-explained = За день до зустрічі ми надсилаємо Вам лист із датою та часом. Більше в ньому нічого немає. Подробиці Ви бачите тут, у порталі.
portal-reminders-to = Кому: { $email }
portal-reminders-no-email = Для Вас не збережено адреси електронної пошти. Ваша кейс-менеджерка або Ваш кейс-менеджер може її внести.
portal-reminders-on = Так, нагадуйте мені
portal-reminders-off = Більше не нагадувати
portal-reminders-are-on = Ви отримуєте нагадування електронною поштою.
portal-reminders-are-off = Ви не отримуєте нагадувань електронною поштою.
mail-appointment-reminder-subject = Нагадування: завтра у Вас зустріч
mail-appointment-reminder-body = Завтра, { $date }, о { $time } у Вас зустріч. Подробиці Ви знайдете в порталі:
    { $link }
mail-appointment-reminder-body-day = Завтра, { $date }, у Вас зустріч. Подробиці Ви знайдете в порталі:
    { $link }
mail-appointment-reminder-footer = Ви отримуєте це нагадування, бо увімкнули його в порталі. Там Ви можете його знову вимкнути.
