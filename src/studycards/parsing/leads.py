"""Lead sentences: short unnumbered sentences that open a paragraph (or a run inside one) as sub-headings.

Evidence, weakest to strongest: a short verb phrase with no comma and no subject; siblings that are
leads too; siblings of parallel form (提升改革发展能力 / 提升防范风险能力 / 提升服务群众能力).
"""

from __future__ import annotations

import re

from studycards.outline import sentences
from studycards.parsing.numbering import find_marker

TERMINAL = "。！？!?"
# A sentence opening with a subject, a connective or a time phrase is body text, not a heading.
BODY_OPENINGS = (
    "我",
    "你",
    "他",
    "她",
    "它",
    "这",
    "那",
    "此",
    "其",
    "该",
    "但",
    "而",
    "因",
    "所以",
    "同时",
    "总之",
    "目前",
    "当前",
    "今年",
    "去年",
    "明年",
    "过去",
    "近年",
    "一年来",
    "各位",
    "如果",
    "虽然",
    "只有",
    "只要",
    "就是",
    "也",
    "还",
    "又",
    "更",
    "并",
    "对此",
    "为此",
    "可见",
    "比如",
    "例如",
    "特别是",
)
LEAD_OPENING = re.compile(r"(?:更加|更好)(?!的)|因(?:地制宜|城施策)")
"""What a lead may open with though a body opening starts it: an adverb of degree (更好激发非公有制经济活力) or a set
manner (因城施策去库存); not 更 or 因 alone (因此…, 更重要的…), nor an adjective (更好的办法…)."""
NOT_IN_LISTED_LEAD = re.compile(r"[，,：:；;（(）)\d%％]|是|了|吗|呢|吧")
"""What a lead among two or more others may not hold: a list's marks are allowed (推进大众创业、万众创新。)."""
NOT_IN_LEAD = re.compile(rf"、|{NOT_IN_LISTED_LEAD.pattern}")
"""What any other lead may not hold: those, and a list's mark (、)."""
MAX_LEAD = 24
MAX_INLINE_LEAD = 16
MIN_ELABORATION = 40
MIN_LEAD_SHARE = 0.5
"""Share of a section's paragraphs that must open with a lead sentence for those to be its points: a writer who
heads points heads them all (an opening paragraph or a closing one aside)."""


MIN_MIDDLE = 4
"""Paragraphs between a section's first and last enough to judge whether its writer heads them all."""


def lead_title(sentence: str, limit: int = MAX_LEAD, listed: bool = False) -> str | None:
    """The heading text if `sentence` reads as a lead sentence, else None; `listed`: it may name a list (协调推进医疗、
    医保、医药联动改革), as a lead among leads does."""
    text = sentence.strip()
    if not text or text[-1] not in TERMINAL:
        return None
    text = text.rstrip(TERMINAL)
    if not 4 <= len(text) <= limit or text.startswith(BODY_OPENINGS) and not LEAD_OPENING.match(text):
        return None
    if (NOT_IN_LISTED_LEAD if listed else NOT_IN_LEAD).search(_unquoted(text)):
        return None
    return text


MAX_HEADING_LINE = 20
HEADING_LINE = re.compile(r"[\u4e00-\u9fff“”《》]+")
"""What a sub-heading on a line of its own is made of (关于劳动就业问题): words, no punctuation, no figures."""
ENDS_SENTENCE = tuple(TERMINAL + "：:”」")
MIN_BODY = 20
"""Characters the paragraph after a heading line holds at least (a line of a text broken at a width counts)."""
INVISIBLE = " \t\u200b\u3000\ufeff"
CONTINUATION = re.compile(r"^[，,、；;。的了和与及]")


def heading_line(text: str, before: str, after: str) -> bool:
    """A short line of its own, between a finished paragraph and the body it heads (older reports' sub-headings,
    unnumbered): not a line broken inside a sentence (…１２亿九十一 / 元，较…), whose neighbours do not end or open
    as sentences do."""
    text = text.strip()
    if not 4 <= len(text) <= MAX_HEADING_LINE or not HEADING_LINE.fullmatch(text) or text.startswith(BODY_OPENINGS):
        return False
    before = before.strip(INVISIBLE)
    if before and not before.endswith(ENDS_SENTENCE):
        return False
    body = after.strip()
    return len(body) >= MIN_BODY and not CONTINUATION.match(body) and not HEADING_LINE.fullmatch(body)


