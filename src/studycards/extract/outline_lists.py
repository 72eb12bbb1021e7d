"""Outline lists: the principles of an article, the points under a heading, in order."""

from __future__ import annotations

import re
from itertools import accumulate

from studycards.extract.passages import heading_paragraph, nodes_with_trail, origin
from studycards.facts import normalise, Fact
from studycards.outline import Document, Node, sentences
from studycards.parsing.numbering import LAW_STYLES, NUMBERED_STYLES, cn_count
from studycards.parsing.tree import INLINE_STYLES, MAX_OPENING, one_liner
from studycards.segment import Segmenter, segmenter

MAX_ITEMS = 20


def extract_outline_lists(document: Document, seg: Segmenter) -> list[Fact]:
    facts = []
    before_gaps = {id(node) for node, _ in nodes_with_trail(document) for node in _before_gaps(node)}
    for node, trail in nodes_with_trail(document):
        if node.style == "closing" or id(node) in before_gaps:  # a closing has no points; nor has a part whose end
            continue  # the text leaves unsure, a heading after it missing (（二） then （四）: where did （三） begin?)
        paragraph = heading_paragraph(node) if node.kind != "article" else _intro(node)
        lists = lists_of(node)
        intros = [_introduction(node, items) for items in lists] if len(lists) > 1 else []
        title = node.title or _lead(node) or node.label
        for items in lists:
            if _uncertain(node, items) or _statistics(items):
                continue  # a skeleton the text may not have is worse than none
            # several lists under one heading: each is named by the sentence that announces it (a law's 款:
            # 有下列情形之一的，不得担任…：), else by how its items are numbered (——…, 一是…)
            several = len(lists) > 1
            lead = _list_lead(node, items) if several and node.style == "law-article" else ""
            introduction = _introduction(node, items) if several else ""
            named = f"{title}（{items[0].marker.strip('、，. ')}…）" if several and items[0].marker else title
            alike = sum(other[0].marker == items[0].marker for other in lists) > 1
            announced = alike or ANNOUNCES.search(introduction)  # lists numbered alike, or one a sentence announces
            if announced and introduction and len(introduction) <= MAX_QUESTION and intros.count(introduction) == 1:
                named = f"{title}：{introduction}"  # named by what introduces it, not （——…）
            named = lead or named
            inline = "" if several else _inline_introduction(node, items)
            if inline and len(inline) <= MAX_QUESTION:
                named = f"{title}：{inline}"  # 过去五年的工作：党的十四大作出三项具有深远意义的决策
            within = "" if several or inline else _announced_within(node, items)
            if within:
                named = f"{title}：{within}"
            cited = (items[0].line, within) if within else (node.line, paragraph)  # where the list stands
            facts.append(
                Fact(
                    kind="outline",
                    text=named,
                    answers=tuple(child.title for child in items),
                    origin=origin(document, trail, *cited),
                    markers=tuple(child.marker for child in items),
                    details=tuple(tuple(grand.title for grand in child.children if grand.title) for child in items),
                    question=_law_question(document, node, items, lead) if lead or not several else "",
                )
            )
    return facts


PARTS = {"law-part": "编", "law-chapter": "章", "law-section": "节", "law-article": "条"}
LISTED = re.compile(
    r"(?:下列|以下)(?:各项)?(?P<count>[一二三四五六七八九十两]+[项个条点种类])?(?P<what>[\u4e00-\u9fff]{0,4}?)(?:之一)?"
    r"(?=[：:，,。的不应可予给由]|$)"
)
MAX_QUESTION = 40
LISTED_LONG = re.compile(r"(?:下列|以下)(?:各项)?")
HOW_MANY = re.compile(r"(?<=下列|以下)(?:[一两][种项类个](?:或者|或)[几多][种项类个]|一种(?=方式))")
"""How many of a list apply, which a question does not repeat (采取下列一种或者几种措施 -> 采取哪些措施)."""
COUNT = r"[两二三四五六七八九十]+[项个种类]"
"""How many a list holds, as a lead names it (两项, 三种)."""
COUNTED_LONG = re.compile(rf"(?:下列|以下)(?={COUNT})")
"""下列 before a count (适用下列两项税率中较高者 -> 适用哪两项税率中较高者)."""
ASKS_WHAT = re.compile(r"(?:包括|包含|是指|做到|用于|适用于|分为|享有|遵守)$")
"""A lead ending on a verb whose object is the list: 外国国家包括 -> 外国国家包括哪些？ (not 包括有哪些)."""
MAX_LEAD = 100
"""Characters of a lead that a question may repeat whole."""
ONE_OF = re.compile(r"(?:下列|以下)(?:各项)?(?P<what>[^，,：:；;。]{0,12}?)(?P<one>之一)?(?=[，,：:；;。的]|$)")


