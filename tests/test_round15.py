"""What blind readers marked weak or bad in the fourteenth and fifteenth sessions' readings, on text made up for
these tests and on the sample law: fill-ins with several blanks, true statements nothing in them could make false,
a ban flipped after the duty it restates, an outsider that is a member's twin, a stock list's member as a blank, one
sentence's answers asked by two notes. Cards are imported into a real Anki collection."""

from __future__ import annotations

import re

from ankicol import package_fronts
from conftest import DECKS, write
import random

from studycards.cards import make_notes
from studycards.closedsets import beside_fellows, stock
from studycards.facts import Fact, Origin
from studycards.pipeline import study
from studycards.quiz.frames import frame_of
from studycards.quiz.frames import ELLIPSIS
from studycards.quiz.questions import CHANGEABLE, Questions, _twins, stated
from studycards.quiz.selection import make_items
from studycards.ranking import select

LAW = DECKS / "civil-servant-law-2018.txt"
REPORT = DECKS / "government-work-report-2024.txt"


def test_a_fill_in_has_one_blank():
    """7,040 of the exam's 7,275 fill-ins have one blank; ours with three or more were read good 23% of the time."""
    for path in (LAW, REPORT):
        facts = study(str(path)).facts
        items = [item for seed in (1, 2, 3) for item in make_items(facts, 30, types=["fill"], seed=seed)]
        assert len(items) >= 40
        assert all(len(item.blanks) == 1 for item in items), [item.question() for item in items if len(item.blanks) > 1]
        # a list is still asked, an item at a time, its fellows in view
        assert any("、" in item.parts[0][-3:] or "、" in item.parts[1][:3] for item in items)


def test_a_laws_true_statement_is_whole_and_holds_what_an_examiner_changes():
    """应当依法管理国防资产，充分发挥国防资产的效能 (正确) is common sense; one cut with …… cannot be judged."""
    facts = study(str(LAW)).facts
    items = [item for seed in range(1, 7) for item in make_items(facts, 40, types=["judge"], seed=seed)]
    truths = [item.parts[0].removeprefix(item.cited) for item in items if item.answer == ("正确",)]
    assert len(truths) >= 10
    for statement in truths:
        assert ELLIPSIS not in statement, statement
        assert stated(statement) or CHANGEABLE.search(statement), statement


def paired(text: str, answer: str) -> str | None:
    """The false statement a paired term makes of a law's sentence (its answer `answer`), or None."""
    start = text.index(answer)
    origin = Origin("中华人民共和国物品管理法", "物品管理法", "第十条", ("《物品管理法》", "第十条"), 10, text)
    fact = Fact("norm", text, (answer,), origin, spans=((start, start + len(answer)),))
    frame = frame_of(fact)
    made = Questions([frame], [fact], random.Random(1))._paired(frame, frame.view([0]))
    return made and made[0]


def test_a_ban_is_never_flipped_into_a_power():
    """应当单独存放，不得与…一起存放 -> 可以与…一起存放 contradicts itself (three bad of six readings), and a ban that
    stands alone made a power reads absurd or false on its face (blind readers of sessions 17-21: 12 good of 34)."""
    assert (
        paired("放射性同位素应当单独存放，不得与易燃、易爆、腐蚀性物品等一起存放，并指定专人负责保管。", "专人") is None
    )
    assert paired("含有放射性物质的产品，应当符合国家标准；不符合国家标准的，不得出厂和销售。", "国家标准") is None
    alone = paired("危险物品经营企业不得向未经许可从事危险物品生产、经营活动的企业采购危险物品。", "危险物品经营企业")
    assert alone is None, alone


def test_twins_differ_by_a_word_at_one_place():
    assert _twins("人民生活水平全面提高", "人民生活水平显著提高")
    assert not _twins("优化国土空间开发格局", "加强和创新社会管理")
    assert not _twins("经济平稳较快发展", "经济持续健康发展")


def test_no_outsider_among_a_named_lists_members_is_a_members_twin():
    """下列不属于「…」的是 with 人民生活水平全面提高 beside …显著提高: the twin shows which pair holds the key."""
    facts = study(str(REPORT)).facts
    for seed in range(1, 9):
        for item in make_items(facts, 30, types=["single"], seed=seed):
            if "不属于" in item.question():
                outsider = item.answer[0]
                assert not any(_twins(outsider, option) for option in item.options if option != outsider)


def test_the_media_a_law_lists_are_no_blank():
    """广播、电视、报刊 stands in 9 of the tuning half's 106 laws; two blind readers dropped both cards that hid it."""
    assert beside_fellows("报刊", "利用广播、电视、□、互联网等媒体")
    assert stock(["广播", "电视", "报刊"])
    assert not beside_fellows("报刊", "利用□等媒体")


ARTICLE = "赔偿义务机关应当自收到支付赔偿金申请之日起七日内，依照预算管理权限向有关的财政部门提出支付申请，财政部门应当自收到支付申请之日起十五日内支付赔偿金。"

PAYMENTS = f"""中华人民共和国损害赔偿法

第一章 总则

第一条 为了保障公民、法人和其他组织依法取得损害赔偿的权利，制定本法。

第二章 赔偿

第十条 赔偿请求人应当向赔偿义务机关提出书面申请。

第十一条 {ARTICLE}

第十二条 赔偿费用列入各级财政预算。
"""


def test_one_sentences_answers_are_asked_by_one_note(tmp_path):
    """七日 and 十五日 of one sentence asked by a note of it whole and again by one cut with ……: each card of one
    prints the other's answer (two blind readers dropped both as duplicates)."""
    studied = study(str(write(tmp_path, "损害赔偿法.txt", PAYMENTS)))
    fronts = package_fronts(make_notes(select([studied], None).studied), tmp_path)
    on_it = [front for front in fronts if "支付赔偿金申请之日起" in front]
    assert on_it
    hidden = [re.findall(r"之日起(\[\.\.\.\]|七日|十五日)内", front) for front in on_it]
    asking_seven = [front for front, blanks in zip(on_it, hidden) if blanks and blanks[0] == "[...]"]
    asking_fifteen = [front for front, blanks in zip(on_it, hidden) if len(blanks) > 1 and blanks[1] == "[...]"]
    assert len(asking_seven) <= 1 and len(asking_fifteen) <= 1, on_it
