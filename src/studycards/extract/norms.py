"""Norms: what a rule obliges, permits or forbids, who acts or approves, from when, and what is instituted.

- the modal word itself and what it governs, one note: 承包地{{不得}}买卖; 应当进行{{劳动能力鉴定}};
  任何单位都应当{{无偿}}为报警提供便利 (a manner before the verb is what is asked);
- the organ that decides or approves: 由{{国务院}}批准; 经{{县级以上人民政府}}同意; 报{{上一级机关}}备案;
- from when a time runs: 自{{送达之日}}起生效; advance notice: 提前{{三十日}};
- what is instituted, guaranteed or declared: 国家实行{{城乡统筹}}的就业政策; 建立{{失业保险}}制度;
  {{公民在法律面前}}一律平等 (the subject of 一律平等, 不受侵犯).

Any document; 必须 and 可以 themselves only in legal texts (a speech's 必须 is emphasis). Several things asked of one sentence make one
note of several deletions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from studycards.extract.clauses import CLAUSE_BODY as BODY
from studycards.extract.clauses import Span, fact_in_sentence, first_disjoint
from studycards.extract.passages import passages
from studycards.extract.provisions import MIN_WHOLE_PHRASE, is_legal
from studycards.facts import GENERIC_WORDS, Fact, normalise
from studycards.outline import Document
from studycards.segment import Segmenter

NAMED = re.compile(r"(?:其他)?(?:情形|情况|事项|人员|行为)?(?:之一)?的?")
"""What a phrase ending in 的 names when it sets no rule (…的其他情形, …的)."""
CLAUSE_END = re.compile(r"[，。；：！？,;:]")
MODAL = re.compile(r"不应当|应当|必须|(?<!要)不得(?!不)|禁止|严禁|有权|可以|无须|不予|不能")
"""A rule's modal word; not 不得不 (must) nor 要不得 (worthless)."""
RULE_WORD = re.compile(r"不应当|应当|不得|禁止|严禁|有权|无须|不予")
"""Modal words of a rule wherever they stand; 必须, 可以 and 不能 are a speech's emphasis outside legal texts."""
GOVERNED = re.compile(rf"(?P<x>{BODY}{{2,24}}?)(?=[，,。；;：:！？!?]|$)")
LIGHT = re.compile(
    r"^(?:依法|及时|按照规定|按规定|如实|立即|主动|自觉|严格)?"
    r"(?:进行|采取|实行|给予|予以|接受|履行|遵守|执行|作出|实施|建立|参加|坚持|遵循|保持|承担|通过|使用|提供|交纳|"
    r"办理|申请|缴纳|购买|取得|制定|设立|开展|组织|配备|落实)"
)
TRAILING = re.compile(r"(?:措施|手续|工作|活动|义务|责任|情况|的方式进行|方式进行|进行)$")
MANNER = re.compile(r"^(?P<x>无偿|有偿|免费|书面|公开|独立|平等|自愿|定期|共同|统一|每年|每季度|每月|按月|一次性)")
"""A manner the rule sets (应当{{无偿}}提供, {{书面}}通知). Not 如实: every law asks facts reported 如实 (a third of the
tuning laws say 如实提供, 如实记录, 如实报告), and readers dropped all 5 cards that hid it. Nor 优先 and 单独, which the
rest of the sentence tells (在同等条件下…有权{{优先}}承包; {{单独}}存放，不得与…一起存放; 各自创作的部分可以{{单独}}享有):
readers dropped 8 of the 9 such cards of sessions 12 and 13, and examiners hide neither (0 of the 6 exam sentences)."""
FOR_WHOM = re.compile(r"^(?:为|向|对|与)[^，,。；;：:、]{1,10}?(?=购买|提供|支付|缴纳|交纳|采取|给予|出具|办理)")
"""Whom a rule's act is for, before its light verb: 应当为志愿者|购买{{人身意外伤害保险}}."""
COMPARED = re.compile(r"^(?:低于|高于|超过|少于|多于)(?:当地|本地区)?")
"""A limit a modal word sets by comparison: 不得低于{{城市居民最低生活保障标准}}."""
ORGAN = re.compile(
    rf"(?:报经|报请|由|经|报|向)(?P<x>{BODY}{{2,24}}?)(?:依法|按照国家规定|按照规定)?(?:批准|同意|决定|审批|审核|备案|"
    rf"许可|核准|认定|责令|负责|制定|确定|登记|报告|申请|指定|任免|任命|组织|缴纳|支付|负担|行使|设定|发放|编制|认可|投诉|"
    rf"申诉|控告|检举|发布|公布|送审|审定|颁发|核发|承担|征收|给予|办理|提出)(?!人)"
)
ORGAN_WORD = re.compile(
    r"(?:政府|部门|机关|机构|委员会|常委会|国务院|法院|检察院|中央|党委|党组|组织|单位|部队|会议|大会|本人|作者|负责人)$"
)
BARE_ORGAN = re.compile(r"单位|部门|机关|机构|组织|政府|会议|大会|党委|党组|中央")
"""An organ's kind alone (未经单位同意): no organ to learn."""
IN_CHARGE = re.compile(
    rf"(?:^|(?<=[，,；;。]))(?P<x>(?:(?!应当|可以|必须|报|由|经){BODY}){{3,24}}?(?:政府|部门|机关|机构|委员会|国务院|办事处))"
    rf"(?:依法)?(?:负责|主管)(?!人)(?![^，,。；;]{{0,16}}的(?:部门|机构|机关|单位|人员))"
)
"""The organ a law puts in charge, as the sentence's subject: {{国务院林业主管部门}}负责全国林业工作 (not in a phrase that
names something: …负责…的部门)."""
IN_A_WORD = re.compile(r"^(?:办|营|费|济|过|常|历|于|告|送|道|纸|刊|酬|销|废|价|名|考)")
"""What follows 经, 由, 报 where it is part of a word (社会保险经办机构, 由于, 报告, 管理人的报酬由…确定), not a cue to an
organ."""
SINCE = re.compile(rf"自(?P<x>{BODY}{{2,14}}?之日)起")
NOTICE = re.compile(r"提前(?P<x>[〇零一二两三四五六七八九十百\d]+(?:个月|日|天|周|小时|年))")
INSTITUTED = re.compile(
    rf"(?:建立[、和]?(?:健全|完善)|实行|建立|健全|推行|实施|保障)(?:起了|起|[并和](?:严格)?(?:落实|实施|执行))?"
    rf"(?P<x>(?![、和]){BODY}{{2,12}}?)(?:的新|(?<![创换革更刷重全最])新)?的?"
    rf"(?:制度|政策|体制|机制|原则|方针|责任制)(?!要求)"
)
"""What is instituted: 建立{{失业保险}}制度; 建立起{{有计划商品经济}}新体制 (the verb's 起, a second verb (建立健全并落实
{{全员安全生产}}责任制; 建立健全和严格执行{{项目法人}}责任制; 建立、健全{{劳动安全卫生}}制度) and the 新 of 新体制 are no part
of it); not a system whose demands are meant (建立适应现代企业制度要求的…机制)."""
COUNTED_KIND = re.compile(r"[一两二三四五六七八九十几]+(?:套|整套|系列|批|个|种|项|类)")
"""A count of what is instituted (一套有效的…, 一系列…的): its quality follows, not its name."""
DECLARED = re.compile(
    rf"(?:^|(?<=[，,；;]))(?P<x>{BODY}{{2,16}}?)(?:一律平等|不受侵犯|神圣不可侵犯|受法律保护|受国家保护)"
)
DECLARED_TAIL = re.compile(r"(?:都|均|也|亦)?(?:应当|应该|必须)$")
"""A modal word (and the adverb before it) ending the clause before 一律平等 (各民族|都应当一律平等): not asked; with
nothing else there (国家不分大小、强弱、贫富，{{都应当}}一律平等) the subject stands in another clause, and nothing is asked.
Never a bare 都 or 要 (成都受法律保护, 合理需要受法律保护)."""
DESIGNATED = re.compile(
    rf"^[^，,。；;]{{0,24}}?以(?P<x>{BODY}{{2,12}}?)(?:为|作为)(?:基本的?|主要的?|统一的?)?{BODY}{{0,6}}"
    rf"(?:用语|语言|文字|工具|标准|依据|单位)"
)
"""What a law designates, in the clause that names its subject: 以{{普通话}}为基本的播音用语; 以{{《汉语拼音方案》}}作为
拼写和注音工具 (a later clause's 以…为依据 goes on from a rule the card would cut away)."""
DAY = re.compile(rf"为(?:全民|全国|国家)?(?P<x>{BODY}{{2,8}}?)(?:日|节)(?=[，,。；;]|$)")
"""A day a law institutes: 每年九月的第三个星期六为全民{{国防教育}}日."""
DATE_OF_DAY = re.compile(
    r"每年(?P<x>[\d一二三四五六七八九十]+月(?:[\d一二三四五六七八九十]+日|的第[一二三四五]个星期[一二三四五六日天]))为"
)
"""The date of a day a law institutes: 每年{{9月30日}}为烈士纪念日 (asked beside the day's name, one note)."""
PROMOTED = re.compile(
    rf"(?:(?<=[，,；;、])|(?<=国家|全面|大力|积极)|(?<=[并和]))(?:推广|推行|普及)+(?P<x>{BODY}{{2,8}}?)(?<![日周月节])"
    rf"(?=[，,。；;]|$)"
)
"""What the state spreads: 国家推广普通话，推行{{规范汉字}} (a short object that ends its clause; the verb opens the
clause or follows its subject or manner, not inside a name: …推广普及宣传周; not a sentence's topic: 推广…产品，应当…)."""
NEGATED = re.compile(
    r"(?<=[\u4e00-\u9fff])(?P<x>不(?:再|停止)?(?:缴纳|计入|附送|适用|收取|执行|承担|支付|受理|退还|计算|享受|征收|"
    r"变更|中止|停止执行|转移))"
)
"""What a law says is not done, in a sentence of its own terms: 个人{{不缴纳}}基本医疗保险费; 行政处罚{{不停止执行}}."""
SUBORDINATE = re.compile(rf"(?:直辖于|隶属于|直属于)(?P<x>{BODY}{{3,16}}?)(?=[，,。；;]|$)")
"""To whom a body answers: 直辖于{{中央人民政府}}."""
COUNTED_SO = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?P<x>(?:合并|累计|分别|单独|重新|连续|一并)计算)(?=[，,。；;]|$)")
"""How a period or amount is counted: 缴费年限{{累计计算}}."""
BENEFIT = re.compile(
    rf"(?:给予|享受|提供)(?P<x>{BODY}{{2,10}}?(?:补贴|补助|津贴|优惠|信贷|贷款|救助))(?:等(?:扶持|支持|优惠)?)?(?=[，,。；;]|$)"
)
"""The benefit a law grants: 给予{{岗位补贴}}; 享受{{政府培训补贴}}; 给予{{小额信贷}}等扶持 (not a …待遇: what kind of
insurance pays it is mostly in view, 经工伤认定的，享受{{工伤保险待遇}})."""
PLAN = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:组织编制|编制|制定|拟定)(?:并组织实施|并实施|并公布|并发布)?"
    rf"(?P<x>{BODY}{{3,12}}?(?:规划|计划|预案|名录|目录))(?=[，,。；;]|$)"
)
"""The plan an organ draws up (who draws it up before): 组织编制{{旅游发展规划}}, 组织编制并实施{{全国管道发展规划}} (the
second verb is no part of it); not 编制{{…规划}}，应当… (the plan is what the sentence is about), nor a plan named by its
kind alone (制定应急预案)."""
PROPERTY = re.compile(r"(?:设立|开展|举办|兴办|具有|提供)(?P<x>非?[\u4e00-\u9fff]{1,3}性)(?=[\u4e00-\u9fff]{2})")
"""The nature a law requires of what is set up or done: 设立{{非营利性}}…机构; 开展{{公益性}}…活动."""
OWNED = re.compile(rf"(?:属于|归)(?P<x>{BODY}{{2,10}}?)所有(?![权者制人])")
"""Who owns what a law assigns: 野生动物资源属于{{国家}}所有; 属于{{农民集体}}所有 (the state or the collective: the
owner is what is asked, though 国家 alone is a generic word elsewhere)."""
OWNERS = re.compile(r"国家|(?:农民)?集体")
EXCEPTED = re.compile(rf"(?<=[\u4e00-\u9fff])除(?P<x>{BODY}{{2,16}}?)(?:以外|之外)的(?=[\u4e00-\u9fff])")
"""What a power or rule leaves out: 可以设定除{{限制人身自由}}以外的行政处罚."""
TIME_LIMIT = re.compile(
    r"(?:在|于|之日起|后)[^，,。；;]{0,16}?(?<![月年〇零一二两三四五六七八九十百\d])"
    r"(?P<x>[〇零一二两三四五六七八九十百\d]+个?(?:工作日|日|天|月|年|小时|周))(?:前|内|以内)"
)
PERIOD = re.compile(
    r"(?:连续|满|未满|不满|超过|逾|未逾|已逾)(?P<x>[〇零一二两三四五六七八九十百\d]+个?(?:工作日|日|天|月|年|小时|周))"
    r"(?![〇零一二两三四五六七八九十\d]{1,3}[月日])"
)
"""A period a rule turns on: 连续{{两年}}未从事经营活动的; 未逾{{三年}}的 (not a date: 超过一九九九年十二月十九日)."""
ONLY_BY = re.compile(
    r"只能(?:由|经)(?P<x>[^，,。；;和或]{2,12}?)(?=和|或者|设定|行使|决定|批准|规定|实施|制定|作出|审批|认定|颁发)"
)
"""The one organ or source a rule allows: 只能由{{法律}}设定; 只能由{{公安机关}}和…行使."""
"""A time limit (not the day of a date: 次年三月三十一日前): 在解除劳动合同{{三十日}}前; 在实施审计{{三日}}前; 自…之日起{{十五日}}内 (the count, its 前/内 in view)."""
CUES = re.compile(
    r"每年|推广|推行|普及|连续|满|逾|超过|只能|负责|主管|所有|除|内|前|直辖|隶属|直属|计算|给予|享受|提供|编制|制定|拟定|设立|开展|举办|兴办|具有|以|为|不|应当|必须|不得|禁止|严禁|有权|可以|无须|不予|不能|由|经|报|向|自|提前|实行|建立|健全|推行|实施|保障|一律平等|侵犯|保护"
)
NEEDS: dict[re.Pattern[str], re.Pattern[str]] = {
    ORGAN: re.compile("报|由|经|向"),
    SINCE: re.compile("之日"),
    NOTICE: re.compile("提前"),
    INSTITUTED: re.compile("制度|政策|体制|机制|原则|方针|责任制"),
    DECLARED: re.compile("一律平等|不受侵犯|神圣不可侵犯|受法律保护|受国家保护"),
    IN_CHARGE: re.compile("负责|主管"),
    OWNED: re.compile("所有"),
    EXCEPTED: re.compile("以外的|之外的"),
    TIME_LIMIT: re.compile("前|内"),
    PERIOD: re.compile("连续|满|逾|超过"),
    ONLY_BY: re.compile("只能"),
    DESIGNATED: re.compile("以"),
    DAY: re.compile("为"),
    DATE_OF_DAY: re.compile("每年"),
    PROMOTED: re.compile("推广|推行|普及"),
    NEGATED: re.compile("不"),
    SUBORDINATE: re.compile("直辖于|隶属于|直属于"),
    COUNTED_SO: re.compile("计算"),
    BENEFIT: re.compile("给予|享受|提供"),
    PLAN: re.compile("编制|制定|拟定"),
    PROPERTY: re.compile("性"),
}
"""Words one of which each pattern holds (a pattern finds nothing in a sentence without them): one search each."""
MAX_ANSWER = 14
SEMICOLON = re.compile(r"(?<=[；;])")
NOT_ANSWER = re.compile(
    r"^(?:、|按照|依照|根据|依据|其他|有关|下列|以下|如下|本|该|其|这|那|此|上述|规定|在|对|从|将|把|被|是|有|和|与)|规定的?$|的$"
)


