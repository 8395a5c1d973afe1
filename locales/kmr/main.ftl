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
start-intro-case-manager = Hûn di rêveberiya dosyayan de piştgiriyê didin şêwirxwazên xwe – ji hevdîtina yekem heta plana entegrasyonê.
start-intro-coordinator = Hûn hejmarên anonîmkirî dibînin û piştgiriya komên xebatê dikin.
start-intro-partner-staff = Hûn şandinên ji rêxistina we re û tenê ew daneyên ku şêwirxwaz razî bûye werin parvekirin dibînin.
start-intro-volunteer = Hûn ew erkên ku ji we re hatine spartin dibînin.
start-intro-data-protection-officer = Hûn kontrol dikin ka kê kengê xwe gihandiye kîjan daneyan.

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
users-role-change = Rolê biguherîne
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
error-throttled = Gelek hewldanên têketinê yên têkçûyî. Ji kerema xwe piştî { $minutes ->
    [one] deqeyekê
   *[other] { $minutes } deqeyan
} dîsa biceribînin.
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

## Şêwirxwaz
nav-clients = Şêwirxwaz
clients-title = Şêwirxwaz
clients-new = Şêwirxwaza nû / şêwirxwazê nû
clients-search-label = Nav (her rênivîs, her alfabe)
clients-search-submit = Bigere
clients-none-found = Kes nehat dîtin.
clients-col-name = Nav
clients-col-latin = Rênivîsa di belgeyan de
clients-col-birth = Dîroka jidayikbûnê
clients-birth-unknown = nayê zanîn
client-new-title = Şêwirxwaza nû / şêwirxwazê nû
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

## Case management core (issue 3)

error-conflict = Di vê navberê de kesekî din ev agahî tomar kirine. Tiştek nehat guhertin, tiştên ku we nivîsandine hîn di formê de ne. Niha ev tomarkirî ye:
error-number-invalid = Ji kerema xwe hejmareke derbasdar binivîsin.
error-date-invalid = Ji kerema xwe dîrokeke derbasdar binivîsin.
error-time-invalid = Ji kerema xwe demjimêreke derbasdar binivîsin (SS:DD).
error-choose-from-list = Ji kerema xwe tomarekê ji lîsteyê hilbijêrin.
error-date-in-past = Ev dîrok derbas bûye.
error-date-in-future = Ev dîrok hîn nehatiye.
error-target-before-start = Dîroka armancê berî destpêkê ye.
error-goal-empty = Ji kerema xwe armancê rave bikin (bi gotinên şêwirxwaz bi xwe, bi zimanekî hêsan an bi şablonekê).
error-reason-required = Ji kerema xwe sedemekê binivîsin.
error-result-required = Ji kerema xwe encamê binivîsin.
error-organisation-required = Ji kerema xwe rêxistina berpirsiyar hilbijêrin.
error-interpreter-language-required = Ji kerema xwe zimanê wergera devkî binivîsin.
error-review-before-agreement = Divê kontrol piştî lihevkirinê be.
error-plan-empty = Di planê de hîn armanc tune.
error-plan-nothing-to-agree = Reşnivîsek tune ku li ser were lihevkirin.
error-phase-not-allowed = Ev guhertina qonaxê ne gengaz e.
error-consent-missing = Razîbûna ji bo rêveberiya dosyayê hîn tune. Ji kerema xwe pêşî wê tomar bikin.
error-entrusted-by-required = Ji kerema xwe binivîsin ka kê ev agahî bi bawerî spartiye.

value-empty = (vala)
untranslated-marker = nehatiye wergerandin
language-picker-hint = Navê bi Almanî, navê zimên bi xwe an ISO-639-3-Code binivîsin.
saved = Hat tomarkirin.
save = Tomar bike
add = Zêde bike
remove = Rake
yes = erê
no = na
nav-catalogues = Katalog

client-title = Şêwirxwaz
client-personal = Agahiyên kesane
client-edit = Agahiyan biguherîne
client-cases = Dosya
client-household = Endamên malê
client-address = Navnîşan
client-open-record = Dosyayê veke
case-link = Dosya
case-open = Dosyayeke nû biafirîne
household-add = Endamekî malê zêde bike
field-member-name = Nav
field-relation = Têkilî
compartment-residence = Rûniştin û alîkarî
compartment-residence-hint = Beşa hesas: cuda tê tomarkirin û tenê li cihê ku pêwîst e tê dîtin.
field-residence-status = Rewşa rûniştinê
field-valid-until = Derbasdar heta
field-benefit-regime = Cureyê alîkariyê
compartment-health = Tenduristî
compartment-health-hint = Kategoriya taybet a daneyên kesane: tenê bi razîbûna eşkere tê parvekirin.
compartment-youth-welfare = Alîkariya zarok û ciwanan
compartment-youth-welfare-hint = Tenê bi razîbûna wî kesê ku agahî bi bawerî spartiye tê parvekirin.
compartment-private = Notên min ên xebatê yên kesane
compartment-private-hint = Tenê hûn van notan dibînin. Ew tu carî nayên parvekirin.
note-add = Notekê zêde bike
field-note = Not
field-entrusted-by = Kesê ku bi bawerî spartiye

case-title = Dosya
case-phase = Qonax
case-owner = Berpirsiyarê dosyayê
case-sections = Beşên dosyayê
case-history = Dîroka qonaxan
case-closed = Dosya hat girtin:
case-consent-needed = Berî nirxandina rewşê divê razîbûna ji bo rêveberiya dosyayê were tomarkirin.
case-next-phase = Qonaxa pêş
case-change-phase = Qonaxê biguherîne
field-closure-reason = Sedema girtinê
consent-title = Razîbûn ji bo rêveberiya dosyayê
consent-recorded = Dîroka razîbûnê
consent-record = Razîbûnê binivîse
consent-save = Razîbûnê tomar bike
field-given-on = Dîroka dayînê
field-consent-method = Awayê razîbûnê
assessment-title = Nirxandina rewşê
assessment-recorded = hat tomarkirin
assessment-needs = Pêdivî
assessment-resources = Çavkanî û hêz
assessment-client-goals = Armancên şêwirxwaz bi xwe
facts-title = Agahiyên birêkûpêk
field-language-level = Asta Almanî
field-literacy = Xwendin û nivîsandin
field-schooling = Perwerdeya dibistanê
field-qualifications = Bawername û jêhatîbûn
field-recognition-needed = Naskirina bawernameyeke biyanî pêwîst e
field-work-experience = Tecrûbeya karî
field-housing-situation = Rewşa xaniyê
field-health-insurance = Sîgorteya tenduristiyê

plan-title = Plana entegrasyonê
plan-none = Hîn plan tune.
plan-version = Guherto { $number }
plan-version-agreed = Guhertoya lihevkirî { $number }, dîrok:
plan-version-draft = Reşnivîs, guherto { $number }
plan-print = Planê çap bike
plan-goals = Armanc
plan-no-goals = Hîn armanc tune.
plan-steps = Gav
plan-agree = Li ser planê li hev bike
plan-agree-hint = Plan bi şêwirxwaz re tê gotûbêjkirin û li ser tê lihevkirin. Guhertinên paşê guhertoyeke nû dest pê dikin.
plan-review-default = Heke vala be: şeş meh piştî lihevkirinê.
plan-versions = Guherto
plan-agreed-on = dîroka lihevkirinê
plan-draft = Reşnivîs
plan-compare-from = Berhev bike:
plan-compare-to = bi
plan-current = rewşa niha
plan-compare = Berhev bike
plan-no-changes = Guhertin tune.
plan-back = Vegere planê
goal-add = Armancekê zêde bike
goal-edit = Armancê biguherîne
goal-remove = Armancê rake
goal-status-change = Rewşa armancê biguherîne
step-add = Gavekê zêde bike
step-edit = Gavê biguherîne
step-history = Dîrok
step-status-change = Rewşê biguherîne
field-domain = Qada jiyanê
field-goal-level = Asta armancê
field-goal-template = Şablona armancê
field-client-words = Bi gotinên xwe
field-plain-wording = Bi zimanekî hêsan
field-success-criterion = Em ê çawa bizanin ku bi ser ket
field-start-date = Destpêk
field-target-date = Dîroka armancê
field-goal-status = Rewş
field-status-reason = Sedem
field-service-type = Xizmet
field-step-detail = Hûrgilî
field-responsible = Berpirsiyar
field-responsible-organisation = Rêxistina berpirsiyar
field-due-date = Dîroka dawî
field-step-status = Rewş
field-status-note = Encam an sedem
field-appeal-deadline = Dawiya dema îtirazê
field-agreed-on = Dîroka lihevkirinê
field-agreed-how = Çawa hat lihevkirin
field-review-due = Kontrol
appointments-title = Randevû
appointment-add = Randevûyekê zêde bike
field-date = Dîrok
field-time = Demjimêr
field-place = Cih
field-with-organisation = Li rêxistinê
field-linked-step = Ji bo gavê
field-appointment-note = Tiştên ku divê bên anîn an têbînî
diff-added = hat zêdekirin
diff-removed = hat rakirin
diff-changed = hat guhertin
diff-goal = Armanc
diff-step = Gav

print-language = Zimanê çapê
print-now = Çap bike
print-plan-title = Plana min a entegrasyonê
print-agreed-on = Dîroka lihevkirinê
print-draft = Reşnivîs – hîn li ser nehatiye lihevkirin
print-signature-client = Îmzeya şêwirxwaz
print-signature-case-manager = Îmzeya rêveberê dosyayê

dashboard-phases = Dosyayên min li gorî qonaxê
dashboard-overdue = Gavên ku dema wan derbas bûye
dashboard-reviews = Kontrolên di 14 rojên pêş de
dashboard-waiting = Gavên ku li benda hevkaran in
dashboard-appointments = Randevûyên di 7 rojên pêş de
dashboard-recent = Dosyayên ku herî dawî hatine guhertin
dashboard-none = Tiştek tune ku were kirin.
dashboard-shown-of = { $shown } ji { $total } têne nîşandan; hemû di planên dosyeyan de ne.

catalogues-title = Katalog
catalogues-intro = Tomarên we yên taybet katalogên amade temam dikin. Almanî mecbûrî ye; heke zimanek kêm be, nivîsa Almanî bi nîşana “nehatiye wergerandin” xuya dibe.
catalogues-none = Hîn tomarên we yên taybet tune ne.
catalogues-col-catalogue = Katalog
catalogues-col-text = Nivîs
catalogues-col-locales = Ziman
catalogues-add = Tomarekê zêde bike
catalogues-texts = Nivîs bi her zimanî
catalogue-name-service = Xizmet
catalogue-name-goal-template = Şablonên armancan
catalogue-name-closure = Sedemên girtinê

## Catalogues: every entry a message (see app/src/models/catalogue.rs)

phase-referral = Wergirtin
phase-intake = Hevdîtina yekem (Intake)
phase-assessment = Nirxandina rewşê
phase-planning = Plansaziya alîkariyê
phase-implementation = Pêkanîn
phase-monitoring = Şopandin û kontrol
phase-evaluation = Nirxandina encaman
phase-closed = Girtî

domain-language = Ziman
domain-education-work = Perwerde û kar
domain-housing = Xanî
domain-health = Tenduristî
domain-residence = Rûniştin
domain-benefits = Alîkarî û pere
domain-family = Malbat û zarok
domain-participation = Beşdariya civakî

