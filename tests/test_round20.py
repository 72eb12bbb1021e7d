"""What the twentieth session asked of a paper: a 判断 is not made false by a phrase the material says in the same
place (预备役人员按照规定享受任务津贴, where the law pays both 服役津贴 and 任务津贴): blind readers marked such statements
bad 26% of the time (81 verdicts), the other false ones 5%."""

from __future__ import annotations

from conftest import write

from studycards.facts import normalise
from studycards.pipeline import study
from studycards.quiz.selection import make_items
from studycards.quiz.statements import said_beside
from studycards.extract.enumerations import _enumerations
from studycards.extract.norms import norm_spans
from studycards.segment import segmenter

ALLOWANCES = """中华人民共和国示范预备役人员法

第一条　为了保障预备役人员的地位和权益，制定本法。

第二条　预备役人员按照规定享受服役津贴。

第三条　预备役人员参战、参加非战争军事行动和担负战备勤务期间，按照规定享受任务津贴。

第四条　预备役人员参加军事训练期间，按照规定享受训练补助。

第五条　预备役人员因参战、参加军事训练致残的，按照规定享受残疾抚恤金。

第六条　预备役人员服预备役的时间自批准服预备役之日起算。

第七条　预备役人员应当参加政治教育和军事训练，执行战备勤务和非战争军事行动任务。
"""


def test_a_phrase_said_in_the_same_place_is_told():
    corpus = normalise(ALLOWANCES)
    assert said_beside("预备役人员按照规定享受", "任务津贴", "。", corpus)
    assert said_beside("预备役人员参战期间，", "服役津贴", "。", corpus) is False  # 享受服役津贴, not 期间服役津贴
    assert said_beside("按照规定享受", "二十日", "。", corpus) is False  # a figure moves along its ladder
    assert said_beside("预备役人员按照规定享受", "训练津贴", "。", corpus) is False  # the material never says it


def test_no_false_statement_is_true_of_another_article(tmp_path):
    """服役津贴 made 任务津贴 (or 训练补助 made 残疾抚恤金): the law says the swapped-in phrase after the same words, so
    the statement keyed 错误 is true of another article, or reads lifted from it."""
    source = write(tmp_path, "law.txt", ALLOWANCES)
    facts = study(source).facts
    corpus = normalise(ALLOWANCES)
    falses, made = [], 0
    for seed in range(1, 41):
        for item in make_items(facts, 12, seed=seed, types=("judge",)):
            made += 1
            if item.answer[0] != "错误" or not item.original:
                continue
            before, phrase, after = item.original
            statement = item.parts[0]
            assert statement.startswith(before) and statement.endswith(after), (statement, item.original)
            swapped = normalise(statement[len(before) : len(statement) - len(after)])
            falses.append(swapped)
            lead, tail = normalise(before)[-5:], normalise(after)[:5]
            assert lead + swapped not in corpus and swapped + tail not in corpus, (statement, phrase)
    assert made >= 40 and falses, (made, falses)  # the law still makes 判断, some of them false


SHARES = """关于农业发展纲要执行情况的报告

一、粮食生产

一九五九年，达到和超过纲要这个规定的，已经有五百零四个县，占全国县数的百分之二十八；已经有二亿八千六百七十七万亩粮食耕地，占全国现有十二亿亩粮食耕地的百分之二十四。

二、水利建设

两年来，各地兴修水利，有二百零四个县基本消灭了水旱灾害，占全国一千零二十七个县的百分之二十。
"""


def test_a_share_of_a_whole_the_card_names_is_not_asked(tmp_path):
    """二亿八千六百七十七万亩…占全国现有十二亿亩…的[百分之二十四]: a division, not a recall (blind readers dropped each such
    card); a share of a whole the sentence does not give (占全国县数的百分之二十八) is still asked."""
    facts = study(write(tmp_path, "report.txt", SHARES)).facts
    hidden = {normalise(answer) for fact in facts for answer in fact.answers}
    assert "百分之二十四" not in hidden and "百分之二十" not in hidden, hidden
    assert "百分之二十八" in hidden, hidden


def test_what_stands_before_yilv_pingdeng_is_asked_only_when_it_is_a_subject(tmp_path):
    """国家不分大小、强弱、贫富，[都应当]一律平等: both blind readers dropped the card and marked its fill-in bad (only
    function words hidden); the subject in the clause itself is still asked (各民族, 中华人民共和国公民在法律面前)."""
    report = "1984年政府工作报告\n\n一、外交工作\n\n国家不分大小、强弱、贫富，都应当一律平等，互相尊重，和睦相处，友好合作。\n\n各民族都应当一律平等，互相尊重。\n"
    answers = {normalise(a) for fact in study(write(tmp_path, "r.txt", report)).facts for a in fact.answers}
    assert not any(answer.endswith(("应当", "都")) for answer in answers), answers
    assert "各民族" in answers, answers
    for clause, subject in (("公民的合理需要受法律保护。", "公民的合理需要"), ("成都受法律保护。", "成都")):
        assert [clause[start:end] for start, end in norm_spans(clause)] == [subject]  # no bare 要 or 都 dropped


def test_a_list_closed_by_its_catch_all_ends_before_it():
    """走私贩私、制售伪劣产品、金融诈骗|及其他违法犯罪行为: jieba's 及其 (and its) had ended the last member inside 其他 (金融诈骗及其),
    and 或者其他, 以及其他 kept their conjunction (网信或者, 社会团体以及); a blind reader dropped 种苗及其 as a broken word."""
    sentences = {
        "依法惩处走私贩私、制售伪劣产品、金融诈骗及其他违法犯罪行为。": ["走私贩私", "制售伪劣产品", "金融诈骗"],
        "县级以上地方卫生健康、新闻出版、广播电视、电影、网信、文物等部门和其他有关部门应当开展爱国主义教育工作。": [
            "卫生健康",
            "新闻出版",
            "广播电视",
            "电影",
            "网信",
            "文物",
        ],
        "因科学研究、驯养繁殖、展览或者其他特殊情况，需要捕捞国家重点保护的水生野生动物的，依照有关法律的规定执行。": [
            "科学研究",
            "驯养繁殖",
            "展览",
        ],
        "国家鼓励高等学校、企业事业组织、社会团体以及其他社会组织和个人设立各种形式的奖学金。": [
            "高等学校",
            "企业事业组织",
            "社会团体",
        ],
    }
    for sentence, members in sentences.items():
        lists = [[sentence[start:end] for start, end in spans] for spans in _enumerations(sentence, segmenter())]
        assert lists == [members], (sentence, lists)
