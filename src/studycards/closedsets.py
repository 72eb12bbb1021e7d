"""Closed sets of the genre (党纪处分的五种, 四大考验, 新发展理念 …): near misses an examiner would offer, and the stock
lists and fixed sets no card or question asks item by item.

The sets are data (studycards/data/closed_sets.txt, each with its source). An answer that is one member, or
holds one (受警告处分), has as fellows the answer with that member replaced by each other member of its sets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from studycards.facts import normalise

SETS_FILE = "closed_sets.txt"
PREFIXES = ("", "被", "受", "给予", "予以", "起")
SUFFIXES = ("", "处分", "作用", "的")
"""What may stand around a member in an answer that holds it (受警告处分, 起决定性作用): grammar, not meaning.
Anything else (体制创新 around 创新) is a term of its own, and swapping its member would make nonsense."""


STOCK = "套语"
"""A set whose name starts so is a stock list (省、自治区、直辖市; 新建、改建、扩建): boilerplate, never asked."""
LEVELS = "层级"
"""A set whose name starts so holds an organ's levels (国务院 / 县级以上地方人民政府 …), joined by ｜ (a level may
hold 、), a level's other spellings after / : near misses for an organ named with its level."""
LEVEL_BODIES = ("有关部门", "部门", "机构", "机关")
"""How what follows a level in an answer must end for the other levels to name a real organ (国务院计量行政部门 ->
县级以上地方人民政府计量行政部门; never 国务院总理 -> 县级人民政府总理)."""
CLASS = "类"
"""A set whose name starts so is a class of things (省级行政区, 国家机构, 行政处罚): a closed set whose members are
the only wrong options of an answer that is one of them (福州 is no option among provinces, an organ no penalty)."""
CLASS_ONLY = "类别"
"""A class that is no closed set to know by heart (类别·省级行政区: a report's list of provinces is its own
fact, still asked item by item): near misses and a class, nothing more."""
PAIRED = "对举"
"""A set whose name starts so holds paired terms (应当 / 可以, 书面 / 口头): a 判断 made false by swapping one
for the other where it stands in a provision, not near misses for an answer."""


MODIFIES = re.compile(r"（＿(.+?)）$")
"""A set whose name ends so (作用提法（＿作用）) holds modifiers of that word: its members are fellows only before it
(基础性作用 -> 决定性作用), not before another noun (基础性地质调查: 决定性地质调查 is no thing)."""
SINCE = re.compile(r"@(\d{4})$")
"""A member's year of founding (国家监察委员会@2018): it exists only in material written since."""


def parse_sets(text: str, prefix: str = "", named: bool = False) -> list[tuple[str, ...]]:
    """The sets of a closed-sets file: `name: member、member、…` a line, # comments; those named `prefix`…
    (对举, 套语), or with no such prefix the closed sets proper (classes, 类…, among them); with `named`, only
    the sets whose name starts with `prefix`, whatever their kind."""
    sets = []
    for name, written in _rows(text):
        members = tuple(SINCE.sub("", member) for member in written)
        marks = (PAIRED, STOCK, LEVELS, CLASS_ONLY)
        kind = next((mark for mark in marks if name.startswith(mark)), "")
        wanted = name.startswith(prefix) if named else kind == prefix
        if len(members) >= 2 and wanted:
            sets.append(members)
    return sets


def _rows(text: str) -> Iterator[tuple[str, list[str]]]:
    """Each set's name and its members as written (a founding year kept: 国家监察委员会@2018), comments aside."""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        name, body = line.split(":", 1)
        yield name.strip(), [member.strip() for member in body.split("、") if member.strip()]


def parse_levels(text: str) -> list[tuple[tuple[str, ...], ...]]:
    """The level sets (层级) of a closed-sets file: each level as its spellings, the one offered first."""
    sets = []
    for line in text.splitlines():
        name, _, body = line.strip().partition(":")
        if line.strip().startswith("#") or not name.strip().startswith(LEVELS):
            continue
        levels = tuple(tuple(form.strip() for form in level.split("/") if form.strip()) for level in body.split("｜"))
        levels = tuple(level for level in levels if level)
        if len(levels) >= 2:
            sets.append(levels)
    return sets


