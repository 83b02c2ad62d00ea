"""Find people, their positions and countries, quotes and countries in one parsed article.

The engine: names (mentions, clustering, joins) and what ties posts, states and quotes to
people. The patterns of posts are in posts.py, those of direct speech in speech.py.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .countries import (
    KAZAKH_ADJECTIVE,
    ORGANISATION,
    PlaceMatcher,
    Token,
    load_gazetteer,
    load_organisations,
    tokenize,
)
from .names import (
    CASES,
    CHINESE_FAMILY,
    LATIN_ORIGINS,
    PARTICLE_SURNAME,
    PINYIN,
    WORD_PARTICLES,
    agree_likely,
    east_asian_name,
    first_name_parses,
    in_eponymous_law,
    is_abbreviation,
    is_address_form,
    is_family_letter,
    is_first_name_word,
    is_headline_verb,
    is_initial,
    is_kazakh_post,
    is_kyrgyz_patronymic,
    is_name_particle,
    is_named_thing,
    is_nobility_title,
    is_parliament_name,
    is_particle_surname,
    is_patronymic,
    is_qualified_chamber,
    is_syllable_name,
    is_vietnamese_name,
    join_arabic_article,
    kazakh_to_russian,
    known_first_name,
    latin_name_origins,
    latin_to_russian,
    morph,
    nominative_position,
    normalise_russian,
    opens_with_common_word,
    pinyin_syllable,
    pinyin_syllables,
    plain_apostrophes,
    readings,
    second_name_start,
    skeleton,
    soft_first_name,
    strip_kazakh_case,
    strip_kazakh_suffix,
    surname_parses,
    to_russian,
    without_patronymic,
)
from .ner import WindowNER, ner_tagger
from .posts import (
    ACCOMPANIES,
    ANY_MEMBER,
    APPOINTED,
    APPOINTED_END,
    APPOSITION_EN,
    ARRIVED_AFTER,
    ARRIVED_BEFORE,
    CHAMBER_GLOSS_EN,
    CLAUSE_END,
    COMES_TO_KZ,
    COUNTRY_LED_BY,
    COUNTRYS_POST,
    DATELINE,
    DELEGATE_AFTER,
    DELEGATION,
    DELEGATION_HEAD,
    DEMONYM_APPOSITION,
    DEMONYM_BEFORE,
    DEMONYM_BEFORE_EN,
    DEMONYM_SPEAKER,
    EN_VERB,
    GENERIC_PARLIAMENT,
    GLOSS,
    GREETED,
    GREETINGS_FROM,
    GROUP_WITH_KAZAKHSTAN,
    HEADS_AFTER,
    HEADS_IN_BODY,
    HEADS_OF_STATE,
    HOST_VERB,
    ITS_MEMBERS,
    LEADS_AFTER,
    LEADS_BEFORE,
    LEADS_VERB_AFTER,
    LED_BY,
    LED_BY_POST,
    LISTED,
    LISTED_STATE,
    MEETING,
    MET_AFTER,
    MET_WITH,
    ORIGIN,
    ORIGIN_BEFORE,
    PAIRED_WITH_HEAD,
    PARLIAMENT,
    PLURAL_POST,
    POSSESSOR_EN,
    RECEIVED_VERB,
    REPRESENTS,
    RESIDENCE_GLOSS,
    ROLE_CLASSES,
    ROLE_EN,
    ROLE_KK,
    ROLE_RU,
    ROLE_WORD,
    SENTENCE_START,
    SIDE,
    STORY_STATE,
    TITLE_GENDER,
    VICE,
    VISIT,
    VISIT_ABROAD,
    VISIT_ABROAD_KK,
    VISIT_OF,
    VISIT_TO,
    VISIT_TO_KZ,
    VISIT_WORD,
    VISITED,
    WESTMINSTER_MP,
    after_role,
    foreign_chamber,
    hosts_kazakhs,
    is_verb,
    kazakh_post,
    own_post,
    partner_state,
    past_dateline,
    post_after,
    post_before,
    post_initials,
    post_profile,
    shared_chamber,
    title_state,
    word_stems,
)
from .results import CountryFound, PersonFound, QuoteFound
from .speech import (
    ANSWER,
    CITED,
    DASH,
    DESCRIBED,
    GUEST,
    MESSAGE,
    OPEN,
    PAST_VERB,
    PRONOUN,
    QUESTION,
    SENT,
    SPEECH_VERB,
    attribution_gender,
    direct_speech,
    strip_quote,
)

__all__ = ["Engine", "ner_tagger"]
# The preposition before a state a post serves in or deals with, not the one it represents.
_HOST_OR_SUBJECT = re.compile(r"(?:\bв|\bво|\bin|\bto|\bпо|\bfor)\s+$", re.IGNORECASE)
# An organisation a committee deals with is not the post's (`председатель комитета по делам
# СНГ`, `Committee on NATO affairs`).
_ORGANISATION_SUBJECT = re.compile(r"(?:\bпо(?:\s+делам)?|\bon)\s+$", re.IGNORECASE)
# `U.S. Ambassador`: the dot of an abbreviation of capitals ends no sentence, nor that of a
# title before a name (`accompanied by the deputy head of mission, Mr. Fletcher`).
_SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)[.!?…]\s|\n")

# Capitalised words that start sentences or name institutions, never people (Kazakh and English;
# Russian goes through the NER model and the dictionary instead).
_NOT_NAMES = {
    w.lower()
    for w in [
        # Kazakh sentence adverbs: `Кейін Ерлан …`
        "Кейін",
        "Кейінірек",
        "Содан",
        "Сосын",
        "Кеше",
        "Бүгін",
        "Ертең",
        "Дегенмен",
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "During",
        "After",
        "Before",
        "With",
        "From",
        "For",
        "By",
        "Of",
        "To",
        "And",
        "But",
        "He",
        "She",
        "It",
        "They",
        "We",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "As",
        "Also",
        "According",
        "Meanwhile",
        "However",
        "Earlier",
        "Later",
        "Today",
        "Yesterday",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        # English titles and honorifics (Justice Ali Khan, His Excellency, Hon. Jane Doe).
        "Justice",
        "Judge",
        "Hon",
        "Honourable",
        "Honorable",
        "Excellency",
        "Prof",
        "Professor",
        "Rev",
        "Reverend",
        "Envoy",
        "Commissioner",
        "Chancellor",
        "Counsellor",
        "Attorney",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Baroness",
        "Milli",
        "Sabha",  # Lok Sabha, Rajya Sabha
        "Məclis",
        "Məclisin",
        "Məclisi",
        "Chairman",
        "Chairwoman",
        "Speaker",
        "President",
        "Prime",
        "Minister",
        "Ministry",
        "Ambassador",
        "Embassy",
        "Deputy",
        "Deputies",
        "Senator",
        "Senate",
        "Congressman",
        "Congresswoman",
        "Representative",
        "Marshal",
        "Congress",
        "Relations",
        "Parliament",
        "Parliamentary",
        "Mazhilis",
        "Majilis",
        "House",
        "Chamber",
        "Council",
        "Assembly",
        "National",
        "Republic",
        "Committee",
        "Group",
        "Friendship",
        "Secretary",
        "General",
        "Head",
        "State",
        "Government",
        "Foreign",
        "Affairs",
        "Affair",
        "Office",
        "Press",
        "Service",
        "Agency",
        "News",
        "Kazinform",
        "Report",
        "Trend",
        "Tengrinews",
        "Astana",
        "Hub",
        "Central",
        "Asia",
        "Asian",
        "Europe",
        "European",
        "Union",
        "Organization",
        "Organisation",
        "Cooperation",
        "International",
        "Inter-Parliamentary",
        "Forum",
        "Summit",
        "Meeting",
        "Session",
        "Delegation",
        "Member",
        "Members",
        "Vice",
        "Chair",
        "Leader",
        "King",
        "Emir",
        "Sheikh",
        "Prince",
        "Governor",
        "Mayor",
        "Director",
        "Minister",
        "Ministers",
        "Commission",
        "Federation",
        "Federal",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Photo",
        "Source",
        "Read",
        "Also",
        "Day",
        "Year",
        "Constitution",
        "Code",
        "Law",
        "Digital",
        "Artificial",
        "Intelligence",
        "Palace",
        "Independence",
        "Akorda",
        "Ordinance",
        "Special",
        "Program",
        "Мәжіліс",
        "Мәжілістің",
        "Мәжілісінің",
        "Сенат",
        "Сенатының",
        "Парламент",
        "Парламенті",
        "Парламентінің",
        "Төраға",
        "Төрағасы",
        "Төрағасының",
        "Президент",
        "Президенті",
        "Президентінің",
        "Республикасы",
        "Республикасының",
        "Министрі",
        "Министрлігі",
        "Елшісі",
        "Елшілігі",
        "Депутат",
        "Депутаты",
        "Депутаттары",
        "Ұлттық",
        "Жиналыс",
        "Жиналысы",
        "Палата",
        "Палатасы",
        "Палатасының",
        "Кеңес",
        "Кеңесі",
        "Кеңесінің",
        "Мемлекет",
        "Басшысы",
        "Мемлекеттік",
        "Үкімет",
        "Үкіметі",
        "Комитет",
        "Комитеті",
        "Достық",
        "Тобы",
        "Халықаралық",
        "Ассамблея",
        "Ассамблеясы",
        "Ынтымақтастық",
        "Ұйымы",
        "Сапар",
        "Кездесу",
        "Кездесуде",
        "Сондай-ақ",
        "Сонымен",
        "Бұл",
        "Ол",
        "Олар",
        "Оның",
        "Біз",
        "Біздің",
        "Сенің",
        "Алайда",
        "Осы",
        "Қазір",
        "Қаңтар",
        "Ақпан",
        "Наурыз",
        "Сәуір",
        "Мамыр",
        "Маусым",
        "Шілде",
        "Тамыз",
        "Қыркүйек",
        "Қазан",
        "Қараша",
        "Желтоқсан",
        "Жасанды",
        "Интеллект",
        "Цифрлық",
        "Кодекс",
        "Заң",
        "Конституция",
        "Хабарлайды",
        "Тілшісі",
        "Агенттігі",
        "Ақорда",
        "Сурет",
        "Фото",
        "Төрағасымен",
        "Орынбасары",
        "Хатшысы",
        "Басшысымен",
        "Президентімен",
        "Спикері",
    ]
}
_NAME_END = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|цкий|ская|енко|ұлы|улы|қызы|кызы|ov|ev|in|yn|ova|eva|"
    r"ina|yeva|uly|kyzy|enko|sky|skiy|уулу|uulu|sson|d[oó]ttir|ссон|доттир)$",
    re.IGNORECASE,
)


@dataclass
class _Mention:
    start: int
    end: int
    words: list[str]  # normalised Russian words: first .. last, or one surname, initials kept
    surface: str
    alias: str | None = None  # form with patronymic
    person: _Person | None = None


@dataclass
class _Person:
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[_Mention] = field(default_factory=list)
    positions: list[tuple[str, str | None]] = field(default_factory=list)
    speaker: bool = False
    gender: str | None = None  # "m", "f", "" when it cannot be told; None until asked
    origin: str | None = None  # the state after the name: `Хельга Штайн из Германии`
    delegation: str | None = None  # the state whose delegation the person leads
    leads: bool = False  # heads a delegation: `глава делегации` in a quote's attribution
    member: bool = False  # sits in a parliament: `делегация Мажилиса во главе с <post> Имя`

    @property
    def surname(self) -> str:
        # A Kyrgyz father's name with уулу, кызы: the name's word a text finds (Асанбек уулу).
        words = self.name.split()
        return words[-2] if len(words) >= 3 and is_kyrgyz_patronymic(words[-1]) else words[-1]


@dataclass(frozen=True)
class RawResult:
    persons: tuple[PersonFound, ...]
    countries: tuple[CountryFound, ...]
    quotes: tuple[QuoteFound, ...]


class Engine:
    """The matchers behind Extractor; built once per Extractor, cheap to run per article."""

    def __init__(
        self, person_aliases: Mapping[str, str], country_aliases: Mapping[str, Sequence[str]]
    ):
        gazetteer = load_gazetteer()
        for code, forms in country_aliases.items():
            gazetteer[code] = list(gazetteer.get(code, [])) + list(forms)
        organisations, institutions = load_organisations()
        self.places = PlaceMatcher(gazetteer, organisations)
        self.institutions = PlaceMatcher(institutions, [])
        self.aliases = {k.lower(): v for k, v in person_aliases.items()}
        self.alias_skeletons: dict[str, str | None] = {}
        for surface, canonical in list(person_aliases.items()) + [
            (v, v) for v in person_aliases.values()
        ]:
            key = skeleton(surface)
            if self.alias_skeletons.get(key, canonical) != canonical:
                self.alias_skeletons[key] = None  # two people share it: never guess
            else:
                self.alias_skeletons[key] = canonical
        # Words of known aliases: the alias matcher finds them, the NER model need not.
        self.alias_words = frozenset(
            w.lower() for surface in person_aliases for w in surface.split() if len(w) > 2
        )
        # Index aliases by the Russian spelling of their last word, to find them with suffixes.
        self._ner: WindowNER | None = None
        self.alias_index: dict[str, list[tuple[list[str], str]]] = {}
        for surface, canonical in person_aliases.items():
            words = [to_russian(w).lower() for w in surface.split()]
            if words:
                self.alias_index.setdefault(words[-1], []).append((words, canonical))

    # ----------------------------------------------------------------- article

    def run(self, segments: list[str], headline_segments: int, language: str) -> RawResult:
        text = "\n\n".join(segments)
        headline_end = len("\n\n".join(segments[:headline_segments]))
        tokens = tokenize(text)
        places = self.places.find(text, suffixes=language != "ru", tokens=tokens)
        countries = [(c, s, e) for c, s, e in places if c != ORGANISATION]
        blocked = [(s, e) for _, s, e in places]

        if language == "ru":
            mentions = self._russian_mentions(text, places)
        else:
            # A chamber's own name is no name part either (the Verkhovna Rada Oksana Hrytsenko).
            chambers = self.institutions.find(text, suffixes=True, tokens=tokens)
            blocked += [(s, e) for _, s, e in chambers]
            mentions = self._foreign_mentions(text, tokens, blocked, language)
        mentions += self._alias_mentions(text, tokens, mentions)
        persons = self._cluster(mentions, language, text)
        mentions = self._surname_mentions(text, tokens, persons, mentions, language)
        mentions.sort(key=lambda m: m.start)
        # A country word inside a name (Дания Еспаева) is part of the name.
        inside = {i for m in mentions for i in range(m.start, m.end)}
        countries = [c for c in countries if c[1] not in inside]
        abroad = self._visited_abroad(text[:headline_end], language)
        self._positions(text, mentions, language, abroad)
        self._headline_post(segments[:headline_segments], mentions, language)
        self._headline_state(text[:headline_end], mentions, persons, language)
        quotes = self._quotes(segments, text, mentions, persons, headline_end, abroad is not None)

        counts = Counter(c for c, _, _ in countries)
        headline = {c for c, s, _ in countries if s < headline_end}
        foreign = [c for c, _ in counts.most_common() if c != "KZ"]
        out = []
        for person in persons:
            position, country = self._person_country(person, foreign[0] if foreign else None)
            name = plain_apostrophes(person.name)
            aliases = tuple(sorted({plain_apostrophes(a) for a in person.aliases} - {name}))
            out.append(
                PersonFound(name, aliases, len(person.mentions), person.speaker, position, country)
            )
        order = sorted(counts, key=lambda c: (-counts[c], c))
        return RawResult(
            tuple(out),
            tuple(CountryFound(c, counts[c], c in headline) for c in order),
            tuple(quotes),
        )

    # ----------------------------------------------------------------- people

    def _russian_mentions(self, text: str, places: list[tuple[str, int, int]]) -> list[_Mention]:
        """Tag names with the model in two passes; the second skips words already explained.

        Names are introduced in the headline, the lead and the first paragraphs, then repeated:
        the repeats (a surname, a full name in another case) are found again by
        _surname_mentions, so the model need not see them. Countries, organisations and known
        aliases are never shown to it either.
        """
        if self._ner is None:
            self._ner = WindowNER(_ner_candidate, _introduces_name)
        place_starts = {s for _, s, _ in places}
        known = self.alias_words

        def explained(offset: int, word: str) -> bool:
            return offset in place_starts or word.lower() in known

        split = _first_pass_end(text)
        out = self._tagged(text, 0, split, explained)
        if split < len(text):
            names = {k for m in out for w in m.words if not is_initial(w) for k in _word_keys(w)}

            def explained_later(offset: int, word: str) -> bool:
                return explained(offset, word) or not names.isdisjoint(_word_keys(word))

            out += self._tagged(text, split, len(text), explained_later)
        return out

    def _tagged(self, text: str, start: int, end: int, explained) -> list[_Mention]:
        out = []
        for s, e in self._ner.persons(text, start, end, explained):
            words = tokenize(text[s:e])
            k = second_name_start([w.text for w in words]) if len(words) >= 4 else None
            # Two names run together (Ласло Ковачем Талгат Исмагулов): each is cleaned alone.
            spans = [(s, s + words[k - 1].end), (s + words[k].start, e)] if k else [(s, e)]
            for s2, e2 in spans:
                mention = self._clean_russian(text, s2, e2)
                if mention:
                    out.append(mention)
        return out

    def _clean_russian(self, text: str, start: int, stop: int) -> _Mention | None:
        """Strip titles and institutions the model glues to names, take in name parts it cut off.

        Reject what is not a person.
        """
        # A monarch's regnal number is no Russian word (король Мухаммед VI): it is kept as written
        # after the name's first word.
        regnal = _REGNAL_NUMBER.search(text, start, stop)
        stop = regnal.start() if regnal else stop
        raw = text[start:stop]
        if _LATIN_LETTER.search(raw) or raw[-1:] in ".-":
            return None
        tokens = [
            Token(t.text + ".", t.start + start, t.end + 1 + start)
            if len(t.text) == 1 and raw[t.end : t.end + 1] == "."
            else Token(t.text, t.start + start, t.end + start)
            for t in _split_initials(tokenize(raw))
        ]
        while len(tokens) >= 2 and is_qualified_chamber(tokens[0].text, tokens[1].text):
            del tokens[:2]  # `Раджья Сабхи Раджешем Шармой`: the chamber glued before a name
        while (
            tokens
            and (_not_name_part(tokens[0].text) or is_nobility_title(tokens[0].text))
            and not is_syllable_name([t.text for t in tokens])  # Чо Сон Хо
        ):
            tokens.pop(0)
        if (
            len(tokens) >= 2
            and _SHURA.fullmatch(tokens[0].text)
            and _COUNCIL_BEFORE.search(text, max(0, tokens[0].start - 20), tokens[0].start)
        ):
            del tokens[0]  # `Совета Шура Абдуллой аль-Мутейри`: the council's name
        while len(tokens) >= 2 and is_qualified_chamber(tokens[-2].text, tokens[-1].text):
            del tokens[-2:]
        while tokens and _not_last_name_part(tokens[-1].text):
            tokens.pop()
        if not tokens or all(is_initial(t.text) for t in tokens):
            return None
        after = _NEXT_NAME_WORD.match(text, tokens[-1].end)
        if len(tokens) == 1 and after and is_qualified_chamber(tokens[0].text, after.group(1)):
            return None  # `Лок | Сабхи`: the model cut a chamber's name, no person's
        if in_eponymous_law(text, tokens[0].start, tokens[-1].end):
            return None  # `поправка Джексона – Вэника`: a law, not its authors
        tokens = self._extend_name(text, tokens)
        # A first name taken in may start the next name (Ласло Ковачем | Талгат Исмагулов).
        tokens = tokens[: second_name_start([t.text for t in tokens]) or len(tokens)]
        words = [t.text for t in tokens]
        names = [w for w in words if not is_initial(w)]
        if self.places.find(" ".join(names)) and not (
            len(names) == 2 and _first_and_surname(names[0], names[1])
        ):
            return None
        if len(words) == 1 and _is_place_word(words[0]) and not _surname_like(words[0]):
            return None  # A city alone is no person: `заявил, что Сантьяго придает`.
        if len(words) == 1 and not (_name_like(words[0]) or _surname_like(words[0])):
            return None  # Nor a common noun opening a sentence: `Делегацию возглавлял`.
        noun = _NEXT_LOWER_WORD.match(text, tokens[-1].end)
        if len(words) == 1 and noun and _adjective_of_noun(words[0], noun.group(1)):
            return None  # Nor an adjective opening one: `Малийский лидер рассказал`.
        if len(names) == 1 and (foreign_chamber(names[0]) or self.institutions.find(names[0])):
            return None  # Nor a parliament: `отметил вице-спикер Эдускунты`.
        # After `с` (встретился с, во главе с) a name stands in the instrumental.
        case = "ablt" if re.search(r"(?<!\w)(?:с|со)\s+$", text[: tokens[0].start][-4:]) else None
        case = case or _post_case(text, tokens[0].start) or _listed_case(text, tokens[0].start)
        name, alias = normalise_russian(words, case or _subject_case(text, tokens[-1].end))
        first, last = tokens[0].start, tokens[-1].end
        regnal = _REGNAL_NUMBER.match(text, last) if len(words) == 1 else None
        if regnal and _looks_first_name(words[0]):
            name, last = f"{name} {regnal.group(1)}", regnal.end()
        return _Mention(first, last, name.split(), text[first:last], alias)

    def _extend_name(self, text: str, tokens: list[Token]) -> list[Token]:
        """Take in the name parts the model left out on either side.

        The model often stops before the last part of a long name (Ким Джин | Ханом,
        Касым-Жомарт Кемелевич | Токаев) and leaves out a first name that is also a common or
        place word (Дания | Еспаева, Жигули | Дайрабаев).
        """
        tokens = list(tokens)
        # After: while the name has no surname yet, a capitalised name part joins it.
        while len(tokens) < 4 and not _surname_like(tokens[-1].text):
            after = _NEXT_NAME_WORD.match(text, tokens[-1].end)
            if not after or _not_name_part(after.group(1)) or self.places.find(after.group(1)):
                break
            tokens.append(Token(after.group(1), after.start(1), after.end(1)))
        # A surname behind lower-case particles (Халид | аль-Мазруи, Хенк | де Врис).
        tail = PARTICLE_SURNAME.match(text, tokens[-1].end)
        if tail and not is_name_particle(tokens[-1].text) and not _surname_like(tokens[-1].text):
            words = _WORD.finditer(text, tail.start(1), tail.end(1))
            tokens += [Token(w.group(), w.start(), w.end()) for w in words]
        # A Kyrgyz surname: the father's name and уулу, кызы after it (Эркинбек Асанбек | уулу),
        # also alone as a surname is (`Асанбек | уулу отметил`).
        kyrgyz = _KYRGYZ_AFTER.match(text, tokens[-1].end)
        if kyrgyz:
            tokens.append(_group_token(kyrgyz))
        # Before: a lone surname with a personal ending takes a first name written before it,
        # and so do two surnames the model took alone (Лусия | Фернандес Мартинес).
        before = _PREVIOUS_NAME_WORD.search(text, max(0, tokens[0].start - 40), tokens[0].start)
        words = [t.text for t in tokens]
        if before and (
            (
                len(words) == 1
                and _surname_like(words[0])
                and _first_and_surname(before.group(1), words[0])
            )
            or (
                len(words) == 2
                and not _looks_first_name(words[0])
                and _first_before_two_surnames(before.group(1), words)
            )
        ):
            tokens.insert(0, _group_token(before))
        family = _ASIAN_FAMILY_BEFORE.search(text, max(0, tokens[0].start - 40), tokens[0].start)
        if family and _syllable_given_name([t.text for t in tokens]):
            tokens.insert(0, _group_token(family))
        # A Vietnamese family name left before the given names (Чан | Ван Лыонг): Vietnamese
        # names read in full, family name first.
        before = _PREVIOUS_NAME_WORD.search(text, max(0, tokens[0].start - 40), tokens[0].start)
        if before and is_vietnamese_name([before.group(1), *(t.text for t in tokens)]):
            tokens.insert(0, _group_token(before))
        return tokens

    def _foreign_mentions(
        self, text: str, tokens: list[Token], blocked, language: str
    ) -> list[_Mention]:
        """Find Kazakh or English names: runs of capitalised words that read as names."""
        out = []
        blocked_starts = {s for s, _ in blocked}
        # The later words of a place (United States, Тәжікстан Республикасына) are no name.
        inside = _starts_within(tokens, blocked) - blocked_starts
        run: list[Token] = []

        def flush():
            if not run:
                return
            # Particles belong inside a name only (Henk de Vries); `De Vries said` is a surname.
            while run and run[-1].text in WORD_PARTICLES:
                run.pop()
            if run and _LEADING_PARTICLE.fullmatch(run[0].text):
                del run[0]
            # `Koshanov Meets U.S. Delegation`: a title-case headline's verb ends the name.
            # `Speaker Discuss Investment`: a verb opens the run unless it is a first name (Said).
            verb = next(
                (
                    i
                    for i, t in enumerate(run)
                    if is_headline_verb(t.text) and (i or not is_first_name_word(t.text))
                ),
                None,
            )
            if verb is not None:
                del run[verb:]
            # `Al-Azhar University`, `the Abraham Accords`: a thing named after a name, no person;
            # a name after it may be a person (Nazarbayev University Rector Ahmed Khalil).
            thing = max((i for i, t in enumerate(run) if is_named_thing(t.text)), default=None)
            if thing is not None:
                del run[: thing + 1]
            particles = any(is_name_particle(t.text) for t in run[1:])
            # A name run into the institution after it (Sahibə Qafarova Qazaxıstan Parlamenti):
            # the name ends before the institution.
            for i in range(2, len(run)):
                if _institution_word(_russianise(run[i].text, last=True, language=language)):
                    del run[i:]
                    break
            # Korean and Chinese names of three short syllables (Ли Сон Хо, Пак Чжон Хун), the
            # family name one letter at times (У Вон Сик).
            syllables = len(run) == 3 and all(
                len(t.text) <= 3 and re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]*", t.text)
                for t in run[:2]
            )
            # Nguyen Thi Lan, Moon Jae-in, Tan Mei Ling: title words before it are no part.
            asian = east_asian_name([t.text for t in run])
            if asian is not None:
                del run[: asian[0]]
            syllables = syllables or asian is not None
            # A post or a place glued before a first name (Congressman David Whitfield). Kazakh
            # posts never join a run (is_kazakh_post): a Cyrillic word there is a name's own
            # (Хайрул Анвар Осман). An English title word goes whatever name follows it (Deputy
            # Chairperson Olga Ivanova, Senators Aigul Kenzhebayeva); not a headline's verb
            # (Kazakh Senators Discuss Trade).
            while (
                len(run) >= 3
                and not syllables
                and not is_first_name_word(run[0].text)
                and _LATIN_LETTER.search(run[0].text)
            ):
                words = [t.text for t in run]
                if not (
                    is_first_name_word(run[1].text)
                    or opens_with_common_word(words)
                    or (ROLE_EN.fullmatch(run[0].text) and not EN_VERB.fullmatch(run[1].text))
                ):
                    break
                del run[0]
            while (
                not syllables
                and not particles
                and len(run) >= 2
                and _NAME_END.search(_base(run[-1].text)) is None
                and len(run) > 2
                and not _given_names_and_family([t.text for t in run])
            ):
                run.pop()
            # `Mr. Fletcher`: a surname alone after an honorific is a person.
            honorific = len(run) == 1 and _HONORIFIC_BEFORE.search(
                text, max(0, run[0].start - 5), run[0].start
            )
            if len(run) >= 2 or (len(run) == 1 and is_initial(run[0].text)) or honorific:
                origins = latin_name_origins([t.text for t in run])  # Sofía Herrera: Spanish
                if asian is not None:
                    words = list(asian[1])
                else:
                    words = [
                        _russianise(t.text, i == len(run) - 1, language, origins[i])
                        for i, t in enumerate(run)
                    ]
                    words = join_arabic_article([t.text for t in run], words)
                if syllables and language == "kk":
                    # Хомен: a one-syllable name with a case suffix (Хо + мен).
                    words[-1] = _SHORT_WITH_SUFFIX.sub(r"\1", words[-1])
                initials = [w for w in words if is_initial(w)]
                named = (
                    syllables
                    or honorific
                    or _NAME_END.search(words[-1])
                    or _looks_first_name(words[0])
                    or _after_kazakh_title(text, run[0].start, language)
                    or _after_english_post(text, [t.text for t in run], run[0].start, language)
                )
                institution = any(_institution_word(w) for w in words)
                if (
                    not institution
                    and len(words) - len(initials) >= 1
                    and (named or after_role(text, run[0].start, language))
                ) and not (initials and len(words) == 1):
                    words, alias = without_patronymic(words)
                    surface = text[run[0].start : run[-1].end]
                    out.append(_Mention(run[0].start, run[-1].end, words, surface, alias))
            run.clear()

        for i, tok in enumerate(tokens):
            word = tok.text
            ok = (
                word[:1].isupper()
                and not word.isupper()
                and not is_abbreviation(word)  # АЭС-ін
                and tok.start not in inside
                and (
                    tok.start not in blocked_starts
                    or (_first_name_of(tokens, i, text) and tokens[i + 1].start not in inside)
                    or _place_as_surname(run, tokens, i, text, inside)
                )
                and word.lower() not in _NOT_NAMES
                and _base(word).lower() not in _NOT_NAMES
                and not is_kazakh_post(word)
            ) or is_initial(word)
            if (
                run
                and is_name_particle(word)
                and not ok
                and (language != "kk" or "-" in word or word.lower() in _ARABIC_LINEAGE)
            ):
                # de, van, al-Mazrui inside a name: a capitalised part must follow a bare particle
                # (Kazakh да/де are the particle `also`, бен `and`, never a name's; бин, ибн
                # `son of` are no Kazakh words).
                following = tokens[i + 1].text if i + 1 < len(tokens) else ""
                ok = "-" in word or following[:1].isupper() or is_name_particle(following)
            if len(run) >= 2 and is_kyrgyz_patronymic(word):
                ok = True  # Эркинбек Асанбек уулу: the surname goes on after the father's name.
            adjacent = run and text[run[-1].end : tok.start] in (" ", "\u00a0", "")
            if adjacent and language == "kk" and _declined_surname_kk(run[-1].text):
                adjacent = False  # `Мәулен Әшімбаевқа | Шура кеңесінің`: the name ends there.
            if ok and (not run or adjacent):
                run.append(tok)
                continue
            flush()
            if ok:
                run.append(tok)
        flush()
        # A lone initial before a surname (Е. Кошанов) joins that surname.
        return [m for m in out if not all(is_initial(w) for w in m.words)]

    def _alias_mentions(
        self, text: str, tokens: list[Token], found: list[_Mention]
    ) -> list[_Mention]:
        """Find the known aliases, with any case ending or Kazakh suffix on the last word."""
        if not self.alias_index:
            return []
        taken = [(m.start, m.end) for m in found]
        out = []
        for i, tok in enumerate(tokens):
            if not tok.text[:1].isupper():
                continue
            for base in _bases(tok.text):
                for words, canonical in self.alias_index.get(base, ()):
                    n = len(words)
                    if i - n + 1 < 0:
                        continue
                    head = tokens[i - n + 1 : i]
                    if [to_russian(t.text).lower() for t in head] != words[:-1]:
                        continue
                    start = tokens[i - n + 1].start
                    if any(s <= start < e or s < tok.end <= e for s, e in taken):
                        continue
                    out.append(_Mention(start, tok.end, canonical.split(), text[start : tok.end]))
                    taken.append((start, tok.end))
        return out

    def _canonical(self, name: str, surfaces: list[str]) -> str:
        for form in [name, *surfaces]:
            hit = self.aliases.get(form.lower())
            if hit:
                return hit
        return self.alias_skeletons.get(skeleton(name)) or name

    def _cluster(self, mentions: list[_Mention], language: str, text: str = "") -> list[_Person]:
        """Group mentions into people: full names first, then surnames and initials join them."""
        full = [
            m
            for m in mentions
            if sum(not is_initial(w) for w in m.words) >= 2 and not is_particle_surname(m.words)
        ]
        address = [m for m in full if is_address_form(m.words)]
        full = [m for m in full if m not in address]
        _cut_run_ons(full)
        short = [m for m in mentions if m not in full and m not in address]
        groups: dict[str, list[_Mention]] = {}
        for m in full:
            groups.setdefault(_group_key(m), []).append(m)
        _join_name_tails(groups)
        persons: list[_Person] = []
        by_key: dict[str, _Person] = {}
        for key, group in groups.items():
            # The spelling most mentions agree on, preferring the ones already in the nominative;
            # the name in full, not a tail joined to it (see _join_name_tails).
            own = [m for m in group if _group_key(m) == key]
            names = Counter(" ".join(_name_words(m)) for m in own)
            for m in own:
                if m.surface.replace("ё", "е") == " ".join(m.words).replace("ё", "е"):
                    names[" ".join(m.words)] += 0.5
            name = names.most_common(1)[0][0]
            name = self._canonical(name, [m.surface for m in group])
            person = by_key.get(name) or _Person(name)
            if name not in by_key:
                by_key[name] = person
                persons.append(person)
            for m in group:
                self._attach(person, m)
        for m in address:
            # `Ерлан Сагадиевич,` addresses the one person of that first name named in full.
            hits = {p.name: p for p in persons if p.name.split()[0] == m.words[0]}
            if len(hits) == 1:
                self._attach(next(iter(hits.values())), m)
            else:
                short.append(m)
        short.sort(key=lambda m: m.start)  # `Драган Маркович` named before `Д. Маркович`
        for m in short:
            person = self._join_short(m, persons)
            if person is None:
                full = self._full_name_in_text(text, m, mentions, language)
                if full is not None:
                    name = self._canonical(" ".join(full.words), [full.surface])
                    person = by_key.get(name)
                    if person is None:
                        person = by_key[name] = _Person(name)
                        persons.append(person)
                    self._attach(person, full)
                    mentions.append(full)
            if person is None:
                if len(m.words) != 1 or any(is_initial(w) for w in m.words):
                    # A lone initial-and-surname with no full name stays as written.
                    name = " ".join(m.words)
                else:
                    name = m.words[0]
                name = self._canonical(name, [m.surface])
                person = by_key.get(name)
                if person is None:
                    person = by_key[name] = _Person(name)
                    persons.append(person)
            self._attach(person, m)
        return persons

    @staticmethod
    def _attach(person: _Person, m: _Mention) -> None:
        m.person = person
        person.mentions.append(m)
        forms = [m.alias, " ".join(m.words)]
        if re.search(r"[A-Za-zӘәҒғҚқҢңӨөҰұҮүҺһІі]", m.surface):
            # Kazakh and Latin spellings are aliases, their suffix taken off.
            words = m.surface.split()
            forms.append(
                " ".join([*words[:-1], strip_kazakh_case(re.sub(r"['’]s$", "", words[-1]))])
            )
        for form in forms:
            if form and form != person.name and " " in form.strip():
                person.aliases.add(_normalise_spaces(form))

    def _full_name_in_text(
        self, text: str, m: _Mention, mentions: list[_Mention], language: str
    ) -> _Mention | None:
        """Find the full name a surname or initials stand for when the model missed it.

        `Е. Кошанов`, `Кошанову`: a capitalised first name before a surname with a personal
        ending (Ерлана Кошанова, Ерлан Қошанов) anywhere else in the article, with the same
        surname and a first name that fits the initial. Only one such person may fit.
        """
        initials = [w[0] for w in m.words if is_initial(w)]
        surname = [w for w in m.words if not is_initial(w)]
        if not surname or not text:
            return None
        keys = {skeleton(o) for o in {surname[-1], *(n for n, _, _ in surname_parses(surname[-1]))}}
        taken = [(x.start, x.end) for x in mentions]
        found: dict[str, _Mention] = {}
        for hit in _FULL_NAME.finditer(text):
            first, last = hit.group(1), hit.group(3)
            start, end = hit.start(1), hit.end(3)
            if any(s < end and start < e for s, e in taken):
                continue
            if not (_PERSONAL_SURNAME.search(last) or _NAME_END.search(_base(last))):
                continue
            if language == "ru":
                if (
                    _not_name_part(first)
                    or not _name_like(first)
                    or not _GENDERED_SURNAME.search(last)
                    or not readings([first_name_parses(first), surname_parses(last)])
                ):
                    continue
                words = normalise_russian([first, last])[0].split()
            else:
                if (
                    first.lower() in _NOT_NAMES
                    or _base(first).lower() in _NOT_NAMES
                    or is_kazakh_post(first)
                ):
                    continue
                words = [_russianise(first, last=False), _russianise(last, last=True)]
            if skeleton(words[-1]) not in keys and not any(
                skeleton(b) in keys for b in _bases(last)
            ):
                continue
            if initials and not (
                words[0][:1] == initials[0]
                or skeleton(words[0])[:1] == skeleton(initials[0])[:1] != ""
            ):
                continue
            found.setdefault(" ".join(words), _Mention(start, end, words, text[start:end]))
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _join_short(m: _Mention, persons: list[_Person]) -> _Person | None:
        initials = [w[0] for w in m.words if is_initial(w)]
        surname = [w for w in m.words if not is_initial(w)]
        if not surname:
            return None
        options = {surname[-1]} | {n for n, _, _ in surname_parses(surname[-1])}
        keys = {skeleton(o) for o in options}
        hits = []
        for p in persons:
            parts = p.name.split()
            if len(parts) < 2:
                continue
            same_surname = (
                skeleton(parts[-1]) in keys
                or skeleton(_other_gender(parts[-1])) in keys
                or any(skeleton(f) in keys for f in _family_first(p.name, p.aliases))
            )
            if same_surname and (
                not initials
                or skeleton(parts[0])[:1] == skeleton(initials[0])[:1]
                or parts[0][:1] == initials[0]
            ):
                hits.append(p)
        if len(hits) == 1:
            return hits[0]
        if hits:
            # Several people share the surname: the one named last before this mention.
            before = [(mm.start, p) for p in hits for mm in p.mentions if mm.start < m.start]
            return max(before, key=lambda x: x[0])[1] if before else hits[0]
        if len(m.words) == 1:
            # `Жан-Люк также передал` after `Жан-Люк Морен`: a lone first name is the one person
            # of the story who bears it.
            named = [
                p for p in persons if len(p.name.split()) >= 2 and p.name.split()[0] == m.words[0]
            ]
            if len(named) == 1:
                return named[0]
        return None

    def _surname_mentions(self, text, tokens, persons, mentions, language) -> list[_Mention]:
        """Add mentions by surname alone (сказал Кошанов, Қошановпен) that the model missed."""
        taken = {i for m in mentions for i in range(m.start, m.end)}  # offsets inside a name
        surnames: dict[str, list[_Person]] = {}  # the bearers of a surname
        # `господин Пак`: the family name of an East Asian name; each bearer's own spelling.
        family: dict[tuple[str, str], str] = {}
        for p in persons:
            if len(p.name.split()) < 2:
                continue
            for word in [p.surname, *_family_first(p.name, p.aliases)]:
                key = skeleton(word)
                bearers = surnames.setdefault(key, [])
                if p not in bearers:
                    bearers.append(p)
                family[key, p.name] = word
        if not surnames:
            return mentions
        out = list(mentions)
        for i, tok in enumerate(tokens):
            particle = "-" in tok.text and is_name_particle(tok.text)  # аль-Хавальде
            if not (tok.text[:1].isupper() or particle):
                continue
            if tok.start in taken:
                continue
            after = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if is_qualified_chamber(tok.text, after) or _institution_word(tok.text):
                # `Лок Сабха` after `Энтони Лок`, `Сената` after `Хун Сен`: an institution,
                # not the surname declined.
                continue
            for base in _bases(tok.text):
                person = _surname_bearer(surnames.get(skeleton(base), []), text, tok.start)
                if (person is not None and _NAME_END.search(base)) or (
                    # `O’Connor said` after `Michael O'Connor`: the apostrophe's form differs.
                    person
                    and plain_apostrophes(base)
                    == plain_apostrophes(family[skeleton(base), person.name].lower())
                ):
                    start = tok.start
                    # The model sometimes misses a full name: take the first name in front too.
                    first = person.name.split()[0]
                    head = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
                    if head and skeleton(_russianise(head.group(1), last=False)) == skeleton(first):
                        start = start - len(head.group(0))
                    m = _Mention(
                        start,
                        tok.end,
                        [family[skeleton(base), person.name]],
                        text[start : tok.end],
                        person=person,
                    )
                    person.mentions.append(m)
                    out.append(m)
                    taken.update(range(tok.start, tok.end))
                    break
        return out

    # ----------------------------------------------------------------- positions

    def _visited_abroad(self, headline: str, language: str) -> str | None:
        """Return the foreign state the headline says someone is visiting (`с визитом в Сеуле`)."""
        if not VISIT_WORD.search(headline):
            return None
        for code, start, end in self.places.find(headline, suffixes=language != "ru"):
            if code not in (ORGANISATION, "KZ") and (
                VISIT_ABROAD.search(headline, max(0, start - 60), start)
                or (language == "kk" and VISIT_ABROAD_KK.match(headline, end))
            ):
                return code
        return None

    def _positions(
        self, text: str, mentions: list[_Mention], language: str, abroad: str | None = None
    ) -> None:
        """Give every person the posts, origin and delegation written around their mentions.

        abroad is the foreign state the story's visit goes to, if any (see _visited_abroad).
        """
        previous_end = 0
        previous: _Mention | None = None
        # Surnames of everyone found: a post before a name never runs across another person's
        # name (`Послу Германии Томасу Келлеру Кошанов выразил`).
        surnames = {
            k: p
            for p in {id(m.person): m.person for m in mentions if m.person}.values()
            for k in _word_keys(p.surname)
        }
        plural_post: tuple[str, str | None] | None = None
        host_second = False  # heads of state listed with the host's named second
        for m in mentions:
            if m.person is None:
                continue
            sentence = _sentence_start(text, m.start)
            lo = max(previous_end, sentence, m.start - 150)
            start = m.start
            # A surname mention joined to a full name: its first name is not part of the post.
            first = _PREVIOUS_WORD.search(text, lo, start)
            if (
                first
                and len(m.person.name.split()) > 1
                and not _word_keys(first.group(1)).isdisjoint(_word_keys(m.person.name.split()[0]))
            ):
                start = first.start()
            particle = _PARTICLES_END.search(text, lo, start)
            if particle:
                start = particle.start()  # `Посол де Соуза`: `де` is the name's
            honorific = _PREVIOUS_WORD.search(text, lo, start)
            if honorific and is_nobility_title(honorific.group(1)):
                # `Председателем Сената Самдеком Имя`: the honorific is no part of the post.
                start = honorific.start()
            window = text[lo:start]
            for word in reversed(list(re.finditer(r"[А-ЯЁA-Z]\w+", window))):
                if _institution_word(word.group()):
                    continue  # `Сенат Төрағасы Имя`: Сенат is no surname, though spelt like one
                keys = _word_keys(word.group())
                if any(surnames.get(k, m.person) is not m.person for k in keys):
                    window = window[word.end() :]
                    break
            # `председателем Консультативного совета (Маджлис аш-Шура) КСА Имя`: a gloss
            # closed before the name is part of the post; an open bracket ends it.
            window = RESIDENCE_GLOSS.sub("", window)
            parts = re.split(r"[,;(:]", GLOSS.sub(r"\1", window))
            if len(parts) > 1 and not parts[-1].strip():
                parts.pop()  # `…, the lower house of Kazakhstan's Parliament, Yelena Tsoi`
            position, chained = post_before(parts, language)
            if (
                language == "en"
                and previous is not None
                and previous.end == lo
                and APPOSITION_EN.match(window)
                and window.rstrip().endswith(",")
            ):
                # `With Michael Grant, a member of the Senate, Name discussed …`: the post
                # belongs to the name before (`…, and with Ukrainian MP Name` is Name's).
                position, chained = None, None
            # `встретился с Председателем Палаты Имя и Председателем Сената Имя`: the second
            # one listed was met too.
            met_listed = (
                previous is not None
                and previous.start >= sentence
                and _AND_BEFORE.match(window)
                and _met_in(previous.person)
            )
            if (
                abroad
                and position
                and (MET_WITH.search(parts[-1][: parts[-1].rfind(position)]) or met_listed)
                and MEETING.search(text, sentence, m.start)
            ) or (abroad and (MET_AFTER.match(text, m.end) or _met_kk(text, m.end, language))):
                # `находится с визитом в Сеуле` / `встретился с председателем Комитета Имя`,
                # `Имя, с которым депутаты встретились`: the one met abroad holds a post of the
                # state visited, unless the post says.
                # A visit to two states names the one of the meeting in its sentence (`In
                # Tunis, the deputies held talks with …`).
                found = self.places.find(text[sentence : m.start], language != "ru")
                here = [c for c, _, _ in found if c != "KZ"]
                if here and here[-1] == ORGANISATION:
                    # `посетила Секретариат ОБСЕ, где провела встречу с …`: the one met at an
                    # organisation serves no state.
                    m.person.delegation = m.person.delegation or ""
                else:
                    here = [c for c in here if c != ORGANISATION]
                    m.person.delegation = m.person.delegation or (here[-1] if here else abroad)
            if not m.person.origin and GREETINGS_FROM.search(text, sentence, m.start):
                # `Имя передал … приветствие от (Главы государства) Имя`: the sender is of the
                # state of the one who passes the greetings on, the sentence's first person.
                sender = next(
                    (x.person for x in mentions if sentence <= x.start < m.start and x.person),
                    None,
                )
                if sender is not None and sender is not m.person:
                    m.person.origin = _provisional_state(sender)
            origin = ORIGIN.match(text, m.end) or ORIGIN_BEFORE.search(parts[-1])
            if origin:
                # `евродепутат Хельга Штайн из Германии`, `Ms Anna Berg from Sweden`, `Jan de
                # Boer (Нидерланды)`, `эксперт из Грузии Нино Церетели`.
                rest = text[origin.end() : origin.end() + 60] if origin.re is ORIGIN else ""
                found = self.places.find(rest or origin.group(1), language != "ru")
                if found and found[0][1] == 0 and found[0][0] != ORGANISATION:
                    m.person.origin = m.person.origin or found[0][0]
            paired = PAIRED_WITH_HEAD.match(text, m.end)
            if paired and not position and MEETING.search(text, sentence, m.start):
                # `переговоры Имя Фамилии и Президента Латвии`: the foreign head's partner.
                found = self.places.find(paired.group("state"), language != "ru")
                if found and found[0][1] == 0 and found[0][0] not in (ORGANISATION, "KZ"):
                    m.person.origin = m.person.origin or "KZ"
            represents = REPRESENTS.match(text, m.end)
            if represents and not m.person.origin:
                # `Анна Берг, представляющая в Казахстане Королевство Швеция,`: the state
                # represented; an organisation (`представляющий ООН`) is no state's.
                found = self.places.find(represents.group("whom"), language != "ru")
                if found and found[0][0] != ORGANISATION:
                    m.person.origin = found[0][0]
            listed = LISTED.fullmatch(text, previous_end, m.start)
            inherited = plural_post if not position and listed else None
            if not position and plural_post and not listed:
                inherited = self._listed_state_post(plural_post, text, previous_end, m.start)
            plural_post = inherited
            if inherited:
                # `сенаторы Алия Нуркенова, Ержан Калиев и Вадим Гроссман`: all three are. Heads
                # of state listed (`президентов Имя и Имя`) lead two states: the host's is
                # named first, the next is the story's foreign one.
                post, country = inherited
                if country is None and HEADS_OF_STATE.match(post):
                    country = "KZ" if host_second else STORY_STATE
                m.person.positions.append((post, country))
            if not m.person.delegation and hosts_kazakhs(text[sentence : m.start]):
                # `В Государственном собрании Венгрии казахстанских парламентариев принял
                # заместитель председателя парламента Имя`: the host is of the state visited.
                found = self.places.find(text[sentence : m.start], language != "ru")
                visited = [c for c, _, _ in found if c not in (ORGANISATION, "KZ")]
                # `visited the Office of the UN ESCAP, where they were received by its director`:
                # the host of an organisation serves no state.
                hosted_by_body = any(c == ORGANISATION for c, _, _ in found)
                m.person.delegation = (
                    visited[-1] if visited else "" if hosted_by_body else STORY_STATE
                )
            if VISIT_TO_KZ.match(text, m.end) and VISIT.search(text, sentence, m.start):
                # `the state visit of President Emmanuel Macron to Astana`: a guest's post.
                m.person.delegation = m.person.delegation or STORY_STATE
            if not m.person.origin and VISIT_OF.search(text, max(sentence, m.start - 30), m.start):
                # `визит Имя Фамилии в Монголию`: one whose visit goes abroad is a Kazakh.
                m.person.origin = self._visit_abroad_state(text, m.end, language) and "KZ"
            companion = ACCOMPANIES.search(text, sentence, m.start)
            if companion and not m.person.delegation:
                # `Грузинского парламентария сопровождали … Имя`: the guest's state, told by an
                # adjective or a name before the verb.
                m.person.delegation = self._accompanied_state(
                    text, sentence, companion, mentions, language
                )
            group = list(GROUP_WITH_KAZAKHSTAN.finditer(text, sentence, m.start))
            if group and not any(
                x.person not in (None, m.person) and group[-1].end() <= x.start < m.start
                for x in mentions
            ):
                # `в Совете сформирована группа сотрудничества с Казахстаном, которую возглавил
                # депутат Имя`: one in a group for ties with Kazakhstan is of another state.
                m.person.delegation = m.person.delegation or STORY_STATE
            if ARRIVED_AFTER.match(text, m.end) or ARRIVED_BEFORE.search(parts[-1]):
                # `прибывшим в Астану сенатором Имя`: one who came to Kazakhstan is a guest.
                m.person.delegation = m.person.delegation or STORY_STATE
            body = HEADS_IN_BODY.search(text, max(sentence, m.start - 80), m.start)
            if body and not m.person.delegation:
                # `группу, которую в Сейме возглавляет Имя`: the body's state is the leader's.
                m.person.delegation = self._position_country(
                    body["body"] or body["group"], language
                )
            led = LEADS_VERB_AFTER.match(text, m.end)
            if led:
                # `Катажина Новак возглавляла польскую делегацию`.
                m.person.leads = True
                word = DELEGATION.search(text, led.start("d"))
                country = self._delegation_state(text, word, len(text), language)
                m.person.delegation = m.person.delegation or country
            if LEADS_AFTER.match(text, m.end) and COMES_TO_KZ.match(text, m.end):
                # `Имя бастаған делегация Астанаға келеді`: a guest's delegation.
                m.person.delegation = m.person.delegation or STORY_STATE
            if (
                LED_BY.search(text, max(0, m.start - 40), m.start)
                or LEADS_AFTER.match(text, m.end)
                or LEADS_BEFORE.search(text[sentence : m.start])
            ):
                m.person.leads = True
            if not position and LED_BY.search(text, max(0, m.start - 40), m.start):
                # `делегацию Франции во главе с Жаном-Мари Лефевром`, `led by Hiroshi Tanaka`.
                country = self._delegation_country(text, sentence, m.start, language)
                m.person.delegation = m.person.delegation or country
            led_country = COUNTRY_LED_BY.search(text, max(sentence, m.start - 80), m.start)
            if led_country and not m.person.origin:
                # `Посол Нигера рассказал о курсе руководства страны во главе с генералом Имя`:
                # the leader of the state named last before.
                m.person.origin = self._last_state(text, sentence, led_country.start(), language)
            after = DELEGATE_AFTER.match(text, m.end)
            if after:
                # `Senator Margaret Hale, a member of the delegation,`: the delegation tells the
                # state of a post that names none.
                country = self._delegation_country(text, sentence, after.end(), language)
                m.person.delegation = m.person.delegation or country
            if not position:
                # `Yuko Sato, Vice-Speaker of the House,`, `Хендрик ван дер Берг, советник
                # Министерства … Нидерландов, поделился`: a post after the name.
                position = post_after(text, m.end, language)
            heads = None if position else HEADS_AFTER.match(text, m.end)
            if heads:
                # `Lim Wei Ling, who chairs a parliamentary caucus on trade,`: the state of the
                # body headed; a parliament's body of no state named, on a visit abroad, is
                # the host's.
                state = self._heads_state(text, m.end, language)
                if state is None and abroad and PARLIAMENT.search(heads["body"]):
                    state = abroad
                m.person.delegation = m.person.delegation or state
            appointed = APPOINTED.match(text, m.end)
            if appointed and (ROLE_EN if language == "en" else ROLE_RU).search(appointed.group(1)):
                # `Указом Главы государства Имя назначен Послом …`: the post of the decree, not
                # the one before the name.
                position, chained = APPOINTED_END.split(appointed.group(1))[0].strip(), None
            if not m.person.origin:
                # `Израильский специалист по капельному орошению Авиталь Коэн`, `Vietnamese
                # lawmaker Nguyen Thi Lan, a member of the Committee …`.
                if language == "en":
                    demonym = DEMONYM_BEFORE_EN.search(parts[-1])
                else:
                    demonym = DEMONYM_BEFORE.match(parts[-1])
                    if demonym and any(is_verb(w) for w in parts[-1].split()):
                        demonym = None  # `казахстанский депутат встретился с …` names the host
                    if not demonym and position and len(parts) > 1:
                        # `с итальянским режиссером, художественным руководителем театра Имя`:
                        # the first noun of an apposition chain.
                        demonym = DEMONYM_APPOSITION.search(parts[-2])
                # `казахстанский водный эксперт`: the state's adjective may be the one before.
                found = demonym and self.places.find(
                    demonym.string[demonym.start() : demonym.end(1)], language != "ru"
                )
                if found and found[0][0] != ORGANISATION:
                    m.person.origin = found[0][0]
            if language == "en" and position and not m.person.origin:
                possessor = POSSESSOR_EN.search(parts[-1][: parts[-1].rfind(position)])
                found = possessor and self.places.find(possessor.group(1), True)
                if found and found[0][0] != ORGANISATION:
                    m.person.origin = found[0][0]
            if position:
                # `Главы наших государств Имя и Имя`: the plural is told as written, before
                # the post is put in the singular nominative.
                plural = PLURAL_POST.match(position)
                if language == "ru":
                    position = nominative_position(position)
                position = own_post(position, text, max(sentence, m.start - 250), m.start)
                country = self._position_country(position, language)
                if country == "KZ" and shared_chamber(position):
                    # `делегация Сената Королевства Камбоджа во главе с вице-председателем
                    # Сената Имя`: a Senate of no state named is the one of the delegation the
                    # sentence speaks of, when that one is foreign.
                    group = self._delegation_country(
                        text, sentence, m.start, language, met=_met_kk(text, m.end, language)
                    )
                    if group in (None, "", "KZ", STORY_STATE) and _met_in(m.person):
                        # `В Асунсьоне парламентарии встретились с … вице-председателем Сената
                        # Имя`: the Senate of the state where the meeting was.
                        group = m.person.delegation
                    country = group if group not in (None, "", "KZ") else country
                if country is None and appointed:
                    country = "KZ"  # the archive reports Kazakh appointments by decree
                if country is None and _AND_BEFORE.match(window) and previous is not None:
                    country = _same_body_state(position, previous)
                if country is None:
                    country = self._named_body_state(text, position, sentence, language)
                if country is None and _second_head_of_state(text, previous, m, position):
                    country = STORY_STATE
                own = COUNTRYS_POST.search(text, max(sentence, m.start - 60), m.start)
                if country is None and own:
                    # `в Республике Корея, встретился с Президентом страны Имя`: the state
                    # named last before it.
                    country = self._last_state(text, sentence, own.start(), language)
                led = LED_BY_POST.search(text, max(sentence, m.start - 150), m.start)
                if led and not any(
                    x.person not in (None, m.person) and led.end() <= x.start < m.start
                    for x in mentions
                ):
                    # `во главе с председателем группы дружбы Имя`: the one the post names leads.
                    m.person.leads = True
                if led and PARLIAMENT.search(text, max(sentence, led.start() - 60), led.start()):
                    # `Делегация Мажилиса во главе с заместителем председателя Комитета Имя`:
                    # one who leads a parliament's delegation sits in it, whatever the post.
                    m.person.member = True
                if country is None and led:
                    # `Польские парламентарии во главе с вице-маршалом Сейма`: the group's state;
                    # `В Мехико делегация во главе с …` names where it is, not whose.
                    lo = past_dateline(text, max(sentence, led.start() - 60), led.start())
                    group = text[lo : led.start()]
                    found = self.places.find(group, language != "ru")
                    country = next(
                        (
                            c
                            for c, s, _ in reversed(found)
                            if c not in (ORGANISATION, "KZ") and not VISITED.search(group[:s])
                        ),
                        None,
                    )
                after_post = post_after(text, m.end, language)
                if country is None and after_post and after_post != position:
                    # `Senator Catherine Leblanc, chair of the Canada–Kazakhstan … group`: a
                    # second post after the name may name the state.
                    if language == "ru":
                        after_post = nominative_position(after_post)
                    country = self._position_country(after_post, language)
                if country is None:
                    country = self._heads_state(text, m.end, language)
                gloss = CHAMBER_GLOSS_EN.match(text, m.end) if language == "en" else None
                if country is None and gloss:
                    # `Name, a member of Dáil Éireann, the lower house of Ireland's parliament,`.
                    found = self.places.find(gloss.group("state"), True)
                    named = [c for c, _, _ in found if c != ORGANISATION]
                    country = named[0] if named else None
                if country is None and not m.person.origin and m.person.delegation != "":
                    # `The Kazakh delegation held talks with Vietnamese lawmaker …`: a state
                    # told by the name's own adjective beats the delegation of the sentence.
                    # One met at an organisation (delegation "") is in no delegation.
                    country = self._delegation_country(
                        text, sentence, m.start, language, met=_met_kk(text, m.end, language)
                    )
                    if country == STORY_STATE and _met_in(m.person):
                        # `В Боготе делегация провела переговоры с сенатором Имя`: the state
                        # of the meeting's place beats the story's main foreign state.
                        country = None
                    if country == "KZ" and foreign_chamber(position):
                        # `В делегацию вошел депутат сабора Имя`: a member of a foreign chamber
                        # is in no Kazakh delegation (the story's foreign state, see
                        # _person_country).
                        country = None
                if chained:
                    # `депутат Мажилиса, руководитель группы по сотрудничеству с …`: the first
                    # post of a chain is the person's too, and tells the state when the last
                    # does not.
                    chained = nominative_position(chained) if language == "ru" else chained
                    chained_country = self._position_country(chained, language)
                    if country not in (None, "", STORY_STATE) and chained_country != country:
                        # `члены Сената и Палаты представителей, в том числе конгрессмен Имя`:
                        # the post right before the name tells the state; a chain's other one
                        # may be of a group or a chamber shared by name.
                        chained_country = None
                    country = country if country is not None else chained_country
                    m.person.positions.append((chained, chained_country))
                host_second = False
                if country is None and HEADS_OF_STATE.match(position):
                    # `По ее словам, президенты Ильхам Алиев и Касым-Жомарт Токаев`: a foreign
                    # speaker names her own head of state first and the host's second.
                    country = self._reported_state(text, sentence, m.start, mentions)
                    host_second = country is not None
                m.person.positions.append((position, country))
                if plural or PLURAL_POST.match(position):
                    plural_post = (position, None if host_second else country)
            previous_end, previous = m.end, m

    def _reported_state(self, text: str, sentence: int, start: int, mentions) -> str | None:
        """Return the foreign state of the one whose words a sentence reports, if any.

        `По ее словам, …`, `Имя подчеркнул, что …`, `Имя заявила: «… Президент Имя поручил
        нам …»`: the speaker is the last one named as a subject in the paragraph before start;
        a Kazakh's or an unknown state gives None.
        """
        para = text.rfind("\n", 0, start) + 1
        # A quote still open before start: its speaker names her own head of state.
        quoted = text.count("«", para, start) > text.count("»", para, start)
        if not quoted and not _REPORTED.search(text, sentence, start):
            return None
        subjects = [x for x in mentions if x.person and para <= x.start < start and _nominative(x)]
        state = _provisional_state(subjects[-1].person) if subjects else None
        return state if state not in (None, "", "KZ", STORY_STATE) else None

    def _visit_abroad_state(self, text: str, end: int, language: str) -> str | None:
        """Return the foreign state a visit goes to, named right after end (`в Монголию`)."""
        to = VISIT_TO.match(text, end)
        found = to and self.places.find(text[to.end() : to.end() + 40], language != "ru")
        if found and found[0][1] == 0 and found[0][0] not in (ORGANISATION, "KZ"):
            return found[0][0]
        return None

    def _last_state(self, text: str, start: int, end: int, language: str) -> str | None:
        """Return the state named last between start and end (`страны` refers to it)."""
        found = self.places.find(text[start:end], language != "ru")
        named = [c for c, _, _ in found if c != ORGANISATION]
        return named[-1] if named else None

    def _heads_state(self, text: str, end: int, language: str) -> str | None:
        """Return the state of the body a clause right after a name says the person heads.

        `сенатор Имя, возглавляющая в итальянском парламенте группу дружбы с Казахстаном`,
        `Name, who chairs the Senate of Chile's committee`: a partner state is not the one.
        """
        clause = HEADS_AFTER.match(text, end)
        if not clause:
            return None
        return self._first_own_state(clause.group("body"), language)

    def _first_own_state(self, phrase: str, language: str) -> str | None:
        """Return the first state a phrase names that is no partner in it (`дружбы с Чили`)."""
        found = self.places.find(phrase, suffixes=language != "ru")
        states = [c for c, s, _ in found if c != ORGANISATION and not partner_state(phrase, s)]
        return states[0] if states else None

    def _named_body_state(
        self, text: str, position: str, sentence: int, language: str
    ) -> str | None:
        """Return the state of a body a post names bare, named with its state just before.

        `… встретились с членами Комитета по иностранным делам Сената Аргентины. Председатель
        комитета сенатор Имя`: the lower-case `комитета` is the committee of the sentence before.
        """
        bare = _BARE_BODY.search(position)
        if not bare or sentence < 2:
            return None
        before = _sentence_start(text, sentence - 2)
        stem = bare.group(1).lower()
        named = [
            b for b in _BODY_WORD.finditer(text, before, sentence) if b.group(1).lower() == stem
        ]
        if not named:
            return None
        return self._first_own_state(text[named[-1].start() : sentence], language)

    def _listed_state_post(
        self, plural_post: tuple[str, str | None], text: str, start: int, end: int
    ) -> tuple[str, str | None] | None:
        """Return the plural post for the next name of a list that names its own state.

        `Послами Литовской Республики Имя и Латвийской Республики Имя`: the second envoy is
        Latvia's; the post is the first one's with the state named for the second.
        """
        gap = LISTED_STATE.fullmatch(text, start, end)
        if not gap:
            return None
        state = gap.group("state")
        found = self.places.find(state)
        if len(found) != 1 or found[0][0] == ORGANISATION:
            return None
        code, s, e = found[0]
        if s > 0 or state[e:].strip():
            return None  # the gap holds more than a state's name
        post, _ = plural_post
        named = [p for p in self.places.find(post) if p[0] != ORGANISATION]
        head = post[: named[0][1]].rstrip() if named else post
        return f"{head} {state.strip()}", code

    def _headline_post(self, head: list[str], mentions: list[_Mention], language: str) -> None:
        """Give a post opening the title or lead with no name to the person opening the other.

        `Ерлан Кошанов и посол Японии обсудили …` / `Председатель Мажилиса принял …`, or
        `Спикер Мажилиса принял делегацию …` / `Ерлан Кошанов встретился с …`: the headline
        names its subject once by name and once by post.
        """
        if len(head) != 2 or language == "en":
            return
        starts = [0, len(head[0]) + 2]
        opening: list[_Person | None] = []
        posts: list[str | None] = []
        for segment, offset in zip(head, starts, strict=True):
            dateline = DATELINE.match(segment)
            at = offset + (dateline.end() if dateline else 0)
            first = next((m for m in mentions if m.person and m.start >= offset), None)
            opening.append(first.person if first and first.start == at else None)
            posts.append(_opening_post(segment[at - offset :], language))
        for person, post in ((opening[0], posts[1]), (opening[1], posts[0])):
            if person is not None and post and not person.positions:
                person.positions.append((post, self._position_country(post, language)))

    def _headline_state(self, head: str, mentions, persons, language: str) -> None:
        """Give a bare post in the body the state of the same unnamed post in the headline.

        `Ерлан Кошанов и посол Бразилии обсудили …` / `Посол де Соуза сообщил …`: the body's
        ambassador is Brazil's. Only a headline post that no name follows is free to take.
        """
        if language == "kk":
            return
        role = ROLE_EN if language == "en" else ROLE_RU
        starts = {m.start for m in mentions if m.person}
        free = []
        for match in role.finditer(head):
            words = re.match(r"[^,.;:!?«»\"\n]*", head[match.start() :]).group().split()[:6]
            phrase = " ".join(itertools.takewhile(lambda w: not is_verb(w), words))
            after = match.start() + len(phrase) + 1
            if phrase and not any(after <= s <= after + 2 for s in starts):
                country = self._position_country(phrase, language)
                if country:
                    free.append((post_profile(phrase)[0][:1], country))
        for person in persons:
            if person.origin or person.delegation or not person.positions:
                continue
            if any(c is not None or kazakh_post(p) for p, c in person.positions):
                continue  # a stateless Kazakh post (`Председатель Сената`) is a Kazakh's
            classes = {post_profile(p)[0][:1] for p, _ in person.positions}
            states = {c for cls, c in free if cls and cls in classes}
            if len(states) == 1:
                person.delegation = states.pop()

    def _accompanied_state(
        self, text: str, start: int, verb: re.Match, mentions, language: str
    ) -> str | None:
        """Return the state of the one accompanied, named between start and the verb.

        `Грузинского парламентария сопровождали …`: the one accompanied stands before the
        verb in the accusative; a subject there (`Посол сопровождал гостя`) is the companion
        himself, so tells nothing. `в сопровождении`, `accompanied by` leave no doubt.
        """
        clause = text[start : verb.start()]
        named = [x for x in mentions if x.person and start <= x.start < verb.start()]
        if verb.group().lower().startswith("сопров") and (
            any(_nominative(x) for x in named) or _has_subject(clause)
        ):
            return None
        found = self.places.find(clause, suffixes=language != "ru")
        states = [c for c, _, _ in found if c != ORGANISATION]
        if states:
            return states[-1]
        return _provisional_state(named[-1].person) if named else None

    def _delegation_country(
        self, text: str, sentence: int, start: int, language: str, met: bool = False
    ) -> str | None:
        """Return the state whose delegation this person belongs to, if the text says so.

        The sentence of the mention must speak of a delegation (`Делегацию возглавила сенатор
        …`, `a delegation … led by MP …`, `с казахстанской стороны`) and no host's verb may
        stand between them (`делегацию Италии приняла сенатор …` names the host), unless the
        delegation is Kazakh (`the delegation met with Minister …`: a host abroad). The state is
        the one the nearest delegation word names (`делегация Италии`, `казахстанская
        делегация`, `делегация Мажилиса`); a bare one (`в состав делегации вошли`) means the
        story's delegation: the first one in the text that names its state. When none names
        it and the delegation is received (`приняла делегацию Палаты представителей`), return
        STORY_STATE: the foreign state the story is about. met tells that the name is the
        object of a meeting verb written after it (Kazakh `Имямен кездесті`).
        """
        if ITS_MEMBERS.search(text, sentence, start):
            # `Делегацию возглавил … . В ее состав вошли депутаты Имя и Имя`: the delegation
            # of the sentence before.
            sentence = _sentence_start(text, max(0, sentence - 2))
        if not DELEGATION.search(text, sentence, start):
            return None
        nearest = list(DELEGATION.finditer(text, 0, start))[-1]
        hosted = not SIDE.fullmatch(nearest.group()) and (
            met or HOST_VERB.search(text, max(nearest.end(), sentence), start)
        )
        # `… с британской делегацией. Глава делегации Имя`: one named in the sentence before,
        # else the first in the story that names its state.
        previous = _sentence_start(text, max(0, _sentence_start(text, nearest.start()) - 2))
        # A paragraph's bare `делегация` is the story's, not a side the paragraph before names.
        previous = max(previous, text.rfind("\n", 0, nearest.start()) + 1)
        before = list(DELEGATION.finditer(text, previous, nearest.start()))
        for word in [nearest, *reversed(before), *DELEGATION.finditer(text)]:
            country = self._delegation_state(text, word, len(text), language)
            if hosted and country:
                # `делегацию Италии приняла сенатор …` names the host; `the delegation met
                # with Minister …` after a Kazakh delegation, a host abroad.
                return STORY_STATE if country == "KZ" else None
            if hosted:
                continue
            if country or (country == "" and word is nearest):
                return country
        if hosted:
            return STORY_STATE
        received = HOST_VERB.search(text, _sentence_start(text, nearest.start()), nearest.start())
        # `… делегациясын қабылдады. Делегацияны Имя бастап келді`: the delegation received in
        # the sentence before, which names no state either.
        if not received and before:
            earlier = _sentence_start(text, before[-1].start())
            received = RECEIVED_VERB.search(text, earlier, nearest.start())
        return STORY_STATE if received else None

    def _delegation_state(self, text: str, word: re.Match, start: int, language: str) -> str | None:
        """Return the state a delegation word names: an adjective or name around it.

        Russian and English name it right before (`казахстанская делегация`, `Kazakh
        delegation`) or after it (`делегация Сената Италии`, `delegation of Japan`); Kazakh puts
        the possessor before (`Мысыр Араб Республикасының парламенттік делегациясы`). Return
        "" for an organisation's delegation (`делегация ПА ОБСЕ`).
        """
        before = 6 if language == "kk" else 2
        lo = max(_sentence_start(text, word.start()), word.start() - 60)
        lo = past_dateline(text, lo, word.start())
        head = re.search(rf"(?:\S+\s+){{1,{before}}}$", text[lo : word.start()])
        lo = lo + head.start() if head else word.start()
        # Kazakh names the possessor before the noun only: a state after `делегация
        # құрамындағы депутат … ирандық әріптестерімен` is another's.
        hi = word.end() if language == "kk" else min(start, word.end() + 80)
        # `Name, a member of the delegation, briefed the Tunisian side`: English verbs are not
        # told below, so a comma ends the delegation's phrase.
        stop = (_PHRASE_END_EN if language == "en" else CLAUSE_END).search(text, word.end(), hi)
        if stop:
            hi = stop.start()
        # `Делегация … провела переговоры в Гаване`, `A delegation … visited Brussels`: the
        # state named after its verb is not its.
        if language == "en":
            verb = EN_VERB.search(text, word.end(), hi)
        else:
            verb = next(
                (w for w in _WORD.finditer(text, word.end(), hi) if is_verb(w.group())), None
            )
        if verb:
            hi = verb.start()
        # `who accompanied the delegation, noted that American companies`: nor after speech.
        said = SPEECH_VERB.search(text, word.end(), hi)
        if said:
            hi = said.start()
        window = text[lo:hi]
        suffixes = language != "ru"
        # `делегация Сената Италии`: a state named beats the institution word before it.
        places = self.places.find(window, suffixes=suffixes)
        found = [
            (c, s)
            for c, s, _ in places or self.institutions.find(window, suffixes=suffixes)
            # `делегация Италии прибыла в Казахстан`: the host is not the delegation's state.
            if c != ORGANISATION and not VISITED.search(window[:s])
        ]
        if not found:
            # `делегация Парламентской ассамблеи ОБСЕ`: an organisation's, of no state.
            return "" if any(c == ORGANISATION for c, _, _ in places) else None
        return min(found, key=lambda f: abs(lo + f[1] - word.start()))[0]

    def _position_country(self, position: str, language: str) -> str | None:
        found = self.places.find(position, suffixes=language != "ru")
        places = [(c, s, e) for c, s, e in found if c != ORGANISATION]
        # `группа по сотрудничеству со странами Латинской Америки`: a partner is not the post's.
        in_organisation = any(
            c == ORGANISATION
            and not partner_state(position, s)
            and not _ORGANISATION_SUBJECT.search(position[:s])
            for c, s, _ in found
        )
        if not places and in_organisation:
            return ""  # a post in an organisation (Генеральный секретарь ООН): no state
        # "посол Японии в Казахстане": the state represented is not the one after "в"; nor
        # the subject after "по" (`спецпосланник Генсекретаря ООН по Сирии`, `Envoy for Syria`).
        own = [
            (c, s)
            for c, s, _ in places
            if not _HOST_OR_SUBJECT.search(position[:s])
            and not re.match(r"\w+(?:дағы|дегі|тағы|тегі|ндағы|ндегі)\b", position[s:])
        ]
        # "группа по сотрудничеству с Вьетнамом": the partner is not the person's state.
        places = [(c, s) for c, s, e in places if not self._partner_state(position, s, e)]
        own = [(c, s) for c, s in own if (c, s) in places]
        if not own and in_organisation:
            # `глава Представительства ЕС в Казахстане`: the host state is not the envoy's.
            return ""
        if own:
            return own[0][0]
        if places:
            # `Ambassador to Kazakhstan`: the host state only is named, the envoy's is not.
            return None
        found = [
            c
            for c, s, _ in self.institutions.find(position, suffixes=language != "ru")
            if not partner_state(position, s)
        ]
        # `Сената Олий Мажлиса`: a foreign parliament named beats the Kazakh name of a chamber.
        found.sort(key=lambda c: c == "KZ")
        return found[0] if found else None

    def _partner_state(self, position: str, start: int, end: int) -> bool:
        """Tell whether the state named from start to end of a post is a partner (partner_state).

        A name that ends like the Kazakh suffix `мен` (`Йемен Республикасының Елшісі`) is no
        `Йе-мен`: when the name is found as written, its own letters are no suffix.
        """
        if not partner_state(position, start):
            return False
        if self.places.find(position[start:end]):
            position = f"{position[:start]}X{position[end:]}"
        return partner_state(position, start)

    @staticmethod
    def _person_country(person: _Person, foreign: str | None) -> tuple[str | None, str | None]:
        """Return the post and the state: the one named with a post, else Kazakhstan or none.

        The archive is about Kazakhstan's parliament: a Kazakh post with no state named
        (Президент, депутат, аким, вице-министр иностранных дел) is a Kazakh one. Other posts
        with no state (Генеральный директор ВОЗ, посол) get the state of the delegation the
        text puts the person in (found in _positions), else none. A delegation that names no
        state is from the foreign state named most often in the story.
        """
        if person.delegation == STORY_STATE:
            person.delegation = foreign
        person.positions = [(p, foreign if c == STORY_STATE else c) for p, c in person.positions]
        if not person.positions:
            return None, person.origin or person.delegation or None
        with_country = [p for p in person.positions if p[1]]
        if with_country:
            return max(with_country, key=lambda p: len(p[0]))
        if any(p[1] == "" for p in person.positions):
            return next(p[0] for p in person.positions if p[1] == ""), None
        position = max((p[0] for p in person.positions), key=len)
        if person.origin or person.delegation:
            return position, person.origin or person.delegation
        titled = next(filter(None, (title_state(p) for p, _ in person.positions)), None)
        if titled:
            return position, titled
        kazakh = any(kazakh_post(p[0]) for p in person.positions)
        if not kazakh and foreign and WESTMINSTER_MP.match(position):
            return position, foreign
        if foreign and any(foreign_chamber(p) for p, _ in person.positions):
            # `председатель Палаты депутатов Национального конгресса`: the story's foreign state;
            # `Руководитель группы, депутат Собрания Имя`: the chamber tells whose group it is.
            return position, foreign
        if kazakh and foreign and _NAME_PARTICLE.search(person.name):
            # `сенатор Габриэла Санчес де ла Крус`: a name with a particle is no Kazakh's.
            return position, foreign
        if kazakh and foreign and _chinese_name(person.name):
            # `Председатель Си Цзиньпин`: a Chinese name is no Kazakh's either.
            return position, foreign
        if foreign and _foreign_head(position, person.name):
            # `Президент Йовери Мусевени`, `Prime Minister Mette Frederiksen`: a head of state
            # or government titled alone whose surname is not of Russian or Kazakh form leads
            # the story's foreign state, not Kazakhstan.
            return position, foreign
        return position, "KZ" if kazakh else None

    # ----------------------------------------------------------------- speech

    def _quotes(
        self, segments, text, mentions, persons, headline_end=0, abroad=False
    ) -> list[QuoteFound]:
        """Return the quotes of an article and mark their speakers.

        abroad tells that the story is a Kazakh visit abroad, so that its guests are Kazakhs.
        """
        quotes: list[QuoteFound] = []
        offset = 0
        pending_intro: _Person | None = None
        said_post = None
        interviewee = _interviewee(segments, mentions, headline_end)
        for para in segments:
            found = direct_speech(para)
            if interviewee is not None and not found and ANSWER.match(para):
                # An interview: a dashed paragraph that asks nothing is the answer.
                quotes.append(QuoteFound(interviewee.name, strip_quote(para)))
                interviewee.speaker = True
                offset += len(para) + 2
                continue
            if (
                pending_intro is not None
                and not found
                and para.strip()
                and para.lstrip()[0] in OPEN + DASH
            ):
                quotes.append(QuoteFound(pending_intro.name, strip_quote(para)))
                pending_intro.speaker = True
                offset += len(para) + 2
                continue
            pending_intro = None
            said_post, previous_post = _said_post(para), said_post
            for kind, q_start, q_end, a_start, a_end in found:
                quote_at = offset + q_start
                person = self._resolve(
                    text,
                    offset + a_start,
                    offset + a_end,
                    quote_at,
                    mentions,
                    persons,
                    offset,
                    abroad,
                )
                if person is None or (
                    kind == "named intro"
                    and not any(
                        offset + a_start <= m.start < offset + a_end for m in person.mentions
                    )
                    and not _post_as_subject(para[a_start:a_end])
                ):
                    continue
                if kind.endswith("intro") and q_end <= q_start:
                    pending_intro = person
                    continue
                person.speaker = True
                quotes.append(QuoteFound(person.name, strip_quote(para[q_start:q_end])))
                # `Как отметил спикер Мажилиса, …` / `– …, – сказал Ерлан Кошанов`: the post
                # that spoke just before is the named speaker's, if no one holds it.
                post = said_post or previous_post
                if (
                    post
                    and not person.positions
                    and kind != "named intro"
                    and self._by_role(post, quote_at, persons, text, None) is None
                ):
                    person.positions.append((post, self._position_country(post, "ru")))
            offset += len(para) + 2
        return quotes

    def _resolve(
        self, text, a_start, a_end, quote_at, mentions, persons, para_start=0, abroad=False
    ) -> _Person | None:
        """Return who is speaking: named in the attribution, by role, or by pronoun."""
        named = [m.person for m in mentions if m.person and a_start <= m.start < a_end]
        if named:
            return named[0]
        attribution = text[a_start:a_end]
        if MESSAGE.search(attribution):
            # `— говорится в послании`, `the message reads`: the one who sent it.
            before = [m for m in mentions if m.person and m.start < min(a_start, quote_at)]
            senders = [m for m in before if SENT.match(text, m.end)]
            return (senders or before)[-1].person if before else None
        cited = CITED.search(attribution)
        if cited:
            attribution = cited.group("who")
        # `По словам гостя, «…»`: the source after the words is the one described.
        attribution = _WORDS_OF.sub("", attribution)
        gender = attribution_gender(attribution)
        if DELEGATION_HEAD.search(attribution):
            # `— отметил глава делегации`: the one the text says leads a delegation.
            leaders = [
                (max((m.start for m in p.mentions if m.start < quote_at), default=-1), i)
                for i, p in enumerate(persons)
                if p.leads
            ]
            if leaders:
                return persons[max(leaders)[1]]
            head = self._first_of_state(attribution, quote_at, persons)
            if head is not None:
                return head
        by_role = self._by_role(attribution, quote_at, persons, text, gender, anaphor=True)
        if by_role is not None:
            return by_role
        # A name inside the quote (`… реформы Президента Токаева», — отметил он`) is not him.
        before = [m for m in mentions if m.person and m.start < min(a_start, quote_at)]
        # "she said", "отметила она": not a person known to be of the other gender.
        if gender:
            same = [m for m in before if _person_gender(m.person, text) in (gender, None)]
            before = same or before
        pronoun = PRONOUN.search(attribution)
        if pronoun or not attribution.strip():
            # "отметил он": the last person named as a subject, else the last named at all. A
            # sentence opened by a post (`Спикер Мажилиса подчеркнул …`) names its holder too.
            # `Имя передал приветствие от Президента Имя. Он отметил`: the sender of the
            # greetings is only spoken of.
            senders = {m.start for m in before if _greetings_party(text, m.start)}
            before = [m for m in before if m.start not in senders] or before
            subjects = [(m.start, m.person) for m in before if _nominative(m)]
            subjects += self._post_subjects(text, min(a_start, quote_at), persons, gender)
            if subjects:
                return max(subjects, key=lambda s: s[0])[1]
            return before[-1].person if before else None
        described = SPEECH_VERB.sub(" ", attribution)
        # `Польский гость напомнил, что …:`: an intro's subject stands before its verb.
        subject = SPEECH_VERB.split(attribution, 1)[0]
        opening, _, clause = subject.rpartition(",")
        if opening and clause.strip() and SPEECH_VERB.search(attribution):
            # `Говоря о перспективах, гость подчеркнул:`: the clause before the subject's
            # tells when or how, not who.
            subject = described = clause
        demonym = DEMONYM_SPEAKER.fullmatch(described) or DEMONYM_SPEAKER.fullmatch(subject)
        if demonym:
            # `Китайский гость также отметил`: the last person named of that state.
            kazakh = bool(KAZAKH_ADJECTIVE.search(demonym.group(1)))  # `түркиялық қонақ`
            found = self.places.find(demonym.group(1), suffixes=kazakh)
            states = {c for c, _, _ in found if c != ORGANISATION}
            of_state = [m for m in before if _provisional_state(m.person) in states]
            # `— отметил вьетнамский гость`, `— деді ганалық парламентші`: one who came with a
            # delegation, not the leader at home the talks spoke of (`контакты с Генсеком
            # Имя`, `Спикер Имяның сәлемін жеткізді`).
            of_state = [m for m in of_state if m.person.delegation or m.person.leads] or of_state
            return of_state[-1].person if of_state else None
        if DESCRIBED.fullmatch(described):
            if GUEST.search(described):
                # `— сказал гость`: the visitor, whoever was named last: one the text ties to
                # a state other than Kazakhstan, or a Kazakh when the story's visit is abroad.
                guests = [m for m in before if _foreign(m.person) != abroad]
                if guests:
                    return guests[-1].person
            # `— сказала докладчик`, `— отметил гость`, Kazakh `деп атап өтті дипломат`: a word
            # for the one just spoken of; with no gender told, only one named in the paragraph.
            if not gender:
                before = [m for m in before if m.start >= para_start]
            # `— поделился маэстро`: a common noun, not a post, means one who holds no post.
            unposted = [m for m in before if not _holds_post(m.person)]
            return (unposted or before)[-1].person if before else None
        return None

    def _first_of_state(self, attribution, quote_at, persons) -> _Person | None:
        """Return the first person named of the state a delegation head's words name.

        `Председатель Сената Имя … встретился с …` / `глава казахстанской делегации уделил
        внимание …: «…»`: a delegation's head is named before its other members.
        """
        states = {c for c, _, _ in self.places.find(attribution) if c != ORGANISATION}
        if len(states) != 1:
            return None
        first = [
            (min(m.start for m in p.mentions), i)
            for i, p in enumerate(persons)
            if p.mentions and _provisional_state(p) in states
        ]
        first = [f for f in first if f[0] < quote_at]
        return persons[min(first)[1]] if first else None

    def _by_role(
        self, attribution, quote_at, persons, text, gender, anaphor=False
    ) -> _Person | None:
        """Return the person whose post the attribution names (`отметил спикер Сената`).

        anaphor tells that the post stands for someone already spoken of (`– …, – сказал
        посол`): one first named after the quote is not meant.

        The post is read in the comma clause that holds it (`Обращаясь к казахстанским
        коллегам, вице-спикер Милли Меджлиса сказал`). A foreign parliament named tells the
        state (Милли Меджлис -> AZ); a generic `парламент` fits a post in any parliament.
        """
        roled = [
            c
            for c in attribution.split(",")
            if any(p.search(VICE.sub(" ", c)) for _, p in ROLE_CLASSES)
        ]
        # `Обращаясь к дипломату, вице-спикер Мажилиса сказала`: the post in the verb's clause
        # speaks; one in a clause before it is whom the words address.
        role = next((c for c in roled if SPEECH_VERB.search(c)), roled[0] if roled else attribution)
        # `Посол выразил надежду на визит парламентариев:`: a post before the verb is the
        # speaker's; what follows the verb is what was said.
        verb = SPEECH_VERB.search(role)
        if verb and any(p.search(VICE.sub(" ", role[: verb.start()])) for _, p in ROLE_CLASSES):
            role = _subject_post(role[: verb.start()])
        # `вице-спикер`, `заместитель Председателя`, `Deputy Speaker`: the deputy of a post is
        # told by a flag, so that its words do not count against the post's own.
        vice = bool(VICE.search(role))
        role = VICE.sub(" ", role)
        classes = [name for name, pattern in ROLE_CLASSES if pattern.search(role)]
        if not classes:
            return None
        # `— сказал южнокорейский парламентарий`: a word for any member of a parliament fits
        # the leader of a parliamentary delegation too, and the one named last is meant.
        generic = classes == ["deputy"] and bool(ANY_MEMBER.search(role))
        # `отметил немецкий парламентарий`: the state named is matched with the person's.
        # `португалиялық депутат`: a Kazakh adjective of a state takes a suffix.
        kazakh = any(KAZAKH_ADJECTIVE.search(w) for w in role.split())
        states = {c for c, _, _ in self.places.find(role, suffixes=kazakh) if c != ORGANISATION}
        for _, s, e in self.places.find(role, suffixes=kazakh):
            role = role[:s] + " " * (e - s) + role[e:]
        for c, s, e in self.institutions.find(role):
            if c != "KZ":  # Kazakh chambers are told apart by their names
                states.add(c)
                role = role[:s] + " " * (e - s) + role[e:]
        # Names of institutions tell posts apart (`спикер Сената`, `Миссия басшысы`); a
        # speech verb or a word like `былай` does not.
        role = SPEECH_VERB.sub(" ", ROLE_WORD.sub(" ", role))
        rest = [
            w
            for w in re.findall(r"\w+", role)
            if len(w) > 3
            and (w[:1].isupper() or _institution_word(w))
            and not GENERIC_PARLIAMENT.fullmatch(w)
        ]
        stems = {s for w in rest for s in word_stems(w)}
        # `— сказала вице-председатель НАНВ`: an abbreviation of the body in the post.
        acronyms = {w.lower() for w in rest if w.isupper()}
        # `Генсек ассамблеи заявил`: a body's common noun, lower-case, stands for its name.
        bodies = {w.lower() for w in rest if w.islower()}
        best = None
        for p in persons:
            # `подчеркнула вице-спикер`: a woman first, when the genders can be told.
            # A known gender that agrees beats an unknown one.
            known = _person_gender(p, text)
            agrees = 2 if not gender or known == gender else 1 if known is None else 0
            for position, country in p.positions:
                pclasses, pstems, pvice = post_profile(position)
                if (p.member or (generic and p.leads)) and "deputy" not in pclasses:
                    pclasses += ("deputy",)
                if (
                    not pclasses
                    or pclasses[0] not in classes[:1] + (["chair"] if classes[0] == "chair" else [])
                ) and not set(pclasses) & set(classes):
                    continue
                hits = len(stems & pstems) + sum(a in post_initials(position) for a in acronyms)
                hits += _body_by_initial(bodies, position)
                if not hits and _BARE_CHAMBER.search(position):
                    hits = len(stems) > 0  # `заместитель Председателя Палаты` is any chamber's
                score = hits - (len(stems) > 0 and not hits) * 5
                # `Имя передал приветствие от Председателя Мажилиса Имя. «…», – сказал
                # казахстанский парламентарий`: the sender of greetings is only spoken of.
                last = max(
                    (
                        m.start
                        for m in p.mentions
                        if m.start < quote_at and not (anaphor and _greetings_party(text, m.start))
                    ),
                    default=-1,
                )
                if anaphor and last < 0:
                    continue
                state = country or p.origin or p.delegation
                rank = (
                    # STORY_STATE is the story's foreign state, whichever is named.
                    not states or state in states or (state == STORY_STATE and "KZ" not in states),
                    agrees,
                    generic or pclasses[0] == classes[0],  # `Глава государства` is a president
                    # A member's word (`депутат`) has no deputy form: a vice-chair is one too.
                    vice == pvice or classes[0] == "deputy",
                    score,
                    last,
                )
                if score >= 0 and (best is None or rank > best[0]):
                    best = (rank, p)
        if best and not best[0][0]:
            return None  # `кыргызский парламентарий` is no Kazakh deputy
        return best[1] if best else None

    def _post_subjects(self, text, end, persons, gender) -> list[tuple[int, _Person]]:
        """Return (offset, person) for sentences before end that open with a post, not a name.

        `Спикер Мажилиса подчеркнул …` / `– …, – отметил он.`: the post's holder is the subject.
        """
        out = []
        named = {m.start for p in persons for m in p.mentions if _nominative(m)}
        for sentence in SENTENCE_START.finditer(text, max(0, end - 1500), end):
            at = sentence.end()
            if not text[at : at + 1].isupper():
                continue
            if ROLE_RU.match(text, at):
                post = _opening_post(text[at : min(end, at + 120)], "ru")
            else:
                # Kazakh `Дипломат … атап өтті. Ол: «…»`, `Елші Имя Қошановқа алғыс айтты`:
                # a bare post is the subject unless a name in the nominative follows it.
                bare = _BARE_POST.match(text, at)
                post = bare and bare.end() not in named and bare.group(1)
            person = post and self._by_role(post, at, persons, text, None)
            if person and (not gender or _person_gender(person, text) in (gender, None)):
                out.append((at, person))
        return out


# --------------------------------------------------------------------- helpers


def _subject_post(clause: str) -> str:
    """Return the subject's post a clause opens with, up to the subject's own verb.

    `Генсек высоко оценил работу казахстанской делегации и`: the state named after the verb
    is what the words were about, not the post's.
    """
    for verb in PAST_VERB.finditer(clause):
        if not ROLE_WORD.fullmatch(verb.group()) and any(
            p.search(VICE.sub(" ", clause[: verb.start()])) for _, p in ROLE_CLASSES
        ):
            return clause[: verb.start()]
    return clause


# A post whose body is only `Палата`, the chamber the story names elsewhere (`заместитель
# Председателя Палаты`): it fits the chamber a speaker's post names (`вице-спикер Мажилиса`).
_BARE_CHAMBER = re.compile(r"(?<![\w-])палат[аыеу]\s*$", re.IGNORECASE)


def _body_by_initial(bodies: set[str], position: str) -> int:
    """Count the body nouns that open a letter of an abbreviation in the post.

    `Генсек ассамблеи` and `Генеральный секретарь ПА ОБСЕ` (Парламентская ассамблея): the
    common noun names the body the post's abbreviation stands for.
    """
    letters = "".join(w for w in re.findall(r"\w+", position) if len(w) > 1 and w.isupper())
    return sum(b[0] in letters.lower() for b in bodies)


# A first name's initial before a surname: `Р.`, `А.`
_INITIAL_HEAD = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.")


def _surname_bearer(bearers: list[_Person], text: str, start: int) -> _Person | None:
    """Return whom a surname at start means among the people who bear it, None if unclear.

    Of two (`Иван Петров`, `Анна Петрова`), the first name in front tells (`Анна Петрова
    сказала`); else the only one named before it (`Petrov said` before `Senator Anna Petrova`
    is first named).
    """
    if len(bearers) < 2:
        return bearers[0] if bearers else None
    head = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    first = head and skeleton(_russianise(head.group(1), last=False))
    by_first = [p for p in bearers if first and skeleton(p.name.split()[0]) == first]
    if head and _INITIAL_HEAD.fullmatch(head.group(1)):
        # `Р. Попеску` of `Раду Попеску` and `Андрей Попеску`: the initial tells.
        by_first = [p for p in bearers if p.name[:1] == head.group(1)[0]]
    if len(by_first) == 1:
        return by_first[0]
    named = [p for p in bearers if min((m.start for m in p.mentions), default=start) < start]
    return named[0] if len(named) == 1 else None


_FIRST_PASS_CHARS = 900
# A post that opens a sentence as its subject but that ROLE_RU does not hold (Russian and
# Kazakh `Дипломат`, Kazakh `Елші`).
_BARE_POST = re.compile(r"(Дипломат|Елші)\s+")
# Reported words: `По ее словам, …`, `Имя подчеркнул, что …`.
_REPORTED = re.compile(
    rf"(?<![\w-])по\s+(?:его|её|ее)\s+словам|(?:{SPEECH_VERB.pattern}),?\s+что(?![\w-])",
    re.IGNORECASE,
)
# The words of a source named after them: `По словам гостя`, `по словам докладчика`.
_WORDS_OF = re.compile(r"^\s*по\s+словам\s+(?=[а-яё])", re.IGNORECASE)
# The end of a delegation's phrase in English: a clause's end or a comma.
_PHRASE_END_EN = re.compile(r"[.;!?\n,]")


def _greetings_party(text: str, start: int) -> bool:
    """Tell whether a name at start is one greetings are passed on from or to.

    `Имя передал приветствие от Президента Имя`, `greetings to President Name`: one spoken of,
    not present.
    """
    sentence = _sentence_start(text, start)
    return bool(
        GREETINGS_FROM.search(text, sentence, start) or GREETED.search(text, sentence, start)
    )


def _interviewee(segments: list[str], mentions: list[_Mention], headline_end: int):
    """Return the person interviewed when the story is questions and answers, else None.

    An interview alternates dashed questions (`— Ваши планы?`) with dashed answers that name
    no speaker; the one answering is the first person the headline names (`Ерлан Мукашев:
    «…»`).
    """
    if sum(1 for p in segments if QUESTION.match(p)) < 2:
        return None
    named = [m for m in mentions if m.person and m.start < headline_end]
    return named[0].person if named else None


_AS_SAID = re.compile(r"\s*Как\s+(\w+)\s+((?:[\w-]+\s+){0,4}?[\w-]+),")


def _post_as_subject(intro: str) -> bool:
    """Tell whether an intro names its speaker by a post in the nominative, not by a name.

    `Особое внимание спикер Сената уделил торговле: «Мы …»`: the post is the subject, so its
    holder speaks; in `Стороны обсудили визит Президента: «…»` the post is no subject.
    """
    post = ROLE_RU.search(intro)
    return bool(post) and _title_case(post.group().lower()) == "nomn"


def _said_post(para: str) -> str | None:
    """Return the post a paragraph opens with as its speaker: `Как отметил спикер Мажилиса, …`."""
    said = _AS_SAID.match(para)
    if not said or not SPEECH_VERB.fullmatch(said.group(1)) or not ROLE_RU.match(said.group(2)):
        return None
    post = said.group(2)
    return None if any(w[:1].isupper() and _name_like(w) for w in post.split()[1:]) else post


# A Kazakh spelling (`Нүркенов`, `әл-`) is the nominative of its Russian form (`Нуркенов`, `аль-`).
_KAZAKH_LETTERS = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def _name_words(m: _Mention) -> list[str]:
    if is_family_letter(m.words):
        return m.words  # У Вон Сик: a Korean family name, no initial
    return [w for w in m.words if not is_initial(w)]


def _group_key(m: _Mention) -> str:
    """Return the key full names of one person share: their first and last words."""
    words = _name_words(m)
    return skeleton(words[0] + " " + words[-1])


def _cut_run_ons(full: list[_Mention]) -> None:
    """Cut a name run on into the next person's name: `Ион Чебану Қошановпен` (Ион Чебану
    thanked Кошанов) and `Сақр Ғобаш Ерлан Қошановты` (Сакр Гобаш invited Ерлан Кошанов) are
    Ион Чебану and Сакр Гобаш, named alone elsewhere, and the surname or the name of another.

    The rest is left free for _surname_mentions to give to its person.
    """
    names = [[skeleton(w) for w in _name_words(m)] for m in full]
    alone = {tuple(n) for n in names}
    for m, words in zip(full, names, strict=True):
        cut = _run_on_cut(words, names, alone)
        if cut is None:
            continue
        surface = list(re.finditer(r"\S+", m.surface))
        if len(surface) != len(m.words) or len(_name_words(m)) != len(m.words):
            if cut != len(words) - 1 or len(surface) < 2:
                continue
            cut = len(m.words) - 1  # an initial or a patronymic besides: the last word only
        m.words = m.words[:cut]
        m.end = m.start + surface[cut].start()
        m.surface = m.surface[: surface[cut].start()].rstrip()


def _run_on_cut(words: list[str], names: list[list[str]], alone: set[tuple[str, ...]]):
    """Return where a run of name words splits into a name named alone elsewhere and the end of
    another person's name (its surname, or all of it), or None."""
    for k in range(2, len(words)):
        tail = words[k:]
        if tuple(words[:k]) in alone and any(
            other != words and other[-len(tail) :] == tail for other in names
        ):
            return k
    return None


