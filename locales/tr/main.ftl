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
