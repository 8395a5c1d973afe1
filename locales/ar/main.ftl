# Lotse – النصوص العربية (مترجمة من الألمانية؛ لكل لغة المفاتيح نفسها).

app-tagline = الإدارة البلدية للاندماج
skip-to-content = الانتقال إلى المحتوى
language-label = اللغة
demo-marker = نسخة تجريبية – لا توجد بيانات حقيقية
nav-label = التنقل الرئيسي
nav-start = الرئيسية
nav-organisations = المنظمات
nav-users = حسابات المستخدمين
nav-account = حسابي
sign-out = تسجيل الخروج
signed-out-notice = لم يتم تسجيل دخولك.
sign-in-link = الانتقال إلى تسجيل الدخول

## تسجيل الدخول
sign-in-title = تسجيل الدخول
sign-in-submit = تسجيل الدخول
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
demo-accounts-title = الحسابات التجريبية
demo-accounts-password = كلمة المرور لجميع الحسابات التجريبية هي

## الصفحة الرئيسية
start-title = الرئيسية
start-greeting = مرحبًا، { $name }!
start-intro-administrator = مهمتك إدارة المنظمات وحسابات المستخدمين والأدوار.
start-intro-case-manager = مهمتك مرافقة عملائك في إدارة الحالات – من المقابلة الأولى حتى خطة الاندماج.
start-intro-coordinator = يمكنك الاطلاع على مؤشرات مجهولة الهوية ومرافقة مجموعات العمل.
start-intro-partner-staff = يمكنك الاطلاع على الإحالات إلى منظمتك، وفقط على البيانات التي وافق العميل أو العميلة على مشاركتها.
start-intro-volunteer = يمكنك الاطلاع على المهام المسندة إليك.
start-intro-data-protection-officer = مهمتك التحقق ممن اطّلع على أي بيانات ومتى.
start-more-soon = ستُضاف أقسام أخرى في الإصدارات القادمة.

## الأدوار
role-administrator = الإدارة
role-case-manager = إدارة الحالات
role-coordinator = التنسيق
role-partner-staff = منظمة شريكة
role-volunteer = العمل التطوعي
role-data-protection-officer = حماية البيانات

## أنواع المنظمات
org-type-city-office = مكتب بلدي
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = وكالة التوظيف
org-type-chamber = غرفة (IHK/HWK)
org-type-welfare-organisation = جمعية رعاية اجتماعية
org-type-course-provider = جهة مقدمة للدورات
org-type-volunteer-network = شبكة متطوعين
org-type-health-service = خدمة صحية

## المنظمات
organisations-title = المنظمات
organisations-new = منظمة جديدة
organisations-create = إنشاء منظمة
field-organisation-name = الاسم
field-organisation-type = نوع المنظمة
choose-option = يُرجى الاختيار

## حسابات المستخدمين
users-title = حسابات المستخدمين
users-new = حساب مستخدم جديد
users-create = إنشاء حساب مستخدم
users-created = تم إنشاء حساب المستخدم.
users-last-sign-in = آخر تسجيل دخول
users-never = لم يحدث بعد
users-status = الحالة
users-active = نشط
users-inactive = معطَّل
users-activate = تفعيل
users-deactivate = تعطيل
field-display-name = الاسم
field-organisation = المنظمة
field-role = الدور
field-initial-password = كلمة المرور الأولية
pager-label = الصفحات
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية

## حسابي
account-title = حسابي
account-change-password = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور الخاصة بك، وتم إنهاء جلسات تسجيل الدخول الأخرى.
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-confirm-password = تأكيد كلمة المرور الجديدة
password-rule = 10 أحرف على الأقل.

## الصفحة غير موجودة
not-found-title = الصفحة غير موجودة
not-found-home = الانتقال إلى الصفحة الرئيسية

