"""The four question types, each cut from a frame (a fact as a sentence with its answers marked).

- 填空 (fill): one answer blanked, as an examiner's fill-in has one blank; a list an item at a time with the
  others as cue.
- 单选 (single): one answer blanked; the options are it and three phrases of the same kind, shape and class.
- 多选 (multiple): never one blank per right option (their count would give the answer away): a named list
  is asked 下列属于「…」的要点的有：with no blank; a run of items (能者上、优者奖、庸者下) is blanked whole, one
  blank, and two or three of its items are among the four options.
- 判断 (judge): the sentence as written (正确), or with one answer swapped for a phrase of the same kind,
  shape and class from elsewhere in the material (错误); the two kept balanced; a false one keeps the
  passage as written for its feedback.
"""

from __future__ import annotations

import random
import re
from os.path import commonprefix
from dataclasses import replace
from collections import Counter, defaultdict
from collections.abc import Callable

from studycards.extract.giveaway import HIDDEN, NUMERAL, gives_away
from studycards.extract.norms import MODAL
from studycards.extract.provisions import JOINS
from studycards.extract.stock import is_commonplace
from studycards.facts import Fact, alike_at_an_end, normalise
from studycards.quiz.distractors import Phrase, Pool, centred, kinship, shape
from studycards.ambiguity import fills_otherwise, material, says_nothing
from studycards.parsing.legal import is_legal_title
from studycards.quiz.frames import ARTICLE, CLAUSE_STOPS, ELLIPSIS, Frame, View
from studycards.quiz.items import JUDGE_OPTIONS, QuizItem
from studycards.quiz.leads import says_the_same
from studycards.closedsets import beside_fellows, organ_moves, paired_terms, still_names
from studycards.quiz.ladders import (
    bound,
    bound_apart,
    derivable,
    figure_swaps,
    looser_bound,
    narrows_condition,
    parts_within,
    ranges_ordered,
    series_broken,
    unit_apart,
)
from studycards.quiz.plausible import common_suffix
from studycards.quiz.polarity import opposite
from studycards.platitudes import REACH, self_evident
from studycards.segment import segmenter
from studycards.quiz.stems import (
    ITEM_MARKER,
    bare_item,
    blanks_a_predicate,
    citation,
    in_open_list,
    open_predicate,
    straddles_members,
)
from studycards.quiz.statements import (
    NATIONAL,
    after_prohibition,
    amount_led,
    bounded,
    breaks_list_shape,
    cites_another,
    function_words_only,
    holds_prohibition,
    said_apart,
    said_beside,
    scope_clash,
    exhorted,
)

MULTIPLE_ASK = "横线处应填入的有："
"""Follows a 多选 stem whose one blank stands for a whole run of items, all of them among the options."""
MULTIPLE_SOME = "横线处应填入的内容包括："
"""…where some of the run are not among the options (干部队伍＿＿的方针 with 革命化 and 专业化 offered, 年轻化 and 知识化
not): the right options are in the blank, not all of it."""
OPTIONS = 4
"""Options of a choice item (A-D)."""
JUDGE_KIN = 3
"""A false 判断 swaps in only a phrase of the answer's family (distractors.kinship): 土地经营权 for 宅基地使用权
reads as a real sentence; 废弃物资源化 would give the swap away."""
SINGLE_KIN = 2
"""A 单选's wrong options are all of the answer's family (distractors.kinship): the same last character or head
word (执政考验 beside 改革开放考验), or the same first word. Options of another family, the best of the rest, read
as no fellow of the answer beside the stem's verb (学校可以设立＿ with 分级分类管理, 体育仲裁范围 beside 体育教练员岗位;
以＿为中心 with 实践过程): blind readers called such options absurd in most readings. No family, no 单选."""
RIGHT_COUNTS = (2, 2, 3, 3)
"""How many options of a 多选 are right: two or three, never all four (a stem cannot say that every option is
right, and an examiner never sets one where nothing is to be told apart)."""
FIGURE_SHARE = 0.25
"""One, then about this many per other 单选: at most about this share of a quiz's 单选 asks a figure (exam items: 7%; a report is full of figures, and
their ladders all end in the same unit)."""
LAW_FIGURES = 3
"""A law's 单选 may ask this many figures more: its time limits, fines and counts (三日/五日/十日/十五日) are
what an examiner of a law asks as a ladder, and a law seldom holds other wrong options of an answer's family."""
REPORT_FIGURES = 2
"""A report's 单选 may ask this many figures more: a 单选 needs three wrong options of the answer's family, which a
report's phrases seldom give, and its targets (增长5%左右, 3%左右) are what its readers learn; without them a report's
paper was 26 to 29 填空 of 30 (three blind readings: "too few choice questions")."""
YEAR = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年")
"""A year (2014年, 一九七九年): the time of a statement, no figure of it."""
PERMISSION = "可以"
"""The paired term that grants a power: never swapped in beside a prohibition."""
NARROWER = {"县级以上": "设区的市级以上"}
"""A range of levels and the narrower range of its pair: never swapped in for it (县级以上…部门 -> 设区的市级以上…部门:
those are 县级以上 too, and two blind readers of the fourteenth session's start called such statements defensibly true)."""
DUTY_WORD = "应当"
MODAL_SWAPS = ((DUTY_WORD, PERMISSION), (PERMISSION, DUTY_WORD))
LOOSENED_MAX = 1
"""False 判断 a paper makes by 应当 -> 可以, and by 可以 -> 应当: blind readers of two held-out draws called most such
statements still true (船长可以予以证明, 公民可以增强…意识, 核准后应当延期申报), so one a paper each way at most;
other pairs (批准/备案, 县级以上/设区的市级以上) are not limited so."""
JUDGE_FIGURES = 3
"""判断 on a report's figures per quiz at most: a quiz of true-or-false amounts tests a table, not the report."""
TRUE_PER_FALSE = 0.5
"""True 判断 of a law a quiz may hold per false one. The exam's statements are 74% true (820 of its 1,101), and at 2 a
law's papers were 7 of 10 true: every one of the eight blind readers of the thirteenth session's three fresh draws said
so (answering 正确 throughout scores 70%), marked the true copies weak, and found the statements changed in one detail
(应当 -> 可以, 二十万 -> 三十万, 同级 -> 上一级) the best. At 1 (thirteenth session) the fifteenth session's readers of
four fresh laws still marked a law's true copies good 0–33% of the time (60 verdicts), its false ones 67–71% (52)."""
MULTIPLE_KIN = 2
"""A 多选's wrong options share a head word, a last character or a first word with a right one (水产 is no
doubt beside 生产、分配、流通; a first character alone made 有效性 an option beside 有色金属、电子信息)."""
DRAWS = 4
"""Draws of a 单选's wrong options, until the answer is not the option most like the others."""
TARGETS = 3
"""Answers of one fact tried for a 单选: a list member without a family may have a fellow member with one."""
LIST_VIEW_LIMIT = 220
"""Longest list shown whole around one of its items under a blank."""
MIN_STEM = {"law": 6, "report": 16}
"""Fewest characters (punctuation aside) a 填空 or 单选 shows around its blank: fewer is a saying to complete
(机不可失，＿) or, in a report, a line cut from what it is about (坚持把＿摆在首位 of its army). Blind readers of the
twelfth to fifteenth sessions marked a report's showing fewer than 16 good 38% of the time and bad 18% (114
verdicts; 16-24 characters: 57% and 5%; 25 or more: 60% and 6%). A law's short rule is what examiners ask
(审计决定自＿起生效): its verdicts under 11 characters were 75% good, their bad ones six questions read again and
again (现场公安人员可以予以＿ eight times). `python scripts/quiz_preference.py` prints the table."""
LONG_LIST = 5
"""Members from which a list is a long one: one member of it under a blank is one of many that fit there (社会科学、
文学艺术、新闻出版、广播影视、＿＿、计划生育和体育: readers marked such fill-ins good 49% of the time, 158 verdicts,
against 61% for shorter lists, 775)."""
FILL_CHARS = 14
"""The longest answer a 填空 blanks: 2% of the exam's 7,100 fill blanks run longer, and blind readers marked a whole
list item or clause under one blank weak nine times in five readings."""
TOPIC_CHARS = 48
WHICH_TRUE = 0.3
"""How often a 单选 is 以下说法正确的是 (four provisions, three of them altered) rather than a blank."""
WHICH_ASK = "以下说法正确的是："
WHICH_MAX = 2
WHICH_FRAMES = 80
"""At most WHICH_MAX per quiz, of material with at least WHICH_FRAMES frames (a short law needs its provisions
for questions of their own)."""
WHICH_TRIES = 40
"""Other frames tried for the three altered provisions."""
STATEMENT_CHARS = 60
PAIRED_FIRST = 0.25
"""How often a false 判断 swaps a paired term (应当/可以) when another falsification is at hand too."""
PAIRED_SHARE = 1 / 3
PAIRED_FREE = 3
"""At most this many statements of a paper (判断 and the options of 以下说法正确的是 alike), and one more for every
1 / PAIRED_SHARE false 判断 made otherwise, are made false by a paired term: real false statements change a
figure, a time limit, an organ, a scope as often (a law's paper with 应当 -> 可以 three times is a pattern a
reader learns, not a test)."""
SHORT_ITEM = 8
"""A list item this short is a term (就业政策法规咨询): another list's term is its fellow by its head or first word
(the tagger's grammar of terms is noise), never by grammar alone (提供虚假就业信息 would pass for a service)."""
ENTITY_HEADS = ("人", "人员", "企业", "组织", "机构", "单位", "委员会", "部门", "机关", "法院")
"""How a list item naming a person or a body ends: such items are options only beside their like."""
MODAL_BEFORE = re.compile(r"(?:应当|应|可以|必须|须|不得|有权|禁止)$")
ACTS = ("v", "vn", "vd", "d", "p")
"""Tags a phrase after a modal word opens with when it is an act (投保, 依法, 向…): a thing in its place is no rule."""
TAKES_A_THING = re.compile(r"(?:采取|采用|实行|使用|运用|制定)$")
"""Verbs whose object is a thing or a means (采取电讯方式…), never an act."""
CLAUSE_MARKS = "，,；;。：:"
PAIRED_CLAUSE = 6
"""A paired term's clause must say this much: 应当 alone would be no phrase to test."""


