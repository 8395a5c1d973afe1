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
users-role-change = تغییر نقش
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
error-throttled = تلاش‌های ناموفق برای ورود بیش از حد بوده است. لطفاً { $minutes ->
    [one] { $minutes } دقیقهٔ دیگر
   *[other] { $minutes } دقیقهٔ دیگر
} دوباره تلاش کنید.
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
clients-search-submit = جستجو
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

## Case management core (issue 3)

error-conflict = شخص دیگری در این فاصله این اطلاعات را ذخیره کرده است. چیزی بازنویسی نشد و داده‌های شما هنوز در فرم هستند. آنچه اکنون ذخیره شده است:
error-number-invalid = لطفاً یک عدد معتبر وارد کنید.
error-date-invalid = لطفاً یک تاریخ معتبر وارد کنید.
error-time-invalid = لطفاً یک ساعت معتبر وارد کنید (HH:MM).
error-choose-from-list = لطفاً یک مورد را از فهرست انتخاب کنید.
error-date-in-past = این تاریخ در گذشته است.
error-date-in-future = این تاریخ در آینده است.
error-target-before-start = تاریخ هدف پیش از تاریخ شروع است.
error-goal-empty = لطفاً هدف را شرح دهید (با کلمات خود مراجع، به زبان ساده یا با یک الگو).
error-reason-required = لطفاً دلیل را بنویسید.
error-result-required = لطفاً نتیجه را بنویسید.
error-organisation-required = لطفاً سازمان مسئول را انتخاب کنید.
error-interpreter-language-required = لطفاً زبان ترجمهٔ شفاهی را وارد کنید.
error-review-before-agreement = بازبینی باید پس از توافق باشد.
error-plan-empty = این برنامه هنوز هیچ هدفی ندارد.
error-plan-nothing-to-agree = پیش‌نویسی برای توافق وجود ندارد.
error-phase-not-allowed = این تغییر مرحله ممکن نیست.
error-consent-missing = رضایت برای مدیریت پرونده هنوز ثبت نشده است. لطفاً اول آن را ثبت کنید.
error-entrusted-by-required = لطفاً بنویسید چه کسی این اطلاعات را به شما سپرده است.

value-empty = (خالی)
untranslated-marker = ترجمه نشده
language-picker-hint = نام آلمانی زبان، نام زبان به خود آن زبان یا ISO-639-3-Code را وارد کنید.
saved = ذخیره شد.
save = ذخیره
add = افزودن
remove = حذف
yes = بله
no = خیر
nav-catalogues = کاتالوگ‌ها

client-title = مراجع
client-personal = اطلاعات شخصی
client-edit = ویرایش اطلاعات
client-cases = پرونده‌ها
client-household = خانوار
client-address = نشانی
client-open-record = باز کردن پروندهٔ مراجع
case-link = پرونده
case-open = ایجاد پروندهٔ جدید
household-add = افزودن عضو خانوار
field-member-name = نام
field-relation = نسبت
compartment-residence = اقامت و کمک‌هزینه‌ها
compartment-residence-hint = بخش حساس: جداگانه ذخیره می‌شود و فقط جایی دیده می‌شود که لازم است.
field-residence-status = وضعیت اقامت
field-valid-until = معتبر تا
field-benefit-regime = کمک‌هزینهٔ دریافتی
compartment-health = سلامت
compartment-health-hint = دستهٔ ویژه‌ای از داده‌های شخصی: فقط با رضایت صریح به دیگران داده می‌شود.
compartment-youth-welfare = خدمات حمایتی کودکان و نوجوانان
compartment-youth-welfare-hint = فقط با رضایت کسی که این اطلاعات را سپرده است به دیگران داده می‌شود.
compartment-private = یادداشت‌های کاری شخصی من
compartment-private-hint = فقط شما این یادداشت‌ها را می‌بینید. این یادداشت‌ها هرگز به دیگران داده نمی‌شوند.
note-add = افزودن یادداشت
field-note = یادداشت
field-entrusted-by = سپرده‌شده توسط

case-title = پرونده
case-phase = مرحله
case-owner = مسئول پرونده
case-sections = بخش‌های پرونده
case-history = سابقهٔ مرحله‌ها
case-closed = پرونده بسته شده است:
case-consent-needed = پیش از ارزیابی باید رضایت برای مدیریت پرونده ثبت شود.
case-next-phase = مرحلهٔ بعدی
case-change-phase = تغییر مرحله
field-closure-reason = دلیل بستن پرونده
consent-title = رضایت برای مدیریت پرونده
consent-recorded = رضایت داده شده در تاریخ
consent-record = ثبت رضایت
consent-save = ذخیرهٔ رضایت
field-given-on = تاریخ رضایت
field-consent-method = نوع رضایت
assessment-title = ارزیابی
assessment-recorded = ثبت شده
assessment-needs = نیازها
assessment-resources = منابع و توانایی‌ها
assessment-client-goals = هدف‌های خود مراجع
facts-title = اطلاعات ساختاریافته
field-language-level = سطح زبان آلمانی
field-literacy = سواد خواندن و نوشتن
field-schooling = تحصیلات مدرسه
field-qualifications = مدارک و صلاحیت‌ها
field-recognition-needed = نیاز به شناسایی مدرک خارجی
field-work-experience = سابقهٔ کار
field-housing-situation = وضعیت مسکن
field-health-insurance = بیمهٔ درمانی

plan-title = برنامهٔ ادغام
plan-none = هنوز برنامه‌ای وجود ندارد.
plan-version = نسخهٔ { $number }
plan-version-agreed = نسخهٔ { $number }، توافق‌شده در تاریخ
plan-version-draft = پیش‌نویس، نسخهٔ { $number }
plan-print = چاپ برنامه
plan-goals = هدف‌ها
plan-no-goals = هنوز هدفی وجود ندارد.
plan-steps = گام‌ها
plan-agree = توافق بر سر برنامه
plan-agree-hint = دربارهٔ برنامه با مراجع گفتگو و توافق می‌شود. تغییرات بعدی یک نسخهٔ جدید را شروع می‌کنند.
plan-review-default = اگر خالی بماند: شش ماه پس از توافق.
plan-versions = نسخه‌ها
plan-agreed-on = توافق‌شده در تاریخ
plan-draft = پیش‌نویس
plan-compare-from = مقایسهٔ
plan-compare-to = با
plan-current = وضعیت فعلی
plan-compare = مقایسه
plan-no-changes = بدون تغییر.
plan-back = بازگشت به برنامه
goal-add = افزودن هدف
goal-edit = ویرایش هدف
goal-remove = حذف هدف
goal-status-change = تغییر وضعیت هدف
step-add = افزودن گام
step-edit = ویرایش گام
step-history = سابقه
step-status-change = تغییر وضعیت
field-domain = حوزهٔ زندگی
field-goal-level = سطح هدف
field-goal-template = الگوی هدف
field-client-words = با کلمات خود مراجع
field-plain-wording = به زبان ساده
field-success-criterion = از کجا می‌فهمیم که انجام شده است
field-start-date = شروع
field-target-date = تاریخ هدف
field-goal-status = وضعیت
field-status-reason = دلیل
field-service-type = خدمت
field-step-detail = جزئیات
field-responsible = مسئول
field-responsible-organisation = سازمان مسئول
field-due-date = مهلت
field-step-status = وضعیت
field-status-note = نتیجه یا دلیل
field-appeal-deadline = مهلت اعتراض (Widerspruch) تا
field-agreed-on = تاریخ توافق
field-agreed-how = نحوهٔ توافق
field-review-due = بازبینی
appointments-title = قرارهای ملاقات
appointment-add = افزودن قرار ملاقات
field-date = تاریخ
field-time = ساعت
field-place = مکان
field-with-organisation = نزد سازمان
field-linked-step = مربوط به گام
field-appointment-note = چه چیزی همراه بیاورید یا توضیح
diff-added = اضافه شد
diff-removed = حذف شد
diff-changed = تغییر کرد
diff-goal = هدف
diff-step = گام

print-language = زبان چاپ
print-now = چاپ
print-plan-title = برنامهٔ ادغام من
print-agreed-on = توافق‌شده در تاریخ
print-draft = پیش‌نویس – هنوز توافق نشده
print-signature-client = امضای مراجع
print-signature-case-manager = امضای مدیر پرونده

dashboard-phases = پرونده‌های من بر اساس مرحله
dashboard-overdue = گام‌هایی که مهلتشان گذشته است
dashboard-reviews = بازبینی‌ها در 14 روز آینده
dashboard-waiting = گام‌هایی که منتظر سازمان‌های همکار هستند
dashboard-appointments = قرارهای ملاقات در 7 روز آینده
dashboard-recent = پرونده‌هایی که اخیراً تغییر کرده‌اند
dashboard-none = کاری برای انجام نیست.
dashboard-shown-of = { $shown } از { $total } نشان داده شده است؛ همه در برنامه‌های پرونده‌ها هستند.

catalogues-title = کاتالوگ‌ها
catalogues-intro = مدخل‌های خودتان کاتالوگ‌های داخلی را تکمیل می‌کنند. آلمانی الزامی است؛ اگر زبانی موجود نباشد، متن آلمانی با یادداشت «ترجمه نشده» نمایش داده می‌شود.
catalogues-none = هنوز مدخلی از خودتان وجود ندارد.
catalogues-col-catalogue = کاتالوگ
catalogues-col-text = متن
catalogues-col-locales = زبان‌ها
catalogues-add = افزودن مدخل
catalogues-texts = متن به هر زبان
catalogue-name-service = خدمات
catalogue-name-goal-template = الگوهای هدف
catalogue-name-closure = دلایل بستن پرونده

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = ارجاع
phase-intake = نخستین گفتگو (Intake)
phase-assessment = ارزیابی
phase-planning = برنامه‌ریزی کمک
phase-implementation = اجرا
phase-monitoring = پیگیری و بازبینی
phase-evaluation = ارزیابی نهایی
phase-closed = بسته‌شده

domain-language = زبان
domain-education-work = آموزش و کار
domain-housing = مسکن
domain-health = سلامت
domain-residence = اقامت
domain-benefits = کمک‌هزینه‌ها و امور مالی
domain-family = خانواده و فرزندان
domain-participation = مشارکت اجتماعی

