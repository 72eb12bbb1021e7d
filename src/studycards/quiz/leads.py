"""What an article's lead says of its list's items: two lists that say the same of theirs share their answers.

A 多选 on 有下列行为之一的，给予警告，可以并处二千元以下罚款 takes its wrong options from the law's other lists;
an item of another article whose lead says the same (有下列情形之一的，处警告或者二千元以下罚款) is then right too,
and the key misses it.
"""

from __future__ import annotations

import re

from studycards.facts import normalise

MENTION = re.compile(r"^.*?下列[^，,；;：:]*[，,；;：:]?")
"""The lead up to its mention of the list (有下列情形之一的，): what follows is what it says of the items."""
SANCTION = re.compile(
    r"警告|通报批评"
    r"|[〇零一二两三四五六七八九十百千万\d]+[元日](?:以上[〇零一二两三四五六七八九十百千万\d]+[元日])?以下的?(?:罚款|拘留)"
)
"""A penalty with its amount (警告, 二千元以下罚款, 五日以上十日以下拘留): what the same conduct gets however worded."""


def consequence(lead: str) -> str:
    """What a lead says of its list's items (给予警告，可以并处二千元以下罚款 of 有下列行为之一的，给予警告，…), normalised."""
    return normalise(MENTION.sub("", lead, count=1))


def sanctions(lead: str) -> frozenset[str]:
    """The penalties a lead imposes, with their amounts."""
    return frozenset(SANCTION.findall(normalise(lead)))


def says_the_same(lead: str, other: str) -> bool:
    """Whether two leads say the same of their items: one's consequence holds the other's, or one's penalties
    are all the other's (an item of either list is then an answer of both)."""
    mine, theirs = consequence(lead), consequence(other)
    if mine and theirs and (mine in theirs or theirs in mine):
        return True
    a, b = sanctions(lead), sanctions(other)
    return bool(a and b) and (a <= b or b <= a)
