"""`studycards serve`: the real server on a free localhost port, driven by Playwright in Debian's chromium.

The decks it hands out are imported into a real Anki collection and compared with what `studycards build`
makes of the same file. Browser tests are skipped where /usr/bin/chromium is missing, except under CI.
"""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from ankicol import import_apkg, open_collection
from conftest import CHROMIUM, DECKS, HAS_CHROMIUM
from studycards.cli import cli
from test_bad_input import corrupt_docx

SAMPLE = DECKS / "cadre-incentive-seminar.txt"
MB = 2**20
needs_chromium = pytest.mark.skipif(not HAS_CHROMIUM, reason=f"{CHROMIUM} is missing (.ci/run installs it)")


@pytest.fixture(scope="module")
def served():
    """The app on a free port of 127.0.0.1, served by werkzeug in a thread."""
    from studycards.serve.server import bound

    with bound("127.0.0.1", 0, 2 * MB) as served:
        thread = threading.Thread(target=served.serve_forever, daemon=True)
        thread.start()
        yield served
        served.shutdown()
        thread.join(5)


@pytest.fixture(scope="module")
def server(served):
    """Its base URL."""
    from studycards.serve.server import url_of

    return url_of(served)


@pytest.fixture
def page(browser, server):
    """A fresh browser session on the front page; nothing may be fetched from anywhere but the server,
    and no script error may happen."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server)
    yield page
    assert [url for url in requests if not url.startswith(server)] == []
    assert errors == []
    context.close()


def upload(page, *paths, text=None):
    if paths:
        page.set_input_files("input[type=file]", [str(path) for path in paths])
    if text is not None:
        page.fill("textarea[name=text]", text)
    page.click("button[type=submit]")
    page.wait_for_selector("#picked, .alert", timeout=60_000)


def ticks(page):
    return page.locator("input[name=keep]")


def download(page, button, folder: Path) -> Path:
    with page.expect_download() as info:
        page.click(button)
    path = folder / info.value.suggested_filename
    info.value.save_as(path)
    return path


def guids_and_fields(apkg: Path, folder: Path) -> dict[str, list[str]]:
    """Import `apkg` into a new real Anki collection: each note's GUID and fields."""
    folder.mkdir()
    col = open_collection(folder)
    try:
        import_apkg(col, apkg)
        return {col.get_note(nid).guid: list(col.get_note(nid).fields) for nid in col.find_notes("")}
    finally:
        col.close()


# --- the deck ----------------------------------------------------------------------------------------


@needs_chromium
def test_the_deck_holds_the_ticked_notes_with_the_guids_of_studycards_build(page, tmp_path):
    built = tmp_path / "built.apkg"
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(built)])
    assert result.exit_code == 0, result.output
    expected = guids_and_fields(built, tmp_path / "built")

    upload(page, SAMPLE)
    checked = page.locator("input[name=keep]:checked")
    assert {checked.nth(i).get_attribute("value") for i in range(checked.count())} == set(expected)  # as build
    dropped = [checked.nth(1).get_attribute("value"), checked.nth(checked.count() - 2).get_attribute("value")]
    before = int(page.text_content("#ticked-cards"))
    for guid in dropped:
        page.uncheck(f"input[name=keep][value='{guid}']")
    assert int(page.text_content("#ticked-cards")) < before  # the counter follows the ticks

    served = download(page, "button:has-text('下载 Anki 卡组')", tmp_path)
    assert served.name == "某组织部门激励干部新时代新担当新作为研讨发言材料.apkg"  # the document's title
    in_anki = guids_and_fields(served, tmp_path / "served")
    assert len(set(dropped)) == 2 and set(dropped) <= set(expected)
    assert set(in_anki) == set(expected) - set(dropped)
    assert all(in_anki[guid] == expected[guid] for guid in in_anki)  # the same notes, not only the same ids


