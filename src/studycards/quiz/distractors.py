"""Wrong options that a careful examiner would write: real phrases of the same kind, shape and class.

A distractor for 两个确立 is another formulation led by a numeral (四大考验, 四种危险), for 提升防范风险能力
another heading of about eight characters (突出思想政治建设), for 庸者下 another three-character enumeration
item. Of the same class too: led and headed by words of the same part of speech (jieba's tags: 树立鲜明导向,
a verb then a noun, beside 锻造过硬本领, never beside 老年医学), and the closer the better when they share
the head word or suffix (…战略 with …战略, 乱收费 with 乱摊派). Candidates come only from the material itself, so they are never nonsense
(a figure's are of its unit and near its amount: 60% is no option beside 0.2%); the answer, anything that
holds it or is held by it, and anything the question already shows are never offered; nor one that reads as no fellow of the answers
(plausible: 企业文化 among …化, a figure beside words). When too few
candidates fit, there is no item: a missing question is better than a silly one.
"""

from __future__ import annotations

import random
import re
from os.path import commonprefix
from collections.abc import Callable
from dataclasses import dataclass

from studycards.extract.figures import DIGITS, RANGE_JOINS, RANGE_MARK
from studycards.facts import Fact, normalise
from studycards.parsing.numbering import cn_number
from studycards.closedsets import class_of, class_only_sets, fellows_in, level_fellows, of_class, unheard_of
from studycards.quiz.frames import Frame, askable
from studycards.quiz.ladders import percent, rungs
from studycards.quiz.plausible import plausible
from studycards.quiz.polarity import opposite
from studycards.segment import segmenter

NUMERAL_LEAD = re.compile(r"^[一二两三四五六七八九十百千0-9]+[个大种项条位点类支张方面]")
"""A counted formulation: 两个确立, 四大考验, 三个区分开来."""
INNER_PUNCTUATION = re.compile(r"[，,；;：:、]")
PARTICLE = re.compile(r"[的之]")
CLAUSE_SPLIT = re.compile(r"[，,；;。！？!?]")
OPPOSED = re.compile(r"台独|港独|藏独|疆独|分裂|法轮功|邪教|恐怖|黑恶")
"""What the material names only to oppose it: never offered as a wrong option (深入开展“台独”工作 is an insult)."""
SAME_PARAGRAPH = 6
"""What a figure of the answer's own paragraph adds to a candidate's likeness (above article and level)."""
SAME_PART = 2
"""What a candidate of the answer's own part (chapter, 一、…) adds: a wrong option on the same subject (市场化 beside
法治化 营商环境, not 荒漠化 of the part on the environment)."""
QUOTE_MARKS = '“”"‘’「」『』《》'
NEAR_MISS = 100
"""The score of a closed set's fellow: above any phrase of the material."""
SAID = 10
"""What a closed set's fellow the material names itself adds: the document's own siblings first (天津、福建 beside
广东 in a report that names them, before 甘肃 that it never does)."""
LADDER = 12
"""The score of a figure's rung (ladders): about that of a figure of the same unit from elsewhere in the
material, below one of the answer's own paragraph."""
FACTOR_OF_DOUBT = 2.5
"""A figure of the material this many times larger or smaller than the answer is no real doubt beside it (a
赤字率 of 9.2% beside 2.3%: a ladder's rungs stand nearer)."""
FIGURE_AMOUNT = re.compile(
    rf"^[\d.〇零一二两三四五六七八九十百千]+(?:[{RANGE_JOINS}][\d.〇零一二两三四五六七八九十百千]+)?多?"
)


@dataclass(frozen=True)
class Shape:
    """What a phrase looks like, whatever it says."""

    length: int
    """Characters, punctuation and quotes ignored."""
    counted: bool
    """Led by a numeral and a classifier (两个…, 四大…)."""
    clauses: int
    """Inner punctuation marks: 强化政治标准，筑牢忠诚根基 has one."""
    digits: bool
    """Holds Latin letters or digits (2023年…, 12380专线)."""
    phrase: bool
    """Built with a structural particle (更高的标准, 治国之要), not a compound word (政治过硬)."""

    def fits(self, other: Shape, slack: int = 0) -> bool:
        """Whether `other` could stand beside this shape as an option of the same question (with `slack`, a
        difference in length of that many characters is allowed where the usual one is smaller)."""
        return (
            self.counted == other.counted
            and self.clauses == other.clauses
            and self.digits == other.digits
            and self.phrase == other.phrase
            and abs(self.length - other.length) <= max(slack, tolerance(self.length))
        )