def _join_name_tails(groups: dict[str, list[_Mention]]) -> None:
    """Join a name written without its first part to the one person named in full with it.

    `Арайя Вильялобос` after `Родриго Арайя Вильялобос`, `Нгуэ Мбарга` before `Жан-Пьер Нгуэ
    Мбарга`: two surnames, or a second given name and a surname, are that person's.
    """
    words = {key: _name_words(group[0]) for key, group in groups.items()}
    for key in list(words):
        short = words[key]
        tail = skeleton(" ".join(short))
        longer = [
            k
            for k, long in words.items()
            if len(long) > len(short) and skeleton(" ".join(long[-len(short) :])) == tail
        ]
        if len(longer) == 1:
            groups[longer[0]] += groups.pop(key)
            del words[key]


def _nominative(mention: _Mention) -> bool:
    """Tell whether a mention is in the nominative, so may be a sentence's subject.

    `Г. Сорокин` and `Геннадий Петрович Сорокин` are, as `Геннадий Сорокин` is; `Сорокину`
    is not. The first and last words are compared: an initial or a patronymic may differ.
    """
    surface = mention.surface.replace("ё", "е").translate(_KAZAKH_LETTERS).replace("ь", "")
    surface = surface.split()
    words = " ".join(mention.words).replace("ё", "е").replace("ь", "").split()
    if not surface or not words or surface[-1] != words[-1]:
        return False
    return len(words) == 1 or surface[0] == words[0] or surface[0].rstrip(".") == words[0][:1]


