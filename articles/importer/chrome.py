"""Patterns for site chrome, meta lines, photo credits and outlets, kept as data.

Each list holds regular-expression sources; a new site's chrome is one line here.
Patterns must match a whole stripped line; chrome lines are case-sensitive (so the
rubric "Политика" is not the section label "ПОЛИТИКА"), the rest are not.
"""

from __future__ import annotations

# Lines dropped wherever they appear (top or middle of a page).
CHROME_LINES: list[str] = [
    # share buttons and accessibility menus
    r"Рассказать друзьям",
    r"Поделиться",
    r"Поделитесь новостью",
    r"Цвет сайта",
    r"Сайт бояуы",
    r"Версия для слабовидящих",
    r"Мақаламен бөлісу",
    r"Share",
    r"Print",
    # language switchers: a line made only of language codes
    r"(?i:(?:(?:ру|рус|қаз|қз|kz|qz|ru|en|eng|中文|عربي|kaz)[\s|/]*){1,6})",
    # a site clock: "14:38, 13 Февраль 2026 | GMT +5", "12:20, 11.09.2025"
    r"\d{1,2}:\d{2}(?:,\s*\d{1,2}[\s.][\w.]+\s*\d{4})?(?:\s*\|\s*GMT\s*[+-]\s*\d+)?",
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s*\d{1,2}:\d{2}",
    # currency and weather lines
    r"(?:USD|EUR|RUB|CNY)\s*[\d.,]+(?:\s+(?:USD|EUR|RUB|CNY)\s*[\d.,]+)*",
    r"[+-]?\d{1,2}\s*°\s*C?(?:\s+\S+){0,3}",
    # breadcrumbs
    r"(?:Главная|Main Page|Home|Басты бет)\s*[>/»›].*",
    # trending and section labels
    r"#\s*Тренд дня",
    r"#\s*Trending",
    r"НОВОСТИ|ЖАҢАЛЫҚТАР|NEWS|ПОЛИТИКА|САЯСАТ|POLITICS",
    # leftovers of a broken template
    r"None|null|undefined|NaN",
    r"data:image/\S*",
    r"Посмотреть эту публикацию в Instagram",
    r"View this post on Instagram",
    r"Публикация от .*\(@[\w.]+\)",
]

# Lines that begin the bottom chrome: everything from here down is cut.
BOTTOM_MARKERS: list[str] = [
    r"Читайте также:?.*",
    r"Лента новостей",
    r"Нет комментариев\.?",
    r"Новости по теме:?",
    r"Похожие новости:?",
    r"Популярное",
    r"Popular",
    r"Read also:?.*",
    r"Related news:?",
    r"Author:.*",
    r"Автор:.*",
    r"Оқи отырыңыз:?.*",
    r"Тақырыпқа қатысты.*",
    r"Если вы видите данное сообщение, значит возникли проблемы с работой системы"
    r" комментариев\..*",
    r"Комментарии\s*\(\d+\)",
]

# Section names printed above a Kazpravda-style article.
RUBRICS: list[str] = [
    "Мажилис",
    "Сенат",
    "Парламент",
    "Общество",
    "Политика",
    "Внешняя политика",
    "Экономика",
    "В мире",
    "Қоғам",
    "Саясат",
    "Сыртқы саясат",
    "Мәжіліс",
    "Parliament",
    "Politics",
    "Foreign Policy",
]

# View-count lines; the first group is the number.
VIEW_LINES: list[str] = [
    r"(\d{1,7})",
    r"Опубликовано:\s*(\d{1,7})",
    r"Просмотров:\s*(\d{1,7})",
    r"Просмотры:\s*(\d{1,7})",
    r"(\d{1,7})\s+рет көрсетілді",
    r"Views:\s*(\d{1,7})",
    r"(\d{1,7})\s+views",
]

