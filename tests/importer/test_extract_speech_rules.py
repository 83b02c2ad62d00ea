"""Tests for direct speech and its attribution: articles.importer.extract.speech and the
quote-attribution code of articles.importer.extract.core."""

from __future__ import annotations

import pytest

from articles.importer.extract import Extractor, core
from articles.importer.extract.speech import direct_speech
from tests.importer.extract_helpers import make_article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def speakers(extractor, paragraphs, title="", language="ru") -> set[str]:
    result = extractor.extract(make_article(paragraphs, title=title, language=language))
    return {p.name for p in result.persons if p.speaker}


def quotes(extractor, paragraphs, title="", language="ru") -> list[tuple[str, str]]:
    result = extractor.extract(make_article(paragraphs, title=title, language=language))
    return [(q.person, q.text) for q in result.quotes]


def test_quote_holds_inner_low_quotes():
    para = (
        "«Мы поддерживаем проект „Северный путь – Балтика“ и готовы вложить в него средства "
        "наших фондов», – заявил Петр Ковальчук."
    )
    [(_, start, end, a_start, a_end)] = direct_speech(para)
    assert para[start:end].startswith("Мы поддерживаем проект „Северный путь")
    assert para[start:end].endswith("наших фондов")
    assert para[a_start:a_end] == "заявил Петр Ковальчук"


def test_attribution_ends_at_the_comma_after_the_speaker(extractor):
    english = [
        "Senate Chairman Arman Zhaksybekov received Ambassador of Chile Jorge Alvarez.",
        '"Our ties are growing fast," Alvarez said, adding that the two governments would sign '
        "a visa agreement next spring and open direct flights between the capitals soon.",
    ]
    assert speakers(extractor, english, language="en") == {"Хорхе Альварес"}
    russian = [
        "Председатель Сената Арман Жаксыбеков встретился с послом Чили Хорхе Альваресом.",
        "– Наши связи быстро растут, – сказал Хорхе Альварес, добавив, что в следующем году "
        "правительства двух стран подпишут соглашение о визах и откроют прямые авиарейсы.",
    ]
    assert speakers(extractor, russian) == {"Хорхе Альварес"}


def test_a_verb_alone_before_a_comma_keeps_the_speaker_after_it():
    para = "– Наши связи растут, – сказал, в свою очередь, Хорхе Альварес."
    [(_, _, _, a_start, a_end)] = direct_speech(para)
    assert para[a_start:a_end] == "сказал, в свою очередь, Хорхе Альварес"


def test_quote_after_a_possessive_or_an_as_clause(extractor):
    paragraphs = [
        "Депутат Мажилиса Динара Сапарова встретилась с послом Венгрии Золтаном Надем.",
        "Динара Сапарова рассказала о работе комитета. По ее словам, «парламенты обязаны "
        "помогать бизнесу находить партнеров».",
        "Как подчеркнул посол, «венгерские компании давно работают в Казахстане и намерены "
        "расширять производство».",
    ]
    assert quotes(extractor, paragraphs) == [
        ("Динара Сапарова", "парламенты обязаны помогать бизнесу находить партнеров"),
        (
            "Золтан Надь",
            "венгерские компании давно работают в Казахстане и намерены расширять производство",
        ),
    ]


def test_as_clause_without_a_speech_verb_is_no_attribution():
    para = "Обсуждались такие проекты, как «Западная Европа – Западный Китай»."
    assert direct_speech(para) == []


def test_head_of_a_delegation_with_an_adjective(extractor):
    russian = [
        "Вице-спикер Мажилиса Асхат Рахимов принял делегацию Государственного собрания "
        "Венгрии во главе с Шандором Ланци.",
        "Отвечая на вопросы, глава венгерской делегации заявил: «Мы хотим открыть в Астане "
        "торговый дом и наладить поставки сельхозтехники».",
    ]
    assert speakers(extractor, russian) == {"Шандор Ланци"}
    kazakh = [
        "Мәжіліс Төрағасының орынбасары Асхат Рахимов Грузия Парламенті Төрағасының "
        "орынбасары Гиорги Беридзе бастаған делегациямен кездесті.",
        "Гиорги Беридзе Грузия Парламентінің Төрағасы Шалва Папуашвилидің сәлемін жеткізді.",
        "«Біз Қазақстанмен көлік дәлізін бірге дамытуға дайынбыз. Порттарымыз ашық», – деді "
        "Грузия делегациясының басшысы.",
    ]
    assert speakers(extractor, kazakh, language="kk") == {"Гиорги Беридзе"}


def test_an_opening_clause_does_not_hide_the_subject(extractor):
    paragraphs = [
        "Председатель Сената Арман Жаксыбеков встретился с заместителем председателя "
        "парламента Хорватии Иваном Ковачичем.",
        "Подводя итоги переговоров, гость подчеркнул: «Хорватия открыта для казахстанских "
        "туристов и инвесторов».",
    ]
    assert speakers(extractor, paragraphs) == {"Иван Ковачич"}


