"""Which sentences of a law examiners ask: a score per sentence from general features, learned from examiners.

A sentence of a law is described by plain features: its modal words (应当, 不得, 可以…), whether it sets a figure, a
time limit or a threshold, names the organ that approves or decides (由…批准), defines (本法所称…是指), designates
(以普通话为…, 为…日), institutes (实行…制度), sets a penalty, points elsewhere (前款), opens on a condition (…的，),
where it stands in the law, the kind of its chapter (总则, 法律责任, 附则), its length, and whether it is a
boilerplate article (本法自…起施行; 根据宪法，制定本法; 适用本法). A small logistic model over these features gives
the log-odds that examiners ask the sentence; its weights are trained by scripts/train_law_sentences.py on the
tuning half (corpus laws' examiner blanks and the exam's items found in those laws, docs/model.md) and shipped as
data/law_sentences.json: weights of features only, no text.

    sentence_score("景区提高门票价格应当提前六个月公布。", ("《旅游法》", "第四章 旅游经营"), 0.4)  # log-odds
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from studycards.data import model_weights
from studycards.facts import Fact
from studycards.outline import sentences

MODEL = "law_sentences.json"
MODALS = {
    "shall": re.compile(r"应当|必须"),
    "shall_not": re.compile(r"(?<!要)不得(?!不)|不应当"),
    "forbid": re.compile(r"禁止|严禁"),
    "may": re.compile(r"可以"),
    "entitled": re.compile(r"有权"),
    "only": re.compile(r"只能|仅限"),
}
CUES = {
    "figure": re.compile(
        r"[0-9０-９]|[一二两三四五六七八九十百千]+(?:个|年|月|日|天|周|岁|万|亿|倍|人|次|项|小时|元|名)"
    ),
    "time_limit": re.compile(r"(?:日|天|个月|年|小时|周)(?:内|以内|前|后)|之日起|提前[一二两三四五六七八九十\d]"),
    "threshold": re.compile(r"以上|以下|不超过|不少于|不低于|不高于|百分之|[0-9０-９]+[%％]|至少|最高|最低"),
    "organ": re.compile(
        r"(?:由|经|报|报经|报请)[^，。；]{2,24}?(?:批准|同意|决定|审批|核准|备案|负责|确定|指定|认定|组织)"
    ),
    "definition": re.compile(r"所称|是指|统称|简称|称为"),
    "designation": re.compile(
        r"以[^，。；]{2,16}?(?:为|作为)[^，。；]{0,8}(?:用语|工具|基础|原则|方针|主体|中心)|为[^，。；]{2,12}日"
    ),
    "institutes": re.compile(r"(?:实行|建立|健全|推行|设立)[^，。；]{0,16}(?:制度|体制|机制|政策|责任制)"),
    "state": re.compile(r"^(?:第[^　 ]{1,8}条[　 ]*)?国家"),
    "belongs": re.compile(r"属于|一律平等|不受侵犯|受法律保护"),
    "encourage": re.compile(r"鼓励|支持|提倡|引导"),
    "penalty": re.compile(r"罚款|罚金|拘留|处分|吊销|没收|责令|追究刑事责任|构成犯罪"),
    "reference": re.compile(
        r"前款|前项|前两款|前三款|上述|本条第|依照本法第|违反本法第|本法第[一二三四五六七八九十百]+条"
    ),
    "list": re.compile(r"、"),
    "lists_below": re.compile(r"下列|以下[^，。；]{0,6}[：:]"),
    "condition": re.compile(r"^[^，。；]{2,60}?(?:的|时)，"),
    "negation": re.compile(r"不(?:再|予|停止|附|缴纳|计入|适用|收取|得)"),
    "organ_name": re.compile(r"国务院|人民政府|主管部门|人民法院|人民检察院|公安机关|委员会"),
    "exception": re.compile(r"除外|但是|另有规定"),
}
BOILERPLATE = re.compile(
    r"本法自[^。；]{2,30}起施行|本(?:法|条例|规定|办法)自[^。；]{2,30}施行|根据宪法[，,]制定本法|制定本法。?$|"
    r"适用本法|本法(?:另有规定|规定)的?[^。；]{0,6}除外|依照本法规定?执行|参照本法|"
    r"(?:依照|按照)有关法律[、和]?(?:行政法规)?的?规定(?:执行|处理|办理)|法律[、，,]?行政法规另有规定的[，,]?依照其规定"
)
"""Articles every law has that say nothing of this law: when it takes effect, what it rests on, where it applies."""
CHAPTERS = {
    "general": re.compile(r"总则|总纲|一般规定"),
    "liability": re.compile(r"法律责任|罚则"),
    "supplementary": re.compile(r"附则"),
}
ARTICLE_OPENING = re.compile(r"^第[一二三四五六七八九十百零〇]+条")
LENGTHS = (20, 40, 70)
POSITIONS = 5


def is_boilerplate(sentence: str) -> bool:
    """An article every law has (本法自…起施行; 为了…，根据宪法，制定本法; 适用本法): nothing of this law to learn."""
    return bool(BOILERPLATE.search(sentence))


def sentence_features(sentence: str, trail: tuple[str, ...], position: float) -> list[str]:
    """The general features of a law's sentence: its cues, its chapter's kind, where it stands, its length."""
    features = [name for name, pattern in MODALS.items() if pattern.search(sentence)] or ["no_modal"]
    features += [name for name, pattern in CUES.items() if pattern.search(sentence)]
    if is_boilerplate(sentence):
        features.append("boilerplate")
    if ARTICLE_OPENING.match(sentence):
        features.append("article_opening")
    if any(re.match(r"^（[一二三四五六七八九十]+）", part) for part in trail[-1:]) or re.match(r"^（", sentence):
        features.append("item")
    chapter = next((name for name, pattern in CHAPTERS.items() if any(pattern.search(t) for t in trail)), "other")
    features.append(f"chapter:{chapter}")
    length = len(sentence)
    features.append(f"length:{sum(length > bound for bound in LENGTHS)}")
    features.append(f"position:{min(POSITIONS - 1, int(max(0.0, position) * POSITIONS))}")
    return features


@cache
def load_weights() -> dict[str, float]:
    """The trained weights (data/law_sentences.json): a bias and one weight per feature."""
    return model_weights(MODEL)


@lru_cache(maxsize=1024)
def sentence_score(sentence: str, trail: tuple[str, ...], position: float) -> float:
    """The log-odds that examiners ask `sentence` (standing under `trail`, at `position` 0..1 of the law); worked
    out once for all the facts of one sentence."""
    weights = load_weights()
    return weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in sentence_features(sentence, trail, position))


WEIGHT = 0.5
"""How much a law's sentence model moves a fact's importance per unit of log-odds (tuned on the tuning half)."""


def fact_score(fact: Fact, first_line: int, last_line: int) -> float:
    """The sentence model's log-odds for the sentence `fact` stands in (where it is in the law): every fact of one
    sentence gets the same, whatever part of it the fact's text shows."""
    position = (fact.origin.line - first_line) / max(1, last_line - first_line)
    return sentence_score(sentence_of(fact), fact.origin.trail, position)


def sentence_of(fact: Fact) -> str:
    """The sentence of its paragraph that holds `fact`'s first answer (its own text where none is found)."""
    first = fact.text[fact.spans[0][0] : fact.spans[0][1]] if fact.spans else fact.text
    opening = fact.text.split("……")[0][:12]
    for sentence in _sentences(fact.origin.paragraph):
        if opening in sentence and first in sentence:
            return sentence
    return fact.text.replace("……", "")


@lru_cache(maxsize=1024)
def _sentences(paragraph: str) -> tuple[str, ...]:
    """The sentences of a paragraph, cut once for all the facts that stand in it."""
    return tuple(sentences(paragraph))


def law_weight(fact: Fact, first_line: int, last_line: int) -> float:
    """What a law's fact gains or loses in importance by the examiners' liking for its sentence."""
    if fact.kind == "outline":
        return 0.0
    return WEIGHT * (fact_score(fact, first_line, last_line) - load_weights().get("bias", 0.0))