service-integration-course = Kursa entegrasyonê (Integrationskurs)
service-literacy-course = Kursa entegrasyonê bi hînbûna xwendin û nivîsandinê (Integrationskurs mit Alphabetisierung)
service-youth-integration-course = Kursa entegrasyonê ji bo ciwanan (Jugendintegrationskurs)
service-parents-integration-course = Kursa entegrasyonê ji bo dê û bavan û jinan (Eltern- und Frauenintegrationskurs)
service-intensive-integration-course = Kursa bilez (Intensivkurs)
service-second-script-course = Kurs ji bo hînbûna tîpên latînî (Zweitschriftlernerkurs)
service-dtz-exam = Îmtîhana Almanî ji bo koçberan (Deutsch-Test für Zuwanderer, DTZ)
service-job-language-course = Kursa Almanî ji bo kar (Berufssprachkurs)
service-course-fee-exemption = Azadbûn ji lêçûnên kursê
service-potential-analysis = Analîza şiyanan (Potenzialanalyse)
service-cooperation-plan = Plana hevkariyê (Kooperationsplan, Jobcenter)
service-placement-voucher = Kupona dîtina kar (Vermittlungsgutschein)
service-apprenticeship = Perwerdeya pîşeyî (Ausbildung)
service-entry-qualification = Staja destpêkê ji bo perwerdeya pîşeyî (Einstiegsqualifizierung, EQ)
service-wage-subsidy = Alîkariya meaşê ji bo kardêr (Lohnkostenzuschuss)
service-coaching = Rêberîkirin (Coaching)
service-recognition-counselling = Şêwirmendiya naskirina bawernameyê (Anerkennungsberatung, IQ-Netzwerk)
service-recognition-application = Serlêdana naskirina bawernameyê (Antrag auf Anerkennung)
service-qualification-analysis = Analîza jêhatîbûnê (Qualifikationsanalyse)
service-adaptation-training = Perwerdeya temamkirinê ji bo naskirinê (Anpassungsqualifizierung)
service-zab-evaluation = Nirxandina bawernameyê (Zeugnisbewertung, ZAB)
service-housing-entitlement = Belgeya mafê xaniyê civakî (Wohnberechtigungsschein, WBS)
service-residence-obligation-change = Guhertina mecbûriya cihê rûniştinê (Wohnsitzauflage)
service-cost-approval = Dayîna kirêya xaniyê ji aliyê dezgehê ve (Mietkostenübernahme)
service-move-out-of-shelter = Derketin ji cihê mayîna hevpar
service-health-card = Karta tenduristiyê (Gesundheitskarte)
service-treatment-voucher = Belgeya dermankirinê (Behandlungsschein)
service-health-insurance-enrolment = Qeydkirin li sîgorteya tenduristiyê (Krankenkasse)
service-psychosocial-centre = Navenda derûnî-civakî (Psychosoziales Zentrum)
service-vaccination = Vakslêdan
service-permit-application = Serlêdana destûra rûniştinê (Aufenthaltserlaubnis)
service-naturalisation = Bûyîna welatiyê Almanyayê (Einbürgerung)
service-benefit-application = Serlêdana alîkariyê
service-debt-counselling = Şêwirmendiya deynan (Schuldnerberatung)
service-childcare-place = Cih li baxçeyê zarokan (Kita-Platz)
service-school-enrolment = Qeydkirina li dibistanê (Schulanmeldung)
service-migration-counselling = Şêwirmendiya koçberiyê ji bo mezinan (Migrationsberatung, MBE)
service-youth-migration-service = Xizmeta koçberiyê ji bo ciwanan (Jugendmigrationsdienst, JMD)
service-interpreter = Wergera devkî
service-document-translation = Wergera belgeyan
service-volunteer-matching = Dîtina dilxwazekî ji bo hevrêtiyê

goal-template-reach-b1 = Bi asta B1 Almanî axaftin
goal-template-complete-integration-course = Kursa entegrasyonê (Integrationskurs) qedandin
goal-template-learn-to-read = Xwendin û nivîsandin hîn bûn
goal-template-qualification-recognised = Bawernameya pîşeyî dan naskirin
goal-template-find-work = Karekî dîtin
goal-template-start-apprenticeship = Dest bi perwerdeya pîşeyî (Ausbildung) kirin
goal-template-own-flat = Xaniyekî xwe dîtin
goal-template-leave-shelter = Ji cihê mayîna hevpar derketin
goal-template-health-insurance = Xwedî sîgorteya tenduristiyê bûn
goal-template-family-doctor = Xwedî bijîşkê malbatê bûn
goal-template-secure-residence = Mafê rûniştinê misoger kirin
goal-template-secure-income = Dahatê misoger kirin
goal-template-childcare = Ji bo zarokê cihekî li baxçeyê zarokan dîtin
goal-template-school-place = Ji bo zarokê cihekî li dibistanê dîtin
goal-template-social-contacts = Li cihê xwe têkilî û çalakiyên dema vala dîtin

goal-level-long-term = Armanca demdirêj
goal-level-framework = Armanca çarçoveyê
goal-level-action = Armanca çalakiyê

goal-status-open = vekirî
goal-status-in-progress = li ser kar e
goal-status-achieved = pêk hat
goal-status-partly-achieved = beşek pêk hat
goal-status-not-achieved = pêk nehat
goal-status-dropped = hat berdan

step-status-planned = hat plankirin
step-status-eligibility-requested = maf hat xwestin
step-status-eligible = maf heye
step-status-registered = qeyd bû
step-status-waitlisted = li ser lîsteya bendê
step-status-started = dest pê kir
step-status-completed = qediya
step-status-interrupted = hat rawestandin
step-status-dropped = nîvco hat berdan
step-status-rejected = hat redkirin
step-status-not-needed = êdî ne pêwîst e

closure-goals-achieved = Armanc pêk hatin
closure-standard-service = Radestî xizmeteke asayî hat kirin
closure-client-ended = Ji aliyê şêwirxwaz ve hat bidawîkirin
closure-moved-away = Bar kir cihekî din
closure-unreachable = Êdî nayê gihîştin
closure-consent-withdrawn = Razîbûn hat paşvekişandin

consent-method-signature = bi îmzeyê
consent-method-electronic = bi awayê elektronîkî hat pejirandin
consent-method-oral-interpreter = devkî, bi wergêr

responsible-client = Şêwirxwaz
responsible-case-manager = Rêveberê dosyayê
responsible-organisation = Rêxistina hevkar
responsible-volunteer = Dilxwaz

language-level-a0 = A0 (tu zanîn tune)
language-level-a1 = A1
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2

literacy-literate = xwendin û nivîsandin dizane (tîpên latînî)
literacy-other-script = bi alfabeyeke din xwendin û nivîsandin dizane
literacy-not-literate = xwendin û nivîsandin nizane

housing-shelter = Cihê mayîna hevpar (Gemeinschaftsunterkunft)
housing-shared-accommodation = xaniyê hevpar an binkirêtî
housing-own-flat = xaniyê xwe
housing-with-family = li cem malbat an nasan
housing-homeless = bê xanî

insurance-statutory = sîgorteya qanûnî heye
insurance-health-card = Karta tenduristiyê (Gesundheitskarte, AsylbLG)
insurance-treatment-vouchers = Belgeyên dermankirinê (Behandlungsscheine)
insurance-private = sîgorteya taybet heye
insurance-none = sîgorte tune

residence-asylum-procedure = Destûra mayînê di dema prosedûra penaberiyê de (Aufenthaltsgestattung)
residence-tolerated = Paşxistina dersînorkirinê (Duldung)
residence-temporary-protection = Parastina demkî (§ 24 AufenthG)
residence-residence-permit = Destûra rûniştinê (Aufenthaltserlaubnis)
residence-settlement-permit = Destûra rûniştinê ya bêdem (Niederlassungserlaubnis)
residence-eu-citizen = Welatiyê Yekîtiya Ewropayê
residence-german-citizen = hemwelatîbûna Almanyayê
residence-other = statûyeke din

benefit-asylblg = Alîkarî ji bo penaxwazan (AsylbLG)
benefit-sgb2 = Alîkariya bingehîn (Bürgergeld, SGB II)
benefit-sgb12 = Alîkariya civakî (Sozialhilfe, SGB XII)
benefit-none = alîkarî tune

relation-spouse = Hevjîn
relation-child = Zarok
relation-parent = Dê an bav
relation-sibling = Xwişk an bira
relation-other = têkiliyeke din

