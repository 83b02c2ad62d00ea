"""Tests for the people's-state and speaker rules of articles.importer.extract.core."""

from __future__ import annotations

import pytest

from articles.importer.extract import Extractor
from articles.importer.extract.core import _direct_speech, _partner, _position
from tests.importer.extract_helpers import make_article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def found(extractor, paragraphs, title="", lead="", language="ru") -> dict:
    result = extractor.extract(make_article(paragraphs, title=title, lead=lead, language=language))
    return {p.name: p for p in result.persons}


def partner(post: str, state: str) -> bool:
    return _partner(post, post.index(state))


def test_partner_state_in_a_post_is_not_the_persons():
    assert partner("руководитель группы по сотрудничеству с Португалией", "Португалией")
    assert partner("head of the Senate group for cooperation with the Brazilian Congress", "Braz")
    assert partner("Португалиямен ынтымақтастық тобының жетекшісі", "Португалиямен")
    assert not partner("посол Португалии в Казахстане", "Португалии")


def test_kazakh_parliamentary_group_leader_is_kazakh(extractor):
    people = found(
        extractor,
        [
            "В Сенате прошла встреча с делегацией Португалии. Участвовал руководитель группы "
            "сотрудничества Сената с парламентом Португалии Болат Жаксылыков."
        ],
    )
    assert people["Болат Жаксылыков"].country == "KZ"


def test_kazakh_side_names_the_state(extractor):
    people = found(
        extractor,
        [
            "Делегацию чилийских сенаторов возглавил сенатор Хорхе Мартинес. С казахстанской "
            "стороны во встрече участвовал руководитель депутатской группы по сотрудничеству с "
            "Чили Серик Байжанов."
        ],
    )
    assert people["Серик Байжанов"].country == "KZ"


def test_received_delegation_without_state_is_the_storys_foreign_state(extractor):
    people = found(
        extractor,
        [
            "Депутат Мажилиса Серик Байжанов принял делегацию Палаты депутатов во главе с "
            "депутатом Хорхе Мартинесом. Стороны обсудили поставки чилийской меди и торговлю "
            "с Чили."
        ],
    )
    assert people["Хорхе Мартинес"].country == "CL"


def test_group_led_by_takes_the_groups_state(extractor):
    people = found(
        extractor,
        ["Чешские парламентарии во главе с вице-спикером палаты Иржи Дворжаком прибыли в Астану."],
    )
    assert people["Иржи Дворжак"].country == "CZ"


def test_post_does_not_run_across_another_name(extractor):
    people = found(
        extractor,
        [
            "Встречу посетил посол Испании Карлос Руис. Послу Испании Карлосу Руису Серик "
            "Байжанов вручил грамоту Мажилиса."
        ],
    )
    assert people["Серик Байжанов"].country != "ES"


def test_after_is_not_an_ambassador():
    assert _position("после государственного визита", "ru") is None


def test_kazakh_post_keeps_lower_case_words_after_a_genitive():
    post = _position("Чехия Сенатының сыртқы істер комитетінің төрағасы", "kk")
    assert post == "Чехия Сенатының сыртқы істер комитетінің төрағасы"
    assert _position("Мәжілістегі Қазақстан – Чехия достық тобының жетекшісі", "kk")


def test_pronoun_is_not_a_name_inside_the_quote(extractor):
    people = found(
        extractor,
        [
            "Хорхе Мартинес передал приглашение посетить Сантьяго.",
            "«Мы ценим реформы, которые проводит Президент Касым-Жомарт Токаев», — отметил он.",
        ],
    )
    assert people["Хорхе Мартинес"].speaker
    assert not people["Касым-Жомарт Токаев"].speaker


def test_intro_naming_the_speaker_needs_no_speech_verb(extractor):
    assert _direct_speech("Глава делегации Иржи Дворжак высоко оценил диалог:")[0][0] == (
        "named intro"
    )
    people = found(
        extractor,
        [
            "Глава чешской делегации Иржи Дворжак высоко оценил уровень диалога:",
            "«Прага рассматривает Казахстан как ключевого партнера в Центральной Азии».",
        ],
    )
    assert people["Иржи Дворжак"].speaker


def test_head_of_delegation_is_the_one_who_leads_it(extractor):
    people = found(
        extractor,
        [
            "Мәжіліс Төрағасы Ерлан Қошанов Чехия Сенатының төрағасы Иржи Дворжак бастаған "
            "делегациямен кездесті.",
            "– Біз тәжірибеңізге қызығушылық танытып отырмыз, – деді делегация басшысы.",
        ],
        language="kk",
    )
    leader = next(p for p in people.values() if p.name.endswith("Дворжак"))
    assert leader.speaker


def test_member_of_a_parliament_answers_to_deputy(extractor):
    people = found(
        extractor,
        [
            "Руководитель группы сотрудничества Мажилиса с Сеймом Литвы Серик Байжанов "
            "приветствовал гостей.",
            "– Мы ценим поддержку Вильнюса, – сказал депутат.",
        ],
    )
    assert people["Серик Байжанов"].speaker
