"""Whether a wrong option could pass for a right one: an absurd one gives the answer away.

Beside right options that all share an ending or a lead (荒漠化, 石漠化, 沙化; 政治安全, 经济安全) a wrong
option shares it too, and of the same make (企业文化 ends in 化 but its 化 is the word 文化's, not a suffix
like 工业化's); beside options without a number none has one, and beside figures each is one (a 单选 whose
three wrong options are figures and whose answer is none is answered by its shape); beside short right
options all of one length, none longer or shorter.
"""

from __future__ import annotations

import re
from os.path import commonprefix

from studycards.facts import normalise

NUMBER = re.compile(r"[0-9]|[一二两三四五六七八九十百千万半]+(?:个月|[年日天周倍岁元%成])")
"""A figure: 30%, 五年, 三个月 (a counted formulation, 两个确立 or 四大考验, is a phrase: distractors.Shape)."""

SHORT = 3
"""Right options all this long or shorter, and all as long: a wrong one is as long too."""

Words = tuple[tuple[str, str], ...]


def numeric(text: str) -> bool:
    return bool(NUMBER.search(normalise(text)))


QUOTES = '“”「」『』‘’"《》'


def quoted(text: str) -> bool:
    return any(mark in text for mark in QUOTES)


def common_suffix(keys: list[str]) -> str:
    return commonprefix([key[::-1] for key in keys])[::-1]


def plausible(option: str, words: Words, answers: dict[str, Words]) -> bool:
    """Whether `option` (its tagged `words`) reads as one more of `answers` (each with its tagged words)."""
    kinds = {numeric(answer) for answer in answers}
    if len(kinds) == 1 and numeric(option) not in kinds:
        return False
    if len(answers) >= 2 and len({quoted(answer) for answer in answers} | {quoted(option)}) > 1:
        return False  # “一国两制” beside 管理体制、运行机制: a quoted name among plain phrases stands out
    if len(answers) < 2:
        return True
    keys = [normalise(answer) for answer in answers]
    key = normalise(option)
    if len({len(k) for k in keys}) == 1 and len(keys[0]) <= SHORT and len(key) != len(keys[0]):
        return False  # 生命力 beside 生物、信息、海洋: a short list's members are of one length
    suffix, head = common_suffix(keys), commonprefix(keys)
    if suffix and not (key.endswith(suffix) and _same_make(words, answers, last=True)):
        return False
    return not head or (key.startswith(head) and _same_make(words, answers, last=False))


def _same_make(words: Words, answers: dict[str, Words], last: bool) -> bool:
    """Whether the shared ending (lead) stands in a word as long as the answers' shortest such word: 文化 is
    no …化 like 工业化 or 荒漠化; when the answers share the very word (…考验), the option has it too."""
    ends = [tagged[-1 if last else 0][0] for tagged in answers.values() if tagged]
    if not words or not ends:
        return True
    mine = words[-1 if last else 0][0]
    if len(set(ends)) == 1:
        return mine == ends[0]
    return len(mine) >= min(map(len, ends))
