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
step-status-eligibility-requested = مجوز شرکت درخواست شده
step-status-eligible = مجاز به شرکت
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
