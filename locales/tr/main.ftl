# Lotse – Türkçe metinler (Almancadan çevrilmiştir; her dilde aynı anahtarlar bulunur).

app-tagline = Belediye entegrasyon yönetimi
skip-to-content = İçeriğe geç
language-label = Dil
demo-marker = Demo – gerçek veri yok
nav-label = Ana gezinme
nav-start = Ana sayfa
nav-organisations = Kuruluşlar
nav-users = Kullanıcı hesapları
nav-account = Hesabım
sign-out = Oturumu kapat
signed-out-notice = Oturum açmadınız.
sign-in-link = Oturum açmaya git

## Oturum açma
sign-in-title = Oturum aç
sign-in-submit = Oturum aç
field-email = E-posta adresi
field-password = Şifre
demo-accounts-title = Demo hesapları
demo-accounts-password = Tüm demo hesaplarının şifresi:

## Ana sayfa
start-title = Ana sayfa
start-greeting = İyi günler, { $name }!
start-intro-administrator = Kuruluşları, kullanıcı hesaplarını ve rolleri yönetirsiniz.
start-intro-case-manager = Danışanlarınıza vaka yönetiminde ilk görüşmeden entegrasyon planına kadar eşlik edersiniz.
start-intro-coordinator = Anonimleştirilmiş göstergeleri görür ve çalışma gruplarına eşlik edersiniz.
start-intro-partner-staff = Kuruluşunuza yapılan yönlendirmeleri ve yalnızca danışanın paylaşılmasına onay verdiği verileri görürsünüz.
start-intro-volunteer = Size verilen görevleri görürsünüz.
start-intro-data-protection-officer = Kimin, ne zaman, hangi verilere eriştiğini denetlersiniz.
start-more-soon = Diğer bölümler sonraki sürümlerde eklenecektir.

## Roller
role-administrator = Yönetim
role-case-manager = Vaka yönetimi
role-coordinator = Koordinasyon
role-partner-staff = Ortak kuruluş
role-volunteer = Gönüllülük
role-data-protection-officer = Veri koruma

## Kuruluş türleri
org-type-city-office = Belediye dairesi
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = İş ve işçi bulma kurumu
org-type-chamber = Oda (IHK/HWK)
org-type-welfare-organisation = Sosyal yardım kuruluşu
org-type-course-provider = Kurs sağlayıcı
org-type-volunteer-network = Gönüllü ağı
org-type-health-service = Sağlık hizmeti

## Kuruluşlar
organisations-title = Kuruluşlar
organisations-new = Yeni kuruluş
organisations-create = Kuruluş oluştur
field-organisation-name = Ad
field-organisation-type = Kuruluş türü
choose-option = Lütfen seçin

## Kullanıcı hesapları
users-title = Kullanıcı hesapları
users-new = Yeni kullanıcı hesabı
users-create = Kullanıcı hesabı oluştur
users-created = Kullanıcı hesabı oluşturuldu.
users-last-sign-in = Son oturum açma
users-never = hiç
users-status = Durum
users-active = etkin
users-inactive = devre dışı
users-activate = Etkinleştir
users-deactivate = Devre dışı bırak
field-display-name = Ad
field-organisation = Kuruluş
field-role = Rol
field-initial-password = İlk şifre
pager-label = Sayfalar
pager-previous = Önceki sayfa
pager-next = Sonraki sayfa

## Hesabım
account-title = Hesabım
account-change-password = Şifreyi değiştir
account-password-changed = Şifreniz değiştirildi. Diğer oturumlar sonlandırıldı.
field-current-password = Mevcut şifre
field-new-password = Yeni şifre
field-confirm-password = Yeni şifreyi tekrarlayın
password-rule = En az 10 karakter.

## Sayfa bulunamadı
not-found-title = Sayfa bulunamadı
not-found-home = Ana sayfaya git