## رسائل الخطأ
error-unauthenticated = يُرجى تسجيل الدخول.
error-forbidden = ليست لديك صلاحية للقيام بذلك.
error-invalid-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
error-throttled = عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
error-not-found = لم يتم العثور على السجل.
error-bad-request = كان الطلب غير صالح. يُرجى إعادة تحميل الصفحة.
error-internal = حدث خطأ داخلي. يُرجى إبلاغ فريق الدعم بالمعرّف { $request_id }.
error-required = يُرجى ملء هذا الحقل.
error-too-long = هذا النص طويل جدًا.
error-choose-option = يُرجى اختيار أحد الخيارات.
error-email-invalid = يُرجى إدخال عنوان بريد إلكتروني صالح.
error-email-taken = يوجد بالفعل حساب مستخدم بعنوان البريد الإلكتروني هذا.
error-organisation-exists = توجد بالفعل منظمة بهذا الاسم.
error-password-too-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
error-passwords-differ = كلمتا المرور غير متطابقتين.
error-current-password-wrong = كلمة المرور الحالية غير صحيحة.
error-own-account = لا يمكنك تعديل حسابك الخاص هنا.
error-name-required = يرجى إدخال اسم واحد على الأقل.
error-date-part-invalid = هذا التاريخ غير موجود.
error-day-without-month = لا يمكن إدخال يوم بدون شهر.
error-language-code = يرجى اختيار لغة من القائمة.

## العملاء والعميلات
nav-clients = العملاء والعميلات
clients-title = العملاء والعميلات
clients-new = عميلة جديدة / عميل جديد
clients-search-label = الاسم (بأي طريقة كتابة وبأي أبجدية)
clients-none-found = لم يتم العثور على أحد.
clients-col-name = الاسم
clients-col-latin = طريقة الكتابة في الوثائق
clients-col-birth = تاريخ الميلاد
clients-birth-unknown = غير معروف
client-new-title = عميلة جديدة / عميل جديد
client-names = الأسماء
client-birth = تاريخ الميلاد
client-birth-hint = يُرجى إدخال المعلومات المعروفة؛ يمكن ترك اليوم أو الشهر فارغًا.
client-language = اللغة
client-contact = بيانات الاتصال والعنوان
client-create = إنشاء
client-created = تم تسجيل الشخص.
client-duplicates-title = ربما يكون هؤلاء الأشخاص مسجَّلين بالفعل:
client-duplicates-confirm = هذا شخص آخر – الإنشاء على أي حال
field-given-names = الاسم الأول (الأسماء الأولى)
field-family-name = اسم العائلة
field-given-names-latin = الاسم الأول (الأسماء الأولى) بالحروف اللاتينية كما في الوثائق
field-family-name-latin = اسم العائلة بالحروف اللاتينية كما في الوثائق
field-birth-day = اليوم
field-birth-month = الشهر
field-birth-year = السنة
field-preferred-language = اللغة المفضلة
field-interpreter-needed = الترجمة الشفهية مطلوبة
field-interpreter-language = لغة الترجمة الشفهية (ISO-639-3-Code)
field-phone = الهاتف
field-street = الشارع ورقم المنزل
field-postal-code = الرمز البريدي
field-city = المدينة أو البلدة

## Case management core (issue 3)

error-conflict = قام شخص آخر بحفظ هذه البيانات في هذه الأثناء. لم يُستبدَل أي شيء، وما زالت مدخلاتك في النموذج. المحفوظ الآن هو:
error-number-invalid = يُرجى إدخال رقم صالح.
error-date-invalid = يُرجى إدخال تاريخ صالح.
error-time-invalid = يُرجى إدخال وقت صالح (HH:MM).
error-choose-from-list = يُرجى اختيار عنصر من القائمة.
error-date-in-past = التاريخ في الماضي.
error-date-in-future = التاريخ في المستقبل.
error-target-before-start = التاريخ المستهدف قبل تاريخ البدء.
error-goal-empty = يُرجى وصف الهدف (بكلمات العميل أو العميلة، أو بلغة بسيطة، أو باستخدام نموذج).
error-reason-required = يُرجى ذكر السبب.
error-result-required = يُرجى ذكر النتيجة.
error-organisation-required = يُرجى اختيار المنظمة المسؤولة.
error-interpreter-language-required = يُرجى ذكر لغة الترجمة الشفهية.
error-review-before-agreement = يجب أن تكون المراجعة بعد الاتفاق.
error-plan-empty = لا تحتوي الخطة على أي هدف بعد.
error-plan-nothing-to-agree = لا توجد مسودة يمكن الاتفاق عليها.
error-phase-not-allowed = لا يمكن تغيير المرحلة بهذا الشكل.
error-consent-missing = الموافقة على إدارة الحالة غير مسجَّلة بعد. يُرجى تسجيلها أولًا.
error-entrusted-by-required = يُرجى ذكر الشخص الذي ائتمنك على هذه المعلومة.

