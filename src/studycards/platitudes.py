"""Rules true on their face: a call to a virtue or a duty every law asks (应当加强…保护工作, 应当给予支援), a ban on a
wrong (不得弄虚作假, 不得侵犯), or the consequence every law names (应当负赔偿责任). A card that hides such a rule's
act, or a true 判断 of it, can be answered without the law (blind readings: "trivial", "self-evident"); 可以 in place
of its 应当 still reads as true."""

from __future__ import annotations

import re

FAULT = re.compile(
    r"(?:官僚|形式|本位|享乐|拜金|个人|分散|宗派|教条|主观|命令|极端|霸权|强权|恐怖|分裂|帝国|殖民|扩张|修正|种族|单边"
    r"|保护|沙文|大国|平均|冒险|投降|机会|分离)主义"
    r"|奢靡|腐败|贪污|受贿|行贿|索贿|贿赂|浪费|铺张|挥霍|欺诈|诈骗|骗[税取购]|逃[税汇]|偷[税漏]|抗税|走私"
    r"|舞弊|徇私|弄虚作假|造假|虚假|伪造|变造|假冒|冒充|违法|违规|违纪|犯罪|滥用|挪用|侵占|侵吞|渎职|失职"
    r"|玩忽职守|不正之风|歪风|不良|不纯|不力|低效|落后|混乱|泛滥|污染|破坏|毁坏|损毁|盗[窃用卖]|赌博|吸毒"
    r"|贩毒|卖淫|嫖娼|黑恶|暴力|拖欠|垄断|倾销|霸凌|歧视|敲诈|勒索|哄抬|囤积|掺杂|掺假|以次充好|欺行霸市"
    r"|扰乱|妨碍|阻挠|擅自|非法|侵犯|侵害|危害|欺凌|虐待|遗弃|侮辱|诽谤"
)
"""What names a fault: a wrongdoing, a bad style of work, a harm done (污染环境), a -ism that is condemned."""

WRONGFUL = re.compile(
    r"擅自|私自|任意|随意|强行|强迫|拖延|推诿|刁难|滥用|非法|违法|不正当|打击报复|挪作他用|侵犯|侵害|损害|危害|干涉|阻碍|隐瞒|谎报|瞒报|"
    r"截留|挪用"
)
"""An act wrong on its face: a prohibition of it made a power (可以擅自更改, 可以强行摊派, 可以拖延、推诿) reads absurd, not
false."""

VIRTUE = re.compile(r"坚持|贯彻|如实|认真|严格|切实|积极|妥善|忠于|秉公|尊重|维护|加强|支持|鼓励|重视|充分|尽量|尽可能")
"""What a modal word opens when it asks a good conduct or a policy: 可以如实入账, 可以坚持…方向, 国家可以支持… still
read as true (two blind readings called such a 判断 bad), so no 可以 takes 应当's place there. 充分, 尽量 and 尽可能
(应当充分利用信息化手段, 应当尽量减少占用) exhort as well: one of the exam's fill items has one, its blank elsewhere."""
EXHORTS = re.compile(
    r"^(?:依法|积极|主动|给予|予以|组织|开展|做好)*(?:宣传|教育|关心|爱护|保护|支援|协助|配合|帮助)"
    r"|宣传教育$|(?:提高|增强|树立)[^，,；;。]{0,8}意识"
)
"""A duty to teach, care, protect or help (应当组织开展经常性的消防宣传教育, 应当给予支援): what every law asks."""
CONSEQUENCE = re.compile(
    r"^(?:依法)?(?:(?:负|承担)(?:相应的?)?(?:赔偿|侵权|法律|民事)?(?:赔偿)?责任|(?:给予|予以)(?:相应的?|合理的?)?(?:补偿|赔偿))$"
)
"""The consequence every law names (应当负赔偿责任, 应当依法承担侵权责任, …受到损害的，应当给予补偿): no exam item hides
one (0 of 7,324). 连带责任 (not 按份) is a rule to know, not named here."""
BANNED = ("不得", "禁止", "严禁", "不应当")
MANNER = re.compile(r"擅自|私自|随意|任意|非法|违法")
"""How a banned act is done wrongly (擅自处置): the act after it is what a card asks."""
REACH = 10
"""How far after a modal word a virtue, a policy or a wrong is looked for, past an adverbial (按照各自职责|加强)."""
CLAUSE_END = re.compile(r"[，,；;。]")


def self_evident(modal: str, after: str) -> bool:
    """Whether the rule `modal` opens, on the words `after` it, is true on its face: a ban on a wrong, an
    exhortation to a virtue, or a duty to teach, care or help."""
    reach = after[:REACH]
    if modal in BANNED:
        return bool(FAULT.search(reach) or WRONGFUL.search(reach))
    clause = CLAUSE_END.split(after)[0]
    return bool(VIRTUE.search(reach) or EXHORTS.search(clause) or CONSEQUENCE.match(clause))


RULE = re.compile(r"应当|必须|不得|禁止|严禁")
CLAUSE_MARKS = "，,；;。：:"
PRINCIPLED = ("坚持", "贯彻", "遵循", "实行", "执行")
"""Verbs whose object names a principle or a policy: a blank after one asks its name."""


def platitude_blank(text: str, span: tuple[int, int]) -> bool:
    """Whether the blank `span` of `text` hides the act of a rule true on its face, to the clause's end (任何组织和个人
    不得{{侵犯}}, 应当妥善{{保管}}, 应当给予{{支援}}): the rule's modal word stands before it in its clause."""
    start, end = span
    if text[end : end + 1].strip("。；;，,"):
        return False  # 应当妥善保管{{巡河记录}}: what is kept is asked
    if text[:start].endswith(PRINCIPLED):
        return False  # 应当坚持{{处罚与教育相结合}}: the principle held is named, and asked
    opening = max(text.rfind(mark, 0, start) for mark in CLAUSE_MARKS) + 1
    rules = list(RULE.finditer(text, opening, start))
    if not rules:
        return False
    after = text[rules[-1].end() :]
    if CONSEQUENCE.match(CLAUSE_END.split(after)[0]) and start > rules[-1].end():
        return False  # 应当承担{{侵权责任}}: which liability is a rule examiners ask (民事, 连带)
    if rules[-1].group(0) in BANNED and MANNER.match(after):
        return False  # 不得{{擅自处置}}: what may not be done without leave is the rule
    return self_evident(rules[-1].group(0), after)