class Questions:
    """Makes questions of every type from the frames of one body of material."""

    def __init__(self, frames: list[Frame], facts: list[Fact], rng: random.Random):
        self.rng = rng
        self.pool = Pool(frames)
        self.frames = frames
        self._used: list[Frame] = []
        texts = list(dict.fromkeys(text for fact in facts for text in (fact.text, fact.origin.paragraph)))
        self.corpus = "\x00".join(map(normalise, texts))
        """Everything the material says, to make sure a statement meant to be false is not said somewhere."""
        self.said = material(texts)
        """The same as studycards.ambiguity looks in it: where a stem's sentence is looked for with another phrase."""
        self.truths: Counter = Counter()
        self.paired = 0
        """Questions chosen so far with a statement made false by a paired term (应当 for 可以)."""
        self.paired_made: set[str] = set()
        """Ids of the questions made so (判断, 以下说法正确的是), chosen or not."""
        self.loosened: Counter[tuple[str, str]] = Counter()
        """False 判断 chosen so far that swap 应当 and 可以, by direction: LOOSENED_MAX a paper each way."""
        self.changed = 0
        """False 判断 chosen so far made false otherwise (a figure, an organ, a phrase of the family)."""
        self.which = 0
        """以下说法正确的是 chosen so far."""
        self.figures: Counter = Counter()
        """单选 chosen so far, by whether they ask a figure."""
        self.figure_judges = 0
        """判断 on a report's figures chosen so far (JUDGE_FIGURES)."""
        self.figure_judges_made: set[str] = set()
        """Ids of the 判断 made on a report's figures, chosen or not."""
        self.tested: set[str] = set()
        """What the questions chosen so far ask: never swapped into a false statement (it would show it)."""
        self.asked: dict[str, set[int]] = defaultdict(set)
        """Per frame, the answers already asked: the next question on it asks another."""

    def make(self, kind: str, frame: Frame) -> QuizItem | None:
        """A question of type `kind` on `frame`, or None when the frame cannot give a good one."""
        return getattr(self, kind)(frame)

    def fill(self, frame: Frame) -> QuizItem | None:
        """One answer under one blank. 7,040 of the exam's 7,275 fill-ins have one blank and 10 have three or more;
        blind readers of the fourteenth session's papers marked 23% of ours with three or more blanks good (44
        verdicts: a rote recital, a list cut into wrong pieces), against 68% of those with one.

        Never one member of a law's list, nor of any list of LONG_LIST members or more (污染土壤、＿＿、…: one of many
        that fit): examiners set 107 of their 7,324 fill blanks on a single member (1.5%), where our papers set 11% of
        a law's questions and 24% of a report's so. Blind readers of sessions 12-20 marked a law's such fill-ins good
        57% (short lists) and 50% (long) of the time against 75% for its other fill-ins, a report's 61% (short) and
        50% (long) against 62%; "an arbitrary item of a list" is the reason session 21's readers give most. Such a
        list is asked as a 多选, a 判断 or a 单选 of its family; a speech's short parallel lists (能者上、优者奖、＿＿)
        stay fill-ins (a report's row of examples is asked last: selection.LAST_RESORT)."""
        if frame.headings:
            return None  # a table of contents with a gap tests nothing worth knowing
        if frame.fact.kind == "enumeration" and len(frame.fact.answers) >= (2 if legal(frame.fact) else LONG_LIST):
            return None  # 盐碱地 of 污染土壤、盐碱地、…: one member of a law's list, or of a long one, under a blank
        short = [i for i, answer in enumerate(frame.answers) if len(normalise(answer)) <= FILL_CHARS]
        if not short:
            return None  # 将我国人类遗传资源材料运送、邮寄、携带出境: a clause to copy out, not a phrase to recall
        short = [i for i in short if not guessable_word(frame, i)]
        if not short:
            return None  # 食品、＿、医疗器械 (药品) of a report: common sense, not the report
        targets = [self._target(frame, short)]
        if frame.fact.kind == "outline":
            return self._item_of_list(frame, targets)
        view = frame.view(targets)
        return self._item("fill", frame, targets, view.cut(), (), (frame.answers[targets[0]],))

    def _item_of_list(self, frame: Frame, targets: list[int]) -> QuizItem | None:
        """One item of an article's list under a blank, every other item shown: an item left out would fit the
        blank as well (（四）＿＿ where （一）–（三） are cut away); None when the whole list is too long to show."""
        view = frame.view(targets, LIST_VIEW_LIMIT)
        if any(answer not in view.text for i, answer in enumerate(frame.answers) if i not in targets):
            return None
        answers = tuple(frame.answers[i] for i in targets)
        return self._item("fill", frame, targets, view.cut(), (), answers)

    def single(self, frame: Frame) -> QuizItem | None:
        if frame.fact.kind == "figure" and self._figures_full(legal(frame.fact)):
            return None  # a quiz of figure ladders: a figure is asked as a fill-in or a statement instead
        if self._which_fits(frame) and self.rng.random() < WHICH_TRUE:
            item = self._which_true(frame)
            if item is not None:
                return item
        first = self._target(frame)
        others = [i for i in range(len(frame.spans)) if i != first and i not in self.asked[frame.identity]]
        for index in [first, *self.rng.sample(others, min(len(others), TARGETS - 1))]:
            item = self._blank_single(frame, index)
            if item is not None:
                return item
        if frame.subject and len(frame.answers) >= OPTIONS - 1:
            # A named list with no blank of a family asks 下列不属于 (only then: blind readers of two reports marked 1
            # of 14 such questions good, the outsider off-topic, 社会管理 among ecology's points, or a member's twin)
            return self._not_among(frame)
        return None

    def _blank_single(self, frame: Frame, index: int) -> QuizItem | None:
        """A 单选 of answer `index` under a blank, its wrong options of its family; None when it has none."""
        view = frame.view([index])
        answer = frame.answers[index]
        wrong = None
        ruled_out: list[str] = []  # options the stem's own direction rules out (由58.8%提高到57.5%)
        before, after = view.cut()
        if in_open_list(before, after):
            return None  # 公共图书馆、＿、文化馆等 offered 美术馆 / 纪念馆 / 科技馆: each as true as 博物馆
        if not legal(frame.fact) and bound(answer, before) is not None:
            return None  # 又增加百分之十以上 offered 百分之五: true as well, whichever way it is printed
        cited = citation(frame.fact.origin.document)
        family = self._required_family(frame, answer)
        for _ in range(DRAWS):  # wrong options of which the answer is not the centre, if a few draws find them
            drawn = self.pool.choose(
                [answer],
                frame.fact,
                OPTIONS - 1,
                self.rng,
                shown=view.text,
                avoid=(*frame.items, *ruled_out),
                kin=SINGLE_KIN,
                mined=True,
            )
            if drawn is None:
                break
            told = (
                _told(before + after, answer, drawn)
                or _named(cited, answer, drawn)
                or national_alone(before + after, answer, drawn)
            )
            absurd = [option for option in drawn if not self._in_order(view, answer, option)]
            if absurd:
                ruled_out += absurd
                continue
            if edge_outside(before, after, drawn) or told:
                continue  # 按照政事分开分开; 国家出资…属于国家所有: the stem shows which option it is
            if family is not None and any(normalise(option) not in family for option in drawn):
                return None  # 长期的＿ offered 历史任务 / 节约任务 / 生产任务 beside 战略任务: ask it as a 填空
            wrong = drawn
            if not centred(answer, [answer, *drawn]):
                break
        if wrong is None:
            return None
        options = [answer, *wrong]
        self.rng.shuffle(options)
        item = self._item("single", frame, [index], (before, after), tuple(options), (answer,))
        amounts, unit = unit_apart(options)
        if not unit:  # a law's 处＿＿以下罚款 with 五万元 / 十万元 / 二十万元
            amounts, unit = bound_apart(options)
        if item is None or not unit:
            return item
        # 不少于＿个月 with 三/六/九/十二: the unit is the stem's, the options differ as amounts do (tested keeps 六个月)
        shown = amounts[options.index(answer)]
        parts = (item.parts[0], unit + item.parts[1])
        return replace(item, parts=parts, options=tuple(amounts), answer=(shown,), blanks=(len(shown),))

    def _required_family(self, frame: Frame, answer: str) -> set[str] | None:
        """The only wrong options a report's 单选 on a word or phrase may offer: what a closed set gives beside it
        (provinces, the levels of an organ, 新发展理念); None where any phrase of the answer's family will do (a law's,
        a figure's). The report's other phrases are no family of its answer: blind readers of sessions 16-18 marked
        such single choices good 31% of the time (168 verdicts: 畜牧业 among heavy industries, 节约任务 beside 战略任务),
        against 77% for a report's figures (170) and 85% for a law's worded ones (97). Issue 17: when no option of
        the family exists, the question is no choice."""
        if legal(frame.fact) or frame.fact.kind == "figure" or re.search(NUMERAL, answer):
            return None
        return self.pool.closed_family(answer, frame.fact.text)

    def _which_fits(self, frame: Frame) -> bool:
        """Whether a 以下说法正确的是 may be asked now: a few per quiz, of material large enough to spare the
        three provisions it alters."""
        return not frame.headings and self.which < WHICH_MAX and len(self.frames) >= WHICH_FRAMES

    def _which_true(self, frame: Frame) -> QuizItem | None:
        """以下说法正确的是：four provisions, the frame's as written and three of others made false (a figure,
        an organ, a paired term, a list member changed), each a whole sentence of at most STATEMENT_CHARS."""
        index = self._target(frame)
        view = frame.view([index])
        if not _statement(view.text) or bare_item(view.text[len(frame.lead) :]):
            return None
        home = paragraph_of(frame)
        paired = ""  # the clause of the one statement at most made false by a paired term (三个 would be the tell)
        falses: list[tuple[str, str]] = []  # (statement, the phrase it alters)
        tested = [frame.answers[index]]
        others = [other for other in self.frames if not other.headings and paragraph_of(other) != home]
        for other in self.rng.sample(others, min(len(others), WHICH_TRIES)):
            i = self.rng.randrange(len(other.spans))
            seen = other.view([i])
            if not _statement(seen.text) or paragraph_of(other) in {paragraph_of(f) for f in self._used}:
                continue
            swap = self._falsehood(other, i, seen)
            false = None
            if swap is not None:
                before, after = seen.cut()
                false = (swap, (before, other.answers[i], after))
            elif not paired and self._pairs_left():
                false = self._paired(other, seen)
                paired = false[1][1] if false is not None else ""
            if false is None or normalise(false[1][1]) in map(normalise, tested + [t for _, t in falses]):
                continue
            falses = _balanced(view.text, [*falses, (false[0], false[1][1])])
            self._used.append(other)
            if len(falses) == OPTIONS - 1 and any(stated(f) == stated(view.text) for f, _ in falses):
                break
        self._used.clear()
        if len(falses) < OPTIONS - 1 or not any(stated(f) == stated(view.text) for f, _ in falses):
            return None  # the one statement without a figure among three with one is the true one
        tested += [phrase for _, phrase in falses]
        options = [view.text, *(f for f, _ in falses)]
        self.rng.shuffle(options)
        parts = (WHICH_ASK,)
        item = self._item("single", frame, [index], parts, tuple(options), (view.text,), blanked=[], tested=tested)
        if item is not None and paired in (phrase for _, phrase in falses):
            self.paired_made.add(item.id)
        return item

    def _not_among(self, frame: Frame) -> QuizItem | None:
        """下列不属于「…」的要点的是：three members of a named list and one outsider of their family."""
        answers = frame.answers
        first = self._target(frame)
        alike = [i for i in range(len(answers)) if i != first and shape(answers[first]).fits(shape(answers[i]))]
        if len(alike) < OPTIONS - 2:
            return None
        targets = sorted([first, *self.rng.sample(alike, OPTIONS - 2)])
        members = [answers[i] for i in targets]
        part = frame.fact.origin.trail[-1] if frame.fact.origin.trail else ""
        outsider = self.pool.choose(members, frame.fact, 1, self.rng, shown=frame.lead, avoid=frame.items, outside=part)
        if outsider is None or any(_twins(outsider[0], member) for member in members):
            return None  # 人民生活水平全面提高 beside 人民生活水平显著提高: the twin shows which pair holds the key
        options = [*members, outsider[0]]
        self.rng.shuffle(options)
        parts = (f"下列不属于{frame.subject}的是：",)
        item = self._item("single", frame, targets, parts, tuple(options), (outsider[0],), blanked=[])
        # the outsider is asked too: another question showing it in its own list would give it away
        return item and replace(item, tested=(*item.tested, outsider[0]))

    def multiple(self, frame: Frame) -> QuizItem | None:
        answers = frame.answers
        if frame.asks:  # 公务员享有下列哪些权利？: every item but a catch-all (法律规定的其他权利)
            run = [
                i
                for i, answer in enumerate(answers)
                if not CATCH_ALL.search(normalise(answer)) and not cites_another(answer)
            ]
        elif frame.subject:
            run = list(range(len(answers)))
        else:
            # the whole list under the blank, edges and all: none of it left beside the blank (做优增量和＿)
            runs = [run for run in frame.runs() if len(run) >= 2 and not frame.joined(run[0])[0]]
            runs = [run for run in runs if not frame.joined(run[-1])[1] and shared_edge([answers[i] for i in run])]
            if not runs:
                return None
            run = self.rng.choice(runs)
        if not run:
            return None
        first = self._target(frame, run)
        alike = [i for i in run if i != first and _alike(frame, answers[first], answers[i])]
        if not alike:
            return None
        count = min(self.rng.choice(RIGHT_COUNTS), len(alike) + 1)
        for _ in range(2):  # too few wrong options of the family: one more right option needs one fewer
            item = self._multiple_of(frame, run, first, alike, count)
            if item is not None or count >= min(max(RIGHT_COUNTS), len(alike) + 1):
                return item
            count += 1
        return None

    def _multiple_of(self, frame: Frame, run: list[int], first: int, alike: list[int], count: int):
        """A 多选 of `count` right options (`first` and fellows of `alike`) on `run`, or None."""
        answers = frame.answers
        targets = sorted([first, *self.rng.sample(alike, count - 1)])
        if frame.asks:
            parts: tuple[str, ...] = (frame.asks,)
            shown = frame.lead
        elif frame.subject:  # 下列属于「一要树立鲜明导向」的要点的有：
            parts = (f"下列属于{frame.subject}的有：",)
            shown = frame.lead
        else:  # the whole run as one blank: its size says nothing of how many options are right
            view = frame.view(run)
            whole = View(view.text, ((view.spans[0][0], view.spans[-1][1]),))
            before, after = whole.cut()
            after = after if after.endswith((*CLAUSE_STOPS, ELLIPSIS)) else after + "。"
            parts, shown = (before, after + (MULTIPLE_ASK if count == len(run) else MULTIPLE_SOME)), view.text
        right = [answers[i] for i in targets]
        if frame.asks:
            wrong = self._other_lists(frame, right, OPTIONS - count)
        else:
            part = frame.fact.origin.trail[-1] if frame.subject and frame.fact.origin.trail else ""
            wrong = self._multiple_wrong(frame, right, OPTIONS - count, shown, part)
        if wrong is None:
            return None
        if len(parts) == 2 and not all(shared_edge([*right, option]) for option in wrong):
            return None  # 越南 among 华东、西南、西北: a run's wrong option shares its items' edge (…秩序, 更…)
        if len(parts) == 2 and edge_outside(parts[0], parts[1], [*right, *wrong]):
            return None
        options = [*right, *wrong]
        self.rng.shuffle(options)
        answer = tuple(option for option in options if option in right)
        blanked = run if len(parts) == 2 else []
        return self._item("multiple", frame, targets, parts, tuple(options), answer, blanked=blanked)

    def _multiple_wrong(self, frame: Frame, right: list[str], count: int, shown: str, part: str) -> list[str] | None:
        """A 多选's wrong options: of the right ones' family (MULTIPLE_KIN); failing that, each sharing a character
        at an end with every right one (有效性 is no fellow of 有色金属、电子信息; 专业化 is one of 市场化、国际化)."""
        for kin in (MULTIPLE_KIN, 1):
            wrong = self.pool.choose(
                right, frame.fact, count, self.rng, shown=shown, avoid=frame.items, kin=kin, outside=part
            )
            if wrong is None:
                continue
            if kin == MULTIPLE_KIN or all(self._kin_of_all(right, option) for option in wrong):
                return wrong
        return None

    def _kin_of_all(self, right: list[str], option: str) -> bool:
        """Whether `option` shares a character at an end with every right option (广播影视 shares 广 with 广泛支持
        only, none with 充分理解 or 积极参与)."""
        phrase = Phrase(option, normalise(option), "", "", "", 0, shape(option), self.pool.words(option))
        return all(kinship({answer: self.pool.words(answer)}, phrase) >= 1 for answer in right)

    def _other_lists(self, frame: Frame, right: list[str], count: int) -> list[str] | None:
        """`count` items of the law's other article lists, of the right ones' shape
        (不得辞退的情形 beside 予以辞退的情形: the trap an examiner of a law sets), or None if too few. Never an item that
        cites another article (本法第三条第三款规定的所得: what it is stands there)."""
        own = [normalise(item) for item in frame.items]
        found: list[str] = []
        for other in self.frames:
            if not other.asks or other.identity == frame.identity:
                continue
            if other.fact.origin.trail[:2] != frame.fact.origin.trail[:2]:
                continue  # a list of another chapter: 船舶灭失 among a bill of lading's items reads absurd
            if says_the_same(frame.fact.text, other.fact.text):
                continue  # 有下列情形之一的，处警告或者二千元以下罚款 beside …给予警告，可以并处二千元以下罚款: its items are right too
            for item in other.answers:
                key = normalise(item)
                if CATCH_ALL.search(key) or cites_another(item) or not any(_near(r, item) for r in right):
                    continue  # …的其他情形; 本法第三条第三款规定的所得: what it is stands in another article
                if not self._item_kin(right, item):
                    continue
                if any(key in k or k in key for k in own) or key in self.corpus_of(frame):
                    continue
                if not any(key in f or f in key for f in map(normalise, found)):
                    found.append(item)
        if len(found) < count:
            return None
        self.rng.shuffle(found)
        ends = {normalise(item)[-1:] for item in right}  # …的 beside …的: a condition among conditions
        found.sort(key=lambda item: normalise(item)[-1:] not in ends)
        return found[:count]

    def _item_kin(self, right: list[str], item: str) -> bool:
        """Whether another list's item is of the right items' family: a condition (…的) among conditions, a
        person or body (…人员, …企业, …组织) among persons or bodies, and of a right item's grammar at both ends
        (保守国家秘密 beside 具有…品行, both duties of a person; never 当事人之间权利义务关系明确 beside 调解组织, nor
        曾任审判员的 among an organ's duties, nor 提供虚假就业信息 among 企业、人员 or services)."""
        keys = [normalise(r) for r in right]
        key = normalise(item)
        if key.endswith("的") != all(k.endswith("的") for k in keys):
            return False
        if key.endswith(ENTITY_HEADS) != any(k.endswith(ENTITY_HEADS) for k in keys):
            return False
        if opposite(right, item):
            return False  # a wrongdoing among a party's rights, a right among wrongdoings
        words = self.pool.words(item)
        kin = [w for w in map(self.pool.words, right) if w]
        if len(key) <= SHORT_ITEM:  # a term, not a clause: of a right one's head or first word (…咨询, 职业…)
            return any(w[-1][0][-1:] == words[-1][0][-1:] or w[0][0] == words[0][0] for w in kin if words)
        return bool(words) and any((w[0][1], w[-1][1]) == (words[0][1], words[-1][1]) for w in kin)

    def corpus_of(self, frame: Frame) -> str:
        """What the frame's own article says: an item it says too is no wrong option."""
        return normalise(frame.fact.origin.paragraph + frame.fact.text)

    def judge(self, frame: Frame) -> QuizItem | None:
        if frame.headings:
            return None
        index = self._target(frame)
        view = frame.view([index])
        if cites_another(view.text):
            return None  # 违反本法第二十一条规定的: true or false by an article the stem does not show
        if self.figure_judges >= JUDGE_FIGURES and self._report_figure(frame, view.text):
            return None
        per_false = TRUE_PER_FALSE if legal(frame.fact) else 1
        true_first = self.truths[True] < per_false * self.truths[False] or (
            self.truths[True] == per_false * self.truths[False] and self.rng.random() < 0.5
        )
        false = self._false(frame, index, view)
        own = view.text.replace(frame.lead, "", 1)  # 2029年，……: the period's year is no figure of the statement's
        affirmed = true_first and self._affirmable(frame, own, changeable=false is not None)
        if false is None and not affirmed:
            return None  # no fact here an examiner could change (a figure at least): a true copy tests nothing
        if affirmed or false is None:
            if frame.fact.kind == "enumeration":
                return None  # 有勇气、有智慧、有能力 (正确): a list as written reads right, nothing to doubt
            if len(normalise(own)) < TRUE_CHARS and not self._checkable(frame, own):
                return None  # 2009年，……节能减排和环境保护扎实推进 (正确): a lead sentence as written, a platitude
            return self._judged(frame, [index], (view.text,), (JUDGE_OPTIONS[0],))
        statement, original, by_pair = false
        item = self._judged(frame, [index], (statement,), (JUDGE_OPTIONS[1],), original=original)
        if item is not None and by_pair:
            self.paired_made.add(item.id)
        return item

    def _affirmable(self, frame: Frame, statement: str, changeable: bool) -> bool:
        """Whether a statement as written is worth judging true (the frame `changeable` when a false one could be
        made of it); of a law, whole and holding what examiners change (a figure, an organ, a power or a
        prohibition). Blind readers of the fourteenth session's papers marked true copies good 52% of the time (289
        verdicts): 27% of those cut with …… (44), 45% of a law's with none of these (应当依法管理国防资产，充分发挥
        国防资产的效能; 旅客乘车应当持有效车票: common sense), 62% of those with one."""
        if _platitude(frame, statement):
            return False
        if legal(frame.fact):
            return ELLIPSIS not in statement and (stated(statement) or CHANGEABLE.search(statement) is not None)
        return changeable or self._checkable(frame, statement)

    @staticmethod
    def _checkable(frame: Frame, statement: str) -> bool:
        """Whether a true statement says something a reader could get wrong: a figure, or a law's rule (whose
        modal word, organ and act are each what examiners change: 国务院建立健全…协调机制 is a true 判断 of theirs)."""
        if stated(statement):
            return True
        return legal(frame.fact) and MODAL.search(statement) is not None and not _platitude(frame, statement)

    def _judged(self, frame: Frame, targets, parts, answer, original=()) -> QuizItem | None:
        """A 判断 item, counted among the report's figure 判断 when it is one (JUDGE_FIGURES)."""
        tested = (original[1],) if original else None
        item = self._item("judge", frame, targets, parts, JUDGE_OPTIONS, answer, original=original, tested=tested)
        if item is not None and self._report_figure(frame, parts[0]):
            self.figure_judges_made.add(item.id)
        return item

    @staticmethod
    def _report_figure(frame: Frame, statement: str) -> bool:
        """Whether a statement of a report asks or states its figures (棉纱产量286.5万吨，比1980年预计增加9万吨),
        a year aside (a law's figures are its time limits and fines: not counted)."""
        if legal(frame.fact):
            return False
        return frame.fact.kind == "figure" or stated(YEAR.sub("", statement))

    def _false(self, frame: Frame, index: int, view: View) -> tuple[str, tuple[str, str, str], bool] | None:
        """A false statement of the view, the passage as written (before, phrase, after) and whether a paired term
        made it false, made as an examiner varies it: the answer swapped for one of its family, a provision's figure
        moved along its ladder (十五日内 -> 三十日内), or a paired term swapped (应当 for 可以), this last seldom and
        capped."""
        made = []
        swap = self._falsehood(frame, index, view)
        if swap is not None:
            before, after = view.cut()
            made.append((swap, (before, frame.answers[index], after)))
        for moved in (self._figure_moved(frame, view), self._organ_moved(frame, view)):
            if moved is not None:
                made.append(moved)
        if self._pairs_left():
            paired = self._paired(frame, view)
            if paired is not None and (not made or self.rng.random() < PAIRED_FIRST):
                return (*paired, True)  # statements made false all by 应当/可以 would be a pattern, not a test
        return (*self.rng.choice(made), False) if made else None

    def _pairs_left(self) -> bool:
        """Whether a paired term may make one more statement of the paper false (PAIRED_FREE, PAIRED_SHARE)."""
        return self.paired < PAIRED_FREE + int(PAIRED_SHARE * self.changed)

    def _asked_already(self, phrase: str) -> bool:
        """Whether a question chosen asks `phrase`, or a part of it or more (十五日 of 十五日内)."""
        key = normalise(phrase)
        return any(key in other or other in key for other in self.tested if other)

    def _organ_moved(self, frame: Frame, view: View) -> tuple[str, tuple[str, str, str]] | None:
        """A provision's organ moved to a near level (县级以上人民政府 -> 县级人民政府, 国务院计量行政部门 -> 省、自治区、
        直辖市人民政府计量行政部门), if the material never says it so."""
        if not legal(frame.fact) or frame.fact.kind == "definition":
            return None
        text = view.text
        moves = organ_moves(text, len(frame.lead))
        moves = [(at, organ, moved) for at, organ, moved in moves if not scope_clash(text[:at], organ, moved, text)]
        return self._first_moved(text, moves)

    def _figure_moved(self, frame: Frame, view: View) -> tuple[str, tuple[str, str, str]] | None:
        """A provision's figure other than the answer moved to a near rung of its ladder (当事人…十五日内 ->
        二十日内), if the material never says it so and every range still runs from less to more."""
        if not legal(frame.fact):
            return None  # a report's figures are asked as figures of their own
        text = view.text
        moves = [
            (at, figure, moved)
            for at, figure, moved in figure_swaps(text, len(frame.lead))
            if not bounded(text[:at]) and not narrows_condition(text[:at], figure, moved, text[at + len(figure) :])
        ]
        return self._first_moved(
            text,
            moves,
            lambda figure, statement: (
                ranges_ordered(statement)
                and not series_broken(text, statement)
                and parts_within(statement)
                and not derivable(figure, statement)
            ),
        )

    def _first_moved(
        self, text: str, moves: list[tuple[int, str, str]], sound: Callable[[str, str], bool] | None = None
    ) -> tuple[str, tuple[str, str, str]] | None:
        """The first of `moves` (where, phrase, moved) in `text` that makes a statement the material never says and
        `sound` takes (phrase, statement), with the passage as written; no phrase a chosen question asks."""
        for at, phrase, moved in moves:
            if self._asked_already(phrase):
                continue
            statement = text[:at] + moved + text[at + len(phrase) :]
            if normalise(statement) not in self.corpus and (sound is None or sound(phrase, statement)):
                return statement, (text[:at], phrase, text[at + len(phrase) :])
        return None

    def _paired(self, frame: Frame, view: View) -> tuple[str, tuple[str, str, str]] | None:
        """The view with a paired term swapped for its pair in one clause (应当 -> 可以, 书面 -> 口头), if the
        material never says it so; the clause is what the statement stands or falls by."""
        text = view.text
        start = len(frame.lead)
        if not legal(frame.fact):
            return None  # 就应当鼓励发展 -> 就可以…: in a report's prose a modal word states no rule to get wrong
        for terms in paired_terms():
            for term in terms:
                at = text.find(term, start)
                if at < 0:
                    continue
                forbids = holds_prohibition(text[start:at] + text[at + len(term) :])
                left = max(text.rfind(mark, start, at) for mark in CLAUSE_MARKS) + 1
                left = max(left, start)
                ends = [i for i in (text.find(mark, at) for mark in CLAUSE_MARKS) if i >= 0]
                right = min(ends, default=len(text))
                clause = text[left:right]
                if len(normalise(clause)) < PAIRED_CLAUSE or normalise(clause) in self.tested:
                    continue
                other = next(t for t in terms if t != term)
                if NARROWER.get(term) == other:
                    continue  # 县级以上…部门 -> 设区的市级以上…部门: still true of the organs it names
                if (term, other) in MODAL_SWAPS and self.loosened[term, other] >= LOOSENED_MAX:
                    continue  # 船长可以予以证明, 核准后应当延期申报: a modal swapped reads as still true to most readers
                subject = text[max(start, *(text.rfind(mark, 0, at) + 1 for mark in "；;。")) : at]
                if exhorted(subject):
                    continue  # 全社会应当关心… -> 全社会可以…: no rule changed
                if forbids and other == PERMISSION:
                    continue  # 可以保密，不得泄露: the prohibition restates the duty, the power reads as true
                if not self._swappable(text[at + len(term) : right]) or other in text[start:]:
                    continue  # 可以临时采集血液，但可以依照…: the pair already in the sentence makes it read oddly
                swapped = clause.replace(term, other, 1)
                if normalise(swapped) in self.corpus or any(t in clause and t != term for t in terms):
                    continue
                if said_apart(swapped, other, self.corpus):
                    continue  # …机关可以自…起三个月内，…申请人民法院强制执行: true, another article says it
                return text[:left] + swapped + text[right:], (text[:left], clause, text[right:])
        return None

    def _swappable(self, after: str) -> bool:
        """Whether a modal word before `after` may be swapped for its pair: never in a discourse phrase
        (应当指出, 应当看到), nor before an idiom or a quality (可以恪尽职守 is no Chinese), nor before conforming
        (应当符合规划 -> 可以符合规划 reads as nonsense, not as a rule changed), nor before good conduct or a policy
        (应当如实入账 -> 可以如实入账 reads as true; also past an adverbial: 应当按照各自职责加强…), nor before a duty to
        pay or perform (可以依法缴纳资源税), nor before a principle held to or a state to be in (应当以人民健康为中心,
        应当品行良好: 可以以…为中心, 可以品行良好 read as silly)."""
        if DISCOURSE.match(after) or CONFORM.match(after) or PRINCIPLE.match(after):
            return False
        if after.startswith("不"):
            return False  # 可以不提供担保 -> 应当不提供担保: a leave not to act has no duty for its pair
        if after.startswith("是"):
            return False  # 领事信使必须是具有派遣国国籍的人 -> 可以是…: what one must be, one may be; still true
        if self_evident("应当", after) or DUTY.search(after[:REACH]):
            return False  # 应当按照各自职责加强…, 应当依法缴纳资源税, 应当给予支援: 可以 there still reads as true, or silly
        words = self.pool.words(after)
        return bool(words) and words[0][1] not in ("i", "a") and words[-1][1] != "a"

    def _figures_full(self, law: bool = False) -> bool:
        """Whether the quiz's 单选 ask as many figures as they may (FIGURE_SHARE; LAW_FIGURES more in a law,
        REPORT_FIGURES in a report)."""
        return self.figures[True] >= 1 + (LAW_FIGURES if law else REPORT_FIGURES) + FIGURE_SHARE * self.figures[False]

    def chosen(self, item: QuizItem) -> None:
        """`item` is in the quiz: 判断 items keep true and false balanced among those chosen (a question
        made but left out, as it would show another's answer, does not count)."""
        if item.type == "judge":
            self.truths[item.answer[0] == JUDGE_OPTIONS[0]] += 1
            self.paired += item.id in self.paired_made
            self.changed += item.answer[0] == JUDGE_OPTIONS[1] and item.id not in self.paired_made
            swap = loosens(item) if item.id in self.paired_made else None
            if swap:
                self.loosened[swap] += 1
            self.figure_judges += item.id in self.figure_judges_made
        if item.type == "single":
            self.figures[item.kind == "figure"] += 1
            self.which += item.parts[0].endswith(WHICH_ASK)
            self.paired += item.id in self.paired_made
        self.tested.update(normalise(phrase) for phrase in item.tested)

    def _falsehood(self, frame: Frame, index: int, view) -> str | None:
        """The view with the answer swapped for a phrase of the same kind and shape, if that is surely false."""
        before, after = view.cut()
        if before.endswith("的") and re.fullmatch(r"[\u4e00-\u9fff]{1,3}[上中下]", frame.answers[index]):
            return None  # 根本标准的基础上 -> 焦点上: a place word swapped is nonsense, not a false fact
        if after_prohibition(before):
            return None  # 不得收寄 -> 不得丢弃: another act forbidden reads as true
        if bounded(before) and amount_led(frame.answers[index]):
            return None  # 不得给予两次以上 -> 三次以上: still true
        swap = self.pool.choose(
            [frame.answers[index]],
            frame.fact,
            1,
            self.rng,
            shown=view.text,
            avoid=(*frame.items, *self.tested),
            kin=JUDGE_KIN,
        )
        if swap is None:
            return None
        if not legal(frame.fact) and looser_bound(frame.answers[index], swap[0], before):
            return None  # 比原定指标又增加百分之十以上 -> 百分之五以上: a report's result, still true
        if legal(frame.fact) and narrows_condition(before, frame.answers[index], swap[0], after):
            return None  # 超过二年的，保险人不得解除合同 -> 超过十年的: a law's rule, still true
        if function_words_only(frame.answers[index], swap[0]):
            return None  # 和 for 与, 的 dropped: the same fact keyed false
        if breaks_list_shape(before, frame.answers[index], swap[0], after):
            return None  # 新设备、新工艺、新技术 -> 先进技术: the shape tells it, a near synonym reads as true
        if self._act_made_thing(before, frame.answers[index], swap[0]):
            return None  # 应当投保…保险 -> 应当学生体育活动意外伤害保险: a modal's act swapped for a thing is garbled
        if self._thing_made_act(before, frame.answers[index], swap[0]):
            return None  # 可以采取电讯方式… -> 可以采取依法接受检疫查验: what a verb takes swapped for an act, garbled
        if scope_clash(before, frame.answers[index], swap[0], view.text):
            return None  # 报送所在地国务院…部门: a national organ somewhere is nonsense, not a false rule
        if still_names(normalise(frame.answers[index]), normalise(swap[0])):
            return None  # 县级人民政府…部门 <-> 县级以上地方人民政府…部门: still true of some organs named
        statement = view.replace(0, swap[0])
        if _echoes(swap[0], before + after, frame.answers[index]):
            return None  # 修建性详细规划应当提交修建性详细规划: the swap repeats the sentence, absurd not false
        if said_beside(before, swap[0], after, self.corpus):
            return None  # 应当给予必要的看护和治疗 for …戒毒治疗: true of another article, or lifted from it
        if _told_apart(frame.answers[index], swap[0], before + after):
            return None  # 房地产转让，应当签订书面抵押合同: the sentence names what the phrase says, the swap contradicts it
        if not self._in_order(view, frame.answers[index], swap[0]) or not parts_within(statement):
            return None  # 一百万元以上一百万元以下, 新安排511万套，其中…580万套: absurd, not false
        if derivable(frame.answers[index], statement):
            return None  # the figure as written follows from the others the statement shows: a sum tells it false
        # a list item asked after its list's lead (…可以提前退休：工作年限满二十年的) may be another item of the
        # same list: true when the material says each part
        parts = statement[len(frame.lead) :].replace(ELLIPSIS, "").split("：")
        return None if all(normalise(part) in self.corpus for part in parts) else statement

    @staticmethod
    def _in_order(view: View, answer: str, option: str) -> bool:
        """Whether `option` in the answer's place keeps every range running from less to more and every series the
        sentence states in order as it was (四十斤、六十斤、＿＿和一百斤: 四百斤 is ruled out by the series alone)."""
        changed = view.replace(0, option)
        return ranges_ordered(changed) and not series_broken(view.replace(0, answer), changed)

    def _frame_only(self, frame: Frame, before: str, after: str) -> bool:
        """Whether a stem shows only words any document of its genre says around its blank (studycards.ambiguity)."""
        genre = "laws" if legal(frame.fact) else "reports"
        words = self.pool.tagged
        return says_nothing(before, after, genre, lambda t: [w for w, _ in words(t)])

    def _act_made_thing(self, before: str, answer: str, swap: str) -> bool:
        """Whether `answer`, an act after a modal word (应当|投保体育意外伤害保险: jieba tags 投保 a verbal noun), would be
        swapped for a thing (学生体育活动意外伤害保险), which no modal governs."""
        if not MODAL_BEFORE.search(normalise(before)):
            return False
        mine, theirs = self.pool.tagged(normalise(answer)), self.pool.tagged(normalise(swap))
        return bool(mine and theirs) and str(mine[0][1]) in ACTS and str(theirs[0][1]) not in ACTS

    def _thing_made_act(self, before: str, answer: str, swap: str) -> bool:
        """Whether `answer`, a thing after a verb that takes one (采取|电讯方式进行检疫查验), would be swapped for an act
        or a manner (依法接受检疫查验), which no such verb takes."""
        if not TAKES_A_THING.search(normalise(before)):
            return False
        mine, theirs = self.pool.tagged(normalise(answer)), self.pool.tagged(normalise(swap))
        thing = len(mine) > 1 and all(str(flag).startswith("n") for _, flag in mine[:2])
        return thing and any(str(flag) == "v" for _, flag in theirs[:2])  # 依法|接受: jieba tags 依法 a noun

    def _target(self, frame: Frame, among: list[int] | None = None) -> int:
        """An answer of the frame (of `among`) not asked yet (any, once all have been)."""
        among = list(range(len(frame.spans))) if among is None else among
        fresh = [i for i in among if i not in self.asked[frame.identity]]
        return self.rng.choice(fresh or among)

    def _item(
        self, kind, frame: Frame, targets, parts, options, answer, blanked=None, original=(), tested=None
    ) -> QuizItem | None:
        """The item; `blanked` the answers under its blanks (default: the targets, one blank each; a 多选
        stem has one blank for its whole run, or none)."""
        asked = [frame.answers[i] for i in targets]
        if kind != "judge" and any(beside_fellows(answer, "".join(parts)) for answer in asked):
            return None  # 省、＿、直辖市: boilerplate a law writes everywhere
        if kind != "judge" and (_gives_away(parts, asked) or len({normalise(a) for a in asked}) < len(asked)):
            return None
        if (
            kind in ("fill", "single")
            and len(parts) == 2
            and gives_away(parts[0] + HIDDEN + parts[1], asked[0], segmenter())
        ):
            return None  # 审计机关应当对政府采购进行＿ (审计监督): the stem states it as a card's front would (extract/giveaway.py)
        if kind != "judge" and any(counted_in_view(answer, "".join(parts)) for answer in asked):
            return None  # 基本点是＿，一是…，一是…: the stem counts the points the blank asks
        if kind != "judge" and any(derivable(answer, "".join(parts)) for answer in asked):
            return None  # 安排511万套，增加110万套 beside 去年＿: a sum, not a fact to know
        if frame.fact.kind != "outline" and len(parts) == len(targets) + 1:
            if any(blanks_a_predicate(parts[i], asked[i], parts[i + 1]) for i in range(len(targets))):
                return None  # 预备党员必须＿: the blank is a paraphrase, not a phrase
        if any(CATCH_ALL.search(normalise(answer)) for answer in asked):
            return None  # 法律、行政法规规定的其他行政处罚: a list's catch-all is no fact
        if kind != "judge" and cites_another(_cited_part(frame, parts)):
            return None  # 对有本法第十五条第一款规定情形的货物，应当实施＿: what it asks stands in the article it cites
        if kind in ("fill", "single") and len(parts) == 2 and fills_otherwise(parts[0], asked[0], parts[1], self.said):
            return None  # 国家实行＿制度 where another article says 国家实行…制度 too: two answers fit
        if (
            kind in ("fill", "single")
            and len(parts) > 1
            and len(normalise("".join(parts))) < MIN_STEM[genre_of(frame.fact)]
        ):
            return None  # 机不可失，＿, 坚持把＿摆在首位: a saying to complete, a line cut from what it is about
        if kind in ("fill", "single") and len(parts) == 2 and self._frame_only(frame, parts[0], parts[1]):
            return None  # 积极促进＿, 国家建立健全＿制度。: a frame any number of phrases would fill
        if kind == "judge" and not parts[0].endswith(SENTENCE_ENDS):
            return None  # 有熟悉有关法律…的工作人员: a list item cut from its list states nothing
        if kind in ("fill", "single") and len(parts) > 1 and unfinished(parts):
            return None  # 正确处理农业、轻工业、＿的关系: a heading or a fragment, not a sentence
        if kind in ("fill", "single") and genre_of(frame.fact) == "report" and opens_on_blank(parts):
            return None  # 《…》指出，＿基本国策: what the blank is about went before the stem's cut
        if kind == "single" and genre_of(frame.fact) == "report" and any(commonplace(frame.fact, a) for a in asked):
            return None  # 以＿为中心 (经济建设) among 文化建设 and 政治建设: read good 3 times of 14
        if kind in ("fill", "single") and legal(frame.fact) and len(parts) == 2:
            if straddles_members(parts[0], normalise(asked[0]), parts[1]):
                return None  # 企业、＿、科研机构 (社会团体和教育): a member cut across two
        if kind == "fill" and genre_of(frame.fact) == "report" and len(parts) == 2:
            if open_predicate(parts[0], normalise(asked[0]), parts[1]):
                return None  # 中小学教育是＿。: 全民教育的基础, or 重要基础, or 根本
        if kind == "judge" and (_bare(parts[0], asked, frame) or bare_item(parts[0][len(frame.lead) :])):
            return None  # 树正选人用人标尺 (正确), 未及时解除冻结的 (错误): a heading or list item alone states nothing
        if not frame.lead and frame.fact.kind != "outline" and (ITEM_MARKER.match(parts[0]) or _condition(parts)):
            return None  # （二）由＿实施; 同＿作斗争有功绩的: a list item without its list's lead
        which = parts[0].startswith("下列") and not frame.asks  # 根据《…》，下列属于「…」的要点的有
        cited = citation(frame.fact.origin.document, which) if which or not frame.headings else ""
        parts = (cited + parts[0], *parts[1:])
        if original:
            original = (cited + original[0], *original[1:])
        self.asked[frame.identity].update(targets)
        fact = frame.fact
        origin = fact.origin
        if kind == "judge":
            blanks: tuple[int, ...] = ()
        elif blanked is not None:
            run = [frame.spans[i] for i in blanked]
            blanks = (run[-1][1] - run[0][0],) if run else ()
        else:
            blanks = tuple(len(frame.answers[i]) for i in targets)
        return QuizItem(
            type=kind,
            parts=tuple(parts),
            blanks=blanks,
            options=tuple(options),
            answer=tuple(answer),
            source=f"{' › '.join(origin.trail)}，第{origin.line}行",
            fact=frame.identity,
            kind=fact.kind,
            topic=_topic(fact),
            ordered=frame.ordered,
            tested=tuple(asked) if tested is None else tuple(tested),
            original=original,
            cited=cited,
        )


