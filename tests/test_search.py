"""Search: morphology of names, countries and words; websearch syntax; the stored vector."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles import morphology
from articles.importer.parse import parse_dump
from articles.models import Article, ArticlePerson, PersonAlias
from articles.search import highlight, index_articles, parse_query, search_articles, snippet
from tests.factories import make_article, make_person
from tests.paths import SEED

if not SEED.exists():
    SEED = Path(__file__).resolve().parent.parent / "fixtures" / "dumps" / SEED.name


def found(query: str) -> list[str]:
    return sorted(search_articles(Article.objects.all(), query).values_list("title", flat=True))


@pytest.mark.parametrize(
    "forms",
    [
        "Токаев Токаева Токаеву Токаевым Токаеве",
        "Кошанов Кошанова Кошанову Кошановым Кошанове Қошанов Қошановпен",
        "Кочанова Кочановой Кочанову",
        "Беларусь Беларуси Беларусью",
        "Китай Китая Китаю Китаем Китае",
        "Казахстан Казахстана Казахстану Казахстаном Казахстане",
        "сотрудничество сотрудничества сотрудничеству сотрудничеством",
        "Ерлан Ерлана Ерлану Ерланом Ерлане",
        "Кёвер Кёвера Кёверу Кёвером",
        "Наталья Натальи Наталье Натальей",
        "Путин Путина Путину Путиным",
        "цифровизация цифровизации цифровизацией",
    ],
)
def test_every_case_form_shares_a_normal_form_with_the_nominative(forms):
    nominative, *others = forms.split()
    for word in others:
        assert set(morphology.forms(nominative)) & set(morphology.forms(word)), word
        assert set(morphology.forms(word.lower())) == set(morphology.forms(word))


def test_normal_forms_do_not_merge_different_words():
    assert not set(morphology.forms("Кошанов")) & set(morphology.forms("Кочанов"))
    assert not set(morphology.forms("Беларусь")) & set(morphology.forms("Казахстан"))
    assert morphology.forms("и") == ()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["Беларуси", "Беларусь", "сотрудничества", "Кошанову", "Кошановым", "Кошанова", "Токаев",
     "Токаеву", "Лукашенко", "Минск", "цифровизация", "Касым-Жомарт Токаев", '"Ерлан Кошанов"'],
)  # fmt: skip
def test_the_seed_is_found_by_any_form_of_its_names_and_words(query):
    parsed = parse_dump(SEED.read_bytes(), SEED.name)
    make_article(title=parsed.title, lead=parsed.lead, body=parsed.body)
    make_article(title="Сенаторы встретились с делегацией Китая", body="Визит в Пекин.")
    assert found(query) == [parsed.title]


@pytest.mark.django_db
def test_surname_in_the_nominative_finds_articles_that_only_decline_it():
    make_article(title="Встреча", body="Депутаты встретились с Ерланом Кошановым в Астане.")
    make_article(title="Переговоры", body="Гость передал приветствие Ерлану Кошанову.")
    make_article(title="Другое", body="Председатель Сената Маулен Ашимбаев открыл сессию.")
    assert found("Кошанов") == ["Встреча", "Переговоры"]
    assert found("Ерлан Кошанов") == ["Встреча", "Переговоры"]
    assert found("Ашимбаеву") == ["Другое"]


@pytest.mark.django_db
def test_phrase_needs_adjacent_words_and_keeps_stopword_gaps():
    make_article(title="Рядом", body="Встреча с Ерланом Кошановым прошла в Минске.")
    make_article(title="Порознь", body="Ерлан прибыл. Позже Кошанов уехал.")
    make_article(title="Союз", body="Вопросы торговли и инвестиций обсудили стороны.")
    assert found('"Ерлан Кошанов"') == ["Рядом"]
    assert found("Ерлан Кошанов") == ["Порознь", "Рядом"]
    assert found('"торговли и инвестиций"') == ["Союз"]
    assert found('"торговли инвестиций"') == []


@pytest.mark.django_db
def test_a_phrase_of_plain_words_is_one_index_lookup_of_their_pair():
    make_article(title="Рядом", body="Стороны обсудили вопросы водной дипломатии в регионе.")
    make_article(title="Порознь", body="Водной границы нет. Дипломатии это не мешает.")
    make_article(title="Через поле", lead="Тема дня — вопросы водной", body="Дипломатии нет.")
    make_article(title="Водная дипломатия", body="Заголовок и есть фраза.")
    assert "<->" not in parse_query('"водная дипломатия"').tsquery
    assert found('"водную дипломатию"') == ["Водная дипломатия", "Рядом"]
    assert found('"дипломатии водной"') == []
    assert found('"обсудили вопросы водной"') == ["Рядом"]
    assert found('"вопросы дипломатии"') == []


@pytest.mark.django_db
def test_exclusion_and_or_follow_websearch_syntax():
    make_article(title="Беларусь и Минск", body="Встреча в Минске.")
    make_article(title="Беларусь без столицы", body="Переговоры о торговле.")
    make_article(title="Китай", body="Визит в Пекин.")
    assert found("Беларуси -Минск") == ["Беларусь без столицы"]
    assert found('Беларуси -"встреча в Минске"') == ["Беларусь без столицы"]
    assert found("Китая OR Минска") == ["Беларусь и Минск", "Китай"]
    assert found("Китая or торговле") == ["Беларусь без столицы", "Китай"]


@pytest.mark.django_db
def test_prefix_of_an_unknown_name_matches_its_full_forms():
    make_article(title="Визит", body="Глава делегации Кёвером был принят в Сенате.")
    assert found("Кёвер") == ["Визит"]
    assert found("Кевер") == ["Визит"]


@pytest.mark.django_db
def test_a_linked_person_is_found_in_kazakh_and_english_articles_by_the_russian_name():
    koshanov = make_person("Ерлан Кошанов")
    make_article(
        title="Yerlan Koshanov met the delegation",
        body="The speaker said…",
        language="en",
        persons=[koshanov],
    )
    make_article(title="Parliament news", body="Nothing about him.", language="en")
    assert found("Кошановым") == ["Yerlan Koshanov met the delegation"]


@pytest.mark.django_db
def test_title_outranks_body():
    make_article(title="Новости", body="Обсудили цифровизацию и многое другое " * 3)
    make_article(title="Цифровизация парламентов", body="Обсудили опыт.")
    ranked = search_articles(Article.objects.all(), "цифровизации").order_by("-rank")
    assert [a.title for a in ranked] == ["Цифровизация парламентов", "Новости"]


@pytest.mark.django_db
def test_denormalised_links_follow_every_link_change():
    person = make_person("Маулен Ашимбаев")
    article = make_article(title="Сенат", countries=["BY"], persons=[person], speakers=[person])
    article.refresh_from_db()
    assert (article.country_codes, article.person_ids, article.speaker_ids) == (
        ["BY"],
        [person.pk],
        [person.pk],
    )
    ArticlePerson.objects.filter(article=article).update(speaker=False)
    article.country_links.all().delete()
    article.title = "Сенат (исправлено)"
    article.save()  # a save with stale in-memory arrays must not bring them back
    article.refresh_from_db()
    assert (article.country_codes, article.person_ids, article.speaker_ids) == ([], [person.pk], [])


@pytest.mark.parametrize(
    "query",
    ["", "   ", "!!!", "&|!():*<->", "'", '"', '"""', "-", "OR", "a OR", "OR OR b", "-\"\"",
     '"незакрытая фраза', "<script>alert(1)</script>", "\\", "x" * 10_000, "и в на"],
)  # fmt: skip
@pytest.mark.django_db
def test_odd_queries_run_and_find_nothing_odd(query):
    make_article(title="Беларусь", body="Встреча в Минске.")
    assert search_articles(Article.objects.all(), query).count() in (0, 1)


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200))
def test_any_text_is_a_valid_query(query):
    # Raises if PostgreSQL rejects the tsquery; nothing else is checked here.
    search_articles(Article.objects.all(), query).count()