def _which(match: re.Match) -> str:
    what = match.group("what")
    return f"哪{what}" if re.match(COUNT, what) else f"哪些{what}"


IS = re.compile(r"(?:是|(?<![行作认])为)$")
"""A lead that ends on its copula (…基本原则是：), not on a noun in 为 (…的行为)."""


ANNOUNCES = re.compile(r"以下|如下|下列|[一二三四五六七八九十两几]+(?:个|项|件|条|大|点|方面)|主要")
"""A sentence that announces the list after it (一年来，我们主要做了以下六方面工作), not merely stands before it."""


def _lead(node: Node) -> str:
    """The words before a law node's items: an article's first paragraph (公务员应当履行下列义务：), or the
    sentence of a part that announces them (党的建设必须坚决实现以下四项基本要求。)."""
    if node.style == "law-article":  # the paragraph just before the items introduces them (下列固定资产不得…：)
        first = node.children[0].line if node.children else 0
        before = [p.text for p in node.paragraphs if p.line < first] or [p.text for p in node.paragraphs[:1]]
        return before[-1].rstrip("：:") if before else ""
    first = node.children[0].line if node.children else 0
    before = [p.text for p in node.paragraphs if p.line < first]
    last = sentences(before[-1])[-1].rstrip("。：:") if before else ""
    return last if LISTED.search(last) else ""


def _asked(match: re.Match) -> str:
    count = match.group("count")
    return f"哪{count}{match.group('what')}" if count else f"哪些{match.group('what')}"


def _list_lead(node: Node, items: list[Node]) -> str:
    """The paragraph of a law article right before one of its lists, if it announces it (…下列…：)."""
    before = [p.text for p in node.paragraphs if p.line <= items[0].line and p.line >= node.line]
    last = before[-1].rstrip("：:") if before and before[-1].endswith(("：", ":")) else ""
    return last


