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
