"""Blanks that ask nothing of the document: an evaluative filler (这标志着…进入{{一个新阶段}}; 是…的{{重要组成部分}};
{{这次大会}}) names no fact a learner could recall, and an answer the card shows elsewhere is read, not recalled. Examiners never hide one (0 of the tuning half's 3,674 blanks)."""

from __future__ import annotations

import re
from dataclasses import replace

from studycards.extract.clauses import CUE_CHARACTER, MIN_SHOWN, cue_length
from studycards.facts import Fact, normalise
from studycards.closedsets import beside_fellows, stock

QUANTIFIER = r"(?:[一这那每本此][个支项种件部批次条届位场]|一部分|一系列|这些|那些|一些|许多|若干|各项|各种)"
"""A measure or quantifier that opens a filler: 一个, 一支, 这次, 一部分."""
EVALUATIVE = (
    r"(?:最?重要|重大|主要|伟大|巨大|很大|强大|有力|显著|深刻|突出|积极|良好|必要|有益|不可缺少|不可或缺|更大|更多|最大|大|"
    r"历史性?|长期|艰巨|复杂)"
)
"""Words that weigh what follows without saying what it is."""
GENERIC = (
    r"(?:问题|组成部分|部分|力量|方面|任务|作用|大会|会议|时代|时期|阶段|环节|内容|因素|事情|措施|步骤|意义|成就|成绩|进展|"
    r"变化|工作|课题|举措|领域|途径|手段|条件|基础|保障|动力|支撑|贡献|影响|地位|一步|一环|过程|事件)"
)
"""Nouns any report says of anything."""
WEIGHING = rf"(?:(?:{EVALUATIVE}|新)的?|(?:有|具有){EVALUATIVE}*(?:意义|影响)的?)"
"""What weighs a thing after a quantifier: 新, 重要的, 有伟大意义的."""
FILLER = re.compile(
    rf"^(?:{QUANTIFIER}{WEIGHING}*{GENERIC}?|(?:{EVALUATIVE}的?)*{GENERIC}之一|(?:{EVALUATIVE}的?)+{GENERIC}"
    r"|(?:现在|目前|今天)?(?:这样|那样|别样))$"
)
"""A quantifier with weighing words (一个新阶段, 一支重要力量, 一件有伟大意义的事情, 一部分, 这次大会), or weighing words with a generic noun
(重要组成部分, 重大问题, 大问题, 历史过程), or one of a generic kind (时期之一), or a demonstrative (现在这样). 新时代 alone stays: without 一个 it is the name of a period."""


MIN_IN_VIEW = 4
"""Characters an answer holds to count as shown when it stands elsewhere on its card: a phrase (予以协助), not a
name that recurs as part of another (报{{国务院}}批准 beside 国务院交通主管部门 asks which organ approves)."""


def is_filler(answer: str) -> bool:
    """Whether `answer` is a measure or weighing words around a generic noun, nothing of its own."""
    return bool(FILLER.match(normalise(answer)))


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


MIN_REPORT_CUE = 6
"""Characters a report's card shows besides a blank ({{民族、宗教、侨务工作}}进一步加强。 says too little to ask anything);
a figure needs only what it measures (粮食产量{{1.3万亿斤以上}}): MIN_SHOWN."""


SHORT_CUED = ("figure", "maxim", "keyterm")
"""Kinds a short cue serves: a figure says what it measures in 4 characters (粮食产量), a maxim its other half
(治国之要), a key term stands in a heading or a lead sentence (做好矛盾{{纠纷调处}})."""


def without_fillers(fact: Fact, least: int = MIN_SHOWN) -> Fact | None:
    """`fact` without its blanks that hide a filler or an answer its card shows elsewhere, or that the card cues with
    fewer than `least` characters (畅通{{能上能下}}“双行道”: 能上能下 stays in view), or a member of a stock list
    beside its fellows (出发点和{{落脚点}}); None when none is left; a list of a stock set is never asked. A list
    is asked whole or not at all, and needs `least` only where it is the card's subject ({{民族、宗教、侨务工作}}进一步
    加强); outline points pass as they are."""
    if fact.kind == "outline" or not fact.spans:
        return fact
    if fact.kind == "enumeration" and stock(fact.answers):
        return None  # 革命化、现代化、正规化: a stock list the learner knows by heart, asked whole or item by item
    if fact.kind == "enumeration" or fact.whole:  # asked whole: its other items are no cue
        hidden = [(fact.spans[0][0], fact.spans[-1][1])] if fact.whole else list(fact.spans)
        opens = not CUE_CHARACTER.search(fact.text[: fact.spans[0][0]])  # its subject; 坚持{{…}}的方针 is cued
        return fact if cue_length(fact.text, hidden) >= (least if opens else MIN_SHOWN) else None
    least = MIN_SHOWN if fact.kind in SHORT_CUED else least
    spans = [
        span
        for span in fact.spans
        if not is_filler(fact.text[span[0] : span[1]])
        and not _in_view(fact, span)
        and not beside_fellows(fact.text[span[0] : span[1]], fact.text[: span[0]] + "□" + fact.text[span[1] :])
        and cue_length(fact.text, [span]) >= least
    ]
    if len(spans) == len(fact.spans):
        return fact
    if not spans:
        return None
    return replace(fact, answers=tuple(fact.text[s:e] for s, e in spans), spans=tuple(spans))