## Partner network (issue 4)
nav-offers = Xizmet û kurs
nav-inbox = Qutiya hatinê
nav-audit = Protokol
case-team = Berpirsiyarên dosyayê
case-assign = Bispêre
case-assign-colleague = Bispêre hevkareke an hevkarekî
case-unassign = Spartinê betal bike
dashboard-overdue-referrals = Şandinên ku dema wan derbas bûye
network-title = Tor
network-referrals = Şandin
network-no-referrals = Hîn şandin tune.
network-new-referral = Şandina nû
network-consents = Razîbûnên ji bo parvekirina daneyan
network-no-consents = Hîn razîbûna ji bo parvekirina daneyan tune.
network-access-times = Gihîştina kursên ziman
network-access-days = Dema gihîştinê: { $days ->
    [one] { $days } roj
   *[other] { $days } roj
}
network-waiting-days = Dema bendê: { $days ->
    [one] { $days } roj
   *[other] { $days } roj
}
consent-record-share = Razîbûnê binivîse
consent-health-separate = Ji bo daneyên tenduristiyê her tim razîbûneke cuda û eşkere pêwîst e.
consent-print = Formê çap bike
consent-revoke = Paşve bikişîne
consent-state-active = derbasdar
consent-state-inactive = ne derbasdar
consent-state-revoked = hat paşvekişandin
consent-form-title = Razîbûn ji bo parvekirina daneyan
consent-form-back = Vegere rûpela kesê
consent-form-recipient = Wergir
consent-form-valid = Derbasdar
consent-form-categories-intro = Ez razî me ku ev daneyên jêrîn ji wergir re werin şandin:
consent-form-voluntary = Razîbûn bi dilxwazî ye. Heke ez razî nebim, tu zirar nagihîje min.
consent-form-revoke = Ez dikarim razîbûnê her gav paşve bikişînim, bi heman hêsanî ku min ew daye. Paşvekişandin yekser ji bo pêşerojê derbasdar e.
consent-form-health = Daneyên tenduristiyê bi taybetî têne parastin. Ev razîbûn tenê ji bo daneyên tenduristiyê derbasdar e.
consent-form-issued-by = Amadekar:
consent-form-place-date = Cih, dîrok
courses-title = Kursên guncav
courses-childcare-on = Lênêrîna zarokan şert neke
courses-childcare-off = Tenê kursên bi lênêrîna zarokan
courses-any-type = Hemû cureyên kursan nîşan bide
courses-only-this-type = Tenê vê cureyê kursê nîşan bide
courses-none = Kursekî guncav nehat dîtin.
courses-distance = { $km } km
courses-full = tije ye (lîsteya bendê)
courses-free-seats = { $count ->
    [one] { $count } cihê vala
   *[other] { $count } cihên vala
}
courses-seats-unknown = hejmara cihên vala nayê zanîn
courses-next-start = Destpêka pêş:
courses-refer = Bişîne vê kursê
courses-refer-submit = Bişîne
courses-default-message = Em ji bo vî kesî di vê kursê de cihekî dixwazin.
offers-childcare = Lênêrîna zarokan
field-title = Sernav
field-address = Navnîşan
field-birth-date = Dîroka jidayikbûnê
field-name = Nav
field-categories = Dane
field-decline-reason = Sedema redkirinê
field-district = Navçe
field-free-seats = Cihên vala
field-message = Peyam
field-outcome = Encam
field-purpose = Mebest
field-referral-status = Rewşa şandinê
field-response-due = Bersiv heta
field-seat = Cih
field-starts-on = Destpêk
field-step = Gava di planê de
field-valid-from = Derbasdar ji
inbox-title = Qutiya hatinê
inbox-referrals = Şandinên ji rêxistina min re
inbox-empty = Şandin tune.
referral-title = Şandin
referral-facts = Agahî
referral-client = Kes
referral-client-hidden = Kes (razîbûna derbasdar tune)
referral-to = Ji bo
referral-sent-by = Şander
referral-back-to-case = Vegere dosyayê
referral-response-due = Bersiv heta
referral-overdue = dema wê derbas bûye
referral-shared-data = Daneyên parvekirî
referral-access-closed = Şandin hat girtin. Daneyên kesê êdî xuya nabin.
referral-access-no-consent = Razîbûneke derbasdar tune (hatiye paşvekişandin, dema wê qediyaye an qet nehatiye dayîn). Daneyên kesê xuya nabin.
referral-nothing-recorded = Tiştek nehatiye tomarkirin.
referral-answer = Bersiv bide
referral-withdraw-title = Paşve bikişîne
referral-no-further-steps = Gavên din ne gengaz in.
referral-history = Dîrok û peyam
referral-message-label = Peyam
referral-send-message = Peyamê bişîne
referral-no-step = – bê gav –
referral-consent-covered = Ji bo daneyên hilbijartî razîbûneke derbasdar heye.
referral-consent-missing = Razîbûn kêm e ji bo: { $categories }.
referral-record-consent = Razîbûnê niha binivîse
referral-due-hint = Vala bihêle: 10 rojên kar ji îro ve.
referral-offers-hint = Xizmet bi cih, dem û cihên vala:
referral-send = Şandinê bişîne
step-find-course = Kursekî guncav bibîne
step-refer = Bişîne
error-categories-required = Ji kerema xwe herî kêm cureyekî daneyan hilbijêrin.
error-consent-already-revoked = Ev razîbûn jixwe hatiye paşvekişandin.
error-consent-missing-for-referral = Ji bo herî kêm cureyekî daneyan ê hilbijartî razîbûneke derbasdar ji bo vê rêxistinê û vê mebestê tune.
error-free-seats-above-capacity = Cihên vala nikarin ji hemû cihan zêdetir bin.
error-health-consent-separate = Ji bo daneyên tenduristiyê razîbûneke cuda pêwîst e: ji kerema xwe cuda binivîsin.
error-referral-transition = Di vê rewşê de ev gav ne gengaz e.
error-start-date-required = Ji kerema xwe dîroka destpêka kursê binivîsin.
error-target-level-not-above = Divê asta armancê ji asta destpêkê bilindtir be.
error-until-before-from = Dawî berî destpêkê ye.
consent-category-identity = Nav, dîroka jidayikbûnê û têkilî
consent-category-language = Ziman û perwerde
consent-category-work = Kar
consent-category-housing = Xanî
consent-category-health = Tenduristî
consent-category-residence = Rûniştin û alîkarî
consent-category-youth-welfare = Alîkariya zarok û ciwanan
consent-purpose-language-course = Kursa ziman
consent-purpose-employment = Kar û perwerdeya pîşeyî
consent-purpose-recognition = Naskirina bawernameyan
consent-purpose-housing = Xanî
consent-purpose-health-care = Lênêrîna tenduristiyê
consent-purpose-counselling = Şêwirmendî
consent-purpose-volunteer-support = Hevrêtiya dilxwazan
referral-status-sent = hat şandin
referral-status-accepted = hat pejirandin
referral-status-declined = hat redkirin
referral-status-in-progress = li ser kar e
referral-status-completed = qediya
referral-status-withdrawn = hat paşvekişandin
referral-outcome-service-provided = Xizmet hat dayîn
referral-outcome-course-completed = Kurs qediya
referral-outcome-client-did-not-attend = nehat
referral-outcome-client-withdrew = ji aliyê kesê ve hat bidawîkirin
referral-outcome-not-eligible = maf tune
referral-outcome-referred-elsewhere = ji cihekî din re hat şandin
decline-reason-no-capacity = cihên vala tune
decline-reason-not-eligible = maf tune
decline-reason-not-responsible = em ne berpirsiyar in
decline-reason-client-unreachable = têkilî bi kesê re çênabe
decline-reason-other = sedemeke din
seat-confirmed = Cih hat piştrastkirin
seat-waitlisted = Lîsteya bendê
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
offers-title = Rêbera xizmetan
offers-intro = Kurs û şêwirmendiyên rêxistinên hevkar li Kölnê: cihên vala, destpêkên pêş û demên gihîştin û bendê yên heta niha hatine pîvandin.
offers-new = Xizmeta nû
offers-filter = Xizmetan parzûn bike
offers-all = Hemû
offers-filter-language = Ziman (ISO-639-3-Code)
offers-filter-childcare = Bi lênêrîna zarokan
offers-filter-free-seats = Tenê yên bi cihên vala
offers-filter-own = Tenê xizmetên rêxistina min
offers-filter-apply = Parzûn bike
offers-found = { $count ->
    [one] { $count } xizmet hat dîtin
   *[other] { $count } xizmet hatin dîtin
}
offers-none = Tu xizmet nehat dîtin.
offers-accessible = Bê asteng
offers-inactive = Ne çalak
offers-place = Cih
offers-levels = Asta zimên
offers-level-range = { $entry } → { $target }
offers-levels-hint = Tenê ji bo kursên ziman: asta destpêkê û asta armancê.
offers-seats = Cih
offers-seats-of = { $free } ji { $capacity } vala ne
offers-starts = Dîrokên destpêkê yên pêş
offers-languages = Zimanên dersê û şêwirmendiyê
offers-edit = Biguherîne
offers-access-title = Demên gihîştin û bendê
offers-access-hint = Navîn (median) bi rojan: gihîştin ji mafdarbûnê heta destpêka kursê, dema bendê ji qeydkirinê heta destpêka kursê.
offers-access-none = Hîn demên gihîştin an bendê nehatine tomarkirin.
offers-access-clients = Şêwirxwaz
offers-access-median = Gihîştin (navîn, roj)
offers-waiting-median = Dema bendê (navîn, roj)
offers-new-title = Xizmeta nû
offers-edit-title = Xizmetê biguherîne
offers-back = Vegere xizmetên rêxistina min
field-description = Danasîn
field-entry-level = Asta destpêkê
field-target-level = Asta armancê
field-childcare = Lênêrîna zarokan heye
field-accessible = Bê asteng tê gihîştin
field-offer-active = Xizmet çalak e (di rêberê de xuya dibe)
field-schedule = Roj û dem
field-capacity = Hejmara giştî ya cihan
field-documents = Belgeyên ku divê werin anîn
field-contact = Têkilî
field-offer-languages = Ziman (ISO-639-3-Code, bi bêhnokê veqetandî, mînak deu, ara)
field-offer-starts = Dîrokên destpêkê (SSSS-MM-RR, bi bêhnokê veqetandî)

## Used by server/offers.rs

## District catalogue (catalogue "district"; add only if not yet present)

## Audit log (pages/audit.rs)
audit-title = Protokola gihîştina daneyan
audit-intro = Kê kengî kîjan daneyên kesane xwendin an guhertin, bi kîjan mebestê û li ser kîjan bingeha qanûnî – hewldanên redkirî jî. Xwendina vê protokolê bi xwe jî tê tomarkirin.
audit-filter = Protokolê parzûn bike
audit-all = Hemû
audit-filter-client = Şêwirxwaz (hejmar)
audit-filter-actor = Kes
audit-filter-from = Ji
audit-filter-until = Heta
audit-filter-denied = Tenê gihîştinên redkirî
audit-filter-apply = Parzûn bike
audit-none = Tu tomar nehat dîtin.
audit-page = Rûpel { $page }
audit-col-time = Dem
audit-col-person = Kes û rol
audit-col-client = Şêwirxwaz
audit-col-record = Tomar
audit-col-action = Çalakî
audit-col-purpose = Mebest
audit-col-basis = Bingeha qanûnî
audit-col-categories = Kategoriyên daneyan
audit-col-allowed = Encam
audit-role-system = Lotse (otomatîk)
audit-allowed = destûr hat dayîn
audit-denied = hat redkirin
audit-action-read = Hat xwendin
audit-action-list = Lîste hat nîşandan
audit-action-create = Hat afirandin
audit-action-update = Hat guhertin
audit-action-delete = Hat jêbirin
audit-action-print = Hat çapkirin
audit-action-revoke = Hat paşvekişandin
audit-action-attempt = Hewldana gihîştinê
audit-action-compare = Guherto hatin berhevkirin
audit-action-agree = Li hev hat kirin
audit-action-verify = Yekparebûn hat kontrolkirin
audit-verify-title = Yekparebûna protokolê
audit-verify-hint = Zincîra hemû tomaran ji nû ve hesab dike. Bi vî awayî tê dîtin ka tomar paşê hatine guhertin an jêbirin.
audit-verify = Yekparebûnê kontrol bike
audit-chain-intact = Protokol temam e û nehatiye guhertin.
audit-chain-broken = Protokol ji tomara hejmar { $seq } û pê ve êdî ne rast e: tomar hatine guhertin an jêbirin.


## Volunteer tasks (issue 6)
volunteers-title = Xebata dilxwazî
volunteer-tasks-of-case = Erkên ji bo dilxwazan
volunteer-tasks-none = Hîn erkên ji bo dilxwazan tune ne.
volunteer-task-new = Erkekê bide dilxwazan
volunteer-task-offered-to = Pêşniyar ji bo
volunteer-task-taken-by = girtiye ser xwe:
volunteer-task-declined-by = { $count ->
    [one] kesekî red kir
   *[other] { $count } kesan red kir
}
volunteer-task-cancel = Erkê paşve bikişîne
volunteer-task-offer = Erkê pêşniyar bike
volunteer-report = Rapor
volunteer-problem-badge = Pirsgirêk hat ragihandin
volunteer-consent-covered = Razîbûn nav, telefon û randevûyê digire nav xwe.
volunteer-consent-missing = Ji bo vê torê razîbûna kesê ji bo hevrêtiya dilxwazan (nav û têkilî) tune.
volunteer-whole-network = Hemû tor
volunteer-no-step = Bê gav
volunteer-no-appointment = Bê randevû
volunteer-appointment-hint = Heke hûn randevûyekê hilbijêrin, dîrok, demjimêr û cih jê têne girtin, heke hûn wan bi xwe nenivîsin.
field-task-kind = Cureyê erkê
field-volunteer-network = Tora dilxwazan
field-offered-to = Pêşniyar ji bo
field-appointment = Randevû
field-bring = Tiştên ku divê bên anîn
field-task-note = Têbîniya kurt
field-task-status = Rewş
follow-ups-title = Şopandin
follow-up-volunteer-problem = Dilxwaz pirsgirêkekê radigihînin
follow-up-done = Qediya
volunteer-my-tasks = Erkên min
volunteer-no-tasks = Niha ji bo we erk tune ne.
volunteer-client-language = Ziman
volunteer-offered-to-you = Bi taybetî ji bo we
volunteer-accept = Bipejirîne
volunteer-decline = Red bike
volunteer-cannot-go = Ez êdî nikarim
volunteer-report-label = Rapora kurt
volunteer-problem = Pirsgirêkek çêbû
volunteer-done = Ragihîne ku qediya
volunteer-not-yet-sent = Hîn nehatiye şandin
volunteer-outbox-waiting = Girêdan tune: tiştên ku we nivîsandine li ser vê amûrê hatine tomarkirin û gava girêdan vegere dê werin şandin.
volunteer-refused = Lotse ev qebûl nekir:
volunteer-try-again = Dîsa bişîne
volunteer-discard = Jê bibe
error-volunteer-network-required = Ji kerema xwe toreke dilxwazan hilbijêrin.
error-volunteer-consent-missing = Kes razî nebûye ku daneyên wî/wê ji vê torê re werin şandin (nav û têkilî, mebest: hevrêtiya dilxwazan).
error-task-transition = Di vê rewşa erkê de ev êdî ne gengaz e.
error-task-taken = Kesekî din ev erk berê girtiye ser xwe.
task-kind-accompany = Hevrêtî bo randevûyekê
task-kind-form-help = Alîkarî bi formekê
task-kind-language-practice = Pratîka almanî
task-kind-housing-search = Lêgerîna xanî
task-kind-other = Yên din
task-status-offered = Hat pêşniyarkirin
task-status-accepted = Hat pejirandin
task-status-declined = Hat redkirin
task-status-done = Qediya
task-status-cancelled = Hat paşvekişandin
volunteer-undelivered = Nehat şandin

