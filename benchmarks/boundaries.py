"""Suspicious deletions and unanswerable cards over a half of the corpus, in the default deck.

    PYTHONPATH=src python benchmarks/boundaries.py tune          # the tuning half
    PYTHONPATH=src python benchmarks/boundaries.py check --show 3  # the checking half, 3 examples of each

It counts, over the notes the default budget keeps:
- inside word: a deletion edge inside a jieba word (posseg) of the card's text (most are the tagger's words across a
  rule's edge, which clauses.whole_words keeps on purpose: 之日|起, 十日|前, 报|上一级, 国家|所有);
- cut unit: a deletion that cuts a whole unit as extract/units.py sees one: a suffix noun left outside (所有权|人,
  涉密|人员), a list's last member that is a modifier without its head (伪造、变造、{{故意}}|损毁);
- list continues: a list deletion next to another member of its list (、X, 和X after it; X、 before it);
- verb swallowed: a list whose first member opens with a verb that no other member opens with;
- short cue: a card whose front shows fewer than 4 characters besides its answer (an article number, 的, 是什么
  and the like not counted);
- long list in order: a card that asks more than 8 items in order;
- figure unmeasured: a figure card with no noun besides the figure, or the figure inside a subject phrase whose
  predicate the card leaves out (年满十八周岁的公民，);
- shared sentence: two notes on one sentence where one shows the other's answer;
- pointer: a card whose sentence points back (这个方针, 前款规定的, 上述) or to a list it does not show (有下列行为之一的)
  with nothing before it on the card;
- no subject: a card whose sentence opens with no subject (要{{…}}, 才能成为{{…}}, 也是{{…}}) and nothing before it;
- gives away: a card whose front states its own answer elsewhere (extract/giveaway.py: the answer whole, its figure
  without the qualifier, or all of it but a light verb: {{协商解决}}……协商不成的).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from halves import corpus_documents  # noqa: E402

from studycards.cards import make_notes  # noqa: E402
from studycards.cards.note import OVERLAP, QA  # noqa: E402
from studycards.extract.antecedents import LIST, NO_SUBJECT, POINTER, gap  # noqa: E402
from studycards.extract.giveaway import gives_away  # noqa: E402
from studycards.extract.units import whole_units  # noqa: E402
from studycards.facts import Fact, normalise  # noqa: E402
from studycards.pipeline import study  # noqa: E402
from studycards.ranking import select  # noqa: E402
from studycards.segment import segmenter  # noqa: E402

MIN_CUE = 4
MAX_IN_ORDER = 8
NOT_CUE = re.compile(
    r"第[一二三四五六七八九十百零〇\d]+[条章节款项编]|（[一二三四五六七八九十]+）|按顺序|是什么|有哪些|哪些|哪[一二三四五六七八九十两\d]+[项个条点种类]|"
    r"列出了?|规定|依次|[一二三四五六七八九十两\d]+个?要点|[一二三四五六七八九十两\d]+项|的|…"
)
NOUN = re.compile(r"^(?:n|nz|vn|nr|nt|nl|ng|an|ns|j|l|i)")
CHECKS = (
    "inside word",
    "cut unit",
    "list continues",
    "verb swallowed",
    "short cue",
    "long list in order",
    "figure unmeasured",
    POINTER,
    NO_SUBJECT,
)
SHARED = "shared sentence"
GIVES_AWAY = "gives away"
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::[^}]*)?\}\}")
CONTINUES_AFTER = re.compile(r"^(?:、|(?:和|及|以及|与)[^，,。；;：:、]{1,12}(?:等|[，,。；;：:）]|$))")


def cue_of(text: str) -> int:
    return len(NOT_CUE.sub("", normalise(re.sub(r"<[^>]+>", "", text))))


def deletion_edges(fact: Fact, seg) -> list[str]:
    """What is wrong with the edges of a fact's deletions (one entry per problem)."""
    if fact.kind == "outline" or not fact.spans:
        return []
    problems = []
    words = seg.tagged(fact.text)
    starts, offset = {0}, 0
    for word, _ in words:
        offset += len(word)
        starts.add(offset)
    spans = [(fact.spans[0][0], fact.spans[-1][1])] if fact.whole else list(fact.spans)
    if fact.kind == "enumeration":
        spans = list(fact.spans)
    if any(start not in starts or end not in starts for start, end in spans):
        problems.append("inside word")
    if whole_units(fact, seg) is not fact:
        problems.append("cut unit")
    if fact.kind == "enumeration":
        first, last = fact.spans[0][0], fact.spans[-1][1]
        if fact.text[first - 1 : first] == "、" or CONTINUES_AFTER.match(fact.text[last:]):
            problems.append("list continues")
        tagged = [seg.tagged(answer) for answer in fact.answers]
        opens = [words[0][1] == "v" and len(words) > 1 for words in tagged]
        if opens[0] and not any(opens[1:]):
            problems.append("verb swallowed")
    if fact.kind == "figure" and _unmeasured(fact, seg):
        problems.append("figure unmeasured")
    lacking = gap(fact)
    if lacking:
        problems.append(POINTER if lacking == LIST else lacking)
    return problems


