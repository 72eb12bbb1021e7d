"""Clean-up between reading and parsing, as an ordered list of small named rules over lines.

Every reader's lines pass through the same rules, so a rule must be safe for all formats: it may join or
drop lines only on evidence (punctuation, blank-line structure, a column width many lines share, the
furniture of a web page), never because a line "looks short".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from studycards.outline import Line
from studycards.reading.wrapping import NUMBERED, ends_sentence, find_column, join_text, latin_letter, rejoin, width

# Paywall and watermark markers as document-sharing sites insert them: ##paidbegin##, ＃＃paid_end＃＃,
# [paidbegin], <hidebegin> … (the words alone, too: a marker must never reach a card).
MARKER = re.compile(
    r"[#＃]{2,}\s*[A-Za-z_][A-Za-z0-9_\- ]*?\s*[#＃]{2,}"
    r"|[#＃\[【<{]*\s*(?:paid|vip|free|hide|preview|pay)[_\-]?(?:begin|end|start|stop)\s*[#＃\]】>}]*",
    re.IGNORECASE,
)
LATIN = re.compile("[a-z_]", re.IGNORECASE)
"""What every marker holds (and most lines of Chinese text do not)."""
INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Zero-width characters, soft hyphens and control characters (Anki drops the latter from a card, so an
answer holding one would not match what the card shows)."""
INNER_WIDE_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[\u3000\u2003\u00a0]+(?=[\u3400-\u9fff])")
PAGE_NUMBER = re.compile(
    r"^(?:[-—–－·•\s]*\d{1,4}[-—–－·•\s]*"
    r"|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?"
    r"|(?:共\s*\d+\s*页\s*[，,/]?\s*)?第\s*\d+\s*页"
    r"|\d+\s*/\s*\d+"
    r"|(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?)$",
    re.IGNORECASE,
)
CJK = re.compile(r"[\u3400-\u9fff]")
# Site furniture that is never part of the document: licence notes, credits, share and print prompts.
LICENCE = re.compile(
    r"公有[领領]域|[维維]基文[库庫]|[维維]基百科|版[权權]所有|著作[权權][归歸](?![属屬])|[转轉][载載][请請][注註]明|如有侵[权權]"
    r"|免[责責][声聲]明|Public domain|Copyright|©",
    re.IGNORECASE,
)
"""Simplified or traditional (维基文库 writes 公有領域 on some pages)."""
CREDIT = re.compile(
    r"^[（(【\[]?\s*(?:责任编辑|责编|编辑|审核|审校|校对|监制|作者|记者|来源|本文来源|文章来源|稿源|原标题|发布时间|发布日期|浏览次数|阅读量|点击数|字号)\s*[:：]"
)
FURNITURE = re.compile(
    r"扫一扫|分享到|打印本页|关闭窗口|【打印】|【关闭】|返回顶部|上一篇|下一篇|相关阅读|相关新闻|关注公众号|字体[:：]?\s*[【\[]?大\s*中\s*小"
)
FOOTNOTE_MARK = "↑"
"""A web page's footnote starts on a line of its own with this back-link (维基文库: ↑ / 原文無貨幣單位。)."""
LICENCE_BLOCK = 20
"""Lines a licence note may span, at most (and half of the text)."""
LICENCE_LENGTH = 200
"""A paragraph longer than this that mentions 版权所有 is about copyright, not a licence note."""
FURNITURE_LENGTH = 40
"""Longer lines that mention a furniture phrase are text, not furniture."""
WRAP_TOLERANCE = 1.0
"""Cells by which a full line of hard-wrapped text may fall short of the column."""
# A line that ends in one of these cannot end a sentence or a heading; one that starts with one of
# those continues the line before it.
OPEN_END = tuple("、，,《“‘（(")
CLOSED_START = tuple("、，,。；;：:！？》”’）)")


def compose_unicode(lines):
    """Unicode NFC, as Anki stores every field: a compatibility ideograph (U+2F800) is shown as 丽, so an answer
    holding the other form would not match its card (found by the Anki property test)."""
    return [line.with_text(unicodedata.normalize("NFC", line.text)) for line in lines]