## Client portal (issue 5): what clients see (pages/portal*.rs); Leichte Sprache in de-leicht
portal-title = Plana min
portal-sign-in-title = Têketina portala Lotse
portal-sign-in-intro = Koda gihîştinê ya di nameya xwe de binivîsin. Cara yekem hûn piştre PIN-ekê hilbijêrin.
portal-code = Koda gihîştinê
portal-code-hint = Ew di nameya we de ye, wek mînak ABCD-EFGH-JKLM.
portal-pin = PIN an hevoka şîfreyê
portal-pin-hint = Herî kêm 6 reqem an hevokek bi herî kêm 12 tîpan.
portal-pin-repeat = PIN dîsa
portal-choose-pin = Koda we ya gihîştinê rast e. Niha PIN-a xwe hilbijêrin. Hûn ji bo her têketinê hewceyî wê ne.
portal-sign-in-button = Têkeve
portal-set-pin-button = PIN tomar bike û têkeve
portal-sign-out = Derkeve
portal-staff-link = Têketin ji bo karmendan
portal-nav-label = Beşên portalê
portal-nav-plan = Plana min
portal-nav-appointments = Randevû
portal-nav-referrals = Şandin
portal-nav-consents = Razîbûn
portal-nav-access = Kê daneyên min dîtine?
portal-nav-correction = Tiştek çewt e
portal-nav-data = Daneyên min
portal-greeting = Silav { $name }!
portal-large-text = Nivîsa mezin
portal-read-aloud = Bi deng bixwîne
portal-read-aloud-stop = Xwendinê rawestîne
portal-read-aloud-no-voice = Li ser amûra we dengek ji bo vî zimanî tune.
portal-print = Planê çap bike
portal-next = Karê ku divê niha were kirin
portal-next-none = Niha ne hewce ye ku hûn tiştekî bikin.
portal-goals = Armancên min
portal-goal-until = Armanc heta { $date }
portal-step-due = heta { $date }
portal-step-responsible = Kî pê re mijûl dibe?
portal-responsible-client = Hûn bi xwe
portal-responsible-case-manager = Rêvebera an rêveberê dosyaya we
portal-responsible-volunteer = Dilxwazek
portal-responsible-organisation = Rêxistineke din
portal-step-status = Rewş
portal-mark-done = Min ev kir
portal-marked-done = Spas! Rêvebera an rêveberê dosyaya we hat agahdarkirin.
portal-no-plan = Plana we niha tê amadekirin. Rêvebera an rêveberê dosyaya we dê li ser wê bi we re biaxive.
portal-written-in-german = Ji aliyê rêvebera an rêveberê dosyaya we ve bi almanî hatiye nivîsandin:
portal-appointments-title = Randevûyên min
portal-appointments-none = Randevûyên we tune ne.
portal-appointments-past = Randevûyên borî
portal-appointment-when = Kengî
portal-appointment-where = Li ku
portal-appointment-with = Li cem
portal-appointment-bring = Ji kerema xwe bi xwe re bînin
portal-interpreter-arranged = Wergêrek hatiye peydakirin.
portal-interpreter-not-arranged = Wergêrek pêwîst e, lê hîn nehatiye peydakirin. Ji rêvebera an rêveberê dosyaya xwe bipirsin.
portal-referrals-title = Şandinên min
portal-referrals-none = Hûn hîn ji tu rêxistinê re nehatine şandin.
portal-referral-for = Ji bo çi
portal-referral-sent = Qeydkirina we gihîşt { $organisation }. Ew dê di demeke nêz de bersiv bide.
portal-referral-accepted = { $organisation } erê got.
portal-referral-waitlisted = Hûn li { $organisation } li ser lîsteya bendê ne.
portal-referral-seat = Cihekî we li { $organisation } heye. Destpêk: { $date }
portal-referral-declined = { $organisation } na got. Rêvebera an rêveberê dosyaya we bi we re li rêyeke din digere.
portal-referral-in-progress = { $organisation } niha piştgiriyê dide we.
portal-referral-completed = Piştgiriya { $organisation } qediya.
portal-referral-withdrawn = Şandina ji { $organisation } re hat paşvekişandin.
portal-consents-title = Razîbûnên min
portal-consents-intro = Li vir hûn dibînin ka kî dikare daneyên we bibîne. Hûn dikarin her razîbûnê her gav paşve bikişînin.
portal-consents-none = We tu razîbûn nedaye.
portal-consent-to = Ji kê re
portal-consent-for = Ji bo çi
portal-consent-data = Kîjan dane
portal-consent-until = Derbasdar heta
portal-consent-open-ended = heta ku hûn wê paşve bikişînin
portal-consent-revoked = Di { $date } de hat paşvekişandin
portal-consent-expired = Dema wê qediya
portal-consent-revoke = Paşve bikişîne
portal-consent-revoke-confirm = Piştî vê { $organisation } êdî nikare daneyên we bibîne. Bi rastî paşve bikişînin?
portal-consent-revoke-yes = Erê, paşve bikişîne
portal-consent-revoke-no = Na, bihêle
portal-consent-revoked-now = Razîbûn hat paşvekişandin. Ji niha ve { $organisation } êdî daneyên we nabîne. Rêvebera an rêveberê dosyaya we hat agahdarkirin.
portal-access-title = Kê daneyên min dîtine?
portal-access-intro = Her gihîştina daneyên we tê nivîsandin. Li vir hûn dibînin ka kîjan rêxistinê kengî çi dîtiye an guhertiye.
portal-access-none = Heta niha kesî daneyên we nedîtine.
portal-access-looked = { $organisation } di { $date } de lê nihêrî: { $what }
portal-access-changed = { $organisation } di { $date } de guhert: { $what }
portal-access-system = Lotse (otomatîk)
portal-what-everything = Hemû dosyaya we
portal-what-plan = Plana we
portal-what-client = Agahiyên we yên kesane
portal-what-case = Dosyaya we
portal-what-referral = şandinek
portal-what-consent = Razîbûnên we
portal-what-volunteer = erkek ji bo dilxwazan
portal-what-list = Navê we di lîsteyekê de
portal-what-data = Hemû daneyên we
portal-what-other = Daneyên we
portal-what-identity = Nav û agahiyên we yên têkiliyê
portal-what-language = Zanîna we ya zimanan
portal-what-work = Agahiyên we yên dibistanê û karî
portal-what-housing = Rewşa we ya xanî
portal-what-health = Daneyên we yên tenduristiyê
portal-what-residence = Rewşa we ya rûniştinê
portal-what-youth-welfare = daneyên alîkariya zarok û ciwanan
portal-correction-title = Tiştek çewt e?
portal-correction-intro = Ji rêvebera an rêveberê dosyaya xwe re binivîsin ka çi ne rast e. Ew dê wê kontrol bike û bi we re têkilî dayne.
portal-correction-about = Mijar çi ye?
portal-correction-about-personal = Agahiyên min ên kesane
portal-correction-about-plan = Plana min
portal-correction-about-appointments = Randevûyên min
portal-correction-about-other = Tiştekî din
portal-correction-message = Çi çewt e? Çi rast e?
portal-correction-send = Bişîne
portal-correction-sent = Peyama we gihîşt. Rêvebera an rêveberê dosyaya we dê bi we re têkilî dayne.
portal-correction-earlier = Peyamên we
portal-correction-open = hîn vekirî ye
portal-correction-done = hat kontrolkirin
portal-data-title = Daneyên min
portal-data-intro = Li vir hûn dikarin her tiştê ku di Lotse de li ser we hatiye tomarkirin daxînin. Pel bi formata JSON e û bi her edîtorekî nivîsê vedibe.
portal-data-download = Daneyên min daxîne
portal-session-ended = Danişîna we qediya. Ji kerema xwe dîsa têkevin.
portal-letter-title = Gihîştina we bo Lotse
portal-letter-intro = Bi vê nameyê hûn dikarin plan, randevû û razîbûnên xwe li ser telefonê an kompîturê bibînin.
portal-letter-step-address = Vê navnîşanê vekin an koda QR skan bikin:
portal-letter-step-code = Vê koda gihîştinê binivîsin:
portal-letter-step-pin = PIN-ekê bi herî kêm 6 reqeman hilbijêrin. Wê ji tu kesî re nebêjin.
portal-letter-keep = Vê nameyê baş biparêzin. Heke hûn wê winda bikin, hûn dê ji rêvebera an rêveberê dosyaya xwe nameyeke nû bistînin.
portal-letter-qr-label = Koda QR bi navnîşana portalê
error-portal-credentials = Koda gihîştinê an PIN ne rast e.
error-portal-pin-short = PIN divê herî kêm 6 reqem be. Hevoka şîfreyê divê herî kêm 12 tîp be.
error-portal-pin-simple = Ev PIN pir bi hêsanî tê texmînkirin. Ji kerema xwe yekî din hilbijêrin.
error-portal-pin-mismatch = Her du nivîsandin ne wek hev in.
error-portal-blocked = Gihîştina we hatiye girtin. Ji kerema xwe bi rêvebera an rêveberê dosyaya xwe re biaxivin.

## Client portal (issue 5): what case managers see (the case's Portal tab)
case-tab-portal = Portal
portal-staff-title = Gihîştina portala şêwirxwazan
portal-staff-none = Hîn nameya gihîştinê nehatiye derxistin.
portal-staff-issued = Nameya gihîştinê di { $date } de hat derxistin, hîn nehatiye bikaranîn.
portal-staff-active = Gihîştin ji { $date } ve çalak e.
portal-staff-blocked = Gihîştin hatiye girtin.
portal-staff-last-sign-in = Têketina dawî: { $date }
portal-staff-issue = Nameya gihîştinê derxe
portal-staff-reissue = Nameyeke gihîştinê ya nû derxe
portal-staff-reissue-warning = Wê demê koda gihîştinê ya berê û PIN êdî ne derbasdar in.
portal-staff-block = Gihîştinê bigire
portal-staff-unblock = Gihîştinê dîsa veke
portal-staff-letter-print = Nameyê çap bike
portal-staff-letter-once = Koda gihîştinê tenê niha tê nîşandan. Berî ku hûn ji rûpelê derkevin, nameyê çap bikin.
portal-staff-letter-language = Name bi { $language } û almanî
portal-staff-translations-title = Werger ji bo portalê
portal-staff-translations-intro = Şêwirxwaz nivîsên ku we bi almanî nivîsandine bi nîşana “bi almanî hatiye nivîsandin” dibîne. Li vir hûn dikarin wergerekê binivîsin.
portal-staff-translations-none = Hîn di planê de nivîsên ji bo wergerandinê tune ne.
portal-staff-translation-language = Zimanê wergerê
portal-staff-translation-save = Wergerê tomar bike
follow-up-portal-step-done = Di portalê de wek qediyayî hat nîşankirin
follow-up-portal-consent-revoked = Razîbûnek di portalê de hat paşvekişandin
follow-up-portal-correction = Daxwaza rastkirinê ji portalê
audit-role-client = Şêwirxwaz bi xwe (portal)
field-interpreter-arranged = Wergêr hatiye amadekirin

