"""Cards that give away their own answer: a front that states it elsewhere (申请{{变更登记}}……办理变更登记), states
all of it but a light verb (当事人应当{{协商解决}}；协商不成的…), or writes the same figure again, its qualifier
aside (目标为{{5%左右}}……增长5%). The learner reads the answer instead of recalling it."""

from __future__ import annotations

import re

from studycards.facts import Fact
from studycards.segment import Segmenter

MIN_STATED = 2
"""Characters of an answer (or of what the front shows of it) that count as stating it: not the 一 of 一年."""
LIGHT = frozenset(
    "解决 进行 实行 给予 予以 加以 办理 作出 做出 处理 依法 及时 立即 发给 发放 列入 纳入 载入 记入 编入 通过".split()
)
"""A light verb, or the adverb any law puts before a verb: what an answer may hold besides the words its front
states and still be given away (协商|解决 after 协商不成; 依法|征税 beside 违法方法征税; 立即|予以冻结 beside 冻结前).
The adverbs call no more of the exam's fill blanks given (105 of 7,324 either way), and 5 tune / 8 check blanks more.
Verbs that hand or enter what the front names (并应当{{发给选民证}} after 凭选民证…的; {{列入共同海损}} after 共同海损分摊)
call none more of the exam's, 0 tune and 3 check cards more (two blind readers dropped 发给选民证 as given). The means
通过 (应当{{通过协商解决}}；协商不成的…) neither."""
KIND_NOUNS = frozenset("制度 机制 体系 管理 工作 办法 规定 措施 政策 结果 机构 监督 报告 情况 名录".split())
"""What kind of thing an answer is, besides what it is of: where the front states the rest, at least as long
(STATED_SHARE), it gives the answer away (国家实行{{药品储备制度}}，建立…药品储备; …考核评价制度，并将{{考核评价结果}}作为…;
…仲裁条款，向{{仲裁机构}}申请仲裁; 对金融工作进行监督，建立健全{{金融工作情况报告}}制度). Examiners hide two such answers
in 7,324 blanks (结果 adds none)."""
STATED_SHARE = 1
"""How many times as long as its kind words the stated words of such an answer are. Replayed against 2,066 cards
blind readers judged, 机构 监督 报告 情况 名录 and a share of 1 (was 2) take 12 cards they dropped and 1 they kept; the exam
calls one fill blank more given (106 of 7,324: 相互补充的各级各类市场的总和是指{{市场体系}})."""
PARTICLES = frozenset("的 之 和 与 及 或".split())
"""What may stand besides those in such an answer."""
ORGAN = re.compile(r"(?:院|部门|委员会|政府|机关|机构|会议|法院|部)$")
"""An organ's name: written again as the head of a longer name (国务院|交通主管部门) it is another organ, the one an
examiner offers beside it, not the answer."""
QUALIFIED = re.compile(r"(?:以上|以下|以内|之内|以外|左右|多|余)")
"""A figure written again with a qualifier (处三年以上七年以下…处{{三年以下}}): a rung of a ladder, not the answer."""
QUALIFIER = re.compile(r"^(?:约|近|超过|不低于|不超过|不少于|不足|至少|至多)|(?:左右|以上|以下|以内|之内|多|余)$")
"""What a figure says besides its number (5%左右, 十五日以内): the number alone on the front gives it away."""
QUOTES = re.compile(r"[\s“”‘’\"'《》〈〉「」『』（）()【】]")
FELLOWS = frozenset("、和与及或")
"""What stands between members named together (上单翼、中单翼和下单翼)."""
NUMERAL = r"[0-9０-９.．一二三四五六七八九十百千万亿零〇两]"


def gives_away(front: str, answer: str, seg: Segmenter, member: bool = False) -> bool:
    """Whether `front` (a card's text, its answer hidden) states `answer`: whole, its figure without the qualifier, or
    every word of it but light ones or, mostly stated, its kind (制度, 机制). Named beside its fellows (分为A和B。其中，
    {{A}}…) it is one to choose, as examiners ask it, unless it is itself a `member` of a list the front names again."""
    hidden = front.find("□")
    if hidden >= 0 and GLOSS.match(front, hidden + 1):
        return True  # “{{三河三湖}}”（即：淮河海河辽河、太湖巢湖滇池）: the gloss spells it out
    answer, shown = _plain(answer), _plain(front)
    if len(answer) < MIN_STATED:
        return False
    if _stated(answer, shown, seg, member) or _mirrored(answer, shown, seg):
        return True
    if re.search(NUMERAL, answer):  # a figure's unit (万吨, 亿元) is no giveaway: only its number
        number = QUALIFIER.sub("", answer)
        return number != answer and len(number) >= MIN_STATED and _stated(number, shown, seg, member)
    words = seg.words(answer)
    if RULE_PREDICATE.search(shown) and _spelt_out(words, shown):
        return True
    stated = [word for word in words if len(word) >= MIN_STATED and _stated(word, shown, seg, member)]
    rest = [word for word in words if word not in stated and word not in PARTICLES]
    if not stated or not rest:
        return False
    if all(word in LIGHT for word in rest):
        return True
    kinds = all(word in LIGHT or word in KIND_NOUNS for word in rest)
    return kinds and sum(map(len, stated)) >= STATED_SHARE * sum(map(len, rest))


