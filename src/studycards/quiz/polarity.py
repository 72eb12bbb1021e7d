"""Whether a phrase names a fault: beside right options that all name faults (官僚主义, 形式主义) or bad states
(质量低劣, 基础薄弱) a wrong one names one too, and beside options that name none (商业, 金融业) none does. A virtue
among faults (集体主义 beside 本位主义, 办事效率高 beside 产品没有销路) or a wrongdoing among trades (骗税 beside 咨询业)
is answered without the document."""

from __future__ import annotations

import re

from studycards.facts import normalise
from studycards.platitudes import FAULT

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
