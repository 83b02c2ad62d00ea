"""Tests for `manage.py export_articles`: JSON Lines in the shape other tools read."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.importer import run_import
from articles.models import Article
from tests.paths import SEED

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
KEYS = [
    "id", "url", "source_file", "date", "title", "title_derived", "lead", "body", "views",
    "rubric", "photo_credit", "outlet", "language", "tags", "persons", "countries", "quotes",
]  # fmt: skip

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_imported(tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    summary = run_import([str(folder)], jobs=1)
    assert summary.created == 1


def test_the_seed_exports_in_the_agreed_shape(seed_imported, tmp_path):
    output = tmp_path / "articles.jsonl"
    call_command("export_articles", output=str(output), verbosity=0)
    lines = output.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    article = Article.objects.get()
    assert list(data) == KEYS
    assert data["id"] == article.pk
    assert data["url"].startswith(f"/articles/{article.pk}-") and data["url"].endswith("/")
    assert data["source_file"] == "000_bc75b8d4eb3f4bce.txt"
    assert data["date"] == "2026-02-06"
    assert data["title"] == (
        "Депутаты Казахстана и Беларуси усилят сотрудничество по вопросам ИИ и цифровизации"
    )
    assert data["title_derived"] is False
    assert data["lead"].startswith("Председатель Мажилиса Ерлан Кошанов")
    assert "\n\n" in data["body"]
    assert (data["views"], data["rubric"]) == (185, None)
    assert (data["photo_credit"], data["outlet"], data["language"]) == (
        "Т.Таныбаева", "Kazpravda.kz", "ru"
    )  # fmt: skip
    assert data["tags"] == ["сотрудничество", "Кошанов", "Беларусь"]
    assert data["countries"] == sorted(data["countries"]) and {"BY", "KZ"} <= set(data["countries"])
    speaker = data["persons"][0]
    assert list(speaker) == ["name", "speaker", "country", "position", "mentions"]
    assert speaker["name"] == "Ерлан Кошанов" and speaker["speaker"] is True
    assert speaker["country"] == "KZ" and speaker["position"] == "Председатель Мажилиса"
    assert speaker["mentions"] >= 4
    assert data["quotes"] and {q["person"] for q in data["quotes"]} == {"Ерлан Кошанов"}
    assert list(data["quotes"][0]) == ["person", "text"]


def test_export_streams_with_a_fixed_number_of_queries(tmp_path, django_assert_max_num_queries):
    run_import([str(DUMPS)], jobs=1)
    assert Article.objects.count() > 10
    output = tmp_path / "all.jsonl"
    with django_assert_max_num_queries(8):
        call_command("export_articles", output=str(output), verbosity=0)
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(row["id"] for row in rows) == sorted(Article.objects.values_list("pk", flat=True))
