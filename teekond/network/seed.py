"""The partner network as the 2025 report (shared/seed) and the brief's source S41 state it — nothing more.

Where the source leaves a fact open (the day an agreement was signed, the working group meeting's
date) the field stays empty. Loading is idempotent: records are found by natural keys and never
overwritten, so a second `make run` keeps what people have changed since.
"""

import csv
import datetime as dt
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from teekond.core.dates import Precision
from teekond.core.translation import save_text
from teekond.network.models import (
    AgreementStatus,
    Event,
    EventType,
    MembershipRole,
    Municipality,
    Organisation,
    OrganisationKind,
    PartnerAgreement,
    Person,
    WorkingGroup,
    WorkingGroupMembership,
)

MUNICIPALITIES_CSV = Path(__file__).parent / "data" / "municipalities.csv"

REPORT_2025 = "ELVL tegevusaruanne 2025, peatükk „Lõimumine“ (Eesti Linnade ja Valdade Liit)"
S41 = "https://dokumendiregistrid.karlerss.com/dokumendid/783056/kiri"
S45 = "https://www.osce.org/odihr/586911"
S46 = "https://norden.lv/en/whats-new/news/nordicbaltic-project-fostering-refugee-and-immigrant-integration-forin-20"
CHECKED = dt.date(2026, 11, 27)

ORGANISATIONS = [
    ("Eesti Linnade ja Valdade Liit", "ELVL", OrganisationKind.ASSOCIATION, "https://www.elvl.ee"),
    ("Põhjamaade Ministrite Nõukogu", "", OrganisationKind.INTERNATIONAL, "https://www.norden.org"),
    ("ÜRO Pagulasamet (UNHCR)", "UNHCR", OrganisationKind.INTERNATIONAL, ""),
    ("Euroopa Nõukogu kultuuridevaheliste linnade programm", "", OrganisationKind.INTERNATIONAL, ""),
    ("OSCE Demokraatlike Institutsioonide ja Inimõiguste Büroo (ODIHR)", "ODIHR", OrganisationKind.INTERNATIONAL, ""),
    ("Majanduskoostöö ja Arengu Organisatsioon (OECD)", "OECD", OrganisationKind.INTERNATIONAL, ""),
    ("Providus", "", OrganisationKind.OTHER, ""),
]

Y, M, D = Precision.YEAR, Precision.MONTH, Precision.DAY

# (municipality slug, first agreement: start, start precision; extension concluded in 2025 or None;
#  end of the current agreement, its precision; year of negotiations)
AGREEMENTS = [
    ("tartu-linn", dt.date(2023, 1, 1), Y, 2025, dt.date(2029, 6, 30), D, None),
    ("rakvere-linn", dt.date(2023, 2, 1), M, 2025, dt.date(2028, 1, 1), Y, None),
    ("tallinn", dt.date(2023, 3, 1), M, 2025, dt.date(2029, 6, 30), D, None),
    ("saaremaa-vald", dt.date(2023, 11, 1), M, 2025, dt.date(2028, 1, 1), Y, None),
    ("parnu-linn", dt.date(2024, 1, 1), Y, 2025, dt.date(2028, 1, 1), Y, None),
    ("haapsalu-linn", dt.date(2024, 12, 1), D, None, dt.date(2026, 1, 1), Y, 2024),
    ("johvi-vald", dt.date(2025, 1, 1), D, None, dt.date(2026, 1, 1), Y, 2024),
    ("kohtla-jarve-linn", dt.date(2025, 1, 1), D, None, dt.date(2027, 1, 1), Y, 2024),
]