service-integration-course = دورهٔ ادغام (Integrationskurs)
service-literacy-course = دورهٔ ادغام همراه با سوادآموزی (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = دورهٔ ادغام برای جوانان (Jugendintegrationskurs)
service-parents-integration-course = دورهٔ ادغام برای والدین و زنان (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = دورهٔ فشرده (Intensivkurs)
service-second-script-course = دوره برای کسانی که با خط دیگری سواد دارند (Zweitschriftlernerkurs)
service-dtz-exam = آزمون زبان آلمانی برای مهاجران (DTZ)
service-job-language-course = دورهٔ زبان آلمانی برای کار (Berufssprachkurs)
service-course-fee-exemption = معافیت از هزینهٔ دوره
service-potential-analysis = تحلیل توانایی‌ها و نقاط قوت (Potenzialanalyse)
service-cooperation-plan = برنامهٔ همکاری با Jobcenter (Kooperationsplan)
service-placement-voucher = کوپن کاریابی (Vermittlungsgutschein)
service-apprenticeship = آموزش حرفه‌ای (Ausbildung)
service-entry-qualification = کارآموزی برای آمادگی آموزش حرفه‌ای (Einstiegsqualifizierung, EQ)
service-wage-subsidy = یارانهٔ دستمزد
service-coaching = مشاوره و همراهی (Coaching)
service-recognition-counselling = مشاوره دربارهٔ شناسایی مدارک (IQ-Netzwerk)
service-recognition-application = درخواست شناسایی مدرک
service-qualification-analysis = آزمون عملی مهارت‌های حرفه‌ای (Qualifikationsanalyse)
service-adaptation-training = آموزش تکمیلی برای شناسایی کامل مدرک (Anpassungsqualifizierung)
service-zab-evaluation = ارزشیابی مدرک خارجی (ZAB)
service-housing-entitlement = گواهی حق استفاده از مسکن اجتماعی (WBS)
service-residence-obligation-change = تغییر الزام سکونت در یک محل معین (Wohnsitzauflage)
service-cost-approval = پذیرش پرداخت اجاره‌بها (Mietkostenübernahme)
service-move-out-of-shelter = نقل مکان از اقامتگاه جمعی
service-health-card = کارت سلامت (Gesundheitskarte)
service-treatment-voucher = برگهٔ درمان (Behandlungsschein)
service-health-insurance-enrolment = ثبت‌نام در صندوق بیمهٔ درمانی (Krankenkasse)
service-psychosocial-centre = مرکز روانی-اجتماعی (Psychosoziales Zentrum)
service-vaccination = واکسیناسیون
service-permit-application = درخواست اجازهٔ اقامت (Aufenthaltserlaubnis)
service-naturalisation = گرفتن تابعیت آلمان (Einbürgerung)
service-benefit-application = درخواست کمک‌هزینه
service-debt-counselling = مشاوره دربارهٔ بدهی‌ها
service-childcare-place = جا در مهدکودک (Kita)
service-school-enrolment = ثبت‌نام در مدرسه
service-migration-counselling = مشاورهٔ مهاجرت برای بزرگسالان (MBE)
service-youth-migration-service = خدمات مهاجرت برای جوانان (JMD)
service-interpreter = ترجمهٔ شفاهی
service-document-translation = ترجمهٔ مدارک
service-volunteer-matching = پیدا کردن یک همراه داوطلب

goal-template-reach-b1 = صحبت کردن به زبان آلمانی در سطح B1
goal-template-complete-integration-course = به پایان رساندن دورهٔ ادغام (Integrationskurs)
goal-template-learn-to-read = یاد گرفتن خواندن و نوشتن
goal-template-qualification-recognised = شناسایی مدرک حرفه‌ای
goal-template-find-work = پیدا کردن کار
goal-template-start-apprenticeship = شروع آموزش حرفه‌ای (Ausbildung)
goal-template-own-flat = پیدا کردن یک خانهٔ مستقل
goal-template-leave-shelter = نقل مکان از اقامتگاه جمعی
goal-template-health-insurance = داشتن بیمهٔ درمانی
goal-template-family-doctor = داشتن پزشک خانواده
goal-template-secure-residence = تضمین اقامت
goal-template-secure-income = تأمین درآمد
goal-template-childcare = پیدا کردن جای نگهداری برای کودک
goal-template-school-place = پیدا کردن جا در مدرسه برای کودک
goal-template-social-contacts = پیدا کردن آشنایان و سرگرمی در محل زندگی

goal-level-long-term = هدف بلندمدت
goal-level-framework = هدف کلی
goal-level-action = هدف عملی

goal-status-open = باز
goal-status-in-progress = در حال انجام
goal-status-achieved = به دست آمد
goal-status-partly-achieved = تا حدی به دست آمد
goal-status-not-achieved = به دست نیامد
goal-status-dropped = کنار گذاشته شد

step-status-planned = برنامه‌ریزی شده
step-status-eligibility-requested = درخواست استحقاق داده شده
step-status-eligible = واجد شرایط
step-status-registered = ثبت‌نام شده
step-status-waitlisted = در فهرست انتظار
step-status-started = شروع شده
step-status-completed = تمام شده
step-status-interrupted = موقتاً متوقف شده
step-status-dropped = نیمه‌کاره رها شده
step-status-rejected = رد شده
step-status-not-needed = دیگر لازم نیست

closure-goals-achieved = هدف‌ها به دست آمدند
closure-standard-service = به یک خدمت عادی سپرده شد
closure-client-ended = مراجع آن را پایان داد
closure-moved-away = به جای دیگری نقل مکان کرد
closure-unreachable = دیگر در دسترس نیست
closure-consent-withdrawn = رضایت پس گرفته شد

consent-method-signature = با امضا
consent-method-electronic = به صورت الکترونیکی تأیید شد
consent-method-oral-interpreter = شفاهی با کمک مترجم شفاهی

responsible-client = مراجع
responsible-case-manager = مدیر پرونده
responsible-organisation = سازمان همکار
responsible-volunteer = داوطلب

language-level-a0 = A0 (بدون دانش زبان)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = باسواد (خط لاتین)
literacy-other-script = باسواد در خطی دیگر
literacy-not-literate = بدون سواد خواندن و نوشتن

housing-shelter = اقامتگاه جمعی (Gemeinschaftsunterkunft)
housing-shared-accommodation = خانهٔ مشترک یا اجارهٔ فرعی
housing-own-flat = خانهٔ مستقل
housing-with-family = نزد خانواده یا آشنایان
housing-homeless = بدون خانه

insurance-statutory = بیمهٔ درمانی قانونی
insurance-health-card = کارت سلامت (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = برگه‌های درمان (Behandlungsscheine)
insurance-private = بیمهٔ درمانی خصوصی
insurance-none = بدون بیمهٔ درمانی

residence-asylum-procedure = اجازهٔ ماندن در دوران رسیدگی به درخواست پناهندگی (Aufenthaltsgestattung)
residence-tolerated = تعلیق موقت اخراج (Duldung)
residence-temporary-protection = حمایت موقت (§ 24 AufenthG)
residence-residence-permit = اجازهٔ اقامت (Aufenthaltserlaubnis)
residence-settlement-permit = اجازهٔ اقامت دائم (Niederlassungserlaubnis)
residence-eu-citizen = شهروند اتحادیهٔ اروپا
residence-german-citizen = تابعیت آلمان
residence-other = وضعیت دیگر

benefit-asylblg = کمک‌هزینهٔ پناهجویان (AsylbLG)
benefit-sgb2 = کمک‌هزینهٔ شهروندی (Bürgergeld, SGB II)
benefit-sgb12 = کمک اجتماعی (Sozialhilfe, SGB XII)
benefit-none = بدون کمک‌هزینه

relation-spouse = همسر
relation-child = فرزند
relation-parent = پدر یا مادر
relation-sibling = خواهر یا برادر
relation-other = نسبت دیگر

## Partner network (issue 4)
nav-offers = خدمات
nav-inbox = صندوق ورودی
nav-audit = گزارش دسترسی
case-team = مسئولان پرونده
case-assign = واگذاری
case-assign-colleague = واگذاری به همکار
case-unassign = لغو واگذاری
dashboard-overdue-referrals = ارجاع‌هایی که مهلتشان گذشته است
network-title = شبکه
network-referrals = ارجاع‌ها
network-no-referrals = هنوز ارجاعی وجود ندارد.
network-new-referral = ارجاع جدید
network-consents = رضایت برای انتقال داده‌ها
network-no-consents = هنوز رضایتی برای انتقال داده‌ها وجود ندارد.
network-access-times = دسترسی به دوره‌های زبان
network-access-days = زمان دسترسی: { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
network-waiting-days = زمان انتظار: { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
consent-record-share = ثبت رضایت
consent-health-separate = داده‌های سلامت همیشه به رضایت جداگانه و صریح نیاز دارند.
consent-print = چاپ فرم
consent-revoke = پس گرفتن
consent-state-active = معتبر
consent-state-inactive = نامعتبر
consent-state-revoked = پس گرفته شده
consent-form-title = رضایت برای انتقال داده‌ها
consent-form-back = بازگشت به صفحهٔ شخص
consent-form-recipient = گیرنده
consent-form-valid = اعتبار
consent-form-categories-intro = موافقم که داده‌های زیر به گیرنده داده شود:
consent-form-voluntary = این رضایت داوطلبانه است. اگر رضایت ندهم، هیچ ضرری به من نمی‌رسد.
consent-form-revoke = می‌توانم هر زمان رضایتم را پس بگیرم، به همان آسانی که آن را داده‌ام. پس گرفتن رضایت از همان لحظه برای آینده اعتبار دارد.
consent-form-health = داده‌های سلامت به‌طور ویژه محافظت می‌شوند. این رضایت فقط برای داده‌های سلامت است.
consent-form-issued-by = صادرکننده:
consent-form-place-date = مکان، تاریخ
courses-title = دوره‌های مناسب
courses-childcare-on = مراقبت از کودک شرط نباشد
courses-childcare-off = فقط دوره‌های دارای مراقبت از کودک
courses-any-type = نمایش همهٔ انواع دوره
courses-only-this-type = فقط همین نوع دوره
courses-none = دورهٔ مناسبی پیدا نشد.
courses-distance = { $km } کیلومتر
courses-full = تکمیل (فهرست انتظار)
courses-free-seats = { $count ->
    [one] { $count } جای خالی
   *[other] { $count } جای خالی
}
courses-seats-unknown = تعداد جاهای خالی معلوم نیست
courses-next-start = شروع بعدی:
courses-refer = ارجاع به این دوره
courses-refer-submit = ارجاع
courses-default-message = لطفاً برای این شخص یک جا در این دوره در نظر بگیرید.
offers-childcare = مراقبت از کودک
field-title = عنوان
field-address = نشانی
field-birth-date = تاریخ تولد
field-name = نام
field-categories = داده‌ها
field-decline-reason = دلیل رد
field-district = منطقهٔ شهری
field-free-seats = جاهای خالی
field-message = پیام
field-outcome = نتیجه
field-purpose = منظور
field-referral-status = وضعیت ارجاع
field-response-due = پاسخ تا
field-seat = جا
field-starts-on = شروع
field-step = گام در برنامه
field-valid-from = معتبر از
inbox-title = صندوق ورودی
inbox-referrals = ارجاع‌ها به سازمان من
inbox-empty = ارجاعی وجود ندارد.
referral-title = ارجاع
referral-facts = مشخصات
referral-client = شخص
referral-client-hidden = شخص (بدون رضایت معتبر)
referral-to = گیرنده
referral-sent-by = فرستاده شده توسط
referral-back-to-case = بازگشت به پرونده
referral-response-due = پاسخ تا
referral-overdue = مهلت گذشته
referral-shared-data = داده‌های به اشتراک گذاشته‌شده
referral-access-closed = این ارجاع بسته شده است. داده‌های شخص دیگر دیده نمی‌شوند.
referral-access-no-consent = رضایت معتبری وجود ندارد (پس گرفته شده، منقضی شده یا هرگز داده نشده). داده‌های شخص دیده نمی‌شوند.
referral-nothing-recorded = چیزی ثبت نشده است.
referral-answer = پاسخ دادن
referral-withdraw-title = پس گرفتن ارجاع
referral-no-further-steps = گام دیگری ممکن نیست.
referral-history = سابقه و پیام‌ها
referral-message-label = پیام
referral-send-message = فرستادن پیام
referral-no-step = – بدون گام –
referral-consent-covered = برای داده‌های انتخاب‌شده رضایت معتبر وجود دارد.
referral-consent-missing = برای این موارد رضایت وجود ندارد: { $categories }.
referral-record-consent = اکنون رضایت را ثبت کنید
referral-due-hint = خالی بگذارید: 10 روز کاری از امروز.
referral-offers-hint = خدمات با مکان، تاریخ‌ها و جاهای خالی:
referral-send = فرستادن ارجاع
step-find-course = پیدا کردن دورهٔ مناسب
step-refer = ارجاع
error-categories-required = لطفاً دست‌کم یک نوع داده را انتخاب کنید.
error-consent-already-revoked = این رضایت قبلاً پس گرفته شده است.
error-consent-missing-for-referral = برای دست‌کم یکی از انواع داده‌های انتخاب‌شده، رضایت معتبری برای این سازمان و این منظور وجود ندارد.
error-free-seats-above-capacity = تعداد جاهای خالی نمی‌تواند بیشتر از کل جاها باشد.
error-health-consent-separate = داده‌های سلامت به رضایت جداگانه نیاز دارند: لطفاً آن را جداگانه ثبت کنید.
error-referral-transition = این گام در این وضعیت ممکن نیست.
error-start-date-required = لطفاً تاریخ شروع دوره را وارد کنید.
error-target-level-not-above = سطح هدف باید بالاتر از سطح ورودی باشد.
error-until-before-from = پایان پیش از شروع است.
consent-category-identity = نام، تاریخ تولد و اطلاعات تماس
consent-category-language = زبان و تحصیلات
consent-category-work = کار
consent-category-housing = مسکن
consent-category-health = سلامت
consent-category-residence = اقامت و کمک‌هزینه‌ها
consent-category-youth-welfare = خدمات حمایتی کودکان و نوجوانان
consent-purpose-language-course = دورهٔ زبان
consent-purpose-employment = کار و آموزش حرفه‌ای
consent-purpose-recognition = شناسایی مدارک تحصیلی
consent-purpose-housing = مسکن
consent-purpose-health-care = مراقبت‌های بهداشتی و درمانی
consent-purpose-counselling = مشاوره
consent-purpose-volunteer-support = همراهی داوطلبان
referral-status-sent = فرستاده شده
referral-status-accepted = پذیرفته شده
referral-status-declined = رد شده
referral-status-in-progress = در حال انجام
referral-status-completed = تمام شده
referral-status-withdrawn = پس گرفته شده
referral-outcome-service-provided = خدمت ارائه شد
referral-outcome-course-completed = دوره تمام شد
referral-outcome-client-did-not-attend = حاضر نشد
referral-outcome-client-withdrew = شخص آن را پایان داد
referral-outcome-not-eligible = حق استفاده ندارد
referral-outcome-referred-elsewhere = به جای دیگری ارجاع شد
decline-reason-no-capacity = جای خالی نیست
decline-reason-not-eligible = حق استفاده ندارد
decline-reason-not-responsible = مسئول نیستیم
decline-reason-client-unreachable = دسترسی به شخص ممکن نیست
decline-reason-other = دلیل دیگر
seat-confirmed = جا تأیید شد
seat-waitlisted = فهرست انتظار
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
offers-title = فهرست خدمات
offers-intro = دوره‌ها و خدمات مشاوره‌ای سازمان‌های همکار در کلن، با جاهای خالی، تاریخ‌های شروع بعدی و زمان‌های دسترسی و انتظار که تا حالا اندازه‌گیری شده‌اند.
offers-new = خدمت جدید
offers-filter = فیلتر کردن خدمات
offers-all = همه
offers-filter-language = زبان (ISO-639-3-Code)
offers-filter-childcare = دارای مراقبت از کودک
offers-filter-free-seats = فقط دارای جای خالی
offers-filter-own = فقط خدمات سازمان من
offers-filter-apply = فیلتر
offers-found = { $count ->
    [one] { $count } خدمت پیدا شد
   *[other] { $count } خدمت پیدا شد
}
offers-none = خدمتی پیدا نشد.
offers-accessible = بدون مانع (برای افراد دارای معلولیت)
offers-inactive = غیرفعال
offers-place = مکان
offers-levels = سطح زبان
offers-level-range = از { $entry } تا { $target }
offers-levels-hint = فقط برای دوره‌های زبان: سطح ورودی و سطح هدف.
offers-seats = جاها
offers-seats-of = { $free } جای خالی از { $capacity }
offers-starts = تاریخ‌های شروع بعدی
offers-languages = زبان‌های آموزش و مشاوره
offers-edit = ویرایش
offers-access-title = زمان‌های دسترسی و انتظار
offers-access-hint = میانه به روز: زمان دسترسی از گرفتن مجوز شرکت تا شروع دوره، زمان انتظار از ثبت‌نام تا شروع دوره.
offers-access-none = هنوز هیچ زمان دسترسی یا انتظاری ثبت نشده است.
offers-access-clients = مراجعان
offers-access-median = دسترسی (میانه، روز)
offers-waiting-median = انتظار (میانه، روز)
offers-new-title = خدمت جدید
offers-edit-title = ویرایش خدمت
offers-back = بازگشت به خدمات سازمان من
field-description = شرح
field-entry-level = سطح ورودی
field-target-level = سطح هدف
field-childcare = مراقبت از کودک وجود دارد
field-accessible = دسترسی بدون مانع
field-offer-active = خدمت فعال است (در فهرست دیده می‌شود)
field-schedule = روزها و ساعت‌ها
field-capacity = کل جاها
field-documents = مدارکی که باید همراه بیاورید
field-contact = تماس
field-offer-languages = زبان‌ها (کدهای ISO-639-3، جدا شده با ویرگول، مثلاً deu, ara)
field-offer-starts = تاریخ‌های شروع (YYYY-MM-DD، جدا شده با ویرگول)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = گزارش دسترسی به داده‌ها
audit-intro = چه کسی، چه زمانی، کدام داده‌های شخصی را خوانده یا تغییر داده است، به چه منظور و بر چه مبنای قانونی – همچنین تلاش‌های ردشده. خواندن این گزارش هم ثبت می‌شود.
audit-filter = فیلتر کردن گزارش
audit-all = همه
audit-filter-client = مراجع (شماره)
audit-filter-actor = شخص
audit-filter-from = از
audit-filter-until = تا
audit-filter-denied = فقط دسترسی‌های ردشده
audit-filter-apply = فیلتر
audit-none = موردی پیدا نشد.
audit-page = صفحهٔ { $page }
audit-col-time = زمان
audit-col-person = شخص و نقش
audit-col-client = مراجع
audit-col-record = رکورد داده
audit-col-action = کار انجام‌شده
audit-col-purpose = منظور
audit-col-basis = مبنای قانونی
audit-col-categories = دسته‌های داده
audit-col-allowed = نتیجه
audit-role-system = Lotse (خودکار)
audit-allowed = مجاز
audit-denied = رد شده
audit-action-read = خوانده شد
audit-action-list = فهرست نمایش داده شد
audit-action-create = ایجاد شد
audit-action-update = تغییر کرد
audit-action-delete = حذف شد
audit-action-print = چاپ شد
audit-action-revoke = پس گرفته شد
audit-action-attempt = تلاش برای دسترسی
audit-action-compare = نسخه‌ها مقایسه شدند
audit-action-agree = توافق شد
audit-action-verify = درستی بررسی شد
audit-verify-title = درستی گزارش
audit-verify-hint = زنجیرهٔ همهٔ موارد را دوباره محاسبه می‌کند. به این ترتیب معلوم می‌شود که آیا مواردی بعداً تغییر کرده یا حذف شده‌اند.
audit-verify = بررسی درستی
audit-chain-intact = گزارش کامل است و تغییری نکرده است.
audit-chain-broken = گزارش از مورد شمارهٔ { $seq } به بعد درست نیست: مواردی تغییر کرده یا حذف شده‌اند.


## Volunteer tasks (issue 6)
volunteers-title = کار داوطلبانه
volunteer-tasks-of-case = وظایف برای داوطلبان
volunteer-tasks-none = هنوز وظیفه‌ای برای داوطلبان نیست.
volunteer-task-new = سپردن وظیفه به داوطلبان
volunteer-task-offered-to = پیشنهاد شده به
volunteer-task-taken-by = پذیرفته شده توسط
volunteer-task-declined-by = { $count ->
    [one] { $count } نفر رد کرده است
   *[other] { $count } نفر رد کرده‌اند
}
volunteer-task-cancel = پس گرفتن وظیفه
volunteer-task-offer = پیشنهاد وظیفه
volunteer-report = گزارش
volunteer-problem-badge = مشکل گزارش شده
volunteer-consent-covered = رضایت شامل نام، تلفن و قرار ملاقات است.
volunteer-consent-missing = برای این شبکه، رضایت شخص برای همراهی داوطلبان (نام و تماس) وجود ندارد.
volunteer-whole-network = کل شبکه
volunteer-no-step = بدون گام
volunteer-no-appointment = بدون قرار ملاقات
volunteer-appointment-hint = اگر قرار ملاقاتی انتخاب کنید، تاریخ، ساعت و مکان از آن برداشته می‌شود، مگر اینکه خودتان آن‌ها را وارد کنید.
field-task-kind = نوع وظیفه
field-volunteer-network = شبکهٔ داوطلبان
field-offered-to = پیشنهاد به
field-appointment = قرار ملاقات
field-bring = چه چیزی همراه بیاورید
field-task-note = توضیح کوتاه
field-task-status = وضعیت
follow-ups-title = پیگیری
follow-up-volunteer-problem = داوطلبان مشکلی را گزارش می‌دهند
follow-up-done = انجام شد
volunteer-my-tasks = وظایف من
volunteer-no-tasks = در حال حاضر وظیفه‌ای برای شما نیست.
volunteer-client-language = زبان
volunteer-offered-to-you = شخصاً برای شما
volunteer-accept = پذیرفتن
volunteer-decline = رد کردن
volunteer-cannot-go = دیگر نمی‌توانم
volunteer-report-label = گزارش کوتاه
volunteer-problem = مشکلی پیش آمد
volunteer-done = اعلام انجام شدن
volunteer-not-yet-sent = هنوز فرستاده نشده
volunteer-outbox-waiting = اتصال برقرار نیست: داده‌های شما روی این دستگاه ذخیره شده‌اند و به محض برقراری دوبارهٔ اتصال فرستاده می‌شوند.
volunteer-refused = Lotse این را نپذیرفت:
volunteer-try-again = فرستادن دوباره
volunteer-discard = حذف
error-volunteer-network-required = لطفاً یک شبکهٔ داوطلبان انتخاب کنید.
error-volunteer-consent-missing = شخص با دادن اطلاعات به این شبکه (نام و تماس، منظور: همراهی داوطلبان) موافقت نکرده است.
error-task-transition = در این وضعیتِ وظیفه، این کار دیگر ممکن نیست.
error-task-taken = شخص دیگری این وظیفه را قبلاً پذیرفته است.
task-kind-accompany = همراهی در یک قرار ملاقات
task-kind-form-help = کمک در پر کردن فرم
task-kind-language-practice = تمرین زبان آلمانی
task-kind-housing-search = جست‌وجوی خانه
task-kind-other = سایر
task-status-offered = پیشنهاد شده
task-status-accepted = پذیرفته شده
task-status-declined = رد شده
task-status-done = انجام شده
task-status-cancelled = پس گرفته شده
volunteer-undelivered = ارسال نشد

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = برنامهٔ من
portal-sign-in-title = ورود به پورتال Lotse
portal-sign-in-intro = کد ورود را از نامهٔ خود وارد کنید. بار اول، بعد از آن یک PIN انتخاب می‌کنید.
portal-code = کد ورود
portal-code-hint = این کد در نامهٔ شما نوشته شده است، مثلاً ABCD-EFGH-JKLM.
portal-pin = PIN یا جملهٔ عبور
portal-pin-hint = دست‌کم 6 رقم یا یک جمله با دست‌کم 12 حرف.
portal-pin-repeat = تکرار PIN
portal-choose-pin = کد ورود شما درست است. حالا PIN خود را انتخاب کنید. هر بار که وارد می‌شوید به آن نیاز دارید.
portal-sign-in-button = ورود
portal-set-pin-button = ذخیرهٔ PIN و ورود
portal-sign-out = خروج
portal-staff-link = ورود کارکنان
portal-nav-label = بخش‌های پورتال
portal-nav-plan = برنامهٔ من
portal-nav-appointments = قرارهای ملاقات
portal-nav-referrals = ارجاع‌ها
portal-nav-consents = رضایت‌ها
portal-nav-access = چه کسی اطلاعات مرا دیده است؟
portal-nav-correction = چیزی اشتباه است
portal-nav-data = اطلاعات من
portal-greeting = سلام { $name }!
portal-large-text = خط درشت
portal-read-aloud = خواندن با صدای بلند
portal-read-aloud-stop = توقف خواندن
portal-read-aloud-no-voice = دستگاه شما برای این زبان صدا ندارد.
portal-print = چاپ برنامه
portal-next = کار بعدی که باید انجام شود
portal-next-none = در حال حاضر لازم نیست کاری انجام دهید.
portal-goals = هدف‌های من
portal-goal-until = هدف تا { $date }
portal-step-due = تا { $date }
portal-step-responsible = چه کسی مسئول است؟
portal-responsible-client = خودتان
portal-responsible-case-manager = مدیر پروندهٔ شما
portal-responsible-volunteer = یک داوطلب
portal-responsible-organisation = یک سازمان دیگر
portal-step-status = وضعیت
portal-mark-done = این کار را انجام دادم
portal-marked-done = متشکریم! به مدیر پروندهٔ شما خبر داده شد.
portal-no-plan = برنامهٔ شما در حال آماده شدن است. مدیر پروندهٔ شما دربارهٔ آن با شما صحبت می‌کند.
portal-written-in-german = به زبان آلمانی نوشته شده توسط مدیر پروندهٔ شما:
portal-appointments-title = قرارهای ملاقات من
portal-appointments-none = شما هیچ قرار ملاقاتی ندارید.
portal-appointments-past = قرارهای ملاقات گذشته
portal-appointment-when = چه زمانی
portal-appointment-where = کجا
portal-appointment-with = نزد
portal-appointment-bring = لطفاً همراه بیاورید
portal-interpreter-arranged = یک مترجم شفاهی رزرو شده است.
portal-interpreter-not-arranged = به یک مترجم شفاهی نیاز است، اما هنوز رزرو نشده است. از مدیر پروندهٔ خود بپرسید.
portal-referrals-title = ارجاع‌های من
portal-referrals-none = شما هنوز به هیچ سازمانی ارجاع داده نشده‌اید.
portal-referral-for = برای چه
portal-referral-sent = { $organisation } درخواست ثبت‌نام شما را دریافت کرده است و به‌زودی پاسخ می‌دهد.
portal-referral-accepted = { $organisation } موافقت کرده است.
portal-referral-waitlisted = شما در فهرست انتظار { $organisation } هستید.
portal-referral-seat = شما در { $organisation } یک جا دارید. شروع: { $date }
portal-referral-declined = { $organisation } موافقت نکرده است. مدیر پروندهٔ شما همراه با شما دنبال راه دیگری می‌گردد.
portal-referral-in-progress = { $organisation } اکنون به شما کمک می‌کند.
portal-referral-completed = کمک { $organisation } به پایان رسیده است.
portal-referral-withdrawn = ارجاع به { $organisation } پس گرفته شد.
portal-consents-title = رضایت‌های من
portal-consents-intro = اینجا می‌بینید چه کسی اجازه دارد اطلاعات شما را ببیند. شما می‌توانید هر رضایتی را هر زمان پس بگیرید.
portal-consents-none = شما هیچ رضایتی نداده‌اید.
portal-consent-to = به چه کسی
portal-consent-for = برای چه
portal-consent-data = کدام اطلاعات
portal-consent-until = معتبر تا
portal-consent-open-ended = تا وقتی که آن را پس بگیرید
portal-consent-revoked = پس گرفته شده در تاریخ { $date }
portal-consent-expired = منقضی شده
portal-consent-revoke = پس گرفتن
portal-consent-revoke-confirm = بعد از آن، { $organisation } دیگر اجازه ندارد اطلاعات شما را ببیند. واقعاً پس می‌گیرید؟
portal-consent-revoke-yes = بله، پس می‌گیرم
portal-consent-revoke-no = نه، نگه می‌دارم
portal-consent-revoked-now = رضایت پس گرفته شد. { $organisation } از همین حالا دیگر اطلاعات شما را نمی‌بیند. به مدیر پروندهٔ شما خبر داده شد.
portal-access-title = چه کسی اطلاعات مرا دیده است؟
portal-access-intro = هر دسترسی به اطلاعات شما ثبت می‌شود. اینجا می‌بینید کدام سازمان، چه زمانی، چه چیزی را دیده یا تغییر داده است.
portal-access-none = تا حالا کسی اطلاعات شما را ندیده است.
portal-access-looked = { $organisation } در تاریخ { $date } این را دیده است: { $what }
portal-access-changed = { $organisation } در تاریخ { $date } این را تغییر داده است: { $what }
portal-access-system = Lotse (خودکار)
portal-what-everything = کل پروندهٔ شما
portal-what-plan = برنامهٔ شما
portal-what-client = اطلاعات شخصی شما
portal-what-case = پروندهٔ شما
portal-what-referral = یک ارجاع
portal-what-consent = رضایت‌های شما
portal-what-volunteer = یک وظیفه برای داوطلبان
portal-what-list = نام شما در یک فهرست
portal-what-data = همهٔ اطلاعات شما
portal-what-other = اطلاعات شما
portal-what-identity = نام و اطلاعات تماس شما
portal-what-language = دانش زبانی شما
portal-what-work = اطلاعات تحصیلی و شغلی شما
portal-what-housing = وضعیت مسکن شما
portal-what-health = اطلاعات سلامت شما
portal-what-residence = وضعیت اقامت شما
portal-what-youth-welfare = اطلاعات خدمات حمایتی کودکان و نوجوانان
portal-correction-title = چیزی اشتباه است؟
portal-correction-intro = برای مدیر پروندهٔ خود بنویسید چه چیزی درست نیست. او آن را بررسی می‌کند و با شما تماس می‌گیرد.
portal-correction-about = موضوع چیست؟
portal-correction-about-personal = اطلاعات شخصی من
portal-correction-about-plan = برنامهٔ من
portal-correction-about-appointments = قرارهای ملاقات من
portal-correction-about-other = چیز دیگری
portal-correction-message = چه چیزی اشتباه است؟ درستش چیست؟
portal-correction-send = فرستادن
portal-correction-sent = پیام شما رسید. مدیر پروندهٔ شما با شما تماس می‌گیرد.
portal-correction-earlier = پیام‌های شما
portal-correction-open = هنوز بررسی نشده
portal-correction-done = بررسی شده
portal-data-title = اطلاعات من
portal-data-intro = اینجا می‌توانید هر چیزی را که در Lotse دربارهٔ شما ذخیره شده است دانلود کنید. فایل در قالب JSON است و با هر ویرایشگر متنی باز می‌شود.
portal-data-download = دانلود اطلاعات من
portal-session-ended = نشست شما به پایان رسیده است. لطفاً دوباره وارد شوید.
portal-letter-title = دسترسی شما به Lotse
portal-letter-intro = با این نامه می‌توانید برنامه، قرارهای ملاقات و رضایت‌های خود را روی گوشی یا کامپیوتر ببینید.
portal-letter-step-address = این نشانی را باز کنید یا کد QR را اسکن کنید:
portal-letter-step-code = این کد ورود را وارد کنید:
portal-letter-step-pin = یک PIN با دست‌کم 6 رقم انتخاب کنید. آن را به هیچ‌کس نگویید.
portal-letter-keep = این نامه را خوب نگه دارید. اگر آن را گم کنید، از مدیر پروندهٔ خود نامهٔ جدیدی می‌گیرید.
portal-letter-qr-label = کد QR با نشانی پورتال
error-portal-credentials = کد ورود یا PIN درست نیست.
error-portal-pin-short = PIN باید دست‌کم 6 رقم داشته باشد. جملهٔ عبور باید دست‌کم 12 حرف داشته باشد.
error-portal-pin-simple = حدس زدن این PIN خیلی آسان است. لطفاً PIN دیگری انتخاب کنید.
error-portal-pin-mismatch = دو چیزی که وارد کردید یکسان نیستند.
error-portal-blocked = دسترسی شما مسدود شده است. لطفاً با مدیر پروندهٔ خود صحبت کنید.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = پورتال
portal-staff-title = دسترسی به پورتال مراجع
portal-staff-none = هنوز نامهٔ دسترسی صادر نشده است.
portal-staff-issued = نامهٔ دسترسی در تاریخ { $date } صادر شده و هنوز استفاده نشده است.
portal-staff-active = دسترسی از { $date } فعال است.
portal-staff-blocked = دسترسی مسدود است.
portal-staff-last-sign-in = آخرین ورود: { $date }
portal-staff-issue = صدور نامهٔ دسترسی
portal-staff-reissue = صدور نامهٔ دسترسی جدید
portal-staff-reissue-warning = در این صورت کد ورود و PIN قبلی دیگر معتبر نیستند.
portal-staff-block = مسدود کردن دسترسی
portal-staff-unblock = آزاد کردن دوبارهٔ دسترسی
portal-staff-letter-print = چاپ نامه
portal-staff-letter-once = کد ورود فقط همین حالا نمایش داده می‌شود. پیش از ترک صفحه، نامه را چاپ کنید.
portal-staff-letter-language = نامه به { $language } و آلمانی
portal-staff-translations-title = ترجمه‌ها برای پورتال
portal-staff-translations-intro = متن‌هایی را که به آلمانی نوشته‌اید، مراجع با یادداشت «به آلمانی نوشته شده» می‌بیند. اینجا می‌توانید ترجمه‌ای وارد کنید.
portal-staff-translations-none = برنامه هنوز متنی برای ترجمه ندارد.
portal-staff-translation-language = زبان ترجمه
portal-staff-translation-save = ذخیرهٔ ترجمه
follow-up-portal-step-done = در پورتال به‌عنوان انجام‌شده علامت زده شد
follow-up-portal-consent-revoked = یک رضایت در پورتال پس گرفته شد
follow-up-portal-correction = درخواست اصلاح از پورتال
audit-role-client = خود مراجع (پورتال)
field-interpreter-arranged = مترجم رزرو شده است

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = شاخص‌ها
nav-issues = مسائل ساختاری
nav-groups = کارگروه‌ها
nav-results = نتایج میانی
coordination-sections = بخش‌های هماهنگی
audit-action-export = خروجی گرفته شد
portal-what-export = اطلاعات پایهٔ شما در یک فهرست پرونده‌ها (فایل)
clients-export = دانلود پرونده‌های من به‌صورت CSV
export-case = شمارهٔ پرونده
export-opened-on = تاریخ باز شدن
export-review-due = بازبینی بعدی
export-held-until = محدود تا
error-period-order = پایان بازهٔ زمانی پیش از آغاز آن است.
error-period-too-long = لطفاً حداکثر سه سال انتخاب کنید.
error-choose-organisation = لطفاً دست‌کم یک سازمان انتخاب کنید.
figures-title = شاخص‌های برنامه
figures-intro = همهٔ اعداد به‌صورت تجمیعی هستند. خانه‌هایی که کمتر از 5 نفر دارند به‌صورت «< 5» پنهان شده‌اند، و همچنین خانه‌هایی که بتوان این اعداد را از روی آن‌ها محاسبه کرد.
figures-filter = بازهٔ زمانی و انتخاب
figures-from = از
figures-to = تا
figures-organisation = سازمان (مسئول پرونده)
figures-all-organisations = همهٔ سازمان‌ها
figures-show = نمایش
figures-period = بازهٔ زمانی: { $from } تا { $to }
figures-suppression = «< 5»: کمتر از 5 نفر یا برای حفاظت پنهان شده
figures-csv = دانلود جدول به‌صورت CSV
figures-total = جمع کل
figures-cases = پرونده‌ها
figures-phase = مرحله
figures-domain = حوزهٔ زندگی
figures-month = ماه
figures-group = گروه
figures-count = تعداد
figures-cases-by-phase = پرونده‌ها بر اساس مرحله (باز شده در این بازه)
figures-cases-by-domain = پرونده‌ها بر اساس حوزهٔ زندگی و مرحله
figures-cases-by-domain-note = هر پرونده در هر حوزهٔ زندگی که برنامهٔ آن در آن حوزه هدف دارد شمرده می‌شود.
figures-trend = روند ماهانه
figures-cases-opened = پرونده‌های باز شده
figures-plans-agreed = برنامه‌های توافق‌شده
figures-time-to-plan = زمان از نخستین تماس تا برنامهٔ توافق‌شده
figures-time-to-plan-note = تعداد روزها از باز شدن پرونده تا نخستین نسخهٔ توافق‌شدهٔ برنامه، برای برنامه‌هایی که در این بازه توافق شده‌اند.
figures-median-days = میانه (روز)
figures-days-range = { $from } تا { $to } روز
figures-days-more = بیش از { $from } روز
figures-steps-on-time = گام‌های برنامه که به‌موقع انجام شده‌اند
figures-steps-on-time-note = گام‌هایی که مهلتشان در این بازه است (تا دیروز)، بدون «دیگر لازم نیست».
figures-steps-due = گام‌های سررسیده
figures-steps-done-on-time = به‌موقع انجام شده
figures-steps-not-on-time = به‌موقع انجام نشده
figures-share-on-time = درصد به‌موقع
figures-course-by-type = دوره‌های زبان: دسترسی و زمان انتظار بر اساس نوع دوره
figures-course-by-provider = دوره‌های زبان: دسترسی و زمان انتظار بر اساس برگزارکنندهٔ دوره
figures-course-note = زمان دسترسی: از گرفتن مجوز شرکت تا شروع دوره. زمان انتظار: از ثبت‌نام تا شروع دوره؛ هدف BAMF: حداکثر 6 هفته (42 روز). دوره‌هایی که در این بازه شروع شده‌اند.
figures-course-type = نوع دوره
figures-provider = برگزارکنندهٔ دوره
figures-provider-unknown = برگزارکننده ثبت نشده
figures-courses-started = شروع دوره‌ها
figures-median-access = زمان دسترسی، میانه (روز)
figures-waiting-known = زمان انتظار معلوم
figures-median-waiting = زمان انتظار، میانه (روز)
figures-share-within-benchmark = درصد تا 6 هفته
figures-benchmark = نشانه: هدف BAMF، { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
figures-referrals-by-partner = ارجاع‌ها بر اساس سازمان همکار
figures-referrals-note = ارجاع‌هایی که در این بازه فرستاده شده‌اند؛ زمان پاسخ تا پذیرش یا رد.
figures-partner = سازمان همکار
figures-referrals = ارجاع‌ها
figures-median-response = زمان پاسخ، میانه (روز)
figures-interpreters = ترجمهٔ شفاهی در قرارهای ملاقات
figures-interpreter = ترجمهٔ شفاهی
figures-appointments = قرارهای ملاقات
figures-interpreter-arranged = رزرو شده
figures-interpreter-not-arranged = رزرو نشده
figures-interpreter-needed = مورد نیاز (کل)
figures-closure-reasons = دلایل بستن پرونده (بسته‌شده در این بازه)
figures-closure-reason = دلیل بستن پرونده
figures-reason-other = نامشخص
issues-title = مسائل ساختاری
issues-intro = مشکلات تکراری که مدیران پرونده گزارش کرده‌اند، دسته‌بندی‌شده بر اساس حوزهٔ زندگی و منطقهٔ شهری. این موارد هیچ اطلاعات شخصی ندارند.
issues-none = هنوز هیچ مسئلهٔ ساختاری گزارش نشده است.
issues-counted = { $issues ->
    [one] { $issues } گزارش
   *[other] { $issues } گزارش
} · { $cases ->
    [one] { $cases } پروندهٔ درگیر
   *[other] { $cases } پروندهٔ درگیر
}
issues-cases-affected = { $count ->
    [one] { $count } پروندهٔ درگیر
   *[other] { $count } پروندهٔ درگیر
}
issues-in-group = در کارگروه:
issues-no-groups = ابتدا یک کارگروه ایجاد کنید:
issues-working-group = کارگروه
issues-bring-to-group = طرح در کارگروه
groups-title = کارگروه‌ها
groups-none = هنوز کارگروهی وجود ندارد.
groups-topic = موضوع
groups-measures-count = { $count ->
    [one] { $count } اقدام، که { $implemented } مورد از آن اجرا شده است
   *[other] { $count } اقدام، که { $implemented } مورد از آن‌ها اجرا شده است
}
groups-new = کارگروه جدید
groups-create = ایجاد کارگروه
field-group-name = نام کارگروه
group-title = کارگروه
group-members = اعضا
group-members-none = هنوز عضوی وجود ندارد.
field-member-person = نام
group-member-add = افزودن عضو
group-issues = مسائل ساختاری مطرح‌شده
group-issues-none = هنوز هیچ مسئلهٔ ساختاری مطرح نشده است.
group-measures = اقدامات
group-measures-none = هنوز اقدامی وجود ندارد.
group-measure-new = اقدام جدید
field-measure-title = اقدام
field-measure-status = وضعیت
field-status-on = وضعیت از تاریخ
field-due-on = مهلت انجام
field-measure-issue = مربوط به مسئلهٔ ساختاری
measure-no-issue = بدون موضوع مشخص
field-responsible-organisations = سازمان‌های مسئول
field-organisation-1 = سازمان 1
field-organisation-2 = سازمان 2 (اختیاری)
field-organisation-3 = سازمان 3 (اختیاری)
group-measure-add = ثبت اقدام
measure-history = سابقه
measure-new-status = وضعیت جدید
measure-set-status = تغییر وضعیت
group-meetings = جلسه‌ها و صورت‌جلسه‌ها
group-meetings-none = هنوز جلسه‌ای وجود ندارد.
field-held-on = تاریخ جلسه
field-minutes = صورت‌جلسه
group-meeting-add = ثبت جلسه
measure-status-proposed = پیشنهاد شده
measure-status-under-review = در حال بررسی
measure-status-agreed = توافق شده
measure-status-implemented = اجرا شده
measure-status-rejected = رد شده
results-title = نتایج میانی
results-intro = اقدامات کارگروه‌ها بر اساس موضوع: چه تعداد در چه وضعیتی هستند و کدام‌ها اجرا شده‌اند.
results-none = هنوز اقدامی وجود ندارد.
results-by-status = اقدامات بر اساس موضوع و وضعیت
results-none-implemented = هنوز هیچ اقدامی اجرا نشده است.
results-implemented-on = تاریخ اجرا
case-tab-issues = مسائل ساختاری
case-issues-title = مسائل ساختاری از این پرونده
case-issue-new = گزارش یک مسئلهٔ ساختاری
case-issue-hint = مشکلی تکراری که فقط به این پرونده مربوط نیست (برای مثال «نبود مراقبت از کودک در زمان دوره‌های ادغام در Chorweiler»). هیچ نام یا اطلاعات شخصی دیگری در آن ننویسید: گزارش بدون ارتباط با پرونده به بخش هماهنگی فرستاده می‌شود.
field-life-domain = حوزهٔ زندگی
field-issue-description = شرح
field-cases-affected = چند پرونده درگیر است؟
field-organisations-involved = سازمان‌های دخیل
case-issue-flag = گزارش یک مسئلهٔ ساختاری
case-issues-flagged = گزارش‌شده از این پرونده
case-issues-only-you = فقط شما می‌بینید که این گزارش از این پرونده آمده است.
case-issues-none = هنوز از این پرونده چیزی گزارش نشده است.
case-issue-waiting = هنوز به هیچ کارگروهی سپرده نشده است.
results-implemented = اجرا شده
results-agreed = توافق شده، در حال اجرا
results-agreed-on = تاریخ توافق
figures-as-of = وضعیت: { $time } (هر { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
} دوباره محاسبه می‌شود)

# Issue 22: request hygiene and accounts
error-control-character = متن شامل یک نویسهٔ کنترلی نامرئی است که ذخیره نمی‌شود. لطفاً آن را حذف کنید (مثلاً با تایپ دوبارهٔ متن).
audit-action-change-password = تغییر رمز عبور
# Issue 22: a client's name in a colleague's search
portal-what-search = نام و تاریخ تولد شما در نتیجهٔ یک جستجو
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = با رضایت فعلی، داوطلبان این شبکه این موارد را می‌بینند:
volunteer-sees-name-phone = نام کوچک شخص و، پس از آنکه کسی وظیفه را پذیرفت، شمارهٔ تلفن او
volunteer-sees-language = زبان ترجیحی شخص
volunteer-sees-no-language = نه زبان ترجیحی (رضایت شامل زبان نمی‌شود)
volunteer-sees-task = نوع وظیفه، تاریخ، ساعت و مکان
volunteer-sees-notes = «چه چیزی همراه بیاورید» و یادداشت شما، تا زمانی که رضایت شامل نام و اطلاعات تماس باشد، و فقط تا پایان وظیفه
volunteer-notes-within-consent = در «چه چیزی همراه بیاورید» و یادداشت فقط چیزی بنویسید که داوطلبان برای این وظیفه لازم دارند و رضایت آن را در بر می‌گیرد. داوطلبان چیز دیگری دربارهٔ شخص نمی‌بینند.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = ارزیابی فقط پس از رضایت شخص به مدیریت پرونده ثبت می‌شود. ابتدا رضایت را در بالا ثبت کنید.
error-assessment-consent-missing = چیزی ذخیره نشد: ارزیابی فقط پس از ثبت رضایت شخص به مدیریت پرونده قابل ثبت است.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = بخش‌های شما
nav-figures-hint = آمار ناشناس برنامه: پرونده‌ها بر اساس مرحله، زمان تا برنامه، زمان انتظار برای دوره‌های زبان، ارجاع‌ها.
nav-issues-hint = مسائل ساختاری که مدیران پرونده گزارش داده‌اند: بررسی و واگذاری به یک کارگروه.
nav-groups-hint = کارگروه‌ها با سازمان‌های همکار: اعضا، جلسه‌ها و اقدامات توافق‌شده.
nav-results-hint = آنچه کارگروه‌ها توافق و اجرا کرده‌اند، بر اساس موضوع.
nav-offers-hint = خدمات سازمان‌های همکار با مکان، تاریخ‌ها و جاهای خالی.
nav-organisations-hint = ایجاد و تغییر سازمان‌های شبکه.
nav-users-hint = ایجاد حساب‌های کاربری، تعیین نقش‌ها و مسدود کردن حساب‌ها.
nav-catalogues-hint = افزودن مدخل‌های خود به کاتالوگ‌ها، با یک متن برای هر زبان.
nav-audit-hint = چه کسی و چه زمانی به چه داده‌هایی دسترسی داشته است، و آیا گزارش بدون تغییر است.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = اتصال برقرار نیست: آنچه را می‌بینید که این دستگاه در ساعت { $time } ذخیره کرده است. ممکن است از آن زمان چیزی تغییر کرده باشد.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = مدت‌های نگهداری
nav-retention-hint = چه داده‌های شخصی‌ای چه زمانی حذف می‌شوند: برای هر نوع داده یک قاعده، با آغاز و مدت آن.
retention-title = مدت‌های نگهداری
retention-intro = هر نوع داده شخصی یک قاعده دارد: مدت با یک رویداد آغاز می‌شود؛ وقتی تمام شد، داده‌ها حذف یا بی‌نام می‌شوند. رویداد برای هر نوع داده ثابت است و مدت را شما تعیین می‌کنید. هر تغییر ثبت می‌شود.
retention-not-legal-advice = مدت‌هایی که همراه Lotse ارائه می‌شوند نمونه‌اند، نه مشاوره حقوقی. آن‌ها را بر اساس مفهوم حذف داده‌های شهرداری خود تعیین کنید.
retention-col-kind = نوع داده
retention-col-start = مدت آغاز می‌شود وقتی
retention-col-period = مدت
retention-col-changed = آخرین تغییر
retention-default = پیش‌فرض Lotse
retention-col-run = آخرین اجرا
retention-run = { $date }؛ حذف‌شده: { $deleted }
retention-run-none = هنوز اجرا نشده
retention-schedule = Lotse قواعد را روزی یک بار اجرا می‌کند و هر اجرا را ثبت می‌کند: کدام قاعده، چند رکورد، چه زمانی. این سابقه هیچ داده شخصی ندارد.
hold-title = محدودیت پردازش
hold-in-force = داده‌های این شخص تا { $until } (با احتساب همان روز) محدود شده است.
hold-effect = تا زمانی که محدودیت برقرار است، Lotse چیزی از آن‌ها را طبق مهلت‌های نگهداری حذف نمی‌کند و چیزی را با شریکان یا داوطلبان به اشتراک نمی‌گذارد (ماده ۱۸ مقررات عمومی حفاظت از داده‌ها و ماده ۸۴ کتاب دهم قانون اجتماعی آلمان).
hold-placed = محدود شده توسط
hold-end = پایان دادن به محدودیت
hold-place = محدود کردن داده‌ها (به جای حذف)
hold-hint = برای یک رسیدگی جاری، اگر درستی آن‌ها مورد اختلاف است، یا اگر شخص درخواست کند. محدودیت پس از آخرین روزش خودبه‌خود پایان می‌یابد.
hold-place-submit = محدود کردن
field-hold-reason = دلیل
field-hold-until = آخرین روز
field-hold-note = یادداشت (مثلاً شماره پرونده)
hold-badge = محدود تا { $until }
hold-marker = محدود
hold-reason-ongoing-procedure = رسیدگی جاری
hold-reason-disputed-accuracy = درستی مورد اختلاف
hold-reason-client-request = به درخواست شخص
error-hold-until-past = آخرین روز نمی‌تواند در گذشته باشد.
error-hold-until-far = حداکثر پنج سال؛ پس از آن می‌توان محدودیت را دوباره گذاشت.
error-hold-exists = برای این شخص از قبل یک محدودیت برقرار است. برای گذاشتن محدودیت تازه، آن را پایان دهید.
error-client-held = داده‌های این شخص محدود شده است: تا زمانی که برقرار است، چیزی به اشتراک گذاشته نمی‌شود.
nav-holds = محدودیت‌ها
nav-holds-hint = داده‌های اشخاصی که حذف نمی‌شوند و با هیچ‌کس به اشتراک گذاشته نمی‌شوند: با دلیل و آخرین روز.
holds-title = محدودیت‌های پردازش
holds-intro = همه محدودیت‌هایی که امروز برای اشخاص سازمان شما برقرار است. مدیران پرونده آن‌ها را در داده‌های شخص می‌گذارند؛ اینجا یکی را پایان می‌دهید یا برای شخصی که با شماره‌اش می‌شناسید یکی می‌گذارید.
holds-none = در حال حاضر هیچ محدودیتی برقرار نیست.
holds-col-client = شماره شخص
holds-col-end = پایان
field-client-number = شماره شخص (از گزارش یا درخواست)
error-client-number = در سازمان شما شخصی با این شماره نیست.
retention-changed = { $date } توسط { $name }؛ پیش از آن: { $before }
retention-changed-by-unknown = یک حساب حذف‌شده
field-retention-period = مدت
field-retention-unit = واحد
retention-unit-days = روز
retention-unit-months = ماه
retention-unit-years = سال
retention-period-days =
    { $count ->
        [one] { $count } روز
       *[other] { $count } روز
    }
retention-period-months =
    { $count ->
        [one] { $count } ماه
       *[other] { $count } ماه
    }
retention-period-years =
    { $count ->
        [one] { $count } سال
       *[other] { $count } سال
    }
error-retention-period = لطفاً یک عدد صحیح بزرگ‌تر از صفر وارد کنید، حداکثر ۱۰۰ سال.
error-retention-unit = لطفاً روز، ماه یا سال را انتخاب کنید.
retention-kind-client-record = داده‌های پایه شخص (نام، تاریخ تولد، زبان)
retention-kind-contact = اطلاعات تماس و نشانی
retention-kind-household = اعضای خانوار
retention-kind-residence = اقامت و کمک‌هزینه‌ها
retention-kind-health-notes = یادداشت‌های مربوط به سلامت
retention-kind-youth-welfare-notes = یادداشت‌های مربوط به خدمات حمایتی کودکان و نوجوانان
retention-kind-private-notes = یادداشت‌های کاری شخصی
retention-kind-case = پرونده و مرحله‌های آن
retention-kind-assessment = ارزیابی
retention-kind-plan = نسخه‌های برنامه و سابقه گام‌ها
retention-kind-appointments = قرارهای ملاقات
retention-kind-consents = رضایت‌ها
retention-kind-referrals = ارجاع‌ها و پیام‌های آن‌ها
retention-kind-volunteer-tasks = کارها و گزارش‌های داوطلبان
retention-kind-portal-access = دسترسی به پورتال و نشست‌های پورتال
retention-kind-correction-requests = درخواست‌های اصلاح از پورتال
retention-kind-structural-issue-links = پیوند مسائل ساختاری با پرونده‌ها
retention-kind-staff-sessions = نشست‌ها و تلاش‌های ورود کارکنان
retention-kind-audit-log = گزارش دسترسی به داده‌ها
retention-start-case-closed = آخرین پرونده شخص بسته شود
retention-start-consent-ended = رضایت پس گرفته شود یا مدت آن تمام شود
retention-start-referral-closed = ارجاع انجام، رد یا پس گرفته شود
retention-start-task-finished = کار انجام یا لغو شود
retention-start-portal-access-ended = دسترسی به پورتال پایان یابد یا مسدود شود
retention-start-request-answered = به درخواست پاسخ داده شود
retention-start-session-ended = نشست پایان یابد (خروج یا پایان مدت) یا تلاش ورود انجام شود
retention-start-entry-written = مورد ثبت شود

# Handing over a caseload (administrators)
handover-title = واگذاری پرونده‌ها
handover-link = واگذاری پرونده‌ها
handover-counts = پرونده‌های باز: { $open } · پرونده‌های بسته: { $closed }
handover-none = این شخص مسئول هیچ پرونده‌ای نیست.
handover-cases = پرونده‌های این شخص
handover-cases-hint = پرونده‌های علامت‌خورده به همکاری که در پایین انتخاب می‌کنید واگذار می‌شوند. برای تقسیم پرونده‌ها میان چند نفر، آن‌ها را یکی پس از دیگری واگذار کنید.
handover-col-hand-over = واگذاری
handover-col-case = شماره پرونده
handover-col-opened = تاریخ باز شدن
handover-col-updated = آخرین ویرایش
handover-case-label = واگذاری پرونده { $case }
handover-to = واگذاری به
handover-colleague = { $name } (پرونده‌های باز: { $open })
handover-no-colleague = این سازمان مدیر پرونده فعال دیگری ندارد. ابتدا یک حساب بسازید.
handover-submit = واگذاری پرونده‌های علامت‌خورده
handover-done = واگذار شد. تعداد پرونده‌ها: { $number }
handover-deactivate-later = وقتی هیچ پرونده بازی باقی نماند، می‌توانید حساب را غیرفعال کنید.
handover-deactivate-now = این شخص دیگر مسئول هیچ پرونده بازی نیست. اکنون می‌توانید حساب را غیرفعال کنید.
handover-deactivated = حساب غیرفعال شد.
error-deactivate-open-cases = این شخص هنوز مسئول پرونده‌های باز است. ابتدا پرونده‌ها را واگذار کنید («واگذاری پرونده‌ها»).
error-handover-colleague = لطفاً یک مدیر پرونده فعال از همان سازمان انتخاب کنید.
error-handover-no-case = لطفاً دست‌کم یک پرونده را علامت بزنید.
error-handover-changed = برخی از این پرونده‌ها در این فاصله تغییر کرده‌اند. صفحه را دوباره بارگیری کنید و دوباره تلاش کنید.
audit-action-handover = واگذار شد
audit-action-erase = حذف شد (درخواست حذف)
audit-action-refuse = رد شد
erasure-title = حذف داده‌ها
erasure-requested-portal = این شخص در تاریخ { $date } در پورتال درخواست حذف داده‌هایش را داده است.
erasure-recorded-by = درخواست حذف از سوی شخص، ثبت‌شده توسط { $name } در تاریخ { $date }.
erasure-refused-on = در تاریخ { $date } توسط { $name } رد شد:
erasure-erased-on = در تاریخ { $date } توسط { $name } حذف شد.
erasure-record = ثبت درخواست حذف
erasure-record-hint = این شخص حضوری یا کتبی خواسته است که داده‌هایش حذف شوند. درخواست نزد مسئول حفاظت از داده‌ها هم نمایش داده می‌شود.
erasure-record-submit = ثبت درخواست
erasure-erase-warning = حذف، داده‌های این شخص، پرونده‌ها، برنامه‌ها، رضایت‌ها، ارجاع‌ها، وظایف و دسترسی او به پورتال را پاک می‌کند. این کار برگشت‌پذیر نیست. گزارش دسترسی باقی می‌ماند، بدون اینکه نامی از شخص ببرد؛ آمار برنامه ناشناس باقی می‌ماند.
erasure-confirm = بررسی کرده‌ام: هیچ الزامی به نگهداری مانع حذف نیست.
erasure-erase = حذف همهٔ داده‌ها، همین حالا
erasure-refuse = رد درخواست
field-erasure-refusal = دلیل رد (شخص آن را در پورتال می‌خواند)
erasure-done = داده‌های این شخص حذف شد.
erasure-requests-title = درخواست‌های حذف
erasure-requests-intro = درخواست‌های اشخاص سازمان شما برای حذف داده‌هایشان: از پورتال یا ثبت‌شده توسط مدیران پرونده. شما اینجا تصمیم می‌گیرید، یا مدیر پرونده در داده‌های شخص.
erasure-requests-none = در حال حاضر هیچ درخواست حذف بازی وجود ندارد.
erasure-requests-decided = به‌تازگی تصمیم‌گیری‌شده
erasure-client-number = شخص شمارهٔ { $number }
erasure-client-erased = شخص حذف‌شده
nav-erasure-requests = درخواست‌های حذف
nav-erasure-requests-hint = درخواست‌های حذف (ماده ۱۷ مقررات عمومی حفاظت از داده‌ها): حذف کنید یا با ذکر دلیل رد کنید.
follow-up-portal-erasure = در پورتال درخواست حذف داده‌ها داده شد
error-erasure-confirm = لطفاً با علامت زدن خانه تأیید کنید که هیچ الزامی به نگهداری مانع نیست.
error-erasure-held = برای این شخص محدودیت پردازش برقرار است. ابتدا آن را پایان دهید یا درخواست را رد کنید.
error-erasure-decided = دربارهٔ این درخواست قبلاً تصمیم گرفته شده است.
portal-erasure-title = حذف اطلاعات من
portal-erasure-intro = شما می‌توانید درخواست کنید که همهٔ اطلاعات شما حذف شود. مدیر پروندهٔ شما و مسئول حفاظت از داده‌ها دربارهٔ آن تصمیم می‌گیرند. وقتی اطلاعات شما حذف شود، برنامهٔ شما دیگر وجود ندارد و دیگر نمی‌توانید اینجا وارد شوید.
portal-erasure-ask = درخواست حذف
portal-erasure-sent = درخواست شما فرستاده شد.
portal-erasure-open = شما در تاریخ { $date } درخواست حذف داده‌اید. هنوز تصمیمی گرفته نشده است.
portal-erasure-refused = درخواست حذف شما در تاریخ { $date } رد شد. دلیل:
portal-erasure-refusal-still-needed = اطلاعات شما هنوز برای پروندهٔ جاری شما لازم است.
portal-erasure-refusal-legal-duty = طبق قانون باید این اطلاعات را مدتی دیگر نگه داریم.
portal-erasure-refusal-legal-claims = این اطلاعات برای یک رسیدگی حقوقی لازم است.

## Merging two records of one person
merge-section-title = دو بار ثبت شده است؟
merge-section-hint = اگر یک شخص دو بار ثبت شده است، مثلاً با املاهای مختلف، دو پروندهٔ مراجع را ادغام کنید.
merge-find = جستجو و ادغام پروندهٔ مراجع تکراری
merge-merged-from = پروندهٔ مراجع شمارهٔ { $number } ({ $name }) در تاریخ { $date } توسط { $by } با این پرونده ادغام شد.
merge-taken = آنچه از آن برداشته شد: { $parts }.
merge-part-name = نام
merge-part-latin = نام به خط لاتین
merge-part-birth = تاریخ تولد
merge-part-language = زبان ترجیحی
merge-part-interpreter = ترجمهٔ شفاهی
merge-part-phone = تلفن
merge-part-email = ایمیل
merge-part-address = نشانی و منطقهٔ شهری
merge-part-residence = اقامت و کمک‌هزینه‌ها
merge-title = ادغام پرونده‌های مراجع
merge-back = بازگشت به پروندهٔ مراجع
merge-intro = این پرونده‌های مراجع ممکن است متعلق به یک شخص باشند. یکی را برای مقایسه انتخاب کنید یا نام دیگری را جستجو کنید.
merge-search-label = نام
merge-search = جستجو
merge-none-found = پروندهٔ مراجع دیگری با این نام پیدا نشد.
merge-candidates = پرونده‌های مراجع احتمالاً تکراری
merge-col-number = شماره
merge-compare = مقایسه
merge-count-cases = پرونده‌ها
merge-count-household = خانوار
merge-count-consents = رضایت‌ها
merge-count-referrals = ارجاع‌ها
merge-side-portal = دسترسی به پورتال
merge-record = پروندهٔ مراجع شمارهٔ { $number }
merge-compare-intro = انتخاب کنید کدام پروندهٔ مراجع باقی بماند و برای هر مورد کدام مقدار معتبر باشد. هر چه به پروندهٔ دیگر مربوط است، به پروندهٔ باقی‌مانده منتقل می‌شود.
merge-keep = این پرونده باقی می‌ماند
merge-parts-hint = کدام مقدار معتبر است؟
merge-parts-same = اطلاعاتی که در هر دو پرونده یکسان است نشان داده نمی‌شود.
merge-warning = پروندهٔ مراجع دیگر حذف می‌شود. پرونده‌های آن همراه با برنامه‌ها، خانوار، یادداشت‌ها، رضایت‌ها، ارجاع‌ها، وظایف و موارد گزارش دسترسی به پروندهٔ باقی‌مانده منتقل می‌شوند. دسترسی به پورتال از طریق آن پرونده پایان می‌یابد؛ در صورت نیاز، شخص نامهٔ دسترسی جدیدی دریافت می‌کند. این کار برگشت‌پذیر نیست.
merge-submit = ادغام پرونده‌های مراجع
merge-done = پرونده‌های مراجع ادغام شدند.
error-merge-same = یک پروندهٔ مراجع را نمی‌توان با خودش ادغام کرد.
error-merge-changed = یکی از دو پرونده در این فاصله تغییر کرده است. لطفاً آن‌ها را دوباره مقایسه کنید.
error-merge-held = برای یکی از دو پرونده محدودیت پردازش برقرار است. ابتدا آن را پایان دهید.
audit-action-merge = ادغام شد

## Sign-in security: second factor, sessions (issue 18)
account-password-title = رمز عبور
second-factor-title = عامل دوم
second-factor-app-since = شما با رمز عبور و اپلیکیشن احراز هویت وارد می‌شوید (راه‌اندازی‌شده در { $date }).
second-factor-none = شما فقط با رمز عبور خود وارد می‌شوید. اگر کسی رمز عبور شما را بفهمد، عامل دوم از حساب شما محافظت می‌کند.
second-factor-required-here = سازمان شما عامل دوم را الزامی کرده است.
second-factor-begin = راه‌اندازی اپلیکیشن احراز هویت
second-factor-new-phone = راه‌اندازی اپلیکیشن احراز هویت روی تلفن جدید
second-factor-scan = این کد QR را با اپلیکیشن احراز هویت خود اسکن کنید.
second-factor-qr-label = کد QR برای اپلیکیشن احراز هویت
second-factor-type-secret = یا این کلید را در اپلیکیشن وارد کنید:
second-factor-app-code = کد شش‌رقمی از اپلیکیشن
second-factor-confirm = تأیید
second-factor-cancel = لغو راه‌اندازی
second-factor-app-set-up = اپلیکیشن احراز هویت راه‌اندازی شد. اکنون کدهای بازیابی بسازید، برای زمانی که تلفن خود را همراه ندارید.
second-factor-app-removed = عامل دوم حذف شد.
second-factor-remove = حذف عامل دوم
second-factor-remove-hint = پس از آن فقط با رمز عبور خود وارد می‌شوید. با رمز عبور فعلی خود تأیید کنید.
recovery-codes-title = کدهای بازیابی
recovery-codes-left = { $count ->
    [0] هیچ کد بازیابی استفاده‌نشده‌ای ندارید.
    [one] یک کد بازیابی استفاده‌نشده برایتان مانده است.
   *[other] { $count } کد بازیابی استفاده‌نشده برایتان مانده است.
}
recovery-codes-hint = وقتی تلفن خود را همراه ندارید، با کد بازیابی وارد می‌شوید. هر کد فقط یک بار معتبر است.
recovery-codes-create = ساختن کدهای بازیابی جدید
recovery-codes-once = این کدها را همین حالا یادداشت یا چاپ کنید و در جای امنی نگه دارید. آن‌ها فقط همین یک بار نشان داده می‌شوند. کدهای قبلی دیگر معتبر نیستند.
sessions-title = نشست‌های شما
sessions-intro = اینجا می‌بینید که کجا وارد شده‌اید. نشست‌هایی را که نمی‌شناسید پایان دهید و سپس رمز عبور خود را تغییر دهید.
sessions-browser-unknown = مرورگر ناشناخته
sessions-browser-on = { $browser } روی { $system }
sessions-details = ورود: { $started } · آخرین فعالیت: { $seen }
sessions-this-one = همین نشست
sessions-end = پایان دادن به نشست
sessions-end-others = پایان دادن به همهٔ نشست‌های دیگر
sessions-ended-one = نشست پایان یافت.
sessions-ended-others = همهٔ نشست‌های دیگر پایان یافتند.
sign-in-method-password = ورود با رمز عبور
sign-in-method-password-and-app = ورود با رمز عبور و اپلیکیشن احراز هویت
sign-in-method-password-and-recovery-code = ورود با رمز عبور و کد بازیابی
second-factor-sign-in-title = تأیید ورود
second-factor-sign-in-intro = کدی را که اپلیکیشن احراز هویت شما اکنون نشان می‌دهد وارد کنید.
second-factor-code = کد
second-factor-code-hint = بدون تلفن: یکی از کدهای بازیابی خود را وارد کنید.
second-factor-set-up-title = راه‌اندازی عامل دوم
second-factor-set-up-intro = سازمان شما برای ورود عامل دوم را الزامی کرده است. یک اپلیکیشن احراز هویت راه‌اندازی کنید، برای مثال روی تلفن کاری خود. پس از آن می‌توانید ادامه دهید.
error-second-factor-not-started = ابتدا راه‌اندازی اپلیکیشن احراز هویت را آغاز کنید.
error-second-factor-code-wrong = کد درست نیست. کدی را که اپلیکیشن اکنون نشان می‌دهد وارد کنید.
error-second-factor-not-set-up = ابتدا یک اپلیکیشن احراز هویت راه‌اندازی کنید.
error-second-factor-required-by-organisation = سازمان شما عامل دوم را الزامی کرده است. نمی‌توانید آن را حذف کنید.
nav-second-factors = عامل دوم
nav-second-factors-hint = دیدن اینکه چه کسی با عامل دوم وارد می‌شود؛ الزامی کردن آن برای هر سازمان؛ بازنشانی آن.
second-factors-title = عامل دوم هنگام ورود
second-factors-intro = برای هر سازمان: آیا عامل دوم را الزامی کرده است و چه کسی آن را راه‌اندازی کرده است. هر کس عامل دوم ندارد، به محض اینکه سازمانش آن را الزامی کند، در ورود بعدی آن را راه‌اندازی می‌کند.
second-factors-required = عامل دوم الزامی
second-factors-optional = عامل دوم اختیاری
second-factors-require = الزامی کردن
second-factors-waive = لغو الزام
second-factors-without = { $count ->
    [0] همهٔ حساب‌های فعال عامل دوم دارند.
    [one] یک حساب فعال عامل دوم ندارد.
   *[other] { $count } حساب فعال عامل دوم ندارند.
}
second-factors-app = اپلیکیشن احراز هویت
second-factors-recovery-codes = کدهای بازیابی
second-factors-actions = عملیات
second-factors-yes = راه‌اندازی‌شده
second-factors-none = ندارد
second-factors-reset = بازنشانی
second-factors-reset-for = بازنشانی عامل دوم { $name }
second-factors-reset-done = عامل دوم بازنشانی شد. نشست‌های این حساب پایان یافتند.
audit-action-set-up-second-factor = عامل دوم راه‌اندازی شد
audit-action-remove-second-factor = عامل دوم حذف شد
audit-action-new-recovery-codes = کدهای بازیابی جدید
audit-action-reset-second-factor = عامل دوم بازنشانی شد
audit-action-require-second-factor = عامل دوم الزامی شد
audit-action-waive-second-factor = الزام عامل دوم لغو شد

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = ورود از طریق سرویس احراز هویت سازمان
error-sign-in-through-provider = سازمان شما از طریق سرویس احراز هویت خود وارد می‌شود. لطفاً سازمان خود را در پایین انتخاب کنید.
error-provider-issuer = لطفاً نشانی سرویس احراز هویت را وارد کنید؛ این نشانی با https:// آغاز می‌شود.
error-provider-unreachable = در این نشانی هیچ سرویس احراز هویت OpenID Connect پاسخ نمی‌دهد. لطفاً نشانی را بررسی کنید.
sign-in-provider-title = ورود با حساب سازمان شما
sign-in-provider-link = ورود از طریق { $organisation }
sign-in-provider-not-configured = برای این سازمان ورود از طریق سرویس احراز هویت راه‌اندازی نشده است.
sign-in-provider-unreachable = در حال حاضر دسترسی به سرویس احراز هویت ممکن نیست. لطفاً بعداً دوباره تلاش کنید.
sign-in-provider-cancelled = ورود در سرویس احراز هویت لغو شد.
sign-in-provider-failed = بررسی ورود ممکن نشد. لطفاً دوباره از ابتدا شروع کنید.
sign-in-provider-no-account = برای شما حسابی در Lotse وجود ندارد. لطفاً با مدیریت سامانه تماس بگیرید.
sign-in-provider-unverified = سرویس احراز هویت نشانی ایمیل شما را تأیید نمی‌کند. لطفاً با مدیریت سامانه تماس بگیرید.
sign-in-provider-deactivated = حساب شما غیرفعال است. لطفاً با مدیریت سامانه تماس بگیرید.
sign-in-provider-signed-out = شما از Lotse خارج شده‌اید. ممکن است هنوز در سرویس احراز هویت { $organisation } وارد باشید.
sign-in-provider-sign-out = خروج از سرویس احراز هویت هم
nav-sign-in-providers = سرویس‌های احراز هویت
nav-sign-in-providers-hint = راه‌اندازی ورود از طریق سرویس احراز هویت یک سازمان (ورود یکپارچه).
providers-title = سرویس‌های احراز هویت (ورود یکپارچه)
providers-intro = برای هر سازمان: آیا کارکنان آن از طریق یک سرویس احراز هویت OpenID Connect، مثلاً سرویس شهرداری، وارد می‌شوند؟ حساب‌ها را همچنان خودتان می‌سازید. در نخستین ورود، حساب از طریق نشانی ایمیل تأییدشده پیوند می‌خورد. مدیران سامانه همچنان با رمز عبور وارد می‌شوند.
providers-return-address = نشانی بازگشت برای ثبت در سرویس احراز هویت:
providers-saved = سرویس احراز هویت ذخیره شد.
providers-removed = سرویس احراز هویت حذف شد. کارکنان دوباره با رمز عبور وارد می‌شوند.
providers-none = بدون سرویس احراز هویت: ورود با رمز عبور.
providers-disabled = سرویس احراز هویت راه‌اندازی شده اما غیرفعال است: ورود با رمز عبور.
providers-in-use = { $count ->
    [one] ورود از طریق سرویس احراز هویت. { $count } حساب پیوند خورده است.
   *[other] ورود از طریق سرویس احراز هویت. { $count } حساب پیوند خورده‌اند.
}
providers-offers-sign-out = سرویس احراز هویت امکان خروج را فراهم می‌کند؛ Lotse آن را پس از خروج نشان می‌دهد.
providers-issuer = نشانی (issuer)
providers-issuer-hint = Lotse در آنجا /.well-known/openid-configuration را می‌خواند.
providers-client-id = Client ID
providers-client-secret = رمز محرمانهٔ کلاینت
providers-client-secret-hint = سرویس احراز هویت آن را می‌دهد.
providers-client-secret-keep = برای نگه داشتن رمز محرمانهٔ ذخیره‌شده، خالی بگذارید.
providers-subject-claim = ویژگی‌ای که یک شخص را مشخص می‌کند (claim)
providers-subject-claim-hint = معمولاً «sub». فقط در صورتی تغییر دهید که بخش فناوری اطلاعات شهرداری بگوید.
providers-enabled = فعال کردن ورود از طریق این سرویس
providers-save = ذخیره
providers-remove = حذف سرویس احراز هویت
audit-action-configure-sign-in-provider = سرویس احراز هویت راه‌اندازی شد
audit-action-remove-sign-in-provider = سرویس احراز هویت حذف شد
providers-settings = راه‌اندازی یا تغییر سرویس احراز هویت
account-through-provider = شما از طریق سرویس احراز هویت سازمان خود وارد می‌شوید. سازمان شما رمز عبور و عامل دوم را در آنجا مدیریت می‌کند.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = کلیدهای عبور
passkeys-intro = کلید عبور ورود شما را با این دستگاه تأیید می‌کند: با اثر انگشت، چهره، PIN دستگاه یا یک کلید امنیتی. این کلید جایگزین کد اپلیکیشن می‌شود.
passkeys-none = شما هنوز کلید عبور ندارید.
passkey-details = افزوده‌شده در { $added }. آخرین استفاده: { $used }
passkey-never-used = هرگز
passkey-remove = حذف
passkey-remove-named = حذف کلید عبور { $name }
passkey-name = نام کلید عبور
passkey-name-hint = برای اینکه آن را بشناسید، برای مثال «لپ‌تاپ دفتر» یا «کلید امنیتی».
passkey-add = افزودن کلید عبور
passkey-waiting = دستگاه شما اکنون کلید عبور را درخواست می‌کند.
passkey-sign-in = ورود با کلید عبور
passkey-sign-in-intro = ورود خود را با کلید عبورتان تأیید کنید.
passkey-or-code = یا یک کد وارد کنید:
passkey-set-up-intro = یا اگر این دستگاه حسگر اثر انگشت، تشخیص چهره یا کلید امنیتی دارد، یک کلید عبور اضافه کنید:
passkey-unsupported = این مرورگر نمی‌تواند از کلیدهای عبور استفاده کند. از یک مرورگر به‌روز یا اپلیکیشن احراز هویت استفاده کنید.
passkey-cancelled = از کلید عبور استفاده نشد (لغو شد یا زمان آن به پایان رسید). دوباره تلاش کنید.
passkey-known = این دستگاه از قبل یک کلید عبور برای حساب شما دارد.
passkey-elsewhere = کلیدهای عبور فقط در نشانی { $address } کار می‌کنند.
passkey-elsewhere-link = باز کردن Lotse در این نشانی
passkey-added = کلید عبور افزوده شد. اگر هنوز کدهای بازیابی ندارید، آن‌ها را بسازید.
passkey-removed = کلید عبور حذف شد.
error-passkey-failed = کلید عبور تأیید نشد. دوباره تلاش کنید.
error-passkey-expired = مهلت درخواست به پایان رسید. دوباره تلاش کنید.
error-passkey-none = برای حساب شما هیچ کلید عبوری وجود ندارد.
error-passkey-name-required = برای کلید عبور یک نام وارد کنید.
error-passkey-name-too-long = نام حداکثر می‌تواند ۶۰ نویسه باشد.
sign-in-method-password-and-passkey = ورود با رمز عبور و کلید عبور
second-factors-passkeys = کلیدهای عبور
audit-action-add-passkey = کلید عبور افزوده شد
audit-action-remove-passkey = کلید عبور حذف شد
second-factor-remove-app = حذف اپلیکیشن احراز هویت
second-factor-remove-app-hint = کلیدهای عبور و کدهای بازیابی شما باقی می‌مانند؛ همچنان ورود خود را با آن‌ها تأیید می‌کنید. با رمز عبور فعلی خود تأیید کنید.
second-factor-app-only-removed = اپلیکیشن احراز هویت حذف شد. کلیدهای عبور شما باقی می‌مانند.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = ایمیل‌های خروجی
nav-outbox-hint = Lotse کدام ایمیل‌ها را نوشته است، کدام‌ها فرستاده شده‌اند و کدام‌ها نه.
outbox-title = ایمیل‌های خروجی
outbox-intro = هر ایمیلی که Lotse می‌نویسد، اول اینجا قرار می‌گیرد. ایمیل‌ها هیچ اطلاعاتی از مراجعان ندارند، فقط یک پیوند به Lotse.
outbox-smtp-configured = یک سرور ایمیل راه‌اندازی شده است: ایمیل‌های در انتظار در چند ثانیه فرستاده می‌شوند. اگر تلاشی ناموفق باشد، Lotse بعداً دوباره تلاش می‌کند.
outbox-no-smtp = هیچ سرور ایمیلی راه‌اندازی نشده است (LOTSE_SMTP_URL): ایمیل‌ها فرستاده نمی‌شوند. آن‌ها اینجا می‌مانند و می‌توان آن‌ها را خواند.
outbox-counts = در انتظار: { $waiting } · فرستاده‌شده: { $sent } · ناموفق: { $failed }
outbox-empty = هنوز ایمیلی وجود ندارد.
outbox-to = گیرنده
outbox-written = زمان نوشتن
outbox-state = وضعیت
outbox-state-waiting = در انتظار فرستادن
outbox-state-sent = فرستاده شده در { $time }
outbox-state-failed = ناموفق پس از { $attempts } تلاش
outbox-state-retrying = { $attempts } تلاش ناموفق بود، تلاش بعدی در { $time }
outbox-last-error = پاسخ سرور ایمیل
outbox-read = خواندن ایمیل
mail-settings-title = اعلان‌های ایمیلی
mail-settings-intro = هر وقت موضوعی به شما مربوط باشد، Lotse به نشانی { $email } برایتان ایمیل می‌نویسد. ایمیل‌ها هیچ اطلاعاتی از مراجعان ندارند، فقط یک پیوند. برای هر نوع انتخاب کنید: فوراً، روزی یک بار به‌صورت جمع‌شده، یا هرگز.
mail-settings-language = زبان ایمیل‌ها
mail-settings-save = ذخیرهٔ تنظیمات
mail-settings-saved = تنظیمات ایمیل ذخیره شد.
notify-kind-new-referral = ارجاع جدید به سازمان شما
notify-kind-referral-overdue = ارجاعی که مهلت پاسخ آن گذشته است
notify-kind-correction-requested = مراجعی درخواست اصلاح می‌کند
notify-kind-consent-revoked = مراجعی یک رضایت را پس گرفته است
notify-kind-volunteer-problem = داوطلبی مشکلی را گزارش می‌دهد
delivery-now = فوراً
delivery-daily = روزانه، جمع‌شده
delivery-never = هرگز
mail-new-referral-subject = ارجاع جدید به { $organisation }
mail-new-referral-body = یک ارجاع جدید برای { $organisation } در Lotse رسیده است. لطفاً پیش از پایان مهلت پاسخ، پاسخ دهید:
    { $link }
mail-referral-overdue-subject = یک ارجاع پس از پایان مهلت پاسخ هنوز در انتظار است
mail-referral-overdue-body = مهلت پاسخ یک ارجاع گذشته است و هنوز به آن پاسخ داده نشده است:
    { $link }
mail-correction-requested-subject = درخواست اصلاح
mail-correction-requested-body = یکی از مراجعان در پرونده‌های شما در پورتال درخواست اصلاح می‌کند. درخواست را در Lotse پیدا می‌کنید:
    { $link }
mail-consent-revoked-subject = یک رضایت پس گرفته شد
mail-consent-revoked-body = یکی از مراجعان در پرونده‌های شما در پورتال یک رضایت را پس گرفته است. اطلاعات بیشتر در Lotse:
    { $link }
mail-volunteer-problem-subject = یک داوطلب مشکلی را گزارش می‌دهد
mail-volunteer-problem-body = برای وظیفه‌ای در یکی از پرونده‌های شما مشکلی گزارش شده است. اطلاعات بیشتر در Lotse:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [one] { $count } خبر تازه
       *[other] { $count } خبر تازه
    }
mail-digest-intro = { $count ->
        [one] از آخرین خلاصه تا حالا { $count } خبر تازه برای شما هست:
       *[other] از آخرین خلاصه تا حالا { $count } خبر تازه برای شما هست:
    }
mail-footer = این ایمیل هیچ اطلاعاتی از مراجعان ندارد. اینکه کدام ایمیل‌ها را دریافت کنید، در «حساب من» تنظیم می‌کنید: { $settings }

external-title = ارجاع به سازمان شما
external-tagline = ارجاع برای سازمان‌های همکار
external-gone = از طریق این پیوند (دیگر) چیزی دیده نمی‌شود: مهلت آن به پایان رسیده یا پس گرفته شده است، یا ارجاع بسته شده است. لطفاً با کسی تماس بگیرید که این ارجاع را برایتان فرستاده است.
external-for = برای: { $organisation }
external-code-intro = برای حفاظت از داده‌ها، این پیوند تا وقتی که یک کد یک‌بارمصرف وارد نکنید چیزی نشان نمی‌دهد. ما این کد را در ایمیل دومی به نشانی شما می‌فرستیم.
external-send-code = فرستادن کد با ایمیل
external-send-code-again = فرستادن کد جدید
external-code-sent = کد در راه است. این کد 15 دقیقه اعتبار دارد.
external-code = کد یک‌بارمصرف از ایمیل
external-open = باز کردن ارجاع
external-referral-title = ارجاع
external-audited = هر بار باز کردن این صفحه ثبت می‌شود. شخص ارجاع‌شده می‌تواند ببیند سازمان شما چه زمانی داده‌های او را دیده است.
external-link-title = پیوند برای سازمان همکار
external-link-explained = این سازمان در Lotse حساب ندارد. فرد رابط آن یک پیوند با ایمیل دریافت کرده است و آن را با یک کد یک‌بارمصرف باز می‌کند.
external-contact = فرد رابط
external-link-state = پیوند
external-link-active = معتبر
external-link-expired = منقضی شده
external-link-withdrawn = پس گرفته شده
external-link-until = معتبر تا
external-link-last-viewed = آخرین بار باز شده
external-link-never-viewed = هنوز باز نشده
external-link-renew = تمدید به مدت 14 روز
external-link-withdraw = پس گرفتن پیوند
external-link-renewed = پیوند دوباره 14 روز معتبر است.
external-link-withdrawn-done = پیوند پس گرفته شد. از همین حالا دیگر چیزی نشان نمی‌دهد.
organisations-external-contact = فرد رابط (بدون حساب)
organisations-has-accounts = دارای حساب در Lotse
organisations-external-new = ایجاد سازمان همکار بدون حساب
organisations-external-explained = برای سازمان‌های همکاری که در Lotse کار نمی‌کنند (مثلاً اتاق‌های صنفی یا انجمن‌های کوچک): ارجاع‌ها به‌صورت یک پیوند با ایمیل برای فرد رابط فرستاده می‌شوند.
organisations-contact-name = نام فرد رابط
organisations-contact-email = نشانی ایمیل فرد رابط
organisations-contact-language = زبان ایمیل‌ها
organisations-external-create = ایجاد سازمان همکار
organisations-external-created = سازمان همکار ایجاد شد.
error-external-no-contact = این سازمان فرد رابطی برای ارجاع‌ها ندارد.
error-external-link-gone = این پیوند دیگر چیزی نشان نمی‌دهد. لطفاً با کسی تماس بگیرید که این ارجاع را برایتان فرستاده است.
error-external-code-again = نشست شما به پایان رسیده است. لطفاً یک کد جدید درخواست کنید و آن را وارد کنید.
error-external-code-limit = در یک ساعت گذشته کدهای بیش از حدی فرستاده شده است. لطفاً بعداً دوباره تلاش کنید.
error-external-code-expired = این کد دیگر معتبر نیست. لطفاً یک کد جدید درخواست کنید.
error-external-code-wrong = کد درست نیست. لطفاً آن را بررسی کنید.
error-external-no-link = این ارجاع پیوند معتبری ندارد.
mail-external-referral-subject = ارجاع جدید از { $sender }
mail-external-referral-body = { $sender } یک ارجاع در چارچوب مدیریت ادغام در سطح شهرداری برای سازمان شما فرستاده است. برای حفاظت از داده‌ها، در این ایمیل چیزی دربارهٔ آن شخص نوشته نشده است. ارجاع را اینجا پیدا می‌کنید:
    { $link }
    هنگام باز کردن، از شما یک کد یک‌بارمصرف می‌خواهیم که آن را در ایمیل دومی برایتان می‌فرستیم. این پیوند تا { $expires } معتبر است.
mail-external-code-subject = کد یک‌بارمصرف شما برای Lotse
mail-external-code-body = کد یک‌بارمصرف شما: { $code }
    این کد 15 دقیقه اعتبار دارد. اگر کدی درخواست نکرده‌اید، می‌توانید این ایمیل را پاک کنید.
portal-reminders-title = یادآوری با ایمیل
portal-reminders-explained = یک روز پیش از هر قرار ملاقات، ایمیلی با تاریخ و ساعت برایتان می‌فرستیم. چیز دیگری در آن نیست. جزئیات را اینجا در پورتال می‌بینید.
portal-reminders-to = گیرنده: { $email }
portal-reminders-no-email = هیچ نشانی ایمیلی برای شما ذخیره نشده است. مدیر پروندهٔ شما می‌تواند آن را وارد کند.
portal-reminders-on = بله، لطفاً یادآوری کنید
portal-reminders-off = دیگر یادآوری نمی‌خواهم
portal-reminders-are-on = شما یادآوری‌ها را با ایمیل دریافت می‌کنید.
portal-reminders-are-off = شما یادآوری با ایمیل دریافت نمی‌کنید.
mail-appointment-reminder-subject = یادآوری: فردا یک قرار ملاقات دارید
mail-appointment-reminder-body = شما فردا، { $date }، ساعت { $time } یک قرار ملاقات دارید. جزئیات را در پورتال پیدا می‌کنید:
    { $link }
mail-appointment-reminder-body-day = شما فردا، { $date }، یک قرار ملاقات دارید. جزئیات را در پورتال پیدا می‌کنید:
    { $link }
mail-appointment-reminder-footer = این یادآوری را دریافت می‌کنید، چون آن را در پورتال فعال کرده‌اید. همان‌جا می‌توانید دوباره آن را غیرفعال کنید.
