"""Our cache of jieba's prefix dictionary: the same dictionary as jieba's, faster to load, never in the way."""

from __future__ import annotations

import jieba
import pytest

from studycards import segment
from studycards.segment import Segmenter, dictionary_cache, load_dictionary

TEXT = "坚决捍卫两个确立，推动形成能者上、优者奖、庸者下、劣者汰的用人导向和从政环境"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(segment.CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def jiebas_own():
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def test_the_cached_dictionary_is_jiebas(cache_dir, jiebas_own, monkeypatch):
    first = jieba.Tokenizer()
    load_dictionary(first)  # no cache yet: jieba's way, then written
    assert dictionary_cache().parent == cache_dir and dictionary_cache().exists()

    def refuse(*args, **kwargs):
        raise AssertionError("jieba initialised although the cache is there")

    monkeypatch.setattr(jieba.Tokenizer, "initialize", refuse)
    second = jieba.Tokenizer()
    load_dictionary(second)  # from the cache
    assert second.initialized
    assert second.total == jiebas_own.total
    assert second.FREQ == jiebas_own.FREQ
    assert second.lcut(TEXT) == jiebas_own.lcut(TEXT)


def test_a_damaged_cache_is_rebuilt(cache_dir, jiebas_own):
    load_dictionary(jieba.Tokenizer())
    path = dictionary_cache()
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    tokenizer = jieba.Tokenizer()
    load_dictionary(tokenizer)
    assert tokenizer.FREQ == jiebas_own.FREQ
    assert path.read_bytes() == whole
    assert [p.name for p in cache_dir.iterdir()] == [path.name], "no partial file left"


def test_an_unwritable_cache_folder_costs_only_speed(tmp_path, monkeypatch, jiebas_own):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setenv(segment.CACHE_DIR_VARIABLE, str(blocked / "cache"))
    tokenizer = jieba.Tokenizer()
    load_dictionary(tokenizer)
    assert tokenizer.lcut(TEXT) == jiebas_own.lcut(TEXT)


def test_a_new_jieba_dictionary_gets_a_new_cache(cache_dir, monkeypatch):
    before = dictionary_cache()
    monkeypatch.setattr(jieba, "__version__", "9.9.9")
    assert dictionary_cache() != before


def test_the_lexicon_and_user_words_are_not_written_to_the_cache(cache_dir, tmp_path):
    user = tmp_path / "terms.txt"
    user.write_text("枫桥经验新实践 50000 nz\n", encoding="utf-8")
    assert "枫桥经验新实践" in Segmenter(str(user)).words("坚持和发展枫桥经验新实践")
    assert "枫桥经验新实践" not in Segmenter().words("坚持和发展枫桥经验新实践")
    assert "两个确立" in Segmenter().words("坚决捍卫两个确立")
    assert "枫桥经验新实践".encode("utf-8") not in dictionary_cache().read_bytes()


def test_the_cached_tags_are_jiebas_and_a_damaged_file_is_rebuilt(cache_dir):
    import jieba.posseg

    segment.word_tags.cache_clear()
    try:
        tags = segment.word_tags()  # read from jieba's dictionary file, then cached
        path = dictionary_cache().with_suffix(".tags")
        whole = path.read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
        segment.word_tags.cache_clear()
        rebuilt = segment.word_tags()
        assert path.read_bytes() == whole
        theirs = jieba.posseg.dt.word_tag_tab
        for word in list(theirs)[::997] + ["两个确立", "不是一个词语"]:
            assert tags.get(word, "x") == rebuilt.get(word, "x") == theirs.get(word, "x"), word
    finally:
        segment.word_tags.cache_clear()
