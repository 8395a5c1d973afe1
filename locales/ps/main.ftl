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
start-more-soon = نورې برخې به په راتلونکو نسخو کې زیاتې شي.

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
error-throttled = د ننوتلو ډېرې ناکامې هڅې شوې دي. مهرباني وکړئ، { $minutes } دقیقې وروسته بیا هڅه وکړئ.
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
plan-agree-hint = پلان له مراجع سره خبرې کېږي او موافقه پرې کېږي. وروسته بدلونونه نوې نسخه پیلوي.
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

goal-status-open = خلاص
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
