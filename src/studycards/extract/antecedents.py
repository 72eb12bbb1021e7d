"""Cards whose sentence points back or has lost its subject: shown after what they speak of, or not made.

A learner who sees 这个指导思想是{{…}}, 前款规定的{{…}}, 要{{…}}。 or 才能成为{{…}} cannot tell what is asked: what
the sentence speaks of stood before it. Such a card shows the sentence before it (of its paragraph, else the
paragraph before it in the same part, else the part's heading) when that is short and does not give the answer
away; otherwise it is not made. A card that points to a list it does not show (有下列行为之一的，…; 前款第三项) or
to an item is not made: no short sentence before it says what the list holds.
"""

from __future__ import annotations

import re

from studycards.extract.clauses import opens_on_another
from studycards.facts import GENERIC_WORDS, Fact, normalise
from studycards.outline import Document, sentences
from studycards.segment import segmenter

MAX_ANTECEDENT = 60
"""A sentence before a card this short may be shown on it; a longer one would bury the card."""

POINTER = "pointer"
NO_SUBJECT = "no subject"
LIST = "list"
CASE = "case"
"""What a card lacks (gap): what a word in it points back to, its subject, the list it names, or the rule its case
is a case of."""

REFERS = re.compile(
    r"上述|前述|前款|本款|前两款|前三款|为此|对此|(?:^|(?<=[，,；;：:]))以上(?=[^，,；;。\d]{0,3}[这各所的两二三四五六七八九十几])"
)
"""Words of a law or report that point to an earlier sentence or paragraph, wherever they stand before a blank (中央财政
为此将增加支出{{…}}: for what?)."""
DEMONSTRATIVE = re.compile(r"(?<![”’」』》])[这這](?!次|届|里是|样一[个個种種]|[“「])")
"""这 as what a clause speaks of (这个方针, 这些地区, 这样的胜利): it points outside the clause wherever it stands; not
这次 (the meeting the report itself is given at), nor the 这 that sums up a list, a quote or a title just before it
or names a kind (…有利于这“三个有利于”; “绿水青山就是金山银山”这一理念; 中国这样一个…的国度)."""
OPENING_PRONOUN = re.compile(
    r"^[对将由向在按依从为使把经与同据]?(?:(?<![应活本])该(?![当是死])|此(?![外后前时刻起])|其(?![他它余实次中])"
    r"|[他她它](?![人国乡日])(?:们|們)?)"
)
"""该/此/其 or a personal pronoun opening a clause (该单位…, 此类…, 其主要任务…, 对其…, 他们是…, 他在黨內…): further
in, they speak of the clause's own subject (个人将其所得…); 他人 is anyone else, a subject of its own."""
ITEM = re.compile(r"前项|前款第[一二三四五六七八九十]+项|(?<![条])第[一二三四五六七八九十]+项|前款所列")
"""A pointer to an item of a list: no short sentence before the card says what it is."""
NAMES_LIST = re.compile(
    r"下列|(?<![\d〇零一二两三四五六七八九十百千万亿元日月年岁人倍%％级])以下(?=[^，,；;。]{0,10}(?:之一|[：:]))"
)
"""A list the sentence names (有下列行为之一的, 以下情形之一) before what its card asks: what the card asks is said of
the list's members, which it shows only when they follow a colon on it."""
PREDICATE = re.compile(
    r"(?:成为|标志着|意味着|表明|说明了|体现了|有利于|有助于|关系到|事关|在于|(?:主要|重点|全部|专门)?用于)"
)
"""A verb that says something of a subject (标志着{{…}}; 在于{{…}}; 主要用于{{…}}: which funds?): a sentence opening on it
has lost what it speaks of. 是, 也, 才, 其 … are `clauses.opens_on_another`."""
MODAL = re.compile(r"(?:要(?![求素点件害闻义务领紧])|必须|就要|也要|还要|更要|都要|应当|应该|需要|务必|能够|就能)")
"""A modal a report's sentence opens on: the genre's own voice (要切实把{{教育}}摆在…), unless the card hides all that
follows it (要{{…}}。: who must do what?)."""
CASE_OPENING = re.compile(r"^[^，,；;。：:]{2,24}(?:的|前)[，,]")
"""A clause that opens on a case of the rule before it (…每二万五千人可以增加一名代表；人口超过一千万的，代表总名额不得
超过{{…}}; …有权予以制止；制止无效的，…): cut after its semicolon, it no longer says whose or which rule it is."""
CONSENT = re.compile(r"^经[^，,；;。]{1,16}(?:同意|批准|许可|决定)[，,]")
"""A consent that opens a sentence (经承租人同意，): the modal after it acts for a subject named before."""
COMPARED = re.compile(
    r"(?:^|[，,；;：:])(?:但|但是)?(?:可以|应当|不得|也|均|都)?(?:适当)?(?:少于|多于|低于|高于|超过|不足|不超过|不少于|不低于)$"
)
"""A comparison that opens its clause right before the blank (…自治县，经…决定，可以少于{{二分之一}}): less than what?"""
MEASURED = re.compile(r"数|额|量|率|比例|期|时间|面积|标准|年限|价格|费用|人数|倍|距离|高度|长度|规模|时限")
"""What a comparison measures (人口数, 名额, 期限): named before it, the comparison says what it compares."""
RULE_MODAL = re.compile(r"应当|可以|不得|必须|有权|方可")
SENTENCE_MARK = re.compile(r"[。！？!?]|……")
CLAUSE_MARK = re.compile(r"[，,；;：:]")