def _unquoted(text: str) -> str:
    """Quoted terms may hold anything (畅通能上能下“双行道”): judge only the text outside quotes."""
    return re.sub(r"“[^”]*”|《[^》]*》", "", text)


def parallel(titles: list[str]) -> bool:
    """Siblings of parallel form: all open with the same two characters."""
    return len(titles) >= 2 and len({title[:2] for title in titles}) == 1


def paragraph_leads(paragraphs: list[str]) -> list[str | None]:
    """For each paragraph, its lead title (or the whole of it, where it is a heading line of its own), when the
    paragraphs hold two or more leads; else all None."""
    items = [_continues_a_series(text) for text in paragraphs]
    if any(items):  # 二要加强环境保护。… after a lead whose text ran into 一要: a point, not a lead, nor prose
        others = iter(paragraph_leads([text for text, item in zip(paragraphs, items) if not item]))
        return [None if item else next(others) for item in items]
    titles: list[str | None] = []
    for index, text in enumerate(paragraphs):
        first = sentences(text)[:1]
        has_body = first and len(text) > len(first[0])
        before = paragraphs[index - 1] if index else ""
        after = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        titles.append(lead_title(first[0]) if has_body else text if heading_line(text, before, after) else None)
    lines = [title for title, text in zip(titles, paragraphs) if title and title == text]
    if len(lines) >= 2:  # sub-headings of their own lines: the paragraphs' opening sentences are body text then
        titles = [title if title == text else None for title, text in zip(titles, paragraphs)]
    else:  # one short line alone is no sign of structure (a line a page cut: 要全面深化各领域改)
        titles = [None if title == text else title for title, text in zip(titles, paragraphs)]
    found = [t for t in titles if t]
    if len(lines) < 2 and len(found) < MIN_LEAD_SHARE * len(paragraphs):
        return [None] * len(paragraphs)  # 3 short openings among 10 paragraphs: prose, not the section's points
    middle = titles[1:-1]
    if len(lines) < 2 and len(middle) >= MIN_MIDDLE and sum(map(bool, middle)) <= MIN_LEAD_SHARE * len(middle):
        return [None] * len(paragraphs)  # half the paragraphs between the first and the last lack one: prose
    if len(found) < 2:
        return [None] * len(paragraphs)
    return titles if lines else [title or _listed_lead(text) for title, text in zip(titles, paragraphs)]


def _listed_lead(text: str) -> str | None:
    """The lead of a paragraph among paragraphs that open with leads, where its lead names a list (协调推进医疗、医保、
    医药联动改革。健康是…): a point of the section, not prose."""
    first = sentences(text)[:1]
    return lead_title(first[0], listed=True) if first and len(text) > len(first[0]) else None


def _continues_a_series(text: str) -> bool:
    """The paragraph opens with a run-in item numbered past one (二要, 三是, 其次): it goes on a series, and
    a series' items left where the numbering could not place them are never the section's leads."""
    marker = find_marker(text)
    return bool(marker and marker.rule.kind == "point" and marker.ordinal > 1)


def inline_leads(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Split a paragraph into its intro and (lead title, text) runs, when it holds a series of inline leads;
    else (text, []).

    The intro is the text before the first lead. A series counts when it has two or more leads, each
    followed by at least MIN_ELABORATION characters before the next, and no other sentence of the
    paragraph is free of commas (a writer who uses short plain sentences as prose uses no leads);
    or when the leads are parallel.
    """
    parts = sentences(text)
    marks = [lead_title(s, MAX_INLINE_LEAD) for s in parts]
    if sum(1 for m in marks if m) < 2 or not marks or marks[0]:
        return text, []
    intro: list[str] = []
    runs: list[tuple[str, list[str]]] = []
    for sentence, mark in zip(parts, marks):
        if mark:
            runs.append((mark, []))
        elif runs:
            runs[-1][1].append(sentence)
        else:
            intro.append(sentence)
    leads = [(title, "".join(body)) for title, body in runs]
    plain_prose = any(not mark and not re.search(r"[，,；;：:]", s) for s, mark in zip(parts, marks))
    elaborated = not plain_prose and all(len(body) >= MIN_ELABORATION for _, body in leads)
    if elaborated or (parallel([title for title, _ in leads]) and all(body for _, body in leads)):
        return "".join(intro), leads
    return text, []
