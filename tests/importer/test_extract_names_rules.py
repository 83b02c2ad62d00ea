"""Rules for person names: cases, particles, patronymics, Asian names and Latin spellings."""

from __future__ import annotations

import pytest

from articles.importer.extract import Extractor
from articles.importer.extract.core import _not_last_name_part, _not_name_part
from articles.importer.extract.names import (
    is_patronymic,
    is_vietnamese_name,
    kazakh_to_russian,
    latin_first_names,
    latin_to_russian,
    nominative_position,
    normalise_russian,
    soft_first_name,
    strip_kazakh_case,
    vietnamese_to_russian,
)
from tests.importer.extract_helpers import make_article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def names(extractor, paragraphs, language="ru") -> dict:
    result = extractor.extract(make_article(paragraphs, language=language))
    return {p.name: p for p in result.persons}


# --------------------------------------------------------------------------- Russian cases


@pytest.mark.parametrize(
    ("tokens", "name"),
    [
        (["Федором", "Сидоровым"], "Федор Сидоров"),
        (["Фёдором", "Сидоровым"], "Фёдор Сидоров"),
        (["Семёну", "Ковалю"], "Семён Коваль"),
    ],
)
def test_yo_is_kept_only_where_the_text_has_it(tokens, name):
    assert normalise_russian(tokens)[0] == name


@pytest.mark.parametrize(
    ("tokens", "name"),
    [
        (["Хуаном", "Мартинесом-Лопесом"], "Хуан Мартинес-Лопес"),
        (["Марине", "Петровой-Сидоровой"], "Марина Петрова-Сидорова"),
        (["Хуан", "Мартинес-Лопес"], "Хуан Мартинес-Лопес"),
    ],
)
def test_each_part_of_a_double_surname_declines(tokens, name):
    assert normalise_russian(tokens)[0] == name


@pytest.mark.parametrize(
    ("tokens", "name"),
    [
        (["Томасу", "Шмидту"], "Томас Шмидт"),
        (["Эрдогану"], "Эрдоган"),
        (["Сергею", "Шойгу"], "Сергей Шойгу"),
    ],
)
def test_a_foreign_surname_in_consonant_and_u_is_a_dative(tokens, name):
    assert normalise_russian(tokens)[0] == name


def test_a_name_takes_the_case_of_the_post_before_it(extractor):
    found = names(
        extractor,
        [
            "В Астане прошла встреча заместителя акима области Руслана Беркенова с инвесторами. "
            "Беркенов рассказал о новых проектах."
        ],
    )
    assert "Руслан Беркенов" in found


# --------------------------------------------------------------------------- particles


@pytest.mark.parametrize(
    ("tokens", "name"),
    [
        (["Фуадом", "аль-Хашими"], "Фуад аль-Хашими"),
        (["Питером", "ван", "ден", "Бергом"], "Питер ван ден Берг"),
        (["Урсулой", "фон", "дер", "Ляйен"], "Урсула фон дер Ляйен"),
    ],
)
def test_particles_stay_with_the_surname(tokens, name):
    assert normalise_russian(tokens)[0] == name


def test_an_arabic_name_keeps_its_article_and_speaks_by_it(extractor):
    found = names(
        extractor,
        [
            "Делегацию Бахрейна возглавил депутат Салем аль-Нуайми.",
            "«Мы высоко ценим наше сотрудничество с Казахстаном», – сказал аль-Нуайми.",
        ],
    )
    assert set(found) == {"Салем аль-Нуайми"}
    assert found["Салем аль-Нуайми"].speaker


def test_an_english_name_keeps_its_particle_and_a_sentence_may_open_with_it(extractor):
    found = names(
        extractor,
        [
            "Yerlan Koshanov met Ambassador Paolo de Santis of Italy.",
            "De Santis said: “Our trade has grown a great deal this year.”",
        ],
        language="en",
    )
    assert set(found) == {"Ерлан Кошанов", "Паоло де Сантис"}
    assert found["Паоло де Сантис"].speaker


@pytest.mark.parametrize(
    ("latin", "russian"),
    [("al-Nuaimi", "аль-Нуайми"), ("von", "фон"), ("van", "ван"), ("Al-Nuaimi", "Аль-Нуайми")],
)
def test_latin_particles_are_spelled_as_russian_writes_them(latin, russian):
    assert latin_to_russian(latin) == russian


# --------------------------------------------------------------------------- patronymics


@pytest.mark.parametrize(
    "word", ["Нурланулы", "Ержанкызы", "Nurlanuly", "Yerzhankyzy", "Ахметович"]
)
def test_kazakh_patronymics_in_russian_and_latin_letters(word):
    assert is_patronymic(word)


def test_a_kazakh_patronymic_is_an_alias_not_part_of_the_name():
    assert normalise_russian(["Бекзат", "Нурланулы", "Сериков"]) == (
        "Бекзат Сериков",
        "Бекзат Нурланулы Сериков",
    )


def test_an_initial_joins_the_full_name_written_with_a_patronymic(extractor):
    found = names(
        extractor,
        [
            "Секретарь Мажилиса Асхат Бакытович Нурмаганбетов открыл заседание.",
            "А. Нурмаганбетов отметил, что работа продолжится.",
        ],
    )
    assert set(found) == {"Асхат Нурмаганбетов"}


# --------------------------------------------------------------------------- Asian names


@pytest.mark.parametrize("word", ["Хо", "Мори", "Ли"])
def test_a_foreign_name_part_at_the_end_may_be_a_dictionary_non_noun(word):
    assert not _not_last_name_part(word)


@pytest.mark.parametrize("word", ["Казахстанский", "Здесь", "Председатель"])
def test_adjectives_adverbs_and_posts_at_the_end_are_no_name(word):
    assert _not_last_name_part(word)