def tolerance(length: int) -> int:
    """How much longer or shorter a fellow option may be: one character, two for long phrases."""
    return 1 if length <= 8 else 2 if length <= 15 else 3


def shape(phrase: str) -> Shape:
    plain = normalise(phrase)
    return Shape(
        length=len(plain),
        counted=bool(NUMERAL_LEAD.match(plain)),
        clauses=len(INNER_PUNCTUATION.findall(phrase.strip("，,；;。"))),
        digits=bool(re.search(r"[0-9A-Za-z]", plain)),
        phrase=bool(PARTICLE.search(plain[1:-1])),
    )


@dataclass(frozen=True)
class Phrase:
    """A candidate option: a phrase from the material, with where it comes from."""

    text: str
    key: str
    """Normalised text: what is compared."""
    kind: str
    fact: str
    """Identity of the fact it belongs to."""
    article: str
    depth: int
    """Breadcrumb length of its fact: outline items of the same depth are headings of the same level."""
    shape: Shape
    words: tuple[tuple[str, str], ...]
    """Its words with their coarse part of speech (n, v, a, m …)."""
    paragraph: str = ""
    """The paragraph its fact stands in: a figure's ladder comes from its own paragraph where it can."""
    trail: tuple[str, ...] = ()
    """The headings its fact stands under: a heading of a part's own section is no outsider of the part."""

    @property
    def role(self) -> tuple[str, str]:
        """The parts of speech of its first and last word: what kind of phrase it is (verb-object, noun …)."""
        return (self.words[0][1], self.words[-1][1]) if self.words else ("", "")


