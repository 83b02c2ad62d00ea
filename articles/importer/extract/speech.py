"""Direct speech in a paragraph: quotes, dashes, colon intros and the attribution that
names their speaker; the segments an article is read in."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .posts import ROLE_KK, ROLE_RU

# Paragraphs that credit a photo or name the author: their names are not in the story.
_CREDIT = re.compile(
    r"^\s*(?:©\s*)?(?:фото|источник фото|photo(?: credit)?|сурет|автор|авторы|author|текст|видео|"
    r"фотограф|photographer|by)\b[\s:.\-–—]",
    re.IGNORECASE,
)

SPEECH_VERB = re.compile(
    r"(?<![\w-])(?:сказал\w*|отметил\w*|отмечает|подчеркн\w*|подчёркн\w*|подчеркива\w*|заявил\w*|"
    r"заявляет|озвучил\w*|ответил\w*|добавил\w*|сообщил\w*|пояснил\w*|резюмировал\w*|"
    r"констатировал\w*|заключил\w*|продолжил\w*|акцентировал\w*|рассказал\w*|напомнил\w*|уточнил\w*|"
    r"признал\w*|говорит|говорил\w*|считает|уверен\w*|убежд[её]н\w*|обратил\w*|выразил\w*|"
    r"поделил\w*|указал\w*|призвал\w*|предложил\w*|высказал\w*|прокомментировал\w*|"
    r"пошутил\w*|заверил\w*|цитирует|цитировал\w*|посетовал\w*|предупредил\w*|предостер\w*|"
    r"возразил\w*|парировал\w*|пообещал\w*|воскликнул\w*|вспомнил\w*|полагает|привод\w+ слова|"
    r"деді|деп|атап өтті|айтты|мәлімдеді|қосты|түйіндеді|атап көрсетті|жеткізді|"
    r"said|says|noted|notes|stressed|added|emphasi[sz]ed|stated|told|underlined|highlighted|"
    r"remarked|explained|pointed out|concluded|continued|according to|joked|warned|assured|"
    r"recalled|insisted|argued|observed|declared|affirmed|reiterated|replied|responded|answered|"
    r"commented|acknowledged|admitted|asserted)(?![\w-])",
    re.IGNORECASE,
)
# `По его словам, «…»` names its speaker by a possessive pronoun.
PRONOUN = re.compile(
    r"(?<![\w-])(?:он|она|ол|he|she|(?<=по\s)(?:его|её|ее)(?=\s+словам))(?![\w-])", re.IGNORECASE
)
# A Russian past-tense verb (`оценил`, `выразила`): a subject's phrase ends before it.
PAST_VERB = re.compile(r"(?<![\w-])[а-яё]{2,}(?:[аеиуыя]л|ёл)(?:а|о|и)?(?![\w-])")
DASH = "-–—"
OPEN = '«"“„'
_CLOSE = '»"”“'


# A dashed paragraph that is no question: `— Мир стал менее предсказуемым …`.
ANSWER = re.compile(r"\s*[-–—](?![^\n]*\?\s*$)")
QUESTION = re.compile(r"\s*[-–—][^\n]*\?\s*$")


_PRONOUN_GENDER = {"он": "m", "he": "m", "его": "m", "она": "f", "she": "f", "её": "f", "ее": "f"}


def attribution_gender(attribution: str) -> str | None:
    """Return "m" or "f" when the words naming the speaker tell it (she, отметила), else None."""
    pronoun = PRONOUN.search(attribution)
    if pronoun and pronoun.group().lower() in _PRONOUN_GENDER:
        return _PRONOUN_GENDER[pronoun.group().lower()]
    verb = SPEECH_VERB.search(attribution)
    if verb and re.fullmatch(r"[а-яё]+(?:л|ла)(?:ся|сь)?", verb.group(), re.IGNORECASE):
        return "f" if re.search(r"ла(?:сь)?$", verb.group(), re.IGNORECASE) else "m"
    return None


# A written message quoted: `— говорится в послании`, `В телеграмме говорится:`, `the
# message reads`, Kazakh `делінген жеделхатта`.
MESSAGE = re.compile(
    r"(?<![\w-])(?:(?:говорится|сказано|отмечается|подчеркивается|подчёркивается)(?:\s+\S+){0,3}?"
    r"\s+в\s+(?:\S+\s+)?(?:послани|телеграмм|письм|обращени|поздравлени|сообщени)\w*|"
    r"в\s+(?:\S+\s+)?(?:послани|телеграмм|письм|обращени|поздравлени)\w*(?:,[^,]*,)?\s+"
    r"(?:говорится|сказано|отмечается)|"
    r"(?:the\s+)?(?:message|letter|telegram|cable)\s+(?:reads|says|said|stated|states|noted)|"
    r"(?:жеделхат|хат|құттықтау|үндеу)\w*\s+(?:\S+\s+)?(?:делінген|айтылған|жазылған)|"
    r"делінген\s+(?:\S+\s+)?(?:жеделхат|хат|құттықтау|үндеу)\w*)(?![\w-])",
    re.IGNORECASE,
)
# The sender of a message, right after the name: `Имя направил телеграмму`, `Name has sent`.
SENT = re.compile(
    r"[^.!?\n]{0,40}?(?<![\w-])(?:направил\w*|отправил\w*|адресовал\w*|sent|sends|"
    r"has sent|жолдады)(?![\w-])",
    re.IGNORECASE,
)
# `— приводит слова дипломата пресс-служба Сената`: the one whose words are cited speaks,
# not the source that cites them.
CITED = re.compile(
    r"(?<![\w-])привод\w+\s+слова\s+(?P<who>.+?)(?=\s+(?:пресс-служб|сайт|издани|агентств|"
    r"портал|телеканал|газет|журнал|ведомств)\w*|$)",
    re.IGNORECASE,
)
# An attribution that names the speaker by a common noun only: `докладчик`, `немецкий гость`,
# or with the abbreviation of the body they serve (`докладчик ПАСЕ`, `представитель ЮНИСЕФ`).
DESCRIBED = re.compile(
    r"\s*(?!(?:в|во|на|по|из|у|с|со|от|для|при)\s)(?:[а-яёәғқңөұүһі-]+\s+)?[а-яёәғқңөұүһі-]{4,}"
    r"(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,})?\s*"
)
# The visitor: `— сказал гость`, `отметила гостья`, `деді қонақ`, `the guest said`, and in
# the genitive of a source (`По словам гостя, «…»`, `по словам гостьи`).
GUEST = re.compile(r"(?<![\w-])(?:гость|гостья|гостя|гостьи|қонақ|guest)(?![\w-])", re.IGNORECASE)
# An initial's stop (`П. Д'Амико`, `Д. Лысенко`, `Ғ.Мұқанов`) ends no attribution or intro.
_INITIAL = r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\."
# A character of an attribution after a dash; a hyphen inside a word (вице-спикер) is one too,
# and so is a name in quotes with a dash of its own (`руководитель группы «Казахстан – Чили»`).
_ATTR_CHAR = rf"(?:{_INITIAL}|«[^«».!?\n]*»|[^-–—.!?\n]|(?<=\w)-(?=\w))"
# Attribution: a dash or the closing quote, then the speaker; found per paragraph.
_DASH_ATTR = re.compile(rf"(?P<p>[,.!?…])\s*[-–—]\s*(?P<a>{_ATTR_CHAR}*)(?:[.!?]|$)")
# A quote may hold a name in quotes of its own: `«… центра «Астана»»`, `«… «зеленого» водорода»`.
# Russian type sets quotes inside quotes as „…“ too: `«… диалога „Центральная Азия – ЕС“ …»`.
_QUOTE = re.compile(r"[«“„\"](?P<q>(?:[^«»“”„\"]|«[^«»“”„\"]*»|„[^«»“”„\"]*[“”]){8,})[»”“\"]")
# An attribution inside the quote marks, set off by dashes: `«Мы готовы, – сказал Е. Ким. –
# Вопрос решён»`, `«…, – деді ол, – …»`.
_INNER_ATTR = re.compile(rf"(?P<p>[,!?…])\s*[-–—]\s+(?P<a>{_ATTR_CHAR}+?)\s*[.,]\s*[-–—]\s+(?=\S)")
# The attribution after a closing quote runs to the sentence end (`– деді Д. Сәрсенбаев`).
_QUOTE_ATTR = re.compile(rf"\s*,?\s*[-–—]?\s*(?P<a>(?:{_INITIAL}|[^.!?\n«“\"])*)")

# A character of an intro before a colon (`Д. Лысенко заявил:`).
_INTRO_CHAR = rf"(?:{_INITIAL}|[^.!?])"


def _is_attribution(text: str) -> bool:
    """Tell whether text names a speaker: a speech verb, or (Kazakh) just a name or a role."""
    words = text.split()
    if not words or len(words) > 12:
        return False
    if SPEECH_VERB.search(text) or MESSAGE.search(text):
        return True
    # Kazakh omits the verb: `…, – Ерлан Қошанов.`
    return len(words) <= 4 and all(w[:1].isupper() or ROLE_KK.search(w) for w in words)


# The source of a quote set before it with a comma: `According to Name, "…"`, `По словам
# Имя, «…»`, `По его словам, «…»`.
_ACCORDING = re.compile(
    rf"(?<![\w-])(?:according to\s+|по\s+словам\s+|(?=по\s+(?:его|её|ее)\s+словам))"
    rf"(?P<a>{_INTRO_CHAR}{{1,60}}?),\s*$",
    re.IGNORECASE,
)
# The same with a speech verb in one clause: `Как отметил посол, «…»`, `As Name noted, "…"`.
_AS_SAID = re.compile(r"(?<![\w-])(?:как|as)\s+(?P<a>[^,.!?«»\"“”]{1,60}?),\s*$", re.IGNORECASE)


def _according(before: str) -> re.Match | None:
    """Return the source named before a quote; `как`/`as` only with a speech verb."""
    m = _ACCORDING.search(before) or _AS_SAID.search(before)
    if m and m.re is _AS_SAID and not SPEECH_VERB.search(m.group("a")):
        return None  # `такие проекты, как «…»` names no speaker
    return m


def _attribution_end(attribution: str) -> int:
    """Return where an attribution ends: at a comma after its verb and the speaker.

    `"…," he said, adding that …`, `– сказал Имя, добавив, что …`: what follows the comma is
    what else the speaker did. A verb alone runs on past it: `– сказал, в свою очередь, Имя`.
    """
    verb = SPEECH_VERB.search(attribution)
    comma = attribution.find(",", verb.end()) if verb else -1
    if comma < 0 or not re.search(r"\w", SPEECH_VERB.sub(" ", attribution[:comma])):
        return len(attribution)
    after = len(attribution) - len(attribution[comma + 1 :].lstrip())
    if ROLE_RU.match(attribution, after) and ROLE_RU.search(attribution, verb.end(), comma):
        # `– добавила член делегации, сенатор Имя`: a second post in apposition to the first
        # names the same speaker.
        return len(attribution)
    return comma


# Quoted words that are speech, not a title: two sentences, or the speaker's `we` or `I`.
_READS_AS_SPEECH = re.compile(
    r"[.!?…]\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|(?<![\w-])(?:(?i:мы|нам|нас|наш\w*|я|мне|мой|мо[её]\w*|"
    r"мои\w*|біз\w*|менің|маған|we|our|us)|I)(?![\w-])"
)


def _speaks(text: str) -> bool:
    """Tell whether an intro before a colon leads into speech or a quoted message."""
    return bool(SPEECH_VERB.search(text) or MESSAGE.search(text))


def direct_speech(para: str) -> list[tuple[str, int, int, int, int]]:
    """Return (kind, quote start, quote end, attribution start, attribution end) in a paragraph."""
    out = []
    stripped = para.lstrip()
    lead = len(para) - len(stripped)
    if stripped and stripped[0] in DASH:
        dashed = _dashed_speech(para, lead + 1)
        if dashed:
            return dashed
    for m in _QUOTE.finditer(para):
        inner = _INNER_ATTR.search(para, m.start("q"), m.end("q"))
        if inner and _is_attribution(inner.group("a")):
            # `«Первая часть, – сказал он. – Вторая»`: both parts are the one speaker's.
            end = inner.start("p") + (1 if inner.group("p") in "!?…" else 0)
            out.append(("quote", m.start("q"), end, inner.start("a"), inner.end("a")))
            out.append(("quote", inner.end(), m.end("q"), inner.start("a"), inner.end("a")))
            continue
        after = para[m.end() :]
        a = _QUOTE_ATTR.match(after)
        attribution = a.group("a")[: _attribution_end(a.group("a"))] if a else ""
        before = para[: m.start()]
        intro = re.search(rf"(?P<a>{_INTRO_CHAR}*):\s*$", before)
        if (
            attribution.strip()
            and _is_attribution(attribution)
            and (
                re.match(r"\s*,?\s*[-–—]", after)
                or m.group("q").rstrip()[-1:] in ",.!?…"
                or SPEECH_VERB.match(attribution.strip())
                or re.match(r"\s*,", after)
            )
        ):
            a_start = m.end() + a.start("a")
            a_end = a_start + len(attribution)
            if intro and intro.group("a").strip() and not SPEECH_VERB.sub("", attribution).strip():
                # Kazakh `Депутат Имя: «…», – деп атап өтті.`: a verb alone after the quote;
                # its subject is the intro's.
                a_start, a_end = intro.start("a"), intro.end("a")
            out.append(("quote", m.start("q"), m.end("q"), a_start, a_end))
            continue
        if intro and _speaks(intro.group("a")):
            out.append(("quote", m.start("q"), m.end("q"), intro.start("a"), intro.end("a")))
        elif according := _according(before):
            out.append(("quote", m.start("q"), m.end("q"), according.start(), according.end("a")))
        elif intro and _READS_AS_SPEECH.search(m.group("q")):
            # `Имя положительно оценил инициативу: «…»`: no speech verb, so only an intro
            # that names the speaker (Engine._quotes) and words that read as speech count.
            out.append(("named intro", m.start("q"), m.end("q"), intro.start("a"), intro.end("a")))
    if not out and not (stripped and stripped[0] in DASH):
        # `Имя рассказала о … . – Цитата, – сказала она.`: a dash after a sentence's end opens
        # speech inside a paragraph.
        for opener in _SENTENCE_DASH.finditer(para):
            out = _dashed_speech(para, opener.end())
            if out:
                return out
    if not out:
        intro = re.search(rf"(?:^|[.!?]\s)(?P<a>{_INTRO_CHAR}+):\s*$", para)
        if intro:
            # `Глава делегации Ли Сон Хо высоко оценил диалог:` with no speech verb is an
            # intro too; Engine._quotes takes it only when it names the speaker.
            kind = "intro" if _speaks(intro.group("a")) else "named intro"
            out.append((kind, len(para), len(para), intro.start("a"), intro.end("a")))
    return out


# A dash that opens a sentence inside a paragraph.
_SENTENCE_DASH = re.compile(r"(?<=[.!?…])\s+[-–—](?=\s)")


def _dashed_speech(para: str, start: int) -> list[tuple[str, int, int, int, int]]:
    """Return the dashed speech that opens at start (after its dash), with its attribution."""
    for m in _DASH_ATTR.finditer(para, start):
        a_end = m.start("a") + _attribution_end(m.group("a"))
        if _is_attribution(para[m.start("a") : a_end]):
            end = m.start("p") + (1 if m.group("p") in "!?…" else 0)
            out = [("dash", start, end, m.start("a"), a_end)]
            # `– Цитата, – сказал он. – Продолжение.`: the rest is the same speaker's.
            rest = para[m.end() :].lstrip()
            if rest and rest[0] in DASH:
                out.append(("dash", len(para) - len(rest) + 1, len(para), m.start("a"), a_end))
            return out
    return []


def strip_quote(text: str) -> str:
    return text.strip().strip(DASH + OPEN + _CLOSE + " ,").strip()


def article_segments(title: str, lead: str, paragraphs: Sequence[str]) -> tuple[list[str], int]:
    """Return the segments to read (credits and bylines dropped) and how many form the headline."""
    head = [s for s in (title, lead) if s and s.strip()]
    if len(head) == 2 and head[0].strip() == head[1].strip():
        head = head[:1]
    body = [
        p
        for p in paragraphs
        if p.strip() and not _CREDIT.match(p) and not re.fullmatch(r"\s*(?:#\S+\s*)+", p)
    ]
    return head + body, len(head)
