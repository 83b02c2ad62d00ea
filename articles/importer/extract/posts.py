"""Posts (roles) written next to a name, and what they tell about the state a person serves."""

from __future__ import annotations

import re
from functools import lru_cache

from .names import kazakh_to_russian, morph

# A compound post names its role last: `статс-секретарь`, `Кабинет-секретарь`, `генерал-губернатор`.
ROLE_RU = re.compile(
    r"(?<![\w-])(?:[а-яё]{3,}-)?(?:вице-министр\w*|евродепутат\w*|парламентари\w*|председател(?!ьств)\w*|президент\w*|премьер-министр\w*|вице-премьер\w*|вице-президент\w*|"
    r"вице-спикер\w*|вице-председател\w*|министр\w*|посол|посл(?:а|у|ом|е|ы|ов|ам|ами|ах)\b(?<!после)|спикер\w*|глав(?:а|ы|е|у|ой)\b|"
    r"депутат\w*|сенатор\w*|заместител\w*|руководител\w*|секретар\w*|генсек\w*|лидер\w*|"
    r"корол(?:ь|я|ю|ём|ем)\b|канцлер\w*|мэр\w*|аким\w*|губернатор\w*|директор\w*|член\w*|советник\w*|"
    r"эмир\w*|шейх\w*|принц\w*|омбудсмен\w*|уполномоченн\w*|председательниц\w*|атташе|консул(?!ьт)\w*|"
    r"маршал\w*|тораг\w*|султан\w*(?=\s+[А-ЯЁ]\w+(?:а|я|и|ы)\b)|представител(?:ь|я|ю|ем)\b|конгрессмен\w*|"
    r"глав(?:ой|е) государства|глав(?:ы|ам|ами|ах)\s+(?:\w+\s+)?государств\b|"
    r"поверенн\w*(?=\s+в\s+делах))",
    re.IGNORECASE,
)
ROLE_EN = re.compile(
    r"\b(?:Chairman|Chairwoman|Chairperson|Chair|Speaker|President|Prime Minister|Minister|"
    r"Ambassador|Charg[ée] d['’]affaires|Congressman|Congresswoman|Representative|Marshal|"
    r"Deputy|Senator|Secretary|Head|Leader|King|Emir|Vice|Member|Governor|Mayor|Director|Consul|"
    r"Members|Senators|MPs|MEPs?|senators|deputies|"
    r"MP|chairman|speaker|president|minister|ambassador|deputy|senator|secretary|head|leader|"
    r"member)\b"
)
ROLE_KK = re.compile(
    r"(?:төраға\w*|президент\w*|елші\w*|министр\w*|депутат\w*|сенатор\w*|басшы\w*|спикер\w*|"
    r"орынбасар\w*|хатшы\w*|премьер-министр\w*|вице-спикер\w*|әкім\w*|мүше\w*|кеңесші\w*|"
    r"жетекші\w*|төрайым\w*|сұлтаны)$",
    re.IGNORECASE,
)

# Role words that mean the same post, so that "спикер Мажилиса" finds "Председатель Мажилиса".
ROLE_CLASSES = (
    (
        "president",
        re.compile(
            r"президент|глав\w* (?:\w+ )?государств|мемлекет басшы|head of state|president|султан|"
            r"лидер|leader",
            re.IGNORECASE,
        ),
    ),
    (
        "chair",
        re.compile(
            r"председател|спикер|глав|төраға|басшы|тораг|маршал|chair|speaker|head|marshal",
            re.IGNORECASE,
        ),
    ),
    # `— отметил дипломат`: a diplomat quoted is the envoy named before.
    (
        "ambassador",
        re.compile(
            r"посол|посл[аоуе]|поверенн|елші|ambassador|charg[ée] d['’]affaires|дипломат|diplomat",
            re.IGNORECASE,
        ),
    ),
    ("secretary", re.compile(r"секретар|генсек|хатшы|secretary", re.IGNORECASE)),
    ("minister", re.compile(r"министр|minister", re.IGNORECASE)),
    (
        "deputy",
        re.compile(
            r"депутат|сенатор|парламентари|законодател|конгрессмен|deputy|senator|mp\b|"
            r"parliamentarian|lawmaker|legislator|congress(?:wo)?man|(?<!\w)meps?\b",
            re.IGNORECASE,
        ),
    ),
)
# The deputy of a post: `вице-спикер`, `заместитель Председателя`, `Deputy Speaker`.
VICE = re.compile(
    r"(?<![\w-])(?:вице-|заместител\w*|зам\.|first deputy|vice[- ]|"
    r"deputy(?=\s+(?:chair|speaker|president|prime|head))|орынбасар\w*)",
    re.IGNORECASE,
)
# Short words are whole words only: `он` is no part of `Конгресса`.
ROLE_WORD = re.compile(
    "|".join(p.pattern for _, p in ROLE_CLASSES)
    + r"|(?<![\w-])(?:said|сказал|отметил|деді|он|ол|he|she|the|of)(?![\w-])",
    re.IGNORECASE,
)
TITLE_GENDER = re.compile(
    r"(?<![\w-])(?:(?P<m>Mr|Sir|г-н|господин\w*)|(?P<f>Mrs|Ms|Miss|Madam|Dame|г-жа|госпож\w*))\.?\s+$"
)


# English verbs of a meeting: a post runs to none of them (`the Kazakh MPs met Name`,
# `Ashimbayev, Philippine senators discuss …`).
_EN_VERB = (
    r"(?<![\w-])(?:meet|meets|met|receive[sd]?|host(?:s|ed)?|welcome[sd]?|discuss(?:es|ed)?|"
    r"hold|holds|held|visit(?:s|ed)?|thank(?:s|ed)?|invite[sd]?|greet(?:s|ed)?|sign(?:s|ed)?|"
    r"talk(?:s|ed)?\s+(?:to|with))(?![\w-])"
)
EN_VERB = re.compile(_EN_VERB, re.IGNORECASE)
# A lower-case English past form or participle (praised, carried): no word of a title.
_EN_PAST = re.compile(r"(?<![\w-])[a-z]{3,}ed(?![\w-])")


