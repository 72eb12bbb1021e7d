"""Judgements (论断): sentences that define, rank or evaluate, with the phrase a question-writer hides.

- X是Y: 就业是{{民生之本}}; 公务员是社会主义事业的{{中坚力量}}, 是{{人民的公仆}};
- 把X作为Y: 把{{为民造福}}作为最重要的政绩; 把坚持高质量发展作为新时代的{{硬道理}};
- 以X为中心/主线/根本…: 坚持以{{人民}}为中心;
- a formula of emphasis before a head: 坚持{{稳中求进}}工作总基调, 落实{{立德树人}}根本任务,
  守住不发生{{系统性风险}}的底线, 紧抓{{高质量发展}}这个首要任务;
- 从根本上说/归根到底 … 要靠/在于 Y, 关键在于 Y, …转化为 Y.

The subject stays in the cue; the deletion is the predicate's head phrase (the judgement's head noun
when it is one of the genre's: 硬道理, 生命线, 根本保证; otherwise the short predicate, or what the
judgement is about).
"""

from __future__ import annotations

import re

from studycards.extract.clauses import fact_in_sentence, first_disjoint
from studycards.extract.passages import passages
from studycards.extract.trivial import EVALUATIVE, GENERIC, is_filler
from studycards.facts import GENERIC_WORDS, Fact
from studycards.outline import Document
from studycards.segment import Segmenter, segmenter

HEADS = (
    "硬道理|第一要务|首要任务|重中之重|中心任务|根本任务|总基调|总目标|总要求|总任务|总抓手|根本遵循|行动指南|"
    "生命线|主心骨|主力军|中坚力量|顶梁柱|压舱石|定盘星|稳定锚|牛鼻子|试金石|突破口|着力点|落脚点|出发点|"
    "必由之路|必然要求|本质要求|本质特征|最大优势|显著优势|根本目的|根本宗旨|根本保证|根本保障|根本动力|"
    "制胜法宝|重要法宝|力量源泉|第一动力|第一资源|第一生产力|基本方略|基本国策|立身之本|民生之本|"
    "政治灵魂|灵魂|生命|根本|关键|核心|基础|前提|保证|底线|红线|主线|主题|主轴|重要组成部分|主动力"
)
HEAD_END = re.compile(rf"(?:{HEADS})$")
# A clause that puts a head noun after an emphasised phrase: 坚持稳中求进工作总基调.
EMPHASIS_VERBS = (
    "坚持|落实|守住|守牢|贯彻|抓住|紧抓|紧扣|筑牢|兜牢|兜住|坚守|遵循|牢记|践行|把握|扣住|抓好|抓牢|守好|牢牢守住|严守"
)
EMPHASIS_HEADS = (
    "总基调|根本任务|首要任务|第一要务|中心任务|底线|红线|主线|生命线|硬道理|根本宗旨|基本方略|基本国策|"
    "总目标|总要求|总抓手|根本遵循|重中之重|根本原则"
)
EMPHASIS = re.compile(
    rf"(?:{EMPHASIS_VERBS})(?:不发生|不出现)?“?([^，,；;：:。！？、“”]{{2,10}}?)”?(?:这个|这一|的)?(?:工作)?(?:{EMPHASIS_HEADS})"
)
EMPHASIS_HEAD = re.compile(EMPHASIS_HEADS)
AS_WORDS = re.compile("作为|当作|摆在|放在")
TAKE_AS = re.compile(
    r"(?:把|将)([^，,；;。！？]{2,16}?)(?:作为|当作|摆在|放在(?=首位|第一位|突出|重要位置|优先))([^，,；;。！？]{2,16})"
)
CENTRE = re.compile(
    r"以([^，,；;。！？以]{2,14}?)为(?:中心|主线|根本|核心|导向|主题|统领|重点|抓手|牵引|主体|引领|根本遵循|根本目的|"
    r"出发点|落脚点|主攻方向|第一要务)(?!的党中央)"
)
# 从根本上说，推动高质量发展要靠改革; 关键在于落实; 根本在于…; 归根到底是…
ROOT_CUE = re.compile(r"归根到底|归根结底|从根本上(?:说|讲|看)|说到底|根本上")
RELIES = re.compile(r"(?:要靠|靠的是|依靠|在于|取决于)([^，,；;。！？]{2,12})")
KEY_IN = re.compile(r"(?:关键|根本|核心|重点|要害|首要任务|第一要务)(?:在于|是)([^，,；;。！？]{2,12})")
TURNS_INTO = re.compile(r"转化为([^，,；;。！？]{2,30})")
# X是Y inside one clause; the subject is never one of these (特别是, 还是, 这是 …).
IS = re.compile(r"是(?!否|指|不是|非)|成为")
# What a subject may follow: 我们进一步认识到 | 党中央集中统一领导是…; 实践表明 | …
SUBJECT_LEAD = re.compile(r"^.*?(?:认识到|表明|证明|指出|强调|深刻认识到|看到)")
NOT_SUBJECT_END = (
    "特别",
    "尤其",
    "而且",
    "并且",
    "同时",
    "就是",
    "也",
    "不仅",
    "不但",
    "不只",
    "即使",
    "哪怕",
    "就算",
) + tuple("还就但于总正只要凡或而若不都即可更乃实确倒便则又才既一二三四五六七八九十这那它此其")
NOT_SUBJECT = ("这", "那", "这些", "那些", "它", "其", "这就", "这也", "也就")
DEFINED = re.compile(r"(?:目标|理想|宗旨|使命|初心|目的|要义|精髓|实质|本质|内涵|方针|原则)$")
"""A subject that names what its predicate states (党的最高理想和最终目标是{{实现共产主义}}): a verb phrase is
the judgement then, not a 是 that merely introduces one (是在…, 是为了…)."""
MAX_SUBJECT, MAX_PREDICATE, SHORT_PREDICATE, STATED = 16, 24, 7, 12
SUPERLATIVE, MAX_SUPERLATIVE, MAX_TAIL = "最", 10, 8
"""最…的X is hidden whole (党章是{{最根本的党内法规}}): the degree is what is judged."""
CLAUSE = re.compile(
    r"[^、，,；;：:。！？!?][^，,；;：:。！？!?]*?(?=$|[，,；;：:。！？!?]|、[^、，,；;：:。！？!?]{1,8}?是)"
)
"""A clause; judgements joined by 、 are clauses each (科技是{{第一生产力}}、人才是{{第一资源}}、创新是{{第一动力}})."""