def _law_question(document: Document, node: Node, items: list[Node], lead: str = "") -> str:
    """《公务员法》的十八章依次是什么？; 第十四条规定公务员应当履行哪些义务？ ('' outside laws)."""
    units = {PARTS.get(item.style, "部分") for item in items}
    if all(item.style in LAW_STYLES for item in items):
        unit = units.pop() if len(units) == 1 else "部分"
        name = document.cited if node.kind == "article" else node.label
        return f"{name}的{cn_count(len(items))}{unit}依次是什么？"
    lead = HOW_MANY.sub("", lead or (_lead(node) if node.style in LAW_STYLES else ""))
    if not lead:
        return ""
    clause = next((c for c in re.split(r"[；;。]", lead) if LISTED.search(c)), "")
    if clause and len(clause) <= MAX_QUESTION and not re.search(r"[；;]", lead):
        return f"{node.label}规定{LISTED.sub(_asked, clause, count=1).lstrip('，,')}？"
    first = re.split(r"[；;。]", lead)[0]  # the lead to its first rule: 违反本法规定，有下列行为之一，由…处…罚款；
    graded = first != lead.rstrip("：:。") and "情节" in first  # 情节较轻的，…；情节较重的，…: no rule is the first
    if LISTED_LONG.search(first) and len(first) <= MAX_LEAD and not graded:  # 下列…之一 asked as 哪些…
        return f"{node.label}规定{ONE_OF.sub(_which, first.rstrip('：:'), count=1)}？"
    named = LISTED.search(lead)
    if named and named.group("what"):  # a long lead: 有下列行为之一，情节较轻的，给予…处分；…：
        return f"{node.label}规定{_named_clause(lead, named)}？（按顺序）"
    last = re.sub(r"如下$", "", re.split(r"[。；;]", lead)[-1])  # 各专门委员会的工作如下：
    if 4 <= len(last) <= MAX_QUESTION and not re.search(r"[，,]", last):  # …基本原则是： / …纪律处分种类：
        if LISTED_LONG.search(last):  # 经营者不得实施下列侵犯商业秘密的行为 -> …实施哪些侵犯商业秘密的行为？
            return f"{node.label}规定{_which_of(last)}？"
        if ASKS_WHAT.search(last):
            return f"{node.label}规定{last}哪些？"
        if IS.search(last):
            return f"{node.label}规定{last}什么？"
        if sum(bool(RULED_ITEM.match(item.title)) for item in items) * 2 > len(items):
            return f"{node.label}对{last}作了哪些规定？"  # 享有…的人员：（一）应当尊重…（二）不得干涉…: their duties
        return f"{node.label}规定的{last}有哪些？"
    if LISTED_LONG.search(lead) and len(lead) <= 2 * MAX_QUESTION and not re.search(r"[。；;]", lead):
        return f"{node.label}规定{_which_of(lead.rstrip('：:'))}？"  # 贿赂哪些单位或者个人，以…
    return f"{node.label}规定“{_tail(lead)}”的{cn_count(len(items))}项是什么？（按顺序）"


RULED_ITEM = re.compile(r"(?:应当|应|不得|必须|须|可以|有权|禁止|不)")
"""How an item opens that states what the lead's subject must, may or may not do: the lead names no members then."""


def _which_of(lead: str) -> str:
    """The lead with its 下列 asked: 哪两项 before a count, else 哪些 (for 下列一种或者几种 too)."""
    if COUNTED_LONG.search(lead):
        return COUNTED_LONG.sub("哪", lead, count=1)
    return LISTED_LONG.sub("哪些", lead, count=1)


def _tail(lead: str) -> str:
    """The lead's last clauses, whole, up to MAX_QUESTION characters (at least its last clause): a
    quotation that starts inside a word (“人；信托文件未规定的…”) cues nothing."""
    clauses = re.split(r"(?<=[，,；;。])", lead.rstrip("。；;：:"))
    tail = ""
    for clause in reversed([c for c in clauses if c]):
        if tail and len(clause) + len(tail) > MAX_QUESTION:
            break
        tail = clause + tail
    return tail.strip("，,；;。")


def _named_clause(lead: str, named: re.Match) -> str:
    """The clause of a long lead that names the list, with what it says of the list (有哪些情形之一的，可以减征个人
    所得税) or, for a short one, the lead's opening (人民武装警察部队参与处置…，主要担负哪些任务)."""
    start = max(lead.rfind(mark, 0, named.start()) for mark in "，,；;。") + 1
    ends = [i for i in (lead.find(mark, named.end()) for mark in "，,；;。") if i >= 0]
    end = min(ends, default=len(lead))
    if lead[start:].startswith(("且", "并", "或者", "以及", "而")) and start > 0:  # …被侵犯，且提供以下证据之一的
        start = max(lead.rfind(mark, 0, start - 1) for mark in "，,；;。") + 1
    clause = LISTED.sub(_asked, lead[start:end], count=1)
    if clause.endswith("的") and end < len(lead):  # a condition: what follows it is what the list is for
        after = re.split(r"[，,；;。]", lead[end + 1 :])[0]
        return _clipped(f"{clause}，{after}")
    if start > 0 and len(clause) < MAX_QUESTION // 2:
        return f"{lead[: min(start - 1, MAX_QUESTION // 2)]}…{clause}"
    if len(clause) < MAX_QUESTION // 2 and end < len(lead):  # 有哪些行为，由…责令停止违法行为
        return _clipped(f"{clause}，{lead[end + 1 :]}")
    return clause


