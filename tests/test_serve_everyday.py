"""`studycards serve` for everyday use: it speaks Chinese, says what its limits did in numbers that add up,
and keeps the quiz's score and buttons in view inside the page, on a phone and on a desktop."""

import re
import time
import zipfile

import pytest

from conftest import DECKS, HAS_CHROMIUM
from studycards.errors import ReadError, StudycardsError
from studycards.serve import limits, messages
from test_bad_input import corrupt_docx
from test_serve import (  # noqa: F401  (fixtures)
    MB,
    needs_chromium,
    post_upload,
    request,
    served,
    server,
    session,
)

SAMPLE = DECKS / "cadre-incentive-seminar.txt"
PLAIN_WORDS = {
    "docx",
    "doc",
    "pdf",
    "txt",
    "md",
    "html",
    "xlsx",
    "word",
    "wps",
    "ocr",
    "utf",
    "mb",
    "office",
    "png",
    "jpeg",
    "gif",
    "rtf",
    "rar",
    "gzip",
    "cookie",
    "studycards",
    "anki",
    "apkg",
}
"""Names of formats and programs: not English sentences."""


def english(text: str) -> list[str]:
    return [word for word in re.findall(r"[A-Za-z]{2,}", text) if word.lower() not in PLAIN_WORDS]


def xlsx_bytes() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def read_failure(tmp_path, name: str, data: bytes) -> StudycardsError:
    from studycards.pipeline import study

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(StudycardsError) as caught:
        study(str(path))
    return caught.value


# --- 1. the page in Chinese ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, says",
    [
        ("空.txt", b"", "文件是空的"),
        ("空白.txt", b" \n\t\n", "文件是空的"),
        ("图.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG 图片"),
        ("乱码.txt", bytes(range(256)) * 8, "不是文字文件"),
        ("表格.xlsx", xlsx_bytes(), "不支持 .xlsx 格式"),
        ("坏.docx", corrupt_docx(), "不是有效的 .docx"),
        ("坏.pdf", b"not a pdf at all", "不是有效的 PDF"),
        ("标点.txt", "。。。，，，\n——\n".encode(), "没有剩下文字"),
    ],
)
def test_a_file_that_cannot_be_read_is_explained_in_chinese(tmp_path, name, data, says):
    error = read_failure(tmp_path, name, data)
    assert error.code, f"no code for {error}"
    line = messages.read_error(name, error)
    assert line.startswith(f"{name}：") and says in line
    assert english(line.removeprefix(name)) == [], line


def test_every_error_code_has_its_chinese_words_and_an_unknown_one_a_general_sentence():
    for code, template in messages.READ_ERRORS.items():
        line = messages.read_error("a.txt", ReadError("x", code, kind="a PDF", suffix=".xlsx", size="3", limit="2"))
        assert "{" not in line and english(line.removeprefix("a.txt")) == [], (code, line)
    assert messages.read_error("a.txt", ReadError("something new")) == f"a.txt：{messages.UNKNOWN}"


def test_every_kind_of_card_has_a_chinese_name():
    from studycards.facts import KINDS
    from studycards.serve.views import KIND_NAMES

    assert set(KINDS) <= set(KIND_NAMES)
    assert all(not english(name) for name in KIND_NAMES.values())
    assert (KIND_NAMES["judgement"], KIND_NAMES["keyterm"], KIND_NAMES["figure"]) == ("重要论断", "关键词", "数据")


def upload_and_wait(server, name, data):
    cookie, token = session(server)
    status, body, response = post_upload(server, name, data, token, cookie)
    assert status == 303, body
    job = response.getheader("Location")
    deadline = time.time() + 60
    while '"queued"' in (state := request(server, path=job + "/progress", headers={"Cookie": cookie})[1]) or (
        '"running"' in state
    ):
        assert time.time() < deadline, f"{job} did not finish"
        time.sleep(0.1)
    return job, cookie, token


@pytest.mark.parametrize("name, data", [("空.txt", b""), ("表格.xlsx", None), ("图.png", b"\x89PNG\r\n\x1a\n")])
def test_the_page_names_a_bad_upload_in_chinese(server, name, data):
    job, cookie, _ = upload_and_wait(server, name, xlsx_bytes() if data is None else data)
    status, page, _ = request(server, path=job, headers={"Cookie": cookie})
    message = re.search(r'<p class="alert-text">(.*?)</p>', page, re.S).group(1)
    assert message.startswith(name) and english(message.removeprefix(name)) == [], message


