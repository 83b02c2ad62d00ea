"""Write a corpus of generated dump files for the parse, import, extraction and search benchmarks.

    python bench/make_corpus.py 10000 /tmp/corpus --seed 1

Articles are about parliamentary diplomacy in Russian (about 60%), Kazakh (20%) and English
(20%), about 3,000 characters each, rich in officials and foreign guests (names in varied
case forms), countries (names, cases, adjectives, capitals) and direct quotes. They use the
layout variants of the dump format (see ../shared/dump-format.md). The same seed gives the
same files.
"""

from __future__ import annotations

import argparse
import codecs
import random
from dataclasses import dataclass
from pathlib import Path

# --- people -------------------------------------------------------------------

MALE_FIRST = [
    "Ерлан",
    "Маулен",
    "Нурлан",
    "Асхат",
    "Бауыржан",
    "Марат",
    "Серик",
    "Ержан",
    "Тимур",
    "Айдар",
    "Руслан",
    "Бахытжан",
    "Даурен",
    "Кайрат",
    "Жандос",
    "Ануар",
    "Мурат",
    "Ерболат",
    "Талгат",
    "Сакен",
    "Берик",
    "Алибек",
    "Азат",
    "Рустем",
    "Олжас",
    "Канат",
]
FEMALE_FIRST = [
    "Айгерим",
    "Гульнара",
    "Жанар",
    "Динара",
    "Асель",
    "Мадина",
    "Сауле",
    "Алия",
    "Камила",
    "Айжан",
    "Дана",
    "Ляззат",
]
SURNAME_STEMS = [
    "Кошан",
    "Ашимба",
    "Жумаба",
    "Сейтжан",
    "Абдулла",
    "Бекмухан",
    "Даулба",
    "Сарсенба",
    "Темирбулат",
    "Нурпеис",
    "Мамыт",
    "Смаил",
    "Ахмет",
    "Касым",
    "Есим",
    "Искак",
    "Тлеуберд",
    "Сулейман",
    "Байжан",
    "Кенжеба",
    "Омар",
    "Жаксыбек",
    "Утеп",
    "Карабал",
    "Муканов",
    "Ибраим",
    "Турсын",
    "Бекет",
    "Садык",
    "Шайхин",
]
ROLES_RU = [
    ("Председатель Мажилиса", "Председателя Мажилиса", "спикер Мажилиса"),
    ("Председатель Сената", "Председателя Сената", "глава Сената"),
    ("заместитель Председателя Мажилиса", "заместителя Председателя Мажилиса", "вице-спикер"),
    ("депутат Мажилиса", "депутата Мажилиса", "депутат"),
    ("сенатор", "сенатора", "сенатор"),
    (
        "председатель Комитета по международным делам, обороне и безопасности Мажилиса",
        "председателя Комитета по международным делам, обороне и безопасности Мажилиса",
        "глава комитета",
    ),
    ("руководитель группы дружбы", "руководителя группы дружбы", "депутат"),
]
KAZAKH_SPELLING = {
    "Кошанов": "Қошанов",
    "Ашимбаев": "Әшімбаев",
    "Касымов": "Қасымов",
    "Искаков": "Ысқақов",
    "Сулейманов": "Сүлейменов",
    "Абдуллаев": "Әбдуллаев",
}
ROLES_KK = ["Мәжіліс төрағасы", "Сенат төрағасы", "Мәжіліс депутаты", "Сенат депутаты", "сенатор"]
ROLES_EN = ["Chairman of the Mazhilis", "Chairman of the Senate", "Mazhilis deputy", "Senator"]


@dataclass(frozen=True)
class Person:
    first: str
    surname: str
    female: bool

    def ru(self, case: str) -> str:
        """Return the Russian full name in a case: nom, gen, dat, acc, ins, pre."""
        first = _first_ru(self.first, self.female, case)
        return f"{first} {_surname_ru(self.surname, self.female, case)}"

    def surname_ru(self, case: str) -> str:
        return _surname_ru(self.surname, self.female, case)

    def initial_ru(self, case: str) -> str:
        space = " " if hash(self.surname) % 2 else ""
        return f"{self.first[0]}.{space}{_surname_ru(self.surname, self.female, case)}"

    def kk(self) -> str:
        """Return the name as a Kazakh text spells it (Қошанов, Әшімбаев)."""
        surname = KAZAKH_SPELLING.get(self.surname, self.surname)
        return f"{self.first} {surname}{'а' if self.female else ''}"

    def en(self) -> str:
        return f"{_latin(self.first)} {_latin(self.surname)}{'a' if self.female else ''}"


