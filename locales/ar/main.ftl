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
start-intro-case-manager = مهمتك مرافقة المستفيدين والمستفيدات في إدارة الحالات – من المقابلة الأولى حتى خطة الاندماج.
start-intro-coordinator = يمكنك الاطلاع على مؤشرات مجهولة الهوية ومرافقة مجموعات العمل.
start-intro-partner-staff = يمكنك الاطلاع على الإحالات إلى منظمتك، وفقط على البيانات التي وافق المستفيد أو المستفيدة على مشاركتها.
start-intro-volunteer = يمكنك الاطلاع على المهام المسندة إليك.
start-intro-data-protection-officer = مهمتك التحقق ممن اطّلع على أي بيانات ومتى.

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
users-status = الوضع
users-role-change = تغيير الدور
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
error-throttled = عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة. يُرجى المحاولة مرة أخرى { $minutes ->
    [zero] بعد قليل
    [one] بعد دقيقة واحدة
    [two] بعد دقيقتين
    [few] بعد { $minutes } دقائق
    [many] بعد { $minutes } دقيقة
   *[other] بعد { $minutes } دقيقة
}.
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

## المستفيدون والمستفيدات
nav-clients = المستفيدون والمستفيدات
clients-title = المستفيدون والمستفيدات
clients-new = مستفيدة جديدة / مستفيد جديد
clients-search-label = الاسم (بأي طريقة كتابة وبأي أبجدية)
clients-search-submit = بحث
clients-none-found = لم يتم العثور على أحد.
clients-col-name = الاسم
clients-col-latin = طريقة الكتابة في الوثائق
clients-col-birth = تاريخ الميلاد
clients-birth-unknown = غير معروف
client-new-title = مستفيدة جديدة / مستفيد جديد
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
error-goal-empty = يُرجى وصف الهدف (بكلمات المستفيد أو المستفيدة، أو بلغة بسيطة، أو باستخدام نموذج).
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

client-title = المستفيد/المستفيدة
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
assessment-client-goals = أهداف المستفيد أو المستفيدة الخاصة
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
plan-agree-hint = تُناقَش الخطة مع المستفيد أو المستفيدة ويُتَّفق عليها. أي تغييرات لاحقة تبدأ نسخة جديدة.
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
step-status-change = تغيير الوضع
field-domain = مجال الحياة
field-goal-level = مستوى الهدف
field-goal-template = نموذج الهدف
field-client-words = بكلمات المستفيد أو المستفيدة
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
field-step-status = الوضع
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
print-signature-client = توقيع المستفيد/المستفيدة
print-signature-case-manager = توقيع مدير/مديرة الحالة

dashboard-phases = حالاتي حسب المرحلة
dashboard-overdue = خطوات متأخرة
dashboard-reviews = المراجعات في الأيام الـ 14 القادمة
dashboard-waiting = خطوات بانتظار الشركاء
dashboard-appointments = المواعيد في الأيام الـ 7 القادمة
dashboard-recent = الحالات التي عُدِّلت مؤخرًا
dashboard-none = لا يوجد شيء للقيام به.
dashboard-shown-of = معروض { $shown } من { $total }؛ جميعها موجودة في خطط الحالات.

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
closure-client-ended = أنهاه المستفيد أو المستفيدة
closure-moved-away = انتقل إلى مكان آخر
closure-unreachable = لم يعد التواصل ممكنًا
closure-consent-withdrawn = تم سحب الموافقة

consent-method-signature = بالتوقيع
consent-method-electronic = مؤكَّدة إلكترونيًا
consent-method-oral-interpreter = شفهيًا بمساعدة مترجم شفهي

responsible-client = المستفيد/المستفيدة
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

