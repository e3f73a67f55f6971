"""Sample bottlenecks (kitsaskohad) and solution proposals (lahendusettepanekud) for the starter journey map.

Pure data, no Django imports: `teekond.journey.seed` reads BOTTLENECKS and PROPOSALS.

Every item is *sample* starter content for the ELVL coordinators to confirm, change or replace. The facts
behind each bottleneck come from the domain brief (shared/domain/brief.md) and carry the address of
their source, so that staff can check them. The links to the 2025 events (origin), the evidence credited
to an event, the proposal histories, letter references, answers and milestones are illustrative examples
of how the tracker is used, not records of real decisions. Items the brief marks as unconfirmed (keeping
the old personal code, permits of a returnee's foreign family members) are left out on purpose.

Estonian is the source language; English is a translation of the same text.
"""

# --- Sources (brief: "Sources" list) -------------------------------------------------------------------
S1 = "https://siseministeerium.ee/en/submission-notice-residence"
S2 = "https://valga.ee/en/vald-uudised-ja-kontakt/rahvastikutoimingud/elukoha-registreerimine"
S3 = "https://www2.politsei.ee/en/teenused/residence-permit/right-of-residence/eu-citizen/"
S4 = "https://politsei.ee/en/teenused/elamisoigused/el-kodaniku-tahtajaline-elamisoigus/"
S5 = "https://emta.ee/en/private-client/e-resident-non-resident/non-residents/apply-registry-code"
S6 = "https://settleinestonia.ee/tunne-kohanemisvaldkonna-tegijaid-tartu-valismaalaste-teenuskeskus/"
S7 = "https://internationalhouse.ee/abiks-kohanemisel/eestisse-saabumine/"
S9 = "https://tartu.ee/en/place-residence"
S10 = "https://saaremaavald.ee/elukoht"
S11 = "https://id.ee/en/article/digital-documents-id-card-digital-id-residence-permit-card-and-e-resident-digi-id/"
S14 = "https://workinestonia.com/relocation-eu-up-to-3/"
S16 = "https://internationalhouse.ee/en/health/health-insurance-in-estonia/"
S17 = "https://archimedes.ee/enic/en/sisulink/tegevu/"
S18 = "https://eesti.ee/en/health-and-care/health-and-medical-care/medical-care/"
S19 = "https://news.err.ee/1608577624"
S20 = "https://sotsiaalkindlustusamet.ee/en/family-benefits-and-allowances/family-benefits-non-eu-arrivals"
S21 = "https://eesti.ee/en/family/state-monetary-assistance-for-families-with-children/family-and-childrens-allowances/"
S22 = "https://tallinn.ee/eng/pilet/The-Right-of-Free-Travel"
S23 = "https://integratsioon.ee/en/frequently-asked-questions-what-settle-estonia-adaptation-programme"
S26 = "https://integratsioon.ee/en/rvk"
S27 = "https://integratsioon.ee/en/node?page=44"
S29 = "https://politsei.ee/en/instructions/information-on-the-war-in-ukraine/extension-of-temporary-protection"
S30 = "https://err.ee/1608843547"
S33 = "https://innervisor.ee/tagasipoeoerdujatele"
S34 = "https://integratsioon.ee/tagasipoordumistoetus"
S35 = "https://online.le.ee/2019/10/09/haapsalus-alustab-kogemuskohvik-eestisse-tagasipoordujatele/"
S36 = "https://arvamus.postimees.ee/4441853"
S37 = "https://viimsiteataja.ee/ajalugu/kogemuskohvikud-tagasipoordujatele/"
S38 = "https://meis.ee/en/let-us-answer-some-questions-about-estonian-language-courses"
S39 = "https://issuu.com/insamisa/docs/insa_2021_eestisse_tagasitulijate_lood"
S40 = "https://dokumendiregistrid.karlerss.com/dokumendid/650543/kiri"
S41 = "https://dokumendiregistrid.karlerss.com/dokumendid/783056/kiri"
S42 = "https://dokumendiregistrid.karlerss.com/dokumendid/4566"
S51 = "https://issuu.com/settleinestonia/docs/k_siraamat_vastuv_tut_tajatele_2021"
S52 = "https://nelli.ee/more-than-50-000-ukraine-refugees-granted-temporary-protection-in-estonia-since-war-began"
S63 = "https://ohtuleht.ee/1000777"
S64 = "https://pohiseadus.riigioigus.ee"

# --- Events of 2025 (type, start date), as in the network seed -----------------------------------------
FEBRUARY_MEETING = ("network-meeting", "2025-02-06")  # Tallinn, 06.–07.02
WORKSHOP = ("workshop", "2025-03-20")  # service-design workshop on adaptation journeys
TRAINING_DAY = ("training-day", "2025-05-13")  # Tallinn, "Rändetaustaga klient kohalikule omavalitsusele"
MAY_MEETING = ("network-meeting", "2025-05-22")  # Haapsalu, 22.–23.05
SEPTEMBER_MEETING = ("network-meeting", "2025-09-25")  # Kohtla-Järve, 25.–26.09
CONFERENCE = ("conference", "2025-10-16")  # Tartu, digital tools and affordable housing
NOVEMBER_MEETING = ("network-meeting", "2025-11-27")  # Rakvere, 27.–28.11

ELVL = "Eesti Linnade ja Valdade Liit"
SPECIALISTS = "Partneromavalitsuste kohanemisspetsialistid"


def _workshop_note(what: str) -> dict:
    return {
        "what": what,
        "where": "Kohanemisteekondade teenusdisaini töötuba KOV esindajatele",
        "source": "Partneromavalitsuste kohanemisspetsialistid, töötuba 20.03.2025 (näidiskirje)",
        "observed": "2025-03-20",
        "municipality": None,
    }


def _meeting_note(what: str, event: tuple[str, str], place: str, date_text: str) -> dict:
    return {
        "what": what,
        "where": f"Võrgustiku kvartaalne kohtumine ({place})",
        "source": f"Võrgustikukohtumise osalejad, {place} {date_text} (näidiskirje)",
        "observed": event[1],
        "municipality": None,
    }


