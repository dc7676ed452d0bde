"""Coverage-guided fuzzing with atheris (libFuzzer): one target over every entry point.

    python -m tollbook.reliability.fuzz -max_total_time=60 [-runs=N] [corpus_dir]

The fuzzer's bytes choose an entry point and feed it: the text reader (bytes), the HTML
reader, the number grammar, date resolution, and the whole read + extract chain. A
crash is an exception escaping any of them (libFuzzer stops and writes the input as a
crash-* file); a hang is an input over -timeout seconds. `campaign()` runs it in a child
process and returns how many inputs libFuzzer tried.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date

SEEDS = [
    b"At least 28 Hezbollah fighters were killed in Al Qusayr on Sunday, the Observatory said.",
    b"<html lang='en'><body><article><p>Twenty-one civilians died on 3 March 2014 in Homs, "
    b"officials said.</p></article></body></html>",
    b"more than 94,000 people have been killed since March 2011",
    b"between 23 and 40 soldiers were wounded last week",
    b"dozens killed yesterday, hundreds wounded",
]


def one_input(data: bytes) -> None:
    """One fuzz input: the first byte picks the entry point, the rest is its input."""
    from .. import pipeline
    from ..extract import dates, numbers
    from ..read.html import read_html_bytes
    from ..read.text import read_bytes, read_text

    if not data:
        return
    which, rest = data[0] % 5, data[1:]
    text = rest.decode("utf-8", "replace")
    if which == 0:
        pipeline.run(read_bytes(rest, doc_id="fuzz"), seconds=5)
    elif which == 1:
        pipeline.run(read_html_bytes(rest, doc_id="fuzz"), seconds=5)
    elif which == 2:
        toks = numbers.tokenize(text)
        for i in range(min(len(toks), 50)):
            numbers.figure_at(toks, i, text)
        numbers.parse_figure(text)
    elif which == 3:
        dates.find_dates(text, 0, len(text), date(2014, 3, 10))
        dates.find_dates(text, 0, len(text), None)
    else:
        item = read_text(text, doc_id="fuzz")
        ex = pipeline.run(item, seconds=5)
        if ex.article is not None:
            for c in ex.claims:  # every span points at its own surface in the text
                s = c.figure.span
                assert ex.article.text[s.start:s.end] == s.surface


def main(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["tollbook"]):
        from .. import pipeline  # noqa: F401  (instrumented import)
        from ..extract import dates, numbers  # noqa: F401
        from ..read import html, text  # noqa: F401
    pipeline.run(pipeline.Article("warm", "Two people were killed in Kabul, police said."))
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def campaign(seconds: int, workdir: str, *, rss_mb: int = 2500, timeout: int = 30) -> dict:
    """Run the fuzzer for `seconds` in a child process: inputs tried, crashes, hangs."""
    corpus = os.path.join(workdir, "corpus")
    os.makedirs(corpus, exist_ok=True)
    for i, s in enumerate(SEEDS):
        for first in range(5):
            with open(os.path.join(corpus, f"seed{i}-{first}"), "wb") as f:
                f.write(bytes([first]) + s)
    cmd = [sys.executable, "-m", "tollbook.reliability.fuzz", f"-max_total_time={seconds}",
           f"-rss_limit_mb={rss_mb}", f"-timeout={timeout}", "-max_len=65536",
           f"-artifact_prefix={workdir}/", "-print_final_stats=1", corpus]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=workdir,
                       timeout=seconds + 600)
    err = p.stderr
    execs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", err)
    tried = int(execs[-1]) if execs else max(
        [int(n) for n in re.findall(r"^#(\d+)\s", err, re.M)] or [0])
    artifacts = [f for f in os.listdir(workdir) if f.startswith(("crash-", "timeout-", "oom-"))]
    crashes = [f for f in artifacts if f.startswith("crash-")]
    hangs = [f for f in artifacts if f.startswith(("timeout-", "oom-"))]
    if p.returncode != 0 and not artifacts:
        crashes.append(f"exit {p.returncode}: {err[-500:]}")
    return {"tried": tried, "crashes": crashes, "hangs": hangs, "log": err[-2000:]}


if __name__ == "__main__":
    main(sys.argv)
