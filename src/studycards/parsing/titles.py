"""Where a heading's text ends and its paragraph begins."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from studycards.outline import sentences

MAX_TITLE = 60
CLAUSE_END = re.compile(r"(?<![0-9０-９])[，,]|[，,](?![0-9０-９]{3})|[；;：:]")
"""A clause ends at a comma, but not at one that groups a number's digits (８５７，１８２，０００元)."""
TRAILING = "。！？!?；;：:，, "
SETTING = re.compile(
    r"^(?:(?:从|自).{1,16}(?:开始|起|以来)|(?:到|截至).{1,12}(?:年|月|底|末|为止)|随着.{1,20}|为了.{1,20}"
    r"|在.{1,16}(?:上|方面|之中))$"
)
"""A clause that only sets the time, aim or field of what follows (从今年新学年开始，…; 为了…，…; 在投资的地区分布上，…):
no title alone."""


MANNER = re.compile(
    r"^(?:按照|依照|依据|根据(?!初步)(?!.*(?:核算|统计|测算|调查))|通过(?!了)|围绕|针对|依托)(?!.*(?:以下|下列|如下))"
    r"[^，,；;：:]{1,30}$"
)
"""A first clause that only says by what or around what the point is done (按照法制统一、非歧视、公开透明的原则，抓紧完善…;
通过上市、兼并、联合、重组等形式，在主要行业形成…): what is done comes after it. Not 遵循 or 本着, often the act itself
(遵循经济规律，…), a clause that announces a list (按照以下原则：…), a source of figures (根据初步核算，…) nor a
passing (通过了宪法修正案，…)."""
MAX_MANNER_TITLE = 90
"""Characters of a point's whole sentence at most, where its first clause is a MANNER; a longer one is titled by that
clause and the next, or by that clause alone where the two are long too."""


def split_title(rest: str, whole: bool = False) -> tuple[str, str]:
    """'树立鲜明导向。治国之要…' -> ('树立鲜明导向', '治国之要…'); a whole short line is all title.

    A title is a whole unit, never a cut: its first sentence; where that is long, its first clause (a long
    heading's key part: 坚持把解决“三农”问题放在突出位置，…), the whole sentence up to MAX_MANNER_TITLE where that
    clause only says by what the point is done; where the clause is long too, the whole sentence.
    `whole`: the item of a law (（五）根据…的提名，决定…的人选；…) is its whole sentence, however long."""
    first = sentences(rest)[0] if rest.strip() else ""
    if first and (whole or len(first) <= MAX_TITLE):
        return first.rstrip(TRAILING), rest[len(first) :]
    opening = CLAUSE_END.split(rest, maxsplit=1)[0]
    manner = MANNER.match(opening) is not None
    if manner and len(first) <= MAX_MANNER_TITLE:
        return first.rstrip(TRAILING), rest[len(first) :]  # 按照…的原则，抓紧完善…体系: the act is the point
    clause = _first_clause(rest)
    if manner and len(clause) > MAX_TITLE and len(opening) <= MAX_TITLE:
        clause = opening  # a long sentence whose act is long too: its manner, as before
    if len(clause) <= MAX_TITLE:
        return clause, rest[len(clause) :].lstrip("，,；;：: ")
    return first.rstrip(TRAILING), rest[len(first) :]


def _first_clause(text: str) -> str:
    """The first clause of `text`, with the next one where it only sets the scene or the means (从今年新学年开始，在…
    建立…制度)."""
    clauses = CLAUSE_END.split(text, maxsplit=2)
    if len(clauses) > 2 and (SETTING.match(clauses[0]) or MANNER.match(clauses[0])):
        return text[: len(clauses[0]) + 1 + len(clauses[1])]
    return clauses[0]


def is_title_line(text: str) -> bool:
    """A line that could title a document or article: short, no closing punctuation."""
    return 2 <= len(text) <= 40 and text[-1] not in "。！？!?；;：:，,、" and not text.startswith(("—", "-"))


NAME_PART = re.compile(r"[_\-\s]+")
DATE_PART = re.compile(r"^\d{8}$")
"""_20181229: the date a file name carries, not part of the title."""
SERIAL_PART = re.compile(r"^\d{1,3}$")
"""congress-09-: a serial number of a collection."""
YEAR_PART = re.compile(r"^(?:19|20)\d{2}$")
CJK = re.compile(r"[\u3400-\u9fff]")


ENGLISH_TITLES = {"government work report": "政府工作报告", "work report": "工作报告"}
"""Kinds of document an English file name may name: a stem cites them in Chinese."""
ENGLISH_TITLE = re.compile(
    rf"^(?:(?P<before>(?:19|20)\d{{2}}) )?(?P<kind>{'|'.join(ENGLISH_TITLES)})(?: (?P<after>(?:19|20)\d{{2}}))?$"
)


def title_from_name(name: str) -> str:
    """A file name as a title, for a document that states none: 中华人民共和国劳动法_20181229 -> 中华人民共和国劳动法,
    2025_政府工作报告_wikisource -> 2025年政府工作报告, congress-09-在…上的报告 -> 在…上的报告. A name with no Chinese
    keeps its words, spaced (annual-review -> annual review), but for a kind of report it names
    (government-work-report-1985 -> 1985年政府工作报告)."""
    parts = [part for part in NAME_PART.split(name) if part and not DATE_PART.match(part)]
    if any(CJK.search(part) for part in parts):  # latin words (wikisource) and serials label the file, not the text
        parts = [part for part in parts if CJK.search(part) or YEAR_PART.match(part)]
    english = ENGLISH_TITLE.match(" ".join(parts).lower())
    if english:  # government-work-report-1964: a Chinese reader's paper names it 1964年政府工作报告
        year = english.group("before") or english.group("after") or ""
        return f"{year}年{ENGLISH_TITLES[english.group('kind')]}" if year else ENGLISH_TITLES[english.group("kind")]
    title = ""
    for part in parts:
        if title and (CJK.match(part) or CJK.search(title[-1])):
            title += "年" if YEAR_PART.match(title[-4:]) and CJK.match(part) and not part.startswith("年") else ""
        elif title:
            title += " "
        title += part
    return title or name