@needs_chromium
def test_notes_txt_and_the_quiz_download_hold_the_ticked_notes(page, tmp_path):
    upload(page, SAMPLE)
    first = ticks(page).first.get_attribute("value")
    page.uncheck(f"input[name=keep][value='{first}']")
    notes = download(page, "button:has-text('Anki 文本导入')", tmp_path).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in notes.splitlines() if not line.startswith("#")]
    assert len(rows) == page.locator("input[name=keep]:checked").count()
    assert first not in {row[3] for row in rows}

    buttons = page.locator("button[formaction*='/download/quiz-']")
    assert buttons.count() == 3
    for index in range(buttons.count()):  # .html, .docx, .xlsx
        fmt = buttons.nth(index).get_attribute("formaction").rsplit("quiz-", 1)[1]
        quiz = download(page, f"button[formaction$='/download/quiz-{fmt}']", tmp_path)
        assert quiz.name == f"某组织部门激励干部新时代新担当新作为研讨发言材料-练习题.{fmt}"
        data = quiz.read_bytes()
        if fmt == "html":
            assert data.startswith(b"<!DOCTYPE html>") and b'id="quiz-data"' in data
        else:
            assert data.startswith(b"PK")  # an Office file is a zip


@needs_chromium
def test_the_quiz_is_taken_in_the_page(page):
    upload(page, SAMPLE)
    page.fill("input[name=count]", "8")
    page.click("button:has-text('在页面中做题')")
    frame = page.frame(name="quiz-frame")
    frame.wait_for_selector("#check")
    assert frame.locator(".item").count() == 8
    frame.click("#check")
    assert frame.text_content("#score") == "得分：0 / 8（0%），未答 8 题"  # unanswered: not mistakes
    assert page.is_visible("#picked")  # the page itself stays


@needs_chromium
def test_the_budget_ticks_fewer_cards_the_smaller_it_is(page):
    upload(page, SAMPLE)
    total = ticks(page).count()

    def ticked_with(budget):
        page.fill("input[name=budget]", str(budget))
        page.click("button:has-text('按上限重新勾选')")
        page.wait_for_selector("#picked")
        ticked = page.locator("input[name=keep]:checked")
        cards = sum(int(ticked.nth(i).get_attribute("data-cards")) for i in range(ticked.count()))
        assert int(page.text_content("#ticked-cards")) == cards
        return ticked.count()

    small, large = ticked_with(10), ticked_with(80)
    assert 0 < small < large < total
    page.click("text=全部勾选")
    page.wait_for_selector("#picked")
    assert page.locator("input[name=keep]:checked").count() == total


@needs_chromium
def test_the_outline_and_the_cards_are_shown_by_section_and_kind(page):
    upload(page, SAMPLE)
    outline = page.text_content(".outline")
    assert "一要树立鲜明导向" in outline.replace("\n", "").replace(" ", "") or "树立鲜明导向" in outline
    headings = [page.locator(".group h2").nth(i).text_content() for i in range(page.locator(".group h2").count())]
    assert len(headings) == len(set(headings)) > 1
    assert page.locator(".note .card.face .cloze").count() > 0  # fronts rendered as Anki shows them


# --- many files, pasted text ------------------------------------------------------------------------


@needs_chromium
def test_a_batch_shows_its_progress_and_every_document(page, tmp_path):
    names = []
    for number in range(1, 7):
        path = tmp_path / f"第{number}讲.txt"
        path.write_text(
            f"第{number}讲 学习体会\n一、坚持学思用贯通{number}\n推动形成勤学、善思、笃行、力践的良好风气{number}。\n"
            f"二、坚持知信行统一{number}\n严管就是厚爱，厚爱必须严管。坚决捍卫“两个确立”、做到“两个维护”。\n",
            encoding="utf-8",
        )
        names.append(path)
    page.set_input_files("input[type=file]", [str(path) for path in names])
    page.click("button[type=submit]")
    page.wait_for_selector("#working, #picked", timeout=30_000)
    page.wait_for_selector("#picked", timeout=60_000)
    titles = page.locator(".summary .doc-title").all_text_contents()
    assert len(titles) == 6


@needs_chromium
def test_pasted_text_makes_cards(page):
    upload(
        page,
        text="激励干部担当作为\n一、强化政治标准\n推动形成能者上、优者奖、庸者下、劣者汰的用人导向和从政环境。\n"
        "二、坚持严管厚爱\n严管就是厚爱，厚爱必须严管。",
    )
    assert ticks(page).count() >= 2
    assert "能者上" in page.text_content("#picked")


# --- bad input -----------------------------------------------------------------------------------------


@needs_chromium
def test_a_corrupt_docx_shows_a_message_and_the_next_upload_works(page, tmp_path):
    bad = tmp_path / "发言材料.docx"
    bad.write_bytes(corrupt_docx())
    upload(page, bad)
    message = page.text_content(".alert")
    assert "发言材料.docx：这不是有效的 .docx 文件" in message and "valid" not in message
    assert "Traceback" not in page.content() and str(tmp_path) not in message
    upload(page, SAMPLE)
    assert ticks(page).count() > 10