## Hata mesajları
error-unauthenticated = Lütfen oturum açın.
error-forbidden = Bunun için yetkiniz yok.
error-invalid-credentials = E-posta adresi veya şifre yanlış.
error-throttled = Çok fazla başarısız oturum açma denemesi. Lütfen { $minutes } dakika sonra tekrar deneyin.
error-not-found = Kayıt bulunamadı.
error-bad-request = İstek hatalıydı. Lütfen sayfayı yeniden yükleyin.
error-internal = Dahili bir hata oluştu. Lütfen destek ekibine { $request_id } kimliğini bildirin.
error-required = Lütfen bu alanı doldurun.
error-too-long = Bu metin çok uzun.
error-choose-option = Lütfen bir seçenek belirleyin.
error-email-invalid = Lütfen geçerli bir e-posta adresi girin.
error-email-taken = Bu e-posta adresi için zaten bir kullanıcı hesabı var.
error-organisation-exists = Bu ada sahip bir kuruluş zaten var.
error-password-too-short = Şifre en az 10 karakter uzunluğunda olmalıdır.
error-passwords-differ = İki şifre birbiriyle eşleşmiyor.
error-current-password-wrong = Mevcut şifre yanlış.
error-own-account = Kendi hesabınızı burada değiştiremezsiniz.
error-name-required = Lütfen en az bir ad girin.
error-date-part-invalid = Bu tarih mevcut değil.
error-day-without-month = Ay olmadan gün girilemez.
error-language-code = Lütfen listeden bir dil seçin.

## Danışanlar
nav-clients = Danışanlar
clients-title = Danışanlar
clients-new = Yeni danışan
clients-search-label = Ad (her yazılış, her alfabe)
clients-none-found = Kimse bulunamadı.
clients-col-name = Ad
clients-col-latin = Belgelerdeki yazılış
clients-col-birth = Doğum tarihi
clients-birth-unknown = bilinmiyor
client-new-title = Yeni danışan
client-names = Adlar
client-birth = Doğum tarihi
client-birth-hint = Bilinen bilgileri girin; gün veya ay boş bırakılabilir.
client-language = Dil
client-contact = İletişim ve adres
client-create = Oluştur
client-created = Kişi kaydedildi.
client-duplicates-title = Bu kişiler zaten kayıtlı olabilir:
client-duplicates-confirm = Bu başka bir kişi – yine de oluştur
field-given-names = Ad(lar)
field-family-name = Soyadı
field-given-names-latin = Belgelerdeki gibi Latin harfleriyle ad(lar)
field-family-name-latin = Belgelerdeki gibi Latin harfleriyle soyadı
field-birth-day = Gün
field-birth-month = Ay
field-birth-year = Yıl
field-preferred-language = Tercih edilen dil
field-interpreter-needed = Sözlü tercüme gerekli
field-interpreter-language = Sözlü tercüme dili (ISO-639-3-Code)
field-phone = Telefon
field-street = Sokak ve kapı numarası
field-postal-code = Posta kodu
field-city = Yerleşim yeri

## Case management core (issue 3)

error-conflict = Bu bilgileri bu arada başka biri kaydetti. Hiçbir şeyin üzerine yazılmadı, girdiğiniz bilgiler hâlâ formda duruyor. Şu anda kayıtlı olan:
error-number-invalid = Lütfen geçerli bir sayı girin.
error-date-invalid = Lütfen geçerli bir tarih girin.
error-time-invalid = Lütfen geçerli bir saat girin (SS:DD).
error-choose-from-list = Lütfen listeden bir kayıt seçin.
error-date-in-past = Tarih geçmişte.
error-date-in-future = Tarih gelecekte.
error-target-before-start = Hedef tarih, başlangıçtan önce.
error-goal-empty = Lütfen hedefi açıklayın (danışanın kendi sözleriyle, sade bir dille veya bir şablonla).
error-reason-required = Lütfen bir neden belirtin.
error-result-required = Lütfen sonucu belirtin.
error-organisation-required = Lütfen sorumlu kuruluşu seçin.
error-interpreter-language-required = Lütfen sözlü tercüme dilini belirtin.
error-review-before-agreement = Gözden geçirme, anlaşmadan sonra olmalıdır.
error-plan-empty = Planda henüz hedef yok.
error-plan-nothing-to-agree = Üzerinde anlaşılabilecek bir taslak yok.
error-phase-not-allowed = Bu aşama değişikliği mümkün değil.
error-consent-missing = Vaka yönetimi için onay henüz yok. Lütfen önce onayı kaydedin.
error-entrusted-by-required = Lütfen bilgiyi kimin güvenerek paylaştığını belirtin.

