"""Whether a blank has two answers: its sentence stands elsewhere in the material with another phrase in its place
(国家实行{{…}}制度 of two articles; 民用航空器不得{{…}} of two rules; a penalty cut to ……情节严重的，处{{…}}). A learner
or a candidate cannot tell which is asked."""

from __future__ import annotations

import re

ARTICLE = re.compile(r"^第[〇零一二两三四五六七八九十百千]+条[\s。]*")
SPACES = re.compile(r"\s")
QUOTES = re.compile(r"[“”‘’「」《》\"\s]")
"""Marks an answer is compared without (its quotes stay in the sentence: 推进农村“[...]”建设 is no 推进农村…建设)."""
SENTENCE_BREAK = re.compile(r"[。！？!?]")
ELIDED = "……"
"""Where a card or stem left words out: any words of the same sentence may stand there."""
MIN_AROUND = 4
"""Characters the sentence must show around the blank to be looked for: fewer match anything."""
MAX_OTHER = 30
"""The longest other phrase looked for in the blank's place."""
IN_SENTENCE = "[^\\x00。！？!?]"
SENTENCE_END = "(?=[\\x00。！？!?]|$)"
CLAUSE_START = "(?:^|(?<=[\\x00。！？!?；;，,：:]))"
"""Where the sentence as shown starts: at a clause of the material, not inside one (全国人民代表大会每届任期 in
…每届任期同全国人民代表大会每届任期相同)."""


def material(paragraphs) -> str:
    """The material's paragraphs as `fills_otherwise` looks in them, an article's number aside (第十条　国家实行…)."""
    return "\x00".join(SPACES.sub("", ARTICLE.sub("", paragraph)) for paragraph in paragraphs)


def unquoted(text: str) -> str:
    return QUOTES.sub("", text)


def fills_otherwise(before: str, answer: str, after: str, said: str) -> bool:
    """Whether the sentence around the blank (`before` it and `after` it, as shown, from the start of a clause) stands
    in `said` (`material`) with a phrase in the blank's place that does not hold `answer`; the blank's own sentence
    is no such place."""
    head = SPACES.sub("", SENTENCE_BREAK.split(before)[-1])
    tail = SPACES.sub("", SENTENCE_BREAK.split(after)[0])
    if len((head + tail).replace(ELIDED, "")) < MIN_AROUND:
        return False
    near = [piece for piece in (head.split(ELIDED)[-1], tail.split(ELIDED)[0]) if piece]
    if any(said.count(piece) < 2 for piece in near):
        return False  # the words next to the blank stand nowhere else: no other sentence to match (a quick test)
    ends = "" if tail else SENTENCE_END
    pattern = re.compile(CLAUSE_START + _words(head) + f"({IN_SENTENCE}{{1,{MAX_OTHER}}}?)" + _words(tail) + ends)
    key, own = unquoted(answer), (head + answer + tail).replace(ELIDED, "")
    return any(key not in unquoted(found.group(1)) and found.group(0) not in own for found in pattern.finditer(said))


def _words(part: str) -> str:
    """`part` as a pattern, any words of its sentence where it elides some."""
    return f"{IN_SENTENCE}*?".join(re.escape(piece) for piece in part.split(ELIDED))