## Coordination: figures, structural issues, working groups, interim results (issue 7)
nav-figures = Hejmarên sereke
nav-issues = Mijarên avahîyî
nav-groups = Komên xebatê
nav-results = Encamên navber
coordination-sections = Beşên koordînasyonê
audit-action-export = Hat hinardekirin
portal-what-export = Daneyên we yên bingehîn di lîsteyeke dosyayan de (pel)
clients-export = Dosyayên min wek CSV daxîne
export-case = Hejmara dosyayê
export-opened-on = Dîroka vekirinê
export-review-due = Kontrola pêş
export-held-until = Sînordarkirî heta
error-period-order = Dawiya demê berî destpêka wê ye.
error-period-too-long = Ji kerema xwe herî zêde sê salan hilbijêrin.
error-choose-organisation = Ji kerema xwe herî kêm rêxistinekê hilbijêrin.
figures-title = Hejmarên sereke yên bernameyê
figures-intro = Hemû hejmar bi giştî hatine berhevkirin. Qadên ku kêmtirî 5 kesan tê de hene wek “< 5” hatine veşartin, herwiha ew qadên ku mirov dikare van hejmaran ji wan hesab bike.
figures-filter = Dem û hilbijartin
figures-from = Ji
figures-to = Heta
figures-organisation = Rêxistin (berpirsiyara dosyayê)
figures-all-organisations = Hemû rêxistin
figures-show = Nîşan bide
figures-period = Dem: ji { $from } heta { $to }
figures-suppression = “< 5”: kêmtirî 5 kesan an ji bo parastinê hatiye veşartin
figures-csv = Tabloyê wek CSV daxîne
figures-total = Bi giştî
figures-cases = Dosya
figures-phase = Qonax
figures-domain = Qada jiyanê
figures-month = Meh
figures-group = Kom
figures-count = Hejmar
figures-cases-by-phase = Dosya li gorî qonaxê (di vê demê de hatine vekirin)
figures-cases-by-domain = Dosya li gorî qada jiyanê û qonaxê
figures-cases-by-domain-note = Dosyayek di her qada jiyanê de tê hejmartin ku plana wê tê de armanc hene.
figures-trend = Pêşketin li gorî mehan
figures-cases-opened = Dosyayên hatine vekirin
figures-plans-agreed = Planên lihevkirî
figures-time-to-plan = Dem ji têkiliya yekem heta plana lihevkirî
figures-time-to-plan-note = Roj ji vekirina dosyayê heta guhertoya yekem a lihevkirî ya planê, ji bo planên ku di vê demê de li ser hatine lihevkirin.
figures-median-days = Navîn (roj)
figures-days-range = { $from }–{ $to } roj
figures-days-more = zêdetirî { $from } rojan
figures-steps-on-time = Gavên planê yên di wextê xwe de hatine kirin
figures-steps-on-time-note = Gavên ku dema wan di vê demê de ye (heta duh), bêyî “êdî ne pêwîst e”.
figures-steps-due = Gavên ku dema wan hatiye
figures-steps-done-on-time = Di wextê xwe de hatine kirin
figures-steps-not-on-time = Ne di wextê xwe de
figures-share-on-time = Rêjeya di wextê xwe de
figures-course-by-type = Kursên ziman: gihîştin û dema bendê li gorî cureyê kursê
figures-course-by-provider = Kursên ziman: gihîştin û dema bendê li gorî dezgeha kursan
figures-course-note = Dema gihîştinê: ji mafdarbûnê heta destpêka kursê. Dema bendê: ji qeydkirinê heta destpêka kursê; armanca BAMF: herî zêde 6 hefte (42 roj). Kursên ku di vê demê de dest pê kirine.
figures-course-type = Cureyê kursê
figures-provider = Dezgeha kursan
figures-provider-unknown = Dezge nehatiye tomarkirin
figures-courses-started = Destpêkên kursan
figures-median-access = Dema gihîştinê, navîn (roj)
figures-waiting-known = Dema bendê tê zanîn
figures-median-waiting = Dema bendê, navîn (roj)
figures-share-within-benchmark = Rêjeya heta 6 hefteyan
figures-benchmark = Nîşan: armanca BAMF, { $days ->
    [one] { $days } roj
   *[other] { $days } roj
}
figures-referrals-by-partner = Şandin li gorî hevkaran
figures-referrals-note = Şandinên ku di vê demê de hatine şandin; dema bersivê heta pejirandin an redkirinê.
figures-partner = Hevkar
figures-referrals = Şandin
figures-median-response = Dema bersivê, navîn (roj)
figures-interpreters = Wergera devkî di randevûyan de
figures-interpreter = Wergera devkî
figures-appointments = Randevû
figures-interpreter-arranged = hatiye peydakirin
figures-interpreter-not-arranged = nehatiye peydakirin
figures-interpreter-needed = pêwîst (bi giştî)
figures-closure-reasons = Sedemên girtinê (di vê demê de hatine girtin)
figures-closure-reason = Sedema girtinê
figures-reason-other = Nehatiye diyarkirin
issues-title = Mijarên avahîyî
issues-intro = Pirsgirêkên dubarebûyî yên ku rêveberên dosyayan ragihandine, li gorî qada jiyanê û navçeyê hatine berhevkirin. Tu daneyên kesane tê de tune ne.
issues-none = Hîn tu mijarên avahîyî nehatine ragihandin.
issues-counted = { $issues ->
    [one] { $issues } ragihandin
   *[other] { $issues } ragihandin
} · { $cases ->
    [one] { $cases } dosyaya bandorlêbûyî
   *[other] { $cases } dosyayên bandorlêbûyî
}
issues-cases-affected = { $count ->
    [one] { $count } dosyaya bandorlêbûyî
   *[other] { $count } dosyayên bandorlêbûyî
}
issues-in-group = Di koma xebatê de:
issues-no-groups = Pêşî komeke xebatê biafirînin:
issues-working-group = Koma xebatê
issues-bring-to-group = Pêşkêşî koma xebatê bike
groups-title = Komên xebatê
groups-none = Hîn koma xebatê tune ye.
groups-topic = Mijar
groups-measures-count = { $count ->
    [one] { $count } tedbîr, ji wê { $implemented } hatiye pêkanîn
   *[other] { $count } tedbîr, ji wan { $implemented } hatine pêkanîn
}
groups-new = Koma xebatê ya nû
groups-create = Koma xebatê biafirîne
field-group-name = Navê koma xebatê
group-title = Koma xebatê
group-members = Endam
group-members-none = Hîn endam tune ne.
field-member-person = Nav
group-member-add = Endamekî zêde bike
group-issues = Mijarên avahîyî yên pêşkêşkirî
group-issues-none = Hîn tu mijarên avahîyî nehatine pêşkêşkirin.
group-measures = Tedbîr
group-measures-none = Hîn tedbîr tune ne.
group-measure-new = Tedbîra nû
field-measure-title = Tedbîr
field-measure-status = Rewş
field-status-on = Dîroka rewşê
field-due-on = Dema dawî
field-measure-issue = Ji bo mijara avahîyî
measure-no-issue = Bê mijareke diyar
field-responsible-organisations = Rêxistinên berpirsiyar
field-organisation-1 = Rêxistin 1
field-organisation-2 = Rêxistin 2 (vebijarkî)
field-organisation-3 = Rêxistin 3 (vebijarkî)
group-measure-add = Tedbîrê tomar bike
measure-history = Dîrok
measure-new-status = Rewşa nû
measure-set-status = Rewşê biguherîne
group-meetings = Civîn û protokol
group-meetings-none = Hîn civîn tune ne.
field-held-on = Dîroka civînê
field-minutes = Protokol
group-meeting-add = Civînê tomar bike
measure-status-proposed = Hatiye pêşniyarkirin
measure-status-under-review = Tê kontrolkirin
measure-status-agreed = Li hev hatiye kirin
measure-status-implemented = Hatiye pêkanîn
measure-status-rejected = Hatiye redkirin
results-title = Encamên navber
results-intro = Tedbîrên komên xebatê li gorî mijarê: çend ji wan di kîjan rewşê de ne û kîjan hatine pêkanîn.
results-none = Hîn tedbîr tune ne.
results-by-status = Tedbîr li gorî mijar û rewşê
results-none-implemented = Hîn tu tedbîr nehatiye pêkanîn.
results-implemented-on = Dîroka pêkanînê
case-tab-issues = Mijarên avahîyî
case-issues-title = Mijarên avahîyî ji vê dosyayê
case-issue-new = Mijareke avahîyî ragihîne
case-issue-hint = Pirsgirêkeke dubarebûyî ku ne tenê vê dosyayê eleqedar dike (wek mînak “di dema kursên entegrasyonê de li Chorweiler lênêrîna zarokan tune ye”). Tu nav an agahiyên din ên kesane tê de nenivîsin: ragihandin bêyî girêdana bi dosyayê re diçe koordînasyonê.
field-life-domain = Qada jiyanê
field-issue-description = Danasîn
field-cases-affected = Bandor li çend dosyayan bûye?
field-organisations-involved = Rêxistinên beşdar
case-issue-flag = Mijareke avahîyî ragihîne
case-issues-flagged = Ji vê dosyayê hatine ragihandin
case-issues-only-you = Tenê hûn dibînin ku ev ragihandin ji vê dosyayê tê.
case-issues-none = Hîn ji vê dosyayê tiştek nehatiye ragihandin.
case-issue-waiting = Hîn bi tu koma xebatê ve nehatiye girêdan.
results-implemented = Hatin bicîhanîn
results-agreed = Li ser hat lihevkirin, tên bicîhanîn
results-agreed-on = Dîroka lihevkirinê
figures-as-of = Rewş: { $time } ({ $minutes ->
    [one] her deqe
   *[other] her { $minutes } deqeyan
} ji nû ve tê hesibandin)

# Issue 22: request hygiene and accounts
error-control-character = Di nivîsê de tîpeke kontrolê ya nexuya heye ku nayê tomarkirin. Ji kerema xwe wê rake (bo nimûne nivîsê ji nû ve binivîse).
audit-action-change-password = Guhertina şîfreyê
# Issue 22: a client's name in a colleague's search
portal-what-search = Navê we û dîroka jidayikbûna we di encama lêgerînekê de
# Issue 22: what volunteers see of a task, within the consent for volunteer support
volunteer-sees-title = Bi razîbûna niha, dilxwazên vê torê van dibînin:
volunteer-sees-name-phone = navê yekem ê kesê û, gava yek erkê girt, hejmara telefona wî/wê
volunteer-sees-language = zimanê tercîhkirî yê kesê
volunteer-sees-no-language = ne zimanê tercîhkirî (razîbûn ziman nagire nav xwe)
volunteer-sees-task = cureyê erkê, dîrok, dem û cih
volunteer-sees-notes = “Tiştên ku divê bên anîn” û têbîniya we, heta ku razîbûn nav û têkiliyê digire nav xwe, û tenê heta ku erk biqede
volunteer-notes-within-consent = Di “Tiştên ku divê bên anîn” û têbîniyê de tenê tiştê ku dilxwaz ji bo vî erkî hewce dikin û razîbûn digire nav xwe binivîsin. Dilxwaz tiştekî din li ser kesê nabînin.

# Issue 22: no assessment before consent to case management
assessment-consent-needed = Nirxandin tenê piştî ku kes razîbûna xwe ji bo rêveberiya dosyayê da dikare were tomarkirin. Pêşî li jor razîbûnê tomar bikin.
error-assessment-consent-missing = Tiştek nehat tomarkirin: nirxandin tenê piştî ku razîbûna kesê ji bo rêveberiya dosyayê hat tomarkirin dikare were tomarkirin.
# Issue 22: start page entry points for coordinators, administrators and the data-protection officer
start-entry-points = Beşên we
nav-figures-hint = Hejmarên bênav ên bernameyê: dosya li gorî qonaxê, dema heta planê, demên li benda kursên zimanî, şandin.
nav-issues-hint = Mijarên avahîyî yên ku rêveberên dosyayan ragihandine: binirxînin û bidin komeke xebatê.
nav-groups-hint = Komên xebatê bi hevkaran re: endam, civîn û tedbîrên lihevkirî.
nav-results-hint = Tiştên ku komên xebatê li hev kirine û pêk anîne, li gorî mijarê.
nav-offers-hint = Xizmetên hevkaran bi cih, dîrok û cihên vala.
nav-organisations-hint = Rêxistinên torê çêkirin û guhertin.
nav-users-hint = Hesabên bikarhêneran çêkirin, rol dayîn û hesab asteng kirin.
nav-catalogues-hint = Katalogan bi tomarên xwe temam kirin, bi nivîsekê ji bo her zimanî.
nav-audit-hint = Kê kengî xwe gihandiye kîjan daneyan, û gelo protokol neguheriye.

# Shown when the service worker serves a stored page without a connection; $time is HH:MM.
offline-as-of = Girêdan tune: hûn tiştên ku vê amûrê di saet { $time } de tomar kirine dibînin. Dibe ku ji wê demê ve tiştek guherî be.