## Partner network (issue 4)
nav-offers = العروض
nav-inbox = الوارد
nav-audit = السجل
case-team = المسؤولون عن الحالة
case-assign = تعيين
case-assign-colleague = تعيين زميلة أو زميل
case-unassign = إلغاء التعيين
dashboard-overdue-referrals = إحالات متأخرة
network-title = الشبكة
network-referrals = الإحالات
network-no-referrals = لا توجد إحالات بعد.
network-new-referral = إحالة جديدة
network-consents = الموافقات على مشاركة البيانات
network-no-consents = لا توجد موافقات على مشاركة البيانات بعد.
network-access-times = الوصول إلى دورات اللغة
network-access-days = مدة الوصول: { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
network-waiting-days = مدة الانتظار: { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
consent-record-share = تسجيل الموافقة
consent-health-separate = البيانات الصحية تحتاج دائمًا إلى موافقة خاصة بها وصريحة.
consent-print = طباعة النموذج
consent-revoke = سحب
consent-state-active = صالحة
consent-state-inactive = غير صالحة
consent-state-revoked = مسحوبة
consent-form-title = الموافقة على مشاركة البيانات
consent-form-back = العودة إلى الشخص
consent-form-recipient = الجهة المستلمة
consent-form-valid = صالحة
consent-form-categories-intro = أوافق على مشاركة البيانات التالية مع الجهة المستلمة:
consent-form-voluntary = الموافقة اختيارية. إذا لم أوافق، فلن يلحق بي أي ضرر.
consent-form-revoke = يمكنني سحب الموافقة في أي وقت، بنفس السهولة التي أعطيتها بها. يسري السحب فورًا على المستقبل.
consent-form-health = البيانات الصحية محمية بشكل خاص. هذه الموافقة خاصة بالبيانات الصحية فقط.
consent-form-issued-by = صادرة عن:
consent-form-place-date = المكان، التاريخ
courses-title = دورات مناسبة
courses-childcare-on = عدم اشتراط رعاية الأطفال
courses-childcare-off = الدورات التي فيها رعاية للأطفال فقط
courses-any-type = عرض كل أنواع الدورات
courses-only-this-type = عرض هذا النوع من الدورات فقط
courses-none = لم يتم العثور على دورة مناسبة.
courses-distance = { $km } كم
courses-full = مكتملة (قائمة الانتظار)
courses-free-seats = { $count ->
    [zero] لا توجد أماكن شاغرة
    [one] مكان شاغر واحد
    [two] مكانان شاغران
    [few] { $count } أماكن شاغرة
    [many] { $count } مكانًا شاغرًا
   *[other] { $count } مكان شاغر
}
courses-seats-unknown = عدد الأماكن الشاغرة غير معروف
courses-next-start = البداية القادمة:
courses-refer = الإحالة إلى هذه الدورة
courses-refer-submit = إحالة
courses-default-message = نرجو تخصيص مكان في هذه الدورة لهذا الشخص.
offers-childcare = رعاية الأطفال
field-title = اسم العرض
field-address = العنوان
field-birth-date = تاريخ الميلاد
field-name = الاسم
field-categories = البيانات
field-decline-reason = سبب الرفض
field-district = الحي
field-free-seats = الأماكن الشاغرة
field-message = الرسالة
field-outcome = النتيجة
field-purpose = الغرض
field-referral-status = وضع الإحالة
field-response-due = الرد حتى
field-seat = المكان
field-starts-on = البداية
field-step = الخطوة في الخطة
field-valid-from = صالح من
inbox-title = الوارد
inbox-referrals = الإحالات إلى منظمتي
inbox-empty = لا توجد إحالات.
referral-title = الإحالة
referral-facts = المعلومات
referral-client = الشخص
referral-client-hidden = الشخص (لا توجد موافقة صالحة)
referral-to = إلى
referral-sent-by = المُرسِل
referral-back-to-case = العودة إلى الحالة
referral-response-due = الرد حتى
referral-overdue = متأخرة
referral-shared-data = البيانات المُشارَكة
referral-access-closed = الإحالة مغلقة. بيانات الشخص لم تعد ظاهرة.
referral-access-no-consent = لا توجد موافقة صالحة (مسحوبة أو منتهية أو لم تُعطَ أبدًا). بيانات الشخص غير ظاهرة.
referral-nothing-recorded = لم يُسجَّل شيء.
referral-answer = الرد
referral-withdraw-title = سحب الإحالة
referral-no-further-steps = لا توجد خطوات أخرى ممكنة.
referral-history = السجل والرسائل
referral-message-label = الرسالة
referral-send-message = إرسال الرسالة
referral-no-step = – بدون خطوة –
referral-consent-covered = البيانات المختارة مشمولة بموافقة صالحة.
referral-consent-missing = لا توجد موافقة لـ: { $categories }.
referral-record-consent = تسجيل الموافقة الآن
referral-due-hint = اتركه فارغًا: 10 أيام عمل من اليوم.
referral-offers-hint = عروض مع المكان والمواعيد والأماكن الشاغرة:
referral-send = إرسال الإحالة
step-find-course = إيجاد دورة مناسبة
step-refer = إحالة
error-categories-required = يُرجى اختيار نوع واحد من البيانات على الأقل.
error-consent-already-revoked = تم سحب هذه الموافقة من قبل.
error-consent-missing-for-referral = لنوع واحد على الأقل من البيانات المختارة لا توجد موافقة صالحة لهذه المنظمة ولهذا الغرض.
error-free-seats-above-capacity = لا يمكن أن تكون الأماكن الشاغرة أكثر من عدد الأماكن.
error-health-consent-separate = البيانات الصحية تحتاج إلى موافقة خاصة بها: يُرجى تسجيلها بشكل منفصل.
error-referral-transition = هذه الخطوة غير ممكنة في هذا الوضع.
error-start-date-required = يُرجى إدخال تاريخ بدء الدورة.
error-target-level-not-above = يجب أن يكون المستوى المستهدف أعلى من مستوى البداية.
error-until-before-from = النهاية قبل البداية.
consent-category-identity = الاسم وتاريخ الميلاد وبيانات الاتصال
consent-category-language = اللغة والتعليم
consent-category-work = العمل
consent-category-housing = السكن
consent-category-health = الصحة
consent-category-residence = الإقامة والإعانات
consent-category-youth-welfare = رعاية الأطفال والشباب
consent-purpose-language-course = دورة لغة
consent-purpose-employment = العمل والتدريب المهني
consent-purpose-recognition = الاعتراف بالشهادات
consent-purpose-housing = السكن
consent-purpose-health-care = الرعاية الصحية
consent-purpose-counselling = الاستشارة
consent-purpose-volunteer-support = مرافقة من متطوعين
referral-status-sent = مُرسَلة
referral-status-accepted = مقبولة
referral-status-declined = مرفوضة
referral-status-in-progress = قيد العمل
referral-status-completed = مكتملة
referral-status-withdrawn = مسحوبة
referral-outcome-service-provided = تم تقديم الخدمة
referral-outcome-course-completed = تم إكمال الدورة
referral-outcome-client-did-not-attend = لم يحضر الشخص
referral-outcome-client-withdrew = أنهاها الشخص
referral-outcome-not-eligible = لا يوجد استحقاق
referral-outcome-referred-elsewhere = أُحيل إلى جهة أخرى
decline-reason-no-capacity = لا توجد أماكن شاغرة
decline-reason-not-eligible = لا يوجد استحقاق
decline-reason-not-responsible = غير مختصين
decline-reason-client-unreachable = لا يمكن الوصول إلى الشخص
decline-reason-other = سبب آخر
seat-confirmed = تم تأكيد المكان
seat-waitlisted = قائمة الانتظار
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
offers-title = دليل العروض
offers-intro = دورات وعروض استشارية من المنظمات الشريكة في كولونيا، مع الأماكن الشاغرة ومواعيد البدء القادمة ومدد الوصول والانتظار التي قيست حتى الآن.
offers-new = عرض جديد
offers-filter = تصفية العروض
offers-all = الكل
offers-filter-language = اللغة (ISO-639-3-Code)
offers-filter-childcare = مع رعاية الأطفال
offers-filter-free-seats = فقط مع أماكن شاغرة
offers-filter-own = عروض منظمتي فقط
offers-filter-apply = تصفية
offers-found = { $count ->
    [zero] لم يتم العثور على أي عرض
    [one] تم العثور على عرض واحد
    [two] تم العثور على عرضين
    [few] تم العثور على { $count } عروض
    [many] تم العثور على { $count } عرضًا
   *[other] تم العثور على { $count } عرض
}
offers-none = لم يتم العثور على عروض.
offers-accessible = خالٍ من العوائق
offers-inactive = غير نشط
offers-place = المكان
offers-levels = مستوى اللغة
offers-level-range = من { $entry } إلى { $target }
offers-levels-hint = لدورات اللغة فقط: مستوى البداية والمستوى المستهدف.
offers-seats = الأماكن
offers-seats-of = { $free } من { $capacity } شاغرة
offers-starts = مواعيد البدء القادمة
offers-languages = لغات التدريس والاستشارة
offers-edit = تعديل
offers-access-title = مدد الوصول والانتظار
offers-access-hint = الوسيط بالأيام: مدة الوصول من الاستحقاق حتى بدء الدورة، ومدة الانتظار من التسجيل حتى بدء الدورة.
offers-access-none = لم تُسجَّل بعد أي مدد وصول أو انتظار.
offers-access-clients = المستفيدون والمستفيدات
offers-access-median = الوصول (الوسيط، بالأيام)
offers-waiting-median = الانتظار (الوسيط، بالأيام)
offers-new-title = عرض جديد
offers-edit-title = تعديل العرض
offers-back = العودة إلى عروض منظمتي
field-description = الوصف
field-entry-level = مستوى البداية
field-target-level = المستوى المستهدف
field-childcare = رعاية الأطفال متوفرة
field-accessible = يمكن الوصول إليه دون عوائق
field-offer-active = العرض نشط (ظاهر في الدليل)
field-schedule = الأيام والأوقات
field-capacity = مجموع الأماكن
field-documents = المستندات المطلوب إحضارها
field-contact = جهة الاتصال
field-offer-languages = اللغات (رموز ISO-639-3، مفصولة بفواصل، مثلًا deu, ara)
field-offer-starts = مواعيد البدء (YYYY-MM-DD، مفصولة بفواصل)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = سجل الوصول إلى البيانات
audit-intro = من قرأ أو غيّر أي بيانات شخصية، ومتى، ولأي غرض، وعلى أي أساس قانوني – بما في ذلك المحاولات المرفوضة. قراءة هذا السجل تُسجَّل هي أيضًا.
audit-filter = تصفية السجل
audit-all = الكل
audit-filter-client = المستفيد/المستفيدة (الرقم)
audit-filter-actor = الشخص
audit-filter-from = من
audit-filter-until = حتى
audit-filter-denied = محاولات الوصول المرفوضة فقط
audit-filter-apply = تصفية
audit-none = لم يتم العثور على إدخالات.
audit-page = الصفحة { $page }
audit-col-time = الوقت
audit-col-person = الشخص والدور
audit-col-client = المستفيد/المستفيدة
audit-col-record = مجموعة البيانات
audit-col-action = الإجراء
audit-col-purpose = الغرض
audit-col-basis = الأساس القانوني
audit-col-categories = فئات البيانات
audit-col-allowed = النتيجة
audit-role-system = Lotse (تلقائي)
audit-allowed = مسموح
audit-denied = مرفوض
audit-action-read = قراءة
audit-action-list = عرض قائمة
audit-action-create = إنشاء
audit-action-update = تعديل
audit-action-delete = حذف
audit-action-print = طباعة
audit-action-revoke = سحب
audit-action-attempt = محاولة وصول
audit-action-compare = مقارنة النسخ
audit-action-agree = اتفاق
audit-action-verify = فحص السلامة
audit-verify-title = سلامة السجل
audit-verify-hint = يعيد حساب تسلسل كل الإدخالات. هكذا يمكن معرفة ما إذا كانت إدخالات قد غُيّرت أو حُذفت لاحقًا.
audit-verify = فحص السلامة
audit-chain-intact = السجل كامل ولم يتغير.
audit-chain-broken = السجل غير متسق ابتداءً من الإدخال رقم { $seq }: تم تغيير إدخالات أو حذفها.


## Volunteer tasks (issue 6)
volunteers-title = العمل التطوعي
volunteer-tasks-of-case = مهام للمتطوعين
volunteer-tasks-none = لا توجد مهام للمتطوعين بعد.
volunteer-task-new = إسناد مهمة إلى متطوعين
volunteer-task-offered-to = معروضة على
volunteer-task-taken-by = تولّاها
volunteer-task-declined-by = { $count ->
    [zero] لم يرفضها أحد
    [one] رفضها شخص واحد
    [two] رفضها شخصان
    [few] رفضها { $count } أشخاص
    [many] رفضها { $count } شخصًا
   *[other] رفضها { $count } شخص
}
volunteer-task-cancel = سحب المهمة
volunteer-task-offer = عرض المهمة
volunteer-report = التقرير
volunteer-problem-badge = تم الإبلاغ عن مشكلة
volunteer-consent-covered = تشمل الموافقة الاسم والهاتف والموعد.
volunteer-consent-missing = لا توجد لهذه الشبكة موافقة الشخص على المرافقة من متطوعين (الاسم وبيانات الاتصال).
volunteer-whole-network = الشبكة كلها
volunteer-no-step = بدون خطوة
volunteer-no-appointment = بدون موعد
volunteer-appointment-hint = عند اختيار موعد، يُؤخذ منه التاريخ والوقت والمكان إذا لم تُدخلها بنفسك.
field-task-kind = نوع المهمة
field-volunteer-network = شبكة المتطوعين
field-offered-to = معروضة على
field-appointment = الموعد
field-bring = ما يجب إحضاره
field-task-note = ملاحظة قصيرة
field-task-status = الوضع
follow-ups-title = للمتابعة
follow-up-volunteer-problem = متطوعون يبلغون عن مشكلة
follow-up-done = تم
volunteer-my-tasks = مهامي
volunteer-no-tasks = لا توجد مهام لك حاليًا.
volunteer-client-language = اللغة
volunteer-offered-to-you = لك شخصيًا
volunteer-accept = قبول
volunteer-decline = رفض
volunteer-cannot-go = لم يعد بإمكاني
volunteer-report-label = تقرير قصير
volunteer-problem = حدثت مشكلة
volunteer-done = الإبلاغ بالإنجاز
volunteer-not-yet-sent = لم يُرسَل بعد
volunteer-outbox-waiting = لا يوجد اتصال: مدخلاتك محفوظة على هذا الجهاز وسيتم إرسالها فور عودة الاتصال.
volunteer-refused = لم يقبل Lotse هذا:
volunteer-try-again = إرسال مرة أخرى
volunteer-discard = حذف
error-volunteer-network-required = يُرجى اختيار شبكة متطوعين.
error-volunteer-consent-missing = لم يوافق الشخص على مشاركة بياناته مع هذه الشبكة (الاسم وبيانات الاتصال، الغرض: المرافقة من متطوعين).
error-task-transition = لم يعد هذا ممكنًا في الوضع الحالي للمهمة.
error-task-taken = تولّى شخص آخر هذه المهمة بالفعل.
task-kind-accompany = مرافقة إلى موعد
task-kind-form-help = مساعدة في ملء استمارة
task-kind-language-practice = التدرّب على الألمانية
task-kind-housing-search = البحث عن سكن
task-kind-other = أخرى
task-status-offered = معروضة
task-status-accepted = مقبولة
task-status-declined = مرفوضة
task-status-done = منجزة
task-status-cancelled = مسحوبة
volunteer-undelivered = لم يتم الإرسال

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = خطتي
portal-sign-in-title = تسجيل الدخول إلى بوابة Lotse
portal-sign-in-intro = يُرجى إدخال رمز الدخول الموجود في رسالتك. في المرة الأولى تختار بعد ذلك رقم PIN.
portal-code = رمز الدخول
portal-code-hint = تجده في رسالتك، مثلًا ABCD-EFGH-JKLM.
portal-pin = رقم PIN أو جملة المرور
portal-pin-hint = 6 أرقام على الأقل أو جملة من 12 حرفًا على الأقل.
portal-pin-repeat = رقم PIN مرة أخرى
portal-choose-pin = رمز الدخول صحيح. اختر الآن رقم PIN الخاص بك. ستحتاج إليه في كل مرة تسجّل فيها الدخول.
portal-sign-in-button = تسجيل الدخول
portal-set-pin-button = حفظ رقم PIN وتسجيل الدخول
portal-sign-out = تسجيل الخروج
portal-staff-link = تسجيل دخول الموظفين
portal-nav-label = أقسام البوابة
portal-nav-plan = خطتي
portal-nav-appointments = المواعيد
portal-nav-referrals = الإحالات
portal-nav-consents = الموافقات
portal-nav-access = من اطّلع على بياناتي؟
portal-nav-correction = هناك خطأ
portal-nav-data = بياناتي
portal-greeting = مرحبًا { $name }!
portal-large-text = خط كبير
portal-read-aloud = قراءة بصوت عالٍ
portal-read-aloud-stop = إيقاف القراءة
portal-read-aloud-no-voice = لا يوجد في جهازك صوت لهذه اللغة.
portal-print = طباعة الخطة
portal-next = هذا ما يجب فعله تاليًا
portal-next-none = لا يلزمك فعل أي شيء في الوقت الحالي.
portal-goals = أهدافي
portal-goal-until = الهدف حتى { $date }
portal-step-due = حتى { $date }
portal-step-responsible = من يتولى ذلك؟
portal-responsible-client = أنت بنفسك
portal-responsible-case-manager = مدير أو مديرة حالتك
portal-responsible-volunteer = متطوع أو متطوعة
portal-responsible-organisation = جهة أخرى
portal-step-status = الوضع
portal-mark-done = أنجزتُ هذا
portal-marked-done = شكرًا! تم إبلاغ مدير أو مديرة حالتك.
portal-no-plan = يجري الآن إعداد خطتك. سيناقشها معك مدير أو مديرة حالتك.
portal-written-in-german = كتبه بالألمانية مدير أو مديرة حالتك:
portal-appointments-title = مواعيدي
portal-appointments-none = ليس لديك أي مواعيد.
portal-appointments-past = المواعيد السابقة
portal-appointment-when = متى
portal-appointment-where = أين
portal-appointment-with = لدى
portal-appointment-bring = يُرجى إحضار
portal-interpreter-arranged = تم حجز مترجم شفهي أو مترجمة شفهية.
portal-interpreter-not-arranged = هناك حاجة إلى مترجم شفهي أو مترجمة شفهية، لكن لم يتم الحجز بعد. اسأل مدير أو مديرة حالتك.
portal-referrals-title = إحالاتي
portal-referrals-none = لم تتم إحالتك إلى أي جهة بعد.
portal-referral-for = لأي غرض
portal-referral-sent = تلقّت { $organisation } طلب تسجيلك وسترد قريبًا.
portal-referral-accepted = وافقت { $organisation }.
portal-referral-waitlisted = أنت على قائمة الانتظار لدى { $organisation }.
portal-referral-seat = لديك مكان لدى { $organisation }. البداية: { $date }
portal-referral-declined = لم توافق { $organisation }. سيبحث معك مدير أو مديرة حالتك عن إمكانية أخرى.
portal-referral-in-progress = تقدّم لك { $organisation } الدعم حاليًا.
portal-referral-completed = انتهى الدعم المقدَّم من { $organisation }.
portal-referral-withdrawn = تم سحب الإحالة إلى { $organisation }.
portal-consents-title = موافقاتي
portal-consents-intro = هنا ترى من يُسمح له برؤية بياناتك. يمكنك سحب أي موافقة في أي وقت.
portal-consents-none = لم تُعطِ أي موافقة.
portal-consent-to = لمن
portal-consent-for = لأي غرض
portal-consent-data = أي بيانات
portal-consent-until = صالحة حتى
portal-consent-open-ended = حتى تسحبها
portal-consent-revoked = سُحبت بتاريخ { $date }
portal-consent-expired = انتهت صلاحيتها
portal-consent-revoke = سحب
portal-consent-revoke-confirm = بعد ذلك لن يُسمح لـ { $organisation } برؤية بياناتك. هل تريد سحبها فعلًا؟
portal-consent-revoke-yes = نعم، اسحبها
portal-consent-revoke-no = لا، أبقِها
portal-consent-revoked-now = تم سحب الموافقة. من الآن لم تعد بياناتك ظاهرة لـ { $organisation }. تم إبلاغ مدير أو مديرة حالتك.
portal-access-title = من اطّلع على بياناتي؟
portal-access-intro = يُسجَّل كل وصول إلى بياناتك. هنا ترى أي جهة رأت أو غيّرت ماذا ومتى.
portal-access-none = لم يطّلع أحد على بياناتك حتى الآن.
portal-access-looked = اطّلعت { $organisation } بتاريخ { $date } على: { $what }
portal-access-changed = غيّرت { $organisation } بتاريخ { $date }: { $what }
portal-access-system = Lotse (تلقائي)
portal-what-everything = ملفك
portal-what-plan = خطتك
portal-what-client = بياناتك الشخصية
portal-what-case = حالتك
portal-what-referral = إحالة
portal-what-consent = موافقاتك
portal-what-volunteer = مهمة للمتطوعين
portal-what-list = اسمك في قائمة
portal-what-data = كل بياناتك
portal-what-other = بياناتك
portal-what-identity = اسمك وبيانات الاتصال بك
portal-what-language = معرفتك باللغات
portal-what-work = بياناتك المدرسية والمهنية
portal-what-housing = وضع سكنك
portal-what-health = بياناتك الصحية
portal-what-residence = وضع إقامتك
portal-what-youth-welfare = بيانات رعاية الأطفال والشباب
portal-correction-title = هناك خطأ؟
portal-correction-intro = اكتب لمدير أو مديرة حالتك ما هو غير صحيح. سيتم التحقق من ذلك والتواصل معك.
portal-correction-about = ما الموضوع؟
portal-correction-about-personal = بياناتي الشخصية
portal-correction-about-plan = خطتي
portal-correction-about-appointments = مواعيدي
portal-correction-about-other = شيء آخر
portal-correction-message = ما الخطأ؟ وما الصحيح؟
portal-correction-send = إرسال
portal-correction-sent = وصلت رسالتك. سيتواصل معك مدير أو مديرة حالتك.
portal-correction-earlier = رسائلك
portal-correction-open = لم تُعالَج بعد
portal-correction-done = تمت معالجتها
portal-data-title = بياناتي
portal-data-intro = هنا يمكنك تنزيل كل ما هو محفوظ عنك في Lotse. الملف بصيغة JSON ويمكن فتحه بأي محرر نصوص.
portal-data-download = تنزيل بياناتي
portal-session-ended = انتهت جلستك. يُرجى تسجيل الدخول من جديد.
portal-letter-title = دخولك إلى Lotse
portal-letter-intro = بهذه الرسالة يمكنك رؤية خطتك ومواعيدك وموافقاتك على الهاتف المحمول أو على الكمبيوتر.
portal-letter-step-address = افتح هذا العنوان أو امسح رمز QR:
portal-letter-step-code = أدخل رمز الدخول هذا:
portal-letter-step-pin = اختر رقم PIN من 6 أرقام على الأقل. لا تُخبر به أحدًا.
portal-letter-keep = احتفظ بهذه الرسالة جيدًا. إذا فقدتها، تحصل على رسالة جديدة من مدير أو مديرة حالتك.
portal-letter-qr-label = رمز QR يحتوي على عنوان البوابة
error-portal-credentials = رمز الدخول أو رقم PIN غير صحيح.
error-portal-pin-short = يجب أن يتكون رقم PIN من 6 أرقام على الأقل. ويجب أن تتكون جملة المرور من 12 حرفًا على الأقل.
error-portal-pin-simple = من السهل جدًا تخمين رقم PIN هذا. يُرجى اختيار رقم آخر.
error-portal-pin-mismatch = الإدخالان غير متطابقين.
error-portal-blocked = تم إيقاف دخولك. يُرجى التحدث مع مدير أو مديرة حالتك.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = البوابة
portal-staff-title = الدخول إلى بوابة المستفيدين
portal-staff-none = لم يتم إصدار رسالة دخول بعد.
portal-staff-issued = صدرت رسالة الدخول بتاريخ { $date }، ولم تُستخدم بعد.
portal-staff-active = الدخول مُفعَّل منذ { $date }.
portal-staff-blocked = الدخول موقوف.
portal-staff-last-sign-in = آخر تسجيل دخول: { $date }
portal-staff-issue = إصدار رسالة دخول
portal-staff-reissue = إصدار رسالة دخول جديدة
portal-staff-reissue-warning = بعد ذلك لن يعود رمز الدخول الحالي ورقم PIN صالحَين.
portal-staff-block = إيقاف الدخول
portal-staff-unblock = إعادة تفعيل الدخول
portal-staff-letter-print = طباعة الرسالة
portal-staff-letter-once = يُعرض رمز الدخول الآن فقط. اطبع الرسالة قبل مغادرة الصفحة.
portal-staff-letter-language = الرسالة باللغة { $language } وبالألمانية
portal-staff-translations-title = ترجمات للبوابة
portal-staff-translations-intro = النصوص التي كتبتها بالألمانية يراها المستفيد أو المستفيدة مع ملاحظة «مكتوب بالألمانية». هنا يمكنك إدخال ترجمة.
portal-staff-translations-none = لا تحتوي الخطة بعد على نصوص للترجمة.
portal-staff-translation-language = لغة الترجمة
portal-staff-translation-save = حفظ الترجمة
follow-up-portal-step-done = تم وضع علامة «منجز» في البوابة
follow-up-portal-consent-revoked = تم سحب موافقة في البوابة
follow-up-portal-correction = طلب تصحيح من البوابة
audit-role-client = المستفيد/المستفيدة شخصيًا (البوابة)
field-interpreter-arranged = تم حجز مترجم

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = المؤشرات
nav-issues = القضايا الهيكلية
nav-groups = مجموعات العمل
nav-results = النتائج المرحلية
coordination-sections = أقسام التنسيق
audit-action-export = تصدير
portal-what-export = بياناتك الأساسية في قائمة حالات (ملف)
clients-export = تنزيل حالاتي بصيغة CSV
export-case = رقم الحالة
export-opened-on = تاريخ الفتح
export-review-due = المراجعة القادمة
export-held-until = مقيّد حتى
error-period-order = نهاية الفترة تقع قبل بدايتها.
error-period-too-long = يُرجى اختيار ثلاث سنوات كحد أقصى.
error-choose-organisation = يُرجى اختيار منظمة واحدة على الأقل.
figures-title = مؤشرات البرنامج
figures-intro = جميع الأرقام مجمَّعة. الخانات التي تضم أقل من 5 أشخاص مخفية وتظهر كـ «< 5»، وكذلك الخانات التي يمكن أن تُحسب منها هذه الأرقام.
figures-filter = الفترة والاختيار
figures-from = من
figures-to = حتى
figures-organisation = المنظمة (المسؤولة عن الحالة)
figures-all-organisations = كل المنظمات
figures-show = عرض
figures-period = الفترة: من { $from } إلى { $to }
figures-suppression = «< 5»: أقل من 5 أشخاص أو مخفي للحماية
figures-csv = تنزيل الجدول بصيغة CSV
figures-total = المجموع
figures-cases = الحالات
figures-phase = المرحلة
figures-domain = مجال الحياة
figures-month = الشهر
figures-group = المجموعة
figures-count = العدد
figures-cases-by-phase = الحالات حسب المرحلة (التي فُتحت خلال الفترة)
figures-cases-by-domain = الحالات حسب مجال الحياة والمرحلة
figures-cases-by-domain-note = تُحسب الحالة في كل مجال حياة توجد فيه أهداف في خطتها.
figures-trend = التطور الشهري
figures-cases-opened = حالات فُتحت
figures-plans-agreed = خطط تم الاتفاق عليها
figures-time-to-plan = المدة من أول تواصل حتى الاتفاق على الخطة
figures-time-to-plan-note = عدد الأيام من فتح الحالة حتى أول نسخة متفق عليها من الخطة، للخطط التي تم الاتفاق عليها خلال الفترة.
figures-median-days = الوسيط (بالأيام)
figures-days-range = من { $from } إلى { $to } يوم
figures-days-more = أكثر من { $from } يوم
figures-steps-on-time = خطوات الخطة المنجزة في موعدها
figures-steps-on-time-note = الخطوات التي يحل موعدها خلال الفترة (حتى الأمس)، باستثناء «لم يعد ضروريًا».
figures-steps-due = الخطوات المستحقة
figures-steps-done-on-time = أُنجزت في موعدها
figures-steps-not-on-time = لم تُنجز في موعدها
figures-share-on-time = نسبة المنجز في الموعد
figures-course-by-type = دورات اللغة: الوصول والانتظار حسب نوع الدورة
figures-course-by-provider = دورات اللغة: الوصول والانتظار حسب الجهة المقدمة للدورة
figures-course-note = مدة الوصول: من الاستحقاق حتى بدء الدورة. مدة الانتظار: من التسجيل حتى بدء الدورة؛ هدف BAMF: 6 أسابيع كحد أقصى (42 يومًا). الدورات التي بدأت خلال الفترة.
figures-course-type = نوع الدورة
figures-provider = الجهة المقدمة للدورة
figures-provider-unknown = الجهة المقدمة غير مسجلة
figures-courses-started = الدورات التي بدأت
figures-median-access = مدة الوصول، الوسيط (بالأيام)
figures-waiting-known = مدة الانتظار معروفة
figures-median-waiting = مدة الانتظار، الوسيط (بالأيام)
figures-share-within-benchmark = النسبة خلال 6 أسابيع
figures-benchmark = العلامة: هدف BAMF، { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
figures-referrals-by-partner = الإحالات حسب الشريك
figures-referrals-note = الإحالات المرسلة خلال الفترة؛ مدة الرد حتى القبول أو الرفض.
figures-partner = الشريك
figures-referrals = الإحالات
figures-median-response = مدة الرد، الوسيط (بالأيام)
figures-interpreters = الترجمة الشفهية في المواعيد
figures-interpreter = الترجمة الشفهية
figures-appointments = المواعيد
figures-interpreter-arranged = تم الحجز
figures-interpreter-not-arranged = لم يتم الحجز
figures-interpreter-needed = مطلوبة (المجموع)
figures-closure-reasons = أسباب الإغلاق (الحالات المغلقة خلال الفترة)
figures-closure-reason = سبب الإغلاق
figures-reason-other = غير محدد
issues-title = القضايا الهيكلية
issues-intro = مشكلات متكررة أبلغ عنها مديرو ومديرات الحالات، مجمَّعة حسب مجال الحياة والحي. لا تحتوي على بيانات شخصية.
issues-none = لم يتم الإبلاغ عن أي قضايا هيكلية بعد.
issues-counted = { $issues ->
    [zero] لا بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $issues } بلاغات
    [many] { $issues } بلاغًا
   *[other] { $issues } بلاغ
} · { $cases ->
    [zero] لا حالات متأثرة
    [one] حالة متأثرة واحدة
    [two] حالتان متأثرتان
    [few] { $cases } حالات متأثرة
    [many] { $cases } حالة متأثرة
   *[other] { $cases } حالة متأثرة
}
issues-cases-affected = { $count ->
    [zero] لا حالات متأثرة
    [one] حالة متأثرة واحدة
    [two] حالتان متأثرتان
    [few] { $count } حالات متأثرة
    [many] { $count } حالة متأثرة
   *[other] { $count } حالة متأثرة
}
issues-in-group = في مجموعة العمل:
issues-no-groups = أنشئ أولًا مجموعة عمل:
issues-working-group = مجموعة العمل
issues-bring-to-group = طرح في مجموعة العمل
groups-title = مجموعات العمل
groups-none = لا توجد مجموعة عمل بعد.
groups-topic = الموضوع
groups-measures-count = { $count ->
    [zero] لا توجد إجراءات
    [one] إجراء واحد، نُفِّذ منه { $implemented }
    [two] إجراءان، نُفِّذ منهما { $implemented }
    [few] { $count } إجراءات، نُفِّذ منها { $implemented }
    [many] { $count } إجراءً، نُفِّذ منها { $implemented }
   *[other] { $count } إجراء، نُفِّذ منها { $implemented }
}
groups-new = مجموعة عمل جديدة
groups-create = إنشاء مجموعة عمل
field-group-name = اسم مجموعة العمل
group-title = مجموعة العمل
group-members = الأعضاء
group-members-none = لا يوجد أعضاء بعد.
field-member-person = الاسم
group-member-add = إضافة عضو
group-issues = القضايا الهيكلية المطروحة
group-issues-none = لم تُطرح أي قضايا هيكلية بعد.
group-measures = الإجراءات
group-measures-none = لا توجد إجراءات بعد.
group-measure-new = إجراء جديد
field-measure-title = الإجراء
field-measure-status = الوضع
field-status-on = الوضع منذ
field-due-on = يُنجز حتى
field-measure-issue = للقضية الهيكلية
measure-no-issue = لا يوجد موضوع محدد
field-responsible-organisations = المنظمات المسؤولة
field-organisation-1 = المنظمة 1
field-organisation-2 = المنظمة 2 (اختياري)
field-organisation-3 = المنظمة 3 (اختياري)
group-measure-add = تسجيل الإجراء
measure-history = السجل
measure-new-status = الوضع الجديد
measure-set-status = تغيير الوضع
group-meetings = الاجتماعات والمحاضر
group-meetings-none = لا توجد اجتماعات بعد.
field-held-on = تاريخ الاجتماع
field-minutes = المحضر
group-meeting-add = تسجيل الاجتماع
measure-status-proposed = مقترح
measure-status-under-review = قيد الدراسة
measure-status-agreed = متفق عليه
measure-status-implemented = منفَّذ
measure-status-rejected = مرفوض
results-title = النتائج المرحلية
results-intro = إجراءات مجموعات العمل حسب الموضوع: كم منها في كل وضع، وأيها نُفِّذ.
results-none = لا توجد إجراءات بعد.
results-by-status = الإجراءات حسب الموضوع والوضع
results-none-implemented = لم يُنفَّذ أي إجراء بعد.
results-implemented-on = تاريخ التنفيذ
case-tab-issues = القضايا الهيكلية
case-issues-title = القضايا الهيكلية من هذه الحالة
case-issue-new = الإبلاغ عن قضية هيكلية
case-issue-hint = مشكلة متكررة لا تخص هذه الحالة وحدها (مثلًا «لا توجد رعاية أطفال أثناء دورات الاندماج في Chorweiler»). لا تكتب أسماء أو أي بيانات شخصية أخرى: يصل البلاغ إلى التنسيق دون ربطه بالحالة.
field-life-domain = مجال الحياة
field-issue-description = الوصف
field-cases-affected = كم عدد الحالات المتأثرة؟
field-organisations-involved = المنظمات المعنية
case-issue-flag = الإبلاغ عن قضية هيكلية
case-issues-flagged = بلاغات من هذه الحالة
case-issues-only-you = أنت وحدك ترى أن البلاغ صادر من هذه الحالة.
case-issues-none = لم يتم الإبلاغ عن أي شيء من هذه الحالة بعد.
case-issue-waiting = لم يُخصَّص لأي مجموعة عمل بعد.
results-implemented = تم التنفيذ
results-agreed = متفق عليها، قيد التنفيذ
results-agreed-on = تم الاتفاق في
figures-as-of = آخر تحديث: { $time } (يُعاد الحساب { $minutes ->
    [zero] باستمرار
    [one] كل دقيقة
    [two] كل دقيقتين
    [few] كل { $minutes } دقائق
    [many] كل { $minutes } دقيقة
   *[other] كل { $minutes } دقيقة
})

# Issue 22: request hygiene and accounts
error-control-character = يحتوي النص على حرف تحكم غير مرئي لا يمكن حفظه. يرجى إزالته (مثلاً بكتابة النص من جديد).
audit-action-change-password = تغيير كلمة المرور
# Issue 22: a client's name in a colleague's search
portal-what-search = اسمك وتاريخ ميلادك في نتيجة بحث
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = بحسب الموافقة الحالية، سيرى متطوعو هذه الشبكة:
volunteer-sees-name-phone = الاسم الأول للشخص، ورقم هاتفه بعد أن يتولى أحدهم المهمة
volunteer-sees-language = اللغة المفضلة للشخص
volunteer-sees-no-language = ليس اللغة المفضلة (الموافقة لا تشمل اللغة)
volunteer-sees-task = نوع المهمة والتاريخ والوقت والمكان
volunteer-sees-notes = «ما يجب إحضاره» وملاحظتك، ما دامت الموافقة تشمل الاسم وبيانات الاتصال، وفقط حتى إنجاز المهمة
volunteer-notes-within-consent = اكتب في «ما يجب إحضاره» وفي الملاحظة فقط ما يحتاجه المتطوعون لهذه المهمة وما تشمله الموافقة. لا يرى المتطوعون شيئًا آخر عن الشخص.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = لا يمكن تسجيل التقييم إلا بعد موافقة الشخص على إدارة الحالة. سجّل الموافقة في الأعلى أولًا.
error-assessment-consent-missing = لم يُحفظ شيء: لا يمكن تسجيل التقييم إلا بعد تسجيل موافقة الشخص على إدارة الحالة.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = مجالات عملك
nav-figures-hint = أرقام البرنامج مجهولة الهوية: الحالات حسب المرحلة، والوقت حتى الخطة، وأوقات انتظار دورات اللغة، والإحالات.
nav-issues-hint = القضايا الهيكلية التي أبلغ عنها مديرو ومديرات الحالات: مراجعتها وإسنادها إلى مجموعة عمل.
nav-groups-hint = مجموعات العمل مع الشركاء: الأعضاء والاجتماعات والإجراءات المتفق عليها.
nav-results-hint = ما اتفقت عليه مجموعات العمل وما نفذته، حسب الموضوع.
nav-offers-hint = عروض الشركاء مع المكان والمواعيد والأماكن الشاغرة.
nav-organisations-hint = إنشاء منظمات الشبكة وتعديلها.
nav-users-hint = إنشاء حسابات المستخدمين وتعيين الأدوار وحظر الحسابات.
nav-catalogues-hint = إضافة إدخالات خاصة إلى القوائم المرجعية، مع نص لكل لغة.
nav-audit-hint = من اطلع على أي بيانات ومتى، وهل السجل لم يتغير.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = لا يوجد اتصال: ترى ما حفظه هذا الجهاز في الساعة { $time }. ربما تغيّر شيء منذ ذلك الوقت.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = مدد الحفظ
nav-retention-hint = متى تُحذف أي بيانات شخصية: قاعدة واحدة لكل نوع من البيانات، مع بدايتها ومدتها.
retention-title = مدد الحفظ
retention-intro = لكل نوع من البيانات الشخصية قاعدة واحدة: تبدأ المدة بحدث؛ وعندما تنتهي تُحذف البيانات أو تُجعل مجهولة الهوية. الحدث محدد لكل نوع من البيانات، وأنت تحدد المدة. يُسجَّل كل تغيير.
retention-not-legal-advice = المدد المرفقة مع Lotse أمثلة وليست استشارة قانونية. حدِّدها وفق مفهوم الحذف في بلديتك.
retention-col-kind = نوع البيانات
retention-col-start = تبدأ المدة عندما
retention-col-period = المدة
retention-col-changed = آخر تغيير
retention-default = الإعداد الافتراضي في Lotse
retention-col-run = آخر تطبيق
retention-run = { $date }؛ المحذوف: { $deleted }
retention-run-none = لم تُطبَّق بعد
retention-schedule = يطبّق Lotse القواعد مرة واحدة في اليوم ويسجّل كل تشغيل: أي قاعدة، وكم سجلًا، ومتى. لا يحتوي هذا السجل على بيانات شخصية.
hold-title = تقييد المعالجة
hold-in-force = بيانات هذا الشخص مقيّدة حتى { $until } ضمنًا.
hold-effect = ما دام التقييد ساريًا، لا يحذف Lotse شيئًا منها وفق مدد الحفظ ولا يشارك شيئًا منها مع الشركاء أو المتطوعين (المادة 18 من اللائحة العامة لحماية البيانات، والمادة 84 من الكتاب العاشر من قانون الضمان الاجتماعي الألماني).
hold-placed = من قيّدها
hold-end = إنهاء التقييد
hold-place = تقييد البيانات (بدلًا من حذفها)
hold-hint = لإجراء جارٍ، أو إذا كانت صحتها موضع نزاع، أو إذا طلب الشخص ذلك. ينتهي التقييد تلقائيًا بعد يومه الأخير.
hold-place-submit = تقييد
field-hold-reason = السبب
field-hold-until = اليوم الأخير
field-hold-note = ملاحظة (مثلًا رقم الملف)
hold-badge = مقيّد حتى { $until }
hold-marker = مقيّد
hold-reason-ongoing-procedure = إجراء جارٍ
hold-reason-disputed-accuracy = صحتها موضع نزاع
hold-reason-client-request = بطلب من الشخص
error-hold-until-past = لا يمكن أن يكون اليوم الأخير في الماضي.
error-hold-until-far = خمس سنوات على الأكثر؛ بعد ذلك يمكن وضع التقييد من جديد.
error-hold-exists = يوجد تقييد ساري المفعول لهذا الشخص. أنهِه لوضع تقييد جديد.
error-client-held = بيانات هذا الشخص مقيّدة: لا تتم مشاركة أي شيء ما دام ذلك ساريًا.
nav-holds = التقييدات
nav-holds-hint = بيانات أشخاص لا تُحذف ولا تُشارك مع أحد: مع السبب واليوم الأخير.
holds-title = تقييدات المعالجة
holds-intro = جميع التقييدات السارية اليوم لأشخاص في مؤسستك. يضعها مديرو الحالات في بيانات الشخص؛ هنا تنهي تقييدًا أو تضع تقييدًا لشخص تعرفه برقمه.
holds-none = لا يوجد تقييد ساري المفعول حاليًا.
holds-col-client = رقم الشخص
holds-col-end = إنهاء
field-client-number = رقم الشخص (من السجل أو من الطلب)
error-client-number = لا يوجد في مؤسستك شخص بهذا الرقم.
retention-changed = { $date } بواسطة { $name }؛ قبل ذلك: { $before }
retention-changed-by-unknown = حساب محذوف
field-retention-period = المدة
field-retention-unit = الوحدة
retention-unit-days = أيام
retention-unit-months = أشهر
retention-unit-years = سنوات
retention-period-days =
    { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
retention-period-months =
    { $count ->
        [zero] { $count } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $count } أشهر
        [many] { $count } شهرًا
       *[other] { $count } شهر
    }
retention-period-years =
    { $count ->
        [zero] { $count } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $count } سنوات
        [many] { $count } سنةً
       *[other] { $count } سنة
    }
error-retention-period = يرجى إدخال عدد صحيح أكبر من صفر، بحد أقصى 100 سنة.
error-retention-unit = يرجى اختيار أيام أو أشهر أو سنوات.
retention-kind-client-record = البيانات الأساسية للشخص (الاسم، تاريخ الميلاد، اللغة)
retention-kind-contact = بيانات الاتصال والعنوان
retention-kind-household = أفراد الأسرة
retention-kind-residence = الإقامة والإعانات
retention-kind-health-notes = ملاحظات عن الصحة
retention-kind-youth-welfare-notes = ملاحظات عن رعاية الشباب
retention-kind-private-notes = ملاحظات العمل الشخصية
retention-kind-case = الحالة ومراحلها
retention-kind-assessment = التقييم
retention-kind-plan = نسخ الخطة وسجل الخطوات
retention-kind-appointments = المواعيد
retention-kind-consents = الموافقات
retention-kind-referrals = الإحالات ورسائلها
retention-kind-volunteer-tasks = مهام المتطوعين وتقاريرهم
retention-kind-portal-access = الوصول إلى البوابة وجلسات البوابة
retention-kind-correction-requests = طلبات التصحيح من البوابة
retention-kind-structural-issue-links = الروابط بين القضايا الهيكلية والحالات
retention-kind-staff-sessions = جلسات الموظفين ومحاولات تسجيل الدخول
retention-kind-audit-log = سجل الوصول إلى البيانات
retention-start-case-closed = تُغلق آخر حالة للشخص
retention-start-consent-ended = تُسحب الموافقة أو تنتهي مدتها
retention-start-referral-closed = تُنجز الإحالة أو تُرفض أو تُسحب
retention-start-task-finished = تُنجز المهمة أو تُلغى
retention-start-portal-access-ended = يُنهى الوصول إلى البوابة أو يُحظر
retention-start-request-answered = يُرد على الطلب
retention-start-session-ended = تنتهي الجلسة (بتسجيل الخروج أو بانتهاء المدة) أو تتم محاولة تسجيل الدخول
retention-start-entry-written = يُكتب الإدخال

# Handing over a caseload (administrators)
handover-title = نقل الملفات
handover-link = نقل الملفات
handover-counts = الملفات المفتوحة: { $open } · الملفات المغلقة: { $closed }
handover-none = هذا الشخص ليس مسؤولًا عن أي ملف.
handover-cases = ملفات هذا الشخص
handover-cases-hint = تنتقل الملفات المحددة إلى الزميلة أو الزميل الذي تختاره أدناه. لتوزيع الملفات على عدة أشخاص، انقلها على دفعات متتالية.
handover-col-hand-over = نقل
handover-col-case = رقم الملف
handover-col-opened = تاريخ الفتح
handover-col-updated = آخر تعديل
handover-case-label = نقل الملف { $case }
handover-to = النقل إلى
handover-colleague = { $name } (الملفات المفتوحة: { $open })
handover-no-colleague = لا يوجد في هذه المؤسسة مدير حالات نشط آخر. أنشئ حسابًا أولًا.
handover-submit = نقل الملفات المحددة
handover-done = تم النقل. عدد الملفات: { $number }
handover-deactivate-later = يمكنك تعطيل الحساب عندما لا يبقى أي ملف مفتوح.
handover-deactivate-now = لم يعد هذا الشخص مسؤولًا عن أي ملف مفتوح. يمكنك تعطيل الحساب الآن.
handover-deactivated = تم تعطيل الحساب.
error-deactivate-open-cases = لا يزال هذا الشخص مسؤولًا عن ملفات مفتوحة. انقل الملفات أولًا («نقل الملفات»).
error-handover-colleague = يرجى اختيار مدير حالات نشط من المؤسسة نفسها.
error-handover-no-case = يرجى تحديد ملف واحد على الأقل.
error-handover-changed = تغيّرت بعض هذه الملفات في هذه الأثناء. أعد تحميل الصفحة وحاول مرة أخرى.
audit-action-handover = نُقل
audit-action-erase = حُذف (طلب حذف)
audit-action-refuse = رُفض
erasure-title = حذف البيانات
erasure-requested-portal = طلب الشخص بتاريخ { $date } في البوابة حذف بياناته.
erasure-recorded-by = طلب حذف من الشخص، سجّله { $name } بتاريخ { $date }.
erasure-refused-on = رُفض بتاريخ { $date } بواسطة { $name }:
erasure-erased-on = حُذف بتاريخ { $date } بواسطة { $name }.
erasure-record = تسجيل طلب حذف
erasure-record-hint = طلب الشخص شخصيًا أو كتابيًا حذف بياناته. يظهر الطلب أيضًا لدى مسؤول أو مسؤولة حماية البيانات.
erasure-record-submit = تسجيل الطلب
erasure-erase-warning = يزيل الحذف بيانات الشخص وحالاته وخططه وموافقاته وإحالاته ومهامه ووصوله إلى البوابة. لا يمكن التراجع عن ذلك. يبقى السجل دون ذكر الشخص؛ وتبقى أرقام البرنامج مجهولة الهوية.
erasure-confirm = لقد تحققت: لا يوجد واجب حفظ يمنع الحذف.
erasure-erase = حذف جميع البيانات الآن
erasure-refuse = رفض الطلب
field-erasure-refusal = سبب الرفض (يقرؤه الشخص في البوابة)
erasure-done = تم حذف بيانات الشخص.
erasure-requests-title = طلبات الحذف
erasure-requests-intro = طلبات أشخاص في مؤسستك لحذف بياناتهم: من البوابة أو سجّلها مديرو الحالات. تقرر أنت هنا، أو يقرر مدير/مديرة الحالة في بيانات الشخص.
erasure-requests-none = لا يوجد حاليًا أي طلب حذف مفتوح.
erasure-requests-decided = تم البت فيها مؤخرًا
erasure-client-number = الشخص رقم { $number }
erasure-client-erased = شخص محذوف
nav-erasure-requests = طلبات الحذف
nav-erasure-requests-hint = طلبات الحذف (المادة 17 من اللائحة العامة لحماية البيانات): احذف أو ارفض مع ذكر السبب.
follow-up-portal-erasure = تم طلب حذف البيانات في البوابة
error-erasure-confirm = يرجى التأكيد بوضع علامة في المربع أنه لا يوجد واجب حفظ يمنع ذلك.
error-erasure-held = بيانات هذا الشخص مقيّدة (تقييد المعالجة). أنهِ التقييد أولًا أو ارفض الطلب.
error-erasure-decided = تم البت في هذا الطلب بالفعل.
portal-erasure-title = حذف بياناتي
portal-erasure-intro = يمكنك أن تطلب حذف جميع بياناتك. يقرر ذلك مدير أو مديرة حالتك ومسؤول أو مسؤولة حماية البيانات. عندما تُحذف بياناتك، لن تعود خطتك موجودة ولن تستطيع تسجيل الدخول هنا بعد ذلك.
portal-erasure-ask = طلب الحذف
portal-erasure-sent = تم إرسال طلبك.
portal-erasure-open = طلبت الحذف بتاريخ { $date }. لم يُتخذ القرار بعد.
portal-erasure-refused = رُفض طلبك للحذف بتاريخ { $date }. السبب:
portal-erasure-refusal-still-needed = لا تزال بياناتك مطلوبة لحالتك الجارية.
portal-erasure-refusal-legal-duty = يُلزمنا القانون بالاحتفاظ بهذه البيانات لفترة أخرى.
portal-erasure-refusal-legal-claims = البيانات مطلوبة لإجراء قانوني.

## Merging two records of one person
merge-section-title = هل سُجِّل الشخص مرتين؟
merge-section-hint = إذا سُجِّل الشخص نفسه مرتين، مثلًا بطريقتي كتابة مختلفتين، فادمج الملفين.
merge-find = البحث عن ملف مكرر ودمجه
merge-merged-from = دُمج الملف رقم { $number } ({ $name }) مع هذا الملف بتاريخ { $date } بواسطة { $by }.
merge-taken = ما أُخذ منه: { $parts }.
merge-part-name = الاسم
merge-part-latin = الاسم بالحروف اللاتينية
merge-part-birth = تاريخ الميلاد
merge-part-language = اللغة المفضلة
merge-part-interpreter = الترجمة الشفهية
merge-part-phone = الهاتف
merge-part-email = البريد الإلكتروني
merge-part-address = العنوان والحي
merge-part-residence = الإقامة والإعانات
merge-title = دمج الملفات
merge-back = العودة إلى الملف
merge-intro = قد تكون هذه الملفات للشخص نفسه. اختر أحدها للمقارنة أو ابحث عن اسم آخر.
merge-search-label = الاسم
merge-search = بحث
merge-none-found = لم يُعثر على ملف آخر بهذا الاسم.
merge-candidates = ملفات قد تكون مكررة
merge-col-number = رقم
merge-compare = مقارنة
merge-count-cases = الحالات
merge-count-household = الأسرة
merge-count-consents = الموافقات
merge-count-referrals = الإحالات
merge-side-portal = الوصول إلى البوابة
merge-record = الملف رقم { $number }
merge-compare-intro = اختر الملف الذي يبقى والقيمة المعتمدة لكل بيان. كل ما يرتبط بالملف الآخر ينتقل إلى الملف الباقي.
merge-keep = يبقى هذا الملف
merge-parts-hint = أي قيمة تُعتمد؟
merge-parts-same = لا تُعرض البيانات المتطابقة في الملفين.
merge-warning = يُزال الملف الآخر. تنتقل حالاته مع خططها، والأسرة، والملاحظات، والموافقات، والإحالات، والمهام، وإدخالات السجل إلى الملف الباقي. ينتهي الوصول إلى البوابة المرتبط به؛ وعند الحاجة يحصل الشخص على رسالة دخول جديدة. لا يمكن التراجع عن ذلك.
merge-submit = دمج الملفات
merge-done = تم دمج الملفين.
error-merge-same = لا يمكن دمج ملف مع نفسه.
error-merge-changed = تغيّر أحد الملفين في هذه الأثناء. يُرجى مقارنتهما مرة أخرى.
error-merge-held = يسري تقييد المعالجة على أحد الملفين. أنهِ التقييد أولًا.
audit-action-merge = دمج

## Sign-in security: second factor, sessions (issue 18)
account-password-title = كلمة المرور
second-factor-title = العامل الثاني
second-factor-app-since = تسجّل الدخول بكلمة المرور وتطبيق المصادقة (تم الإعداد في { $date }).
second-factor-none = تسجّل الدخول بكلمة المرور فقط. يحمي العامل الثاني حسابك إذا عرف أحدٌ كلمة المرور الخاصة بك.
second-factor-required-here = تشترط منظمتك عاملًا ثانيًا.
second-factor-begin = إعداد تطبيق المصادقة
second-factor-new-phone = إعداد تطبيق المصادقة على هاتف جديد
second-factor-scan = امسح رمز QR هذا باستخدام تطبيق المصادقة.
second-factor-qr-label = رمز QR لتطبيق المصادقة
second-factor-type-secret = أو أدخل هذا المفتاح في التطبيق:
second-factor-app-code = الرمز المكوّن من ستة أرقام من التطبيق
second-factor-confirm = تأكيد
second-factor-cancel = إلغاء الإعداد
second-factor-app-set-up = تم إعداد تطبيق المصادقة. أنشئ الآن رموز استرداد، تحسّبًا لعدم وجود هاتفك معك.
second-factor-app-removed = تمت إزالة العامل الثاني.
second-factor-remove = إزالة العامل الثاني
second-factor-remove-hint = بعد ذلك ستسجّل الدخول بكلمة المرور فقط. أكّد ذلك بكلمة المرور الحالية.
recovery-codes-title = رموز الاسترداد
recovery-codes-left = { $count ->
    [0] ليس لديك رموز استرداد غير مستخدمة.
    [zero] ليس لديك رموز استرداد غير مستخدمة.
    [one] لا يزال لديك رمز استرداد واحد غير مستخدم.
    [two] لا يزال لديك رمزا استرداد غير مستخدمين.
    [few] لا يزال لديك { $count } رموز استرداد غير مستخدمة.
    [many] لا يزال لديك { $count } رمز استرداد غير مستخدم.
   *[other] لا يزال لديك { $count } رمز استرداد غير مستخدم.
}
recovery-codes-hint = برمز الاسترداد تسجّل الدخول عندما لا يكون هاتفك معك. كل رمز صالح لمرة واحدة.
recovery-codes-create = إنشاء رموز استرداد جديدة
recovery-codes-once = دوّن هذه الرموز أو اطبعها الآن، واحفظها في مكان آمن. لن تُعرض إلا هذه المرة فقط. الرموز السابقة لم تعد صالحة.
sessions-title = جلساتك
sessions-intro = هنا ترى أين سجّلت الدخول. أنهِ الجلسات التي لا تعرفها، ثم غيّر كلمة المرور.
sessions-browser-unknown = متصفح غير معروف
sessions-browser-on = { $browser } على { $system }
sessions-details = تسجيل الدخول: { $started } · آخر نشاط: { $seen }
sessions-this-one = هذه الجلسة
sessions-end = إنهاء الجلسة
sessions-end-others = إنهاء جميع الجلسات الأخرى
sessions-ended-one = تم إنهاء الجلسة.
sessions-ended-others = تم إنهاء جميع الجلسات الأخرى.
sign-in-method-password = تم تسجيل الدخول بكلمة المرور
sign-in-method-password-and-app = تم تسجيل الدخول بكلمة المرور وتطبيق المصادقة
sign-in-method-password-and-recovery-code = تم تسجيل الدخول بكلمة المرور ورمز الاسترداد
second-factor-sign-in-title = تأكيد تسجيل الدخول
second-factor-sign-in-intro = أدخل الرمز الذي يعرضه تطبيق المصادقة الآن.
second-factor-code = الرمز
second-factor-code-hint = بدون هاتف: أدخل أحد رموز الاسترداد الخاصة بك.
second-factor-set-up-title = إعداد عامل ثانٍ
second-factor-set-up-intro = تشترط منظمتك عاملًا ثانيًا لتسجيل الدخول. أعِدّ تطبيق مصادقة، مثلًا على هاتف العمل. بعد ذلك يمكنك المتابعة.
error-second-factor-not-started = ابدأ أولًا بإعداد تطبيق المصادقة.
error-second-factor-code-wrong = الرمز غير صحيح. أدخل الرمز الذي يعرضه التطبيق الآن.
error-second-factor-not-set-up = أعِدّ أولًا تطبيق مصادقة.
error-second-factor-required-by-organisation = تشترط منظمتك عاملًا ثانيًا. لا يمكنك إزالته.
nav-second-factors = العامل الثاني
nav-second-factors-hint = معرفة من يسجّل الدخول بعامل ثانٍ؛ اشتراطه لكل منظمة؛ إعادة تعيينه.
second-factors-title = العامل الثاني عند تسجيل الدخول
second-factors-intro = لكل منظمة: هل تشترط عاملًا ثانيًا، ومن قام بإعداده. من ليس لديه عامل ثانٍ يُعِدّه عند تسجيل دخوله التالي، بمجرد أن تشترطه منظمته.
second-factors-required = العامل الثاني مطلوب
second-factors-optional = العامل الثاني اختياري
second-factors-require = اشتراط
second-factors-waive = إلغاء الاشتراط
second-factors-without = { $count ->
    [0] جميع الحسابات النشطة لديها عامل ثانٍ.
    [zero] جميع الحسابات النشطة لديها عامل ثانٍ.
    [one] حساب نشط واحد ليس لديه عامل ثانٍ.
    [two] حسابان نشطان ليس لديهما عامل ثانٍ.
    [few] { $count } حسابات نشطة ليس لديها عامل ثانٍ.
    [many] { $count } حسابًا نشطًا ليس لديها عامل ثانٍ.
   *[other] { $count } حساب نشط ليس لديها عامل ثانٍ.
}
second-factors-app = تطبيق المصادقة
second-factors-recovery-codes = رموز الاسترداد
second-factors-actions = الإجراءات
second-factors-yes = تم الإعداد
second-factors-none = لا يوجد
second-factors-reset = إعادة تعيين
second-factors-reset-for = إعادة تعيين العامل الثاني الخاص بـ { $name }
second-factors-reset-done = تمت إعادة تعيين العامل الثاني. تم إنهاء جلسات الحساب.
audit-action-set-up-second-factor = إعداد العامل الثاني
audit-action-remove-second-factor = إزالة العامل الثاني
audit-action-new-recovery-codes = رموز استرداد جديدة
audit-action-reset-second-factor = إعادة تعيين العامل الثاني
audit-action-require-second-factor = اشتراط العامل الثاني
audit-action-waive-second-factor = إلغاء اشتراط العامل الثاني

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = تم تسجيل الدخول عبر خدمة المصادقة الخاصة بالمنظمة
error-sign-in-through-provider = تسجّل منظمتك الدخول عبر خدمة المصادقة الخاصة بها. يُرجى اختيار منظمتك أدناه.
error-provider-issuer = يُرجى إدخال عنوان خدمة المصادقة، على أن يبدأ بـ https://.
error-provider-unreachable = لا تستجيب أي خدمة مصادقة OpenID Connect على هذا العنوان. يُرجى التحقق من العنوان.
sign-in-provider-title = تسجيل الدخول بحساب منظمتك
sign-in-provider-link = تسجيل الدخول عبر { $organisation }
sign-in-provider-not-configured = لم يتم إعداد تسجيل الدخول عبر خدمة مصادقة لهذه المنظمة.
sign-in-provider-unreachable = لا يمكن الوصول إلى خدمة المصادقة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.
sign-in-provider-cancelled = تم إلغاء تسجيل الدخول لدى خدمة المصادقة.
sign-in-provider-failed = تعذّر التحقق من تسجيل الدخول. يُرجى البدء من جديد.
sign-in-provider-no-account = لا يوجد لك حساب في Lotse. يُرجى التواصل مع الإدارة.
sign-in-provider-unverified = لا تؤكد خدمة المصادقة عنوان بريدك الإلكتروني. يُرجى التواصل مع الإدارة.
sign-in-provider-deactivated = تم تعطيل حسابك. يُرجى التواصل مع الإدارة.
sign-in-provider-signed-out = لقد سجّلت الخروج من Lotse. قد يظل تسجيل دخولك قائمًا لدى خدمة المصادقة الخاصة بـ { $organisation }.
sign-in-provider-sign-out = تسجيل الخروج من خدمة المصادقة أيضًا
nav-sign-in-providers = خدمات المصادقة
nav-sign-in-providers-hint = إعداد تسجيل الدخول عبر خدمة المصادقة الخاصة بمنظمة (تسجيل الدخول الموحّد).
providers-title = خدمات المصادقة (تسجيل الدخول الموحّد)
providers-intro = لكل منظمة: هل يسجّل موظفوها الدخول عبر خدمة مصادقة OpenID Connect، مثل خدمة البلدية؟ ما زلت تُنشئ الحسابات بنفسك. عند تسجيل الدخول الأول، يُربط الحساب عبر عنوان البريد الإلكتروني المؤكَّد. يواصل مسؤولو ومسؤولات الإدارة تسجيل الدخول بكلمة المرور.
providers-return-address = عنوان العودة للتسجيل لدى خدمة المصادقة:
providers-saved = تم حفظ خدمة المصادقة.
providers-removed = تمت إزالة خدمة المصادقة. يسجّل الموظفون الدخول بكلمة المرور مرة أخرى.
providers-none = لا توجد خدمة مصادقة: تسجيل الدخول بكلمة المرور.
providers-disabled = خدمة المصادقة مُعدّة لكنها متوقفة: تسجيل الدخول بكلمة المرور.
providers-in-use = { $count ->
    [zero] تسجيل الدخول عبر خدمة المصادقة. لا يوجد حساب مرتبط.
    [one] تسجيل الدخول عبر خدمة المصادقة. حساب واحد مرتبط.
    [two] تسجيل الدخول عبر خدمة المصادقة. حسابان مرتبطان.
    [few] تسجيل الدخول عبر خدمة المصادقة. { $count } حسابات مرتبطة.
    [many] تسجيل الدخول عبر خدمة المصادقة. { $count } حسابًا مرتبطًا.
   *[other] تسجيل الدخول عبر خدمة المصادقة. { $count } حساب مرتبط.
}
providers-offers-sign-out = توفّر خدمة المصادقة تسجيل الخروج؛ ويعرضه Lotse بعد تسجيل الخروج.
providers-issuer = العنوان (issuer)
providers-issuer-hint = يقرأ Lotse من هذا العنوان /.well-known/openid-configuration.
providers-client-id = Client ID
providers-client-secret = سر العميل
providers-client-secret-hint = تمنحه خدمة المصادقة.
providers-client-secret-keep = اتركه فارغًا للاحتفاظ بالسر المحفوظ.
providers-subject-claim = السمة التي تحدد الشخص (claim)
providers-subject-claim-hint = عادةً «sub». لا تغيّره إلا إذا طلب ذلك قسم تكنولوجيا المعلومات في البلدية.
providers-enabled = تفعيل تسجيل الدخول عبر هذه الخدمة
providers-save = حفظ
providers-remove = إزالة خدمة المصادقة
audit-action-configure-sign-in-provider = تم إعداد خدمة المصادقة
audit-action-remove-sign-in-provider = تمت إزالة خدمة المصادقة
providers-settings = إعداد خدمة المصادقة أو تغييرها
account-through-provider = تسجّل الدخول عبر خدمة المصادقة الخاصة بمنظمتك. تدير منظمتك هناك كلمة المرور والعامل الثاني.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = مفاتيح المرور
passkeys-intro = يؤكّد مفتاح المرور تسجيل دخولك بهذا الجهاز: ببصمة إصبعك أو وجهك أو رقم PIN الخاص بالجهاز أو مفتاح أمان. وهو يحلّ محلّ الرمز من التطبيق.
passkeys-none = ليس لديك مفتاح مرور بعد.
passkey-details = أُضيف في { $added }. آخر استخدام: { $used }
passkey-never-used = لم يُستخدم بعد
passkey-remove = إزالة
passkey-remove-named = إزالة مفتاح المرور { $name }
passkey-name = اسم مفتاح المرور
passkey-name-hint = لكي تتعرّف عليه، مثلًا «الحاسوب المحمول في المكتب» أو «مفتاح الأمان».
passkey-add = إضافة مفتاح مرور
passkey-waiting = يطلب جهازك الآن مفتاح المرور.
passkey-sign-in = تسجيل الدخول بمفتاح المرور
passkey-sign-in-intro = أكّد تسجيل الدخول بمفتاح المرور الخاص بك.
passkey-or-code = أو أدخل رمزًا:
passkey-set-up-intro = أو أضف مفتاح مرور، إذا كان هذا الجهاز يدعم بصمة الإصبع أو التعرّف على الوجه أو مفتاح أمان:
passkey-unsupported = لا يمكن لهذا المتصفح استخدام مفاتيح المرور. استخدم متصفحًا حديثًا أو تطبيق المصادقة.
passkey-cancelled = لم يُستخدم مفتاح المرور (أُلغي أو انتهى الوقت). حاول مرة أخرى.
passkey-known = يوجد على هذا الجهاز مفتاح مرور لحسابك بالفعل.
passkey-elsewhere = لا تعمل مفاتيح المرور إلا على العنوان { $address }.
passkey-elsewhere-link = فتح Lotse على هذا العنوان
passkey-added = تمت إضافة مفتاح المرور. أنشئ رموز استرداد إن لم تكن لديك بعد.
passkey-removed = تمت إزالة مفتاح المرور.
error-passkey-failed = تعذّر تأكيد مفتاح المرور. حاول مرة أخرى.
error-passkey-expired = انتهت صلاحية الطلب. حاول مرة أخرى.
error-passkey-none = لا يوجد مفتاح مرور لحسابك.
error-passkey-name-required = أعطِ مفتاح المرور اسمًا.
error-passkey-name-too-long = يجب ألّا يزيد طول الاسم على 60 حرفًا.
sign-in-method-password-and-passkey = تم تسجيل الدخول بكلمة المرور ومفتاح المرور
second-factors-passkeys = مفاتيح المرور
audit-action-add-passkey = تمت إضافة مفتاح مرور
audit-action-remove-passkey = تمت إزالة مفتاح مرور
second-factor-remove-app = إزالة تطبيق المصادقة
second-factor-remove-app-hint = تبقى مفاتيح المرور ورموز الاسترداد الخاصة بك؛ وتواصل تأكيد تسجيل دخولك بها. أكّد ذلك بكلمة المرور الحالية.
second-factor-app-only-removed = تمت إزالة تطبيق المصادقة. تبقى مفاتيح المرور الخاصة بك.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = البريد الإلكتروني الصادر
nav-outbox-hint = أي رسائل بريد إلكتروني كتبها Lotse، وأيها أُرسل وأيها لم يُرسَل.
outbox-title = البريد الإلكتروني الصادر
outbox-intro = كل رسالة بريد إلكتروني يكتبها Lotse تظهر هنا أولًا. لا تحتوي الرسائل على أي بيانات للمستفيدين والمستفيدات، بل على رابط إلى Lotse فقط.
outbox-smtp-configured = تم إعداد خادم بريد: تُرسَل الرسائل المنتظرة خلال ثوانٍ قليلة. إذا فشلت محاولة، يحاول Lotse مرة أخرى لاحقًا.
outbox-no-smtp = لم يتم إعداد خادم بريد (LOTSE_SMTP_URL): لا تُرسَل الرسائل. تبقى هنا ويمكن قراءتها.
outbox-counts = منتظرة: { $waiting } · مُرسَلة: { $sent } · فاشلة: { $failed }
outbox-empty = لا توجد رسائل بريد إلكتروني بعد.
outbox-to = إلى
outbox-written = تاريخ الكتابة
outbox-state = الوضع
outbox-state-waiting = بانتظار الإرسال
outbox-state-sent = أُرسلت في { $time }
outbox-state-failed = فشل الإرسال (عدد المحاولات: { $attempts })
outbox-state-retrying = عدد المحاولات الفاشلة: { $attempts }، المحاولة التالية في { $time }
outbox-last-error = رد خادم البريد
outbox-read = قراءة الرسالة
mail-settings-title = إشعارات البريد الإلكتروني
mail-settings-intro = يكتب لك Lotse على { $email } عندما يتعلق بك أمر ما. لا تحتوي الرسائل على أي بيانات للمستفيدين والمستفيدات، بل على رابط فقط. اختر لكل نوع: فورًا، أو مجمّعة مرة واحدة في اليوم، أو أبدًا.
mail-settings-language = لغة رسائل البريد الإلكتروني
mail-settings-save = حفظ الإعدادات
mail-settings-saved = تم حفظ إعدادات البريد الإلكتروني.
notify-kind-new-referral = إحالة جديدة إلى منظمتك
notify-kind-referral-overdue = إحالة تجاوزت مهلة الرد
notify-kind-correction-requested = مستفيد/مستفيدة يطلب تصحيحًا
notify-kind-consent-revoked = مستفيد/مستفيدة سحب موافقة
notify-kind-volunteer-problem = متطوع/متطوعة يبلغ عن مشكلة
delivery-now = فورًا
delivery-daily = مجمّعة يوميًا
delivery-never = أبدًا
mail-new-referral-subject = إحالة جديدة إلى { $organisation }
mail-new-referral-body = وصلت في Lotse إحالة جديدة إلى { $organisation }. يُرجى الرد قبل انتهاء مهلة الرد:
    { $link }
mail-referral-overdue-subject = إحالة لا تزال تنتظر بعد انتهاء مهلة الرد
mail-referral-overdue-body = تجاوزت إحالة مهلة الرد ولم يتم الرد عليها بعد:
    { $link }
mail-correction-requested-subject = طلب تصحيح
mail-correction-requested-body = يطلب مستفيد أو مستفيدة من حالاتك تصحيحًا في البوابة. تجد الطلب في Lotse:
    { $link }
mail-consent-revoked-subject = تم سحب موافقة
mail-consent-revoked-body = سحب مستفيد أو مستفيدة من حالاتك موافقةً في البوابة. المزيد في Lotse:
    { $link }
mail-volunteer-problem-subject = متطوع أو متطوعة يبلغ عن مشكلة
mail-volunteer-problem-body = تم الإبلاغ عن مشكلة في مهمة ضمن إحدى حالاتك. المزيد في Lotse:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [zero] لا توجد إشعارات
        [one] إشعار واحد
        [two] إشعاران
        [few] { $count } إشعارات
        [many] { $count } إشعارًا
       *[other] { $count } إشعار
    }