# --- 2. numbers that add up ---------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["0", "-3", "abc", "1.5", " "])
def test_a_card_limit_that_is_not_a_whole_number_above_0_is_refused_with_a_message(typed):
    limit = limits.card_limit(typed)
    assert limit.value == limits.AUTO
    assert (limit.error != "") == bool(typed.strip())
    if typed.strip():
        assert typed in limit.error and "整数" in limit.error


@pytest.mark.parametrize("typed, value", [("", limits.AUTO), ("5", 5), ("500", 500), ("all", None)])
def test_a_card_limit_that_is_a_number_is_used(typed, value):
    assert limits.card_limit(typed) == limits.Limit(value)


@pytest.mark.parametrize("typed", ["0", "-3", "abc", "501"])
def test_a_question_count_out_of_range_is_refused_with_a_message(typed):
    count = limits.question_count(typed, 20)
    assert count.error and typed in count.error and "1 到 500" in count.error


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


@pytest.fixture(scope="module")
def sample_job(server):
    return upload_and_wait(server, SAMPLE.name, SAMPLE.read_bytes())


def result_page(server, sample_job, budget):
    job, cookie, _ = sample_job
    status, page, _ = request(server, path=f"{job}?budget={budget}", headers={"Cookie": cookie})
    assert status == 200
    ticked = sum(int(n) for n in re.findall(r'name="keep" value="[^"]+" data-cards="(\d+)" checked', page))
    note = re.search(r'<p class="budget-note" id="budget-note">(.*?)</p>', page, re.S).group(1)
    alert = re.search(r'<p class="alert-text">(.*?)</p>', page, re.S)
    return ticked, note, alert.group(1) if alert else ""


@pytest.mark.parametrize("budget", ["1", "5", "12"])
def test_a_budget_smaller_than_the_outline_says_the_outline_is_kept_and_the_sum_adds_up(server, sample_job, budget):
    ticked, note, alert = result_page(server, sample_job, budget)
    assert alert == ""
    assert f"上限 {budget} 张" in note and "提纲要点" in note and "总是保留" in note
    skeleton, chosen, total = re.search(
        r"有 (\d+) 张；加上按重要性选的 (\d+) 张，共勾选 (\d+) 张，多于上限", note
    ).groups()
    assert int(skeleton) + int(chosen) == int(total) == ticked > int(budget)


def test_a_budget_that_fits_says_what_was_ticked_and_what_was_left_out(server, sample_job):
    ticked, note, _ = result_page(server, sample_job, "80")
    assert re.search(rf"上限 80 张：按重要性勾选了 {ticked} 张", note)
    everything, all_note, _ = result_page(server, sample_job, "all")
    left = re.search(r"另有 (\d+) 张次要的卡片没有勾选", note)
    assert left and ticked + int(left.group(1)) == everything
    assert all_note == f"已全部勾选：共 {everything} 张卡片。"


@pytest.mark.parametrize("budget", ["0", "-3", "abc"])
def test_an_invalid_budget_is_said_on_the_page_and_the_default_is_used(server, sample_job, budget):
    ticked, note, alert = result_page(server, sample_job, budget)
    assert f"“{budget}”" in alert and "按默认上限勾选" in alert
    assert ticked == result_page(server, sample_job, "")[0]
    assert english(note) == [] and english(alert.replace(budget, "")) == []


def post_form(server, path, cookie, fields):
    from urllib.parse import urlencode

    body = urlencode(fields, doseq=True).encode()
    headers = {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}
    return request(server, "POST", path, headers, body)


def keep_all(server, sample_job):
    job, cookie, token = sample_job
    page = request(server, path=job, headers={"Cookie": cookie})[1]
    return re.findall(r'name="keep" value="([^"]+)"', page)


@pytest.mark.parametrize("count", ["0", "-3", "abc", "600"])
def test_an_invalid_question_count_is_said_in_the_frame_and_on_a_download(server, sample_job, count):
    job, cookie, token = sample_job
    keep = keep_all(server, sample_job)
    status, page, _ = post_form(server, f"{job}/quiz", cookie, {"token": token, "keep": keep, "count": count})
    assert status == 400 and f"“{count}”" in page and "1 到 500" in page
    status, page, _ = post_form(
        server, f"{job}/download/quiz-html", cookie, {"token": token, "keep": keep, "count": count}
    )
    assert status == 400 and f"“{count}”" in page