def _family_first(name: str, aliases: Iterable[str] = ()) -> list[str]:
    """Return the family name that opens a Korean or Chinese name of three syllables.

    `Пак Чжи Хун` is `господин Пак`; the one-syllable words of such names are short. A name
    of two words opens with it too when the text spells it in Latin as a Chinese or Korean
    name (`Li Hong` is `Li said`).
    """
    words = name.split()
    if len(words) == 3 and len(words[0]) <= 3 and all(len(w) <= 4 for w in words):
        return [words[0]]
    if len(words) == 2 and any(_latin_family_first(a) for a in aliases):
        return [words[0]]
    return []


@lru_cache(maxsize=4096)
def _latin_family_first(alias: str) -> bool:
    """Tell whether a Latin name of two words is Chinese or Korean (Li Hong, Moon Jae-in)."""
    words = alias.split()
    if len(words) != 2 or not re.fullmatch(r"[A-Za-z-]+", "".join(words)):
        return False
    found = east_asian_name(words)
    return found is not None and found[0] == 0


# Chinese names in Russian (Palladius): the family name, then a given name of one or two
# syllables in one word (Си Цзиньпин, Ван Цзяньго, Ли Хун).
_CHINESE_SYLLABLES_RU = frozenset(pinyin_syllable(s) for s in PINYIN)
_CHINESE_FAMILY_RU = frozenset(
    "".join(pinyin_syllable(s) for s in pinyin_syllables(f) or []) for f in CHINESE_FAMILY
)