@lru_cache(maxsize=1)
def level_sets() -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(parse_levels(_sets_text()))


def level_fellows(answer: str, sets: tuple[tuple[tuple[str, ...], ...], ...] | None = None) -> list[str]:
    """An organ named with its level, at each other level of its set (国务院计量行政部门 -> 省、自治区、直辖市人民政府
    计量行政部门 …), as written, in the set's order; none unless what follows the level names an organ."""
    sets = level_sets() if sets is None else sets
    key = normalise(answer)
    for levels in sets:
        found = [
            (len(normalise(form)), index, key[len(normalise(form)) :])
            for index, level in enumerate(levels)
            for form in level
            if key.startswith(normalise(form))
        ]
        if not found:
            continue
        _, at, body = max(found)
        if body and not body.endswith(LEVEL_BODIES):
            return []
        return [
            level[0] + body
            for index, level in enumerate(levels)
            if index != at and not (body and index == len(levels) - 1)  # a township has no 部门 of its own
        ]
    return []


def _sets_text() -> str:
    return resources.files("studycards.data").joinpath(SETS_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def closed_sets() -> tuple[tuple[str, ...], ...]:
    return tuple(parse_sets(_sets_text()))


@lru_cache(maxsize=1)
def modified() -> dict[str, str]:
    """The word each modifier of a closed set modifies (基础性 -> 作用): MODIFIES."""
    words = {}
    for name, written in _rows(_sets_text()):
        mark = MODIFIES.search(name)
        if mark:
            words.update({SINCE.sub("", member): mark.group(1) for member in written})
    return words


@lru_cache(maxsize=1)
def dated_sets() -> dict[tuple[str, ...], int]:
    """Sets named with the year their formulation was first set down (五位一体@2012, 新发展理念@2015)."""
    years = {}
    for name, written in _rows(_sets_text()):
        since = SINCE.search(name)
        if since:
            years[tuple(SINCE.sub("", member) for member in written)] = int(since.group(1))
    return years


def fellows_in(
    answer: str, text: str, sets: tuple[tuple[str, ...], ...] | None = None, latest: int | None = None
) -> list[str]:
    """The answer's fellows (fellows) where it stands in `text`, of material whose latest year is `latest`: a set of
    modifiers (MODIFIES) only where the answer holds or precedes the word its members modify (起基础性作用; not
    基础性|地质调查); a dated set only in material of its year or later (共享 is no fellow of 协调 in 1986: the 新发展理念
    are of 2015)."""
    key, said = normalise(answer), normalise(text)
    sets = closed_sets() if sets is None else sets
    years = dated_sets()
    sets = tuple(members for members in sets if latest is None or years.get(members, 0) <= latest)
    words = modified()
    out = []
    for fellow in fellows(answer, sets):
        member = next((m for m in words if m in key and m not in fellow), "")
        word = words.get(member, "")
        if word and word not in key and key + word not in said:
            continue
        out.append(fellow)
    return out


@lru_cache(maxsize=1)
def founded() -> dict[str, int]:
    """Members with their year of founding (SINCE), where the sets give one."""
    years = {}
    for _, written in _rows(_sets_text()):
        for member in written:
            since = SINCE.search(member)
            if since:
                years[SINCE.sub("", member)] = int(since.group(1))
    return years


def unheard_of(fellow: str, latest: int | None, years: dict[str, int] | None = None) -> bool:
    """Whether `fellow` names a member founded after `latest`, the latest year the material names (国家监察委员会
    in a report of 1979); with no year named, after any: an organ of 2018 is no option where nothing dates the text."""
    key = normalise(fellow)
    return any(member in key and (latest is None or since > latest) for member, since in (years or founded()).items())


@lru_cache(maxsize=1)
def classes() -> tuple[frozenset[str], ...]:
    """The closed sets that are classes of things (CLASS)."""
    return tuple(frozenset(members) for members in parse_sets(_sets_text(), CLASS, named=True))


@lru_cache(maxsize=1)
def class_only_sets() -> tuple[tuple[str, ...], ...]:
    """The classes that are no closed sets (CLASS_ONLY): their members' near misses are each other."""
    return tuple(parse_sets(_sets_text(), CLASS_ONLY))


def class_of(answer: str, sets: tuple[frozenset[str], ...] | None = None) -> frozenset[str]:
    """The members of the class `answer` is one of (with at most grammar around it: 受警告处分), or none."""
    among = classes() if sets is None else sets
    return next((members for members in among if of_class(answer, members)), frozenset())


def of_class(phrase: str, members: frozenset[str]) -> bool:
    """Whether `phrase` is one of `members`, with at most grammar around it."""
    key = normalise(phrase)
    return any(_holds(key, member) for member in members)


@lru_cache(maxsize=1)
def paired_terms() -> tuple[tuple[str, ...], ...]:
    """The paired terms of the genre (应当 / 可以 …), longest first where one holds another."""
    return tuple(parse_sets(_sets_text(), PAIRED))


@lru_cache(maxsize=1)
def stock_lists() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(members) for members in parse_sets(_sets_text(), STOCK))