MIRRORED_WORDS = 3
"""Words of two characters or more an answer holds for its mirror to give it away: a slogan turned round (一切联合，否认
斗争 beside 一切斗争，否认联合), not a term beside its inverse (阵地伏击 beside 伏击阵地, which examiners ask)."""


def _mirrored(answer: str, shown: str, seg: Segmenter) -> bool:
    """Whether `shown` holds, on word edges, the answer's words in another order (the card is answered by turning the
    slogan in view round)."""
    words = seg.words(answer)
    if sum(len(word) >= MIN_STATED for word in words) < MIRRORED_WORDS:
        return False
    bag, characters = sorted(words), sorted(answer)
    for at in range(len(shown) - len(answer) + 1):
        stretch = shown[at : at + len(answer)]
        if stretch != answer and sorted(stretch) == characters and sorted(seg.words(stretch)) == bag:
            if _on_word_edges(shown, at, at + len(answer), seg):
                return True
    return False


GLOSS = re.compile(r"[”’」』]*[（(](?:即|也就是|简称)")
"""What follows a blank its gloss spells out: brackets that say what it is."""
RULE_PREDICATE = re.compile(r"(?:应当|不得|必须|禁止)□(?:[。；;，,]|$)")
"""A hidden predicate a rule's modal word opens and its clause ends on (无药品生产许可证的，不得{{生产药品}}。)."""


def _spelt_out(words: list[str], shown: str) -> bool:
    """Whether every word of two characters or more of a rule's predicate stands in its front, inside a longer word too
    (生产|药品 in 药品生产许可证; 开立 and 基本账户 in 开立一个基本账户): the condition spells what is forbidden.
    Blind readers dropped 7 of 9 such cards; examiners hide none of the 17 exam blanks so placed."""
    long = [word for word in words if len(word) >= MIN_STATED]
    return bool(long) and all(word in shown for word in long)


def _plain(text: str) -> str:
    """`text` without quotes, brackets or spaces: the marks that part a list's members stay."""
    return QUOTES.sub("", text)


def _stated(answer: str, shown: str, seg: Segmenter, member: bool) -> bool:
    """`answer` in `shown` as whole words (not the 民生 of 人民生活), a figure not as part of a longer number (一年
    not in 十一年; 10% not in 110%), not among its fellows unless it is a `member` itself."""
    before = f"(?<!{NUMERAL})" if re.match(NUMERAL, answer) else ""
    after = f"(?!{NUMERAL})" if re.search(NUMERAL + "$", answer) else ""
    figure, organ = bool(re.search(NUMERAL, answer)), bool(ORGAN.search(answer))
    for match in re.finditer(before + re.escape(answer) + after, shown):
        if not _on_word_edges(shown, match.start(), match.end(), seg):
            continue
        if figure and QUALIFIED.match(shown, match.end()) or organ and CONTINUED.match(shown, match.end()):
            continue
        if not member and (
            shown[match.start() - 1 : match.start()] in FELLOWS or shown[match.end() : match.end() + 1] in FELLOWS
        ):
            continue
        return True
    return False


def _on_word_edges(text: str, start: int, end: int, seg: Segmenter) -> bool:
    """Whether words of `text` start at `start` and end at `end`: the stretches there cut alone (a front cut whole for
    each card cost a third of a deck's build)."""
    return start in seg.dictionary_starts_around(text, start) and end in seg.dictionary_starts_around(text, end - 1)


CONTINUED = re.compile(r"[\u4e00-\u9fff](?<![的和与及或])")
"""A name going on after an organ's (国务院|有关部门): what follows is no particle."""


HIDDEN = "□"
"""What stands for a hidden answer on a front this module reads."""


def _listed(fact: Fact) -> bool:
    """A list asked whole or in turn: each of its cards hides all its members."""
    return fact.whole or fact.kind == "enumeration"


def card_fronts(fact: Fact) -> list[tuple[str, str]]:
    """(front, answer) of each card of `fact`: a list asked whole or in turn hides all its members; another fact's card
    hides its one answer and shows the others (a cloze note's other deletions)."""
    if _listed(fact):
        front = fact.period + fact.front(HIDDEN)
        return [(front, answer) for answer in fact.answers]
    fronts = (fact.period + fact.with_spans([span]).front(HIDDEN) for span in fact.spans)
    return list(zip(fronts, fact.answers))


def without_giveaways(fact: Fact, seg: Segmenter) -> Fact | None:
    """`fact` without the blanks its own front states; None when none is left, or when a list's front states half its
    members or more (侵占、截留、挪用…的，按照其侵占、截留、挪用的行为处罚). An outline's points pass as they are."""
    if fact.kind == "outline" or not fact.spans:
        return fact
    cards = card_fronts(fact)
    listed = _listed(fact)
    keep = [span for span, (front, answer) in zip(fact.spans, cards) if not gives_away(front, answer, seg, listed)]
    if len(keep) == len(fact.spans):
        return fact
    if listed:  # a list is asked whole: one member named again is a mere hint
        return fact if 2 * (len(fact.spans) - len(keep)) < len(fact.spans) else None
    return without_giveaways(fact.with_spans(keep), seg) if keep else None  # a kept answer may state the dropped one
