"""What a 判断 may state: a statement a reader can judge from the material, made false by a change that
matters. Each test here refuses a statement an examiner would not sign, for a reason of its own."""

from __future__ import annotations

import re

from studycards.extract.member_edges import CLAUSE_MARKS
from studycards.facts import DETERMINER_WORDS, normalise

CROSS_REFERENCE = re.compile(r"第[一二三四五六七八九十百千零〇\d]+[条款项]|前[款条项]|本条")
"""A provision that points to another (依照本法第二十一条, 前款规定的): its truth lies in the text it cites."""

PROHIBITION = re.compile(r"(?:不得|禁止|严禁|不准|不应|不能|不许)$")
"""A word that forbids what follows it: 不得丢弃 for 不得收寄 is still forbidden, false only by the letter."""

PROHIBITS = re.compile(r"不得|禁止|严禁|不准")
"""A prohibition anywhere in a statement: beside it, a duty made a power (应当保密 -> 可以保密，不得泄露) still
reads as the rule."""

LOCALITY = re.compile(r"(?:所在地|当地|本行政区域内?|本地区)的?$")
"""Words that place an organ somewhere (所在地的…): no national organ stands after them."""

NATIONAL = ("国务院", "中央", "全国")
"""Organs of the whole country; a statement of 全国…工作 is theirs to state."""

FUNCTION_WORDS = re.compile(r"[的之和与及或并、]|以及|或者")
"""Particles and conjunctions: a swap of 的 for 和 changes no fact."""
DETERMINERS = re.compile(f"^(?:{'|'.join(DETERMINER_WORDS)})")
"""Words that pick out which of a kind: 各地区 made 其他地区 reads garbled, not false (a blind reading)."""


EXHORTED = re.compile(r"全社会|社会各界|社会各方面|全体人民")
"""Whom a law exhorts rather than binds (全社会应当关心和支持…): its 应当 made 可以 is no false rule (a blind reading)."""


def exhorted(subject: str) -> bool:
    """Whether a duty's `subject` is society at large (EXHORTED): its 应当 swapped for 可以 changes no rule a reader
    could hold false."""
    return bool(EXHORTED.search(subject))


def cites_another(statement: str) -> bool:
    """Whether the statement points to another article or clause (本法第X条, 前款): not judged on its own."""
    return bool(CROSS_REFERENCE.search(statement))


def after_prohibition(before: str) -> bool:
    """Whether the phrase after `before` is what a prohibition forbids: another act in its place (不得收寄 ->
    不得丢弃) sounds just as forbidden, so the statement reads true though keyed 错误."""
    return bool(PROHIBITION.search(normalise(before)))


def holds_prohibition(statement: str) -> bool:
    """Whether a statement forbids something: a duty made a power beside it (可以保密，不得泄露) is no trap."""
    return bool(PROHIBITS.search(statement))


def function_words_only(phrase: str, swap: str) -> bool:
    """Whether `swap` differs from `phrase` only in particles, conjunctions or determiners (A和B for A与B, 经济的发展
    for 经济发展, 其他地区 for 各地区): the same fact, keyed false, or garbled."""
    return _bare(phrase) == _bare(swap)


CLAUSE_ENDS = re.compile(f"[{CLAUSE_MARKS}]")
"""Where a list's clause ends (the marks a list's members never run past: member_edges.CLAUSE_MARKS)."""


def breaks_list_shape(before: str, phrase: str, swap: str, after: str) -> bool:
    """Whether `swap`, put for a member `phrase` of a list whose other whole members are built as it is (as long, and
    opening alike where all do), is not (新设备、新工艺、{{新技术}} -> 先进技术; 改革体制、加大投入、{{完善政策}} -> 靠政策):
    the list's shape tells it apart, and a near synonym so keyed false reads as still true (a blind reading)."""
    left = CLAUSE_ENDS.split(before)[-1].split("、")
    right = CLAUSE_ENDS.split(after)[0].split("、")
    fellows = [*(left[1:-1] if left[-1] == "" else []), *(right[1:-1] if right[0] == "" else [])]
    fellows = [fellow for fellow in fellows if fellow]
    if not fellows or any(len(fellow) != len(phrase) for fellow in fellows):
        return False
    if len(swap) != len(phrase):
        return True
    opening = phrase[0]
    return all(fellow.startswith(opening) for fellow in fellows) and not swap.startswith(opening)


def _bare(phrase: str) -> str:
    return DETERMINERS.sub("", FUNCTION_WORDS.sub("", normalise(phrase)))