def extract_judgements(document: Document, seg: Segmenter) -> list[Fact]:
    facts = []
    for passage in passages(document):
        for sentence, lead in passage.with_leads():
            spans = judgement_spans(sentence)
            if spans:
                facts.append(fact_in_sentence("judgement", sentence, spans, passage.origin, lead=lead))
    return facts


def judgement_spans(sentence: str) -> list[tuple[int, int]]:
    """The phrase each judgement of `sentence` would have hidden, first found first; no overlaps."""
    candidates = (without_measure(sentence, span) for span in _candidates(sentence))
    return first_disjoint(sentence, candidates, _answerable)


def _candidates(sentence: str):
    if ("把" in sentence or "将" in sentence) and AS_WORDS.search(sentence):
        for match in TAKE_AS.finditer(sentence):
            yield _take_as(match)
    if EMPHASIS_HEAD.search(sentence):
        for match in EMPHASIS.finditer(sentence):
            if not re.search("作为|是|把|将", match.group(1)):
                yield match.span(1)
    if "以" in sentence and "为" in sentence:
        for match in CENTRE.finditer(sentence):
            yield match.span(1)
    root = ROOT_CUE.search(sentence)
    if root:
        for match in RELIES.finditer(sentence, root.end()):
            yield _head_phrase(match.group(1), match.start(1))
    for match in KEY_IN.finditer(sentence):
        yield _head_phrase(match.group(1), match.start(1))
    for match in TURNS_INTO.finditer(sentence):
        yield _head_phrase(match.group(1), match.start(1))
    if "是" not in sentence and "成为" not in sentence:
        return
    previous_is_judgement = False
    for clause in CLAUSE.finditer(sentence):
        span = _is_judgement(clause.group(), clause.start(), previous_is_judgement)
        previous_is_judgement = span is not None
        yield span


def _take_as(match: re.Match) -> tuple[int, int] | None:
    """把X作为Y: the head of Y when the genre knows it (硬道理), else X (为民造福, 作为最重要的政绩)."""
    predicate = match.group(2)
    head = HEAD_END.search(predicate)
    if head:
        return match.start(2) + head.start(), match.start(2) + head.end()
    subject = match.group(1).removeprefix("坚持")
    if len(subject) > 10:
        return None
    return match.end(1) - len(subject), match.end(1)


