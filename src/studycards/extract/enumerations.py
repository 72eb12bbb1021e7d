"""Enumerations: parallel items joined by 、 (能者上、优者奖、庸者下、劣者汰).

The items between two 、 are exact; the first and the last are cut from their clause to the shape of
their inner neighbour, snapped to word boundaries.
"""

from __future__ import annotations

import re

from studycards.extract.clauses import fact_in_sentence
from studycards.extract.member_edges import (
    VERBS_TAGGED_NOUNS,
    joined_before,
    names_its_head,
    with_fellows_prefix,
    with_adverb,
    with_example,
    with_fellows_shape,
    with_quoted_term,
    without_catch_all,
    with_first_term,
    with_prefix,
    without_clause_word,
    without_preposition,
    without_subjects,
)
from studycards.extract.passages import passages
from studycards.extract.provisions import is_legal
from studycards.facts import GENERIC_WORDS, Fact
from studycards.outline import Document
from studycards.segment import Segmenter, word_tags

RUN_PIECE = r"[^，,；;：:。！？“”《》（）()、\s]"
RUN = re.compile(rf"(?<!{RUN_PIECE}){RUN_PIECE}+(?:、{RUN_PIECE}+)+")
"""A run of 、-joined pieces inside one clause (no other punctuation), outside quotes. Tried only where a piece
starts: a start inside one finds no run its start did not (and was tried at every character of a long clause)."""
# Items of one character (德、能、勤、绩、廉): a list only when every item is one character, between 、.
SINGLES = re.compile(
    r"(?:(?<=[的和与及是：:])|(?<![\u4e00-\u9fff、]))[\u4e00-\u9fff](?:、[\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])"
)
SINGLE_ITEM = re.compile(r"、[\u4e00-\u9fff]、")
"""An item of one character between two 、, which SINGLES needs: looked for first, from each 、 (SINGLES is tried at
every character)."""
WHOLE_ITEMS, WHOLE_ITEM_LENGTH, WHOLE_LENGTH = 6, 6, 30
"""A list of at most this many items, each at most this long, all together at most this long, is asked whole."""
QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
MIN_ITEM, MAX_ITEM = 2, 8
MAX_SPREAD = 3
LEAD_SLACK = 2
"""How far a first member that opens as all its fellows do (各民族 beside 各民主阶级、各人民团体) may differ from their
length and still be cut where that opening stands (参加社会主义建设的|各民族), not at the words nearest their length."""
TRAILING_WORDS = ("等", "的", "和", "及", "与")
CONJUNCTIONS = ("及", "和", "与")
COUNTED = re.compile(r"[两二三四五六七八九十]+(?:个|项|种|类|大|条)")
# Verbs that open the clause around a list (落实组织生活会、民主评议党员…): not part of its first item.
LEADING_VERBS = frozenset(
    [
        "落实",
        "开展",
        "加强",
        "推动",
        "推进",
        "坚持",
        "健全",
        "完善",
        "深化",
        "实施",
        "举办",
        "构建",
        "建立",
        "强化",
        "提高",
        "提升",
        "统筹",
        "注重",
        "突出",
        "聚焦",
        "形成",
        "做到",
        "抓好",
        "用好",
        "发挥",
        "促进",
        "加快",
        "支持",
        "鼓励",
        "完成",
        "维护",
        "整治",
        "保障",
        "保护",
        "优化",
        "扩大",
        "引导",
        "通过",
        "围绕",
        "包括",
        "涵盖",
        "提供",
        "开设",
        "组织",
        "严格",
        "认真",
        "全面",
        "积极",
        "切实",
        "持续",
        "不断",
        "常态",
    ]
)
PARTICLES = ("的", "了", "和", "与", "及", "等", "在", "对")
BOUND_SUFFIXES = "化性型式们"
"""Characters that end a word (常态化, 规范性): one standing alone at an item's start was cut from the word before."""
MAX_NATURAL = 16
"""A last item as long as this is taken where the text marks its end, whatever the shape of the inner items."""


def extract_enumerations(document: Document, seg: Segmenter) -> list[Fact]:
    facts = []
    report = not is_legal(document)  # a law's list is its classification (专业档案分为文书档案、…): asked in groups
    for passage in passages(document):
        for sentence, lead in passage.with_leads():
            for spans in _enumerations(sentence, seg):
                fact = fact_in_sentence("enumeration", sentence, spans, passage.origin, lead=lead)
                if report and is_long_word_set(fact.answers):
                    continue  # 发展养牛、养羊、…、养蜂: a half of it is no lesson, and the whole is too long to ask
                if opens_a_clause(seg, fact.answers):
                    continue  # {同时要广泛动员}、{鼓励和指导企业}…: verbs of a clause, not members of a list
                fact.whole = is_short_list(fact.answers)
                facts.append(fact)
    return facts


CLAUSE_OPENERS = frozenset(["同时", "必须", "通过", "围绕", "按照", "为了", "并且", "而且"])
"""Words that open a clause, a modal or a means (同时要…, 通过…, 要围绕…), never a member of a list; 要 alone may
open one (要和平、求合作、促发展)."""


def opens_a_clause(seg: Segmenter, items: tuple[str, ...]) -> bool:
    """Whether an item opens with a clause's modal or means, perhaps after 要 (同时要广泛动员、鼓励和指导企业、集体和
    各方面的社会力量; 通过政策支持、加强信息服务和技术服务; 要围绕优化结构、…): the 、 joins verbs or objects of one
    clause, and the items are no list."""
    return any(item and seg.words(item.removeprefix("要") or item)[0] in CLAUSE_OPENERS for item in items)


def is_short_list(items: tuple[str, ...]) -> bool:
    """A short list of short items: asking one while the others stay in view tests little."""
    lengths = [len(item) for item in items]
    return len(items) <= WHOLE_ITEMS and max(lengths) <= WHOLE_ITEM_LENGTH and sum(lengths) <= WHOLE_LENGTH


LONG_SET, SET_WORD = 9, 2
"""A list of this many items or more is asked in pieces (cards.lists.MAX_IN_ORDER + 1); an item this long at most is
a plain word (冶金、化工、建材…), not a concept (发展道路、发展阶段…) or a named sector (有色金属、装备制造)."""


def is_long_word_set(items: tuple[str, ...]) -> bool:
    """A long list of plain words (trades, crops, animals, departments…), two of them maybe longer (…、咨询、技术服务
    和其他社会服务): asked in pieces, each card hides an arbitrary half of a set that has no order worth learning."""
    return len(items) >= LONG_SET and sum(len(item) > SET_WORD for item in items) <= 2


