"""Reliability checks for issue 6: hostile input, crashes, concurrency, load and attacks.

Not part of the extraction chain: these modules drive the real library, CLI and server
the way an adversary or a crash would, and count what happened. `make check-reliability`
runs them all (`python -m tollbook.reliability`) and prints one table; the tests in
tests/test_reliability_*.py run short versions of the same functions.
"""