## Retention rules (the data-protection officer's deletion concept)
nav-retention = Demên hilanînê
nav-retention-hint = Kîjan daneyên kesane kengê têne jêbirin: ji bo her cure daneyan qaîdeyek, bi destpêk û dema wê.
retention-title = Demên hilanînê
retention-intro = Her cureyek daneyên kesane qaîdeyek heye: dem bi bûyerekê dest pê dike; dema ku derbas bû, dane têne jêbirin an bênav kirin. Bûyer ji bo her cure daneyan diyar e, demê hûn diyar dikin. Her guhertin tê tomarkirin.
retention-not-legal-advice = Demên ku bi Lotse re têne şandin mînak in, ne şîreta hiqûqî ne. Li gorî têgeha jêbirinê ya şaredariya xwe wan diyar bikin.
retention-col-kind = Cureya daneyan
retention-col-start = Dem dest pê dike dema ku
retention-col-period = Dem
retention-col-changed = Guhertina dawî
retention-default = Mîhenga standard a Lotse
retention-col-run = Cara dawî hat sepandin
retention-run = { $date }; hatin jêbirin: { $deleted }
retention-run-none = Hê nehatiye sepandin
retention-schedule = Lotse rojê carekê rêzikan disepîne û her carê tomar dike: kîjan rêzik, çend tomar, kengî. Di vê tomarê de tu daneyên kesane tune ne.
hold-title = Sînordarkirina pêvajoyê
hold-in-force = Daneyên vî kesî heta { $until } (di nav de) sînordar in.
hold-effect = Heta ku sînordarkirin berdewam be, Lotse li gorî demên parastinê tiştekî ji wan jê nabe û bi hevkar an dilxwazan re tiştekî parve nake (GDPR xala 18, § 84 SGB X).
hold-placed = Kê sînordar kir
hold-end = Sînordarkirinê bi dawî bîne
hold-place = Daneyan sînordar bike (li şûna jêbirinê)
hold-hint = Ji bo pêvajoyeke berdewam, heke rastbûna wan tê nîqaşkirin, an heke kes bixwaze. Sînordarkirin piştî roja xwe ya dawî bi xwe diqede.
hold-place-submit = Sînordar bike
field-hold-reason = Sedem
field-hold-until = Roja dawî
field-hold-note = Not (wek mînak hejmara dosyayê)
hold-badge = Heta { $until } sînordar
hold-marker = Sînordar
hold-reason-ongoing-procedure = Pêvajoya berdewam
hold-reason-disputed-accuracy = Rastbûn tê nîqaşkirin
hold-reason-client-request = Li ser daxwaza kesî
error-hold-until-past = Roja dawî nikare di rabirdûyê de be.
error-hold-until-far = Herî zêde pênc sal; paşê sînordarkirin dikare dîsa were danîn.
error-hold-exists = Ji bo vî kesî jixwe sînordarkirinek heye. Ji bo ya nû, wê bi dawî bîne.
error-client-held = Daneyên vî kesî sînordar in: heta ku ev berdewam be, tiştek nayê parvekirin.
nav-holds = Sînordarkirin
nav-holds-hint = Daneyên kesan ên ku nayên jêbirin û bi kesî re nayên parvekirin: bi sedem û roja dawî.
holds-title = Sînordarkirinên pêvajoyê
holds-intro = Hemû sînordarkirinên ku îro ji bo kesên rêxistina we derbasdar in. Rêvebirên dosyayan wan di daneyên kesî de datînin; li vir hûn yekê bi dawî dikin an ji bo kesekî ku hûn bi hejmara wî dizanin yekê datînin.
holds-none = Niha tu sînordarkirin derbasdar nîne.
holds-col-client = Hejmara kesî
holds-col-end = Bi dawî bîne
field-client-number = Hejmara kesî (ji tomarê an ji daxwazê)
error-client-number = Di rêxistina we de kesek bi vê hejmarê tune.
retention-changed = { $date } ji aliyê { $name }; berê: { $before }
retention-changed-by-unknown = hesabekî jêbirî
field-retention-period = Dem
field-retention-unit = Yekîne
retention-unit-days = roj
retention-unit-months = meh
retention-unit-years = sal
retention-period-days =
    { $count ->
        [one] { $count } roj
       *[other] { $count } roj
    }
retention-period-months =
    { $count ->
        [one] { $count } meh
       *[other] { $count } meh
    }
retention-period-years =
    { $count ->
        [one] { $count } sal
       *[other] { $count } sal
    }
error-retention-period = Ji kerema xwe hejmareke tam a ji sifirê mezintir binivîsin, herî zêde 100 sal.
error-retention-unit = Ji kerema xwe roj, meh an sal hilbijêrin.
retention-kind-client-record = Daneyên bingehîn ên kesê (nav, dîroka jidayikbûnê, ziman)
retention-kind-contact = Agahiyên têkiliyê û navnîşan
retention-kind-household = Endamên malbatê
retention-kind-residence = Rûniştin û alîkarî
retention-kind-health-notes = Notên li ser tenduristiyê
retention-kind-youth-welfare-notes = Notên li ser alîkariya zarok û ciwanan
retention-kind-private-notes = Notên xebatê yên kesane
retention-kind-case = Dosya û qonaxên wê
retention-kind-assessment = Nirxandina rewşê
retention-kind-plan = Guhertoyên planê û dîroka gavan
retention-kind-appointments = Randevû
retention-kind-consents = Razîbûn
retention-kind-referrals = Şandin û peyamên wan
retention-kind-volunteer-tasks = Erk û raporên dilxwazan
retention-kind-portal-access = Gihîştina portalê û danişînên portalê
retention-kind-correction-requests = Daxwazên rastkirinê ji portalê
retention-kind-structural-issue-links = Girêdanên di navbera mijarên avahîyî û dosyayan de
retention-kind-staff-sessions = Danişîn û ceribandinên têketinê yên karmendan
retention-kind-audit-log = Protokola gihîştina daneyan
retention-start-case-closed = dosyaya dawî ya kesê tê girtin
retention-start-consent-ended = razîbûn tê paşvekişandin an dema wê diqede
retention-start-referral-closed = şandin tê temamkirin, redkirin an paşvekişandin
retention-start-task-finished = erk tê kirin an betalkirin
retention-start-portal-access-ended = gihîştina portalê diqede an tê astengkirin
retention-start-request-answered = bersiv ji daxwazê re tê dayîn
retention-start-session-ended = danişîn diqede (derketin an qedandina demê) an ceribandina têketinê çêdibe
retention-start-entry-written = tomar tê nivîsandin

# Handing over a caseload (administrators)
handover-title = Dosyeyan radest bike
handover-link = Dosyeyan radest bike
handover-counts = Dosyeyên vekirî: { $open } · Dosyeyên girtî: { $closed }
handover-none = Ev kes ji tu dosyeyê berpirsiyar nîne.
handover-cases = Dosyeyên vî kesî
handover-cases-hint = Dosyeyên nîşankirî diçin cem hevkarê ku hûn li jêr hildibijêrin. Ji bo ku hûn dosyeyan li ser çend kesan parve bikin, wan yek li dû yekê radest bikin.
handover-col-hand-over = Radest bike
handover-col-case = Hejmara dosyeyê
handover-col-opened = Vebûn
handover-col-updated = Guhertina dawî
handover-case-label = Dosyeya { $case } radest bike
handover-to = Radest bike ji bo
handover-colleague = { $name } (dosyeyên vekirî: { $open })
handover-no-colleague = Di vê rêxistinê de rêveberekî dosyeyan yê çalak ê din tune. Pêşî hesabekî çêbikin.
handover-submit = Dosyeyên nîşankirî radest bike
handover-done = Hate radestkirin. Hejmara dosyeyan: { $number }
handover-deactivate-later = Dema ku tu dosyeyeke vekirî nemîne, hûn dikarin hesabê neçalak bikin.
handover-deactivate-now = Ev kes êdî ji tu dosyeyeke vekirî berpirsiyar nîne. Hûn dikarin niha hesabê neçalak bikin.
handover-deactivated = Hesab hate neçalakkirin.
error-deactivate-open-cases = Ev kes hîn ji dosyeyên vekirî berpirsiyar e. Pêşî dosyeyan radest bikin («Dosyeyan radest bike»).
error-handover-colleague = Ji kerema xwe rêveberekî dosyeyan yê çalak ji heman rêxistinê hilbijêrin.
error-handover-no-case = Ji kerema xwe herî kêm dosyeyekê nîşan bikin.
error-handover-changed = Hin ji van dosyeyan di vê navberê de hatine guhertin. Rûpelê ji nû ve bar bikin û dîsa biceribînin.
audit-action-handover = Hate radestkirin
audit-action-erase = Hat jêbirin (daxwaza jêbirinê)
audit-action-refuse = Hat redkirin
erasure-title = Jêbirina daneyan
erasure-requested-portal = Kesî di { $date } de di portalê de daxwaza jêbirina daneyên xwe kir.
erasure-recorded-by = Daxwaza jêbirinê ya kesî, ji aliyê { $name } ve di { $date } de hat tomarkirin.
erasure-refused-on = Di { $date } de ji aliyê { $name } ve hat redkirin:
erasure-erased-on = Di { $date } de ji aliyê { $name } ve hat jêbirin.
erasure-record = Daxwaza jêbirinê tomar bike
erasure-record-hint = Kesî bi xwe an bi nivîskî xwest ku daneyên wî an wê werin jêbirin. Daxwaz li cem berpirsiyara an berpirsiyarê parastina daneyan jî xuya dibe.
erasure-record-submit = Daxwazê tomar bike
erasure-erase-warning = Jêbirin daneyên kesî, dosya, plan, razîbûn, şandin, erk û gihîştina wî an wê ya portalê radike. Ev nayê paşvegerandin. Protokol dimîne, bêyî ku navê kesî tê de derbas bibe; hejmarên bernameyê bênav dimînin.
erasure-confirm = Min kontrol kir: tu erka hilanînê li dijî jêbirinê nîne.
erasure-erase = Niha hemû daneyan jê bibe
erasure-refuse = Daxwazê red bike
field-erasure-refusal = Sedema redkirinê (kes wê di portalê de dixwîne)
erasure-done = Daneyên kesî hatin jêbirin.
erasure-requests-title = Daxwazên jêbirinê
erasure-requests-intro = Daxwazên kesên rêxistina we ji bo jêbirina daneyên wan: ji portalê an ji aliyê rêvebirên dosyayan ve hatine tomarkirin. Hûn li vir biryarê didin, an jî rêvebera an rêveberê dosyayê di daneyên kesî de.
erasure-requests-none = Niha tu daxwaza jêbirinê ya vekirî nîne.
erasure-requests-decided = Biryarên herî dawî
erasure-client-number = Kes hejmar { $number }
erasure-client-erased = Kesê jêbirî
nav-erasure-requests = Daxwazên jêbirinê
nav-erasure-requests-hint = Daxwazên jêbirinê (GDPR xala 17): jê bibe, an bi sedem red bike.
follow-up-portal-erasure = Di portalê de jêbirina daneyan hat xwestin
error-erasure-confirm = Ji kerema xwe bi qutîkê piştrast bikin ku tu erka hilanînê li dijî wê nîne.
error-erasure-held = Ji bo vî kesî sînordarkirina pêvajoyê derbasdar e. Pêşî wê bi dawî bînin an daxwazê red bikin.
error-erasure-decided = Li ser vê daxwazê jixwe biryar hatiye dayîn.
portal-erasure-title = Jêbirina daneyên min
portal-erasure-intro = Hûn dikarin bixwazin ku hemû daneyên we werin jêbirin. Rêvebera an rêveberê dosyaya we û berpirsiyara an berpirsiyarê parastina daneyan li ser vê biryarê didin. Dema ku daneyên we werin jêbirin, plana we êdî namîne û hûn êdî nikarin li vir têkevin.
portal-erasure-ask = Daxwaza jêbirinê bike
portal-erasure-sent = Daxwaza we hat şandin.
portal-erasure-open = We di { $date } de daxwaza jêbirinê kir. Biryar hîn nehatiye dayîn.
portal-erasure-refused = Daxwaza we ya jêbirinê di { $date } de hat redkirin. Sedem:
portal-erasure-refusal-still-needed = Daneyên we hîn ji bo dosyaya we ya berdewam pêwîst in.
portal-erasure-refusal-legal-duty = Qanûnek ji me dixwaze ku em van daneyan demekê din jî hilînin.
portal-erasure-refusal-legal-claims = Dane ji bo pêvajoyeke hiqûqî pêwîst in.

## Merging two records of one person
merge-section-title = Du caran hatiye tomarkirin?
merge-section-hint = Heke heman kes du caran hatibe tomarkirin, wek mînak bi rênivîsên cuda, herdu dosyayên kesî bikin yek.
merge-find = Dosyaya kesî ya ducarî bibîne û bike yek
merge-merged-from = Dosyaya kesî hejmar { $number } ({ $name }) di { $date } de ji aliyê { $by } ve bi vê dosyayê re hat yekkirin.
merge-taken = Jê hatin girtin: { $parts }.
merge-part-name = Nav
merge-part-latin = Nav bi tîpên latînî
merge-part-birth = Dîroka jidayikbûnê
merge-part-language = Zimanê tercîhkirî
merge-part-interpreter = Wergera devkî
merge-part-phone = Telefon
merge-part-email = E-name
merge-part-address = Navnîşan û navçe
merge-part-residence = Rûniştin û alîkarî
merge-title = Dosyayên kesî bike yek
merge-back = Vegere dosyaya kesî
merge-intro = Dibe ku ev dosya aîdî heman kesî bin. Yekê ji bo berhevkirinê hilbijêrin an li navekî din bigerin.
merge-search-label = Nav
merge-search = Bigere
merge-none-found = Bi vî navî dosyayeke kesî ya din nehat dîtin.
merge-candidates = Dosyayên kesî yên belkî ducarî ne
merge-col-number = Hejmar
merge-compare = Berhev bike
merge-count-cases = Dosya
merge-count-household = Endamên malê
merge-count-consents = Razîbûn
merge-count-referrals = Şandin
merge-side-portal = Gihîştina portalê
merge-record = Dosyaya kesî hejmar { $number }
merge-compare-intro = Hilbijêrin ka kîjan dosyaya kesî dimîne û ji bo her agahiyê kîjan nirx derbasdar e. Her tiştê ku bi dosyaya din ve girêdayî ye, derbasî dosyaya ku dimîne dibe.
merge-keep = Ev dosya dimîne
merge-parts-hint = Kîjan nirx derbasdar e?
merge-parts-same = Agahiyên ku di her du dosyayan de wek hev in nayên nîşandan.
merge-warning = Dosyaya kesî ya din tê rakirin. Dosyayên wê bi planên xwe re, endamên malê, not, razîbûn, şandin, erk û qeydên protokolê derbasî dosyaya ku dimîne dibin. Gihîştina portalê ya bi wê dosyayê bi dawî dibe; eger pêwîst be, kesê têkildar nameyeke gihîştinê ya nû distîne. Ev nayê paşvegerandin.
merge-submit = Dosyayên kesî bike yek
merge-done = Dosyayên kesî hatin yekkirin.
error-merge-same = Dosyayeke kesî nikare bi xwe re were yekkirin.
error-merge-changed = Di vê navberê de yek ji herdu dosyayan hat guhertin. Ji kerema xwe wan dîsa berhev bikin.
error-merge-held = Ji bo yek ji herdu dosyayan sînordarkirina pêvajoyê derbasdar e. Pêşî wê bi dawî bînin.
audit-action-merge = Hat yekkirin

