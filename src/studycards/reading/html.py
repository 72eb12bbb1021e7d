"""A saved web page: the article body's blocks, one line each, headings with their level.

Pages of 人民网, 新华网, 学习强国 and government sites wrap one article in navigation, share bars,
related-link lists and scripts. Those go first; then the article body is found (an <article>, else an
element named like content/article/detail, else the densest run of Chinese paragraphs), and its block
elements become lines.
"""

from __future__ import annotations

import codecs
import re

from bs4 import BeautifulSoup, FeatureNotFound, NavigableString, Tag

from studycards.errors import ReadError
from studycards.outline import Line
from studycards.reading.encoding import BOMS, decode

ALWAYS_DROP = [
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "nav",
    "aside",
    "form",
    "button",
    "select",
    "textarea",
    "input",
    "head",
    "title",
    "meta",
    "link",
]
PAGE_FURNITURE = ["header", "footer"]
"""Dropped unless inside an <article>, where a header holds the title and a footer the credits."""
FURNITURE_NAME = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|sharing|sidebar|side|footer|comments?|related|"
    r"recommend|copyright|toolbar|ads?|advert|banner|topbar|login|search|qrcode|ewm)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
BODY_NAME = re.compile(r"content|article|text|detail|txt|zw|main-?body|正文", re.IGNORECASE)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "blockquote",
    "pre",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "figure",
    "figcaption",
    "center",
    "address",
    "hr",
    *HEADINGS,
}
META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
CJK = re.compile(r"[\u3400-\u9fff]")
SHORT_FURNITURE = 200
"""A block named like furniture is dropped when it holds fewer Chinese characters than this (or is mostly links)."""


def read_html_lines(data: bytes, path: str, encoding: str | None = None) -> list[Line]:
    """Lines of a web page's article body; `encoding` overrides <meta charset> and detection."""
    soup = _parse(_decode(data, path, encoding))
    _drop_furniture(soup)
    root = _article_root(soup)
    lines: list[Line] = []
    title = _outside_title(soup, root)
    if title is not None:
        _emit(title, lines, [], None)
    _emit(root, lines, [], None)
    return lines


def _decode(data: bytes, path: str, encoding: str | None) -> str:
    """An explicit encoding, else a BOM, else the page's declared charset if it decodes, else detection."""
    if encoding or data.startswith(tuple(bom for bom, _ in BOMS)):
        return decode(data, path, encoding)
    declared = _declared_charset(data[:4096])
    if declared:
        try:
            return decode(data, path, declared)
        except ReadError:
            pass  # a page that lies about its charset, or names an unknown one
    return decode(data, path)


def _declared_charset(head: bytes) -> str | None:
    match = XML_ENCODING.match(head) or META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return {"big5": "big5hkscs"}.get(codec, codec)


def _parse(text: str) -> BeautifulSoup:
    try:
        return BeautifulSoup(text, "lxml")
    except FeatureNotFound:  # pragma: no cover - lxml is a dependency
        return BeautifulSoup(text, "html.parser")


def _drop_furniture(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(ALWAYS_DROP):
        tag.decompose()
    for tag in soup.find_all(PAGE_FURNITURE):
        if not tag.decomposed and tag.find_parent("article") is None:
            tag.decompose()
    for tag in soup.find_all(True):
        if not tag.decomposed and (_hidden(tag) or _named_furniture(tag)):
            tag.decompose()


def _hidden(tag: Tag) -> bool:
    declared = tag.get("style")
    style = declared.replace(" ", "").lower() if isinstance(declared, str) else ""
    return tag.has_attr("hidden") or "display:none" in style or "visibility:hidden" in style


def _named_furniture(tag: Tag) -> bool:
    if tag.name in ("html", "body") or not FURNITURE_NAME.search(_names(tag)):
        return False
    text = tag.get_text()
    chinese = len(CJK.findall(text))
    linked = sum(len(CJK.findall(link.get_text())) for link in tag.find_all("a"))
    return chinese < SHORT_FURNITURE or linked > 0.5 * chinese


def _names(tag: Tag) -> str:
    classes: str | list[str] = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    name = tag.get("id")
    return " ".join([*classes, name if isinstance(name, str) else ""])


def _article_root(soup: BeautifulSoup) -> Tag:
    """The element that holds the article: see the module docstring for the order of preference."""
    body = soup.body or soup
    densest = _densest_paragraphs(body)
    named = [tag for tag in body.find_all(True) if BODY_NAME.search(_names(tag))]
    if densest is None:  # no <p> with Chinese: text in <div>s and <br>s
        best = max(body.find_all("article") + named, key=_chinese, default=None)
        return best if best is not None and _chinese(best) else body
    for candidates in (body.find_all("article"), named):
        holding = [tag for tag in candidates if tag is densest or densest in tag.descendants]
        if holding:
            return max(holding, key=_depth)  # the innermost: least around the text
    return densest


def _densest_paragraphs(body: Tag) -> Tag | None:
    """The element whose own <p> children hold the most Chinese, widened until it holds half of all of it.

    Widening finds the common container when a page wraps each paragraph in its own <div>.
    """
    parents: dict[int, Tag] = {}  # keyed by id: tags compare equal by their markup
    scores: dict[int, int] = {}
    for p in body.find_all("p"):
        if p.parent is not None:
            parents[id(p.parent)] = p.parent
            scores[id(p.parent)] = scores.get(id(p.parent), 0) + _chinese(p)
    best = max(scores, key=scores.__getitem__, default=None)
    if best is None or not scores[best]:
        return None
    densest = parents[best]
    total = sum(scores.values())
    while densest is not body and densest.parent is not None and _paragraph_chinese(densest) < total / 2:
        densest = densest.parent
    return densest


def _paragraph_chinese(tag: Tag) -> int:
    return sum(_chinese(p) for p in tag.find_all("p"))


def _outside_title(soup: BeautifulSoup, root: Tag) -> Tag | None:
    """The page's <h1> when the article body starts below it (人民网 puts the title outside the text box)."""
    if root.find("h1") is not None or root.name == "h1":
        return None
    for h1 in soup.find_all("h1"):
        if _chinese(h1) and root not in h1.parents:
            return h1
    return None


def _chinese(tag: Tag) -> int:
    return len(CJK.findall(tag.get_text()))


def _depth(tag: Tag) -> int:
    return sum(1 for _ in tag.parents)


def _emit(node: Tag, out: list[Line], buffer: list[str], level: int | None) -> None:
    """Append one line per block of `node`: text up to a block boundary or a <br> is one line."""
    if node.name in HEADINGS:
        level = HEADINGS[node.name]
    for child in node.children:
        if not isinstance(child, Tag):
            if type(child) is NavigableString:  # text, not a comment, CDATA, doctype or script text
                buffer.append(str(child))
        elif child.name == "br":
            _flush(out, buffer, level)
        elif child.name in BLOCKS:
            _flush(out, buffer, level)
            _emit(child, out, buffer, level)
            _flush(out, buffer, HEADINGS.get(child.name, level))
        else:
            _emit(child, out, buffer, level)
    if node.name in BLOCKS:
        _flush(out, buffer, level)


def _flush(out: list[Line], buffer: list[str], level: int | None) -> None:
    text = " ".join("".join(buffer).split())
    buffer.clear()
    if text:
        out.append(Line(len(out) + 1, text, level=level))