def _is_judgement(clause: str, offset: int, continues: bool) -> tuple[int, int] | None:
    """X是Y in one clause (or ，是Y continuing a judgement): the head of Y."""
    match = IS.search(clause)
    if not match:
        return None
    subject, predicate = clause[: match.start()].strip(), clause[match.end() :].strip()
    subject = SUBJECT_LEAD.sub("", subject)
    if subject:
        if len(subject) < 2 or len(subject) > MAX_SUBJECT or subject.endswith(NOT_SUBJECT_END):
            return None
        if subject in NOT_SUBJECT or subject.startswith(NOT_SUBJECT):
            return None
    elif not continues and offset > 0 and len(clause) < 4:
        return None
    if not 2 <= len(predicate) <= MAX_PREDICATE or predicate.endswith("的"):
        return None  # 是…的 states a stance (是留有余地的, 是必需的), not what a thing is: examiners seldom hide it
    if FRAMED.search(predicate):
        return None  # (在)承认生产力是根本标准的基础上: a frame's condition, not what a thing is
    start = offset + clause.index(predicate, match.end())
    if DEFINED.search(subject) and len(predicate) <= STATED and "的" not in predicate:
        return start, start + len(predicate)
    if not (HEAD_END.search(predicate) or "的" in predicate or "之" in predicate or len(predicate) <= 4):
        return None  # 是 before a verb phrase: 是在…, 是为了…
    span = _head_phrase(predicate, start)
    answer = clause[span[0] - offset : span[1] - offset] if span else ""
    if span is None or answer not in ROLES and (not is_filler(answer) or appraisal(answer)):
        return span
    return _subject_span(clause[: match.start()], subject, offset)


FRAMED = re.compile(r"的(?:基础|前提|条件|过程|情况)(?:上|下|中)$")
"""How a clause ends that is the frame of what follows (在…的基础上，才能…), though 是 stands in it."""
ROLES = ("根本", "关键", "核心", "基础", "前提", "保证")
"""The part a thing plays, said of anything (农业是国民经济的{{基础}}): one of six, a guess. Examiners hide the
subject of such a judgement (12 of the 12 exam sentences X是…的基础/关键/核心, both halves), never the role
alone (0 of 7,324 blanks). A filler said of a subject (是推进祖国统一大业的{{基本方针}}) is the same."""
MAX_ROLE_SUBJECT = 10
NO_SUBJECT_TAGS = ("t", "c", "d", "p", "r")
"""What a subject does not open with: a time, a conjunction, an adverb, a preposition, a pronoun."""
MODAL_ENDS = ("应当", "应该", "必须", "必然", "要", "将", "可以", "能够")
"""A modal the subject's span would take in before 成为 (教育发展计划应当|成为…)."""


def _subject_span(before: str, subject: str, offset: int) -> tuple[int, int] | None:
    """Where `subject`, the end of what stands `before` 是 in a judgement that states a role or a filler, is hidden instead
    ({{农业}}是国民经济的基础); None when it has none or a long one."""
    if not subject or len(subject) > MAX_ROLE_SUBJECT or subject.endswith(MODAL_ENDS):
        return None
    words = [tag for word, tag in segmenter().tagged(subject) if word.strip("“”")]
    if not words or words[0] in NO_SUBJECT_TAGS:
        return None  # {{现在}}是…时期之一, 当然，{{无论}}是…
    start = offset + before.rindex(subject)
    return start, start + len(subject)


def _head_phrase(predicate: str, start: int) -> tuple[int, int] | None:
    """The part of a predicate to hide: the noun phrase after its last 的 that ends in a known head noun
    (…事业的{{领导核心}}, …的{{主动力和稳定锚}}), the head alone, the whole if short (or 最…的X), else
    what follows its last 的."""
    predicate = predicate.rstrip("”’")
    head = HEAD_END.search(predicate)
    tail = predicate.rsplit("的", 1)[1] if "的" in predicate else ""
    if head and len(head.group()) < len(tail) <= MAX_TAIL and not predicate.startswith(SUPERLATIVE):
        return start + len(predicate) - len(tail), start + len(predicate)
    if head and head.group() not in ("根本", "关键", "核心", "基础", "前提", "保证", "生命", "灵魂"):
        return start + head.start(), start + head.end()
    if len(predicate) <= SHORT_PREDICATE or predicate.startswith(SUPERLATIVE) and len(predicate) <= MAX_SUPERLATIVE:
        return start, start + len(predicate)
    if head:
        return start + head.start(), start + head.end()
    if 3 <= len(tail) <= MAX_TAIL:
        return start + len(predicate) - len(tail), start + len(predicate)
    return None