def join_across_invisible_lines(lines):
    """A line of zero-width characters only, between two lines of text, is a web page's break inside a paragraph,
    often inside a word (社会财产沒 / U+200B / 有遭到損坏): the text either side is one line, unless the first ends
    a sentence. Before strip_spaces, which would leave it a blank line, a paragraph's end."""
    out: list[Line] = []
    pending = False  # an invisible line stands between out[-1] and the next line
    for line in lines:
        if INVISIBLE.search(line.text) and not INVISIBLE.sub("", line.text).strip():
            pending = bool(out and out[-1].text)
            continue
        if pending and line.text.strip() and not ends_sentence(out[-1].text.strip()):
            out[-1] = replace(out[-1], text=join_text(out[-1].text.rstrip(), line.text.strip()))
        else:
            out.append(line)
        pending = False
    return out


REFERENCE_MARK = re.compile(r"^[A-Za-z]{0,4}\s?\d{1,3}$")
"""The label of a web page's reference mark ([1], [CPC 2]), which the page's text puts on three lines of its own."""


def drop_reference_marks(lines):
    """A reference mark as a copied web page leaves it: '[', its label, ']' on three lines (日報 / [ / 3 / ] /
    ，這種…). All three go, so punctuation can join the text either side."""
    out: list[Line] = []
    for line in lines:
        out.append(line)
        if len(out) >= 3 and [item.text.strip() for item in (out[-3], out[-1])] == ["[", "]"]:
            if REFERENCE_MARK.match(out[-2].text.strip()):
                del out[-3:]
    return out


def strip_markers(lines):
    """Remove paywall and watermark markers, wherever in a line they sit."""
    return [line.with_text(_unmarked(line.text)) for line in lines]


def _unmarked(text: str) -> str:
    """Until none is left: removing one marker can close up the pieces of another ('paid' + … + 'end')."""
    count = 1 if LATIN.search(text) else 0
    while count:
        text, count = MARKER.subn("", text)
    return text


def strip_spaces(lines):
    """Drop invisible and control characters, indentation (U+3000, U+2003, NBSP) and spaces between Chinese characters."""
    out = []
    for line in lines:
        text = INVISIBLE.sub("", line.text).strip()  # what \s matches (U+3000, U+2003, NBSP too) at either end
        if "\u3000" in text or "\u2003" in text or "\u00a0" in text:  # not a look-behind at every character
            text = INNER_WIDE_SPACE.sub("", text)
        out.append(line.with_text(text))
    return out


SPACED_RUN = re.compile(r"\d [\d．.]")
SPACED_DIGIT = re.compile(r"(?<=[\d．.]) (?=[\d．.％%\u3400-\u9fff])")
"""A figure typeset a character at a time (从1 9 9 3 年, 增长8 ．8 ％, 达到1 亿吨), as some PDFs copy out."""


def join_spaced_digits(lines):
    """'1 9 9 3 年' -> '1993年' in a line that spaces its digits apart; a figure never reaches a card in pieces."""
    return [line.with_text(SPACED_DIGIT.sub("", line.text)) if SPACED_RUN.search(line.text) else line for line in lines]


def drop_page_numbers(lines):
    """'- 3 -', '第3页 共10页', '3/10', 'Page 3 of 10' on a line of their own."""
    return [line for line in lines if not PAGE_NUMBER.match(line.text)]


SUBSCRIPT = re.compile(r"^\d{1,2}(?:\.\d)?$")


def join_subscripts(lines):
    """A subscript a web page put on a line of its own, after the letters it belongs to, inside a sentence
    (广义货币M / 2 / 增长11.3%; PM / 2.5 / ）): one line with both neighbours, not a page number."""
    out: list[Line] = []
    for line in lines:
        if len(out) >= 2 and _subscript(out[-2].text, out[-1].text) and line.text:
            out[-2:] = [replace(out[-2], text=out[-2].text.rstrip() + out[-1].text.strip() + line.text.strip())]
        else:
            out.append(line)
    return out


def _subscript(previous: str, line: str) -> bool:
    return bool(SUBSCRIPT.match(line.strip())) and latin_letter(previous.rstrip()[-1:])


CITATION = re.compile(r"^[①-⑳]\s*[^《》。]{1,30}[:：]\s*《[^》]+》.*第[\d—–\-～~]+页")
"""An editor's note that cites a source, on a line of its own at the end of a printed report (③ 毛泽东：《实践论》，
《毛泽东选集》第1卷，第285页。): not the text a learner must know."""
NOTE_MARK = re.compile(r"(?<=\S)[①-⑳]")
"""Where the text calls such a note (…而奋斗。”⑦把爱国主义…): a mark inside a line, never the numbering that opens one."""