value-empty = (فارغ)
untranslated-marker = غير مترجم
language-picker-hint = أدخل الاسم الألماني للغة، أو اسمها بلغتها نفسها، أو ISO-639-3-Code.
saved = تم الحفظ.
save = حفظ
add = إضافة
remove = إزالة
yes = نعم
no = لا
nav-catalogues = القوائم المرجعية

client-title = العميل/العميلة
client-personal = البيانات الشخصية
client-edit = تعديل البيانات
client-cases = الحالات
client-household = الأسرة
client-address = العنوان
client-open-record = فتح الملف
case-link = الحالة
case-open = فتح حالة جديدة
household-add = إضافة فرد من الأسرة
field-member-name = الاسم
field-relation = صلة القرابة
compartment-residence = الإقامة والإعانات
compartment-residence-hint = قسم حساس: يُحفظ بشكل منفصل ولا يظهر إلا حيث تكون هناك حاجة إليه.
field-residence-status = وضع الإقامة
field-valid-until = صالح حتى
field-benefit-regime = الإعانات التي يحصل عليها
compartment-health = الصحة
compartment-health-hint = فئة خاصة من البيانات الشخصية: لا تُشارَك إلا بموافقة صريحة.
compartment-youth-welfare = رعاية الأطفال والشباب
compartment-youth-welfare-hint = لا تُشارَك إلا بموافقة الشخص الذي ائتمنك على المعلومة.
compartment-private = ملاحظات عملي الشخصية
compartment-private-hint = أنت وحدك ترى هذه الملاحظات. لا تُشارَك أبدًا.
note-add = إضافة ملاحظة
field-note = ملاحظة
field-entrusted-by = الشخص الذي ائتمنك على المعلومة

case-title = الحالة
case-phase = المرحلة
case-owner = المسؤول عن الحالة
case-sections = أقسام الحالة
case-history = سجل المراحل
case-closed = الحالة مغلقة:
case-consent-needed = يجب تسجيل الموافقة على إدارة الحالة قبل التقييم.
case-next-phase = المرحلة التالية
case-change-phase = تغيير المرحلة
field-closure-reason = سبب الإغلاق
consent-title = الموافقة على إدارة الحالة
consent-recorded = أُعطيت الموافقة بتاريخ
consent-record = تسجيل الموافقة
consent-save = حفظ الموافقة
field-given-on = تاريخ الموافقة
field-consent-method = نوع الموافقة
assessment-title = التقييم
assessment-recorded = مسجَّل
assessment-needs = الاحتياجات
assessment-resources = الموارد والإمكانات
assessment-client-goals = أهداف العميل أو العميلة الخاصة
facts-title = بيانات منظَّمة
field-language-level = مستوى اللغة الألمانية
field-literacy = القراءة والكتابة
field-schooling = التعليم المدرسي
field-qualifications = الشهادات والمؤهلات
field-recognition-needed = يلزم الاعتراف بشهادة أجنبية
field-work-experience = الخبرة المهنية
field-housing-situation = وضع السكن
field-health-insurance = التأمين الصحي

