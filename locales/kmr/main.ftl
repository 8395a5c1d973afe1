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

## Case management core (issue 3)

error-conflict = Di vê navberê de kesekî din ev agahî tomar kirine. Tiştek nehat guhertin, tiştên ku we nivîsandine hîn di formê de ne. Niha ev tomarkirî ye:
error-number-invalid = Ji kerema xwe hejmareke derbasdar binivîsin.
error-date-invalid = Ji kerema xwe dîrokeke derbasdar binivîsin.
error-time-invalid = Ji kerema xwe demjimêreke derbasdar binivîsin (SS:DD).
error-choose-from-list = Ji kerema xwe tomarekê ji lîsteyê hilbijêrin.
error-date-in-past = Ev dîrok derbas bûye.
error-date-in-future = Ev dîrok hîn nehatiye.
error-target-before-start = Dîroka armancê berî destpêkê ye.
error-goal-empty = Ji kerema xwe armancê rave bikin (bi gotinên muwekîl bi xwe, bi zimanekî hêsan an bi şablonekê).
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

client-title = Muwekîl
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
assessment-client-goals = Armancên muwekîl bi xwe
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
plan-agree-hint = Plan bi muwekîl re tê gotûbêjkirin û li ser tê lihevkirin. Guhertinên paşê guhertoyeke nû dest pê dikin.
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
print-signature-client = Îmzeya muwekîl
print-signature-case-manager = Îmzeya rêveberê dosyayê

dashboard-phases = Dosyayên min li gorî qonaxê
dashboard-overdue = Gavên ku dema wan derbas bûye
dashboard-reviews = Kontrolên di 14 rojên pêş de
dashboard-waiting = Gavên ku li benda hevkaran in
dashboard-appointments = Randevûyên di 7 rojên pêş de
dashboard-recent = Dosyayên ku herî dawî hatine guhertin
dashboard-none = Tiştek tune ku were kirin.

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
closure-client-ended = Ji aliyê muwekîl ve hat bidawîkirin
closure-moved-away = Bar kir cihekî din
closure-unreachable = Êdî nayê gihîştin
closure-consent-withdrawn = Razîbûn hat paşvekişandin

consent-method-signature = bi îmzeyê
consent-method-electronic = bi awayê elektronîkî hat pejirandin
consent-method-oral-interpreter = devkî, bi wergêr

responsible-client = Muwekîl
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
