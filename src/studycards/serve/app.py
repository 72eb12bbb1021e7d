"""The web application: Flask routes over jobs (jobs.py) and the downloads (downloads.py).

Flask because the page is server-rendered: Jinja escapes everything by default, werkzeug parses uploads
(streamed to disk, capped by MAX_CONTENT_LENGTH) and serves threads, and both are well kept. A little
plain JavaScript (static/serve.js) adds dropping files, the progress bar and the tick counter.

Every answer is a page, never a traceback: a problem with the material, an expired page or a bug shows
a message above the upload form, which keeps working.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, Response, jsonify, redirect, render_template, request, send_file, session, url_for
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from studycards import __version__, facts
from studycards.batch import Settings
from studycards.cards import make_notes
from studycards.serve import downloads, guard
from studycards.serve.jobs import PASTED_NAME, Jobs, Upload
from studycards.serve.views import grouped

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
    "frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'"
)
QUIZ_POLICY = (  # the quiz page carries its style and script inline, and needs nothing else
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; frame-ancestors 'self'; "
    "form-action 'none'; base-uri 'none'"
)
MB = 2**20


@dataclass(frozen=True)
class Config:
    host: str
    port: int
    max_bytes: int
    """The largest upload (all its files together), and so the largest source."""
    folder: Path
    """Where uploads wait to be read."""


def create_app(config: Config) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secrets.token_bytes(32),  # sessions last as long as the server
        MAX_CONTENT_LENGTH=config.max_bytes,
        SESSION_COOKIE_NAME=f"studycards-{config.port}",  # cookies ignore ports: one per server
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
        STUDYCARDS=config,
    )
    jobs = Jobs(config.folder, Settings(facts.DEFAULT_KINDS, max_bytes=config.max_bytes), make_notes)
    hosts = guard.allowed_hosts(config.host, config.port)
    max_mb = f"{config.max_bytes / MB:g}"

    def token() -> str:
        """The session's token: it owns the session's jobs and must come back with every post."""
        if "token" not in session:
            session["token"] = guard.new_token()
        return session["token"]

    def page(template: str, status: int = 200, **values) -> tuple[str, int]:
        values.setdefault("error", "")
        return render_template(
            template, token=token(), max_bytes=config.max_bytes, version=__version__, **values
        ), status

    def front(error: str, status: int, skipped=()) -> tuple[str, int]:
        return page("index.html", status, error=error, skipped=list(skipped))

    @app.before_request
    def check_request():
        if guard.host_refused(request.headers.get("Host", ""), hosts, config.port):
            return Response("refused: this server answers only at its own address\n", 403, mimetype="text/plain")
        if request.method not in ("GET", "HEAD"):
            reason = guard.post_refused(request.headers, request.host)
            if reason:
                return Response(f"refused: {reason}; use the page itself\n", 403, mimetype="text/plain")
            if not guard.same_token(request.form.get("token"), session.get("token")):
                return front("这个页面已过期（服务重新启动过）。请重新放入材料。", 400)
        return None

    @app.after_request
    def protect(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"  # no-referrer would make form posts say Origin: null
        response.headers["X-Frame-Options"] = "SAMEORIGIN"
        if response.mimetype != "text/css" and response.mimetype != "application/javascript":
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(error):
        return front(
            f"上传的文件超过 {max_mb} MB 的上限。请分几次上传，或用 studycards serve --max-size 放宽上限。", 413
        )

    @app.errorhandler(HTTPException)
    def http_error(error):
        return front("没有这个页面。请从这里重新开始。", error.code or 400)

    @app.errorhandler(Exception)
    def bug(error):
        app.logger.exception("studycards serve: a bug")
        return front(f"studycards 出了错（{error.__class__.__name__}），请重试；如果再次出现，请报告这个问题。", 500)

    @app.get("/")
    def index():
        return front("", 200)

    @app.get("/card.css")
    def card_css():
        from studycards.export.apkg import css

        return Response(css(), mimetype="text/css")

    @app.post("/jobs")
    def start():
        uploads = [Upload(file.filename or "document", file.save) for file in request.files.getlist("files") if file]
        text = request.form.get("text", "")
        if text.strip():
            uploads.append(Upload(PASTED_NAME, _writer(text)))
        if not uploads:
            return front("请先选择文件，或在文本框里粘贴文字。", 400)
        job = jobs.start(token(), uploads)
        return redirect(url_for("show", job_id=job.id), 303)

    def job_or_none(job_id: str):
        return jobs.get(job_id, token())

    gone = "这次的结果已经不在了（服务重新启动过，或已被清理）。请重新放入材料。"

    @app.get("/jobs/<job_id>")
    def show(job_id):
        job = job_or_none(job_id)
        if job is None:
            return front(gone, 404)
        if not job.over:
            return page("progress.html", job=job)
        if job.state == "failed":
            return front(job.error, 200, job.skipped)
        budget = _budget(request.args.get("budget", ""), job.notes)
        ticked = {note.guid for note in downloads.within_budget(job.notes, job.studied, budget)}
        return result(job, ticked, request.args.get("budget", ""))

    def result(job, ticked: set[str], budget: str, error: str = "", status: int = 200):
        return page(
            "result.html",
            status,
            job=job,
            groups=grouped(job.notes, ticked),
            ticked_cards=sum(note.cards for note in job.notes if note.guid in ticked),
            budget=budget,
            quiz_formats=downloads.QUIZ_WRITERS,
            quiz_count=downloads.QUIZ_COUNT,
            error=error,
        )

    @app.get("/jobs/<job_id>/progress")
    def progress(job_id):
        job = job_or_none(job_id)
        return jsonify(job.progress() if job else {"state": "gone"})

    def ticked_notes(job):
        kept = set(request.form.getlist("keep"))
        return [note for note in job.notes if note.guid in kept]

    @app.post("/jobs/<job_id>/download/<what>")
    def download(job_id, what):
        job = job_or_none(job_id)
        if job is None or job.state != "done":
            return front(gone, 404)
        notes = ticked_notes(job)
        if not notes:
            return result(job, set(), "", "没有勾选任何卡片：请至少勾选一张再下载。", 400)
        stem = downloads.file_stem(job.studied)
        if what == "apkg":
            return _attachment(downloads.deck_file(notes), f"{stem}.apkg", "application/octet-stream")
        if what == "notes":
            return _attachment(downloads.notes_file(notes), "notes.txt", "text/plain; charset=utf-8")
        fmt = what.removeprefix("quiz-")
        if fmt not in downloads.QUIZ_WRITERS:
            return front("没有这种下载格式。", 404)
        items = quiz(job, notes)
        if not items:
            return result(job, {n.guid for n in notes}, "", no_quiz, 400)
        data = downloads.quiz_file(items, downloads.titles(job.studied), fmt)
        return _attachment(data, f"{stem}.quiz.{fmt}", downloads.QUIZ_WRITERS[fmt].media_type)

    no_quiz = "勾选的卡片太少，出不了题：请多勾选一些（提纲、提法、并列表述）。"

    def quiz(job, notes):
        count = request.form.get("count", "")
        count = min(int(count), 500) if count.isdigit() and int(count) > 0 else downloads.QUIZ_COUNT
        return downloads.quiz_items(notes, count, job.seed)

    @app.post("/jobs/<job_id>/quiz")
    def take_quiz(job_id):
        """The quiz to take in the page (shown in its frame): the interactive .html quiz itself."""
        job = job_or_none(job_id)
        if job is None or job.state != "done":
            return render_template("message.html", message=gone), 404
        items = quiz(job, ticked_notes(job))
        if not items:
            return render_template("message.html", message=no_quiz), 200
        data = downloads.quiz_file(items, downloads.titles(job.studied), "html")
        response = Response(data, mimetype="text/html")
        response.headers["Content-Security-Policy"] = QUIZ_POLICY
        return response

    return app


def _writer(text: str):
    def save(path: str) -> None:
        Path(path).write_text(text, encoding="utf-8")

    return save


def _budget(value: str, notes) -> int | None:
    """The page's budget field: a number of cards, 'all', or empty for the default deck."""
    if value == "all":
        return sum(note.cards for note in notes)
    return int(value) if value.isdigit() else None


def _attachment(data: bytes, name: str, media_type: str):
    return send_file(io.BytesIO(data), mimetype=media_type, as_attachment=True, download_name=name, max_age=0)
