"""Blanks that ask nothing of the document: an evaluative filler (这标志着…进入{{一个新阶段}}; 是…的{{重要组成部分}};
{{这次大会}}) names no fact a learner could recall, and an answer the card shows elsewhere is read, not recalled. Examiners never hide one (0 of the tuning half's 3,674 blanks)."""

from __future__ import annotations

import re
import unicodedata

from studycards.extract.clauses import CUE_CHARACTER, MIN_SHOWN, NOT_CUE, cue_length
from studycards.extract.provisions import JOINS
from studycards.facts import DETERMINER_WORDS, Fact, normalise
from studycards.parsing.numbering import WORDED_SHARE, cn_number, share_value
from studycards.segment import segmenter
from studycards.closedsets import beside_fellows, stock, stock_lists_of

QUANTIFIER = (
    r"(?:(?:又|再)?[一这那每本此][个支项种件部批次条届位场]|一部分|一系列|这些|那些|一些|许多|若干|各项|各种|多种)"
)
"""A measure or quantifier that opens a filler: 一个, 一支, 这次, 一部分."""
EVALUATIVE = (
    r"(?:最?重要|重大|主要|伟大|巨大|很大|强大|有力|显著|深刻|突出|积极|良好|必要|有益|不可缺少|不可或缺|更大|更多|最大|大|"
    r"历史性?|长期|长时期|艰巨|复杂|优良|严重|光荣|共同|正当|奋斗|迫切|关键|基本|有机|坚定不移)"
)
"""Words that weigh what follows without saying what it is."""
GENERIC = (
    r"(?:问题|组成部分|部分|力量|方面|任务|作用|大会|会议|时代|时期|阶段|环节|内容|因素|事情|措施|步骤|意义|成就|成绩|进展|"
    r"变化|工作|课题|举措|领域|途径|手段|条件|基础|保障|保证|动力|来源|支撑|贡献|影响|地位|一步|一环|过程|事件|传统|政策|标志|愿望|目标|态度|支柱|原因|要求|需要|整体|形式|事业)"
)
"""Nouns any report says of anything."""
QUALITIES = r"(?:正确|严格|新型|合理|适当|认真|切实|深入|有效|稳妥|重要|重大|良好|必要|巨大|显著)"
"""Words any rule or thing is said to have (实行{{严格}}的责任制, 坚持{{正确}}的原则): hidden alone, they ask nothing
(a stance that tells policies apart, 积极 or 稳健, is asked)."""
PRAISED = r"(?:方针|代表|战士)"
"""Nouns of a kind that a weighing word turns into praise (一贯方针, 典型代表, 先锋战士); not generic alone (三个代表,
党的方针)."""
PRAISING = rf"(?:{EVALUATIVE}|一贯|典型|先锋|优秀|忠实)"
"""What weighs a noun of PRAISED: EVALUATIVE and the words of a eulogy."""
WEIGHING = rf"(?:(?:{EVALUATIVE}|新)的?|(?:有|具有){EVALUATIVE}*(?:意义|影响)的?)"
"""What weighs a thing after a quantifier: 新, 重要的, 有伟大意义的."""
FILLER = re.compile(
    rf"^(?:{QUANTIFIER}{WEIGHING}*{GENERIC}?|{QUANTIFIER}[^的]{{1,3}}的?{GENERIC}|(?:{EVALUATIVE}的?)*{GENERIC}之一|(?:{EVALUATIVE}的?)+{GENERIC}"
    rf"|{QUALITIES}的?"
    r"|(?:现在|目前|今天)?(?:这样|那样|别样)"
    rf"|(?:我们|我国|我们党|自己)的?(?:(?:{EVALUATIVE}|新)的?)*{GENERIC}"
    rf"|(?:我们|我国|我们党)?的?(?:{PRAISING}的?)+{PRAISED})$"
)
"""A quantifier with weighing words or a short qualifier before a generic noun (一个新阶段, 各种不同形式, 一支重要力量, 一件有伟大意义的事情, 一部分, 这次大会), or weighing words with a generic noun
(重要组成部分, 重大问题, 大问题, 历史过程), or one of a generic kind (时期之一), or a demonstrative (现在这样), or praise
before a kind (我们的一贯方针, 典型代表). 新时代 alone stays: without 一个 it is the name of a period."""
STANDS_FOR = re.compile(
    r"^(?:它们?|他们|她们|其|自己|大家|[这那此该](?:[一两二三四五六七八九十几]?[个些种样类项件次条点]|一)?[\u4e00-\u9fff]{0,4}"
    r"|第[一二三四五六七八九十]+[个项条点件][\u4e00-\u9fff]{0,2})$"
)
"""A pronoun, a demonstrative phrase or an ordinal of a list (它们, 这种现象, 这四件大事, 其中最重要的是{{第一项任务}}): it
stands for what another sentence names."""
DISCOURSE = re.compile(
    r"^(?:(?:应该|应当|必须|需要|我们要|还要)(?:指出|看到|说明|承认)|总之|总而言之|因此|同时|实践证明|事实证明|历史证明|毫无疑问"
    r"|因为|由于|所以|如下|以下)$"
)
"""How a report leads into what it says (应该指出，…): no fact of its own."""
HABIT = re.compile(
    r"^..+(?:历来|一贯|一向|向来|一再|再三|反复|多次|屡次|曾经|早就|早已|始终|一直|总是|从来|常常|经常)$"
)
"""A speaker or a subject with how often it acts ({{毛主席历来}}教导我们): the blank stops before what is said or done.
Examiners hide one in 0 of the tuning half's 3,674 blanks."""