def test_kazakh_pronoun_after_a_sentence_opened_by_a_bare_post(extractor):
    paragraphs = [
        "Сенат Төрағасы Арман Жақсыбеков Оман Сұлтандығының Қазақстандағы Елшісі Халид Сәлім "
        "әл-Бусаидимен кездесті.",
        "Арман Жақсыбеков екі ел арасындағы байланыстарды атап өтті.",
        "Дипломат Маскат пен Астана арасындағы "
        "сауданың өскенін атап өтті. Ол: «Біз туризм саласында бірлескен жобаларды "
        "бастауға дайынбыз», – деді.",
    ]
    assert speakers(extractor, paragraphs, language="kk") == {"Халид Салим аль-Бусаиди"}


def test_shared_surname_told_by_first_name_or_by_who_was_named_first(extractor):
    text = "Встреча с Сурендрой Тхапой и Гитой Тхапой. Сурендра Тхапа сказал. Тхапа добавил."
    surendra = core._Person("Сурендра Тхапа", mentions=[core._Mention(10, 27, [], "")])
    gita = core._Person("Гита Тхапа", mentions=[core._Mention(30, 42, [], "")])
    bearers = [surendra, gita]
    assert core._surname_bearer(bearers, text, text.index("Тхапа сказал")) is surendra
    assert core._surname_bearer(bearers, text, text.index("Тхапа добавил")) is None
    assert core._surname_bearer(bearers, text, 0) is None
    later = core._Person("Анил Тхапа", mentions=[core._Mention(len(text), len(text), [], "")])
    assert core._surname_bearer([surendra, later], text, text.index("Тхапа добавил")) is surendra
    english = [
        "Senate Chairman Arman Zhaksybekov met with German MP Hans Weber in Astana.",
        '"Germany values its partnership with Kazakhstan," Zhaksybekov said.',
        "Weber thanked his hosts.",
        "The Kazakh delegation included Senator Nurlan Zhaksybekov.",
    ]
    assert speakers(extractor, english, language="en") == {"Арман Жаксыбеков"}


# --------------------------------------------------------------------------- round 34/35


def test_post_as_the_subject_of_an_intro_names_the_speaker(extractor):
    paragraphs = [
        "Председатель Мажилиса Ерлан Кошанов провел встречу с послом Чили Хорхе Мартинесом.",
        "Особое внимание спикер Мажилиса уделил энергетике: «Мы готовы предложить чилийским "
        "компаниям участие в проектах по добыче лития».",
    ]
    assert speakers(extractor, paragraphs) == {"Ерлан Кошанов"}
    # A post that is no subject names no speaker: the quote reads as speech, but whose?
    paragraphs[1] = (
        "Стороны уделили внимание визиту Президента Чили: «Мы ждем делегацию весной. Программа "
        "уже готова»."
    )
    assert speakers(extractor, paragraphs) == set()


def test_a_second_post_after_a_comma_names_the_same_speaker(extractor):
    para = "– Мы открыты для инвестиций, – отметил член делегации, депутат Ханс Мюллер."
    (_, _, _, a_start, a_end) = direct_speech(para)[0]
    assert para[a_start:a_end].endswith("Ханс Мюллер")
    # What the speaker did next is no part of the attribution.
    para = "– Мы открыты для инвестиций, – отметил посол, добавив, что визит важен."
    (_, _, _, a_start, a_end) = direct_speech(para)[0]
    assert para[a_start:a_end] == "отметил посол"


def test_a_demonym_guest_is_one_who_came_not_a_leader_spoken_of(extractor):
    paragraphs = [
        "Председатель Сената Маулен Ашимбаев принял делегацию парламента Монголии во главе с "
        "депутатом Батбаяром Ганзоригом.",
        "Маулен Ашимбаев отметил, что контакты с Президентом Монголии Ухнагийном Хурэлсухом "
        "дают отношениям новый импульс.",
        "– Монголия видит в Казахстане надежного партнера, – сказал монгольский гость.",
    ]
    assert speakers(extractor, paragraphs) == {"Батбаяр Ганзориг"}


def test_the_sender_of_greetings_is_not_the_he_who_speaks_next(extractor):
    paragraphs = [
        "Koshanov received a delegation of the Chilean Senate.",
        "Senator Jorge Morales conveyed greetings from the President of the Senate of Chile "
        'Manuel Ossandon. He added: "We want more flights between our countries. Our '
        'farmers are ready."',
    ]
    said = speakers(extractor, paragraphs, language="en")
    assert any("Морал" in name for name in said), said
    assert not any("Оссандон" in name for name in said), said


# --------------------------------------------------------------------------- round 36/37