CATCH_ALL = re.compile(r"其他|其它")
DISCOURSE = re.compile(r"指出|看到|承认|说|注意到|肯定|强调|认识到|明确|清醒")
"""What a modal word opens when it speaks of the discourse, not of a duty: 应当指出, 应当看到."""


CONFORM = re.compile(r"符合|遵守|遵循|服从|具备|具有|达到|胜任|熟悉|适应|满足|了解|能够")
"""What a modal word opens when it states conformity or a capacity, not a power: 应当符合 (应当达到…要求) has no 可以
pair, and 可以胜任本职工作 reads as "is able to", still true (a blind reading of the thirtieth session)."""


PRINCIPLE = re.compile(r"以[^，,；;。]{1,16}为(?:中心|根本|核心|主|本|基础|导向|目标|宗旨|原则)")
"""A principle a duty holds to (应当以人民健康为中心): a power to hold it reads as silly, not as a rule changed."""


DUTY = re.compile(r"缴纳|交纳|履行|突出")
"""What a duty holds that no power would (可以依法缴纳资源税, 可以依法履行…义务 read as silly; 可以突出就业导向 as true):
looked for as far after the modal word as a rule true on its face is (platitudes.REACH)."""


EDGE = 2
"""Characters at a blank's edge an option may not repeat: 按照＿分开 with 政事分开 reads 政事分开分开."""