value-empty = (boş)
untranslated-marker = çevrilmedi
language-picker-hint = Almanca adını, dilin kendi adını veya ISO-639-3-Code girin.
saved = Kaydedildi.
save = Kaydet
add = Ekle
remove = Kaldır
yes = evet
no = hayır
nav-catalogues = Kataloglar

client-title = Danışan
client-personal = Kişisel bilgiler
client-edit = Bilgileri değiştir
client-cases = Vakalar
client-household = Hane
client-address = Adres
client-open-record = Dosyayı aç
case-link = Vaka
case-open = Yeni vaka oluştur
household-add = Hane üyesi ekle
field-member-name = Ad
field-relation = Yakınlık
compartment-residence = Oturum ve sosyal yardımlar
compartment-residence-hint = Hassas alan: ayrı saklanır ve yalnızca gerektiği yerde görünür.
field-residence-status = Oturum durumu
field-valid-until = Geçerlilik sonu
field-benefit-regime = Alınan sosyal yardım
compartment-health = Sağlık
compartment-health-hint = Özel nitelikli kişisel veri: yalnızca açık onay ile paylaşılır.
compartment-youth-welfare = Çocuk ve gençlik yardımı
compartment-youth-welfare-hint = Yalnızca bilgiyi güvenerek paylaşan kişinin onayıyla paylaşılır.
compartment-private = Kişisel çalışma notlarım
compartment-private-hint = Bu notları yalnızca siz görürsünüz. Hiçbir zaman paylaşılmaz.
note-add = Not ekle
field-note = Not
field-entrusted-by = Güvenerek paylaşan

case-title = Vaka
case-phase = Aşama
case-owner = Vaka sorumlusu
case-sections = Vakanın bölümleri
case-history = Aşama geçmişi
case-closed = Vaka kapatıldı:
case-consent-needed = Durum tespitinden önce vaka yönetimi için onay kaydedilmelidir.
case-next-phase = Sonraki aşama
case-change-phase = Aşamayı değiştir
field-closure-reason = Kapatma nedeni
consent-title = Vaka yönetimi için onay
consent-recorded = Onay tarihi
consent-record = Onayı gir
consent-save = Onayı kaydet
field-given-on = Veriliş tarihi
field-consent-method = Onay şekli
assessment-title = Durum tespiti
assessment-recorded = kaydedildi
assessment-needs = İhtiyaçlar
assessment-resources = Kaynaklar ve güçlü yönler
assessment-client-goals = Danışanın kendi hedefleri
facts-title = Yapılandırılmış bilgiler
field-language-level = Almanca seviyesi
field-literacy = Okuma yazma
field-schooling = Okul eğitimi
field-qualifications = Diplomalar ve nitelikler
field-recognition-needed = Yurt dışı diplomasının tanınması gerekli
field-work-experience = İş deneyimi
field-housing-situation = Konut durumu
field-health-insurance = Sağlık sigortası

