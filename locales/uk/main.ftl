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
