"""Hostile input, second part: text no output can hold, names that are not UTF-8, inputs that never end (a FIFO, a
gzip bomb of lines), articles that would take forever, symlink loops and invisible characters. Each case is
generated here; each gives a clear problem or a correct result, and the rest of the batch is done."""

from __future__ import annotations

import gzip
import json
import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app
from newsledger.extract.numbers import find_numbers
from newsledger.ingest import MAX_LISTED_LINE_PROBLEMS, IngestOptions, read_paths, shown
from newsledger.ingest.budget import ArticleTimeout, TimeBudget, time_limit
from newsledger.ledger import Article, check_offsets

runner = CliRunner()
GOOD = ' date 2024-05-05 The governor said on Friday that "about 300 homes were flooded," and 12 people died.\n'
ONE_GB = 1 << 30


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD)
    return p


def reasons(problems) -> dict[str, str]:
    return {Path(p.path).name: p.reason for p in problems}


def write_gzip_lines(path: Path, line: bytes, count: int) -> Path:
    """`count` copies of `line`, gzipped as they are written (never the whole text in memory)."""
    per_chunk = max(1, (1 << 20) // len(line))
    with gzip.open(path, "wb", compresslevel=9) as fh:
        left = count
        while left:
            n = min(per_chunk, left)
            fh.write(line * n)
            left -= n
    return path


# --- text that no output can hold -----------------------------------------------------------------------------------


def surrogate_jsonl(path: Path) -> Path:
    lines = [
        '{"id": "s1", "title": "Storm \\udfff update", "text": "Police said 5 \\ud800 people were hurt."}',
        '{"id": "s2", "text": "Officials said 7 roads closed.", "tags": ["\\udbff"], "\\ud801key": "v"}',
        '{"id": "s3", "text": "A valid pair \\ud83d\\ude00 stays: 9 people said so."}',
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_lone_surrogates_are_repaired_and_everything_is_analysed(tmp_path: Path, good: Path) -> None:
    src = surrogate_jsonl(tmp_path / "surrogates.jsonl")
    ledger = api.analyze([src, good])
    assert ledger.problems == [] and len(ledger.articles) == 4
    by_id = {a.id: a for a in ledger.articles}
    assert by_id["s1"].text == "Police said 5 \ufffd people were hurt." and by_id["s1"].title == "Storm \ufffd update"
    assert by_id["s2"].metadata == {"tags": ["\ufffd"], "\ufffdkey": "v"}
    assert "\U0001F600" in by_id["s3"].text
    assert check_offsets(ledger) == []
    ledger.to_json().encode("utf-8")  # every string is encodable


def test_lone_surrogates_do_not_sink_an_ingest_batch(tmp_path: Path, good: Path) -> None:
    src = surrogate_jsonl(tmp_path / "surrogates.jsonl")
    db = tmp_path / "store.duckdb"
    result = api.ingest([str(src), str(good)], db=db)
    assert (result.added, result.failed) == (4, 0)
    stored = api.load_ledger(db=db)
    assert {a.id for a in stored.articles} >= {"s1", "s2", "s3"}


def test_file_names_that_are_not_utf8_are_kept_and_written_safely(tmp_path: Path) -> None:
    folder = os.path.join(os.fsencode(tmp_path), b"d\xe9p\xeaches")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as fh:
        fh.write(GOOD.encode())
    open(os.path.join(folder, b"\xff-empty.txt"), "wb").close()
    outputs = {"json": tmp_path / "l.json", "jsonl": tmp_path / "l.jsonl", "md": tmp_path / "l.md"}
    for fmt, out in outputs.items():
        result = runner.invoke(app, ["analyze", os.fsdecode(folder), "--format", fmt, "--json", str(out), "-q",
                                     *(["--html", str(tmp_path / "r.html")] if fmt == "json" else [])])
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        assert "\\xff-empty.txt: empty file" in result.output
    shown_dir = f"{tmp_path}/d\\xe9p\\xeaches"
    data = json.loads(outputs["json"].read_text(encoding="utf-8"))
    assert [a["path"] for a in data["articles"]] == [f"{shown_dir}/caf\\xe9.txt"]
    assert [p["path"] for p in data["problems"]] == [f"{shown_dir}/\\xff-empty.txt"]
    assert f"{shown_dir}/\\xff-empty.txt: empty file" in outputs["md"].read_text(encoding="utf-8")
    (tmp_path / "r.html").read_text(encoding="utf-8")
    assert shown(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt" and shown("caf\u00e9.txt") == "caf\u00e9.txt"


# --- inputs that never end ------------------------------------------------------------------------------------------


def test_a_gzip_flood_of_lines_is_cut_with_a_clear_problem(tmp_path: Path, good: Path) -> None:
    flood = write_gzip_lines(tmp_path / "flood.jsonl.gz", b"\n", 100_000_000)
    assert flood.stat().st_size < 200_000
    articles, problems = api.read([flood, good])
    assert len(articles) == 1
    assert [(p.line, p.reason.split(";")[0]) for p in problems] == [(1_000_001, "more than 1,000,000 lines (--max-lines)")]
    articles, problems = api.read([flood], max_lines=10)
    assert problems[0].line == 11 and "--max-lines" in problems[0].reason


def test_a_flood_of_bad_lines_is_counted_not_listed(tmp_path: Path) -> None:
    src = write_gzip_lines(tmp_path / "bad.jsonl.gz", b"{}\n", 5_000)
    with src.open("ab") as fh:
        fh.write(gzip.compress(json.dumps({"text": "The mayor said 4 bridges closed."}).encode() + b"\n"))
    articles, problems = api.read([src])
    assert len(articles) == 1 and articles[0].path.endswith(":5001")  # a gzip of two members is read whole
    assert len(problems) == MAX_LISTED_LINE_PROBLEMS + 1
    assert problems[-1].reason.startswith(f"{5_000 - MAX_LISTED_LINE_PROBLEMS:,} more lines with problems")


def test_max_bytes_limits_each_jsonl_line_and_decompressed_files(tmp_path: Path) -> None:
    long_line = json.dumps({"text": "The mayor said " + "x" * 5_000 + "."})
    short = json.dumps({"text": "The mayor said 2 schools closed."})
    (tmp_path / "lines.jsonl").write_text(f"{short}\n{long_line}\n{short.replace('2', '3')}\n")
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"The mayor said. " * 10_000))
    articles, problems = api.read([tmp_path / "lines.jsonl", tmp_path / "bomb.txt.gz"], max_bytes=1_000)
    assert [a.text for a in articles] == ["The mayor said 2 schools closed.", "The mayor said 3 schools closed."]
    assert [(p.line, p.reason) for p in problems] == [
        (2, "line over the limit of 1,000 bytes (--max-bytes)"),
        (None, "decompressed size exceeds the limit of 1,000 bytes (--max-bytes)")]
    items = list(read_paths([tmp_path / "lines.jsonl"], IngestOptions(max_file_bytes=100)))
    assert isinstance(items[0], Article) and len(items) == 2
    assert (items[1].line, items[1].reason) == (2, "file over 100 bytes (uncompressed); this line and the rest of "
                                                   "the file not read")


def test_zero_or_negative_limits_are_refused_not_defaulted(tmp_path: Path, good: Path) -> None:
    for option in ("--max-bytes", "--max-lines", "--article-timeout"):
        result = runner.invoke(app, ["analyze", str(good), option, "0"])
        assert result.exit_code == 2 and "Invalid value" in result.output, result.output
    for kwargs in ({"max_bytes": 0}, {"max_lines": -1}, {"article_timeout": 0}):
        with pytest.raises(ValueError):
            api.read([good], **kwargs)


BOUNDED_READ = """
import json, sys
from newsledger.api import read
articles, problems = read(sys.argv[1:])
print(json.dumps([[p.path.rsplit("/", 1)[-1], p.line, p.reason] for p in problems]))
"""


def _one_gb_address_space() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ONE_GB, ONE_GB))