def _unmeasured(fact: Fact, seg) -> bool:
    start, end = fact.spans[0]
    rest = fact.text[:start] + "。" + fact.text[end:]
    if not any(NOUN.match(flag) for word, flag in seg.tagged(rest) if len(word) > 1):
        return True
    after = fact.text[end:]
    return bool(re.match(r"^[^，,。；;：:]{0,4}的[\u4e00-\u9fff]{1,6}[，,]?$", after))


def card_fronts(note) -> list[str]:
    """The text each card of a note shows before it is answered (answers hidden)."""
    if note.model == QA:
        return [note.fields["Front"]]
    if note.model == OVERLAP:
        title = note.fields["Title"]
        return [title + re.sub(r"\{\{c\d+::.*?\}\}", "", note.fields[f"Text{k}"]) for k in range(1, note.cards + 1)]
    text = note.fields["Text"]
    numbers = sorted(set(re.findall(r"\{\{c(\d+)::", text)))
    return [re.sub(r"\{\{c" + n + r"::.*?\}\}", "", text) for n in numbers]


def card_answers(note) -> list[tuple[str, list[str]]]:
    """(front, answers) of each cloze card of a note: its deletions as □, the other deletions in view (a question card
    is left out: its answer is a list on the back)."""
    if note.model == QA:
        return []
    if note.model == OVERLAP:
        texts = [note.fields["Title"] + " " + note.fields[f"Text{k}"] for k in range(1, note.cards + 1)]
    else:
        texts = [note.fields["Text"]] * note.cards
    cards = []
    for text in dict.fromkeys(texts):
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
        for number in sorted(set(re.findall(r"\{\{c(\d+)::", text))):
            answers = [m.group(2) for m in CLOZE.finditer(text) if m.group(1) == number]
            front = CLOZE.sub(lambda m, n=number: "□" if m.group(1) == n else m.group(2), text)
            cards.append((front, answers))
    return cards


def in_order_items(note) -> int:
    """How many items one card of the note asks in order."""
    if note.model == QA:
        return note.fields["Back"].count("<li>")
    if note.model == OVERLAP and note.fact.kind == "enumeration":
        asked = [
            m for k in range(1, note.cards + 1) for m in re.findall(r"\{\{c\d+::(.*?)\}\}", note.fields[f"Text{k}"])
        ]
        return max(len(re.split(r"、|和|及|与", deletion)) for deletion in asked)
    return 0


def shared_pairs(facts: list[Fact], examples: list[str] | None = None) -> int:
    """Pairs of notes on one sentence of one paragraph where one shows the other's answer."""
    by_line: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.kind != "outline" and fact.spans:
            by_line.setdefault(fact.origin.line, []).append(fact)
    pairs = 0
    for group in by_line.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if _overlap(a, b) and (_shows(a, b) or _shows(b, a)):
                    pairs += 1
                    if examples is not None:
                        examples.append(f"{_shown(a)[:50]} ‖ {_shown(b)[:50]}")
    return pairs


def _where(fact: Fact) -> tuple[int, int]:
    piece = max(re.split(r"(?<=[。！？])", fact.text), key=len)
    start = fact.origin.paragraph.find(piece)
    return (start, start + len(piece)) if start >= 0 else (-1, -1)


def _overlap(a: Fact, b: Fact) -> bool:
    (s1, e1), (s2, e2) = _where(a), _where(b)
    return s1 >= 0 and s2 >= 0 and s1 < e2 and s2 < e1


