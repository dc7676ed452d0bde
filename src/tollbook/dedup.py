"""Near-copies of one story: MinHash over word 5-grams, with banded LSH lookup.

Wire stories are republished by many outlets with small edits (a headline, a dateline,
a trailing paragraph cut). Exact hashing misses them; the Jaccard similarity of their
word 5-gram sets stays high. A MinHash signature of 64 values estimates that Jaccard
within about +-0.06; 16 bands of 4 rows find pairs above ~0.5 with high probability, and
each candidate is confirmed against THRESHOLD on the signatures themselves.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

SHINGLE = 5  # words per shingle
PERMS = 64  # hash functions per signature
BANDS = 16  # LSH bands (PERMS / BANDS rows each)
THRESHOLD = 0.6  # estimated Jaccard at or above which two texts are one story
_PRIME = np.uint64((1 << 31) - 1)
# Fixed seed: signatures are stored between runs, so the hash functions never change.
_RNG = np.random.default_rng(20240311)
_A = _RNG.integers(1, int(_PRIME), PERMS, dtype=np.uint64)
_B = _RNG.integers(0, int(_PRIME), PERMS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> np.ndarray:
    """The CRC32 hashes of the text's lower-cased word 5-grams (the whole text if shorter)."""
    words = _WORD.findall(text.lower())
    n = max(1, len(words) - SHINGLE + 1)
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(n)}
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), np.uint64, len(grams))


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as PERMS little-endian uint32 values."""
    h = shingles(text)
    # a < 2**31 and h < 2**32, so a*h + b stays below 2**64: no overflow in uint64.
    sig = ((_A[:, None] * h[None, :] + _B[:, None]) % _PRIME).min(axis=1)
    return sig.astype("<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    return float(np.mean(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4")))


class Index:
    """Signatures seen so far, looked up by LSH band; the first of a story is its original."""

    def __init__(self) -> None:
        self._bands: dict[tuple[int, bytes], list[str]] = {}
        self._sigs: dict[str, bytes] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, key: str, sig: bytes) -> None:
        self._sigs[key] = sig
        self._order.setdefault(key, len(self._order))
        for band in self._band_keys(sig):
            self._bands.setdefault(band, []).append(key)

    def original_of(self, sig: bytes) -> tuple[str, float] | None:
        """The earliest stored text this one is a near-copy of, with the similarity."""
        seen: set[str] = set()
        matches = []
        for band in self._band_keys(sig):
            for key in self._bands.get(band, ()):
                if key in seen:
                    continue
                seen.add(key)
                s = similarity(sig, self._sigs[key])
                if s >= THRESHOLD:
                    matches.append(key)
        if not matches:
            return None
        # dicts keep insertion order: the earliest match is the story's first telling.
        first = min(matches, key=self._order.__getitem__)
        return first, similarity(sig, self._sigs[first])

    @staticmethod
    def _band_keys(sig: bytes):
        width = len(sig) // BANDS
        return [(i, sig[i * width : (i + 1) * width]) for i in range(BANDS)]
