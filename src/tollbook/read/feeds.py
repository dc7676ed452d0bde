"""RSS and Atom feed files -> one Article (or Rejection) per entry, via feedparser.

An entry's text is its full content when the feed carries it, else its summary. A feed
that is not well-formed XML is recorded as an E114 rejection; feedparser's lenient parser
often still recovers entries from it, and those are read too, so nothing is lost.
"""

from __future__ import annotations

import html
import re
import xml.sax
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ..model import Article, Rejection
from .text import max_bytes, read_text

_BREAK = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Entry:
    """One feed entry, not yet read."""

    origin: str  # "path#n", n counting entries from 1
    url: str | None  # the entry's link
    published: date | None  # the entry's published (or updated) date
    title: str | None  # the entry's title
    body: str  # content or summary, HTML or plain text
    is_html: bool  # whether body is markup


def entries(path: str) -> Iterator[Entry | Rejection]:
    """Every entry of a feed file, and an E114 rejection first if its XML is broken."""
    import os

    import feedparser

    if os.path.getsize(path) > 20 * max_bytes():
        yield Rejection(path, "E104", f"feed of {os.path.getsize(path):,} bytes", path)
        return
    feed = feedparser.parse(path)
    broken = feed.get("bozo") and isinstance(feed.get("bozo_exception"), xml.sax.SAXException)
    if broken:
        yield Rejection(f"{path}#feed", "E114",
                        f"{feed.bozo_exception}; {len(feed.entries)} entries recovered",
                        path)
    elif not feed.get("version") and not feed.entries:
        yield Rejection(f"{path}#feed", "E114", "no RSS or Atom feed in the file", path)
    for n, e in enumerate(feed.entries, 1):
        content = e.get("content") or []
        part = content[0] if content else e.get("summary_detail") or {}
        body = part.get("value") or e.get("summary") or ""
        parsed = e.get("published_parsed") or e.get("updated_parsed")
        yield Entry(
            origin=f"{path}#{n}", url=e.get("link"), title=e.get("title"), body=body,
            published=date(*parsed[:3]) if parsed else None,
            is_html="html" in (part.get("type") or "text/html"),
        )


def read_entry(entry: Entry) -> Article | Rejection:
    """One feed entry as an Article, or a Rejection."""
    text = _strip_tags(entry.body) if entry.is_html else entry.body
    return read_text(text, doc_id=entry.url or entry.origin, published=entry.published,
                     title=entry.title, url=entry.url, origin=entry.origin, cut=False)


def read_feed(path: str) -> Iterator[Article | Rejection]:
    """Every entry of an RSS or Atom file as an Article, or a Rejection."""
    for e in entries(path):
        yield e if isinstance(e, Rejection) else read_entry(e)


def _strip_tags(fragment: str) -> str:
    """Text of an HTML fragment, block ends kept as line breaks."""
    text = _TAG.sub("", _BREAK.sub("\n", fragment))
    return re.sub(r"\n\s*\n+", "\n\n", html.unescape(text)).strip()
