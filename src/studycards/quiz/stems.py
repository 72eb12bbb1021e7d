"""Stems that stand alone: they name their source, keep their subject, and never blank a whole predicate.

- The source: 根据《中华人民共和国公务员法》， for a law, 《中国共产党章程》规定， for a charter or regulation,
  《政府工作报告》指出， for a report or speech, as real exam items do.
- The subject: a clause that starts with 是, 由, 但是, 作为, 这些 … depends on what came before it (frames.py
  restores it, from the sentence or the paragraph).
- The predicate: 预备党员必须＿ (the blank everything after a modal word) or a whole clause blanked between
  commas tests a paraphrase, not a phrase.
- Placeholders of a template (A总书记, XX同志) are never shown.
"""

from __future__ import annotations

import re

from studycards.extract.antecedents import POINTER, lacks
from studycards.extract.provisions import JOINS
from studycards.extract.trivial import closing_deng

DEPENDENT = re.compile(
    r"^(?:是|由|但是|但|然而|不然|否则|以上|作为|这些|这是|这就|其中|并且|而且|因此|因为|所以|同时|此外|"
    r"这种|这个|这一|这项|这样|上述|前款|前述|前两款|有的)"
)
"""What a clause starting so depends on: the subject or the list it speaks of came before (这种做法, 上述目标,
前款规定, 有的: what they point to is not in the stem)."""
PLACEHOLDER = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,3}(?:总书记|同志|书记|主席|总理|省|市|县|区|镇|乡|村|单位|公司)")
"""A template's stand-in for a name: A总书记, XX市, B同志."""
MODAL_END = re.compile(r"(?:必须|应当|应该|可以|不得|不准|禁止|要|需要|务必|严禁)$")
CLAUSE_EDGE = "，,；;：:。！？!?"
WHOLE_CLAUSE = 8
"""A blank at least this long that fills a clause from one comma to the next is a clause, not a phrase."""
FILE_DATE = re.compile(r"[_\s]*\d{8}(?=》?$)")
"""A date a file name carries (…的决定_19880701): no part of the title."""
LAW_TITLE = re.compile(r"(?:法|法典)(?:（[^）]*）)?$")
APPROVES = re.compile(r"关于批准[^《》]{0,12}《([^《》]+)》的(?:决议|决定)$")
"""A decision that approves a text and carries it (…关于批准《X条例》的决议, …批准中央军事委员会《关于…的规定》的决定)."""
RULES_TITLE = re.compile(r"(?:章程|条例|规定|规则|办法|准则|细则|决定|通知|意见|纲要|规划)(?:（[^）]*）)?$")


def citation(document: str, which: bool = False) -> str:
    """How a stem names its source: 根据《X法》， / 《X条例》规定， / 《X报告》指出， ('' without a name); a stem that asks
    which of a list (`which`: 下列属于…的有) is 根据《X》， whatever the genre."""
    name = FILE_DATE.sub("", document.strip()).strip("《》").replace("_", " ").strip()
    approved = APPROVES.search(name)
    if approved:  # …关于批准《广东省经济特区条例》的决议: what it states is the 条例's, cited by its own name
        name = approved.group(1)
    name = name.replace("《", "〈").replace("》", "〉")  # a title within the title
    if not name:
        return ""
    if which or LAW_TITLE.search(name):
        return f"根据《{name}》，"
    if RULES_TITLE.search(name):
        return f"《{name}》规定，"
    return f"《{name}》指出，"


def has_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER.search(text))


def blanks_a_predicate(before: str, answer: str, after: str) -> bool:
    """Whether a blank is a whole predicate or clause: all that follows a modal word to the clause's end
    (预备党员必须＿。), or a long clause from one comma to the next (违反本法规定，＿，构成犯罪的)."""
    rest = after.lstrip("”’」』")
    ends_clause = not rest or rest[0] in CLAUSE_EDGE or rest.startswith("……")
    if ends_clause and MODAL_END.search(before.rstrip("“‘「『")):
        return True
    starts_clause = not before or before[-1] in CLAUSE_EDGE or before.endswith("……")
    return starts_clause and ends_clause and len(answer) >= WHOLE_CLAUSE


INNER_JOIN = re.compile(r".(?:和|以及|及|的|在).")


ORGANS_WITH_JOIN = (
    "工业和信息化",
    "住房和城乡建设",
    "人力资源和社会保障",
    "文化和旅游",
    "卫生和计划生育",
    "发展和改革",
)
"""The State Council's departments whose names hold a 和: a member of a law's list of organs (生态环境、住房和城乡建设、
发展改革等部门), whole."""