def stock(items) -> bool:
    """Whether a list's items (two or more) are all of one stock list (省、自治区、直辖市): boilerplate."""
    keys = {normalise(item) for item in items}
    if len(keys) < 2:
        return False
    return any(keys <= members for members in stock_lists_of().get(next(iter(keys)), ()))  # the lists of any one


def beside_fellows(answer: str, shown: str) -> bool:
    """Whether `answer` is a member of a stock list (套语) whose fellows `shown` holds (出发点和{{落脚点}}): the
    words around it force it, no blank."""
    key = normalise(answer)
    lists = stock_lists_of().get(key)
    if not lists:
        return False
    rest = normalise(shown)
    return any(any(m in rest for m in members - {key}) for members in lists)


@lru_cache(maxsize=1)
def stock_lists_of() -> dict[str, tuple[frozenset[str], ...]]:
    """Each member of a stock list with the stock lists it is a member of, in their order."""
    found: dict[str, list[frozenset[str]]] = {}
    for members in stock_lists():
        for member in members:
            found.setdefault(member, []).append(members)
    return {member: tuple(lists) for member, lists in found.items()}


def of_a_fixed_set(items) -> bool:
    """Whether a list's items (two or more) each hold a member of one closed or stock set, with at most a verb or
    particle around it (反对帝国主义、殖民主义和霸权主义; 农业现代化、工业现代化): asked one by one, each item is
    the next of a set the learner knows by heart, nothing the document teaches."""
    keys = [normalise(item) for item in items]
    if len(keys) < 2:
        return False
    for members in (*closed_sets(), *stock_lists()):
        held = [next((m for m in sorted(members, key=len, reverse=True) if m in key), None) for key in keys]
        if all(held) and len(set(held)) == len(held) and all(len(m or "") * 2 >= len(k) for m, k in zip(held, keys)):
            return True
    return False


def fellows(answer: str, sets: tuple[tuple[str, ...], ...] | None = None) -> list[str]:
    """The answer with its member of a closed set replaced by each other member of that set (警告 -> 严重警告,
    留党察看 …; 受记过处分 -> 受警告处分 …), in the sets' order, without repeats. Only when the answer is the
    member, with at most grammar around it (PREFIXES, SUFFIXES)."""
    sets = closed_sets() if sets is None else sets
    key = normalise(answer)
    found = [(member, members) for members in sets for member in members if _holds(key, member)]
    if not found:
        return []
    longest = max(len(member) for member, _ in found)
    out: list[str] = []
    for member, members in found:
        if len(member) != longest:
            continue
        for other in members:
            fellow = key.replace(member, other, 1)
            if other != member and fellow not in out and fellow != key:
                out.append(fellow)
    return out


def _holds(answer: str, member: str) -> bool:
    """Whether `answer` is `member` with at most grammar around it (受…处分)."""
    return any(answer == prefix + member + suffix for prefix in PREFIXES for suffix in SUFFIXES)


ORGAN_BODY = re.compile(r"^[^，。；：、,;:和或及与]{0,12}?(?:部门|机构|机关)")
"""What may follow a level in a sentence to name an organ of it (国务院|计量行政部门)."""
NOT_ACTING = ("是", "即", "为", "的")
"""After a level, a definition or a modifier (国务院即中央人民政府; 县级人民政府的职责), no organ acting."""


