"""Starter content for the adaptation journey map (kohanemise teekonnakaart).

Pure Python data, no Django imports: the journey app's seed loader reads these constants.

Everything here is written in our own words from the facts of the domain brief
(shared/domain/brief.md). Every fact-bearing step carries the address of its source and the date it
was last checked, so that staff can verify and update it (AvTS § 32). Facts the brief marks as
unconfirmed are left out on purpose. Estonian is the source language; English, Russian and
Ukrainian are translations of the same content.
"""

CHECKED = "2026-11-27"

# Sources, keyed as in the brief's Sources list.
_S = {
    "S1": "https://siseministeerium.ee/en/submission-notice-residence",
    "S2": "https://valga.ee/en/vald-uudised-ja-kontakt/rahvastikutoimingud/elukoha-registreerimine",
    "S3": "https://www2.politsei.ee/en/teenused/residence-permit/right-of-residence/eu-citizen/",
    "S4": "https://politsei.ee/en/teenused/elamisoigused/el-kodaniku-tahtajaline-elamisoigus/",
    "S5": "https://emta.ee/en/private-client/e-resident-non-resident/non-residents/apply-registry-code",
    "S6": "https://settleinestonia.ee/tunne-kohanemisvaldkonna-tegijaid-tartu-valismaalaste-teenuskeskus/",
    "S7": "https://internationalhouse.ee/abiks-kohanemisel/eestisse-saabumine/",
    "S8": "https://refugeecouncil.ee/en/services-card/704",
    "S9": "https://tartu.ee/en/place-residence",
    "S10": "https://saaremaavald.ee/elukoht",
    "S11": "https://id.ee/en/article/digital-documents-id-card-digital-id-residence-permit-card-and-e-resident-digi-id/",
    "S12": "https://emta.ee/en/business-client/registration-business/employment-register/registration-employment-foreigner",
    "S14": "https://workinestonia.com/relocation-eu-up-to-3/",
    "S15": "https://emta.ee/en/news/war-refugees-ukraine",
    "S16": "https://internationalhouse.ee/en/health/health-insurance-in-estonia/",
    "S17": "https://archimedes.ee/enic/en/sisulink/tegevu/",
    "S18": "https://eesti.ee/en/health-and-care/health-and-medical-care/medical-care/",
    "S19": "https://news.err.ee/1608577624",
    "S20": "https://sotsiaalkindlustusamet.ee/en/family-benefits-and-allowances/family-benefits-non-eu-arrivals",
    "S21": "https://eesti.ee/en/family/state-monetary-assistance-for-families-with-children/family-and-childrens-allowances/",
    "S22": "https://tallinn.ee/eng/pilet/The-Right-of-Free-Travel",
    "S23": "https://integratsioon.ee/en/frequently-asked-questions-what-settle-estonia-adaptation-programme",
    "S25": "https://kul.ee/kultuuriline-mitmekesisus-ja-loimumine/kohanemine/kohanemisprogramm",
    "S26": "https://integratsioon.ee/en/rvk",
    "S27": "https://integratsioon.ee/en/node?page=44",
    "S28": "https://politsei.ee/en/instructions/information-on-the-war-in-ukraine/temporary-protection-for-ukrainian-citizens-and-their-family-members",
    "S29": "https://politsei.ee/en/instructions/information-on-the-war-in-ukraine/extension-of-temporary-protection",
    "S30": "https://err.ee/1608843547",
    "S31": "https://integratsioon.ee/valminud-teekaart-mis-aitab-uutel-elanikel-kohaneda",
    "S33": "https://innervisor.ee/tagasipoeoerdujatele",
    "S34": "https://integratsioon.ee/tagasipoordumistoetus",
    "S35": "https://online.le.ee/2019/10/09/haapsalus-alustab-kogemuskohvik-eestisse-tagasipoordujatele/",
    "S36": "https://arvamus.postimees.ee/4441853",
    "S37": "https://viimsiteataja.ee/ajalugu/kogemuskohvikud-tagasipoordujatele/",
    "S38": "https://meis.ee/en/let-us-answer-some-questions-about-estonian-language-courses",
    "S48": "https://cadfe.ee/en/post/the-tallinn-migration-center-a-welcome-and-inclusion-hub-in-the-heart-of-kalamaja",
    "S50": "https://kul.ee/uudised/kohalikel-omavalitsustel-votmeroll-loimumise-edasises-arengus",
    "S62": "https://www2.politsei.ee/en/nouanded/isikut-toendavad-dokumendid/",
    "S64": "https://pohiseadus.riigioigus.ee",
}

SITUATIONS = ["eu", "third-country", "temporary-protection", "returnee"]

_ALL = ["eu", "third-country", "temporary-protection", "returnee"]
_IMMIGRANTS = ["eu", "third-country", "temporary-protection"]

# Institution names (must match ORGANISATIONS below); "municipality" means the person's own KOV.
_KOV = "municipality"
_PPA = "Politsei- ja Piirivalveamet"
_INSA = "Integratsiooni Sihtasutus"
_TERVISEKASSA = "Tervisekassa"
_TERVISEAMET = "Terviseamet"
_SKA = "Sotsiaalkindlustusamet"
_TOOTUKASSA = "Eesti Töötukassa"
_EMTA = "Maksu- ja Tolliamet"
_HARNO = "Haridus- ja Noorteamet"


PERSPECTIVES = [
    {
        "slug": "kov",
        "order": 1,
        "texts": {
            "et": {
                "name": "KOV",
                "description": "Kohaliku omavalitsuse vaade: mida KOV uue elaniku saabumisel teeb, "
                "milliseid teenuseid pakub ja kus tekivad kitsaskohad.",
            },
            "en": {
                "name": "Local government (KOV)",
                "description": "The municipality's view: what the local government does when a newcomer "
                "arrives, which services it offers and where the bottlenecks are.",
            },
            "ru": {
                "name": "Местное самоуправление (KOV)",
                "description": "Взгляд самоуправления: что делает местное самоуправление, когда приезжает "
                "новый житель, какие услуги предлагает и где возникают узкие места.",
            },
            "uk": {
                "name": "Місцеве самоврядування (KOV)",
                "description": "Погляд самоврядування: що робить місцеве самоврядування, коли прибуває "
                "новий мешканець, які послуги пропонує і де виникають вузькі місця.",
            },
        },
    },
    {
        "slug": "immigrant",
        "order": 2,
        "texts": {
            "et": {
                "name": "Sisserändaja",
                "description": "Teisest riigist Eestisse elama asunud inimese vaade: EL-i kodanik, "
                "kolmanda riigi kodanik või ajutise kaitse saaja.",
            },
            "en": {
                "name": "Immigrant",
                "description": "The view of a person who has moved to Estonia from another country: an EU "
                "citizen, a third-country national or a person under temporary protection.",
            },
            "ru": {
                "name": "Иммигрант",
                "description": "Взгляд человека, переехавшего в Эстонию из другой страны: гражданина ЕС, "
                "гражданина третьей страны или человека, получившего временную защиту.",
            },
            "uk": {
                "name": "Іммігрант",
                "description": "Погляд людини, яка переїхала до Естонії з іншої країни: громадянина ЄС, "
                "громадянина третьої країни або особи з тимчасовим захистом.",
            },
        },
    },
    {
        "slug": "returnee",
        "order": 3,
        "texts": {
            "et": {
                "name": "Tagasipöörduja",
                "description": "Välismaal elanud eestlase või Eesti juurtega inimese vaade, kes kolib "
                "tagasi Eestisse, sageli koos perega.",
            },
            "en": {
                "name": "Returnee",
                "description": "The view of an Estonian, or a person with Estonian roots, who has lived "
                "abroad and is moving back to Estonia, often with their family.",
            },
            "ru": {
                "name": "Возвращающийся в Эстонию",
                "description": "Взгляд эстонца или человека с эстонскими корнями, который жил за границей "
                "и возвращается в Эстонию, часто вместе с семьёй.",
            },
            "uk": {
                "name": "Особа, що повертається до Естонії",
                "description": "Погляд естонця або людини з естонським корінням, яка жила за кордоном і "
                "повертається до Естонії, часто разом із сім'єю.",
            },
        },
    },
]


# State bodies and other institutions that steps name as responsible (Estonian official names).
ORGANISATIONS = [
    ("Politsei- ja Piirivalveamet", "PPA", "agency", "https://www.politsei.ee"),
    ("Siseministeerium", "", "ministry", "https://www.siseministeerium.ee"),
    ("Kultuuriministeerium", "", "ministry", "https://www.kul.ee"),
    ("Integratsiooni Sihtasutus", "INSA", "agency", "https://www.integratsioon.ee"),
    ("Tervisekassa", "", "agency", "https://www.tervisekassa.ee"),
    ("Terviseamet", "", "agency", "https://www.terviseamet.ee"),
    ("Sotsiaalkindlustusamet", "SKA", "agency", "https://www.sotsiaalkindlustusamet.ee"),
    ("Eesti Töötukassa", "", "agency", "https://www.tootukassa.ee"),
    ("Maksu- ja Tolliamet", "EMTA", "agency", "https://www.emta.ee"),
    ("Haridus- ja Noorteamet", "HARNO", "agency", "https://harno.ee"),
    ("Haridus- ja Teadusministeerium", "", "ministry", "https://www.hm.ee"),
    ("Sotsiaalministeerium", "", "ministry", "https://www.sm.ee"),
]