WORKING_GROUP = ("Lõimumise valdkonna töörühm", "loimumise-valdkonna-tooruhm")
WORKING_GROUP_2025 = [
    ("Eve East", MembershipRole.CHAIR, "Toila vallavanem"),
    ("Maris Toomel", MembershipRole.MEMBER, "Jõhvi vallavanem"),
    ("Mart Kallas", MembershipRole.MEMBER, "Tallinna Linnavolikogu"),
    ("Kaisa Üprus-Tali", MembershipRole.MEMBER, "Tallinna Sotsiaal- ja Tervishoiuameti Rändekeskuse juhataja"),
    ("Maarja Lehemets-Tihhanov", MembershipRole.MEMBER, "Harku vallasekretär"),
    ("Ene Täht", MembershipRole.MEMBER, "Pärnu abilinnapea"),
    ("Merle Liivak", MembershipRole.MEMBER, "Tartu sotsiaal- ja tervishoiuosakonna juhataja"),
    ("Kairit Kaaleste", MembershipRole.MEMBER, "Viru-Nigula valla sotsiaalosakonna juhataja"),
]

NETWORK_MEETING_TEXTS = {
    "et": {
        "title": "Võrgustiku kvartaalne kohtumine partneritega",
        "description": "Lõimumis- ja kohanemisvaldkonna koostöövõrgustiku regulaarne kohtumine: teadmiste ja heade "
        "praktikate jagamine, sihtrühma toetamisel ilmnenud probleemkohtade arutelu ja ühine lahenduste otsimine. "
        "Võrgustik tutvus võõrustava omavalitsuse töökorraldusega sihtrühma toetamisel.",
        "audience": "Partneromavalitsused ja võrgustiku liikmed",
    },
    "en": {
        "title": "Quarterly network meeting with the partners",
        "description": "A regular meeting of the integration and adaptation cooperation network: sharing knowledge "
        "and good practice, discussing problems met while supporting newcomers, and looking for solutions "
        "together. The network learned how the host municipality organises its support for newcomers.",
        "audience": "Partner municipalities and network members",
    },
    "ru": {
        "title": "Ежеквартальная встреча сети с партнёрами",
        "description": "Регулярная встреча сети сотрудничества в сфере интеграции и адаптации: обмен знаниями и "
        "опытом, обсуждение проблем в поддержке новоприбывших и совместный поиск решений. Сеть познакомилась "
        "с тем, как принимающее самоуправление организует поддержку новоприбывших.",
        "audience": "Партнёрские самоуправления и участники сети",
    },
    "uk": {
        "title": "Щоквартальна зустріч мережі з партнерами",
        "description": "Регулярна зустріч мережі співпраці у сфері інтеграції та адаптації: обмін знаннями й "
        "досвідом, обговорення проблем у підтримці новоприбулих і спільний пошук рішень. Мережа ознайомилася "
        "з тим, як приймаюче самоврядування організовує підтримку новоприбулих.",
        "audience": "Партнерські самоврядування та учасники мережі",
    },
}

WORKSHOP_TEXTS = {
    "et": {
        "title": "Kohanemisteekondade teenusdisaini töötuba KOV esindajatele",
        "description": "Teenusdisaini töötuba sihtrühma kohanemise teekonnakaardi etappide kitsaskohtadest KOVi, "
        "sisserändaja ja tagasipöörduja vaates, et leida lahendusettepanekuid, mida tuleks keskselt riigis muuta.",
        "audience": "Kohalike omavalitsuste esindajad",
    },
    "en": {
        "title": "Service-design workshop on adaptation journeys for municipality representatives",
        "description": "A service-design workshop on the bottlenecks of the journey map's stages as the "
        "municipality, the immigrant and the returnee see them, to find proposals for what the state should change.",
        "audience": "Representatives of local governments",
    },
    "ru": {
        "title": "Семинар по сервис-дизайну путей адаптации для представителей самоуправлений",
        "description": "Семинар по сервис-дизайну об узких местах этапов карты адаптации с точки зрения "
        "самоуправления, иммигранта и вернувшегося, чтобы найти предложения о том, что следует изменить на уровне государства.",
        "audience": "Представители местных самоуправлений",
    },
    "uk": {
        "title": "Семінар із сервіс-дизайну шляхів адаптації для представників самоврядувань",
        "description": "Семінар із сервіс-дизайну про вузькі місця етапів карти адаптації з погляду "
        "самоврядування, іммігранта та репатріанта, щоб знайти пропозиції щодо змін на рівні держави.",
        "audience": "Представники місцевих самоврядувань",
    },
}