def gap(fact: Fact) -> str:
    """What a card of `fact` lacks to be answered (POINTER, NO_SUBJECT, LIST), or "" when it opens on a sentence
    before its blank's or says what it speaks of. Outline lists are cued by their heading."""
    if fact.kind == "outline" or not fact.spans:
        return ""
    opening = fact.text[: fact.spans[0][0]]
    named = NAMES_LIST.search(opening)
    if named and not re.search(r"[：:].", fact.text[named.end() :]):
        return LIST  # 有下列行为之一的，处{{…}}: what the acts get; 申请前{{一年}}内，…下列行为… asks a limit, kept
    if SENTENCE_MARK.search(opening):
        return ""  # the card shows what came before its sentence
    if ITEM.search(opening):
        return LIST
    if CASE_OPENING.match(fact.text) and _after_semicolon(fact):
        return CASE
    return lacks(fact.text, opening)


def _mark_before(fact: Fact) -> str:
    """The mark just before the card's text in its paragraph ('' where the text opens it or is not found)."""
    at = fact.origin.paragraph.find(fact.text)
    return fact.origin.paragraph[at - 1] if at > 0 else ""


def _after_semicolon(fact: Fact) -> bool:
    """The card's text stands after a semicolon in its paragraph: a clause cut from its sentence."""
    return _mark_before(fact) in ("；", ";")


def _case_going_on(fact: Fact, before: str) -> bool:
    """The card's sentence opens on a case of what `before`, the sentence before it in its paragraph, is about (受委托
    创作的作品，著作权的归属由…通过合同约定。|合同未作明确约定或者没有订立合同的，著作权属于{{受托人}}): a word of the case
    stands there."""
    case = CASE_OPENING.match(fact.text)
    if not case or _mark_before(fact) not in ("。", "！", "？"):
        return False
    return any(
        len(word) > 1 and word not in GENERIC_WORDS and word in before for word in segmenter().words(case.group())
    )


def lacks(text: str, opening: str) -> str:
    """What `text` lacks when a reader sees nothing before it: what `opening` (its words before what is asked)
    points back to (POINTER), or its subject (NO_SUBJECT); "" when it says what it speaks of."""
    first = CLAUSE_MARK.split(opening, maxsplit=1)[0]
    if REFERS.search(opening) or DEMONSTRATIVE.search(first) or OPENING_PRONOUN.match(first):
        return POINTER
    if PREDICATE.match(text) or opens_on_another(text):
        return NO_SUBJECT
    modal = MODAL.match(text)
    if modal and modal.end() == len(opening):
        return NO_SUBJECT
    if COMPARED.search(opening) and not MEASURED.search(opening):
        return NO_SUBJECT  # 可以少于{{二分之一}}: what the rule compares is in a sentence before
    consent = CONSENT.match(text)  # 经承租人同意，可以{{转租}}: who may is in the sentence before
    return NO_SUBJECT if consent and RULE_MODAL.match(text[consent.end() :]) else ""


