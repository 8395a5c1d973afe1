# Lotse – متن‌های فارسی (ترجمه از آلمانی؛ همهٔ زبان‌ها کلیدهای یکسانی دارند).

app-tagline = مدیریت ادغام در سطح شهرداری
skip-to-content = رفتن به محتوا
language-label = زبان
demo-marker = نسخهٔ نمایشی – بدون داده‌های واقعی
nav-label = ناوبری اصلی
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
field-email = نشانی ایمیل
field-password = رمز عبور
demo-accounts-title = حساب‌های نمایشی
demo-accounts-password = رمز عبور همهٔ حساب‌های نمایشی:

## صفحهٔ اصلی
start-title = صفحهٔ اصلی
start-greeting = روز بخیر، { $name }!
start-intro-administrator = شما سازمان‌ها، حساب‌های کاربری و نقش‌ها را مدیریت می‌کنید.
start-intro-case-manager = شما مراجعان خود را در مدیریت پرونده همراهی می‌کنید – از نخستین گفتگو تا برنامهٔ ادغام.
start-intro-coordinator = شما شاخص‌های ناشناس‌شده را می‌بینید و گروه‌های کاری را همراهی می‌کنید.
start-intro-partner-staff = شما ارجاع‌ها به سازمان خود و فقط داده‌هایی را می‌بینید که مراجع با انتقال آن‌ها موافقت کرده است.
start-intro-volunteer = شما وظایفی را می‌بینید که به شما سپرده شده است.
start-intro-data-protection-officer = شما بررسی می‌کنید که چه کسی، چه زمانی به چه داده‌هایی دسترسی داشته است.
start-more-soon = بخش‌های دیگر در نسخه‌های بعدی اضافه خواهند شد.

## نقش‌ها
role-administrator = مدیریت سامانه
role-case-manager = مدیریت پرونده
role-coordinator = هماهنگی
role-partner-staff = سازمان همکار
role-volunteer = داوطلب
role-data-protection-officer = حفاظت از داده‌ها

## انواع سازمان
org-type-city-office = ادارهٔ شهرداری
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = ادارهٔ کاریابی
org-type-chamber = اتاق (IHK/HWK)
org-type-welfare-organisation = سازمان رفاه اجتماعی
org-type-course-provider = برگزارکنندهٔ دوره
org-type-volunteer-network = شبکهٔ داوطلبان
org-type-health-service = خدمات بهداشتی

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
users-never = هرگز
users-status = وضعیت
users-active = فعال
users-inactive = غیرفعال
users-activate = فعال‌سازی
users-deactivate = غیرفعال‌سازی
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
account-password-changed = رمز عبور شما تغییر کرد. نشست‌های دیگر پایان یافتند.
field-current-password = رمز عبور فعلی
field-new-password = رمز عبور جدید
field-confirm-password = تکرار رمز عبور جدید
password-rule = دست‌کم 10 نویسه.

## صفحه پیدا نشد
not-found-title = صفحه پیدا نشد
not-found-home = رفتن به صفحهٔ اصلی

## پیام‌های خطا
error-unauthenticated = لطفاً وارد شوید.
error-forbidden = شما اجازهٔ انجام این کار را ندارید.
error-invalid-credentials = نشانی ایمیل یا رمز عبور نادرست است.
error-throttled = تلاش‌های ناموفق برای ورود بیش از حد بوده است. لطفاً { $minutes } دقیقهٔ دیگر دوباره تلاش کنید.
error-not-found = این مورد پیدا نشد.
error-bad-request = درخواست نادرست بود. لطفاً صفحه را دوباره بارگذاری کنید.
error-internal = خطای داخلی رخ داد. لطفاً شناسهٔ { $request_id } را به پشتیبانی اعلام کنید.
error-required = لطفاً این فیلد را پر کنید.
error-too-long = این متن بیش از حد طولانی است.
error-choose-option = لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-email-invalid = لطفاً یک نشانی ایمیل معتبر وارد کنید.
error-email-taken = برای این نشانی ایمیل از قبل یک حساب کاربری وجود دارد.
error-organisation-exists = سازمانی با این نام از قبل وجود دارد.
error-password-too-short = رمز عبور باید دست‌کم 10 نویسه باشد.
error-passwords-differ = دو رمز عبور با هم مطابقت ندارند.
error-current-password-wrong = رمز عبور فعلی نادرست است.
error-own-account = شما نمی‌توانید حساب خود را در اینجا تغییر دهید.
error-name-required = لطفاً دست‌کم یک نام وارد کنید.
error-date-part-invalid = این تاریخ وجود ندارد.
error-day-without-month = روز بدون ماه ممکن نیست.
error-language-code = لطفاً زبانی را از فهرست انتخاب کنید.

## مراجعان
nav-clients = مراجعان
clients-title = مراجعان
clients-new = مراجع جدید
clients-search-label = نام (با هر املا و هر خطی)
clients-none-found = کسی پیدا نشد.
clients-col-name = نام
clients-col-latin = املا در مدارک
clients-col-birth = تاریخ تولد
clients-birth-unknown = نامعلوم
client-new-title = مراجع جدید
client-names = نام‌ها
client-birth = تاریخ تولد
client-birth-hint = آنچه را که معلوم است وارد کنید؛ روز یا ماه می‌تواند خالی بماند.
client-language = زبان
client-contact = تماس و نشانی
client-create = ایجاد
client-created = این شخص ثبت شد.
client-duplicates-title = شاید این افراد از قبل ثبت شده باشند:
client-duplicates-confirm = این شخص دیگری است – با این حال ایجاد شود
field-given-names = نام (نام‌ها)
field-family-name = نام خانوادگی
field-given-names-latin = نام (نام‌ها) به خط لاتین، مانند مدارک
field-family-name-latin = نام خانوادگی به خط لاتین، مانند مدارک
field-birth-day = روز
field-birth-month = ماه
field-birth-year = سال
field-preferred-language = زبان ترجیحی
field-interpreter-needed = نیاز به ترجمهٔ شفاهی
field-interpreter-language = زبان ترجمهٔ شفاهی (ISO-639-3-Code)
field-phone = تلفن
field-street = خیابان و پلاک
field-postal-code = کد پستی
field-city = شهر