def after_role(text: str, start: int, language: str) -> bool:
    """Tell whether a title stands right before start (Ambassador Takashi Ito, елшісі Ито)."""
    before = text[max(0, start - 60) : start].split()
    if not before:
        return False
    last = before[-1]
    if language == "kk":
        return bool(ROLE_KK.search(last))
    return bool(
        ROLE_EN.fullmatch(last)
        or ROLE_RU.fullmatch(last)
        or last.lower() in ("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "baroness")
        or LED_BY.search(text, max(0, start - 30), start)
    )


OPENING_QUOTES = '«"“„'


# A delegation in the nominative is the subject before the post of the one it met, no part of
# it: `Парламенттің делегациясы Сенатының Төрағасы Имямен кездесті`.
_KK_DELEGATION_SUBJECT = re.compile(r"делегация(?:сы|мыз)", re.IGNORECASE)


def written_post(window: str, language: str, words: int = 10) -> str | None:
    """Return the post written right before a name (`Председатель Мажилиса`), if any.

    A post runs to at most `words` words.
    """
    window = window.rstrip()
    if not window:
        return None
    if language == "kk":
        words = window.split()
        if not words or not ROLE_KK.search(words[-1]):
            return None
        keep = [words[-1]]
        rest = words[:-1]
        while rest:
            listed = _kazakh_list(rest)
            if listed:
                # `Халықаралық істер, қорғаныс және қауіпсіздік комитетінің`: a committee's
                # list of fields, back to its capitalised first word.
                keep[0:0] = rest[-listed:]
                del rest[-listed:]
                continue
            w = rest.pop()
            if w[:1] in OPENING_QUOTES and not w.endswith(("»", '"', "”")):
                # `«Мемлекет басшысы Имя …`: the post opens a quote; the mark is not its.
                if w[1:2].isupper():
                    keep.insert(0, w[1:])
                break
            if w.endswith("»") and "«" not in w and any(x.startswith("«") for x in rest):
                # `«Польша – Қазақстан» достық тобының`: a quoted name is one word of the post.
                while not w.startswith("«"):
                    keep.insert(0, w)
                    w = rest.pop()
                keep.insert(0, w)
                continue
            # Stop at a comma, a place adverbial (Астанада), a dative (Кездесуге,
            # Президентіне), an object (Делегацияны, делегациясын) or a lower-case verb or
            # noun, except one lower-case word inside a capitalised name (Олий Мажлисі Заң
            # шығару палатасының) or up to two after a genitive (палатасының сыртқы байланыстар
            # комитетінің).
            if (
                w.endswith(",")
                or re.search(r"(?:да|де|та|те|ны|ні|ға|ге|қа|ке|ына|іне|сын|сін)$", w)
                or _KK_DELEGATION_SUBJECT.fullmatch(w)
                or not (
                    w[:1].isupper()
                    or w in ("және",)
                    or re.search(r"(?:ның|нің|дың|дің|тың|тің|ғы|гі|ы|і)$", w)
                    # an adjective: `мемлекеттік министрі`, `халықаралық`
                    or re.search(r"(?:лық|лік|дық|дік|тық|тік)$", w)
                    or (rest and rest[-1][:1].isupper() and not re.search(r"(?:ды|ді|ты|ті)$", w))
                    or any(re.search(r"(?:ның|нің|дың|дің|тың|тің)$", x) for x in rest[-2:])
                )
            ):
                break
            if rest and re.fullmatch(r"[–—-]", w) and rest[-1].isupper():
                break  # a dateline: `KAZINFORM – Сенат Төрағасы`
            keep.insert(0, w)
            if len(keep) >= 14:
                break
        return " ".join(keep)
    # A verb ends the phrase: in `делегацию возглавил депутат` the post is `депутат`.
    if language != "en":
        verbs = [m.end() for m in re.finditer(r"\w+", window) if is_verb(m.group())]
    else:
        verbs = [m.end() for m in EN_VERB.finditer(window)]
        # `praised the reforms carried out under President Имя`: a lower-case past form ends
        # the phrase too.
        verbs += [m.end() for m in _EN_PAST.finditer(window)]
        verbs.sort()
    if verbs:
        window = window[verbs[-1] :]
    pattern = ROLE_EN if language == "en" else ROLE_RU
    # `парламентарии во главе с вице-маршалом Сейма`: the post is the one after the idiom.
    led = list(re.finditer(r"(?:во главе с|под руководством|led by|headed by)\s", window))
    if led:
        window = window[led[-1].end() :]
    match = pattern.search(window)
    if match and language != "en" and re.search(r"\bво\s+$", window[: match.start()]):
        # `во главе с депутатом`: the idiom is not a post; look further on.
        match = pattern.search(window, match.end())
    if not match:
        return None
    if language == "ru":
        # `встреча казахстанского парламентария с вице-спикером`, `приветствия от Главы
        # государства`: the post after the preposition is the name's, the one before another's.
        later = [
            p.end()
            for p in _ROLE_AFTER_PREPOSITION.finditer(window, match.end())
            if not _GROUP_PARTNER.search(window, 0, p.start())
        ]
        if later:
            match = pattern.search(window, later[-1])
    head = window[: match.start()]
    if language == "en":
        # Belarusian President, Mazhilis Speaker: capitalised words right before the title.
        extra = re.search(r"(?:[A-Z][\w'’.-]+\s+){1,3}$", head)
        start = extra.start() if extra else match.start()
    else:
        # Adjectives that agree with the title belong to it (Генеральный директор,
        # итальянский сенатор, Чрезвычайный и Полномочный Посол).
        start = match.start()
        for word in reversed(list(re.finditer(r"\S+", head))):
            if word.group().lower() == "и" or _agrees_with(word.group(), match.group()):
                start = word.start()
            else:
                break
        while window[start:].lower().startswith("и "):
            start += 2
    tail = window[start:].strip()
    # A quoted name inside a post is part of it (группы дружбы «Казахстан – Африка»); other
    # quotes mean the window ran into quoted speech.
    unquoted = re.sub(r"«[^«»]{1,60}»", "", tail)
    if re.search(r"[«»\"“”]", unquoted):
        return None
    # English adds `of the`; an envoy accredited to two states, `и по совместительству`.
    length = len(_CONCURRENTLY.sub(" ", tail).split())
    if length > words + 4 * (language == "en"):
        # `руководитель депутатской группы … с Государственным собранием Венгрии сенатор`:
        # too long to be one post; the title right before the name is one.
        last = list(pattern.finditer(window))[-1]
        group = _GROUP_WITH.search(window, start)
        if not (group and last.start() < group.start() and length <= words + 4):
            return written_post(window[last.start() :], language) if last.start() > start else None
        # `Руководитель депутатской группы Мажилиса по сотрудничеству с Парламентской
        # ассамблеей Боснии и Герцеговины Имя`: the partner's name makes a group's post long.
    return tail.strip(" -–—") or None


# A group's partner: `группы по сотрудничеству с`, `группы дружбы с`.
_GROUP_WITH = re.compile(
    r"(?<![\w-])групп\w*\s+(?:\S+\s+){0,2}?(?:по\s+)?(?:сотрудничеств|связ|дружб)\w*\s+(?:с|со)\s",
    re.IGNORECASE,
)

# A group of a parliament for ties with Kazakhstan sits in a foreign one: `группа
# парламентского сотрудничества с Казахстаном`, `группы дружбы с Республикой Казахстан`.
GROUP_WITH_KAZAKHSTAN = re.compile(
    _GROUP_WITH.pattern + r"\s*(?:Республик\w*\s+)?Казахстан\w*", re.IGNORECASE
)

# An envoy to one state accredited to another as well: `Посол … в России и по совместительству
# в Казахстане`.
_CONCURRENTLY = re.compile(r"(?<![\w-])(?:и\s+)?по\s+совместительству(?![\w-])", re.IGNORECASE)
# A preposition right before a post, not one of a group's field (`по сотрудничеству с`).
_ROLE_AFTER_PREPOSITION = re.compile(
    r"(?<![\w-])(?:с|со|от)\s+"
    r"(?=(?:[а-яё]+(?:ым|им|ой|ей|ого|его)\s+){0,2}" + ROLE_RU.pattern + ")",
    re.IGNORECASE,
)
# Words for any member of a parliament, whatever post they hold in it.
ANY_MEMBER = re.compile(
    r"парламентари|законодател|lawmaker|legislator|parliamentarian", re.IGNORECASE
)
# A group's partner, not a meeting: `группы сотрудничества Сената с Палатой депутатов`.
_GROUP_PARTNER = re.compile(
    r"(?<![\w-])(?:сотрудничеств|связ|дружб|взаимодействи)\w*(?:\s+\S+){0,2}\s+$", re.IGNORECASE
)
# A visit abroad told in the headline, before the place: `находится с рабочим визитом в
# Сеуле`, `находящийся с официальным визитом в Венгрии`, `on an official visit to Japan`.
VISIT_ABROAD = re.compile(
    r"(?<![\w-])(?:визит\w*|visit\w*|находит\w*|находящ\w*|пребыва\w*|выбор\w*|elections?)"
    r"(?:\s+\w+){0,3}?\s+(?:в|во|to|in)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Kazakh puts the place first, in the dative: `Корея Республикасына ресми сапары аясында`.
VISIT_ABROAD_KK = re.compile(
    r"(?<=[ағеқкн])\s+(?:(?:ресми|жұмыс|мемлекеттік|іссапар)\w*\s+)?(?:іс)?сапар", re.IGNORECASE
)
# Observers of elections abroad are there too: `наблюдали за выборами в Сербии`.
VISIT_WORD = re.compile(r"визит|visit|находи|находя|пребыва|выбор|election|сапар", re.IGNORECASE)
# `встретился с председателем`; `во главе с сенатором` names a leader, not one met.
GLOSS = re.compile(r"\(([^()]*)\)")
# An envoy's seat in brackets (`посол Судана в Казахстане (с резиденцией в Москве) Имя`,
# Kazakh `(Мәскеудегі резиденциясымен)`) notes where the mission sits: it is no part of the post.
RESIDENCE_GLOSS = re.compile(
    r"\s*\([^()]*(?:резиденц|residen|по\s+совместительству|қоса\s+атқар)[^()]*\)", re.IGNORECASE
)
MET_WITH = re.compile(r"(?<![\w-])(?<!главе\s)(?:с|со|with)\s+$", re.IGNORECASE)
MEETING = re.compile(
    r"(?<![\w-])(?:встре[тч]\w*|переговор\w*|бесед\w*|met|meet\w*|talks)(?![\w-])", re.I
)
# A name paired in talks with a foreign head of state or government named by the post:
# `переговоры Имя Фамилии с Президентом Латвии`, `talks between Name and the President of
# Chile`. The archive is Kazakh: the one paired, named with no post, is Kazakhstan's leader.
PAIRED_WITH_HEAD = re.compile(
    r"\s+(?:и|с|со|and|with)\s+(?:the\s+)?(?:президент\w*|премьер-министр\w*|president|"
    r"prime\s+minister)(?:\s+of)?\s+(?P<state>[^,;.:!?«»()\n]{2,40})",
    re.IGNORECASE,
)
# One met, told by a relative clause after the name: `Имя, с которым депутаты встретились
# отдельно`, `Name, whom the delegation met`, `Name, with whom the MPs held talks`.
MET_AFTER = re.compile(
    r",\s+(?:(?:с|со)\s+(?:которым|которой|которыми)|(?:with\s+)?whom)\s+[^.!?;,]{0,60}?"
    r"(?<![\w-])(?:встрети\w*|встреча\w*|переговор\w*|беседова\w*|met|meets|talks)(?![\w-])",
    re.IGNORECASE,
)
# Greetings passed on from someone: `приветствие от`, `greetings from President`, or the
# sender's post in the genitive (`передал приветствие Председателя Национальной ассамблеи`;
# not the dative of the one greeted, `пожелания Президенту`, nor the one they go to:
# `greetings from President Name to President Name`).
GREETINGS_FROM = re.compile(
    r"(?<![\w-])(?:приветстви\w*|привет|поздравлени\w*|пожелани\w*|greetings|regards|wishes)"
    r"\s+(?:(?:от|from)\s+|(?=[а-яё-]+[аяыи]\s))(?:(?!(?:to|для)\s)[^\s.!?;,]+\s+){0,8}$",
    re.IGNORECASE,
)
# The one greetings are passed on to: `conveyed greetings from … to President Name`.
GREETED = re.compile(
    r"(?<![\w-])(?:приветстви\w*|привет|поздравлени\w*|greetings|regards|wishes)\s"
    r"[^.!?;]*?(?<![\w-])(?:to|для)\s+(?:[^\s.!?;,]+\s+){0,4}$",
    re.IGNORECASE,
)
# The last clause before a name that only continues the post before it: `обороне и
# безопасности Мажилиса`, `the lower house of Kazakhstan's Parliament`; or `в частности с`.
_POST_CONTINUES = re.compile(r"\s*(?:[а-яёәғқңөұүһі]|the\s|of\s)[^«»\"“”]*$")
# `Committee on International Affairs, Defence and Security Имя`: English names keep capitals.
_LIST_TAIL_EN = re.compile(
    r"\s*(?:[A-Z][\w-]*\s+){1,3}(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*$"
)
# `and`, `with` before a post open another person's clause.
_OTHER = re.compile(r"(?<![\w-])(?:and|with|и|с|со)(?![\w-])", re.IGNORECASE)
_PARTICULAR = re.compile(
    r"\s*(?:в частности|в том числе|например|including|in particular|particularly)(?:\s+\w+)?\s*"
)

# An envoy's second accreditation between the post and the name: `Посол Кении в России, по
# совместительству в Казахстане, Имя`, Kazakh `…Елшісі, Қазақстанда қосымша аккредиттелген Имя`.
_ACCREDITED_TOO = re.compile(
    r"(?<![\w-])(?:по\s+совместительству|аккредит\w*|қосымша|қоса\s+атқар\w*|"
    r"concurrently|also\s+accredited)(?![\w-])",
    re.IGNORECASE,
)


def post_before(parts: list[str], language: str) -> tuple[str | None, str | None]:
    """Return the post before a name and the post before it in a chain, from comma clauses.

    `Председатель Комитета по международным делам, обороне и безопасности Мажилиса Имя`: a
    clause that has no post of its own and only continues the one before joins it.
    `депутатами Бундестага, в частности с Имя`: the post is the one before the insertion.
    `депутат Мажилиса, руководитель группы … Имя`: a second post, kept for its state.
    """
    if language == "kk":
        # Kazakh posts hold commas (`Халықаралық істер, қорғаныс және қауіпсіздік комитетінің
        # мүшесі`); written_post stops at a comma that ends no such list.
        listed = written_post(",".join(parts[-3:]), language)
        if listed and "," in listed:
            return listed, None
    position = written_post(parts[-1], language)
    if len(parts) < 2:
        return position, None
    if position is None and (_PARTICULAR.fullmatch(parts[-1]) or _ACCREDITED_TOO.search(parts[-1])):
        return written_post(parts[-2], language), None
    words = parts[-1].split()
    continues = _POST_CONTINUES.match(parts[-1]) or (
        language == "en" and _LIST_TAIL_EN.match(parts[-1])
    )
    if position is None and continues and len(words) <= 8 and not any(is_verb(w) for w in words):
        return written_post(parts[-2] + "," + parts[-1], language, words=14), None
    head = parts[-1][: parts[-1].rfind(position)] if position else ""
    # `…, a member of the Georgian delegation, and with Ukrainian MP Имя`: `and`, `with` open
    # the clause of another person, whose post chains to none before.
    if (
        position is not None
        and not any(is_verb(w) or _is_passive_participle(w) for w in head.split())
        and not _OTHER.search(head)
    ):
        return position, written_post(parts[-2], language)
    return position, None


@lru_cache(maxsize=100_000)
def _is_passive_participle(word: str) -> bool:
    """Tell whether a Russian word is surely a passive participle (`инициированных`).

    `реформы, инициированные Главой государства Имя`: the participle's clause tells what the
    name did, so the clause before it is no post of a chain.
    """
    if not re.search(r"[а-яё]", word, re.IGNORECASE) or not word.islower():
        return False
    parses = [p for p in morph().parse(word) if p.is_known]
    return bool(parses) and all(p.tag.POS == "PRTF" and "pssv" in p.tag for p in parses)


@lru_cache(maxsize=100_000)
def is_verb(word: str) -> bool:
    """Tell whether a Russian word is surely a verb form (every dictionary reading is one)."""
    if not re.search(r"[а-яё]", word, re.IGNORECASE) or not word.islower():
        return False
    parses = [p for p in morph().parse(word) if p.is_known]
    return bool(parses) and all(p.tag.POS in ("VERB", "INFN", "GRND") for p in parses)


@lru_cache(maxsize=100_000)
def _agrees_with(adjective: str, noun: str) -> bool:
    """Tell whether adjective can stand before noun in the same case, number and gender."""
    # A participle used as a noun is one too: `временный поверенный`, `Верховный уполномоченный`.
    nouns = [p for p in morph().parse(noun) if p.tag.POS == "NOUN" or "Subx" in p.tag]
    for a in morph().parse(adjective):
        if a.tag.POS not in ("ADJF", "PRTF") or not a.is_known:
            continue
        for n in nouns:
            if (
                a.tag.case == n.tag.case
                and a.tag.number == n.tag.number
                and (
                    a.tag.number == "plur"
                    or a.tag.gender in (n.tag.gender, None)
                    or "ms-f" in n.tag
                )
            ):
                return True
    return False


# A delegation, or the side of talks (`со стороны ОАЭ`, `с итальянской стороны`, `тарапынан`,
# `Немецкую сторону представляли …, казахстанскую – …`, `The German side was represented by`).
DELEGATION = re.compile(
    r"(?<![\w-])(?:делегаци\w*|delegations?|делегация\w*|со стороны|с \w+ стороны|"
    r"тарапынан|(?<=ую |ая )сторон[уа]|(?<=the )\w+ side|"
    r"(?<=,\s)[а-яё]+(?:скую|цкую)(?=\s*[–—-]\s)|"
    # `с иранской стороны – Имя, с казахстанской – Имя`: the side's noun left out.
    r"(?<=,\s)с\s+[а-яё]+(?:ской|цкой)(?=\s*[–—-]\s))(?![\w-])",
    re.IGNORECASE,
)
# `On the side of` (`С казахстанской стороны встречу провел депутат …`, `Қазақстан
# тарапынан`) names the side of whoever acts after it, host or guest; a side as subject
# (`Казахстанская сторона провела встречу с …`) hosts the one named after the verb.
SIDE = re.compile(r"со стороны|с\s+\w+(?:\s+стороны)?|тарапынан", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;!?\n]")
# `В ее состав вошли`: members of a body named in the sentence before.
ITS_MEMBERS = re.compile(r"(?<![\w-])в\s+(?:ее|её|его|их)\s+состав(?![\w-])", re.IGNORECASE)
# Who leads a delegation: `Мұхаммед Фарук бастаған делегация`, `Делегацию возглавил … Имя`,
# `Гостей возглавлял …`, `Имя, head of the delegation`; and the attribution that means him.
LEADS_AFTER = re.compile(
    r"\s+бастаған\s+делегаци|,\s+(?:the\s+)?(?:head|leader) of (?:the\s+)?delegation|"
    r",\s+(?:глава|руководитель) делегации",
    re.IGNORECASE,
)
LEADS_BEFORE = re.compile(
    r"(?<![\w-])(?:возглави\w*|возглавля\w*|глава делегации|head of the delegation|"
    r"делегация басшысы)(?![\w-])[^.!?,;]*$",
    re.IGNORECASE,
)
# The body a group is led or sits in, named right before its member: `группу «Казахстан –
# Польша», которую в Мажилисе возглавляет Имя`, `коллега по группе дружбы в Сейме Имя`.
_BODY = r"[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,2}"
HEADS_IN_BODY = re.compile(
    rf"(?<![\w-])(?:котор\w+\s+(?:в|во)\s+(?P<body>{_BODY})\s+"
    rf"(?:возглавля\w*|возглави\w*|руковод\w*)|групп\w*\s+дружбы\s+(?:в|во)\s+(?P<group>{_BODY}))\s+$"
)
# The head of a delegation, also with its adjectives: `глава лаосской делегации`, Kazakh
# `делегациясының басшысы`, `head of the Lao parliamentary delegation`.
DELEGATION_HEAD = re.compile(
    r"(?<![\w-])(?:(?:глав|руководител)\w* (?:[а-яё-]+(?:ой|ей) ){0,2}делегаци\w*|"
    r"делегация\w* басшы\w*|head of (?:the )?(?:[\w-]+ ){0,2}delegation|delegation head)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# A parliament named in a post.
PARLIAMENT = re.compile(
    r"мажилис|сенат|парламент|мәжіліс|mazhilis|majilis|senate|parliament|сейм|sejm|"
    r"бундестаг|bundestag|собрани|assembly|конгресс|congress|палат|house of|кенеш|кеңес|"
    r"меджлис|мажлис|хурал|(?<!\w)рад[аыеу](?!\w)|(?<!\w)дум[аыеу](?!\w)|кнессет|knesset|сабор|"
    r"скупщин|стортинг|риксдаг|эдускунт|кортес|национальн\w* совет|majlis|duma|rada|sabor|"
    r"skupstina|storting|riksdag|cortes",
    re.IGNORECASE,
)
# A delegation that names no state: resolved to the story's main foreign state at the end.
STORY_STATE = "*"
# A place of visit before Kazakhstan: `прибыла в Казахстан`, `arrived in Kazakhstan`, `Қазақстанға`.
VISITED = re.compile(r"(?<![\w-])(?:в|во|in|to|into)\s+$", re.IGNORECASE)
# `headed by its member Name`, `led by its chair, Name`, `во главе с его председателем Имя`: a
# post the possessive ties to the delegation's body leaves the name its leader's.
LED_BY = re.compile(
    r"(?:во главе с|под руководством|led by|headed by|басшылығымен)\s+"
    r"(?:(?:its|their|ее|её|его|их)\s+[a-zа-яё-]+,?\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Baron|г-н|г-жа)\.?\s+)?$",
    re.IGNORECASE,
)
# The same idiom with a post between it and the name (`во главе с вице-маршалом Сейма Имя`).
LED_BY_POST = re.compile(
    r"(?:во главе с|под руководством|led by|headed by)\s[^.!?;,]*$", re.IGNORECASE
)
# `Mrs Yuko Sato, a member of the delegation,`, `Ана Кос, член делегации,`.
# Also with the delegation's adjective: `Name, a member of the Estonian delegation to PACE,`.
DELEGATE_AFTER = re.compile(
    r",\s+(?:(?:a|the)\s+)?(?:member|head|leader|член|глава|руководитель)\w*\s+"
    r"(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:делегаци\w*|delegation)",
    re.IGNORECASE,
)
# `, a member of the delegation,`, `, Vice-Speaker of the Sejm of Poland,` right after a name.
POST_AFTER_EN = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?((?:[A-Z][\w'-]*\s+){0,3}?(?i:"
    + ROLE_EN.pattern
    + r")(?:(?!(?i:"
    + _EN_VERB
    + r"))[^,;.:“”\"()]){0,120})"
    r"(?=[,;.:)]|\s+(?:said|says|noted|stressed|added|told)\b|$)"
)
# An English apposition after the name before: `Michael Grant, a member of the Senate, the upper
# house of Canada's parliament, Name briefed him`: the post is the one before's, not Name's.
APPOSITION_EN = re.compile(r"\s*,\s+(?:a|an)\s")
# A gloss of the chamber after a post: `Name, a member of the Sejm, the lower house of Poland's
# parliament,`: the state whose chamber it is.
CHAMBER_GLOSS_EN = re.compile(
    r",[^,.;]{1,120},\s+the\s+(?:[\w-]+\s+){0,2}(?:house|chamber)\s+of\s+(?P<state>[^,.;]{1,60})"
)
# A title for many: `Senators`, `MPs`; one person's post is singular.
_PLURAL_TITLE_EN = re.compile(r"(?<![\w-])(?:Members|Senators|MPs|MEPs|Deputies)(?![\w-])")
# A clause right after a name that says what body the person heads: `Имя, возглавляющая
# комиссию … Конгресса Колумбии`, `Name, who chairs the …`.
HEADS_AFTER = re.compile(
    r",\s+(?:возглавляющ\w*|руководящ\w*|who\s+(?:chairs|heads|leads))\s+"
    r"(?P<body>[^,;.:!?«»\"“”()\n]{3,120})",
    re.IGNORECASE,
)
# A post after a Russian name, closed by a comma or the sentence's end: `Имя, советник
# Министерства …, сказал`, `встретились с Имя, председателем комитета … парламента.`
POST_AFTER_RU = re.compile(
    r",\s+((?:\S+\s+){0,2}?(?:" + ROLE_RU.pattern + r")[^,;.:«»\"“”()\n]{0,120})(?:,|\.(?=\s|$))"
)


def post_after(text: str, end: int, language: str) -> str | None:
    """Return the post written right after a name that ends at end, if any.

    `Имя, советник Министерства …, сказал`; not a clause of its own (`Как отметил Имя, визит
    главы палаты открывает новую страницу`).
    """
    post = (POST_AFTER_EN if language == "en" else POST_AFTER_RU).match(text, end)
    if not post:
        return None
    if language == "ru" and any(is_verb(w) for w in post.group(1).split()):
        return None
    if language == "en" and _PLURAL_TITLE_EN.search(post.group(1)):
        return None  # `Ashimbayev, Canadian Senators Discuss …`: a list of two, no apposition
    return post.group(1).strip()


# A lower-case noun phrase led by a state's adjective right before a name: `израильский
# специалист по орошению`, `немецкий эксперт`, also after `с` and an outlet's dateline
# (`Agency.kz – Беседу с турецким дипломатом Имя провел …`).
DEMONYM_BEFORE = re.compile(
    r"\s*(?:\S+\s+[–—]\s+)?(?:\S+\s+)?(?:со?\s+)?([А-ЯЁа-яё][а-яё]+(?:ий|ый|ой|ая|ого|ому|им|ым|ую))"
    r"\s+(?:[а-яё][\w-]*\s+){1,5}$"
)
# A state's adjective and a noun closing the clause before a post: `с итальянским режиссером,`.
DEMONYM_APPOSITION = re.compile(
    r"(?<![\w-])([А-ЯЁа-яё][а-яё]+(?:ий|ый|ой|ая|ого|ому|им|ым|ую))\s+[а-яё]+\s*$"
)
# `his Chilean counterpart Ricardo Morales`: one or two lower-case nouns, no verb or preposition.
DEMONYM_BEFORE_EN = re.compile(
    r"(?:^|\s)([A-Z][a-z]+)\s+(?!(?:\w+\s+)?(?:with|to|by|and|of|for|at|in|on|met|meets|said|"
    r"says|told|\w+ed)\s)(?:[a-z][\w-]*\s+){1,2}$"
)
# A state's possessive right before a post: `Malta's non-resident Ambassador to …`.
POSSESSOR_EN = re.compile(r"(?:^|\s)([A-Z][\w-]+)['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
# A visit to Kazakhstan right after a name: the visitor is a foreign guest.
# A delegation that comes to Kazakhstan, in the clause after its leader's name.
COMES_TO_KZ = re.compile(
    r"[^.!?;]{0,80}?(?:(?:Астан|Қазақстан)\w*\s+(?:\w+\s+)?кел\w*|"
    r"(?:прибуд|прибыв|прибыл|приед|посет)\w*\s+(?:\w+\s+)?(?:в\s+)?(?:Астан|Казахстан)|"
    r"(?:arriv\w*|come|came|visit\w*)\s+(?:\w+\s+)?(?:in\s+|to\s+)?(?:Astana|Kazakhstan))",
    re.IGNORECASE,
)
VISIT = re.compile(r"(?<![\w-])(?:визит\w*|visit\w*|сапар\w*)", re.IGNORECASE)
VISIT_TO_KZ = re.compile(r"\s+(?:to|в|во)\s+(?:Astana|Kazakhstan|Астану|Казахстан)(?![\w-])")
# A visit named right before the visitor, and where to, after: `государственный визит Имя
# Фамилии в Монголию`.
VISIT_OF = re.compile(r"(?<![\w-])визит\w*\s+$", re.IGNORECASE)
VISIT_TO = re.compile(r"\s+(?:в|во)\s+")
# Those who accompany a guest are of the guest's state: `Грузинского парламентария
# сопровождали председатель комитета Имя`, `the Speaker was accompanied by MP Name`.
ACCOMPANIES = re.compile(
    r"(?<![\w-])(?:сопровожда\w*|сопроводил\w*|в\s+сопровождении|accompanied\s+by)(?![\w-])",
    re.IGNORECASE,
)
# One who has come to Kazakhstan is a guest, whatever the post: `прибывшим в Астану сенатором
# Имя`, `Имя, находящимся в Астане с официальным визитом`, `Name, who arrived in Astana`,
# Kazakh `Астанаға сапармен келген … Имя`.
_IN_KZ = r"(?:в|во|in|to)\s+(?:Астан|Казахстан|Astana|Kazakhstan)\w*"
_ARRIVES = (
    r"(?:прибыв|приехав|прилетев|находящ|пребывающ|прибыл|приехал|прилетел|находит|"
    r"пребыва|arriv|visiting|who\s+(?:is|was)\s+(?:in|visiting))\w*"
)
ARRIVED_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_ARRIVES}\s+(?:\S+\s+){{0,3}}?{_IN_KZ}|"
    r"(?:Астана|Қазақстан)\w*\s+(?:\S+\s+){0,2}?келген)(?:\s+[^\s,;:.!?]+){0,6}\s*$",
    re.IGNORECASE,
)
ARRIVED_AFTER = re.compile(
    rf",?\s+(?:(?:котор(?:ый|ая)|who)\s+(?:has\s+)?)?{_ARRIVES}\s+(?:\S+\s+){{0,3}}?{_IN_KZ}",
    re.IGNORECASE,
)
ORIGIN = re.compile(r",?\s+(?:из|from)\s+(?=\w)|\s*\((?=\w)", re.IGNORECASE)
# A clause after a name that says whom the person represents: `Имя, представляющая в
# Казахстане Королевство Швеция,`, `Name, who represents Norway,`, `Name, representing Chile,`.
REPRESENTS = re.compile(
    r",\s+(?:представляющ\w+|representing|who\s+represents)\s+(?:(?:в|in)\s+\S+\s+)?"
    r"(?P<whom>[^,;.:!?«»\"“”()\n]{3,80})",
    re.IGNORECASE,
)
ORIGIN_BEFORE = re.compile(r"(?<![\w-])(?:из|from)\s+(\S+(?:\s+\S+)?)\s*$", re.IGNORECASE)
# Between two names of a list: `Алия Нуркенова, Ержан Калиев и Вадим Гроссман`, `Ирина
# Пак пен Бақтияр Юлдашев`.
LISTED = re.compile(r"\s*(?:,|\sи|\sand|\sжәне|\sмен|\sбен|\sпен)\s*", re.IGNORECASE)
# A post in the plural, shared by the names listed after it.
PLURAL_POST = re.compile(
    r"(?:\S+\s+){0,3}?(?:депутаты|сенаторы|члены|парламентарии|министры|депутаттар\w*|"
    r"сенаторлар\w*|deputies|senators|MPs|members|lawmakers|parliamentarians|президенты|"
    r"послы|ambassadors|presidents|главы\s+(?:\w+\s+)?государств|heads\s+of\s+state|"
    r"(?:мемлекет|ел)\s+басшылар\w*)(?![\w-])",
    re.IGNORECASE,
)
# A list that names each one's state between the names after a plural post: `Послами Литвы
# Имя и Латвии Имя`, `послами Испании Имя, Италии Имя`.
LISTED_STATE = re.compile(
    r"\s*(?:,\s*(?:(?:и|and)\s+)?|(?:и|and)\s+)(?P<state>[^,;.!?()«»\n]{2,60}?),?\s*",
    re.IGNORECASE,
)
HEADS_OF_STATE = re.compile(
    r"(?:\S+\s+){0,2}?(?:президенты|presidents|глав[аы]\s+(?:\w+\s+)?государств|heads\s+of\s+state|"
    r"(?:мемлекет|ел)\s+басшылар\w*)$",
    re.IGNORECASE,
)
# `Имя в 2024 году возглавляла польскую делегацию`, `Name, who led the Polish delegation`.
LEADS_VERB_AFTER = re.compile(
    r"[^.!?;\n]{0,60}?(?<![\w-])(?:возглави\w*|возглавля\w*|led|headed)\s+"
    r"(?P<d>(?:\S+\s+){0,2}?(?:делегаци\w*|delegation))",
    re.IGNORECASE,
)
HOST_VERB = re.compile(
    r"(?<![\w-])(?:принял\w*(?!\s+участие)|приним\w*(?!\s+участие)|встрети\w*|встреча\w*|провел\w*|провёл\w*|беседова\w*|"
    r"приветствова\w*|met|meets?|received|receives|hosted|hosts|welcomed|welcomes|"
    r"h(?:e|o)lds?\s+talks|"
    # Kazakh `кездесу` is the noun `meeting`: `кездесуге қатысқан` took part, hosted no one.
    r"қабылда\w*|кездес(?!у)\w*)(?![\w-])",
    re.IGNORECASE,
)
# Receiving a delegation names no meeting abroad: `принял делегацию`, `делегациясын қабылдады`.
RECEIVED_VERB = re.compile(
    r"(?<![\w-])(?:принял\w*(?!\s+участие)|приним\w*(?!\s+участие)|received|receives|hosted|"
    r"hosts|welcomed|welcomes|қабылда\w*)(?![\w-])",
    re.IGNORECASE,
)
# A post of `the country` right before a name: `Президентом страны`, `ел Президенті`, `the
# country's President`.
COUNTRYS_POST = re.compile(
    r"(?:(?<![\w-])[\w-]+\s+страны|(?<![\w-])(?:ел|елдің)\s+[\w-]+|"
    r"the country['’]s\s+(?:[\w-]+\s+){0,1}[\w-]+)\s+$",
    re.IGNORECASE,
)
# A state's leadership headed by the name: `курс, проводимый руководством страны во главе с
# генералом Имя`, `правительство страны во главе с премьером Имя`.
COUNTRY_LED_BY = re.compile(
    r"(?<![\w-])(?:руководств|правительств|власт)\w*\s+страны\s+во\s+главе\s+со?\s+"
    r"(?:[а-яё-]+\s+)?$",
    re.IGNORECASE,
)
# An appointment or a release right after a name: `Имя назначен Послом …`, `Имя освобожден
# от должности посла`, `Name was appointed Ambassador …`.
APPOINTED = re.compile(
    r"\s+(?:был[аио]?\s+|was\s+|has been\s+)?(?:назначен[аоы]?|освобожд[её]н[аоы]?\s+от\s+"
    r"(?:занимаемой\s+)?должности|appointed(?:\s+as)?|relieved of (?:his|her) duties as)\s+"
    r"([^,;.:«»\"“”()\n]{3,120})",
    re.IGNORECASE,
)
APPOINTED_END = re.compile(
    r"\s+(?:в связи|по собственному|по совместительству|in connection|with effect)", re.I
)


_POSSESSIVE_POST = re.compile(r"(?:её|ее|его|их|its|their|her|his)\s+", re.IGNORECASE)
_GROUP_LED = re.compile(
    r"(?:делегаци\w*|delegation\s+of(?:\s+the)?)\s+([^,;.]+?)\s+(?:во главе с|под руководством|"
    r"led by|headed by)\s",
    re.IGNORECASE,
)


def own_post(position: str, text: str, start: int, end: int) -> str:
    """Return a post with `её`/`its` replaced by the body whose delegation it leads.

    `делегация Палаты советников Японии во главе с её вице-председателем Имя`: he is the
    vice-chair of the chamber, `вице-председатель Палаты советников Японии`. A Russian post
    that names no body of its own leaves the chamber out the same way (`делегация Сейма
    Польши во главе с вице-маршалом Имя`: `вице-маршал Сейма Польши`).
    """
    own = _POSSESSIVE_POST.match(position)
    group = _GROUP_LED.search(text, start, end)
    if not group:
        return position
    if own:
        return f"{position[own.end() :]} {group.group(1)}"
    if (
        _bare_post(position)
        and PARLIAMENT.search(group.group(1))
        and not re.search(r"[,;.]|\s(?:с|со)\s", text[group.end() : end])
    ):
        return f"{position} {group.group(1)}"
    return position


def _bare_post(position: str) -> bool:
    """Tell whether a Russian post names no body of its own (`вице-маршал`, `председатель`)."""
    words = position.split()
    return (
        bool(re.search(r"[а-яё]", position))
        and not PARLIAMENT.search(position)
        and not any(w[:1].isupper() for w in words[1:])
    )


@lru_cache(maxsize=20_000)
def post_profile(position: str) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """Return a post's role classes, word stems and whether it is a deputy's (for _by_role)."""
    own = VICE.sub(" ", position)
    classes = [n for n, pattern in ROLE_CLASSES if pattern.search(own)]
    if PARLIAMENT.search(position):
        # A post in a parliament (`руководитель группы Мажилиса`) is a member's.
        classes.append("deputy")
    stems = frozenset(s for w in re.findall(r"\w+", own) for s in word_stems(w))
    return tuple(classes), stems, bool(VICE.search(position))


@lru_cache(maxsize=20_000)
def post_initials(position: str) -> str:
    """Return the first letters of a post's words, to read an abbreviation of its body.

    `заместитель Председателя Национальной ассамблеи народной власти` -> `зпнанв`, which
    holds `НАНВ`.
    """
    return "".join(w[0] for w in re.findall(r"\w{3,}", VICE.sub(" ", position))).lower()


# A compound abbreviation opens with an adjective cut short: `Нацсобрание` is `Национальное
# собрание`, `Госдума` is `Государственная дума`, `Федсобрание` is `Федеральное собрание`.
_COMPOUND_HEAD = {"нац": "наци", "гос": "госу", "фед": "феде"}
_COMPOUND = re.compile(r"(нац(?!ион)|гос(?!удар|пож|пит|т)|фед(?!ерал|ерац))([а-яё]{4,})")


def word_stems(word: str) -> tuple[str, ...]:
    """Return the stems that tell posts apart: the word's first four letters (Russian
    spelling), and those of both words a compound abbreviation stands for."""
    low = kazakh_to_russian(word.lower())
    compound = _COMPOUND.fullmatch(low)
    if compound:
        return low[:4], _COMPOUND_HEAD[compound.group(1)], compound.group(2)[:4]
    return (low[:4],)


def _kazakh_list(words: list[str]) -> int:
    """Return how many words at the end of words form a list of fields inside a Kazakh post.

    `Ұлттық білім, мәдениет, жастар және спорт`, `Халықаралық қатынастар және
    парламентаралық байланыстар`: lower-case words joined by `және` (and commas), back to a
    capitalised word. 0 when the end is no such list.
    """
    n = 0
    for w in reversed(words[-8:]):
        if w[:1].isupper():
            # The capitalised word opens the name (`Халықаралық істер, …`) or is the list's
            # first field (`Экология, табиғат және энергетика`).
            n += w.endswith(",")
            run = words[len(words) - n :]
            return n if n and "және" in run else 0
        if not w.rstrip(",").isalpha() or re.search(r"(?:да|де|ды|ді|ты|ті)$", w.rstrip(",")):
            return 0
        n += 1
    return 0


# A sentence's start, for posts that open it.
SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n+)(?=[А-ЯЁ])")
# A word for any parliament: `спикер замбийского парламента` fits `Председатель Национальной
# ассамблеи`.
GENERIC_PARLIAMENT = re.compile(r"(?:парламент|parliament|законодател)\w*", re.IGNORECASE)
# A speaker told by a state's adjective and a common noun: `Китайский гость также`, Kazakh
# `қытайлық қонақ` (the adjective of a state ends in -лық/-дық/-тық).
DEMONYM_SPEAKER = re.compile(
    r"\s*([А-ЯЁа-яё][а-яё]+(?:ий|ый|ой|ая)|[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+(?:лық|лік|дық|дік|тық|тік))"
    r"\s+[а-яёәғқңөұүһі-]{4,}(?:\s+(?:также|же|тоже|та|те|да|де))?\s*"
)


# A dateline before a lead: `СЕУЛ. KAZINFORM – `, `ASTANA – `.
DATELINE = re.compile(r"\s*(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{2,}[.,]?\s+){1,4}[–—-]\s+")


def past_dateline(text: str, start: int, end: int) -> int:
    """Return start moved past a dateline there (`NEW DELHI – `), if it ends before end.

    The dateline's city is where the story was filed, not the state of a delegation after it.
    """
    dateline = DATELINE.match(text, start)
    return dateline.end() if dateline and dateline.end() <= end else start


# The agent of an English passive: `were received by`.
_BY = re.compile(r"\s+by(?![\w-])", re.IGNORECASE)
# Verbs of meeting: the Kazakh guests may be their subject (`the Kazakh MPs met Имя`).
_MEET_EN = re.compile(r"met|meets?|h(?:e|o)lds?\s+talks", re.IGNORECASE)
# Kazakh guests received: `казахстанских парламентариев принял`, `received the Kazakh delegation`.
_KAZAKH_GUESTS = re.compile(
    r"(?<![\w-])(?:казахстанск\w+|Kazakh(?:stani)?|қазақстандық)\s+(?:\w+\s+)?"
    r"(?:парламентари\w*|депутат\w*|сенатор\w*|делегаци\w*|коллег\w*|гост\w*|lawmakers|"
    r"delegation|MPs|parliamentarians|senators|guests|депутаттар\w*|делегация\w*)(?![\w-])",
    re.IGNORECASE,
)


def hosts_kazakhs(clause: str) -> bool:
    """Tell whether a clause before a name says the person received Kazakh guests.

    English names the guests after an active verb (`received the Kazakh MPs`), before a
    passive one (`the Kazakh MPs were received by`) or as the subject of meeting (`the Kazakh
    lawmakers met with`); guests before another active verb are no object of it: `contacts
    with Kazakh lawmakers and welcomed the visit of President Имя`.
    """
    guests = _KAZAKH_GUESTS.search(clause)
    verbs = list(HOST_VERB.finditer(clause))
    if not (guests and verbs):
        return False
    if not guests.group().isascii():
        return True
    return any(
        v.start() < guests.start() or _MEET_EN.fullmatch(v.group()) or _BY.match(clause, v.end())
        for v in verbs
    )


# Posts that are Kazakh when no state is named: the head of state and government, ministers,
# members of parliament, akims. Not a post in an organisation named by an unknown abbreviation.
_KAZAKH_POST = re.compile(
    r"^(?:\S+\s+){0,2}?(?:президент\w*|глав\w* (?:\w+ )?государств\w*|мемлекет басшы\w*|"
    r"heads? of state|"
    r"премьер-министр\w*|вице-премьер\w*|министр\w*|вице-министр\w*|аким\w*|әкім\w*|akim|"
    r"депутат\w*|сенатор\w*|парламентари\w*|спикер\w*|вице-спикер\w*|вице-председател\w*|председател\w*|"
    r"төраға\w*|president|prime minister|minister|deputy|senator|mp|speaker|chairman|"
    r"chairwoman|chair|(?:член|руководител)\w* (?:\S+ )?групп\w*|то[пб]\w* (?:жетекші|мүше)\w*|"
    r"член\w* (?:\S+ )?(?:комитет|комисси)\w*)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Kazakh puts the post's head noun last: `… ынтымақтастық жөніндегі тобының жетекшісі`.
_KAZAKH_POST_END = re.compile(
    r"(?<![\w-])(?:то[пб]\w*|комитет\w*|комиссия\w*)\s+(?:жетекші|мүше|төраға)\w*$", re.IGNORECASE
)
# Titles of one state's parliament only, when the text names no state: a `конгрессмен`,
# `Congressman` sits in the US Congress (other congresses' members are deputies or senators).
_NATIONAL_TITLES = (
    (
        re.compile(
            r"(?<![\w-])(?:конгрессмен\w*|конгрессвумен|congress(?:wo)?m[ae]n)(?![\w-])",
            re.IGNORECASE,
        ),
        "US",
    ),
)


def title_state(position: str) -> str | None:
    """Return the state whose parliament alone uses the title of a post, if any."""
    return next((code for title, code in _NATIONAL_TITLES if title.search(position)), None)


# `Member of Parliament` is the Westminster title; English news of Kazakhstan calls its own
# members deputies, senators or `MP` after a Kazakh chamber.
WESTMINSTER_MP = re.compile(r"^member of (?:the )?parliament$", re.IGNORECASE)
# `MP` is a title, not an organisation.
_ABBREVIATION = re.compile(r"(?<![\w-])(?!MPs?(?![\w-]))[A-ZА-ЯЁ]{2,}(?![\w-])")
# A partner state in a post: `с Вьетнамом`, `с Сеймом Республики Польша`, `with the Indian
# Parliament`, `Group on Kazakhstan`, Kazakh `Вьетнаммен`.
_PARTNER_BEFORE = re.compile(r"(?<![\w-])(?:с|со|with|on)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# Kazakh puts the suffix on the state's last word or on the noun after it (`Түркия
# парламентімен`, `Польша Сеймімен`, `АҚШ-пен`).
_PARTNER_SUFFIX = re.compile(r"(?:[\w-]+\s+){0,2}?[\w-]*\w-?(?:мен|бен|пен)(?![\w-])")


def partner_state(position: str, start: int) -> bool:
    """Tell whether the state named at start of a post is a partner (`по сотрудничеству с …`)."""
    return bool(
        _PARTNER_BEFORE.search(position[max(0, start - 40) : start])
        or _PARTNER_SUFFIX.match(position, start)
    )


# A chamber of a parliament other than Kazakhstan's, named without its state: `Палата
# депутатов Национального конгресса`, `Сейм`, `Бундестаг`, Kazakh `Жоғарғы Кеңес`, `member of
# the Knesset`, `депутат Собрания`, `Ассамблея представителей народа`. Kazakhstan's chambers
# are the Mazhilis and the Senate of its Parliament. A congress of people (`Конгресс
# предпринимателей`, `Congress of Leaders`) is no chamber.
_FOREIGN_CHAMBER = re.compile(
    r"(?<![\w-])(?:палат\w*\s+(?:депутатов|представителей|общин|лордов|советников|народов)|"
    r"ассамбле\w*\s+представителей|(?-i:Собрани[еяюи]\w*)|"
    r"(?:депутаттар|өкілдер)\s+палата\w*|конгресс\w*(?!\s+[а-яё]+(?:ов|ев|ей)(?![\w-]))|"
    r"сейм\w*|бундестаг\w*|бундесрат\w*|кнессет\w*|меджлис\w*|мажлис\w*|маджлис\w*|"
    r"хурал\w*|кортес\w*|стортинг\w*|риксдаг\w*|фолькетинг\w*|эдускунт\w*|сабор\w*|"
    r"скупщин\w*|кенеш\w*|жогорку|жоғарғы\s+кеңес\w*|ұлттық\s+жиналыс\w*|"
    r"(?:национальн|государственн)\w*\s+собрани\w*|государственн\w*\s+дум\w*|"
    r"(?-i:(?:Рад|Дум)(?:а|ы|е|у|ой|асы\w*)|Diet)|congress(?!\s+of\s)|sejm|seimas|saeima|"
    r"bundestag|bundesrat|knesset|majlis|khural|duma|rada|cortes|storting|riksdag|"
    r"chamber of deputies|house of (?:representatives|commons|lords|councillors)|"
    r"national (?:assembly|congress)|jogorku kenesh)(?![\w-])",
    re.IGNORECASE,
)
_KAZAKH_CHAMBER = re.compile(
    r"мажилис|мәжіліс|сенат|парламент|mazhilis|majilis|senate|parliament", re.IGNORECASE
)


def foreign_chamber(position: str) -> bool:
    """Tell whether a post is in a foreign parliament's chamber, not a partner of a Kazakh one.

    `председатель Палаты депутатов Национального конгресса` is; `руководитель группы Мажилиса
    по сотрудничеству с Сеймом` and `депутат Мажилиса` are not.
    """
    if _KAZAKH_CHAMBER.search(position):
        return False
    return any(not partner_state(position, m.start()) for m in _FOREIGN_CHAMBER.finditer(position))


# A chamber many states have, named without its state: `вице-председатель Сената`, Kazakh
# `Сенаттың комитетінің төрағасы`, `Senate Chair`. Not one named with Kazakhstan's Parliament.
_SHARED_CHAMBER = re.compile(r"(?<![\w-])(?:сенат\w*|senate)(?![\w-])", re.IGNORECASE)
_KAZAKH_NAMED = re.compile(
    r"мажилис|мәжіліс|mazhilis|majilis|казахстан|қазақстан|kazakh", re.IGNORECASE
)


def shared_chamber(position: str) -> bool:
    """Tell whether a post names its chamber by a name many states share (`Сенат`) only."""
    return bool(_SHARED_CHAMBER.search(position)) and not _KAZAKH_NAMED.search(position)


def kazakh_post(position: str) -> bool:
    """Tell whether a post with no state named is a Kazakh one (see Engine._person_country)."""
    if _ABBREVIATION.search(position):
        return False  # `директор ВОЗ`, `MP of the PACE`: an organisation the gazetteer lacks
    if foreign_chamber(position):
        return False
    return bool(
        _KAZAKH_POST.search(position)
        or re.search(r"(?:депутаты|сенаторы)$", position)
        or _KAZAKH_POST_END.search(position)
    )