MIN_IN_VIEW = 4
"""Characters an answer holds to count as shown when it stands elsewhere on its card: a phrase (予以协助), not a
name that recurs as part of another (报{{国务院}}批准 beside 国务院交通主管部门 asks which organ approves)."""


def is_filler(answer: str) -> bool:
    """Whether `answer` is a measure or weighing words around a generic noun, nothing of its own, or a subject cut
    from its verb after an adverb of habit."""
    key = normalise(answer)
    return bool(FILLER.match(key) or STANDS_FOR.match(key) or DISCOURSE.match(key) or HABIT.match(key))


def _in_view(fact: Fact, span: tuple[int, int]) -> bool:
    """The answer at `span` stands whole in another sentence its card shows (…等机关予以协助。有关机关应当{{予以协助}}).
    Within its own sentence the ranking cuts a card down to the clause that leaves it out (ranking._in_its_clause)."""
    answer = normalise(fact.text[span[0] : span[1]])
    if len(answer) < MIN_IN_VIEW:
        return False
    start = max(fact.text.rfind(mark, 0, span[0]) for mark in SENTENCE_ENDS) + 1
    ends = [at for at in (fact.text.find(mark, span[1]) for mark in SENTENCE_ENDS) if at >= 0]
    others = normalise(fact.text[:start] + "□" + fact.text[min(ends, default=len(fact.text)) :])
    return answer in others


SENTENCE_ENDS = "。！？!?"
PLAN = re.compile(r"[一二三四五六七八九十]+五")
"""A five-year plan by its number (一五, 十一五): one of a series a card tells apart only by the number."""


def plan_beside_plan(text: str, span: tuple[int, int]) -> bool:
    """A plan's number hidden beside another plan's (“{{一五}}”时期…，“五五”时期…; {{十五}} beside 十一五): the
    card asks which number of a series, read off the one in view."""
    answer = text[span[0] : span[1]].strip('“”" 　')
    return bool(PLAN.fullmatch(answer)) and bool(PLAN.search(text[: span[0]] + "□" + text[span[1] :]))


OPPOSITES = (("少数", "多数"), ("主要", "次要"), ("先进", "落后"), ("积极", "消极"), ("正确", "错误"), ("局部", "全局"))
"""Words whose opposite a parallel clause gives away."""


def mirrored(text: str, span: tuple[int, int]) -> bool:
    """An answer whose opposite stands after the same word in another clause of its card (…是少数，…是{{多数}}): the
    mirror gives it away."""
    answer, before = text[span[0] : span[1]], text[span[0] - 1 : span[0]]
    rest = text[: span[0]] + "□" + text[span[1] :]
    return bool(before) and any(
        before + other in rest for pair in OPPOSITES if answer in pair for other in pair if other != answer
    )


TWIN_LENGTH = 4
TWIN_NEIGHBOUR = re.compile(r"[\u4e00-\u9fff]+")
TWIN_GAP = re.compile(r"[”’\"]?[、，,和与及][“‘\"]?")
"""What stands between two items side by side: a mark that parts them, in or out of their quotes."""
TWIN_BEFORE = re.compile(rf"(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]+){TWIN_GAP.pattern}$")
TWIN_AFTER = re.compile(rf"{TWIN_GAP.pattern}([\u4e00-\u9fff]+)(?:[^\u4e00-\u9fff]|$)")
"""The whole item before or after an answer, between marks."""