def _first_ru(name: str, female: bool, case: str) -> str:
    if case == "nom":
        return name
    if female:
        if name.endswith("а"):
            stem = name[:-1]
            soft = stem[-1] in "жшчщкгх"
            endings = {"gen": "и" if soft else "ы", "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}
            return stem + endings[case]
        return name  # Айгерим, Асель: indeclinable in newspaper usage
    if name.endswith("й"):
        return name[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    ending = "ем" if name[-1] in "жшчщц" else "ом"
    return name + {"gen": "а", "dat": "у", "acc": "а", "ins": ending, "pre": "е"}[case]


def _surname_ru(surname: str, female: bool, case: str) -> str:
    if female:
        return (
            surname
            + {"nom": "а", "gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "pre": "ой"}[case]
        )
    return surname + {"nom": "", "gen": "а", "dat": "у", "acc": "а", "ins": "ым", "pre": "е"}[case]


_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "a",
            "g",
            "q",
            "n",
            "o",
            "u",
            "u",
            "h",
            "i",
        ],
        strict=True,
    )
)


def _latin(text: str) -> str:
    out = "".join(_LATIN.get(c.lower(), c) if c.lower() in _LATIN else c for c in text)
    return out[:1].upper() + out[1:]


def _make_people(rng: random.Random) -> list[Person]:
    people = [Person("Ерлан", "Кошанов", False), Person("Маулен", "Ашимбаев", False)]
    for stem in SURNAME_STEMS:
        female = rng.random() < 0.3
        first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
        suffix = "ев" if stem.endswith(("а", "й")) else ("" if stem.endswith("ов") else "ов")
        people.append(Person(first, stem + suffix, female))
    return people


# --- foreign guests and countries ---------------------------------------------


@dataclass(frozen=True)
class Country:
    nom: str
    gen: str
    dat: str
    acc: str
    ins: str
    pre: str
    adj_pl: str  # "белорусские"
    compound: str  # "казахстанско-белорусские"
    capital: str
    capital_pre: str
    kk: str
    kk_loc: str
    en: str
    parliament_ru: str
    parliament_en: str
    guests: tuple[
        tuple[str, str, str, str], ...
    ]  # Russian nominative, genitive, instrumental; English