class Pool:
    """Every phrase of the material worth asking, by kind: where distractors are chosen from."""

    def __init__(self, frames: list[Frame], tagged: Callable[[str], list[tuple[str, str]]] | None = None):
        if tagged is None:
            tagged = segmenter().tagged
        self.tagged = tagged
        texts = [normalise(frame.fact.origin.paragraph or frame.fact.text) for frame in frames]
        self.said = "\x00".join(dict.fromkeys(texts))
        """Everything the material says: a closed set's fellow it names is one of its own siblings."""
        paragraphs: dict[str, dict[str, None]] = {}
        self.points: dict[str, set[str]] = {}
        """The points of the outline under each heading, at any depth (促进区域协调发展 under 「三、2011年的工作」)."""
        for frame, text in zip(frames, texts):
            for heading in frame.fact.origin.trail:
                paragraphs.setdefault(heading, {})[text] = None
                if frame.fact.kind == "outline":
                    self.points.setdefault(heading, set()).update(map(normalise, frame.fact.answers))
        self.under = {heading: "\x00".join(said) for heading, said in paragraphs.items()}
        """What the material says under each heading: a phrase said there is no wrong option of 下列属于「…」的要点."""
        self.latest = latest_year(self.said)
        """The latest year the material names: no organ founded since is an option (国家监察委员会 in 1979)."""
        self.trails = {frame.fact.origin.paragraph or frame.fact.text: frame.fact.origin.trail for frame in frames}
        """Each paragraph as written, with its headings: where a phrase mined from it (`mined`) stands."""
        self._mined: list[Phrase] | None = None
        self.by_kind: dict[str, list[Phrase]] = {}
        seen: set[tuple[str, str]] = set()
        for frame in frames:
            fact = frame.fact
            for text in _phrases(frame):
                key = normalise(text)
                if not askable(text) or (fact.kind, key) in seen or OPPOSED.search(key):
                    continue
                seen.add((fact.kind, key))
                self.by_kind.setdefault(fact.kind, []).append(
                    Phrase(
                        text=text,
                        key=key,
                        kind=fact.kind,
                        fact=fact.identity(),
                        article=fact.origin.article,
                        depth=len(fact.origin.trail),
                        shape=shape(text),
                        words=self.words(text),
                        paragraph=fact.origin.paragraph,
                        trail=fact.origin.trail,
                    )
                )

    def choose(
        self,
        answers: list[str],
        fact: Fact,
        count: int,
        rng: random.Random,
        shown: str = "",
        avoid: tuple[str, ...] = (),
        kin: int = 0,
        outside: str = "",
        mined: bool = False,
    ) -> list[str] | None:
        """`count` phrases of the same kind and shape as every one of `answers`, or None if too few fit.

        Never from the same fact, never one of `answers` or `avoid` (nor a phrase that holds one or is held by
        one), never a phrase `shown` in the question already, never two that hold each other; with `kin`, only
        phrases at least that close in wording (`kinship`): a swap in a true sentence must read as naturally, and
        a wrong option of another family reads as no fellow of the answer. A closed set's fellow (closedsets)
        comes first.
        With `mined`, phrases of the material no fact asks join the family below the facts' (`mined`): a 单选's
        options, never a swap that makes a statement false (重大改革 -> 不同改革 reads as nonsense, not as false).
        With `outside`, never a phrase under that heading (推动农村各项事业全面发展, of 「（五）…」 under 「三、…」, is
        one of part 三's points, no wrong option of 下列属于「三、…」的要点).
        """
        shapes = [shape(answer) for answer in answers]
        tagged = {answer: self.words(answer) for answer in answers}
        roles = {_role(words) for words in tagged.values()}
        banned = [normalise(text) for text in (*answers, *avoid) if normalise(text)]
        shown_key = normalise(shown)
        family: list[tuple[float, float, Phrase]] = []
        identity = fact.identity()
        units = {unit(answer) for answer in answers} if fact.kind == "figure" else set()
        classes = {category(normalise(answer)) for answer in answers}
        candidates = self.candidates(fact.kind)
        if mined and len(answers) == 1 and fact.kind not in ("figure", *RULE_KINDS):
            candidates = [*candidates, *self._mined_fellows(tagged, fact)]
        for phrase in candidates:
            if phrase.fact == identity or not all(s.fits(phrase.shape) for s in shapes) or phrase.role not in roles:
                continue
            if outside and (outside in phrase.trail or phrase.key in self.under.get(outside, "")):
                continue  # a point of the part asked, or one its text says too (加强社会保障体系建设 in 一(六) as well)
            if outside and rewords_title(phrase.key, normalise(outside)):
                continue  # 促进区域协调发展 beside 「（四）继续推动区域协调发展」: the part's own title, reworded
            if outside and any(rewords_title(phrase.key, point) for point in self.points.get(outside, ())):
                continue  # 促进区域经济协调发展, not under 「三、…」 but its (四)'s 促进区域协调发展 reworded
            if units and (unit(phrase.text) not in units or not all(comparable(a, phrase.text) for a in answers)):
                continue  # 30年 beside 20元, or 60% beside 0.2%, gives itself away: options measure the same thing
            if any(_overlap(phrase.key, key) or _reworded(phrase.key, key) for key in banned):
                continue
            if any(same_amount(answer, phrase.text) for answer in answers):
                continue  # 5年 for 五年: the same amount, no wrong option
            if phrase.key in shown_key:
                continue
            close = kinship(tagged, phrase)
            if close >= kin:
                below = MINED_BELOW if phrase.kind == "mined" else 0
                family.append((3 * close + _likeness(tagged, phrase, fact) - below, rng.random(), phrase))
        family += [
            (score, draw, phrase)
            for score, draw, phrase in self._near_misses(answers, banned, shown_key, fact.text, rng)
            if phrase.kind == "level" or (all(s.fits(phrase.shape) for s in shapes) and phrase.role in roles)
        ]
        family += self._rungs(answers, banned, shown_key, shapes, rng)
        family = [
            entry
            for entry in family
            if entry[2].kind in ("closed set", "level")
            or (plausible(entry[2].text, entry[2].words, tagged) and category(entry[2].key) in classes | {""})
        ]
        chosen: list[Phrase] = []
        _pick(self._of_kind(answers, family), count, chosen, rng)
        return [phrase.text for phrase in chosen] if len(chosen) == count else None

    def _of_kind(self, answers: list[str], scored: list) -> list:
        """The candidates of the answers' own kind of thing: beside a member of a class (closedsets: provinces,
        state organs, penalties) only its fellow members (福州 is no option among 山西、内蒙古); beside a place or a
        person only places or persons, and neither beside anything else (an organ among people); beside faults
        only faults, and no fault beside anything else (polarity)."""
        members = {class_of(answer) for answer in answers}
        names = {name_kind(self.tagged(normalise(answer))) for answer in answers}
        kept = []
        for entry in scored:
            phrase = entry[2]
            if phrase.kind == "level":
                kept.append(entry)  # an organ at another level: of the answer's kind by construction
                continue
            if len(members) == 1 and all(members) and not of_class(phrase.text, next(iter(members))):
                continue
            if len(names) == 1 and name_kind(self.tagged(phrase.key)) not in names:
                continue
            if opposite(answers, phrase.text):
                continue  # 集体主义 among 官僚主义、形式主义; 骗税 among 金融业、咨询业
            kept.append(entry)
        return kept

    def candidates(self, kind: str) -> list[Phrase]:
        """The phrases a wrong option of an answer of `kind` is drawn from: a law's norms and provisions
        share theirs (the organ, the time limit, the penalty one article names are the family of another's)."""
        kinds = RULE_KINDS if kind in RULE_KINDS else (kind,)
        return [phrase for other in kinds for phrase in self.by_kind.get(other, ())]

    def _mined_fellows(self, tagged: dict[str, tuple[tuple[str, str], ...]], fact: Fact) -> list[Phrase]:
        """The phrases of the material no fact asks (`mined`) of the answer's family (its head word or suffix: 产品质量
        beside 工程质量) said in the answer's own part: a report's answers seldom share a family among themselves (none
        of a 2002 report's 106 had three), while its text names the fellows an examiner offers. `choose` weighs them
        as any candidate, MINED_BELOW under a fact's phrase."""
        part = fact.origin.trail[1:2]
        return [
            phrase
            for phrase in self.mined()
            if (not part or phrase.trail[1:2] == part)  # 文学艺术 of the part on culture among imports: no fellow
            and _headed_alike(tagged, phrase)
        ]

    def mined(self) -> list[Phrase]:
        """Every whole phrase of one to MINED_WORDS words the material says inside a clause (remembered: a quiz asks
        for them many times): `_mined_run`."""
        if self._mined is None:
            found: dict[str, Phrase] = {}
            for paragraph, trail in self.trails.items():
                for clause in MINED_SPLIT.split(paragraph):
                    words = self.words(clause) if clause else ()
                    for i in range(len(words)):
                        for j in range(i + 1, min(i + MINED_WORDS, len(words)) + 1):
                            text = "".join(word for word, _ in words[i:j])
                            if text not in found and _mined_run(words, i, j) and askable(text):
                                found[text] = Phrase(
                                    text, text, "mined", "", "", len(trail), shape(text), words[i:j], "", trail
                                )
            self._mined = list(found.values())
        return self._mined

    def closed_family(self, answer: str, context: str) -> set[str]:
        """What a closed set offers beside `answer` where it stands in `context`: its fellows (受警告处分 for 受记过处分),
        its organ at the other levels, the members of its class (山西 -> 内蒙古, 云南), normalised."""
        fellows = self._set_fellows(answer, context)
        return {normalise(text) for text in (*fellows, *level_fellows(answer), *class_of(answer))}

    def _set_fellows(self, answer: str, context: str) -> list[str]:
        """The answer's fellows in the closed sets and in the classes that are no closed sets, where it stands in
        `context` (closedsets.fellows_in), of sets the material's latest year knows."""
        return fellows_in(answer, context, latest=self.latest) + fellows_in(
            answer, context, class_only_sets(), self.latest
        )

    def _near_misses(self, answers: list[str], banned: list[str], shown: str, context: str, rng: random.Random):
        """The answers' fellows of a closed set (受警告处分 for 受记过处分), ahead of any other candidate: the
        trap an examiner sets. Never one the question shows or one that holds an answer, nor a modifier's fellow
        where the answer modifies another word in `context` (closedsets.fellows_in); the caller keeps those of the
        answers' shape."""
        found = []
        for answer in answers:
            for text in self._set_fellows(answer, context):
                if text in shown or any(_overlap(text, key) or _reworded(text, key) for key in banned):
                    continue
                if text not in self.said and unheard_of(text, self.latest):
                    continue  # 国家监察委员会 beside 全国人民代表大会 in a report of 1979
                phrase = Phrase(text, text, "closed set", "", "", 0, shape(text), self.words(text))
                found.append((NEAR_MISS + SAID * (text in self.said), rng.random(), phrase))
            if len(answers) == 1:  # an organ at the other levels: as long as their names are, no shape to fit
                for text in level_fellows(answer):
                    key = normalise(text)
                    if key in shown or any(_overlap(key, other) for other in banned):
                        continue
                    phrase = Phrase(text, key, "level", "", "", 0, shape(text), self.words(text))
                    found.append((NEAR_MISS + SAID * (key in self.said), rng.random(), phrase))
        return found

    def _rungs(self, answers: list[str], banned: list[str], shown: str, shapes: list[Shape], rng: random.Random):
        """A lone figure's ladder (六个月 -> 三个月, 九个月, 十二个月): the material seldom holds three others of
        its unit, an examiner writes them. Below a figure of the answer's own paragraph, above the rest."""
        if len(answers) != 1:
            return []
        found = []
        for rank, text in enumerate(rungs(answers[0].strip(QUOTE_MARKS + " "))):  # not normalised: 0.9% is no 09%
            if normalise(text) in shown or any(_overlap(text, key) or same_amount(text, key) for key in banned):
                continue  # 2.1% beside 从去年的2.1%提高到＿: the stem's own figure is no option
            if same_amount(text, answers[0]):
                continue  # 66% for 66.2%: a rounding, no wrong figure
            phrase = Phrase(text, normalise(text), "ladder", "", "", 0, shape(text), self.words(text))
            if all(s.fits(phrase.shape) for s in shapes):
                found.append((LADDER - rank, rng.random(), phrase))
        return found

    def words(self, text: str) -> tuple[tuple[str, str], ...]:
        """The words of `text` (quotes and punctuation aside) with their coarse part of speech."""
        plain = normalise(text)
        return tuple((word, coarse(tag)) for word, tag in self.tagged(plain) if word.strip())