def _enumerations(sentence: str, seg: Segmenter) -> list[list[tuple[int, int]]]:
    if "、" not in sentence:
        return []  # RUN needs one; and it backtracks over every start in a long clause without one
    masked = QUOTED.sub(lambda m: _mask(sentence, m), sentence)
    singles = SINGLES.finditer(masked) if SINGLE_ITEM.search(masked) else ()
    found = [
        spans
        for spans in ([(m.start() + i, m.start() + i + 1) for i in range(0, len(m.group()), 2)] for m in singles)
        if not _continues(masked, spans)
    ]
    for run in RUN.finditer(masked):
        for start, pieces in _groups(seg, run.start(), _pieces(sentence, run)):
            closes = start + len("、".join(pieces)) == run.end()
            spans = _items(seg, start, pieces, closes)
            if spans and _second_of_a_pair(sentence, spans[0]):
                continue  # 局部利益和{整体利益}、当前利益和长远利益: members are pairs, and the blank would cut one
            if spans and _cut_in_a_run(sentence, spans[-1][1], start + len("、".join(pieces)), run.end()):
                continue  # 如{工会法、…、农业合作社}示范章程、选举法…: the last member is a word of a longer one
            if spans and _object_quoted(seg, sentence, spans[-1], run.end()):
                continue  # 统购包销、统收统支、吃|“大锅饭”: the last member goes on into the quote
            spans = _with_own_tail(seg, sentence, spans) if spans else spans
            spans = without_clause_word(seg, sentence, spans) if spans else spans
            opens = start == run.start() or re.search("[的和及与]", masked[start : spans[0][0]]) if spans else False
            if spans and names_its_head(sentence, spans):
                continue  # 负责…的{部门}、网信、公安等有关部门: the first member heads the phrase before the list
            if spans and opens and not _continues(masked, spans) and not _routine(seg, sentence, spans):
                if not _cuts(seg, sentence, spans[0][0], spans[-1][1]):
                    spans = with_prefix(seg, sentence, start, with_first_term(seg, sentence, start, spans))
                    spans = with_quoted_term(sentence, with_fellows_prefix(seg, sentence, spans))
                    spans = with_fellows_shape(seg, sentence, without_preposition(seg, sentence, spans))
                    spans = with_example(seg, sentence, with_adverb(seg, sentence, spans))
                    spans = without_catch_all(seg, sentence, spans)
                    if _short_of_its_deng(seg, sentence, spans[-1]):
                        continue  # 单位产品工资|含量等: the member ends at its 等
                    if len(spans) >= 2 and not joined_before(seg, sentence, spans):  # [A和其他B]C: no list left
                        found.append(without_subjects(seg, sentence, spans))
    return found


CUT_TAGS = ("r", "i", "l")
"""Tags of a word a list's blank never ends inside: pronouns (其他, 其中), idioms (各行其是)."""
BRACKETS = (("（", "）"), ("(", ")"), ("“", "”"), ("《", "》"), ("【", "】"), ("「", "」"))


def _cuts(seg: Segmenter, sentence: str, start: int, end: int) -> bool:
    """A blank from `start` to `end` that ends inside a pronoun or an idiom (种苗及{其}他繁殖材料: 其他 is one word;
    各行其|是), or that holds one half of a bracket pair ({病虫害）传入、传出国境}): no list a learner could be asked."""
    blank = sentence[start:end]
    if any(blank.count(left) != blank.count(right) for left, right in BRACKETS):
        return True
    starts = seg.dictionary_starts_around(sentence, end)  # the word at `end` is all that matters
    if end in starts:
        return False
    word = sentence[
        max((at for at in starts if at < end), default=0) : min((at for at in starts if at > end), default=end)
    ]
    return str(word_tags().get(word, "") or "").startswith(CUT_TAGS)  # 其|他, 各行其|是; not the guess 城镇林|木等


OWN_TAIL = re.compile(r"为(?:主|辅|本|先|要|重)(?=的|[，,；;。！？]|$)")
"""What the last member of a list ends with (节约优先、保护优先、自然恢复为主): its own, not the list's."""
FRAMED_TAIL = re.compile(r"为[\u4e00-\u9fff]{1,4}$")
"""以A、B、C为指导: the 为… the frame 以 opened belongs to the whole list, never to its last member."""


NAMED_AFTER = re.compile(r"的?(?:原则|方针|方向|要求|标准|目标|理念|方略|作风|精神|思想|路线|制度)")
"""What a list of single words is named as when it is a formulation (精简、统一、效能的原则)."""


QUALITY_TAGS = ("a", "ad", "ag")
"""Adjectives: a list of qualities (整洁、有序、便捷、宜居的社区) says what a thing is to be (not 卫生, an 'an' noun)."""
RULED = re.compile(r"不得|禁止|严禁|应当|必须|有权|下列|以下")