ACADEMY_TEXTS = {
    "et": {
        "title": "Lõimumisakadeemia Riias",
        "description": "Akadeemia rändajate ja pagulaste lõimimisest Balti riikides 2025–2026. Korraldajad UNHCR, "
        "Euroopa Nõukogu kultuuridevaheliste linnade programm, ODIHR ja OECD koos Providusega; ELVL on "
        "toetav partner. Õppetöö toimub inglise keeles.",
        "audience": "KOV ametnikud ja töötajad",
    },
    "en": {
        "title": "Integration academy in Riga",
        "description": "Academy on the integration of migrants and refugees in the Baltic countries 2025–2026, run "
        "by UNHCR, the Council of Europe's Intercultural Cities programme, ODIHR and the OECD with Providus; ELVL is a "
        "supporting partner. Taught in English.",
        "audience": "Municipal officials and staff",
    },
    "ru": {
        "title": "Академия интеграции в Риге",
        "description": "Академия по интеграции мигрантов и беженцев в странах Балтии 2025–2026 (УВКБ ООН, "
        "программа Совета Европы «Межкультурные города», БДИПЧ ОБСЕ и ОЭСР совместно с Providus; ELVL — "
        "поддерживающий партнёр). Обучение на английском языке.",
        "audience": "Чиновники и работники самоуправлений",
    },
    "uk": {
        "title": "Академія інтеграції в Ризі",
        "description": "Академія з інтеграції мігрантів і біженців у країнах Балтії 2025–2026 (УВКБ ООН, "
        "програма Ради Європи «Міжкультурні міста», БДІПЛ ОБСЄ та ОЕСР разом із Providus; ELVL — "
        "партнер, що підтримує). Навчання англійською мовою.",
        "audience": "Посадовці та працівники самоврядувань",
    },
}

TRAINING_TEXTS = {
    "et": {
        "title": "Koolituspäev „Rändetaustaga klient kohalikule omavalitsusele“",
        "description": "",
        "audience": "KOV ametnikud ja töötajad",
    },
    "en": {
        "title": "Training day “A client with a migration background for the local government”",
        "description": "",
        "audience": "Municipal officials and staff",
    },
    "ru": {
        "title": "День обучения «Клиент с миграционным прошлым для местного самоуправления»",
        "description": "",
        "audience": "Чиновники и работники самоуправлений",
    },
    "uk": {
        "title": "День навчання «Клієнт із міграційним досвідом для місцевого самоврядування»",
        "description": "",
        "audience": "Посадовці та працівники самоврядувань",
    },
}

CONFERENCE_TEXTS = {
    "et": {
        "title": "Konverents „Lõimumise võtmetegurid: ligipääs digivahenditele ja taskukohasele eluasemele“",
        "description": "Korraldatud koostöös Põhjamaade Ministrite Nõukoguga Põhja- ja Baltimaade projekti "
        "FOR-IN 2.0 raames.",
        "audience": "",
    },
    "en": {
        "title": "Conference “Key factors of integration: access to digital tools and affordable housing”",
        "description": "Held in cooperation with the Nordic Council of Ministers as part of the Nordic–Baltic "
        "FOR-IN 2.0 project.",
        "audience": "",
    },
    "ru": {
        "title": "Конференция «Ключевые факторы интеграции: доступ к цифровым средствам и доступному жилью»",
        "description": "Проведена совместно с Северным советом министров в рамках северо-балтийского проекта FOR-IN 2.0.",
        "audience": "",
    },
    "uk": {
        "title": "Конференція «Ключові чинники інтеграції: доступ до цифрових засобів і доступного житла»",
        "description": "Проведена спільно з Північною радою міністрів у межах північно-балтійського проєкту FOR-IN 2.0.",
        "audience": "",
    },
}

