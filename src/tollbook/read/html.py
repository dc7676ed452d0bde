"""HTML -> Article: main text via trafilatura (comments excluded), title, date, URL, language.

The page's own metadata wins: its canonical URL (link rel=canonical / og:url), its
publication date (trafilatura's metadata, then htmldate's wider search), its declared
language. A date the caller passes as `fallback` (a crawl date, a feed date) is used only
when the page states none.
"""

from __future__ import annotations

import re
from datetime import date

from .. import config
from ..budget import OverBudget, Watchdog
from ..errors import InputError
from ..model import Article, Rejection
from .text import decode, max_bytes, read_text

# htmldate drops dates after max_date, which defaults to today: a fixed bound keeps
# reading independent of the wall clock (the same page gives the same date every year).
# One date search: trafilatura hands these to htmldate, whose extensive search of the page
# text runs only when the markup has no date (a second find_date call cost 45% of reading).
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "max_date": "2100-12-31"}
_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# og:type values that say the page is not a report (products, profiles, media pages).
_NOT_NEWS = re.compile(r"^(?:product|profile|book|music\.|video\.|books\.|business\.)")


def sniff_charset(raw: bytes) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KiB, if any."""
    m = _CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def read_html_bytes(raw: bytes, *, charset: str | None = None, doc_id: str | None = None,
                    published: date | None = None, fallback: date | None = None,
                    url: str | None = None, origin: str | None = None) -> Article | Rejection:
    """HTML bytes as an Article or a Rejection, decoded with the declared charset.

    `charset` is the transport's (an HTTP Content-Type header); the page's <meta> charset
    is used when there is none.
    """
    name = doc_id or origin or "page"
    try:
        text = decode(raw, charset or sniff_charset(raw))
    except InputError as e:
        return Rejection(name, e.code, e.detail or e.message, origin)
    lang = _LANG.search(raw[:4096])
    declared = lang.group(1).decode("ascii").lower() if lang else None
    return read_html(text, doc_id=doc_id, published=published, fallback=fallback, url=url,
                     origin=origin, declared_language=declared)


def read_html(html: str, *, doc_id: str | None = None, published: date | None = None,
              fallback: date | None = None, url: str | None = None,
              origin: str | None = None,
              declared_language: str | None = None) -> Article | Rejection:
    """An HTML page as an Article, or a Rejection (E106 when it has no article text).

    `published` overrides the page's date; `fallback` is used only when the page has none.
    """
    import trafilatura  # heavy import, only when HTML is read

    name = doc_id or origin or "page"
    if len(html) > max_bytes():
        return Rejection(name, "E104", f"{len(html):,} characters, limit {max_bytes():,}", origin)
    if declared_language is None:
        m = _LANG.search(html[:4096].encode("utf-8", "replace"))
        declared_language = m.group(1).decode("ascii").lower() if m else None
    if declared_language and declared_language not in ("en", "eng"):
        return Rejection(name, "E105", f"the page declares lang={declared_language}", origin)
    seconds = config.value("limits", "seconds_per_article")
    try:
        # The same budget as extraction: an entity bomb kept trafilatura busy for 39 s.
        with Watchdog(seconds):
            doc = trafilatura.bare_extraction(
                html, url=url, include_comments=False, include_tables=False,
                with_metadata=True, favor_precision=True, date_extraction_params=_DATE_PARAMS,
                fast=not config.value("html", "fallback"),
            )
    except OverBudget:
        return Rejection(name, "E112", f"reading the page took over {seconds} s", origin)
    except Exception as e:  # trafilatura raises many types on broken markup
        return Rejection(name, "E106", f"unreadable HTML: {e}", origin)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return Rejection(name, "E106", "no main text found", origin)
    pagetype = (getattr(doc, "pagetype", None) or "").lower()
    if _NOT_NEWS.match(pagetype):
        return Rejection(name, "E115", f"the page says it is a {pagetype} page", origin)
    if published is None:
        published = _page_date(getattr(doc, "date", None)) or fallback
    return read_text(
        text, doc_id=doc_id, published=published, title=getattr(doc, "title", None),
        url=getattr(doc, "url", None) or url, outlet=getattr(doc, "sitename", None),
        origin=origin, cut=False,
    )


def _page_date(meta_date: str | None) -> date | None:
    """The page's publication date, as trafilatura's htmldate search found it."""
    if not meta_date:
        return None
    try:
        return date.fromisoformat(meta_date[:10])
    except ValueError:
        return None