mail-digest-intro = { $count ->
        [zero] منذ آخر ملخص ليس لديك أي إشعار:
        [one] منذ آخر ملخص لديك إشعار واحد:
        [two] منذ آخر ملخص لديك إشعاران:
        [few] منذ آخر ملخص لديك { $count } إشعارات:
        [many] منذ آخر ملخص لديك { $count } إشعارًا:
       *[other] منذ آخر ملخص لديك { $count } إشعار:
    }
mail-footer = لا تحتوي هذه الرسالة على أي بيانات للمستفيدين والمستفيدات. تحدد الرسائل التي تصلك في «حسابي»: { $settings }

external-title = إحالة إلى منظمتك
external-tagline = إحالات للشركاء
external-gone = لا يوجد (بعد الآن) ما يمكن رؤيته عبر هذا الرابط: فقد انتهت صلاحيته أو سُحب، أو أُغلقت الإحالة. يُرجى التواصل مع الشخص الذي أرسل إليك الإحالة.
external-for = إلى: { $organisation }
external-code-intro = لحماية البيانات، لا يعرض هذا الرابط أي شيء إلا بعد أن تُدخل رمزًا لمرة واحدة. نرسله إلى عنوانك في رسالة بريد إلكتروني ثانية.
external-send-code = إرسال الرمز بالبريد الإلكتروني
external-send-code-again = إرسال رمز جديد
external-code-sent = الرمز في الطريق إليك. وهو صالح لمدة 15 دقيقة.
external-code = الرمز لمرة واحدة من رسالة البريد الإلكتروني
external-open = فتح الإحالة
external-referral-title = الإحالة
external-audited = تُسجَّل كل زيارة لهذه الصفحة. يمكن للشخص المُحال أن يرى متى اطّلعت منظمتك على بياناته.
external-link-title = رابط للمنظمة الشريكة
external-link-explained = ليس لهذه المنظمة حساب في Lotse. تلقّى الشخص المسؤول عن التواصل فيها رابطًا بالبريد الإلكتروني، ويفتحه برمز لمرة واحدة.
external-contact = الشخص المسؤول عن التواصل
external-link-state = الرابط
external-link-active = صالح
external-link-expired = منتهي الصلاحية
external-link-withdrawn = مسحوب
external-link-until = صالح حتى
external-link-last-viewed = آخر فتح
external-link-never-viewed = لم يُفتح أبدًا
external-link-renew = تمديد لمدة 14 يومًا
external-link-withdraw = سحب الرابط
external-link-renewed = أصبح الرابط صالحًا مرة أخرى لمدة 14 يومًا.
external-link-withdrawn-done = تم سحب الرابط. من الآن لم يعد يعرض أي شيء.
organisations-external-contact = الشخص المسؤول عن التواصل (بدون حساب)
organisations-has-accounts = لديها حسابات في Lotse
organisations-external-new = إنشاء منظمة شريكة بدون حسابات
organisations-external-explained = للشركاء الذين لا يعملون في Lotse (مثل الغرف المهنية أو الجمعيات الصغيرة): تصل الإحالات إلى الشخص المسؤول عن التواصل على شكل رابط بالبريد الإلكتروني.
organisations-contact-name = اسم الشخص المسؤول عن التواصل
organisations-contact-email = عنوان البريد الإلكتروني للشخص المسؤول عن التواصل
organisations-contact-language = لغة رسائل البريد الإلكتروني
organisations-external-create = إنشاء المنظمة الشريكة
organisations-external-created = تم إنشاء المنظمة الشريكة.
error-external-no-contact = ليس لهذه المنظمة شخص مسؤول عن التواصل بشأن الإحالات.
error-external-link-gone = لم يعد هذا الرابط يعرض أي شيء. يُرجى التواصل مع الشخص الذي أرسل إليك الإحالة.
error-external-code-again = انتهت جلستك. يُرجى طلب رمز جديد وإدخاله.
error-external-code-limit = أُرسل عدد كبير جدًا من الرموز خلال الساعة الأخيرة. يُرجى المحاولة مرة أخرى لاحقًا.
error-external-code-expired = لم يعد هذا الرمز صالحًا. يُرجى طلب رمز جديد.
error-external-code-wrong = الرمز غير صحيح. يُرجى التحقق منه.
error-external-no-link = ليس لهذه الإحالة رابط صالح.
mail-external-referral-subject = إحالة جديدة من { $sender }
mail-external-referral-body = وصلت إلى منظمتك إحالة من { $sender } في إطار الإدارة البلدية للاندماج. لحماية البيانات، لا تحتوي هذه الرسالة على أي معلومات عن الشخص. تجد الإحالة هنا:
    { $link }
    عند فتحها نطلب منك رمزًا لمرة واحدة نرسله إليك في رسالة بريد إلكتروني ثانية. الرابط صالح حتى { $expires }.