def test_a_korean_name_keeps_its_three_syllables(extractor):
    found = names(extractor, ["Делегацию возглавил депутат Пак Мин Хо, председатель комитета."])
    assert "Пак Мин Хо" in found


@pytest.mark.parametrize(
    ("latin", "vietnamese"),
    [("Tran Van Minh", True), ("Pham Thi Hoa", True), ("Le Monde", False), ("Ho Chi", True)],
)
def test_vietnamese_names_start_with_a_family_name_and_go_on_in_syllables(latin, vietnamese):
    assert is_vietnamese_name(latin.split()) is vietnamese


def test_vietnamese_syllables_follow_the_russian_convention():
    assert [vietnamese_to_russian(w) for w in ("Pham", "Thi", "Hoa", "Tran", "Thanh")] == [
        "Фам",
        "Тхи",
        "Хоа",
        "Чан",
        "Тхань",
    ]


def test_a_vietnamese_name_is_one_person_of_three_parts(extractor):
    found = names(
        extractor,
        ["The delegation met Vietnamese lawmaker Pham Thi Hoa in the capital."],
        language="en",
    )
    assert "Фам Тхи Хоа" in found


# --------------------------------------------------------------------------- Latin spellings


def test_the_first_name_table_is_broad():
    assert len(latin_first_names()) >= 150


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("John", "Джон"),
        ("Jennifer", "Дженнифер"),
        ("Pierre", "Пьер"),
        ("Jurgen", "Юрген"),
        ("Javier", "Хавьер"),
        ("Giuseppe", "Джузеппе"),
        ("Jukka", "Юкка"),
        ("Khaled", "Халед"),
        ("Mehmet", "Мехмет"),
        ("Rajesh", "Раджеш"),
        ("Anwar", "Анвар"),
    ],
)
def test_international_first_names_have_their_media_spelling(latin, russian):
    assert latin_to_russian(latin) == russian


def test_a_table_name_gets_no_soft_sign():
    assert soft_first_name(latin_to_russian("Sunil")) == "Сунил"


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Sheehan", "Шихан"),
        ("Brookfield", "Брукфилд"),
        ("Whitaker", "Уитакер"),
        ("Scott", "Скотт"),
        ("Mitchell", "Митчелл"),
        ("Wright", "Райт"),
        ("Phillips", "Филлипс"),
        ("Kelly", "Келли"),
        ("Johnson", "Джонсон"),
        ("Smith", "Смит"),
    ],
)
def test_english_surnames_follow_english_practical_transcription(latin, russian):
    assert latin_to_russian(latin) == russian


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Kassym-Jomart", "Касым-Жомарт"),
        ("Massimov", "Масимов"),
        ("Zhaksybekov", "Жаксыбеков"),
        ("Nazarbayev", "Назарбаев"),
    ],
)
def test_kazakh_latin_spellings_are_not_read_as_english(latin, russian):
    assert latin_to_russian(latin) == russian


@pytest.mark.parametrize(
    ("latin", "russian"),
    [("Fernandez", "Фернандес"), ("Ramirez", "Рамирес"), ("Dominguez", "Домингес")],
)
def test_spanish_surnames_in_ez_iz_spell_z_as_s(latin, russian):
    assert latin_to_russian(latin) == russian


@pytest.mark.parametrize(
    ("latin", "russian"),
    [("Dieter", "Дитер"), ("Vliet", "Влит"), ("Petrauskiene", "Петраускене"), ("Bakri", "Бакри")],
)
def test_ie_is_i_and_lithuanian_iene_is_ene(latin, russian):
    assert latin_to_russian(latin) == russian


def test_english_names_come_out_in_russian_media_spelling(extractor):
    found = names(
        extractor,
        [
            "Yerlan Koshanov met a delegation led by Richard Sheehan, chair of the group.",
            "Sheehan said: “We are glad to see the partnership grow so fast.”",
        ],
        language="en",
    )
    assert "Ричард Шихан" in found and found["Ричард Шихан"].speaker


# --------------------------------------------------------------------------- Kazakh letters


@pytest.mark.parametrize(
    ("kazakh", "russian"),
    [("Ыбыраев", "Ибыраев"), ("Бауыржан", "Бауыржан"), ("Ысмағұлов", "Исмагулов")],
)
def test_kazakh_initial_y_is_russian_i(kazakh, russian):
    assert kazakh_to_russian(kazakh) == russian


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Хаккаранен", "Хаккаранен"),
        ("Хаккараненмен", "Хаккаранен"),
        ("Сатоға", "Сато"),
        ("Кёвермен", "Кёвер"),
    ],
)
def test_a_front_ending_after_a_back_vowel_is_part_of_the_name(word, stem):
    assert strip_kazakh_case(word) == stem


def test_a_kazakh_chairwoman_introduces_a_foreign_name(extractor):
    found = names(
        extractor,
        ["Делегация Литва Сеймі комитетінің төрайымы Инга Петраускенемен кездесті."],
        language="kk",
    )
    assert "Инга Петраускене" in found


# --------------------------------------------------------------------------- posts


@pytest.mark.parametrize("word", ["Вице-маршал", "Вице-спикер", "Маршал", "Спикер", "Посол"])
def test_a_capitalised_post_is_never_a_name_part(word):
    assert _not_name_part(word)


def test_a_post_opening_a_sentence_is_no_person(extractor):
    found = names(
        extractor,
        [
            "Вице-маршал сообщила, что Сейм готов поддержать открытие новых программ.",
            "Вице-спикер подчеркнул важность диалога.",
        ],
    )
    assert found == {}


def test_an_adjective_before_a_hyphenated_post_goes_to_the_nominative():
    assert nominative_position("первым вице-спикером парламента") == "первый вице-спикер парламента"
