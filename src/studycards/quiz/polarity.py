"""Whether a phrase names a fault: beside right options that all name faults (官僚主义, 形式主义) or bad states
(质量低劣, 基础薄弱) a wrong one names one too, and beside options that name none (商业, 金融业) none does. A virtue
among faults (集体主义 beside 本位主义, 办事效率高 beside 产品没有销路) or a wrongdoing among trades (骗税 beside 咨询业)
is answered without the document."""

from __future__ import annotations

import re

from studycards.facts import normalise

FAULT = re.compile(
    r"(?:官僚|形式|本位|享乐|拜金|个人|分散|宗派|教条|主观|命令|极端|霸权|强权|恐怖|分裂)主义"
    r"|奢靡|腐败|贪污|受贿|行贿|索贿|贿赂|浪费|铺张|挥霍|欺诈|诈骗|骗[税取购]|逃[税汇]|偷[税漏]|抗税|走私"
    r"|舞弊|徇私|弄虚作假|造假|虚假|伪造|变造|假冒|冒充|违法|违规|违纪|犯罪|滥用|挪用|侵占|侵吞|渎职|失职"
    r"|玩忽职守|不正之风|歪风|不良|不纯|不力|低效|落后|混乱|泛滥|污染|破坏|毁坏|损毁|盗[窃用卖]|赌博|吸毒"
    r"|贩毒|卖淫|嫖娼|黑恶|暴力|拖欠|垄断|倾销|霸凌|歧视|敲诈|勒索|哄抬|囤积|掺杂|掺假|以次充好|欺行霸市"
    r"|扰乱|妨碍|阻挠|擅自|非法|侵犯|侵害|危害|欺凌|虐待|遗弃|侮辱|诽谤"
)
"""What names a fault: a wrongdoing, a bad style of work, a harm done (污染环境), a -ism that is condemned."""
BAD_STATE = re.compile(
    r"低劣|缺乏|缺少|没有销路|短缺|积压|亏损|薄弱|滞后|严峻|恶化|失衡|萎缩|脱节|困难|紧张|下滑|加剧"
    r"|不(?:足|够|高|强|好|佳|善|严|畅|平衡|充分|合理|健全|完善|规范|协调|到位|适应)"
    r"|过(?:多|高|大|低|快|热|重)|偏(?:低|高|紧)"
)
"""What names a bad state of things (质量低劣, 产品没有销路, 基础薄弱, 结构不合理, 投资过热): a difficulty or a
defect, on the side of the faults. A bare word (下降 beside 上升) is a direction an examiner may ask, no side."""


def names_fault(text: str) -> bool:
    """Whether `text` names a fault (形式主义, 偷税, 污染环境, 弄虚作假), not a virtue, a trade or a duty."""
    key = normalise(text)
    if FAULT.search(key):
        return True
    state = BAD_STATE.search(key)
    return state is not None and state.group(0) != key


def opposite(answers: list[str], option: str) -> bool:
    """Whether `option` stands on the other side from `answers` when they all stand on one: a fault among
    anything else, or anything else among faults."""
    sides = {names_fault(answer) for answer in answers}
    return len(sides) == 1 and names_fault(option) not in sides
