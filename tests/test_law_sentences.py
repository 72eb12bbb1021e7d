"""Which sentences of a law examiners ask (extract/law_sentences.py) and the norms a law's deck asks in them.
Every sentence here is made up for the test."""

from __future__ import annotations

from studycards.extract.law_sentences import (
    is_boilerplate,
    load_weights,
    sentence_features,
    sentence_score,
)
from studycards.extract.norms import norm_spans

TRAIL = ("《示例法》", "第二章 管理")


def asked(sentence: str) -> list[str]:
    return [sentence[start:end] for start, end in norm_spans(sentence)]


def test_boilerplate_articles_are_recognised():
    assert is_boilerplate("本法自二〇三〇年一月一日起施行。")
    assert is_boilerplate("为了规范示例活动，根据宪法，制定本法。")
    assert is_boilerplate("在中华人民共和国境内从事示例活动，适用本法。")
    assert not is_boilerplate("示例机构应当自收到申请之日起十日内作出决定。")


def test_features_are_general_cues_not_words():
    features = sentence_features("示例机构应当自收到申请之日起十日内作出决定。", TRAIL, 0.45)
    assert {"shall", "time_limit", "figure", "chapter:other", "position:2"} <= set(features)
    assert "boilerplate" not in features
    assert "chapter:liability" in sentence_features(
        "违反本法规定的，处一万元罚款。", ("《示例法》", "第六章 法律责任"), 0.9
    )


def test_the_weights_are_features_only():
    weights = load_weights()
    assert "bias" in weights
    assert all(key == "bias" or key.isascii() for key in weights)  # no text of any item or law


def test_a_time_limit_scores_above_an_effective_date():
    limit = sentence_score("示例机构应当在十五日内答复申请人。", TRAIL, 0.4)
    effect = sentence_score("本法自二〇三〇年一月一日起施行。", ("《示例法》", "第七章 附则"), 0.99)
    assert limit > effect


def test_what_a_law_designates_is_asked():
    assert asked("示例学校以示例语为基本的教学用语。") == ["示例语"]
    assert asked("示例文字以《示例拼写方案》作为拼写工具。") == ["《示例拼写方案》"]


def test_a_day_a_law_institutes_is_asked():
    assert asked("每年五月的第二个星期日为全民示例日。") == ["五月的第二个星期日", "示例"]  # its date and its name


def test_what_is_not_done_is_asked():
    assert asked("会员应当缴纳的会费由基金支付，个人不缴纳会费。") == ["不缴纳"]
    assert asked("申请复查的，原决定不停止执行。") == ["不停止执行"]


def test_a_limit_set_by_comparison_is_asked():
    assert "城镇居民最低生活标准" in asked("补助标准由示例机构确定，不得低于城镇居民最低生活标准。")


def test_the_object_past_whom_an_act_is_for():
    assert asked("示例组织应当为参加者购买相应的意外伤害保险。") == ["意外伤害保险"]


def test_a_frequency_is_asked():
    assert asked("示例组织应当每年向社会公开其工作报告。") == ["每年"]


def test_jing_inside_a_word_names_no_organ():
    assert not any("办机构" in span for span in asked("单位应当按照示例经办机构确定的费率缴费。"))


def test_an_organ_that_recognises_is_asked():
    assert asked("示例船舶应当经国家示例管理机构认可的检验机构检验合格。") == ["国家示例管理机构"]


def test_more_of_what_a_law_sets():
    assert asked("示例特别行政区是一个享有高度自治权的地方行政区域，直辖于中央人民政府。") == ["中央人民政府"]
    assert asked("个人跨地区就业的，其示例保险关系随本人转移，缴费年限累计计算。") == ["累计计算"]
    assert asked("被安排在示例岗位工作的，按照国家规定给予岗位补贴。") == ["岗位补贴"]
    assert asked("示例部门组织编制示例发展规划。") == ["示例发展规划"]
    assert asked("示例组织可以依法设立非营利性示例服务机构。") == ["非营利性"]


def test_what_is_not_asked():
    assert asked("用人单位不支付的，从示例基金中先行支付。") == []  # a condition, not a rule
    assert asked("编制示例发展规划，应当充分听取意见。") != ["示例发展规划"]  # the plan is the sentence's subject
    assert asked("对做出突出贡献的单位和个人，按照国家有关规定给予表彰和奖励。") == []


def test_a_benefit_the_sentence_names_before_is_not_asked():
    assert asked("会员已经缴纳示例保险费的，享受示例保险补贴。") == []
    assert asked("会员的未就业配偶按照国家规定享受示例医疗补贴。") == ["示例医疗补贴"]


def test_law_cards_a_learner_keeps(tmp_path):
    from studycards.pipeline import study
    from studycards.ranking import select

    law = tmp_path / "示例保险条例.txt"
    law.write_text(
        "示例保险条例\n第一条　会员应当参加示例保险，由单位和会员共同缴纳示例保险费。\n"
        "第二条　用人单位未依法缴纳示例保险费，发生事故的，由用人单位支付示例保险待遇。\n"
        "第三条　示例预案的内容应当包括：组织指挥体系，预防和预警机制，处置程序等。\n"
        "第四条　会员依法享受示例保险待遇，有权监督本单位为其缴费情况。\n"
        "第五条　示例机构应当自收到申请之日起十日内作出决定。\n"
        "第六条　本条例自二〇三〇年一月一日起施行。\n",
        encoding="utf-8",
    )
    facts = [f for item in select([study(str(law))]).studied for f in item.facts if f.kind != "outline"]
    answers = {answer for fact in facts for answer in fact.answers}
    assert "十日" in answers
    assert "用人单位" not in answers  # the card would show it
    assert "组织指挥体系" not in answers  # one item of a list, the others in view
    assert "示例保险待遇" not in answers  # the law's subject and a generic head
    assert not any(fact.text.endswith("，") and len(fact.text) < 14 for fact in facts)  # 会员应当参加{{…}}，
    assert not any("施行" in fact.text for fact in facts)  # boilerplate
