"""Country names from pycountry (ISO 3166-1 with its Russian and Kazakh translations)."""

import gettext

import pycountry

# pycountry's Russian names that read oddly in a Russian-language archive.
RUSSIAN_NAME_OVERRIDES = {
    "US": "США",
    "GB": "Великобритания",
    "RU": "Россия",
    "KP": "КНДР",
    "MD": "Молдова",
    "VE": "Венесуэла",
    "BO": "Боливия",
    "TZ": "Танзания",
    "SY": "Сирия",
    "LA": "Лаос",
    "VN": "Вьетнам",
    "CZ": "Чехия",
    "MK": "Северная Македония",
    "PS": "Палестина",
    "TW": "Тайвань",
    "VA": "Ватикан",
    "FM": "Микронезия",
    "CD": "ДР Конго",
    "CG": "Республика Конго",
    "AE": "ОАЭ",
    "KG": "Кыргызстан",
}


def iter_countries():
    """Yield (code, name_ru, name_kk, name_en) for every ISO 3166-1 country."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    kk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["kk"])
    for country in pycountry.countries:
        english = getattr(country, "common_name", None) or country.name
        name_ru = RUSSIAN_NAME_OVERRIDES.get(country.alpha_2) or ru.gettext(country.name)
        yield country.alpha_2, name_ru, kk.gettext(country.name), english


def countries_create(country_model) -> None:
    """Create every ISO 3166-1 country missing from the table (a historical model is fine)."""
    country_model.objects.bulk_create(
        [
            country_model(code=code, slug=code.lower(), name_ru=ru, name_kk=kk, name_en=en)
            for code, ru, kk, en in iter_countries()
        ],
        ignore_conflicts=True,
    )