def scope_clash(before: str, organ: str, moved: str, statement: str) -> bool:
    """Whether moving `organ` to `moved` makes the statement silly rather than false: a national organ after a
    place word (所在地国务院…部门), or a local one left to run 全国…工作 (省级人民政府…协调全国抗震救灾工作)."""
    if moved.startswith(NATIONAL) and LOCALITY.search(normalise(before)):
        return True
    rest = statement.replace(organ, "")
    if "人民政府" in moved and LOCAL_GOVERNMENTS.search(rest):
        return True  # 国务院有关部门、…和地方人民政府 -> 省级人民政府有关部门、…和地方人民政府: still named, still true
    return organ.startswith(NATIONAL) and not moved.startswith(NATIONAL) and "全国" in rest


LOCAL_GOVERNMENTS = re.compile(r"地方(?:各级)?人民政府")
"""Organs that cover every local government: a rule moved to one of them is still a rule they are named in."""


MIN_SAID_HEAD = 4
"""Characters before the swapped term that must match where the material says the clause with words between."""
SAID_TAIL = 6
"""Characters of the clause's end that must follow there, in the same sentence."""


def said_apart(clause: str, term: str, corpus: str) -> bool:
    """The material says `clause` with words between its term and its end (没有…的行政机关可以申请人民法院强制执行 in
    …的行政机关可以自期限届满之日起三个月内，依照本章规定申请人民法院强制执行): a statement made of it is true there."""
    clause = normalise(clause)
    at = clause.find(term)
    if at < MIN_SAID_HEAD or len(clause) - at - len(term) < SAID_TAIL:
        return False
    head, tail = clause[: at + len(term)], clause[-SAID_TAIL:]
    start = corpus.find(head)
    while start >= 0:
        end = min((i for i in (corpus.find(mark, start) for mark in "。\x00") if i >= 0), default=len(corpus))
        if tail in corpus[start + len(head) : end]:
            return True
        start = corpus.find(head, start + 1)
    return False


BESIDE = 5
"""Characters either side of a swapped-in phrase that, with it, stand elsewhere in the material when it says the
phrase in the same place."""
AMOUNT_IN = re.compile(r"\d|^[〇零一二两三四五六七八九十百千]|[〇零一二两三四五六七八九十百千]{2}")
"""A figure in a phrase (三十日, 5%, 二十万元): moved along its ladder, not swapped; 统一规划 holds no figure."""


def said_beside(before: str, phrase: str, after: str, corpus: str) -> bool:
    """Whether the material says `phrase`, swapped in for the answer, with the words just before it or just after
    it (给予必要的看护和治疗, 应当签订书面租赁合同, 实行捕捞限额制度): a statement made false by it is true of another
    article, or shows where it was lifted from. Blind readers of sessions 12-19 marked such 判断 bad 26% of the time
    and good 51% (81 verdicts), the other false ones 5% and 75% (830). A phrase holding a figure is another matter
    (处五万元以上 stands in many rules; AMOUNT_IN): not checked here."""
    phrase = normalise(phrase)
    if len(phrase) < 2 or AMOUNT_IN.search(phrase):
        return False
    head, tail = normalise(before[-BESIDE:]), normalise(after[:BESIDE])
    return (len(head) >= 2 and head + phrase in corpus) or (len(tail) >= 2 and phrase + tail in corpus)


BOUND = re.compile(r"(?:不得|禁止|严禁|不准)[^，,；;。：:]*$")
"""A prohibition before a figure in its clause (不得给予两次以上, 不得超过三十日). A bound a rule sets (每年不少于两次,
最长不超过十日) is a limit like a duty's (应当在七日内): a statement that moves it misstates the rule, and examiners
make one false so."""


AMOUNT = re.compile(
    r"^[\d.〇零一二两三四五六七八九十百千万]+(?:个|倍|%|[次日天年月周岁元人项条件名分]|小时|公里|以[上下内])"
)
"""A phrase led by an amount (两次, 三十日, 5年)."""


def bounded(before: str) -> bool:
    """Whether a figure after `before` stands under a prohibition: moved one way the statement still holds
    (不得给予两次以上 implies 不得给予三次以上), so it is never moved."""
    return bool(BOUND.search(before))


def amount_led(phrase: str) -> bool:
    """Whether `phrase` opens with an amount (两次, 三十日): what a bound before it limits."""
    return bool(AMOUNT.match(normalise(phrase)))
