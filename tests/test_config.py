"""Settings: defaults file, user file, environment, refusal of bad keys and values."""

import json
import subprocess
import sys

import pytest

from tollbook import config, pipeline
from tollbook.errors import ConfigError
from tollbook.read import read_text
from tollbook.read.html import read_html


def test_defaults_are_the_shipped_file():
    s = config.load(env={})
    assert s["limits"]["max_bytes"] == 5_000_000
    assert s["html"]["fallback"] is False


def test_file_then_environment_override(tmp_path):
    f = tmp_path / "tb.toml"
    f.write_text("[limits]\nmin_chars = 50\nseconds_per_article = 3\n")
    s = config.load(f, env={"TOLLBOOK_LIMITS_MIN_CHARS": "70"})
    assert s["limits"]["min_chars"] == 70  # the environment wins over the file
    assert s["limits"]["seconds_per_article"] == 3.0  # an int is accepted for a float


@pytest.mark.parametrize(
    "text,code,named",
    [
        ("[limits]\nmax_byte = 5\n", "E201", "max_bytes"),
        ("[limit]\nmax_bytes = 5\n", "E201", "limits"),
        ("[limits]\nmax_bytes = 'big'\n", "E202", "int"),
        ("[limits]\nmax_bytes = -1\n", "E202", "positive"),
        ("[html]\nfallback = 1\n", "E202", "bool"),
        ("[limits\n", "E202", "TOML"),
    ],
)
def test_bad_settings_are_refused_by_name(tmp_path, text, code, named):
    f = tmp_path / "bad.toml"
    f.write_text(text)
    with pytest.raises(ConfigError) as e:
        config.load(f, env={})
    assert e.value.code == code and named in str(e.value)


def test_bad_environment_value_is_refused():
    with pytest.raises(ConfigError) as e:
        config.load(env={"TOLLBOOK_HTML_FALLBACK": "maybe"})
    assert e.value.code == "E202"


def test_settings_reach_the_stages():
    before = config.get()
    try:
        config.use(config.load(env={}, overrides={"limits": {"min_chars": 500}}))
        assert read_text("Two soldiers were killed in the attack on Sunday.").code == "E107"
        config.use(config.load(env={}, overrides={"html": {"fallback": True}}))
        page = ("<html><body><article><p>Three civilians were killed in the shelling of "
                "the town on Monday, officials said.</p></article></body></html>")
        assert pipeline.run(read_html(page)).totals
    finally:
        config.use(before)


def test_cli_config_flag(tmp_path):
    f = tmp_path / "tb.toml"
    f.write_text("[limits]\nmin_chars = 500\n")
    out = subprocess.run(
        [sys.executable, "-m", "tollbook.cli", "--config", str(f), "extract", "-"],
        input="Two soldiers were killed in the attack on Sunday.", capture_output=True,
        text=True, check=True).stdout
    assert json.loads(out)["rejected"]["code"] == "E107"
    bad = tmp_path / "bad.toml"
    bad.write_text("[limits]\nmax_byte = 5\n")
    p = subprocess.run([sys.executable, "-m", "tollbook.cli", "--config", str(bad), "extract",
                        "-"], input="x", capture_output=True, text=True)
    assert p.returncode == 2 and "[E201]" in p.stderr and "max_bytes" in p.stderr


def test_html_reading_has_the_time_budget():
    before = config.get()
    try:
        config.use(config.load(env={}, overrides={"limits": {"seconds_per_article": 0.01}}))
        page = "<html><body>" + "<div><p>Three people were killed.</p></div>" * 60000 + \
            "</body></html>"
        got = read_html(page)
        assert getattr(got, "code", None) == "E112"
    finally:
        config.use(before)