def with_antecedent(fact: Fact, before: str, answers: tuple[str, ...] = ()) -> Fact | None:
    """`fact` as a card a learner can answer: as it is, after `before` (what the reader saw just before its text)
    when it points back or has no subject, or None when `before` cannot be shown: long, a list's lead, or holding
    an answer of the card or one of `answers` (what other cards of its paragraph ask)."""
    lacking = gap(fact)
    if not lacking:  # a case going on with the sentence before: shown after it where it can be, else as it is
        return (
            fact.prefixed(before)
            if _case_going_on(fact, before) and _showable(before, fact.answers + answers)
            else fact
        )
    if lacking == CASE:  # the start of its own sentence: the other blanks there join its note, in view on its card
        answers = ()
    if lacking == LIST or not _showable(before, fact.answers + answers):
        return None
    shown = fact.prefixed(before)
    return None if gap(shown) else shown  # 所有这些规定，|都将…: the rest of its sentence points back too


def _showable(before: str, answers: tuple[str, ...]) -> bool:
    """A sentence before a card that may be shown: short, no list's lead, not pointing back itself (所有这些规定…),
    none of `answers` in it."""
    if not before or len(before) > MAX_ANTECEDENT or before.endswith(("：", ":")) or lacks(before, before):
        return False
    shown = normalise(before)
    return not any(len(asked) > 1 and asked in shown for asked in map(normalise, answers))


def antecedents(document: Document, facts: list[Fact], mended_later: bool = False) -> list[Fact]:
    """`facts` whose cards can be answered, each shown after its antecedent where it needs one; with
    `mended_later`, a card that cannot show it is kept as it is for a later step (a law's penalty gets its offence
    clause: 违反本法第七十四条的规定…的，……对该民用航空器所有人处以{{…}}的罚款)."""
    earlier = previous_paragraphs(document)
    asked: dict[int, tuple[str, ...]] = {}
    for fact in facts:
        asked[fact.origin.line] = asked.get(fact.origin.line, ()) + fact.answers
    kept = []
    for fact in facts:
        line, previous = earlier.get(fact.origin.line, (0, ""))
        before = sentence_before(fact, previous)
        shown = with_antecedent(fact, before, asked.get(fact.origin.line, ()) + asked.get(line, ()))
        if shown is not None or mended_later:
            kept.append(shown or fact)
    return kept


def sentence_before(fact: Fact, previous: str) -> str:
    """What a reader saw just before the card's text: the rest of its sentence when the card was cut from it, else
    the sentence before it in its paragraph, else the last sentence of `previous` (the paragraph or heading before);
    "" when the card's text is not found in its paragraph."""
    paragraph = fact.origin.paragraph
    at = paragraph.find(fact.text)
    if at < 0:
        return ""
    head = paragraph[:at]
    if head and not SENTENCE_MARK.search(head[-1:]):
        start = max((m.end() for m in SENTENCE_MARK.finditer(head)), default=0)
        return head[start:]  # 我们必须清醒看到，|要{{…}}: the card cut its sentence's subject off
    said = sentences((head or previous).strip())
    return said[-1].strip() if said else ""


def previous_paragraphs(document: Document) -> dict[int, tuple[int, str]]:
    """For each paragraph's line, the line and text of what stood before it in its part: the paragraph before, or
    the part's heading."""
    earlier: dict[int, tuple[int, str]] = {}
    for node in document.nodes():
        before = (node.line, f"{node.title}。" if node.kind != "article" and node.title else "")
        for paragraph in node.paragraphs:
            earlier.setdefault(paragraph.line, before)
            before = (paragraph.line, paragraph.text)
    return earlier