RULE_KINDS = ("norm", "provision", "definition")
"""Facts of a law's rules: their answers are of one stock (organs, time limits, penalties, terms)."""

MINED_BELOW = 6
"""What a mined phrase's score is below a fact's phrase of the same kinship and likeness: the material's answers first."""
MINED_WORDS = 3
MINED_CHARS = (2, 10)
MINED_SPLIT = re.compile(r"[，,；;。！？!?：:、“”‘’「」『』《》（）()\s]")
"""What a mined phrase never crosses: a clause's or a list member's edge, a quotation, a bracket."""
MINED_TAGS = frozenset("n b j".split())
"""The coarse parts of speech of a mined phrase's words: nouns alone (社区文化, 第三世界国家), no verb-object phrase
cut from its sentence (依靠改革, 紧紧抓住发展), no preposition, particle, pronoun, adverb or numeral."""
MINED_LIGHT = frozenset("进行 实行 给予 予以 加以 作出 做出 得到 使用 要求".split())
"""Verbs too light to open a mined phrase (进行监督, 得到最低生活)."""


def _dictionary_word(word: str, tag: str) -> bool:
    """Whether `word` is one of the dictionary's, of two characters or more, of the part of speech it was tagged
    (大力 is an adverb, whatever the tagger guessed it was in 富民行动大力)."""
    seg = segmenter()
    return len(word) >= 2 and seg.known(word) and coarse(seg.dictionary_tag(word) or tag) == tag


