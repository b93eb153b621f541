"""A generated adversarial corpus (written here, never committed as files): each input gives a clear per-file
problem or a correct result, the rest of the batch is done, and memory stays bounded."""

from __future__ import annotations

import gzip
import json
import resource
from pathlib import Path

import pytest

from newsledger import analyze
from newsledger.ledger import check_offsets

GOOD = ' date 2024-05-05 The governor said on Friday that "about 300 homes were flooded," and 12 people died.\n'


def run(paths, **options) -> tuple:
    ledger = analyze([str(p) for p in paths], **options)
    assert check_offsets(ledger) == []
    return ledger, {Path(p.path).name: p.reason for p in ledger.problems}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD)
    return p


def test_files_that_must_fail_fail_alone(tmp_path: Path, good: Path) -> None:
    files = {
        "empty.txt": b"",
        "spaces.txt": b"  \n \t \r\n ",
        "binary.txt": bytes(range(256)) * 64,
        "nul-heavy.txt": b"\x00" * 500 + b"text",
        "script-only.html": b"<html><script>alert(1)</script><!-- nothing --></html>",
        "invisible-only.txt": "\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2060\u2064\ufeff\n\u200b".encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    ledger, problems = run([*(tmp_path / n for n in files), good])
    assert set(problems) == set(files)
    assert len(ledger.articles) == 1


def test_odd_encodings_and_characters_are_read(tmp_path: Path, good: Path) -> None:
    cases = {
        "invalid-utf8.txt": b"The mayor said \xff\xfe it was \x93fine\x94 and 3 died.",
        "utf16.txt": "\ufeffThe mayor said 5 people died.".encode("utf-16-le"),
        "nul.txt": b"The mayor\x00 said 7 people died.",
        "mixed-eol.txt": b"First line said.\r\nSecond line.\rThird line.\nFourth.",
        "rtl-emoji.txt": "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \U0001F4A5 The minister said \u201c\u05e9\u05dc\u05d5\u05dd\u201d 2 times. \U0001F1FA\U0001F1E6".encode(),
        "dir with spaces/ünïcödé name.txt": b"Officials said 4 people were hurt.",
    }
    for name, data in cases.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    with pytest.warns(UserWarning):
        ledger, problems = run([*(tmp_path / n for n in cases), good])
    assert problems == {}
    assert len(ledger.articles) == len(cases) + 1
    for art in ledger.articles:
        assert "\x00" not in art.text and "\r" not in art.text


@pytest.mark.parametrize("name, text", [
    ("quotes-10k.txt", 'He said "' * 5000 + "\n" + "\u201d" * 5000),
    ("unbalanced.txt", "\n\n".join([
        '"Never closed, he said.', "\u201cCurly never closed.", "\u00abGuillemets \u00bb inside \u00ab nested \u00ab",
        "\u201eGerman style\u201c she said.", "\u201aLow single\u2018 he said.", "\u300cCorner brackets\u300d they said.",
        "It's the mayor's 'word' isn't it", "\u2018Single \u2019 marks\u2019 said 2 people.",
    ])),
    ("long-sentence.txt", " ".join(["word"] * 10_000 + ["said", "the", "official"] + ["word"] * 10_000) + "."),
    ("long-line.txt", ("The official said 12 people were hurt. " * 8000).strip()),
])
def test_pathological_text_is_analysed(tmp_path: Path, good: Path, name: str, text: str) -> None:
    """Analysed in full, however long it takes: the time budget is lifted here (by default some of these run
    past it and are reported instead; tests/test_hostile_input_limits.py tests the budget)."""
    (tmp_path / name).write_text(text)
    ledger, problems = run([tmp_path / name, good], article_timeout=1e6)
    assert problems == {} and len(ledger.articles) == 2


def test_deeply_nested_html_and_broken_markup(tmp_path: Path, good: Path) -> None:
    body = "<p>The council said 9 roads were closed after the storm, and officials expect more.</p>" * 5
    nested = "<div>" * 100_000 + body + "</div>" * 100_000
    (tmp_path / "nested.html").write_text(f"<html><body>{nested}</body></html>")
    broken = ("<html><head><title>T &amp broken &#xZZ; &bogus;</title></head><body><!-- a <p>comment</p> -->"
              "<script>document.write('x')</script><article><p>The mayor said &quot;we are ready&quot; &nbsp "
              "as 40 crews worked &#8212 through the night, and residents said the water rose fast."
              "</p><p>More text to make it an article about the flood in the valley town.</p>" * 3 + "</article>")
    (tmp_path / "broken.html").write_text(broken)
    ledger, problems = run([tmp_path / "nested.html", tmp_path / "broken.html", good])
    assert "broken.html" not in problems
    texts = " ".join(a.text for a in ledger.articles)
    assert "40 crews worked" in texts and "&quot;" not in texts
    # libxml2 caps tree depth: the page is either read or refused with the reason, never a crash
    assert ("9 roads were closed" in texts) != ("nested.html" in problems)
    assert problems.get("nested.html", "no article text").endswith("no article text")


def test_oversized_file_is_refused_with_the_limit_named(tmp_path: Path, good: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("w") as fh:  # a 50 MB single line
        chunk = "The official said 12 people were hurt. " * 1000
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ledger, problems = run([big, good])
    assert "over the limit" in problems["huge.txt"] and "--max-bytes" in problems["huge.txt"]
    assert len(ledger.articles) == 1
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 200, f"refusing a 50 MB file grew peak memory by {grown_mb:.0f} MB"


def test_gzip_and_jsonl_oddities(tmp_path: Path, good: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(GOOD.replace("12", "13").encode()))
    lines = [json.dumps({"id": "1", "text": "Police said 2 were arrested."}), "{broken", "42", json.dumps(None),
             json.dumps({"id": "1", "text": "Another text under id 1."}),
             json.dumps({"id": ["not", "a", "string"], "text": "x said."}), json.dumps({"text": 5})]
    (tmp_path / "odd.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    ledger = analyze([str(tmp_path / "a.txt.gz"), str(tmp_path / "odd.jsonl.gz"), str(good)])
    assert len(ledger.articles) == 3
    assert sorted(p.line or 0 for p in ledger.problems) == [0, 2, 3, 4, 6, 7]


def test_symlink_loop_terminates(tmp_path: Path, good: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    ledger, problems = run([tmp_path])
    assert len(ledger.articles) == 1 and problems == {}
