"""HTML -> Article: the main text via trafilatura (comments excluded), title, date, URL."""

from __future__ import annotations

from datetime import date

from ..model import Article, Rejection
from .text import read_text


def read_html(html: str, *, doc_id: str | None = None, published: date | None = None,
              url: str | None = None, origin: str | None = None) -> Article | Rejection:
    """An HTML page as an Article, or a Rejection (E106 when it has no article text)."""
    import trafilatura  # heavy import, only when HTML is read

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, include_comments=False, include_tables=False,
            with_metadata=True, favor_precision=True,
        )
    except Exception as e:  # trafilatura raises many types on broken markup
        return Rejection(doc_id or origin or "page", "E106", f"unreadable HTML: {e}", origin)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return Rejection(doc_id or origin or "page", "E106", "no main text found", origin)
    if published is None and getattr(doc, "date", None):
        try:
            published = date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return read_text(
        text, doc_id=doc_id, published=published, title=getattr(doc, "title", None),
        url=url or getattr(doc, "url", None), outlet=getattr(doc, "sitename", None),
        origin=origin, cut=False,
    )
