"""What extractors find: typed facts with their source, independent of any card format."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

KINDS = (
    "outline",
    "judgement",
    "figure",
    "formulation",
    "enumeration",
    "maxim",
    "provision",
    "definition",
    "norm",
    "keyterm",
    "examined",
    "keyphrase",
)
"""Every kind of fact, in the order extractors run and cards are listed."""
DEFAULT_KINDS = tuple(kind for kind in KINDS if kind not in ("examined", "keyphrase"))
"""What a deck holds unless asked otherwise. Key phrases are the fallback for prose without structure; the span
model's guesses (examined: half of them weak, docs/model.md) come with --all or when asked for by name."""
ALL_KINDS = KINDS[:-1]
"""What --all asks with the default kinds: the span model's guesses too."""
IN_CONTEXT = ("figure", "judgement", "keyterm", "definition", "norm", "examined")
"""Kinds whose answer alone does not say what is asked (5%左右 is a target here, a rate there): their
identity holds the words just before the answer too."""


CONTEXT_CHARS = 8
"""Characters before the answer that identify an in-context fact (what the figure measures)."""


@dataclass(frozen=True)
class Origin:
    """Where a fact stands in its document."""

    document: str
    """The document's title."""
    document_id: str
    """The document's identity (stable across edits of its text): what note GUIDs are derived from."""
    article: str
    """Title of the article the fact belongs to."""
    trail: tuple[str, ...]
    """Breadcrumb below the document: article › section › point (titles with their markers)."""
    line: int
    """Source line of the paragraph (or heading) the fact comes from."""
    paragraph: str
    """The full source paragraph, for context on the back of a card."""


@dataclass
class Fact:
    """One thing a reader must recall: the answers, and the text that cues them."""

    kind: str
    """One of KINDS."""
    text: str
    """The sentence or clause holding the answers; for 'outline', the parent heading."""
    answers: tuple[str, ...]
    """What is to be recalled: list items in order, terms, enumeration items, the second half of a maxim."""
    origin: Origin
    spans: tuple[tuple[int, int], ...] = ()
    """Where each answer stands in `text` (start, end), in order; empty for 'outline' facts."""
    markers: tuple[str, ...] = ()
    """'outline' only: each item's numbering as written ('一要', '（一）', '' for lead sentences)."""
    details: tuple[tuple[str, ...], ...] = ()
    """'outline' only: the sub-points of each item, if any (shown on the back, not asked)."""
    question: str = ""
    """'outline' only: the question that asks the whole list, when the text words one
    (第十四条规定公务员应当履行哪些义务？); else the card asks for the points of the heading."""
    also: list[Origin] = field(default_factory=list)
    """Other places the same fact stands (merged duplicates)."""
    whole: bool = False
    """The answers are asked together, on one card (a short list of short items: 公开、平等、竞争、择优)."""
    period: str = ""
    """What a card shows before its text when the text does not say it: the year or part of a report a figure belongs
    to (1979年; 2008年工作回顾), where a report speaks of last year's results, this year's plan and a five-year target."""
    examined: float = 0.0
    """'examined' only: how sure the span model is that a question-writer would hide this answer in its sentence (its
    share of probability over the sentence's spans): ranking weighs it."""

    @cached_property
    def key(self) -> str:
        """What the fact tests, normalised: identical facts share a key and are merged.

        Computed once (a fact is never changed once made); a worker process's facts bring theirs along."""
        items = "|".join(normalise(answer) for answer in self.answers)
        if self.kind == "outline":
            return f"outline:{normalise(self.text)}:{items}"
        if self.kind == "provision":  # the same measure set in two articles is two things to know
            return f"provision:{normalise(self.origin.trail[-1] if self.origin.trail else '')}:{items}"
        if self.kind in ("enumeration", "formulation"):
            return f"{self.kind}:{'|'.join(sorted(normalise(a) for a in self.answers))}"
        if self.kind in IN_CONTEXT and self.spans:
            return f"{self.kind}:{normalise(self.text[: self.spans[0][0]])[-CONTEXT_CHARS:]}:{items}"
        return f"{self.kind}:{items}"

    def prefixed(self, before: str) -> Fact:
        """This fact with `before` put before its text (what its card must show first), its answers kept."""
        shift = len(before)
        return replace(self, text=before + self.text, spans=tuple((s + shift, e + shift) for s, e in self.spans))

    def with_spans(self, spans) -> Fact:
        """This fact asking only the answers at `spans` of its text (some of its blanks dropped or moved)."""
        return replace(self, answers=tuple(self.text[s:e] for s, e in spans), spans=tuple(spans))

    def keeping(self, spans) -> Fact | None:
        """This fact asking the answers at `spans` (some of its blanks dropped or moved): itself when they are its
        own spans, None when none is left."""
        spans = tuple(spans)
        if spans == self.spans:
            return self
        return self.with_spans(spans) if spans else None

    def front(self, mark: str) -> str:
        """This fact's text as its card shows it, each answer's span put as `mark` (人民警察实行[…]。)."""
        text = self.text
        for start, end in reversed(self.spans):
            text = text[:start] + mark + text[end:]
        return text

    def identity(self) -> str:
        """A stable id: the document's identity and what the note tests (not its wording around it)."""
        digest = hashlib.sha1(f"{self.origin.document_id}\x1f{self.key}".encode()).hexdigest()
        return digest[:16]


DETERMINER_WORDS = ("其他", "其它", "各个", "各", "有关", "一切", "所有", "全部", "某些", "这些", "那些", "每个", "每")
"""Words that pick out which or how many of a kind (各地区, 其他事业, 一切资产阶级的…): no kind of their own."""


GENERIC_WORDS = frozenset(
    [
        "干部",
        "工作",
        "坚持",
        "发展",
        "建设",
        "推进",
        "加强",
        "推动",
        "提高",
        "实施",
        "完善",
        "深入",
        "全面",
        "积极",
        "进一步",
        "有关",
        "方面",
        "问题",
        "能力",
        "水平",
        "领导",
        "群众",
        "政治",
        "担当",
        "作为",
        "安全",
        "学习",
        "价值",
        "贡献",
        "经济",
        "社会",
        "制度",
        "机制",
        "体系",
        "国家",
        "人民",
        "政府",
        "党员",
    ]
)
"""Words too generic to be an answer on their own: a card that asks for 干部 tests nothing."""


PUNCTUATION = re.compile(r"[\s“”‘’\"'《》〈〉「」『』（）()【】、，,。．.；;：:！!？?—\-…·]")


@lru_cache(maxsize=2**14)
def normalise(text: str) -> str:
    """Text compared without quotes, book-title marks, punctuation or spaces (remembered: a law's answers and
    members are normalised again and again, 6 977 times for 922 texts in the company law)."""
    return PUNCTUATION.sub("", text)


def alike_at_an_end(texts: list[str] | tuple[str, ...]) -> bool:
    """Whether non-empty texts all open or all end alike (法治政府、创新政府; 不作为、不到位): built as one series."""
    return len({text[0] for text in texts}) == 1 or len({text[-1] for text in texts}) == 1