@needs_chromium
def test_a_bad_file_among_good_ones_is_named_and_the_others_are_studied(page, tmp_path):
    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(corrupt_docx())
    upload(page, SAMPLE, bad)
    assert "坏文件.docx" in page.text_content(".alert.warn")
    assert ticks(page).count() > 10


@needs_chromium
def test_nothing_chosen_or_too_large_is_said_on_the_page_before_uploading(page, tmp_path):
    page.click("button[type=submit]")
    assert "请先选择文件" in page.text_content(".hint")
    big = tmp_path / "big.txt"
    big.write_bytes("学".encode() * (MB))  # 3 MB, over this server's 2 MB
    page.set_input_files("input[type=file]", str(big))
    page.click("button[type=submit]")
    assert "超过了" in page.text_content(".hint")


def test_an_upload_over_the_limit_gets_a_page_saying_so(server):
    status, body, _ = post_upload(server, "big.txt", "学".encode() * MB)
    assert status == 413
    assert "超过 2 MB 的上限" in body and "Traceback" not in body


@needs_chromium
def test_a_script_in_a_document_shows_as_text(page, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "关于<script>window.pwned=1</script>的学习材料\n一、坚持<img src=x onerror=window.pwned=2>学习\n"
        "推动形成能者上、优者奖、庸者下、<b>劣者汰</b>的用人导向<script>window.pwned=3</script>。\n"
        "二、坚持实践\n坚决捍卫“两个确立”、做到“两个维护”。\n",
        encoding="utf-8",
    )
    upload(page, hostile)
    assert page.evaluate("window.pwned") is None
    assert page.locator(".group script, .group img, .group b, .outline script, .outline img, .outline b").count() == 0
    assert "<script>window.pwned=1</script>" in page.text_content(".summary")
    assert "<img src=x onerror=window.pwned=2>" in page.text_content(".outline")
    page.click("button:has-text('在页面中做题')")
    page.frame(name="quiz-frame").wait_for_selector("#check, .alert-text")
    assert page.evaluate("window.pwned") is None


# --- who may talk to it ------------------------------------------------------------------------------


def request(server, method="GET", path="/", headers=None, body=None):
    host, port = server.removeprefix("http://").rstrip("/").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in {"Host": f"{host}:{port}", **(headers or {})}.items():
            connection.putheader(name, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace"), response
    finally:
        connection.close()


def session(server):
    """A session cookie and its token, as the front page hands them out."""
    status, body, response = request(server)
    cookie = response.getheader("Set-Cookie").split(";")[0]
    token = re.search(r'name="token" value="([^"]+)"', body).group(1)
    return cookie, token


def post_upload(server, name, data, token=None, cookie=None, headers=None):
    if token is None:
        cookie, token = session(server)
    boundary = "studycardsboundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\n{token}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    all_headers = {"Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": cookie, **(headers or {})}
    return request(server, "POST", "/jobs", all_headers, body)


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.evil.example", ""])
def test_a_request_for_another_host_is_refused(server, host):
    port = server.rstrip("/").rsplit(":", 1)[1]
    status, body, _ = request(server, headers={"Host": host.replace(":80", f":{port}") if ":" in host else host})
    assert status == 403
    assert "studycards" not in body  # not the page


def test_the_served_host_and_localhost_are_answered(server):
    port = server.rstrip("/").rsplit(":", 1)[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        assert request(server, headers={"Host": host})[0] == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "same-site"},
    ],
)
def test_a_cross_origin_post_is_refused(server, headers):
    status, body, _ = post_upload(server, "a.txt", SAMPLE.read_bytes(), headers=headers)
    assert status == 403 and "refused" in body


def test_a_post_without_the_session_token_starts_nothing(server):
    cookie, _ = session(server)
    status, body, _ = post_upload(server, "a.txt", SAMPLE.read_bytes(), token="forged", cookie=cookie)
    assert status == 400 and "已过期" in body
    status, body, _ = post_upload(server, "a.txt", SAMPLE.read_bytes(), token="forged", cookie="")
    assert status == 400
    status, body, _ = post_upload(server, "a.txt", SAMPLE.read_bytes(), token="", cookie=cookie)
    assert status == 400 and "没有带上页面的凭据" in body and "重新启动" not in body


