"""Document text made safe for an Anki field: HTML escaped, and unable to form cloze syntax."""

from __future__ import annotations

import html


def escape(text: str) -> str:
    """`<script>` shows as text; `{{`, `}}` and `::` can never open, close or split a cloze."""
    text = html.escape(text, quote=True)
    return text.replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;")