QUOTED = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》|‘[^’]*’")
COUNTED_AMOUNT = re.compile(
    r"(?:[二两三四五六七八九十百千万][一二三四五六七八九十百千万]*|一[十百千万][一二三四五六七八九十百千万]*)"
    r"(?:个月|年|日|天|周|倍|元|次|人|名|公里|小时|万|亿)"
)
"""An amount in Chinese numerals (两年, 十五日, 一百八十三天); 一年 alone is no figure (新的一年, 一年来)."""


def _platitude(frame: Frame, statement: str) -> bool:
    """Whether a law's statement, as written, is true on its face: no figure, and every rule in it an exhortation
    or a ban on a wrong (各级人民政府应当加强…保护工作; 不得弄虚作假): no true 判断 is made of it."""
    rules = list(MODAL.finditer(statement)) if legal(frame.fact) and not stated(statement) else []
    return bool(rules) and all(self_evident(rule.group(0), statement[rule.end() :]) for rule in rules)


COUNT = re.compile(r"^[两二三四五六七八九十]+[条个项点种大方面]+$")
POINTS = re.compile(r"一是|二是|一要|二要|第一[，,、]|第二[，,、]|一方面|另一方面|首先|其次")
"""How a stem lists the points a count counts."""


def counted_in_view(answer: str, stem: str) -> bool:
    """Whether `answer` is a count (两条, 三个) of points the stem lists one by one (一是…一是…)."""
    return bool(COUNT.match(normalise(answer))) and len(POINTS.findall(stem)) >= 2