@lru_cache(maxsize=4096)
def _chinese_name(name: str) -> bool:
    """Tell whether a Russian name of two words is Chinese: `Си Цзиньпин`, not `Ли Андрей`."""
    words = name.lower().split()
    if len(words) != 2 or words[0] not in _CHINESE_FAMILY_RU:
        return False
    given = words[1]
    return any(
        given[:i] in _CHINESE_SYLLABLES_RU and given[i:] in _CHINESE_SYLLABLES_RU | {""}
        for i in range(1, len(given) + 1)
    )


_AND_BEFORE = re.compile(r"\s*(?:и|and|мен|бен|пен|және)\s", re.IGNORECASE)
_BODY_NOUN = re.compile(
    r"(?<![\w-])(?:комитет|комисси|групп|совет|фракци|committee|commission|group|council)\w*$",
    re.IGNORECASE,
)


# A body a post names bare, in lower case (`председатель комитета`): one named just before.
_BARE_BODY = re.compile(r"(?<![\w-])(комитет|комисси|фракци)\w*")
# The same body named in the text, capitalised or not (`Комитета по иностранным делам`).
_BODY_WORD = re.compile(_BARE_BODY.pattern, re.IGNORECASE)


def _same_body_state(position: str, previous: _Mention) -> str | None:
    """Return the state of a body a post names bare, after a name it is joined to by `и`.

    `Председатель Комитета … Мажилиса Имя и секретарь комитета Имя`: the bare `комитета` is the
    committee just named, so the post is of the same state.
    """
    body = _BODY_NOUN.search(position)
    if not body or previous.person is None or not previous.person.positions:
        return None
    post, country = previous.person.positions[-1]
    return country if country and body.group()[:6].lower() in post.lower() else None