# Photo credits that fill a whole line; group "credit" is what is stored.
CREDIT_LINES: list[str] = [
    # zakon.kz keyword caption: "<keywords>, фото - Новости Zakon.kz от … Фото: <source>"
    r".{0,300}?,\s*фото\s*-\s*Новости Zakon\.kz.*?Фото:\s*(?P<credit>.+)",
    r".{0,300}?,\s*сурет\s*-\s*Zakon\.kz жаңалық.*?Сурет:\s*(?P<credit>.+)",
    r"\(?(?:©\s*)?(?:Фото|Фотография|Сурет|Источник фото|Фото источника|Фото предоставлено"
    r"|Photo credit|Photo|Фото/видео)\s*(?::|-|–|—|©)\s*(?P<credit>.{1,120}?)\)?",
    r"(?:©\s*)?(?:Фото|Сурет|Photo)\s+(?P<credit>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^.!?]{0,60}(?:\.[^\s.][^.!?]{0,40})*)",
]

# Outlets: canonical display name -> spellings as they appear in the text.
OUTLETS: dict[str, list[str]] = {
    "Kazpravda.kz": ["Kazpravda.kz", "Казправда", "Казахстанская правда"],
    "Kazinform": [
        "Kazinform",
        "Казинформ",
        "Kazinform News Agency",
        "МИА «Казинформ»",
        "Inform.kz",
        "KAZINFORM",
    ],
    "Zakon.kz": ["Zakon.kz"],
    "BAQ.KZ": ["BAQ.KZ", "Baq.kz"],
    "NUR.KZ": ["NUR.KZ", "Nur.kz"],
    "Tengrinews.kz": ["Tengrinews.kz", "Tengrinews"],
    "Report": ["Report", "Report.az"],
    "Trend": ["Trend", "Trend.az"],
    "APA": ["APA"],
    "AZERTAC": ["AZERTAC", "АЗЕРТАДЖ"],
    "TASS": ["TASS"],
    "ТАСС": ["ТАСС"],
    "РИА Новости": ["РИА Новости", "RIA Novosti"],
    "Интерфакс": ["Интерфакс", "Interfax"],
    "Sputnik.uz": ["Sputnik.uz", "Sputnik Узбекистан"],
    "Sputnik Казахстан": ["Sputnik Казахстан", "Sputnik Kazakhstan"],
    "Kabar": ["Kabar", "Кабар"],
    "UzA": ["UzA", "УзА"],
    "Dunyo": ["Dunyo", "Дунё", "Dunyo.info"],
    "БелТА": ["БелТА", "BelTA"],
    "CentralAsia": ["CentralAsia"],
    "The Astana Times": ["The Astana Times", "Astana Times"],
    "Khabar 24": ["Khabar 24", "Хабар 24"],
    "24.kz": ["24.kz"],
    "Egemen.kz": ["Egemen.kz", "Egemen Qazaqstan", "Егемен Қазақстан"],
    "Xinhua": ["Xinhua", "Синьхуа"],
}

# Attribution formulas, case-sensitive; "{o}" stands for any outlet spelling above.
OUTLET_FORMULAS: list[str] = [
    # Russian
    r"(?:сообщает|сообщают|передает|передаёт|пишет|информирует)\s+(?:собственный\s+)?"
    r"(?:корреспондент\s+)?(?:агентства\s+|агентство\s+|портала\s+|портал\s+|издания\s+)?{o}",
    r"Как (?:сообщает|передает|передаёт|пишет) {o}",
    r"(?:Источник|Source):\s*{o}",
    r"по (?:данным|информации) {o}",
    # datelines at the start of a paragraph
    r"^[A-ZА-ЯЁ][A-ZА-ЯЁ -]{1,30}[.,]\s*(?:[^.–—/\n]{1,25}[.–—]\s*)?/?{o}/?",
    r"^{o}\s*\([A-Z]{2}\)\s*[-–—]",
    # Kazakh
    r"деп хабарлайды {o}",
    r"{o}(?:\s+агенттігінің)?(?:\s+меншікті)?\s+тілшісі",
    r"{o}\s+хабарлайды",
    # Uzbek and Azerbaijani
    r"деб хабар беради {o}",
    r"{o}\s+xəbər verir",
    # English
    r"{o}(?:\s+News Agency)?\s+(?:reports|reported|informs|writes)",
    r"{o}(?:\s+News Agency)?\s+cites",
    r"(?:according to|reports|informs)\s+{o}",
]