def test_a_dash_inside_a_quoted_group_name_does_not_end_the_attribution():
    para = (
        "– Мы поддерживаем расширение прямых рейсов между нашими столицами, – сказал "
        "руководитель группы «Казахстан – Чили» Арман Ергалиев."
    )
    (_, _, _, a_start, a_end) = direct_speech(para)[0]
    assert para[a_start:a_end].endswith("Арман Ергалиев")


def test_the_words_of_the_guest_in_the_genitive_name_the_visitor(extractor):
    paragraphs = [
        "Заместитель Председателя Сената Нурлан Абенов встретился с делегацией Сейма Литвы "
        "во главе с вице-спикером Витаутасом Микалаускасом.",
        "По словам гостя, «литовские компании готовы вложить средства в логистику Казахстана».",
    ]
    assert speakers(extractor, paragraphs) == {"Витаутас Микалаускас"}


def test_the_head_of_a_named_delegation_is_its_first_member_named(extractor):
    paragraphs = [
        "Председатель Мажилиса Ерлан Кошанов, находящийся с визитом в Японии, встретился с "
        "Председателем Палаты представителей Фукусиро Нукагой.",
        "В переговорах участвовал депутат Мажилиса Серик Абдрахманов.",
        "Особое внимание глава казахстанской делегации уделил энергетике: «Мы готовы "
        "поставлять японским партнерам уран и редкоземельные металлы».",
    ]
    assert "Ерлан Кошанов" in speakers(extractor, paragraphs)
    assert "Серик Абдрахманов" not in speakers(extractor, paragraphs)


def test_a_demonym_speaker_is_the_delegation_member_not_one_spoken_of(extractor):
    paragraphs = [
        "Сенат Төрағасы Бауыржан Омаров Түркия Парламенті Төрағасының орынбасары Бекир "
        "Бозкурт бастаған делегациямен кездесті.",
        "Бекир Бозкурт Түркия Парламентінің Төрағасы Нуман Куртулмуштың сәлемін жеткізді.",
        "«Түркия Қазақстанмен көлік саласындағы ынтымақтастықты дамытуға мүдделі», – деді "
        "түркиялық парламентші.",
    ]
    assert speakers(extractor, paragraphs, language="kk") == {"Бекир Бозкурт"}


def test_the_addressee_of_greetings_is_not_the_he_who_speaks_next(extractor):
    paragraphs = [
        "Senate Chairman Askar Dauletov received a delegation of the Parliament of Ghana.",
        "Speaker Kofi Mensah conveyed greetings from Ghanaian President John Mahama to "
        'President Kassym-Jomart Tokayev. He added: "We want to learn from your reforms. Our '
        'students are ready to come."',
    ]
    said = speakers(extractor, paragraphs, language="en")
    assert any("Менса" in name for name in said), said
    assert not any("Токаев" in name for name in said), said


# round 40/41


def test_a_post_opening_its_own_clause_ends_at_its_verb(extractor):
    paragraphs = [
        "Председатель Мажилиса Ерлан Кошанов встретился с Генеральным секретарем ОДКБ "
        "Имангали Тасмагамбетовым и послом Франции Сильвеном Гиршем.",
        "Генсек положительно оценил вклад казахстанской стороны и добавил: «Организация "
        "будет и дальше укреплять коллективную безопасность в регионе».",
    ]
    assert speakers(extractor, paragraphs) == {"Имангали Тасмагамбетов"}


def test_a_body_common_noun_stands_for_the_post_abbreviation(extractor):
    paragraphs = [
        "Сенатор Нурлан Абенов провел встречу с Генеральным секретарем ПА ОДКБ Сергеем Посохиным.",
        "Генсек ассамблеи сообщил: «Мы готовы направить наблюдателей на выборы».",
    ]
    assert speakers(extractor, paragraphs) == {"Сергей Посохин"}


def test_a_post_of_the_bare_chamber_fits_the_chamber_named(extractor):
    paragraphs = [
        "Делегация Сената во главе с заместителем Председателя Палаты Нурланом Абеновым "
        "посетила Испанию. Казахстанские сенаторы встретились с Хосе Гарсией.",
        "– Мы рассчитываем на рост взаимной торговли и инвестиций в ближайшие годы, – "
        "отметил вице-спикер Сената.",
    ]
    assert speakers(extractor, paragraphs) == {"Нурлан Абенов"}


def test_an_initial_tells_two_bearers_of_a_surname_apart():
    # NER may leave `И. Чобану` unjoined: the bare surname's initial picks its bearer.
    ion, mihai = core._Person("Ион Чобану"), core._Person("Михай Чобану")
    text = "«Мы заинтересованы в казахстанском зерне», – заявил И. Чобану."
    at = text.index("Чобану")
    assert core._surname_bearer([ion, mihai], text, at) is ion
    assert core._surname_bearer([mihai, ion], text, at) is ion