def _shows(a: Fact, b: Fact) -> bool:
    """b's card shows an answer of a in its text."""
    shown = b.text
    for start, end in sorted(b.spans, reverse=True):
        shown = shown[:start] + "\x00" + shown[end:]
    return any(normalise(answer) and answer in shown for answer in a.answers)


def measure(path: Path, seg, show: dict[str, list[str]]) -> Counter:
    counts: Counter = Counter()
    selection = select([study(str(path))])
    facts = selection.studied[0].facts
    for fact in facts:
        for problem in deletion_edges(fact, seg):
            counts[problem] += 1
            show[problem].append(f"{path.stem[:20]}: {_shown(fact)}")
    for note in make_notes(selection.studied):
        counts["cards"] += note.cards
        for front in card_fronts(note):
            if cue_of(front) < MIN_CUE:
                counts["short cue"] += 1
                show["short cue"].append(f"{path.stem[:20]}: {re.sub(r'<[^>]+>', '', front)[:60]}")
        for front, answers in card_answers(note):
            if any(gives_away(front, answer, seg) for answer in answers):
                counts[GIVES_AWAY] += 1
                show[GIVES_AWAY].append(f"{path.stem[:20]}: {'/'.join(answers)[:20]} ‖ {front[:70]}")
        if in_order_items(note) > MAX_IN_ORDER:
            counts["long list in order"] += 1
            show["long list in order"].append(f"{path.stem[:20]}: {note.fact.text[:40]} ({in_order_items(note)})")
    counts[SHARED] += shared_pairs(facts, show[SHARED])
    counts["notes"] += len(facts)
    return counts


def _shown(fact: Fact) -> str:
    text, cursor, parts = fact.text, 0, []
    for start, end in fact.spans:
        parts += [text[cursor:start], "[", text[start:end], "]"]
        cursor = end
    return "".join(parts + [text[cursor:]])[:90]


def examiner_agreement(which: str, seg, dictionary: bool = False) -> tuple[int, int, int]:
    """Of the examiners' blanks in fill items of one half: (blanks, edges on a word's edge as the tagger cuts the
    sentence, blanks with both edges there): how often their units end where ours may."""
    import json

    from halves import ITEMS, half

    blanks = on_edge = both = 0
    for line in ITEMS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["kind"] != "fill" or half(item["id"]) != which or not item.get("sentence"):
            continue
        starts = seg.dictionary_starts(item["sentence"]) if dictionary else seg.tagged_starts(item["sentence"])
        for start, end in item["blanks"]:
            blanks += 1
            edges = (start in starts) + (end in starts)
            on_edge += edges
            both += edges == 2
    return blanks, on_edge, both


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=["tune", "check"])
    parser.add_argument("--limit", type=int, help="only the first N documents of the half")
    parser.add_argument("--show", type=int, default=0, help="print N examples of each problem")
    parser.add_argument("--exam", action="store_true", help="only: examiners' blank edges that fall on a word's edge")
    parser.add_argument(
        "--dictionary", action="store_true", help="with --exam: the dictionary's words, not the tagger's"
    )
    args = parser.parse_args()
    seg = segmenter()
    if args.exam:
        blanks, on_edge, both = examiner_agreement(args.half, seg, args.dictionary)
        print(f"{args.half}: {blanks} examiner blanks; edges on a word's edge {on_edge / (2 * blanks):.1%}; ", end="")
        print(f"both edges {both / blanks:.1%}")
        return
    total: Counter = Counter()
    show: dict[str, list[str]] = {name: [] for name in CHECKS + (SHARED, GIVES_AWAY)}
    paths = corpus_documents(args.half)[: args.limit]
    for path in paths:
        try:
            total += measure(path, seg, show)
        except Exception as error:  # noqa: BLE001 - a benchmark counts failures, another branch fixes them
            total["failed"] += 1
            print(f"{path.name}: {type(error).__name__}: {error}", file=sys.stderr)
    print(
        f"{args.half}: {len(paths)} documents, {total['notes']} notes, {total['cards']} cards, {total['failed']} failed"
    )
    for name in CHECKS + (SHARED, GIVES_AWAY):
        print(f"  {name:20} {total[name]:6}")
        for example in show[name][: args.show]:
            print(f"      {example}")


if __name__ == "__main__":
    main()