def _routine(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> bool:
    """Nouns or verbs of two characters listed as a matter of course (路线、方针、政策; 教育、培训、选拔): no count, no
    shared character (通邮、通航、通商; 管权、管事、管人), no name (…的原则) and no quality (整洁、有序、便捷、宜居的…)
    makes them a set to learn."""
    items = [sentence[start:end] for start, end in spans]
    if any(len(item) != 2 for item in items):
        return False
    if any(flag in QUALITY_TAGS for item in items for _, flag in seg.tagged(item)):
        return False
    if len({item[0] for item in items}) == 1 or len({item[-1] for item in items}) == 1:
        return False
    if spans[0][0] == 0 or RULED.search(sentence, 0, spans[0][0]):
        return False  # what a norm forbids or requires, act by act (不得有下列行为：（一）损毁、涂改、抽换档案)
    around = sentence[max(0, spans[0][0] - 10) : spans[0][0]] + sentence[spans[-1][1] : spans[-1][1] + 6]
    return not COUNTED.search(around) and not NAMED_AFTER.match(sentence, spans[-1][1])


def _second_of_a_pair(sentence: str, first: tuple[int, int]) -> bool:
    """The first member follows 和/与/及 and a word that ends as it does (局部利益和|整体利益): the second of a pair."""
    start, end = first
    before = sentence[:start]
    return before.endswith(CONJUNCTIONS) and len(before) > 2 and before[-3:-1] == sentence[end - 2 : end]


def _cut_in_a_run(sentence: str, last_end: int, piece_end: int, run_end: int) -> bool:
    """The last member ends inside its piece, the run goes on after that piece, and nothing (a 的, a verb's
    object) says the piece holds more than the member: it is a longer member, cut."""
    rest = sentence[last_end:piece_end]
    return bool(rest) and piece_end < run_end and "的" not in rest


JOINING = "的和与及是在对"
"""What may stand just before a list's first member (鲜明的|实践特色), where no longer member is cut."""
MAX_SHARED_HEAD = 4
"""A noun after the last member's 的 this short, where no other member has a 的, is what all of them modify."""


def _with_own_tail(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last member with the 为主 it ends with; without the 为指导 of the 以 before the list, or the head noun
    all the members modify (…、求同存异的基础), unless the member only qualifies it (_with_own_head)."""
    start, end = spans[-1]
    clause_start = max(sentence.rfind(mark, 0, spans[0][0]) for mark in "，,；;：:。") + 1
    framed = "以" in sentence[clause_start : spans[0][0]]
    last = sentence[start:end]
    tail = FRAMED_TAIL.search(last)
    if framed and tail and len(last) - len(tail.group()) >= MIN_ITEM:
        return spans[:-1] + [(start, end - len(tail.group()))]
    if "的" in last and not any("的" in sentence[a:b] for a, b in spans[:-1]):
        kept = last.rsplit("的", 1)[0]
        fellows, head = [sentence[a:b] for a, b in spans[:-1]], last[len(kept) + 1 :]
        if (
            len(kept) >= MIN_ITEM
            and len(last) - len(kept) - 1 <= MAX_SHARED_HEAD
            and not _owns_head(seg, kept, head, fellows)
        ):
            return spans[:-1] + [(start, start + len(kept))]  # 相互尊重、…、求同存异|的基础上: the list's head noun
    own = OWN_TAIL.match(sentence, end)
    if own and not framed:
        return spans[:-1] + [(start, own.end())]
    return spans


def _size(item: str) -> int:
    """An item's length without its quotes (“三个代表”重要思想 is as long as 科学发展观 and three more)."""
    return len(item) - item.count("“") - item.count("”")


def _pieces(sentence: str, run: re.Match) -> list[str]:
    """The run's pieces between 、 as the sentence has them (a quoted term that opens an item with its quotes)."""
    pieces, offset = [], run.start()
    for masked in run.group().split("、"):
        pieces.append(sentence[offset : offset + len(masked)])
        offset += len(masked) + 1
        if CATCH_ALL.search(pieces[-1]):
            break  # …、金融诈骗犯罪和其他犯罪所得及其收益的来源、性质: 和其他… closes the list; what follows is another
    return pieces


CATCH_ALL = re.compile(r"(?:和|及|以及|或者|与)其[他它]")
"""What closes a list with its catch-all member (A、B和其他C)."""


def _mask(sentence: str, quote: re.Match) -> str:
    """A quoted term hidden from the search for runs: it stops a run, unless it opens an item that goes on after
    it (、“三个代表”重要思想、), where it is part of the item."""
    after = sentence[quote.end() : quote.end() + 1]
    before = sentence[quote.start() - 1 : quote.start()]
    inside = before == "、" and bool(CJK_CHARACTER.match(after)) or after == "、"  # “三会一课”、组织生活会、…
    return ("囗" if inside else "“") * len(quote.group())


CJK_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
OPENING_MARKS = ("“", "《", "「")


def _object_quoted(seg: Segmenter, sentence: str, last: tuple[int, int], run_end: int) -> bool:
    """Whether the last member ends on a verb whose object is the quote that stops the run (吃|“大锅饭”); not a member
    a quote names or qualifies (12380专线“四位一体”平台)."""
    if last[1] != run_end or sentence[run_end : run_end + 1] not in OPENING_MARKS:
        return False
    words = seg.tagged(sentence[last[0] : last[1]])
    return bool(words) and str(words[-1][1]).startswith("v")


CONTINUED = re.compile(
    r"、|(?:和|及|以及|与)[^，,；;：:。！？、“”]{1,8}、|(?:和|及|以及|与)[^，,；;：:。！？、“”的]{2,6}的|"
    r"[（(][^）)]{1,30}[）)](?:、|和|及|以及|与)|[，,](?:以及|还有)[^，,；;：:。！？、“”]{1,8}、|"
    r"(?:和|及|以及)(?!其他|其它)[^，,；;：:。！？、“”（）()的]{2,12}(?:等|[，,；;：:。！？]|$)"
)
"""What follows a list that is more of it: another member (、D; 和D的 after A、B、C), a parenthesis its last member holds
before the next (文化馆（站）、科技馆（站）; 地点（包括集合地和解散地）、路线和…), more members after a comma (A、B，以及C、D等
各项事业), a last member after 和 that runs to the clause's end (…、交通运输业和文化教育事业，), unless it is the
catch-all (和其他…)."""


def _continues(sentence: str, spans: list[tuple[int, int]]) -> bool:
    """The list found is part of a longer chain it cannot tell apart (…、[A]、[B]和[C]、D…): asking it would drop
    a member or split one."""
    return sentence[spans[0][0] - 1 : spans[0][0]] == "、" or bool(CONTINUED.match(sentence, spans[-1][1]))


def _groups(seg: Segmenter, start: int, pieces: list[str]):
    """Split a run where a long piece stands inside it: that piece ends one group and opens the next
    (…清正廉洁的干部选出来、用起来 ends the list at 清正廉洁)."""
    opening = _shared_opening(seg, pieces)
    group_start, group = start, [pieces[0]]
    offset = start + len(pieces[0]) + 1
    for piece in pieces[1:]:
        group.append(piece)
        if _size(piece) > MAX_ITEM and not _opened_whole(piece, opening):
            if len(group) >= 3 or len(group) == 2 and any(word in piece for word in CONJUNCTIONS):
                yield group_start, group
            group_start, group = offset, [piece]
        offset += len(piece) + 1
    if len(group) >= 3 or len(group) == 2 and any(word in group[1] for word in CONJUNCTIONS):
        yield group_start, group


OPENING = (2, 4)
"""How long an opening every member repeats may be (坚持…、坚持…; 社会主义…、社会主义…)."""


def _shared_opening(seg: Segmenter, pieces: list[str]) -> str:
    """The word every piece after the first opens with, which the first holds too (强调坚持A、坚持B、坚持C): the text
    marks where each member starts, so a member longer than the usual shape is still whole."""
    if len(pieces) < 3:
        return ""
    prefix = _common_prefix(pieces[1:])[: OPENING[1]]
    if len(prefix) < OPENING[0] or prefix not in pieces[0] or not _verb(seg, prefix):
        return ""
    return prefix if all(seg.words(piece)[0] == prefix for piece in pieces[1:]) else ""  # not 自治区…、自治州…


def _verb(seg: Segmenter, text: str) -> bool:
    """`text` is one verb (坚持, 有利于), not a verbal noun (创新) nor a noun that opens names (自治区、自治州)."""
    words = seg.tagged(text)
    return len(words) == 1 and str(words[0][1]).startswith("v") and words[0][1] != "vn"


def _opened_whole(piece: str, opening: str) -> bool:
    """A piece long but whole: it opens with the opening all members repeat and is no longer than a natural member."""
    return bool(opening) and piece.startswith(opening) and _size(piece) <= MAX_NATURAL


HEAD_NOUN = 2
"""A word this short left after a last member cut to its fellows' shape is the head all share (…和谐社会|建设)."""


def _opened_last(seg: Segmenter, piece: str, inner: list[str], opening: str) -> str | None:
    """The last piece whole when it opens as all members do and its fellows' shape would cut more than a head
    noun off it (坚持马克思列宁主义|毛泽东思想 is one member; …、社会主义和谐社会|建设 keeps the cut)."""
    if not _opened_whole(piece, opening):
        return None
    if _ends_loose(seg, piece):
        return None
    cut = _last_item(seg, piece, inner)
    if not cut or not piece.startswith(cut):
        return piece
    rest = piece[len(cut) :]
    if len(rest) <= HEAD_NOUN or rest.startswith("的") and len(rest) > HEAD_NOUN + 1:
        return None  # 坚持中国共产党|的领导 is whole; 和谐社会|建设 and 危害国家|的行为作斗争 are not
    said = str(seg.tagged(rest)[0][1]).startswith(("v", "p")) or "等" in seg.words(rest)  # …|设立…; …|由…执行
    return None if said else piece  # 坚持中国共产党|的领导 is whole; 危害国家|的行为作斗争 is not


LOOSE_END_TAGS = ("r", "u", "p", "c", "d", "y")
"""Tags of a word no member ends with (a pronoun, a particle, a preposition…)."""


def _ends_loose(seg: Segmenter, item: str) -> bool:
    """`item` ends with a word no member ends with (…、有利于提高人民的生活水平这|“三个有利于”): it goes on past the
    member into what the clause says of the list."""
    words = seg.tagged(item)
    return len(words) > 1 and str(words[-1][1]).startswith(LOOSE_END_TAGS)


def _items(seg: Segmenter, start: int, pieces: list[str], closes: bool = False) -> list[tuple[int, int]] | None:
    """The spans of the items of `pieces` (a run's 、-separated pieces from `start`); `closes`: the last piece
    ends where the clause does."""
    end = pieces[-1]
    if end.endswith(CONJUNCTIONS) and _own_word(seg, end, len(end) - 1):
        return None  # 老人和“空心村”: the last item is quoted, outside the run; the list would lose it (or be empty)
    if len(pieces) == 2:  # 综合管理类、专业技术类和行政执法类: the conjunction gives the third item
        return _pair_and_conjunction(seg, start, pieces, closes)
    inner = pieces[1:-1]
    opening = _shared_opening(seg, pieces)
    if not all(MIN_ITEM <= _size(p) <= MAX_ITEM or _opened_whole(p, opening) for p in inner):
        return None
    first = _first_item(seg, pieces[0], inner, pieces[-1])
    if first is not None:
        first = _without_opening(seg, first, inner)
    if first is not None:
        first = _without_governing_verb(seg, pieces[0], first, [*inner, pieces[-1]])
    if first and len(first) <= MIN_ITEM and all(item.endswith(first) and len(item) > len(first) for item in inner):
        size = len(inner[0])  # 鲜明的实践|特色、民族特色: a member is never only the ending its fellows share
        whole = len(pieces[0]) >= size and all(len(i) == size for i in inner)
        opens = whole and (len(pieces[0]) == size or pieces[0][-size - 1] in JOINING)  # not 常务|委员会公报
        first = pieces[0][-size:] if opens else None
    if first and first.count("”") > first.count("“") and "“" in pieces[0]:
        first = pieces[0][pieces[0].rindex("“") :]  # 落实“三会一课”、…: the member with both its quotes
    tail = _split_conjunction(seg, pieces[0], pieces[-1], inner)
    natural_last = (
        _natural_last(seg, tail[-1])
        or (_opened_last(seg, tail[-1], inner + tail[:-1], opening) if closes else None)
        or _whole_noun_phrase(seg, tail[-1], inner + tail[:-1], closes)
    )
    last = natural_last or _last_item(seg, tail[-1], inner + tail[:-1], whole_ok=len(tail) == 2, first=pieces[0])
    if not first or not last:
        return None
    headed = _with_own_head(seg, last, tail[-1], [first, *inner, *tail[:-1]])
    if headed:
        last = natural_last = headed  # 主要负责人、直接负责{的主管人员}: its length is its own, not its fellows'
    said = PREDICATE_TAIL.search(last, MIN_ITEM)
    if said and not any(PREDICATE_TAIL.search(item) for item in inner):
        last = last[: said.start()]  # 经济发展水平、所管辖的人口、面积|有很大差异: what is said of them is no member
    last = _without_frame(seg, last, inner, framed="在" in seg.words(pieces[0]), whole=last == tail[-1])
    if _opened_by(seg, last, ADVERBIAL_TAGS, 1) and not any(_opening_tag(seg, item) for item in inner):
        return None  # 中、低产田和{已建成}: a verb phrase among nouns is no fellow of theirs
    if len(tail) == 2:  # …网络举报及12380专线: the conjunction adds one more item
        pieces = pieces[:-1] + [tail[0], tail[1]]
        inner = inner + [tail[0]]
    items = [first] + inner + [last]
    if any(_loose_particle(seg, item) or item in GENERIC_WORDS for item in items) or _verb_shares_object(seg, items):
        return None
    if opening and _ends_loose(seg, last):
        return None  # a member the shared opening let run long, that runs on into the clause
    guessed = [first, *inner] + ([] if natural_last else [last])  # a last item 等 marks is not held to the shape
    lengths = [_size(item) for item in guessed]
    if max(lengths) - min(lengths) > MAX_SPREAD and not (opening and natural_last):
        return None  # an end cut to the inner items' shape that does not have it: a guess gone wrong
    spans, offset = [], start
    for index, (piece, item) in enumerate(zip(pieces, items)):
        item_start = offset + (len(piece) - len(item) if index == 0 else 0)
        spans.append((item_start, item_start + len(item)))
        offset += len(piece) + 1
    return spans


MODALS = frozenset(["应当", "应", "可以", "必须", "须", "要", "不得", "能够", "有权"])
"""Modal words: what the clause says its list must or may do (…、公安机关|应当通知…) opens after its last member."""
BETWEEN = frozenset(["之间", "间"])
PLACES = frozenset(["上", "中", "下", "方面", "期间", "之中"])
"""Place words that close the frame 在…上 / 在…方面 around a whole list (在决策、部署和措施|上), when a 在 opens it."""


def _without_frame(seg: Segmenter, last: str, inner: list[str], framed: bool, whole: bool) -> str:
    """The last member without what the clause around the list says after it: a modal word and what follows it
    (…、医学院校|应当加强…), or the place word that closes a frame over all the members (在…、培养人才|方面; …、高等学校与
    企业|之间). Not when the inner members hold the same word (出手要快、出拳要重; 产业之间、地区之间), nor a modal in a
    member the punctuation closes (有权必有责、用权受监督、侵权要赔偿。), nor a cut that leaves a pronoun (设备各|方面)."""
    words = seg.words(last)
    kept = 0
    for index, word in enumerate(words):
        if index and not whole and word in MODALS and kept >= MIN_ITEM and not any(word in item for item in inner):
            return last[:kept]
        kept += len(word)
    place = words[-1] if len(words) > 1 else ""
    closes = (place in BETWEEN or framed and place in PLACES) and "的" not in last  # not 在…效益的基础|上
    kept_words = seg.tagged(last[: -len(place)]) if closes else []
    if not kept_words or str(kept_words[-1][1]).startswith("r") or len(last) - len(place) < MIN_ITEM:
        return last
    return last if any(item.endswith(place) for item in inner) else last[: -len(place)]


def _holds_frame(seg: Segmenter, member: str) -> bool:
    """A member that holds a place word, a 在 or a 的 of its own: no frame closes after it (…吸收能力的基础|上)."""
    words = seg.words(member)
    return not words or words[-1] in PLACES | BETWEEN or "在" in words or "的" in words


def _frame_after(seg: Segmenter, rest: str, members: list[str], framed: bool) -> bool:
    """What follows a last member opens with a modal word, 之间, or (after a 在) a place word: the clause goes on after
    the whole list. Not when a member holds a place word, a 在 or a 的 of its own (高等学校中、…)."""
    words = seg.words(rest)
    if not words or any(_holds_frame(seg, member) for member in members):
        return False
    return words[0] in MODALS or words[0] in BETWEEN or framed and words[0] in PLACES


def _pair_and_conjunction(
    seg: Segmenter, start: int, pieces: list[str], closes: bool = False
) -> list[tuple[int, int]] | None:
    """A、B和C: B is exact (between 、 and the conjunction); A and C are cut to its shape."""
    head, tail = pieces
    for word in CONJUNCTIONS:
        index = tail.find(word)
        if MIN_ITEM <= index <= MAX_ITEM and _own_word(seg, tail, index):
            rest = tail[index + 1 :]
            spans = _items(seg, start, [head, tail[:index], rest], closes)  # the conjunction is one character
            if spans and (
                spans[-1][1] == start + len(head) + len(tail) + 1
                or rest[spans[-1][1] - spans[-1][0]] in "等的"
                or _says_of_it(seg, rest, spans[-1][1] - spans[-1][0])
                or _frame_after(
                    seg,
                    rest[spans[-1][1] - spans[-1][0] :],
                    [head[len(head) - spans[0][1] + spans[0][0] :], tail[:index], rest[: spans[-1][1] - spans[-1][0]]],
                    framed="在" in seg.words(head),
                )
            ):
                return spans  # the last item ends the run or stands before 等/的: 行政执法类等类别, not 管理需要
    return None


OPENING_TAGS = ("v", "p", "d", "c", "u", "r")
"""Parts of speech of a word that opens the clause around a list, not its first item (制定了|刑法, 按照|…)."""
ADVERBIAL_TAGS = ("d", "p", "c", "u", "r")
"""Parts of speech that open a verb phrase, never a noun among nouns (中、低产田和{已建成})."""
FUNCTION_TAGS = ("p", "u", "c")
"""Parts of speech that join the words before a list to its first item (改造的|中, 机构对|省)."""
NOUN_TAGS = ("n", "a", "b", "j", "l", "i", "vn", "eng", "m", "q", "f", "s")
INTRODUCING = frozenset("是如为即像有")
"""Verbs of one character that introduce a list, never open its first member (特别是|呢绒, 如|工会法)."""
REST_TAGS = ("n", "j", "l", "eng")
"""How a first item ends once an opening verb is taken off it: a noun (加大|税收, 靠|先进技术)."""
MAX_WHOLE_LAST = 18
"""A last item up to this long is taken whole where the clause ends with it, when it is a noun phrase
(…、科学发展观、{习近平新时代中国特色社会主义思想})."""


def _without_opening(seg: Segmenter, first: str, inner: list[str]) -> str | None:
    """The first item without the words before it that its fellows have not: what stands before its last
    function word (机构对|省, 制定了|刑法; none after 的: 改造的|中), then a verb or adverb before a noun phrase (加大|税收,
    选拔|妇女干部; not 来信来访, 故意诽谤, 激励先进, whose second word is no noun)."""
    words = seg.tagged(first)
    if len(words) < 2 or not any(flag.startswith(OPENING_TAGS) and flag != "vn" for _, flag in words[:-1]):
        return first  # nothing before its last word that could be the clause's
    if any(_opening_tag(seg, item) for item in inner):
        return first
    joined = any(flag.startswith(FUNCTION_TAGS) for item in inner for _, flag in seg.tagged(item))
    joints = [] if joined else [i for i, (_, flag) in enumerate(words) if flag.startswith(FUNCTION_TAGS)]
    after = "".join(word for word, _ in words[joints[-1] + 1 :]) if joints else ""
    if joints and words[joints[-1]][0] == "的" and len(after) < min(len(item) for item in inner):
        return None  # 到村任职过的|选调生, 改造的|中: shorter than its fellows, it may be only part of a member
    cut = joints[-1] + 1 if joints else 0
    for opening in range(cut, len(words) - 1):
        word, flag = words[opening]
        if not flag.startswith(OPENING_TAGS) or flag == "vn" or len(word) < 2 and word not in INTRODUCING:
            break  # a verb of one character is the item's own (读原著、学原文、悟原理)
        rest = [flag for _, flag in words[opening + 1 :]]
        if rest[-1].startswith(REST_TAGS) and not any(flag.startswith(OPENING_TAGS) and flag != "vn" for flag in rest):
            cut = opening + 1
            break
    item = "".join(word for word, _ in words[cut:])
    return item if item and (len(item) >= MIN_ITEM or cut > 0) else None


MODAL_OPENERS = frozenset("要应须")
"""Modal characters that may stand before the verb that governs a list (特别要加强|粮食、食用植物油、肉类)."""


def _without_governing_verb(seg: Segmenter, piece: str, first: str, fellows: list[str]) -> str:
    """The first member without the verb that governs the whole list, when that verb opens the clause's predicate
    (，采取|定向降准、定向再贷款、非对称降息; 特别要加强|粮食、…) and no other member opens with a verb: the verb is the
    clause's, and the cut member is the fellow of the others. Not after a word that makes the member an object or a
    term (深化收入分配、…; 坚持保护优先、…; 向创新驱动、…), nor when what is left opens with a verb (减少播种)."""
    if not _opens_predicate(seg, piece[: len(piece) - len(first)]):
        return first
    words = seg.tagged(first)
    at = 1 if len(words) > 2 and words[0][0] in MODAL_OPENERS else 0
    if len(words) - at < 2 or words[at][1] != "v" or len(words[at][0]) < MIN_ITEM:
        return first
    if any(_opens_with_strict_verb(seg, item) for item in fellows) or words[at + 1][1] == "v":
        return first
    rest = "".join(word for word, _ in words[at + 1 :])
    return rest if len(rest) >= MIN_ITEM else first


PREDICATE_OPENERS = ("d", "ad", "c")
"""Tags of what may stand before the verb that opens a clause's predicate (特别, 大力, 同时)."""


def _opens_predicate(seg: Segmenter, before: str) -> bool:
    """Nothing but adverbs, conjunctions and modal characters stands before the member in its clause."""
    return all(word in MODAL_OPENERS or str(flag).startswith(PREDICATE_OPENERS) for word, flag in seg.tagged(before))


def _opens_with_strict_verb(seg: Segmenter, item: str) -> bool:
    words = seg.tagged(item)
    return bool(words) and words[0][1] == "v"


def _opening_tag(seg: Segmenter, item: str) -> bool:
    return _opened_by(seg, item, OPENING_TAGS)


def _opened_by(seg: Segmenter, item: str, tags: tuple[str, ...], longest: int = 0) -> bool:
    """`item` opens with a word of these parts of speech (no longer than `longest` characters, if given)."""
    words = seg.tagged(item)
    if len(words) < 2:
        return False
    short = not longest or len(words[0][0]) <= longest
    return len(words) > 1 and words[0][1].startswith(tags) and words[0][1] != "vn" and short


def _noun_phrase(seg: Segmenter, piece: str) -> bool:
    """A short phrase of nouns and their modifiers only (no verb, no particle)."""
    if len(piece) > MAX_WHOLE_LAST:
        return False
    return all(flag.startswith(NOUN_TAGS) for _, flag in seg.tagged(piece))


def _whole_noun_phrase(seg: Segmenter, piece: str, inner: list[str], closes: bool) -> str | None:
    """The last item as a whole noun phrase, where cutting it to the inner items' shape would leave more than the
    list's head noun behind (科学发展观、{习近平新时代中国特色社会主义思想}; but {网络举报}及{12380专线}平台)."""
    if len(piece) <= MAX_ITEM:
        return None  # as short as an item: its shape decides
    whole = piece if closes and _noun_phrase(seg, piece) else _long_noun_phrase(seg, piece[: MAX_WHOLE_LAST + 4])
    if whole is None:
        return None
    cut = _last_item(seg, whole, inner)
    if cut and whole.startswith(cut) and len(seg.tagged(whole[len(cut) :])) < 2:
        return None
    return whole


def _long_noun_phrase(seg: Segmenter, piece: str) -> str | None:
    """A noun phrase longer than an item's usual shape that opens the last piece and ends before a particle or a
    preposition (…、{习近平新时代中国特色社会主义思想}为指导): cut to the inner items' shape, it loses its end."""
    length = 0
    for word, flag in seg.tagged(piece):
        if not flag.startswith(NOUN_TAGS):
            return piece[:length] if flag.startswith(FUNCTION_TAGS) and MAX_ITEM < length <= MAX_WHOLE_LAST else None
        length += len(word)
    return None


def _loose_particle(seg: Segmenter, item: str) -> bool:
    """An item that opens or ends with a particle standing as its own word (的X, X等; not 平等, 以及)."""
    if not (item.startswith(PARTICLES) or item.endswith(PARTICLES)):
        return False
    words = seg.words(item)
    return words[0] in PARTICLES or words[-1] in PARTICLES


def _own_word(seg: Segmenter, text: str, index: int) -> bool:
    """The character at `index` of `text` is a word of its own (及 in 教育及培训, not in 以及)."""
    starts = seg.word_starts(text)
    return index in starts and index + 1 in starts


PREDICATE_TAIL = re.compile(r"有(?:很|较|了|着)|很|较为|都|均|是|分别|各自")
"""How what the clause says of its list begins, where it runs on from the last member."""


def _says_of_it(seg: Segmenter, rest: str, at: int) -> bool:
    """What the clause says of its list begins at `at` of `rest`, on a word of its own (…和消防员|分别设置; not
    城乡居民平|均收入)."""
    return bool(PREDICATE_TAIL.match(rest, at)) and at in seg.word_starts(rest)


def _opens_with_verb(text: str) -> bool:
    return text[:2] in LEADING_VERBS


def _split_conjunction(seg: Segmenter, first: str, piece: str, inner: list[str]) -> list[str]:
    """'网络举报及12380专线' -> ['网络举报', '12380专线'] when the part before 及/和/与 has the inner shape."""
    for word in CONJUNCTIONS:
        index = piece.find(word)
        if MIN_ITEM <= index <= MAX_ITEM and abs(index - len(inner[-1])) <= 2 and _own_word(seg, piece, index):
            if not _breaks_opening(first, inner, piece, index):
                return [piece[:index], piece[index + 1 :]]
    return [piece]


def _breaks_opening(first: str, inner: list[str], piece: str, index: int) -> bool:
    """The members all open with one word (the first piece holds it too) that the part before the conjunction repeats
    and the part after does not (同时设计、同时施工、同时投入生产和使用): the conjunction is inside the last member."""
    opening = _common_prefix(inner)[: OPENING[1]] if len(inner) > 1 else ""
    if len(opening) < OPENING[0] or opening not in first:
        return False
    return piece.startswith(opening) and not piece[index + 1 :].startswith(opening)


BARE_VERB = 2
"""How long a verb standing alone as a first member is (查封, 培育; not a term jieba tags a verb: 洋奴哲学)."""


def _verb_shares_object(seg: Segmenter, items: list[str]) -> bool:
    """The first member is a bare verb and the next opens with a verb and its object (要求生产、供应生活必需品和…):
    the two verbs share the object, no member stands alone."""
    first, second = seg.tagged(items[0]), seg.tagged(items[1])
    bare = len(first) == 1 and len(items[0]) <= BARE_VERB and str(first[0][1]).startswith("v")
    return bare and len(second) > 1 and str(second[0][1]).startswith("v") and second[-1][1] in OBJECT_TAGS


OBJECT_TAGS = ("n", "nz", "l", "j", "nt", "ns")
"""Tags of a noun that is a verb's object (扣押|纳税人), not a verbal noun that may be a member (监察|调查)."""


QUALIFIER_TAGS = ("d", "ad")
"""Tags of an adverb that opens a phrase qualifying a noun (直接负责); a verb may open a member itself (捕捞限额)."""
HAVING = frozenset(["有", "没有", "具有"])
NEGATING = "不未无没非"
"""How a phrase that qualifies a noun may open besides with an adverb: a having or a negation (有包装, 不满十四周岁,
不明原因), each a word of its own (not 有色金属, 无人机)."""
HEAD_TAGS = ("n", "vn", "a", "b", "j", "l")
"""Tags of the words of the noun a qualifying last member stands before (主管人员, 灵活性)."""
NOMINAL_TAGS = ("n", "j", "b", "f", "s")
"""Tags of the words of a member that is a noun (法定代表人, 主要负责人), not a verb's (计划指导) or a set phrase's."""


def _with_own_head(seg: Segmenter, last: str, piece: str, fellows: list[str]) -> str | None:
    """The last member with the noun after its 的, where that noun is its own (_owns_head): 法定代表人、主要负责人、
    {直接负责的主管人员}; 经济手段、法律手段和{必要的行政手段}; not the noun that names the list (…的原则)."""
    rest = piece[len(last) :] if piece.startswith(last) else ""
    if not rest.startswith("的") or NAMED_AFTER.match(rest):
        return None  # 按照分类管理、区别对待、逐步化解|的原则: the noun names the list
    head, words = "", ""
    for word, flag in seg.tagged(rest[1:]):
        if not str(flag).startswith(HEAD_TAGS) or word in PARTICLES:
            break
        words += word
        if str(flag).startswith(("n", "j")) and not str(flag).startswith("nr"):
            head = words  # the noun ends on a noun (烟丝, not 烟丝出售)
    if not head or len(last) + 1 + len(head) > MAX_WHOLE_LAST:
        return None
    return f"{last}的{head}" if _owns_head(seg, last, head, fellows) else None


def _owns_head(seg: Segmenter, qualifier: str, head: str, fellows: list[str]) -> bool:
    """Whether the noun after a last member's 的 is the member's own, not the head all members share: the noun ends as
    every fellow does (连续性、稳定性和必要的灵活性), or the member is a phrase that opens with a verb or an adverb
    among fellows that are nouns (法定代表人、主要负责人、直接负责的主管人员)."""
    ending = _common_prefix([item[::-1] for item in fellows])[::-1] if len(fellows) > 1 else ""
    if ending and head.endswith(ending) and head != ending and not qualifier.endswith(ending):
        return True  # not 基础研究、前沿技术研究、社会公益性技术研究的科学技术研究: the last member ends so itself
    words = seg.tagged(qualifier)
    word, flag = words[0] if words else ("", "")
    opens = str(flag).startswith(QUALIFIER_TAGS) or word in HAVING or word[:1] in NEGATING and str(flag)[:1] in "vda"
    if len(words) < 2 or not opens:
        return False
    return all(str(flag).startswith(NOMINAL_TAGS) for item in fellows for _, flag in seg.tagged(item))


def _short_of_its_deng(seg: Segmenter, sentence: str, last: tuple[int, int]) -> bool:
    """The last member stops short of the 等 that closes it, a word's end left between (…、浮动工资、单位产品工资|含量等
    不同的分配形式): the text says where the member ends, and the cut is not there."""
    start, end = last
    index = sentence.find("等", end)
    between = sentence[end:index]
    if not between or index - start > MAX_ITEM or re.search(r"[、，,；;。和及与或]", between):
        return False
    starts = seg.word_starts(sentence)
    return end in starts and index in starts and index + 1 in starts  # not 供燃|气等: whole words widen it there


def _natural_last(seg: Segmenter, piece: str) -> str | None:
    """The last item where the text itself says it ends: before 等 standing as a word of its own
    (…、{领导干部过双重组织生活}等制度), when that is longer than an item's usual shape."""
    index = piece.find("等", MAX_ITEM + 1)
    if 0 < index <= MAX_NATURAL and _own_word(seg, piece, index):
        return piece[:index]
    return None


FUNCTION_CHARACTERS = "的了和与及或等在对为是把将以从由向被并而"
"""Characters that open no member by themselves being shared: a function word, not a mark of the list's form."""


def _first_item(seg: Segmenter, piece: str, inner: list[str], last: str = "") -> str | None:
    """The end of the first piece, shaped like the inner items, starting on a word boundary, or where the
    character every other member opens with stands (`last`: the last piece)."""
    prefix = _common_prefix(inner)
    if prefix and prefix in piece[:-1]:
        return piece[piece.rindex(prefix) :]
    size = len(inner[0])
    lead = inner[0][0] if all(item[:1] == inner[0][0] for item in [*inner, last]) else ""
    at = piece.rfind(lead) if lead and lead not in FUNCTION_CHARACTERS else -1
    if at > 0 and abs(len(piece) - at - size) <= LEAD_SLACK and len(piece) - at >= MIN_ITEM:
        return piece[at:]  # 上乱|设卡 cut by the words: 乱设卡 opens as its fellows do (乱收费、乱罚款)
    floor = max((match.end() for match in INTRODUCER.finditer(piece)), default=0)
    candidates = [
        piece[b:] for b in sorted(seg.word_starts(piece)) if b >= floor and MIN_ITEM <= len(piece) - b <= MAX_ITEM
    ]
    best = _closest(candidates, size)
    best = _without_lone_opening(seg, best, candidates, inner)
    if (
        best
        and _opens_with_verb(best)
        and not all(_opens_with_verb(i) for i in inner)
        and not _uniform(seg, best, inner, last)
    ):
        shorter = [c for c in candidates if max(MIN_ITEM, size - 2) <= len(c) < len(best)]
        best = max(shorter, key=len) if shorter else best
    if best and best[0] in BOUND_SUFFIXES and _own_word(seg, piece, len(piece) - len(best)):  # 常态|化|疫情防控
        longer = [c for c in candidates if len(c) > len(best)]
        best = min(longer, key=len) if longer else None
    return _with_fellows_place(piece, best, inner)


def _uniform(seg: Segmenter, best: str, inner: list[str], last: str) -> bool:
    """The first member guessed as `best` is as long as its fellows, so that its opening verb is its own: the inner
    members (鼓励兼并、规范破产、下岗分流、…), or those and the last piece, each an act (优化配置、开放共享和高效利用)."""
    if len(inner) >= 2 and all(len(item) == len(best) for item in inner):
        return True
    fellows = [*inner, last]
    return all(len(item) == len(best) for item in fellows) and all(_holds_act(seg, item) for item in fellows)


def _holds_act(seg: Segmenter, member: str) -> bool:
    """A verb stands in `member` (开放共享, 高效利用; not 新型基础设施, nor 公共卫生服务: a verbal noun names a thing):
    acts built alike may each open with their own."""
    return any(tag == "v" or word in VERBS_TAGGED_NOUNS for word, tag in seg.tagged(member))


PLACE_OF = re.compile(r"[上下中内外]的")
"""A place word and 的 (组织上的, 管理上的): what a member says it is in respect of, never how one opens."""


def _with_fellows_place(piece: str, best: str | None, inner: list[str]) -> str | None:
    """The first member opening as far before its 上的 as its fellows do before theirs, where the guess opened on it
    (供销社组织|上的群众性、管理上的民主性、经营上的灵活性 -> 组织上的群众性)."""
    if not best or not PLACE_OF.match(best):
        return best
    at = inner[0].find(best[:2])
    if at <= 0 or any(item.find(best[:2]) != at for item in inner) or len(piece) < len(best) + at:
        return best
    return piece[len(piece) - len(best) - at :]


INTRODUCER = re.compile(r"是指|系指|指的是|包括|包含|分为")
"""What introduces a list and is never its first member's (高等学校是指|大学、独立设置的学院和高等专科学校)."""


def _without_lone_opening(seg: Segmenter, best: str | None, candidates: list[str], inner: list[str]) -> str | None:
    """A first member guessed to its fellows' length without a one-character word it opens with, where no fellow
    opens so (是|指普通中小学、特殊教育学校: 指 is the definition's, not the member's)."""
    if not best:
        return best
    words = seg.tagged(best)
    if len(words) < 2 or len(words[0][0]) != 1 or str(words[0][1]).startswith(LOOSE_END_TAGS):
        return best  # 的|选调生: a particle's own tests judge it (JOINING)
    if any(len(seg.words(item)[0]) == 1 for item in inner if item):
        return best
    shorter = best[1:]
    return shorter if shorter in candidates else best


def _last_item(seg: Segmenter, piece: str, inner: list[str], whole_ok: bool = False, first: str = "") -> str | None:
    """The start of the last piece, shaped like the inner items, ending on a word boundary; at the ending the inner
    items share, or that one inner item shares with the first piece (质量强国、制造强国、知识产权强国, not …知识产权|强国)."""
    catch_all = CATCH_ALL.search(piece)  # 种苗|及其他繁殖材料: jieba's 及其 would end the member inside 其他
    if catch_all and MIN_ITEM <= catch_all.start() <= MAX_ITEM:
        last = piece[: catch_all.start()]
        kinds = last.find("等", MIN_ITEM)  # 网信、文物|等部门和其他有关部门
        return last[:kinds] if kinds > 0 and _own_word(seg, last, kinds) else last
    suffix = _common_prefix([i[::-1] for i in inner])[::-1]
    if len(inner) == 1 and first:
        shared = _common_prefix([inner[0][::-1], first[::-1]])[::-1]
        if len(shared) >= MIN_ITEM:  # its last word (气象|预报): not 农业气象预报、…、火险气象等级预报
            suffix = shared[-MIN_ITEM:]
    if suffix and suffix in piece[1:]:
        return piece[: piece.index(suffix, 1) + len(suffix)]
    prefix = _common_prefix(inner)
    if prefix and piece.startswith(prefix) and len({len(i) for i in inner}) == 1:
        return piece[: _noun_before_conjunction(seg, piece, len(inner[0]))]
    size = len(inner[-1])
    count = COUNTED.search(piece, MIN_ITEM)
    if count and count.start() <= MAX_ITEM and count.start() in seg.word_starts(piece):
        return piece[: count.start()]  # …和不称职四个等次: the list says how many it holds
    for word in TRAILING_WORDS:
        index = piece.find(word, MIN_ITEM)
        if (
            index > 0
            and (abs(index - size) <= 1 or word == "等" and index <= MAX_ITEM)
            and _own_word(seg, piece, index)
        ):
            return piece[:index]
    if len(piece) <= (MAX_ITEM if whole_ok else size + 1):  # the run ends at punctuation: the piece is whole
        return piece
    candidates = [
        piece[:b] for b in sorted(seg.word_starts(piece)) if MIN_ITEM <= b <= MAX_ITEM and not piece[:b].isascii()
    ]  # 12380 alone is no item
    guess = _without_trailing_adverb(seg, _closest(candidates, size))
    if guess is None or _runs_into(seg, piece, len(guess)):
        return None  # …、人民可以得到更|多实惠: a cut to the shape that splits a phrase
    guess = _without_predicate(seg, piece, guess, inner, size)
    return piece[: _noun_before_conjunction(seg, piece, len(guess))]


def _without_trailing_adverb(seg: Segmenter, guess: str | None) -> str | None:
    """A last member guessed to its fellows' length without the adverb it ends on after a noun, which goes with what
    is said after it (…和个人|一律, 林业、畜牧业、渔业|都取得…, 中小企业|特别是…); None when nothing is left."""
    words = seg.tagged(guess) if guess else []
    if len(words) < 2 or words[-1][0] not in LINKING_ADVERBS:
        return guess
    kept = words[:-2] if str(words[-2][1]) == "f" else words[:-1]  # 医疗机构中|直接: the place word goes too
    if not kept or not str(kept[-1][1]).startswith(OBJECT_OPENING):
        return guess  # not 具有|比较优势: what stands before it is no noun
    kept_text = "".join(word for word, _ in kept)
    return kept_text if len(kept_text) >= MIN_ITEM else None


def _without_predicate(seg: Segmenter, piece: str, guess: str, inner: list[str], size: int) -> str:
    """A last member guessed to its fellows' length without the verb that opens what is said of them all, the verb's
    object after it (有关人民团体、企业事业单位、社会组织|开展家庭教育指导服务): when no inner member ends on a verb and what
    is left is near their size. Not a verb the member ends with (德才兼备、注重实绩、群众公认|的原则), nor one after a
    verb (选编教材、组织实施|教学活动)."""
    words = seg.tagged(guess)
    verb = words[-1] if len(words) > 1 else ("", "")
    if str(verb[1]) != "v" or len(verb[0]) < 2 or _serial_verbs(words):
        return guess
    rest = seg.tagged(piece[len(guess) :])
    if not rest or len(rest[0][0]) < 2 or not str(rest[0][1]).startswith(OBJECT_OPENING):
        return guess
    if any(tags and str(tags[-1][1]).startswith("v") for tags in map(seg.tagged, inner)):
        return guess
    kept = guess[: -len(verb[0])]
    return kept if len(kept) >= MIN_ITEM and size - len(kept) <= MAX_SPREAD else guess


def _serial_verbs(words: list[tuple[str, str]]) -> bool:
    """Whether the last of `words`, a verb, and the one before it are one act (组织实施): the one before a verb too,
    no noun's head (not 社会组织|开展, where jieba calls 组织 a verb), no auxiliary (需要|改善…: what is needed is said
    after it), and the last no qualifier jieba calls a verb (吊销相关|业务许可证)."""
    if len(words) < 2 or words[-1][0] in QUALIFYING_VERBS:
        return False
    first = words[-2]
    if str(first[1]) != "v" or first[0] in AUXILIARIES:
        return False
    return len(words) < 3 or not str(words[-3][1]).startswith("n")


AUXILIARIES = MODALS | {"需要", "要求", "应该", "进行", "加以", "予以", "开始", "继续"}
"""Verbs another verb follows as their object (需要改善, 进行检查): the two are no one act."""
QUALIFYING_VERBS = frozenset(["相关", "有关", "相应"])
"""Words jieba calls verbs that qualify the noun after them (吊销相关业务许可证)."""


OBJECT_OPENING = ("n", "l", "vn", "j")
"""Tags of a noun: a word that opens a verb's object (家庭教育, 指导服务; n holds nz, nt, ns), or one a linking adverb
follows (中小企业|特别是…)."""


NEGATIONS = frozenset(["不", "未", "没", "没有", "非", "无", "勿"])
LINKING_ADVERBS = frozenset(["都", "也", "又", "均", "还", "就", "才", "一律", "特别", "尤其", "直接", "一并"])
"""Adverbs that link what is said to the list before them (渔业|都取得…, 和个人|一律不得…, 中小企业|特别是…); a closed
set, for jieba tags many a word of a member an adverb (设备|更新, 信息失|真的)."""
RUNS_ON_TAGS = ("m", "a", "q", "x")
"""Tags of a word that goes on with the last member cut before it (更|多实惠: 多; 吃|“大锅饭”: a quote)."""


def _noun_before_conjunction(seg: Segmenter, piece: str, cut: int) -> int:
    """Where a last member cut to its fellows' shape ends: further on when a noun goes on from the cut to a 和, 与 or
    及 that joins a member more (各地方、各部门、各企业|事业单位和全国人民: the noun is the member's, not a head all
    share, which would stand after the whole list). jieba's guessed names (明显增强 as nr) are no noun."""
    words = seg.tagged(piece[cut:])
    tag = str(words[0][1]) if words else ""
    if len(words) < 2 or not tag.startswith("n") or tag.startswith("nr") or words[1][0] not in CONJUNCTIONS:
        return cut
    end = cut + len(words[0][0])
    return end if end <= MAX_ITEM else cut


def _runs_into(seg: Segmenter, piece: str, cut: int) -> bool:
    """Whether a last member guessed from its fellows' shape, cut at `cut` of its piece, splits a dictionary word,
    ends on a verb of one character, or leaves a word that goes on with it (a number, an adjective); a noun after it
    may be the head all the members share (…、网络举报及12380专线|平台)."""
    if cut >= len(piece):
        return False
    if cut not in seg.dictionary_starts(piece):
        return True
    kept = seg.tagged(piece[:cut])
    if kept and len(kept[-1][0]) == 1 and str(kept[-1][1]) == "v":
        return True  # 数量不减少、质量不下降、农民利益有|保障: a verb of one character parted from its object
    if kept and kept[-1][0] in NEGATIONS:
        return True  # 乡、民族乡、镇的不|属于…: a negation opens what is said, it never ends a member
    words = seg.tagged(piece[cut:])
    return bool(words) and str(words[0][1]).startswith(RUNS_ON_TAGS)


def _common_prefix(items: list[str]) -> str:
    """The characters all items open with (两个X, 政治X), if they are fewer than the items' length."""
    prefix = items[0]
    for item in items[1:]:
        while not item.startswith(prefix):
            prefix = prefix[:-1]
    return prefix if len(prefix) < min(len(i) for i in items) else ""


def _closest(candidates: list[str], size: int) -> str | None:
    """The candidate nearest in length to `size`, the longer on a tie."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs(len(c) - size), -len(c)))