def _lowest_included(form: str, rank: dict[str, int]) -> int | None:
    """For a level of 以上 (县级以上地方人民政府), the rank of the lowest level it includes (县级人民政府); else None."""
    return rank.get(form.replace("以上", "").replace("地方", "")) if "以上" in form else None


def still_names(organ: str, moved: str) -> bool:
    """Whether a statement naming `moved` where the text names `organ` still speaks of the organs the text names: a
    range that holds the organ's level (县级人民政府…部门 -> 县级以上地方人民政府…部门; 省级 -> 设区的市级以上), or a level or
    narrower range inside the range named (县级以上人民政府交通主管部门 -> 省、自治区、直辖市人民政府交通主管部门; 县级以上 ->
    设区的市级以上): true of some of them, so no false statement. A local range (…地方人民政府) holds no 国务院."""
    for levels in level_sets():
        rank = _ranks(levels)
        own, other = _level_form(organ, rank), _level_form(moved, rank)
        if own is None or other is None:
            continue
        own_lowest, other_lowest = _lowest_included(own, rank), _lowest_included(other, rank)
        if own_lowest is not None and other_lowest is not None:
            return other_lowest <= own_lowest
        if other_lowest is not None:
            return _range_holds(other, other_lowest, rank[own])
        if own_lowest is not None:
            return _range_holds(own, own_lowest, rank[other])
        return False
    return False


def _range_holds(range_form: str, lowest: int, level: int) -> bool:
    """Whether the range spelt `range_form`, down to the level ranked `lowest`, holds the level ranked `level`."""
    return level <= lowest and not ("地方" in range_form and level == 0)


def _ranks(levels: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    """Each spelling of a level set, its level's place (the first, were it in two)."""
    rank: dict[str, int] = {}
    for index, level in enumerate(levels):
        for form in level:
            rank.setdefault(form, index)
    return rank


def _level_form(organ: str, rank: dict[str, int]) -> str | None:
    """The spelling of a level `organ` opens with, the longest, punctuation aside (省、自治区、直辖市人民政府 in
    省自治区直辖市人民政府…); None if it opens with none."""
    key = normalise(organ)
    forms = [form for form in rank if key.startswith(normalise(form))]
    return max(forms, key=len) if forms else None


def organ_moves(text: str, start: int = 0, sets=None) -> list[tuple[int, str, str]]:
    """Each organ named with its level in `text` after `start`, with its other levels (each `(where, organ,
    moved)`): a provision made false by its organ (国务院计量行政部门制定 -> 省级人民政府计量行政部门制定), as real
    false statements are. Never a level that already stands in the text at the other's place."""
    sets = level_sets() if sets is None else sets
    found: list[tuple[int, str, str]] = []
    for levels in sets:
        rank = _ranks(levels)
        forms = sorted(rank, key=len, reverse=True)
        for form in forms:
            at = text.find(form, start)
            if at < 0 or any(at in range(f[0], f[0] + len(f[1])) for f in found):
                continue
            after = text[at + len(form) :]
            if after.startswith(NOT_ACTING):
                continue
            body = ORGAN_BODY.match(after)
            organ = form + (body.group(0) if body else "")
            own = rank[form]
            lowest = _lowest_included(form, rank)
            moves = []
            for moved in level_fellows(organ, sets):
                level = moved[: len(moved) - len(organ) + len(form)]
                index = rank.get(level, own)
                if lowest is not None and "以上" not in level and index <= lowest:
                    continue  # 县级以上人民政府 -> 县级人民政府: a level it includes, still true
                widest = _lowest_included(level, rank)
                if lowest is None and widest is not None and widest >= own:
                    continue  # 县级人民政府 -> 县级以上人民政府: levels that include it, defensibly true
                if lowest is not None and widest is not None and widest <= lowest:
                    continue  # 县级以上 -> 设区的市级以上: a narrower range, its organs still among those named
                if level not in text:
                    moves.append((abs(index - own), at, organ, moved))
            found += [(at, organ, moved) for _, at, organ, moved in sorted(moves)]  # the nearest level first
    return found