# One country a paragraph: nom|gen|dat|acc|ins|pre|adjective|compound|capital|capital (pre)
# |Kazakh|Kazakh locative|English|parliament (ru, genitive)|parliament (en)
# |guests as "nom/gen/ins/English", separated by ";". Line breaks inside a paragraph are ignored.
COUNTRY_TABLE = """
Беларусь|Беларуси|Беларуси|Беларусь|Беларусью|Беларуси|белорусские|казахстанско-белорусские
|Минск|Минске|Беларусь|Беларусьте|Belarus|Палаты представителей Национального собрания
|House of Representatives
|Игорь Сергеенко/Игоря Сергеенко/Игорем Сергеенко/Igor Sergeyenko
;Наталья Кочанова/Натальи Кочановой/Натальей Кочановой/Natalya Kochanova

Россия|России|России|Россию|Россией|России|российские|казахстанско-российские|Москва|Москве
|Ресей|Ресейде|Russia|Государственной думы|State Duma
|Вячеслав Володин/Вячеслава Володина/Вячеславом Володиным/Vyacheslav Volodin
;Валентина Матвиенко/Валентины Матвиенко/Валентиной Матвиенко/Valentina Matviyenko

Китай|Китая|Китаю|Китай|Китаем|Китае|китайские|казахстанско-китайские|Пекин|Пекине|Қытай|Қытайда
|China|Всекитайского собрания народных представителей|National People's Congress
|Чжао Лэцзи/Чжао Лэцзи/Чжао Лэцзи/Zhao Leji;Ли Хунчжун/Ли Хунчжуна/Ли Хунчжуном/Li Hongzhong

Узбекистан|Узбекистана|Узбекистану|Узбекистан|Узбекистаном|Узбекистане|узбекские
|казахстанско-узбекские|Ташкент|Ташкенте|Өзбекстан|Өзбекстанда|Uzbekistan|Олий Мажлиса
|Oliy Majlis
|Танзила Нарбаева/Танзилы Нарбаевой/Танзилой Нарбаевой/Tanzila Narbayeva
;Нуриддин Исмоилов/Нуриддина Исмоилова/Нуриддином Исмоиловым/Nuriddin Ismoilov

Кыргызстан|Кыргызстана|Кыргызстану|Кыргызстан|Кыргызстаном|Кыргызстане|кыргызские
|казахстанско-кыргызские|Бишкек|Бишкеке|Қырғызстан|Қырғызстанда|Kyrgyzstan|Жогорку Кенеша
|Jogorku Kenesh
|Нурланбек Тургунбек уулу/Нурланбека Тургунбек уулу/Нурланбеком Тургунбек уулу/
Nurlanbek Turgunbek uulu

Турция|Турции|Турции|Турцию|Турцией|Турции|турецкие|казахстанско-турецкие|Анкара|Анкаре|Түркия
|Түркияда|Türkiye|Великого национального собрания|Grand National Assembly
|Нуман Куртулмуш/Нумана Куртулмуша/Нуманом Куртулмушем/Numan Kurtulmus

Азербайджан|Азербайджана|Азербайджану|Азербайджан|Азербайджаном|Азербайджане|азербайджанские
|казахстанско-азербайджанские|Баку|Баку|Әзербайжан|Әзербайжанда|Azerbaijan|Милли Меджлиса
|Milli Majlis
|Сахиба Гафарова/Сахибы Гафаровой/Сахибой Гафаровой/Sahiba Gafarova

Венгрия|Венгрии|Венгрии|Венгрию|Венгрией|Венгрии|венгерские|казахстанско-венгерские|Будапешт
|Будапеште|Мажарстан|Мажарстанда|Hungary|Государственного собрания|National Assembly
|Ласло Кёвер/Ласло Кёвера/Ласло Кёвером/Laszlo Kover

Германия|Германии|Германии|Германию|Германией|Германии|германские|казахстанско-германские|Берлин
|Берлине|Германия|Германияда|Germany|Бундестага|Bundestag
|Юлия Клёкнер/Юлии Клёкнер/Юлией Клёкнер/Julia Klockner
;Томас Фогель/Томаса Фогеля/Томасом Фогелем/Thomas Vogel

Франция|Франции|Франции|Францию|Францией|Франции|французские|казахстанско-французские|Париж
|Париже|Франция|Францияда|France|Национального собрания|National Assembly
|Жерар Ларше/Жерара Ларше/Жераром Ларше/Gerard Larcher

Южная Корея|Южной Кореи|Южной Корее|Южную Корею|Южной Кореей|Южной Корее|южнокорейские
|казахстанско-корейские|Сеул|Сеуле|Оңтүстік Корея|Оңтүстік Кореяда|South Korea
|Национального собрания|National Assembly
|У Вон Сик/У Вон Сика/У Вон Сиком/Woo Won-shik

Монголия|Монголии|Монголии|Монголию|Монголией|Монголии|монгольские|казахстанско-монгольские
|Улан-Батор|Улан-Баторе|Моңғолия|Моңғолияда|Mongolia|Великого Государственного Хурала
|State Great Khural
|Дашзэгвийн Амарбаясгалан/Дашзэгвийн Амарбаясгалана/Дашзэгвийн Амарбаясгаланом/
Dashzegviin Amarbayasgalan

Польша|Польши|Польше|Польшу|Польшей|Польше|польские|казахстанско-польские|Варшава|Варшаве|Польша
|Польшада|Poland|Сейма|Sejm
|Шимон Головня/Шимона Головни/Шимоном Головней/Szymon Holownia

Египет|Египта|Египту|Египет|Египтом|Египте|египетские|казахстанско-египетские|Каир|Каире|Мысыр
|Мысырда|Egypt|Палаты представителей|House of Representatives
|Ханафи Гебали/Ханафи Гебали/Ханафи Гебали/Hanafi Gebaly

Грузия|Грузии|Грузии|Грузию|Грузией|Грузии|грузинские|казахстанско-грузинские|Тбилиси|Тбилиси
|Грузия|Грузияда|Georgia|Парламента|Parliament
|Шалва Папуашвили/Шалвы Папуашвили/Шалвой Папуашвили/Shalva Papuashvili

Индия|Индии|Индии|Индию|Индией|Индии|индийские|казахстанско-индийские|Нью-Дели|Нью-Дели|Үндістан
|Үндістанда|India|Лок Сабхи|Lok Sabha
|Ом Бирла/Ома Бирлы/Омом Бирлой/Om Birla
"""