def drop_citation_notes(lines):
    """A document that ends with cited notes: the notes go, and the marks that call them go from its text."""
    if not any(CITATION.match(line.text) for line in lines):
        return lines
    return [line.with_text(NOTE_MARK.sub("", line.text)) for line in lines if not CITATION.match(line.text)]


PARENTHESIS = re.compile(r"[（(]([^（）()]{1,60})[）)]")
CITED = re.compile(
    r"^同上书?$|《[^》]{1,30}》.*(?:中文版|第[^，,]{1,8}[卷页]|[月号]|日)|[年月][^《》]{0,12}日.*《[^》]{1,20}》$"
)
"""What a source reference in brackets says: 同上, or a title with its edition, volume, page or date (（《列宁全集》中文版，
第二十五卷，第三百四十九页）, （一九六七年三月四日《真理报》）); not a short name (（以下简称《…》）, （即《十条》）)."""


def drop_inline_citations(lines):
    """The source references a report cites its quotations by, in brackets inside its text (九大: …”（《列宁全集》中文版，
    第二十五卷，第三百四十九页）, …”（同上）): read as words of the sentence, they made cards of a title and stems that end
    on （同上）."""
    return [line.with_text(PARENTHESIS.sub(_uncited, line.text)) for line in lines]


def _uncited(match: re.Match) -> str:
    return "" if CITED.search(match.group(1)) else match.group()


def join_soft_breaks(lines):
    """In text whose paragraphs are separated by blank lines, a line break inside a paragraph is soft.

    Text copied from a web page splits a sentence at every link (a licence note in fifteen pieces), and
    editors wrap long paragraphs; both only make sense joined. Guarded: a line that ends a sentence, a
    short numbered heading and a line that starts a numbered item stay apart.
    """
    if not _blank_separated(lines):
        return lines
    out: list[Line] = []
    after_blank = True
    for line in lines:
        if line.text and not after_blank and _soft_break(out[-1], line):
            out[-1] = replace(out[-1], text=join_text(out[-1].text, line.text))
        else:
            out.append(line)
        after_blank = not line.text
    return out


def _blank_separated(lines) -> bool:
    """A blank line ends each paragraph: at least half of the non-blank lines are followed by one, or at least half
    of the lines that end a sentence are (at least four either way). The second counts a page whose links cut
    every paragraph into five lines (the older congress reports), and not a law with a blank line only after each
    chapter's heading (corpus: 0.64 or more, against 0.2 or less). Text wrapped at a column is left to
    join_wrapped_lines."""
    texts = [line.text for line in lines]
    filled = [i for i, text in enumerate(texts[:-1]) if text]
    if _mostly_before_blank(texts, filled):
        return True
    ends = [i for i in filled if ends_sentence(texts[i])]
    return _mostly_before_blank(texts, ends) and _column(lines) is None  # a wrapped text's column says more


def _mostly_before_blank(texts: list[str], found: list[int]) -> bool:
    """At least four lines `found`, and at least half of them followed by a blank line."""
    return len(found) >= 4 and sum(1 for i in found if not texts[i + 1]) >= len(found) / 2


def _soft_break(previous: Line, line: Line) -> bool:
    if previous.level is not None or line.level is not None:
        return False
    if ends_sentence(previous.text) or NUMBERED.match(line.text):
        return False
    return not (NUMBERED.match(previous.text) and width(previous.text) <= 30)


def drop_licence_notes(lines):
    """A licence note goes whole: a short blank-line-delimited block whose text names a licence.

    Copied from a web page, such a note falls apart into fragments ('属于' / '公有领域' / '。') that
    mean nothing alone, so the block is judged on its joined text.
    """
    filled = sum(1 for line in lines if line.text)
    out: list[Line] = []
    footnote = False
    for block in _blocks(lines):
        text = "".join(line.text for line in block).strip()
        small = len(block) <= LICENCE_BLOCK and len(block) <= filled / 2
        if text == FOOTNOTE_MARK or (footnote and text and small):
            footnote = text == FOOTNOTE_MARK  # the note is the block after the mark: the editor's, not the text's
            continue
        if not (small and LICENCE.search(text)):
            out += block
    return out


def _blocks(lines):
    """Runs of non-blank lines, and each blank line on its own."""
    block: list[Line] = []
    for line in lines:
        if line.text:
            block.append(line)
            continue
        if block:
            yield block
            block = []
        yield [line]
    if block:
        yield block