plan-title = Entegrasyon planı
plan-none = Henüz plan yok.
plan-version = Sürüm { $number }
plan-version-agreed = Üzerinde anlaşılan sürüm { $number }, tarih:
plan-version-draft = Taslak, sürüm { $number }
plan-print = Planı yazdır
plan-goals = Hedefler
plan-no-goals = Henüz hedef yok.
plan-steps = Adımlar
plan-agree = Plan üzerinde anlaş
plan-agree-hint = Plan danışanla konuşulur ve birlikte kararlaştırılır. Sonraki değişiklikler yeni bir sürüm başlatır.
plan-review-default = Boş bırakılırsa: anlaşmadan altı ay sonra.
plan-versions = Sürümler
plan-agreed-on = anlaşma tarihi
plan-draft = Taslak
plan-compare-from = Karşılaştır:
plan-compare-to = ile
plan-current = güncel durum
plan-compare = Karşılaştır
plan-no-changes = Değişiklik yok.
plan-back = Plana geri dön
goal-add = Hedef ekle
goal-edit = Hedefi değiştir
goal-remove = Hedefi kaldır
goal-status-change = Hedefin durumunu değiştir
step-add = Adım ekle
step-edit = Adımı değiştir
step-history = Geçmiş
step-status-change = Durumu değiştir
field-domain = Yaşam alanı
field-goal-level = Hedef düzeyi
field-goal-template = Hedef şablonu
field-client-words = Kendi sözleriyle
field-plain-wording = Sade dille
field-success-criterion = Başarıldığını nereden anlarız
field-start-date = Başlangıç
field-target-date = Hedef tarih
field-goal-status = Durum
field-status-reason = Neden
field-service-type = Hizmet
field-step-detail = Ayrıntılar
field-responsible = Sorumlu
field-responsible-organisation = Sorumlu kuruluş
field-due-date = Son tarih
field-step-status = Durum
field-status-note = Sonuç veya neden
field-appeal-deadline = İtiraz için son tarih
field-agreed-on = Anlaşma tarihi
field-agreed-how = Nasıl anlaşıldı
field-review-due = Gözden geçirme
appointments-title = Randevular
appointment-add = Randevu ekle
field-date = Tarih
field-time = Saat
field-place = Yer
field-with-organisation = Kuruluş
field-linked-step = İlgili adım
field-appointment-note = Yanınızda getirilecekler veya not
diff-added = eklendi
diff-removed = kaldırıldı
diff-changed = değiştirildi
diff-goal = Hedef
diff-step = Adım

print-language = Çıktının dili
print-now = Yazdır
print-plan-title = Entegrasyon planım
print-agreed-on = Anlaşma tarihi
print-draft = Taslak – henüz üzerinde anlaşılmadı
print-signature-client = Danışanın imzası
print-signature-case-manager = Vaka yöneticisinin imzası

dashboard-phases = Aşamalara göre vakalarım
dashboard-overdue = Süresi geçmiş adımlar
dashboard-reviews = Önümüzdeki 14 gün içindeki gözden geçirmeler
dashboard-waiting = Ortak kuruluşları bekleyen adımlar
dashboard-appointments = Önümüzdeki 7 gün içindeki randevular
dashboard-recent = Son değiştirilen vakalar
dashboard-none = Yapılacak bir şey yok.

catalogues-title = Kataloglar
catalogues-intro = Kendi kayıtlarınız yerleşik katalogları tamamlar. Almanca zorunludur; bir dil eksikse Almanca metin “çevrilmedi” notuyla gösterilir.
catalogues-none = Henüz kendi kaydınız yok.
catalogues-col-catalogue = Katalog
catalogues-col-text = Metin
catalogues-col-locales = Diller
catalogues-add = Kayıt ekle
catalogues-texts = Her dilde metin
catalogue-name-service = Hizmetler
catalogue-name-goal-template = Hedef şablonları
catalogue-name-closure = Kapatma nedenleri

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = Başvuru
phase-intake = İlk görüşme (Intake)
phase-assessment = Durum tespiti
phase-planning = Destek planlaması
phase-implementation = Uygulama
phase-monitoring = İzleme ve gözden geçirme
phase-evaluation = Değerlendirme
phase-closed = Kapatıldı