def extract_norms(document: Document, seg: Segmenter) -> list[Fact]:
    legal = is_legal(document)
    facts = []
    for passage in passages(document):
        for sentence, lead in passage.with_leads():
            for part in SEMICOLON.split(sentence):  # each rule of 有权…；不得… a note of its own
                spans = norm_spans(part, legal)
                if spans:
                    facts.append(fact_in_sentence("norm", part, spans, passage.origin, lead=lead))
    return facts


def norm_spans(sentence: str, legal: bool = True) -> list[Span]:
    """What the rules of `sentence` would have hidden, each a span; none overlapping. What a modal word governs
    where it is a rule's (应当, 不得, 有权 anywhere, 必须 and 可以 in legal texts: a speech's 必须 is emphasis),
    never the modal word alone."""
    if not CUES.search(sentence) or "下列" in sentence or "以下" in sentence[-6:]:
        return []  # …有下列情形之一的，不得…：the items that follow are what is asked
    return first_disjoint(sentence, _candidates(sentence, legal), _askable_owner(sentence))


def _askable_owner(sentence: str) -> Callable[[str], bool]:
    """`_askable`, and an owner (属于{{国家}}所有) or an organ's head (经{{…审计机关负责人}}批准: a long name)."""

    def askable(answer: str) -> bool:
        head = answer.endswith("负责人") and len(normalise(answer)) <= MAX_ANSWER + 4
        return _askable(answer) or head or bool(OWNERS.fullmatch(answer) and OWNED.search(sentence))

    return askable


