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