def _headed_alike(answers: dict[str, tuple[tuple[str, str], ...]], phrase: Phrase) -> bool:
    """Whether a mined phrase ends on an answer's head word (工程质量 beside 发展|质量, 环境质量; 爱国主义 beside 集体主义)
    or on its suffix (前瞻性, 建设性; 生命力, 竞争力): two words that only rhyme (势力, 能力; 公民权利, 人民谋福利; 爱国主义,
    战略意义) are no family."""
    mine = phrase.words[-1][0]
    for words in answers.values():
        theirs = words[-1][0] if words else ""
        short, long = sorted((mine, theirs), key=len)
        if len(short) >= 2 and long.endswith(short):
            return True  # the same head word, or one word ending on the other (质量, 工程质量)
        if len(short) >= 3 and short[-2:] == long[-2:] and not _suffixed(short):
            return True  # 环境质量, 工程质量: two words on one head
        if len(short) >= 3 and _suffixed(short) and _suffixed(long) and short[-1] == long[-1]:
            return True
    return False


def _suffixed(word: str) -> bool:
    """Whether `word` ends on a suffix (专业|化, 前瞻|性), not on a word of its own (战略|意义, 公民|权利)."""
    return not _ends_a_word(word)


def _mined_run(words: tuple[tuple[str, str], ...], start: int, end: int) -> bool:
    """Whether `words[start:end]` of a clause is a whole phrase: words of MINED_TAGS, each a word of the dictionary of
    two characters or more (no 要保 or 尽保 the cut guessed), of 2-10 characters, opening on no light verb, and no
    noun phrase cut short: no noun after its last noun (改善重点流域|水质), no noun or adjective before its first
    noun (国债|资金使用), no word it is bound to before it (有|条件地区)."""
    run = words[start:end]
    length = sum(len(word) for word, _ in run)
    if not MINED_CHARS[0] <= length <= MINED_CHARS[1] or run[0][0] in MINED_LIGHT:
        return False
    if any(tag not in MINED_TAGS or not _dictionary_word(word, tag) for word, tag in run):
        return False
    if end < len(words) and run[-1][1] == "n" and words[end][1] in ("n", "b", "j"):
        return False
    if start > 0 and words[start - 1][0] in BOUND_BEFORE:
        return False  # 有|条件地区, 各种|所有制企业: no category without the word before it
    return not (start > 0 and run[0][1] == "n" and words[start - 1][1] in ("n", "a", "b", "j"))