def _first_pass_end(text: str) -> int:
    """Return where the NER's first pass ends: after the paragraph that passes ~900 characters."""
    if len(text) <= _FIRST_PASS_CHARS * 1.5:
        return len(text)
    cut = text.find("\n", _FIRST_PASS_CHARS)
    return len(text) if cut < 0 else cut


@lru_cache(maxsize=100_000)
def _word_keys(word: str) -> frozenset[str]:
    """Return spelling-insensitive keys of a name word in any case (Кошановым, Ерлана -> ...)."""
    keys = {skeleton(word)}
    keys.update(skeleton(n) for n, _, _ in surname_parses(word))
    keys.update(skeleton(n) for n, _, _ in first_name_parses(word))
    keys.discard("")
    return frozenset(keys)


def _person_gender(person: _Person, text: str) -> str | None:
    """Return "m", "f" or None: from a title before a mention (Mr, Ms), else the first name.

    The first name's gender comes from pymorphy3's dictionary of names on the canonical
    Russian form; a Russian-type surname's ending (-ов/-ова, -ский/-ская) tells it too.
    """
    if person.gender is None:
        person.gender = ""
        for m in person.mentions:
            title = TITLE_GENDER.search(text, max(0, m.start - 12), m.start)
            if title:
                person.gender = "m" if title.group("m") else "f"
                break
        else:
            person.gender = _name_gender(person.name) or _agreement_gender(person, text)
    return person.gender or None