BOTTLENECKS = [
    # ------------------------------------------------------------------ legal basis
    {
        "key": "eu-citizen-several-deadlines",
        "stage": "legal-basis",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": [],
        "origin": None,
        "source": S3,
        "sample": True,
        "texts": {
            "et": {
                "title": "ELi kodaniku tähtajad on eri asutuste juures ja eri pikkusega",
                "description": "ELi kodanik võib Eestis viibida kolm kuud ilma registreerimiseta, kuid selle aja "
                "jooksul peab ta registreerima elukoha. Seejärel tuleb kuu aja jooksul taotleda ID-kaart ning "
                "tähtajaline elamisõigus kehtib viis aastat. Tähtajad on kirjas eri asutuste (PPA, KOV) lehtedel "
                "ja neid on kerge segi ajada; hilinemine lükkab edasi ID-kaardi ja e-teenuste kasutamise.",
            },
            "en": {
                "title": "An EU citizen's deadlines sit with different authorities and differ in length",
                "description": "An EU citizen may stay in Estonia for three months without registering, but must "
                "register a place of residence within that time. An ID card must then be applied for within one "
                "month, and the temporary right of residence is valid for five years. The deadlines are spread "
                "over different authorities' pages (PPA, municipality) and are easy to confuse; missing one delays "
                "the ID card and the use of e-services.",
            },
        },
        "evidence": [
            {
                "what": "PPA juhend: ELi kodanik registreerib elukoha kolme kuu jooksul alates Eestisse saabumisest.",
                "where": "Politsei- ja Piirivalveameti veebileht (ELi kodaniku elamisõigus)",
                "source": S3,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "PPA juhend: ID-kaart tuleb taotleda ühe kuu jooksul pärast elukoha registreerimist; "
                "tähtajaline elamisõigus kehtib viis aastat.",
                "where": "Politsei- ja Piirivalveameti veebileht (tähtajaline elamisõigus)",
                "source": S4,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    # ------------------------------------------------------------------ residence registration
    {
        "key": "registration-no-english",
        "stage": "residence-registration",
        "perspective": "immigrant",
        "status": "being-solved",
        "municipalities": ["tallinn", "tartu-linn"],
        "origin": WORKSHOP,
        "source": S7,
        "sample": True,
        "texts": {
            "et": {
                "title": "Elukoha registreerimisel ei saa alati inglise keeles asju ajada",
                "description": "Kolmandate riikide kodanikest on 30% kirjeldanud probleeme elukoha "
                "registreerimisel, sealhulgas seda, et ametnik ei räägi inglise keelt. Registreeringust sõltub "
                "ligipääs KOVi teenustele, lasteaiakohale ja kohalikele soodustustele, nii et takerdumine siin "
                "lükkab edasi kogu järgneva kohanemise. Enim puudutab see Tallinna ja Tartut, kuhu jõuab kõige "
                "rohkem uusi elanikke.",
            },
            "en": {
                "title": "Residence registration cannot always be done in English",
                "description": "30% of third-country nationals have described problems with registering their "
                "residence, including officials who do not speak English. Access to municipal services, a "
                "kindergarten place and local benefits depends on the registration, so getting stuck here delays "
                "everything that follows. It matters most in Tallinn and Tartu, which receive the most newcomers.",
            },
        },
        "evidence": [
            {
                "what": "International House of Estonia andmetel oli 30% kolmandate riikide kodanikest elukoha "
                "registreerimisel probleeme, muu hulgas ametnikuga, kes ei räägi inglise keelt.",
                "where": "International House of Estonia veebileht („Eestisse saabumine“)",
                "source": S7,
                "observed": None,
                "municipality": None,
            },
            _workshop_note(
                "Töötoas kirjeldati olukordi, kus uustulnuk pidi elukohateate esitamiseks tooma kaasa "
                "tõlgi või tuttava."
            ),
        ],
    },
    {
        "key": "front-office-english-self-taught",
        "stage": "residence-registration",
        "perspective": "kov",
        "status": "being-solved",
        "municipalities": [],
        "origin": TRAINING_DAY,
        "source": S51,
        "sample": True,
        "texts": {
            "et": {
                "title": "Klienditeeninduse töötajad õpivad inglise keelt omal algatusel",
                "description": "Vastuvõtutöötajate käsiraamatu järgi on KOVide eesliini töötajad pidanud inglise "
                "keelt õppima omal initsiatiivil. Kui keeleoskus sõltub üksikute töötajate pühendumusest, on "
                "teenuse kvaliteet juhuslik ja kaob koos töötajaga. KOV vajab süsteemset tuge: koolitust, "
                "fraasikogu ja ühtseid mitmekeelseid vorme.",
            },
            "en": {
                "title": "Front-office staff learn English on their own initiative",
                "description": "According to the handbook for reception staff, municipal front-office staff have "
                "had to learn English on their own initiative. When language skills depend on individual "
                "dedication, the quality of the service is a matter of chance and leaves with the employee. "
                "Municipalities need systematic support: training, a phrase book and common multilingual forms.",
            },
        },
        "evidence": [
            {
                "what": "Vastuvõtutöötajate käsiraamatus on kirjas, et klienditeeninduse töötajad on õppinud inglise "
                "keelt omal algatusel.",
                "where": "Settle in Estonia: käsiraamat vastuvõtutöötajatele (2021)",
                "source": S51,
                "observed": "2021-01-01",
                "municipality": None,
            },
        ],
    },
    {
        "key": "unregistered-residents-income-tax",
        "stage": "residence-registration",
        "perspective": "kov",
        "status": "open",
        "municipalities": ["tartu-linn", "saaremaa-vald"],
        "origin": FEBRUARY_MEETING,
        "source": S9,
        "sample": True,
        "texts": {
            "et": {
                "title": "Registreerimata elaniku tulumaks laekub teisele omavalitsusele",
                "description": "Registreeritud elukoht määrab, millisele omavalitsusele laekub inimese tulumaks ja "
                "milliste KOVi teenuste kasutamise õigus tal on. Kui uus elanik jätab elukoha registreerimata, "
                "kasutab ta tegeliku elukoha taristut, kuid tulumaks selle KOVi eelarvesse ei jõua. KOV ei näe "
                "teda ka lasteaia- ja koolikohtade ning teiste teenuste planeerimisel.",
            },
            "en": {
                "title": "An unregistered resident's income tax goes to another municipality",
                "description": "The registered place of residence decides which municipality receives a person's "
                "income tax and which municipal services they are entitled to. When a new resident does not "
                "register, they use the infrastructure of the place where they actually live, but the income tax "
                "does not reach that municipality's budget. Nor can the municipality see them when planning "
                "kindergarten and school places or other services.",
            },
        },
        "evidence": [
            {
                "what": "Tartu linn selgitab, et registreeritud elukohast sõltub, millisele KOVile laekub tulumaks ja "
                "millistele linna teenustele inimene ligi pääseb.",
                "where": "Tartu linna veebileht (elukoha registreerimine)",
                "source": S9,
                "observed": None,
                "municipality": "tartu-linn",
            },
            {
                "what": "Saaremaa vald seob samuti valla teenused ja tulumaksu laekumise registreeritud elukohaga.",
                "where": "Saaremaa valla veebileht (elukoht)",
                "source": S10,
                "observed": None,
                "municipality": "saaremaa-vald",
            },
        ],
    },
    {
        "key": "landlord-consent-needed",
        "stage": "residence-registration",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": [],
        "origin": FEBRUARY_MEETING,
        "source": S2,
        "sample": True,
        "texts": {
            "et": {
                "title": "Ilma üürilepingu või omaniku nõusolekuta ei saa elukohta registreerida",
                "description": "Elukohateate juurde on vaja isikut tõendavat dokumenti ning üürilepingut või ruumi "
                "omaniku nõusolekut. Kui üürileandja nõusolekut ei anna või elatakse ilma kirjaliku lepinguta, "
                "jääb inimene registreerimata ja seega ilma KOVi teenustest ja soodustustest. Samal ajal möödub "
                "14-päevane tähtaeg, mille jooksul tuleb elukohateade pärast kolimist esitada.",
            },
            "en": {
                "title": "Without a tenancy contract or the owner's consent, residence cannot be registered",
                "description": "The residence notice needs an identity document and a tenancy contract or the "
                "owner's consent. If the landlord does not consent, or there is no written contract, the person "
                "stays unregistered and therefore without municipal services and benefits. Meanwhile the 14-day "
                "deadline for submitting the notice after moving runs out.",
            },
        },
        "evidence": [
            {
                "what": "Valga valla juhendis on elukoha registreerimiseks nõutud isikut tõendav dokument ning "
                "üürileping või omaniku nõusolek.",
                "where": "Valga valla veebileht (elukoha registreerimine)",
                "source": S2,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Siseministeeriumi juhend: elukohateade tuleb esitada 14 päeva jooksul pärast kolimist.",
                "where": "Siseministeeriumi veebileht (elukohateate esitamine)",
                "source": S1,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    # ------------------------------------------------------------------ personal code
    {
        "key": "personal-code-several-routes",
        "stage": "personal-code",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": [],
        "origin": WORKSHOP,
        "source": S5,
        "sample": True,
        "texts": {
            "et": {
                "title": "Isikukoodi saamiseks on mitu teed ja õige valik pole uustulnukale ilmne",
                "description": "Isikukoodi annab elukoha registreerimisel KOV, kuid seda saab taotleda ka PPA-st või "
                "Eesti välisesinduselt. Tartu välismaalaste teenuskeskuses saab isikukoodi ja elukoha "
                "registreeringu ühe külastusega, mujal võib olla vaja käia mitmes asutuses. Kui isikukoodi "
                "saamine venib, venivad ka järgmised sammud, mis isikukoodi eeldavad.",
            },
            "en": {
                "title": "There are several ways to get a personal code and the right one is not obvious",
                "description": "The municipality issues a personal identification code when it registers the "
                "residence, but the code can also be requested from the PPA or an Estonian embassy. At the Tartu "
                "Welcome Centre the code and the registration take one visit; elsewhere several offices may be "
                "needed. When getting the code drags on, so do the next steps that require it.",
            },
        },
        "evidence": [
            {
                "what": "Isikukoodi väljastab elukoha registreerimisel KOV, samuti PPA või välisesindus.",
                "where": "Maksu- ja Tolliameti veebileht (mitteresidendi registrikood)",
                "source": S5,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Tartu välismaalaste teenuskeskus väljastab isikukoode ja registreerib elukoha kohapeal.",
                "where": "Settle in Estonia: Tartu välismaalaste teenuskeskuse tutvustus",
                "source": S6,
                "observed": None,
                "municipality": "tartu-linn",
            },
        ],
    },
    # ------------------------------------------------------------------ ID and e-identity
    {
        "key": "no-eid-no-bus-card",
        "stage": "id-and-e-identity",
        "perspective": "immigrant",
        "status": "being-solved",
        "municipalities": ["tartu-linn"],
        "origin": CONFERENCE,
        "source": S6,
        "sample": True,
        "texts": {
            "et": {
                "title": "Ilma e-ID-ta jäävad kättesaamatuks e-teenused, näiteks isikustatud bussikaart",
                "description": "Kuni uustulnukal pole ID-kaarti, elamisloakaarti, Mobiil-ID-d ega Smart-ID-d, ei "
                "saa ta kasutada paljusid e-teenuseid, näiteks taotleda isikustatud bussikaarti. Kuna suur osa "
                "asjaajamisest käib Eestis veebis, tähendab see esimestel nädalatel rohkem kohapealseid "
                "külastusi. Tartu välismaalaste teenuskeskus on selle kitsaskohana välja toonud.",
            },
            "en": {
                "title": "Without an e-ID, e-services such as a personal bus card stay out of reach",
                "description": "Until a newcomer has an ID card, residence permit card, Mobile-ID or Smart-ID, many "
                "e-services are closed to them, for example applying for a personal bus card. As much of Estonian "
                "administration happens online, this means more visits in person in the first weeks. The Tartu "
                "Welcome Centre has named this as a bottleneck.",
            },
        },
        "evidence": [
            {
                "what": "Tartu välismaalaste teenuskeskuse tutvustuses on välja toodud, et e-ID puudumisel ei pääse "
                "uustulnuk ligi paljudele e-teenustele, näiteks isikustatud bussikaardile.",
                "where": "Settle in Estonia: Tartu välismaalaste teenuskeskuse tutvustus",
                "source": S6,
                "observed": None,
                "municipality": "tartu-linn",
            },
            {
                "what": "Konverentsi arutelus digivahendite kättesaadavusest toodi bussikaart näiteks teenusest, mis "
                "eeldab e-ID-d.",
                "where": "Konverents „Lõimumise võtmetegurid: ligipääs digivahenditele ja taskukohasele eluasemele“",
                "source": "Konverentsi osalejad, Tartu 16.10.2025 (näidiskirje)",
                "observed": "2025-10-16",
                "municipality": "tartu-linn",
            },
        ],
    },
    {
        "key": "returnee-eid-expired",
        "stage": "id-and-e-identity",
        "perspective": "returnee",
        "status": "open",
        "municipalities": [],
        "origin": None,
        "source": S11,
        "sample": True,
        "texts": {
            "et": {
                "title": "Välismaal aegunud dokumendid: tagasipöördujal pole saabudes e-ID-d",
                "description": "Tagasipöörduja ID-kaart ja teised e-ID vahendid võivad välismaal elatud aastate "
                "jooksul aeguda. Kui saabudes pole ühtki kehtivat e-ID vahendit, ei saa ta elukohateadet "
                "digiallkirjaga esitada ega e-teenuseid kasutada ning peab asju ajama kohapeal. Soovitus hoida "
                "kahte e-ID vahendit aitaks, kui sellest teataks juba enne kolimist.",
            },
            "en": {
                "title": "Documents expired abroad: a returnee arrives without an e-ID",
                "description": "A returnee's ID card and other e-ID tools may expire during the years abroad. "
                "Arriving without any valid e-ID, they cannot submit the residence notice with a digital "
                "signature or use e-services, and must handle everything in person. The advice to keep two e-ID "
                "tools would help if people heard it before they move.",
            },
        },
        "evidence": [
            {
                "what": "id.ee kirjeldab e-ID vahendeid (ID-kaart, elamisloakaart, Mobiil-ID, Smart-ID) ja soovitab "
                "omada vähemalt kahte.",
                "where": "id.ee (digitaalsed dokumendid)",
                "source": S11,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Elukohateate saab esitada kohapeal, posti teel, digiallkirjastatud e-kirjaga või "
                "e-rahvastikuregistris.",
                "where": "Siseministeeriumi veebileht (elukohateate esitamine)",
                "source": S1,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    # ------------------------------------------------------------------ work and tax
    {
        "key": "work-qualification-recognition",
        "stage": "work-and-tax",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": [],
        "origin": None,
        "source": S17,
        "sample": True,
        "texts": {
            "et": {
                "title": "Välisriigi diplomi hindamine on eraldi menetlus, millest ei pruugita teada",
                "description": "Välisriigis omandatud kvalifikatsiooni hindab ENIC/NARIC keskus ning see on tööle "
                "asumisest ja töötamise registreerimisest eraldi menetlus. Kui uustulnuk sellest ei tea, võib ta "
                "jääda tööle, mis ei vasta tema haridusele, ja tööandjal on raske tema kvalifikatsiooni hinnata. "
                "Nii jääb kasutamata oskus, mida Eesti tööturg vajab.",
            },
            "en": {
                "title": "Recognition of a foreign diploma is a separate procedure people may not know",
                "description": "Qualifications obtained abroad are assessed by the ENIC/NARIC centre, in a "
                "procedure separate from starting work and registering employment. A newcomer who does not know "
                "this may stay in a job below their education, and the employer finds it hard to judge their "
                "qualification. Skills the Estonian labour market needs go unused.",
            },
        },
        "evidence": [
            {
                "what": "ENIC/NARIC keskus hindab välisriigis omandatud kvalifikatsioone ja nõustab nende "
                "tunnustamisel.",
                "where": "ENIC/NARIC keskuse veebileht",
                "source": S17,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "returnee-changed-vocabulary",
        "stage": "work-and-tax",
        "perspective": "returnee",
        "status": "open",
        "municipalities": [],
        "origin": NOVEMBER_MEETING,
        "source": S37,
        "sample": True,
        "texts": {
            "et": {
                "title": "Naasnud spetsialistile on erialane sõnavara ja kord võõraks jäänud",
                "description": "Aastaid välismaal töötanud inimene avastab naastes, et erialane sõnavara, valdkond "
                "ja asjaajamise kord on vahepeal muutunud. See teeb oma erialale naasmise raskeks ka siis, kui "
                "haridus ja kogemus on olemas. Välisriigis omandatud kvalifikatsiooni hindamine ENIC/NARIC "
                "keskuses on veel üks eraldi samm.",
            },
            "en": {
                "title": "A returning professional finds the vocabulary and procedures of their field changed",
                "description": "Someone who worked abroad for years finds on return that the vocabulary of their "
                "field, the field itself and its procedures have changed in the meantime. This makes going back to "
                "their profession hard even with the education and experience in place. Having a foreign "
                "qualification assessed by the ENIC/NARIC centre is yet another separate step.",
            },
        },
        "evidence": [
            {
                "what": "Tagasipöördujate kogemuskohvikutes räägiti, et erialane sõnavara, valdkonnad ja protseduurid "
                "on lahkumise järel muutunud.",
                "where": "Viimsi Teataja (kogemuskohvikud tagasipöördujatele)",
                "source": S37,
                "observed": None,
                "municipality": None,
            },
            _meeting_note(
                "Arutelus toodi esile, et naasnud spetsialistid vajavad erialase eesti keele värskendust.",
                NOVEMBER_MEETING,
                "Rakvere",
                "27.11.2025",
            ),
        ],
    },
    # ------------------------------------------------------------------ health insurance and family doctor
    {
        "key": "few-english-speaking-doctors",
        "stage": "health-insurance-and-doctor",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": [],
        "origin": WORKSHOP,
        "source": S7,
        "sample": True,
        "texts": {
            "et": {
                "title": "Inglise keelt kõnelevaid perearste on vähe",
                "description": "Uustulnukad nimetavad probleemina, et inglise keelt rääkivaid perearste on vähe. "
                "Nimistuga liitumine käib avalduse alusel ja täis nimistuga arst vastab seitsme päeva jooksul, "
                "nii et sobiva keelega arsti otsimine võib kesta mitu ringi. Ühise keeleta on raske oma "
                "terviseprobleemi kirjeldada ja ravijuhiseid mõista.",
            },
            "en": {
                "title": "Few family doctors speak English",
                "description": "Newcomers name the small number of English-speaking family doctors as a problem. "
                "Joining a doctor's list takes an application, and a doctor whose list is full answers within "
                "seven days, so finding a doctor with a shared language can take several rounds. Without a shared "
                "language it is hard to describe a health problem and understand the treatment advice.",
            },
        },
        "evidence": [
            {
                "what": "International House of Estonia toob kohanemise probleemide seas välja inglise keelt "
                "kõnelevate perearstide vähesuse.",
                "where": "International House of Estonia veebileht („Eestisse saabumine“)",
                "source": S7,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Perearsti nimistuga liitutakse avalduse alusel; kui nimistu on täis, vastab arst seitsme "
                "päeva jooksul.",
                "where": "eesti.ee (arstiabi)",
                "source": S18,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "doctor-assigned-by-address",
        "stage": "health-insurance-and-doctor",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": [],
        "origin": MAY_MEETING,
        "source": S18,
        "sample": True,
        "texts": {
            "et": {
                "title": "Aadressi järgi määratud perearstiga ei pruugi olla ühist keelt",
                "description": "Kui inimene ise perearsti ei vali, määrab Terviseamet talle perearsti elukoha "
                "aadressi järgi. Kuna inglise keelt kõnelevaid perearste on vähe, võib uustulnuk sattuda "
                "nimistusse, kus temaga ühises keeles suhelda ei saa. Arsti vahetamine tähendab uut avaldust ja "
                "uut ootamist.",
            },
            "en": {
                "title": "A family doctor assigned by address may not share a language with the patient",
                "description": "If a person does not choose a family doctor, the Health Board assigns one by the "
                "address of residence. As few family doctors speak English, a newcomer may end up on a list where "
                "no common language is possible. Changing doctors means a new application and more waiting.",
            },
        },
        "evidence": [
            {
                "what": "Kui inimene perearsti ei vali, määrab Terviseamet talle perearsti elukoha järgi.",
                "where": "eesti.ee (arstiabi)",
                "source": S18,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "insurance-from-day-15",
        "stage": "health-insurance-and-doctor",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": [],
        "origin": TRAINING_DAY,
        "source": S14,
        "sample": True,
        "texts": {
            "et": {
                "title": "Ravikindlustus hakkab kehtima alles töötamise 15. päevast",
                "description": "Töötaja ravikindlustus algab töötamise 15. päevast, seega on esimesed kaks nädalat "
                "pärast tööle asumist kindlustuskaitseta. Uustulnuk, kes vajab just sel ajal arstiabi, võib "
                "sellest teada saada alles arsti juures. Tööandja ja töötaja ei pruugi seda vahet teadvustada.",
            },
            "en": {
                "title": "Health insurance starts only on the 15th day of employment",
                "description": "An employee's health insurance starts on the 15th day of employment, so the first "
                "two weeks in a new job are without cover. A newcomer who needs care during that time may learn "
                "this only at the doctor's. Neither employer nor employee may be aware of the gap.",
            },
        },
        "evidence": [
            {
                "what": "Work in Estonia kolimisjuhend: ravikindlustus kehtib alates töötamise 15. päevast.",
                "where": "Work in Estonia veebileht (kolimine)",
                "source": S14,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "returnee-uninsured-gap",
        "stage": "health-insurance-and-doctor",
        "perspective": "returnee",
        "status": "open",
        "municipalities": [],
        "origin": None,
        "source": S16,
        "sample": True,
        "texts": {
            "et": {
                "title": "Tagasipöörduja on kindlustuseta, kuni ta ei tööta ega ole töötuna arvel",
                "description": "Eestisse naasnud inimene saab ravikindlustuse töö kaudu alates töötamise 15. päevast "
                "või end Töötukassas töötuna registreerides. Kui tagasipöörduja otsib tööd, kuid pole end "
                "töötuna arvele võtnud, võib ta jääda mõneks ajaks ravikindlustuseta. Sellest võib ta teada "
                "saada alles siis, kui arstiabi on juba vaja.",
            },
            "en": {
                "title": "A returnee is uninsured until working or registered as unemployed",
                "description": "A person who moves back gets health insurance through work from the 15th day of "
                "employment, or by registering as unemployed with the Unemployment Insurance Fund. A returnee who "
                "is looking for work but has not registered may be without insurance for some time, and may find "
                "out only when they already need care.",
            },
        },
        "evidence": [
            {
                "what": "Töötuna registreeritud inimene on ravikindlustatud.",
                "where": "International House of Estonia veebileht (ravikindlustus)",
                "source": S16,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Töötaja ravikindlustus algab töötamise 15. päevast.",
                "where": "Work in Estonia veebileht (kolimine)",
                "source": S14,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    # ------------------------------------------------------------------ children
    {
        "key": "kindergarten-tied-to-registration",
        "stage": "children-kindergarten-school",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": ["tartu-linn", "saaremaa-vald"],
        "origin": WORKSHOP,
        "source": S19,
        "sample": True,
        "texts": {
            "et": {
                "title": "Lasteaiakoht sõltub registreeritud elukohast ja kohti napib",
                "description": "Lasteaiakoha annab KOV, kuhu pere elukoht on registreeritud, ning mõnes "
                "omavalitsuses on kohti vähem kui soovijaid. Uustulnukpere, kes saab elukoha registreerida alles "
                "pärast saabumist, jõuab järjekorda teistest hiljem. Kui last pole kuhugi jätta, ei pruugi vanem "
                "saada tööle asuda ega keelekursusel käia.",
            },
            "en": {
                "title": "A kindergarten place depends on registered residence, and places are short",
                "description": "Kindergarten places are given by the municipality where the family's residence is "
                "registered, and some municipalities have fewer places than applicants. A newcomer family that can "
                "register only after arriving joins the queue later than others. With no childcare, a parent may "
                "not be able to start work or attend a language course.",
            },
        },
        "evidence": [
            {
                "what": "ERR kirjutas lasteaiakohtade puudusest osas omavalitsustes.",
                "where": "ERR News",
                "source": S19,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Tartu linn seob lasteaiakoha registreeritud elukohaga.",
                "where": "Tartu linna veebileht (elukoha registreerimine)",
                "source": S9,
                "observed": None,
                "municipality": "tartu-linn",
            },
        ],
    },
    {
        "key": "kov-kindergarten-planning",
        "stage": "children-kindergarten-school",
        "perspective": "kov",
        "status": "open",
        "municipalities": [],
        "origin": SEPTEMBER_MEETING,
        "source": S19,
        "sample": True,
        "texts": {
            "et": {
                "title": "Uute perede vajadusest saab KOV teada alles pärast registreerimist",
                "description": "Osas omavalitsustes on lasteaiakohti vähem kui vajadus. Uue pere lapse kohta saab KOV "
                "teada alles siis, kui elukoht on registreeritud ja avaldus esitatud, mistõttu on kohti raske ette "
                "planeerida. Järjekord pikeneb nii uustulnukatele kui ka kohalikele peredele.",
            },
            "en": {
                "title": "The municipality learns of a new family's needs only after registration",
                "description": "Some municipalities have fewer kindergarten places than needed. A municipality "
                "learns about a new family's child only once the residence is registered and an application is "
                "made, which makes places hard to plan ahead. The queue grows for newcomers and local families "
                "alike.",
            },
        },
        "evidence": [
            {
                "what": "ERR kirjutas lasteaiakohtade puudusest osas omavalitsustes.",
                "where": "ERR News",
                "source": S19,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Saaremaa vald seob valla teenused registreeritud elukohaga.",
                "where": "Saaremaa valla veebileht (elukoht)",
                "source": S10,
                "observed": None,
                "municipality": "saaremaa-vald",
            },
        ],
    },
    {
        "key": "returnee-kindergarten-queue",
        "stage": "children-kindergarten-school",
        "perspective": "returnee",
        "status": "open",
        "municipalities": ["haapsalu-linn"],
        "origin": MAY_MEETING,
        "source": S35,
        "sample": True,
        "texts": {
            "et": {
                "title": "Lasteaiajärjekorda peab astuma varakult, kuid välismaalt on see keeruline",
                "description": "Tagasipöördujate kogemus näitab, et lapse peab lasteaiajärjekorda panema aegsasti. "
                "Koht on aga seotud registreeritud elukohaga, mille saab registreerida alles pärast kolimist, nii "
                "et välismaalt naasmist planeeriv pere ei saa järjekorda astuda enne, kui ta on juba Eestis. "
                "Ootamise ajal on vanemal raske tööle asuda.",
            },
            "en": {
                "title": "The kindergarten queue must be joined early, which is hard from abroad",
                "description": "Returnees' experience shows that a child must be put in the kindergarten queue "
                "early. But the place is tied to the registered residence, which can be registered only after "
                "moving, so a family planning its return cannot join the queue until it is already in Estonia. "
                "While they wait, it is hard for a parent to start work.",
            },
        },
        "evidence": [
            {
                "what": "Haapsalu tagasipöördujate kogemuskohviku tutvustuses on välja toodud, et lasteaiajärjekorda "
                "tuleb end panna varakult.",
                "where": "Lääne Elu (kogemuskohvik tagasipöördujatele)",
                "source": S35,
                "observed": "2019-10-09",
                "municipality": "haapsalu-linn",
            },
        ],
    },
    {
        "key": "returnee-children-weak-estonian",
        "stage": "children-kindergarten-school",
        "perspective": "returnee",
        "status": "open",
        "municipalities": [],
        "origin": SEPTEMBER_MEETING,
        "source": S36,
        "sample": True,
        "texts": {
            "et": {
                "title": "Nõrga eesti keelega lapsel on koolis raske ja kool pole selleks valmis",
                "description": "Välismaal kasvanud lapse eesti keel võib olla nõrk, eriti õppekeelena. Sellistel "
                "lastel on Eesti koolis raske ning koolid ei ole sageli valmis neid toetama. Laps võib jääda "
                "õppimises maha ja tunda end klassis võõrana, mis võib mõjutada kogu pere otsust Eestisse jääda.",
            },
            "en": {
                "title": "A child with weak Estonian struggles at school, and schools are not ready for it",
                "description": "A child who grew up abroad may have weak Estonian, especially as a language of "
                "learning. Such children find Estonian school hard, and schools are often not ready to support "
                "them. The child may fall behind and feel like an outsider in class, which can affect the whole "
                "family's decision to stay in Estonia.",
            },
        },
        "evidence": [
            {
                "what": "Arvamusloos kirjeldatakse, et nõrga eesti keelega tagasipöördujate lastel on koolis raske ja "
                "koolid pole sageli nende vastuvõtmiseks valmis.",
                "where": "Postimees (arvamus)",
                "source": S36,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "kov-schools-unready-returnee",
        "stage": "children-kindergarten-school",
        "perspective": "kov",
        "status": "open",
        "municipalities": [],
        "origin": SEPTEMBER_MEETING,
        "source": S36,
        "sample": True,
        "texts": {
            "et": {
                "title": "Koolid ei ole sageli valmis vastu võtma nõrga eesti keelega tagasipöördujate lapsi",
                "description": "KOV peab koolipidajana leidma tagasipöörduja lapsele koha ja toe, kuid koolides ei "
                "ole sageli valmisolekut õpetada nõrga eesti keelega last. Tugi sõltub üksikute õpetajate "
                "algatusest ja KOVi võimalustest ning on seetõttu ebaühtlane. Väiksemal KOVil on seda ilma "
                "riigi juhendi ja lisavahenditeta raske korraldada.",
            },
            "en": {
                "title": "Schools are often not ready to receive returnee children with weak Estonian",
                "description": "As the school owner, the municipality has to find a returnee child a place and "
                "support, but schools are often not prepared to teach a child with weak Estonian. Support depends "
                "on individual teachers and on the municipality's means, so it is uneven. Without state guidance "
                "and extra resources, a smaller municipality finds it hard to organise.",
            },
        },
        "evidence": [
            {
                "what": "Arvamusloo järgi ei ole koolid sageli valmis tagasipöördujate lapsi toetama.",
                "where": "Postimees (arvamus)",
                "source": S36,
                "observed": None,
                "municipality": None,
            },
            _meeting_note(
                "Arutelus märgiti, et tagasipöördujate laste toetamine sõltub koolist ja on KOVide lõikes väga erinev.",
                SEPTEMBER_MEETING,
                "Kohtla-Järve",
                "25.09.2025",
            ),
        ],
    },
    # ------------------------------------------------------------------ benefits
    {
        "key": "family-benefits-two-systems",
        "stage": "benefits",
        "perspective": "immigrant",
        "status": "being-solved",
        "municipalities": [],
        "origin": SEPTEMBER_MEETING,
        "source": S21,
        "sample": True,
        "texts": {
            "et": {
                "title": "Riiklikud ja kohalikud peretoetused on eri asutuste juures",
                "description": "Riiklikke peretoetusi maksab Sotsiaalkindlustusamet, sealhulgas elamisloaga "
                "peredele, vajaduspõhist peretoetust taotletakse aga oma KOVist. Uustulnukale ei pruugi olla "
                "selge, kust mida küsida ja millised tingimused kehtivad, ning ta võib jääda ilma toetusest, "
                "millele tal on õigus. KOVi töötaja võib pidada selgitama ka riigi toetusi.",
            },
            "en": {
                "title": "State and local family benefits are handled by different bodies",
                "description": "State family allowances are paid by the Social Insurance Board, also to families "
                "with a residence permit, while the needs-based family benefit is applied for at the municipality. "
                "A newcomer may not know where to ask for what and on which terms, and may miss a benefit they are "
                "entitled to. Municipal staff may end up explaining state benefits too.",
            },
        },
        "evidence": [
            {
                "what": "Sotsiaalkindlustusamet maksab riiklikke peretoetusi ka elamisloaga välismaalastele.",
                "where": "Sotsiaalkindlustusameti veebileht (peretoetused väljastpoolt ELi saabunutele)",
                "source": S20,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Vajaduspõhist peretoetust maksab KOV.",
                "where": "eesti.ee (pere- ja lastetoetused)",
                "source": S21,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "perks-need-registration",
        "stage": "benefits",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": ["tallinn"],
        "origin": FEBRUARY_MEETING,
        "source": S22,
        "sample": True,
        "texts": {
            "et": {
                "title": "Kohalikud soodustused, nt Tallinna tasuta ühistransport, eeldavad registreerimist",
                "description": "Tallinna ühistranspordis sõidab tasuta linna elanikuna registreeritud inimene. "
                "Uustulnuk, kes pole elukohta veel registreerinud või ei tea, et soodustus sõltub registreeringust, "
                "maksab sõidu eest ise. Sama põhimõte kehtib ka teiste kohalike teenuste puhul.",
            },
            "en": {
                "title": "Local perks, such as free public transport in Tallinn, require registration",
                "description": "Public transport in Tallinn is free for people registered as residents of the city. "
                "A newcomer who has not yet registered, or does not know that the perk depends on registration, "
                "pays for every ride. The same principle applies to other local services.",
            },
        },
        "evidence": [
            {
                "what": "Tallinna ühistranspordis on tasuta sõidu õigus linna registreeritud elanikel.",
                "where": "Tallinna linna veebileht (tasuta sõidu õigus)",
                "source": S22,
                "observed": None,
                "municipality": "tallinn",
            },
        ],
    },
    # ------------------------------------------------------------------ adaptation programme and language
    {
        "key": "a1-places-temporary-protection",
        "stage": "adaptation-and-language",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": [],
        "origin": MAY_MEETING,
        "source": S27,
        "sample": True,
        "texts": {
            "et": {
                "title": "Ajutise kaitse saajatele on A1-taseme eesti keele kursustel vähe kohti",
                "description": "2024. aastal oli ajutise kaitse saajatele A1-taseme eesti keele kursustel umbes 1000 "
                "kohta, samas kui 2023. aasta lõpus kehtis ajutine kaitse ligi 36 000 inimesel. Kohanemisprogramm "
                "on neile kohustuslik, kuid keeleõppe ootamine võib edasi lükata töö leidmise ja igapäevase "
                "iseseisva toimetuleku.",
            },
            "en": {
                "title": "Temporary-protection holders have few places on A1 Estonian courses",
                "description": "In 2024 there were about 1,000 places on A1 Estonian courses for holders of "
                "temporary protection, while at the end of 2023 nearly 36,000 people held valid temporary "
                "protection. The adaptation programme is mandatory for them, but waiting for a language course can "
                "delay finding work and managing everyday life independently.",
            },
        },
        "evidence": [
            {
                "what": "Integratsiooni Sihtasutuse teatel oli 2024. aastal ajutise kaitse saajatele umbes 1000 "
                "A1-taseme kursusekohta.",
                "where": "Integratsiooni Sihtasutuse veebileht (uudised)",
                "source": S27,
                "observed": "2024-01-01",
                "municipality": None,
            },
            {
                "what": "24.12.2023 seisuga kehtis ajutine kaitse 35 963 inimesel.",
                "where": "Nelli (uudis)",
                "source": S52,
                "observed": "2023-12-24",
                "municipality": None,
            },
        ],
    },
    {
        "key": "modules-only-big-cities",
        "stage": "adaptation-and-language",
        "perspective": "immigrant",
        "status": "being-solved",
        "municipalities": ["saaremaa-vald", "haapsalu-linn", "rakvere-linn"],
        "origin": WORKSHOP,
        "source": S26,
        "sample": True,
        "texts": {
            "et": {
                "title": "Kohanemisprogrammi moodulid toimuvad peamiselt Tallinnas, Tartus ja Narvas",
                "description": "Kohanemisprogrammi ühepäevased moodulid inglise ja vene keeles toimuvad peamiselt "
                "Tallinnas, Tartus ja Narvas. Saaremaal, Haapsalus või Rakveres elav uustulnuk peab moodulisse "
                "sõitma terveks päevaks, mis tähendab töölt puudumist ja sõidukulu. Ajutise ja rahvusvahelise "
                "kaitse saajatele on programm kohustuslik, seega puudutab see neid eriti.",
            },
            "en": {
                "title": "Adaptation programme modules are held mainly in Tallinn, Tartu and Narva",
                "description": "The one-day modules of the adaptation programme in English and Russian are held "
                "mainly in Tallinn, Tartu and Narva. A newcomer living in Saaremaa, Haapsalu or Rakvere has to "
                "travel for a whole day, which means time off work and travel costs. The programme is mandatory "
                "for people under temporary or international protection, so it affects them most.",
            },
        },
        "evidence": [
            {
                "what": "Kohanemisprogrammi ühepäevased moodulid inglise ja vene keeles toimuvad peamiselt Tallinnas, "
                "Tartus ja Narvas.",
                "where": "Integratsiooni Sihtasutuse veebileht (kohanemisprogramm)",
                "source": S26,
                "observed": None,
                "municipality": None,
            },
            _workshop_note(
                "Väiksemate partner-KOVide esindajad tõid välja, et moodulisse sõitmine võtab terve tööpäeva."
            ),
        ],
    },
    {
        "key": "kov-specialist-project-funding",
        "stage": "adaptation-and-language",
        "perspective": "kov",
        "status": "open",
        "municipalities": ["haapsalu-linn", "johvi-vald"],
        "origin": NOVEMBER_MEETING,
        "source": S41,
        "sample": True,
        "texts": {
            "et": {
                "title": "Kohanemisteenuste jätkumine sõltub tähtajalistest partnerluslepingutest",
                "description": "Partner-KOVide kohanemis- ja lõimumistegevusi toetatakse ESF+ meetmest tähtajaliste "
                "lepingute alusel; Haapsalu ja Jõhvi valla lepingud kestavad 2026. aastani ja nende jätkamist "
                "hinnatakse 2026. aastal. Kui leping lõpeb, võivad kaduda ka kohanemisspetsialisti töö, "
                "kogunenud kontaktid ja oskused. Uustulnuka jaoks sõltub teenus sellest, kus ja millal ta elab.",
            },
            "en": {
                "title": "The continuity of adaptation services depends on fixed-term partnership agreements",
                "description": "Partner municipalities' adaptation and integration work is supported from an ESF+ "
                "measure under fixed-term agreements; the agreements of Haapsalu and Jõhvi run until 2026 and "
                "their continuation is assessed in 2026. When an agreement ends, the adaptation specialist's work, "
                "the contacts and the skills built up may go with it. For a newcomer, the service depends on where "
                "and when they live.",
            },
        },
        "evidence": [
            {
                "what": "ELVL kirjas on toodud partnerluslepingute tähtajad, sh Haapsalu 12/2024–2026 ja Jõhvi vald "
                "2025–2026.",
                "where": "ELVL kiri (dokumendiregister)",
                "source": S41,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Haapsalu ja Jõhvi lepingute jätkamist hinnatakse 2026. aastal; uusi partnereid otsitakse "
                "Ida-Virumaalt ja Lõuna-Eestist.",
                "where": "ELVL kiri (dokumendiregister)",
                "source": S42,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "kov-answer-in-estonian",
        "stage": "adaptation-and-language",
        "perspective": "kov",
        "status": "open",
        "municipalities": [],
        "origin": TRAINING_DAY,
        "source": S64,
        "sample": True,
        "texts": {
            "et": {
                "title": "Asjaajamiskeel on eesti keel, kuid uustulnuk ei pruugi vastust mõista",
                "description": "Riigiasutuste ja KOVide asjaajamiskeel on eesti keel ning võõrkeelsele pöördumisele "
                "võib vastata eesti keeles. Kui uustulnuk vastust ei mõista, jääb info temani jõudmata ja ta "
                "pöördub uuesti või jätab vajaliku sammu tegemata. Töötajatel ei pruugi olla ühist arusaama, "
                "millal ja kuidas lisada vastusele lühike selgitus teises keeles.",
            },
            "en": {
                "title": "Estonian is the language of administration, but the newcomer may not understand the reply",
                "description": "Estonian is the language of administration of state bodies and municipalities, and "
                "a request in another language may be answered in Estonian. If the newcomer does not understand "
                "the reply, the information does not reach them: they ask again or skip a step they need to take. "
                "Staff may not share an understanding of when and how to add a short explanation in another "
                "language.",
            },
        },
        "evidence": [
            {
                "what": "Põhiseaduse § 52: riigiasutuste ja kohalike omavalitsuste asjaajamiskeel on eesti keel.",
                "where": "Põhiseaduse kommenteeritud väljaanne (§ 52)",
                "source": S64,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "immigrant-reply-in-estonian",
        "stage": "adaptation-and-language",
        "perspective": "immigrant",
        "status": "open",
        "municipalities": [],
        "origin": None,
        "source": S63,
        "sample": True,
        "texts": {
            "et": {
                "title": "Võõrkeelsele kirjale tuleb ametiasutuselt vastus eesti keeles",
                "description": "Ametiasutus võib vastata ka vene- või ingliskeelsele pöördumisele eesti keeles, sest "
                "see on asjaajamiskeel. Uustulnuk saab vastuse, millest ta ei pruugi aru saada, ja võib tunda, et "
                "teda ei taheta aidata. Eriti riskantne on see siis, kui vastuses on tähtaeg või nõue.",
            },
            "en": {
                "title": "A letter in another language gets an answer in Estonian",
                "description": "An authority may answer a request written in Russian or English in Estonian, "
                "because Estonian is the language of administration. The newcomer receives an answer they may not "
                "understand and may feel that nobody wants to help. It is riskiest when the answer contains a "
                "deadline or a requirement.",
            },
        },
        "evidence": [
            {
                "what": "Õhtuleht kirjutas juhtumist, kus venekeelsele pöördumisele vastati eesti keeles.",
                "where": "Õhtuleht",
                "source": S63,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "returnee-language-houses-few",
        "stage": "adaptation-and-language",
        "perspective": "returnee",
        "status": "open",
        "municipalities": [],
        "origin": None,
        "source": S38,
        "sample": True,
        "texts": {
            "et": {
                "title": "Tasuta eesti keele kursused on olemas, kuid keelemaju on vaid neljas linnas",
                "description": "Tagasipöördujatele on tasuta eesti keele kursused tasemetel A1 kuni B1.2. Eesti "
                "keele majad asuvad Narvas, Tallinnas, Kiviõlis ja Paldiskis, nii et mujal elav tagasipöörduja "
                "peab õppima veebis või sõitma kaugele. Kui kursus pole sobival ajal ja kohas kättesaadav, võib "
                "keeleõpe jääda pooleli.",
            },
            "en": {
                "title": "Free Estonian courses exist, but there are language houses in only four towns",
                "description": "Returnees can take free Estonian courses from A1 to B1.2. The Estonian Language "
                "Houses are in Narva, Tallinn, Kiviõli and Paldiski, so a returnee living elsewhere has to study "
                "online or travel far. If a course is not available at a suitable time and place, learning may "
                "stop halfway.",
            },
        },
        "evidence": [
            {
                "what": "Tagasipöördujatele on tasuta eesti keele kursused A1–B1.2; eesti keele majad on Narvas, "
                "Tallinnas, Kiviõlis ja Paldiskis.",
                "where": "meis.ee (küsimused eesti keele kursuste kohta)",
                "source": S38,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    # ------------------------------------------------------------------ renewal and long-term status
    {
        "key": "temporary-protection-renewal-info",
        "stage": "renewal-and-long-term-status",
        "perspective": "immigrant",
        "status": "being-solved",
        "municipalities": [],
        "origin": FEBRUARY_MEETING,
        "source": S30,
        "sample": True,
        "texts": {
            "et": {
                "title": "Ajutise kaitse pikendamise teave ei jõua kõigini",
                "description": "Ajutise kaitse pikendamist saab taotleda kõige varem kolm ja hiljemalt kaks kuud enne "
                "kaitse lõppu. Pikendamise teave ei ole aga jõudnud kõigi kaitse saajateni. Kes selle akna maha "
                "magab, võib sattuda olukorda, kus tema õiguslik alus Eestis viibimiseks ja sellega seotud "
                "teenused on ohus.",
            },
            "en": {
                "title": "Information on extending temporary protection does not reach everyone",
                "description": "An extension of temporary protection can be applied for at the earliest three and at "
                "the latest two months before it expires. But the information has not reached all holders. Someone "
                "who misses the window may find their legal basis for staying in Estonia, and the services that "
                "depend on it, at risk.",
            },
        },
        "evidence": [
            {
                "what": "ERR kirjutas, et ajutise kaitse pikendamise teave ei ole jõudnud kõigini.",
                "where": "ERR",
                "source": S30,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "PPA juhend: pikendamist saab taotleda kõige varem kolm ja hiljemalt kaks kuud enne kaitse "
                "lõppu.",
                "where": "Politsei- ja Piirivalveameti veebileht (ajutise kaitse pikendamine)",
                "source": S29,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "kov-renewal-reminders",
        "stage": "renewal-and-long-term-status",
        "perspective": "kov",
        "status": "being-solved",
        "municipalities": [],
        "origin": FEBRUARY_MEETING,
        "source": S52,
        "sample": True,
        "texts": {
            "et": {
                "title": "Pikendamise tähtaja möödalaskmise tagajärjed jõuavad KOVi ukse taha",
                "description": "Ajutine kaitse kehtis 2023. aasta lõpus ligi 36 000 inimesel ja kõik nad peavad kaitse "
                "õigel ajal pikendama. Kui teave inimeseni ei jõua ja tähtaeg möödub, võib ta abi otsima tulla "
                "KOVi sotsiaal- või kohanemistöötaja juurde, kuigi otsus on PPA pädevuses. Ilma ülevaateta, kelle "
                "kaitse on lõppemas, ei saa KOV ennetavalt teavitada.",
            },
            "en": {
                "title": "The consequences of a missed extension end up at the municipality's door",
                "description": "At the end of 2023 nearly 36,000 people held valid temporary protection, and all of "
                "them must extend it in time. If the information does not reach someone and the deadline passes, "
                "they may turn to the municipality's social or adaptation worker for help, although the decision "
                "lies with the PPA. Without an overview of whose protection is about to end, the municipality "
                "cannot remind people in advance.",
            },
        },
        "evidence": [
            {
                "what": "24.12.2023 seisuga kehtis ajutine kaitse 35 963 inimesel; kokku oli kaitse antud 50 592 "
                "korral.",
                "where": "Nelli (uudis)",
                "source": S52,
                "observed": "2023-12-24",
                "municipality": None,
            },
            _meeting_note(
                "Osalejad kirjeldasid, et pikendamisega hiljaks jäänud inimesed pöörduvad abi saamiseks KOVi poole.",
                FEBRUARY_MEETING,
                "Tallinn",
                "06.02.2025",
            ),
        ],
    },
    # ------------------------------------------------------------------ returnee planning
    {
        "key": "returnee-planning-from-abroad",
        "stage": "returnee-planning",
        "perspective": "returnee",
        "status": "open",
        "municipalities": [],
        "origin": WORKSHOP,
        "source": S33,
        "sample": True,
        "texts": {
            "et": {
                "title": "Naasmist planeerides pole selge, mida saab teha juba välismaalt",
                "description": "Tagasipöördujatele pakutakse nõustamist juba naasmise planeerimisel. Paljud sammud, "
                "nagu elukoha registreerimine ja sellest sõltuv lasteaiajärjekord, on aga võimalikud alles pärast "
                "kolimist, kuigi järjekorda tuleks astuda varakult. Pere ei tea, mida saab ette ära teha ja mis "
                "jääb saabumisjärgseks ajaks.",
            },
            "en": {
                "title": "When planning the return, it is unclear what can be done from abroad",
                "description": "Returnees are offered counselling already while planning their return. But many "
                "steps, such as registering residence and the kindergarten queue that depends on it, are possible "
                "only after the move, although the queue should be joined early. The family does not know what "
                "can be done in advance and what has to wait until they arrive.",
            },
        },
        "evidence": [
            {
                "what": "Tagasipöördujatele on olemas nõustamine naasmise planeerimiseks.",
                "where": "innervisor.ee (tagasipöördujate nõustamine)",
                "source": S33,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Tagasipöördujate kogemus: lasteaiajärjekorda tuleb end panna varakult.",
                "where": "Lääne Elu (kogemuskohvik tagasipöördujatele)",
                "source": S35,
                "observed": "2019-10-09",
                "municipality": "haapsalu-linn",
            },
        ],
    },
    {
        "key": "kov-returnees-unknown-in-advance",
        "stage": "returnee-planning",
        "perspective": "kov",
        "status": "open",
        "municipalities": ["tallinn", "tartu-linn"],
        "origin": WORKSHOP,
        "source": S39,
        "sample": True,
        "texts": {
            "et": {
                "title": "KOV ei tea ette, millal ja kui palju peresid tagasi pöördub",
                "description": "Eestisse naaseb aastas umbes 7000 eesti juurtega inimest ning enamik uusi elanikke ja "
                "tagasipöördujaid jõuab Tallinna ja Tartusse. KOV saab naasnud perest teada alles elukoha "
                "registreerimisel ja ka siis pole registrist näha, et tegu on tagasipöördujaga. Seetõttu on raske "
                "ette planeerida lasteaia- ja koolikohti ning keeleõppe tuge.",
            },
            "en": {
                "title": "The municipality cannot know in advance when and how many families return",
                "description": "About 7,000 people with Estonian roots return each year, and most newcomers and "
                "returnees settle in Tallinn and Tartu. A municipality learns of a returning family only at "
                "registration, and even then the register does not show that they are returnees. This makes it "
                "hard to plan kindergarten and school places and language support ahead.",
            },
        },
        "evidence": [
            {
                "what": "Eestisse naaseb aastas umbes 7000 eesti juurtega inimest.",
                "where": "Eestisse tagasitulijate lood (2021)",
                "source": S39,
                "observed": "2021-01-01",
                "municipality": None,
            },
            {
                "what": "Kõige rohkem uusi elanikke ja tagasipöördujaid jõuab Tallinna ja Tartusse.",
                "where": "Kiri (dokumendiregister)",
                "source": S40,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    # ------------------------------------------------------------------ returnee support
    {
        "key": "returnees-not-identified",
        "stage": "returnee-support",
        "perspective": "kov",
        "status": "open",
        "municipalities": ["haapsalu-linn"],
        "origin": WORKSHOP,
        "source": S35,
        "sample": True,
        "texts": {
            "et": {
                "title": "Tagasipöördujaid ei registreerita eraldi, seega ei jõua tugi nendeni",
                "description": "Tagasipöörduja registreerib elukoha nagu iga teine elanik ja registris ei ole märget, "
                "et ta naasis välismaalt. KOV ei tea, kes on tagasipöördujad, ega saa neile pakkuda nõustamist, "
                "kogemuskohvikut ega teavet tagasipöördumistoetuse kohta. Haapsalu kogemuskohviku korraldajad on "
                "sellele tähelepanu juhtinud.",
            },
            "en": {
                "title": "Returnees are not registered as such, so support does not reach them",
                "description": "A returnee registers their residence like any other resident, and the register does "
                "not show that they came back from abroad. The municipality does not know who the returnees are "
                "and cannot offer them counselling, an experience café or information on the returnee support. "
                "The organisers of the Haapsalu experience café have pointed this out.",
            },
        },
        "evidence": [
            {
                "what": "Haapsalu kogemuskohviku tutvustuses märgitakse, et tagasipöördujaid ei registreerita "
                "eraldi ja seetõttu on neid raske toetusega leida.",
                "where": "Lääne Elu (kogemuskohvik tagasipöördujatele)",
                "source": S35,
                "observed": "2019-10-09",
                "municipality": "haapsalu-linn",
            },
            _workshop_note(
                "KOVide esindajad märkisid, et tagasipöördujatest saadakse teada juhuslikult, "
                "näiteks lasteaiakoha taotluse kaudu."
            ),
        ],
    },
    {
        "key": "returnee-unaware-of-support",
        "stage": "returnee-support",
        "perspective": "returnee",
        "status": "open",
        "municipalities": [],
        "origin": WORKSHOP,
        "source": S35,
        "sample": True,
        "texts": {
            "et": {
                "title": "Tagasipöörduja ei pruugi kuulda nõustamisest ega tagasipöördumistoetusest",
                "description": "Tagasipöördujatele on olemas nõustamine ja tagasipöördumistoetus, kuid kuna neid "
                "eraldi ei registreerita, ei jõua teave nendeni iseenesest. Info leidmine sõltub sellest, kas "
                "inimene juhtub seda ise otsima. Nii võib jääda kasutamata tugi, mis on mõeldud just "
                "esimesteks kuudeks pärast naasmist.",
            },
            "en": {
                "title": "A returnee may never hear about counselling or the returnee support",
                "description": "Counselling and a returnee support payment exist, but as returnees are not registered "
                "as such, the information does not reach them by itself. Finding it depends on whether the person "
                "happens to look for it. Support meant precisely for the first months after the return may go "
                "unused.",
            },
        },
        "evidence": [
            {
                "what": "Tagasipöördujaid ei registreerita eraldi ja tugi ei jõua nendeni.",
                "where": "Lääne Elu (kogemuskohvik tagasipöördujatele)",
                "source": S35,
                "observed": "2019-10-09",
                "municipality": "haapsalu-linn",
            },
            {
                "what": "Tagasipöördujatele pakutakse nõustamist.",
                "where": "innervisor.ee (tagasipöördujate nõustamine)",
                "source": S33,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "returnee-support-8-months",
        "stage": "returnee-support",
        "perspective": "returnee",
        "status": "open",
        "municipalities": [],
        "origin": MAY_MEETING,
        "source": S34,
        "sample": True,
        "texts": {
            "et": {
                "title": "Tagasipöördumistoetust saab taotleda vaid kaheksa kuu jooksul pärast naasmist",
                "description": "Tagasipöördumistoetust saab taotleda pärast elukoha registreerimist ja hiljemalt "
                "kaheksa kuu jooksul Eestisse naasmisest. Kui inimene registreerib elukoha hilja või kuuleb "
                "toetusest alles esimese poolaasta järel, võib tähtaeg olla möödas. Esimestel kuudel on pere "
                "tähelepanu sageli töö, kodu ja laste kooli leidmisel.",
            },
            "en": {
                "title": "The returnee support can be applied for only within eight months of returning",
                "description": "The returnee support can be applied for after registering residence and no later "
                "than eight months after returning to Estonia. A person who registers late, or hears about the "
                "support only after the first half-year, may find the deadline has passed. In the first months a "
                "family's attention is often on work, a home and a school for the children.",
            },
        },
        "evidence": [
            {
                "what": "Tagasipöördumistoetust saab taotleda pärast elukoha registreerimist, kuid mitte hiljem kui "
                "kaheksa kuud pärast Eestisse naasmist.",
                "where": "Integratsiooni Sihtasutuse veebileht (tagasipöördumistoetus)",
                "source": S34,
                "observed": None,
                "municipality": None,
            },
        ],
    },
    {
        "key": "returnee-support-narrow-criteria",
        "stage": "returnee-support",
        "perspective": "returnee",
        "status": "open",
        "municipalities": [],
        "origin": None,
        "source": S34,
        "sample": True,
        "texts": {
            "et": {
                "title": "Tagasipöördumistoetuse tingimustele vastab vaid osa naasjatest",
                "description": "Toetust saavad vähemalt seitse aastat välismaal elanud inimesed, kes naasevad "
                "alaealiste lastega, alla 40-aastased välismaal magistri- või doktorikraadi omandanud inimesed "
                "ning vähenenud töövõimega inimesed. Näiteks viis aastat välismaal elanud pere või välismaise "
                "kraadita spetsialist toetust ei saa, kuigi kolimiskulud ja kohanemisraskused võivad olla "
                "samasugused. Aastas naaseb umbes 7000 eesti juurtega inimest.",
            },
            "en": {
                "title": "Only some returnees meet the conditions of the returnee support",
                "description": "The support is for people who lived abroad for at least seven years and return with "
                "minor children, people under 40 with a master's or doctoral degree from abroad, and people with "
                "reduced work ability. A family that lived abroad for five years, or a professional without a "
                "foreign degree, gets nothing, although their moving costs and adaptation troubles may be the "
                "same. About 7,000 people with Estonian roots return each year.",
            },
        },
        "evidence": [
            {
                "what": "Tagasipöördumistoetuse sihtrühmad: 7+ aastat välismaal elanud alaealiste lastega naasjad, "
                "alla 40-aastased välismaise magistri- või doktorikraadiga inimesed, vähenenud töövõimega "
                "inimesed.",
                "where": "Integratsiooni Sihtasutuse veebileht (tagasipöördumistoetus)",
                "source": S34,
                "observed": None,
                "municipality": None,
            },
            {
                "what": "Eestisse naaseb aastas umbes 7000 eesti juurtega inimest.",
                "where": "Eestisse tagasitulijate lood (2021)",
                "source": S39,
                "observed": "2021-01-01",
                "municipality": None,
            },
        ],
    },
    # ------------------------------------------------------------------ belonging
    {
        "key": "returnee-not-quite-estonian",
        "stage": "belonging",
        "perspective": "returnee",
        "status": "open",
        "municipalities": ["haapsalu-linn"],
        "origin": MAY_MEETING,
        "source": S35,
        "sample": True,
        "texts": {
            "et": {
                "title": "„Eestlane, aga mitte päris“ – osa tagasipöördujaid lahkub uuesti",
                "description": "Tagasipöördujad kirjeldavad tunnet, et neid ei peeta enam päris omaks: nad on "
                "eestlased, kuid teistsuguste kogemuste ja harjumustega. Kogemuskohvikud, kus naasjad saavad "
                "kogemusi jagada, on aidanud, kuid osa tagasipöördujaid lahkub siiski uuesti. Iga lahkumine "
                "tähendab, et kohanemisse pandud vaev läheb kaotsi nii perel kui ka KOVil.",
            },
            "en": {
                "title": "\u201cEstonian, but not quite\u201d: some returnees leave again",
                "description": "Returnees describe a feeling that they are no longer seen as fully belonging: they "
                "are Estonians, but with different experiences and habits. Experience cafés where returnees share "
                "their stories have helped, yet some leave again. Each departure means that the effort put into "
                "adapting is lost for both the family and the municipality.",
            },
        },
        "evidence": [
            {
                "what": "Tagasipöördujad kirjeldavad end „eestlasena, aga mitte päris“; kogemuskohvik aitab, kuid "
                "osa lahkub uuesti.",
                "where": "Lääne Elu (kogemuskohvik tagasipöördujatele)",
                "source": S35,
                "observed": "2019-10-09",
                "municipality": "haapsalu-linn",
            },
            {
                "what": "Kogemuskohvikud on tagasipöördujatele koht oma kogemuse jagamiseks.",
                "where": "Viimsi Teataja (kogemuskohvikud tagasipöördujatele)",
                "source": S37,
                "observed": None,
                "municipality": None,
            },
        ],
    },
]


PROPOSALS = [
    # ================================================================== state level
    {
        "key": "multilingual-residence-notice-guide",
        "bottlenecks": ["registration-no-english", "landlord-consent-needed"],
        "level": "state",
        "body": "Siseministeerium",
        "origins": [WORKSHOP],
        "authors": SPECIALISTS,
        "sample": True,
        "texts": {
            "et": {
                "title": "Ühtne elukohateate selgitus ja näidisvorm eesti, inglise ja vene keeles",
                "body": "Siseministeerium koostab elukohateate esitamise ühtse selgituse ja näidisvormid eesti, "
                "inglise ja vene keeles ning teeb need kõigile KOVidele kättesaadavaks. Selgitus ütleb lihtsas "
                "keeles, millised dokumendid on vaja (isikut tõendav dokument, üürileping või omaniku nõusolek) "
                "ja mis on 14-päevane tähtaeg. Nii ei sõltu uustulnuka registreerimine enam sellest, kas "
                "teenindaja juhtub inglise keelt oskama, ja KOVid ei pea igaüks oma materjali tegema.",
            },
            "en": {
                "title": "A common explanation and model form for the residence notice in Estonian, English, Russian",
                "body": "The Ministry of the Interior prepares a common explanation of how to submit a residence "
                "notice, with model forms in Estonian, English and Russian, and makes them available to all "
                "municipalities. The explanation states in plain language which documents are needed (identity "
                "document, tenancy contract or the owner's consent) and what the 14-day deadline means. A "
                "newcomer's registration then no longer depends on whether the clerk happens to speak English, and "
                "municipalities need not each produce their own material.",
            },
        },
        "history": [
            {
                "state": "submitted",
                "date": "2025-03-20",
                "reason": "Ettepanek sündis kohanemisteekondade teenusdisaini töötoas elukoha registreerimise etapi "
                "arutelus.",
            },
            {
                "state": "discussed",
                "date": "2025-05-22",
                "reason": "Arutati Haapsalu võrgustikukohtumisel; partnerid kinnitasid, et sama probleem on mitmes "
                "KOVis.",
            },
            {
                "state": "adopted",
                "date": "2025-05-23",
                "reason": "Võrgustik kiitis ettepaneku heaks ja otsustas saata selle Siseministeeriumile.",
            },
            {
                "state": "sent",
                "date": "2025-06-12",
                "reason": "ELVL saatis ettepaneku Siseministeeriumile.",
                "reference": "ELVL kiri nr 1-7/112",
            },
            {
                "state": "answered",
                "date": "2025-09-05",
                "reason": "Siseministeerium vastas ELVL-i kirjale.",
                "answer": "accepted",
                "answer_text": "Ministeerium koostab elukohateate esitamise ühtse selgituse ja näidisvormid eesti, "
                "inglise ja vene keeles ning teeb need KOVidele kättesaadavaks.",
                "answer_reasons": "Ühtne materjal vähendab KOVide vahelisi erinevusi ja korduvaid küsimusi; aluseks "
                "võetakse olemasolev ingliskeelne veebijuhis.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "temporary-protection-renewal-reminder",
        "bottlenecks": ["temporary-protection-renewal-info", "kov-renewal-reminders"],
        "level": "state",
        "body": "Politsei- ja Piirivalveamet",
        "origins": [FEBRUARY_MEETING],
        "authors": "Tallinna ja Tartu kohanemisspetsialistid",
        "sample": True,
        "texts": {
            "et": {
                "title": "Ajutise kaitse pikendamise meeldetuletus igale kaitse saajale",
                "body": "PPA saadab igale ajutise kaitse saajale pikendamisakna alguses, kolm kuud enne kaitse "
                "lõppu, meeldetuletuse e-kirja või lühisõnumiga tema keeles. Lisaks jagab PPA KOVidele ühtset "
                "infomaterjali, mida kohanemis- ja sotsiaaltöötajad saavad edasi anda. Nii jõuab tähtaeg iga "
                "inimeseni ja vähem inimesi jääb ilma õiguslikust alusest ning sellega seotud teenustest.",
            },
            "en": {
                "title": "A reminder to every holder of temporary protection to extend it",
                "body": "At the opening of the extension window, three months before protection expires, the PPA "
                "sends each holder of temporary protection a reminder by e-mail or text message in their "
                "language. The PPA also gives municipalities a common information sheet that adaptation and social "
                "workers can pass on. The deadline then reaches everyone, and fewer people lose their legal basis "
                "and the services tied to it.",
            },
        },
        "history": [
            {
                "state": "submitted",
                "date": "2025-02-06",
                "reason": "Esitati Tallinna võrgustikukohtumisel, kus arutati pikendamisega hiljaks jäänud inimeste "
                "juhtumeid.",
            },
            {"state": "discussed", "date": "2025-05-22", "reason": "Arutati Haapsalu võrgustikukohtumisel."},
            {
                "state": "adopted",
                "date": "2025-05-23",
                "reason": "Võrgustik pidas ettepanekut kiireloomuliseks ja kiitis selle heaks.",
            },
            {
                "state": "sent",
                "date": "2025-06-12",
                "reason": "ELVL saatis ettepaneku PPA-le.",
                "reference": "ELVL kiri nr 1-7/113",
            },
            {
                "state": "answered",
                "date": "2025-08-28",
                "reason": "PPA vastas ELVL-i kirjale.",
                "answer": "accepted",
                "answer_text": "PPA hakkab saatma ajutise kaitse saajatele pikendamise meeldetuletusi nendele "
                "kontaktidele, mis on ametile teada, ning koostab KOVidele ühtse infomaterjali.",
                "answer_reasons": "Pikendamise aken on lühike ja meeldetuletus aitab vähendada hilinenud taotlusi.",
            },
            {
                "state": "in-implementation",
                "date": "2025-11-03",
                "reason": "PPA alustas meeldetuletuste ettevalmistamist.",
                "progress": 50,
            },
        ],
        "milestones": [
            {
                "date": "2025-11-03",
                "text": "Meeldetuletuse tekst valmis eesti, ukraina, vene ja inglise keeles.",
                "progress": 25,
            },
            {
                "date": "2026-03-16",
                "text": "KOVidele jagati ühtne infomaterjal pikendamise tähtaegade kohta.",
                "progress": 50,
            },
        ],
    },
    {
        "key": "more-a1-places-temporary-protection",
        "bottlenecks": ["a1-places-temporary-protection"],
        "level": "state",
        "body": "Integratsiooni Sihtasutus",
        "origins": [MAY_MEETING],
        "authors": SPECIALISTS,
        "sample": True,
        "texts": {
            "et": {
                "title": "Rohkem A1-taseme eesti keele kursusekohti ajutise kaitse saajatele",
                "body": "Integratsiooni Sihtasutus suurendab ajutise kaitse saajatele mõeldud A1-taseme kursusekohti "
                "ja pakub neid ka väljaspool suuremaid linnu, vajadusel veebis. 2024. aastal oli kohti umbes 1000, "
                "samal ajal kui kaitse saajaid oli kümneid tuhandeid. Rohkem kohti aitab inimestel kiiremini tööle "
                "asuda ja igapäevaeluga iseseisvalt hakkama saada.",
            },
            "en": {
                "title": "More A1 Estonian course places for holders of temporary protection",
                "body": "The Integration Foundation increases the number of A1 course places for holders of "
                "temporary protection and offers them outside the larger towns too, online where needed. In 2024 "
                "there were about 1,000 places while holders numbered in the tens of thousands. More places help "
                "people start work sooner and manage everyday life on their own.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-05-22", "reason": "Esitati Haapsalu võrgustikukohtumisel."},
            {"state": "discussed", "date": "2025-09-25", "reason": "Arutati Kohtla-Järve võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-09-26", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-10-14",
                "reason": "ELVL saatis ettepaneku Integratsiooni Sihtasutusele.",
                "reference": "ELVL kiri nr 1-7/151",
            },
            {
                "state": "answered",
                "date": "2026-01-20",
                "reason": "Integratsiooni Sihtasutus vastas.",
                "answer": "partly",
                "answer_text": "Sihtasutus lisab 2026. aastal ajutise kaitse saajatele A1-taseme veebirühmi, kuid "
                "kontaktõppe kohtade arvu oluliselt suurendada ei saa.",
                "answer_reasons": "Kursuste maht sõltub aastaks ette jaotatud vahenditest; veebiõpe võimaldab lisada "
                "kohti väiksema kuluga.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "settle-modules-in-smaller-towns",
        "bottlenecks": ["modules-only-big-cities"],
        "level": "state",
        "body": "Kultuuriministeerium",
        "origins": [WORKSHOP],
        "authors": "Saaremaa, Haapsalu ja Rakvere kohanemisspetsialistid",
        "sample": True,
        "texts": {
            "et": {
                "title": "Kohanemisprogrammi moodulid ka väiksemates partner-KOVides ja veebis",
                "body": "Kultuuriministeerium lepib kohanemisprogrammi korraldajaga kokku, et ühepäevased moodulid "
                "toimuvad korrapäraselt ka väljaspool Tallinna, Tartut ja Narvat, näiteks Kuressaares, Haapsalus "
                "ja Rakveres, või on läbitavad veebis. Partner-KOVid pakuvad ruumid ja aitavad osalejaid kokku "
                "kutsuda. See vähendab töölt puudumist ja sõidukulu ning aitab kaitse saajatel kohustusliku "
                "programmi õigel ajal läbida.",
            },
            "en": {
                "title": "Adaptation programme modules in smaller partner municipalities and online",
                "body": "The Ministry of Culture agrees with the organiser of the adaptation programme that the "
                "one-day modules are held regularly outside Tallinn, Tartu and Narva too, for example in "
                "Kuressaare, Haapsalu and Rakvere, or can be taken online. Partner municipalities provide rooms "
                "and help gather participants. This cuts time off work and travel costs and helps protection "
                "holders complete the mandatory programme in time.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-03-20", "reason": "Ettepanek sündis teenusdisaini töötoas."},
            {"state": "discussed", "date": "2025-05-22", "reason": "Arutati Haapsalu võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-05-23", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-06-12",
                "reason": "ELVL saatis ettepaneku Kultuuriministeeriumile.",
                "reference": "ELVL kiri nr 1-7/114",
            },
            {
                "state": "answered",
                "date": "2025-10-06",
                "reason": "Kultuuriministeerium vastas.",
                "answer": "accepted",
                "answer_text": "Ministeerium lepib programmi korraldajaga kokku, et alates 2026. aastast toimuvad "
                "moodulid ka partner-KOVides ja osaliselt veebis.",
                "answer_reasons": "Programm on kaitse saajatele kohustuslik ning kohalik või veebipõhine osalemine "
                "vähendab töölt puudumist ja sõidukulu.",
            },
            {
                "state": "in-implementation",
                "date": "2026-01-15",
                "reason": "Moodulite uus ajakava on koostamisel.",
                "progress": 50,
            },
        ],
        "milestones": [
            {
                "date": "2026-01-15",
                "text": "Lepiti kokku moodulite toimumine Rakveres ja Kuressaares 2026. aasta kevadel.",
                "progress": 20,
            },
            {
                "date": "2026-06-10",
                "text": "Esimesed moodulid toimusid väljaspool Tallinna, Tartut ja Narvat; "
                "veebimoodul on katsetamisel.",
                "progress": 50,
            },
        ],
    },
    {
        "key": "family-doctor-search-by-language",
        "bottlenecks": ["few-english-speaking-doctors", "doctor-assigned-by-address"],
        "level": "state",
        "body": "Tervisekassa",
        "origins": [WORKSHOP],
        "authors": SPECIALISTS,
        "sample": True,
        "texts": {
            "et": {
                "title": "Perearsti saab otsida teeninduskeele järgi",
                "body": "Tervisekassa lisab perearstide ja nimistute avalikku teabesse, millistes keeltes nimistu "
                "vastuvõttu pakub, ning teeb selle järgi otsimise võimalikuks. Uustulnuk leiab siis ühise keelega "
                "arsti esimese avaldusega, mitte mitme ringi järel. Ka KOVi kohanemisspetsialistid saavad "
                "inimesi täpsemalt suunata.",
            },
            "en": {
                "title": "Family doctors searchable by the language of service",
                "body": "The Health Insurance Fund adds to the public information on family doctors and their lists "
                "which languages each practice serves in, and makes it possible to search by language. A newcomer "
                "then finds a doctor with a shared language with the first application instead of after several "
                "rounds. Municipal adaptation specialists can also guide people more precisely.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-03-20", "reason": "Ettepanek sündis teenusdisaini töötoas."},
            {"state": "discussed", "date": "2025-09-25", "reason": "Arutati Kohtla-Järve võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-09-26", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-10-14",
                "reason": "ELVL saatis ettepaneku Tervisekassale; vastust oodatakse.",
                "reference": "ELVL kiri nr 1-7/152",
            },
        ],
        "milestones": [],
    },
    {
        "key": "language-when-assigning-doctor",
        "bottlenecks": ["doctor-assigned-by-address"],
        "level": "state",
        "body": "Terviseamet",
        "origins": [MAY_MEETING],
        "authors": SPECIALISTS,
        "sample": True,
        "texts": {
            "et": {
                "title": "Perearsti määramisel arvestada inimese suhtluskeelt",
                "body": "Kui Terviseamet määrab perearsti elukoha aadressi järgi, arvestab ta võimaluse korral ka "
                "inimese suhtluskeelt ja eelistab lähedal asuvat nimistut, kus on ühine keel. Nii ei pea "
                "uustulnuk pärast määramist uut avaldust tegema ja ootama. Ettepanek puudutab eelkõige linnu, kus "
                "nimistuid on mitu.",
            },
            "en": {
                "title": "Consider the person's language when assigning a family doctor",
                "body": "When the Health Board assigns a family doctor by address, it also considers the person's "
                "language where possible and prefers a nearby list with a shared language. The newcomer then need "
                "not file a new application and wait after being assigned. The proposal concerns mainly towns with "
                "several practices.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-05-22", "reason": "Esitati Haapsalu võrgustikukohtumisel."},
            {"state": "discussed", "date": "2025-09-25", "reason": "Arutati Kohtla-Järve võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-09-26", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-10-14",
                "reason": "ELVL saatis ettepaneku Terviseametile.",
                "reference": "ELVL kiri nr 1-7/153",
            },
            {
                "state": "answered",
                "date": "2026-01-12",
                "reason": "Terviseamet vastas.",
                "answer": "rejected",
                "answer_text": "Terviseamet ei muuda perearsti määramise korda ega arvesta määramisel teeninduskeelt.",
                "answer_reasons": "Määramine lähtub elukohast ja nimistute täituvusest; keele järgi määramine "
                "koormaks üle võõrkeelt kõnelevate arstide nimistud. Inimene saab perearsti ise "
                "valida avalduse alusel.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "school-support-returnee-children",
        "bottlenecks": ["returnee-children-weak-estonian", "kov-schools-unready-returnee"],
        "level": "state",
        "body": "Haridus- ja Teadusministeerium",
        "origins": [SEPTEMBER_MEETING],
        "authors": "Jõhvi valla ja Kohtla-Järve linna esindajad",
        "sample": True,
        "texts": {
            "et": {
                "title": "Riiklik tugi koolidele, kuhu tulevad nõrga eesti keelega tagasipöördujate lapsed",
                "body": "Haridus- ja Teadusministeerium koostab koolidele juhendi tagasipöördujate laste "
                "vastuvõtmiseks ja näeb ette lisatoe eesti keele õppeks esimesel õppeaastal. Juhend ütleb, kuidas "
                "hinnata lapse keeleoskust, koostada õppekava ja kaasata vanemaid. Nii ei sõltu lapse toetamine "
                "enam üksikute õpetajate algatusest ega KOVi suurusest.",
            },
            "en": {
                "title": "State support for schools receiving returnee children with weak Estonian",
                "body": "The Ministry of Education and Research prepares guidance for schools on receiving returnee "
                "children and provides extra support for learning Estonian in the first school year. The guidance "
                "explains how to assess the child's language, plan their studies and involve the parents. Support "
                "for the child then no longer depends on individual teachers or on the size of the municipality.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-09-25", "reason": "Esitati Kohtla-Järve võrgustikukohtumisel."},
            {"state": "discussed", "date": "2025-11-27", "reason": "Arutati Rakvere võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-11-28", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-12-15",
                "reason": "ELVL saatis ettepaneku Haridus- ja Teadusministeeriumile; vastust oodatakse.",
                "reference": "ELVL kiri nr 1-7/188",
            },
        ],
        "milestones": [],
    },
    {
        "key": "returnee-info-at-registration",
        "bottlenecks": ["returnees-not-identified", "returnee-unaware-of-support", "kov-returnees-unknown-in-advance"],
        "level": "state",
        "body": "Siseministeerium",
        "origins": [WORKSHOP],
        "authors": "Haapsalu ja Tartu kohanemisspetsialistid",
        "sample": True,
        "texts": {
            "et": {
                "title": "Elukohateatesse vabatahtlik märge „naasen välismaalt“ ja viide tagasipöördujate infole",
                "body": "Siseministeerium lisab elukohateatesse vabatahtliku küsimuse, kas inimene naaseb Eestisse "
                "välismaalt, ning inimese nõusolekul edastatakse see teave tema uuele KOVile. Kõik välismaalt "
                "saabujad saavad elukohateate kinnitusega viite tagasipöördujate nõustamisele ja "
                "tagasipöördumistoetusele. Nii jõuab tugi tagasipöördujani ja KOV saab teenuseid paremini "
                "planeerida.",
            },
            "en": {
                "title": "A voluntary \u201creturning from abroad\u201d box and returnee information with the notice",
                "body": "The Ministry of the Interior adds a voluntary question to the residence notice asking "
                "whether the person is returning to Estonia from abroad, and with their consent this is passed on "
                "to their new municipality. Everyone arriving from abroad receives, with the confirmation of the "
                "notice, a link to returnee counselling and the returnee support. Support then reaches returnees, "
                "and municipalities can plan their services better.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-03-20", "reason": "Ettepanek sündis teenusdisaini töötoas."},
            {
                "state": "discussed",
                "date": "2025-05-22",
                "reason": "Arutati Haapsalu võrgustikukohtumisel koos kogemuskohviku tutvustusega.",
            },
            {"state": "adopted", "date": "2025-05-23", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-06-12",
                "reason": "ELVL saatis ettepaneku Siseministeeriumile.",
                "reference": "ELVL kiri nr 1-7/115",
            },
            {
                "state": "answered",
                "date": "2025-10-20",
                "reason": "Siseministeerium vastas.",
                "answer": "partly",
                "answer_text": "Rahvastikuregistrisse eraldi tagasipöörduja märget ei lisata, kuid e-rahvastikuregistris "
                "elukohateate kinnitusse lisatakse viide tagasipöördujate nõustamisele ja toetusele.",
                "answer_reasons": "Uue andmevälja lisamine registrisse vajab põhjalikumat õiguslikku ja tehnilist "
                "analüüsi; viide infole täidab osa eesmärgist kohe.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "returnee-support-deadline-from-registration",
        "bottlenecks": ["returnee-support-8-months"],
        "level": "state",
        "body": "Kultuuriministeerium",
        "origins": [MAY_MEETING],
        "authors": "Haapsalu linna kohanemisspetsialist",
        "sample": True,
        "texts": {
            "et": {
                "title": "Tagasipöördumistoetuse tähtaeg arvestada elukoha registreerimisest",
                "body": "Kultuuriministeerium muudab tagasipöördumistoetuse tingimusi nii, et kaheksakuune "
                "taotlemise tähtaeg hakkab kulgema elukoha registreerimisest, mitte naasmise päevast. Nii ei jää "
                "toetusest ilma pere, kes sai alles hiljem elukoha registreerida või kuulis toetusest hilja. "
                "Integratsiooni Sihtasutus teavitaks toetusest elukoha registreerimise järel.",
            },
            "en": {
                "title": "Count the returnee support deadline from residence registration",
                "body": "The Ministry of Culture changes the conditions of the returnee support so that the "
                "eight-month application period runs from the registration of residence rather than from the day "
                "of return. A family that could register only later, or heard of the support late, then does not "
                "lose it. The Integration Foundation would inform people of the support after registration.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-05-22", "reason": "Esitati Haapsalu võrgustikukohtumisel."},
            {"state": "discussed", "date": "2025-09-25", "reason": "Arutati Kohtla-Järve võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-09-26", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-10-14",
                "reason": "ELVL saatis ettepaneku Kultuuriministeeriumile.",
                "reference": "ELVL kiri nr 1-7/154",
            },
            {
                "state": "answered",
                "date": "2026-02-09",
                "reason": "Kultuuriministeerium vastas.",
                "answer": "rejected",
                "answer_text": "Ministeerium ei muuda tagasipöördumistoetuse taotlemise tähtaega.",
                "answer_reasons": "Toetus on mõeldud kohanemiseks vahetult pärast naasmist ja registreerimisest "
                "arvestatav tähtaeg võiks soodustada hilist registreerimist. Selle asemel "
                "täiendatakse koos Integratsiooni Sihtasutusega teavitamist.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "returnee-professional-update",
        "bottlenecks": ["returnee-changed-vocabulary", "work-qualification-recognition"],
        "level": "state",
        "body": "Haridus- ja Noorteamet",
        "origins": [NOVEMBER_MEETING],
        "authors": "Rakvere võrgustikukohtumise osalejad",
        "sample": True,
        "texts": {
            "et": {
                "title": "Naasvatele spetsialistidele ühtne teejuht: kvalifikatsiooni hindamine ja erialane keel",
                "body": "Haridus- ja Noorteamet koondab ENIC/NARIC keskuse kvalifikatsiooni hindamise info ja "
                "erialase eesti keele värskenduskursuste võimalused ühte teejuhti, mis on mõeldud nii "
                "tagasipöördujatele kui ka teistele välismaal õppinutele. KOVi kohanemisspetsialistid saavad "
                "teejuhi inimesele kätte anda juba esimesel kohtumisel. Nii jõuavad spetsialistid kiiremini oma "
                "erialale tagasi.",
            },
            "en": {
                "title": "One guide for returning professionals: qualification recognition and professional language",
                "body": "The Education and Youth Board brings the ENIC/NARIC information on assessing qualifications "
                "and the options for refreshing professional Estonian together in one guide, for returnees and for "
                "others who studied abroad. Municipal adaptation specialists can hand it over at the first meeting. "
                "Professionals then get back to their field sooner.",
            },
        },
        "history": [
            {
                "state": "submitted",
                "date": "2025-11-28",
                "reason": "Esitati Rakvere võrgustikukohtumise arutelu põhjal; ootab arutelu järgmisel "
                "võrgustikukohtumisel.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "insurance-start-information",
        "bottlenecks": ["insurance-from-day-15", "returnee-uninsured-gap"],
        "level": "state",
        "body": "Tervisekassa",
        "origins": [TRAINING_DAY],
        "authors": SPECIALISTS,
        "sample": True,
        "texts": {
            "et": {
                "title": "Selge teave ravikindlustuse algusest uustulnukatele, tagasipöördujatele ja tööandjatele",
                "body": "Tervisekassa koostab lühikese mitmekeelse selgituse, millal ravikindlustus algab (töötamise "
                "15. päevast või töötuna registreerimisest) ja mida teha vahepealsel ajal. Selgitust saavad jagada "
                "tööandjad, Töötukassa ja KOVide kohanemisspetsialistid. Nii ei tule kindlustuse puudumine "
                "üllatusena alles arsti juures.",
            },
            "en": {
                "title": "Clear information on when health insurance starts, for newcomers, returnees and employers",
                "body": "The Health Insurance Fund prepares a short multilingual explanation of when health "
                "insurance begins (from the 15th day of employment or on registering as unemployed) and what to do "
                "in between. Employers, the Unemployment Insurance Fund and municipal adaptation specialists can "
                "hand it out. Missing insurance then does not come as a surprise at the doctor's.",
            },
        },
        "history": [],  # draft
        "milestones": [],
    },
    {
        "key": "benefits-joint-explainer",
        "bottlenecks": ["family-benefits-two-systems"],
        "level": "state",
        "body": "Sotsiaalkindlustusamet",
        "origins": [SEPTEMBER_MEETING],
        "authors": "Pärnu ja Tartu kohanemisspetsialistid",
        "sample": True,
        "texts": {
            "et": {
                "title": "Ühine selgitus: riiklikud peretoetused ja KOVi vajaduspõhine toetus",
                "body": "Sotsiaalkindlustusamet koostab koos ELVL-iga lühikese selgituse, mis eristab riiklikke "
                "peretoetusi ja KOVi vajaduspõhist peretoetust ning ütleb, kust kumbagi taotleda. Selgitus on "
                "eesti, inglise, vene ja ukraina keeles ning seda jagavad nii amet kui ka KOVid. Nii leiab pere "
                "toetuse, millele tal on õigus, ja pöördub õigesse kohta.",
            },
            "en": {
                "title": "A joint explainer: state family allowances and the municipality's needs-based benefit",
                "body": "The Social Insurance Board and ELVL prepare a short explanation that tells state family "
                "allowances apart from the municipality's needs-based family benefit and says where to apply for "
                "each. It is in Estonian, English, Russian and Ukrainian and is handed out by both the Board and "
                "municipalities. Families then find the benefits they are entitled to and go to the right place.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-09-25", "reason": "Esitati Kohtla-Järve võrgustikukohtumisel."},
            {"state": "discussed", "date": "2025-11-27", "reason": "Arutati Rakvere võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-11-28", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-12-15",
                "reason": "ELVL saatis ettepaneku Sotsiaalkindlustusametile.",
                "reference": "ELVL kiri nr 1-7/189",
            },
            {
                "state": "answered",
                "date": "2026-03-10",
                "reason": "Sotsiaalkindlustusamet vastas.",
                "answer": "accepted",
                "answer_text": "Amet koostab koos ELVL-iga selgituse eesti, inglise, vene ja ukraina keeles.",
                "answer_reasons": "Ühine selgitus vähendab valesti suunatud pöördumisi nii ametis kui ka KOVides.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "eu-citizen-deadlines-in-one-notice",
        "bottlenecks": ["eu-citizen-several-deadlines"],
        "level": "state",
        "body": "Politsei- ja Piirivalveamet",
        "origins": [SEPTEMBER_MEETING],
        "authors": "Tartu välismaalaste teenuskeskus",
        "sample": True,
        "texts": {
            "et": {
                "title": "ELi kodaniku tähtajad ühte teatesse",
                "body": "PPA koondab ELi kodaniku kõik tähtajad – elukoha registreerimine kolme kuu jooksul, "
                "ID-kaardi taotlemine kuu aja jooksul pärast registreerimist ja elamisõiguse kehtivus – ühte "
                "lühikesse teatesse, mille saab kätte ka KOVist elukoha registreerimisel. Nii ei pea inimene "
                "tähtaegu eri asutuste lehtedelt kokku otsima ja jõuab ID-kaardi ning e-teenusteni kiiremini.",
            },
            "en": {
                "title": "An EU citizen's deadlines in one notice",
                "body": "The PPA gathers all of an EU citizen's deadlines (registering residence within three "
                "months, applying for an ID card within one month of registering, the validity of the right of "
                "residence) into one short notice, also handed out by the municipality at registration. People "
                "then need not piece the deadlines together from different authorities' pages, and reach the ID "
                "card and e-services sooner.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-09-25", "reason": "Esitati Kohtla-Järve võrgustikukohtumisel."},
            {
                "state": "discussed",
                "date": "2025-11-27",
                "reason": "Arutati Rakveres; otsustati ettepanekut täpsustada ja enne ametlikku saatmist PPA-ga nõu "
                "pidada.",
            },
        ],
        "milestones": [],
    },
    # ================================================================== network level
    {
        "key": "front-office-english-phrasebook",
        "bottlenecks": ["front-office-english-self-taught", "registration-no-english"],
        "level": "network",
        "body": ELVL,
        "origins": [TRAINING_DAY],
        "authors": "Koolituspäeva „Rändetaustaga klient kohalikule omavalitsusele“ osalejad",
        "sample": True,
        "texts": {
            "et": {
                "title": "Eesliini töötajate ühine fraasikogu ja lühikoolitus",
                "body": "ELVL koostab koos partner-KOVidega eesliini töötajatele fraasikogu ja mitmekeelsed "
                "vormid sagedasemate toimingute jaoks: elukohateade, isikukood ja lasteaiajärjekord. Lisaks "
                "korraldab ELVL lühikoolituse, kus fraasikogu kasutamist harjutatakse. Nii ei sõltu teenindus "
                "enam ainult töötajate omaalgatuslikust keeleõppest ja uustulnuk saab põhiasjad aetud ka inglise "
                "keeles.",
            },
            "en": {
                "title": "A common phrase book and short training for front-office staff",
                "body": "ELVL and the partner municipalities prepare a phrase book and multilingual forms for "
                "front-office staff covering the most frequent tasks: the residence notice, the personal code and "
                "the kindergarten queue. ELVL also runs a short training to practise using it. Service then no "
                "longer depends only on staff learning languages on their own initiative, and newcomers can get "
                "the basics done in English.",
            },
        },
        "history": [
            {
                "state": "submitted",
                "date": "2025-05-13",
                "reason": "Ettepanek tehti koolituspäeval „Rändetaustaga klient kohalikule omavalitsusele“.",
            },
            {"state": "discussed", "date": "2025-05-22", "reason": "Arutati Haapsalu võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-05-23", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-06-02",
                "reason": "Edastati ELVL-i büroole elluviimiseks.",
                "reference": "ELVL lõimumise tööplaan 2025",
            },
            {
                "state": "answered",
                "date": "2025-06-16",
                "reason": "ELVL-i büroo võttis ülesande vastu.",
                "answer": "accepted",
                "answer_text": "ELVL-i lõimumise nõunik koostab fraasikogu ja korraldab lühikoolituse partner-KOVide "
                "eesliini töötajatele.",
                "answer_reasons": "Vajadus on kõigis partner-KOVides sama ja ühine materjal on tõhusam kui iga KOVi "
                "oma.",
            },
            {
                "state": "in-implementation",
                "date": "2025-09-25",
                "reason": "Fraasikogu esimest versiooni tutvustati Kohtla-Järve võrgustikukohtumisel.",
                "progress": 70,
            },
            {
                "state": "implemented",
                "date": "2026-03-16",
                "reason": "Fraasikogu ja vormid on avaldatud ning lühikoolitus on partner-KOVide eesliini töötajatele "
                "läbi viidud.",
            },
        ],
        "milestones": [
            {
                "date": "2025-09-25",
                "text": "Fraasikogu esimest versiooni tutvustati Kohtla-Järve võrgustikukohtumisel.",
                "progress": 30,
            },
            {
                "date": "2025-11-27",
                "text": "Fraasikogu katsetati partner-KOVide klienditeeninduses; tagasiside "
                "põhjal lisati vene keele versioon.",
                "progress": 70,
            },
            {"date": "2026-03-16", "text": "Lõplik fraasikogu avaldati ja lühikoolitus viidi läbi.", "progress": 100},
        ],
    },
    {
        "key": "registration-campaign",
        "bottlenecks": ["unregistered-residents-income-tax", "perks-need-registration"],
        "level": "network",
        "body": ELVL,
        "origins": [FEBRUARY_MEETING],
        "authors": SPECIALISTS,
        "sample": True,
        "texts": {
            "et": {
                "title": "Mitmekeelne teavituskampaania „Registreeri oma elukoht“",
                "body": "ELVL koostab partner-KOVidele ühised mitmekeelsed materjalid, mis selgitavad, miks elukoha "
                "registreerimine on oluline: sellest sõltuvad lasteaiakoht, kohalikud soodustused ja see, kuhu "
                "laekub tulumaks. Iga KOV lisab oma kohalikud näited, näiteks Tallinna tasuta ühistranspordi. Nii "
                "registreerib rohkem uusi elanikke end õigel ajal ja KOV saab teenuseid paremini planeerida.",
            },
            "en": {
                "title": "A multilingual \u201cRegister your residence\u201d campaign",
                "body": "ELVL prepares common multilingual materials for the partner municipalities explaining why "
                "registering residence matters: a kindergarten place, local perks and where the income tax goes all "
                "depend on it. Each municipality adds its own local examples, such as free public transport in "
                "Tallinn. More new residents then register in time, and municipalities can plan their services "
                "better.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-02-07", "reason": "Esitati Tallinna võrgustikukohtumisel."},
            {"state": "discussed", "date": "2025-05-22", "reason": "Arutati Haapsalu võrgustikukohtumisel."},
            {
                "state": "adopted",
                "date": "2025-05-23",
                "reason": "Võrgustik kiitis ettepaneku heaks; elluviimine sõltub ELVL-i järgmise aasta tööplaanist ja "
                "rahastusest.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "returnee-contact-person-network",
        "bottlenecks": ["returnees-not-identified", "returnee-unaware-of-support"],
        "level": "network",
        "body": ELVL,
        "origins": [WORKSHOP],
        "authors": SPECIALISTS,
        "sample": True,
        "texts": {
            "et": {
                "title": "Igas partner-KOVis tagasipöördujate kontaktisik",
                "body": "Iga partner-KOV nimetab tagasipöördujate kontaktisiku, kelle nimi ja kontakt on KOVi "
                "veebilehel ning kes suunab naasjaid nõustamisele ja tagasipöördumistoetuse juurde. ELVL koondab "
                "kontaktisikute nimekirja ja korraldab nende kohtumisi. Nii leiab tagasipöörduja abi ka siis, kui "
                "registrist ei ole näha, et ta naasis välismaalt.",
            },
            "en": {
                "title": "A returnee contact person in every partner municipality",
                "body": "Each partner municipality names a contact person for returnees, listed on its website, who "
                "guides them to counselling and the returnee support. ELVL keeps the list of contact persons and "
                "brings them together. A returnee then finds help even though the register does not show that they "
                "came back from abroad.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-03-20", "reason": "Ettepanek sündis teenusdisaini töötoas."},
            {"state": "discussed", "date": "2025-05-22", "reason": "Arutati Haapsalu võrgustikukohtumisel."},
            {
                "state": "withdrawn",
                "date": "2025-09-25",
                "reason": "Autorid võtsid ettepaneku tagasi: sama eesmärki teenib Siseministeeriumile saadetud "
                "ettepanek ja iga KOVi kohanemisspetsialist saab tagasipöördujaid nõustamisele suunata ka "
                "ilma eraldi kontaktisikuta.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "adaptation-services-continuity",
        "bottlenecks": ["kov-specialist-project-funding"],
        "level": "network",
        "body": ELVL,
        "origins": [NOVEMBER_MEETING],
        "authors": "Haapsalu linna ja Jõhvi valla esindajad",
        "sample": True,
        "texts": {
            "et": {
                "title": "Analüüs: kuidas hoida kohanemisteenused alles pärast partnerluslepingu lõppu",
                "body": "ELVL analüüsib koos partner-KOVidega, millised kohanemisteenused peavad jätkuma ka pärast "
                "ESF+ partnerluslepingu lõppu ja kuidas neid rahastada. Esmajärjekorras käsitletakse Haapsalu ja "
                "Jõhvi valla lepinguid, mille jätkamist hinnatakse 2026. aastal. Analüüsi põhjal saab ELVL teha "
                "riigile põhjendatud ettepaneku ja KOVid planeerida oma eelarvet.",
            },
            "en": {
                "title": "Analysis: how to keep adaptation services once a partnership agreement ends",
                "body": "ELVL and the partner municipalities analyse which adaptation services must continue after "
                "an ESF+ partnership agreement ends, and how to fund them. The agreements of Haapsalu and Jõhvi, "
                "whose continuation is assessed in 2026, come first. On this basis ELVL can make a reasoned proposal "
                "to the state and municipalities can plan their budgets.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-11-27", "reason": "Esitati Rakvere võrgustikukohtumisel."},
        ],
        "milestones": [],
    },
    {
        "key": "reply-summary-in-plain-language",
        "bottlenecks": ["kov-answer-in-estonian", "immigrant-reply-in-estonian"],
        "level": "network",
        "body": ELVL,
        "origins": [TRAINING_DAY],
        "authors": "Koolituspäeva „Rändetaustaga klient kohalikule omavalitsusele“ osalejad",
        "sample": True,
        "texts": {
            "et": {
                "title": "Võrgustiku soovitus: eestikeelsele vastusele lühikokkuvõte inglise või vene keeles",
                "body": "ELVL annab partner-KOVidele soovituse lisada eestikeelsele vastusele uustulnukale lühike "
                "kokkuvõte inglise või vene keeles, kui vastuses on tähtaeg või nõue. Ametlik vastus jääb eesti "
                "keelde, kokkuvõte aitab inimesel seda mõista. Nii jõuab oluline info kohale ja korduvaid "
                "pöördumisi on vähem.",
            },
            "en": {
                "title": "A network recommendation: a short English or Russian summary with an Estonian reply",
                "body": "ELVL recommends that partner municipalities add a short summary in English or Russian to an "
                "Estonian reply to a newcomer when it contains a deadline or requirement. The official reply stays "
                "in Estonian; the summary helps the person understand it. Important information then gets through "
                "and there are fewer repeated requests.",
            },
        },
        "history": [
            {
                "state": "submitted",
                "date": "2025-05-13",
                "reason": "Ettepanek tehti koolituspäeval „Rändetaustaga klient kohalikule omavalitsusele“.",
            },
            {"state": "discussed", "date": "2025-09-25", "reason": "Arutati Kohtla-Järve võrgustikukohtumisel."},
            {
                "state": "rejected",
                "date": "2025-09-26",
                "reason": "Võrgustik ei toetanud ühtset soovitust selles vormis: enne tuleb selgeks teha asjaajamiskeele "
                "nõuded ja kuulata ära Kultuuriministeeriumi seisukoht. Teema võetakse uuesti arutusele "
                "koos ettepanekuga, mis arvestab neid nõudeid.",
            },
        ],
        "milestones": [],
    },
    # ================================================================== municipality level
    {
        "key": "tartu-bus-card-without-eid",
        "bottlenecks": ["no-eid-no-bus-card"],
        "level": "municipality",
        "body": "municipality:tartu-linn",
        "origins": [CONFERENCE],
        "authors": "Tartu välismaalaste teenuskeskus",
        "sample": True,
        "texts": {
            "et": {
                "title": "Isikustatud bussikaardi taotlemine Tartu välismaalaste teenuskeskuses ilma e-ID-ta",
                "body": "Tartu linn võimaldab uustulnukal taotleda isikustatud bussikaarti välismaalaste "
                "teenuskeskuses kohapeal isikut tõendava dokumendiga, ilma e-ID-ta. Teenuskeskus registreerib "
                "juba praegu kohapeal elukohta ja väljastab isikukoode, nii et bussikaardi saab lisada samasse "
                "külastusse. Uustulnuk ei pea ootama ID-kaarti, et linnas soodsalt liikuda.",
            },
            "en": {
                "title": "Applying for a personal bus card at the Tartu Welcome Centre without an e-ID",
                "body": "The City of Tartu lets newcomers apply for a personal bus card in person at the Welcome "
                "Centre with an identity document, without an e-ID. The centre already registers residence and "
                "issues personal codes on site, so the bus card can be added to the same visit. Newcomers need not "
                "wait for their ID card to travel around the city at the resident rate.",
            },
        },
        "history": [
            {
                "state": "submitted",
                "date": "2025-10-16",
                "reason": "Ettepanek tehti Tartu konverentsil digivahendite kättesaadavuse arutelus.",
            },
            {"state": "discussed", "date": "2025-11-27", "reason": "Arutati Rakvere võrgustikukohtumisel."},
            {
                "state": "adopted",
                "date": "2025-11-28",
                "reason": "Võrgustik kiitis ettepaneku heaks ja soovitas selle Tartu linnale.",
            },
            {
                "state": "sent",
                "date": "2025-12-03",
                "reason": "Edastati Tartu Linnavalitsusele.",
                "reference": "ELVL kiri nr 1-7/181",
            },
            {
                "state": "answered",
                "date": "2026-02-16",
                "reason": "Tartu Linnavalitsus vastas.",
                "answer": "accepted",
                "answer_text": "Tartu linn võimaldab isikustatud bussikaarti taotleda välismaalaste teenuskeskuses "
                "kohapeal isikut tõendava dokumendiga.",
                "answer_reasons": "Teenuskeskus juba registreerib elukohta ja väljastab isikukoode kohapeal, seega saab "
                "bussikaardi taotlemise lisada samasse külastusse.",
            },
            {
                "state": "in-implementation",
                "date": "2026-04-01",
                "reason": "Töökorra ettevalmistamine algas.",
                "progress": 60,
            },
        ],
        "milestones": [
            {
                "date": "2026-04-01",
                "text": "Teenuskeskus ja linnavalitsuse vastav osakond leppisid kokku töökorra.",
                "progress": 30,
            },
            {
                "date": "2026-09-01",
                "text": "Bussikaardi kohapealse taotlemise katsetamine teenuskeskuses algas.",
                "progress": 60,
            },
        ],
    },
    {
        "key": "haapsalu-regular-experience-cafe",
        "bottlenecks": ["returnee-not-quite-estonian"],
        "level": "municipality",
        "body": "municipality:haapsalu-linn",
        "origins": [MAY_MEETING],
        "authors": "Haapsalu linna kohanemisspetsialist",
        "sample": True,
        "texts": {
            "et": {
                "title": "Tagasipöördujate kogemuskohvik Haapsalus korrapäraseks",
                "body": "Haapsalu linn korraldab tagasipöördujate kogemuskohvikut korrapäraselt, igakuiselt, ja "
                "kutsub sinna ka naabervaldade tagasipöördujaid. Kohvikus saavad naasjad jagada kogemusi, leida "
                "tuttavaid ja kuulda, kust saada tuge. See aitab vähendada tunnet, et ollakse „eestlane, aga mitte "
                "päris“, ja hoida ära uuesti lahkumist.",
            },
            "en": {
                "title": "A regular experience café for returnees in Haapsalu",
                "body": "The City of Haapsalu runs the experience café for returnees regularly, every month, and "
                "invites returnees from neighbouring municipalities too. At the café returnees share experiences, "
                "make acquaintances and hear where to find support. This helps ease the feeling of being "
                "\u201cEstonian, but not quite\u201d and prevent people from leaving again.",
            },
        },
        "history": [
            {
                "state": "submitted",
                "date": "2025-05-22",
                "reason": "Esitati Haapsalu võrgustikukohtumisel, kus võõrustaja tutvustas oma tööd tagasipöördujatega.",
            },
            {"state": "discussed", "date": "2025-09-25", "reason": "Arutati Kohtla-Järve võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-09-26", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-10-02",
                "reason": "Edastati Haapsalu Linnavalitsusele.",
                "reference": "ELVL kiri nr 1-7/146",
            },
            {
                "state": "answered",
                "date": "2025-12-10",
                "reason": "Haapsalu Linnavalitsus vastas.",
                "answer": "partly",
                "answer_text": "Haapsalu linn korraldab kogemuskohvikut 2026. aastal kaks korda ja kutsub sinna ka "
                "naaberomavalitsuste tagasipöördujaid; igakuist kohvikut ei ole võimalik korraldada.",
                "answer_reasons": "Kohanemisspetsialisti tööaeg ja eelarve on piiratud ning partnerlusleping kestab "
                "2026. aastani.",
            },
        ],
        "milestones": [],
    },
    {
        "key": "tallinn-kindergarten-queue-before-arrival",
        "bottlenecks": [
            "returnee-kindergarten-queue",
            "kindergarten-tied-to-registration",
            "returnee-planning-from-abroad",
        ],
        "level": "municipality",
        "body": "municipality:tallinn",
        "origins": [SEPTEMBER_MEETING],
        "authors": "Tallinna Rändekeskuse töötajad",
        "sample": True,
        "texts": {
            "et": {
                "title": "Lasteaiajärjekorda saab astuda enne Tallinna kolimist",
                "body": "Tallinn võimaldab välismaalt naasval või saabuval perel esitada lasteaiakoha taotluse juba "
                "enne kolimist, näiteks üürilepingu või tööpakkumise alusel, tingimusel et elukoht registreeritakse "
                "Tallinnasse enne koha kasutamist. Tallinna Rändekeskus nõustab peresid taotluse esitamisel. Nii "
                "ei jää pere järjekorras teistest maha ainult seetõttu, et ta elas taotlemise ajal välismaal.",
            },
            "en": {
                "title": "Joining the kindergarten queue before moving to Tallinn",
                "body": "Tallinn lets a family returning or arriving from abroad apply for a kindergarten place "
                "before the move, for example on the basis of a tenancy contract or a job offer, provided the "
                "residence is registered in Tallinn before the place is taken up. The Tallinn Migration Centre "
                "advises families on applying. A family then does not fall behind in the queue only because it was "
                "still living abroad when applying.",
            },
        },
        "history": [
            {"state": "submitted", "date": "2025-09-25", "reason": "Esitati Kohtla-Järve võrgustikukohtumisel."},
            {"state": "discussed", "date": "2025-11-27", "reason": "Arutati Rakvere võrgustikukohtumisel."},
            {"state": "adopted", "date": "2025-11-28", "reason": "Võrgustik kiitis ettepaneku heaks."},
            {
                "state": "sent",
                "date": "2025-12-08",
                "reason": "Edastati Tallinna Linnavalitsusele; vastust oodatakse.",
                "reference": "ELVL kiri nr 1-7/185",
            },
        ],
        "milestones": [],
    },
    {
        "key": "kohtla-jarve-language-house-referral",
        "bottlenecks": ["returnee-language-houses-few"],
        "level": "municipality",
        "body": "municipality:kohtla-jarve-linn",
        "origins": [],
        "authors": "Kohtla-Järve linna kohanemisspetsialist",
        "sample": True,
        "texts": {
            "et": {
                "title": "Kohtla-Järve tagasipöördujad tasuta keelekursustele Kiviõli ja Narva eesti keele majja",
                "body": "Kohtla-Järve linna kohanemisspetsialist annab igale tagasipöördujale teavet tasuta eesti "
                "keele kursuste (A1–B1.2) kohta ning aitab registreeruda lähimasse eesti keele majja Kiviõlis või "
                "Narvas. Linn uurib, kas kursustel osalemiseks saab pakkuda sõidutoetust. Nii jõuab tasuta "
                "keeleõpe ka nende naasjateni, kes elavad keelemajast eemal.",
            },
            "en": {
                "title": "Kohtla-Järve returnees to free courses at the Kiviõli and Narva Estonian Language Houses",
                "body": "The City of Kohtla-Järve's adaptation specialist tells every returnee about the free "
                "Estonian courses (A1–B1.2) and helps them sign up at the nearest Estonian Language House, in "
                "Kiviõli or Narva. The city looks into offering a travel allowance for attending. Free language "
                "learning then reaches returnees who live away from a language house as well.",
            },
        },
        "history": [],  # draft
        "milestones": [],
    },
]
