"""Plain text -> Article (or Rejection).

Decodes bytes, refuses what is not an English news text, and cuts off what follows the
report itself: reader comments, share buttons, "related articles" and similar page
furniture. The cut is recorded (Article.cut_at) so nothing disappears unexplained.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from .. import config
from ..errors import InputError
from ..extract import lexicon
from ..model import Article, Rejection


def max_bytes() -> int:
    """limits.max_bytes: the largest document read."""
    return config.value("limits", "max_bytes")


def min_chars() -> int:
    """limits.min_chars: the shortest text accepted as a report."""
    return config.value("limits", "min_chars")


# A line that starts the comments section or page furniture below an article.
_CUT_LINE = re.compile(
    r"""^\s*(?:
        (?:\d+\s+)?(?:readers?['\u2019]?s?\s+)?comments?(?:\s*\(\d+\))?\s*:?\s*$
      | (?:leave|post|add|show|view|read)\s+(?:a\s+|all\s+|the\s+)?(?:\d+\s+)?comments?\b.*$
      | (?:join|start)\s+the\s+(?:conversation|discussion)\b.*$
      | (?:related\s+(?:articles|stories|content|coverage)|more\s+(?:from|on)\s+this\s+story
         |you\s+may\s+also\s+like|recommended\s+for\s+you|most\s+(?:read|popular|viewed)
         |trending(?:\s+(?:now|stories|news|on\s+\S+(?:\s+\S+)?))?
         |(?:top|popular|latest|more\s+local)\s+(?:stories|news|headlines|videos))\s*:?\s*$
      | (?:share\s+this(?:\s+article)?|sign\s+up\s+for\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?
         newsletters?)\b.*$
      | (?:copyright\s+(?:\u00a9\s*)?|\u00a9\s*)\d{4}\b.*$   # "Copyright 2022 by WWL-TV."
      | \(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s.*$
         # (a wire story's credit line, "(Reporting by ... in Kabul; Editing by ...)": its
         # towns are the reporters')
      | [\u2022\u25cf\u25aa\*]\s*\S.{0,60}$          # "  • Jacob the watcher": a commenter's name
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Shorter headers of link lists, which pages also put in the middle of an article ("Also
# Read" above one teaser, then the story goes on): a cut only when nothing but short
# headline-like lines follows them.
_LIST_HEADER = re.compile(r"^\s*(?:related(?:\s+(?:news|links|content))?|see\s+also|read\s+more|"
                          r"also\s+read|more\s+stories|more\s+news|"
                          # "More from WWL:", "More from NBC News"
                          r"more\s+from\s+(?:[\w.&'\u2019-]+\s*){1,4}?)\s*:?\s*$", re.I)
# A commenter's byline is a bullet line followed (after blank lines) by longer prose.
_BULLET = re.compile(r"^\s*[\u2022\u25cf\u25aa\*]\s*\S")

_WORDS = re.compile(r"[A-Za-z]+")
# The commonest English function words: a text with almost none of them is not English.
_EN_STOP = frozenset(
    "the of and to in a is was for on that with by as at from were it said have has "
    "had be are an who he she they their his her not this but or been after which".split()
)


def text_id(text: str) -> str:
    """A stable id for a text with none: a hash of its normalised content."""
    norm = " ".join(text.split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def decode(raw: bytes, declared: str | None = None) -> str:
    """Bytes -> str, refusing binary data and undecodable text with a coded error."""
    limit = max_bytes()
    if len(raw) > limit:
        raise InputError("E104", f"{len(raw):,} bytes, limit {limit:,}")
    head = raw[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("E102", "NUL bytes in the first 4 KiB")
    for enc in ([declared] if declared else []) + ["utf-8-sig"]:
        try:
            return raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    for enc in ("utf-16",) if head.startswith((b"\xff\xfe", b"\xfe\xff")) else ():
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    # cp1252 decodes nearly anything; only accept it when the result looks like text.
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as e:
        raise InputError("E103", str(e)) from None
    if _control_ratio(text) > 0.01:
        raise InputError("E102", "mostly control characters")
    return text


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    # Unicode's control characters (category Cc) are exactly U+0000-001F and U+007F-009F.
    bad = len(_CONTROL.findall(sample))
    return bad / len(sample)


_LETTERS = re.compile(r"[^\W\d_]")  # letters (and the rare non-decimal numeral)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def normalise(text: str) -> str:
    """Newlines unified, zero-width and bidi controls removed, NFC. Offsets refer to this."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]", "", text)
    return unicodedata.normalize("NFC", text)


def cut_furniture(text: str) -> tuple[str, int | None]:
    """Cut reader comments and page furniture off the end of a plain-text article.

    Returns the kept text and the offset of the cut (None when nothing was cut). Only
    lines after the first third of the text are considered, so a headline that happens to
    look like furniture never empties an article.
    """
    pos = 0
    floor = len(text) // 3
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if pos >= floor and _LIST_HEADER.match(line) and _only_links_follow(lines, i):
            return text[:pos].rstrip(), pos
        if pos >= floor and line.strip() and _CUT_LINE.match(line):
            # A bullet line only cuts when it looks like a byline (short, prose after it).
            if _BULLET.match(line) and (not _prose_follows(lines, i) or
                                        # ("* July 2020 - A car bomb kills eight people.":
                                        # a list's sentence, not a commenter's name)
                                        line.rstrip().endswith((".", "!", "?"))):
                pos += len(line) + 1
                continue
            return text[:pos].rstrip(), pos
        pos += len(line) + 1
    return text, None


def _only_links_follow(lines: list[str], i: int) -> bool:
    """ "Related" then "- Two killed in Aleppo shelling: state media": the rest is short
    lines with no sentence's full stop, a list of links."""
    seen = False
    for x in lines[i + 1:]:
        x = x.strip()
        if not x:
            continue
        if seen and _CUT_LINE.match(x):
            return True  # ("Comments (2)" after the links: furniture too)
        if len(x) > 120 or x.endswith((".", "?", "!")):
            return False
        seen = True
    return seen


def _prose_follows(lines: list[str], i: int) -> bool:
    for nxt in lines[i + 1 : i + 6]:
        if nxt.strip():
            return len(nxt.strip()) > 40
    return False


def english_score(text: str) -> float:
    """Share of words that are common English function words (about 0.3+ for English)."""
    words = _WORDS.findall(text[:20000])
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in _EN_STOP) / len(words)


def check(text: str, doc_id: str, origin: str | None = None) -> Rejection | None:
    """Why this text cannot be read as an English news report, or None if it can."""
    stripped = text.strip()
    if not stripped:
        return Rejection(doc_id, "E101", "empty or whitespace only", origin)
    if len(stripped) < min_chars():
        return Rejection(doc_id, "E107", f"{len(stripped)} characters", origin)
    if _control_ratio(stripped) > 0.01:
        return Rejection(doc_id, "E102", "control characters in the text", origin)
    letters = len(_LETTERS.findall(stripped, 0, 20000))
    if letters < 0.4 * min(len(stripped), 20000):
        return Rejection(doc_id, "E115", "too few letters for prose", origin)
    score = english_score(stripped)
    if score < 0.08 and not _short_english_report(stripped):
        return Rejection(doc_id, "E105", f"English function-word share {score:.2f}", origin)
    return None


def _short_english_report(text: str) -> bool:
    """A note too short or too terse for the function-word share ("Police detained 15
    protesters.", "Boko Haram fighters attacked Dikwa (Borno state), killing 43 people,
    including 16 police officers."): English when casualty words and the nouns for people
    make up enough of it."""
    words = [w.lower() for w in _WORDS.findall(text[:600])]
    if len(words) >= 60:
        return False
    known = sum(1 for w in words if w in lexicon.AFTER or w in lexicon.BEFORE or
                w in lexicon.VICTIM_NOUNS or w in _EN_STOP)
    return known >= 1 and (len(words) < 12 or known >= max(2, 0.15 * len(words)))


def read_text(
    text: str,
    *,
    doc_id: str | None = None,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    origin: str | None = None,
    cut: bool = True,
) -> Article | Rejection:
    """A plain-text document as an Article, or the Rejection saying why not."""
    text = normalise(text)
    doc_id = doc_id or text_id(text)
    cut_at = None
    if cut:
        text, cut_at = cut_furniture(text)
    rejection = check(text, doc_id, origin)
    if rejection:
        return rejection
    return Article(
        id=doc_id, text=text, published=published, title=title, url=url, outlet=outlet,
        language="en", origin=origin, cut_at=cut_at,
    )


def read_bytes(raw: bytes, **kw) -> Article | Rejection:
    """Bytes of a plain-text document as an Article, or a Rejection."""
    doc_id = kw.get("doc_id") or kw.get("origin") or "document"
    try:
        text = decode(raw)
    except InputError as e:
        return Rejection(doc_id, e.code, e.detail or e.message, kw.get("origin"))
    return read_text(text, **kw)