def drop_blank(lines):
    """Blank lines have served (paragraph structure for the rules above); drop them."""
    return [line for line in lines if line.text]


def join_broken_lines(lines):
    """Join a line to the next when punctuation proves the break: '…，' + '…' or '…' + '，…'."""
    out: list[Line] = []
    for line in lines:
        if out and line.level is None and out[-1].level is None and _broken(out[-1].text, line.text):
            out[-1] = replace(out[-1], text=join_text(out[-1].text, line.text))
        else:
            out.append(line)
    return out


def _broken(previous: str, current: str) -> bool:
    return previous.endswith(OPEN_END) or current.startswith(CLOSED_START)


CUT_LINE, CUT_REST = 40, 10
"""A line this long that stops on a character, and a line this long after it: a paragraph cut in two."""
CJK_END = re.compile(r"[\u4e00-\u9fff]$")
CJK_START = re.compile(r"[\u4e00-\u9fff\d]")
SPEAKER_OPENS = re.compile(r"[\u4e00-\u9fff·]{1,20}?(?:说|指出|强调|表示|宣布)[，：:]")
"""A paragraph that opens on who says what (周总理指出，…; 周总理在谈到…时指出，…): a news summary's paragraph under a
subhead that ends without a full stop, not the rest of a cut sentence (…陷于空前困难的境地周总理指出 read bad twice)."""


def join_cut_paragraphs(lines):
    """A long line that stops inside a sentence, on a character (…1956年的自然灾荒，不仅是…，也), and the line that
    goes on with it (older reports transcribed with a break, and a blank line, in mid-sentence): one paragraph.
    Numbered lines (headings stop without a full stop), table rows (tabs) and short lines (a heading, a figure in a
    table) stay apart."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and previous.level is None and line.level is None and _cut(previous.text, line.text):
            out[-1] = replace(previous, text=join_text(previous.text, line.text))
        else:
            out.append(line)
    return out


def _cut(previous: str, current: str) -> bool:
    if len(previous) < CUT_LINE or len(current) < CUT_REST or "\t" in previous + current:
        return False
    if NUMBERED.match(previous) or NUMBERED.match(current):
        return False  # a numbered heading, which stops without a full stop, or the next item
    return bool(CJK_END.search(previous) and CJK_START.match(current)) and not SPEAKER_OPENS.match(current)


def join_wrapped_lines(lines):
    """Hard-wrapped text (say, copied out of a PDF): many lines fill one column; those go on in the next.

    The column is measured in characters or in display cells, whichever more lines agree on (characters
    on a tie: the stricter guess); a wrapped text fills its lines to within a cell, so a heading a little
    shorter than the column stays a heading.
    """
    column = _column(lines)
    return rejoin(lines, [column] * len(lines)) if column else lines


def _column(lines):
    """The column the lines are wrapped at, or None."""
    texts = [line.text for line in lines if line.level is None and line.text]
    found = [
        find_column(texts, measure, WRAP_TOLERANCE, min_lines=3, min_share=0.4, shortest=20, max_wider=0.1)
        for measure in (len, width)
    ]
    return max((column for column in found if column), key=lambda column: column.lines, default=None)


def drop_boilerplate(lines):
    """Site furniture, licence notes, and lines with no Chinese at all (stray 'false', URLs, credits)."""
    return [line for line in lines if CJK.search(line.text) and not _boilerplate(line.text)]


def _boilerplate(text: str) -> bool:
    if CREDIT.match(text) or (len(text) <= LICENCE_LENGTH and LICENCE.search(text)):
        return True
    return len(text) <= FURNITURE_LENGTH and bool(FURNITURE.search(text))


RULES = [
    join_across_invisible_lines,
    drop_reference_marks,
    compose_unicode,
    strip_markers,
    strip_spaces,
    join_spaced_digits,
    join_subscripts,
    drop_page_numbers,
    drop_licence_notes,
    drop_citation_notes,
    drop_inline_citations,
    join_soft_breaks,
    drop_blank,
    join_wrapped_lines,  # before join_broken_lines: its joins would hide the column width
    join_broken_lines,
    join_cut_paragraphs,
    drop_boilerplate,
]


def clean(lines: list[Line]) -> list[Line]:
    """Apply every rule in order."""
    for rule in RULES:
        lines = rule(lines)
    return lines