BOUND_BEFORE = frozenset("有 没有 各种 多种 各类 不同".split())
"""Words that make one attributive of the phrase after them (有条件地区, 各种所有制企业, 多种所有制经济): cut from them, it
names nothing (blind readers of r2 called 条件地区 and 所有制企业 nonsense options)."""


CATEGORIES = (
    ("部门", "机关", "机构", "政府", "委员会", "法院", "检察院", "国务院", "办事处", "常务委员会", "大会", "主管部门"),
    ("制度", "机制", "体制", "责任制", "体系"),
    ("之日", "之日起", "期间", "期限", "日内"),
    ("原则", "方针", "方略", "路线"),
    ("责任", "义务", "权利", "职责", "权"),
    ("罚款", "警告", "拘留", "处分", "吊销", "没收"),
    ("同志", "主席", "总书记", "总理", "委员长"),
)
"""Classes of what a phrase names, by how it ends: an organ, an institution, a time, a principle, a duty, a
penalty, a person. Options of other families than the answer's are still of its class (公安机关 beside
教育行政部门); one of a family (the same last character) is of the answer's class or of none (江泽民同志 is no
option for 国家意志)."""


def category(key: str) -> str:
    """The class of a phrase (CATEGORIES: its first ending), '' when it ends in none."""
    for group in CATEGORIES:
        if key.endswith(group):
            return group[0]
    return ""


NAMES = ("nr", "ns")
"""jieba's tags of a person's and a place's name: options are such names only beside their like."""


PLACE_HEADS = ("大陆", "地区", "内地", "沿海", "边境", "口岸", "海域", "全境")
"""Words that make a place of the name before them (中国大陆, 台湾地区): the phrase is a place still."""


def name_kind(tagged: list[tuple[str, str]]) -> str:
    """'nr' for a person (江泽民, 江泽民同志), 'ns' for a place (福州, 北京市, 中国大陆, 中国境内), '' for
    anything else (a place's organ, 北京市人民政府, or its law, 中国法律, is no place): by the tag of its one word,
    of its first before a title (同志), or of a place's name before a word of place (jieba's s, PLACE_HEADS)."""
    words = [(word, tag) for word, tag in tagged if word.strip()]
    if not words:
        return ""
    if len(words) == 1 and words[0][1] in NAMES:
        return words[0][1]
    if len(words) == 2 and words[0][1] == "ns" and (words[1][1] == "s" or words[1][0] in PLACE_HEADS):
        return "ns"
    return "nr" if words[0][1] == "nr" and category(words[-1][0]) == "同志" else ""


YEAR = re.compile(r"((?:19|20)\d\d|[一二][〇零九一二三四五六七八]{3})年")
FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
"""Digits typeset full width (１９９６年, in reports of the 1990s)."""


def latest_year(text: str) -> int | None:
    """The latest year `text` names (2018年, 一九七九年), None when it names none."""
    years = [int(year.translate(DIGITS)) for year in YEAR.findall(normalise(text).translate(FULL_WIDTH))]
    return max(years, default=None)


def unit(figure: str) -> str:
    """What a figure counts in, with its qualifier: 万亿元 of 126万亿元, %左右 of 5%左右, 年 of 一年, 百分之以内 of
    百分之六以内."""
    shared = percent(normalise(figure))
    if shared:
        return "百分之" + shared[1]
    return FIGURE_AMOUNT.sub("", normalise(figure))