def _answerable(answer: str) -> bool:
    """Two characters at least, one phrase, never a generic word (人民, 安全: a card that asks them tests nothing),
    an appraisal or a state."""
    core = answer.strip("“”‘’《》").removeprefix("的")  # 实事求是|的科学态度: the 的 goes with the cue
    return (
        len(core) >= 2
        and core not in GENERIC_WORDS
        and not re.search(r"[，。；：、]", core)
        and not appraisal(core)
        and not state(core)
    )


MEASURE = re.compile(r"一[个种条场项支件次位批部](?![月年日天])")
"""A measure before a predicate's noun (是一种{{资本组织形式}}): examiners hide the noun, never the measure."""


def without_measure(sentence: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """`span` without the measure it opens with (一种|资本组织形式), unless a name follows it (一个中国)."""
    if span is None or not MEASURE.match(sentence, span[0]) or span[1] - span[0] < 4:
        return span
    answer = sentence[span[0] : span[1]]
    if appraisal(answer) or _names_after_measure(answer):
        return span  # 一个渐进的过程: asked by none, measure or not; 一个中国: a name
    return span[0] + 2, span[1]


def _names_after_measure(answer: str) -> bool:
    """A measure that opens a name (一个中国): no measure to leave out."""
    after = segmenter().tagged(answer[2:])[:1]
    return bool(after) and str(after[0][1]).startswith(("ns", "nr", "nz"))


APPRAISED = (
    GENERIC[3:-1]
    + "|表现|体现|课题|渠道|方法|办法|方式|事情|纽带|道路|载体|现象|准则|对策|趋势|潮流|一年|局面|运动|变革|原则|依据|战略|心愿|指引"
)
"""Nouns a report appraises anything as (a way, a channel, a task, a trend), beyond trivial.GENERIC."""
APPRAISING = re.compile(
    rf"{EVALUATIVE}|内在|现实|科学|客观|本质|集中|具体|根本|坚定|强劲|热切|强烈|紧迫|必然|最佳|有效|严峻|不竭|大"
)
"""Words that weigh a noun without naming a thing (重要表现, 现实渠道, 内在要求, 科学态度)."""
MEASURED_WEIGHT = 3
"""Characters that weigh a measured generic noun and still name nothing (一个|根本性|问题; not 一种|资本组织|形式)."""
APPRAISAL = re.compile(rf"^(?P<weight>[^的]{{0,4}}?)的?(?:{APPRAISED})$")


def appraisal(answer: str) -> bool:
    """A weighing word before a noun any report says of anything (是…的{{重要表现}}, 是…的{{现实渠道}}, 是{{一个渐进的
    过程}}): it appraises, it names nothing to recall. A head of the genre (硬道理, 必由之路) is asked; 新 before a period
    names it (新时代)."""
    measured = MEASURE.match(answer)
    match = APPRAISAL.match(answer[measured.end() :] if measured else answer)
    if not match or HEAD_END.search(answer) or measured and _names_after_measure(answer):
        return False
    weight = match.group("weight")
    if not weight or measured and (len(weight) <= MEASURED_WEIGHT or "的" in match.group()):
        return True  # 一种运动, 一个渐进的过程, 一个根本性问题: a measure, a word or two, a generic noun
    if weight == "新":
        return False
    return all(
        APPRAISING.fullmatch(word) or str(tag).startswith(("a", "d", "z")) for word, tag in segmenter().tagged(weight)
    )


STATE = re.compile(r"(?:了|它|起来|上去|下去|的时候|之下)$|而不是|不是")
ADVERBS = frozenset(
    (
        "了",
        "着",
        "还",
        "很",
        "都",
        "也",
        "就",
        "才",
        "已经",
        "已",
        "更加",
        "愈来愈",
        "越来越",
        "非常",
        "十分",
        "仍然",
        "正在",
        "极",
    )
)
"""An aspect particle or an adverb inside an answer: it is a clause about a thing (有了自由, 还很穷, 都完成了), not a
name for it."""


def state(answer: str) -> bool:
    """A clause that says how things stand (大不相同了, 搞好了而不是搞坏了, 目前我们的国家还很穷): no term to recall."""
    return bool(STATE.search(answer)) or any(word in ADVERBS for word, _ in segmenter().tagged(answer))
