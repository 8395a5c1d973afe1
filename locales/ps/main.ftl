# Lotse – پښتو متنونه (له الماني ژبې ژباړل شوي؛ ټولې ژبې یو ډول کلیدونه لري).

app-tagline = د ښاروالۍ په کچه د ادغام مدیریت
skip-to-content = منځپانګې ته ورشئ
language-label = ژبه
demo-marker = ازمایښتي نسخه – ریښتیني معلومات نشته
nav-label = اصلي مینو
nav-start = کور پاڼه
nav-organisations = سازمانونه
nav-users = کارن حسابونه
nav-account = زما حساب
sign-out = وتل
signed-out-notice = تاسو ننوتي نه یاست.
sign-in-link = ننوتلو ته ورشئ

## ننوتل
sign-in-title = ننوتل
sign-in-submit = ننوتل
field-email = برېښنالیک پته
field-password = پټنوم
demo-accounts-title = ازمایښتي حسابونه
demo-accounts-password = د ټولو ازمایښتي حسابونو پټنوم:

## کور پاڼه
start-title = کور پاڼه
start-greeting = ورځ مو پخیر، { $name }!
start-intro-administrator = تاسو سازمانونه، کارن حسابونه او رولونه اداره کوئ.
start-intro-case-manager = تاسو د دوسیې په مدیریت کې له خپلو مراجعینو سره ملتیا کوئ – له لومړۍ مرکې د ادغام تر پلان پورې.
start-intro-coordinator = تاسو بې‌نومه شوي شاخصونه وینئ او له کاري ډلو سره ملتیا کوئ.
start-intro-partner-staff = تاسو خپل سازمان ته شوي ارجاعات او یوازې هغه معلومات وینئ چې مراجع یې د شریکولو موافقه کړې ده.
start-intro-volunteer = تاسو هغه دندې وینئ چې تاسو ته سپارل شوې دي.
start-intro-data-protection-officer = تاسو څېړئ چې چا، کله او کومو معلوماتو ته لاسرسی موندلی دی.

## رولونه
role-administrator = اداره
role-case-manager = د دوسیې مدیریت
role-coordinator = همغږي
role-partner-staff = همکار سازمان
role-volunteer = رضاکار
role-data-protection-officer = د معلوماتو ساتنه

## د سازمانونو ډولونه
org-type-city-office = ښاري اداره
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = د کار موندنې اداره
org-type-chamber = خونه (IHK/HWK)
org-type-welfare-organisation = خیریه او ټولنیز هوساینې سازمان
org-type-course-provider = د کورسونو برابروونکی
org-type-volunteer-network = د رضاکارانو شبکه
org-type-health-service = روغتیايي خدمت

## سازمانونه
organisations-title = سازمانونه
organisations-new = نوی سازمان
organisations-create = سازمان جوړول
field-organisation-name = نوم
field-organisation-type = د سازمان ډول
choose-option = مهرباني وکړئ، وټاکئ

## کارن حسابونه
users-title = کارن حسابونه
users-new = نوی کارن حساب
users-create = کارن حساب جوړول
users-created = کارن حساب جوړ شو.
users-last-sign-in = وروستی ننوتل
users-never = هېڅکله نه
users-status = حالت
users-role-change = رول بدل کړئ
users-active = فعال
users-inactive = غیرفعال
users-activate = فعالول
users-deactivate = غیرفعالول
field-display-name = نوم
field-organisation = سازمان
field-role = رول
field-initial-password = لومړنی پټنوم
pager-label = پاڼې
pager-previous = مخکینۍ پاڼه
pager-next = بله پاڼه

## زما حساب
account-title = زما حساب
account-change-password = پټنوم بدلول
account-password-changed = ستاسو پټنوم بدل شو. نور ننوتل پای ته ورسېدل.
field-current-password = اوسنی پټنوم
field-new-password = نوی پټنوم
field-confirm-password = نوی پټنوم بیا ولیکئ
password-rule = لږ تر لږه 10 توري.

## پاڼه ونه موندل شوه
not-found-title = پاڼه ونه موندل شوه
not-found-home = کور پاڼې ته ورشئ

## د تېروتنې پیغامونه
error-unauthenticated = مهرباني وکړئ، ننوځئ.
error-forbidden = تاسو د دې کار اجازه نه لرئ.
error-invalid-credentials = برېښنالیک پته یا پټنوم ناسم دی.
error-throttled = د ننوتلو ډېرې ناکامې هڅې شوې دي. مهرباني وکړئ، { $minutes ->
    [one] یوه دقیقه
   *[other] { $minutes } دقیقې
} وروسته بیا هڅه وکړئ.
error-not-found = دا ریکارډ ونه موندل شو.
error-bad-request = غوښتنه ناسمه وه. مهرباني وکړئ، پاڼه بیا تازه کړئ.
error-internal = یوه داخلي تېروتنه رامنځته شوه. مهرباني وکړئ، د ملاتړ ټیم ته د پېژندنې کوډ { $request_id } ووایاست.
error-required = مهرباني وکړئ، دا برخه ډکه کړئ.
error-too-long = دا متن ډېر اوږد دی.
error-choose-option = مهرباني وکړئ، یو انتخاب وټاکئ.
error-email-invalid = مهرباني وکړئ، یوه سمه برېښنالیک پته ولیکئ.
error-email-taken = د دې برېښنالیک پتې لپاره دمخه یو کارن حساب شته.
error-organisation-exists = په دې نوم یو سازمان دمخه شته.
error-password-too-short = پټنوم باید لږ تر لږه 10 توري ولري.
error-passwords-differ = دواړه پټنومونه سره سمون نه خوري.
error-current-password-wrong = اوسنی پټنوم ناسم دی.
error-own-account = تاسو دلته خپل حساب نه شئ بدلولی.
error-name-required = مهرباني وکړئ لږ تر لږه یو نوم ولیکئ.
error-date-part-invalid = دا نېټه شتون نه لري.
error-day-without-month = له میاشتې پرته ورځ ممکنه نه ده.
error-language-code = مهرباني وکړئ له لېست څخه یوه ژبه وټاکئ.

## مراجعین
nav-clients = مراجعین
clients-title = مراجعین
clients-new = نوی مراجع
clients-search-label = نوم (هر ډول لیکدود، هر ډول لیک)
clients-search-submit = لټون
clients-none-found = هېڅوک ونه موندل شو.
clients-col-name = نوم
clients-col-latin = په اسنادو کې لیکدود
clients-col-birth = د زېږېدو نېټه
clients-birth-unknown = نامعلوم
client-new-title = نوی مراجع
client-names = نومونه
client-birth = د زېږېدو نېټه
client-birth-hint = هغه څه ولیکئ چې معلوم دي؛ ورځ یا میاشت کېدای شي خالي پاتې شي.
client-language = ژبه
client-contact = اړیکه او پته
client-create = جوړول
client-created = دا کس ثبت شو.
client-duplicates-title = کېدای شي دا کسان دمخه ثبت شوي وي:
client-duplicates-confirm = دا بل کس دی – بیا هم یې جوړ کړئ
field-given-names = نوم (نومونه)
field-family-name = کورنۍ نوم
field-given-names-latin = نوم (نومونه) په لاتیني لیک، لکه په اسنادو کې
field-family-name-latin = کورنۍ نوم په لاتیني لیک، لکه په اسنادو کې
field-birth-day = ورځ
field-birth-month = میاشت
field-birth-year = کال
field-preferred-language = غوره ژبه
field-interpreter-needed = ژباړن ته اړتیا ده
field-interpreter-language = د شفاهي ژباړې ژبه (ISO-639-3-Code)
field-phone = تلیفون
field-street = کوڅه او د کور شمېره
field-postal-code = پوستي کوډ
field-city = ښار

## Case management core (issue 3)

error-conflict = بل چا په دې منځ کې دا معلومات خوندي کړي دي. هېڅ شی له منځه نه دی تللی، ستاسو لیکلي معلومات لا هم په فورمه کې دي. اوس دا خوندي دي:
error-number-invalid = مهرباني وکړئ، یو سم عدد ولیکئ.
error-date-invalid = مهرباني وکړئ، یوه سمه نېټه ولیکئ.
error-time-invalid = مهرباني وکړئ، سم وخت ولیکئ (HH:MM).
error-choose-from-list = مهرباني وکړئ، له لېست څخه یو توکی وټاکئ.
error-date-in-past = نېټه په تېر وخت کې ده.
error-date-in-future = نېټه په راتلونکي وخت کې ده.
error-target-before-start = د هدف نېټه د پیل له نېټې مخکې ده.
error-goal-empty = مهرباني وکړئ، هدف تشریح کړئ (د مراجع په خپلو خبرو، په ساده ژبه یا د یوې بېلګې په مرسته).
error-reason-required = مهرباني وکړئ، لامل ولیکئ.
error-result-required = مهرباني وکړئ، پایله ولیکئ.
error-organisation-required = مهرباني وکړئ، مسؤل سازمان وټاکئ.
error-interpreter-language-required = مهرباني وکړئ، د شفاهي ژباړې ژبه ولیکئ.
error-review-before-agreement = بیا کتنه باید له موافقې وروسته وي.
error-plan-empty = پلان لا تر اوسه هېڅ هدف نه لري.
error-plan-nothing-to-agree = داسې مسوده نشته چې موافقه پرې وشي.
error-phase-not-allowed = د پړاو دا بدلون ممکن نه دی.
error-consent-missing = د دوسیې مدیریت لپاره رضایت لا نه دی ثبت شوی. مهرباني وکړئ، لومړی یې ثبت کړئ.
error-entrusted-by-required = مهرباني وکړئ، ولیکئ چې دا معلومات چا تاسو ته سپارلي دي.

value-empty = (خالي)
untranslated-marker = نه دی ژباړل شوی
language-picker-hint = د ژبې الماني نوم، په هماغه ژبه کې یې نوم یا ISO-639-3-Code ولیکئ.
saved = خوندي شو.
save = خوندي کول
add = زیاتول
remove = لرې کول
yes = هو
no = نه
nav-catalogues = کتلاګونه

client-title = مراجع
client-personal = شخصي معلومات
client-edit = معلومات بدلول
client-cases = دوسیې
client-household = د کورنۍ غړي
client-address = پته
client-open-record = د مراجع دوسیه پرانیستل
case-link = دوسیه
case-open = نوې دوسیه جوړول
household-add = د کورنۍ غړی زیاتول
field-member-name = نوم
field-relation = خپلوي
compartment-residence = اقامت او مرستې
compartment-residence-hint = حساسه برخه: جلا خوندي کېږي او یوازې هلته ښکاري چې ورته اړتیا وي.
field-residence-status = د اقامت حالت
field-valid-until = اعتبار تر
field-benefit-regime = ترلاسه کېدونکې مرستې
compartment-health = روغتیا
compartment-health-hint = د شخصي معلوماتو ځانګړی ډول: یوازې په ښکاره رضایت له نورو سره شریکېږي.
compartment-youth-welfare = د ماشومانو او ځوانانو ملاتړ
compartment-youth-welfare-hint = یوازې د هغه کس په رضایت له نورو سره شریکېږي چې دا معلومات یې سپارلي دي.
compartment-private = زما شخصي کاري یادښتونه
compartment-private-hint = دا یادښتونه یوازې تاسو وینئ. هېڅکله له نورو سره نه شریکېږي.
note-add = یادښت زیاتول
field-note = یادښت
field-entrusted-by = سپارونکی

case-title = دوسیه
case-phase = پړاو
case-owner = د دوسیې مسؤل
case-sections = د دوسیې برخې
case-history = د پړاوونو تاریخچه
case-closed = دوسیه تړل شوې ده:
case-consent-needed = له ارزونې مخکې باید د دوسیې مدیریت لپاره رضایت ثبت شي.
case-next-phase = بل پړاو
case-change-phase = پړاو بدلول
field-closure-reason = د تړلو لامل
consent-title = د دوسیې مدیریت لپاره رضایت
consent-recorded = رضایت ورکړل شوی په
consent-record = رضایت ثبتول
consent-save = رضایت خوندي کول
field-given-on = د ورکولو نېټه
field-consent-method = د رضایت ډول
assessment-title = ارزونه
assessment-recorded = ثبت شوی
assessment-needs = اړتیاوې
assessment-resources = سرچینې او وړتیاوې
assessment-client-goals = د مراجع خپل هدفونه
facts-title = منظم معلومات
field-language-level = د الماني ژبې کچه
field-literacy = لوست او لیک
field-schooling = د ښوونځي زده کړې
field-qualifications = سندونه او وړتیاوې
field-recognition-needed = د بهرني سند پېژندنه اړینه ده
field-work-experience = کاري تجربه
field-housing-situation = د استوګنې حالت
field-health-insurance = روغتیايي بیمه

