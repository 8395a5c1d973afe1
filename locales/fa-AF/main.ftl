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
users-role-change = تغییر نقش
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
error-throttled = کوشش‌های ناکام برای ورود بیش از حد بوده است. لطفاً { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
} بعد دوباره کوشش کنید.
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
clients-search-submit = جستجو
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

## Case management core (issue 3)

error-conflict = شخص دیگری در این فاصله این معلومات را ذخیره کرده است. هیچ چیزی از بین نرفت و معلومات شما هنوز در فورم است. آنچه اکنون ذخیره شده است:
error-number-invalid = لطفاً یک عدد معتبر درج کنید.
error-date-invalid = لطفاً یک تاریخ معتبر درج کنید.
error-time-invalid = لطفاً یک وقت معتبر درج کنید (HH:MM).
error-choose-from-list = لطفاً یک مورد را از لست انتخاب کنید.
error-date-in-past = این تاریخ در گذشته است.
error-date-in-future = این تاریخ در آینده است.
error-target-before-start = تاریخ هدف پیش از تاریخ آغاز است.
error-goal-empty = لطفاً هدف را شرح دهید (با کلمات خود مراجع، به زبان ساده یا با یک نمونه).
error-reason-required = لطفاً دلیل را بنویسید.
error-result-required = لطفاً نتیجه را بنویسید.
error-organisation-required = لطفاً سازمان مسئول را انتخاب کنید.
error-interpreter-language-required = لطفاً زبان ترجمانی را درج کنید.
error-review-before-agreement = بازنگری باید بعد از توافق باشد.
error-plan-empty = این پلان هنوز هیچ هدفی ندارد.
error-plan-nothing-to-agree = هیچ مسوده‌ای برای توافق وجود ندارد.
error-phase-not-allowed = این تغییر مرحله ممکن نیست.
error-consent-missing = رضایت برای مدیریت دوسیه هنوز ثبت نشده است. لطفاً اول آن را ثبت کنید.
error-entrusted-by-required = لطفاً بنویسید که چه کسی این معلومات را به شما سپرده است.

value-empty = (خالی)
untranslated-marker = ترجمه نشده
language-picker-hint = نام آلمانی زبان، نام زبان به همان زبان یا ISO-639-3-Code را درج کنید.
saved = ذخیره شد.
save = ذخیره
add = اضافه کردن
remove = حذف کردن
yes = بلی
no = نخیر
nav-catalogues = کتلاگ‌ها

client-title = مراجع
client-personal = معلومات شخصی
client-edit = تغییر معلومات
client-cases = دوسیه‌ها
client-household = اعضای خانواده
client-address = آدرس
client-open-record = باز کردن دوسیهٔ مراجع
case-link = دوسیه
case-open = ایجاد دوسیهٔ جدید
household-add = اضافه کردن عضو خانواده
field-member-name = نام
field-relation = نسبت
compartment-residence = اقامت و کمک‌های مالی
compartment-residence-hint = بخش حساس: جداگانه ذخیره می‌شود و تنها در جایی دیده می‌شود که ضرورت باشد.
field-residence-status = وضعیت اقامت
field-valid-until = اعتبار تا
field-benefit-regime = کمک مالی دریافتی
compartment-health = صحت
compartment-health-hint = نوع خاص معلومات شخصی: تنها با رضایت صریح به دیگران داده می‌شود.
compartment-youth-welfare = خدمات حمایتی اطفال و نوجوانان
compartment-youth-welfare-hint = تنها با رضایت کسی که این معلومات را سپرده است به دیگران داده می‌شود.
compartment-private = یادداشت‌های کاری شخصی من
compartment-private-hint = تنها شما این یادداشت‌ها را می‌بینید. این یادداشت‌ها هیچ وقت به دیگران داده نمی‌شوند.
note-add = اضافه کردن یادداشت
field-note = یادداشت
field-entrusted-by = سپرده شده توسط

case-title = دوسیه
case-phase = مرحله
case-owner = مسئول دوسیه
case-sections = بخش‌های دوسیه
case-history = سابقهٔ مرحله‌ها
case-closed = دوسیه بسته شده است:
case-consent-needed = پیش از ارزیابی باید رضایت برای مدیریت دوسیه ثبت شود.
case-next-phase = مرحلهٔ بعدی
case-change-phase = تغییر مرحله
field-closure-reason = دلیل بستن دوسیه
consent-title = رضایت برای مدیریت دوسیه
consent-recorded = رضایت داده شده به تاریخ
consent-record = ثبت رضایت
consent-save = ذخیرهٔ رضایت
field-given-on = تاریخ رضایت
field-consent-method = نوع رضایت
assessment-title = ارزیابی
assessment-recorded = ثبت شده
assessment-needs = نیازمندی‌ها
assessment-resources = منابع و توانایی‌ها
assessment-client-goals = اهداف خود مراجع
facts-title = معلومات دسته‌بندی‌شده
field-language-level = سطح زبان آلمانی
field-literacy = سواد خواندن و نوشتن
field-schooling = تعلیمات مکتب
field-qualifications = اسناد تحصیلی و مسلکی
field-recognition-needed = شناسایی سند خارجی ضرورت است
field-work-experience = تجربهٔ کاری
field-housing-situation = وضعیت بودوباش
field-health-insurance = بیمهٔ صحی

plan-title = پلان ادغام
plan-none = هنوز پلانی وجود ندارد.
plan-version = نسخهٔ { $number }
plan-version-agreed = نسخهٔ { $number }، توافق شده به تاریخ
plan-version-draft = مسوده، نسخهٔ { $number }
plan-print = چاپ پلان
plan-goals = اهداف
plan-no-goals = هنوز هدفی وجود ندارد.
plan-steps = قدم‌ها
plan-agree = توافق روی پلان
plan-agree-hint = دربارهٔ پلان با مراجع گفتگو و توافق می‌شود. تغییرات بعدی یک نسخهٔ جدید را آغاز می‌کنند.
plan-review-default = اگر خالی بماند: شش ماه بعد از توافق.
plan-versions = نسخه‌ها
plan-agreed-on = توافق شده به تاریخ
plan-draft = مسوده
plan-compare-from = مقایسهٔ
plan-compare-to = با
plan-current = وضعیت فعلی
plan-compare = مقایسه
plan-no-changes = هیچ تغییری نیست.
plan-back = برگشت به پلان
goal-add = اضافه کردن هدف
goal-edit = تغییر هدف
goal-remove = حذف هدف
goal-status-change = تغییر وضعیت هدف
step-add = اضافه کردن قدم
step-edit = تغییر قدم
step-history = سابقه
step-status-change = تغییر وضعیت
field-domain = بخش زندگی
field-goal-level = سطح هدف
field-goal-template = نمونهٔ هدف
field-client-words = با کلمات خود مراجع
field-plain-wording = به زبان ساده
field-success-criterion = از کجا می‌فهمیم که انجام شده است
field-start-date = آغاز
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
field-agreed-how = طریقهٔ توافق
field-review-due = بازنگری
appointments-title = وقت‌های ملاقات
appointment-add = اضافه کردن وقت ملاقات
field-date = تاریخ
field-time = ساعت
field-place = محل
field-with-organisation = نزد سازمان
field-linked-step = مربوط به قدم
field-appointment-note = چه چیزی همراه بیاورید یا یادداشت
diff-added = اضافه شد
diff-removed = حذف شد
diff-changed = تغییر کرد
diff-goal = هدف
diff-step = قدم

print-language = زبان چاپ
print-now = چاپ
print-plan-title = پلان ادغام من
print-agreed-on = توافق شده به تاریخ
print-draft = مسوده – هنوز توافق نشده
print-signature-client = امضای مراجع
print-signature-case-manager = امضای مدیر دوسیه

dashboard-phases = دوسیه‌های من بر اساس مرحله
dashboard-overdue = قدم‌هایی که مهلت‌شان گذشته است
dashboard-reviews = بازنگری‌ها در 14 روز آینده
dashboard-waiting = قدم‌هایی که منتظر سازمان‌های همکار هستند
dashboard-appointments = وقت‌های ملاقات در 7 روز آینده
dashboard-recent = دوسیه‌هایی که به تازگی تغییر کرده‌اند
dashboard-none = کاری برای انجام نیست.
dashboard-shown-of = { $shown } از { $total } نشان داده شده است؛ همه در پلان‌های دوسیه‌ها هستند.

catalogues-title = کتلاگ‌ها
catalogues-intro = موارد خود شما کتلاگ‌های موجود در سیستم را تکمیل می‌کنند. آلمانی حتمی است؛ اگر یک زبان موجود نباشد، متن آلمانی با یادداشت «ترجمه نشده» نشان داده می‌شود.
catalogues-none = هنوز هیچ موردی از خود شما وجود ندارد.
catalogues-col-catalogue = کتلاگ
catalogues-col-text = متن
catalogues-col-locales = زبان‌ها
catalogues-add = اضافه کردن مورد
catalogues-texts = متن به هر زبان
catalogue-name-service = خدمات
catalogue-name-goal-template = نمونه‌های هدف
catalogue-name-closure = دلایل بستن دوسیه

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = ارجاع
phase-intake = نخستین مصاحبه (Intake)
phase-assessment = ارزیابی
phase-planning = پلان‌گذاری کمک
phase-implementation = اجرا
phase-monitoring = نظارت و بازنگری
phase-evaluation = ارزیابی نهایی
phase-closed = بسته شده

domain-language = زبان
domain-education-work = تعلیم و کار
domain-housing = مسکن
domain-health = صحت
domain-residence = اقامت
domain-benefits = کمک‌ها و امور مالی
domain-family = فامیل و اطفال
domain-participation = اشتراک در جامعه