## Sign-in security: second factor, sessions (issue 18)
account-password-title = Şîfre
second-factor-title = Faktora duyem
second-factor-app-since = Hûn bi şîfre û sepana Authenticator têdikevin (di { $date } de hat sazkirin).
second-factor-none = Hûn tenê bi şîfreya xwe têdikevin. Heke kesek şîfreya we hîn bibe, faktora duyem hesabê we diparêze.
second-factor-required-here = Rêxistina we faktora duyem dixwaze.
second-factor-begin = Sepana Authenticator saz bike
second-factor-new-phone = Sepana Authenticator li ser telefoneke nû saz bike
second-factor-scan = Vê koda QR bi sepana xwe ya Authenticator skan bikin.
second-factor-qr-label = Koda QR ji bo sepana Authenticator
second-factor-type-secret = An jî vê kilîtê di sepanê de binivîsin:
second-factor-app-code = Koda şeş reqemî ji sepanê
second-factor-confirm = Piştrast bike
second-factor-cancel = Sazkirinê betal bike
second-factor-app-set-up = Sepana Authenticator hat sazkirin. Niha kodên vegerandinê çêbikin, ji bo gava ku telefona we ne li cem we be.
second-factor-app-removed = Faktora duyem hat rakirin.
second-factor-remove = Faktora duyem rake
second-factor-remove-hint = Piştî vê hûn ê tenê bi şîfreya xwe têkevin. Bi şîfreya xwe ya niha piştrast bikin.
recovery-codes-title = Kodên vegerandinê
recovery-codes-left = { $count ->
    [0] Tu kodeke we ya vegerandinê ya nebikaranî tune ye.
    [one] Kodeke we ya vegerandinê ya nebikaranî maye.
   *[other] { $count } kodên we yên vegerandinê yên nebikaranî mane.
}
recovery-codes-hint = Bi koda vegerandinê hûn têdikevin, gava ku telefona we ne li cem we be. Her kod tenê carekê derbas dibe.
recovery-codes-create = Kodên vegerandinê yên nû çêbike
recovery-codes-once = Van kodan niha binivîsin an çap bikin, û li cihekî ewle biparêzin. Ew tenê vê carê têne nîşandan. Kodên berê êdî derbas nabin.
sessions-title = Danişînên we
sessions-intro = Li vir hûn dibînin ku hûn li ku derê têketî ne. Danişînên ku hûn nas nakin biqedînin, paşê şîfreya xwe biguherînin.
sessions-browser-unknown = Geroka nenas
sessions-browser-on = { $browser } li ser { $system }
sessions-details = Têketin: { $started } · Çalakiya dawî: { $seen }
sessions-this-one = Ev danişîn
sessions-end = Danişînê biqedîne
sessions-end-others = Hemû danişînên din biqedîne
sessions-ended-one = Danişîn hat qedandin.
sessions-ended-others = Hemû danişînên din hatin qedandin.
sign-in-method-password = Têketin bi şîfreyê
sign-in-method-password-and-app = Têketin bi şîfre û sepana Authenticator
sign-in-method-password-and-recovery-code = Têketin bi şîfre û koda vegerandinê
second-factor-sign-in-title = Têketinê piştrast bike
second-factor-sign-in-intro = Koda ku sepana we ya Authenticator niha nîşan dide binivîsin.
second-factor-code = Kod
second-factor-code-hint = Bê telefon: yek ji kodên xwe yên vegerandinê binivîsin.
second-factor-set-up-title = Faktora duyem saz bike
second-factor-set-up-intro = Rêxistina we ji bo têketinê faktora duyem dixwaze. Sepana Authenticator saz bikin, bo nimûne li ser telefona xwe ya kar. Paşê hûn dikarin berdewam bikin.
error-second-factor-not-started = Pêşî dest bi sazkirina sepana Authenticator bikin.
error-second-factor-code-wrong = Kod ne rast e. Koda ku sepan niha nîşan dide binivîsin.
error-second-factor-not-set-up = Pêşî sepana Authenticator saz bikin.
error-second-factor-required-by-organisation = Rêxistina we faktora duyem dixwaze. Hûn nikarin wê rakin.
nav-second-factors = Faktora duyem
nav-second-factors-hint = Dîtin ka kî bi faktora duyem têdikeve; wê li gorî rêxistinê xwestin; wê sifir kirin.
second-factors-title = Faktora duyem di têketinê de
second-factors-intro = Li gorî rêxistinê: gelo ew faktora duyem dixwaze û kê ew saz kiriye. Kesên ku faktora duyem tune ne, wê di têketina xwe ya pêş de saz dikin, gava ku rêxistina wan wê bixwaze.
second-factors-required = Faktora duyem tê xwestin
second-factors-optional = Faktora duyem vebijarkî ye
second-factors-require = Bixwaze
second-factors-waive = Êdî nexwaze
second-factors-without = { $count ->
    [0] Hemû hesabên çalak xwedî faktora duyem in.
    [one] Hesabekî çalak xwedî faktora duyem nîne.
   *[other] { $count } hesabên çalak xwedî faktora duyem nînin.
}
second-factors-app = Sepana Authenticator
second-factors-recovery-codes = Kodên vegerandinê
second-factors-actions = Çalakî
second-factors-yes = Sazkirî
second-factors-none = Tune
second-factors-reset = Sifir bike
second-factors-reset-for = Faktora duyem a { $name } sifir bike
second-factors-reset-done = Faktora duyem hat sifirkirin. Danişînên hesabê hatin qedandin.
audit-action-set-up-second-factor = Faktora duyem hat sazkirin
audit-action-remove-second-factor = Faktora duyem hat rakirin
audit-action-new-recovery-codes = Kodên vegerandinê yên nû
audit-action-reset-second-factor = Faktora duyem hat sifirkirin
audit-action-require-second-factor = Faktora duyem hat xwestin
audit-action-waive-second-factor = Faktora duyem êdî nayê xwestin

## Single sign-on (issue 18): sign-in through the organisation's provider

sign-in-method-provider = Têketin bi xizmeta têketinê ya rêxistinê
error-sign-in-through-provider = Rêxistina we bi xizmeta xwe ya têketinê têdikeve. Ji kerema xwe li jêr rêxistina xwe hilbijêrin.
error-provider-issuer = Ji kerema xwe navnîşana xizmeta têketinê binivîsin, ya ku bi https:// dest pê dike.
error-provider-unreachable = Li vê navnîşanê tu xizmeteke têketinê ya OpenID Connect bersiv nade. Ji kerema xwe navnîşanê kontrol bikin.
sign-in-provider-title = Bi hesabê rêxistina xwe têkeve
sign-in-provider-link = Bi rêya { $organisation } têkeve
sign-in-provider-not-configured = Ji bo vê rêxistinê têketin bi xizmeteke têketinê nehatiye sazkirin.
sign-in-provider-unreachable = Xizmeta têketinê niha ne berdest e. Ji kerema xwe paşê dîsa biceribînin.
sign-in-provider-cancelled = Têketin li xizmeta têketinê hat betalkirin.
sign-in-provider-failed = Têketin nehat piştrastkirin. Ji kerema xwe ji nû ve dest pê bikin.
sign-in-provider-no-account = Ji bo we di Lotse de hesab tune ye. Ji kerema xwe bi rêveberiyê re têkilî daynin.
sign-in-provider-unverified = Xizmeta têketinê navnîşana e-nameya we piştrast nake. Ji kerema xwe bi rêveberiyê re têkilî daynin.
sign-in-provider-deactivated = Hesabê we neçalak e. Ji kerema xwe bi rêveberiyê re têkilî daynin.
sign-in-provider-signed-out = Hûn ji Lotse derketine. Dibe ku hûn hê jî li xizmeta têketinê ya { $organisation } têketî bin.
sign-in-provider-sign-out = Ji xizmeta têketinê jî derkeve
nav-sign-in-providers = Xizmetên têketinê
nav-sign-in-providers-hint = Sazkirina têketinê bi xizmeta têketinê ya rêxistinekê (single sign-on).
providers-title = Xizmetên têketinê (single sign-on)
providers-intro = Li gorî rêxistinê: gelo karmendên wê bi xizmeteke têketinê ya OpenID Connect têdikevin, wek ya şaredariyê? Hesaban hûn hê jî bi xwe çêdikin. Di têketina yekem de hesab bi navnîşana e-nameyê ya piştrastkirî tê girêdan. Rêveberên sîstemê hê jî bi şîfreyê têdikevin.
providers-return-address = Navnîşana vegerê ji bo qeydkirinê li xizmeta têketinê:
providers-saved = Xizmeta têketinê hat tomarkirin.
providers-removed = Xizmeta têketinê hat rakirin. Karmend dîsa bi şîfreyê têdikevin.
providers-none = Xizmeta têketinê tune: têketin bi şîfreyê.
providers-disabled = Xizmeta têketinê hatiye sazkirin lê girtî ye: têketin bi şîfreyê.
providers-in-use = { $count ->
    [one] Têketin bi xizmeta têketinê. { $count } hesab girêdayî ye.
   *[other] Têketin bi xizmeta têketinê. { $count } hesab girêdayî ne.
}
providers-offers-sign-out = Xizmeta têketinê derketinê pêşkêş dike; Lotse wê piştî derketinê nîşan dide.
providers-issuer = Navnîşan (issuer)
providers-issuer-hint = Lotse li wir /.well-known/openid-configuration dixwîne.
providers-client-id = Client ID
providers-client-secret = Nehêniya Client
providers-client-secret-hint = Ji aliyê xizmeta têketinê ve tê dayîn.
providers-client-secret-keep = Vala bihêle da ku nehêniya tomarkirî bimîne.
providers-subject-claim = Taybetmendiya ku kesekî diyar dike (claim)
providers-subject-claim-hint = Bi gelemperî “sub”. Tenê biguherînin heke beşa IT ya şaredariyê bibêje.
providers-enabled = Têketinê bi vê xizmetê çalak bike
providers-save = Tomar bike
providers-remove = Xizmeta têketinê rake
audit-action-configure-sign-in-provider = Xizmeta têketinê hat sazkirin
audit-action-remove-sign-in-provider = Xizmeta têketinê hat rakirin
providers-settings = Xizmeta têketinê saz bike an biguherîne
account-through-provider = Tu bi xizmeta têketinê ya rêxistina xwe têdikevî. Rêxistina te şîfre û faktora duyem li wir bi rê ve dibe.

## Passkeys (issue 18): a second factor with the device's fingerprint, face, PIN or security key