def _parse_countries(table: str) -> list[Country]:
    countries = []
    for record in table.strip().split("\n\n"):
        fields = "".join(line.strip() for line in record.splitlines()).split("|")
        guests = tuple(tuple(guest.split("/")) for guest in fields[-1].split(";"))
        countries.append(Country(*fields[:-1], guests=guests))
    return countries


COUNTRIES = _parse_countries(COUNTRY_TABLE)
ORGANISATIONS_RU = ["ШОС", "СНГ", "ОДКБ", "ЕАЭС", "ОБСЕ", "ООН", "ТюркПА", "МПА СНГ", "СВМДА"]
ORGANISATIONS_EN = ["SCO", "CIS", "CSTO", "EAEU", "OSCE", "UN", "TURKPA", "CICA"]

# --- vocabulary -----------------------------------------------------------------

TOPICS_RU = [
    "торгово-экономического сотрудничества",
    "цифровизации государственных услуг",
    "искусственного интеллекта",
    "водной дипломатии",
    "транспортно-логистических коридоров",
    "Срединного коридора",
    "зеленой энергетики",
    "атомной энергетики",
    "продовольственной безопасности",
    "миграционной политики",
    "образовательных обменов",
    "туризма",
    "культурного наследия",
    "борьбы с коррупцией",
    "защиты прав человека",
    "экологии Каспийского моря",
    "здравоохранения",
    "гендерного равенства",
    "молодежной политики",
    "инвестиционного климата",
    "фармацевтики",
    "машиностроения",
    "критически важных минералов",
    "кибербезопасности",
    "визовой либерализации",
    "пенсионного обеспечения трудовых мигрантов",
    "сельского хозяйства",
    "редкоземельных металлов",
    "космической отрасли",
    "креативной экономики",
]
TOPICS_KK = [
    "сауда-экономикалық ынтымақтастық",
    "цифрландыру",
    "жасанды интеллект",
    "су дипломатиясы",
    "көлік-логистика",
    "жасыл энергетика",
    "азық-түлік қауіпсіздігі",
    "білім беру",
    "туризм",
    "мәдени мұра",
    "экология",
    "денсаулық сақтау",
    "инвестиция",
    "ауыл шаруашылығы",
    "киберқауіпсіздік",
]
TOPICS_EN = [
    "trade and economic cooperation",
    "digitalisation",
    "artificial intelligence",
    "water diplomacy",
    "the Middle Corridor",
    "green energy",
    "nuclear energy",
    "food security",
    "labour migration",
    "education exchanges",
    "tourism",
    "cultural heritage",
    "anti-corruption legislation",
    "human rights",
    "Caspian ecology",
    "healthcare",
    "youth policy",
    "critical minerals",
    "cybersecurity",
    "agriculture",
    "space industry",
]
VERBS_RU = ["сказал", "отметил", "подчеркнул", "заявил", "добавил", "озвучил", "ответил"]
VERBS_RU_F = ["сказала", "отметила", "подчеркнула", "заявила", "добавила"]
VERBS_KK = ["деді", "атап өтті", "деп атап өтті", "деді ол"]
VERBS_EN = ["said", "noted", "stressed", "added", "emphasised"]
DASHES = ["–", "—", "-"]
CITIES_KZ = ["Астане", "Алматы", "Шымкенте", "Туркестане", "Актау", "Уральске", "Караганде"]
CITIES_KZ_ACC = ["Астану", "Алматы", "Шымкент", "Туркестан", "Актау", "Уральск", "Караганду"]
TAGS_RU = ["сотрудничество", "парламент", "дипломатия", "визит", "Мажилис", "Сенат", "переговоры"]
EVENTS_RU = [
    "межпарламентского форума",
    "заседания межпарламентской комиссии",
    "визита делегации",
    "парламентских слушаний",
    "сессии Парламентской ассамблеи",
    "форума регионов",
    "встречи групп дружбы",
    "конференции спикеров Евразии",
]
ADVERBS_RU = ["особо", "также", "отдельно", "вновь", "в частности", "при этом"]
MONEY = ["1,2 млрд", "850 млн", "3,4 млрд", "2 млрд", "600 млн", "5 млрд", "740 млн", "1,9 млрд"]
PERCENT = ["17%", "24%", "9%", "31%", "12%"]
CREDIT_RU = [
    "Фото: пресс-служба Мажилиса",
    "Фото: Сенат / {initial}",
    "© Фото: Kazinform",
    "Источник фото: пресс-служба Сената",
    "Фото {initial}",
]
CREDIT_EN = ["Photo: Senate press service", "Photo credit: Mazhilis", "(Photo: Akorda)"]
TOP_CHROME = [
    "Рассказать друзьям",
    "РУ",
    "ру қз qz 中文",
    "Цвет сайта",
    "Сайт бояуы",
    "USD 487.30 EUR 528.10 RUB 5.21",
    "Главная > Новости > Парламент",
    "#Тренд дня",
    "НОВОСТИ",
]
BOTTOM_CHROME = [
    ["Поделитесь новостью", "Читайте также:", "Сенаторы обсудили бюджет на 2026 год"],
    ["Лента новостей", "Нет комментариев."],
    ["Мақаламен бөлісу", "Оқи отырыңыз", "Мәжіліс жаңа заң жобасын мақұлдады"],
    ["Popular", "Author: Aigerim Seitkali"],
    ["Новости по теме", "Депутаты обсудили налоговый кодекс"],
]
OUTLET_RU = [
    ", сообщает Kazpravda.kz со ссылкой на пресс-службу Мажилиса",
    ", передает корреспондент агентства Kazinform.",
    ", передает корреспондент Zakon.kz.",
    ", сообщает Zakon.kz.",
    ", передает BAQ.KZ со ссылкой на пресс-службу Сената.",
    ".",
]
OUTLET_KK = [
    ", деп хабарлайды Zakon.kz.",
    ", деп хабарлайды Kazinform агенттігінің меншікті тілшісі.",
    ".",
]
OUTLET_EN = [", Kazinform News Agency reports.", ", Report informs.", ", Trend reports.", "."]
DATELINES_RU = [
    "АСТАНА. KAZINFORM — ",
    "МОСКВА, 26 фев – РИА Новости. ",
    "ПЕКИН, 24 августа. /ТАСС/. ",
]