plan-title = د ادغام پلان
plan-none = تر اوسه پلان نشته.
plan-version = نسخه { $number }
plan-version-agreed = نسخه { $number }، موافقه شوې په
plan-version-draft = مسوده، نسخه { $number }
plan-print = پلان چاپول
plan-goals = هدفونه
plan-no-goals = تر اوسه هدف نشته.
plan-steps = ګامونه
plan-agree = پر پلان موافقه کول
plan-agree-hint = د پلان په اړه له مراجع سره خبرې کېږي او موافقه پرې کېږي. وروسته بدلونونه نوې نسخه پیلوي.
plan-review-default = که خالي پاتې شي: له موافقې شپږ میاشتې وروسته.
plan-versions = نسخې
plan-agreed-on = موافقه شوې په
plan-draft = مسوده
plan-compare-from = پرتله کول
plan-compare-to = له
plan-current = اوسنی حالت
plan-compare = پرتله کول
plan-no-changes = هېڅ بدلون نشته.
plan-back = پلان ته بېرته
goal-add = هدف زیاتول
goal-edit = هدف بدلول
goal-remove = هدف لرې کول
goal-status-change = د هدف حالت بدلول
step-add = ګام زیاتول
step-edit = ګام بدلول
step-history = تاریخچه
step-status-change = حالت بدلول
field-domain = د ژوند برخه
field-goal-level = د هدف کچه
field-goal-template = د هدف بېلګه
field-client-words = په خپلو خبرو
field-plain-wording = په ساده ژبه
field-success-criterion = څنګه پوهېږو چې ترسره شو
field-start-date = پیل
field-target-date = د هدف نېټه
field-goal-status = حالت
field-status-reason = لامل
field-service-type = خدمت
field-step-detail = جزئیات
field-responsible = مسؤل
field-responsible-organisation = مسؤل سازمان
field-due-date = وروستۍ نېټه
field-step-status = حالت
field-status-note = پایله یا لامل
field-appeal-deadline = د اعتراض (Widerspruch) وروستۍ نېټه
field-agreed-on = د موافقې نېټه
field-agreed-how = موافقه څنګه وشوه
field-review-due = بیا کتنه
appointments-title = د لیدنې وختونه
appointment-add = د لیدنې وخت زیاتول
field-date = نېټه
field-time = وخت
field-place = ځای
field-with-organisation = په سازمان کې
field-linked-step = اړوند ګام
field-appointment-note = څه له ځانه سره راوړئ یا یادونه
diff-added = زیات شو
diff-removed = لرې شو
diff-changed = بدل شو
diff-goal = هدف
diff-step = ګام

print-language = د چاپ ژبه
print-now = چاپول
print-plan-title = زما د ادغام پلان
print-agreed-on = موافقه شوې په
print-draft = مسوده – لا موافقه نه ده شوې
print-signature-client = د مراجع لاسلیک
print-signature-case-manager = د دوسیې د مدیر لاسلیک

dashboard-phases = زما دوسیې د پړاو له مخې
dashboard-overdue = هغه ګامونه چې وخت یې تېر شوی
dashboard-reviews = په راتلونکو 14 ورځو کې بیا کتنې
dashboard-waiting = هغه ګامونه چې د همکارو سازمانونو په تمه دي
dashboard-appointments = په راتلونکو 7 ورځو کې د لیدنې وختونه
dashboard-recent = هغه دوسیې چې پدې وروستیو کې بدلې شوې
dashboard-none = د کولو لپاره هېڅ نشته.
dashboard-shown-of = له { $total } څخه { $shown } ښودل شوي؛ ټول د دوسیو په پلانونو کې دي.

catalogues-title = کتلاګونه
catalogues-intro = ستاسو خپل توکي جوړ شوي کتلاګونه بشپړوي. الماني ژبه اړینه ده؛ که یوه ژبه نه وي، الماني متن د «نه دی ژباړل شوی» یادونې سره ښکاري.
catalogues-none = تر اوسه ستاسو خپل توکي نشته.
catalogues-col-catalogue = کتلاګ
catalogues-col-text = متن
catalogues-col-locales = ژبې
catalogues-add = توکی زیاتول
catalogues-texts = متن په هره ژبه
catalogue-name-service = خدمتونه
catalogue-name-goal-template = د هدفونو بېلګې
catalogue-name-closure = د تړلو لاملونه

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = ارجاع
phase-intake = لومړۍ مرکه (Intake)
phase-assessment = ارزونه
phase-planning = د مرستې پلان جوړول
phase-implementation = پلي کول
phase-monitoring = څارنه او بیا کتنه
phase-evaluation = وروستۍ ارزونه
phase-closed = تړل شوې

domain-language = ژبه
domain-education-work = زده کړه او کار
domain-housing = استوګنه
domain-health = روغتیا
domain-residence = اقامت
domain-benefits = مرستې او مالي چارې
domain-family = کورنۍ او ماشومان
domain-participation = په ټولنه کې ګډون