def amount(figure: str) -> float | None:
    """The amount a figure states (126万亿元 -> 126, 一年 -> 1, 百分之十七点五 -> 17.5), None for a range or anything
    else."""
    shared = percent(figure)
    if shared and not RANGE_MARK.search(figure):
        return shared[0]
    arabic = re.match(r"(\d+(?:\.\d+)?)\D", figure)
    if arabic and not RANGE_MARK.search(figure):
        return float(arabic.group(1))
    chinese = re.match(r"([〇零一二两三四五六七八九十百千]+)[^〇零一二两三四五六七八九十百千]", figure)
    return float(cn_number(chinese.group(1))) if chinese and not RANGE_MARK.search(figure) else None


NEAR = 0.01
"""Amounts this close (66.2% and 66%) are one amount to a reader: a swap between them is no falsehood but a rounding."""


def same_amount(figure: str, other: str) -> bool:
    """Whether two figures state one amount of one unit however written (五年 and 5年, 两年 and 二年), or as good as
    (66.2% and 66%): never two options of one question, nor a swap that makes a statement "false"."""
    a, b = amount(figure), amount(other)
    if a is None or b is None or unit(figure) != unit(other):
        return False
    return a == b or abs(a - b) <= NEAR * max(abs(a), abs(b))


def comparable(figure: str, other: str) -> bool:
    """Whether `other` could be mistaken for `figure`: amounts within a factor of four (60% is not 0.2%)."""
    a, b = amount(figure), amount(other)
    return a is None or b is None or (a > 0 and b > 0 and 1 / FACTOR_OF_DOUBT <= b / a <= FACTOR_OF_DOUBT)


def coarse(tag: str) -> str:
    """jieba's tag, coarsened: verbal and adjectival nouns (vn, an) and names (nr, ns, nt, nz) are nouns."""
    if tag in ("vn", "an") or tag.startswith("n"):
        return "n"
    if tag in ("i", "l"):
        return "i"  # idioms and set phrases: 真抓实干, 埋头苦干
    return tag[:1]


