"""A blank with two answers: its sentence stands elsewhere in the material with another phrase in its place."""

from conftest import write
from studycards.ambiguity import fills_otherwise, material
from studycards.pipeline import study
from studycards.ranking import select

LAW = material(
    [
        "第十条　国家实行体育运动水平等级制度。",
        "第十一条　国家实行青少年体育活动促进制度。",
        "第十二条　全国人民代表大会每届任期五年。中央军事委员会每届任期同全国人民代表大会每届任期相同。",
        "第十三条　违反本法规定，未经批准擅自出境的，处一万元罚款；情节严重的，处十日拘留。",
        "第十四条　违反本法规定，伪造证件的，处五千元罚款；情节严重的，处五日拘留。",
        "第十五条　卷烟应当在包装上标明“吸烟有害健康”。",
    ]
)


def test_a_sentence_another_article_says_with_another_phrase_has_two_answers():
    assert fills_otherwise("国家实行", "体育运动水平等级", "制度。", LAW)
    assert fills_otherwise("违反本法规定……情节严重的，处", "十日", "拘留。", LAW)  # the offence elided: which?


def test_a_blank_that_ends_its_sentence_is_filled_by_another_clause_too():
    wetlands = material(
        [
            "第二条　国家对湿地实行分级管理及名录制度。",
            "第十四条　国家对湿地实行分级管理，按照生态区位、面积以及维护生态功能、生物多样性的重要程度，将湿地分为重要湿地和一般湿地。",
        ]
    )
    assert fills_otherwise("国家对湿地实行", "分级管理及名录制度", "。", wetlands)  # 分级管理 fits as well
    assert not fills_otherwise("国家对湿地实行分级管理，按照", "生态区位", "、面积以及维护生态功能", wetlands)


def test_a_sentence_said_once_or_told_apart_by_what_it_shows_has_one():
    assert not fills_otherwise("违反本法规定，未经批准擅自出境的，处一万元罚款；情节严重的，处", "十日", "拘留。", LAW)
    assert not fills_otherwise("未经批准……情节严重的，处", "十日", "拘留。", LAW)
    assert not fills_otherwise("卷烟应当在包装上标明“", "吸烟有害健康", "”。", LAW)  # its own sentence, quotes aside
    # inside another clause (…每届任期同全国人民代表大会每届任期相同) is no other place of the sentence
    assert not fills_otherwise("全国人民代表大会每届任期", "五年", "。", LAW)
    assert not fills_otherwise("", "国家", "。", LAW)  # too little shown to look for


def test_no_card_asks_a_sentence_another_article_fills_otherwise(tmp_path):
    source = write(
        tmp_path,
        "law.txt",
        "中华人民共和国体育促进法\n第一条　为了促进体育事业，制定本法。\n第二条　国家实行体育运动水平等级制度。\n"
        "第三条　国家实行青少年体育活动促进制度。\n第四条　学校应当每天安排学生参加不少于一小时的体育锻炼。\n",
    )
    kept = select([study(str(source))]).studied[0].facts
    fronts = [fact.text[: fact.spans[0][0]] + "□" + fact.text[fact.spans[0][1] :] for fact in kept if fact.spans]
    assert not any(front.startswith("国家实行□") for front in fronts), fronts
    assert any("一小时" in fact.answers for fact in kept)