def straddles_members(before: str, answer: str, after: str) -> bool:
    """Whether a blank that stands as a list member holds a join or a 的 inside it (企业、{{社会团体和教育}}、科研机构;
    海岛自然资源、{{自然景观以及历史}}、人文遗迹; 人员、{{物资的疏散}}和隐蔽): in a law, such a member was cut across two
    members or a member and its head. Blind readers of sessions 12-18 marked a law's such fill-ins bad 11 times of 14.
    A department's name (住房和城乡建设) is one member."""
    named = any(name in answer for name in ORGANS_WITH_JOIN)
    return as_member(before, after) and not named and bool(INNER_JOIN.search(answer))


def as_member(before: str, after: str) -> bool:
    """Whether a blank stands between a list's joins (企业、＿、科研机构; a blank that opens its stem is none)."""
    return before.endswith(tuple(JOINS)) or after.startswith(tuple(JOINS))


LIST_MEMBERS = re.compile(rf"(?:(?:以及|或者|[{JOINS}])[^，,。；;：:{JOINS}的]{{1,16}})*")
"""A list's members after a blank: none holds a clause mark or 的 (…自治县制定或者公布的选举文件 is no member)."""
BLANK_QUOTES = "“”‘’「」『』"
"""Quotes around a blank that stands as a quoted member (“台湾独立”、“＿”、…)."""


def in_open_list(before: str, after: str) -> bool:
    """Whether a blank is one member of a list that 等 leaves open (公共图书馆、＿、文化馆等; 宣传、组织、＿等工作;
    “台湾独立”、“＿”、“一中一台”等): any other of its kind stands there as truly, so offered beside the answer it is
    right too. The 等 is a word of its own (平等互利, 高等教育, 四个等次 close no list). Blind readers of sessions 12-23
    marked such single choices good 0 of 9 times in laws (3 bad) and 18 of 46 in reports (all 单选: 84% and 56%)."""
    before, after = before.rstrip(BLANK_QUOTES), after.lstrip(BLANK_QUOTES)
    if not as_member(before, after):
        return False
    clause = re.split(r"[，,。；;：:！？]", after, maxsplit=1)[0]
    return any(closing_deng(clause, at) and LIST_MEMBERS.fullmatch(clause, 0, at) for at in range(len(clause)))


OPEN_PREDICATE = 8
"""A report's blank this short that is all a clause says after 是 is open (open_predicate)."""


def open_predicate(before: str, answer: str, after: str) -> bool:
    """Whether a blank is a short predicate noun after 是 that closes its clause (中小学教育是＿。; 长期维护这种友谊是＿，):
    in a report, 重要任务 or 根本保证 fits as well as the text's words. Blind readers of sessions 12-17 marked a report's
    such fill-ins of eight characters or fewer good 38% of the time and bad 6% (103 verdicts), against 60% and 3% for
    the rest; a quoted one (是“＿”) and a longer one (是一条和平发展的道路) read as well as the rest, and a law's (是＿)
    all good (20)."""
    rest = after.lstrip("”’」』")
    ends_clause = not rest or rest[0] in CLAUSE_EDGE
    return ends_clause and before.endswith("是") and len(answer) <= OPEN_PREDICATE


ITEM_MARKER = re.compile(
    r"^(?:……)?\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[，,、])"
)
"""A list item's numbering at a stem's start: （二）由两名以上行政执法人员实施 depends on its list's lead, and
第一，我国社会已经是＿ on what it is the first point of."""


def numbering_only(text: str) -> bool:
    """Whether `text` is a heading's or point's numbering and nothing else (四、, 第二，, （三）): no sentence's start."""
    return bool(ITEM_MARKER.fullmatch(text.strip()))


def bare_item(body: str) -> bool:
    """Whether a stem is a list item cut from its list: led by its numbering, or a condition ending in 的
    (未及时解除冻结的) that only the list's lead (有下列情形之一的) makes a sentence."""
    return bool(ITEM_MARKER.match(body)) or body.rstrip("。；;，, ").endswith("的")


def points_back(lead: str) -> bool:
    """Whether the words a stem opens on point to what came before them (这种做法，, 上述措施, 该单位): restored as a
    clause's subject, they leave the stem speaking of something it never shows."""
    return lacks(lead, lead) == POINTER