STAGES = [
    {
        "slug": "returnee-planning",
        "order": 1,
        "timing": "now",
        "perspectives": ["kov", "returnee"],
        "situations": ["returnee"],
        "texts": {
            "et": {
                "title": "Tagasituleku planeerimine",
                "summary": "Enne Eestisse naasmist tasub läbi mõelda elukoht, töö, laste lasteaia- või "
                "koolikoht ja võimalikud toetused. Integratsiooni Sihtasutus nõustab tagasipöördujaid. "
                "KOV aitab, kui vastab perede küsimustele ja juhatab nad nõustamisele.",
            },
            "en": {
                "title": "Planning the return",
                "summary": "Before moving back to Estonia it pays to think through housing, work, a "
                "kindergarten or school place for the children and possible support. The Integration "
                "Foundation offers counselling to returnees. The municipality helps by answering "
                "families' questions and pointing them to counselling.",
            },
            "ru": {
                "title": "Планирование возвращения",
                "summary": "Перед возвращением в Эстонию стоит заранее продумать жильё, работу, место в "
                "детском саду или школе для детей и возможную поддержку. Фонд интеграции консультирует "
                "возвращающихся. Самоуправление помогает, отвечая на вопросы семей и направляя их на "
                "консультацию.",
            },
            "uk": {
                "title": "Планування повернення",
                "summary": "Перед поверненням до Естонії варто заздалегідь продумати житло, роботу, місце "
                "в дитячому садку чи школі для дітей і можливу підтримку. Фонд інтеграції консультує "
                "тих, хто повертається. Самоврядування допомагає, відповідаючи на запитання сімей і "
                "скеровуючи їх на консультацію.",
            },
        },
    },
    {
        "slug": "legal-basis",
        "order": 2,
        "timing": "now",
        "perspectives": ["kov", "immigrant"],
        "situations": ["eu", "third-country", "temporary-protection"],
        "texts": {
            "et": {
                "title": "Õiguslik alus Eestis elamiseks",
                "summary": "Eestis elamiseks on vaja õiguslikku alust: kolmanda riigi kodanikul "
                "elamisluba, EL-i kodanikul elamisõigust ja Ukraina kodanikul ajutist kaitset. Nende "
                "küsimustega tegeleb peamiselt Politsei- ja Piirivalveamet. KOV saab juhatada inimese "
                "õige asutuse juurde ja selgitada, mis tuleb järgmiseks.",
            },
            "en": {
                "title": "Legal basis for living in Estonia",
                "summary": "To live in Estonia you need a legal basis: a residence permit for "
                "third-country nationals, a right of residence for EU citizens and temporary protection "
                "for Ukrainian citizens. These matters are mostly handled by the Police and Border Guard "
                "Board. The municipality can point the person to the right office and explain what "
                "comes next.",
            },
            "ru": {
                "title": "Правовое основание для жизни в Эстонии",
                "summary": "Чтобы жить в Эстонии, нужно правовое основание: гражданину третьей страны – "
                "вид на жительство, гражданину ЕС – право на проживание, гражданину Украины – временная "
                "защита. Этими вопросами в основном занимается Департамент полиции и погранохраны. "
                "Самоуправление может направить человека в нужное учреждение и объяснить, что будет "
                "дальше.",
            },
            "uk": {
                "title": "Правова підстава для життя в Естонії",
                "summary": "Щоб жити в Естонії, потрібна правова підстава: громадянину третьої країни – "
                "посвідка на проживання, громадянину ЄС – право на проживання, громадянину України – "
                "тимчасовий захист. Цими питаннями переважно займається Департамент поліції та "
                "прикордонної охорони. Самоврядування може скерувати людину до потрібної установи й "
                "пояснити, що буде далі.",
            },
        },
    },
    {
        "slug": "residence-registration",
        "order": 3,
        "timing": "now",
        "perspectives": ["kov", "immigrant", "returnee"],
        "situations": _ALL,
        "texts": {
            "et": {
                "title": "Elukoha registreerimine",
                "summary": "Elukoht registreeritakse rahvastikuregistris oma KOV-i kaudu. Registreeritud "
                "elukohast sõltub, milliseid KOV-i teenuseid inimene saab kasutada ja millisele KOV-ile "
                "laekub tema tulumaks. KOV võtab elukohateate vastu, kontrollib dokumendid ja kannab "
                "andmed registrisse.",
            },
            "en": {
                "title": "Registering your residence",
                "summary": "Your residence is registered in the population register through your "
                "municipality. The registered address decides which municipal services you can use and "
                "which municipality receives your income tax. The municipality accepts the residence "
                "notice, checks the documents and enters the data in the register.",
            },
            "ru": {
                "title": "Регистрация места жительства",
                "summary": "Место жительства регистрируется в регистре народонаселения через ваше "
                "самоуправление. От зарегистрированного адреса зависит, какими услугами самоуправления "
                "вы можете пользоваться и какому самоуправлению поступает ваш подоходный налог. "
                "Самоуправление принимает уведомление, проверяет документы и вносит данные в регистр.",
            },
            "uk": {
                "title": "Реєстрація місця проживання",
                "summary": "Місце проживання реєструють у реєстрі населення через ваше самоврядування. "
                "Від зареєстрованої адреси залежить, якими послугами самоврядування ви можете "
                "користуватися і до якого самоврядування надходить ваш податок на доходи. "
                "Самоврядування приймає повідомлення, перевіряє документи та вносить дані до реєстру.",
            },
        },
    },
    {
        "slug": "personal-code",
        "order": 4,
        "timing": "now",
        "perspectives": ["kov", "immigrant"],
        "situations": ["eu", "third-country", "temporary-protection"],
        "texts": {
            "et": {
                "title": "Isikukood",
                "summary": "Eesti isikukoodi on vaja paljude teenuste kasutamiseks. Kui inimesel seda "
                "veel ei ole, saab ta selle Politsei- ja Piirivalveametist, Eesti saatkonnast või elukoha "
                "registreerimisel oma KOV-ist. KOV annab isikukoodi koos elukoha registreerimisega.",
            },
            "en": {
                "title": "Personal identification code",
                "summary": "You need an Estonian personal identification code (isikukood) to use many "
                "services. If you do not have one yet, you get it from the Police and Border Guard Board, "
                "an Estonian embassy or your municipality when you register your residence. The "
                "municipality issues the code together with the residence registration.",
            },
            "ru": {
                "title": "Личный код",
                "summary": "Эстонский личный код (isikukood) нужен для пользования многими услугами. Если "
                "его ещё нет, его присваивает Департамент полиции и погранохраны, посольство Эстонии или "
                "самоуправление при регистрации места жительства. Самоуправление присваивает код вместе "
                "с регистрацией места жительства.",
            },
            "uk": {
                "title": "Особистий код",
                "summary": "Естонський особистий код (isikukood) потрібен, щоб користуватися багатьма "
                "послугами. Якщо його ще немає, його присвоює Департамент поліції та прикордонної "
                "охорони, посольство Естонії або самоврядування під час реєстрації місця проживання. "
                "Самоврядування присвоює код разом із реєстрацією місця проживання.",
            },
        },
    },
    {
        "slug": "returnee-support",
        "order": 5,
        "timing": "later",
        "perspectives": ["kov", "returnee"],
        "situations": ["returnee"],
        "texts": {
            "et": {
                "title": "Tagasipöördumistoetus",
                "summary": "Osa tagasipöördujaid saab Integratsiooni Sihtasutuselt "
                "tagasipöördumistoetust. Taotluse saab esitada pärast elukoha registreerimist ja kindla "
                "aja jooksul pärast naasmist. KOV saab toetusest rääkida, kui välismaalt naasnud inimene "
                "registreerib elukoha.",
            },
            "en": {
                "title": "Returnee support",
                "summary": "Some returnees can receive returnee support from the Integration Foundation. "
                "You apply after registering your residence and within a set time after your return. "
                "The municipality can tell people about the support when someone back from abroad "
                "registers their residence.",
            },
            "ru": {
                "title": "Пособие для возвращающихся",
                "summary": "Часть возвращающихся может получить от Фонда интеграции пособие для "
                "возвращающихся (tagasipöördumistoetus). Заявление подают после регистрации места "
                "жительства и в течение определённого срока после возвращения. Самоуправление может "
                "рассказать о пособии, когда вернувшийся из-за границы человек регистрирует место "
                "жительства.",
            },
            "uk": {
                "title": "Допомога на повернення",
                "summary": "Частина тих, хто повертається, може отримати від Фонду інтеграції допомогу на "
                "повернення (tagasipöördumistoetus). Заяву подають після реєстрації місця проживання і "
                "протягом певного строку після повернення. Самоврядування може розповісти про допомогу, "
                "коли людина, яка повернулася з-за кордону, реєструє місце проживання.",
            },
        },
    },
    {
        "slug": "id-and-e-identity",
        "order": 6,
        "timing": "first-month",
        "perspectives": ["kov", "immigrant", "returnee"],
        "situations": _ALL,
        "texts": {
            "et": {
                "title": "ID-kaart ja e-identiteet",
                "summary": "Eesti isikut tõendav dokument ja e-identiteet võimaldavad kasutada "
                "e-teenuseid ja anda digiallkirja. Dokumendid annab välja Politsei- ja Piirivalveamet. "
                "KOV peab arvestama, et kuni inimesel e-identiteeti pole, vajab ta teenustele ka muud "
                "ligipääsu.",
            },
            "en": {
                "title": "ID card and e-identity",
                "summary": "An Estonian identity document and e-identity let you use e-services and "
                "sign digitally. Documents are issued by the Police and Border Guard Board. The "
                "municipality should keep in mind that until a person has an e-identity, they need "
                "other ways to reach its services.",
            },
            "ru": {
                "title": "ID-карта и электронная идентичность",
                "summary": "Эстонский документ, удостоверяющий личность, и электронная идентификация "
                "позволяют пользоваться э-услугами и ставить цифровую подпись. Документы выдаёт "
                "Департамент полиции и погранохраны. Самоуправлению важно учитывать, что, пока у "
                "человека нет e-ID, ему нужен другой доступ к услугам.",
            },
            "uk": {
                "title": "ID-картка та електронна ідентичність",
                "summary": "Естонський документ, що посвідчує особу, та електронна ідентифікація дають "
                "змогу користуватися е-послугами й ставити цифровий підпис. Документи видає Департамент "
                "поліції та прикордонної охорони. Самоврядуванню варто враховувати, що, поки людина не "
                "має e-ID, їй потрібен інший доступ до послуг.",
            },
        },
    },
    {
        "slug": "work-and-tax",
        "order": 7,
        "timing": "first-month",
        "perspectives": ["kov", "immigrant", "returnee"],
        "situations": _ALL,
        "texts": {
            "et": {
                "title": "Töö ja maksud",
                "summary": "Tööle asudes registreerib tööandja töötamise. Inimene selgitab vajaduse korral "
                "välja oma maksuresidentsuse ja laseb välismaal omandatud hariduse hinnata. KOV saab anda "
                "nõu ja juhatada õigete asutuste juurde.",
            },
            "en": {
                "title": "Work and tax",
                "summary": "When you start a job, your employer registers your work. Where needed, you "
                "find out your tax residency and have your foreign qualifications assessed. The "
                "municipality can give advice and point you to the right offices.",
            },
            "ru": {
                "title": "Работа и налоги",
                "summary": "Когда вы начинаете работать, работодатель регистрирует вашу работу. При "
                "необходимости вы выясняете своё налоговое резидентство и получаете оценку образования, "
                "полученного за границей. Самоуправление может посоветовать и направить в нужные "
                "учреждения.",
            },
            "uk": {
                "title": "Робота і податки",
                "summary": "Коли ви починаєте працювати, роботодавець реєструє вашу роботу. За потреби ви "
                "з'ясовуєте своє податкове резидентство та отримуєте оцінку освіти, здобутої за кордоном. "
                "Самоврядування може порадити й скерувати до потрібних установ.",
            },
        },
    },
    {
        "slug": "health-insurance-and-doctor",
        "order": 8,
        "timing": "first-month",
        "perspectives": ["kov", "immigrant", "returnee"],
        "situations": _ALL,
        "texts": {
            "et": {
                "title": "Ravikindlustus ja perearst",
                "summary": "Ravikindlustus tekib tavaliselt töötamise või töötuna registreerimise kaudu. "
                "Iga inimene peaks olema ka perearsti nimistus. KOV saab aidata perearsti leida ja "
                "selgitada, kuidas tervishoid Eestis toimib.",
            },
            "en": {
                "title": "Health insurance and family doctor",
                "summary": "Health insurance usually comes through work or through registering as "
                "unemployed. Everyone should also be on a family doctor's list. The municipality can "
                "help find a family doctor and explain how health care works in Estonia.",
            },
            "ru": {
                "title": "Медицинская страховка и семейный врач",
                "summary": "Медицинская страховка обычно возникает благодаря работе или регистрации в "
                "качестве безработного. Каждый человек должен также быть в списке семейного врача. "
                "Самоуправление может помочь найти семейного врача и объяснить, как устроено "
                "здравоохранение в Эстонии.",
            },
            "uk": {
                "title": "Медичне страхування та сімейний лікар",
                "summary": "Медичне страхування зазвичай з'являється завдяки роботі або реєстрації як "
                "безробітного. Кожна людина також має бути в списку сімейного лікаря. Самоврядування "
                "може допомогти знайти сімейного лікаря й пояснити, як працює охорона здоров'я в Естонії.",
            },
        },
    },
    {
        "slug": "children-kindergarten-school",
        "order": 9,
        "timing": "first-month",
        "perspectives": ["kov", "immigrant", "returnee"],
        "situations": _ALL,
        "texts": {
            "et": {
                "title": "Lapsed: lasteaed ja kool",
                "summary": "Lasteaia- ja koolikoht on seotud lapse registreeritud elukohaga, seega tuleb "
                "elukoht registreerida ja taotlus esitada varakult. KOV korraldab lasteaia- ja "
                "koolikohad ning toetab koos kooliga lapsi, kelle eesti keel on alles nõrk.",
            },
            "en": {
                "title": "Children: kindergarten and school",
                "summary": "Kindergarten and school places depend on the child's registered residence, so "
                "register your residence and apply early. The municipality arranges kindergarten and "
                "school places and, together with the school, supports children whose Estonian is "
                "still weak.",
            },
            "ru": {
                "title": "Дети: детский сад и школа",
                "summary": "Место в детском саду и школе зависит от зарегистрированного места жительства "
                "ребёнка, поэтому зарегистрируйте место жительства и подайте заявление заранее. "
                "Самоуправление распределяет места в детских садах и школах и вместе со школой "
                "поддерживает детей, которые пока слабо владеют эстонским языком.",
            },
            "uk": {
                "title": "Діти: дитячий садок і школа",
                "summary": "Місце в дитячому садку та школі залежить від зареєстрованого місця проживання "
                "дитини, тому зареєструйте місце проживання й подайте заяву завчасно. Самоврядування "
                "розподіляє місця в садках і школах та разом зі школою підтримує дітей, які поки що "
                "слабко володіють естонською мовою.",
            },
        },
    },
    {
        "slug": "benefits",
        "order": 10,
        "timing": "later",
        "perspectives": ["kov", "immigrant"],
        "situations": ["eu", "third-country", "temporary-protection"],
        "texts": {
            "et": {
                "title": "Toetused",
                "summary": "Peredel võib olla õigus riiklikele peretoetustele, mida maksab "
                "Sotsiaalkindlustusamet, ja KOV-i toetustele. Osa kohalikke soodustusi sõltub sellest, kas "
                "elukoht on selles KOV-is registreeritud. KOV menetleb oma toetusi ja selgitab, mida "
                "inimene saada võib.",
            },
            "en": {
                "title": "Benefits",
                "summary": "Families may be entitled to state family allowances, paid by the Social "
                "Insurance Board, and to municipal benefits. Some local perks depend on your residence "
                "being registered in that municipality. The municipality handles its own benefits and "
                "explains what a person may receive.",
            },
            "ru": {
                "title": "Пособия",
                "summary": "Семьи могут иметь право на государственные пособия семьям, которые выплачивает "
                "Департамент социального страхования, и на пособия самоуправления. Часть местных льгот "
                "зависит от того, зарегистрировано ли место жительства в этом самоуправлении. "
                "Самоуправление рассматривает свои пособия и объясняет, на что человек может "
                "рассчитывать.",
            },
            "uk": {
                "title": "Допомога",
                "summary": "Сім'ї можуть мати право на державну допомогу сім'ям, яку виплачує Департамент "
                "соціального страхування, і на допомогу від самоврядування. Частина місцевих пільг "
                "залежить від того, чи зареєстроване місце проживання в цьому самоврядуванні. "
                "Самоврядування розглядає свою допомогу й пояснює, на що людина може розраховувати.",
            },
        },
    },
    {
        "slug": "adaptation-and-language",
        "order": 11,
        "timing": "later",
        "perspectives": ["kov", "immigrant", "returnee"],
        "situations": _ALL,
        "texts": {
            "et": {
                "title": "Kohanemine ja eesti keel",
                "summary": "Riigi kohanemisprogramm ja eesti keele kursused aitavad Eesti eluga kiiremini "
                "kohaneda. Kohti on piiratud arv, nii et tasub end varakult kirja panna. KOV-i "
                "kohanemisspetsialist nõustab ja juhatab inimese sobiva programmi või kursuse juurde.",
            },
            "en": {
                "title": "Adaptation and the Estonian language",
                "summary": "The state adaptation programme and Estonian language courses help you settle "
                "into life in Estonia faster. Places are limited, so it is worth signing up early. The "
                "municipality's adaptation specialist gives advice and points you to a suitable "
                "programme or course.",
            },
            "ru": {
                "title": "Адаптация и эстонский язык",
                "summary": "Государственная программа адаптации и курсы эстонского языка помогают быстрее "
                "привыкнуть к жизни в Эстонии. Число мест ограничено, поэтому стоит записаться заранее. "
                "Специалист по адаптации в самоуправлении консультирует и направляет на подходящую "
                "программу или курс.",
            },
            "uk": {
                "title": "Адаптація та естонська мова",
                "summary": "Державна програма адаптації та курси естонської мови допомагають швидше "
                "звикнути до життя в Естонії. Кількість місць обмежена, тож варто записатися завчасно. "
                "Фахівець з адаптації в самоврядуванні консультує та скеровує на відповідну програму чи "
                "курс.",
            },
        },
    },
    {
        "slug": "renewal-and-long-term-status",
        "order": 12,
        "timing": "when-needed",
        "perspectives": ["kov", "immigrant"],
        "situations": ["third-country", "temporary-protection"],
        "texts": {
            "et": {
                "title": "Pikendamine ja pikaajaline staatus",
                "summary": "Elamisluba ja ajutine kaitse kehtivad tähtajaliselt, seega tuleb "
                "pikendamise taotlus esitada õigel ajal. Teave pikendamise kohta ei jõua kõigini, mistõttu "
                "saab KOV oma kanalites tähtaegu meelde tuletada.",
            },
            "en": {
                "title": "Renewal and long-term status",
                "summary": "Residence permits and temporary protection are valid for a limited time, so "
                "the extension must be applied for at the right time. Information about renewal does "
                "not reach everyone, so the municipality can remind people of the deadlines through its "
                "own channels.",
            },
            "ru": {
                "title": "Продление и долгосрочный статус",
                "summary": "Вид на жительство и временная защита действуют ограниченный срок, поэтому "
                "ходатайство о продлении нужно подать вовремя. Информация о продлении доходит не до "
                "всех, и самоуправление может напоминать о сроках через свои каналы.",
            },
            "uk": {
                "title": "Продовження та довгостроковий статус",
                "summary": "Посвідка на проживання й тимчасовий захист діють обмежений строк, тому заяву "
                "на продовження треба подати вчасно. Інформація про продовження доходить не до всіх, "
                "тож самоврядування може нагадувати про строки через свої канали.",
            },
        },
    },
    {
        "slug": "belonging",
        "order": 13,
        "timing": "when-needed",
        "perspectives": ["kov", "immigrant", "returnee"],
        "situations": _ALL,
        "texts": {
            "et": {
                "title": "Kuuluvustunne",
                "summary": "Kohanemine ei lõpe dokumentidega: oluline on tunda end kogukonna liikmena. "
                "Ka tagasipöörduja võib end tunda „eestlasena, aga mitte päris“. KOV saab luua kohti, kus "
                "uued ja vanad elanikud kokku saavad, ning otsida viise, kuidas jõuda ka nendeni, keda "
                "registrid eraldi välja ei too.",
            },
            "en": {
                "title": "Belonging",
                "summary": "Settling in does not end with documents: what matters is feeling part of the "
                'community. Returnees, too, may feel "Estonian, but not quite". The municipality can '
                "create places where new and long-time residents meet, and look for ways to reach people "
                "whom the registers do not single out.",
            },
            "ru": {
                "title": "Чувство принадлежности",
                "summary": "Адаптация не заканчивается документами: важно чувствовать себя частью "
                "сообщества. Даже вернувшийся человек может ощущать себя «эстонцем, но не совсем». "
                "Самоуправление может создавать места, где встречаются новые и давние жители, и искать "
                "способы достучаться до тех, кого регистры отдельно не выделяют.",
            },
            "uk": {
                "title": "Відчуття належності",
                "summary": "Адаптація не закінчується документами: важливо відчувати себе частиною "
                "громади. Навіть людина, яка повернулася, може почуватися «естонцем, але не зовсім». "
                "Самоврядування може створювати місця, де зустрічаються нові й давні мешканці, і шукати "
                "способи достукатися до тих, кого реєстри окремо не виділяють.",
            },
        },
    },
]