def _candidates(sentence: str, legal: bool) -> Iterator[Span]:
    patterns: tuple[re.Pattern[str], ...] = (ORGAN, SINCE, NOTICE, INSTITUTED, DECLARED)
    if legal:
        patterns += (
            IN_CHARGE,
            OWNED,
            EXCEPTED,
            TIME_LIMIT,
            PERIOD,
            ONLY_BY,
            DESIGNATED,
            DAY,
            DATE_OF_DAY,
            PROMOTED,
            NEGATED,
            SUBORDINATE,
            COUNTED_SO,
            BENEFIT,
            PLAN,
            PROPERTY,
        )
    for pattern in patterns:
        if not NEEDS[pattern].search(sentence):
            continue  # the pattern cannot match: not run over the sentence (most find nothing)
        for match in pattern.finditer(sentence):
            if pattern is ORGAN and (not ORGAN_WORD.search(match.group("x")) or IN_A_WORD.match(match.group("x"))):
                continue
            if pattern is ORGAN and BARE_ORGAN.fullmatch(match.group("x")):
                continue  # 未经{{单位}}同意: a kind of organ, not one
            if pattern is BENEFIT and _named_before(sentence, match.start("x"), match.group("x")):
                continue  # 已经缴纳生育保险费的，其职工享受{{生育保险待遇}}: the clause before names it
            if pattern is NEGATED and "的" in CLAUSE_END.split(sentence[match.end() :], maxsplit=1)[0]:
                continue  # 第三人不支付…的，: a condition, not what the law says is not done
            start, end = match.span("x")
            if pattern is INSTITUTED and "的" in match.group("x"):  # 实行{城乡统筹}的就业政策
                end = start + match.group("x").index("的")
                if COUNTED_KIND.match(match.group("x")):
                    continue  # 建立{一套有效}的调节制度: how many and how good, not what is instituted
            tail = DECLARED_TAIL.search(match.group("x")) if pattern is DECLARED else None
            if tail:
                end -= len(tail.group())
            yield start, end
    for match in MODAL.finditer(sentence):
        if not (legal or RULE_WORD.fullmatch(match.group())):
            continue  # a speech's 可以 and 必须 govern nothing to ask
        if _attributive(sentence, match.end()):
            continue  # 应当具有的工作条件, 不得辞退的其他情形: a modal word that names something sets no rule
        governed = _governed(sentence, match.end())
        if governed:  # what the modal word governs; never the bare modal word (readers drop such cards)
            yield governed


