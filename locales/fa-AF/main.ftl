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
step-status-eligibility-requested = حق اشتراک درخواست شده
step-status-eligible = حق اشتراک دارد
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