service-integration-course = د ادغام کورس (Integrationskurs)
service-literacy-course = د ادغام کورس له لوست او لیک زده کړې سره (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = د ځوانانو لپاره د ادغام کورس (Jugendintegrationskurs)
service-parents-integration-course = د والدینو او ښځو لپاره د ادغام کورس (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = ګړندی کورس (Intensivkurs)
service-second-script-course = د هغو کسانو لپاره کورس چې په بل لیک سواد لري (Zweitschriftlernerkurs)
service-dtz-exam = د مهاجرینو لپاره د الماني ژبې ازموینه (DTZ)
service-job-language-course = د کار لپاره د الماني ژبې کورس (Berufssprachkurs)
service-course-fee-exemption = د کورس له فیس څخه معافیت
service-potential-analysis = د توان او وړتیاوو تحلیل (Potenzialanalyse)
service-cooperation-plan = له Jobcenter سره د همکارۍ پلان (Kooperationsplan)
service-placement-voucher = د کار موندنې کوپون (Vermittlungsgutschein)
service-apprenticeship = مسلکي زده کړه (Ausbildung)
service-entry-qualification = د مسلکي زده کړې لپاره د چمتووالي کارآموزي (Einstiegsqualifizierung, EQ)
service-wage-subsidy = د معاش لپاره مرسته
service-coaching = لارښوونه او ملتیا (Coaching)
service-recognition-counselling = د سندونو د پېژندنې په اړه مشوره (IQ-Netzwerk)
service-recognition-application = د سند د پېژندنې غوښتنلیک
service-qualification-analysis = د مسلکي مهارتونو عملي ازموینه (Qualifikationsanalyse)
service-adaptation-training = د سند د بشپړې پېژندنې لپاره بشپړونکې زده کړه (Anpassungsqualifizierung)
service-zab-evaluation = د بهرني سند ارزونه (ZAB)
service-housing-entitlement = د ټولنیز کور د حق سند (WBS)
service-residence-obligation-change = په ټاکلي ځای کې د اوسېدو د مکلفیت بدلول (Wohnsitzauflage)
service-cost-approval = د کور د کرایې د ورکړې منل (Mietkostenübernahme)
service-move-out-of-shelter = له ګډ استوګنځي څخه وتل
service-health-card = روغتیايي کارت (Gesundheitskarte)
service-treatment-voucher = د درملنې پاڼه (Behandlungsschein)
service-health-insurance-enrolment = د روغتیايي بیمې په صندوق کې نوم لیکنه (Krankenkasse)
service-psychosocial-centre = رواني-ټولنیز مرکز (Psychosoziales Zentrum)
service-vaccination = واکسین
service-permit-application = د اقامې اجازې غوښتنلیک (Aufenthaltserlaubnis)
service-naturalisation = د الماني تابعیت اخیستل (Einbürgerung)
service-benefit-application = د مرستو غوښتنلیک
service-debt-counselling = د پورونو په اړه مشوره
service-childcare-place = په وړکتون کې ځای (Kita)
service-school-enrolment = په ښوونځي کې نوم لیکنه
service-migration-counselling = د لویانو لپاره د مهاجرت مشوره (MBE)
service-youth-migration-service = د ځوانانو لپاره د مهاجرت خدمت (JMD)
service-interpreter = شفاهي ژباړه
service-document-translation = د اسنادو ژباړه
service-volunteer-matching = د یو رضاکار ملګري موندل

goal-template-reach-b1 = په B1 کچه الماني خبرې کول
goal-template-complete-integration-course = د ادغام کورس (Integrationskurs) بشپړول
goal-template-learn-to-read = لوست او لیک زده کول
goal-template-qualification-recognised = د مسلکي سند پېژندل کېدل
goal-template-find-work = کار موندل
goal-template-start-apprenticeship = مسلکي زده کړه (Ausbildung) پیلول
goal-template-own-flat = خپل جلا کور موندل
goal-template-leave-shelter = له ګډ استوګنځي څخه وتل
goal-template-health-insurance = روغتیايي بیمه لرل
goal-template-family-doctor = د کورنۍ ډاکټر لرل
goal-template-secure-residence = اقامت خوندي کول
goal-template-secure-income = عاید خوندي کول
goal-template-childcare = د ماشوم لپاره د ساتنې ځای موندل
goal-template-school-place = د ماشوم لپاره په ښوونځي کې ځای موندل
goal-template-social-contacts = په سیمه کې پېژندګلوي او د وزګار وخت بوختیاوې موندل

goal-level-long-term = اوږدمهاله هدف
goal-level-framework = چوکاټي هدف
goal-level-action = عملي هدف

goal-status-open = پرانیستی
goal-status-in-progress = روان دی
goal-status-achieved = ترلاسه شو
goal-status-partly-achieved = یوه برخه یې ترلاسه شوه
goal-status-not-achieved = ترلاسه نه شو
goal-status-dropped = پرېښودل شو

step-status-planned = پلان شوی
step-status-eligibility-requested = د حق غوښتنه شوې
step-status-eligible = حق لري
step-status-registered = نوم لیکل شوی
step-status-waitlisted = د انتظار په لېست کې
step-status-started = پیل شوی
step-status-completed = بشپړ شوی
step-status-interrupted = لنډمهاله ودرول شوی
step-status-dropped = نیمګړی پاتې شو
step-status-rejected = رد شو
step-status-not-needed = نور اړین نه دی

closure-goals-achieved = هدفونه ترلاسه شول
closure-standard-service = عادي خدمت ته وسپارل شو
closure-client-ended = مراجع پای ته ورساوه
closure-moved-away = بل ځای ته کډه شو
closure-unreachable = نور اړیکه ورسره نه کېږي
closure-consent-withdrawn = رضایت بېرته واخیستل شو

consent-method-signature = په لاسلیک
consent-method-electronic = په برېښنايي ډول تایید شوی
consent-method-oral-interpreter = شفاهي، د ژباړن په مرسته

responsible-client = مراجع
responsible-case-manager = د دوسیې مدیر
responsible-organisation = همکار سازمان
responsible-volunteer = رضاکار

language-level-a0 = A0 (هېڅ پوهه نه لري)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = سواد لري (لاتیني لیک)
literacy-other-script = په بل لیک سواد لري
literacy-not-literate = لوست او لیک نه شي کولی

housing-shelter = ګډ استوګنځی (Gemeinschaftsunterkunft)
housing-shared-accommodation = ګډ کور یا فرعي کرایه
housing-own-flat = خپل جلا کور
housing-with-family = له کورنۍ یا پېژندګلو سره
housing-homeless = بې کوره

insurance-statutory = قانوني روغتیايي بیمه
insurance-health-card = روغتیايي کارت (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = د درملنې پاڼې (Behandlungsscheine)
insurance-private = خصوصي روغتیايي بیمه
insurance-none = روغتیايي بیمه نه لري

residence-asylum-procedure = د پناه غوښتنې د پروسې پر مهال د پاتې کېدو اجازه (Aufenthaltsgestattung)
residence-tolerated = د اخراج لنډمهاله ځنډول (Duldung)
residence-temporary-protection = لنډمهاله ساتنه (§ 24 AufenthG)
residence-residence-permit = د اقامې اجازه (Aufenthaltserlaubnis)
residence-settlement-permit = د دایمي اقامې اجازه (Niederlassungserlaubnis)
residence-eu-citizen = د اروپايي اتحادیې تبعه
residence-german-citizen = الماني تابعیت
residence-other = بل حالت

benefit-asylblg = د پناه غوښتونکو مرستې (AsylbLG)
benefit-sgb2 = د اتباعو مرسته (Bürgergeld, SGB II)
benefit-sgb12 = ټولنیزه مرسته (Sozialhilfe, SGB XII)
benefit-none = هېڅ مرسته نه

relation-spouse = مېړه یا ښځه
relation-child = زوی یا لور
relation-parent = مور یا پلار
relation-sibling = ورور یا خور
relation-other = بله خپلوي

## Partner network (issue 4)
nav-offers = خدمتونه
nav-inbox = راغلي
nav-audit = د لاسرسي ثبت
case-team = د دوسیې مسؤلین
case-assign = سپارل
case-assign-colleague = همکار ته سپارل
case-unassign = سپارل لغوه کول
dashboard-overdue-referrals = هغه ارجاعونه چې وخت یې تېر شوی
network-title = شبکه
network-referrals = ارجاعونه
network-no-referrals = لا هېڅ ارجاع نشته.
network-new-referral = نوی ارجاع
network-consents = د معلوماتو د شریکولو رضایت
network-no-consents = د معلوماتو د شریکولو لپاره لا هېڅ رضایت نشته.
network-access-times = د ژبې کورسونو ته لاسرسی
network-access-days = د لاسرسي وخت: { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځې
}
network-waiting-days = د انتظار وخت: { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځې
}
consent-record-share = رضایت ثبتول
consent-health-separate = روغتیايي معلومات تل جلا او ښکاره رضایت ته اړتیا لري.
consent-print = فورمه چاپول
consent-revoke = بېرته اخیستل
consent-state-active = معتبر
consent-state-inactive = نامعتبر
consent-state-revoked = بېرته اخیستل شوی
consent-form-title = د معلوماتو د شریکولو رضایت
consent-form-back = د کس پاڼې ته بېرته
consent-form-recipient = ترلاسه کوونکی
consent-form-valid = اعتبار
consent-form-categories-intro = زه موافق یم چې لاندې معلومات ترلاسه کوونکي ته ورکړل شي:
consent-form-voluntary = دا رضایت په خپله خوښه دی. که زه رضایت ورنه کړم، ما ته کوم زیان نه رسېږي.
consent-form-revoke = زه کولی شم خپل رضایت هر وخت بېرته واخلم، هماغسې په اسانۍ لکه چې ما ورکړی و. بېرته اخیستل سمدستي د راتلونکي لپاره اغېز لري.
consent-form-health = روغتیايي معلومات په ځانګړي ډول ساتل کېږي. دا رضایت یوازې د روغتیايي معلوماتو لپاره دی.
consent-form-issued-by = صادروونکی:
consent-form-place-date = ځای، نېټه
courses-title = مناسب کورسونه
courses-childcare-on = د ماشومانو ساتنه شرط نه ده
courses-childcare-off = یوازې هغه کورسونه چې د ماشومانو ساتنه لري
courses-any-type = د کورسونو ټول ډولونه ښودل
courses-only-this-type = یوازې دا ډول کورس ښودل
courses-none = مناسب کورس ونه موندل شو.
courses-distance = { $km } کیلومتره
courses-full = ډک دی (د انتظار لېست)
courses-free-seats = { $count ->
    [one] { $count } خالي ځای
   *[other] { $count } خالي ځایونه
}
courses-seats-unknown = د خالي ځایونو شمېر نامعلوم دی
courses-next-start = بل پیل:
courses-refer = دې کورس ته ارجاع کول
courses-refer-submit = ارجاع کول
courses-default-message = مهرباني وکړئ، دې کس ته په دې کورس کې یو ځای ورکړئ.
offers-childcare = د ماشومانو ساتنه
field-title = سرلیک
field-address = پته
field-birth-date = د زېږېدو نېټه
field-name = نوم
field-categories = معلومات
field-decline-reason = د ردولو لامل
field-district = ناحیه
field-free-seats = خالي ځایونه
field-message = پیغام
field-outcome = پایله
field-purpose = موخه
field-referral-status = د ارجاع حالت
field-response-due = ځواب تر
field-seat = ځای
field-starts-on = پیل
field-step = په پلان کې ګام
field-valid-from = اعتبار له
inbox-title = راغلي
inbox-referrals = زما سازمان ته ارجاعونه
inbox-empty = هېڅ ارجاع نشته.
referral-title = ارجاع
referral-facts = جزئیات
referral-client = کس
referral-client-hidden = کس (معتبر رضایت نشته)
referral-to = ترلاسه کوونکی
referral-sent-by = لېږونکی
referral-back-to-case = دوسیې ته بېرته
referral-response-due = ځواب تر
referral-overdue = وخت یې تېر شوی
referral-shared-data = شریک شوي معلومات
referral-access-closed = ارجاع بشپړه شوې ده. د کس معلومات نور نه ښکاري.
referral-access-no-consent = معتبر رضایت نشته (بېرته اخیستل شوی، پای ته رسېدلی یا هېڅکله نه دی ورکړل شوی). د کس معلومات نه ښکاري.
referral-nothing-recorded = هېڅ نه دي ثبت شوي.
referral-answer = ځواب ورکول
referral-withdraw-title = ارجاع بېرته اخیستل
referral-no-further-steps = نور ګامونه ممکن نه دي.
referral-history = تاریخچه او پیغامونه
referral-message-label = پیغام
referral-send-message = پیغام لېږل
referral-no-step = – پرته له ګام –
referral-consent-covered = ټاکل شوي معلومات د معتبر رضایت لاندې دي.
referral-consent-missing = د دې لپاره رضایت نشته: { $categories }.
referral-record-consent = اوس رضایت ثبت کړئ
referral-due-hint = خالي یې پرېږدئ: له نن څخه 10 کاري ورځې.
referral-offers-hint = خدمتونه د ځای، نېټو او خالي ځایونو سره:
referral-send = ارجاع لېږل
step-find-course = مناسب کورس موندل
step-refer = ارجاع کول
error-categories-required = مهرباني وکړئ، لږ تر لږه د معلوماتو یو ډول وټاکئ.
error-consent-already-revoked = دا رضایت دمخه بېرته اخیستل شوی دی.
error-consent-missing-for-referral = لږ تر لږه د یو ټاکل شوي معلوماتو ډول لپاره، دې سازمان ته د دې موخې لپاره معتبر رضایت نشته.
error-free-seats-above-capacity = خالي ځایونه له ټولو ځایونو څخه زیات کېدای نه شي.
error-health-consent-separate = روغتیايي معلومات جلا رضایت ته اړتیا لري: مهرباني وکړئ، جلا یې ثبت کړئ.
error-referral-transition = دا ګام په دې حالت کې ممکن نه دی.
error-start-date-required = مهرباني وکړئ، د کورس د پیل نېټه ولیکئ.
error-target-level-not-above = د هدف کچه باید د پیل له کچې لوړه وي.
error-until-before-from = پای له پیل څخه مخکې دی.
consent-category-identity = نوم، د زېږېدو نېټه او اړیکه
consent-category-language = ژبه او زده کړه
consent-category-work = کار
consent-category-housing = استوګنه
consent-category-health = روغتیا
consent-category-residence = اقامت او مرستې
consent-category-youth-welfare = د ماشومانو او ځوانانو ملاتړ
consent-purpose-language-course = د ژبې کورس
consent-purpose-employment = کار او مسلکي زده کړه
consent-purpose-recognition = د سندونو پېژندنه
consent-purpose-housing = استوګنه
consent-purpose-health-care = روغتیايي پاملرنه
consent-purpose-counselling = مشوره
consent-purpose-volunteer-support = د رضاکارانو ملګرتیا
referral-status-sent = لېږل شوی
referral-status-accepted = منل شوی
referral-status-declined = رد شوی
referral-status-in-progress = روان دی
referral-status-completed = بشپړ شوی
referral-status-withdrawn = بېرته اخیستل شوی
referral-outcome-service-provided = خدمت وړاندې شو
referral-outcome-course-completed = کورس بشپړ شو
referral-outcome-client-did-not-attend = حاضر نه شو
referral-outcome-client-withdrew = کس پای ته ورساوه
referral-outcome-not-eligible = حق نه لري
referral-outcome-referred-elsewhere = بل ځای ته ارجاع شو
decline-reason-no-capacity = خالي ځای نشته
decline-reason-not-eligible = حق نه لري
decline-reason-not-responsible = مسؤل نه یو
decline-reason-client-unreachable = کس ته لاسرسی نشته
decline-reason-other = بل لامل
seat-confirmed = ځای تایید شو
seat-waitlisted = د انتظار لېست
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
offers-title = د خدمتونو لېست
offers-intro = په کلن کې د همکارو سازمانونو کورسونه او مشورتي خدمتونه، د خالي ځایونو، راتلونکو پیلونو او تر اوسه اندازه شویو د لاسرسي او انتظار وختونو سره.
offers-new = نوی خدمت
offers-filter = خدمتونه فلټر کول
offers-all = ټول
offers-filter-language = ژبه (ISO-639-3-Code)
offers-filter-childcare = د ماشومانو ساتنې سره
offers-filter-free-seats = یوازې د خالي ځایونو سره
offers-filter-own = یوازې زما د سازمان خدمتونه
offers-filter-apply = فلټر کول
offers-found = { $count ->
    [one] { $count } خدمت وموندل شو
   *[other] { $count } خدمتونه وموندل شول
}
offers-none = هېڅ خدمت ونه موندل شو.
offers-accessible = بې خنډه (د معلولینو لپاره)
offers-inactive = فعال نه دی
offers-place = ځای
offers-levels = د ژبې کچه
offers-level-range = له { $entry } تر { $target }
offers-levels-hint = یوازې د ژبې کورسونو لپاره: د پیل کچه او د هدف کچه.
offers-seats = ځایونه
offers-seats-of = له { $capacity } څخه { $free } خالي
offers-starts = راتلونکې د پیل نېټې
offers-languages = د تدریس او مشورې ژبې
offers-edit = بدلول
offers-access-title = د لاسرسي او انتظار وختونه
offers-access-hint = منځنۍ کچه (میډین) په ورځو: لاسرسی د حق له ترلاسه کولو تر کورس پیل پورې، انتظار د نوم لیکنې څخه تر کورس پیل پورې.
offers-access-none = د لاسرسي یا انتظار وختونه لا نه دي ثبت شوي.
offers-access-clients = مراجعین
offers-access-median = لاسرسی (منځنۍ کچه، ورځې)
offers-waiting-median = انتظار (منځنۍ کچه، ورځې)
offers-new-title = نوی خدمت
offers-edit-title = خدمت بدلول
offers-back = زما د سازمان خدمتونو ته بېرته
field-description = تشریح
field-entry-level = د پیل کچه
field-target-level = د هدف کچه
field-childcare = د ماشومانو ساتنه شته
field-accessible = بې خنډه لاسرسی
field-offer-active = خدمت فعال دی (په لېست کې ښکاري)
field-schedule = ورځې او وختونه
field-capacity = ټول ځایونه
field-documents = هغه اسناد چې باید له ځان سره راوړئ
field-contact = اړیکه
field-offer-languages = ژبې (ISO-639-3 کوډونه، په کامې جلا، د بېلګې په توګه deu, ara)
field-offer-starts = د پیل نېټې (YYYY-MM-DD، په کامې جلا)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = د معلوماتو د لاسرسي ثبت
audit-intro = چا، کله، کوم شخصي معلومات لوستي یا بدل کړي دي، د کومې موخې لپاره او پر کوم قانوني بنسټ – ردې شوې هڅې هم. د دې ثبت لوستل هم ثبتېږي.
audit-filter = ثبت فلټر کول
audit-all = ټول
audit-filter-client = مراجع (شمېره)
audit-filter-actor = کس
audit-filter-from = له
audit-filter-until = تر
audit-filter-denied = یوازې رد شوي لاسرسي
audit-filter-apply = فلټر کول
audit-none = هېڅ ثبت ونه موندل شو.
audit-page = پاڼه { $page }
audit-col-time = وخت
audit-col-person = کس او رول
audit-col-client = مراجع
audit-col-record = ریکارډ
audit-col-action = کړنه
audit-col-purpose = موخه
audit-col-basis = قانوني بنسټ
audit-col-categories = د معلوماتو ډولونه
audit-col-allowed = پایله
audit-role-system = Lotse (اتومات)
audit-allowed = اجازه ورکړل شوه
audit-denied = رد شو
audit-action-read = ولوستل شو
audit-action-list = لېست وښودل شو
audit-action-create = جوړ شو
audit-action-update = بدل شو
audit-action-delete = ړنګ شو
audit-action-print = چاپ شو
audit-action-revoke = بېرته واخیستل شو
audit-action-attempt = د لاسرسي هڅه
audit-action-compare = نسخې پرتله شوې
audit-action-agree = موافقه وشوه
audit-action-verify = سلامتیا وڅېړل شوه
audit-verify-title = د ثبت سلامتیا
audit-verify-hint = د ټولو ثبتونو ځنځیر بیا محاسبه کوي. په دې توګه معلومېږي چې ایا ثبتونه وروسته بدل شوي یا ړنګ شوي دي.
audit-verify = سلامتیا څېړل
audit-chain-intact = ثبت بشپړ دی او نه دی بدل شوی.
audit-chain-broken = ثبت له { $seq } شمېرې ثبت څخه وروسته سم نه دی: ثبتونه بدل شوي یا ړنګ شوي دي.


## Volunteer tasks (issue 6)
volunteers-title = رضاکارانه کار
volunteer-tasks-of-case = د رضاکارانو لپاره دندې
volunteer-tasks-none = لا د رضاکارانو لپاره دندې نشته.
volunteer-task-new = رضاکارانو ته دنده سپارل
volunteer-task-offered-to = وړاندیز شوې:
volunteer-task-taken-by = منلې ده:
volunteer-task-declined-by = { $count ->
    [one] یو کس رد کړه
   *[other] { $count } کسانو رد کړه
}
volunteer-task-cancel = دنده بېرته اخیستل
volunteer-task-offer = دنده وړاندې کول
volunteer-report = راپور
volunteer-problem-badge = ستونزه راپور شوې
volunteer-consent-covered = رضایت نوم، تلیفون او د لیدنې وخت رانغاړي.
volunteer-consent-missing = د دې شبکې لپاره د رضاکارانو د ملګرتیا لپاره د کس رضایت (نوم او اړیکه) نشته.
volunteer-whole-network = ټوله شبکه
volunteer-no-step = پرته له ګام
volunteer-no-appointment = د لیدنې وخت نشته
volunteer-appointment-hint = که د لیدنې وخت وټاکئ، نېټه، وخت او ځای له هغه اخیستل کېږي، که تاسو یې پخپله ونه لیکئ.
field-task-kind = د دندې ډول
field-volunteer-network = د رضاکارانو شبکه
field-offered-to = چا ته وړاندې شي
field-appointment = د لیدنې وخت
field-bring = څه له ځانه سره راوړئ
field-task-note = لنډه یادونه
field-task-status = حالت
follow-ups-title = تعقیب
follow-up-volunteer-problem = رضاکاران یوه ستونزه راپوروي
follow-up-done = بشپړ شو
volunteer-my-tasks = زما دندې
volunteer-no-tasks = اوس مهال ستاسو لپاره هېڅ دنده نشته.
volunteer-client-language = ژبه
volunteer-offered-to-you = په ځانګړي ډول تاسو ته
volunteer-accept = منل
volunteer-decline = ردول
volunteer-cannot-go = نور نه شم کولی
volunteer-report-label = لنډ راپور
volunteer-problem = یوه ستونزه پېښه شوه
volunteer-done = د بشپړېدو خبر ورکول
volunteer-not-yet-sent = لا نه دی لېږل شوی
volunteer-outbox-waiting = اړیکه نشته: ستاسو معلومات په دې وسیله کې خوندي دي او کله چې اړیکه بېرته راشي، لېږل کېږي.
volunteer-refused = Lotse دا ونه منل:
volunteer-try-again = بیا لېږل
volunteer-discard = لرې کول
error-volunteer-network-required = مهرباني وکړئ، د رضاکارانو یوه شبکه وټاکئ.
error-volunteer-consent-missing = کس دې شبکې ته د معلوماتو ورکولو (نوم او اړیکه، موخه: د رضاکارانو ملګرتیا) سره موافقه نه ده کړې.
error-task-transition = د دندې په دې حالت کې دا نور ممکن نه دی.
error-task-taken = بل چا دا دنده دمخه منلې ده.
task-kind-accompany = د لیدنې وخت ته ملګرتیا
task-kind-form-help = د فورمې په ډکولو کې مرسته
task-kind-language-practice = د الماني ژبې تمرین
task-kind-housing-search = د کور لټون
task-kind-other = نور
task-status-offered = وړاندیز شوې
task-status-accepted = منل شوې
task-status-declined = رد شوې
task-status-done = بشپړه شوې
task-status-cancelled = بېرته اخیستل شوې
volunteer-undelivered = ونه لیږل شو

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = زما پلان
portal-sign-in-title = د Lotse پورټال ته ننوتل
portal-sign-in-intro = هغه د ننوتلو کوډ ولیکئ چې ستاسو په لیک کې دی. په لومړي ځل، له دې وروسته یو PIN وټاکئ.
portal-code = د ننوتلو کوډ
portal-code-hint = دا ستاسو په لیک کې لیکل شوی، د بېلګې په توګه ABCD-EFGH-JKLM.
portal-pin = PIN یا پټه جمله
portal-pin-hint = لږ تر لږه 6 رقمه یا یوه جمله چې لږ تر لږه 12 توري ولري.
portal-pin-repeat = PIN بیا ولیکئ
portal-choose-pin = ستاسو د ننوتلو کوډ سم دی. اوس خپل PIN وټاکئ. هر ځل چې ننوځئ، دې ته اړتیا لرئ.
portal-sign-in-button = ننوتل
portal-set-pin-button = PIN خوندي کول او ننوتل
portal-sign-out = وتل
portal-staff-link = د کارکوونکو ننوتل
portal-nav-label = د پورټال برخې
portal-nav-plan = زما پلان
portal-nav-appointments = د لیدنې وختونه
portal-nav-referrals = ارجاعونه
portal-nav-consents = رضایتونه
portal-nav-access = چا زما معلومات لیدلي دي؟
portal-nav-correction = یو شی ناسم دی
portal-nav-data = زما معلومات
portal-greeting = سلام { $name }!
portal-large-text = لوی لیک
portal-read-aloud = په غږ لوستل
portal-read-aloud-stop = لوستل بندول
portal-read-aloud-no-voice = ستاسو وسیله د دې ژبې لپاره غږ نه لري.
portal-print = پلان چاپول
portal-next = بل کار چې باید وشي
portal-next-none = اوس مهال تاسو ته د هېڅ کار کولو اړتیا نشته.
portal-goals = زما هدفونه
portal-goal-until = هدف تر { $date }
portal-step-due = تر { $date }
portal-step-responsible = څوک مسؤل دی؟
portal-responsible-client = پخپله تاسو
portal-responsible-case-manager = ستاسو د دوسیې مدیر
portal-responsible-volunteer = یو رضاکار
portal-responsible-organisation = بل سازمان
portal-step-status = حالت
portal-mark-done = ما دا کار کړی دی
portal-marked-done = مننه! ستاسو د دوسیې مدیر ته خبر ورکړل شو.
portal-no-plan = ستاسو پلان اوس جوړېږي. ستاسو د دوسیې مدیر به له تاسو سره د هغه په اړه خبرې وکړي.
portal-written-in-german = ستاسو د دوسیې مدیر په الماني ژبه لیکلي:
portal-appointments-title = زما د لیدنې وختونه
portal-appointments-none = تاسو د لیدنې هېڅ وخت نه لرئ.
portal-appointments-past = تېر د لیدنې وختونه
portal-appointment-when = کله
portal-appointment-where = چېرته
portal-appointment-with = له چا سره
portal-appointment-bring = مهرباني وکړئ، له ځانه سره راوړئ
portal-interpreter-arranged = یو ژباړن برابر شوی دی.
portal-interpreter-not-arranged = یو ژباړن ته اړتیا ده، خو لا نه دی برابر شوی. له خپل د دوسیې مدیر څخه پوښتنه وکړئ.
portal-referrals-title = زما ارجاعونه
portal-referrals-none = تاسو لا تر اوسه هېڅ سازمان ته نه یاست ارجاع شوي.
portal-referral-for = د څه لپاره
portal-referral-sent = { $organisation } ستاسو د نوم لیکنې غوښتنه ترلاسه کړې او ژر به ځواب درکړي.
portal-referral-accepted = { $organisation } موافقه کړې ده.
portal-referral-waitlisted = تاسو د { $organisation } د انتظار په لېست کې یاست.
portal-referral-seat = تاسو په { $organisation } کې ځای لرئ. پیل: { $date }
portal-referral-declined = { $organisation } موافقه نه ده کړې. ستاسو د دوسیې مدیر به له تاسو سره بله لاره ولټوي.
portal-referral-in-progress = { $organisation } اوس له تاسو سره مرسته کوي.
portal-referral-completed = د { $organisation } مرسته پای ته ورسېده.
portal-referral-withdrawn = { $organisation } ته ارجاع بېرته واخیستل شوه.
portal-consents-title = زما رضایتونه
portal-consents-intro = دلته تاسو وینئ چې څوک ستاسو د معلوماتو د لیدلو اجازه لري. تاسو کولی شئ هر رضایت هر وخت بېرته واخلئ.
portal-consents-none = تاسو هېڅ رضایت نه دی ورکړی.
portal-consent-to = چا ته
portal-consent-for = د څه لپاره
portal-consent-data = کوم معلومات
portal-consent-until = اعتبار تر
portal-consent-open-ended = تر هغه چې تاسو یې بېرته واخلئ
portal-consent-revoked = په { $date } بېرته واخیستل شو
portal-consent-expired = پای ته رسېدلی
portal-consent-revoke = بېرته اخیستل
portal-consent-revoke-confirm = له دې وروسته { $organisation } نور ستاسو د معلوماتو د لیدلو اجازه نه لري. ایا په رښتیا یې بېرته اخلئ؟
portal-consent-revoke-yes = هو، بېرته یې اخلم
portal-consent-revoke-no = نه، ساتم یې
portal-consent-revoked-now = رضایت بېرته واخیستل شو. { $organisation } له همدې اوسه ستاسو معلومات نور نه ویني. ستاسو د دوسیې مدیر ته خبر ورکړل شو.
portal-access-title = چا زما معلومات لیدلي دي؟
portal-access-intro = ستاسو معلوماتو ته هر لاسرسی ثبتېږي. دلته تاسو وینئ چې کوم سازمان کله څه لیدلي یا بدل کړي دي.
portal-access-none = تر اوسه چا ستاسو معلومات نه دي لیدلي.
portal-access-looked = { $organisation } په { $date } دا لیدلي دي: { $what }
portal-access-changed = { $organisation } په { $date } دا بدل کړي دي: { $what }
portal-access-system = Lotse (اتومات)
portal-what-everything = ستاسو ټوله دوسیه
portal-what-plan = ستاسو پلان
portal-what-client = ستاسو شخصي معلومات
portal-what-case = ستاسو دوسیه
portal-what-referral = یو ارجاع
portal-what-consent = ستاسو رضایتونه
portal-what-volunteer = د رضاکارانو لپاره یوه دنده
portal-what-list = په یوه لېست کې ستاسو نوم
portal-what-data = ستاسو ټول معلومات
portal-what-other = ستاسو معلومات
portal-what-identity = ستاسو نوم او د اړیکې معلومات
portal-what-language = ستاسو د ژبې پوهه
portal-what-work = ستاسو د ښوونځي او مسلک معلومات
portal-what-housing = ستاسو د استوګنې حالت
portal-what-health = ستاسو روغتیايي معلومات
portal-what-residence = ستاسو د اقامت حالت
portal-what-youth-welfare = د ماشومانو او ځوانانو د ملاتړ معلومات
portal-correction-title = یو شی ناسم دی؟
portal-correction-intro = خپل د دوسیې مدیر ته ولیکئ چې څه سم نه دي. هغه به یې وګوري او له تاسو سره به اړیکه ونیسي.
portal-correction-about = موضوع څه ده؟
portal-correction-about-personal = زما شخصي معلومات
portal-correction-about-plan = زما پلان
portal-correction-about-appointments = زما د لیدنې وختونه
portal-correction-about-other = بل څه
portal-correction-message = څه ناسم دي؟ سم یې څه دي؟
portal-correction-send = لېږل
portal-correction-sent = ستاسو پیغام ورسېد. ستاسو د دوسیې مدیر به له تاسو سره اړیکه ونیسي.
portal-correction-earlier = ستاسو پیغامونه
portal-correction-open = لا نه دی کتل شوی
portal-correction-done = کتل شوی
portal-data-title = زما معلومات
portal-data-intro = دلته تاسو کولی شئ هر هغه څه ډاونلوډ کړئ چې په Lotse کې ستاسو په اړه خوندي دي. فایل د JSON په بڼه دی او په هر متن ایډیټر پرانیستل کېدای شي.
portal-data-download = زما معلومات ډاونلوډ کول
portal-session-ended = ستاسو د ننوتلو وخت پای ته ورسېد. مهرباني وکړئ، بیا ننوځئ.
portal-letter-title = Lotse ته ستاسو لاسرسی
portal-letter-intro = د دې لیک په مرسته تاسو کولی شئ خپل پلان، د لیدنې وختونه او رضایتونه په موبایل یا کمپیوټر کې ووینئ.
portal-letter-step-address = دا پته پرانیزئ یا د QR کوډ سکین کړئ:
portal-letter-step-code = دا د ننوتلو کوډ ولیکئ:
portal-letter-step-pin = یو PIN وټاکئ چې لږ تر لږه 6 رقمه ولري. هېچا ته یې مه وایاست.
portal-letter-keep = دا لیک ښه وساتئ. که مو ورک کړ، له خپل د دوسیې مدیر څخه نوی لیک ترلاسه کوئ.
portal-letter-qr-label = د پورټال د پتې QR کوډ
error-portal-credentials = د ننوتلو کوډ یا PIN سم نه دی.
error-portal-pin-short = PIN باید لږ تر لږه 6 رقمه ولري. پټه جمله باید لږ تر لږه 12 توري ولري.
error-portal-pin-simple = دا PIN ډېر په اسانۍ اټکل کېدای شي. مهرباني وکړئ، بل یو وټاکئ.
error-portal-pin-mismatch = دواړه لیکل شوي شیان یو شان نه دي.
error-portal-blocked = ستاسو لاسرسی بند شوی دی. مهرباني وکړئ، له خپل د دوسیې مدیر سره خبرې وکړئ.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = پورټال
portal-staff-title = د مراجعینو پورټال ته لاسرسی
portal-staff-none = لا د لاسرسي لیک نه دی صادر شوی.
portal-staff-issued = د لاسرسي لیک په { $date } صادر شوی، لا نه دی کارول شوی.
portal-staff-active = لاسرسی له { $date } راهیسې فعال دی.
portal-staff-blocked = لاسرسی بند دی.
portal-staff-last-sign-in = وروستی ننوتل: { $date }
portal-staff-issue = د لاسرسي لیک صادرول
portal-staff-reissue = نوی د لاسرسي لیک صادرول
portal-staff-reissue-warning = بیا به پخوانی د ننوتلو کوډ او PIN نور اعتبار ونه لري.
portal-staff-block = لاسرسی بندول
portal-staff-unblock = لاسرسی بیا خلاصول
portal-staff-letter-print = لیک چاپول
portal-staff-letter-once = د ننوتلو کوډ یوازې اوس ښودل کېږي. له پاڼې د وتلو مخکې لیک چاپ کړئ.
portal-staff-letter-language = لیک په { $language } او الماني
portal-staff-translations-title = د پورټال لپاره ژباړې
portal-staff-translations-intro = هغه متنونه چې تاسو په الماني لیکلي، مراجع یې د «په الماني لیکل شوی» له یادونې سره ویني. دلته تاسو کولی شئ ژباړه ولیکئ.
portal-staff-translations-none = پلان لا د ژباړې لپاره متنونه نه لري.
portal-staff-translation-language = د ژباړې ژبه
portal-staff-translation-save = ژباړه خوندي کول
follow-up-portal-step-done = په پورټال کې د بشپړ شوي په توګه نښه شو
follow-up-portal-consent-revoked = په پورټال کې یو رضایت بېرته واخیستل شو
follow-up-portal-correction = له پورټال څخه د سمون غوښتنه
audit-role-client = پخپله مراجع (پورټال)
field-interpreter-arranged = ژباړونکی نیول شوی

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = شاخصونه
nav-issues = جوړښتي مسایل
nav-groups = کاري ډلې
nav-results = منځمهالې پایلې
coordination-sections = د همغږۍ برخې
audit-action-export = اکسپورټ شو
portal-what-export = ستاسو بنسټیز معلومات د دوسیو په یوه لېست کې (فایل)
clients-export = زما دوسیې د CSV په بڼه ډاونلوډ کول
export-case = د دوسیې شمېره
export-opened-on = د پرانیستلو نېټه
export-review-due = راتلونکې بیا کتنه
export-held-until = محدود تر
error-period-order = د مودې پای د هغې له پیل مخکې دی.
error-period-too-long = مهرباني وکړئ، تر ډېره درې کاله وټاکئ.
error-choose-organisation = مهرباني وکړئ، لږ تر لږه یو سازمان وټاکئ.
figures-title = د پروګرام شاخصونه
figures-intro = ټولې شمېرې یوځای شوې دي. هغه خانې چې له 5 کسانو لږ لري د «< 5» په توګه پټې شوې دي، همدارنګه هغه خانې چې له مخې یې دا شمېرې حسابېدای شي.
figures-filter = موده او انتخاب
figures-from = له
figures-to = تر
figures-organisation = سازمان (د دوسیې مسؤل)
figures-all-organisations = ټول سازمانونه
figures-show = ښودل
figures-period = موده: له { $from } تر { $to }
figures-suppression = «< 5»: له 5 کسانو لږ یا د ساتنې لپاره پټ شوی
figures-csv = جدول د CSV په بڼه ډاونلوډ کول
figures-total = ټول
figures-cases = دوسیې
figures-phase = پړاو
figures-domain = د ژوند برخه
figures-month = میاشت
figures-group = ډله
figures-count = شمېر
figures-cases-by-phase = دوسیې د پړاو له مخې (په دې موده کې پرانیستل شوې)
figures-cases-by-domain = دوسیې د ژوند د برخې او پړاو له مخې
figures-cases-by-domain-note = یوه دوسیه په هره هغه د ژوند برخه کې شمېرل کېږي چې پلان یې پکې هدفونه لري.
figures-trend = میاشتنی بهیر
figures-cases-opened = پرانیستل شوې دوسیې
figures-plans-agreed = موافقه شوي پلانونه
figures-time-to-plan = له لومړي تماس څخه تر موافقه شوي پلان پورې وخت
figures-time-to-plan-note = ورځې د دوسیې له پرانیستلو څخه د پلان تر لومړۍ موافقه شوې نسخې پورې، د هغو پلانونو لپاره چې په دې موده کې پرې موافقه شوې.
figures-median-days = منځنۍ کچه (ورځې)
figures-days-range = له { $from } تر { $to } ورځو
figures-days-more = له { $from } ورځو زیات
figures-steps-on-time = د پلان هغه ګامونه چې په ټاکلي وخت بشپړ شوي
figures-steps-on-time-note = هغه ګامونه چې ټاکلې نېټه یې په دې موده کې ده (تر پرون پورې)، پرته له «نور اړین نه دی».
figures-steps-due = هغه ګامونه چې وخت یې رسېدلی
figures-steps-done-on-time = په ټاکلي وخت بشپړ شوي
figures-steps-not-on-time = په ټاکلي وخت نه دي بشپړ شوي
figures-share-on-time = په ټاکلي وخت د بشپړ شویو سلنه
figures-course-by-type = د ژبې کورسونه: لاسرسی او د انتظار وخت د کورس د ډول له مخې
figures-course-by-provider = د ژبې کورسونه: لاسرسی او د انتظار وخت د کورس د برابروونکي له مخې
figures-course-note = د لاسرسي وخت: د حق له ترلاسه کولو تر کورس پیل پورې. د انتظار وخت: له نوم لیکنې تر کورس پیل پورې؛ د BAMF هدف: تر ډېره 6 اونۍ (42 ورځې). هغه کورسونه چې په دې موده کې پیل شوي.
figures-course-type = د کورس ډول
figures-provider = د کورسونو برابروونکی
figures-provider-unknown = برابروونکی نه دی ثبت شوی
figures-courses-started = د کورسونو پیلونه
figures-median-access = د لاسرسي وخت، منځنۍ کچه (ورځې)
figures-waiting-known = د انتظار وخت معلوم
figures-median-waiting = د انتظار وخت، منځنۍ کچه (ورځې)
figures-share-within-benchmark = تر 6 اونیو پورې سلنه
figures-benchmark = نښه: د BAMF هدف، { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځې
}
figures-referrals-by-partner = ارجاعونه د همکار سازمان له مخې
figures-referrals-note = په دې موده کې لېږل شوي ارجاعونه؛ د ځواب وخت تر منلو یا ردولو پورې.
figures-partner = همکار سازمان
figures-referrals = ارجاعونه
figures-median-response = د ځواب وخت، منځنۍ کچه (ورځې)
figures-interpreters = د لیدنې په وختونو کې شفاهي ژباړه
figures-interpreter = شفاهي ژباړه
figures-appointments = د لیدنې وختونه
figures-interpreter-arranged = برابر شوی
figures-interpreter-not-arranged = نه دی برابر شوی
figures-interpreter-needed = اړتیا (ټول)
figures-closure-reasons = د تړلو لاملونه (په دې موده کې تړل شوې)
figures-closure-reason = د تړلو لامل
figures-reason-other = نه دی ښودل شوی
issues-title = جوړښتي مسایل
issues-intro = تکرارېدونکې ستونزې چې د دوسیو مدیرانو راپور کړې، د ژوند د برخې او ناحیې له مخې یوځای شوې. په دې کې هېڅ شخصي معلومات نشته.
issues-none = لا هېڅ جوړښتي مسئله نه ده راپور شوې.
issues-counted = { $issues ->
    [one] { $issues } راپور
   *[other] { $issues } راپورونه
} · { $cases ->
    [one] { $cases } اغېزمنه دوسیه
   *[other] { $cases } اغېزمنې دوسیې
}
issues-cases-affected = { $count ->
    [one] { $count } اغېزمنه دوسیه
   *[other] { $count } اغېزمنې دوسیې
}
issues-in-group = په کاري ډله کې:
issues-no-groups = لومړی یوه کاري ډله جوړه کړئ:
issues-working-group = کاري ډله
issues-bring-to-group = کاري ډلې ته وړاندې کول
groups-title = کاري ډلې
groups-none = لا هېڅ کاري ډله نشته.
groups-topic = موضوع
groups-measures-count = { $count ->
    [one] { $count } اقدام، چې { $implemented } یې عملي شوی
   *[other] { $count } اقدامونه، چې { $implemented } یې عملي شوي
}
groups-new = نوې کاري ډله
groups-create = کاري ډله جوړول
field-group-name = د کاري ډلې نوم
group-title = کاري ډله
group-members = غړي
group-members-none = لا هېڅ غړی نشته.
field-member-person = نوم
group-member-add = غړی زیاتول
group-issues = وړاندې شوي جوړښتي مسایل
group-issues-none = لا هېڅ جوړښتي مسئله نه ده وړاندې شوې.
group-measures = اقدامونه
group-measures-none = لا هېڅ اقدام نشته.
group-measure-new = نوی اقدام
field-measure-title = اقدام
field-measure-status = حالت
field-status-on = د حالت نېټه
field-due-on = د بشپړولو وروستۍ نېټه
field-measure-issue = اړوند جوړښتي مسئله
measure-no-issue = پرته له ټاکلې موضوع
field-responsible-organisations = مسؤل سازمانونه
field-organisation-1 = سازمان 1
field-organisation-2 = سازمان 2 (اختیاري)
field-organisation-3 = سازمان 3 (اختیاري)
group-measure-add = اقدام ثبتول
measure-history = تاریخچه
measure-new-status = نوی حالت
measure-set-status = حالت بدلول
group-meetings = غونډې او د غونډو یادښتونه
group-meetings-none = لا هېڅ غونډه نشته.
field-held-on = د غونډې نېټه
field-minutes = د غونډې یادښت
group-meeting-add = غونډه ثبتول
measure-status-proposed = وړاندیز شوی
measure-status-under-review = تر کتنې لاندې
measure-status-agreed = موافقه پرې شوې
measure-status-implemented = عملي شوی
measure-status-rejected = رد شوی
results-title = منځمهالې پایلې
results-intro = د کاري ډلو اقدامونه د موضوع له مخې: څومره په کوم حالت کې دي او کوم یو عملي شوي دي.
results-none = لا هېڅ اقدام نشته.
results-by-status = اقدامونه د موضوع او حالت له مخې
results-none-implemented = لا هېڅ اقدام نه دی عملي شوی.
results-implemented-on = د عملي کېدو نېټه
case-tab-issues = جوړښتي مسایل
case-issues-title = له دې دوسیې جوړښتي مسایل
case-issue-new = د جوړښتي مسئلې راپور ورکول
case-issue-hint = یوه تکرارېدونکې ستونزه چې یوازې په دې دوسیې پورې اړه نه لري (د بېلګې په توګه «په Chorweiler کې د ادغام کورسونو پر مهال د ماشومانو ساتنه نشته»). هېڅ نومونه یا نور شخصي معلومات پکې مه لیکئ: راپور د دوسیې له اړیکې پرته همغږۍ ته لېږل کېږي.
field-life-domain = د ژوند برخه
field-issue-description = تشریح
field-cases-affected = څو دوسیې اغېزمنې شوې دي؟
field-organisations-involved = ښکېل سازمانونه
case-issue-flag = د جوړښتي مسئلې راپور ورکول
case-issues-flagged = له دې دوسیې راپور شوي
case-issues-only-you = یوازې تاسو وینئ چې دا راپور له دې دوسیې راغلی دی.
case-issues-none = لا له دې دوسیې هېڅ راپور نه دی ورکړل شوی.
case-issue-waiting = لا هېڅ کاري ډلې ته نه دی سپارل شوی.
results-implemented = پلي شوي
results-agreed = موافقه شوې، د پلي کېدو په حال کې
results-agreed-on = د موافقې نېټه
figures-as-of = حالت: { $time } ({ $minutes ->
    [one] هره دقیقه
   *[other] هر { $minutes } دقیقې
} بیا محاسبه کېږي)

# Issue 22: request hygiene and accounts
error-control-character = متن یو نه لیدونکی کنټرولي توری لري چې نه شي ساتل کېدای. مهرباني وکړئ لرې یې کړئ (د بېلګې په توګه متن بیا ولیکئ).
audit-action-change-password = د پټنوم بدلون
# Issue 22: a client's name in a colleague's search
portal-what-search = ستاسو نوم او د زېږېدو نېټه د یوه لټون په پایله کې
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = د اوسنۍ رضایت سره، د دې شبکې رضاکاران دا ویني:
volunteer-sees-name-phone = د کس لومړی نوم او، کله چې څوک دنده ومني، د هغه د تلیفون شمېره
volunteer-sees-language = د کس غوره ژبه
volunteer-sees-no-language = غوره ژبه نه (رضایت ژبه نه رانغاړي)
volunteer-sees-task = د دندې ډول، نېټه، وخت او ځای
volunteer-sees-notes = «څه له ځانه سره راوړئ» او ستاسو یادونه، تر هغه چې رضایت نوم او اړیکه رانغاړي، او یوازې تر دندې بشپړېدو پورې
volunteer-notes-within-consent = په «څه له ځانه سره راوړئ» او یادونه کې یوازې هغه څه ولیکئ چې رضاکارانو ته د دې دندې لپاره اړین دي او رضایت یې رانغاړي. رضاکاران د کس په اړه بل څه نه ویني.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = ارزونه یوازې هغه وخت ثبتېدای شي چې کس د دوسیې مدیریت ته رضایت ورکړی وي. لومړی پورته رضایت ثبت کړئ.
error-assessment-consent-missing = هېڅ شی خوندي نه شو: ارزونه یوازې هغه وخت ثبتېدای شي چې د دوسیې مدیریت ته د کس رضایت ثبت شوی وي.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = ستاسو برخې
nav-figures-hint = د پروګرام بې‌نومه شوي شاخصونه: دوسیې د پړاو له مخې، تر پلان پورې وخت، د ژبې کورسونو لپاره د انتظار وخت، ارجاعونه.
nav-issues-hint = جوړښتي مسایل چې د دوسیو مدیرانو راپور کړي: کتنه او یوې کاري ډلې ته سپارل.
nav-groups-hint = له همکارو سازمانونو سره کاري ډلې: غړي، غونډې او موافقه شوي اقدامونه.
nav-results-hint = هغه څه چې کاري ډلو موافقه او پلي کړي، د موضوع له مخې.
nav-offers-hint = د همکارو سازمانونو خدمتونه له ځای، نېټو او خالي ځایونو سره.
nav-organisations-hint = د شبکې سازمانونه جوړول او بدلول.
nav-users-hint = کارن حسابونه جوړول، رولونه ټاکل او حسابونه بندول.
nav-catalogues-hint = کتلاګونو ته خپل توکي زیاتول، د هرې ژبې لپاره له یوه متن سره.
nav-audit-hint = چا کله کومو معلوماتو ته لاسرسی درلود، او ایا د لاسرسي ثبت نه دی بدل شوی.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = اړیکه نشته: تاسو هغه څه وینئ چې دې وسیلې په { $time } بجو خوندي کړي وو. کېدای شي له هغه وخت راهیسې څه بدل شوي وي.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = د ساتنې مودې
nav-retention-hint = کوم شخصي معلومات کله ړنګېږي: د هر ډول معلوماتو لپاره یو قاعده، د پیل او مودې سره.
retention-title = د ساتنې مودې
retention-intro = د شخصي معلوماتو هر ډول یوه قاعده لري: موده په یوې پېښې پیلېږي؛ کله چې پای ته ورسېږي، معلومات ړنګېږي یا بې نومه کېږي. پېښه د هر ډول معلوماتو لپاره ټاکل شوې ده، موده تاسو ټاکئ. هر بدلون ثبتېږي.
retention-not-legal-advice = هغه مودې چې له Lotse سره راځي بېلګې دي، حقوقي مشوره نه ده. د خپلې ښاروالۍ د ړنګولو د مفهوم سره سم یې وټاکئ.
retention-col-kind = د معلوماتو ډول
retention-col-start = موده هغه وخت پیلېږي چې
retention-col-period = موده
retention-col-changed = وروستی بدلون
retention-default = د Lotse اصلي ترتیب
retention-col-run = وروستی تطبیق
retention-run = { $date }؛ ړنګ شوي: { $deleted }
retention-run-none = تر اوسه نه دی تطبیق شوی
retention-schedule = Lotse قواعد په ورځ کې یو ځل تطبیقوي او هر ځل ثبتوي: کومه قاعده، څو ریکارډونه، کله. په دې ثبت کې هېڅ شخصي معلومات نشته.
hold-title = د پروسس محدودول
hold-in-force = د دې کس معلومات تر { $until } پورې (په شمول) محدود دي.
hold-effect = تر هغه چې محدودیت روان وي، Lotse د ساتنې د مودو له مخې له دوی څخه هېڅ نه ړنګوي او له شریکانو یا رضاکارانو سره هېڅ نه شریکوي (د معلوماتو د ساتنې د عمومي مقررې ۱۸ ماده او د آلمان د ټولنیز قانون د لسم کتاب ۸۴ ماده).
hold-placed = چا محدود کړی
hold-end = محدودیت پای ته ورسوئ
hold-place = معلومات محدود کړئ (د ړنګولو پر ځای)
hold-hint = د روانې پروسې لپاره، که د دوی سموالی تر پوښتنې لاندې وي، یا که کس یې وغواړي. محدودیت له وروستۍ ورځې وروسته پخپله پای ته رسېږي.
hold-place-submit = محدود کړئ
field-hold-reason = لامل
field-hold-until = وروستۍ ورځ
field-hold-note = یادښت (د بېلګې په توګه د دوسیې شمېره)
hold-badge = تر { $until } پورې محدود
hold-marker = محدود
hold-reason-ongoing-procedure = روانه پروسه
hold-reason-disputed-accuracy = سموالی تر پوښتنې لاندې
hold-reason-client-request = د کس په غوښتنه
error-hold-until-past = وروستۍ ورځ په تېر وخت کې نشي کېدای.
error-hold-until-far = تر ټولو ډېر پنځه کاله؛ وروسته محدودیت بیا ایښودل کېدای شي.
error-hold-exists = د دې کس لپاره لا دمخه یو محدودیت روان دی. د نوي لپاره یې پای ته ورسوئ.
error-client-held = د دې کس معلومات محدود دي: تر هغه چې روان وي، هېڅ نه شریکېږي.
nav-holds = محدودیتونه
nav-holds-hint = د هغو کسانو معلومات چې نه ړنګېږي او له هېچا سره نه شریکېږي: له لامل او وروستۍ ورځې سره.
holds-title = د پروسس محدودیتونه
holds-intro = ټول هغه محدودیتونه چې نن ستاسو د سازمان د کسانو لپاره روان دي. د دوسیو مدیران یې د کس په معلوماتو کې ږدي؛ دلته یو پای ته رسوئ یا د هغه کس لپاره چې په شمېره یې پېژنئ یو ږدئ.
holds-none = اوس هېڅ محدودیت نه دی روان.
holds-col-client = د کس شمېره
holds-col-end = پای
field-client-number = د کس شمېره (له ثبت یا غوښتنلیک څخه)
error-client-number = ستاسو په سازمان کې د دې شمېرې کس نشته.
retention-changed = { $date } د { $name } لخوا؛ مخکې: { $before }
retention-changed-by-unknown = یو ړنګ شوی حساب
field-retention-period = موده
field-retention-unit = واحد
retention-unit-days = ورځې
retention-unit-months = میاشتې
retention-unit-years = کلونه
retention-period-days =
    { $count ->
        [one] { $count } ورځ
       *[other] { $count } ورځې
    }
retention-period-months =
    { $count ->
        [one] { $count } میاشت
       *[other] { $count } میاشتې
    }
retention-period-years =
    { $count ->
        [one] { $count } کال
       *[other] { $count } کاله
    }
error-retention-period = مهرباني وکړئ له صفر څخه لوی بشپړ عدد ولیکئ، تر ۱۰۰ کلونو پورې.
error-retention-unit = مهرباني وکړئ ورځې، میاشتې یا کلونه وټاکئ.
retention-kind-client-record = د شخص اساسي معلومات (نوم، د زېږون نېټه، ژبه)
retention-kind-contact = د اړیکې معلومات او پته
retention-kind-household = د کورنۍ غړي
retention-kind-residence = اقامت او مرستې
retention-kind-health-notes = د روغتیا په اړه یادښتونه
retention-kind-youth-welfare-notes = د ماشومانو او ځوانانو د ملاتړ په اړه یادښتونه
retention-kind-private-notes = شخصي کاري یادښتونه
retention-kind-case = دوسیه او پړاوونه یې
retention-kind-assessment = ارزونه
retention-kind-plan = د پلان نسخې او د ګامونو تاریخچه
retention-kind-appointments = د لیدنې وختونه
retention-kind-consents = رضایتونه
retention-kind-referrals = ارجاعونه او د هغوی پیغامونه
retention-kind-volunteer-tasks = د رضاکارانو دندې او راپورونه
retention-kind-portal-access = پورټال ته لاسرسی او د پورټال ناستې
retention-kind-correction-requests = له پورټال څخه د سمون غوښتنې
retention-kind-structural-issue-links = د جوړښتي مسایلو او دوسیو ترمنځ اړیکې
retention-kind-staff-sessions = د کارکوونکو ناستې او د ننوتو هڅې
retention-kind-audit-log = معلوماتو ته د لاسرسي ثبت
retention-start-case-closed = د شخص وروستۍ دوسیه وتړل شي
retention-start-consent-ended = رضایت بېرته واخیستل شي یا یې موده پای ته ورسېږي
retention-start-referral-closed = ارجاع بشپړه، رد یا بېرته واخیستل شي
retention-start-task-finished = دنده ترسره یا لغوه شي
retention-start-portal-access-ended = پورټال ته لاسرسی پای ته ورسېږي یا بند شي
retention-start-request-answered = غوښتنې ته ځواب ورکړل شي
retention-start-session-ended = ناسته پای ته ورسېږي (وتل یا د مودې پای) یا د ننوتو هڅه وشي
retention-start-entry-written = ثبت ولیکل شي

# Handing over a caseload (administrators)
handover-title = دوسیې سپارل
handover-link = دوسیې سپارل
handover-counts = پرانیستې دوسیې: { $open } · تړل شوې دوسیې: { $closed }
handover-none = دا کس د هېڅ دوسیې مسؤل نه دی.
handover-cases = د دې کس دوسیې
handover-cases-hint = نښه شوې دوسیې هغه همکار ته ورکول کېږي چې تاسو یې لاندې غوره کوئ. که غواړئ دوسیې په څو کسانو ووېشئ، یو په بل پسې یې وسپارئ.
handover-col-hand-over = سپارل
handover-col-case = د دوسیې شمېره
handover-col-opened = د پرانیستلو نېټه
handover-col-updated = وروستی سمون
handover-case-label = د { $case } دوسیه سپارل
handover-to = سپارل ته
handover-colleague = { $name } (پرانیستې دوسیې: { $open })
handover-no-colleague = په دې سازمان کې بل فعال قضیه مدیر نشته. لومړی یو حساب جوړ کړئ.
handover-submit = نښه شوې دوسیې وسپارئ
handover-done = وسپارل شوې. د دوسیو شمېر: { $number }
handover-deactivate-later = کله چې هېڅ پرانیستې دوسیه پاتې نه شي، حساب غیرفعالولی شئ.
handover-deactivate-now = دا کس نور د هېڅ پرانیستې دوسیې مسؤل نه دی. اوس حساب غیرفعالولی شئ.
handover-deactivated = حساب غیرفعال شو.
error-deactivate-open-cases = دا کس لا هم د پرانیستو دوسیو مسؤل دی. لومړی دوسیې وسپارئ («دوسیې سپارل»).
error-handover-colleague = مهرباني وکړئ د همدې سازمان یو فعال قضیه مدیر غوره کړئ.
error-handover-no-case = مهرباني وکړئ لږ تر لږه یوه دوسیه نښه کړئ.
error-handover-changed = په دې منځ کې ځینې دوسیې بدلې شوې دي. پاڼه بیا راپورته کړئ او بیا هڅه وکړئ.
audit-action-handover = وسپارل شو
audit-action-erase = ړنګ شو (د ړنګولو غوښتنه)
audit-action-refuse = رد شو
erasure-title = د معلوماتو ړنګول
erasure-requested-portal = دې کس په { $date } په پورټال کې د خپلو معلوماتو د ړنګولو غوښتنه کړې ده.
erasure-recorded-by = د کس د ړنګولو غوښتنه، د { $name } لخوا په { $date } ثبت شوې.
erasure-refused-on = په { $date } د { $name } لخوا رد شو:
erasure-erased-on = په { $date } د { $name } لخوا ړنګ شو.
erasure-record = د ړنګولو غوښتنه ثبت کړئ
erasure-record-hint = دې کس په خپله یا په لیکلي ډول غوښتي چې معلومات یې ړنګ شي. دا غوښتنه د معلوماتو د ساتنې مسؤل ته هم ښکاري.
erasure-record-submit = غوښتنه ثبت کړئ
erasure-erase-warning = ړنګول د کس معلومات، د هغه دوسیې، پلانونه، رضایتونه، ارجاعونه، دندې او پورټال ته لاسرسی له منځه وړي. دا بېرته نه شي اړول کېدای. د لاسرسي ثبت پاتې کېږي، خو د کس نوم پکې نه راځي؛ د پروګرام شمېرې بې‌نومه پاتې کېږي.
erasure-confirm = ما وڅېړل: د ساتنې هېڅ مکلفیت د ړنګولو مخه نه نیسي.
erasure-erase = اوس ټول معلومات ړنګ کړئ
erasure-refuse = غوښتنه رد کړئ
field-erasure-refusal = د ردولو لامل (کس یې په پورټال کې لولي)
erasure-done = د کس معلومات ړنګ شول.
erasure-requests-title = د ړنګولو غوښتنې
erasure-requests-intro = ستاسو د سازمان د کسانو غوښتنې چې معلومات یې ړنګ شي: له پورټال څخه یا د دوسیو د مدیرانو لخوا ثبت شوې. تاسو دلته پرېکړه کوئ، یا د دوسیې مدیر د کس په معلوماتو کې.
erasure-requests-none = اوس د ړنګولو هېڅ خلاصه غوښتنه نشته.
erasure-requests-decided = وروستۍ پرېکړې
erasure-client-number = کس، شمېره { $number }
erasure-client-erased = ړنګ شوی کس
nav-erasure-requests = د ړنګولو غوښتنې
nav-erasure-requests-hint = د ړنګولو غوښتنې (د معلوماتو د ساتنې د عمومي مقررې ۱۷ ماده): ړنګ یې کړئ، یا یې له لامل سره رد کړئ.
follow-up-portal-erasure = په پورټال کې د معلوماتو د ړنګولو غوښتنه وشوه
error-erasure-confirm = مهرباني وکړئ په خانه کې نښه ولګوئ او تایید کړئ چې د ساتنې هېڅ مکلفیت مخه نه نیسي.
error-erasure-held = د دې کس د معلوماتو پروسس محدود دی. لومړی محدودیت پای ته ورسوئ یا غوښتنه رد کړئ.
error-erasure-decided = د دې غوښتنې په اړه لا دمخه پرېکړه شوې ده.
portal-erasure-title = زما معلومات دې ړنګ شي
portal-erasure-intro = تاسو غوښتنه کولی شئ چې ستاسو ټول معلومات ړنګ شي. ستاسو د دوسیې مدیر او د معلوماتو د ساتنې مسؤل په دې اړه پرېکړه کوي. کله چې ستاسو معلومات ړنګ شي، ستاسو پلان به نور نه وي او تاسو به نور دلته ننوتلی نه شئ.
portal-erasure-ask = د ړنګولو غوښتنه وکړئ
portal-erasure-sent = ستاسو غوښتنه ولېږل شوه.
portal-erasure-open = تاسو په { $date } د ړنګولو غوښتنه کړې ده. پرېکړه لا نه ده شوې.
portal-erasure-refused = ستاسو د ړنګولو غوښتنه په { $date } رد شوه. لامل:
portal-erasure-refusal-still-needed = ستاسو معلومات لا هم ستاسو د روانې دوسیې لپاره اړین دي.
portal-erasure-refusal-legal-duty = یو قانون له موږ غواړي چې دا معلومات لا څه موده وساتو.
portal-erasure-refusal-legal-claims = دا معلومات د یوې حقوقي پروسې لپاره اړین دي.

## Merging two records of one person
merge-section-title = دوه ځله ثبت شوی؟
merge-section-hint = که یو کس دوه ځله ثبت شوی وي، د بېلګې په توګه په بېلابېلو لیکدودونو، دواړه د مراجع دوسیې یوځای کړئ.
merge-find = د مراجع تکراري دوسیه لټول او یوځای کول
merge-merged-from = د مراجع دوسیه، شمېره { $number } ({ $name })، په { $date } د { $by } لخوا له دې دوسیې سره یوځای شوه.
merge-taken = له هغې اخیستل شوي: { $parts }.
merge-part-name = نوم
merge-part-latin = نوم په لاتیني لیک
merge-part-birth = د زېږېدو نېټه
merge-part-language = غوره ژبه
merge-part-interpreter = شفاهي ژباړه
merge-part-phone = تلیفون
merge-part-email = برېښنالیک
merge-part-address = پته او ناحیه
merge-part-residence = اقامت او مرستې
merge-title = د مراجع دوسیې یوځای کول
merge-back = د مراجع دوسیې ته بېرته
merge-intro = کېدای شي دا د مراجع دوسیې د یوه کس وي. د پرتلې لپاره یوه وټاکئ یا بل نوم ولټوئ.
merge-search-label = نوم
merge-search = لټون
merge-none-found = په دې نوم بله د مراجع دوسیه ونه موندل شوه.
merge-candidates = د مراجع دوسیې چې کېدای شي تکراري وي
merge-col-number = شمېره
merge-compare = پرتله کول
merge-count-cases = دوسیې
merge-count-household = د کورنۍ غړي
merge-count-consents = رضایتونه
merge-count-referrals = ارجاعونه
merge-side-portal = پورټال ته لاسرسی
merge-record = د مراجع دوسیه، شمېره { $number }
merge-compare-intro = وټاکئ چې کومه د مراجع دوسیه پاتې کېږي او د هر معلومات لپاره کوم ارزښت اعتبار لري. هر هغه څه چې له بلې دوسیې سره تړلي دي، پاتې کېدونکې دوسیې ته لېږدول کېږي.
merge-keep = دا دوسیه پاتې کېږي
merge-parts-hint = کوم ارزښت اعتبار لري؟
merge-parts-same = هغه معلومات چې په دواړو دوسیو کې یو شان دي، نه ښودل کېږي.
merge-warning = بله د مراجع دوسیه لرې کېږي. د هغې دوسیې له خپلو پلانونو سره، د کورنۍ غړي، یادښتونه، رضایتونه، ارجاعونه، دندې او د لاسرسي په ثبت کې درج شوي توکي پاتې کېدونکې دوسیې ته لېږدول کېږي. د هغې له لارې پورټال ته لاسرسی پای ته رسېږي؛ که اړتیا وي، کس نوی د لاسرسي لیک ترلاسه کوي. دا بېرته نه شي اړول کېدای.
merge-submit = د مراجع دوسیې یوځای کول
merge-done = د مراجع دوسیې یوځای شوې.
error-merge-same = د مراجع دوسیه له ځان سره نه شي یوځای کېدای.
error-merge-changed = په دې منځ کې له دوو دوسیو څخه یوه بدله شوې ده. مهرباني وکړئ، بیا یې پرتله کړئ.
error-merge-held = له دوو دوسیو څخه پر یوې د پروسس محدودیت روان دی. لومړی محدودیت پای ته ورسوئ.
audit-action-merge = یوځای شو

## Sign-in security: second factor, sessions (issue 18)
account-password-title = پټنوم
second-factor-title = دوهم عامل
second-factor-app-since = تاسو د پټنوم او د تصدیق اپلیکېشن سره ننوځئ (په { $date } تنظیم شوی).
second-factor-none = تاسو یوازې د خپل پټنوم سره ننوځئ. که څوک ستاسو پټنوم پیدا کړي، دوهم عامل ستاسو حساب ساتي.
second-factor-required-here = ستاسو سازمان دوهم عامل غواړي.
second-factor-begin = د تصدیق اپلیکېشن تنظیمول
second-factor-new-phone = په نوي تلیفون کې د تصدیق اپلیکېشن تنظیمول
second-factor-scan = دا QR کوډ د خپل تصدیق اپلیکېشن سره سکین کړئ.
second-factor-qr-label = د تصدیق اپلیکېشن لپاره QR کوډ
second-factor-type-secret = یا دا کیلي په اپلیکېشن کې ولیکئ:
second-factor-app-code = له اپلیکېشن څخه شپږ رقمي کوډ
second-factor-confirm = تایید
second-factor-cancel = تنظیمول لغوه کول
second-factor-app-set-up = د تصدیق اپلیکېشن تنظیم شو. اوس د بیا رغونې کوډونه جوړ کړئ، د هغه وخت لپاره چې تلیفون مو له ځان سره نه وي.
second-factor-app-removed = دوهم عامل لرې شو.
second-factor-remove = دوهم عامل لرې کول
second-factor-remove-hint = له دې وروسته به یوازې د خپل پټنوم سره ننوځئ. د خپل اوسني پټنوم سره یې تایید کړئ.
recovery-codes-title = د بیا رغونې کوډونه
recovery-codes-left = { $count ->
    [0] تاسو هېڅ نه کارول شوی د بیا رغونې کوډ نه لرئ.
    [one] تاسو لا یو نه کارول شوی د بیا رغونې کوډ لرئ.
   *[other] تاسو لا { $count } نه کارول شوي د بیا رغونې کوډونه لرئ.
}
recovery-codes-hint = د بیا رغونې کوډ سره هغه وخت ننوځئ چې تلیفون مو له ځان سره نه وي. هر کوډ یوازې یو ځل کار کوي.
recovery-codes-create = د بیا رغونې نوي کوډونه جوړول
recovery-codes-once = دا کوډونه همدا اوس ولیکئ یا یې چاپ کړئ، او په خوندي ځای کې یې وساتئ. دوی یوازې همدا یو ځل ښودل کېږي. پخواني کوډونه نور اعتبار نه لري.
sessions-title = ستاسو ناستې
sessions-intro = دلته لیدلی شئ چې چېرته ننوتي یاست. هغه ناستې چې نه یې پېژنئ پای ته ورسوئ، بیا خپل پټنوم بدل کړئ.
sessions-browser-unknown = نامعلوم براوزر
sessions-browser-on = { $browser } په { $system } کې
sessions-details = ننوتل: { $started } · وروستی فعالیت: { $seen }
sessions-this-one = همدا ناسته
sessions-end = ناسته پای ته رسول
sessions-end-others = نورې ټولې ناستې پای ته رسول
sessions-ended-one = ناسته پای ته ورسېده.
sessions-ended-others = نورې ټولې ناستې پای ته ورسېدې.
sign-in-method-password = د پټنوم سره ننوتل
sign-in-method-password-and-app = د پټنوم او د تصدیق اپلیکېشن سره ننوتل
sign-in-method-password-and-recovery-code = د پټنوم او د بیا رغونې کوډ سره ننوتل
second-factor-sign-in-title = د ننوتلو تایید
second-factor-sign-in-intro = هغه کوډ ولیکئ چې ستاسو د تصدیق اپلیکېشن یې اوس ښيي.
second-factor-code = کوډ
second-factor-code-hint = بې له تلیفونه: د خپلو بیا رغونې کوډونو څخه یو ولیکئ.
second-factor-set-up-title = د دوهم عامل تنظیمول
second-factor-set-up-intro = ستاسو سازمان د ننوتلو پر مهال دوهم عامل غواړي. د تصدیق اپلیکېشن تنظیم کړئ، د بېلګې په توګه په خپل دفتري تلیفون کې. له هغې وروسته دوام ورکولی شئ.
error-second-factor-not-started = لومړی د تصدیق اپلیکېشن تنظیمول پیل کړئ.
error-second-factor-code-wrong = کوډ سم نه دی. هغه کوډ ولیکئ چې اپلیکېشن یې اوس ښيي.
error-second-factor-not-set-up = لومړی د تصدیق اپلیکېشن تنظیم کړئ.
error-second-factor-required-by-organisation = ستاسو سازمان دوهم عامل غواړي. تاسو یې نه شئ لرې کولی.
nav-second-factors = دوهم عامل
nav-second-factors-hint = لیدل چې څوک د دوهم عامل سره ننوځي؛ د هر سازمان لپاره یې غوښتل؛ یې بیا تنظیمول.
second-factors-title = د ننوتلو پر مهال دوهم عامل
second-factors-intro = د هر سازمان لپاره: آیا دوهم عامل غواړي او چا تنظیم کړی دی. څوک چې یې نه لري، په راتلونکي ننوتلو کې به یې تنظیم کړي، کله چې یې سازمان دا وغواړي.
second-factors-required = دوهم عامل غوښتل کېږي
second-factors-optional = دوهم عامل اختیاري دی
second-factors-require = غوښتل
second-factors-waive = نور نه غوښتل
second-factors-without = { $count ->
    [0] ټول فعال حسابونه دوهم عامل لري.
    [one] یو فعال حساب دوهم عامل نه لري.
   *[other] { $count } فعال حسابونه دوهم عامل نه لري.
}
second-factors-app = د تصدیق اپلیکېشن
second-factors-recovery-codes = د بیا رغونې کوډونه
second-factors-actions = کړنې
second-factors-yes = تنظیم شوی
second-factors-none = هېڅ
second-factors-reset = بیا تنظیمول
second-factors-reset-for = د { $name } دوهم عامل بیا تنظیمول
second-factors-reset-done = دوهم عامل بیا تنظیم شو. د حساب ناستې پای ته ورسېدې.
audit-action-set-up-second-factor = دوهم عامل تنظیم شو
audit-action-remove-second-factor = دوهم عامل لرې شو
audit-action-new-recovery-codes = د بیا رغونې نوي کوډونه
audit-action-reset-second-factor = دوهم عامل بیا تنظیم شو
audit-action-require-second-factor = دوهم عامل وغوښتل شو
audit-action-waive-second-factor = دوهم عامل نور نه غوښتل کېږي

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = د سازمان د تصدیق خدمت له لارې ننوتل
error-sign-in-through-provider = ستاسو سازمان د خپل تصدیق خدمت له لارې ننوځي. مهرباني وکړئ، لاندې خپل سازمان وټاکئ.
error-provider-issuer = مهرباني وکړئ، د تصدیق خدمت پته ولیکئ چې په https:// پیل شي.
error-provider-unreachable = په دې پته هېڅ OpenID Connect د تصدیق خدمت ځواب نه ورکوي. مهرباني وکړئ، پته وګورئ.
sign-in-provider-title = د خپل سازمان د حساب سره ننوتل
sign-in-provider-link = د { $organisation } له لارې ننوتل
sign-in-provider-not-configured = د دې سازمان لپاره د تصدیق خدمت له لارې ننوتل نه دي تنظیم شوي.
sign-in-provider-unreachable = اوس د تصدیق خدمت ته لاسرسی نشته. مهرباني وکړئ، وروسته بیا هڅه وکړئ.
sign-in-provider-cancelled = د تصدیق په خدمت کې ننوتل لغوه شول.
sign-in-provider-failed = ننوتل تایید نه شول. مهرباني وکړئ، بیا له سره پیل وکړئ.
sign-in-provider-no-account = په Lotse کې ستاسو لپاره حساب نشته. مهرباني وکړئ، له ادارې سره اړیکه ونیسئ.
sign-in-provider-unverified = د تصدیق خدمت ستاسو برېښنالیک پته نه تاییدوي. مهرباني وکړئ، له ادارې سره اړیکه ونیسئ.
sign-in-provider-deactivated = ستاسو حساب غیرفعال دی. مهرباني وکړئ، له ادارې سره اړیکه ونیسئ.
sign-in-provider-signed-out = تاسو له Lotse څخه ووتلئ. کېدای شي لا هم د { $organisation } د تصدیق په خدمت کې ننوتي یاست.
sign-in-provider-sign-out = د تصدیق له خدمت څخه هم وتل
nav-sign-in-providers = د تصدیق خدمتونه
nav-sign-in-providers-hint = د یو سازمان د تصدیق خدمت له لارې د ننوتلو تنظیمول (single sign-on).
providers-title = د تصدیق خدمتونه (single sign-on)
providers-intro = د هر سازمان لپاره: آیا د هغه کارکوونکي د OpenID Connect د تصدیق خدمت له لارې ننوځي، لکه د ښاروالۍ خدمت؟ حسابونه لا هم تاسو پخپله جوړوئ. په لومړي ننوتلو کې حساب د تایید شوې برېښنالیک پتې له لارې تړل کېږي. اداره کوونکي لا هم د پټنوم سره ننوځي.
providers-return-address = د تصدیق په خدمت کې د ثبت لپاره د بېرته راستنېدو پته:
providers-saved = د تصدیق خدمت خوندي شو.
providers-removed = د تصدیق خدمت لرې شو. کارکوونکي بیا د پټنوم سره ننوځي.
providers-none = د تصدیق خدمت نشته: د پټنوم سره ننوتل.
providers-disabled = د تصدیق خدمت تنظیم شوی خو بند دی: د پټنوم سره ننوتل.
providers-in-use = { $count ->
    [one] د تصدیق خدمت له لارې ننوتل. { $count } حساب تړل شوی دی.
   *[other] د تصدیق خدمت له لارې ننوتل. { $count } حسابونه تړل شوي دي.
}
providers-offers-sign-out = د تصدیق خدمت د وتلو امکان وړاندې کوي؛ Lotse یې له وتلو وروسته ښيي.
providers-issuer = پته (issuer)
providers-issuer-hint = Lotse هلته /.well-known/openid-configuration لولي.
providers-client-id = Client ID
providers-client-secret = د کلاینټ پټه کیلي
providers-client-secret-hint = د تصدیق خدمت له خوا ورکول کېږي.
providers-client-secret-keep = د خوندي شوې پټې کیلي د ساتلو لپاره یې خالي پرېږدئ.
providers-subject-claim = هغه ځانګړنه چې یو کس په ګوته کوي (claim)
providers-subject-claim-hint = معمولاً «sub». یوازې هغه وخت یې بدل کړئ چې د ښاروالۍ د معلوماتي ټکنالوجۍ څانګه یې ووایي.
providers-enabled = د دې خدمت له لارې ننوتل فعالول
providers-save = خوندي کول
providers-remove = د تصدیق خدمت لرې کول
audit-action-configure-sign-in-provider = د تصدیق خدمت تنظیم شو
audit-action-remove-sign-in-provider = د تصدیق خدمت لرې شو
providers-settings = د تصدیق خدمت جوړول یا بدلول
account-through-provider = تاسو د خپل سازمان د تصدیق خدمت له لارې ننوځئ. ستاسو سازمان هلته ستاسو پټنوم او دوهم عامل اداره کوي.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = Passkeys
passkeys-intro = Passkey (د ننوتلو کیلي) ستاسو ننوتل په دې وسیله تاییدوي: ستاسو د ګوتې نښې، مخ، د وسیلې PIN یا امنیتي کیلي سره. دا د اپلیکېشن د کوډ ځای نیسي.
passkeys-none = تاسو تر اوسه Passkey نه لرئ.
passkey-details = په { $added } زیات شوی. وروستی ځل کارول شوی: { $used }
passkey-never-used = هېڅکله
passkey-remove = لرې کول
passkey-remove-named = د Passkey { $name } لرې کول
passkey-name = د Passkey نوم
passkey-name-hint = د دې لپاره چې تاسو یې وپېژنئ، د بېلګې په توګه «په دفتر کې لپټاپ» یا «امنیتي کیلي».
passkey-add = Passkey زیاتول
passkey-waiting = ستاسو وسیله اوس Passkey غواړي.
passkey-sign-in = د Passkey سره ننوتل
passkey-sign-in-intro = ننوتل د خپل Passkey سره تایید کړئ.
passkey-or-code = یا یو کوډ ولیکئ:
passkey-set-up-intro = یا که دا وسیله د ګوتې نښه، د مخ پېژندنه یا امنیتي کیلي لري، یو Passkey زیات کړئ:
passkey-unsupported = دا براوزر Passkeys نشي کارولی. یو نوی براوزر یا د تصدیق اپلیکېشن وکاروئ.
passkey-cancelled = Passkey ونه کارول شو (لغوه شو یا وخت پای ته ورسېد). بیا هڅه وکړئ.
passkey-known = په دې وسیله کې دمخه ستاسو د حساب لپاره Passkey شته.
passkey-elsewhere = Passkeys یوازې په { $address } پته کار کوي.
passkey-elsewhere-link = Lotse په دې پته پرانیستل
passkey-added = Passkey زیات شو. که تر اوسه د بیا رغونې کوډونه نه لرئ، هغه جوړ کړئ.
passkey-removed = Passkey لرې شو.
error-passkey-failed = Passkey تایید نشو. بیا هڅه وکړئ.
error-passkey-expired = د غوښتنې وخت پای ته ورسېد. بیا هڅه وکړئ.
error-passkey-none = ستاسو د حساب لپاره هېڅ Passkey نشته.
error-passkey-name-required = Passkey ته یو نوم ورکړئ.
error-passkey-name-too-long = نوم تر ډېره ۶۰ توري کېدای شي.
sign-in-method-password-and-passkey = د پټنوم او Passkey سره ننوتل
second-factors-passkeys = Passkeys
audit-action-add-passkey = Passkey زیات شو
audit-action-remove-passkey = Passkey لرې شو
second-factor-remove-app = د تصدیق اپلیکېشن لرې کول
second-factor-remove-app-hint = ستاسو Passkeys او د بیا رغونې کوډونه پاتې کېږي؛ تاسو به لا هم د هغوی سره خپل ننوتل تاییدوئ. د خپل اوسني پټنوم سره یې تایید کړئ.
second-factor-app-only-removed = د تصدیق اپلیکېشن لرې شو. ستاسو Passkeys پاتې کېږي.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = وتونکي برېښنالیکونه
nav-outbox-hint = Lotse کوم برېښنالیکونه لیکلي، کوم لېږل شوي او کوم نه دي لېږل شوي.
outbox-title = وتونکي برېښنالیکونه
outbox-intro = هر برېښنالیک چې Lotse یې لیکي، لومړی دلته ښکاري. په برېښنالیکونو کې د مراجعینو هېڅ معلومات نشته، یوازې Lotse ته یو لینک.
outbox-smtp-configured = یو برېښنالیک سرور برابر شوی دی: په انتظار کې برېښنالیکونه په څو ثانیو کې لېږل کېږي. که یوه هڅه ناکامه شي، Lotse وروسته بیا هڅه کوي.
outbox-no-smtp = هېڅ برېښنالیک سرور نه دی برابر شوی (LOTSE_SMTP_URL): برېښنالیکونه نه لېږل کېږي. دوی دلته پاتې کېږي او لوستل کېدای شي.
outbox-counts = په انتظار کې: { $waiting } · لېږل شوي: { $sent } · ناکام: { $failed }
outbox-empty = لا تر اوسه هېڅ برېښنالیک نشته.
outbox-to = ترلاسه کوونکی
outbox-written = د لیکلو وخت
outbox-state = حالت
outbox-state-waiting = د لېږلو په انتظار
outbox-state-sent = په { $time } لېږل شوی
outbox-state-failed = له { $attempts } هڅو وروسته ناکام شو
outbox-state-retrying = { $attempts } هڅې ناکامې شوې، بله هڅه په { $time }
outbox-last-error = د برېښنالیک سرور ځواب
outbox-read = برېښنالیک لوستل
mail-settings-title = برېښنالیکي خبرتیاوې
mail-settings-intro = کله چې یو څه تاسو پورې اړه ولري، Lotse تاسو ته په { $email } برېښنالیک لیکي. په برېښنالیکونو کې د مراجعینو هېڅ معلومات نشته، یوازې یو لینک. د هر ډول لپاره وټاکئ: سمدستي، ورځ کې یو ځل راټول شوي، یا هېڅکله.
mail-settings-language = د برېښنالیکونو ژبه
mail-settings-save = ترتیبات خوندي کول
mail-settings-saved = د برېښنالیک ترتیبات خوندي شول.
notify-kind-new-referral = ستاسو سازمان ته نوی ارجاع
notify-kind-referral-overdue = ارجاع چې د ځواب موده یې تېره شوې
notify-kind-correction-requested = مراجع د سمون غوښتنه کوي
notify-kind-consent-revoked = مراجع یو رضایت بېرته اخیستی دی
notify-kind-volunteer-problem = رضاکار یوه ستونزه راپوروي
delivery-now = سمدستي
delivery-daily = ورځنی لنډیز
delivery-never = هېڅکله
mail-new-referral-subject = { $organisation } ته نوی ارجاع
mail-new-referral-body = د { $organisation } لپاره په Lotse کې یو نوی ارجاع راغلی دی. مهرباني وکړئ د ځواب د مودې تر پایه ځواب ورکړئ:
    { $link }
mail-referral-overdue-subject = یو ارجاع د ځواب د مودې له پای وروسته لا هم په انتظار کې دی
mail-referral-overdue-body = د یو ارجاع د ځواب موده تېره شوې او لا تر اوسه ځواب نه دی ورکړل شوی:
    { $link }
mail-correction-requested-subject = د سمون غوښتنه
mail-correction-requested-body = ستاسو د دوسیو یو مراجع په پورټال کې د سمون غوښتنه کوي. غوښتنه په Lotse کې مومئ:
    { $link }
mail-consent-revoked-subject = یو رضایت بېرته واخیستل شو
mail-consent-revoked-body = ستاسو د دوسیو یو مراجع په پورټال کې یو رضایت بېرته اخیستی دی. نور معلومات په Lotse کې:
    { $link }
mail-volunteer-problem-subject = یو رضاکار یوه ستونزه راپوروي
mail-volunteer-problem-body = ستاسو په یوه دوسیه کې د یوې دندې په اړه ستونزه راپور شوې ده. نور معلومات په Lotse کې:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [one] { $count } نوی خبر
       *[other] { $count } نوي خبرونه
    }
mail-digest-intro = { $count ->
        [one] له وروستي لنډیز راهیسې ستاسو لپاره { $count } نوی خبر دی:
       *[other] له وروستي لنډیز راهیسې ستاسو لپاره { $count } نوي خبرونه دي:
    }
mail-footer = په دې برېښنالیک کې د مراجعینو هېڅ معلومات نشته. کوم برېښنالیکونه چې ترلاسه کوئ، په «زما حساب» کې یې ټاکئ: { $settings }

external-title = ستاسو سازمان ته ارجاع
external-tagline = د همکارو سازمانونو لپاره ارجاع
external-gone = له دې لینک څخه (نور) څه نه ښکاري: یا یې وخت پای ته رسېدلی، یا بېرته اخیستل شوی، یا ارجاع بشپړ شوی دی. مهرباني وکړئ له هغه کس سره اړیکه ونیسئ چې تاسو ته یې ارجاع لېږلی دی.
external-for = ترلاسه کوونکی: { $organisation }
external-code-intro = د معلوماتو د ساتنې لپاره، دا لینک تر هغه وخته څه نه ښيي چې تاسو یو ځلي کوډ ونه لیکئ. موږ دا کوډ په دوهم برېښنالیک کې ستاسو پتې ته لېږو.
external-send-code = کوډ په برېښنالیک لېږل
external-send-code-again = نوی کوډ لېږل
external-code-sent = کوډ په لاره دی. دا کوډ 15 دقیقې اعتبار لري.
external-code = له برېښنالیک څخه یو ځلي کوډ
external-open = ارجاع پرانیستل
external-referral-title = ارجاع
external-audited = د دې پاڼې هر ځل پرانیستل ثبتېږي. هغه کس چې ارجاع شوی، لیدلی شي چې ستاسو سازمان کله د هغه معلومات کتلي دي.
external-link-title = د همکار سازمان لپاره لینک
external-link-explained = دا سازمان په Lotse کې حساب نه لري. د دې سازمان د اړیکې کس په برېښنالیک کې یو لینک ترلاسه کړی او هغه د یو ځلي کوډ په مرسته پرانیزي.
external-contact = د اړیکې کس
external-link-state = لینک
external-link-active = معتبر
external-link-expired = وخت یې پای ته رسېدلی
external-link-withdrawn = بېرته اخیستل شوی
external-link-until = معتبر تر
external-link-last-viewed = وروستی ځل پرانیستل شوی
external-link-never-viewed = تر اوسه نه دی پرانیستل شوی
external-link-renew = 14 ورځې اوږدول
external-link-withdraw = لینک بېرته اخیستل
external-link-renewed = لینک بیا د 14 ورځو لپاره معتبر دی.
external-link-withdrawn-done = لینک بېرته واخیستل شو. له همدې اوسه نور څه نه ښيي.
organisations-external-contact = د اړیکې کس (پرته له حسابه)
organisations-has-accounts = په Lotse کې له حسابونو سره
organisations-external-new = پرته له حسابونو همکار سازمان جوړول
organisations-external-explained = د هغو همکارانو لپاره چې په Lotse کې کار نه کوي (د بېلګې په توګه صنفي خونې یا کوچنۍ ټولنې): ارجاعات د اړیکې کس ته د لینک په توګه په برېښنالیک کې ځي.
organisations-contact-name = د اړیکې کس نوم
organisations-contact-email = د اړیکې کس برېښنالیک پته
organisations-contact-language = د برېښنالیکونو ژبه
organisations-external-create = همکار سازمان جوړول
organisations-external-created = همکار سازمان جوړ شو.
error-external-no-contact = دا سازمان د ارجاعاتو لپاره د اړیکې کس نه لري.
error-external-link-gone = دا لینک نور څه نه ښيي. مهرباني وکړئ له هغه کس سره اړیکه ونیسئ چې تاسو ته یې ارجاع لېږلی دی.
error-external-code-again = ستاسو د ننوتلو وخت پای ته ورسېد. مهرباني وکړئ نوی کوډ وغواړئ او ویې لیکئ.
error-external-code-limit = په تېر یو ساعت کې ډېر زیات کوډونه لېږل شوي دي. مهرباني وکړئ وروسته بیا هڅه وکړئ.
error-external-code-expired = دا کوډ نور معتبر نه دی. مهرباني وکړئ نوی کوډ وغواړئ.
error-external-code-wrong = کوډ سم نه دی. مهرباني وکړئ هغه وګورئ.
error-external-no-link = دا ارجاع معتبر لینک نه لري.
mail-external-referral-subject = له { $sender } څخه نوی ارجاع
mail-external-referral-body = { $sender } ستاسو سازمان ته د ښاروالۍ په کچه د ادغام د مدیریت په چوکاټ کې یو ارجاع لېږلی دی. د معلوماتو د ساتنې لپاره په دې برېښنالیک کې د کس په اړه هېڅ نه دي لیکل شوي. ارجاع دلته مومئ:
    { $link }
    د پرانیستلو پر مهال به له تاسو څخه یو ځلي کوډ وغواړو چې په دوهم برېښنالیک کې یې تاسو ته لېږو. لینک تر { $expires } پورې معتبر دی.
mail-external-code-subject = د Lotse لپاره ستاسو یو ځلي کوډ
mail-external-code-body = ستاسو یو ځلي کوډ: { $code }
    دا کوډ 15 دقیقې اعتبار لري. که تاسو کوډ نه وي غوښتی، دا برېښنالیک ړنګولی شئ.
portal-reminders-title = په برېښنالیک یادونه
portal-reminders-explained = د لیدنې له وخت څخه یوه ورځ مخکې تاسو ته یو برېښنالیک د نېټې او وخت سره لېږو. نور پکې هېڅ نشته. جزئیات دلته په پورټال کې وینئ.
portal-reminders-to = ترلاسه کوونکی: { $email }
portal-reminders-no-email = ستاسو لپاره هېڅ برېښنالیک پته نه ده ثبت شوې. ستاسو د دوسیې مدیر کولی شي هغه ثبت کړي.
portal-reminders-on = هو، یادونه غواړم
portal-reminders-off = نورې یادونې نه غواړم
portal-reminders-are-on = تاسو په برېښنالیک یادونې ترلاسه کوئ.
portal-reminders-are-off = تاسو په برېښنالیک یادونې نه ترلاسه کوئ.
mail-appointment-reminder-subject = یادونه: سبا تاسو د لیدنې وخت لرئ
mail-appointment-reminder-body = سبا، { $date }، په { $time } بجو تاسو د لیدنې وخت لرئ. جزئیات په پورټال کې مومئ:
    { $link }
mail-appointment-reminder-body-day = سبا، { $date }، تاسو د لیدنې وخت لرئ. جزئیات په پورټال کې مومئ:
    { $link }
mail-appointment-reminder-footer = تاسو دا یادونه ځکه ترلاسه کوئ چې په پورټال کې مو فعاله کړې ده. هلته یې بېرته بندولی هم شئ.