def test_a_quiz_shorter_than_asked_says_why(server, sample_job):
    job, cookie, token = sample_job
    # the first few cards that can be asked: the page's first ones (the document's skeleton, a sentence with the
    # source's placeholder A总书记) make no question on purpose
    for size in range(3, 12):
        keep = keep_all(server, sample_job)[:size]
        status, page, _ = post_form(server, f"{job}/quiz", cookie, {"token": token, "keep": keep, "count": "20"})
        made = len(re.findall(r'<div class="item ', page))
        if made:
            break
    assert status == 200 and 0 < made < 20
    assert f"要出 20 道题，勾选的内容只够出 {made} 道" in page
    status, page, _ = post_form(server, f"{job}/quiz", cookie, {"token": token, "keep": keep, "count": str(made)})
    assert 'id="shorter"' not in page


# --- 4. the small things --------------------------------------------------------------------------------------


def test_a_download_has_one_charset_and_an_ascii_name_for_old_browsers(server, sample_job):
    job, cookie, token = sample_job
    keep = keep_all(server, sample_job)
    _, _, response = post_form(server, f"{job}/download/notes", cookie, {"token": token, "keep": keep})
    assert response.getheader("Content-Type") == "text/plain; charset=utf-8"
    _, _, response = post_form(server, f"{job}/download/quiz-html", cookie, {"token": token, "keep": keep})
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"


@pytest.mark.parametrize(
    "name, fallback",
    [
        ("学习 1.apkg", "studycards.apkg"),
        ("讲话.quiz.html", "studycards.quiz.html"),
        ("government-work-report-2024.apkg", "government-work-report-2024.apkg"),
        ("两会 report 2024.apkg", "report-2024.apkg"),
    ],
)
def test_the_ascii_name_of_a_download_is_a_name(name, fallback):
    from urllib.parse import quote

    from studycards.serve.routes import disposition

    assert disposition(name) == f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def test_the_lan_addresses_are_not_loopback():
    from studycards.serve.server import lan_addresses

    assert all(not address.startswith("127.") for address in lan_addresses())


def test_serving_on_every_address_prints_the_lan_address(monkeypatch):
    from studycards.serve import server as module

    said = []

    class Stop(Exception):
        pass

    class Fake:
        host, port = "0.0.0.0", 8765

        def serve_forever(self):
            raise Stop

    from contextlib import contextmanager

    @contextmanager
    def fake_bound(*args):
        yield Fake()

    monkeypatch.setattr(module, "bound", fake_bound)
    monkeypatch.setattr(module, "lan_addresses", lambda: ["192.168.1.20"])
    with pytest.raises(Stop):
        module.run("0.0.0.0", 8765, MB, False, said.append)
    assert any("http://192.168.1.20:8765/" in line for line in said)
    assert any("http://127.0.0.1:8765/" in line for line in said)


def test_a_lone_full_stop_stays_with_its_blank():
    from studycards.quiz.items import QuizItem
    from studycards.quiz.writers.html import _stem

    for kind, gap in (("fill", r'<input class="blank"[^>]*>'), ("single", r'<span class="gap"[^>]*></span>')):
        item = QuizItem(kind, ("坚持以人民为中心的", "。"), (4,), (), ("发展思想",), "", "", "judgement", "")
        assert re.search(rf'<span class="nobreak">{gap}。</span>$', _stem(1, item))
    item = QuizItem("fill", ("坚持", "发展"), (4,), (), ("新",), "", "", "judgement", "")
    assert "nobreak" not in _stem(1, item)


# --- 3. the quiz in the page ---------------------------------------------------------------------------------

if HAS_CHROMIUM:
    PHONE = {"width": 360, "height": 740}
    DESKTOP = {"width": 1280, "height": 900}

    @pytest.fixture(params=[PHONE, DESKTOP], ids=["phone", "desktop"])
    def quiz_page(browser, server, request):
        context = browser.new_context(viewport=request.param)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(server)
        page.set_input_files("input[type=file]", str(SAMPLE))
        page.click("button[type=submit]")
        page.wait_for_selector("#picked", timeout=60_000)
        page.fill("input[name=count]", "30")
        page.click("button:has-text('在页面中做题')")
        frame = page.frame(name="quiz-frame")
        frame.wait_for_selector("#check")
        yield page, frame, request.param
        assert errors == []
        context.close()