def twin_half(text: str, span: tuple[int, int]) -> bool:
    """An answer of four or more characters beside its twin, the same words but for one place name or word swapped
    once or twice (“港人治港”、“{{澳人治澳}}”; “爱国者治港”、“{{爱国者治澳}}”), each item whole between marks: the twin in
    view spells it. Examiners hide none of 7,324 fill blanks so. 经济建设 beside
    社会建设 swaps two different characters and stays asked; so do two-character members (湘绣、{{粤绣}})."""
    answer = text[span[0] : span[1]]
    if len(answer) < TWIN_LENGTH or not TWIN_NEIGHBOUR.fullmatch(answer):
        return False
    before = TWIN_BEFORE.search(text[: span[0]])
    after = TWIN_AFTER.match(text[span[1] :])
    return any(_twins(answer, found.group(1)) for found in (before, after) if found)


def joined_twins(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with twins side by side asked as one (“{{港人治港”、“澳人治澳}}”): each alone is spelt by the other."""
    joined: list[tuple[int, int]] = []
    for span in spans:
        if joined and TWIN_GAP.fullmatch(text[joined[-1][1] : span[0]]):
            if _twins(text[joined[-1][0] : joined[-1][1]], text[span[0] : span[1]]):
                joined[-1] = (joined[-1][0], span[1])
                continue
        joined.append(span)
    return joined


def _twins(a: str, b: str) -> bool:
    """The same length, one pair of characters swapped in one or two places (港人治港 / 澳人治澳)."""
    swapped = {(x, y) for x, y in zip(a, b) if x != y}
    places = sum(x != y for x, y in zip(a, b))
    return len(a) == len(b) and len(swapped) == 1 and places <= 2


COUPLET_HALF = re.compile(r"[\u4e00-\u9fff]{4}")
"""A clause of four characters: one half of a couplet (是人心所向，大势所趋; 百年大计，教育为本)."""
CLAUSE_EDGE = '，,。；;：:！？“”‘’"'
"""What stands at a couplet clause's edge."""


RULE_WORDS = re.compile(r"的|不得|应当|必须|可以|禁止|未经|不予|予以")
"""What makes a four-character clause a rule's condition or consequence (不合格的，{{取消录用}}; 未经检查，{{不得起飞}}),
asked as a rule, not a couplet."""


def couplet_half(text: str, span: tuple[int, int]) -> bool:
    """An answer that is one four-character clause of a couplet whose other half stands beside it (是{{人心所向}}，
    大势所趋; 百年大计，{{教育为本}}): the half in view recalls the set phrase. Examiners hide one in 3 of 7,040
    single-blank fill items, against 982 blanks of four characters. A maxim's half stays: the saying is what it asks
    (治国之要，{{首在用人}})."""
    start, end = span
    if not COUPLET_HALF.fullmatch(text[start:end]):
        return False
    after = re.match(r"[，,]([\u4e00-\u9fff]{4})(?=[，,。；;！!]|$)", text[end:])
    before = re.search(r"(?:^|[" + CLAUSE_EDGE + r"]|是|为)([\u4e00-\u9fff]{4})[，,]$", text[:start])
    opens = start == 0 or text[start - 1] in CLAUSE_EDGE or text[start - 1] in "是为"
    closes = end == len(text) or text[end] in CLAUSE_EDGE
    other = (after if opens else None) or (before if closes else None)
    return other is not None and not any(RULE_WORDS.search(half) for half in (text[start:end], other.group(1)))


AMOUNT = re.compile(
    r"(?<![\d.．，,])(\d{1,3}(?:[，,]\d{3})+(?!\d)|\d+)(?:[.．](\d+))?(万亿|亿|万|千|%|％)?(?![\d年月日])"
)
"""An amount in digits (full-width too), with its multiplier or as a share; not a year or a date."""
SCALE = {"千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}


def _amounts(text: str) -> list[tuple[int, int, float]]:
    """Where the amounts of `text` stand, in digits or in words (一百个, 百分之十), with their values; a share's value
    is negative (never an amount's)."""
    found = []
    for match in AMOUNT.finditer(unicodedata.normalize("NFKC", text)):
        whole = float(re.sub("[，,]", "", match.group(1)) + "." + (match.group(2) or "0"))
        unit = match.group(3) or ""
        found.append((match.start(), match.end(), -whole if unit == "%" else whole * SCALE.get(unit, 1)))
    shares = [(match.start(), match.end(), -share_value(match)) for match in WORDED_SHARE.finditer(text)]
    within = [range(start, end) for start, end, _ in shares]
    words = [
        (match.start(), match.end(), _worded_value(match.group()))
        for match in WORDED_AMOUNT.finditer(text)
        if not any(match.start() in taken for taken in within)
    ]
    return sorted(found + shares + words)


def _said_twice(text: str, span: tuple[int, int]) -> bool:
    """A figure its card says again outside the blank (比{{70元}}的数目低，…比70元的数目高)."""
    return text[span[0] : span[1]] in text[: span[0]] + "□" + text[span[1] :]


WORDED_AMOUNT = re.compile(
    r"(?<![\d.．零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十百千万亿]*[十百千万亿][零〇一二两三四五六七八九十百千万亿]*(?![年月日分零〇一二两三四五六七八九十百千万亿])"
)
"""An amount in words with a place word (一百五十万, 五百零四): not 一九五九年, not the 百 of 百分之."""


def _worded_value(words: str) -> float:
    """一百五十万 -> 1500000, 二亿八千六百七十七万 -> 286770000."""
    value, rest = 0.0, words
    for mark, scale in (("亿", 1e8), ("万", 1e4)):
        if mark in rest:
            head, rest = rest.split(mark, 1)
            value += cn_number(head or "一") * scale
    return value + cn_number(rest)


DIGIT_SHARE = re.compile(r"(\d+)(?:\.(\d+))?[%％]")
"""A share in digits (28.3%), as the normalised text writes it."""


def _share_of(answer: str) -> tuple[float, float] | None:
    """The share an answer states, in points, and half its last place (百分之四十 -> 40, 0.5; 28.3% -> 28.3, 0.05);
    None for another figure."""
    worded = WORDED_SHARE.fullmatch(answer.strip())
    if worded:
        return share_value(worded), 0.5 / 10 ** len(worded.group(2) or "")
    if NO_DIGIT.fullmatch(answer):
        return None  # no digit, nor one normalisation would make
    digits = DIGIT_SHARE.fullmatch(unicodedata.normalize("NFKC", answer.strip()))
    if not digits:
        return None
    places = len(digits.group(2) or "")
    return float(digits.group(0)[:-1]), 0.5 / 10**places


def _worked_out(before: str, share: float, rounding: float) -> bool:
    """Whether the amounts before a share make it: the last as a part of an earlier one (一百五十万…其中六十万，占
    {{百分之四十}}), as a change from the one before it (由500万吨增加到700万吨，增长{{40%}}), or the one before 占 as a part
    of one after it (二亿八千六百七十七万亩粮食耕地，占全国现有十二亿亩粮食耕地的{{百分之二十四}})."""
    values = [value for _, _, value in _amounts(before) if value > 0]
    if len(values) < 2 or not values[-1]:
        return False
    part = values[-1]
    ratios = [part / whole * 100 for whole in values[:-1] if whole > part]
    ratios.append(abs(part - values[-2]) / values[-2] * 100 if values[-2] else -1.0)
    ratios += _share_of_whole(before)
    return any(abs(ratio - share) <= rounding + 1e-9 for ratio in ratios)


def _share_of_whole(before: str) -> list[float]:
    """The last amount before 占 as a share of each amount after it (204个县，占全国1027个县的): the whole is named."""
    at = before.rfind("占")
    parts = [value for _, _, value in _amounts(before[:at]) if value > 0] if at > 0 else []
    wholes = [value for _, _, value in _amounts(before[at:]) if value > 0] if parts else []
    return [parts[-1] / whole * 100 for whole in wholes if whole > parts[-1]]


def derivable(text: str, span: tuple[int, int]) -> bool:
    """A part its sentence gives as the difference of two others of its kind, amounts or shares (共有964个，其中新建的
    271个，续建的{{693个}}; 达到3989亿斤，比原定的3856亿斤超过{{133亿斤}}; 占42.3%，其中已释放的占25.6%，在押的占
    {{16.7%}}), or the base of a change the card gives both ends of (共59个，比现有的{{86个}}减少27个), or its new
    value (达到{{502万吨}}，比312万吨增加了190万吨), or an end of a change the card gives the other end and the rate of
    (由524万吨增加到{{869万吨}}，增长66%), or a share as the ratio of two amounts it shows (一百五十万…六十万，占
    {{百分之四十}}): it is worked out, not recalled. The total is asked, on a card that ends before what works it out
    (figures.py)."""
    start = max(text.rfind(mark, 0, span[0]) for mark in SENTENCE_ENDS) + 1
    ends = [at for at in (text.find(mark, span[1]) for mark in SENTENCE_ENDS) if at >= 0]
    sentence = text[start : min(ends, default=len(text))]
    at = (span[0] - start, span[1] - start)
    share = _share_of(text[span[0] : span[1]])
    if share is not None and _worked_out(sentence[: at[0]], *share):
        return True
    if not _may_hold_amount(sentence, at):
        return False  # no amount asked (most blanks): the sentence's amounts are not read
    amounts = _amounts(sentence)
    answer = [value for s, e, value in amounts if at[0] <= s and e <= at[1]]
    others = [value for s, e, value in amounts if e <= at[0] or s >= at[1]]
    if len(answer) != 1 or abs(answer[0]) < 1:
        return False
    value = answer[0]
    if value < 0 and not CHANGE.search(sentence) and any(abs(value + other + 100) < 1e-6 for other in others):
        return True  # 赞成的是百分之九十，不赞成的是{{百分之十}}: the rest of a hundred (not two rates of growth)
    if BOUND.search(text[span[0] : span[1]]):
        return False  # 处{{十万元以上}}二十万元以下: a rung of a ladder, no part of a whole
    counted = [(s, v) for s, e, v in amounts if (v > 0) == (value > 0) and not BOUND.match(sentence, e)]
    kind = [v for s, v in counted if s < at[0] or s >= at[1]]  # the others, no rung of a ladder among them
    parts_at = sentence.find("其中", 0, at[0])
    if value < 0 and parts_at < 0:
        return False  # shares of different things (减少2%左右…分别减少3%左右和5%左右): no whole to be parts of
    wholes = [v for s, v in counted if s < parts_at and abs(v) > abs(value)] if parts_at >= 0 else []
    bases = wholes or [v for _, v in counted[:1]]  # the whole the parts are of: one larger before 其中, else the first
    compared = COMPARED_WITH.search(sentence[: at[0]]) and CHANGE.match(sentence, at[1])
    compared_after = "比" in sentence[at[1] :] and bool(CHANGE.search(sentence, at[1]))  # 达到{{…}}，比A增加了B
    if value > 0 and _changed_at_its_rate(amounts, sentence, at, value):
        return True
    return any(  # the total stays: it is what the sentence counts, and the parts do not give it before it is asked
        (b in bases or c in bases or compared_after)
        and abs(abs(b - c) - abs(value)) < 1e-6 * abs(value)
        or (compared or compared_after)
        and abs(abs(b) + abs(c) - abs(value)) < 1e-6 * abs(value)
        for i, b in enumerate(kind)
        for c in kind[i + 1 :]
    )


PLACE_WORD = re.compile(r"[十百千万亿]")
"""What every amount in words holds (百 of 百分之 too)."""
DIGIT = re.compile(r"\d")
NO_DIGIT = re.compile(
    r"[\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff5e\u2010-\u2027\u00b7A-Za-z!-/:-@\[-`{-~\s]*"
)
"""Text of ideographs, punctuation, Latin letters and spaces: no digit, and none normalised into one (①, ¹, ５ are;
tests/test_fast_paths.py checks every character)."""


def _may_hold_amount(sentence: str, at: tuple[int, int]) -> bool:
    """Whether an amount of `sentence` may stand within `at`: in words, or in digits where `_amounts` finds them (in
    the normalised text, whose offsets it keeps); the text is normalised only where it may hold a digit."""
    if PLACE_WORD.search(sentence, *at):
        return True
    return not NO_DIGIT.fullmatch(sentence) and bool(DIGIT.search(unicodedata.normalize("NFKC", sentence), *at))


RATE_WORDS = "增长|增加|提高|上升|下降|减少|降低"
"""The verbs a change is said by (增长66%, 增加了190万吨)."""
RATE_OF = re.compile(rf"(?:{RATE_WORDS})了?$")
FALL = re.compile(r"(?:下降|减少|降低)了?$")
RATE_ROUNDING = 0.01
"""How far (a share of the amount) an end of a change may be from the other end at the rate the card gives: the
rate is rounded (524万吨 at 66% is 869.8万, the text says 869万)."""


def _changed_at_its_rate(
    amounts: list[tuple[int, int, float]], sentence: str, at: tuple[int, int], value: float
) -> bool:
    """Whether an amount is one end of a change whose other end and rate the sentence gives (由524万吨增加到{{869万吨}}，
    增长66%; 由{{…}}下降到…，下降20%)."""
    others = [v for s, e, v in amounts if v > 0 and (e <= at[0] or s >= at[1])]
    for start, _, rate in amounts:
        said = RATE_OF.search(sentence[max(0, start - 3) : start])
        if rate >= 0 or not said:
            continue
        factor = 1 + (rate if FALL.search(said.group()) else -rate) / 100  # a share's value is negative
        if any(
            abs(other * factor - value) <= RATE_ROUNDING * value or abs(value * factor - other) <= RATE_ROUNDING * other
            for other in others
        ):
            return True
    return False


BOUND = re.compile(r"(?:以上|以下|以内|之内)(?:$|[^上下内])")
"""What makes an amount a rung of a ladder (十万元以上二十万元以下), no part of a whole."""
COMPARED_WITH = re.compile(r"比[^，,；;。]{0,12}$")
CHANGE = re.compile(r"(?:减少|增加|降低|提高|增长|下降|多|少)")
"""A figure compared with (共59个，比现有的{{86个}}减少27个): the base is the sum or difference of the two it is
compared by."""


MEMBER_MARKS = re.compile(r"[、，,]|和|及|与|以及")
"""What parts a list held in one blank (党的路线、方针、政策: a stock set, asked by none)."""


MIN_REPORT_CUE = 6
"""Characters a report's card shows besides a blank ({{民族、宗教、侨务工作}}进一步加强。 says too little to ask anything);
a figure needs only what it measures (粮食产量{{1.3万亿斤以上}}): MIN_SHOWN."""


SHORT_CUED = ("figure", "maxim", "keyterm")
"""Kinds a short cue serves: a figure says what it measures in 4 characters (粮食产量), a maxim its other half
(治国之要), a key term stands in a heading or a lead sentence (做好矛盾{{纠纷调处}})."""


def without_fillers(fact: Fact, least: int = MIN_SHOWN) -> Fact | None:
    """`fact` without its blanks that hide a filler or an answer its card shows elsewhere, or that the card cues with
    fewer than `least` characters (畅通{{能上能下}}“双行道”: 能上能下 stays in view), whose opposite the card mirrors
    (…是少数，…是{{多数}}), or a member of a stock list beside its fellows (出发点和{{落脚点}}); None when none is
    left; a list of a stock set is never asked. A list is asked whole or not at all, and needs `least` only where it
    is the card's subject ({{民族、宗教、侨务工作}}进一步加强); outline points pass as they are."""
    if fact.kind == "outline" or not fact.spans:
        return fact
    if fact.kind == "enumeration" and of_a_stock_list(fact.answers):
        return None  # 革命化、现代化、正规化: a stock list the learner knows by heart, asked whole or item by item
    if fact.kind == "enumeration" or fact.whole:  # asked whole: its other items are no cue
        edged = list_edges(fact)
        if edged is None:
            return None
        hidden = [(edged.spans[0][0], edged.spans[-1][1])] if edged.whole else list(edged.spans)
        opens = not CUE_CHARACTER.search(edged.text[: edged.spans[0][0]])  # its subject; 坚持{{…}}的方针 is cued
        if least > MIN_SHOWN and _verb_alone(edged):
            return None  # 大力加强{{…}}。: what is to be strengthened, with nothing said of it
        return edged if cue_length(edged.text, hidden) >= (least if opens else MIN_SHOWN) else None
    least = MIN_SHOWN if fact.kind in SHORT_CUED else least
    trimmed = [clean_edges(fact.text, span, counted=fact.kind != "figure") for span in fact.spans]
    spans = [
        span
        for span in joined_twins(fact.text, [span for span in trimmed if span is not None])
        if not is_filler(fact.text[span[0] : span[1]])
        and not _in_view(fact, span)
        and not derivable(fact.text, span)  # a judgement's figure too (电站有一百个，其中…七十六个，水电站是{{…}})
        and not (fact.kind == "figure" and _said_twice(fact.text, span))
        and not plan_beside_plan(fact.text, span)
        and not mirrored(fact.text, span)
        and not (fact.kind != "maxim" and couplet_half(fact.text, span))
        and not twin_half(fact.text, span)
        and not beside_fellows(fact.text[span[0] : span[1]], fact.text[: span[0]] + "□" + fact.text[span[1] :])
        and not of_a_stock_list(MEMBER_MARKS.split(fact.text[span[0] : span[1]]))
        and cue_length(fact.text, [span]) >= least
    ]
    if spans == list(fact.spans):
        return fact
    if not spans:
        return None
    return fact.with_spans(spans)


PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "【": "】"}
BRACKET_MARK = re.compile("[" + re.escape("".join(PAIRS) + "".join(PAIRS.values())) + "]")
LOOSE_START = re.compile(r"了(?!解)|着(?![力重眼手想落实])|的(?!确)")
"""A particle that belongs to the word before a blank (实行了|多种形式, 实行着|老解放区, 实事求是|的思想路线)."""
LOOSE_END = tuple("的")
LIST_MARKS = "、，,；;：:"
"""A mark between a list's members or clauses: never a blank's edge."""
JOINING_END = tuple("同和与及跟")
"""A conjunction or preposition that joins a blank to what follows it, where it stands as a word of its own."""
COUNTED = re.compile(r"[一二两三四五六七八九十]+[个项条种大点]")
"""How a blank opens that counts what follows it (四项基本|原则, 两个|确立)."""
PERIOD = re.compile(r"[一二两三四五六七八九十百]+个?(?:月|日|年|天|小时|周|工作日)$")
"""A blank that is a count of time (三个月): what it counts is its own last word (提前{{三个月}}公告, not 三个月公告)."""
MAX_HEAD = 2
"""Characters of the noun a counted blank takes in after it."""


def clean_edges(text: str, span: tuple[int, int], counted: bool = True) -> tuple[int, int] | None:
    """`span` without a particle stuck to its edge (实行[了多种形式]的 -> 实行了[多种形式]的), and holding both marks of a
    quote or bracket it holds one of (胜利的[一个重要“法宝]” -> [一个重要“法宝”]); None when it cannot (the other mark is
    not beside it)."""
    start, end = span
    while end - start > 2 and text[start] in LIST_MARKS:
        start += 1  # 同步实施[、同步发展]的方针: the mark belongs to the list in view
    while end - start > 2 and text[end - 1] in LIST_MARKS:
        end -= 1
    while end - start > 2 and LOOSE_START.match(text, start):
        start += 1
    while end - start > 2 and (
        text[end - 1] in LOOSE_END
        or text[end - 1] in JOINING_END
        and end - start - 1 in segmenter().dictionary_starts(text[start:end])
    ):
        end -= 1  # 马克思主义的[普遍真理同]中国革命的具体实际: not 劳动合同
    if (
        counted and COUNTED.match(text, start) and CUE_CHARACTER.match(text, end) and not PERIOD.match(text[start:end])
    ):  # a figure keeps its own unit
        head = segmenter().tagged(text[end : end + MAX_HEAD + 2])[:1]
        if head and str(head[0][1]).startswith("n") and len(head[0][0]) <= MAX_HEAD:
            end += len(head[0][0])  # 坚持[四项基本]原则 -> [四项基本原则]: a count names the thing it counts
    if not BRACKET_MARK.search(text, start, end):
        return start, end  # no quote or bracket to pair
    for opening, closing in PAIRS.items():
        answer = text[start:end]
        excess = answer.count(opening) - answer.count(closing)
        if excess > 0:
            if excess > 1 or text[end : end + 1] != closing:
                return None
            end += 1
        elif excess < 0:
            if excess < -1 or text[start - 1 : start] != opening:
                return None
            start -= 1
    return start, end


VERB_BEFORE_LIST = re.compile(r"[有是为把对在向从同和与以使让将被给]")
"""A verb or preposition that governs a whole list and is no part of its first member (常常有|左派、中间派和右派)."""


def list_edges(fact: Fact) -> Fact | None:
    """A list with clean outer edges: its first member without a particle or the verb that governs the list
    (有左派、中间派和右派 -> 左派、…), the list holding both marks of a quote or bracket it opens or closes; None when it
    cannot (a list that starts or ends inside a quote)."""
    spans = list(fact.spans)
    first = clean_edges(fact.text, spans[0])
    last = clean_edges(fact.text, spans[-1]) if len(spans) > 1 else first
    if first is None or last is None:
        return None
    if len(spans) == 1:
        spans[0] = first
    else:  # the list's outer edges only: a member's inner edges are the list's marks
        spans[0], spans[-1] = (first[0], spans[0][1]), (spans[-1][0], last[1])
    start, end = spans[0]
    others = [fact.text[s:e] for s, e in spans[1:]]
    if (
        len(spans) > 1
        and end - start > 2
        and VERB_BEFORE_LIST.match(fact.text, start)
        and not any(other.startswith(fact.text[start]) for other in others)
        and 1 in segmenter().dictionary_starts(fact.text[start:end])  # 有|左派, not 和平共处 or 在职人员
    ):
        spans[0] = (start + 1, end)
    if _cut_before_its_head(fact.text, spans) or _open_subject(fact.text, spans):
        return None
    if spans == list(fact.spans):
        return fact
    return fact.with_spans(spans)


HEAD_DETERMINERS = (*DETERMINER_WORDS, "各级", "各类", "各项", "各种")
"""Words that say which or how many of what follows (办{{其他}}事业, 勤俭办{{一切}}事业, 中央{{各}}产业部门): a member
ending on one is cut before its head. jieba cuts 各级, 各类… as words of their own."""
HEADLESS_TAGS = ("p", "c")
"""Parts of speech a member cannot end on (直接为|当地人民服务, 经营不善而|长期亏损, 人民法院或者|人民检察院): a
preposition or a conjunction (或者 is no join here: a list of alternatives is split at 、和与及 only)."""
LAST_MEMBER = re.compile(rf"[，,{JOINS}]")
"""What parts a list's members (its joins, and a comma in a long one)."""


def _cut_before_its_head(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a list's last member stops before the word it modifies (勤俭建国、勤俭办一切|事业; 食糖临时|收储政策;
    促进社会总|供求): it ends on a word of HEAD_DETERMINERS, a preposition or conjunction, or a distinguishing word of one
    or two characters (临时, 总), the text going on with no mark between. Blind readers of sessions 12-23 kept 3 of 12
    such report cards ("the cut is wrong"), against 56% of the other lists with a word after them (367)."""
    end = spans[-1][1]
    if end >= len(text) or not CUE_CHARACTER.match(text[end]) or text[end] in "等的":
        return False
    member = LAST_MEMBER.split(text[spans[-1][0] : end])[-1]
    words = segmenter().tagged(member)
    if len(words) < 2:
        return False
    word, tag = words[-1]
    return word in HEAD_DETERMINERS or tag in HEADLESS_TAGS or (tag == "b" and len(word) <= 2)


CLAUSE_OPENS = re.compile(r"(?:^|[，,；;。：:！？])(?:【[^】]*】)?[^\u4e00-\u9fffA-Za-z0-9]*$")
"""What stands before a list that opens its clause: a clause mark, the card's label (【2010年主要任务】) or a quote."""


def _open_subject(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a list opens its clause and 等 leaves it open ({{科技、教育、文化、卫生、体育}}等事业全面发展; {{…}}等方面
    改革取得重大进展): examples of a kind that says little of them, any others as true. Examiners set no blank so (0 of
    the 227 gold blanks, 1 of 7,040 fill items); blind readers of sessions 12-23 kept such cards 16% of the time in
    reports (32 verdicts) and 44% in laws (55), against 51-81% for lists after some words of their clause."""
    start, end = spans[0][0], spans[-1][1]
    return closing_deng(text, end) and bool(CLAUSE_OPENS.search(text, 0, start))


def closing_deng(text: str, at: int) -> bool:
    """Whether `text` has at `at` a 等 (or 等等) that is a word of its own, as one that leaves a list open is: not
    the 等 of 平等, 等级, 四个等次, 等待."""
    if not text.startswith("等", at):
        return False
    starts = segmenter().word_starts(text)
    return at in starts and (at + 1 in starts or (text.startswith("等等", at) and at + 2 in starts))


def of_a_stock_list(items) -> bool:
    """Whether a list's items (two or more) are the members of one stock list, the first perhaps with its owner
    before it (党的路线、方针、政策): a set the learner knows by heart."""
    if stock(items):
        return True
    keys = [normalise(item) for item in items if item]
    if len(keys) < 2:
        return False
    return any(  # the stock lists of its second item: the only ones that can hold the rest
        set(keys[1:]) <= members and any(keys[0].endswith(m) and len(m) * 2 >= len(keys[0]) for m in members)
        for members in stock_lists_of().get(keys[1], ())
    )


def _verb_alone(fact: Fact) -> bool:
    """A list that ends its sentence after nothing but a verb and its adverbs (大力加强{{…}}。; not 推动党员{{…}}。)."""
    before, after = fact.text[: fact.spans[0][0]], fact.text[fact.spans[-1][1] :]
    return not CUE_CHARACTER.search(after) and bool(VERB_ALONE.match(NOT_CUE.sub("", before)))


VERB_ALONE = re.compile(
    r"^(?:大力|积极|切实|进一步|认真|全面|着力|努力|继续|不断|加快|要|必须|还要|也要|并)*[\u4e00-\u9fff]{2}$"
)
"""Adverbs and one verb of two characters: what a list's card shows when it says nothing of the list (大力加强)."""