WORKING_GROUP_MEETING_TEXTS = {
    "et": {"title": "Lõimumise valdkonna töörühma koosolek", "description": "", "audience": "Töörühma liikmed"},
    "en": {"title": "Meeting of the integration working group", "description": "", "audience": "Working group members"},
    "ru": {"title": "Заседание рабочей группы по интеграции", "description": "", "audience": "Члены рабочей группы"},
    "uk": {"title": "Засідання робочої групи з інтеграції", "description": "", "audience": "Члени робочої групи"},
}

ELVL = "Eesti Linnade ja Valdade Liit"
ACADEMY_ORGANISERS = [
    "ÜRO Pagulasamet (UNHCR)",
    "Euroopa Nõukogu kultuuridevaheliste linnade programm",
    "OSCE Demokraatlike Institutsioonide ja Inimõiguste Büroo (ODIHR)",
    "Majanduskoostöö ja Arengu Organisatsioon (OECD)",
    "Providus",
]

# type, start, end, town, country, host slug, texts, organisers, co-organisers, source
EVENTS_2025 = [
    (
        EventType.NETWORK_MEETING,
        (2025, 2, 6),
        (2025, 2, 7),
        "Tallinn",
        "EE",
        "tallinn",
        NETWORK_MEETING_TEXTS,
        [ELVL],
        [],
        REPORT_2025,
    ),
    (EventType.WORKSHOP, (2025, 3, 20), None, "", "EE", None, WORKSHOP_TEXTS, [ELVL], [], REPORT_2025),
    (EventType.ACADEMY, (2025, 3, 12), (2025, 3, 14), "Riia", "LV", None, ACADEMY_TEXTS, ACADEMY_ORGANISERS, [], S45),
    (EventType.TRAINING_DAY, (2025, 5, 13), None, "Tallinn", "EE", "tallinn", TRAINING_TEXTS, [ELVL], [], REPORT_2025),
    (
        EventType.NETWORK_MEETING,
        (2025, 5, 22),
        (2025, 5, 23),
        "Haapsalu",
        "EE",
        "haapsalu-linn",
        NETWORK_MEETING_TEXTS,
        [ELVL],
        [],
        REPORT_2025,
    ),
    (EventType.ACADEMY, (2025, 6, 17), (2025, 6, 18), "Riia", "LV", None, ACADEMY_TEXTS, ACADEMY_ORGANISERS, [], S45),
    (
        EventType.NETWORK_MEETING,
        (2025, 9, 25),
        (2025, 9, 26),
        "Kohtla-Järve",
        "EE",
        "kohtla-jarve-linn",
        NETWORK_MEETING_TEXTS,
        [ELVL],
        [],
        REPORT_2025,
    ),
    (
        EventType.CONFERENCE,
        (2025, 10, 16),
        None,
        "Tartu",
        "EE",
        "tartu-linn",
        CONFERENCE_TEXTS,
        [ELVL],
        ["Põhjamaade Ministrite Nõukogu"],
        S46,
    ),
    (EventType.ACADEMY, (2025, 11, 19), (2025, 11, 20), "Riia", "LV", None, ACADEMY_TEXTS, ACADEMY_ORGANISERS, [], S45),
    (
        EventType.NETWORK_MEETING,
        (2025, 11, 27),
        (2025, 11, 28),
        "Rakvere",
        "EE",
        "rakvere-linn",
        NETWORK_MEETING_TEXTS,
        [ELVL],
        [],
        REPORT_2025,
    ),
]


def municipality_slug(name: str) -> str:
    return slugify(name)


