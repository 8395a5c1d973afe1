# Lotse – nivîsên bi Kurmancî (ji Almanî hatine wergerandin; her ziman heman mifteyan bi kar tîne).

app-tagline = Rêveberiya entegrasyonê ya şaredariyê
skip-to-content = Here naverokê
language-label = Ziman
demo-marker = Demo – ne daneyên rastîn
nav-label = Navîgasyona sereke
nav-start = Destpêk
nav-organisations = Rêxistin
nav-users = Hesabên bikarhêneran
nav-account = Hesabê min
sign-out = Derkeve
signed-out-notice = Hûn têneketine.
sign-in-link = Here têketinê

## Têketin
sign-in-title = Têketin
sign-in-submit = Têkeve
field-email = Navnîşana e-nameyê
field-password = Şîfre
demo-accounts-title = Hesabên demoyê
demo-accounts-password = Şîfreya hemû hesabên demoyê:

## Rûpela destpêkê
start-title = Destpêk
start-greeting = Rojbaş, { $name }!
start-intro-administrator = Hûn rêxistin, hesabên bikarhêneran û rolan birêve dibin.
start-intro-case-manager = Hûn di rêveberiya dosyayan de piştgiriyê didin muwekîlên xwe – ji hevdîtina yekem heta plana entegrasyonê.
start-intro-coordinator = Hûn hejmarên anonîmkirî dibînin û piştgiriya komên xebatê dikin.
start-intro-partner-staff = Hûn şandinên ji rêxistina we re û tenê ew daneyên ku muwekîl razî bûye werin parvekirin dibînin.
start-intro-volunteer = Hûn ew erkên ku ji we re hatine spartin dibînin.
start-intro-data-protection-officer = Hûn kontrol dikin ka kê kengê xwe gihandiye kîjan daneyan.
start-more-soon = Beşên din dê di guhertoyên pêş de bên zêdekirin.

## Rol
role-administrator = Rêveberî
role-case-manager = Rêveberiya dosyayan
role-coordinator = Koordînasyon
role-partner-staff = Rêxistina hevkar
role-volunteer = Xebata dilxwazî
role-data-protection-officer = Parastina daneyan

## Cureyên rêxistinan
org-type-city-office = Daîreya şaredariyê
org-type-bamf = BAMF
org-type-jobcenter = Jobcenter
org-type-employment-agency = Ajansa kar
org-type-chamber = Ode (IHK/HWK)
org-type-welfare-organisation = Rêxistina alîkariya civakî
org-type-course-provider = Dezgeha kursan
org-type-volunteer-network = Tora dilxwazan
org-type-health-service = Xizmeta tenduristiyê

## Rêxistin
organisations-title = Rêxistin
organisations-new = Rêxistina nû
organisations-create = Rêxistinê biafirîne
field-organisation-name = Nav
field-organisation-type = Cureyê rêxistinê
choose-option = Ji kerema xwe hilbijêrin

## Hesabên bikarhêneran
users-title = Hesabên bikarhêneran
users-new = Hesabê bikarhênerê nû
users-create = Hesabê bikarhêner biafirîne
users-created = Hesabê bikarhêner hat afirandin.
users-last-sign-in = Têketina dawî
users-never = tu carî
users-status = Rewş
users-active = çalak
users-inactive = neçalak
users-activate = Çalak bike
users-deactivate = Neçalak bike
field-display-name = Nav
field-organisation = Rêxistin
field-role = Rol
field-initial-password = Şîfreya yekem
pager-label = Rûpel
pager-previous = Rûpela berê
pager-next = Rûpela pêş

## Hesabê min
account-title = Hesabê min
account-change-password = Şîfreyê biguherîne
account-password-changed = Şîfreya we hat guhertin. Têketinên din hatin qedandin.
field-current-password = Şîfreya niha
field-new-password = Şîfreya nû
field-confirm-password = Şîfreya nû dubare bikin
password-rule = Herî kêm 10 tîp.

## Rûpel nehat dîtin
not-found-title = Rûpel nehat dîtin
not-found-home = Here rûpela destpêkê

## Peyamên çewtiyê
error-unauthenticated = Ji kerema xwe têkevin.
error-forbidden = Destûra we ji bo vê tune.
error-invalid-credentials = Navnîşana e-nameyê an şîfre çewt e.
error-throttled = Gelek hewldanên têketinê yên têkçûyî. Ji kerema xwe piştî { $minutes } deqeyan dîsa biceribînin.
error-not-found = Tomar nehat dîtin.
error-bad-request = Daxwaz çewt bû. Ji kerema xwe rûpelê ji nû ve bar bikin.
error-internal = Çewtiyeke navxweyî çêbû. Ji kerema xwe koda { $request_id } ji piştgiriyê re bibêjin.
error-required = Ji kerema xwe vê qadê tije bikin.
error-too-long = Ev nivîs pir dirêj e.
error-choose-option = Ji kerema xwe vebijarkekê hilbijêrin.
error-email-invalid = Ji kerema xwe navnîşaneke e-nameyê ya derbasdar binivîsin.
error-email-taken = Ji bo vê navnîşana e-nameyê jixwe hesabekî bikarhêner heye.
error-organisation-exists = Rêxistineke bi vî navî jixwe heye.
error-password-too-short = Divê şîfre herî kêm 10 tîp be.
error-passwords-differ = Her du şîfre li hev nayên.
error-current-password-wrong = Şîfreya niha çewt e.
error-own-account = Hûn nikarin hesabê xwe li vir biguherînin.
error-name-required = Ji kerema xwe herî kêm navekî binivîsin.
error-date-part-invalid = Ev dîrok tune ye.
error-day-without-month = Roj bê meh ne gengaz e.
error-language-code = Ji kerema xwe zimanekî ji lîsteyê hilbijêrin.

## Muwekîl
nav-clients = Muwekîl
clients-title = Muwekîl
clients-new = Muwekîla nû / muwekîlê nû
clients-search-label = Nav (her rênivîs, her alfabe)
clients-none-found = Kes nehat dîtin.
clients-col-name = Nav
clients-col-latin = Rênivîsa di belgeyan de
clients-col-birth = Dîroka jidayikbûnê
clients-birth-unknown = nayê zanîn
client-new-title = Muwekîla nû / muwekîlê nû
client-names = Nav
client-birth = Dîroka jidayikbûnê
client-birth-hint = Tiştê ku tê zanîn binivîsin; roj an meh dikarin vala bimînin.
client-language = Ziman
client-contact = Têkilî û navnîşan
client-create = Biafirîne
client-created = Kes hat tomarkirin.
client-duplicates-title = Dibe ku ev kes berê hatibin tomarkirin:
client-duplicates-confirm = Ev kesekî din e – dîsa jî biafirîne
field-given-names = Nav (yek an çend)
field-family-name = Paşnav
field-given-names-latin = Nav bi tîpên latînî, wek di belgeyan de
field-family-name-latin = Paşnav bi tîpên latînî, wek di belgeyan de
field-birth-day = Roj
field-birth-month = Meh
field-birth-year = Sal
field-preferred-language = Zimanê tercîhkirî
field-interpreter-needed = Wergera devkî pêwîst e
field-interpreter-language = Zimanê wergera devkî (ISO-639-3-Code)
field-phone = Telefon
field-street = Kolan û hejmara xaniyê
field-postal-code = Koda postayê
field-city = Bajar