domain-language = Dil
domain-education-work = Eğitim ve iş
domain-housing = Konut
domain-health = Sağlık
domain-residence = Oturum
domain-benefits = Yardımlar ve para
domain-family = Aile ve çocuklar
domain-participation = Sosyal katılım

service-integration-course = Uyum kursu (Integrationskurs)
service-literacy-course = Okuma yazma öğreten uyum kursu (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = Gençler için uyum kursu (Jugendintegrationskurs)
service-parents-integration-course = Anne babalar ve kadınlar için uyum kursu (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = Yoğun kurs (Intensivkurs)
service-second-script-course = Latin alfabesini öğrenme kursu (Zweitschriftlernerkurs)
service-dtz-exam = Göçmenler için Almanca sınavı (Deutsch-Test für Zuwanderer, DTZ)
service-job-language-course = Meslek için Almanca kursu (Berufssprachkurs)
service-course-fee-exemption = Kurs ücretinden muafiyet
service-potential-analysis = Yetenek analizi (Potenzialanalyse)
service-cooperation-plan = İşbirliği planı (Kooperationsplan, Jobcenter)
service-placement-voucher = İşe yerleştirme çeki (Vermittlungsgutschein)
service-apprenticeship = Mesleki eğitim (Ausbildung)
service-entry-qualification = Mesleğe giriş stajı (Einstiegsqualifizierung, EQ)
service-wage-subsidy = İşverene ücret desteği (Lohnkostenzuschuss)
service-coaching = Koçluk
service-recognition-counselling = Diploma tanıma danışmanlığı (Anerkennungsberatung, IQ-Netzwerk)
service-recognition-application = Diploma tanıma başvurusu (Antrag auf Anerkennung)
service-qualification-analysis = Yeterlilik analizi (Qualifikationsanalyse)
service-adaptation-training = Denklik için tamamlama eğitimi (Anpassungsqualifizierung)
service-zab-evaluation = Diploma değerlendirmesi (Zeugnisbewertung, ZAB)
service-housing-entitlement = Sosyal konut belgesi (Wohnberechtigungsschein, WBS)
service-residence-obligation-change = İkamet zorunluluğunun değiştirilmesi (Wohnsitzauflage)
service-cost-approval = Kira masraflarının karşılanması (Mietkostenübernahme)
service-move-out-of-shelter = Toplu konaklama yerinden taşınma
service-health-card = Sağlık kartı (Gesundheitskarte)
service-treatment-voucher = Tedavi belgesi (Behandlungsschein)
service-health-insurance-enrolment = Sağlık sigortasına kayıt (Krankenkasse)
service-psychosocial-centre = Psikososyal merkez (Psychosoziales Zentrum)
service-vaccination = Aşı
service-permit-application = Oturum izni başvurusu (Aufenthaltserlaubnis)
service-naturalisation = Alman vatandaşlığına geçiş (Einbürgerung)
service-benefit-application = Sosyal yardım başvurusu
service-debt-counselling = Borç danışmanlığı (Schuldnerberatung)
service-childcare-place = Kreşte yer (Kita-Platz)
service-school-enrolment = Okul kaydı (Schulanmeldung)
service-migration-counselling = Yetişkinler için göç danışmanlığı (Migrationsberatung, MBE)
service-youth-migration-service = Gençler için göç danışmanlığı (Jugendmigrationsdienst, JMD)
service-interpreter = Sözlü tercüme
service-document-translation = Belge çevirisi
service-volunteer-matching = Gönüllü bir refakatçi bulma

goal-template-reach-b1 = B1 seviyesinde Almanca konuşmak
goal-template-complete-integration-course = Uyum kursunu (Integrationskurs) bitirmek
goal-template-learn-to-read = Okuma yazma öğrenmek
goal-template-qualification-recognised = Meslek diplomasının tanınmasını sağlamak
goal-template-find-work = Bir iş bulmak
goal-template-start-apprenticeship = Mesleki eğitime (Ausbildung) başlamak
goal-template-own-flat = Kendine ait bir ev bulmak
goal-template-leave-shelter = Toplu konaklama yerinden taşınmak
goal-template-health-insurance = Sağlık sigortasına sahip olmak
goal-template-family-doctor = Bir aile hekimine sahip olmak
goal-template-secure-residence = Oturumu güvenceye almak
goal-template-secure-income = Geliri güvenceye almak
goal-template-childcare = Çocuk için kreşte yer bulmak
goal-template-school-place = Çocuk için okulda yer bulmak
goal-template-social-contacts = Yaşadığı yerde arkadaş ve boş zaman etkinlikleri bulmak

goal-level-long-term = Uzun vadeli hedef
goal-level-framework = Çerçeve hedef
goal-level-action = Eylem hedefi

goal-status-open = açık
goal-status-in-progress = devam ediyor
goal-status-achieved = ulaşıldı
goal-status-partly-achieved = kısmen ulaşıldı
goal-status-not-achieved = ulaşılamadı
goal-status-dropped = vazgeçildi

step-status-planned = planlandı
step-status-eligibility-requested = hak için başvuruldu
step-status-eligible = hak kazanıldı
step-status-registered = kayıt yapıldı
step-status-waitlisted = bekleme listesinde
step-status-started = başladı
step-status-completed = tamamlandı
step-status-interrupted = ara verildi
step-status-dropped = yarıda bırakıldı
step-status-rejected = reddedildi
step-status-not-needed = artık gerekli değil

closure-goals-achieved = Hedeflere ulaşıldı
closure-standard-service = Olağan bir hizmete devredildi
closure-client-ended = Danışan tarafından sonlandırıldı
closure-moved-away = Başka yere taşındı
closure-unreachable = Artık ulaşılamıyor
closure-consent-withdrawn = Onay geri alındı

consent-method-signature = imza ile
consent-method-electronic = elektronik olarak onaylandı
consent-method-oral-interpreter = sözlü, tercüman aracılığıyla

responsible-client = Danışan
responsible-case-manager = Vaka yöneticisi
responsible-organisation = Ortak kuruluş
responsible-volunteer = Gönüllü

language-level-a0 = A0 (hiç bilgi yok)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = okuma yazma biliyor (Latin alfabesi)
literacy-other-script = başka bir alfabede okuma yazma biliyor
literacy-not-literate = okuma yazma bilmiyor

housing-shelter = Toplu konaklama yeri (Gemeinschaftsunterkunft)
housing-shared-accommodation = ortak ev veya alt kiracılık
housing-own-flat = kendi evi
housing-with-family = aile veya tanıdıkların yanında
housing-homeless = evi yok

insurance-statutory = yasal sağlık sigortalı
insurance-health-card = Sağlık kartı (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = Tedavi belgeleri (Behandlungsscheine)
insurance-private = özel sigortalı
insurance-none = sigortası yok

residence-asylum-procedure = Sığınma süreci boyunca oturum izni (Aufenthaltsgestattung)
residence-tolerated = Sınır dışı etmenin ertelenmesi (Duldung)
residence-temporary-protection = Geçici koruma (§ 24 AufenthG)
residence-residence-permit = Oturum izni (Aufenthaltserlaubnis)
residence-settlement-permit = Süresiz oturum izni (Niederlassungserlaubnis)
residence-eu-citizen = AB vatandaşı
residence-german-citizen = Alman vatandaşlığı
residence-other = başka bir statü

benefit-asylblg = Sığınmacılara yönelik yardım (AsylbLG)
benefit-sgb2 = Temel gelir desteği (Bürgergeld, SGB II)
benefit-sgb12 = Sosyal yardım (Sozialhilfe, SGB XII)
benefit-none = yardım almıyor

relation-spouse = Eş
relation-child = Çocuk
relation-parent = Anne veya baba
relation-sibling = Kardeş
relation-other = başka bir yakınlık
