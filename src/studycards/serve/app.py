"""The web application: Flask, configured for one server, with the guard before every request.

Flask because the page is server-rendered: Jinja escapes everything by default, werkzeug parses uploads
(streamed to disk, capped by MAX_CONTENT_LENGTH) and serves threads, and both are well kept. A little
plain JavaScript (static/serve.js) adds dropping files, the progress bar and the tick counter.

Every answer is a page, never a traceback: a problem with the material, an expired page or a bug shows
a message above the upload form, which keeps working.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, Response, current_app, request, session
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from studycards import facts
from studycards.batch import Settings
from studycards.serve import downloads, guard
from studycards.serve.jobs import Jobs
from studycards.serve.routes import front, pages

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
    "frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'"
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
    app.extensions["studycards"] = Jobs(
        config.folder, Settings(facts.DEFAULT_KINDS, max_bytes=config.max_bytes), downloads.deck_notes
    )
    app.register_blueprint(pages)
    app.before_request(check_request)
    app.after_request(protect)
    app.register_error_handler(RequestEntityTooLarge, too_large)
    app.register_error_handler(HTTPException, not_found)
    app.register_error_handler(Exception, bug)
    return app


def check_request():
    """Refuse another host's name (DNS rebinding) and posts that are not from our own page."""
    config = current_app.config["STUDYCARDS"]
    if guard.host_refused(request.headers.get("Host", ""), guard.allowed_hosts(config.host, config.port), config.port):
        return Response(
            "refused: this server answers only at its own address\n拒绝：这个服务只接受发往它自己地址的请求。\n",
            403,
            mimetype="text/plain",
        )
    if request.method not in ("GET", "HEAD"):
        reason = guard.post_refused(request.headers, request.host)
        if reason:
            return Response(
                f"refused: {reason}; use the page itself\n拒绝：请求不是从本机的页面发出的，请在页面上操作。\n",
                403,
                mimetype="text/plain",
            )
        given, expected = request.form.get("token"), session.get("token")
        if not given:
            return front("这个请求没有带上页面的凭据，不是从 studycards 的页面发出的。请在页面上操作。", 400)
        if not guard.same_token(given, expected):
            return front("这个页面已过期（服务重新启动过，或浏览器没有保存它的 Cookie）。请重新放入材料。", 400)
    return None


def protect(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"  # no-referrer would make form posts say Origin: null
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    if response.mimetype not in ("text/css", "text/javascript", "image/svg+xml"):
        response.headers["Cache-Control"] = "no-store"
    return response


def too_large(error):
    limit = f"{current_app.config['MAX_CONTENT_LENGTH'] / MB:g}"
    return front(f"上传的文件超过 {limit} MB 的上限。请分几次上传，或用 studycards serve --max-size 放宽上限。", 413)


def not_found(error):
    return front("没有这个页面。请从这里重新开始。", error.code or 400)


def bug(error):
    current_app.logger.exception("studycards serve: a bug")
    return front("studycards 出了错，请重试；如果再次出现，请报告这个问题。", 500)