_VERB_AFTER = re.compile(r"\s+(?:(?:также|тоже|же|ещё|еще|уже)\s+)?([а-яё]+)(?![\w-])")


def _agreement_gender(person: _Person, text: str) -> str:
    """Return the gender the past-tense verb after a mention agrees in (`Имя сообщила`).

    A Russian verb in the past agrees with its subject: it tells the gender of a name the
    dictionary does not know (Мекдес Алему сообщила), also past a parenthetical (Милош
    Станкович, в свою очередь, сообщил). Only a subject agrees: the verb after an oblique case
    (`во главе с Такэси Ямадой провела`) is another's.
    """
    for m in person.mentions:
        if not _nominative(m):
            continue
        parenthetical = _PARENTHETICAL.match(text, m.end)
        verb = _VERB_AFTER.match(text, parenthetical.end() if parenthetical else m.end)
        gender = verb and _past_verb_gender(verb.group(1))
        if gender:
            return gender
    return ""


@lru_cache(maxsize=20_000)
def _past_verb_gender(word: str) -> str:
    parses = [p for p in morph().parse(word) if p.is_known]
    genders = {str(p.tag.gender) for p in parses if p.tag.POS == "VERB" and p.tag.tense == "past"}
    if not parses or any(p.tag.POS != "VERB" for p in parses) or len(genders) != 1:
        return ""
    return {"masc": "m", "femn": "f"}.get(genders.pop(), "")


