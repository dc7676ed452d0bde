"""One base error for tollbook, a few subclasses, and the table of stable codes.

Codes are stable: scripts and tests match on them, so a code is never reused for a
different meaning. Each has a message and a hint saying what to do about it.

  E1xx  input documents (also used as Rejection codes in batches)
  E2xx  configuration and command-line usage
  E3xx  storage
  E4xx  the API
"""

from __future__ import annotations

CODES: dict[str, tuple[str, str]] = {
    # code: (what went wrong, what to do)
    "E101": ("the document is empty or only whitespace", "check the input file"),
    "E102": ("the document is binary, not text", "give tollbook text, HTML, WARC or JSONL"),
    "E103": ("the document is not valid UTF-8 and no declared encoding decodes it",
             "re-encode it as UTF-8"),
    "E104": ("the document is larger than the configured limit",
             "raise limits.max_bytes in the config, or split the document"),
    "E105": ("the document is not in English", "tollbook reads English news only"),
    "E106": ("the HTML page has no article text", "check that the page is a news article"),
    "E107": ("the document is too short to be a news report",
             "lower limits.min_chars in the config if it really is one"),
    "E108": ("a JSONL line is not a JSON object with a 'text' field",
             "each line needs at least {\"text\": ...}"),
    "E109": ("the publication date is not a valid ISO date", "use YYYY-MM-DD"),
    "E110": ("the input file does not exist or cannot be read", "check the path"),
    "E111": ("the input format is not recognised", "use .txt, .html, .jsonl, .warc(.gz) or -"),
    "E112": ("reading or extracting the document went over the per-article time budget",
             "raise limits.seconds_per_article in the config"),
    "E113": ("the WARC record or archive is corrupt or truncated", "the rest of the file is read"),
    "E114": ("the feed is not well-formed XML", "check the feed file"),
    "E115": ("the document does not look like a news report", "check the input"),
    "E116": ("the document repeats one already processed", "nothing to do: it is kept once"),
    "E117": ("the gold file is not a gold reading: a JSON object with 'document' and 'claims'",
             "see the gold README (../shared/gold/README.md) for the format"),
    "E199": ("extraction failed unexpectedly on this document",
             "please report it with the document"),
    "E201": ("unknown configuration key", "see the allowed keys listed in the message"),
    "E202": ("invalid configuration value", "see the allowed values listed in the message"),
    "E203": ("invalid command-line usage", "run the command with --help"),
    "E301": ("the database cannot be opened", "check --db: a file path, sqlite:///... or postgresql://..."),
    "E302": ("the database schema is newer than this tollbook", "upgrade tollbook"),
    "E303": ("no such record in the store", "list what exists with `tollbook events`"),
    "E304": ("the store write failed and was rolled back", "run the command again"),
    "E401": ("authentication required or token wrong", "send Authorization: Bearer TOKEN"),
    "E402": ("writes are disabled: no token is configured", "set TOLLBOOK_TOKEN on the server"),
    "E403": ("the request body is too large", "send a smaller document"),
    "E404": ("not found", "check the address"),
    "E422": ("the request is not valid", "see the message for the field at fault"),
    "E499": ("the server failed unexpectedly", "please report it with the request"),
}


class TollbookError(Exception):
    """The one base class of every error tollbook raises on purpose."""

    code = "E199"

    def __init__(self, code: str | None = None, detail: str | None = None):
        self.code = code or self.code
        message, hint = CODES.get(self.code, ("error", ""))
        self.message = message
        self.detail = detail
        self.hint = hint
        text = f"[{self.code}] {message}"
        if detail:
            text += f": {detail}"
        if hint:
            text += f" (hint: {hint})"
        super().__init__(text)

    def to_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "message": self.message, "detail": self.detail,
                "hint": self.hint}


class InputError(TollbookError):
    """A document or input file tollbook cannot read."""

    code = "E101"


class ConfigError(TollbookError):
    """A bad configuration key or value, or bad command-line usage."""

    code = "E201"


class StorageError(TollbookError):
    """The store cannot be opened, read or written."""

    code = "E301"


class ApiError(TollbookError):
    """An API request refused."""

    code = "E422"
