"""Who may talk to the server: the browser on this computer, through the address it serves, from its own page.

- DNS rebinding: a web site can make its own name resolve to 127.0.0.1, and then its scripts reach this
  server; the Host header still carries that name. Only the served host (or localhost, or an IP address
  when serving on all interfaces) is answered.
- Cross-site posts: a form on another site can post here. Posts must come from our own page: the browser's
  Sec-Fetch-Site and Origin say so, and the form carries the session's token.
"""

from __future__ import annotations

import ipaddress
import secrets

WILDCARDS = ("0.0.0.0", "::", "")


def allowed_hosts(host: str, port: int) -> frozenset[str] | None:
    """Host headers the server answers when bound to `host`:`port`; None: any IP address (all interfaces)."""
    if host in WILDCARDS:
        return None
    names = {host, "localhost", "127.0.0.1", "[::1]"} if is_loopback(host) else {host}
    shown = {f"[{name}]" if ":" in name and not name.startswith("[") else name for name in names}
    return frozenset(f"{name}:{port}".lower() for name in shown)


def host_refused(header: str, allowed: frozenset[str] | None, port: int) -> bool:
    header = header.strip().lower()
    if allowed is not None:
        return header not in allowed
    name, _, given_port = header.rpartition(":")
    if given_port != str(port):
        return True
    return name != "localhost" and not _is_address(name.strip("[]"))


def post_refused(headers, host: str) -> str | None:
    """Why a post is not from our own page, judged by what the browser says; None if it is."""
    site = headers.get("Sec-Fetch-Site")
    if site is not None and site not in ("same-origin", "none"):
        return f"a {site} request"
    origin = headers.get("Origin")
    if origin is not None and origin.lower() != f"http://{host}".lower():
        return f"a request from {origin}"
    return None


def new_token() -> str:
    return secrets.token_urlsafe(24)


def same_token(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return secrets.compare_digest(given, expected)


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def is_loopback(host: str) -> bool:
    """Whether only this computer can reach a server bound to `host`."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