@lru_cache(maxsize=100_000)
def _name_gender(name: str) -> str:
    parts = name.split()
    if len(parts) >= 2:
        genders = {
            str(p.tag.gender)
            for p in morph().parse(parts[0].split("-")[0])
            # One person's name: a plural reading (`Рамли`, `Тони` of `Рамля`, `Тоня`) is none.
            if "Name" in p.tag and p.is_known and p.tag.case == "nomn" and p.tag.number == "sing"
        }
        if genders == {"masc"}:
            return "m"
        if genders == {"femn"}:
            return "f"
    surname = parts[-1].lower() if parts else ""
    if re.search(r"(?:ова|ева|ёва|ина|ына|ская|цкая)$", surname):
        return "f"
    if re.search(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$", surname):
        return "m"
    return ""


@lru_cache(maxsize=10_000)
def _introduces_name(word: str) -> bool:
    """Tell whether a lower-case title stands before word: the next capitalised word is a name.

    Dictionary words are names too after a title (депутат Ана Кос, сенатор Роза Мира).
    """
    return word.islower() and bool(ROLE_RU.fullmatch(word))


def _ner_candidate(word: str) -> bool:
    """Tell whether a capitalised word is worth showing to the NER model."""
    return _name_like(word) and not _institution_word(word)


_LATIN_LETTER = re.compile(r"[A-Za-z]")
# A Roman regnal number after a monarch's first name: Мухаммед VI, Карл III, Абдалла II.
_REGNAL_NUMBER = re.compile(r"[ \u00a0]((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?![\w-])")
_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
# An Arab consultative council names itself `Шура` after its word for council (Совет Шура,
# Маджлис аш-Шура): the name of the chamber, not of the person after it. Alone, Шура is also
# a Russian first name.
_COUNCIL_BEFORE = re.compile(
    r"(?:совет|маджлис|меджлис|мажлис)\w*[ \u00a0](?:аш-)?$", re.IGNORECASE
)
_SHURA = re.compile(r"(?:аш-)?Шур[аыуе]")
_NEXT_NAME_WORD = re.compile(r"[ \u00a0]([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")
_PREVIOUS_NAME_WORD = re.compile(r"(?<![\w.-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \u00a0]$")
# Russian-type surnames in any case: Кошанов, Еспаевой, Ашимбаеву, Кидавой-Блоньской.
_PERSONAL_SURNAME = re.compile(
    r"\w{3}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой)?$|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$|"
    r"(?:енко|ко|ук|юк|швили|дзе|ян|янц|ұлы|улы|қызы|кызы)$",
    re.IGNORECASE,
)
# Surnames whose ending shows gender and case, so that a first name must agree with them.
_GENDERED_SURNAME = re.compile(
    r"\w{3}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой)?$|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$",
    re.IGNORECASE,
)
# `Ерлана Кошанова`, `Ерлан Қошанов`, `Yerlan Koshanov`: a first name and a surname, perhaps
# with a patronymic between them (Даурен Маратович Абенов, Маулен Сагатханулы Ашимбаев).
_FULL_NAME = re.compile(
    r"(?<![\w.-])(?=([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+)?)"
    r"((?:[ \u00a0]+[А-ЯЁ][а-яё]+(?:ович|евич|овна|евна|ична|улы|кызы|ұлы|қызы))?[ \u00a0]+)"
    r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+)(?![\w-]))"
)
# A plural adjective of a place the dictionary does not know (Мозамбикские, Тувалуские): no
# surname ends so in the nominative.
_PLURAL_ADJECTIVE = re.compile(r"\w{3}[сц]кие$")
_OTHER_WORDS = frozenset({"фото", "источник", "автор", "видео", "текст", "пресс-служба"})


@lru_cache(maxsize=100_000)
def _not_name_part(word: str) -> bool:
    """Tell whether a word at the edge of a tagged name is a title, institution or function word.

    Nouns stay: a name part may be a dictionary noun (Хан, Жигули, Ван, Ом). Adjectives,
    prepositions, titles and institutions go.
    """
    if is_initial(word) or ("-" in word and is_name_particle(word)):
        return False  # Е., аль-Мазруи
    if not word[:1].isupper() or _institution_word(word) or ROLE_RU.fullmatch(_post_word(word)):
        return True
    if word.lower() in _OTHER_WORDS or _PLURAL_ADJECTIVE.search(word):
        return True
    if _name_like(word):
        return False
    return not any(p.tag.POS == "NOUN" for p in morph().parse(word) if p.is_known)


_WORD = re.compile(r"\S+")
# Latin particles that may open a surname at a sentence start (`De Vries said`).
_LEADING_PARTICLE = re.compile(r"De|Van|Von|Der|Den|Du|Dos|Del|Della")


_CLAUSE_START = re.compile(r"[.,;:!?()«»\"\n–—]")


_LED_BY_IDIOM = re.compile(r"(?<![\w-])во\s+главе\s+со?\s", re.IGNORECASE)
_WITH = re.compile(r"(?<![\w-])со?\s", re.IGNORECASE)


def _post_case(text: str, start: int) -> str | None:
    """Return the case of the post written before a name: the name stands in apposition to it.

    `встреча заместителя Председателя Сената Нурлана Кенжебаева`: the post's head
    (заместителя) is genitive, so is the name (Нурлан, not Нурлана). The head is the first
    title word of the clause before the name.
    """
    lo = max(0, start - 80)
    clause = list(_CLAUSE_START.finditer(text, lo, start))
    lo = clause[-1].end() if clause else lo
    led = _LED_BY_IDIOM.search(text, lo, start)
    if led:
        lo = led.end()  # `во главе с председателем Имя`: `главе` is part of the idiom, no post
    # `глава Мажилиса встретился с Председателем МПС Тулией Аксон`: a post after `с` is the
    # name's, the one before it the subject's.
    with_ = [m for m in _WITH.finditer(text, lo, start) if ROLE_RU.search(text, m.end(), start)]
    if with_:
        lo = with_[-1].end()
    # The subject's post may open the clause far before the name: the head is then the first
    # title near it (`Спикер … оценил роль Генерального секретаря ООН Имя Фамилии`).
    title = next(
        (t for t in ROLE_RU.finditer(text, lo, start) if len(text[t.start() : start].split()) <= 6),
        None,
    )
    if title is None:
        return None
    return _title_case(title.group().lower(), plural=not text[title.end() : start].strip())


# A name listed right before another one: `Дипак Шарма и Сунита Шарма`, `Иван Петров, Анна`.
_LISTED_NAME_BEFORE = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \u00a0]([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"(?:,|[ \u00a0]и)[ \u00a0]$"
)


# A feminine relative pronoun in the nominative right after a name: `Имя Фамилия, которая`.
_WHO_FEMININE_AFTER = re.compile(r",\s*которая(?![\w-])")


def _subject_case(text: str, end: int) -> str | None:
    """Return `nomn` when a feminine past-tense verb or `которая` follows a name.

    `координатор ООН Микаэла Фриберг-Стори отметила` (or `…, которая рассказала`): a woman's
    nominative, not the genitive of a Микаэл.
    """
    if _WHO_FEMININE_AFTER.match(text, end):
        return "nomn"
    verb = _VERB_AFTER.match(text, end)
    return "nomn" if verb and _past_verb_gender(verb.group(1)) == "f" else None


def _listed_case(text: str, start: int) -> str | None:
    """Return the case of the name listed right before start, when it shows one.

    Names in a list share their case: in `вошли Дипак Шарма и Сунита Шарма` the second is a
    woman's nominative, not the genitive of a Сунит Шарм, as the first shows; in `президентов
    Ильхама Алиева и Нурлана Сапарова` both take the title's genitive.
    """
    before = _LISTED_NAME_BEFORE.search(text, max(0, start - 60), start)
    if before is None or any(_not_name_part(w) for w in before.groups()):
        return None
    titled = _post_case(text, before.start())
    if titled:
        return titled
    words = list(before.groups())
    return "nomn" if normalise_russian(words)[0] == " ".join(words) else None


@lru_cache(maxsize=10_000)
def _title_case(title: str, plural: bool = False) -> str | None:
    nouns = [p for p in morph().parse(title) if p.tag.POS == "NOUN" and p.tag.case in CASES]
    # A plural title right before names is theirs: `воле президентов Ильхама Алиева и …`
    # (genitive). `главы` stays the singular genitive.
    number = "plur" if plural and not any(p.tag.number == "sing" for p in nouns) else "sing"
    cases = {str(p.tag.case) for p in nouns if p.tag.number == number}
    return next((c for c in CASES if c in cases), None)


# Russian-type surnames in the oblique cases that relational adjectives share (-овой, -евым).
_OBLIQUE_SURNAME = re.compile(r"\w{3}(?:ов|ев|ин)(?:ой|ым)$")


@lru_cache(maxsize=100_000)
def _not_last_name_part(word: str) -> bool:
    """Tell whether a word at the end of a tagged name is no name part (see _not_name_part).

    At the end a name is not at a sentence start, so a capitalised word that the dictionary
    reads only as an interjection, verb or particle is a foreign name part (Ли Сон Хо, Харуки
    Мори); adjectives, adverbs, pronouns and prepositions still go.
    """
    if _adjective_surname(word):
        return False
    if not _not_name_part(word) or not word[:1].isupper() or ROLE_RU.fullmatch(_post_word(word)):
        return _not_name_part(word)
    if _institution_word(word) or word.lower() in _OTHER_WORDS:
        return True
    if _OBLIQUE_SURNAME.search(word):
        return False  # Вишневой, Ключевой: a woman's surname, not the adjective it spells
    pos = {p.tag.POS for p in morph().parse(word) if p.is_known}
    return not pos or bool(pos & {"ADJF", "ADJS", "PRTF", "PRTS", "ADVB", "NPRO", "PREP", "NUMR"})


def _post_word(word: str) -> str:
    """Return a post without its вице-/экс- prefix (Вице-маршал -> маршал), for ROLE_RU."""
    return re.sub(r"^(?:вице|экс)-", "", word, flags=re.IGNORECASE)


@lru_cache(maxsize=100_000)
def _surname_like(word: str) -> bool:
    """Tell whether a word reads as a surname (Russian-type ending or a dictionary surname)."""
    if is_initial(word) or is_patronymic(word):
        return False
    if _PERSONAL_SURNAME.search(word):
        return True
    return any("Surn" in p.tag and p.is_known for p in morph().parse(word))


@lru_cache(maxsize=100_000)
def _first_and_surname(first: str, surname: str) -> bool:
    """Tell whether `first surname` reads as one person: Дания Еспаева, not Беларуси Лукашенко.

    The first word needs a first-name reading in the dictionary or to be a place word (Данией),
    the second a surname ending that shows gender and case, and the two must agree.
    """
    if _not_name_part(first) or not _GENDERED_SURNAME.search(surname):
        return False
    options = first_name_parses(first)
    if not _looks_first_name(first):
        if not _is_place_word(first):
            return False
        # A place word must read as a name by its ending (Данией -> Дания), not merely stay as
        # written the way indeclinable names do (Беларуси Ковалев is two things).
        options = tuple(o for o in options if o[1] != "any")
    return bool(readings([options, surname_parses(surname)]))


def _first_before_two_surnames(first: str, surnames: list[str]) -> bool:
    """Tell whether a known first name heads two surnames the model took alone: the Spanish
    father's and mother's surnames (депутат Палаты | Лусия | Фернандес Мартинес).

    The three must agree in gender and case in a likely reading (Лусией Фернандес Мартинес).
    """
    if not _looks_first_name(first) or _not_name_part(first):
        return False
    return agree_likely([first_name_parses(first), *(surname_parses(w) for w in surnames)])


@lru_cache(maxsize=100_000)
def _is_place_word(word: str) -> bool:
    return any("Geox" in p.tag and p.is_known for p in morph().parse(word))


def _normalise_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _split_initials(tokens: list[Token]) -> list[Token]:
    """Split `Н.Назарбаева` into `Н.` and `Назарбаева`."""
    out = []
    for t in tokens:
        m = re.match(r"^([A-ZА-ЯЁ]\.)([A-ZА-ЯЁ].+)$", t.text)
        if m:
            out.append(Token(m.group(1), t.start, t.start + 2))
            out.append(Token(m.group(2), t.start + 2, t.end))
        else:
            out.append(t)
    return out


@lru_cache(maxsize=100_000)
def _name_like(word: str) -> bool:
    """Tell whether a capitalised Russian word can be part of a personal name."""
    if is_initial(word):
        return True
    if not word[:1].isupper():
        return False
    parses = morph().parse(word)
    if any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses if p.is_known):
        return True
    if _adjective_surname(word):
        return True
    # A dictionary word with no name reading is a title or an institution (Мажилиса, Президентом).
    return not any(p.is_known for p in parses)


# A lower-case particle inside a name (Spanish, Portuguese, Italian, French, Dutch, German,
# Arabic and Malay), or an Arabic article joined by a hyphen (`Абдель Фаттах аль-Бурхан`,
# `Ахмед аш-Шараа`): Kazakh and Russian names have none.
_NAME_PARTICLE = re.compile(
    r"\s(?:де|да|дос|дас|ду|дель|делла|ди|ла|ле|ван|фон|дер|бин|бинти|ибн|аль)\s|"
    r"(?<![\w-])(?:аль|эль|ад|аз|ан|ар|ас|ат|аш)-[А-ЯЁ]"
)
_PARTICLES_END = re.compile(
    r"(?:(?<=\s)(?:де|да|дос|дас|ду|дель|делла|ди|ла|ле|ван|фон|дер|de|da|dos|du|van|von|der)\s+)+$"
)
# A head of state or of government titled alone: `Президент`, `Prime Minister`, Kazakh
# `Мемлекет басшысы`.
_HEAD_TITLE = re.compile(
    r"(?:президент\w*|премьер-министр\w*|глав\w* (?:государства|правительства)|"
    r"мемлекет басшы\w*|үкімет басшы\w*|president|prime minister|head of (?:state|government)|"
    # Kazakhstan has no monarch: `король Имя`, `эмир Имя`, `King Name` reigns elsewhere.
    r"корол[ьяюе]\w*|королев\w*|эмир\w*|king|queen|emir|"
    # `наследный принц Имя`, `Crown Prince Name`: an heir to a throne is no Kazakh either.
    r"(?:наследн\w* )?принц\w*|(?:crown )?prince)",
    re.IGNORECASE,
)
# A surname of Russian or Kazakh form: Токаев, Бектенова, Нигматулин, Терещенко, Сәрсенұлы.
_RUSSIAN_FORM_SURNAME = re.compile(
    r"(?:[оеё]ва?|[иы]на?|(?:ск|цк)(?:ий|ая)|енко|ұлы|улы|қызы|кызы)$", re.IGNORECASE
)


def _foreign_head(position: str, name: str) -> bool:
    """Tell whether a bare title of a head of state or government is held by no Kazakh.

    Kazakhstan's Presidents and Prime Ministers bear surnames of Russian or Kazakh form
    (`Президент Касым-Жомарт Токаев`); `Президент Поль Бийя` leads another state.
    """
    return bool(_HEAD_TITLE.fullmatch(position.strip())) and not _RUSSIAN_FORM_SURNAME.search(
        name.split()[-1]
    )


# A lower-case word right after a name, and the endings of adjectives surnames share.
_NEXT_LOWER_WORD = re.compile(r"[ \u00a0]([а-яё]+)(?![\w-])")
_ADJECTIVE_SURNAME_END = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ого|ой|ому|им|ом|ую|ие|их|ими)$")


@lru_cache(maxsize=10_000)
def _adjective_of_noun(word: str, noun: str) -> bool:
    """Tell whether a word in -ский, -ская is an adjective before the noun it agrees with
    (`Чилийский лидер`, `Французская сторона`): a surname does not run into a noun so."""
    if not _ADJECTIVE_SURNAME_END.search(word.lower()):
        return False
    forms = {
        (p.tag.gender, p.tag.number, p.tag.case)
        for p in morph().parse(noun)
        if p.is_known and p.tag.POS == "NOUN"
    }
    return any(
        p.tag.POS == "ADJF" and (p.tag.gender, p.tag.number, p.tag.case) in forms
        for p in morph().parse(word)
    )


