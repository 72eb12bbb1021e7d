"""What a file is by its first bytes, whatever its name says."""

from __future__ import annotations

import re

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""Compound File (OLE2): old .doc/.xls/.wps, and also a password-protected .docx."""
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
PDF = re.compile(rb"%PDF-\d")
HTML = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b", re.IGNORECASE | re.DOTALL
)

SIGNATURES = (
    (OLE, "an old Word .doc or other Office 97-2003 file"),
    (b"PK\x03\x04", "a zip archive (.docx, .xlsx, …)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x1f\x8b", "a gzip archive"),
)


def sniff(data: bytes) -> str | None:
    """A short description such as 'a PDF' when the bytes carry a known signature, else None."""
    head = data[:1024]
    if PDF.search(head):
        return "a PDF"  # the header may follow some junk bytes
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            return kind
    return None


def format_of(data: bytes) -> str:
    """The reader to use for unnamed input (stdin, no extension): 'pdf', 'docx', 'html' or 'text'."""
    head = data[:1024]
    if PDF.search(head):
        return "pdf"
    if head.startswith(ZIP) or head.startswith(OLE):
        return "docx"  # the .docx reader explains what an OLE file or a non-Word zip is
    if HTML.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    return "text"


def is_encrypted_office(data: bytes) -> bool:
    """A password-protected .docx is an OLE file holding a stream named EncryptedPackage."""
    return data.startswith(OLE) and "EncryptedPackage".encode("utf-16-le") in data
