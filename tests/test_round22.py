"""What the twenty-second session asked of papers: no false 判断 that makes a law's ban a power (承包地可以买卖: readers
marked 12 of 34 such good), and none that narrows a law's condition and so stays true (超过二年的，保险人不得解除合同 ->
超过十年的)."""

from __future__ import annotations

from conftest import write

from studycards.pipeline import study
from studycards.quiz.ladders import narrows_condition
from studycards.quiz.selection import make_items

BANS = """中华人民共和国示范管理法

第一条　为了规范示范管理，制定本法。

第二条　承包地不得买卖。

第三条　地方各级人民政府不得对进入城镇就业的农村劳动力设置不合理限制。

第四条　已被注销药品注册证书的药品，不得生产或者进口、销售和使用。

第五条　保险公司应当在每一会计年度结束后三个月内，将上一年度的营业报告报送国务院保险监督管理机构。

第六条　县级以上人民政府可以设立示范管理基金。

第七条　自合同成立之日起超过二年的，保险人不得解除合同。

第八条　保险公司自取得许可证之日起六个月内无正当理由未办理登记的，其许可证失效。

第九条　对不满十四周岁的未成年人，不予处罚。

第十条　违反本法第二条规定的，处五万元以下的罚款。
"""


def judged_false(facts, seeds=range(1, 61)):
    """(statement as written, phrase changed, phrase made) of every false 判断 the papers of `seeds` make."""
    made = []
    for seed in seeds:
        for item in make_items(facts, 20, seed=seed, types=("judge",)):
            if item.answer[0] != "错误" or not item.original:
                continue
            before, phrase, after = item.original
            made.append((before + phrase + after, phrase, item.parts[0][len(before) : len(item.parts[0]) - len(after)]))
    return made


def test_no_false_statement_makes_a_ban_a_power(tmp_path):
    facts = study(write(tmp_path, "ban.txt", BANS)).facts
    made = judged_false(facts)
    assert made  # the papers make statements false
    for written, phrase, changed in made:
        assert not ("不得" in phrase and "可以" in changed), (written, changed)


def test_a_condition_is_never_narrowed_to_a_statement_still_true():
    insurer = ("自合同成立之日起超过", "二年", "的，保险人不得解除合同")
    assert narrows_condition(insurer[0], insurer[1], "十年", insurer[2])
    assert not narrows_condition(insurer[0], insurer[1], "一年", insurer[2])  # false: a real trap
    licence = ("自取得许可证之日起", "六个月内", "无正当理由未办理登记的，其许可证失效")
    assert narrows_condition(licence[0], licence[1], "九个月内", licence[2])
    assert not narrows_condition(licence[0], licence[1], "三个月内", licence[2])
    minors = ("对不满", "十四周岁", "的未成年人，不予处罚")
    assert narrows_condition(minors[0], minors[1], "十二周岁", minors[2])
    assert not narrows_condition(minors[0], minors[1], "十六周岁", minors[2])
    assert narrows_condition("载运", "2000吨以上", "3000吨以上", "的散装货油的船舶，应当持有证书")
    # a penalty's limit and a deadline are the rule itself: either way is false
    assert not narrows_condition("违反本法规定的，处", "五万元以下", "十万元以下", "的罚款")
    assert not narrows_condition("当事人应当自收到通知之日起", "十五日内", "三十日内", "向人民法院起诉")


def test_papers_never_narrow_a_laws_condition(tmp_path):
    facts = study(write(tmp_path, "ban.txt", BANS)).facts
    made = judged_false(facts, range(1, 121))
    moved = [(written, phrase, changed) for written, phrase, changed in made if phrase in ("二年", "六个月内", "十四周岁")]
    for written, phrase, changed in moved:
        before, after = written.split(phrase, 1)
        assert not narrows_condition(before, phrase, changed, after), (written, changed)
