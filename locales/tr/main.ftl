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
users-role-change = Rolü değiştir
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
error-throttled = Çok fazla başarısız oturum açma denemesi. Lütfen { $minutes ->
    [one] bir dakika
   *[other] { $minutes } dakika
} sonra tekrar deneyin.
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
clients-search-submit = Ara
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
field-interpreter-language = Sözlü tercüme dili (ISO 639-3 kodu)
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
language-picker-hint = Almanca adını, dilin kendi adını veya ISO 639-3 kodunu girin.
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
dashboard-shown-of = { $total } adımdan { $shown } tanesi gösteriliyor; hepsi vakaların planlarında.

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

## Partner network (issue 4)
nav-offers = Hizmetler
nav-inbox = Gelen kutusu
nav-audit = Erişim kayıtları
case-team = Vaka sorumluları
case-assign = Ata
case-assign-colleague = Bir iş arkadaşını ata
case-unassign = Atamayı kaldır
dashboard-overdue-referrals = Süresi geçmiş yönlendirmeler
network-title = Ağ
network-referrals = Yönlendirmeler
network-no-referrals = Henüz yönlendirme yok.
network-new-referral = Yeni yönlendirme
network-consents = Veri paylaşımı için onaylar
network-no-consents = Henüz veri paylaşımı için onay yok.
network-access-times = Dil kurslarına erişim
network-access-days = Erişim süresi: { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
network-waiting-days = Bekleme süresi: { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
consent-record-share = Onayı gir
consent-health-separate = Sağlık verileri için her zaman ayrı ve açık bir onay gerekir.
consent-print = Formu yazdır
consent-revoke = Geri al
consent-state-active = geçerli
consent-state-inactive = geçerli değil
consent-state-revoked = geri alındı
consent-form-title = Verilerin paylaşılmasına onay
consent-form-back = Kişiye geri dön
consent-form-recipient = Alıcı
consent-form-valid = Geçerlilik
consent-form-categories-intro = Aşağıdaki verilerin alıcıya iletilmesini kabul ediyorum:
consent-form-voluntary = Onay gönüllüdür. Onay vermezsem bundan dolayı hiçbir zarar görmem.
consent-form-revoke = Onayımı istediğim zaman, verdiğim kadar kolay bir şekilde geri alabilirim. Geri alma, gelecek için hemen geçerli olur.
consent-form-health = Sağlık verileri özel olarak korunur. Bu onay yalnızca sağlık verileri için geçerlidir.
consent-form-issued-by = Düzenleyen:
consent-form-place-date = Yer, tarih
courses-title = Uygun kurslar
courses-childcare-on = Çocuk bakımını şart koşma
courses-childcare-off = Yalnızca çocuk bakımı olan kurslar
courses-any-type = Tüm kurs türlerini göster
courses-only-this-type = Yalnızca bu kurs türünü göster
courses-none = Uygun kurs bulunamadı.
courses-distance = { $km } km
courses-full = dolu (bekleme listesi)
courses-free-seats = { $count ->
    [one] { $count } boş yer
   *[other] { $count } boş yer
}
courses-seats-unknown = boş yer sayısı bilinmiyor
courses-next-start = Sonraki başlangıç:
courses-refer = Bu kursa yönlendir
courses-refer-submit = Yönlendir
courses-default-message = Bu kişi için bu kursta bir yer rica ediyoruz.
offers-childcare = Çocuk bakımı
field-title = Başlık
field-address = Adres
field-birth-date = Doğum tarihi
field-name = Ad
field-categories = Veriler
field-decline-reason = Ret nedeni
field-district = İlçe
field-free-seats = Boş yerler
field-message = Mesaj
field-outcome = Sonuç
field-purpose = Amaç
field-referral-status = Yönlendirmenin durumu
field-response-due = Son yanıt tarihi
field-seat = Yer
field-starts-on = Başlangıç
field-step = Plandaki adım
field-valid-from = Geçerlilik başlangıcı
inbox-title = Gelen kutusu
inbox-referrals = Kuruluşuma yapılan yönlendirmeler
inbox-empty = Yönlendirme yok.
referral-title = Yönlendirme
referral-facts = Bilgiler
referral-client = Kişi
referral-client-hidden = Kişi (geçerli onay yok)
referral-to = Alıcı
referral-sent-by = Gönderen
referral-back-to-case = Vakaya geri dön
referral-response-due = Son yanıt tarihi
referral-overdue = süresi geçti
referral-shared-data = Paylaşılan veriler
referral-access-closed = Yönlendirme kapatıldı. Kişinin verileri artık görünmüyor.
referral-access-no-consent = Geçerli bir onay yok (geri alınmış, süresi dolmuş veya hiç verilmemiş). Kişinin verileri görünmüyor.
referral-nothing-recorded = Hiçbir şey kaydedilmedi.
referral-answer = Yanıtla
referral-withdraw-title = Geri çek
referral-no-further-steps = Başka adım mümkün değil.
referral-history = Geçmiş ve mesajlar
referral-message-label = Mesaj
referral-send-message = Mesaj gönder
referral-no-step = – adım yok –
referral-consent-covered = Seçilen veriler için geçerli bir onay var.
referral-consent-missing = Şunlar için onay eksik: { $categories }.
referral-record-consent = Onayı şimdi gir
referral-due-hint = Boş bırakılırsa: bugünden itibaren 10 iş günü.
referral-offers-hint = Yer, tarih ve boş yer bilgisiyle hizmetler:
referral-send = Yönlendirmeyi gönder
step-find-course = Uygun kurs bul
step-refer = Yönlendir
error-categories-required = Lütfen en az bir veri türü seçin.
error-consent-already-revoked = Bu onay zaten geri alınmış.
error-consent-missing-for-referral = Seçilen veri türlerinden en az biri için, bu kuruluşa bu amaçla verilmiş geçerli bir onay yok.
error-free-seats-above-capacity = Boş yer sayısı toplam yer sayısından fazla olamaz.
error-health-consent-separate = Sağlık verileri için ayrı bir onay gerekir: lütfen ayrı olarak girin.
error-referral-transition = Bu durumda bu adım mümkün değil.
error-start-date-required = Lütfen kursun başlangıç tarihini girin.
error-target-level-not-above = Hedef seviye, giriş seviyesinden yüksek olmalıdır.
error-until-before-from = Bitiş, başlangıçtan önce.
consent-category-identity = Ad, doğum tarihi ve iletişim
consent-category-language = Dil ve eğitim
consent-category-work = İş
consent-category-housing = Konut
consent-category-health = Sağlık
consent-category-residence = Oturum ve sosyal yardımlar
consent-category-youth-welfare = Çocuk ve gençlik yardımı
consent-purpose-language-course = Dil kursu
consent-purpose-employment = İş ve mesleki eğitim
consent-purpose-recognition = Diplomaların tanınması
consent-purpose-housing = Konut
consent-purpose-health-care = Sağlık hizmetleri
consent-purpose-counselling = Danışmanlık
consent-purpose-volunteer-support = Gönüllülerin eşlik etmesi
referral-status-sent = gönderildi
referral-status-accepted = kabul edildi
referral-status-declined = reddedildi
referral-status-in-progress = devam ediyor
referral-status-completed = tamamlandı
referral-status-withdrawn = geri çekildi
referral-outcome-service-provided = Hizmet verildi
referral-outcome-course-completed = Kurs tamamlandı
referral-outcome-client-did-not-attend = gelmedi
referral-outcome-client-withdrew = kişi tarafından sonlandırıldı
referral-outcome-not-eligible = hak sahibi değil
referral-outcome-referred-elsewhere = başka yere yönlendirildi
decline-reason-no-capacity = boş yer yok
decline-reason-not-eligible = hak sahibi değil
decline-reason-not-responsible = yetkili değiliz
decline-reason-client-unreachable = kişiye ulaşılamıyor
decline-reason-other = başka neden
seat-confirmed = Yer onaylandı
seat-waitlisted = Bekleme listesi
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
offers-title = Hizmet rehberi
offers-intro = Köln'deki ortak kuruluşların kursları ve danışmanlık hizmetleri: boş yerler, sonraki başlangıç tarihleri ve şimdiye kadar ölçülen erişim ve bekleme süreleri.
offers-new = Yeni hizmet
offers-filter = Hizmetleri filtrele
offers-all = Tümü
offers-filter-language = Dil (ISO 639-3 kodu)
offers-filter-childcare = Çocuk bakımı olan
offers-filter-free-seats = Yalnızca boş yeri olanlar
offers-filter-own = Yalnızca kuruluşumun hizmetleri
offers-filter-apply = Filtrele
offers-found = { $count ->
    [one] { $count } hizmet bulundu
   *[other] { $count } hizmet bulundu
}
offers-none = Hizmet bulunamadı.
offers-accessible = Engelsiz erişim
offers-inactive = Aktif değil
offers-place = Yer
offers-levels = Dil seviyesi
offers-level-range = { $entry } → { $target }
offers-levels-hint = Yalnızca dil kursları için: giriş ve hedef seviye.
offers-seats = Yerler
offers-seats-of = { $capacity } yerden { $free } boş
offers-starts = Sonraki başlangıç tarihleri
offers-languages = Ders ve danışmanlık dilleri
offers-edit = Düzenle
offers-access-title = Erişim ve bekleme süreleri
offers-access-hint = Gün olarak medyan: erişim, hak kazanıldığı tarihten kurs başlangıcına kadar; bekleme süresi, kayıttan kurs başlangıcına kadar.
offers-access-none = Henüz erişim veya bekleme süresi kaydedilmedi.
offers-access-clients = Danışanlar
offers-access-median = Erişim (medyan, gün)
offers-waiting-median = Bekleme süresi (medyan, gün)
offers-new-title = Yeni hizmet
offers-edit-title = Hizmeti düzenle
offers-back = Kuruluşumun hizmetlerine geri dön
field-description = Açıklama
field-entry-level = Giriş seviyesi
field-target-level = Hedef seviye
field-childcare = Çocuk bakımı var
field-accessible = Engelsiz erişilebilir
field-offer-active = Hizmet aktif (rehberde görünür)
field-schedule = Günler ve saatler
field-capacity = Toplam yer
field-documents = Getirilecek belgeler
field-contact = İletişim
field-offer-languages = Diller (ISO 639-3 kodları, virgülle ayrılmış, ör. deu, ara)
field-offer-starts = Başlangıç tarihleri (YYYY-AA-GG, virgülle ayrılmış)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = Veri erişim kayıtları
audit-intro = Kim, ne zaman, hangi kişisel verileri, hangi amaçla ve hangi yasal dayanakla okudu veya değiştirdi – reddedilen denemeler dahil. Bu kayıtların okunması da kaydedilir.
audit-filter = Kayıtları filtrele
audit-all = Tümü
audit-filter-client = Danışan (numara)
audit-filter-actor = Kişi
audit-filter-from = Başlangıç
audit-filter-until = Bitiş
audit-filter-denied = Yalnızca reddedilen erişimler
audit-filter-apply = Filtrele
audit-none = Kayıt bulunamadı.
audit-page = Sayfa { $page }
audit-col-time = Zaman
audit-col-person = Kişi ve rol
audit-col-client = Danışan
audit-col-record = Kayıt
audit-col-action = İşlem
audit-col-purpose = Amaç
audit-col-basis = Yasal dayanak
audit-col-categories = Veri kategorileri
audit-col-allowed = Sonuç
audit-role-system = Lotse (otomatik)
audit-allowed = izin verildi
audit-denied = reddedildi
audit-action-read = Okundu
audit-action-list = Liste görüntülendi
audit-action-create = Oluşturuldu
audit-action-update = Değiştirildi
audit-action-delete = Silindi
audit-action-print = Yazdırıldı
audit-action-revoke = Geri alındı
audit-action-attempt = Erişim denemesi
audit-action-compare = Sürümler karşılaştırıldı
audit-action-agree = Kararlaştırıldı
audit-action-verify = Bütünlük kontrol edildi
audit-verify-title = Kayıtların bütünlüğü
audit-verify-hint = Tüm kayıtların zincirini yeniden hesaplar. Böylece kayıtların sonradan değiştirilip değiştirilmediği veya silinip silinmediği anlaşılır.
audit-verify = Bütünlüğü kontrol et
audit-chain-intact = Kayıtlar eksiksiz ve değiştirilmemiş.
audit-chain-broken = Kayıtlar { $seq } numaralı kayıttan itibaren tutarlı değil: kayıtlar değiştirilmiş veya silinmiş.


## Volunteer tasks (issue 6)
volunteers-title = Gönüllülük
volunteer-tasks-of-case = Gönüllüler için görevler
volunteer-tasks-none = Henüz gönüllüler için görev yok.
volunteer-task-new = Gönüllülere görev ver
volunteer-task-offered-to = Önerildiği ağ:
volunteer-task-taken-by = üstlenen:
volunteer-task-declined-by = { $count ->
    [one] bir kişi reddetti
   *[other] { $count } kişi reddetti
}
volunteer-task-cancel = Görevi geri çek
volunteer-task-offer = Görevi öner
volunteer-report = Rapor
volunteer-problem-badge = Sorun bildirildi
volunteer-consent-covered = Onay ad, telefon ve randevuyu kapsıyor.
volunteer-consent-missing = Bu ağ için kişinin gönüllülerin eşlik etmesine onayı (ad ve iletişim) eksik.
volunteer-whole-network = Tüm ağ
volunteer-no-step = Adım yok
volunteer-no-appointment = Randevu yok
volunteer-appointment-hint = Bir randevu seçerseniz, girmediğiniz takdirde tarih, saat ve yer randevudan alınır.
field-task-kind = Görev türü
field-volunteer-network = Gönüllü ağı
field-offered-to = Kime önerilecek
field-appointment = Randevu
field-bring = Getirilecekler
field-task-note = Kısa not
field-task-status = Durum
follow-ups-title = Takip edilecekler
follow-up-volunteer-problem = Gönüllüler bir sorun bildiriyor
follow-up-done = Tamamlandı
volunteer-my-tasks = Görevlerim
volunteer-no-tasks = Şu anda sizin için görev yok.
volunteer-client-language = Dil
volunteer-offered-to-you = Kişisel olarak size
volunteer-accept = Üstlen
volunteer-decline = Reddet
volunteer-cannot-go = Yapamayacağım
volunteer-report-label = Kısa rapor
volunteer-problem = Bir sorun oldu
volunteer-done = Tamamlandı bildir
volunteer-not-yet-sent = Henüz gönderilmedi
volunteer-outbox-waiting = Bağlantı yok: girdiğiniz bilgiler bu cihazda kayıtlı ve bağlantı geri gelir gelmez gönderilecek.
volunteer-refused = Lotse bunu kabul etmedi:
volunteer-try-again = Yeniden gönder
volunteer-discard = Sil
error-volunteer-network-required = Lütfen bir gönüllü ağı seçin.
error-volunteer-consent-missing = Kişi, bu ağa bilgilerinin iletilmesini (ad ve iletişim, amaç: gönüllülerin eşlik etmesi) onaylamadı.
error-task-transition = Görevin bu durumunda bu artık mümkün değil.
error-task-taken = Bu görevi başka biri zaten üstlendi.
task-kind-accompany = Bir randevuya eşlik etme
task-kind-form-help = Form doldurmada yardım
task-kind-language-practice = Almanca pratiği
task-kind-housing-search = Ev arama
task-kind-other = Diğer
task-status-offered = Önerildi
task-status-accepted = Üstlenildi
task-status-declined = Reddedildi
task-status-done = Tamamlandı
task-status-cancelled = Geri çekildi
volunteer-undelivered = İletilemedi

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = Planım
portal-sign-in-title = Lotse portalında oturum açma
portal-sign-in-intro = Mektubunuzdaki erişim kodunu girin. İlk seferde bundan sonra bir PIN seçersiniz.
portal-code = Erişim kodu
portal-code-hint = Kod mektubunuzda yazıyor, örneğin ABCD-EFGH-JKLM.
portal-pin = PIN veya şifre cümlesi
portal-pin-hint = En az 6 rakam veya en az 12 karakterli bir cümle.
portal-pin-repeat = PIN'i tekrar girin
portal-choose-pin = Erişim kodunuz doğru. Şimdi PIN'inizi seçin. Her oturum açışınızda buna ihtiyacınız olacak.
portal-sign-in-button = Oturum aç
portal-set-pin-button = PIN'i kaydet ve oturum aç
portal-sign-out = Oturumu kapat
portal-staff-link = Çalışanlar için oturum açma
portal-nav-label = Portalın bölümleri
portal-nav-plan = Planım
portal-nav-appointments = Randevular
portal-nav-referrals = Yönlendirmeler
portal-nav-consents = Onaylar
portal-nav-access = Bilgilerimi kim gördü?
portal-nav-correction = Bir şey yanlış
portal-nav-data = Bilgilerim
portal-greeting = Merhaba { $name }!
portal-large-text = Büyük yazı
portal-read-aloud = Sesli oku
portal-read-aloud-stop = Sesli okumayı durdur
portal-read-aloud-no-voice = Cihazınızda bu dil için ses yok.
portal-print = Planı yazdır
portal-next = Sıradaki yapılacaklar
portal-next-none = Şu anda bir şey yapmanız gerekmiyor.
portal-goals = Hedeflerim
portal-goal-until = { $date } tarihine kadar hedef
portal-step-due = { $date } tarihine kadar
portal-step-responsible = Kim ilgileniyor?
portal-responsible-client = Kendiniz
portal-responsible-case-manager = Vaka yöneticiniz
portal-responsible-volunteer = Bir gönüllü
portal-responsible-organisation = Başka bir kuruluş
portal-step-status = Durum
portal-mark-done = Bunu yaptım
portal-marked-done = Teşekkürler! Vaka yöneticinize bilgi verildi.
portal-no-plan = Planınız şu anda hazırlanıyor. Vaka yöneticiniz planı sizinle konuşacak.
portal-written-in-german = Vaka yöneticiniz tarafından Almanca yazıldı:
portal-appointments-title = Randevularım
portal-appointments-none = Randevunuz yok.
portal-appointments-past = Geçmiş randevular
portal-appointment-when = Ne zaman
portal-appointment-where = Nerede
portal-appointment-with = Kiminle
portal-appointment-bring = Lütfen yanınızda getirin
portal-interpreter-arranged = Bir tercüman ayarlandı.
portal-interpreter-not-arranged = Bir tercüman gerekli, ancak henüz ayarlanmadı. Vaka yöneticinize sorun.
portal-referrals-title = Yönlendirmelerim
portal-referrals-none = Henüz hiçbir kuruluşa yönlendirilmediniz.
portal-referral-for = Ne için
portal-referral-sent = { $organisation } başvurunuzu aldı ve yakında cevap verecek.
portal-referral-accepted = { $organisation } kabul etti.
portal-referral-waitlisted = Bekleme listesindesiniz: { $organisation }
portal-referral-seat = Bir yeriniz var: { $organisation }. Başlangıç: { $date }
portal-referral-declined = { $organisation } kabul etmedi. Vaka yöneticiniz sizinle birlikte başka bir imkân arayacak.
portal-referral-in-progress = { $organisation } şu anda size destek veriyor.
portal-referral-completed = { $organisation } tarafından verilen destek tamamlandı.
portal-referral-withdrawn = { $organisation } için yapılan yönlendirme geri çekildi.
portal-consents-title = Onaylarım
portal-consents-intro = Burada bilgilerinizi kimin görebileceğini görürsünüz. Her onayı istediğiniz zaman geri alabilirsiniz.
portal-consents-none = Hiç onay vermediniz.
portal-consent-to = Kime
portal-consent-for = Ne için
portal-consent-data = Hangi bilgiler
portal-consent-until = Ne zamana kadar geçerli
portal-consent-open-ended = Siz geri alana kadar
portal-consent-revoked = { $date } tarihinde geri alındı
portal-consent-expired = Süresi doldu
portal-consent-revoke = Geri al
portal-consent-revoke-confirm = Bundan sonra { $organisation } bilgilerinizi artık göremez. Gerçekten geri almak istiyor musunuz?
portal-consent-revoke-yes = Evet, geri al
portal-consent-revoke-no = Hayır, kalsın
portal-consent-revoked-now = Onay geri alındı. Bu andan itibaren { $organisation } bilgilerinizi göremez. Vaka yöneticinize bilgi verildi.
portal-access-title = Bilgilerimi kim gördü?
portal-access-intro = Bilgilerinize yapılan her erişim kaydedilir. Burada hangi kuruluşun ne zaman neyi gördüğünü veya değiştirdiğini görürsünüz.
portal-access-none = Şimdiye kadar kimse bilgilerinizi görmedi.
portal-access-looked = { $organisation }, { $date } tarihinde şunu gördü: { $what }
portal-access-changed = { $organisation }, { $date } tarihinde şunu değiştirdi: { $what }
portal-access-system = Lotse (otomatik)
portal-what-everything = dosyanız
portal-what-plan = planınız
portal-what-client = kişisel bilgileriniz
portal-what-case = vakanız
portal-what-referral = bir yönlendirme
portal-what-consent = onaylarınız
portal-what-volunteer = gönüllüler için bir görev
portal-what-list = bir listedeki adınız
portal-what-data = tüm bilgileriniz
portal-what-other = bilgileriniz
portal-what-identity = adınız ve iletişim bilgileriniz
portal-what-language = dil bilginiz
portal-what-work = okul ve meslek bilgileriniz
portal-what-housing = konut durumunuz
portal-what-health = sağlık bilgileriniz
portal-what-residence = oturum durumunuz
portal-what-youth-welfare = çocuk ve gençlik yardımı bilgileri
portal-correction-title = Bir şey yanlış mı?
portal-correction-intro = Vaka yöneticinize neyin doğru olmadığını yazın. Vaka yöneticiniz bunu kontrol edecek ve size dönüş yapacak.
portal-correction-about = Konu nedir?
portal-correction-about-personal = Kişisel bilgilerim
portal-correction-about-plan = Planım
portal-correction-about-appointments = Randevularım
portal-correction-about-other = Başka bir şey
portal-correction-message = Ne yanlış? Doğrusu ne?
portal-correction-send = Gönder
portal-correction-sent = Mesajınız ulaştı. Vaka yöneticiniz size dönüş yapacak.
portal-correction-earlier = Mesajlarınız
portal-correction-open = henüz işlenmedi
portal-correction-done = işlendi
portal-data-title = Bilgilerim
portal-data-intro = Burada Lotse'de sizinle ilgili kayıtlı olan her şeyi indirebilirsiniz. Dosya JSON biçimindedir ve her metin düzenleyiciyle açılabilir.
portal-data-download = Bilgilerimi indir
portal-session-ended = Oturumunuzun süresi doldu. Lütfen yeniden oturum açın.
portal-letter-title = Lotse'ye erişiminiz
portal-letter-intro = Bu mektupla planınızı, randevularınızı ve onaylarınızı cep telefonunda veya bilgisayarda görebilirsiniz.
portal-letter-step-address = Bu adresi açın veya QR kodunu tarayın:
portal-letter-step-code = Bu erişim kodunu girin:
portal-letter-step-pin = En az 6 rakamlı bir PIN seçin. PIN'inizi kimseye söylemeyin.
portal-letter-keep = Bu mektubu iyi saklayın. Kaybederseniz vaka yöneticinizden yenisini alırsınız.
portal-letter-qr-label = Portal adresini içeren QR kodu
error-portal-credentials = Erişim kodu veya PIN yanlış.
error-portal-pin-short = PIN en az 6 rakamdan oluşmalıdır. Şifre cümlesi en az 12 karakter olmalıdır.
error-portal-pin-simple = Bu PIN'in tahmin edilmesi çok kolay. Lütfen başka bir PIN seçin.
error-portal-pin-mismatch = İki giriş aynı değil.
error-portal-blocked = Erişiminiz engellendi. Lütfen vaka yöneticinizle konuşun.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = Portal
portal-staff-title = Danışan portalına erişim
portal-staff-none = Henüz erişim mektubu düzenlenmedi.
portal-staff-issued = Erişim mektubu { $date } tarihinde düzenlendi, henüz kullanılmadı.
portal-staff-active = Erişim { $date } tarihinden beri etkin.
portal-staff-blocked = Erişim engellendi.
portal-staff-last-sign-in = Son oturum açma: { $date }
portal-staff-issue = Erişim mektubu düzenle
portal-staff-reissue = Yeni erişim mektubu düzenle
portal-staff-reissue-warning = Bu durumda mevcut erişim kodu ve PIN artık geçerli olmaz.
portal-staff-block = Erişimi engelle
portal-staff-unblock = Erişimi yeniden aç
portal-staff-letter-print = Mektubu yazdır
portal-staff-letter-once = Erişim kodu yalnızca şimdi gösterilir. Sayfadan ayrılmadan önce mektubu yazdırın.
portal-staff-letter-language = { $language } ve Almanca mektup
portal-staff-translations-title = Portal için çeviriler
portal-staff-translations-intro = Almanca yazdığınız metinleri danışan “Almanca yazıldı” notuyla görür. Burada bir çeviri girebilirsiniz.
portal-staff-translations-none = Planda henüz çevrilecek metin yok.
portal-staff-translation-language = Çeviri dili
portal-staff-translation-save = Çeviriyi kaydet
follow-up-portal-step-done = Portalda tamamlandı olarak işaretlendi
follow-up-portal-consent-revoked = Portalda bir onay geri alındı
follow-up-portal-correction = Portaldan düzeltme talebi
audit-role-client = Danışanın kendisi (Portal)
field-interpreter-arranged = Tercüman ayarlandı

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = Göstergeler
nav-issues = Yapısal sorunlar
nav-groups = Çalışma grupları
nav-results = Ara sonuçlar
coordination-sections = Koordinasyonun bölümleri
audit-action-export = Dışa aktarıldı
portal-what-export = bir vaka listesindeki temel bilgileriniz (dosya)
clients-export = Vakalarımı CSV olarak indir
export-case = Vaka no.
export-opened-on = Açılış tarihi
export-review-due = Sonraki gözden geçirme
export-held-until = Kısıtlama bitişi
error-period-order = Dönemin bitişi başlangıcından önce.
error-period-too-long = Lütfen en fazla üç yıl seçin.
error-choose-organisation = Lütfen en az bir kuruluş seçin.
figures-title = Programın göstergeleri
figures-intro = Tüm sayılar toplu olarak gösterilir. 5 kişiden az olan alanlar “< 5” olarak gizlenir; bunların hesaplanmasına olanak veren alanlar da gizlenir.
figures-filter = Dönem ve seçim
figures-from = Başlangıç
figures-to = Bitiş
figures-organisation = Kuruluş (vakayı yürüten)
figures-all-organisations = Tüm kuruluşlar
figures-show = Göster
figures-period = Dönem: { $from } – { $to }
figures-suppression = “< 5”: 5 kişiden az veya koruma amacıyla gizlendi
figures-csv = Tabloyu CSV olarak indir
figures-total = Toplam
figures-cases = Vakalar
figures-phase = Aşama
figures-domain = Yaşam alanı
figures-month = Ay
figures-group = Grup
figures-count = Sayı
figures-cases-by-phase = Aşamaya göre vakalar (dönem içinde açılan)
figures-cases-by-domain = Yaşam alanına ve aşamaya göre vakalar
figures-cases-by-domain-note = Bir vaka, planında hedef bulunan her yaşam alanında sayılır.
figures-trend = Aylara göre gelişim
figures-cases-opened = Açılan vakalar
figures-plans-agreed = Üzerinde anlaşılan planlar
figures-time-to-plan = İlk temastan üzerinde anlaşılan plana kadar geçen süre
figures-time-to-plan-note = Dönem içinde üzerinde anlaşılan planlar için, vakanın açılışından planın üzerinde anlaşılan ilk sürümüne kadar geçen gün sayısı.
figures-median-days = Medyan (gün)
figures-days-range = { $from }–{ $to } gün
figures-days-more = { $from } günden fazla
figures-steps-on-time = Zamanında tamamlanan plan adımları
figures-steps-on-time-note = Son tarihi dönem içinde (düne kadar) olan adımlar, “artık gerekli değil” olanlar hariç.
figures-steps-due = Son tarihi gelen adımlar
figures-steps-done-on-time = Zamanında tamamlandı
figures-steps-not-on-time = Zamanında tamamlanmadı
figures-share-on-time = Zamanında tamamlananların oranı
figures-course-by-type = Dil kursları: kurs türüne göre erişim ve bekleme süresi
figures-course-by-provider = Dil kursları: kurs sağlayıcıya göre erişim ve bekleme süresi
figures-course-note = Erişim süresi: hak kazanıldığı tarihten kurs başlangıcına kadar. Bekleme süresi: kayıttan kurs başlangıcına kadar; BAMF hedefi: en fazla 6 hafta (42 gün). Dönem içinde başlayan kurslar.
figures-course-type = Kurs türü
figures-provider = Kurs sağlayıcı
figures-provider-unknown = Sağlayıcı kaydedilmedi
figures-courses-started = Başlayan kurslar
figures-median-access = Erişim süresi, medyan (gün)
figures-waiting-known = Bekleme süresi biliniyor
figures-median-waiting = Bekleme süresi, medyan (gün)
figures-share-within-benchmark = 6 hafta içindekilerin oranı
figures-benchmark = İşaret: BAMF hedefi, { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
figures-referrals-by-partner = Ortak kuruluşa göre yönlendirmeler
figures-referrals-note = Dönem içinde gönderilen yönlendirmeler; yanıt süresi kabul veya ret yanıtına kadar.
figures-partner = Ortak kuruluş
figures-referrals = Yönlendirmeler
figures-median-response = Yanıt süresi, medyan (gün)
figures-interpreters = Randevularda sözlü tercüme
figures-interpreter = Sözlü tercüme
figures-appointments = Randevular
figures-interpreter-arranged = ayarlandı
figures-interpreter-not-arranged = ayarlanmadı
figures-interpreter-needed = gerekli (toplam)
figures-closure-reasons = Kapatma nedenleri (dönem içinde kapatılan)
figures-closure-reason = Kapatma nedeni
figures-reason-other = belirtilmedi
issues-title = Yapısal sorunlar
issues-intro = Vaka yöneticilerinin bildirdiği, tekrar eden sorunlar; yaşam alanına ve ilçeye göre özetlenmiştir. Kişisel veri içermezler.
issues-none = Henüz yapısal sorun bildirilmedi.
issues-counted = { $issues ->
    [one] { $issues } bildirim
   *[other] { $issues } bildirim
} · { $cases ->
    [one] { $cases } etkilenen vaka
   *[other] { $cases } etkilenen vaka
}
issues-cases-affected = { $count ->
    [one] { $count } vaka etkileniyor
   *[other] { $count } vaka etkileniyor
}
issues-in-group = Çalışma grubunda:
issues-no-groups = Önce bir çalışma grubu oluşturun:
issues-working-group = Çalışma grubu
issues-bring-to-group = Çalışma grubuna getir
groups-title = Çalışma grupları
groups-none = Henüz çalışma grubu yok.
groups-topic = Konu
groups-measures-count = { $count ->
    [one] { $count } önlem, bunlardan { $implemented } tanesi uygulandı
   *[other] { $count } önlem, bunlardan { $implemented } tanesi uygulandı
}
groups-new = Yeni çalışma grubu
groups-create = Çalışma grubu oluştur
field-group-name = Çalışma grubunun adı
group-title = Çalışma grubu
group-members = Üyeler
group-members-none = Henüz üye yok.
field-member-person = Ad
group-member-add = Üye ekle
group-issues = Getirilen yapısal sorunlar
group-issues-none = Henüz yapısal sorun getirilmedi.
group-measures = Önlemler
group-measures-none = Henüz önlem yok.
group-measure-new = Yeni önlem
field-measure-title = Önlem
field-measure-status = Durum
field-status-on = Bu durumda olduğu tarih
field-due-on = Son tarih
field-measure-issue = İlgili yapısal sorun
measure-no-issue = Belirli bir sorun yok
field-responsible-organisations = Sorumlu kuruluşlar
field-organisation-1 = Kuruluş 1
field-organisation-2 = Kuruluş 2 (isteğe bağlı)
field-organisation-3 = Kuruluş 3 (isteğe bağlı)
group-measure-add = Önlemi kaydet
measure-history = Geçmiş
measure-new-status = Yeni durum
measure-set-status = Durumu değiştir
group-meetings = Toplantılar ve tutanaklar
group-meetings-none = Henüz toplantı yok.
field-held-on = Toplantı tarihi
field-minutes = Tutanak
group-meeting-add = Toplantıyı kaydet
measure-status-proposed = Önerildi
measure-status-under-review = İnceleniyor
measure-status-agreed = Kararlaştırıldı
measure-status-implemented = Uygulandı
measure-status-rejected = Reddedildi
results-title = Ara sonuçlar
results-intro = Çalışma gruplarının önlemleri konuya göre: kaçının hangi durumda olduğu ve hangilerinin uygulandığı.
results-none = Henüz önlem yok.
results-by-status = Konuya ve duruma göre önlemler
results-none-implemented = Henüz uygulanan önlem yok.
results-implemented-on = Uygulanma tarihi
case-tab-issues = Yapısal sorunlar
case-issues-title = Vakadan gelen yapısal sorunlar
case-issue-new = Yapısal sorun bildir
case-issue-hint = Yalnızca bu vakayı değil, başka vakaları da etkileyen, tekrar eden bir sorun (örneğin “Chorweiler'de uyum kursları sırasında çocuk bakımı yok”). Ad veya başka kişisel bilgi yazmayın: bildirim, vakayla bağlantısı olmadan koordinasyona iletilir.
field-life-domain = Yaşam alanı
field-issue-description = Açıklama
field-cases-affected = Kaç vaka etkileniyor?
field-organisations-involved = İlgili kuruluşlar
case-issue-flag = Yapısal sorun bildir
case-issues-flagged = Bu vakadan bildirildi
case-issues-only-you = Bildirimin bu vakadan geldiğini yalnızca siz görürsünüz.
case-issues-none = Bu vakadan henüz bir şey bildirilmedi.
case-issue-waiting = Henüz bir çalışma grubuna atanmadı.
results-implemented = Uygulandı
results-agreed = Kararlaştırıldı, uygulanıyor
results-agreed-on = Kararlaştırılma tarihi
figures-as-of = Durum: { $time } ({ $minutes ->
    [one] her dakika
   *[other] her { $minutes } dakikada bir
} yeniden hesaplanır)

# Issue 22: request hygiene and accounts
error-control-character = Metin, kaydedilemeyen görünmez bir kontrol karakteri içeriyor. Lütfen bunu kaldırın (örneğin metni yeniden yazarak).
audit-action-change-password = Şifre değişikliği
# Issue 22: a client's name in a colleague's search
portal-what-search = bir arama sonucundaki adınız ve doğum tarihiniz
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = Onayın şu anki hâliyle bu ağın gönüllüleri şunları görür:
volunteer-sees-name-phone = kişinin adını ve biri görevi üstlendikten sonra telefon numarasını
volunteer-sees-language = kişinin tercih ettiği dili
volunteer-sees-no-language = tercih edilen dili değil (onay dili kapsamıyor)
volunteer-sees-task = görevin türünü, tarihini, saatini ve yerini
volunteer-sees-notes = “Getirilecekler” alanını ve notunuzu, onay ad ve iletişim bilgilerini kapsadığı sürece ve yalnızca görev tamamlanana kadar
volunteer-notes-within-consent = “Getirilecekler” alanına ve nota yalnızca gönüllülerin bu görev için ihtiyaç duyduğu ve onayın kapsadığı bilgileri yazın. Gönüllüler kişi hakkında başka bir şey görmez.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = Durum tespiti ancak kişi vaka yönetimine onay verdikten sonra kaydedilebilir. Önce yukarıda onayı kaydedin.
error-assessment-consent-missing = Hiçbir şey kaydedilmedi: durum tespiti ancak kişinin vaka yönetimine onayı kaydedildikten sonra kaydedilebilir.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = Alanlarınız
nav-figures-hint = Programın anonim rakamları: aşamaya göre vakalar, plana kadar geçen süre, dil kursları için bekleme süreleri, yönlendirmeler.
nav-issues-hint = Vaka yöneticilerinin bildirdiği yapısal sorunlar: inceleyin ve bir çalışma grubuna atayın.
nav-groups-hint = Ortaklarla çalışma grupları: üyeler, toplantılar ve kararlaştırılan önlemler.
nav-results-hint = Çalışma gruplarının kararlaştırdıkları ve uyguladıkları, konuya göre.
nav-offers-hint = Ortakların yer, tarih ve boş yer bilgileriyle hizmetleri.
nav-organisations-hint = Ağın kuruluşlarını oluşturun ve değiştirin.
nav-users-hint = Kullanıcı hesapları oluşturun, rol atayın ve hesapları engelleyin.
nav-catalogues-hint = Kataloglara her dil için bir metinle kendi girişlerinizi ekleyin.
nav-audit-hint = Kimin hangi verilere ne zaman eriştiği ve kaydın değişmeden kalıp kalmadığı.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = Bağlantı yok: bu cihazın saat { $time } itibarıyla kaydettiğini görüyorsunuz. O zamandan beri bir şeyler değişmiş olabilir.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = Saklama süreleri
nav-retention-hint = Hangi kişisel verilerin ne zaman silindiği: her veri türü için başlangıcı ve süresiyle bir kural.
retention-title = Saklama süreleri
retention-intro = Her kişisel veri türünün bir kuralı vardır: süre bir olayla başlar; süre dolunca veriler silinir veya anonim hale getirilir. Olay her veri türü için sabittir, süreyi siz belirlersiniz. Her değişiklik kayda geçer.
retention-not-legal-advice = Lotse ile gelen süreler örnektir, hukuki danışmanlık değildir. Süreleri belediyenizin silme konseptine göre belirleyin.
retention-col-kind = Veri türü
retention-col-start = Süre şu olayla başlar
retention-col-period = Süre
retention-col-changed = Son değişiklik
retention-default = Lotse varsayılanı
retention-col-run = Son uygulama
retention-run = { $date }; silinen: { $deleted }
retention-run-none = Henüz uygulanmadı
retention-schedule = Lotse kuralları günde bir kez uygular ve her çalışmayı kaydeder: hangi kural, kaç kayıt, ne zaman. Bu kayıt kişisel veri içermez.
hold-title = İşlemenin kısıtlanması
hold-in-force = Bu kişinin verileri { $until } tarihi dahil kısıtlanmıştır.
hold-effect = Kısıtlama sürdükçe Lotse saklama sürelerine göre bu verilerden hiçbir şey silmez ve ortaklar ya da gönüllülerle hiçbir şey paylaşmaz (GDPR md. 18, SGB X § 84).
hold-placed = Kısıtlayan
hold-end = Kısıtlamayı sonlandır
hold-place = Verileri kısıtla (silmek yerine)
hold-hint = Devam eden bir işlem için, doğrulukları tartışmalıysa ya da kişi isterse. Kısıtlama son gününden sonra kendiliğinden biter.
hold-place-submit = Kısıtla
field-hold-reason = Neden
field-hold-until = Son gün
field-hold-note = Not (örneğin dosya numarası)
hold-badge = { $until } tarihine kadar kısıtlı
hold-marker = Kısıtlı
hold-reason-ongoing-procedure = Devam eden işlem
hold-reason-disputed-accuracy = Doğruluğu tartışmalı
hold-reason-client-request = Kişinin isteği üzerine
error-hold-until-past = Son gün geçmişte olamaz.
error-hold-until-far = En fazla beş yıl; sonra kısıtlama yeniden konulabilir.
error-hold-exists = Bu kişi için zaten bir kısıtlama geçerli. Yenisini koymak için onu sonlandırın.
error-client-held = Bu kişinin verileri kısıtlı: bu sürdükçe hiçbir şey paylaşılmaz.
nav-holds = Kısıtlamalar
nav-holds-hint = Silinmeyen ve kimseyle paylaşılmayan kişi verileri: nedeni ve son günüyle.
holds-title = İşleme kısıtlamaları
holds-intro = Kurumunuzdaki kişiler için bugün geçerli olan tüm kısıtlamalar. Vaka yöneticileri bunları kişinin verilerinde koyar; burada birini sonlandırır ya da numarasıyla bildiğiniz bir kişi için koyarsınız.
holds-none = Şu anda geçerli bir kısıtlama yok.
holds-col-client = Kişinin numarası
holds-col-end = Sonlandır
field-client-number = Kişinin numarası (kayıttan ya da başvurudan)
error-client-number = Kurumunuzda bu numaraya sahip bir kişi yok.
retention-changed = { $date }, değiştiren: { $name }; önceki: { $before }
retention-changed-by-unknown = silinmiş bir hesap
field-retention-period = Süre
field-retention-unit = Birim
retention-unit-days = gün
retention-unit-months = ay
retention-unit-years = yıl
retention-period-days =
    { $count ->
        [one] { $count } gün
       *[other] { $count } gün
    }
retention-period-months =
    { $count ->
        [one] { $count } ay
       *[other] { $count } ay
    }
retention-period-years =
    { $count ->
        [one] { $count } yıl
       *[other] { $count } yıl
    }
error-retention-period = Lütfen sıfırdan büyük bir tam sayı girin, en fazla 100 yıl.
error-retention-unit = Lütfen gün, ay veya yıl seçin.
retention-kind-client-record = Kişinin temel verileri (ad, doğum tarihi, dil)
retention-kind-contact = İletişim bilgileri ve adres
retention-kind-household = Hane üyeleri
retention-kind-residence = Oturum ve sosyal yardımlar
retention-kind-health-notes = Sağlıkla ilgili notlar
retention-kind-youth-welfare-notes = Çocuk ve gençlik yardımıyla ilgili notlar
retention-kind-private-notes = Kişisel çalışma notları
retention-kind-case = Vaka ve aşamaları
retention-kind-assessment = Durum tespiti
retention-kind-plan = Plan sürümleri ve adımların geçmişi
retention-kind-appointments = Randevular
retention-kind-consents = Onaylar
retention-kind-referrals = Yönlendirmeler ve mesajları
retention-kind-volunteer-tasks = Gönüllü görevleri ve raporları
retention-kind-portal-access = Portal erişimi ve portal oturumları
retention-kind-correction-requests = Portaldan gelen düzeltme istekleri
retention-kind-structural-issue-links = Yapısal sorunlarla vakalar arasındaki bağlantılar
retention-kind-staff-sessions = Çalışanların oturumları ve giriş denemeleri
retention-kind-audit-log = Veri erişim kayıtları
retention-start-case-closed = kişinin son vakası kapatıldığında
retention-start-consent-ended = onay geri alındığında veya süresi dolduğunda
retention-start-referral-closed = yönlendirme tamamlandığında, reddedildiğinde veya geri çekildiğinde
retention-start-task-finished = görev yapıldığında veya iptal edildiğinde
retention-start-portal-access-ended = portal erişimi sona erdiğinde veya engellendiğinde
retention-start-request-answered = istek yanıtlandığında
retention-start-session-ended = oturum sona erdiğinde (çıkış veya süre dolumu) ya da giriş denemesi yapıldığında
retention-start-entry-written = kayıt yazıldığında

# Handing over a caseload (administrators)
handover-title = Vakaları devret
handover-link = Vakaları devret
handover-counts = Açık vakalar: { $open } · Kapalı vakalar: { $closed }
handover-none = Bu kişi hiçbir vakadan sorumlu değil.
handover-cases = Bu kişinin vakaları
handover-cases-hint = İşaretli vakalar aşağıda seçtiğiniz meslektaşa geçer. Vakaları birkaç kişiye dağıtmak için onları sırayla devredin.
handover-col-hand-over = Devret
handover-col-case = Vaka numarası
handover-col-opened = Açılış
handover-col-updated = Son düzenleme
handover-case-label = { $case } numaralı vakayı devret
handover-to = Devredilecek kişi
handover-colleague = { $name } (açık vakalar: { $open })
handover-no-colleague = Bu kuruluşta başka etkin vaka yöneticisi yok. Önce bir hesap oluşturun.
handover-submit = İşaretli vakaları devret
handover-done = Devredildi. Vaka sayısı: { $number }
handover-deactivate-later = Açık vaka kalmadığında hesabı devre dışı bırakabilirsiniz.
handover-deactivate-now = Bu kişi artık hiçbir açık vakadan sorumlu değil. Hesabı şimdi devre dışı bırakabilirsiniz.
handover-deactivated = Hesap devre dışı bırakıldı.
error-deactivate-open-cases = Bu kişi hâlâ açık vakalardan sorumlu. Önce vakaları devredin („Vakaları devret“).
error-handover-colleague = Lütfen aynı kuruluştan etkin bir vaka yöneticisi seçin.
error-handover-no-case = Lütfen en az bir vaka işaretleyin.
error-handover-changed = Bu vakalardan bazıları bu arada değişti. Sayfayı yeniden yükleyin ve tekrar deneyin.
audit-action-handover = Devredildi
audit-action-erase = Silindi (silme talebi)
audit-action-refuse = Reddedildi
erasure-title = Verilerin silinmesi
erasure-requested-portal = Kişi { $date } tarihinde portalda verilerinin silinmesini talep etti.
erasure-recorded-by = Kişinin silme talebi; kaydeden: { $name }, { $date }.
erasure-refused-on = { $date } tarihinde { $name } tarafından reddedildi:
erasure-erased-on = { $date } tarihinde { $name } tarafından silindi.
erasure-record = Silme talebini kaydet
erasure-record-hint = Kişi, verilerinin silinmesini şahsen ya da yazılı olarak istedi. Talep veri koruma görevlisine de görünür.
erasure-record-submit = Talebi kaydet
erasure-erase-warning = Silme, kişinin verilerini, vakalarını, planlarını, onaylarını, yönlendirmelerini, görevlerini ve portal erişimini kaldırır. Bu geri alınamaz. Erişim kayıtları kişinin adı geçmeden kalır; programın rakamları anonim kalır.
erasure-confirm = Kontrol ettim: hiçbir saklama yükümlülüğü silmeye engel değil.
erasure-erase = Tüm verileri şimdi sil
erasure-refuse = Talebi reddet
field-erasure-refusal = Ret nedeni (kişi bunu portalda okur)
erasure-done = Kişinin verileri silindi.
erasure-requests-title = Silme talepleri
erasure-requests-intro = Kurumunuzdaki kişilerin verilerinin silinmesi için talepleri: portaldan gelen ya da vaka yöneticilerinin kaydettiği talepler. Kararı burada siz verirsiniz ya da vaka yöneticisi kişinin verilerinde verir.
erasure-requests-none = Şu anda açık bir silme talebi yok.
erasure-requests-decided = Son karar verilenler
erasure-client-number = Kişi no. { $number }
erasure-client-erased = Silinmiş kişi
nav-erasure-requests = Silme talepleri
nav-erasure-requests-hint = Silme talepleri (GDPR md. 17): silin ya da gerekçesiyle reddedin.
follow-up-portal-erasure = Portalda verilerin silinmesi talep edildi
error-erasure-confirm = Lütfen hiçbir saklama yükümlülüğünün engel olmadığını kutucuğu işaretleyerek onaylayın.
error-erasure-held = Bu kişi için işlemenin kısıtlanması geçerli. Önce kısıtlamayı sonlandırın ya da talebi reddedin.
error-erasure-decided = Bu talep hakkında zaten karar verildi.
portal-erasure-title = Bilgilerimi sildirme
portal-erasure-intro = Tüm bilgilerinizin silinmesini talep edebilirsiniz. Buna vaka yöneticiniz ve veri koruma görevlisi karar verir. Bilgileriniz silindiğinde planınız artık olmaz ve burada bir daha oturum açamazsınız.
portal-erasure-ask = Silme talebinde bulun
portal-erasure-sent = Talebiniz gönderildi.
portal-erasure-open = { $date } tarihinde silme talebinde bulundunuz. Karar henüz verilmedi.
portal-erasure-refused = Silme talebiniz { $date } tarihinde reddedildi. Nedeni:
portal-erasure-refusal-still-needed = Bilgileriniz devam eden vakanız için hâlâ gerekli.
portal-erasure-refusal-legal-duty = Bir yasa, bu bilgileri bir süre daha saklamamızı zorunlu kılıyor.
portal-erasure-refusal-legal-claims = Bilgiler hukuki bir süreç için gerekli.

## Merging two records of one person
merge-section-title = İki kez mi kaydedildi?
merge-section-hint = Aynı kişi, örneğin farklı yazılışlarla, iki kez kaydedildiyse iki dosyayı birleştirin.
merge-find = Mükerrer dosyayı ara ve birleştir
merge-merged-from = Dosya no. { $number } ({ $name }), { $date } tarihinde { $by } tarafından bu dosyayla birleştirildi.
merge-taken = Ondan alınanlar: { $parts }.
merge-part-name = Ad
merge-part-latin = Latin harfleriyle ad
merge-part-birth = Doğum tarihi
merge-part-language = Tercih edilen dil
merge-part-interpreter = Sözlü tercüme
merge-part-phone = Telefon
merge-part-email = E-posta
merge-part-address = Adres ve ilçe
merge-part-residence = Oturum ve sosyal yardımlar
merge-title = Dosyaları birleştir
merge-back = Dosyaya geri dön
merge-intro = Bu dosyalar aynı kişiye ait olabilir. Karşılaştırmak için birini seçin ya da başka bir ad arayın.
merge-search-label = Ad
merge-search = Ara
merge-none-found = Bu adla başka bir dosya bulunamadı.
merge-candidates = Olası mükerrer dosyalar
merge-col-number = No.
merge-compare = Karşılaştır
merge-count-cases = Vakalar
merge-count-household = Hane
merge-count-consents = Onaylar
merge-count-referrals = Yönlendirmeler
merge-side-portal = Portal erişimi
merge-record = Dosya no. { $number }
merge-compare-intro = Hangi dosyanın kalacağını ve her bilgi için hangi değerin geçerli olacağını seçin. Diğer dosyaya bağlı her şey kalan dosyaya geçer.
merge-keep = Bu dosya kalır
merge-parts-hint = Hangi değer geçerli?
merge-parts-same = Her iki dosyada aynı olan bilgiler gösterilmez.
merge-warning = Diğer dosya kaldırılır. Ona ait planlarıyla birlikte vakalar, hane, notlar, onaylar, yönlendirmeler, görevler ve erişim kayıtlarındaki girdiler kalan dosyaya geçer. Onun portal erişimi sona erer; gerekirse kişi yeni bir erişim mektubu alır. Bu geri alınamaz.
merge-submit = Dosyaları birleştir
merge-done = Dosyalar birleştirildi.
error-merge-same = Bir dosya kendisiyle birleştirilemez.
error-merge-changed = İki dosyadan biri bu arada değiştirildi. Lütfen onları yeniden karşılaştırın.
error-merge-held = İki dosyadan biri için işlemenin kısıtlanması geçerli. Önce kısıtlamayı sonlandırın.
audit-action-merge = Birleştirildi

## Sign-in security: second factor, sessions (issue 18)
account-password-title = Şifre
second-factor-title = İkinci faktör
second-factor-app-since = Şifreniz ve bir kimlik doğrulama uygulamasıyla oturum açıyorsunuz ({ $date } tarihinde kuruldu).
second-factor-none = Yalnızca şifrenizle oturum açıyorsunuz. Biri şifrenizi öğrenirse ikinci bir faktör hesabınızı korur.
second-factor-required-here = Kuruluşunuz ikinci bir faktör gerektiriyor.
second-factor-begin = Kimlik doğrulama uygulaması kur
second-factor-new-phone = Kimlik doğrulama uygulamasını yeni bir telefona kur
second-factor-scan = Bu QR kodunu kimlik doğrulama uygulamanızla tarayın.
second-factor-qr-label = Kimlik doğrulama uygulaması için QR kodu
second-factor-type-secret = Veya bu anahtarı uygulamaya girin:
second-factor-app-code = Uygulamadaki altı haneli kod
second-factor-confirm = Onayla
second-factor-cancel = Kurulumu iptal et
second-factor-app-set-up = Kimlik doğrulama uygulaması kuruldu. Telefonunuzun yanınızda olmadığı durumlar için şimdi kurtarma kodları oluşturun.
second-factor-app-removed = İkinci faktör kaldırıldı.
second-factor-remove = İkinci faktörü kaldır
second-factor-remove-hint = Bundan sonra yalnızca şifrenizle oturum açarsınız. Mevcut şifrenizle onaylayın.
recovery-codes-title = Kurtarma kodları
recovery-codes-left = { $count ->
    [0] Kullanılmamış kurtarma kodunuz yok.
    [one] Kullanılmamış bir kurtarma kodunuz kaldı.
   *[other] Kullanılmamış { $count } kurtarma kodunuz kaldı.
}
recovery-codes-hint = Telefonunuz yanınızda değilse bir kurtarma koduyla oturum açabilirsiniz. Her kod yalnızca bir kez geçerlidir.
recovery-codes-create = Yeni kurtarma kodları oluştur
recovery-codes-once = Bu kodları şimdi not edin veya yazdırın ve güvenli bir yerde saklayın. Yalnızca bu seferlik gösterilirler. Önceki kodlar artık geçerli değildir.
sessions-title = Oturumlarınız
sessions-intro = Burada nerede oturum açtığınızı görürsünüz. Tanımadığınız oturumları sonlandırın, ardından şifrenizi değiştirin.
sessions-browser-unknown = Bilinmeyen tarayıcı
sessions-browser-on = { $system } üzerinde { $browser }
sessions-details = Oturum açma: { $started } · Son etkinlik: { $seen }
sessions-this-one = Bu oturum
sessions-end = Oturumu sonlandır
sessions-end-others = Diğer tüm oturumları sonlandır
sessions-ended-one = Oturum sonlandırıldı.
sessions-ended-others = Diğer tüm oturumlar sonlandırıldı.
sign-in-method-password = Şifreyle oturum açıldı
sign-in-method-password-and-app = Şifre ve kimlik doğrulama uygulamasıyla oturum açıldı
sign-in-method-password-and-recovery-code = Şifre ve kurtarma koduyla oturum açıldı
second-factor-sign-in-title = Oturum açmayı onayla
second-factor-sign-in-intro = Kimlik doğrulama uygulamanızın şu anda gösterdiği kodu girin.
second-factor-code = Kod
second-factor-code-hint = Telefon yanınızda değilse: kurtarma kodlarınızdan birini girin.
second-factor-set-up-title = İkinci faktör kur
second-factor-set-up-intro = Kuruluşunuz oturum açarken ikinci bir faktör gerektiriyor. Örneğin iş telefonunuza bir kimlik doğrulama uygulaması kurun. Ardından devam edebilirsiniz.
error-second-factor-not-started = Önce kimlik doğrulama uygulamasının kurulumunu başlatın.
error-second-factor-code-wrong = Kod doğru değil. Uygulamanın şu anda gösterdiği kodu girin.
error-second-factor-not-set-up = Önce bir kimlik doğrulama uygulaması kurun.
error-second-factor-required-by-organisation = Kuruluşunuz ikinci bir faktör gerektiriyor. Bunu kaldıramazsınız.
nav-second-factors = İkinci faktör
nav-second-factors-hint = Kimin ikinci faktörle oturum açtığını görün; kuruluş bazında zorunlu kılın; sıfırlayın.
second-factors-title = Oturum açmada ikinci faktör
second-factors-intro = Kuruluş bazında: ikinci bir faktör gerektirip gerektirmediği ve kimin ikinci faktör kurduğu. İkinci faktörü olmayanlar, kuruluşları bunu gerektirdiği anda bir sonraki oturum açışlarında kurar.
second-factors-required = İkinci faktör zorunlu
second-factors-optional = İkinci faktör isteğe bağlı
second-factors-require = Zorunlu kıl
second-factors-waive = Zorunluluğu kaldır
second-factors-without = { $count ->
    [0] Tüm etkin hesapların ikinci faktörü var.
    [one] Bir etkin hesabın ikinci faktörü yok.
   *[other] { $count } etkin hesabın ikinci faktörü yok.
}
second-factors-app = Kimlik doğrulama uygulaması
second-factors-recovery-codes = Kurtarma kodları
second-factors-actions = İşlemler
second-factors-yes = Kurulu
second-factors-none = Yok
second-factors-reset = Sıfırla
second-factors-reset-for = { $name } için ikinci faktörü sıfırla
second-factors-reset-done = İkinci faktör sıfırlandı. Hesabın oturumları sonlandırıldı.
audit-action-set-up-second-factor = İkinci faktör kuruldu
audit-action-remove-second-factor = İkinci faktör kaldırıldı
audit-action-new-recovery-codes = Yeni kurtarma kodları
audit-action-reset-second-factor = İkinci faktör sıfırlandı
audit-action-require-second-factor = İkinci faktör zorunlu kılındı
audit-action-waive-second-factor = İkinci faktör zorunluluğu kaldırıldı

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = Kuruluşun kimlik doğrulama hizmeti üzerinden oturum açıldı
error-sign-in-through-provider = Kuruluşunuz kendi kimlik doğrulama hizmeti üzerinden oturum açıyor. Lütfen aşağıdan kuruluşunuzu seçin.
error-provider-issuer = Lütfen kimlik doğrulama hizmetinin https:// ile başlayan adresini girin.
error-provider-unreachable = Bu adreste yanıt veren bir OpenID Connect kimlik doğrulama hizmeti yok. Lütfen adresi kontrol edin.
sign-in-provider-title = Kuruluşunuzun hesabıyla oturum aç
sign-in-provider-link = { $organisation } üzerinden oturum aç
sign-in-provider-not-configured = Bu kuruluş için kimlik doğrulama hizmeti üzerinden oturum açma kurulmamış.
sign-in-provider-unreachable = Kimlik doğrulama hizmetine şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.
sign-in-provider-cancelled = Kimlik doğrulama hizmetinde oturum açma iptal edildi.
sign-in-provider-failed = Oturum açma doğrulanamadı. Lütfen yeniden başlayın.
sign-in-provider-no-account = Lotse'de sizin için bir hesap yok. Lütfen yönetimle iletişime geçin.
sign-in-provider-unverified = Kimlik doğrulama hizmeti e-posta adresinizi doğrulamıyor. Lütfen yönetimle iletişime geçin.
sign-in-provider-deactivated = Hesabınız devre dışı bırakıldı. Lütfen yönetimle iletişime geçin.
sign-in-provider-signed-out = Lotse'deki oturumunuz kapatıldı. { $organisation } kimlik doğrulama hizmetinde oturumunuz hâlâ açık olabilir.
sign-in-provider-sign-out = Kimlik doğrulama hizmetinde de oturumu kapat
nav-sign-in-providers = Kimlik doğrulama hizmetleri
nav-sign-in-providers-hint = Bir kuruluşun kimlik doğrulama hizmeti üzerinden oturum açmayı kurun (tek oturum açma).
providers-title = Kimlik doğrulama hizmetleri (tek oturum açma)
providers-intro = Kuruluş bazında: çalışanlar bir OpenID Connect kimlik doğrulama hizmeti (örneğin belediyeninki) üzerinden mi oturum açıyor? Hesapları yine siz oluşturursunuz. İlk oturum açmada hesap, doğrulanmış e-posta adresi üzerinden bağlanır. Sistem yöneticileri şifreyle oturum açmaya devam eder.
providers-return-address = Kimlik doğrulama hizmetine kayıt için dönüş adresi:
providers-saved = Kimlik doğrulama hizmeti kaydedildi.
providers-removed = Kimlik doğrulama hizmeti kaldırıldı. Çalışanlar yeniden şifreyle oturum açar.
providers-none = Kimlik doğrulama hizmeti yok: şifreyle oturum açma.
providers-disabled = Kimlik doğrulama hizmeti kurulu ama kapalı: şifreyle oturum açma.
providers-in-use = { $count ->
    [one] Kimlik doğrulama hizmeti üzerinden oturum açma. { $count } hesap bağlı.
   *[other] Kimlik doğrulama hizmeti üzerinden oturum açma. { $count } hesap bağlı.
}
providers-offers-sign-out = Kimlik doğrulama hizmeti oturum kapatma sunuyor; Lotse bunu oturum kapatıldıktan sonra gösterir.
providers-issuer = Adres (issuer)
providers-issuer-hint = Lotse bu adresteki /.well-known/openid-configuration belgesini okur.
providers-client-id = Client ID
providers-client-secret = İstemci gizli anahtarı
providers-client-secret-hint = Kimlik doğrulama hizmeti tarafından verilir.
providers-client-secret-keep = Kayıtlı gizli anahtarı korumak için boş bırakın.
providers-subject-claim = Bir kişiyi tanımlayan özellik (claim)
providers-subject-claim-hint = Genellikle “sub”. Yalnızca belediyenin BT birimi söylerse değiştirin.
providers-enabled = Bu hizmet üzerinden oturum açmayı etkinleştir
providers-save = Kaydet
providers-remove = Kimlik doğrulama hizmetini kaldır
audit-action-configure-sign-in-provider = Kimlik doğrulama hizmeti kuruldu
audit-action-remove-sign-in-provider = Kimlik doğrulama hizmeti kaldırıldı
providers-settings = Kimlik doğrulama hizmetini kur veya değiştir
account-through-provider = Kuruluşunuzun kimlik doğrulama hizmeti üzerinden oturum açıyorsunuz. Parolanızı ve ikinci faktörünüzü kuruluşunuz orada yönetir.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = Geçiş anahtarları
passkeys-intro = Geçiş anahtarı, oturum açmanızı bu cihazla onaylar: parmak iziniz, yüzünüz, cihazın PIN'i veya bir güvenlik anahtarıyla. Uygulamadaki kodun yerini alır.
passkeys-none = Henüz geçiş anahtarınız yok.
passkey-details = { $added } tarihinde eklendi. Son kullanım: { $used }
passkey-never-used = henüz yok
passkey-remove = Kaldır
passkey-remove-named = { $name } adlı geçiş anahtarını kaldır
passkey-name = Geçiş anahtarının adı
passkey-name-hint = Tanıyabilmeniz için, örneğin “Ofisteki dizüstü bilgisayar” veya “Güvenlik anahtarı”.
passkey-add = Geçiş anahtarı ekle
passkey-waiting = Cihazınız şimdi geçiş anahtarını istiyor.
passkey-sign-in = Geçiş anahtarıyla oturum aç
passkey-sign-in-intro = Oturum açmayı geçiş anahtarınızla onaylayın.
passkey-or-code = Ya da bir kod girin:
passkey-set-up-intro = Ya da bu cihazda parmak izi okuyucu, yüz tanıma veya güvenlik anahtarı varsa bir geçiş anahtarı ekleyin:
passkey-unsupported = Bu tarayıcı geçiş anahtarlarını kullanamıyor. Güncel bir tarayıcı veya kimlik doğrulama uygulamasını kullanın.
passkey-cancelled = Geçiş anahtarı kullanılmadı (iptal edildi veya süre doldu). Lütfen tekrar deneyin.
passkey-known = Bu cihazda hesabınız için zaten bir geçiş anahtarı var.
passkey-elsewhere = Geçiş anahtarları yalnızca { $address } adresinde çalışır.
passkey-elsewhere-link = Lotse'yi bu adreste aç
passkey-added = Geçiş anahtarı eklendi. Henüz kurtarma kodlarınız yoksa şimdi oluşturun.
passkey-removed = Geçiş anahtarı kaldırıldı.
error-passkey-failed = Geçiş anahtarı onaylanamadı. Lütfen tekrar deneyin.
error-passkey-expired = İsteğin süresi doldu. Lütfen tekrar deneyin.
error-passkey-none = Hesabınız için bir geçiş anahtarı yok.
error-passkey-name-required = Geçiş anahtarına bir ad verin.
error-passkey-name-too-long = Ad en fazla 60 karakter olabilir.
sign-in-method-password-and-passkey = Şifre ve geçiş anahtarıyla oturum açıldı
second-factors-passkeys = Geçiş anahtarları
audit-action-add-passkey = Geçiş anahtarı eklendi
audit-action-remove-passkey = Geçiş anahtarı kaldırıldı
second-factor-remove-app = Kimlik doğrulama uygulamasını kaldır
second-factor-remove-app-hint = Geçiş anahtarlarınız ve kurtarma kodlarınız kalır; oturum açmanızı onlarla onaylamaya devam edersiniz. Mevcut şifrenizle onaylayın.
second-factor-app-only-removed = Kimlik doğrulama uygulaması kaldırıldı. Geçiş anahtarlarınız kalır.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = Giden e-postalar
nav-outbox-hint = Lotse'nin hangi e-postaları yazdığı, hangilerinin gönderildiği ve hangilerinin gönderilmediği.
outbox-title = Giden e-postalar
outbox-intro = Lotse'nin yazdığı her e-posta önce burada görünür. E-postalar danışanlara ait hiçbir veri içermez, yalnızca Lotse'ye giden bir bağlantı içerir.
outbox-smtp-configured = Bir e-posta sunucusu ayarlanmış: bekleyen e-postalar birkaç saniye içinde gönderilir. Bir deneme başarısız olursa Lotse daha sonra yeniden dener.
outbox-no-smtp = Hiçbir e-posta sunucusu ayarlanmamış (LOTSE_SMTP_URL): e-postalar gönderilmez. Burada kalırlar ve okunabilirler.
outbox-counts = Bekleyen: { $waiting } · Gönderilen: { $sent } · Başarısız: { $failed }
outbox-empty = Henüz e-posta yok.
outbox-to = Alıcı
outbox-written = Yazılma zamanı
outbox-state = Durum
outbox-state-waiting = Gönderilmeyi bekliyor
outbox-state-sent = Gönderildi: { $time }
outbox-state-failed = { $attempts } denemeden sonra başarısız oldu
outbox-state-retrying = { $attempts } deneme başarısız oldu, sonraki deneme: { $time }
outbox-last-error = E-posta sunucusunun yanıtı
outbox-read = E-postayı oku
mail-settings-title = E-posta bildirimleri
mail-settings-intro = Sizi ilgilendiren bir şey olduğunda Lotse size { $email } adresine yazar. E-postalar danışanlara ait hiçbir veri içermez, yalnızca bir bağlantı içerir. Her tür için seçin: hemen, günde bir kez toplu olarak ya da hiçbir zaman.
mail-settings-language = E-postaların dili
mail-settings-save = Ayarları kaydet
mail-settings-saved = E-posta ayarları kaydedildi.
notify-kind-new-referral = Kuruluşunuza yeni yönlendirme
notify-kind-referral-overdue = Yanıt süresi geçmiş yönlendirme
notify-kind-correction-requested = Danışan bir düzeltme istiyor
notify-kind-consent-revoked = Danışan bir onayı geri aldı
notify-kind-volunteer-problem = Gönüllü bir sorun bildiriyor
delivery-now = Hemen
delivery-daily = Günlük toplu
delivery-never = Hiçbir zaman
mail-new-referral-subject = { $organisation } için yeni yönlendirme
mail-new-referral-body = Lotse'de { $organisation } için yeni bir yönlendirme var. Lütfen yanıt süresi dolmadan yanıt verin:
    { $link }
mail-referral-overdue-subject = Bir yönlendirme, yanıt süresi geçtiği hâlde bekliyor
mail-referral-overdue-body = Bir yönlendirmenin yanıt süresi geçti ve henüz yanıtlanmadı:
    { $link }
mail-correction-requested-subject = Düzeltme talebi
mail-correction-requested-body = Vakalarınızdan birindeki bir danışan portalda bir düzeltme istiyor. Talebi Lotse'de bulabilirsiniz:
    { $link }
mail-consent-revoked-subject = Bir onay geri alındı
mail-consent-revoked-body = Vakalarınızdan birindeki bir danışan portalda bir onayı geri aldı. Ayrıntılar Lotse'de:
    { $link }
mail-volunteer-problem-subject = Bir gönüllü bir sorun bildiriyor
mail-volunteer-problem-body = Vakalarınızdan birindeki bir görevle ilgili bir sorun bildirildi. Ayrıntılar Lotse'de:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [one] { $count } yenilik
       *[other] { $count } yenilik
    }
mail-digest-intro = { $count ->
        [one] Son özetten bu yana sizin için { $count } yenilik var:
       *[other] Son özetten bu yana sizin için { $count } yenilik var:
    }
mail-footer = Bu e-posta danışanlara ait hiçbir veri içermez. Hangi e-postaları alacağınızı “Hesabım” bölümünden ayarlarsınız: { $settings }

external-title = Kuruluşunuza yönlendirme
external-tagline = Ortak kuruluşlar için yönlendirmeler
external-gone = Bu bağlantıda (artık) görülecek bir şey yok: Bağlantının süresi dolmuş ya da bağlantı geri çekilmiş veya yönlendirme kapatılmış. Lütfen size yönlendirmeyi gönderen kişiye başvurun.
external-for = Alıcı: { $organisation }
external-code-intro = Verilerin korunması için bu bağlantı, siz tek kullanımlık bir kod girene kadar hiçbir şey göstermez. Kodu ikinci bir e-postayla adresinize göndeririz.
external-send-code = Kodu e-postayla gönder
external-send-code-again = Yeni kod gönder
external-code-sent = Kod yolda. 15 dakika geçerlidir.
external-code = E-postadaki tek kullanımlık kod
external-open = Yönlendirmeyi aç
external-referral-title = Yönlendirme
external-audited = Bu sayfanın her açılışı kaydedilir. Yönlendirilen kişi, kuruluşunuzun verilerine ne zaman baktığını görebilir.
external-link-title = Ortak kuruluş için bağlantı
external-link-explained = Bu kuruluşun Lotse'de hesabı yok. İrtibat kişisi e-postayla bir bağlantı aldı ve bağlantıyı tek kullanımlık bir kodla açıyor.
external-contact = İrtibat kişisi
external-link-state = Bağlantı
external-link-active = geçerli
external-link-expired = süresi doldu
external-link-withdrawn = geri çekildi
external-link-until = Son geçerlilik tarihi
external-link-last-viewed = Son açılış
external-link-never-viewed = hiç açılmadı
external-link-renew = 14 gün uzat
external-link-withdraw = Bağlantıyı geri çek
external-link-renewed = Bağlantı yeniden 14 gün geçerli.
external-link-withdrawn-done = Bağlantı geri çekildi. Artık hiçbir şey göstermiyor.
organisations-external-contact = İrtibat kişisi (hesapsız)
organisations-has-accounts = Lotse'de hesapları olan
organisations-external-new = Hesapsız ortak kuruluş ekle
organisations-external-explained = Lotse'de çalışmayan ortaklar için (örneğin meslek odaları veya küçük dernekler): Yönlendirmeler, irtibat kişisine e-postayla bağlantı olarak gider.
organisations-contact-name = İrtibat kişisinin adı
organisations-contact-email = İrtibat kişisinin e-posta adresi
organisations-contact-language = E-postaların dili
organisations-external-create = Ortak kuruluşu ekle
organisations-external-created = Ortak kuruluş eklendi.
error-external-no-contact = Bu kuruluşun yönlendirmeler için bir irtibat kişisi yok.
error-external-link-gone = Bu bağlantı artık hiçbir şey göstermiyor. Lütfen size yönlendirmeyi gönderen kişiye başvurun.
error-external-code-again = Oturumunuzun süresi doldu. Lütfen yeni bir kod isteyin ve girin.
error-external-code-limit = Son bir saatte çok fazla kod gönderildi. Lütfen daha sonra tekrar deneyin.
error-external-code-expired = Bu kod artık geçerli değil. Lütfen yeni bir kod isteyin.
error-external-code-wrong = Kod doğru değil. Lütfen kodu kontrol edin.
error-external-no-link = Bu yönlendirmenin geçerli bir bağlantısı yok.
mail-external-referral-subject = { $sender } tarafından yeni yönlendirme
mail-external-referral-body = { $sender }, belediye entegrasyon yönetimi kapsamında kuruluşunuza bir yönlendirme gönderdi. Verilerin korunması için bu e-postada kişi hakkında hiçbir bilgi yer almaz. Yönlendirmeyi burada bulabilirsiniz:
    { $link }
    Bağlantıyı açtığınızda sizden, ikinci bir e-postayla göndereceğimiz tek kullanımlık bir kod isteriz. Bağlantı { $expires } tarihine kadar geçerlidir.
mail-external-code-subject = Lotse için tek kullanımlık kodunuz
mail-external-code-body = Tek kullanımlık kodunuz: { $code }
    Kod 15 dakika geçerlidir. Kod istemediyseniz bu e-postayı silebilirsiniz.
portal-reminders-title = E-postayla hatırlatma
portal-reminders-explained = Bir randevudan bir gün önce size tarih ve saati içeren bir e-posta göndeririz. E-postada başka bir şey yazmaz. Ayrıntıları burada, portalda görürsünüz.
portal-reminders-to = Alıcı: { $email }
portal-reminders-no-email = Sizin için kayıtlı bir e-posta adresi yok. Vaka yöneticiniz adresinizi ekleyebilir.
portal-reminders-on = Evet, lütfen hatırlatın
portal-reminders-off = Artık hatırlatma istemiyorum
portal-reminders-are-on = E-postayla hatırlatma alıyorsunuz.
portal-reminders-are-off = E-postayla hatırlatma almıyorsunuz.
mail-appointment-reminder-subject = Hatırlatma: Yarın bir randevunuz var
mail-appointment-reminder-body = Yarın bir randevunuz var: { $date }, saat { $time }. Ayrıntıları portalda bulabilirsiniz:
    { $link }
mail-appointment-reminder-body-day = Yarın bir randevunuz var: { $date }. Ayrıntıları portalda bulabilirsiniz:
    { $link }
mail-appointment-reminder-footer = Bu hatırlatmayı, portalda açtığınız için alıyorsunuz. Hatırlatmayı orada yeniden kapatabilirsiniz.
