"""Start the server (werkzeug's, one thread per request), open the browser, stop cleanly on Ctrl-C."""

from __future__ import annotations

import socket
import tempfile
import threading
import webbrowser
from contextlib import contextmanager
from pathlib import Path

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from studycards.errors import StudycardsError
from studycards.serve.app import Config, create_app


class _QuietHandler(WSGIRequestHandler):
    """No line per request on the terminal (errors are still logged)."""

    def log_request(self, code="-", size="-"):
        pass


@contextmanager
def bound(host: str, port: int, max_bytes: int):
    """A server bound to host:port (port 0: any free one), with its upload folder; both gone afterwards."""
    with tempfile.TemporaryDirectory(prefix="studycards-serve-") as folder:
        listening = _listen(host, port)
        try:  # werkzeug serves on a copy of the socket (its own binding would exit the process on failure)
            port = listening.getsockname()[1]
            app = create_app(Config(host, port, max_bytes, Path(folder)))
            server = make_server(host, port, app, threaded=True, request_handler=_QuietHandler, fd=listening.fileno())
        finally:
            listening.close()
        threading.Thread(target=_warm_up, daemon=True).start()
        try:
            yield server
        finally:
            server.server_close()


def _warm_up() -> None:
    """Load jieba's dictionary now, while the user picks files, rather than during the first upload."""
    from studycards.segment import segmenter

    segmenter().warm_up()


def url_of(server: BaseWSGIServer) -> str:
    host = server.host if ":" not in server.host else f"[{server.host}]"
    return f"http://{'127.0.0.1' if host in ('0.0.0.0', '[::]') else host}:{server.port}/"


def run(host: str, port: int, max_bytes: int, open_browser: bool, say) -> None:
    """Serve until Ctrl-C (or SIGTERM); `say` prints a line for the user."""
    with bound(host, port, max_bytes) as server:
        url = url_of(server)
        say(f"studycards serve: open {url} in a browser; Ctrl-C stops it")
        say(f"studycards：请在浏览器中打开 {url} ；按 Ctrl-C（或关闭这个窗口）停止")
        if server.host in ("0.0.0.0", "::", ""):
            for address in lan_addresses():
                say(
                    f"studycards serve: other computers on the network (局域网里的其他电脑): http://{address}:{server.port}/"
                )
        if open_browser:
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        server.serve_forever()  # returns on Ctrl-C (werkzeug catches KeyboardInterrupt)
    say("studycards serve: stopped（已停止）")


def lan_addresses() -> list[str]:
    """This computer's addresses on the local network (IPv4), as another computer would reach it."""
    found = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:  # connecting a UDP socket sends nothing: it only picks the address of the way out
        probe.connect(("192.0.2.1", 9))
        found.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    try:
        found += socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        pass
    return [address for address in dict.fromkeys(found) if not address.startswith("127.")]


def _listen(host: str, port: int) -> socket.socket:
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family)
    except OSError as error:
        raise StudycardsError(_cannot_bind(host, port, error)) from None


def _cannot_bind(host: str, port: int, error: OSError) -> str:
    if error.errno in (48, 98, 10048):  # EADDRINUSE on macOS, Linux, Windows
        return f"port {port} is already in use; pass --port with another number (or --port 0 for any free port)"
    return f"cannot serve on {host}:{port} ({error.strerror or error}); pass another --host or --port"