def in_view(page, frame, selector, viewport) -> bool:
    """Whether `selector` inside the frame is wholly on the screen."""
    frame_box = page.locator("#quiz-frame").bounding_box()
    inner = frame.locator(selector).bounding_box()  # relative to the main page's viewport already
    assert frame_box and inner
    return 0 <= inner["y"] and inner["y"] + inner["height"] <= viewport["height"] and inner["height"] > 0


@needs_chromium
def test_the_score_and_the_buttons_stay_in_view_inside_the_page(quiz_page):
    page, frame, viewport = quiz_page
    for where in ("0", "document.body.scrollHeight / 2", "document.body.scrollHeight"):
        frame.evaluate(f"window.scrollTo(0, {where})")
        page.wait_for_timeout(100)
        assert in_view(page, frame, "#check", viewport), where
    frame.evaluate("window.scrollTo(0, 0)")
    frame.click("#check")
    page.wait_for_timeout(300)
    assert frame.text_content("#score").startswith("得分：")
    assert in_view(page, frame, "#score", viewport)
    assert in_view(page, frame, "#check", viewport)


@needs_chromium
def test_unanswered_questions_are_not_mistakes(quiz_page):
    page, frame, _ = quiz_page
    total = frame.locator(".item").count()
    # a question of one choice (判断 or 单选: a quiz of 30 on the sample holds 3 to 5; 判断 alone may be none)
    chosen = frame.locator(".item:has(input[type=radio])").first
    chosen.locator("input").first.check()  # one answered (right or wrong), the others left blank
    frame.click("#check")
    right, wrong, skipped = (int(frame.get_attribute("#score", f"data-{n}")) for n in ("right", "wrong", "skipped"))
    assert right + wrong == 1 and skipped == total - 1
    assert f"未答 {total - 1} 题" in frame.text_content("#score")
    assert frame.locator(".item.wrong").count() == wrong
    if wrong:
        frame.click("#cram")
        assert frame.locator(".item:not(.done)").count() == 1
        assert frame.text_content("#score") == "只练错题：共 1 题"
    else:
        assert frame.is_hidden("#cram")
    misses = frame.evaluate(
        "JSON.parse(localStorage.getItem('studycards:' + document.getElementById('quiz-data').dataset.quiz)).misses"
    )
    assert sum(1 for count in misses if count) == wrong  # 最常错 counts only answers given and wrong


def test_the_default_budget_says_the_length_it_is_counted_from():
    from studycards.budget_report import BudgetReport
    from studycards.serve.limits import budget_note

    done = BudgetReport(budget=205, cards=205, skeleton_cards=72, left_out=60, left_out_cards=106)
    note = budget_note("auto", done, 311, 17133)
    assert "默认上限 205 张（材料约 17133 字，每千字 12 张）" in note and "另有 106 张次要的卡片" in note
    assert "章节目录只在“全部勾选”时出题" in note  # why a law's outline lists are not all ticked
    assert english(note) == []


def test_a_card_back_names_the_line_in_words():
    from studycards.cards.back import breadcrumb
    from studycards.facts import Origin

    origin = Origin(
        document="学习材料", document_id="x", article="学习材料", trail=("一、总体要求",), line=23, paragraph=""
    )
    back = breadcrumb(origin)
    assert "原文第23行" in back and not re.search(r"L\d", back)


def test_facts_only_all_asks_are_counted_among_the_unticked():
    from studycards.budget_report import BudgetReport
    from studycards.serve.limits import budget_note

    done = BudgetReport(
        budget=99, cards=55, skeleton_cards=2, left_out=0, left_out_cards=0, held_back=36, held_back_cards=46
    )
    note = budget_note("auto", done, 101, 8300)
    assert "按重要性勾选了 55 张" in note and "另有 46 张次要的卡片没有勾选" in note
    assert "全部勾选：" not in note and "材料一共只有" not in note  # 55 of 101 are ticked, not all