def test_a_page_of_the_same_origin_may_post(server):
    status, body, _ = post_upload(
        server, "a.txt", SAMPLE.read_bytes(), headers={"Origin": server.rstrip("/"), "Sec-Fetch-Site": "same-origin"}
    )
    assert status == 303


def test_two_sessions_do_not_see_each_others_jobs(server):
    cookie, token = session(server)
    boundary = "b"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\n{token}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n'
        "学习材料\n一、坚持学习\n推动形成能者上、优者奖、庸者下、劣者汰的用人导向。\n二、坚持实践\n"
        f"严管就是厚爱，厚爱必须严管。\r\n--{boundary}--\r\n"
    ).encode()
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": cookie}
    status, _, response = request(server, "POST", "/jobs", headers, body)
    assert status == 303
    job = response.getheader("Location")
    wait_until_done(server, job, cookie)
    assert "能者上" in request(server, path=job, headers={"Cookie": cookie})[1]
    other, _ = session(server)
    status, page, _ = request(server, path=job, headers={"Cookie": other})
    assert status == 404 and "能者上" not in page and "重新放入材料" in page
    assert request(server, path=job + "/progress", headers={"Cookie": other})[1].strip() == '{"state":"gone"}'


def wait_until_done(server, job, cookie):
    deadline = time.time() + 60
    while time.time() < deadline:
        body = request(server, path=job + "/progress", headers={"Cookie": cookie})[1]
        if '"done"' in body.split('"state":')[1][:8]:
            return
        time.sleep(0.1)
    raise AssertionError(f"{job} did not finish")


def test_the_uploads_folder_is_emptied_once_read(served, server):
    folder = served.app.config["STUDYCARDS"].folder
    cookie, token = session(server)
    status, body, response = post_upload(server, "a.txt", SAMPLE.read_bytes(), token, cookie)
    assert status == 303
    wait_until_done(server, response.getheader("Location"), cookie)
    assert folder.is_dir() and list(folder.iterdir()) == []


# --- the command ---------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.settimeout(2)
        return probe.connect_ex((host, port)) == 0


def other_addresses() -> list[str]:
    """Addresses of this machine other than 127.0.0.1: another loopback one, IPv6's, the network's."""
    found = ["127.0.0.2"]
    if socket.has_ipv6:
        found.append("::1")
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
            address = probe.getsockname()[0]
        if not address.startswith("127."):
            found.append(address)
    except OSError:
        pass
    return found


def start_serving(*args, temp=None):
    return subprocess.Popen(
        [sys.executable, "-m", "studycards", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temp)} if temp else None,
    )


def test_serve_answers_on_127_0_0_1_only_and_stops_on_ctrl_c(tmp_path):
    port = free_port()
    process = start_serving("--port", str(port), "--no-browser", temp=tmp_path)
    try:
        deadline = time.time() + 30
        while not answers("127.0.0.1", port):
            assert process.poll() is None, process.communicate()
            assert time.time() < deadline, "the server did not start"
            time.sleep(0.1)
        status, body, _ = request(f"http://127.0.0.1:{port}/")
        assert status == 200 and "生成卡片" in body
        for address in other_addresses():
            assert not answers(address, port), address
        assert len(list(tmp_path.glob("studycards-serve-*"))) == 1  # where uploads wait to be read
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert list(tmp_path.glob("studycards-serve-*")) == []
    assert f"http://127.0.0.1:{port}/" in err and "stopped" in err
    assert "Traceback" not in err and out == ""


def test_another_host_is_warned_about_and_a_failure_to_bind_is_one_line():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "studycards",
            "serve",
            "--host",
            "192.0.2.1",
            "--port",
            str(free_port()),
            "--no-browser",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("warning: serving on 192.0.2.1")
    assert lines[-1].startswith("Error: cannot serve on 192.0.2.1:") and "Traceback" not in result.stderr


def test_a_port_in_use_is_one_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port), "--no-browser"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: port {port} is already in use; pass --port with another number (or --port 0 for any free port)"
    )


def test_other_commands_do_not_load_the_web_framework():
    code = "import sys, studycards.cli; print(sorted(m for m in ('flask', 'werkzeug', 'jinja2') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- the guard's rules, without a server ----------------------------------------------------------------