def _named_before(sentence: str, at: int, benefit: str) -> bool:
    """Whether what a benefit is of (生育保险 of 生育保险待遇) stands before it in the sentence."""
    stem = benefit[:-2]
    return len(stem) >= 3 and stem in sentence[:at]  # 岗位 of 公益性岗位 says nothing of 岗位补贴


def _attributive(sentence: str, at: int) -> bool:
    """Whether the modal word ending at `at` stands in a phrase that ends in 的 before a short noun or none."""
    rest = CLAUSE_END.split(sentence[at:], maxsplit=1)[0]
    return "的" in rest and (rest.index("的") <= 2 or bool(NAMED.fullmatch(rest[rest.rindex("的") + 1 :])))


def _governed(sentence: str, at: int) -> Span | None:
    """What a modal word governs: a manner word before the verb (无偿), the object of a light verb (进行{X}),
    else the whole phrase when it says enough (WHOLE_PHRASE)."""
    match = GOVERNED.match(sentence, at)
    if not match:
        return None
    phrase = match.group("x")
    manner = MANNER.match(phrase)
    if manner and len(phrase) > len(manner.group()) + 1:
        return at, at + manner.end()
    compared = COMPARED.match(phrase)
    if compared and 2 <= len(phrase) - compared.end() <= 14:
        return at + compared.end(), at + len(phrase)
    for_whom = FOR_WHOM.match(phrase)
    if for_whom:  # the act's object, past whom it is for
        at, phrase = at + for_whom.end(), phrase[for_whom.end() :]
    light = LIGHT.match(phrase)
    if light:
        rest = TRAILING.sub("", phrase[light.end() :])
        begin = light.end() + (3 if rest.startswith("相应的") else 0)  # 购买相应的{{…保险}}
        rest = rest[begin - light.end() :]
        if 2 <= len(rest) <= 10:
            return at + begin, at + begin + len(rest)
        return None
    whole = WHOLE_PHRASE[0] <= len(phrase) <= WHOLE_PHRASE[1] and not phrase.endswith("时")
    return (at, at + len(phrase)) if whole and not for_whom else None


WHOLE_PHRASE = (MIN_WHOLE_PHRASE, 6)
"""How long a modal word's whole phrase is when it is asked: 应当{{写明罢免理由}}, 可以{{召开选举大会}}; a shorter one is
what the genre says there (provisions.MIN_WHOLE_PHRASE), one ending in 时 a condition (不能{{确定当选人时}})."""


def _askable(answer: str) -> bool:
    plain = normalise(answer)
    return 2 <= len(plain) <= MAX_ANSWER and plain not in GENERIC_WORDS and not NOT_ANSWER.search(plain)
