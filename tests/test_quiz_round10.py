"""What blind readers marked bad in round 10, on sentences made up for these tests."""

from studycards.closedsets import fellows_in
from studycards.quiz.distractors import latest_year


def test_a_modifier_s_fellows_are_offered_only_before_the_word_its_set_modifies():
    """基础性作用 -> 决定性作用 is the old and the new wording; 决定性地质调查 is no thing."""
    assert fellows_in("基础性", "市场在资源配置中起基础性作用") == ["决定性", "主导性", "根本性"]
    assert fellows_in("起基础性作用", "市场在资源配置中起基础性作用")[0] == "起决定性作用"
    assert fellows_in("基础性", "国家开展基础性地质调查") == []


def test_a_dated_formulation_gives_no_near_miss_to_material_older_than_it():
    """协调 beside 创新、共享、开放 in a report of 1986: the 新发展理念 are of 2015."""
    assert fellows_in("协调", "持续、稳定、协调发展", latest=1990) == []
    assert "共享" in fellows_in("协调", "持续、稳定、协调发展", latest=2016)
    assert "共享" in fellows_in("协调", "持续、稳定、协调发展")  # nothing dates the material: a charter, a seminar


def test_the_latest_year_is_read_from_full_width_digits():
    assert latest_year("１９９６年是实施“九五”计划的第一年，到２０１０年远景目标") == 2010