@pytest.mark.parametrize(
    "bound_to, header, refused",
    [
        ("127.0.0.1", "127.0.0.1:8765", False),
        ("127.0.0.1", "LOCALHOST:8765", False),
        ("127.0.0.1", "127.0.0.1:8766", True),  # another port: another server
        ("127.0.0.1", "127.0.0.1", True),
        ("127.0.0.1", "attacker.example:8765", True),
        ("192.168.1.5", "192.168.1.5:8765", False),
        ("192.168.1.5", "localhost:8765", True),  # not bound there
        ("0.0.0.0", "192.168.1.5:8765", False),  # all interfaces: any address, never a name
        ("0.0.0.0", "[fe80::1]:8765", False),
        ("0.0.0.0", "localhost:8765", False),
        ("0.0.0.0", "rebound.example:8765", True),
        ("0.0.0.0", "192.168.1.5:80", True),
        ("::1", "[::1]:8765", False),
    ],
)
def test_the_host_rule(bound_to, header, refused):
    from studycards.serve.guard import allowed_hosts, host_refused

    assert host_refused(header, allowed_hosts(bound_to, 8765), 8765) is refused


@pytest.mark.parametrize(
    "headers, refused",
    [
        ({}, False),  # an old browser or a script: the session token still has to match
        ({"Sec-Fetch-Site": "same-origin", "Origin": "http://127.0.0.1:8765"}, False),
        ({"Sec-Fetch-Site": "none"}, False),
        ({"Sec-Fetch-Site": "same-site"}, True),
        ({"Sec-Fetch-Site": "cross-site"}, True),
        ({"Origin": "http://127.0.0.1:8766"}, True),
        ({"Origin": "https://127.0.0.1:8765"}, True),
    ],
)
def test_the_post_rule(headers, refused):
    from studycards.serve.guard import post_refused

    assert (post_refused(headers, "127.0.0.1:8765") is not None) is refused


def test_serve_opens_the_browser_unless_told_not_to(tmp_path):
    opened = tmp_path / "opened"
    port = free_port()
    browser = f"{sys.executable} {tmp_path / 'browser.py'} %s"
    (tmp_path / "browser.py").write_text(f"import sys; open({str(opened)!r}, 'w').write(sys.argv[1])\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "studycards", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "BROWSER": browser},
    )
    try:
        deadline = time.time() + 30
        while not opened.exists() or not opened.read_text():
            assert process.poll() is None and time.time() < deadline, process.communicate()
            time.sleep(0.1)
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
    assert opened.read_text() == f"http://127.0.0.1:{port}/"


# --- jobs ------------------------------------------------------------------------------------------------


def slowed(monkeypatch, seconds):
    """Studying each file takes `seconds` longer, so that the progress can be watched."""
    from studycards.serve import jobs

    study = jobs.study
    monkeypatch.setattr(jobs, "study", lambda *args: (time.sleep(seconds), study(*args))[1])


@needs_chromium
def test_the_progress_bar_follows_a_batch_and_the_page_answers_meanwhile(page, server, tmp_path, monkeypatch):
    from playwright.sync_api import Error as PlaywrightError

    slowed(monkeypatch, 1.0)
    paths = []
    for number in range(1, 6):
        paths.append(tmp_path / f"{number}.txt")
        paths[-1].write_text(
            f"第{number}篇\n一、坚持学习{number}\n推动形成能者上、优者奖、庸者下、劣者汰的导向。\n"
            f"二、坚持实践{number}\n严管就是厚爱，厚爱必须严管。\n",
            encoding="utf-8",
        )
    page.set_input_files("input[type=file]", [str(path) for path in paths])
    page.click("button[type=submit]")
    page.wait_for_selector("#working")
    assert page.get_attribute("#bar", "max") == "5"
    seen, deadline = set(), time.time() + 60
    while time.time() < deadline:
        try:
            seen.add(page.evaluate("(document.querySelector('#bar') || {}).value"))
            if page.locator("#picked").count():
                break
        except PlaywrightError:  # the page reloads itself once the batch is done
            pass
        assert request(server)[0] == 200  # another page is served while the batch runs
        time.sleep(0.1)
    page.wait_for_selector("#picked")
    assert len({value for value in seen if value is not None} & {1, 2, 3, 4}) >= 2
    assert len(page.locator(".summary .doc-title").all_text_contents()) == 5