DANGLING = re.compile(r"(?:或者|或|和|及|与|以及|并|、|，|,)+$")
"""What may not end a question cut short: a conjunction or a mark waiting for what follows (…责令停止建设或者)."""


def _clipped(question: str) -> str:
    """`question` cut to MAX_QUESTION characters at its last clause mark past half of it, else with an ellipsis after
    its last whole word that waits for nothing (…责令停止建设…, not …责令停止建设或者, nor …或者停产 of 停产停业)."""
    if len(question) <= MAX_QUESTION:
        return question
    cut = question[:MAX_QUESTION]
    mark = max(cut.rfind(m) for m in "，,、")
    if mark >= MAX_QUESTION // 2:
        return cut[:mark]
    ends = list(accumulate(len(word) for word in segmenter().words(question)))
    return DANGLING.sub("", question[: max(end for end in ends if end <= MAX_QUESTION)]) + "…"


BROKEN_LEAD = re.compile(r"^[的了于和与及而之地得着过]|^(?:各位|各們|同志|现在|現在)|我|你|他们|他們")
"""A lead that opens with a particle (a line broken inside a sentence: 的代表人物组成的), is a salutation or says
I or you is body text, not a sub-heading."""


def _before_gaps(node: Node) -> list[Node]:
    """The children of `node` after which a number is missing (（二）, then （四）)."""
    children = node.children
    return [
        child
        for child, after in zip(children, children[1:])
        if child.marker and after.style == child.style and after.ordinal > child.ordinal + 1
    ]


def _uncertain(node: Node, items: list) -> bool:
    """Unnumbered lead sentences read as the points of `node` where one of them is no sub-heading (a broken line,
    a salutation, the speaker) or repeats the heading (始终不渝走和平发展道路 › 中国将始终不渝走和平发展道路): the
    structure is a guess, and a card would teach it as the text's. Numbered ones where a number is missing
    (（一）（二）（四）): the text lost a heading, and its points are not those the card would recite."""
    if any(child.marker for child in items):
        return any(after.ordinal > child.ordinal + 1 for child, after in zip(items, items[1:]) if after.marker)
    heading = normalise(node.title)
    return any(BROKEN_LEAD.search(child.title) or (heading and heading in normalise(child.title)) for child in items)


FIGURE = re.compile(r"[0-9０-９][0-9０-９，,．.]*\s*(?:[％%]|[万亿]?(?:元|吨|斤|担|亩|人|个|公里|千瓦|万|亿))")
"""A measured figure: ９０３，０６５，０００元, 32%, 1.2亿人."""


def _statistics(items: list) -> bool:
    """Items that are lines of a statement of accounts ((一)各项税收共收到…元，完成预算数的…％; (三)…的占32%):
    figures, not points a learner recites in order."""
    return sum(bool(FIGURE.search(child.title)) for child in items) * 2 >= len(items)


def lists_of(node) -> list[list]:
    """The lists a node holds: its titled children, split where the numbering style changes (seven ——
    bullets then 一是…六是 are two lists, not one of thirteen) or starts again from 1; lists of fewer than two
    items are none."""
    groups: list[list] = []
    for child in (child for child in node.children if child.title and child.style != "closing"):
        restarts = child.marker and child.ordinal == 1  # （一）（二）…（一）: a law's next 款 lists anew
        if (
            groups
            and groups[-1][-1].style == child.style
            and not restarts
            and not _introduced(node, groups[-1][-1], child)
        ):
            groups[-1].append(child)
        else:
            groups.append([child])
    if len(groups) > 1 and all(len(group) == 1 for group in groups):
        groups = [[child for group in groups for child in group]]  # mixed styles, one item each: one list
    return [group[:MAX_ITEMS] for group in groups if len(group) >= 2]


