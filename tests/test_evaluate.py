"""The evaluation gate: gold readings and dev case files must stay above the floors."""

import json

from tollbook import evaluate


def test_seed_article_reads_as_its_gold(shared):
    r = evaluate.score_gold_file(shared / "gold" / "000_77144427119faf68.json")
    assert r["matched"] == r["gold"] == 9
    assert r["missed"] == []
    assert r["wrong_fields"] == []
    assert r["on_not_claims"] == 0
    assert r["totals"]["killed"]["best"] == 88


def test_gold_and_dev_scores_stay_above_floors(shared):
    report = evaluate.run(gold_dir=str(shared / "gold"), dev_dir=str(shared / "data" / "dev"))
    failures = evaluate.check_floors(report)
    assert failures == [], "\n".join(failures)


def test_invented_gold_stays_above_floors():
    # eval/invented ships in the repository: this gate runs on every clone
    report = evaluate.run(gold_dir="/nonexistent", dev_dir="/nonexistent")
    assert len(report["invented"]) == 112
    assert all(f["gold"] for f in report["invented"])
    failures = evaluate.check_floors(report)
    assert failures == [], "\n".join(failures)


def test_floor_check_catches_a_drop(tmp_path):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"dev": {"x.jsonl": {"killed.nonzero_exact": 0.9,
                                                      "killed.zero_fp_rate": 0.01}}}))
    report = {"dev": [{"file": "x.jsonl", "killed": {"nonzero_exact": 0.5,
                                                      "zero_fp_rate": 0.2}}]}
    failures = evaluate.check_floors(report, floors)
    assert len(failures) == 2
    floors.write_text(json.dumps({"invented": {"precision": 0.9, "date": 0.8}}))
    report = {"dev": [], "invented_summary": {"precision": 0.95, "fields": {"date": 0.7}}}
    assert evaluate.check_floors(report, floors) == ["invented date 0.7 < 0.8"]


def test_a_namesake_in_another_country_is_no_place_match():
    from datetime import date

    from tollbook import pipeline
    from tollbook.read import read_text
    ex = pipeline.run(read_text("A man was shot dead in Peoria on Friday, police said.",
                                published=date(2017, 2, 15)))
    (c,) = ex.claims
    gold = {"place": {"name": ["Peoria"], "country": c.place.country}}
    assert evaluate._field_ok("place", c, gold, {}) is True
    gold["place"]["country"] = "CA" if c.place.country != "CA" else "US"
    assert evaluate._field_ok("place", c, gold, {}) is False


def test_a_folder_file_that_is_no_gold_reading_is_a_clear_error(tmp_path, capsys):
    # another JSON file beside the gold readings (a list, a config) was a KeyError traceback
    from tollbook import cli
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Two people were killed on Monday.")
    (tmp_path / "a.json").write_text(json.dumps({"document": "articles/a.txt",
                                                 "published": "2020-01-01", "claims": []}))
    (tmp_path / "b.json").write_text(json.dumps([1, 2]))
    args = ["eval", "--gold", str(tmp_path), "--dev", "/nonexistent", "--invented",
            "/nonexistent"]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert "[E117]" in err and "b.json" in err and "Traceback" not in err
    (tmp_path / "b.json").write_text("{not json")
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert "[E117]" in err and "b.json" in err and "hint:" in err
    (tmp_path / "b.json").write_text(json.dumps({"document": "articles/gone.txt",
                                                 "claims": []}))
    assert cli.main(args) == 2
    assert "[E110]" in capsys.readouterr().err
    (tmp_path / "b.json").unlink()
    assert cli.main(args) == 0


def test_a_month_and_its_days_are_one_period_to_the_scorer():
    from datetime import date

    from tollbook import pipeline
    from tollbook.read import read_text
    ex = pipeline.run(read_text("The monitors said 89 civilians were killed in May 2023.",
                                published=date(2023, 6, 10)))
    (c,) = ex.claims
    assert (c.date.start, c.date.end) == ("2023-05", "2023-05")
    gold = {"date": {"start": "2023-05-01", "end": "2023-05-31"}}
    assert evaluate._field_ok("date", c, gold, {}) is True
    gold = {"date": {"start": "2023-05-01", "end": "2023-05-30"}}
    assert evaluate._field_ok("date", c, gold, {}) is False
    gold = {"date": {"start": "2023-05-14", "end": None}}
    assert evaluate._field_ok("date", c, gold, {}) is False
    assert evaluate._as_day("2024-02", True) == "2024-02-29"
    assert evaluate._as_day("2009", False) == "2009-01-01"


def test_an_error_inside_extraction_is_named_by_the_eval_and_fails_the_check(
        tmp_path, monkeypatch, capsys):
    # pipeline.run turns an exception into an E199 rejection so that a batch carries on;
    # the eval scored such an article as read with no claims, so a rule that raised
    # (an IndexError during session 24's work) passed for a lower score
    from tollbook import cli, pipeline
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Two people were killed on Monday.")
    (tmp_path / "a.json").write_text(json.dumps({"document": "articles/a.txt",
                                                 "published": "2020-01-01", "claims": []}))
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "d.jsonl").write_text(json.dumps({"id": "d1", "text": "A man was shot dead.",
                                             "gold": {"killed": 1}}) + "\n")
    args = ["eval", "--gold", "/nonexistent", "--dev", str(dev), "--invented", "/nonexistent",
            "--check"]  # (no floor names d.jsonl: only an internal error can fail the check)
    assert cli.main(args) == 0
    assert "INTERNAL" not in capsys.readouterr().out

    def broken(article, deadline=None):
        raise IndexError("list index out of range")
    monkeypatch.setattr(pipeline, "extract", broken)  # a fault injected into a rule
    report = evaluate.run(gold_dir=str(tmp_path), dev_dir=str(dev),
                          invented_dir="/nonexistent")
    assert report["gold"][0]["internal_errors"][0]["id"] == "a"
    assert report["dev"][0]["internal_errors"][0]["id"] == "d1"
    failures = evaluate.check_floors(report)
    assert "internal error on a: IndexError: list index out of range" in failures
    assert any(f.startswith("internal error on d1") for f in failures)
    assert cli.main(args) == 1
    out = capsys.readouterr()
    assert "INTERNAL ERRORS (E199) on 1 documents" in out.out
    assert "internal error on d1: IndexError" in out.err
