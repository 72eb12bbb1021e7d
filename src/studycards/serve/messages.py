"""The page's words for the library's errors: Chinese, chosen by the error's code, never by its English text.

The command line keeps its English messages (scripts read them); the page, for people who read Chinese,
says the same in Chinese. An error without a code (a problem nobody foresaw) gets a general sentence.
"""

from __future__ import annotations

from studycards.errors import StudycardsError

READ_ERRORS = {
    "empty": "文件是空的，没有可以学习的文字。",
    "binary": "这不是文字文件（看起来是{kind}）。请上传含有文字的 .txt、.docx、.pdf 等文件；如果它其实是 Word 或 PDF 文件，请改正扩展名再上传。",
    "binary_unknown": "这不是文字文件。请上传 .txt、.md、.docx、.pdf 或 .html 文件。",
    "unsupported": "不支持 {suffix} 格式。请上传 .txt、.md、.docx、.pdf 或 .html 文件（表格、演示文稿请先另存为 Word 或 PDF）。",
    "not_docx": "这不是有效的 .docx 文件（可能已损坏，或扩展名不对）。请用 Word 或 WPS 打开，再另存为 .docx。",
    "old_doc": "这是旧版的 Word .doc 文件。请用 Word 或 WPS 打开，另存为 .docx 再上传。",
    "not_pdf": "这不是有效的 PDF 文件（可能已损坏）。请用 PDF 阅读器打开，再另存或打印为 PDF。",
    "locked": "这个文件设有密码。请去掉密码后另存一份再上传，或直接粘贴文字。",
    "scan": "这个 PDF 里没有可以读取的文字（可能是扫描件）。请先做文字识别（OCR），或直接粘贴文字。",
    "encoding": "认不出这个文件的文字编码。请用记事本或 WPS 打开，另存为 UTF-8 编码的 .txt 再上传。",
    "too_large": "文件有 {size} MB，超过了 {limit} MB 的上限。请把它分成几份上传。",
    "no_text": "整理之后没有剩下文字（只有空白、标点或页眉页脚）。请上传含有正文的文件。",
    "unreadable": "没能读取这个文件。请检查文件后重试。",
}
"""Error code -> what the page says (after the file's name), with the error's details filled in."""
KIND_OF_FILE = {
    "a PDF": "PDF 文件",
    "an old Word .doc or other Office 97-2003 file": "旧版 Word .doc 或其他 Office 97-2003 文件",
    "a zip archive (.docx, .xlsx, …)": "压缩包或 Office 文件（.docx、.xlsx 等）",
    "a PNG image": "PNG 图片",
    "a JPEG image": "JPEG 图片",
    "a GIF image": "GIF 图片",
    "an RTF document": "RTF 文档",
    "a RAR archive": "RAR 压缩包",
    "a 7z archive": "7z 压缩包",
    "a gzip archive": "gzip 压缩包",
}
"""What `reading.sniff` calls a binary file (SIGNATURES), in Chinese; an unknown kind: 'binary_unknown'."""
UNKNOWN = "没能读取这个文件。请换一个文件，或直接粘贴文字。"


def read_error(name: str, error: StudycardsError) -> str:
    """One line for the page: the file as the user named it, and what went wrong, in Chinese."""
    code, details = error.code, dict(error.details)
    if code == "binary":
        kind = KIND_OF_FILE.get(str(details.get("kind")))
        code, details["kind"] = ("binary", kind) if kind else ("binary_unknown", "")
    template = READ_ERRORS.get(code, UNKNOWN)
    try:
        text = template.format(**details)
    except (KeyError, IndexError):
        text = UNKNOWN
    return f"{name}：{text}"


def bug(name: str) -> str:
    return f"{name}：studycards 处理这个文件时出了错。请换一个文件重试；如果再次出现，请报告这个问题。"
