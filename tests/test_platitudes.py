"""Rules true on their face (a ban on a wrong, a call to a virtue or to help): no card hides their act, and the
quiz makes no true 判断 of them (tests/test_quiz_round11.py); on made-up law text, imported into a real Anki collection."""

from __future__ import annotations

from click.testing import CliRunner

from ankicol import import_apkg, open_collection, rendered_cards, visible_text
from conftest import write
from studycards.cli import cli
from studycards.platitudes import platitude_blank, self_evident

LAW = """中华人民共和国示例河湖管理法

第一章　总　　则

第一条　为了加强河湖的保护和管理，制定本法。
第二条　河湖管理单位的合法权益受法律保护，任何组织和个人不得侵犯。
第三条　对查封扣押的采砂船舶，河湖管理机构应当妥善保管。
第四条　河湖发生险情，邻近单位应当给予支援。
第五条　河道采砂许可证的有效期不得超过三年。
第六条　河长应当每月巡河一次，并在三日内向县级人民政府报告。
第七条　禁止在河道管理范围内倾倒垃圾、渣土。
"""


def test_the_rule_is_read_from_its_modal_word_and_the_act_it_opens():
    assert self_evident("不得", "侵犯") and self_evident("应当", "妥善保管") and self_evident("应当", "给予支援。")
    assert not self_evident("不得", "超过三年") and not self_evident("应当", "每月巡河一次")
    text = "河湖管理单位的合法权益受法律保护，任何组织和个人不得侵犯。"
    assert platitude_blank(text, (text.index("侵犯"), text.index("侵犯") + 2))
    text = "河道采砂许可证的有效期不得超过三年。"
    assert not platitude_blank(text, (text.index("超过三年"), text.index("超过三年") + 4))
    text = "河长应当妥善保管巡河记录。"  # the blank stops before the clause does: what is kept is asked
    assert not platitude_blank(text, (text.index("妥善保管"), text.index("妥善保管") + 4))
    text = "河湖管理应当坚持统一规划、综合治理。"
    assert not platitude_blank(text, (text.index("统一规划、综合治理"), text.index("。")))
    text = "河湖发生险情，邻近单位应当给予支援。"
    assert platitude_blank(text, (text.index("支援"), text.index("支援") + 2))


def test_no_card_of_a_law_hides_the_act_of_a_rule_true_on_its_face(tmp_path):
    source = write(tmp_path, "law.txt", LAW)
    deck = tmp_path / "law.apkg"
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(deck), "--all"]).exit_code == 0
    (tmp_path / "anki").mkdir()
    col = open_collection(tmp_path / "anki")
    import_apkg(col, deck)
    backs = [visible_text(answer) for _, _, answer in rendered_cards(col)]
    fronts = [visible_text(question) for _, question, _ in rendered_cards(col)]
    assert fronts and any("三年" in back or "三日" in back for back in backs)  # the law's real rules are asked
    for front in fronts:
        assert not front.rstrip("。").endswith(("不得[...]", "应当[...]")), front


def test_the_consequence_every_law_names_is_no_blank_but_which_liability_is():
    """应当{{负赔偿责任}} is the genre's; 应当承担{{侵权责任}} (民事, 连带) is what examiners hide."""
    whole = "出租人应当负赔偿责任。"
    assert platitude_blank(whole, (whole.index("负"), len(whole) - 1))
    kind = "侵权人应当承担侵权责任。"
    assert not platitude_blank(kind, (kind.index("侵权责任"), len(kind) - 1))
    assert self_evident("应当", "增强大气环境保护意识") and not self_evident("应当", "承担连带责任")
    assert self_evident("应当", "充分利用信息化手段，加强湿地监测") and self_evident("应当", "尽量减少占用")
    harmed = "合法权益受到损害的，县级以上人民政府应当给予补偿。"
    assert platitude_blank(harmed, (harmed.index("给予"), len(harmed) - 1))


def test_a_rule_after_a_consent_asks_who_may_act():
    """经承租人同意，可以{{转租}}: who may sublet is in the sentence before."""
    from studycards.extract.antecedents import NO_SUBJECT, lacks

    assert lacks("经承租人同意，可以转租。", "经承租人同意，可以") == NO_SUBJECT
    assert lacks("经国务院批准，省级人民政府可以设立。", "经国务院批准，省级人民政府可以") == ""