def test_highlight_escapes_first_then_marks():
    parsed = parse_query("Кошанов")
    html = highlight('<b onclick="x">Ерлан Кошанову</b> & <script>', parsed)
    assert html == (
        "&lt;b onclick=&quot;x&quot;&gt;Ерлан <mark>Кошанову</mark>&lt;/b&gt; &amp; &lt;script&gt;"
    )


def test_snippet_is_a_marked_window_around_the_first_hit():
    parsed = parse_query("Минске")
    text = " ".join(["слово"] * 100) + " <i>встреча в Минск</i> " + " ".join(["текст"] * 100)
    html = snippet(["", text], parsed)
    assert "<mark>Минск</mark>" in html and "&lt;i&gt;" in html and "<i>" not in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(html) < 500


@pytest.mark.django_db
def test_alias_names_are_searchable_through_the_person_link():
    person = make_person("Маулен Ашимбаев")
    PersonAlias.objects.create(person=person, name="Мәулен Әшімбаев")
    article = make_article(title="Сенат", body="Әшімбаев мырза сөз сөйледі.", language="kk")
    index_articles([article.pk])
    assert found("Ашимбаев") == ["Сенат"]


@pytest.mark.django_db
def test_latin_spelling_of_a_surname_finds_the_russian_one_and_back():
    make_article(title="Визит", body="Встреча с Ерланом Кошановым.")
    make_article(title="Visit", body="Speaker Yerlan Koshanov met the delegation.", language="en")
    assert found("Koshanov") == ["Visit", "Визит"]
    assert found("Кошанову") == ["Visit", "Визит"]