STEPS = [
    # ---------------------------------------------------------------- 1 returnee-planning
    {
        "key": "returnee-counselling",
        "stage": "returnee-planning",
        "order": 1,
        "actor": "person",
        "institution": _INSA,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S33"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Küsi tagasipöördujate nõustamist",
                "what": "Integratsiooni Sihtasutus nõustab inimesi, kes kolivad tagasi Eestisse. Juba enne "
                "kolimist saad nõustajaga arutada elukoha, töö, laste lasteaia või kooli ja toetuste "
                "küsimusi.",
                "deadline": "",
            },
            "en": {
                "title": "Ask for returnee counselling",
                "what": "The Integration Foundation offers counselling to people moving back to Estonia. "
                "Even before you move, you can talk through housing, work, kindergarten or school for "
                "your children, and support with a counsellor.",
                "deadline": "",
            },
            "ru": {
                "title": "Обратитесь за консультацией для возвращающихся",
                "what": "Фонд интеграции консультирует тех, кто переезжает обратно в Эстонию. Ещё до "
                "переезда вы можете обсудить с консультантом жильё, работу, детский сад или школу для "
                "детей и возможную поддержку.",
                "deadline": "",
            },
            "uk": {
                "title": "Зверніться по консультацію для тих, хто повертається",
                "what": "Фонд інтеграції консультує тих, хто переїжджає назад до Естонії. Ще до переїзду "
                "ви можете обговорити з консультантом житло, роботу, дитячий садок чи школу для дітей і "
                "можливу підтримку.",
                "deadline": "",
            },
        },
    },
    {
        "key": "returnee-support-eligibility",
        "stage": "returnee-planning",
        "order": 2,
        "actor": "person",
        "institution": _INSA,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S34"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Kontrolli, kas sul on õigus tagasipöördumistoetusele",
                "what": "Toetus on mõeldud inimestele, kes on elanud välismaal vähemalt 7 aastat ja tulevad "
                "tagasi koos alaealiste lastega, alla 40-aastastele, kes on omandanud välismaal magistri- "
                "või doktorikraadi, ning vähenenud töövõimega inimestele. Täpsed tingimused leiad "
                "allikast.",
                "deadline": "",
            },
            "en": {
                "title": "Check whether you qualify for returnee support",
                "what": "The support is meant for people who have lived abroad for at least 7 years and "
                "return with minor children, for people under 40 with a master's or doctoral degree from "
                "abroad, and for people with reduced work ability. See the source for the exact "
                "conditions.",
                "deadline": "",
            },
            "ru": {
                "title": "Проверьте, положено ли вам пособие для возвращающихся",
                "what": "Пособие предназначено для тех, кто прожил за границей не менее 7 лет и "
                "возвращается с несовершеннолетними детьми, для людей моложе 40 лет с магистерской или "
                "докторской степенью, полученной за границей, а также для людей со сниженной "
                "трудоспособностью. Точные условия смотрите в источнике.",
                "deadline": "",
            },
            "uk": {
                "title": "Перевірте, чи маєте ви право на допомогу на повернення",
                "what": "Допомога призначена для тих, хто прожив за кордоном щонайменше 7 років і "
                "повертається з неповнолітніми дітьми, для людей до 40 років із магістерським або "
                "докторським ступенем, здобутим за кордоном, а також для людей зі зниженою "
                "працездатністю. Точні умови дивіться в джерелі.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-point-returnees-to-counselling",
        "stage": "returnee-planning",
        "order": 3,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S33"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Juhata tagasipöörduja nõustamisele",
                "what": "Kui välismaalt naasev pere võtab KOV-iga ühendust, näiteks lasteaia- või "
                "koolikoha asjus, räägi neile Integratsiooni Sihtasutuse tagasipöördujate nõustamisest. "
                "Nii saavad nad kolimise aegsasti läbi mõelda.",
                "deadline": "",
            },
            "en": {
                "title": "Point returnees to counselling",
                "what": "When a family returning from abroad contacts the municipality, for example about a "
                "kindergarten or school place, tell them about the Integration Foundation's returnee "
                "counselling. That way they can plan their move in good time.",
                "deadline": "",
            },
            "ru": {
                "title": "Направьте возвращающихся на консультацию",
                "what": "Когда возвращающаяся из-за границы семья обращается в самоуправление, например по "
                "поводу места в детском саду или школе, расскажите ей о консультациях Фонда интеграции "
                "для возвращающихся. Так семья сможет заранее спланировать переезд.",
                "deadline": "",
            },
            "uk": {
                "title": "Скеруйте тих, хто повертається, на консультацію",
                "what": "Коли сім'я, що повертається з-за кордону, звертається до самоврядування, "
                "наприклад щодо місця в дитячому садку чи школі, розкажіть їй про консультації Фонду "
                "інтеграції для тих, хто повертається. Так сім'я зможе завчасно спланувати переїзд.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 2 legal-basis
    {
        "key": "residence-permit",
        "stage": "legal-basis",
        "order": 1,
        "actor": "person",
        "institution": _PPA,
        "deadline": None,
        "situations": ["third-country"],
        "children_only": False,
        "source": _S["S8"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Taotle elamisluba",
                "what": "Kolmanda riigi (EL-i välise riigi) kodanik vajab Eestis elamiseks elamisluba. "
                "Taotluse saab esitada Politsei- ja Piirivalveametile või Eesti saatkonnas. Küsimuste "
                "korral aitavad PPA migratsiooninõustajad eesti, inglise ja vene keeles.",
                "deadline": "",
            },
            "en": {
                "title": "Apply for a residence permit",
                "what": "A citizen of a third country (outside the EU) needs a residence permit to live in "
                "Estonia. You can apply to the Police and Border Guard Board (PPA) or at an Estonian "
                "embassy. PPA migration advisers answer questions in Estonian, English and Russian.",
                "deadline": "",
            },
            "ru": {
                "title": "Подайте ходатайство о виде на жительство",
                "what": "Гражданину третьей страны (не входящей в ЕС) для жизни в Эстонии нужен вид на "
                "жительство. Ходатайство можно подать в Департамент полиции и погранохраны (PPA) или в "
                "посольство Эстонии. На вопросы отвечают миграционные консультанты PPA на эстонском, "
                "английском и русском языках.",
                "deadline": "",
            },
            "uk": {
                "title": "Подайте заяву на посвідку на проживання",
                "what": "Громадянину третьої країни (що не входить до ЄС) для життя в Естонії потрібна "
                "посвідка на проживання. Заяву можна подати до Департаменту поліції та прикордонної "
                "охорони (PPA) або в посольстві Естонії. На запитання відповідають міграційні "
                "консультанти PPA естонською, англійською та російською мовами.",
                "deadline": "",
            },
        },
    },
    {
        "key": "temporary-protection",
        "stage": "legal-basis",
        "order": 2,
        "actor": "person",
        "institution": _PPA,
        "deadline": None,
        "situations": ["temporary-protection"],
        "children_only": False,
        "source": _S["S28"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Taotle ajutist kaitset",
                "what": "Ukraina kodanikud saavad Eestis taotleda ajutist kaitset. Taotlus esitatakse "
                "Politsei- ja Piirivalveametis, kuhu tuleb eelnevalt aeg broneerida.",
                "deadline": "",
            },
            "en": {
                "title": "Apply for temporary protection",
                "what": "Ukrainian citizens can apply for temporary protection in Estonia. You apply at "
                "the Police and Border Guard Board (PPA); book an appointment first.",
                "deadline": "",
            },
            "ru": {
                "title": "Подайте ходатайство о временной защите",
                "what": "Граждане Украины могут ходатайствовать о временной защите в Эстонии. Ходатайство "
                "подаётся в Департаменте полиции и погранохраны (PPA), куда нужно заранее записаться на "
                "приём.",
                "deadline": "",
            },
            "uk": {
                "title": "Подайте заяву на тимчасовий захист",
                "what": "Громадяни України можуть подати заяву на тимчасовий захист в Естонії. Заява "
                "подається в Департаменті поліції та прикордонної охорони (PPA), куди потрібно "
                "заздалегідь записатися на прийом.",
                "deadline": "",
            },
        },
    },
    {
        "key": "eu-right-of-residence",
        "stage": "legal-basis",
        "order": 3,
        "actor": "person",
        "institution": _PPA,
        "deadline": None,
        "situations": ["eu"],
        "children_only": False,
        "source": _S["S3"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Tea oma elamisõigust EL-i kodanikuna",
                "what": "EL-i kodanik võib Eestis viibida kuni 3 kuud ilma end registreerimata. Kui plaanid "
                "jääda kauemaks, vajad elamisõigust: selle saad, kui registreerid oma elukoha (vt "
                "järgmine etapp).",
                "deadline": "",
            },
            "en": {
                "title": "Know your right of residence as an EU citizen",
                "what": "An EU citizen may stay in Estonia for up to 3 months without registering. If you "
                "plan to stay longer, you need a right of residence: you get it by registering your "
                "residence (see the next stage).",
                "deadline": "",
            },
            "ru": {
                "title": "Право на проживание для гражданина ЕС",
                "what": "Гражданин ЕС может находиться в Эстонии до 3 месяцев без регистрации. Если вы "
                "планируете остаться дольше, вам нужно право на проживание: его получают, "
                "зарегистрировав место жительства (см. следующий этап).",
                "deadline": "",
            },
            "uk": {
                "title": "Право на проживання для громадянина ЄС",
                "what": "Громадянин ЄС може перебувати в Естонії до 3 місяців без реєстрації. Якщо ви "
                "плануєте залишитися довше, вам потрібне право на проживання: його отримують, "
                "зареєструвавши місце проживання (див. наступний етап).",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 3 residence-registration
    {
        "key": "residence-notice",
        "stage": "residence-registration",
        "order": 1,
        "actor": "person",
        "institution": _KOV,
        "deadline": {"amount": 14, "unit": "days", "from": "arrival"},
        # EU citizens have their own first-registration step (3 months, S3) below.
        "situations": ["third-country", "temporary-protection", "returnee"],
        "children_only": False,
        "source": _S["S1"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Esita elukohateade",
                "what": "Teata oma KOV-ile, kus sa elad. Elukohateate saab esitada kohapeal vallas või "
                "linnas, saata posti teel või digiallkirjastatud e-kirjaga või esitada "
                "e-rahvastikuregistris.",
                "deadline": "14 päeva jooksul pärast elama asumist",
            },
            "en": {
                "title": "Submit a residence notice",
                "what": "Tell your municipality where you live. You can submit the residence notice in "
                "person at the municipal office, send it by post or as a digitally signed e-mail, or "
                "file it in the e-population register.",
                "deadline": "within 14 days of moving in",
            },
            "ru": {
                "title": "Подайте уведомление о месте жительства",
                "what": "Сообщите своему самоуправлению, где вы живёте. Уведомление можно подать лично в "
                "волостной или городской управе, отправить по почте или электронным письмом с цифровой "
                "подписью либо подать в электронном регистре народонаселения.",
                "deadline": "в течение 14 дней после переезда",
            },
            "uk": {
                "title": "Подайте повідомлення про місце проживання",
                "what": "Повідомте своєму самоврядуванню, де ви живете. Повідомлення можна подати особисто "
                "у волосній або міській управі, надіслати поштою чи електронним листом із цифровим "
                "підписом або подати в електронному реєстрі населення.",
                "deadline": "протягом 14 днів після переїзду",
            },
        },
    },
    {
        "key": "eu-residence-registration",
        "stage": "residence-registration",
        "order": 2,
        "actor": "person",
        "institution": _KOV,
        "deadline": {"amount": 3, "unit": "months", "from": "arrival"},
        "situations": ["eu"],
        "children_only": False,
        "source": _S["S3"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Registreeri elukoht EL-i kodanikuna",
                "what": "Kui jääd Eestisse kauemaks kui 3 kuud, registreeri oma elukoht KOV-is. "
                "Registreerimisega saad tähtajalise elamisõiguse.",
                "deadline": "3 kuu jooksul pärast Eestisse saabumist",
            },
            "en": {
                "title": "Register your residence as an EU citizen",
                "what": "If you stay in Estonia for longer than 3 months, register your residence with "
                "your municipality. Registering gives you a temporary right of residence.",
                "deadline": "within 3 months of entering Estonia",
            },
            "ru": {
                "title": "Зарегистрируйте место жительства как гражданин ЕС",
                "what": "Если вы остаётесь в Эстонии дольше 3 месяцев, зарегистрируйте место жительства в "
                "своём самоуправлении. С регистрацией вы получаете срочное право на проживание.",
                "deadline": "в течение 3 месяцев после въезда в Эстонию",
            },
            "uk": {
                "title": "Зареєструйте місце проживання як громадянин ЄС",
                "what": "Якщо ви залишаєтеся в Естонії довше ніж на 3 місяці, зареєструйте місце "
                "проживання у своєму самоврядуванні. Реєстрація дає вам тимчасове право на проживання.",
                "deadline": "протягом 3 місяців після в'їзду до Естонії",
            },
        },
    },
    {
        "key": "residence-documents",
        "stage": "residence-registration",
        "order": 3,
        "actor": "person",
        "institution": _KOV,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S2"],
        "source_municipality": "valga-vald",
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Võta kaasa vajalikud dokumendid",
                "what": "Elukoha registreerimiseks on vaja isikut tõendavat dokumenti ja üürilepingut. Kui "
                "eluruum kuulub kellelegi teisele, on vaja ka omaniku nõusolekut.",
                "deadline": "",
            },
            "en": {
                "title": "Bring the documents you need",
                "what": "To register your residence you need an identity document and your tenancy "
                "contract. If the home belongs to someone else, you also need the owner's consent.",
                "deadline": "",
            },
            "ru": {
                "title": "Возьмите с собой нужные документы",
                "what": "Для регистрации места жительства нужен документ, удостоверяющий личность, и "
                "договор аренды. Если жильё принадлежит другому человеку, нужно также согласие "
                "владельца.",
                "deadline": "",
            },
            "uk": {
                "title": "Візьміть потрібні документи",
                "what": "Для реєстрації місця проживання потрібен документ, що посвідчує особу, і договір "
                "оренди. Якщо житло належить іншій особі, потрібна також згода власника.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-register-residence",
        "stage": "residence-registration",
        "order": 4,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S9"],
        "source_municipality": "tartu-linn",
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "KOV registreerib elukoha",
                "what": "KOV kontrollib elukohateate ja dokumendid ning kannab elukoha rahvastikuregistrisse. "
                "Selgita inimesele, et registreeritud elukohast sõltub, milliseid KOV-i teenuseid ta saab "
                "kasutada ja millisele KOV-ile laekub tema tulumaks.",
                "deadline": "",
            },
            "en": {
                "title": "The municipality registers the residence",
                "what": "The municipality checks the residence notice and documents and enters the address "
                "in the population register. Explain to the person that the registered address decides "
                "which municipal services they can use and which municipality receives their income tax.",
                "deadline": "",
            },
            "ru": {
                "title": "Самоуправление регистрирует место жительства",
                "what": "Самоуправление проверяет уведомление и документы и вносит место жительства в "
                "регистр народонаселения. Объясните человеку, что от зарегистрированного места "
                "жительства зависит, какими услугами самоуправления он может пользоваться и какому "
                "самоуправлению поступает его подоходный налог.",
                "deadline": "",
            },
            "uk": {
                "title": "Самоврядування реєструє місце проживання",
                "what": "Самоврядування перевіряє повідомлення та документи й вносить місце проживання до "
                "реєстру населення. Поясніть людині, що від зареєстрованого місця проживання залежить, "
                "якими послугами самоврядування вона може користуватися і до якого самоврядування "
                "надходить її податок на доходи.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-front-office-languages",
        "stage": "residence-registration",
        "order": 5,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": False,
        "source": _S["S7"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Valmista klienditeenindus ette teises keeles suhtlemiseks",
                "what": "Elukoha registreerimine on sageli uue elaniku esimene kokkupuude KOV-iga. "
                "Kolmandate riikide kodanikest 30% on öelnud, et neil oli registreerimisel probleeme, "
                "muu hulgas ametnikega, kes ei osanud inglise keelt. Lepi eelnevalt kokku, kes majas saab "
                "aidata inglise või mõnes muus keeles.",
                "deadline": "",
            },
            "en": {
                "title": "Prepare the front office for other languages",
                "what": "Registering residence is often a newcomer's first contact with the municipality. "
                "30% of third-country nationals have reported problems with registration, including "
                "officials who did not speak English. Agree in advance who in the office can help in "
                "English or another language.",
                "deadline": "",
            },
            "ru": {
                "title": "Подготовьте обслуживание клиентов на других языках",
                "what": "Регистрация места жительства часто становится первым контактом нового жителя с "
                "самоуправлением. 30% граждан третьих стран сообщали о проблемах с регистрацией, в том "
                "числе о чиновниках, не говоривших по-английски. Заранее договоритесь, кто в учреждении "
                "может помочь на английском или другом языке.",
                "deadline": "",
            },
            "uk": {
                "title": "Підготуйте обслуговування клієнтів іншими мовами",
                "what": "Реєстрація місця проживання часто є першим контактом нового мешканця із "
                "самоврядуванням. 30% громадян третіх країн повідомляли про проблеми з реєстрацією, "
                "зокрема про посадовців, які не говорили англійською. Заздалегідь домовтеся, хто в "
                "установі може допомогти англійською чи іншою мовою.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 4 personal-code
    {
        "key": "personal-code-check",
        "stage": "personal-code",
        "order": 1,
        "actor": "person",
        "institution": _PPA,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": False,
        "source": _S["S5"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Uuri, kas sul on juba isikukood",
                "what": "Võimalik, et Eesti isikukoodi on sulle juba andnud Politsei- ja Piirivalveamet või "
                "Eesti saatkond. Kui sul isikukoodi veel ei ole, saad selle oma KOV-ist koos elukoha "
                "registreerimisega.",
                "deadline": "",
            },
            "en": {
                "title": "Check whether you already have a personal code",
                "what": "You may already have been given an Estonian personal identification code "
                "(isikukood) by the Police and Border Guard Board or an Estonian embassy. If not, you "
                "get one from your municipality when you register your residence.",
                "deadline": "",
            },
            "ru": {
                "title": "Узнайте, есть ли у вас уже личный код",
                "what": "Возможно, эстонский личный код (isikukood) вам уже присвоил Департамент полиции и "
                "погранохраны (PPA) или посольство Эстонии. Если кода ещё нет, вы получите его в "
                "самоуправлении при регистрации места жительства.",
                "deadline": "",
            },
            "uk": {
                "title": "Дізнайтеся, чи маєте ви вже особистий код",
                "what": "Можливо, естонський особистий код (isikukood) вам уже присвоїв Департамент поліції "
                "та прикордонної охорони (PPA) або посольство Естонії. Якщо коду ще немає, ви отримаєте "
                "його в самоврядуванні під час реєстрації місця проживання.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-issue-personal-code",
        "stage": "personal-code",
        "order": 2,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": False,
        "source": _S["S5"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "KOV annab isikukoodi",
                "what": "Kui elukohta registreerival inimesel pole Eesti isikukoodi, annab KOV selle koos "
                "elukoha registreerimisega. Ütle inimesele, et isikukoodi läheb tal vaja ka järgmistel "
                "sammudel.",
                "deadline": "",
            },
            "en": {
                "title": "The municipality issues the personal code",
                "what": "If the person registering their residence has no Estonian personal code yet, the "
                "municipality issues one together with the registration. Tell the person that they will "
                "need the code in the next steps too.",
                "deadline": "",
            },
            "ru": {
                "title": "Самоуправление присваивает личный код",
                "what": "Если у человека, регистрирующего место жительства, ещё нет эстонского личного "
                "кода, самоуправление присваивает его вместе с регистрацией. Скажите человеку, что код "
                "понадобится ему и на следующих шагах.",
                "deadline": "",
            },
            "uk": {
                "title": "Самоврядування присвоює особистий код",
                "what": "Якщо людина, яка реєструє місце проживання, ще не має естонського особистого "
                "коду, самоврядування присвоює його разом із реєстрацією. Скажіть людині, що код "
                "знадобиться їй і на наступних кроках.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-one-visit-registration",
        "stage": "personal-code",
        "order": 3,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": False,
        "source": _S["S6"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Korralda isikukood ja elukoha registreerimine ühe külastusega",
                "what": "Tartu välismaalaste teenuskeskuses saab uus elanik samas kohas nii isikukoodi kui "
                "ka elukoha registreerida. Kaalu, kas ka sinu KOV saaks need toimingud ühte "
                "külastusse koondada.",
                "deadline": "",
            },
            "en": {
                "title": "Offer the personal code and registration in one visit",
                "what": "At the Tartu Welcome Centre newcomers get a personal code and register their "
                "residence in the same place. Consider whether your municipality could also combine "
                "these steps into one visit.",
                "deadline": "",
            },
            "ru": {
                "title": "Объедините личный код и регистрацию в один визит",
                "what": "В Тартуском центре обслуживания иностранцев новые жители получают личный код и "
                "регистрируют место жительства в одном месте. Подумайте, может ли и ваше самоуправление "
                "объединить эти действия в один визит.",
                "deadline": "",
            },
            "uk": {
                "title": "Об'єднайте особистий код і реєстрацію в один візит",
                "what": "У Тартуському центрі обслуговування іноземців нові мешканці отримують особистий "
                "код і реєструють місце проживання в одному місці. Подумайте, чи може й ваше "
                "самоврядування об'єднати ці дії в один візит.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 5 returnee-support
    {
        "key": "apply-returnee-support",
        "stage": "returnee-support",
        "order": 1,
        "actor": "person",
        "institution": _INSA,
        "deadline": {"amount": 8, "unit": "months", "from": "arrival"},
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S34"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Taotle tagasipöördumistoetust",
                "what": "Kui vastad toetuse tingimustele, esita taotlus Integratsiooni Sihtasutusele. "
                "Taotluse saab esitada alles siis, kui su elukoht on Eestis registreeritud.",
                "deadline": "hiljemalt 8 kuu jooksul pärast Eestisse naasmist",
            },
            "en": {
                "title": "Apply for returnee support",
                "what": "If you meet the conditions, apply to the Integration Foundation. You can only "
                "apply once your residence in Estonia is registered.",
                "deadline": "no later than 8 months after your return to Estonia",
            },
            "ru": {
                "title": "Подайте заявление на пособие для возвращающихся",
                "what": "Если вы соответствуете условиям, подайте заявление в Фонд интеграции. Заявление "
                "можно подать только после того, как ваше место жительства в Эстонии зарегистрировано.",
                "deadline": "не позднее 8 месяцев после возвращения в Эстонию",
            },
            "uk": {
                "title": "Подайте заяву на допомогу на повернення",
                "what": "Якщо ви відповідаєте умовам, подайте заяву до Фонду інтеграції. Заяву можна "
                "подати лише після того, як ваше місце проживання в Естонії зареєстроване.",
                "deadline": "не пізніше ніж через 8 місяців після повернення до Естонії",
            },
        },
    },
    {
        "key": "kov-tell-about-returnee-support",
        "stage": "returnee-support",
        "order": 2,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S34"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Räägi tagasipöördujale toetusest",
                "what": "Kui välismaalt naasnud inimene registreerib elukoha, juhi tema tähelepanu "
                "tagasipöördumistoetusele. Taotlemiseks on aega kuni 8 kuud pärast naasmist, seega on "
                "oluline, et inimene kuuleks toetusest varakult.",
                "deadline": "",
            },
            "en": {
                "title": "Tell returnees about the support",
                "what": "When someone who has come back from abroad registers their residence, point out "
                "the returnee support. They have at most 8 months after their return to apply, so it "
                "matters that they hear about it early.",
                "deadline": "",
            },
            "ru": {
                "title": "Расскажите возвращающимся о пособии",
                "what": "Когда вернувшийся из-за границы человек регистрирует место жительства, обратите "
                "его внимание на пособие для возвращающихся. Подать заявление можно не позднее 8 месяцев "
                "после возвращения, поэтому важно, чтобы человек узнал о нём как можно раньше.",
                "deadline": "",
            },
            "uk": {
                "title": "Розкажіть тим, хто повертається, про допомогу",
                "what": "Коли людина, яка повернулася з-за кордону, реєструє місце проживання, зверніть її "
                "увагу на допомогу на повернення. Подати заяву можна не пізніше ніж через 8 місяців "
                "після повернення, тому важливо, щоб людина дізналася про неї якомога раніше.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 6 id-and-e-identity
    {
        "key": "eu-id-card",
        "stage": "id-and-e-identity",
        "order": 1,
        "actor": "person",
        "institution": _PPA,
        "deadline": {"amount": 1, "unit": "months", "from": "registration"},
        "situations": ["eu"],
        "children_only": False,
        "source": _S["S4"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Taotle Eesti ID-kaart",
                "what": "Pärast elukoha registreerimist taotle Politsei- ja Piirivalveametist Eesti "
                "ID-kaart. EL-i kodaniku tähtajaline elamisõigus kehtib 5 aastat.",
                "deadline": "1 kuu jooksul pärast elukoha registreerimist",
            },
            "en": {
                "title": "Apply for an Estonian ID card",
                "what": "After registering your residence, apply for an Estonian ID card from the Police "
                "and Border Guard Board. An EU citizen's temporary right of residence is valid for "
                "5 years.",
                "deadline": "within 1 month of registering your residence",
            },
            "ru": {
                "title": "Подайте ходатайство об эстонской ID-карте",
                "what": "После регистрации места жительства подайте в Департамент полиции и погранохраны "
                "(PPA) ходатайство о выдаче эстонской ID-карты. Срочное право на проживание гражданина "
                "ЕС действует 5 лет.",
                "deadline": "в течение 1 месяца после регистрации места жительства",
            },
            "uk": {
                "title": "Подайте заяву на естонську ID-картку",
                "what": "Після реєстрації місця проживання подайте до Департаменту поліції та прикордонної "
                "охорони (PPA) заяву на естонську ID-картку. Тимчасове право на проживання громадянина "
                "ЄС діє 5 років.",
                "deadline": "протягом 1 місяця після реєстрації місця проживання",
            },
        },
    },
    {
        "key": "residence-permit-card-e-id",
        "stage": "id-and-e-identity",
        "order": 2,
        "actor": "person",
        "institution": _PPA,
        "deadline": None,
        "situations": ["third-country"],
        "children_only": False,
        "source": _S["S11"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Kasuta elamisloakaarti e-identiteedina",
                "what": "Elamisloakaart on ühtlasi e-identiteedi vahend: sellega saad e-teenustesse sisse "
                "logida ja dokumente digitaalselt allkirjastada. Hoia kaardi PIN-koodid kindlas kohas.",
                "deadline": "",
            },
            "en": {
                "title": "Use your residence permit card as an e-ID",
                "what": "Your residence permit card also works as an e-ID: you can log in to e-services "
                "and sign documents digitally with it. Keep the card's PIN codes in a safe place.",
                "deadline": "",
            },
            "ru": {
                "title": "Используйте карточку вида на жительство как e-ID",
                "what": "Карточка вида на жительство одновременно служит средством электронной "
                "идентификации: с ней можно входить в э-услуги и подписывать документы цифровой "
                "подписью. Храните PIN-коды карточки в надёжном месте.",
                "deadline": "",
            },
            "uk": {
                "title": "Користуйтеся карткою посвідки на проживання як e-ID",
                "what": "Картка посвідки на проживання водночас є засобом електронної ідентифікації: з нею "
                "можна входити в е-послуги та підписувати документи цифровим підписом. Зберігайте "
                "PIN-коди картки в надійному місці.",
                "deadline": "",
            },
        },
    },
    {
        "key": "second-e-id-tool",
        "stage": "id-and-e-identity",
        "order": 3,
        "actor": "person",
        "institution": _PPA,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S11"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Hangi teine e-identiteedi vahend",
                "what": "Hea on omada kahte e-identiteedi vahendit, näiteks ID-kaarti ja Mobiil-ID-d või "
                "Smart-ID-d. Kui üks neist ei tööta või kaob, pääsed teisega ikkagi e-teenustesse.",
                "deadline": "",
            },
            "en": {
                "title": "Get a second e-ID tool",
                "what": "It is wise to have two e-ID tools, for example an ID card plus Mobile-ID or "
                "Smart-ID. If one stops working or gets lost, you can still use e-services with the "
                "other.",
                "deadline": "",
            },
            "ru": {
                "title": "Заведите второе средство e-ID",
                "what": "Лучше иметь два средства электронной идентификации, например ID-карту и "
                "Mobiil-ID или Smart-ID. Если одно перестанет работать или потеряется, вы сможете "
                "пользоваться э-услугами с помощью второго.",
                "deadline": "",
            },
            "uk": {
                "title": "Заведіть другий засіб e-ID",
                "what": "Краще мати два засоби електронної ідентифікації, наприклад ID-картку та "
                "Mobiil-ID або Smart-ID. Якщо один перестане працювати або загубиться, ви зможете "
                "користуватися е-послугами за допомогою другого.",
                "deadline": "",
            },
        },
    },
    {
        "key": "returnee-renew-id-card",
        "stage": "id-and-e-identity",
        "order": 4,
        "actor": "person",
        "institution": _PPA,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S11"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Uuenda ID-kaart ja e-identiteet",
                "what": "Kontrolli enne naasmist või kohe pärast seda, kas su ID-kaart kehtib. Kui see on "
                "aegunud, taotle Politsei- ja Piirivalveametist uus, et saaksid taas e-teenuseid kasutada "
                "ja digiallkirja anda.",
                "deadline": "",
            },
            "en": {
                "title": "Renew your ID card and e-identity",
                "what": "Before or right after your return, check whether your ID card is still valid. If "
                "it has expired, apply for a new one from the Police and Border Guard Board so that you "
                "can use e-services and sign digitally again.",
                "deadline": "",
            },
            "ru": {
                "title": "Обновите ID-карту и e-ID",
                "what": "До возвращения или сразу после него проверьте, действительна ли ваша ID-карта. "
                "Если срок её действия истёк, подайте в Департамент полиции и погранохраны (PPA) "
                "ходатайство о новой карте, чтобы снова пользоваться э-услугами и ставить цифровую "
                "подпись.",
                "deadline": "",
            },
            "uk": {
                "title": "Оновіть ID-картку та e-ID",
                "what": "Перед поверненням або одразу після нього перевірте, чи дійсна ваша ID-картка. "
                "Якщо строк її дії минув, подайте до Департаменту поліції та прикордонної охорони (PPA) "
                "заяву на нову картку, щоб знову користуватися е-послугами й ставити цифровий підпис.",
                "deadline": "",
            },
        },
    },
    {
        "key": "keep-id-and-pins-to-yourself",
        "stage": "id-and-e-identity",
        "order": 5,
        "actor": "person",
        "institution": _PPA,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S62"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Ära anna ID-kaarti ega PIN-koode teistele",
                "what": "Digiallkiri on sama kehtiv kui käsitsi antud allkiri. Ära laena oma ID-kaarti ega "
                "anna PIN-koode kunagi kellelegi teisele, ka mitte heale tuttavale.",
                "deadline": "",
            },
            "en": {
                "title": "Keep your ID card and PIN codes to yourself",
                "what": "A digital signature has the same force as a handwritten one. Never lend your ID "
                "card or give your PIN codes to anyone else, not even someone you know well.",
                "deadline": "",
            },
            "ru": {
                "title": "Никому не передавайте ID-карту и PIN-коды",
                "what": "Цифровая подпись имеет ту же силу, что и собственноручная. Никогда не одалживайте "
                "свою ID-карту и не сообщайте PIN-коды другим людям, даже хорошим знакомым.",
                "deadline": "",
            },
            "uk": {
                "title": "Нікому не передавайте ID-картку та PIN-коди",
                "what": "Цифровий підпис має таку саму силу, як і власноручний. Ніколи не позичайте свою "
                "ID-картку й не повідомляйте PIN-коди іншим людям, навіть добрим знайомим.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-services-without-e-id",
        "stage": "id-and-e-identity",
        "order": 6,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S6"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Arvesta inimestega, kellel pole veel e-identiteeti",
                "what": "Kellel e-identiteeti pole, see ei pääse ligi paljudele e-teenustele: näiteks ei "
                "saa ta vormistada isikustatud bussikaarti. Võimalda esimestel kuudel teenuseid kasutada "
                "ka kohapeal või paberil.",
                "deadline": "",
            },
            "en": {
                "title": "Plan for people who have no e-ID yet",
                "what": "Without an e-ID many e-services are out of reach; for example, a person cannot get "
                "a personal bus card. In the first months, make sure your services can also be used in "
                "person or on paper.",
                "deadline": "",
            },
            "ru": {
                "title": "Учитывайте людей, у которых ещё нет e-ID",
                "what": "Без электронной идентификации многие э-услуги недоступны: например, нельзя "
                "оформить именную проездную карточку на автобус. В первые месяцы дайте возможность "
                "пользоваться услугами и на месте или на бумаге.",
                "deadline": "",
            },
            "uk": {
                "title": "Враховуйте людей, які ще не мають e-ID",
                "what": "Без електронної ідентифікації багато е-послуг недоступні: наприклад, не можна "
                "оформити іменну проїзну картку на автобус. У перші місяці дайте змогу користуватися "
                "послугами також на місці або в паперовому вигляді.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 7 work-and-tax
    {
        "key": "employment-register",
        "stage": "work-and-tax",
        "order": 1,
        "actor": "person",
        "institution": _EMTA,
        # "Before work starts" has no anchor in the data model (arrival/registration/expiry),
        # so the structured deadline stays empty and the words carry it.
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S12"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Veendu, et tööandja on su töötamise registreerinud",
                "what": "Tööandja peab kandma su töötamise Maksu- ja Tolliameti töötamise registrisse "
                "(TÖR) enne, kui sa tööd alustad. Küsi tööandjalt, kas see on tehtud.",
                "deadline": "enne tööle asumist",
            },
            "en": {
                "title": "Make sure your employer has registered your work",
                "what": "Your employer must enter your employment in the Tax and Customs Board's "
                "employment register (TÖR) before you start work. Ask your employer whether this has "
                "been done.",
                "deadline": "before you start work",
            },
            "ru": {
                "title": "Убедитесь, что работодатель зарегистрировал вашу работу",
                "what": "Работодатель должен внести вашу работу в регистр трудовой деятельности (TÖR) "
                "Налогово-таможенного департамента до того, как вы начнёте работать. Спросите "
                "работодателя, сделано ли это.",
                "deadline": "до начала работы",
            },
            "uk": {
                "title": "Переконайтеся, що роботодавець зареєстрував вашу роботу",
                "what": "Роботодавець має внести вашу роботу до реєстру зайнятості (TÖR) Податково-митного "
                "департаменту до того, як ви почнете працювати. Запитайте роботодавця, чи це зроблено.",
                "deadline": "до початку роботи",
            },
        },
    },
    {
        "key": "tax-residency",
        "stage": "work-and-tax",
        "order": 2,
        "actor": "person",
        "institution": _EMTA,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": False,
        "source": _S["S15"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Selgita välja oma maksuresidentsus",
                "what": "Seda, kas oled Eesti maksuresident, otsustab Maksu- ja Tolliamet vormi R alusel. "
                "Maksuresidentsusest sõltub, kuidas sinu sissetulekut maksustatakse.",
                "deadline": "",
            },
            "en": {
                "title": "Find out your tax residency",
                "what": "The Tax and Customs Board (EMTA) decides whether you are an Estonian tax "
                "resident, based on form R. Your tax residency affects how your income is taxed.",
                "deadline": "",
            },
            "ru": {
                "title": "Выясните своё налоговое резидентство",
                "what": "Являетесь ли вы налоговым резидентом Эстонии, решает Налогово-таможенный "
                "департамент (EMTA) на основании формы R. От налогового резидентства зависит, как "
                "облагается ваш доход.",
                "deadline": "",
            },
            "uk": {
                "title": "З'ясуйте своє податкове резидентство",
                "what": "Чи є ви податковим резидентом Естонії, вирішує Податково-митний департамент "
                "(EMTA) на підставі форми R. Від податкового резидентства залежить, як оподатковується "
                "ваш дохід.",
                "deadline": "",
            },
        },
    },
    {
        "key": "recognise-qualifications",
        "stage": "work-and-tax",
        "order": 3,
        "actor": "person",
        "institution": _HARNO,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S17"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Lase välismaal omandatud haridust hinnata",
                "what": "Kui sul on välismaal omandatud diplom või kutse, saad selle hindamiseks pöörduda "
                "Eesti ENIC/NARIC keskusesse. Hinnang aitab tööandjal või õppeasutusel mõista, millisele "
                "Eesti kvalifikatsioonile su haridus vastab.",
                "deadline": "",
            },
            "en": {
                "title": "Have your foreign qualifications assessed",
                "what": "If you have a diploma or professional qualification from abroad, the Estonian "
                "ENIC/NARIC Centre can assess it. The assessment helps employers and schools understand "
                "which Estonian qualification your education matches.",
                "deadline": "",
            },
            "ru": {
                "title": "Получите оценку иностранного образования",
                "what": "Если у вас есть диплом или профессиональная квалификация, полученные за границей, "
                "их может оценить эстонский центр ENIC/NARIC. Оценка помогает работодателю или учебному "
                "заведению понять, какой эстонской квалификации соответствует ваше образование.",
                "deadline": "",
            },
            "uk": {
                "title": "Отримайте оцінку іноземної освіти",
                "what": "Якщо у вас є диплом або професійна кваліфікація, здобуті за кордоном, їх може "
                "оцінити естонський центр ENIC/NARIC. Оцінка допомагає роботодавцю чи навчальному "
                "закладу зрозуміти, якій естонській кваліфікації відповідає ваша освіта.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-returnee-work-changes",
        "stage": "work-and-tax",
        "order": 4,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S37"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Arvesta, et tagasipöörduja töömaailm on muutunud",
                "what": "Tagasipöördujad kogevad, et erialane sõnavara, valdkonnad ja asjaajamise kord on "
                "nende eemaloleku ajal muutunud. Kohanemisspetsialist saab neid juhatada hariduse "
                "hindamise ja keeleõppe juurde.",
                "deadline": "",
            },
            "en": {
                "title": "Remember that the returnee's working world has changed",
                "what": "Returnees find that professional vocabulary, fields of work and procedures have "
                "changed while they were away. The adaptation specialist can point them to qualification "
                "assessment and language learning.",
                "deadline": "",
            },
            "ru": {
                "title": "Учитывайте, что рабочая среда для возвращающегося изменилась",
                "what": "Возвращающиеся замечают, что за время их отсутствия изменились профессиональная "
                "лексика, сферы деятельности и порядок оформления дел. Специалист по адаптации может "
                "направить их на оценку образования и изучение языка.",
                "deadline": "",
            },
            "uk": {
                "title": "Враховуйте, що робоче середовище для тих, хто повертається, змінилося",
                "what": "Ті, хто повертається, помічають, що за час їхньої відсутності змінилися "
                "професійна лексика, галузі та порядок ведення справ. Фахівець з адаптації може "
                "скерувати їх на оцінку освіти та вивчення мови.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 8 health-insurance-and-doctor
    {
        "key": "health-insurance-through-work",
        "stage": "health-insurance-and-doctor",
        "order": 1,
        "actor": "person",
        "institution": _TERVISEKASSA,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S14"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Ravikindlustus tekib töötamisega",
                "what": "Kui töötad Eestis, hakkab su ravikindlustus kehtima 15. päevast pärast töötamise "
                "algust. Ravikindlustust korraldab Tervisekassa.",
                "deadline": "",
            },
            "en": {
                "title": "Health insurance comes with work",
                "what": "If you work in Estonia, your health insurance starts on the 15th day after you "
                "start work. Health insurance is run by the Health Insurance Fund (Tervisekassa).",
                "deadline": "",
            },
            "ru": {
                "title": "Медицинская страховка появляется с работой",
                "what": "Если вы работаете в Эстонии, медицинская страховка начинает действовать с 15-го "
                "дня после начала работы. Медицинским страхованием занимается Больничная касса "
                "(Tervisekassa).",
                "deadline": "",
            },
            "uk": {
                "title": "Медичне страхування з'являється з роботою",
                "what": "Якщо ви працюєте в Естонії, медичне страхування починає діяти з 15-го дня після "
                "початку роботи. Медичним страхуванням опікується Лікарняна каса (Tervisekassa).",
                "deadline": "",
            },
        },
    },
    {
        "key": "register-as-unemployed",
        "stage": "health-insurance-and-doctor",
        "order": 2,
        "actor": "person",
        "institution": _TOOTUKASSA,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S16"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Registreeri end töötuks, kui tööd pole",
                "what": "Kui sul pole tööd, võid end Eesti Töötukassas töötuna arvele võtta. Registreeritud "
                "töötu on ravikindlustatud.",
                "deadline": "",
            },
            "en": {
                "title": "Register as unemployed if you have no job",
                "what": "If you have no work, you can register as unemployed with the Unemployment "
                "Insurance Fund (Töötukassa). Registered unemployed people have health insurance.",
                "deadline": "",
            },
            "ru": {
                "title": "Зарегистрируйтесь безработным, если нет работы",
                "what": "Если у вас нет работы, вы можете зарегистрироваться безработным в Кассе по "
                "безработице (Töötukassa). Зарегистрированные безработные имеют медицинскую страховку.",
                "deadline": "",
            },
            "uk": {
                "title": "Зареєструйтеся як безробітний, якщо не маєте роботи",
                "what": "Якщо у вас немає роботи, ви можете зареєструватися як безробітний у Касі зі "
                "страхування від безробіття (Töötukassa). Зареєстровані безробітні мають медичне "
                "страхування.",
                "deadline": "",
            },
        },
    },
    {
        "key": "family-doctor",
        "stage": "health-insurance-and-doctor",
        "order": 3,
        "actor": "person",
        "institution": _TERVISEAMET,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S18"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Registreeru perearsti nimistusse",
                "what": "Vali endale perearst ja esita talle avaldus tema nimistusse registreerimiseks. Kui "
                "nimistu on täis, saad vastuse 7 päeva jooksul. Kui sa ise perearsti ei vali, määrab "
                "Terviseamet sulle perearsti elukoha järgi.",
                "deadline": "",
            },
            "en": {
                "title": "Register with a family doctor",
                "what": "Choose a family doctor and send them an application to join their list. If the "
                "list is full, you will get an answer within 7 days. If you do not choose a doctor "
                "yourself, the Health Board (Terviseamet) assigns one based on your address.",
                "deadline": "",
            },
            "ru": {
                "title": "Запишитесь к семейному врачу",
                "what": "Выберите семейного врача и подайте ему заявление о внесении в его список. Если "
                "список заполнен, вы получите ответ в течение 7 дней. Если вы не выберете врача сами, "
                "Департамент здоровья (Terviseamet) назначит вам семейного врача по месту жительства.",
                "deadline": "",
            },
            "uk": {
                "title": "Зареєструйтеся у сімейного лікаря",
                "what": "Оберіть сімейного лікаря й подайте йому заяву про включення до його списку. Якщо "
                "список заповнений, ви отримаєте відповідь протягом 7 днів. Якщо ви не оберете лікаря "
                "самі, Департамент охорони здоров'я (Terviseamet) призначить вам сімейного лікаря за "
                "місцем проживання.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-doctors-who-speak-languages",
        "stage": "health-insurance-and-doctor",
        "order": 4,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": False,
        "source": _S["S7"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Aita leida perearst, kellega on ühine keel",
                "what": "Inglise keelt rääkivaid arste on vähe ja see on uutele elanikele sage mure. Kogu "
                "teavet selle kohta, millised piirkonna perearstikeskused saavad suhelda inglise või mõnes muus "
                "keeles, ja jaga seda teavet.",
                "deadline": "",
            },
            "en": {
                "title": "Help find a family doctor who shares a language",
                "what": "There are few English-speaking doctors, and this is a common worry for newcomers. "
                "Find out which family doctor practices in your area can communicate in English or "
                "another language, and share this information.",
                "deadline": "",
            },
            "ru": {
                "title": "Помогите найти семейного врача, с которым есть общий язык",
                "what": "Врачей, говорящих по-английски, мало, и это частая забота новых жителей. "
                "Выясните, какие центры семейных врачей в вашем районе могут общаться на английском или "
                "другом языке, и делитесь этой информацией.",
                "deadline": "",
            },
            "uk": {
                "title": "Допоможіть знайти сімейного лікаря, з яким є спільна мова",
                "what": "Лікарів, які говорять англійською, мало, і це часта турбота нових мешканців. "
                "З'ясуйте, які центри сімейних лікарів у вашій місцевості можуть спілкуватися "
                "англійською чи іншою мовою, і діліться цією інформацією.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 9 children-kindergarten-school
    {
        "key": "kindergarten-place",
        "stage": "children-kindergarten-school",
        "order": 1,
        "actor": "person",
        "institution": _KOV,
        "deadline": None,
        "situations": _ALL,
        "children_only": True,
        "source": _S["S10"],
        "source_municipality": "saaremaa-vald",
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Taotle lapsele lasteaiakoht",
                "what": "Lasteaiakoht on seotud lapse registreeritud elukohaga, seega registreeri kõigepealt "
                "elukoht. Seejärel esita oma KOV-ile lasteaiakoha taotlus – mida varem, seda parem.",
                "deadline": "",
            },
            "en": {
                "title": "Apply for a kindergarten place",
                "what": "A kindergarten place depends on the child's registered residence, so register "
                "your residence first. Then submit a kindergarten application to your municipality – the "
                "sooner, the better.",
                "deadline": "",
            },
            "ru": {
                "title": "Подайте заявление на место в детском саду",
                "what": "Место в детском саду зависит от зарегистрированного места жительства ребёнка, "
                "поэтому сначала зарегистрируйте место жительства. Затем подайте в своё самоуправление "
                "заявление на место в детском саду – чем раньше, тем лучше.",
                "deadline": "",
            },
            "uk": {
                "title": "Подайте заяву на місце в дитячому садку",
                "what": "Місце в дитячому садку залежить від зареєстрованого місця проживання дитини, "
                "тому спершу зареєструйте місце проживання. Потім подайте до свого самоврядування заяву "
                "на місце в дитячому садку – що раніше, то краще.",
                "deadline": "",
            },
        },
    },
    {
        "key": "school-place",
        "stage": "children-kindergarten-school",
        "order": 2,
        "actor": "person",
        "institution": _KOV,
        "deadline": None,
        "situations": _ALL,
        "children_only": True,
        "source": _S["S9"],
        "source_municipality": "tartu-linn",
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Leia lapsele koolikoht",
                "what": "Koolikoha määramisel arvestab KOV lapse registreeritud elukohta. Võta pärast "
                "elukoha registreerimist ühendust oma KOV-iga, et laps saaks kooli.",
                "deadline": "",
            },
            "en": {
                "title": "Find a school place",
                "what": "The municipality assigns school places based on the child's registered "
                "residence. After registering your residence, contact your municipality to get your "
                "child into school.",
                "deadline": "",
            },
            "ru": {
                "title": "Найдите место в школе",
                "what": "При распределении мест в школах самоуправление учитывает зарегистрированное место "
                "жительства ребёнка. После регистрации места жительства свяжитесь со своим "
                "самоуправлением, чтобы ребёнок пошёл в школу.",
                "deadline": "",
            },
            "uk": {
                "title": "Знайдіть місце в школі",
                "what": "Розподіляючи місця в школах, самоврядування враховує зареєстроване місце "
                "проживання дитини. Після реєстрації місця проживання зверніться до свого "
                "самоврядування, щоб дитина пішла до школи.",
                "deadline": "",
            },
        },
    },
    {
        "key": "returnee-kindergarten-queue-early",
        "stage": "children-kindergarten-school",
        "order": 3,
        "actor": "person",
        "institution": _KOV,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": True,
        "source": _S["S35"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Pane laps aegsasti lasteaiajärjekorda",
                "what": "Tagasipöördujate kogemus näitab, et last tuleb lasteaiajärjekorda panna varakult. Uuri "
                "oma tulevasest KOV-ist juba enne kolimist, kuidas ja millal last järjekorda panna.",
                "deadline": "",
            },
            "en": {
                "title": "Put your child in the kindergarten queue early",
                "what": "Returnees' experience shows that you need to join the kindergarten queue early. "
                "Ask your future municipality before you move how and when to put your child in the "
                "queue.",
                "deadline": "",
            },
            "ru": {
                "title": "Заранее поставьте ребёнка в очередь в детский сад",
                "what": "Опыт возвращающихся показывает, что в очередь в детский сад нужно вставать "
                "заранее. Ещё до переезда узнайте в будущем самоуправлении, как и когда поставить "
                "ребёнка в очередь.",
                "deadline": "",
            },
            "uk": {
                "title": "Завчасно поставте дитину в чергу до дитячого садка",
                "what": "Досвід тих, хто повертається, показує, що в чергу до дитячого садка треба ставати "
                "завчасно. Ще до переїзду дізнайтеся у майбутньому самоврядуванні, як і коли поставити "
                "дитину в чергу.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-plan-places-for-new-families",
        "stage": "children-kindergarten-school",
        "order": 4,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _ALL,
        "children_only": True,
        "source": _S["S19"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Planeeri lasteaia- ja koolikohti ka uutele peredele",
                "what": "Mõnes KOV-is napib lasteaia- või koolikohti. Arvesta kohtade planeerimisel ka "
                "sisserändajate ja tagasipöördujate peredega ning ütle peredele selgelt, kui kaua võib "
                "kohta oodata.",
                "deadline": "",
            },
            "en": {
                "title": "Plan kindergarten and school places for new families too",
                "what": "Some municipalities are short of kindergarten or school places. When planning "
                "places, count immigrant and returnee families too, and tell families clearly how long "
                "they may have to wait for a place.",
                "deadline": "",
            },
            "ru": {
                "title": "Планируйте места в садах и школах и для новых семей",
                "what": "В некоторых самоуправлениях не хватает мест в детских садах или школах. Планируя "
                "места, учитывайте и семьи иммигрантов и возвращающихся, а также чётко сообщайте семьям, "
                "сколько может занять ожидание места.",
                "deadline": "",
            },
            "uk": {
                "title": "Плануйте місця в садках і школах і для нових сімей",
                "what": "У деяких самоврядуваннях бракує місць у дитячих садках або школах. Плануючи "
                "місця, враховуйте також сім'ї іммігрантів і тих, хто повертається, і чітко "
                "повідомляйте сім'ям, скільки може тривати очікування місця.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-support-returnee-children-at-school",
        "stage": "children-kindergarten-school",
        "order": 5,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": True,
        "source": _S["S36"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Toeta nõrga eesti keelega tagasipöördujate lapsi",
                "what": "Tagasipöördujate lastel, kelle eesti keel on nõrk, on koolis sageli raske ja "
                "koolid ei ole nende vastuvõtuks alati valmis. Lepi koos kooliga varakult kokku, kuidas "
                "last keeleõppes ja kohanemisel toetatakse.",
                "deadline": "",
            },
            "en": {
                "title": "Support returnee children with weak Estonian",
                "what": "Returnee children whose Estonian is weak often struggle at school, and schools "
                "are often not ready for them. Agree early with the school on how the child will be "
                "supported with the language and with settling in.",
                "deadline": "",
            },
            "ru": {
                "title": "Поддержите детей возвращающихся со слабым эстонским",
                "what": "Детям возвращающихся, которые слабо владеют эстонским, в школе часто трудно, а "
                "школы нередко не готовы их принять. Заранее договоритесь со школой, как ребёнка будут "
                "поддерживать в изучении языка и адаптации.",
                "deadline": "",
            },
            "uk": {
                "title": "Підтримайте дітей тих, хто повертається, зі слабкою естонською",
                "what": "Дітям, які повертаються і слабко володіють естонською, у школі часто важко, а "
                "школи нерідко не готові їх прийняти. Завчасно домовтеся зі школою, як дитину "
                "підтримуватимуть у вивченні мови та адаптації.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 10 benefits
    {
        "key": "state-family-allowances",
        "stage": "benefits",
        "order": 1,
        "actor": "person",
        "institution": _SKA,
        "deadline": None,
        "situations": ["third-country", "temporary-protection"],
        "children_only": True,
        "source": _S["S20"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Taotle riiklikke peretoetusi",
                "what": "Elamisloaga Eestis elavatel peredel võib olla õigus riiklikele peretoetustele. "
                "Toetusi maksab Sotsiaalkindlustusamet – uuri sealt, milliseid toetusi saad taotleda.",
                "deadline": "",
            },
            "en": {
                "title": "Apply for state family allowances",
                "what": "Families living in Estonia with a residence permit may be entitled to state "
                "family allowances. They are paid by the Social Insurance Board (SKA); ask there which "
                "allowances you can apply for.",
                "deadline": "",
            },
            "ru": {
                "title": "Подайте заявление на государственные пособия семьям",
                "what": "Семьи, живущие в Эстонии с видом на жительство, могут иметь право на "
                "государственные пособия семьям. Их выплачивает Департамент социального страхования "
                "(SKA) – узнайте там, на какие пособия вы можете претендовать.",
                "deadline": "",
            },
            "uk": {
                "title": "Подайте заяву на державну допомогу сім'ям",
                "what": "Сім'ї, які живуть в Естонії з посвідкою на проживання, можуть мати право на "
                "державну допомогу сім'ям. Її виплачує Департамент соціального страхування (SKA) – "
                "дізнайтеся там, на яку допомогу ви можете претендувати.",
                "deadline": "",
            },
        },
    },
    {
        "key": "needs-based-family-benefit",
        "stage": "benefits",
        "order": 2,
        "actor": "person",
        "institution": _KOV,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": True,
        "source": _S["S21"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Küsi KOV-ist vajaduspõhist peretoetust",
                "what": "Kui pere sissetulek on väike, võib teil olla õigus vajaduspõhisele peretoetusele. "
                "Seda taotletakse oma KOV-ist.",
                "deadline": "",
            },
            "en": {
                "title": "Ask your municipality about the needs-based family benefit",
                "what": "If your family's income is low, you may be entitled to the needs-based family "
                "benefit. You apply for it at your municipality.",
                "deadline": "",
            },
            "ru": {
                "title": "Узнайте в самоуправлении о пособии семьям по нуждаемости",
                "what": "Если доход семьи невелик, вы можете иметь право на пособие семьям на основе "
                "нуждаемости (vajaduspõhine peretoetus). Заявление на него подают в своё самоуправление.",
                "deadline": "",
            },
            "uk": {
                "title": "Дізнайтеся в самоврядуванні про допомогу сім'ям за потребою",
                "what": "Якщо дохід сім'ї невеликий, ви можете мати право на допомогу сім'ям на основі "
                "потреби (vajaduspõhine peretoetus). Заяву на неї подають до свого самоврядування.",
                "deadline": "",
            },
        },
    },
    {
        "key": "local-perks-by-registration",
        "stage": "benefits",
        "order": 3,
        "actor": "person",
        "institution": _KOV,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": False,
        "source": _S["S22"],
        "source_municipality": "tallinn",
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Uuri kohalikke soodustusi",
                "what": "Osa KOV-i soodustusi eeldab, et su elukoht on selles KOV-is registreeritud. "
                "Näiteks sõidavad Tallinna registreeritud elanikud linna ühistranspordis tasuta.",
                "deadline": "",
            },
            "en": {
                "title": "Find out about local perks",
                "what": "Some municipal perks require your residence to be registered in that "
                "municipality. For example, registered residents of Tallinn travel free on the city's "
                "public transport.",
                "deadline": "",
            },
            "ru": {
                "title": "Узнайте о местных льготах",
                "what": "Некоторые льготы самоуправления доступны только тем, чьё место жительства "
                "зарегистрировано в этом самоуправлении. Например, зарегистрированные жители Таллина "
                "ездят в городском общественном транспорте бесплатно.",
                "deadline": "",
            },
            "uk": {
                "title": "Дізнайтеся про місцеві пільги",
                "what": "Деякі пільги самоврядування доступні лише тим, чиє місце проживання зареєстроване "
                "в цьому самоврядуванні. Наприклад, зареєстровані мешканці Таллінна їздять міським "
                "громадським транспортом безкоштовно.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-explain-family-benefits",
        "stage": "benefits",
        "order": 4,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": True,
        "source": _S["S21"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "KOV menetleb vajaduspõhist peretoetust",
                "what": "Vajaduspõhist peretoetust taotletakse KOV-ist, riiklikke peretoetusi maksab aga "
                "Sotsiaalkindlustusamet. Selgita uuele perele, millised toetused tulevad KOV-ilt ja "
                "millised riigilt, et nad teaksid, kuhu pöörduda.",
                "deadline": "",
            },
            "en": {
                "title": "The municipality handles the needs-based family benefit",
                "what": "The needs-based family benefit is applied for at the municipality, while state "
                "family allowances are paid by the Social Insurance Board. Explain to new families which "
                "benefits come from the municipality and which from the state, so that they know where "
                "to turn.",
                "deadline": "",
            },
            "ru": {
                "title": "Самоуправление рассматривает пособие семьям по нуждаемости",
                "what": "Пособие семьям на основе нуждаемости запрашивают в самоуправлении, а "
                "государственные пособия семьям выплачивает Департамент социального страхования. "
                "Объясните новым семьям, какие пособия предоставляет самоуправление, а какие – "
                "государство, чтобы они знали, куда обращаться.",
                "deadline": "",
            },
            "uk": {
                "title": "Самоврядування розглядає допомогу сім'ям за потребою",
                "what": "Допомогу сім'ям на основі потреби просять у самоврядуванні, а державну допомогу "
                "сім'ям виплачує Департамент соціального страхування. Поясніть новим сім'ям, яку "
                "допомогу надає самоврядування, а яку – держава, щоб вони знали, куди звертатися.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 11 adaptation-and-language
    {
        "key": "settle-in-estonia",
        "stage": "adaptation-and-language",
        "order": 1,
        "actor": "person",
        "institution": _INSA,
        # A window of 5 years from the first permit has no anchor in the data model; the words carry it.
        "deadline": None,
        "situations": ["eu", "third-country"],
        "children_only": False,
        "source": _S["S23"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Osale kohanemisprogrammis Settle in Estonia",
                "what": "Riigi kohanemisprogramm tutvustab Eesti elu, ühiskonda ja asjaajamist. Lisaks "
                "põhimoodulile on teemamoodulid töö ja ettevõtluse, õppimise, teadustöö, pere ning laste "
                "ja noorte kohta. Ühepäevased moodulid toimuvad inglise ja vene keeles, peamiselt "
                "Tallinnas, Tartus ja Narvas.",
                "deadline": "5 aasta jooksul pärast esimese elamisloa või elamisõiguse saamist",
            },
            "en": {
                "title": "Join the Settle in Estonia adaptation programme",
                "what": "The state adaptation programme introduces life, society and everyday procedures "
                "in Estonia. Besides the basic module there are themed modules on work and "
                "entrepreneurship, study, research, family, and children and youth. The one-day modules "
                "are held in English and Russian, mainly in Tallinn, Tartu and Narva.",
                "deadline": "within 5 years of getting your first residence permit or right of residence",
            },
            "ru": {
                "title": "Пройдите программу адаптации Settle in Estonia",
                "what": "Государственная программа адаптации знакомит с жизнью, обществом и порядком "
                "ведения дел в Эстонии. Кроме базового модуля, есть тематические модули о работе и "
                "предпринимательстве, учёбе, научной работе, семье, детях и молодёжи. Однодневные модули "
                "проходят на английском и русском языках, в основном в Таллине, Тарту и Нарве.",
                "deadline": "в течение 5 лет после получения первого вида на жительство или права на проживание",
            },
            "uk": {
                "title": "Пройдіть програму адаптації Settle in Estonia",
                "what": "Державна програма адаптації знайомить із життям, суспільством і порядком ведення "
                "справ в Естонії. Окрім базового модуля, є тематичні модулі про роботу й "
                "підприємництво, навчання, наукову роботу, сім'ю, дітей і молодь. Одноденні модулі "
                "проходять англійською та російською мовами, переважно в Таллінні, Тарту та Нарві.",
                "deadline": "протягом 5 років після отримання першої посвідки на проживання або права на проживання",
            },
        },
    },
    {
        "key": "settle-in-estonia-mandatory-under-protection",
        "stage": "adaptation-and-language",
        "order": 2,
        "actor": "person",
        "institution": _INSA,
        "deadline": None,
        "situations": ["temporary-protection"],
        "children_only": False,
        "source": _S["S25"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Läbi kohustuslik kohanemisprogramm",
                "what": "Ajutise või rahvusvahelise kaitse saajad peavad läbima kohanemisprogrammi Settle "
                "in Estonia. Lisaks põhimoodulile on olemas rahvusvahelise kaitse teemamoodul. Pane end "
                "kirja aegsasti.",
                "deadline": "",
            },
            "en": {
                "title": "Complete the mandatory adaptation programme",
                "what": "People under temporary or international protection must complete the Settle in "
                "Estonia adaptation programme. Besides the basic module there is a themed module on "
                "international protection. Sign up in good time.",
                "deadline": "",
            },
            "ru": {
                "title": "Пройдите обязательную программу адаптации",
                "what": "Люди, получившие временную или международную защиту, обязаны пройти программу "
                "адаптации Settle in Estonia. Кроме базового модуля, есть тематический модуль о "
                "международной защите. Запишитесь заранее.",
                "deadline": "",
            },
            "uk": {
                "title": "Пройдіть обов'язкову програму адаптації",
                "what": "Особи, які отримали тимчасовий або міжнародний захист, зобов'язані пройти "
                "програму адаптації Settle in Estonia. Окрім базового модуля, є тематичний модуль про "
                "міжнародний захист. Запишіться завчасно.",
                "deadline": "",
            },
        },
    },
    {
        "key": "learn-estonian",
        "stage": "adaptation-and-language",
        "order": 3,
        "actor": "person",
        "institution": _INSA,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": False,
        "source": _S["S26"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Õpi eesti keelt",
                "what": "Kohanemisprogrammi raames saab õppida eesti keelt tasemetel A1 kuni B1. Eesti "
                "keele oskus teeb lihtsamaks suhtlemise ametiasutustes, koolis ja tööl.",
                "deadline": "",
            },
            "en": {
                "title": "Learn Estonian",
                "what": "Within the adaptation programme you can learn Estonian from level A1 to B1. "
                "Knowing Estonian makes it easier to deal with offices, school and work.",
                "deadline": "",
            },
            "ru": {
                "title": "Учите эстонский язык",
                "what": "В рамках программы адаптации можно изучать эстонский язык на уровнях от A1 до B1. "
                "Знание эстонского облегчает общение в учреждениях, школе и на работе.",
                "deadline": "",
            },
            "uk": {
                "title": "Вивчайте естонську мову",
                "what": "У межах програми адаптації можна вивчати естонську мову на рівнях від A1 до B1. "
                "Знання естонської полегшує спілкування в установах, школі та на роботі.",
                "deadline": "",
            },
        },
    },
    {
        "key": "language-course-places-limited",
        "stage": "adaptation-and-language",
        "order": 4,
        "actor": "person",
        "institution": _INSA,
        "deadline": None,
        "situations": ["temporary-protection"],
        "children_only": False,
        "source": _S["S27"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Registreeru keelekursusele niipea kui võimalik",
                "what": "Keelekursustel on kohti piiratud arv: 2024. aastal oli ajutise kaitse saajatele "
                "umbes 1000 A1-taseme kohta. Jälgi Integratsiooni Sihtasutuse teateid ja registreeru "
                "kohe, kui registreerimine avaneb.",
                "deadline": "",
            },
            "en": {
                "title": "Sign up for a language course as soon as you can",
                "what": "Places on language courses are limited: in 2024 there were about 1,000 A1-level "
                "places for people under temporary protection. Follow the Integration Foundation's "
                "announcements and sign up as soon as registration opens.",
                "deadline": "",
            },
            "ru": {
                "title": "Записывайтесь на языковой курс как можно раньше",
                "what": "Число мест на языковых курсах ограничено: в 2024 году для получивших временную "
                "защиту было около 1000 мест уровня A1. Следите за объявлениями Фонда интеграции и "
                "записывайтесь сразу, как только откроется регистрация.",
                "deadline": "",
            },
            "uk": {
                "title": "Записуйтеся на мовний курс якомога раніше",
                "what": "Кількість місць на мовних курсах обмежена: у 2024 році для осіб із тимчасовим "
                "захистом було близько 1000 місць рівня A1. Стежте за оголошеннями Фонду інтеграції та "
                "записуйтеся, щойно відкриється реєстрація.",
                "deadline": "",
            },
        },
    },
    {
        "key": "returnee-estonian-course",
        "stage": "adaptation-and-language",
        "order": 5,
        "actor": "person",
        "institution": _INSA,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S38"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Värskenda oma eesti keelt",
                "what": "Tagasipöördujatele on tasuta eesti keele kursused tasemetel A1 kuni B1.2. Eesti "
                "keele majad asuvad Narvas, Tallinnas, Kiviõlis ja Paldiskis.",
                "deadline": "",
            },
            "en": {
                "title": "Brush up your Estonian",
                "what": "Returnees can take free Estonian courses from level A1 to B1.2. There are "
                "Estonian Language Houses in Narva, Tallinn, Kiviõli and Paldiski.",
                "deadline": "",
            },
            "ru": {
                "title": "Освежите свой эстонский",
                "what": "Для возвращающихся есть бесплатные курсы эстонского языка на уровнях от A1 до "
                "B1.2. Дома эстонского языка находятся в Нарве, Таллине, Кивиыли и Палдиски.",
                "deadline": "",
            },
            "uk": {
                "title": "Освіжіть свою естонську",
                "what": "Для тих, хто повертається, є безкоштовні курси естонської мови на рівнях від A1 "
                "до B1.2. Будинки естонської мови є в Нарві, Таллінні, Ківіилі та Палдіскі.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-adaptation-counselling",
        "stage": "adaptation-and-language",
        "order": 6,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S48"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "KOV-i kohanemisspetsialist nõustab",
                "what": "KOV-i kohanemisspetsialist vastab uue elaniku küsimustele ja juhatab ta sobivate "
                "teenuste, kursuste ja programmide juurde. Näiteks Tallinna Rändekeskus Kalamajas "
                "teenindab kõiki uusi elanikke.",
                "deadline": "",
            },
            "en": {
                "title": "The municipal adaptation specialist gives advice",
                "what": "The municipality's adaptation specialist answers newcomers' questions and points "
                "them to suitable services, courses and programmes. For example, the Tallinn Migration "
                "Centre in Kalamaja serves all newcomers.",
                "deadline": "",
            },
            "ru": {
                "title": "Специалист по адаптации в самоуправлении консультирует",
                "what": "Специалист по адаптации в самоуправлении отвечает на вопросы новых жителей и "
                "направляет их к подходящим услугам, курсам и программам. Например, Таллинский "
                "миграционный центр в Каламая обслуживает всех новых жителей.",
                "deadline": "",
            },
            "uk": {
                "title": "Фахівець з адаптації в самоврядуванні консультує",
                "what": "Фахівець з адаптації в самоврядуванні відповідає на запитання нових мешканців і "
                "скеровує їх до відповідних послуг, курсів і програм. Наприклад, Талліннський "
                "міграційний центр у Каламая обслуговує всіх нових мешканців.",
                "deadline": "",
            },
        },
    },
    {
        "key": "adaptation-road-map",
        "stage": "adaptation-and-language",
        "order": 7,
        "actor": "person",
        "institution": _INSA,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S31"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Kasuta kohanemise teekaarti",
                "what": "Integratsiooni Sihtasutuse kohanemise teekaart koondab 17 peatükis olulise teabe "
                "Eestisse elama asujale. Teekaart on olemas eesti, inglise ja vene keeles.",
                "deadline": "",
            },
            "en": {
                "title": "Use the adaptation road map",
                "what": "The Integration Foundation's adaptation road map gathers key information for "
                "people settling in Estonia in 17 chapters. It is available in Estonian, English and "
                "Russian.",
                "deadline": "",
            },
            "ru": {
                "title": "Воспользуйтесь дорожной картой адаптации",
                "what": "Дорожная карта адаптации Фонда интеграции собрала в 17 главах главную информацию "
                "для тех, кто переезжает в Эстонию. Она доступна на эстонском, английском и русском "
                "языках.",
                "deadline": "",
            },
            "uk": {
                "title": "Скористайтеся дорожньою картою адаптації",
                "what": "Дорожня карта адаптації Фонду інтеграції зібрала в 17 розділах головну інформацію "
                "для тих, хто переїжджає до Естонії. Вона доступна естонською, англійською та "
                "російською мовами.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 12 renewal-and-long-term-status
    {
        "key": "extend-temporary-protection",
        "stage": "renewal-and-long-term-status",
        "order": 1,
        "actor": "person",
        "institution": _PPA,
        "deadline": {"amount": None, "unit": None, "from": "expiry"},
        "situations": ["temporary-protection"],
        "children_only": False,
        "source": _S["S29"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Pikenda ajutist kaitset õigel ajal",
                "what": "Ajutise kaitse pikendamiseks esita taotlus Politsei- ja Piirivalveametile. Märgi "
                "kehtivuse lõpp kalendrisse, et taotlus ei jääks hiljaks.",
                "deadline": "kõige varem 3 ja kõige hiljem 2 kuud enne kehtivuse lõppu",
            },
            "en": {
                "title": "Extend your temporary protection in time",
                "what": "To extend your temporary protection, apply to the Police and Border Guard Board. "
                "Put the expiry date in your calendar so that you do not apply too late.",
                "deadline": "no earlier than 3 months and no later than 2 months before it expires",
            },
            "ru": {
                "title": "Продлите временную защиту вовремя",
                "what": "Чтобы продлить временную защиту, подайте ходатайство в Департамент полиции и "
                "погранохраны (PPA). Отметьте дату окончания срока в календаре, чтобы не опоздать с "
                "ходатайством.",
                "deadline": "не ранее чем за 3 месяца и не позднее чем за 2 месяца до окончания срока действия",
            },
            "uk": {
                "title": "Вчасно продовжте тимчасовий захист",
                "what": "Щоб продовжити тимчасовий захист, подайте заяву до Департаменту поліції та "
                "прикордонної охорони (PPA). Позначте дату закінчення строку в календарі, щоб не "
                "запізнитися із заявою.",
                "deadline": "не раніше ніж за 3 місяці й не пізніше ніж за 2 місяці до закінчення строку дії",
            },
        },
    },
    {
        "key": "residence-permit-validity",
        "stage": "renewal-and-long-term-status",
        "order": 2,
        "actor": "person",
        "institution": _PPA,
        "deadline": None,
        "situations": ["third-country"],
        "children_only": False,
        "source": _S["S8"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Jälgi oma elamisloa kehtivust",
                "what": "Tähtajaline elamisluba kehtib piiratud aja. Uuri aegsasti enne selle lõppu "
                "Politsei- ja Piirivalveametist, kuidas elamisluba pikendada; PPA "
                "migratsiooninõustajad aitavad eesti, inglise ja vene keeles.",
                "deadline": "",
            },
            "en": {
                "title": "Keep an eye on your residence permit's validity",
                "what": "A temporary residence permit is valid for a limited time. Well before it "
                "expires, ask the Police and Border Guard Board how to extend it; PPA migration advisers "
                "help in Estonian, English and Russian.",
                "deadline": "",
            },
            "ru": {
                "title": "Следите за сроком действия вида на жительство",
                "what": "Временный вид на жительство действует ограниченный срок. Заблаговременно до его "
                "окончания узнайте в Департаменте полиции и погранохраны (PPA), как его продлить; "
                "миграционные консультанты PPA помогают на эстонском, английском и русском языках.",
                "deadline": "",
            },
            "uk": {
                "title": "Стежте за строком дії посвідки на проживання",
                "what": "Тимчасова посвідка на проживання діє обмежений строк. Завчасно до його закінчення "
                "дізнайтеся в Департаменті поліції та прикордонної охорони (PPA), як її продовжити; "
                "міграційні консультанти PPA допомагають естонською, англійською та російською мовами.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-renewal-reminders",
        "stage": "renewal-and-long-term-status",
        "order": 3,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": ["third-country", "temporary-protection"],
        "children_only": False,
        "source": _S["S30"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Tuleta pikendamise tähtaegu meelde",
                "what": "Teave pikendamise kohta ei jõua kõigini. Jaga KOV-i kanalites ja "
                "kohanemisspetsialisti kaudu meeldetuletusi, millal ja kuidas tuleb elamisluba või "
                "ajutist kaitset pikendada.",
                "deadline": "",
            },
            "en": {
                "title": "Remind people about renewal deadlines",
                "what": "Information about renewal does not reach everyone. Share reminders through the "
                "municipality's channels and the adaptation specialist about when and how to extend a "
                "residence permit or temporary protection.",
                "deadline": "",
            },
            "ru": {
                "title": "Напоминайте о сроках продления",
                "what": "Информация о продлении доходит не до всех. Через каналы самоуправления и "
                "специалиста по адаптации напоминайте, когда и как нужно продлевать вид на жительство "
                "или временную защиту.",
                "deadline": "",
            },
            "uk": {
                "title": "Нагадуйте про строки продовження",
                "what": "Інформація про продовження доходить не до всіх. Через канали самоврядування та "
                "фахівця з адаптації нагадуйте, коли і як потрібно продовжувати посвідку на проживання "
                "або тимчасовий захист.",
                "deadline": "",
            },
        },
    },
    # ---------------------------------------------------------------- 13 belonging
    {
        "key": "returnee-experience-cafe",
        "stage": "belonging",
        "order": 1,
        "actor": "person",
        "institution": _KOV,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S35"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Tule tagasipöördujate kogemuskohvikusse",
                "what": "Mõnigi tagasipöörduja tunneb end „eestlasena, aga mitte päris“. Kogemuskohvikus "
                "saad jagada oma lugu nendega, kes on sama läbi teinud. Küsi oma KOV-ist, kas lähedal "
                "toimub mõni selline kohtumine.",
                "deadline": "",
            },
            "en": {
                "title": "Join a returnees' experience café",
                "what": 'Many a returnee feels "Estonian, but not quite". At an experience café '
                "(kogemuskohvik) you can share your story with people who have been through the same. "
                "Ask your municipality whether such meetings take place nearby.",
                "deadline": "",
            },
            "ru": {
                "title": "Приходите в кафе опыта для возвращающихся",
                "what": "Многие возвращающиеся чувствуют себя «эстонцами, но не совсем». В кафе опыта "
                "(kogemuskohvik) можно поделиться своей историей с теми, кто прошёл через то же самое. "
                "Спросите в своём самоуправлении, проходят ли такие встречи поблизости.",
                "deadline": "",
            },
            "uk": {
                "title": "Приходьте до кафе досвіду для тих, хто повертається",
                "what": "Чимало людей, які повертаються, почуваються «естонцями, але не зовсім». У кафе "
                "досвіду (kogemuskohvik) можна поділитися своєю історією з тими, хто пройшов через те "
                "саме. Запитайте у своєму самоврядуванні, чи відбуваються такі зустрічі поблизу.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-reach-returnees",
        "stage": "belonging",
        "order": 2,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": ["returnee"],
        "children_only": False,
        "source": _S["S35"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Otsi viise, kuidas tagasipöördujateni jõuda",
                "what": "Tagasipöördujaid ei registreerita eraldi, mistõttu toetus ja teave ei jõua alati "
                "nendeni ning osa neist lahkub uuesti. Korralda kohtumisi, näiteks kogemuskohvikuid, ja "
                "jaga teavet seal, kuhu tagasipöördujad niikuinii tulevad, näiteks elukoha "
                "registreerimisel ja lasteaiajärjekorda panemisel.",
                "deadline": "",
            },
            "en": {
                "title": "Find ways to reach returnees",
                "what": "Returnees are not registered as a separate group, so support and information do "
                "not always reach them, and some leave again. Organise meetings such as experience "
                "cafés, and share information where returnees come anyway, for example when they "
                "register their residence or put a child in the kindergarten queue.",
                "deadline": "",
            },
            "ru": {
                "title": "Ищите способы достучаться до возвращающихся",
                "what": "Возвращающихся не регистрируют как отдельную группу, поэтому поддержка и "
                "информация доходят до них не всегда, и некоторые снова уезжают. Организуйте встречи, "
                "например кафе опыта, и делитесь информацией там, куда возвращающиеся и так приходят, – "
                "например при регистрации места жительства или постановке ребёнка в очередь в детский "
                "сад.",
                "deadline": "",
            },
            "uk": {
                "title": "Шукайте способи достукатися до тих, хто повертається",
                "what": "Тих, хто повертається, не реєструють як окрему групу, тому підтримка та "
                "інформація доходять до них не завжди, і дехто знову виїжджає. Організовуйте зустрічі, "
                "наприклад кафе досвіду, і діліться інформацією там, куди ці люди й так приходять, – "
                "наприклад під час реєстрації місця проживання або постановки дитини в чергу до "
                "дитячого садка.",
                "deadline": "",
            },
        },
    },
    {
        "key": "language-of-administration",
        "stage": "belonging",
        "order": 3,
        "actor": "person",
        "institution": _KOV,
        "deadline": None,
        "situations": _IMMIGRANTS,
        "children_only": False,
        "source": _S["S64"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Arvesta, et asjaajamise keel on eesti keel",
                "what": "Riigiasutuste ja KOV-ide asjaajamise keel on eesti keel (põhiseaduse § 52), seega "
                "võid saada vastuse eesti keeles ka siis, kui kirjutasid mõnes muus keeles. Küsi julgelt, "
                "kas sind saab aidata inglise või mõnes muus keeles, ja kasuta vajaduse korral tõlget.",
                "deadline": "",
            },
            "en": {
                "title": "Remember that Estonian is the language of administration",
                "what": "Estonian is the language of administration in state agencies and municipalities "
                "(§ 52 of the Constitution), so you may get an answer in Estonian even if you wrote in "
                "another language. Feel free to ask whether someone can help you in English or another "
                "language, and use a translation if needed.",
                "deadline": "",
            },
            "ru": {
                "title": "Помните, что язык делопроизводства – эстонский",
                "what": "В государственных учреждениях и самоуправлениях языком делопроизводства является "
                "эстонский (§ 52 Конституции), поэтому ответ может прийти на эстонском, даже если вы "
                "писали на другом языке. Смело спрашивайте, могут ли вам помочь на английском или другом "
                "языке, и при необходимости пользуйтесь переводом.",
                "deadline": "",
            },
            "uk": {
                "title": "Пам'ятайте, що мова діловодства – естонська",
                "what": "У державних установах і самоврядуваннях мовою діловодства є естонська (§ 52 "
                "Конституції), тому відповідь може надійти естонською, навіть якщо ви писали іншою "
                "мовою. Не соромтеся запитати, чи можуть вам допомогти англійською або іншою мовою, і за "
                "потреби користуйтеся перекладом.",
                "deadline": "",
            },
        },
    },
    {
        "key": "kov-involve-newcomers-locally",
        "stage": "belonging",
        "order": 4,
        "actor": "municipality",
        "institution": _KOV,
        "deadline": None,
        "situations": _ALL,
        "children_only": False,
        "source": _S["S50"],
        "checked": CHECKED,
        "texts": {
            "et": {
                "title": "Kaasa uusi elanikke kohalikku ellu",
                "what": "Umbes kolmandiku Eesti elanike kodukeel ei ole eesti keel ja KOV-idel on "
                "lõimumises võtmeroll. Kutsu uusi elanikke ja tagasipöördujaid kohalikele üritustele, "
                "huviringidesse ja kogukonna tegemistesse, et nad tunneksid end oodatuna.",
                "deadline": "",
            },
            "en": {
                "title": "Involve newcomers in local life",
                "what": "About a third of Estonia's residents speak a language other than Estonian at "
                "home, and municipalities play a key role in integration. Invite newcomers and returnees "
                "to local events, hobby groups and community activities so that they feel welcome.",
                "deadline": "",
            },
            "ru": {
                "title": "Вовлекайте новых жителей в местную жизнь",
                "what": "Примерно треть жителей Эстонии говорит дома не на эстонском языке, и "
                "самоуправления играют ключевую роль в интеграции. Приглашайте новых жителей и "
                "возвращающихся на местные мероприятия, в кружки и общественные дела, чтобы они "
                "чувствовали, что им рады.",
                "deadline": "",
            },
            "uk": {
                "title": "Залучайте нових мешканців до місцевого життя",
                "what": "Приблизно третина мешканців Естонії вдома розмовляє не естонською, і "
                "самоврядування відіграють ключову роль в інтеграції. Запрошуйте нових мешканців і тих, "
                "хто повертається, на місцеві заходи, до гуртків і громадських справ, щоб вони "
                "відчували, що на них чекають.",
                "deadline": "",
            },
        },
    },
]