@transaction.atomic
def load_seed() -> dict[str, int]:
    """Create every seed record that is missing; returns how many of each kind were created."""
    created = {
        "municipalities": _load_municipalities(),
        "organisations": _load_organisations(),
        "agreements": _load_agreements(),
        "working group members": _load_working_group(),
        "events": _load_events(),
    }
    return created


def _load_municipalities() -> int:
    count = 0
    with MUNICIPALITIES_CSV.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            _, was_created = Municipality.objects.get_or_create(
                slug=municipality_slug(row["name"]),
                defaults={"name": row["name"], "type": row["type"], "county": row["county"]},
            )
            count += was_created
    return count


def _load_organisations() -> int:
    count = 0
    for name, short, kind, website in ORGANISATIONS:
        _, was_created = Organisation.objects.get_or_create(
            name=name, defaults={"short_name": short, "kind": kind, "website": website}
        )
        count += was_created
    return count


def _load_agreements() -> int:
    count = 0
    for slug, start, start_precision, extended_in, ends, ends_precision, negotiated_in in AGREEMENTS:
        municipality = Municipality.objects.get(slug=slug)
        if municipality.agreements.exists():
            continue
        first = PartnerAgreement.objects.create(
            municipality=municipality,
            status=AgreementStatus.EXTENDED if extended_in else AgreementStatus.ACTIVE,
            activities_start=start,
            activities_start_precision=start_precision,
            negotiated_in=negotiated_in,
            ends=None if extended_in else ends,
            ends_precision=ends_precision,
            source=S41 if extended_in else f"{REPORT_2025}; {S41}",
            source_checked=CHECKED,
        )
        count += 1
        if extended_in:
            PartnerAgreement.objects.create(
                municipality=municipality,
                extends=first,
                status=AgreementStatus.ACTIVE,
                concluded=dt.date(extended_in, 1, 1),
                concluded_precision=Precision.YEAR,
                ends=ends,
                ends_precision=ends_precision,
                source=f"{REPORT_2025}; {S41}",
                source_checked=CHECKED,
            )
            count += 1
    return count


def _load_working_group() -> int:
    group, _ = WorkingGroup.objects.get_or_create(slug=WORKING_GROUP[1], defaults={"name": WORKING_GROUP[0]})
    count = 0
    for order, (name, role, position) in enumerate(WORKING_GROUP_2025):
        person, _ = Person.objects.get_or_create(name=name)
        _, was_created = WorkingGroupMembership.objects.get_or_create(
            working_group=group,
            person=person,
            year=2025,
            defaults={"role": role, "position": position, "order": order, "source": REPORT_2025},
        )
        count += was_created
    if not group.meetings.filter(year=2025).exists():
        # The report says one meeting was held in 2025 but not when: the date stays open.
        meeting = Event.objects.create(
            type=EventType.WORKING_GROUP_MEETING, year=2025, working_group=group, source=REPORT_2025
        )
        meeting.organisers.set([Organisation.objects.get(name=ELVL)])
        _save_texts(meeting, WORKING_GROUP_MEETING_TEXTS)
    return count


def _load_events() -> int:
    count = 0
    for event_type, start, end, town, country, host, texts, organisers, co_organisers, source in EVENTS_2025:
        start_date = dt.date(*start)
        if Event.objects.filter(type=event_type, start_date=start_date).exists():
            continue
        event = Event.objects.create(
            type=event_type,
            year=start_date.year,
            start_date=start_date,
            end_date=dt.date(*end) if end else None,
            town=town,
            country=country,
            host_municipality=Municipality.objects.get(slug=host) if host else None,
            source=source,
        )
        event.organisers.set(Organisation.objects.filter(name__in=organisers))
        event.co_organisers.set(Organisation.objects.filter(name__in=co_organisers))
        _save_texts(event, texts)
        count += 1
    return count


def _save_texts(event: Event, texts: dict[str, dict]) -> None:
    for language, values in texts.items():
        save_text(event, language=language, **values)