plan-title = خطة الاندماج
plan-none = لا توجد خطة بعد.
plan-version = النسخة { $number }
plan-version-agreed = النسخة { $number }، تم الاتفاق عليها بتاريخ
plan-version-draft = مسودة، النسخة { $number }
plan-print = طباعة الخطة
plan-goals = الأهداف
plan-no-goals = لا توجد أهداف بعد.
plan-steps = الخطوات
plan-agree = الاتفاق على الخطة
plan-agree-hint = تُناقَش الخطة مع العميل أو العميلة ويُتَّفق عليها. أي تغييرات لاحقة تبدأ نسخة جديدة.
plan-review-default = إذا تُرك فارغًا: بعد ستة أشهر من الاتفاق.
plan-versions = النسخ
plan-agreed-on = تم الاتفاق عليها بتاريخ
plan-draft = مسودة
plan-compare-from = مقارنة
plan-compare-to = مع
plan-current = الوضع الحالي
plan-compare = مقارنة
plan-no-changes = لا توجد تغييرات.
plan-back = العودة إلى الخطة
goal-add = إضافة هدف
goal-edit = تعديل الهدف
goal-remove = إزالة الهدف
goal-status-change = تغيير وضع الهدف
step-add = إضافة خطوة
step-edit = تعديل الخطوة
step-history = السجل
step-status-change = تغيير الحالة
field-domain = مجال الحياة
field-goal-level = مستوى الهدف
field-goal-template = نموذج الهدف
field-client-words = بكلمات العميل أو العميلة
field-plain-wording = بلغة بسيطة
field-success-criterion = كيف نعرف أن الهدف تحقق
field-start-date = البداية
field-target-date = التاريخ المستهدف
field-goal-status = الوضع
field-status-reason = السبب
field-service-type = الخدمة
field-step-detail = التفاصيل
field-responsible = المسؤول
field-responsible-organisation = المنظمة المسؤولة
field-due-date = الموعد النهائي
field-step-status = الحالة
field-status-note = النتيجة أو السبب
field-appeal-deadline = آخر موعد للاعتراض (Widerspruch)
field-agreed-on = تاريخ الاتفاق
field-agreed-how = طريقة الاتفاق
field-review-due = المراجعة
appointments-title = المواعيد
appointment-add = إضافة موعد
field-date = التاريخ
field-time = الوقت
field-place = المكان
field-with-organisation = لدى المنظمة
field-linked-step = للخطوة
field-appointment-note = ما يجب إحضاره أو ملاحظة
diff-added = أُضيف
diff-removed = أُزيل
diff-changed = تغيَّر
diff-goal = هدف
diff-step = خطوة

print-language = لغة الطباعة
print-now = طباعة
print-plan-title = خطة الاندماج الخاصة بي
print-agreed-on = تم الاتفاق عليها بتاريخ
print-draft = مسودة – لم يتم الاتفاق عليها بعد
print-signature-client = توقيع العميل/العميلة
print-signature-case-manager = توقيع مدير/مديرة الحالة

dashboard-phases = حالاتي حسب المرحلة
dashboard-overdue = خطوات متأخرة
dashboard-reviews = المراجعات في الأيام الـ 14 القادمة
dashboard-waiting = خطوات بانتظار الشركاء
dashboard-appointments = المواعيد في الأيام الـ 7 القادمة
dashboard-recent = الحالات التي عُدِّلت مؤخرًا
dashboard-none = لا يوجد شيء للقيام به.

catalogues-title = القوائم المرجعية
catalogues-intro = الإدخالات الخاصة بكم تُكمل القوائم المرجعية المدمجة. الألمانية إلزامية؛ إذا غابت لغة ما، يظهر النص الألماني مع ملاحظة «غير مترجم».
catalogues-none = لا توجد إدخالات خاصة بعد.
catalogues-col-catalogue = القائمة المرجعية
catalogues-col-text = النص
catalogues-col-locales = اللغات
catalogues-add = إضافة إدخال
catalogues-texts = النص بكل لغة
catalogue-name-service = الخدمات
catalogue-name-goal-template = نماذج الأهداف
catalogue-name-closure = أسباب الإغلاق

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = الإحالة
phase-intake = المقابلة الأولى (Intake)
phase-assessment = التقييم
phase-planning = تخطيط المساعدة
phase-implementation = التنفيذ
phase-monitoring = المتابعة والمراجعة
phase-evaluation = تقييم النتائج
phase-closed = مغلقة

