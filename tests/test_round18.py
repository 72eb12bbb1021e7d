"""What the eighteenth session asked of a law's cards: its time limits and bars in the forms examiners ask (提前十五日通知,
未逾三年的, 连续两年, 不得少于二人, 由至少五名理事组成) are figures, as 试用期为一年 was; a period with no measuring word
before it (过去一年) still is not."""

from __future__ import annotations

from conftest import write

from studycards.facts import normalise
from studycards.pipeline import study

LAW = """中华人民共和国示范管理法

第一条　召开成员大会，召集人应当提前十五日通知全体成员。

第二条　监督检查人员不得少于二人，并应当出示执法证件。

第三条　理事会由至少五名理事组成。

第四条　成员连续两年未参加年度检查的，由登记机关注销其登记。

第五条　被撤销登记的组织的负责人，自撤销之日起未逾五年的，不得担任其他组织的负责人。

第六条　管理机构在过去一年的工作中应当加强监督检查。
"""


def figures_of(path) -> set[str]:
    return {normalise(answer) for fact in study(str(path)).facts if fact.kind == "figure" for answer in fact.answers}


def test_a_laws_notice_bar_and_run_are_figures(tmp_path):
    asked = figures_of(write(tmp_path, "law.txt", LAW))
    assert {"十五日", "二人", "五名", "两年", "五年"} <= asked, asked
    assert "一年" not in asked, asked  # 过去一年 measures nothing