service-integration-course = کورس ادغام (Integrationskurs)
service-literacy-course = کورس ادغام همراه با سوادآموزی (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = کورس ادغام برای جوانان (Jugendintegrationskurs)
service-parents-integration-course = کورس ادغام برای والدین و زنان (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = کورس فشرده (Intensivkurs)
service-second-script-course = کورس برای کسانی که با خط دیگری سواد دارند (Zweitschriftlernerkurs)
service-dtz-exam = امتحان زبان آلمانی برای مهاجرین (DTZ)
service-job-language-course = کورس زبان آلمانی برای کار (Berufssprachkurs)
service-course-fee-exemption = معافیت از فیس کورس
service-potential-analysis = تحلیل توانایی‌ها و نقاط قوت (Potenzialanalyse)
service-cooperation-plan = پلان همکاری با Jobcenter (Kooperationsplan)
service-placement-voucher = کوپون کاریابی (Vermittlungsgutschein)
service-apprenticeship = آموزش مسلکی (Ausbildung)
service-entry-qualification = کارآموزی برای آمادگی آموزش مسلکی (Einstiegsqualifizierung, EQ)
service-wage-subsidy = کمک مالی برای معاش
service-coaching = رهنمایی و همراهی (Coaching)
service-recognition-counselling = مشوره دربارهٔ شناسایی اسناد (IQ-Netzwerk)
service-recognition-application = درخواست شناسایی سند
service-qualification-analysis = امتحان عملی مهارت‌های مسلکی (Qualifikationsanalyse)
service-adaptation-training = آموزش تکمیلی برای شناسایی کامل سند (Anpassungsqualifizierung)
service-zab-evaluation = ارزیابی سند خارجی (ZAB)
service-housing-entitlement = تصدیق حق استفاده از مسکن اجتماعی (WBS)
service-residence-obligation-change = تغییر الزام بودوباش در یک محل معین (Wohnsitzauflage)
service-cost-approval = قبول پرداخت کرایهٔ خانه (Mietkostenübernahme)
service-move-out-of-shelter = کوچ کردن از اقامتگاه جمعی
service-health-card = کارت صحی (Gesundheitskarte)
service-treatment-voucher = ورقهٔ تداوی (Behandlungsschein)
service-health-insurance-enrolment = ثبت نام در صندوق بیمهٔ صحی (Krankenkasse)
service-psychosocial-centre = مرکز روانی-اجتماعی (Psychosoziales Zentrum)
service-vaccination = واکسین
service-permit-application = درخواست اجازهٔ اقامت (Aufenthaltserlaubnis)
service-naturalisation = گرفتن تابعیت آلمان (Einbürgerung)
service-benefit-application = درخواست کمک مالی
service-debt-counselling = مشوره دربارهٔ قرض‌ها
service-childcare-place = جا در کودکستان (Kita)
service-school-enrolment = ثبت نام در مکتب
service-migration-counselling = مشورهٔ مهاجرت برای بزرگسالان (MBE)
service-youth-migration-service = خدمات مهاجرت برای جوانان (JMD)
service-interpreter = ترجمانی
service-document-translation = ترجمهٔ اسناد
service-volunteer-matching = پیدا کردن یک همراه رضاکار

goal-template-reach-b1 = صحبت کردن به زبان آلمانی در سطح B1
goal-template-complete-integration-course = تکمیل کورس ادغام (Integrationskurs)
goal-template-learn-to-read = آموختن خواندن و نوشتن
goal-template-qualification-recognised = شناسایی سند مسلکی
goal-template-find-work = پیدا کردن کار
goal-template-start-apprenticeship = آغاز آموزش مسلکی (Ausbildung)
goal-template-own-flat = پیدا کردن یک خانهٔ جداگانه
goal-template-leave-shelter = کوچ کردن از اقامتگاه جمعی
goal-template-health-insurance = داشتن بیمهٔ صحی
goal-template-family-doctor = داشتن داکتر فامیلی
goal-template-secure-residence = تأمین اقامت
goal-template-secure-income = تأمین عاید
goal-template-childcare = پیدا کردن جای نگهداری برای طفل
goal-template-school-place = پیدا کردن جا در مکتب برای طفل
goal-template-social-contacts = پیدا کردن آشنایان و سرگرمی در محل زندگی

goal-level-long-term = هدف درازمدت
goal-level-framework = هدف کلی
goal-level-action = هدف عملی

goal-status-open = باز
goal-status-in-progress = در حال انجام
goal-status-achieved = به دست آمد
goal-status-partly-achieved = تا اندازه‌ای به دست آمد
goal-status-not-achieved = به دست نیامد
goal-status-dropped = کنار گذاشته شد

step-status-planned = پلان شده
step-status-eligibility-requested = درخواست استحقاق داده شده
step-status-eligible = واجد شرایط
step-status-registered = ثبت نام شده
step-status-waitlisted = در لست انتظار
step-status-started = آغاز شده
step-status-completed = تکمیل شده
step-status-interrupted = موقتاً متوقف شده
step-status-dropped = نیمه‌کاره مانده
step-status-rejected = رد شده
step-status-not-needed = دیگر ضرورت نیست

closure-goals-achieved = اهداف به دست آمدند
closure-standard-service = به یک خدمت عادی سپرده شد
closure-client-ended = مراجع آن را ختم کرد
closure-moved-away = به جای دیگری کوچ کرد
closure-unreachable = دیگر در دسترس نیست
closure-consent-withdrawn = رضایت پس گرفته شد

consent-method-signature = با امضا
consent-method-electronic = به شکل الکترونیکی تأیید شد
consent-method-oral-interpreter = شفاهی با کمک ترجمان

responsible-client = مراجع
responsible-case-manager = مدیر دوسیه
responsible-organisation = سازمان همکار
responsible-volunteer = رضاکار

language-level-a0 = A0 (بدون دانش زبان)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = باسواد (خط لاتین)
literacy-other-script = باسواد در یک خط دیگر
literacy-not-literate = بدون سواد خواندن و نوشتن

housing-shelter = اقامتگاه جمعی (Gemeinschaftsunterkunft)
housing-shared-accommodation = خانهٔ مشترک یا کرایهٔ فرعی
housing-own-flat = خانهٔ جداگانه
housing-with-family = نزد فامیل یا آشنایان
housing-homeless = بدون خانه

insurance-statutory = بیمهٔ صحی قانونی
insurance-health-card = کارت صحی (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = ورقه‌های تداوی (Behandlungsscheine)
insurance-private = بیمهٔ صحی خصوصی
insurance-none = بیمهٔ صحی ندارد

residence-asylum-procedure = اجازهٔ ماندن در جریان پروسهٔ پناهندگی (Aufenthaltsgestattung)
residence-tolerated = تعلیق موقت اخراج (Duldung)
residence-temporary-protection = حمایت موقت (§ 24 AufenthG)
residence-residence-permit = اجازهٔ اقامت (Aufenthaltserlaubnis)
residence-settlement-permit = اجازهٔ اقامت دایمی (Niederlassungserlaubnis)
residence-eu-citizen = تبعهٔ اتحادیهٔ اروپا
residence-german-citizen = تابعیت آلمان
residence-other = وضعیت دیگر

benefit-asylblg = کمک مالی پناهجویان (AsylbLG)
benefit-sgb2 = کمک مالی شهروندی (Bürgergeld, SGB II)
benefit-sgb12 = کمک اجتماعی (Sozialhilfe, SGB XII)
benefit-none = بدون کمک مالی

relation-spouse = همسر
relation-child = فرزند
relation-parent = پدر یا مادر
relation-sibling = خواهر یا برادر
relation-other = نسبت دیگر

## Partner network (issue 4)
nav-offers = خدمات
nav-inbox = صندوق ورودی
nav-audit = ثبت دسترسی‌ها
case-team = مسئولین دوسیه
case-assign = سپردن
case-assign-colleague = سپردن به همکار
case-unassign = لغو سپردن
dashboard-overdue-referrals = ارجاع‌هایی که مهلت‌شان گذشته است
network-title = شبکه
network-referrals = ارجاع‌ها
network-no-referrals = هنوز هیچ ارجاعی نیست.
network-new-referral = ارجاع جدید
network-consents = رضایت برای شریک ساختن معلومات
network-no-consents = هنوز هیچ رضایتی برای شریک ساختن معلومات نیست.
network-access-times = دسترسی به کورس‌های زبان
network-access-days = وقت دسترسی: { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
network-waiting-days = وقت انتظار: { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
consent-record-share = ثبت رضایت
consent-health-separate = معلومات صحی همیشه به یک رضایت جداگانه و صریح ضرورت دارد.
consent-print = چاپ فورم
consent-revoke = پس گرفتن
consent-state-active = معتبر
consent-state-inactive = نامعتبر
consent-state-revoked = پس گرفته شده
consent-form-title = رضایت برای شریک ساختن معلومات
consent-form-back = برگشت به صفحهٔ شخص
consent-form-recipient = گیرنده
consent-form-valid = اعتبار
consent-form-categories-intro = من موافقم که معلومات زیر به گیرنده داده شود:
consent-form-voluntary = این رضایت داوطلبانه است. اگر رضایت ندهم، هیچ ضرری به من نمی‌رسد.
consent-form-revoke = من می‌توانم رضایت خود را هر وقت پس بگیرم، به همان آسانی که آن را داده‌ام. پس گرفتن رضایت از همان لحظه برای آینده اعتبار دارد.
consent-form-health = معلومات صحی به شکل خاص محافظت می‌شود. این رضایت تنها برای معلومات صحی است.
consent-form-issued-by = صادر شده توسط:
consent-form-place-date = محل، تاریخ
courses-title = کورس‌های مناسب
courses-childcare-on = مراقبت از اطفال شرط نباشد
courses-childcare-off = تنها کورس‌های دارای مراقبت از اطفال
courses-any-type = نشان دادن همه انواع کورس
courses-only-this-type = تنها همین نوع کورس
courses-none = کورس مناسب پیدا نشد.
courses-distance = { $km } کیلومتر
courses-full = پر شده (لست انتظار)
courses-free-seats = { $count ->
    [one] { $count } جای خالی
   *[other] { $count } جای خالی
}
courses-seats-unknown = تعداد جاهای خالی معلوم نیست
courses-next-start = آغاز بعدی:
courses-refer = ارجاع به این کورس
courses-refer-submit = ارجاع
courses-default-message = لطفاً برای این شخص یک جای در این کورس بدهید.
offers-childcare = مراقبت از اطفال
field-title = عنوان
field-address = آدرس
field-birth-date = تاریخ تولد
field-name = نام
field-categories = معلومات
field-decline-reason = دلیل رد
field-district = ناحیه
field-free-seats = جاهای خالی
field-message = پیام
field-outcome = نتیجه
field-purpose = مقصد
field-referral-status = وضعیت ارجاع
field-response-due = جواب تا
field-seat = جای
field-starts-on = آغاز
field-step = قدم در پلان
field-valid-from = اعتبار از
inbox-title = صندوق ورودی
inbox-referrals = ارجاع‌ها به سازمان من
inbox-empty = هیچ ارجاعی نیست.
referral-title = ارجاع
referral-facts = مشخصات
referral-client = شخص
referral-client-hidden = شخص (رضایت معتبر نیست)
referral-to = گیرنده
referral-sent-by = فرستنده
referral-back-to-case = برگشت به دوسیه
referral-response-due = جواب تا
referral-overdue = مهلت گذشته
referral-shared-data = معلومات شریک شده
referral-access-closed = این ارجاع بسته شده است. معلومات شخص دیگر دیده نمی‌شود.
referral-access-no-consent = رضایت معتبر وجود ندارد (پس گرفته شده، ختم شده یا هیچ وقت داده نشده). معلومات شخص دیده نمی‌شود.
referral-nothing-recorded = چیزی ثبت نشده است.
referral-answer = جواب دادن
referral-withdraw-title = پس گرفتن ارجاع
referral-no-further-steps = قدم دیگری ممکن نیست.
referral-history = سابقه و پیام‌ها
referral-message-label = پیام
referral-send-message = فرستادن پیام
referral-no-step = – بدون قدم –
referral-consent-covered = برای معلومات انتخاب شده رضایت معتبر موجود است.
referral-consent-missing = برای این موارد رضایت نیست: { $categories }.
referral-record-consent = حالا رضایت را ثبت کنید
referral-due-hint = خالی بگذارید: 10 روز کاری از امروز.
referral-offers-hint = خدمات با محل، تاریخ‌ها و جاهای خالی:
referral-send = فرستادن ارجاع
step-find-course = پیدا کردن کورس مناسب
step-refer = ارجاع
error-categories-required = لطفاً حد اقل یک نوع معلومات را انتخاب کنید.
error-consent-already-revoked = این رضایت قبلاً پس گرفته شده است.
error-consent-missing-for-referral = برای حد اقل یکی از انواع معلومات انتخاب شده، رضایت معتبر برای این سازمان و این مقصد وجود ندارد.
error-free-seats-above-capacity = تعداد جاهای خالی نمی‌تواند از مجموع جاها بیشتر باشد.
error-health-consent-separate = معلومات صحی به رضایت جداگانه ضرورت دارد: لطفاً آن را جداگانه ثبت کنید.
error-referral-transition = این قدم در این وضعیت ممکن نیست.
error-start-date-required = لطفاً تاریخ آغاز کورس را درج کنید.
error-target-level-not-above = سطح هدف باید از سطح شروع بالاتر باشد.
error-until-before-from = ختم پیش از آغاز است.
consent-category-identity = نام، تاریخ تولد و معلومات تماس
consent-category-language = زبان و تعلیم
consent-category-work = کار
consent-category-housing = مسکن
consent-category-health = صحت
consent-category-residence = اقامت و کمک‌های مالی
consent-category-youth-welfare = خدمات حمایتی اطفال و نوجوانان
consent-purpose-language-course = کورس زبان
consent-purpose-employment = کار و آموزش مسلکی
consent-purpose-recognition = شناسایی اسناد تحصیلی
consent-purpose-housing = مسکن
consent-purpose-health-care = خدمات صحی
consent-purpose-counselling = مشوره
consent-purpose-volunteer-support = همراهی رضاکاران
referral-status-sent = فرستاده شده
referral-status-accepted = قبول شده
referral-status-declined = رد شده
referral-status-in-progress = در حال انجام
referral-status-completed = تکمیل شده
referral-status-withdrawn = پس گرفته شده
referral-outcome-service-provided = خدمت ارائه شد
referral-outcome-course-completed = کورس تکمیل شد
referral-outcome-client-did-not-attend = حاضر نشد
referral-outcome-client-withdrew = شخص آن را ختم کرد
referral-outcome-not-eligible = حق استفاده ندارد
referral-outcome-referred-elsewhere = به جای دیگر ارجاع شد
decline-reason-no-capacity = جای خالی نیست
decline-reason-not-eligible = حق استفاده ندارد
decline-reason-not-responsible = مسئول نیستیم
decline-reason-client-unreachable = با شخص تماس گرفته نمی‌شود
decline-reason-other = دلیل دیگر
seat-confirmed = جای تأیید شد
seat-waitlisted = لست انتظار
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
offers-title = لست خدمات
offers-intro = کورس‌ها و خدمات مشورتی سازمان‌های همکار در کلن، با جاهای خالی، تاریخ‌های آغاز بعدی و وقت‌های دسترسی و انتظار که تا حالا اندازه شده‌اند.
offers-new = خدمت جدید
offers-filter = فلتر کردن خدمات
offers-all = همه
offers-filter-language = زبان (ISO-639-3-Code)
offers-filter-childcare = با مراقبت از اطفال
offers-filter-free-seats = تنها با جای خالی
offers-filter-own = تنها خدمات سازمان من
offers-filter-apply = فلتر
offers-found = { $count ->
    [one] { $count } خدمت پیدا شد
   *[other] { $count } خدمت پیدا شد
}
offers-none = هیچ خدمتی پیدا نشد.
offers-accessible = بدون مانع (برای اشخاص دارای معلولیت)
offers-inactive = غیر فعال
offers-place = محل
offers-levels = سطح زبان
offers-level-range = از { $entry } تا { $target }
offers-levels-hint = تنها برای کورس‌های زبان: سطح شروع و سطح هدف.
offers-seats = جاها
offers-seats-of = { $free } جای خالی از { $capacity }
offers-starts = تاریخ‌های آغاز بعدی
offers-languages = زبان‌های تدریس و مشوره
offers-edit = تغییر
offers-access-title = وقت‌های دسترسی و انتظار
offers-access-hint = میانه به روز: وقت دسترسی از گرفتن استحقاق تا آغاز کورس، وقت انتظار از ثبت نام تا آغاز کورس.
offers-access-none = هنوز هیچ وقت دسترسی یا انتظار ثبت نشده است.
offers-access-clients = مراجعین
offers-access-median = دسترسی (میانه، روز)
offers-waiting-median = انتظار (میانه، روز)
offers-new-title = خدمت جدید
offers-edit-title = تغییر خدمت
offers-back = برگشت به خدمات سازمان من
field-description = شرح
field-entry-level = سطح شروع
field-target-level = سطح هدف
field-childcare = مراقبت از اطفال موجود است
field-accessible = دسترسی بدون مانع
field-offer-active = خدمت فعال است (در لست دیده می‌شود)
field-schedule = روزها و ساعت‌ها
field-capacity = مجموع جاها
field-documents = اسنادی که باید با خود بیاورید
field-contact = تماس
field-offer-languages = زبان‌ها (کودهای ISO-639-3، جدا شده با کامه، مثلاً deu, ara)
field-offer-starts = تاریخ‌های آغاز (YYYY-MM-DD، جدا شده با کامه)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = ثبت دسترسی به معلومات
audit-intro = چه کسی، چه وقت، کدام معلومات شخصی را خوانده یا تغییر داده است، به کدام مقصد و بر کدام اساس قانونی – همچنان کوشش‌های رد شده. خواندن این ثبت هم ثبت می‌شود.
audit-filter = فلتر کردن ثبت
audit-all = همه
audit-filter-client = مراجع (نمبر)
audit-filter-actor = شخص
audit-filter-from = از
audit-filter-until = تا
audit-filter-denied = تنها دسترسی‌های رد شده
audit-filter-apply = فلتر
audit-none = هیچ موردی پیدا نشد.
audit-page = صفحهٔ { $page }
audit-col-time = وقت
audit-col-person = شخص و نقش
audit-col-client = مراجع
audit-col-record = ریکارد معلومات
audit-col-action = عمل
audit-col-purpose = مقصد
audit-col-basis = اساس قانونی
audit-col-categories = انواع معلومات
audit-col-allowed = نتیجه
audit-role-system = Lotse (خودکار)
audit-allowed = اجازه داده شد
audit-denied = رد شد
audit-action-read = خوانده شد
audit-action-list = لست نشان داده شد
audit-action-create = ایجاد شد
audit-action-update = تغییر کرد
audit-action-delete = حذف شد
audit-action-print = چاپ شد
audit-action-revoke = پس گرفته شد
audit-action-attempt = کوشش برای دسترسی
audit-action-compare = نسخه‌ها مقایسه شدند
audit-action-agree = توافق شد
audit-action-verify = درستی بررسی شد
audit-verify-title = درستی ثبت
audit-verify-hint = زنجیرهٔ همه موارد را دوباره حساب می‌کند. به این ترتیب معلوم می‌شود که آیا مواردی بعداً تغییر کرده یا حذف شده‌اند.
audit-verify = بررسی درستی
audit-chain-intact = ثبت کامل است و تغییر نکرده است.
audit-chain-broken = ثبت از مورد نمبر { $seq } به بعد درست نیست: مواردی تغییر کرده یا حذف شده‌اند.


## Volunteer tasks (issue 6)
volunteers-title = کار رضاکارانه
volunteer-tasks-of-case = وظایف برای رضاکاران
volunteer-tasks-none = هنوز هیچ وظیفه‌ای برای رضاکاران نیست.
volunteer-task-new = سپردن وظیفه به رضاکاران
volunteer-task-offered-to = پیشنهاد شده به
volunteer-task-taken-by = قبول شده توسط
volunteer-task-declined-by = { $count ->
    [one] { $count } نفر رد کرده است
   *[other] { $count } نفر رد کرده‌اند
}
volunteer-task-cancel = پس گرفتن وظیفه
volunteer-task-offer = پیشنهاد وظیفه
volunteer-report = گزارش
volunteer-problem-badge = مشکل گزارش شده
volunteer-consent-covered = رضایت شامل نام، تیلفون و وقت ملاقات است.
volunteer-consent-missing = برای این شبکه، رضایت شخص برای همراهی رضاکاران (نام و تماس) موجود نیست.
volunteer-whole-network = تمام شبکه
volunteer-no-step = بدون قدم
volunteer-no-appointment = بدون وقت ملاقات
volunteer-appointment-hint = اگر یک وقت ملاقات را انتخاب کنید، تاریخ، ساعت و محل از آن گرفته می‌شود، مگر اینکه خود شما آن‌ها را درج کنید.
field-task-kind = نوع وظیفه
field-volunteer-network = شبکهٔ رضاکاران
field-offered-to = پیشنهاد به
field-appointment = وقت ملاقات
field-bring = چه چیزی همراه بیاورید
field-task-note = یادداشت کوتاه
field-task-status = وضعیت
follow-ups-title = پیگیری
follow-up-volunteer-problem = رضاکاران یک مشکل را گزارش می‌دهند
follow-up-done = انجام شد
volunteer-my-tasks = وظایف من
volunteer-no-tasks = فعلاً هیچ وظیفه‌ای برای شما نیست.
volunteer-client-language = زبان
volunteer-offered-to-you = شخصاً برای شما
volunteer-accept = قبول کردن
volunteer-decline = رد کردن
volunteer-cannot-go = دیگر نمی‌توانم
volunteer-report-label = گزارش کوتاه
volunteer-problem = یک مشکل پیش آمد
volunteer-done = اعلام انجام شدن
volunteer-not-yet-sent = هنوز فرستاده نشده
volunteer-outbox-waiting = انترنت وصل نیست: معلومات شما در همین دستگاه ذخیره شده و به مجرد وصل شدن دوبارهٔ انترنت فرستاده می‌شود.
volunteer-refused = Lotse این را قبول نکرد:
volunteer-try-again = دوباره فرستادن
volunteer-discard = حذف کردن
error-volunteer-network-required = لطفاً یک شبکهٔ رضاکاران را انتخاب کنید.
error-volunteer-consent-missing = شخص با دادن معلومات به این شبکه (نام و تماس، مقصد: همراهی رضاکاران) موافقت نکرده است.
error-task-transition = در این وضعیتِ وظیفه، این کار دیگر ممکن نیست.
error-task-taken = شخص دیگری این وظیفه را قبلاً قبول کرده است.
task-kind-accompany = همراهی به یک وقت ملاقات
task-kind-form-help = کمک در خانه‌پری فورم
task-kind-language-practice = تمرین زبان آلمانی
task-kind-housing-search = پیدا کردن خانه
task-kind-other = دیگر
task-status-offered = پیشنهاد شده
task-status-accepted = قبول شده
task-status-declined = رد شده
task-status-done = انجام شده
task-status-cancelled = پس گرفته شده
volunteer-undelivered = ارسال نشد

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = پلان من
portal-sign-in-title = ورود به پورتال Lotse
portal-sign-in-intro = کود ورود را از نامهٔ خود درج کنید. بار اول، بعد از آن یک PIN انتخاب می‌کنید.
portal-code = کود ورود
portal-code-hint = این کود در نامهٔ شما نوشته شده است، مثلاً ABCD-EFGH-JKLM.
portal-pin = PIN یا جملهٔ رمز
portal-pin-hint = حد اقل 6 رقم یا یک جمله با حد اقل 12 حرف.
portal-pin-repeat = تکرار PIN
portal-choose-pin = کود ورود شما درست است. حالا PIN خود را انتخاب کنید. هر باری که وارد می‌شوید، به آن ضرورت دارید.
portal-sign-in-button = ورود
portal-set-pin-button = ذخیرهٔ PIN و ورود
portal-sign-out = خروج
portal-staff-link = ورود کارمندان
portal-nav-label = بخش‌های پورتال
portal-nav-plan = پلان من
portal-nav-appointments = وقت‌های ملاقات
portal-nav-referrals = ارجاع‌ها
portal-nav-consents = رضایت‌ها
portal-nav-access = چه کسی معلومات مرا دیده است؟
portal-nav-correction = چیزی نادرست است
portal-nav-data = معلومات من
portal-greeting = سلام { $name }!
portal-large-text = خط کلان
portal-read-aloud = خواندن با آواز بلند
portal-read-aloud-stop = توقف خواندن
portal-read-aloud-no-voice = دستگاه شما برای این زبان آواز ندارد.
portal-print = چاپ پلان
portal-next = کار بعدی که باید انجام شود
portal-next-none = فعلاً ضرورت نیست کدام کاری انجام دهید.
portal-goals = اهداف من
portal-goal-until = هدف تا { $date }
portal-step-due = تا { $date }
portal-step-responsible = چه کسی مسئول است؟
portal-responsible-client = خود شما
portal-responsible-case-manager = مدیر دوسیهٔ شما
portal-responsible-volunteer = یک رضاکار
portal-responsible-organisation = یک سازمان دیگر
portal-step-status = وضعیت
portal-mark-done = من این کار را انجام دادم
portal-marked-done = تشکر! به مدیر دوسیهٔ شما اطلاع داده شد.
portal-no-plan = پلان شما فعلاً در حال ترتیب شدن است. مدیر دوسیهٔ شما دربارهٔ آن با شما صحبت می‌کند.
portal-written-in-german = به زبان آلمانی نوشته شده توسط مدیر دوسیهٔ شما:
portal-appointments-title = وقت‌های ملاقات من
portal-appointments-none = شما هیچ وقت ملاقاتی ندارید.
portal-appointments-past = وقت‌های ملاقات گذشته
portal-appointment-when = چه وقت
portal-appointment-where = کجا
portal-appointment-with = نزد
portal-appointment-bring = لطفاً با خود بیاورید
portal-interpreter-arranged = یک ترجمان ترتیب شده است.
portal-interpreter-not-arranged = به یک ترجمان ضرورت است، اما هنوز ترتیب نشده است. از مدیر دوسیهٔ خود بپرسید.
portal-referrals-title = ارجاع‌های من
portal-referrals-none = شما هنوز به هیچ سازمانی ارجاع نشده‌اید.
portal-referral-for = برای چه
portal-referral-sent = { $organisation } درخواست ثبت نام شما را گرفته است و به زودی جواب می‌دهد.
portal-referral-accepted = { $organisation } قبول کرده است.
portal-referral-waitlisted = شما در لست انتظار { $organisation } هستید.
portal-referral-seat = شما در { $organisation } یک جای دارید. آغاز: { $date }
portal-referral-declined = { $organisation } قبول نکرده است. مدیر دوسیهٔ شما همراه با شما یک راه دیگر را جستجو می‌کند.
portal-referral-in-progress = { $organisation } فعلاً با شما کمک می‌کند.
portal-referral-completed = کمک { $organisation } تکمیل شده است.
portal-referral-withdrawn = ارجاع به { $organisation } پس گرفته شد.
portal-consents-title = رضایت‌های من
portal-consents-intro = اینجا می‌بینید که چه کسی اجازه دارد معلومات شما را ببیند. شما می‌توانید هر رضایت را هر وقت پس بگیرید.
portal-consents-none = شما هیچ رضایتی نداده‌اید.
portal-consent-to = به چه کسی
portal-consent-for = برای چه
portal-consent-data = کدام معلومات
portal-consent-until = اعتبار تا
portal-consent-open-ended = تا وقتی که آن را پس بگیرید
portal-consent-revoked = به تاریخ { $date } پس گرفته شد
portal-consent-expired = ختم شده
portal-consent-revoke = پس گرفتن
portal-consent-revoke-confirm = بعد از آن، { $organisation } دیگر اجازه ندارد معلومات شما را ببیند. آیا واقعاً پس می‌گیرید؟
portal-consent-revoke-yes = بلی، پس می‌گیرم
portal-consent-revoke-no = نخیر، نگه می‌دارم
portal-consent-revoked-now = رضایت پس گرفته شد. { $organisation } از همین حالا دیگر معلومات شما را نمی‌بیند. به مدیر دوسیهٔ شما اطلاع داده شد.
portal-access-title = چه کسی معلومات مرا دیده است؟
portal-access-intro = هر دسترسی به معلومات شما ثبت می‌شود. اینجا می‌بینید که کدام سازمان، چه وقت، چه چیزی را دیده یا تغییر داده است.
portal-access-none = تا حالا هیچ کس معلومات شما را ندیده است.
portal-access-looked = { $organisation } به تاریخ { $date } این را دیده است: { $what }
portal-access-changed = { $organisation } به تاریخ { $date } این را تغییر داده است: { $what }
portal-access-system = Lotse (خودکار)
portal-what-everything = تمام دوسیهٔ شما
portal-what-plan = پلان شما
portal-what-client = معلومات شخصی شما
portal-what-case = دوسیهٔ شما
portal-what-referral = یک ارجاع
portal-what-consent = رضایت‌های شما
portal-what-volunteer = یک وظیفه برای رضاکاران
portal-what-list = نام شما در یک لست
portal-what-data = تمام معلومات شما
portal-what-other = معلومات شما
portal-what-identity = نام و معلومات تماس شما
portal-what-language = دانش زبانی شما
portal-what-work = معلومات مکتب و مسلک شما
portal-what-housing = وضعیت بودوباش شما
portal-what-health = معلومات صحی شما
portal-what-residence = وضعیت اقامت شما
portal-what-youth-welfare = معلومات خدمات حمایتی اطفال و نوجوانان
portal-correction-title = چیزی نادرست است؟
portal-correction-intro = به مدیر دوسیهٔ خود بنویسید که چه چیزی درست نیست. او آن را بررسی می‌کند و با شما تماس می‌گیرد.
portal-correction-about = موضوع چیست؟
portal-correction-about-personal = معلومات شخصی من
portal-correction-about-plan = پلان من
portal-correction-about-appointments = وقت‌های ملاقات من
portal-correction-about-other = چیز دیگر
portal-correction-message = چه چیزی نادرست است؟ درست آن چیست؟
portal-correction-send = فرستادن
portal-correction-sent = پیام شما رسید. مدیر دوسیهٔ شما با شما تماس می‌گیرد.
portal-correction-earlier = پیام‌های شما
portal-correction-open = هنوز بررسی نشده
portal-correction-done = بررسی شده
portal-data-title = معلومات من
portal-data-intro = اینجا می‌توانید هر چیزی را که در Lotse دربارهٔ شما ذخیره شده است، دانلود کنید. فایل به شکل JSON است و با هر برنامهٔ ویرایش متن باز شده می‌تواند.
portal-data-download = دانلود معلومات من
portal-session-ended = وقت ورود شما ختم شده است. لطفاً دوباره وارد شوید.
portal-letter-title = دسترسی شما به Lotse
portal-letter-intro = با این نامه می‌توانید پلان، وقت‌های ملاقات و رضایت‌های خود را در موبایل یا کمپیوتر ببینید.
portal-letter-step-address = این آدرس را باز کنید یا کود QR را سکن کنید:
portal-letter-step-code = این کود ورود را درج کنید:
portal-letter-step-pin = یک PIN با حد اقل 6 رقم انتخاب کنید. آن را به هیچ کس نگویید.
portal-letter-keep = این نامه را به خوبی نگه دارید. اگر آن را گم کنید، از مدیر دوسیهٔ خود یک نامهٔ نو می‌گیرید.
portal-letter-qr-label = کود QR با آدرس پورتال
error-portal-credentials = کود ورود یا PIN درست نیست.
error-portal-pin-short = PIN باید حد اقل 6 رقم داشته باشد. جملهٔ رمز باید حد اقل 12 حرف داشته باشد.
error-portal-pin-simple = این PIN خیلی آسان حدس زده می‌شود. لطفاً یک PIN دیگر انتخاب کنید.
error-portal-pin-mismatch = دو چیزی که درج کردید یکسان نیستند.
error-portal-blocked = دسترسی شما مسدود شده است. لطفاً با مدیر دوسیهٔ خود صحبت کنید.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = پورتال
portal-staff-title = دسترسی به پورتال مراجعین
portal-staff-none = هنوز هیچ نامهٔ دسترسی صادر نشده است.
portal-staff-issued = نامهٔ دسترسی به تاریخ { $date } صادر شده، هنوز استفاده نشده است.
portal-staff-active = دسترسی از { $date } فعال است.
portal-staff-blocked = دسترسی مسدود است.
portal-staff-last-sign-in = آخرین ورود: { $date }
portal-staff-issue = صادر کردن نامهٔ دسترسی
portal-staff-reissue = صادر کردن نامهٔ دسترسی جدید
portal-staff-reissue-warning = در این صورت کود ورود و PIN قبلی دیگر اعتبار ندارند.
portal-staff-block = مسدود کردن دسترسی
portal-staff-unblock = دوباره باز کردن دسترسی
portal-staff-letter-print = چاپ نامه
portal-staff-letter-once = کود ورود تنها همین حالا نشان داده می‌شود. پیش از ترک صفحه، نامه را چاپ کنید.
portal-staff-letter-language = نامه به { $language } و آلمانی
portal-staff-translations-title = ترجمه‌ها برای پورتال
portal-staff-translations-intro = متن‌هایی را که به آلمانی نوشته‌اید، مراجع با یادداشت «به آلمانی نوشته شده» می‌بیند. اینجا می‌توانید یک ترجمه درج کنید.
portal-staff-translations-none = پلان هنوز هیچ متنی برای ترجمه ندارد.
portal-staff-translation-language = زبان ترجمه
portal-staff-translation-save = ذخیرهٔ ترجمه
follow-up-portal-step-done = در پورتال به عنوان انجام شده علامت گذاشته شد
follow-up-portal-consent-revoked = یک رضایت در پورتال پس گرفته شد
follow-up-portal-correction = درخواست اصلاح از پورتال
audit-role-client = خود مراجع (پورتال)
field-interpreter-arranged = ترجمان گرفته شده است

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = شاخص‌ها
nav-issues = مسائل ساختاری
nav-groups = گروپ‌های کاری
nav-results = نتایج مرحله‌ای
coordination-sections = بخش‌های هماهنگی
audit-action-export = خروجی گرفته شد
portal-what-export = معلومات اساسی شما در یک لست دوسیه‌ها (فایل)
clients-export = دانلود دوسیه‌های من به شکل CSV
export-case = نمبر دوسیه
export-opened-on = تاریخ باز شدن
export-review-due = بازنگری بعدی
export-held-until = محدود تا
error-period-order = ختم دورهٔ زمانی پیش از آغاز آن است.
error-period-too-long = لطفاً حد اکثر سه سال را انتخاب کنید.
error-choose-organisation = لطفاً حد اقل یک سازمان را انتخاب کنید.
figures-title = شاخص‌های پروگرام
figures-intro = همه اعداد به شکل مجموعی هستند. خانه‌هایی که کمتر از 5 نفر دارند، به شکل «< 5» پنهان شده‌اند، و همچنان خانه‌هایی که این اعداد از روی آن‌ها حساب شده می‌تواند.
figures-filter = دورهٔ زمانی و انتخاب
figures-from = از
figures-to = تا
figures-organisation = سازمان (مسئول دوسیه)
figures-all-organisations = همه سازمان‌ها
figures-show = نشان دادن
figures-period = دورهٔ زمانی: { $from } تا { $to }
figures-suppression = «< 5»: کمتر از 5 نفر یا برای محافظت پنهان شده
figures-csv = دانلود جدول به شکل CSV
figures-total = مجموع
figures-cases = دوسیه‌ها
figures-phase = مرحله
figures-domain = بخش زندگی
figures-month = ماه
figures-group = گروپ
figures-count = تعداد
figures-cases-by-phase = دوسیه‌ها بر اساس مرحله (باز شده در این دوره)
figures-cases-by-domain = دوسیه‌ها بر اساس بخش زندگی و مرحله
figures-cases-by-domain-note = هر دوسیه در هر بخش زندگی که پلان آن در آن بخش هدف دارد، حساب می‌شود.
figures-trend = روند ماهوار
figures-cases-opened = دوسیه‌های باز شده
figures-plans-agreed = پلان‌های توافق شده
figures-time-to-plan = وقت از نخستین تماس تا پلان توافق شده
figures-time-to-plan-note = تعداد روزها از باز شدن دوسیه تا نخستین نسخهٔ توافق شدهٔ پلان، برای پلان‌هایی که در این دوره توافق شده‌اند.
figures-median-days = میانه (روز)
figures-days-range = { $from } تا { $to } روز
figures-days-more = بیشتر از { $from } روز
figures-steps-on-time = قدم‌های پلان که به وقت معین انجام شده‌اند
figures-steps-on-time-note = قدم‌هایی که مهلت‌شان در این دوره است (تا دیروز)، بدون «دیگر ضرورت نیست».
figures-steps-due = قدم‌هایی که مهلت‌شان رسیده
figures-steps-done-on-time = به وقت معین انجام شده
figures-steps-not-on-time = به وقت معین انجام نشده
figures-share-on-time = فیصدی به وقت معین
figures-course-by-type = کورس‌های زبان: دسترسی و وقت انتظار بر اساس نوع کورس
figures-course-by-provider = کورس‌های زبان: دسترسی و وقت انتظار بر اساس برگزارکنندهٔ کورس
figures-course-note = وقت دسترسی: از گرفتن استحقاق تا آغاز کورس. وقت انتظار: از ثبت نام تا آغاز کورس؛ هدف BAMF: حد اکثر 6 هفته (42 روز). کورس‌هایی که در این دوره آغاز شده‌اند.
figures-course-type = نوع کورس
figures-provider = برگزارکنندهٔ کورس
figures-provider-unknown = برگزارکننده ثبت نشده
figures-courses-started = آغاز کورس‌ها
figures-median-access = وقت دسترسی، میانه (روز)
figures-waiting-known = وقت انتظار معلوم
figures-median-waiting = وقت انتظار، میانه (روز)
figures-share-within-benchmark = فیصدی تا 6 هفته
figures-benchmark = نشانه: هدف BAMF، { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
figures-referrals-by-partner = ارجاع‌ها بر اساس سازمان همکار
figures-referrals-note = ارجاع‌هایی که در این دوره فرستاده شده‌اند؛ وقت جواب تا قبول یا رد.
figures-partner = سازمان همکار
figures-referrals = ارجاع‌ها
figures-median-response = وقت جواب، میانه (روز)
figures-interpreters = ترجمانی در وقت‌های ملاقات
figures-interpreter = ترجمانی
figures-appointments = وقت‌های ملاقات
figures-interpreter-arranged = ترتیب شده
figures-interpreter-not-arranged = ترتیب نشده
figures-interpreter-needed = مورد ضرورت (مجموع)
figures-closure-reasons = دلایل بستن دوسیه (بسته شده در این دوره)
figures-closure-reason = دلیل بستن دوسیه
figures-reason-other = نامشخص
issues-title = مسائل ساختاری
issues-intro = مشکلات تکراری که مدیران دوسیه گزارش داده‌اند، بر اساس بخش زندگی و ناحیه یک‌جا شده است. این‌ها هیچ معلومات شخصی ندارند.
issues-none = هنوز هیچ مسئلهٔ ساختاری گزارش نشده است.
issues-counted = { $issues ->
    [one] { $issues } گزارش
   *[other] { $issues } گزارش
} · { $cases ->
    [one] { $cases } دوسیهٔ متأثر
   *[other] { $cases } دوسیهٔ متأثر
}
issues-cases-affected = { $count ->
    [one] { $count } دوسیهٔ متأثر
   *[other] { $count } دوسیهٔ متأثر
}
issues-in-group = در گروپ کاری:
issues-no-groups = اول یک گروپ کاری ایجاد کنید:
issues-working-group = گروپ کاری
issues-bring-to-group = مطرح کردن در گروپ کاری
groups-title = گروپ‌های کاری
groups-none = هنوز هیچ گروپ کاری وجود ندارد.
groups-topic = موضوع
groups-measures-count = { $count ->
    [one] { $count } اقدام، از آن جمله { $implemented } عملی شده
   *[other] { $count } اقدام، از آن جمله { $implemented } عملی شده
}
groups-new = گروپ کاری جدید
groups-create = ایجاد گروپ کاری
field-group-name = نام گروپ کاری
group-title = گروپ کاری
group-members = اعضا
group-members-none = هنوز هیچ عضوی نیست.
field-member-person = نام
group-member-add = اضافه کردن عضو
group-issues = مسائل ساختاری مطرح شده
group-issues-none = هنوز هیچ مسئلهٔ ساختاری مطرح نشده است.
group-measures = اقدامات
group-measures-none = هنوز هیچ اقدامی نیست.
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
group-meetings = جلسات و صورت جلسه‌ها
group-meetings-none = هنوز هیچ جلسه‌ای نیست.
field-held-on = تاریخ جلسه
field-minutes = صورت جلسه
group-meeting-add = ثبت جلسه
measure-status-proposed = پیشنهاد شده
measure-status-under-review = تحت بررسی
measure-status-agreed = توافق شده
measure-status-implemented = عملی شده
measure-status-rejected = رد شده
results-title = نتایج مرحله‌ای
results-intro = اقدامات گروپ‌های کاری بر اساس موضوع: چند تا در کدام وضعیت هستند و کدام‌ها عملی شده‌اند.
results-none = هنوز هیچ اقدامی نیست.
results-by-status = اقدامات بر اساس موضوع و وضعیت
results-none-implemented = هنوز هیچ اقدامی عملی نشده است.
results-implemented-on = تاریخ عملی شدن
case-tab-issues = مسائل ساختاری
case-issues-title = مسائل ساختاری از این دوسیه
case-issue-new = گزارش دادن یک مسئلهٔ ساختاری
case-issue-hint = یک مشکل تکراری که تنها به این دوسیه مربوط نیست (به طور مثال «نبود مراقبت از اطفال در جریان کورس‌های ادغام در Chorweiler»). هیچ نام یا معلومات شخصی دیگر در آن ننویسید: گزارش بدون ارتباط با دوسیه به بخش هماهنگی فرستاده می‌شود.
field-life-domain = بخش زندگی
field-issue-description = شرح
field-cases-affected = چند دوسیه متأثر است؟
field-organisations-involved = سازمان‌های دخیل
case-issue-flag = گزارش دادن یک مسئلهٔ ساختاری
case-issues-flagged = گزارش شده از این دوسیه
case-issues-only-you = تنها شما می‌بینید که این گزارش از این دوسیه آمده است.
case-issues-none = هنوز از این دوسیه چیزی گزارش نشده است.
case-issue-waiting = هنوز به هیچ گروپ کاری سپرده نشده است.
results-implemented = تطبیق شده
results-agreed = موافقه شده، در حال تطبیق
results-agreed-on = تاریخ موافقه
figures-as-of = وضعیت: { $time } (هر { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
} دوباره محاسبه می‌شود)

# Issue 22: request hygiene and accounts
error-control-character = متن دارای یک حرف کنترولی نامرئی است که ذخیره شده نمی‌تواند. لطفاً آن را حذف کنید (مثلاً با تایپ دوبارهٔ متن).
audit-action-change-password = تغییر رمز عبور
# Issue 22: a client's name in a colleague's search
portal-what-search = نام و تاریخ تولد شما در نتیجهٔ یک جستجو
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = با رضایت فعلی، رضاکاران این شبکه این موارد را می‌بینند:
volunteer-sees-name-phone = نام شخص (بدون تخلص) و، بعد از آنکه کسی وظیفه را قبول کرد، نمبر تیلفون او
volunteer-sees-language = زبان ترجیحی شخص
volunteer-sees-no-language = نه زبان ترجیحی (رضایت شامل زبان نمی‌شود)
volunteer-sees-task = نوع وظیفه، تاریخ، وقت و محل
volunteer-sees-notes = «چه چیزی همراه بیاورید» و یادداشت شما، تا وقتی که رضایت شامل نام و معلومات تماس باشد، و فقط تا ختم وظیفه
volunteer-notes-within-consent = در «چه چیزی همراه بیاورید» و یادداشت فقط چیزی بنویسید که رضاکاران برای این وظیفه ضرورت دارند و رضایت آن را در بر می‌گیرد. رضاکاران چیز دیگری در مورد شخص نمی‌بینند.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = ارزیابی فقط بعد از رضایت شخص به مدیریت دوسیه ثبت شده می‌تواند. اول رضایت را در بالا ثبت کنید.
error-assessment-consent-missing = چیزی ذخیره نشد: ارزیابی فقط بعد از ثبت رضایت شخص به مدیریت دوسیه ثبت شده می‌تواند.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = بخش‌های شما
nav-figures-hint = شاخص‌های بی‌نام‌شدهٔ پروگرام: دوسیه‌ها بر اساس مرحله، وقت تا پلان، وقت انتظار برای کورس‌های زبان، ارجاع‌ها.
nav-issues-hint = مسائل ساختاری که مدیران دوسیه گزارش داده‌اند: بررسی و سپردن به یک گروپ کاری.
nav-groups-hint = گروپ‌های کاری با سازمان‌های همکار: اعضا، جلسات و اقدامات توافق شده.
nav-results-hint = آنچه گروپ‌های کاری توافق و عملی کرده‌اند، بر اساس موضوع.
nav-offers-hint = خدمات سازمان‌های همکار با محل، تاریخ‌ها و جاهای خالی.
nav-organisations-hint = ایجاد و تغییر سازمان‌های شبکه.
nav-users-hint = ایجاد حساب‌های کاربری، تعیین نقش‌ها و بند کردن حساب‌ها.
nav-catalogues-hint = اضافه کردن موارد خود به کتلاگ‌ها، با یک متن برای هر زبان.
nav-audit-hint = چه کسی و چه وقت به کدام معلومات دسترسی داشته، و آیا ثبت دسترسی‌ها بدون تغییر است.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = انترنت وصل نیست: چیزی را می‌بینید که این دستگاه در ساعت { $time } ذخیره کرده است. ممکن است از آن وقت چیزی تغییر کرده باشد.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = مدت‌های نگهداری
nav-retention-hint = چه معلومات شخصی‌ای چه زمانی حذف می‌شوند: برای هر نوع معلومات یک قاعده، با آغاز و مدت آن.
retention-title = مدت‌های نگهداری
retention-intro = هر نوع معلومات شخصی یک قاعده دارد: مدت با یک رویداد آغاز می‌شود؛ وقتی تمام شد، معلومات حذف یا بی‌نام می‌شوند. رویداد برای هر نوع معلومات ثابت است و مدت را شما تعیین می‌کنید. هر تغییر ثبت می‌شود.
retention-not-legal-advice = مدت‌هایی که همراه Lotse ارائه می‌شوند نمونه‌اند، نه مشاوره حقوقی. آن‌ها را بر اساس مفهوم حذف معلومات شاروالی خود تعیین کنید.
retention-col-kind = نوع معلومات
retention-col-start = مدت آغاز می‌شود وقتی
retention-col-period = مدت
retention-col-changed = آخرین تغییر
retention-default = پیش‌فرض Lotse
retention-col-run = آخرین اجرا
retention-run = { $date }؛ حذف‌شده: { $deleted }
retention-run-none = هنوز اجرا نشده
retention-schedule = Lotse قواعد را روزی یک بار اجرا می‌کند و هر اجرا را ثبت می‌کند: کدام قاعده، چند ریکارد، چه وقت. این سابقه هیچ معلومات شخصی ندارد.
hold-title = محدودیت پردازش
hold-in-force = معلومات این شخص تا { $until } (با احتساب همان روز) محدود شده است.
hold-effect = تا زمانی که محدودیت برقرار است، Lotse چیزی از آن‌ها را طبق مهلت‌های نگهداری حذف نمی‌کند و چیزی را با شریکان یا داوطلبان به اشتراک نمی‌گذارد (ماده ۱۸ مقررات عمومی حفاظت از معلومات و ماده ۸۴ کتاب دهم قانون اجتماعی آلمان).
hold-placed = محدود شده توسط
hold-end = پایان دادن به محدودیت
hold-place = محدود کردن معلومات (به جای حذف)
hold-hint = برای یک رسیدگی جاری، اگر درستی آن‌ها مورد اختلاف است، یا اگر شخص درخواست کند. محدودیت پس از آخرین روزش خودبه‌خود پایان می‌یابد.
hold-place-submit = محدود کردن
field-hold-reason = دلیل
field-hold-until = آخرین روز
field-hold-note = یادداشت (مثلاً شماره دوسیه)
hold-badge = محدود تا { $until }
hold-marker = محدود
hold-reason-ongoing-procedure = رسیدگی جاری
hold-reason-disputed-accuracy = درستی مورد اختلاف
hold-reason-client-request = به درخواست شخص
error-hold-until-past = آخرین روز نمی‌تواند در گذشته باشد.
error-hold-until-far = حداکثر پنج سال؛ پس از آن می‌توان محدودیت را دوباره گذاشت.
error-hold-exists = برای این شخص از قبل یک محدودیت برقرار است. برای گذاشتن محدودیت تازه، آن را پایان دهید.
error-client-held = معلومات این شخص محدود شده است: تا زمانی که برقرار است، چیزی به اشتراک گذاشته نمی‌شود.
nav-holds = محدودیت‌ها
nav-holds-hint = معلومات اشخاصی که حذف نمی‌شوند و با هیچ‌کس به اشتراک گذاشته نمی‌شوند: با دلیل و آخرین روز.
holds-title = محدودیت‌های پردازش
holds-intro = همه محدودیت‌هایی که امروز برای اشخاص سازمان شما برقرار است. مدیران دوسیه آن‌ها را در معلومات شخص می‌گذارند؛ اینجا یکی را پایان می‌دهید یا برای شخصی که با شماره‌اش می‌شناسید یکی می‌گذارید.
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
retention-kind-client-record = معلومات پایه شخص (نام، تاریخ تولد، زبان)
retention-kind-contact = اطلاعات تماس و آدرس
retention-kind-household = اعضای خانوار
retention-kind-residence = اقامت و کمک‌های مالی
retention-kind-health-notes = یادداشت‌های مربوط به صحت
retention-kind-youth-welfare-notes = یادداشت‌های مربوط به خدمات حمایتی اطفال و نوجوانان
retention-kind-private-notes = یادداشت‌های کاری شخصی
retention-kind-case = دوسیه و مرحله‌های آن
retention-kind-assessment = ارزیابی
retention-kind-plan = نسخه‌های برنامه و سابقه گام‌ها
retention-kind-appointments = وقت‌های ملاقات
retention-kind-consents = رضایت‌ها
retention-kind-referrals = ارجاع‌ها و پیام‌های آن‌ها
retention-kind-volunteer-tasks = کارها و گزارش‌های رضاکاران
retention-kind-portal-access = دسترسی به پورتال و نشست‌های پورتال
retention-kind-correction-requests = درخواست‌های اصلاح از پورتال
retention-kind-structural-issue-links = پیوند مسائل ساختاری با دوسیه‌ها
retention-kind-staff-sessions = نشست‌ها و تلاش‌های ورود کارکنان
retention-kind-audit-log = ثبت دسترسی‌ها به معلومات
retention-start-case-closed = آخرین دوسیه شخص بسته شود
retention-start-consent-ended = رضایت پس گرفته شود یا مدت آن تمام شود
retention-start-referral-closed = ارجاع انجام، رد یا پس گرفته شود
retention-start-task-finished = کار انجام یا لغو شود
retention-start-portal-access-ended = دسترسی به پورتال پایان یابد یا مسدود شود
retention-start-request-answered = به درخواست پاسخ معلومات شود
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
error-handover-changed = برخی از این پرونده‌ها در این فاصله تغییر کرده‌اند. صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.
audit-action-handover = واگذار شد
audit-action-erase = حذف شد (درخواست حذف)
audit-action-refuse = رد شد
erasure-title = حذف معلومات
erasure-requested-portal = این شخص به تاریخ { $date } در پورتال درخواست حذف معلوماتش را داده است.
erasure-recorded-by = درخواست حذف از طرف شخص، ثبت شده توسط { $name } به تاریخ { $date }.
erasure-refused-on = به تاریخ { $date } توسط { $name } رد شد:
erasure-erased-on = به تاریخ { $date } توسط { $name } حذف شد.
erasure-record = ثبت درخواست حذف
erasure-record-hint = این شخص حضوری یا کتبی خواسته است که معلوماتش حذف شود. درخواست نزد مسئول حفاظت معلومات هم نشان داده می‌شود.
erasure-record-submit = ثبت درخواست
erasure-erase-warning = حذف، معلومات این شخص، دوسیه‌ها، پلان‌ها، رضایت‌ها، ارجاع‌ها، وظایف و دسترسی او به پورتال را پاک می‌کند. این کار دوباره برگشتانده نمی‌شود. ثبت دسترسی‌ها باقی می‌ماند، بدون اینکه نام شخص را ذکر کند؛ شاخص‌های پروگرام بی‌نام باقی می‌مانند.
erasure-confirm = من بررسی کرده‌ام: هیچ مکلفیت نگهداری مانع حذف نیست.
erasure-erase = حذف همهٔ معلومات، همین حالا
erasure-refuse = رد کردن درخواست
field-erasure-refusal = دلیل رد (شخص آن را در پورتال می‌خواند)
erasure-done = معلومات این شخص حذف شد.
erasure-requests-title = درخواست‌های حذف
erasure-requests-intro = درخواست‌های اشخاص سازمان شما برای حذف معلومات‌شان: از پورتال یا ثبت شده توسط مدیران دوسیه. شما اینجا تصمیم می‌گیرید، یا مدیر دوسیه در معلومات شخص.
erasure-requests-none = فعلاً هیچ درخواست حذف باز نیست.
erasure-requests-decided = به تازگی تصمیم گرفته شده
erasure-client-number = شخص نمبر { $number }
erasure-client-erased = شخص حذف شده
nav-erasure-requests = درخواست‌های حذف
nav-erasure-requests-hint = درخواست‌های حذف (ماده ۱۷ مقررات عمومی حفاظت از معلومات): حذف کنید یا با ذکر دلیل رد کنید.
follow-up-portal-erasure = در پورتال درخواست حذف معلومات شد
error-erasure-confirm = لطفاً با علامت گذاشتن در خانه تأیید کنید که هیچ مکلفیت نگهداری مانع نیست.
error-erasure-held = برای این شخص محدودیت پردازش برقرار است. اول آن را پایان دهید یا درخواست را رد کنید.
error-erasure-decided = دربارهٔ این درخواست قبلاً تصمیم گرفته شده است.
portal-erasure-title = حذف معلومات من
portal-erasure-intro = شما می‌توانید درخواست کنید که همهٔ معلومات شما حذف شود. مدیر دوسیهٔ شما و مسئول حفاظت معلومات دربارهٔ آن تصمیم می‌گیرند. وقتی معلومات شما حذف شود، پلان شما دیگر وجود ندارد و دیگر نمی‌توانید اینجا وارد شوید.
portal-erasure-ask = درخواست حذف
portal-erasure-sent = درخواست شما فرستاده شد.
portal-erasure-open = شما به تاریخ { $date } درخواست حذف کرده‌اید. هنوز تصمیم گرفته نشده است.
portal-erasure-refused = درخواست حذف شما به تاریخ { $date } رد شد. دلیل:
portal-erasure-refusal-still-needed = معلومات شما هنوز برای دوسیهٔ جاری شما لازم است.
portal-erasure-refusal-legal-duty = طبق قانون ما باید این معلومات را برای مدتی دیگر نگه داریم.
portal-erasure-refusal-legal-claims = این معلومات برای یک رسیدگی حقوقی لازم است.

## Merging two records of one person
merge-section-title = دو بار ثبت شده است؟
merge-section-hint = اگر یک شخص دو بار ثبت شده باشد، مثلاً با املاهای مختلف، دو دوسیهٔ مراجع را ادغام کنید.
merge-find = جستجو و ادغام دوسیهٔ مراجع تکراری
merge-merged-from = دوسیهٔ مراجع نمبر { $number } ({ $name }) به تاریخ { $date } توسط { $by } با این دوسیه ادغام شد.
merge-taken = آنچه از آن گرفته شد: { $parts }.
merge-part-name = نام
merge-part-latin = نام با حروف لاتین
merge-part-birth = تاریخ تولد
merge-part-language = زبان ترجیحی
merge-part-interpreter = ترجمانی
merge-part-phone = تیلفون
merge-part-email = ایمیل
merge-part-address = آدرس و ناحیه
merge-part-residence = اقامت و کمک‌های مالی
merge-title = ادغام دوسیه‌های مراجع
merge-back = برگشت به دوسیهٔ مراجع
merge-intro = این دوسیه‌های مراجع ممکن است از یک شخص باشند. یکی را برای مقایسه انتخاب کنید یا نام دیگری را جستجو کنید.
merge-search-label = نام
merge-search = جستجو
merge-none-found = دوسیهٔ مراجع دیگری با این نام پیدا نشد.
merge-candidates = دوسیه‌های مراجع که شاید تکراری باشند
merge-col-number = نمبر
merge-compare = مقایسه
merge-count-cases = دوسیه‌ها
merge-count-household = اعضای خانواده
merge-count-consents = رضایت‌ها
merge-count-referrals = ارجاع‌ها
merge-side-portal = دسترسی به پورتال
merge-record = دوسیهٔ مراجع نمبر { $number }
merge-compare-intro = انتخاب کنید کدام دوسیهٔ مراجع باقی بماند و برای هر مورد کدام مقدار اعتبار داشته باشد. هر چیزی که به دوسیهٔ دیگر مربوط است، به دوسیهٔ باقی‌مانده انتقال می‌یابد.
merge-keep = این دوسیه باقی می‌ماند
merge-parts-hint = کدام مقدار اعتبار دارد؟
merge-parts-same = معلوماتی که در هر دو دوسیه یکسان است نشان داده نمی‌شود.
merge-warning = دوسیهٔ مراجع دیگر حذف می‌شود. دوسیه‌های آن همراه با پلان‌ها، اعضای خانواده، یادداشت‌ها، رضایت‌ها، ارجاع‌ها، وظایف و موارد ثبت دسترسی‌ها به دوسیهٔ باقی‌مانده انتقال می‌یابند. دسترسی به پورتال از طریق آن دوسیه پایان می‌یابد؛ در صورت ضرورت، شخص نامهٔ دسترسی جدید می‌گیرد. این کار دوباره برگشتانده نمی‌شود.
merge-submit = ادغام دوسیه‌های مراجع
merge-done = دوسیه‌های مراجع ادغام شدند.
error-merge-same = یک دوسیهٔ مراجع را نمی‌توان با خودش ادغام کرد.
error-merge-changed = یکی از دو دوسیه در این فاصله تغییر کرده است. لطفاً آن‌ها را دوباره مقایسه کنید.
error-merge-held = برای یکی از دو دوسیه محدودیت پردازش برقرار است. اول آن را پایان دهید.
audit-action-merge = ادغام شد

## Sign-in security: second factor, sessions (issue 18)
account-password-title = رمز عبور
second-factor-title = عامل دوم
second-factor-app-since = شما با رمز عبور و اپلیکیشن تصدیق هویت وارد می‌شوید (تنظیم شده در { $date }).
second-factor-none = شما تنها با رمز عبور خود وارد می‌شوید. اگر کسی رمز عبور شما را بفهمد، عامل دوم از حساب شما محافظت می‌کند.
second-factor-required-here = سازمان شما عامل دوم را لازمی ساخته است.
second-factor-begin = تنظیم اپلیکیشن تصدیق هویت
second-factor-new-phone = تنظیم اپلیکیشن تصدیق هویت در یک تیلفون جدید
second-factor-scan = این کود QR را با اپلیکیشن تصدیق هویت خود سکن کنید.
second-factor-qr-label = کود QR برای اپلیکیشن تصدیق هویت
second-factor-type-secret = یا این کلید را در اپلیکیشن درج کنید:
second-factor-app-code = کود شش‌رقمی از اپلیکیشن
second-factor-confirm = تأیید
second-factor-cancel = لغو تنظیم
second-factor-app-set-up = اپلیکیشن تصدیق هویت تنظیم شد. حالا کودهای بازیابی بسازید، برای وقتی که تیلفون خود را همراه ندارید.
second-factor-app-removed = عامل دوم حذف شد.
second-factor-remove = حذف عامل دوم
second-factor-remove-hint = بعد از آن تنها با رمز عبور خود وارد می‌شوید. با رمز عبور فعلی خود تأیید کنید.
recovery-codes-title = کودهای بازیابی
recovery-codes-left = { $count ->
    [0] هیچ کود بازیابی استفاده‌نشده ندارید.
    [one] یک کود بازیابی استفاده‌نشده برای تان باقی مانده است.
   *[other] { $count } کود بازیابی استفاده‌نشده برای تان باقی مانده است.
}
recovery-codes-hint = وقتی تیلفون خود را همراه ندارید، با یک کود بازیابی وارد می‌شوید. هر کود تنها یک بار اعتبار دارد.
recovery-codes-create = ساختن کودهای بازیابی جدید
recovery-codes-once = این کودها را همین حالا یادداشت یا چاپ کنید و در یک جای مصئون نگه دارید. آن‌ها تنها همین یک بار نشان داده می‌شوند. کودهای قبلی دیگر اعتبار ندارند.
sessions-title = نشست‌های شما
sessions-intro = این‌جا می‌بینید که در کجا وارد شده‌اید. نشست‌هایی را که نمی‌شناسید ختم کنید و بعد رمز عبور خود را تغییر دهید.
sessions-browser-unknown = براوزر نامعلوم
sessions-browser-on = { $browser } در { $system }
sessions-details = ورود: { $started } · آخرین فعالیت: { $seen }
sessions-this-one = همین نشست
sessions-end = ختم نشست
sessions-end-others = ختم همه نشست‌های دیگر
sessions-ended-one = نشست ختم شد.
sessions-ended-others = همه نشست‌های دیگر ختم شدند.
sign-in-method-password = ورود با رمز عبور
sign-in-method-password-and-app = ورود با رمز عبور و اپلیکیشن تصدیق هویت
sign-in-method-password-and-recovery-code = ورود با رمز عبور و کود بازیابی
second-factor-sign-in-title = تأیید ورود
second-factor-sign-in-intro = کودی را که اپلیکیشن تصدیق هویت شما حالا نشان می‌دهد، درج کنید.
second-factor-code = کود
second-factor-code-hint = بدون تیلفون: یکی از کودهای بازیابی خود را درج کنید.
second-factor-set-up-title = تنظیم عامل دوم
second-factor-set-up-intro = سازمان شما برای ورود عامل دوم را لازمی ساخته است. یک اپلیکیشن تصدیق هویت تنظیم کنید، مثلاً در تیلفون کاری خود. بعد از آن می‌توانید ادامه دهید.
error-second-factor-not-started = اول تنظیم اپلیکیشن تصدیق هویت را شروع کنید.
error-second-factor-code-wrong = کود درست نیست. کودی را که اپلیکیشن حالا نشان می‌دهد، درج کنید.
error-second-factor-not-set-up = اول یک اپلیکیشن تصدیق هویت تنظیم کنید.
error-second-factor-required-by-organisation = سازمان شما عامل دوم را لازمی ساخته است. شما نمی‌توانید آن را حذف کنید.
nav-second-factors = عامل دوم
nav-second-factors-hint = دیدن این‌که چه کسی با عامل دوم وارد می‌شود؛ لازمی ساختن آن برای هر سازمان؛ بازنشانی آن.
second-factors-title = عامل دوم هنگام ورود
second-factors-intro = برای هر سازمان: آیا عامل دوم را لازمی ساخته است و چه کسی آن را تنظیم کرده است. کسی که عامل دوم ندارد، به مجرد این‌که سازمانش آن را لازمی بسازد، در ورود بعدی آن را تنظیم می‌کند.
second-factors-required = عامل دوم لازمی
second-factors-optional = عامل دوم اختیاری
second-factors-require = لازمی ساختن
second-factors-waive = لغو لازمی بودن
second-factors-without = { $count ->
    [0] همه حساب‌های فعال عامل دوم دارند.
    [one] یک حساب فعال عامل دوم ندارد.
   *[other] { $count } حساب فعال عامل دوم ندارند.
}
second-factors-app = اپلیکیشن تصدیق هویت
second-factors-recovery-codes = کودهای بازیابی
second-factors-actions = عملیات
second-factors-yes = تنظیم شده
second-factors-none = ندارد
second-factors-reset = بازنشانی
second-factors-reset-for = بازنشانی عامل دوم { $name }
second-factors-reset-done = عامل دوم بازنشانی شد. نشست‌های این حساب ختم شدند.
audit-action-set-up-second-factor = عامل دوم تنظیم شد
audit-action-remove-second-factor = عامل دوم حذف شد
audit-action-new-recovery-codes = کودهای بازیابی جدید
audit-action-reset-second-factor = عامل دوم بازنشانی شد
audit-action-require-second-factor = عامل دوم لازمی شد
audit-action-waive-second-factor = لازمی بودن عامل دوم لغو شد

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = ورود از طریق سرویس تصدیق هویت سازمان
error-sign-in-through-provider = سازمان شما از طریق سرویس تصدیق هویت خود وارد می‌شود. لطفاً سازمان خود را در پایین انتخاب کنید.
error-provider-issuer = لطفاً آدرس سرویس تصدیق هویت را درج کنید؛ این آدرس با https:// شروع می‌شود.
error-provider-unreachable = در این آدرس هیچ سرویس تصدیق هویت OpenID Connect جواب نمی‌دهد. لطفاً آدرس را بررسی کنید.
sign-in-provider-title = ورود با حساب سازمان شما
sign-in-provider-link = ورود از طریق { $organisation }
sign-in-provider-not-configured = برای این سازمان ورود از طریق سرویس تصدیق هویت تنظیم نشده است.
sign-in-provider-unreachable = فعلاً دسترسی به سرویس تصدیق هویت ممکن نیست. لطفاً بعداً دوباره کوشش کنید.
sign-in-provider-cancelled = ورود در سرویس تصدیق هویت لغو شد.
sign-in-provider-failed = بررسی ورود ممکن نشد. لطفاً دوباره از اول شروع کنید.
sign-in-provider-no-account = برای شما در Lotse حسابی وجود ندارد. لطفاً با مدیریت سیستم در تماس شوید.
sign-in-provider-unverified = سرویس تصدیق هویت آدرس ایمیل شما را تأیید نمی‌کند. لطفاً با مدیریت سیستم در تماس شوید.
sign-in-provider-deactivated = حساب شما غیرفعال است. لطفاً با مدیریت سیستم در تماس شوید.
sign-in-provider-signed-out = شما از Lotse خارج شده‌اید. ممکن است هنوز در سرویس تصدیق هویت { $organisation } وارد باشید.
sign-in-provider-sign-out = خروج از سرویس تصدیق هویت هم
nav-sign-in-providers = سرویس‌های تصدیق هویت
nav-sign-in-providers-hint = تنظیم ورود از طریق سرویس تصدیق هویت یک سازمان (ورود یکپارچه).
providers-title = سرویس‌های تصدیق هویت (ورود یکپارچه)
providers-intro = برای هر سازمان: آیا کارمندان آن از طریق یک سرویس تصدیق هویت OpenID Connect، مثلاً سرویس شاروالی، وارد می‌شوند؟ حساب‌ها را مثل قبل خودتان می‌سازید. در اولین ورود، حساب از طریق آدرس ایمیل تأیید شده وصل می‌شود. مدیران سیستم مثل قبل با رمز عبور وارد می‌شوند.
providers-return-address = آدرس برگشت برای ثبت در سرویس تصدیق هویت:
providers-saved = سرویس تصدیق هویت ذخیره شد.
providers-removed = سرویس تصدیق هویت حذف شد. کارمندان دوباره با رمز عبور وارد می‌شوند.
providers-none = بدون سرویس تصدیق هویت: ورود با رمز عبور.
providers-disabled = سرویس تصدیق هویت تنظیم شده اما غیرفعال است: ورود با رمز عبور.
providers-in-use = { $count ->
    [one] ورود از طریق سرویس تصدیق هویت. { $count } حساب وصل شده است.
   *[other] ورود از طریق سرویس تصدیق هویت. { $count } حساب وصل شده‌اند.
}
providers-offers-sign-out = سرویس تصدیق هویت امکان خروج را فراهم می‌کند؛ Lotse آن را بعد از خروج نشان می‌دهد.
providers-issuer = آدرس (issuer)
providers-issuer-hint = Lotse در آنجا /.well-known/openid-configuration را می‌خواند.
providers-client-id = Client ID
providers-client-secret = رمز محرم کلاینت
providers-client-secret-hint = از طرف سرویس تصدیق هویت داده می‌شود.
providers-client-secret-keep = برای نگه داشتن رمز محرم ذخیره شده، خالی بگذارید.
providers-subject-claim = مشخصه‌ای که یک شخص را معین می‌کند (claim)
providers-subject-claim-hint = معمولاً «sub». تنها وقتی تغییر دهید که بخش تکنالوژی معلوماتی شاروالی بگوید.
providers-enabled = فعال ساختن ورود از طریق این سرویس
providers-save = ذخیره
providers-remove = حذف سرویس تصدیق هویت
audit-action-configure-sign-in-provider = سرویس تصدیق هویت تنظیم شد
audit-action-remove-sign-in-provider = سرویس تصدیق هویت حذف شد
providers-settings = راه‌اندازی یا تغییر سرویس تصدیق هویت
account-through-provider = شما از طریق سرویس تصدیق هویت سازمان خود وارد می‌شوید. سازمان شما رمز عبور و عامل دوم را در آنجا مدیریت می‌کند.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = کلیدهای عبور
passkeys-intro = کلید عبور ورود شما را با همین دستگاه تأیید می‌کند: با نشان انگشت، چهره، PIN دستگاه یا یک کلید امنیتی. این کلید جای کود اپلیکیشن را می‌گیرد.
passkeys-none = شما هنوز کلید عبور ندارید.
passkey-details = اضافه شده در { $added }. آخرین استفاده: { $used }
passkey-never-used = هیچ وقت
passkey-remove = حذف کردن
passkey-remove-named = حذف کلید عبور { $name }
passkey-name = نام کلید عبور
passkey-name-hint = تا آن را بشناسید، به طور مثال «لپ‌تاپ دفتر» یا «کلید امنیتی».
passkey-add = اضافه کردن کلید عبور
passkey-waiting = دستگاه شما حالا کلید عبور را می‌خواهد.
passkey-sign-in = ورود با کلید عبور
passkey-sign-in-intro = ورود خود را با کلید عبور خود تأیید کنید.
passkey-or-code = یا یک کود درج کنید:
passkey-set-up-intro = یا اگر این دستگاه سنسور نشان انگشت، شناسایی چهره یا کلید امنیتی دارد، یک کلید عبور اضافه کنید:
passkey-unsupported = این براوزر نمی‌تواند از کلیدهای عبور استفاده کند. از یک براوزر جدید یا اپلیکیشن تصدیق هویت استفاده کنید.
passkey-cancelled = از کلید عبور استفاده نشد (لغو شد یا وقت آن ختم شد). دوباره تلاش کنید.
passkey-known = این دستگاه از قبل یک کلید عبور برای حساب شما دارد.
passkey-elsewhere = کلیدهای عبور تنها در آدرس { $address } کار می‌کنند.
passkey-elsewhere-link = باز کردن Lotse در این آدرس
passkey-added = کلید عبور اضافه شد. اگر هنوز کودهای بازیابی ندارید، آن‌ها را بسازید.
passkey-removed = کلید عبور حذف شد.
error-passkey-failed = کلید عبور تأیید نشد. دوباره تلاش کنید.
error-passkey-expired = وقت درخواست ختم شد. دوباره تلاش کنید.
error-passkey-none = برای حساب شما هیچ کلید عبوری وجود ندارد.
error-passkey-name-required = برای کلید عبور یک نام درج کنید.
error-passkey-name-too-long = نام حد اکثر می‌تواند ۶۰ حرف باشد.
sign-in-method-password-and-passkey = ورود با رمز عبور و کلید عبور
second-factors-passkeys = کلیدهای عبور
audit-action-add-passkey = کلید عبور اضافه شد
audit-action-remove-passkey = کلید عبور حذف شد
second-factor-remove-app = حذف اپلیکیشن تصدیق هویت
second-factor-remove-app-hint = کلیدهای عبور و کودهای بازیابی شما باقی می‌مانند؛ همچنان ورود خود را با آن‌ها تأیید می‌کنید. با رمز عبور فعلی خود تأیید کنید.
second-factor-app-only-removed = اپلیکیشن تصدیق هویت حذف شد. کلیدهای عبور شما باقی می‌مانند.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = ایمیل‌های خروجی
nav-outbox-hint = Lotse کدام ایمیل‌ها را نوشته است، کدام‌ها فرستاده شده‌اند و کدام‌ها نه.
outbox-title = ایمیل‌های خروجی
outbox-intro = هر ایمیلی که Lotse می‌نویسد، اول در اینجا دیده می‌شود. ایمیل‌ها هیچ معلوماتی از مراجعین ندارند، فقط یک لینک به Lotse.
outbox-smtp-configured = یک سرور ایمیل تنظیم شده است: ایمیل‌های منتظر در چند ثانیه فرستاده می‌شوند. اگر یک کوشش ناکام شود، Lotse بعداً دوباره کوشش می‌کند.
outbox-no-smtp = هیچ سرور ایمیل تنظیم نشده است (LOTSE_SMTP_URL): ایمیل‌ها فرستاده نمی‌شوند. آن‌ها در اینجا می‌مانند و می‌توان آن‌ها را خواند.
outbox-counts = منتظر: { $waiting } · فرستاده‌شده: { $sent } · ناکام: { $failed }
outbox-empty = هنوز هیچ ایمیلی نیست.
outbox-to = گیرنده
outbox-written = وقت نوشتن
outbox-state = وضعیت
outbox-state-waiting = منتظر فرستادن
outbox-state-sent = فرستاده شد در { $time }
outbox-state-failed = بعد از { $attempts } کوشش ناکام شد
outbox-state-retrying = { $attempts } کوشش ناکام شد، کوشش بعدی در { $time }
outbox-last-error = جواب سرور ایمیل
outbox-read = خواندن ایمیل
mail-settings-title = اطلاعیه‌های ایمیلی
mail-settings-intro = هر وقت چیزی به شما مربوط باشد، Lotse به آدرس { $email } برای شما ایمیل می‌نویسد. ایمیل‌ها هیچ معلوماتی از مراجعین ندارند، فقط یک لینک. برای هر نوع انتخاب کنید: فوراً، روزی یک بار به شکل یکجا، یا هیچ‌وقت.
mail-settings-language = زبان ایمیل‌ها
mail-settings-save = ذخیرهٔ تنظیمات
mail-settings-saved = تنظیمات ایمیل ذخیره شد.
notify-kind-new-referral = ارجاع جدید به سازمان شما
notify-kind-referral-overdue = ارجاعی که مهلت جواب آن گذشته است
notify-kind-correction-requested = یک مراجع درخواست اصلاح می‌کند
notify-kind-consent-revoked = یک مراجع یک رضایت را پس گرفته است
notify-kind-volunteer-problem = یک رضاکار یک مشکل را گزارش می‌دهد
delivery-now = فوراً
delivery-daily = روزانه، یکجا
delivery-never = هیچ‌وقت
mail-new-referral-subject = ارجاع جدید به { $organisation }
mail-new-referral-body = یک ارجاع جدید برای { $organisation } در Lotse رسیده است. لطفاً تا ختم مهلت جواب، جواب بدهید:
    { $link }
mail-referral-overdue-subject = یک ارجاع بعد از ختم مهلت جواب هنوز منتظر است
mail-referral-overdue-body = مهلت جواب یک ارجاع گذشته است و هنوز به آن جواب داده نشده است:
    { $link }
mail-correction-requested-subject = درخواست اصلاح
mail-correction-requested-body = یکی از مراجعین در دوسیه‌های شما در پورتال درخواست اصلاح می‌کند. درخواست را در Lotse پیدا می‌کنید:
    { $link }
mail-consent-revoked-subject = یک رضایت پس گرفته شد
mail-consent-revoked-body = یکی از مراجعین در دوسیه‌های شما در پورتال یک رضایت را پس گرفته است. معلومات بیشتر در Lotse:
    { $link }
mail-volunteer-problem-subject = یک رضاکار یک مشکل را گزارش می‌دهد
mail-volunteer-problem-body = برای یک وظیفه در یکی از دوسیه‌های شما یک مشکل گزارش شده است. معلومات بیشتر در Lotse:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [one] { $count } خبر تازه
       *[other] { $count } خبر تازه
    }
mail-digest-intro = { $count ->
        [one] از آخرین خلاصه تا حالا { $count } خبر تازه برای شما است:
       *[other] از آخرین خلاصه تا حالا { $count } خبر تازه برای شما است:
    }
mail-footer = این ایمیل هیچ معلوماتی از مراجعین ندارد. اینکه کدام ایمیل‌ها را دریافت کنید، در «حساب من» تنظیم می‌کنید: { $settings }

external-title = ارجاع به سازمان شما
external-tagline = ارجاع برای سازمان‌های همکار
external-gone = از طریق این لینک (دیگر) چیزی دیده نمی‌شود: وقت آن ختم شده یا پس گرفته شده است، یا ارجاع بسته شده است. لطفاً با شخصی تماس بگیرید که این ارجاع را برای شما فرستاده است.
external-for = برای: { $organisation }
external-code-intro = برای حفاظت معلومات، این لینک تا وقتی که یک کود یک‌بار مصرف درج نکنید، چیزی نشان نمی‌دهد. ما این کود را در یک ایمیل دوم به آدرس شما می‌فرستیم.
external-send-code = فرستادن کود با ایمیل
external-send-code-again = فرستادن کود جدید
external-code-sent = کود در راه است. این کود 15 دقیقه اعتبار دارد.
external-code = کود یک‌بار مصرف از ایمیل
external-open = باز کردن ارجاع
external-referral-title = ارجاع
external-audited = هر بار باز کردن این صفحه ثبت می‌شود. شخص ارجاع شده می‌تواند ببیند که سازمان شما چه وقت معلومات او را دیده است.
external-link-title = لینک برای سازمان همکار
external-link-explained = این سازمان در Lotse حساب ندارد. شخص تماس آن یک لینک با ایمیل گرفته است و آن را با یک کود یک‌بار مصرف باز می‌کند.
external-contact = شخص تماس
external-link-state = لینک
external-link-active = معتبر
external-link-expired = ختم شده
external-link-withdrawn = پس گرفته شده
external-link-until = معتبر تا
external-link-last-viewed = آخرین بار باز شده
external-link-never-viewed = هنوز باز نشده
external-link-renew = تمدید برای 14 روز
external-link-withdraw = پس گرفتن لینک
external-link-renewed = لینک دوباره برای 14 روز معتبر است.
external-link-withdrawn-done = لینک پس گرفته شد. از همین حالا دیگر چیزی نشان نمی‌دهد.
organisations-external-contact = شخص تماس (بدون حساب)
organisations-has-accounts = دارای حساب در Lotse
organisations-external-new = ایجاد سازمان همکار بدون حساب
organisations-external-explained = برای سازمان‌های همکاری که در Lotse کار نمی‌کنند (مثلاً اتاق‌های صنفی یا انجمن‌های کوچک): ارجاع‌ها به شکل یک لینک با ایمیل به شخص تماس فرستاده می‌شوند.
organisations-contact-name = نام شخص تماس
organisations-contact-email = آدرس ایمیل شخص تماس
organisations-contact-language = زبان ایمیل‌ها
organisations-external-create = ایجاد سازمان همکار
organisations-external-created = سازمان همکار ایجاد شد.
error-external-no-contact = این سازمان برای ارجاع‌ها شخص تماس ندارد.
error-external-link-gone = این لینک دیگر چیزی نشان نمی‌دهد. لطفاً با شخصی تماس بگیرید که این ارجاع را برای شما فرستاده است.
error-external-code-again = نشست شما ختم شده است. لطفاً یک کود جدید درخواست کنید و آن را درج کنید.
error-external-code-limit = در یک ساعت گذشته کودهای بیش از حد فرستاده شده است. لطفاً بعداً دوباره کوشش کنید.
error-external-code-expired = این کود دیگر معتبر نیست. لطفاً یک کود جدید درخواست کنید.
error-external-code-wrong = کود درست نیست. لطفاً آن را بررسی کنید.
error-external-no-link = این ارجاع لینک معتبر ندارد.
mail-external-referral-subject = ارجاع جدید از { $sender }
mail-external-referral-body = { $sender } یک ارجاع در چارچوب مدیریت ادغام در سطح شاروالی برای سازمان شما فرستاده است. برای حفاظت معلومات، در این ایمیل چیزی دربارهٔ آن شخص نوشته نشده است. ارجاع را در اینجا پیدا می‌کنید:
    { $link }
    هنگام باز کردن، از شما یک کود یک‌بار مصرف می‌خواهیم که آن را در یک ایمیل دوم برای شما می‌فرستیم. این لینک تا { $expires } معتبر است.
mail-external-code-subject = کود یک‌بار مصرف شما برای Lotse
mail-external-code-body = کود یک‌بار مصرف شما: { $code }
    این کود 15 دقیقه اعتبار دارد. اگر کودی درخواست نکرده‌اید، می‌توانید این ایمیل را حذف کنید.
portal-reminders-title = یادآوری با ایمیل
portal-reminders-explained = یک روز پیش از هر وقت ملاقات، یک ایمیل با تاریخ و ساعت برای شما می‌فرستیم. چیز دیگری در آن نیست. جزئیات را در اینجا در پورتال می‌بینید.
portal-reminders-to = گیرنده: { $email }
portal-reminders-no-email = هیچ آدرس ایمیلی برای شما ذخیره نشده است. مدیر دوسیهٔ شما می‌تواند آن را درج کند.
portal-reminders-on = بلی، لطفاً یادآوری کنید
portal-reminders-off = دیگر یادآوری نمی‌خواهم
portal-reminders-are-on = شما یادآوری‌ها را با ایمیل می‌گیرید.
portal-reminders-are-off = شما یادآوری با ایمیل نمی‌گیرید.
mail-appointment-reminder-subject = یادآوری: فردا یک وقت ملاقات دارید
mail-appointment-reminder-body = شما فردا، { $date }، ساعت { $time } یک وقت ملاقات دارید. جزئیات را در پورتال پیدا می‌کنید:
    { $link }
mail-appointment-reminder-body-day = شما فردا، { $date }، یک وقت ملاقات دارید. جزئیات را در پورتال پیدا می‌کنید:
    { $link }
mail-appointment-reminder-footer = این یادآوری را می‌گیرید، چون آن را در پورتال فعال کرده‌اید. در همان‌جا می‌توانید آن را دوباره غیرفعال کنید.