domain-language = اللغة
domain-education-work = التعليم والعمل
domain-housing = السكن
domain-health = الصحة
domain-residence = الإقامة
domain-benefits = الإعانات والمال
domain-family = الأسرة والأطفال
domain-participation = المشاركة الاجتماعية

service-integration-course = دورة الاندماج (Integrationskurs)
service-literacy-course = دورة الاندماج مع تعلّم القراءة والكتابة (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = دورة الاندماج للشباب (Jugendintegrationskurs)
service-parents-integration-course = دورة الاندماج للآباء والأمهات والنساء (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = دورة مكثفة (Intensivkurs)
service-second-script-course = دورة لمن يقرأ ويكتب بحروف أخرى (Zweitschriftlernerkurs)
service-dtz-exam = اختبار اللغة الألمانية للمهاجرين (DTZ)
service-job-language-course = دورة اللغة الألمانية للعمل (Berufssprachkurs)
service-course-fee-exemption = الإعفاء من رسوم الدورة
service-potential-analysis = تحليل القدرات ونقاط القوة (Potenzialanalyse)
service-cooperation-plan = خطة التعاون مع Jobcenter (Kooperationsplan)
service-placement-voucher = قسيمة التوظيف (Vermittlungsgutschein)
service-apprenticeship = التدريب المهني (Ausbildung)
service-entry-qualification = تدريب عملي تمهيدي قبل التدريب المهني (Einstiegsqualifizierung, EQ)
service-wage-subsidy = دعم الأجور
service-coaching = التوجيه والمرافقة (Coaching)
service-recognition-counselling = استشارة حول الاعتراف بالشهادات (IQ-Netzwerk)
service-recognition-application = طلب الاعتراف
service-qualification-analysis = اختبار عملي للمهارات المهنية (Qualifikationsanalyse)
service-adaptation-training = تأهيل تكميلي للاعتراف الكامل (Anpassungsqualifizierung)
service-zab-evaluation = تقييم الشهادة الأجنبية (ZAB)
service-housing-entitlement = شهادة استحقاق السكن الاجتماعي (WBS)
service-residence-obligation-change = تغيير إلزام السكن في مكان محدد (Wohnsitzauflage)
service-cost-approval = الموافقة على دفع الإيجار (Mietkostenübernahme)
service-move-out-of-shelter = الانتقال من السكن الجماعي
service-health-card = البطاقة الصحية (Gesundheitskarte)
service-treatment-voucher = قسيمة العلاج (Behandlungsschein)
service-health-insurance-enrolment = التسجيل لدى صندوق التأمين الصحي (Krankenkasse)
service-psychosocial-centre = المركز النفسي الاجتماعي (Psychosoziales Zentrum)
service-vaccination = التطعيم
service-permit-application = طلب تصريح إقامة (Aufenthaltserlaubnis)
service-naturalisation = التجنيس (Einbürgerung)
service-benefit-application = طلب الإعانات
service-debt-counselling = الاستشارة بشأن الديون
service-childcare-place = مكان في روضة الأطفال (Kita)
service-school-enrolment = التسجيل في المدرسة
service-migration-counselling = استشارة الهجرة للبالغين (MBE)
service-youth-migration-service = خدمة الهجرة للشباب (JMD)
service-interpreter = الترجمة الشفهية
service-document-translation = ترجمة الوثائق
service-volunteer-matching = إيجاد متطوع أو متطوعة للمرافقة

goal-template-reach-b1 = التحدث بالألمانية بمستوى B1
goal-template-complete-integration-course = إتمام دورة الاندماج (Integrationskurs)
goal-template-learn-to-read = تعلّم القراءة والكتابة
goal-template-qualification-recognised = الحصول على الاعتراف بالشهادة المهنية
goal-template-find-work = إيجاد عمل
goal-template-start-apprenticeship = بدء تدريب مهني (Ausbildung)
goal-template-own-flat = إيجاد شقة خاصة
goal-template-leave-shelter = الانتقال من السكن الجماعي
goal-template-health-insurance = الحصول على تأمين صحي
goal-template-family-doctor = أن يكون لي طبيب أو طبيبة للأسرة
goal-template-secure-residence = تأمين الإقامة
goal-template-secure-income = تأمين الدخل
goal-template-childcare = إيجاد مكان رعاية للطفل
goal-template-school-place = إيجاد مكان في المدرسة للطفل
goal-template-social-contacts = إيجاد معارف وأنشطة في وقت الفراغ في المنطقة

goal-level-long-term = هدف طويل المدى
goal-level-framework = هدف إطاري
goal-level-action = هدف عملي

goal-status-open = مفتوح
goal-status-in-progress = قيد العمل
goal-status-achieved = تحقَّق
goal-status-partly-achieved = تحقَّق جزئيًا
goal-status-not-achieved = لم يتحقَّق
goal-status-dropped = تم التخلي عنه

step-status-planned = مخطَّط
step-status-eligibility-requested = تم طلب الاستحقاق
step-status-eligible = مستحق
step-status-registered = مسجَّل
step-status-waitlisted = على قائمة الانتظار
step-status-started = بدأ
step-status-completed = اكتمل
step-status-interrupted = متوقف مؤقتًا
step-status-dropped = توقف نهائيًا
step-status-rejected = مرفوض
step-status-not-needed = لم يعد ضروريًا

closure-goals-achieved = تحققت الأهداف
closure-standard-service = أُحيل إلى خدمة اعتيادية
closure-client-ended = أنهاه العميل أو العميلة
closure-moved-away = انتقل إلى مكان آخر
closure-unreachable = لم يعد التواصل ممكنًا
closure-consent-withdrawn = تم سحب الموافقة

consent-method-signature = بالتوقيع
consent-method-electronic = مؤكَّدة إلكترونيًا
consent-method-oral-interpreter = شفهيًا بمساعدة مترجم شفهي

responsible-client = العميل/العميلة
responsible-case-manager = مدير/مديرة الحالة
responsible-organisation = منظمة شريكة
responsible-volunteer = متطوع/متطوعة

language-level-a0 = A0 (لا توجد معرفة باللغة)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = يقرأ ويكتب (بالحروف اللاتينية)
literacy-other-script = يقرأ ويكتب بحروف أخرى
literacy-not-literate = لا يقرأ ولا يكتب

housing-shelter = سكن جماعي (Gemeinschaftsunterkunft)
housing-shared-accommodation = سكن مشترك أو إيجار من الباطن
housing-own-flat = شقة خاصة
housing-with-family = عند العائلة أو المعارف
housing-homeless = بلا سكن

insurance-statutory = تأمين صحي قانوني
insurance-health-card = البطاقة الصحية (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = قسائم العلاج (Behandlungsscheine)
insurance-private = تأمين صحي خاص
insurance-none = بلا تأمين صحي

residence-asylum-procedure = إذن بالبقاء أثناء إجراءات اللجوء (Aufenthaltsgestattung)
residence-tolerated = تعليق مؤقت للترحيل (Duldung)
residence-temporary-protection = الحماية المؤقتة (§ 24 AufenthG)
residence-residence-permit = تصريح إقامة (Aufenthaltserlaubnis)
residence-settlement-permit = إقامة دائمة (Niederlassungserlaubnis)
residence-eu-citizen = مواطن/مواطنة من الاتحاد الأوروبي
residence-german-citizen = الجنسية الألمانية
residence-other = وضع آخر

benefit-asylblg = إعانات طالبي اللجوء (AsylbLG)
benefit-sgb2 = إعانة المواطن (Bürgergeld, SGB II)
benefit-sgb12 = المساعدة الاجتماعية (Sozialhilfe, SGB XII)
benefit-none = لا توجد إعانات

relation-spouse = الزوج/الزوجة
relation-child = الابن/الابنة
relation-parent = الأب/الأم
relation-sibling = الأخ/الأخت
relation-other = صلة أخرى