def _introduced(node: Node, previous: Node, child: Node) -> bool:
    """A paragraph of `node` stands between two of its items: it introduces a new list (…以下鲜明特色。——… then
    必须牢牢把握以下重大原则。——…: two lists, not one chain). Not where the item's number goes on from the one before
    (一要…。<a paragraph that goes on with it> 二要…): cut there, a card would count the series short (二要 and 三要
    as its "two points"); nor between two lead sentences, unless it announces a list (坚持优先发展教育。…
    <促进义务教育均衡发展，…> 办好民族教育。…: one section's points, not a point alone and a list of three)."""
    numbered = previous.style in NUMBERED_STYLES and child.style in NUMBERED_STYLES  # 二要, （二）; not ——
    if numbered and child.ordinal == previous.ordinal + 1:
        return False
    between = [p.text for p in node.paragraphs if (previous.end or previous.line) < p.line < child.line]
    if previous.style == child.style == "lead":  # a paragraph with no lead of its own goes on with the point before
        return any(_announces(text) for text in between)
    return bool(between)


def _announces(paragraph: str) -> bool:
    """Whether `paragraph` ends by announcing a list (…要抓好以下几项工作：): it opens a new group of points."""
    return paragraph.rstrip().endswith(("：", ":"))


def _introduction(node: Node, items: list) -> str:
    """The last sentence of the paragraph of `node` just before `items`, if one stands there."""
    before = [p.text for p in node.paragraphs if p.line < items[0].line]
    return sentences(before[-1])[-1].rstrip("。：:") if before else ""


def _inline_introduction(node: Node, items: list) -> str:
    """The sentence that announces a run-in series (一是…, on its line or at a paragraph's end) where the heading
    says more than the series (other paragraphs, long sentences before it): what the series counts is what that
    sentence says (发展卫生事业，今年重点抓好三件事; 物价涨幅这么大，既有客观原因，也有…缺点), not the heading's points
    ('' for a series that is all the heading says)."""
    if items[0].style not in INLINE_STYLES or node.style.startswith("law-"):
        return ""  # a law's or a charter's part asks its list by its own lead (总纲规定…哪四项基本要求？)
    same = [p.text for p in node.paragraphs if p.line == items[0].line and p.text.strip()]
    before = [p.text for p in node.paragraphs if p.line < items[0].line and p.text.strip()]
    intro = same[0] if same else before[-1] if before else ""
    others = [p for p in node.paragraphs if p.text.strip() and p.text != intro]
    if not intro or not others and len(intro) <= MAX_OPENING:
        return ""
    return sentences(intro)[-1].strip().rstrip("。：:，,；;")


SHORT_ANNOUNCEMENT = 12
"""Characters of an announcing sentence that says only that a list follows (今后准备采取以下措施): the sentence before
it says what the list is for."""


def _announced_within(node: Node, items: list) -> str:
    """The sentence announcing a list that stands deep in a report's part, after other paragraphs (科技人才的统一管理
    和合理使用，是当前最迫切需要解决的问题。今后准备采取以下措施：（１）…): the list's items are the measures it
    announces, not the part's points ('' for a list that opens its part, or one no colon announces)."""
    if node.style.startswith("law-") or not all(map(one_liner, items)):
        return ""  # items that are parts of their own (2008年主要任务: 九个方面工作) are the part's points
    colon = ("：", ":")
    before = [
        p.text
        for p in node.paragraphs
        if p.line != node.line and (p.line < items[0].line or p.line == items[0].line and p.text.endswith(colon))
    ]  # on the items' own line, only the words that announce them (重申党的纪律：（一）…)
    if len(before) < 2 or not before[-1].endswith(colon):
        return ""
    said = sentences(before[-1])
    announcing = said[-1].rstrip("。：:")
    if len(announcing) < SHORT_ANNOUNCEMENT and len(said) > 1:
        announcing = f"{said[-2].rstrip('。')}。{announcing}"
    return announcing


def _intro(article) -> str:
    """An article's opening paragraph (what it sets out to say), else its title."""
    return article.paragraphs[0].text if article.paragraphs else article.title