mail-external-code-subject = رمزك لمرة واحدة في Lotse
mail-external-code-body = رمزك لمرة واحدة: { $code }
    وهو صالح لمدة 15 دقيقة. إذا لم تطلب رمزًا، يمكنك حذف هذه الرسالة.
portal-reminders-title = تذكير بالبريد الإلكتروني
portal-reminders-explained = نرسل إليك في اليوم السابق للموعد رسالة بريد إلكتروني فيها التاريخ والوقت. لا يوجد فيها شيء آخر. ترى التفاصيل هنا في البوابة.
portal-reminders-to = إلى: { $email }
portal-reminders-no-email = لا يوجد عنوان بريد إلكتروني محفوظ لك. يمكن لمدير أو مديرة حالتك إضافته.
portal-reminders-on = نعم، أرجو تذكيري
portal-reminders-off = لا أريد تذكيرات بعد الآن
portal-reminders-are-on = تصلك تذكيرات بالبريد الإلكتروني.
portal-reminders-are-off = لا تصلك تذكيرات بالبريد الإلكتروني.
mail-appointment-reminder-subject = تذكير: لديك موعد غدًا
mail-appointment-reminder-body = لديك موعد غدًا، { $date }، في الساعة { $time }. تجد التفاصيل في البوابة:
    { $link }
mail-appointment-reminder-body-day = لديك موعد غدًا، { $date }. تجد التفاصيل في البوابة:
    { $link }
mail-appointment-reminder-footer = يصلك هذا التذكير لأنك فعّلته في البوابة. ويمكنك أيضًا إيقافه من هناك.
