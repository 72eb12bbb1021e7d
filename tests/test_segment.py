"""The owned jieba tokenizer: bundled lexicon, user dictionary, and jieba's globals left alone."""

import subprocess
import sys

from click.testing import CliRunner

from conftest import DECKS
from studycards.cli import cli
from studycards.segment import Segmenter


def test_bundled_formulations_segment_whole():
    words = Segmenter().words("坚决捍卫两个确立，严格落实三会一课制度")
    assert "两个确立" in words and "三会一课" in words


def test_user_dictionary_keeps_a_term_whole(tmp_path):
    term = "枫桥经验新实践"
    user = tmp_path / "terms.txt"
    user.write_text(f"{term} 50000 nz\n", encoding="utf-8")
    assert term not in Segmenter().words(f"坚持和发展{term}")
    assert term in Segmenter(str(user)).words(f"坚持和发展{term}")


def test_missing_user_dictionary_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(
        cli,
        [
            "build",
            str(DECKS / "cadre-incentive-seminar.txt"),
            "-o",
            str(tmp_path / "d.apkg"),
            "--dict",
            str(tmp_path / "nope.txt"),
        ],
    )
    assert result.exit_code == 1
    assert "nope.txt: no such dictionary file" in result.output
    assert not (tmp_path / "d.apkg").exists()


def test_jieba_global_tokenizer_is_untouched():
    code = (
        "import jieba\n"
        "from studycards.pipeline import study\n"
        f"study({str(DECKS / 'cadre-incentive-seminar.txt')!r})\n"
        "print(jieba.dt.initialized, '三个区分开来' in (jieba.dt.FREQ or {}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]


def test_a_quiz_loads_the_dictionary_once(tmp_path):
    """Studying asks for segmenter(None), the quiz's part-of-speech tagging for segmenter(): one dictionary
    (100 MB and a third of a second) for both."""
    code = (
        "import studycards.segment as s\n"
        "loads = []\n"
        "init = s.Segmenter.__init__\n"
        "s.Segmenter.__init__ = lambda self, *a: (loads.append(a), init(self, *a))[1]\n"
        "from studycards.cli import cli\n"
        f"cli(['quiz', {str(DECKS / 'cadre-incentive-seminar.txt')!r}, '-o', {str(tmp_path / 'q.html')!r}, '-n', '5'],"
        " standalone_mode=False)\n"
        "print(len(loads))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "1"


def test_the_tagger_guesses_only_where_its_model_knows_the_characters():
    """Traditional script (鋼鐵聯合企業) has no states in the tagger's HMM, which then tries every state: such text
    is cut by the dictionary alone, and still tagged."""
    from studycards.segment import _guessable, segmenter

    assert _guessable("钢铁联合企业") and not _guessable("鋼鐵聯合企業")
    words = segmenter().tagged("鋼鐵聯合企業")
    assert "".join(word for word, _ in words) == "鋼鐵聯合企業" and all(tag for _, tag in words)
