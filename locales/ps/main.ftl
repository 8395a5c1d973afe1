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
