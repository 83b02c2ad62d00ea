"""Tests for articles.importer.extract: one rule per test, on short texts, plus the seed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.importer.extract import Extractor, KnownNames, load_gazetteer
from articles.importer.extract.core import _ner_candidate
from articles.importer.extract.names import latin_to_russian, normalise_russian, skeleton
from articles.importer.extract.ner import WINDOW, WindowNER
from tests.importer.extract_helpers import make_article, seed_article, seed_article_by_hand


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def people(result) -> dict:
    return {p.name: p for p in result.persons}


# --------------------------------------------------------------------------- the seed


def test_seed(extractor):
    result = extractor.extract(seed_article())
    found = people(result)
    assert set(found) == {
        "Ерлан Кошанов",
        "Александр Лукашенко",
        "Игорь Сергеенко",
        "Наталья Кочанова",
        "Касым-Жомарт Токаев",
    }
    assert found["Ерлан Кошанов"].speaker and found["Ерлан Кошанов"].country == "KZ"
    assert found["Ерлан Кошанов"].position == "Председатель Мажилиса"
    assert (found["Александр Лукашенко"].country, found["Александр Лукашенко"].speaker) == (
        "BY",
        False,
    )
    assert (found["Игорь Сергеенко"].country, found["Игорь Сергеенко"].speaker) == ("BY", False)
    assert found["Наталья Кочанова"].country == "BY"
    assert found["Касым-Жомарт Токаев"].country == "KZ"
    assert {c.code for c in result.countries} == {"BY", "KZ"}
    assert all(c.in_headline for c in result.countries)
    assert [q.person for q in result.quotes] == ["Ерлан Кошанов", "Ерлан Кошанов"]
    assert result.quotes[0].text.startswith("Казахстан и Беларусь являются")
    assert result.tags == ("сотрудничество", "Кошанов", "Беларусь")
    assert result.outlet == "Kazpravda.kz" and result.language == "ru"
    assert not {"Мажилис", "Т.Таныбаева", "Мажилиса Ерлан Кошанов"} & set(found)


def test_seed_read_by_the_parser_or_by_hand_gives_the_same_people(extractor):
    by_parser = extractor.extract(seed_article())
    by_hand = extractor.extract(seed_article_by_hand())
    assert people(by_parser).keys() == people(by_hand).keys()


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("words", "name", "alias"),
    [
        (["Ерланом", "Кошановым"], "Ерлан Кошанов", None),
        (["Ерлана", "Кошанова"], "Ерлан Кошанов", None),
        (["Натальей", "Кочановой"], "Наталья Кочанова", None),
        (
            ["Касым-Жомарта", "Кемелевича", "Токаева"],
            "Касым-Жомарт Токаев",
            "Касым-Жомарт Кемелевич Токаев",
        ),
        (["Александром", "Лукашенко"], "Александр Лукашенко", None),
        (["Мауленом", "Ашимбаевым"], "Маулен Ашимбаев", None),
        (["Реджепом", "Тайипом", "Эрдоганом"], "Реджеп Тайип Эрдоган", None),
        (["Серикбаю", "Ибраеву"], "Серикбай Ибраев", None),
    ],
)
def test_names_go_to_the_nominative(words, name, alias):
    assert normalise_russian(words) == (name, alias)


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Yerlan", "Ерлан"),
        ("Koshanov", "Кошанов"),
        ("Tokayev", "Токаев"),
        ("Kassym-Jomart", "Касым-Жомарт"),
        ("Ashimbaev", "Ашимбаев"),
        ("Ashimbayev", "Ашимбаев"),
        ("Natalya", "Наталья"),
    ],
)
def test_latin_spellings_transliterate(latin, russian):
    assert latin_to_russian(latin) == russian


def test_spellings_share_a_skeleton():
    assert skeleton("Yerlan Koshanov") == skeleton("Ерлан Қошанов") == skeleton("Ерлан Кошанов")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", max_size=20))
def test_transliteration_never_fails(word):
    assert isinstance(latin_to_russian(word), str)


def test_surname_and_initials_join_the_full_name(extractor):
    article = make_article(
        [
            "Председатель Мажилиса Ерлан Кошанов провел встречу с депутатами.",
            "Е. Кошанов отметил важность законопроекта. Позже Кошанова поддержали коллеги.",
            "Об этом напомнил и Н.Назарбаев, а Нурсултан Назарбаев добавил, "
            "что работа продолжится.",
        ]
    )
    found = people(extractor.extract(article))
    assert set(found) == {"Ерлан Кошанов", "Нурсултан Назарбаев"}
    assert found["Ерлан Кошанов"].mentions >= 3


def test_institutions_credits_and_outlets_are_not_people(extractor):
    article = make_article(
        [
            "Фото: Т.Таныбаева",
            "Мажилис одобрил закон, сообщает Kazpravda.kz. Президентом поставлена задача.",
        ],
        title="Палата приняла закон",
        photo_credit="Т.Таныбаева",
    )
    assert extractor.extract(article).persons == ()


def test_kazakh_forms_with_suffixes_resolve_through_known_aliases():
    known = KnownNames(person_aliases={"Мәулен Әшімбаев": "Маулен Ашимбаев"})
    article = make_article(
        ["Мәжіліс Төрағасы Ерлан Қошановпен кездесуде Мәулен Әшімбаевқа алғыс айтылды."],
        language="kk",
    )
    found = people(Extractor(known).extract(article))
    assert {"Ерлан Кошанов", "Маулен Ашимбаев"} <= set(found)
    assert found["Ерлан Кошанов"].country == "KZ"
    assert "Ерлан Қошанов" in found["Ерлан Кошанов"].aliases


def test_latin_names_map_to_russian_canonical_names(extractor):
    article = make_article(
        [
            "Chairman of the Mazhilis Yerlan Koshanov met with Belarusian President "
            "Alexander Lukashenko."
        ],
        language="en",
    )
    found = people(extractor.extract(article))
    assert found["Ерлан Кошанов"].country == "KZ"
    assert found["Александр Лукашенко"].country == "BY"


def test_position_names_the_represented_state_not_the_host(extractor):
    article = make_article(["Депутат встретился с послом Японии в Казахстане Такаси Ито."])
    assert people(extractor.extract(article))["Такаси Ито"].country == "JP"


# --------------------------------------------------------------------------- speech


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Председатель Мажилиса Ерлан Кошанов провел встречу.",
            "– Мы ценим партнерство, – отметил Кошанов.",
        ],
        [
            "Председатель Мажилиса Ерлан Кошанов провел встречу.",
            "«Мы ценим партнерство», — подчеркнул Ерлан Кошанов.",
        ],
        [
            "Председатель Мажилиса Ерлан Кошанов провел встречу.",
            '"Мы ценим партнерство", – сказал спикер Мажилиса.',
        ],
        [
            "Председатель Мажилиса Ерлан Кошанов провел встречу.",
            "– Мы ценим партнерство, – отметил он.",
        ],
        ["Председатель Мажилиса Ерлан Кошанов подчеркнул:", "– Мы ценим партнерство и доверие."],
        ["Ерлан Кошанов заявил: «Мы ценим партнерство и доверие»."],
    ],
)
def test_direct_speech_forms(extractor, paragraphs):
    result = extractor.extract(make_article(paragraphs))
    assert people(result)["Ерлан Кошанов"].speaker
    assert [q.person for q in result.quotes] == ["Ерлан Кошанов"]
    assert "ценим партнерство" in result.quotes[0].text


def test_kazakh_and_english_speech(extractor):
    kk = make_article(
        [
            "Сенат Төрағасы Мәулен Әшімбаев сөз сөйледі.",
            "– Біз ынтымақтастыққа дайынбыз, – деді Сенат төрағасы.",
        ],
        language="kk",
    )
    assert people(extractor.extract(kk))["Маулен Ашимбаев"].speaker
    en = make_article(
        [
            "Senate Chairman Maulen Ashimbayev met the delegation.",
            "“We are ready to cooperate,” said Ashimbayev.",
        ],
        language="en",
    )
    assert people(extractor.extract(en))["Маулен Ашимбаев"].speaker


def test_reported_speech_makes_no_speaker(extractor):
    article = make_article(
        [
            "Председатель Палаты представителей Игорь Сергеенко заявил, "
            "что Беларусь ценит партнерство."
        ]
    )
    result = extractor.extract(article)
    assert not people(result)["Игорь Сергеенко"].speaker
    assert result.quotes == ()


# --------------------------------------------------------------------------- countries


def test_countries_match_every_form_but_not_organisations(extractor):
    article = make_article(
        [
            "Делегации Китая, КНР и Китайской Народной Республики прибыли в Минск.",
            "Казахстанско-белорусские отношения обсудили в рамках ШОС, СНГ, ОДКБ, ЕАЭС, ООН "
            "и МПА СНГ.",
            "Узбекской стороне передали приглашение посетить Соединенные Штаты Америки.",
        ],
        title="Переговоры в Белоруссии",
    )
    found = {c.code: c for c in extractor.extract(article).countries}
    assert set(found) == {"CN", "BY", "KZ", "UZ", "US"}
    assert found["CN"].mentions == 3
    assert found["BY"].in_headline and not found["CN"].in_headline


def test_kazakh_and_english_country_forms(extractor):
    kk = make_article(
        ["Делегация Ресейге, Мажарстанға және Әзербайжанда болды; ТМД мен ШЫҰ жиналысы."],
        language="kk",
    )
    assert {c.code for c in extractor.extract(kk).countries} == {"RU", "HU", "AZ"}
    en = make_article(["Talks in Türkiye and the UAE; the SCO and the EU observed."], language="en")
    assert {c.code for c in extractor.extract(en).countries} == {"TR", "AE"}


def test_gazetteer_has_names_abbreviations_and_capitals():
    gazetteer = load_gazetteer()
    assert {"КНР", "Пекин", "китайский"} <= set(gazetteer["CN"])
    assert {"Türkiye", "Түркия"} <= set(gazetteer["TR"])
    assert "Мажарстан" in gazetteer["HU"]


def test_admin_country_aliases_are_used():
    known = KnownNames(country_aliases={"BY": ["Синеокая"]})
    result = Extractor(known).extract(make_article(["Делегация прибыла в Синеокую."]))
    assert [c.code for c in result.countries] == ["BY"]


# --------------------------------------------------------------------------- tags


def test_tags_keep_spelling_and_drop_case_repeats(extractor):
    article = make_article(["Текст."], hashtags=("Беларусь", "беларусь", "#ИИ"))
    assert extractor.extract(article).tags == ("Беларусь", "ИИ")


# --------------------------------------------------------------------------- general name rules


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # The model stops before the last part of a long name: the name parts after it join.
        (
            "Депутат Мажилиса Алия Сапарова встретилась с послом Кореи Пак Мин Хоном.",
            "Пак Мин Хон",
        ),
        # A first name that is also a dictionary or place word (Жигули) stays in the name.
        ("Руководитель делегации Жигули Нурланов выступил с докладом.", "Жигули Нурланов"),
    ],
)
def test_name_parts_the_model_leaves_out_are_taken_in(extractor, paragraph, name):
    assert name in people(extractor.extract(make_article([paragraph])))


@pytest.mark.parametrize("form", ["Дания Ахметова", "Данией Ахметовой"])
def test_a_first_name_that_is_a_country_before_a_surname_is_a_person(extractor, form):
    article = make_article([f"Делегацию возглавила депутат {form}, которая поблагодарила коллег."])
    result = extractor.extract(article)
    assert "Дания Ахметова" in people(result)
    assert "DK" not in {c.code for c in result.countries}


def test_a_country_before_a_surname_that_does_not_agree_stays_a_country(extractor):
    article = make_article(["Посол Беларуси Ковалев и министр Дании Ларсен провели встречу."])
    result = extractor.extract(article)
    assert {"BY", "DK"} <= {c.code for c in result.countries}
    assert not any(p.name.startswith(("Беларуси", "Дании", "Дания")) for p in result.persons)


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # Foreign first names in a vowel + у or in -о do not decline.
        (["Антониу", "Гутерришем"], "Антониу Гутерриш"),
        (["Марио", "Драги"], "Марио Драги"),
        # A first name that does not decline beside a surname that does.
        (["Эдуарду", "Гонсалвешем"], "Эдуарду Гонсалвеш"),
        # East Asian names decline in the last part only.
        (["Ким", "Джин", "Ханом"], "Ким Джин Хан"),
        (["Ван", "Дуном"], "Ван Дун"),
        # -ем after a hushing consonant is a hard stem, after another consonant a soft one.
        (["Каримом", "Дарвишем"], "Карим Дарвиш"),
        (["Нгуен", "Ван", "Тханем"], "Нгуен Ван Тхань"),
        # A feminine-looking first name in -ия is a nominative, not a man's genitive.
        (["Дания", "Еспаева"], "Дания Еспаева"),
    ],
)
def test_foreign_and_indeclinable_names_go_to_the_nominative(words, name):
    assert normalise_russian(words)[0] == name


def test_ner_windows_cover_every_candidate_and_stay_within_a_line():
    ner = WindowNER(_ner_candidate)
    text = "Спикер выступил в Астане\n\nПредседатель Мажилиса Ерлан Кошанов принял участие."
    windows = ner.windows(text)
    words = [w for window in windows for _, _, w in window]
    assert {"Ерлан", "Кошанов"} <= set(words)
    for window in windows:
        assert "\n" not in text[window[0][0] : window[-1][1]]
        assert len(window) <= 2 * WINDOW + 3
    assert [text[a:b].endswith("Ерлан Кошанов") for a, b in ner.persons(text)] == [True]


def test_mentions_are_counted_per_person(extractor):
    article = make_article(
        [
            "Председатель Мажилиса Ерлан Кошанов встретился с Игорем Сергеенко.",
            "Кошанов отметил рост торговли. Сергеенко согласился.",
            "– Мы партнеры, – сказал Ерлан Кошанов.",
        ]
    )
    found = people(extractor.extract(article))
    assert found["Ерлан Кошанов"].mentions == 3
    assert found["Игорь Сергеенко"].mentions == 2