class Writer:
    """Generate one article's text in a language, then lay it out as a dump."""

    def __init__(self, rng: random.Random, people: list[Person]):
        self.rng = rng
        self.people = people

    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    # --- Russian -----------------------------------------------------------------

    def russian(self) -> tuple[str, str, list[str], list[str]]:
        """Return title, subtitle, paragraphs and hashtags of a Russian article."""
        rng, pick = self.rng, self.pick
        host = pick(self.people)
        role = pick(ROLES_RU)
        country = pick(COUNTRIES)
        guest_nom, _guest_gen, guest_ins, _ = pick(country.guests)
        second = pick([other for other in COUNTRIES if other is not country])
        colleague = pick(self.people)
        topics = rng.sample(TOPICS_RU, 4)
        verbs = VERBS_RU_F if host.female else VERBS_RU
        ending = "а" if host.female else ""
        title = pick(
            [
                f"Депутаты Казахстана и {country.gen} обсудили вопросы {topics[0]}",
                f"{role[0][0].upper() + role[0][1:]} встретился с делегацией {country.gen}",
                f"{host.ru('nom')} провел{ending} переговоры в {country.capital_pre}",
                f"Парламентарии Казахстана и {country.gen} усилят сотрудничество в сфере "
                f"{topics[1]}",
                f"Казахстан и {country.nom} расширят межпарламентский диалог",
            ]
        )
        subtitle = (
            f"{role[0][0].upper() + role[0][1:]} {host.ru('nom')} "
            f"{'посетила' if host.female else 'посетил'} {country.acc} "
            f"с официальным визитом"
        )
        lead = (
            f"{role[0][0].upper() + role[0][1:]} {host.ru('nom')} в {country.capital_pre} "
            f"{'встретилась' if host.female else 'встретился'} с председателем "
            f"{country.parliament_ru} "
            f"{guest_ins}. Стороны обсудили перспективы развития "
            f"{country.compound.replace('ие', 'их')} "
            f"отношений и вопросы {topics[0]}{pick(OUTLET_RU)}"
        )
        paragraphs = [lead]
        quotes = [
            f"{pick(DASHES)} {country.nom} является для Казахстана надежным стратегическим "
            f"партнером. "
            f"Мы заинтересованы в расширении сотрудничества в сфере {topics[1]} и {topics[2]}. "
            f"Товарооборот между нашими странами достиг {pick(MONEY)} долларов, и это не предел, "
            f"{pick(DASHES)} {pick(verbs)} {host.surname_ru('nom')}.",
            f"«Парламенты должны создавать правовую основу для {topics[2]}. Мы готовы "
            f"делиться опытом "
            f"и перенимать лучшие практики {country.gen}», {pick(DASHES)} {pick(verbs)} "
            f"{host.ru('nom')}.",
            f'"Казахстан для нас {pick(["близкий друг", "важный партнер", "надежный союзник"])}. '
            f"Мы высоко ценим {country.compound[:-2]}ую дружбу и позицию Астаны по вопросам "
            f'{topics[3]}", '
            f"{pick(DASHES)} {pick(['сказал', 'отметил', 'подчеркнул'])} {guest_nom}.",
            f"{pick(DASHES)} Мы намерены и впредь взаимодействовать в рамках "
            f"{pick(ORGANISATIONS_RU)} и "
            f"{pick(ORGANISATIONS_RU)}, {pick(DASHES)} {pick(verbs)} {role[2]}.",
        ]
        bodies = [
            f"{host.ru('nom')} {pick(ADVERBS_RU)} {'отметила' if host.female else 'отметил'}, что "
            f"{country.adj_pl} компании реализуют в Казахстане проекты в сфере {topics[1]}, а "
            f"товарооборот за прошлый год вырос на {pick(PERCENT)}.",
            f"На встрече с {guest_ins} обсуждался широкий круг вопросов "
            f"{pick(DASHES)} от {topics[2]} до {topics[3]}. Особое внимание уделено подготовке "
            f"{pick(EVENTS_RU)} в {pick(CITIES_KZ)}.",
            f"В переговорах также {'участвовала' if colleague.female else 'участвовал'} депутат "
            f"{colleague.ru('nom')}. {'Она' if colleague.female else 'Он'} "
            f"предложил{'а' if colleague.female else ''} "
            f"создать рабочую группу с коллегами из {second.gen} и {country.gen}.",
            f"Стороны договорились продолжить обмен законодательным опытом с {country.ins} и "
            f"{second.ins}, а также укреплять взаимодействие в рамках {pick(ORGANISATIONS_RU)}.",
            f"Глава делегации {country.gen} поблагодарил Казахстан за "
            f"поддержку и пригласил {colleague.ru('acc')} и {host.initial_ru('acc')} посетить "
            f"{country.capital}.",
            f"Вопросы {topics[3]} {host.surname_ru('nom')} также обсудил{ending} с послом "
            f"{country.gen} и "
            f"с {colleague.ru('ins')}. По итогам встречи подписан меморандум о сотрудничестве.",
            f"Напомним, ранее делегация {country.gen} посетила {pick(CITIES_KZ_ACC)} и провела "
            f"консультации по вопросам {topics[0]} с представителями {pick(ORGANISATIONS_RU)}.",
        ]
        rng.shuffle(quotes)
        rng.shuffle(bodies)
        paragraphs += _interleave(quotes, bodies)
        tags = [pick(TAGS_RU), host.surname_ru("nom"), country.nom]
        return title, subtitle, paragraphs, tags

    # --- Kazakh --------------------------------------------------------------------

    def kazakh(self) -> tuple[str, str, list[str], list[str]]:
        rng, pick = self.rng, self.pick
        host = pick(self.people)
        country = pick(COUNTRIES)
        guest = pick(country.guests)[0]
        topics = rng.sample(TOPICS_KK, 4)
        role = pick(ROLES_KK)
        title = pick(
            [
                f"{role[0].upper() + role[1:]} {country.kk} делегациясымен кездесті",
                f"Қазақстан мен {country.kk} парламентаралық ынтымақтастықты нығайтады",
                f"Депутаттар {country.kk_loc} {topics[0]} мәселесін талқылады",
            ]
        )
        subtitle = f"{role[0].upper() + role[1:]} {host.kk()} {country.kk_loc} ресми сапармен болды"
        paragraphs = [
            f"{role[0].upper() + role[1:]} {host.kk()} {country.kk} парламентінің төрағасы {guest} "
            f"бастаған делегацияны қабылдады{pick(OUTLET_KK)}",
        ]
        quotes = [
            f"{pick(DASHES)} {country.kk} – Қазақстанның сенімді серіктесі. Біз {topics[1]} және "
            f"{topics[2]} салаларындағы ынтымақтастықты кеңейтуге мүддеміз, {pick(DASHES)} "
            f"{pick(VERBS_KK)} {host.kk()}.",
            f'"Парламенттер арасындағы тұрақты диалог екі ел басшылары қол жеткізген '
            f"уағдаластықтарды "
            f'іске асыруға көмектеседі", {pick(DASHES)} {pick(VERBS_KK)} {role}.',
            f"{pick(DASHES)} Біз Қазақстанмен {topics[3]} саласында тәжірибе алмасуға дайынбыз,"
            f"{pick(DASHES)} {pick(VERBS_KK)} {guest}.",
        ]
        bodies = [
            f"Кездесу барысында тараптар {topics[0]}, {topics[1]} және парламентаралық "
            f"ынтымақтастық "
            f"мәселелерін талқылады. Екі ел арасындағы тауар айналымы {pick(MONEY)} "
            f"долларға жетті.",
            "Тараптар ТүркПА, ЕҚЫҰ және ТМД Парламентаралық Ассамблеясы аясындағы өзара іс-қимылға "
            "ерекше назар аударды.",
            f"{host.kk()} Қазақстанда жүргізіліп жатқан саяси реформалар туралы айтып берді. "
            f"Оның айтуынша, {country.kk} компаниялары {topics[2]} саласында жобалар іске асыруда.",
            f"Кездесу соңында тараптар парламенттік достық топтарының бірлескен отырысын "
            f"{pick(['Астанада', 'Алматыда', 'Түркістанда'])} өткізуге келісті.",
            f"Делегация құрамында Мәжіліс депутаты {pick(self.people).kk()} және Сенат депутаты "
            f"{pick(self.people).kk()} болды. Олар {topics[3]} мәселесін көтерді.",
        ]
        rng.shuffle(quotes)
        rng.shuffle(bodies)
        paragraphs += _interleave(quotes, bodies)
        return title, subtitle, paragraphs, [country.kk, host.kk().split()[1]]

    # --- English -------------------------------------------------------------------

    def english(self) -> tuple[str, str, list[str], list[str]]:
        rng, pick = self.rng, self.pick
        host = pick(self.people)
        country = pick(COUNTRIES)
        guest = pick(country.guests)[3]
        topics = rng.sample(TOPICS_EN, 4)
        role = pick(ROLES_EN)
        name = host.en()
        spelled = name.replace("ayev", pick(["ayev", "aev"]))
        title = pick(
            [
                f"Kazakh and {country.en} MPs discuss {topics[0]}",
                f"{role} meets delegation of {country.en}'s {country.parliament_en}",
                f"Kazakhstan, {country.en} agree to expand inter-parliamentary ties",
            ]
        )
        subtitle = f"{role} {name} paid an official visit to {country.en}"
        paragraphs = [
            f"{role} {name} met with Speaker of the {country.parliament_en} of {country.en} "
            f"{guest} in "
            f"the capital of {country.en}{pick(OUTLET_EN)}",
        ]
        quotes = [
            f"\"{country.en} is one of Kazakhstan's most reliable partners. We are interested in "
            f'expanding cooperation in {topics[1]} and {topics[2]}," {spelled.split()[1]} '
            f"{pick(VERBS_EN)}.",
            f'"Parliaments can do more than ratify agreements. Our task is to remove barriers for '
            f'business and people," {guest} {pick(VERBS_EN)}.',
            f"{pick(DASHES)} We will continue our cooperation within the "
            f"{pick(ORGANISATIONS_EN)} and "
            f"the {pick(ORGANISATIONS_EN)}, {pick(DASHES)} the speaker {pick(VERBS_EN)}.",
        ]
        bodies = [
            f"The sides discussed {topics[0]}, {topics[3]} and the work of the inter-parliamentary "
            f"friendship groups. Trade between the two countries reached {pick(MONEY)} dollars.",
            f"{spelled} briefed the guests on the political reforms in Kazakhstan and the role of "
            f"Parliament in the new Constitution.",
            f"The {country.en} delegation also visited "
            f"{pick(['Astana', 'Almaty', 'Turkistan', 'Aktau'])} "
            f"and met with members of the Senate committee on international affairs.",
            f"At the end of the meeting the parties agreed to hold a joint session of the "
            f"friendship "
            f"groups and to prepare a memorandum on {topics[2]}.",
            f"Senator {pick(self.people).en()} proposed joint hearings on {topics[1]} with "
            f"colleagues "
            f"from {country.en} and {pick(COUNTRIES).en}.",
        ]
        rng.shuffle(quotes)
        rng.shuffle(bodies)
        paragraphs += _interleave(quotes, bodies)
        return title, subtitle, paragraphs, [country.en, "Parliament"]

    # --- layout --------------------------------------------------------------------

    def dump(self) -> bytes:
        """Return one article as dump bytes in a randomly chosen layout variant."""
        rng, pick = self.rng, self.pick
        roll = rng.random()
        language = "ru" if roll < 0.6 else "kk" if roll < 0.8 else "en"
        title, subtitle, paragraphs, tags = getattr(
            self, {"ru": "russian", "kk": "kazakh", "en": "english"}[language]
        )()
        date = f"{rng.randrange(2013, 2027)}-{rng.randrange(1, 13):02d}"
        if rng.random() > 0.01:
            date += f"-{rng.randrange(1, 29):02d}"
        host = pick(self.people)
        credit = pick(CREDIT_EN if language == "en" else CREDIT_RU).format(
            initial=host.initial_ru("nom")
        )
        layout = rng.random()
        head: list[str] = []
        if layout < 0.3:  # Kazpravda: title, rubric, views, subtitle, credit
            header = title
            if rng.random() < 0.5:
                head.append(pick(["Мажилис", "Общество", "Внешняя политика", "Қоғам"]))
            head.append(str(rng.randrange(10, 5000)))
            head += [subtitle, credit] if rng.random() < 0.7 else [credit, subtitle]
        elif layout < 0.6:  # no title: the lead sentence in the header
            header = paragraphs[0]
            paragraphs = paragraphs[1:] if rng.random() < 0.5 else paragraphs
        elif layout < 0.85:  # chrome in the header, the title below
            header = pick(
                [
                    *TOP_CHROME[:4],
                    "экономикаобществополитикаспорт",
                    "14:38, 13 Февраль 2026 | GMT +5",
                ]
            )
            head = [*rng.sample(TOP_CHROME, 2), title, credit]
        else:  # dateline or plain title
            header = title
            if language == "ru":
                paragraphs[0] = pick(DATELINES_RU) + paragraphs[0]
        if rng.random() < 0.1 and language == "ru":
            head.insert(0, "#" + " #".join(t for t in tags))
            tags = []
        body = head + paragraphs
        if rng.random() < 0.1:
            body.insert(
                rng.randrange(len(head), len(body)),
                pick(
                    [
                        "None",
                        "Посмотреть эту публикацию в Instagram",
                        "<image>data:image/png;base64,iVBORw0KGgo=</image>",
                    ]
                ),
            )
        if tags and rng.random() < 0.6:
            body.append(" ".join("#" + t.replace(" ", "") for t in tags))
        if rng.random() < 0.4:
            body += pick(BOTTOM_CHROME)
        text = self.join(body)
        text = f" date {date} {header}\n{text}\n"
        return self.encode(text, language)

    def join(self, lines: list[str]) -> str:
        rng = self.rng
        style = rng.random()
        if style < 0.6:
            return "\n" + "\n\n".join(lines)
        if style < 0.8:
            return "\n".join(lines)
        if style < 0.9:
            return "\n" + "\n\n".join("     " + line for line in lines)
        return "\n" + "\n\n".join(_wrap(line, 60) for line in lines)

    def encode(self, text: str, language: str) -> bytes:
        roll = self.rng.random()
        if roll < 0.05:
            text = text.replace("\n", "\r\n")
        if roll > 0.97 and language == "ru":
            try:
                return text.encode("cp1251")
            except UnicodeEncodeError:
                pass
        data = text.encode()
        return codecs.BOM_UTF8 + data if 0.05 <= roll < 0.08 else data


def _interleave(quotes: list[str], bodies: list[str]) -> list[str]:
    """Alternate narrative and quote paragraphs, each used once."""
    out: list[str] = []
    for index in range(max(len(quotes), len(bodies))):
        out += bodies[index : index + 1] + quotes[index : index + 1]
    return out


def _wrap(line: str, width: int) -> str:
    """Hard-wrap a line at about width characters, as some crawled pages are."""
    out, current = [], ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    return "\n".join(out)


def make_corpus(count: int, out: Path, seed: int = 1) -> None:
    """Write count dump files into out."""
    rng = random.Random(seed)
    writer = Writer(rng, _make_people(rng))
    out.mkdir(parents=True, exist_ok=True)
    width = max(3, len(str(count - 1)))
    for index in range(count):
        data = writer.dump()
        (out / f"{index:0{width}d}_{rng.getrandbits(64):016x}.txt").write_bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    make_corpus(args.count, args.out, args.seed)


if __name__ == "__main__":
    main()