def test_memory_stays_bounded_under_a_one_gigabyte_address_space(tmp_path: Path) -> None:
    """Each input expands to hundreds of MB (the flood of lines to 100 million of them); read in a process that may
    not map more than 1 GB in all, interpreter and libraries included."""
    flood = write_gzip_lines(tmp_path / "flood.jsonl.gz", b"\n", 100_000_000)
    one_line = write_gzip_lines(tmp_path / "one-line.jsonl.gz", b"a", 600_000_000)
    bomb = write_gzip_lines(tmp_path / "bomb.txt.gz", b"The mayor said. ", 40_000_000)
    proc = subprocess.run([sys.executable, "-c", BOUNDED_READ, str(flood), str(one_line), str(bomb)],
                          preexec_fn=_one_gb_address_space, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    problems = json.loads(proc.stdout)
    assert [p[:2] for p in problems] == [["flood.jsonl.gz", 1_000_001], ["one-line.jsonl.gz", 1], ["bomb.txt.gz", None]]
    assert "--max-lines" in problems[0][2] and "--max-bytes" in problems[1][2] and "--max-bytes" in problems[2][2]


FIFO_READ = """
import json, sys
from newsledger.api import read
articles, problems = read(sys.argv[1:])
print(json.dumps({"articles": len(articles), "problems": {p.path.rsplit("/", 1)[-1]: p.reason for p in problems}}))
"""


def test_a_fifo_is_skipped_never_waited_on(tmp_path: Path, good: Path) -> None:
    os.mkfifo(tmp_path / "named.jsonl")
    inside = tmp_path / "dir"
    inside.mkdir()
    os.mkfifo(inside / "pipe.txt")
    (inside / "b.txt").write_text(GOOD.replace("12", "13"))
    proc = subprocess.run([sys.executable, "-c", FIFO_READ, str(tmp_path / "named.jsonl"), str(inside), str(good)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    assert out["articles"] == 2
    assert out["problems"] == {"named.jsonl": "a FIFO (named pipe), not a regular file; skipped",
                               "pipe.txt": "a FIFO (named pipe), not a regular file; skipped"}


def test_symlink_loops_are_called_symlink_loops(tmp_path: Path, good: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    inside = tmp_path / "dir"
    inside.mkdir()
    (inside / "self.txt").symlink_to(inside / "self.txt")
    articles, problems = api.read([tmp_path / "a.txt", tmp_path / "dangling.txt", inside, good])
    assert len(articles) == 1
    assert [(Path(p.path).name, p.reason.split(" (")[0]) for p in problems] == [
        ("a.txt", "symlink loop"), ("dangling.txt", "broken symlink"), ("self.txt", "symlink loop"),
        ("dir", "directory has no readable article files")]


# --- articles that would take forever -------------------------------------------------------------------------------


def test_time_limit_interrupts_running_python_code() -> None:
    started = time.monotonic()
    with pytest.raises(ArticleTimeout, match=r"budget of 0\.2 s \(--article-timeout\)"), time_limit(0.2, "spinning"):
        while True:
            pass
    assert time.monotonic() - started < 60  # interrupted, not run to an end (it has none)
    with time_limit(5, "quick"):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no alarm is left behind to fire later
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL


def test_an_article_over_its_budget_is_a_problem_and_the_run_goes_on(tmp_path: Path, good: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An extraction that never ends is cut by the budget (only an interruption can end it); the other articles,
    batched with it, are analysed one by one after the batch overran."""
    import newsledger.extract as extract

    real = extract.extract_from_doc

    def endless_for_one(article: Article, doc):
        while "endless" in article.text:
            pass
        return real(article, doc)

    monkeypatch.setattr(extract, "extract_from_doc", endless_for_one)
    (tmp_path / "endless.txt").write_text("The mayor said the endless storm flooded 40 homes.")
    ledger = api.analyze([tmp_path / "endless.txt", good], article_timeout=2)
    assert [a.path for a in ledger.articles] == [str(good)]
    [problem] = ledger.problems
    assert problem.path == str(tmp_path / "endless.txt")
    assert re.fullmatch(r"analysing article art-\w+ took longer than its budget of 2\.0 s \(--article-timeout\)",
                        problem.reason)
    assert ledger.figures  # the good article was analysed in full


def test_a_big_article_with_a_tiny_budget_is_reported_by_the_cli(tmp_path: Path, good: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(' "We are ready," the mayor said of the 40 crews.' * 40_000)  # about 2 MB, quotes everywhere
    page = tmp_path / "page.html"
    page.write_text("<html><body><article>" + "<p>The council said 9 roads were closed today.</p>" * 40_000
                    + "</article></body></html>")
    result = runner.invoke(app, ["analyze", str(big), str(page), "--article-timeout", "0.001", "-q",
                                 "--json", str(tmp_path / "out.json")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    data = json.loads((tmp_path / "out.json").read_text())
    assert data["articles"] == []
    assert sorted(Path(p["path"]).name for p in data["problems"]) == ["big.txt", "page.html"]
    assert all("--article-timeout" in p["reason"] for p in data["problems"])


def test_the_store_reports_an_article_over_budget_and_keeps_the_rest(tmp_path: Path, good: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's ingest (and Spark's workers) call the extractor without a problem list: the overrun is raised,
    and the store reports that one article."""
    import newsledger.extract as extract

    real = extract.extract_from_doc

    def endless_for_one(article: Article, doc):
        while "endless" in article.text:
            pass
        return real(article, doc)

    monkeypatch.setattr(extract, "extract_from_doc", endless_for_one)
    (tmp_path / "endless.txt").write_text("The mayor said the endless storm flooded 40 homes.")

    def extractor(articles):
        return extract.extract_articles(articles, budget=TimeBudget(2))

    result = api.ingest([str(tmp_path / "endless.txt"), str(good)], db=tmp_path / "s.duckdb", extractor=extractor)
    assert (result.added, result.failed) == (1, 1)
    assert "ArticleTimeout" in result.problems[0].reason and "--article-timeout" in result.problems[0].reason


# --- invisible characters -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("written, value", [
    ("3\u200b00", 300), ("1,\u200b200", 1200), ("\u200e4\u200f5", 45), ("2\u2060\u20600", 20), ("7\ufeff0", 70)])
def test_invisible_characters_inside_a_number_are_ignored(written: str, value: int) -> None:
    text = f"Officials said {written} people were evacuated."
    [number] = find_numbers(text)
    assert number.value == value
    assert text[number.start:number.end].strip("\u200e") == written.strip("\u200e")


def test_a_zero_width_space_inside_a_figure_gives_one_figure(tmp_path: Path) -> None:
    (tmp_path / "zw.txt").write_text("Police said 3\u200b00 people were evacuated after the flood.")
    (tmp_path / "invisible.txt").write_text("\u200b\u200d\ufeff\u2060 \u202e\n\u200b")
    ledger = api.analyze([tmp_path / "zw.txt", tmp_path / "invisible.txt"])
    assert [(f.value, f.text) for f in ledger.figures] == [(300, "3\u200b00")]
    assert check_offsets(ledger) == []
    assert reasons(ledger.problems) == {"invisible.txt": "empty article text (only invisible characters)"}


def test_invisible_characters_inside_a_name_do_not_split_a_source() -> None:
    from newsledger.ingest import article_from_text

    written = "Mayor Jo\u200bhn Sm\u2060ith"
    a = article_from_text(f'"We will rebuild the bridge," {written} said on Monday after the flood.', path="a.txt")
    b = article_from_text('"The bridge will be rebuilt by June," Mayor John Smith said on Tuesday.', path="b.txt")
    ledger = api.analyze_articles([a, b])
    [person] = [s for s in ledger.sources if s.kind == "person"]
    assert person.name == "John Smith" and written in {m.text for m in person.mentions}
    assert len({st.source for st in ledger.statements}) == 1
    assert check_offsets(ledger) == []


def test_a_flood_of_empty_records_is_counted_as_one_warning(tmp_path: Path) -> None:
    src = write_gzip_lines(tmp_path / "gaps.jsonl.gz", b'{"text": ""}\n', 3_000)
    articles, problems = api.read([src])
    assert articles == [] and len(problems) == MAX_LISTED_LINE_PROBLEMS + 1
    assert {p.level for p in problems} == {"warning"} and problems[-1].reason.startswith("2,900 more lines")


# ---- the store's ingest takes the same limits as analyze ----


def test_ingest_refuses_zero_limits_before_touching_the_store(tmp_path):
    from typer.testing import CliRunner

    from newsledger import api
    from newsledger.cli import app

    src = tmp_path / "a.txt"
    src.write_text('"The pier held," said Mara Quint.', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    for option in ("--max-bytes", "--max-lines", "--article-timeout"):
        result = CliRunner().invoke(app, ["ingest", str(src), "--db", str(db), option, "0", "-q"])
        assert result.exit_code == 2, (option, result.output)
    for kwarg in ("max_bytes", "max_lines", "article_timeout"):
        with pytest.raises(ValueError):
            api.ingest([src], db=db, jobs=1, **{kwarg: 0})
    assert not db.exists()


def test_ingest_applies_max_lines_and_max_bytes(tmp_path):
    import json

    from newsledger import api

    lines = [json.dumps({"id": f"a{i}", "text": f'"Line {i} held," said Mara Quint of the pier.'}) for i in range(5)]
    lines.append(json.dumps({"id": "big", "text": "x" * 5000}))
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = api.ingest([src], db=db, jobs=1, max_lines=3, max_bytes=4000)
    assert result.added == 3
    assert any("line" in p.reason.lower() for p in result.problems)