def test_jobs_report_each_file_as_it_is_studied(tmp_path, monkeypatch):
    from studycards.batch import Settings
    from studycards.cards import make_notes
    from studycards.serve import jobs

    gates = [threading.Event() for _ in range(3)]
    calls = []
    study = jobs.study

    def gated(path, *settings):
        gates[len(calls)].wait(10)
        calls.append(path)
        return study(path, *settings)

    monkeypatch.setattr(jobs, "study", gated)
    runner = jobs.Jobs(tmp_path, Settings(), make_notes)
    text = "学习材料\n一、坚持学习\n推动形成能者上、优者奖、庸者下、劣者汰的导向。\n二、坚持实践\n严管就是厚爱，厚爱必须严管。\n"
    uploads = [jobs.Upload(f"{n}.txt", lambda path: Path(path).write_text(text, encoding="utf-8")) for n in range(3)]
    job = runner.start("owner", uploads)
    assert runner.get(job.id, "someone else") is None
    for number, gate in enumerate(gates):
        deadline = time.time() + 10
        while job.progress()["current"] != f"{number}.txt" and time.time() < deadline:
            time.sleep(0.01)
        assert job.progress() == {"state": "running", "done": number, "total": 3, "current": f"{number}.txt"}
        gate.set()
    deadline = time.time() + 30
    while not job.over and time.time() < deadline:
        time.sleep(0.02)
    assert job.state == "done" and job.done == 3 and job.notes
    assert list(tmp_path.iterdir()) == []  # the uploads are gone once read


@pytest.mark.parametrize(
    "given, saved",
    [
        ("讲话.docx", "讲话.docx"),
        ("C:\\Users\\王\\学习\\讲话.txt", "讲话.txt"),
        ("../../etc/passwd", "passwd"),
        ("..", "document.txt"),
        ("a<b>:c?.txt", "a_b__c_.txt"),
        ("", "document.txt"),
    ],
)
def test_an_uploaded_name_is_only_a_name(given, saved):
    from studycards.serve.jobs import safe_name

    assert safe_name(given) == saved


@needs_chromium
def test_two_tabs_work_independently(browser, server, tmp_path):
    context = browser.new_context(accept_downloads=True)
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        tab.goto(server)
    upload(first, SAMPLE)
    upload(
        second,
        text="晒谷场学习提纲\n一、坚持农业农村优先发展\n推动形成产业兴旺、生态宜居、乡风文明的新局面。\n"
        "二、坚持城乡融合发展\n绿水青山就是金山银山，冰天雪地也是金山银山。\n",
    )
    first.reload()
    assert "激励干部" in first.text_content(".summary") and "晒谷场" not in first.text_content(".summary")
    assert "晒谷场" in second.text_content(".summary")
    assert first.url != second.url
    deck = download(first, "button:has-text('下载 Anki 卡组')", tmp_path)
    in_anki = guids_and_fields(deck, tmp_path / "first")
    assert len(in_anki) == first.locator("input[name=keep]:checked").count()
    assert not any(word in field for fields in in_anki.values() for field in fields for word in ("晒谷场", "乡风文明"))
    context.close()


def test_a_bug_is_a_message_on_the_page_and_the_server_goes_on(server, monkeypatch):
    from studycards.serve import downloads

    cookie, token = session(server)
    status, _, response = post_upload(server, "a.txt", SAMPLE.read_bytes(), token, cookie)
    job = response.getheader("Location")
    wait_until_done(server, job, cookie)
    guid = re.search(r'name="keep" value="([^"]+)"', request(server, path=job, headers={"Cookie": cookie})[1]).group(1)

    def broken(notes):
        raise RuntimeError("a bug")

    monkeypatch.setattr(downloads, "deck_file", broken)
    body = f"token={token}&keep={guid}".encode()
    headers = {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}
    status, page, _ = request(server, "POST", job + "/download/apkg", headers, body)
    assert status == 500 and "studycards 出了错" in page and "RuntimeError" not in page and "Traceback" not in page
    assert 'name="files"' in page  # the upload form, to go on with
    assert request(server, path=job, headers={"Cookie": cookie})[0] == 200


@needs_chromium
def test_material_without_anything_to_ask_says_so(page):
    upload(page, text="今天天气很好，我们去公园散步。")
    assert "没有找到可以做成卡片的内容" in page.text_content(".alert")
    assert page.is_visible("input[type=file]")
