# Lotse – متن‌های دری (ترجمه از آلمانی؛ همه زبان‌ها کلیدهای یکسان دارند).

app-tagline = مدیریت ادغام در سطح شاروالی
skip-to-content = رفتن به محتوا
language-label = زبان
demo-marker = نسخهٔ نمایشی – بدون معلومات واقعی
nav-label = مینوی اصلی
nav-start = صفحهٔ اصلی
nav-organisations = سازمان‌ها
nav-users = حساب‌های کاربری
nav-account = حساب من
sign-out = خروج
signed-out-notice = شما وارد نشده‌اید.
sign-in-link = رفتن به صفحهٔ ورود

## ورود
sign-in-title = ورود
sign-in-submit = ورود
field-email = آدرس ایمیل
field-password = رمز عبور
demo-accounts-title = حساب‌های نمایشی
demo-accounts-password = رمز عبور همه حساب‌های نمایشی:

## صفحهٔ اصلی
start-title = صفحهٔ اصلی
start-greeting = روز تان بخیر، { $name }!
start-intro-administrator = شما سازمان‌ها، حساب‌های کاربری و نقش‌ها را مدیریت می‌کنید.
start-intro-case-manager = شما مراجعین خود را در مدیریت دوسیه همراهی می‌کنید – از نخستین مصاحبه تا پلان ادغام.
start-intro-coordinator = شما شاخص‌های بی‌نام‌شده را می‌بینید و گروه‌های کاری را همراهی می‌کنید.
start-intro-partner-staff = شما ارجاع‌ها به سازمان خود و تنها معلوماتی را می‌بینید که مراجع با انتقال آن موافقت کرده است.
start-intro-volunteer = شما وظایفی را می‌بینید که به شما سپرده شده است.
start-intro-data-protection-officer = شما بررسی می‌کنید که چه کسی، چه وقت به کدام معلومات دسترسی داشته است.
start-more-soon = بخش‌های دیگر در نسخه‌های بعدی اضافه می‌شوند.

## نقش‌ها
role-administrator = مدیریت سیستم
role-case-manager = مدیریت دوسیه
role-coordinator = هماهنگی
role-partner-staff = سازمان همکار
role-volunteer = رضاکار
role-data-protection-officer = حفاظت معلومات

## انواع سازمان
org-type-city-office = ادارهٔ شاروالی
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = ادارهٔ کاریابی
org-type-chamber = اتاق (IHK/HWK)
org-type-welfare-organisation = مؤسسهٔ خیریه و رفاه اجتماعی
org-type-course-provider = برگزارکنندهٔ کورس
org-type-volunteer-network = شبکهٔ رضاکاران
org-type-health-service = خدمات صحی

## سازمان‌ها
organisations-title = سازمان‌ها
organisations-new = سازمان جدید
organisations-create = ایجاد سازمان
field-organisation-name = نام
field-organisation-type = نوع سازمان
choose-option = لطفاً انتخاب کنید

## حساب‌های کاربری
users-title = حساب‌های کاربری
users-new = حساب کاربری جدید
users-create = ایجاد حساب کاربری
users-created = حساب کاربری ایجاد شد.
users-last-sign-in = آخرین ورود
users-never = هیچ وقت
users-status = وضعیت
users-active = فعال
users-inactive = غیرفعال
users-activate = فعال کردن
users-deactivate = غیرفعال کردن
field-display-name = نام
field-organisation = سازمان
field-role = نقش
field-initial-password = رمز عبور اولیه
pager-label = صفحه‌ها
pager-previous = صفحهٔ قبلی
pager-next = صفحهٔ بعدی

## حساب من
account-title = حساب من
account-change-password = تغییر رمز عبور
account-password-changed = رمز عبور شما تغییر کرد. ورودهای دیگر ختم شدند.
field-current-password = رمز عبور فعلی
field-new-password = رمز عبور جدید
field-confirm-password = تکرار رمز عبور جدید
password-rule = حد اقل 10 حرف.

## صفحه پیدا نشد
not-found-title = صفحه پیدا نشد
not-found-home = رفتن به صفحهٔ اصلی

## پیام‌های خطا
error-unauthenticated = لطفاً وارد شوید.
error-forbidden = شما اجازهٔ این کار را ندارید.
error-invalid-credentials = آدرس ایمیل یا رمز عبور نادرست است.
error-throttled = کوشش‌های ناکام برای ورود بیش از حد بوده است. لطفاً { $minutes } دقیقه بعد دوباره کوشش کنید.
error-not-found = این مورد پیدا نشد.
error-bad-request = درخواست نادرست بود. لطفاً صفحه را دوباره باز کنید.
error-internal = یک خطای داخلی رخ داد. لطفاً کود { $request_id } را به بخش پشتیبانی بگویید.
error-required = لطفاً این خانه را پر کنید.
error-too-long = این متن بیش از حد طولانی است.
error-choose-option = لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-email-invalid = لطفاً یک آدرس ایمیل معتبر وارد کنید.
error-email-taken = برای این آدرس ایمیل از قبل یک حساب کاربری وجود دارد.
error-organisation-exists = سازمانی با این نام از قبل وجود دارد.
error-password-too-short = رمز عبور باید حد اقل 10 حرف باشد.
error-passwords-differ = دو رمز عبور با هم مطابقت ندارند.
error-current-password-wrong = رمز عبور فعلی نادرست است.
error-own-account = شما نمی‌توانید حساب خود را در اینجا تغییر دهید.
error-name-required = لطفاً دست‌کم یک نام را درج کنید.
error-date-part-invalid = این تاریخ وجود ندارد.
error-day-without-month = روز بدون ماه ممکن نیست.
error-language-code = لطفاً یک زبان را از لست انتخاب کنید.

## مراجعین
nav-clients = مراجعین
clients-title = مراجعین
clients-new = مراجع جدید
clients-search-label = نام (با هر املا و هر رسم‌الخط)
clients-none-found = کسی پیدا نشد.
clients-col-name = نام
clients-col-latin = املا در اسناد
clients-col-birth = تاریخ تولد
clients-birth-unknown = نامعلوم
client-new-title = مراجع جدید
client-names = نام‌ها
client-birth = تاریخ تولد
client-birth-hint = آنچه معلوم است درج کنید؛ روز یا ماه می‌تواند خالی بماند.
client-language = زبان
client-contact = تماس و آدرس
client-create = ایجاد
client-created = این شخص ثبت شد.
client-duplicates-title = شاید این اشخاص قبلاً ثبت شده باشند:
client-duplicates-confirm = این شخص دیگری است – با آن هم ایجاد شود
field-given-names = نام (نام‌ها)
field-family-name = تخلص
field-given-names-latin = نام (نام‌ها) با حروف لاتین، مانند اسناد
field-family-name-latin = تخلص با حروف لاتین، مانند اسناد
field-birth-day = روز
field-birth-month = ماه
field-birth-year = سال
field-preferred-language = زبان ترجیحی
field-interpreter-needed = ضرورت به ترجمان
field-interpreter-language = زبان ترجمانی (ISO-639-3-Code)
field-phone = تیلفون
field-street = سرک و نمبر خانه
field-postal-code = کود پستی
field-city = شهر