def loosens(item: QuizItem) -> tuple[str, str] | None:
    """Which modal swap a false 判断 makes, (应当, 可以) or (可以, 应当): its clause's modal word stands as its pair
    in the statement; None for any other."""
    clause = item.original[1] if len(item.original) == 3 else ""
    return next(
        (
            (word, pair)
            for word, pair in MODAL_SWAPS
            if word in clause and clause.replace(word, pair, 1) in item.parts[0]
        ),
        None,
    )


def stated(statement: str) -> bool:
    """Whether a statement states a figure (5%, 十五日, 两次), its quoted names aside (“两个一百年” is none), and
    no counted name (八项规定) or 新的一年."""
    plain = QUOTED.sub("", statement)
    return bool(re.search(r"\d|百分之", plain) or COUNTED_AMOUNT.search(plain))


def _balanced(truth: str, falses: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """At most three false statements, keeping one of the truth's make (with a figure or without) when there
    is one: a paper whose one statement without a figure is the right one is answered by its look."""
    if len(falses) <= OPTIONS - 1:
        return falses
    alike = [f for f in falses if stated(f[0]) == stated(truth)]
    if not alike:
        return falses[: OPTIONS - 1]
    keep = alike[:1]
    return keep + [f for f in falses if f not in keep][: OPTIONS - 2]


def shared_edge(items: list[str]) -> bool:
    """Whether items open or end alike (公共秩序、生产秩序; 更为透明、更可预期; 不作为、不到位): a run a 多选 may ask
    under one blank. Others drew absurd wrong options too often (越南 among 华东、西南、西北; 志愿服务 among 简政放权、
    放管结合、优化服务): blind readers called 24 of 56 such 多选 bad, 3 of the 14 whose items were alike."""
    keys = [normalise(item) for item in items]
    return all(keys) and alike_at_an_end(keys)


def edge_outside(before: str, after: str, options: list[str]) -> bool:
    """Whether a list's shared edge stands outside its blank, so that an option in the blank reads twice:
    加快建设＿强国 with 制造强国 (…强国强国); 运用经济＿ with 经济立法 (经济经济立法)."""
    return any(_doubles(before, after, option) for option in options)


def _doubles(before: str, after: str, option: str) -> bool:
    """Whether `option` in the blank repeats what stands beside it (the blank and the option are not the same
    unit)."""
    key, left, right = normalise(option), normalise(before), normalise(after)
    return len(key) > EDGE and (
        (bool(right) and key.endswith(right[:EDGE])) or (bool(left) and key.startswith(left[-EDGE:]))
    )


def _told(stem: str, answer: str, wrong: list[str]) -> bool:
    """Whether the stem holds more of the answer's characters than of any wrong option's (国家出资 … 属于＿
    with 国家所有 among options that share none): a reader matches the characters, not the fact."""
    shown = set(normalise(stem))

    def shared(option: str) -> int:
        return len(set(normalise(option)) & shown)

    return shared(answer) >= EDGE and shared(answer) > max(map(shared, wrong), default=0)


ECHO = 6
"""Characters a swapped-in phrase may not share, in one run, with the rest of its sentence."""


def _echoes(phrase: str, rest: str, original: str) -> bool:
    """Whether `phrase` repeats a run of ECHO characters of `rest` that the `original` it replaces does not
    hold (提交修建性详细规划 for 符合控制性详细规划 after 修建性详细规划应当; 上一级人民政府 for 同级人民政府 is fine)."""
    key, shown, own = normalise(phrase), normalise(rest), normalise(original)
    runs = (key[i : i + ECHO] for i in range(len(key) - ECHO + 1))
    return any(run in shown and run not in own for run in runs)


MIN_TOLD = 2
"""Fewest characters of the word a swap changes that, named elsewhere in the sentence, show the swap absurd."""
LEVEL = re.compile(r"国务院|中央|人民政府|级|省|自治区|直辖市")
"""A level of government in a swapped word: moving it is the examiner's trap, whatever else the sentence names."""


def _told_apart(phrase: str, swap: str, rest: str) -> bool:
    """Whether the word `swap` changes in `phrase` (转让 of 签订书面转让合同 -> 签订书面抵押合同) stands elsewhere in the
    sentence (房地产转让，应当…): the statement then contradicts itself, and reads absurd rather than false."""
    own, other = normalise(phrase), normalise(swap)
    head, tail = _shared_edges(own, other)
    end = len(own) - tail
    if head + tail == 0 or end <= head:
        return False
    if LEVEL.search(own[head:end]) or LEVEL.search(other[head : len(other) - tail]):
        return False  # 由国务院林业主管部门编制，报国务院批准 -> 由省…部门编制: a level moved is the examiner's trap
    while end - head < MIN_TOLD:  # 转 of 转让合同 -> 出让合同: the word changed is 转让
        end, head = (end + 1, head) if end < len(own) else (end, head - 1)
    return own[head:end] in normalise(rest)


def national_alone(stem: str, answer: str, wrong: list[str]) -> bool:
    """Whether the stem speaks of the whole country (负责全国…工作) and the answer is the one national organ among the
    options (国务院…部门 beside 省级, 设区的市级, 县级…部门): the stem tells which (readers of three sessions' draws)."""
    if "全国" not in stem or not normalise(answer).startswith(NATIONAL):
        return False
    return not any(normalise(option).startswith(NATIONAL) for option in wrong)


def _cited_part(frame: Frame, parts) -> str:
    """What of a stem must not cite another article: all of it, or an article list's lead alone (除前款规定的…措施外，
    海关还可以…实施下列…措施：), its items being what they are (（三）违反本法第十条规定的 is an item of its own)."""
    stem = "".join(parts)
    return stem.split("：", 1)[0] if frame.asks else stem


def _named(cited: str, answer: str, wrong: list[str]) -> bool:
    """Whether the source's name tells the answer: it holds a word of the answer's (根据《公务员法》 and
    公务员回避) and of no wrong option's."""

    def pairs(text: str) -> set[str]:
        key = normalise(text)
        return {key[i : i + 2] for i in range(len(key) - 1)}

    name = pairs(cited)
    return bool(pairs(answer) & name) and not any(pairs(option) & name for option in wrong)


BARE_WORD = 2
"""The longest answer a report's 填空 does not hide alone, unquoted and no figure: 药品 of 食品、＿、医疗器械, 美国 of
＿、俄罗斯、欧盟, 内部 of 健全＿机制. Blind readers marked such fill-ins good 23% of the time in the twelfth to fifteenth
sessions (39 verdicts) and 46% in the sixteenth (52), against 49-72% for longer answers; a quoted one (“三农”) or a
figure is a term of the report. A law's 填空 does not hide one that is a list member (信函、电报、电传、＿ → 传真;
抵押权、＿、留置权 → 质权; 机关、团体、企业、＿等单位): read good 47% of the time in sessions 12-18 (68 verdicts), against
69% for a law's other fill-ins (2,199); a law's lone short word is a term it defines (偷税, 质证) and stays."""


PATTERNED_MEMBER = 3
"""The longest list member a report's 填空 does not hide when a member beside it shares its first or last character:
全局性、前瞻性、＿ (战略性), 地区间、部门间、＿ (城乡间), 乱收费、＿、变相涨价. The pattern either gives it away or leaves the
blank open (可靠性 fits 先进性、＿、安全性 as well as 适用性): blind readers of sessions 12-16 marked such fill-ins good
18% of the time (50 verdicts), against 56% for other members of three characters and 65% for those of four."""
MEMBER_ENDS = re.compile(f"[，。；：{JOINS}“”《》（）]")


COMMONPLACE_CHARS = 4
"""The longest commonplace of the reports (extract/stock.py: 经济建设, 一国两制, 艰苦奋斗, in a quarter of the tuning
reports) a report's 填空 or 单选 does not hide: blind readers of sessions 12-17 marked such fill-ins good 40% of the
time (205 verdicts), against 61% for other answers, and such single choices 21% (14); longer ones (一个中国原则,
社会治安综合治理) read 70% (33)."""


def commonplace(fact: Fact, answer: str) -> bool:
    """Whether `answer` is a commonplace of the reports of COMMONPLACE_CHARS or fewer, not a figure."""
    return fact.kind != "figure" and len(normalise(answer)) <= COMMONPLACE_CHARS and is_commonplace(answer)


PREFIXED_MEMBER = 4
"""A list member of this length whose neighbour opens on the same two characters is not hidden by a report's 填空 either
(相互尊重、相互支持、＿; 因地改良、因地种植、＿; 重点部门、＿): blind readers of sessions 12-18 marked such fill-ins good 41%
of the time (34 verdicts), against 61% for other list members of four characters or more."""


def guessable_word(frame: Frame, index: int) -> bool:
    """Whether answer `index` of a report's frame is too plain to hide alone: a commonplace of the reports of
    COMMONPLACE_CHARS or fewer, a word of BARE_WORD characters or fewer, or a list member of PATTERNED_MEMBER or fewer
    patterned like the member beside it (or of PREFIXED_MEMBER opening as it does); unquoted and with no numeral (but
    for a commonplace), no figure."""
    answer = normalise(frame.answers[index])
    start, end = frame.spans[index]
    if legal(frame.fact):
        short = len(answer) <= BARE_WORD and not re.search(NUMERAL, answer)
        return short and bool(_members_beside(frame.text, start, end, len(answer)))
    if commonplace(frame.fact, answer):
        return True  # 以＿为中心 (经济建设), 贯彻“＿”方针 (一国两制): the genre answers it
    if len(answer) > max(BARE_WORD, PATTERNED_MEMBER, PREFIXED_MEMBER) or re.search(NUMERAL, answer):
        return False
    if frame.text[start - 1 : start] in QUOTE_OPENERS:
        return False
    beside = _members_beside(frame.text, start, end, len(answer))
    if len(answer) == PREFIXED_MEMBER:
        return any(member[:2] == answer[:2] for member in beside)  # 相互支持、＿ (相互尊重)
    return len(answer) <= BARE_WORD or any(member[:1] == answer[:1] or member[-1:] == answer[-1:] for member in beside)


def _members_beside(text: str, start: int, end: int, width: int) -> list[str]:
    """The list members just before and after text[start:end], where a join (、和与及) sets them off, each cut to the
    `width` characters next to it (发展不平衡 -> 不平衡 before it, 不可持续的问题 -> 不可持 after it, for width 3)."""
    members = []
    if text[start - 1 : start] and text[start - 1] in JOINS:
        members.append(MEMBER_ENDS.split(text[: start - 1])[-1][-width:])
    if text[end : end + 1] and text[end] in JOINS:
        members.append(MEMBER_ENDS.split(text[end + 1 :])[0][:width])
    return [member for member in members if member]


QUOTE_OPENERS = tuple('“‘「『《"')
"""What opens a quoted term or a title in a report's text."""


def genre_of(fact: Fact) -> str:
    """'law' for a fact of a law, charter or regulation (`legal`), else 'report'."""
    return "law" if legal(fact) else "report"


def legal(fact: Fact) -> bool:
    """Whether a fact is of a law, charter or regulation (its title names one, or it stands in an article):
    only there does 应当 / 可以 state a rule a reader can get wrong."""
    title = fact.origin.document.strip().strip("《》")  # a title given in its marks (《河湖保护法》) is one still
    return is_legal_title(title) or any(ARTICLE.match(step) for step in fact.origin.trail)


ITEM_SLACK = 0.2
"""How much longer or shorter than a right item an article list's option may be (exam items' wrong options
differ from the answer by more than one character a sixth of the time)."""


TWIN_SLACK = 2
"""Characters two phrases may differ by and be twins (经济平稳较快发展, 经济持续健康发展 differ by four)."""


def _twins(a: str, b: str) -> bool:
    """Whether two phrases say the same but for a word or two at one place (人民生活水平全面提高, …显著提高)."""
    a, b = normalise(a), normalise(b)
    return min(len(a), len(b)) - sum(_shared_edges(a, b)) <= TWIN_SLACK


def _shared_edges(a: str, b: str) -> tuple[int, int]:
    """How many characters two phrases share at their start, then at their end besides (转让合同, 出让合同: 0 and 3):
    what lies between is what one changes of the other."""
    head = len(commonprefix([a, b]))
    return head, len(common_suffix([a[head:], b[head:]]))


def _alike(frame: Frame, answer: str, other: str) -> bool:
    """Whether two items of a list may stand side by side as options: of one shape; an article's items
    (clauses of a law) need only be of about the same length."""
    if not frame.asks:
        return shape(answer).fits(shape(other))
    return _near(answer, other)


def _near(answer: str, other: str) -> bool:
    """Of the same clause count and as long give or take two characters (a fifth of a long one)."""
    size = len(normalise(answer))
    return shape(answer).clauses == shape(other).clauses and abs(size - len(normalise(other))) <= max(
        2, round(ITEM_SLACK * size)
    )


SENTENCE_ENDS = ("。", "！", "？", "；", ELLIPSIS)
CLOSERS = "”’」』）)》"
"""What may close a sentence after its full stop (…一律平等。”)."""


def unfinished(parts: tuple[str, ...] | list[str]) -> bool:
    """Whether a stem ends on no full stop: a heading or a fragment (物资消耗高、＿、经营不善而长期亏损的企业; 我们党没有被
    分裂，＿). Blind readers of sessions 12-16 marked a report's such fill-ins good 33% of the time and bad 21% (66
    verdicts), against 57% and 5% for the rest."""
    return not parts[-1].rstrip(CLOSERS).endswith(SENTENCE_ENDS)


OPENING = 3
"""Characters a report's stem shows before its first blank, at least (opens_on_blank)."""


def opens_on_blank(parts: tuple[str, ...] | list[str]) -> bool:
    """Whether a stem's first blank comes within its first OPENING characters: a report's sentence cut so what the
    blank is about went before it (《…》指出，坚持＿基本国策; （《＿》）列宁同…属于前一种; “＿”一个也没有消除). Blind
    readers of sessions 12-16 marked a report's such fill-ins good 31% of the time and bad 32% (62 verdicts). A law's
    article opens on its organ (＿主管全国草原监督管理工作), as examiners ask it."""
    return len(normalise(parts[0])) < OPENING


def paragraph_of(frame: Frame) -> str:
    return frame.fact.origin.paragraph or str(frame.fact.origin.line)


def _statement(text: str) -> bool:
    """Whether a view reads as one whole provision an option may state: not cut, not too long."""
    return len(text) <= STATEMENT_CHARS and ELLIPSIS not in text and text.endswith(("。", "！", "；"))


def _condition(parts) -> bool:
    """Whether a stem is a condition ending in 的 (同＿作斗争有功绩的): a list item cut from its list."""
    return bare_item(parts[-1]) and not ITEM_MARKER.match(parts[-1]) and "。" not in "".join(parts)


CHANGEABLE = re.compile(r"国务院|人民政府|委员会|机关|部门|机构|法院|检察院|可以|有权|不得|禁止")
"""What a law's true statement must hold besides a figure: an organ, a power or a prohibition, each a thing examiners
change (a level, 应当 for 可以), so that common sense alone cannot affirm it."""
TRUE_CHARS = 16
"""A true 判断 says at least this much, or a figure or a rule: a short lead sentence read as true is a platitude
(two blind readings)."""
BARE_STATEMENT = 6
"""A 判断 says at least this many characters besides the phrase it stands or falls by."""


def _bare(statement: str, asked: list[str], frame: Frame) -> bool:
    """Whether a statement is a bare heading or list item: little besides the phrase it asks."""
    rest = normalise(statement.replace(frame.lead, "", 1))
    for answer in asked:
        rest = rest.replace(normalise(answer), "", 1)
    return len(rest) < BARE_STATEMENT


def _gives_away(parts, answers) -> bool:
    """Whether the question shows an answer it asks for elsewhere in its text, or a figure's amount (不超过
    四千元的…；＿的 asks 四千元以上: the stem's bound is the answer)."""
    shown = normalise("".join(parts))
    return any(normalise(answer) in shown or _amount_shown(answer, shown) for answer in answers)


AMOUNT_LEAD = re.compile(r"^(?:不超过|超过|不到|不足|未满|满)?[\d.〇零一二两三四五六七八九十百千万亿]+")
BOUND = re.compile(r"(?:以上|以下|以内|左右|多|余|不到|不足|超过|不超过|未满|满)")


def _amount_shown(answer: str, shown: str) -> bool:
    """Whether the figure `answer`, its bound word aside (四千元 of 四千元以上), stands in `shown`."""
    if not AMOUNT_LEAD.match(normalise(answer)):
        return False
    core = BOUND.sub("", normalise(answer))
    return len(core) >= 2 and core != normalise(answer) and core in shown


def _topic(fact: Fact) -> str:
    items = "、".join(fact.answers)
    text = f"{fact.text}：{items}" if fact.kind == "outline" else items
    return text if len(text) <= TOPIC_CHARS else text[: TOPIC_CHARS - 1] + "…"
