"""The pages: upload, progress, result; the downloads and the quiz taken in the page.

A job (jobs.py) belongs to the browser session whose token made it; another session gets the front page.
"""

from __future__ import annotations

import io
import re
from html import escape
from pathlib import Path
from urllib.parse import quote

from flask import Blueprint, Response, current_app, redirect, render_template, request, send_file, session, url_for

from studycards import __version__
from studycards.serve import downloads, guard, limits
from studycards.serve.jobs import PASTED_NAME, Job, Jobs, Upload
from studycards.serve.views import grouped

QUIZ_POLICY = (  # the quiz page carries its style and script inline, and needs nothing else
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; frame-ancestors 'self'; "
    "form-action 'none'; base-uri 'none'"
)
GONE = "这次的结果已经不在了（服务重新启动过，或已被清理）。请重新放入材料。"
NO_QUIZ = "勾选的卡片太少，出不了题：请多勾选一些（提纲、提法、并列表述）。"

pages = Blueprint("page", __name__)


def token() -> str:
    """The session's token: it owns the session's jobs and must come back with every post."""
    if "token" not in session:
        session["token"] = guard.new_token()
    return session["token"]


def page(template: str, status: int = 200, **values) -> tuple[str, int]:
    values.setdefault("error", "")
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    return render_template(template, token=token(), max_bytes=limit, version=__version__, **values), status


def front(error: str = "", status: int = 200, skipped=()) -> tuple[str, int]:
    """The upload page, with a message above the form when something went wrong."""
    return page("index.html", status, error=error, skipped=list(skipped))


def jobs() -> Jobs:
    return current_app.extensions["studycards"]


def finished_job(job_id: str) -> Job | None:
    job = jobs().get(job_id, token())
    return job if job is not None and job.state == "done" else None


@pages.get("/")
def index():
    return front()


@pages.get("/card.css")
def card_css():
    """The deck's own style, so cards look here as they do in Anki."""
    from studycards.export.apkg import css

    return Response(css(), mimetype="text/css")


@pages.post("/jobs")
def start():
    uploads = [Upload(file.filename or "document", file.save) for file in request.files.getlist("files") if file]
    text = request.form.get("text", "")
    if text.strip():
        uploads.append(Upload(PASTED_NAME, lambda path: Path(path).write_text(text, encoding="utf-8")))
    if not uploads:
        return front("请先选择文件，或在文本框里粘贴文字。", 400)
    job = jobs().start(token(), uploads)
    return redirect(url_for("page.show", job_id=job.id), 303)


@pages.get("/jobs/<job_id>")
def show(job_id):
    job = jobs().get(job_id, token())
    if job is None:
        return front(GONE, 404)
    if not job.over:
        return page("progress.html", job=job)
    if job.state == "failed":
        return front(job.error, 200, job.skipped)
    typed = request.args.get("budget", "")
    limit = limits.card_limit(typed)
    ticked, done = downloads.within_budget(job.notes, job.studied, limit.value)
    from studycards.ranking import document_characters

    characters = sum(document_characters(item.document) for item in job.studied)
    note = limits.budget_note(limit.value, done, sum(note.cards for note in job.notes), characters)
    return result(job, {note.guid for note in ticked}, "" if limit.error else typed, limit.error, note=note)


@pages.get("/jobs/<job_id>/progress")
def progress(job_id):
    job = jobs().get(job_id, token())
    return job.progress() if job else {"state": "gone"}


@pages.post("/jobs/<job_id>/download/<what>")
def download(job_id, what):
    job = finished_job(job_id)
    if job is None:
        return front(GONE, 404)
    notes = ticked_notes(job)
    if not notes:
        return result(job, set(), "", "没有勾选任何卡片：请至少勾选一张再下载。", 400)
    stem = downloads.file_stem(job.studied)
    if what == "apkg":
        return attachment(downloads.deck_file(notes), f"{stem}.apkg", "application/octet-stream")
    if what == "notes":
        return attachment(downloads.notes_file(notes), f"{stem}-Anki文本导入.txt", "text/plain")
    fmt = what.removeprefix("quiz-")
    if fmt not in downloads.QUIZ_FORMATS:
        return front("没有这种下载格式。", 404)
    count = quiz_count()
    if count.error:
        return result(job, {note.guid for note in notes}, "", count.error, 400)
    items = downloads.quiz_items(notes, int(count.value or 0), job.seed)
    if not items:
        return result(job, {note.guid for note in notes}, "", NO_QUIZ, 400)
    data = downloads.quiz_file(items, downloads.titles(job.studied), fmt)
    return attachment(data, f"{stem}-练习题.{fmt}", downloads.QUIZ_FORMATS[fmt].media_type)


@pages.post("/jobs/<job_id>/quiz")
def take_quiz(job_id):
    """The quiz to take in the page (shown in its frame): the interactive .html quiz itself."""
    job = finished_job(job_id)
    if job is None:
        return render_template("message.html", message=GONE), 404
    count = quiz_count()
    if count.error:
        return render_template("message.html", message=count.error), 400
    asked = int(count.value or 0)
    items = downloads.quiz_items(ticked_notes(job), asked, job.seed)
    if not items:
        return render_template("message.html", message=NO_QUIZ)
    page = downloads.quiz_file(items, downloads.titles(job.studied), "html").decode("utf-8")
    note = limits.quiz_note(asked, len(items))
    if note:  # above the quiz's own header: why it is shorter than asked for
        page = page.replace("<header>", f'<header>\n<p class="how" id="shorter">{escape(note)}</p>', 1)
    response = Response(page, mimetype="text/html")
    response.headers["Content-Security-Policy"] = QUIZ_POLICY
    return response


def result(job: Job, ticked: set[str], budget: str, error: str = "", status: int = 200, note: str = ""):
    """The results page; an `error` with status 200 is a notice (a limit that could not be used), not a failure."""
    return page(
        "result.html",
        status,
        budget_note=note,
        job=job,
        groups=grouped(job.notes, ticked),
        ticked_cards=sum(note.cards for note in job.notes if note.guid in ticked),
        budget=budget,
        quiz_formats=downloads.QUIZ_FORMATS,
        quiz_count=downloads.QUIZ_COUNT,
        error=error,
        alert_title="请注意" if status == 200 else "没能完成",
    )


def ticked_notes(job: Job):
    kept = set(request.form.getlist("keep"))
    return [note for note in job.notes if note.guid in kept]


def quiz_count() -> limits.Limit:
    return limits.question_count(request.form.get("count", ""), downloads.QUIZ_COUNT)


def attachment(data: bytes, name: str, media_type: str):
    response = send_file(io.BytesIO(data), mimetype=media_type, as_attachment=True, download_name=name, max_age=0)
    response.headers["Content-Disposition"] = disposition(name)
    return response


def disposition(name: str) -> str:
    """The download's name for every browser: UTF-8 (RFC 6266), and an ASCII one for the oldest, which keeps
    the ASCII words of the name or else says studycards (werkzeug's fallback drops the Chinese and leaves
    '  1.apkg')."""
    stem, dot, suffix = name.partition(".")
    ascii_stem = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-")
    fallback = (ascii_stem if re.search(r"[A-Za-z]", ascii_stem) else "studycards") + dot + suffix
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