@lru_cache(maxsize=100_000)
def _adjective_surname(word: str) -> bool:
    """Tell whether a capitalised word reads only as a short or plural adjective: a foreign
    surname, not an epithet (Морено is no `морёный`, Карими no `карий`)."""
    if not word[:1].isupper():
        return False
    parses = [p for p in morph().parse(word) if p.is_known]
    return bool(parses) and all(
        p.tag.POS in ("ADJS", "PRTS") or (p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur")
        for p in parses
    )


_INSTITUTION_STEMS = (
    "мажилис",
    "мажлис",
    "меджлис",
    "маджлис",
    "хурал",
    "сейм",
    "кенеш",
    "жогорку",
    "курултай",
    "бундестаг",
    "кнессет",
    "сенат",
    "парламент",
    "палат",
    "мәжіліс",
    "ассамбле",
    "жиналыс",
    "олий",  # Олий Мажлис; not Оливейра, Оливер
    "сабх",  # Лок Сабха, Раджья Сабха
    "милли",
)


@lru_cache(maxsize=100_000)
def _institution_word(word: str) -> bool:
    low = word.lower()
    return low.startswith(_INSTITUTION_STEMS) or low in ("оли", "милли") or is_parliament_name(word)


def _starts_within(tokens: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    """Return the start offsets of the tokens that lie within one of spans."""
    bounds = sorted(spans)
    starts = [s for s, _ in bounds]
    out = set()
    for tok in tokens:
        j = bisect.bisect_right(starts, tok.start) - 1
        if j >= 0 and tok.start < bounds[j][1]:
            out.add(tok.start)
    return out


def _first_name_of(tokens: list[Token], i: int, text: str) -> bool:
    """Tell a country word that is a first name (Дания Еспаева): a surname follows at once."""
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    ending = _NAME_END.search(_base(following.text))
    # The surname needs a stem before its ending: Түркия Ұлы Жиналысы is no name.
    return (
        text[tokens[i].end : following.start] == " "
        and following.text[:1].isupper()
        and ending is not None
        and ending.start() >= 3
    )


def _place_as_surname(run: list[Token], tokens: list[Token], i: int, text: str, inside) -> bool:
    """Tell a one-word Latin place name that is the surname of the first name before it (Ana
    Paula Lima, Luis Santiago): the first name is written right before it."""
    return (
        bool(run)
        and bool(_LATIN_LETTER.search(tokens[i].text))
        and text[run[-1].end : tokens[i].start] == " "
        and is_first_name_word(run[-1].text)
        and (i + 1 >= len(tokens) or tokens[i + 1].start not in inside)
    )


def _group_token(match: re.Match) -> Token:
    """Return the token a pattern's first group matched."""
    return Token(match.group(1), match.start(1), match.end(1))


def _base(word: str) -> str:
    return strip_kazakh_suffix(word)


@lru_cache(maxsize=100_000)
def _bases(word: str) -> tuple[str, ...]:
    """Return the Russian spellings a name token may stand for, without case endings."""
    ru = _russianise(word, last=True)
    out = [ru.lower()]
    if re.search(r"[а-яё]", ru, re.IGNORECASE):
        out += [n.lower() for n, _, _ in surname_parses(ru)]
    # What reads as a case suffix may be the name's own end (Виртанен, not Вирта + нен).
    whole = _russianise(word, last=False)
    if whole.lower() not in out:
        out.append(whole.lower())
    if _LATIN_LETTER.search(word):
        # A Latin surname alone (Herrera said) as each language would spell it.
        out += [latin_to_russian(word, origin).lower() for origin in LATIN_ORIGINS]
    return tuple(dict.fromkeys(out))


_SHORT_WITH_SUFFIX = re.compile(
    r"^(\w{2,3}?)(?:мен|пен|бен|ның|нің|дың|дің|ға|ге|қа|ке|ны|ні|ды|ді|дан|ден|нан|нен|тан|тен)$"
)

# Azerbaijani Latin letters that read otherwise in the other Latin spellings (Qafarova -> Гафарова).
_AZ_LATIN = str.maketrans({"q": "g", "Q": "G", "c": "dzh", "C": "Dzh", "x": "kh", "X": "Kh"})


@lru_cache(maxsize=100_000)
def _russianise(word: str, last: bool, language: str = "", origin: str = "") -> str:
    """Return the Russian spelling of a Kazakh or Latin name word, Kazakh suffix removed.

    origin is the source language of a Latin name (see latin_name_origins).
    """
    if is_initial(word):
        return word
    if language == "az":
        word = word.translate(_AZ_LATIN)
    # Kazakh spelling drops the ь of Асель, Гульмира in words of its own letters (Әсел, Гүлмира);
    # a Cyrillic name with none of them is written the Russian way already (Дилноза, Ольга).
    russian = False
    if re.search(r"[A-Za-z]", word):
        word = re.sub(r"['’]s$", "", word)
        word = latin_to_russian(word, origin)
    else:
        if last:
            word = strip_kazakh_case(word)
        russian = not _KAZAKH_LETTER.search(word)
        word = kazakh_to_russian(word)
    return word if last or russian else soft_first_name(word)


# The Arabic `son of`, `daughter of` inside a name (Абдулла бин Халид), no Kazakh words.
_ARABIC_LINEAGE = frozenset(["бин", "ибн", "бинт", "bin", "ibn", "bint"])
_KAZAKH_LETTER = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def _looks_first_name(word: str) -> bool:
    return known_first_name(word)


# English honorifics before a surname: `Mr. Fletcher`, `Ms Ardern`.
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]$")


# Muhammad in its Latin, Russian and Kazakh spellings (Mohammed, Muhamad, Мохаммад, Мұхаммед).
_MUHAMMAD = re.compile(r"m[ou]h[au]mm?[ae]d|м[оуұ]х[аә]мм?[аеә]д", re.IGNORECASE)


def _given_names_and_family(words: list[str]) -> bool:
    """Tell whether three or four words are one name whatever its last word ends in.

    A second given name or the father's (María Fernanda Cevallos, Амина Ибрагим Мусса, Хайрул
    Анвар Осман) goes on to the family name, or to the two of a Spanish name (Ана Лусия Гомес
    Торрес). An Arab or Malay name may be given names alone: a given name last (Ахмад Салим
    Мухамад, Юсуф Карим Ибрагим) is the father's, not the next person's, after a middle word
    that no surname ending shows to be a family name. Muhammad opens a compound given name
    (Mohammad Javad Zarif, Мухаммад Шахбаз Шариф): the word after it is a given name too.
    """
    if len(words) == 3 and is_first_name_word(words[1]):
        return True
    if len(words) == 3 and _MUHAMMAD.fullmatch(words[0]) and not _NAME_END.search(words[1]):
        return True
    if len(words) == 4:
        return is_first_name_word(words[1]) and not is_first_name_word(words[2])
    if len(words) != 3 or not is_first_name_word(words[0]) or _NAME_END.search(_base(words[1])):
        return False
    # A family name that does not decline, in a vowel no Russian word of its kind ends in,
    # closes the name too (Юсуф Раза Гилани, Асиф Хан Бхутто).
    last = strip_kazakh_case(words[2])
    return is_first_name_word(last) or bool(_UNDECLINED_FAMILY_NAME.search(last))


_UNDECLINED_FAMILY_NAME = re.compile(r"\w{3}[иоу]$")


def _after_kazakh_title(text: str, start: int, language: str) -> bool:
    """Tell whether a Kazakh title in a case form stands right before start, one that after_role
    does not know (Бруней Сұлтаны Хассанал Болкиах)."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return language == "kk" and before is not None and is_kazakh_post(before.group(1))


# An English post written out before a name, its words capitalised or joined by `of`, `the`,
# `for` (Speaker of the National Assembly of Pakistan Imran Aziz): the run after it is a name
# whatever its words end in. Not a run right after `of` (a member of Dáil Éireann): that is the
# body's name; nor after a title for many (`Kazakh Senators Discuss Trade`: a headline's verb).
_POST_BEFORE_EN = re.compile(
    r"(?!(?:Members|Senators|MPs|MEPs?|senators|deputies)\b)(?:" + ROLE_EN.pattern + r")"
    r"(?:[ \u00a0]+(?:of|the|for|and|[A-Z][\w'’.-]*))*"
    r"(?<![ \u00a0]of)(?<![ \u00a0]the)(?<![ \u00a0]for)(?<![ \u00a0]and)[ \u00a0]+$"
)
# A clause break: the post must be in the name's own clause.
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\n]")
# A body's abbreviation in brackets inside the post is no clause break: Speaker of the National
# Council (NC) of Ruritania Ivo Marek.
_BRACKETED_ABBREVIATION = re.compile(r"[ \u00a0]*\([A-Z][A-Za-z]*[A-Z]\)")
_POSSESSIVE = re.compile(r"['’]s$")


def _after_english_post(text: str, words: list[str], start: int, language: str) -> bool:
    """Tell whether an English post runs up to a name (President of the Senate of Ruritania).

    The post ends in its title or a name-like word, not an abbreviation that only qualifies the
    next word (head of the UN Development Programme); a possessive inside the run shows a body's
    name (the Indian Parliament’s Standing Committee).
    """
    if language != "en" or any(_POSSESSIVE.search(w) for w in words[:-1]):
        return False
    before = _BRACKETED_ABBREVIATION.sub("", text[max(0, start - 150) : start])
    clause = _CLAUSE_BREAK.split(before)[-1]
    post = _POST_BEFORE_EN.search(clause)
    if post is None:
        return False
    last = clause.split()[-1]
    return not (last.isupper() and not ROLE_EN.fullmatch(last))


def _other_gender(surname: str) -> str:
    if surname.endswith("а"):
        return surname[:-1]
    return surname + "а"


def _sentence_start(text: str, pos: int) -> int:
    """Return where the sentence holding pos starts, looking back at most 300 characters."""
    lo = max(0, pos - 300)
    starts, ends = _sentence_ends(text)
    i = bisect.bisect_right(ends, pos) - 1
    if i < 0 or ends[i] <= lo:
        return 0
    # A break matched from before lo (`.` then a line break) counts only by its line break.
    if starts[i] < lo and text[ends[i] - 1] != "\n":
        return 0
    return ends[i]


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Return the starts and ends of the sentence breaks of text (one article at a time)."""
    found = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    return [s for s, _ in found], [e for _, e in found]


def _holds_post(person: _Person) -> bool:
    """Tell whether a person holds a post of a state (speaker, minister, deputy …)."""
    return any(pattern.search(p) for p, _ in person.positions for _, pattern in ROLE_CLASSES)


def _provisional_state(person: _Person) -> str | None:
    """Return the state the text has told for a person so far: a post's, else the origin's."""
    states = [c for _, c in person.positions if c and c != STORY_STATE]
    return states[0] if states else person.origin or person.delegation


# Kazakh `Ким Хе Чжинмен де кездесіп`: a name with the comitative suffix, then `meet`.
# Also `Имямен келіссөз жүргізді` (held talks).
_MET_KK = re.compile(r"\s+(?:(?:де|да|те|та)\s+)?(?:кездес|келіссөз)", re.IGNORECASE)


def _met_kk(text: str, end: int, language: str) -> bool:
    """Tell whether a Kazakh name ending at end is the one met (`Имямен кездесті`)."""
    return (
        language == "kk"
        and re.search(r"(?:мен|пен|бен)$", text[max(0, end - 3) : end]) is not None
        and _MET_KK.match(text, end) is not None
    )


def _has_subject(clause: str) -> bool:
    """Tell whether a Russian clause holds a noun that can only be in the nominative."""
    for word in re.findall(r"[а-яё]+", clause.lower()):
        parses = [p for p in morph().parse(word) if p.is_known and p.tag.POS == "NOUN"]
        if parses and all(p.tag.case == "nomn" for p in parses):
            return True
    return False


# `Тоқаев пен Президент`, `Токаевым и Председателем`: a bare title after a name and `and`.
_AND_TITLE = re.compile(r"\s*(?:и|and|пен|мен|бен|және)\s+[\w-]+\s*", re.IGNORECASE)


def _second_head_of_state(text: str, previous: _Mention | None, m: _Mention, post: str) -> bool:
    """Tell whether a bare title names the foreign head of state paired with Kazakhstan's.

    `Мемлекет басшысы Қасым-Жомарт Тоқаев пен Президент Ильхам Әлиев`, `Главой государства
    Касым-Жомартом Токаевым и Председателем Си Цзиньпином`: two heads of state meet; the
    second, titled President or Chairman with no state, is the other state's.
    """
    if previous is None or previous.person is None or previous.person is m.person:
        return False
    if len(post.split()) != 1 or post_profile(post)[0][:1] not in (("president",), ("chair",)):
        return False
    if not _AND_TITLE.fullmatch(text, previous.end, m.start):
        return False
    head = previous.person
    presidents = [p for p, _ in head.positions if post_profile(p)[0][:1] == ("president",)]
    state = _provisional_state(head)
    if state is None:
        # `между Президентом Имя Фамилиевым и Президентом Имя`: a bare first title of a
        # surname of Kazakh or Russian form is the host's, as _person_country will tell.
        state = "KZ" if any(_kazakh_bare_head(p, head.name) for p in presidents) else None
    return state == "KZ" and bool(presidents)


def _kazakh_bare_head(position: str, name: str) -> bool:
    """Tell whether a head's title with no state (`Президент`) is Kazakhstan's by its holder."""
    return kazakh_post(position) and not _foreign_head(position, name)


def _met_in(person: _Person) -> bool:
    """Tell whether the text has put a person in a named foreign state: one met there."""
    return person.delegation not in (None, "", "KZ", STORY_STATE)


def _foreign(person: _Person) -> bool:
    """Tell whether the text so far ties a person to a state other than Kazakhstan."""
    if any(c == STORY_STATE for _, c in person.positions):
        return True
    return _provisional_state(person) not in (None, "", "KZ")


# A parenthetical between a subject and its verb, set off by commas: `Посол, в свою
# очередь, рассказал`, `Спикер, со своей стороны, отметил`.
_PARENTHETICAL = re.compile(
    r",\s*(?:в свою очередь|со своей стороны|в частности|в том числе|кроме того|помимо этого|"
    r"к тому же|в ответ|в заключение|в целом|в итоге|прежде всего|в первую очередь|между тем|"
    r"тем временем|при этом|однако|также|далее|например)(?:\s+также)?\s*,(?=\s)",
    re.IGNORECASE,
)


def _opening_post(segment: str, language: str) -> str | None:
    """Return the post a title or lead opens with when no name follows it before the verb.

    `Председатель Мажилиса принял …` -> `Председатель Мажилиса`; Kazakh puts the post's
    head word last (`Сенат Төрағасы … кездесті`). A parenthetical before the verb is passed
    over (`Посол, в свою очередь, рассказал …` -> `Посол`).
    """
    if language != "kk":
        segment = _PARENTHETICAL.sub("", segment)
    words = list(re.finditer(r"[\w-]+", segment))[:6]
    if language == "kk":
        for i, w in enumerate(words[:3]):
            if ROLE_KK.search(w.group().rstrip(",.")):
                nxt = words[i + 1].group() if i + 1 < len(words) else ""
                return None if _name_like_kk(nxt) else segment[: w.end()]
        return None
    if not ROLE_RU.match(segment):
        return None
    for w in words[1:]:
        if is_verb(w.group()):
            head = segment[: w.start()].strip()
            return head if re.fullmatch(r"[\w-]+(?:\s+[\w-]+){0,4}", head) else None
        if w.group()[:1].isupper() and _name_like(w.group()) and not _institution_word(w.group()):
            return None
    return None


_KYRGYZ_AFTER = re.compile(r"[ \u00a0](уулу|кызы)(?![\w-])")
# An East Asian family name of one syllable, capitalised in mid-sentence, where a Russian word or
# an initial would not be: `генсеком То Ламом`, `спикер У Вон Сик`, `министр О Се Хун`.
_ASIAN_FAMILY_BEFORE = re.compile(r"[\w,»)][ \u00a0]([А-ЯЁ][а-яё]?)[ \u00a0]$")
_SHORT_SYLLABLE = re.compile(r"[А-ЯЁ][а-яё]{1,3}")


def _syllable_given_name(words: list[str]) -> bool:
    """Tell whether words are an East Asian given name of one or two short syllables, the last
    in any case (Лам, Ламом, Вон Сиком)."""
    if not 1 <= len(words) <= 2:
        return False
    *head, last = normalise_russian(words)[0].split()
    return len(head) == len(words) - 1 and all(_SHORT_SYLLABLE.fullmatch(w) for w in [*head, last])


def _declined_surname_kk(word: str) -> bool:
    """Tell whether a Kazakh word is a surname with a case suffix (Әшімбаевқа, Тоқаевтың): only
    a name's last word takes one, so a capitalised word after it (Шура кеңесі) is no part of it.
    """
    return strip_kazakh_suffix(word) != word and not is_patronymic(word)


def _name_like_kk(word: str) -> bool:
    """Tell whether a Kazakh title's next word may open a name (capitalised, no institution)."""
    return word[:1].isupper() and word.lower() not in _NOT_NAMES and not _institution_word(word)