passkeys-title = Passkey
passkeys-intro = Passkey (mifteya têketinê) têketina we bi vê amûrê piştrast dike: bi şopa tiliya we, rûyê we, PIN-a amûrê an mifteyeke ewlehiyê. Ew şûna koda sepanê digire.
passkeys-none = Hîn Passkeyeke we tune ye.
passkey-details = Di { $added } de hat zêdekirin. Bikaranîna dawî: { $used }
passkey-never-used = tu car
passkey-remove = Rake
passkey-remove-named = Passkeya { $name } rake
passkey-name = Navê Passkeyê
passkey-name-hint = Da ku hûn wê nas bikin, bo nimûne “Laptopa li ofîsê” an “Mifteya ewlehiyê”.
passkey-add = Passkeyekê zêde bike
passkey-waiting = Amûra we niha Passkeyê dixwaze.
passkey-sign-in = Bi Passkeyê têkeve
passkey-sign-in-intro = Têketinê bi Passkeya xwe piştrast bikin.
passkey-or-code = An jî kodekê binivîsin:
passkey-set-up-intro = An jî Passkeyekê zêde bikin, heke ev amûr bi şopa tiliyê, naskirina rû an mifteyeke ewlehiyê dixebite:
passkey-unsupported = Ev gerok nikare Passkeyan bi kar bîne. Gerokeke nû an sepana Authenticator bi kar bînin.
passkey-cancelled = Passkey nehat bikaranîn (hat betalkirin an dem qediya). Ji kerema xwe dîsa biceribînin.
passkey-known = Li ser vê amûrê jixwe Passkeyek ji bo hesabê we heye.
passkey-elsewhere = Passkey tenê li navnîşana { $address } dixebitin.
passkey-elsewhere-link = Lotse li vê navnîşanê veke
passkey-added = Passkey hat zêdekirin. Heke hîn kodên we yên vegerandinê tune bin, wan çêbikin.
passkey-removed = Passkey hat rakirin.
error-passkey-failed = Passkey nehat piştrastkirin. Ji kerema xwe dîsa biceribînin.
error-passkey-expired = Dema daxwazê qediya. Ji kerema xwe dîsa biceribînin.
error-passkey-none = Ji bo hesabê we tu Passkey tune ye.
error-passkey-name-required = Navekî bidin Passkeyê.
error-passkey-name-too-long = Nav herî zêde dikare 60 tîp be.
sign-in-method-password-and-passkey = Têketin bi şîfre û Passkeyê
second-factors-passkeys = Passkey
audit-action-add-passkey = Passkey hat zêdekirin
audit-action-remove-passkey = Passkey hat rakirin
second-factor-remove-app = Sepana Authenticator rake
second-factor-remove-app-hint = Passkeyên we û kodên we yên vegerandinê dimînin; hûn ê têketina xwe wek berê bi wan piştrast bikin. Bi şîfreya xwe ya niha piştrast bikin.
second-factor-app-only-removed = Sepana Authenticator hat rakirin. Passkeyên we dimînin.

## E-mail: the outbox (administrators), mail settings (Mein Konto), the mails themselves.
nav-outbox = E-nameyên derketinê
nav-outbox-hint = Lotse kîjan e-name nivîsandine, kîjan hatine şandin û kîjan nehatine şandin.
outbox-title = E-nameyên derketinê
outbox-intro = Her e-nameya ku Lotse dinivîse, pêşî li vir xuya dibe. Di e-nameyan de tu daneyên şêwirxwazan tune ne, tenê lînkek bo Lotse heye.
outbox-smtp-configured = Serverekî e-nameyê hatiye sazkirin: e-nameyên li bendê di nav çend çirkeyan de têne şandin. Heke hewldanek têk biçe, Lotse paşê dîsa hewl dide.
outbox-no-smtp = Tu serverê e-nameyê nehatiye sazkirin (LOTSE_SMTP_URL): e-name nayên şandin. Ew li vir dimînin û dikarin werin xwendin.
outbox-counts = Li bendê: { $waiting } · Şandî: { $sent } · Têkçûyî: { $failed }
outbox-empty = Hîn e-name tune ne.
outbox-to = Ji bo
outbox-written = Dema nivîsandinê
outbox-state = Rewş
outbox-state-waiting = Li benda şandinê ye
outbox-state-sent = Di { $time } de hat şandin
outbox-state-failed = Piştî { $attempts } hewldanan têk çû
outbox-state-retrying = { $attempts } hewldan têk çûn, hewldana din di { $time } de
outbox-last-error = Bersiva serverê e-nameyê
outbox-read = E-nameyê bixwîne
mail-settings-title = Agahdariyên bi e-nameyê
mail-settings-intro = Gava tiştek we eleqedar dike, Lotse ji we re li { $email } dinivîse. Di e-nameyan de tu daneyên şêwirxwazan tune ne, tenê lînkek heye. Ji bo her cureyî hilbijêrin: yekser, rojê carekê bi hev re, an qet.
mail-settings-language = Zimanê e-nameyan
mail-settings-save = Mîhengan tomar bike
mail-settings-saved = Mîhengên e-nameyê hatin tomarkirin.
notify-kind-new-referral = Şandineke nû ji rêxistina we re
notify-kind-referral-overdue = Şandina ku dema bersivê derbas kiriye
notify-kind-correction-requested = Şêwirxwaz rastkirinekê dixwaze
notify-kind-consent-revoked = Şêwirxwaz razîbûnek paşve kişand
notify-kind-volunteer-problem = Dilxwaz pirsgirêkekê radigihîne
delivery-now = Yekser
delivery-daily = Rojane, bi hev re
delivery-never = Qet
mail-new-referral-subject = Şandineke nû ji { $organisation } re
mail-new-referral-body = Ji bo { $organisation } şandineke nû gihîşt Lotse. Ji kerema xwe heta dawiya dema bersivê bersiv bidin:
    { $link }
mail-referral-overdue-subject = Şandinek piştî dawiya dema bersivê hîn li bendê ye
mail-referral-overdue-body = Dema bersivê ya şandinekê derbas bûye û hîn bersiv nehatiye dayîn:
    { $link }
mail-correction-requested-subject = Daxwaza rastkirinê
mail-correction-requested-body = Şêwirxwazek ji dosyayên we di portalê de rastkirinekê dixwaze. Hûn daxwazê di Lotse de dibînin:
    { $link }
mail-consent-revoked-subject = Razîbûnek hat paşvekişandin
mail-consent-revoked-body = Şêwirxwazek ji dosyayên we di portalê de razîbûnek paşve kişand. Zêdetir di Lotse de:
    { $link }
mail-volunteer-problem-subject = Dilxwazek pirsgirêkekê radigihîne
mail-volunteer-problem-body = Di derbarê erkekê de di yek ji dosyayên we de pirsgirêkek hat ragihandin. Zêdetir di Lotse de:
    { $link }
mail-digest-subject = Lotse: { $count ->
        [one] { $count } nûçe
       *[other] { $count } nûçe
    }
mail-digest-intro = { $count ->
        [one] Ji kurteya dawî ve { $count } nûçe ji bo we heye:
       *[other] Ji kurteya dawî ve { $count } nûçe ji bo we hene:
    }
mail-footer = Di vê e-nameyê de tu daneyên şêwirxwazan tune ne. Hûn di “Hesabê min” de diyar dikin ka kîjan e-nameyan distînin: { $settings }

external-title = Şandin ji rêxistina we re
external-tagline = Şandin ji bo hevkaran
external-gone = Bi vê lînkê (êdî) tiştek nayê dîtin: dema wê qediyaye an ew hatiye paşvekişandin, an jî şandin hatiye girtin. Ji kerema xwe serî li wî kesî bidin yê ku şandin ji we re şandiye.
external-for = Ji bo: { $organisation }
external-code-intro = Ji bo parastina daneyan, ev lînk heta ku hûn kodeke yekcarî nenivîsin tiştekî nîşan nade. Em wê bi e-nameyeke duyemîn ji navnîşana we re dişînin.
external-send-code = Kodê bi e-nameyê bişîne
external-send-code-again = Kodeke nû bişîne
external-code-sent = Kod di rê de ye. Ew 15 deqeyan derbasdar e.
external-code = Koda yekcarî ya ji e-nameyê
external-open = Şandinê veke
external-referral-title = Şandin
external-audited = Her vekirina vê rûpelê tê tomarkirin. Kesê ku hatiye şandin dikare bibîne ka rêxistina we kengî li daneyên wî an wê nêriye.
external-link-title = Lînk ji bo rêxistina hevkar
external-link-explained = Hesabê vê rêxistinê di Lotse de tune. Kesê wê yê têkiliyê bi e-nameyê lînkek wergirtiye û wê bi koda yekcarî vedike.
external-contact = Kesê têkiliyê
external-link-state = Lînk
external-link-active = derbasdar
external-link-expired = dema wê qediya
external-link-withdrawn = hat paşvekişandin
external-link-until = Derbasdar heta
external-link-last-viewed = Vekirina dawî
external-link-never-viewed = qet nehatiye vekirin
external-link-renew = 14 rojan dirêj bike
external-link-withdraw = Lînkê paşve bikişîne
external-link-renewed = Lînk dîsa 14 rojan derbasdar e.
external-link-withdrawn-done = Lînk hat paşvekişandin. Ji niha ve ew tiştekî nîşan nade.
organisations-external-contact = Kesê têkiliyê (bê hesab)
organisations-has-accounts = bi hesaban di Lotse de
organisations-external-new = Rêxistineke hevkar bê hesab biafirîne
organisations-external-explained = Ji bo hevkarên ku di Lotse de naxebitin (wek mînak odeyên pîşeyî an komeleyên biçûk): şandin wek lînk bi e-nameyê ji kesê têkiliyê re diçin.
organisations-contact-name = Navê kesê têkiliyê
organisations-contact-email = Navnîşana e-nameyê ya kesê têkiliyê
organisations-contact-language = Zimanê e-nameyan
organisations-external-create = Rêxistina hevkar biafirîne
organisations-external-created = Rêxistina hevkar hat afirandin.
error-external-no-contact = Ji bo şandinan kesê têkiliyê yê vê rêxistinê tune.
error-external-link-gone = Ev lînk êdî tiştekî nîşan nade. Ji kerema xwe serî li wî kesî bidin yê ku şandin ji we re şandiye.
error-external-code-again = Danişîna we qediya. Ji kerema xwe kodeke nû bixwazin û wê binivîsin.
error-external-code-limit = Di saeta dawî de gelek zêde kod hatin şandin. Ji kerema xwe paşê dîsa biceribînin.
error-external-code-expired = Ev kod êdî ne derbasdar e. Ji kerema xwe kodeke nû bixwazin.
error-external-code-wrong = Kod ne rast e. Ji kerema xwe wê kontrol bikin.
error-external-no-link = Lînkeke derbasdar a vê şandinê tune.
mail-external-referral-subject = Şandineke nû ji { $sender }
mail-external-referral-body = { $sender } di çarçoveya rêveberiya entegrasyonê ya şaredariyê de şandinek ji rêxistina we re şandiye. Ji bo parastina daneyan, di vê e-nameyê de tiştek li ser kesê nayê gotin. Hûn şandinê li vir dibînin:
    { $link }
    Dema ku hûn wê vekin, em ji we koda yekcarî dixwazin ku em bi e-nameyeke duyemîn ji we re dişînin. Lînk heta { $expires } derbasdar e.
mail-external-code-subject = Koda we ya yekcarî ji bo Lotse
mail-external-code-body = Koda we ya yekcarî: { $code }
    Ew 15 deqeyan derbasdar e. Heke we kod nexwestibe, hûn dikarin vê e-nameyê jê bibin.
portal-reminders-title = Bîrxistin bi e-nameyê
portal-reminders-explained = Em rojek berî randevûyê e-nameyek bi dîrok û demjimêrê ji we re dişînin. Tiştekî din tê de tune. Hûn hûrguliyan li vir di portalê de dibînin.
portal-reminders-to = Ji bo: { $email }
portal-reminders-no-email = Ji bo we navnîşana e-nameyê nehatiye tomarkirin. Rêvebera an rêveberê dosyaya we dikare wê binivîse.
portal-reminders-on = Erê, ji kerema xwe bîne bîra min
portal-reminders-off = Êdî bîrxistin naxwazim
portal-reminders-are-on = Hûn bi e-nameyê bîrxistinan distînin.
portal-reminders-are-off = Hûn bi e-nameyê bîrxistinan nastînin.
mail-appointment-reminder-subject = Bîrxistin: Sibê randevûyeke we heye
mail-appointment-reminder-body = Sibê, di { $date } de, saet { $time } randevûyeke we heye. Hûn hûrguliyan di portalê de dibînin:
    { $link }
mail-appointment-reminder-body-day = Sibê, di { $date } de, randevûyeke we heye. Hûn hûrguliyan di portalê de dibînin:
    { $link }
mail-appointment-reminder-footer = Hûn vê bîrxistinê distînin, ji ber ku we ew di portalê de çalak kiriye. Hûn dikarin li wir wê dîsa neçalak bikin.