def _role(words: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    return (words[0][1], words[-1][1]) if words else ("", "")


def _phrases(frame: Frame) -> list[str]:
    """What a fact offers as options: the answers it asks; a maxim also each of its clauses."""
    phrases = list(frame.answers)
    if frame.fact.kind == "maxim":
        phrases += [clause for clause in CLAUSE_SPLIT.split(frame.fact.text) if clause]
    return phrases


def _overlap(a: str, b: str) -> bool:
    return a in b or b in a


SHARED_RUN = 4
"""Characters in a row an option shares with the title of the part a 多选 asks (区域协调发展): it reads as that part's."""


def rewords_title(key: str, title: str) -> bool:
    """Whether the option `key` shares a run of SHARED_RUN characters with the title of the part asked."""
    return any(key[i : i + SHARED_RUN] in title for i in range(len(key) - SHARED_RUN + 1))


def _reworded(a: str, b: str) -> bool:
    """Whether one is the other with characters left out (敢担当, 敢于担当; 更有力的举措, 更加有力的举措): the same
    thing said shorter, so never a wrong option for it nor a swap that makes it false."""
    short, long = sorted((a, b), key=len)
    rest = iter(long)
    return len(short) >= 2 and all(ch in rest for ch in short)


def kinship(answers: dict[str, tuple[tuple[str, str], ...]], phrase: Phrase) -> int:
    """How much a candidate is of the answers' family, 0-5: the same head word (3) or last character (2), so
    …权 with …权, 乱收费 with 乱摊派; the same first word (2: 加强X with 加强Y; 1 where a noun phrase's heads differ)
    or character (1); both counted (两个… 四大…, 2).
    A shared character counts in words of one part of speech only (组成部分 is no fellow of 政企不分)."""
    best = 0
    for answer, words in answers.items():
        key = normalise(answer)
        if not words or not phrase.words or not key:
            continue
        head = 3 if words[-1][0] == phrase.words[-1][0] else 2 if _same_end(words, phrase.words, -1) else 0
        lead = 2 if words[0][0] == phrase.words[0][0] else 1 if _same_end(words, phrase.words, 0) else 0
        if not head and words[0][1] == "n" and len(words) > 1:
            lead = min(lead, 1)  # 体育仲裁范围 is no fellow of 体育教练员岗位: a noun phrase's kind is its head
        counted = 2 if NUMERAL_LEAD.match(key) and NUMERAL_LEAD.match(phrase.key) else 0
        best = max(best, min(5, head + max(lead, counted)))
    return best


def _same_end(words: tuple[tuple[str, str], ...], others: tuple[tuple[str, str], ...], at: int) -> bool:
    """Whether two phrases share their last (at=-1) or first (at=0) character in words of one part of speech:
    a noun's is no verb's, and a set phrase's (组成部分, 政企不分: both share 分) is no head at all."""
    mine, theirs = words[at], others[at]
    char = mine[0][at] == theirs[0][at]
    short, long = sorted((mine[0], theirs[0]), key=len)
    held = long.endswith(short) if at == -1 else long.startswith(short)
    if len(short) <= 2 and len(short) != len(long) and not held:
        return False  # 文化 is no …化 like 工业化 (考核 is the head of 绩效考核): a word's end is no suffix of another
    if at == -1 and min(len(short), len(long)) >= 3 and _ends_a_word(short) != _ends_a_word(long):
        return False  # 校园文化 ends on the word 文化, 集团化 on the suffix 化: of two makes
    return char and mine[1] == theirs[1] and mine[1] != "i"  # an idiom's last character is no head


def _ends_a_word(word: str) -> bool:
    """Whether the last two characters of `word` are a common word of their own (校园|文化), not a suffix (集团|化;
    jieba's dictionary holds 益性 too, but seldom seen)."""
    return segmenter().count(word[-2:]) >= COMMON_WORD


COMMON_WORD = 100
"""jieba's count of a word seen often enough to be one (文化 34,860; 考核 2,094; 益性 3)."""


def _likeness(answers: dict[str, tuple[tuple[str, str], ...]], phrase: Phrase, fact: Fact) -> int:
    """How close a candidate is to the answers otherwise: same article, same part, same level, same length, quoted;
    a figure of the same paragraph; the characters it shares at either end."""
    score = 2 * (phrase.article == fact.origin.article) + 2 * (phrase.depth == len(fact.origin.trail))
    part = fact.origin.trail[1:2]  # the trail opens with the document's name
    score += SAME_PART * (bool(part) and phrase.trail[1:2] == part)
    if fact.kind == "figure" and phrase.paragraph and phrase.paragraph == fact.origin.paragraph:
        score += SAME_PARAGRAPH  # 1.6万亿 beside 2.9万亿 and 4.4万亿 of the same paragraph: a real ladder
    best = 0
    for answer in answers:
        key = normalise(answer)
        prefix = len(commonprefix([key, phrase.key]))
        suffix = len(commonprefix([key[::-1], phrase.key[::-1]]))
        quoted = _quoted(answer) == _quoted(phrase.text)
        shared = min(prefix, 2) + min(suffix, 2)
        best = max(best, shared + (len(key) == len(phrase.key)) + 3 * quoted)
    return score + best


def _quoted(text: str) -> bool:
    return any(mark in text for mark in '“”「」‘’"《》')


def _pick(scored: list, count: int, chosen: list[Phrase], rng: random.Random) -> None:
    """Add the best of `scored` to `chosen` until it holds `count`, never two that hold each other. Takes
    from the best few, not always the very best, so that another seed gives other options."""
    scored = sorted(scored, key=lambda entry: (-entry[0], entry[1]))
    for _, _, phrase in _shortlist(scored, count - len(chosen), rng):
        if len(chosen) >= count:
            return
        if not any(_overlap(phrase.key, other.key) or same_amount(phrase.text, other.text) for other in chosen):
            chosen.append(phrase)


def _shortlist(scored, count: int, rng: random.Random):
    """The best candidates, the top few shuffled among themselves."""
    head = [entry for entry in scored[: count + 2]]
    rng.shuffle(head)
    head.sort(key=lambda entry: -entry[0] // 2)
    return head + scored[count + 2 :]


def centrality(option: str, options: list[str]) -> float:
    """How alike `option` is to the other options: the mean share of characters in common (|a∩b| / |a∪b|)."""
    mine = set(normalise(option))
    others = [set(normalise(other)) for other in options if other != option]
    return sum(len(mine & o) / max(1, len(mine | o)) for o in others) / max(1, len(others))


def centred(answer: str, options: list[str]) -> bool:
    """Whether the answer is the one option most like all the others: wrong options each chosen for being
    like the answer make it their centre, and a reader who never saw the material picks it."""
    mine = centrality(answer, options)
    return all(centrality(other, options) < mine for other in options if other != answer)