CUT_NAME = 20
"""A file name this long may have been cut at a length limit (congress-18-坚定不移沿着中国特色社会主义道路前进为全面建成)."""
MIN_TAIL = 8
"""Characters of the name's end that must stand in the text to say where the title goes on."""
TITLE_GOES_ON = r"[\u4e00-\u9fff“”]{0,24}?(?=[。，；！？\s]|$)"
"""The rest of a cut title in the text: up to the end of its clause."""


def completed(title: str, text: str) -> str:
    """A title from a file name cut at a length limit, completed where the text states it whole (the theme of a
    congress report: …坚定不移沿着中国特色社会主义道路前进，为全面建成小康社会而奋斗。), with the text's own
    punctuation; the title as it was where the text does not go on from its end."""
    bare = re.sub(r"[\s，,、]", "", title)
    if len(bare) < CUT_NAME or not CJK.search(bare[-1]):
        return title
    for size in range(len(bare), MIN_TAIL - 1, -1):
        found = list(re.finditer("[，,、\\s]?".join(map(re.escape, bare[-size:])) + TITLE_GOES_ON, text))
        if found and size == len(bare):
            stated = [match.group() for match in found]  # where the text states it as it is, it is whole
            return title if any(len(whole) <= len(title) for whole in stated) else stated[0]
        if found:
            return _until(title, bare[-size:]) + found[0].group()
    return title


def _until(title: str, tail: str) -> str:
    """`title` before the characters of `tail` (its punctuation and spaces aside)."""
    kept, count = len(title), 0
    while count < len(tail) and kept > 0:
        kept -= 1
        if not re.match(r"[\s，,、]", title[kept]):
            count += 1
    return title[:kept]


SELF_NAMED = re.compile(r"(?:作|提出)(?P<title>关于[^。，；：！？]{2,40}?的[报報]告|(?:政府工作|政治|工作)[报報]告)")
"""How a speech names itself as it opens: 我代表国务院，向大会作政府工作报告; …提出关于…的报告."""
OPENING_LINES = 8
"""Lines a report's opening may run to before it names itself (an old print breaks its lines at every title it cites)."""


GENERIC_TITLE = re.compile(r"(?:政府工作|政治|工作)报告")
"""A title every year's report bears: the year its file name carries tells them apart."""


def with_year(title: str, name: str) -> str:
    """政府工作报告 -> 1957年政府工作报告 where the file name carries one year; any other title as it is."""
    years = _years(name)
    return f"{years[0]}年{title}" if GENERIC_TITLE.fullmatch(title) and len(years) == 1 else title


def _years(name: str) -> list[str]:
    return [part for part in NAME_PART.split(name) if YEAR_PART.match(part)]


REPORTS_WORK = re.compile(
    r"(?:代表|受)(?:国务院|國務院)(?:[^。]{0,12}?向[^。，；]{0,20}?报告[^。，；]{0,14}?工作|[^。]{0,60}?向大会作[^。，；]{0,4}报告)"
)
"""The other ways a government work report opens: 我代表国务院，向大会报告(过去五年的)政府工作; 我代表国务院，就当前的
经济形势…，向大会作以下报告."""


def self_named(opening: list[str], name: str) -> str:
    """The title a report gives itself in its opening lines, with the year its file name carries when it
    states none (1985年政府工作报告); '' if it gives none."""
    for text in opening[:OPENING_LINES]:
        found = SELF_NAMED.search(text)
        title = (
            found.group("title").replace("報", "报") if found else "政府工作报告" if REPORTS_WORK.search(text) else ""
        )
        if title:
            return with_year(title, name) if "年" not in title else title
    if opening and DEPUTIES.match(opening[0]) and not re.search(r"[\u4e00-\u9fff]", name):
        return with_year("工作报告", name) if len(_years(name)) == 1 else ""  # never named, nor by its file: its year
    return ""


DEPUTIES = re.compile(r"^各位代表[：:！!，,]?$")
"""How a report to a people's congress opens (各位代表：): a work report, whatever body gives it."""


UNDATED_REPORT = re.compile(r"^(?:[^\d年]{0,20})工作报告$")
"""A work report titled without its year (政府工作报告): every year's has that title."""
DATELINE = re.compile(r"^[—－\-─\s]*[（(]?((?:19|20)\d{2})年\d{1,2}月")
"""The line under a report's title that dates it: ——2023年3月5日在第十四届全国人民代表大会第一次会议上."""
DATELINE_LINES = 8


def dated(title: str, following: Iterable[str]) -> str:
    """A work report's title with the year its dateline gives (2023年政府工作报告), as the report is cited: a
    quiz asking 《政府工作报告》 about 今年 has no answer; other titles as they are. `following`: the lines after the
    title, read only as far as a dateline stands."""
    if not UNDATED_REPORT.match(title):
        return title
    for line in islice(following, DATELINE_LINES):
        found = DATELINE.match(line.strip())
        if found:
            return f"{found.group(1)}年{title}"
    return title
